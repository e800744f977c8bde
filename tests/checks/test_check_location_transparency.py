"""P4, P20 (location) and P7, P27, P28 (transparency and training), by table.

The company is in America/New_York (EDT, UTC-4, for every summer date below: 16:00 UTC is noon;
EST, UTC-5, in winter). Its profile has the retail, financial and health industries, the
location, web and data-sharing channels and jurisdiction US.

P4 (precise geolocation). 1 ft = 0.3048 m exactly: 1,750 ft = 533.4 m, 1,850 ft = 563.88 m,
both inclusive. Oregon (opt-in since 2024-07-01) customers without a location, sensitive or
'all' consent: 10 m and 533.4 m are violations, 533.5 m and 563.88 m warnings (precise only
under California's definition), 563.9 m no row, no accuracy a warning. An event collected with
such a consent has no row (bulk data: only violations and warnings are written). Ohio (no law)
and Utah (an opt-out state) are not judged. Maryland's opt-in applies from 2026-04-01: an event on
2026-03-31 (2026Q1) has no row, one on 2026-04-01 (2026Q2) is a violation. California: a limit
request received Mon 2026-08-03 (day 0); August 2026 has no federal holiday, so business day
15 is Mon 08-24 (in time: pass) and day 16 Tue 08-25 (late: a warning, the processing window is
unconfirmed). Uses for the service or a store finder are not judged; a consent given after the
request (08-10) ends it (no row), one given before (06-01) does not. A repeated request (08-20,
no consent between) does not restart the clock: day 16 of the first is still late. A new
request after a consent starts a new one: limit 07-01, consent 07-10, limit again Mon 07-20
(day 0; business day 15 is Mon 08-10): a use on 07-15 is covered by the consent (no row), one on
08-10 is in time, one on 09-15 late (a warning: the window is unconfirmed).

P20 (sensitive places). Distances are metres north of a place (1 degree of latitude =
6,371,008.8 m x pi / 180 = 111,195.08 m): 300 m and 533.3 m are within 1,750 ft (533.4 m),
533.5 m is not. Ad-segment, sale and marketing uses are judged (an unrecorded purpose at most a
warning); a store finder or an address check is not; 600 m accuracy is not precise. The FTC
rule gives warnings (its radius is an audit convention); Maryland's geofence rule a violation
for a Maryland customer near a health facility from 2026-04-01 (2026-04-01 03:30 UTC is still
2026-03-31 in New York: no row).
Cells are tested near Fairbanks (64.84 N: 0.01 degree of longitude is 473 m, narrower than the
radius), across the antimeridian (52 N, 179.999 E and 179.997 W: 0.004 degree = 273.8 m) and at
the pole (0.001 and 0.002 degree from it, 120 degrees apart: sqrt(7) x 111.2 m = 294 m).

P7 (privacy policy). One database per case (policies are company-wide). For 2026Q3 (last day
2026-09-30) a CCPA policy published 2025-09-30 is due for update on 2026-09-30 (12 months,
inclusive): in time; one of 2025-09-29 was stale from 2026-09-30: a violation; 2025-09-30
03:30 UTC is 2025-09-29 in New York: stale too. Missing required disclosures are violations,
items 'if applicable' warnings; no policy at all: a violation of each rule. Each notice type is
judged on its own (the latest of each type a rule reads): a newer general privacy_policy does
not hide a stale or incomplete ccpa_policy.

P27 (practice against policy). Until 2026-08-01 14:00 UTC the policies (ccpa_policy and caloppa of
2026-01-15) say no_sale and no_sharing and name service providers, ad platforms and affiliates and
the categories contact, purchase_history and email_engagement; the ccpa_policy of 2026-08-01 names
data brokers and drops no_sale. A sale then is a violation (a list rental is a sale whatever is_sale
says), an unnamed recipient type too, an unnamed data category a warning, a recipient type not
recorded a warning (it may be one the policy names); a share a second before the update is judged by
the old policy, one at its instant by the new. The CalOPPA and notice-at-collection rules judge
California customers only (the latter sales only). A share of 2026-01-10, before any policy
(2026Q1), is a warning.

P28 (training). Last day 2026-09-30; a course of 2025-09-30 is current (12 months inclusive),
one of 2025-09-29 lapsed (a warning: the interval is unconfirmed); a needed course never taken
is a violation. A hire of 2026-08-31 (day 30 before the end) is new, one of 2026-08-30 is not.
The GLBA rule (privacy, do-not-call and security) applies from 2023-06-09: a period ending
2023-06-08 has no row, one ending 2023-06-09 has; the HIPAA rule needs privacy (or HIPAA).
The TSR's do-not-call safe harbor needs the company's callers (telemarketing, calls, call centre,
sales roles, unless the company flags the role as not marketing) trained in its do-not-call
procedures: do-not-call training only (privacy or security courses do not count), the same
12-month refresh (an unconfirmed convention: lapsed is a warning, never trained a violation). A
retailer is judged too.
"""

from __future__ import annotations

import math
from typing import Any, NamedTuple

import pandas as pd
import pytest

from privacykit.audit.findings import Status
from privacykit.audit.runner import AuditRun
from privacykit.checks.location import EARTH_M, metres
from privacykit.checks.registry import all_checks
from privacykit.checks.transparency import disclosure_code, is_conditional
from privacykit.rulebook import Rulebook
from tests.checks.tiny import COMPANY, audit, tiny_db, ts, verdicts

V, W, P = "violation", "warning", "pass"
PROFILE = {
    **COMPANY,
    "industries": ["retail", "financial", "health"],
    "jurisdictions": ["US"],
    "channels": ["email", "phone", "sms", "mail", "web", "location", "data-sharing"],
}
RETAIL = {**PROFILE, "industries": ["retail"]}
WED = "2026-07-15 16:00:00"


def _require(check_id: str) -> None:
    if check_id not in all_checks():
        pytest.fail(f"no check registered: {check_id}")


def _customer(cid: str, state: str | None, **extra: Any) -> dict[str, Any]:
    return {"customer_id": cid, "state": state, "country": "US"} | extra


def test_metres_are_exact() -> None:
    assert metres(1750) == 533.4
    assert metres(1850) == 563.88


# ============================================================================================
# P4: precise geolocation
# ============================================================================================

