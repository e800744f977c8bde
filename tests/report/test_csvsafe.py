"""Spreadsheet-safe CSV: a cell that would run as a formula gets a leading apostrophe."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from privacykit.report.csvsafe import safe_cell, write_csv


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("+1 312 555 0142", "'+1 312 555 0142"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("+13125550142", "+13125550142"),  # a whole E.164 number stays
        ("+1234567", "'+1234567"),  # 7 digits: too short for E.164
        ("+1234567890123456", "'+1234567890123456"),  # 16 digits: too long
        ("+13125550142\n", "'+13125550142\n"),  # not whole: a trailing newline
        ("+13125550142=1", "'+13125550142=1"),
        ("ann@example.org", "ann@example.org"),
        ("a=b", "a=b"),
        (" =1", " =1"),
        ("", ""),
        (42, 42),
        (-3.5, -3.5),
        (None, None),
    ],
)
def test_safe_cell(value: object, expected: object) -> None:
    assert safe_cell(value) == expected


def _read(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def test_round_trip(tmp_path: Path) -> None:
    frame = pd.DataFrame(
        {
            "address": ["+13125550142", "+1 312 555 0142", "=cmd|' /C calc'!A0", "zoë@example.org"],
            "reading": ["@SUM(1)", "-1", "\tx", None],
            "count": [1, -2, 3, 4],
            "share": [0.5, -1.25, None, 2.0],
            "at": pd.to_datetime(["2026-07-01 04:00:00", None, "2026-07-02 13:30:05", None]),
        }
    )
    path = tmp_path / "out" / "list.csv"
    write_csv(path, frame)
    rows = _read(path)
    assert rows[0] == ["address", "reading", "count", "share", "at"]
    assert rows[1] == ["+13125550142", "'@SUM(1)", "1", "0.5", "2026-07-01T04:00:00"]
    assert rows[2] == ["'+1 312 555 0142", "'-1", "-2", "-1.25", ""]
    assert rows[3] == ["'=cmd|' /C calc'!A0", "'\tx", "3", "", "2026-07-02T13:30:05"]
    assert rows[4] == ["zoë@example.org", "", "4", "2.0", ""]
    assert [p.name for p in path.parent.iterdir()] == ["list.csv"]  # no temporary file left


def test_header_and_object_dates_are_safe(tmp_path: Path) -> None:
    frame = pd.DataFrame({"=bad": ["x"], "when": [dt.date(2026, 7, 1)]})
    path = tmp_path / "h.csv"
    write_csv(path, frame)
    assert _read(path) == [["'=bad", "when"], ["x", "2026-07-01"]]


def test_empty_frame_keeps_its_header(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    write_csv(path, pd.DataFrame({"channel": pd.Series(dtype=object), "address": []}))
    assert path.read_text(encoding="utf-8") == "channel,address\n"


def test_timezone_aware_timestamps_keep_their_offset(tmp_path: Path) -> None:
    at = pd.Series(pd.to_datetime(["2026-07-01 04:00:00"]).tz_localize("UTC"))
    path = tmp_path / "tz.csv"
    write_csv(path, pd.DataFrame({"at": at}))
    assert _read(path)[1] == ["2026-07-01T04:00:00+00:00"]


def test_index_is_not_written(tmp_path: Path) -> None:
    frame = pd.DataFrame({"a": ["=x", "y"]}, index=[7, 3])
    path = tmp_path / "i.csv"
    write_csv(path, frame)
    assert _read(path) == [["a"], ["'=x"], ["y"]]
