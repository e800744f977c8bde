"""Every lesson runs top to bottom, as a learner's 'Run All' would: ``pytest --nbval-lax``.

The lessons run in a child pytest (nbval starts a real kernel per notebook) with the learner
record and the lessons' work folder in a temporary folder, so nothing lands in a home folder.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from privacykit.training.lab import LESSONS, ROOT


def test_every_lesson_runs_top_to_bottom(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "PRIVACYKIT_LEARNER_RECORDS": str(tmp_path / "learner-records.csv"),
        "PRIVACYKIT_LESSON_WORK": str(tmp_path / "lessons"),
        "PRIVACYKIT_LEARNER": "CI learner",
    }
    lessons = sorted(LESSONS.glob("*.ipynb"))
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "--nbval-lax", "-q", "-p", "no:cacheprovider",
         "--nbval-cell-timeout=600", *map(str, lessons)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    tail = proc.stdout[-3000:] + proc.stderr[-2000:]
    assert proc.returncode == 0, tail
    passed = re.search(r"(\d+) passed", proc.stdout)
    assert passed and int(passed.group(1)) >= 10 * len(lessons), tail
    assert "failed" not in proc.stdout.splitlines()[-1], tail
    # The audit lesson ran the sample company's audit into the work folder, not the checkout.
    assert list((tmp_path / "lessons").glob("sample-company/**/report.html")), tail
    assert not (tmp_path / "learner-records.csv").exists()  # nobody answered a quiz
