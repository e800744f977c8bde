"""The mapping: which file feeds which canonical table, and how its columns are read.

::

    defaults: {timezone: America/New_York, phone_region: US, encoding: utf-8}
    sources:
      - table: optouts                      # a canonical table; several sources may feed one
        file: exports/crm_optouts.csv       # relative to the mapping file; a folder reads all
                                            # its files of the format, in name order
        format: csv                         # csv, tsv, parquet, xlsx or sql (default: from the
                                            # extension; sql when url is given)
        delimiter: ";"                      # csv only
        encoding: cp1252                    # utf-8 (BOM or not), latin-1, cp1252
        columns: {address: EMAIL, received_at: OPTOUT_DATE}   # canonical: source column
        formats: {received_at: ["%m/%d/%Y %H:%M", "%Y-%m-%d"]} # strptime formats, tried in turn
        timezone: America/Chicago           # zone of naive timestamps in this source
        values: {channel: {UNSUB_LINK: email, STOP: sms}}     # source value -> canonical value
        constants: {scope: all}             # a fixed value for every row
      - table: campaigns
        file: exports/campaigns.xlsx
        sheet: Campaigns                    # xlsx: the sheet's name (default: the first sheet)
        columns: {campaign_id: Code}
      - table: consents                     # a SQL source: any SQLAlchemy URL, no password in it
        url: postgresql://audit@db.internal/crm
        password_env: CRM_DB_PASSWORD       # the environment variable holding the password
        query: SELECT * FROM consent_log
        columns: {channel: chan, consent_type: kind, granted_at: captured}

Every problem in the mapping is reported at once, naming the source and the key to set.
"""

from __future__ import annotations

import codecs
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import phonenumbers

from privacykit.errors import ConfigError, Problem
from privacykit.schema.canonical import DERIVED, TABLES, DType

FORMATS = ("csv", "tsv", "parquet", "xlsx", "sql")
EXTENSIONS = {
    ".csv": "csv",
    ".txt": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".parquet": "parquet",
    ".pq": "parquet",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
}
SOURCE_KEYS = (
    "table",
    "file",
    "format",
    "sheet",
    "url",
    "password_env",
    "query",
    "delimiter",
    "encoding",
    "columns",
    "formats",
    "timezone",
    "values",
    "constants",
)
DEFAULT_KEYS = ("timezone", "phone_region", "encoding")


@dataclass(frozen=True)
class Source:
    """One validated source feeding one canonical table."""

    table: str
    path: Path  # the file or folder; for SQL sources, the mapping's folder
    format: str
    columns: Mapping[str, str]  # canonical -> source column
    files: tuple[Path, ...] = ()  # the files read (a folder's files, in name order)
    sheet: str | None = None
    url: str | None = None  # SQLAlchemy URL without its password
    password_env: str | None = None
    query: str | None = None
    delimiter: str | None = None
    encoding: str = "utf-8"
    formats: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    timezone: str = "UTC"
    values: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    constants: Mapping[str, Any] = field(default_factory=dict)
    phone_region: str = "US"
    label: str = ""  # how messages name this source: "sources[2] (crm_optouts.csv)"


def parse_mapping(
    raw: Mapping[str, Any], base_dir: Path, where: str = "mapping"
) -> tuple[Source, ...]:
    """Validate a mapping document; return its sources.

    Raises:
        ConfigError: every problem of every source, each naming the key to fix.
    """
    problems: list[Problem] = []
    for key in raw:
        if key not in ("defaults", "sources"):
            problems.append(
                Problem("unknown key; known keys: defaults, sources", where, field=str(key))
            )
    defaults = raw.get("defaults") or {}
    if not isinstance(defaults, Mapping):
        problems.append(Problem("defaults is a mapping", where, field="defaults"))
        defaults = {}
    for key in defaults:
        if key not in DEFAULT_KEYS:
            problems.append(
                Problem(
                    f"unknown key; known: {', '.join(DEFAULT_KEYS)}", where, field=f"defaults.{key}"
                )
            )
    raw_sources = raw.get("sources")
    if not isinstance(raw_sources, list) or not raw_sources:
        problems.append(
            Problem("sources is a non-empty list of files feeding tables", where, field="sources")
        )
        raw_sources = []
    sources = []
    for i, spec in enumerate(raw_sources, start=1):
        src = _source(spec, i, defaults, base_dir, where, problems)
        if src:
            sources.append(src)
    if problems:
        raise ConfigError(problems)
    return tuple(sources)


