"""Financial privacy: P13 and P14 (GLBA Regulation P), P15 (FCRA affiliate marketing), P19 (FTC).

P13: nonpublic personal information may go to a nonaffiliated third party (a nonaffiliated
company, a data broker, an ad platform, a list renter) only after the consumer received the
initial and the opt-out notice and had 30 days to opt out, and not after an opt-out the company
had time to apply. A share carrying an exception code (service provider, joint marketing, ...)
or made to an affiliate, service provider or joint marketer is not judged. The 30 days run from
the day the later notice was mailed (electronic notices: from the consumer's acknowledgement),
that day being day 0 in the company's zone: a share on day 30 or before is inside the opportunity
(the consumer still has the day); day 31 is the first day allowed.
A share while no notice was ever given is a violation (no notices on file at all included). A
notice with no customer id (posted for everyone) counts only when electronic or on the web, from
the day posted, and a share it would allow is a warning: its delivery to the customer is not
recorded. Pass rows are kept only for near misses (shared within 7 days after the opportunity).

P14: a customer whose relationship continues is given a privacy notice at least once in any 12
months: a notice is due 12 calendar months after the last one (the anniversary is in time). The
FAST Act exception (from 2015-12-04) spares the notice when no share of the customer left the
exceptions and the policy did not change since the last notice (no notice of another version was
sent to anyone since); both conditions are the institution's, so one share of any financial
customer's data outside the exceptions defeats it. A notice with no customer (posted for every
customer) counts for those who were customers then only when electronic or on the web, and a
renewal resting on it is a warning (delivery not recorded). One row per customer and period:
overdue in the period, still overdue at its start (event_at the period's start), or never given
a notice while a customer in the period; a customer not recorded as a financial one is judged,
at most a warning.

P15: a solicitation using an affiliate's eligibility information needs the FCRA notice and 30
days to opt out (same counting; an electronic notice never acknowledged counts from the day it
was e-mailed) and no opt-out less than 5 years old (the anniversary is still inside), counted
from the consumer's latest opt-out.

P19: a notification event (unencrypted information, or encrypted with its key, of 500 or more
consumers) discovered from 2024-05-13 is reported to the FTC within 30 calendar days. Each
incident is judged in the period in which it was reported in time, or in the period holding its
last day allowed; one still not reported is reported again in each later period until it is.
Encrypted with the key's fate not recorded is judged, at most a warning.
"""

from __future__ import annotations

import ibis
import ibis.expr.types as ir

from privacykit.checks import days, places
from privacykit.checks.common import (
    NOT_RECORDED,
    judge_deadline,
    judged_contacts,
    left_join_key,
    person_records,
    with_person,
)
from privacykit.checks.context import CheckContext
from privacykit.checks.evidence import contact_rows, text
from privacykit.checks.registry import Check, Need
from privacykit.checks.subjects import record_rows, share_rows

NONAFFILIATE = ("nonaffiliated", "data_broker", "ad_platform", "list_rental")
ELECTRONIC = ("electronic", "email", "web")
PRIVACY_NOTICES = ("glba_initial", "glba_annual")
FIN_UNKNOWN = "not recorded whether a financial customer: judged as one"
WINDOWS = ("opt_out_period_mail", "opt_out_period_electronic")
TS = "timestamp"
ANNUAL = "GLBA-ANNUAL-NOTICE"
NEAR_MISS_DAYS = 7  # P13 pass rows only for shares this close after the opportunity closed


def _flag(value: ir.BooleanValue) -> ir.BooleanValue:
    """Return True only where ``value`` is recorded true (null is unknown, not true)."""
    return value.fill_null(False)


def _plus_days(day: ir.DateValue, n: ir.IntegerValue) -> ir.DateValue:
    # date + interval is a timestamp in DuckDB: cast through timestamp so every engine agrees.
    return (day.cast(TS) + n.as_interval("D")).cast(TS).cast("date")


def outside_exceptions(s: ir.Table) -> ir.BooleanValue:
    """Return whether a share went to a nonaffiliated recipient without a GLBA exception code."""
    code = s.glba_exception.strip()
    return s.recipient_type.lower().isin(NONAFFILIATE) & (code.isnull() | (code == ""))


def _glba_shares(ctx: CheckContext, versions: ir.Table) -> ir.Table:
    """Return the period's shares outside the exceptions, of financial customers (or unknown)."""
    s = ctx.events("sharing", "shared_at")
    s = s.filter(outside_exceptions(s))
    s = s.mutate(key=s.share_id, event_at=s.shared_at)
    v = versions.drop("channel")
    s = s.join(v, [s.event_at >= v.version_from, s.event_at < v.version_to])
    c = ctx.table("customers")
    c = c.select(_fc=c.customer_id, _fin=c.is_financial_customer).distinct()
    s = s.left_join(c, s.customer_id == c._fc).drop("_fc")
    s = s.filter(s._fin.isnull() | s._fin).mutate(fin_unknown=s._fin.isnull()).drop("_fin")
    s = with_person(ctx, s)
    return places.company_day(ctx, s, "event_at", "c_day").cache()


