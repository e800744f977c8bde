"""Where the checks run: DuckDB, embedded, by default; Apache Spark where the data lives.

The checks are Ibis expressions over the canonical tables, so they run unchanged on any Ibis
backend; an :class:`Engine` is a backend holding those tables. Three ways to get one:

- :func:`from_duckdb`: the tables the loader filled from a mapping (``load_sources``).
- :func:`open_canonical`: a folder (or, on Spark, any URI the cluster reads: ``s3a://``,
  ``abfss://``, ``hdfs://``) of canonical tables as Parquet, one ``<table>.parquet`` file or
  ``<table>/`` folder per table, as :func:`export_canonical` writes them or as a team's own
  pipeline builds them to the canonical schema. The data is read where it is, not copied.
- :func:`to_spark`: the loader's tables handed to a Spark session (through a Parquet copy);
  what the parity test uses, and the way to try Spark on files mapped on a laptop.

The derived tables (``people``, ``suppressions``) are built by the loader in DuckDB (a
union-find over matching records; phone numbers parsed by libphonenumber): a canonical folder
holds them, and :func:`export_canonical` writes them.

Every engine session runs in UTC (DuckDB ``TimeZone``, Spark ``spark.sql.session.timeZone``):
timestamps are naive UTC and nothing may convert them behind the checks' back.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import ibis
import ibis.expr.datatypes as dt
import ibis.expr.types as ir
from ibis.backends import BaseBackend

from privacykit.errors import ConfigError, DataError, Problem
from privacykit.schema.canonical import DERIVED, TABLES, DType, Table
from privacykit.schema.normalize import quote_str

ENGINES = ("duckdb", "spark")
QUARANTINE = "load_quarantine"
MARKER = "canonical.json"  # written by export_canonical: the folder's tables and row counts
_IBIS_TYPES: Mapping[DType, dt.DataType] = {
    DType.STRING: dt.string,
    DType.INTEGER: dt.int64,
    DType.FLOAT: dt.float64,
    DType.BOOLEAN: dt.boolean,
    DType.DATE: dt.date,
    DType.TIMESTAMP: dt.Timestamp(),  # naive: UTC by the kit's convention
}
_QUARANTINE_SCHEMA = {
    "table_name": "string",
    "source": "string",
    "file": "string",
    "row": "int64",
    "reason": "string",
}
SPARK_EXTRA = "pip install 'privacykit[spark]'"
# A spark.conf value written ${NAME}: read from the environment when the session starts.
ENV_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


@dataclass(frozen=True)
class DuckDBSettings:
    """DuckDB's resources: ``threads`` (default: all cores) and ``memory_limit`` ('8GB')."""

    threads: int | None = None
    memory_limit: str | None = None
    temp_directory: str | None = None  # where DuckDB spills past its memory limit


@dataclass(frozen=True)
class SparkSettings:
    """How to reach Spark.

    ``master`` None takes the session already running (a notebook on the cluster, a job
    started by ``spark-submit``) or else starts ``local[*]``. ``conf`` is passed to the session
    builder as it is, except the session time zone, which is always UTC.
    """

    master: str | None = None
    app_name: str = "privacykit-audit"
    conf: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class EngineSettings:
    """The audit configuration's ``engine:`` and its settings."""

    name: str = "duckdb"
    duckdb: DuckDBSettings = DuckDBSettings()
    spark: SparkSettings = SparkSettings()
    canonical: str | None = None  # a folder or URI of canonical Parquet tables, else None


@dataclass
class Engine:
    """An Ibis backend holding the canonical tables the checks read."""

    name: str  # "duckdb" or "spark"
    backend: BaseBackend
    tables: dict[str, ir.Table]  # canonical and derived tables, by name
    quarantine: ir.Table | None = None  # the loader's quarantined rows, when known
    found: dict[str, str] = field(default_factory=dict)  # canonical: table -> Parquet path
    _cleanup: list[Callable[[], None]] = field(default_factory=list, repr=False)

    def quarantined(self, table: str) -> int:
        """Return how many rows of ``table`` the loader quarantined (0 when unknown)."""
        if self.quarantine is None:
            return 0
        q = self.quarantine
        return int(q.filter(q.table_name == table).count().to_pyarrow().as_py())

    def close(self) -> None:
        """Drop what the engine made for itself (a Parquet hand-over copy); keep the session."""
        while self._cleanup:
            self._cleanup.pop()()


# --- DuckDB ------------------------------------------------------------------------------


