"""Draft a mapping from unfamiliar exports, for a person to check.

Each file is sampled (never modified): its header names and the shapes of its values (emails,
phone numbers, dates, states, countries, channel codes) say which canonical column each source
column most likely feeds, and which canonical table the file as a whole most likely is::

    s = suggest_mapping([Path("exports/crm.csv"), Path("exports/dialer.csv")])
    Path("mapping.yaml").write_text(s.to_yaml())   # commented: evidence, TODOs, confidence

Value evidence beats a weak name match. The draft and its notes show shapes and shares only,
never a personal value (names, emails, numbers, birth dates); short codes of enum columns are shown.
"""

from __future__ import annotations

import codecs
import csv
import importlib
import io
import os
import re
import zipfile
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import phonenumbers
import yaml

from privacykit.errors import ConfigError, Problem
from privacykit.rulebook.values import US_STATES
from privacykit.schema.canonical import TABLES, Column, DType, Kind, Table
from privacykit.schema.normalize import (
    EMAIL_RE,
    FALSE_WORDS,
    OFFSET_RE,
    TRUE_WORDS,
    country_codes,
    normalize_phones,
    quote_str,
    region_codes,
)

# fmt: off
# Header spellings per canonical column, lower case, letters and digits only.
NAMES = {k: frozenset(v.split()) for k, v in {
    "customer_id": "customerid custid custno customerno customernumber custnum cust customer "
                   "clientid accountid acctid accountno accountnumber memberid crmid",
    "first_name": "firstname fname givenname first forename",
    "last_name": "lastname lname surname familyname last",
    "birth_date": "birthdate dob dateofbirth birthday bdate birthdt",
    "age": "age", "city": "city town", "postal_code": "zip zipcode postalcode postcode",
    "email": "email emailaddress emailaddr mail address",
    "phone": "phone phonenumber phoneno tel telephone mobile mobilephone cell cellphone msisdn",
    "address": "address street streetaddress address1 addr email emailaddress phone msisdn "
               "phonenumber mobile number",
    "state": "state st province prov stateprovince stateorprovince region",
    "country": "country ctry cntry countrycode nation",
    "created_at": "createdat created createdate createddate signupdate signedup datecreated",
    "contact_id": "contactid sendid callid messageid msgid",
    "channel": "channel chan type medium contacttype channeltype",
    "sent_at": "sentat sent senddate sentdate sendtime calltime calldate",
    "to_address": "toaddress recipient destination",
    "to_email": "toemail to email emailaddress recipient recipientemail",
    "to_phone": "tophone to phone phonenumber msisdn mobile tel telephone dialed dialednumber "
                "tonumber number cell recipient",
    "campaign_id": "campaign campaignid campaigncode programid",
    "purpose": "purpose", "seller": "seller brand", "subject": "subject subjectline",
    "dialer_type": "dialertype dialer dialmode dialmethod calltype",
    "outcome": "outcome result disposition dispo status callresult",
    "caller_id": "callerid ani fromnumber from cli",
    "optout_id": "optoutid unsubid", "scope": "scope", "method": "method optoutmethod",
    "program": "program list listname listid",
    "received_at": "receivedat received optoutdt optoutdate optoutat optedout optedoutat unsubdate "
                   "unsubdt unsubscribedate unsubscribedat unsubscribed dateunsubscribed "
                   "requestdate dateadded added suppressedat suppressiondate",
    "processed_at": "processedat processed processeddate appliedat applied",
    "consent_id": "consentid", "consent_type": "consenttype consentkind optintype",
    "granted_at": "grantedat granted optindate optinat consentdate consentedat",
    "revoked_at": "revokedat revoked revokedate withdrawnat",
    "registry": "registry dnclist", "registered_at": "registeredat registered dateregistered",
    "transaction_id": "transactionid orderid orderno ordernumber txnid invoiceid",
    "occurred_at": "occurredat orderdate purchasedate txndate transactiondate",
    "kind": "kind transactiontype txntype", "amount": "amount total price",
    "phone_line_type": "linetype phonetype phonelinetype",
}.items()}
GENERIC_KEY = frozenset("id key recordid rowid".split())  # the table's key
GENERIC_TIME = frozenset("date datetime timestamp ts time when eventdate eventtime".split())
# Raw values (upper case, letters and digits only) with an obvious canonical value.
VALUE_SYNONYMS = {
    "channel": {"TEXT": "sms", "TXT": "sms", "MMS": "sms", "PHONE": "call", "VOICE": "call",
                "TEL": "call", "OUTBOUND": "call", "EML": "email", "EM": "email", "DM": "mail",
                "DIRECTMAIL": "mail", "POST": "mail", "LETTER": "mail", "NOTIFICATION": "push",
                "STOP": "sms", "STOPALL": "sms", "UNSUBLINK": "email", "DNC": "call"},
    "dialer_type": {"AUTO": "autodialer", "ATDS": "autodialer", "AUTODIAL": "autodialer",
                    "PRED": "predictive", "MAN": "manual", "PREVIEW": "manual",
                    "PRV": "prerecorded", "IVR": "prerecorded", "RVM": "prerecorded",
                    "ROBO": "prerecorded", "TTS": "artificial_voice", "AI": "artificial_voice"},
    "purpose": {"MKT": "marketing", "MKTG": "marketing", "PROMO": "marketing",
                "PROMOTIONAL": "marketing", "INFO": "informational",
                "TRANSACTIONAL": "informational", "SERVICE": "informational"},
    "outcome": {"ANSWERED": "live_answer", "LIVE": "live_answer", "HUMAN": "live_answer",
                "ABANDON": "abandoned", "DROP": "abandoned", "DROPPED": "abandoned",
                "NA": "no_answer", "VM": "voicemail", "MACHINE": "voicemail",
                "BOUNCE": "bounced", "FAIL": "failed", "UNDELIVERED": "failed",
                "OPEN": "opened", "CLICK": "clicked"},
    "consent_type": {"PEWC": "express_written", "WRITTEN": "express_written",
                     "SOFT": "soft_opt_in", "HIPAA": "hipaa_authorization"},
    "scope": {"GLOBAL": "all", "LIST": "program", "CAMPAIGN": "program"},
    "phone_line_type": {"MOBILE": "wireless", "CELL": "wireless", "FIXED": "landline"},
}
FILE_HINTS = (  # (part of a file name, table, weight)
    ("crm", "customers", 0.5), ("customer", "customers", 1), ("client", "customers", 1),
    ("member", "customers", 1), ("send", "contacts", 1), ("call", "contacts", 1),
    ("dialer", "contacts", 1), ("sms", "contacts", 0.5), ("text", "contacts", 0.5),
    ("message", "contacts", 1), ("contact", "contacts", 0.5), ("unsub", "optouts", 1),
    ("optout", "optouts", 1), ("suppress", "optouts", 1), ("stop", "optouts", 0.5),
    ("dnc", "dnc_registry", 1), ("donotcall", "dnc_registry", 1), ("order", "transactions", 1),
    ("transaction", "transactions", 1), ("purchase", "transactions", 1),
    ("consent", "consents", 1), ("optin", "consents", 1), ("campaign", "campaigns", 0.5),
    ("inquir", "inquiries", 1), ("training", "training", 1), ("download", "registry_downloads", 1),
)
DATE_FORMATS = ("%Y-%m-%d", "%m/%d/%Y", "%d/%m/%Y", "%Y%m%d", "%Y/%m/%d", "%d.%m.%Y")
TIME_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S", "%m/%d/%Y %H:%M:%S",
                "%m/%d/%Y %H:%M", "%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%m/%d/%Y %I:%M %p",
                "%Y%m%d%H%M%S")