def _windows(
    ctx: CheckContext,
    t: ir.Table,
    notices: ir.Table,
    name: str,
    *,
    unacked_from_sent: bool,
    posted: bool = False,
) -> ir.Table:
    """Return each event's notice whose opportunity to opt out ends first, among ``notices``.

    Notices count when delivered to a record of the event's person before the event. Columns:
    key, {name}_id, {name}_sent (UTC), {name}_method, {name}_start (day 0: the day mailed, or
    the day an electronic notice was acknowledged), {name}_end (the opportunity's last day;
    null: an electronic notice not acknowledged before the event, unless ``unacked_from_sent``:
    then counted from the day it was sent). With ``posted``, a notice with no customer id
    delivered electronically or on the web (posted for everyone) counts too, from the day
    posted, when the person has no notice of their own ({name}_wide true).
    """
    e = t.select("key", "person", "event_at", *WINDOWS)
    recs = person_records(ctx, e).join(e, "key")
    recs = recs.drop(*[c for c in recs.columns if c.endswith("_right")])
    n = notices.select(
        _ncust=notices.customer_id,
        _nid=notices.notice_id,
        _nsent=notices.published_at,
        _nmeth=notices.delivery_method.lower().strip(),
        _nack=notices.acknowledged_at,
    )
    j = recs.join(n, [recs._cid == n._ncust, n._nsent <= recs.event_at])
    j = j.mutate(_nwide=ibis.literal(False))
    if posted:
        w = n.filter(n._ncust.isnull(), _flag(n._nmeth.isin(ELECTRONIC)))
        pw = e.join(w, w._nsent <= e.event_at).mutate(_nwide=ibis.literal(True))
        j = j.select(*pw.columns).union(pw)
    electronic = _flag(j._nmeth.isin(ELECTRONIC))
    # An acknowledgement after the event had not happened yet when the event did.
    ack = ibis.ifelse(j._nack <= j.event_at, j._nack, ibis.null(TS))
    ack = ack.fill_null(j._nsent) if unacked_from_sent else ack
    ack = ibis.ifelse(j._nwide, j._nsent, ack)
    j = j.mutate(
        _start_at=ibis.ifelse(electronic, ack, j._nsent),
        _ndays=ibis.ifelse(electronic, j.opt_out_period_electronic, j.opt_out_period_mail),
    )
    j = places.company_day(ctx, j, "_start_at", "_start_day")
    j = j.mutate(_end_day=_plus_days(j._start_day, j._ndays))
    order = [j._nwide, j._end_day.isnull(), j._end_day, j._nsent, j._nid]
    j = j.mutate(_rank=ibis.row_number().over(group_by=j.key, order_by=order))
    j = j.filter(j._rank == 0)
    method = ibis.ifelse(electronic, j._nmeth, j._nmeth.fill_null("mail"))
    method = ibis.ifelse(j._nwide, text("posted for every customer (", j._nmeth, ")"), method)
    return j.select(
        "key",
        **{
            f"{name}_id": j._nid,
            f"{name}_sent": j._nsent,
            f"{name}_method": ibis.ifelse(j._nmeth.isnull(), "mail (method not recorded)", method),
            f"{name}_start": j._start_day,
            f"{name}_end": j._end_day,
            f"{name}_wide": j._nwide,
        },
    )


def _glba_notices(ctx: CheckContext) -> tuple[ir.Table, ir.Table]:
    """Return (initial notices, opt-out notices); an initial notice may carry the opt-out."""
    n = ctx.history("notices", "published_at")
    kind = n.notice_type.lower().strip()
    carries = n.declared_practices.lower().re_search(r"(^|;)\s*opt_out_notice\s*(;|$)")
    return n.filter(kind == "glba_initial"), n.filter(
        (kind == "glba_optout") | ((kind == "glba_initial") & _flag(carries))
    )


def _notice_text(t: ir.Table, name: str, label: str) -> ir.StringValue:
    start = t[f"{name}_start"].cast(str).fill_null("not acknowledged")
    found = text(label, " ", t[f"{name}_id"], " ", t[f"{name}_method"], " sent ",
                 t[f"{name}_sent"].cast("date"), " (day 0: ", start, ")")  # fmt: skip
    return ibis.ifelse(t[f"{name}_id"].isnull(), text(label, ": none"), found)


def said(flag: ir.BooleanValue) -> ir.StringValue:
    """Return a flag in words: true, false or not recorded."""
    return ibis.ifelse(flag.isnull(), "not recorded", flag.cast(str))


