"""Load the rulebook's YAML files into frozen, typed rules; report every problem at once.

A regime file holds ``regime:`` (id, name, description) and ``rules:``. A rule entry holds the
fields of its first version; a ``versions:`` list adds later versions, each restating
``effective_from`` (and ``effective_to``) and any field that changed. A version's
``parameters`` replace the inherited parameters of the same name; the others are inherited.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from privacykit.errors import Problem, RulebookError
from privacykit.rulebook.fields import (
    Ctx,
    date_field,
    enum_list,
    enum_value,
    str_list,
    unknown_keys,
)
from privacykit.rulebook.models import (
    ChangelogEntry,
    Channel,
    Citation,
    Confidence,
    Industry,
    Regime,
    Rule,
    Severity,
)
from privacykit.rulebook.params import parse_parameters
from privacykit.rulebook.values import is_jurisdiction, parse_date

DATA_DIR = Path(__file__).parent / "data"
# libyaml's safe loader when PyYAML was built with it: same safe semantics, several times faster.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
META_FILE = "_rulebook.yaml"

RULE_ID = re.compile(r"^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$")
CHECK_ID = re.compile(r"^[A-Z]\d+[a-z]?$")

REQUIRED_RULE = (
    "id title summary must_do jurisdictions industries channels citations "
    "effective_from severity last_reviewed"
).split()
OPTIONAL_RULE = (
    "regime effective_to date_confidence jurisdiction_from parameters checks notes versions"
).split()
VERSION_FIELDS = (
    "effective_from effective_to title summary must_do citations parameters severity "
    "checks notes last_reviewed jurisdictions industries channels date_confidence "
    "jurisdiction_from"
).split()
CITATION_FIELDS = ("ref", "url", "title", "secondary")

if TYPE_CHECKING:
    from privacykit.rulebook.book import Rulebook


def load_rulebook(data_dir: Path | str | None = None) -> Rulebook:
    """Load and validate every regime file in ``data_dir`` (default: the kit's own rulebook).

    Raises:
        RulebookError: listing every problem found in every file.
    """
    from privacykit.rulebook.book import Rulebook

    root = Path(data_dir) if data_dir is not None else DATA_DIR
    files = sorted(p for p in root.glob("*.yaml") if p.name != META_FILE)
    problems: list[Problem] = []
    regimes: list[Regime] = []
    rules: list[Rule] = []
    if not files:
        problems.append(Problem("no regime files (*.yaml) found", str(root)))
    for path in files:
        regime, file_rules, file_problems = load_regime_file(path)
        problems += file_problems
        if regime:
            regimes.append(regime)
        rules += file_rules
    version, changelog = _load_meta(root / META_FILE, problems)
    problems += _cross_check(regimes, rules)
    if problems:
        raise RulebookError(dict.fromkeys(problems))  # a version repeats its base's problems
    return Rulebook(rules, regimes, version, changelog)


def load_regime_file(path: Path) -> tuple[Regime | None, list[Rule], list[Problem]]:
    """Parse one regime file; return its regime, its rule versions and the problems found."""
    ctx = Ctx(path.name)
    try:
        doc = yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    except yaml.YAMLError as exc:
        ctx.add(None, f"not valid YAML: {exc}")
        return None, [], ctx.problems
    if not isinstance(doc, dict):
        ctx.add(None, "expected a mapping with 'regime' and 'rules'")
        return None, [], ctx.problems
    unknown_keys(ctx, doc, ("regime", "rules"), "the file")
    regime = _parse_regime(ctx, doc.get("regime"), path.name)
    raw_rules = doc.get("rules")
    if not isinstance(raw_rules, list) or not raw_rules:
        ctx.add("rules", "expected a non-empty list of rules")
        return regime, [], ctx.problems
    rules: list[Rule] = []
    for entry in raw_rules:
        rules += _parse_rule_entry(ctx, entry, regime.id if regime else "?", path.name)
    return regime, rules, ctx.problems


def _parse_regime(ctx: Ctx, raw: Any, source: str) -> Regime | None:
    if not isinstance(raw, dict):
        ctx.add("regime", "expected a mapping with id, name and description")
        return None
    unknown_keys(ctx, raw, ("id", "name", "description"), "regime")
    values = {k: raw.get(k) for k in ("id", "name", "description")}
    for key, value in values.items():
        if not isinstance(value, str) or not value.strip():
            ctx.add(f"regime.{key}", f"expected non-empty text, got {value!r}")
    rid, name, description = values["id"], values["name"], values["description"]
    if not (isinstance(rid, str) and isinstance(name, str) and isinstance(description, str)):
        return None
    if not (rid.strip() and name.strip() and description.strip()):
        return None
    return Regime(rid, name, description.strip(), source)


def _parse_rule_entry(ctx: Ctx, raw: Any, regime_id: str, source: str) -> list[Rule]:
    ctx.rule_id = None
    if not isinstance(raw, dict):
        ctx.add(None, f"a rule must be a mapping, got {type(raw).__name__}")
        return []
    rule_id = raw.get("id")
    ctx.rule_id = rule_id if isinstance(rule_id, str) else None
    if not isinstance(rule_id, str) or not RULE_ID.match(rule_id):
        ctx.add(
            "id", f"expected an id like TCPA-CALL-HOURS (capitals, digits, dashes), got {rule_id!r}"
        )
    unknown_keys(ctx, raw, REQUIRED_RULE + OPTIONAL_RULE, "a rule")
    for key in REQUIRED_RULE:
        if key not in raw:
            ctx.add(key, "missing (required)")
    if raw.get("regime", regime_id) != regime_id:
        ctx.add("regime", f"is {raw['regime']!r} but the file's regime is {regime_id!r}")
    base_fields = {k: v for k, v in raw.items() if k != "versions"}
    raw_versions = raw.get("versions", [])
    if not isinstance(raw_versions, list):
        ctx.add("versions", "expected a list of versions")
        raw_versions = []
    rules = []
    first = _build_version(ctx, base_fields, {}, regime_id, source, "")
    if first:
        rules.append(first)
    inherited: dict[str, Any] = dict(base_fields)
    for i, version in enumerate(raw_versions, start=1):
        label = f"versions[{i}]."
        if not isinstance(version, dict):
            ctx.add(f"versions[{i}]", "expected a mapping")
            continue
        unknown_keys(ctx, version, VERSION_FIELDS, f"version {i}")
        if "effective_from" not in version:
            ctx.add(f"{label}effective_from", "missing (each version states when it starts)")
            continue
        merged = {**inherited, **{k: v for k, v in version.items() if k != "parameters"}}
        merged.setdefault("effective_to", None)
        if "effective_to" not in version:
            merged["effective_to"] = None
        params = dict(inherited.get("parameters") or {})
        params.update(version.get("parameters") or {})
        merged["parameters"] = params
        built = _build_version(ctx, merged, version, regime_id, source, label)
        if built:
            rules.append(built)
        inherited = merged
    return rules


def _build_version(
    ctx: Ctx,
    raw: Mapping[str, Any],
    own: Mapping[str, Any],
    regime_id: str,
    source: str,
    label: str,
) -> Rule | None:
    """Build one version; ``label`` prefixes fields that the version itself stated."""
    start = len(ctx.problems)

    def lab(key: str) -> str:
        return f"{label}{key}" if key in own else key

    texts = {}
    for key in ("title", "summary", "must_do"):
        value = raw.get(key)
        if key in raw and (not isinstance(value, str) or not value.strip()):
            ctx.add(lab(key), f"expected non-empty text, got {value!r}")
        texts[key] = value.strip() if isinstance(value, str) else ""
    jurisdictions = str_list(
        ctx,
        raw,
        "jurisdictions",
        lab("jurisdictions"),
        is_jurisdiction,
        "a jurisdiction code such as US, US-CA, CA, CA-QC, EU, UK",
    )
    industries = enum_list(ctx, raw, "industries", lab("industries"), Industry)
    channels = enum_list(ctx, raw, "channels", lab("channels"), Channel)
    citations = (
        _citations(ctx, raw.get("citations"), lab("citations")) if "citations" in raw else ()
    )
    effective_from = date_field(ctx, raw, "effective_from", lab("effective_from"), required=True)
    effective_to = date_field(ctx, raw, "effective_to", lab("effective_to"), required=False)
    if effective_from and effective_to and effective_to <= effective_from:
        ctx.add(lab("effective_to"), f"{effective_to} is not after effective_from {effective_from}")
    last_reviewed = date_field(ctx, raw, "last_reviewed", lab("last_reviewed"), required=True)
    severity = (
        enum_value(ctx, raw.get("severity"), lab("severity"), Severity)
        if "severity" in raw
        else None
    )
    checks = str_list(
        ctx,
        raw,
        "checks",
        lab("checks"),
        lambda c: bool(CHECK_ID.match(c)),
        "a check id such as T1 or E14",
        required=False,
    )
    params = parse_parameters(ctx, raw.get("parameters"), lab("parameters"))
    notes = raw.get("notes")
    if notes is not None and not isinstance(notes, str):
        ctx.add(lab("notes"), "expected text")
    jurisdiction_from = _jurisdiction_from(ctx, raw, lab("jurisdiction_from"), jurisdictions)
    date_confidence = Confidence.CONFIRMED_SECONDARY
    if raw.get("date_confidence") is not None:
        date_confidence = (
            enum_value(ctx, raw["date_confidence"], lab("date_confidence"), Confidence)
            or date_confidence
        )
        if date_confidence is Confidence.UNCONFIRMED and not notes:
            ctx.add(lab("notes"), "an unconfirmed effective date needs notes saying why")
    if len(ctx.problems) > start or not isinstance(raw.get("id"), str):
        return None
    assert effective_from is not None and last_reviewed is not None and severity is not None
    return Rule(
        id=raw["id"],
        title=texts["title"],
        summary=texts["summary"],
        must_do=texts["must_do"],
        regime=regime_id,
        jurisdictions=jurisdictions,
        industries=industries,
        channels=channels,
        citations=citations,
        effective_from=effective_from,
        effective_to=effective_to,
        severity=severity,
        last_reviewed=last_reviewed,
        parameters=params,
        checks=checks,
        date_confidence=date_confidence,
        jurisdiction_from=jurisdiction_from,
        notes=notes.strip() if isinstance(notes, str) else None,
        source_file=source,
    )


def _jurisdiction_from(
    ctx: Ctx, raw: Mapping[str, Any], field: str, jurisdictions: tuple[str, ...]
) -> Mapping[str, dt.date]:
    value = raw.get("jurisdiction_from")
    if value is None:
        return {}
    if not isinstance(value, dict):
        ctx.add(field, "expected a mapping of jurisdiction to start date, e.g. {US-IN: 2026-01-01}")
        return {}
    out = {}
    for code, when in value.items():
        if code not in jurisdictions:
            ctx.add(field, f"{code!r} is not one of the rule's jurisdictions")
            continue
        day, err = parse_date(when)
        if err or day is None:
            ctx.add(f"{field}.{code}", err or "expected a date")
            continue
        out[str(code)] = day
    return out


def _citations(ctx: Ctx, raw: Any, field: str) -> tuple[Citation, ...]:
    if not isinstance(raw, list) or not raw:
        ctx.add(field, "expected at least one citation with ref and url")
        return ()
    out = []
    for i, c in enumerate(raw, start=1):
        where = f"{field}[{i}]"
        if not isinstance(c, dict):
            ctx.add(where, "expected a mapping with ref and url")
            continue
        unknown_keys(ctx, c, CITATION_FIELDS, "a citation")
        ref, url = c.get("ref"), c.get("url")
        if not isinstance(ref, str) or not ref.strip():
            ctx.add(f"{where}.ref", "missing: the legal reference, e.g. 47 CFR 64.1200(c)(1)")
        if not isinstance(url, str) or not url.startswith("https://"):
            ctx.add(f"{where}.url", f"expected the official source's https:// address, got {url!r}")
        secondary = c.get("secondary", [])
        if not isinstance(secondary, list) or not all(isinstance(s, str) for s in secondary):
            ctx.add(f"{where}.secondary", "expected a list of addresses")
            secondary = []
        if isinstance(ref, str) and isinstance(url, str) and url.startswith("https://"):
            out.append(Citation(ref.strip(), url, c.get("title"), tuple(secondary)))
    return tuple(out)


def _load_meta(path: Path, problems: list[Problem]) -> tuple[str, tuple[ChangelogEntry, ...]]:
    ctx = Ctx(path.name)
    if not path.exists():
        return "unversioned", ()
    doc = yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    if not isinstance(doc, dict):
        ctx.add(None, "expected a mapping with version and changelog")
        problems += ctx.problems
        return "unversioned", ()
    unknown_keys(ctx, doc, ("version", "changelog"), "the rulebook metadata")
    version = doc.get("version")
    if not isinstance(version, str):
        ctx.add("version", f'expected text such as "2026.11.0", got {version!r}')
    entries = []
    for i, e in enumerate(doc.get("changelog") or [], start=1):
        if not isinstance(e, dict):
            ctx.add(f"changelog[{i}]", "expected a mapping with version, date and changes")
            continue
        when = date_field(ctx, e, "date", f"changelog[{i}].date", required=True)
        changes = e.get("changes")
        if not isinstance(changes, list) or not all(isinstance(c, str) for c in changes):
            ctx.add(f"changelog[{i}].changes", "expected a list of text")
            changes = []
        if when:
            entries.append(ChangelogEntry(str(e.get("version")), when, tuple(changes)))
    problems += ctx.problems
    return (version if isinstance(version, str) else "unversioned"), tuple(entries)


def _cross_check(regimes: list[Regime], rules: list[Rule]) -> list[Problem]:
    """Check what no single entry can: unique regimes and non-overlapping versions per id."""
    problems = []
    seen_regimes: dict[str, str] = {}
    for r in regimes:
        if r.id in seen_regimes:
            problems.append(
                Problem(f"regime id {r.id!r} also used in {seen_regimes[r.id]}", r.source_file)
            )
        seen_regimes[r.id] = r.source_file
    by_id: dict[str, list[Rule]] = {}
    for rule in rules:
        by_id.setdefault(rule.id, []).append(rule)
    for rule_id, versions in by_id.items():
        versions.sort(key=lambda v: v.effective_from)
        for a, b in itertools.pairwise(versions):
            where = (
                b.source_file
                if a.source_file == b.source_file
                else f"{a.source_file} and {b.source_file}"
            )
            if a.effective_from == b.effective_from:
                problems.append(
                    Problem(
                        f"two versions start on {a.effective_from}; (id, effective_from) "
                        "must be unique",
                        where,
                        rule_id,
                        "effective_from",
                    )
                )
            elif a.effective_to is None or a.effective_to > b.effective_from:
                end = a.effective_to or "open-ended"
                problems.append(
                    Problem(
                        f"versions overlap: {a.effective_from}..{end} and {b.effective_from}..; "
                        f"set effective_to of the earlier version to {b.effective_from} or before",
                        where,
                        rule_id,
                        "effective_to",
                    )
                )
    return problems
