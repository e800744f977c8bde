# ruff: noqa: E501
"""Build the time-zone look-up tables that place a call in the called party's local time.

Two relational tables, built once in Python and joined inside the SQL engine:

* :func:`area_code_zones` -- NANP area code -> country and every IANA zone its numbers may be
  in, from the ``phonenumbers`` package's own time-zone data.
* :func:`region_zones` -- (country, state or province, postal prefix) -> IANA zones, from the
  literal table below.

An address's zones are the rows for its (country, region, zip_prefix) when any exist, else the
region's rows whose ``zip_prefix`` is null. Those null-prefix rows list every zone the region
spans, so an unknown or unlisted postal code is conservatively "any of these". ``zip_prefix``
is the first three characters of the postal code, upper-cased with spaces removed: a US ZIP3
or a Canadian forward sortation area (FSA). :func:`zones_for_address` is the same rule in
Python, for tests and the sample generator.
"""

from __future__ import annotations

import functools

import pyarrow as pa

# The third character of a Canadian FSA (Canada Post never uses D, F, I, O, Q or U).
_FSA_LETTERS = "ABCEGHJKLMNPRSTVWXYZ"

_ET, _CT, _MT, _PT = "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"

# One line per state, district, territory or province:
#   (country, region, every zone of the region, "prefixes=zones; prefixes=zones").
# Prefixes are ZIP3s ("324"), ranges ("750-797") or FSAs ("V6Z"); "V5*" stands for the FSAs
# V5A..V5Z and "M*" for M0A..M9Z. A prefix lists only the zones its own area is known to use;
# every zone listed for a prefix is also a zone of the region. A split prefix lists each zone.
# US boundaries: 49 CFR part 71 (71.5 eastern-central, 71.7 central-mountain, 71.9
# mountain-pacific, 71.11-71.12 Alaska and Hawaii-Aleutian). Canada: the provincial time acts
# as summarised in the IANA tz database's zone.tab and 'northamerica' comments.
# fmt: off
_REGIONS: tuple[tuple[str, str, str, str], ...] = (
    # Phenix City (ZIP3 368) keeps Eastern time unofficially; legally Central (49 CFR 71.5).
    ("US", "AL", _CT, ""),
    # 49 CFR 71.11/71.12: Aleutians west of 169°30' W on Hawaii-Aleutian time (Adak 99546 and
    # Atka 99547 are ZIP3 995); Fairbanks 997, Juneau 998, Ketchikan 999 are Alaska time.
    ("US", "AK", "America/Anchorage America/Adak", "997 998 999=America/Anchorage"),
    # Arizona keeps MST all year (A.R.S. 1-242); the Navajo Nation keeps DST (so Mountain with
    # DST) and the Hopi Reservation inside it does not. Navajo communities: Tuba City 86045 and
    # Kayenta 86033 (ZIP3 860), Window Rock 86515 and Chinle 86503 (865); both ZIP3s also hold
    # non-Navajo towns (Flagstaff, Hopi villages).
    ("US", "AZ", f"America/Phoenix {_MT}", f"850-853 855-857 859 863 864=America/Phoenix; 860 865=America/Phoenix {_MT}"),
    ("US", "AR", _CT, ""),
    ("US", "CA", _PT, ""),
    ("US", "CO", _MT, ""),
    ("US", "CT", _ET, ""),
    ("US", "DE", _ET, ""),
    ("US", "DC", _ET, ""),
    # 49 CFR 71.5: Central west of the Apalachicola River (Pensacola 325, Panama City 324); Gulf
    # County is split, and Port St. Joe (32456, ZIP3 324) keeps Eastern time. 323 (Tallahassee)
    # is kept as split: unchecked whether every 323 ZIP lies east of the river.
    ("US", "FL", f"{_ET} {_CT}", f"320-322 326-339 341 342 344 346 347 349={_ET}; 325={_CT}; 323 324={_CT} {_ET}"),
    ("US", "GA", _ET, ""),
    ("US", "HI", "Pacific/Honolulu", ""),
    # 49 CFR 71.9: Pacific north of the Salmon River (838 Coeur d'Alene/Moscow); 835 (Lewiston,
    # Idaho County) is split: Riggins (83549) is on Mountain time south of the river.
    ("US", "ID", f"America/Boise {_PT}", f"832-834 836 837=America/Boise; 838={_PT}; 835=America/Boise {_PT}"),
    ("US", "IL", _CT, ""),
    # 49 CFR 71.5(b): Central in Lake, Porter, LaPorte, Jasper, Newton, Starke (NW; ZIP3 463,
    # 464 all Central) and Gibson, Posey, Vanderburgh, Warrick, Spencer, Perry (SW; 476, 477);
    # 465 (Starke), 475 (Perry, Dubois, Pike) and 479 (Jasper, Newton, Tippecanoe) are split.
    ("US", "IN", f"America/Indiana/Indianapolis {_CT}", f"460-462 466-474 478=America/Indiana/Indianapolis; 463 464 476 477={_CT}; 465 475 479=America/Indiana/Indianapolis {_CT}"),
    ("US", "IA", _CT, ""),
    # 49 CFR 71.7: Greeley, Hamilton, Sherman and Wallace counties are Mountain (in ZIP3 677
    # Colby and 678 Dodge City, both split).
    ("US", "KS", f"{_CT} {_MT}", f"660-662 664-676 679={_CT}; 677 678={_CT} {_MT}"),
    # 49 CFR 71.5: western Kentucky is Central (Paducah 420, Bowling Green 421-422, Owensboro
    # 423, Henderson 424); Wayne County moved to Eastern (65 FR 50154, 2000). 401 (Breckinridge
    # vs Meade), 425-427 (Russell, Adair, Grayson vs Pulaski, Hardin) are left to both zones.
    ("US", "KY", f"{_ET} {_CT}", f"400 402-418={_ET}; 420-424={_CT}"),
    ("US", "LA", _CT, ""),
    ("US", "ME", _ET, ""),
    ("US", "MD", _ET, ""),
    ("US", "MA", _ET, ""),
    # 49 CFR 71.5(a): Gogebic, Iron, Dickinson and Menominee counties are Central (ZIP3 498
    # Iron Mountain and 499 Ironwood also hold Eastern counties: Delta, Marquette, Houghton).
    ("US", "MI", "America/Detroit America/Menominee", "480-497=America/Detroit; 498 499=America/Detroit America/Menominee"),
    ("US", "MN", _CT, ""),
    ("US", "MS", _CT, ""),
    ("US", "MO", _CT, ""),
    ("US", "MT", _MT, ""),
    # 49 CFR 71.7: the panhandle is Mountain (693 Alliance/Scottsbluff); 690-692 are split
    # (Dundy, Chase, Perkins, Keith, western Cherry counties).
    ("US", "NE", f"{_CT} {_MT}", f"680 681 683-689={_CT}; 693={_MT}; 690-692={_CT} {_MT}"),
    # West Wendover (89883, ZIP3 898) moved to Mountain (64 FR 56705, 1999).
    ("US", "NV", f"{_PT} {_MT}", f"889-891 893-895 897={_PT}; 898={_PT} {_MT}"),
    ("US", "NH", _ET, ""),
    ("US", "NJ", _ET, ""),
    ("US", "NM", _MT, ""),
    ("US", "NY", _ET, ""),
    ("US", "NC", _ET, ""),
    # 49 CFR 71.7(a): the south-west is Mountain (Mercer County moved to Central, 75 FR 60004,
    # 2010); 585-588 (Bismarck, Dickinson, Minot, Williston) hold both and are not split here.
    ("US", "ND", f"{_CT} {_MT}", f"580-584={_CT}"),
    ("US", "OH", _ET, ""),
    ("US", "OK", _CT, ""),
    # 49 CFR 71.9: most of Malheur County is Mountain (ZIP3 979 Ontario; split).
    ("US", "OR", f"{_PT} America/Boise", f"970-978={_PT}; 979={_PT} America/Boise"),
    ("US", "PA", _ET, ""),
    ("US", "RI", _ET, ""),
    ("US", "SC", _ET, ""),
    # 49 CFR 71.7(b): west of the Missouri River mostly Mountain (577 Rapid City); 575 Pierre
    # (Stanley, Haakon, Jackson, Bennett) and 576 Mobridge (Corson, Dewey, Ziebach) are split.
    ("US", "SD", f"{_CT} {_MT}", f"570-574={_CT}; 577={_MT}; 575 576={_CT} {_MT}"),
    # 49 CFR 71.5: East Tennessee is Eastern (Chattanooga 374, Johnson City 376, Knoxville
    # 377-379); 373 holds Central Marion, Grundy and Sequatchie counties; 385 is left to both.
    ("US", "TN", f"{_ET} {_CT}", f"370-372 375 380-384={_CT}; 374 376-379={_ET}; 373={_CT} {_ET}"),
    # 49 CFR 71.7: El Paso and Hudspeth counties are Mountain (El Paso 799, 885); 798 also holds
    # Central towns (Alpine 79830, Marfa 79843, Van Horn 79855).
    ("US", "TX", f"{_CT} {_MT}", f"733 750-797={_CT}; 799 885={_MT}; 798={_CT} {_MT}"),
    ("US", "UT", _MT, ""),
    ("US", "VT", _ET, ""),
    ("US", "VA", _ET, ""),
    ("US", "WA", _PT, ""),
    ("US", "WV", _ET, ""),
    ("US", "WI", _CT, ""),
    ("US", "WY", _MT, ""),
    ("US", "PR", "America/Puerto_Rico", ""),
    ("US", "VI", "America/St_Thomas", ""),
    ("US", "GU", "Pacific/Guam", ""),
    ("US", "AS", "Pacific/Pago_Pago", ""),
    ("US", "MP", "Pacific/Saipan", ""),
    ("CA", "AB", "America/Edmonton", ""),
    # zone.tab: Mountain in the east (Golden, Cranbrook), MST all year in Creston, the Peace
    # River region (Dawson Creek, Fort St. John) and Fort Nelson; all of those are in V0 or
    # V1. V2-V9 are the Lower Mainland, Vancouver Island, Kamloops, Prince George: Pacific.
    ("CA", "BC", "America/Vancouver America/Edmonton America/Creston America/Dawson_Creek America/Fort_Nelson", "V2* V3* V4* V5* V6* V7* V8* V9*=America/Vancouver"),
    ("CA", "MB", "America/Winnipeg", ""),
    ("CA", "NB", "America/Moncton", ""),
    # zone.tab: the island and south-east Labrador on Newfoundland time, the rest of Labrador
    # Atlantic (Labrador City A2V). A1 St. John's; A2A/A2B Grand Falls-Windsor, A2H Corner
    # Brook, A2N Stephenville.
    ("CA", "NL", "America/St_Johns America/Goose_Bay", "A1* A2A A2B A2H A2N=America/St_Johns; A2V=America/Goose_Bay"),
    ("CA", "NS", "America/Halifax", ""),
    # Inuvik region keeps its own zone (same rules today); Yellowknife is X1A.
    ("CA", "NT", "America/Yellowknife America/Inuvik", "X1A=America/Yellowknife"),
    # zone.tab: Eastern (Iqaluit), Central (Rankin Inlet, Resolute), Mountain (Cambridge Bay),
    # EST all year (Coral Harbour). The three FSAs X0A/X0B/X0C each span several.
    ("CA", "NU", "America/Iqaluit America/Rankin_Inlet America/Resolute America/Cambridge_Bay America/Atikokan", ""),
    # zone.tab: north-west Ontario (Kenora and Rainy River districts) is Central: Dryden P8N,
    # Sioux Lookout P8T, Fort Frances P9A, Kenora P9N; Atikokan (rural P0T) keeps EST all year.
    # Thunder Bay (P7) is Eastern (America/Thunder_Bay is now America/Toronto).
    ("CA", "ON", "America/Toronto America/Winnipeg America/Atikokan", "K* L* M* N* P1* P2* P3* P4* P5* P6* P7*=America/Toronto; P8N P8T P9A P9N=America/Winnipeg"),
    ("CA", "PE", "America/Halifax", ""),
    # Quebec Time Act (CQLR c T-5.1): Eastern west of 63° W; the Lower North Shore (rural G0G)
    # keeps AST all year; the Magdalen Islands (G4T) and Listuguj are Atlantic with DST.
    ("CA", "QC", "America/Toronto America/Blanc-Sablon America/Halifax", "G1* G2* G3* G5* G6* G7* G8* G9* H* J*=America/Toronto; G4T=America/Halifax"),
    # Saskatchewan Time Act: CST all year, except Lloydminster (S9V, Alberta time) and,
    # unofficially, Creighton and Denare Beach (rural S0P, Manitoba time).
    ("CA", "SK", "America/Regina America/Edmonton America/Winnipeg", "S3* S4* S6* S7* S9A S9H=America/Regina; S9V=America/Edmonton"),
    ("CA", "YT", "America/Whitehorse", ""),
)
# fmt: on


