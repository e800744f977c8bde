"""Excel sheets, SQL databases and folders of files as sources; secrets stay out of mappings."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from privacykit.errors import ConfigError, DataError
from privacykit.schema.load import connect, load_sources
from privacykit.schema.mapping import parse_mapping


def one(source: dict[str, Any]) -> dict[str, Any]:
    return {"defaults": {"timezone": "America/Chicago"}, "sources": [source]}


def test_excel_sheet_with_numbers_dates_and_blank_rows(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "Notes"
    ws = book.create_sheet("Campaigns")
    ws.append(["Code", "Channel", "Unsub link", "Launched"])
    ws.append(["SPRING-26", "EMAIL", "Y", dt.datetime(2026, 3, 1)])
    ws.append([None, None, None, None])  # a blank row: skipped, numbering goes on
    ws.append([4711, "Email", "N", dt.datetime(2026, 4, 1, 9, 30)])  # a number as an id
    ws.append([None, "SMS", "Y", None])  # no id: quarantined at data row 4
    book.save(tmp_path / "campaigns.xlsx")
    source = {
        "table": "campaigns",
        "file": "campaigns.xlsx",
        "sheet": "Campaigns",
        "columns": {"campaign_id": "Code", "channel": "Channel", "has_unsubscribe": "Unsub link"},
    }
    (tmp_path / "sends.csv").write_text("id,ts\nS1,2026-07-01\n")
    sends = {
        "table": "contacts",
        "file": "sends.csv",
        "columns": {"contact_id": "id", "sent_at": "ts"},
        "constants": {"channel": "email", "customer_id": "C1"},
    }
    con = connect()  # a CSV source first: the sheet is read on a connection already in use
    mapping = {"sources": [sends, source]}
    report = load_sources(parse_mapping(mapping, tmp_path), con)
    rows = con.execute(
        "SELECT campaign_id, channel, has_unsubscribe FROM campaigns ORDER BY 1"
    ).fetchall()
    assert rows == [("4711", "email", False), ("SPRING-26", "email", True)]
    assert report.totals("campaigns") == (3, 2, 1)
    assert report.quarantine[0].examples == ("row 4",)

    source["sheet"] = "Campagnes"
    with pytest.raises(DataError) as info:
        load_sources(parse_mapping(one(source), tmp_path), connect())
    assert "has no sheet 'Campagnes'; its sheets: Notes, Campaigns" in str(info.value)


def test_a_file_that_is_not_excel_is_reported(tmp_path: Path) -> None:
    (tmp_path / "campaigns.xlsx").write_text("Code\nX\n")
    source = {"table": "campaigns", "file": "campaigns.xlsx", "columns": {"campaign_id": "Code"}}
    with pytest.raises(DataError, match="cannot be read as xlsx"):
        load_sources(parse_mapping(one(source), tmp_path), connect())


def _crm_db(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE consent_log (who TEXT, chan TEXT, kind TEXT, captured TEXT, n INT)")
    db.executemany(
        "INSERT INTO consent_log VALUES (?, ?, ?, ?, ?)",
        [
            ("C1", "SMS", "express_written", "2026-07-01 09:00:00", 1),
            ("C2", "email", "express", "2026-07-02 09:00:00", 2),
            ("C3", "email", "express", None, 3),  # no capture time: quarantined
        ],
    )
    db.commit()
    db.close()


def test_sql_source_reads_a_database_with_the_password_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _crm_db(tmp_path / "crm.sqlite")
    source = {
        "table": "consents",
        "url": "sqlite:///crm.sqlite",  # relative to the mapping's folder
        "query": "SELECT * FROM consent_log ORDER BY n",
        "columns": {
            "customer_id": "who",
            "channel": "chan",
            "consent_type": "kind",
            "granted_at": "captured",
        },
    }
    con = connect()
    report = load_sources(parse_mapping(one(source), tmp_path), con)
    assert con.execute(
        "SELECT customer_id, channel, granted_at FROM consents ORDER BY 1"
    ).fetchall() == [
        ("C1", "sms", dt.datetime(2026, 7, 1, 14, 0)),  # 09:00 Chicago (CDT) is 14:00 UTC
        ("C2", "email", dt.datetime(2026, 7, 2, 14, 0)),
    ]
    assert report.totals("consents") == (3, 2, 1)
    assert report.quarantine[0].examples == ("row 3",)

    # a password comes from the variable password_env names; a missing variable is reported
    source["password_env"] = "PK_TEST_CRM_PASSWORD"
    monkeypatch.delenv("PK_TEST_CRM_PASSWORD", raising=False)
    with pytest.raises(DataError, match="PK_TEST_CRM_PASSWORD \\(password_env\\) is not set"):
        load_sources(parse_mapping(one(source), tmp_path), connect())
    monkeypatch.setenv("PK_TEST_CRM_PASSWORD", "s3cret-value")  # SQLite refuses passwords
    with pytest.raises(DataError) as info:
        load_sources(parse_mapping(one(source), tmp_path), connect())
    assert "the database or query failed" in str(info.value)
    assert "s3cret-value" not in str(info.value)
    del source["password_env"]
    source["query"] = "SELECT * FROM no_such_table"
    with pytest.raises(DataError, match=r"query failed .*no such table: no_such_table"):
        load_sources(parse_mapping(one(source), tmp_path), connect())


def test_an_inline_password_is_refused_with_the_fix(tmp_path: Path) -> None:
    source = {
        "table": "consents",
        "url": "postgresql://audit:hunter2@db.internal/crm",
        "query": "SELECT 1",
        "columns": {"channel": "c", "consent_type": "t", "granted_at": "g"},
    }
    with pytest.raises(ConfigError) as info:
        parse_mapping(one(source), tmp_path)
    text = str(info.value)
    assert "the URL carries a password" in text and "set password_env:" in text
    assert "hunter2" not in text
    source.update(url="postgresql://audit@db.internal/crm", password_env="not a name")
    source["file"] = "x.csv"
    with pytest.raises(ConfigError) as info:
        parse_mapping(one(source), tmp_path)
    assert "either a file (file:) or a database (url:)" in str(info.value)
    assert "the name of an environment variable" in str(info.value)


def test_a_folder_feeds_one_table_and_rows_name_their_file(tmp_path: Path) -> None:
    sends = tmp_path / "sends"
    sends.mkdir()
    (sends / "2026-07.csv").write_text("id,to,ts\nS1,a@example.com,2026-07-01T10:00:00Z\n")
    (sends / "2026-08.csv").write_text(
        "id,to,ts\nS2,b@example.com,2026-08-01T10:00:00Z\nS3,c@example.com,yesterday\n"
    )
    (sends / "README").write_text("not data")
    source = {
        "table": "contacts",
        "file": "sends",
        "format": "csv",
        "columns": {"contact_id": "id", "to_email": "to", "sent_at": "ts"},
        "constants": {"channel": "email"},
    }
    con = connect()
    report = load_sources(parse_mapping(one(source), tmp_path), con)
    assert con.execute("SELECT contact_id FROM contacts ORDER BY 1").fetchall() == [
        ("S1",),
        ("S2",),
    ]
    assert report.totals("contacts") == (3, 2, 1)
    assert report.quarantine[0].examples == ("2026-08.csv row 2",)
    notes = [n for n in report.notes if n.column == "sent_at"]
    assert notes[0].examples == ("2026-08.csv row 2: 'yesterday'",)
