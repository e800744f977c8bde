"""Every check gives the same rows on Apache Spark as on DuckDB, on the sample company.

The sample company is loaded once, by the loader (DuckDB, through its mapping); the audit of
2026Q3 runs on those tables with DuckDB, and on Spark with the same tables handed over as
canonical Parquet (``privacykit.engine.to_spark``). Compared: every evidence row of every
registered check, every column (texts, times, verdicts), in a canonical order.

For the comparison to mean something, each check must have, in that quarter, at least one
violation and at least one compliant near-miss: a record the sample's answer key labels 'pass'
for the check (one second inside a calling window, an opt-out honoured on the last business
day, ...) that the quarter judges and that neither engine flags.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
import yaml

from privacykit.audit.runner import AuditRun, run_checks
from privacykit.audit.session import run_audit
from privacykit.checks.registry import all_checks
from privacykit.cli import main
from privacykit.config import load_config
from privacykit.engine import export_canonical, from_duckdb, open_canonical, to_spark
from privacykit.errors import DataError
from privacykit.period import parse_period
from privacykit.rulebook import Rulebook
from privacykit.sample.generate import generate
from privacykit.schema.check import run_map_check
from privacykit.schema.coverage import Coverage, coverage, coverage_of
from tests.audit.test_sample_findings import Sample, judged_in

PERIOD = "2026Q3"


@dataclass
class Runs:
    duckdb: AuditRun
    spark: AuditRun
    judged: set[tuple[str, str]]  # (table, record) the quarter judges
    labels: list[dict[str, str]]
    sample: Sample
    spark_coverage: list[Coverage]  # coverage_of() the tables on Spark


@pytest.fixture(scope="module")
def runs(
    tmp_path_factory: pytest.TempPathFactory, rulebook: Rulebook, spark: Any
) -> Iterator[Runs]:
    out = tmp_path_factory.mktemp("parity") / "s"
    summary = generate(out, 1000, 7)
    config = load_config(summary.config, rulebook)
    period = parse_period(PERIOD, config.profile.timezone)
    con = run_map_check(config, period).con
    with Path(summary.labels).open(encoding="utf-8") as f:
        labels = list(csv.DictReader(f))
    on_duckdb = run_checks(from_duckdb(con), config, rulebook, period)
    engine = to_spark(con, spark)
    try:
        on_spark = run_checks(engine, config, rulebook, period)
        spark_coverage = coverage_of(engine.tables)
    finally:
        engine.close()
    sample = Sample(config, con, labels, {})
    yield Runs(on_duckdb, on_spark, judged_in(sample, PERIOD), labels, sample, spark_coverage)
    con.close()


def canonical(rows: pd.DataFrame) -> pd.DataFrame:
    """Every value as text (a time as ISO, a null as ''), rows in one order."""
    text = rows.astype(object).where(rows.notna(), None)
    text = text.map(
        lambda v: "" if v is None else v.isoformat() if hasattr(v, "isoformat") else str(v)
    )
    return text.sort_values(list(text.columns), kind="stable").reset_index(drop=True)


def test_no_check_ends_in_error_on_either_engine(runs: Runs) -> None:
    for run in (runs.duckdb, runs.spark):
        assert [(f.check_id, f.error) for f in run.findings if f.error] == []


@pytest.mark.parametrize("check_id", all_checks().ids())
def test_same_rows_with_the_same_verdicts(runs: Runs, check_id: str) -> None:
    d = runs.duckdb.rows[runs.duckdb.rows["check_id"] == check_id]
    s = runs.spark.rows[runs.spark.rows["check_id"] == check_id]
    pd.testing.assert_frame_equal(canonical(d), canonical(s))


@pytest.mark.parametrize("check_id", all_checks().ids())
def test_each_check_has_a_violation_and_a_compliant_near_miss(runs: Runs, check_id: str) -> None:
    mine = [lab for lab in runs.labels if lab["check"] == check_id]
    for run in (runs.duckdb, runs.spark):
        rows = run.rows[run.rows["check_id"] == check_id]
        assert (rows["verdict"] == "violation").any(), f"{check_id}: no violation in {PERIOD}"
        flagged = set(rows.loc[rows["verdict"] != "pass", "record_id"])
        near = [
            lab["record_id"]
            for lab in mine
            if lab["expected"] == "pass"
            and (lab["period"] == PERIOD or (not lab["period"] and _judged(runs, lab)))
            and lab["record_id"] not in flagged
        ]
        assert near, f"{check_id}: no compliant near-miss judged in {PERIOD}"


def _judged(runs: Runs, lab: dict[str, str]) -> bool:
    return (lab["table"], lab["record_id"]) in runs.judged


def test_coverage_is_the_loaders_on_both_engines(runs: Runs) -> None:
    """Which months each table (and each contact channel) covers: the same from Ibis on DuckDB
    and on Spark as from the loader's SQL, so a canonical folder gets the same warnings."""
    loader = coverage(runs.sample.con)
    assert any(c.channel == "call" and c.months for c in loader)
    assert coverage_of(from_duckdb(runs.sample.con).tables) == loader
    assert runs.spark_coverage == loader


