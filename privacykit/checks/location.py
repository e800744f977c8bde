"""P4 (precise geolocation without the consent its state requires) and P20 (sensitive places).

P4: a location event is *precise geolocation* when its accuracy radius is within the state's
figure: 1,850 ft in California, 1,750 ft elsewhere (1 ft = 0.3048 m exactly; compared in metres:
563.88 m and 533.4 m, both inclusive). In the opt-in states (each from its own date) a precise
event needs a location or sensitive-data consent in force when it was captured; an event between
the two radii is precise only under California's definition, so outside California it is a
warning. In California a precise event used beyond the core purposes (the service, a store
finder) after a request to limit, once the processing window has passed, breaks the request.
An event is judged against the earliest limit request made before it that no later consent
ended: a consent ends only the requests made before it, and a repeated request does not
restart the window. Location data is bulk: a consented event writes no row; only violations,
warnings and the uses inside a limit request's window (few) do.

P20: precise events used for advertising, audience segments or a sale, within the audit radius
of a sensitive place (clinics, places of worship, shelters, schools, ...). The FTC's orders make
that a finding (the radius is an audit convention: a warning); Maryland bans geofences within
1,750 ft of health facilities from 2026-04-01 (a violation). Events meet places through a join
on 0.01-degree cells (each place listed in every cell its radius reaches), never a cross join.
Rows name the place, its category, the distance and the accuracy, never the event's
coordinates (where a person was is personal data the report cannot mask in free text).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import ibis
import ibis.expr.types as ir
import pandas as pd

from privacykit.checks import days, places
from privacykit.checks.common import left_join_key, with_person
from privacykit.checks.context import CheckContext
from privacykit.checks.evidence import text
from privacykit.checks.registry import Check, Need
from privacykit.checks.subjects import consents_in_force, record_rows, records_at
from privacykit.schema.canonical import CONSENT_TYPES

CCPA, STATES = "CCPA-PRECISE-GEOLOCATION", "STATE-PRIVACY-PRECISE-GEOLOCATION"
OPTIN, LIMIT = "STATE-PRIVACY-SENSITIVE-OPTIN", "CCPA-SENSITIVE-PI-LIMIT"
FTC, MD = "MOBILE-SENSITIVE-LOCATIONS", "STATE-PRIVACY-MD-GEOFENCE"
# Uses of precise location that the right to limit leaves alone (providing what was asked for).
CORE_PURPOSES = ("service", "store_finder", "navigation", "delivery", "security", "fraud",
                 "fraud_prevention", "safety")  # fmt: skip
NOT_OPT_IN = ("implied_purchase", "implied_inquiry", "soft_opt_in")  # not an affirmative consent
OPT_IN_TYPES = tuple(t for t in CONSENT_TYPES if t not in NOT_OPT_IN)
CONSENT_CHANNELS = ("location", "sensitive", "all")
# Advertising, segments, sales: 'ad' as a word (ad_segment, ads), not inside 'address'.
AD_USE = r"(^|[^a-z])ads?([^a-z]|$)|advert|sale|sell|market|segment|geofenc|target"
HEALTH_PLACES = ("medical", "reproductive_health", "mental_health", "sexual_health")
EARTH_M = 6_371_008.8  # mean Earth radius (IUGG), metres
CELL_DEG = 0.01
MAX_LON_CELLS = 64  # places spanning more longitude cells (near the poles) join on latitude only


def metres(feet: Any) -> Any:
    """Return ``feet`` in metres (1 ft = 0.3048 m exactly: 1,750 ft = 533.4 m)."""
    return feet * 3048 / 10000


# ============================================================================================
# P4: precise geolocation
# ============================================================================================


def precise_location_without_consent(ctx: CheckContext) -> ir.Table:
    """P4: precise location without the state's opt-in, or used after a California limit."""
    e = _located(ctx)
    return _without_optin(ctx, e).union(_after_limit(ctx, e))


