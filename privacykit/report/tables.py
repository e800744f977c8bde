"""Shape an audit's result into the plain rows the report's templates show.

No HTML here: values and text only, which the templates escape. A rule's standing is a
:class:`RuleView` (its findings merged, counted without the rows a waiver covers); families,
channels, parameters, evidence samples and coverage become small rows of plain values.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from privacykit.audit.findings import Finding, Status, status_of_verdicts, worst
from privacykit.audit.masking import mask_evidence
from privacykit.audit.result import AuditResult, Comparison
from privacykit.checks.context import CHANNEL_CODES
from privacykit.rulebook.models import Confidence, Parameter, Rule, Severity, Unit
from privacykit.rulebook.overrides import CompanyPolicy
from privacykit.schema.coverage import Coverage

FLAGGED = ("violation", "warning")
JUDGED = (Status.VIOLATION, Status.WARNING, Status.PASS)
CHANNEL_LABELS = {
    "call": "Phone calls",
    "sms": "Text messages",
    "email": "Email",
    "fax": "Fax",
    "mail": "Mail",
    "push": "Push notifications",
    "phone": "Phone calls",
    "data-sharing": "Data sharing",
    "location": "Location data",
    "web": "Web and apps",
    "all": "All channels",
}
CONFIDENCE = {
    Confidence.CONFIRMED_PRIMARY: "confirmed (primary text)",
    Confidence.CONFIRMED_SECONDARY: "confirmed (secondary sources)",
    Confidence.SINGLE_SECONDARY: "one secondary source",
    Confidence.UNCONFIRMED: "UNCONFIRMED",
}
PLAIN_UNITS = {Unit.TIME_OF_DAY, Unit.DATE, Unit.BOOLEAN, Unit.TEXT, Unit.KEYWORDS, Unit.STATES}


@dataclass(frozen=True)
class RuleView:
    """One rule's standing in the run: its findings merged, counted without waived rows."""

    rule: Rule
    family: str
    status: Status
    findings: tuple[Finding, ...]
    rows: pd.DataFrame = field(repr=False)  # evidence rows of all its findings, not waived
    violations: int = 0
    warnings: int = 0
    passes: int = 0
    waived: int = 0
    people: int = 0
    new: int = 0
    recurring: int = 0

    @property
    def id(self) -> str:
        return self.rule.id

    @property
    def severity(self) -> Severity:
        return self.rule.severity

    @property
    def is_unconfirmed(self) -> bool:
        return bool(self.rule.unconfirmed_parameters)

    def sort_key(self) -> tuple[int, int, int, str]:
        return (-self.status.rank, -self.severity.rank, -(self.violations + self.warnings), self.id)


def is_missing(value: object) -> bool:
    if value is None or value is pd.NaT or value is pd.NA:
        return True
    return isinstance(value, float) and math.isnan(value)


def column(frame: pd.DataFrame, name: str) -> pd.Series:
    """Return a column of ``frame``, or nulls when it has none (an empty finding)."""
    if name in frame.columns:
        return frame[name]
    return pd.Series([None] * len(frame), index=frame.index, dtype="object")


def live(frame: pd.DataFrame) -> pd.DataFrame:
    """Return the rows no waiver covers."""
    if frame.empty or "waived_by" not in frame.columns:
        return frame
    return frame[frame["waived_by"].isna()]


def channel_label(code: str) -> str:
    return CHANNEL_LABELS.get(code, code)


def family_name(result: AuditResult, rule: Rule) -> str:
    """Return the family's short name, without its citations: 'Fair Credit Reporting Act'."""
    regime = result.rulebook.regimes.get(rule.regime)
    if regime is None:
        return rule.regime
    name = _drop_citations(regime.name)
    return re.split(r" [—-] ", name)[0].strip()


def _drop_citations(name: str) -> str:
    """Drop parentheses that cite a code or run long: '(47 USC 227(b)(1)(C))'; keep '(postal)'."""
    out, group, depth = [], [], 0
    for ch in name:
        if ch == "(":
            depth += 1
        if depth:
            group.append(ch)
        else:
            out.append(ch)
        if ch == ")" and depth:
            depth -= 1
            if not depth:
                text = "".join(group)
                if not any(c.isdigit() for c in text) and len(text) <= 30:
                    out.append(text)
                group = []
    return re.sub(r"\s+([,.])", r"\1", re.sub(r"\s{2,}", " ", "".join(out))).strip()


