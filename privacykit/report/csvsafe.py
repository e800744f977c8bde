"""CSV files that a spreadsheet opens as text: no cell of the data runs as a formula.

A spreadsheet reads a cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage
return before one) as a formula, so a name such as ``=HYPERLINK(...)`` in the data would run
when a colleague opens the file. Such cells get a leading apostrophe, which spreadsheets show
as text. A whole E.164 number (``+13125550142``) is left as it is: it is the identifier a team
needs to act on, and a number alone runs nothing.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pandas as pd

from privacykit.fsutil import write_atomic

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_E164 = re.compile(r"\+\d{8,15}")


def safe_cell(value: object) -> object:
    """Return ``value`` with a leading apostrophe when a spreadsheet would run it as a formula.

    Non-strings are returned unchanged, and so is a string that is a whole E.164 number.
    """
    if not isinstance(value, str) or not value.startswith(_FORMULA_START):
        return value
    if _E164.fullmatch(value):
        return value
    return "'" + value


def write_csv(path: Path, frame: pd.DataFrame) -> None:
    """Write ``frame`` to ``path`` as spreadsheet-safe UTF-8 CSV with a header, atomically.

    Text cells and column names go through :func:`safe_cell`; timestamps are written in ISO
    8601 (``2026-07-01T04:00:00``); missing values are empty cells. The file appears whole or
    not at all (:func:`privacykit.fsutil.write_atomic`).
    """
    columns = [_safe_column(frame.iloc[:, i]) for i in range(frame.shape[1])]
    out = pd.concat(columns, axis=1) if columns else pd.DataFrame(index=range(len(frame)))
    out.columns = [str(safe_cell(str(name))) for name in frame.columns]
    buffer = io.StringIO()
    out.to_csv(buffer, index=False, lineterminator="\n")
    write_atomic(path, buffer.getvalue())


def _safe_column(column: pd.Series) -> pd.Series:
    """Return ``column`` ready for CSV: timestamps in ISO, text cells made safe."""
    values = column.reset_index(drop=True)
    if pd.api.types.is_bool_dtype(values) or pd.api.types.is_numeric_dtype(values):
        return values
    if pd.api.types.is_datetime64_any_dtype(values):
        return values.map(_iso).astype(object)
    return values.astype(object).map(_safe_value)


def _safe_value(value: object) -> object:
    if isinstance(value, dt.datetime | dt.date):
        return _iso(value)
    return safe_cell(value)


def _iso(value: object) -> object:
    """Return a timestamp or date in ISO 8601; a missing one as None."""
    if value is None or value is pd.NaT:
        return None
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value
