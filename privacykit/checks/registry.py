"""One explicit registry of checks: check id -> the function that audits it.

A rule lists the ids of the checks that audit it (``checks:`` in the rulebook's YAML); a check
declares which of those rules its rows judge (``judges``). Other rules that name the check are
covered by it: their status is read from the judged rules' rows. Check ids that rules name but
no module implements yet are listed in :data:`PLANNED` with the issue that builds them, so a
report can say 'not checked by the kit' and a test can hold the three sets in agreement.

The registry is filled in one place, :func:`all_checks`, which imports the check modules; no
import order decides what is registered.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import ibis.expr.types as ir

    from privacykit.checks.context import CheckContext

CheckFunction = Callable[["CheckContext"], "ir.Table"]

# Check ids that rules name and later work builds (issue numbers of the project's tracker).
PLANNED: Mapping[str, str] = MappingProxyType({})


@dataclass(frozen=True)
class Need:
    """Data a check cannot do without: a table whose columns must hold values.

    ``events`` marks the table of judged events, which must also have rows in the period.
    ``where`` is an optional SQL-free filter name the context knows (e.g. national registry).
    ``any_column``: one of the columns holding values is enough (a birth date or an age).
    """

    table: str
    columns: tuple[str, ...]
    events: bool = False
    where: str | None = None
    any_column: bool = False


@dataclass(frozen=True)
class Check:
    """A registered check: its id, what it is, the rules its rows judge and the data it needs."""

    id: str
    title: str
    function: CheckFunction = field(repr=False)
    judges: tuple[str, ...]
    needs: tuple[Need, ...]


class Registry:
    """Check id -> :class:`Check`. Registering an id twice is an error unless ``replace``."""

    def __init__(self) -> None:
        self._checks: dict[str, Check] = {}

    def add(self, check: Check, *, replace: bool = False) -> None:
        if check.id in self._checks and not replace:
            raise ValueError(f"check {check.id} is already registered (pass replace=True)")
        if not check.judges:
            raise ValueError(f"check {check.id} judges no rule")
        self._checks[check.id] = check

    def get(self, check_id: str) -> Check:
        try:
            return self._checks[check_id]
        except KeyError:
            known = ", ".join(sorted(self._checks)) or "none"
            raise KeyError(f"no check '{check_id}' is registered (known: {known})") from None

    def ids(self) -> tuple[str, ...]:
        return tuple(sorted(self._checks, key=_natural))

    def __contains__(self, check_id: object) -> bool:
        return check_id in self._checks

    def __len__(self) -> int:
        return len(self._checks)


def _natural(check_id: str) -> tuple[str, int]:
    """Sort T2 before T10."""
    head = check_id.rstrip("0123456789")
    tail = check_id[len(head) :]
    return head, int(tail) if tail else 0


def all_checks() -> Registry:
    """Return the registry holding every check of the kit (built once per call)."""
    from privacykit.checks import (
        calls,
        consent,
        email,
        email_content,
        eu,
        fax,
        finance,
        frequency,
        health,
        hours,
        lists,
        location,
        minors,
        revocation,
        state_privacy,
        transparency,
    )

    registry = Registry()
    for module in (
        email,
        email_content,
        eu,
        hours,
        calls,
        consent,
        frequency,
        lists,
        revocation,
        fax,
        minors,
        finance,
        health,
        state_privacy,
        location,
        transparency,
    ):
        for check in module.CHECKS:
            registry.add(check)
    return registry