STATES_RULE, CCPA_RULE = "STATE-PRIVACY-PRECISE-GEOLOCATION", "CCPA-PRECISE-GEOLOCATION"
ANN = {"first_name": "Ann", "last_name": "Lee", "birth_date": pd.Timestamp("1980-01-01").date()}
P4_CUSTOMERS = [
    _customer("OR-NONE", "OR"),
    _customer("OR-LOC", "OR"),  # location consent, express, 2026-06-01
    _customer("OR-SENS", "OR"),  # sensitive-data consent
    _customer("OR-ALL", "OR"),  # consent for every channel
    _customer("OR-IMPL", "OR"),  # implied_purchase 'consent' to location: not an opt-in
    _customer("OR-EMAIL", "OR"),  # email consent only
    _customer("OR-REV", "OR"),  # location consent revoked Fri 2026-07-10
    _customer("OR-LATE", "OR"),  # location consent granted Mon 2026-07-20
    _customer("OR-ANN1", "OR", **ANN),  # one person with OR-ANN2, whose record has the consent
    _customer("OR-ANN2", "OR", **ANN),
    _customer("OH-NONE", "OH"),
    _customer("UT-NONE", "UT"),
    _customer("VA-NONE", "VA"),  # Virginia's radius is the typical figure, unconfirmed
    _customer("MD-NONE", "MD"),
    _customer("NOSTATE", None),
    _customer("CA-NONE", "CA"),  # no limit request
    _customer("CA-LIM", "CA"),  # limit request Mon 2026-08-03 12:00 EDT
    _customer("CA-LIMRC", "CA"),  # limit 08-03, location consent 08-10
    _customer("CA-LIMOLD", "CA"),  # location consent 06-01, limit 08-03
    _customer("CA-KNOW", "CA"),  # a request to know, not to limit
    _customer("CA-REPEAT", "CA"),  # limit 08-03, the same request again 08-20
    _customer("CA-RELIMIT", "CA"),  # limit 07-01, location consent 07-10, limit again 07-20
]


def _location_consent(
    cid: str, granted: str = "2026-06-01 16:00:00", **extra: Any
) -> dict[str, Any]:
    return {
        "consent_id": f"k-{cid}",
        "customer_id": cid,
        "channel": "location",
        "consent_type": "express",
        "granted_at": ts(granted),
    } | extra


P4_CONSENTS = [
    _location_consent("OR-LOC"),
    _location_consent("OR-SENS", channel="sensitive"),
    _location_consent("OR-ALL", channel="all"),
    _location_consent("OR-IMPL", consent_type="implied_purchase"),
    _location_consent("OR-EMAIL", channel="email"),
    _location_consent("OR-REV", revoked_at=ts("2026-07-10 16:00:00")),
    _location_consent("OR-LATE", "2026-07-20 16:00:00"),
    _location_consent("OR-ANN2"),
    _location_consent("CA-LIMRC", "2026-08-10 16:00:00"),
    _location_consent("CA-LIMOLD"),
    _location_consent("CA-RELIMIT", "2026-07-10 16:00:00"),
]
LIMIT_AT = "2026-08-03 16:00:00"
P4_REQUESTS = [
    {"request_id": f"r-{cid}{n}", "customer_id": cid, "request_type": kind,
     "received_at": ts(at)}
    for cid, kind, n, at in (
        ("CA-LIM", "limit", "", LIMIT_AT), ("CA-LIMRC", "limit", "", LIMIT_AT),
        ("CA-LIMOLD", "limit", "", LIMIT_AT), ("CA-KNOW", "know", "", LIMIT_AT),
        ("CA-REPEAT", "limit", "", LIMIT_AT), ("CA-REPEAT", "limit", "-again",
                                               "2026-08-20 16:00:00"),
        ("CA-RELIMIT", "limit", "", "2026-07-01 16:00:00"),
        ("CA-RELIMIT", "limit", "-again", "2026-07-20 16:00:00"),
    )
]  # fmt: skip


class Loc(NamedTuple):
    id: str
    customer: str
    states: str | None  # STATE-PRIVACY-PRECISE-GEOLOCATION
    ccpa: str | None  # CCPA-PRECISE-GEOLOCATION
    accuracy: float | None = 10.0
    purpose: str | None = "ad_segment"
    utc: str = WED


DAY15, DAY16 = "2026-08-24 16:00:00", "2026-08-25 16:00:00"
# fmt: off
LOCATIONS = [
    # --- Oregon, no consent: the radius boundaries ---
    Loc("or-10m", "OR-NONE", V, None),
    Loc("or-533.4m", "OR-NONE", V, None, 533.4),
    Loc("or-533.5m", "OR-NONE", W, None, 533.5),
    Loc("or-563.88m", "OR-NONE", W, None, 563.88),
    Loc("or-563.9m", "OR-NONE", None, None, 563.9),
    Loc("or-2km", "OR-NONE", None, None, 2000.0),
    Loc("or-accuracy-not-recorded", "OR-NONE", W, None, None),
    Loc("or-for-the-service", "OR-NONE", V, None, purpose="service"),  # collection needs opt-in
    # --- Oregon, consents ---
    Loc("or-location-consent", "OR-LOC", None, None),
    Loc("or-location-consent-band", "OR-LOC", None, None, 540.0),
    Loc("or-location-consent-coarse", "OR-LOC", None, None, 600.0),
    Loc("or-sensitive-consent", "OR-SENS", None, None),
    Loc("or-all-channels-consent", "OR-ALL", None, None),
    Loc("or-implied-is-no-opt-in", "OR-IMPL", V, None),
    Loc("or-email-consent-only", "OR-EMAIL", V, None),
    Loc("or-before-revocation", "OR-REV", None, None, utc="2026-07-05 16:00:00"),
    Loc("or-after-revocation", "OR-REV", V, None),
    Loc("or-before-grant", "OR-LATE", V, None),
    Loc("or-after-grant", "OR-LATE", None, None, utc="2026-07-21 16:00:00"),
    Loc("or-consent-on-other-record", "OR-ANN1", None, None),
    # --- other states ---
    Loc("oh-no-law", "OH-NONE", None, None),
    Loc("ut-opt-out-state", "UT-NONE", None, None),
    Loc("va-typical-radius", "VA-NONE", V, None),
    Loc("md-from-2026-04-01", "MD-NONE", V, None),
    Loc("state-not-recorded", "NOSTATE", None, None),
    # --- California: limit requests (received Mon 08-03, day 0) ---
    Loc("ca-no-request", "CA-NONE", None, None, utc=DAY16),
    Loc("ca-before-request", "CA-LIM", None, None, utc="2026-08-03 15:00:00"),
    Loc("ca-day0", "CA-LIM", None, P, utc="2026-08-03 17:00:00"),
    Loc("ca-day15", "CA-LIM", None, P, utc=DAY15),
    Loc("ca-day16", "CA-LIM", None, W, utc=DAY16),
    Loc("ca-day16-sale", "CA-LIM", None, W, purpose="sale", utc=DAY16),
    Loc("ca-day16-service", "CA-LIM", None, None, purpose="service", utc=DAY16),
    Loc("ca-day16-store-finder", "CA-LIM", None, None, purpose="Store_Finder", utc=DAY16),
    Loc("ca-day16-purpose-not-recorded", "CA-LIM", None, W, purpose=None, utc=DAY16),
    Loc("ca-day16-563.88m", "CA-LIM", None, W, 563.88, utc=DAY16),
    Loc("ca-day16-563.9m", "CA-LIM", None, None, 563.9, utc=DAY16),
    Loc("ca-day16-accuracy-not-recorded", "CA-LIM", None, W, None, utc=DAY16),
    Loc("ca-consent-after-request", "CA-LIMRC", None, None, utc=DAY16),
    Loc("ca-consent-before-request", "CA-LIMOLD", None, W, utc=DAY16),
    Loc("ca-request-to-know", "CA-KNOW", None, None, utc=DAY16),
    Loc("ca-repeated-request-day16", "CA-REPEAT", None, W, utc=DAY16),
    Loc("ca-relimit-under-consent", "CA-RELIMIT", None, None, utc=WED),
    Loc("ca-relimit-day15", "CA-RELIMIT", None, P, utc="2026-08-10 16:00:00"),
    Loc("ca-relimit-after-second-request", "CA-RELIMIT", None, W, utc="2026-09-15 16:00:00"),
]
# The day Maryland's opt-in took effect and the day before (runs of 2026Q1 and 2026Q2).
MD_LOCATIONS = [
    Loc("md-2026-03-31", "MD-NONE", None, None, utc="2026-03-31 16:00:00"),
    Loc("md-2026-04-01", "MD-NONE", V, None, utc="2026-04-01 16:00:00"),
]
# fmt: on
P4_RULES = {STATES_RULE: "states", CCPA_RULE: "ccpa"}


