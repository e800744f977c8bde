"""How often and how a campaign calls: T3 (three per rolling 24 hours) and T14 (abandonment).

T3: Florida, Oklahoma and Maryland allow at most three marketing calls or texts to one number on
one subject in any rolling 24 hours. Counting is in elapsed time (UTC), so a daylight-saving
change neither adds nor removes an hour. A contact is the fourth inside the window when the
contact three places earlier on the same number and subject was sent less than 24 hours before;
exactly 24 hours is the window's edge (review).

T14: abandoned calls may be at most 3% of the calls answered by a person, per campaign, over the
campaign or each successive 30-day period of it. Whether abandoned calls are themselves among
the 'answered' calls is a reading: a rate over 3% under both readings is a violation, under one
only a warning.
"""

from __future__ import annotations

import datetime as dt

import ibis
import ibis.expr.types as ir

from privacykit.checks import places
from privacykit.checks.common import NOT_RECORDED, judged_contacts
from privacykit.checks.context import CheckContext
from privacykit.checks.evidence import contact_rows, finish, text
from privacykit.checks.registry import Check, Need

PHONE = ("call", "sms")
MARGIN = dt.timedelta(days=3)  # history read before the period: longer than any window
FREQUENCY = "STATE-CALL-FREQUENCY"


def _subject(ctx: CheckContext, c: ir.Table) -> ir.Table:
    """Add ``_subject``: what 'same subject' groups by (the rule's subject_grouping)."""
    grouping = ctx.param_values(FREQUENCY, "subject_grouping")
    how = str(grouping[-1]) if grouping else "campaign"
    if how == "all":
        return c.mutate(_subject=ibis.literal("all marketing"))
    if how == "subject_matter":
        k = ctx.table("campaigns")
        k = k.group_by(_kc=k.campaign_id).aggregate(_sm=k.subject_matter.max())
        c = c.left_join(k, c.campaign_id == k._kc)
        return c.mutate(_subject=ibis.coalesce(c._sm, c.campaign_id)).drop("_kc", "_sm")
    return c.mutate(_subject=c.campaign_id)


def too_many_contacts(ctx: CheckContext) -> ir.Table:
    """T3: a fourth marketing call or text on one subject within 24 hours (FL, OK, MD)."""
    v = ctx.versions(FREQUENCY, ["states", "max_contacts", "window"])
    limits = sorted({int(x) for x in ctx.param_values(FREQUENCY, "max_contacts")})
    c = ctx.table("contacts")
    c = c.filter(
        c.channel.isin(PHONE),
        c.to_phone.notnull(),
        (c.purpose == "marketing") | c.purpose.isnull(),
        c.sent_at >= ctx.period.start_utc - MARGIN,
        c.sent_at < ctx.period.end_utc,
    )
    c = _subject(ctx, c)
    c = c.mutate(_no_subject=c._subject.isnull(), _subject=c._subject.fill_null(""))
    w = ibis.window(group_by=[c.to_phone, c._subject], order_by=[c.sent_at, c.contact_id])
    c = c.mutate(**{f"_prev{k}": c.sent_at.lag(k).over(w) for k in limits})
    c = c.filter(c.sent_at >= ctx.period.start_utc)
    t = judged_contacts(ctx, v, c)
    prev = ibis.cases(
        *((t.max_contacts == k, t[f"_prev{k}"]) for k in limits), else_=ibis.null("timestamp")
    )
    edge = t.event_at - t["window"].as_interval("h")
    t = t.mutate(_prev=prev, _edge=edge)
    t = t.filter(t._prev.notnull() & (t._prev >= t._edge))
    t = _listed_states(ctx, t)
    on_edge = t._prev == t._edge
    review = on_edge | t.purpose_unknown | t._no_subject | ~t._addr_listed
    reading = ibis.cases(
        (on_edge, "the earlier contact was exactly 24 hours before: the window's edge (review)"),
        (~t._addr_listed, text("the address is in ", t._addr_state.fill_null("?"), "; ",
                               t._state, " presumes the area code's state (review)")),
        else_=text("more than ", t.max_contacts, " marketing calls or texts on one subject "
                   "within ", t["window"], " hours to a ", t._state, " number"),
    )  # fmt: skip
    reading = ibis.ifelse(
        t._no_subject, text(reading, "; campaign not recorded: grouped together"), reading
    )
    reading = ibis.ifelse(t.purpose_unknown, text(reading, "; ", NOT_RECORDED), reading)
    return contact_rows(
        t,
        verdict=ibis.ifelse(review, "warning", "violation"),
        reading=reading,
        basis_at=t._prev,
        detail=text(
            "subject ", t._subject, "; the contact ", t.max_contacts, " places earlier on this "
            "number and subject was sent ", t._prev, " UTC",
        ),
    )  # fmt: skip


