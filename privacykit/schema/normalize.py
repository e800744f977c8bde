"""Normalisation helpers: SQL expressions per canonical type, and Python look-ups for phones.

Everything that DuckDB can do in SQL is done there; phone numbers go through ``phonenumbers``,
once per distinct raw value, and come back as a look-up table joined in the engine.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

import phonenumbers

from privacykit.rulebook.values import CA_PROVINCES, US_STATES
from privacykit.schema.canonical import Column, DType, Kind

TRUE_WORDS = ("y", "yes", "true", "t", "1")
FALSE_WORDS = ("n", "no", "false", "f", "0")
EMAIL_RE = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"
# What an export pads values with: tabs and line breaks (stripped first), then any Unicode space
# (DuckDB's plain trim strips those). Two cheap passes: a trim with a long Unicode character set
# costs 9x a plain one, which shows at 20M rows.
BLANKS = "' ' || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)"
# A UTC offset ending a time (Z, +HH:MM, +HHMM, or +HH as PostgreSQL writes it); the time's last
# ":SS" or ":MM" is group 1, so that a bare date's "-01" is not read as an offset.
NUMERIC_OFFSET_RE = r"(:\d\d(?:\.\d+)?) ?(Z|[+-]\d\d(?::?\d\d)?)$"
# ... or a zone's name, as warehouses export it ("2026-07-01 21:00:00 UTC", "... Europe/Berlin").
NAMED_ZONE_RE = r"(:\d\d(?:\.\d+)?) ?(UTC|GMT|[A-Z][A-Za-z_]+/[A-Za-z_]+(?:/[A-Za-z_]+)?)$"
OFFSET_RE = (
    r"(:\d\d(?:\.\d+)?) ?(Z|UTC|GMT|[+-]\d\d(?::?\d\d)?"
    r"|[A-Z][A-Za-z_]+/[A-Za-z_]+(?:/[A-Za-z_]+)?)$"
)

STATE_NAMES = {
    "ALABAMA": "AL", "ALASKA": "AK", "ARIZONA": "AZ", "ARKANSAS": "AR", "CALIFORNIA": "CA",
    "COLORADO": "CO", "CONNECTICUT": "CT", "DELAWARE": "DE", "DISTRICT OF COLUMBIA": "DC",
    "FLORIDA": "FL", "GEORGIA": "GA", "HAWAII": "HI", "IDAHO": "ID", "ILLINOIS": "IL",
    "INDIANA": "IN", "IOWA": "IA", "KANSAS": "KS", "KENTUCKY": "KY", "LOUISIANA": "LA",
    "MAINE": "ME", "MARYLAND": "MD", "MASSACHUSETTS": "MA", "MICHIGAN": "MI", "MINNESOTA": "MN",
    "MISSISSIPPI": "MS", "MISSOURI": "MO", "MONTANA": "MT", "NEBRASKA": "NE", "NEVADA": "NV",
    "NEW HAMPSHIRE": "NH", "NEW JERSEY": "NJ", "NEW MEXICO": "NM", "NEW YORK": "NY",
    "NORTH CAROLINA": "NC", "NORTH DAKOTA": "ND", "OHIO": "OH", "OKLAHOMA": "OK", "OREGON": "OR",
    "PENNSYLVANIA": "PA", "RHODE ISLAND": "RI", "SOUTH CAROLINA": "SC", "SOUTH DAKOTA": "SD",
    "TENNESSEE": "TN", "TEXAS": "TX", "UTAH": "UT", "VERMONT": "VT", "VIRGINIA": "VA",
    "WASHINGTON": "WA", "WEST VIRGINIA": "WV", "WISCONSIN": "WI", "WYOMING": "WY",
    "PUERTO RICO": "PR", "ALBERTA": "AB", "BRITISH COLUMBIA": "BC", "MANITOBA": "MB",
    "NEW BRUNSWICK": "NB", "NEWFOUNDLAND AND LABRADOR": "NL", "NOVA SCOTIA": "NS",
    "NORTHWEST TERRITORIES": "NT", "NUNAVUT": "NU", "ONTARIO": "ON", "PRINCE EDWARD ISLAND": "PE",
    "QUEBEC": "QC", "QUÉBEC": "QC", "SASKATCHEWAN": "SK", "YUKON": "YT",
}  # fmt: skip
COUNTRY_NAMES = {
    "USA": "US", "UNITED STATES": "US", "UNITED STATES OF AMERICA": "US", "U.S.": "US",
    "U.S.A.": "US", "CANADA": "CA", "CAN": "CA", "UNITED KINGDOM": "GB", "UK": "GB", "GBR": "GB",
    "GREAT BRITAIN": "GB", "GERMANY": "DE", "DEU": "DE", "DEUTSCHLAND": "DE", "FRANCE": "FR",
    "FRA": "FR", "IRELAND": "IE", "IRL": "IE", "SPAIN": "ES", "ESP": "ES", "ITALY": "IT",
    "ITA": "IT", "NETHERLANDS": "NL", "NLD": "NL", "MEXICO": "MX", "MEX": "MX",
}  # fmt: skip


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def quote_str(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _list(values: Iterable[str]) -> str:
    return "[" + ", ".join(quote_str(v) for v in values) + "]"


def trimmed(raw: str) -> str:
    """Return SQL for ``raw`` without the blanks an export pads it with (see ``BLANKS``).

    A value whose first and last characters are printable ASCII has nothing to trim: it is
    kept as it is, and only the others pay for the two trims (a tenth of the time at 15M rows).
    """
    value = f"({raw})"
    printable = f"ord({value}) BETWEEN 33 AND 126 AND ord({value}[-1]) BETWEEN 33 AND 126"
    return f"CASE WHEN {printable} THEN {value} ELSE trim(trim({value}, {BLANKS})) END"


def mapped(raw: str, values: Mapping[str, str] | None) -> str:
    """Return SQL for the trimmed raw value after the source's value map (exact, then any case)."""
    text = f"nullif({trimmed(raw)}, '')"
    if not values:
        return text
    exact = " ".join(f"WHEN {quote_str(k)} THEN {quote_str(v)}" for k, v in values.items())
    folded = " ".join(f"WHEN {quote_str(k.lower())} THEN {quote_str(v)}" for k, v in values.items())
    return f"coalesce(CASE {text} {exact} END, CASE lower({text}) {folded} END, {text})"


