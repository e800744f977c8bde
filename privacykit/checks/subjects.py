"""Building blocks of the privacy checks: ages, states, data events and their evidence rows.

The channel checks judge contacts; the privacy checks judge data events: a disclosure (a row of
``sharing``), a location event, a request, a customer record. Column names used throughout:
``key`` (the event's id), ``event_at`` (UTC), ``person``, ``c_day`` (the event's date in the
company's time zone), ``state`` (the customer's state), ``age_min``/``age_max`` (the age on
the event's date: equal when a birth date is known, one apart when only a declared age is).
"""

from __future__ import annotations

from collections.abc import Sequence

import ibis
import ibis.expr.types as ir

from privacykit.checks import places
from privacykit.checks.common import narrow, person_records, with_person
from privacykit.checks.context import CheckContext
from privacykit.checks.evidence import finish

AGE_UNKNOWN = "age not recorded"


def age_at(birth: ir.DateValue, on: ir.DateValue) -> ir.IntegerValue:
    """Return the age in whole years on ``on`` of a person born on ``birth`` (relational).

    As :func:`privacykit.checks.calendar.age_on`: a person turns N at the start of their N-th
    birthday; one born on 29 February turns a year older on 1 March in common years.
    """
    before = (on.month() * 100 + on.day()) < (birth.month() * 100 + birth.day())
    return on.year() - birth.year() - before.cast("int64")


def _years_before(day: ir.DateValue, years: ir.IntegerValue) -> ir.DateValue:
    # date - interval is a timestamp in DuckDB: cast through timestamp so every engine agrees.
    return (day.cast("timestamp") - years.as_interval("Y")).cast("date")


def with_customer(ctx: CheckContext, t: ir.Table, at: str = "event_at") -> ir.Table:
    """Add the customer's ``state``, ``age_min``, ``age_max`` and ``age_basis`` at ``at``.

    The age comes from the birth date when known; else from the declared ``age`` on
    ``age_as_of`` (or on the record's creation date): the birthday is then unknown, so the age
    on the event's date is one of two values. ``age_basis`` says which in words. The event's
    date is its day in the company's time zone.
    """
    c = ctx.table("customers")
    c = c.select(
        _cc=c.customer_id,
        state=c.state,
        _birth=c.birth_date,
        _age=c.age,
        _age_as_of=c.age_as_of,
        _created=c.created_at,
        is_known_minor=c.is_known_minor,
    )
    j = t.left_join(c, t.customer_id == c._cc).drop("_cc")
    # Days in the company's zone: a sale at 22:00 in New York on the eve of a 16th birthday
    # is a sale to a 15-year-old, though it is already the birthday in UTC.
    j = places.company_day(ctx, j, at, "_on")
    j = places.company_day(ctx, j, "_created", "_created_day")
    first = ibis.literal(ctx.utc_midnight(ctx.helpers.first_day))
    created_day = ibis.ifelse(j._created < first, j._created.cast("date"), j._created_day)
    j = j.mutate(_age_on=j._age_as_of.fill_null(created_day))
    on = j._on
    # Declared age A on day D: born after D - (A+1) years and on or before D - A years.
    latest = _years_before(j._age_on, j._age)
    earliest = _years_before(j._age_on, j._age + 1) + ibis.interval(days=1)
    earliest = earliest.cast("timestamp").cast("date")
    exact = age_at(j._birth, on)
    age_min = ibis.ifelse(j._birth.notnull(), exact, age_at(latest, on))
    age_max = ibis.ifelse(j._birth.notnull(), exact, age_at(earliest, on))
    basis = ibis.cases(
        (j._birth.notnull(), ibis.literal("birth date")),
        (j._age.notnull(), ibis.literal("declared age (birthday unknown)")),
        else_=ibis.literal(AGE_UNKNOWN),
    )
    j = j.mutate(age_min=age_min, age_max=age_max, age_basis=basis)
    return j.drop("_birth", "_age", "_age_on", "_age_as_of", "_created", "_created_day", "_on")


def records_at(ctx: CheckContext, t: ir.Table) -> ir.Table:
    """Return (key, _cid, event_at): every customer record of each event's person."""
    e = narrow(t, "key", "person", "event_at")
    recs = person_records(ctx, e)
    j = recs.join(e.select("key", "event_at"), "key")
    return j.drop(*[c for c in j.columns if c.endswith("_right")])