def _located(ctx: CheckContext) -> ir.Table:
    """Return the period's possibly precise events of customers in CA or an opt-in state."""
    radii = ctx.table_param(STATES, "radius_by_state")
    optin = ctx.table_param(OPTIN, "applies_from")
    widest = max([*ctx.param_values(CCPA, "precise_radius"), *radii["radius"]])
    e = ctx.events("location_events", "captured_at")
    e = e.filter(e.accuracy_m.isnull() | (e.accuracy_m <= metres(float(widest))))
    c = ctx.table("customers")
    c = c.select(_cc=c.customer_id, state=c.state.strip().upper())
    e = e.join(c, e.customer_id == c._cc).drop("_cc")
    e = e.filter(e.state.isin(sorted({*optin["state"], "CA"})))
    e = e.mutate(key=e.event_id, event_at=e.captured_at)
    v = ctx.versions(CCPA, ["precise_radius"], per_channel=False)
    v = v.select(_vf=v.version_from, _vt=v.version_to, ca_ft=v.precise_radius)
    e = e.join(v, [e.event_at >= v._vf, e.event_at < v._vt]).drop("_vf", "_vt")
    e = e.mutate(ca_m=metres(e.ca_ft))
    e = with_person(ctx, e)
    return places.company_day(ctx, e, "event_at", "c_day").cache()


def _state_tables(ctx: CheckContext) -> tuple[ir.Table, ir.Table]:
    """Return (opt-in start per state, precise radius per state) as versioned tables."""
    o = ctx.table_param(OPTIN, "applies_from")
    o = pd.DataFrame(
        {
            "_os": o["state"],
            "optin_from": pd.to_datetime(o["from"]).dt.date,
            "_of": o["version_from"],
            "_ot": o["version_to"],
        }
    )
    r = ctx.table_param(STATES, "radius_by_state")
    r = pd.DataFrame(
        {
            "_rs": r["state"],
            "state_ft": r["radius"].astype("float64"),
            "radius_confidence": r["confidence"].astype(str),
            "_rf": r["version_from"],
            "_rt": r["version_to"],
        }
    )
    return ibis.memtable(o), ibis.memtable(r)


def _without_optin(ctx: CheckContext, e: ir.Table) -> ir.Table:
    """STATE-PRIVACY-PRECISE-GEOLOCATION: no opt-in consent where the state requires one."""
    o, r = _state_tables(ctx)
    t = e.join(o, [e.state == o._os, e.event_at >= o._of, e.event_at < o._ot])
    t = t.filter(t.c_day >= t.optin_from).drop("_os", "_of", "_ot")
    t = t.join(r, [t.state == r._rs, t.event_at >= r._rf, t.event_at < r._rt])
    v = ctx.versions(STATES, [], per_channel=False)
    v = v.select("rule_id", _vf=v.version_from, _vt=v.version_to)
    t = t.join(v, [t.event_at >= v._vf, t.event_at < v._vt])
    t = t.mutate(state_m=metres(t.state_ft))
    precise = (t.accuracy_m <= t.state_m).fill_null(False)
    band = (~precise & (t.accuracy_m <= t.ca_m)).fill_null(False)
    t = t.mutate(_precise=precise, _band=band).filter(precise | band | t.accuracy_m.isnull())
    t = left_join_key(t, _consents(ctx, t))
    t = t.filter(t.consent_id.isnull())  # bulk data: a consented event writes no row
    state_radius = text(t.state, "'s ", t.state_ft.cast("int64"), " ft (", t.state_m, " m)")
    unsure = ibis.ifelse(
        t.radius_confidence == "unconfirmed",
        text("; ", t.state, "'s radius is the typical figure, unconfirmed for this state"),
        ibis.literal(""),
    )
    needs = text("opt-in required in ", t.state, " from ", t.optin_from)
    reading = ibis.cases(
        (t.accuracy_m.isnull(), text("accuracy not recorded: may be precise geolocation, "
                                     "collected without a location or sensitive-data consent; ",
                                     needs)),
        (t._precise, text("precise geolocation (accuracy ", t.accuracy_m, " m, within ",
                          state_radius, ") collected without a location or sensitive-data "
                          "consent; ", needs, unsure)),
        else_=text("accuracy ", t.accuracy_m, " m: precise under California's definition (",
                   t.ca_ft.cast("int64"), " ft = ", t.ca_m, " m), not under ", state_radius,
                   "; collected without a location or sensitive-data consent (review)"),
    )  # fmt: skip
    verdict = ibis.ifelse(t._precise, "violation", "warning")
    return _location_rows(t, verdict=verdict, reading=reading,
                          detail=text("purpose ", t.purpose, "; captured ", t.c_day,
                                      " (company time zone)"))  # fmt: skip


