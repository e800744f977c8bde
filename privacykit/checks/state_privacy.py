"""State privacy laws on data: P1, P2, P6, P9, P10, P11, P25.

P1: a California consumer's opt-out of sale or sharing (a request, an opt-out list) must stop
every sale and cross-context share within 15 business days; Global Privacy Control signals
(sessions and gpc requests) are P2's, so one share gets one verdict per signal. P2: a
browser's GPC signal is an opt-out: sale or advertising tags must not fire in that session
(a session of unknown state is a warning), and a known customer's data must stop being sold or
shared (California: 15 business days; other states: an unconfirmed audit lag). P6: requests to
know, delete or correct are acknowledged within 10 business days and answered within 45
calendar days (90 with an extension notice sent by day 45); a request of no known customer or
state is judged as a warning. P9: sensitive data (precise location included) of residents of
the opt-in states needs a consent in force (for precise location alone, a location consent
will do); a known child's data is sensitive whatever its flag and needs the parent's; an empty
sensitive flag is a warning at most. P10: Maryland bans the sale of sensitive data from
2026-04-01, P11 Oregon the sale of precise location and of under-16s' data from 2026-01-01,
whatever the consent. P25: a list rental is a sale, whatever the log's flags: protected data
and California opt-outs rented are judged under the list-rental rule, other states' opt-outs
under their opt-out rule (from the day each applies to processing: Maryland 2026-04-01).

A disclosure is a sale when ``is_sale`` is true or the recipient rents lists, a share when
``is_cross_context_sharing`` is true. For the opt-outs (P1, P2): both flags empty, not judged;
one empty and the other false, 'not recorded whether a sale' (a warning at most). The sale
bans (P10, P11) judge what :func:`privacykit.checks.subjects.sold` calls a sale (with no sale
flag recorded, a warning at most); P8 judges the rest of a teen's disclosures as targeted
advertising. Each event is
judged by the rule version in force when it happened; per-state dates come from the rules'
table parameters and start at midnight in the company's time zone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any, Literal
from zoneinfo import ZoneInfo

import ibis
import ibis.expr.types as ir
import pandas as pd

from privacykit.checks import days, places
from privacykit.checks.common import judge_deadline, person_records, with_person
from privacykit.checks.context import CheckContext
from privacykit.checks.evidence import text
from privacykit.checks.registry import Check, Need
from privacykit.checks.subjects import (
    at_least,
    consents_in_force,
    record_rows,
    share_rows,
    shares,
    sold,
    under,
)

V, W, P = "violation", "warning", "pass"
CCPA_OPTOUT = "CCPA-OPTOUT-SALE-SHARE"
CCPA_GPC = "CCPA-GPC"
UOOM = "STATE-PRIVACY-UNIVERSAL-OPTOUT"
REQUESTS = "CCPA-REQUEST-DEADLINES"
SENSITIVE = "STATE-PRIVACY-SENSITIVE-OPTIN"
OR_REVOKE = "STATE-PRIVACY-OR-CONSENT-REVOCATION"
MD_SENSITIVE = "STATE-PRIVACY-MD-SENSITIVE"
OR_GEO = "STATE-PRIVACY-OR-GEOLOCATION-SALE"
OR_TEENS = "STATE-PRIVACY-OR-TEENS"
LIST_RENTAL = "MAIL-LIST-RENTAL-SALE"
STATE_OPTOUT = "STATE-PRIVACY-OPTOUT-SALE-TA"
SALE_CHANNELS = ("sale_share", "all")
SENSITIVE_CHANNELS = ("sensitive", "all")
OPTIN_TYPES = ("express_written", "express", "teen_opt_in", "parental")
OPTOUT_REQUESTS = ("opt_out_sale_share", "gpc")
DEADLINE_REQUESTS = ("know", "delete", "correct")
UNKNOWN_SALE = "; not recorded whether a sale (is_sale or is_cross_context_sharing empty): review"


# ============================================================================================
# Building blocks: disclosures, opt-outs, consents, per-state tables
# ============================================================================================


def _shares(ctx: CheckContext, versions: ir.Table | None = None) -> ir.Table:
    """Return the period's disclosures with what makes them a sale or a share."""
    s = shares(ctx, versions)
    rental = (s.recipient_type == "list_rental").fill_null(False)
    sale = (s.is_sale == True).fill_null(False) | rental  # noqa: E712 - an Ibis comparison
    xshare = (s.is_cross_context_sharing == True).fill_null(False)  # noqa: E712
    provider = (s.recipient_type == "service_provider").fill_null(False)
    one_empty = s.is_sale.isnull() != s.is_cross_context_sharing.isnull()
    return s.mutate(
        state=s.state.strip().upper(),
        _sale=sale,
        _xshare=xshare,
        # neither flag true, one empty, the other false: perhaps a sale
        _unknown_any=~sale & ~xshare & ~provider & one_empty,
        # judged as a sale by the sale bans (one definition with the teen rules: P8 judges
        # the rest as targeted advertising); _sold_unknown: no sale flag recorded
        _sold=sold(s),
        _sold_unknown=sold(s) & ~sale,
        _sensitive=(s.is_sensitive == True).fill_null(False),  # noqa: E712
        _precise=(s.includes_precise_location == True).fill_null(False),  # noqa: E712
        _provider=provider,
    )


def _attach(t: ir.Table, other: ir.Table, *, how: Literal["inner", "left"] = "inner") -> ir.Table:
    """Join ``other`` on ``key`` keeping one ``key`` column; cached (see left_join_key)."""
    j = t.join(other, "key", how=how)
    return (j.drop("key_right") if "key_right" in j.columns else j).cache()


def _optouts(
    ctx: CheckContext, requests: Sequence[str] = OPTOUT_REQUESTS, *, lists: bool = True,
    sessions: bool = False,
) -> ir.Table:  # fmt: skip
    """Return opt-outs of sale or sharing: (_op person, _oa address, _ot, _oid, _osup).

    Sources: privacy requests of ``requests`` (by customer, or the address they name); with
    ``lists``, the opt-out lists (channel sale_share or all: by address, as the loader merged
    them, and by customer); with ``sessions``, GPC sessions of known customers.
    """
    parts = []
    r = ctx.history("privacy_requests", "received_at")
    r = with_person(ctx, r.filter(r.request_type.strip().lower().isin(tuple(requests))))
    parts.append(_optout_rows(r, r.person, r.address.strip().lower(), r.received_at,
                              text(r.request_type, " request ", r.request_id)))  # fmt: skip
    if lists:
        s = ctx.history("suppressions", "received_at")
        s = s.filter(s.channel.isin(SALE_CHANNELS))
        oid = text("opt-out ", s.first_optout_id)
        parts.append(_optout_rows(s, None, s.address, s.received_at, oid, s.superseded_at))
        o = ctx.history("optouts", "received_at")
        o = with_person(ctx, o.filter(o.channel.isin(SALE_CHANNELS) & o.customer_id.notnull()))
        parts.append(_optout_rows(o, o.person, None, o.received_at,
                                  text("opt-out ", o.optout_id)))  # fmt: skip
    if sessions:
        w = _gpc_signals(ctx)
        parts.append(_optout_rows(w, w._p, None, w._at, text("GPC session ", w._id)))
    return _union(parts)


