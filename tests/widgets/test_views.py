"""The lesson widgets without a kernel: built, clicked and read in this process.

ipywidgets objects work without a front end: ``Button.click()`` runs the handlers and a
control's ``value`` change fires its observers, so each view's wiring is exercised here; the
same views in JupyterLab and Chromium are ``test_browser.py``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import ipywidgets as w
import pytest

from privacykit.errors import UnknownRuleError
from privacykit.training import records
from privacykit.training.quiz import load_quiz
from privacykit.widgets import quiz, render, rule_explorer, send_checker, time_calculator
from privacykit.widgets.views import rule_cards_html


def walk(widget: w.Widget) -> Iterator[w.Widget]:
    yield widget
    for child in getattr(widget, "children", ()):
        yield from walk(child)


def find(widget: w.Widget, css: str) -> w.Widget:
    found = [x for x in walk(widget) if css in getattr(x, "_dom_classes", ())]
    assert len(found) == 1, css
    return found[0]


@pytest.fixture(autouse=True)
def _records(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "learner.csv"
    monkeypatch.setenv(records.RECORDS_ENV, str(path))
    monkeypatch.setenv(records.LEARNER_ENV, "Test Learner")
    return path


def test_rule_cards_show_the_record_and_link_its_sources() -> None:
    html = rule_cards_html(["STATE-CALL-HOURS", "TCPA-CALL-HOURS"])
    assert html.count("class='pk-card'") == 2
    assert "STATE-CALL-HOURS" in html and "What to do:" in html
    assert 'href="https://www.ecfr.gov/' in html and "UNCONFIRMED" in html  # dates unconfirmed
    with pytest.raises(UnknownRuleError, match="TCPA-CALL-HOURS"):
        rule_cards_html(["TCPA-CALL-HOUR"])


def test_markup_escapes_every_value_and_links_only_web_addresses() -> None:
    assert render.link("javascript:alert(1)", "<b>x</b>") == "&lt;b&gt;x&lt;/b&gt;"
    assert 'href="https://a.example/?q=&quot;x&quot;"' in render.link(
        'https://a.example/?q="x"', "t"
    )


def test_the_quiz_grades_explains_and_records(_records: Path) -> None:
    view = quiz("phone-and-sms")
    q = load_quiz("phone-and-sms")
    questions = [x for x in walk(view) if "pk-question" in getattr(x, "_dom_classes", ())]
    assert len(questions) == len(q.questions) >= 5
    choices, button, feedback = questions[0].children[1:4]
    button.click()
    assert "Choose an answer first" in feedback.value and not _records.exists()
    choices.index = q.questions[0].answer
    button.click()
    assert "Right." in feedback.value and q.questions[0].rule in feedback.value
    wrong = (q.questions[1].answer + 1) % len(q.questions[1].choices)
    questions[1].children[1].index = wrong
    questions[1].children[2].click()
    assert "Not quite." in questions[1].children[3].value
    rows = records.read_records(_records)
    assert [(r.learner, r.question, r.score) for r in rows] == [
        ("Test Learner", q.questions[0].id, 1),
        ("Test Learner", q.questions[1].id, 0),
    ]
    assert rows[0].content_version.startswith("phone-and-sms@")
    assert rows[0].refresher_due.year == dt.date.today().year + 1
    assert "Score: 1 / " in view.children[-1].value


def test_the_quiz_will_not_record_without_a_name(_records: Path) -> None:
    view = quiz("email")
    find(view, "pk-quiz-name").value = "   "
    first = next(x for x in walk(view) if "pk-question" in getattr(x, "_dom_classes", ()))
    first.children[1].index = 0
    first.children[2].click()
    assert "Not recorded: type your name" in first.children[3].value
    assert not _records.exists()


def test_the_explorer_adds_hipaa_when_health_is_chosen() -> None:
    view = rule_explorer(industry="retail", channel="email", place="US-CA", on=dt.date(2026, 9, 15))
    result = find(view, "pk-explorer-result")
    assert "CCPA-PRIVACY-POLICY" in result.value
    assert "HIPAA-MARKETING-AUTHORIZATION" not in result.value
    find(view, "pk-explorer-industry").value = "health"
    assert "HIPAA-MARKETING-AUTHORIZATION" in result.value


def test_the_checker_blocks_a_florida_text_at_2030_and_not_at_1930() -> None:
    view = send_checker(channel="sms", place="US-FL", local_time="2026-09-15 20:30")
    find(view, "pk-checker-consent").value = "express_written"
    date_pickers = [x for x in walk(view) if isinstance(x, w.DatePicker)]
    date_pickers[0].value = dt.date(2026, 1, 5)  # consent given on
    result = find(view, "pk-checker-result")
    find(view, "pk-checker-check").click()
    assert "Blocked" in result.value and "STATE-CALL-HOURS" in result.value
    find(view, "pk-checker-time").value = "2026-09-15 19:30"
    find(view, "pk-checker-check").click()
    assert "No rule the kit checks blocks this." in result.value
    assert "not evaluated from these inputs" in result.value and "not legal advice" in result.value
    find(view, "pk-checker-time").value = "tomorrow"
    find(view, "pk-checker-check").click()
    assert "write it as YYYY-MM-DD HH:MM" in result.value


def test_the_checker_offers_the_zones_of_the_place() -> None:
    view = send_checker(place="US-FL")
    zone = find(view, "pk-checker-zone")
    assert set(zone.options) == {"America/New_York", "America/Chicago"}
    find(view, "pk-checker-place").value = "US-AZ"
    assert zone.value == "America/Phoenix"


def test_the_calculator_answers_as_inputs_change() -> None:
    tab = time_calculator()
    local, days = tab.children
    out = local.children[-1]
    assert "OUTSIDE" not in out.value and "20:30" in out.value  # New York to Miami: same hour
    local.children[0].value = "2026-09-15 21:00"
    assert "exactly at the end of" in out.value and "review" in out.value
    local.children[0].value = "2026-09-15 21:30"
    assert "OUTSIDE" in out.value
    local.children[0].value = "soon"
    assert "Invalid isoformat" in out.value or "soon" in out.value
    days.children[0].value = dt.date(2026, 9, 1)
    assert "2026-09-16" in days.children[-1].value
