"""Bad rulebook files: each mistake gives its own specific error, and all are reported at once."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from privacykit.errors import RulebookError
from privacykit.rulebook import load_rulebook

GOOD_RULE: dict[str, Any] = {
    "id": "DEMO-OPTOUT",
    "title": "Honor opt-outs",
    "summary": "Stop within the deadline.",
    "must_do": "Suppress the address.",
    "jurisdictions": ["US"],
    "industries": ["any"],
    "channels": ["email"],
    "citations": [{"ref": "15 USC 7704(a)(4)", "url": "https://uscode.house.gov/x"}],
    "effective_from": "2004-01-01",
    "severity": "high",
    "last_reviewed": "2026-11-29",
    "checks": ["E1"],
    "parameters": {
        "honor_within": {
            "value": 10,
            "unit": "business_days",
            "calendar": "US-federal",
            "stricter": "lower",
            "confidence": "confirmed-secondary",
        }
    },
}


def write(tmp_path: Path, rules: list[dict[str, Any]], name: str = "demo.yaml") -> Path:
    doc = {
        "regime": {"id": "DEMO", "name": "Demo", "description": "A test regime."},
        "rules": rules,
    }
    (tmp_path / name).write_text(yaml.safe_dump(doc, sort_keys=False))
    return tmp_path


def problems_of(tmp_path: Path) -> list[str]:
    with pytest.raises(RulebookError) as info:
        load_rulebook(tmp_path)
    return [str(p) for p in info.value.problems]


def rule(**changes: Any) -> dict[str, Any]:
    r = copy.deepcopy(GOOD_RULE)
    for key, value in changes.items():
        if value is None:
            r.pop(key, None)
        else:
            r[key] = value
    return r


def test_a_good_file_loads(tmp_path: Path) -> None:
    rb = load_rulebook(write(tmp_path, [rule()]))
    assert rb.get("DEMO-OPTOUT").param("honor_within").value == 10


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"title": None}, "rule DEMO-OPTOUT, field 'title': missing (required)"),
        ({"colour": "red"}, "field 'colour': unknown key in a rule; known keys:"),
        (
            {"effective_from": "2004-13-01"},
            "field 'effective_from': expected a date YYYY-MM-DD, got '2004-13-01'",
        ),
        (
            {"severity": "severe"},
            "field 'severity': 'severe' is not one of: critical, high, medium, low",
        ),
        ({"channels": "email"}, "field 'channels': expected a non-empty list, got 'email'"),
        ({"jurisdictions": ["California"]}, "'California' is not a jurisdiction code"),
        ({"checks": ["t-1"]}, "'t-1' is not a check id"),
        (
            {"citations": [{"ref": "x", "url": "http://insecure"}]},
            "expected the official source's https:// address",
        ),
        ({"citations": []}, "expected at least one citation"),
        ({"id": "demo optout"}, "expected an id like TCPA-CALL-HOURS"),
        ({"effective_to": "2003-01-01"}, "is not after effective_from 2004-01-01"),
    ],
)
def test_each_mistake_names_file_rule_and_field(
    tmp_path: Path, changes: dict[str, Any], expected: str
) -> None:
    found = problems_of(write(tmp_path, [rule(**changes)]))
    assert any(expected in p for p in found), found
    assert all(p.startswith("demo.yaml") for p in found)


@pytest.mark.parametrize(
    ("param", "expected"),
    [
        (
            {
                "value": "ten",
                "unit": "business_days",
                "calendar": "US-federal",
                "confidence": "confirmed-primary",
            },
            "field 'parameters.honor_within.value': expected a whole number >= 0, got 'ten'",
        ),
        (
            {"value": 10, "unit": "business_days", "confidence": "confirmed-primary"},
            "business days need a holiday calendar",
        ),
        (
            {"value": 10, "unit": "fortnights", "confidence": "confirmed-primary"},
            "'fortnights' is not one of",
        ),
        (
            {"value": 10, "unit": "calendar_days", "confidence": "sure"},
            "'sure' is not one of: confirmed-primary",
        ),
        (
            {"value": 10, "unit": "calendar_days", "confidence": "unconfirmed"},
            "an unconfirmed value needs a note",
        ),
        (
            {"value": 480, "unit": "time_of_day", "confidence": "confirmed-primary"},
            "quote times of day",
        ),
        ({"value": 500, "unit": "usd", "confidence": "confirmed-primary"}, "need an as_of date"),
        (
            {"value": 3, "unit": "percent", "confidence": "confirmed-primary", "colour": 1},
            "unknown key in a parameter",
        ),
        ({"value": 300, "unit": "percent", "confidence": "confirmed-primary"}, "between 0 and 100"),
    ],
)
def test_parameter_mistakes(tmp_path: Path, param: dict[str, Any], expected: str) -> None:
    found = problems_of(write(tmp_path, [rule(parameters={"honor_within": param})]))
    assert any(expected in p for p in found), found


def test_unquoted_time_is_caught(tmp_path: Path) -> None:
    text = yaml.safe_dump(
        {
            "regime": {"id": "DEMO", "name": "Demo", "description": "d"},
            "rules": [rule(parameters={})],
        },
        sort_keys=False,
    )
    text = text.replace(
        "parameters: {}",
        "parameters:\n    start: {value: 8:00, unit: time_of_day, confidence: confirmed-primary}",
    )
    (tmp_path / "demo.yaml").write_text(text)
    found = problems_of(tmp_path)
    assert any("got the number 480; quote times of day" in p for p in found), found


def test_duplicate_version_is_refused(tmp_path: Path) -> None:
    found = problems_of(write(tmp_path, [rule(), rule()]))
    assert any("two versions start on 2004-01-01" in p for p in found), found


def test_overlapping_versions_are_refused(tmp_path: Path) -> None:
    r = rule(versions=[{"effective_from": "2025-04-11"}])
    found = problems_of(write(tmp_path, [r]))
    assert any("versions overlap: 2004-01-01..open-ended and 2025-04-11" in p for p in found), found
    assert any("set effective_to of the earlier version to 2025-04-11" in p for p in found), found


def test_overlap_across_files_names_both_files(tmp_path: Path) -> None:
    write(tmp_path, [rule()], "a.yaml")
    doc = yaml.safe_load((tmp_path / "a.yaml").read_text())
    doc["regime"]["id"] = "DEMO2"
    doc["rules"][0]["regime"] = "DEMO2"
    doc["rules"][0]["effective_from"] = "2010-01-01"
    (tmp_path / "b.yaml").write_text(yaml.safe_dump(doc))
    found = problems_of(tmp_path)
    assert any("a.yaml and b.yaml" in p and "versions overlap" in p for p in found), found


def test_versions_inherit_and_replace_parameters(tmp_path: Path) -> None:
    r = rule(
        effective_to="2025-04-11",
        parameters={
            "honor_within": {
                "value": 30,
                "unit": "calendar_days",
                "stricter": "lower",
                "confidence": "confirmed-primary",
            },
            "honor_for": {"value": 5, "unit": "years", "confidence": "confirmed-secondary"},
        },
    )
    r["versions"] = [
        {
            "effective_from": "2025-04-11",
            "parameters": {"honor_within": GOOD_RULE["parameters"]["honor_within"]},
        }
    ]
    rb = load_rulebook(write(tmp_path, [r]))
    old, new = rb.versions("DEMO-OPTOUT")
    assert (old.param("honor_within").value, new.param("honor_within").value) == (30, 10)
    assert new.param("honor_for").value == 5 and new.effective_to is None


def test_many_problems_are_reported_together(tmp_path: Path) -> None:
    bad = rule(title=None, severity="severe", effective_from="someday", colour="red")
    write(tmp_path, [bad, rule(id="DEMO-OTHER", channels=["carrier-pigeon"])])
    (tmp_path / "broken.yaml").write_text("regime: [unclosed\n")
    found = problems_of(tmp_path)
    assert len(found) >= 6
    joined = "\n".join(found)
    for expected in (
        "missing (required)",
        "'severe'",
        "'someday'",
        "'colour'",
        "'carrier-pigeon'",
        "broken.yaml: not valid YAML",
    ):
        assert expected in joined


def test_table_parameters_validate_rows(tmp_path: Path) -> None:
    table = {
        "unit": "table",
        "key": "state",
        "confidence": "confirmed-secondary",
        "columns": {"state": {"unit": "text"}, "end": {"unit": "time_of_day", "stricter": "lower"}},
        "rows": [
            {"state": "FL", "end": "20:00"},
            {"state": "FL", "end": "25:00"},
            {"state": "CT", "end": "20:00", "confidence": "unconfirmed"},
        ],
    }
    found = problems_of(write(tmp_path, [rule(parameters={"windows": table})]))
    joined = "\n".join(found)
    assert "duplicate key 'FL'" in joined
    assert "rows[2].end': expected a time of day" in joined
    assert "rows[3].note': an unconfirmed row needs a note" in joined


def test_jurisdiction_from_limits_a_multi_state_rule_by_date(tmp_path: Path) -> None:
    r = rule(
        jurisdictions=["US-VA", "US-IN"],
        jurisdiction_from={"US-IN": "2026-01-01"},
        effective_from="2023-01-01",
    )
    rb = load_rulebook(write(tmp_path, [r]))
    assert not rb.applicable(jurisdictions=["US-IN"], on=dt.date(2025, 12, 31))
    assert rb.applicable(jurisdictions=["US-IN"], on=dt.date(2026, 1, 1))
    assert rb.applicable(jurisdictions=["US-VA"], on=dt.date(2025, 12, 31))
    assert rb.applicable(jurisdictions=["US"], on=dt.date(2025, 12, 31))  # nationwide: Virginia


def test_jurisdiction_from_must_name_the_rules_own_jurisdictions(tmp_path: Path) -> None:
    r = rule(jurisdictions=["US-VA"], jurisdiction_from={"US-IN": "2026-01-01", "US-VA": "soon"})
    found = problems_of(write(tmp_path, [r]))
    assert any("'US-IN' is not one of the rule's jurisdictions" in p for p in found), found
    assert any("jurisdiction_from.US-VA': expected a date" in p for p in found), found
