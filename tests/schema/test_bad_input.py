"""Each kind of bad input gets its own error, quarantine reason or note; nothing vanishes."""

from __future__ import annotations

from pathlib import Path

import pytest

from privacykit.errors import DataError
from privacykit.schema.load import connect, load_sources
from privacykit.schema.mapping import parse_mapping


def test_wrong_types_and_duplicate_keys_are_noted_and_kept(tmp_path: Path) -> None:
    (tmp_path / "orders.csv").write_text(
        "order,cust,when,total\n"
        "T1,C1,2026-07-01 10:00,19.99\n"
        "T1,C1,2026-07-01 10:00,19.99\n"  # the same order exported twice
        "T2,C1,2026-07-02 10:00,twelve\n"  # not a number
        "T3,C1,2026-07-03 10:00,1e3\n"
    )
    m = {
        "sources": [
            {
                "table": "transactions",
                "file": "orders.csv",
                "columns": {
                    "transaction_id": "order",
                    "customer_id": "cust",
                    "occurred_at": "when",
                    "amount": "total",
                },
            }
        ]
    }
    con = connect()
    report = load_sources(parse_mapping(m, tmp_path), con)
    assert report.totals("transactions") == (4, 4, 0)  # duplicates are kept, and reported
    notes = {(n.column, n.reason): n for n in report.notes}
    assert notes[("amount", "not a valid float")].examples == ("row 3: 'twelve'",)
    assert notes[("transaction_id", "duplicate key (rows kept)")].examples == ("'T1' x2",)
    assert con.execute("SELECT amount FROM transactions ORDER BY transaction_id").fetchall() == [
        (19.99,),
        (19.99,),
        (None,),
        (1000.0,),
    ]


def test_a_file_that_is_not_what_the_mapping_says_is_reported(tmp_path: Path) -> None:
    (tmp_path / "sends.parquet").write_text("id,ts\nS1,2026-07-01\n")  # CSV named .parquet
    (tmp_path / "consents.csv").write_bytes(b"PAR1\x00\x01\x02 binary junk \xff\xfe")
    m = {
        "sources": [
            {
                "table": "contacts",
                "file": "sends.parquet",
                "columns": {"contact_id": "id", "sent_at": "ts"},
                "constants": {"channel": "email", "customer_id": "C1"},
            },
            {
                "table": "consents",
                "file": "consents.csv",
                "columns": {"channel": "a", "consent_type": "b", "granted_at": "c"},
            },
        ]
    }
    with pytest.raises(DataError) as info:
        load_sources(parse_mapping(m, tmp_path), connect())
    text = str(info.value)
    assert "sends.parquet: cannot be read" in text and "check the file, its delimiter:" in text
    assert "consents.csv:" in text  # the second problem is reported with the first
    assert text.startswith("2 data problems:")
