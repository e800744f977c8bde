"""The mapping: which file feeds which canonical table, and how its columns are read.

::

    defaults: {timezone: America/New_York, phone_region: US, encoding: utf-8}
    sources:
      - table: optouts                      # a canonical table; several sources may feed one
        file: exports/crm_optouts.csv       # relative to the mapping file
        format: csv                         # csv, tsv or parquet (default: from the extension)
        delimiter: ";"                      # csv only
        encoding: cp1252                    # utf-8 (BOM or not), latin-1, cp1252
        columns: {address: EMAIL, received_at: OPTOUT_DATE}   # canonical: source column
        formats: {received_at: ["%m/%d/%Y %H:%M", "%Y-%m-%d"]} # strptime formats, tried in turn
        timezone: America/Chicago           # zone of naive timestamps in this source
        values: {channel: {UNSUB_LINK: email, STOP: sms}}     # source value -> canonical value
        constants: {scope: all}             # a fixed value for every row

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
from privacykit.schema.canonical import TABLES, DType

FORMATS = ("csv", "tsv", "parquet")
SOURCE_KEYS = (
    "table",
    "file",
    "format",
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
    path: Path
    format: str
    columns: Mapping[str, str]  # canonical -> source column
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
    if table_name not in TABLES:
        bad(
            "table",
            f"{table_name!r} is not a canonical table ({', '.join(TABLES)}); "
            "'privacykit schema' describes them",
        )
        return None
    table = TABLES[table_name]
    file = spec.get("file")
    path = (base_dir / str(file)).resolve() if file else base_dir
    if not isinstance(file, str) or not file:
        bad("file", "the path of the export file, relative to the mapping")
    elif not path.is_file():
        bad("file", f"{file!r} not found (looked for {path})")
    fmt = spec.get("format") or {
        ".csv": "csv",
        ".txt": "csv",
        ".tsv": "tsv",
        ".parquet": "parquet",
    }.get(path.suffix.lower())
    if fmt not in FORMATS:
        bad("format", f"set format to one of {', '.join(FORMATS)} (got {spec.get('format')!r})")
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
    formats = {
        k: (v,) if isinstance(v, str) else tuple(v) for k, v in (spec.get("formats") or {}).items()
    }
    values = {
        k: {str(a): str(b) for a, b in v.items()}
        for k, v in (spec.get("values") or {}).items()
        if isinstance(v, Mapping)
    }
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
        str(table_name),
        path,
        str(fmt),
        columns,
        delimiter,
        str(encoding),
        formats,
        str(tz),
        values,
        dict(constants),
        region,
        f"sources[{i}] ({path.name})",
    )


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