def connect_duckdb(settings: DuckDBSettings | None = None) -> duckdb.DuckDBPyConnection:
    """Return a DuckDB connection in UTC with the configured threads and memory limit."""
    from privacykit.schema.load import connect

    con = connect()
    s = settings or DuckDBSettings()
    if s.threads:
        con.execute(f"SET threads = {int(s.threads)}")
    if s.memory_limit:
        con.execute("SET memory_limit = ?", [s.memory_limit])
    if s.temp_directory:
        con.execute("SET temp_directory = ?", [s.temp_directory])
    return con


def from_duckdb(con: duckdb.DuckDBPyConnection) -> Engine:
    """Return the engine over the canonical tables (or views) on a DuckDB connection."""
    present = {
        r[0]
        for r in con.execute(
            "SELECT table_name FROM duckdb_tables() UNION SELECT view_name FROM duckdb_views()"
        ).fetchall()
    }
    backend = ibis.duckdb.from_connection(con)
    names = [n for n in (*TABLES, *DERIVED) if n in present]
    return Engine(
        "duckdb",
        backend,
        {n: backend.table(n) for n in names},
        backend.table(QUARANTINE) if QUARANTINE in present else None,
    )


# --- Spark -------------------------------------------------------------------------------


def spark_session(settings: SparkSettings | None = None) -> Any:
    """Return a Spark session in UTC (the running one, or one built from ``settings``).

    Raises:
        ConfigError: PySpark is not installed, or no Java runtime to start a local Spark.
    """
    s = settings or SparkSettings()
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise ConfigError(
            [Problem(f"engine: spark needs PySpark; install it with: {SPARK_EXTRA}", "engine")]
        ) from None
    session = SparkSession.getActiveSession() if s.master is None else None
    if session is None:
        master = s.master or "local[*]"
        if master.startswith("local") and not (os.environ.get("JAVA_HOME") or shutil.which("java")):
            raise ConfigError(
                [
                    Problem(
                        "a local Spark needs a Java runtime: install one (Debian: "
                        "apt-get install default-jre-headless) or set JAVA_HOME",
                        "engine",
                    )
                ]
            )
        builder = SparkSession.builder.master(master).appName(s.app_name)
        local = {
            "spark.ui.enabled": "false",
            "spark.ui.showConsoleProgress": "false",
            "spark.sql.shuffle.partitions": "8",
            "spark.driver.memory": "4g",
        }
        conf = {**(local if master.startswith("local") else {}), **_from_environment(s.conf)}
        for key, value in conf.items():
            builder = builder.config(key, str(value))
        session = builder.config("spark.sql.session.timeZone", "UTC").getOrCreate()
    # A session started elsewhere may have another zone: the checks' naive UTC needs UTC.
    session.conf.set("spark.sql.session.timeZone", "UTC")
    session.conf.set("spark.sql.parquet.inferTimestampNTZ.enabled", "true")
    # The helper tables (calendar, rule versions) go to Spark from pandas: through Arrow, not
    # row by row through Python workers.
    session.conf.set("spark.sql.execution.arrow.pyspark.enabled", "true")
    return session


def _from_environment(conf: Mapping[str, str]) -> dict[str, str]:
    """Return ``conf`` with each ``${NAME}`` value read from the environment.

    Raises:
        ConfigError: naming every variable that is not set (never a value).
    """
    out, unset = {}, []
    for key, value in conf.items():
        m = ENV_REF.fullmatch(value)
        if m is None:
            out[key] = value
        elif m.group(1) in os.environ:
            out[key] = os.environ[m.group(1)]
        else:
            unset.append(Problem(f"environment variable {m.group(1)} is not set", "spark.conf",
                                 field=key))  # fmt: skip
    if unset:
        raise ConfigError(unset)
    return out


