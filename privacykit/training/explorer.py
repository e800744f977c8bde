"""The rule explorer: which rules apply to an industry, a channel and a place on a date."""

from __future__ import annotations

import datetime as dt

from privacykit.rulebook import Channel, Industry, Rule, Rulebook
from privacykit.rulebook.values import CA_PROVINCES, EU_MEMBERS, US_STATES

INDUSTRIES = tuple(i.value for i in Industry if i is not Industry.ANY)
CHANNELS = tuple(c.value for c in Channel)


def places() -> tuple[str, ...]:
    """Return the places the explorer offers: US and its states, Canada and its provinces,
    the EU and its members, the UK."""
    return (
        "US",
        *(f"US-{s}" for s in sorted(US_STATES)),
        "CA",
        *(f"CA-{p}" for p in sorted(CA_PROVINCES)),
        "EU",
        *(f"EU-{m}" for m in sorted(EU_MEMBERS)),
        "UK",
    )


def reaches(place: str, jurisdiction: str) -> bool:
    """Return True when a rule of ``jurisdiction`` reaches a person in ``place``.

    A federal rule (``US``) reaches ``US-FL``; a Florida rule does not reach ``US`` (federal
    only) or ``US-OH``.
    """
    return place == jurisdiction or place.startswith(jurisdiction + "-")


def explore(
    rulebook: Rulebook, industry: str, channel: str, place: str, on: dt.date | None = None
) -> tuple[Rule, ...]:
    """Return the rules (the version in force on ``on``) for a company of ``industry`` that
    reaches a person in ``place`` through ``channel``, sorted by regime and id.

    A rule for any industry always counts; ``place`` is a code of :func:`places`. ``on``
    defaults to today; a rule not in force that day (not yet, or no longer) is left out.

    Raises:
        ValueError: an unknown industry, channel or place (the valid ones are named).
    """
    if industry not in INDUSTRIES:
        raise ValueError(f"industry {industry!r} is not one of {', '.join(INDUSTRIES)}")
    if channel not in CHANNELS:
        raise ValueError(f"channel {channel!r} is not one of {', '.join(CHANNELS)}")
    if place not in places():
        raise ValueError(f"place {place!r} is not US, US-XX, CA, CA-XX, EU, EU-XX or UK")
    on = on or dt.date.today()
    rules = rulebook.applicable(industries=[industry], channels=[channel], on=on)
    here = [r for r in rules if any(reaches(place, j) for j in r.jurisdictions_on(on))]
    return tuple(sorted(here, key=lambda r: (r.regime, r.id)))