def parse_expr(col: Column, text: str, formats: Sequence[str], timezone: str) -> str:
    """Return SQL turning ``text`` (a trimmed VARCHAR expression) into the column's type.

    Phones, states and countries are resolved by joins, not here (see the loader).
    """
    if col.dtype is DType.TIMESTAMP:
        naive = (
            f"try_strptime({text}, {_list(formats)})"
            if formats
            # DuckDB drops a trailing word ("10:00:00 PM", "10:00:00 PDT") without a word: such
            # values are unreadable here (noted), and need formats: ('%I:%M:%S %p') instead
            else f"CASE WHEN NOT regexp_matches({text}, '[A-Za-z]$') THEN "
            f"try_cast(regexp_replace({text}, {quote_str(OFFSET_RE)}, '\\1') AS TIMESTAMP) END"
        )
        local = (
            naive
            if timezone == "UTC"
            else f"(({naive}) AT TIME ZONE {quote_str(timezone)}) AT TIME ZONE 'UTC'"
        )
        # DuckDB reads "21:00:00-07:00" and "21:00:00 UTC": close up numeric offsets, space names
        spelled = (
            f"regexp_replace(regexp_replace({text}, {quote_str(NUMERIC_OFFSET_RE)}, '\\1\\2'), "
            f"{quote_str(NAMED_ZONE_RE)}, '\\1 \\2')"
        )
        with_offset = f"try_cast({spelled} AS TIMESTAMPTZ) AT TIME ZONE 'UTC'"
        if formats:
            return local
        has_offset = f"regexp_matches({text}, {quote_str(OFFSET_RE)})"
        return f"CASE WHEN {has_offset} THEN {with_offset} ELSE {local} END"
    if col.dtype is DType.DATE:
        if formats:
            return f"CAST(try_strptime({text}, {_list(formats)}) AS DATE)"
        return f"try_cast({text} AS DATE)"
    if col.dtype is DType.INTEGER:
        return f"try_cast({text} AS BIGINT)"
    if col.dtype is DType.FLOAT:
        return f"try_cast({text} AS DOUBLE)"
    if col.dtype is DType.BOOLEAN:
        return (
            f"CASE WHEN lower({text}) IN {tuple(TRUE_WORDS)} THEN true "
            f"WHEN lower({text}) IN {tuple(FALSE_WORDS)} THEN false END"
        )
    if col.kind is Kind.ENUM:
        allowed = ", ".join(map(quote_str, col.values))
        return f"CASE WHEN lower({text}) IN ({allowed}) THEN lower({text}) END"
    if col.kind is Kind.EMAIL:
        return (
            f"CASE WHEN regexp_matches(lower({text}), {quote_str(EMAIL_RE)}) THEN lower({text}) END"
        )
    return text