def spark_backend(session: Any) -> BaseBackend:
    """Return the Ibis backend on ``session``, with two fixes to Ibis 12's PySpark backend.

    - It caches a table (``expr.cache()``, which the checks use for the helpers many of them
      join) without first registering the in-memory tables the expression reads (the calendar,
      the rule versions), so Spark cannot find them: register them first. The cache is a
      local checkpoint (see below).
    - Its ``strip()`` trims the characters of ``' \\t\\n\\r\\v\\f'`` written as a SQL
      literal, and Spark reads ``\\v`` and ``\\f`` as the letters v and f: 'fcra_affiliate'
      became 'cra_affiliate'. See :func:`_fix_spark_strip`.
    """
    _fix_spark_strip()
    backend = ibis.pyspark.connect(session)

    def _create_cached_table(name: str, expr: Any) -> Any:
        backend._run_pre_execute_hooks(expr)
        # A checkpoint, not Spark's lazy cache(): the helper is computed now and later plans
        # start from its rows. With cache(), every later query carried the helper's whole plan
        # and Spark matched it against every cached plan: on the sample, one check (E14, which
        # joins the period's contacts four times) took 99 s to plan; checkpointed, seconds.
        df = backend._session.sql(backend.compile(expr)).localCheckpoint(eager=True)
        df.createOrReplaceTempView(name)
        backend._cached_dataframes[name] = df
        return backend.table(name)

    def _drop_cached_table(name: str) -> None:
        backend._session.catalog.dropTempView(name)
        backend._cached_dataframes.pop(name).unpersist()

    backend._create_cached_table = _create_cached_table
    backend._drop_cached_table = _drop_cached_table
    return backend


def _fix_spark_strip() -> None:
    """Make the PySpark compiler trim whitespace as DuckDB does (see :func:`spark_backend`).

    The vertical tab and form feed are passed as ``chr(11)`` and ``chr(12)``, which no
    string-literal escaping can corrupt.
    """
    import sqlglot.expressions as sge
    from ibis.backends.sql.compilers.pyspark import PySparkCompiler

    if getattr(PySparkCompiler, "_privacykit_strip", False):
        return

    def chars(self: Any) -> Any:
        return self.f.concat(" \t\n\r", self.f.chr(11), self.f.chr(12))

    def strip(self: Any, op: Any, *, arg: Any) -> Any:
        return self.f.trim(arg, chars(self))

    def rstrip(self: Any, op: Any, *, arg: Any) -> Any:
        return sge.Trim(this=arg, expression=chars(self), position="TRAILING")

    def lstrip(self: Any, op: Any, *, arg: Any) -> Any:
        return sge.Trim(this=arg, expression=chars(self), position="LEADING")

    PySparkCompiler.visit_Strip = strip
    PySparkCompiler.visit_RStrip = rstrip
    PySparkCompiler.visit_LStrip = lstrip
    PySparkCompiler._privacykit_strip = True


def to_spark(con: duckdb.DuckDBPyConnection, session: Any) -> Engine:
    """Hand the loader's tables on ``con`` to Spark (a Parquet copy Spark reads); see module."""
    tmp = Path(tempfile.mkdtemp(prefix="privacykit-spark-"))
    folder = tmp / "canonical"
    export_canonical(con, folder)
    engine = open_canonical(folder, "spark", session=session)
    engine._cleanup.append(lambda: shutil.rmtree(tmp, ignore_errors=True))
    return engine


# --- canonical Parquet -------------------------------------------------------------------


def export_canonical(con: duckdb.DuckDBPyConnection, folder: Path) -> dict[str, int]:
    """Write every canonical and derived table on ``con`` (and the quarantine) as Parquet.

    The folder is built aside and renamed into place; an earlier export there (it holds
    ``canonical.json``) is replaced, anything else is refused. Returns rows per table.

    Raises:
        DataError: ``folder`` exists and is not an earlier export.
    """
    folder = Path(folder)
    if folder.exists() and not (folder / MARKER).is_file():
        raise DataError(
            [Problem("exists and is not a canonical export; choose a new folder", str(folder))]
        )
    present = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    partial = folder.parent / f".{folder.name}.partial-{uuid.uuid4().hex[:8]}"
    partial.mkdir(parents=True)
    try:
        rows: dict[str, int] = {}
        for name in (*TABLES, *DERIVED, QUARANTINE):
            if name not in present:
                continue
            path = partial / f"{name}.parquet"
            con.execute(f"COPY {name} TO {quote_str(str(path))} (FORMAT parquet)")
            rows[name] = con.execute(f"SELECT count(*) FROM {name}").fetchall()[0][0]
        (partial / MARKER).write_text(json.dumps({"tables": rows}, indent=2) + "\n")
        if folder.exists():
            old = folder.parent / f".{folder.name}.old-{uuid.uuid4().hex[:8]}"
            folder.rename(old)
            partial.rename(folder)
            shutil.rmtree(old, ignore_errors=True)
        else:
            partial.rename(folder)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return rows