DAY_FIRST = {"%d/%m/%Y": "%m/%d/%Y", "%d/%m/%Y %H:%M:%S": "%m/%d/%Y %H:%M:%S",
             "%d/%m/%Y %H:%M": "%m/%d/%Y %H:%M"}
# fmt: on
SNIFF_BYTES = 4 << 20
PLACEHOLDER_TZ = "America/New_York"
DATE_SHAPE = re.compile(r"^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|^\d{8}(\d{6})?$")
PHONE_SHAPE = re.compile(r"^\+?[\d\s().\-/]{7,24}$")
NUMBER = re.compile(r"^-?\d+([.,]\d+)?$")
EMAIL = re.compile(EMAIL_RE)


@dataclass(frozen=True)
class SourceReview:
    """What the suggester concluded about one file: the comments of its part of the draft."""

    file: str
    table: str
    confidence: str  # high, medium or low
    runner_up: str | None
    comments: Mapping[tuple[str, ...], str]  # ("columns", "phone") -> the evidence
    unmapped: tuple[str, ...]  # source columns that feed nothing
    todo: tuple[str, ...]  # required canonical columns not found
    notes: tuple[str, ...]


@dataclass(frozen=True)
class Suggestion:
    """A draft mapping (the document parse_mapping reads), with notes for the person checking it."""

    mapping: dict[str, Any]
    notes: list[str]
    reviews: tuple[SourceReview, ...] = ()
    default_comments: Mapping[str, str] = field(default_factory=dict)

    def to_yaml(self) -> str:
        """Render the draft as commented YAML; ``yaml.safe_load`` of it equals ``mapping``."""
        lines = [
            "# DRAFT mapping suggested by privacykit from samples of the files below.",
            "# Check every line before using it: tables, columns, formats, values and the zone.",
            "# Evidence is in the comments; '# TODO' marks what the suggester could not find.",
        ]
        lines += _block({"defaults": self.mapping["defaults"]}, 0, _prefixed(self))
        lines.append("sources:")
        for i, spec in enumerate(self.mapping["sources"]):
            review = self.reviews[i] if i < len(self.reviews) else None
            lines.append("")
            if review:
                runner = f"; runner-up: {review.runner_up}" if review.runner_up else ""
                lines.append(f"  # {_clean(review.file)} -> {review.table} "
                             f"(confidence: {review.confidence}{runner})")  # fmt: skip
                lines += [f"  # note: {_clean(n)}" for n in review.notes]
            body = _block(spec, 4, review.comments if review else {})
            lines += ["  - " + body[0][4:], *body[1:]]
            if review and review.unmapped:
                lines.append(f"    # not mapped: {_clean(', '.join(review.unmapped))}")
            lines += [f"    # TODO: map {c} (required)" for c in (review.todo if review else ())]
        return "\n".join(lines) + "\n"