def region_codes() -> dict[str, str]:
    """Return upper-case spellings (codes and names) of US states and Canadian provinces."""
    out = {c: c for c in (*US_STATES, *CA_PROVINCES)}
    out.update(STATE_NAMES)
    return out


def country_codes() -> dict[str, str]:
    """Return upper-case spellings of countries to ISO alpha-2 codes (any two letters pass)."""
    return dict(COUNTRY_NAMES)


# Digits with the punctuation exports write them with (and a leading +): phonenumbers reads
# such a value from its digits and the + alone, so values that differ only in that punctuation
# ("(415) 555-0101", "415.555.0101") are parsed once. Anything else is parsed as it is.
_PLAIN_PHONE = re.compile(r"[ ().-]*\+?[0-9 ().-]*")
_NOT_DIGIT = re.compile(r"[^0-9]")
_PLAIN_MIN_DIGITS = 7  # shorter values are parsed as they are (they are never valid anyway)


PhoneMemo = dict[tuple[str, str], str | None]


def normalize_phones(
    raw_values: Iterable[str], region: str, memo: PhoneMemo | None = None
) -> dict[str, str | None]:
    """Return E.164 for each distinct raw number, or None when it is not a valid number.

    ``memo`` (a dict the caller keeps, e.g. for one load) remembers numbers already parsed: the
    same number in the customers, the contacts and the opt-outs is parsed once.
    """
    out: dict[str, str | None] = {}
    by_key: PhoneMemo = {} if memo is None else memo
    for raw in raw_values:
        key = _plain_key(raw)
        if key is None:
            out[raw] = _normalize_phone(raw, region)
        else:
            if (region, key) not in by_key:
                by_key[region, key] = _normalize_phone(key, region)
            out[raw] = by_key[region, key]
    return out


def _plain_key(raw: str) -> str | None:
    """Return the digits of a plainly punctuated number (with its leading +), else None."""
    if len(raw) > 100 or not _PLAIN_PHONE.fullmatch(raw):
        return None
    digits = _NOT_DIGIT.sub("", raw)
    if len(digits) < _PLAIN_MIN_DIGITS:
        return None
    return ("+" if "+" in raw else "") + digits


def _normalize_phone(raw: str, region: str) -> str | None:
    """Return E.164 for one raw number, or None when it is not a valid number."""
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return None
    ok = phonenumbers.is_possible_number(number) and phonenumbers.is_valid_number(number)
    if number.country_code == 1 and len(str(number.national_number)) != 10:
        ok = False  # NANP short codes such as 310-xxxx are valid but reach no one person
    if not ok and _is_fictitious_us(number):
        ok = True  # 555-01xx numbers are reserved for fiction: keep them for samples and lessons
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) if ok else None


def _is_fictitious_us(number: phonenumbers.PhoneNumber) -> bool:
    national = str(number.national_number)
    return (
        number.country_code == 1
        and len(national) == 10
        and national[3:7] == "5550"
        and national[7] == "1"
    )
