"""Audit periods: '2026Q3', '2026-08', '2026' or '2026-07-01..2026-09-30', in the company's zone.

A period runs from the first day's midnight to the midnight after its last day, end excluded,
on the company's clock; the engine compares naive UTC, so both ends are also given in UTC.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from privacykit.errors import ConfigError, Problem

_QUARTER = re.compile(r"^(\d{4})-?Q([1-4])$", re.IGNORECASE)
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_RANGE = re.compile(r"^(\d{4}-\d{2}-\d{2})\s*\.\.\s*(\d{4}-\d{2}-\d{2})$")


@dataclass(frozen=True)
class Period:
    """An audit period: calendar days ``first``..``last`` (inclusive) in ``timezone``."""

    label: str
    first: dt.date
    last: dt.date
    timezone: str

    @property
    def start_utc(self) -> dt.datetime:
        """The period's first instant, as naive UTC."""
        return _utc(self.first, self.timezone)

    @property
    def end_utc(self) -> dt.datetime:
        """The instant just after the period (midnight after ``last``), as naive UTC."""
        return _utc(self.last + dt.timedelta(days=1), self.timezone)

    def __str__(self) -> str:
        return f"{self.label} ({self.first} to {self.last}, {self.timezone})"


def _utc(day: dt.date, zone: str) -> dt.datetime:
    local = dt.datetime.combine(day, dt.time(), tzinfo=ZoneInfo(zone))
    return local.astimezone(dt.UTC).replace(tzinfo=None)


def parse_period(text: str, timezone: str) -> Period:
    """Parse a period label; raise ConfigError saying which forms are accepted."""
    text = text.strip()
    if m := _QUARTER.match(text):
        year, q = int(m[1]), int(m[2])
        first = dt.date(year, 3 * q - 2, 1)
        after = dt.date(year + 1, 1, 1) if q == 4 else dt.date(year, 3 * q + 1, 1)
        return Period(f"{year}Q{q}", first, after - dt.timedelta(days=1), timezone)
    if m := _MONTH.match(text):
        year, month = int(m[1]), int(m[2])
        if 1 <= month <= 12:
            first = dt.date(year, month, 1)
            after = dt.date(year + month // 12, month % 12 + 1, 1)
            return Period(text, first, after - dt.timedelta(days=1), timezone)
    if m := _YEAR.match(text):
        year = int(m[1])
        return Period(text, dt.date(year, 1, 1), dt.date(year, 12, 31), timezone)
    if m := _RANGE.match(text):
        try:
            first, last = dt.date.fromisoformat(m[1]), dt.date.fromisoformat(m[2])
        except ValueError:
            pass
        else:
            if first <= last:
                return Period(f"{first}..{last}", first, last, timezone)
    raise ConfigError(
        [
            Problem(
                f"{text!r} is not a period; write 2026Q3, 2026-08, 2026 or "
                "2026-07-01..2026-09-30 (first and last day, inclusive)",
                field="period",
            )
        ]
    )


def last_full_quarter(today: dt.date, timezone: str) -> Period:
    """Return the most recent quarter that ended before ``today``."""
    q = (today.month - 1) // 3  # the current quarter is q + 1; the previous one is q
    year = today.year if q else today.year - 1
    return parse_period(f"{year}Q{q or 4}", timezone)


def audit_period(text: str | None, timezone: str) -> Period:
    """Return the period ``text`` names, or the last full quarter before today (company time)."""
    if text:
        return parse_period(text, timezone)
    return last_full_quarter(dt.datetime.now(ZoneInfo(timezone)).date(), timezone)
