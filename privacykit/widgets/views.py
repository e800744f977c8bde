"""Lesson views: rule cards, the rule explorer, the time calculator, the sample audit.

Each view calls a pure function of :mod:`privacykit.training` and only displays its result.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from collections.abc import Sequence
from html import escape

import ipywidgets as w
from IPython.display import HTML, display

from privacykit.rulebook import Rulebook, load_rulebook
from privacykit.training import calculator, explorer
from privacykit.training.lab import ROOT
from privacykit.training.scenario import default_zone, place_zones
from privacykit.widgets import render

COMPANY_ZONE = "America/New_York"


@functools.lru_cache(maxsize=1)
def rulebook() -> Rulebook:
    """The rulebook the lessons read (loaded once per kernel)."""
    return load_rulebook()


def rule_cards_html(ids: Sequence[str], on: dt.date | None = None) -> str:
    """Return the cards of ``ids`` (the version in force ``on``, default the latest)."""
    book = rulebook()
    cards = []
    for rule_id in ids:
        rule = book.get(rule_id, on)
        later = [r for r in book.versions(rule_id) if r.effective_from > rule.effective_from]
        cards.append(render.rule_card(rule, later))
    return render.STYLE + "".join(cards)


def show_rules(ids: Sequence[str], on: dt.date | None = None) -> None:
    """Show the rule cards of ``ids``: title, summary, what to do, citations with links.

    Raises:
        UnknownRuleError: an id the rulebook does not hold (close matches are suggested).
    """
    display(HTML(rule_cards_html(ids, on)))


def rule_explorer(
    industry: str = "retail", channel: str = "email", place: str = "US", on: dt.date | None = None
) -> w.VBox:
    """Dropdowns for industry, channel, place and a date; below them, the rules that apply."""
    ind = _dropdown("Industry", explorer.INDUSTRIES, industry, "pk-explorer-industry")
    chan = _dropdown("Channel", explorer.CHANNELS, channel, "pk-explorer-channel")
    where = _dropdown("Place", explorer.places(), place, "pk-explorer-place")
    day = w.DatePicker(description="Date", value=on or dt.date.today())
    day.add_class("pk-explorer-date")
    out = w.HTML()
    out.add_class("pk-explorer-result")

    def refresh(_: object = None) -> None:
        when = day.value or dt.date.today()
        rules = explorer.explore(rulebook(), ind.value, chan.value, where.value, when)
        out.value = render.rules_table(rules, when)

    for control in (ind, chan, where, day):
        control.observe(refresh, names="value")
    refresh()
    box = w.VBox([w.HBox([ind, chan]), w.HBox([where, day]), out])
    box.add_class("pk-explorer")
    return box


def time_calculator(sender_zone: str = COMPANY_ZONE) -> w.Tab:
    """Two calculators: the recipient's local time, and business-day deadlines."""
    when = w.Text(
        description="Sender time", value="2026-09-15 20:30", placeholder="YYYY-MM-DD HH:MM"
    )
    zone = w.Text(description="Sender zone", value=sender_zone)
    place = _dropdown(
        "Recipient", [p for p in explorer.places() if place_zones(p)], "US-FL", "pk-calc-place"
    )
    rzone = w.Dropdown(
        description="Zone", options=place_zones("US-FL"), value=default_zone("US-FL")
    )
    local_out = w.HTML()

    def on_place(_: object = None) -> None:
        rzone.options = place_zones(place.value)
        rzone.value = default_zone(place.value)

    def local(_: object = None) -> None:
        try:
            sent = dt.datetime.fromisoformat(when.value.strip())
            t = calculator.recipient_time(sent, zone.value.strip(), str(rzone.value))
            local_out.value = render.local_time_html(t, zone.value.strip())
        except ValueError as exc:
            local_out.value = _error(exc)

    place.observe(on_place, names="value")
    for control in (when, zone, rzone):
        control.observe(local, names="value")
    local()
    received = w.DatePicker(description="Received", value=dt.date(2026, 11, 20))
    days = w.BoundedIntText(description="Business days", value=10, min=0, max=400)
    cal = w.Dropdown(description="Calendar", options=["US-federal", "CA-federal", "CA-QC"])
    due_out = w.HTML()

    def due(_: object = None) -> None:
        try:
            d = calculator.deadline(
                received.value or dt.date.today(), int(days.value), str(cal.value)
            )
            due_out.value = render.deadline_html(d)
        except ValueError as exc:
            due_out.value = _error(exc)

    for control in (received, days, cal):
        control.observe(due, names="value")
    due()
    tab = w.Tab(
        children=[
            w.VBox([when, zone, place, rzone, local_out]),
            w.VBox([received, days, cal, due_out]),
        ]
    )
    tab.set_title(0, "Local time")
    tab.set_title(1, "Business days")
    tab.add_class("pk-calculator")
    return tab


def run_sample_audit(customers: int = 300, checks: str = "") -> None:
    """Write the sample company, run its audit (papermill, nbconvert) and show the summary."""
    from privacykit.console import format_audit_summary
    from privacykit.training.audit import sample_audit

    outcome, _ = sample_audit(customers, checks)
    text = format_audit_summary(outcome) if outcome.run_dir else outcome.message
    report = outcome.run_dir / "report.html" if outcome.run_dir else None
    where = ""
    if report is not None:
        where = f"<p>The report: <code>{escape(str(report))}</code>"
        try:  # inside JupyterLab's root (the kit's folder): a link Lab opens in a new tab
            rel = os.path.relpath(report, ROOT / "notebooks")
            where += f' — <a href="{escape(rel)}" target="_blank">open report.html</a>'
        except ValueError:
            pass
        where += ". Open it in your web browser to read it as a reviewer would.</p>"
    display(HTML(f"{render.STYLE}<pre>{escape(text)}</pre>{where}"))


def _dropdown(label: str, options: Sequence[str], value: str, css: str) -> w.Dropdown:
    if value not in options:
        raise ValueError(f"{label.lower()} {value!r} is not one of {', '.join(options)}")
    d = w.Dropdown(description=label, options=list(options), value=value)
    d.add_class(css)
    return d


def _error(exc: Exception) -> str:
    return f"{render.STYLE}<div class='pk-answer pk-review'>{escape(str(exc))}</div>"