def _location_rows(cases: list[Loc]) -> list[dict[str, Any]]:
    return [
        {
            "event_id": c.id,
            "customer_id": c.customer,
            "captured_at": ts(c.utc),
            "latitude": 44.0,
            "longitude": -123.0,
            "accuracy_m": c.accuracy,
            "purpose": c.purpose,
        }
        for c in cases
    ]


def _p4_db(*, events: bool = True, accuracy: bool = True) -> Any:
    rows = _location_rows(LOCATIONS + MD_LOCATIONS) if events else []
    if not accuracy:
        rows = [r | {"accuracy_m": None} for r in rows]
    return tiny_db(
        customers=P4_CUSTOMERS,
        consents=P4_CONSENTS,
        privacy_requests=P4_REQUESTS,
        location_events=rows,
    )


@pytest.fixture(scope="module")
def p4(rulebook: Rulebook) -> dict[str, AuditRun]:
    _require("P4")
    con = _p4_db()
    run = {q: audit(con, rulebook, q, company=PROFILE, only=["P4"]) for q in ("2026Q1", "2026Q2")}
    return run | {
        "2026Q3": audit(con, rulebook, "2026Q3", company=PROFILE, only=["P4"]),
        "no events": audit(_p4_db(events=False), rulebook, company=PROFILE, only=["P4"]),
        "no accuracy": audit(_p4_db(accuracy=False), rulebook, company=PROFILE, only=["P4"]),
    }


def test_p4_case_ids_are_unique() -> None:
    ids = [c.id for c in LOCATIONS + MD_LOCATIONS]
    assert len(set(ids)) == len(ids)


@pytest.mark.parametrize("rule_id", P4_RULES)
@pytest.mark.parametrize("case", LOCATIONS, ids=[c.id for c in LOCATIONS])
def test_p4_precise_geolocation(p4: dict[str, AuditRun], case: Loc, rule_id: str) -> None:
    expected = getattr(case, P4_RULES[rule_id])
    assert verdicts(p4["2026Q3"], "P4", rule_id).get(case.id) == expected


@pytest.mark.parametrize(
    ("period", "case"), [("2026Q1", MD_LOCATIONS[0]), ("2026Q2", MD_LOCATIONS[1])]
)
def test_p4_maryland_opt_in_from_2026_04_01(
    p4: dict[str, AuditRun], period: str, case: Loc
) -> None:
    assert verdicts(p4[period], "P4", STATES_RULE).get(case.id) == case.states


def test_p4_readings_name_the_values(p4: dict[str, AuditRun]) -> None:
    rows = p4["2026Q3"].rows.set_index("record_id")
    assert "533.4 m" in rows.loc["or-533.4m", "reading"]
    assert "563.88 m" in rows.loc["or-533.5m", "reading"]
    assert "unconfirmed for this state" in rows.loc["va-typical-radius", "reading"]
    day16 = rows.loc["ca-day16", "reading"]
    assert "2026-08-03" in day16 and "2026-08-24" in day16 and "2026-08-25" in day16
    assert "unconfirmed" in day16
    second = rows.loc["ca-relimit-after-second-request", "reading"]
    assert "limit request received 2026-07-20" in second and "last day 2026-08-10" in second
    assert "r-CA-RELIMIT-again" in rows.loc["ca-relimit-after-second-request", "detail"]
    assert "received 2026-08-03" in rows.loc["ca-repeated-request-day16", "reading"]
    assert "before the request" in rows.loc["ca-consent-before-request", "reading"]


def test_p4_writes_no_rows_for_consented_events(rulebook: Rulebook) -> None:
    # Bulk data: a million consented events must not become a million pass rows.
    events = _location_rows([Loc(f"ok-{i}", "OR-LOC", None, None) for i in range(50)])
    con = tiny_db(customers=P4_CUSTOMERS, consents=P4_CONSENTS, location_events=events)
    run = audit(con, rulebook, company=PROFILE, only=["P4"])
    assert run.rows.empty
    assert run.finding(STATES_RULE, "P4").status is Status.PASS


def test_p4_rows_are_location_events_one_per_rule(p4: dict[str, AuditRun]) -> None:
    rows = p4["2026Q3"].rows
    assert set(rows["record_table"]) == {"location_events"}
    assert not rows[["rule_id", "record_id"]].duplicated().any()


@pytest.mark.parametrize(("rule_id", "status"), [(STATES_RULE, Status.VIOLATION),
                                                 (CCPA_RULE, Status.WARNING)])  # fmt: skip
def test_p4_status(p4: dict[str, AuditRun], rule_id: str, status: Status) -> None:
    assert p4["2026Q3"].finding(rule_id, "P4").status is status


@pytest.mark.parametrize("run", ["no events", "no accuracy"])
def test_p4_without_data_is_not_evaluated(p4: dict[str, AuditRun], run: str) -> None:
    finding = p4[run].finding(STATES_RULE, "P4")
    assert finding.status is Status.NOT_EVALUATED
    assert any(m.startswith("location_events.") for m in finding.missing)


# ============================================================================================
# P20: sensitive places
# ============================================================================================

FTC_RULE, MD_RULE = "MOBILE-SENSITIVE-LOCATIONS", "STATE-PRIVACY-MD-GEOFENCE"
CLINIC = (39.2904, -76.6122)
CHURCH = (39.3500, -76.6122)
FAIRBANKS = (64.8378, -147.7164)
PLACES = [
    {"place_id": "PL-CLINIC", "name": "Harbor Women's Clinic", "category": "reproductive_health",
     "latitude": CLINIC[0], "longitude": CLINIC[1]},
    {"place_id": "PL-CHURCH", "name": "St. Mark", "category": "place_of_worship",
     "latitude": CHURCH[0], "longitude": CHURCH[1]},
    {"place_id": "PL-NORTH", "name": "North Clinic", "category": "medical",
     "latitude": FAIRBANKS[0], "longitude": FAIRBANKS[1]},
    {"place_id": "PL-DATELINE", "name": "Island School", "category": "school",
     "latitude": 52.0, "longitude": 179.999},
    {"place_id": "PL-POLE", "name": "Pole Chapel", "category": "place_of_worship",
     "latitude": 89.999, "longitude": 0.0},
]  # fmt: skip


