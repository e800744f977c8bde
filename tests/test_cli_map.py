"""`privacykit map check`: counts, coverage, quarantine reasons and a masked sample."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from privacykit.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture()
def config(tmp_path: Path) -> Path:
    (tmp_path / "exports").mkdir()
    (tmp_path / "exports" / "crm.csv").write_text(
        "id,first,last,email,phone\n"
        "C1,Ann,Lee,ann.lee@example.com,(614) 555-0101\n"
        "C2,Bo,Ray,not-an-email,614-555-0102\n"
    )
    (tmp_path / "exports" / "sends.csv").write_text(
        "id,cust,to,ts\n"
        "S1,C1,ann.lee@example.com,2026-07-02T10:00:00Z\n"
        "S2,C1,ann.lee@example.com,2026-08-02T10:00:00Z\n"
        "S3,,,\n"
    )
    mapping = {
        "defaults": {"timezone": "America/New_York"},
        "sources": [
            {
                "table": "customers",
                "file": "exports/crm.csv",
                "columns": {
                    "customer_id": "id",
                    "first_name": "first",
                    "last_name": "last",
                    "email": "email",
                    "phone": "phone",
                },
            },
            {
                "table": "contacts",
                "file": "exports/sends.csv",
                "columns": {
                    "contact_id": "id",
                    "customer_id": "cust",
                    "to_email": "to",
                    "sent_at": "ts",
                },
                "constants": {"channel": "email"},
            },
        ],
    }
    (tmp_path / "mapping.yaml").write_text(yaml.safe_dump(mapping))
    cfg = {
        "company": {
            "name": "Test Co",
            "industries": ["retail"],
            "jurisdictions": ["US"],
            "channels": ["email"],
            "timezone": "America/New_York",
        },
        "mapping": "mapping.yaml",
    }
    path = tmp_path / "audit.yaml"
    path.write_text(yaml.safe_dump(cfg))
    return path


def test_map_check_explains_every_row(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = {p: p.read_bytes() for p in config.parent.rglob("*") if p.is_file()}
    code, out, err = run(capsys, "map", "check", str(config), "--period", "2026Q3")
    assert code == 0, err
    assert "Audit period 2026Q3 (2026-07-01 to 2026-09-30, America/New_York)" in out
    assert "read         3  loaded         2  quarantined       1" in out
    assert "contacts: no rows in 2026-09" not in out  # September is the partial last month
    assert "contacts: ends 2026-08-02, before the period ends (2026-09-30)" in out
    assert "! no rows in consents, optouts, dnc_registry" in out
    assert "Quarantined rows (1):" in out
    assert "1 x no usable sent_at (required) — row 3" in out
    assert "customers.email sources[1] (crm.csv): 1 x not a valid email" in out
    assert "email=a***@example.com" in out and "phone=***-***-0101" in out
    assert "ann.lee" not in out and "555-0101" not in out and "not-an-email" not in out
    assert {p: p.read_bytes() for p in config.parent.rglob("*") if p.is_file()} == before


def test_map_check_reports_a_bad_mapping_with_exit_2(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mapping = config.parent / "mapping.yaml"
    doc = yaml.safe_load(mapping.read_text())
    doc["sources"][1]["columns"]["sent_at"] = "timestamp"
    doc["sources"][0]["file"] = "exports/missing.csv"
    mapping.write_text(yaml.safe_dump(doc))
    code, _, err = run(capsys, "map", "check", str(config))
    assert code == 2
    assert "'exports/missing.csv' not found" in err
    doc["sources"][0]["file"] = "exports/crm.csv"
    mapping.write_text(yaml.safe_dump(doc))
    code, _, err = run(capsys, "map", "check", str(config))
    assert code == 2
    assert "mapped columns not in the file: sent_at <- 'timestamp'" in err
    assert "it has: id, cust, to, ts" in err


def test_map_suggest_drafts_a_mapping_that_map_check_then_loads(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exports = config.parent / "exports"
    draft = config.parent / "draft.yaml"
    code, out, err = run(
        capsys, "map", "suggest", str(exports / "crm.csv"), str(exports / "sends.csv"),
        "--out", str(draft),
    )  # fmt: skip
    assert code == 0, err
    assert "Draft mapping written to" in out
    assert "defaults.timezone is a placeholder" in err
    text = draft.read_text()
    assert "ann.lee" not in text and "555-0101" not in text
    doc = yaml.safe_load(text)
    assert [s["table"] for s in doc["sources"]] == ["customers", "contacts"]
    # the person reviews the draft; here it needs nothing more than the file's own folder
    cfg = yaml.safe_load(config.read_text())
    cfg["mapping"] = "exports/draft.yaml"
    draft.rename(exports / "draft.yaml")
    config.write_text(yaml.safe_dump(cfg))
    code, out, err = run(capsys, "map", "check", str(config), "--period", "2026Q3")
    assert code == 0, err
    assert "contacts           sources[2] (sends.csv) read         3  loaded         2" in out
    code, _, err = run(capsys, "map", "suggest", str(exports / "crm.csv"), "--out", str(config))
    assert code == 2 and "exists; pass --force" in err
    code, _, err = run(capsys, "map", "suggest", str(exports / "nowhere.csv"))
    assert code == 2 and "nowhere.csv" in err


def test_sample_command_writes_a_company_and_refuses_to_overwrite_silently(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "northwind"
    code, text, err = run(capsys, "sample", "--customers", "40", "--seed", "3", "--out", str(out))
    assert code == 0, err
    assert f"Load it with: privacykit map check {out / 'audit.yaml'}" in text
    assert (out / "labels.csv").is_file() and (out / "mapping.yaml").is_file()
    code, _, err = run(capsys, "sample", "--customers", "40", "--out", str(out))
    assert code == 2 and "--overwrite" in err
    code, _, err = run(capsys, "sample", "--customers", "0", "--out", str(out))
    assert code == 2 and "at least 1" in err