def _gpc_signals(ctx: CheckContext) -> ir.Table:
    """Return (_p, _at, _id): the GPC sessions of known customers that may govern a share.

    Per person, the first GPC session and the first after each grant of a consent to sell:
    the earliest opt-out since the latest consent governs (:func:`_governing_optout`), so a
    later session of the same stretch never does, and joining every session of a person to
    every share of that person would grow as their product.
    """
    w = ctx.history("web_sessions", "started_at")
    gpc = (w.gpc == True).fill_null(False)  # noqa: E712 - an Ibis comparison
    w = with_person(ctx, w.filter(gpc & w.customer_id.notnull()))
    w = w.select(_p=w.person, _at=w.started_at, _id=w.session_id.cast("string"),
                 _g=ibis.literal(0, "int64"))  # fmt: skip
    k = ctx.history("consents", "granted_at")
    k = k.filter((k.channel == "sale_share") & k.consent_type.isin(OPTIN_TYPES)
                 & k.customer_id.notnull())  # fmt: skip
    k = with_person(ctx, k)
    k = k.select(_p=k.person, _at=k.granted_at, _id=k.consent_id.cast("string"),
                 _g=ibis.literal(1, "int64"))  # fmt: skip
    e = w.union(k, distinct=False)
    # A grant at the instant of a session comes first: the session then opts out again.
    win = ibis.cumulative_window(group_by=e._p, order_by=[e._at, e._g.desc(), e._id])
    e = e.mutate(_grant=e._g.sum().over(win))
    e = e.filter(e._g == 0)
    e = e.mutate(_r=ibis.row_number().over(group_by=[e._p, e._grant], order_by=[e._at, e._id]))
    return e.filter(e._r == 0).select("_p", "_at", "_id")


def _optout_rows(
    t: ir.Table, person: ir.Value | None, address: ir.Value | None, at: ir.Value,
    oid: ir.Value, superseded: ir.Value | None = None,
) -> ir.Table:  # fmt: skip
    def typed(v: ir.Value | None, kind: str) -> ir.Value:
        return ibis.null(kind) if v is None else v.cast(kind)

    return t.select(
        _op=typed(person, "string"), _oa=typed(address, "string"), _ot=typed(at, "timestamp"),
        _oid=typed(oid, "string"), _osup=typed(superseded, "timestamp"),
    )  # fmt: skip


def _identifiers(ctx: CheckContext, e: ir.Table) -> ir.Table:
    """Return (key, event_at, _id): the address a disclosure names and its customer's."""
    c = ctx.table("customers").select(_ic=lambda c: c.customer_id, _ie=lambda c: c.email,
                                      _ip=lambda c: c.phone)  # fmt: skip
    j = e.left_join(c, e.customer_id == c._ic)
    out = j.select("key", "event_at", _id=j.address.strip().lower())
    out = out.union(j.select("key", "event_at", _id=j._ie.strip().lower()))
    out = out.union(j.select("key", "event_at", _id=j._ip.strip()))
    return out.filter(out._id.notnull())


def _consents(
    ctx: CheckContext, e: ir.Table, channels: Sequence[str], types: Sequence[str]
) -> ir.Table:
    """Return (key, consent_id, _kg, _kt): the person's consents in force at each event."""
    k = consents_in_force(ctx, e, types, channels)
    return k.select("key", "consent_id", _kg=k.granted_at, _kt=k.consent_type)


def _first_consent(
    ctx: CheckContext, e: ir.Table, channels: Sequence[str], types: Sequence[str], name: str
) -> ir.Table:
    """Return (key, {name}): the earliest-granted consent of ``types`` in force at each event."""
    k = _consents(ctx, e, channels, types)
    k = k.mutate(_r=ibis.row_number().over(group_by=k.key, order_by=[k._kg, k.consent_id]))
    return k.filter(k._r == 0).select("key", **{name: k.consent_id})


def _governing_optout(ctx: CheckContext, e: ir.Table, optouts: ir.Table) -> ir.Table:
    """Return (key, basis_at, optout_id): the opt-out governing each disclosure, if any.

    An opt-out counts from its receipt, by person or by address, until a consent to sell
    (channel sale_share) granted after it and still in force at the disclosure; the earliest
    remaining one governs (at the same instant an opt-out wins over a consent).
    """
    e = e.select("key", "person", "customer_id", "address", "event_at").cache()
    cols = ("key", "event_at", "_ot", "_oid", "_osup")
    po = optouts.filter(optouts._op.notnull())
    by_person = e.join(po, e.person == po._op).select(*cols)
    ids = _identifiers(ctx, e)
    ao = optouts.filter(optouts._oa.notnull())
    by_address = ids.join(ao, ids._id == ao._oa).select(*cols)
    j = by_person.union(by_address, distinct=False)
    j = j.filter((j._ot <= j.event_at) & (j._osup.isnull() | (j._osup > j.event_at)))
    rc = _consents(ctx, e, ("sale_share",), OPTIN_TYPES)
    rc = rc.group_by(_rk=rc.key).aggregate(_rc=rc._kg.max())
    j = j.left_join(rc, j.key == rc._rk)
    j = j.filter(j._rc.isnull() | (j._ot >= j._rc))
    j = j.mutate(_r=ibis.row_number().over(group_by=j.key, order_by=[j._ot, j._oid]))
    return j.filter(j._r == 0).select("key", basis_at=j._ot, optout_id=j._oid).cache()


def _memtable(rows: list[dict[str, Any]], schema: Mapping[str, str]) -> ir.Table:
    frame = pd.DataFrame(rows, columns=list(schema))
    return ibis.memtable(frame, schema=ibis.schema(dict(schema)))


def _param_rows(ctx: CheckContext, rule_id: str, name: str) -> list[dict[str, Any]]:
    """Return a table parameter's rows as dicts, empty cells as None."""
    frame = ctx.table_param(rule_id, name)
    out = []
    for row in frame.to_dict("records"):
        out.append({str(k): (None if _empty(v) else v) for k, v in row.items()})
    return out


def _empty(value: Any) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _start(ctx: CheckContext, day: Any) -> Any:
    """Return the instant ``day`` starts in the company's zone (None stays None)."""
    return None if day is None else ctx.utc_midnight(day)


def _state_dates(ctx: CheckContext, rule_id: str, name: str, column: str) -> ir.Table:
    """Return (_tst, _tfrom, _tday, _tunc, _tvf, _tvt): a per-state date table parameter."""
    rows = [
        {
            "_tst": str(r["state"]).strip().upper(),
            "_tfrom": _start(ctx, r[column]),
            "_tday": r[column],
            "_tunc": bool(r["unconfirmed"]),
            "_tvf": r["version_from"],
            "_tvt": r["version_to"],
        }
        for r in _param_rows(ctx, rule_id, name)
        if r.get(column) is not None
    ]
    schema = {"_tst": "string", "_tfrom": "timestamp", "_tday": "date", "_tunc": "boolean",
              "_tvf": "timestamp", "_tvt": "timestamp"}  # fmt: skip
    return _memtable(rows, schema)


def _in_state(t: ir.Table, states: ir.Table) -> ir.Table:
    """Keep events of a state in ``states`` on or after its date, under the version in force."""
    j = t.join(
        states,
        [t.state == states._tst, t.event_at >= states._tfrom, t.event_at >= states._tvf,
         t.event_at < states._tvt],
    )  # fmt: skip
    return j.drop("_tst", "_tvf", "_tvt")