def north(place: tuple[float, float], m: float) -> tuple[float, float]:
    return place[0] + math.degrees(m / EARTH_M), place[1]


def east(place: tuple[float, float], m: float) -> tuple[float, float]:
    return place[0], place[1] + math.degrees(m / (EARTH_M * math.cos(math.radians(place[0]))))


class Geo(NamedTuple):
    id: str
    customer: str
    ftc: str | None  # MOBILE-SENSITIVE-LOCATIONS
    md: str | None  # STATE-PRIVACY-MD-GEOFENCE
    at: tuple[float, float]
    purpose: str | None = "ad_segment"
    accuracy: float | None = 10.0
    utc: str = WED


# fmt: off
GEOS = [
    Geo("clinic-300m", "MD-GEO", W, V, north(CLINIC, 300)),
    Geo("clinic-533.3m", "MD-GEO", W, V, north(CLINIC, 533.3)),
    Geo("clinic-533.5m", "MD-GEO", None, None, north(CLINIC, 533.5)),
    Geo("clinic-sale", "MD-GEO", W, V, north(CLINIC, 100), purpose="sale"),
    Geo("clinic-marketing", "MD-GEO", W, V, north(CLINIC, 100), purpose="Marketing_Audience"),
    Geo("clinic-ads", "MD-GEO", W, V, east(CLINIC, 100), purpose="ads"),
    Geo("clinic-store-finder", "MD-GEO", None, None, north(CLINIC, 100), purpose="store_finder"),
    Geo("clinic-address-check", "MD-GEO", None, None, north(CLINIC, 100),
        purpose="address_verification"),
    Geo("clinic-purpose-not-recorded", "MD-GEO", W, W, north(CLINIC, 100), purpose=None),
    Geo("clinic-coarse-600m", "MD-GEO", None, None, north(CLINIC, 100), accuracy=600.0),
    Geo("clinic-accuracy-not-recorded", "MD-GEO", W, W, north(CLINIC, 100), accuracy=None),
    Geo("clinic-ohio-customer", "OH-GEO", W, None, north(CLINIC, 100)),
    Geo("church-100m", "MD-GEO", W, None, north(CHURCH, 100)),
    Geo("far-from-places", "MD-GEO", None, None, north(CLINIC, 5000)),
    Geo("fairbanks-east-500m", "AK-GEO", W, None, east(FAIRBANKS, 500)),
    Geo("fairbanks-west-530m", "AK-GEO", W, None, east(FAIRBANKS, -530)),
    Geo("fairbanks-east-540m", "AK-GEO", None, None, east(FAIRBANKS, 540)),
    Geo("across-the-antimeridian", "AK-GEO", W, None, (52.0, -179.997)),
    Geo("near-the-pole", "AK-GEO", W, None, (89.998, 120.0)),
]
# Maryland's geofence ban from 2026-04-01 (runs of 2026Q1 and 2026Q2)
MD_GEOS = [
    Geo("md-2026-03-31", "MD-GEO", W, None, north(CLINIC, 100), utc="2026-03-31 16:00:00"),
    Geo("md-2026-03-31-2330edt", "MD-GEO", W, None, north(CLINIC, 100),
        utc="2026-04-01 03:30:00"),
    Geo("md-2026-04-01", "MD-GEO", W, V, north(CLINIC, 100), utc="2026-04-01 16:00:00"),
]
# fmt: on
P20_RULES = {FTC_RULE: "ftc", MD_RULE: "md"}


def _p20_db(*, places: bool = True) -> Any:
    return tiny_db(
        customers=[_customer("MD-GEO", "MD"), _customer("OH-GEO", "OH"), _customer("AK-GEO", "AK")],
        sensitive_places=PLACES if places else [],
        location_events=[
            {
                "event_id": g.id,
                "customer_id": g.customer,
                "captured_at": ts(g.utc),
                "latitude": g.at[0],
                "longitude": g.at[1],
                "accuracy_m": g.accuracy,
                "purpose": g.purpose,
            }
            for g in GEOS + MD_GEOS
        ],
    )


@pytest.fixture(scope="module")
def p20(rulebook: Rulebook) -> dict[str, AuditRun]:
    _require("P20")
    con = _p20_db()
    run = {q: audit(con, rulebook, q, company=PROFILE, only=["P20"]) for q in ("2026Q1", "2026Q2")}
    return run | {
        "2026Q3": audit(con, rulebook, "2026Q3", company=PROFILE, only=["P20"]),
        "no places": audit(_p20_db(places=False), rulebook, company=PROFILE, only=["P20"]),
    }


def test_p20_case_ids_are_unique() -> None:
    ids = [g.id for g in GEOS + MD_GEOS]
    assert len(set(ids)) == len(ids)


@pytest.mark.parametrize("rule_id", P20_RULES)
@pytest.mark.parametrize("case", GEOS, ids=[g.id for g in GEOS])
def test_p20_sensitive_places(p20: dict[str, AuditRun], case: Geo, rule_id: str) -> None:
    expected = getattr(case, P20_RULES[rule_id])
    assert verdicts(p20["2026Q3"], "P20", rule_id).get(case.id) == expected


@pytest.mark.parametrize("rule_id", P20_RULES)
@pytest.mark.parametrize(
    ("period", "case"),
    [("2026Q1", MD_GEOS[0]), ("2026Q1", MD_GEOS[1]), ("2026Q2", MD_GEOS[2])],
    ids=[g.id for g in MD_GEOS],
)
def test_p20_maryland_from_2026_04_01(
    p20: dict[str, AuditRun], period: str, case: Geo, rule_id: str
) -> None:
    expected = getattr(case, P20_RULES[rule_id])
    assert verdicts(p20[period], "P20", rule_id).get(case.id) == expected


def test_p20_detail_names_the_place_and_distance(p20: dict[str, AuditRun]) -> None:
    rows = p20["2026Q3"].rows
    row = rows[(rows["record_id"] == "clinic-300m") & (rows["rule_id"] == MD_RULE)].iloc[0]
    assert "Harbor Women's Clinic" in row["reading"]
    assert "300.0 m" in row["reading"] and "PL-CLINIC" in row["detail"]
    assert "reproductive_health" in row["detail"] and "300.0 m" in row["detail"]
    assert "accuracy 10.0 m" in row["detail"]
    assert not rows[["rule_id", "record_id"]].duplicated().any()