def nonaffiliate_sharing(ctx: CheckContext) -> ir.Table:
    """P13: a share with a nonaffiliated third party before the notices' 30 days or an opt-out."""
    v = ctx.versions("GLBA-NONAFFILIATE-SHARING", list(WINDOWS), per_channel=False)
    t = _glba_shares(ctx, v)
    initial, optout = _glba_notices(ctx)
    t = left_join_key(t, _windows(ctx, t, initial, "ini", unacked_from_sent=False, posted=True))
    t = left_join_key(t, _windows(ctx, t, optout, "opt", unacked_from_sent=False, posted=True))
    no_ini, no_opt = t.ini_id.isnull(), t.opt_id.isnull()
    unacked = (~no_ini & t.ini_end.isnull()) | (~no_opt & t.opt_end.isnull())
    start = ibis.greatest(t.ini_start, t.opt_start)
    end = ibis.greatest(t.ini_end, t.opt_end)
    t = t.mutate(_end=end)
    inside = _flag(t.c_day <= end)
    wide = _flag(t.ini_wide) | _flag(t.opt_wide)
    cap = ibis.ifelse(t.fin_unknown, "warning", "violation")
    verdict = ibis.cases((no_ini | no_opt | inside, cap), (unacked | wide, "warning"), else_="pass")
    missing = ibis.cases(
        (no_ini & no_opt, "neither the initial nor the opt-out notice"),
        (no_ini, "no initial privacy notice"),
        else_="no opt-out notice",
    )
    day_n = t.c_day.delta(start, unit="day")
    reading = ibis.cases(
        (no_ini | no_opt, text("shared ", t.c_day, " with a nonaffiliated third party before the "
                               "GLBA notices: ", missing, " had reached the customer")),
        (unacked, text("shared ", t.c_day, " after an electronic GLBA notice the customer had "
                       "not acknowledged: the 30 days to opt out cannot be counted (review)")),
        (inside, text("shared ", t.c_day, ", day ", day_n, " after the later GLBA notice (day 0 ",
                      start, "): inside the opportunity to opt out, which ran through ", end)),
        else_=text("shared ", t.c_day, ", day ", day_n, " after the later GLBA notice (day 0 ",
                   start, "): after the opportunity to opt out, which ran through ", end),
    )  # fmt: skip
    reading = ibis.ifelse(
        wide & ~no_ini & ~no_opt,
        text(reading, "; notice posted, delivery to this customer not recorded (review)"),
        reading,
    )
    reading = ibis.ifelse(t.fin_unknown, text(reading, "; ", FIN_UNKNOWN), reading)
    detail = text("recipient ", t.recipient, " (", t.recipient_type, "); ",
                  _notice_text(t, "ini", "initial notice"), "; ",
                  _notice_text(t, "opt", "opt-out notice"))  # fmt: skip
    # Pass rows only for near misses (shared within a week after the opportunity closed): on
    # real volumes every later share would be a row.
    t = t.mutate(_verdict=verdict, _reading=reading, _detail=detail)
    t = t.filter((t._verdict != "pass") | (t.c_day.delta(t._end, unit="day") <= NEAR_MISS_DAYS))
    rows = share_rows(t, verdict=t._verdict, reading=t._reading, detail=t._detail,
                      basis_at=t.ini_sent, deadline_at=None)  # fmt: skip
    return rows.union(_after_glba_optout(ctx))


def optouts_before(
    ctx: CheckContext, t: ir.Table, channels: tuple[str, ...], *, latest: bool = False
) -> ir.Table:
    """Return (key, basis_at, optout_id): the earliest opt-out of ``channels`` before each event.

    An opt-out counts when it names a record of the event's person (by id, or by the record's
    email or number) or the address used, and was received before the event (the same second
    is not before). With ``latest``, the last such opt-out instead (a renewed opt-out starts a
    new term).
    """
    o = ctx.history("optouts", "received_at")
    o = o.filter(o.channel.isin(channels)).select(
        _ocust=o.customer_id, _oaddr=o.address, _oat=o.received_at, _oid=o.optout_id
    )
    # An opt-out naming only an email or number is the customer's whose record holds it.
    c = ctx.table("customers")
    named = [o.select("_ocust", "_oat", "_oid")]
    for column in ("email", "phone"):
        k = c.select(_kc=c.customer_id, _ka=c[column])
        j = o.join(k, o._oaddr == k._ka)
        named.append(j.select(_ocust=j._kc, _oat=j._oat, _oid=j._oid))
    who = named[0].union(named[1]).union(named[2])
    e = t.select("key", "person", "address", "event_at")
    recs = person_records(ctx, e)
    by_person = recs.join(who, recs._cid == who._ocust).select("key", "_oat", "_oid")
    by_address = e.join(o, e.address == o._oaddr).select("key", "_oat", "_oid")
    j = by_person.union(by_address).join(e.select("key", "event_at"), "key")
    j = j.filter(j._oat < j.event_at)
    order = [j._oat.desc(), j._oid] if latest else [j._oat, j._oid]
    j = j.mutate(_rank=ibis.row_number().over(group_by=j.key, order_by=order))
    j = j.filter(j._rank == 0)
    return j.select("key", basis_at=j._oat, optout_id=j._oid)


def _after_glba_optout(ctx: CheckContext) -> ir.Table:
    v = ctx.versions("GLBA-OPT-OUT-EFFECT", ["honor_within"], per_channel=False)
    t = _glba_shares(ctx, v)
    t = t.join(optouts_before(ctx, t, ("glba", "all")), "key")
    t = judge_deadline(ctx, t.mutate(purpose_unknown=t.fin_unknown), "honor_within")
    conf = ibis.ifelse(t.honor_within_unconfirmed, " (an audit convention, unconfirmed)", "")
    reading = text(
        ibis.cases(
            (t.c_day > t.due_lenient, "shared after the time allowed to apply the opt-out"),
            (t.c_day > t.due_strict, "shared after the time allowed if a holiday not every "
                                     "reading observes counts as a business day (review)"),
            else_="shared while the opt-out was being applied (in time)",
        ),
        ": GLBA opt-out received ", t.r_day, ", allowed ", t.honor_within, " ",
        t.honor_within_unit.replace("_", " "), conf, ", last day ", t._due.cast("date"),
        ", shared ", t.c_day, " (company time zone)",
    )  # fmt: skip
    reading = ibis.ifelse(t.fin_unknown, text(reading, "; ", FIN_UNKNOWN), reading)
    return share_rows(
        t,
        verdict=t.verdict,
        reading=reading,
        basis_at=t.basis_at,
        deadline_at=t.deadline_at,
        detail=text("opt-out ", t.optout_id, "; recipient ", t.recipient, " (", t.recipient_type,
                    ")"),
    )  # fmt: skip


