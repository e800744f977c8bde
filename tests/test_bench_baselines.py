"""The benchmark's hand-written SQL baselines return exactly their checks' rows on the sample.

benchmarks/scale.py times E1, T1 and T4 against one plain DuckDB query each
(benchmarks/baseline/<id>.sql); the ratio means something only while each query finds the same
records with the same verdicts as its check. On the 1,000-customer sample (planted violations
and near-misses on every boundary these checks read), each baseline must return the check's
rows exactly, and a baseline with one rule value changed must not: the comparison can fail.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import duckdb
import pandas as pd
import pytest

from privacykit.audit.runner import AuditRun, run_checks
from privacykit.config import load_config
from privacykit.period import Period, parse_period
from privacykit.rulebook import Rulebook
from privacykit.sample.generate import generate
from privacykit.schema.check import run_map_check

SCALE = Path(__file__).resolve().parents[1] / "benchmarks" / "scale.py"
CHECKS = ("E1", "T1", "T4")
# The columns that identify a row and its judgement; basis_at (the opt-out's receipt, the
# registration day) where the check's evidence and the baseline both carry it.
KEYS = {
    "E1": ["record_id", "rule_id", "verdict", "basis_at"],
    "T1": ["record_id", "rule_id", "verdict"],
    "T4": ["record_id", "rule_id", "verdict", "basis_at"],
}
# One rule value changed in each baseline: the rows must then differ from the check's.
MUTATIONS = {
    "E1": ("n_strict + 10", "n_strict + 9"),
    "T1": ("sod < 32400", "sod < 28800"),
    "T4": ("INTERVAL 18 MONTH", "INTERVAL 17 MONTH"),
}


@dataclass
class Sample:
    con: duckdb.DuckDBPyConnection
    period: Period
    timezone: str
    run: AuditRun
    scale: ModuleType


def _scale_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_scale", SCALE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory, rulebook: Rulebook) -> Iterator[Sample]:
    summary = generate(tmp_path_factory.mktemp("bench") / "s", 1000, 7)
    config = load_config(summary.config, rulebook)
    period = parse_period("2026Q3", config.profile.timezone)
    con = run_map_check(config, period).con
    run = run_checks(con, config, rulebook, period, only=CHECKS)
    scale = _scale_module()
    scale.register_reference(con, *scale.reference_span(period.start_utc, period.end_utc))
    yield Sample(con, period, config.profile.timezone, run, scale)
    con.close()


def _baseline(s: Sample, check_id: str, sql: str | None = None) -> pd.DataFrame:
    p = s.period
    if sql is None:
        out: pd.DataFrame = s.scale.run_baseline(
            s.con, check_id, p.start_utc, p.end_utc, p.end_utc, s.timezone
        )
        return out
    params = {"start": p.start_utc, "end": p.end_utc, "as_of": p.end_utc, "tz": s.timezone}
    code = "\n".join(line.split("--")[0] for line in sql.splitlines())
    used = {k: v for k, v in params.items() if f"${k}" in code}
    return s.con.sql(sql, params=used).to_arrow_table().to_pandas()


def _keys(rows: pd.DataFrame, check_id: str) -> list[tuple[Any, ...]]:
    cols = KEYS[check_id]
    return sorted(tuple(str(v) for v in r) for r in rows[cols].itertuples(index=False))


@pytest.mark.parametrize("check_id", CHECKS)
def test_baseline_returns_the_checks_rows(sample: Sample, check_id: str) -> None:
    mine = sample.run.rows[sample.run.rows["check_id"] == check_id]
    # The sample holds violations and warnings of each (a comparison of empty sets proves
    # nothing); E1 also returns its passes (emails inside the grace window).
    verdicts = set(mine["verdict"])
    assert {"violation", "warning"} <= verdicts, verdicts
    if check_id == "E1":
        assert "pass" in verdicts
    errors = [f.error for f in sample.run.findings if f.check_id == check_id and f.error]
    assert not errors
    base = _baseline(sample, check_id)
    assert _keys(base, check_id) == _keys(mine, check_id)


@pytest.mark.parametrize("check_id", CHECKS)
def test_a_changed_baseline_is_caught(sample: Sample, check_id: str) -> None:
    sql = (sample.scale.BASELINES / f"{check_id}.sql").read_text()
    old, new = MUTATIONS[check_id]
    assert old in sql, f"{check_id}.sql no longer holds {old!r}: update MUTATIONS"
    mine = sample.run.rows[sample.run.rows["check_id"] == check_id]
    changed = _baseline(sample, check_id, sql.replace(old, new))
    assert _keys(changed, check_id) != _keys(mine, check_id)
