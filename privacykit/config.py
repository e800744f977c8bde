"""The audit configuration: one YAML file that every audit, check and report reads.

::

    company: {name, industries, jurisdictions, channels, timezone}
    mapping: mapping.yaml            # or the mapping itself, inline
    overrides: [...]                 # stricter company values (rulebook overrides)
    waivers: [...]                   # documented, dated exceptions
    output:                          # where and how ``privacykit audit`` writes its runs
      folder: audit-runs             #   relative to this file
      mask_personal_data: true       #   false shows raw values in the report (recorded)
      fail_on: low                   #   exit 1 for a violation of this severity or above
      history: audit-runs            #   earlier runs to compare with (default: folder)
    engine: duckdb                   # where the checks run: duckdb (default) or spark
    duckdb: {threads: 2, memory_limit: 8GB, temp_directory: /scratch}   # optional
    spark:                           # with engine: spark (optional: defaults shown)
      master: local[*]               #   or spark://host:7077, yarn, ...; omit in a cluster job
      app_name: privacykit-audit
      conf: {spark.executor.memory: 8g, spark.hadoop.fs.s3a.secret.key: ${S3_SECRET}}
    canonical: s3a://lake/privacy/canonical   # instead of mapping: canonical Parquet tables

A ``${NAME}`` value in ``spark.conf`` is read from the environment when the session starts;
a secret-looking key (password, secret, token, credential) must be given that way, so that the
configuration, and everything that copies it, holds no secret.

Later parts of the kit add their own keys to ``KNOWN_KEYS``; any other key is an error that
lists the known ones. Every problem in the file is reported at once.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from privacykit.engine import ENGINES, ENV_REF, DuckDBSettings, EngineSettings, SparkSettings
from privacykit.errors import ConfigError, OverrideError, Problem
from privacykit.profile import CompanyProfile, parse_profile
from privacykit.rulebook.book import Rulebook
from privacykit.rulebook.models import Severity
from privacykit.rulebook.overrides import CompanyPolicy, parse_policy

KNOWN_KEYS = (
    "company", "mapping", "overrides", "waivers", "output", "engine", "duckdb", "spark",
    "canonical",
)  # fmt: skip
OUTPUT_KEYS = ("folder", "mask_personal_data", "fail_on", "history")
DUCKDB_KEYS = ("threads", "memory_limit", "temp_directory")
SPARK_KEYS = ("master", "app_name", "conf")
SECRET_WORDS = ("password", "secret", "token", "credential")


@dataclass(frozen=True)
class OutputSettings:
    """Where audit runs go, whether they mask, when the exit code fails, what to compare with."""

    folder: Path
    mask_personal_data: bool = True
    fail_on: Severity = Severity.LOW
    history: Path | None = None  # None: the output folder itself

    @property
    def history_folder(self) -> Path:
        return self.history or self.folder


@dataclass(frozen=True)
class AuditConfig:
    """A validated audit configuration."""

    path: Path
    profile: CompanyProfile
    policy: CompanyPolicy
    mapping: Mapping[str, Any] = field(default_factory=dict)  # the raw mapping document
    mapping_dir: Path = Path(".")  # relative source paths resolve from here
    mapping_path: Path | None = None  # the mapping's own file, when it is not inline
    output: OutputSettings = OutputSettings(Path("audit-runs"))
    engine: EngineSettings = field(default_factory=EngineSettings)


def read_yaml(path: Path) -> Any:
    """Read a YAML file, turning read and syntax errors into a ConfigError naming the file."""
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise ConfigError([Problem("file not found; check the path", str(path))]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError([Problem(f"cannot read: {exc}", str(path))]) from exc
    except yaml.YAMLError as exc:
        raise ConfigError([Problem(f"not valid YAML: {exc}", str(path))]) from exc


def load_config(path: Path | str, rulebook: Rulebook) -> AuditConfig:
    """Read and validate an audit configuration; report every problem at once.

    Raises:
        ConfigError: listing each problem with the file and the key to fix.
    """
    path = Path(path)
    doc = read_yaml(path)
    if not isinstance(doc, Mapping):
        raise ConfigError([Problem("expected a mapping with " + ", ".join(KNOWN_KEYS), str(path))])
    problems = [
        Problem(f"unknown key; known keys: {', '.join(KNOWN_KEYS)}", path.name, field=str(k))
        for k in doc
        if k not in KNOWN_KEYS
    ]
    profile = None
    try:
        profile = parse_profile(doc.get("company"), f"{path.name}: company")
    except ConfigError as exc:
        problems += exc.problems
    policy = CompanyPolicy()
    try:
        policy = parse_policy(doc.get("overrides"), doc.get("waivers"), rulebook, path.name)
    except OverrideError as exc:
        problems += exc.problems
    mapping, mapping_dir = _mapping(doc.get("mapping"), path, problems)
    output = _output(doc.get("output"), path, problems)
    engine = _engine(doc, path, problems)
    if problems or profile is None:
        raise ConfigError(problems)
    raw = doc.get("mapping")
    mapping_path = (path.parent / raw).resolve() if isinstance(raw, str) else None
    return AuditConfig(path, profile, policy, mapping, mapping_dir, mapping_path, output, engine)


def _engine(doc: Mapping[str, Any], path: Path, problems: list[Problem]) -> EngineSettings:
    """Validate ``engine``, ``duckdb``, ``spark`` and ``canonical``."""
    name = doc.get("engine", "duckdb")
    if name not in ENGINES:
        problems.append(
            Problem(f"{name!r} is not an engine; use one of {', '.join(ENGINES)}", path.name,
                    field="engine")
        )  # fmt: skip
        name = "duckdb"
    duck = _section(doc.get("duckdb"), "duckdb", DUCKDB_KEYS, path, problems)
    threads = duck.get("threads")
    if threads is not None and (not isinstance(threads, int) or isinstance(threads, bool)
                                or threads < 1):  # fmt: skip
        problems.append(Problem(f"a whole number of threads (1 or more), not {threads!r}",
                                path.name, field="duckdb.threads"))  # fmt: skip
        threads = None
    limit = duck.get("memory_limit")
    if limit is not None and not re.fullmatch(r"\s*\d+(\.\d+)?\s*[KMGT]i?B\s*", str(limit)):
        problems.append(Problem(f"a size such as 8GB or 512MB, not {limit!r}", path.name,
                                field="duckdb.memory_limit"))  # fmt: skip
        limit = None
    temp = duck.get("temp_directory")
    temp_dir = str((path.parent / str(temp)).resolve()) if temp else None
    spark = _section(doc.get("spark"), "spark", SPARK_KEYS, path, problems)
    conf = spark.get("conf") or {}
    if not isinstance(conf, Mapping):
        problems.append(Problem("spark.conf is a mapping of Spark settings", path.name,
                                field="spark.conf"))  # fmt: skip
        conf = {}
    for key, value in conf.items():
        where = f"spark.conf.{key}"
        if not isinstance(value, str | int | float | bool):
            problems.append(
                Problem("a setting's value is text or a number", path.name, field=where)
            )
        elif str(key) == "spark.sql.session.timeZone" and str(value).upper() != "UTC":
            message = "the session time zone is always UTC (timestamps are naive UTC); remove it"
            problems.append(Problem(message, path.name, field=where))
        elif any(w in str(key).lower() for w in SECRET_WORDS) and not ENV_REF.fullmatch(str(value)):
            message = "a secret never sits in the configuration: write ${NAME}, set NAME"
            problems.append(Problem(message, path.name, field=where))
    canonical = doc.get("canonical")
    if canonical is not None:
        if not isinstance(canonical, str) or not canonical.strip():
            problems.append(Problem("a folder or URI of canonical Parquet tables", path.name,
                                    field="canonical"))  # fmt: skip
            canonical = None
        elif doc.get("mapping") is not None:
            message = "give either mapping (files to load) or canonical (tables), not both"
            problems.append(Problem(message, path.name, field="canonical"))
            canonical = None
        elif "://" not in canonical:
            canonical = str((path.parent / canonical).resolve())
    return EngineSettings(
        name=str(name),
        duckdb=DuckDBSettings(threads, str(limit).strip() if limit else None, temp_dir),
        spark=SparkSettings(
            master=str(spark["master"]) if spark.get("master") else None,
            app_name=str(spark.get("app_name") or "privacykit-audit"),
            conf={str(k): str(v) for k, v in conf.items()},
        ),
        canonical=canonical,
    )


def _section(
    raw: Any, name: str, keys: tuple[str, ...], path: Path, problems: list[Problem]
) -> Mapping[str, Any]:
    if raw is None:
        return {}
    if not isinstance(raw, Mapping):
        problems.append(Problem(f"{name} is a mapping with {', '.join(keys)}", path.name,
                                field=name))  # fmt: skip
        return {}
    problems += [
        Problem(f"unknown key; known keys: {', '.join(keys)}", path.name, field=f"{name}.{k}")
        for k in raw
        if k not in keys
    ]
    return raw


def _output(raw: Any, path: Path, problems: list[Problem]) -> OutputSettings:
    """Validate the ``output:`` mapping; folders resolve from the configuration's folder."""
    base = path.parent.resolve()
    default = OutputSettings(base / "audit-runs")
    if raw is None:
        return default
    if not isinstance(raw, Mapping):
        problems.append(
            Problem(f"output is a mapping with {', '.join(OUTPUT_KEYS)}", path.name, field="output")
        )
        return default
    problems += [
        Problem(
            f"unknown key; known keys: {', '.join(OUTPUT_KEYS)}", path.name, field=f"output.{k}"
        )
        for k in raw
        if k not in OUTPUT_KEYS
    ]
    folders: dict[str, Path | None] = {"folder": default.folder, "history": None}
    for key in folders:
        value = raw.get(key)
        if value is None:
            continue
        if not isinstance(value, str) or not value.strip():
            problems.append(Problem("a folder path (text)", path.name, field=f"output.{key}"))
            continue
        folders[key] = (base / value).resolve()
    masked = raw.get("mask_personal_data", True)
    if not isinstance(masked, bool):
        problems.append(
            Problem(f"true or false, not {masked!r}", path.name, field="output.mask_personal_data")
        )
        masked = True
    fail_on = Severity.LOW
    value = raw.get("fail_on", "low")
    try:
        fail_on = Severity(str(value).lower())
    except ValueError:
        choices = ", ".join(s.value for s in Severity)
        problems.append(
            Problem(
                f"{value!r} is not a severity; use one of {choices}",
                path.name,
                field="output.fail_on",
            )
        )
    folder = folders["folder"] or default.folder
    return OutputSettings(folder, masked, fail_on, folders["history"])


def _mapping(raw: Any, path: Path, problems: list[Problem]) -> tuple[Mapping[str, Any], Path]:
    if raw is None:
        return {}, path.parent
    if isinstance(raw, str):
        mapping_path = (path.parent / raw).resolve()
        try:
            doc = read_yaml(mapping_path)
        except ConfigError as exc:
            problems += [
                Problem(f"mapping: {p.message}", p.path, field="mapping") for p in exc.problems
            ]
            return {}, mapping_path.parent
        if not isinstance(doc, Mapping):
            problems.append(Problem("a mapping file holds a mapping", str(mapping_path)))
            return {}, mapping_path.parent
        return doc, mapping_path.parent
    if isinstance(raw, Mapping):
        return raw, path.parent
    problems.append(
        Problem("mapping is a file path or an inline mapping", path.name, field="mapping")
    )
    return {}, path.parent