@pytest.mark.parametrize("case", GEOS, ids=[g.id for g in GEOS])
def test_p20_rows_hold_no_coordinates(p20: dict[str, AuditRun], case: Geo) -> None:
    # Where a person was is personal data the report cannot mask inside free text: the place,
    # its category, the distance and the accuracy are evidence enough.
    rows = p20["2026Q3"].rows
    for _, row in rows[rows["record_id"] == case.id].iterrows():
        said = f"{row['reading']} {row['detail']}"
        for value in case.at:
            assert f"{value:.3f}"[:-1] not in said, said


def test_p20_without_places_is_not_evaluated(p20: dict[str, AuditRun]) -> None:
    finding = p20["no places"].finding(FTC_RULE, "P20")
    assert finding.status is Status.NOT_EVALUATED
    assert any(m.startswith("sensitive_places.") for m in finding.missing)


def test_p20_status(p20: dict[str, AuditRun]) -> None:
    assert p20["2026Q3"].finding(FTC_RULE, "P20").status is Status.WARNING
    assert p20["2026Q3"].finding(MD_RULE, "P20").status is Status.VIOLATION


# ============================================================================================
# P7: the privacy policy
# ============================================================================================

POLICY, CONTENTS, POST = "CCPA-PRIVACY-POLICY", "CALOPPA-POLICY-CONTENTS", "CALOPPA-POST-POLICY"
CCPA_ITEMS = ("categories_collected;sensitive_categories;sources;purposes;third_party_categories;"
              "sold_or_shared_12m;rights;request_methods;opt_out_signals;authorized_agents;"
              "minors_under_16;contact;last_updated;metrics")  # fmt: skip
CALOPPA_ITEMS = ("categories_collected;third_party_categories;change_process;change_notification;"
                 "effective_date;do_not_track;third_party_tracking")  # fmt: skip


def _without(items: str, *drop: str) -> str:
    return ";".join(c for c in items.split(";") if c not in drop)


def _notice(
    nid: str, kind: str, published: str, declared: str | None = CCPA_ITEMS
) -> dict[str, Any]:
    return {
        "notice_id": nid,
        "notice_type": kind,
        "version": nid,
        "published_at": ts(published),
        "declared_practices": declared,
    }


class Policy(NamedTuple):
    id: str
    notices: list[dict[str, Any]]
    expected: dict[tuple[str, str], str]  # (rule, record id) -> verdict; nothing else expected


JAN = "2026-01-15 14:00:00"
JUN, BOTH_ITEMS = "2026-06-01 14:00:00", f"{CCPA_ITEMS};{CALOPPA_ITEMS}"
# fmt: off
POLICIES = [
    Policy("complete-and-fresh", [_notice("C1", "ccpa_policy", JAN),
                                  _notice("O1", "caloppa", JAN, CALOPPA_ITEMS)],
           {(POLICY, "C1"): P, (CONTENTS, "O1"): P, (POST, "O1"): P}),
    Policy("general-policy-serves-both", [_notice("G1", "privacy_policy", JAN,
                                                  f"{CCPA_ITEMS};{CALOPPA_ITEMS}")],
           {(POLICY, "G1"): P, (CONTENTS, "G1"): P, (POST, "G1"): P}),
    Policy("codes-any-case-and-spacing", [_notice("C1", "CCPA_Policy", JAN,
                                                  " " + CCPA_ITEMS.upper().replace(";", " ; "))],
           {(POLICY, "C1"): P, (CONTENTS, "none"): V, (POST, "none"): V}),
    Policy("updated-12-months-before", [_notice("C1", "ccpa_policy", "2025-09-30 14:00:00")],
           {(POLICY, "C1"): P, (CONTENTS, "none"): V, (POST, "none"): V}),
    Policy("updated-12-months-and-a-day-before",
           [_notice("C1", "ccpa_policy", "2025-09-29 14:00:00")],
           {(POLICY, "C1"): V, (CONTENTS, "none"): V, (POST, "none"): V}),
    Policy("published-2330-edt-the-day-before",
           [_notice("C1", "ccpa_policy", "2025-09-30 03:30:00")],
           {(POLICY, "C1"): V, (CONTENTS, "none"): V, (POST, "none"): V}),
    Policy("replaced-before-the-period", [_notice("C0", "ccpa_policy", "2025-06-01 14:00:00"),
                                          _notice("C1", "ccpa_policy", "2026-06-01 14:00:00")],
           {(POLICY, "C1"): P, (CONTENTS, "none"): V, (POST, "none"): V}),
    # due 2026-07-01, stale from 07-02 until the update of 08-15
    Policy("replaced-late-in-the-period",
           [_notice("C0", "ccpa_policy", "2025-07-01 14:00:00"),
            _notice("C1", "ccpa_policy", "2026-08-15 14:00:00")],
           {(POLICY, "C0"): V, (POLICY, "C1"): P, (CONTENTS, "none"): V, (POST, "none"): V}),
    Policy("missing-required-items",
           [_notice("C1", "ccpa_policy", JAN, _without(CCPA_ITEMS, "sources", "authorized_agents")),
            _notice("O1", "caloppa", JAN, _without(CALOPPA_ITEMS, "do_not_track"))],
           {(POLICY, "C1"): V, (CONTENTS, "O1"): V, (POST, "O1"): P}),
    Policy("missing-only-conditional-items",
           [_notice("C1", "ccpa_policy", JAN, _without(CCPA_ITEMS, "minors_under_16", "metrics")),
            _notice("O1", "caloppa", JAN, _without(CALOPPA_ITEMS, "change_process"))],
           {(POLICY, "C1"): W, (CONTENTS, "O1"): W, (POST, "O1"): P}),
    Policy("practices-not-recorded", [_notice("C1", "ccpa_policy", JAN, None)],
           {(POLICY, "C1"): W, (CONTENTS, "none"): V, (POST, "none"): V}),
    Policy("published-after-the-period", [_notice("C1", "ccpa_policy", "2026-10-01 14:00:00")],
           {(POLICY, "none"): V, (CONTENTS, "none"): V, (POST, "none"): V}),
    Policy("stale-ccpa-policy-beside-a-newer-general-one",
           [_notice("C1", "ccpa_policy", "2025-09-29 14:00:00"),
            _notice("G1", "privacy_policy", JUN, BOTH_ITEMS)],
           {(POLICY, "C1"): V, (POLICY, "G1"): P, (CONTENTS, "G1"): P, (POST, "G1"): P}),
    Policy("incomplete-ccpa-policy-beside-a-newer-general-one",
           [_notice("C1", "ccpa_policy", JAN, _without(CCPA_ITEMS, "sources")),
            _notice("G1", "privacy_policy", JUN, BOTH_ITEMS)],
           {(POLICY, "C1"): V, (POLICY, "G1"): P, (CONTENTS, "G1"): P, (POST, "G1"): P}),
    Policy("general-policy-replaced-by-its-own-type",
           [_notice("G0", "privacy_policy", "2025-06-01 14:00:00", None),
            _notice("G1", "privacy_policy", JUN, BOTH_ITEMS)],
           {(POLICY, "G1"): P, (CONTENTS, "G1"): P, (POST, "G1"): P}),
    Policy("no-online-policy", [_notice("N1", "glba_annual", JAN, None),
                                _notice("N2", "hipaa_npp", JAN, None)],
           {(POLICY, "none"): V, (CONTENTS, "none"): V, (POST, "none"): V}),
]
# fmt: on