def _listed_states(ctx: CheckContext, t: ir.Table) -> ir.Table:
    """Keep contacts to a listed state; add _state, _addr_state and _addr_listed.

    The state is the customer's US address state, or the number's area-code state where the
    law presumes it (the presumption states of STATE-LOCAL-TIME).
    """
    listed = text(";", t.states, ";")
    c = places.customer_places(ctx)
    us = c.filter(c.country == "US").group_by(_cid=c.customer_id).aggregate(_as=c.state.max())
    t = t.left_join(us, t.customer_id == us._cid).drop("_cid")
    rule = ctx.rulebook.versions("STATE-LOCAL-TIME")[-1]
    presumed = tuple(
        ctx.policy.resolve(rule, "area_code_presumption_states", ctx.as_of.date()).value
    )
    a = ctx.helpers.area_code_states
    a = a.filter(a.region.isin(presumed)).select(_ac=a.area_code, _cs=a.region)
    t = t.mutate(_code=places.area_code(t.to_phone))
    t = t.left_join(a, t._code == a._ac).drop("_ac", "_code")
    addr_listed = listed.contains(text(";", t._as, ";")) & t._as.notnull()
    code_listed = listed.contains(text(";", t._cs, ";")) & t._cs.notnull()
    t = t.filter(addr_listed | code_listed)
    return t.mutate(
        _state=ibis.ifelse(addr_listed, t._as, t._cs),
        _addr_state=t._as,
        _addr_listed=addr_listed | t._as.isnull(),
    ).drop("_as", "_cs")


ABANDONMENT = ("TCPA-ABANDONMENT", "TSR-ABANDONMENT")


