"""Business-day calendars, month windows and ages, against hand-counted dates."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from privacykit.checks.calendar import (
    CALENDAR_SCHEMA,
    HOLIDAYS_VERSION,
    MONTH_WINDOWS_SCHEMA,
    add_months,
    age_on,
    build_calendar,
    business_day,
    holidays_between,
    month_windows,
)
from privacykit.rulebook.models import Calendar

D = dt.date
T = dt.datetime
US, CA, QC = Calendar.US_FEDERAL, Calendar.CA_FEDERAL, Calendar.CA_QC


# Counted by hand on a printed calendar; day 0 is the receipt day.
@pytest.mark.parametrize(
    ("calendar", "received", "n", "reading", "expected"),
    [
        # Thanksgiving, Thu 2026-11-26; Fri 11-27 is not a federal holiday.
        (US, D(2026, 11, 23), 2, "strict", D(2026, 11, 25)),
        (US, D(2026, 11, 23), 3, "strict", D(2026, 11, 27)),
        (US, D(2026, 11, 23), 3, "lenient", D(2026, 11, 27)),
        (US, D(2026, 11, 23), 4, "strict", D(2026, 11, 30)),
        (US, D(2026, 11, 23), 10, "strict", D(2026, 12, 8)),
        # New Year: Fri 2027-01-01 is a holiday under every reading.
        (US, D(2026, 12, 30), 1, "strict", D(2026, 12, 31)),
        (US, D(2026, 12, 30), 2, "strict", D(2027, 1, 4)),
        (US, D(2026, 12, 30), 2, "lenient", D(2027, 1, 4)),
        # A Saturday receipt: day 0 is the Saturday, day 1 the Monday.
        (US, D(2026, 8, 8), 0, "strict", D(2026, 8, 8)),
        (US, D(2026, 8, 8), 1, "strict", D(2026, 8, 10)),
        # A receipt on a holiday (Labor Day, Mon 2026-09-07).
        (US, D(2026, 9, 7), 0, "strict", D(2026, 9, 7)),
        (US, D(2026, 9, 7), 1, "strict", D(2026, 9, 8)),
        (US, D(2026, 8, 28), 10, "strict", D(2026, 9, 14)),
        (US, D(2026, 8, 28), 5, "strict", D(2026, 9, 4)),
        (US, D(2026, 8, 28), 6, "strict", D(2026, 9, 8)),
        # Sat 2026-07-04 observed on Fri 07-03: the readings differ.
        (US, D(2026, 6, 29), 4, "strict", D(2026, 7, 3)),
        (US, D(2026, 6, 29), 4, "lenient", D(2026, 7, 6)),
        # Sat 2028-01-01 observed on Fri 2027-12-31.
        (US, D(2027, 12, 30), 1, "strict", D(2027, 12, 31)),
        (US, D(2027, 12, 30), 1, "lenient", D(2028, 1, 3)),
        (US, D(2026, 6, 30), 1, "lenient", D(2026, 7, 1)),  # Canada Day is not American
        # National Day for Truth and Reconciliation, Tue 2025-09-30: federal government only.
        (CA, D(2025, 9, 16), 10, "strict", D(2025, 9, 30)),
        (CA, D(2025, 9, 16), 10, "lenient", D(2025, 10, 1)),
        (QC, D(2025, 9, 16), 10, "strict", D(2025, 9, 30)),
        (QC, D(2025, 9, 16), 10, "lenient", D(2025, 10, 1)),
        # Canada Day, Wed 2026-07-01, certain; Quebec also keeps Wed 06-24.
        (CA, D(2026, 6, 18), 10, "strict", D(2026, 7, 3)),
        (CA, D(2026, 6, 18), 10, "lenient", D(2026, 7, 3)),
        (QC, D(2026, 6, 18), 10, "strict", D(2026, 7, 6)),
        (US, D(2026, 6, 18), 10, "strict", D(2026, 7, 3)),  # Juneteenth, Fri 06-19
    ],
)
def test_business_day(
    calendar: Calendar, received: dt.date, n: int, reading: str, expected: dt.date
) -> None:
    assert business_day(calendar, received, n, reading) == expected
    if n >= 1:
        assert _table_business_day(calendar, received, n, reading) == expected


@pytest.mark.parametrize(
    ("calendar", "day", "holiday", "certain", "uncertain", "bd_strict", "bd_lenient"),
    [
        (US, D(2026, 7, 3), "Independence Day (observed)", False, True, True, False),
        (US, D(2026, 7, 4), "Independence Day", True, False, False, False),
        (US, D(2026, 11, 26), "Thanksgiving Day", True, False, False, False),
        (US, D(2026, 11, 27), None, False, False, True, True),
        (US, D(2026, 7, 1), None, False, False, True, True),
        (CA, D(2025, 9, 30), "National Day for Truth and Reconciliation", False, True, True, False),
        (CA, D(2026, 7, 1), "Canada Day", True, False, False, False),
        (CA, D(2026, 6, 24), None, False, False, True, True),
        (CA, D(2026, 12, 28), "Boxing Day (observed)", False, True, True, False),
        (QC, D(2026, 6, 24), "Saint John the Baptist Day", True, False, False, False),
        (QC, D(2026, 5, 18), "National Patriots' Day", True, False, False, False),
        (QC, D(2026, 11, 11), "Remembrance Day", False, True, True, False),
    ],
)
def test_holiday_flags(
    calendar: Calendar,
    day: dt.date,
    holiday: str | None,
    certain: bool,
    uncertain: bool,
    bd_strict: bool,
    bd_lenient: bool,
) -> None:
    row = _rows()[calendar.value, day]
    assert (row["holiday"], row["holiday_certain"], row["holiday_uncertain"]) == (
        holiday,
        certain,
        uncertain,
    )
    assert (row["is_bd_strict"], row["is_bd_lenient"]) == (bd_strict, bd_lenient)


@pytest.mark.parametrize(
    ("day", "start", "end"),
    [
        (D(2026, 3, 7), T(2026, 3, 7, 5), T(2026, 3, 8, 5)),  # 24 hours, EST
        (D(2026, 3, 8), T(2026, 3, 8, 5), T(2026, 3, 9, 4)),  # 23 hours: clocks go forward
        (D(2026, 7, 15), T(2026, 7, 15, 4), T(2026, 7, 16, 4)),  # 24 hours, EDT
        (D(2026, 11, 1), T(2026, 11, 1, 4), T(2026, 11, 2, 5)),  # 25 hours: clocks go back
    ],
)
def test_day_bounds_in_company_zone(day: dt.date, start: dt.datetime, end: dt.datetime) -> None:
    row = _rows()["US-federal", day]
    assert (row["day_start_utc"], row["day_end_utc"]) == (start, end)


def test_calendar_table_shape_order_and_counts() -> None:
    table = build_calendar([US, QC, US], D(2026, 7, 2), D(2026, 7, 7), "America/Toronto")
    assert table.schema == CALENDAR_SCHEMA
    assert table["calendar"].to_pylist() == ["CA-QC"] * 6 + ["US-federal"] * 6
    assert table["day"].to_pylist()[:6] == [D(2026, 7, d) for d in range(2, 8)]
    assert table["weekday"].to_pylist()[:6] == [3, 4, 5, 6, 0, 1]
    # Thu 07-02 .. Tue 07-07; the US observes Sat 07-04 on Fri 07-03.
    quebec, us_lenient = [1, 2, 2, 2, 3, 4], [1, 1, 1, 1, 2, 3]
    assert table["bd_strict"].to_pylist() == [*quebec, *quebec]
    assert table["bd_lenient"].to_pylist() == [*quebec, *us_lenient]


def test_calendar_rejects_bad_arguments() -> None:
    with pytest.raises(ValueError, match="Mars/Olympus"):
        build_calendar([US], D(2026, 1, 1), D(2026, 1, 2), "Mars/Olympus")
    with pytest.raises(ValueError, match="before it starts"):
        build_calendar([US], D(2026, 1, 2), D(2026, 1, 1), "UTC")
    with pytest.raises(ValueError, match="reading"):
        business_day(US, D(2026, 1, 2), 1, "loose")
    with pytest.raises(ValueError, match="-1"):
        business_day(US, D(2026, 1, 2), -1)
    assert build_calendar([], D(2026, 1, 1), D(2026, 1, 2), "UTC").num_rows == 0


def test_holidays_between_and_version() -> None:
    assert HOLIDAYS_VERSION == "0.108"
    assert holidays_between(US, D(2027, 12, 20), D(2028, 1, 5)) == [
        (D(2027, 12, 24), "Christmas Day (observed)", False),
        (D(2027, 12, 25), "Christmas Day", True),
        (D(2027, 12, 31), "New Year's Day (observed)", False),
        (D(2028, 1, 1), "New Year's Day", True),
    ]


@lru_cache(maxsize=1)
def _rows() -> dict[tuple[str, dt.date], dict[str, Any]]:
    table = build_calendar(list(Calendar), D(2024, 12, 1), D(2028, 6, 30), "America/New_York")
    return {(r["calendar"], r["day"]): r for r in table.to_pylist()}


@lru_cache(maxsize=1)
def _by_count() -> dict[tuple[str, str, int], dt.date]:
    """Map (calendar, reading, running count) to the business day holding that count."""
    out = {}
    for (calendar, day), row in _rows().items():
        for reading in ("strict", "lenient"):
            if row[f"is_bd_{reading}"]:
                out[calendar, reading, row[f"bd_{reading}"]] = day
    return out


def _table_business_day(calendar: Calendar, received: dt.date, n: int, reading: str) -> dt.date:
    """Answer as the engine will: the business day whose count is the receipt's plus n."""
    count = _rows()[calendar.value, received][f"bd_{reading}"]
    return _by_count()[calendar.value, reading, count + n]


