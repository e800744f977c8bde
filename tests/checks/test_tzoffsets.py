"""UTC-offset intervals per zone, against transitions read from the tz database by hand."""

from __future__ import annotations

import datetime as dt
import re
from itertools import pairwise
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from privacykit.checks.tzoffsets import OFFSETS_SCHEMA, local_time, offset_intervals

D = dt.date
T = dt.datetime
ZONES = [
    "America/New_York",
    "America/Phoenix",
    "Pacific/Honolulu",
    "America/Indiana/Indianapolis",
    "Europe/Berlin",
    "America/St_Johns",
    "America/Los_Angeles",
]


def _rows(zone: str, first: dt.date, last: dt.date) -> list[tuple[Any, ...]]:
    table = offset_intervals([zone], first, last)
    return [
        (r["start_utc"], r["end_utc"], r["offset_s"], r["abbrev"])
        for r in table.to_pylist()
        if r["zone"] == zone
    ]


def _offset_at(zone: str, utc: dt.datetime) -> tuple[int, str]:
    table = offset_intervals(ZONES, D(2000, 1, 1), D(2035, 12, 31))
    rows = [r for r in table.to_pylist() if r["zone"] == zone]
    (hit,) = [r for r in rows if r["start_utc"] <= utc < r["end_utc"]]
    return hit["offset_s"], hit["abbrev"]


@pytest.mark.parametrize(
    ("zone", "utc", "offset", "abbrev"),
    [
        ("America/New_York", T(2026, 3, 8, 6, 59, 59), -18000, "EST"),
        ("America/New_York", T(2026, 3, 8, 7, 0, 0), -14400, "EDT"),
        ("America/New_York", T(2026, 11, 1, 5, 59, 59), -14400, "EDT"),
        ("America/New_York", T(2026, 11, 1, 6, 0, 0), -18000, "EST"),
        ("America/Phoenix", T(2026, 7, 15, 12), -25200, "MST"),
        ("America/Phoenix", T(2026, 1, 15, 12), -25200, "MST"),
        ("Pacific/Honolulu", T(2026, 7, 15, 12), -36000, "HST"),
        ("America/Indiana/Indianapolis", T(2005, 7, 1), -18000, "EST"),  # no DST before 2006
        ("America/Indiana/Indianapolis", T(2006, 7, 1), -14400, "EDT"),
        ("Europe/Berlin", T(2026, 3, 29, 0, 59, 59), 3600, "CET"),
        ("Europe/Berlin", T(2026, 3, 29, 1, 0, 0), 7200, "CEST"),
        ("Europe/Berlin", T(2026, 10, 25, 0, 59, 59), 7200, "CEST"),
        ("Europe/Berlin", T(2026, 10, 25, 1, 0, 0), 3600, "CET"),
        ("America/St_Johns", T(2026, 1, 15), -12600, "NST"),  # a half-hour zone
    ],
)
def test_offset_at_instant(zone: str, utc: dt.datetime, offset: int, abbrev: str) -> None:
    assert _offset_at(zone, utc) == (offset, abbrev)


def test_new_york_2026_splits_exactly_at_its_two_transitions() -> None:
    assert _rows("America/New_York", D(2026, 1, 1), D(2026, 12, 31)) == [
        (T(2025, 12, 30), T(2026, 3, 8, 7), -18000, "EST"),
        (T(2026, 3, 8, 7), T(2026, 11, 1, 6), -14400, "EDT"),
        (T(2026, 11, 1, 6), T(2027, 1, 3), -18000, "EST"),
    ]


def test_berlin_2026_splits_at_one_utc() -> None:
    assert _rows("Europe/Berlin", D(2026, 1, 1), D(2026, 12, 31)) == [
        (T(2025, 12, 30), T(2026, 3, 29, 1), 3600, "CET"),
        (T(2026, 3, 29, 1), T(2026, 10, 25, 1), 7200, "CEST"),
        (T(2026, 10, 25, 1), T(2027, 1, 3), 3600, "CET"),
    ]


@pytest.mark.parametrize(
    ("zone", "offset", "abbrev"),
    [("America/Phoenix", -25200, "MST"), ("Pacific/Honolulu", -36000, "HST")],
)
def test_zone_without_dst_is_one_interval(zone: str, offset: int, abbrev: str) -> None:
    rows = _rows(zone, D(2000, 1, 1), D(2035, 12, 31))
    assert rows == [(T(1999, 12, 30), T(2036, 1, 3), offset, abbrev)]


