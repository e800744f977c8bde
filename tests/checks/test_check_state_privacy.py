"""P1, P2, P6, P9, P10, P11, P25 (state privacy laws on data), by table.

The company's zone is America/New_York: EDT (UTC-4) from March to October, EST (UTC-5) in
winter, so 16:00 UTC is noon in New York and a company day starts at 04:00 UTC (05:00 in
winter). Each check has its own tiny DB; each case its own customer or share. Days were
counted on a printed calendar (2026: Labor Day Mon 09-07, Columbus Day Mon 10-12, Juneteenth
Fri 06-19; 07-04 is a Saturday, observed Fri 07-03, a holiday under one reading only).

P1 (CCPA-OPTOUT-SALE-SHARE, 2026Q3). An opt-out received Mon 2026-08-24 (day 0): business
days Tue 25 (1), Wed 26 (2), Thu 27 (3), Fri 28 (4), Mon 31 (5), Tue 09-01 (6), Wed 02 (7),
Thu 03 (8), Fri 04 (9), [Mon 07 Labor Day], Tue 08 (10), Wed 09 (11), Thu 10 (12), Fri 11
(13), Mon 14 (14), Tue 15 (15), Wed 16 (16): a share on 09-15 is in time, on 09-16 late (and
09-16 03:30 UTC is still 09-15 in New York; 04:00 UTC is 09-16). An opt-out received Wed
07-01: counting 07-03 as a business day the 15th is Wed 07-22, skipping it Thu 07-23, so a
share on 07-23 is late under one reading only (warning) and on 07-24 under both. Opt-outs
come from requests (opt_out_sale_share; by customer or by address), opt-out lists (sale_share
or all; by customer or address) and follow the person; an email opt-out is none; GPC signals
(sessions, gpc requests) are P2's.
A consent to sell granted after the opt-out ends it (unless revoked). Not a sale (flags false),
a service provider, or both flags empty: no row; one flag empty, the other false: a warning at
most; a list rental is a sale whatever its flags.

P2 (CCPA-GPC, STATE-PRIVACY-UNIVERSAL-OPTOUT; 2025-06-01..2026-09-30). (a) A session with a
GPC signal in which sale tags fired: California always (from 2023); Colorado from its 'from'
date; Connecticut and Oregon from the date they were 'in force by' (2025-07-01): 06-30 is no
row; Minnesota from 2025-07-31 (07-31 04:30 UTC is 00:30 EDT: judged; 03:30 UTC is 07-30:
not); New Hampshire has no date (judged from its law, 2025-01-01, as a warning); Florida has
no law; Maryland from 2026-04-01 (its law took effect 2025-10-01; 04:00 UTC is 00:00 EDT).
The session's state wins over the customer's; neither known: a warning (a universal opt-out
law may apply). The detail names the state, not the device. (b) A known customer's data sold after
a GPC session or request of Mon 2026-08-24: California 09-15 in time, 09-16 late; Colorado
09-16 a warning (the 15-business-day lag is an unconfirmed audit convention). Of many GPC
sessions of one person, the first governs, and after a consent to sell (07-20) the first after
it (08-24: 09-15 in time, 09-16 late).

P6 (CCPA-REQUEST-DEADLINES, 2026Q3, as_of 2026-10-01 00:00 EDT). Received Mon 08-24: the
10th business day is Tue 09-08 (Labor Day skipped), the 11th Wed 09-09. Received Wed 07-01:
the 10th business day is Wed 07-15 counting 07-03, Thu 07-16 skipping it (07-16 a warning,
07-17 late). Day 45 after 07-01 is Sat 08-15 (July has 31 days: 07-31 is day 30), day 46
08-16; day 90 is Tue 09-29 (08-31 is day 61), day 91 Wed 09-30. An extension notice counts
when sent by day 45 (08-15), not on day 46. Day 45 after 06-01 is 07-16 (a request still open
at the period's start is judged; 07-20 is day 49). Still open at as_of past its deadline: late;
an answer also confirms receipt. A request of no customer, or of a customer with no state:
judged, a warning at most ('state unknown').

P9 (STATE-PRIVACY-SENSITIVE-OPTIN; period 2025-12-01..2026-12-31): sensitive data or precise
location (or data whose sensitive flag is empty: a warning at most; or a known child's data,
sensitive whatever its flag) of a resident of an opt-in state, from the state's date
(Maryland 2026-04-01: 04-01 04:30 UTC is 00:30 EDT, judged; 03:30 UTC is 03-31, not; Indiana
2026-01-01: 05:30 UTC is 00:30 EST), needs a consent (channel sensitive or all; express,
written, teen or parental) in force; a known child under 13 the parent's (13th birthday Wed
2026-07-15: a teen's own consent suffices from that day). Oregon gives 15 days after a
revocation: revoked Wed 07-01, day 15 is Thu 07-16 (in time), day 16 Fri 07-17. Precise
location the only sensitive data (is_sensitive false): a location consent will do (as P4);
with is_sensitive empty, a warning.

P10 (STATE-PRIVACY-MD-SENSITIVE): a Maryland resident's sensitive data sold on or after
2026-04-01 (00:00 EDT = 04:00 UTC) is a violation whatever the consent; 03-31 is not judged.
P11 (STATE-PRIVACY-OR-GEOLOCATION-SALE, -OR-TEENS): an Oregon resident's precise location or
under-16 data sold from 2026-01-01 (00:00 EST = 05:00 UTC; 04:59 UTC is still 12-31); before,
the 2024 version needed a 13-15-year-old's consent. 16th birthday Wed 2026-07-15: adult that
day. P10 and P11 judge what subjects.sold calls a sale: no sale flag with cross-context sharing
is targeted advertising (P8's), no flag at all a sale (a warning at most).
P25 (MAIL-LIST-RENTAL-SALE): a list rental of a Californian who opted out (15 business days as
P1), of another state's (STATE-PRIVACY-OPTOUT-SALE-TA; lag unconfirmed: a warning; Indiana
from 2026-01-01, Maryland from 2026-04-01 though its law took effect 2025-10-01) or of
restricted data:
MD sensitive and under 18 from 2026-04-01 (18th birthday Wed 07-15), OR precise and under 16
from 2026-01-01, CA under 16 without the right opt-in (13-15 the teen's, under 13 a parent's),
NH 13-15 and NJ 13-16 without consent, CT 13-17 from 2026-07-01 whatever the consent.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

import pandas as pd
import pytest

from privacykit.audit.findings import Status
from privacykit.audit.runner import AuditRun
from privacykit.checks.registry import all_checks
from privacykit.rulebook import Rulebook
from tests.checks.tiny import COMPANY, audit, tiny_db, ts, verdicts

V, W, P = "violation", "warning", "pass"
CCPA_OPTOUT = "CCPA-OPTOUT-SALE-SHARE"
GPC, UOOM = "CCPA-GPC", "STATE-PRIVACY-UNIVERSAL-OPTOUT"
REQUESTS = "CCPA-REQUEST-DEADLINES"
SENSITIVE = "STATE-PRIVACY-SENSITIVE-OPTIN"
MD_SENSITIVE = "STATE-PRIVACY-MD-SENSITIVE"
OR_GEO, OR_TEENS = "STATE-PRIVACY-OR-GEOLOCATION-SALE", "STATE-PRIVACY-OR-TEENS"
RENTAL = "MAIL-LIST-RENTAL-SALE"
STATE_OPTOUT = "STATE-PRIVACY-OPTOUT-SALE-TA"
PRIVACY_COMPANY = {
    **COMPANY,
    "jurisdictions": ["US"],
    "channels": ["email", "phone", "sms", "mail", "web", "location", "data-sharing"],
}
STATES_PERIOD = "2025-12-01..2026-12-31"
NOON = "16:00:00"  # 12:00 EDT
NONE: Mapping[str, Any] = MappingProxyType({})


def _require(check_id: str) -> None:
    if check_id not in all_checks():
        pytest.fail(f"no check registered: {check_id}")


def _cust(cid: str, state: str | None, **extra: Any) -> dict[str, Any]:
    return {
        "customer_id": cid,
        "state": state,
        "email": f"{cid.lower()}@example.com",
        "country": "US",
    } | extra


def _share(sid: str, cid: str | None, when: str, **extra: Any) -> dict[str, Any]:
    row = {
        "share_id": sid,
        "customer_id": cid,
        "recipient": "Acme Data Co",
        "recipient_type": "data_broker",
        "is_sale": True,
        "is_cross_context_sharing": False,
        "shared_at": ts(when),
    }
    return row | extra


def _request(rid: str, cid: str | None, kind: str, when: str, **extra: Any) -> dict[str, Any]:
    return {"request_id": rid, "customer_id": cid, "request_type": kind,
            "received_at": ts(when)} | extra  # fmt: skip


def _consent(
    kid: str, cid: str, channel: str, kind: str, granted: str, **extra: Any
) -> dict[str, Any]:
    return {"consent_id": kid, "customer_id": cid, "channel": channel, "consent_type": kind,
            "granted_at": ts(granted), "evidence": "web form v2"} | extra  # fmt: skip


class Case(NamedTuple):
    id: str
    customer: str | None
    utc: str
    want: str | None
    extra: Mapping[str, Any] = NONE


def _shares_of(cases: list[Case]) -> list[dict[str, Any]]:
    return [_share(c.id, c.customer, c.utc, **c.extra) for c in cases]


def _ids_unique(cases: list[Any]) -> None:
    assert len({c.id for c in cases}) == len(cases)


def _rows(run: AuditRun, check: str) -> pd.DataFrame:
    rows = run.rows
    return rows[rows["check_id"] == check] if not rows.empty else rows


def _reading(run: AuditRun, check: str, record: str, rule: str | None = None) -> str:
    rows = _rows(run, check)
    rows = rows[rows["record_id"] == record]
    if rule is not None:
        rows = rows[rows["rule_id"] == rule]
    assert len(rows) == 1, rows
    return str(rows["reading"].iloc[0])


# ============================================================================================
# P1: CCPA opt-out of sale or sharing
# ============================================================================================

P1_CUSTOMERS = [
    _cust("CA-REQ", "CA"),  # opt_out_sale_share request Mon 08-24 noon EDT
    _cust("CA-JULY", "CA"),  # request Wed 07-01
    _cust("CA-LIST", "CA"),  # opt-out list (sale_share), customer only, 08-24
    _cust("CA-ALL", "CA"),  # opt-out list of every channel, naming the email, 08-24
    _cust("CA-EMAILOPT", "CA"),  # an email opt-out only
    _cust("CA-GPCREQ", "CA"),  # a GPC request 08-24
    _cust("CA-ADDR", "CA"),  # a request naming only the email address, 08-24
    _cust("CA-RECONSENT", "CA"),  # request Mon 06-01; consent to sell granted 07-20
    _cust("CA-REVOKED", "CA"),  # request 06-01; consent 07-20 revoked 08-01
    _cust("CA-ANN1", "CA", first_name="Ann", last_name="Lee", birth_date=dt.date(1980, 1, 1)),
    _cust("CA-ANN2", "CA", first_name="Ann", last_name="Lee", birth_date=dt.date(1980, 1, 1)),
    _cust("OH-REQ", "OH"),  # opted out 08-24, not a Californian
    _cust("CA-NOOPT", "CA"),
    _cust("CA-LOWER", " ca"),  # state as exported: trimmed and case-folded
]
P1_REQUESTS = [
    _request("q-req", "CA-REQ", "opt_out_sale_share", "2026-08-24 16:00:00"),
    _request("q-july", "CA-JULY", "opt_out_sale_share", "2026-07-01 16:00:00"),
    _request("q-gpc", "CA-GPCREQ", "gpc", "2026-08-24 16:00:00"),
    _request(
        "q-addr", None, "opt_out_sale_share", "2026-08-24 16:00:00", address=" CA-ADDR@example.com"
    ),
    _request("q-reconsent", "CA-RECONSENT", "opt_out_sale_share", "2026-06-01 16:00:00"),
    _request("q-revoked", "CA-REVOKED", "opt_out_sale_share", "2026-06-01 16:00:00"),
    _request("q-ann", "CA-ANN1", "opt_out_sale_share", "2026-08-24 16:00:00"),
    _request("q-oh", "OH-REQ", "opt_out_sale_share", "2026-08-24 16:00:00"),
    _request("q-lower", "CA-LOWER", "opt_out_sale_share", "2026-08-24 16:00:00"),
    _request("q-know", "CA-NOOPT", "know", "2026-07-01 16:00:00"),  # not an opt-out
]
P1_OPTOUTS = [
    {
        "optout_id": "o-list",
        "customer_id": "CA-LIST",
        "channel": "sale_share",
        "method": "link",
        "received_at": ts("2026-08-24 16:00:00"),
    },
    {
        "optout_id": "o-all",
        "channel": "all",
        "address": "ca-all@example.com",
        "method": "call",
        "received_at": ts("2026-08-24 16:00:00"),
    },
    {
        "optout_id": "o-email",
        "customer_id": "CA-EMAILOPT",
        "channel": "email",
        "address": "ca-emailopt@example.com",
        "method": "link",
        "received_at": ts("2026-08-24 16:00:00"),
    },
]
P1_CONSENTS = [
    _consent("k-reconsent", "CA-RECONSENT", "sale_share", "express", "2026-07-20 16:00:00"),
    _consent(
        "k-revoked",
        "CA-REVOKED",
        "sale_share",
        "express",
        "2026-07-20 16:00:00",
        revoked_at=ts("2026-08-01 16:00:00"),
    ),
]
NOT_SALE = {"is_sale": False, "is_cross_context_sharing": False}

# fmt: off
P1_CASES = [
    # --- request Mon 08-24 12:00 EDT (day 0); business day 15 = Tue 09-15, 16 = Wed 09-16 ---
    Case("p1-before-receipt", "CA-REQ", "2026-08-24 15:00:00", None),
    Case("p1-day0", "CA-REQ", "2026-08-24 17:00:00", P),
    Case("p1-bd14", "CA-REQ", "2026-09-14 16:00:00", P),
    Case("p1-bd15-after-labor-day", "CA-REQ", "2026-09-15 16:00:00", P),
    Case("p1-bd15-2330edt", "CA-REQ", "2026-09-16 03:30:00", P),
    Case("p1-bd16-0000edt", "CA-REQ", "2026-09-16 04:00:00", V),
    Case("p1-bd16", "CA-REQ", "2026-09-16 16:00:00", V),
    Case("p1-cross-context-bd16", "CA-REQ", "2026-09-16 16:00:00", V,
         {"is_sale": False, "is_cross_context_sharing": True, "recipient_type": "ad_platform"}),
    Case("p1-not-a-sale", "CA-REQ", "2026-09-16 16:00:00", None, NOT_SALE),
    Case("p1-service-provider", "CA-REQ", "2026-09-16 16:00:00", None,
         {**NOT_SALE, "recipient_type": "service_provider"}),
    Case("p1-service-provider-flag-empty", "CA-REQ", "2026-09-16 16:00:00", None,
         {"is_sale": None, "recipient_type": "service_provider"}),
    Case("p1-flags-empty", "CA-REQ", "2026-09-16 16:00:00", None,
         {"is_sale": None, "is_cross_context_sharing": None}),
    Case("p1-sale-not-recorded-bd16", "CA-REQ", "2026-09-16 16:00:00", W, {"is_sale": None}),
    Case("p1-sale-not-recorded-bd15", "CA-REQ", "2026-09-15 16:00:00", P, {"is_sale": None}),
    Case("p1-list-rental-flags-empty", "CA-REQ", "2026-09-16 16:00:00", V,
         {"is_sale": None, "is_cross_context_sharing": None, "recipient_type": "list_rental"}),
    # --- request Wed 07-01; 07-03 (observed holiday) counted or not ---
    Case("p1-july-bd15-both", "CA-JULY", "2026-07-22 16:00:00", P),
    Case("p1-july-late-one-reading", "CA-JULY", "2026-07-23 16:00:00", W),
    Case("p1-july-late-both", "CA-JULY", "2026-07-24 16:00:00", V),
    # --- other opt-outs ---
    Case("p1-list-bd15", "CA-LIST", "2026-09-15 16:00:00", P),
    Case("p1-list-bd16", "CA-LIST", "2026-09-16 16:00:00", V),
    Case("p1-all-channels-bd16", "CA-ALL", "2026-09-16 16:00:00", V),
    Case("p1-email-optout-only", "CA-EMAILOPT", "2026-09-16 16:00:00", None),
    # a GPC request is P2's (CCPA-GPC): one share, one verdict per signal
    Case("p1-gpc-request-is-p2s", "CA-GPCREQ", "2026-09-16 16:00:00", None),
    Case("p1-request-by-address-bd16", "CA-ADDR", "2026-09-16 16:00:00", V),
    Case("p1-same-person-bd16", "CA-ANN2", "2026-09-16 16:00:00", V),
    Case("p1-state-case-folded", "CA-LOWER", "2026-09-16 16:00:00", V),
    # --- request 06-01 (15th business day Tue 06-23); re-consent 07-20 ---
    Case("p1-before-reconsent", "CA-RECONSENT", "2026-07-10 16:00:00", V),
    Case("p1-after-reconsent", "CA-RECONSENT", "2026-08-20 16:00:00", None),
    Case("p1-reconsent-revoked", "CA-REVOKED", "2026-08-20 16:00:00", V),
    # --- not judged ---
    Case("p1-not-californian", "OH-REQ", "2026-09-16 16:00:00", None),
    Case("p1-no-optout", "CA-NOOPT", "2026-09-16 16:00:00", None),
    Case("p1-no-customer", None, "2026-09-16 16:00:00", None, {"address": "ca-req@example.com"}),
]
# fmt: on


def _p1_db(*, shares: bool = True) -> Any:
    return tiny_db(
        customers=P1_CUSTOMERS,
        sharing=_shares_of(P1_CASES) if shares else [],
        privacy_requests=P1_REQUESTS,
        optouts=P1_OPTOUTS,
        consents=P1_CONSENTS,
    )


@pytest.fixture(scope="module")
def p1(rulebook: Rulebook) -> dict[str, AuditRun]:
    _require("P1")
    con = _p1_db()
    return {
        "2026Q3": audit(con, rulebook, "2026Q3", company=PRIVACY_COMPANY, only=["P1"]),
        "again": audit(con, rulebook, "2026Q3", company=PRIVACY_COMPANY, only=["P1"]),
        "no shares": audit(
            _p1_db(shares=False), rulebook, "2026Q3", company=PRIVACY_COMPANY, only=["P1"]
        ),
        "Ohio only": audit(
            con,
            rulebook,
            "2026Q3",
            only=["P1"],
            company={**PRIVACY_COMPANY, "jurisdictions": ["US-OH"]},
        ),
    }


def test_p1_case_ids_are_unique() -> None:
    _ids_unique(P1_CASES)


@pytest.mark.parametrize("case", P1_CASES, ids=[c.id for c in P1_CASES])
def test_p1_optout_of_sale(p1: dict[str, AuditRun], case: Case) -> None:
    assert verdicts(p1["2026Q3"], "P1", CCPA_OPTOUT).get(case.id) == case.want


def test_p1_reading_names_the_days(p1: dict[str, AuditRun]) -> None:
    reading = _reading(p1["2026Q3"], "P1", "p1-bd16")
    assert "shared 2026-09-16" in reading
    assert "opt-out received 2026-08-24" in reading
    assert "allowed 15 business days" in reading
    assert "last day 2026-09-15" in reading
    assert "not recorded whether a sale" in _reading(
        p1["2026Q3"], "P1", "p1-sale-not-recorded-bd16"
    )


def test_p1_rows_one_per_share(p1: dict[str, AuditRun]) -> None:
    rows = _rows(p1["2026Q3"], "P1")
    assert set(rows["record_table"]) == {"sharing"}
    assert not rows[["rule_id", "record_id"]].duplicated().any()
    assert p1["2026Q3"].finding(CCPA_OPTOUT, "P1").status is Status.VIOLATION
    late = rows[rows["record_id"] == "p1-bd16"].iloc[0]
    assert late["basis_at"] == ts("2026-08-24 16:00:00")
    assert late["deadline_at"] == ts("2026-09-16 04:00:00")  # the end of Tue 09-15 in New York


def test_p1_same_inputs_same_rows(p1: dict[str, AuditRun]) -> None:
    pd.testing.assert_frame_equal(p1["2026Q3"].rows, p1["again"].rows)


def test_p1_no_shares_is_not_evaluated(p1: dict[str, AuditRun]) -> None:
    finding = p1["no shares"].finding(CCPA_OPTOUT, "P1")
    assert finding.status is Status.NOT_EVALUATED
    assert any(m.startswith("sharing.") for m in finding.missing)


def test_p1_company_outside_california_is_not_applicable(p1: dict[str, AuditRun]) -> None:
    assert p1["Ohio only"].finding(CCPA_OPTOUT, "P1").status is Status.NOT_APPLICABLE


# ============================================================================================
# P2: Global Privacy Control
# ============================================================================================


class Session(NamedTuple):
    id: str
    state: str | None
    utc: str
    want: str | None
    rule: str = GPC
    customer: str | None = None
    gpc: bool | None = True
    tags: bool | None = True


# fmt: off
SESSIONS = [
    Session("s-ca-tags", "CA", "2026-07-15 16:00:00", V),
    Session("s-ca-no-tags", "CA", "2026-07-15 16:00:00", None, tags=False),
    Session("s-ca-no-gpc", "CA", "2026-07-15 16:00:00", None, gpc=False),
    Session("s-ca-tags-not-recorded", "CA", "2026-07-15 16:00:00", W, tags=None),
    Session("s-ca-2025", "CA", "2025-07-15 16:00:00", V),
    Session("s-customer-state", None, "2026-07-15 16:00:00", V, customer="G-CA2"),
    Session("s-session-state-wins", "CA", "2026-07-15 16:00:00", V, customer="G-OH"),
    Session("s-session-state-wins-oh", "OH", "2026-07-15 16:00:00", None, UOOM,
            customer="G-CA2"),
    Session("s-no-state", None, "2026-07-15 16:00:00", W, UOOM),
    Session("s-no-state-unknown-customer", None, "2026-07-15 16:00:00", W, UOOM,
            customer="G-NOSTATE"),
    Session("s-co", "CO", "2026-07-15 16:00:00", V, UOOM),
    Session("s-ct", "CT", "2026-07-15 16:00:00", V, UOOM),
    Session("s-ct-day-before", "CT", "2025-06-30 16:00:00", None, UOOM),
    Session("s-ct-first-day", "CT", "2025-07-01 16:00:00", V, UOOM),
    Session("s-or-first-day", "OR", "2025-07-01 16:00:00", V, UOOM),
    Session("s-nh-no-date", "NH", "2026-07-15 16:00:00", W, UOOM),
    Session("s-fl-no-law", "FL", "2026-07-15 16:00:00", None, UOOM),
    Session("s-mn-day-before", "MN", "2025-07-30 16:00:00", None, UOOM),
    Session("s-mn-2330edt-day-before", "MN", "2025-07-31 03:30:00", None, UOOM),
    Session("s-mn-0030edt-first-day", "MN", "2025-07-31 04:30:00", V, UOOM),
    # Maryland: the law took effect 2025-10-01, applies to processing from 2026-04-01
    Session("s-md-law-in-effect", "MD", "2025-11-10 16:00:00", None, UOOM),
    Session("s-md-2359edt-day-before", "MD", "2026-04-01 03:59:00", None, UOOM),
    Session("s-md-0000edt-first-day", "MD", "2026-04-01 04:00:00", V, UOOM),
    # GPC sessions of known customers, no tags fired: the signal to honour in (b)
    Session("s-g-ca", "CA", "2026-08-24 16:00:00", None, customer="G-CA", tags=False),
    Session("s-g-co", "CO", "2026-08-24 16:00:00", None, UOOM, customer="G-CO", tags=False),
    Session("s-g-nh", "NH", "2026-08-24 16:00:00", None, UOOM, customer="G-NH", tags=False),
    Session("s-g-fl", "FL", "2026-08-24 16:00:00", None, UOOM, customer="G-FL", tags=False),
    Session("s-g-reconsent", "CA", "2026-06-01 16:00:00", None, customer="G-RECONSENT",
            tags=False),
    Session("s-g-md", "MD", "2026-01-05 16:00:00", None, UOOM, customer="G-MD", tags=False),
    # many sessions of one person: the first, and the first after a consent (07-20), govern
    Session("s-many-1", "CA", "2026-06-01 16:00:00", None, customer="G-MANY", tags=False),
    Session("s-many-2", "CA", "2026-06-02 16:00:00", None, customer="G-MANY", tags=False),
    Session("s-many-3", "CA", "2026-08-24 16:00:00", None, customer="G-MANY", tags=False),
    Session("s-many-4", "CA", "2026-08-25 16:00:00", None, customer="G-MANY", tags=False),
]
P2_SHARES = [
    Case("g-ca-bd15", "G-CA", "2026-09-15 16:00:00", P),
    Case("g-ca-bd16", "G-CA", "2026-09-16 16:00:00", V),
    Case("g-ca-request-bd16", "G-CA-REQ", "2026-09-16 16:00:00", V),
    Case("g-co-bd15", "G-CO", "2026-09-15 16:00:00", P),
    Case("g-co-bd16-lag-unconfirmed", "G-CO", "2026-09-16 16:00:00", W),
    Case("g-nh-bd16", "G-NH", "2026-09-16 16:00:00", W),
    Case("g-fl-no-law", "G-FL", "2026-09-16 16:00:00", None),
    Case("g-after-reconsent", "G-RECONSENT", "2026-08-20 16:00:00", None),
    Case("g-optout-list-is-p1s", "G-LIST", "2026-09-16 16:00:00", None),
    Case("g-not-a-sale", "G-CA", "2026-09-16 16:00:00", None, NOT_SALE),
    Case("g-md-law-in-effect", "G-MD", "2026-03-31 16:00:00", None),
    Case("g-md-first-day", "G-MD", "2026-04-01 16:00:00", W),
    Case("g-many-before-consent", "G-MANY", "2026-07-10 16:00:00", V),
    Case("g-many-after-consent-bd15", "G-MANY", "2026-09-15 16:00:00", P),
    Case("g-many-after-consent-bd16", "G-MANY", "2026-09-16 16:00:00", V),
]
# fmt: on
P2_RULE = {GPC: GPC, UOOM: UOOM}
P2_CUSTOMERS = [
    _cust("G-CA", "CA"),
    _cust("G-CA2", "CA"),
    _cust("G-OH", "OH"),
    _cust("G-CO", "CO"),
    _cust("G-NH", "NH"),
    _cust("G-FL", "FL"),
    _cust("G-RECONSENT", "CA"),
    _cust("G-CA-REQ", "CA"),
    _cust("G-LIST", "CA"),
    _cust("G-NOSTATE", None),
    _cust("G-MD", "MD"),
    _cust("G-MANY", "CA"),
]


def _p2_db(*, sessions: bool = True) -> Any:
    return tiny_db(
        customers=P2_CUSTOMERS,
        web_sessions=[
            {
                "session_id": s.id,
                "customer_id": s.customer,
                "device_id": f"d-{s.id}",
                "started_at": ts(s.utc),
                "state": s.state,
                "gpc": s.gpc,
                "sale_tags_fired": s.tags,
            }
            for s in SESSIONS
        ]
        if sessions
        else [],
        sharing=_shares_of(P2_SHARES),
        privacy_requests=[_request("q-g", "G-CA-REQ", "gpc", "2026-08-24 16:00:00")],
        optouts=[
            {
                "optout_id": "o-g",
                "customer_id": "G-LIST",
                "channel": "sale_share",
                "received_at": ts("2026-08-24 16:00:00"),
            }
        ],
        consents=[
            _consent("k-g", "G-RECONSENT", "sale_share", "express", "2026-07-20 16:00:00"),
            _consent("k-many", "G-MANY", "sale_share", "express", "2026-07-20 16:00:00"),
        ],
    )


P2_PERIOD = "2025-06-01..2026-09-30"


@pytest.fixture(scope="module")
def p2(rulebook: Rulebook) -> dict[str, AuditRun]:
    _require("P2")
    return {
        "run": audit(_p2_db(), rulebook, P2_PERIOD, company=PRIVACY_COMPANY, only=["P2"]),
        "no sessions": audit(
            _p2_db(sessions=False), rulebook, P2_PERIOD, company=PRIVACY_COMPANY, only=["P2"]
        ),
    }


def test_p2_case_ids_are_unique() -> None:
    _ids_unique(SESSIONS)
    _ids_unique(P2_SHARES)


@pytest.mark.parametrize("case", SESSIONS, ids=[s.id for s in SESSIONS])
def test_p2_tags_fired_in_a_gpc_session(p2: dict[str, AuditRun], case: Session) -> None:
    got = {r: verdicts(p2["run"], "P2", r).get(case.id) for r in (GPC, UOOM)}
    want = {r: (case.want if r == case.rule else None) for r in (GPC, UOOM)}
    assert got == want


P2_SHARE_RULE = {
    "g-co-bd15": UOOM,
    "g-co-bd16-lag-unconfirmed": UOOM,
    "g-nh-bd16": UOOM,
    "g-md-law-in-effect": UOOM,
    "g-md-first-day": UOOM,
}


@pytest.mark.parametrize("case", P2_SHARES, ids=[c.id for c in P2_SHARES])
def test_p2_sale_after_a_gpc_signal(p2: dict[str, AuditRun], case: Case) -> None:
    rule = P2_SHARE_RULE.get(case.id, GPC)
    got = {r: verdicts(p2["run"], "P2", r).get(case.id) for r in (GPC, UOOM)}
    assert got == {r: (case.want if r == rule else None) for r in (GPC, UOOM)}


def test_p2_readings(p2: dict[str, AuditRun]) -> None:
    run = p2["run"]
    assert "at once" in _reading(run, "P2", "s-ca-tags")
    assert "exact start date is not in the sources" in _reading(run, "P2", "s-ct")
    assert "effective date 2025-01-01" in _reading(run, "P2", "s-nh-no-date")
    assert "sale_tags_fired empty" in _reading(run, "P2", "s-ca-tags-not-recorded")
    assert "audit convention" in _reading(run, "P2", "g-co-bd16-lag-unconfirmed")
    assert "state unknown: a universal opt-out law may apply" in _reading(run, "P2", "s-no-state")
    rows = _rows(run, "P2")
    assert not rows["detail"].str.contains("d-s-").any()  # no device id outside evidence
    detail = rows.set_index(["rule_id", "record_id"])["detail"]
    assert "GPC session s-many-1" in detail[(GPC, "g-many-before-consent")]
    assert "GPC session s-many-3" in detail[(GPC, "g-many-after-consent-bd16")]
    assert set(rows["record_table"]) == {"web_sessions", "sharing"}
    assert not rows[["rule_id", "record_id"]].duplicated().any()


def test_p2_no_sessions_is_not_evaluated(p2: dict[str, AuditRun]) -> None:
    for rule in (GPC, UOOM):
        finding = p2["no sessions"].finding(rule, "P2")
        assert finding.status is Status.NOT_EVALUATED
        assert any(m.startswith("web_sessions.") for m in finding.missing)


# ============================================================================================
# P6: CCPA request deadlines
# ============================================================================================


class Req(NamedTuple):
    id: str
    received: str
    want: str | None
    ack: str | None = None
    done: str | None = None
    ext: str | None = None
    kind: str = "know"
    customer: str | None = "R-CA"


def _noon(day: str | None) -> dt.datetime | None:
    return None if day is None else ts(f"{day} {NOON}")


# fmt: off
REQS = [
    # --- acknowledgement: received Mon 08-24; 10th business day Tue 09-08 (after Labor Day) ---
    Req("r-ack-bd9", "2026-08-24", P, ack="2026-09-04", done="2026-09-04"),
    Req("r-ack-bd10-after-labor-day", "2026-08-24", P, ack="2026-09-08", done="2026-09-08"),
    Req("r-ack-bd11", "2026-08-24", V, ack="2026-09-09", done="2026-09-09"),
    Req("r-ack-by-the-answer", "2026-08-24", P, done="2026-09-04"),
    Req("r-never-acknowledged", "2026-08-24", V),
    Req("r-not-yet-due", "2026-09-28", None),
    # --- received Wed 07-01: 07-03 a business day under one reading only ---
    Req("r-ack-july-bd10", "2026-07-01", P, ack="2026-07-15", done="2026-07-20"),
    Req("r-ack-july-late-one-reading", "2026-07-01", W, ack="2026-07-16", done="2026-07-20"),
    Req("r-ack-july-late", "2026-07-01", V, ack="2026-07-17", done="2026-07-20"),
    # --- answer: day 45 Sat 08-15, day 46 Sun 08-16 ---
    Req("r-day45", "2026-07-01", P, ack="2026-07-02", done="2026-08-15"),
    Req("r-day46", "2026-07-01", V, ack="2026-07-02", done="2026-08-16"),
    Req("r-day46-delete", "2026-07-01", V, ack="2026-07-02", done="2026-08-16", kind="delete"),
    Req("r-day46-correct", "2026-07-01", V, ack="2026-07-02", done="2026-08-16", kind="correct"),
    # --- with an extension notice: day 90 Tue 09-29, day 91 Wed 09-30 ---
    Req("r-day90-extended", "2026-07-01", P, ack="2026-07-02", done="2026-09-29",
        ext="2026-08-10"),
    Req("r-day91-extended", "2026-07-01", V, ack="2026-07-02", done="2026-09-30",
        ext="2026-08-10"),
    Req("r-extension-on-day45", "2026-07-01", P, ack="2026-07-02", done="2026-09-29",
        ext="2026-08-15"),
    Req("r-extension-on-day46", "2026-07-01", V, ack="2026-07-02", done="2026-09-29",
        ext="2026-08-16"),
    # --- still open at as_of (2026-10-01 00:00 EDT) ---
    Req("r-open-past-day45", "2026-07-01", V, ack="2026-07-02"),
    Req("r-open-extended-past-day90", "2026-07-01", V, ack="2026-07-02", ext="2026-08-01"),
    Req("r-open-extended-not-due", "2026-07-15", P, ack="2026-07-16", ext="2026-08-01"),
    Req("r-answered-after-as-of", "2026-07-01", V, ack="2026-07-02", done="2026-10-05"),
    # --- received before the period (06-01: day 45 is 07-16) ---
    Req("r-prior-still-open", "2026-06-01", V, ack="2026-06-02"),
    Req("r-prior-answered-in-period-day49", "2026-06-01", V, ack="2026-06-02",
        done="2026-07-20"),
    Req("r-prior-answered-in-time", "2026-06-01", P, ack="2026-06-02", done="2026-07-16"),
    Req("r-prior-closed-before-period", "2026-06-01", None, ack="2026-06-02",
        done="2026-06-20"),
    # --- not judged ---
    Req("r-optout-type", "2026-07-01", None, kind="opt_out_sale_share"),
    Req("r-limit-type", "2026-07-01", None, kind="limit"),
    Req("r-not-californian", "2026-07-01", None, customer="R-OH"),
    # --- no customer, or no state on record: perhaps a Californian's (a warning at most) ---
    Req("r-no-customer", "2026-07-01", W, customer=None),
    Req("r-no-state", "2026-07-01", W, customer="R-NOSTATE"),
    Req("r-no-state-in-time", "2026-07-01", P, ack="2026-07-02", done="2026-07-20",
        customer="R-NOSTATE"),
]
# fmt: on


def _p6_db(reqs: list[Req]) -> Any:
    return tiny_db(
        customers=[_cust("R-CA", "CA"), _cust("R-OH", "OH"), _cust("R-NOSTATE", None)],
        privacy_requests=[
            _request(
                r.id,
                r.customer,
                r.kind,
                f"{r.received} {NOON}",
                acknowledged_at=_noon(r.ack),
                completed_at=_noon(r.done),
                extended_at=_noon(r.ext),
            )
            for r in reqs
        ],
    )


@pytest.fixture(scope="module")
def p6(rulebook: Rulebook) -> dict[str, AuditRun]:
    _require("P6")
    prior = [r for r in REQS if r.received < "2026-07-01"]
    return {
        "2026Q3": audit(_p6_db(REQS), rulebook, "2026Q3", company=PRIVACY_COMPANY, only=["P6"]),
        # only requests received before the period: none in it
        "none received": audit(
            _p6_db(prior), rulebook, "2026Q3", company=PRIVACY_COMPANY, only=["P6"]
        ),
    }


def test_p6_case_ids_are_unique() -> None:
    _ids_unique(REQS)


@pytest.mark.parametrize("case", REQS, ids=[r.id for r in REQS])
def test_p6_request_deadlines(p6: dict[str, AuditRun], case: Req) -> None:
    assert verdicts(p6["2026Q3"], "P6", REQUESTS).get(case.id) == case.want


def test_p6_readings_count_the_days(p6: dict[str, AuditRun]) -> None:
    run = p6["2026Q3"]
    ack = _reading(run, "P6", "r-ack-bd11")
    assert "acknowledgement late: acknowledged 2026-09-09" in ack
    assert "last day 2026-09-08" in ack
    late = _reading(run, "P6", "r-day46")
    assert "answered 2026-08-16 (day 46)" in late
    assert "last day 2026-08-15" in late
    ext = _reading(run, "P6", "r-extension-on-day46")
    assert "came after day 45" in ext
    assert "plus 45 with the extension notice of 2026-08-10" in _reading(
        run, "P6", "r-day91-extended"
    )
    assert "not answered by 2026-10-01 00:00" in _reading(run, "P6", "r-open-past-day45")
    assert "2026-07-16 if every holiday is closed" in _reading(
        run, "P6", "r-ack-july-late-one-reading"
    )
    assert "state unknown: CCPA deadlines may apply" in _reading(run, "P6", "r-no-customer")


def test_p6_rows_one_per_request(p6: dict[str, AuditRun]) -> None:
    rows = _rows(p6["2026Q3"], "P6")
    assert set(rows["record_table"]) == {"privacy_requests"}
    assert not rows[["rule_id", "record_id"]].duplicated().any()
    row = rows[rows["record_id"] == "r-ack-bd11"].iloc[0]
    assert row["deadline_at"] == ts("2026-09-09 04:00:00")


def test_p6_no_request_received_is_not_evaluated(p6: dict[str, AuditRun]) -> None:
    finding = p6["none received"].finding(REQUESTS, "P6")
    assert finding.status is Status.NOT_EVALUATED
    assert any(m.startswith("privacy_requests.") for m in finding.missing)


# ============================================================================================
# P9: sensitive data without opt-in
# ============================================================================================

SENS = {
    "is_sale": False,
    "is_cross_context_sharing": False,
    "is_sensitive": True,
    "recipient_type": "ad_platform",
}
P9_CUSTOMERS = [
    _cust("CO-NONE", "CO"),
    _cust("CO-K", "CO"),
    _cust("CO-KALL", "CO"),
    _cust("CO-KLOC", "CO"),
    _cust("CO-KIMPLIED", "CO"),
    _cust("CO-KREVOKED", "CO"),
    _cust("CO-KLATE", "CO"),
    _cust("CA-S", "CA"),
    _cust("OH-S", "OH"),
    _cust("MD-S", "MD"),
    _cust("IN-S", "IN"),
    _cust("CO-CHILD", "CO", birth_date=dt.date(2015, 3, 1)),  # 11; express consent
    _cust("CO-CHILDP", "CO", birth_date=dt.date(2015, 3, 1)),  # 11; parental consent
    _cust("CO-CHILDN", "CO", birth_date=dt.date(2015, 3, 1)),  # 11; no consent
    _cust("CO-DECLN", "CO", age=12, age_as_of=dt.date(2026, 1, 10)),  # 12 or 13; no consent
    _cust("CO-13TH", "CO", birth_date=dt.date(2013, 7, 15)),  # 13 on Wed 2026-07-15; express
    _cust("CO-DECL", "CO", age=12, age_as_of=dt.date(2026, 1, 10)),  # 12 or 13 on 07-15
    _cust("OR-REV", "OR"),  # consent revoked Wed 07-01
    _cust("CO-ANN1", "CO", first_name="Ann", last_name="Lee", birth_date=dt.date(1980, 1, 1)),
    _cust("CO-ANN2", "CO", first_name="Ann", last_name="Lee", birth_date=dt.date(1980, 1, 1)),
]
P9_CONSENTS = [
    _consent("k-co", "CO-K", "sensitive", "express", "2026-01-05 16:00:00"),
    _consent("k-co-all", "CO-KALL", "all", "express_written", "2026-01-05 16:00:00"),
    _consent("k-co-loc", "CO-KLOC", "location", "express", "2026-01-05 16:00:00"),
    _consent("k-co-implied", "CO-KIMPLIED", "sensitive", "implied_purchase", "2026-01-05 16:00:00"),
    _consent(
        "k-co-revoked",
        "CO-KREVOKED",
        "sensitive",
        "express",
        "2026-01-05 16:00:00",
        revoked_at=ts("2026-07-10 16:00:00"),
    ),
    _consent("k-co-late", "CO-KLATE", "sensitive", "express", "2026-07-20 16:00:00"),
    _consent("k-child", "CO-CHILD", "sensitive", "express", "2026-01-05 16:00:00"),
    _consent("k-childp", "CO-CHILDP", "sensitive", "parental", "2026-01-05 16:00:00"),
    _consent("k-13th", "CO-13TH", "sensitive", "teen_opt_in", "2026-01-05 16:00:00"),
    _consent("k-decl", "CO-DECL", "sensitive", "express", "2026-01-05 16:00:00"),
    _consent(
        "k-or",
        "OR-REV",
        "sensitive",
        "express",
        "2026-01-05 16:00:00",
        revoked_at=ts("2026-07-01 16:00:00"),
    ),
    _consent("k-ann", "CO-ANN1", "sensitive", "express", "2026-01-05 16:00:00"),
]
JULY15 = "2026-07-15 16:00:00"
NOT_SENS = {**SENS, "is_sensitive": False, "includes_precise_location": False}

# fmt: off
P9_CASES = [
    Case("s9-no-consent", "CO-NONE", JULY15, V, SENS),
    Case("s9-consent", "CO-K", JULY15, P, SENS),
    Case("s9-consent-all-channels", "CO-KALL", JULY15, P, SENS),
    Case("s9-location-consent-only", "CO-KLOC", JULY15, V, SENS),
    # precise location the only sensitive data: a location consent will do (as P4)
    Case("s9-location-consent-precise-only", "CO-KLOC", JULY15, P,
         {**SENS, "is_sensitive": False, "includes_precise_location": True}),
    Case("s9-location-consent-precise-sensitivity-not-recorded", "CO-KLOC", JULY15, W,
         {**SENS, "is_sensitive": None, "includes_precise_location": True}),
    Case("s9-implied-consent", "CO-KIMPLIED", JULY15, V, SENS),
    Case("s9-before-revocation", "CO-KREVOKED", "2026-07-09 16:00:00", P, SENS),
    Case("s9-after-revocation", "CO-KREVOKED", JULY15, V, SENS),
    Case("s9-before-consent", "CO-KLATE", JULY15, V, SENS),
    Case("s9-after-consent", "CO-KLATE", "2026-07-21 16:00:00", P, SENS),
    Case("s9-precise-location-only", "CO-NONE", JULY15, V,
         {**SENS, "is_sensitive": False, "includes_precise_location": True}),
    Case("s9-not-sensitive", "CO-NONE", JULY15, None, {**SENS, "is_sensitive": False,
                                                      "includes_precise_location": False}),
    Case("s9-sensitivity-not-recorded", "CO-NONE", JULY15, W, {**SENS, "is_sensitive": None}),
    Case("s9-sensitivity-not-recorded-consent", "CO-K", JULY15, P,
         {**SENS, "is_sensitive": None}),
    Case("s9-service-provider", "CO-NONE", JULY15, W,
         {**SENS, "recipient_type": "service_provider"}),
    Case("s9-same-person", "CO-ANN2", JULY15, P, SENS),
    Case("s9-california", "CA-S", JULY15, None, SENS),
    Case("s9-ohio", "OH-S", JULY15, None, SENS),
    # --- Maryland from 2026-04-01 (00:00 EDT = 04:00 UTC) ---
    Case("s9-md-day-before", "MD-S", "2026-03-31 16:00:00", None, SENS),
    Case("s9-md-2330edt-day-before", "MD-S", "2026-04-01 03:30:00", None, SENS),
    Case("s9-md-0030edt-first-day", "MD-S", "2026-04-01 04:30:00", V, SENS),
    # --- Indiana from 2026-01-01 (00:00 EST = 05:00 UTC) ---
    Case("s9-in-day-before", "IN-S", "2025-12-31 16:00:00", None, SENS),
    Case("s9-in-first-day", "IN-S", "2026-01-01 05:30:00", V, SENS),
    # --- a known child under 13: the parent's consent ---
    Case("s9-child-own-consent", "CO-CHILD", JULY15, V, SENS),
    Case("s9-child-parental", "CO-CHILDP", JULY15, P, SENS),
    Case("s9-13th-birthday", "CO-13TH", JULY15, P, SENS),
    Case("s9-day-before-13th-birthday", "CO-13TH", "2026-07-14 16:00:00", V, SENS),
    Case("s9-child-age-uncertain", "CO-DECL", JULY15, W, SENS),
    # a known child's data is sensitive whatever the flag says
    Case("s9-child-data-not-flagged", "CO-CHILDN", JULY15, V, NOT_SENS),
    Case("s9-child-data-not-flagged-parental", "CO-CHILDP", JULY15, P, NOT_SENS),
    Case("s9-maybe-child-not-flagged", "CO-DECLN", JULY15, W, NOT_SENS),
    Case("s9-adult-not-flagged", "CO-K", JULY15, None, NOT_SENS),
    # --- Oregon: 15 days to stop after a revocation (Wed 07-01) ---
    Case("s9-or-revoked-day15", "OR-REV", "2026-07-16 16:00:00", P, SENS),
    Case("s9-or-revoked-day16", "OR-REV", "2026-07-17 16:00:00", V, SENS),
]
# fmt: on


def _states_db(customers: list[dict[str, Any]], cases: list[Case], **more: Any) -> Any:
    return tiny_db(customers=customers, sharing=_shares_of(cases), **more)


@pytest.fixture(scope="module")
def p9(rulebook: Rulebook) -> dict[str, AuditRun]:
    _require("P9")
    con = _states_db(P9_CUSTOMERS, P9_CASES, consents=P9_CONSENTS)
    blank = [
        c._replace(extra={**c.extra, "is_sensitive": None, "includes_precise_location": None})
        for c in P9_CASES
    ]
    return {
        "run": audit(con, rulebook, STATES_PERIOD, company=PRIVACY_COMPANY, only=["P9"]),
        "not recorded": audit(
            _states_db(P9_CUSTOMERS, blank),
            rulebook,
            STATES_PERIOD,
            company=PRIVACY_COMPANY,
            only=["P9"],
        ),
    }


def test_p9_case_ids_are_unique() -> None:
    _ids_unique(P9_CASES)


@pytest.mark.parametrize("case", P9_CASES, ids=[c.id for c in P9_CASES])
def test_p9_sensitive_data_needs_opt_in(p9: dict[str, AuditRun], case: Case) -> None:
    # A share after an Oregon revocation is judged under Oregon's rule on stopping.
    rule = (
        "STATE-PRIVACY-OR-CONSENT-REVOCATION" if case.id.startswith("s9-or-revoked") else SENSITIVE
    )
    assert verdicts(p9["run"], "P9", rule).get(case.id) == case.want


def test_p9_readings(p9: dict[str, AuditRun]) -> None:
    run = p9["run"]
    assert "without a consent in force (opt-in required in CO from 2023-07-01)" in _reading(
        run, "P9", "s9-no-consent"
    )
    assert "is not the parent's" in _reading(run, "P9", "s9-child-own-consent")
    assert "age uncertain" in _reading(run, "P9", "s9-child-age-uncertain")
    late = _reading(run, "P9", "s9-or-revoked-day16")
    assert "revoked 2026-07-01" in late and "last day 2026-07-16" in late
    rows = _rows(run, "P9")
    assert not rows[["rule_id", "record_id"]].duplicated().any()
    assert rows.loc[rows["record_id"] == "s9-consent", "consent_id"].iloc[0] == "k-co"


def test_p9_sensitivity_not_recorded_is_not_evaluated(p9: dict[str, AuditRun]) -> None:
    finding = p9["not recorded"].finding(SENSITIVE, "P9")
    assert finding.status is Status.NOT_EVALUATED
    assert "sharing.is_sensitive or includes_precise_location" in finding.missing


# ============================================================================================
# P10: Maryland sensitive-data sale ban
# ============================================================================================

MD_SALE = {"is_sale": True, "is_sensitive": True}
# fmt: off
P10_CASES = [
    Case("s10-day-before", "MD-1", "2026-03-31 16:00:00", None, MD_SALE),
    Case("s10-2330edt-day-before", "MD-1", "2026-04-01 03:30:00", None, MD_SALE),
    Case("s10-0000edt-first-day", "MD-1", "2026-04-01 04:00:00", V, MD_SALE),
    Case("s10-with-consent", "MD-K", JULY15, V, MD_SALE),
    Case("s10-precise-location", "MD-1", JULY15, V,
         {"is_sale": True, "is_sensitive": False, "includes_precise_location": True}),
    Case("s10-list-rental-flags-empty", "MD-1", JULY15, V,
         {**MD_SALE, "is_sale": None, "is_cross_context_sharing": None,
          "recipient_type": "list_rental"}),
    Case("s10-not-a-sale", "MD-1", JULY15, None, {**MD_SALE, "is_sale": False}),
    Case("s10-sale-not-recorded", "MD-1", JULY15, W, {**MD_SALE, "is_sale": None}),
    Case("s10-flags-empty", "MD-1", JULY15, W,
         {**MD_SALE, "is_sale": None, "is_cross_context_sharing": None}),
    Case("s10-sale-empty-targeted", "MD-1", JULY15, None,
         {**MD_SALE, "is_sale": None, "is_cross_context_sharing": True}),
    Case("s10-service-provider", "MD-1", JULY15, None,
         {**MD_SALE, "is_sale": False, "recipient_type": "service_provider"}),
    Case("s10-not-sensitive", "MD-1", JULY15, None, {"is_sale": True, "is_sensitive": False}),
    Case("s10-virginia", "VA-1", JULY15, None, MD_SALE),
]
# fmt: on
P10_CUSTOMERS = [_cust("MD-1", "MD"), _cust("MD-K", "MD"), _cust("VA-1", "VA")]
P10_CONSENTS = [_consent("k-md", "MD-K", "sensitive", "express", "2026-01-05 16:00:00")]


@pytest.fixture(scope="module")
def p10(rulebook: Rulebook) -> dict[str, AuditRun]:
    _require("P10")
    con = _states_db(P10_CUSTOMERS, P10_CASES, consents=P10_CONSENTS)
    return {
        "run": audit(con, rulebook, STATES_PERIOD, company=PRIVACY_COMPANY, only=["P10"]),
        "no shares": audit(
            _states_db(P10_CUSTOMERS, []),
            rulebook,
            STATES_PERIOD,
            company=PRIVACY_COMPANY,
            only=["P10"],
        ),
    }


def test_p10_case_ids_are_unique() -> None:
    _ids_unique(P10_CASES)


@pytest.mark.parametrize("case", P10_CASES, ids=[c.id for c in P10_CASES])
def test_p10_maryland_sensitive_sale(p10: dict[str, AuditRun], case: Case) -> None:
    assert verdicts(p10["run"], "P10", MD_SENSITIVE).get(case.id) == case.want


def test_p10_reading_says_consent_does_not_permit(p10: dict[str, AuditRun]) -> None:
    reading = _reading(p10["run"], "P10", "s10-with-consent")
    assert "whatever the consent" in reading
    assert "consent k-md on record does not permit it" in reading


def test_p10_no_shares_is_not_evaluated(p10: dict[str, AuditRun]) -> None:
    assert p10["no shares"].finding(MD_SENSITIVE, "P10").status is Status.NOT_EVALUATED


# ============================================================================================
# P11: Oregon precise-location and under-16 sale ban
# ============================================================================================


class OrCase(NamedTuple):
    id: str
    customer: str
    utc: str
    geo: str | None
    teens: str | None
    extra: Mapping[str, Any] = NONE


PRECISE = {"includes_precise_location": True}
# fmt: off
P11_CASES = [
    # --- precise location, from 2026-01-01 (00:00 EST = 05:00 UTC) ---
    OrCase("s11-geo-day-before", "OR-ADULT", "2025-12-31 16:00:00", None, None, PRECISE),
    OrCase("s11-geo-2359est-day-before", "OR-ADULT", "2026-01-01 04:59:00", None, None,
           PRECISE),
    OrCase("s11-geo-0000est-first-day", "OR-ADULT", "2026-01-01 05:00:00", V, None, PRECISE),
    OrCase("s11-geo-with-consent", "OR-ADULTK", JULY15, V, None, PRECISE),
    OrCase("s11-geo-not-a-sale", "OR-ADULT", JULY15, None, None,
           {**PRECISE, "is_sale": False, "is_cross_context_sharing": True}),
    OrCase("s11-geo-sale-not-recorded", "OR-ADULT", JULY15, W, None,
           {**PRECISE, "is_sale": None}),
    OrCase("s11-adult-no-location", "OR-ADULT", JULY15, None, None),
    OrCase("s11-washington", "WA-ADULT", JULY15, None, None, PRECISE),
    # --- under 16, from 2026-01-01 (consent does not permit it) ---
    OrCase("s11-aged-15", "OR-15", JULY15, None, V),
    OrCase("s11-aged-15-teen-consent", "OR-15K", JULY15, None, V),
    OrCase("s11-aged-10", "OR-10", JULY15, None, V),
    OrCase("s11-16th-birthday", "OR-16TH", JULY15, None, None),
    OrCase("s11-day-before-16th-birthday", "OR-16TH", "2026-07-14 16:00:00", None, V),
    OrCase("s11-aged-15-precise", "OR-15", JULY15, V, V, PRECISE),
    # one definition of a sale (subjects.sold): no sale flag and shared for advertising is
    # targeted advertising (P8's); no flag at all is judged as a sale, at most a warning
    OrCase("s11-aged-15-sale-empty-targeted", "OR-15", JULY15, None, None,
           {"is_sale": None, "is_cross_context_sharing": True}),
    OrCase("s11-aged-15-flags-empty", "OR-15", JULY15, None, W,
           {"is_sale": None, "is_cross_context_sharing": None}),
    OrCase("s11-aged-15-rental-targeted", "OR-15", JULY15, None, V,
           {"is_sale": False, "is_cross_context_sharing": True, "recipient_type": "list_rental"}),
    OrCase("s11-geo-sale-empty-targeted", "OR-ADULT", JULY15, None, None,
           {**PRECISE, "is_sale": None, "is_cross_context_sharing": True}),
    OrCase("s11-aged-15-cross-context-only", "OR-15", JULY15, None, None,
           {"is_sale": False, "is_cross_context_sharing": True}),
    OrCase("s11-declared-15-or-16", "OR-DECL15", JULY15, None, W),
    OrCase("s11-declared-16-or-17", "OR-DECL16", JULY15, None, None),
    OrCase("s11-age-not-recorded", "OR-ADULT", JULY15, None, None),
    # --- before 2026-01-01: 13-15 needed their own consent ---
    OrCase("s11-2025-aged-14", "OR-14", "2025-12-31 16:00:00", None, V),
    OrCase("s11-2025-aged-14-consent", "OR-14K", "2025-12-31 16:00:00", None, P),
    OrCase("s11-2025-aged-12", "OR-12", "2025-12-31 16:00:00", None, None),
    OrCase("s11-2026-aged-14-consent", "OR-14K", "2026-01-01 05:00:00", None, V),
]
# fmt: on
P11_CUSTOMERS = [
    _cust("OR-ADULT", "OR"),
    _cust("OR-ADULTK", "OR"),
    _cust("WA-ADULT", "WA"),
    _cust("OR-15", "OR", birth_date=dt.date(2010, 9, 1)),
    _cust("OR-15K", "OR", birth_date=dt.date(2010, 9, 1)),
    _cust("OR-10", "OR", birth_date=dt.date(2016, 1, 1)),
    _cust("OR-16TH", "OR", birth_date=dt.date(2010, 7, 15)),
    _cust("OR-DECL15", "OR", age=15, age_as_of=dt.date(2026, 1, 10)),
    _cust("OR-DECL16", "OR", age=16, age_as_of=dt.date(2026, 1, 10)),
    _cust("OR-14", "OR", birth_date=dt.date(2011, 6, 1)),
    _cust("OR-14K", "OR", birth_date=dt.date(2011, 6, 1)),
    _cust("OR-12", "OR", birth_date=dt.date(2013, 6, 1)),
]
P11_CONSENTS = [
    _consent("k-or-adult", "OR-ADULTK", "sensitive", "express", "2025-06-01 16:00:00"),
    _consent("k-or-15", "OR-15K", "sale_share", "teen_opt_in", "2025-06-01 16:00:00"),
    _consent("k-or-14", "OR-14K", "sale_share", "teen_opt_in", "2025-06-01 16:00:00"),
]


@pytest.fixture(scope="module")
def p11(rulebook: Rulebook) -> dict[str, AuditRun]:
    _require("P11")
    rows = [_share(c.id, c.customer, c.utc, **c.extra) for c in P11_CASES]
    con = tiny_db(customers=P11_CUSTOMERS, sharing=rows, consents=P11_CONSENTS)
    return {
        "run": audit(con, rulebook, STATES_PERIOD, company=PRIVACY_COMPANY, only=["P11"]),
        "no shares": audit(
            tiny_db(customers=P11_CUSTOMERS),
            rulebook,
            STATES_PERIOD,
            company=PRIVACY_COMPANY,
            only=["P11"],
        ),
    }


def test_p11_case_ids_are_unique() -> None:
    _ids_unique(P11_CASES)


@pytest.mark.parametrize("case", P11_CASES, ids=[c.id for c in P11_CASES])
def test_p11_oregon_sale_bans(p11: dict[str, AuditRun], case: OrCase) -> None:
    got = (
        verdicts(p11["run"], "P11", OR_GEO).get(case.id),
        verdicts(p11["run"], "P11", OR_TEENS).get(case.id),
    )
    assert got == (case.geo, case.teens)


def test_p11_readings(p11: dict[str, AuditRun]) -> None:
    run = p11["run"]
    assert "consent k-or-15 on record does not permit it" in _reading(
        run, "P11", "s11-aged-15-teen-consent", OR_TEENS
    )
    assert "aged 15 or 16 (age uncertain" in _reading(run, "P11", "s11-declared-15-or-16", OR_TEENS)
    assert "need consent" in _reading(run, "P11", "s11-2025-aged-14", OR_TEENS)
    assert "whatever the consent" in _reading(run, "P11", "s11-geo-with-consent", OR_GEO)


def test_p11_no_shares_is_not_evaluated(p11: dict[str, AuditRun]) -> None:
    for rule in (OR_GEO, OR_TEENS):
        assert p11["no shares"].finding(rule, "P11").status is Status.NOT_EVALUATED


# ============================================================================================
# P25: list rental is a sale
# ============================================================================================

RENT = {
    "recipient": "Summit Lists LLC",
    "recipient_type": "list_rental",
    "is_sale": None,
    "is_cross_context_sharing": None,
}
P25_CUSTOMERS = [
    _cust("L-CA", "CA"),
    _cust("L-CO", "CO"),
    _cust("L-FL", "FL"),
    _cust("L-IN", "IN"),
    _cust("L-CA-NOOPT", "CA"),
    _cust("L-MD", "MD"),
    _cust("L-MDK", "MD"),
    _cust("L-OR", "OR"),
    _cust("L-MD-17", "MD", birth_date=dt.date(2009, 1, 1)),
    _cust("L-MD-18TH", "MD", birth_date=dt.date(2008, 7, 15)),
    _cust("L-MD-MINOR", "MD", is_known_minor=True),
    _cust("L-MD-ADULT", "MD", is_known_minor=False),
    _cust("L-OR-15", "OR", birth_date=dt.date(2010, 9, 1)),
    _cust("L-CA-14", "CA", birth_date=dt.date(2012, 1, 1)),
    _cust("L-CA-14K", "CA", birth_date=dt.date(2012, 1, 1)),
    _cust("L-CA-12T", "CA", birth_date=dt.date(2014, 1, 1)),
    _cust("L-CA-12P", "CA", birth_date=dt.date(2014, 1, 1)),
    _cust("L-CA-16", "CA", birth_date=dt.date(2010, 1, 1)),
    _cust("L-CA-DECL", "CA", age=15, age_as_of=dt.date(2026, 1, 10)),
    _cust("L-NH-15", "NH", birth_date=dt.date(2011, 1, 1)),
    _cust("L-NH-15K", "NH", birth_date=dt.date(2011, 1, 1)),
    _cust("L-NJ-16", "NJ", birth_date=dt.date(2010, 1, 1)),
    _cust("L-NJ-17", "NJ", birth_date=dt.date(2009, 1, 1)),
    _cust("L-CT-17", "CT", birth_date=dt.date(2009, 1, 1)),
    _cust("L-CT-17K", "CT", birth_date=dt.date(2009, 1, 1)),
    _cust("L-MD-OPT", "MD"),
]
P25_REQUESTS = [
    _request(f"q-{cid}", cid, "opt_out_sale_share", when)
    for cid, when in (
        ("L-CA", "2026-08-24 16:00:00"),
        ("L-CO", "2026-08-24 16:00:00"),
        ("L-FL", "2026-08-24 16:00:00"),
        ("L-IN", "2025-11-02 16:00:00"),
        ("L-MD-OPT", "2025-11-03 16:00:00"),
    )
]
P25_CONSENTS = [
    _consent("k-l-md", "L-MDK", "sensitive", "express", "2026-01-05 16:00:00"),
    _consent("k-l-ca14", "L-CA-14K", "sale_share", "teen_opt_in", "2026-01-05 16:00:00"),
    _consent("k-l-ca12t", "L-CA-12T", "sale_share", "teen_opt_in", "2026-01-05 16:00:00"),
    _consent("k-l-ca12p", "L-CA-12P", "all", "parental", "2026-01-05 16:00:00"),
    _consent("k-l-nh", "L-NH-15K", "sale_share", "teen_opt_in", "2026-01-05 16:00:00"),
    _consent("k-l-ct", "L-CT-17K", "sale_share", "teen_opt_in", "2026-01-05 16:00:00"),
]
SENS_RENT = {**RENT, "is_sensitive": True}

# fmt: off
P25_CASES = [
    # --- opted out Mon 08-24: business day 15 Tue 09-15, 16 Wed 09-16 ---
    Case("l-ca-bd15", "L-CA", "2026-09-15 16:00:00", P, RENT),
    Case("l-ca-bd16", "L-CA", "2026-09-16 16:00:00", V, RENT),
    Case("l-ca-bd16-flagged-not-a-sale", "L-CA", "2026-09-16 16:00:00", V,
         {**RENT, "is_sale": False, "is_cross_context_sharing": False}),
    Case("l-ca-not-a-rental", "L-CA", "2026-09-16 16:00:00", None),
    Case("l-co-bd15", "L-CO", "2026-09-15 16:00:00", P, RENT),
    Case("l-co-bd16-lag-unconfirmed", "L-CO", "2026-09-16 16:00:00", W, RENT),
    Case("l-fl-no-law", "L-FL", "2026-09-16 16:00:00", None, RENT),
    Case("l-in-day-before-law", "L-IN", "2025-12-31 16:00:00", None, RENT),
    Case("l-in-law-first-day", "L-IN", "2026-01-01 16:00:00", W, RENT),
    # Maryland: law in effect 2025-10-01, opt-outs apply to processing from 2026-04-01
    Case("l-md-optout-law-in-effect", "L-MD-OPT", "2026-02-10 16:00:00", None, RENT),
    Case("l-md-optout-2359edt-day-before", "L-MD-OPT", "2026-04-01 03:59:00", None, RENT),
    Case("l-md-optout-0000edt-first-day", "L-MD-OPT", "2026-04-01 04:00:00", W, RENT),
    Case("l-ca-no-optout", "L-CA-NOOPT", "2026-09-16 16:00:00", None, RENT),
    # --- Maryland from 2026-04-01: sensitive data, under 18 ---
    Case("l-md-sensitive-day-before", "L-MD", "2026-03-31 16:00:00", None, SENS_RENT),
    Case("l-md-sensitive-first-day", "L-MD", "2026-04-01 16:00:00", V, SENS_RENT),
    Case("l-md-precise", "L-MD", JULY15, V, {**RENT, "includes_precise_location": True}),
    Case("l-md-sensitive-with-consent", "L-MDK", JULY15, V, SENS_RENT),
    Case("l-md-not-sensitive", "L-MD", JULY15, None, RENT),
    Case("l-md-17", "L-MD-17", JULY15, V, RENT),
    Case("l-md-17-day-before", "L-MD-17", "2026-03-31 16:00:00", None, RENT),
    Case("l-md-18th-birthday", "L-MD-18TH", JULY15, None, RENT),
    Case("l-md-day-before-18th-birthday", "L-MD-18TH", "2026-07-14 16:00:00", V, RENT),
    Case("l-md-known-minor-no-age", "L-MD-MINOR", JULY15, V, RENT),
    Case("l-md-age-unknown", "L-MD-ADULT", JULY15, None, RENT),
    # --- Oregon from 2026-01-01: precise location, under 16 ---
    Case("l-or-precise-day-before", "L-OR", "2025-12-31 16:00:00", None,
         {**RENT, "includes_precise_location": True}),
    Case("l-or-precise-first-day", "L-OR", "2026-01-01 16:00:00", V,
         {**RENT, "includes_precise_location": True}),
    Case("l-or-15", "L-OR-15", JULY15, V, RENT),
    # --- California under 16: 13-15 their own opt-in, under 13 a parent's ---
    Case("l-ca-14-no-consent", "L-CA-14", JULY15, V, RENT),
    Case("l-ca-14-teen-opt-in", "L-CA-14K", JULY15, P, RENT),
    Case("l-ca-12-teen-opt-in", "L-CA-12T", JULY15, V, RENT),
    Case("l-ca-12-parental", "L-CA-12P", JULY15, P, RENT),
    Case("l-ca-16", "L-CA-16", JULY15, None, RENT),
    Case("l-ca-declared-15-or-16", "L-CA-DECL", JULY15, W, RENT),
    # --- New Hampshire 13-15, New Jersey 13-16: consent ---
    Case("l-nh-15-no-consent", "L-NH-15", JULY15, V, RENT),
    Case("l-nh-15-consent", "L-NH-15K", JULY15, P, RENT),
    Case("l-nj-16-no-consent", "L-NJ-16", JULY15, V, RENT),
    Case("l-nj-17", "L-NJ-17", JULY15, None, RENT),
    # --- Connecticut 13-17 from 2026-07-01, whatever the consent ---
    Case("l-ct-17-day-before", "L-CT-17", "2026-06-30 16:00:00", None, RENT),
    Case("l-ct-17-first-day", "L-CT-17", "2026-07-01 16:00:00", V, RENT),
    Case("l-ct-17-with-consent", "L-CT-17K", JULY15, V, RENT),
]
# fmt: on


@pytest.fixture(scope="module")
def p25(rulebook: Rulebook) -> dict[str, AuditRun]:
    _require("P25")
    con = _states_db(P25_CUSTOMERS, P25_CASES, privacy_requests=P25_REQUESTS, consents=P25_CONSENTS)
    return {
        "run": audit(con, rulebook, STATES_PERIOD, company=PRIVACY_COMPANY, only=["P25"]),
        "no shares": audit(
            tiny_db(customers=P25_CUSTOMERS),
            rulebook,
            STATES_PERIOD,
            company=PRIVACY_COMPANY,
            only=["P25"],
        ),
    }


def test_p25_case_ids_are_unique() -> None:
    _ids_unique(P25_CASES)


# other states' opt-outs rented are judged under their opt-out rule
P25_OPTOUT_CASES = {c.id for c in P25_CASES if c.customer in ("L-CO", "L-FL", "L-IN", "L-MD-OPT")}


@pytest.mark.parametrize("case", P25_CASES, ids=[c.id for c in P25_CASES])
def test_p25_list_rental_is_a_sale(p25: dict[str, AuditRun], case: Case) -> None:
    rule = STATE_OPTOUT if case.id in P25_OPTOUT_CASES else RENTAL
    got = {r: verdicts(p25["run"], "P25", r).get(case.id) for r in (RENTAL, STATE_OPTOUT)}
    assert got == {r: (case.want if r == rule else None) for r in (RENTAL, STATE_OPTOUT)}


def test_p25_rows(p25: dict[str, AuditRun]) -> None:
    run = p25["run"]
    rows = _rows(run, "P25")
    assert set(rows["rule_id"]) == {RENTAL, STATE_OPTOUT}
    assert not rows[["rule_id", "record_id"]].duplicated().any()
    assert set(rows["channel"]) == {"data-sharing"}
    assert "rented (a list rental is a sale)" in _reading(run, "P25", "l-ca-bd16")
    assert "MD-SENSITIVE" in _reading(run, "P25", "l-md-sensitive-with-consent")
    assert "a person known to be a minor" in _reading(run, "P25", "l-md-known-minor-no-age")
    assert run.finding(RENTAL, "P25").status is Status.VIOLATION


def test_p25_no_shares_is_not_evaluated(p25: dict[str, AuditRun]) -> None:
    assert p25["no shares"].finding(RENTAL, "P25").status is Status.NOT_EVALUATED


# P1 and P25 together: a rental of a Californian who opted out is a sale (P1, the CCPA's
# opt-out rule) and a rental (P25, the list-rental rule); another state's opt-out rented is
# filed under that state's opt-out rule; protected data rented under the list-rental rule.
# No rule reads the other check's rows as its own.
TOGETHER_CUSTOMERS = [
    _cust("T-CA", "CA"),
    _cust("T-CO", "CO"),
    _cust("T-OR-14", "OR", birth_date=dt.date(2012, 1, 1)),
]
TOGETHER_SHARES = [
    _share("t-ca-rent", "T-CA", "2026-09-16 16:00:00", **RENT),
    _share("t-ca-sale", "T-CA", "2026-09-16 16:00:00"),
    _share("t-co-rent", "T-CO", "2026-09-16 16:00:00", **RENT),
    _share("t-or-rent", "T-OR-14", "2026-09-16 16:00:00", **RENT),
]


@pytest.fixture(scope="module")
def together(rulebook: Rulebook) -> AuditRun:
    _require("P1")
    _require("P25")
    con = tiny_db(
        customers=TOGETHER_CUSTOMERS,
        sharing=TOGETHER_SHARES,
        privacy_requests=[
            _request("q-t-ca", "T-CA", "opt_out_sale_share", "2026-08-24 16:00:00"),
            _request("q-t-co", "T-CO", "opt_out_sale_share", "2026-08-24 16:00:00"),
        ],
    )
    return audit(con, rulebook, "2026Q3", company=PRIVACY_COMPANY, only=["P1", "P25"])


def test_p1_p25_each_rule_and_record_once(together: AuditRun) -> None:
    rows = together.rows
    assert not rows[["rule_id", "record_id"]].duplicated().any()
    got = {(r.rule_id, r.record_id): (r.check_id, r.verdict) for r in rows.itertuples()}
    assert got == {
        (CCPA_OPTOUT, "t-ca-rent"): ("P1", V),
        (CCPA_OPTOUT, "t-ca-sale"): ("P1", V),
        (RENTAL, "t-ca-rent"): ("P25", V),
        (STATE_OPTOUT, "t-co-rent"): ("P25", W),
        (RENTAL, "t-or-rent"): ("P25", V),
    }


def test_p1_p25_findings_hold_their_own_rows(together: AuditRun) -> None:
    held = {
        (f.rule_id, f.check_id): sorted(f.rows["record_id"]) if len(f.rows) else []
        for f in together.findings
        if f.check_id in ("P1", "P25")
    }
    assert held == {
        (CCPA_OPTOUT, "P1"): ["t-ca-rent", "t-ca-sale"],
        (RENTAL, "P25"): ["t-ca-rent", "t-or-rent"],
        (STATE_OPTOUT, "P25"): ["t-co-rent"],
    }