@settings(max_examples=400, deadline=None)
@given(
    calendar=st.sampled_from(list(Calendar)),
    received=st.dates(D(2024, 12, 1), D(2028, 3, 31)),
    n=st.integers(1, 60),
    reading=st.sampled_from(["strict", "lenient"]),
)
def test_table_agrees_with_reference(
    calendar: Calendar, received: dt.date, n: int, reading: str
) -> None:
    expected = business_day(calendar, received, n, reading)
    assert _table_business_day(calendar, received, n, reading) == expected


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (D(2022, 8, 31), 18, D(2024, 2, 29)),
        (D(2025, 2, 28), 18, D(2026, 8, 28)),
        (D(2024, 1, 31), 1, D(2024, 2, 29)),
        (D(2023, 1, 31), 1, D(2023, 2, 28)),
        (D(2026, 5, 20), 3, D(2026, 8, 20)),
        (D(2024, 7, 14), 24, D(2026, 7, 14)),
        (D(2025, 10, 31), 2, D(2025, 12, 31)),
        (D(2025, 12, 31), 2, D(2026, 2, 28)),
        (D(2026, 3, 31), -1, D(2026, 2, 28)),
        (D(2026, 3, 15), 0, D(2026, 3, 15)),
    ],
)
def test_add_months(day: dt.date, months: int, expected: dt.date) -> None:
    assert add_months(day, months) == expected


