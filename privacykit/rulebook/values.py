"""Parse and compare parameter values by unit; shared by the rulebook loader and overrides."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from privacykit.rulebook.models import Stricter, Unit

_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")

US_STATES = frozenset(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH "
    "NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI AS MP".split()
)
CA_PROVINCES = frozenset("AB BC MB NB NL NS NT NU ON PE QC SK YT".split())
EU_MEMBERS = frozenset(
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split()
)

_INT_UNITS = {
    Unit.BUSINESS_DAYS,
    Unit.CALENDAR_DAYS,
    Unit.MONTHS,
    Unit.YEARS,
    Unit.AGE_YEARS,
    Unit.COUNT,
    Unit.RINGS,
}
_NUMBER_UNITS = {Unit.HOURS, Unit.MINUTES, Unit.SECONDS, Unit.FEET}


def is_jurisdiction(code: str) -> bool:
    """Return True for US, US-XX (state), CA, CA-XX (province), EU, EU-XX (member), UK."""
    if code in ("US", "CA", "EU", "UK"):
        return True
    top, _, sub = code.partition("-")
    members = {"US": US_STATES, "CA": CA_PROVINCES, "EU": EU_MEMBERS}.get(top)
    return members is not None and sub in members


def parse_value(raw: Any, unit: Unit) -> tuple[Any, str | None]:
    """Parse ``raw`` as a value of ``unit``; return ``(value, None)`` or ``(None, what_is_wrong)``.

    Tables are parsed by the loader, row by row, with this function for each cell.
    """
    parser = _PARSERS.get(unit)
    if parser is None:
        return None, f"unit '{unit.value}' has no scalar value"
    return parser(raw)


def _int(raw: Any) -> tuple[Any, str | None]:
    if isinstance(raw, bool) or not isinstance(raw, int) or raw < 0:
        return None, f"expected a whole number >= 0, got {raw!r}"
    return raw, None


def _number(raw: Any) -> tuple[Any, str | None]:
    if isinstance(raw, bool) or not isinstance(raw, (int, float)) or raw < 0:
        return None, f"expected a number >= 0, got {raw!r}"
    return raw, None


def _percent(raw: Any) -> tuple[Any, str | None]:
    value, err = _number(raw)
    if err is None and value > 100:
        return None, f"expected a percentage between 0 and 100, got {raw!r}"
    return value, err


def _time(raw: Any) -> tuple[Any, str | None]:
    if isinstance(raw, int) and not isinstance(raw, bool):
        # YAML 1.1 reads an unquoted 08:00 as the sexagesimal number 480.
        return None, f'got the number {raw}; quote times of day, e.g. "08:00"'
    if not isinstance(raw, str) or not _TIME.match(raw):
        return None, f'expected a time of day "HH:MM" (24-hour), got {raw!r}'
    hour, minute = raw.split(":")
    return dt.time(int(hour), int(minute)), None


def parse_date(raw: Any) -> tuple[dt.date | None, str | None]:
    """Parse a YAML date (or an ISO ``YYYY-MM-DD`` string)."""
    if isinstance(raw, dt.datetime):
        return None, f"expected a date YYYY-MM-DD without a time, got {raw!r}"
    if isinstance(raw, dt.date):
        return raw, None
    if isinstance(raw, str):
        try:
            return dt.date.fromisoformat(raw), None
        except ValueError:
            pass
    return None, f"expected a date YYYY-MM-DD, got {raw!r}"


def _bool(raw: Any) -> tuple[Any, str | None]:
    if not isinstance(raw, bool):
        return None, f"expected true or false, got {raw!r}"
    return raw, None


def _text(raw: Any) -> tuple[Any, str | None]:
    if not isinstance(raw, str) or not raw:
        return None, f"expected non-empty text, got {raw!r}"
    return raw, None


def _keywords(raw: Any) -> tuple[Any, str | None]:
    if not isinstance(raw, list) or not raw or not all(isinstance(k, str) and k for k in raw):
        return None, f"expected a non-empty list of words, got {raw!r}"
    return tuple(raw), None


def _states(raw: Any) -> tuple[Any, str | None]:
    value, err = _keywords(raw)
    if err:
        return None, f"expected a non-empty list of state codes, got {raw!r}"
    bad = [s for s in value if s not in US_STATES]
    if bad:
        return None, f"not US state codes: {', '.join(map(str, bad))}"
    return value, None


_PARSERS: dict[Unit, Callable[[Any], tuple[Any, str | None]]] = {
    **{u: _int for u in _INT_UNITS},
    **{u: _number for u in _NUMBER_UNITS},
    Unit.PERCENT: _percent,
    Unit.USD: _number,
    Unit.CAD: _number,
    Unit.EUR: _number,
    Unit.GBP: _number,
    Unit.TIME_OF_DAY: _time,
    Unit.DATE: parse_date,
    Unit.BOOLEAN: _bool,
    Unit.TEXT: _text,
    Unit.KEYWORDS: _keywords,
    Unit.STATES: _states,
}


def is_at_least_as_strict(new: Any, legal: Any, stricter: Stricter) -> bool:
    """Return True when ``new`` is as strict as ``legal`` or stricter, in direction ``stricter``.

    A missing legal value (``None``, e.g. a state with no rule of its own) accepts any value.
    """
    if legal is None:
        return True
    if new is None:
        return False
    if stricter is Stricter.LOWER:
        return bool(new <= legal)
    if stricter is Stricter.HIGHER:
        return bool(new >= legal)
    if stricter is Stricter.SUPERSET:
        return {str(x).casefold() for x in legal} <= {str(x).casefold() for x in new}
    return bool(new == legal)
