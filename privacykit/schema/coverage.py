"""Coverage: the dates each table's data spans, and warnings when it does not span the period.

A missing export must not read as a clean quarter. Events (contacts, sharing, location) must
span the whole audit period, month by month; history (opt-outs, consents, registries, ...) must
begin before the period and be current through it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb

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
            out.append(Coverage(t.name, None, int(row[0]) if row else 0))
            continue
        col = quote_ident(t.time_column)
        rows, first, last = con.execute(
            f"SELECT count(*), CAST(min({col}) AS TIMESTAMP), CAST(max({col}) AS TIMESTAMP) "
            f"FROM {t.name}"
        ).fetchall()[0] or (0, None, None)
        months = con.execute(
            f"SELECT year({col}), month({col}), count(*) FROM {t.name} WHERE {col} IS NOT NULL "
            f"GROUP BY 1, 2 ORDER BY 1, 2"
        ).fetchall()
        out.append(
            Coverage(t.name, t.time_column, int(rows), first, last, tuple(map(tuple, months)))
        )
    return out


def coverage_warnings(report: list[Coverage], period: Period) -> list[CoverageWarning]:
    """Say which tables do not cover ``period`` (empty tables, late starts, early ends, gaps)."""
    warnings = []
    start, end = period.start_utc, period.end_utc
    for cov in report:
        t = TABLES[cov.table]
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


def _event_gaps(t: Table, cov: Coverage, period: Period) -> list[CoverageWarning]:
    assert cov.first is not None and cov.last is not None
    out = []
    start, end = period.start_utc, period.end_utc
    if cov.last < start or cov.first >= end:
        return [
            CoverageWarning(
                t.name,
                f"no rows in the period {period}: the data runs {cov.first:%Y-%m-%d} to "
                f"{cov.last:%Y-%m-%d}; is this the right export?",
            )
        ]
    if cov.first > start + dt.timedelta(days=1):
        out.append(
            CoverageWarning(
                t.name,
                f"starts {cov.first:%Y-%m-%d}, after the period begins ({period.first}): "
                "earlier events are missing from the export",
            )
        )
    if cov.last < end - dt.timedelta(days=1):
        out.append(
            CoverageWarning(
                t.name,
                f"ends {cov.last:%Y-%m-%d}, before the period ends ({period.last}): "
                "later events are missing from the export",
            )
        )
    have = {(y, m) for y, m, _ in cov.months}
    for y, m in _months(period.first, period.last):
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
