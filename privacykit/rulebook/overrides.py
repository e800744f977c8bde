"""Company overrides and waivers: stricter values are accepted, looser ones need a waiver.

A team's configuration may say, for example::

    overrides:
      - {rule: TCPA-COMPANY-DNC, parameter: honor_within, value: 5}        # stricter: accepted
      - {rule: STATE-CALL-HOURS, parameter: state_windows, row: FL,
         column: weekday_end, value: "19:00"}                               # a table cell
      - rule: TCPA-CALL-HOURS                                              # looser: needs a waiver
        parameter: window_end
        value: "21:30"
        waiver: {reason: ..., owner: ..., approved: 2026-06-01, expires: 2026-12-31}
    waivers:                                                               # a whole rule, scoped
      - {rule: MAIL-DMACHOICE, scope: "campaign:ALUMNI", reason: ..., owner: ...,
         approved: 2026-06-01, expires: 2026-12-31}

An override applies to every version of the rule whose parameter has the same unit; a version
with another unit (30 calendar days before 2025-04-11, 10 business days after) keeps its legal
value. A waiver applies from its approval date to its expiry date, both inclusive; an expired
waiver no longer applies, so the legal value comes back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from privacykit.errors import OverrideError, Problem, UnknownRuleError
from privacykit.rulebook.book import Rulebook
from privacykit.rulebook.models import Parameter, Rule, Stricter, Unit
from privacykit.rulebook.values import is_at_least_as_strict, parse_date, parse_value

OVERRIDE_FIELDS = ("rule", "parameter", "value", "row", "column", "waiver")
WAIVER_FIELDS = ("rule", "scope", "reason", "owner", "approved", "expires")


@dataclass(frozen=True)
class Waiver:
    """A documented, approved and dated exception to a rule (or to one of its values)."""

    rule_id: str
    reason: str
    owner: str
    approved_on: dt.date
    expires_on: dt.date
    scope: str | None = None

    def __post_init__(self) -> None:
        if self.expires_on < self.approved_on:
            raise ValueError(f"waiver for {self.rule_id} expires before it is approved")

    def is_active(self, on: dt.date) -> bool:
        """Return True from the approval date to the expiry date, both inclusive."""
        return self.approved_on <= on <= self.expires_on


@dataclass(frozen=True)
class Override:
    """A company value for one parameter (or one table cell) of a rule."""

    rule_id: str
    parameter: str
    value: Any
    unit: Unit
    row: str | None = None
    column: str | None = None
    waiver: Waiver | None = None


class Source(Enum):
    LAW = "law"
    OVERRIDE = "override"  # stricter than the law
    WAIVER = "waiver"  # looser than the law, under an active waiver


@dataclass(frozen=True)
class ResolvedValue:
    """The value a check uses on a date, and where it came from."""

    value: Any
    legal_value: Any
    source: Source
    waiver: Waiver | None = None


@dataclass(frozen=True)
class CompanyPolicy:
    """The company's validated overrides and rule waivers."""

    overrides: tuple[Override, ...] = ()
    waivers: tuple[Waiver, ...] = ()

    def resolve(self, rule: Rule, name: str, on: dt.date) -> ResolvedValue:
        """Return the value of parameter ``name`` of ``rule`` (a version) to use on ``on``.

        For a table parameter the value is the table with overridden cells replaced.
        """
        param = rule.param(name)
        mine = [o for o in self.overrides if o.rule_id == rule.id and o.parameter == name]
        if param.is_table:
            return _resolve_table(param, mine, on)
        for o in mine:
            if o.unit is param.unit:
                return _apply(param.value, o, on)
        return ResolvedValue(param.value, param.value, Source.LAW)

    def waiver_for(self, rule_id: str, on: dt.date, scope: str | None = None) -> Waiver | None:
        """Return an active rule waiver for ``rule_id`` on ``on`` (unscoped, or this scope)."""
        for w in self.waivers:
            if w.rule_id == rule_id and w.is_active(on) and w.scope in (None, scope):
                return w
        return None


