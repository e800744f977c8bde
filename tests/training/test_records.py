"""The learner record: where it lives, what a row holds, and safe concurrent appends."""

from __future__ import annotations

import datetime as dt
import multiprocessing
from pathlib import Path

import pytest

from privacykit.training import records
from privacykit.training.records import COLUMNS, attempt, lesson_scores, read_records, record


@pytest.fixture(autouse=True)
def _record_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "records" / "learners.csv"
    monkeypatch.setenv(records.RECORDS_ENV, str(path))
    return path


def test_the_location_comes_from_the_environment(tmp_path: Path, monkeypatch) -> None:
    assert records.records_path() == tmp_path / "records" / "learners.csv"
    monkeypatch.delenv(records.RECORDS_ENV)
    assert records.records_path() == Path("~/.privacykit/learner-records.csv").expanduser()


def test_a_row_has_the_fields_and_a_refresher_due_in_twelve_months() -> None:
    row = attempt(
        "Ana  Diaz", "email", "optout-days", 1, "email@1+rulebook-x", dt.date(2024, 2, 29)
    )
    assert row.learner == "Ana Diaz" and row.refresher_due == dt.date(2025, 2, 28)
    path = record(row)
    assert path.read_text().splitlines() == [
        ",".join(COLUMNS),
        "Ana Diaz,email,optout-days,1,email@1+rulebook-x,2024-02-29,2025-02-28",
    ]
    assert read_records() == [row]


@pytest.mark.parametrize(
    ("learner", "score", "message"),
    [("  ", 1, "type your name"), ("Ana", 2, "scores 0 or 1")],
)
def test_bad_answers_are_refused_with_what_to_do(learner: str, score: int, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        attempt(learner, "email", "q", score, "v", dt.date(2026, 1, 1))


def test_a_name_a_spreadsheet_would_run_is_stored_as_text() -> None:
    record(attempt("=HYPERLINK(1)", "email", "q1", 0, "v", dt.date(2026, 1, 2)))
    assert "'=HYPERLINK(1)" in records.records_path().read_text()
    assert read_records()[0].learner == "=HYPERLINK(1)"


def test_the_first_answer_to_each_question_counts_until_a_refresher() -> None:
    day = dt.date(2026, 3, 1)
    for question, score in (("q1", 0), ("q2", 1), ("q1", 1)):  # q1 retried after feedback
        record(attempt("Ana", "email", question, score, "email@1", day))
    record(attempt("Bo", "email", "q1", 0, "email@1", day + dt.timedelta(days=1)))
    summary = {(s.learner, s.lesson): (s.right, s.answered) for s in lesson_scores(read_records())}
    assert summary == {("Ana", "email"): (1, 2), ("Bo", "email"): (0, 1)}
    # New questions (a new content version) start afresh; so does the refresher a year on.
    record(attempt("Ana", "email", "q1", 1, "email@2", day + dt.timedelta(days=2)))
    record(attempt("Bo", "email", "q1", 1, "email@1", dt.date(2027, 3, 2)))
    summary = {(s.learner, s.lesson): (s.right, s.answered) for s in lesson_scores(read_records())}
    assert summary == {("Ana", "email"): (1, 1), ("Bo", "email"): (1, 1)}


def test_unreadable_rows_are_all_named_by_line() -> None:
    path = records.records_path()
    path.parent.mkdir(parents=True)
    path.write_text(
        ",".join(COLUMNS) + "\nAna,email,q1,one,v,2026-01-01,2027-01-01\n"
        "Bo,email,q1,1,v,2026-01-01,2027-01-01\nCy,email,q1,1,v,01/02/2026,2027-01-01\n"
    )
    with pytest.raises(ValueError) as err:
        read_records()
    assert "line 2" in str(err.value) and "line 4" in str(err.value)
    assert "line 3" not in str(err.value)


def test_an_apostrophe_of_the_learners_own_is_kept() -> None:
    record(attempt("'Ana' O'Neil", "email", "q1", 1, "v", dt.date(2026, 1, 2)))
    assert read_records()[0].learner == "'Ana' O'Neil"


def _write_many(args: tuple[str, int]) -> None:
    path, worker = args
    for n in range(60):
        record(
            attempt(
                f"learner {worker}", "phone-and-sms", f"q{n}", n % 2, "v" * 300, dt.date(2026, 5, 1)
            ),
            Path(path),
        )


def test_concurrent_writers_lose_and_mangle_nothing() -> None:
    path = records.records_path()
    with multiprocessing.get_context("spawn").Pool(4) as pool:
        pool.map(_write_many, [(str(path), w) for w in range(4)])
    rows = read_records(path)
    assert len(rows) == 240
    assert path.read_text().count(",".join(COLUMNS)) == 1
    for w in range(4):
        mine = [r.question for r in rows if r.learner == f"learner {w}"]
        assert mine == [f"q{n}" for n in range(60)]  # each writer's rows whole, in order