def affiliate_marketing(ctx: CheckContext) -> ir.Table:
    """P15: a solicitation with affiliate data before the notice's 30 days or after an opt-out."""
    v = ctx.versions("FCRA-AFFILIATE-MARKETING-OPT-OUT", list(WINDOWS))
    c = ctx.events("contacts", "sent_at")
    k = ctx.table("campaigns")
    k = k.filter(_flag(k.uses_affiliate_data))
    c = c.semi_join(k, c.campaign_id == k.campaign_id)
    t = judged_contacts(ctx, v, c).cache()
    n = ctx.history("notices", "published_at")
    n = n.filter(n.notice_type.lower().strip() == "fcra_affiliate")
    t = left_join_key(t, _windows(ctx, t, n, "fn", unacked_from_sent=True))
    none, inside = t.fn_id.isnull(), _flag(t.c_day <= t.fn_end)
    day_n = t.c_day.delta(t.fn_start, unit="day")
    cap = ibis.ifelse(t.purpose_unknown, "warning", "violation")
    reading = ibis.cases(
        (none, text("solicited ", t.c_day, " with an affiliate's eligibility information before "
                    "any affiliate-marketing notice reached the consumer")),
        (inside, text("solicited ", t.c_day, ", day ", day_n, " after the affiliate-marketing "
                      "notice (day 0 ", t.fn_start, "): inside the opportunity to opt out, which "
                      "ran through ", t.fn_end)),
        else_=text("solicited ", t.c_day, ", day ", day_n, " after the affiliate-marketing notice "
                   "(day 0 ", t.fn_start, "): after the opportunity to opt out, which ran through ",
                   t.fn_end),
    )  # fmt: skip
    reading = ibis.ifelse(t.purpose_unknown, text(reading, "; ", NOT_RECORDED), reading)
    rows = contact_rows(
        t,
        verdict=ibis.ifelse(none | inside, cap, "pass"),
        reading=reading,
        basis_at=t.fn_sent,
        detail=text(_notice_text(t, "fn", "notice"), "; campaign ", t.campaign_id),
    )
    return rows.union(_within_opt_out(ctx, t))


def _within_opt_out(ctx: CheckContext, t: ir.Table) -> ir.Table:
    v = ctx.versions("FCRA-AFFILIATE-OPT-OUT-DURATION", ["min_duration"])
    v = v.select(
        _vr=v.rule_id, _vc=v.channel, _vf=v.version_from, _vt=v.version_to, _years=v.min_duration
    )
    t = t.join(v, [t.channel == v._vc, t.event_at >= v._vf, t.event_at < v._vt])
    # The five years run from the latest opt-out: an opt-out renewed last month is in force.
    t = t.join(optouts_before(ctx, t, ("affiliate_marketing", "all"), latest=True), "key")
    t = places.company_day(ctx, t.mutate(_months=t._years * 12), "basis_at", "r_day")
    t = days.add_until(ctx, t, day="r_day", months="_months", name="until")
    within = _flag(t.c_day <= t.until)
    verdict = ibis.ifelse(within & ~t.purpose_unknown, "violation", "warning")
    reading = ibis.ifelse(
        within,
        text("solicited ", t.c_day, " with an affiliate's eligibility information; the consumer "
             "opted out ", t.r_day, ", an opt-out that lasts at least ", t._years,
             " years (through ", t.until, ")"),
        text("solicited ", t.c_day, "; the consumer opted out ", t.r_day, ", more than ",
             t._years, " years before (the minimum ran through ", t.until, "); the company's "
             "notice may have promised longer (review)"),
    )  # fmt: skip
    reading = ibis.ifelse(t.purpose_unknown, text(reading, "; ", NOT_RECORDED), reading)
    return contact_rows(
        t,
        rule_id=t._vr,
        verdict=verdict,
        reading=reading,
        basis_at=t.basis_at,
        detail=text("affiliate-marketing opt-out ", t.optout_id, "; campaign ", t.campaign_id),
    )


