"""Financial privacy: P13 and P14 (GLBA Regulation P), P15 (FCRA affiliate marketing), P19 (FTC).

P13: nonpublic personal information may go to a nonaffiliated third party (a nonaffiliated
company, a data broker, an ad platform, a list renter) only after the consumer received the
initial and the opt-out notice and had 30 days to opt out, and not after an opt-out the company
had time to apply. A share carrying an exception code (service provider, joint marketing, ...)
or made to an affiliate, service provider or joint marketer is not judged. The 30 days run from
the day the later notice was mailed (electronic notices: from the consumer's acknowledgement),
that day being day 0 in the company's zone: a share on day 30 or before is inside the opportunity
(the consumer still has the day); day 31 is the first day allowed.

P14: a customer whose relationship continues is given a privacy notice at least once in any 12
months: a notice is due 12 calendar months after the last one (the anniversary is in time). The
FAST Act exception (from 2015-12-04) spares the notice when no share of the customer left the
exceptions and the policy did not change since the last notice (no notice of another version
was sent to anyone since). A notice with no customer (posted for every customer) counts as
given to every customer who was one then.

P15: a solicitation using an affiliate's eligibility information needs the FCRA notice and 30
days to opt out (same counting; an electronic notice never acknowledged counts from the day it
was e-mailed) and no opt-out less than 5 years old (the anniversary is still inside).

P19: a notification event (unencrypted information, or encrypted with its key, of 500 or more
consumers) discovered from 2024-05-13 is reported to the FTC within 30 calendar days.
"""

from __future__ import annotations