def test_canonical_parquet_read_where_it_is_gives_the_loaders_rows(
    tmp_path: Path, runs: Runs, rulebook: Rulebook
) -> None:
    """The canonical folder a team would keep in its lake gives the loader's findings."""
    export_canonical(runs.sample.con, tmp_path / "canonical")
    only = ("T1", "E1", "P9")
    config = runs.sample.config
    engine = open_canonical(tmp_path / "canonical", "duckdb")
    got = run_checks(
        engine, config, rulebook, parse_period(PERIOD, config.profile.timezone), only=only
    )
    want = runs.duckdb.rows[runs.duckdb.rows["check_id"].isin(only)]
    pd.testing.assert_frame_equal(canonical(got.rows), canonical(want))


def test_export_canonical_writes_every_table_and_refuses_a_foreign_folder(
    tmp_path: Path, runs: Runs, capsys: pytest.CaptureFixture[str]
) -> None:
    config = str(runs.sample.config.path)
    out = tmp_path / "canonical"
    assert main(["export-canonical", "--config", config, "--to", str(out)]) == 0
    written = {p.stem for p in out.glob("*.parquet")}
    assert {"contacts", "customers", "people", "suppressions", "load_quarantine"} <= written
    assert "rows quarantined" in capsys.readouterr().out
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("keep me")
    assert main(["export-canonical", "--config", config, "--to", str(mine)]) == 2
    assert "exists and is not a canonical export" in capsys.readouterr().err
    assert (mine / "notes.txt").read_text() == "keep me"


def test_a_canonical_folder_missing_columns_and_derived_tables_says_all(tmp_path: Path) -> None:
    folder = tmp_path / "lake"
    folder.mkdir()
    pd.DataFrame({"customer_id": ["C1"], "email": ["a@example.com"]}).to_parquet(
        folder / "customers.parquet"
    )
    pd.DataFrame({"contact_id": ["M1"]}).to_parquet(folder / "contacts.parquet")
    with pytest.raises(DataError) as info:
        open_canonical(folder, "duckdb")
    text = str(info.value)
    assert "contacts.parquet, field 'channel': required column 'channel' is missing" in text
    assert "the derived table 'people' is missing" in text
    assert "the derived table 'suppressions' is missing" in text


def test_the_audit_runs_on_spark_from_the_canonical_folder(
    tmp_path: Path, runs: Runs, spark: Any
) -> None:
    """`engine: spark` + `canonical:` in the configuration: the kernel's audit, both engines."""
    del spark  # the test session's Spark, which run_audit takes up (no master configured)
    export_canonical(runs.sample.con, tmp_path / "canonical")
    doc = yaml.safe_load(runs.sample.config.path.read_text(encoding="utf-8"))
    del doc["mapping"]
    got = {}
    for engine in ("duckdb", "spark"):
        cfg = tmp_path / f"{engine}.yaml"
        extra = (
            {"spark": {"conf": {"spark.sql.shuffle.partitions": 2}}} if engine == "spark" else {}
        )
        cfg.write_text(yaml.safe_dump({**doc, "engine": engine, "canonical": "canonical", **extra}))
        out = tmp_path / f"run-{engine}"
        result = run_audit(cfg, PERIOD, out_dir=out, checks="E1,T1,P27", progress=lambda _: None)
        assert not [f for f in result.run.findings if f.error]
        got[engine] = pd.read_parquet(out / "findings.parquet")
        inputs = {i.table: i for i in result.inputs}
        assert (
            inputs["contacts"].rows_read
            == runs.sample.con.execute("SELECT count(*) FROM contacts").fetchall()[0][0]
        )
        assert len(inputs["contacts"].sha256) == 64
    assert len(got["duckdb"]) > 0
    pd.testing.assert_frame_equal(canonical(got["duckdb"]), canonical(got["spark"]))
