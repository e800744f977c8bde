"""Registry copies, state do-not-call lists and caller ID: T5, T19, T16.

T5: the national registry copy a campaign was scrubbed with may be at most 31 days old on the
day of the call. A download row naming the campaign is the copy that campaign used; otherwise
the company-wide copy (a row naming no campaign) is. No copy before the call is no scrub.

T19: a marketing call or text to a number on one of the eleven states' own do-not-call lists,
without the person's written permission. A business relationship exempts calls under most of
these laws, but the exemptions differ by state: such calls are warnings. A number on a state's
list whose owner the kit places elsewhere (address and area code) is a warning too.

T16: a marketing call must transmit caller ID, and the number must be one the company (or its
telemarketer) holds on the day of the call when the company lists its numbers.
"""

from __future__ import annotations

import ibis
import ibis.expr.types as ir

from privacykit.checks import calls, hours, places
from privacykit.checks.common import NOT_RECORDED, consents_found, judged_contacts, left_join_key
from privacykit.checks.context import FAR_FUTURE, CheckContext
from privacykit.checks.evidence import contact_rows, text
from privacykit.checks.registry import Check, Need

PHONE = ("call", "sms")


def _us_numbers(ctx: CheckContext, t: ir.Table) -> ir.Table:
    codes = ctx.helpers.area_codes
    us = codes.filter(codes.country == "US").select(_ac=codes.area_code).distinct()
    t = t.mutate(_code=places.area_code(t.address))
    return t.semi_join(us, t._code == us._ac).drop("_code")


def stale_registry_copy(ctx: CheckContext) -> ir.Table:
    """T5: a call or text scrubbed with a national registry copy older than 31 days."""
    v = ctx.versions("TCPA-DNC-REGISTRY-FRESHNESS", ["max_copy_age"])
    t = judged_contacts(ctx, v)
    t = _us_numbers(ctx, t.filter(t.channel.isin(PHONE)))
    d = ctx.history("registry_downloads", "downloaded_at")
    d = d.filter(d.registry.lower() == "national")
    e = t.select("key", "event_at", "campaign_id")
    # Each copy is the one in use until the next: a contact joins the single interval that
    # holds it (a range join), not every earlier download.
    far = ibis.literal(FAR_FUTURE)
    own = d.filter(d.campaign_id.notnull()).select(_oc=d.campaign_id, _oat=d.downloaded_at)
    own = own.mutate(_onext=own._oat.lead().over(ibis.window(group_by=own._oc, order_by=own._oat)))
    j = e.join(
        own,
        [e.campaign_id == own._oc, own._oat <= e.event_at, own._onext.fill_null(far) > e.event_at],
    )
    own_last = j.group_by("key").aggregate(own_at=j._oat.max())
    general = d.filter(d.campaign_id.isnull()).select(_gat=d.downloaded_at)
    general = general.mutate(_gnext=general._gat.lead().over(ibis.window(order_by=general._gat)))
    g = e.select("key", "event_at")
    g = g.join(general, [general._gat <= g.event_at, general._gnext.fill_null(far) > g.event_at])
    gen_last = g.group_by("key").aggregate(gen_at=g._gat.max())
    t = left_join_key(left_join_key(t, own_last), gen_last)
    t = t.mutate(copy_at=ibis.coalesce(t.own_at, t.gen_at))
    t = places.company_day(ctx, t, "copy_at", "copy_day")
    t = t.mutate(age=t.c_day.delta(t.copy_day, unit="day"))
    t = t.filter(t.copy_at.isnull() | (t.age > t.max_copy_age))
    base = ibis.ifelse(
        t.copy_at.isnull(),
        "no national registry copy on record before the call",
        text("the registry copy used was ", t.age, " days old (at most ", t.max_copy_age, ")"),
    )
    reading = ibis.ifelse(t.purpose_unknown, text(base, "; ", NOT_RECORDED), base)
    which = ibis.ifelse(t.own_at.notnull(), "the campaign's own copy", "the company-wide copy")
    return contact_rows(
        t,
        verdict=ibis.ifelse(t.purpose_unknown, "warning", "violation"),
        reading=reading,
        basis_at=t.copy_at,
        detail=text(which, " downloaded ", t.copy_day, "; called ", t.c_day, " (company days)"),
    )


# The states whose own do-not-call lists the audit scrubs against (the `states` parameter of
# STATE-DNC-LISTS): a registry table holding one of them means the team scrubbed state lists.
STATE_DNC_LISTS = ("CO", "FL", "IN", "LA", "MA", "MO", "OK", "PA", "TN", "TX", "WY")


