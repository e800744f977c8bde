"""Calling-hour checks: the federal window (T1) and the state overlays (T2).

A call or text is judged in every zone its number's area code and its customer's address
give. Outside the window in every zone is a violation; outside in some zones only, or exactly
on a boundary that the law's words leave open ('after 9 p.m.' at 21:00:00), is a warning that
names the reading. A number that cannot be placed in any zone is reported, not guessed.
"""

from __future__ import annotations

import ibis
import ibis.expr.types as ir
import pandas as pd

from privacykit.checks import places
from privacykit.checks.common import NOT_RECORDED, judged_contacts
from privacykit.checks.context import CheckContext, encode
from privacykit.checks.evidence import contact_rows, joined, text
from privacykit.checks.registry import Check, Need

CALLS = Need("contacts", ("sent_at", "channel", "to_phone"), events=True)
DAYS = ("weekday", "saturday", "sunday", "holiday")


def _clock(sod: ir.IntegerValue) -> ir.StringValue:
    """Format seconds after midnight as HH:MM:SS."""
    parts = (sod // 3600, (sod % 3600) // 60, sod % 60)
    h, m, s = (x.cast(str).lpad(2, "0") for x in parts)
    return text(h, ":", m, ":", s)


def _placed(ctx: CheckContext, t: ir.Table) -> tuple[ir.Table, ir.Table]:
    """Return (contacts x candidate zones with local times, contacts with no zone)."""
    zones = places.candidate_zones(ctx, t)
    placed = places.with_local_time(ctx, t.join(zones, "key"))
    unplaced = t.anti_join(placed, "key")
    return placed, unplaced


def _verdicts(g: ir.Table, capped: ir.BooleanValue) -> ir.StringValue:
    every = g.n_out == g.n
    return ibis.cases(
        (every & ~capped, "violation"),
        ((g.n_out + g.n_edge) > 0, "warning"),
        else_="pass",
    )


def call_outside_hours(ctx: CheckContext) -> ir.Table:
    """T1: a marketing call or text before 08:00 or after 21:00 in the called party's time."""
    v = ctx.versions("TCPA-CALL-HOURS", ["window_start", "window_end"])
    t = judged_contacts(ctx, v)
    p, unplaced = _placed(ctx, t)
    start_open = p.window_start_boundary == "exclusive"
    end_open = p.window_end_boundary != "inclusive"
    after_end = (p.local_sod > p.window_end) | ((p.local_sod == p.window_end) & p.local_subsecond)
    out = (p.local_sod < p.window_start) | after_end
    exact = ~p.local_subsecond
    edge = exact & (
        (start_open & (p.local_sod == p.window_start)) | (end_open & (p.local_sod == p.window_end))
    )
    p = p.mutate(_out=out.cast("int64"), _edge=edge.cast("int64"))
    p = p.mutate(
        _bad=p._out * 2 + p._edge, _where=text(p.zone_source, " ", p.zone, " ", p.local_at)
    )
    p = p.mutate(_pick=text(p._bad, "|", p.zone, "|", p.zone_source))  # ties broken by name
    g = p.group_by("key").aggregate(
        n=p.count(),
        n_out=p._out.sum(),
        n_edge=p._edge.sum(),
        zone=p.zone.argmax(p._pick),
        local_at=p.local_at.argmax(p._pick),
        zones=joined(p._where, "; "),
    )
    j = t.join(g, "key")
    window = text("window ", _clock(j.window_start), "-", _clock(j.window_end))
    source = ibis.ifelse(j.window_start_source == "law", "", " (company policy)")
    reading = ibis.cases(
        (j.n_out == j.n, text("outside the ", window, source, " in every zone")),
        (j.n_out > 0, text("outside the ", window, source, " in one zone only (review)")),
        else_=text("exactly on the window's end, which 'after 9 p.m.' may allow (review)"),
    )
    reading = ibis.ifelse(j.purpose_unknown, text(reading, "; ", NOT_RECORDED), reading)
    j = j.mutate(verdict=_verdicts(j, j.purpose_unknown), reading=reading)
    flagged = j.filter(j.verdict != "pass")
    return _rows(flagged).union(_unplaced_rows(unplaced))


def _rows(j: ir.Table) -> ir.Table:
    return contact_rows(
        j,
        local_at=j.local_at,
        zone=j.zone,
        verdict=j.verdict,
        reading=j.reading,
        detail=j.zones,
    )


def _unplaced_rows(u: ir.Table) -> ir.Table:
    return contact_rows(
        u,
        verdict="warning",
        reading="the number and the customer's address cannot be placed in a time zone: "
        "the call is reported, not judged (fix the number or the address)",
    )


def state_windows(ctx: CheckContext) -> ir.Table:
    """Return the state table (company overrides applied) as a relational table."""
    rows = []
    for rule in ctx.rulebook.versions("STATE-CALL-HOURS"):
        resolved = ctx.policy.resolve(rule, "state_windows", ctx.as_of.date())
        for r in resolved.value:
            row = {"rule_id": rule.id, "state": r["state"]}
            start = r.get("effective_from")
            row["state_from"] = ctx.utc_midnight(start) if start else pd.Timestamp("1900-01-01")
            for d in DAYS:
                row[f"{d}_start"] = encode(r.get(f"{d}_start"))
                row[f"{d}_end"] = encode(r.get(f"{d}_end"))
            for flag in ("sundays_blocked", "holidays_blocked", "prerecorded_only"):
                row[flag] = bool(r.get(flag))
            row["row_unconfirmed"] = r["confidence"].is_unconfirmed
            row["citation"] = r.get("citation") or ""
            rows.append(row)
    schema = {"rule_id": "string", "state": "string", "state_from": "timestamp"}
    schema |= {f"{d}_{e}": "int64" for d in DAYS for e in ("start", "end")}
    schema |= dict.fromkeys(
        ("sundays_blocked", "holidays_blocked", "prerecorded_only", "row_unconfirmed"), "boolean"
    )
    schema["citation"] = "string"
    return ibis.memtable(pd.DataFrame(rows, columns=list(schema)), schema=ibis.schema(schema))


def call_outside_state_hours(ctx: CheckContext) -> ir.Table:
    """T2: a marketing call or text outside a state's calling hours or on a blocked day.

    The state is the customer's address state and, where the law presumes it (Florida,
    Oklahoma), the state of the number's area code; each state is judged in every zone.
    """
    v = ctx.versions("STATE-CALL-HOURS", [])
    t = judged_contacts(ctx, v)
    p, _ = _placed(ctx, t)
    states = _candidate_states(ctx, t)
    p = p.join(states, "key")
    w = state_windows(ctx)
    # A candidate state without calling hours of its own (the address in Ohio of a Florida
    # number) is a reading under which the call is allowed: such calls are at most warnings.
    free = states.anti_join(w, states.state == w.state).select("key").distinct()
    t = t.mutate(_free=t.key.isin(free.key))
    p = p.join(w, [p.state == w.state, p.event_at >= w.state_from]).drop("rule_id_right")
    p = _holidays(ctx, p)
    p = p.filter(~p.prerecorded_only | (p.dialer_type == "prerecorded").fill_null(True))
    maybe_other = p.prerecorded_only & p.dialer_type.isnull()  # may not be prerecorded
    day = ibis.cases(
        (p.is_holiday & p.holiday_start.notnull(), "holiday"),
        (p.weekday == 5, "saturday"),
        (p.weekday == 6, "sunday"),
        else_="weekday",
    )
    start = ibis.cases(*((day == d, p[f"{d}_start"]) for d in DAYS))
    end = ibis.cases(*((day == d, p[f"{d}_end"]) for d in DAYS))
    blocked = p.sundays_blocked & (p.weekday == 6)
    late = (p.local_sod > end) | ((p.local_sod == end) & p.local_subsecond)
    outside = start.notnull() & ((p.local_sod < start) | late)
    out = (blocked | (outside & (day != "holiday"))) & ~maybe_other
    edge = ~out & (
        (start.notnull() & (p.local_sod == end) & ~p.local_subsecond)
        | (maybe_other & (blocked | outside))
        | (p.holidays_blocked & p.is_holiday)
        | (outside & (day == "holiday"))
    )
    p = p.mutate(
        _out=out.cast("int64"),
        _edge=edge.cast("int64"),
        _unc=p.row_unconfirmed.cast("int64"),
        _where=text(
            p.state,
            " ",
            p.zone_source,
            " ",
            p.zone,
            " ",
            p.local_at,
            ibis.ifelse(
                start.notnull(),
                text(" window ", _clock(start), "-", _clock(end)),
                " no window that day",
            ),
            ibis.ifelse(blocked, " (calls barred that day)", ""),
        ),
    )
    p = p.mutate(_bad=p._out * 2 + p._edge)
    p = p.mutate(_pick=text(p._bad, "|", p.state, "|", p.zone, "|", p.zone_source))
    g = p.group_by("key").aggregate(
        n=p.count(),
        n_out=p._out.sum(),
        n_edge=p._edge.sum(),
        n_unc=p._unc.max(),
        zone=p.zone.argmax(p._pick),
        local_at=p.local_at.argmax(p._pick),
        zones=joined(p._where, "; "),
        state=p.state.argmax(p._pick),
    )
    j = t.join(g, "key")
    capped = j.purpose_unknown | (j.n_unc > 0) | j._free
    reading = ibis.cases(
        (
            j.n_out == j.n,
            text("outside ", j.state, "'s calling hours in every zone and state that apply"),
        ),
        (
            j.n_out > 0,
            text("outside ", j.state, "'s calling hours for one zone or state only (review)"),
        ),
        else_=text(
            "on ",
            j.state,
            "'s window boundary or a state holiday the rulebook does not list (review)",
        ),
    )
    reading = ibis.ifelse(
        j.n_unc > 0, text(reading, "; the state's hours are unconfirmed"), reading
    )
    reading = ibis.ifelse(j.purpose_unknown, text(reading, "; ", NOT_RECORDED), reading)
    j = j.mutate(verdict=_verdicts(j, capped), reading=reading)
    return _rows(j.filter(j.verdict != "pass"))


def _candidate_states(ctx: CheckContext, t: ir.Table) -> ir.Table:
    """Return (key, state): the address state, and area-code states the law presumes."""
    c = places.customer_places(ctx)
    us = c.filter(c.country == "US").select(_cid=c.customer_id, state=c.state)
    by_address = t.join(us, t.customer_id == us._cid).select("key", "state")
    rule = ctx.rulebook.versions("STATE-LOCAL-TIME")[-1]
    presumed = tuple(
        ctx.policy.resolve(rule, "area_code_presumption_states", ctx.as_of.date()).value
    )
    a = ctx.helpers.area_code_states
    a = a.filter(a.region.isin(presumed))
    e = t.mutate(_ac=places.area_code(t.to_phone))
    by_code = e.join(a, e._ac == a.area_code).select("key", state=a.region)
    return by_address.union(by_code).distinct()


def _holidays(ctx: CheckContext, p: ir.Table) -> ir.Table:
    """Add ``is_holiday``: the local day is a US federal holiday (certain or observed)."""
    c = ctx.helpers.calendar
    h = c.filter((c.calendar == "US-federal") & (c.holiday_certain | c.holiday_uncertain))
    h = h.select(_hday=h.day)
    j = p.left_join(h, p.local_day == h._hday)
    return j.mutate(is_holiday=j._hday.notnull()).drop("_hday")


CHECKS = (
    Check(
        "T1",
        "Marketing call or text outside 08:00-21:00 in the called party's time",
        call_outside_hours,
        judges=("TCPA-CALL-HOURS",),
        needs=(CALLS,),
    ),
    Check(
        "T2",
        "Marketing call or text outside a state's calling hours",
        call_outside_state_hours,
        judges=("STATE-CALL-HOURS",),
        needs=(CALLS, Need("customers", ("customer_id", "state"))),
    ),
)
