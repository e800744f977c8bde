"""E1 (CAN-SPAM opt-out), E13 (CASL unsubscribe) and E12 (CASL consent), by table.

Business days were counted by hand on a printed calendar, in the company's zone (New York):
the day of receipt is day 0; day N is the N-th later Monday-Friday that is not a holiday.
US federal: Thanksgiving Thu 2026-11-26 (certain; Fri 11-27 is a business day), Independence
Day observed Fri 2026-07-03 (uncertain: a business day under the strict reading only).
Canada federal: Canada Day Wed 2026-07-01 (certain), Truth and Reconciliation Tue 2025-09-30
(uncertain). ``None`` means not flagged; ``pass`` a contact kept as evidence inside the grace
window.
"""

from __future__ import annotations

from typing import Any, NamedTuple

import pandas as pd
import pytest

from privacykit.audit.findings import Status
from privacykit.audit.runner import AuditRun
from privacykit.rulebook import Rulebook
from tests.checks.tiny import audit, tiny_db, ts, verdicts

IMPLIED = "CASL-IMPLIED-EBR"
NONE = "CASL-CONSENT"


def _customer(cid: str, country: str) -> dict[str, Any]:
    where = {"US": ("OH", "43215"), "CA": ("ON", "M5V 2T6")}[country]
    return {
        "customer_id": cid,
        "email": f"{cid.lower()}@example.com",
        "phone": None,
        "state": where[0],
        "postal_code": where[1],
        "country": country,
    }


US_IDS = ("U1", "U2", "U3", "U4", "U5", "U5B", "U7", "U8", "U9", "U10", "U11")
CA_IDS = ("CA1", "CA2", "X1", "X2", "X3", "X4", "X5", "X6", "X7", "X8", "X11", "X13", "X14")
CUSTOMERS = [_customer(c, "US") for c in US_IDS] + [_customer(c, "CA") for c in CA_IDS]
PHONES = {"X5": "+14165550105", "U8": "+16145550108"}
for _c in CUSTOMERS:
    _c["phone"] = PHONES.get(_c["customer_id"])


def _optout(oid: str, cid: str, received: str, **extra: Any) -> dict[str, Any]:
    return {
        "optout_id": oid,
        "customer_id": cid,
        "channel": "email",
        "address": f"{cid.lower()}@example.com",
        "received_at": ts(received),
    } | extra


OPTOUTS = [
    _optout("o1", "U1", "2026-11-23 15:00:00"),  # Mon 10:00 EST, Thanksgiving week
    _optout("o2", "U2", "2026-11-28 16:00:00"),  # Sat
    _optout("o3", "U3", "2026-06-22 16:00:00"),  # Mon, 07-03 observed inside
    _optout("o4", "U4", "2026-07-14 03:30:00"),  # Mon 2026-07-13 23:30 EDT
    _optout("o5-crm", "U5", "2026-07-06 16:00:00"),  # Mon: the earliest governs
    _optout("o5-esp", "U5", "2026-07-13 16:00:00"),  # Mon, a week later, another system
    _optout("o7", "U7", "2026-06-01 16:00:00", address="u7-old@example.com"),
    _optout("o8", "U8", "2026-06-01 16:00:00", channel="sms", address=None),
    # received Mon 07-06, entered in the CRM only on 07-25: receipt starts the clock
    _optout(
        "o9", "U9", "2026-07-06 16:00:00", channel="all", processed_at=ts("2026-07-25 16:00:00")
    ),
    _optout("o10", "U10", "2026-07-01 16:00:00"),  # re-consent 2026-07-10
    _optout("o11", "U11", "2018-05-01 16:00:00"),  # older than the engine's 7-year calendar
    _optout("oca1", "CA1", "2026-06-22 16:00:00"),  # Mon, Canada Day inside
    _optout("oca2", "CA2", "2025-09-16 16:00:00"),  # Tue, 09-30 inside
]


def _consent(kid: str, cid: str, kind: str, granted: str, **extra: Any) -> dict[str, Any]:
    return {
        "consent_id": kid,
        "customer_id": cid,
        "channel": "email",
        "purpose": "marketing",
        "consent_type": kind,
        "address": f"{cid.lower()}@example.com",
        "granted_at": ts(granted),
        "evidence": "form v1",
    } | extra