def on_state_list(ctx: CheckContext) -> ir.Table:
    """T19: a marketing call or text to a number on a state's do-not-call list."""
    v = ctx.versions("STATE-DNC-LISTS", ["states"])
    states = tuple(sorted({s for vs in ctx.param_values("STATE-DNC-LISTS", "states") for s in vs}))
    r = ctx.table("dnc_registry")
    r = r.mutate(_list=r.registry.strip().upper())
    r = r.filter(r._list.isin(states) & r.registered_at.notnull())
    r = r.group_by(_ph=r.phone, _list=r._list).aggregate(_reg=r.registered_at.min())
    c = ctx.events("contacts", "sent_at")
    c = c.filter(c.channel.isin(PHONE))
    listed = r.select(_lp=r._ph).distinct()
    c = c.semi_join(listed, c.to_phone == listed._lp)  # the few contacts to listed numbers
    t = judged_contacts(ctx, v, c)
    t = t.join(r, t.address == r._ph).drop("_ph")
    t = t.filter((t._reg <= t.c_day) & text(";", t.states, ";").contains(text(";", t._list, ";")))
    t = t.mutate(key=text(t.key, "|", t._list), _contact=t.key)
    t = t.anti_join(consents_found(ctx, t, calls.PERMISSION, same_seller=True), "key")
    t = calls.relationship(ctx, t.mutate(reg_day=t._reg, days_on=ibis.literal(0)))
    placed = places.placed_in(ctx, t, "_list").mutate(_placed=ibis.literal(True))
    t = left_join_key(t, placed)
    t = t.mutate(_placed=t._placed.fill_null(False))
    review = t.ebr_live | t.ebr_edge | ~t._placed | t.purpose_unknown
    reading = ibis.cases(
        (t.ebr_live | t.ebr_edge,
         "a business relationship exempts the call under most state lists, not all (review)"),
        (~t._placed, text("on the ", t._list, " list, but neither the address nor the area code "
                          "places the number in ", t._list, " (review)")),
        else_=text("on the ", t._list, " do-not-call list; no written permission"),
    )  # fmt: skip
    reading = ibis.ifelse(t.purpose_unknown, text(reading, "; ", NOT_RECORDED), reading)
    t = t.mutate(key=t._contact)
    return contact_rows(
        t,
        verdict=ibis.ifelse(review, "warning", "violation"),
        reading=reading,
        basis_at=t._reg.cast("timestamp"),
        detail=text("on the ", t._list, " list since ", t._reg, "; last purchase ", t.txn_day,
                    "; last inquiry ", t.inq_day),
    )  # fmt: skip


BLANK_CALLER_IDS = ("", "anonymous", "blocked", "private", "restricted", "unknown")


def caller_id(ctx: CheckContext) -> ir.Table:
    """T16: a marketing call without caller ID, or with a number that is not the company's."""
    v = ctx.versions("TCPA-CALLER-ID", [])
    t = judged_contacts(ctx, v)
    t = t.filter(t.channel == "call")
    t = t.mutate(_cid=t.caller_id.strip())
    t = t.mutate(_missing=t._cid.isnull() | t._cid.lower().isin(BLANK_CALLER_IDS))
    o = ctx.table("caller_ids")
    o = o.filter(o.phone.notnull())
    e = t.filter(~t._missing).select("key", "_cid", "c_day")
    held = e.join(
        o,
        [
            e._cid == o.phone,
            o.assigned_from.isnull() | (o.assigned_from <= e.c_day),
            o.assigned_to.isnull() | (o.assigned_to >= e.c_day),
        ],
    )
    held = held.select("key").distinct().mutate(_held=ibis.literal(True))
    t = left_join_key(t, held)
    listed = o.count() > 0
    t = t.mutate(_spoofed=~t._missing & t._held.isnull() & listed)
    t = t.filter(t._missing | t._spoofed)
    base = ibis.ifelse(
        t._missing,
        "no caller ID transmitted (missing or blocked)",
        text("caller ID ", t._cid, " is not one of the company's numbers on ", t.c_day),
    )
    reading = ibis.ifelse(t.purpose_unknown, text(base, "; ", NOT_RECORDED), base)
    t = t.mutate(
        verdict=ibis.ifelse(t.purpose_unknown, "warning", "violation"),
        reading=reading,
    )
    return _caller_id_rows(t).union(_caller_id_rows(_in_maryland(ctx, t)))


def _in_maryland(ctx: CheckContext, t: ir.Table) -> ir.Table:
    """Hidden or borrowed caller IDs to Maryland (address or area code), under its law too."""
    v = ctx.versions("STATE-MD-ANTI-SPOOFING", [])
    v = v.filter(v.channel == "call").select(_vf=v.version_from, _vt=v.version_to)
    t = t.join(v, [t.event_at >= v._vf, t.event_at < v._vt]).drop("_vf", "_vt")
    keys = places.placed_in(ctx, t.mutate(_md=ibis.literal("MD")), "_md")
    return t.semi_join(keys, "key").mutate(rule_id=ibis.literal("STATE-MD-ANTI-SPOOFING"))


def _caller_id_rows(t: ir.Table) -> ir.Table:
    return contact_rows(
        t,
        verdict=t.verdict,
        reading=t.reading,
        detail=text("caller ID ", t.caller_id.fill_null("(none)")),
    )


CHECKS = (
    Check(
        "T5",
        "Call or text scrubbed with a national registry copy older than 31 days",
        stale_registry_copy,
        judges=("TCPA-DNC-REGISTRY-FRESHNESS",),
        needs=(hours.CALLS, Need("registry_downloads", ("downloaded_at",), where="national")),
    ),
    Check(
        "T16",
        "Marketing call without caller ID or with a number that is not the company's",
        caller_id,
        judges=("TCPA-CALLER-ID", "STATE-MD-ANTI-SPOOFING"),
        needs=(Need("contacts", ("sent_at", "caller_id"), events=True, where="call"),),
    ),
    Check(
        "T19",
        "Marketing call or text to a number on a state do-not-call list",
        on_state_list,
        judges=("STATE-DNC-LISTS",),
        needs=(hours.CALLS, Need("dnc_registry", ("phone", "registered_at"), where="state lists")),
    ),
)