def _after_limit(ctx: CheckContext, e: ir.Table) -> ir.Table:
    """CCPA-PRECISE-GEOLOCATION: a Californian's precise location used after a limit request."""
    purpose = e.purpose.strip().lower()
    t = e.filter(
        (e.state == "CA")
        & (e.accuracy_m.isnull() | (e.accuracy_m <= e.ca_m))
        & (purpose.isnull() | ~purpose.isin(CORE_PURPOSES))
    )
    # Only events after some limit request need their consents; then the request to judge by.
    t = left_join_key(t, _limit_requests(ctx, t)).drop("request_id")
    t = t.filter(t.basis_at.notnull()).drop("basis_at")
    t = left_join_key(t, _consents(ctx, t))
    t = left_join_key(t, _limit_requests(ctx, t, since="consent_at"))
    t = t.filter(t.basis_at.notnull())
    v = ctx.versions(LIMIT, ["limit_honor_within"], per_channel=False)
    v = v.drop("rule_id", "channel")
    t = t.join(v, [t.event_at >= v.version_from, t.event_at < v.version_to])
    t = places.company_day(ctx, t, "basis_at", "r_day")
    n = "limit_honor_within"
    t = days.add_deadline(ctx, t, day="r_day", n=n, unit=f"{n}_unit", cal=f"{n}_calendar",
                          name="due")  # fmt: skip
    late_all = t.c_day > t.due_lenient
    late_one = t.c_day > t.due_strict
    unsure = t[f"{n}_unconfirmed"] | t.purpose.isnull() | t.accuracy_m.isnull()
    verdict = ibis.cases(
        (t.due_lenient.isnull() | t.due_strict.isnull(), "warning"),
        (late_all & ~unsure, "violation"),
        (late_one, "warning"),
        else_="pass",
    )
    t = t.mutate(_verdict=verdict, _due=ibis.ifelse(late_all, t.due_lenient, t.due_strict))
    t = days.add_day_end(ctx, t, day="_due", name="deadline_at")
    return _location_rows(t, rule_id=CCPA, verdict=t._verdict, reading=_limit_reading(t),
                          basis_at=t.basis_at, deadline_at=t.deadline_at,
                          detail=text("limit request ", t.request_id))  # fmt: skip


def _limit_reading(t: ir.Table) -> ir.StringValue:
    n = "limit_honor_within"
    window = text("limit request received ", t.r_day, ", allowed ", t[n], " ",
                  t[f"{n}_unit"].replace("_", " "), ", last day ", t._due.cast("date"), ", used ",
                  t.c_day, " for ", t.purpose.fill_null("a purpose not recorded"))  # fmt: skip
    why = ibis.cases(
        (t.c_day > t.due_lenient,
         text("precise location used beyond the service after the processing window: ",
              window)),
        (t.c_day > t.due_strict,
         text("used after the last day only if a holiday that not every reading observes counts "
              "as a business day (review): ", window)),
        else_=text("used inside the processing window (in time): ", window),
    )  # fmt: skip
    why = ibis.ifelse(
        t[f"{n}_unconfirmed"],
        text(why, "; the processing window for limit requests is unconfirmed"),
        why,
    )
    why = ibis.ifelse(
        t.consent_id.notnull(),
        text(why, "; consent ", t.consent_id, " (", t.consent_day, ") was given before the "
             "request and does not lift it"),
        why,
    )  # fmt: skip
    why = ibis.ifelse(t.purpose.isnull(), text(why, "; purpose not recorded"), why)
    return ibis.ifelse(
        t.accuracy_m.isnull(), text(why, "; accuracy not recorded: may be precise"), why
    )