def _expand(token: str) -> list[str]:
    """Expand one prefix token ('324', '750-797', 'V5*', 'M*') into 3-character prefixes."""
    if "-" in token:
        low, high = token.split("-")
        prefixes = [f"{n:03d}" for n in range(int(low), int(high) + 1)]
    elif token.endswith("*"):
        stem = token[:-1]
        stems = [f"{stem}{digit}" for digit in "0123456789"] if len(stem) == 1 else [stem]
        prefixes = [f"{s}{letter}" for s in stems for letter in _FSA_LETTERS]
    else:
        prefixes = [token]
    if not prefixes or any(len(p) != 3 for p in prefixes):
        raise ValueError(f"geo._REGIONS: prefix token {token!r} does not expand to 3 characters")
    return prefixes


@functools.lru_cache(maxsize=1)
def _region_index() -> dict[tuple[str, str, str | None], tuple[str, ...]]:
    """Parse the literal table into {(country, region, zip_prefix or None): sorted zones}.

    Raises:
        ValueError: a malformed line, a prefix listed twice for a region, or a prefix zone
            that is not among its region's zones (a bug in the literal table).
    """
    index: dict[tuple[str, str, str | None], tuple[str, ...]] = {}
    for country, region, zones, splits in _REGIONS:
        everywhere = tuple(sorted(set(zones.split())))
        if (country, region, None) in index:
            raise ValueError(f"geo._REGIONS: region {country}-{region} is listed twice")
        index[(country, region, None)] = everywhere
        for split in filter(None, (s.strip() for s in splits.split(";"))):
            tokens, _, split_zones = split.partition("=")
            chosen = tuple(sorted(set(split_zones.split())))
            if not chosen or not set(chosen) <= set(everywhere):
                raise ValueError(
                    f"geo._REGIONS: {country}-{region} split {split!r} names zones outside "
                    f"the region's {everywhere}; add them to the region's zones"
                )
            for prefix in (p for token in tokens.split() for p in _expand(token)):
                if (country, region, prefix) in index:
                    raise ValueError(f"geo._REGIONS: {country}-{region} lists {prefix} twice")
                index[(country, region, prefix)] = chosen
    return index


