"""Where a call or text lands: candidate time zones and states, and local wall times.

A number's area code and the customer's postal address each give zones (and a state). They
may disagree: the checks judge the contact in every candidate zone and say which disagreed.
Everything here is relational: joins with the helper tables, no per-row Python and no
engine-specific time-zone functions (local time = UTC + the offset interval's seconds).
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

import ibis
import ibis.expr.types as ir
import phonenumbers
import pyarrow as pa
from phonenumbers import geocoder

from privacykit.checks import geo
from privacykit.schema.normalize import STATE_NAMES

if TYPE_CHECKING:  # pragma: no cover
    from privacykit.checks.context import CheckContext

_SUFFIX = re.compile(r",\s*([A-Z]{2})$")


@functools.lru_cache(maxsize=1)
def area_code_regions() -> pa.Table:
    """Return (area_code, country, region): the US state an area code serves, where known.

    Taken from phonenumbers' geocoder ('Miami, FL', 'Florida'); an area code whose exchanges
    name several states gets a row for each.
    """
    rows: set[tuple[str, str, str]] = set()
    codes = geo.area_code_zones()
    for code, country in zip(
        codes.column("area_code").to_pylist(), codes.column("country").to_pylist(), strict=True
    ):
        if country != "US":
            continue
        for exchange in ("201", "555", "744", "988"):
            number = phonenumbers.parse(f"+1{code}{exchange}0100")
            text = geocoder.description_for_number(number, "en")
            m = _SUFFIX.search(text)
            name = text.upper().replace("WASHINGTON D.C.", "DISTRICT OF COLUMBIA")
            state = m.group(1) if m else STATE_NAMES.get(name)
            if state:
                rows.add((code, country, state))
    ordered = sorted(rows)
    return pa.table(
        {
            "area_code": [r[0] for r in ordered],
            "country": [r[1] for r in ordered],
            "region": [r[2] for r in ordered],
        }
    )


def area_code(phone: ir.StringValue) -> ir.StringValue:
    """Return the NANP area code of an E.164 number (+1 and 10 digits), else null."""
    is_nanp = phone.startswith("+1") & (phone.length() == 12)
    return ibis.ifelse(is_nanp, phone.substr(2, 3), ibis.null(str))


def customer_places(ctx: CheckContext) -> ir.Table:
    """Return one row per customer id: country, state and the ZIP or postal prefix."""
    c = ctx.table("customers")
    prefix = c.postal_code.upper().replace(" ", "").substr(0, 3)
    return c.select(
        customer_id=c.customer_id, country=c.country, state=c.state, zip_prefix=prefix
    ).distinct()


def placed_in(ctx: CheckContext, t: ir.Table, state: str) -> ir.Table:
    """Return (key): events whose number or customer is in the US state in column ``state``.

    ``t`` has key, customer_id and address (the E.164 number). The customer's US address
    state or the number's area-code state may place it.
    """
    c = customer_places(ctx)
    us = c.filter(c.country == "US").select(_pcid=c.customer_id, _pst=c.state)
    home = t.select("key", "customer_id", _pl=t[state]).join(us, t.customer_id == us._pcid)
    by_address = home.filter(home._pst == home._pl).select("key")
    a = ctx.helpers.area_code_states
    code = t.select("key", _pl=t[state], _pac=area_code(t.address))
    by_code = code.join(a, [code._pac == a.area_code, code._pl == a.region]).select("key")
    return by_address.union(by_code).distinct()


def candidate_zones(ctx: CheckContext, events: ir.Table) -> ir.Table:
    """Return (key, zone, zone_source) for events with key, to_phone and customer_id.

    ``zone_source`` is 'area code' or 'address'. An event may get several rows (a split area
    code, a state with two zones and no ZIP, or address and number in different zones) or
    none (a number and an address that cannot be placed).
    """
    e = events.select("key", "to_phone", "customer_id").mutate(ac=area_code(events.to_phone))
    codes = ctx.helpers.area_codes
    by_code = e.join(codes, e.ac == codes.area_code).select(
        "key", zone=codes.zone, zone_source=ibis.literal("area code")
    )
    return by_code.union(address_zones(ctx, e)).distinct()


def address_zones(ctx: CheckContext, e: ir.Table) -> ir.Table:
    """Return (key, zone, zone_source='address') from the customer's country, state, ZIP."""
    places = customer_places(ctx)
    a = e.join(places, "customer_id").select("key", "country", "state", "zip_prefix")
    r = ctx.helpers.regions
    exact = a.join(
        r,
        [a.country == r.country, a.state == r.region, a.zip_prefix == r.zip_prefix],
    ).select("key", "zone")
    state_only = r.filter(r.zip_prefix.isnull())
    rest = a.anti_join(exact, "key")
    broad = rest.join(
        state_only, [rest.country == state_only.country, rest.state == state_only.region]
    ).select("key", "zone")
    return exact.union(broad).mutate(zone_source=ibis.literal("address"))


def with_local_time(ctx: CheckContext, t: ir.Table, at: str = "event_at") -> ir.Table:
    """Add local_at, local_day, local_sod (seconds after midnight), weekday and abbrev.

    ``local_subsecond`` says the local time has a fraction of a second (21:00:00.4 is after
    21:00:00); a comparison with the time truncated to the second, because Spark cannot
    extract microseconds.

    ``t`` needs a ``zone`` column and the UTC timestamp column ``at``; rows whose zone the
    offsets table does not know are dropped (the caller counts them as unplaced).
    """
    o = ctx.helpers.offsets
    j = t.join(o, [t.zone == o.zone, t[at] >= o.start_utc, t[at] < o.end_utc])
    local = j[at] + j.offset_s.as_interval("s")
    return j.mutate(
        local_at=local,
        local_day=local.date(),
        local_sod=local.hour() * 3600 + local.minute() * 60 + local.second(),
        local_subsecond=local > local.truncate("s"),
        weekday=local.day_of_week.index(),
    ).drop("start_utc", "end_utc")


def company_day(ctx: CheckContext, t: ir.Table, at: str, name: str) -> ir.Table:
    """Add column ``name``: the date of timestamp ``at`` in the company's time zone."""
    o = ctx.helpers.offsets
    s, e, off = f"_{name}_start", f"_{name}_end", f"_{name}_offset"
    o = o.filter(o.zone == ctx.timezone).select(**{s: o.start_utc, e: o.end_utc, off: o.offset_s})
    first = ibis.literal(ctx.utc_midnight(ctx.helpers.first_day))
    clamped = f"_{name}_at"
    t = t.mutate(**{clamped: ibis.ifelse(t[at] < first, first, t[at])})
    j = t.left_join(o, [t[clamped] >= o[s], t[clamped] < o[e]])
    day = (j[clamped] + j[off].as_interval("s")).date()
    return j.mutate(**{name: day}).drop(s, e, off, clamped)
