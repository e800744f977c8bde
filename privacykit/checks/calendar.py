"""Business-day calendars, month windows and ages: small tables the audit engine joins to.

The engine computes deadlines relationally, joining events to tables built here once, purely
and deterministically. Dates are ``date32``; instants are naive-UTC ``timestamp('us')``.

Two readings of a holiday
    A *certain* holiday is one under every reading of the calendar; an *uncertain* holiday is
    one under some readings only. The *strict* reading counts uncertain holidays as business
    days, so deadlines fall earlier; the *lenient* reading skips them, so deadlines fall later.

    ==========  ===============================================  =================================
    calendar    certain                                          uncertain (when not certain)
    ==========  ===============================================  =================================
    US-federal  ``UnitedStates(observed=False)``                  dates ``UnitedStates()`` adds by
                                                                 observing (2026-07-03 for 07-04)
    CA-federal  ``Canada(categories=("public",),            the government category
                observed=False)``                                (Victoria Day, 09-30, Boxing
                                                                 Day...) and observed dates
    CA-QC       ``Canada(subdiv="QC", observed=False)``     Quebec's observed dates and the
                                                                 federal government category
    ==========  ===============================================  =================================

Business days
    Business day N after a receipt on day r is the N-th later Monday-to-Friday non-holiday; day 0
    is r itself, whatever it is. In the calendar table, for N >= 1, it is the day d of the same
    calendar with ``is_bd_<reading>`` and ``bd_<reading>(d) == bd_<reading>(r) + N``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from functools import lru_cache
from types import MappingProxyType
from typing import Any

import pyarrow as pa
from holidays import HolidayBase, country_holidays
from holidays.version import __version__ as _holidays_version

from privacykit.checks.tzoffsets import load_zone
from privacykit.rulebook.models import Calendar

# The holidays package's version, for the run's record: a new release can move a holiday.
HOLIDAYS_VERSION: str = _holidays_version
READINGS = ("strict", "lenient")

CALENDAR_SCHEMA = pa.schema(
    [
        pa.field("calendar", pa.string(), nullable=False),
        pa.field("day", pa.date32(), nullable=False),
        pa.field("weekday", pa.int8(), nullable=False),
        pa.field("day_start_utc", pa.timestamp("us"), nullable=False),
        pa.field("day_end_utc", pa.timestamp("us"), nullable=False),
        pa.field("holiday", pa.string()),
        pa.field("holiday_certain", pa.bool_(), nullable=False),
        pa.field("holiday_uncertain", pa.bool_(), nullable=False),
        pa.field("is_bd_strict", pa.bool_(), nullable=False),
        pa.field("is_bd_lenient", pa.bool_(), nullable=False),
        pa.field("bd_strict", pa.int32(), nullable=False),
        pa.field("bd_lenient", pa.int32(), nullable=False),
    ]
)
MONTH_WINDOWS_SCHEMA = pa.schema(
    [
        pa.field("day", pa.date32(), nullable=False),
        pa.field("months", pa.int16(), nullable=False),
        pa.field("until", pa.date32(), nullable=False),
    ]
)

_ONE_DAY = dt.timedelta(days=1)


def build_calendar(
    calendars: Iterable[Calendar], first: dt.date, last: dt.date, company_tz: str
) -> pa.Table:
    """Build one row per (calendar, day) for the days ``first``..``last`` inclusive.

    ``day_start_utc`` and ``day_end_utc`` are the local midnights starting ``day`` and the next
    day in ``company_tz``, as naive UTC (23 or 25 hours apart on daylight-saving days). The
    running counts ``bd_strict`` and ``bd_lenient`` start from ``first``.

    Returns:
        A table of ``CALENDAR_SCHEMA``, sorted by calendar value, then day.

    Raises:
        ValueError: an unknown calendar or zone, or ``last`` before ``first``.
    """
    _check_range(first, last)
    zone = load_zone(company_tz)
    days = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
    # A midnight skipped by a transition at midnight maps to the transition (fold=0).
    midnights = [
        dt.datetime.combine(day, dt.time(), tzinfo=zone).astimezone(dt.UTC).replace(tzinfo=None)
        for day in [*days, last + _ONE_DAY]
    ]
    columns: dict[str, list[Any]] = {name: [] for name in CALENDAR_SCHEMA.names}
    for calendar in sorted({Calendar(c) for c in calendars}, key=lambda c: c.value):
        _append_days(columns, calendar, days, midnights)
    return pa.table(columns, schema=CALENDAR_SCHEMA)


def _append_days(
    columns: dict[str, list[Any]],
    calendar: Calendar,
    days: list[dt.date],
    midnights: list[dt.datetime],
) -> None:
    """Append one calendar's rows to ``columns``, counting business days from ``days[0]``."""
    strict = lenient = 0
    for i, day in enumerate(days):
        name, certain = _holidays_of_year(calendar, day.year).get(day, (None, False))
        weekday = day.weekday()
        is_strict = weekday < 5 and not certain
        is_lenient = weekday < 5 and name is None
        strict += is_strict
        lenient += is_lenient
        row = (
            calendar.value,
            day,
            weekday,
            midnights[i],
            midnights[i + 1],
            name,
            certain,
            name is not None and not certain,
            is_strict,
            is_lenient,
            strict,
            lenient,
        )
        for column, value in zip(columns.values(), row, strict=True):
            column.append(value)