def _apply(legal: Any, o: Override, on: dt.date) -> ResolvedValue:
    value = o.value
    if o.waiver is None:
        return ResolvedValue(value, legal, Source.OVERRIDE)
    if o.waiver.is_active(on):
        return ResolvedValue(value, legal, Source.WAIVER, o.waiver)
    return ResolvedValue(legal, legal, Source.LAW)  # expired (or not yet approved) waiver


def _resolve_table(param: Parameter, mine: list[Override], on: dt.date) -> ResolvedValue:
    rows = [dict(r) for r in param.rows()]
    applied: list[ResolvedValue] = []
    for o in mine:
        for row in rows:
            if row[param.key or ""] == o.row and o.column in row:
                applied.append(_apply(row[o.column], o, on))
                row[o.column] = applied[-1].value
    sources = {a.source for a in applied}
    source = next((s for s in (Source.WAIVER, Source.OVERRIDE) if s in sources), Source.LAW)
    waiver = next((a.waiver for a in applied if a.waiver), None)
    return ResolvedValue(tuple(rows), param.value, source, waiver)


def parse_policy(
    raw_overrides: Iterable[Mapping[str, Any]] | None,
    raw_waivers: Iterable[Mapping[str, Any]] | None,
    rulebook: Rulebook,
    source: str = "configuration",
) -> CompanyPolicy:
    """Validate a configuration's ``overrides`` and ``waivers`` against the rulebook.

    Raises:
        OverrideError: listing every refused override and every malformed waiver.
    """
    problems: list[Problem] = []
    overrides = []
    for i, raw in enumerate(raw_overrides or [], start=1):
        o = _parse_override(raw, rulebook, f"{source}: overrides[{i}]", problems)
        if o:
            overrides.append(o)
    waivers = []
    for i, raw in enumerate(raw_waivers or [], start=1):
        w = _parse_waiver(raw, None, rulebook, f"{source}: waivers[{i}]", problems)
        if w:
            waivers.append(w)
    if problems:
        raise OverrideError(problems)
    return CompanyPolicy(tuple(overrides), tuple(waivers))


def _unknown(
    raw: Mapping[str, Any], known: tuple[str, ...], where: str, problems: list[Problem]
) -> None:
    for key in raw:
        if key not in known:
            problems.append(
                Problem(f"unknown key; known keys: {', '.join(known)}", where, field=str(key))
            )