@functools.lru_cache(maxsize=1)
def region_zones() -> pa.Table:
    """Return (country, region, zip_prefix, zone): the zones of a state or province.

    ``zip_prefix`` null rows list every zone of the region; non-null rows (a US ZIP3 or a
    Canadian FSA) override them for addresses with that prefix. One row per zone, sorted by
    country, region, prefix (null first) and zone. The same table object is returned each call.
    """
    rows = sorted(
        (
            (country, region, prefix, zone)
            for (country, region, prefix), zones in _region_index().items()
            for zone in zones
        ),
        key=lambda r: (r[0], r[1], r[2] is not None, r[2] or "", r[3]),
    )
    schema = pa.schema(
        [
            ("country", pa.string()),
            ("region", pa.string()),
            ("zip_prefix", pa.string()),
            ("zone", pa.string()),
        ]
    )
    return pa.table([list(column) for column in zip(*rows, strict=True)], schema=schema)


def _country_of_area_code(area_code: str) -> str | None:
    """Return the ISO region (US, CA, PR, JM, ...) whose numbering plan holds ``area_code``."""
    import phonenumbers

    # NANP regions are told apart by which region's patterns accept the number; try a few
    # ordinary subscriber numbers in case one exchange is unassigned in the metadata.
    for line in ("2345678", "4567890", "7654321"):
        region = phonenumbers.region_code_for_number(phonenumbers.parse(f"+1{area_code}{line}"))
        if region is not None:
            return region
    return None