def business_day(calendar: Calendar, received: dt.date, n: int, reading: str = "strict") -> dt.date:
    """Return business day ``n`` after a receipt on ``received``, by walking day by day.

    Day 0 is ``received`` itself, whatever it is; day N is the N-th later Monday-to-Friday
    that is not a holiday. The *strict* reading counts uncertain holidays as business days
    (the earlier deadline); the *lenient* reading skips them (the later deadline). This is
    the reference the calendar table's ``bd_*`` columns are tested against.

    Raises:
        ValueError: ``n`` is negative or ``reading`` is neither 'strict' nor 'lenient'.
    """
    if reading not in READINGS:
        raise ValueError(f"unknown reading {reading!r}; use 'strict' or 'lenient'")
    if n < 0:
        raise ValueError(f"n must be 0 or more business days, got {n}")
    day, counted = received, 0
    while counted < n:
        day += _ONE_DAY
        if day.weekday() >= 5:
            continue
        holiday = _holidays_of_year(calendar, day.year).get(day)
        if holiday is None or (reading == "strict" and not holiday[1]):
            counted += 1
    return day


def holidays_between(
    calendar: Calendar, first: dt.date, last: dt.date
) -> list[tuple[dt.date, str, bool]]:
    """Return the holidays ``first``..``last`` inclusive as (date, name, certain), by date."""
    _check_range(first, last)
    return [
        (day, name, certain)
        for year in range(first.year, last.year + 1)
        for day, (name, certain) in _holidays_of_year(calendar, year).items()
        if first <= day <= last
    ]


@lru_cache(maxsize=1024)
def _holidays_of_year(calendar: Calendar, year: int) -> Mapping[dt.date, tuple[str, bool]]:
    """Return the holidays dated in ``year``, by date, as (name, certain)."""
    # Neighbouring years too: 2027-12-31 observes New Year's Day 2028.
    years = range(year - 1, year + 2)
    certain, readings = _holiday_sources(Calendar(calendar), years)
    found = {day: (name, True) for day, name in certain.items()}
    for source in readings:
        for day, name in source.items():
            found.setdefault(day, (name, False))
    return MappingProxyType({day: found[day] for day in sorted(found) if day.year == year})


def _holiday_sources(
    calendar: Calendar, years: Iterable[int]
) -> tuple[HolidayBase, list[HolidayBase]]:
    """Return the certain holidays and, in order of preference for names, the wider readings."""
    if calendar is Calendar.US_FEDERAL:
        certain = country_holidays("US", observed=False, years=years)
        return certain, [country_holidays("US", years=years)]
    government = country_holidays("CA", years=years, categories=("government",))
    if calendar is Calendar.CA_FEDERAL:
        certain = country_holidays("CA", observed=False, years=years, categories=("public",))
        return certain, [country_holidays("CA", years=years, categories=("public",)), government]
    if calendar is Calendar.CA_QC:
        certain = country_holidays("CA", "QC", observed=False, years=years)
        return certain, [country_holidays("CA", "QC", years=years), government]
    raise ValueError(f"no holiday rules for calendar {calendar.value!r}")


def add_months(day: dt.date, months: int) -> dt.date:
    """Return ``day`` plus ``months`` calendar months, clamped to the end of a shorter month.

    2024-01-31 + 1 is 2024-02-29; 2023-01-31 + 1 is 2023-02-28; negative ``months`` go back.
    """
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    return dt.date(year, month0 + 1, min(day.day, _days_in_month(year, month0 + 1)))


def month_windows(first: dt.date, last: dt.date, months: Iterable[int]) -> pa.Table:
    """Build one row per (day, months) for the days ``first``..``last`` inclusive.

    Returns:
        A table of ``MONTH_WINDOWS_SCHEMA``: ``day``, ``months`` and ``until`` (``day`` plus
        ``months`` by ``add_months``), sorted by day, then months; duplicated months count once.

    Raises:
        ValueError: ``last`` is before ``first``.
    """
    _check_range(first, last)
    spans = sorted(set(months))
    days = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
    rows = [(day, span, add_months(day, span)) for day in days for span in spans]
    columns = [list(column) for column in zip(*rows, strict=True)] if rows else [[], [], []]
    return pa.table(
        dict(zip(MONTH_WINDOWS_SCHEMA.names, columns, strict=True)), schema=MONTH_WINDOWS_SCHEMA
    )


def age_on(birth: dt.date, on: dt.date) -> int:
    """Return a person's age in whole years on the date ``on``.

    A person turns N at the start of their N-th birthday. Someone born on 29 February turns a
    year older on 1 March in common years: the conservative reading for minors, who stay the
    younger age one day longer (born 2012-02-29: 12 on 2025-02-28, 13 on 2025-03-01).

    Raises:
        ValueError: ``on`` is before ``birth``.
    """
    if on < birth:
        raise ValueError(f"the date {on} is before the birth date {birth}")
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def _days_in_month(year: int, month: int) -> int:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return (following - _ONE_DAY).day


def _check_range(first: dt.date, last: dt.date) -> None:
    if last < first:
        raise ValueError(f"the range ends ({last}) before it starts ({first}); swap the dates")
