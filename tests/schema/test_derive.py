"""People across records, opt-out precedence across sources, and coverage of the period."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import duckdb
import pytest

from privacykit.errors import ConfigError
from privacykit.period import parse_period
from privacykit.schema.coverage import coverage_warnings
from privacykit.schema.load import LoadReport, connect, load_sources
from privacykit.schema.mapping import parse_mapping

FILES = {
    "customers.csv": (
        "id,first,last,dob,phone,email,street,zip\n"
        "C1,Ann,Lee,1980-01-01,(614) 555-0101,ann@example.com,1 Elm St,43004\n"
        "C2,ANN,Lée,1980-01-01,,,9 Oak  Ave,43004\n"  # name + birth date: C1's person
        "C3,Ann,Lee,1990-05-05,,,9 oak ave,43004\n"  # name + address: C2's, so C1's person
        "C4,Bob,Lee,1982-02-02,614-555-0101,bob@example.com,1 Elm St,43004\n"  # shares C1's line
        "C5,Cy,Roe,1970-03-03,(614) 555-0109,cy@example.com,5 Ash Rd,43004\n"
    ),
    "crm_optouts.csv": (
        "optout,cust,chan,addr,when\n"
        "O1,C1,email,ann@example.com,2026-08-03 10:00\n"
        "O3,C1,email,ANN@example.com ,2026-09-01 10:00\n"  # after the re-consent: a new episode
        "O4,C4,call,,2026-07-15 12:00\n"  # only a customer: suppresses C4's number (= C1's too)
        "O5,C99,sms,12,2026-07-20 12:00\n"  # unreadable number, unknown customer: reported
        "O6,C5,email,cy@example.com,2026-07-06 09:00\n"
    ),
    "esp_unsubs.csv": "email,date\nann@example.com,2026-08-01 08:00\n",  # earlier: governs
    "consents.csv": (
        "cid,cust,chan,kind,addr,granted,revoked\n"
        "K1,C1,email,express,ann@example.com,2026-08-20 09:00,\n"  # re-consent ends O1's episode
        "K2,C5,sms,express_written,(614) 555-0109,2026-07-01 09:00,2026-07-10 09:00\n"
        "K3,C5,email,express,cy@example.com,2026-07-06 09:00,\n"  # same instant as O6: opt-out wins
    ),
}


def mapping() -> dict[str, Any]:
    return {
        "defaults": {"timezone": "UTC"},
        "sources": [
            {
                "table": "customers",
                "file": "customers.csv",
                "columns": {
                    "customer_id": "id",
                    "first_name": "first",
                    "last_name": "last",
                    "birth_date": "dob",
                    "phone": "phone",
                    "email": "email",
                    "address": "street",
                    "postal_code": "zip",
                },
            },
            {
                "table": "optouts",
                "file": "crm_optouts.csv",
                "columns": {
                    "optout_id": "optout",
                    "customer_id": "cust",
                    "channel": "chan",
                    "address": "addr",
                    "received_at": "when",
                },
            },
            {
                "table": "optouts",
                "file": "esp_unsubs.csv",
                "columns": {"address": "email", "received_at": "date"},
                "constants": {"channel": "email"},
            },
            {
                "table": "consents",
                "file": "consents.csv",
                "columns": {
                    "consent_id": "cid",
                    "customer_id": "cust",
                    "channel": "chan",
                    "consent_type": "kind",
                    "address": "addr",
                    "granted_at": "granted",
                    "revoked_at": "revoked",
                },
            },
        ],
    }


@pytest.fixture(scope="module")
def loaded(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[duckdb.DuckDBPyConnection, LoadReport]:
    folder = tmp_path_factory.mktemp("derive")
    for name, text in FILES.items():
        (folder / name).write_text(text)
    con = connect()
    return con, load_sources(parse_mapping(mapping(), folder), con)


def test_records_of_one_person_are_joined_but_a_shared_line_is_not(
    loaded: tuple[duckdb.DuckDBPyConnection, LoadReport],
) -> None:
    con, report = loaded
    people = dict(con.execute("SELECT customer_id, person_id FROM people").fetchall())
    assert people == {"C1": "C1", "C2": "C1", "C3": "C1", "C4": "C4", "C5": "C5"}
    why = dict(con.execute("SELECT customer_id, matched_on FROM people").fetchall())
    assert why["C2"] == "name+address;name+birth_date" and why["C4"] == ""
    dupes = [n for n in report.notes if "several records of one person" in n.reason]
    assert [(n.count, n.examples) for n in dupes] == [
        (1, ("C1 = C2 = C3 (name+address;name+birth_date)",))
    ]
    shared = [n for n in report.notes if "shared or household line" in n.reason]
    assert [(n.count, n.examples) for n in shared] == [(1, ("***-***-0101 x2 people",))]


def test_earliest_receipt_governs_and_a_later_re_consent_ends_the_suppression(
    loaded: tuple[duckdb.DuckDBPyConnection, LoadReport],
) -> None:
    con, _ = loaded
    rows = con.execute(
        "SELECT channel, address, received_at, requests, first_optout_id, superseded_at, "
        "superseded_by FROM suppressions ORDER BY address, channel, received_at"
    ).fetchall()
    t = dt.datetime
    assert rows == [
        # a DNC request made under C4 suppresses the number, whoever's record uses it
        ("call", "+16145550101", t(2026, 7, 15, 12), 1, "O4", None, None),
        # a revoked consent is an opt-out at the revocation
        ("sms", "+16145550109", t(2026, 7, 10, 9), 1, "consent K2 revoked", None, None),
        # CRM on 08-03 and the ESP on 08-01 for one address: one suppression from 08-01
        ("email", "ann@example.com", t(2026, 8, 1, 8), 2, None, t(2026, 8, 20, 9), "K1"),
        # after the re-consent, a new opt-out starts a new suppression
        ("email", "ann@example.com", t(2026, 9, 1, 10), 1, "O3", None, None),
        # opt-out and consent at the same instant: the opt-out stands
        ("email", "cy@example.com", t(2026, 7, 6, 9), 1, "O6", None, None),
    ]


def test_an_opt_out_that_matches_nothing_is_reported(
    loaded: tuple[duckdb.DuckDBPyConnection, LoadReport],
) -> None:
    _, report = loaded
    lost = [n for n in report.notes if "cannot be matched to any contact" in n.reason]
    assert [(n.count, n.examples) for n in lost] == [
        (1, ("optout 'O5' received 2026-07-20 12:00:00",))
    ]


def test_coverage_warns_when_a_table_does_not_span_the_period(
    loaded: tuple[duckdb.DuckDBPyConnection, LoadReport],
) -> None:
    _, report = loaded
    cov = {c.table: c for c in report.coverage}
    assert cov["optouts"].rows == 6 and cov["optouts"].first == dt.datetime(2026, 7, 6, 9)
    assert cov["contacts"].rows == 0
    warnings = {str(w) for w in coverage_warnings(report.coverage, parse_period("2026Q3", "UTC"))}
    assert "contacts: no rows: the checks that need this table will be NOT EVALUATED " in (
        " ".join(sorted(warnings))[:0] + next(w for w in warnings if w.startswith("contacts:"))[:75]
    )
    assert any(
        w.startswith("optouts: history begins 2026-07-06, inside or after the period")
        for w in warnings
    )
    assert not any(
        w.startswith("optouts:")
        for w in (
            str(x) for x in coverage_warnings(report.coverage, parse_period("2026-08", "UTC"))
        )
    )


def test_event_tables_warn_about_late_starts_early_ends_and_missing_months(tmp_path: Path) -> None:
    (tmp_path / "sends.csv").write_text(
        "id,to,ts\n"
        "S1,a@example.com,2026-07-10T10:00:00Z\n"  # starts 9 days into the quarter
        "S2,a@example.com,2026-09-02T10:00:00Z\n"  # nothing in August; ends early September
    )
    m = {
        "sources": [
            {
                "table": "contacts",
                "file": "sends.csv",
                "columns": {"contact_id": "id", "to_email": "to", "sent_at": "ts"},
                "constants": {"channel": "email"},
            }
        ]
    }
    con = connect()
    report = load_sources(parse_mapping(m, tmp_path), con)
    period = parse_period("2026Q3", "America/New_York")
    warnings = [str(w) for w in coverage_warnings(report.coverage, period) if w.table == "contacts"]
    assert warnings == [
        "contacts: starts 2026-07-10, after the period begins (2026-07-01): earlier events are "
        "missing from the export",
        "contacts: ends 2026-09-02, before the period ends (2026-09-30): later events are "
        "missing from the export",
        "contacts: no rows in 2026-08: a missing export?",
    ]
    other = parse_period("2026Q4", "America/New_York")
    assert [str(w) for w in coverage_warnings(report.coverage, other) if w.table == "contacts"] == [
        f"contacts: no rows in the period {other}: the data runs 2026-07-10 to 2026-09-02; is "
        "this the right export?"
    ]


def test_periods_run_midnight_to_midnight_on_the_company_clock() -> None:
    q3 = parse_period("2026Q3", "America/New_York")
    assert (q3.first, q3.last) == (dt.date(2026, 7, 1), dt.date(2026, 9, 30))
    assert q3.start_utc == dt.datetime(2026, 7, 1, 4) and q3.end_utc == dt.datetime(2026, 10, 1, 4)
    q4 = parse_period("2026-q4", "America/New_York")  # ends after DST: midnight EST is 05:00 UTC
    assert q4.end_utc == dt.datetime(2027, 1, 1, 5)
    assert parse_period("2026-02", "UTC").last == dt.date(2026, 2, 28)
    assert parse_period("2026-12", "UTC").last == dt.date(2026, 12, 31)
    assert parse_period("2026-07-01..2026-07-31", "UTC").label == "2026-07-01..2026-07-31"
    for bad in ("2026Q5", "2026-13", "Q3", "2026-09-30..2026-07-01", "2026-02-30..2026-03-01"):
        with pytest.raises(ConfigError, match="is not a period; write 2026Q3"):
            parse_period(bad, "UTC")


def test_one_channel_missing_from_the_period_is_named(tmp_path: Path) -> None:
    days = [dt.date(2026, 6, 1) + dt.timedelta(days=i) for i in range(122)]  # June..September
    rows = [f"E{i},email,{d}T15:00:00Z" for i, d in enumerate(days)]  # the ESP: every day
    rows += [f"C{i},call,{d}T15:00:00Z" for i, d in enumerate(days[:30])]  # the dialer: June only
    (tmp_path / "contacts.csv").write_text("id,chan,ts\n" + "\n".join(rows) + "\n")
    m = {
        "sources": [
            {
                "table": "contacts",
                "file": "contacts.csv",
                "columns": {"contact_id": "id", "channel": "chan", "sent_at": "ts"},
                "constants": {"customer_id": "C1"},
            }
        ]
    }
    report = load_sources(parse_mapping(m, tmp_path), connect())
    period = parse_period("2026Q3", "America/New_York")
    found = coverage_warnings(report.coverage, period, ("email", "phone", "sms"))
    warnings = [str(w) for w in found if w.table.startswith("contacts")]
    assert warnings == [
        "contacts: no sms contacts at all, though the company uses sms: is an export missing?",
        f"contacts (call): no rows in the period {period}: the data runs 2026-06-01 to "
        "2026-06-30; is this the right export?",
    ]
