"""Building blocks the checks share: judged contacts, people, consents, opt-out deadlines.

All relational (Ibis), all portable. Column names used throughout: ``key`` (the contact id),
``event_at`` (UTC), ``address`` (the number or email used), ``person`` (the person the
customer record belongs to; a business relationship follows the person), ``c_day`` (the
contact's date in the company's time zone).
"""

from __future__ import annotations

from collections.abc import Sequence

import ibis
import ibis.expr.operations as ops
import ibis.expr.types as ir

from privacykit.checks import days, places
from privacykit.checks.context import CheckContext
from privacykit.checks.evidence import text

PHONE_CHANNELS = ("call", "sms", "fax")
NOT_RECORDED = "purpose not recorded: judged as marketing"


def judged_contacts(
    ctx: CheckContext,
    versions: ir.Table,
    contacts: ir.Table | None = None,
    *,
    any_purpose: bool = False,
) -> ir.Table:
    """Return the period's marketing contacts joined to the rule version in force for each.

    A contact whose purpose is not recorded is judged too, and ``purpose_unknown`` says so
    (its verdict is at most a warning). Columns added: key, event_at, address, person, c_day.
    ``contacts`` replaces the period's contacts (a check that added columns over history);
    ``any_purpose`` judges informational contacts too (``purpose_unknown`` stays False).
    """
    if contacts is None:
        # The period's contacts with their person and day do not depend on the rule: built
        # once per run and joined to each rule's versions (each of these joins keeps one row
        # per contact, so the order of the joins does not change the rows).
        c = ctx.shared(("judged_contacts", any_purpose), lambda: _contacts(ctx, None, any_purpose))
        base = [col for col in c.columns if col not in ("person", "c_day")]
        j = _join_versions(c, versions)
        v = [col for col in j.columns if col not in c.columns]
        return j.select(*base, *v, "person", "c_day")
    j = _join_versions(_contacts(ctx, contacts, any_purpose, person=False), versions)
    j = with_person(ctx, j)
    return places.company_day(ctx, j, "event_at", "c_day")


def _contacts(
    ctx: CheckContext, contacts: ir.Table | None, any_purpose: bool, *, person: bool = True
) -> ir.Table:
    """Return the contacts judged (see :func:`judged_contacts`), before the versions join.

    With ``person``, also add ``person`` and ``c_day`` (the joins that do not need versions).
    """
    c = ctx.events("contacts", "sent_at") if contacts is None else contacts
    if not any_purpose:
        c = c.filter((c.purpose == "marketing") | c.purpose.isnull())
    c = c.mutate(
        key=c.contact_id,
        event_at=c.sent_at,
        address=ibis.ifelse(c.channel.isin(PHONE_CHANNELS), c.to_phone, c.to_email),
        purpose_unknown=ibis.literal(False) if any_purpose else c.purpose.isnull(),
    )
    if not person:
        return c
    c = with_person(ctx, c)
    return places.company_day(ctx, c, "event_at", "c_day")


def _join_versions(c: ir.Table, versions: ir.Table) -> ir.Table:
    v = versions
    j = c.join(
        v,
        [c.channel == v.channel, c.event_at >= v.version_from, c.event_at < v.version_to],
    )
    return j.drop(*[col for col in j.columns if col.endswith("_right")])


def left_join_key(t: ir.Table, other: ir.Table) -> ir.Table:
    """Left-join ``other`` on ``key``, keeping one ``key`` column; the result is cached.

    ``other`` is usually built from ``t`` itself (the consents found for ``t``'s events), so an
    uncached chain of such steps would repeat the whole upstream query twice per step: the
    SQL doubles each time (megabytes, minutes to compile). Caching (a temporary table on any
    Ibis backend) keeps each step's query small.
    """
    if not isinstance(t.op(), ops.PhysicalTable):
        # Cache ``t`` first and read ``other`` from the cached copy: two small queries
        # compile much faster than one deep one (the compiler's cost grows with depth).
        cached = t.cache()
        other = other.op().replace({t.op(): cached.op()}).to_expr()
        t = cached
    j = t.left_join(other, "key")
    j = j.drop("key_right") if "key_right" in j.columns else j
    return j.cache()


def narrow(t: ir.Table, *columns: str) -> ir.Table:
    """Return ``t``'s ``columns``, cached unless ``t`` is itself a table or a cached one.

    A helper that looks up a few columns of a deep expression (the consents in force at each
    event) then builds on a small cached table: the expression is compiled once, not again in
    every query built on it.
    """
    e = t.select(*columns)
    return e if isinstance(t.op(), ops.PhysicalTable) else e.cache()