def consents_in_force(
    ctx: CheckContext,
    t: ir.Table,
    types: Sequence[str],
    channels: Sequence[str] | None = None,
) -> ir.Table:
    """Return (key, consent_id, granted_at, consent_type, consent_channel): every consent of
    ``types`` (and, given ``channels``, covering one of them) in force at each data event.

    A consent counts when any record of the event's person holds it, it was granted at or
    before the event and not revoked by then. Equi-joins on the customer id only: consents for
    data (a sale, a location, sensitive data) name a person, not a number.
    """
    k = ctx.history("consents", "granted_at")
    k = k.filter(k.consent_type.isin(tuple(types)))
    if channels is not None:
        k = k.filter(k.channel.isin(tuple(channels)))
    k = k.select(
        _kc=k.customer_id,
        _kr=k.revoked_at,
        consent_id=k.consent_id,
        granted_at=k.granted_at,
        consent_type=k.consent_type,
        consent_channel=k.channel,
    )
    rec = records_at(ctx, t)
    j = rec.join(k, rec._cid == k._kc)
    j = j.filter(j.granted_at <= j.event_at, j._kr.isnull() | (j._kr > j.event_at))
    return j.select("key", "consent_id", "granted_at", "consent_type", "consent_channel")


def shares(ctx: CheckContext, versions: ir.Table | None = None) -> ir.Table:
    """Return the period's disclosures (``sharing``) as data events, with customer facts.

    Columns added: key (share_id), event_at, person, c_day, state, age_min, age_max,
    age_basis, is_known_minor. Given ``versions`` (from ``ctx.versions(...,
    per_channel=False)``), each share is joined to the version in force when it happened.
    """
    s = ctx.events("sharing", "shared_at")
    s = s.mutate(key=s.share_id, event_at=s.shared_at)
    if versions is not None:
        v = versions.drop("channel")
        s = s.join(v, [s.event_at >= v.version_from, s.event_at < v.version_to])
    s = with_person(ctx, s)
    s = with_customer(ctx, s)
    return places.company_day(ctx, s, "event_at", "c_day")


def _given(t: ir.Table, columns: dict[str, object], name: str, default: str) -> object:
    """Return the caller's value for ``name``, else ``t``'s column ``default`` (read lazily)."""
    return columns.pop(name) if name in columns else t[default]


def share_rows(t: ir.Table, **columns: object) -> ir.Table:
    """Return evidence rows of judged disclosures (record_table 'sharing')."""
    return finish(
        t,
        rule_id=_given(t, columns, "rule_id", "rule_id"),
        record_table="sharing",
        record_id=t.key,
        customer_id=t.customer_id,
        channel=columns.pop("channel", "data-sharing"),
        address=_given(t, columns, "address", "address"),
        event_at=t.event_at,
        **columns,
    )


def record_rows(t: ir.Table, table: str, **columns: object) -> ir.Table:
    """Return evidence rows of judged records of ``table`` (``key`` is the record's id)."""
    return finish(
        t,
        rule_id=_given(t, columns, "rule_id", "rule_id"),
        record_table=table,
        record_id=t.key,
        event_at=_given(t, columns, "event_at", "event_at"),
        **columns,
    )


def under(t: ir.Table, age: ir.IntegerValue | int) -> tuple[ir.BooleanValue, ir.BooleanValue]:
    """Return (surely, maybe): the person is under ``age`` on the event's date.

    ``surely`` holds under every reading of the age; ``maybe`` only when the birthday is
    unknown and one of the two possible ages is under. Unknown ages are neither.
    """
    surely = (t.age_max < age).fill_null(False)
    maybe = ((t.age_min < age) & ~(t.age_max < age)).fill_null(False)
    return surely, maybe


def at_least(t: ir.Table, age: ir.IntegerValue | int) -> tuple[ir.BooleanValue, ir.BooleanValue]:
    """Return (surely, maybe): the person is at least ``age`` on the event's date."""
    surely = (t.age_min >= age).fill_null(False)
    maybe = ((t.age_max >= age) & ~(t.age_min >= age)).fill_null(False)
    return surely, maybe


def sold(t: ir.Table) -> ir.BooleanValue:
    """Return whether a disclosure is judged as a sale (not as sharing for advertising).

    A sale is recorded as one, or is a list rental (renting or exchanging a list is a sale
    whatever the flag says), or records no sale flag while it is not shared for advertising
    (nor given to a service provider). The rest of what is sold or shared for advertising is
    judged as targeted advertising: one disclosure is never judged as both.
    """
    rental = t.recipient_type.lower() == "list_rental"
    unknown = (
        t.is_sale.isnull()
        & ~t.is_cross_context_sharing.fill_null(False)
        & (t.recipient_type.lower() != "service_provider").fill_null(True)
    )
    return (t.is_sale.fill_null(False) | rental.fill_null(False) | unknown).fill_null(False)
