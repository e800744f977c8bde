"""The time-zone look-up tables: hand-known facts about area codes, states and postal codes."""

from __future__ import annotations

import re
from collections.abc import Callable
from zoneinfo import ZoneInfo

import pyarrow as pa
import pytest

from privacykit.checks import geo

US_REGIONS = (
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH "
    "NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR VI GU AS MP"
).split()
CA_REGIONS = "AB BC MB NB NL NS NT NU ON PE QC SK YT".split()
# The first letter of a Canadian postal code names its province or territory.
FSA_LETTERS = {
    "AB": "T", "BC": "V", "MB": "R", "NB": "E", "NL": "A", "NS": "B", "NT": "X", "NU": "X",
    "ON": "KLMNP", "PE": "C", "QC": "GHJ", "SK": "S", "YT": "Y",
}  # fmt: skip


def _zones_of(table: pa.Table, code: str) -> set[str]:
    return {r["zone"] for r in table.to_pylist() if r["area_code"] == code}


def _country_of(table: pa.Table, code: str) -> set[str]:
    return {r["country"] for r in table.to_pylist() if r["area_code"] == code}


@pytest.mark.parametrize(
    ("code", "country", "zones"),
    [
        ("212", "US", {"America/New_York"}),
        ("602", "US", {"America/Phoenix"}),
        ("808", "US", {"Pacific/Honolulu"}),
        ("312", "US", {"America/Chicago"}),
        ("416", "CA", {"America/Toronto"}),
        ("604", "CA", {"America/Vancouver"}),
        ("306", "CA", {"America/Regina"}),
        ("787", "PR", {"America/Puerto_Rico"}),
    ],
)
def test_area_code_zones_match_known_codes(code: str, country: str, zones: set[str]) -> None:
    table = geo.area_code_zones()
    assert _zones_of(table, code) == zones
    assert _country_of(table, code) == {country}


@pytest.mark.parametrize(
    ("code", "country"),
    [
        *[(c, "CA") for c in "204 226 250 289 403 418 438 506 514 519 587 613".split()],
        *[(c, "CA") for c in "647 709 780 807 819 867 902 905".split()],
        *[(c, "US") for c in "201 202 208 305 406 503 605 702 907 915 928 971".split()],
    ],
)
def test_area_code_country_tells_canada_from_the_us(code: str, country: str) -> None:
    assert _country_of(geo.area_code_zones(), code) == {country}


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("208", {"America/Boise", "America/Los_Angeles"}),  # Idaho: south Mountain, north Pacific
        ("605", {"America/Chicago", "America/Denver"}),  # South Dakota: east and west river
        ("907", {"America/Anchorage", "America/Adak"}),  # Alaska and the Aleutians
    ],
)
def test_split_area_code_lists_every_zone(code: str, expected: set[str]) -> None:
    zones = _zones_of(geo.area_code_zones(), code)
    assert len(zones) > 1
    assert expected <= zones


@pytest.mark.parametrize("code", ["800", "888", "900", "911", "1", "12"])
def test_area_code_without_zone_data_has_no_rows(code: str) -> None:
    assert _zones_of(geo.area_code_zones(), code) == set()


def test_area_codes_are_three_digits_and_sorted() -> None:
    rows = geo.area_code_zones().to_pylist()
    assert all(re.fullmatch(r"[2-9]\d\d", r["area_code"]) for r in rows)
    keys = [(r["area_code"], r["zone"]) for r in rows]
    assert keys == sorted(keys)


@pytest.mark.parametrize("build", [geo.area_code_zones, geo.region_zones])
def test_table_is_cached_and_typed(build: Callable[[], pa.Table]) -> None:
    table = build()
    assert build() is table
    assert table.num_rows > 0
    assert all(pa.types.is_string(field.type) for field in table.schema)


@pytest.mark.parametrize("build", [geo.area_code_zones, geo.region_zones])
def test_every_zone_loads_with_zoneinfo(build: Callable[[], pa.Table]) -> None:
    for zone in set(build().column("zone").to_pylist()):
        ZoneInfo(zone)  # raises ZoneInfoNotFoundError for an unknown name


@pytest.mark.parametrize("build", [geo.area_code_zones, geo.region_zones])
def test_no_duplicate_rows(build: Callable[[], pa.Table]) -> None:
    rows = [tuple(r.values()) for r in build().to_pylist()]
    assert len(rows) == len(set(rows))


def test_region_table_columns_and_order() -> None:
    table = geo.region_zones()
    assert table.column_names == ["country", "region", "zip_prefix", "zone"]
    rows = table.to_pylist()
    keys = [
        (r["country"], r["region"], r["zip_prefix"] is not None, r["zip_prefix"] or "", r["zone"])
        for r in rows
    ]
    assert keys == sorted(keys)


@pytest.mark.parametrize(
    ("country", "region"), [("US", r) for r in US_REGIONS] + [("CA", r) for r in CA_REGIONS]
)
def test_every_region_has_null_prefix_rows(country: str, region: str) -> None:
    zones = [
        r["zone"]
        for r in geo.region_zones().to_pylist()
        if (r["country"], r["region"]) == (country, region) and r["zip_prefix"] is None
    ]
    assert zones


def test_no_region_outside_the_known_lists() -> None:
    rows = geo.region_zones().to_pylist()
    found = {(r["country"], r["region"]) for r in rows}
    assert found == {("US", r) for r in US_REGIONS} | {("CA", r) for r in CA_REGIONS}


def test_prefix_zones_are_among_the_regions_zones() -> None:
    everywhere: dict[tuple[str, str], set[str]] = {}
    rows = geo.region_zones().to_pylist()
    for r in rows:
        if r["zip_prefix"] is None:
            everywhere.setdefault((r["country"], r["region"]), set()).add(r["zone"])
    for r in rows:
        assert r["zone"] in everywhere[(r["country"], r["region"])], r


