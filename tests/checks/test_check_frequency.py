"""T3 (at most 3 calls or texts per rolling 24 h on one subject) and T14 (abandoned calls at
most 3% per campaign per 30 days), table-driven on tiny DBs: the answer key of spec6.md.

T3: each group below has its own number (the group is one number and one subject), so groups
never mix. Elapsed time is counted on the UTC instants (naive UTC in ``contacts``); the local
wall time is given in comments only where it matters (EDT UTC-4 from 2026-03-08 07:00 UTC to
2026-11-01 06:00 UTC, EST UTC-5 otherwise). For the n-th contact of a group (n >= 4) the
contact three places earlier is the (n-3)-th: less than 24 h 00 min 00 s before -> violation,
exactly that -> warning, more -> no row. The first three contacts never get a row.

T14: a campaign's windows start on the company (New York) day of its first call and last 30
days (window k: first + 30k .. first + 30k + 29). A = abandoned / (live + abandoned) and
B = abandoned / live, both counted by hand below. ``None``: no row at all.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

import pandas as pd
import pytest

from privacykit.audit.findings import Status
from privacykit.audit.runner import AuditRun
from privacykit.checks.registry import all_checks
from privacykit.rulebook import Rulebook
from tests.checks.tiny import audit, tiny_db, ts, verdicts

RULE_T3 = "STATE-CALL-FREQUENCY"
MAIN = "2026-03-01..2026-11-30"  # one audit over every 2026 group (spring and fall DST)
LEGACY = "2022-07-01..2024-03-31"  # one audit over the states' start dates (version per contact)
# The period starts 2026-03-01 00:00 EST = 2026-03-01 05:00 UTC.


def _registered(check_id: str) -> None:
    if check_id not in all_checks():
        pytest.fail(f"no check registered for {check_id} yet")


# customer id -> (number called, address state or None for unknown)
NUMBERS: dict[str, tuple[str, str | None]] = {
    # Florida residents on Miami (305) numbers, one per group
    "FL4": ("+13055550104", "FL"),
    "FLB": ("+13055550105", "FL"),
    "FLC": ("+13055550106", "FL"),
    "FLD": ("+13055550107", "FL"),
    "FLE": ("+13055550108", "FL"),
    "FLF": ("+13055550109", "FL"),
    "FLM": ("+13055550110", "FL"),
    "FLS": ("+13055550111", "FL"),
    "FLX": ("+13055550112", "FL"),
    "FLK": ("+13055550113", "FL"),
    "FLP": ("+13055550114", "FL"),
    "FLN": ("+13055550115", "FL"),
    "FLI": ("+13055550116", "FL"),
    "FLT": ("+13055550117", "FL"),
    "DF1": ("+13055550118", "FL"),
    "DF2": ("+13055550119", "FL"),
    "DF3": ("+13055550120", "FL"),
    "DS1": ("+13055550121", "FL"),
    "DS2": ("+13055550122", "FL"),
    "FL23": ("+13055550123", "FL"),
    "FL22": ("+13055550124", "FL"),
    # where the person is: address state, or the area code for FL and OK only
    "OKR": ("+14055550101", "OK"),  # Oklahoma City resident
    "OKNOSTATE": ("+14055550102", None),  # 405 number, address state unknown: presumed OK
    "OKCODE_TX": ("+14055550103", "TX"),  # 405 number, Texas address: presumption only
    "OK23": ("+14055550104", "OK"),
    "OK22": ("+14055550105", "OK"),
    "MDR": ("+14105550101", "MD"),  # Baltimore resident
    "MDNOSTATE": ("+14105550102", None),  # 410 number, no address: MD presumes nothing
    "MDCODE_OH": ("+14105550103", "OH"),
    "MD23": ("+14105550104", "MD"),
    "MD2312": ("+14105550105", "MD"),
    "MD2401": ("+14105550106", "MD"),
    "OK2210": ("+14055550106", "OK"),
    "OK2211": ("+14055550107", "OK"),
    # one number on two customer records (a household line), and one customer, two numbers
    "SHARED_A": ("+13055550150", "FL"),
    "SHARED_B": ("+13055550150", "FL"),
    "TWONUM": ("+13055550151", "FL"),
    "FLNOSTATE": ("+13055550130", None),  # 305 number, address state unknown: presumed FL
    "FLCODE_OH": ("+13055550131", "OH"),  # 305 number, Ohio address: presumption only
    "OHCODE_FL": ("+16145550101", "FL"),  # Columbus number, Florida address
    "OH": ("+16145550102", "OH"),  # Ohio resident, Ohio number
    "TX": ("+12145550101", "TX"),  # Dallas: Texas has no such cap
}
GHOST_PHONE = "+13055550140"  # a contact whose customer id matches no record
TWONUM_OTHER = "+13055550152"  # TWONUM's second number (not on the customer record)


class Call(NamedTuple):
    id: str
    customer: str
    utc: str  # sent_at, naive UTC
    t3: str | None  # expected T3 verdict
    period: str = MAIN
    channel: str = "call"
    campaign: str = "C1"
    purpose: str | None = "marketing"
    to: str | None = None  # the number called, when not the customer's own


def _burst(prefix: str, cid: str, day: str, fourth: str | None, period: str = MAIN) -> list[Call]:
    """Four calls at 14:00, 15:00, 16:00, 17:00 UTC: the 4th is 3 h after the 1st (< 24 h)."""
    return [
        Call(f"{prefix}-1", cid, f"{day} 14:00:00", None, period),
        Call(f"{prefix}-2", cid, f"{day} 15:00:00", None, period),
        Call(f"{prefix}-3", cid, f"{day} 16:00:00", None, period),
        Call(f"{prefix}-4", cid, f"{day} 17:00:00", fourth, period),
    ]


def _boundary(prefix: str, cid: str, fourth_utc: str, fourth: str | None) -> list[Call]:
    """Three calls Wed 2026-07-15 at 14:00, 18:00, 22:00 UTC, then a 4th at ``fourth_utc``."""
    return [
        Call(f"{prefix}-1", cid, "2026-07-15 14:00:00", None),
        Call(f"{prefix}-2", cid, "2026-07-15 18:00:00", None),
        Call(f"{prefix}-3", cid, "2026-07-15 22:00:00", None),
        Call(f"{prefix}-4", cid, fourth_utc, fourth),
    ]


# fmt: off
CALLS: list[Call] = [
    # --- the 3rd and the 4th in 24 h (Florida resident) ---
    Call("fl4-1", "FL4", "2026-07-15 13:00:00", None),
    Call("fl4-2", "FL4", "2026-07-15 15:00:00", None),
    Call("fl4-3", "FL4", "2026-07-15 17:00:00", None),  # 3rd within 4 h: allowed
    Call("fl4-4", "FL4", "2026-07-15 19:00:00", "violation"),  # fl4-1 6 h before
    Call("fl4-5", "FL4", "2026-07-16 12:00:00", "violation"),  # fl4-2 (07-15 15:00) 21 h before
    Call("fl4-6", "FL4", "2026-07-16 16:00:00", "violation"),  # fl4-3 (07-15 17:00) 23 h before
    Call("fl4-7", "FL4", "2026-07-17 18:00:00", None),  # fl4-4 (07-15 19:00) 47 h before
    # --- the 24 h boundary: 4th against the 1st at 2026-07-15 14:00:00 ---
    *_boundary("flb", "FLB", "2026-07-16 14:00:00", "warning"),  # exactly 24:00:00
    *_boundary("flc", "FLC", "2026-07-16 13:59:59", "violation"),  # 23:59:59
    *_boundary("fld", "FLD", "2026-07-16 14:00:01", None),  # 24:00:01
    *_boundary("fle", "FLE", "2026-07-16 13:59:59.500000", "violation"),  # 23:59:59.5
    *_boundary("flf", "FLF", "2026-07-16 14:00:00.500000", None),  # 24:00:00.5
    # --- across midnight (both New York's and UTC's): a rolling window, not a day ---
    Call("flm-1", "FLM", "2026-07-15 22:00:00", None),  # Wed 18:00 EDT
    Call("flm-2", "FLM", "2026-07-15 23:30:00", None),  # Wed 19:30 EDT
    Call("flm-3", "FLM", "2026-07-16 02:00:00", None),  # Wed 22:00 EDT (UTC: Thu)
    Call("flm-4", "FLM", "2026-07-16 13:00:00", "violation"),  # Thu 09:00 EDT; 15 h after flm-1
    # --- many contacts, never 4 in 24 h: 9 h apart, so 3 places earlier is 27 h ---
    Call("fls-1", "FLS", "2026-07-20 12:00:00", None),
    Call("fls-2", "FLS", "2026-07-20 21:00:00", None),
    Call("fls-3", "FLS", "2026-07-21 06:00:00", None),
    Call("fls-4", "FLS", "2026-07-21 15:00:00", None),  # 27 h after fls-1
    Call("fls-5", "FLS", "2026-07-22 00:00:00", None),  # 27 h after fls-2
    # --- calls and texts count together ---
    Call("flx-1", "FLX", "2026-07-15 14:00:00", None),
    Call("flx-2", "FLX", "2026-07-15 15:00:00", None, channel="sms"),
    Call("flx-3", "FLX", "2026-07-15 16:00:00", None),
    Call("flx-4", "FLX", "2026-07-15 17:00:00", "violation", channel="sms"),  # 3 h after flx-1
    # --- different campaigns are different subjects: 3 + 3 + 1 + 1 within 7 h, no row ---
    # (campaigns: C1 and C2 subject_matter 'loans', C3 'cards', C9 not in the table)
    Call("flk-1", "FLK", "2026-07-20 14:00:00", None, campaign="C1"),
    Call("flk-2", "FLK", "2026-07-20 15:00:00", None, campaign="C2"),
    Call("flk-3", "FLK", "2026-07-20 16:00:00", None, campaign="C1"),
    Call("flk-4", "FLK", "2026-07-20 17:00:00", None, campaign="C2"),
    Call("flk-5", "FLK", "2026-07-20 18:00:00", None, campaign="C1"),
    Call("flk-6", "FLK", "2026-07-20 19:00:00", None, campaign="C2"),
    Call("flk-7", "FLK", "2026-07-20 20:00:00", None, campaign="C3"),
    Call("flk-8", "FLK", "2026-07-20 21:00:00", None, campaign="C9"),
    # --- contacts before the period count (period starts 2026-03-01 05:00 UTC) ---
    Call("flp-1", "FLP", "2026-02-28 20:00:00", None),  # before the period: no row
    Call("flp-2", "FLP", "2026-02-28 22:00:00", None),
    Call("flp-3", "FLP", "2026-03-01 04:00:00", None),  # Sat 02-28 23:00 EST: before
    Call("flp-4", "FLP", "2026-03-01 12:00:00", "violation"),  # 16 h after flp-1
    # --- purpose not recorded: judged as marketing, at most a warning ---
    Call("fln-1", "FLN", "2026-07-15 14:00:00", None),
    Call("fln-2", "FLN", "2026-07-15 15:00:00", None),
    Call("fln-3", "FLN", "2026-07-15 16:00:00", None),
    Call("fln-4", "FLN", "2026-07-15 17:00:00", "warning", purpose=None),  # 3 h after fln-1
    # --- an informational call is not a solicitation: it does not count ---
    Call("fli-1", "FLI", "2026-07-15 14:00:00", None),
    Call("fli-2", "FLI", "2026-07-15 15:00:00", None),
    Call("fli-3", "FLI", "2026-07-15 16:00:00", None, purpose="informational"),
    Call("fli-4", "FLI", "2026-07-15 17:00:00", None),  # only the 3rd marketing contact
    Call("fli-5", "FLI", "2026-07-15 18:00:00", "violation"),  # 4th marketing; fli-1 4 h before
    # --- same instant: ordered by contact_id; the 4th (flt-d) has flt-a 0 s before ---
    Call("flt-a", "FLT", "2026-07-15 16:00:00", None),
    Call("flt-b", "FLT", "2026-07-15 16:00:00", None),
    Call("flt-c", "FLT", "2026-07-15 16:00:00", None),
    Call("flt-d", "FLT", "2026-07-15 16:00:00", "violation"),
    # --- fall back Sun 2026-11-01 06:00 UTC: 24 elapsed hours, whatever the wall clock ---
    Call("df1-1", "DF1", "2026-10-31 14:00:00", None),  # Sat 10:00 EDT
    Call("df1-2", "DF1", "2026-10-31 18:00:00", None),
    Call("df1-3", "DF1", "2026-10-31 22:00:00", None),
    Call("df1-4", "DF1", "2026-11-01 14:00:00", "warning"),  # Sun 09:00 EST: 24 h elapsed
    # (wall clock 23 h)
    Call("df2-1", "DF2", "2026-10-31 14:00:00", None),
    Call("df2-2", "DF2", "2026-10-31 18:00:00", None),
    Call("df2-3", "DF2", "2026-10-31 22:00:00", None),
    Call("df2-4", "DF2", "2026-11-01 13:59:59", "violation"),  # 08:59:59 EST: 23:59:59 elapsed
    Call("df3-1", "DF3", "2026-10-31 14:00:00", None),
    Call("df3-2", "DF3", "2026-10-31 18:00:00", None),
    Call("df3-3", "DF3", "2026-10-31 22:00:00", None),
    Call("df3-4", "DF3", "2026-11-01 14:59:59", None),  # 09:59:59 EST: 24:59:59 elapsed
    # (wall clock 23:59:59)
    # --- spring forward Sun 2026-03-08 07:00 UTC ---
    Call("ds1-1", "DS1", "2026-03-07 15:00:00", None),  # Sat 10:00 EST
    Call("ds1-2", "DS1", "2026-03-07 19:00:00", None),
    Call("ds1-3", "DS1", "2026-03-07 23:00:00", None),
    Call("ds1-4", "DS1", "2026-03-08 15:00:00", "warning"),  # Sun 11:00 EDT: 24 h elapsed
    # (wall clock 25 h)
    Call("ds2-1", "DS2", "2026-03-07 15:00:00", None),
    Call("ds2-2", "DS2", "2026-03-07 19:00:00", None),
    Call("ds2-3", "DS2", "2026-03-07 23:00:00", None),
    Call("ds2-4", "DS2", "2026-03-08 14:00:00", "violation"),  # Sun 10:00 EDT: 23 h elapsed
    # (wall clock 24 h)
    # --- where the person is (2026: FL, OK and MD listed) ---
    *_burst("okr", "OKR", "2026-07-15", "violation"),
    *_burst("oknostate", "OKNOSTATE", "2026-07-15", "violation"),  # 405 presumes OK
    *_burst("okcode-tx", "OKCODE_TX", "2026-07-15", "warning"),  # TX address, 405 only
    *_burst("mdr", "MDR", "2026-07-15", "violation"),
    *_burst("mdnostate", "MDNOSTATE", "2026-07-15", None),  # MD presumes nothing by area code
    *_burst("mdcode-oh", "MDCODE_OH", "2026-07-15", None),
    *_burst("flnostate", "FLNOSTATE", "2026-07-15", "violation"),  # 305 presumes FL
    *_burst("flcode-oh", "FLCODE_OH", "2026-07-15", "warning"),  # OH address, 305 only
    *_burst("ohcode-fl", "OHCODE_FL", "2026-07-15", "violation"),  # FL address
    *_burst("oh", "OH", "2026-07-15", None),  # Ohio has no such cap
    *_burst("tx", "TX", "2026-07-15", None),
    *_burst("ghost", "GHOST", "2026-07-15", "violation"),  # no record: 305 presumes FL
    # --- the states' start dates: 2023Q3 (FL, OK; not MD), 2022Q3 (FL only) ---
    *_burst("md-2023", "MD23", "2023-08-15", None, "2023Q3"),  # MD from 2024-01-01
    *_burst("ok-2023", "OK23", "2023-08-15", "violation", "2023Q3"),  # OK from 2022-11-01
    *_burst("fl-2023", "FL23", "2023-08-15", "violation", "2023Q3"),
    *_burst("ok-2022", "OK22", "2022-08-15", None, "2022Q3"),  # OK not yet
    *_burst("fl-2022", "FL22", "2022-08-15", "violation", "2022Q3"),  # FL from 2021-07-01
    # --- one audit across the start dates: each contact judged by the version of its day ---
    *_burst("ok-2022-10", "OK2210", "2022-10-20", None, LEGACY),  # before OK's 2022-11-01
    *_burst("ok-2022-11", "OK2211", "2022-11-15", "violation", LEGACY),
    *_burst("md-2023-12", "MD2312", "2023-12-15", None, LEGACY),  # before MD's 2024-01-01
    *_burst("md-2024-01", "MD2401", "2024-01-15", "violation", LEGACY),
    # --- the group is the number: two records sharing one number count together ---
    Call("shared-1", "SHARED_A", "2026-07-22 14:00:00", None),
    Call("shared-2", "SHARED_A", "2026-07-22 15:00:00", None),
    Call("shared-3", "SHARED_B", "2026-07-22 16:00:00", None),
    Call("shared-4", "SHARED_B", "2026-07-22 17:00:00", "violation"),  # shared-1 3 h before
    # ... and one customer's two numbers are two groups (2 + 2 calls): no row
    Call("twonum-1", "TWONUM", "2026-07-22 14:00:00", None),
    Call("twonum-2", "TWONUM", "2026-07-22 15:00:00", None, to=TWONUM_OTHER),
    Call("twonum-3", "TWONUM", "2026-07-22 16:00:00", None),
    Call("twonum-4", "TWONUM", "2026-07-22 17:00:00", None, to=TWONUM_OTHER),
]
# fmt: on
T3_PERIODS = (MAIN, "2023Q3", "2022Q3", LEGACY)
# the LEGACY range also holds the 2022Q3 and 2023Q3 groups, with the same verdicts
IN_RUN = {MAIN: (MAIN,), "2023Q3": ("2023Q3",), "2022Q3": ("2022Q3",),
          LEGACY: (LEGACY, "2023Q3", "2022Q3")}  # fmt: skip

CAMPAIGNS = [
    {"campaign_id": "C1", "channel": "call", "subject_matter": "loans"},
    {"campaign_id": "C2", "channel": "call", "subject_matter": "loans"},
    {"campaign_id": "C3", "channel": "call", "subject_matter": "cards"},
]


def _waived(value: str) -> dict[str, Any]:
    return {
        "rule": RULE_T3,
        "parameter": "subject_grouping",
        "value": value,
        "waiver": {
            "reason": "one cap across campaigns",
            "owner": "compliance",
            "approved": "2020-01-01",
            "expires": "2030-12-31",
        },
    }


# Company groups all marketing as one subject: flk-1..flk-8 are one group (1 h apart), so
# flk-4 (flk-1 3 h before), flk-5, flk-6, flk-7 and flk-8 (each 3 h after the one 3 earlier).
POLICY_ALL = {
    "flk-1": None,
    "flk-2": None,
    "flk-3": None,
    "flk-4": "violation",
    "flk-5": "violation",
    "flk-6": "violation",
    "flk-7": "violation",
    "flk-8": "violation",
    "fl4-4": "violation",  # unchanged
    "fls-4": None,  # unchanged
}
# By subject matter: 'loans' = flk-1..flk-6 (C1, C2): flk-4..6 flagged; flk-7 'cards' alone;
# flk-8 (C9, no subject matter) falls back to its campaign id: alone.
POLICY_SUBJECT = {
    "flk-3": None,
    "flk-4": "violation",
    "flk-5": "violation",
    "flk-6": "violation",
    "flk-7": None,
    "flk-8": None,
}


def _customers() -> list[dict[str, Any]]:
    return [
        {
            "customer_id": cid,
            "phone": phone,
            "state": state,
            "country": "US" if state else None,
            "phone_line_type": "wireless",
        }
        for cid, (phone, state) in NUMBERS.items()
    ]


def _phone(cid: str) -> str:
    return GHOST_PHONE if cid == "GHOST" else NUMBERS[cid][0]


def _t3_contacts() -> list[dict[str, Any]]:
    return [
        {
            "contact_id": c.id,
            "customer_id": c.customer,
            "channel": c.channel,
            "sent_at": ts(c.utc),
            "to_phone": c.to or _phone(c.customer),
            "purpose": c.purpose,
            "campaign_id": c.campaign,
            "dialer_type": "manual",
            "caller_id": "+16145550000",
        }
        for c in CALLS
    ]


@pytest.fixture(scope="module")
def t3_runs(rulebook: Rulebook) -> dict[str, AuditRun]:
    _registered("T3")
    con = tiny_db(customers=_customers(), contacts=_t3_contacts(), campaigns=CAMPAIGNS)
    out = {p: audit(con, rulebook, p, only=["T3"]) for p in T3_PERIODS}
    out["all"] = audit(con, rulebook, "2026Q3", overrides=[_waived("all")], only=["T3"])
    out["subject"] = audit(
        con, rulebook, "2026Q3", overrides=[_waived("subject_matter")], only=["T3"]
    )
    out["again"] = audit(con, rulebook, MAIN, only=["T3"])
    out["no events"] = audit(con, rulebook, "2025Q3", only=["T3"])
    return out


def test_call_ids_are_unique() -> None:
    assert len({c.id for c in CALLS}) == len(CALLS)


@pytest.mark.parametrize("case", CALLS, ids=[c.id for c in CALLS])
def test_frequency(t3_runs: dict[str, AuditRun], case: Call) -> None:
    assert verdicts(t3_runs[case.period], "T3", RULE_T3).get(case.id) == case.t3


@pytest.mark.parametrize("period", T3_PERIODS)
def test_frequency_flags_nothing_else(t3_runs: dict[str, AuditRun], period: str) -> None:
    expected = {c.id: c.t3 for c in CALLS if c.period in IN_RUN[period] and c.t3}
    assert verdicts(t3_runs[period], "T3") == expected


LEGACY_CASES = [c for c in CALLS if c.period in ("2023Q3", "2022Q3")]


@pytest.mark.parametrize("case", LEGACY_CASES, ids=[c.id for c in LEGACY_CASES])
def test_frequency_version_of_the_contacts_day(t3_runs: dict[str, AuditRun], case: Call) -> None:
    assert verdicts(t3_runs[LEGACY], "T3", RULE_T3).get(case.id) == case.t3


@pytest.mark.parametrize(("cid", "expected"), POLICY_ALL.items())
def test_subject_grouping_all(t3_runs: dict[str, AuditRun], cid: str, expected: str | None) -> None:
    assert verdicts(t3_runs["all"], "T3", RULE_T3).get(cid) == expected


@pytest.mark.parametrize(("cid", "expected"), POLICY_SUBJECT.items())
def test_subject_grouping_subject_matter(
    t3_runs: dict[str, AuditRun], cid: str, expected: str | None
) -> None:
    assert verdicts(t3_runs["subject"], "T3", RULE_T3).get(cid) == expected


def test_frequency_rows_name_the_contact(t3_runs: dict[str, AuditRun]) -> None:
    rows = t3_runs[MAIN].rows
    row = rows[(rows["check_id"] == "T3") & (rows["record_id"] == "fl4-4")]
    assert len(row) == 1
    assert row["record_table"].item() == "contacts"
    assert row["rule_id"].item() == RULE_T3
    assert row["event_at"].item() == pd.Timestamp("2026-07-15 19:00:00")


def test_frequency_purpose_not_recorded_is_said(t3_runs: dict[str, AuditRun]) -> None:
    rows = t3_runs[MAIN].rows
    reading = rows.loc[(rows["check_id"] == "T3") & (rows["record_id"] == "fln-4"), "reading"]
    assert "purpose not recorded" in reading.item()


def test_frequency_same_inputs_same_rows(t3_runs: dict[str, AuditRun]) -> None:
    assert not t3_runs["again"].rows.empty
    pd.testing.assert_frame_equal(t3_runs[MAIN].rows, t3_runs["again"].rows)


def test_frequency_no_contacts_in_period_is_not_evaluated(t3_runs: dict[str, AuditRun]) -> None:
    finding = t3_runs["no events"].finding(RULE_T3, "T3")
    assert finding.status is Status.NOT_EVALUATED
    assert finding.missing
    assert all(m.startswith("contacts.") for m in finding.missing)
    assert t3_runs["no events"].rows.empty


# ---------------------------------------------------------------------------------------------
# T14: abandonment per campaign per 30-day window (audit 2026Q3; as_of 2026-10-01 04:00 UTC)
# ---------------------------------------------------------------------------------------------

T14_RULES = ("TCPA-ABANDONMENT", "TSR-ABANDONMENT")


def _calls(
    campaign: str,
    start: str,
    outcomes: list[tuple[str, int]],
    *,
    channel: str = "call",
    purpose: str | None = "marketing",
    tag: str = "",
) -> list[dict[str, Any]]:
    """Calls one minute apart from ``start`` (UTC) with the outcomes given, in order."""
    t0 = ts(start)
    rows: list[dict[str, Any]] = []
    for outcome, n in outcomes:
        for _ in range(n):
            i = len(rows)
            rows.append(
                {
                    "contact_id": f"{campaign}{tag}-{start.replace(' ', 'T')}-{i:04d}",
                    "customer_id": f"X{i}",
                    "channel": channel,
                    "sent_at": t0 + dt.timedelta(minutes=i),
                    "to_phone": f"+1614555{i:04d}",
                    "purpose": purpose,
                    "campaign_id": campaign,
                    "dialer_type": "predictive",
                    "outcome": outcome,
                }
            )
    return rows


AB, LIVE = "abandoned", "live_answer"
# fmt: off
T14_CONTACTS = [
    # W30, first call Wed 2026-07-01 12:00 EDT: 3 abandoned + 97 live.
    # A = 3/100 = 3.0% (<= 3: not a violation); B = 3/97 = 3.09% (> 3) -> warning
    *_calls("W30", "2026-07-01 16:00:00", [(AB, 3), (LIVE, 97)]),
    # P29: 3 abandoned + 100 live. A = 3/103 = 2.91%; B = 3/100 = 3.0% (<= 3) -> pass
    *_calls("P29", "2026-07-01 16:00:00", [(AB, 3), (LIVE, 100)]),
    # V31: first call 2026-07-02 03:00 UTC = Wed 07-01 23:00 EDT, so the window is named
    # 2026-07-01; then 31 abandoned + 968 live from 07-02 16:00 UTC (up to 07-03 08:38 UTC).
    # Total 31 abandoned + 969 live: A = 31/1000 = 3.1% -> violation
    *_calls("V31", "2026-07-02 03:00:00", [(LIVE, 1)], tag="a"),
    *_calls("V31", "2026-07-02 16:00:00", [(AB, 31), (LIVE, 968)], tag="b"),
    # ZERO: 50 live, none abandoned: A = 0 -> pass
    *_calls("ZERO", "2026-07-10 16:00:00", [(LIVE, 50)]),
    # NOLIVE: 1 abandoned, no live call: A = 1/1 = 100% -> violation
    *_calls("NOLIVE", "2026-07-10 16:00:00", [(AB, 1)]),
    # NONE: no abandoned and no live call -> no row
    *_calls("NONE", "2026-07-10 16:00:00", [("no_answer", 5), ("voicemail", 3), ("busy", 2)]),
    # Counts are per campaign: SPLIT1 3/33 = 9.1% -> violation; SPLIT2 0/300 -> pass
    # (pooled they would be 3/333 = 0.9%)
    *_calls("SPLIT1", "2026-07-10 16:00:00", [(AB, 3), (LIVE, 30)]),
    *_calls("SPLIT2", "2026-07-10 16:00:00", [(LIVE, 300)]),
    # INFO: informational calls are not counted: 0 abandoned / 10 live -> pass
    # (with the 5 informational abandoned calls it would be 5/15 = 33%)
    *_calls("INFO", "2026-07-10 16:00:00", [(LIVE, 10)]),
    *_calls("INFO", "2026-07-10 18:00:00", [(AB, 5)], purpose="informational", tag="i"),
    # SMSMIX: texts are not calls: 30 live calls, 0 abandoned -> pass
    *_calls("SMSMIX", "2026-07-10 16:00:00", [(LIVE, 30)]),
    *_calls("SMSMIX", "2026-07-10 18:00:00", [(AB, 2)], channel="sms", tag="s"),
    # EARLY: 2 abandoned + 10 live on 06-15 (before the period); the window 06-15..07-14 is
    # judged because it holds a call in the period (a no_answer on 07-02): A = 2/12 -> violation
    *_calls("EARLY", "2026-06-15 16:00:00", [(AB, 2), (LIVE, 10)]),
    *_calls("EARLY", "2026-07-02 16:00:00", [("no_answer", 1)]),
    # NULLP: a call whose purpose is not recorded counts as marketing: 1 abandoned (purpose
    # null) + 10 live: A = 1/11 = 9.1% (not counted it would be 0/10, a pass). Whether the
    # window's verdict is capped at a warning is not said: see test_abandonment_null_purpose.
    *_calls("NULLP", "2026-07-10 16:00:00", [(LIVE, 10)]),
    *_calls("NULLP", "2026-07-10 18:00:00", [(AB, 1)], purpose=None, tag="n"),
    # OLD: calls in May only: its windows hold no call of the period -> no row
    *_calls("OLD", "2026-05-10 16:00:00", [(AB, 5), (LIVE, 5)]),
    # WIN, first call Sat 2026-06-20 (before the period). Windows (company days):
    #   w0 06-20..07-19, w1 07-20..08-18, w2 08-19..09-17, w3 09-18..10-17, w4 10-18..11-16
    #   (06-20 + 30 = 07-20; 07-20 + 30 = 08-19; 08-19 + 30 = 09-18; 09-18 + 30 = 10-18)
    # w0: 1 abandoned + 32 live on 06-20 (before the period, still counted) and 1 live on
    #     07-05: A = 1/34 = 2.94%, B = 1/33 = 3.03% -> warning
    *_calls("WIN", "2026-06-20 16:00:00", [(AB, 1), (LIVE, 32)]),
    *_calls("WIN", "2026-07-05 16:00:00", [(LIVE, 1)]),
    # w1: 30 live on 07-20, 1 abandoned at 2026-08-19 03:59:59 UTC = Tue 08-18 23:59:59 EDT:
    #     A = 1/31 = 3.23% -> violation (a UTC day would move it to w2)
    *_calls("WIN", "2026-07-20 16:00:00", [(LIVE, 30)]),
    *_calls("WIN", "2026-08-19 03:59:59", [(AB, 1)]),
    # w2: 1 abandoned at 2026-08-19 04:00:00 UTC = Wed 08-19 00:00 EDT, 33 live on 08-19:
    #     A = 1/34 = 2.94%, B = 1/33 = 3.03% -> warning
    *_calls("WIN", "2026-08-19 04:00:00", [(AB, 1)]),
    *_calls("WIN", "2026-08-19 16:00:00", [(LIVE, 33)]),
    # w3: 1 abandoned + 20 live on 09-18; 20 live on 10-05 are after as_of (not counted):
    #     A = 1/21 = 4.76% -> violation (with October's: 1/41 = 2.4%)
    *_calls("WIN", "2026-09-18 16:00:00", [(AB, 1), (LIVE, 20)]),
    *_calls("WIN", "2026-10-05 16:00:00", [(LIVE, 20)]),
    # w4: after the period -> no row
    *_calls("WIN", "2026-10-20 16:00:00", [(AB, 5)]),
]
# fmt: on

# record_id '<campaign_id> <first day of window>' -> expected verdict (both rules)
T14_EXPECTED: dict[str, str | None] = {
    "W30 2026-07-01": "warning",
    "P29 2026-07-01": "pass",
    "V31 2026-07-01": "violation",
    "V31 2026-07-02": None,  # the window is named by the company day of the first call
    "ZERO 2026-07-10": "pass",
    "NOLIVE 2026-07-10": "violation",
    "NONE 2026-07-10": None,
    "SPLIT1 2026-07-10": "violation",
    "SPLIT2 2026-07-10": "pass",
    "INFO 2026-07-10": "pass",
    "SMSMIX 2026-07-10": "pass",
    "EARLY 2026-06-15": "violation",
    "OLD 2026-05-10": None,
    "OLD 2026-06-09": None,
    "WIN 2026-06-20": "warning",
    "WIN 2026-07-20": "violation",
    "WIN 2026-08-19": "warning",
    "WIN 2026-09-18": "violation",
    "WIN 2026-10-18": None,
}
T14_CASES = [(rule, rid, v) for rule in T14_RULES for rid, v in T14_EXPECTED.items()]


@pytest.fixture(scope="module")
def t14_runs(rulebook: Rulebook) -> dict[str, AuditRun]:
    _registered("T14")
    con = tiny_db(contacts=T14_CONTACTS)
    out = {"2026Q3": audit(con, rulebook, "2026Q3", only=["T14"])}
    out["again"] = audit(con, rulebook, "2026Q3", only=["T14"])
    # the same calls without outcomes: nothing to count
    bare = [r | {"outcome": None} for r in T14_CONTACTS]
    out["no outcome"] = audit(tiny_db(contacts=bare), rulebook, "2026Q3", only=["T14"])
    return out


def test_t14_contact_ids_are_unique() -> None:
    assert len({r["contact_id"] for r in T14_CONTACTS}) == len(T14_CONTACTS)


@pytest.mark.parametrize(
    ("rule", "record_id", "expected"), T14_CASES, ids=[f"{r}:{i}" for r, i, _ in T14_CASES]
)
def test_abandonment(
    t14_runs: dict[str, AuditRun], rule: str, record_id: str, expected: str | None
) -> None:
    assert verdicts(t14_runs["2026Q3"], "T14", rule).get(record_id) == expected


@pytest.mark.parametrize("rule", T14_RULES)
def test_abandonment_rows_are_exactly_the_windows(t14_runs: dict[str, AuditRun], rule: str) -> None:
    expected = {rid: v for rid, v in T14_EXPECTED.items() if v}
    got = verdicts(t14_runs["2026Q3"], "T14", rule)
    got.pop("NULLP 2026-07-10", None)
    assert got == expected


@pytest.mark.parametrize("rule", T14_RULES)
def test_abandonment_null_purpose_counts(t14_runs: dict[str, AuditRun], rule: str) -> None:
    got = verdicts(t14_runs["2026Q3"], "T14", rule).get("NULLP 2026-07-10")
    assert got in ("violation", "warning")


@pytest.mark.parametrize("rule", T14_RULES)
def test_abandonment_one_row_per_window_per_rule(t14_runs: dict[str, AuditRun], rule: str) -> None:
    rows = t14_runs["2026Q3"].rows
    mine = rows[(rows["check_id"] == "T14") & (rows["rule_id"] == rule)]
    assert not mine["record_id"].duplicated().any()
    assert set(mine["record_table"]) == {"campaigns"}


@pytest.mark.parametrize(
    ("record_id", "event_at"),
    [
        ("W30 2026-07-01", "2026-07-01 04:00:00"),  # 00:00 EDT
        ("V31 2026-07-01", "2026-07-01 04:00:00"),
        ("WIN 2026-06-20", "2026-06-20 04:00:00"),
        ("WIN 2026-08-19", "2026-08-19 04:00:00"),
    ],
)
def test_abandonment_event_at_is_window_start(
    t14_runs: dict[str, AuditRun], record_id: str, event_at: str
) -> None:
    rows = t14_runs["2026Q3"].rows
    got = rows.loc[(rows["check_id"] == "T14") & (rows["record_id"] == record_id), "event_at"]
    assert len(got) == 2  # one per rule
    assert set(got) == {pd.Timestamp(event_at)}


@pytest.mark.parametrize(
    ("record_id", "reading"),
    [
        # 1/31 = 3.2258%: two decimals, so a rate just over the limit never reads as 3.0%
        ("WIN 2026-07-20", "3.23% of answered calls abandoned (limit 3.0%)"),
        ("W30 2026-07-01", "3.0% if abandoned calls count as answered, 3.09% of live answers"),
    ],
)
def test_abandonment_reading_shows_the_rate_to_two_decimals(
    t14_runs: dict[str, AuditRun], record_id: str, reading: str
) -> None:
    rows = t14_runs["2026Q3"].rows
    got = rows.loc[(rows["check_id"] == "T14") & (rows["record_id"] == record_id), "reading"]
    assert len(got) == 2 and all(r.startswith(reading) for r in got), list(got)


def test_abandonment_same_inputs_same_rows(t14_runs: dict[str, AuditRun]) -> None:
    assert not t14_runs["again"].rows.empty
    pd.testing.assert_frame_equal(t14_runs["2026Q3"].rows, t14_runs["again"].rows)


@pytest.mark.parametrize("rule", T14_RULES)
def test_abandonment_without_outcomes_is_not_evaluated(
    t14_runs: dict[str, AuditRun], rule: str
) -> None:
    finding = t14_runs["no outcome"].finding(rule, "T14")
    assert finding.status is Status.NOT_EVALUATED
    assert any(m.startswith("contacts.outcome") for m in finding.missing)
    assert t14_runs["no outcome"].rows.empty