def ftc_breach_notice(ctx: CheckContext) -> ir.Table:
    """P19: a notification event of 500+ consumers not reported to the FTC within 30 days.

    Each incident discovered up to ``as_of`` is judged in the period where its outcome is
    settled: the period in which the FTC was told in time (pass), or the period holding the
    last day allowed, once that day is over (violation: told late or not by ``as_of``). An
    incident still not reported when a later period begins is reported in that period too
    (the failure persists), until the FTC is told. Rows carry event_at = the discovery, or the
    period's start for an incident discovered before the period.
    """
    params = ["min_consumers_affected", "notify_within"]
    v = ctx.versions("GLBA-SAFEGUARDS-FTC-BREACH-NOTICE", params, per_channel=False)
    i = ctx.history("incidents", "discovered_at")
    start = ibis.literal(ctx.period.start_utc)
    i = i.mutate(key=i.incident_id, event_at=ibis.greatest(i.discovered_at, start))
    v = v.drop("channel")
    i = i.join(v, [i.discovered_at >= v.version_from, i.discovered_at < v.version_to])
    count_unknown = i.consumers_affected.isnull()
    enc_unknown = i.encrypted.isnull()
    key_unknown = _flag(i.encrypted) & i.key_compromised.isnull()
    exposed = ~_flag(i.encrypted) | _flag(i.key_compromised)
    i = i.filter(
        (count_unknown | (i.consumers_affected >= i.min_consumers_affected))
        & (enc_unknown | key_unknown | exposed)
    )
    i = i.mutate(
        _count_unknown=count_unknown,
        _enc_unknown=enc_unknown,
        _key_unknown=key_unknown,
        _told=ibis.ifelse(i.ftc_notified_at <= ctx.as_of, i.ftc_notified_at, ibis.null(TS)),
    )
    i = places.company_day(ctx, i, "discovered_at", "d_day")
    i = places.company_day(ctx, i, "_told", "n_day")
    i = days.add_deadline(ctx, i, day="d_day", n="notify_within", unit="notify_within_unit",
                          cal="notify_within_calendar", name="due")  # fmt: skip
    i = days.add_day_end(ctx, i, day="due_lenient", name="deadline_at")
    first, last = ctx.period.first, ctx.period.last
    in_time = _flag(i.n_day <= i.due_lenient)
    told_here = (i._told >= start) & (i._told < ctx.period.end_utc)
    due_here = (i.due_lenient >= first) & (i.due_lenient <= last) & (i.deadline_at <= ctx.as_of)
    # Still not reported when the period began, the last day allowed having passed before it.
    carried = (i.due_lenient < first) & (i._told.isnull() | (i._told >= start))
    i = i.mutate(_late=~in_time).filter(
        _flag(in_time & told_here) | (~in_time & (due_here | carried))
    )
    late = i._late
    review = i._count_unknown | i._enc_unknown | i._key_unknown | i.notify_within_unconfirmed
    verdict = ibis.cases((late & ~review, "violation"), (late, "warning"), else_="pass")
    told = ibis.ifelse(
        i.n_day.isnull(),
        text("FTC not notified by ", ctx.as_of.date().isoformat()),
        text("FTC notified ", i.n_day, ", day ", i.n_day.delta(i.d_day, unit="day")),
    )
    told = ibis.ifelse(
        late & (i.due_lenient < first),
        text("still not reported when the period began (overdue since ", i.due_lenient, "); ",
             told),
        told,
    )  # fmt: skip
    reading = text(told, ": discovered ", i.d_day, ", allowed ", i.notify_within, " ",
                   i.notify_within_unit.replace("_", " "), ", last day ", i.due_lenient,
                   " (company time zone)")  # fmt: skip
    reading = ibis.ifelse(
        i._count_unknown,
        text(reading, "; number of consumers affected not recorded (a notification event needs ",
             i.min_consumers_affected, " or more: review)"),
        reading,
    )  # fmt: skip
    reading = ibis.ifelse(
        i._enc_unknown,
        text(reading, "; not recorded whether the information was encrypted (review)"),
        reading,
    )
    reading = ibis.ifelse(
        i._key_unknown,
        text(reading, "; encrypted, but not recorded whether the key was taken (review)"),
        reading,
    )
    return record_rows(
        i,
        "incidents",
        verdict=verdict,
        reading=reading,
        basis_at=i.discovered_at,
        deadline_at=i.deadline_at,
        detail=text("consumers affected ", i.consumers_affected.cast(str).fill_null("not recorded"),
                    "; encrypted ", said(i.encrypted), "; key compromised ",
                    said(i.key_compromised)),
    )  # fmt: skip


def _privacy_notices(ctx: CheckContext) -> ir.Table:
    """Return every initial or annual privacy notice up to ``as_of``, with its company day.

    A notice with no customer id (posted for every customer) is kept only when delivered
    electronically or on the web (``_nwide`` true): a mailing that records no recipient reached
    no one the kit can name.
    """
    n = ctx.history("notices", "published_at")
    n = n.filter(n.notice_type.lower().strip().isin(PRIVACY_NOTICES))
    wide = n.customer_id.isnull()
    n = n.filter(~wide | _flag(n.delivery_method.lower().strip().isin(ELECTRONIC)))
    n = n.select(
        _nid=n.notice_id, _ncust=n.customer_id, _nat=n.published_at, _nver=n.version,
        _ntype=n.notice_type, _nwide=n.customer_id.isnull(),
    )  # fmt: skip
    return places.company_day(ctx, n, "_nat", "_nday").cache()


def _financial_customers(ctx: CheckContext) -> ir.Table:
    """Return the customers recorded as financial ones or not recorded (judged, a warning)."""
    c = ctx.table("customers")
    fin = c.is_financial_customer
    c = c.filter(fin.isnull() | fin)
    return c.select(
        key=c.customer_id, _created=c.created_at, _closed=c.closed_at, fin_unknown=fin.isnull()
    )


def _customer_notices(c: ir.Table, n: ir.Table) -> ir.Table:
    """Return each customer's notices: their own, and those posted while they were customers."""
    own = n.filter(n._ncust.notnull())
    own = c.select("key").join(own, c.key == own._ncust)
    # Few notices are posted for everyone: this join pairs each customer with a few rows.
    wide = n.filter(n._nwide)
    e = c.select("key", "_created")
    wide = e.join(wide, e._created.isnull() | (e._created <= wide._nat))
    cols = ["key", "_nid", "_nat", "_nday", "_nver", "_ntype", "_nwide"]
    return own.select(*cols).union(wide.select(*cols))