def _lag_versions(ctx: CheckContext, rule_id: str, param: str) -> ir.Table:
    """Return ``rule_id``'s versions with ``param`` renamed ``_lag`` (for judge_deadline)."""
    v = ctx.versions(rule_id, [param], per_channel=False)
    return v.select(
        _lrule=v.rule_id, _lvf=v.version_from, _lvt=v.version_to, _lag=v[param],
        _lag_legal=v[f"{param}_legal"], _lag_source=v[f"{param}_source"],
        _lag_unconfirmed=v[f"{param}_unconfirmed"], _lag_calendar=v[f"{param}_calendar"],
        _lag_unit=v[f"{param}_unit"],
    )  # fmt: skip


def _with_lag(t: ir.Table, lag: ir.Table) -> ir.Table:
    t = t.drop(*[c for c in ("rule_id", "version_from") if c in t.columns])
    j = t.join(lag, [t.event_at >= lag._lvf, t.event_at < lag._lvt])
    return j.rename(rule_id="_lrule", version_from="_lvf").drop("_lvt")


def _judge_lag(
    ctx: CheckContext, t: ir.Table, what: str | None = None, signal: str = "opt-out"
) -> ir.Table:
    """Judge disclosures after an opt-out (``basis_at``) against the ``_lag`` deadline.

    Day 0 is the day of receipt in the company's zone; business day N is in time, N+1 late.
    Adds verdict, deadline_at and reading (in words naming both days and the last day).
    """
    t = judge_deadline(ctx, t.mutate(purpose_unknown=ibis.literal(False)), "_lag")
    did = _sold(t) if what is None else ibis.literal(what)
    late_all = t.c_day > t.due_lenient
    late_one = t.c_day > t.due_strict
    why = ibis.cases(
        (late_all, text(did, f" after the last day allowed to act on the {signal}")),
        (late_one, text(did, " after the last day only if a holiday that not every reading "
                        "observes counts as a business day (review)")),
        else_=text(did, f" inside the time allowed to act on the {signal} (in time)"),
    )  # fmt: skip
    source = ibis.ifelse(
        t._lag_source == "law",
        ibis.literal(""),
        text(" (company ", t._lag_source, "; the law's value is ", t._lag_legal, ")"),
    )
    conf = ibis.ifelse(
        t._lag_unconfirmed,
        ibis.literal("; the number of days is an audit convention, not a confirmed deadline"),
        ibis.literal(""),
    )
    reading = text(why, ": shared ", t.c_day, f", {signal} received ", t.r_day, ", allowed ",
                   t._lag, " ", t._lag_unit.replace("_", " "), source, ", last day ",
                   t._due.cast("date"), " (company time zone)", conf)  # fmt: skip
    verdict = ibis.ifelse(t._unknown_any & (t.verdict == V), W, t.verdict)
    reading = ibis.ifelse(t._unknown_any, text(reading, UNKNOWN_SALE), reading)
    return t.mutate(verdict=verdict, reading=reading)


def _sold(t: ir.Table) -> ir.StringValue:
    """Return how a disclosure is described: sold, shared or disclosed."""
    return ibis.cases((t._sale, "sold"), (t._xshare, "shared for cross-context advertising"),
                      else_="disclosed")  # fmt: skip


def _recipient(t: ir.Table) -> ir.StringValue:
    return text("recipient ", t.recipient, " (", t.recipient_type, ")")


def _union(parts: Sequence[ir.Table]) -> ir.Table:
    out = parts[0]
    for p in parts[1:]:
        out = out.union(p, distinct=False)
    return out


# ============================================================================================
# P1: CCPA opt-out of sale or sharing
# ============================================================================================


def sale_after_optout(ctx: CheckContext) -> ir.Table:
    """P1: a California consumer's data sold or shared after the opt-out's 15 business days."""
    s = _shares(ctx)
    s = s.filter((s.state == "CA") & (s._sale | s._xshare | s._unknown_any)).cache()
    # GPC signals (sessions and gpc requests) are P2's: one share, one verdict per signal.
    t = _attach(s, _governing_optout(ctx, s, _optouts(ctx, ("opt_out_sale_share",))))
    t = _with_lag(t, _lag_versions(ctx, CCPA_OPTOUT, "honor_within"))
    t = _judge_lag(ctx, t)
    return share_rows(
        t,
        rule_id=t.rule_id,
        verdict=t.verdict,
        reading=t.reading,
        basis_at=t.basis_at,
        deadline_at=t.deadline_at,
        detail=text(t.optout_id, "; ", _sold(t), "; ", _recipient(t)),
    )


# ============================================================================================
# P2: Global Privacy Control
# ============================================================================================


def _gpc_states(ctx: CheckContext) -> list[dict[str, Any]]:
    """Return the universal opt-out states: (_tst, _tfrom, _tday, _tbasis, _tunc, _tvf, _tvt).

    A state applies from its 'from' date; else from the date the sources say it was in force
    by (the exact start is not in the sources); else from its law's effective date, and then
    its findings are warnings.
    """
    laws: dict[str, Any] = {}
    for r in _param_rows(ctx, "STATE-PRIVACY-LAWS", "laws"):
        st = str(r["state"]).strip().upper()
        if r.get("effective") is not None and (st not in laws or r["effective"] < laws[st]):
            laws[st] = r["effective"]
    rows = []
    for r in _param_rows(ctx, UOOM, "states"):
        st = str(r["state"]).strip().upper()
        basis, day = next(
            ((b, r.get(c) if c else laws.get(st)) for b, c in
             (("from", "from"), ("in_force_by", "in_force_by"), ("law", None))
             if (r.get(c) if c else laws.get(st)) is not None),
            ("law", None),
        )  # fmt: skip
        if day is None:
            continue
        rows.append({"_tst": st, "_tfrom": _start(ctx, day), "_tday": day, "_tbasis": basis,
                     "_tunc": bool(r["unconfirmed"]) or basis == "law",
                     "_tvf": r["version_from"], "_tvt": r["version_to"]})  # fmt: skip
    return rows


def _gpc_table(rows: list[dict[str, Any]]) -> ir.Table:
    schema = {"_tst": "string", "_tfrom": "timestamp", "_tday": "date", "_tbasis": "string",
              "_tunc": "boolean", "_tvf": "timestamp", "_tvt": "timestamp"}  # fmt: skip
    return _memtable(rows, schema)


def _start_words(t: ir.Table) -> ir.StringValue:
    return ibis.cases(
        (t._tbasis == "from", text(" (recognised from ", t._tday, ")")),
        (t._tbasis == "in_force_by", text(" (in force by ", t._tday, "; the exact start date is "
                                          "not in the sources)")),
        else_=text(" (no date in the sources for the signal; judged from the state law's "
                   "effective date ", t._tday, ": review)"),
    )  # fmt: skip


def gpc_not_honoured(ctx: CheckContext) -> ir.Table:
    """P2: sale tags fired in a GPC session; a known customer's data sold after a GPC signal."""
    return _gpc_sessions(ctx).union(_after_gpc(ctx), distinct=False)


