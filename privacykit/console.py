"""Text output for the command line: rule tables and one rule's full record."""

from __future__ import annotations

import datetime as dt
import shutil
import textwrap
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from privacykit.config import AuditConfig
from privacykit.rulebook.book import Rulebook
from privacykit.rulebook.export import plain
from privacykit.rulebook.models import Confidence, Parameter, Regime, Rule
from privacykit.rulebook.overrides import Source

if TYPE_CHECKING:
    from privacykit.report.build import Outcome

NOT_LEGAL_ADVICE = (
    "privacykit is a training and audit aid, not legal advice: confirm decisions with counsel."
)
CONFIDENCE_MARK = {
    Confidence.CONFIRMED_PRIMARY: "",
    Confidence.CONFIRMED_SECONDARY: "",
    Confidence.SINGLE_SECONDARY: " (single secondary source)",
    Confidence.UNCONFIRMED: " [UNCONFIRMED]",
}


def _width() -> int:
    return max(80, min(160, shutil.get_terminal_size((120, 24)).columns))


def format_rule_table(
    rules: Sequence[Rule], heading: str, regimes: Mapping[str, Regime] | None = None
) -> str:
    """Return the rules grouped by regime: id, severity, in force since, checks, title.

    A rule with UNCONFIRMED values is marked ``?``; ``taught`` means no check audits it.
    """
    width = _width()
    id_w = max([len(r.id) for r in rules] + [2])
    title_w = max(24, width - id_w - 38)
    lines = [heading, ""]
    head = f"  {'ID':<{id_w}}  {'SEVERITY':<8}  {'SINCE':<10}  {'CHECKS':<8}  TITLE"
    by_regime: dict[str, list[Rule]] = {}
    for r in rules:
        by_regime.setdefault(r.regime, []).append(r)
    for regime_id, group in sorted(by_regime.items()):
        name = regimes[regime_id].name if regimes and regime_id in regimes else regime_id
        lines += [
            textwrap.shorten(f"{regime_id} — {name} ({len(group)})", width, placeholder="…"),
            head,
        ]
        for r in group:
            checks = ",".join(r.checks) or "taught"
            checks = checks if len(checks) <= 8 else checks[:7] + "…"
            mark = "?" if r.unconfirmed_parameters else " "
            title = textwrap.shorten(r.title, title_w, placeholder="…")
            lines.append(
                f"{mark} {r.id:<{id_w}}  {r.severity.value:<8}  {r.effective_from!s:<10}  "
                f"{checks:<8}  {title}"
            )
        lines.append("")
    audited = sum(1 for r in rules if r.checks)
    unconfirmed = sum(1 for r in rules if r.unconfirmed_parameters)
    lines += [
        f"{len(rules)} rules in {len(by_regime)} regimes: {audited} audited by the kit's checks, "
        f"{len(rules) - audited} taught only; {unconfirmed} marked ? hold UNCONFIRMED values "
        "('privacykit rules show ID' says which).",
        NOT_LEGAL_ADVICE,
    ]
    return "\n".join(lines)


def format_value(p: Parameter) -> str:
    if p.is_table:
        return f"table of {len(p.rows())} rows (key: {p.key})"
    value = plain(p.value)
    text = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
    unit = (
        ""
        if p.unit.value in ("boolean", "text", "keywords", "states", "time_of_day", "date")
        else f" {p.unit.value}"
    )
    extra = [
        x
        for x in (
            p.boundary and p.boundary.value,
            p.calendar and p.calendar.value,
            p.as_of and f"as of {p.as_of}",
        )
        if x
    ]
    return f"{text}{unit}" + (f" ({'; '.join(extra)})" if extra else "")


def format_rule(versions: Sequence[Rule], on: dt.date | None) -> str:
    """Return everything about one rule: each version, its parameters and sources."""
    wrap = textwrap.TextWrapper(width=_width() - 4, initial_indent="  ", subsequent_indent="  ")
    latest = versions[-1]
    lines = [
        f"{latest.id} — {latest.title}",
        f"regime {latest.regime} · severity {latest.severity.value}"
        f" · jurisdictions {', '.join(latest.jurisdictions)} · industries "
        f"{', '.join(i.value for i in latest.industries)} · channels "
        f"{', '.join(c.value for c in latest.channels)}",
        "",
    ]
    for v in versions:
        current = f" (in force on {on})" if on and v.in_force(on) else ""
        dates_mark = CONFIDENCE_MARK[v.date_confidence].replace("]", " dates]")
        lines.append(
            f"Version {v.effective_from} .. {v.effective_to or 'open'}{current}{dates_mark}"
        )
        lines += [wrap.fill("Summary: " + v.summary), wrap.fill("Must do: " + v.must_do)]
        if v.jurisdiction_from:
            starts = ", ".join(f"{j} {d}" for j, d in sorted(v.jurisdiction_from.items()))
            lines.append(wrap.fill("In force by jurisdiction from: " + starts))
        for name, p in v.parameters.items():
            lines.append(f"  {name} = {format_value(p)}{CONFIDENCE_MARK[p.confidence]}")
            if p.note:
                lines.append(
                    textwrap.fill(
                        p.note,
                        _width() - 8,
                        initial_indent="      note: ",
                        subsequent_indent="      ",
                    )
                )
            if p.is_table:
                lines += _table_lines(p)
        lines.append("  Sources:")
        lines += [f"    {c.ref} — {c.url}" for c in v.citations]
        lines += [f"      (secondary: {s})" for c in v.citations for s in c.secondary]
        lines.append(
            f"  Audited by: {', '.join(v.checks) or 'not checked by the kit (taught only)'}"
        )
        if v.notes:
            lines.append(wrap.fill("Notes: " + v.notes))
        lines += [f"  Last reviewed {v.last_reviewed}; file {v.source_file}", ""]
    lines.append(NOT_LEGAL_ADVICE)
    return "\n".join(lines)


