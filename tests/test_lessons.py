"""The lessons follow the rulebook: every rule taught once, every lesson thin and complete.

Read statically from the committed notebooks (the lessons themselves run in
``tests/test_lessons_run.py`` and in a real browser in ``tests/widgets/test_browser.py``).
"""

from __future__ import annotations

import ast
import itertools
import re
from pathlib import Path

import nbformat
import pytest

from privacykit.audit.inputs import find_lessons
from privacykit.rulebook import Rulebook
from privacykit.training.lab import LESSONS, START
from privacykit.training.quiz import load_quiz, quiz_ids

LESSON_FILES = sorted(LESSONS.glob("*.ipynb"))
MAX_TAUGHT = 25
EXPECTED = (
    "start-here",
    "transparency-and-the-privacy-policy",
    "industry-rules",
    "state-and-international",
    "email",
    "phone-and-sms",
    "opt-outs-across-channels",
    "mobile-location-and-children",
    "staying-current",
    "how-the-audit-works",
)


def lesson_id(path: Path) -> str:
    return path.stem.split("-", 1)[1]


def teaches(nb: nbformat.NotebookNode) -> list[str]:
    """The ids of the first code cell, which must be nothing but ``TEACHES = [...]``."""
    first = next(c for c in nb.cells if c.cell_type == "code")
    tree = ast.parse(first.source)
    assert len(tree.body) == 1, "the first code cell holds only TEACHES = [...]"
    node = tree.body[0]
    assert isinstance(node, ast.Assign) and [t.id for t in node.targets] == ["TEACHES"]  # type: ignore[attr-defined]
    value = ast.literal_eval(node.value)
    assert isinstance(value, list) and all(isinstance(v, str) for v in value)
    return value


def shown(nb: nbformat.NotebookNode) -> set[str]:
    """The rule ids passed to ``show_rules([...])`` calls in the lesson's code cells."""
    out: set[str] = set()
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        for node in ast.walk(ast.parse(cell.source)):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "show_rules"
            ):
                out |= set(ast.literal_eval(node.args[0]))
    return out


def test_the_ten_lessons_are_there_in_order() -> None:
    assert [lesson_id(p) for p in LESSON_FILES] == list(EXPECTED)
    assert LESSON_FILES[0].name == START


def test_every_rule_is_taught_exactly_once(rulebook: Rulebook) -> None:
    taught: dict[str, list[str]] = {}
    for path in LESSON_FILES:
        for rule_id in teaches(nbformat.read(path, as_version=4)):
            taught.setdefault(rule_id, []).append(path.name)
    assert sorted(set(rulebook.ids()) - set(taught)) == [], "rules no lesson teaches"
    assert sorted(set(taught) - set(rulebook.ids())) == [], "ids the rulebook does not hold"
    assert {k: v for k, v in taught.items() if len(v) > 1} == {}, "taught twice"


@pytest.mark.parametrize("path", LESSON_FILES, ids=lambda p: p.stem)
def test_a_lesson_shows_what_it_teaches_and_names_it_in_its_metadata(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    ids = teaches(nb)
    assert len(ids) <= MAX_TAUGHT and len(set(ids)) == len(ids)
    assert shown(nb) == set(ids), "every id taught is shown with show_rules, and only those"
    kit = nb.metadata["privacykit"]
    assert kit["rules"] == ids and kit["lesson"] == lesson_id(path)
    assert find_lessons(LESSONS).get(ids[0], ("", ""))[1] == f"notebooks/{path.name}"


@pytest.mark.parametrize("path", LESSON_FILES, ids=lambda p: p.stem)
def test_a_lesson_is_thin_has_a_quiz_and_says_it_is_not_legal_advice(
    path: Path, rulebook: Rulebook
) -> None:
    nb = nbformat.read(path, as_version=4)
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    text = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    for banned in ("def ", "for ", "while ", "class ", "lambda", "open("):
        assert banned not in code, f"{path.name}: logic belongs in privacykit, not {banned!r}"
    imports = re.findall(r"^\s*(?:from|import) (\S+)", code, re.MULTILINE)
    assert set(imports) <= {"privacykit.widgets", "datetime"}, imports
    assert f'quiz("{lesson_id(path)}")' in code
    assert "not legal advice" in text.lower()
    assert re.search(r"what to do", text, re.IGNORECASE), "a 'What to do' checklist"
    quiz = load_quiz(lesson_id(path), rulebook)
    assert quiz.title == nb.metadata["privacykit"]["title"]
    assert len(quiz.questions) >= 5
    assert {q.rule for q in quiz.questions} <= set(teaches(nb)), "a quiz asks about its lesson"
    assert sum(q.kind == "scenario" for q in quiz.questions) >= 2


def test_every_quiz_belongs_to_a_lesson() -> None:
    assert sorted(quiz_ids()) == sorted(EXPECTED)


def test_the_lessons_link_to_each_other() -> None:
    text = "\n".join(c.source for c in nbformat.read(LESSON_FILES[0], as_version=4).cells)
    for path in LESSON_FILES[1:]:
        assert f"]({path.name})" in text, f"Start here links {path.name}"
    for before, after in itertools.pairwise(LESSON_FILES):
        last = nbformat.read(before, as_version=4).cells[-1].source
        assert f"]({after.name})" in last, f"{before.name} ends with a link to {after.name}"
