"""The company profile: who the company is, where it operates, which channels it uses.

It decides which rules apply (a retailer is not audited under HIPAA) and sets the clock in
which a request's day of receipt is counted. The audit configuration embeds it under
``company:``; overrides and waivers sit beside it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from privacykit.errors import ConfigError, OverrideError, Problem
from privacykit.rulebook.book import Rulebook
from privacykit.rulebook.models import Channel, Industry
from privacykit.rulebook.overrides import CompanyPolicy, parse_policy
from privacykit.rulebook.values import is_jurisdiction

PROFILE_FIELDS = ("name", "industries", "jurisdictions", "channels", "timezone")
CONFIG_FIELDS = ("company", "overrides", "waivers")


@dataclass(frozen=True)
class CompanyProfile:
    """What the rulebook needs to know about a company to choose its rules."""

    name: str
    industries: tuple[Industry, ...]
    jurisdictions: tuple[str, ...]
    channels: tuple[Channel, ...]
    timezone: str

    def __post_init__(self) -> None:
        if Industry.ANY in self.industries:
            raise ValueError("'any' is for rules; name the company's own industries")


@dataclass(frozen=True)
class CompanySettings:
    """A company profile with its validated overrides and waivers."""

    profile: CompanyProfile
    policy: CompanyPolicy = field(default_factory=CompanyPolicy)
    source: str = ""


def parse_profile(raw: Any, where: str = "company") -> CompanyProfile:
    """Validate a ``company:`` mapping; report every problem at once.

    Raises:
        ConfigError: naming each bad field, its value and what is allowed.
    """
    problems: list[Problem] = []
    if not isinstance(raw, Mapping):
        raise ConfigError([Problem("expected a mapping with " + ", ".join(PROFILE_FIELDS), where)])
    for key in raw:
        if key not in PROFILE_FIELDS:
            problems.append(
                Problem(
                    f"unknown key; known keys: {', '.join(PROFILE_FIELDS)}", where, field=str(key)
                )
            )
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        problems.append(Problem("the company's name (text) is required", where, field="name"))
    industries = _enum_list(raw, "industries", Industry, where, problems, exclude=Industry.ANY)
    channels = _enum_list(raw, "channels", Channel, where, problems)
    jurisdictions = raw.get("jurisdictions")
    if not isinstance(jurisdictions, list) or not jurisdictions:
        problems.append(
            Problem(
                "a non-empty list such as [US] or [US-OH, US-CA, CA]", where, field="jurisdictions"
            )
        )
        jurisdictions = []
    for j in jurisdictions:
        if not isinstance(j, str) or not is_jurisdiction(j):
            problems.append(
                Problem(
                    f"{j!r} is not a jurisdiction code (US, US-CA, CA, CA-QC, EU, EU-DE, UK)",
                    where,
                    field="jurisdictions",
                )
            )
    tz = raw.get("timezone")
    try:
        ZoneInfo(str(tz))
    except (ZoneInfoNotFoundError, ValueError):
        problems.append(
            Problem(
                f"{tz!r} is not an IANA time zone such as America/New_York", where, field="timezone"
            )
        )
    if problems:
        raise ConfigError(problems)
    return CompanyProfile(str(name).strip(), industries, tuple(jurisdictions), channels, str(tz))


def _enum_list(
    raw: Mapping[str, Any],
    key: str,
    enum: Any,
    where: str,
    problems: list[Problem],
    exclude: Any = None,
) -> tuple[Any, ...]:
    values = raw.get(key)
    allowed = [e.value for e in enum if e is not exclude]
    if not isinstance(values, list) or not values:
        problems.append(Problem(f"a non-empty list of: {', '.join(allowed)}", where, field=key))
        return ()
    out = []
    for v in values:
        if v not in allowed:
            problems.append(Problem(f"{v!r} is not one of: {', '.join(allowed)}", where, field=key))
        else:
            out.append(enum(v))
    return tuple(out)


def load_company(path: Path | str, rulebook: Rulebook) -> CompanySettings:
    """Read a YAML file holding ``company:`` and optional ``overrides:`` and ``waivers:``.

    Raises:
        ConfigError: every problem of the profile, the overrides and the waivers together.
    """
    path = Path(path)
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError([Problem(f"cannot read: {exc}", str(path))]) from exc
    if not isinstance(doc, Mapping):
        raise ConfigError(
            [Problem("expected a mapping with company, overrides, waivers", str(path))]
        )
    problems = [
        Problem(f"unknown key; known keys: {', '.join(CONFIG_FIELDS)}", path.name, field=str(k))
        for k in doc
        if k not in CONFIG_FIELDS
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
    if problems or profile is None:
        raise ConfigError(problems)
    return CompanySettings(profile, policy, str(path))
