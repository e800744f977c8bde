"""The sample company: deterministic, loadable through its own mapping, labels that hold.

One sample of 1,000 customers is generated and loaded once per module; every test reads it.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import duckdb
import holidays
import phonenumbers
import pyarrow.parquet as pq
import pytest
import yaml
from phonenumbers import timezone as phone_zones

from privacykit.config import load_config
from privacykit.errors import ConfigError
from privacykit.period import parse_period
from privacykit.rulebook import Rulebook
from privacykit.sample import cases
from privacykit.sample.exports import EXPORTS
from privacykit.sample.generate import SampleSummary, generate
from privacykit.sample.geography import REGIONS
from privacykit.sample.timeline import HOLIDAYS
from privacykit.schema.coverage import coverage_warnings
from privacykit.schema.load import LoadReport, connect, load_sources
from privacykit.schema.mapping import parse_mapping

CUSTOMERS = 1000
CHECKS = ("T1", "T2", "T4", "T6", "T8", "T9", "E1", "E12", "E13")  # at least 5 labels each
NEW_CHECKS = ("T3", "T5", "T10", "T11", "T12", "T14", "T16", "T19", "P23", "E2", "E4", "E9",
              "E14", "E15")  # fmt: skip
PRIVACY_CHECKS = ("P1", "P2", "P3", "P4", "P6", "P7", "P8", "P9", "P10", "P11", "P13", "P14",
                  "P15", "P16", "P17", "P18", "P19", "P20", "P25", "P27", "P28")  # fmt: skip
UTC = ZoneInfo("UTC")
PLANTED_CONTACTS = {c.contact_id for c in cases.CONTACTS}
FICTITIOUS_PHONE = re.compile(r"^\+1\d{3}55501\d\d$")


@dataclass
class Loaded:
    summary: SampleSummary
    report: LoadReport
    con: duckdb.DuckDBPyConnection
    seconds: float

    def rows(self, sql: str, *params: Any) -> list[tuple[Any, ...]]:
        return self.con.execute(sql, list(params)).fetchall()


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory, rulebook: Rulebook) -> Iterator[Loaded]:
    start = time.perf_counter()
    summary = generate(tmp_path_factory.mktemp("sample") / "a", CUSTOMERS, 7)
    seconds = time.perf_counter() - start
    cfg = load_config(summary.config, rulebook)
    con = connect()
    report = load_sources(parse_mapping(cfg.mapping, cfg.mapping_dir), con)
    yield Loaded(summary, report, con, seconds)
    con.close()


def labels(summary: SampleSummary) -> list[dict[str, str]]:
    with summary.labels.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file()}  # fmt: skip


# --- Deterministic, and the output folder -----------------------------------------------------


def test_same_seed_same_bytes_and_another_seed_other_data(loaded: Loaded, tmp_path: Path) -> None:
    first = files(loaded.summary.out)
    again = generate(tmp_path / "b", CUSTOMERS, 7)
    assert files(again.out) == first
    other = files(generate(tmp_path / "c", CUSTOMERS, 8).out)
    assert other.keys() == first.keys()
    bulk = ("crm_customers.csv", "esp_sends.csv", "dialer_calls.csv", "sms_messages.parquet",
            "sms_inbound.parquet", "esp_link_clicks.csv")  # fmt: skip
    for name in bulk:
        path = next(p for p in first if p.endswith(name))
        assert other[path] != first[path], f"seed 8 wrote the same {name}"
    assert other["labels.csv"] == first["labels.csv"]  # the planted cases do not depend on it


def test_generation_of_1000_customers_runs(loaded: Loaded) -> None:
    """Time is reported, not asserted: the target is a few seconds (see benchmarks/)."""
    print(f"generated {loaded.summary.total_rows:,} rows in {loaded.seconds:.2f} s")
    assert loaded.summary.rows["exports/crm_customers.csv"] == CUSTOMERS + len(cases.PEOPLE)
    assert loaded.summary.total_rows == sum(loaded.summary.rows.values())
    assert {p.name for p in loaded.summary.out.iterdir()} == {
        "audit.yaml", "mapping.yaml", "labels.csv", "README.md", "exports"}  # fmt: skip
    assert not list(loaded.summary.out.rglob("*.tmp")), "temp files left behind"


def test_refuses_a_folder_that_is_not_empty_unless_told(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(ConfigError, match="not empty"):
        generate(tmp_path, 0)
    summary = generate(tmp_path, 0, overwrite=True)
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert summary.config.is_file() and summary.rows["labels.csv"] == len(cases.LABELS)
    with pytest.raises(ConfigError, match="is a file"):
        generate(tmp_path / "notes.txt", 0)


def test_audit_configuration_copies_the_company(loaded: Loaded) -> None:
    doc = yaml.safe_load(loaded.summary.config.read_text(encoding="utf-8"))
    assert set(doc) <= {"company", "mapping", "overrides", "waivers", "output"}
    assert doc["output"]["folder"] == "audit-runs" and doc["output"]["mask_personal_data"]
    assert doc["company"]["industries"] == ["retail", "financial", "health", "children-directed"]
    assert doc["mapping"] == "mapping.yaml"
    assert doc["company"]["timezone"] == "America/New_York"
    assert any(o["rule"] == "TCPA-COMPANY-DNC" for o in doc["overrides"])


# --- It loads through its own configuration, with only the planted problems -------------------


def test_loads_with_every_row_accounted_for(loaded: Loaded) -> None:
    tables = {e.table for e in EXPORTS.values()}
    assert {c.table for c in loaded.report.counts} == tables  # every canonical table is fed
    assert len([c for c in loaded.report.counts if c.table == "optouts"]) >= 3
    for c in loaded.report.counts:
        assert c.read == c.loaded + c.quarantined, c
        assert c.read > 0, c


def test_every_table_covers_the_audit_period(loaded: Loaded) -> None:
    period = parse_period("2026Q3", "America/New_York")
    assert coverage_warnings(loaded.report.coverage, period) == []


def test_quarantine_and_notes_are_exactly_the_planted_dq_cases(loaded: Loaded) -> None:
    dq = [lb for lb in cases.LABELS if lb.check == "DQ"]
    expected_rows = set()
    for lb in dq:
        if "quarantined" in lb.effects:
            why = next(x["why"] for x in labels(loaded.summary) if x["case_id"] == lb.case_id)
            found = re.search(r"\(exports/(\S+), data row (\d+)\)\.$", why)
            assert found, why
            expected_rows.add((lb.table, found[1].rsplit("/", 1)[-1], int(found[2])))
    got = {tuple(r) for r in loaded.rows("SELECT table_name, file, row FROM load_quarantine")}
    assert got == expected_rows
    assert sum(c.quarantined for c in loaded.report.counts) == len(expected_rows)

    kinds = {"dangling": ("customer_id", "matches no customer"),
             "same_person": ("customer_id", "several records of one person"),
             "shared_phone": ("phone", "one number on records of different people")}  # fmt: skip
    expected: Counter[tuple[str, str, str]] = Counter()
    for lb in dq:
        for effect in lb.effects:
            if effect.startswith("unreadable:"):
                expected[(lb.table, effect.split(":")[1], "")] += 1
            elif effect in kinds:
                table = "customers" if effect != "dangling" else lb.table
                expected[(table, *kinds[effect])] += 1
    notes: Counter[tuple[str, str, str]] = Counter()
    for n in loaded.report.notes:
        derived = next((v[1] for v in kinds.values() if n.reason.startswith(v[1])), "")
        notes[(n.table, n.column, derived)] += n.count
    assert notes == expected


def test_dq_rows_that_must_load_intact_do(loaded: Loaded) -> None:
    address, email = loaded.rows(
        "SELECT address, NULL FROM customers WHERE customer_id = 'NW09000048' UNION ALL "
        "SELECT NULL, email FROM customers WHERE customer_id = 'NW09000049'"
    )
    assert address[0] == "12 Elm St; Apt 4"
    assert email[1] == "renee.dubois@example.net"
    births = loaded.rows(
        "SELECT birth_date FROM customers WHERE customer_id IN ('NW09000044', 'NW09000045')"
    )
    assert births == [(dt.date(1979, 3, 22),)] * 2


# --- Labels agree with the data ---------------------------------------------------------------


def test_labels_are_well_formed_and_name_real_rules(loaded: Loaded, rulebook: Rulebook) -> None:
    rows = labels(loaded.summary)
    assert [r["case_id"] for r in rows] == [lb.case_id for lb in cases.LABELS]
    assert len({r["case_id"] for r in rows}) == len(rows)
    for r in rows:
        assert r["expected"] in ("violation", "warning", "pass"), r
        assert r["check"] in (*CHECKS, *NEW_CHECKS, *PRIVACY_CHECKS, "DQ"), r
        assert r["period"] in ("", "2025Q1", "2025Q2", "2025Q4", "2026Q2", "2026Q3"), r
        if r["check"] != "DQ":
            assert r["check"] in rulebook.versions(r["rule"])[-1].checks, r
    by_check = Counter(r["check"] for r in rows)
    assert all(by_check[c] >= 5 for c in CHECKS)
    assert all(by_check[c] >= 2 for c in NEW_CHECKS)
    assert all(by_check[c] >= 4 for c in PRIVACY_CHECKS)
    verdicts = {(r["check"], r["expected"]) for r in rows}
    for check in (*CHECKS, *NEW_CHECKS, *PRIVACY_CHECKS):
        assert {(check, "violation"), (check, "pass")} <= verdicts, check


def test_every_label_points_at_a_loaded_or_quarantined_record(loaded: Loaded) -> None:
    keys = {"customers": "customer_id", "contacts": "contact_id", "consents": "consent_id",
            "optouts": "optout_id", "transactions": "transaction_id",
            "sms_inbound": "message_id", "unsubscribe_events": "event_id",
            "sharing": "share_id", "campaigns": "campaign_id", "notices": "notice_id",
            "location_events": "event_id", "web_sessions": "session_id", "staff": "employee_id",
            "privacy_requests": "request_id", "incidents": "incident_id"}  # fmt: skip
    for lb in cases.LABELS:
        record = lb.record_id
        if lb.table == "campaigns":  # an abandonment window: '<campaign> <its first day>'
            record, first = lb.record_id.split()
            first_call = loaded.rows(
                "SELECT min(sent_at) FROM contacts WHERE campaign_id = ? AND channel = 'call'",
                record,
            )[0][0]
            local = first_call.replace(tzinfo=UTC).astimezone(ZoneInfo("America/New_York"))
            assert local.date().isoformat() == first, lb.case_id
        found = loaded.rows(f"SELECT count(*) FROM {lb.table} WHERE {keys[lb.table]} = ?", record)
        assert found[0][0] == (0 if "quarantined" in lb.effects else 1), lb.case_id


def test_planted_contacts_load_at_the_labelled_local_time(loaded: Loaded) -> None:
    sent = dict(loaded.rows("SELECT contact_id, sent_at FROM contacts"))
    whys = {lb.record_id: lb.why for lb in cases.LABELS if lb.table == "contacts"}
    checked = 0
    for c in cases.CONTACTS:
        if not c.local:
            continue
        local = dt.datetime.fromisoformat(c.local).replace(tzinfo=ZoneInfo(c.zone))
        assert sent[c.contact_id] == local.astimezone(UTC).replace(tzinfo=None), c.contact_id
        if c.contact_id in whys:
            assert local.strftime("%Y-%m-%d") in whys[c.contact_id], c.contact_id
            assert local.strftime("%H:%M") in whys[c.contact_id], c.contact_id
        checked += 1
    assert checked == len([c for c in cases.CONTACTS if c.local])


def test_planted_optouts_load_at_the_labelled_time(loaded: Loaded) -> None:
    planted = {o.optout_id or o.address for o in cases.OPTOUTS}
    received = {
        key: at
        for key, at in loaded.rows("SELECT coalesce(optout_id, address), received_at FROM optouts")
        if key in planted
    }
    checked = 0
    for o in cases.OPTOUTS:
        if o.local:
            assert received[o.optout_id or o.address] == utc(o.local, o.zone), o
            checked += 1
    assert checked == len([o for o in cases.OPTOUTS if o.local])


def utc(local: str, zone: str) -> dt.datetime:
    """Return the naive UTC time of a wall time in a zone, as the loader stores it."""
    return (
        dt.datetime.fromisoformat(local)
        .replace(tzinfo=ZoneInfo(zone))
        .astimezone(UTC)
        .replace(tzinfo=None)
    )


def test_planted_replies_clicks_and_faxes_load_at_the_labelled_time(loaded: Loaded) -> None:
    replies = dict(loaded.rows("SELECT message_id, received_at FROM sms_inbound"))
    for m in cases.INBOUND:
        assert replies[m.message_id] == utc(m.local, m.zone), m
    clicks = dict(loaded.rows("SELECT event_id, clicked_at FROM unsubscribe_events"))
    for c in cases.CLICKS:
        assert clicks[c.click_id] == utc(c.local, "America/New_York"), c
    whys = {lb.record_id: lb.why for lb in cases.LABELS if lb.table != "contacts"}
    for m in cases.INBOUND:  # a reply's label gives its local date and time
        if m.message_id in whys:
            assert m.local[:10] in whys[m.message_id] and m.local[11:16] in whys[m.message_id]
    owned = loaded.rows("SELECT phone, assigned_from, assigned_to FROM caller_ids")
    assert ("+13125550199", dt.date(2019, 5, 1), None) in owned  # the dialer's ANI, throughout


# --- The bulk is compliant by construction ----------------------------------------------------


def test_bulk_calls_and_texts_fall_inside_every_window(loaded: Loaded) -> None:
    zone = {r.code: r.zone for r in REGIONS if r.country in ("US", "CA")}
    rows = loaded.rows(
        "SELECT k.contact_id, k.sent_at, k.to_phone, c.state FROM contacts k "
        "JOIN customers c USING (customer_id) WHERE k.channel IN ('call', 'sms')"
    )
    blocked = {dt.date.fromisoformat(d) for d in HOLIDAYS}
    per_number_day: Counter[tuple[str, dt.date]] = Counter()
    bulk = 0
    for contact_id, sent_at, phone, state in rows:
        if contact_id in PLANTED_CONTACTS:
            continue
        bulk += 1
        local = sent_at.replace(tzinfo=UTC).astimezone(ZoneInfo(zone[state]))
        assert dt.time(11) <= local.time() < dt.time(17), (contact_id, local)
        assert local.weekday() != 6 and local.date() not in blocked, (contact_id, local)
        per_number_day[(phone, local.date())] += 1
    assert bulk > 1000
    assert max(per_number_day.values()) == 1
    stale = loaded.rows(
        "SELECT count(*) FROM contacts k WHERE k.channel = 'call' AND k.sent_at - INTERVAL 31 "
        "DAYS > (SELECT max(downloaded_at) FROM registry_downloads d WHERE d.registry = "
        "'national' AND d.downloaded_at <= k.sent_at)"
    )
    assert stale == [(0,)]  # every call made with a registry copy at most 31 days old


def test_bulk_never_contacts_a_suppressed_number_or_address(loaded: Loaded) -> None:
    planted = "(" + ", ".join(f"'{c}'" for c in sorted(PLANTED_CONTACTS)) + ")"
    phones_hit = loaded.rows(
        f"SELECT count(*) FROM contacts k WHERE k.channel IN ('call', 'sms') AND contact_id NOT "
        f"IN {planted} AND (k.to_phone IN (SELECT phone FROM dnc_registry) OR k.to_phone IN "
        f"(SELECT address FROM suppressions WHERE channel IN ('call', 'sms')))"
    )
    assert phones_hit == [(0,)]
    after_optout = loaded.rows(
        f"SELECT count(*) FROM contacts k JOIN suppressions s ON s.channel = 'email' "
        f"AND s.address = k.to_email WHERE k.channel = 'email' AND contact_id NOT IN {planted} "
        f"AND k.sent_at >= s.received_at"
    )
    assert after_optout == [(0,)]


def test_bulk_calls_and_texts_have_written_consent_first(loaded: Loaded) -> None:
    planted = "(" + ", ".join(f"'{c}'" for c in sorted(PLANTED_CONTACTS)) + ")"
    missing = loaded.rows(
        f"SELECT count(*) FROM contacts k WHERE k.channel IN ('call', 'sms') "
        f"AND contact_id NOT IN {planted} AND NOT EXISTS (SELECT 1 FROM consents c WHERE "
        f"c.consent_type = 'express_written' AND c.channel = k.channel AND c.address = "
        f"k.to_phone AND c.granted_at < k.sent_at)"
    )
    assert missing == [(0,)]
    canadian = loaded.rows(
        f"SELECT count(*) FROM contacts k JOIN customers u USING (customer_id) WHERE k.channel = "
        f"'email' AND u.country <> 'US' AND contact_id NOT IN {planted} AND NOT EXISTS (SELECT 1 "
        f"FROM consents c WHERE c.channel = 'email' AND c.customer_id = k.customer_id AND "
        f"c.consent_type = 'express' AND c.granted_at < k.sent_at)"
    )
    assert canadian == [(0,)]


def test_bulk_replies_opt_outs_and_links_are_honest(loaded: Loaded) -> None:
    """Issue 6's bulk: every STOP reply is an opt-out recorded the same second, no other reply
    reads as one, every link unsubscribe is the platform's unsubscribe, expired links are old."""
    replies = loaded.rows(
        "SELECT message_id, from_phone, received_at, lower(body) FROM sms_inbound "
        "WHERE message_id NOT LIKE 'mo-0%'"
    )
    optouts = {
        (a, t)
        for a, t in loaded.rows("SELECT address, received_at FROM optouts WHERE channel = 'sms'")
    }
    words = re.compile(r"\b(stop|quit|end|revoke|opt|cancel|unsubscribe|alto|parar|basta|baja|"
                       r"cancelar|arr[eê]t|annuler|d[eé]sabonner|no m[aá]s)\b")  # fmt: skip
    stops = 0
    for _, phone, at, body in replies:
        if body in ("stop", "unsubscribe", "cancel"):
            assert (phone, at) in optouts, (phone, at)
            stops += 1
        else:
            assert not words.search(body), body
    assert stops and len(replies) > stops
    unhonoured = loaded.rows(
        "SELECT count(*) FROM unsubscribe_events e WHERE e.event_id NOT LIKE 'clk-0%' AND "
        "e.status = 'success' AND NOT EXISTS (SELECT 1 FROM optouts o WHERE o.channel = "
        "'email' AND o.address = e.address AND o.received_at = e.clicked_at)"
    )
    assert unhonoured == [(0,)]
    early = loaded.rows(
        "SELECT count(*) FROM unsubscribe_events e JOIN contacts k ON k.contact_id = "
        "e.contact_id WHERE e.event_id NOT LIKE 'clk-0%' AND e.status <> 'success' AND "
        "e.clicked_at < k.sent_at + INTERVAL 60 DAYS"
    )
    assert early == [(0,)]
    assert loaded.rows("SELECT count(*) FROM unsubscribe_events WHERE status <> 'success' "
                       "AND event_id NOT LIKE 'clk-0%'")[0][0] > 0  # fmt: skip