def _gpc_sessions(ctx: CheckContext) -> ir.Table:
    w = ctx.events("web_sessions", "started_at")
    fired = w.sale_tags_fired == True  # noqa: E712
    w = w.filter((w.gpc == True).fill_null(False) & fired.fill_null(True))  # noqa: E712
    c = ctx.table("customers").select(_cc=lambda c: c.customer_id, _cst=lambda c: c.state)
    w = w.left_join(c, w.customer_id == c._cc)
    state = w.state.strip().upper().nullif("")
    w = w.select(key=w.session_id, event_at=w.started_at, customer_id=w.customer_id,
                 state=state.fill_null(w._cst.strip().upper().nullif("")),
                 _unknown=w.sale_tags_fired.isnull())  # fmt: skip
    w = places.company_day(ctx, w, "event_at", "c_day").cache()
    v = ctx.versions(CCPA_GPC, [], per_channel=False)
    ca = w.filter(w.state == "CA")
    ca = ca.join(v, [ca.event_at >= v.version_from, ca.event_at < v.version_to])
    ca = ca.mutate(
        _tunc=ibis.literal(False),
        _law=ibis.literal("; California: the signal must be honoured at once"),
    )
    o = _in_state(w.filter(w.state != "CA"), _gpc_table(_gpc_states(ctx)))
    o = o.mutate(rule_id=ibis.literal(UOOM), _law=text("; ", o.state, _start_words(o)))
    # Neither the session nor the customer records a state: say so rather than drop it.
    u = ctx.versions(UOOM, [], per_channel=False)
    n = w.filter(w.state.isnull())
    n = n.join(u, [n.event_at >= u.version_from, n.event_at < u.version_to])
    n = n.mutate(
        _tunc=ibis.literal(True),
        _law=ibis.literal("; state unknown: a universal opt-out law may apply (California's "
                          "or another state's): review"),
    )  # fmt: skip
    cols = ["key", "event_at", "customer_id", "state", "_unknown", "c_day", "rule_id",
            "_tunc", "_law"]  # fmt: skip
    t = _union([ca.select(*cols), o.select(*cols), n.select(*cols)])
    what = ibis.ifelse(
        t._unknown,
        text("a Global Privacy Control signal was sent on ", t.c_day, " and the log does not "
             "record whether sale or advertising tags fired (sale_tags_fired empty): review"),
        text("a Global Privacy Control signal was sent and sale or advertising tags fired in "
             "the same session on ", t.c_day),
    )  # fmt: skip
    return record_rows(
        t,
        "web_sessions",
        customer_id=t.customer_id,
        channel="web",
        verdict=ibis.ifelse(t._unknown | t._tunc, W, V),
        reading=text(what, t._law),
        basis_at=t.event_at,
        detail=text("state ", t.state.fill_null("unknown")),
    )


def _after_gpc(ctx: CheckContext) -> ir.Table:
    s = _shares(ctx)
    s = s.filter(s._sale | s._xshare | s._unknown_any)
    rows = _gpc_states(ctx)
    states = _gpc_table(rows)
    s = s.filter(s.state.isin(sorted({"CA", *(r["_tst"] for r in rows)}))).cache()
    t = _attach(s, _governing_optout(ctx, s, _optouts(ctx, ("gpc",), lists=False,
                                                        sessions=True)))  # fmt: skip
    ca = _with_lag(t.filter(t.state == "CA"), _lag_versions(ctx, CCPA_GPC, "honor_within"))
    ca = ca.mutate(_note=ibis.literal(""))
    o = _in_state(t.filter(t.state != "CA"), states)
    o = _with_lag(o, _lag_versions(ctx, UOOM, "audit_processing_lag"))
    o = o.mutate(_lag_unconfirmed=o._lag_unconfirmed | o._tunc,
                 _note=text("; ", o.state, _start_words(o)))  # fmt: skip
    cols = [c for c in ca.columns if c in o.columns]
    j = ca.select(*cols).union(o.select(*cols), distinct=False)
    j = _judge_lag(ctx, j, signal="GPC signal")
    return share_rows(
        j,
        rule_id=j.rule_id,
        verdict=j.verdict,
        reading=text(j.reading, j._note),
        basis_at=j.basis_at,
        deadline_at=j.deadline_at,
        detail=text(j.optout_id, "; ", _sold(j), "; ", _recipient(j)),
    )


# ============================================================================================
# P6: CCPA request deadlines
# ============================================================================================


def _seen(ctx: CheckContext, col: ir.TimestampValue) -> ir.TimestampValue:
    """Return ``col`` when it happened by ``as_of`` (later facts are unknown at as_of)."""
    return ibis.ifelse(col <= ibis.literal(ctx.as_of), col, ibis.null("timestamp"))


def _requests(ctx: CheckContext) -> ir.Table:
    """Return CA consumers' requests to know, delete or correct received in the period or open."""
    v = ctx.versions(REQUESTS, ["acknowledge_within", "respond_within", "extension", "max_total"],
                     per_channel=False).drop("channel")  # fmt: skip
    r = ctx.history("privacy_requests", "received_at")
    start, end = ctx.period.start_utc, ctx.period.end_utc
    r = r.filter(
        r.request_type.strip().lower().isin(DEADLINE_REQUESTS),
        r.received_at < end,
        (r.received_at >= start) | r.completed_at.isnull() | (r.completed_at >= start),
    )
    c = ctx.table("customers").select(_cc=lambda c: c.customer_id, _cst=lambda c: c.state)
    r = r.left_join(c, r.customer_id == c._cc)
    state = r._cst.strip().upper().nullif("")
    # No customer, or no state on record: perhaps a Californian's (judged, at most a warning).
    r = r.mutate(_nostate=state.isnull()).filter((state == "CA").fill_null(True))
    ack, done = _seen(ctx, r.acknowledged_at), _seen(ctx, r.completed_at)
    # An answer is also a confirmation of receipt: the earlier of the two counts.
    first = ibis.ifelse(ack.isnull() | (done.notnull() & (done < ack)), done, ack)
    r = r.select(key=r.request_id, event_at=r.received_at, customer_id=r.customer_id,
                 address=r.address, _type=r.request_type.strip().lower(), _ack=first,
                 _done=done, _ext=_seen(ctx, r.extended_at), _nostate=r._nostate)  # fmt: skip
    r = r.join(v, [r.event_at >= v.version_from, r.event_at < v.version_to])
    total = r.respond_within + r.extension
    r = r.mutate(_total=ibis.ifelse(total > r.max_total, r.max_total, total))
    for at, day in (("event_at", "r_day"), ("_ack", "a_day"), ("_done", "d_day"),
                    ("_ext", "x_day")):  # fmt: skip
        r = places.company_day(ctx, r, at, day)
    return r.cache()