def _consents(ctx: CheckContext, t: ir.Table) -> ir.Table:
    """Return (key, consent_id, consent_at, consent_day, consent_channel): the latest location
    or sensitive-data consent of the event's person in force when it was captured."""
    j = consents_in_force(ctx, t, OPT_IN_TYPES, CONSENT_CHANNELS)
    j = j.rename(consent_at="granted_at")
    order = [ibis.desc(j.consent_at), ibis.desc(j.consent_id)]
    j = j.mutate(_rank=ibis.row_number().over(group_by=j.key, order_by=order))
    j = j.filter(j._rank == 0).select("key", "consent_id", "consent_at", "consent_channel")
    return places.company_day(ctx, j, "consent_at", "consent_day")


def _limit_requests(ctx: CheckContext, t: ir.Table, since: str | None = None) -> ir.Table:
    """Return (key, basis_at, request_id): the limit request each event is judged against.

    That is the earliest limit request made before the event and, with ``since`` (the column
    of the consent in force), not before that consent: a consent ends only the requests made
    before it, and a request repeated without one between does not restart the window.
    """
    r = ctx.history("privacy_requests", "received_at")
    r = r.filter(r.request_type.strip().lower() == "limit")
    r = r.select(_rc=r.customer_id, basis_at=r.received_at, request_id=r.request_id)
    rec = records_at(ctx, t)
    j = rec.join(r, rec._cid == r._rc)
    j = j.filter(j.basis_at <= j.event_at)
    if since is not None:
        k = t.select(_kk=t.key, _since=t[since])
        j = j.join(k, j.key == k._kk)
        j = j.filter(j._since.isnull() | (j.basis_at >= j._since))
    order = [j.basis_at, j.request_id]
    j = j.mutate(_rank=ibis.row_number().over(group_by=j.key, order_by=order))
    return j.filter(j._rank == 0).select("key", "basis_at", "request_id")


def _location_rows(t: ir.Table, **columns: Any) -> ir.Table:
    """Return evidence rows of judged location events (record_table 'location_events')."""
    return record_rows(
        t, "location_events", customer_id=t.customer_id, channel="location", **columns
    )


# ============================================================================================
# P20: sensitive places
# ============================================================================================


def sensitive_place_ad_use(ctx: CheckContext) -> ir.Table:
    """P20: precise location near a sensitive place used for advertising, segments or a sale."""
    reach_ft = max(
        [*ctx.param_values(FTC, "sensitive_poi_radius"), *ctx.param_values(MD, "radius")]
    )
    pairs = near_places(ctx.table("sensitive_places"), _ad_events(ctx), metres(float(reach_ft)))
    pairs = pairs.cache()
    return _near_rows(ctx, pairs, FTC).union(_near_rows(ctx, pairs, MD))


def _ad_events(ctx: CheckContext) -> ir.Table:
    """Return the period's precise (or unknown-accuracy) events used for ads or sold.

    An event whose purpose is not recorded is judged too (at most a warning).
    """
    precise_ft = max(ctx.param_values("MOBILE-PRECISE-GEOLOCATION", "default_radius"))
    e = ctx.events("location_events", "captured_at")
    e = e.filter(
        (e.purpose.isnull() | e.purpose.lower().re_search(AD_USE))
        & e.latitude.notnull()
        & e.longitude.notnull()
        & (e.accuracy_m.isnull() | (e.accuracy_m <= metres(float(precise_ft))))
    )
    c = ctx.table("customers")
    c = c.select(_cc=c.customer_id, state=c.state.strip().upper())
    e = e.left_join(c, e.customer_id == c._cc).drop("_cc")
    return e.mutate(key=e.event_id, event_at=e.captured_at)


