"""The 'How the audit works' lesson's run: the sample company's audit, end to end.

It writes to ``$PRIVACYKIT_LESSON_WORK``; by default to ``audits/runs/lessons`` in the kit's
checkout (ignored by git, and inside JupyterLab's root so the lesson can link the report), or
``~/.privacykit/lessons`` when the package is installed without its checkout.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

from privacykit.report.build import Outcome, run_audit_notebook
from privacykit.sample.generate import generate
from privacykit.training.lab import ROOT

WORK_ENV = "PRIVACYKIT_LESSON_WORK"
DEFAULT_WORK = Path("~/.privacykit/lessons")
LESSON_PERIOD = "2026Q3"


def lesson_work_dir() -> Path:
    """Return the folder where lessons write the sample company and its audit runs."""
    raw = os.environ.get(WORK_ENV, "").strip()
    if raw:
        return Path(raw).expanduser()
    if (ROOT / "audits").is_dir():
        return ROOT / "audits" / "runs" / "lessons"
    return DEFAULT_WORK.expanduser()


def sample_audit(customers: int = 300, checks: str = "", seed: int = 7) -> tuple[Outcome, str]:
    """Write the sample company (``customers``, ``seed``) and run its audit for 2026Q3.

    Runs the real audit notebook with papermill and nbconvert (``checks``: a comma-separated
    subset of check ids, or every check). Returns the outcome and the audit's progress log.
    """
    folder = lesson_work_dir() / "sample-company"
    summary = generate(folder, customers, seed, overwrite=True)
    log = io.StringIO()
    outcome = run_audit_notebook(summary.config, LESSON_PERIOD, checks=checks, progress=log)
    return outcome, log.getvalue()
