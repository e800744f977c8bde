"""The bulk history's calendar: its days, months, holidays and monthly campaign codes.

Days are indexes from ``DAY0`` and times are epoch seconds; the kernels here move them between
zones and spell them the way each system writes them.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from privacykit.sample.columns import I64, join, substring
from privacykit.sample.geography import ZONES

DAY0 = np.datetime64("2024-01-01", "D")  # a Monday: day index % 7 == 6 is a Sunday
DAYS = 1004  # 2024-01-01 .. 2026-09-30, the bulk history
MONTHS = 33  # 2024-01 .. 2026-09
EPOCH0 = int(DAY0.astype("datetime64[s]").astype(np.int64))
SLOT_DAYS, SLOTS = 59, 17  # a phone contact's day = slot * SLOT_DAYS + rank on the shared number
# US federal holidays (observed) of the bulk history, written out by hand (a test compares them
# with the holidays library): no bulk call or text falls on one, as some states block them.
HOLIDAYS = (
    "2024-01-01 2024-01-15 2024-02-19 2024-05-27 2024-06-19 2024-07-04 2024-09-02 2024-10-14 "
    "2024-11-11 2024-11-28 2024-12-25 2025-01-01 2025-01-20 2025-02-17 2025-05-26 2025-06-19 "
    "2025-07-04 2025-09-01 2025-10-13 2025-11-11 2025-11-27 2025-12-25 2026-01-01 2026-01-19 "
    "2026-02-16 2026-05-25 2026-06-19 2026-07-03 2026-07-04 2026-09-07"
).split()
BLOCKED = np.zeros(DAYS + 7, np.bool_)
BLOCKED[(np.array(HOLIDAYS, "datetime64[D]") - DAY0).astype(np.int64)] = True
YM = [f"{2024 + m // 12}-{m % 12 + 1:02d}" for m in range(MONTHS)]
EM_CODES = pa.array([f"EM-{ym}-{h}" for ym in YM for h in "AB"])
TM_CODES, SM_CODES = pa.array([f"TM-{ym}" for ym in YM]), pa.array([f"SM-{ym}" for ym in YM])
PU_CODES = pa.array([f"PU-{ym}" for ym in YM])
ML_CODES = pa.array([f"ML-{2024 + m // 12}-Q{m % 12 // 3 + 1}" for m in range(MONTHS)])
FAX_YEARS = ("2024", "2025", "2026")  # a trade price-list fax campaign per year
FX_CODES = pa.array([f"FX-B2B-{y}" for y in FAX_YEARS])


def to_utc(local: I64, zone: I64) -> I64:
    """Return UTC epoch seconds of naive local epoch seconds, zone by zone (Arrow's tz data)."""
    out = np.empty_like(local)
    for z in np.unique(zone):
        mask = zone == z
        aware = pc.assume_timezone(pa.array(local[mask].astype("datetime64[s]")),
                                   timezone=ZONES[int(z)])  # fmt: skip
        out[mask] = aware.cast(pa.int64()).to_numpy()
    return out


def to_chicago(utc: I64) -> I64:
    """Return the dialer's naive America/Chicago wall time of UTC epoch seconds."""
    aware = pa.array(utc.astype("datetime64[s]")).cast(pa.timestamp("s", tz="America/Chicago"))
    return np.asarray(pc.local_timestamp(aware).cast(pa.int64()).to_numpy(), np.int64)


def month_index(day: I64) -> I64:
    """Return the month of each day index (0 is 2024-01), clipped to the bulk history."""
    months = (DAY0 + day).astype("datetime64[M]") - DAY0.astype("datetime64[M]")
    return np.asarray(np.clip(months.astype(np.int64), 0, MONTHS - 1), np.int64)


def stamp(secs: I64) -> Any:
    """Return 'YYYY-MM-DD HH:MM:SS' for epoch seconds (a cast: much faster than strftime)."""
    return pc.cast(pa.array(np.asarray(secs).astype("datetime64[s]")), pa.string())


def iso_z(secs: I64) -> Any:
    text = stamp(secs)
    return join(substring(text, 0, 10), "T", substring(text, 11, 19), "Z")


def us_stamp(secs: I64, seconds: bool = True) -> Any:
    """Return 'MM/DD/YYYY HH:MM[:SS]', the way the CRM and the dialer write times."""
    text = stamp(secs)
    return join(us_date(substring(text, 0, 10)), " ", substring(text, 11, 19 if seconds else 16))


def fax_stamp(secs: I64) -> Any:
    """Return 'MM/DD/YYYY hh:mm:ss AM', the fax server's 12-hour clock (it logs UTC)."""
    return pc.strftime(pa.array(np.asarray(secs).astype("datetime64[s]")),
                       format="%m/%d/%Y %I:%M:%S %p")  # fmt: skip


def us_date(ymd: Any) -> Any:
    return join(substring(ymd, 5, 7), "/", substring(ymd, 8, 10), "/", substring(ymd, 0, 4))


def day_text(day: I64) -> Any:
    return pc.cast(pa.array(DAY0 + np.asarray(day)), pa.string())
