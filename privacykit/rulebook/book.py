"""The loaded rulebook: look up a rule's version in force, and the rules a company must follow."""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType

from privacykit.errors import UnknownRuleError
from privacykit.rulebook.models import ChangelogEntry, Channel, Industry, Regime, Rule


class RuleNotInForceError(LookupError):
    """A rule exists but no version of it was in force on the date asked."""


def jurisdiction_covers(company: str, rule: str) -> bool:
    """Return True when a rule for ``rule`` reaches a company that operates in ``company``.

    A federal rule (``US``) reaches a company in ``US-OH``; a company that contacts people
    across the US (``US``) is reached by every state's rules (``US-CA``); ``US-OH`` is not
    reached by ``US-CA``.
    """
    if company == rule:
        return True
    return company.startswith(rule + "-") or rule.startswith(company + "-")


class Rulebook:
    """Every version of every rule, with the rulebook's version and changelog."""

    def __init__(
        self,
        rules: Iterable[Rule],
        regimes: Iterable[Regime],
        version: str,
        changelog: Sequence[ChangelogEntry] = (),
    ) -> None:
        by_id: dict[str, list[Rule]] = {}
        for rule in rules:
            by_id.setdefault(rule.id, []).append(rule)
        self._versions: Mapping[str, tuple[Rule, ...]] = MappingProxyType(
            {k: tuple(sorted(v, key=lambda r: r.effective_from)) for k, v in sorted(by_id.items())}
        )
        self.regimes: Mapping[str, Regime] = MappingProxyType({r.id: r for r in regimes})
        self.version = version
        self.changelog = tuple(changelog)

    def __len__(self) -> int:
        return len(self._versions)

    def __contains__(self, rule_id: object) -> bool:
        return rule_id in self._versions

    def ids(self) -> tuple[str, ...]:
        """Return every rule id, sorted."""
        return tuple(self._versions)

    def versions(self, rule_id: str) -> tuple[Rule, ...]:
        """Return every version of one rule, oldest first."""
        try:
            return self._versions[rule_id]
        except KeyError:
            close = difflib.get_close_matches(rule_id.upper(), self._versions, n=3, cutoff=0.5)
            raise UnknownRuleError(rule_id, close) from None

    def all_versions(self) -> tuple[Rule, ...]:
        """Return every version of every rule."""
        return tuple(r for versions in self._versions.values() for r in versions)

    def get(self, rule_id: str, on: dt.date | None = None) -> Rule:
        """Return the version of ``rule_id`` in force on ``on`` (default: its latest version).

        Raises:
            UnknownRuleError: the id is not in the rulebook (close matches are suggested).
            RuleNotInForceError: no version was in force on that date.
        """
        versions = self.versions(rule_id)
        if on is None:
            return versions[-1]
        for rule in versions:
            if rule.in_force(on):
                return rule
        spans = ", ".join(f"{r.effective_from}..{r.effective_to or ''}" for r in versions)
        raise RuleNotInForceError(f"rule {rule_id} was not in force on {on} (versions: {spans})")

    def find(self, rule_id: str, on: dt.date | None = None) -> Rule | None:
        """Return the version in force on ``on``, or None when none was."""
        try:
            return self.get(rule_id, on)
        except RuleNotInForceError:
            return None

    def applicable(
        self,
        industries: Iterable[Industry | str] | None = None,
        channels: Iterable[Channel | str] | None = None,
        jurisdictions: Iterable[str] | None = None,
        on: dt.date | None = None,
    ) -> tuple[Rule, ...]:
        """Return the rules (one version each) that apply to a company profile on a date.

        Args:
            industries: the company's industries; a rule for ``any`` industry always matches.
            channels: the channels the company uses; a rule matches if it shares one.
            jurisdictions: where the company operates and whom it contacts (``US``, ``US-CA``,
                ``CA``, ``EU``, ...); see :func:`jurisdiction_covers`.
            on: the date; None takes each rule's latest version.
        A filter left as None does not filter.
        """
        ind = None if industries is None else {Industry(i) for i in industries}
        chan = None if channels is None else {Channel(c) for c in channels}
        jur = None if jurisdictions is None else tuple(jurisdictions)
        out = []
        for rule_id in self._versions:
            rule = self.find(rule_id, on)
            if rule is None:
                continue
            if (
                ind is not None
                and Industry.ANY not in rule.industries
                and not ind & set(rule.industries)
            ):
                continue
            if chan is not None and not chan & set(rule.channels):
                continue
            if jur is not None and not any(
                jurisdiction_covers(c, r) for c in jur for r in rule.jurisdictions_on(on)
            ):
                continue
            out.append(rule)
        return tuple(out)

    def by_regime(self) -> Mapping[str, tuple[str, ...]]:
        """Return the rule ids of each regime."""
        out: dict[str, list[str]] = {r: [] for r in self.regimes}
        for rule_id, versions in self._versions.items():
            out.setdefault(versions[-1].regime, []).append(rule_id)
        return {k: tuple(v) for k, v in out.items()}