def suggest_mapping(
    paths: Sequence[Path], base_dir: Path | None = None, sample_rows: int = 2000
) -> Suggestion:
    """Sample each export and draft the mapping that would load it.

    Args:
        paths: the export files (CSV, TSV, text, Parquet or .xlsx).
        base_dir: the folder the mapping's paths are relative to (default: the files' common one).
        sample_rows: rows read from the top of each file.

    Raises:
        ConfigError: every file that is missing or cannot be read, each with the fix.
    """
    if not paths:
        raise ValueError("suggest_mapping needs at least one file")
    if sample_rows < 1:
        raise ValueError(f"sample_rows must be at least 1, got {sample_rows}")
    resolved = [Path(p).resolve() for p in paths]
    base = (base_dir or Path(os.path.commonpath([p.parent for p in resolved]))).resolve()
    con = duckdb.connect()
    problems: list[Problem] = []
    samples = [s for p in resolved if (s := _read(con, p, sample_rows, problems))]
    if problems:
        raise ConfigError(problems)
    profiles = [[_profile(con, h, col) for h, col in zip(s.header, s.columns, strict=True)]
                for s in samples]  # fmt: skip
    encodings = {s.encoding for s in samples if s.encoding}
    defaults, default_comments = _defaults(profiles, encodings)
    notes = [
        f"defaults.timezone is a placeholder ({PLACEHOLDER_TZ}): set the zone the exporting "
        "systems write naive times in"
    ]
    sources, reviews = [], []
    for sample, profs in zip(samples, profiles, strict=True):
        file = Path(os.path.relpath(sample.path, base)).as_posix()
        spec, review = _draft(sample, profs, file, len(encodings) == 1)
        sources.append(spec)
        reviews.append(review)
        notes += [f"{file}: {n}" for n in review.notes]
        notes += [
            f"{file}: no column found for {c} (required by {review.table})" for c in review.todo
        ]
    return Suggestion({"defaults": defaults, "sources": sources}, notes, tuple(reviews),
                      default_comments)  # fmt: skip


# --- reading ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Sample:
    path: Path
    kind: str  # csv, tsv, parquet or xlsx
    header: list[str]
    columns: list[list[str | None]]
    encoding: str | None = None
    delimiter: str | None = None
    notes: tuple[str, ...] = ()