CONSENTS = [
    _consent("k10", "U10", "express", "2026-07-10 16:00:00"),
    _consent("kx1", "X1", "express", "2026-06-01 16:00:00"),
    _consent("kx6", "X6", "express", "2026-01-01 16:00:00", revoked_at=ts("2026-07-01 16:00:00")),
    _consent("kx7", "X7", "express", "2026-07-20 16:00:00"),
    _consent("kx8", "X8", "express", "2026-01-01 16:00:00", address="x8-other@example.com"),
]
TRANSACTIONS = [
    {"transaction_id": "tca1", "customer_id": "CA1", "occurred_at": ts("2026-01-10 16:00:00")},
    {"transaction_id": "tca2", "customer_id": "CA2", "occurred_at": ts("2025-06-01 16:00:00")},
    {"transaction_id": "tx2", "customer_id": "X2", "occurred_at": ts("2026-01-10 16:00:00")},
    # 15:00 EDT: the company's day is 2024-07-14; two years later is 2026-07-14
    {"transaction_id": "tx3", "customer_id": "X3", "occurred_at": ts("2024-07-14 19:00:00")},
    {"transaction_id": "tx13", "customer_id": "X13", "occurred_at": ts("2023-01-01 16:00:00")},
    {"transaction_id": "tx14", "customer_id": "X14", "occurred_at": ts("2024-01-01 16:00:00")},
]
INQUIRIES = [
    {"inquiry_id": "ix4", "customer_id": "X4", "occurred_at": ts("2026-01-15 16:00:00")},
    {"inquiry_id": "ix13", "customer_id": "X13", "occurred_at": ts("2026-05-01 16:00:00")},
    {"inquiry_id": "ix14", "customer_id": "X14", "occurred_at": ts("2025-12-01 16:00:00")},
]


class Case(NamedTuple):
    id: str
    customer: str
    utc: str  # sent_at, naive UTC
    e1: str | None
    e13: str | None
    e12: str | None  # expected E12 verdict ...
    e12_rule: str | None = None  # ... and the rule its row names
    period: str = "2026Q3"
    purpose: str | None = "marketing"
    channel: str = "email"
    to: str | None = None  # the address used, when not the customer's own


