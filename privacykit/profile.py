"""The company profile: who the company is, where it operates, which channels it uses.

It decides which rules apply (a retailer is not audited under HIPAA) and sets the clock in
which a request's day of receipt is counted. The audit configuration embeds it under
``company:``; overrides and waivers sit beside it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from privacykit.errors import ConfigError, Problem
from privacykit.rulebook.models import Channel, Industry
from privacykit.rulebook.values import is_jurisdiction

PROFILE_FIELDS = ("name", "industries", "jurisdictions", "channels", "timezone")


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
