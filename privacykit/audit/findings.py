"""Findings are values: what one check found for one rule, with its evidence rows.

A check returns rows, each with its own verdict (violation, warning or pass) and the reading
that produced it; the runner turns those rows into one :class:`Finding` per rule and check,
whose status is the worst of its rows, or a status that explains why there are no rows to
trust (not evaluated, not applicable, not checked by the kit, error).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum

import pandas as pd

from privacykit.rulebook.models import Severity


class Verdict(Enum):
    """One evidence row's verdict."""

    VIOLATION = "violation"  # broken under every reasonable reading
    WARNING = "warning"  # broken under one reading: a person must review
    PASS = "pass"  # compliant; rows kept as evidence (a contact inside a grace window)


class Status(Enum):
    """A rule's status in an audit, most serious first (see :attr:`rank`)."""

    ERROR = "error"  # the check crashed; the other checks still ran
    VIOLATION = "violation"
    WARNING = "warning"
    NOT_EVALUATED = "not evaluated"  # the data it needs is absent or misses the period
    NOT_CHECKED = "not checked by the kit"  # the rule is taught, no check audits it yet
    PASS = "pass"
    NOT_APPLICABLE = "not applicable"  # the company profile excludes the rule

    @property
    def rank(self) -> int:
        """Return 6 for error down to 0 for not applicable (higher is more serious)."""
        return len(Status) - 1 - list(Status).index(self)


def worst(statuses: Iterable[Status]) -> Status:
    """Return the most serious status (pass when there is none)."""
    return max(statuses, key=lambda s: s.rank, default=Status.PASS)


def status_of_verdicts(verdicts: Iterable[str]) -> Status:
    """Return the status that the worst row verdict gives (pass for no rows)."""
    seen = set(verdicts)
    for v in (Verdict.VIOLATION, Verdict.WARNING):
        if v.value in seen:
            return Status(v.value)
    return Status.PASS


@dataclass(frozen=True)
class Finding:
    """What one check found for one rule in one audit.

    ``rows`` holds every evidence row of this rule (violations, warnings and, where a check
    keeps them, passes inside a grace window), with raw values: mask them before display.
    """

    rule_id: str
    check_id: str
    status: Status
    severity: Severity
    title: str
    citation: str
    rows: pd.DataFrame = field(default_factory=pd.DataFrame, compare=False, repr=False)
    missing: tuple[str, ...] = ()  # not evaluated: what is absent, table.column
    error: str | None = None  # the crash, for an error finding
    note: str | None = None  # how the rule was judged (e.g. through another rule's check)

    def count(self, verdict: Verdict) -> int:
        """Return how many evidence rows carry ``verdict`` (rows a waiver covers excluded)."""
        if self.rows.empty:
            return 0
        hit = self.rows["verdict"] == verdict.value
        if "waived_by" in self.rows.columns:
            hit &= self.rows["waived_by"].isna()
        return int(hit.sum())

    @property
    def waived(self) -> int:
        """Return how many evidence rows a company waiver covers."""
        if self.rows.empty or "waived_by" not in self.rows.columns:
            return 0
        return int(self.rows["waived_by"].notna().sum())

    @property
    def violations(self) -> int:
        return self.count(Verdict.VIOLATION)

    @property
    def warnings(self) -> int:
        return self.count(Verdict.WARNING)

    @property
    def passes_in_grace(self) -> int:
        """Return how many contacts were judged in time only thanks to a grace window."""
        return self.count(Verdict.PASS)