@pytest.fixture(scope="module")
def p7(rulebook: Rulebook) -> dict[str, AuditRun]:
    _require("P7")
    runs = {
        p.id: audit(tiny_db(notices=p.notices), rulebook, company=PROFILE, only=["P7"])
        for p in POLICIES
    }
    runs["no notices"] = audit(tiny_db(), rulebook, company=PROFILE, only=["P7"])
    return runs


@pytest.mark.parametrize("case", POLICIES, ids=[p.id for p in POLICIES])
def test_p7_privacy_policy(p7: dict[str, AuditRun], case: Policy) -> None:
    rows = p7[case.id].rows
    got = sorted(zip(rows["rule_id"], rows["record_id"], rows["verdict"], strict=True))
    assert got == sorted((r, i, v) for (r, i), v in case.expected.items())


def test_p7_readings(p7: dict[str, AuditRun]) -> None:
    stale = p7["updated-12-months-and-a-day-before"].rows
    row = stale[stale["rule_id"] == POLICY].iloc[0]
    assert "2026-09-29" in row["reading"] and "12 months" in row["reading"]
    assert row["deadline_at"] == ts("2026-09-30 04:00:00")  # the start of 09-30 in New York
    missing = p7["missing-required-items"].rows.set_index("rule_id")
    assert "sources" in missing.loc[POLICY, "reading"]
    assert "authorized agents" in missing.loc[POLICY, "reading"]
    assert "Do Not Track" in missing.loc[CONTENTS, "reading"]


def test_p7_without_notices_is_not_evaluated(p7: dict[str, AuditRun]) -> None:
    assert p7["no notices"].finding(POLICY, "P7").status is Status.NOT_EVALUATED


@pytest.mark.parametrize(
    ("phrase", "code", "conditional"),
    [
        ("categories of personal information collected", "categories_collected", False),
        ("categories of sensitive personal information collected", "sensitive_categories", False),
        ("categories of third parties disclosed to", "third_party_categories", False),
        ("whether third parties track across sites", "third_party_tracking", False),
        ("at least two request methods", "request_methods", False),
        ("processes for consumers under 16 (if applicable)", "minors_under_16", True),
        ("request metrics (if 10,000,000 or more consumers)", "metrics", True),
        ("review and change process, if any", "change_process", True),
        ("contact information", "contact", False),
        ("Do Not Track response", "do_not_track", False),
        ("a written data-retention schedule", "retention_policy", False),
        ("Texas sale banner", "texas_sale_banner", False),
    ],
)
def test_p7_required_items_map_to_codes(phrase: str, code: str, conditional: bool) -> None:
    assert disclosure_code(phrase) == code
    assert is_conditional(phrase) is conditional


# ============================================================================================
# P27: practice against policy
# ============================================================================================

FTC_PROMISES, FOLLOW, AT_COLLECTION = (
    "FTC-DECEPTION-PRIVACY-PROMISES",
    "CALOPPA-FOLLOW-OWN-POLICY",
    "CCPA-NOTICE-AT-COLLECTION",
)
AUG1 = "2026-08-01 14:00:00"
P27_NOTICES = [
    _notice("C1", "ccpa_policy", JAN, "no_sale;no_sharing;service_providers;"
            "recipient:ad_platform;category:contact;purchase_history;categories_collected"),
    _notice("O1", "caloppa", JAN, "affiliates;email_engagement;do_not_track"),
    _notice("C2", "ccpa_policy", AUG1, "no_sharing;service_providers;recipient:ad_platform;"
            "data_brokers;category:contact;purchase_history"),
]  # fmt: skip


class Share(NamedTuple):
    id: str
    ftc: str | None  # FTC-DECEPTION-PRIVACY-PROMISES
    follow: str | None  # CALOPPA-FOLLOW-OWN-POLICY
    collection: str | None  # CCPA-NOTICE-AT-COLLECTION
    recipient_type: str | None = "service_provider"
    is_sale: bool | None = False
    cross_context: bool | None = False
    categories: str | None = "contact"
    customer: str = "CA-1"
    utc: str = WED


# fmt: off
SHARES = [
    Share("service-provider-named", None, None, None),
    Share("category-by-name-any-case", None, None, None, categories="Contact; Purchase_History"),
    Share("category-from-the-other-policy", None, None, None, categories="email_engagement"),
    Share("category-not-named", W, W, None, categories="contact;browsing_history"),
    Share("category-is-a-disclosure-code", W, W, None, categories="categories_collected"),
    Share("affiliate-named-in-caloppa", None, None, None, recipient_type="affiliate"),
    Share("sale-to-named-ad-platform", V, V, V, "ad_platform", is_sale=True),
    Share("sale-not-recorded", W, W, W, "ad_platform", is_sale=None),
    Share("sale-not-recorded-service-provider", None, None, None, is_sale=None),
    Share("cross-context-sharing", V, V, None, "ad_platform", cross_context=True),
    Share("cross-context-not-recorded", W, W, None, "ad_platform", cross_context=None),
    Share("list-rental-is-a-sale", V, V, V, "list_rental"),
    Share("recipient-not-named", V, V, None, "nonaffiliated"),
    Share("recipient-type-not-recorded", W, W, None, None),
    Share("recipient-type-empty", W, W, None, "  "),
    Share("recipient-type-not-recorded-sale", V, V, V, None, is_sale=True),
    Share("sale-to-unnamed-broker", V, V, V, "data_broker", is_sale=True),
    Share("broker-sale-a-second-before-the-update", V, V, V, "data_broker", is_sale=True,
          utc="2026-08-01 13:59:59"),
    Share("broker-sale-at-the-update", None, None, None, "data_broker", is_sale=True, utc=AUG1),
    Share("ad-platform-sale-after-the-update", None, None, None, "ad_platform", is_sale=True,
          utc="2026-08-15 16:00:00"),
    Share("sharing-after-the-update", V, V, None, "ad_platform", cross_context=True,
          utc="2026-08-15 16:00:00"),
    Share("ohio-sale", V, None, None, "ad_platform", is_sale=True, customer="OH-1"),
]
# fmt: on
P27_RULES = {FTC_PROMISES: "ftc", FOLLOW: "follow", AT_COLLECTION: "collection"}


def _share_rows(shares: list[Share]) -> list[dict[str, Any]]:
    return [
        {
            "share_id": s.id,
            "customer_id": s.customer,
            "recipient": f"Recipient of {s.id}",
            "recipient_type": s.recipient_type,
            "is_sale": s.is_sale,
            "is_cross_context_sharing": s.cross_context,
            "data_categories": s.categories,
            "shared_at": ts(s.utc),
        }
        for s in shares
    ]


P27_CUSTOMERS = [_customer("CA-1", "CA"), _customer("OH-1", "OH")]


