"""Load a team's exports into the canonical tables in DuckDB, without losing a row.

For each source: DuckDB reads the file as text (the user's file is never modified), the mapped
columns are parsed in SQL, phone numbers are normalised once per distinct value, and each row is
either loaded or quarantined with a reason. A field that cannot be read becomes null with a
data-quality note. The accounting holds per source: rows read = rows loaded + rows quarantined.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from privacykit.errors import DataError, Problem
from privacykit.mask import LOOKS_PERSONAL, looks_personal, mask
from privacykit.schema.canonical import DERIVED, TABLES, Column, DType, Kind, Table
from privacykit.schema.coverage import Coverage, coverage
from privacykit.schema.derive import build_people, build_suppressions
from privacykit.schema.mapping import Source
from privacykit.schema.normalize import (
    PhoneMemo,
    country_codes,
    mapped,
    normalize_phones,
    parse_expr,
    quote_ident,
    quote_str,
    region_codes,
)

# DuckDB reads UTF-8 natively; its Latin-1 decoder refuses bytes 0x80-0x9F, which Windows
# exports (cp1252: curly quotes, dashes) are full of, so every other encoding is transcoded.
NATIVE_ENCODINGS = {"utf-8": "utf-8", "utf8": "utf-8", "utf-8-sig": "utf-8"}
EXAMPLES = 3
# A required value that is present but unreadable, read the conservative way instead of
# quarantining the row: an opt-out in an unknown channel code still suppresses every channel.
FALLBACKS = {("optouts", "channel"): "all"}
QUARANTINE = "load_quarantine"  # (table, source, file, row, reason) of every quarantined row


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
    coverage: list[Coverage] = field(default_factory=list)

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
    con.execute("SET enable_progress_bar = false")  # logs and notebooks get no bar noise
    return con


def load_rows(
    tables: Mapping[str, Sequence[Mapping[str, Any]]], phone_region: str = "US"
) -> duckdb.DuckDBPyConnection:
    """Return a connection holding canonical rows given as Python values, derived tables built.

    Every canonical table is created (empty unless given); each row gives only the columns it
    knows (the rest are null). No value is checked or normalised: the rows must already be
    canonical (E.164 numbers, naive UTC times). For lessons and tests, not for exports.

    Raises:
        KeyError: a table that is not canonical.
    """
    import pandas as pd

    con = connect()
    _create_tables(con)
    for name, rows in tables.items():
        if name not in TABLES:
            raise KeyError(f"not a canonical table: {name}")
        if not rows:
            continue
        frame = pd.DataFrame([dict(r) for r in rows])
        con.register("__rows", frame)
        cols = ", ".join(quote_ident(c) for c in frame.columns)
        con.execute(f"INSERT INTO {name} ({cols}) SELECT {cols} FROM __rows")
        con.unregister("__rows")
    _derive(con, phone_region)
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
    phones: PhoneMemo = {}  # numbers parsed in this load: each is parsed once
    files: dict[str, list[tuple[str, str]]] = {}  # raw_name -> (file name, relation) per file
    with tempfile.TemporaryDirectory(prefix="privacykit-") as tmp:
        for i, src in enumerate(sources):
            raw_name = f"__raw_{i}"
            if _stage(con, src, raw_name, Path(tmp), problems, files):
                staged.append((src, raw_name))
        if problems:
            raise DataError(problems)
        for src, raw_name in staged:
            _materialise(con, raw_name, files.get(raw_name, []))
            report.counts.append(_load_one(con, src, raw_name, report, phones))
            _drop(con, raw_name)
    report.notes += _dangling_customers(con)
    report.notes += _duplicate_keys(con)
    report.notes += _derive(con, sources[0].phone_region if sources else "US", phones)
    report.coverage = coverage(con)
    return report


def _derive(
    con: duckdb.DuckDBPyConnection, phone_region: str, phones: PhoneMemo | None = None
) -> list[Note]:
    """Build people and suppressions; note duplicate people, shared numbers, lost opt-outs."""
    notes = []
    people, examples, shared, shared_examples = build_people(con)
    if people:
        notes.append(
            Note(
                "customers",
                "all sources",
                "customer_id",
                "several records of one person (same name and birth date, address, number "
                "or email): opt-outs follow the number or address, a business relationship "
                "follows the person",
                people,
                tuple(examples),
            )
        )
    if shared:
        notes.append(
            Note(
                "customers",
                "all sources",
                "phone",
                "one number on records of different people (a shared or household line): "
                "kept apart as people; an opt-out from the number covers all of them",
                shared,
                tuple(shared_examples),
            )
        )
    lost = build_suppressions(con, phone_region, phones)
    if lost:
        notes.append(
            Note(
                "optouts",
                "all sources",
                "address",
                "an opt-out with no readable address and no known customer: it cannot be "
                "matched to any contact; fix the address or customer id in the export",
                len(lost),
                tuple(f"optout {r[0]!r} received {r[1]}" for r in lost[:EXAMPLES]),
            )
        )
    return notes


def _create_tables(con: duckdb.DuckDBPyConnection) -> None:
    sql_types = {
        DType.STRING: "VARCHAR",
        DType.INTEGER: "BIGINT",
        DType.FLOAT: "DOUBLE",
        DType.BOOLEAN: "BOOLEAN",
        DType.DATE: "DATE",
        DType.TIMESTAMP: "TIMESTAMP",
    }
    for t in (*TABLES.values(), *DERIVED.values()):
        cols = ", ".join(f"{quote_ident(c.name)} {sql_types[c.dtype]}" for c in t.columns)
        con.execute(f"CREATE OR REPLACE TABLE {t.name} ({cols})")
    con.execute(
        f"CREATE OR REPLACE TABLE {QUARANTINE} (table_name VARCHAR, source VARCHAR, "
        "file VARCHAR, row BIGINT, reason VARCHAR)"
    )


def _stage(
    con: duckdb.DuckDBPyConnection,
    src: Source,
    raw_name: str,
    tmp: Path,
    problems: list[Problem],
    files: dict[str, list[tuple[str, str]]] | None = None,
) -> bool:
    """Read the source as text into ``raw_name`` with ``__file`` and a 1-based ``__row``.

    ``__row`` counts data rows after the header, per file. Checks that the mapped columns exist
    and that there is at least one row; every problem goes to ``problems``. For CSV, TSV and
    Parquet sources, ``files[raw_name]`` receives each file's (name, relation), for
    :func:`_materialise`.
    """
    where = src.url or str(src.path)
    rows: int | None = None  # the files' rows, counted as they are read
    try:
        if src.format == "sql":
            if not _stage_sql(con, src, raw_name, problems):
                return False
        else:
            # Files are read where they lie, through a view: each is scanned once here (so a
            # read error names its file, and the rows are counted), then once into memory
            # before the parse (see _materialise).
            selects, first_header = [], None
            for n, path in enumerate(src.files):
                where = str(path)
                rel = (
                    _xlsx_relation(con, path, src.sheet, f"{raw_name}_x{n}")
                    if src.format == "xlsx"
                    else _file_relation(src, path, tmp / f"{raw_name}_{n}.csv")
                )
                numbered = "" if src.format == "xlsx" else "row_number() OVER () AS __row, "
                select = f"SELECT {quote_str(path.name)} AS __file, {numbered}* FROM {rel}"
                counted = con.execute(f"SELECT count(*) FROM ({select})").fetchall()[0][0]
                rows = (rows or 0) + int(counted)
                header = [r[0] for r in con.execute(f"DESCRIBE {select}").fetchall()]
                if first_header is None:
                    first_header = header
                elif header != first_header:
                    problems.append(
                        Problem(
                            f"its columns ({', '.join(header[2:])}) differ from "
                            f"{src.files[0].name}'s ({', '.join(first_header[2:])}); a folder's "
                            "files must be exported alike",
                            where,
                        )
                    )
                    return False
                selects.append(select)
                if files is not None and src.format != "xlsx":
                    files.setdefault(raw_name, []).append((path.name, rel))
            con.execute(f"CREATE TEMP VIEW {raw_name} AS {' UNION ALL '.join(selects)}")
    except UnicodeDecodeError as exc:
        problems.append(
            Problem(
                f"is not {src.encoding} text ({exc.reason} at byte {exc.start}); "
                "set the source's encoding: (cp1252, latin-1, utf-8)",
                where,
            )
        )
        return False
    except _SheetError as exc:
        problems.append(Problem(str(exc), where, field=f"{src.label} sheet"))
        return False
    except duckdb.Error as exc:
        first = str(exc).splitlines()[0]
        if "unicode" in str(exc).lower():
            message = "is not UTF-8 text; set the source's encoding: (cp1252 or latin-1)"
        else:
            message = f"cannot be read ({first}); check the file, its delimiter: and format:"
        problems.append(Problem(message, where))
        return False
    except (OSError, ValueError, zipfile.BadZipFile) as exc:
        problems.append(
            Problem(f"cannot be read as {src.format} ({exc}); check the file and format:", where)
        )
        return False
    where = src.url or str(src.path)
    header = [r[0] for r in con.execute(f"DESCRIBE {raw_name}").fetchall()][2:]
    missing = [f"{canon} <- {col!r}" for canon, col in src.columns.items() if col not in header]
    if missing:
        problems.append(
            Problem(
                f"mapped columns not in the {'query result' if src.url else 'file'}: "
                f"{', '.join(missing)}; it has: {', '.join(header)}",
                where,
                field=f"{src.label} columns",
            )
        )
        _drop(con, raw_name)
        return False
    if rows is None:
        rows = int(con.execute(f"SELECT count(*) FROM {raw_name}").fetchall()[0][0])
    if rows == 0:
        problems.append(
            Problem(
                "is empty (a header and no rows); export the data again or remove the "
                "source from the mapping",
                where,
            )
        )
        return False
    return True


def _materialise(
    con: duckdb.DuckDBPyConnection, raw_name: str, files: Sequence[tuple[str, str]]
) -> None:
    """Read a staged source's files once into temporary tables, and point its view at them.

    The view numbers rows with a window over the file (``row_number() OVER ()``), which runs on
    one thread and makes the whole parse above it run on one thread too, reading the file again
    for each query. A table keeps the file's order (insertion order is preserved), so its
    ``rowid`` numbers the same rows: the parse and the look-ups then scan memory on all threads.
    """
    if not files:
        return
    selects = []
    for n, (name, rel) in enumerate(files):
        table = f"{raw_name}_f{n}"
        con.execute(f"CREATE OR REPLACE TEMP TABLE {table} AS SELECT * FROM {rel}")
        if any(r[0].lower() == "rowid" for r in con.execute(f"DESCRIBE {table}").fetchall()):
            # a column named rowid would hide the table's own: keep numbering by the window
            for m in range(n + 1):
                con.execute(f"DROP TABLE {raw_name}_f{m}")
            return
        selects.append(f"SELECT {quote_str(name)} AS __file, rowid + 1 AS __row, * FROM {table}")
    con.execute(f"CREATE OR REPLACE TEMP VIEW {raw_name} AS {' UNION ALL '.join(selects)}")


def _drop(con: duckdb.DuckDBPyConnection, name: str) -> None:
    """Drop a staged source: a view over files (and the files' tables), or a table (SQL)."""
    is_view = con.execute(
        "SELECT count(*) FROM duckdb_views() WHERE view_name = ?", [name]
    ).fetchall()[0] == (1,)
    con.execute(f"DROP {'VIEW' if is_view else 'TABLE'} IF EXISTS {name}")
    tables = con.execute("SELECT table_name FROM duckdb_tables() WHERE temporary").fetchall()
    for (table,) in tables:
        if table.startswith(f"{name}_f"):
            con.execute(f"DROP TABLE IF EXISTS {table}")


def _file_relation(src: Source, path: Path, transcoded: Path) -> str:
    """Return the DuckDB table function that reads one CSV/TSV or Parquet file as text."""
    if src.format == "parquet":
        return f"read_parquet({quote_str(str(path))})"
    encoding = NATIVE_ENCODINGS.get(src.encoding.lower())
    if encoding is None:  # transcode a copy; DuckDB reads UTF-8 and Latin-1 natively
        _transcode(path, src.encoding, transcoded)
        path, encoding = transcoded, "utf-8"
    opts = [f"encoding={quote_str(encoding)}", "all_varchar=true", "header=true"]
    if src.delimiter:
        opts.append(f"delim={quote_str(src.delimiter)}")
    return f"read_csv({quote_str(str(path))}, {', '.join(opts)})"


class _SheetError(Exception):
    pass


def _xlsx_relation(con: duckdb.DuckDBPyConnection, path: Path, sheet: str | None, name: str) -> str:
    """Read one sheet as text (see ``read_xlsx_text``) into a temporary table; return its name.

    ``__row`` keeps counting the sheet's data rows across the blank rows left out.
    """
    text = read_xlsx_text(path, sheet)
    table = pa.table(
        {"__xlsx_row": pa.array(text.row_numbers, pa.int64())}
        | {h: pa.array(col, pa.string()) for h, col in zip(text.header, text.columns, strict=True)}
    )
    con.register(f"{name}_arrow", table)
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE {name} AS SELECT * FROM {name}_arrow ORDER BY __xlsx_row"
    )
    con.unregister(f"{name}_arrow")
    return f"(SELECT __xlsx_row AS __row, * EXCLUDE (__xlsx_row) FROM {name})"