def _last_and_next(ctx: CheckContext, cn: ir.Table) -> ir.Table:
    """Return per customer the last notice before the period (anchor_*) and the next one."""
    start = ctx.period.start_utc

    def pick(t: ir.Table, desc: bool) -> ir.Table:
        order = [t._nat.desc(), t._nid.desc()] if desc else [t._nat, t._nid]
        t = t.mutate(_r=ibis.row_number().over(group_by=t.key, order_by=order))
        return t.filter(t._r == 0)

    a = pick(cn.filter(cn._nat < start), desc=True)
    a = a.select(
        "key", anchor_id=a._nid, anchor_at=a._nat, anchor_day=a._nday, anchor_version=a._nver,
        anchor_type=a._ntype, anchor_wide=a._nwide,
    )  # fmt: skip
    x = pick(cn.filter(cn._nat >= start), desc=False)
    x = x.select("key", next_id=x._nid, next_at=x._nat, next_day=x._nday, next_wide=x._nwide)
    t = a.left_join(x, "key")
    return t.drop(*[col for col in t.columns if col.endswith("_right")])


def _with_due(ctx: CheckContext, a: ir.Table, v: ir.Table) -> ir.Table:
    """Add interval, due (the last day in time after the anchor) and due_end."""
    # A notice older than the rule is measured by its first version.
    lo = ctx.utc_midnight(ctx.rulebook.versions(ANNUAL)[0].effective_from)
    iv = v.select(_if=v.version_from, _it=v.version_to, interval=v.notice_interval)
    a = a.mutate(_vat=ibis.greatest(a.anchor_at, ibis.literal(lo)))
    a = a.join(iv, [a._vat >= iv._if, a._vat < iv._it]).drop("_if", "_it", "_vat")
    a = days.add_until(ctx, a, day="anchor_day", months="interval", name="due")
    return days.add_day_end(ctx, a, day="due", name="due_end")


def _overdue(ctx: CheckContext, t: ir.Table, v: ir.Table) -> ir.Table:
    """Return the customers whose notice fell due by the period's end (or as_of) unsent.

    One row per customer: the due day in the period, or before it with no notice since the
    anchor by the period's start (still overdue). Adds fast_act (the version in force on the
    due day) and carried (due before the period).
    """
    start = ctx.period.start_utc
    t = t.filter(t.due <= ctx.period.last, t.due_end <= ctx.as_of)
    t = t.filter(t.next_at.isnull() | (t.next_at >= t.due_end))
    t = t.filter(t._closed.isnull() | (t._closed >= ibis.greatest(t.due_end, start)))
    fv = v.select(_ff=v.version_from, _ft=v.version_to, fast_act=v.fast_act_exception_available)
    t = t.join(fv, [fv._ff < t.due_end, t.due_end <= fv._ft]).drop("_ff", "_ft")
    # The exception must hold until the notice is judged: up to the due day, or, for a notice
    # overdue before the period, up to the period's end (an exception lost since, by a share
    # outside the exceptions or a new notice text, makes the overdue notice a violation).
    last = min(ctx.period.last, ctx.as_of.date())
    carried = t.due < ctx.period.first
    return t.mutate(carried=carried, until=ibis.ifelse(carried, ibis.literal(last), t.due))


def _fast_act(ctx: CheckContext, t: ir.Table, n: ir.Table) -> ir.Table:
    """Add the FAST Act conditions since each customer's last notice, up to the due day.

    The conditions are the institution's: any share outside the exceptions of any financial
    customer's data (nonpublic personal information) from the anchor's day to ``until`` (the
    due day, or the period's end for a notice overdue before it) defeats the exception,
    computed once per distinct (anchor day, until) pair. Columns added: shared_id, shared_day
    (the first such share), changed_version, changed_day (a notice of another version sent to
    anyone), changed_sure, changed_maybe (a version not recorded on either side), maybe_day.
    """
    s = ctx.history("sharing", "shared_at")
    s = s.filter(outside_exceptions(s))
    # Only nonpublic personal information counts: shares of financial customers (a record not
    # marked either way counts too, the stricter reading); a non-customer's data is not NPI.
    fin = ctx.table("customers")
    fin = fin.filter(fin.is_financial_customer.fill_null(True)).select(_fc=fin.customer_id)
    s = s.join(fin, s.customer_id == fin._fc).select(_sat=s.shared_at, _sid=s.share_id)
    s = places.company_day(ctx, s, "_sat", "_sday")
    # The day's first share, ties by id: argmin would pick either of two shares made at the
    # same instant, and engines pick differently.
    s = s.mutate(_r=ibis.row_number().over(group_by=s._sday, order_by=[s._sat, s._sid]))
    daily = s.filter(s._r == 0).select("_sday", _sfirst=s._sid)
    pairs = t.select("anchor_day", "until").distinct()
    # A share on the anchor's own day counts (the kit cannot always tell which came first).
    sh = pairs.join(daily, [daily._sday >= pairs.anchor_day, daily._sday <= pairs.until])
    sh = sh.group_by("anchor_day", "until").aggregate(
        shared_id=sh._sfirst.argmin(sh._sday), shared_day=sh._sday.min()
    )
    t = t.left_join(sh, ["anchor_day", "until"])
    t = t.drop(*[c for c in t.columns if c.endswith("_right")]).cache()
    vd = n.group_by(_vver=n._nver, _vday=n._nday).aggregate(_vlast=n._nat.max())
    # A version not recorded is a join key too (null keys would match nothing).
    t = t.mutate(_av=t.anchor_version.fill_null("\x00"))
    combos = t.select("anchor_version", "_av", "anchor_day", "until").distinct()
    later = combos.join(vd, [vd._vday > combos.anchor_day, vd._vday <= combos.until])
    same = t.select("key", "anchor_at", "anchor_version", "anchor_day")
    same = same.join(vd, [vd._vday == same.anchor_day, vd._vlast > same.anchor_at])
    t = t.left_join(
        _other_versions(later, ["_av", "anchor_day", "until"], 0), ["_av", "anchor_day", "until"]
    )
    t = t.drop(*[c for c in t.columns if c.endswith("_right")])
    t = t.left_join(_other_versions(same, ["key", "anchor_at"], 1), ["key", "anchor_at"])
    t = t.drop(*[c for c in t.columns if c.endswith("_right")])
    return t.mutate(
        changed_sure=_flag(t._sure0) | _flag(t._sure1),
        changed_maybe=_flag(t._maybe0) | _flag(t._maybe1),
        changed_version=t._cver0.fill_null(t._cver1),
        changed_day=t._cday0.fill_null(t._cday1),
        maybe_day=t._mday0.fill_null(t._mday1),
    ).cache()