def request_late(ctx: CheckContext) -> ir.Table:
    """P6: a request acknowledged after 10 business days or answered after 45 (or 90) days."""
    r = _requests(ctx)
    r = days.add_deadline(ctx, r, day="r_day", n="acknowledge_within",
                          unit="acknowledge_within_unit", cal="acknowledge_within_calendar",
                          name="ack")  # fmt: skip
    r = days.add_deadline(ctx, r, day="r_day", n="respond_within", unit="respond_within_unit",
                          cal="respond_within_calendar", name="r45")  # fmt: skip
    r = days.add_deadline(ctx, r, day="r_day", n="_total", unit="respond_within_unit",
                          cal="respond_within_calendar", name="r90").cache()  # fmt: skip
    ext_ok = r.x_day.notnull() & (r.x_day <= r.r45_lenient)
    r = r.mutate(_ext_ok=ext_ok, _due=ibis.ifelse(ext_ok, r.r90_lenient, r.r45_lenient))
    for day, name in (("ack_strict", "_ack_s_end"), ("ack_lenient", "_ack_l_end"),
                      ("_due", "_due_end")):  # fmt: skip
        r = days.add_day_end(ctx, r, day=day, name=name)
    r = r.cache()
    asof = ibis.literal(ctx.as_of)
    ack_v = ibis.cases(
        (r.a_day.notnull() & (r.a_day > r.ack_lenient), V),
        (r.a_day.notnull() & (r.a_day > r.ack_strict), W),
        (r.a_day.notnull(), P),
        (asof >= r._ack_l_end, V),
        (asof >= r._ack_s_end, W),
        else_=ibis.null("string"),
    )
    ack_v = ibis.ifelse(r.acknowledge_within_unconfirmed & (ack_v == V), W, ack_v)
    resp_v = ibis.cases(
        (r.d_day.notnull() & (r.d_day > r._due), V),
        (r.d_day.notnull(), P),
        (asof >= r._due_end, V),
        else_=ibis.null("string"),
    )
    resp_v = ibis.ifelse(r.respond_within_unconfirmed & (resp_v == V), W, resp_v)
    r = r.mutate(_av=ack_v, _rv=resp_v)
    r = r.filter(r._av.notnull() | r._rv.notnull())
    verdict = ibis.cases(
        ((r._av == V) | (r._rv == V), V), ((r._av == W) | (r._rv == W), W), else_=P
    )
    verdict = ibis.ifelse(r._nostate & (verdict == V), W, verdict)
    unknown = ibis.ifelse(
        r._nostate,
        ibis.literal("state unknown: CCPA deadlines may apply (no customer or no state on "
                     "record); "),
        ibis.literal(""),
    )  # fmt: skip
    ack_missed = r._av.isin((V, W)).fill_null(False)
    deadline = ibis.ifelse(ack_missed, ibis.ifelse(r._av == V, r._ack_l_end, r._ack_s_end),
                           r._due_end)  # fmt: skip
    return record_rows(
        r,
        "privacy_requests",
        rule_id=r.rule_id,
        customer_id=r.customer_id,
        address=r.address,
        verdict=verdict,
        reading=text(
            unknown,
            r._type,
            " request received ",
            r.r_day,
            ": ",
            _ack_words(ctx, r),
            "; ",
            _answer_words(ctx, r),
        ),
        basis_at=r.event_at,
        deadline_at=deadline,
        detail=text(
            "acknowledged ",
            _day_or_none(r.a_day),
            "; answered ",
            _day_or_none(r.d_day),
            "; extension notice ",
            _day_or_none(r.x_day),
            " (company days)",
        ),
    )


def _day_or_none(day: ir.DateValue) -> ir.StringValue:
    return day.cast("string").fill_null("none")


def _status(v: ir.StringValue) -> ir.StringValue:
    return ibis.cases(
        (v == V, "late"),
        (v == W, "late only if a holiday that not every reading observes counts as a business "
                 "day (review)"),
        (v == P, "in time"),
        else_="not yet due",
    )  # fmt: skip


def _asof_words(ctx: CheckContext) -> str:
    local = ctx.as_of.replace(tzinfo=dt.UTC)
    return local.astimezone(ZoneInfo(ctx.timezone)).strftime("%Y-%m-%d %H:%M")


def _ack_words(ctx: CheckContext, r: ir.Table) -> ir.StringValue:
    last = ibis.ifelse(
        r.ack_strict == r.ack_lenient,
        text(r.ack_strict),
        text(r.ack_strict, " (", r.ack_lenient, " if every holiday is closed)"),
    )
    what = ibis.ifelse(
        r.a_day.notnull(),
        text("acknowledged ", r.a_day),
        text("not acknowledged by ", _asof_words(ctx), " (company time)"),
    )
    return text("acknowledgement ", _status(r._av), ": ", what, ", allowed ",
                r.acknowledge_within, " ", r.acknowledge_within_unit.replace("_", " "),
                ", last day ", last)  # fmt: skip


def _answer_words(ctx: CheckContext, r: ir.Table) -> ir.StringValue:
    what = ibis.ifelse(
        r.d_day.notnull(),
        text("answered ", r.d_day, " (day ", r.d_day.delta(r.r_day, unit="day"), ")"),
        text("not answered by ", _asof_words(ctx), " (company time)"),
    )
    ext = ibis.cases(
        (r._ext_ok, text(" plus ", r.extension, " with the extension notice of ", r.x_day)),
        (r.x_day.notnull(), text(" (the extension notice of ", r.x_day, " came after day ",
                                 r.respond_within, ": it does not extend the time)")),
        else_=ibis.literal(" (no extension notice)"),
    )  # fmt: skip
    return text("answer ", _status(r._rv), ": ", what, ", allowed ", r.respond_within,
                " calendar days", ext, ", last day ", r._due)  # fmt: skip


# ============================================================================================
# P9: sensitive data without opt-in
# ============================================================================================


def _data_words(t: ir.Table) -> ir.StringValue:
    return ibis.cases(
        (t._sensitive & t._precise, "sensitive data and precise geolocation"),
        (t._sensitive, "sensitive data"),
        else_="precise geolocation",
    )


def _age_words(t: ir.Table) -> ir.StringValue:
    return ibis.cases(
        (t.age_min.isnull(), "age not recorded"),
        (t.age_min == t.age_max, text("aged ", t.age_min)),
        else_=text("aged ", t.age_min, " or ", t.age_max, " (age uncertain: birthday not "
                   "recorded)"),
    )  # fmt: skip


def _revoked(ctx: CheckContext, e: ir.Table, channels: Sequence[str]) -> ir.Table:
    """Return (key, _rv_at, _rv_id): the person's latest consent revoked by each event."""
    recs = person_records(ctx, e.select("key", "person"))
    ek = e.select(_ek=e.key, _et=e.event_at)
    recs = recs.join(ek, recs.key == ek._ek).drop("_ek")
    k = ctx.history("consents", "revoked_at")
    k = k.filter(k.channel.isin(tuple(channels)) & k.consent_type.isin(OPTIN_TYPES))
    k = k.select(_kc=k.customer_id, _rv_id=k.consent_id, _rv_at=k.revoked_at)
    j = recs.join(k, recs._cid == k._kc)
    j = j.filter(j._rv_at <= j._et)
    j = j.mutate(_r=ibis.row_number().over(group_by=j.key, order_by=[j._rv_at.desc(),
                                                                      j._rv_id]))  # fmt: skip
    return j.filter(j._r == 0).select("key", "_rv_at", "_rv_id")