def _parse_waiver(
    raw: Any, rule_id: str | None, rulebook: Rulebook, where: str, problems: list[Problem]
) -> Waiver | None:
    if not isinstance(raw, Mapping):
        problems.append(
            Problem("a waiver is a mapping: rule, scope, reason, owner, approved, expires", where)
        )
        return None
    start = len(problems)
    known = WAIVER_FIELDS if rule_id is None else WAIVER_FIELDS[1:]
    _unknown(raw, known, where, problems)
    rid = rule_id or raw.get("rule")
    if rule_id is None:
        _check_rule(rid, rulebook, where, problems)
    for key in ("reason", "owner"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            problems.append(Problem(f"a waiver needs {key!r} (text)", where, str(rid), key))
    dates = {}
    for key in ("approved", "expires"):
        value, err = parse_date(raw.get(key))
        if err:
            problems.append(
                Problem(f"a waiver needs {key!r} (a date): {err}", where, str(rid), key)
            )
        dates[key] = value
    if dates["approved"] and dates["expires"] and dates["expires"] < dates["approved"]:
        problems.append(
            Problem(
                f"expires {dates['expires']} before approved {dates['approved']}",
                where,
                str(rid),
                "expires",
            )
        )
    scope = raw.get("scope")
    if scope is not None and not isinstance(scope, str):
        problems.append(
            Problem("scope is text, e.g. 'campaign:SPRING' or 'state:FL'", where, str(rid), "scope")
        )
    if len(problems) > start:
        return None
    assert dates["approved"] and dates["expires"]
    return Waiver(
        str(rid),
        raw["reason"].strip(),
        raw["owner"].strip(),
        dates["approved"],
        dates["expires"],
        scope,
    )


def _check_rule(rule_id: Any, rulebook: Rulebook, where: str, problems: list[Problem]) -> bool:
    if not isinstance(rule_id, str):
        problems.append(Problem("missing the rule id", where, field="rule"))
        return False
    try:
        rulebook.versions(rule_id)
    except UnknownRuleError as exc:
        problems.append(Problem(str(exc), where, rule_id, "rule"))
        return False
    return True


def _parse_override(
    raw: Any, rulebook: Rulebook, where: str, problems: list[Problem]
) -> Override | None:
    if not isinstance(raw, Mapping):
        problems.append(
            Problem("an override is a mapping: rule, parameter, value (row, column, waiver)", where)
        )
        return None
    _unknown(raw, OVERRIDE_FIELDS, where, problems)
    rule_id, name = raw.get("rule"), raw.get("parameter")
    if not _check_rule(rule_id, rulebook, where, problems):
        return None
    assert isinstance(rule_id, str)
    versions = [v for v in rulebook.versions(rule_id) if name in v.parameters]
    if not versions:
        known = sorted({p for v in rulebook.versions(rule_id) for p in v.parameters}) or ["none"]
        problems.append(
            Problem(
                f"no parameter {name!r}; known: {', '.join(known)}", where, rule_id, "parameter"
            )
        )
        return None
    waiver = None
    if raw.get("waiver") is not None:
        waiver = _parse_waiver(raw["waiver"], rule_id, rulebook, f"{where}.waiver", problems)
        if waiver is None:
            return None
    latest = versions[-1].parameters[str(name)]
    unit, stricter, legal_values = _target(latest, raw, rule_id, where, problems, versions)
    if unit is None:
        return None
    value, err = parse_value(raw.get("value"), unit)
    if err:
        problems.append(Problem(f"value: {err}", where, rule_id, "value"))
        return None
    looser = [lv for lv in legal_values if not is_at_least_as_strict(value, lv, stricter)]
    if looser and waiver is None:
        problems.append(
            Problem(
                f"{raw.get('value')!r} is looser than the law ({_show(looser[0])}; stricter is "
                f"'{stricter.value}'); a company may only be stricter. To depart from the law, "
                "add a waiver: {reason, owner, approved, expires}",
                where,
                rule_id,
                str(name),
            )
        )
        return None
    return Override(rule_id, str(name), value, unit, raw.get("row"), raw.get("column"), waiver)


def _target(
    latest: Parameter,
    raw: Mapping[str, Any],
    rule_id: str,
    where: str,
    problems: list[Problem],
    versions: list[Rule],
) -> tuple[Unit | None, Stricter, list[Any]]:
    """Return the unit, direction and legal values (over versions) an override is judged by."""
    name = latest.name
    if not latest.is_table:
        same = [v.parameters[name] for v in versions if v.parameters[name].unit is latest.unit]
        return latest.unit, latest.stricter, [p.value for p in same]
    row, col = raw.get("row"), raw.get("column")
    try:
        column = latest.column(str(col))
    except KeyError:
        cols = ", ".join(c.name for c in latest.columns if c.name != latest.key)
        problems.append(
            Problem(f"a table override needs column: one of {cols}", where, rule_id, "column")
        )
        return None, Stricter.FIXED, []
    cells = [v.parameters[name].row(str(row)) for v in versions]
    if all(c is None for c in cells):
        problems.append(Problem(f"table {name} has no row {row!r}", where, rule_id, "row"))
        return None, Stricter.FIXED, []
    return column.unit, column.stricter, [c[column.name] for c in cells if c is not None]


def _show(value: Any) -> str:
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, tuple):
        return ", ".join(map(str, value))
    return str(value)