def _table_lines(p: Parameter) -> list[str]:
    cols = [c.name for c in p.columns]
    rows = [[_cell(r.get(c)) for c in cols] + [_conf(r)] for r in p.rows()]
    widths = [
        max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate([*cols, "confidence"])
    ]
    out = [
        "    " + "  ".join(h.ljust(w) for h, w in zip([*cols, "confidence"], widths, strict=True))
    ]
    out += [
        "    " + "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in rows
    ]
    out += [f"      {r[p.key or '']}: {r['note']}" for r in p.rows() if r.get("note")]
    return out


def _cell(v: object) -> str:
    return "-" if v is None else str(plain(v))


def _conf(row: object) -> str:
    conf = row.get("confidence") if isinstance(row, dict) else None
    return conf.value if isinstance(conf, Confidence) else ""


def format_company(settings: AuditConfig, rules: Iterable[Rule], on: dt.date) -> str:
    """Return the company profile and how its overrides and waivers change the rules on ``on``."""
    prof = settings.profile
    lines = [
        f"Company: {prof.name} (time zone {prof.timezone})",
        f"  industries: {', '.join(i.value for i in prof.industries)}",
        f"  jurisdictions: {', '.join(prof.jurisdictions)}",
        f"  channels: {', '.join(c.value for c in prof.channels)}",
    ]
    by_id = {r.id: r for r in rules}
    changes = []
    for o in settings.policy.overrides:
        rule = by_id.get(o.rule_id)
        if rule is None or o.parameter not in rule.parameters:
            continue
        res = settings.policy.resolve(rule, o.parameter, on)
        cell = f"[{o.row}].{o.column}" if o.row else ""
        if res.source is Source.LAW:
            changes.append(
                f"  {o.rule_id}.{o.parameter}{cell}: override not applied on {on} "
                "(waiver expired or not yet approved, or the unit differs)"
            )
        else:
            label = (
                "stricter than the law"
                if res.source is Source.OVERRIDE
                else (
                    f"LOOSER than the law under waiver by "
                    f"{res.waiver.owner if res.waiver else '?'} "
                    f"until {res.waiver.expires_on if res.waiver else '?'}"
                )
            )
            changes.append(f"  {o.rule_id}.{o.parameter}{cell} = {plain(o.value)} ({label})")
    for w in settings.policy.waivers:
        state = "active" if w.is_active(on) else "NOT active (expired or not yet approved)"
        scope = f" for {w.scope}" if w.scope else ""
        changes.append(
            f"  waiver of {w.rule_id}{scope}: {state} on {on}; owner {w.owner}; "
            f"expires {w.expires_on}; reason: {w.reason}"
        )
    if changes:
        lines += ["", "Company policy on that date:", *changes]
    return "\n".join(lines)


def format_rulebook_header(rulebook: Rulebook) -> str:
    regimes = rulebook.by_regime()
    counts = ", ".join(f"{k} {len(v)}" for k, v in sorted(regimes.items()))
    return (
        f"Rulebook {rulebook.version}: {len(rulebook)} rules in {len(regimes)} regimes ({counts})"
    )


AUDIT_STATUSES = (
    ("violation", "violations"),
    ("warning", "warnings"),
    ("not evaluated", "not evaluated"),
    ("not applicable", "not applicable"),
    ("not checked by the kit", "not checked by the kit"),
    ("error", "errors"),
    ("pass", "passed"),
)


def format_audit_summary(outcome: Outcome) -> str:
    """Return what ``privacykit audit`` prints after a run: counts, and where the files are."""
    c = outcome.counts
    rules = ", ".join(f"{c.get(f'rules {s}', 0)} {label}" for s, label in AUDIT_STATUSES)
    run = outcome.run_dir
    lines = [
        f"Rules: {rules}.",
        f"Evidence rows: {c.get('violation rows', 0):,} violations, "
        f"{c.get('warning rows', 0):,} warnings, {c.get('waived rows', 0):,} waived; "
        f"{c.get('quarantined rows', 0):,} input rows quarantined.",
    ]
    if run is not None:
        lines += [
            f"Report:      {run / 'report.html'}",
            f"Remediation: {run / 'remediation'}/ (raw identifiers: keep them confidential)",
            f"Run folder:  {run} (also {run.parent.parent / 'latest'})",
        ]
    verdict = {0: "no violation at or above the configured severity", 1: "violations found",
               3: "a check ended in error: its rules were not judged"}  # fmt: skip
    lines.append(f"Exit {outcome.exit_code}: {verdict.get(outcome.exit_code, '')}. "
                 + NOT_LEGAL_ADVICE)  # fmt: skip
    return "\n".join(lines)


def format_audit_failure(outcome: Outcome) -> str:
    """Return the message of a failed audit: the error, and where its notebook was kept."""
    lines = [f"privacykit: the audit failed: {outcome.message}"]
    if outcome.kept_notebook is not None:
        lines.append(f"The executed notebook is kept at {outcome.kept_notebook}")
    if outcome.kept_notebook is not None:
        latest = outcome.kept_notebook.parents[2] / "latest"
        if latest.exists():
            lines.append(f"The last good run ({latest}) is unchanged.")
    return "\n".join(lines)