@dataclass(frozen=True)
class SheetText:
    """One sheet as text, column by column, as the loader reads it."""

    sheets: tuple[str, ...]  # every sheet of the workbook, in order
    header: list[str]  # a blank header cell becomes column1, column2, ...
    columns: list[list[str | None]]  # one list per header cell; blank rows left out
    row_numbers: list[int]  # the 1-based data row of each value in a column


def read_xlsx_text(path: Path, sheet: str | None, limit: int | None = None) -> SheetText:
    """Read a sheet (default: the first) with openpyxl, read-only and values only, as text.

    Excel stores numbers as floats and dates as datetimes: an integral number becomes its
    digits (a phone stored as a number keeps no '.0'), a datetime at midnight becomes its date.
    Blank rows are skipped; cells beyond the header are dropped. Shared by the loader and the
    mapping suggester, so a draft sees the text that a load will.

    Args:
        path: the .xlsx or .xlsm workbook.
        sheet: the sheet's name; None reads the first sheet.
        limit: stop after this many non-blank data rows (None: read them all).

    Raises:
        _SheetError: the workbook has no sheet named ``sheet``.
    """
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        if sheet is None:
            ws = book.worksheets[0]
        elif sheet in book.sheetnames:
            ws = book[sheet]
        else:
            raise _SheetError(f"has no sheet {sheet!r}; its sheets: {', '.join(book.sheetnames)}")
        rows = ws.iter_rows(values_only=True)
        header = [_cell_text(v) or f"column{i + 1}" for i, v in enumerate(next(rows, ()))]
        data: list[list[str | None]] = [[] for _ in header]
        numbers: list[int] = []
        for n, row in enumerate(rows, start=1):
            if limit is not None and len(numbers) >= limit:
                break
            cells = [_cell_text(v) for v in row[: len(header)]]
            if not any(cells):
                continue
            numbers.append(n)
            cells += [None] * (len(header) - len(cells))
            for column, cell in zip(data, cells, strict=True):
                column.append(cell)
        return SheetText(tuple(book.sheetnames), header, data, numbers)
    finally:
        book.close()