# Noon in New York is 16:00 UTC (EDT) or 17:00 UTC (EST).
# fmt: off
CASES = [
    # --- CAN-SPAM, receipt Mon 2026-11-23: day 3 Fri 11-27, day 10 Tue 12-08 ---
    Case("u1-before-receipt", "U1", "2026-11-23 14:00:00", None, None, None, period="2026Q4"),
    Case("u1-bd0", "U1", "2026-11-23 18:00:00", "pass", None, None, period="2026Q4"),
    Case("u1-thanksgiving", "U1", "2026-11-26 17:00:00", "pass", None, None, period="2026Q4"),
    Case("u1-bd3-fri", "U1", "2026-11-27 17:00:00", "pass", None, None, period="2026Q4"),
    Case("u1-bd10", "U1", "2026-12-08 17:00:00", "pass", None, None, period="2026Q4"),
    Case("u1-bd11", "U1", "2026-12-09 17:00:00", "violation", None, None, period="2026Q4"),
    # --- receipt on Sat 2026-11-28 (day 0): day 10 Fri 12-11, day 11 Mon 12-14 ---
    Case("u2-bd0-sat", "U2", "2026-11-28 20:00:00", "pass", None, None, period="2026Q4"),
    Case("u2-bd10", "U2", "2026-12-11 17:00:00", "pass", None, None, period="2026Q4"),
    Case("u2-bd11", "U2", "2026-12-14 17:00:00", "violation", None, None, period="2026Q4"),
    # --- receipt Mon 2026-06-22: strict day 10 Mon 07-06, lenient day 10 Tue 07-07 ---
    Case("u3-thu-0702", "U3", "2026-07-02 16:00:00", "pass", None, None),
    Case("u3-mon-0706", "U3", "2026-07-06 16:00:00", "pass", None, None),
    Case("u3-tue-0707", "U3", "2026-07-07 16:00:00", "warning", None, None),
    Case("u3-wed-0708", "U3", "2026-07-08 16:00:00", "violation", None, None),
    Case("u3-wed-0708-nopurpose", "U3", "2026-07-08 16:00:00", "warning", None, None,
         purpose=None),
    # --- receipt Mon 23:30 EDT (Tue 03:30 UTC): day 10 Mon 07-27, not Tue 07-28 ---
    Case("u4-bd10", "U4", "2026-07-27 16:00:00", "pass", None, None),
    Case("u4-bd10-2330edt", "U4", "2026-07-28 03:30:00", "pass", None, None),
    Case("u4-bd11", "U4", "2026-07-28 16:00:00", "violation", None, None),
    Case("u4-bd11-info", "U4", "2026-07-28 17:00:00", None, None, None, purpose="informational"),
    # --- two opt-outs (CRM Mon 07-06, ESP Mon 07-13): 07-06 governs, day 10 Mon 07-20 ---
    Case("u5-between", "U5", "2026-07-08 16:00:00", "pass", None, None),
    Case("u5-bd10", "U5", "2026-07-20 16:00:00", "pass", None, None),
    Case("u5-bd11", "U5", "2026-07-21 16:00:00", "violation", None, None),
    # the same address on another customer record: suppression follows the address
    Case("u5-other-record-bd11", "U5B", "2026-07-21 16:00:00", "violation", None, None,
         to="u5@example.com"),
    # --- opt-outs that do not cover the address used ---
    Case("u7-other-address", "U7", "2026-07-28 16:00:00", None, None, None),
    Case("u8-sms-optout", "U8", "2026-07-28 16:00:00", None, None, None),
    Case("u9-all-bd11", "U9", "2026-07-21 16:00:00", "violation", None, None),
    Case("u11-eight-years-later", "U11", "2026-07-15 16:00:00", "violation", None, None),
    # --- a re-consent (express, 07-10) ends the suppression received 07-01 ---
    Case("u10-before-reconsent", "U10", "2026-07-09 16:00:00", "pass", None, None),
    Case("u10-after-reconsent", "U10", "2026-07-28 16:00:00", None, None, None),
    # --- CASL, receipt Mon 2026-06-22, Canada Day inside: day 10 Tue 07-07 ---
    Case("ca1-canada-day", "CA1", "2026-07-01 16:00:00", "pass", "pass", None),
    Case("ca1-bd10", "CA1", "2026-07-07 16:00:00", "warning", "pass", None),
    Case("ca1-bd11", "CA1", "2026-07-08 16:00:00", "violation", "violation", None),
    Case("ca1-info", "CA1", "2026-07-08 16:00:00", None, None, None, purpose="informational"),
    # --- CASL, receipt Tue 2025-09-16; 09-30 uncertain: strict day 10 09-30, lenient 10-01 ---
    Case("ca2-wed-1001", "CA2", "2025-10-01 16:00:00", "violation", "warning", None,
         period="2025Q4"),
    Case("ca2-thu-1002", "CA2", "2025-10-02 16:00:00", "violation", "violation", None,
         period="2025Q4"),
    # --- CASL consent ---
    Case("x1-express", "X1", "2026-07-15 16:00:00", None, None, None),
    Case("x2-purchase-6-months", "X2", "2026-07-15 16:00:00", None, None, None),
    Case("x3-day-before", "X3", "2026-07-13 15:00:00", None, None, None),
    Case("x3-two-years", "X3", "2026-07-14 15:00:00", None, None, "warning", IMPLIED),
    Case("x3-two-years-one-day", "X3", "2026-07-15 15:00:00", None, None, "violation", IMPLIED),
    Case("x4-inquiry-day-before", "X4", "2026-07-14 16:00:00", None, None, None),
    Case("x4-inquiry-six-months", "X4", "2026-07-15 16:00:00", None, None, "warning", IMPLIED),
    Case("x4-inquiry-day-after", "X4", "2026-07-16 16:00:00", None, None, "violation", IMPLIED),
    Case("x5-nothing", "X5", "2026-07-15 16:00:00", None, None, "violation", NONE),
    Case("x5-nothing-sms", "X5", "2026-07-15 16:00:00", None, None, "violation", NONE,
         channel="sms"),
    Case("x5-info", "X5", "2026-07-16 16:00:00", None, None, None, purpose="informational"),
    # revoked Wed 07-01 (Canada Day): the revocation is also an unsubscribe (day 10 = 07-15)
    Case("x6-revoked", "X6", "2026-07-15 16:00:00", "pass", "pass", "violation", NONE),
    Case("x7-before-consent", "X7", "2026-07-15 16:00:00", None, None, "violation", NONE),
    Case("x7-after-consent", "X7", "2026-07-21 16:00:00", None, None, None),
    Case("x8-consent-other-address", "X8", "2026-07-15 16:00:00", None, None, "violation", NONE),
    Case("x11-nothing-nopurpose", "X11", "2026-07-15 16:00:00", None, None, "warning", NONE,
         purpose=None),
    Case("x13-old-purchase-live-inquiry", "X13", "2026-07-15 16:00:00", None, None, None),
    Case("x14-both-expired", "X14", "2026-07-15 16:00:00", None, None, "violation", IMPLIED),
    Case("u3-us-no-consent", "U3", "2026-07-15 16:00:00", "violation", None, None),
]
# fmt: on

# Each check runs only on the periods its cases need (an audit costs about a second).
E1_PERIODS = ("2026Q3", "2026Q4", "2025Q4")
E13_PERIODS = ("2026Q3", "2025Q4")
E12_PERIODS = ("2026Q3",)


