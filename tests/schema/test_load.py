"""Loading messy exports: formats, encodings, delimiters, several sources, and nothing lost."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from privacykit.errors import ConfigError, DataError
from privacykit.schema.load import connect, load_sources
from privacykit.schema.mapping import parse_mapping

CUSTOMERS = (
    "CUST_NO;FNAME;LNAME;DOB;PHONE;ST;CTRY\r\n"
    "C1;José;Núñez;7/4/1985;(305) 555-0142;fl;USA\r\n"
    "C2;Ann;Lee;07/04/1985;+1 602-555-0199;Arizona;US\r\n"
    "C3;Bo;Ray;19850704;614.555.0101;OH;us\r\n"
    "C4;Cy;Doe;1985-13-40;1-614-555-0101;Ohio;United States\r\n"
    "C5;Di;Fox;;12;Atlantis;CA\r\n"
)
CONTACTS = (
    "id,cust,chan,ts,to\n"
    "K1,C1,SMS,2026-07-01 20:59:59,(305) 555-0142\n"
    "K2,C2,CALL,2026-07-01T21:00:00-07:00,602 555 0199\n"
    "K3,C9,CALL,2026-07-02 09:00:00,614-555-0101\n"  # dangling customer: loaded, noted
    "K4,C3,CALL,not a time,614-555-0101\n"  # no usable timestamp: quarantined
    "K5,,SMS,2026-07-03 10:00:00,\n"  # nothing to judge it by: quarantined
    'K6,C3,EMAIL,2026-07-03 10:00:00,"  Bo.Ray@Example.COM "\n'
)


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def mapping(**extra: Any) -> dict[str, Any]:
    return {
        "defaults": {"timezone": "America/New_York", "phone_region": "US"},
        "sources": [
            {
                "table": "customers",
                "file": "crm.csv",
                "delimiter": ";",
                "encoding": "cp1252",
                "columns": {
                    "customer_id": "CUST_NO",
                    "first_name": "FNAME",
                    "last_name": "LNAME",
                    "birth_date": "DOB",
                    "phone": "PHONE",
                    "state": "ST",
                    "country": "CTRY",
                },
                "formats": {"birth_date": ["%m/%d/%Y", "%Y%m%d", "%Y-%m-%d"]},
            },
            {
                "table": "contacts",
                "file": "dialer.csv",
                "columns": {
                    "contact_id": "id",
                    "customer_id": "cust",
                    "channel": "chan",
                    "sent_at": "ts",
                    "to_address": "to",
                    "to_phone": "to",
                },
                "constants": {"purpose": "marketing"},
            },
            {
                "table": "optouts",
                "file": "crm_optouts.csv",
                "columns": {
                    "customer_id": "CUST_NO",
                    "received_at": "OPTOUT_DT",
                    "address": "EMAIL",
                },
                "constants": {"channel": "email"},
                "formats": {"received_at": "%m/%d/%Y %H:%M"},
            },
            {
                "table": "optouts",
                "file": "suppression.tsv",
                "columns": {"address": "phone", "received_at": "added"},
                "values": {"channel": {}},
                "constants": {"channel": "call", "scope": "all"},
            },
        ],
        **extra,
    }


@pytest.fixture()
def exports(tmp_path: Path) -> Path:
    write(tmp_path, "crm.csv", CUSTOMERS, "cp1252")
    write(tmp_path, "dialer.csv", CONTACTS)
    write(
        tmp_path,
        "crm_optouts.csv",
        "\ufeffCUST_NO,OPTOUT_DT,EMAIL\nC1,7/2/2026 16:30,a@example.com\n",
    )
    write(tmp_path, "suppression.tsv", "phone\tadded\n6145550101\t2026-06-30 12:00:00\n")
    return tmp_path


def test_messy_exports_load_with_every_problem_explained(exports: Path) -> None:
    before = {p.name: p.read_bytes() for p in exports.iterdir()}
    con = connect()
    report = load_sources(parse_mapping(mapping(), exports), con)
    customers = con.execute(
        "SELECT customer_id, first_name, birth_date, phone, state, country "
        "FROM customers ORDER BY 1"
    ).fetchall()
    assert customers[0] == ("C1", "José", dt.date(1985, 7, 4), "+13055550142", "FL", "US")
    assert customers[1][2:] == (dt.date(1985, 7, 4), "+16025550199", "AZ", "US")
    assert customers[2][2:] == (dt.date(1985, 7, 4), "+16145550101", "OH", "US")
    assert customers[3][2:] == (None, "+16145550101", "OH", "US")  # bad date nulled, noted
    assert customers[4][3:] == (None, None, "CA")  # bad phone and state nulled, noted
    sent = dict(con.execute("SELECT contact_id, sent_at FROM contacts").fetchall())
    assert sent["K1"] == dt.datetime(2026, 7, 2, 0, 59, 59)  # 20:59:59 EDT is 00:59:59 UTC
    assert sent["K2"] == dt.datetime(
        2026, 7, 2, 4, 0, 0
    )  # explicit offset wins over the default zone
    assert set(sent) == {"K1", "K2", "K3", "K6"}
    email = con.execute("SELECT to_address FROM contacts WHERE contact_id = 'K6'").fetchone()
    assert email == ("Bo.Ray@Example.COM",)
    optouts = con.execute(
        "SELECT channel, address, received_at FROM optouts ORDER BY received_at"
    ).fetchall()
    assert optouts == [
        ("call", "+16145550101", dt.datetime(2026, 6, 30, 16, 0)),  # normalised at load
        ("email", "a@example.com", dt.datetime(2026, 7, 2, 20, 30)),
    ]
    # accounting: rows read = rows loaded + rows quarantined, per source
    for c in report.counts:
        assert c.read == c.loaded + c.quarantined
    assert report.totals("contacts") == (6, 4, 2)
    reasons = {q.reason: q.examples for q in report.quarantine}
    assert reasons["no usable sent_at (required)"] == ("row 4",)
    assert reasons["no address, number or customer to judge the contact by"] == ("row 5",)
    notes = {(n.table, n.column): n for n in report.notes if "people" not in n.reason}
    assert notes[("customers", "birth_date")].examples == ("row 4: '****-**-**'",)  # masked
    assert notes[("customers", "phone")].count == 1
    assert "defaults.phone_region" in notes[("customers", "phone")].reason
    assert notes[("customers", "state")].examples == ("row 5: 'Atlantis'",)
    assert notes[("contacts", "customer_id")].examples == ("'C9'",)
    shared = [n for n in report.notes if "shared or household line" in n.reason]
    assert [(n.count, n.examples) for n in shared] == [(1, ("***-***-0101 x2 people",))]
    assert {p.name: p.read_bytes() for p in exports.iterdir()} == before  # files untouched


def test_bad_mapping_lists_every_problem(exports: Path) -> None:
    bad = mapping()
    bad["sources"][0]["columns"]["favourite"] = "X"
    bad["sources"][1]["table"] = "calls"
    bad["sources"][2]["file"] = "nowhere.csv"
    bad["sources"][3]["columns"] = {"address": "phone"}
    bad["sources"][3]["constants"] = {"channel": "call"}
    bad["sources"][3]["encoding"] = "klingon"
    with pytest.raises(ConfigError) as info:
        parse_mapping(bad, exports)
    text = str(info.value)
    assert "table customers has no column 'favourite'" in text
    assert "'calls' is not a canonical table" in text
    assert "'nowhere.csv' not found" in text
    assert "table optouts needs received_at" in text
    assert "unknown encoding 'klingon'" in text


def test_missing_columns_empty_files_and_wrong_encoding_are_all_reported(tmp_path: Path) -> None:
    write(tmp_path, "crm.csv", "CUST_NO;NAME\r\nC1;Ann\r\n", "cp1252")
    write(tmp_path, "dialer.csv", "id,cust,chan,ts,to\n")
    write(
        tmp_path,
        "crm_optouts.csv",
        "CUST_NO,OPTOUT_DT,EMAIL\nC1,7/2/2026 16:30,caf\xe9@example.com\n",
        "latin-1",
    )
    write(tmp_path, "suppression.tsv", "phone\tadded\n6145550101\t2026-06-30\n")
    m = mapping()
    m["sources"][2]["encoding"] = "utf-8"  # but the file is Latin-1
    with pytest.raises(DataError) as info:
        load_sources(parse_mapping(m, tmp_path), connect())
    text = str(info.value)
    assert (
        "mapped columns not in the file: first_name <- 'FNAME'" in text
        and "birth_date <- 'DOB'" in text
    )
    assert "it has: CUST_NO, NAME" in text
    assert "dialer.csv: is empty" in text
    assert "crm_optouts.csv: is not UTF-8 text; set the source's encoding" in text