def abandonment_rate(ctx: CheckContext) -> ir.Table:
    """T14: abandoned calls over 3% of live-answered calls, per campaign per 30 days."""
    c = ctx.history("contacts", "sent_at")
    c = c.filter((c.channel == "call") & ((c.purpose == "marketing") | c.purpose.isnull()))
    c = c.mutate(_camp=c.campaign_id.fill_null("(no campaign)"))
    c = places.company_day(ctx, c, "sent_at", "_day")
    first = c.group_by("_camp").aggregate(_first=c._day.min())
    c = c.join(first, "_camp")
    lengths = sorted({int(x) for r in ABANDONMENT for x in ctx.param_values(r, "period")})
    if len(lengths) != 1:  # pragma: no cover - a company override that would split windows
        raise ValueError(f"abandonment periods differ between rules: {lengths}")
    size = lengths[0]
    c = c.mutate(_w=c._day.delta(c._first, unit="day") // size)
    start, end = ctx.period.start_utc, ctx.period.end_utc
    g = c.group_by("_camp", "_first", "_w").aggregate(
        abandoned=ibis.ifelse(c.outcome == "abandoned", 1, 0).sum(),
        live=ibis.ifelse(c.outcome == "live_answer", 1, 0).sum(),
        calls=c.count(),
        unknown=ibis.ifelse(c.purpose.isnull(), 1, 0).sum(),
        in_period=ibis.ifelse((c.sent_at >= start) & (c.sent_at < end), 1, 0).sum(),
        first_at=c.sent_at.min(),
        last_day=c._day.max(),
    )
    g = g.filter((g.in_period > 0) & ((g.abandoned + g.live) > 0))
    g = g.mutate(
        w_first=(g._first + (g._w * size).as_interval("D")).cast("timestamp").cast("date"),
        w_last=(g._first + (g._w * size + size - 1).as_interval("D"))
        .cast("timestamp")
        .cast("date"),
    )
    cal = ctx.helpers.calendar
    cal = cal.filter(cal.calendar == "US-federal").select(_cd=cal.day, w_start=cal.day_start_utc)
    g = g.left_join(cal, g.w_first == cal._cd).drop("_cd")
    out = [_abandonment_rows(ctx, g, rule_id) for rule_id in ABANDONMENT]
    return out[0].union(out[1])


def _abandonment_rows(ctx: CheckContext, g: ir.Table, rule_id: str) -> ir.Table:
    v = ctx.versions(rule_id, ["max_rate"])
    v = v.filter(v.channel == "call").select(
        _vf=v.version_from, _vt=v.version_to, max_rate=v.max_rate,
        _src=v.max_rate_source, _legal=v.max_rate_legal,
    )  # fmt: skip
    t = g.join(v, [g.w_start >= v._vf, g.w_start < v._vt])
    answered = t.live + t.abandoned
    over_a = t.abandoned * 100 > t.max_rate * answered  # abandoned among the answered
    over_b = t.abandoned * 100 > t.max_rate * t.live  # abandoned over live answers only
    rate_a = (t.abandoned * 100.0 / answered).round(2)  # 3.03% must not read as 3.0%
    rate_b = ibis.ifelse(t.live > 0, (t.abandoned * 100.0 / t.live).round(2), 100.0)
    verdict = ibis.cases(
        (over_a & (t.unknown == 0), "violation"), (over_b, "warning"), else_="pass"
    )
    reading = ibis.cases(
        (over_a, text(rate_a, "% of answered calls abandoned (limit ", t.max_rate, "%)")),
        (
            over_b,
            text(rate_a, "% if abandoned calls count as answered, ", rate_b, "% of live answers "
                 "if they do not (limit ", t.max_rate, "%): which is the rule's is a reading "
                 "(review)"),
        ),
        else_=text(rate_a, "% of answered calls abandoned, within ", t.max_rate, "%"),
    )  # fmt: skip
    reading = ibis.ifelse(
        t.unknown > 0, text(reading, "; ", t.unknown, " calls without a recorded purpose"), reading
    )
    source = ibis.ifelse(
        t._src == "law", "", text(" (company ", t._src, "; the law's ", t._legal, "%)")
    )
    return finish(
        t,
        rule_id=rule_id,
        record_table="campaigns",
        record_id=text(t._camp, " ", t.w_first),
        channel="call",
        event_at=t.w_start,
        verdict=verdict,
        reading=text(reading, source),
        detail=text(
            t.abandoned, " abandoned, ", t.live, " answered live, ", t.calls, " calls in the "
            "30-day window ", t.w_first, " to ", t.w_last, " (company days; calls through ",
            t.last_day, ")",
        ),
    )  # fmt: skip


CALLS = Need("contacts", ("sent_at", "channel", "to_phone"), events=True)
CHECKS = (
    Check(
        "T3",
        "More than three marketing calls or texts on one subject in 24 hours (FL, OK, MD)",
        too_many_contacts,
        judges=(FREQUENCY,),
        needs=(CALLS,),
    ),
    Check(
        "T14",
        "Abandoned calls over 3% of answered calls per campaign and 30 days",
        abandonment_rate,
        judges=ABANDONMENT,
        needs=(Need("contacts", ("sent_at", "outcome"), events=True, where="call"),),
    ),
)
