"""`privacykit lab` (and `make lab`): JupyterLab on the kit's folder, opened at 'Start here'."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from privacykit.training.lab import LESSONS, ROOT, START, lab_command


def test_the_command_opens_start_here_from_the_kits_folder() -> None:
    cmd = lab_command(8899, no_browser=True)
    assert cmd[:3] == [sys.executable, "-m", "jupyterlab"]
    assert f"--ServerApp.root_dir={ROOT}" in cmd and "--port=8899" in cmd
    assert cmd[-1] == f"notebooks/{START}" and (LESSONS / START).is_file()


def test_privacykit_lab_serves_the_lessons(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "JUPYTER_CONFIG_DIR": str(tmp_path / "config"),
           "JUPYTERLAB_WORKSPACES_DIR": str(tmp_path / "workspaces"),
           "JUPYTER_TOKEN": "test-token"}  # fmt: skip
    cli = str(Path(sys.executable).parent / "privacykit")
    proc = subprocess.Popen(
        [cli, "lab", "--port", str(port), "--no-browser"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip
    try:
        url = f"http://localhost:{port}/api/contents/notebooks?token=test-token"
        for _ in range(200):
            try:
                with urllib.request.urlopen(url, timeout=1) as r:
                    listing = json.load(r)
                break
            except OSError:
                time.sleep(0.25)
        else:
            raise AssertionError("privacykit lab did not start")
        names = {item["name"] for item in listing["content"]}
        assert START in names and len([n for n in names if n.endswith(".ipynb")]) == 10
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        out = proc.communicate(timeout=30)[0].decode()
    assert "Opening the lessons in JupyterLab" in out
