"""The sample company's privacy records (issue 7): each system's format reads to the stated
instant, and the bulk is compliant by construction for every privacy and industry check.

Bulk rows are told from planted ones by their ids: planted ids carry a 0 after the prefix
(AU-0000001, SH-00000101, LOC-00000101, NM-000001), bulk ids a 1 (AU-10000000, ...).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pytest

from privacykit.config import load_config
from privacykit.rulebook import Rulebook
from privacykit.sample import privacy_cases
from privacykit.sample.generate import generate
from privacykit.schema.load import connect, load_sources
from privacykit.schema.mapping import parse_mapping

PERIOD_ENDS = (dt.date(2025, 3, 31), dt.date(2025, 6, 30), dt.date(2025, 12, 31),
               dt.date(2026, 6, 30), dt.date(2026, 9, 30))  # fmt: skip


@dataclass
class Loaded:
    out: Path
    con: duckdb.DuckDBPyConnection

    def rows(self, sql: str, *params: Any) -> list[tuple[Any, ...]]:
        return self.con.execute(sql, list(params)).fetchall()

    def one(self, sql: str, *params: Any) -> Any:
        return self.rows(sql, *params)[0][0]


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory, rulebook: Rulebook) -> Iterator[Loaded]:
    summary = generate(tmp_path_factory.mktemp("sample") / "p", 2000, 11)
    cfg = load_config(summary.config, rulebook)
    con = connect()
    load_sources(parse_mapping(cfg.mapping, cfg.mapping_dir), con)
    yield Loaded(summary.out, con)
    con.close()


# --- Each system's format reads to the instant the cases state --------------------------------


@pytest.mark.parametrize(
    ("sql", "key", "expected"),
    [  # (query, record, naive UTC)
        ("SELECT shared_at FROM sharing WHERE share_id = ?", "AU-0000001",
         dt.datetime(2026, 7, 14, 16)),  # naive Los Angeles 09:00 PDT
        ("SELECT shared_at FROM sharing WHERE share_id = ?", "AU-0000009",
         dt.datetime(2025, 2, 28, 17)),  # 09:00 PST
        ("SELECT shared_at FROM sharing WHERE share_id = ?", "RXD-000001",
         dt.datetime(2026, 8, 18, 4)),  # a date: midnight EDT
        ("SELECT published_at FROM notices WHERE notice_id = ?", "NM-000001",
         dt.datetime(2026, 6, 15, 4)),  # the mail house's YYYYMMDD
        ("SELECT acknowledged_at FROM notices WHERE notice_id = ?", "NM-000006",
         dt.datetime(2026, 6, 20, 23, 30)),  # ISO with offset
        ("SELECT granted_at FROM consents WHERE consent_id = ?", "HA-000005",
         dt.datetime(2026, 8, 11, 19)),  # the pharmacy's 15:00 EDT
        ("SELECT closed_at FROM customers WHERE customer_id = ?", "NW09000244",
         dt.datetime(2025, 7, 20, 4)),
        ("SELECT deleted_at FROM customers WHERE customer_id = ?", "NW09000246",
         dt.datetime(2026, 9, 2, 14)),
        ("SELECT discovered_at FROM incidents WHERE incident_id = ?", "SEC-2026-0101",
         dt.datetime(2026, 7, 6, 13, 30)),
        ("SELECT started_at FROM staff WHERE employee_id = ?", "E09010",
         dt.datetime(2026, 8, 31, 4)),
        ("SELECT received_at FROM optouts WHERE optout_id = ?", "OPT-000001",
         dt.datetime(2026, 7, 6, 14)),
        ("SELECT published_at FROM retention_policies WHERE policy_id = ?", "RET-004",
         dt.datetime(2026, 3, 15, 4)),
    ],
)  # fmt: skip
def test_planted_privacy_records_load_at_the_stated_instant(
    loaded: Loaded, sql: str, key: str, expected: dt.datetime
) -> None:
    assert loaded.one(sql, key) == expected


def test_codes_and_flags_read_through_the_mapping(loaded: Loaded) -> None:
    assert loaded.one("SELECT category FROM sensitive_places WHERE place_id = 'POI-0010'") == (
        "reproductive_health"  # the vendor's misspelt CLINC-RH
    )
    assert loaded.rows(
        "SELECT is_known_minor, age FROM customers WHERE customer_id IN "
        "('NW09000212', 'NW09000237') ORDER BY customer_id"
    ) == [(True, None), (None, 9)]
    assert (
        loaded.one(
            "SELECT notice_type || ' ' || declared_practices || ' ' || delivery_method "
            "FROM notices WHERE notice_id = 'NM-000007'"
        )
        == "glba_initial opt_out_notice mail"
    )
    assert loaded.rows(
        "SELECT state, gpc, sale_tags_fired FROM web_sessions WHERE session_id IN "
        "('cmp-00000007', 'cmp-00000008') ORDER BY session_id"
    ) == [("CT", True, True), (None, True, True)]
    assert (
        loaded.one("SELECT channel FROM optouts WHERE customer_id = 'NW09000281'") == "sale_share"
    )
    types = dict(loaded.rows("SELECT share_id, recipient_type FROM sharing WHERE share_id IN "
                             "('SH-00000134', 'SH-00000151', 'RXD-000003')"))  # fmt: skip
    assert types == {"SH-00000134": "list_rental", "SH-00000151": "nonaffiliated",
                     "RXD-000003": "nonaffiliated"}  # fmt: skip
    kinds = dict(loaded.rows("SELECT request_id, request_type FROM privacy_requests"))
    assert kinds["PR-000106"] == "limit" and kinds["PR-000115"] == "correct"
    assert (
        loaded.one("SELECT count(*) FROM campaigns WHERE is_targeted_advertising") == 1
    )  # PU-2026-08-PARTNER


def test_sensitive_places_are_near_the_customers_cities(loaded: Loaded) -> None:
    places = loaded.rows("SELECT category, latitude, longitude FROM sensitive_places")
    assert len(places) == len(privacy_cases.PLACES)
    assert {c for c, _, _ in places} >= {
        "reproductive_health",
        "mental_health",
        "place_of_worship",
        "shelter",
        "school",
        "military",
    }


# --- The bulk is compliant by construction ----------------------------------------------------

BULK_SALES = (
    "SELECT h.share_id, h.customer_id, h.shared_at, h.recipient_type, h.data_categories "
    "FROM sharing h WHERE (h.is_sale OR h.is_cross_context_sharing) "
    "AND regexp_matches(h.share_id, '^(AU|SH)-1')"
)


def test_bulk_sales_and_sharing_take_only_adults_who_never_opted_out(loaded: Loaded) -> None:
    sales = loaded.rows(BULK_SALES)
    assert len(sales) > 500
    assert {r[3] for r in sales} == {"ad_platform", "list_rental"}
    assert {r[4] for r in sales} == {"contact;purchase_history"}
    first_rental = min(r[2] for r in sales if r[3] == "list_rental")
    assert first_rental >= dt.datetime(2026, 7, 1)  # after the policy naming list renters
    bad = loaded.rows(
        f"WITH s AS ({BULK_SALES}) SELECT s.share_id FROM s JOIN customers c USING "
        "(customer_id) WHERE c.birth_date IS NULL OR c.birth_date > CAST(s.shared_at AS DATE) - "
        "INTERVAL 18 YEARS OR c.is_financial_customer OR c.country <> 'US' "
        "OR EXISTS (SELECT 1 FROM privacy_requests r WHERE r.customer_id = s.customer_id) "
        "OR EXISTS (SELECT 1 FROM web_sessions w WHERE w.customer_id = s.customer_id AND w.gpc) "
        "OR EXISTS (SELECT 1 FROM suppressions x WHERE x.address = c.email) "
        "OR EXISTS (SELECT 1 FROM optouts o WHERE o.customer_id = s.customer_id)"
    )
    assert bad == []


def test_bulk_gpc_never_fires_tags_and_children_are_never_shared(loaded: Loaded) -> None:
    assert loaded.one("SELECT count(*) FROM web_sessions WHERE gpc AND sale_tags_fired "
                      "AND session_id LIKE 'cmp-1%'") == 0  # fmt: skip
    assert loaded.one("SELECT count(*) FROM web_sessions WHERE gpc") > 0
    kids = loaded.one(
        "SELECT count(*) FROM sharing h JOIN customers c USING (customer_id) "
        "WHERE c.is_child_directed_source AND regexp_matches(h.share_id, '^(AU|SH)-1')"
    )
    assert kids == 0
    late = loaded.one(
        "SELECT count(*) FROM customers c WHERE c.is_child_directed_source AND "
        "c.customer_id NOT LIKE 'NW09%' AND NOT EXISTS (SELECT 1 FROM consents k WHERE "
        "k.customer_id = c.customer_id AND k.consent_type = 'parental' AND k.granted_at <= "
        "c.created_at)"
    )
    assert late == 0


def test_bulk_card_holders_get_a_notice_within_every_12_months(loaded: Loaded) -> None:
    rows = loaded.rows(
        "SELECT c.customer_id, c.created_at, list(n.published_at ORDER BY n.published_at) "
        "FROM customers c JOIN notices n USING (customer_id) WHERE c.is_financial_customer "
        "AND c.customer_id NOT LIKE 'NW09%' AND n.notice_type IN ('glba_initial', "
        "'glba_annual') GROUP BY ALL"
    )
    assert len(rows) > 100
    for customer, created, notices in rows:
        assert abs(notices[0] - created) < dt.timedelta(days=1), customer  # at opening
        gaps = [b - a for a, b in itertools.pairwise(notices)]
        most = dt.timedelta(days=340, hours=1)  # midnights in the company's zone, across DST
        assert all(g <= most for g in gaps), customer
        assert dt.datetime(2026, 9, 30) - notices[-1] < most, customer
    initial = loaded.one(
        "SELECT count(*) FROM notices WHERE notice_type = 'glba_initial' AND notice_id LIKE "
        "'NM-1%' AND declared_practices IS DISTINCT FROM 'opt_out_notice'"
    )
    assert initial == 0  # every initial notice carries the opt-out form
    assert loaded.rows(
        "SELECT DISTINCT version FROM notices WHERE notice_id LIKE 'NM-1%' AND published_at >= "
        "'2023-09-15 04:00:00'"
    ) == [("2023.2",)]


def test_bulk_precise_locations_serve_the_store_finder_with_permission(loaded: Loaded) -> None:
    precise = loaded.rows(
        "SELECT e.event_id, e.purpose, EXISTS (SELECT 1 FROM consents k WHERE k.customer_id = "
        "e.customer_id AND k.channel = 'location' AND k.granted_at <= e.captured_at) "
        "FROM location_events e WHERE e.accuracy_m <= 563.88 AND e.event_id LIKE 'LOC-1%'"
    )
    assert precise and all(p == "store_finder" and ok for _, p, ok in precise)
    coarse_ads = loaded.one(
        "SELECT min(accuracy_m) FROM location_events WHERE purpose = 'ad_segment' AND "
        "event_id LIKE 'LOC-1%'"
    )
    assert coarse_ads >= 1500


def test_bulk_requests_staff_and_incidents_are_compliant(loaded: Loaded) -> None:
    slow = loaded.one(
        "SELECT count(*) FROM privacy_requests WHERE request_id LIKE 'PR-1%' AND "
        "(acknowledged_at - received_at > INTERVAL 3 DAYS OR completed_at - received_at > "
        "INTERVAL 30 DAYS)"
    )
    assert slow == 0
    staff = [e for (e,) in loaded.rows("SELECT employee_id FROM staff WHERE employee_id "
                                       "LIKE 'E1%'")]  # fmt: skip
    assert len(staff) == 40 + 2000 // 25_000
    for end in PERIOD_ENDS:
        since = dt.datetime.combine(end, dt.time()) - dt.timedelta(days=365)
        for topic in ("privacy", "do-not-call", "security"):
            trained = loaded.one(
                "SELECT count(DISTINCT employee_id) FROM training WHERE employee_id LIKE 'E1%' "
                "AND completed_at BETWEEN ? AND ? AND (lower(course) LIKE ? OR topic = ?)",
                since,
                dt.datetime.combine(end, dt.time(23, 59)),
                f"%{topic}%",
                topic,
            )
            assert trained == len(staff), (end, topic)
    events = loaded.one(
        "SELECT count(*) FROM incidents WHERE incident_id LIKE 'INC-%' AND consumers_affected "
        ">= 500 AND NOT (coalesce(encrypted, false) AND NOT coalesce(key_compromised, true))"
    )
    assert events == 0