@functools.lru_cache(maxsize=1)
def area_code_zones() -> pa.Table:
    """Return (area_code, country, zone): every zone an NANP area code's numbers may be in.

    Built from ``phonenumbers.tzdata.TIMEZONE_DATA``: an area code's zones are the union of
    the zones of every prefix under it ('1208', '12082', '1208201', ...). ``country`` is the
    ISO 3166 alpha-2 region whose plan holds the code (US, CA, PR, ...). Codes without zone
    data (toll-free, non-geographic) are left out. Sorted by area code and zone; the same table
    object is returned each call.
    """
    from phonenumbers.timezone import UNKNOWN_TIMEZONE
    from phonenumbers.tzdata import TIMEZONE_DATA

    zones: dict[str, set[str]] = {}
    for prefix, names in TIMEZONE_DATA.items():
        if prefix.startswith("1") and len(prefix) >= 4:
            zones.setdefault(prefix[1:4], set()).update(names)
    rows: list[tuple[str, str, str]] = []
    for code in sorted(zones):
        country = _country_of_area_code(code)
        if country is None:
            continue
        rows.extend((code, country, zone) for zone in sorted(zones[code] - {UNKNOWN_TIMEZONE}))
    schema = pa.schema(
        [("area_code", pa.string()), ("country", pa.string()), ("zone", pa.string())]
    )
    return pa.table([list(column) for column in zip(*rows, strict=True)], schema=schema)