@pytest.fixture(scope="module")
def p27(rulebook: Rulebook) -> dict[str, AuditRun]:
    _require("P27")
    early = Share("before-any-policy", W, None, None, "ad_platform", is_sale=True,
                  utc="2026-01-10 16:00:00")  # fmt: skip
    shares = _share_rows([*SHARES, early])
    con = tiny_db(customers=P27_CUSTOMERS, notices=P27_NOTICES, sharing=shares)
    # the first policy records no practices; the second (08-01) says no_sale
    unknown = [_notice("G1", "privacy_policy", JAN, None),
               _notice("G2", "privacy_policy", AUG1, "no_sale")]  # fmt: skip
    unrecorded = tiny_db(customers=P27_CUSTOMERS, notices=unknown, sharing=_share_rows([
        Share("practices-not-recorded", W, None, None, "ad_platform", is_sale=True),
        Share("sale-under-recorded-policy", V, V, V, "ad_platform", is_sale=True,
              utc="2026-08-15 16:00:00")]))  # fmt: skip
    no_policies = tiny_db(customers=P27_CUSTOMERS, sharing=_share_rows(SHARES))
    return {
        "2026Q3": audit(con, rulebook, company=PROFILE, only=["P27"]),
        "2026Q1": audit(con, rulebook, "2026Q1", company=PROFILE, only=["P27"]),
        "unrecorded": audit(unrecorded, rulebook, company=PROFILE, only=["P27"]),
        "no policies": audit(no_policies, rulebook, company=PROFILE, only=["P27"]),
        "no shares": audit(tiny_db(notices=P27_NOTICES), rulebook, company=PROFILE, only=["P27"]),
    }


def test_p27_case_ids_are_unique() -> None:
    assert len({s.id for s in SHARES}) == len(SHARES)


@pytest.mark.parametrize("rule_id", P27_RULES)
@pytest.mark.parametrize("case", SHARES, ids=[s.id for s in SHARES])
def test_p27_practice_against_policy(p27: dict[str, AuditRun], case: Share, rule_id: str) -> None:
    expected = getattr(case, P27_RULES[rule_id])
    assert verdicts(p27["2026Q3"], "P27", rule_id).get(case.id) == expected


def test_p27_share_before_any_policy_is_a_warning(p27: dict[str, AuditRun]) -> None:
    assert verdicts(p27["2026Q1"], "P27", FTC_PROMISES) == {"before-any-policy": W}
    assert verdicts(p27["2026Q1"], "P27", FOLLOW) == {}


def test_p27_policy_without_recorded_practices(p27: dict[str, AuditRun]) -> None:
    run = p27["unrecorded"]
    assert verdicts(run, "P27", FTC_PROMISES) == {
        "practices-not-recorded": W,
        "sale-under-recorded-policy": V,
    }
    assert verdicts(run, "P27", AT_COLLECTION) == {"sale-under-recorded-policy": V}


def test_p27_readings(p27: dict[str, AuditRun]) -> None:
    rows = p27["2026Q3"].rows
    rows = rows[rows["rule_id"] == FTC_PROMISES].set_index("record_id")
    reading = rows.loc["sale-to-unnamed-broker", "reading"]
    assert "does not sell" in reading and "data_broker is not among" in reading
    assert "ccpa_policy C1 of 2026-01-15" in reading
    assert "browsing_history" in rows.loc["category-not-named", "reading"]
    untyped = rows.loc["recipient-type-not-recorded", "reading"]
    assert "recipient type not recorded" in untyped and "?" not in untyped
    assert set(p27["2026Q3"].rows["record_table"]) == {"sharing"}
    assert not p27["2026Q3"].rows[["rule_id", "record_id"]].duplicated().any()


@pytest.mark.parametrize("run", ["no policies", "no shares"])
def test_p27_without_data_is_not_evaluated(p27: dict[str, AuditRun], run: str) -> None:
    assert p27[run].finding(FTC_PROMISES, "P27").status is Status.NOT_EVALUATED


# ============================================================================================
# P28: training
# ============================================================================================

GLBA, HIPAA = "GLBA-SAFEGUARDS-TRAINING", "HIPAA-WORKFORCE-TRAINING"
CURRENT, EDGE, LAPSED = "2026-03-01 16:00:00", "2025-09-30 16:00:00", "2025-09-29 16:00:00"


class Staff(NamedTuple):
    id: str
    glba: str | None
    hipaa: str | None
    courses: tuple[tuple[str | None, str, str], ...] = ()  # (topic, course, completed UTC)
    role: str = "Marketing coordinator"
    marketing: bool | None = True
    started: str | None = "2020-01-06 14:00:00"
    ended: str | None = None


def _all(at: str) -> tuple[tuple[str | None, str, str], ...]:
    return (("privacy", "Privacy", at), ("dnc", "DNC", at), ("security", "Security", at))


# fmt: off
STAFF = [
    Staff("current", P, P, _all(CURRENT)),
    Staff("trained-12-months-before", P, P, _all(EDGE)),
    Staff("trained-12-months-and-a-day-before", W, W, _all(LAPSED)),
    Staff("never-dnc", V, P, _all(CURRENT)[::2]),
    Staff("never-trained", V, V),
    Staff("one-lapsed-one-never", V, P, (("privacy", "Privacy", CURRENT),
                                         ("security", "Security", LAPSED))),
    Staff("topics-from-course-names", P, P, (
        (None, "Privacy and do-not-call basics", CURRENT),
        (None, "Phishing awareness", CURRENT))),
    Staff("hipaa-counts-as-privacy", P, P, (("hipaa", "HIPAA for marketers", CURRENT),
                                            *_all(CURRENT)[1:])),
    Staff("other-topic-read-by-name", P, P, (("other", "Security essentials", CURRENT),
                                             *_all(CURRENT)[:2])),
    Staff("email-course-is-not-privacy", V, V, (("other", "Email marketing (CAN-SPAM)", CURRENT),
                                                *_all(CURRENT)[1:])),
    Staff("role-read-from-title", V, V, role="CRM Analyst", marketing=None),
    Staff("role-not-marketing", None, None, role="Warehouse associate", marketing=None),
    Staff("flag-false-wins", None, None, role="Marketing manager", marketing=False),
    Staff("left-before-the-end", None, None, ended="2026-09-15 20:00:00"),
    Staff("left-on-the-last-day", V, V, ended="2026-09-30 20:00:00"),
    Staff("new-hire-day-30", W, W, started="2026-08-31 13:00:00"),
    Staff("new-hire-partly-trained", P, P, (("privacy", "Privacy", "2026-09-14 16:00:00"),),
          started="2026-09-14 13:00:00"),
    Staff("hired-day-31", V, V, started="2026-08-30 13:00:00"),
    Staff("starts-after-the-period", None, None, started="2026-10-05 13:00:00"),
    Staff("trained-after-the-period", V, V, _all("2026-10-02 16:00:00")),
]
# fmt: on
P28_RULES = {GLBA: "glba", HIPAA: "hipaa"}


