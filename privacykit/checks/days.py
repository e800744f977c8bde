"""Deadlines in business days and calendar days, and calendar-month windows, relationally.

The day of receipt is day 0 whatever day it is, counted in the company's time zone; business
day N is the N-th later Monday-Friday that is not a holiday of the rule's calendar; a message
sent on or before business day N is in time. Each deadline comes in two readings: *strict*
(holidays that not every reading observes count as business days: the earlier deadline) and
*lenient* (every holiday is closed: the later one). A contact late under the lenient reading is
late under every reading; late under the strict one only, it needs review.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import ibis
import ibis.expr.types as ir

if TYPE_CHECKING:  # pragma: no cover
    from privacykit.checks.context import CheckContext


def clamp_day(ctx: CheckContext, day: ir.DateValue) -> ir.DateValue:
    """Return ``day``, or the helpers' first day for older history (its windows have closed)."""
    first = ibis.literal(ctx.helpers.first_day)
    return ibis.ifelse(day < first, first, day)


def add_deadline(
    ctx: CheckContext, t: ir.Table, *, day: str, n: str, unit: str, cal: str, name: str
) -> ir.Table:
    """Add ``{name}_strict`` and ``{name}_lenient``: the last day allowed under each reading.

    Args:
        day: the column holding the day of receipt (company time zone).
        n: the column holding the number of days allowed.
        unit: the column holding 'business_days' or 'calendar_days'.
        cal: the column holding the holiday calendar (for business days).
    """
    c = ctx.helpers.calendar
    rd = f"_{name}_rday"
    t = t.mutate(**{rd: clamp_day(ctx, t[day])})
    r = c.select(
        **{f"_{name}_rc": c.calendar, f"_{name}_rd": c.day},
        **{f"_{name}_rs": c.bd_strict, f"_{name}_rl": c.bd_lenient},
    )
    j = t.left_join(r, [t[cal] == r[f"_{name}_rc"], t[rd] == r[f"_{name}_rd"]])
    for reading in ("strict", "lenient"):
        idx = c[f"bd_{reading}"]
        b = c.filter(c[f"is_bd_{reading}"]).select(
            **{f"_{name}_{reading}_c": c.calendar, f"_{name}_{reading}_i": idx},
            **{f"_{name}_{reading}_d": c.day},
        )
        own = j[f"_{name}_r{reading[0]}"]
        j = j.left_join(
            b,
            [
                j[cal] == b[f"_{name}_{reading}_c"],
                own + j[n] == b[f"_{name}_{reading}_i"],
            ],
        )
    # date + interval is a timestamp in DuckDB while Ibis types it a date (and would drop a
    # plain cast to date): cast through timestamp so every engine returns a date.
    by_days = (j[rd] + j[n].as_interval("D")).cast("timestamp").cast("date")
    out = j.mutate(
        **{
            f"{name}_{reading}": ibis.ifelse(
                j[unit] == "business_days", j[f"_{name}_{reading}_d"], by_days
            )
            for reading in ("strict", "lenient")
        }
    )
    return out.drop(*[col for col in out.columns if col.startswith(f"_{name}_")])


def add_day_end(ctx: CheckContext, t: ir.Table, *, day: str, name: str) -> ir.Table:
    """Add ``name``: the naive-UTC instant at which ``day`` ends in the company's zone."""
    c = ctx.helpers.calendar
    # Any one calendar will do: a day's bounds in the company's zone do not depend on it.
    d = c.filter(c.calendar == "US-federal").select(_de_day=c.day, _de_end=c.day_end_utc)
    j = t.left_join(d, t[day] == d._de_day)
    return j.mutate(**{name: j._de_end}).drop("_de_day", "_de_end")


def add_until(ctx: CheckContext, t: ir.Table, *, day: str, months: str, name: str) -> ir.Table:
    """Add ``name``: ``day`` plus ``months`` calendar months, clamped to the month's end."""
    m = ctx.helpers.months
    m = m.select(_mu_day=m.day, _mu_months=m.months, _mu_until=m.until)
    j = t.left_join(m, [clamp_day(ctx, t[day]) == m._mu_day, t[months] == m._mu_months])
    return j.mutate(**{name: j._mu_until}).drop("_mu_day", "_mu_months", "_mu_until")