def with_person(ctx: CheckContext, t: ir.Table, column: str = "customer_id") -> ir.Table:
    """Add ``person``: the person of ``column``'s customer record (itself when unmatched)."""
    p = ctx.table("people").select(_pc=lambda p: p.customer_id, _pp=lambda p: p.person_id)
    j = t.left_join(p, t[column] == p._pc)
    return j.mutate(person=j._pp.fill_null(j[column])).drop("_pc", "_pp")


def person_records(ctx: CheckContext, e: ir.Table) -> ir.Table:
    """Return (key, _cid): every customer record of each event's person (``e`` has person).

    The reverse of :func:`with_person`, for joining a large history on its customer id: the
    history is then scanned once against the few events, not mapped to people as a whole.
    """
    p = ctx.table("people").select(_pc=lambda p: p.customer_id, _pp=lambda p: p.person_id)
    by_people = e.join(p, e.person == p._pp).select("key", _cid=p._pc)
    return by_people.union(e.select("key", _cid=e.person)).distinct()


def consents_found(
    ctx: CheckContext, t: ir.Table, types: Sequence[str], *, same_seller: bool = False
) -> ir.Table:
    """Return (key, consent_id, evidence): consents of ``types`` in force at each event.

    A consent counts for the contact's channel (or 'all'), names the address used (or no
    address and the same person), was granted before the event and not revoked by then.
    With ``same_seller``, a consent naming another seller does not count.
    """
    k = ctx.history("consents", "granted_at")
    k = k.filter(
        k.consent_type.isin(tuple(types)) & (k.purpose.isnull() | (k.purpose == "marketing"))
    )
    k = k.select(
        _ch=k.channel,
        _addr=k.address,
        _kcust=k.customer_id,
        _granted=k.granted_at,
        _revoked=k.revoked_at,
        _seller=k.seller,
        consent_id=k.consent_id,
        evidence=k.evidence,
    )
    e = narrow(t, "key", "channel", "address", "person", "event_at", "seller")
    # Two equi-joins (on the address, and on the person for consents naming no address):
    # one join with OR in its condition would compare every contact with every consent.
    by_address = e.join(k, e.address == k._addr).drop("_kcust")
    recs = person_records(ctx, e)
    bare = k.filter(k._addr.isnull())
    mine = recs.join(bare, recs._cid == bare._kcust).drop("_cid", "_kcust")
    by_person = e.join(mine, "key")
    by_person = by_person.drop(*[c for c in by_person.columns if c.endswith("_right")])
    j = by_address.union(by_person.select(*by_address.columns))
    cond = (
        ((j._ch == j.channel) | (j._ch == "all"))
        & (j._granted <= j.event_at)
        & (j._revoked.isnull() | (j._revoked > j.event_at))
    )
    if same_seller:
        cond &= j._seller.isnull() | j.seller.isnull() | (j._seller == j.seller)
    j = j.filter(cond)
    ranked = j.mutate(
        _rank=ibis.row_number().over(group_by=j.key, order_by=[j._granted, j.consent_id])
    )
    return ranked.filter(ranked._rank == 0).select("key", "consent_id", "evidence")


def active_suppressions(
    ctx: CheckContext, t: ir.Table, channels: Sequence[str] | None = None
) -> ir.Table:
    """Return (key, basis_at, optout_id): the earliest opt-out in force at each event.

    An opt-out counts for the event's own channel or 'all' (or, given ``channels``, for any
    of them). Suppression follows the number or address across customer records; a
    re-consent recorded before the event ends it.
    """
    s = ctx.history("suppressions", "received_at")
    s = s.select(
        _ch=s.channel,
        _addr=s.address,
        basis_at=s.received_at,
        _sup=s.superseded_at,
        optout_id=s.first_optout_id,
    )
    e = narrow(t, "key", "channel", "address", "event_at")
    covers = (
        s._ch.isin(tuple(channels))
        if channels is not None
        else (s._ch == e.channel) | (s._ch == "all")
    )
    j = e.join(
        s,
        [
            s._addr == e.address,
            covers,
            s.basis_at <= e.event_at,
            s._sup.isnull() | (s._sup > e.event_at),
        ],
    )
    ranked = j.mutate(
        _rank=ibis.row_number().over(group_by=j.key, order_by=[j.basis_at, j.optout_id])
    )
    return ranked.filter(ranked._rank == 0).select("key", "basis_at", "optout_id")