def main_zone(country: str, region: str) -> str | None:
    """Return the first zone the table lists for a state or province (its main zone), or None."""
    for c, r, zones, _ in _REGIONS:
        if (c, r) == (country.strip().upper(), region.strip().upper()):
            return zones.split()[0]
    return None


def postal_prefix_in(country: str, region: str, zone: str) -> str | None:
    """Return a postal prefix (ZIP3 or FSA) of the region whose area is in ``zone`` only."""
    index = _region_index()
    key = (country.strip().upper(), region.strip().upper())
    for (c, r, prefix), zones in sorted(index.items(), key=lambda kv: str(kv[0][2])):
        if (c, r) == key and prefix is not None and zones == (zone,):
            return prefix
    return None


def zones_for_address(
    country: str | None, region: str | None, postal_code: str | None
) -> tuple[str, ...]:
    """Return the sorted IANA zones an address may be in, by the rule of :func:`region_zones`.

    The postal prefix is the first three characters of ``postal_code`` upper-cased with spaces
    removed, as the audit engine computes it. An unknown country or region gives ``()``.
    """
    if not country or not region:
        return ()
    key = (country.strip().upper(), region.strip().upper())
    index = _region_index()
    if postal_code:
        prefix = postal_code.upper().replace(" ", "")[:3]
        found = index.get((*key, prefix))
        if found:
            return found
    return index.get((*key, None), ())
