"""Remediation lists: tiny evidence rows in, the lines a team acts on out."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from privacykit.audit.remediation import COLUMNS, RULE_ACTIONS, Action, remediation_lists
from privacykit.checks.evidence import EVIDENCE
from privacykit.checks.registry import all_checks
from privacykit.report.csvsafe import write_csv
from privacykit.rulebook import Rulebook


def row(rule_id: str, record_id: str | None, **values: Any) -> dict[str, Any]:
    """Return one evidence row: a violating email contact unless ``values`` say otherwise."""
    out: dict[str, Any] = dict.fromkeys(EVIDENCE)
    out.update(
        rule_id=rule_id,
        record_table="contacts",
        record_id=record_id,
        customer_id="C1",
        channel="call",
        address="+13125550142",
        event_at=pd.Timestamp("2026-07-06 15:00:00"),
        verdict="violation",
        check_id="T0",
        fingerprint=f"fp-{rule_id}-{record_id}",
        waived_by=None,
    )
    out.update(values)
    return out


def frame(*rows: dict[str, Any]) -> pd.DataFrame:
    return pd.DataFrame(list(rows))


def lists(rulebook: Rulebook, *rows: dict[str, Any]) -> dict[Action, pd.DataFrame]:
    got = remediation_lists(frame(*rows), rulebook)
    return {a: got[a.file_name] for a in Action}


# --- classification -------------------------------------------------------------------------


def test_every_rule_a_registered_check_audits_is_classified(rulebook: Rulebook) -> None:
    registry = all_checks()
    audited = {r for c in registry.ids() for r in registry.get(c).judges}
    audited |= {
        rule.id for rule in rulebook.all_versions() if any(c in registry for c in rule.checks)
    }
    missing = sorted(audited - set(RULE_ACTIONS))
    assert not missing, f"classify these rules in RULE_ACTIONS (an action or PROCESS): {missing}"


def test_classified_rules_exist_in_the_rulebook(rulebook: Rulebook) -> None:
    unknown = sorted(r for r in RULE_ACTIONS if r not in rulebook)
    assert not unknown


def test_every_action_is_used() -> None:
    used = {a for actions in RULE_ACTIONS.values() for a in actions}
    assert used == set(Action)


@pytest.mark.parametrize(
    ("rule_id", "record_table", "expected"),
    [
        ("TCPA-NATIONAL-DNC", "contacts", {Action.SUPPRESS_NOW}),
        ("TCPA-REVOCATION", "sms_inbound", {Action.SUPPRESS_NOW}),
        ("STATE-CALL-FREQUENCY", "contacts", {Action.SUPPRESS_NOW}),
        ("FAX-OPTOUT-HONOR", "contacts", {Action.SUPPRESS_NOW}),
        ("GDPR-OBJECTION", "contacts", {Action.SUPPRESS_NOW}),
        ("GDPR-EMAIL-CONSENT", "contacts", {Action.SUPPRESS_NOW, Action.RECONSENT}),
        ("CASL-CONSENT", "contacts", {Action.SUPPRESS_NOW, Action.RECONSENT}),
        ("TCPA-CALL-HOURS", "contacts", set()),
        ("STATE-CALL-HOURS", "contacts", set()),
        ("CANSPAM-REQUIRED-CONTENT", "contacts", set()),
        ("FAX-OPTOUT-NOTICE", "contacts", set()),
        ("TSR-CONSENT-RECORDS", "contacts", set()),
        ("TCPA-ABANDONMENT", "campaigns", set()),
        ("CCPA-PRIVACY-POLICY", "notices", set()),
        ("CCPA-OPTOUT-SALE-SHARE", "sharing", {Action.STOP_SHARES}),
        ("CANSPAM-NO-TRANSFER", "sharing", {Action.STOP_SHARES}),
        ("CCPA-MINORS-OPTIN", "sharing", {Action.STOP_SHARES, Action.RECONSENT}),
        ("CCPA-PRECISE-GEOLOCATION", "location_events", {Action.STOP_SHARES}),
        ("STATE-PRIVACY-PRECISE-GEOLOCATION", "location_events", {Action.RECONSENT}),
        ("HIPAA-MARKETING-AUTHORIZATION", "contacts", {Action.RECONSENT}),
        ("COPPA-VPC-BEFORE-COLLECTION", "customers", {Action.RECONSENT}),
        ("CCPA-REQUEST-DEADLINES", "privacy_requests", {Action.ANSWER_REQUESTS}),
        ("GLBA-ANNUAL-NOTICE", "customers", {Action.SEND_NOTICES}),
        ("HIPAA-WORKFORCE-TRAINING", "staff", {Action.TRAIN_STAFF}),
        ("TSR-DNC-SAFE-HARBOR", "staff", {Action.TRAIN_STAFF}),
        ("TSR-DNC-SAFE-HARBOR", "contacts", set()),  # a stale registry copy: a process
        ("COPPA-DATA-RETENTION", "customers", {Action.DELETE_DATA}),
        ("NOT-A-RULE", "contacts", set()),
    ],
)
def test_lists_a_rule_lands_in(
    rulebook: Rulebook, rule_id: str, record_table: str, expected: set[Action]
) -> None:
    got = lists(rulebook, row(rule_id, "R1", record_table=record_table))
    assert {a for a, f in got.items() if len(f)} == expected


# --- shape ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "rows",
    [
        pd.DataFrame(),
        pd.DataFrame({c: pd.Series(dtype=object) for c in [*EVIDENCE, "check_id", "waived_by"]}),
    ],
)
def test_empty_lists_keep_their_columns(rulebook: Rulebook, rows: pd.DataFrame) -> None:
    got = remediation_lists(rows, rulebook)
    assert list(got) == [a.file_name for a in Action]
    for action in Action:
        assert list(got[action.file_name].columns) == list(COLUMNS[action])
        assert got[action.file_name].empty


def test_lists_have_their_columns(rulebook: Rulebook) -> None:
    one_of_each = [
        ("TCPA-NATIONAL-DNC", "contacts"),
        ("GDPR-EMAIL-CONSENT", "contacts"),
        ("CCPA-OPTOUT-SALE-SHARE", "sharing"),
        ("CCPA-REQUEST-DEADLINES", "privacy_requests"),
        ("GLBA-ANNUAL-NOTICE", "customers"),
        ("HIPAA-WORKFORCE-TRAINING", "staff"),
        ("COPPA-DATA-RETENTION", "customers"),
    ]
    got = lists(rulebook, *(row(rule, "R1", record_table=table) for rule, table in one_of_each))
    for action, f in got.items():
        assert list(f.columns) == list(COLUMNS[action])
        assert len(f) == 1


# --- suppress now ---------------------------------------------------------------------------


def test_suppress_now_one_line_per_channel_and_address(rulebook: Rulebook) -> None:
    got = lists(
        rulebook,
        row("STATE-DNC-LISTS", "K1", event_at=pd.Timestamp("2026-07-06 15:00")),
        row("TCPA-NATIONAL-DNC", "K1", event_at=pd.Timestamp("2026-07-06 15:00")),
        row("TCPA-NATIONAL-DNC", "K2", event_at=pd.Timestamp("2026-08-01 15:00")),
        row("TCPA-PEWC", "K3", channel="sms", event_at=pd.Timestamp("2026-07-09 15:00")),
    )[Action.SUPPRESS_NOW]
    assert got[["channel", "address"]].values.tolist() == [
        ["call", "+13125550142"],
        ["sms", "+13125550142"],
    ]
    call = got.iloc[0]
    # most severe first: the national registry (critical) before a state list (high)
    assert call["rules"] == "TCPA-NATIONAL-DNC;STATE-DNC-LISTS"
    assert call["contacts"] == 2  # K1 judged by two rules is one contact
    assert call["first_event_at"] == pd.Timestamp("2026-07-06 15:00")
    assert call["last_event_at"] == pd.Timestamp("2026-08-01 15:00")
    assert call["customer_id"] == "C1"
    assert call["verdict"] == "violation"


def test_suppress_now_leaves_out_passes_waived_rows_and_process_rules(rulebook: Rulebook) -> None:
    got = lists(
        rulebook,
        row("TCPA-COMPANY-DNC", "K1", address="+15555550101", verdict="pass"),
        row("TCPA-COMPANY-DNC", "K2", address="+15555550102", waived_by="W-1"),
        row("TCPA-CALL-HOURS", "K3", address="+15555550103"),
        row("STATE-CALL-HOURS", "K4", address="+15555550104", verdict="warning"),
        row("TCPA-COMPANY-DNC", "K5", address="+15555550105", waived_by=float("nan")),
    )[Action.SUPPRESS_NOW]
    assert got["address"].tolist() == ["+15555550105"]


def test_suppress_now_verdict_is_warning_only_without_violations(rulebook: Rulebook) -> None:
    got = lists(
        rulebook,
        row("TCPA-EBR", "K1", address="+15555550101", verdict="warning"),
        row("TCPA-EBR", "K2", address="+15555550102", verdict="warning"),
        row("TCPA-EBR", "K3", address="+15555550102", verdict="violation"),
    )[Action.SUPPRESS_NOW]
    assert got[["address", "verdict"]].values.tolist() == [
        ["+15555550102", "violation"],  # violations first
        ["+15555550101", "warning"],
    ]


def test_suppress_now_normalises_emails_and_lists_customers_without_address(
    rulebook: Rulebook,
) -> None:
    got = lists(
        rulebook,
        row("CANSPAM-OPTOUT-HONOR", "M1", channel="email", address=" Ann@Example.ORG "),
        row("CANSPAM-OPTOUT-HONOR", "M2", channel="email", address="ann@example.org"),
        row("GDPR-OBJECTION", "P1", channel="mail", address=None, customer_id="C7"),
        row("GDPR-OBJECTION", "P2", channel="mail", address=None, customer_id="C8"),
        row("GDPR-OBJECTION", "P3", channel="mail", address=None, customer_id=None),
    )[Action.SUPPRESS_NOW]
    email = got[got["channel"] == "email"]
    assert email[["address", "contacts"]].values.tolist() == [["ann@example.org", 2]]
    mail = got[got["channel"] == "mail"]
    assert mail["customer_id"].tolist() == ["C7", "C8"]
    assert mail["address"].isna().all()


def test_suppress_now_joins_the_customers_of_one_address(rulebook: Rulebook) -> None:
    got = lists(
        rulebook,
        row("TCPA-REVOCATION", "K1", customer_id="C2"),
        row("TCPA-REVOCATION", "K2", customer_id="C1"),
    )[Action.SUPPRESS_NOW]
    assert got["customer_id"].tolist() == ["C1;C2"]


# --- the other lists ------------------------------------------------------------------------


def test_customers_to_reconsent_one_line_per_customer(rulebook: Rulebook) -> None:
    got = lists(
        rulebook,
        row("GDPR-EMAIL-CONSENT", "M1", channel="email", address="a@x.eu", verdict="warning"),
        row("GDPR-EMAIL-CONSENT", "M2", channel="email", address="a@x.eu", verdict="warning"),
        row("GDPR-OBJECTION", "M3", channel="email", address="a@x.eu"),  # no re-consent
        row("CCPA-MINORS-OPTIN", "S1", record_table="sharing", customer_id="C9"),
        row("COPPA-THIRD-PARTY-DISCLOSURE-CONSENT", "S1", record_table="sharing",
            customer_id="C9"),
        row("COPPA-VPC-BEFORE-COLLECTION", "C9", record_table="customers", customer_id="C9",
            verdict="warning"),
        row("HIPAA-MARKETING-AUTHORIZATION", "M9", customer_id=None),  # no customer: left out
    )[Action.RECONSENT]  # fmt: skip
    assert got.values.tolist() == [
        ["C9", _ordered(rulebook, "CCPA-MINORS-OPTIN", "COPPA-THIRD-PARTY-DISCLOSURE-CONSENT",
                        "COPPA-VPC-BEFORE-COLLECTION"), 2, "violation"],
        ["C1", "GDPR-EMAIL-CONSENT", 2, "warning"],
    ]  # fmt: skip


def test_shares_to_stop_one_line_per_record(rulebook: Rulebook) -> None:
    at = pd.Timestamp("2026-07-28 16:00")
    got = lists(
        rulebook,
        row("CCPA-OPTOUT-SALE-SHARE", "SH-1", record_table="sharing", channel="data-sharing",
            address=None, event_at=at),
        row("MAIL-LIST-RENTAL-SALE", "SH-1", record_table="sharing", channel="data-sharing",
            address=None, event_at=at),
        row("MOBILE-SENSITIVE-LOCATIONS", "LOC-1", record_table="location_events",
            channel="location", address=None, verdict="warning"),
        row("CCPA-GPC", "SH-2", record_table="sharing", verdict="pass"),
        row("CCPA-GPC", None, record_table="sharing"),
    )[Action.STOP_SHARES]  # fmt: skip
    assert got[["record_table", "record_id", "verdict"]].values.tolist() == [
        ["sharing", "SH-1", "violation"],
        ["location_events", "LOC-1", "warning"],
    ]
    assert got.iloc[0]["rules"] == _ordered(
        rulebook, "CCPA-OPTOUT-SALE-SHARE", "MAIL-LIST-RENTAL-SALE"
    )
    assert got.iloc[0]["event_at"] == at


def test_requests_overdue(rulebook: Rulebook) -> None:
    got = lists(
        rulebook,
        row("CCPA-REQUEST-DEADLINES", "PR-1", record_table="privacy_requests", channel=None,
            address=None, deadline_at=pd.Timestamp("2026-08-20"), reading="answer late"),
        row("CCPA-REQUEST-DEADLINES", "PR-2", record_table="privacy_requests", verdict="pass"),
    )[Action.ANSWER_REQUESTS]  # fmt: skip
    assert got.to_dict("records") == [
        {
            "request_id": "PR-1",
            "customer_id": "C1",
            "rules": "CCPA-REQUEST-DEADLINES",
            "received_at": pd.Timestamp("2026-07-06 15:00"),
            "deadline_at": pd.Timestamp("2026-08-20"),
            "verdict": "violation",
            "reading": "answer late",
        }
    ]


def test_notices_staff_and_deletions(rulebook: Rulebook) -> None:
    got = lists(
        rulebook,
        row("GLBA-ANNUAL-NOTICE", "C5", record_table="customers", customer_id="C5"),
        row("FCRA-AFFILIATE-MARKETING-OPT-OUT", "M5", customer_id="C5", verdict="warning"),
        row("GLBA-SAFEGUARDS-TRAINING", "E1", record_table="staff", customer_id=None),
        row("HIPAA-WORKFORCE-TRAINING", "E1", record_table="staff", customer_id=None),
        row("TSR-DNC-SAFE-HARBOR", "K1"),  # its registry rows are contacts: not staff
        row("COPPA-DATA-RETENTION", "C6", record_table="customers", customer_id="C6"),
    )
    assert got[Action.SEND_NOTICES].values.tolist() == [
        ["C5", _ordered(rulebook, "GLBA-ANNUAL-NOTICE", "FCRA-AFFILIATE-MARKETING-OPT-OUT"), 2,
         "violation"],
    ]  # fmt: skip
    assert got[Action.TRAIN_STAFF].values.tolist() == [
        ["E1", _ordered(rulebook, "GLBA-SAFEGUARDS-TRAINING", "HIPAA-WORKFORCE-TRAINING"),
         "violation"],
    ]  # fmt: skip
    assert got[Action.DELETE_DATA].values.tolist() == [
        ["customers", "C6", "C6", "COPPA-DATA-RETENTION", "violation"]
    ]


def test_lists_write_as_spreadsheet_safe_csv(rulebook: Rulebook, tmp_path: Path) -> None:
    got = remediation_lists(
        frame(
            row("TCPA-COMPANY-DNC", "K1"),
            row("CANSPAM-OPTOUT-HONOR", "M1", channel="email", address="=cmd@evil.example",
                customer_id="@C2"),
        ),
        rulebook,
    )  # fmt: skip
    for name, f in got.items():
        write_csv(tmp_path / name, f)
    with (tmp_path / "suppress_now.csv").open(encoding="utf-8", newline="") as f:
        lines = list(csv.reader(f))
    assert lines[0] == list(COLUMNS[Action.SUPPRESS_NOW])
    assert [(r[0], r[1], r[2]) for r in lines[1:]] == [
        ("call", "+13125550142", "C1"),
        ("email", "'=cmd@evil.example", "'@C2"),
    ]
    assert lines[1][4] == "2026-07-06T15:00:00"
    with (tmp_path / "shares_to_stop.csv").open(encoding="utf-8") as f:
        assert f.read() == ",".join(COLUMNS[Action.STOP_SHARES]) + "\n"


def _ordered(rulebook: Rulebook, *rule_ids: str) -> str:
    """Return rule ids as a ``rules`` cell holds them: most severe first, then by id."""
    ranked = sorted(rule_ids, key=lambda r: (-rulebook.versions(r)[-1].severity.rank, r))
    return ";".join(ranked)