def near_places(p: ir.Table, e: ir.Table, reach_m: float) -> ir.Table:
    """Return each event (``latitude``, ``longitude``) with every place within ``reach_m``.

    Columns added: place_id, place_name, category, place_lat, place_lon, distance_m (haversine,
    mean Earth radius). Events and places meet on grid cells: a place is listed in every cell
    its reach touches (longitude cells wrap at the antimeridian), an event in its own cell, so
    the join is an equi-join; places whose reach spans too many longitude cells (near a pole)
    are joined on the latitude cell only.
    """
    r_deg = math.degrees(reach_m / EARTH_M) * (1 + 1e-6)
    cell = 360 / math.floor(360 / max(CELL_DEG, r_deg))  # divides 360: cells wrap exactly
    n = round(360 / cell)
    p = p.filter(p.latitude.notnull() & p.longitude.notnull())
    p = p.select(place_id=p.place_id, place_name=p.name, category=p.category,
                 place_lat=p.latitude, place_lon=p.longitude)  # fmt: skip
    polar = p.place_lat.abs() + r_deg >= 90
    cos = ibis.ifelse(polar, ibis.literal(1.0), p.place_lat.radians().cos())
    dlon = ((math.sin(math.radians(r_deg)) / cos).asin()).degrees()
    p = p.mutate(
        _lat_lo=((p.place_lat - r_deg + 90) / cell).floor(),
        _lat_hi=((p.place_lat + r_deg + 90) / cell).floor(),
        _lon_lo=((p.place_lon - dlon + 180) / cell).floor(),
        _lon_hi=((p.place_lon + dlon + 180) / cell).floor(),
    )
    p = p.mutate(_wide=polar | (p._lon_hi - p._lon_lo >= MAX_LON_CELLS))
    offs = ibis.memtable({"_off": list(range(MAX_LON_CELLS))})
    lat = p.cross_join(offs.filter(offs._off <= 2))  # a place reaches at most 3 latitude cells
    lat = lat.filter(lat._lat_lo + lat._off <= lat._lat_hi)
    lat = lat.mutate(_lat_cell=(lat._lat_lo + lat._off).cast("int64")).drop("_off")
    lon = lat.filter(~lat._wide).cross_join(offs.rename(_lon_off="_off"))
    lon = lon.filter(lon._lon_lo + lon._lon_off <= lon._lon_hi)
    lon = lon.mutate(_lon_cell=_wrap((lon._lon_lo + lon._lon_off).cast("int64"), n))
    e = e.mutate(
        _e_lat=((e.latitude + 90) / cell).floor().cast("int64"),
        _e_lon=_wrap(((e.longitude + 180) / cell).floor().cast("int64"), n),
    )
    keep = ["place_id", "place_name", "category", "place_lat", "place_lon"]
    narrow = e.join(lon.select("_lat_cell", "_lon_cell", *keep),
                    [e._e_lat == lon._lat_cell, e._e_lon == lon._lon_cell])  # fmt: skip
    polar_places = lat.filter(lat._wide).select("_lat_cell", *keep)
    wide = e.join(polar_places, e._e_lat == polar_places._lat_cell)
    cols = [*e.columns, *keep]
    j = narrow.select(*cols).union(wide.select(*cols))
    j = j.mutate(distance_m=_haversine(j.latitude, j.longitude, j.place_lat, j.place_lon))
    return j.filter(j.distance_m <= reach_m).drop("_e_lat", "_e_lon")


def _wrap(cell: ir.IntegerValue, n: int) -> ir.IntegerValue:
    return ((cell % n) + n) % n