import datetime as dt

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
    ctx: CheckContext, t: ir.Table, notices: ir.Table, name: str, *, unacked_from_sent: bool
) -> ir.Table:
    """Return each event's notice whose opportunity to opt out ends first, among ``notices``.

    Notices count when delivered to a record of the event's person before the event. Columns:
    key, {name}_id, {name}_sent (UTC), {name}_method, {name}_start (day 0: the day mailed, or
    the day an electronic notice was acknowledged), {name}_end (the opportunity's last day;
    null: an electronic notice not acknowledged before the event, unless ``unacked_from_sent``:
    then counted from the day it was sent).
    """
    e = t.select("key", "person", "event_at", *WINDOWS)
    recs = person_records(ctx, e).join(e, "key")
    recs = recs.drop(*[c for c in recs.columns if c.endswith("_right")])
    n = notices.filter(notices.customer_id.notnull()).select(
        _ncust=notices.customer_id,
        _nid=notices.notice_id,
        _nsent=notices.published_at,
        _nmeth=notices.delivery_method.lower().strip(),
        _nack=notices.acknowledged_at,
    )
    j = recs.join(n, [recs._cid == n._ncust, n._nsent <= recs.event_at])
    electronic = _flag(j._nmeth.isin(ELECTRONIC))
    # An acknowledgement after the event had not happened yet when the event did.
    ack = ibis.ifelse(j._nack <= j.event_at, j._nack, ibis.null(TS))
    ack = ack.fill_null(j._nsent) if unacked_from_sent else ack
    j = j.mutate(
        _start_at=ibis.ifelse(electronic, ack, j._nsent),
        _ndays=ibis.ifelse(electronic, j.opt_out_period_electronic, j.opt_out_period_mail),
    )
    j = places.company_day(ctx, j, "_start_at", "_start_day")
    j = j.mutate(_end_day=_plus_days(j._start_day, j._ndays))
    order = [j._end_day.isnull(), j._end_day, j._nsent, j._nid]
    j = j.mutate(_rank=ibis.row_number().over(group_by=j.key, order_by=order))
    j = j.filter(j._rank == 0)
    method = ibis.ifelse(electronic, "electronic", j._nmeth.fill_null("mail"))
    return j.select(
        "key",
        **{
            f"{name}_id": j._nid,
            f"{name}_sent": j._nsent,
            f"{name}_method": ibis.ifelse(j._nmeth.isnull(), "mail (method not recorded)", method),
            f"{name}_start": j._start_day,
            f"{name}_end": j._end_day,
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
    t = left_join_key(t, _windows(ctx, t, initial, "ini", unacked_from_sent=False))
    t = left_join_key(t, _windows(ctx, t, optout, "opt", unacked_from_sent=False))
    no_ini, no_opt = t.ini_id.isnull(), t.opt_id.isnull()
    unacked = (~no_ini & t.ini_end.isnull()) | (~no_opt & t.opt_end.isnull())
    start = ibis.greatest(t.ini_start, t.opt_start)
    end = ibis.greatest(t.ini_end, t.opt_end)
    inside = _flag(t.c_day <= end)
    cap = ibis.ifelse(t.fin_unknown, "warning", "violation")
    verdict = ibis.cases((no_ini | no_opt | inside, cap), (unacked, "warning"), else_="pass")
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
    reading = ibis.ifelse(t.fin_unknown, text(reading, "; ", FIN_UNKNOWN), reading)
    detail = text("recipient ", t.recipient, " (", t.recipient_type, "); ",
                  _notice_text(t, "ini", "initial notice"), "; ",
                  _notice_text(t, "opt", "opt-out notice"))  # fmt: skip
    rows = share_rows(t, verdict=verdict, reading=reading, detail=detail,
                      basis_at=t.ini_sent, deadline_at=None)  # fmt: skip
    return rows.union(_after_glba_optout(ctx))


def optouts_before(ctx: CheckContext, t: ir.Table, channels: tuple[str, ...]) -> ir.Table:
    """Return (key, basis_at, optout_id): the earliest opt-out of ``channels`` before each event.

    An opt-out counts when it names a record of the event's person (by id, or by the record's
    email or number) or the address used, and was received before the event (the same second
    is not before).
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
    j = j.mutate(_rank=ibis.row_number().over(group_by=j.key, order_by=[j._oat, j._oid]))
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
    t = t.join(optouts_before(ctx, t, ("affiliate_marketing", "all")), "key")
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
    """P19: a notification event of 500+ consumers not reported to the FTC within 30 days."""
    params = ["min_consumers_affected", "notify_within"]
    v = ctx.versions("GLBA-SAFEGUARDS-FTC-BREACH-NOTICE", params, per_channel=False)
    i = ctx.events("incidents", "discovered_at")
    i = i.mutate(key=i.incident_id, event_at=i.discovered_at)
    v = v.drop("channel")
    i = i.join(v, [i.event_at >= v.version_from, i.event_at < v.version_to])
    count_unknown = i.consumers_affected.isnull()
    enc_unknown = i.encrypted.isnull()
    exposed = ~_flag(i.encrypted) | _flag(i.key_compromised)
    i = i.filter(
        (count_unknown | (i.consumers_affected >= i.min_consumers_affected))
        & (enc_unknown | exposed)
    )
    i = i.mutate(
        _count_unknown=count_unknown,
        _enc_unknown=enc_unknown,
        _told=ibis.ifelse(i.ftc_notified_at <= ctx.as_of, i.ftc_notified_at, ibis.null(TS)),
    )
    i = places.company_day(ctx, i, "event_at", "d_day")
    i = places.company_day(ctx, i, "_told", "n_day")
    i = days.add_deadline(ctx, i, day="d_day", n="notify_within", unit="notify_within_unit",
                          cal="notify_within_calendar", name="due")  # fmt: skip
    i = days.add_day_end(ctx, i, day="due_lenient", name="deadline_at")
    late = _flag(i.n_day > i.due_lenient) | (i.n_day.isnull() & (i.deadline_at <= ctx.as_of))
    i = i.filter(late | i.n_day.notnull())
    review = i._count_unknown | i._enc_unknown | i.notify_within_unconfirmed
    verdict = ibis.cases((late & ~review, "violation"), (late, "warning"), else_="pass")
    told = ibis.ifelse(
        i.n_day.isnull(),
        text("FTC not notified by ", ctx.as_of.date().isoformat()),
        text("FTC notified ", i.n_day, ", day ", i.n_day.delta(i.d_day, unit="day")),
    )
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
    """Return every initial or annual privacy notice up to ``as_of``, with its company day."""
    n = ctx.history("notices", "published_at")
    n = n.filter(n.notice_type.lower().strip().isin(PRIVACY_NOTICES))
    n = n.select(
        _nid=n.notice_id, _ncust=n.customer_id, _nat=n.published_at, _nver=n.version,
        _ntype=n.notice_type,
    )  # fmt: skip
    return places.company_day(ctx, n, "_nat", "_nday").cache()


def _months_before(day: dt.date, months: int) -> dt.date:
    y, m = divmod(day.year * 12 + day.month - 1 - months, 12)
    return dt.date(y, m + 1, 1)


def _due_in_period(ctx: CheckContext, n: ir.Table, v: ir.Table) -> ir.Table:
    """Return the notices whose next notice fell due in the period, with the customers owed it.

    Columns: key (the customer), anchor_id, anchor_at, anchor_day, anchor_version, anchor_type,
    due (the last day in time), due_end, interval, fast_act (of the version in force that day).
    A notice posted for every customer (no customer id) is owed to every financial customer who
    was one when it was posted.
    """
    longest = max(int(m) for m in ctx.param_values("GLBA-ANNUAL-NOTICE", "notice_interval"))
    lo = ctx.utc_midnight(_months_before(ctx.period.first, longest + 1))
    a = n.filter(n._nat >= lo, n._nat < ctx.period.end_utc)
    iv = v.select(_if=v.version_from, _it=v.version_to, interval=v.notice_interval)
    a = a.join(iv, [a._nat >= iv._if, a._nat < iv._it]).drop("_if", "_it")
    a = days.add_until(ctx, a, day="_nday", months="interval", name="due")
    a = a.filter(a.due >= ctx.period.first, a.due <= ctx.period.last)
    a = days.add_day_end(ctx, a, day="due", name="due_end")
    a = a.filter(a.due_end <= ctx.as_of)
    fv = v.select(_ff=v.version_from, _ft=v.version_to, fast_act=v.fast_act_exception_available)
    a = a.join(fv, [fv._ff < a.due_end, a.due_end <= fv._ft]).drop("_ff", "_ft")
    a = a.select(
        "due", "due_end", "interval", "fast_act", _acust=a._ncust, anchor_id=a._nid,
        anchor_at=a._nat, anchor_day=a._nday, anchor_version=a._nver, anchor_type=a._ntype,
    )  # fmt: skip
    c = ctx.table("customers")
    c = c.filter(_flag(c.is_financial_customer))
    c = c.select(key=c.customer_id, _created=c.created_at, _closed=c.closed_at)
    own = a.filter(a._acust.notnull())
    own = own.join(c, own._acust == c.key)
    # Few notices are posted for everyone: this join pairs each customer with one or two rows.
    wide = a.filter(a._acust.isnull())
    wide = c.join(wide, c._created.isnull() | (c._created <= wide.anchor_at))
    t = own.select(*wide.columns).union(wide)
    t = t.filter(t._closed.isnull() | (t._closed >= t.due_end))
    return t.mutate(wide=t._acust.isnull()).drop("_acust", "_created", "_closed")


def _renewed(t: ir.Table, n: ir.Table) -> ir.Table:
    """Return (key, anchor_at) of the owed notices followed by another one by the due day."""
    e = t.select("key", "anchor_at", "due_end")
    own = n.filter(n._ncust.notnull())
    # due_end is the first instant of the next day: a notice then is a day late.
    by_own = e.join(own, [e.key == own._ncust, own._nat > e.anchor_at, own._nat < e.due_end])
    wide = n.filter(n._ncust.isnull())
    by_wide = e.join(wide, [wide._nat > e.anchor_at, wide._nat < e.due_end])
    cols = ["key", "anchor_at"]
    return by_own.select(*cols).union(by_wide.select(*cols)).distinct()


def _fast_act(ctx: CheckContext, t: ir.Table, n: ir.Table) -> ir.Table:
    """Add the FAST Act conditions since each customer's last notice, up to the due day.

    Columns added: shared_id (a share outside the exceptions), changed_version, changed_day
    (a notice of another version sent to anyone), changed_sure, changed_maybe (a version
    not recorded on either side).
    """
    s = ctx.history("sharing", "shared_at")
    s = s.filter(outside_exceptions(s)).select(_sc=s.customer_id, _sat=s.shared_at, _sid=s.share_id)
    e = t.select("key", "anchor_at", "due_end")
    sh = e.join(s, [e.key == s._sc, s._sat > e.anchor_at, s._sat < e.due_end])
    sh = sh.group_by("key", "anchor_at").aggregate(shared_id=sh._sid.argmin(sh._sat))
    t = t.left_join(sh, ["key", "anchor_at"])
    t = t.drop(*[c for c in t.columns if c.endswith("_right")]).cache()
    vd = n.group_by(_vver=n._nver, _vday=n._nday).aggregate(_vlast=n._nat.max())
    # A version not recorded is a join key too (null keys would match nothing).
    t = t.mutate(_av=t.anchor_version.fill_null("\x00"))
    combos = t.select("anchor_version", "_av", "anchor_day", "due").distinct()
    later = combos.join(vd, [vd._vday > combos.anchor_day, vd._vday <= combos.due])
    same = t.select("key", "anchor_at", "anchor_version", "anchor_day")
    same = same.join(vd, [vd._vday == same.anchor_day, vd._vlast > same.anchor_at])
    t = t.left_join(
        _other_versions(later, ["_av", "anchor_day", "due"], 0), ["_av", "anchor_day", "due"]
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
    return j.group_by(keys).aggregate(
        **{
            f"_maybe{k}": j._unknown.any(),
            f"_sure{k}": (~j._unknown).any(),
            f"_cver{k}": j._vver.argmin(j._vday, where=~j._unknown),
            f"_cday{k}": j._vday.min(where=~j._unknown),
            f"_mday{k}": j._vday.min(),
        }
    )


def annual_notice(ctx: CheckContext) -> ir.Table:
    """P14: no privacy notice within 12 months of the last, outside the FAST Act exception."""
    params = ["notice_interval", "fast_act_exception_available"]
    v = ctx.versions("GLBA-ANNUAL-NOTICE", params, per_channel=False)
    n = _privacy_notices(ctx)
    t = _due_in_period(ctx, n, v)
    t = t.anti_join(_renewed(t, n), ["key", "anchor_at"])
    t = _fast_act(ctx, t, n)
    fast = _flag(t.fast_act)
    shared = t.shared_id.notnull()
    verdict = ibis.cases(
        (~fast | shared | t.changed_sure, "violation"),
        (t.changed_maybe, "warning"),
        else_="pass",
    )
    posted = ibis.ifelse(t.wide, ", posted for every customer", "")
    last = text("last privacy notice ", t.anchor_day, " (", t.anchor_type, posted, ", version ",
                t.anchor_version.fill_null("not recorded"), "), next due by ", t.due,
                " (", t.interval, " months); none sent by then")  # fmt: skip
    why = ibis.cases(
        (~fast, "the FAST Act exception did not exist yet"),
        (shared, text("no FAST Act exception: shared with a nonaffiliated third party outside "
                      "the exceptions since the last notice (share ", t.shared_id, ")")),
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
    rows = record_rows(
        t.mutate(rule_id=ibis.literal(ANNUAL), event_at=t.due_end),
        "customers",
        customer_id=t.key,
        verdict=verdict,
        reading=text(last, "; ", why),
        basis_at=t.anchor_at,
        deadline_at=t.due_end,
        detail=text("last notice ", t.anchor_id),
    )
    return rows.union(_in_time(ctx, n, v))


def _in_time(ctx: CheckContext, n: ir.Table, v: ir.Table) -> ir.Table:
    """Pass rows: the period's notices sent within the interval after the customer's previous."""
    e = n.filter(n._ncust.notnull(), n._nat >= ctx.period.start_utc, n._nat < ctx.period.end_utc)
    c = ctx.table("customers")
    c = c.filter(_flag(c.is_financial_customer))
    c = c.select(_fc=c.customer_id, _created=c.created_at)
    e = e.join(c, e._ncust == c._fc)
    e = e.select(key=e._nid, customer_id=e._ncust, event_at=e._nat, c_day=e._nday,
                 _created=e._created)  # fmt: skip
    own = n.filter(n._ncust.notnull()).select(_pc=n._ncust, _pat=n._nat)
    po = e.join(own, [e.customer_id == own._pc, own._pat < e.event_at])
    # A notice posted for everyone counts for those who were customers then (as above).
    wide = n.filter(n._ncust.isnull()).select(_pat=n._nat)
    pw = e.join(wide, [wide._pat < e.event_at, e._created.isnull() | (e._created <= wide._pat)])
    p = po.select("key", "_pat").union(pw.select("key", "_pat"))
    p = p.group_by("key").aggregate(_prev=p._pat.max())
    e = e.join(p, "key")
    iv = v.select(_if=v.version_from, _it=v.version_to, _iv=v.notice_interval)
    e = e.join(iv, [e.event_at >= iv._if, e.event_at < iv._it]).drop("_if", "_it")
    e = places.company_day(ctx, e, "_prev", "prev_day")
    e = days.add_until(ctx, e, day="prev_day", months="_iv", name="due")
    e = e.filter(e.c_day <= e.due)
    return record_rows(
        e.mutate(rule_id=ibis.literal(ANNUAL)),
        "notices",
        customer_id=e.customer_id,
        verdict="pass",
        reading=text("privacy notice sent ", e.c_day, ", within ", e._iv,
                     " months of the previous one (", e.prev_day, "; due by ", e.due, ")"),
        basis_at=e._prev,
    )  # fmt: skip


CHECKS = (
    Check(
        "P13",
        "GLBA: sharing with a nonaffiliated third party before the notices and 30 days to opt "
        "out, or after an opt-out",
        nonaffiliate_sharing,
        judges=("GLBA-NONAFFILIATE-SHARING", "GLBA-OPT-OUT-EFFECT"),
        needs=(
            Need("sharing", ("shared_at", "recipient_type"), events=True),
            Need("customers", ("is_financial_customer",)),
            Need("notices", ("published_at", "customer_id"), where="glba notices"),
        ),
    ),
    Check(
        "P14",
        "GLBA: no privacy notice within 12 months of the last one, outside the FAST Act exception",
        annual_notice,
        judges=("GLBA-ANNUAL-NOTICE",),
        needs=(
            Need("customers", ("is_financial_customer",)),
            Need("notices", ("published_at",), where="glba notices"),
        ),
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
        needs=(Need("incidents", ("discovered_at", "consumers_affected"), events=True),),
    ),
)