def test_bulk_faxes_calls_and_disclosures_are_compliant(loaded: Loaded) -> None:
    planted = "(" + ", ".join(f"'{c}'" for c in sorted(PLANTED_CONTACTS)) + ")"
    faxes = loaded.rows(
        f"SELECT count(*), count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM consents c WHERE "
        f"c.channel = 'fax' AND c.address = k.to_phone AND c.granted_at < k.sent_at) OR NOT "
        f"EXISTS (SELECT 1 FROM campaigns m WHERE m.campaign_id = k.campaign_id AND "
        f"m.has_fax_optout_notice) OR k.to_phone IN (SELECT address FROM suppressions WHERE "
        f"channel IN ('fax', 'all'))) FROM contacts k WHERE k.channel = 'fax' AND "
        f"k.contact_id NOT IN {planted}"
    )
    assert faxes[0][0] > 0 and faxes[0][1] == 0, faxes
    calls = loaded.rows(
        f"SELECT count(*) FROM contacts k WHERE k.channel = 'call' AND contact_id NOT IN "
        f"{planted} AND (k.outcome = 'abandoned' OR k.caller_id IS NULL OR k.caller_id NOT IN "
        f"(SELECT phone FROM caller_ids WHERE assigned_to IS NULL))"
    )
    assert calls == [(0,)]
    shared_after_optout = loaded.rows(
        "SELECT count(*) FROM sharing h JOIN customers c USING (customer_id) JOIN suppressions s "
        "ON s.channel IN ('email', 'all') AND s.address = c.email WHERE h.share_id NOT LIKE "
        "'SH-0%' AND s.received_at <= h.shared_at"
    )
    assert shared_after_optout == [(0,)]


