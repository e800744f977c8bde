"""T1 (federal calling hours) and T2 (state calling hours), table-driven on one tiny DB.

Every expected verdict below was counted by hand from the UTC instant and the called party's
offset (EDT UTC-4, CDT UTC-5, MST UTC-7 all year in Arizona, HST UTC-10, PDT UTC-7; in New
York EST UTC-5 before 2026-03-08 07:00 UTC and after 2026-11-01 06:00 UTC). ``None`` means
the contact must not be flagged at all.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

import pandas as pd
import pytest

from privacykit.audit.findings import Status
from privacykit.audit.runner import AuditRun
from privacykit.rulebook import Rulebook
from tests.checks.tiny import audit, tiny_db, ts, verdicts


def _customer(cid: str, phone: str, state: str | None, postal: str | None) -> dict[str, Any]:
    return {
        "customer_id": cid,
        "phone": phone,
        "state": state,
        "postal_code": postal,
        "country": "US" if state else None,
        "phone_line_type": "wireless",
    }


CUSTOMERS = [
    _customer("OH", "+16145550100", "OH", "43215"),  # Columbus: Eastern, no state row
    _customer("AZ", "+16025550100", "AZ", "85004"),  # Phoenix: MST all year
    _customer("HI", "+18085550100", "HI", "96813"),  # Honolulu: HST
    _customer("SPLIT", "+12125550100", "CA", "90012"),  # New York number, Los Angeles address
    _customer("NOWHERE", "+442071234567", None, None),  # no NANP area code, no address
    _customer("FL", "+13055550100", "FL", "33130"),  # Miami
    _customer("FL_OH", "+13055550111", "OH", "43215"),  # Florida number, Ohio address
    _customer("OH_FL", "+16145550111", "FL", "33130"),  # Ohio number, Florida address
    _customer("TX", "+12145550100", "TX", "75201"),  # Dallas: Central
    _customer("CT", "+12035550100", "CT", "06510"),  # New Haven: row unconfirmed
    _customer("AL", "+12055550100", "AL", "35203"),  # Birmingham: Central, Sundays barred
    _customer("LA", "+15045550100", "LA", "70112"),  # New Orleans: Central, holidays barred
    _customer("NE", "+14025550100", "NE", "68102"),  # Omaha: prerecorded-only Sunday row
]
PHONES = {c["customer_id"]: c["phone"] for c in CUSTOMERS}
PHONES["GHOST"] = "+16145550199"  # a contact for a customer id no record has


class Case(NamedTuple):
    id: str
    customer: str
    utc: str  # sent_at, naive UTC
    t1: str | None  # expected T1 verdict
    t2: str | None  # expected T2 verdict
    period: str = "2026Q3"
    channel: str = "call"
    purpose: str | None = "marketing"
    dialer: str | None = "manual"


# fmt: off
CASES = [
    # --- T1 around 08:00 and 21:00, Ohio, Wed 2026-07-15 (EDT) ---
    Case("oh-0759", "OH", "2026-07-15 11:59:00", "violation", None),
    Case("oh-075959", "OH", "2026-07-15 11:59:59", "violation", None),
    Case("oh-0800", "OH", "2026-07-15 12:00:00", None, None),
    Case("oh-0801", "OH", "2026-07-15 12:01:00", None, None),
    Case("oh-085959", "OH", "2026-07-15 12:59:59", None, None),
    Case("oh-0900", "OH", "2026-07-15 13:00:00", None, None),
    Case("oh-2059", "OH", "2026-07-16 00:59:00", None, None),
    Case("oh-205959", "OH", "2026-07-16 00:59:59", None, None),
    Case("oh-2100", "OH", "2026-07-16 01:00:00", "warning", None),  # 'after 9 p.m.'
    Case("oh-205959.999", "OH", "2026-07-16 00:59:59.999000", None, None),
    Case("oh-2100.5", "OH", "2026-07-16 01:00:00.500000", "violation", None),  # past 21:00
    Case("oh-210001", "OH", "2026-07-16 01:00:01", "violation", None),
    Case("oh-2101", "OH", "2026-07-16 01:01:00", "violation", None),
    Case("oh-sms-2200", "OH", "2026-07-16 02:00:00", "violation", None, channel="sms"),
    Case("oh-info-0300", "OH", "2026-07-15 07:00:00", None, None, purpose="informational"),
    Case("oh-nopurpose-0700", "OH", "2026-07-15 11:00:00", "warning", None, purpose=None),
    Case("oh-nopurpose-1200", "OH", "2026-07-15 16:00:00", None, None, purpose=None),
    Case("ghost-0700", "GHOST", "2026-07-15 11:00:00", "violation", None),  # placed by area code
    # --- Arizona (MST, UTC-7, no DST: Denver would be an hour later) ---
    Case("az-2130", "AZ", "2026-07-15 04:30:00", "violation", None),
    Case("az-2030", "AZ", "2026-07-15 03:30:00", None, None),  # 21:30 in Denver
    Case("az-0759", "AZ", "2026-07-15 14:59:00", "violation", None),
    Case("az-0800", "AZ", "2026-07-15 15:00:00", None, None),  # 09:00 in Denver
    # --- Hawaii (HST, UTC-10) ---
    Case("hi-0759", "HI", "2026-07-15 17:59:00", "violation", None),
    Case("hi-0800", "HI", "2026-07-15 18:00:00", None, None),
    Case("hi-2059", "HI", "2026-07-16 06:59:00", None, None),
    Case("hi-2100", "HI", "2026-07-16 07:00:00", "warning", None),
    Case("hi-2101", "HI", "2026-07-16 07:01:00", "violation", None),
    # --- 212 number, Los Angeles address (EDT vs PDT) ---
    Case("split-1030e-0730p", "SPLIT", "2026-07-15 14:30:00", "warning", None),
    Case("split-0730e-0430p", "SPLIT", "2026-07-15 11:30:00", "violation", None),
    Case("split-1200e-0900p", "SPLIT", "2026-07-15 16:00:00", None, None),
    Case("split-2130e-1830p", "SPLIT", "2026-07-16 01:30:00", "warning", None),
    # --- cannot be placed: reported as a warning whatever the hour ---
    Case("nowhere-1200", "NOWHERE", "2026-07-15 16:00:00", "warning", None),
    # --- daylight saving, fall back Sun 2026-11-01 06:00 UTC ---
    Case("fall-sat-0830edt", "OH", "2026-10-31 12:30:00", None, None, "2026Q4"),
    Case("fall-sat-2130edt", "OH", "2026-11-01 01:30:00", "violation", None, "2026Q4"),
    Case("fall-sun-0130edt", "OH", "2026-11-01 05:30:00", "violation", None, "2026Q4"),
    Case("fall-sun-0130est", "OH", "2026-11-01 06:30:00", "violation", None, "2026Q4"),
    Case("fall-sun-0730est", "OH", "2026-11-01 12:30:00", "violation", None, "2026Q4"),
    Case("fall-sun-075959est", "OH", "2026-11-01 12:59:59", "violation", None, "2026Q4"),
    Case("fall-sun-0800est", "OH", "2026-11-01 13:00:00", None, None, "2026Q4"),
    Case("fall-sun-205959est", "OH", "2026-11-02 01:59:59", None, None, "2026Q4"),
    Case("fall-sun-2100est", "OH", "2026-11-02 02:00:00", "warning", None, "2026Q4"),
    Case("fall-az-0759", "AZ", "2026-11-01 14:59:00", "violation", None, "2026Q4"),
    Case("fall-az-0800", "AZ", "2026-11-01 15:00:00", None, None, "2026Q4"),
    # --- daylight saving, spring forward Sun 2026-03-08 07:00 UTC ---
    Case("spring-sat-0730est", "OH", "2026-03-07 12:30:00", "violation", None, "2026Q1"),
    Case("spring-sat-2030est", "OH", "2026-03-08 01:30:00", None, None, "2026Q1"),
    Case("spring-sat-2100est", "OH", "2026-03-08 02:00:00", "warning", None, "2026Q1"),
    Case("spring-sun-075959edt", "OH", "2026-03-08 11:59:59", "violation", None, "2026Q1"),
    Case("spring-sun-0800edt", "OH", "2026-03-08 12:00:00", None, None, "2026Q1"),
    Case("spring-sun-0830edt", "OH", "2026-03-08 12:30:00", None, None, "2026Q1"),
    Case("spring-sun-205959edt", "OH", "2026-03-09 00:59:59", None, None, "2026Q1"),
    Case("spring-sun-2100edt", "OH", "2026-03-09 01:00:00", "warning", None, "2026Q1"),
    # --- T2 Florida, 08:00-20:00 (EDT) ---
    Case("fl-0759", "FL", "2026-07-15 11:59:00", "violation", "violation"),
    Case("fl-0800", "FL", "2026-07-15 12:00:00", None, None),
    Case("fl-195959", "FL", "2026-07-15 23:59:59", None, None),
    Case("fl-2000", "FL", "2026-07-16 00:00:00", None, "warning"),
    Case("fl-200001", "FL", "2026-07-16 00:00:01", None, "violation"),
    Case("fl-2000.5", "FL", "2026-07-16 00:00:00.500000", None, "violation"),  # past 20:00
    Case("fl-info-2030", "FL", "2026-07-16 00:30:00", None, None, purpose="informational"),
    Case("fl-sms-2030", "FL", "2026-07-16 00:30:00", None, "violation", channel="sms"),
    Case("fl-nopurpose-2030", "FL", "2026-07-16 00:30:00", None, "warning", purpose=None),
    # Florida presumes a resident from the area code; the Ohio address disagrees: review.
    Case("fl-code-oh-address-2030", "FL_OH", "2026-07-16 00:30:00", None, "warning"),
    # A Florida resident on an Ohio number: Florida's window applies under every reading.
    Case("oh-code-fl-address-2030", "OH_FL", "2026-07-16 00:30:00", None, "violation"),
    # --- T2 Texas: 09:00-21:00, Sunday 12:00-21:00 (CDT); row in force from 2025-09-01 ---
    Case("tx-sun-115959", "TX", "2026-07-19 16:59:59", None, "violation"),
    Case("tx-sun-1200", "TX", "2026-07-19 17:00:00", None, None),
    Case("tx-wed-085959", "TX", "2026-07-15 13:59:59", None, "violation"),
    Case("tx-wed-0900", "TX", "2026-07-15 14:00:00", None, None),
    Case("tx-sat-0859", "TX", "2026-07-18 13:59:00", None, "violation"),
    Case("tx-wed-2100", "TX", "2026-07-16 02:00:00", "warning", "warning"),
    Case("tx-sun-1100-before-row", "TX", "2025-08-31 16:00:00", None, None, "2025Q3"),
    Case("tx-sun-1100-after-row", "TX", "2025-09-07 16:00:00", None, "violation", "2025Q3"),
    # --- T2 Connecticut 09:00-20:00, row unconfirmed: never more than a warning ---
    Case("ct-0830", "CT", "2026-07-15 12:30:00", None, "warning"),
    Case("ct-0900", "CT", "2026-07-15 13:00:00", None, None),
    Case("ct-2030", "CT", "2026-07-16 00:30:00", None, "warning"),
    Case("ct-0730", "CT", "2026-07-15 11:30:00", "violation", "warning"),
    # --- T2 Alabama 08:00-20:00, Sundays and holidays barred (CDT) ---
    Case("al-sun-1200", "AL", "2026-07-19 17:00:00", None, "violation"),
    Case("al-sat-1200", "AL", "2026-07-18 17:00:00", None, None),
    Case("al-wed-1959", "AL", "2026-07-16 00:59:00", None, None),
    Case("al-wed-2000", "AL", "2026-07-16 01:00:00", None, "warning"),
    Case("al-wed-2030", "AL", "2026-07-16 01:30:00", None, "violation"),
    Case("al-laborday-1200", "AL", "2026-09-07 17:00:00", None, "warning"),
    # --- T2 Louisiana: holidays barred (which ones is not captured: review) ---
    Case("la-laborday-1200", "LA", "2026-09-07 17:00:00", None, "warning"),
    Case("la-observed-july3-1200", "LA", "2026-07-03 17:00:00", None, "warning"),
    Case("la-mon-1200", "LA", "2026-09-14 17:00:00", None, None),
    Case("la-sun-1200", "LA", "2026-09-13 17:00:00", None, "violation"),
    Case("la-laborday-2030", "LA", "2026-09-08 01:30:00", None, "violation"),
    # --- T2 Nebraska: Sunday 13:00-21:00 for prerecorded messages only (CDT) ---
    Case("ne-sun-1200-prerecorded", "NE", "2026-07-19 17:00:00", None, "violation",
         dialer="prerecorded"),
    Case("ne-sun-1300-prerecorded", "NE", "2026-07-19 18:00:00", None, None,
         dialer="prerecorded"),
    Case("ne-sun-1200-manual", "NE", "2026-07-19 17:00:00", None, None),
    # an unrecorded dialer may have been prerecorded: review, as T9 treats it
    Case("ne-sun-1200-dialer-not-recorded", "NE", "2026-07-19 17:00:00", None, "warning",
         dialer=None),
]
# fmt: on

# Company policy: window_start 09:00 (stricter than the law's 08:00), 2026Q3 run.
POLICY = [{"rule": "TCPA-CALL-HOURS", "parameter": "window_start", "value": "09:00"}]
POLICY_EXPECTED: Mapping[str, str | None] = {
    "oh-0759": "violation",
    "oh-0800": "violation",
    "oh-085959": "violation",
    "oh-0900": None,
    "oh-205959": None,
    "oh-2100": "warning",
    "az-0800": "violation",  # 08:00 MST
    "split-1030e-0730p": "warning",
    "split-1200e-0900p": None,  # 09:00 PDT, 12:00 EDT
}
# Each check runs on the periods its cases need (an audit costs about a second).
T1_PERIODS = ("2026Q3", "2026Q4", "2026Q1")
T2_PERIODS = ("2026Q3", "2025Q3")
T1_CASES = [c for c in CASES if c.period in T1_PERIODS]
T2_CASES = [c for c in CASES if c.period in T2_PERIODS]


def _contacts() -> list[dict[str, Any]]:
    return [
        {
            "contact_id": c.id,
            "customer_id": c.customer,
            "channel": c.channel,
            "sent_at": ts(c.utc),
            "to_phone": PHONES[c.customer],
            "purpose": c.purpose,
            "dialer_type": c.dialer,
        }
        for c in CASES
    ]


@pytest.fixture(scope="module")
def runs(rulebook: Rulebook) -> dict[str, AuditRun]:
    con = tiny_db(customers=CUSTOMERS, contacts=_contacts())
    out = {p: audit(con, rulebook, p, only=["T1", "T2"]) for p in ("2026Q3",)}
    out |= {p: audit(con, rulebook, p, only=["T1"]) for p in T1_PERIODS[1:]}
    out |= {p: audit(con, rulebook, p, only=["T2"]) for p in T2_PERIODS[1:]}
    out["policy"] = audit(con, rulebook, "2026Q3", overrides=POLICY, only=["T1"])
    # the order of rows and of the zones listed in a row's detail must not vary between runs
    out["again"] = audit(con, rulebook, "2026Q3", only=["T1", "T2"])
    out["again 2"] = audit(con, rulebook, "2026Q3", only=["T1", "T2"])
    return out


def test_case_ids_are_unique() -> None:
    assert len({c.id for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", T1_CASES, ids=[c.id for c in T1_CASES])
def test_federal_hours(runs: dict[str, AuditRun], case: Case) -> None:
    assert verdicts(runs[case.period], "T1").get(case.id) == case.t1


@pytest.mark.parametrize("case", T2_CASES, ids=[c.id for c in T2_CASES])
def test_state_hours(runs: dict[str, AuditRun], case: Case) -> None:
    assert verdicts(runs[case.period], "T2").get(case.id) == case.t2


@pytest.mark.parametrize(("cid", "expected"), POLICY_EXPECTED.items())
def test_company_window_start(runs: dict[str, AuditRun], cid: str, expected: str | None) -> None:
    assert verdicts(runs["policy"], "T1").get(cid) == expected


def test_policy_named_in_reading(runs: dict[str, AuditRun]) -> None:
    rows = runs["policy"].rows
    reading = rows.loc[rows["record_id"] == "oh-0800", "reading"].item()
    assert "09:00:00" in reading and "company policy" in reading


def test_unplaced_number_is_reported_not_guessed(runs: dict[str, AuditRun]) -> None:
    rows = runs["2026Q3"].rows
    row = rows[(rows["check_id"] == "T1") & (rows["record_id"] == "nowhere-1200")]
    assert len(row) == 1
    assert "cannot be placed" in row["reading"].item()
    assert pd.isna(row["zone"].item())


def test_arizona_evidence_names_zone_and_wall_time(runs: dict[str, AuditRun]) -> None:
    rows = runs["2026Q3"].rows
    row = rows[(rows["check_id"] == "T1") & (rows["record_id"] == "az-2130")]
    assert row["zone"].item() == "America/Phoenix"
    assert row["local_at"].item() == pd.Timestamp("2026-07-14 21:30:00")


def test_split_zone_names_the_zone_that_broke(runs: dict[str, AuditRun]) -> None:
    rows = runs["2026Q3"].rows
    row = rows[(rows["check_id"] == "T1") & (rows["record_id"] == "split-1030e-0730p")]
    assert row["zone"].item() == "America/Los_Angeles"
    assert row["local_at"].item() == pd.Timestamp("2026-07-15 07:30:00")
    assert "one zone only" in row["reading"].item()


@pytest.mark.parametrize("again", ["again", "again 2"])
def test_same_inputs_same_rows(runs: dict[str, AuditRun], again: str) -> None:
    assert not runs[again].rows.empty
    pd.testing.assert_frame_equal(runs["2026Q3"].rows, runs[again].rows)


@pytest.fixture(scope="module")
def empty_period_run(rulebook: Rulebook) -> AuditRun:
    """A contact in May only: the 2026Q3 audit has no events to judge."""
    con = tiny_db(
        customers=CUSTOMERS[:1],
        contacts=[
            {
                "contact_id": "may",
                "customer_id": "OH",
                "channel": "call",
                "sent_at": ts("2026-05-15 02:00:00"),
                "to_phone": PHONES["OH"],
                "purpose": "marketing",
            }
        ],
    )
    return audit(con, rulebook, only=["T1", "T2"])


@pytest.mark.parametrize(
    ("rule_id", "check_id"), [("TCPA-CALL-HOURS", "T1"), ("STATE-CALL-HOURS", "T2")]
)
def test_no_contacts_in_period_is_not_evaluated(
    empty_period_run: AuditRun, rule_id: str, check_id: str
) -> None:
    finding = empty_period_run.finding(rule_id, check_id)
    assert finding.status is Status.NOT_EVALUATED
    assert "contacts.sent_at" in finding.missing
    assert empty_period_run.rows.empty
