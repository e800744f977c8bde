"""Where the lessons are, and the command that opens them in JupyterLab at 'Start here'."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LESSONS = ROOT / "notebooks"
START = "00-start-here.ipynb"


def lab_command(port: int | None = None, no_browser: bool = False) -> list[str]:
    """Return the JupyterLab command that opens 'Start here' with the kit's folder as its root.

    Raises:
        FileNotFoundError: the lessons are not next to the package (an install without the
            kit's checkout); says where to get them.
    """
    start = LESSONS / START
    if not start.is_file():
        raise FileNotFoundError(
            f"the lessons are not at {LESSONS}: they come with the kit's checkout; clone it and "
            "run 'make lab' there (or pip install -e . from it)"
        )
    cmd = [sys.executable, "-m", "jupyterlab", f"--ServerApp.root_dir={ROOT}"]
    if port is not None:
        cmd.append(f"--port={port}")
    if no_browser:
        cmd.append("--no-browser")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        cmd.append("--allow-root")  # containers and CI machines often run as root
    return [*cmd, str(start.relative_to(ROOT))]
