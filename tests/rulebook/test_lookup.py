"""Looking rules up: the version in force on a date, and the rules that apply to a profile."""

from __future__ import annotations

import datetime as dt

import pytest

from privacykit.errors import UnknownRuleError
from privacykit.rulebook import Rulebook, RuleNotInForceError, jurisdiction_covers

D = dt.date


@pytest.mark.parametrize(
    ("on", "value", "unit"),
    [
        (D(2024, 12, 31), 30, "calendar_days"),
        (D(2025, 4, 10), 30, "calendar_days"),  # the day before the change
        (D(2025, 4, 11), 10, "business_days"),  # the day of the change
        (D(2026, 9, 30), 10, "business_days"),
    ],
)
def test_get_returns_the_version_in_force(
    rulebook: Rulebook, on: dt.date, value: int, unit: str
) -> None:
    p = rulebook.get("TCPA-COMPANY-DNC", on=on).param("honor_within")
    assert (p.value, p.unit.value) == (value, unit)


def test_get_without_a_date_returns_the_latest_version(rulebook: Rulebook) -> None:
    assert rulebook.get("TCPA-COMPANY-DNC").effective_from == D(2025, 4, 11)


def test_a_rule_not_yet_in_force_says_so(rulebook: Rulebook) -> None:
    with pytest.raises(RuleNotInForceError, match="TCPA-REVOCATION was not in force on 2025-04-10"):
        rulebook.get("TCPA-REVOCATION", on=D(2025, 4, 10))
    assert rulebook.get("TCPA-REVOCATION", on=D(2025, 4, 11)).id == "TCPA-REVOCATION"


def test_unknown_id_lists_close_matches(rulebook: Rulebook) -> None:
    with pytest.raises(UnknownRuleError) as info:
        rulebook.get("TCPA-CALL-HOUR")
    assert "TCPA-CALL-HOURS" in info.value.close
    assert "did you mean TCPA-CALL-HOURS" in str(info.value)


def test_texts_join_the_national_dnc_rule_on_2024_03_26(rulebook: Rulebook) -> None:
    before = {r.id for r in rulebook.applicable(channels=["sms"], on=D(2024, 3, 25))}
    after = {r.id for r in rulebook.applicable(channels=["sms"], on=D(2024, 3, 26))}
    assert "TCPA-NATIONAL-DNC" not in before
    assert "TCPA-NATIONAL-DNC" in after


@pytest.mark.parametrize(
    ("company", "rule", "covered"),
    [
        ("US", "US", True),
        ("US-OH", "US", True),  # federal law reaches a company in Ohio
        ("US", "US-CA", True),  # a company contacting people nationwide meets California law
        ("US-OH", "US-CA", False),
        ("US-CA", "US-CA", True),
        ("CA", "CA-QC", True),
        ("CA-QC", "CA", True),
        ("CA-ON", "CA-QC", False),
        ("US", "CA", False),
        ("EU-DE", "EU", True),
        ("UK", "EU", False),
        ("US-C", "US-CA", False),  # no prefix accidents
    ],
)
def test_jurisdiction_covers(company: str, rule: str, covered: bool) -> None:
    assert jurisdiction_covers(company, rule) is covered


def test_applicable_filters_by_channel_and_jurisdiction(rulebook: Rulebook) -> None:
    email_only = rulebook.applicable(channels=["email"], jurisdictions=["US-OH"], on=D(2026, 9, 30))
    assert all("email" in {c.value for c in r.channels} for r in email_only)
    assert not any(r.regime == "TCPA" for r in email_only if r.id != "TCPA-DAMAGES")
    nowhere = rulebook.applicable(jurisdictions=["UK"], channels=["phone"], on=D(2026, 9, 30))
    assert not any(r.regime == "TCPA" for r in nowhere)


def test_applicable_on_a_date_returns_one_version_per_rule(rulebook: Rulebook) -> None:
    rules = rulebook.applicable(on=D(2026, 9, 30))
    ids = [r.id for r in rules]
    assert len(ids) == len(set(ids))
    assert all(r.in_force(D(2026, 9, 30)) for r in rules)
