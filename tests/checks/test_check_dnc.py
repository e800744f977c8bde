"""T4 (national registry), T8 (business relationship) and T6 (company do-not-call), by table.

One tiny DB holds every case; each contact row states the verdict hand-counted for each of
the three checks (``None``: not flagged). All numbers are Columbus, Ohio (614, Eastern), so
the contact's local day and the company's day (America/New_York) agree. Days were counted on
a printed calendar: registration day 0; a relationship ends on the same date 18 (or 3) months
later, clamped to the month's end; a request is received on business day 0 (US federal
holidays: Labor Day 2026-09-07 certain, Independence Day observed 2026-07-03 uncertain).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

import pandas as pd
import pytest

from privacykit.audit.findings import Status
from privacykit.audit.runner import AuditRun
from privacykit.rulebook import Rulebook
from tests.checks.tiny import audit, tiny_db, ts, verdicts

SELLER = "Tiny Co"


def _phone(n: int) -> str:
    return f"+1614555{n:04d}"


# customer id -> its number
NUMBERS = {
    "REG": _phone(201),  # registered 2026-06-15: the 31-day boundary
    "PERMIT": _phone(202),  # signed written permission granted 2026-07-20
    "PEWC": _phone(203),  # express written consent granted 2026-06-01
    "OTHERSELLER": _phone(204),  # written permission given to another seller
    "BUY17": _phone(205),  # purchase 2025-02-15
    "BUY18": _phone(206),  # purchase 2025-02-28: relationship until 2026-08-28
    "INQ": _phone(207),  # inquiry 2026-04-15: relationship until 2026-07-15
    "ENDED": _phone(208),  # purchase 2026-03-01, do-not-call request 2026-07-10
    "CLAMP": _phone(209),  # purchase 2024-08-31: until 2026-02-28 (clamped)
    "TXONLY": _phone(210),  # on the Texas registry only
    "FREE": _phone(211),  # on no registry
    "ANN1": _phone(212),  # registered; the same person (ANN2) bought 2026-01-01
    "ANN2": _phone(213),
    "BUYLATER": _phone(214),  # purchase 2026-07-20, after the first call
    "BUYEVE": _phone(215),  # purchase 2025-03-01 03:00 UTC = Fri 2025-02-28 22:00 EST
    "REVOKED": _phone(216),  # written permission 2026-06-01, revoked Fri 2026-07-10
    "NOADDR": _phone(217),  # written permission naming no number, only the customer
    "REQ": _phone(301),  # company do-not-call request Fri 2026-08-28 15:10 EDT
    "REQ2": _phone(302),  # a second number of REQ's owner, never opted out
    "BACK": _phone(303),  # request 2026-07-01, re-consent 2026-07-20
    "OLD": _phone(304),  # request 2025-03-07 (30-calendar-day version)
    "AGED": _phone(305),  # request 2021-07-10: honoured for 5 years
    "ALLOPT": _phone(306),  # opt-out of every channel, Mon 2026-07-06
    "CUSTOPT": _phone(307),  # do-not-call request naming the customer only, Mon 2026-07-06
}
CUSTOMERS = [
    {
        "customer_id": cid,
        "phone": phone,
        "state": "OH",
        "postal_code": "43215",
        "country": "US",
        "phone_line_type": "wireless",
        **({"first_name": "Ann", "last_name": "Lee"} if cid.startswith("ANN") else {}),
        **({"birth_date": dt.date(1980, 1, 1)} if cid.startswith("ANN") else {}),
    }
    for cid, phone in NUMBERS.items()
]
OLD_REG = dt.date(2020, 1, 1)
DNC_REGISTRY = [
    {"registry": "national", "phone": NUMBERS["REG"], "registered_at": dt.date(2026, 6, 15)},
    *(
        {"registry": "national", "phone": NUMBERS[c], "registered_at": OLD_REG}
        for c in ("PERMIT", "PEWC", "OTHERSELLER", "BUY17", "BUY18", "INQ", "ENDED", "CLAMP")
    ),
    *(
        {"registry": "national", "phone": NUMBERS[c], "registered_at": OLD_REG}
        for c in ("BUYLATER", "BUYEVE", "REVOKED", "NOADDR")
    ),
    {"registry": "national", "phone": NUMBERS["ANN1"], "registered_at": OLD_REG},
    {"registry": "TX", "phone": NUMBERS["TXONLY"], "registered_at": OLD_REG},
]


def _txn(tid: str, cid: str, when: str) -> dict[str, Any]:
    return {"transaction_id": tid, "customer_id": cid, "occurred_at": ts(when)}


TRANSACTIONS = [
    _txn("x17", "BUY17", "2025-02-15 16:00:00"),
    _txn("x18", "BUY18", "2025-02-28 16:00:00"),
    _txn("xend", "ENDED", "2026-03-01 16:00:00"),
    _txn("xclamp", "CLAMP", "2024-08-31 16:00:00"),
    _txn("xann", "ANN2", "2026-01-01 16:00:00"),
    _txn("xlate", "BUYLATER", "2026-07-20 16:00:00"),
    _txn("xeve", "BUYEVE", "2025-03-01 03:00:00"),
]
INQUIRIES = [
    {"inquiry_id": "q1", "customer_id": "INQ", "occurred_at": ts("2026-04-15 16:00:00")},
]


def _consent(cid: str, kind: str, granted: str, seller: str | None = SELLER) -> dict[str, Any]:
    return {
        "consent_id": f"k-{cid}",
        "customer_id": cid,
        "channel": "call",
        "purpose": "marketing",
        "consent_type": kind,
        "address": NUMBERS[cid],
        "seller": seller,
        "granted_at": ts(granted),
        "evidence": "form v1",
    }


CONSENTS = [
    _consent("PERMIT", "dnc_written_permission", "2026-07-20 16:00:00"),
    _consent("PEWC", "express_written", "2026-06-01 16:00:00"),
    _consent("OTHERSELLER", "dnc_written_permission", "2026-06-01 16:00:00", "Other Co"),
    _consent("BACK", "express_written", "2026-07-20 15:00:00"),  # re-consent after the request
    _consent("REVOKED", "dnc_written_permission", "2026-06-01 16:00:00")
    | {"revoked_at": ts("2026-07-10 16:00:00")},
    _consent("NOADDR", "dnc_written_permission", "2026-06-01 16:00:00") | {"address": None},
]


def _optout(oid: str, cid: str, received: str) -> dict[str, Any]:
    return {
        "optout_id": oid,
        "customer_id": cid,
        "channel": "call",
        "address": NUMBERS[cid],
        "received_at": ts(received),
    }


OPTOUTS = [
    _optout("o-ended", "ENDED", "2026-07-10 16:00:00"),  # Fri 12:00 EDT
    _optout("o-req", "REQ", "2026-08-28 19:10:00"),  # Fri 15:10 EDT
    _optout("o-back", "BACK", "2026-07-01 15:00:00"),  # Wed 11:00 EDT
    _optout("o-old", "OLD", "2025-03-07 15:00:00"),  # Fri 10:00 EST
    _optout("o-aged", "AGED", "2021-07-10 15:00:00"),
    _optout("o-all", "ALLOPT", "2026-07-06 16:00:00") | {"channel": "all"},
    _optout("o-cust", "CUSTOPT", "2026-07-06 16:00:00") | {"address": None},
]


class Case(NamedTuple):
    id: str
    customer: str
    utc: str  # sent_at, naive UTC
    t4: str | None
    t8: str | None
    t6: str | None
    period: str = "2026Q3"
    channel: str = "call"
    purpose: str | None = "marketing"
    to: str | None = None  # the number called, when not the customer's own


# Noon EDT is 16:00 UTC; every call below is at 16:00 UTC unless the time says otherwise.
# fmt: off
CASES = [
    # --- registry: registered 2026-06-15 ---
    Case("reg-day30", "REG", "2026-07-15 16:00:00", None, None, None),
    Case("reg-day31", "REG", "2026-07-16 16:00:00", "warning", None, None),
    Case("reg-day31-2200edt", "REG", "2026-07-17 02:00:00", "warning", None, None),
    Case("reg-day32", "REG", "2026-07-17 16:00:00", "violation", None, None),
    Case("reg-sms", "REG", "2026-07-20 16:00:00", "violation", None, None, channel="sms"),
    Case("reg-info", "REG", "2026-07-20 16:00:00", None, None, None, purpose="informational"),
    Case("reg-nopurpose", "REG", "2026-07-20 16:00:00", "warning", None, None, purpose=None),
    Case("ghost-to-reg", "GHOST", "2026-07-20 16:00:00", "violation", None, None,
         to=NUMBERS["REG"]),
    # --- signed written permission ---
    Case("permit-before-grant", "PERMIT", "2026-07-15 16:00:00", "violation", None, None),
    Case("permit-after-grant", "PERMIT", "2026-07-21 16:00:00", None, None, None),
    Case("pewc", "PEWC", "2026-07-15 16:00:00", None, None, None),
    Case("permit-other-seller", "OTHERSELLER", "2026-07-15 16:00:00", "violation", None, None),
    # --- business relationship: 18 months after a purchase ---
    Case("buy-17-months", "BUY17", "2026-07-15 16:00:00", None, None, None),
    Case("buy18-day-before", "BUY18", "2026-08-27 16:00:00", None, None, None),
    Case("buy18-anniversary", "BUY18", "2026-08-28 16:00:00", "warning", "warning", None),
    Case("buy18-day-after", "BUY18", "2026-08-29 16:00:00", "violation", "violation", None),
    Case("buy18-day-after-nopurpose", "BUY18", "2026-08-29 16:00:00", "warning", "warning",
         None, purpose=None),
    # --- 3 months after an inquiry ---
    Case("inq-day-before", "INQ", "2026-07-14 16:00:00", None, None, None),
    Case("inq-anniversary", "INQ", "2026-07-15 16:00:00", "warning", "warning", None),
    Case("inq-day-after", "INQ", "2026-07-16 16:00:00", "violation", "violation", None),
    # --- a do-not-call request ends a live relationship (request Fri 2026-07-10) ---
    Case("ended-before-request", "ENDED", "2026-07-05 16:00:00", None, None, None),
    Case("ended-after-request", "ENDED", "2026-07-15 16:00:00", "violation", "violation",
         "pass"),  # T6: business day 3
    # --- month-end clamping: 2024-08-31 + 18 months = 2026-02-28 ---
    Case("clamp-day-before", "CLAMP", "2026-02-27 16:00:00", None, None, None, "2026Q1"),
    Case("clamp-anniversary", "CLAMP", "2026-02-28 16:00:00", "warning", "warning", None,
         "2026Q1"),
    Case("clamp-day-after", "CLAMP", "2026-03-01 16:00:00", "violation", "violation", None,
         "2026Q1"),
    Case("buy-later-before", "BUYLATER", "2026-07-15 16:00:00", "violation", None, None),
    Case("buy-later-after", "BUYLATER", "2026-07-21 16:00:00", None, None, None),
    # the purchase's day is the company's (New York) day: 2025-02-28, not UTC's 03-01
    Case("buy-eve-anniversary", "BUYEVE", "2026-08-28 16:00:00", "warning", "warning", None),
    Case("buy-eve-day-after", "BUYEVE", "2026-08-29 16:00:00", "violation", "violation", None),
    # a revoked permission no longer exempts; its revocation is a do-not-call request (BD 3)
    Case("revoked-permission", "REVOKED", "2026-07-15 16:00:00", "violation", None, "pass"),
    Case("permission-names-customer", "NOADDR", "2026-07-15 16:00:00", None, None, None),
    # --- other registries, unregistered numbers, the relationship follows the person ---
    Case("tx-registry-only", "TXONLY", "2026-07-15 16:00:00", None, None, None),
    Case("unregistered", "FREE", "2026-07-15 16:00:00", None, None, None),
    Case("same-person-bought", "ANN1", "2026-07-15 16:00:00", None, None, None),
    # --- company do-not-call: request Fri 2026-08-28 15:10 EDT, 10 US business days ---
    Case("req-10-minutes-before", "REQ", "2026-08-28 19:00:00", None, None, None),
    Case("req-same-instant", "REQ", "2026-08-28 19:10:00", None, None, "pass"),
    Case("req-bd1-mon", "REQ", "2026-08-31 16:00:00", None, None, "pass"),
    Case("req-bd5-fri", "REQ", "2026-09-04 16:00:00", None, None, "pass"),
    Case("req-labor-day", "REQ", "2026-09-07 16:00:00", None, None, "pass"),
    Case("req-bd6-tue", "REQ", "2026-09-08 16:00:00", None, None, "pass"),
    Case("req-bd10-mon", "REQ", "2026-09-14 16:00:00", None, None, "pass"),
    Case("req-bd10-2330edt", "REQ", "2026-09-15 03:30:00", None, None, "pass"),
    Case("req-bd11-0000edt", "REQ", "2026-09-15 04:00:00", None, None, "violation"),
    Case("req-bd11-tue", "REQ", "2026-09-15 16:00:00", None, None, "violation"),
    Case("req-sms-bd3", "REQ", "2026-09-02 16:00:00", None, None, "pass", channel="sms"),
    Case("req-sms-bd11", "REQ", "2026-09-15 16:00:00", None, None, "violation", channel="sms"),
    Case("req-info-bd11", "REQ", "2026-09-15 16:00:00", None, None, None,
         purpose="informational"),
    Case("req-other-number", "REQ", "2026-09-15 16:00:00", None, None, None,
         to=NUMBERS["REQ2"]),
    # --- request Wed 2026-07-01; Fri 07-03 is an observed holiday; re-consent 07-20 15:00 ---
    Case("back-bd1", "BACK", "2026-07-02 16:00:00", None, None, "pass"),
    Case("back-bd10-either", "BACK", "2026-07-15 16:00:00", None, None, "pass"),
    Case("back-bd11-if-0703-counts", "BACK", "2026-07-16 16:00:00", None, None, "warning"),
    Case("back-bd11-lenient", "BACK", "2026-07-17 16:00:00", None, None, "violation"),
    Case("back-before-reconsent", "BACK", "2026-07-20 14:00:00", None, None, "violation"),
    Case("back-after-reconsent", "BACK", "2026-07-20 16:00:00", None, None, None),
    Case("back-later", "BACK", "2026-07-25 16:00:00", None, None, None),
    # --- the 30-calendar-day version (until 2025-04-10): request Fri 2025-03-07 ---
    Case("old-day30", "OLD", "2025-04-06 16:00:00", None, None, "pass", "2025Q2"),
    Case("old-day31", "OLD", "2025-04-07 16:00:00", None, None, "violation", "2025Q2"),
    Case("old-day32", "OLD", "2025-04-08 16:00:00", None, None, "violation", "2025Q2"),
    Case("old-after-new-version", "OLD", "2025-04-11 16:00:00", None, None, "violation",
         "2025Q2"),
    # --- an opt-out of every channel, and a request naming only the customer: Mon 07-06 ---
    Case("all-bd10", "ALLOPT", "2026-07-20 16:00:00", None, None, "pass"),
    Case("all-bd11", "ALLOPT", "2026-07-21 16:00:00", None, None, "violation"),
    Case("cust-bd10", "CUSTOPT", "2026-07-20 16:00:00", None, None, "pass"),
    Case("cust-bd11", "CUSTOPT", "2026-07-21 16:00:00", None, None, "violation"),
    # --- a request is honoured for 5 years (received 2021-07-10) ---
    Case("aged-inside-5-years", "AGED", "2026-07-09 16:00:00", None, None, "violation"),
    Case("aged-after-5-years", "AGED", "2026-07-15 16:00:00", None, None, None),
]
# fmt: on

# Company policy honor_within 5 business days: the same REQ calls, one more audit.
POLICY = [{"rule": "TCPA-COMPANY-DNC", "parameter": "honor_within", "value": 5}]
POLICY_EXPECTED = {
    "req-same-instant": "pass",
    "req-bd5-fri": "pass",
    "req-labor-day": "violation",
    "req-bd6-tue": "violation",
    "req-bd10-mon": "violation",
    "req-10-minutes-before": None,
}


def _contacts() -> list[dict[str, Any]]:
    return [
        {
            "contact_id": c.id,
            "customer_id": c.customer,
            "channel": c.channel,
            "sent_at": ts(c.utc),
            "to_phone": c.to or NUMBERS[c.customer],
            "purpose": c.purpose,
            "dialer_type": "manual",
            "seller": SELLER,
        }
        for c in CASES
    ]


def _db(**overrides: Any) -> Any:
    tables: dict[str, Any] = {
        "customers": CUSTOMERS,
        "contacts": _contacts(),
        "dnc_registry": DNC_REGISTRY,
        "transactions": TRANSACTIONS,
        "inquiries": INQUIRIES,
        "consents": CONSENTS,
        "optouts": OPTOUTS,
    }
    return tiny_db(**(tables | overrides))


# An audit of T4 or T8 costs about 3 s, so they run once over one range holding every 2026
# case; T6 runs on the quarters its cases need.
T48_PERIOD = "2026-01-01..2026-09-30"
T48_CASES = [c for c in CASES if c.utc >= "2026-01-01"]
T6_PERIODS = ("2026Q3", "2025Q2")
T6_CASES = [c for c in CASES if c.period in T6_PERIODS]


@pytest.fixture(scope="module")
def runs(rulebook: Rulebook) -> dict[str, AuditRun]:
    con = _db()
    out = {"T48": audit(con, rulebook, T48_PERIOD, only=["T4", "T8"])}
    out |= {p: audit(con, rulebook, p, only=["T6"]) for p in T6_PERIODS}
    out["policy"] = audit(con, rulebook, "2026Q3", overrides=POLICY, only=["T6"])
    out["policy 2025Q2"] = audit(con, rulebook, "2025Q2", overrides=POLICY, only=["T6"])
    out["again"] = audit(con, rulebook, "2026Q3", only=["T6"])
    out["no events"] = audit(con, rulebook, "2026Q2", only=["T4", "T6", "T8"])
    return out


def test_case_ids_are_unique() -> None:
    assert len({c.id for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", T48_CASES, ids=[c.id for c in T48_CASES])
def test_national_registry(runs: dict[str, AuditRun], case: Case) -> None:
    assert verdicts(runs["T48"], "T4").get(case.id) == case.t4


@pytest.mark.parametrize("case", T48_CASES, ids=[c.id for c in T48_CASES])
def test_business_relationship(runs: dict[str, AuditRun], case: Case) -> None:
    assert verdicts(runs["T48"], "T8").get(case.id) == case.t8


@pytest.mark.parametrize("case", T6_CASES, ids=[c.id for c in T6_CASES])
def test_company_do_not_call(runs: dict[str, AuditRun], case: Case) -> None:
    assert verdicts(runs[case.period], "T6").get(case.id) == case.t6


@pytest.mark.parametrize(("cid", "expected"), POLICY_EXPECTED.items())
def test_company_honor_within_5(runs: dict[str, AuditRun], cid: str, expected: str | None) -> None:
    assert verdicts(runs["policy"], "T6").get(cid) == expected


# The override is in business days: the 30-calendar-day version keeps its legal value.
@pytest.mark.parametrize(("cid", "expected"), [("old-day30", "pass"), ("old-day31", "violation")])
def test_override_leaves_other_unit_version(
    runs: dict[str, AuditRun], cid: str, expected: str
) -> None:
    assert verdicts(runs["policy 2025Q2"], "T6").get(cid) == expected


def test_t6_evidence_gives_receipt_and_deadline(runs: dict[str, AuditRun]) -> None:
    rows = runs["2026Q3"].rows
    row = rows[(rows["check_id"] == "T6") & (rows["record_id"] == "req-bd11-tue")]
    assert row["basis_at"].item() == pd.Timestamp("2026-08-28 19:10:00")
    # The last instant allowed: the end of Mon 2026-09-14 in New York (04:00 UTC on 09-15).
    assert row["deadline_at"].item() == pd.Timestamp("2026-09-15 04:00:00")


def test_t6_grace_passes_are_counted(runs: dict[str, AuditRun]) -> None:
    finding = runs["2026Q3"].finding("TCPA-COMPANY-DNC", "T6")
    expected = [c for c in CASES if c.period == "2026Q3" and c.t6 == "pass"]
    assert finding.passes_in_grace == len(expected)
    assert finding.status is Status.VIOLATION


def test_same_inputs_same_rows(runs: dict[str, AuditRun]) -> None:
    assert not runs["again"].rows.empty
    pd.testing.assert_frame_equal(runs["2026Q3"].rows, runs["again"].rows)


@pytest.mark.parametrize(
    ("rule_id", "check_id"),
    [("TCPA-NATIONAL-DNC", "T4"), ("TCPA-COMPANY-DNC", "T6"), ("TCPA-EBR", "T8")],
)
def test_no_contacts_in_period_is_not_evaluated(
    runs: dict[str, AuditRun], rule_id: str, check_id: str
) -> None:
    finding = runs["no events"].finding(rule_id, check_id)
    assert finding.status is Status.NOT_EVALUATED
    assert "contacts.sent_at" in finding.missing


@pytest.fixture(scope="module")
def no_national_run(rulebook: Rulebook) -> AuditRun:
    con = _db(dnc_registry=[r for r in DNC_REGISTRY if r["registry"] != "national"])
    return audit(con, rulebook, only=["T4", "T8"])


@pytest.mark.parametrize(("rule_id", "check_id"), [("TCPA-NATIONAL-DNC", "T4"), ("TCPA-EBR", "T8")])
def test_no_national_registry_rows_is_not_evaluated(
    no_national_run: AuditRun, rule_id: str, check_id: str
) -> None:
    finding = no_national_run.finding(rule_id, check_id)
    assert finding.status is Status.NOT_EVALUATED
    assert finding.missing
    assert all(m.startswith("dnc_registry.") for m in finding.missing)
    assert no_national_run.rows.empty