def _read(
    con: duckdb.DuckDBPyConnection, path: Path, rows: int, problems: list[Problem]
) -> _Sample | None:
    if not path.exists():
        problems.append(Problem("not found; check the path and pass the export file", str(path)))
        return None
    if not path.is_file():
        problems.append(Problem("is a folder; pass the export files inside it", str(path)))
        return None
    suffix = path.suffix.lower()
    kind = {".parquet": "parquet", ".pq": "parquet", ".xlsx": "xlsx", ".xlsm": "xlsx"}.get(
        suffix, "tsv" if suffix in (".tsv", ".tab") else "csv"
    )
    try:
        if kind == "xlsx":
            return _read_xlsx(path, rows)
        if kind == "parquet":
            cur = con.execute(
                f"SELECT COLUMNS(*)::VARCHAR FROM read_parquet({quote_str(str(path))}) LIMIT {rows}"
            )
            return _Sample(path, kind, *_columns(cur, str))
        delimiter, encoding, notes = _sniff(path)
        opts = f"delim={quote_str(delimiter)}, header=true, all_varchar=true"
        duck_encoding = "latin-1" if encoding in ("cp1252", "latin-1") else encoding
        cur = con.execute(
            f"SELECT * FROM read_csv({quote_str(str(path))}, {opts}, "
            f"encoding={quote_str(duck_encoding)}) LIMIT {rows}"
        )
        fix: Callable[[str], str] = str
        if encoding == "cp1252":  # read as Latin-1, then give 0x80-0x9f their Windows meaning
            fix = lambda s: s.encode("latin-1").decode("cp1252", errors="replace")  # noqa: E731
        return _Sample(path, kind, *_columns(cur, fix), encoding, delimiter, notes)
    except (duckdb.Error, OSError, ValueError, KeyError, ImportError, zipfile.BadZipFile) as exc:
        reason = (str(exc).splitlines() or [type(exc).__name__])[0]
        problems.append(
            Problem(
                f"cannot be read as {kind} ({reason}); check that it is a complete CSV/TSV, "
                "Parquet or .xlsx export with a header row, or export it again",
                str(path),
            )
        )
        return None


def _columns(
    cur: duckdb.DuckDBPyConnection, fix: Callable[[str], str]
) -> tuple[list[str], list[list[str | None]]]:
    header = [fix(str(d[0])) for d in cur.description or ()]
    data = cur.fetchall()
    columns = [[None if r[i] is None else fix(str(r[i])) for r in data] for i in range(len(header))]
    return header, columns


def _sniff(path: Path) -> tuple[str, str, tuple[str, ...]]:
    """Return the delimiter, the encoding and notes, from the first megabytes of a text file."""
    with path.open("rb") as f:
        head = f.read(SNIFF_BYTES)
    notes: tuple[str, ...] = ()
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Excel's "Unicode text"
        return _delimiter(codecs.getincrementaldecoder("utf-16")().decode(head)), "utf-16", notes
    try:  # an incremental decoder forgives a character cut at the end of the chunk
        text = codecs.getincrementaldecoder("utf-8-sig")().decode(head, final=False)
        encoding = "utf-8"
    except UnicodeDecodeError as exc:
        encoding = "cp1252"
        try:
            text = head.decode("cp1252")
        except UnicodeDecodeError:
            text, encoding = head.decode("latin-1"), "latin-1"
        notes = (
            f"not UTF-8 (byte {exc.start}); suggested encoding {encoding}: check accented "
            "letters after loading",
        )
    return _delimiter(text), encoding, notes


def _delimiter(text: str) -> str:
    """Return the delimiter that splits the first lines into the most consistent fields."""
    if not text.strip():
        raise ValueError("the file is empty")
    sample = text[:65536]
    if len(text) > len(sample):  # the last line may be cut
        sample = sample[: sample.rfind("\n") + 1] or sample
    best, delimiter = (0.0, 0), ","
    for d in (",", ";", "\t", "|"):
        counts = [len(r) for r in csv.reader(io.StringIO(sample), delimiter=d) if r][:50]
        if counts and counts[0] > 1:
            score = (sum(c == counts[0] for c in counts) / len(counts), counts[0])
            if score > best:
                best, delimiter = score, d
    return delimiter


def _read_xlsx(path: Path, rows: int) -> _Sample:
    pd: Any = importlib.import_module("pandas")  # heavy: only for workbooks (openpyxl reads them)
    with pd.ExcelFile(path) as book:
        frame = pd.read_excel(book, sheet_name=0, dtype=str, nrows=rows)
        sheets = list(book.sheet_names)
    header = [str(c) for c in frame.columns]
    columns = [[None if pd.isna(v) else str(v) for v in frame[c]] for c in frame.columns]
    notes = (
        (f"the workbook has {len(sheets)} sheets; the draft reads the first (set sheet:)",)
        if len(sheets) > 1
        else ()
    )
    return _Sample(path, "xlsx", header, columns, notes=notes)


# --- profiling ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Dates:
    share: float
    formats: tuple[str, ...]  # empty: DuckDB reads the values as they are (ISO)
    day_month_ambiguous: bool
    naive: bool


