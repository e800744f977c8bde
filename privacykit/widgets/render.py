"""HTML for the lessons' views: rule cards, the explorer's table, answers and feedback.

Every value is escaped; a link is written only for an http(s) address. Nothing here imports
ipywidgets, so the markup is tested without a kernel.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from html import escape

from privacykit.rulebook import Confidence, Rule
from privacykit.training.calculator import Deadline, LocalTime
from privacykit.training.quiz import Feedback
from privacykit.training.scenario import NOT_LEGAL_ADVICE
from privacykit.training.sendcheck import Answer

STYLE = """<style>
.pk-card{border:1px solid #c9d3dd;border-left:5px solid #2f6f9f;border-radius:6px;padding:10px 14px;
margin:8px 0;background:#fbfcfd;font-size:14px;line-height:1.45;color:#1d2731}
.pk-card h4{margin:0 0 4px 0;font-size:15px}.pk-id{font-family:monospace;color:#2f6f9f}
.pk-meta{color:#56636f;font-size:12.5px}.pk-unconfirmed{background:#fff1cc;color:#6b4e00;
padding:1px 6px;border-radius:4px;font-weight:600;font-size:12px}
.pk-answer{border-radius:6px;padding:10px 14px;margin:6px 0;font-size:14px}
.pk-blocked{background:#fde8e8;border:1px solid #d9534f}
.pk-review{background:#fff5dc;border:1px solid #d4a017}
.pk-clear{background:#eaf4ea;border:1px solid #5b9b5b}.pk-small{font-size:12.5px;color:#444}
table.pk-rules{border-collapse:collapse;font-size:13px}table.pk-rules td,table.pk-rules th{
border-bottom:1px solid #dde3e8;padding:4px 8px;text-align:left;vertical-align:top}
.pk-question .widget-radio-box{width:100%}.pk-question .widget-radio-box label{
white-space:normal;height:auto;line-height:1.35;margin-bottom:5px;display:flex;
align-items:flex-start;gap:6px;flex-direction:row-reverse;justify-content:flex-end}
.pk-question .widget-radio-box input{margin-top:3px;flex:none}
</style>"""


def link(url: str, text: str) -> str:
    """Return an escaped link, or the escaped text alone when ``url`` is not http(s)."""
    if url.startswith(("https://", "http://")):
        return (
            f'<a href="{escape(url)}" target="_blank" rel="noopener noreferrer">{escape(text)}</a>'
        )
    return escape(text)


def is_unconfirmed(rule: Rule) -> bool:
    """True when the rule's dates or any of its parameters are marked unconfirmed."""
    return rule.date_confidence is Confidence.UNCONFIRMED or any(
        p.confidence is Confidence.UNCONFIRMED for p in rule.parameters.values()
    )


def rule_card(rule: Rule, later: Sequence[Rule] = ()) -> str:
    """Return one rule's card: id, title, summary, what to do, citations, dates, confidence."""
    until = f" until {rule.effective_to}" if rule.effective_to else ""
    flag = ' <span class="pk-unconfirmed">UNCONFIRMED</span>' if is_unconfirmed(rule) else ""
    cites = "<br>".join(
        link(c.url, c.ref) + (f" — {escape(c.title)}" if c.title else "") for c in rule.citations
    )
    changes = "".join(
        f"<div class='pk-meta'>Changes on {escape(str(r.effective_from))}: {escape(r.title)}</div>"
        for r in later
    )
    return (
        f"<div class='pk-card' data-rule='{escape(rule.id)}'>"
        f"<h4><span class='pk-id'>{escape(rule.id)}</span> — {escape(rule.title)}{flag}</h4>"
        f"<div>{escape(rule.summary)}</div>"
        f"<div><b>What to do:</b> {escape(rule.must_do)}</div>"
        f"<div class='pk-meta'>Source: {cites}</div>"
        f"<div class='pk-meta'>In force from {escape(str(rule.effective_from))}{escape(until)}"
        f" · {escape(', '.join(rule.jurisdictions))} · severity {escape(rule.severity.value)}"
        f" · dates {escape(rule.date_confidence.value)} · last reviewed "
        f"{escape(str(rule.last_reviewed))} · full record: <code>privacykit rules show "
        f"{escape(rule.id)}</code></div>{changes}</div>"
    )


def rules_table(rules: Iterable[Rule], on: dt.date) -> str:
    """Return the explorer's table: one row per rule with its citation link."""
    rows = [
        "<tr>"
        f"<td class='pk-id'>{escape(r.id)}</td><td>{escape(r.title)}"
        f"{' <span class=pk-unconfirmed>UNCONFIRMED</span>' if is_unconfirmed(r) else ''}</td>"
        f"<td>{link(r.citations[0].url, r.citations[0].ref) if r.citations else ''}</td>"
        f"<td>{escape(', '.join(r.jurisdictions_on(on)))}</td></tr>"
        for r in rules
    ]
    if not rows:
        return f"{STYLE}<p>No rule in the rulebook matches these choices on {on}.</p>"
    return (
        f"{STYLE}<p><b>{len(rows)} rules</b> apply on {escape(str(on))}. "
        f"{escape(NOT_LEGAL_ADVICE)}</p>"
        "<div style='max-height:460px;overflow:auto'><table class='pk-rules'><tr><th>Rule</th>"
        f"<th>Title</th><th>Source</th><th>Where</th></tr>{''.join(rows)}</table></div>"
    )


def answer_html(answer: Answer) -> str:
    """Return the checker's answer: blocking rules with reasons and citations, then the rest."""
    kind = "pk-blocked" if answer.blocked else "pk-review" if answer.blocks else "pk-clear"
    if answer.blocked:
        head = "Blocked: a rule the kit checks is broken."
    elif answer.blocks:
        head = "Needs a person's review: a rule may be broken under one reading."
    else:
        head = "No rule the kit checks blocks this."
    items = "".join(
        f"<li><b>{escape(b.status.upper())}</b> <span class='pk-id'>{escape(b.rule_id)}</span> — "
        f"{escape(b.title)}<br>{escape(b.reason)}"
        f"{'<br><span class=pk-small>' + escape(b.detail) + '</span>' if b.detail else ''}"
        f"<br><span class='pk-small'>{link(b.url, b.citation)}</span></li>"
        for b in answer.blocks
    )
    n = len(answer.not_evaluated)
    missing = "".join(
        f"<li><span class='pk-id'>{escape(r)}</span>: needs "
        f"{escape(', '.join(m) or 'more data')}</li>"
        for r, m in sorted(answer.not_evaluated.items())
    )
    local = f"{answer.scenario.local_time:%Y-%m-%d %H:%M} {answer.zone}"
    utc = f"{answer.sent_at_utc:%Y-%m-%d %H:%M}"
    count = f"{n} {'rule is' if n == 1 else 'rules are'} not evaluated from these inputs"
    return (
        f"{STYLE}<div class='pk-answer {kind}'><b>{escape(head)}</b>"
        f"<div class='pk-small'>Sent {escape(local)} = {escape(utc)} UTC</div>"
        f"{'<ul>' + items + '</ul>' if items else ''}"
        f"<div class='pk-count'>{escape(count)}"
        f"{'<ul class=pk-small>' + missing + '</ul>' if missing else '.'}</div>"
        f"{_errors(answer)}{_minors(answer)}"
        f"<div class='pk-small'>Passed: {escape(', '.join(answer.passed) or 'none')}.</div>"
        "<div class='pk-small'>Rules of this channel and place that these checks do not judge "
        f"(read them in the rule explorer): {escape(', '.join(answer.not_checked) or 'none')}."
        "</div>"
        f"<div class='pk-small'><i>{escape(NOT_LEGAL_ADVICE)}</i></div></div>"
    )


def _errors(answer: Answer) -> str:
    if not answer.errors:
        return ""
    items = "".join(
        f"<li><span class='pk-id'>{escape(r)}</span>: {escape(e)}</li>"
        for r, e in answer.errors.items()
    )
    return (
        "<div class='pk-count'>Could not be judged: a check of the kit failed (please report "
        f"it):<ul class='pk-small'>{items}</ul></div>"
    )


def _minors(answer: Answer) -> str:
    if not answer.minors:
        return ""
    return (
        f"<div class='pk-count'>The recipient is {escape(str(answer.scenario.age))}: rules on "
        "minors that may reach them, which no check judges for one message (read them in the "
        f"rule explorer): {escape(', '.join(answer.minors))}.</div>"
    )


def feedback_html(feedback: Feedback, rule: Rule | None, saved: str) -> str:
    """Return a quiz answer's feedback: right or not, the right choice, why, and the rule."""
    kind, head = ("pk-clear", "Right.") if feedback.correct else ("pk-blocked", "Not quite.")
    about = (
        f" Rule: <span class='pk-id'>{escape(rule.id)}</span> — "
        f"{link(rule.citations[0].url, rule.title) if rule.citations else escape(rule.title)}."
        if rule is not None
        else ""
    )
    right = "" if feedback.correct else f" The answer: <i>{escape(feedback.right)}</i>."
    return (
        f"{STYLE}<div class='pk-answer {kind}'><b>{head}</b>{right} {escape(feedback.explain)}"
        f"{about}<div class='pk-small'>{escape(saved)}</div></div>"
    )


def local_time_html(t: LocalTime, sender_zone: str) -> str:
    """Return the calculator's local-time line."""
    if t.at_window_end:
        inside, kind = "exactly at the end of", "pk-review"
    elif t.in_federal_window:
        inside, kind = "inside", "pk-clear"
    else:
        inside, kind = "OUTSIDE", "pk-blocked"
    review = (
        " 'After 9 p.m.' may allow a call at 9 p.m. sharp; the audit asks a person to review it."
        if t.at_window_end
        else ""
    )
    return (
        f"{STYLE}<div class='pk-answer {kind}'>"
        f"At the recipient ({escape(t.zone)}) it is "
        f"<b>{escape(f'{t.local:%A %Y-%m-%d %H:%M}')}</b> "
        f"({escape(f'{t.utc:%Y-%m-%d %H:%M}')} UTC): {inside} the federal 8 a.m.–9 p.m. window. "
        f"{review} A state's window may be narrower: see STATE-CALL-HOURS."
        f"<div class='pk-small'>Sender's zone: {escape(sender_zone)}</div></div>"
    )


def deadline_html(d: Deadline) -> str:
    """Return the calculator's business-day deadline, with the holidays skipped."""
    skipped = ", ".join(f"{day} {name}" for day, name in d.holidays) or "none"
    unsure = ""
    if d.uncertain:
        names = ", ".join(f"{day} {name}" for day, name in d.uncertain)
        unsure = (
            f"<div class='pk-small'>Holidays the law may not count: {escape(names)}. If they are "
            f"skipped, the deadline is {escape(str(d.lenient_due))}; plan for the earlier "
            "date.</div>"
        )
    return (
        f"{STYLE}<div class='pk-answer pk-clear'>Business day {d.days} after "
        f"{escape(f'{d.received:%A %Y-%m-%d}')} ({escape(d.calendar)} calendar) is "
        f"<b>{escape(f'{d.due:%A %Y-%m-%d}')}</b>: act by the end of that day."
        f"<div class='pk-small'>Holidays skipped: {escape(skipped)}.</div>{unsure}</div>"
    )