def test_prefixes_have_the_shape_of_their_country() -> None:
    for r in geo.region_zones().to_pylist():
        prefix = r["zip_prefix"]
        if prefix is None:
            continue
        if r["country"] == "US":
            assert re.fullmatch(r"\d{3}", prefix), r
        else:
            assert re.fullmatch(r"[A-Z]\d[A-Z]", prefix), r
            assert prefix[0] in FSA_LETTERS[r["region"]], r


@pytest.mark.parametrize(
    ("country", "region", "postal_code", "expected"),
    [
        ("US", "AZ", "85016", ("America/Phoenix",)),
        ("US", "AZ", "86045", ("America/Denver", "America/Phoenix")),  # Tuba City: Navajo/Hopi
        ("US", "AZ", "86515", ("America/Denver", "America/Phoenix")),  # Window Rock (ZIP3 865)
        ("US", "AZ", None, ("America/Denver", "America/Phoenix")),
        ("US", "FL", "33131", ("America/New_York",)),
        ("US", "FL", "32501", ("America/Chicago",)),
        ("US", "FL", "32456", ("America/Chicago", "America/New_York")),  # Gulf County is split
        ("US", "TX", "79901", ("America/Denver",)),
        ("US", "TX", "75201", ("America/Chicago",)),
        ("US", "TX", "79830", ("America/Chicago", "America/Denver")),  # Alpine shares ZIP3 798
        ("US", "TX", None, ("America/Chicago", "America/Denver")),
        ("US", "TX", "", ("America/Chicago", "America/Denver")),
        ("US", "IN", "46204", ("America/Indiana/Indianapolis",)),
        ("US", "IN", "46320", ("America/Chicago",)),  # Hammond
        ("US", "IN", "47708", ("America/Chicago",)),  # Evansville
        ("US", "KY", "40202", ("America/New_York",)),
        ("US", "KY", "42101", ("America/Chicago",)),
        ("US", "TN", "37203", ("America/Chicago",)),
        ("US", "TN", "37902", ("America/New_York",)),
        ("US", "MI", "48226", ("America/Detroit",)),
        ("US", "MI", "49801", ("America/Detroit", "America/Menominee")),
        ("US", "ID", "83702", ("America/Boise",)),
        ("US", "ID", "83814", ("America/Los_Angeles",)),
        ("US", "OR", "97914", ("America/Boise", "America/Los_Angeles")),
        ("US", "OR", "97201", ("America/Los_Angeles",)),
        ("US", "NV", "89883", ("America/Denver", "America/Los_Angeles")),
        ("US", "SD", "57701", ("America/Denver",)),
        ("US", "NE", "68102", ("America/Chicago",)),
        ("US", "KS", "67735", ("America/Chicago", "America/Denver")),
        ("US", "ND", "58102", ("America/Chicago",)),
        ("US", "AK", "99501", ("America/Adak", "America/Anchorage")),
        ("US", "AK", "99801", ("America/Anchorage",)),
        ("US", "HI", "96813", ("Pacific/Honolulu",)),
        ("US", "NY", "10001", ("America/New_York",)),
        ("US", "PR", "00901", ("America/Puerto_Rico",)),
        ("us", " ny ", "10001", ("America/New_York",)),  # case and blanks as the engine folds them
        ("CA", "BC", "V6Z 3B7", ("America/Vancouver",)),
        ("CA", "BC", "V1G 4H2", tuple(sorted(("America/Vancouver", "America/Edmonton",
                                              "America/Creston", "America/Dawson_Creek",
                                              "America/Fort_Nelson")))),  # Dawson Creek: V1
        ("CA", "ON", "M5H 2N2", ("America/Toronto",)),
        ("CA", "ON", "m5h2n2", ("America/Toronto",)),
        ("CA", "ON", "P9N 1A1", ("America/Winnipeg",)),  # Kenora
        ("CA", "QC", "H2X 1Y4", ("America/Toronto",)),
        ("CA", "QC", "G4T 3G4", ("America/Halifax",)),  # Magdalen Islands
        ("CA", "SK", "S4P 3Y2", ("America/Regina",)),
        ("CA", "SK", "S9V 0X1", ("America/Edmonton",)),  # Lloydminster
        ("CA", "NL", "A1C 5M2", ("America/St_Johns",)),
        ("CA", "NL", "A2V 2K3", ("America/Goose_Bay",)),  # Labrador City
        ("CA", "NS", "B3H 4R2", ("America/Halifax",)),
        ("CA", "YT", "Y1A 1B1", ("America/Whitehorse",)),
        ("US", "ZZ", "12345", ()),
        ("XX", "AZ", "85016", ()),
        ("CA", "TX", "79901", ()),
        ("US", None, "85016", ()),
        (None, "AZ", "85016", ()),
    ],
)  # fmt: skip
def test_zones_for_address(
    country: str | None, region: str | None, postal_code: str | None, expected: tuple[str, ...]
) -> None:
    assert geo.zones_for_address(country, region, postal_code) == expected


def test_zones_for_address_agrees_with_the_table() -> None:
    by_key: dict[tuple[str, str, str | None], list[str]] = {}
    for r in geo.region_zones().to_pylist():
        by_key.setdefault((r["country"], r["region"], r["zip_prefix"]), []).append(r["zone"])
    for (country, region, prefix), zones in by_key.items():
        postal = "" if prefix is None else f"{prefix}99"
        assert geo.zones_for_address(country, region, postal) == tuple(sorted(zones))
