"""T5 (registry copy age), T16 (caller ID) and T19 (state do-not-call lists), by table.

The answer key of spec6.md, counted by hand. Times in ``contacts`` are naive UTC; the company
day is the date in New York (EDT UTC-4 all of 2026Q2 and 2026Q3), so 03:59:59 UTC is still
the previous company day and 04:00:00 UTC starts the next one. Day differences were counted
on a calendar (May 31 days, June 30, July 31, August 31). ``None``: no row at all.
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

SELLER = "Tiny Co"


def _registered(check_id: str) -> None:
    if check_id not in all_checks():
        pytest.fail(f"no check registered for {check_id} yet")


# =============================================================================================
# T5 -- TCPA-DNC-REGISTRY-FRESHNESS: the national copy used was at most 31 days old
# =============================================================================================

RULE_T5 = "TCPA-DNC-REGISTRY-FRESHNESS"


def _dl(registry: str, utc: str, campaign: str | None = None) -> dict[str, Any]:
    return {"registry": registry, "downloaded_at": ts(utc), "campaign_id": campaign}


DOWNLOADS = [
    _dl("national", "2026-06-01 16:00:00"),  # D1: company day 06-01
    _dl("National", "2026-07-20 03:30:00"),  # D2: Sun 07-19 23:30 EDT -> company day 07-19
    _dl("NATIONAL", "2026-09-01 16:00:00"),  # D3: company day 09-01
    _dl("national", "2026-05-01 16:00:00", "CAMP"),  # CS1: CAMP's own copy
    _dl("national", "2026-07-25 16:00:00", "CAMP2"),  # CS2: CAMP2's own copy
    _dl("national", "2026-07-10 16:00:00", "OTHER"),  # CS3: another campaign's copy
    _dl("FL", "2026-07-01 16:00:00"),  # a state list's copy: not the national registry
    _dl("FL", "2026-07-01 16:00:00", "CAMP3"),  # CAMP3's state copy: not a national copy
]

OHIO = "+16145550300"
TORONTO = "+14165550100"  # +1 but a Canadian area code
LONDON = "+442071234567"


class Reg(NamedTuple):
    id: str
    utc: str
    t5: str | None
    campaign: str | None = "GEN"
    period: str = "2026Q3"
    channel: str = "call"
    purpose: str | None = "marketing"
    to: str = OHIO


# fmt: off
T5_CASES = [
    # --- company-wide copy D1 (06-01): day 31 = 07-02, day 32 = 07-03 ---
    Reg("gen-d1-day31", "2026-07-02 16:00:00", None),  # 06-01 -> 07-01 = 30, +1 = 31
    Reg("gen-d1-day31-2359edt", "2026-07-03 03:59:59", None),  # company day 07-02
    Reg("gen-d1-day32-0000edt", "2026-07-03 04:00:00", "violation"),  # company day 07-03
    Reg("gen-d1-day32", "2026-07-03 16:00:00", "violation"),  # the FL copy of 07-01 is no use
    # the latest copy before 07-19 is D1 (CS3 is another campaign's): 30 + 18 = 48 days
    Reg("gen-d1-day48", "2026-07-19 16:00:00", "violation"),
    Reg("gen-before-d2", "2026-07-20 03:00:00", "violation"),  # 30 min before D2: D1, 48
    Reg("gen-at-d2", "2026-07-20 03:30:00", None),  # D2 at the same instant: 0 days
    Reg("gen-after-d2", "2026-07-20 16:00:00", None),  # D2 (day 07-19): 1 day
    # --- D2's company day is 07-19: day 31 = 08-19, day 32 = 08-20 ---
    Reg("gen-d2-day31", "2026-08-19 16:00:00", None),  # 07-19 -> 07-31 = 12, +19 = 31
    Reg("gen-d2-day31-2359edt", "2026-08-20 03:59:59", None),
    Reg("gen-d2-day32", "2026-08-20 16:00:00", "violation"),  # (UTC day 07-20 would say 31)
    Reg("gen-d2-day32-sms", "2026-08-20 16:00:00", "violation", channel="sms"),
    Reg("gen-d2-day32-info", "2026-08-20 16:00:00", None, purpose="informational"),
    Reg("gen-d2-day32-nopurpose", "2026-08-20 16:00:00", "warning", purpose=None),
    Reg("gen-d2-day32-toronto", "2026-08-20 16:00:00", None, to=TORONTO),
    Reg("gen-d2-day32-london", "2026-08-20 16:00:00", None, to=LONDON),
    Reg("gen-d3-day29", "2026-09-30 16:00:00", None),  # D3 09-01 -> 09-30 = 29
    Reg("gen-d2-day1-nopurpose", "2026-07-20 16:00:00", None, purpose=None),  # fresh: no row
    # a contact without a campaign uses the company-wide copies
    Reg("nocampaign-d1-day31", "2026-07-02 16:00:00", None, None),
    Reg("nocampaign-d1-day32", "2026-07-03 16:00:00", "violation", None),
    # CAMP3 has only a FL copy of its own: the national copy used is the company-wide D1
    Reg("camp3-state-copy-day31", "2026-07-02 16:00:00", None, "CAMP3"),
    Reg("camp3-state-copy-day32", "2026-07-03 16:00:00", "violation", "CAMP3"),
    # --- a campaign's own copy overrides the company-wide copies ---
    # CAMP uses CS1 (05-01) although D1 (06-01, 31 days) is newer: 05-01 -> 07-02 = 62
    Reg("camp-own-62", "2026-07-02 16:00:00", "violation", "CAMP"),
    # CAMP2 before its own copy (07-25): only the company-wide D2 (07-19), 5 days
    Reg("camp2-before-own", "2026-07-24 16:00:00", None, "CAMP2"),
    # CS2 07-25 -> 08-25 = 31 (the company-wide D2 would be 37)
    Reg("camp2-own-day31", "2026-08-25 16:00:00", None, "CAMP2"),
    Reg("camp2-own-day32", "2026-08-26 16:00:00", "violation", "CAMP2"),
    # CS2 07-25 -> 09-02 = 39, though the company-wide D3 (09-01) is 1 day old
    Reg("camp2-own-stale", "2026-09-02 16:00:00", "violation", "CAMP2"),
    # --- 2026Q2: before any company-wide copy (D1 is 06-01) ---
    Reg("gen-no-copy", "2026-05-15 16:00:00", "violation", period="2026Q2"),  # CS1 is CAMP's
    Reg("camp-own-14", "2026-05-15 16:00:00", None, "CAMP", "2026Q2"),  # 05-01 -> 05-15
    Reg("camp-no-copy", "2026-04-20 16:00:00", "violation", "CAMP", "2026Q2"),
]
# fmt: on
T5_PERIODS = ("2026Q3", "2026Q2")


def _t5_contacts() -> list[dict[str, Any]]:
    return [
        {
            "contact_id": c.id,
            "customer_id": "OH1",
            "channel": c.channel,
            "sent_at": ts(c.utc),
            "to_phone": c.to,
            "purpose": c.purpose,
            "campaign_id": c.campaign,
            "dialer_type": "manual",
            "seller": SELLER,
        }
        for c in T5_CASES
    ]


T5_CUSTOMERS = [{"customer_id": "OH1", "phone": OHIO, "state": "OH", "country": "US"}]


@pytest.fixture(scope="module")
def t5_runs(rulebook: Rulebook) -> dict[str, AuditRun]:
    _registered("T5")
    con = tiny_db(customers=T5_CUSTOMERS, contacts=_t5_contacts(), registry_downloads=DOWNLOADS)
    out = {p: audit(con, rulebook, p, only=["T5"]) for p in T5_PERIODS}
    out["again"] = audit(con, rulebook, "2026Q3", only=["T5"])
    state_only = tiny_db(
        customers=T5_CUSTOMERS,
        contacts=_t5_contacts(),
        registry_downloads=[d for d in DOWNLOADS if d["registry"].lower() != "national"],
    )
    out["no national"] = audit(state_only, rulebook, "2026Q3", only=["T5"])
    return out


def test_t5_case_ids_are_unique() -> None:
    assert len({c.id for c in T5_CASES}) == len(T5_CASES)


@pytest.mark.parametrize("case", T5_CASES, ids=[c.id for c in T5_CASES])
def test_registry_copy_age(t5_runs: dict[str, AuditRun], case: Reg) -> None:
    assert verdicts(t5_runs[case.period], "T5", RULE_T5).get(case.id) == case.t5


@pytest.mark.parametrize("period", T5_PERIODS)
def test_registry_copy_age_flags_nothing_else(t5_runs: dict[str, AuditRun], period: str) -> None:
    expected = {c.id: c.t5 for c in T5_CASES if c.period == period and c.t5}
    assert verdicts(t5_runs[period], "T5") == expected


def test_registry_copy_rows_name_the_contact(t5_runs: dict[str, AuditRun]) -> None:
    rows = t5_runs["2026Q3"].rows
    row = rows[(rows["check_id"] == "T5") & (rows["record_id"] == "gen-d2-day32")]
    assert len(row) == 1
    assert row["record_table"].item() == "contacts"


def test_registry_copy_same_inputs_same_rows(t5_runs: dict[str, AuditRun]) -> None:
    assert not t5_runs["again"].rows.empty
    pd.testing.assert_frame_equal(t5_runs["2026Q3"].rows, t5_runs["again"].rows)


def test_no_national_download_is_not_evaluated(t5_runs: dict[str, AuditRun]) -> None:
    run = t5_runs["no national"]
    finding = run.finding(RULE_T5, "T5")
    assert finding.status is Status.NOT_EVALUATED
    assert finding.missing
    assert all(m.startswith("registry_downloads.") for m in finding.missing)
    assert run.rows.empty


# =============================================================================================
# T16 -- TCPA-CALLER-ID: caller ID transmitted, and a number the company owns that day
# =============================================================================================

RULE_T16 = "TCPA-CALLER-ID"
OWN_ALWAYS = "+16145550001"  # always the company's
OWN_WINDOW = "+16145550002"  # the company's 2026-07-10 .. 2026-08-10
OWN_UNTIL = "+16145550003"  # the company's until 2026-07-31 (open start)
OWN_FROM = "+16145550004"  # the company's from 2026-08-01 (open end)
OWN_TWICE = "+16145550005"  # the company's 07-01..07-10 and again from 07-20
STRANGER = "+16145550999"  # never the company's

CALLER_IDS: list[dict[str, Any]] = [
    {"phone": OWN_ALWAYS, "assigned_from": None, "assigned_to": None, "label": "main line"},
    {"phone": OWN_WINDOW, "assigned_from": dt.date(2026, 7, 10),
     "assigned_to": dt.date(2026, 8, 10), "label": "summer campaign"},
    {"phone": OWN_UNTIL, "assigned_from": None, "assigned_to": dt.date(2026, 7, 31)},
    {"phone": OWN_FROM, "assigned_from": dt.date(2026, 8, 1), "assigned_to": None},
    {"phone": OWN_TWICE, "assigned_from": dt.date(2026, 7, 1), "assigned_to": dt.date(2026, 7, 10)},
    {"phone": OWN_TWICE, "assigned_from": dt.date(2026, 7, 20), "assigned_to": None},
]  # fmt: skip


class Cid(NamedTuple):
    id: str
    utc: str
    caller_id: str | None
    t16: str | None  # expected with the caller_ids table
    t16_no_table: str | None  # expected when caller_ids has no rows
    channel: str = "call"
    purpose: str | None = "marketing"


# fmt: off
T16_CASES = [
    Cid("owned-always", "2026-07-15 16:00:00", OWN_ALWAYS, None, None),
    Cid("missing-null", "2026-07-15 16:00:00", None, "violation", "violation"),
    Cid("missing-empty", "2026-07-15 16:00:00", "", "violation", "violation"),
    Cid("missing-blank", "2026-07-15 16:00:00", "   ", "violation", "violation"),
    Cid("not-owned", "2026-07-15 16:00:00", STRANGER, "violation", None),
    # OWN_WINDOW: first day 07-10, last day 08-10 (company days)
    Cid("window-day-before", "2026-07-09 16:00:00", OWN_WINDOW, "violation", None),
    Cid("window-0709-2359edt", "2026-07-10 03:59:59", OWN_WINDOW, "violation", None),
    Cid("window-0710-0000edt", "2026-07-10 04:00:00", OWN_WINDOW, None, None),
    Cid("window-last-day", "2026-08-10 16:00:00", OWN_WINDOW, None, None),
    Cid("window-0810-2359edt", "2026-08-11 03:59:59", OWN_WINDOW, None, None),
    Cid("window-0811-0000edt", "2026-08-11 04:00:00", OWN_WINDOW, "violation", None),
    Cid("window-day-after", "2026-08-11 16:00:00", OWN_WINDOW, "violation", None),
    # open ends
    Cid("until-last-day", "2026-07-31 16:00:00", OWN_UNTIL, None, None),
    Cid("until-day-after", "2026-08-01 16:00:00", OWN_UNTIL, "violation", None),
    Cid("from-day-before", "2026-07-31 16:00:00", OWN_FROM, "violation", None),
    Cid("from-later", "2026-09-30 16:00:00", OWN_FROM, None, None),
    # two assignments of one number, with a gap 07-11..07-19
    Cid("twice-first", "2026-07-05 16:00:00", OWN_TWICE, None, None),
    Cid("twice-gap", "2026-07-15 16:00:00", OWN_TWICE, "violation", None),
    Cid("twice-second", "2026-07-25 16:00:00", OWN_TWICE, None, None),
    # texts are not judged; informational calls are not judged
    Cid("sms-missing", "2026-07-15 16:00:00", None, None, None, channel="sms"),
    Cid("sms-not-owned", "2026-07-15 16:00:00", STRANGER, None, None, channel="sms"),
    Cid("info-missing", "2026-07-15 16:00:00", None, None, None, purpose="informational"),
    # purpose not recorded: at most a warning
    Cid("nopurpose-missing", "2026-07-15 16:00:00", None, "warning", "warning", purpose=None),
    Cid("nopurpose-not-owned", "2026-07-15 16:00:00", STRANGER, "warning", None, purpose=None),
]
# fmt: on


def _t16_contacts(cases: list[Cid]) -> list[dict[str, Any]]:
    return [
        {
            "contact_id": c.id,
            "customer_id": "OH1",
            "channel": c.channel,
            "sent_at": ts(c.utc),
            "to_phone": OHIO,
            "purpose": c.purpose,
            "campaign_id": "GEN",
            "dialer_type": "manual",
            "caller_id": c.caller_id,
            "seller": SELLER,
        }
        for c in cases
    ]


@pytest.fixture(scope="module")
def t16_runs(rulebook: Rulebook) -> dict[str, AuditRun]:
    _registered("T16")
    contacts = _t16_contacts(T16_CASES)
    con = tiny_db(customers=T5_CUSTOMERS, contacts=contacts, caller_ids=CALLER_IDS)
    out = {"2026Q3": audit(con, rulebook, "2026Q3", only=["T16"])}
    out["again"] = audit(con, rulebook, "2026Q3", only=["T16"])
    no_table = tiny_db(customers=T5_CUSTOMERS, contacts=contacts)
    out["no table"] = audit(no_table, rulebook, "2026Q3", only=["T16"])
    silent = tiny_db(
        customers=T5_CUSTOMERS,
        contacts=[r | {"caller_id": None} for r in contacts],
        caller_ids=CALLER_IDS,
    )
    out["no caller ids"] = audit(silent, rulebook, "2026Q3", only=["T16"])
    return out


def test_t16_case_ids_are_unique() -> None:
    assert len({c.id for c in T16_CASES}) == len(T16_CASES)


@pytest.mark.parametrize("case", T16_CASES, ids=[c.id for c in T16_CASES])
def test_caller_id(t16_runs: dict[str, AuditRun], case: Cid) -> None:
    assert verdicts(t16_runs["2026Q3"], "T16", RULE_T16).get(case.id) == case.t16


@pytest.mark.parametrize("case", T16_CASES, ids=[c.id for c in T16_CASES])
def test_caller_id_without_owned_numbers(t16_runs: dict[str, AuditRun], case: Cid) -> None:
    assert verdicts(t16_runs["no table"], "T16", RULE_T16).get(case.id) == case.t16_no_table


def test_caller_id_flags_nothing_else(t16_runs: dict[str, AuditRun]) -> None:
    assert verdicts(t16_runs["2026Q3"], "T16") == {c.id: c.t16 for c in T16_CASES if c.t16}


def test_caller_id_rows_name_the_contact(t16_runs: dict[str, AuditRun]) -> None:
    rows = t16_runs["2026Q3"].rows
    row = rows[(rows["check_id"] == "T16") & (rows["record_id"] == "not-owned")]
    assert len(row) == 1
    assert row["record_table"].item() == "contacts"


def test_caller_id_same_inputs_same_rows(t16_runs: dict[str, AuditRun]) -> None:
    assert not t16_runs["again"].rows.empty
    pd.testing.assert_frame_equal(t16_runs["2026Q3"].rows, t16_runs["again"].rows)


def test_no_caller_id_values_is_not_evaluated(t16_runs: dict[str, AuditRun]) -> None:
    run = t16_runs["no caller ids"]
    finding = run.finding(RULE_T16, "T16")
    assert finding.status is Status.NOT_EVALUATED
    assert any(m.startswith("contacts.caller_id") for m in finding.missing)
    assert run.rows.empty


# =============================================================================================
# T19 -- STATE-DNC-LISTS: numbers on a state's own do-not-call list
# =============================================================================================

RULE_T19 = "STATE-DNC-LISTS"
OLD_REG = dt.date(2020, 1, 1)

# customer id -> (number, address state or None)
PEOPLE: dict[str, tuple[str, str | None]] = {
    "FLR": ("+13055550201", "FL"),  # on the FL list (and the national one)
    "FLLATE": ("+13055550202", "FL"),  # on the FL list from 2026-07-20
    "FLPERM": ("+13055550203", "FL"),  # signed written permission for the seller
    "FLPEWC": ("+13055550204", "FL"),  # express written consent for the seller
    "FLOTHER": ("+13055550205", "FL"),  # written permission for another seller only
    "FLPERMLATE": ("+13055550206", "FL"),  # permission granted after the call
    "FLBUY": ("+13055550207", "FL"),  # purchase 2026-01-01: relationship until 2027-07-01
    "FLINQ": ("+13055550208", "FL"),  # inquiry 2026-06-01: relationship until 2026-09-01
    "FLOLDBUY": ("+13055550209", "FL"),  # purchase 2024-01-01: ended 2025-07-01
    "FLBUYDNC": ("+13055550210", "FL"),  # purchase 2026-01-01, do-not-call request 07-01
    "TXOH": ("+16145550211", "OH"),  # on the TX list, lives in Ohio, Ohio number
    "TXRES": ("+16145550212", "TX"),  # on the TX list, lives in Texas, Ohio number
    "TXCODE": ("+12145550213", "OH"),  # on the TX list, Dallas number, Ohio address
    "NATONLY": ("+13055550215", "FL"),  # on the national list only
    "MSRES": ("+16015550216", "MS"),  # on a Mississippi list: not one of the eleven
    "OKR": ("+14055550217", "OK"),  # on the OK list
    "FLNOSTATE": ("+13055550218", None),  # on the FL list, address unknown, Miami number
    "UNLISTED": ("+13055550219", "FL"),  # on no list
    "FLREVOKED": ("+13055550220", "FL"),  # written permission revoked before the call
    "FLTX": ("+13055550221", "FL"),  # on the FL and the TX lists, lives in Florida
}
TXGHOST_PHONE = "+12145550214"  # a Dallas number on the TX list; the customer has no record


def _on(registry: str, cid: str, when: dt.date = OLD_REG) -> dict[str, Any]:
    phone = TXGHOST_PHONE if cid == "TXGHOST" else PEOPLE[cid][0]
    return {"registry": registry, "phone": phone, "registered_at": when}


DNC_REGISTRY = [
    _on("FL", "FLR"),
    _on("national", "FLR"),
    _on("FL", "FLLATE", dt.date(2026, 7, 20)),
    *(_on("FL", c) for c in ("FLPERM", "FLPEWC", "FLOTHER", "FLPERMLATE")),
    *(_on("FL", c) for c in ("FLBUY", "FLINQ", "FLOLDBUY", "FLBUYDNC", "FLNOSTATE")),
    *(_on("TX", c) for c in ("TXOH", "TXRES", "TXCODE", "TXGHOST")),
    _on("national", "NATONLY"),
    _on("MS", "MSRES"),
    _on("OK", "OKR"),
    _on("FL", "FLREVOKED"),
    _on("FL", "FLTX"),
    _on("TX", "FLTX"),
]


def _consent(cid: str, kind: str, granted: str, seller: str = SELLER) -> dict[str, Any]:
    return {
        "consent_id": f"k-{cid}",
        "customer_id": cid,
        "channel": "call",
        "purpose": "marketing",
        "consent_type": kind,
        "address": PEOPLE[cid][0],
        "seller": seller,
        "granted_at": ts(granted),
        "evidence": "form v1",
    }


CONSENTS = [
    _consent("FLPERM", "dnc_written_permission", "2026-06-01 16:00:00"),
    _consent("FLPEWC", "express_written", "2026-06-01 16:00:00"),
    _consent("FLOTHER", "dnc_written_permission", "2026-06-01 16:00:00", "Other Co"),
    _consent("FLPERMLATE", "dnc_written_permission", "2026-07-20 16:00:00"),
    _consent("FLREVOKED", "dnc_written_permission", "2026-06-01 16:00:00")
    | {"revoked_at": ts("2026-07-01 16:00:00")},
]
TRANSACTIONS = [
    {"transaction_id": "x1", "customer_id": "FLBUY", "occurred_at": ts("2026-01-01 17:00:00")},
    {"transaction_id": "x2", "customer_id": "FLOLDBUY", "occurred_at": ts("2024-01-01 17:00:00")},
    {"transaction_id": "x3", "customer_id": "FLBUYDNC", "occurred_at": ts("2026-01-01 17:00:00")},
]
INQUIRIES = [
    {"inquiry_id": "q1", "customer_id": "FLINQ", "occurred_at": ts("2026-06-01 16:00:00")},
]
OPTOUTS = [
    {
        "optout_id": "o1",
        "customer_id": "FLBUYDNC",
        "channel": "call",
        "address": PEOPLE["FLBUYDNC"][0],
        "received_at": ts("2026-07-01 16:00:00"),
    }
]


class Lst(NamedTuple):
    id: str
    customer: str
    t19: str | None
    utc: str = "2026-07-15 16:00:00"  # Wed 12:00 EDT
    channel: str = "call"
    purpose: str | None = "marketing"


# fmt: off
T19_CASES = [
    Lst("fl-resident", "FLR", "violation"),
    Lst("fl-resident-sms", "FLR", "violation", channel="sms"),
    Lst("fl-resident-info", "FLR", None, purpose="informational"),
    Lst("fl-resident-nopurpose", "FLR", "warning", purpose=None),
    # registered 2026-07-20: judged from that company day on
    Lst("late-before-registration", "FLLATE", None),
    Lst("late-0719-2359edt", "FLLATE", None, "2026-07-20 03:59:59"),
    Lst("late-0720-0000edt", "FLLATE", "violation", "2026-07-20 04:00:00"),
    Lst("late-registration-day", "FLLATE", "violation", "2026-07-20 16:00:00"),
    # written permission for the seller
    Lst("written-permission", "FLPERM", None),
    Lst("express-written", "FLPEWC", None),
    Lst("permission-other-seller", "FLOTHER", "violation"),
    Lst("permission-after-call", "FLPERMLATE", "violation"),
    Lst("permission-revoked", "FLREVOKED", "violation"),
    # a live business relationship (18 months after a purchase, 3 after an inquiry)
    Lst("purchase-6-months", "FLBUY", "warning"),
    Lst("inquiry-6-weeks", "FLINQ", "warning"),
    Lst("purchase-30-months", "FLOLDBUY", "violation"),
    Lst("purchase-then-dnc-request", "FLBUYDNC", "violation"),
    # whose list: address state or the number's area code -> violation; else warning
    Lst("tx-list-ohio-resident", "TXOH", "warning"),
    Lst("tx-list-texas-resident", "TXRES", "violation"),
    Lst("tx-list-dallas-number", "TXCODE", "violation"),
    Lst("tx-list-dallas-number-no-record", "TXGHOST", "violation"),
    Lst("fl-list-no-address", "FLNOSTATE", "violation"),
    Lst("ok-list-resident", "OKR", "violation"),
    Lst("fl-and-tx-lists", "FLTX", "violation"),  # the FL list is its own: worst verdict
    # not on one of the eleven state lists
    Lst("national-only", "NATONLY", None),
    Lst("mississippi-list", "MSRES", None),
    Lst("on-no-list", "UNLISTED", None),
]
# fmt: on


def _t19_customers() -> list[dict[str, Any]]:
    return [
        {
            "customer_id": cid,
            "phone": phone,
            "state": state,
            "country": "US" if state else None,
            "phone_line_type": "wireless",
        }
        for cid, (phone, state) in PEOPLE.items()
    ]


def _t19_contacts() -> list[dict[str, Any]]:
    return [
        {
            "contact_id": c.id,
            "customer_id": c.customer,
            "channel": c.channel,
            "sent_at": ts(c.utc),
            "to_phone": TXGHOST_PHONE if c.customer == "TXGHOST" else PEOPLE[c.customer][0],
            "purpose": c.purpose,
            "campaign_id": "GEN",
            "dialer_type": "manual",
            "caller_id": OWN_ALWAYS,
            "seller": SELLER,
        }
        for c in T19_CASES
    ]


def _t19_db(**overrides: Any) -> Any:
    tables: dict[str, Any] = {
        "customers": _t19_customers(),
        "contacts": _t19_contacts(),
        "dnc_registry": DNC_REGISTRY,
        "consents": CONSENTS,
        "transactions": TRANSACTIONS,
        "inquiries": INQUIRIES,
        "optouts": OPTOUTS,
    }
    return tiny_db(**(tables | overrides))


@pytest.fixture(scope="module")
def t19_runs(rulebook: Rulebook) -> dict[str, AuditRun]:
    _registered("T19")
    con = _t19_db()
    out = {"2026Q3": audit(con, rulebook, "2026Q3", only=["T19"])}
    out["again"] = audit(con, rulebook, "2026Q3", only=["T19"])
    # a company adds Mississippi (stricter: a superset of the eleven states, no waiver)
    states = ["CO", "FL", "IN", "LA", "MA", "MO", "OK", "PA", "TN", "TX", "WY", "MS"]
    policy = [{"rule": RULE_T19, "parameter": "states", "value": states}]
    out["with MS"] = audit(con, rulebook, "2026Q3", overrides=policy, only=["T19"])
    national = _t19_db(dnc_registry=[r for r in DNC_REGISTRY if r["registry"] == "national"])
    out["no state lists"] = audit(national, rulebook, "2026Q3", only=["T19"])
    return out


def test_t19_case_ids_are_unique() -> None:
    assert len({c.id for c in T19_CASES}) == len(T19_CASES)


@pytest.mark.parametrize("case", T19_CASES, ids=[c.id for c in T19_CASES])
def test_state_lists(t19_runs: dict[str, AuditRun], case: Lst) -> None:
    assert verdicts(t19_runs["2026Q3"], "T19", RULE_T19).get(case.id) == case.t19


@pytest.mark.parametrize(
    ("cid", "expected"),
    [("mississippi-list", "violation"), ("fl-resident", "violation"), ("tx-list-ohio-resident",
     "warning"), ("national-only", None)],
)  # fmt: skip
def test_company_adds_mississippi(
    t19_runs: dict[str, AuditRun], cid: str, expected: str | None
) -> None:
    assert verdicts(t19_runs["with MS"], "T19", RULE_T19).get(cid) == expected


def test_state_lists_flag_nothing_else(t19_runs: dict[str, AuditRun]) -> None:
    assert verdicts(t19_runs["2026Q3"], "T19") == {c.id: c.t19 for c in T19_CASES if c.t19}


def test_state_list_rows_name_the_contact(t19_runs: dict[str, AuditRun]) -> None:
    rows = t19_runs["2026Q3"].rows
    row = rows[(rows["check_id"] == "T19") & (rows["record_id"] == "fl-resident")]
    assert len(row) == 1
    assert row["record_table"].item() == "contacts"
    assert row["rule_id"].item() == RULE_T19


def test_state_lists_same_inputs_same_rows(t19_runs: dict[str, AuditRun]) -> None:
    assert not t19_runs["again"].rows.empty
    pd.testing.assert_frame_equal(t19_runs["2026Q3"].rows, t19_runs["again"].rows)


def test_no_state_list_rows_is_not_evaluated(t19_runs: dict[str, AuditRun]) -> None:
    run = t19_runs["no state lists"]
    finding = run.finding(RULE_T19, "T19")
    assert finding.status is Status.NOT_EVALUATED
    assert finding.missing
    assert all(m.startswith("dnc_registry.") for m in finding.missing)
    assert run.rows.empty
