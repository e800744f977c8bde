"""Fingerprints, and what earlier runs of the same configuration found.

A finding's fingerprint is stable across runs: a hash of its rule, its check and the judged
record's key (the record's table and id, or its customer, channel and time when the record has
no id; never the address). Each run folder keeps ``history.json`` (its counts) and
``findings.parquet`` (its fingerprints); a later run reads the full runs of the same
configuration to say what is new, recurring or resolved, and to draw the trend.
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
# A record without an id: its customer and time (never the raw address: a fingerprint is
# shown beside masked values and a short hash of a phone number could be reversed).
FALLBACK_KEY = ("customer_id", "channel", "event_at")


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


def is_full(record: dict[str, Any]) -> bool:
    """Return True for a run of every check (a ``--checks`` run is no baseline, no trend point)."""
    return bool(record.get("checks", "all") == "all")


def baseline(records: list[dict[str, Any]], period: str) -> dict[str, Any] | None:
    """Return the run to compare with: the last full run of this period, else the last full run.

    ``records`` are oldest first. Comparing with the same period says what a re-run fixed;
    failing that, the previous quarter says which findings persist into this one.
    """
    full = [r for r in records if is_full(r)]
    same = [r for r in full if r.get("period") == period]
    pick = same or full
    return pick[-1] if pick else None


def compare(
    rows: pd.DataFrame, previous: dict[str, Any] | None, ran: set[str] | None = None
) -> Comparison:
    """Compare this run's violation and warning rows with the previous run's, by fingerprint.

    ``ran``: the checks this run ran when not all of them; rows of other checks in the
    previous run are not called resolved.
    """
    mine = _open_fingerprints(rows)
    if previous is None:
        return Comparison(None, frozenset(mine), frozenset(), {})
    path = Path(previous["_folder"]) / FINDINGS_FILE
    cols = ["fingerprint", "rule_id", "check_id", "verdict", "waived_by"]
    try:
        before = pd.read_parquet(path)
        before = before[[c for c in cols if c in before.columns]]
    except (OSError, ValueError, KeyError):
        before = pd.DataFrame(columns=cols)
    if "waived_by" in before.columns:
        before = before[before["waived_by"].isna()]
    if ran is not None:
        before = before[before["check_id"].isin(ran)]
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
    return Comparison(
        str(previous.get("run_id")), new, recurring, resolved, str(previous.get("period", ""))
    )


def _open_fingerprints(rows: pd.DataFrame) -> set[str]:
    if rows.empty:
        return set()
    keep = rows["verdict"].isin(("violation", "warning"))
    if "waived_by" in rows.columns:
        keep &= rows["waived_by"].isna()
    return set(rows.loc[keep, "fingerprint"])


def trend(records: list[dict[str, Any]], this: HistoryPoint) -> tuple[HistoryPoint, ...]:
    """Return the trend points: earlier runs (oldest first), then this run."""
    points = []
    for r in records:
        try:
            violations, warnings = int(r.get("violations", 0)), int(r.get("warnings", 0))
        except (TypeError, ValueError):
            continue  # a damaged record is not a point
        points.append(
            HistoryPoint(
                str(r.get("run_id")),
                str(r.get("period")),
                str(r.get("finished_at")),
                violations,
                warnings,
            )
        )
    return (*points, this)
