"""Timestamps as systems write them: offsets and zone names win over the source's zone."""

from __future__ import annotations

import datetime as dt

import pytest

from privacykit.schema.canonical import TABLES
from privacykit.schema.load import connect
from privacykit.schema.normalize import mapped, parse_expr

SENT_AT = TABLES["contacts"].column("sent_at")
CON = connect()


@pytest.mark.parametrize(
    ("raw", "utc"),
    [
        ("2026-07-01 21:00:00", dt.datetime(2026, 7, 2, 1)),  # naive: the source's zone (EDT)
        ("2026-07-01", dt.datetime(2026, 7, 1, 4)),  # a date alone: local midnight
        ("2026-07-01T21:00:00Z", dt.datetime(2026, 7, 1, 21)),
        ("2026-07-01 21:00:00 Z", dt.datetime(2026, 7, 1, 21)),
        ("2026-07-01 21:00:00 UTC", dt.datetime(2026, 7, 1, 21)),  # BigQuery's export
        ("2026-07-01 21:00:00UTC", dt.datetime(2026, 7, 1, 21)),
        ("2026-07-01 21:00:00 GMT", dt.datetime(2026, 7, 1, 21)),
        ("2026-07-01 21:00:00-07", dt.datetime(2026, 7, 2, 4)),  # PostgreSQL's
        ("2026-07-01 21:00:00 -07:00", dt.datetime(2026, 7, 2, 4)),
        ("2026-07-01 21:00:00+0530", dt.datetime(2026, 7, 1, 15, 30)),
        ("2026-07-01 21:00:00 Europe/Berlin", dt.datetime(2026, 7, 1, 19)),  # CEST
        ("2026-01-15 21:00:00 America/Indiana/Indianapolis", dt.datetime(2026, 1, 16, 2)),
        ("2026-07-01 21:00:00 Mars/Base", None),  # an unknown zone is unreadable, not guessed
    ],
)
def test_offsets_and_zone_names(raw: str, utc: dt.datetime | None) -> None:
    expr = parse_expr(SENT_AT, mapped("$1::VARCHAR", None), (), "America/New_York")
    assert CON.execute(f"SELECT {expr}", [raw]).fetchall() == [(utc,)]
