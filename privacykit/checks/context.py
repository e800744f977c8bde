"""What a check receives: the canonical tables, the period, ``as_of``, the rules and helpers.

A check is a pure function of a :class:`CheckContext`. The context holds Ibis tables (DuckDB
by default; any Ibis backend works) and the relational helper tables the checks join: the
business-day calendar, UTC-offset intervals per zone, month windows, and the area-code and
address zone tables. Rule parameters reach a check as a small *versions* table, one row per
rule version and channel, so each event is judged by the version in force when it happened.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any
from zoneinfo import ZoneInfo

import ibis
import ibis.expr.types as ir
import pandas as pd

from privacykit.checks import calendar, geo, places, tzoffsets
from privacykit.period import Period
from privacykit.rulebook.book import Rulebook
from privacykit.rulebook.models import Calendar, Channel, Rule, Unit
from privacykit.rulebook.overrides import CompanyPolicy

# The rulebook's channels as the contacts table codes them.
CHANNEL_CODES: Mapping[Channel, str] = {
    Channel.PHONE: "call",
    Channel.SMS: "sms",
    Channel.EMAIL: "email",
    Channel.FAX: "fax",
    Channel.MAIL: "mail",
    Channel.PUSH: "push",
}
HISTORY_YEARS = 7  # history older than this is clamped: every window it could open has closed
MONTH_WINDOWS = (3, 6, 12, 18, 24, 36, 60)  # months the checks' parameters may ask for
FAR_FUTURE = dt.datetime(2200, 1, 1)
_INT_UNITS = {
    Unit.BUSINESS_DAYS,
    Unit.CALENDAR_DAYS,
    Unit.HOURS,
    Unit.MINUTES,
    Unit.SECONDS,
    Unit.MONTHS,
    Unit.YEARS,
    Unit.AGE_YEARS,
    Unit.COUNT,
    Unit.RINGS,
    Unit.TIME_OF_DAY,
}


@dataclass(frozen=True)
class Helpers:
    """The relational helper tables, as Ibis tables."""

    calendar: ir.Table  # calendar, day, weekday, holiday..., bd_strict, bd_lenient
    offsets: ir.Table  # zone, start_utc, end_utc, offset_s, abbrev
    months: ir.Table  # day, months, until
    area_codes: ir.Table  # area_code, country, zone
    regions: ir.Table  # country, region, zip_prefix, zone
    area_code_states: ir.Table  # area_code, country, region
    first_day: dt.date
    last_day: dt.date
    holidays_version: str


def build_helpers(
    period: Period, as_of: dt.datetime, timezone: str, policy: CompanyPolicy | None = None
) -> Helpers:
    """Build the helper tables for an audit of ``period`` read up to ``as_of``.

    Month windows cover the rulebook's month and year parameters and any company override of
    them (an override of 9 months gets its own window).
    """
    months = set(MONTH_WINDOWS)
    for o in policy.overrides if policy else ():
        if o.unit in (Unit.MONTHS, Unit.YEARS) and isinstance(o.value, int):
            months.add(o.value * (12 if o.unit is Unit.YEARS else 1))
    first = dt.date(period.first.year - HISTORY_YEARS, 1, 1)
    last = max(period.last, as_of.date()) + dt.timedelta(days=120)
    cal = calendar.build_calendar(tuple(Calendar), first, last, timezone)
    zones = sorted(
        set(geo.area_code_zones().column("zone").to_pylist())
        | set(geo.region_zones().column("zone").to_pylist())
        | {timezone}
    )
    return Helpers(
        calendar=ibis.memtable(cal),
        offsets=ibis.memtable(tzoffsets.offset_intervals(tuple(zones), first, last)),
        months=ibis.memtable(calendar.month_windows(first, last, sorted(months))),
        area_codes=ibis.memtable(geo.area_code_zones()),
        regions=ibis.memtable(geo.region_zones()),
        area_code_states=ibis.memtable(places.area_code_regions()),
        first_day=first,
        last_day=last,
        holidays_version=calendar.HOLIDAYS_VERSION,
    )


@dataclass(frozen=True)
class CheckContext:
    """Everything a check may read. No clock, no files: ``as_of`` is a value."""

    tables: Mapping[str, ir.Table]
    period: Period
    as_of: dt.datetime  # naive UTC; history is read up to it
    timezone: str  # the company's: days of receipt and deadlines are counted in it
    rulebook: Rulebook
    helpers: Helpers
    policy: CompanyPolicy = field(default_factory=CompanyPolicy)
    # Helper tables shared by checks, built (and materialised) once per context: see shared().
    _shared: dict[Hashable, ir.Table] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def shared(self, key: Hashable, build: Callable[[], ir.Table]) -> ir.Table:
        """Return the helper table ``key``, built by ``build`` and cached on first use.

        A helper that many checks join (the period's contacts with their person and day) is
        then compiled and computed once per run, not once per check.
        """
        if key not in self._shared:
            self._shared[key] = build().cache()
        return self._shared[key]

    def table(self, name: str) -> ir.Table:
        try:
            return self.tables[name]
        except KeyError:
            raise KeyError(f"no table '{name}' in the audit's data") from None

    def events(self, name: str, column: str) -> ir.Table:
        """Return the rows of ``name`` whose ``column`` falls in the audit period."""
        t = self.table(name)
        start, end = self.period.start_utc, self.period.end_utc
        return t.filter(t[column] >= start, t[column] < end)

    def history(self, name: str, column: str) -> ir.Table:
        """Return the rows of ``name`` recorded up to ``as_of`` (inclusive)."""
        t = self.table(name)
        return t.filter(t[column].notnull(), t[column] <= self.as_of)

    def utc_midnight(self, day: dt.date) -> dt.datetime:
        """Return the naive-UTC instant at which ``day`` starts in the company's zone."""
        return _utc_midnight(day, self.timezone)

    def versions(
        self, rule_id: str, params: Sequence[str], *, per_channel: bool = True
    ) -> ir.Table:
        """Return one row per version of ``rule_id`` and channel, with its parameter values.

        Columns: rule_id, version_from, version_to (naive UTC, end excluded), channel (as
        contacts code it), and for each parameter P: P (numbers and times of day as integers,
        times in seconds after midnight), P_legal, P_source (law, override, waiver),
        P_unconfirmed (bool) and P_calendar (holiday calendar, or null). With ``per_channel``
        False there is one row per version and ``channel`` is null: for rules on data (a sale,
        a location event, a request) rather than on contacts.
        """
        rows = [
            self._version_row(rule, code, params)
            for rule in self.rulebook.versions(rule_id)
            for code in ((CHANNEL_CODES.get(c) for c in rule.channels) if per_channel else (None,))
            if code is not None or not per_channel
        ]
        schema: dict[str, str] = {
            "rule_id": "string",
            "version_from": "timestamp",
            "version_to": "timestamp",
            "channel": "string",
        }
        for p in params:
            unit = _unit(self.rulebook, rule_id, p)
            kind = (
                "int64"
                if unit in _INT_UNITS
                else "float64"
                if unit in (Unit.PERCENT, Unit.FEET)
                else "boolean"
                if unit is Unit.BOOLEAN
                else "string"
            )
            schema.update({p: kind, f"{p}_legal": kind, f"{p}_source": "string"})
            schema.update({f"{p}_unconfirmed": "boolean", f"{p}_calendar": "string"})
            schema[f"{p}_unit"] = "string"
            schema[f"{p}_boundary"] = "string"
        frame = pd.DataFrame(rows, columns=list(schema))
        return ibis.memtable(frame, schema=ibis.schema(schema))

    def param_values(self, rule_id: str, name: str) -> tuple[Any, ...]:
        """Return the distinct resolved values of a parameter over the rule's versions.

        For a check that needs a value in Python (a lag offset, a grouping), not per row.
        """
        out: list[Any] = []
        for rule in self.rulebook.versions(rule_id):
            if name in rule.parameters:
                value = self.policy.resolve(rule, name, self.as_of.date()).value
                if value not in out:
                    out.append(value)
        return tuple(out)

    def table_param(self, rule_id: str, name: str) -> pd.DataFrame:
        """Return a table parameter's rows over the rule's versions, as a data frame.

        Columns: version_from, version_to (naive UTC, end excluded), the table's own columns
        (confidence as text) and ``unconfirmed`` (the row's or the parameter's confidence is
        unconfirmed). A company override of the table replaces the law's rows.
        """
        frames = []
        for rule in self.rulebook.versions(rule_id):
            if name not in rule.parameters:
                continue
            param = rule.param(name)
            rows = self.policy.resolve(rule, name, self.as_of.date()).value
            end = rule.effective_to
            for row in rows:
                out = {k: (v.value if isinstance(v, Enum) else v) for k, v in dict(row).items()}
                conf = row.get("confidence")
                out["unconfirmed"] = bool(
                    param.confidence.is_unconfirmed
                    or (conf is not None and getattr(conf, "is_unconfirmed", False))
                )
                out["version_from"] = self.utc_midnight(rule.effective_from)
                out["version_to"] = self.utc_midnight(end) if end else FAR_FUTURE
                frames.append(out)
        if not frames:
            raise KeyError(f"no version of rule {rule_id} has a table parameter '{name}'")
        return pd.DataFrame(frames)

    def _version_row(
        self, rule: Rule, channel: str | None, params: Sequence[str]
    ) -> dict[str, Any]:
        end = rule.effective_to
        row: dict[str, Any] = {
            "rule_id": rule.id,
            "version_from": self.utc_midnight(rule.effective_from),
            "version_to": self.utc_midnight(end) if end else FAR_FUTURE,
            "channel": channel,
        }
        for p in params:
            if p not in rule.parameters:
                row.update({p: None, f"{p}_legal": None, f"{p}_source": None})
                row.update({f"{p}_unconfirmed": False, f"{p}_calendar": None, f"{p}_unit": None})
                row[f"{p}_boundary"] = None
                continue
            param = rule.param(p)
            resolved = self.policy.resolve(rule, p, self.as_of.date())
            row[p] = encode(resolved.value)
            row[f"{p}_legal"] = encode(resolved.legal_value)
            row[f"{p}_source"] = resolved.source.value
            row[f"{p}_unconfirmed"] = param.confidence.is_unconfirmed
            row[f"{p}_calendar"] = param.calendar.value if param.calendar else None
            row[f"{p}_unit"] = param.unit.value
            row[f"{p}_boundary"] = param.boundary.value if param.boundary else None
        return row


def encode(value: Any) -> Any:
    """Return a parameter value as the versions table stores it (times as seconds)."""
    if isinstance(value, dt.time):
        return value.hour * 3600 + value.minute * 60 + value.second
    if isinstance(value, tuple | list):
        return ";".join(str(v) for v in value)
    return value


def _unit(rulebook: Rulebook, rule_id: str, name: str) -> Unit | None:
    for rule in rulebook.versions(rule_id):
        if name in rule.parameters:
            return rule.param(name).unit
    raise KeyError(f"no version of rule {rule_id} has a parameter '{name}'")


@functools.lru_cache(maxsize=4096)
def _utc_midnight(day: dt.date, zone: str) -> dt.datetime:
    local = dt.datetime(day.year, day.month, day.day, tzinfo=ZoneInfo(zone))
    return local.astimezone(dt.UTC).replace(tzinfo=None)
