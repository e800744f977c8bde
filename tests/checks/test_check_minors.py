"""P3 (CCPA minors' opt-in), P8 (state teen rules) and P18 (COPPA), by table.

One tiny DB holds the cases of the three checks, audited over 2024-12-01..2026-09-30 so that
every rule's first day and the day before fall inside: NH 2025-01-01, NJ 2025-01-15, OR's ban
2026-01-01, MD 2026-04-01, COPPA's disclosure consent 2026-04-22, CT's ban 2026-07-01. Shares
and messages are at 16:00 UTC (noon EDT, 11:00 EST: the same date in New York, the company's
zone). Customers are created 2020-01-01 unless a case says otherwise. The profile is a
children-directed retailer in the US using web, data-sharing, email and mail.

Ages were counted by hand (a birthday is the first day of the new age): born 2010-07-15 is 16
on 2026-07-15 and 15 on 2026-07-14; born 2013-07-15 is 13 on 2026-07-15, 12 the day before;
born 2008-07-15 is 18 on 2026-07-15; born 2008-02-29 is 16 on 2025-02-28 and 17 on 2025-03-01
(2025 has no 29 February); born 2012-02-29 is 12 on 2025-02-28 and 13 on 2025-03-01. A declared
age A on 2026-01-01 means born 2026-01-01 - (A+1) years + 1 day .. 2026-01-01 - A years: on
2026-07-15 the person is A or A+1 (15 -> 15 or 16, 12 -> 12 or 13, 17 -> 17 or 18); a declared
age with no 'as of' date is the age on the record's creation day, so exact then.

P3: California consumers under 16, sold or shared (is_sale or is_cross_context_sharing true; one
flag empty and the other false: a warning; both empty or both false: no row): 13-15 need their
own opt-in, under 13 a parent's (channel sale_share or all, granted by the share, not revoked);
a parent's consent for a teen is a warning; an uncertain age that decides is a warning. Ages
are counted on the company's day: 2026-07-15 02:00 UTC is 22:00 EDT on the 14th, the eve of a
16th birthday (judged); 04:00 UTC is midnight EDT, the birthday (not judged). Under the first
version (to 2022-12-31, sales only; audited over 2022-12-01..2023-01-31) sharing that is no sale
is not judged, an empty is_sale is a warning; 2023-01-01 03:00 UTC is 22:00 EST on 12-31.
P8: CT 13-15 with consent until 2026-06-30, 13-17 banned from 2026-07-01; MD under 18 banned
from 2026-04-01 (a flagged known minor with no age too); OR 13-15 with consent until 2025-12-31,
under 16 banned from 2026-01-01 (its sales in every version - is_sale true, or empty but for a
service provider, and list rentals - are P11's: no P8 row, and no record judged by both); NJ
13-16 and NH 13-15 with consent from 2025-01-15 and 2025-01-01; messages of targeted-advertising
campaigns count, and are judged with no sale or sharing in the period.
P18: (a) a child's record (under 13 on the creation day) created in the period needs a parent's
consent by then (child-directed service: violation; flag empty or general audience: warning);
(b) from 2026-04-22 a child's data shared with anyone but a service provider needs the parent's
separate consent (third_party_disclosure_parental); (c) retention, on 2026Q3 (judged at the end
of 2026-09-30; the part of the period under the rule starts 2026-07-01): a policy 'child', 30
days from collection (records not flagged child-directed - empty, or general audience with a
known age - are warnings, as in (a)): created Sat 2026-08-01 -> last day Mon 08-31 (August has
31 days: 08-01 + 30 = 08-31), deadline 2026-09-01 04:00 UTC (midnight EDT); created 2026-08-31
-> last day 09-30, the period's last day (judged); created 2026-09-15 -> 10-15 (not yet due).
Account-closed policy 'Children ' (90 days): closed 2026-07-01 -> last day 09-29 (July 31 - 1 =
30 days to 07-31, + 31 to 08-31, + 29 = 09-29); closed 2026-07-02 -> 09-30; closed 2026-08-01 ->
10-30. Created 2025-01-10 -> last day 2025-02-09, deadline 2025-02-10 05:00 UTC (midnight EST),
before the part judged: the row is dated 2026-07-01 04:00 UTC (2026Q3's first day) or 2026-04-22
04:00 UTC (2026Q2: the compliance date), deadline_at keeps 2025-02-10.
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

V, W, P = "violation", "warning", "pass"
CCPA = "CCPA-MINORS-OPTIN"
VPC, DISCLOSURE, RETENTION = (
    "COPPA-VPC-BEFORE-COLLECTION",
    "COPPA-THIRD-PARTY-DISCLOSURE-CONSENT",
    "COPPA-DATA-RETENTION",
)
STATE_RULE = {
    "CT": "STATE-PRIVACY-CT-TEENS",
    "MD": "STATE-PRIVACY-MD-MINORS",
    "NJ": "STATE-PRIVACY-NJ-TEENS",
    "NH": "STATE-PRIVACY-NH-TEENS",
    "OR": "STATE-PRIVACY-OR-TEENS",
}
PERIOD = "2024-12-01..2026-09-30"
KIDS_COMPANY = {
    **COMPANY,
    "industries": ["retail", "children-directed"],
    "jurisdictions": ["US"],
    "channels": ["email", "web", "data-sharing", "mail"],
}
RETAIL_COMPANY = {**KIDS_COMPANY, "industries": ["retail"]}
D = dt.date


def _require(check_id: str) -> None:
    if check_id not in all_checks():
        pytest.fail(f"no check registered: {check_id}")


def _cust(cid: str, state: str, born: D | None = None, **extra: Any) -> dict[str, Any]:
    return {
        "customer_id": cid,
        "state": state,
        "country": "US",
        "birth_date": born,
        "created_at": ts("2020-01-01 16:00:00"),
        "email": f"{cid.lower()}@example.com",
    } | extra


def _declared(age: int) -> dict[str, Any]:
    return {"age": age, "age_as_of": D(2026, 1, 1)}


# customer id -> the customer's row (first name 'Jo Park' twice: one person, two records)
CUSTOMERS = [
    # --- P3: California ---
    _cust("CA-15", "CA", D(2011, 3, 10)),  # 15 from 2026-03-10 to 2027-03-09
    _cust("CA-B16", "CA", D(2010, 7, 15)),
    _cust("CA-B13", "CA", D(2013, 7, 15)),
    _cust("CA-LEAP", "CA", D(2012, 2, 29)),
    _cust("CA-CHILD-P", "CA", D(2016, 5, 1)),
    _cust("CA-CHILD-T", "CA", D(2016, 5, 1)),
    _cust("CA-TEEN-P", "CA", D(2011, 3, 10)),
    _cust("CA-ALL", "CA", D(2011, 3, 10)),
    _cust("CA-EMAIL", "CA", D(2011, 3, 10)),
    _cust("CA-REV", "CA", D(2011, 3, 10)),
    _cust("CA-LATE", "CA", D(2011, 3, 10)),
    _cust("CA-DECL15", "CA", **_declared(15)),
    _cust("CA-DECL12", "CA", **_declared(12)),
    _cust("CA-DECL12-T", "CA", **_declared(12)),
    _cust("CA-DECL10-P", "CA", **_declared(10)),
    _cust("CA-NOAGE", "CA"),
    _cust("CA-KNOWN", "CA", is_known_minor=True),
    _cust("CA-ADULT", "CA", D(1990, 1, 1)),
    _cust("CA-JO1", "CA", D(2011, 5, 5), first_name="Jo", last_name="Park"),
    _cust("CA-JO2", "CA", D(2011, 5, 5), first_name="Jo", last_name="Park"),
    _cust("OH-15", "OH", D(2011, 3, 10)),
    _cust("CA-2007", "CA", D(2007, 6, 1)),  # 15 from 2022-06-01 to 2023-05-31
    # --- P8: Connecticut, Maryland, Oregon, New Jersey, New Hampshire ---
    _cust("CT-16", "CT", D(2010, 3, 10)),
    _cust("CT-15", "CT", D(2011, 3, 10)),
    _cust("CT-15-OPT", "CT", D(2011, 3, 10)),
    _cust("CT-B18", "CT", D(2008, 7, 15)),
    _cust("CT-B13", "CT", D(2013, 7, 15)),
    _cust("MD-17", "MD", D(2009, 1, 10)),
    _cust("MD-17-OPT", "MD", D(2009, 1, 10)),
    _cust("MD-B18", "MD", D(2008, 7, 15)),
    _cust("MD-KNOWN", "MD", is_known_minor=True),
    _cust("MD-KNOWN-ADULT", "MD", D(1990, 1, 1), is_known_minor=True),
    _cust("MD-NOAGE", "MD"),
    _cust("MD-DECL17", "MD", **_declared(17)),
    _cust("OR-15", "OR", D(2011, 3, 10)),
    _cust("OR-15-OPT", "OR", D(2011, 3, 10)),
    _cust("OR-12", "OR", D(2014, 3, 10)),
    _cust("NJ-16", "NJ", D(2008, 8, 1)),
    _cust("NJ-16-OPT", "NJ", D(2008, 8, 1)),
    _cust("NJ-LEAP", "NJ", D(2008, 2, 29)),
    _cust("NH-15", "NH", D(2009, 6, 1)),
    _cust("NH-15-OPT", "NH", D(2009, 6, 1)),
    _cust("NH-B16", "NH", D(2010, 7, 15)),
    # --- P18: children collected in the period (child-directed unless said) ---
    *[
        _cust(cid, "OH", born, created_at=ts(created), is_child_directed_source=cds, **extra)
        for cid, born, created, cds, extra in [
            ("K-NOCONSENT", D(2014, 3, 10), "2026-07-15 16:00:00", True, {}),
            ("K-CONSENT", D(2014, 3, 10), "2026-07-15 16:00:00", True, {}),
            ("K-CONSENT-AFTER", D(2014, 3, 10), "2026-07-15 16:00:00", True, {}),
            ("K-REVOKED", D(2014, 3, 10), "2026-07-15 16:00:00", True, {}),
            ("K-B13", D(2013, 7, 15), "2026-07-15 16:00:00", True, {}),
            ("K-DAYBEFORE13", D(2013, 7, 16), "2026-07-15 16:00:00", True, {}),
            ("K-LEAP-0228", D(2012, 2, 29), "2025-02-28 16:00:00", True, {}),
            ("K-LEAP-0301", D(2012, 2, 29), "2025-03-01 16:00:00", True, {}),
            ("K-CDS-NULL", D(2014, 3, 10), "2026-07-15 16:00:00", None, {}),
            ("K-GENERAL", D(2014, 3, 10), "2026-07-15 16:00:00", False, {}),
            ("K-GENERAL-CONSENT", D(2014, 3, 10), "2026-07-15 16:00:00", False, {}),
            ("K-DECL", None, "2026-07-15 16:00:00", True, _declared(12)),
            ("K-DECL-EXACT", None, "2026-07-15 16:00:00", True, {"age": 12}),
            ("K-BEFORE", D(2014, 3, 10), "2024-11-30 16:00:00", True, {}),
            ("K-NOAGE", None, "2026-07-15 16:00:00", True, {}),
            ("K-TP-ONLY", D(2014, 3, 10), "2026-07-15 16:00:00", True, {}),
            ("K-TP", D(2014, 3, 10), "2026-01-05 16:00:00", True, {}),
            ("K-TP-REVOKED", D(2014, 3, 10), "2026-01-05 16:00:00", True, {}),
        ]
    ],
]


def _consent(cid: str, ctype: str, granted: str = "2024-06-01 16:00:00", **extra: Any) -> Any:
    return {
        "consent_id": f"k-{cid}",
        "customer_id": cid,
        "channel": "sale_share",
        "consent_type": ctype,
        "granted_at": ts(granted),
        "evidence": "opt-in form v2",
    } | extra


CONSENTS = [
    _consent("CA-B13", "teen_opt_in", "2024-06-01 16:00:00"),
    _consent("CA-LEAP", "teen_opt_in", "2024-06-01 16:00:00"),
    _consent("CA-CHILD-P", "parental"),
    _consent("CA-CHILD-T", "teen_opt_in"),
    _consent("CA-TEEN-P", "parental"),
    _consent("CA-ALL", "teen_opt_in", channel="all"),
    _consent("CA-EMAIL", "teen_opt_in", channel="email"),
    _consent("CA-REV", "teen_opt_in", revoked_at=ts("2026-07-10 16:00:00")),
    _consent("CA-LATE", "teen_opt_in", "2026-07-20 16:00:00"),
    _consent("CA-DECL12-T", "teen_opt_in"),
    _consent("CA-DECL10-P", "parental"),
    _consent("CA-JO2", "teen_opt_in"),  # the same person as CA-JO1
    _consent("CT-15-OPT", "teen_opt_in"),
    _consent("MD-17-OPT", "teen_opt_in"),
    _consent("OR-15-OPT", "teen_opt_in"),
    _consent("NJ-16-OPT", "teen_opt_in"),
    _consent("NH-15-OPT", "teen_opt_in"),
    _consent("K-CONSENT", "parental", "2026-07-15 16:00:00", channel="all"),  # same instant
    _consent("K-CONSENT-AFTER", "parental", "2026-07-16 16:00:00", channel="all"),
    _consent("K-REVOKED", "parental", "2026-07-01 16:00:00", channel="all",
             revoked_at=ts("2026-07-10 16:00:00")),
    _consent("K-GENERAL-CONSENT", "parental", "2026-07-15 12:00:00", channel="all"),
    _consent("K-TP-ONLY", "third_party_disclosure_parental", "2026-07-01 16:00:00"),
    {**_consent("K-TP", "parental", "2026-01-05 16:00:00"), "consent_id": "k-K-TP-vpc"},
    _consent("K-TP", "third_party_disclosure_parental", "2026-01-05 16:00:00"),
    _consent("K-TP-REVOKED", "third_party_disclosure_parental", "2026-01-05 16:00:00",
             revoked_at=ts("2026-07-01 16:00:00")),
]  # fmt: skip


class Share(NamedTuple):
    id: str
    customer: str
    day: str  # the share's date: at 16:00 UTC
    p3: str | None  # CCPA-MINORS-OPTIN (None: no row)
    p8: str | None  # the customer's state rule
    coppa: str | None  # COPPA-THIRD-PARTY-DISCLOSURE-CONSENT
    is_sale: bool | None = True
    ccs: bool | None = None
    rtype: str = "ad_platform"
    time: str = "16:00:00"  # UTC


# fmt: off
SHARES = [
    # --- P3: California, 16th and 13th birthdays on the share's date ---
    Share("ca-15-sale", "CA-15", "2026-07-15", V, None, None),
    Share("ca-16th-birthday", "CA-B16", "2026-07-15", None, None, None),
    Share("ca-day-before-16", "CA-B16", "2026-07-14", V, None, None),
    Share("ca-13th-birthday-teen-optin", "CA-B13", "2026-07-15", P, None, None),
    Share("ca-day-before-13-teen-optin", "CA-B13", "2026-07-14", V, None, V),
    Share("ca-leap-0228-is-12", "CA-LEAP", "2025-02-28", V, None, None),  # before COPPA (b)
    Share("ca-leap-0301-is-13", "CA-LEAP", "2025-03-01", P, None, None),
    Share("ca-child-parental", "CA-CHILD-P", "2026-07-15", P, None, V),
    Share("ca-child-teen-optin-only", "CA-CHILD-T", "2026-07-15", V, None, V),
    Share("ca-teen-parental-only", "CA-TEEN-P", "2026-07-15", W, None, None),
    Share("ca-consent-all-channels", "CA-ALL", "2026-07-15", P, None, None),
    Share("ca-consent-email-only", "CA-EMAIL", "2026-07-15", V, None, None),
    Share("ca-before-revocation", "CA-REV", "2026-07-05", P, None, None),
    Share("ca-after-revocation", "CA-REV", "2026-07-15", V, None, None),
    Share("ca-before-grant", "CA-LATE", "2026-07-15", V, None, None),
    Share("ca-granted-same-instant", "CA-LATE", "2026-07-20", P, None, None),
    Share("ca-declared-15-or-16", "CA-DECL15", "2026-07-15", W, None, None),
    Share("ca-declared-12-or-13-none", "CA-DECL12", "2026-07-15", V, None, W),
    Share("ca-declared-12-or-13-teen", "CA-DECL12-T", "2026-07-15", W, None, W),
    Share("ca-declared-10-or-11-parent", "CA-DECL10-P", "2026-07-15", P, None, V),
    Share("ca-age-not-recorded", "CA-NOAGE", "2026-07-15", None, None, None),
    Share("ca-known-minor-no-age", "CA-KNOWN", "2026-07-15", None, None, None),
    Share("ca-adult", "CA-ADULT", "2026-07-15", None, None, None),
    Share("ca-consent-on-same-person", "CA-JO1", "2026-07-15", P, None, None),
    # the company's day decides the age: 02:00 UTC on 07-15 is 22:00 EDT on the 14th
    Share("ca-eve-of-16th-2200-edt", "CA-B16", "2026-07-15", V, None, None, time="02:00:00"),
    Share("ca-16th-birthday-0000-edt", "CA-B16", "2026-07-15", None, None, None,
          time="04:00:00"),
    Share("oh-15-not-california", "OH-15", "2026-07-15", None, None, None),
    # --- P3: the sale flags ---
    Share("ca-sharing-only", "CA-15", "2026-07-16", V, None, None, is_sale=False, ccs=True),
    Share("ca-sale-null-sharing-true", "CA-15", "2026-07-17", V, None, None, None, True),
    Share("ca-sale-null-sharing-false", "CA-15", "2026-07-18", W, None, None, None, False),
    Share("ca-sale-false-sharing-null", "CA-15", "2026-07-19", W, None, None, False, None),
    Share("ca-flags-both-null", "CA-15", "2026-07-20", None, None, None, None, None),
    Share("ca-flags-both-false", "CA-15", "2026-07-21", None, None, None, False, False),
    # --- P8: Connecticut: 13-15 with consent until 06-30, 13-17 banned from 07-01 ---
    Share("ct-16-day-before-ban", "CT-16", "2026-06-30", None, None, None),
    Share("ct-16-first-day-of-ban", "CT-16", "2026-07-01", None, V, None),
    Share("ct-15-no-consent-before-ban", "CT-15", "2026-06-30", None, V, None),
    Share("ct-15-consent-before-ban", "CT-15-OPT", "2026-06-30", None, P, None),
    Share("ct-15-consent-first-day-of-ban", "CT-15-OPT", "2026-07-01", None, V, None),
    Share("ct-18th-birthday", "CT-B18", "2026-07-15", None, None, None),
    Share("ct-day-before-18", "CT-B18", "2026-07-14", None, V, None),
    Share("ct-13th-birthday", "CT-B13", "2026-07-15", None, V, None),
    Share("ct-day-before-13", "CT-B13", "2026-07-14", None, None, V),  # COPPA's, not CT's
    # --- P8: Maryland: under 18 banned from 04-01, a flagged known minor too ---
    Share("md-17-day-before", "MD-17", "2026-03-31", None, None, None),
    Share("md-17-first-day", "MD-17", "2026-04-01", None, V, None),
    Share("md-17-consent-first-day", "MD-17-OPT", "2026-04-01", None, V, None),
    Share("md-18th-birthday", "MD-B18", "2026-07-15", None, None, None),
    Share("md-day-before-18", "MD-B18", "2026-07-14", None, V, None),
    Share("md-known-minor-day-before", "MD-KNOWN", "2026-03-31", None, None, None),
    Share("md-known-minor", "MD-KNOWN", "2026-07-15", None, V, None),
    Share("md-known-minor-adult-birth-date", "MD-KNOWN-ADULT", "2026-07-15", None, None, None),
    Share("md-age-not-recorded", "MD-NOAGE", "2026-07-15", None, None, None),
    Share("md-declared-17-or-18", "MD-DECL17", "2026-07-15", None, W, None),
    Share("md-sale-flag-unknown", "MD-17", "2026-07-16", None, W, None, None, False),
    # --- P8: Oregon: 13-15 with consent until 2025-12-31, under 16 banned from 2026-01-01 ---
    Share("or-15-sharing-day-before", "OR-15", "2025-12-31", None, V, None, False, True),
    Share("or-15-consent-day-before", "OR-15-OPT", "2025-12-31", None, P, None, False, True),
    Share("or-15-consent-first-day", "OR-15-OPT", "2026-01-01", None, V, None, False, True),
    Share("or-12-sharing-day-before", "OR-12", "2025-12-31", None, None, None, False, True),
    Share("or-12-sharing-first-day", "OR-12", "2026-01-01", None, V, None, False, True),
    # Oregon's sales (is_sale true or empty, list rentals) are P11's in every version
    Share("or-15-sale-day-before-is-p11s", "OR-15", "2025-12-31", None, None, None),
    Share("or-15-sale-under-ban-is-p11s", "OR-15", "2026-07-15", None, None, None),
    Share("or-15-sale-empty-under-ban-is-p11s", "OR-15", "2026-07-16", None, None, None,
          None, False),
    # sale flag empty, shared for advertising: targeted advertising, so P8's (subjects.sold)
    Share("or-15-sale-empty-sharing-before-is-p8s", "OR-15", "2025-12-30", None, V, None,
          None, True),
    Share("or-15-list-rental-sharing-is-p11s", "OR-15", "2025-12-29", None, None, None,
          False, True, rtype="list_rental"),
    Share("or-15-provider-sharing-sale-empty", "OR-15", "2026-07-17", None, V, None,
          None, True, rtype="service_provider"),  # not a sale for P11: P8's
    Share("or-15-not-sold-sharing-empty", "OR-15", "2026-07-18", None, W, None, False, None),
    # --- P8: New Jersey 13-16 from 2025-01-15; 17th birthday on 1 March for 29 February ---
    Share("nj-16-day-before", "NJ-16", "2025-01-14", None, None, None),
    Share("nj-16-first-day", "NJ-16", "2025-01-15", None, V, None),
    Share("nj-16-consent-first-day", "NJ-16-OPT", "2025-01-15", None, P, None),
    Share("nj-leap-0228-is-16", "NJ-LEAP", "2025-02-28", None, V, None),
    Share("nj-leap-0301-is-17", "NJ-LEAP", "2025-03-01", None, None, None),
    # --- P8: New Hampshire 13-15 from 2025-01-01 ---
    Share("nh-15-day-before", "NH-15", "2024-12-31", None, None, None),
    Share("nh-15-first-day", "NH-15", "2025-01-01", None, V, None),
    Share("nh-15-consent-first-day", "NH-15-OPT", "2025-01-01", None, P, None),
    Share("nh-16th-birthday", "NH-B16", "2026-07-15", None, None, None),
    Share("nh-day-before-16", "NH-B16", "2026-07-14", None, V, None),
    # --- P18 (b): a child's data to a third party, from 2026-04-22 ---
    Share("k-no-consent-day-before", "K-NOCONSENT", "2026-04-21", None, None, None),
    Share("k-tp-consent-first-day", "K-TP", "2026-04-22", None, None, P),
    Share("k-no-tp-consent-first-day", "K-NOCONSENT", "2026-04-22", None, None, V),
    Share("k-tp-consent-service-provider", "K-TP", "2026-07-20", None, None, None,
          rtype="service_provider"),
    Share("k-no-consent-service-provider", "K-NOCONSENT", "2026-07-20", None, None, None,
          rtype="service_provider"),
    Share("k-no-consent-affiliate", "K-NOCONSENT", "2026-07-21", None, None, V, rtype="affiliate"),
    Share("k-not-a-sale-still-a-disclosure", "K-NOCONSENT", "2026-07-22", None, None, V,
          is_sale=False, ccs=False, rtype="data_broker"),
    Share("k-parental-is-not-tp-consent", "K-CONSENT", "2026-07-20", None, None, V),
    Share("k-tp-consent", "K-TP-ONLY", "2026-07-20", None, None, P),
    Share("k-tp-consent-revoked", "K-TP-REVOKED", "2026-07-20", None, None, V),
    Share("k-declared-12-or-13", "K-DECL", "2026-07-20", None, None, W),
    Share("k-13th-birthday", "K-B13", "2026-07-15", None, None, None),
]
# fmt: on


# P3 under the CCPA's first version (2020-01-01..2022-12-31: sales only; the CPRA added
# sharing from 2023-01-01), audited over CPRA_PERIOD: CA-2007 is 15 throughout, no opt-in.
CPRA_PERIOD = "2022-12-01..2023-01-31"
# fmt: off
SHARES_2022 = [
    Share("ca-2022-sharing-not-sale", "CA-2007", "2022-12-31", None, None, None, False, True),
    Share("ca-2023-sharing-not-sale", "CA-2007", "2023-01-01", V, None, None, False, True),
    # 03:00 UTC on 2023-01-01 is 22:00 EST on 2022-12-31: still the first version
    Share("ca-2022-sharing-2200-est", "CA-2007", "2023-01-01", None, None, None, False, True,
          time="03:00:00"),
    Share("ca-2023-sharing-0000-est", "CA-2007", "2023-01-01", V, None, None, False, True,
          time="05:00:00"),
    Share("ca-2022-sale", "CA-2007", "2022-12-30", V, None, None),
    Share("ca-2022-sale-empty-sharing-true", "CA-2007", "2022-12-29", W, None, None, None, True),
    Share("ca-2022-sale-empty-sharing-false", "CA-2007", "2022-12-28", W, None, None, None,
          False),
    Share("ca-2022-sale-false-sharing-empty", "CA-2007", "2022-12-27", None, None, None, False,
          None),
    Share("ca-2023-sale-false-sharing-empty", "CA-2007", "2023-01-02", W, None, None, False,
          None),
]
# fmt: on


def _shares() -> list[dict[str, Any]]:
    return [
        {
            "share_id": s.id,
            "customer_id": s.customer,
            "recipient": "AdCo",
            "recipient_type": s.rtype,
            "is_sale": s.is_sale,
            "is_cross_context_sharing": s.ccs,
            "shared_at": ts(f"{s.day} {s.time}"),
        }
        for s in SHARES + SHARES_2022
    ]


class Message(NamedTuple):
    id: str
    customer: str
    campaign: str
    p8: str | None
    purpose: str = "marketing"
    day: str = "2026-07-15"


CAMPAIGNS = [
    {"campaign_id": "TA", "channel": "email", "is_targeted_advertising": True},
    {"campaign_id": "NOT-TA", "channel": "email", "is_targeted_advertising": False},
    {"campaign_id": "TA-UNKNOWN", "channel": "email"},
]
# fmt: off
MESSAGES = [
    Message("msg-ct-16-targeted", "CT-16", "TA", V),
    Message("msg-ct-16-day-before-ban", "CT-16", "TA", None, day="2026-06-30"),
    Message("msg-ct-15-consent-day-before-ban", "CT-15-OPT", "TA", P, day="2026-06-30"),
    Message("msg-ct-16-not-targeted", "CT-16", "NOT-TA", None),
    Message("msg-ct-16-targeting-not-recorded", "CT-16", "TA-UNKNOWN", None),
    Message("msg-ct-16-informational", "CT-16", "TA", None, purpose="informational"),
    Message("msg-or-15-targeted-under-ban", "OR-15", "TA", V),  # ads are P8's, sales P11's
    Message("msg-md-known-minor", "MD-KNOWN", "TA", V),
    Message("msg-ca-15-not-a-p8-state", "CA-15", "TA", None),
]
# fmt: on


def _messages() -> list[dict[str, Any]]:
    return [
        {
            "contact_id": m.id,
            "customer_id": m.customer,
            "channel": "email",
            "sent_at": ts(f"{m.day} 16:00:00"),
            "to_email": f"{m.customer.lower()}@example.com",
            "campaign_id": m.campaign,
            "purpose": m.purpose,
        }
        for m in MESSAGES
    ]


class Child(NamedTuple):
    id: str  # the customer record
    vpc: str | None  # COPPA-VPC-BEFORE-COLLECTION


# fmt: off
CHILDREN = [
    Child("K-NOCONSENT", V),
    Child("K-CONSENT", P),  # granted at the very instant of creation
    Child("K-CONSENT-AFTER", V),
    Child("K-REVOKED", V),
    Child("K-B13", None),  # 13th birthday on the creation day
    Child("K-DAYBEFORE13", V),  # 12 on the creation day
    Child("K-LEAP-0228", V),  # born 2012-02-29: 12 on 2025-02-28
    Child("K-LEAP-0301", None),  # 13 on 2025-03-01
    Child("K-CDS-NULL", W),
    Child("K-GENERAL", W),  # a general-audience service that knew the age
    Child("K-GENERAL-CONSENT", P),
    Child("K-DECL", W),  # declared 12 on 2026-01-01: 12 or 13 on 2026-07-15
    Child("K-DECL-EXACT", V),  # declared 12 with no date: 12 on the creation day
    Child("K-BEFORE", None),  # created before the period
    Child("K-NOAGE", None),
    Child("K-TP-ONLY", V),  # consent to disclose is no consent to collect
    Child("K-TP", P),
    Child("K-TP-REVOKED", V),  # created 2026-01-05 with a consent to disclose only
]
# fmt: on


def _db(**override: Any) -> Any:
    tables: dict[str, Any] = {
        "customers": CUSTOMERS,
        "consents": CONSENTS,
        "sharing": _shares(),
        "contacts": _messages(),
        "campaigns": CAMPAIGNS,
    }
    return tiny_db(**(tables | override))


# ============================================================================================
# Retention (P18 c): own DBs, audited over 2026Q3
# ============================================================================================


def _kid(cid: str, created: str, **extra: Any) -> dict[str, Any]:
    return _cust(cid, "OH", D(2016, 1, 1), created_at=ts(created),
                 **({"is_child_directed_source": True} | extra))  # fmt: skip


# customer id -> expected verdict under the 30-days-from-collection policy
KEPT = {
    "R-DAY30-NOT-DELETED": (_kid("R-DAY30-NOT-DELETED", "2026-08-01 16:00:00"), V),
    "R-DELETED-DAY30": (
        _kid("R-DELETED-DAY30", "2026-08-01 16:00:00", deleted_at=ts("2026-08-31 20:00:00")),
        P,
    ),
    "R-DELETED-DAY30-2359EDT": (
        _kid("R-DELETED-DAY30-2359EDT", "2026-08-01 16:00:00",
             deleted_at=ts("2026-09-01 03:59:00")), P,
    ),
    "R-DELETED-DAY31-0000EDT": (
        _kid("R-DELETED-DAY31-0000EDT", "2026-08-01 16:00:00",
             deleted_at=ts("2026-09-01 04:00:00")), V,
    ),
    "R-LAST-DAY-IS-PERIODS-LAST": (_kid("R-LAST-DAY-IS-PERIODS-LAST", "2026-08-31 16:00:00"), V),
    "R-NOT-YET-DUE": (_kid("R-NOT-YET-DUE", "2026-09-15 16:00:00"), None),
    "R-OLD-STILL-HELD": (_kid("R-OLD-STILL-HELD", "2025-01-10 16:00:00"), V),
    "R-OLD-DELETED-BEFORE-PERIOD": (
        _kid("R-OLD-DELETED-BEFORE-PERIOD", "2025-01-10 16:00:00",
             deleted_at=ts("2026-06-15 16:00:00")), None,
    ),
    "R-TEEN": (_cust("R-TEEN", "OH", D(2010, 1, 1), created_at=ts("2025-01-10 16:00:00"),
                     is_child_directed_source=True), None),
    # judged as in (a): a warning, the reason in the reading
    "R-GENERAL-AUDIENCE": (_kid("R-GENERAL-AUDIENCE", "2025-01-10 16:00:00",
                                is_child_directed_source=False), W),
    "R-CDS-NULL": (_kid("R-CDS-NULL", "2025-01-10 16:00:00", is_child_directed_source=None), W),
    "R-GENERAL-DELETED-IN-TIME": (
        _kid("R-GENERAL-DELETED-IN-TIME", "2026-08-01 16:00:00", is_child_directed_source=False,
             deleted_at=ts("2026-08-20 16:00:00")), P,
    ),
    "R-DECLARED": (_cust("R-DECLARED", "OH", created_at=ts("2026-08-01 16:00:00"),
                         is_child_directed_source=True, age=12,
                         age_as_of=D(2026, 1, 1)), W),  # 12 or 13 on 08-01
}  # fmt: skip
COLLECTION_POLICY = {
    "policy_id": "RP-30",
    "data_category": "child",
    "retention_days": 30,
    "counted_from": "collection",
    "published_at": ts("2026-03-01 16:00:00"),
}
OTHER_POLICY = {  # a later policy for other data does not replace the children's
    "policy_id": "RP-CUST",
    "data_category": "customer",
    "retention_days": 3650,
    "counted_from": "collection",
    "published_at": ts("2026-06-01 16:00:00"),
}
# customer id -> expected verdict under the 90-days-from-closing policy
CLOSED = {
    "C-CLOSED-0701": (_kid("C-CLOSED-0701", "2025-01-10 16:00:00",
                           closed_at=ts("2026-07-01 16:00:00")), V),  # last day 09-29
    "C-CLOSED-0702-DELETED-0930": (
        _kid("C-CLOSED-0702-DELETED-0930", "2025-01-10 16:00:00",
             closed_at=ts("2026-07-02 16:00:00"), deleted_at=ts("2026-09-30 16:00:00")), P,
    ),
    "C-OPEN": (_kid("C-OPEN", "2025-01-10 16:00:00"), None),  # not yet due
    "C-CLOSED-0801": (_kid("C-CLOSED-0801", "2025-01-10 16:00:00",
                           closed_at=ts("2026-08-01 16:00:00")), None),  # last day 10-30
}  # fmt: skip
CLOSING_POLICY = {
    "policy_id": "RP-90",
    "data_category": "Children ",
    "retention_days": 90,
    "counted_from": "account_closed",
    "published_at": ts("2026-03-01 16:00:00"),
}
LATE_POLICY = {**COLLECTION_POLICY, "policy_id": "RP-LATE", "published_at": ts("2026-10-05")}


# ============================================================================================
# Runs
# ============================================================================================


def _run(con: Any, rulebook: Rulebook, check: str, period: str = PERIOD, **kw: Any) -> AuditRun:
    return audit(con, rulebook, period, company=kw.pop("company", KIDS_COMPANY), only=[check], **kw)


@pytest.fixture(scope="module")
def runs(rulebook: Rulebook) -> dict[str, AuditRun]:
    for check in ("P3", "P8", "P18"):
        _require(check)
    con = _db()
    no_sales = _db(sharing=[{**r, "is_sale": None, "is_cross_context_sharing": None}
                            for r in _shares()])  # fmt: skip
    return {
        "P3": _run(con, rulebook, "P3"),
        "P3 again": _run(con, rulebook, "P3"),
        "P8": _run(con, rulebook, "P8"),
        "P18": _run(con, rulebook, "P18"),
        "P3 no sales": _run(no_sales, rulebook, "P3"),
        "P8 no sales": _run(no_sales, rulebook, "P8"),
        "P8 no sharing rows": _run(_db(sharing=[]), rulebook, "P8"),
        "P8 and P11": audit(con, rulebook, PERIOD, company=KIDS_COMPANY, only=["P8", "P11"]),
        "P3 CPRA": _run(con, rulebook, "P3", CPRA_PERIOD),
        "P18 no customers": _run(_db(customers=[]), rulebook, "P18"),
        "P18 retail": _run(con, rulebook, "P18", company=RETAIL_COMPANY),
    }


@pytest.fixture(scope="module")
def retention(rulebook: Rulebook) -> dict[str, AuditRun]:
    _require("P18")
    kept = [row for row, _ in KEPT.values()]
    closed = [row for row, _ in CLOSED.values()]
    return {
        "collection": _run(tiny_db(customers=kept, retention_policies=[COLLECTION_POLICY,
                                                                         OTHER_POLICY]),
                           rulebook, "P18", "2026Q3"),
        "closing": _run(tiny_db(customers=closed, retention_policies=[CLOSING_POLICY]),
                        rulebook, "P18", "2026Q3"),
        "no policy": _run(tiny_db(customers=kept, retention_policies=[OTHER_POLICY,
                                                                        LATE_POLICY]),
                          rulebook, "P18", "2026Q3"),
        "before the rule": _run(tiny_db(customers=kept), rulebook, "P18", "2026Q1"),
        "compliance date": _run(tiny_db(customers=kept, retention_policies=[COLLECTION_POLICY]),
                                rulebook, "P18", "2026Q2"),
    }  # fmt: skip


# ============================================================================================
# Tests
# ============================================================================================


def test_case_ids_are_unique() -> None:
    ids = [s.id for s in SHARES + SHARES_2022] + [m.id for m in MESSAGES]
    assert len(set(ids)) == len(ids)
    assert len({c["customer_id"] for c in CUSTOMERS}) == len(CUSTOMERS)


@pytest.mark.parametrize("case", SHARES, ids=[s.id for s in SHARES])
def test_p3_ccpa_minors_opt_in(runs: dict[str, AuditRun], case: Share) -> None:
    assert verdicts(runs["P3"], "P3", CCPA).get(case.id) == case.p3


@pytest.mark.parametrize("case", SHARES_2022, ids=[s.id for s in SHARES_2022])
def test_p3_sharing_is_judged_only_from_the_cpra(runs: dict[str, AuditRun], case: Share) -> None:
    assert verdicts(runs["P3 CPRA"], "P3", CCPA).get(case.id) == case.p3


@pytest.mark.parametrize("case", SHARES, ids=[s.id for s in SHARES])
def test_p8_state_teen_rules_shares(runs: dict[str, AuditRun], case: Share) -> None:
    got = verdicts(runs["P8"], "P8")
    assert got.get(case.id) == case.p8
    if case.p8 is not None:
        state = next(c["state"] for c in CUSTOMERS if c["customer_id"] == case.customer)
        assert verdicts(runs["P8"], "P8", STATE_RULE[state]).get(case.id) == case.p8


def test_p8_and_p11_never_judge_the_same_oregon_record(runs: dict[str, AuditRun]) -> None:
    rows = runs["P8 and P11"].rows
    rows = rows[rows["rule_id"] == STATE_RULE["OR"]]
    p8 = set(rows.loc[rows["check_id"] == "P8", "record_id"])
    p11 = set(rows.loc[rows["check_id"] == "P11", "record_id"])
    assert p8 and p11
    assert not p8 & p11
    assert "or-15-sale-day-before-is-p11s" in p11  # P11 judges every version's sales


@pytest.mark.parametrize("case", MESSAGES, ids=[m.id for m in MESSAGES])
def test_p8_targeted_advertising_messages(runs: dict[str, AuditRun], case: Message) -> None:
    assert verdicts(runs["P8"], "P8").get(case.id) == case.p8


@pytest.mark.parametrize("case", SHARES, ids=[s.id for s in SHARES])
def test_p18_disclosure_consent(runs: dict[str, AuditRun], case: Share) -> None:
    assert verdicts(runs["P18"], "P18", DISCLOSURE).get(case.id) == case.coppa


@pytest.mark.parametrize("case", CHILDREN, ids=[c.id for c in CHILDREN])
def test_p18_consent_before_collection(runs: dict[str, AuditRun], case: Child) -> None:
    assert verdicts(runs["P18"], "P18", VPC).get(case.id) == case.vpc


def test_p18_only_children_created_in_the_period_are_judged(runs: dict[str, AuditRun]) -> None:
    judged = set(verdicts(runs["P18"], "P18", VPC))
    assert judged == {c.id for c in CHILDREN if c.vpc is not None}


@pytest.mark.parametrize(
    ("run", "expected"),
    [("collection", {k: v for k, (_, v) in KEPT.items()}),
     ("closing", {k: v for k, (_, v) in CLOSED.items()})],
)  # fmt: skip
def test_p18_retention_deadlines(
    retention: dict[str, AuditRun], run: str, expected: dict[str, str | None]
) -> None:
    got = verdicts(retention[run], "P18", RETENTION)
    assert got == {k: v for k, v in expected.items() if v is not None}


@pytest.mark.parametrize(
    ("run", "record", "event_at", "deadline_at", "words"),
    [
        # last day 2025-02-09: the deadline passed before the period; dated its first day
        ("collection", "R-OLD-STILL-HELD", "2026-07-01 04:00:00", "2025-02-10 05:00:00",
         ["last day 2025-02-09", "the deadline passed before the period's first day "
          "(2026-07-01): the row is dated that day"]),
        # in 2026Q2 the rule's compliance date (2026-04-22) is later than the period's start
        ("compliance date", "R-OLD-STILL-HELD", "2026-04-22 04:00:00", "2025-02-10 05:00:00",
         ["the deadline passed before the rule's compliance date (2026-04-22): the row is "
          "dated that day"]),
        ("compliance date", "R-OLD-DELETED-BEFORE-PERIOD", "2026-04-22 04:00:00",
         "2025-02-10 05:00:00", ["deleted 2026-06-15"]),
        ("collection", "R-DAY30-NOT-DELETED", "2026-09-01 04:00:00", "2026-09-01 04:00:00",
         ["last day 2026-08-31; not deleted"]),
    ],
)  # fmt: skip
def test_p18_retention_row_is_dated_within_the_rule_and_period(
    retention: dict[str, AuditRun], run: str, record: str, event_at: str, deadline_at: str,
    words: list[str],
) -> None:  # fmt: skip
    rows = retention[run].rows
    row = rows[(rows["rule_id"] == RETENTION) & (rows["record_id"] == record)].iloc[0]
    assert row["event_at"] == ts(event_at)
    assert row["deadline_at"] == ts(deadline_at)
    assert all(w in row["reading"] for w in words), row["reading"]


def test_p18_retention_at_the_compliance_date(retention: dict[str, AuditRun]) -> None:
    got = verdicts(retention["compliance date"], "P18", RETENTION)
    assert got == {"R-OLD-STILL-HELD": V, "R-OLD-DELETED-BEFORE-PERIOD": V,
                   "R-GENERAL-AUDIENCE": W, "R-CDS-NULL": W}  # fmt: skip


@pytest.mark.parametrize(
    ("run", "record", "words"),
    [
        ("collection", "R-GENERAL-AUDIENCE", ["held past its deletion deadline",
                                              "actual knowledge on a general-audience service: "
                                              "COPPA applies"]),
        ("collection", "R-CDS-NULL", ["held past its deletion deadline",
                                      "is_child_directed_source empty"]),
        ("no policy", "R-CDS-NULL", ["no written retention policy",
                                     "is_child_directed_source empty"]),
    ],
)  # fmt: skip
def test_p18_retention_of_records_not_flagged_child_directed(
    retention: dict[str, AuditRun], run: str, record: str, words: list[str]
) -> None:
    rows = retention[run].rows
    row = rows[(rows["rule_id"] == RETENTION) & (rows["record_id"] == record)].iloc[0]
    assert row["verdict"] == W
    assert all(w in row["reading"] for w in words), row["reading"]


def test_p18_retention_deadline_is_the_end_of_the_last_day(retention: dict[str, AuditRun]) -> None:
    rows = retention["collection"].rows
    rows = rows[rows["rule_id"] == RETENTION]
    row = rows[rows["record_id"] == "R-DAY30-NOT-DELETED"].iloc[0]
    assert row["deadline_at"] == ts("2026-09-01 04:00:00")  # midnight EDT after 08-31
    assert row["event_at"] == row["deadline_at"]
    assert row["basis_at"] == ts("2026-08-01 16:00:00")
    assert "30 days from collection (2026-08-01), last day 2026-08-31" in row["reading"]


def test_p18_no_written_policy_is_a_violation_per_child_record_held(
    retention: dict[str, AuditRun],
) -> None:
    got = verdicts(retention["no policy"], "P18", RETENTION)
    held = {"R-DAY30-NOT-DELETED", "R-DELETED-DAY30", "R-DELETED-DAY30-2359EDT",
            "R-DELETED-DAY31-0000EDT", "R-LAST-DAY-IS-PERIODS-LAST", "R-NOT-YET-DUE",
            "R-OLD-STILL-HELD"}  # fmt: skip
    warned = {"R-DECLARED", "R-GENERAL-AUDIENCE", "R-CDS-NULL", "R-GENERAL-DELETED-IN-TIME"}
    assert got == {**dict.fromkeys(held, V), **dict.fromkeys(warned, W)}
    rows = retention["no policy"].rows
    rows = rows[rows["rule_id"] == RETENTION]
    reading = rows[rows["record_id"] == "R-OLD-STILL-HELD"]["reading"].iloc[0]
    assert "no written retention policy for children's data published by 2026-09-30" in reading


def test_p18_retention_before_the_compliance_date_is_not_applicable(
    retention: dict[str, AuditRun],
) -> None:
    run = retention["before the rule"]
    assert run.finding(RETENTION, "P18").status is Status.NOT_APPLICABLE
    assert run.rows.empty or RETENTION not in set(run.rows["rule_id"])


@pytest.mark.parametrize(
    ("check", "rule_id", "status"),
    [
        ("P3", CCPA, Status.VIOLATION),
        *[("P8", r, Status.VIOLATION) for r in STATE_RULE.values()],
        ("P18", VPC, Status.VIOLATION),
        ("P18", DISCLOSURE, Status.VIOLATION),
    ],
)
def test_status_is_worst_row(
    runs: dict[str, AuditRun], check: str, rule_id: str, status: Status
) -> None:
    assert runs[check].finding(rule_id, check).status is status


@pytest.mark.parametrize("check", ["P3", "P8", "P18"])
def test_one_row_per_rule_and_record(runs: dict[str, AuditRun], check: str) -> None:
    rows = runs[check].rows
    assert not rows.empty
    assert not rows[["rule_id", "record_table", "record_id"]].duplicated().any()


def test_rows_name_their_records(runs: dict[str, AuditRun]) -> None:
    p8 = runs["P8"].rows
    assert set(p8["record_table"]) == {"sharing", "contacts"}
    assert set(p8.loc[p8["record_table"] == "contacts", "channel"]) == {"email"}
    p18 = runs["P18"].rows
    assert set(p18.loc[p18["rule_id"] == VPC, "record_table"]) == {"customers"}
    assert set(p18.loc[p18["rule_id"] == DISCLOSURE, "record_table"]) == {"sharing"}


@pytest.mark.parametrize(
    ("check", "record", "words"),
    [
        ("P3", "ca-day-before-16", ["sold to AdCo (ad_platform) on 2026-07-14",
                                    "consumer in CA, aged 15 that day (birth date)",
                                    "under 16 a sale or sharing needs an opt-in",
                                    "no opt-in by the consumer"]),
        ("P3", "ca-day-before-13-teen-optin", ["aged 12", "no parent's consent"]),
        ("P3", "ca-teen-parental-only", ["only a parent's consent (k-CA-TEEN-P)"]),
        ("P3", "ca-declared-15-or-16", ["aged 15 or 16 that day", "age uncertain"]),
        ("P3", "ca-sale-null-sharing-false", ["not recorded whether a sale"]),
        ("P8", "ct-15-consent-first-day-of-ban", [
            "in CT consumers aged 13 to 17 may not be sold or targeted, even with consent",
            "consent does not permit it (the consumer's opt-in k-CT-15-OPT"]),
        ("P8", "ct-15-consent-before-ban", ["aged 13 to 15 may be sold or targeted only with "
                                            "their opt-in", "consent in force"]),
        ("P8", "md-known-minor", ["age not recorded", "is_known_minor", "under 18"]),
        ("P8", "msg-ct-16-targeted", ["email message of targeted-advertising campaign TA"]),
        ("P18", "K-GENERAL", ["actual knowledge on a general-audience service: COPPA applies"]),
        ("P18", "K-NOCONSENT", ["record created 2026-07-15", "a child aged 12 that day",
                                "no parent's consent (parental) recorded by then"]),
        ("P18", "k-parental-is-not-tp-consent", [
            "parent's consent to collection (k-K-CONSENT) does not cover it"]),
    ],
)  # fmt: skip
def test_readings_name_the_values_compared(
    runs: dict[str, AuditRun], check: str, record: str, words: list[str]
) -> None:
    rows = runs[check].rows
    readings = list(rows.loc[rows["record_id"] == record, "reading"])
    assert any(all(w in r for w in words) for r in readings), readings


def test_same_inputs_same_rows(runs: dict[str, AuditRun]) -> None:
    pd.testing.assert_frame_equal(runs["P3"].rows, runs["P3 again"].rows)


def test_p3_without_sales_is_not_evaluated(runs: dict[str, AuditRun]) -> None:
    finding = runs["P3 no sales"].finding(CCPA, "P3")
    assert finding.status is Status.NOT_EVALUATED
    assert any(m.startswith("sharing.") for m in finding.missing)
    assert runs["P3 no sales"].rows.empty


@pytest.mark.parametrize("run", ["P8 no sales", "P8 no sharing rows"])
def test_p8_without_sales_judges_targeted_advertising(runs: dict[str, AuditRun], run: str) -> None:
    """Messages of targeted-advertising campaigns are judged with no sale or sharing at all."""
    for rule_id in STATE_RULE.values():
        assert runs[run].finding(rule_id, "P8").status is not Status.NOT_EVALUATED
    assert runs[run].finding(STATE_RULE["CT"], "P8").status is Status.VIOLATION
    assert set(runs[run].rows["record_table"]) == {"contacts"}
    assert verdicts(runs[run], "P8") == {m.id: m.p8 for m in MESSAGES if m.p8 is not None}


def test_p18_without_customers_is_not_evaluated(runs: dict[str, AuditRun]) -> None:
    for rule_id in (VPC, DISCLOSURE, RETENTION):
        finding = runs["P18 no customers"].finding(rule_id, "P18")
        assert finding.status is Status.NOT_EVALUATED
        assert "customers.created_at" in finding.missing


def test_p18_is_not_applicable_without_children_directed(runs: dict[str, AuditRun]) -> None:
    for rule_id in (VPC, DISCLOSURE, RETENTION):
        assert runs["P18 retail"].finding(rule_id, "P18").status is Status.NOT_APPLICABLE
    assert runs["P18 retail"].rows.empty
