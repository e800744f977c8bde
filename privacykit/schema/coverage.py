"""Coverage: the dates each table's data spans, and warnings when it does not span the period.

A missing export must not read as a clean quarter. Events (contacts, sharing, location) must
span the whole audit period, month by month; history (opt-outs, consents, registries, ...) must
begin before the period and be current through it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import duckdb
import ibis.expr.types as ir

from privacykit.period import Period
from privacykit.schema.canonical import TABLES, Table
from privacykit.schema.normalize import quote_ident


@dataclass(frozen=True)
class Coverage:
    """The rows of one table and the range of its time column (None when it has no dates)."""

    table: str
    column: str | None
    rows: int
    first: dt.datetime | None = None
    last: dt.datetime | None = None
    months: tuple[tuple[int, int, int], ...] = ()  # (year, month, rows) with rows
    channel: str | None = None  # for contacts: the coverage of one channel's rows


@dataclass(frozen=True)
class CoverageWarning:
    table: str
    message: str

    def __str__(self) -> str:
        return f"{self.table}: {self.message}"


def coverage(con: duckdb.DuckDBPyConnection) -> list[Coverage]:
    """Return the coverage of every canonical table on ``con``."""
    out = []
    for t in TABLES.values():
        if t.time_column is None:
            row = con.execute(f"SELECT count(*) FROM {t.name}").fetchall()[0]
            out.append(Coverage(t.name, None, int(row[0])))
            continue
        col = quote_ident(t.time_column)
        rows, first, last = con.execute(
            f"SELECT count(*), CAST(min({col}) AS TIMESTAMP), CAST(max({col}) AS TIMESTAMP) "
            f"FROM {t.name}"
        ).fetchall()[0]
        months = con.execute(
            f"SELECT year({col}), month({col}), count(*) FROM {t.name} WHERE {col} IS NOT NULL "
            f"GROUP BY 1, 2 ORDER BY 1, 2"
        ).fetchall()
        out.append(
            Coverage(t.name, t.time_column, int(rows), first, last, tuple(map(tuple, months)))
        )
        if t.event and "channel" in t.names:
            out += _by_channel(con, t)
    return out


def _by_channel(con: duckdb.DuckDBPyConnection, t: Table) -> list[Coverage]:
    """Coverage of each channel's rows: one system's missing export must show."""
    col = quote_ident(t.time_column or "")
    rows = con.execute(
        f"SELECT channel, year({col}), month({col}), count(*), CAST(min({col}) AS TIMESTAMP), "
        f"CAST(max({col}) AS TIMESTAMP) FROM {t.name} WHERE {col} IS NOT NULL "
        f"GROUP BY ALL ORDER BY 1, 2, 3"
    ).fetchall()
    out = []
    for channel in sorted({r[0] for r in rows if r[0] is not None}):
        mine = [r for r in rows if r[0] == channel]
        months = tuple((int(y), int(m), int(n)) for _, y, m, n, _, _ in mine)
        out.append(
            Coverage(
                t.name,
                t.time_column,
                sum(n for _, _, n in months),
                min(r[4] for r in mine),
                max(r[5] for r in mine),
                months,
                channel,
            )
        )
    return out


def coverage_of(tables: Mapping[str, ir.Table]) -> list[Coverage]:
    """Return what :func:`coverage` returns, from Ibis tables on any engine (Spark too)."""
    out = []
    for t in TABLES.values():
        if t.name not in tables:
            continue
        table = tables[t.name]
        rows = int(table.count().to_pyarrow().as_py())
        if t.time_column is None:
            out.append(Coverage(t.name, None, rows))
            continue
        at = table[t.time_column].cast("timestamp")
        dated = table.filter(at.notnull())
        keys = ["channel"] if t.event and "channel" in t.names else []
        monthly = (
            dated.group_by([*keys, at.year().name("_y"), at.month().name("_m")])
            .aggregate(_n=dated.count(), _first=at.min(), _last=at.max())
            .to_pyarrow()
            .to_pylist()
        )
        monthly.sort(key=lambda r: tuple("" if r[k] is None else r[k] for k in [*keys, "_y", "_m"]))
        out.append(_coverage(t, rows, monthly))
        for channel in sorted({r["channel"] for r in monthly if keys and r["channel"] is not None}):
            mine = [r for r in monthly if r["channel"] == channel]
            out.append(_coverage(t, sum(r["_n"] for r in mine), mine, channel))
    return out


def _coverage(
    t: Table, rows: int, monthly: list[dict[str, Any]], channel: str | None = None
) -> Coverage:
    """One Coverage from (year, month) rows with counts and first and last times."""
    months: dict[tuple[int, int], int] = {}
    for r in monthly:
        ym = (int(r["_y"]), int(r["_m"]))
        months[ym] = months.get(ym, 0) + int(r["_n"])
    return Coverage(
        t.name,
        t.time_column,
        rows,
        min((r["_first"] for r in monthly), default=None),
        max((r["_last"] for r in monthly), default=None),
        tuple((y, m, n) for (y, m), n in sorted(months.items())),
        channel,
    )


# The profile's channels and the contacts' channel codes they should produce.
PROFILE_CHANNELS = {
    "email": "email",
    "phone": "call",
    "sms": "sms",
    "fax": "fax",
    "mail": "mail",
    "push": "push",
}


def coverage_warnings(
    report: list[Coverage], period: Period, channels: tuple[str, ...] = ()
) -> list[CoverageWarning]:
    """Say which tables do not cover ``period`` (empty tables, late starts, early ends, gaps).

    Contacts are also judged per channel, and a channel the company says it uses (``channels``,
    the profile's) with no contacts at all is named: a missing dialer export must not read as
    a quarter without calls.
    """
    warnings = []
    start, end = period.start_utc, period.end_utc
    seen = {c.channel for c in report if c.channel}
    has_contacts = any(c.table == "contacts" and c.rows for c in report if not c.channel)
    for profile_channel in channels:
        code = PROFILE_CHANNELS.get(profile_channel)
        if code and code not in seen and has_contacts:
            warnings.append(
                CoverageWarning(
                    "contacts",
                    f"no {code} contacts at all, though the company uses {profile_channel}: "
                    "is an export missing?",
                )
            )
    for cov in report:
        t = TABLES[cov.table]
        if cov.channel:
            if cov.first and cov.last:
                label = Table(f"{t.name} ({cov.channel})", t.description, t.columns, event=True)
                warnings += _event_gaps(label, cov, period, by_density=True)
            continue
        if cov.rows == 0:
            warnings.append(
                CoverageWarning(
                    t.name,
                    "no rows: the checks that need this table will be NOT EVALUATED "
                    "(map an export to it, or confirm the company has none)",
                )
            )
            continue
        if cov.first is None or cov.last is None:
            continue
        warnings += _event_gaps(t, cov, period) if t.event else _history_gaps(t, cov, start, end)
    return warnings


def _event_gaps(
    t: Table, cov: Coverage, period: Period, by_density: bool = False
) -> list[CoverageWarning]:
    """Warn about a late start, an early end or an empty month inside the period.

    A whole table is expected to have events every day. One channel may be sparse (a fax now
    and then): with ``by_density``, an edge gap counts only when it is longer than five of the
    channel's average gaps in the period, and an empty month only when the channel averages
    twenty or more rows a month.
    """
    assert cov.first is not None and cov.last is not None
    out = []
    start, end = period.start_utc, period.end_utc
    months = _months(period.first, period.last)
    in_period = sum(n for y, m, n in cov.months if (y, m) in months)
    slack = dt.timedelta(days=1)
    if by_density:
        slack = max(dt.timedelta(days=3), 5 * (end - start) / max(in_period, 1))
        if in_period < 20 * len(months):
            months = []
    if cov.last < start or cov.first >= end:
        return [
            CoverageWarning(
                t.name,
                f"no rows in the period {period}: the data runs {cov.first:%Y-%m-%d} to "
                f"{cov.last:%Y-%m-%d}; is this the right export?",
            )
        ]
    if cov.first > start + slack:
        out.append(
            CoverageWarning(
                t.name,
                f"starts {cov.first:%Y-%m-%d}, after the period begins ({period.first}): "
                "earlier events are missing from the export",
            )
        )
    if cov.last < end - slack:
        out.append(
            CoverageWarning(
                t.name,
                f"ends {cov.last:%Y-%m-%d}, before the period ends ({period.last}): "
                "later events are missing from the export",
            )
        )
    have = {(y, m) for y, m, _ in cov.months}
    for y, m in months:
        inside = dt.datetime(y, m, 1) >= cov.first and dt.datetime(y, m, 1) <= cov.last
        if inside and (y, m) not in have:
            out.append(CoverageWarning(t.name, f"no rows in {y}-{m:02d}: a missing export?"))
    return out


def _history_gaps(
    t: Table, cov: Coverage, start: dt.datetime, end: dt.datetime
) -> list[CoverageWarning]:
    assert cov.first is not None and cov.last is not None
    out = []
    if cov.first >= start and t.name not in ("notices", "privacy_requests", "training"):
        out.append(
            CoverageWarning(
                t.name,
                f"history begins {cov.first:%Y-%m-%d}, inside or after the period: older "
                f"records that still govern the period's events may be missing",
            )
        )
    if cov.last < start:
        out.append(
            CoverageWarning(
                t.name,
                f"last record {cov.last:%Y-%m-%d}, before the period: is the export current?",
            )
        )
    return out


def _months(first: dt.date, last: dt.date) -> list[tuple[int, int]]:
    out = []
    y, m = first.year, first.month
    while (y, m) <= (last.year, last.month):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out
