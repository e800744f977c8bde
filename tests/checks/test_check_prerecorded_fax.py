"""T10 (prerecorded marketing calls need written consent) and P23 (fax advertising), by table.

One tiny DB holds the cases of both checks: T10's numbers are +1614555 05xx (calls), P23's
+1614555 09xx (faxes). Every number is in Columbus, Ohio; the company zone is America/New_York
(EDT, UTC-4, for every date below), so 16:00 UTC is noon in New York. P23 runs with 'fax' among
the company's channels (the fax rules apply to no one else).

T10 judges marketing calls (purpose null: at most a warning) placed with a prerecorded or
artificial voice: TCPA-PRERECORDED-RESIDENTIAL flags landlines without express written consent,
TSR-PRERECORDED any line without it. P23 judges marketing faxes: FAX-UNSOLICITED-ADS (neither
permission nor a purchase or inquiry, however old), FAX-OPTOUT-NOTICE (no permission and a
campaign without the first-page notice), FAX-SOLICITED-OPTOUT (permission and no notice: a
warning) and FAX-OPTOUT-HONOR (a fax more than 30 calendar days, counted in company days, after
a fax opt-out). Days were counted on a printed calendar: June has 30 days, so 2026-06-15 + 30
days = 2026-07-15, and 2026-07-01 + 30 = 2026-07-31.
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
from tests.checks.tiny import COMPANY, audit, tiny_db, ts, verdicts

SELLER = "Tiny Co"
V, W, P = "violation", "warning", "pass"
RES, TSR = "TCPA-PRERECORDED-RESIDENTIAL", "TSR-PRERECORDED"
UNSOL, NOTICE, HONOR, SOLICITED = (
    "FAX-UNSOLICITED-ADS",
    "FAX-OPTOUT-NOTICE",
    "FAX-OPTOUT-HONOR",
    "FAX-SOLICITED-OPTOUT",
)
FAX_COMPANY = {**COMPANY, "channels": [*COMPANY["channels"], "fax"]}
WED = "2026-07-15 16:00:00"  # Wed 12:00 EDT


def _phone(n: int) -> str:
    return f"+1614555{n:04d}"


def _require(check_id: str) -> None:
    if check_id not in all_checks():
        pytest.fail(f"no check registered: {check_id}")


# ============================================================================================
# T10: prerecorded and artificial-voice marketing calls
# ============================================================================================

# customer id -> (number, line type)
T10_NUMBERS = {
    "L-NONE": (_phone(501), "landline"),  # no consent at all
    "W-NONE": (_phone(502), "wireless"),
    "V-NONE": (_phone(503), "voip"),
    "U-NONE": (_phone(504), "unknown"),
    "N-NONE": (_phone(505), None),  # line type not recorded
    "L-PEWC": (_phone(506), "landline"),  # express written consent, calls, Tiny Co, 06-01
    "L-ALL": (_phone(507), "landline"),  # express written consent for every channel
    "L-NOSELLER": (_phone(508), "landline"),  # express written consent naming no seller
    "L-OTHERSELLER": (_phone(509), "landline"),  # express written consent for Other Co
    "L-EXPRESS": (_phone(510), "landline"),  # 'express' consent, not written
    "L-DNCPERM": (_phone(511), "landline"),  # do-not-call written permission, not PEWC
    "L-SMS": (_phone(512), "landline"),  # express written consent for texts only
    "L-REVOKED": (_phone(513), "landline"),  # express written consent revoked Fri 07-10
    "L-LATE": (_phone(514), "landline"),  # express written consent granted Mon 07-20
    "L-CUST": (_phone(515), "landline"),  # express written consent naming no number
    "L-OTHERNUM": (_phone(516), "landline"),  # express written consent for another number
    "L-INSTANT": (_phone(517), "landline"),  # granted at the call's very instant
    "W-PEWC": (_phone(518), "wireless"),  # express written consent
}
T10_CUSTOMERS: list[dict[str, Any]] = [
    {
        "customer_id": cid,
        "phone": phone,
        "phone_line_type": line,
        "state": "OH",
        "postal_code": "43215",
        "country": "US",
    }
    for cid, (phone, line) in T10_NUMBERS.items()
]


def _t10_consent(cid: str, granted: str = "2026-06-01 16:00:00", **extra: Any) -> dict[str, Any]:
    return {
        "consent_id": f"k-{cid}",
        "customer_id": cid,
        "channel": "call",
        "purpose": "marketing",
        "consent_type": "express_written",
        "address": T10_NUMBERS[cid][0],
        "seller": SELLER,
        "granted_at": ts(granted),
        "evidence": "signed web form v3",
    } | extra


T10_CONSENTS = [
    _t10_consent("L-PEWC"),
    _t10_consent("L-ALL", channel="all"),
    _t10_consent("L-NOSELLER", seller=None),
    _t10_consent("L-OTHERSELLER", seller="Other Co"),
    _t10_consent("L-EXPRESS", consent_type="express"),
    _t10_consent("L-DNCPERM", consent_type="dnc_written_permission"),
    _t10_consent("L-SMS", channel="sms"),
    _t10_consent("L-REVOKED", revoked_at=ts("2026-07-10 16:00:00")),
    _t10_consent("L-LATE", "2026-07-20 16:00:00"),
    _t10_consent("L-CUST", address=None),
    _t10_consent("L-OTHERNUM", address=_phone(599)),
    _t10_consent("L-INSTANT", WED),
    _t10_consent("W-PEWC"),
]


class Call(NamedTuple):
    id: str
    customer: str
    res: str | None  # TCPA-PRERECORDED-RESIDENTIAL (None: no row)
    tsr: str | None  # TSR-PRERECORDED
    dialer: str | None = "prerecorded"
    purpose: str | None = "marketing"
    utc: str = WED


# fmt: off
CALLS = [
    # --- a landline, no consent ---
    Call("l-prerecorded", "L-NONE", V, V),
    Call("l-artificial-voice", "L-NONE", V, V, dialer="artificial_voice"),
    Call("l-purpose-not-recorded", "L-NONE", W, W, purpose=None),
    Call("l-informational", "L-NONE", None, None, purpose="informational"),
    Call("l-manual", "L-NONE", None, None, dialer="manual"),
    Call("l-autodialer", "L-NONE", None, None, dialer="autodialer"),  # T9's, not T10's
    Call("l-predictive", "L-NONE", None, None, dialer="predictive"),
    Call("l-dialer-not-recorded", "L-NONE", None, None, dialer=None),
    # --- other lines: the TSR reaches any line, the TCPA rule only residential lines ---
    Call("w-prerecorded", "W-NONE", None, V),
    Call("w-artificial-voice", "W-NONE", None, V, dialer="artificial_voice"),
    Call("v-prerecorded", "V-NONE", None, V),
    Call("u-prerecorded", "U-NONE", None, V),
    Call("n-prerecorded", "N-NONE", None, V),
    # --- consents ---
    Call("l-pewc", "L-PEWC", None, None),
    Call("l-pewc-artificial-voice", "L-PEWC", None, None, dialer="artificial_voice"),
    Call("l-pewc-purpose-not-recorded", "L-PEWC", None, None, purpose=None),
    Call("w-pewc", "W-PEWC", None, None),
    Call("l-consent-all-channels", "L-ALL", None, None),
    Call("l-consent-no-seller", "L-NOSELLER", None, None),
    Call("l-consent-other-seller", "L-OTHERSELLER", V, V),
    Call("l-express-not-written", "L-EXPRESS", V, V),
    Call("l-dnc-permission-not-pewc", "L-DNCPERM", V, V),
    Call("l-consent-texts-only", "L-SMS", V, V),
    Call("l-before-revocation", "L-REVOKED", None, None, utc="2026-07-05 16:00:00"),
    Call("l-after-revocation", "L-REVOKED", V, V),
    Call("l-before-grant", "L-LATE", V, V),
    Call("l-after-grant", "L-LATE", None, None, utc="2026-07-21 16:00:00"),
    Call("l-consent-names-customer", "L-CUST", None, None),
    Call("l-consent-other-number", "L-OTHERNUM", V, V),
    Call("l-granted-same-instant", "L-INSTANT", None, None),  # granted <= sent_at
]
# fmt: on
T10_RULES = {RES: "res", TSR: "tsr"}


def _t10_contacts() -> list[dict[str, Any]]:
    return [
        {
            "contact_id": c.id,
            "customer_id": c.customer,
            "channel": "call",
            "sent_at": ts(c.utc),
            "to_phone": T10_NUMBERS[c.customer][0],
            "campaign_id": "VOICE-1",
            "purpose": c.purpose,
            "dialer_type": c.dialer,
            "seller": SELLER,
        }
        for c in CALLS
    ]


# ============================================================================================
# P23: fax advertisements
# ============================================================================================

FAX_NUMBERS = {
    "X-NONE": _phone(901),  # no permission, no purchase or inquiry
    "X-OLDBUY": _phone(902),  # a purchase 2019-03-01: no time limit for faxes
    "X-OLDINQ": _phone(903),  # an inquiry 2012-05-01
    "X-BUYLATER": _phone(904),  # first purchase Mon 2026-07-20
    "X-PERM": _phone(905),  # express consent to faxes, 2026-01-05
    "X-PERMW": _phone(906),  # express written consent to faxes
    "X-PERMDNC": _phone(907),  # do-not-call written permission for faxes
    "X-PERMALL": _phone(908),  # express consent for every channel
    "X-IMPLIED": _phone(909),  # 'implied_purchase' consent (no permission), no purchase row
    "X-EMAILPERM": _phone(910),  # express consent to email only
    "X-REVOKED": _phone(911),  # express consent to faxes revoked Fri 07-10
    "X-PERMCUST": _phone(912),  # express consent to faxes naming no number
    "X-PERMLATE": _phone(913),  # express consent to faxes granted Mon 07-20
    "X-OPT": _phone(914),  # purchase 2025-01-10; fax opt-out Mon 2026-06-15 12:00 EDT
    "X-OPT2": _phone(915),  # purchase 2025-01-10; opt-out of all channels Wed 07-01 12:00 EDT
    "X-OPTMAIL": _phone(916),  # purchase 2025-01-10; email opt-out only, Wed 07-01
    "X-ANN1": _phone(917),  # Ann Lee, born 1980-01-01: one person with X-ANN2
    "X-ANN2": _phone(918),  # Ann Lee, born 1980-01-01: bought 2024-05-01
}
FAX_CUSTOMERS: list[dict[str, Any]] = [
    {
        "customer_id": cid,
        "phone": phone,
        "email": f"{cid.lower()}@example.com",
        "state": "OH",
        "postal_code": "43215",
        "country": "US",
        **(
            {"first_name": "Ann", "last_name": "Lee", "birth_date": dt.date(1980, 1, 1)}
            if cid.startswith("X-ANN")
            else {}
        ),
    }
    for cid, phone in FAX_NUMBERS.items()
]
CAMPAIGNS: list[dict[str, Any]] = [
    {
        "campaign_id": "FX-OK",
        "channel": "fax",
        "name": "Fax with notice",
        "has_fax_optout_notice": True,
    },
    {
        "campaign_id": "FX-NO",
        "channel": "fax",
        "name": "Fax without notice",
        "has_fax_optout_notice": False,
    },
    {"campaign_id": "FX-NULL", "channel": "fax", "name": "Fax, notice not recorded"},
    {"campaign_id": "VOICE-1", "channel": "call", "name": "Voice broadcast"},
]


def _txn(cid: str, when: str) -> dict[str, Any]:
    return {
        "transaction_id": f"x-{cid}",
        "customer_id": cid,
        "occurred_at": ts(when),
        "kind": "purchase",
    }


TRANSACTIONS = [
    _txn("X-OLDBUY", "2019-03-01 16:00:00"),
    _txn("X-BUYLATER", "2026-07-20 16:00:00"),
    _txn("X-OPT", "2025-01-10 16:00:00"),
    _txn("X-OPT2", "2025-01-10 16:00:00"),
    _txn("X-OPTMAIL", "2025-01-10 16:00:00"),
    _txn("X-ANN2", "2024-05-01 16:00:00"),
]
INQUIRIES = [
    {
        "inquiry_id": "q-X-OLDINQ",
        "customer_id": "X-OLDINQ",
        "occurred_at": ts("2012-05-01 16:00:00"),
    },
]


def _fax_consent(cid: str, granted: str = "2026-01-05 16:00:00", **extra: Any) -> dict[str, Any]:
    return {
        "consent_id": f"k-{cid}",
        "customer_id": cid,
        "channel": "fax",
        "purpose": "marketing",
        "consent_type": "express",
        "address": FAX_NUMBERS[cid],
        "seller": SELLER,
        "granted_at": ts(granted),
        "evidence": "signed fax permission form",
    } | extra


FAX_CONSENTS = [
    _fax_consent("X-PERM"),
    _fax_consent("X-PERMW", consent_type="express_written"),
    _fax_consent("X-PERMDNC", consent_type="dnc_written_permission"),
    _fax_consent("X-PERMALL", channel="all"),
    _fax_consent("X-IMPLIED", consent_type="implied_purchase"),
    _fax_consent("X-EMAILPERM", channel="email", address="x-emailperm@example.com"),
    _fax_consent("X-REVOKED", revoked_at=ts("2026-07-10 16:00:00")),
    _fax_consent("X-PERMCUST", address=None),
    _fax_consent("X-PERMLATE", "2026-07-20 16:00:00"),
]
FAX_OPTOUTS = [
    {
        "optout_id": "o-X-OPT",
        "customer_id": "X-OPT",
        "channel": "fax",
        "address": FAX_NUMBERS["X-OPT"],
        "method": "fax",
        "received_at": ts("2026-06-15 16:00:00"),
    },
    {
        "optout_id": "o-X-OPT2",
        "customer_id": "X-OPT2",
        "channel": "all",
        "address": FAX_NUMBERS["X-OPT2"],
        "method": "call",
        "received_at": ts("2026-07-01 16:00:00"),
    },
    {
        "optout_id": "o-X-OPTMAIL",
        "customer_id": "X-OPTMAIL",
        "channel": "email",
        "address": "x-optmail@example.com",
        "method": "link",
        "received_at": ts("2026-07-01 16:00:00"),
    },
]


class Fax(NamedTuple):
    id: str
    customer: str
    unsol: str | None  # FAX-UNSOLICITED-ADS (None: no row)
    notice: str | None  # FAX-OPTOUT-NOTICE
    honor: str | None  # FAX-OPTOUT-HONOR
    solicited: str | None  # FAX-SOLICITED-OPTOUT
    campaign: str = "FX-OK"
    purpose: str | None = "marketing"
    utc: str = WED


# fmt: off
FAXES = [
    # --- no permission, no relationship ---
    Fax("none-with-notice", "X-NONE", V, None, None, None),
    Fax("none-without-notice", "X-NONE", V, V, None, None, campaign="FX-NO"),
    Fax("none-informational", "X-NONE", None, None, None, None, campaign="FX-NO",
        purpose="informational"),
    Fax("none-purpose-not-recorded", "X-NONE", W, None, None, None, purpose=None),
    Fax("none-purpose-not-recorded-no-notice", "X-NONE", W, W, None, None, campaign="FX-NO",
        purpose=None),
    # the notice is judged only when the campaign says it is missing (false)
    Fax("none-notice-not-recorded", "X-NONE", V, None, None, None, campaign="FX-NULL"),
    Fax("none-campaign-unknown", "X-NONE", V, None, None, None, campaign="FX-GONE"),
    # --- a relationship, however old (no permission: the notice is still owed) ---
    Fax("purchase-2019", "X-OLDBUY", None, None, None, None),
    Fax("purchase-2019-without-notice", "X-OLDBUY", None, V, None, None, campaign="FX-NO"),
    Fax("inquiry-2012", "X-OLDINQ", None, None, None, None),
    Fax("purchase-by-same-person", "X-ANN1", None, None, None, None),
    Fax("purchase-after-fax", "X-BUYLATER", V, None, None, None),
    Fax("purchase-before-fax", "X-BUYLATER", None, None, None, None,
        utc="2026-07-21 16:00:00"),
    # --- permission (the notice on a solicited fax: a warning) ---
    Fax("permission-express", "X-PERM", None, None, None, None),
    Fax("permission-express-without-notice", "X-PERM", None, None, None, W, campaign="FX-NO"),
    Fax("permission-written", "X-PERMW", None, None, None, None),
    Fax("permission-written-without-notice", "X-PERMW", None, None, None, W, campaign="FX-NO"),
    Fax("permission-dnc-written", "X-PERMDNC", None, None, None, None),
    Fax("permission-all-channels", "X-PERMALL", None, None, None, None),
    Fax("permission-all-channels-without-notice", "X-PERMALL", None, None, None, W,
        campaign="FX-NO"),
    Fax("permission-names-customer", "X-PERMCUST", None, None, None, None),
    Fax("implied-consent-is-no-permission", "X-IMPLIED", V, None, None, None),
    Fax("implied-consent-without-notice", "X-IMPLIED", V, V, None, None, campaign="FX-NO"),
    Fax("email-permission-only", "X-EMAILPERM", V, None, None, None),
    Fax("before-revocation", "X-REVOKED", None, None, None, None, utc="2026-07-05 16:00:00"),
    # the loader reads a revocation as an opt-out received at revoked_at (Fri 07-10: day 0);
    # Wed 07-15 is day 5; 07-10 + 31 days = 08-10 (July 10 + 21 = 07-31, + 10 = 08-10)
    Fax("after-revocation", "X-REVOKED", V, None, P, None),
    Fax("after-revocation-without-notice", "X-REVOKED", V, V, P, None, campaign="FX-NO"),
    Fax("revocation-day31", "X-REVOKED", V, None, V, None, utc="2026-08-10 16:00:00"),
    Fax("before-grant", "X-PERMLATE", V, None, None, None),
    Fax("after-grant", "X-PERMLATE", None, None, None, None, utc="2026-07-21 16:00:00"),
    # --- fax opt-out Mon 06-15 (company day 0); day 30 = Wed 07-15 ---
    Fax("optout-day30", "X-OPT", None, None, P, None),
    Fax("optout-day30-2330edt", "X-OPT", None, None, P, None, utc="2026-07-16 03:30:00"),
    Fax("optout-day31-0000edt", "X-OPT", None, None, V, None, utc="2026-07-16 04:00:00"),
    Fax("optout-day31", "X-OPT", None, None, V, None, utc="2026-07-16 16:00:00"),
    # --- opt-out of all channels Wed 07-01 16:00 UTC; day 30 = Fri 07-31 ---
    Fax("optout-all-before-receipt", "X-OPT2", None, None, None, None,
        utc="2026-07-01 15:00:00"),
    Fax("optout-all-day0", "X-OPT2", None, None, P, None, utc="2026-07-01 17:00:00"),
    Fax("optout-all-day30", "X-OPT2", None, None, P, None, utc="2026-07-31 16:00:00"),
    Fax("optout-all-day31", "X-OPT2", None, None, V, None, utc="2026-08-01 16:00:00"),
    # --- an email opt-out is no fax opt-out ---
    Fax("email-optout-day45", "X-OPTMAIL", None, None, None, None, utc="2026-08-15 16:00:00"),
]
# fmt: on
FAX_RULES = {UNSOL: "unsol", NOTICE: "notice", HONOR: "honor", SOLICITED: "solicited"}


def _fax_contacts() -> list[dict[str, Any]]:
    return [
        {
            "contact_id": f.id,
            "customer_id": f.customer,
            "channel": "fax",
            "sent_at": ts(f.utc),
            "to_phone": FAX_NUMBERS[f.customer],
            "campaign_id": f.campaign,
            "purpose": f.purpose,
            "seller": SELLER,
        }
        for f in FAXES
    ]


def _db(*, faxes: bool = True) -> Any:
    return tiny_db(
        customers=T10_CUSTOMERS + FAX_CUSTOMERS,
        contacts=_t10_contacts() + (_fax_contacts() if faxes else []),
        campaigns=CAMPAIGNS,
        consents=T10_CONSENTS + FAX_CONSENTS,
        transactions=TRANSACTIONS,
        inquiries=INQUIRIES,
        optouts=FAX_OPTOUTS,
    )


# ============================================================================================
# Runs
# ============================================================================================


@pytest.fixture(scope="module")
def t10(rulebook: Rulebook) -> dict[str, AuditRun]:
    _require("T10")
    con = _db()
    return {
        "2026Q3": audit(con, rulebook, "2026Q3", only=["T10"]),
        "again": audit(con, rulebook, "2026Q3", only=["T10"]),
        "no events": audit(con, rulebook, "2026Q2", only=["T10"]),  # no contacts in 2026Q2
    }


@pytest.fixture(scope="module")
def p23(rulebook: Rulebook) -> dict[str, AuditRun]:
    _require("P23")
    con = _db()
    return {
        "2026Q3": audit(con, rulebook, "2026Q3", company=FAX_COMPANY, only=["P23"]),
        "again": audit(con, rulebook, "2026Q3", company=FAX_COMPANY, only=["P23"]),
        # calls in the period but not one fax
        "no faxes": audit(_db(faxes=False), rulebook, "2026Q3", company=FAX_COMPANY, only=["P23"]),
        # a company that does not send faxes: the fax rules do not apply
        "no fax channel": audit(con, rulebook, "2026Q3", only=["P23"]),
    }


# ============================================================================================
# T10 tests
# ============================================================================================


def test_t10_case_ids_are_unique() -> None:
    assert len({c.id for c in CALLS}) == len(CALLS)


@pytest.mark.parametrize("rule_id", T10_RULES)
@pytest.mark.parametrize("case", CALLS, ids=[c.id for c in CALLS])
def test_t10_prerecorded_consent(t10: dict[str, AuditRun], case: Call, rule_id: str) -> None:
    expected = getattr(case, T10_RULES[rule_id])
    assert verdicts(t10["2026Q3"], "T10", rule_id).get(case.id) == expected


def test_t10_rows_are_contacts_one_per_rule(t10: dict[str, AuditRun]) -> None:
    rows = t10["2026Q3"].rows
    rows = rows[rows["check_id"] == "T10"]
    assert not rows.empty
    assert set(rows["record_table"]) == {"contacts"}
    assert not rows[["rule_id", "record_id"]].duplicated().any()


@pytest.mark.parametrize("rule_id", T10_RULES)
def test_t10_status_is_worst_row(t10: dict[str, AuditRun], rule_id: str) -> None:
    assert t10["2026Q3"].finding(rule_id, "T10").status is Status.VIOLATION


def test_t10_same_inputs_same_rows(t10: dict[str, AuditRun]) -> None:
    assert not t10["again"].rows.empty
    pd.testing.assert_frame_equal(t10["2026Q3"].rows, t10["again"].rows)


@pytest.mark.parametrize("rule_id", T10_RULES)
def test_t10_no_contacts_in_period_is_not_evaluated(t10: dict[str, AuditRun], rule_id: str) -> None:
    finding = t10["no events"].finding(rule_id, "T10")
    assert finding.status is Status.NOT_EVALUATED
    assert any(m.startswith("contacts.") for m in finding.missing)


# ============================================================================================
# P23 tests
# ============================================================================================


def test_p23_case_ids_are_unique() -> None:
    assert len({f.id for f in FAXES}) == len(FAXES)


@pytest.mark.parametrize("rule_id", FAX_RULES)
@pytest.mark.parametrize("case", FAXES, ids=[f.id for f in FAXES])
def test_p23_fax_advertising(p23: dict[str, AuditRun], case: Fax, rule_id: str) -> None:
    expected = getattr(case, FAX_RULES[rule_id])
    assert verdicts(p23["2026Q3"], "P23", rule_id).get(case.id) == expected


def test_p23_rows_are_contacts_one_per_rule(p23: dict[str, AuditRun]) -> None:
    rows = p23["2026Q3"].rows
    rows = rows[rows["check_id"] == "P23"]
    assert not rows.empty
    assert set(rows["record_table"]) == {"contacts"}
    assert set(rows["channel"]) == {"fax"}
    assert not rows[["rule_id", "record_id"]].duplicated().any()


@pytest.mark.parametrize(
    ("rule_id", "status"),
    [
        (UNSOL, Status.VIOLATION),
        (NOTICE, Status.VIOLATION),
        (HONOR, Status.VIOLATION),
        (SOLICITED, Status.WARNING),
    ],
)
def test_p23_status_is_worst_row(p23: dict[str, AuditRun], rule_id: str, status: Status) -> None:
    assert p23["2026Q3"].finding(rule_id, "P23").status is status


def test_p23_same_inputs_same_rows(p23: dict[str, AuditRun]) -> None:
    assert not p23["again"].rows.empty
    pd.testing.assert_frame_equal(p23["2026Q3"].rows, p23["again"].rows)


@pytest.mark.parametrize("rule_id", FAX_RULES)
def test_p23_no_faxes_is_not_evaluated(p23: dict[str, AuditRun], rule_id: str) -> None:
    finding = p23["no faxes"].finding(rule_id, "P23")
    assert finding.status is Status.NOT_EVALUATED
    assert finding.missing
    assert p23["no faxes"].rows.empty


@pytest.mark.parametrize("rule_id", FAX_RULES)
def test_p23_company_without_faxes_is_not_applicable(
    p23: dict[str, AuditRun], rule_id: str
) -> None:
    finding = p23["no fax channel"].finding(rule_id, "P23")
    assert finding.status is Status.NOT_APPLICABLE
    assert p23["no fax channel"].rows.empty
