"""The canonical model: well-formed tables, and a reference page generated from the code."""

from __future__ import annotations

import pytest

from privacykit.schema.canonical import TABLES, DType, Kind, reference_markdown, table


def test_columns_are_unique_and_keys_and_times_exist() -> None:
    for t in TABLES.values():
        assert len(t.names) == len(set(t.names)), t.name
        if t.key:
            assert t.key in t.names, t.name
        if t.time_column:
            assert t.column(t.time_column).dtype in (DType.TIMESTAMP, DType.DATE), t.name
        if t.event:
            assert t.time_column and t.column(t.time_column).required, t.name


def test_enum_columns_carry_their_values() -> None:
    for t in TABLES.values():
        for c in t.columns:
            assert (c.kind is Kind.ENUM) == bool(c.values), (t.name, c.name)


def test_the_model_covers_what_the_checks_need() -> None:
    for name in (
        "customers",
        "contacts",
        "consents",
        "optouts",
        "dnc_registry",
        "registry_downloads",
        "transactions",
        "inquiries",
        "campaigns",
        "sharing",
        "location_events",
        "notices",
        "privacy_requests",
        "training",
    ):
        assert name in TABLES
    assert table("optouts").column("received_at").required
    assert table("optouts").column("processed_at").dtype is DType.TIMESTAMP
    assert set(table("contacts").column("dialer_type").values) >= {
        "manual",
        "predictive",
        "autodialer",
        "prerecorded",
        "artificial_voice",
    }


def test_unknown_table_lists_known_ones() -> None:
    with pytest.raises(KeyError, match=r"no canonical table 'calls'.*contacts"):
        table("calls")


def test_reference_page_documents_every_column() -> None:
    page = reference_markdown()
    for t in TABLES.values():
        assert f"## {t.name}" in page
        for c in t.columns:
            assert f"| `{c.name}` |" in page
