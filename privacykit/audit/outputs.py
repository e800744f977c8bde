"""Write one run's files: findings, quarantine, remediation lists, history and manifest.

Findings files are masked unless the run shows personal data; the remediation lists hold the
raw, normalised identifiers a team needs to act on (the only raw personal data of a run, as the
manifest says). Every file is written atomically; ``privacykit audit`` adds the report and
moves the whole folder into place.
"""

from __future__ import annotations

import io
import json
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import pandas as pd

from privacykit.audit.findings import Status
from privacykit.audit.history import FINDINGS_FILE, HISTORY_FILE, config_id
from privacykit.audit.inputs import sha256_file
from privacykit.audit.masking import mask_evidence
from privacykit.audit.remediation import remediation_lists
from privacykit.audit.result import AuditResult
from privacykit.engine import Engine
from privacykit.fsutil import write_atomic
from privacykit.report.csvsafe import write_csv

MANIFEST = "manifest.json"
REMEDIATION = "remediation"
PERSONAL_DATA = (
    "Personal data is masked in report.html, audit.ipynb, findings.* and quarantine.csv{unmasked}. "
    "remediation/*.csv holds raw, normalised identifiers (numbers, email addresses, customer "
    "ids) so the team can act on them: keep them as confidential as the source data."
)


def findings_frame(result: AuditResult) -> pd.DataFrame:
    """Return every evidence row with its rule's severity, new/recurring state, masked or not."""
    rows = result.run.rows
    if not result.info.show_personal_data:
        rows = mask_evidence(rows)
    severity = {f.rule_id: f.severity.value for f in result.run.findings}
    rows = rows.assign(
        severity=rows["rule_id"].map(severity),
        state=rows["fingerprint"].map(
            lambda fp: result.comparison.state(fp) if isinstance(fp, str) else None
        ),
    )
    first = ["fingerprint", "rule_id", "check_id", "severity", "verdict", "state", "waived_by"]
    return rows[first + [c for c in rows.columns if c not in first]]


def write_run_files(result: AuditResult, out: Path, engine: Engine) -> AuditResult:
    """Write the run's data files into ``out`` and return the result with remediation counts."""
    started = time.perf_counter()
    out.mkdir(parents=True, exist_ok=True)
    frame = findings_frame(result)
    _write_parquet(out / FINDINGS_FILE, frame)
    write_csv(out / "findings.csv", frame)
    columns = ["table", "source", "file", "row", "reason"]
    quarantine = pd.DataFrame({c: pd.Series(dtype="object") for c in columns})
    if engine.quarantine is not None:
        q = engine.quarantine
        q = q.select(table=q.table_name, source=q.source, file=q.file, row=q.row, reason=q.reason)
        quarantine = q.order_by(*columns[:4]).to_pyarrow().to_pandas()
    write_csv(out / "quarantine.csv", quarantine)
    counts = {}
    for name, lst in remediation_lists(result.run.rows, result.rulebook).items():
        write_csv(out / REMEDIATION / name, lst)
        counts[name] = len(lst)
    timings = {**result.info.timings, "writing files": time.perf_counter() - started}
    result = replace(result, remediation=counts, info=replace(result.info, timings=timings))
    write_atomic(out / HISTORY_FILE, json.dumps(history_record(result), indent=2) + "\n")
    write_atomic(out / MANIFEST, json.dumps(manifest(result), indent=2, default=str) + "\n")
    return result


def _write_parquet(path: Path, frame: pd.DataFrame) -> None:
    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False)
    write_atomic(path, buffer.getvalue())


def counts(result: AuditResult) -> dict[str, int]:
    """Return the rules per status (a rule's worst finding) and the evidence rows per verdict.

    The rows are those of ``run.rows`` (each rule's own evidence, waived rows apart), counted
    once for this run's history point: the report's headline and the findings files count them.
    """
    worst: dict[str, Status] = {}
    for f in result.run.findings:
        if f.rule_id not in worst or f.status.rank > worst[f.rule_id].rank:
            worst[f.rule_id] = f.status
    by_status = Counter(s.value for s in worst.values())
    out = {f"rules {s}": n for s, n in sorted(by_status.items())}
    rows = result.run.rows
    out["violation rows"] = result.trend[-1].violations
    out["warning rows"] = result.trend[-1].warnings
    out["waived rows"] = int(rows["waived_by"].notna().sum()) if len(rows) else 0
    out["quarantined rows"] = sum(c.quarantined for c in result.load.counts)
    return out


def history_record(result: AuditResult) -> dict[str, Any]:
    """Return the small record later runs of the same configuration read."""
    this = result.trend[-1]
    return {
        "run_id": result.info.run_id,
        "config_id": config_id(result.config.path, result.info.company),
        "company": result.info.company,
        "period": result.info.period_label,
        "checks": result.info.parameters.get("checks", "all"),
        "finished_at": this.finished_at,
        "violations": this.violations,
        "warnings": this.warnings,
        "counts": counts(result),
    }


def manifest(result: AuditResult) -> dict[str, Any]:
    """Return the kernel's part of the manifest (``privacykit audit`` adds files and timings)."""
    info = result.info
    cfg = result.config
    configs = [cfg.path] + ([cfg.mapping_path] if cfg.mapping_path else [])
    return {
        "kit": "privacykit",
        "kit_version": info.kit_version,
        "rulebook_version": info.rulebook_version,
        "run_id": info.run_id,
        "company": info.company,
        "period": {
            "label": info.period_label,
            "first": info.period_first.isoformat(),
            "last": info.period_last.isoformat(),
            "timezone": info.timezone,
        },
        "as_of_utc": info.as_of.isoformat(),
        "parameters": dict(info.parameters),
        "show_personal_data": info.show_personal_data,
        "personal_data": PERSONAL_DATA.format(
            unmasked=" (UNMASKED in this run: --show-personal-data)"
            if info.show_personal_data
            else ""
        ),
        "configuration": [
            {"path": str(p), "sha256": sha256_file(p)[0]} for p in configs if p.is_file()
        ],
        "inputs": [vars(i) for i in result.inputs],
        "library_versions": dict(info.library_versions),
        "started_at": info.started_at.isoformat(timespec="seconds"),
        "timings_seconds": {k: round(v, 3) for k, v in info.timings.items()},
        "check_seconds": {k: round(v, 3) for k, v in result.run.seconds.items()},
        "counts": counts(result),
        "finding_statuses": [
            {
                "rule": f.rule_id,
                "check": f.check_id,
                "status": f.status.value,
                "severity": f.severity.value,
                "violations": f.violations,
                "warnings": f.warnings,
            }
            for f in result.run.findings
        ],
        "remediation_rows": dict(result.remediation),
        "waivers": [
            {
                "rule": w.waiver.rule_id,
                "scope": w.waiver.scope,
                "state": w.state,
                "rows_waived": w.rows_waived,
            }
            for w in result.waivers
        ],
    }