def rule_channels(rule: Rule) -> list[str]:
    return list(dict.fromkeys(channel_label(CHANNEL_CODES.get(c, c.value)) for c in rule.channels))


def _status(f: Finding) -> Status:
    """Return a finding's status once waived rows are set aside."""
    if f.status in JUDGED and not f.rows.empty:
        return status_of_verdicts(live(f.rows)["verdict"])
    return f.status


def rule_views(result: AuditResult) -> list[RuleView]:
    """Return one view per rule with findings, most serious first."""
    by_rule: dict[str, list[Finding]] = {}
    for f in result.run.findings:
        by_rule.setdefault(f.rule_id, []).append(f)
    day = result.info.period_last
    views = []
    for rule_id, found in by_rule.items():
        rule = result.rulebook.find(rule_id, day) or result.rulebook.versions(rule_id)[-1]
        frames = [f.rows for f in found if not f.rows.empty]
        rows = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
        if "fingerprint" in rows.columns:
            rows = rows.drop_duplicates(subset=["fingerprint"])
        mine = live(rows)
        verdict = column(mine, "verdict")
        flagged = mine[verdict.isin(FLAGGED)]
        again = int(column(flagged, "fingerprint").isin(result.comparison.recurring).sum())
        views.append(
            RuleView(
                rule=rule,
                family=family_name(result, rule),
                status=worst(_status(f) for f in found),
                findings=tuple(found),
                rows=mine,
                violations=int((verdict == "violation").sum()),
                warnings=int((verdict == "warning").sum()),
                passes=int((verdict == "pass").sum()),
                waived=len(rows) - len(mine),
                people=int(column(mine[verdict == "violation"], "customer_id").nunique()),
                new=len(flagged) - again,
                recurring=again,
            )
        )
    return sorted(views, key=RuleView.sort_key)


@dataclass
class Group:
    """One line of a summary table: a family or a channel, with its rules' statuses."""

    name: str
    status: Status = Status.NOT_APPLICABLE
    severity: Severity | None = None
    violations: int = 0
    warnings: int = 0
    rules: Counter[Status] = field(default_factory=Counter)

    def add(self, status: Status, severity: Severity, violations: int, warnings: int) -> None:
        self.rules[status] += 1
        self.violations += violations
        self.warnings += warnings
        if status.rank > self.status.rank or (
            status is self.status and (self.severity is None or severity.rank > self.severity.rank)
        ):
            self.status, self.severity = status, severity

    def sort_key(self) -> tuple[int, int, int, str]:
        sev = self.severity.rank if self.severity else 0
        return (-self.status.rank, -sev, -(self.violations + self.warnings), self.name)


def family_groups(views: Iterable[RuleView]) -> list[Group]:
    """Return one group per rule family, most serious first."""
    groups: dict[str, Group] = {}
    for v in views:
        g = groups.setdefault(v.family, Group(v.family))
        g.add(v.status, v.severity, v.violations, v.warnings)
    return sorted(groups.values(), key=Group.sort_key)


def channel_groups(views: Iterable[RuleView]) -> list[Group]:
    """Return one group per channel, most serious first.

    A rule counts under each of its channels; its rows count under their own channel (a row
    without one under the rule's first channel), and the rule's status in a channel is that
    of its rows there.
    """
    groups: dict[str, Group] = {}
    for v in views:
        labels = rule_channels(v.rule) or ["No channel"]
        codes = column(v.rows, "channel")
        first = labels[0]
        named = codes.map(lambda c, first=first: first if is_missing(c) else channel_label(str(c)))
        for label in dict.fromkeys([*labels, *named.unique()]):
            verdicts = column(v.rows, "verdict")[named == label]
            status = status_of_verdicts(verdicts) if v.status in JUDGED else v.status
            g = groups.setdefault(label, Group(label))
            g.add(
                status,
                v.severity,
                int((verdicts == "violation").sum()),
                int((verdicts == "warning").sum()),
            )
    return sorted(groups.values(), key=Group.sort_key)


def show_value(value: Any, unit: Unit | None = None) -> str:
    """Return a parameter value in plain words: '10 business days', '21:00', 'yes'."""
    if is_missing(value):
        return "none"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Confidence):
        return CONFIDENCE[value]
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(show_value(v) for v in value) or "none"
    if unit is None or unit in PLAIN_UNITS or unit is Unit.TABLE:
        return str(value)
    if unit is Unit.PERCENT:
        return f"{value}%"
    if unit.is_money:
        return f"{unit.value.upper()} {value:,}" if isinstance(value, int) else f"{value}"
    return f"{value} {unit.value.replace('_', ' ')}"


