"""The exception tree of privacykit, split by who must act.

::

    PrivacyKitError
    ├── RulebookError        the rulebook's author: a YAML file under rulebook/data is wrong
    ├── ConfigError          the team: its configuration, overrides, waivers or company profile
    │   └── OverrideError    an override loosens the law without a waiver, or names nothing real
    ├── UnknownRuleError     a rule id that is not in the rulebook (also a KeyError)
    ├── DataError            the team: its mapping or its data files
    ├── CheckError           a bug in one of the kit's checks
    ├── ReportError          the audit notebook or its rendering failed
    └── ContentError         the kit's author: a lesson's quiz file is wrong

Every error that collects problems carries them as :class:`Problem` values, so a caller can
show all of them at once; ``str(error)`` lists them one per line.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong, located as precisely as the input allows."""

    message: str
    path: str | None = None
    rule_id: str | None = None
    field: str | None = None
    row: int | None = None

    def __str__(self) -> str:
        where = [p for p in (self.path, f"row {self.row}" if self.row is not None else None) if p]
        if self.rule_id:
            where.append(f"rule {self.rule_id}")
        if self.field:
            where.append(f"field '{self.field}'")
        return f"{', '.join(where)}: {self.message}" if where else self.message


class PrivacyKitError(Exception):
    """Base class of every error the kit raises on purpose."""


class _ProblemsError(PrivacyKitError):
    """An error that reports several problems together."""

    headline = "problems found"

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: Sequence[Problem] = tuple(problems)
        if not self.problems:
            raise ValueError(f"{type(self).__name__} needs at least one problem")
        n = len(self.problems)
        lines = [f"{n} {self.headline}:" if n > 1 else f"{self.headline}:"]
        lines += [f"  - {p}" for p in self.problems]
        super().__init__("\n".join(lines))


class RulebookError(_ProblemsError):
    """The rulebook's YAML is invalid; the rulebook author must fix the named file."""

    headline = "rulebook problems"


class ConfigError(_ProblemsError):
    """The team's configuration (profile, overrides, waivers) is invalid."""

    headline = "configuration problems"


class OverrideError(ConfigError):
    """An override is refused: it loosens a legal value without a waiver, or names nothing."""

    headline = "override problems"


class UnknownRuleError(PrivacyKitError, KeyError):
    """A rule id that the rulebook does not hold."""

    def __init__(self, rule_id: str, close: Sequence[str]) -> None:
        self.rule_id = rule_id
        self.close = tuple(close)
        hint = f"; did you mean {', '.join(self.close)}?" if self.close else ""
        super().__init__(f"unknown rule id '{rule_id}'{hint} ('privacykit rules' lists them)")

    def __str__(self) -> str:
        return str(self.args[0])


class DataError(_ProblemsError):
    """The team's mapping or data cannot be read as the canonical model."""

    headline = "data problems"


class CheckError(PrivacyKitError):
    """A check of the kit crashed: a bug to report, not the team's fault."""


class ReportError(PrivacyKitError):
    """The audit notebook or its rendering failed."""


class ContentError(_ProblemsError):
    """A lesson's training content (a quiz file) is invalid; the kit's author must fix it."""

    headline = "training content problems"
