"""``privacykit map check``: validate a configuration and its mapping, load, and explain.

Prints, per table: rows read, loaded and quarantined per source (the accounting), the dates the
data covers and warnings against the audit period, every quarantine reason and data-quality
note, and a masked sample of loaded rows. Nothing here modifies the team's files.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from privacykit.config import AuditConfig
from privacykit.mask import mask
from privacykit.period import Period
from privacykit.schema.canonical import DERIVED, TABLES
from privacykit.schema.coverage import CoverageWarning, coverage_warnings
from privacykit.schema.load import LoadReport, connect, load_sources
from privacykit.schema.mapping import parse_mapping
from privacykit.schema.normalize import quote_ident

SAMPLE_ROWS = 3
SAMPLE_COLUMNS = 8  # the first columns that hold any value


@dataclass
class MapCheck:
    """The outcome of loading a configuration's mapping."""

    config: AuditConfig
    period: Period
    report: LoadReport
    warnings: list[CoverageWarning]
    con: duckdb.DuckDBPyConnection


def run_map_check(config: AuditConfig, period: Period) -> MapCheck:
    """Parse the mapping, load every source, and compute coverage warnings for ``period``.

    Raises:
        ConfigError: the mapping is invalid (every problem listed).
        DataError: files cannot be read or lack mapped columns (every problem listed).
    """
    sources = parse_mapping(config.mapping, config.mapping_dir, where=_where(config))
    con = connect()
    report = load_sources(sources, con)
    channels = tuple(c.value for c in config.profile.channels)
    warnings = coverage_warnings(report.coverage, period, channels)
    return MapCheck(config, period, report, warnings, con)


def _where(config: AuditConfig) -> str:
    """Name the mapping in messages: its file, or the configuration's inline mapping: key."""
    return str(config.mapping_path) if config.mapping_path else f"{config.path.name}: mapping"


def format_map_check(result: MapCheck) -> str:
    """Return the human-readable report of a map check (personal values masked)."""
    r = result.report
    lines = [
        f"Configuration {result.config.path} — {result.config.profile.name}",
        f"Audit period {result.period}",
        "",
        "Rows per source (read = loaded + quarantined):",
    ]
    w = max([len(c.source) for c in r.counts] + [10])
    for c in r.counts:
        lines.append(
            f"  {c.table:<18} {c.source:<{w}} read {c.read:>9,}  loaded {c.loaded:>9,}"
            f"  quarantined {c.quarantined:>7,}"
        )
    lines += ["", "Coverage:"]
    for cov in r.coverage:
        if cov.channel:
            continue
        span = (
            f"{cov.first:%Y-%m-%d} .. {cov.last:%Y-%m-%d} ({cov.column})"
            if cov.first and cov.last
            else "-"
        )
        lines.append(f"  {cov.table:<18} {cov.rows:>10,} rows  {span}")
    empty = [w.table for w in result.warnings if w.message.startswith("no rows:")]
    others = [w for w in result.warnings if not w.message.startswith("no rows:")]
    lines += ["", f"Coverage warnings ({len(result.warnings)}):"]
    lines += [f"  ! {w}" for w in others]
    if empty:
        lines.append(
            f"  ! no rows in {', '.join(empty)}: the checks that need them will be NOT "
            "EVALUATED (map an export to each, or confirm the company has none)"
        )
    if not result.warnings:
        lines.append("  none")
    lines += ["", f"Quarantined rows ({sum(q.count for q in r.quarantine):,}):"]
    lines += [
        f"  {q.table} {q.source}: {q.count:,} x {q.reason} — {', '.join(q.examples)}"
        for q in r.quarantine
    ] or ["  none"]
    lines += ["", f"Data-quality notes ({len(r.notes)}):"]
    lines += [
        f"  {n.table}.{n.column} {n.source}: {n.count:,} x {n.reason} — {'; '.join(n.examples)}"
        for n in r.notes
    ] or ["  none"]
    lines += ["", "Sample of loaded rows (personal data masked):"]
    for t in (*TABLES.values(), *DERIVED.values()):
        counts = ", ".join(f"count({quote_ident(c.name)})" for c in t.columns)
        filled = result.con.execute(f"SELECT {counts} FROM {t.name}").fetchall()[0]
        cols = [c for c, n in zip(t.columns, filled, strict=True) if n][:SAMPLE_COLUMNS]
        if not cols:
            continue
        names = ", ".join(quote_ident(c.name) for c in cols)
        rows = result.con.execute(f"SELECT {names} FROM {t.name} LIMIT {SAMPLE_ROWS}").fetchall()
        if not rows:
            continue
        lines.append(f"  {t.name}:")
        for row in rows:
            cells = [f"{c.name}={mask(c, v)}" for c, v in zip(cols, row, strict=True)]
            lines.append("    " + "  ".join(cells))
    return "\n".join(lines)