def open_canonical(
    root: str | Path,
    engine: str = "duckdb",
    *,
    con: duckdb.DuckDBPyConnection | None = None,
    session: Any = None,
) -> Engine:
    """Return an engine reading the canonical Parquet tables under ``root`` where they are.

    On ``con`` (DuckDB) or the Spark session it creates views named as the canonical tables
    (``contacts``, ``customers``, ...) and ``pk_raw_<table>``, replacing any of those names:
    give it a connection of its own.

    A table that is absent is an empty table of the canonical schema (its checks are then NOT
    EVALUATED, as for an unmapped source). A file's extra columns are ignored, its optional
    canonical columns may be missing (null), and its types are cast to the canonical ones.

    Raises:
        DataError: every required column missing, every derived table missing, at once.
    """
    if engine not in ENGINES:
        raise ConfigError(
            [Problem(f"engine {engine!r}: use one of {', '.join(ENGINES)}", "engine")]
        )
    if engine == "duckdb":
        backend: BaseBackend = ibis.duckdb.from_connection(con or connect_duckdb())
    else:
        backend = spark_backend(session if session is not None else spark_session())
    root_s = str(root).rstrip("/")
    problems: list[Problem] = []
    tables: dict[str, ir.Table] = {}
    found: dict[str, str] = {}
    for t in (*TABLES.values(), *DERIVED.values()):
        path = _locate(root_s, t.name, engine, backend)
        if path is None:
            continue
        found[t.name] = path
        raw = _read(backend, path, f"pk_raw_{t.name}")
        problems += [
            Problem(
                f"required column '{c.name}' is missing; the canonical schema is in "
                "privacykit/schema/canonical.py (`privacykit schema` prints it)",
                path,
                field=c.name,
            )
            for c in t.columns
            if c.required and c.name not in raw.columns
        ]
        tables[t.name] = _canonical(backend, raw, t)
    sources = {"customers", "optouts", "consents"} & set(found)
    for name in DERIVED:
        if name not in found and sources:
            problems.append(
                Problem(
                    f"the derived table '{name}' is missing: the loader builds it from "
                    f"{', '.join(sorted(sources))}; write the folder with "
                    "`privacykit export-canonical` (or privacykit.engine.export_canonical)",
                    f"{root_s}/{name}.parquet",
                )
            )
    if problems:
        raise DataError(problems)
    for t in (*TABLES.values(), *DERIVED.values()):
        if t.name not in tables:
            tables[t.name] = _empty(backend, t)
    quarantine = None
    q = _locate(root_s, QUARANTINE, engine, backend)
    if q is not None:
        quarantine = _read(backend, q, f"pk_raw_{QUARANTINE}")
    return Engine(engine, backend, tables, quarantine, found)


def _locate(root: str, name: str, engine: str, backend: BaseBackend) -> str | None:
    """Return the Parquet path of table ``name`` under ``root``, or None if there is none."""
    for candidate in (f"{root}/{name}.parquet", f"{root}/{name}"):
        if "://" not in candidate or candidate.startswith("file://"):
            local = Path(candidate.removeprefix("file://"))
            if local.is_file() or (local.is_dir() and any(local.glob("*.parquet"))):
                return candidate
            continue
        if engine == "spark" and _spark_exists(backend, candidate):
            return candidate
    return None


def _spark_exists(backend: BaseBackend, path: str) -> bool:
    session = backend._session
    jvm = session._jvm
    hpath = jvm.org.apache.hadoop.fs.Path(path)
    fs = hpath.getFileSystem(session._jsc.hadoopConfiguration())
    return bool(fs.exists(hpath))


def _read(backend: BaseBackend, path: str, name: str) -> ir.Table:
    local = Path(path.removeprefix("file://"))
    if "://" not in path and local.is_dir():
        path = str(local / "*.parquet") if backend.name == "duckdb" else str(local)
    return backend.read_parquet(path, table_name=name)


def _canonical(backend: BaseBackend, raw: ir.Table, t: Table) -> ir.Table:
    """Project ``raw`` onto table ``t``'s columns and types, as a view named ``t.name``."""
    cols = []
    for c in t.columns:
        want = _IBIS_TYPES[c.dtype]
        if c.name not in raw.columns:
            cols.append(ibis.null(want).name(c.name))
        elif raw[c.name].type() == want:
            cols.append(raw[c.name])
        else:
            cols.append(raw[c.name].cast(want).name(c.name))
    expr = raw.select(*cols)
    return backend.create_view(t.name, expr, overwrite=True)


def _empty(backend: BaseBackend, t: Table) -> ir.Table:
    schema = ibis.schema({c.name: _IBIS_TYPES[c.dtype] for c in t.columns})
    empty = ibis.memtable({c: [] for c in schema.names}, schema=schema)
    return backend.create_view(t.name, empty, overwrite=True)