def _source(
    spec: Any,
    i: int,
    defaults: Mapping[str, Any],
    base_dir: Path,
    where: str,
    problems: list[Problem],
) -> Source | None:
    label = f"{where}: sources[{i}]"
    if not isinstance(spec, Mapping):
        problems.append(Problem("each source is a mapping with table, file and columns", label))
        return None
    start = len(problems)

    def bad(key: str, message: str) -> None:
        problems.append(Problem(message, label, field=key))

    for key in spec:
        if key not in SOURCE_KEYS:
            bad(str(key), f"unknown key; known keys: {', '.join(SOURCE_KEYS)}")
    table_name = str(spec.get("table"))
    if table_name in DERIVED:
        bad("table", f"{table_name} is built by the loader from the other tables; map those")
        return None
    if table_name not in TABLES:
        bad(
            "table",
            f"{table_name!r} is not a canonical table ({', '.join(TABLES)}); "
            "'privacykit schema' describes them",
        )
        return None
    table = TABLES[table_name]
    path, files, fmt = _locate(spec, base_dir, bad)
    url, password_env, query = _sql(spec, fmt, base_dir, bad)
    sheet = spec.get("sheet")
    if sheet is not None and fmt != "xlsx":
        bad("sheet", "sheet applies to xlsx files only")
    encoding = spec.get("encoding", defaults.get("encoding", "utf-8"))
    try:
        codecs.lookup(str(encoding))
    except LookupError:
        bad("encoding", f"unknown encoding {encoding!r}; use utf-8, latin-1 or cp1252")
    tz = spec.get("timezone", defaults.get("timezone", "UTC"))
    try:
        ZoneInfo(str(tz))
    except (ZoneInfoNotFoundError, ValueError):
        bad("timezone", f"{tz!r} is not an IANA time zone such as America/New_York")
    region = str(defaults.get("phone_region", "US")).upper()
    if region not in phonenumbers.SUPPORTED_REGIONS:
        problems.append(
            Problem(
                f"{region!r} is not a phone region such as US or CA",
                where,
                field="defaults.phone_region",
            )
        )
    columns = _str_map(spec.get("columns"), "columns", bad)
    constants = spec.get("constants") or {}
    if not isinstance(constants, Mapping):
        bad("constants", "a mapping of canonical column to value")
        constants = {}
    formats = _formats(spec.get("formats"), bad)
    values = _values(spec.get("values"), bad)
    for section, names in (
        ("columns", columns),
        ("constants", constants),
        ("formats", formats),
        ("values", values),
    ):
        for name in names:
            if name not in table.names:
                bad(
                    f"{section}.{name}",
                    f"table {table.name} has no column {name!r} "
                    f"(columns: {', '.join(table.names)})",
                )
    for name in formats:
        if name in table.names and table.column(name).dtype not in (DType.DATE, DType.TIMESTAMP):
            bad(f"formats.{name}", f"{name} is not a date or time column")
        if any("%z" in f or "%Z" in f for f in formats[name]):
            bad(
                f"formats.{name}",
                "remove %z/%Z: values that carry an offset or zone (Z, -04:00, UTC) are read "
                "without formats:, and naive ones get the source's timezone:",
            )
    for name, value in constants.items():
        if name in table.names and table.column(name).values:
            allowed = table.column(name).values
            if str(value).lower() not in allowed:
                bad(f"constants.{name}", f"{value!r} is not one of {', '.join(allowed)}")
    for name, vmap in values.items():
        if name in table.names and table.column(name).values:
            allowed = table.column(name).values
            wrong = sorted({v for v in vmap.values() if v.lower() not in allowed})
            if wrong:
                bad(
                    f"values.{name}",
                    f"maps to {', '.join(map(repr, wrong))}, not one of {', '.join(allowed)}",
                )
    missing = [c for c in table.required if c not in columns and c not in constants]
    if missing:
        bad(
            "columns",
            f"table {table.name} needs {', '.join(missing)}: map each to a source column "
            "or give a constant",
        )
    if len(problems) > start:
        return None
    delimiter = spec.get("delimiter") or ("\t" if fmt == "tsv" else None)
    return Source(
        table=str(table_name),
        path=path,
        format=str(fmt),
        columns=columns,
        files=files,
        sheet=None if sheet is None else str(sheet),
        url=url,
        password_env=password_env,
        query=query,
        delimiter=delimiter,
        encoding=str(encoding),
        formats=formats,
        timezone=str(tz),
        values=values,
        constants=dict(constants),
        phone_region=region,
        label=f"sources[{i}] ({'sql' if fmt == 'sql' else path.name})",
    )


