"""The rulebook's typed, frozen values: rules, their versions, parameters and citations.

The YAML loader (``loader.py``) is the only place that builds these from text; everything
downstream reads them. Closed sets are enums, parsed once by the loader.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from types import MappingProxyType
from typing import Any

# A parameter value after parsing: numbers, times of day, text, lists of text, booleans,
# or a table (a tuple of rows).
Value = Any


class Severity(Enum):
    """How much exposure a breach of the rule carries (fact sheet, section 7)."""

    CRITICAL = "critical"
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @property
    def rank(self) -> int:
        """Return 4 for critical down to 1 for low, for sorting and thresholds."""
        return {"critical": 4, "high": 3, "medium": 2, "low": 1}[self.value]


class Confidence(Enum):
    """How well a fact is confirmed (the fact sheet's four levels)."""

    CONFIRMED_PRIMARY = "confirmed-primary"  # CONF-P: read in the primary text
    CONFIRMED_SECONDARY = "confirmed-secondary"  # CONF-S: agreeing secondary sources
    SINGLE_SECONDARY = "single-secondary"  # CONF-S1: one secondary source
    UNCONFIRMED = "unconfirmed"  # not verified: never enforce silently as law

    @property
    def is_unconfirmed(self) -> bool:
        return self is Confidence.UNCONFIRMED


class Channel(Enum):
    EMAIL = "email"
    PHONE = "phone"
    SMS = "sms"
    FAX = "fax"
    MAIL = "mail"
    PUSH = "push"
    WEB = "web"
    LOCATION = "location"
    DATA_SHARING = "data-sharing"


class Industry(Enum):
    """Industries a rule targets; ``ANY`` applies to every company."""

    ANY = "any"
    FINANCIAL = "financial"
    HEALTH = "health"
    CHILDREN_DIRECTED = "children-directed"
    EDUCATION = "education"
    DATA_BROKER = "data-broker"
    RETAIL = "retail"
    OTHER = "other"


class Unit(Enum):
    """Units of rule parameters; each implies the value's type (see ``UNIT_TYPES``)."""

    BUSINESS_DAYS = "business_days"
    CALENDAR_DAYS = "calendar_days"
    HOURS = "hours"
    MINUTES = "minutes"
    SECONDS = "seconds"
    MONTHS = "months"
    YEARS = "years"
    AGE_YEARS = "age_years"
    COUNT = "count"
    RINGS = "rings"
    PERCENT = "percent"
    FEET = "feet"
    TIME_OF_DAY = "time_of_day"
    DATE = "date"
    USD = "usd"
    CAD = "cad"
    EUR = "eur"
    GBP = "gbp"
    BOOLEAN = "boolean"
    TEXT = "text"
    KEYWORDS = "keywords"
    STATES = "states"
    TABLE = "table"

    @property
    def is_money(self) -> bool:
        return self in (Unit.USD, Unit.CAD, Unit.EUR, Unit.GBP)


class Stricter(Enum):
    """Which way a company override may move a value and still be at least as strict."""

    LOWER = "lower"  # deadlines, maxima: a smaller value is stricter
    HIGHER = "higher"  # window starts, protected ages: a larger value is stricter
    SUPERSET = "superset"  # keyword and state lists: adding entries is stricter
    FIXED = "fixed"  # any change loosens the law and needs a waiver


class Boundary(Enum):
    """Whether the parameter's value itself is permitted (inclusive) or already breaks the rule."""

    INCLUSIVE = "inclusive"
    EXCLUSIVE = "exclusive"


class Calendar(Enum):
    """Holiday calendars that define a business day."""

    US_FEDERAL = "US-federal"
    CA_FEDERAL = "CA-federal"
    CA_QC = "CA-QC"


@dataclass(frozen=True)
class Citation:
    """A legal reference with the official or primary source that holds its text."""

    ref: str
    url: str
    title: str | None = None
    secondary: tuple[str, ...] = ()  # secondary sources actually read, if any


@dataclass(frozen=True)
class Column:
    """One column of a table parameter."""

    name: str
    unit: Unit
    stricter: Stricter = Stricter.FIXED


@dataclass(frozen=True)
class Parameter:
    """A typed value a check or a lesson uses, with its unit and how well it is confirmed."""

    name: str
    value: Value
    unit: Unit
    confidence: Confidence
    note: str | None = None
    stricter: Stricter = Stricter.FIXED
    boundary: Boundary | None = None
    calendar: Calendar | None = None
    as_of: dt.date | None = None  # for figures that drift (inflation-adjusted penalties)
    key: str | None = None  # table parameters: the column that identifies a row
    columns: tuple[Column, ...] = ()  # table parameters only

    @property
    def is_table(self) -> bool:
        return self.unit is Unit.TABLE

    def rows(self) -> tuple[Mapping[str, Any], ...]:
        """Return the rows of a table parameter (each with ``confidence`` and ``note``)."""
        if not self.is_table:
            raise TypeError(f"parameter '{self.name}' is not a table")
        return tuple(self.value)

    def row(self, key_value: str) -> Mapping[str, Any] | None:
        """Return the row of a table parameter whose key column equals ``key_value``."""
        for r in self.rows():
            if r[self.key or ""] == key_value:
                return r
        return None

    def column(self, name: str) -> Column:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(f"table parameter '{self.name}' has no column '{name}'")


def _frozen_params(params: Mapping[str, Parameter]) -> Mapping[str, Parameter]:
    return MappingProxyType(dict(params))


@dataclass(frozen=True)
class Rule:
    """One version of a rule: the law as it stood from ``effective_from`` until ``effective_to``.

    ``effective_to`` is exclusive: the first day on which this version no longer applies.
    """

    id: str
    title: str
    summary: str
    must_do: str
    regime: str
    jurisdictions: tuple[str, ...]
    industries: tuple[Industry, ...]
    channels: tuple[Channel, ...]
    citations: tuple[Citation, ...]
    effective_from: dt.date
    severity: Severity
    last_reviewed: dt.date
    effective_to: dt.date | None = None
    parameters: Mapping[str, Parameter] = field(default_factory=lambda: _frozen_params({}))
    checks: tuple[str, ...] = ()
    # How well effective_from/effective_to are confirmed; 'unconfirmed' for dates from general
    # knowledge or placeholders (the rule's notes say which).
    date_confidence: Confidence = Confidence.CONFIRMED_SECONDARY
    # A rule for several states whose laws start on different days: jurisdiction -> first day.
    jurisdiction_from: Mapping[str, dt.date] = field(default_factory=lambda: MappingProxyType({}))
    notes: str | None = None
    source_file: str = ""

    def in_force(self, on: dt.date) -> bool:
        """Return True when this version applies on ``on``."""
        return self.effective_from <= on and (self.effective_to is None or on < self.effective_to)

    def jurisdictions_on(self, on: dt.date | None) -> tuple[str, ...]:
        """Return the jurisdictions where this version is in force on ``on``."""
        if on is None:
            return self.jurisdictions
        starts = self.jurisdiction_from
        return tuple(j for j in self.jurisdictions if j not in starts or starts[j] <= on)

    def param(self, name: str) -> Parameter:
        """Return the named parameter, or raise KeyError listing the known ones."""
        try:
            return self.parameters[name]
        except KeyError:
            known = ", ".join(sorted(self.parameters)) or "none"
            raise KeyError(f"rule {self.id} has no parameter '{name}' (known: {known})") from None

    @property
    def unconfirmed_parameters(self) -> tuple[str, ...]:
        """Return the names of parameters marked UNCONFIRMED (or with unconfirmed table rows)."""
        out = []
        for p in self.parameters.values():
            rows_unconfirmed = p.is_table and any(
                r.get("confidence") is Confidence.UNCONFIRMED for r in p.rows()
            )
            if p.confidence.is_unconfirmed or rows_unconfirmed:
                out.append(p.name)
        return tuple(out)

    @property
    def is_checked(self) -> bool:
        """Return True when a check of the kit audits this rule (else it is only taught)."""
        return bool(self.checks)


@dataclass(frozen=True)
class Regime:
    """A body of law with one YAML file: CAN-SPAM, TCPA, CCPA, ..."""

    id: str
    name: str
    description: str
    source_file: str


@dataclass(frozen=True)
class ChangelogEntry:
    version: str
    date: dt.date
    changes: tuple[str, ...]
