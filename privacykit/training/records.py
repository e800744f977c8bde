"""The learner record: one CSV row per answered question, kept on the learner's machine.

The file is named by the environment variable ``PRIVACYKIT_LEARNER_RECORDS`` (default
``~/.privacykit/learner-records.csv``), so tests and shared machines point it elsewhere. Rows are
appended under an exclusive lock on a sibling ``.lock`` file, one whole line per write, so
several kernels answering at once never interleave or lose a row; the header is written once,
by whichever writer finds the file empty. Cells are made safe for a spreadsheet (a name that
starts with ``=`` is not run as a formula).

Columns: learner, lesson, question, score (1 right, 0 wrong), content_version (the quiz's
version and the rulebook's), date (ISO, the learner's local day), refresher_due (12 months on).
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import getpass
import io
import os
import sys
from collections.abc import Iterator
from dataclasses import astuple, dataclass, fields
from pathlib import Path

from privacykit.checks.calendar import add_months
from privacykit.report.csvsafe import safe_cell

RECORDS_ENV = "PRIVACYKIT_LEARNER_RECORDS"
LEARNER_ENV = "PRIVACYKIT_LEARNER"
DEFAULT_RECORDS = Path("~/.privacykit/learner-records.csv")
REFRESHER_MONTHS = 12


@dataclass(frozen=True)
class Attempt:
    """One answered question, as one row of the learner record."""

    learner: str
    lesson: str
    question: str
    score: int
    content_version: str
    date: dt.date
    refresher_due: dt.date


COLUMNS = tuple(f.name for f in fields(Attempt))


def records_path() -> Path:
    """Return the learner record's path: ``$PRIVACYKIT_LEARNER_RECORDS`` or the default."""
    raw = os.environ.get(RECORDS_ENV, "").strip()
    return Path(raw).expanduser() if raw else DEFAULT_RECORDS.expanduser()


def learner_name() -> str:
    """Return the learner's name: ``$PRIVACYKIT_LEARNER``, else the computer login."""
    name = os.environ.get(LEARNER_ENV, "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (some containers)
        return "learner"


def attempt(
    learner: str, lesson: str, question: str, score: int, content_version: str, on: dt.date
) -> Attempt:
    """Build the row for an answer given on ``on``; the refresher is due 12 months later.

    Raises:
        ValueError: an empty learner name, or a score other than 0 or 1.
    """
    learner = " ".join(learner.split())
    if not learner:
        raise ValueError("type your name before answering: the record needs a learner")
    if score not in (0, 1):
        raise ValueError(f"a question scores 0 or 1, got {score!r}")
    return Attempt(
        learner, lesson, question, score, content_version, on, add_months(on, REFRESHER_MONTHS)
    )


def record(row: Attempt, path: Path | None = None) -> Path:
    """Append ``row`` to the learner record (created with its header if absent); return the path."""
    path = path or records_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([safe_cell(_text(v)) for v in astuple(row)])
    line = buffer.getvalue().encode("utf-8")
    with _locked(path):
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            if os.fstat(fd).st_size == 0:
                os.write(fd, (",".join(COLUMNS) + "\n").encode("utf-8"))
            os.write(fd, line)
            os.fsync(fd)
        finally:
            os.close(fd)
    return path


def read_records(path: Path | None = None) -> list[Attempt]:
    """Return every row of the learner record (none when the file does not exist yet).

    Raises:
        ValueError: rows that cannot be read, each named by file and line, all at once.
    """
    path = path or records_path()
    if not path.is_file():
        return []
    out, bad = [], []
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        if tuple(reader.fieldnames or ()) != COLUMNS:
            raise ValueError(
                f"{path}: the header is not {','.join(COLUMNS)}; is this a learner record?"
            )
        for n, r in enumerate(reader, 2):
            try:
                out.append(
                    Attempt(
                        _unquote(r["learner"]),
                        r["lesson"],
                        r["question"],
                        int(r["score"]),
                        r["content_version"],
                        dt.date.fromisoformat(r["date"]),
                        dt.date.fromisoformat(r["refresher_due"]),
                    )
                )
            except (TypeError, ValueError, AttributeError) as exc:
                bad.append(f"{path}, line {n}: cannot read the row ({exc})")
    if bad:
        raise ValueError("\n".join(bad))
    return out


@dataclass(frozen=True)
class LessonScore:
    """A learner's first answer to each question of one lesson's content version, summed."""

    learner: str
    lesson: str
    right: int
    answered: int
    last_date: dt.date
    refresher_due: dt.date


def lesson_scores(rows: list[Attempt]) -> list[LessonScore]:
    """Summarise the record per learner and lesson: the first answer to each question counts.

    A second try after the feedback showed the answer proves nothing, so it does not raise
    the score. A new content version (the quiz or the rulebook changed) is a fresh start, and
    so is a refresher: answers given on or after the earlier answers' refresher date.
    """
    first: dict[tuple[str, str, str, str], Attempt] = {}
    due: dict[tuple[str, str], dt.date] = {}
    for r in rows:  # in the order written
        key = (r.learner, r.lesson)
        if key in due and r.date >= due[key]:  # a refresher: start the lesson's count again
            first = {k: v for k, v in first.items() if k[:2] != key}
            del due[key]
        version_key = (r.learner, r.lesson, r.content_version, r.question)
        if version_key not in first:
            first[version_key] = r
            due.setdefault(key, r.refresher_due)
    latest_version: dict[tuple[str, str], str] = {}
    for r in first.values():
        latest_version[(r.learner, r.lesson)] = r.content_version
    groups: dict[tuple[str, str], list[Attempt]] = {}
    for (learner, lesson, version, _), r in first.items():
        if version != latest_version[(learner, lesson)]:
            continue
        groups.setdefault((learner, lesson), []).append(r)
    return [
        LessonScore(
            learner,
            lesson,
            sum(r.score for r in rs),
            len(rs),
            max(r.date for r in rs),
            max(r.refresher_due for r in rs),
        )
        for (learner, lesson), rs in sorted(groups.items())
    ]


def _unquote(cell: str) -> str:
    """Undo :func:`safe_cell`: drop the apostrophe only where it was added before a formula."""
    if cell.startswith("'") and cell[1:].startswith(("=", "+", "-", "@", "\t", "\r")):
        return cell[1:]
    return cell


def _text(value: object) -> str:
    return value.isoformat() if isinstance(value, dt.date) else str(value)


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``<path>.lock`` (fcntl on POSIX, msvcrt on Windows)."""
    lock = path.with_name(path.name + ".lock")
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
            try:
                yield
            finally:
                os.lseek(fd, 0, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
