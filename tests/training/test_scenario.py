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

from privacykit.audit.findings import Status
from privacykit.audit.runner import AuditRun, record_findings, run_checks
from privacykit.checks.registry import all_checks
from privacykit.config import AuditConfig
from privacykit.period import parse_period
from privacykit.profile import parse_profile
from privacykit.rulebook import Rulebook
from privacykit.rulebook.overrides import parse_policy
from privacykit.schema.load import load_rows
from privacykit.training.scenario import SENDER, Scenario, message_id, scenario_tables
from privacykit.training.sendcheck import Answer, check_send, check_sends

D, d = dt.datetime, dt.date
WRITTEN: dict[str, Any] = {"consent": "express_written", "consent_date": d(2026, 1, 5)}
DNC: dict[str, Any] = {"dialer": "manual", "registry": "national", "registered_on": d(2020, 1, 1)}
V, W = "violation", "warning"
# A rule read through another rule's rows blocks with it, as in the audit: Florida's window
# is judged in the called person's local time (STATE-LOCAL-TIME), a registered number under
# the TSR as under the TCPA.
HOURS_V = {"STATE-CALL-HOURS": V, "STATE-LOCAL-TIME": V}
HOURS_W = {"STATE-CALL-HOURS": W, "STATE-LOCAL-TIME": W}
DNC_V = {"TCPA-NATIONAL-DNC": V, "TSR-NATIONAL-DNC": V}


class Case(NamedTuple):
    id: str
    scenario: Scenario
    blocks: dict[str, str]  # rule id -> violation or warning; {} = nothing blocks it


def sms(place: str, when: D, **kw: Any) -> Scenario:
    return Scenario("sms", place, when, **({**WRITTEN, **kw}))


