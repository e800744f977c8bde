"""Run the registered checks on loaded data and turn their rows into findings, rule by rule.

One check that crashes becomes an ERROR finding and the others still run. A check whose data
is absent is NOT EVALUATED (naming the tables and columns), a rule the company profile
excludes is NOT APPLICABLE, and a rule no check audits yet is NOT CHECKED BY THE KIT.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import duckdb
import ibis
import ibis.expr.types as ir
import pandas as pd

from privacykit.audit.findings import Finding, Status, status_of_verdicts, worst
from privacykit.audit.quality import DataIssue, data_issues
from privacykit.checks.context import CHANNEL_CODES, CheckContext, build_helpers
from privacykit.checks.evidence import EVIDENCE
from privacykit.checks.lists import STATE_DNC_LISTS
from privacykit.checks.registry import PLANNED, Check, Need, Registry, all_checks
from privacykit.config import AuditConfig
from privacykit.engine import Engine, from_duckdb
from privacykit.period import Period
from privacykit.rulebook.book import Rulebook, jurisdiction_covers
from privacykit.rulebook.models import Rule
from privacykit.schema.canonical import DERIVED, TABLES, Table

# The rows a need counts, as Ibis predicates: the same on every engine.
NEED_FILTERS: dict[str, Callable[[ir.Table], ir.BooleanValue]] = {
    "national": lambda t: t.registry.lower() == "national",
    "phone": lambda t: t.channel.isin(("call", "sms", "all")),
    "email": lambda t: t.channel.isin(("email", "all")),
    "call": lambda t: t.channel == "call",
    "email channel": lambda t: t.channel == "email",
    "fax": lambda t: t.channel == "fax",
    "state lists": lambda t: t.registry.upper().isin(STATE_DNC_LISTS),
    "sale or sharing": lambda t: t.is_sale | t.is_cross_context_sharing,
    "health shares": lambda t: t.includes_health_data,
    "list rentals": lambda t: t.recipient_type.lower() == "list_rental",
    "policies": lambda t: t.notice_type.lower().isin(
        ("privacy_policy", "ccpa_policy", "caloppa", "coppa")
    ),
    "glba notices": lambda t: t.notice_type.lower().isin(
        ("glba_initial", "glba_optout", "glba_annual")
    ),
    "fcra notices": lambda t: t.notice_type.lower() == "fcra_affiliate",
}


@dataclass(frozen=True)
class AuditRun:
    """The findings of one run, every evidence row, and what the run used."""

    period: Period
    as_of: dt.datetime
    findings: tuple[Finding, ...]
    rows: pd.DataFrame = field(repr=False)  # every check's rows, with a check_id column
    seconds: dict[str, float] = field(default_factory=dict)  # per check
    holidays_version: str = ""
    data_quality: tuple[DataIssue, ...] = ()
    queries: dict[str, str] = field(default_factory=dict)  # check id -> SQL, when asked

    def finding(self, rule_id: str, check_id: str) -> Finding:
        for f in self.findings:
            if f.rule_id == rule_id and f.check_id == check_id:
                return f
        raise KeyError(f"no finding for rule {rule_id} and check {check_id}")


def run_checks(
    con: duckdb.DuckDBPyConnection | Engine,
    config: AuditConfig,
    rulebook: Rulebook,
    period: Period,
    as_of: dt.datetime | None = None,
    only: Sequence[str] | None = None,
    progress: Callable[[str], None] | None = None,
    keep_sql: bool = False,
) -> AuditRun:
    """Run every registered check (or ``only`` these ids) on the loaded tables.

    Args:
        con: the engine holding the canonical tables (``privacykit.engine``), or a DuckDB
            connection the loader filled (``load_sources``).
        as_of: naive UTC; history is read up to it. Defaults to the period's end.
        progress: called with one line per check (its id, rows and seconds).
        keep_sql: keep each check's query (``ibis.to_sql``) for the report's appendix.
    """
    as_of = as_of or period.end_utc
    engine = con if isinstance(con, Engine) else from_duckdb(con)
    ctx = CheckContext(
        tables=dict(engine.tables),
        period=period,
        as_of=as_of,
        timezone=config.profile.timezone,
        rulebook=rulebook,
        helpers=build_helpers(period, as_of, config.profile.timezone, config.policy),
        policy=config.policy,
    )
    applicable = {r.id for r in _applicable(rulebook, config, as_of.date())}
    registry = all_checks()
    findings: list[Finding] = []
    frames: list[pd.DataFrame] = []
    seconds: dict[str, float] = {}
    queries: dict[str, str] = {}
    ids = [c for c in registry.ids() if only is None or c in only]
    for n, check_id in enumerate(ids, 1):
        check = registry.get(check_id)
        started = time.perf_counter()
        got, rows = _run_one(check, ctx, rulebook, applicable, queries if keep_sql else None)
        seconds[check_id] = time.perf_counter() - started
        findings += got
        if not rows.empty:
            frames.append(rows.assign(check_id=check_id))
        if progress:
            progress(
                f"check {n}/{len(ids)} {check_id}: {len(rows):,} rows, "
                f"{seconds[check_id]:.1f} s ({worst(f.status for f in got).value})"
            )
    findings += _unchecked(rulebook, registry, applicable, as_of.date())
    rows = pd.concat(frames, ignore_index=True) if frames else _empty_rows()
    quarantined = engine.quarantined("consents")
    return AuditRun(
        period,
        as_of,
        tuple(findings),
        rows,
        seconds,
        ctx.helpers.holidays_version,
        data_issues(ctx, int(quarantined)),
        queries,
    )


def record_findings(
    run: AuditRun, rulebook: Rulebook, record_id: str, checks: Sequence[str]
) -> list[Finding]:
    """Return the findings of ``checks`` as if ``record_id`` were the run's only judged record.

    Each rule's status is read from that record's rows alone, the way the run read it from all
    of them (a rule judged through another rule's rows included); a check that was NOT
    EVALUATED, NOT APPLICABLE or in ERROR keeps that finding. Used to answer for one planned
    message of a batch ('May I send this?').
    """
    registry = all_checks()
    applicable = {f.rule_id for f in run.findings if f.status is not Status.NOT_APPLICABLE}
    rows = run.rows
    if rows.empty or "check_id" not in rows:
        rows = _empty_rows().assign(check_id=pd.Series(dtype="object"))
    on = run.as_of.date()
    out = []
    for f in run.findings:
        if f.check_id not in checks:
            continue
        if f.status in (Status.NOT_EVALUATED, Status.NOT_APPLICABLE, Status.ERROR):
            out.append(f)
            continue
        mine = rows[(rows["check_id"] == f.check_id) & (rows["record_id"] == record_id)]
        mine = mine.drop(columns="check_id").reset_index(drop=True)
        out.append(
            _rule_finding(rulebook, f.rule_id, registry.get(f.check_id), mine, on, applicable)
        )
    return out


def _sql(expr: ir.Table) -> str:
    """Return a check's query as SQL, or why it cannot be shown."""
    try:
        return str(ibis.to_sql(expr))
    except Exception as exc:  # the report says so; the check's own result stands
        return f"-- the query could not be shown: {type(exc).__name__}: {exc}"


def _applicable(rulebook: Rulebook, config: AuditConfig, on: dt.date) -> tuple[Rule, ...]:
    p = config.profile
    return rulebook.applicable(p.industries, p.channels, p.jurisdictions, on)


def _run_one(
    check: Check,
    ctx: CheckContext,
    rulebook: Rulebook,
    applicable: set[str],
    queries: dict[str, str] | None = None,
) -> tuple[list[Finding], pd.DataFrame]:
    named = _rules_naming(rulebook, check.id)
    on = ctx.as_of.date()
    if not any(r in applicable for r in named):
        return [_finding(rulebook, r, check, Status.NOT_APPLICABLE, on) for r in named], (
            _empty_rows()
        )
    try:
        missing = _missing(check.needs, ctx)
    except Exception as exc:  # a needed table that cannot even be counted
        error = f"{type(exc).__name__}: {exc}"
        return [_finding(rulebook, r, check, Status.ERROR, on, error=error) for r in named], (
            _empty_rows()
        )
    if missing:
        out = [
            _finding(rulebook, r, check, Status.NOT_EVALUATED, on, missing=missing)
            if r in applicable
            else _finding(rulebook, r, check, Status.NOT_APPLICABLE, on)
            for r in named
        ]
        return out, _empty_rows()
    try:
        expr = check.function(ctx)
        if queries is not None:
            queries[check.id] = _sql(expr)
        rows = expr.to_pyarrow().to_pandas()
    except Exception as exc:  # a bug in one check must not stop the audit
        error = f"{type(exc).__name__}: {exc}"
        return [
            _finding(rulebook, r, check, Status.ERROR, on, error=error) for r in named
        ], _empty_rows()
    # A check judging several rules runs when one applies; rows of the others are dropped
    # (a retailer's training rows under the TSR, not under HIPAA or GLBA).
    rows = rows[rows["rule_id"].isin(applicable)]
    rows = rows.sort_values(list(rows.columns), kind="stable")  # every column: deterministic
    rows = rows.reset_index(drop=True)
    return [_rule_finding(rulebook, r, check, rows, on, applicable) for r in named], rows


def _rule_finding(
    rulebook: Rulebook,
    rule_id: str,
    check: Check,
    rows: pd.DataFrame,
    on: dt.date,
    applicable: set[str],
) -> Finding:
    if rule_id not in applicable:
        return _finding(rulebook, rule_id, check, Status.NOT_APPLICABLE, on)
    if rule_id in check.judges:
        mine = rows[rows["rule_id"] == rule_id]
        note = None
    else:
        rule = rulebook.versions(rule_id)[-1]
        # Contacts code their channels ('call'); rows on data carry the rulebook's own
        # ('data-sharing', 'location', 'web') or none (a policy, a staff member).
        codes = {CHANNEL_CODES.get(c, c.value) for c in rule.channels}
        # The rows of judged rules of the same place: the UK's soft opt-in reads the UK's
        # consent rule, not the EU's.
        # Only judged rules that apply to the company: a retailer's TSR rule is not read from
        # rows of GLBA or HIPAA rules it is not bound by.
        judged = [j for j in check.judges if j in applicable]
        near = [
            j
            for j in judged
            if any(
                jurisdiction_covers(a, b)
                for a in rule.jurisdictions
                for b in rulebook.versions(j)[-1].jurisdictions
            )
        ] or judged
        in_channel = rows["channel"].isin(codes) | rows["channel"].isna()
        mine = rows[in_channel & rows["rule_id"].isin(near)]
        note = f"judged through check {check.id} by {', '.join(near)}"
    status = status_of_verdicts(mine["verdict"])
    return _finding(rulebook, rule_id, check, status, on, rows=mine, note=note)


def _finding(
    rulebook: Rulebook,
    rule_id: str,
    check: Check,
    status: Status,
    on: dt.date,
    *,
    rows: pd.DataFrame | None = None,
    missing: tuple[str, ...] = (),
    error: str | None = None,
    note: str | None = None,
) -> Finding:
    rule = rulebook.find(rule_id, on) or rulebook.versions(rule_id)[-1]
    return Finding(
        rule_id=rule_id,
        check_id=check.id,
        status=status,
        severity=rule.severity,
        title=rule.title,
        citation="; ".join(c.ref for c in rule.citations),
        rows=rows.reset_index(drop=True) if rows is not None else _empty_rows(),
        missing=missing,
        error=error,
        note=note,
    )


def _rules_naming(rulebook: Rulebook, check_id: str) -> tuple[str, ...]:
    return tuple(
        rid for rid in rulebook.ids() if any(check_id in v.checks for v in rulebook.versions(rid))
    )


def _missing(needs: Sequence[Need], ctx: CheckContext) -> tuple[str, ...]:
    """Return 'table.column' for each needed column that holds no value (in the period)."""
    out: list[str] = []
    for need in needs:
        if need.table not in ctx.tables:
            out += [f"{need.table}.{c}" for c in need.columns]
            continue
        t = ctx.tables[need.table]
        if need.where:
            t = t.filter(NEED_FILTERS[need.where](t))
        if need.events:
            time_col = _table(need.table).time_column
            assert time_col is not None
            t = t.filter(t[time_col] >= ctx.period.start_utc, t[time_col] < ctx.period.end_utc)
        counts = t.aggregate(**{f"n{i}": t[c].count() for i, c in enumerate(need.columns)})
        got = list(counts.to_pyarrow().to_pylist()[0].values())
        label = f" ({need.where} rows)" if need.where else ""
        if need.any_column:
            if not any(got):
                out.append(f"{need.table}.{' or '.join(need.columns)}{label}")
            continue
        out += [f"{need.table}.{c}{label}" for c, n in zip(need.columns, got, strict=True) if not n]
    return tuple(out)


def _table(name: str) -> Table:
    return TABLES[name] if name in TABLES else DERIVED[name]


def _unchecked(
    rulebook: Rulebook, registry: Registry, applicable: set[str], on: dt.date
) -> list[Finding]:
    """Return a NOT CHECKED finding for each applicable rule that no registered check audits."""
    out = []
    for rule_id in sorted(applicable):
        rule = rulebook.find(rule_id, on) or rulebook.versions(rule_id)[-1]
        if any(c in registry for c in rule.checks):
            continue
        planned = ", ".join(f"{c} ({PLANNED[c]})" for c in rule.checks if c in PLANNED)
        out.append(
            Finding(
                rule_id=rule_id,
                check_id="",
                status=Status.NOT_CHECKED,
                severity=rule.severity,
                title=rule.title,
                citation="; ".join(c.ref for c in rule.citations),
                note=f"planned: {planned}" if planned else "taught only",
            )
        )
    return out


def _empty_rows() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="object") for c in EVIDENCE})