def hours(zone: str, when: dt.datetime) -> float:
    offset = ZoneInfo(zone).utcoffset(when)
    assert offset is not None
    return offset.total_seconds() / 3600


def test_area_codes_lie_in_their_zone_and_holidays_are_right() -> None:
    """Bulk calls rely on both: an area code's zone is its region's (or an hour off)."""
    for r in REGIONS:
        if r.country not in ("US", "CA"):
            continue
        for part in r.areas.split(";"):
            number = phonenumbers.parse(f"+1{part.split()[0]}5550150")
            zones = [z for z in phone_zones.time_zones_for_number(number) if z != "Etc/Unknown"]
            for when in (dt.datetime(2026, 7, 1), dt.datetime(2026, 1, 1)):
                mine, theirs = hours(r.zone, when), {hours(z, when) for z in zones}
                assert mine in theirs, (r.code, part, when)
                assert all(abs(h - mine) <= 1 for h in theirs), (r.code, part, when)
    federal = holidays.country_holidays("US", years=range(2024, 2027))
    assert {d.isoformat() for d in federal if d <= dt.date(2026, 9, 30)} <= set(HOLIDAYS)


# --- Fictitious -------------------------------------------------------------------------------


def export_text(root: Path) -> Iterator[tuple[str, str]]:
    for name, e in EXPORTS.items():
        path = root / e.path
        if e.kind == "parquet":
            table = pq.read_table(path)
            yield (
                name,
                "\n".join(
                    str(v)
                    for col in table.columns
                    if str(col.type) == "string"
                    for v in col.to_pylist()
                ),
            )
        elif e.kind == "csv":
            yield name, path.read_text(encoding=str(e.options.get("encoding", "utf-8")))


def test_only_fictitious_emails_and_numbers(loaded: Loaded) -> None:
    domains: set[str] = set()
    phones: set[str] = set()
    for _, text in export_text(loaded.summary.out):
        domains |= {d.lower() for d in re.findall(r"[\w.+'-]+@([\w.-]+)", text)}
        phones |= set(re.findall(r"\(?\b\d{3}\)?[-. ]?555[-. ]?(\d{4})\b", text))
    assert domains == {"example.com", "example.org", "example.net"}
    assert phones and all(p.startswith("01") for p in phones), sorted(phones)[:5]
    canonical = loaded.rows(
        "SELECT phone FROM customers UNION ALL SELECT to_phone FROM contacts UNION ALL "
        "SELECT caller_id FROM contacts UNION ALL SELECT phone FROM dnc_registry UNION ALL "
        "SELECT phone FROM caller_ids UNION ALL SELECT from_phone FROM sms_inbound"
    )
    values = {v for (v,) in canonical if v is not None}
    assert values and all(FICTITIOUS_PHONE.match(v) for v in values), sorted(values)[:5]