def _oregon_grace(ctx: CheckContext, t: ir.Table) -> ir.Table:
    """Add ``_grace`` (in Oregon's days to stop after a revocation) and ``_grace_words``."""
    o = t.filter((t.state == "OR") & t.consent_id.isnull())
    rv = _revoked(ctx, o, SENSITIVE_CHANNELS)
    o = o.select("key", "event_at", "c_day").join(rv, "key")
    v = ctx.versions(OR_REVOKE, ["stop_within"], per_channel=False)
    o = o.join(v, [o.event_at >= v.version_from, o.event_at < v.version_to])
    o = places.company_day(ctx, o, "_rv_at", "_rv_day")
    o = days.add_deadline(ctx, o, day="_rv_day", n="stop_within", unit="stop_within_unit",
                          cal="stop_within_calendar", name="_stop")  # fmt: skip
    o = o.select(
        "key",
        _grace=(o.c_day <= o._stop_lenient).fill_null(False),
        _grace_words=text("; consent ", o._rv_id, " revoked ", o._rv_day, ", Oregon allows ",
                          o.stop_within, " ", o.stop_within_unit.replace("_", " "),
                          " to stop, last day ", o._stop_lenient),
    )  # fmt: skip
    j = _attach(t, o, how="left")
    return j.mutate(_grace=j._grace.fill_null(False), _grace_words=j._grace_words.fill_null(""))


def sensitive_without_consent(ctx: CheckContext) -> ir.Table:
    """P9: sensitive data (a known child's included) of an opt-in state's resident, no consent.

    Judged: disclosures flagged sensitive or precise, those whose sensitive flag is empty (a
    warning at most), and any disclosure of a known child's data (sensitive in these states).
    """
    v = ctx.versions(SENSITIVE, ["known_child_under"], per_channel=False)
    s = _shares(ctx, v)
    child, maybe = under(s, s.known_child_under)
    s = s.mutate(_flagged=s._sensitive | s._precise, _blank=s.is_sensitive.isnull() & ~s._precise)
    s = s.filter(s._flagged | s._blank | child | maybe)
    s = _in_state(s, _state_dates(ctx, SENSITIVE, "applies_from", "from")).cache()
    t = _attach(s, _first_consent(ctx, s, SENSITIVE_CHANNELS, OPTIN_TYPES, "consent_id"),
                how="left")  # fmt: skip
    t = _attach(t, _first_consent(ctx, s, SENSITIVE_CHANNELS, ("parental",), "_parent"),
                how="left")  # fmt: skip
    t = _with_location_consent(ctx, s, t)
    t = _oregon_grace(ctx, t)
    child, maybe = under(t, t.known_child_under)
    has, parent = t.consent_id.notnull(), t._parent.notnull()
    data = ibis.cases(
        (t._flagged, _data_words(t)), (t._blank, "data (sensitivity not recorded)"),
        else_="personal data",
    )  # fmt: skip
    what = text(data, " of a resident of ", t.state, " ", _sold(t), " on ", t.c_day, " to ",
                t.recipient, " (", t.recipient_type, ")")  # fmt: skip
    verdict = ibis.cases(
        (parent, P), (child, V), (maybe & has, W), (maybe & t._flagged, V), (maybe, W),
        (has, P), (t._grace, P), (t._loc_maybe, W), (t._flagged, V), else_=W,
    )  # fmt: skip
    kid = text("a known child under ", t.known_child_under, ", ", _age_words(t), ",")
    law = text(" (opt-in required in ", t.state, " from ", t._tday, ")", t._grace_words)
    reading = ibis.cases(
        (parent, text(what, ": the parent's consent ", t._parent, " in force")),
        (child & has, text(what, ": the data of ", kid, " needs the parent's consent; consent ",
                           t.consent_id, " is not the parent's")),
        (child, text(what, ": the data of ", kid, " without the parent's consent")),
        (maybe & has, text(what, ": consent ", t.consent_id, " in force, but the person may be ",
                           kid, " and then a parent's consent is needed")),
        (maybe & t._flagged, text(what, " without a consent in force", law)),
        (maybe, text(what, ": the person may be ", kid, " and no parent's consent is on record "
                           "(review)")),
        (has & t._by_loc, text(what, ": consent ", t.consent_id, " to use precise location "
                                     "in force (the only sensitive data shared)")),
        (has, text(what, ": consent ", t.consent_id, " to process sensitive data in force")),
        (t._grace, text(what, ": inside the time to stop after a revocation", t._grace_words)),
        (t._loc_maybe, text(what, ": consent ", t._loc, " covers the precise location, but "
                                  "the log does not record whether other sensitive data was "
                                  "shared (is_sensitive empty)", law, ": review")),
        (t._flagged, text(what, " without a consent in force", law)),
        else_=text(what, ": not recorded whether the data is sensitive (is_sensitive empty) "
                         "and no consent in force", law, ": review"),
    )  # fmt: skip
    provider = t._provider & (verdict == V)
    verdict = ibis.ifelse(provider, W, verdict)
    reading = ibis.ifelse(
        provider,
        text(reading, "; the recipient is a service provider, but the company's own processing "
                      "still needs the consent (review)"),
        reading,
    )  # fmt: skip
    # A share after an Oregon revocation is judged under Oregon's rule on stopping (its own
    # rows, so that rule's status is not read from other states' rows).
    rule = ibis.ifelse(t._grace_words != "", ibis.literal(OR_REVOKE), t.rule_id)
    return share_rows(t, rule_id=rule, verdict=verdict, reading=reading,
                      consent_id=t.consent_id,
                      detail=text(_recipient(t), "; ", t.age_basis))  # fmt: skip


def _with_location_consent(ctx: CheckContext, s: ir.Table, t: ir.Table) -> ir.Table:
    """Accept a consent to use location for a share whose only sensitive data is location.

    As P4 does for location events: a share of precise location with is_sensitive false needs
    a consent (channel location, sensitive or all); with is_sensitive empty, a location consent
    covers what is known (``_loc_maybe``: a warning). Adds ``_loc``, ``_by_loc``, ``_loc_maybe``
    and fills ``consent_id`` with the location consent where it suffices.
    """
    e = s.filter(s._precise & ~s._sensitive).select("key", "person", "event_at")
    t = _attach(t, _first_consent(ctx, e, ("location",), OPTIN_TYPES, "_loc"), how="left")
    found = t._loc.notnull() & t.consent_id.isnull()
    by_loc = found & (t.is_sensitive == False).fill_null(False)  # noqa: E712
    return t.mutate(
        consent_id=ibis.ifelse(by_loc, t._loc, t.consent_id),
        _by_loc=by_loc,
        _loc_maybe=found & t.is_sensitive.isnull(),
    )


# ============================================================================================
# P10, P11: sales banned whatever the consent
# ============================================================================================


def _banned_sale(
    ctx: CheckContext, rule_id: str, state: str, law: str, *, precise_only: bool = False
) -> ir.Table:
    """Judge sales of ``state``'s residents' sensitive data (or precise location only)."""
    v = ctx.versions(rule_id, ["sale_permitted_with_consent"], per_channel=False)
    s = _shares(ctx, v)
    keep = (s.state == state) & s._sold
    s = s.filter(keep & (s._precise if precise_only else s._sensitive | s._precise)).cache()
    t = _attach(s, _first_consent(ctx, s, SENSITIVE_CHANNELS, OPTIN_TYPES, "consent_id"),
                how="left")  # fmt: skip
    permitted = t.sale_permitted_with_consent.fill_null(False) & t.consent_id.notnull()
    verdict = ibis.cases((permitted, P), (t._sold_unknown, W), else_=V)
    data_words = ibis.literal("precise geolocation") if precise_only else _data_words(t)
    base = text(data_words, " of a resident of ", t.state, " sold on ", t.c_day, " to ",
                t.recipient, " (", t.recipient_type, "): ", law)  # fmt: skip
    consent = ibis.ifelse(
        t.consent_id.notnull(),
        text("; consent ", t.consent_id, " on record does not permit it"),
        ibis.literal(""),
    )
    reading = ibis.cases(
        (permitted, text(base, "; consent ", t.consent_id, " permits it")),
        (t._sold_unknown, text(base, consent, UNKNOWN_SALE)),
        else_=text(base, consent),
    )
    return share_rows(t, verdict=verdict, reading=reading, consent_id=t.consent_id,
                      detail=_recipient(t))  # fmt: skip


