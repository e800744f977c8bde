"""Inputs real exports produce that once went wrong: each is now read right or refused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from privacykit.errors import ConfigError
from privacykit.schema.load import connect, load_sources
from privacykit.schema.mapping import parse_mapping

OPTOUT = {"address": "who", "received_at": "when"}


def source(**spec: Any) -> dict[str, Any]:
    return {"defaults": {"timezone": "America/New_York"}, "sources": [spec]}


def test_mapping_mistakes_are_refused_with_the_key_to_fix(tmp_path: Path) -> None:
    (tmp_path / "o.csv").write_text("who,when,chan\na@example.com,2026-07-01,E\n")
    spec = {
        "table": "optouts",
        "file": "o.csv",
        "columns": {**OPTOUT, "channel": "chan"},
        "formats": {"received_at": ["%Y-%m-%d %z"], "processed_at": 5},
        "values": {"channel": {"E": "e-mail"}, "scope": ["all"]},
        "constants": {"method": "link", "scope": "everything"},
    }
    with pytest.raises(ConfigError) as info:
        parse_mapping(source(**spec), tmp_path)
    text = str(info.value)
    assert "field 'formats.received_at': remove %z/%Z" in text
    assert "field 'formats.processed_at': expected a strptime format" in text
    assert "field 'values.channel': maps to 'e-mail', not one of email" in text
    assert "field 'values.scope': expected {source value: canonical value}" in text
    assert "field 'constants.scope': 'everything' is not one of program, all" in text


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://audit@db.internal/crm?password=hunter2",
        "mssql+pyodbc://audit@dsn?odbc_connect=PWD%3Dhunter2",
        "sqlite:///crm.db?pwd=hunter2",
    ],
)
def test_a_password_in_the_url_query_is_refused_too(tmp_path: Path, url: str) -> None:
    spec = {"table": "optouts", "url": url, "query": "SELECT 1", "columns": OPTOUT}
    spec["constants"] = {"channel": "email"}
    with pytest.raises(ConfigError) as info:
        parse_mapping(source(**spec), tmp_path)
    assert "the URL carries a password" in str(info.value)
    assert "hunter2" not in str(info.value)


def test_parquet_ids_and_phones_stored_as_doubles_read_as_digits(tmp_path: Path) -> None:
    pq.write_table(
        pa.table(
            {
                "cust": pa.array([1001.0, None], pa.float64()),
                "phone": pa.array([6145550101.0, 6145550102.0], pa.float64()),
                "spend": pa.array([19.5, 20.0], pa.float64()),
            }
        ),
        tmp_path / "c.parquet",
    )
    spec = {
        "table": "customers",
        "file": "c.parquet",
        "columns": {"customer_id": "cust", "phone": "phone"},
    }
    con = connect()
    report = load_sources(parse_mapping(source(**spec), tmp_path), con)
    assert con.execute("SELECT customer_id, phone FROM customers").fetchall() == [
        ("1001", "+16145550101")
    ]
    assert report.totals("customers") == (2, 1, 1)
    assert not report.notes


def test_implied_consent_does_not_lift_an_opt_out(tmp_path: Path) -> None:
    (tmp_path / "o.csv").write_text("who,when\njoe@example.com,2026-07-01 09:00\n")
    (tmp_path / "k.csv").write_text(
        "who,kind,when\n"
        "joe@example.com,implied_purchase,2026-07-02 09:00\n"  # he bought something: no
        "joe@example.com,express,2026-07-20 09:00\n"  # he ticked the box again: yes
    )
    m = {
        "sources": [
            {
                "table": "optouts",
                "file": "o.csv",
                "columns": OPTOUT,
                "constants": {"channel": "email"},
            },
            {
                "table": "consents",
                "file": "k.csv",
                "columns": {"address": "who", "consent_type": "kind", "granted_at": "when"},
                "constants": {"channel": "email"},
            },
        ]
    }
    con = connect()
    load_sources(parse_mapping(m, tmp_path), con)
    assert con.execute("SELECT received_at, superseded_at FROM suppressions").fetchall() == [
        (dt.datetime(2026, 7, 1, 9), dt.datetime(2026, 7, 20, 9))
    ]


def test_unreadable_values_are_noted_not_misread(tmp_path: Path) -> None:
    (tmp_path / "o.csv").write_bytes(
        "who;when;chan;note\n"
        "a@example.com;2026-07-02 10:00:00 PM;EMAIL;O’Brien\n"  # 'PM' dropped would be 10:00
        "(614) 555-0101;2026-07-02 10:00:00 PDT;PHONE+SMS;\n"  # unknown channel code
        "b@example.com;2026-07-02 10:00:00;b@example.com;\n".encode("cp1252")  # a slip
    )
    spec = {
        "table": "optouts",
        "file": "o.csv",
        "delimiter": ";",
        "encoding": "latin-1",  # Windows bytes such as 0x92 (’) read too
        "columns": {**OPTOUT, "channel": "chan", "program": "note"},
    }
    con = connect()
    report = load_sources(parse_mapping(source(**spec), tmp_path), con)
    assert report.totals("optouts") == (3, 1, 2)  # the two times are unreadable: quarantined
    times = next(n for n in report.notes if n.column == "received_at")
    assert times.examples == (
        "row 1: '2026-07-02 10:00:00 PM'",
        "row 2: '2026-07-02 10:00:00 PDT'",
    )
    channel = next(n for n in report.notes if n.column == "channel")
    assert channel.reason.endswith("read as 'all', the conservative reading")
    assert channel.examples == ("row 2: 'PHONE+SMS'", "row 3: 'b***@example.com'")  # masked
    assert con.execute("SELECT channel, program FROM optouts").fetchall() == [("all", None)]


def test_a_contact_without_an_id_is_named_by_its_file_and_row(tmp_path: Path) -> None:
    (tmp_path / "calls.csv").write_text("id,to,ts\n,(614) 555-0101,2026-07-01 12:00\n")
    spec = {
        "table": "contacts",
        "file": "calls.csv",
        "columns": {"contact_id": "id", "to_phone": "to", "sent_at": "ts"},
        "constants": {"channel": "call"},
    }
    con = connect()
    load_sources(parse_mapping(source(**spec), tmp_path), con)
    assert con.execute("SELECT contact_id, to_phone FROM contacts").fetchall() == [
        ("calls.csv row 1", "+16145550101")
    ]


def test_a_folder_reads_only_files_of_its_format(tmp_path: Path) -> None:
    (tmp_path / "optouts").mkdir()
    (tmp_path / "optouts" / "a.csv").write_text("who,when\na@example.com,2026-07-01\n")
    (tmp_path / "optouts" / "README.txt").write_text("how this folder is made\n")
    spec = {"table": "optouts", "file": "optouts", "format": "csv", "columns": OPTOUT}
    spec["constants"] = {"channel": "email"}
    sources = parse_mapping(source(**spec), tmp_path)
    assert [p.name for p in sources[0].files] == ["a.csv"]
