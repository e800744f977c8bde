"""Company profiles select the right regimes; dated state and COPPA changes switch on the day."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from privacykit.rulebook import Rulebook

D = dt.date
ON = D(2026, 9, 30)
MARKETING = ["email", "phone", "sms", "mail", "web", "data-sharing"]

PROFILES: dict[str, dict[str, Any]] = {
    "retailer in Ohio selling nationwide": dict(
        industries=["retail"], jurisdictions=["US"], channels=MARKETING
    ),
    "card issuer": dict(industries=["financial"], jurisdictions=["US"], channels=MARKETING),
    "pharmacy in Ohio": dict(
        industries=["health", "retail"], jurisdictions=["US-OH"], channels=MARKETING
    ),
    "child-directed site": dict(
        industries=["children-directed"],
        jurisdictions=["US"],
        channels=["web", "email", "data-sharing"],
    ),
    "retailer in California only": dict(
        industries=["retail"], jurisdictions=["US-CA"], channels=MARKETING
    ),
    "retailer in Maryland only": dict(
        industries=["retail"], jurisdictions=["US-MD"], channels=MARKETING
    ),
    "retailer in Oregon only": dict(
        industries=["retail"], jurisdictions=["US-OR"], channels=MARKETING
    ),
    "retailer in Canada": dict(industries=["retail"], jurisdictions=["CA"], channels=MARKETING),
    "retailer in the EU": dict(industries=["retail"], jurisdictions=["EU"], channels=MARKETING),
}

EXPECTED: dict[str, tuple[set[str], set[str]]] = {
    # profile: (regimes it must get, regimes it must not get)
    "retailer in Ohio selling nationwide": (
        {
            "CANSPAM",
            "FCC-MSCM",
            "TCPA",
            "TSR",
            "STATE-CALLING",
            "MAIL",
            "FTC",
            "FCRA",
            "CCPA",
            "STATE-PRIVACY",
            "CALOPPA",
        },
        {"GLBA", "HIPAA", "COPPA", "FERPA", "CASL", "QC-LAW25", "GDPR", "UK-PECR"},
    ),
    "card issuer": ({"GLBA", "FCRA", "TCPA", "CANSPAM"}, {"HIPAA", "COPPA", "FERPA"}),
    "pharmacy in Ohio": (
        {"HIPAA", "TCPA", "CANSPAM"},
        {"GLBA", "COPPA", "CCPA", "STATE-PRIVACY", "CALOPPA"},
    ),
    "child-directed site": (
        {"COPPA", "CANSPAM", "CCPA"},
        {"GLBA", "HIPAA", "TCPA", "STATE-CALLING"},
    ),
    "retailer in California only": ({"CCPA", "CALOPPA", "TCPA"}, {"GLBA", "HIPAA", "CASL", "GDPR"}),
    "retailer in Maryland only": (
        {"STATE-PRIVACY", "STATE-CALLING", "TCPA"},
        {"CCPA", "CALOPPA", "CASL"},
    ),
    "retailer in Oregon only": ({"STATE-PRIVACY", "TCPA"}, {"CCPA", "CALOPPA", "HIPAA"}),
    "retailer in Canada": (
        {"CASL", "QC-LAW25"},
        {"TCPA", "CANSPAM", "CCPA", "GDPR", "UK-PECR", "HIPAA"},
    ),
    "retailer in the EU": ({"GDPR"}, {"UK-PECR", "TCPA", "CASL", "CANSPAM", "CCPA"}),
}


def regimes(rulebook: Rulebook, profile: str, on: dt.date = ON) -> set[str]:
    return {r.regime for r in rulebook.applicable(**PROFILES[profile], on=on)}


@pytest.mark.parametrize("profile", list(EXPECTED))
def test_profile_selects_its_regimes_and_excludes_the_others(
    rulebook: Rulebook, profile: str
) -> None:
    got = regimes(rulebook, profile)
    must, must_not = EXPECTED[profile]
    assert must <= got, f"missing {must - got}"
    assert not (must_not & got), f"should not apply: {must_not & got}"


def test_state_rules_follow_the_state(rulebook: Rulebook) -> None:
    maryland = {r.id for r in rulebook.applicable(**PROFILES["retailer in Maryland only"], on=ON)}
    oregon = {r.id for r in rulebook.applicable(**PROFILES["retailer in Oregon only"], on=ON)}
    assert "STATE-PRIVACY-MD-MINORS" in maryland and "STATE-PRIVACY-MD-MINORS" not in oregon
    assert "STATE-PRIVACY-OR-TEENS" in oregon and "STATE-PRIVACY-OR-TEENS" not in maryland


def test_data_broker_rules_need_the_data_broker_industry(rulebook: Rulebook) -> None:
    retailer = {r.id for r in rulebook.applicable(["retail"], MARKETING, ["US-CA"], ON)}
    broker = {r.id for r in rulebook.applicable(["data-broker"], MARKETING, ["US-CA"], ON)}
    assert "CCPA-DELETE-ACT-DROP" in broker and "CCPA-DELETE-ACT-DROP" not in retailer


def test_every_regime_is_selected_by_some_profile(rulebook: Rulebook) -> None:
    everyone = dict(
        industries=[
            i
            for i in (
                "retail",
                "financial",
                "health",
                "children-directed",
                "education",
                "data-broker",
            )
        ],
        channels=[
            "email",
            "phone",
            "sms",
            "fax",
            "mail",
            "push",
            "web",
            "location",
            "data-sharing",
        ],
        jurisdictions=["US", "CA", "EU", "UK"],
    )
    got = {r.regime for r in rulebook.applicable(**everyone, on=ON)}
    assert got == set(rulebook.regimes)


@pytest.mark.parametrize(
    ("rule_id", "jurisdiction", "industries", "day_before", "day_of"),
    [
        (
            "COPPA-THIRD-PARTY-DISCLOSURE-CONSENT",
            "US",
            ["children-directed"],
            D(2026, 4, 21),
            D(2026, 4, 22),
        ),
        ("COPPA-DATA-RETENTION", "US", ["children-directed"], D(2026, 4, 21), D(2026, 4, 22)),
        ("STATE-PRIVACY-MD-MINORS", "US-MD", ["retail"], D(2026, 3, 31), D(2026, 4, 1)),
        ("STATE-PRIVACY-MD-SENSITIVE", "US-MD", ["retail"], D(2026, 3, 31), D(2026, 4, 1)),
        ("STATE-PRIVACY-OR-GEOLOCATION-SALE", "US-OR", ["retail"], D(2025, 12, 31), D(2026, 1, 1)),
        # one rule for many states, each from its own day (jurisdiction_from)
        ("STATE-PRIVACY-SENSITIVE-OPTIN", "US-IN", ["retail"], D(2025, 12, 31), D(2026, 1, 1)),
        ("STATE-PRIVACY-OPTOUT-SALE-TA", "US-MN", ["retail"], D(2025, 7, 30), D(2025, 7, 31)),
        ("STATE-CALL-HOURS", "US-TX", ["retail"], D(2025, 8, 31), D(2025, 9, 1)),
    ],
)
def test_dated_rules_switch_on_the_right_day(
    rulebook: Rulebook,
    rule_id: str,
    jurisdiction: str,
    industries: list[str],
    day_before: dt.date,
    day_of: dt.date,
) -> None:
    def ids(on: dt.date) -> set[str]:
        return {r.id for r in rulebook.applicable(industries, None, [jurisdiction], on)}

    assert rule_id not in ids(day_before)
    assert rule_id in ids(day_of)


@pytest.mark.parametrize(
    ("rule_id", "day_before", "day_of"),
    [
        ("STATE-PRIVACY-CT-TEENS", D(2026, 6, 30), D(2026, 7, 1)),
        ("STATE-PRIVACY-OR-TEENS", D(2025, 12, 31), D(2026, 1, 1)),
        ("COPPA-VPC-BEFORE-COLLECTION", D(2025, 6, 22), D(2025, 6, 23)),
    ],
)
def test_versions_change_on_the_right_day(
    rulebook: Rulebook, rule_id: str, day_before: dt.date, day_of: dt.date
) -> None:
    before, after = rulebook.get(rule_id, on=day_before), rulebook.get(rule_id, on=day_of)
    assert before.effective_to == day_of and after.effective_from == day_of
    assert before.parameters != after.parameters or before.summary != after.summary