def _p28_db(*, training: bool = True) -> Any:
    staff = [
        {
            "employee_id": s.id,
            "role": s.role,
            "is_marketing_role": s.marketing,
            "started_at": ts(s.started) if s.started else None,
            "ended_at": ts(s.ended) if s.ended else None,
        }
        for s in STAFF
    ]
    courses = [
        {"employee_id": s.id, "topic": topic, "course": course, "completed_at": ts(at)}
        for s in STAFF
        for topic, course, at in s.courses
    ]
    return tiny_db(staff=staff, training=courses if training else [])


@pytest.fixture(scope="module")
def p28(rulebook: Rulebook) -> dict[str, AuditRun]:
    _require("P28")
    con = _p28_db()
    return {
        "2026Q3": audit(con, rulebook, company=PROFILE, only=["P28"]),
        "retail": audit(con, rulebook, company=RETAIL, only=["P28"]),
        "no training": audit(_p28_db(training=False), rulebook, company=PROFILE, only=["P28"]),
    }


@pytest.mark.parametrize(("last_day", "judged"), [("2023-06-08", False), ("2023-06-09", True)])
def test_p28_glba_training_from_2023_06_09(rulebook: Rulebook, last_day: str, judged: bool) -> None:
    # The Safeguards Rule's amendments took effect on 2023-06-09; staff are judged on the
    # period's last day (the HIPAA rule applies on both days).
    run = audit(_p28_db(), rulebook, f"2023-06-01..{last_day}", company=PROFILE, only=["P28"])
    assert bool(verdicts(run, "P28", GLBA)) is judged
    assert verdicts(run, "P28", HIPAA)["never-trained"] == V


def test_p28_case_ids_are_unique() -> None:
    assert len({s.id for s in STAFF}) == len(STAFF)


@pytest.mark.parametrize("rule_id", P28_RULES)
@pytest.mark.parametrize("case", STAFF, ids=[s.id for s in STAFF])
def test_p28_training(p28: dict[str, AuditRun], case: Staff, rule_id: str) -> None:
    expected = getattr(case, P28_RULES[rule_id])
    assert verdicts(p28["2026Q3"], "P28", rule_id).get(case.id) == expected


def test_p28_readings(p28: dict[str, AuditRun]) -> None:
    rows = p28["2026Q3"].rows
    rows = rows[rows["rule_id"] == GLBA].set_index("record_id")
    assert "do-not-call training: never" in rows.loc["never-dnc", "reading"]
    lapsed = rows.loc["trained-12-months-and-a-day-before", "reading"]
    assert "2025-09-29" in lapsed and "lapsed after 2026-09-29" in lapsed
    assert "new hire" in rows.loc["new-hire-day-30", "reading"]
    assert set(p28["2026Q3"].rows["record_table"]) == {"staff"}


@pytest.mark.parametrize("rule_id", P28_RULES)
def test_p28_retailer_is_not_applicable(p28: dict[str, AuditRun], rule_id: str) -> None:
    # The check still runs for the retailer (TSR-DNC-SAFE-HARBOR names it); these rules do not
    # apply to a retailer.
    assert p28["retail"].finding(rule_id, "P28").status is Status.NOT_APPLICABLE


def test_p28_without_training_records_is_not_evaluated(p28: dict[str, AuditRun]) -> None:
    finding = p28["no training"].finding(GLBA, "P28")
    assert finding.status is Status.NOT_EVALUATED
    assert any(m.startswith("training.") for m in finding.missing)


TSR = "TSR-DNC-SAFE-HARBOR"


class Caller(NamedTuple):
    id: str
    tsr: str | None  # TSR-DNC-SAFE-HARBOR, under the retail profile
    role: str
    courses: tuple[tuple[str | None, str, str], ...] = ()
    marketing: bool | None = None
    started: str = "2020-01-06 14:00:00"
    ended: str | None = None


# fmt: off
CALLERS = [
    Caller("telemarketer-current", P, "Telemarketing agent", (("dnc", "DNC procedures", CURRENT),)),
    Caller("telemarketer-12-months-before", P, "Telemarketing agent",
           (("dnc", "DNC procedures", EDGE),)),
    Caller("telemarketer-lapsed", W, "Telemarketing agent", (("dnc", "DNC procedures", LAPSED),)),
    Caller("telemarketer-never", V, "Telemarketer"),
    Caller("privacy-training-is-not-dnc", V, "Call centre representative",
           (("privacy", "Privacy", CURRENT), ("security", "Security", CURRENT))),
    Caller("dnc-read-from-course-name", P, "Call Center Agent",
           ((None, "Do-not-call procedures", CURRENT),)),
    Caller("outbound-caller", V, "Outbound caller"),
    Caller("sales-rep", V, "Inside Sales Representative", marketing=True),
    Caller("new-hire-caller", W, "Telemarketing agent", started="2026-08-31 13:00:00"),
    Caller("left-before-the-end", None, "Telemarketing agent", ended="2026-09-15 20:00:00"),
    Caller("flagged-not-marketing", None, "Call centre agent (billing)", marketing=False),
    Caller("marketer-who-does-not-call", None, "Marketing coordinator", marketing=True),
    Caller("recall-is-not-a-call", None, "Product recall analyst"),
    Caller("wholesale-is-not-sales", None, "Wholesale buyer"),
]
# fmt: on


@pytest.fixture(scope="module")
def tsr(rulebook: Rulebook) -> AuditRun:
    _require("P28")
    staff = [
        {
            "employee_id": c.id,
            "role": c.role,
            "is_marketing_role": c.marketing,
            "started_at": ts(c.started),
            "ended_at": ts(c.ended) if c.ended else None,
        }
        for c in CALLERS
    ]
    courses = [
        {"employee_id": c.id, "topic": topic, "course": course, "completed_at": ts(at)}
        for c in CALLERS
        for topic, course, at in c.courses
    ]
    return audit(tiny_db(staff=staff, training=courses), rulebook, company=RETAIL, only=["P28"])


def test_tsr_case_ids_are_unique() -> None:
    assert len({c.id for c in CALLERS}) == len(CALLERS)


@pytest.mark.parametrize("case", CALLERS, ids=[c.id for c in CALLERS])
def test_p28_tsr_dnc_training(tsr: AuditRun, case: Caller) -> None:
    assert verdicts(tsr, "P28", TSR).get(case.id) == case.tsr


def test_p28_judges_tsr_from_its_own_rows(tsr: AuditRun) -> None:
    finding = tsr.finding(TSR, "P28")
    assert finding.status is Status.VIOLATION
    assert finding.note is None  # judged, not read from GLBA or HIPAA rows
    assert set(finding.rows["rule_id"]) == {TSR}
    rows = finding.rows.set_index("record_id")
    lapsed = rows.loc["telemarketer-lapsed", "reading"]
    assert "do-not-call training: last 2025-09-29, lapsed after 2026-09-29" in lapsed
    assert "privacy" not in lapsed and "security" not in lapsed