# fmt: off
CASES = [
    # Calling hours, in the recipient's zone. 2026-09-15 is a Tuesday; Florida ends at 20:00.
    Case("fl-20:30", sms("US-FL", D(2026, 9, 15, 20, 30)), HOURS_V),
    Case("fl-19:30", sms("US-FL", D(2026, 9, 15, 19, 30)), {}),
    Case("fl-19:59", sms("US-FL", D(2026, 9, 15, 19, 59)), {}),
    Case("fl-20:00-boundary", sms("US-FL", D(2026, 9, 15, 20, 0)), HOURS_W),
    Case("fl-panhandle-20:30", sms("US-FL", D(2026, 9, 15, 20, 30), zone="America/Chicago"),
         HOURS_V),
    Case("oh-20:59", sms("US-OH", D(2026, 9, 15, 20, 59)), {}),
    Case("oh-21:00-boundary", sms("US-OH", D(2026, 9, 15, 21, 0)), {"TCPA-CALL-HOURS": W}),
    Case("oh-07:59", sms("US-OH", D(2026, 9, 15, 7, 59)), {"TCPA-CALL-HOURS": V}),
    Case("oh-08:00", sms("US-OH", D(2026, 9, 15, 8, 0)), {}),
    # Texas: noon to 9 p.m. on Sundays (2026-09-13 is a Sunday).
    Case("tx-sunday-11:30", sms("US-TX", D(2026, 9, 13, 11, 30)), HOURS_V),
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
    Case("dnc", Scenario("call", "US-OH", D(2026, 9, 15, 12), **DNC), DNC_V),
    Case("dnc-purchase-17-months",
         Scenario("call", "US-OH", D(2026, 9, 15, 12), last_purchase=d(2025, 4, 1), **DNC), {}),
    Case("dnc-purchase-18.5-months",
         Scenario("call", "US-OH", D(2026, 9, 15, 12), last_purchase=d(2025, 3, 1), **DNC),
         {**DNC_V, "TCPA-EBR": V}),
    Case("dnc-inquiry-2.5-months",
         Scenario("call", "US-OH", D(2026, 9, 15, 12), last_inquiry=d(2026, 7, 1), **DNC), {}),
    Case("dnc-inquiry-4.5-months",
         Scenario("call", "US-OH", D(2026, 9, 15, 12), last_inquiry=d(2026, 5, 1), **DNC),
         {**DNC_V, "TCPA-EBR": V}),
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
    Case("canada-no-consent", Scenario("email", "CA-ON", D(2026, 9, 15, 10)),
         {"CASL-CONSENT": V, "CASL-IMPLIED-OTHER": V}),
    Case("canada-purchase-20-months",
         Scenario("email", "CA-ON", D(2026, 9, 15, 10), last_purchase=d(2025, 1, 1)), {}),
    Case("canada-purchase-25-months",
         Scenario("email", "CA-ON", D(2026, 9, 15, 10), last_purchase=d(2024, 8, 1)),
         {"CASL-IMPLIED-EBR": V, "CASL-IMPLIED-OTHER": V}),
    Case("germany-no-consent", Scenario("email", "EU-DE", D(2026, 9, 15, 10)),
         {"GDPR-EMAIL-CONSENT": V, "GDPR-SOFT-OPT-IN": V}),
    Case("germany-consent", Scenario("email", "EU-DE", D(2026, 9, 15, 10), consent="express",
                                     consent_date=d(2026, 1, 5)), {}),
    # A text abroad is judged by the phone checks too, as in an audit: no written consent, and
    # a +44 number the US zone tables cannot place (a warning to review).
    Case("uk-text-no-consent", Scenario("sms", "UK", D(2026, 9, 15, 10)),
         {"UK-PECR-EMAIL-SMS-CONSENT": V, "UK-PECR-SOFT-OPT-IN": V, "TCPA-PEWC": V,
          "TCPA-CALL-HOURS": W}),
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
    con = load_rows(scenario_tables([c.scenario for c in CASES]))
    run = _audit(con, rulebook)
    every = all_checks().ids()
    for n, (case, answer) in enumerate(zip(CASES, answers, strict=True)):
        found = record_findings(run, rulebook, message_id(n), every)
        worst: dict[str, str] = {}
        for f in found:
            blocking = f.status in (Status.VIOLATION, Status.WARNING)
            if blocking and worst.get(f.rule_id) != "violation":
                worst[f.rule_id] = f.status.value
        assert worst == {b.rule_id: b.status for b in answer.blocks}, case.id


def _audit(con: Any, rulebook: Rulebook) -> AuditRun:
    profile = parse_profile(dict(SENDER))
    config = AuditConfig(Path("audit.yaml"), profile, parse_policy([], [], rulebook))
    return run_checks(con, config, rulebook, parse_period("2026Q3", profile.timezone))


ALONE = ("fl-20:30", "dnc-purchase-18.5-months", "germany-no-consent")


def test_a_scenario_alone_gets_the_answer_it_gets_in_a_batch(
    rulebook: Rulebook, answers: list[Answer]
) -> None:
    ids = [c.id for c in CASES]
    # A text to Ontario alone: no email in the dataset but the placeholder's, so CASL's
    # checks read the addresses column as recorded exactly as in the batch.
    text = sms("CA-ON", D(2026, 9, 15, 12))
    got = check_sends([*(CASES[ids.index(i)].scenario for i in ALONE), text], rulebook)
    alone = [check_send(CASES[ids.index(i)].scenario, rulebook) for i in ALONE[:1]]
    alone.append(check_send(text, rulebook))
    for a, b in zip(alone, [got[0], got[-1]], strict=True):
        assert (a.blocks, a.not_evaluated, a.passed) == (b.blocks, b.not_evaluated, b.passed)
    for i, answer in zip(ALONE, got, strict=False):
        assert answer.blocks == answers[ids.index(i)].blocks, i
    assert alone[0].zone == "America/New_York"
    assert alone[0].sent_at_utc == D(2026, 9, 16, 0, 30)  # 20:30 EDT
    assert "STATE-CALL-HOURS" in alone[0].text


def test_what_the_inputs_cannot_tell_is_counted_not_passed(answers: list[Answer]) -> None:
    text = answers[1]  # a text in Florida at 19:30: no registry copy date was given
    assert "TCPA-DNC-REGISTRY-FRESHNESS" in text.not_evaluated
    assert "TCPA-DNC-REGISTRY-FRESHNESS" not in text.passed
    n = len(text.not_evaluated)
    assert f"{n} rules are not evaluated from these inputs" in text.text
    assert "TCPA-REASSIGNED-NUMBERS" in text.not_checked  # no check of the kit judges it
    assert "SOMEONE-ELSE" not in repr(text)


def test_a_minor_recipient_names_the_rules_on_minors(answers: list[Answer]) -> None:
    teen = answers[[c.id for c in CASES].index("teen-in-connecticut")]
    assert teen.blocks == () and "STATE-PRIVACY-CT-TEENS" not in teen.passed
    assert {"COPPA-VPC-BEFORE-COLLECTION", "STATE-PRIVACY-NY-CHILD-DATA"} & set(teen.minors) == {
        "COPPA-VPC-BEFORE-COLLECTION"
    }
    assert "the recipient is 15" in teen.text


def test_a_check_that_crashes_is_never_a_pass(
    rulebook: Rulebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(ctx: Any) -> Any:
        raise RuntimeError("boom")

    registry = all_checks()
    monkeypatch.setattr("privacykit.audit.runner.all_checks", lambda: _with(registry, "T1", broken))
    answer = check_send(sms("US-OH", D(2026, 9, 15, 23, 30)), rulebook)
    assert "TCPA-CALL-HOURS" in answer.errors and "TCPA-CALL-HOURS" not in answer.passed
    assert "could not be judged (a check failed)" in answer.text


def _with(registry: Any, check_id: str, function: Any) -> Any:
    from dataclasses import replace

    from privacykit.checks.registry import Registry

    out = Registry()
    for cid in registry.ids():
        c = registry.get(cid)
        out.add(replace(c, function=function) if cid == check_id else c)
    return out


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"channel": "fax"}, "channel 'fax' is not one of sms, call, email"),
        ({"place": "US"}, "not a state, province or country"),
        ({"consent": "express_written"}, "give the date the consent was given"),
        ({"optout_date": d(2026, 9, 16)}, "optout date 2026-09-16 is after the send day"),
        ({"zone": "Mars/Olympus"}, "Mars/Olympus"),
        ({"age": 200}, "age 200 is not an age"),
        ({"zone": "America/Los_Angeles"}, "not a time zone of US-FL"),
        ({"local_time": D(2026, 3, 8, 2, 30)}, "does not exist in America/New_York"),
        ({"local_time": D(2026, 9, 15, 12, tzinfo=dt.UTC)}, "without a time zone"),
        ({"place": "US-OH", "registry": "state"}, "keeps no do-not-call list of its own"),
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
