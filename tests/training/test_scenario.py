"""'May I send this?' on a table of scenarios: boundary times, business days, ages, consents.

Each expected verdict was worked out by hand from the rule (the day and hour in the
recipient's zone, the business days counted on the US federal calendar with Labor Day
2026-09-07, the months since a purchase or inquiry). The same rows are then run through the
audit's whole check suite, and every message must be judged exactly as the checker judged it:
the checker's choice of checks misses nothing the audit would flag.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from privacykit.audit.runner import AuditRun, run_checks
from privacykit.config import AuditConfig
from privacykit.period import parse_period
from privacykit.profile import parse_profile
from privacykit.rulebook import Rulebook
from privacykit.rulebook.overrides import parse_policy
from privacykit.training.scenario import (
    SENDER,
    Answer,
    Scenario,
    check_send,
    check_sends,
    load_tables,
    message_id,
    scenario_tables,
)

D, d = dt.datetime, dt.date
WRITTEN: dict[str, Any] = {"consent": "express_written", "consent_date": d(2026, 1, 5)}
DNC: dict[str, Any] = {"dialer": "manual", "registry": "national", "registered_on": d(2020, 1, 1)}
V, W = "violation", "warning"


class Case(NamedTuple):
    id: str
    scenario: Scenario
    blocks: dict[str, str]  # rule id -> violation or warning; {} = nothing blocks it


def sms(place: str, when: D, **kw: Any) -> Scenario:
    return Scenario("sms", place, when, **({**WRITTEN, **kw}))


# fmt: off
CASES = [
    # Calling hours, in the recipient's zone. 2026-09-15 is a Tuesday; Florida ends at 20:00.
    Case("fl-20:30", sms("US-FL", D(2026, 9, 15, 20, 30)), {"STATE-CALL-HOURS": V}),
    Case("fl-19:30", sms("US-FL", D(2026, 9, 15, 19, 30)), {}),
    Case("fl-19:59", sms("US-FL", D(2026, 9, 15, 19, 59)), {}),
    Case("fl-20:00-boundary", sms("US-FL", D(2026, 9, 15, 20, 0)), {"STATE-CALL-HOURS": W}),
    Case("fl-panhandle-20:30", sms("US-FL", D(2026, 9, 15, 20, 30), zone="America/Chicago"),
         {"STATE-CALL-HOURS": V}),
    Case("oh-20:59", sms("US-OH", D(2026, 9, 15, 20, 59)), {}),
    Case("oh-21:00-boundary", sms("US-OH", D(2026, 9, 15, 21, 0)), {"TCPA-CALL-HOURS": W}),
    Case("oh-07:59", sms("US-OH", D(2026, 9, 15, 7, 59)), {"TCPA-CALL-HOURS": V}),
    Case("oh-08:00", sms("US-OH", D(2026, 9, 15, 8, 0)), {}),
    # Texas: noon to 9 p.m. on Sundays (2026-09-13 is a Sunday).
    Case("tx-sunday-11:30", sms("US-TX", D(2026, 9, 13, 11, 30)), {"STATE-CALL-HOURS": V}),
    Case("tx-sunday-12:30", sms("US-TX", D(2026, 9, 13, 12, 30)), {}),
    # Consent for marketing texts: written, given before the text.
    Case("no-consent", sms("US-OH", D(2026, 9, 15, 12), consent="none", consent_date=None),
         {"TCPA-PEWC": V}),
    Case("no-consent-florida", sms("US-FL", D(2026, 9, 15, 12), consent="none", consent_date=None),
         {"TCPA-PEWC": V, "STATE-AUTOMATED-CONSENT": V}),
    Case("consent-that-morning", sms("US-OH", D(2026, 9, 15, 12), consent_date=d(2026, 9, 15)), {}),
    Case("express-but-not-written", sms("US-OH", D(2026, 9, 15, 12), consent="express"),
         {"TCPA-PEWC": V}),
    # Revocation on Tuesday 2026-09-01: business day 10 is Wednesday 09-16 (Labor Day skipped).
    Case("stop-day-10", sms("US-OH", D(2026, 9, 16, 14), optout_date=d(2026, 9, 1)), {}),
    Case("stop-day-11", sms("US-OH", D(2026, 9, 17, 10), optout_date=d(2026, 9, 1)),
         {"TCPA-REVOCATION": V, "TCPA-COMPANY-DNC": V}),
    # The national registry, and the business relationship (18 months / 3 months).
    Case("dnc", Scenario("call", "US-OH", D(2026, 9, 15, 12), **DNC), {"TCPA-NATIONAL-DNC": V}),
    Case("dnc-purchase-17-months",
         Scenario("call", "US-OH", D(2026, 9, 15, 12), last_purchase=d(2025, 4, 1), **DNC), {}),
    Case("dnc-purchase-18.5-months",
         Scenario("call", "US-OH", D(2026, 9, 15, 12), last_purchase=d(2025, 3, 1), **DNC),
         {"TCPA-NATIONAL-DNC": V, "TCPA-EBR": V}),
    Case("dnc-inquiry-2.5-months",
         Scenario("call", "US-OH", D(2026, 9, 15, 12), last_inquiry=d(2026, 7, 1), **DNC), {}),
    Case("dnc-inquiry-4.5-months",
         Scenario("call", "US-OH", D(2026, 9, 15, 12), last_inquiry=d(2026, 5, 1), **DNC),
         {"TCPA-NATIONAL-DNC": V, "TCPA-EBR": V}),
    # A registration takes effect 31 days later.
    Case("dnc-registered-14-days-ago",
         Scenario("call", "US-OH", D(2026, 9, 15, 12), **{**DNC, "registered_on": d(2026, 9, 1)}),
         {}),
    Case("florida-list", Scenario("call", "US-FL", D(2026, 9, 15, 12), dialer="manual",
                                  registry="state", registered_on=d(2020, 1, 1)),
         {"STATE-DNC-LISTS": V}),
    Case("florida-list-written-permission", sms("US-FL", D(2026, 9, 15, 12), registry="state"), {}),
    Case("prerecorded-to-a-landline",
         Scenario("call", "US-OH", D(2026, 9, 15, 12), dialer="prerecorded", line_type="landline"),
         {"TCPA-PRERECORDED-RESIDENTIAL": V, "TSR-PRERECORDED": V}),
    # Ages: no check of the kit judges a text by the recipient's age.
    Case("teen-in-connecticut", sms("US-CT", D(2026, 9, 15, 12), age=15), {}),
    # Email: CAN-SPAM's 10 business days, CASL's 2 years, EU and UK consent.
    Case("email-optout-day-10",
         Scenario("email", "US-OH", D(2026, 9, 16, 14), optout_date=d(2026, 9, 1)), {}),
    Case("email-optout-day-11",
         Scenario("email", "US-OH", D(2026, 9, 17, 10), optout_date=d(2026, 9, 1)),
         {"CANSPAM-OPTOUT-HONOR": V}),
    Case("canada-no-consent", Scenario("email", "CA-ON", D(2026, 9, 15, 10)), {"CASL-CONSENT": V}),
    Case("canada-purchase-20-months",
         Scenario("email", "CA-ON", D(2026, 9, 15, 10), last_purchase=d(2025, 1, 1)), {}),
    Case("canada-purchase-25-months",
         Scenario("email", "CA-ON", D(2026, 9, 15, 10), last_purchase=d(2024, 8, 1)),
         {"CASL-IMPLIED-EBR": V}),
    Case("germany-no-consent", Scenario("email", "EU-DE", D(2026, 9, 15, 10)),
         {"GDPR-EMAIL-CONSENT": V}),
    Case("germany-consent", Scenario("email", "EU-DE", D(2026, 9, 15, 10), consent="express",
                                     consent_date=d(2026, 1, 5)), {}),
    # A text abroad is judged by the phone checks too, as in an audit: no written consent, and
    # a +44 number the US zone tables cannot place (a warning to review).
    Case("uk-text-no-consent", Scenario("sms", "UK", D(2026, 9, 15, 10)),
         {"UK-PECR-EMAIL-SMS-CONSENT": V, "TCPA-PEWC": V, "TCPA-CALL-HOURS": W}),
]
# fmt: on


@pytest.fixture(scope="module")
def answers(rulebook: Rulebook) -> list[Answer]:
    return check_sends([c.scenario for c in CASES], rulebook)


@pytest.mark.parametrize("n", range(len(CASES)), ids=[c.id for c in CASES])
def test_the_checker_on_a_scenario(n: int, answers: list[Answer]) -> None:
    answer = answers[n]
    assert {b.rule_id: b.status for b in answer.blocks} == CASES[n].blocks
    if not CASES[n].blocks:
        assert answer.text.startswith("No rule the kit checks blocks this; ")
    elif V in CASES[n].blocks.values():
        assert answer.text.startswith("Blocked by ")
    assert "not evaluated from these inputs" in answer.text and "not legal advice" in answer.text
    assert not answer.text.lower().startswith(("allowed", "you may", "ok"))


def test_the_whole_audit_judges_each_message_as_the_checker_did(
    rulebook: Rulebook, answers: list[Answer]
) -> None:
    """Every registered check, run on the same rows: no other check flags any message."""
    con = load_tables(scenario_tables([c.scenario for c in CASES]))
    run = _audit(con, rulebook)
    rows = run.rows[run.rows["verdict"].isin((V, W))]
    for n, (case, answer) in enumerate(zip(CASES, answers, strict=True)):
        mine = rows[rows["record_id"] == message_id(n)]
        worst: dict[str, str] = {}
        for rule_id, verdict in zip(mine["rule_id"], mine["verdict"], strict=True):
            worst[rule_id] = V if V in (verdict, worst.get(rule_id)) else W
        assert worst == {b.rule_id: b.status for b in answer.blocks}, case.id


def _audit(con: Any, rulebook: Rulebook) -> AuditRun:
    profile = parse_profile(dict(SENDER))
    config = AuditConfig(Path("audit.yaml"), profile, parse_policy([], [], rulebook))
    return run_checks(con, config, rulebook, parse_period("2026Q3", profile.timezone))


def test_one_scenario_alone_gets_the_answer_it_gets_in_a_batch(
    rulebook: Rulebook, answers: list[Answer]
) -> None:
    alone = check_send(CASES[0].scenario, rulebook)
    assert alone.blocks == answers[0].blocks and alone.not_evaluated == answers[0].not_evaluated
    assert "STATE-CALL-HOURS" in alone.text and alone.zone == "America/New_York"
    assert alone.sent_at_utc == D(2026, 9, 16, 0, 30)  # 20:30 EDT


def test_what_the_inputs_cannot_tell_is_counted_not_passed(answers: list[Answer]) -> None:
    text = answers[1]  # a text in Florida at 19:30: no registry copy date was given
    assert "TCPA-DNC-REGISTRY-FRESHNESS" in text.not_evaluated
    assert "TCPA-DNC-REGISTRY-FRESHNESS" not in text.passed
    assert "1 rule is not evaluated from these inputs" in text.text
    assert "TCPA-REASSIGNED-NUMBERS" in text.not_checked  # no check of the kit judges it


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"channel": "fax"}, "channel 'fax' is not one of sms, call, email"),
        ({"place": "US"}, "not a state, province or country"),
        ({"consent": "express_written"}, "give the date the consent was given"),
        ({"optout_date": d(2026, 9, 16)}, "optout date 2026-09-16 is after the send day"),
        ({"zone": "Mars/Olympus"}, "Mars/Olympus"),
        ({"age": 200}, "age 200 is not an age"),
    ],
)
def test_bad_inputs_say_what_is_wrong(kwargs: dict[str, Any], message: str) -> None:
    base: dict[str, Any] = {"channel": "sms", "place": "US-FL", "local_time": D(2026, 9, 15, 12)}
    with pytest.raises(ValueError, match=message):
        Scenario(**{**base, **kwargs})


def test_every_problem_is_reported_at_once() -> None:
    with pytest.raises(ValueError) as err:
        Scenario("fax", "US", D(2026, 9, 15, 12), consent="maybe", registry="?")
    assert str(err.value).count(";") >= 3
