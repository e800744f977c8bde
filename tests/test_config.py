"""The audit configuration: profile, mapping (path or inline), overrides and waivers."""

from __future__ import annotations

from pathlib import Path

import pytest

from privacykit.config import load_config
from privacykit.errors import ConfigError
from privacykit.rulebook import Rulebook
from privacykit.rulebook.models import Severity

COMPANY = """company:
  name: Acme
  industries: [retail]
  jurisdictions: [US-OH]
  channels: [email, sms]
  timezone: America/New_York
"""


def test_mapping_by_path_resolves_next_to_the_config(tmp_path: Path, rulebook: Rulebook) -> None:
    (tmp_path / "maps").mkdir()
    (tmp_path / "maps" / "mapping.yaml").write_text("sources: []\n")
    cfg = tmp_path / "audit.yaml"
    cfg.write_text(COMPANY + "mapping: maps/mapping.yaml\n")
    config = load_config(cfg, rulebook)
    assert config.mapping == {"sources": []}
    assert config.mapping_dir == (tmp_path / "maps").resolve()
    assert config.profile.timezone == "America/New_York"


def test_inline_mapping(tmp_path: Path, rulebook: Rulebook) -> None:
    cfg = tmp_path / "audit.yaml"
    cfg.write_text(COMPANY + "mapping:\n  sources: []\n")
    assert load_config(cfg, rulebook).mapping == {"sources": []}


def test_every_problem_at_once(tmp_path: Path, rulebook: Rulebook) -> None:
    cfg = tmp_path / "audit.yaml"
    cfg.write_text(
        COMPANY.replace("America/New_York", "Eastern")
        + "mapping: missing.yaml\noverrides:\n"
        + "  - {rule: TCPA-CALL-HOURS, parameter: window_end, value: '22:00'}\n"
        + "output: runs/\nreport: {}\n"
    )
    with pytest.raises(ConfigError) as info:
        load_config(cfg, rulebook)
    text = str(info.value)
    assert "'Eastern' is not an IANA time zone" in text
    assert "missing.yaml, field 'mapping': mapping: file not found" in text
    assert "looser than the law" in text
    known = "company, mapping, overrides, waivers, output, engine, duckdb, spark, canonical"
    assert f"field 'report': unknown key; known keys: {known}" in text
    assert "field 'output': output is a mapping with folder, mask_personal_data" in text


def test_not_yaml(tmp_path: Path, rulebook: Rulebook) -> None:
    cfg = tmp_path / "audit.yaml"
    cfg.write_text("company: [unclosed\n")
    with pytest.raises(ConfigError, match=r"audit\.yaml: not valid YAML"):
        load_config(cfg, rulebook)


def test_output_settings(tmp_path: Path, rulebook: Rulebook) -> None:
    cfg = tmp_path / "audit.yaml"
    cfg.write_text(COMPANY + "output: {folder: out, fail_on: HIGH, mask_personal_data: false}\n")
    out = load_config(cfg, rulebook).output
    assert out.folder == (tmp_path / "out").resolve()
    assert out.history_folder == out.folder
    assert out.fail_on is Severity.HIGH and out.mask_personal_data is False
    assert (
        load_config(_write(tmp_path, COMPANY), rulebook).output.folder
        == (tmp_path / "audit-runs").resolve()
    )


def test_output_problems_all_at_once(tmp_path: Path, rulebook: Rulebook) -> None:
    cfg = _write(tmp_path, COMPANY + "output: {fail_on: severe, mask_personal_data: 'no', x: 1}\n")
    with pytest.raises(ConfigError) as info:
        load_config(cfg, rulebook)
    text = str(info.value)
    assert "'severe' is not a severity; use one of critical, high, medium, low" in text
    assert "output.mask_personal_data': true or false, not 'no'" in text
    assert "field 'output.x': unknown key" in text


def _write(tmp_path: Path, text: str) -> Path:
    cfg = tmp_path / "audit2.yaml"
    cfg.write_text(text)
    return cfg


def test_engine_defaults_to_duckdb(tmp_path: Path, rulebook: Rulebook) -> None:
    cfg = tmp_path / "audit.yaml"
    cfg.write_text(COMPANY + "mapping: {sources: []}\n")
    engine = load_config(cfg, rulebook).engine
    assert (engine.name, engine.canonical, engine.duckdb.threads) == ("duckdb", None, None)


def test_spark_engine_settings_and_canonical_tables(tmp_path: Path, rulebook: Rulebook) -> None:
    cfg = tmp_path / "audit.yaml"
    cfg.write_text(
        COMPANY
        + "engine: spark\ncanonical: lake/canonical\n"
        + "duckdb: {threads: 2, memory_limit: 8GB, temp_directory: spill}\n"
        + "spark:\n  master: local[2]\n  conf:\n    spark.executor.memory: 8g\n"
        + "    spark.hadoop.fs.s3a.secret.key: ${S3_SECRET}\n"
    )
    engine = load_config(cfg, rulebook).engine
    assert engine.name == "spark"
    assert engine.canonical == str((tmp_path / "lake" / "canonical").resolve())
    assert engine.spark.master == "local[2]"
    assert engine.spark.conf == {
        "spark.executor.memory": "8g",
        "spark.hadoop.fs.s3a.secret.key": "${S3_SECRET}",
    }
    assert engine.duckdb.threads == 2
    assert engine.duckdb.memory_limit == "8GB"
    assert engine.duckdb.temp_directory == str((tmp_path / "spill").resolve())


def test_a_remote_canonical_uri_is_kept_as_written(tmp_path: Path, rulebook: Rulebook) -> None:
    cfg = tmp_path / "audit.yaml"
    cfg.write_text(COMPANY + "engine: spark\ncanonical: s3a://lake/privacy/canonical\n")
    assert load_config(cfg, rulebook).engine.canonical == "s3a://lake/privacy/canonical"


def test_engine_problems_all_at_once(tmp_path: Path, rulebook: Rulebook) -> None:
    cfg = tmp_path / "audit.yaml"
    cfg.write_text(
        COMPANY
        + "mapping: {sources: []}\ncanonical: lake/\nengine: snowflake\n"
        + "duckdb: {threads: many, memory_limit: lots, cores: 2}\n"
        + "spark:\n  conf:\n    spark.sql.session.timeZone: America/New_York\n"
        + "    spark.hadoop.fs.s3a.secret.key: hunter2\n"
    )
    with pytest.raises(ConfigError) as info:
        load_config(cfg, rulebook)
    text = str(info.value)
    assert "field 'engine': 'snowflake' is not an engine; use one of duckdb, spark" in text
    assert "field 'duckdb.threads': a whole number of threads (1 or more), not 'many'" in text
    assert "field 'duckdb.memory_limit': a size such as 8GB or 512MB, not 'lots'" in text
    assert "field 'duckdb.cores': unknown key; known keys: threads, memory_limit" in text
    zone = "field 'spark.conf.spark.sql.session.timeZone': the session time zone is always UTC"
    assert zone in text
    assert "field 'spark.conf.spark.hadoop.fs.s3a.secret.key': a secret never" in text
    assert "a secret never sits in the configuration" in text and "hunter2" not in text
    assert "field 'canonical': give either mapping" in text