@dataclass(frozen=True)
class _Profile:
    header: str
    key: str  # the header, lower case, letters and digits only
    parts: frozenset[str]  # runs of its words joined: "CustomerEmailAddr" -> emailaddr, ...
    n: int  # non-empty sampled values
    counts: Counter[str]  # never shown: personal values
    shares: Mapping[str, float]
    calling_codes: Counter[int]
    dates: Mapping[DType, _Dates]


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _profile(con: duckdb.DuckDBPyConnection, header: str, raw: list[str | None]) -> _Profile:
    counts = Counter(v.strip() for v in raw if v is not None and v.strip())
    n = sum(counts.values())

    def share(pred: Callable[[str], object]) -> float:
        return sum(c for v, c in counts.items() if pred(v)) / n if n else 0.0

    digits = [v for v in counts if PHONE_SHAPE.match(v) and sum(ch.isdigit() for ch in v) >= 7]
    e164 = {k: e for k, e in normalize_phones(digits, "US").items() if e}
    codes: Counter[int] = Counter()
    for v, e in e164.items():
        codes[int(phonenumbers.parse(e).country_code or 0)] += counts[v]
    states, countries = region_codes(), country_codes()
    bools = (*TRUE_WORDS, *FALSE_WORDS)
    shares = {
        "email": share(lambda v: EMAIL.match(v.lower())),
        "phone": share(lambda v: v in e164),
        "state": share(lambda v: v.upper() in states),
        "country": share(
            lambda v: v.upper() in countries or v.upper() in phonenumbers.SUPPORTED_REGIONS
        ),
        "boolean": share(lambda v: v.lower() in bools),
        "number": share(NUMBER.match),
    }
    dates = _dates(con, counts) if share(DATE_SHAPE.match) >= 0.3 else {}
    for dtype in (DType.DATE, DType.TIMESTAMP):
        shares[dtype.value] = dates[dtype].share if dtype in dates else 0.0
    words = [w.lower() for w in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+", header)]
    parts = {"".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
    return _Profile(header, _key(header), frozenset(parts), n, counts, shares, codes, dates)


def _dates(con: duckdb.DuckDBPyConnection, counts: Counter[str]) -> dict[DType, _Dates]:
    """Return, per date type, the formats that read the values and the share they read."""
    fmts = (*DATE_FORMATS, *TIME_FORMATS)
    tests = ", ".join(f"try_strptime(v, {quote_str(f)}) IS NOT NULL" for f in fmts)
    has_offset = f"regexp_matches(v, {quote_str(OFFSET_RE)})"
    rows = con.execute(
        f"SELECT v, {has_offset}, try_cast(v AS DATE) IS NOT NULL, CASE WHEN {has_offset} "
        "THEN try_cast(v AS TIMESTAMPTZ) IS NOT NULL ELSE try_cast(v AS TIMESTAMP) IS NOT NULL "
        f"END, {tests} FROM unnest(?::VARCHAR[]) t(v)",
        [list(counts)],
    ).fetchall()
    offset = {r[0] for r in rows if r[1]}
    by_fmt = {f: {r[0] for r in rows if r[4 + i]} for i, f in enumerate(fmts)}
    n = sum(counts.values())
    out = {}
    for dtype, candidates, native in (
        (DType.DATE, DATE_FORMATS, {r[0] for r in rows if r[2]}),
        (DType.TIMESTAMP, (*TIME_FORMATS, *DATE_FORMATS), {r[0] for r in rows if r[3]}),
    ):
        ambiguous, chosen = False, [f for f in candidates if f not in DAY_FIRST]
        for day_first, month_first in DAY_FIRST.items():
            if day_first in candidates and by_fmt[day_first]:
                if by_fmt[day_first] == by_fmt[month_first]:
                    ambiguous = True
                elif len(by_fmt[day_first]) > len(by_fmt[month_first]):
                    chosen[chosen.index(month_first)] = day_first
        readable = set().union(*(by_fmt[f] for f in chosen))
        if readable <= native:
            chosen, covered = [], native
        else:
            picked, covered = [], set()
            for f in chosen:
                if by_fmt[f] - covered:
                    picked.append(f)
                    covered |= by_fmt[f]
            chosen = picked
        ambiguous = ambiguous and any(f in DAY_FIRST.values() for f in chosen)
        share = sum(counts[v] for v in covered) / n if n else 0.0
        out[dtype] = _Dates(share, tuple(chosen), ambiguous, bool(covered - offset))
    return out


# --- guessing ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Plan:
    table: Table
    columns: dict[str, str]  # canonical -> source column
    comments: dict[tuple[str, ...], str]
    constants: dict[str, str]
    score: float
    coverage: float


def _pct(share: float) -> str:
    pct = round(100 * share)
    return f"{99 if pct == 100 and share < 1 else max(pct, 1 if share else 0)}%"


def _named(key: str) -> set[str]:
    """Return the canonical columns that a header names exactly."""
    return {c for c, words in NAMES.items() if key in words}


def _name_score(table: Table, col: Column, p: _Profile) -> float:
    words, key = NAMES.get(col.name, frozenset()), p.key
    if key in words or key == _key(col.name) or (key in GENERIC_KEY and col.name == table.key):
        return 1.0
    if key in GENERIC_TIME and col.name == table.time_column:
        return 0.5
    return 0.5 if words & p.parts else 0.0


def _value_share(col: Column, p: _Profile) -> tuple[float, str] | None:
    """Return the share of values that fit the column and what they look like (None: no test)."""
    s = p.shares
    if col.kind is Kind.FREE_TEXT and col.name in ("address", "to_address"):
        email = s["email"] >= s["phone"]
        return (s["email"], "email addresses") if email else (s["phone"], "phone numbers")
    if col.kind is Kind.EMAIL:
        return s["email"], "email addresses"
    if col.kind is Kind.PHONE:
        return s["phone"], "phone numbers"
    if col.kind is Kind.STATE:
        return s["state"], "US state or Canadian province codes or names"
    if col.kind is Kind.COUNTRY:
        return s["country"], "country names or codes"
    if col.kind is Kind.ENUM:
        known = sum(c for v, c in p.counts.items() if _canonical_value(col, v))
        return known / p.n, f"known {col.name} values"
    if col.dtype in (DType.DATE, DType.TIMESTAMP):
        return s[col.dtype.value], f"{col.dtype.value}s"
    if col.dtype is DType.BOOLEAN:
        return s["boolean"], "yes/no flags"
    if col.dtype in (DType.INTEGER, DType.FLOAT):
        return s["number"], "numbers"
    return None


def _canonical_value(col: Column, raw: str) -> str | None:
    key = re.sub(r"[^A-Z0-9]", "", raw.upper())
    for value in col.values:
        if key == re.sub(r"[^A-Z0-9]", "", value.upper()):
            return value
    synonym = VALUE_SYNONYMS.get(col.name, {}).get(key)
    return synonym if synonym in col.values else None


def _candidate(table: Table, col: Column, p: _Profile) -> tuple[float, str]:
    """Score a source column as the canonical column; return (0, '') when it does not fit."""
    name, named = _name_score(table, col, p), f"header '{p.header}'"
    value = _value_share(col, p) if p.n else None
    if p.n == 0 or value is None:
        looks_other = max(p.shares.get(k, 0.0) for k in ("email", "phone", "timestamp")) >= 0.8
        if name == 0 or (looks_other and col.kind is not Kind.ID) or (p.n == 0 and name < 1):
            return 0.0, ""
        empty = "; no values in the sample" if p.n == 0 else ""
        return 1.5 * name, f"{named} reads as {col.name}{empty}"
    share, what = value
    evidence = f"{_pct(share)} of {p.n} sampled values look like {what}"
    if col.kind is Kind.ENUM and name == 1 and len(p.counts) <= 20:
        return max(1 + 2 * share, 1.5), f"{named} reads as {col.name}; {evidence}"
    if share < 0.5:
        return 0.0, ""
    if name > 0:
        return name + 2 * share, f"{evidence}; {named}"
    value_only = (
        col.kind in (Kind.EMAIL, Kind.PHONE, Kind.STATE, Kind.COUNTRY)
        or col.name in ("address", "to_address", table.time_column)
        or (col.kind is Kind.ENUM and share >= 0.8 and len(p.counts) <= 20)
    )
    if not value_only or _named(p.key) - {col.name}:  # the header names something else
        return 0.0, ""
    return 1.8 * share, evidence


def _plan(table: Table, profiles: Sequence[_Profile], stem: str) -> _Plan:
    """Map the file's columns onto ``table``, best evidence first; score how well it fits."""
    options = sorted(  # to_address loses ties: it is mirrored beside to_phone or to_email
        (-score * (0.9 if col.name == "to_address" else 1), i, col.name, why)
        for i, p in enumerate(profiles)
        for col in table.columns
        for score, why in [_candidate(table, col, p)]
        if score > 0
    )
    columns: dict[str, str] = {}
    comments: dict[tuple[str, ...], str] = {}
    used: dict[str, _Profile] = {}
    quality = 0.0
    for neg, i, name, why in options:
        if name not in columns and profiles[i].header not in used:
            columns[name], comments[("columns", name)] = profiles[i].header, why
            used[profiles[i].header] = profiles[i]
            quality -= neg
    if table.name == "contacts" and "to_address" not in columns:
        for name in ("to_phone", "to_email"):
            if name in columns:
                columns["to_address"] = columns[name]
                comments[("columns", "to_address")] = f"as exported, beside {name}"
                break
    constants = _constants(table, columns, used, stem, comments)
    have = [c for c in table.required if c in columns or c in constants]
    coverage = len(have) / len(table.required) if table.required else 0.0
    hint = sum(w for part, t, w in FILE_HINTS if t == table.name and part in stem)
    stray = sum(1 for p in profiles if p.header not in used and _named(p.key))  # named elsewhere
    score = 4 * coverage + 0.4 * quality + 1.5 * hint - stray
    return _Plan(table, columns, comments, constants, score, coverage)


def _constants(
    table: Table,
    columns: Mapping[str, str],
    used: Mapping[str, _Profile],
    stem: str,
    comments: dict[tuple[str, ...], str],
) -> dict[str, str]:
    """Return constants for required columns that the file name or the addresses imply."""
    out = {}
    if "channel" in table.required and "channel" not in columns:
        addresses = [used[columns[c]] for c in ("address", "to_email", "to_phone") if c in columns]
        for p in addresses:
            if p.shares["email"] >= 0.9:
                out["channel"] = "email"
                why = f"{_pct(p.shares['email'])} of the sampled addresses are emails"
            elif p.shares["phone"] >= 0.9 and any(w in stem for w in ("sms", "text")):
                out["channel"], why = "sms", "phone numbers, and the file name says sms or text"
            elif p.shares["phone"] >= 0.9 and any(w in stem for w in ("call", "dialer", "voice")):
                out["channel"], why = "call", "phone numbers, and the file name says calls"
            else:
                continue
            comments[("constants", "channel")] = why
            break
    if table.name == "dnc_registry" and "registry" not in columns and "dnc" in stem:
        words = set(re.split(r"[^a-z0-9]+", stem))
        states = [w.upper() for w in words if w.upper() in US_STATES]
        national = words & {"national", "federal", "ftc", "nationaldnc"}
        out["registry"] = "national" if national else states[0] if len(states) == 1 else "internal"
        comments[("constants", "registry")] = "from the file name; national, internal or a state"
    return out


def _draft(
    sample: _Sample, profiles: Sequence[_Profile], file: str, one_encoding: bool
) -> tuple[dict[str, Any], SourceReview]:
    """Return the mapping entry for one file and the review that comments it."""
    stem = sample.path.stem.lower()
    plans = sorted((_plan(t, profiles, stem) for t in TABLES.values()), key=lambda p: -p.score)
    best, runner = plans[0], plans[1]
    margin, full = best.score - runner.score, best.coverage == 1
    confidence = (
        ("high" if margin >= 2 else "medium")
        if full
        else ("medium" if best.coverage >= 0.5 and margin >= 2 else "low")
    )
    spec: dict[str, Any] = {"table": best.table.name, "file": file}
    comments, notes = dict(best.comments), list(sample.notes)
    if sample.path.suffix.lower() not in (".csv", ".txt", ".tsv", ".tab", ".parquet", ".pq",
                                          ".xlsx", ".xlsm"):  # fmt: skip
        spec["format"] = sample.kind
    if sample.delimiter and sample.delimiter != ("\t" if sample.kind == "tsv" else ","):
        spec["delimiter"] = sample.delimiter
        comments[("delimiter",)] = "sniffed from the first lines"
    if sample.encoding and sample.encoding != "utf-8" and not one_encoding:
        spec["encoding"] = sample.encoding
        comments[("encoding",)] = "the bytes are not valid UTF-8"
    order = {h: i for i, h in enumerate(sample.header)}
    spec["columns"] = dict(sorted(best.columns.items(), key=lambda kv: order[kv[1]]))
    spec.update(_column_keys(best, profiles, comments, notes))
    if best.constants:
        spec["constants"] = best.constants
    if not any(p.n for p in profiles):
        notes.append("no data rows in the sample; guessed from the header only")
    if confidence == "low":
        notes.append(f"low confidence in table {best.table.name} (runner-up: "
                     f"{runner.table.name}); check table:")  # fmt: skip
    mapped = set(best.columns.values())
    review = SourceReview(
        file,
        best.table.name,
        confidence,
        runner.table.name if confidence == "low" else None,
        comments,
        tuple(h for h in sample.header if h not in mapped),
        tuple(c for c in best.table.required if c not in best.columns and c not in best.constants),
        tuple(notes),
    )  # fmt: skip
    return spec, review


def _column_keys(
    plan: _Plan,
    profiles: Sequence[_Profile],
    comments: dict[tuple[str, ...], str],
    notes: list[str],
) -> dict[str, Any]:
    """Return the formats and values entries of the plan's columns; add their notes."""
    by_header = {p.header: p for p in profiles}
    formats, values = {}, {}
    for canon, header in plan.columns.items():
        col, p = plan.table.column(canon), by_header[header]
        dates = p.dates.get(col.dtype)
        if dates and dates.formats:
            formats[canon] = list(dates.formats)
            comments[("formats", canon)] = f"{_pct(dates.share)} of {p.n} sampled values parse"
        if dates and dates.day_month_ambiguous:
            notes.append(
                f"{header}: its sampled dates read both as month/day and as day/month; the "
                "draft assumes month first (US): use %d/%m/%Y if the system writes the day first"
            )
        if dates and dates.naive and col.dtype is DType.TIMESTAMP:
            notes.append(
                f"{header}: timestamps carry no time zone; set timezone: to the exporting "
                "system's zone (the draft leaves it to defaults.timezone)"
            )
        if col.kind is Kind.ENUM:
            entries, unknown = _enum_values(col, p)
            if entries:
                values[canon] = entries
            if unknown:
                notes.append(f"{header}: {unknown}; add them under values.{canon}")
    return {k: v for k, v in (("formats", formats), ("values", values)) if v}


def _enum_values(col: Column, p: _Profile) -> tuple[dict[str, str], str]:
    """Return value-map entries for raw synonyms, and a note on raw values left unmapped."""
    entries: dict[str, str] = {}
    seen, unknown = set(), []
    for raw in sorted(p.counts):
        canonical = _canonical_value(col, raw)
        if canonical is None:
            unknown.append(raw)
        elif raw.lower() != canonical and raw.lower() not in seen:
            seen.add(raw.lower())
            entries[raw] = canonical
    if not unknown:
        return entries, ""
    showable = len(p.counts) <= 20 and all(
        len(v) <= 24 and not EMAIL.match(v) and sum(ch.isdigit() for ch in v) < 7 for v in unknown
    )
    if showable:
        return entries, f"values not recognised as {col.name}: {', '.join(unknown)}"
    return entries, f"{len(unknown)} distinct values not recognised as {col.name}"


def _defaults(
    profiles: Sequence[Sequence[_Profile]], encodings: set[str]
) -> tuple[dict[str, Any], dict[str, str]]:
    codes: Counter[int] = Counter()
    for p in (p for ps in profiles for p in ps if p.shares["phone"] >= 0.5):
        codes.update(p.calling_codes)
    defaults: dict[str, Any] = {"timezone": PLACEHOLDER_TZ, "phone_region": "US"}
    comments = {"timezone": "placeholder: check it (the zone of the exports' naive times)"}
    comments["phone_region"] = "no phone numbers in the samples; US assumed"
    if codes:
        code, count = codes.most_common(1)[0]
        total = sum(codes.values())
        region = phonenumbers.region_code_for_country_code(code)
        defaults["phone_region"] = region if region in phonenumbers.SUPPORTED_REGIONS else "US"
        comments["phone_region"] = f"{_pct(count / total)} of {total} sampled numbers are +{code}"
    if len(encodings) == 1:
        defaults["encoding"] = next(iter(encodings))
        comments["encoding"] = "every text file reads as this"
    return defaults, comments


# --- rendering ---------------------------------------------------------------------------------

PLAIN = re.compile(r"[A-Za-z_][A-Za-z0-9_./ -]*[A-Za-z0-9_./-]|[A-Za-z_]")


def _prefixed(s: Suggestion) -> dict[tuple[str, ...], str]:
    return {("defaults", k): v for k, v in s.default_comments.items()}


def _clean(text: str) -> str:
    return " ".join(text.split())


def _scalar(text: str) -> str:
    if PLAIN.fullmatch(text) and yaml.safe_load(text) == text:
        return text
    return yaml.safe_dump(text, default_style='"', allow_unicode=True, width=1 << 30).strip()


def _flow(value: Any) -> str:
    if isinstance(value, Mapping):
        return "{}"  # a non-empty mapping is written as a block
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_flow(v) for v in value) + "]"
    if isinstance(value, str):
        return _scalar(value)
    return str(yaml.safe_dump(value)).split("\n", 1)[0]


def _comment(line: str, note: str) -> str:
    return f"{line}  # {_clean(note)}" if note else line


def _block(
    obj: Mapping[str, Any],
    indent: int,
    comments: Mapping[tuple[str, ...], str],
    path: tuple[str, ...] = (),
) -> list[str]:
    lines = []
    for key, value in obj.items():
        head, at = " " * indent + _scalar(str(key)) + ":", (*path, str(key))
        if isinstance(value, Mapping) and value:
            lines.append(_comment(head, comments.get(at, "")))
            lines += _block(value, indent + 2, comments, at)
        else:
            lines.append(_comment(f"{head} {_flow(value)}", comments.get(at, "")))
    return lines