def _cases(periods: tuple[str, ...]) -> list[Case]:
    return [c for c in CASES if c.period in periods]


def _contacts() -> list[dict[str, Any]]:
    return [
        {
            "contact_id": c.id,
            "customer_id": c.customer,
            "channel": c.channel,
            "sent_at": ts(c.utc),
            "to_email": (c.to or f"{c.customer.lower()}@example.com")
            if c.channel == "email"
            else None,
            "to_phone": PHONES[c.customer] if c.channel != "email" else None,
            "purpose": c.purpose,
        }
        for c in CASES
    ]


@pytest.fixture(scope="module")
def runs(rulebook: Rulebook) -> dict[str, AuditRun]:
    con = tiny_db(
        customers=CUSTOMERS,
        contacts=_contacts(),
        optouts=OPTOUTS,
        consents=CONSENTS,
        transactions=TRANSACTIONS,
        inquiries=INQUIRIES,
    )
    return {
        "2026Q3": audit(con, rulebook, "2026Q3", only=["E1", "E12", "E13"]),
        "2026Q4": audit(con, rulebook, "2026Q4", only=["E1"]),
        "2025Q4": audit(con, rulebook, "2025Q4", only=["E1", "E13"]),
        "again": audit(con, rulebook, "2026Q3", only=["E1", "E12", "E13"]),
        "no events": audit(con, rulebook, "2026Q2", only=["E1", "E12", "E13"]),
    }


def test_case_ids_are_unique() -> None:
    assert len({c.id for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", _cases(E1_PERIODS), ids=lambda c: c.id)
def test_canspam_optout(runs: dict[str, AuditRun], case: Case) -> None:
    assert verdicts(runs[case.period], "E1").get(case.id) == case.e1


@pytest.mark.parametrize("case", _cases(E13_PERIODS), ids=lambda c: c.id)
def test_casl_unsubscribe(runs: dict[str, AuditRun], case: Case) -> None:
    assert verdicts(runs[case.period], "E13").get(case.id) == case.e13


@pytest.mark.parametrize("case", _cases(E12_PERIODS), ids=lambda c: c.id)
def test_casl_consent(runs: dict[str, AuditRun], case: Case) -> None:
    assert verdicts(runs[case.period], "E12").get(case.id) == case.e12
    if case.e12_rule is not None:
        assert verdicts(runs[case.period], "E12", rule=case.e12_rule).get(case.id) == case.e12


def _row(run: AuditRun, check: str, record: str) -> pd.Series:
    rows = run.rows[(run.rows["check_id"] == check) & (run.rows["record_id"] == record)]
    assert len(rows) == 1
    return rows.iloc[0]


def test_deadline_evidence(runs: dict[str, AuditRun]) -> None:
    row = _row(runs["2026Q4"], "E1", "u1-bd11")
    assert row["basis_at"] == pd.Timestamp("2026-11-23 15:00:00")
    # the end of Tue 2026-12-08 in New York (EST) is 05:00 UTC on 12-09
    assert row["deadline_at"] == pd.Timestamp("2026-12-09 05:00:00")


def test_earliest_of_two_optouts_governs(runs: dict[str, AuditRun]) -> None:
    row = _row(runs["2026Q3"], "E1", "u5-bd11")
    assert row["basis_at"] == pd.Timestamp("2026-07-06 16:00:00")
    assert "o5-crm" in row["detail"]


def test_grace_passes_are_counted(runs: dict[str, AuditRun]) -> None:
    finding = runs["2026Q4"].finding("CANSPAM-OPTOUT-HONOR", "E1")
    expected = [c for c in CASES if c.period == "2026Q4" and c.e1 == "pass"]
    assert finding.passes_in_grace == len(expected)
    assert finding.status is Status.VIOLATION


def test_same_inputs_same_rows(runs: dict[str, AuditRun]) -> None:
    assert not runs["again"].rows.empty
    pd.testing.assert_frame_equal(runs["2026Q3"].rows, runs["again"].rows)


@pytest.mark.parametrize(
    ("rule_id", "check_id"),
    [
        ("CANSPAM-OPTOUT-HONOR", "E1"),
        ("CASL-CONSENT", "E12"),
        ("CASL-IMPLIED-EBR", "E12"),
        ("CASL-UNSUBSCRIBE", "E13"),
    ],
)
def test_no_contacts_in_period_is_not_evaluated(
    runs: dict[str, AuditRun], rule_id: str, check_id: str
) -> None:
    finding = runs["no events"].finding(rule_id, check_id)
    assert finding.status is Status.NOT_EVALUATED
    assert "contacts.sent_at" in finding.missing