def _locate(
    spec: Mapping[str, Any], base_dir: Path, bad: Any
) -> tuple[Path, tuple[Path, ...], str | None]:
    """Return the source's path, the files it reads, and its format (None when unknown)."""
    fmt = spec.get("format")
    if spec.get("url") is not None or fmt == "sql":
        if spec.get("file") is not None:
            bad("file", "a source reads either a file (file:) or a database (url:), not both")
        return base_dir, (), "sql"
    file = spec.get("file")
    if not isinstance(file, str) or not file:
        bad("file", "the path of the export file or folder, relative to the mapping")
        return base_dir, (), None
    path = (base_dir / file).resolve()
    if path.is_dir():
        if fmt not in FORMATS:
            bad("format", f"a folder needs format: one of {', '.join(FORMATS[:4])}")
            return path, (), None
        files = tuple(
            sorted(
                p
                for p in path.iterdir()
                if p.is_file()
                and p.suffix.lower() != ".txt"  # a folder's README.txt is not data
                and EXTENSIONS.get(p.suffix.lower()) == fmt
            )
        )
        if not files:
            suffixes = ", ".join(e for e, f in EXTENSIONS.items() if f == fmt and e != ".txt")
            bad("file", f"folder {file!r} holds no {fmt} files ({suffixes})")
        return path, files, str(fmt)
    if not path.is_file():
        bad("file", f"{file!r} not found (looked for {path})")
    fmt = fmt or EXTENSIONS.get(path.suffix.lower())
    if fmt not in FORMATS or fmt == "sql":
        bad(
            "format",
            f"set format to one of {', '.join(FORMATS[:4])} (got {spec.get('format')!r})",
        )
        return path, (path,), None
    return path, (path,), str(fmt)


def _sql(
    spec: Mapping[str, Any], fmt: str | None, base_dir: Path, bad: Any
) -> tuple[str | None, str | None, str | None]:
    """Validate a SQL source's url, password_env and query; refuse inline passwords."""
    if fmt != "sql":
        for key in ("url", "password_env", "query"):
            if spec.get(key) is not None:
                bad(key, f"{key} belongs to SQL sources (with url:)")
        return None, None, None
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    raw, env, query = spec.get("url"), spec.get("password_env"), spec.get("query")
    url = None
    if not isinstance(raw, str) or not raw:
        bad("url", "a SQLAlchemy URL such as postgresql://audit@db.internal/crm")
    else:
        try:
            parsed = make_url(raw)
        except (ArgumentError, ValueError):
            bad("url", "not a SQLAlchemy URL (dialect://user@host:port/database)")
        else:
            secret_keys = {"password", "pwd", "passwd", "odbc_connect"}
            if parsed.password is not None or secret_keys & {k.lower() for k in parsed.query}:
                bad(
                    "url",
                    "the URL carries a password; never write a secret in the mapping: remove "
                    "it from the URL (user@host) and set password_env: to the name of the "
                    "environment variable that holds it",
                )
            elif parsed.drivername.startswith("sqlite") and parsed.database not in (
                None,
                "",
                ":memory:",
            ):
                db = Path(parsed.database or "")
                url = parsed.set(database=str((base_dir / db).resolve())).render_as_string()
            else:
                url = parsed.render_as_string()
    if env is not None and (not isinstance(env, str) or not env.isidentifier()):
        bad("password_env", "the name of an environment variable, such as CRM_DB_PASSWORD")
        env = None
    if not isinstance(query, str) or not query.strip():
        bad("query", "the SELECT that returns the rows, e.g. SELECT * FROM consent_log")
        query = None
    return url, env, query


def _formats(raw: Any, bad: Any) -> dict[str, tuple[str, ...]]:
    """Return formats per column: a strptime format or a list of them, tried in turn."""
    if raw is None:
        return {}
    if not isinstance(raw, Mapping):
        bad("formats", "a mapping of column to a strptime format or list, e.g. '%m/%d/%Y'")
        return {}
    out = {}
    for k, v in raw.items():
        fmts = (v,) if isinstance(v, str) else tuple(v) if isinstance(v, list) else ()
        if not fmts or not all(isinstance(f, str) and "%" in f for f in fmts):
            bad(f"formats.{k}", f"expected a strptime format or a list of them, got {v!r}")
            continue
        out[str(k)] = fmts
    return out


def _values(raw: Any, bad: Any) -> dict[str, dict[str, str]]:
    """Return value maps per column (source value -> canonical value)."""
    if raw is None:
        return {}
    if not isinstance(raw, Mapping):
        bad("values", "a mapping of column to {source value: canonical value}")
        return {}
    out = {}
    for k, v in raw.items():
        if not isinstance(v, Mapping):
            bad(f"values.{k}", f"expected {{source value: canonical value}}, got {v!r}")
            continue
        out[str(k)] = {str(a): str(b) for a, b in v.items()}
    return out


def _str_map(raw: Any, key: str, bad: Any) -> dict[str, str]:
    if not isinstance(raw, Mapping) or not raw:
        bad(key, "a mapping of canonical column to source column, e.g. {customer_id: CUST_ID}")
        return {}
    out = {}
    for k, v in raw.items():
        if not isinstance(v, str) or not v:
            bad(f"{key}.{k}", f"expected the source column's name, got {v!r}")
        else:
            out[str(k)] = v
    return out
