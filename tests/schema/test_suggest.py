"""Drafting a mapping from unfamiliar exports: real files in a temporary folder, no mocks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import yaml

from privacykit.errors import ConfigError
from privacykit.schema.load import connect, load_sources
from privacykit.schema.mapping import parse_mapping
from privacykit.schema.suggest import Suggestion, suggest_mapping

CRM = (
    "CUST_NO;FNAME;LNAME;DOB;PHONE;ST;CTRY\r\n"
    "C1;Quentin;Núñez;7/4/1985;(305) 555-0142;fl;USA\r\n"
    "C2;Zelda;Yarrow;07/04/1985;+1 602-555-0199;Arizona;US\r\n"
    "C3;Bartholomew;Quist;19850704;614.555.0101;OH;us\r\n"
    "C4;Ophelia;Vantongeren;1985-03-02;1-614-555-0107;Ohio;United States\r\n"
    "C5;Desdemona;Fairweather;12/1/1990;(212) 555-0110;QC;CA\r\n"
)
DIALER = (
    "id,cust,chan,ts,to\n"
    "K1,C1,SMS,2026-07-01 20:59:59,(305) 555-0142\n"
    "K2,C2,CALL,2026-07-01T21:00:00-07:00,602 555 0199\n"
    "K3,C3,TEXT,2026-07-02 09:00:00,614-555-0101\n"
    "K4,C4,VOICE,2026-07-02 09:30:00,614-555-0107\n"
    "K5,C5,call,2026-07-03 10:00:00,212-555-0110\n"
)
UNSUBSCRIBES = (
    "\ufeffEmail Address\tUnsubscribe Date\tReason\tList\n"
    "zelda.yarrow@example.com\t2026-06-30 14:05:00\ttoo many\tnews\n"
    "q.nunez@example.org\t2026-07-01 09:00:00\t\tpromo\n"
    "bart.quist@example.net\t2026-07-02 17:45:10\tnot relevant\tnews\n"
)
PERSONAL = (
    "Quentin",
    "Núñez",
    "Zelda",
    "Yarrow",
    "Bartholomew",
    "Vantongeren",
    "Fairweather",
    "Desdemona",
    "Ophelia",
    "Quist",
    "zelda.yarrow",
    "q.nunez",
    "bart.quist",
    "555-0142",
    "5550142",
    "555 0199",
    "1985",
)


def write(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


def source(s: Suggestion, file: str) -> dict[str, object]:
    return next(spec for spec in s.mapping["sources"] if spec["file"] == file)


def test_crm_export_in_cp1252_with_odd_headers_maps_every_column(tmp_path: Path) -> None:
    s = suggest_mapping([write(tmp_path, "crm.csv", CRM, "cp1252")])
    crm = source(s, "crm.csv")
    assert crm["table"] == "customers"
    assert crm["delimiter"] == ";"
    assert s.mapping["defaults"]["encoding"] == "cp1252"
    assert crm["columns"] == {
        "customer_id": "CUST_NO",
        "first_name": "FNAME",
        "last_name": "LNAME",
        "birth_date": "DOB",
        "phone": "PHONE",
        "state": "ST",
        "country": "CTRY",
    }
    assert crm["formats"] == {"birth_date": ["%Y-%m-%d", "%m/%d/%Y", "%Y%m%d"]}
    assert s.mapping["defaults"]["phone_region"] == "US"
    assert s.reviews[0].confidence == "high"
    assert any("crm.csv: not UTF-8" in n and "cp1252" in n for n in s.notes)
    assert any("DOB" in n and "month/day and as day/month" in n for n in s.notes)
    text = s.to_yaml()
    assert "# 100% of 5 sampled values look like phone numbers; header 'PHONE'" in text
    assert "# crm.csv -> customers (confidence: high)" in text


def test_dialer_export_maps_to_contacts_with_a_value_map_for_channel(tmp_path: Path) -> None:
    dialer = write(tmp_path, "dialer.csv", DIALER.replace("K5,C5,call", "K5,C5,X9"))
    s = suggest_mapping([dialer])
    spec = source(s, "dialer.csv")
    assert spec["table"] == "contacts"
    assert spec["columns"] == {
        "contact_id": "id",
        "customer_id": "cust",
        "channel": "chan",
        "sent_at": "ts",
        "to_phone": "to",
        "to_address": "to",
    }
    # CALL and SMS already are channels in another case; TEXT and VOICE are obvious synonyms
    assert spec["values"] == {"channel": {"TEXT": "sms", "VOICE": "call"}}
    assert "formats" not in spec  # ISO timestamps, one with an offset: DuckDB reads them as is
    assert any("chan: values not recognised as channel: X9" in n for n in s.notes)
    assert any("ts: timestamps carry no time zone; set timezone:" in n for n in s.notes)
    few = suggest_mapping([dialer], sample_rows=2)
    assert "# 100% of 2 sampled values look like timestamps; header 'ts'" in few.to_yaml()


def test_esp_unsubscribe_tsv_becomes_optouts_with_an_email_channel(tmp_path: Path) -> None:
    s = suggest_mapping([write(tmp_path, "esp_unsubscribes.tsv", UNSUBSCRIBES)])
    spec = source(s, "esp_unsubscribes.tsv")
    assert spec["table"] == "optouts"
    assert spec["columns"] == {
        "address": "Email Address",  # the byte-order mark is not part of the name
        "received_at": "Unsubscribe Date",
        "program": "List",
    }
    assert spec["constants"] == {"channel": "email"}
    assert "delimiter" not in spec  # tab is the default for .tsv
    assert s.mapping["defaults"]["encoding"] == "utf-8"
    assert s.reviews[0].unmapped == ("Reason",)
    assert "    # not mapped: Reason" in s.to_yaml()


def test_parquet_and_xlsx_exports(tmp_path: Path) -> None:
    sends = tmp_path / "email_sends.parquet"
    pq.write_table(
        pa.table(
            {
                "message_id": ["M1", "M2", "M3"],
                "customer_id": ["C1", "C2", "C3"],
                "channel": ["EMAIL", "E-mail", "email"],
                "sent_at": [dt.datetime(2026, 7, 1, 9, h) for h in (0, 1, 2)],
                "recipient": ["a@example.com", "b@example.com", "c@example.com"],
            }
        ),
        sends,
    )
    book = tmp_path / "members.xlsx"
    pd.DataFrame(
        {
            "Customer ID": ["C1", "C2"],
            "First Name": ["Quentin", "Zelda"],
            "E-mail": ["q.nunez@example.org", "zelda.yarrow@example.com"],
            "Birth Date": [dt.datetime(1985, 7, 4), dt.datetime(1990, 12, 1)],
        }
    ).to_excel(book, index=False)
    s = suggest_mapping([sends, book])
    parquet, xlsx = source(s, "email_sends.parquet"), source(s, "members.xlsx")
    assert parquet["table"] == "contacts"
    assert parquet["columns"] == {
        "contact_id": "message_id",
        "customer_id": "customer_id",
        "channel": "channel",
        "sent_at": "sent_at",
        "to_email": "recipient",
        "to_address": "recipient",
    }
    assert parquet["values"] == {"channel": {"E-mail": "email"}}
    assert "formats" not in parquet
    assert xlsx["table"] == "customers"
    assert xlsx["columns"] == {
        "customer_id": "Customer ID",
        "first_name": "First Name",
        "email": "E-mail",
        "birth_date": "Birth Date",
    }
    assert "encoding" not in s.mapping["defaults"]  # no text files
    for src in parse_mapping(yaml.safe_load(s.to_yaml()), tmp_path):  # each loads as drafted
        read, loaded, _ = load_sources([src], connect()).totals(src.table)
        assert read == loaded == {"contacts": 3, "customers": 2}[src.table]


def test_excel_unicode_text_is_utf16_and_tab_delimited(tmp_path: Path) -> None:
    text = UNSUBSCRIBES.lstrip("\ufeff").replace("\n", "\r\n")
    s = suggest_mapping([write(tmp_path, "unsubscribes.txt", text, "utf-16")])
    spec = source(s, "unsubscribes.txt")
    assert (spec["table"], spec["delimiter"]) == ("optouts", "\t")
    assert s.mapping["defaults"]["encoding"] == "utf-16"
    report = load_sources(parse_mapping(yaml.safe_load(s.to_yaml()), tmp_path), connect())
    assert report.totals("optouts") == (3, 3, 0)


@pytest.mark.parametrize(
    ("dates", "formats", "ambiguous"),
    [
        (["03/04/2026", "05/06/2026", "11/12/2026"], ["%m/%d/%Y"], True),
        (["13/04/2026", "25/12/2026", "01/02/2026"], ["%d/%m/%Y"], False),
        (["04/13/2026", "12/25/2026", "01/02/2026"], ["%m/%d/%Y"], False),
        (["2026-04-03", "2026-12-25"], None, False),
        (["20260403", "2026-12-25"], ["%Y-%m-%d", "%Y%m%d"], False),
    ],
)
def test_date_formats_and_day_month_ambiguity(
    tmp_path: Path, dates: list[str], formats: list[str] | None, ambiguous: bool
) -> None:
    rows = "".join(f"C{i},{d}\n" for i, d in enumerate(dates))
    s = suggest_mapping([write(tmp_path, "customers.csv", "customer_id,birth_date\n" + rows)])
    spec = source(s, "customers.csv")
    assert spec["columns"] == {"customer_id": "customer_id", "birth_date": "birth_date"}
    assert spec.get("formats") == (None if formats is None else {"birth_date": formats})
    assert any("day/month" in n for n in s.notes) is ambiguous


def test_a_file_with_nothing_recognisable_gets_todos_and_low_confidence(tmp_path: Path) -> None:
    odd = write(tmp_path, "export_7.csv", "foo,bar,baz\nx1,hello,42\nx2,world,43\n")
    s = suggest_mapping([odd])
    review = s.reviews[0]
    assert review.confidence == "low" and review.runner_up
    assert review.unmapped == ("foo", "bar", "baz")
    text = s.to_yaml()
    for column in review.todo:
        assert f"    # TODO: map {column} (required)" in text
    assert review.todo  # the guessed table has required columns nobody found
    assert "    # not mapped: foo, bar, baz" in text
    assert f"runner-up: {review.runner_up}" in text
    assert any("low confidence" in n for n in s.notes)


def test_table_guesses_from_names_values_and_file_names(tmp_path: Path) -> None:
    dnc = write(tmp_path, "dnc_national.csv", "phone_number,date_added\n6145550101,2026-01-02\n")
    orders = write(
        tmp_path, "orders.csv", "order_id,cust_id,order_date,total\nO1,C1,2026-01-02,9.5\n"
    )
    s = suggest_mapping([dnc, orders])
    assert source(s, "dnc_national.csv")["table"] == "dnc_registry"
    assert source(s, "dnc_national.csv")["constants"] == {"registry": "national"}
    assert source(s, "orders.csv")["columns"] == {
        "transaction_id": "order_id",
        "customer_id": "cust_id",
        "occurred_at": "order_date",
        "amount": "total",
    }


def test_the_draft_round_trips_through_yaml_even_with_awkward_names(tmp_path: Path) -> None:
    awkward = write(
        tmp_path,
        "sub/crm: export #2.csv",
        'CUST_NO,"E-mail: primary","Notes # free",yes,"say ""hi"""\n'
        "C1,q.nunez@example.org,vip,Y,x\n",
    )
    dialer = write(tmp_path, "dialer.csv", DIALER)
    s = suggest_mapping([awkward, dialer])
    assert yaml.safe_load(s.to_yaml()) == s.mapping
    spec = source(s, "sub/crm: export #2.csv")
    assert spec["columns"] == {"customer_id": "CUST_NO", "email": "E-mail: primary"}
    assert s.to_yaml().startswith("# DRAFT mapping")


