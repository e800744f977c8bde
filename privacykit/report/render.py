"""Render an audit's result as the report's HTML sections, one pure function per section.

The audit notebook calls :func:`style` first, then :func:`header`, :func:`summary`,
:func:`charts`, :func:`rule_sections`, :func:`data_quality`, :func:`not_evaluated`,
:func:`waivers` and :func:`appendix`, each in its own cell. Each returns :class:`Html`, which
a notebook displays as HTML. The templates (``templates/*.html.j2``) escape every value; only
our own SVG charts (:mod:`privacykit.report.charts`) enter as :class:`~markupsafe.Markup`.
Evidence rows are masked unless the run shows personal data. Nothing here loads a script or a
resource from the network.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from privacykit.audit.findings import Status, worst
from privacykit.audit.result import AuditResult
from privacykit.report import charts as svg
from privacykit.report.tables import (
    channel_groups,
    channel_label,
    column,
    coverage_rows,
    family_groups,
    is_missing,
    live,
    parameter_rows,
    resolved_by_rule,
    rule_views,
    sample_rows,
)

HERE = Path(__file__).parent
SAMPLE_SIZE = 20
ACTION = (Status.ERROR, Status.VIOLATION, Status.WARNING)
NOT_LEGAL_ADVICE = (
    "This report is not legal advice: it shows where the team's data stands against the rules "
    "of the kit's rulebook, with each rule's source. Ask counsel before acting on a finding or "
    "deciding that a rule does not apply."
)


class Html(str):
    """An HTML fragment that a notebook cell displays as HTML (as its last expression)."""

    __slots__ = ()

    def _repr_html_(self) -> str:
        return self

    def _repr_pretty_(self, p: Any, cycle: bool) -> None:
        # The plain-text form a notebook stores beside the HTML: a label, not the HTML again.
        p.text(f"<report section, {len(self):,} characters of HTML>")


@lru_cache(maxsize=1)
def _env() -> Environment:
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(num=_num, when=_when, day=_day, label=_label, channel=channel_label)
    env.tests["web"] = _is_web
    return env


def _is_web(url: object) -> bool:
    """Return True for an http(s) address: the only kind the report links to."""
    return isinstance(url, str) and url.lower().startswith(("https://", "http://"))


def _render(template: str, **context: Any) -> Html:
    return Html(_env().get_template(template).render(**context).strip() + "\n")


def _num(value: object) -> str:
    return f"{value:,}" if isinstance(value, int) else str(value)


def _when(value: object) -> str:
    """Format a naive UTC instant as '2026-07-03 14:05 UTC' (empty for nulls)."""
    if is_missing(value):
        return ""
    if isinstance(value, dt.datetime):
        zone = value.tzname() or "UTC"
        return f"{value:%Y-%m-%d %H:%M} {zone}"
    return str(value)


def _day(value: object) -> str:
    return "" if is_missing(value) else str(value)[:10]


def _label(status: Status) -> str:
    return status.value[:1].upper() + status.value[1:]


def style() -> Html:
    """Return the report's stylesheet as a ``<style>`` element (the notebook's first output)."""
    css = (HERE / "style.css").read_text(encoding="utf-8")
    return Html(f"<style>\n{css}</style>\n")


def header(result: AuditResult) -> Html:
    """Return the title block: company, period, as-of, versions, run id, masking, disclaimer."""
    views = rule_views(result)
    skip = (Status.NOT_APPLICABLE, Status.NOT_CHECKED)
    return _render(
        "header.html.j2",
        info=result.info,
        unconfirmed=[v.id for v in views if v.status not in skip and v.is_unconfirmed],
        disclaimer=NOT_LEGAL_ADVICE,
        as_of_local=_local(result.info.as_of, result.info.timezone),
    )


def _local(utc: dt.datetime, zone: str) -> str:
    """Return a naive UTC instant in the company's zone: '2026-10-01 00:00 EDT'."""
    from zoneinfo import ZoneInfo

    local = utc.replace(tzinfo=dt.UTC).astimezone(ZoneInfo(zone))
    return f"{local:%Y-%m-%d %H:%M} {local.tzname()}"


def summary(result: AuditResult) -> Html:
    """Return the headline counts, the tables per family and channel, and the changes."""
    views = rule_views(result)
    rows = live(result.rows)
    verdict = column(rows, "verdict")
    flagged = rows[verdict.isin(("violation", "warning"))]
    again = int(column(flagged, "fingerprint").isin(result.comparison.recurring).sum())
    resolved = resolved_by_rule(result)
    status = {v.id: v.status for v in views}
    return _render(
        "summary.html.j2",
        action=[v for v in views if v.status in ACTION],
        counts=Counter(v.status for v in views),
        violations=int((verdict == "violation").sum()),
        warnings=int((verdict == "warning").sum()),
        people=int(column(rows[verdict == "violation"], "customer_id").nunique()),
        overall=worst(v.status for v in views if v.status is not Status.NOT_APPLICABLE),
        families=family_groups(views),
        channels=channel_groups(views),
        comparison=result.comparison,
        same_period=result.comparison.is_same_period(result.info.period_label),
        new=len(flagged) - again,
        recurring=again,
        resolved=len(result.comparison.resolved),
        gone=[(rid, status.get(rid), n) for rid, n in resolved.most_common()],
        Status=Status,
    )


