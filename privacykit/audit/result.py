"""What one audit run produced, as values: the input of the report, the files and the manifest.

:class:`AuditResult` gathers the findings (:class:`~privacykit.audit.runner.AuditRun`), the
load accounting, the inputs' hashes, the waivers, the comparison with the previous run and the
trend of earlier runs. The evidence rows in ``run.rows`` and each finding's ``rows`` are raw:
the report and the findings files mask them (unless the run shows personal data).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

import pandas as pd

from privacykit.audit.runner import AuditRun
from privacykit.config import AuditConfig
from privacykit.rulebook.book import Rulebook
from privacykit.rulebook.overrides import Waiver
from privacykit.schema.coverage import CoverageWarning
from privacykit.schema.load import LoadReport


@dataclass(frozen=True)
class InputFile:
    """One file (or SQL query) read by the run, with its SHA-256 and row accounting."""

    table: str
    source: str  # how messages name the source: "sources[2] (crm_optouts.csv)"
    path: str  # the file's path as the mapping gives it; for SQL, the URL without password
    sha256: str  # of the file's bytes; for SQL, of the query text
    size_bytes: int
    rows_read: int
    rows_loaded: int
    rows_quarantined: int


@dataclass(frozen=True)
class WaiverUse:
    """A configured rule waiver and what it did in this period."""

    waiver: Waiver
    state: str  # "applied", "active (nothing to waive)", "expired", "not yet approved"
    rows_waived: int


@dataclass(frozen=True)
class HistoryPoint:
    """One earlier (or this) run of the same configuration, for the trend chart."""

    run_id: str
    period: str  # the period label, e.g. 2026Q2
    finished_at: str  # ISO UTC
    violations: int
    warnings: int


@dataclass(frozen=True)
class Comparison:
    """Findings compared with the previous run of the same configuration, by fingerprint."""

    previous_run_id: str | None  # None: the first run, everything is new
    new: frozenset[str] = frozenset()
    recurring: frozenset[str] = frozenset()
    # fingerprint -> (rule_id, check_id) of rows the previous run found and this one does not
    resolved: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    previous_period: str = ""  # the period the previous run audited

    def is_same_period(self, period: str) -> bool:
        """Return True when the previous run audited ``period`` too (so 'resolved' is exact)."""
        return self.previous_period == period

    def state(self, fingerprint: str) -> str:
        """Return 'new' or 'recurring' for a fingerprint of this run."""
        return "recurring" if fingerprint in self.recurring else "new"


@dataclass(frozen=True)
class RunInfo:
    """Who, what and when: the header and the appendix of the report."""

    run_id: str
    company: str
    config_name: str  # the configuration file's name (never its secrets)
    period_label: str
    period_first: dt.date
    period_last: dt.date
    timezone: str
    as_of: dt.datetime  # naive UTC
    rulebook_version: str
    kit_version: str
    library_versions: Mapping[str, str]  # includes "holidays" (the calendar)
    parameters: Mapping[str, object]  # the run's parameters, secrets removed
    show_personal_data: bool
    started_at: dt.datetime  # aware UTC
    timings: Mapping[str, float] = field(default_factory=dict)  # step -> seconds


@dataclass(frozen=True)
class AuditResult:
    """Everything the report shows about one run.

    ``run.rows`` carries, besides the evidence columns, ``check_id``, ``fingerprint`` (stable
    across runs: rule, check, record key) and ``waived_by`` (the waiver's owner and reason, or
    null). Waived rows do not count as violations or warnings.
    """

    info: RunInfo
    config: AuditConfig
    rulebook: Rulebook
    run: AuditRun
    load: LoadReport
    coverage_warnings: tuple[CoverageWarning, ...]
    inputs: tuple[InputFile, ...]
    waivers: tuple[WaiverUse, ...]
    comparison: Comparison
    trend: tuple[HistoryPoint, ...]  # earlier runs, oldest first, then this run
    queries: Mapping[str, str]  # check id -> its SQL (ibis.to_sql)
    lessons: Mapping[str, tuple[str, str]]  # rule id -> (lesson title, path); empty for now
    remediation: Mapping[str, int] = field(default_factory=dict)  # remediation file -> rows

    @property
    def rows(self) -> pd.DataFrame:
        return self.run.rows