def _cell_text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        midnight = value.time() == dt.time() and value.tzinfo is None
        return value.date().isoformat() if midnight else value.isoformat(" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    text = str(value)
    return text if text.strip() else None


SQL_CHUNK = 100_000


def _stage_sql(
    con: duckdb.DuckDBPyConnection, src: Source, raw_name: str, problems: list[Problem]
) -> bool:
    """Run the source's query through SQLAlchemy, streaming rows into ``raw_name`` as text.

    The password comes from the environment variable the mapping names; it is never logged:
    SQLAlchemy hides it when a URL is shown, and error text is scrubbed of it.
    """
    import sqlalchemy as sa

    assert src.url is not None and src.query is not None  # parse_mapping holds it
    url = sa.engine.make_url(src.url)
    secret = None
    if src.password_env:
        secret = os.environ.get(src.password_env)
        if secret is None:
            problems.append(
                Problem(
                    f"the environment variable {src.password_env} (password_env) is not set; "
                    f"set it to the database password before the run",
                    src.url,
                    field=f"{src.label} password_env",
                )
            )
            return False
        url = url.set(password=secret)
    engine = None
    try:
        engine = sa.create_engine(url)
        with engine.connect() as conn:
            result = conn.execution_options(stream_results=True).execute(sa.text(src.query))
            header = [str(k) for k in result.keys()]  # noqa: SIM118 (a Result iterates rows)
            row_no = 0
            created = False
            while chunk := result.fetchmany(SQL_CHUNK):
                cols: list[list[str | None]] = [[] for _ in header]
                for row in chunk:
                    for column, value in zip(cols, row, strict=True):
                        column.append(_cell_text(value))
                rows = pa.array(range(row_no + 1, row_no + len(chunk) + 1), pa.int64())
                row_no += len(chunk)
                table = pa.table(
                    {"__file": pa.array(["query"] * len(chunk), pa.string()), "__row": rows}
                    | {h: pa.array(c, pa.string()) for h, c in zip(header, cols, strict=True)}
                )
                con.register(f"{raw_name}_arrow", table)
                verb = "INSERT INTO" if created else "CREATE TEMP TABLE"
                con.execute(
                    f"{verb} {raw_name} {'' if created else 'AS '}SELECT * FROM {raw_name}_arrow"
                )
                con.unregister(f"{raw_name}_arrow")
                created = True
            if not created:
                cols_sql = ", ".join(
                    ["__file VARCHAR", "__row BIGINT"]
                    + [f"{quote_ident(h)} VARCHAR" for h in header]
                )
                con.execute(f"CREATE TEMP TABLE {raw_name} ({cols_sql})")
    except ImportError as exc:
        problems.append(
            Problem(
                f"the database driver is not installed ({exc.name or exc}); install it in the "
                "kit's environment, e.g. .venv/bin/pip install psycopg",
                src.url,
                field=f"{src.label} url",
            )
        )
        return False
    except sa.exc.SQLAlchemyError as exc:
        message = str(exc).splitlines()[0]
        if secret:
            message = message.replace(secret, "***")
        problems.append(
            Problem(
                f"the database or query failed ({message}); check url:, query: and the password",
                src.url,
                field=f"{src.label} query",
            )
        )
        return False
    finally:
        if engine is not None:
            engine.dispose()
    return True


def _transcode(path: Path, encoding: str, out: Path) -> None:
    with (
        path.open("r", encoding=encoding, newline="") as fin,
        out.open("w", encoding="utf-8", newline="") as fo,
    ):
        while chunk := fin.read(1 << 20):
            fo.write(chunk)


def _load_one(
    con: duckdb.DuckDBPyConnection,
    src: Source,
    raw_name: str,
    report: LoadReport,
    phones: PhoneMemo | None = None,
) -> SourceCount:
    table = TABLES[src.table]
    types = dict((r[0], str(r[1])) for r in con.execute(f"DESCRIBE {raw_name}").fetchall())
    exprs, texts = {}, {}
    for col in table.columns:
        if col.name in src.constants:
            exprs[col.name] = _constant(col, src.constants[col.name])
        elif col.name in src.columns:
            source = src.columns[col.name]
            text = mapped(_as_text(quote_ident(source), types[source]), src.values.get(col.name))
            texts[col.name] = text
            ref = quote_ident("__text_" + col.name)
            exprs[col.name] = _typed(con, col, text, src, raw_name, phones, ref)
    parsed = f"__parsed_{raw_name}"
    # Each column's text is computed once (innermost), then typed from it: the typed
    # expressions name the text several times, and it is a trim of the raw value each time.
    text_cols = ", ".join(f"{t} AS {quote_ident('__text_' + n)}" for n, t in texts.items())
    inner = ", ".join(
        [f"{e} AS {quote_ident(n)}" for n, e in exprs.items()]
        + [quote_ident("__text_" + n) for n in texts]
    )
    # The raw text is kept only where it could not be read (for the notes): mostly NULL, so
    # the staged table costs little more than the typed columns.
    outer = ", ".join(
        [quote_ident(n) for n in exprs]
        + [
            f"CASE WHEN {quote_ident(n)} IS NULL THEN {quote_ident('__text_' + n)} END "
            f"AS {quote_ident('__raw_' + n)}"
            for n in texts
        ]
    )
    con.execute(
        f"CREATE TEMP TABLE {parsed} AS SELECT __file, __row, {outer} FROM "
        f"(SELECT __file, __row, {inner} FROM "
        f"(SELECT __file, __row{', ' if texts else ''}{text_cols} FROM {raw_name}))"
    )
    for name in texts:
        _note_unreadable(con, parsed, table.column(name), src, report)
    reasons = _quarantine_reasons(table, set(exprs), set(texts))
    bad = " OR ".join(f"({cond})" for cond, _ in reasons) or "false"
    earlier = "false"
    for cond, reason in reasons:  # each row is counted under its first reason only
        own = f"({cond}) AND NOT ({earlier})"
        earlier = f"{earlier} OR ({cond})"
        count = _count(con, parsed, own)
        if not count:
            continue
        con.execute(
            f"INSERT INTO {QUARANTINE} SELECT {quote_str(table.name)}, {quote_str(src.label)}, "
            f"__file, __row, {quote_str(reason)} FROM {parsed} WHERE {own}"
        )
        rows = con.execute(
            f"SELECT __file, __row FROM {parsed} WHERE {own} ORDER BY __file, __row "
            f"LIMIT {EXAMPLES}"
        ).fetchall()
        report.quarantine.append(
            Note(
                table.name,
                src.label,
                "",
                reason,
                count,
                tuple(_at(src, f, r) for f, r in rows),
            )
        )
    cols = ", ".join(quote_ident(n) for n in exprs)
    values = ", ".join(_insert_value(table, n) for n in exprs)
    con.execute(
        f"INSERT INTO {table.name} ({cols}) SELECT {values} FROM {parsed} WHERE NOT ({bad})"
    )
    read = _count(con, parsed, "true")
    quarantined = _count(con, parsed, bad)
    con.execute(f"DROP TABLE {parsed}")
    return SourceCount(table.name, src.label, read, read - quarantined, quarantined)


def _as_text(column: str, sql_type: str) -> str:
    """Return SQL reading a source column as text, as it was meant to be written.

    A Parquet writer that stores an id or phone column with gaps as DOUBLE gives 6145550101.0:
    integral values become their digits, as they do for Excel cells.
    """
    if sql_type in ("DOUBLE", "FLOAT", "REAL") or sql_type.startswith("DECIMAL"):
        return (
            f"CASE WHEN {column} = trunc({column}) AND abs({column}) < 1e15 "
            f"THEN CAST(CAST({column} AS BIGINT) AS VARCHAR) ELSE CAST({column} AS VARCHAR) END"
        )
    return f"CAST({column} AS VARCHAR)"


def _count(con: duckdb.DuckDBPyConnection, name: str, where: str) -> int:
    row = con.execute(f"SELECT count(*) FROM {name} WHERE {where}").fetchall()[0]
    return int(row[0])


def _constant(col: Column, value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    return parse_expr(col, quote_str(str(value)), (), "UTC")


def _typed(
    con: duckdb.DuckDBPyConnection,
    col: Column,
    text: str,
    src: Source,
    raw_name: str,
    phones: PhoneMemo | None = None,
    ref: str | None = None,
) -> str:
    """Return SQL for the typed value; ``ref`` names ``text`` where the SQL is used (a column)."""
    ref = text if ref is None else ref
    resolver = _resolver(col.kind, src.phone_region, phones)
    if resolver is not None:
        phone = col.kind is Kind.PHONE
        key, key_ref = (text, ref) if phone else (f"upper({text})", f"upper({ref})")
        name = f"__{col.kind.value}_{raw_name}_{col.name}"
        return _lookup(con, name, key, raw_name, resolver, key_ref)
    return parse_expr(col, ref, src.formats.get(col.name, ()), src.timezone)


Resolver = Callable[[list[str]], Mapping[str, str | None]]


def _resolver(kind: Kind, phone_region: str, phones: PhoneMemo | None = None) -> Resolver | None:
    """Return the Python look-up for phones, states and countries (None for other kinds)."""
    if kind is Kind.PHONE:
        return lambda vals: normalize_phones(vals, phone_region, phones)
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
    con: duckdb.DuckDBPyConnection,
    name: str,
    text: str,
    raw_name: str,
    fn: Resolver,
    ref: str | None = None,
) -> str:
    """Resolve each distinct value once in Python; return a scalar subquery joining the result.

    ``text`` reads the value from ``raw_name``; ``ref`` (default: ``text``) names it where the
    subquery is used.
    """
    distinct = [
        r[0]
        for r in con.execute(
            f"SELECT DISTINCT v FROM (SELECT {text} AS v FROM {raw_name}) WHERE v IS NOT NULL"
        ).fetchall()
    ]
    pairs = fn(distinct)
    con.execute(f"CREATE OR REPLACE TEMP TABLE {name} (raw VARCHAR, value VARCHAR)")
    if pairs:
        # One Arrow insert: executemany costs a statement per row (minutes at a million).
        arrow = pa.table(
            {
                "raw": pa.array(list(pairs.keys()), pa.string()),
                "value": pa.array(list(pairs.values()), pa.string()),
            }
        )
        con.register(f"{name}_arrow", arrow)
        con.execute(f"INSERT INTO {name} SELECT raw, value FROM {name}_arrow")
        con.unregister(f"{name}_arrow")
    return f"(SELECT value FROM {name} WHERE raw = {text if ref is None else ref})"


def _note_unreadable(
    con: duckdb.DuckDBPyConnection, parsed: str, col: Column, src: Source, report: LoadReport
) -> None:
    raw = quote_ident("__raw_" + col.name)
    cond = f"{raw} IS NOT NULL AND {quote_ident(col.name)} IS NULL"
    rows = con.execute(
        f"SELECT __file, __row, {raw} FROM {parsed} WHERE {cond} "
        f"ORDER BY __file, __row LIMIT {EXAMPLES}"
    ).fetchall()
    if not rows:
        return
    count = _count(con, parsed, cond)
    shown = tuple(f"{_at(src, f, r)}: {_show(col, v)}" for f, r, v in rows)
    why = _why(col, src)
    if (src.table, col.name) in FALLBACKS:
        why += f"; read as {FALLBACKS[src.table, col.name]!r}, the conservative reading"
    report.notes.append(Note(src.table, src.label, col.name, why, count, shown))


def _at(src: Source, file: str, row: int) -> str:
    """Name a data row: 'row 12', or 'part2.csv row 12' when a folder feeds the source."""
    return f"{file} row {row}" if len(src.files) > 1 else f"row {row}"


def _show(col: Column, value: str) -> str:
    """Quote an unreadable value for a note, masked like reports mask a personal column.

    A value that looks like an email or a phone number is masked whatever its column: a
    mis-mapped column (an address mapped to channel) must not print personal data.
    """
    if col.is_personal:
        return repr(mask(col, value))
    return repr(mask(LOOKS_PERSONAL, value)) if looks_personal(value) else repr(value)


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


def _insert_value(table: Table, name: str) -> str:
    """Return the parsed column, with the conservative reading where the table has one."""
    col = quote_ident(name)
    if (table.name, name) in FALLBACKS:
        return f"coalesce({col}, {quote_str(FALLBACKS[table.name, name])})"
    if table.event and name == table.key:  # an event without an id is named by file and row
        return f"coalesce({col}, __file || ' row ' || __row)"
    return col


def _quarantine_reasons(
    table: Table, present: set[str], mapped_columns: set[str]
) -> list[tuple[str, str]]:
    """Return (SQL condition, reason) pairs that make a row unusable by any check."""
    out = [
        (
            f"{quote_ident(c)} IS NULL AND {quote_ident('__raw_' + c)} IS NULL"
            if (table.name, c) in FALLBACKS and c in mapped_columns
            else f"{quote_ident(c)} IS NULL",
            f"no usable {c} (required)",
        )
        for c in table.required
    ]
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
