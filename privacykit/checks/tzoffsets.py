"""UTC-offset intervals per time zone: the table the engine joins to turn naive UTC into local time.

An event at naive-UTC instant ``t`` in zone ``z`` joins the row with ``zone == z`` and
``start_utc <= t < end_utc``; its local time is ``t + offset_s`` seconds. Each zone's rows are
contiguous (a row's ``end_utc`` is the next row's ``start_utc``), do not overlap, and split
exactly at every transition: a change of UTC offset or of abbreviation, to the second.

``zoneinfo`` does not expose its transitions, so they are found by sampling the zone every
six hours and bisecting to the second wherever the (offset, abbreviation) pair changes. Two
transitions closer together than six hours that return to the same state would be missed; the
tz database has none in North America or Europe this century.

Offsets come from the tz database that ``zoneinfo`` reads (the system's, else ``tzdata``).
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Iterable
from functools import lru_cache
from itertools import accumulate, compress, repeat
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pyarrow as pa

OFFSETS_SCHEMA = pa.schema(
    [
        pa.field("zone", pa.string(), nullable=False),
        pa.field("start_utc", pa.timestamp("us"), nullable=False),
        pa.field("end_utc", pa.timestamp("us"), nullable=False),
        pa.field("offset_s", pa.int32(), nullable=False),
        pa.field("abbrev", pa.string(), nullable=False),
    ]
)

# The intervals cover the requested days in every zone's local time, with room to spare.
MARGIN = dt.timedelta(days=2)
_STEP_S = 6 * 3600
_STEP = dt.timedelta(seconds=_STEP_S)
_EPOCH = dt.date(1970, 1, 1)

# One stretch of constant offset: (start, end) in seconds since the epoch, offset, abbreviation.
_Interval = tuple[int, int, int, str]


def load_zone(name: str) -> ZoneInfo:
    """Return the zone called ``name``; raise ValueError naming it if the tz database lacks it."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise ValueError(
            f"unknown time zone {name!r}; use an IANA name such as 'America/New_York'"
        ) from None


def offset_intervals(zones: Iterable[str], first: dt.date, last: dt.date) -> pa.Table:
    """Build the offset intervals of ``zones`` covering the days ``first``..``last``.

    Each zone is covered exactly from ``first`` 00:00 UTC minus two days to the midnight UTC
    after ``last`` plus two days, enough for any local day in the range. Duplicated zones count
    once; the rows are sorted by zone, then ``start_utc``. Results are cached.

    Returns:
        A table of ``OFFSETS_SCHEMA``: ``zone``, ``start_utc``, ``end_utc`` (naive UTC, end
        excluded), ``offset_s`` (local minus UTC, in seconds: -14400 for EDT) and ``abbrev``.

    Raises:
        ValueError: a zone is unknown, or ``last`` is before ``first``.
    """
    if last < first:
        raise ValueError(f"the range ends ({last}) before it starts ({first}); swap the dates")
    return _offset_table(tuple(sorted(set(zones))), first, last)


def local_time(zone: str, utc: dt.datetime) -> dt.datetime:
    """Return the naive local time in ``zone`` of the naive-UTC instant ``utc``.

    Raises:
        ValueError: ``utc`` carries a time zone (instants are naive UTC here), or the zone is
            unknown.
    """
    if utc.tzinfo is not None:
        raise ValueError(f"expected a naive UTC datetime, got {utc.isoformat()}; drop its tzinfo")
    return utc.replace(tzinfo=dt.UTC).astimezone(load_zone(zone)).replace(tzinfo=None)


@lru_cache(maxsize=32)
def _offset_table(zones: tuple[str, ...], first: dt.date, last: dt.date) -> pa.Table:
    lo = _seconds(first - MARGIN)
    hi = _seconds(last + dt.timedelta(days=1) + MARGIN)
    names: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    offsets: list[int] = []
    abbrevs: list[str] = []
    for zone in zones:
        for start, end, offset, abbrev in _zone_intervals(zone, lo, hi):
            names.append(zone)
            starts.append(start * 1_000_000)
            ends.append(end * 1_000_000)
            offsets.append(offset)
            abbrevs.append(abbrev)
    columns = [names, starts, ends, offsets, abbrevs]
    return pa.table(dict(zip(OFFSETS_SCHEMA.names, columns, strict=True)), schema=OFFSETS_SCHEMA)


@lru_cache(maxsize=1024)
def _zone_intervals(zone: str, lo: int, hi: int) -> tuple[_Interval, ...]:
    """Return the intervals of constant (offset, abbreviation) covering [lo, hi) exactly."""
    tz = load_zone(zone)
    samples = range(lo, hi + _STEP_S, _STEP_S)  # hi - lo is whole days: the last sample is hi
    changes = [(lo, _state(tz, lo))]
    for i in _changed_steps(tz, samples):
        left, right = samples[i], samples[i + 1]
        target = _state(tz, right)
        # More than one transition may fall between two samples: find them in order.
        while changes[-1][1] != target:
            left = _first_change(tz, left, right, changes[-1][1])
            changes.append((left, _state(tz, left)))
    changes = [change for change in changes if change[0] < hi]
    bounds = [at for at, _ in changes[1:]] + [hi]
    return tuple(
        (start, end, offset, abbrev)
        for (start, (offset, abbrev)), end in zip(changes, bounds, strict=True)
    )


def _changed_steps(tz: ZoneInfo, samples: range) -> list[int]:
    """Return each i where the offset or abbreviation differs between samples i and i + 1."""
    # Whole-list maps keep the per-sample work in C, about four times faster than calling
    # _state in a Python loop: 60 zones over 36 years take about a second instead of four.
    first = dt.datetime(1970, 1, 1, tzinfo=tz) + dt.timedelta(seconds=samples[0])
    utc = accumulate(repeat(_STEP, len(samples) - 1), operator.add, initial=first)
    local = list(map(tz.fromutc, utc))
    # Subtracting times of one zone ignores their offsets: a step's wall-clock length differs
    # from six hours exactly when the offset changed within it.
    moved = map(operator.ne, map(operator.sub, local[1:], local), repeat(_STEP))
    names = list(map(dt.datetime.tzname, local))
    renamed = map(operator.ne, names[1:], names)
    return list(compress(range(len(local) - 1), map(operator.or_, moved, renamed)))


def _first_change(tz: ZoneInfo, left: int, right: int, before: tuple[int, str]) -> int:
    """Bisect to the first second in (left, right] whose state differs from ``before``."""
    while right - left > 1:
        mid = (left + right) // 2
        if _state(tz, mid) == before:
            left = mid
        else:
            right = mid
    return right


def _state(tz: ZoneInfo, seconds: int) -> tuple[int, str]:
    """Return the UTC offset in seconds and the abbreviation in force at an epoch second."""
    local = dt.datetime.fromtimestamp(seconds, tz)
    offset = local.utcoffset()
    return (int(offset.total_seconds()) if offset is not None else 0, local.tzname() or "")


def _seconds(day: dt.date) -> int:
    """Return the epoch second of midnight UTC starting ``day``."""
    return (day - _EPOCH).days * 86_400