def _table(param: Parameter, rows: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    names = [c.name for c in param.columns] or sorted({k for r in rows for k in r})
    units = {c.name: c.unit for c in param.columns}
    names = [n for n in names if n not in ("confidence", "note")]
    body = [
        [show_value(r.get(n), units.get(n)) for n in names]
        + [CONFIDENCE.get(r.get("confidence"), "")]  # type: ignore[arg-type]
        for r in rows
    ]
    return {"columns": [*names, "confidence"], "rows": body}


def parameter_rows(rule: Rule, policy: CompanyPolicy, day: dt.date) -> list[dict[str, Any]]:
    """Return the values a rule's check uses on ``day``: value, legal value, source, waiver."""
    out = []
    for name, param in rule.parameters.items():
        got = policy.resolve(rule, name, day)
        table = _table(param, got.value) if param.is_table else None
        out.append(
            {
                "name": name.replace("_", " "),
                "value": f"table of {len(got.value)} rows"
                if table
                else show_value(got.value, param.unit),
                "legal": None if table else show_value(got.legal_value, param.unit),
                "source": got.source.value,
                "waiver": got.waiver,
                "confidence": CONFIDENCE[param.confidence],
                "unconfirmed": name in rule.unconfirmed_parameters,
                "note": param.note,
                "table": table,
            }
        )
    return out


def _local(row: Mapping[str, Any]) -> str:
    at, zone = row.get("local_at"), row.get("zone")
    if is_missing(at):
        return ""
    text = at.strftime("%Y-%m-%d %H:%M") if isinstance(at, dt.datetime) else str(at)
    return f"{text} {zone}" if not is_missing(zone) else text


def sample_rows(
    rows: pd.DataFrame, size: int, mask: bool, comparison: Comparison
) -> list[dict[str, Any]]:
    """Return at most ``size`` flagged rows, violations first then warnings, oldest first."""
    verdict = column(rows, "verdict")
    flagged = rows[verdict.isin(FLAGGED)]
    if flagged.empty:
        return []
    rank = (column(flagged, "verdict") == "warning").astype(int).rename("__rank")
    at = column(flagged, "event_at").rename("__at")
    order = pd.concat([rank, at], axis=1).sort_values(["__rank", "__at"], kind="stable")
    picked = flagged.loc[order.index[:size]]
    if mask:
        picked = mask_evidence(picked)
    out = []
    for row in picked.to_dict("records"):
        text = {k: "" if is_missing(v) else v for k, v in row.items()}
        fingerprint = text.get("fingerprint", "")
        out.append(
            {
                "record": text.get("record_id", ""),
                "table": text.get("record_table", ""),
                "customer": text.get("customer_id", ""),
                "channel": channel_label(str(text.get("channel", ""))),
                "address": text.get("address", ""),
                "event": text.get("event_at", ""),
                "local": _local(row),
                "verdict": str(text.get("verdict", "")),
                "reading": text.get("reading", ""),
                "detail": text.get("detail", ""),
                "deadline": text.get("deadline_at", ""),
                "state": comparison.state(str(fingerprint)) if fingerprint else "",
            }
        )
    return out


def coverage_rows(
    report: Iterable[Coverage], first: dt.date, last: dt.date
) -> list[dict[str, Any]]:
    """Return each table's date range and whether it spans the period ``first``..``last``."""
    out = []
    for c in report:
        if c.channel is not None:
            continue
        if not c.rows:
            state = "no rows"
        elif c.first is None or c.last is None:
            state = "no dates" if c.column is None else "no readable dates"
        elif c.first.date() <= first and c.last.date() >= last:
            state = "spans the period"
        elif c.last.date() < first or c.first.date() > last:
            state = "outside the period"
        else:
            state = "part of the period"
        out.append({"table": c.table, "column": c.column, "rows": c.rows, "first": c.first,
                    "last": c.last, "state": state})  # fmt: skip
    return sorted(out, key=lambda r: r["table"])


def resolved_by_rule(result: AuditResult) -> Counter[str]:
    return Counter(rule_id for rule_id, _ in result.comparison.resolved.values())