def _other_versions(j: ir.Table, keys: list[str], k: int) -> ir.Table:
    """Aggregate the notices of another version (or of an unrecorded one) found for each key."""
    unknown = j._vver.isnull() | j.anchor_version.isnull()
    j = j.filter(unknown | (j._vver != j.anchor_version)).mutate(_unknown=unknown)
    # The first recorded other version, ties (two versions sent the same day) by name.
    first = ibis.row_number().over(group_by=keys, order_by=[j._unknown, j._vday, j._vver])
    j = j.mutate(_first=first == 0)
    return j.group_by(keys).aggregate(
        **{
            f"_maybe{k}": j._unknown.any(),
            f"_sure{k}": (~j._unknown).any(),
            f"_cver{k}": j._vver.max(where=j._first & ~j._unknown),
            f"_cday{k}": j._vday.min(where=~j._unknown),
            f"_mday{k}": j._vday.min(),
        }
    )


def annual_notice(ctx: CheckContext) -> ir.Table:
    """P14: no privacy notice within 12 months of the last, outside the FAST Act exception.

    Per customer and period at most one row: overdue (the due day in the period, or before it
    and still nothing sent when the period began: event_at the period's start), renewed only by
    a posted notice (a warning), or never given a notice at all; plus a pass row per notice
    the period sent in time.
    """
    params = ["notice_interval", "fast_act_exception_available"]
    v = ctx.versions(ANNUAL, params, per_channel=False)
    n = _privacy_notices(ctx)
    c = _financial_customers(ctx).cache()
    cn = _customer_notices(c, n).cache()
    t = _with_due(ctx, _last_and_next(ctx, cn), v).join(c, "key")
    t = t.drop(*[col for col in t.columns if col.endswith("_right")]).cache()
    rows = _overdue_rows(ctx, _fast_act(ctx, _overdue(ctx, t, v), n))
    return rows.union(_renewed_rows(ctx, t)).union(_never_noticed(ctx, c, cn, v))


def _overdue_rows(ctx: CheckContext, t: ir.Table) -> ir.Table:
    fast = _flag(t.fast_act)
    shared = t.shared_id.notnull()
    cap = ibis.ifelse(t.fin_unknown, "warning", "violation")
    verdict = ibis.cases(
        (~fast | shared | t.changed_sure, cap),
        (t.changed_maybe, "warning"),
        else_="pass",
    )
    posted = ibis.ifelse(t.anchor_wide, ", posted for every customer", "")
    last = text("last privacy notice ", t.anchor_day, " (", t.anchor_type, posted, ", version ",
                t.anchor_version.fill_null("not recorded"), "), next due by ", t.due,
                " (", t.interval, " months); none sent by then")  # fmt: skip
    last = ibis.ifelse(
        t.carried,
        text(last, ", nor by the period's start (still overdue)"),
        last,
    )
    why = ibis.cases(
        (~fast, "the FAST Act exception did not exist yet"),
        (shared, text("no FAST Act exception: the institution shared with a nonaffiliated third "
                      "party outside the exceptions since the last notice (share ", t.shared_id,
                      ", ", t.shared_day, ")")),
        (t.changed_sure, text("no FAST Act exception: the policy changed (a notice of version ",
                              t.changed_version, " was sent ", t.changed_day, ")")),
        (t.changed_maybe & t.anchor_version.isnull(),
         text("FAST Act exception unless the policy changed: the last notice records no "
              "version, and notices were sent since (first ", t.maybe_day, "; review)")),
        (t.changed_maybe, text("FAST Act exception unless the policy changed: a notice sent ",
                               t.maybe_day, " records no version (review)")),
        else_="FAST Act exception: no sharing outside the exceptions and no change of policy "
        "since the last notice",
    )  # fmt: skip
    reading = text(last, "; ", why)
    reading = ibis.ifelse(t.fin_unknown, text(reading, "; ", FIN_UNKNOWN), reading)
    # A still-overdue customer under the FAST Act exception is no news each period: no row.
    t = t.mutate(_verdict=verdict, _reading=reading)
    t = t.filter(~t.carried | (t._verdict != "pass"))
    start = ibis.literal(ctx.period.start_utc)
    return record_rows(
        t.mutate(rule_id=ibis.literal(ANNUAL)),
        "customers",
        customer_id=t.key,
        event_at=ibis.greatest(t.due_end, start),
        verdict=t._verdict,
        reading=t._reading,
        basis_at=t.anchor_at,
        deadline_at=t.due_end,
        detail=text("last notice ", t.anchor_id),
    )