def charts(result: AuditResult) -> Html:
    """Return the SVG charts: by rule, by channel, and the trend over runs."""
    views = [v for v in rule_views(result) if v.violations or v.warnings]
    by_rule = [svg.Bar(v.id, v.violations, v.warnings, f"rule-{v.id}") for v in views]
    rows = live(result.rows)
    rows = rows[column(rows, "verdict").isin(("violation", "warning"))]
    names = column(rows, "channel").map(
        lambda c: "No channel (data, policies)" if is_missing(c) else channel_label(str(c))
    )
    by_channel = []
    if len(rows):
        table = pd.crosstab(names, column(rows, "verdict"))
        for name in table.index:
            got = {v: int(table.at[name, v]) for v in ("violation", "warning") if v in table}
            by_channel.append(svg.Bar(str(name), got.get("violation", 0), got.get("warning", 0)))
    trend = [
        svg.Point(p.period, p.violations, p.warnings, f"run {p.run_id}, {p.finished_at[:16]}")
        for p in result.trend
    ]
    return _render(
        "charts.html.j2",
        by_rule=svg.bar_chart(by_rule, "Violations and warnings by rule"),
        by_channel=svg.bar_chart(by_channel, "Violations and warnings by channel"),
        trend=svg.trend_chart(trend, "Violations and warnings per run"),
        runs=len(result.trend),
    )


def rule_sections(result: AuditResult) -> Html:
    """Return one section per rule with violations, warnings or an error, most serious first."""
    resolved = resolved_by_rule(result)
    mask = not result.info.show_personal_data
    day = result.info.period_last  # the values in force on the period's last day
    rules = [
        {
            "view": v,
            "parameters": parameter_rows(v.rule, result.config.policy, day),
            "sample": sample_rows(v.rows, SAMPLE_SIZE, mask, result.comparison),
            "lesson": result.lessons.get(v.id),
            "resolved": resolved.get(v.id, 0),
            "errors": [f for f in v.findings if f.status is Status.ERROR],
            "notes": sorted({f.note for f in v.findings if f.note}),
            "checks": sorted({f.check_id for f in v.findings if f.check_id}),
        }
        for v in rule_views(result)
        if v.status in ACTION
    ]
    return _render(
        "rules.html.j2",
        rules=rules,
        sample_size=SAMPLE_SIZE,
        masked=mask,
        first_run=result.comparison.previous_run_id is None,
    )


def data_quality(result: AuditResult) -> Html:
    """Return rows read, loaded and quarantined, the reasons, notes and coverage of the period."""
    load = result.load
    tables: dict[str, list[int]] = {}
    for c in load.counts:
        t = tables.setdefault(c.table, [0, 0, 0])
        t[0], t[1], t[2] = t[0] + c.read, t[1] + c.loaded, t[2] + c.quarantined
    return _render(
        "data_quality.html.j2",
        tables=sorted(tables.items()),
        sources=sorted(load.counts, key=lambda c: (c.table, c.source)),
        quarantine=sorted(load.quarantine, key=lambda n: (-n.count, n.table)),
        notes=sorted(load.notes, key=lambda n: (-n.count, n.table)),
        issues=sorted(result.run.data_quality, key=lambda i: (-i.count, i.table)),
        coverage=coverage_rows(load.coverage, result.info.period_first, result.info.period_last),
        warnings=result.coverage_warnings,
        info=result.info,
    )


def not_evaluated(result: AuditResult) -> Html:
    """Return what could not be evaluated and why, the rules no check audits, and N/A counts."""
    views = rule_views(result)
    na = Counter(v.family for v in views if v.status is Status.NOT_APPLICABLE)
    return _render(
        "not_evaluated.html.j2",
        missing=[(v, f) for v in views for f in v.findings if f.status is Status.NOT_EVALUATED],
        unchecked=sorted(
            (v for v in views if v.status is Status.NOT_CHECKED),
            key=lambda v: (-v.severity.rank, v.id),
        ),
        not_applicable=sorted(na.items(), key=lambda kv: (-kv[1], kv[0])),
        not_applicable_total=sum(na.values()),
    )


def waivers(result: AuditResult) -> Html:
    """Return each configured waiver with its state and the rows it waived, and the overrides."""
    return _render(
        "waivers.html.j2",
        uses=result.waivers,
        overrides=result.config.policy.overrides,
        sections={v.id for v in rule_views(result) if v.status in ACTION},
        state_class=_state_class,
        show=lambda value: _plain(value),
    )


def _state_class(state: str) -> str:
    if state.startswith("applied"):
        return "applied"
    if state.startswith(("active", "expired")):
        return "quiet"
    return "attention"


def appendix(result: AuditResult) -> Html:
    """Return the run's parameters, inputs with hashes, library versions, timings and queries."""
    info = result.info
    versions = dict(info.library_versions)
    if result.run.holidays_version and "holidays" not in versions:
        versions["holidays"] = result.run.holidays_version
    checks = sorted(set(result.queries) | set(result.run.seconds), key=_check_order)
    return _render(
        "appendix.html.j2",
        info=info,
        parameters=[(k, _plain(v)) for k, v in info.parameters.items()],
        inputs=result.inputs,
        versions=sorted(versions.items()),
        timings=list(info.timings.items()),
        checks=[(c, result.run.seconds.get(c), result.queries.get(c)) for c in checks],
    )


def _check_order(check_id: str) -> tuple[str, int, str]:
    head = check_id.rstrip("0123456789")
    tail = check_id[len(head) :]
    return (head, int(tail) if tail else 0, check_id)


def _plain(value: object) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(_plain(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_plain(v)}" for k, v in value.items())
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return "" if value is None else str(value)


def report(result: AuditResult) -> Html:
    """Return the style and every section in order, as one fragment (outside a notebook)."""
    sections = (header, summary, charts, rule_sections, data_quality, not_evaluated, waivers)
    return Html("".join([style(), *(fn(result) for fn in sections), appendix(result)]))
