"""Sample export files as text and profile the shape of each column's values.

The mapping suggester's eyes: it reads the top of each file (never modifying it), working out a
text file's encoding and delimiter, and measures per column what share of the values look like
emails, phone numbers, dates in which formats, states, countries, flags or numbers. A profile
keeps raw values only to count them: the draft shows shapes and shares, never a personal value.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import duckdb
import phonenumbers

from privacykit.errors import ConfigError, Problem
from privacykit.schema.canonical import DType
from privacykit.schema.load import read_xlsx_text
from privacykit.schema.mapping import EXTENSIONS
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
DATE_FORMATS = ("%Y-%m-%d", "%m/%d/%Y", "%d/%m/%Y", "%Y%m%d", "%Y/%m/%d", "%d.%m.%Y")
TIME_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S", "%m/%d/%Y %H:%M:%S",
                "%m/%d/%Y %H:%M", "%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%m/%d/%Y %I:%M %p",
                "%Y%m%d%H%M%S")
DAY_FIRST = {"%d/%m/%Y": "%m/%d/%Y", "%d/%m/%Y %H:%M:%S": "%m/%d/%Y %H:%M:%S",
             "%d/%m/%Y %H:%M": "%m/%d/%Y %H:%M"}
# fmt: on
SNIFF_BYTES = 4 << 20
DATE_SHAPE = re.compile(r"^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|^\d{8}(\d{6})?$")
PHONE_SHAPE = re.compile(r"^\+?[\d\s().\-/]{7,24}$")
NUMBER = re.compile(r"^-?\d+([.,]\d+)?$")
EMAIL = re.compile(EMAIL_RE)


@dataclass(frozen=True)
class Sample:
    """The first rows of one file as text, with how a text file was read."""

    path: Path
    kind: str  # csv, tsv, parquet or xlsx
    header: list[str]
    columns: list[list[str | None]]
    encoding: str | None = None  # text files only
    delimiter: str | None = None  # text files only
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Dates:
    """How a column's values read as one date type."""

    share: float
    formats: tuple[str, ...]  # empty: DuckDB reads the values as they are (ISO)
    day_month_ambiguous: bool
    naive: bool


@dataclass(frozen=True)
class Profile:
    """One sampled column: its header's words and the shapes of its values."""

    header: str
    key: str  # the header, lower case, letters and digits only
    parts: frozenset[str]  # runs of its words joined: "CustomerEmailAddr" -> emailaddr, ...
    n: int  # non-empty sampled values
    counts: Counter[str]  # never shown: personal values
    shares: Mapping[str, float]
    calling_codes: Counter[int]
    dates: Mapping[DType, Dates]


def read_samples(con: duckdb.DuckDBPyConnection, paths: Sequence[Path], rows: int) -> list[Sample]:
    """Read the first ``rows`` rows of each file (CSV, TSV, text, Parquet or .xlsx) as text.

    Raises:
        ConfigError: every file that is missing or cannot be read, each with the fix.
    """
    problems: list[Problem] = []
    samples = [s for p in paths if (s := _read(con, p, rows, problems))]
    if problems:
        raise ConfigError(problems)
    return samples


def profile_columns(con: duckdb.DuckDBPyConnection, sample: Sample) -> list[Profile]:
    """Profile each column of the sample, in header order."""
    return [_profile(con, h, col) for h, col in zip(sample.header, sample.columns, strict=True)]


def header_key(text: str) -> str:
    """Return ``text`` in lower case, letters and digits only: how headers are compared."""
    return re.sub(r"[^a-z0-9]", "", text.lower())


# --- reading ---------------------------------------------------------------------------------


def _read(
    con: duckdb.DuckDBPyConnection, path: Path, rows: int, problems: list[Problem]
) -> Sample | None:
    if not path.exists():
        problems.append(Problem("not found; check the path and pass the export file", str(path)))
        return None
    if not path.is_file():
        problems.append(Problem("is a folder; pass the export files inside it", str(path)))
        return None
    kind = EXTENSIONS.get(path.suffix.lower(), "csv")  # as the loader reads it
    try:
        if kind == "xlsx":
            return _read_xlsx(path, rows)
        if kind == "parquet":
            cur = con.execute(
                f"SELECT COLUMNS(*)::VARCHAR FROM read_parquet({quote_str(str(path))}) LIMIT {rows}"
            )
            return Sample(path, kind, *_columns(cur, str))
        return _read_text(con, path, kind, rows)
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


def _read_text(con: duckdb.DuckDBPyConnection, path: Path, kind: str, rows: int) -> Sample:
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
    return Sample(path, kind, *_columns(cur, fix), encoding, delimiter, notes)


def _read_xlsx(path: Path, rows: int) -> Sample:
    """Read the first sheet as the loader does, so the draft sees the text a load will."""
    sheet = read_xlsx_text(path, None, rows)
    notes = (
        (f"the workbook has {len(sheet.sheets)} sheets; the draft reads the first (set sheet:)",)
        if len(sheet.sheets) > 1
        else ()
    )
    return Sample(path, "xlsx", sheet.header, sheet.columns, notes=notes)


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


# --- profiling ---------------------------------------------------------------------------------


def _profile(con: duckdb.DuckDBPyConnection, header: str, raw: list[str | None]) -> Profile:
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
    return Profile(header, header_key(header), frozenset(parts), n, counts, shares, codes, dates)


def _dates(con: duckdb.DuckDBPyConnection, counts: Counter[str]) -> dict[DType, Dates]:
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
        out[dtype] = Dates(share, tuple(chosen), ambiguous, bool(covered - offset))
    return out
