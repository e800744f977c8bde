"""The command line: exit codes and output for good and bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from privacykit.cli import main
from privacykit.sample import COMPANY_FILE


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_rules_table_lists_rules_and_says_not_legal_advice(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "rules", "--on", "2026-09-30")
    assert code == 0
    assert "TCPA-CALL-HOURS" in out and "not legal advice" in out


def test_rules_filters_by_channel_jurisdiction_and_date(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "rules",
        "--channel",
        "sms",
        "--jurisdiction",
        "US-OH",
        "--on",
        "2024-03-25",
        "--format",
        "json",
    )
    assert code == 0
    doc = json.loads(out)
    ids = {r["id"] for r in doc["rules"]}
    assert "TCPA-CALL-HOURS" in ids and "TCPA-NATIONAL-DNC" not in ids  # texts joined on 2024-03-26
    assert all("sms" in r["channels"] for r in doc["rules"])
    assert doc["on"] == "2024-03-25" and doc["rulebook"]["version"]


def test_rules_show_prints_every_version_with_sources(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules", "show", "TCPA-COMPANY-DNC", "--on", "2025-04-11")
    assert code == 0
    assert "Version 2003-10-01 .. 2025-04-11" in out
    assert "Version 2025-04-11 .. open (in force on 2025-04-11)" in out
    assert "honor_within = 10 business_days" in out and "https://www.ecfr.gov/" in out


def test_rules_show_json_marks_unconfirmed_parameters(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules", "show", "TCPA-REVOCATION", "--format", "json")
    assert code == 0
    version = json.loads(out)["versions"][-1]
    assert "revoke_all_in_force" in version["unconfirmed_parameters"]
    assert version["parameters"]["revoke_all_in_force"]["confidence"] == "unconfirmed"


def test_unknown_rule_exits_2_with_suggestions(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "rules", "show", "TCPA-CALL-HOUR")
    assert code == 2 and out == ""
    assert "unknown rule id 'TCPA-CALL-HOUR'; did you mean TCPA-CALL-HOURS" in err


def test_bad_usage_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "rules", "display", "X")
    assert code == 2 and "usage: privacykit rules show ID" in err
    code, _, err = run(capsys, "rules", "--jurisdiction", "Ohio")
    assert code == 2 and "not jurisdiction codes: Ohio" in err
    with pytest.raises(SystemExit) as info:
        main(["rules", "--on", "2026-13-01"])
    assert info.value.code == 2
    assert "'2026-13-01' is not a date YYYY-MM-DD" in capsys.readouterr().err


def test_profile_selects_rules_and_shows_company_policy(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules", "--profile", str(COMPANY_FILE), "--on", "2026-09-30")
    assert code == 0
    assert "Company: Northwind Outfitters (sample)" in out
    assert "TCPA-COMPANY-DNC.honor_within = 5 (stricter than the law)" in out
    assert "waiver of TCPA-REASSIGNED-NUMBERS for campaign:LOYALTY-WINBACK: active" in out


def test_bad_profile_exits_2_listing_every_problem(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "company.yaml"
    bad.write_text(
        "company:\n  name: Acme\n  industries: [retail, banking]\n  jurisdictions: [Ohio]\n"
        "  channels: [email]\n  timezone: Mars/Olympus\n"
        "overrides:\n  - {rule: TCPA-COMPANY-DNC, parameter: honor_within, value: 20}\n"
        "extra: 1\n"
    )
    code, out, err = run(capsys, "rules", "--profile", str(bad))
    assert code == 2 and out == ""
    for expected in (
        "'banking' is not one of",
        "'Ohio' is not a jurisdiction code",
        "'Mars/Olympus'",
        "looser than the law",
        "field 'extra': unknown key",
    ):
        assert expected in err, expected


def test_console_script_end_to_end() -> None:
    exe = Path(sys.executable).parent / "privacykit"
    done = subprocess.run(
        [str(exe), "rules", "show", "TCPA-CALL-HOURS"], capture_output=True, text=True
    )
    assert done.returncode == 0 and "window_end = 21:00 (exclusive)" in done.stdout
    done = subprocess.run([str(exe), "rules", "show", "NOPE-RULE"], capture_output=True, text=True)
    assert done.returncode == 2 and "unknown rule id" in done.stderr


def test_schema_prints_the_reference(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema")
    assert code == 0 and "## optouts" in out and "| `received_at` | timestamp | yes |" in out
