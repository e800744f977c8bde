"""Lesson quizzes: questions as data (one YAML file per lesson), graded by a pure function.

A quiz file lives in ``privacykit/training/quizzes/<lesson id>.yaml``::

    lesson: phone-and-sms
    title: Phone and SMS
    version: 1
    questions:
      - id: calling-hours-florida
        kind: scenario            # or 'choice'
        prompt: A text to a Miami customer at 8:30 p.m. Miami time ...?
        choices: ["Yes ...", "No ..."]
        answer: 1                 # 0-based index of the right choice
        explain: Florida ends the calling day at 8 p.m. ...
        rule: STATE-CALL-HOURS    # the rule the question teaches

Every problem in a file is reported at once (:class:`ContentError`), naming the file, the
question and the field.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from privacykit.errors import ContentError, Problem
from privacykit.rulebook import Rulebook

KINDS = ("choice", "scenario")
MIN_QUESTIONS = 5


@dataclass(frozen=True)
class Question:
    """One multiple-choice question with the explanation shown after an answer."""

    id: str
    kind: str
    prompt: str
    choices: tuple[str, ...]
    answer: int
    explain: str
    rule: str


@dataclass(frozen=True)
class Quiz:
    """A lesson's questions and the version of its content."""

    lesson: str
    title: str
    version: int
    questions: tuple[Question, ...]

    def question(self, question_id: str) -> Question:
        for q in self.questions:
            if q.id == question_id:
                return q
        raise KeyError(f"quiz {self.lesson} has no question {question_id!r}")


@dataclass(frozen=True)
class Feedback:
    """The verdict on one answer: right or not, the right choice, why, and the rule."""

    correct: bool
    chosen: int
    right: str
    explain: str
    rule: str

    @property
    def score(self) -> int:
        return 1 if self.correct else 0


def quiz_folder() -> Path:
    """Return the folder holding the lessons' quiz files."""
    return Path(str(resources.files("privacykit.training") / "quizzes"))


def quiz_ids() -> tuple[str, ...]:
    """Return the lesson id of every quiz file, sorted."""
    return tuple(sorted(p.stem for p in quiz_folder().glob("*.yaml")))


def load_quiz(lesson: str, rulebook: Rulebook | None = None) -> Quiz:
    """Read and validate ``quizzes/<lesson>.yaml``; rule ids are checked against ``rulebook``.

    Raises:
        FileNotFoundError: no quiz file for ``lesson`` (the known ones are listed).
        ContentError: every problem in the file, each naming the question and the field.
    """
    path = quiz_folder() / f"{lesson}.yaml"
    if not path.is_file():
        known = ", ".join(quiz_ids()) or "none"
        raise FileNotFoundError(f"no quiz for lesson {lesson!r} (quizzes: {known})")
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return parse_quiz(raw, f"quizzes/{path.name}", rulebook)


def parse_quiz(raw: Any, where: str, rulebook: Rulebook | None = None) -> Quiz:
    """Validate a quiz read from YAML; see :func:`load_quiz`."""
    problems: list[Problem] = []
    if not isinstance(raw, dict):
        raise ContentError(
            [Problem("a quiz file is a mapping with lesson, title, version, questions", where)]
        )
    for key in ("lesson", "title"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            problems.append(Problem("missing or empty", where, field=key))
    version = raw.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        problems.append(
            Problem(f"must be a whole number from 1, got {version!r}", where, field="version")
        )
    items = raw.get("questions")
    if not isinstance(items, list) or len(items) < MIN_QUESTIONS:
        n = len(items) if isinstance(items, list) else 0
        problems.append(
            Problem(
                f"a quiz needs at least {MIN_QUESTIONS} questions, found {n}",
                where,
                field="questions",
            )
        )
        items = items if isinstance(items, list) else []
    questions = []
    seen: set[str] = set()
    for n, item in enumerate(items, 1):
        q = _question(item, f"{where} question {n}", problems, rulebook)
        if q is None:
            continue
        if q.id in seen:
            problems.append(Problem(f"question id {q.id!r} is used twice", where, field="id"))
        seen.add(q.id)
        questions.append(q)
    if problems:
        raise ContentError(problems)
    return Quiz(str(raw["lesson"]), str(raw["title"]), int(version or 1), tuple(questions))


def _question(
    item: Any, where: str, problems: list[Problem], rulebook: Rulebook | None
) -> Question | None:
    if not isinstance(item, dict):
        problems.append(Problem("a question is a mapping", where))
        return None
    before = len(problems)
    for key in ("id", "prompt", "explain", "rule"):
        if not isinstance(item.get(key), str) or not item[key].strip():
            problems.append(Problem("missing or empty", where, field=key))
    if item.get("kind") not in KINDS:
        problems.append(
            Problem(
                f"must be one of {', '.join(KINDS)}, got {item.get('kind')!r}", where, field="kind"
            )
        )
    choices = item.get("choices")
    if (
        not isinstance(choices, list)
        or len(choices) < 2
        or not all(isinstance(c, str) for c in choices)
    ):
        problems.append(Problem("give at least two choices, each a text", where, field="choices"))
        choices = []
    answer = item.get("answer")
    if (
        not isinstance(answer, int)
        or isinstance(answer, bool)
        or not 0 <= answer < max(len(choices), 1)
    ):
        problems.append(
            Problem(
                f"must be the 0-based index of a choice (0..{len(choices) - 1}), got {answer!r}",
                where,
                field="answer",
            )
        )
    rule = item.get("rule")
    if rulebook is not None and isinstance(rule, str) and rule not in rulebook:
        problems.append(Problem(f"unknown rule id {rule!r}", where, field="rule"))
    if len(problems) > before:
        return None
    return Question(
        item["id"],
        item["kind"],
        item["prompt"].strip(),
        tuple(choices),
        int(answer),  # type: ignore[arg-type]  # validated above
        item["explain"].strip(),
        str(rule),
    )


def grade(question: Question, chosen: int) -> Feedback:
    """Grade one answer (the 0-based index of the chosen choice).

    Raises:
        ValueError: ``chosen`` is not the index of one of the question's choices.
    """
    if not 0 <= chosen < len(question.choices):
        raise ValueError(
            f"choice {chosen} is not one of 0..{len(question.choices) - 1} of {question.id!r}"
        )
    return Feedback(
        chosen == question.answer,
        chosen,
        question.choices[question.answer],
        question.explain,
        question.rule,
    )
