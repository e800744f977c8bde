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
    known = "company, mapping, overrides, waivers, output"
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
