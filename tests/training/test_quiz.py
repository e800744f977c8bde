"""Quizzes: the files are valid, grading explains, and a bad file lists every problem."""

from __future__ import annotations

import pytest

from privacykit.errors import ContentError
from privacykit.rulebook import Rulebook
from privacykit.training.quiz import grade, load_quiz, parse_quiz, quiz_ids


@pytest.mark.parametrize("lesson", quiz_ids())
def test_every_quiz_file_loads(lesson: str, rulebook: Rulebook) -> None:
    quiz = load_quiz(lesson, rulebook)
    assert quiz.lesson == lesson and len(quiz.questions) >= 5
    for q in quiz.questions:
        assert len(set(q.choices)) == len(q.choices), f"{lesson} {q.id}: repeated choice"


def test_grading_says_right_or_wrong_and_why(rulebook: Rulebook) -> None:
    quiz = load_quiz(quiz_ids()[0], rulebook)
    q = quiz.questions[0]
    right = grade(q, q.answer)
    wrong = grade(q, (q.answer + 1) % len(q.choices))
    assert (right.correct, right.score, wrong.correct, wrong.score) == (True, 1, False, 0)
    assert wrong.right == q.choices[q.answer] and wrong.explain == q.explain
    assert wrong.rule == q.rule
    with pytest.raises(ValueError, match="not one of"):
        grade(q, len(q.choices))


def test_a_bad_quiz_file_lists_every_problem(rulebook: Rulebook) -> None:
    good = {"id": "a", "kind": "choice", "prompt": "P?", "choices": ["x", "y"], "answer": 0,
            "explain": "E", "rule": "TCPA-CALL-HOURS"}  # fmt: skip
    raw = {
        "lesson": "demo",
        "title": "",
        "version": 0,
        "questions": [
            good,
            {**good, "id": "b", "answer": 2},
            {**good, "id": "c", "rule": "TCPA-CALL-HOUR"},
            {**good, "id": "d", "kind": "essay"},
            {**good},
        ],
    }
    with pytest.raises(ContentError) as err:
        parse_quiz(raw, "quizzes/demo.yaml", rulebook)
    text = str(err.value)
    for expected in ("field 'title'", "field 'version'", "question 2, field 'answer'",
                     "unknown rule id 'TCPA-CALL-HOUR'", "question 4, field 'kind'",
                     "'a' is used twice"):  # fmt: skip
        assert expected in text
    assert len(err.value.problems) == 6


def test_an_unknown_lesson_names_the_known_ones() -> None:
    with pytest.raises(FileNotFoundError, match="quizzes: "):
        load_quiz("no-such-lesson")