def _first_day(ctx: CheckContext, rule_id: str) -> dt.date:
    return ctx.rulebook.versions(rule_id)[0].effective_from


def md_sensitive_sale(ctx: CheckContext) -> ir.Table:
    """P10: a Maryland resident's sensitive data sold on or after 2026-04-01."""
    law = f"Maryland bans the sale of sensitive data (from {_first_day(ctx, MD_SENSITIVE)})"
    return _banned_sale(ctx, MD_SENSITIVE, "MD", f"{law}, whatever the consent")


def _age_rule(
    ctx: CheckContext, t: ir.Table, age_from: ir.IntegerValue, age_under: ir.IntegerValue,
    known_minor: ir.BooleanValue,
) -> ir.Table:  # fmt: skip
    """Keep events of people in [age_from, age_under); add consents, ``_in_sure``, ``_ok``.

    ``_ok``: a consent to sell in force that fits the age (a teen's own from 13, a parent's
    under 13); ``_ok_maybe``: only a teen's while the person may be under 13.
    """
    us, um = under(t, age_under)
    ais, aim = at_least(t, age_from)
    sure = (us & ais) | known_minor
    t = t.mutate(_in_sure=sure, _in_maybe=(us | um) & (ais | aim) & ~sure)
    t = t.filter(t._in_sure | t._in_maybe).cache()
    e = t.select("key", "person", "event_at").distinct()
    t = _attach(t, _first_consent(ctx, e, SALE_CHANNELS, ("teen_opt_in", "parental"), "_teen"),
                how="left")  # fmt: skip
    t = _attach(t, _first_consent(ctx, e, SALE_CHANNELS, ("parental",), "_parent"), how="left")
    cs, cm = under(t, 13)
    ok = t._parent.notnull() | (t._teen.notnull() & ~cs & ~cm)
    return t.mutate(_ok=ok, _ok_maybe=t._teen.notnull() & cm & ~ok,
                    _kid=ibis.ifelse(t._parent.notnull(), t._parent, t._teen))  # fmt: skip


def _age_verdict(t: ir.Table, permits: ir.BooleanValue) -> ir.StringValue:
    return ibis.cases(
        (permits & t._ok, P),
        (permits & t._ok_maybe, W),
        (t._in_sure, V),
        else_=W,
    )


def _who(t: ir.Table) -> ir.StringValue:
    """Return the person an age rule judges, in words."""
    return ibis.ifelse(
        t.age_min.isnull(), ibis.literal("a person known to be a minor (age not recorded)"),
        text("a person ", _age_words(t)),
    )  # fmt: skip


def _age_reading(t: ir.Table, permits: ir.BooleanValue, base: ir.StringValue) -> ir.StringValue:
    """Return the reading of an age rule's verdict; ``base`` names the sale and the person."""
    return ibis.cases(
        (permits & t._ok, text(base, ": consent ", t._kid, " in force")),
        (permits & t._ok_maybe, text(base, ": consent ", t._kid, " is the teen's own, but the "
                                     "person may be under 13 (a parent's consent is needed)")),
        (permits, text(base, " without the consent required (a teen's own opt-in from 13, a "
                             "parent's under 13)")),
        (t._kid.notnull(), text(base, ": banned whatever the consent; consent ", t._kid,
                                " on record does not permit it")),
        else_=text(base, ": banned whatever the consent"),
    )  # fmt: skip


def oregon_sale(ctx: CheckContext) -> ir.Table:
    """P11: an Oregon resident's precise location or under-16 data sold (from 2026-01-01)."""
    law = f"Oregon bans the sale of precise geolocation (from {_first_day(ctx, OR_GEO)})"
    geo = _banned_sale(ctx, OR_GEO, "OR", f"{law}, whatever the consent", precise_only=True)
    v = ctx.versions(OR_TEENS, ["age_from", "age_under", "consent_permits"], per_channel=False)
    s = _shares(ctx, v)
    s = s.filter((s.state == "OR") & s._sold)
    t = _age_rule(ctx, s, s.age_from.fill_null(0), s.age_under, ibis.literal(False))
    t = places.company_day(ctx, t, "version_from", "_vday")
    permits = t.consent_permits.fill_null(False)
    verdict = _age_verdict(t, permits)
    verdict = ibis.ifelse(t._sold_unknown & (verdict == V), W, verdict)
    base = text("data of an Oregon resident, ", _who(t), ", sold on ", t.c_day, " to ",
                t.recipient, " (", t.recipient_type, ")")  # fmt: skip
    law = ibis.ifelse(
        permits,
        text(" (Oregon: ages ", t.age_from, " to ", t.age_under - 1, " need consent)"),
        text(" (Oregon: no sale of the data of consumers under ", t.age_under, " from ",
             t._vday, ")"),
    )  # fmt: skip
    reading = text(_age_reading(t, permits, base), law)
    reading = ibis.ifelse(t._sold_unknown, text(reading, UNKNOWN_SALE), reading)
    teens = share_rows(t, verdict=verdict, reading=reading, consent_id=t._kid,
                       detail=text(_recipient(t), "; ", t.age_basis))  # fmt: skip
    return geo.union(teens, distinct=False)


# ============================================================================================
# P25: list rental is a sale
# ============================================================================================


def _restrictions(ctx: CheckContext) -> ir.Table:
    """Return sale_restrictions: the data each restricts ('age', 'sensitive' or 'precise')."""
    rows = []
    for r in _param_rows(ctx, LIST_RENTAL, "sale_restrictions"):
        data = str(r.get("data") or "").lower()
        kind = (
            "age" if r.get("age_under") is not None
            else "sensitive" if "sensitive" in data
            else "precise" if "precise" in data
            else None
        )  # fmt: skip
        if kind is None or r.get("applies_from") is None:
            continue
        rows.append({
            "_rid": r["restriction"], "_tst": str(r["state"]).strip().upper(), "_kind": kind,
            "_data": r.get("data"), "_afrom": int(r.get("age_from") or 0),
            "_aunder": None if r.get("age_under") is None else int(r["age_under"]),
            "_permits": bool(r.get("consent_permits")), "_tfrom": _start(ctx, r["applies_from"]),
            "_tday": r["applies_from"], "_tunc": bool(r["unconfirmed"]),
            "_tvf": r["version_from"], "_tvt": r["version_to"],
        })  # fmt: skip
    schema = {"_rid": "string", "_tst": "string", "_kind": "string", "_data": "string",
              "_afrom": "int64", "_aunder": "int64", "_permits": "boolean",
              "_tfrom": "timestamp", "_tday": "date", "_tunc": "boolean",
              "_tvf": "timestamp", "_tvt": "timestamp"}  # fmt: skip
    return _memtable(rows, schema)


