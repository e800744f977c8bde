"""The lessons in a real browser: JupyterLab on 127.0.0.1, headless Chromium, Playwright.

Both lessons are copied to a temporary folder that JupyterLab serves (running them must not
write outputs into the committed notebooks). Run All, wait for the widgets, then use them as a
learner does. The screenshots are kept in ``$PRIVACYKIT_SCREENSHOTS`` (default: the test's
temporary folder) to be looked at.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from privacykit.training.lab import LESSONS

PHONE, EXPLORER = "05-phone-and-sms.ipynb", "03-state-and-international.ipynb"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("lab")
    (root / "notebooks").mkdir()
    for name in (PHONE, EXPLORER):
        shutil.copy(LESSONS / name, root / "notebooks" / name)
    env = {
        **os.environ,
        "JUPYTER_CONFIG_DIR": str(root / ".jupyter"),
        "JUPYTERLAB_SETTINGS_DIR": str(root / ".jupyter" / "lab" / "user-settings"),
        "JUPYTERLAB_WORKSPACES_DIR": str(root / ".jupyter" / "lab" / "workspaces"),
        "PRIVACYKIT_LEARNER_RECORDS": str(root / "learner-records.csv"),
        "PRIVACYKIT_LESSON_WORK": str(root / "work"),
    }
    subprocess.run(
        [sys.executable, "-m", "jupyter", "labextension", "disable",
         "@jupyterlab/apputils-extension:announcements"],
        env=env, check=True, capture_output=True,
    )  # fmt: skip
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", f"--port={port}",
         "--ServerApp.ip=127.0.0.1", "--ServerApp.token=", "--ServerApp.password=",
         f"--ServerApp.root_dir={root}", "--allow-root"],
        env=env, stdout=subprocess.DEVNULL, stderr=open(root / "lab.log", "w"),  # noqa: SIM115
        start_new_session=True,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(240):
            try:
                urllib.request.urlopen(f"{url}/api/status", timeout=1)
                break
            except OSError:
                time.sleep(0.25)
        else:
            raise AssertionError("JupyterLab did not start: " + (root / "lab.log").read_text())
        yield url
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = Path(os.environ.get("PRIVACYKIT_SCREENSHOTS") or tmp_path_factory.mktemp("shots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _run_all(page: Any, lab: str, name: str) -> None:
    """Open a lesson in a fresh workspace, wait for its kernel, and Run All from the Run menu."""
    stem = name.removesuffix(".ipynb")
    page.goto(f"{lab}/lab/workspaces/{stem}/tree/notebooks/{name}?reset")
    panel = ".jp-NotebookPanel:not(.lm-mod-hidden)"
    page.wait_for_selector(f"{panel} .jp-CodeCell .cm-content", timeout=60_000)
    page.wait_for_selector(f"{panel} .jp-Notebook-ExecutionIndicator[data-status='idle']")
    # The indicator can read idle before the kernel has connected: wait for the status bar.
    page.wait_for_selector(".jp-StatusBar-Widget:has-text('Idle')", timeout=60_000)
    page.click("li.lm-MenuBar-item:has-text('Run')")
    page.click("li.lm-Menu-item[data-command='runmenu:run-all']")
    # Running ([*]) or run ([1]): the kernel took the cells.
    page.wait_for_selector(
        f"{panel} .jp-InputPrompt:has-text('[1]:'), {panel} .jp-InputPrompt:has-text('[*]:')",
        timeout=60_000,
    )


def _browser(p: Any) -> Any:
    return p.chromium.launch(executable_path=shutil.which("chromium"), args=ARGS)


def test_the_checker_in_jupyterlab(lab: str, shots: Path) -> None:
    """A text to a Florida number: blocked at 20:30 local by STATE-CALL-HOURS, not at 19:30."""
    from playwright.sync_api import expect, sync_playwright

    requests: list[str] = []
    with sync_playwright() as p:
        browser = _browser(p)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.on("request", lambda r: requests.append(r.url))
        _run_all(page, lab, PHONE)
        checker = page.locator(".pk-checker").first
        checker.wait_for(timeout=180_000)
        checker.scroll_into_view_if_needed()
        checker.locator(".pk-checker-channel select").select_option("sms")
        checker.locator(".pk-checker-place select").select_option("US-FL")
        checker.locator(".pk-checker-consent select").select_option("express_written")
        checker.locator(".pk-checker-consent-date input").fill("2026-01-05")
        checker.locator(".pk-checker-time input").fill("2026-09-15 20:30")
        checker.locator("button.pk-checker-check").click()
        result = checker.locator(".pk-checker-result")
        expect(result).to_contain_text("STATE-CALL-HOURS", timeout=120_000)
        expect(result).to_contain_text("Blocked")
        checker.screenshot(path=str(shots / "checker-florida-2030.png"))
        checker.locator(".pk-checker-time input").fill("2026-09-15 19:30")
        checker.locator("button.pk-checker-check").click()
        expect(result).to_contain_text("No rule the kit checks blocks this", timeout=120_000)
        assert (
            "STATE-CALL-HOURS" not in result.locator(".pk-answer ul").first.inner_text()
            if (result.locator(".pk-answer ul").count())
            else True
        )
        expect(result).to_contain_text("not evaluated from these inputs")
        checker.screenshot(path=str(shots / "checker-florida-1930.png"))
        page.screenshot(path=str(shots / "lesson-phone-and-sms.png"))
        browser.close()
    assert [u for u in requests if not u.startswith(lab)] == []  # offline: nothing else asked


def test_the_explorer_in_jupyterlab(lab: str, shots: Path) -> None:
    """Choosing 'health' adds HIPAA's marketing rule to the rules that apply."""
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser = _browser(p)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        _run_all(page, lab, EXPLORER)
        explorer = page.locator(".pk-explorer").first
        explorer.wait_for(timeout=180_000)
        explorer.scroll_into_view_if_needed()
        result = explorer.locator(".pk-explorer-result")
        expect(result).to_contain_text("rules")
        expect(result).not_to_contain_text("HIPAA-MARKETING-AUTHORIZATION")
        explorer.screenshot(path=str(shots / "explorer-retail.png"))
        explorer.locator(".pk-explorer-industry select").select_option("health")
        expect(result).to_contain_text("HIPAA-MARKETING-AUTHORIZATION", timeout=60_000)
        explorer.screenshot(path=str(shots / "explorer-health.png"))
        browser.close()