def _renewed_rows(ctx: CheckContext, t: ir.Table) -> ir.Table:
    """Rows of the period's notices sent in time: a pass, or a warning when only posted."""
    t = t.filter(t.next_at < t.due_end, t.next_at < ctx.period.end_utc)
    t = t.mutate(
        rule_id=ibis.literal(ANNUAL),
        _reading=text("privacy notice sent ", t.next_day, ", within ", t.interval, " months of "
                      "the previous one (", t.anchor_day, "; due by ", t.due, ")"),
    )  # fmt: skip
    own = t.filter(~t.next_wide)
    own = own.mutate(_cust=own.key).mutate(key=ibis._.next_id)
    sent = record_rows(
        own,
        "notices",
        customer_id=own._cust,
        event_at=own.next_at,
        verdict="pass",
        reading=own._reading,
        basis_at=own.anchor_at,
    )
    # A notice posted for everyone (web, electronic) counts, but its delivery is not recorded.
    wide = t.filter(t.next_wide)
    posted = record_rows(
        wide,
        "customers",
        customer_id=wide.key,
        event_at=wide.next_at,
        verdict="warning",
        reading=text("notice posted, delivery to this customer not recorded: ", wide._reading,
                     " (review)"),
        basis_at=wide.anchor_at,
        detail=text("posted notice ", wide.next_id),
    )  # fmt: skip
    return sent.union(posted)


def _never_noticed(ctx: CheckContext, c: ir.Table, cn: ir.Table, v: ir.Table) -> ir.Table:
    """Rows of financial customers of the period never given a privacy notice (up to as_of)."""
    end = min(ctx.period.end_utc, ctx.as_of)
    start = ibis.literal(ctx.period.start_utc)
    c = c.anti_join(cn, "key")
    c = c.filter(c._created.isnull() | (c._created < end))
    c = c.filter(c._closed.isnull() | (c._closed >= start))
    c = c.mutate(event_at=ibis.greatest(c._created.fill_null(start), start))
    v = v.select(_vf=v.version_from, _vt=v.version_to)
    c = c.join(v, [c.event_at >= v._vf, c.event_at < v._vt])
    c = places.company_day(ctx, c, "_created", "created_day")
    since = ibis.ifelse(c._created.isnull(), "a date not recorded", c.created_day.cast(str))
    reading = text("no privacy notice on file: a financial customer since ", since,
                   ", and the initial notice is due when the relationship begins")  # fmt: skip
    reading = ibis.ifelse(c.fin_unknown, text(reading, "; ", FIN_UNKNOWN), reading)
    return record_rows(
        c.mutate(rule_id=ibis.literal(ANNUAL)),
        "customers",
        customer_id=c.key,
        verdict=ibis.ifelse(c.fin_unknown, "warning", "violation"),
        reading=reading,
        basis_at=c._created,
    )


CHECKS = (
    Check(
        "P13",
        "GLBA: sharing with a nonaffiliated third party before the notices and 30 days to opt "
        "out, or after an opt-out",
        nonaffiliate_sharing,
        judges=("GLBA-NONAFFILIATE-SHARING", "GLBA-OPT-OUT-EFFECT"),
        # No notices at all is itself the finding: shares before any notice are violations.
        needs=(
            Need("sharing", ("shared_at", "recipient_type"), events=True),
            Need("customers", ("is_financial_customer",)),
        ),
    ),
    Check(
        "P14",
        "GLBA: no privacy notice within 12 months of the last one, outside the FAST Act exception",
        annual_notice,
        judges=("GLBA-ANNUAL-NOTICE",),
        # No notices at all is itself the finding: customers never given one are violations.
        needs=(Need("customers", ("is_financial_customer",)),),
    ),
    Check(
        "P15",
        "FCRA: solicitation with an affiliate's eligibility information before the notice and "
        "30 days to opt out, or within an opt-out's five years",
        affiliate_marketing,
        judges=("FCRA-AFFILIATE-MARKETING-OPT-OUT", "FCRA-AFFILIATE-OPT-OUT-DURATION"),
        needs=(
            Need("contacts", ("sent_at",), events=True),
            Need("campaigns", ("uses_affiliate_data",)),
            Need("notices", ("published_at",), where="fcra notices"),
        ),
    ),
    Check(
        "P19",
        "GLBA Safeguards: a notification event of 500 or more consumers not reported to the FTC "
        "within 30 days",
        ftc_breach_notice,
        judges=("GLBA-SAFEGUARDS-FTC-BREACH-NOTICE",),
        # Not events: an incident discovered before the period may be judged in it.
        needs=(Need("incidents", ("discovered_at", "consumers_affected")),),
    ),
)