def list_rental_sale(ctx: CheckContext) -> ir.Table:
    """P25: a list rental (a sale) of opted-out consumers or of data whose sale is restricted."""
    s = _shares(ctx)
    s = s.filter(s.recipient_type == "list_rental").mutate(rule_id=ibis.literal(LIST_RENTAL))
    s = s.cache()
    return _rental_after_optout(ctx, s).union(_rental_restricted(ctx, s), distinct=False)


def _optout_states(ctx: CheckContext) -> ir.Table:
    """Return the opt-out states and their start dates (as :func:`_state_dates`).

    California from the list-rental rule's table; the other states from the day each
    state's opt-out of sale applies to processing (STATE-PRIVACY-OPTOUT-SALE-TA's table:
    Maryland's law took effect 2025-10-01 and applies from 2026-04-01).
    """
    ca = _state_dates(ctx, LIST_RENTAL, "opt_out_states", "law_effective")
    other = _state_dates(ctx, STATE_OPTOUT, "optout_from", "applies_from")
    return ca.filter(ca._tst == "CA").union(other.filter(other._tst != "CA"), distinct=False)


def _rental_after_optout(ctx: CheckContext, s: ir.Table) -> ir.Table:
    """Judge rentals after an opt-out: California's under the rental rule, others' by state.

    P1 judges the same California rentals under the CCPA's opt-out rule (a rental is a sale);
    P25 files them under the rental rule only, and other states' under their opt-out rule.
    """
    o = _in_state(s, _optout_states(ctx)).cache()
    t = _attach(o, _governing_optout(ctx, o, _optouts(ctx)))
    ca = _with_lag(t.filter(t.state == "CA"), _lag_versions(ctx, CCPA_OPTOUT, "honor_within"))
    other = t.filter(t.state != "CA")
    other = _with_lag(other, _lag_versions(ctx, STATE_OPTOUT, "audit_honor_within"))
    j = _judge_lag(ctx, ca.union(other.select(*ca.columns), distinct=False),
                   "rented (a list rental is a sale)")  # fmt: skip
    return share_rows(
        j,
        rule_id=ibis.ifelse(j.state == "CA", ibis.literal(LIST_RENTAL), ibis.literal(STATE_OPTOUT)),
        verdict=j.verdict,
        reading=text(j.reading, "; ", j.state, " opt-out of sale from ", j._tday),
        basis_at=j.basis_at,
        deadline_at=j.deadline_at,
        detail=text(j.optout_id, "; ", _recipient(j)),
    )


def _rental_restricted(ctx: CheckContext, s: ir.Table) -> ir.Table:
    j = _in_state(s, _restrictions(ctx))
    data = j.filter(
        ((j._kind == "sensitive") & (j._sensitive | j._precise))
        | ((j._kind == "precise") & j._precise)
    ).cache()
    data = _attach(data, _first_consent(ctx, data.select("key", "person", "event_at").distinct(),
                                        SENSITIVE_CHANNELS, OPTIN_TYPES, "_kid"),
                   how="left")  # fmt: skip
    base = text("list rental (a sale) on ", data.c_day, " to ", data.recipient, " of ",
                _data_words(data), " of a resident of ", data.state, " (restriction ",
                data._rid, ": ", data._data, ", from ", data._tday, ")")  # fmt: skip
    ok = data._permits & data._kid.notnull()
    data = data.mutate(
        _v=ibis.cases((ok, P), (data._tunc, W), else_=V),
        _w=ibis.cases(
            (ok, text(base, ": consent ", data._kid, " in force")),
            (data._kid.notnull(), text(base, ": banned whatever the consent; consent ",
                                       data._kid, " on record does not permit it")),
            else_=text(base, ": banned whatever the consent"),
        ),
    )  # fmt: skip
    ages = j.filter(j._kind == "age")
    known = (ages.state == "MD") & (ages.is_known_minor == True).fill_null(False)  # noqa: E712
    ages = _age_rule(ctx, ages, ages._afrom, ages._aunder, known & ages.age_min.isnull())
    verdict = _age_verdict(ages, ages._permits)
    base = text("list rental (a sale) on ", ages.c_day, " to ", ages.recipient, " of the data "
                "of a resident of ", ages.state, ", ", _who(ages), " (restriction ", ages._rid,
                ": ", ages._data, ", from ", ages._tday, ")")  # fmt: skip
    ages = ages.mutate(_v=ibis.ifelse(ages._tunc & (verdict == V), W, verdict),
                       _w=_age_reading(ages, ages._permits, base))  # fmt: skip
    cols = [c for c in data.columns if c in ages.columns]
    t = data.select(*cols).union(ages.select(*cols), distinct=False)
    return share_rows(t, rule_id=LIST_RENTAL, verdict=t._v, reading=t._w,
                      consent_id=t._kid, detail=text(_recipient(t), "; ", t.age_basis))  # fmt: skip


# ============================================================================================
# Registry
# ============================================================================================

_SALES = Need("sharing", ("shared_at", "customer_id"), events=True, where="sale or sharing")
_STATES = Need("customers", ("state",))

CHECKS = (
    Check(
        "P1",
        "California consumer's data sold or shared more than 15 business days after an opt-out",
        sale_after_optout,
        judges=(CCPA_OPTOUT,),
        needs=(_SALES, _STATES),
    ),
    Check(
        "P2",
        "Global Privacy Control signal not honoured",
        gpc_not_honoured,
        judges=(CCPA_GPC, UOOM),
        needs=(Need("web_sessions", ("started_at", "gpc", "sale_tags_fired"), events=True),),
    ),
    Check(
        "P6",
        "Request to know, delete or correct acknowledged or answered late",
        request_late,
        judges=(REQUESTS,),
        needs=(Need("privacy_requests", ("received_at", "request_type"), events=True), _STATES),
    ),
    Check(
        "P9",
        "Sensitive data processed without the opt-in consent a state requires",
        sensitive_without_consent,
        judges=(SENSITIVE, OR_REVOKE),
        needs=(
            Need(
                "sharing",
                ("is_sensitive", "includes_precise_location"),
                events=True,
                any_column=True,
            ),
            _STATES,
        ),
    ),
    Check(
        "P10",
        "Maryland resident's sensitive data sold (banned from 2026-04-01)",
        md_sensitive_sale,
        judges=(MD_SENSITIVE,),
        needs=(Need("sharing", ("shared_at", "is_sensitive", "is_sale"), events=True), _STATES),
    ),
    Check(
        "P11",
        "Oregon resident's precise location or under-16 data sold (banned from 2026-01-01)",
        oregon_sale,
        judges=(OR_GEO, OR_TEENS),
        needs=(Need("sharing", ("shared_at", "is_sale"), events=True), _STATES),
    ),
    Check(
        "P25",
        "List rental (a sale) of opted-out consumers or of data whose sale is restricted",
        list_rental_sale,
        judges=(LIST_RENTAL, STATE_OPTOUT),
        needs=(
            Need("sharing", ("shared_at", "recipient_type"), events=True, where="list rentals"),
            _STATES,
        ),
    ),
)
