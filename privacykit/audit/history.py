"""Fingerprints, and what earlier runs of the same configuration found.

A finding's fingerprint is stable across runs: a hash of its rule, its check and the judged
record's key (the record's table and id, or its customer, address and time when the record has
no id). Each run folder keeps ``history.json`` (its counts) and ``findings.parquet`` (its
fingerprints); a later run reads the runs of the same configuration to say what is new,
recurring or resolved, and to draw the trend.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pandas as pd

from privacykit.audit.result import Comparison, HistoryPoint

HISTORY_FILE = "history.json"
FINDINGS_FILE = "findings.parquet"
RUNS = "runs"  # <output>/runs/<run id>/ holds each finished run
KEY = ("rule_id", "check_id", "record_table", "record_id")
FALLBACK_KEY = ("customer_id", "address", "event_at")


def fingerprints(rows: pd.DataFrame) -> pd.Series:
    """Return a 16-hex-digit fingerprint per evidence row (rule, check, record key)."""
    if rows.empty:
        return pd.Series([], dtype="object", index=rows.index)

    def one(row: Any) -> str:
        parts = [_text(getattr(row, k)) for k in KEY]
        if not parts[3]:
            parts += [_text(getattr(row, k)) for k in FALLBACK_KEY]
        return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:16]

    cols = [c for c in (*KEY, *FALLBACK_KEY) if c in rows.columns]
    return pd.Series([one(r) for r in rows[cols].itertuples(index=False)], index=rows.index)


def _text(value: object) -> str:
    if value is None or (isinstance(value, float) and value != value) or value is pd.NaT:
        return ""
    if value is pd.NA:
        return ""
    return str(value)


def config_id(config_path: Path, company: str) -> str:
    """Return the id that ties runs of one configuration together (its path and company)."""
    text = f"{config_path.resolve()}\x1f{company}"
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def earlier_runs(folder: Path, cfg_id: str) -> list[dict[str, Any]]:
    """Return the history records of finished runs of ``cfg_id`` under ``folder``, oldest first.

    Only folders under ``runs/`` whose name does not start with a dot and that hold a
    history record count: a half-built run (``.partial-...``) is never read.
    """
    records = []
    runs = folder / RUNS
    if not runs.is_dir():
        return []
    for run in sorted(runs.iterdir()):
        if run.name.startswith(".") or not (run / HISTORY_FILE).is_file():
            continue
        try:
            record = json.loads((run / HISTORY_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue  # an unreadable record is not history
        if isinstance(record, dict) and record.get("config_id") == cfg_id:
            record["_folder"] = str(run)
            records.append(record)
    return sorted(records, key=lambda r: str(r.get("finished_at", "")))


def compare(rows: pd.DataFrame, previous: dict[str, Any] | None) -> Comparison:
    """Compare this run's violation and warning rows with the previous run's, by fingerprint."""
    mine = _open_fingerprints(rows)
    if previous is None:
        return Comparison(None, frozenset(mine), frozenset(), {})
    path = Path(previous["_folder"]) / FINDINGS_FILE
    try:
        before = pd.read_parquet(path, columns=["fingerprint", "rule_id", "check_id", "verdict"])
    except (OSError, ValueError, KeyError):
        before = pd.DataFrame(columns=["fingerprint", "rule_id", "check_id", "verdict"])
    if "waived_by" in before.columns:
        before = before[before["waived_by"].isna()]
    before = before[before["verdict"].isin(("violation", "warning"))]
    old = dict(
        zip(
            before["fingerprint"],
            zip(before["rule_id"], before["check_id"], strict=True),
            strict=True,
        )
    )
    new = frozenset(set(mine) - set(old))
    recurring = frozenset(set(mine) & set(old))
    resolved = {fp: old[fp] for fp in sorted(set(old) - set(mine))}
    return Comparison(str(previous.get("run_id")), new, recurring, resolved)


def _open_fingerprints(rows: pd.DataFrame) -> set[str]:
    if rows.empty:
        return set()
    keep = rows["verdict"].isin(("violation", "warning"))
    if "waived_by" in rows.columns:
        keep &= rows["waived_by"].isna()
    return set(rows.loc[keep, "fingerprint"])


def trend(records: list[dict[str, Any]], this: HistoryPoint) -> tuple[HistoryPoint, ...]:
    """Return the trend points: earlier runs (oldest first), then this run."""
    points = [
        HistoryPoint(
            str(r.get("run_id")),
            str(r.get("period")),
            str(r.get("finished_at")),
            int(r.get("violations", 0)),
            int(r.get("warnings", 0)),
        )
        for r in records
    ]
    return (*points, this)