def test_a_range_ending_next_to_a_transition() -> None:
    # 2026-03-06 + 1 day + 2 days of margin ends at 2026-03-09 00:00 UTC, after the transition.
    assert _rows("America/New_York", D(2026, 3, 6), D(2026, 3, 6)) == [
        (T(2026, 3, 4), T(2026, 3, 8, 7), -18000, "EST"),
        (T(2026, 3, 8, 7), T(2026, 3, 9), -14400, "EDT"),
    ]
    # Ending at 2026-03-08 00:00 UTC: the transition is outside.
    assert _rows("America/New_York", D(2026, 3, 5), D(2026, 3, 5)) == [
        (T(2026, 3, 3), T(2026, 3, 8), -18000, "EST"),
    ]


def test_intervals_are_contiguous_sorted_and_cover_the_range() -> None:
    table = offset_intervals(reversed(ZONES), D(2000, 1, 1), D(2035, 12, 31))
    assert table.schema == OFFSETS_SCHEMA
    rows = table.to_pylist()
    assert [r["zone"] for r in rows] == sorted(r["zone"] for r in rows)
    for zone in ZONES:
        mine = [r for r in rows if r["zone"] == zone]
        assert mine[0]["start_utc"] == T(1999, 12, 30)
        assert mine[-1]["end_utc"] == T(2036, 1, 3)
        for row, following in pairwise(mine):
            assert row["start_utc"] < row["end_utc"] == following["start_utc"]
            assert (row["offset_s"], row["abbrev"]) != (following["offset_s"], following["abbrev"])


def test_zones_count_once_and_results_are_cached() -> None:
    one = offset_intervals(
        ["Europe/Berlin", "America/Phoenix", "Europe/Berlin"], D(2026, 1, 1), D(2026, 1, 2)
    )
    two = offset_intervals(["America/Phoenix", "Europe/Berlin"], D(2026, 1, 1), D(2026, 1, 2))
    assert one is two
    assert one["zone"].to_pylist() == ["America/Phoenix", "Europe/Berlin"]


@pytest.mark.parametrize("zone", ["Mars/Olympus", "America", "", "America/New_York "])
def test_unknown_zone_is_named(zone: str) -> None:
    with pytest.raises(ValueError, match=re.escape(f"unknown time zone {zone!r}")):
        offset_intervals(["Europe/Berlin", zone], D(2026, 1, 1), D(2026, 1, 2))


def test_a_reversed_range_is_refused() -> None:
    with pytest.raises(ValueError, match="before it starts"):
        offset_intervals(["Europe/Berlin"], D(2026, 1, 2), D(2026, 1, 1))


@pytest.mark.parametrize(
    ("zone", "utc", "local"),
    [
        ("America/New_York", T(2026, 3, 8, 6, 59, 59), T(2026, 3, 8, 1, 59, 59)),
        ("America/New_York", T(2026, 3, 8, 7), T(2026, 3, 8, 3)),  # 02:00-03:00 never happens
        ("America/New_York", T(2026, 11, 1, 5, 30), T(2026, 11, 1, 1, 30)),  # 01:30 EDT
        ("America/New_York", T(2026, 11, 1, 6, 30), T(2026, 11, 1, 1, 30)),  # 01:30 EST again
        ("America/Phoenix", T(2026, 7, 15, 19), T(2026, 7, 15, 12)),
        ("Pacific/Honolulu", T(2026, 1, 1, 9), T(2025, 12, 31, 23)),
        ("Europe/Berlin", T(2026, 3, 29, 1), T(2026, 3, 29, 3)),
    ],
)
def test_local_time(zone: str, utc: dt.datetime, local: dt.datetime) -> None:
    assert local_time(zone, utc) == local


def test_local_time_refuses_an_aware_datetime() -> None:
    with pytest.raises(ValueError, match="naive UTC"):
        local_time("Europe/Berlin", T(2026, 1, 1, tzinfo=dt.UTC))


@settings(max_examples=300, deadline=None)
@given(
    zone=st.sampled_from(ZONES),
    utc=st.datetimes(T(2000, 1, 1), T(2035, 12, 31, 23, 59, 59)),
)
def test_table_agrees_with_local_time(zone: str, utc: dt.datetime) -> None:
    utc = utc.replace(microsecond=0)
    offset, _ = _offset_at(zone, utc)
    assert utc + dt.timedelta(seconds=offset) == local_time(zone, utc)