def judge_deadline(
    ctx: CheckContext, t: ir.Table, param: str, versions: ir.Table | None = None
) -> ir.Table:
    """Judge events against opt-outs: late, late under one reading, or inside the grace window.

    ``t`` holds judged contacts with ``basis_at`` (the opt-out's receipt) and the versions
    columns of ``param``. Adds ``verdict``, ``deadline_at`` and ``reading``.
    """
    t = places.company_day(ctx, t, "basis_at", "r_day")
    t = days.add_deadline(
        ctx,
        t,
        day="r_day",
        n=param,
        unit=f"{param}_unit",
        cal=f"{param}_calendar",
        name="due",
    )
    # Received while an earlier version applied: if that version's deadline would have the
    # contact in time, which deadline governs is a reading for a person to review.
    if versions is not None:
        t = _earlier_deadline(ctx, t, param, versions)
        old_late = (t.c_day > t.old_lenient).fill_null(False)
    else:
        old_late = ibis.literal(False)
    late_all = t.c_day > t.due_lenient
    late_one = t.c_day > t.due_strict
    # Only when an earlier version existed: a request received before the rule's first version
    # is judged by the first version's deadline counted from its receipt.
    had_earlier = t.old_lenient.notnull() if versions is not None else ibis.literal(False)
    earlier_rule = (t.basis_at < t.version_from) & had_earlier & ~old_late
    unconfirmed = t[f"{param}_unconfirmed"] | t.purpose_unknown | earlier_rule
    verdict = ibis.cases(
        (t.due_lenient.isnull() | t.due_strict.isnull(), "warning"),
        (late_all & ~unconfirmed, "violation"),
        (late_one, "warning"),
        else_="pass",
    )
    t = t.mutate(verdict=verdict, _due=ibis.ifelse(late_all, t.due_lenient, t.due_strict))
    t = days.add_day_end(ctx, t, day="_due", name="deadline_at")
    unit = t[f"{param}_unit"].replace("_", " ")
    source = ibis.ifelse(
        t[f"{param}_source"] == "law",
        ibis.literal(""),
        text(" (company ", t[f"{param}_source"], "; the law's value is ", t[f"{param}_legal"], ")"),
    )
    why = ibis.cases(
        (late_all, "sent after the last day allowed"),
        (
            late_one,
            "sent after the last day only if a holiday that not every reading observes "
            "counts as a business day (review)",
        ),
        else_="sent inside the grace window (in time)",
    )
    reading = text(
        why,
        ": opt-out received ",
        t.r_day,
        ", allowed ",
        t[param],
        " ",
        unit,
        source,
        ", last day ",
        t._due.cast("date"),
        ", sent ",
        t.c_day,
        " (company time zone)",
    )
    reading = ibis.ifelse(t.purpose_unknown, text(reading, "; ", NOT_RECORDED), reading)
    reading = ibis.ifelse(
        earlier_rule,
        text(reading, "; the request was received while an earlier version of the rule "
             "applied, whose deadline may govern (review)"),
        reading,
    )  # fmt: skip
    return t.mutate(reading=reading)


def _earlier_deadline(ctx: CheckContext, t: ir.Table, param: str, versions: ir.Table) -> ir.Table:
    """Add ``old_lenient``: the last day under the version in force when the opt-out came."""
    v = versions.select(
        _ov_ch=versions.channel,
        _ov_from=versions.version_from,
        _ov_to=versions.version_to,
        _ov_n=versions[param],
        _ov_unit=versions[f"{param}_unit"],
        _ov_cal=versions[f"{param}_calendar"],
    )
    j = t.left_join(v, [t.channel == v._ov_ch, t.basis_at >= v._ov_from, t.basis_at < v._ov_to])
    j = days.add_deadline(
        ctx, j, day="r_day", n="_ov_n", unit="_ov_unit", cal="_ov_cal", name="old"
    )
    return j.drop("_ov_ch", "_ov_from", "_ov_to", "_ov_n", "_ov_unit", "_ov_cal", "old_strict")


def last_before(ctx: CheckContext, t: ir.Table, table: str, name: str) -> ir.Table:
    """Return (key, {name}_at, {name}_day): the person's latest record before each event."""
    h = ctx.history(table, "occurred_at")
    h = h.select(_hc=h.customer_id, _hat=h.occurred_at)
    e = narrow(t, "key", "person", "event_at")
    recs = person_records(ctx, e).join(e.select("key", "event_at"), "key")
    recs = recs.drop(*[c for c in recs.columns if c.endswith("_right")])
    j = recs.join(h, [recs._cid == h._hc, h._hat <= recs.event_at])
    last = j.group_by("key").aggregate(**{f"{name}_at": j._hat.max()})
    return places.company_day(ctx, last, f"{name}_at", f"{name}_day")