def test_month_windows_table() -> None:
    table = month_windows(D(2024, 1, 30), D(2024, 2, 1), [1, 0, 1])
    assert table.schema == MONTH_WINDOWS_SCHEMA
    assert table.to_pylist() == [
        {"day": D(2024, 1, 30), "months": 0, "until": D(2024, 1, 30)},
        {"day": D(2024, 1, 30), "months": 1, "until": D(2024, 2, 29)},
        {"day": D(2024, 1, 31), "months": 0, "until": D(2024, 1, 31)},
        {"day": D(2024, 1, 31), "months": 1, "until": D(2024, 2, 29)},
        {"day": D(2024, 2, 1), "months": 0, "until": D(2024, 2, 1)},
        {"day": D(2024, 2, 1), "months": 1, "until": D(2024, 3, 1)},
    ]
    empty = month_windows(D(2024, 1, 30), D(2024, 2, 1), [])
    assert empty.num_rows == 0
    assert empty.schema == MONTH_WINDOWS_SCHEMA
    assert isinstance(empty, pa.Table)


@pytest.mark.parametrize(
    ("birth", "on", "age"),
    [
        (D(2012, 2, 29), D(2025, 2, 28), 12),  # no 29 February in 2025: still 12
        (D(2012, 2, 29), D(2025, 3, 1), 13),
        (D(2012, 2, 29), D(2024, 2, 28), 11),
        (D(2012, 2, 29), D(2024, 2, 29), 12),
        (D(2010, 6, 15), D(2023, 6, 14), 12),  # the day before the 13th birthday
        (D(2010, 6, 15), D(2023, 6, 15), 13),  # the birthday itself
        (D(2010, 6, 15), D(2010, 6, 15), 0),
        (D(2010, 12, 31), D(2011, 1, 1), 0),
    ],
)
def test_age_on(birth: dt.date, on: dt.date, age: int) -> None:
    assert age_on(birth, on) == age


def test_age_on_rejects_a_date_before_birth() -> None:
    with pytest.raises(ValueError, match="before the birth date"):
        age_on(D(2012, 2, 29), D(2012, 2, 28))
