"""A harness for table-driven check tests: tiny canonical tables in a real DuckDB, real checks.

``tiny_db(contacts=[...], customers=[...], ...)`` creates every canonical table (empty unless
given), inserts the rows (only the columns given; the rest are null), and builds the derived
``people`` and ``suppressions`` tables exactly as the loader does. ``audit(con, ...)`` runs the
registered checks through the real runner with a company profile and overrides.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import duckdb

from privacykit.audit.runner import AuditRun, run_checks
from privacykit.config import AuditConfig
from privacykit.period import parse_period
from privacykit.profile import parse_profile
from privacykit.rulebook import Rulebook
from privacykit.rulebook.overrides import parse_policy
from privacykit.schema.load import load_rows

COMPANY = {
    "name": "Tiny Co",
    "industries": ["retail"],
    "jurisdictions": ["US", "CA"],
    "channels": ["email", "phone", "sms"],
    "timezone": "America/New_York",
}


def ts(text: str) -> dt.datetime:
    """Parse 'YYYY-MM-DD HH:MM:SS' as a naive UTC timestamp."""
    return dt.datetime.fromisoformat(text)


def tiny_db(**tables: Sequence[Mapping[str, Any]]) -> duckdb.DuckDBPyConnection:
    """Return a connection holding the given canonical rows plus the derived tables."""
    return load_rows(tables)


def audit(
    con: duckdb.DuckDBPyConnection,
    rulebook: Rulebook,
    period: str = "2026Q3",
    *,
    overrides: Iterable[Mapping[str, Any]] = (),
    company: Mapping[str, Any] | None = None,
    only: Sequence[str] | None = None,
    as_of: dt.datetime | None = None,
) -> AuditRun:
    """Run the registered checks (or ``only`` these) on ``con`` for ``period``."""
    profile = parse_profile(dict(company or COMPANY))
    policy = parse_policy(list(overrides), [], rulebook)
    config = AuditConfig(Path("tiny.yaml"), profile, policy)
    return run_checks(con, config, rulebook, parse_period(period, profile.timezone), as_of, only)


def verdicts(run: AuditRun, check: str, rule: str | None = None) -> dict[str, str]:
    """Return record_id -> verdict of one check's rows (optionally one rule's)."""
    rows = run.rows
    if rows.empty:
        return {}
    rows = rows[rows["check_id"] == check]
    if rule is not None:
        rows = rows[rows["rule_id"] == rule]
    order = {"violation": 0, "warning": 1, "pass": 2}
    out: dict[str, str] = {}
    for rec, verdict in zip(rows["record_id"], rows["verdict"], strict=True):
        if rec not in out or order[verdict] < order[out[rec]]:
            out[rec] = verdict
    return out
