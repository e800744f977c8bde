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

Later parts of the kit add their own keys to ``KNOWN_KEYS``; any other key is an error that
lists the known ones. Every problem in the file is reported at once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from privacykit.errors import ConfigError, OverrideError, Problem
from privacykit.profile import CompanyProfile, parse_profile
from privacykit.rulebook.book import Rulebook
from privacykit.rulebook.models import Severity
from privacykit.rulebook.overrides import CompanyPolicy, parse_policy

KNOWN_KEYS = ("company", "mapping", "overrides", "waivers", "output")
OUTPUT_KEYS = ("folder", "mask_personal_data", "fail_on", "history")


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
    if problems or profile is None:
        raise ConfigError(problems)
    raw = doc.get("mapping")
    mapping_path = (path.parent / raw).resolve() if isinstance(raw, str) else None
    return AuditConfig(path, profile, policy, mapping, mapping_dir, mapping_path, output)


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
