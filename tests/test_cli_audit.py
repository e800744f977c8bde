"""``privacykit audit`` and ``privacykit init``: arguments reach the library, bad input exits 2.

The audit itself runs end to end in tests/report/test_audit_run.py; here the library call is
replaced to check how arguments map, and input errors are caught before any kernel starts.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from privacykit import cli
from privacykit.config import load_config
from privacykit.report import build
from privacykit.report.build import Outcome
from privacykit.rulebook import Rulebook
from privacykit.starter import write_starter


def test_audit_arguments_reach_the_library(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    calls: list[tuple[Any, ...]] = []

    def fake(*args: Any) -> Outcome:
        calls.append(args)
        return Outcome(1, tmp_path / "runs" / "r1", counts={"rules violation": 2})

    monkeypatch.setattr(build, "run_audit_notebook", fake)
    code = cli.main(["audit", "--config", "a.yaml", "--from", "2026-07-01", "--to",
                     "2026-07-31", "--as-of", "2026-08-05", "--show-personal-data",
                     "--checks", "E1,T6"])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 1
    assert calls == [("a.yaml", "2026-07-01..2026-07-31", "2026-08-05", True, "E1,T6")]
    assert "2 violations" in out and str(tmp_path / "runs" / "r1" / "report.html") in out
    assert "not legal advice" in out


def test_audit_period_and_dates_are_exclusive(capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["audit", "--config", "a.yaml", "--period", "2026Q3", "--from", "2026-07-01"])
    assert code == 2
    assert "give --from and --to together" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--period", "2026Q5"], "2026Q5"),
        (["--period", "2026Q3", "--as-of", "soon"], "as-of 'soon' is not a date"),
        (["--period", "2026Q3", "--checks", "E1,Z9"], "unknown check ids Z9"),
    ],
)
def test_bad_audit_input_exits_2_before_a_kernel_starts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    config, _ = write_starter(tmp_path)
    code = cli.main(["audit", "--config", str(config), *args])
    assert code == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "audit-runs").exists()  # nothing written, no notebook kept


def test_init_writes_a_valid_configuration_and_refuses_to_overwrite(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], rulebook: Rulebook
) -> None:
    assert cli.main(["init", str(tmp_path / "team")]) == 0
    config = load_config(tmp_path / "team" / "audit.yaml", rulebook)
    assert config.output.folder == (tmp_path / "team" / "audit-runs").resolve()
    assert config.output.mask_personal_data is True
    mapping = (tmp_path / "team" / "mapping.yaml").read_text()
    assert "#  - table: contacts" in mapping and "password" in mapping
    assert "privacykit audit --config" in capsys.readouterr().out
    assert cli.main(["init", str(tmp_path / "team")]) == 2
    assert "exists; pass --force" in capsys.readouterr().err
    assert cli.main(["init", str(tmp_path / "team"), "--force"]) == 0


@pytest.mark.parametrize(
    ("statuses", "fail_on", "code"),
    [
        ([("violation", "medium")], "low", 1),
        ([("violation", "medium")], "medium", 1),
        ([("violation", "medium")], "high", 0),  # below the configured severity
        ([("warning", "critical"), ("pass", "high")], "low", 0),
        ([("violation", "critical"), ("error", "low")], "low", 3),  # an error outranks
        ([("not evaluated", "critical")], "low", 0),
    ],
)
def test_exit_codes_follow_the_worst_finding_and_fail_on(
    tmp_path: Path, statuses: list[tuple[str, str]], fail_on: str, code: int
) -> None:
    import json

    from privacykit.rulebook.models import Severity

    doc = {"finding_statuses": [{"status": s, "severity": v} for s, v in statuses]}
    (tmp_path / "manifest.json").write_text(json.dumps(doc))
    assert build._exit_code(tmp_path, Severity(fail_on)) == code


def test_a_failure_after_the_notebook_exits_2_and_keeps_latest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rendering fails: exit 2, the notebook kept without data files, latest untouched."""
    config, _ = write_starter(tmp_path)
    out = tmp_path / "audit-runs"
    (out / "runs" / "good").mkdir(parents=True)
    (out / "latest").symlink_to(Path("runs") / "good")

    def executed(notebook: Path, path: Path, parameters: Any, progress: Any) -> None:
        path.write_text("{}")
        (path.parent / "remediation").mkdir()
        (path.parent / "remediation" / "suppress_now.csv").write_text("raw")

    def broken(executed: Path, title: str) -> str:
        raise OSError("disk full")

    monkeypatch.setattr(build, "parse_mapping", lambda *a, **k: ())
    monkeypatch.setattr(build, "_execute", executed)
    monkeypatch.setattr(build, "render_html", broken)
    outcome = build.run_audit_notebook(config, "2026Q3")
    assert outcome.exit_code == 2 and "OSError: disk full" in outcome.message
    assert outcome.kept_notebook is not None and outcome.kept_notebook.is_file()
    assert [p.name for p in outcome.kept_notebook.parent.iterdir()] == ["audit.ipynb"]
    assert (out / "latest").resolve() == (out / "runs" / "good").resolve()
    assert [p.name for p in (out / "runs").iterdir()] == ["good"]