def _haversine(
    lat1: ir.NumericValue, lon1: ir.NumericValue, lat2: ir.NumericValue, lon2: ir.NumericValue
) -> ir.NumericValue:
    half_dlat = ((lat2 - lat1) / 2).radians().sin()
    half_dlon = ((lon2 - lon1) / 2).radians().sin()
    a = half_dlat * half_dlat + lat1.radians().cos() * lat2.radians().cos() * half_dlon * half_dlon
    return 2 * EARTH_M * ibis.least(a, 1.0).sqrt().asin()


def _near_rows(ctx: CheckContext, pairs: ir.Table, rule_id: str) -> ir.Table:
    """Return one row per event for ``rule_id``: the nearest place within the rule's radius."""
    param = "sensitive_poi_radius" if rule_id == FTC else "radius"
    v = ctx.versions(rule_id, [param], per_channel=False)
    v = v.select("rule_id", _vf=v.version_from, _vt=v.version_to, _ft=v[param],
                 _unconfirmed=v[f"{param}_unconfirmed"])  # fmt: skip
    t = pairs
    if rule_id == MD:
        t = t.filter((t.state == "MD") & t.category.isin(HEALTH_PLACES))
    t = t.join(v, [t.event_at >= v._vf, t.event_at < v._vt])
    t = t.filter(t.distance_m <= metres(t._ft))
    order = [t.distance_m, t.place_id]
    t = t.mutate(_rank=ibis.row_number().over(group_by=t.key, order_by=order))
    t = t.filter(t._rank == 0)
    t = places.company_day(ctx, t, "event_at", "c_day")
    use = t.purpose.fill_null("a purpose not recorded")
    near = text("used for ", use, " on ", t.c_day, " ", t.distance_m.round(1), " m from ",
                t.place_name.fill_null(t.place_id), " (", t.category, "), within ",
                t._ft.cast("int64"), " ft (", metres(t._ft), " m)")  # fmt: skip
    if rule_id == FTC:
        verdict = ibis.ifelse(t._unconfirmed, "warning", "violation")
        reading = text(near, ": a visit to a sensitive place may not be sold or used for "
                       "advertising without informed consent (FTC orders)")  # fmt: skip
        reading = ibis.ifelse(
            t._unconfirmed, text(reading, "; the radius is an audit convention (review)"), reading
        )
    else:
        since = min(r.effective_from for r in ctx.rulebook.versions(MD)).isoformat()
        unsure = t.accuracy_m.isnull() | t.purpose.isnull()
        verdict = ibis.ifelse(unsure, "warning", "violation")
        reading = text(near, ": Maryland bans geofences this close to mental, reproductive and "
                       "sexual health facilities (from ", since, ")")  # fmt: skip
    reading = ibis.ifelse(
        t.accuracy_m.isnull(), text(reading, "; accuracy not recorded: may be precise"), reading
    )
    reading = ibis.ifelse(
        t.purpose.isnull(), text(reading, "; purpose not recorded: may be an ad use"), reading
    )
    detail = text("place ", t.place_id, " (", t.place_name.fill_null("name not recorded"), ", ",
                  t.category, "); distance ", t.distance_m.round(1), " m; accuracy ",
                  t.accuracy_m, " m")  # fmt: skip
    return _location_rows(t, verdict=verdict, reading=reading, detail=detail)


def _events_need(columns: Sequence[str]) -> Need:
    return Need("location_events", ("captured_at", *columns), events=True)


CHECKS = (
    Check(
        "P4",
        "Precise geolocation without the consent its state requires, or after a limit request",
        precise_location_without_consent,
        judges=(CCPA, STATES),
        needs=(_events_need(["accuracy_m"]), Need("customers", ("state",))),
    ),
    Check(
        "P20",
        "Precise location near a sensitive place used for advertising, segments or a sale",
        sensitive_place_ad_use,
        judges=(FTC, MD),
        needs=(
            _events_need(["latitude", "longitude", "purpose"]),
            Need("sensitive_places", ("category", "latitude", "longitude")),
        ),
    ),
)
