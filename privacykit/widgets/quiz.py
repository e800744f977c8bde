"""The quiz view: one question at a time, immediate feedback, each answer in the learner record."""

from __future__ import annotations

import datetime as dt
from html import escape

import ipywidgets as w

from privacykit.training import quiz as quizzes
from privacykit.training import records
from privacykit.widgets import render
from privacykit.widgets.views import rulebook


def content_version(q: quizzes.Quiz) -> str:
    """The version recorded with each answer: the quiz's and the rulebook's."""
    return f"{q.lesson}@{q.version}+rulebook-{rulebook().version}"


def quiz(lesson: str) -> w.VBox:
    """Show the lesson's quiz; each checked answer is graded and written to the learner record."""
    q = quizzes.load_quiz(lesson, rulebook())
    name = w.Text(description="Your name", value=records.learner_name())
    name.add_class("pk-quiz-name")
    score = w.HTML()
    results: dict[str, int] = {}

    def show_score() -> None:
        score.value = (
            f"<b>Score: {sum(results.values())} / {len(q.questions)}</b> "
            f"({len(results)} answered). Saved in "
            f"<code>{escape(str(records.records_path()))}</code>."
        )

    boxes = [
        _question(q, n, question, name, results, show_score)
        for n, question in enumerate(q.questions, 1)
    ]
    show_score()
    head = w.HTML(f"{render.STYLE}<h3>Quiz: {escape(q.title)}</h3>")
    box = w.VBox([head, name, *boxes, score])
    box.add_class("pk-quiz")
    return box


def _question(
    q: quizzes.Quiz,
    n: int,
    question: quizzes.Question,
    name: w.Text,
    results: dict[str, int],
    show_score: object,
) -> w.VBox:
    label = "Scenario" if question.kind == "scenario" else "Question"
    prompt = w.HTML(f"<p><b>{label} {n}.</b> {escape(question.prompt)}</p>")
    choices = w.RadioButtons(options=list(question.choices), value=None, layout={"width": "95%"})
    button = w.Button(description="Check answer", button_style="primary")
    feedback = w.HTML()

    def check(_: object) -> None:
        if choices.index is None:
            feedback.value = "<i>Choose an answer first.</i>"
            return
        verdict = quizzes.grade(question, choices.index)
        try:
            row = records.attempt(
                name.value,
                q.lesson,
                question.id,
                verdict.score,
                content_version(q),
                dt.date.today(),
            )
            path = records.record(row)
            saved = f"Recorded for {row.learner} in {path}; refresher due {row.refresher_due}."
        except (OSError, ValueError) as exc:
            saved = f"Not recorded: {exc}"
        if question.id not in results:  # the first answer is the score; the feedback stays
            results[question.id] = verdict.score
        choices.disabled = button.disabled = True
        rule = rulebook().find(question.rule) if question.rule in rulebook() else None
        feedback.value = render.feedback_html(verdict, rule, saved)
        show_score()  # type: ignore[operator]

    button.on_click(check)
    box = w.VBox([prompt, choices, button, feedback])
    box.add_class("pk-question")
    return box