def test_well_formed_crm_and_dialer_load_from_the_untouched_draft(tmp_path: Path) -> None:
    exports = tmp_path / "exports"
    exports.mkdir()
    files = [
        write(exports, "crm.csv", CRM, "cp1252"),
        write(exports, "dialer.csv", DIALER),
        write(exports, "esp_unsubscribes.tsv", UNSUBSCRIBES),
    ]
    before = {p: p.read_bytes() for p in files}
    s = suggest_mapping(files)
    draft = s.to_yaml()
    sources = parse_mapping(yaml.safe_load(draft), exports)
    con = connect()
    report = load_sources(sources, con)
    for c in report.counts:
        assert c.read == c.loaded + c.quarantined
    assert report.totals("customers") == (5, 5, 0)
    assert report.totals("contacts") == (5, 5, 0)
    assert report.totals("optouts") == (3, 3, 0)
    births = dict(con.execute("SELECT customer_id, birth_date FROM customers").fetchall())
    assert births["C1"] == dt.date(1985, 7, 4) and births["C4"] == dt.date(1985, 3, 2)
    channels = con.execute("SELECT channel, count(*) FROM contacts GROUP BY 1 ORDER BY 1")
    assert channels.fetchall() == [("call", 3), ("sms", 2)]
    assert {p: p.read_bytes() for p in files} == before  # the user's files are never modified
    shown = draft + "\n".join(s.notes)
    for value in PERSONAL:  # shapes and shares only, never a personal value
        assert value not in shown, value


def test_missing_and_unreadable_files_are_reported_together(tmp_path: Path) -> None:
    broken = write(tmp_path, "calls.parquet", "this is not parquet")
    empty = write(tmp_path, "empty.csv", "")
    with pytest.raises(ConfigError) as info:
        suggest_mapping([tmp_path / "nowhere.csv", broken, empty])
    problems = {Path(p.path or "").name: p.message for p in info.value.problems}
    assert problems.keys() == {"nowhere.csv", "calls.parquet", "empty.csv"}
    assert "not found" in problems["nowhere.csv"]
    assert "cannot be read as parquet" in problems["calls.parquet"]
    assert "export it again" in problems["empty.csv"]


def test_misuse_is_refused() -> None:
    with pytest.raises(ValueError, match="at least one file"):
        suggest_mapping([])
