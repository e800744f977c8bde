"""One audit, inside the notebook's kernel: load, check, compare, and write the run's files.

``run_audit`` is what ``audits/quarterly_audit.ipynb`` calls. It prints its progress (step,
table, check) to standard error, which ``privacykit audit`` relays to the terminal; with an
``out_dir`` it writes the findings, quarantine, remediation lists, history record and the
kernel's part of the manifest there. Without one (an analyst exploring in JupyterLab) it only
returns the :class:`~privacykit.audit.result.AuditResult`.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from zoneinfo import ZoneInfo

import pandas as pd

from privacykit import __version__
from privacykit.audit import history
from privacykit.audit.findings import Status, status_of_verdicts
from privacykit.audit.inputs import (
    canonical_inputs,
    find_lessons,
    hash_inputs,
    library_versions,
    shown_location,
)
from privacykit.audit.result import AuditResult, HistoryPoint, InputFile, RunInfo
from privacykit.audit.runner import AuditRun, run_checks
from privacykit.audit.waivers import apply_waivers
from privacykit.config import AuditConfig, load_config
from privacykit.engine import (
    Engine,
    connect_duckdb,
    from_duckdb,
    open_canonical,
    spark_session,
    to_spark,
)
from privacykit.errors import ConfigError, Problem
from privacykit.period import Period, audit_period
from privacykit.rulebook import Rulebook, load_rulebook
from privacykit.schema.coverage import coverage_of, coverage_warnings
from privacykit.schema.load import LoadReport, load_sources
from privacykit.schema.mapping import Source, parse_mapping


def say(line: str) -> None:
    """Print one progress line to standard error (the terminal, through papermill)."""
    print(f"[privacykit] {line}", file=sys.stderr, flush=True)


def run_audit(
    config: str | Path,
    period: str | None = None,
    as_of: str | None = None,
    run_id: str = "",
    out_dir: str | Path | None = None,
    show_personal_data: bool | None = None,
    launched_at: float = 0.0,
    checks: str = "",
    progress: Callable[[str], None] = say,
) -> AuditResult:
    """Load the configuration's data, run every check for ``period`` and gather the result.

    Args:
        config: the audit configuration (YAML).
        period: ``2026Q3``, ``2026-08`` or ``2026-07-01..2026-09-30``; default: the last
            full quarter.
        as_of: ``YYYY-MM-DD`` (history read up to the end of that day, company time) or an
            ISO time in UTC; default: the end of the period.
        out_dir: where to write the run's files (none: write nothing).
        show_personal_data: unmask (default: the configuration's ``output`` setting).
        launched_at: ``time.time()`` when the run was launched, to time the kernel's start.
        checks: comma-separated check ids to run (default: every check); the report names them.

    Raises:
        ConfigError, DataError: the configuration, mapping or data cannot be used.
    """
    started = dt.datetime.now(dt.UTC)
    timings: dict[str, float] = {}
    if launched_at:
        timings["kernel start"] = max(0.0, time.time() - launched_at)
    clock = time.perf_counter()
    rulebook = load_rulebook()
    cfg = load_config(config, rulebook)
    tz = cfg.profile.timezone
    the_period = audit_period(period, tz)
    when = parse_as_of(as_of, tz) if as_of else the_period.end_utc
    run_id = run_id or new_run_id(the_period)
    progress(f"{cfg.profile.name}: audit {the_period}, as of {when:%Y-%m-%d %H:%M} UTC")
    settings = cfg.engine
    sources: tuple[Source, ...] = ()
    if not settings.canonical:
        where = str(cfg.mapping_path or cfg.path)
        sources = parse_mapping(cfg.mapping, cfg.mapping_dir, where=where)
    only = parse_check_ids(checks)
    timings["configuration"] = time.perf_counter() - clock

    clock = time.perf_counter()
    engine, load, inputs = _open(cfg, sources, progress)
    timings["loading"] = time.perf_counter() - clock

    try:
        clock = time.perf_counter()
        run = run_checks(engine, cfg, rulebook, the_period, when, only, progress, keep_sql=True)
        timings["checks"] = time.perf_counter() - clock

        clock = time.perf_counter()
        result = _gather(
            cfg, rulebook, run, load, inputs, the_period, run_id, started, engine, only
        )
        masked = (
            cfg.output.mask_personal_data if show_personal_data is None else not show_personal_data
        )
        result = _with_info(result, masked, timings, config, as_of, checks)
        timings["comparing"] = time.perf_counter() - clock
        if out_dir:
            from privacykit.audit.outputs import write_run_files

            result = write_run_files(result, Path(out_dir), engine)
    finally:
        engine.close()
    progress(_headline(result))
    return result


def _open(
    cfg: AuditConfig, sources: tuple[Source, ...], progress: Callable[[str], None]
) -> tuple[Engine, LoadReport, tuple[InputFile, ...]]:
    """Load the mapped sources (DuckDB) or open the canonical tables, on the chosen engine."""
    settings = cfg.engine
    session = spark_session(settings.spark) if settings.name == "spark" else None
    if settings.canonical:
        shown = shown_location(settings.canonical)
        progress(f"reading the canonical tables in {shown} on {settings.name}")
        con = connect_duckdb(settings.duckdb) if settings.name == "duckdb" else None
        engine = open_canonical(settings.canonical, settings.name, con=con, session=session)
        load = LoadReport(coverage=coverage_of(engine.tables))
        inputs = canonical_inputs(engine)
        for name, got in engine.found.items():
            progress(f"  table {name}: {got}")
        return engine, load, inputs
    progress(f"loading {len(sources)} sources")
    con = connect_duckdb(settings.duckdb)
    load = load_sources(sources, con)
    for table in sorted({c.table for c in load.counts}):
        read, loaded, quarantined = load.totals(table)
        progress(f"  table {table}: {read:,} read, {loaded:,} loaded, {quarantined:,} quarantined")
    inputs = hash_inputs(sources, load)
    if session is None:
        return from_duckdb(con), load, inputs
    progress("handing the loaded tables to Spark")
    return to_spark(con, session), load, inputs


def _gather(
    cfg: AuditConfig,
    rulebook: Rulebook,
    run: AuditRun,
    load: LoadReport,
    inputs: tuple[InputFile, ...],
    period: Period,
    run_id: str,
    started: dt.datetime,
    engine: Engine,
    only: list[str] | None = None,
) -> AuditResult:
    """Gather each rule's rows, mark waived rows, fingerprint them, compare with earlier runs.

    A finding judged through another rule's check holds that rule's rows: here each row takes
    its finding's rule (the rule it is evidence for; ``judged_by`` keeps the rule that judged
    it), so waivers, counts, findings files and remediation lists all see every rule's rows.
    """
    frames = [
        f.rows.assign(judged_by=f.rows["rule_id"], rule_id=f.rule_id, check_id=f.check_id)
        for f in run.findings
        if not f.rows.empty
    ]
    empty = run.rows.iloc[0:0].assign(judged_by=None, check_id=None)
    raw = pd.concat(frames, ignore_index=True) if frames else empty
    rows, uses = apply_waivers(raw, cfg.policy.waivers, period, engine.tables)
    rows["fingerprint"] = history.fingerprints(rows)
    groups = {}
    if not rows.empty:
        groups = {k: g.reset_index(drop=True) for k, g in rows.groupby(["rule_id", "check_id"])}
    findings = []
    for f in run.findings:
        mine = groups.get((f.rule_id, f.check_id))
        if mine is None:
            findings.append(f)
            continue
        status = f.status
        if f.status in (Status.VIOLATION, Status.WARNING, Status.PASS):
            status = status_of_verdicts(mine.loc[mine["waived_by"].isna(), "verdict"])
        findings.append(replace(f, rows=mine, status=status))
    run = replace(run, findings=tuple(findings), rows=rows)
    cfg_id = history.config_id(cfg.path, cfg.profile.name)
    earlier = history.earlier_runs(cfg.output.history_folder, cfg_id)
    ran = set(only) if only else None
    comparison = history.compare(rows, history.baseline(earlier, period.label), ran)
    open_rows = rows[rows["waived_by"].isna()] if not rows.empty else rows
    this = HistoryPoint(
        run_id,
        period.label,
        dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        int((open_rows["verdict"] == "violation").sum()) if not rows.empty else 0,
        int((open_rows["verdict"] == "warning").sum()) if not rows.empty else 0,
    )
    info = RunInfo(
        run_id=run_id,
        company=cfg.profile.name,
        config_name=cfg.path.name,
        period_label=period.label,
        period_first=period.first,
        period_last=period.last,
        timezone=period.timezone,
        as_of=run.as_of,
        rulebook_version=rulebook.version,
        kit_version=__version__,
        library_versions=library_versions(run.holidays_version),
        parameters={},
        show_personal_data=not cfg.output.mask_personal_data,
        started_at=started,
    )
    return AuditResult(
        info=info,
        config=cfg,
        rulebook=rulebook,
        run=run,
        load=load,
        coverage_warnings=tuple(
            coverage_warnings(load.coverage, period, tuple(c.value for c in cfg.profile.channels))
        ),
        inputs=inputs,
        waivers=uses,
        comparison=comparison,
        trend=history.trend([r for r in earlier if history.is_full(r)], this),
        queries=dict(run.queries),
        lessons=find_lessons(),
    )


def parse_check_ids(text: str) -> list[str] | None:
    """Return the check ids asked for, or None for all; an unknown id is a ConfigError."""
    from privacykit.checks.registry import all_checks

    ids = [c.strip() for c in (text or "").split(",") if c.strip()]
    if not ids:
        return None
    known = all_checks().ids()
    unknown = [c for c in ids if c not in known]
    if unknown:
        message = f"unknown check ids {', '.join(unknown)}; known: {', '.join(known)}"
        raise ConfigError([Problem(message, "--checks")])
    return ids


def _with_info(
    result: AuditResult,
    masked: bool,
    timings: dict[str, float],
    config: str | Path,
    as_of: str | None,
    checks: str = "",
) -> AuditResult:
    """Record the run's parameters (no secret is ever a parameter), masking and timings."""
    info = replace(
        result.info,
        show_personal_data=not masked,
        timings=timings,
        parameters={
            "config": str(config),
            "period": result.info.period_label,
            "as_of": as_of or "",
            "run_id": result.info.run_id,
            "show_personal_data": not masked,
            "checks": checks or "all",
            # Where the checks ran, and what they read (a URI without user or query).
            "engine": result.config.engine.name,
            "canonical": shown_location(result.config.engine.canonical or "") or "",
        },
    )
    return replace(result, info=info)


def parse_as_of(text: str, timezone: str) -> dt.datetime:
    """Return the as-of instant (naive UTC): a date means the end of that day, company time."""
    text = text.strip()
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        pass
    else:
        local = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), ZoneInfo(timezone))
        return local.astimezone(dt.UTC).replace(tzinfo=None)
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise ConfigError(
            [Problem(f"as-of {text!r} is not a date (YYYY-MM-DD) or an ISO time", "--as-of")]
        ) from None
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment


def new_run_id(period: Period) -> str:
    """Return a sortable, unique run id: the period, the UTC time and a short random tag."""
    now = dt.datetime.now(dt.UTC)
    return f"{now:%Y%m%dT%H%M%SZ}-{period.label}-{uuid.uuid4().hex[:6]}"


def _headline(result: AuditResult) -> str:
    f = result.run.findings
    return (
        f"done: {sum(x.violations for x in f):,} violation rows, "
        f"{sum(x.warnings for x in f):,} warning rows in {len(f)} rule findings"
    )
