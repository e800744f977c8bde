"""The lessons' calculator: a recipient's local time, and business-day deadlines.

Both use the audit's own helpers (the zone tables that place a number or an address, the
holiday calendars that define a business day), so a lesson's figure is the audit's figure.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from privacykit.checks.calendar import business_day, holidays_between
from privacykit.checks.tzoffsets import load_zone, local_time
from privacykit.rulebook import Calendar

FEDERAL_START, FEDERAL_END = dt.time(8, 0), dt.time(21, 0)


@dataclass(frozen=True)
class LocalTime:
    """A moment on the sender's clock as the recipient sees it, and the federal window."""

    zone: str
    local: dt.datetime
    utc: dt.datetime
    in_federal_window: bool
    at_window_end: bool  # exactly 9 p.m.: 'after 9 p.m.' may allow it; the audit asks a review


@dataclass(frozen=True)
class Deadline:
    """Business day N after a request, with the holidays skipped on the way."""

    received: dt.date
    days: int
    calendar: str
    due: dt.date
    holidays: tuple[tuple[dt.date, str], ...]
    uncertain: tuple[tuple[dt.date, str], ...]  # holidays the law may or may not count
    lenient_due: dt.date  # the later reading, when an uncertain holiday is skipped


def recipient_time(sender_time: dt.datetime, sender_zone: str, recipient_zone: str) -> LocalTime:
    """Return ``sender_time`` (on the sender's clock in ``sender_zone``) in ``recipient_zone``.

    The federal calling window is 8 a.m. to 9 p.m. in the recipient's local time (TCPA, TSR);
    a state may be narrower (the lesson's rule cards show them).

    Raises:
        ValueError: an unknown zone.
    """
    utc = sender_time.replace(tzinfo=load_zone(sender_zone)).astimezone(dt.UTC).replace(tzinfo=None)
    local = local_time(recipient_zone, utc)
    inside = FEDERAL_START <= local.time() < FEDERAL_END
    return LocalTime(recipient_zone, local, utc, inside, local.time() == FEDERAL_END)


def deadline(received: dt.date, days: int, calendar: str = "US-federal") -> Deadline:
    """Return business day ``days`` after ``received`` on a holiday calendar.

    Day 0 is the day of receipt; weekends and the calendar's holidays do not count. A holiday
    whose observance the law leaves unsure counts as a business day (the earlier, strict
    deadline); ``lenient_due`` is the later date if it is skipped.

    Raises:
        ValueError: a negative number of days or an unknown calendar.
    """
    cal = Calendar(calendar)
    due = business_day(cal, received, days, "strict")
    lenient = business_day(cal, received, days, "lenient")
    found = holidays_between(cal, received, max(due, lenient))
    return Deadline(
        received,
        days,
        cal.value,
        due,
        tuple((d, name) for d, name, sure in found if sure),
        tuple((d, name) for d, name, sure in found if not sure),
        lenient,
    )
