"""Turn rules into plain JSON-safe dictionaries (for ``--format json``, reports and lessons)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from enum import Enum
from typing import Any

from privacykit.rulebook.book import Rulebook
from privacykit.rulebook.models import Parameter, Rule


def plain(value: Any) -> Any:
    """Return ``value`` with dates, times, enums, tuples and mappings made JSON-safe."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (tuple, list)):
        return [plain(v) for v in value]
    return value


def parameter_to_dict(p: Parameter) -> dict[str, Any]:
    out: dict[str, Any] = {
        "value": plain(p.value),
        "unit": p.unit.value,
        "confidence": p.confidence.value,
        "stricter": p.stricter.value,
    }
    for key in ("boundary", "calendar", "as_of", "note", "key"):
        if getattr(p, key) is not None:
            out[key] = plain(getattr(p, key))
    if p.columns:
        out["columns"] = {
            c.name: {"unit": c.unit.value, "stricter": c.stricter.value} for c in p.columns
        }
    return out


def rule_to_dict(rule: Rule) -> dict[str, Any]:
    """Return one rule version as a dictionary, with its parameters and citations."""
    return {
        "id": rule.id,
        "title": rule.title,
        "regime": rule.regime,
        "summary": rule.summary,
        "must_do": rule.must_do,
        "jurisdictions": list(rule.jurisdictions),
        "industries": plain(rule.industries),
        "channels": plain(rule.channels),
        "effective_from": rule.effective_from.isoformat(),
        "effective_to": rule.effective_to.isoformat() if rule.effective_to else None,
        "date_confidence": rule.date_confidence.value,
        "jurisdiction_from": plain(rule.jurisdiction_from),
        "severity": rule.severity.value,
        "last_reviewed": rule.last_reviewed.isoformat(),
        "checks": list(rule.checks),
        "citations": [
            {
                "ref": c.ref,
                "url": c.url,
                **({"title": c.title} if c.title else {}),
                **({"secondary": list(c.secondary)} if c.secondary else {}),
            }
            for c in rule.citations
        ],
        "parameters": {name: parameter_to_dict(p) for name, p in rule.parameters.items()},
        "unconfirmed_parameters": list(rule.unconfirmed_parameters),
        "notes": rule.notes,
        "source_file": rule.source_file,
    }


def rulebook_summary(rulebook: Rulebook) -> dict[str, Any]:
    """Return the rulebook's version, changelog and rule counts per regime."""
    return {
        "version": rulebook.version,
        "rules": len(rulebook),
        "per_regime": {k: len(v) for k, v in rulebook.by_regime().items()},
        "changelog": [
            {"version": e.version, "date": e.date.isoformat(), "changes": list(e.changes)}
            for e in rulebook.changelog
        ],
    }
