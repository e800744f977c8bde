"""Load a team's exports into the canonical tables in DuckDB, without losing a row.

For each source: DuckDB reads the file as text (the user's file is never modified), the mapped
columns are parsed in SQL, phone numbers are normalised once per distinct value, and each row is
either loaded or quarantined with a reason. A field that cannot be read becomes null with a
data-quality note. The accounting holds per source: rows read = rows loaded + rows quarantined.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from privacykit.errors import DataError, Problem
from privacykit.schema.canonical import TABLES, Column, DType, Kind, Table
from privacykit.schema.mapping import Source
from privacykit.schema.normalize import (
    country_codes,
    mapped,
    normalize_phones,
    parse_expr,
    quote_ident,
    quote_str,
    region_codes,
)

NATIVE_ENCODINGS = {
    "utf-8": "utf-8",
    "utf8": "utf-8",
    "utf-8-sig": "utf-8",
    "latin-1": "latin-1",
    "latin1": "latin-1",
    "iso-8859-1": "latin-1",
}
EXAMPLES = 3


@dataclass(frozen=True)
class Note:
    """A data-quality note: values that could not be read (nulled) or rows quarantined."""

    table: str
    source: str
    column: str
    reason: str
    count: int
    examples: tuple[str, ...]  # "row 12: '2024-13-01'" (personal values masked)


@dataclass
class SourceCount:
    table: str
    source: str
    read: int = 0
    loaded: int = 0
    quarantined: int = 0


@dataclass
class LoadReport:
    counts: list[SourceCount] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    quarantine: list[Note] = field(default_factory=list)

    def totals(self, table: str) -> tuple[int, int, int]:
        rows = [c for c in self.counts if c.table == table]
        return (
            sum(c.read for c in rows),
            sum(c.loaded for c in rows),
            sum(c.quarantined for c in rows),
        )


def connect() -> duckdb.DuckDBPyConnection:
    """Return a DuckDB connection whose session time zone is UTC (nothing converts behind us)."""
    con = duckdb.connect()
    con.execute("SET TimeZone = 'UTC'")
    return con


def load_sources(sources: Sequence[Source], con: duckdb.DuckDBPyConnection) -> LoadReport:
    """Load every source into its canonical table on ``con``; create empty tables for the rest.

    Raises:
        DataError: files that cannot be read or lack mapped columns, all listed together.
    """
    _create_tables(con)
    report = LoadReport()
    problems: list[Problem] = []
    staged = []
    with tempfile.TemporaryDirectory(prefix="privacykit-") as tmp:
        for i, src in enumerate(sources):
            raw_name = f"__raw_{i}"
            if _stage(con, src, raw_name, Path(tmp), problems):
                staged.append((src, raw_name))
        if problems:
            raise DataError(problems)
        for src, raw_name in staged:
            report.counts.append(_load_one(con, src, raw_name, report))
            con.execute(f"DROP TABLE {raw_name}")
    report.notes += _dangling_customers(con)
    report.notes += _duplicate_keys(con)
    return report


def _create_tables(con: duckdb.DuckDBPyConnection) -> None:
    sql_types = {
        DType.STRING: "VARCHAR",
        DType.INTEGER: "BIGINT",
        DType.FLOAT: "DOUBLE",
        DType.BOOLEAN: "BOOLEAN",
        DType.DATE: "DATE",
        DType.TIMESTAMP: "TIMESTAMP",
    }
    for t in TABLES.values():
        cols = ", ".join(f"{quote_ident(c.name)} {sql_types[c.dtype]}" for c in t.columns)
        con.execute(f"CREATE OR REPLACE TABLE {t.name} ({cols})")


def _stage(
    con: duckdb.DuckDBPyConnection, src: Source, raw_name: str, tmp: Path, problems: list[Problem]
) -> bool:
    """Read the source as text into ``raw_name`` with a 1-based ``__row``; check its columns."""
    where = str(src.path)
    try:
        if src.format == "parquet":
            rel = f"read_parquet({quote_str(str(src.path))})"
        else:
            path, encoding = src.path, NATIVE_ENCODINGS.get(src.encoding.lower())
            if encoding is None:  # transcode a copy; DuckDB reads UTF-8 and Latin-1 natively
                path = tmp / f"{raw_name}.csv"
                _transcode(src.path, src.encoding, path)
                encoding = "utf-8"
            opts = [f"encoding={quote_str(encoding)}", "all_varchar=true", "header=true"]
            if src.delimiter:
                opts.append(f"delim={quote_str(src.delimiter)}")
            rel = f"read_csv({quote_str(str(path))}, {', '.join(opts)})"
        con.execute(
            f"CREATE TEMP TABLE {raw_name} AS SELECT row_number() OVER () AS __row, * FROM {rel}"
        )
    except UnicodeDecodeError as exc:
        problems.append(
            Problem(
                f"is not {src.encoding} text ({exc.reason} at byte {exc.start}); "
                "set the source's encoding: (cp1252, latin-1, utf-8)",
                where,
            )
        )
        return False
    except duckdb.Error as exc:
        first = str(exc).splitlines()[0]
        if "unicode" in str(exc).lower():
            message = "is not UTF-8 text; set the source's encoding: (cp1252 or latin-1)"
        else:
            message = f"cannot be read ({first}); check the file, its delimiter: and format:"
        problems.append(Problem(message, where))
        return False
    header = [r[0] for r in con.execute(f"DESCRIBE {raw_name}").fetchall()][1:]
    missing = [f"{canon} <- {col!r}" for canon, col in src.columns.items() if col not in header]
    if missing:
        problems.append(
            Problem(
                f"mapped columns not in the file: {', '.join(missing)}; the file has: "
                f"{', '.join(header)}",
                where,
                field=f"{src.label} columns",
            )
        )
        con.execute(f"DROP TABLE {raw_name}")
        return False
    if con.execute(f"SELECT count(*) FROM {raw_name}").fetchone() == (0,):
        problems.append(
            Problem(
                "is empty (a header and no rows); export the data again or remove the "
                "source from the mapping",
                where,
            )
        )
        return False
    return True


def _transcode(path: Path, encoding: str, out: Path) -> None:
    with (
        path.open("r", encoding=encoding, newline="") as fin,
        out.open("w", encoding="utf-8", newline="") as fo,
    ):
        while chunk := fin.read(1 << 20):
            fo.write(chunk)


def _load_one(
    con: duckdb.DuckDBPyConnection, src: Source, raw_name: str, report: LoadReport
) -> SourceCount:
    table = TABLES[src.table]
    exprs, texts = {}, {}
    for col in table.columns:
        if col.name in src.constants:
            exprs[col.name] = _constant(col, src.constants[col.name])
        elif col.name in src.columns:
            text = mapped(
                f"CAST({quote_ident(src.columns[col.name])} AS VARCHAR)", src.values.get(col.name)
            )
            texts[col.name] = text
            exprs[col.name] = _typed(con, col, text, src, raw_name)
    parsed = f"__parsed_{raw_name}"
    select = ", ".join(
        [f"{e} AS {quote_ident(n)}" for n, e in exprs.items()]
        + [f"{t} AS {quote_ident('__raw_' + n)}" for n, t in texts.items()]
    )
    con.execute(f"CREATE TEMP TABLE {parsed} AS SELECT __row, {select} FROM {raw_name}")
    for name in texts:
        _note_unreadable(con, parsed, table.column(name), src, report)
    reasons = _quarantine_reasons(table, set(exprs))
    bad = " OR ".join(f"({cond})" for cond, _ in reasons) or "false"
    for cond, reason in reasons:
        rows = con.execute(f"SELECT __row FROM {parsed} WHERE {cond} ORDER BY __row").fetchall()
        if rows:
            report.quarantine.append(
                Note(
                    table.name,
                    src.label,
                    "",
                    reason,
                    len(rows),
                    tuple(f"row {r[0]}" for r in rows[:EXAMPLES]),
                )
            )
    cols = ", ".join(quote_ident(n) for n in exprs)
    con.execute(f"INSERT INTO {table.name} ({cols}) SELECT {cols} FROM {parsed} WHERE NOT ({bad})")
    read = _count(con, parsed, "true")
    quarantined = _count(con, parsed, bad)
    con.execute(f"DROP TABLE {parsed}")
    return SourceCount(table.name, src.label, read, read - quarantined, quarantined)


def _count(con: duckdb.DuckDBPyConnection, name: str, where: str) -> int:
    row = con.execute(f"SELECT count(*) FROM {name} WHERE {where}").fetchone()
    return int(row[0]) if row else 0


def _constant(col: Column, value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    return parse_expr(col, quote_str(str(value)), (), "UTC")


def _typed(
    con: duckdb.DuckDBPyConnection, col: Column, text: str, src: Source, raw_name: str
) -> str:
    resolver = _resolver(col.kind, src.phone_region)
    if resolver is not None:
        key = text if col.kind is Kind.PHONE else f"upper({text})"
        return _lookup(con, f"__{col.kind.value}_{raw_name}_{col.name}", key, raw_name, resolver)
    return parse_expr(col, text, src.formats.get(col.name, ()), src.timezone)


Resolver = Callable[[list[str]], Mapping[str, str | None]]


def _resolver(kind: Kind, phone_region: str) -> Resolver | None:
    """Return the Python look-up for phones, states and countries (None for other kinds)."""
    if kind is Kind.PHONE:
        return lambda vals: normalize_phones(vals, phone_region)
    if kind is Kind.STATE:
        codes = region_codes()
        return lambda vals: {v: codes.get(v) for v in vals}
    if kind is Kind.COUNTRY:
        names = country_codes()
        return lambda vals: {
            v: names.get(v, v if len(v) == 2 and v.isalpha() else None) for v in vals
        }
    return None


def _lookup(
    con: duckdb.DuckDBPyConnection, name: str, text: str, raw_name: str, fn: Resolver
) -> str:
    """Resolve each distinct value once in Python; return a scalar subquery joining the result."""
    distinct = [
        r[0]
        for r in con.execute(
            f"SELECT DISTINCT {text} FROM {raw_name} WHERE {text} IS NOT NULL"
        ).fetchall()
    ]
    pairs = fn(distinct)
    con.execute(f"CREATE OR REPLACE TEMP TABLE {name} (raw VARCHAR, value VARCHAR)")
    if pairs:
        con.executemany(f"INSERT INTO {name} VALUES (?, ?)", list(pairs.items()))
    return f"(SELECT value FROM {name} WHERE raw = {text})"


def _note_unreadable(
    con: duckdb.DuckDBPyConnection, parsed: str, col: Column, src: Source, report: LoadReport
) -> None:
    raw = quote_ident("__raw_" + col.name)
    cond = f"{raw} IS NOT NULL AND {quote_ident(col.name)} IS NULL"
    rows = con.execute(
        f"SELECT __row, {raw} FROM {parsed} WHERE {cond} ORDER BY __row LIMIT {EXAMPLES}"
    ).fetchall()
    if not rows:
        return
    count = _count(con, parsed, cond)
    shown = tuple(f"row {r}: {_show(col, v)}" for r, v in rows)
    report.notes.append(Note(src.table, src.label, col.name, _why(col, src), count, shown))


def _show(col: Column, value: str) -> str:
    if col.is_personal and len(value) > 4:
        return repr("*" * (len(value) - 4) + value[-4:])
    return repr(value)


def _why(col: Column, src: Source) -> str:
    fmt = src.formats.get(col.name)
    if col.dtype in (DType.DATE, DType.TIMESTAMP):
        return (
            f"not a {col.dtype.value} in the formats {list(fmt)}"
            if fmt
            else f"not a {col.dtype.value}; set formats.{col.name} in the mapping (e.g. '%m/%d/%Y')"
        )
    if col.kind is Kind.PHONE:
        return f"not a valid phone number for region {src.phone_region}; set defaults.phone_region"
    if col.kind is Kind.ENUM:
        return f"not one of {', '.join(col.values)}; map it with values.{col.name} in the mapping"
    if col.kind is Kind.STATE:
        return "not a US state or Canadian province; map it with values.state"
    return f"not a valid {col.kind.value if col.kind is not Kind.PLAIN else col.dtype.value}"


def _quarantine_reasons(table: Table, present: set[str]) -> list[tuple[str, str]]:
    """Return (SQL condition, reason) pairs that make a row unusable by any check."""
    out = [(f"{quote_ident(c)} IS NULL", f"no usable {c} (required)") for c in table.required]
    if table.name == "contacts":
        targets = [c for c in ("to_email", "to_phone", "to_address", "customer_id") if c in present]
        if targets:
            cond = " AND ".join(f"{quote_ident(c)} IS NULL" for c in targets)
            out.append((cond, "no address, number or customer to judge the contact by"))
    return out  # required columns are always mapped or constant (parse_mapping holds it)


def _dangling_customers(con: duckdb.DuckDBPyConnection) -> list[Note]:
    notes = []
    for t in TABLES.values():
        if t.name == "customers" or "customer_id" not in t.names:
            continue
        rows = con.execute(
            f"SELECT customer_id FROM {t.name} x WHERE customer_id IS NOT NULL AND NOT EXISTS "
            f"(SELECT 1 FROM customers c WHERE c.customer_id = x.customer_id) LIMIT {EXAMPLES}"
        ).fetchall()
        if rows:
            count = _count(
                con,
                f"{t.name} x",
                "customer_id IS NOT NULL AND NOT EXISTS "
                "(SELECT 1 FROM customers c WHERE c.customer_id = x.customer_id)",
            )
            notes.append(
                Note(
                    t.name,
                    "all sources",
                    "customer_id",
                    "matches no customer; loaded and judged by its address or number",
                    count,
                    tuple(repr(r[0]) for r in rows),
                )
            )
    return notes


def _duplicate_keys(con: duckdb.DuckDBPyConnection) -> list[Note]:
    notes = []
    for t in TABLES.values():
        if not t.key:
            continue
        key = quote_ident(t.key)
        rows = con.execute(
            f"SELECT {key}, count(*) FROM {t.name} WHERE {key} IS NOT NULL GROUP BY 1 "
            f"HAVING count(*) > 1 ORDER BY 1"
        ).fetchall()
        if rows:
            notes.append(
                Note(
                    t.name,
                    "all sources",
                    t.key,
                    "duplicate key (rows kept)",
                    len(rows),
                    tuple(f"{r[0]!r} x{r[1]}" for r in rows[:EXAMPLES]),
                )
            )
    return notes
