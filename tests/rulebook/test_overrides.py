"""Company overrides: stricter accepted, looser refused, waivers kept, expired waivers ignored."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from privacykit.errors import OverrideError
from privacykit.rulebook import Rulebook
from privacykit.rulebook.overrides import Source, parse_policy

D = dt.date
WAIVER = {
    "reason": "Pilot approved by counsel",
    "owner": "Dana Ruiz",
    "approved": "2026-01-01",
    "expires": "2026-06-30",
}


def override(**kw: Any) -> dict[str, Any]:
    return kw


@pytest.mark.parametrize(
    "raw",
    [
        override(
            rule="TCPA-COMPANY-DNC", parameter="honor_within", value=5
        ),  # 10 -> 5 business days
        override(rule="TCPA-COMPANY-DNC", parameter="honor_within", value=10),  # equal is fine
        override(rule="TCPA-CALL-HOURS", parameter="window_start", value="09:00"),  # 8 -> 9
        override(rule="TCPA-CALL-HOURS", parameter="window_end", value="20:00"),  # 21 -> 20
        override(
            rule="TCPA-REVOCATION",
            parameter="stop_keywords",
            value=["stop", "quit", "end", "revoke", "opt out", "cancel", "unsubscribe", "no mas"],
        ),
        override(rule="TCPA-ABANDONMENT", parameter="max_rate", value=2.5),
    ],
)
def test_stricter_overrides_are_accepted(rulebook: Rulebook, raw: dict[str, Any]) -> None:
    policy = parse_policy([raw], [], rulebook)
    rule = rulebook.get(raw["rule"], on=D(2026, 9, 30))
    resolved = policy.resolve(rule, raw["parameter"], D(2026, 9, 30))
    assert resolved.source is Source.OVERRIDE
    assert resolved.legal_value == rule.param(raw["parameter"]).value


@pytest.mark.parametrize(
    ("raw", "legal"),
    [
        (override(rule="TCPA-COMPANY-DNC", parameter="honor_within", value=15), "10"),
        (override(rule="TCPA-CALL-HOURS", parameter="window_start", value="07:30"), "08:00"),
        (override(rule="TCPA-CALL-HOURS", parameter="window_end", value="21:30"), "21:00"),
        (override(rule="TCPA-REVOCATION", parameter="stop_keywords", value=["stop"]), "stop, quit"),
        (
            override(rule="TCPA-PEWC", parameter="condition_of_purchase_allowed", value=True),
            "False",
        ),
    ],
)
def test_looser_overrides_are_refused_without_a_waiver(
    rulebook: Rulebook, raw: dict[str, Any], legal: str
) -> None:
    with pytest.raises(OverrideError) as info:
        parse_policy([raw], [], rulebook, "audit.yaml")
    message = str(info.value)
    assert "looser than the law" in message and legal in message
    assert f"rule {raw['rule']}" in message and "add a waiver" in message


def test_looser_override_with_a_waiver_is_accepted_and_recorded(rulebook: Rulebook) -> None:
    raw = override(rule="TCPA-CALL-HOURS", parameter="window_end", value="21:30", waiver=WAIVER)
    policy = parse_policy([raw], [], rulebook)
    rule = rulebook.get("TCPA-CALL-HOURS", on=D(2026, 3, 1))
    resolved = policy.resolve(rule, "window_end", D(2026, 3, 1))
    assert resolved.source is Source.WAIVER
    assert resolved.value == dt.time(21, 30) and resolved.legal_value == dt.time(21, 0)
    assert resolved.waiver is not None and resolved.waiver.owner == "Dana Ruiz"


def test_an_expired_waiver_no_longer_applies(rulebook: Rulebook) -> None:
    raw = override(rule="TCPA-CALL-HOURS", parameter="window_end", value="21:30", waiver=WAIVER)
    policy = parse_policy([raw], [], rulebook)
    rule = rulebook.get("TCPA-CALL-HOURS", on=D(2026, 7, 1))
    on_expiry = policy.resolve(rule, "window_end", D(2026, 6, 30))
    after = policy.resolve(rule, "window_end", D(2026, 7, 1))
    assert on_expiry.source is Source.WAIVER  # the expiry date itself is still covered
    assert (after.source, after.value) == (Source.LAW, dt.time(21, 0))


def test_rule_waivers_are_scoped_and_dated(rulebook: Rulebook) -> None:
    policy = parse_policy(
        [], [{"rule": "TCPA-REASSIGNED-NUMBERS", "scope": "campaign:WINBACK", **WAIVER}], rulebook
    )
    assert policy.waiver_for("TCPA-REASSIGNED-NUMBERS", D(2026, 3, 1), scope="campaign:WINBACK")
    assert (
        policy.waiver_for("TCPA-REASSIGNED-NUMBERS", D(2026, 3, 1), scope="campaign:OTHER") is None
    )
    assert (
        policy.waiver_for("TCPA-REASSIGNED-NUMBERS", D(2026, 7, 1), scope="campaign:WINBACK")
        is None
    )
    assert (
        policy.waiver_for("TCPA-REASSIGNED-NUMBERS", D(2025, 12, 31), scope="campaign:WINBACK")
        is None
    )


def test_an_override_applies_only_to_versions_with_the_same_unit(rulebook: Rulebook) -> None:
    policy = parse_policy(
        [override(rule="TCPA-COMPANY-DNC", parameter="honor_within", value=5)], [], rulebook
    )
    old = rulebook.get("TCPA-COMPANY-DNC", on=D(2025, 1, 1))  # 30 calendar days
    resolved = policy.resolve(old, "honor_within", D(2025, 1, 1))
    assert (resolved.value, resolved.source) == (30, Source.LAW)


def test_every_problem_is_reported_together(rulebook: Rulebook) -> None:
    overrides = [
        override(rule="TCPA-CALL-HOUR", parameter="window_end", value="20:00"),
        override(rule="TCPA-CALL-HOURS", parameter="window_stop", value="20:00"),
        override(rule="TCPA-CALL-HOURS", parameter="window_end", value="8pm"),
        override(
            rule="TCPA-CALL-HOURS",
            parameter="window_end",
            value="22:00",
            waiver={"reason": "x", "owner": "y", "approved": "2026-06-01", "expires": "2026-01-01"},
        ),
        override(rule="TCPA-CALL-HOURS", parameter="window_end", value="20:00", colour="red"),
    ]
    waivers = [{"rule": "TCPA-EBR", "owner": "y", "approved": "2026-01-01"}]
    with pytest.raises(OverrideError) as info:
        parse_policy(overrides, waivers, rulebook, "audit.yaml")
    text = str(info.value)
    for expected in (
        "did you mean TCPA-CALL-HOURS",
        "no parameter 'window_stop'; known: window_end, window_start",
        "expected a time of day",
        "expires 2026-01-01 before approved 2026-06-01",
        "field 'colour': unknown key",
        "waivers[1]",
        "a waiver needs 'reason'",
        "a waiver needs 'expires'",
    ):
        assert expected in text, expected
    assert len(info.value.problems) >= 7
