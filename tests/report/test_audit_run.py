"""``privacykit audit`` end to end: real papermill, nbconvert, DuckDB and Chromium runs.

One sample company (a few hundred customers) is copied and salted with hostile values: a
company name, a waiver reason, a message id and a campaign code that would run script if a
report printed them raw, a message id that a spreadsheet would run as a formula, and an opt-out
read from a SQLite database. Runs, in order, on one output folder:

A. a good audit whose SQL source reads its password (a sentinel) from the environment — a
   SQLite dialect that accepts and drops a password stands in for a database server, loaded
   into the kernel by a sitecustomize module: exit 1, every file, masking, escaping in a real
   browser, no network, user files unchanged;
B. ``--show-personal-data --checks E1``: unmasked and recorded, compared with A (recurring);
C. the same source through plain SQLite, which refuses any password: exit 2, the notebook
   kept, ``latest`` unchanged, the sentinel nowhere;
D. killed while rendering: ``latest`` still on B, the half-built folder never taken for a run.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest
import yaml

from privacykit.audit.history import earlier_runs
from privacykit.sample.generate import generate

SENTINEL = "pk-sentinel-Zq81xV"
SECRET_VAR = "PK_TEST_AUDIT_DB_PASSWORD"
SCRIPT = "<script>window.__pkx=1</script>"
IMG = '<img src=x onerror="window.__pkx=1;alert(1)">'
SVG = '"><svg onload="window.__pkx=1">'
FORMULA = '=HYPERLINK("http://evil.example/x","click")'
OPTED_OUT = "pat.payload@example.org"


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str
    folder: Path | None


@dataclass
class Env:
    data: Path  # the copied sample company
    config: Path
    output: Path
    hashes: dict[Path, str]
    a: Run
    b: Run
    environ: dict[str, str]


def _audit(config: Path, *args: str, env: dict[str, str]) -> Run:
    proc = subprocess.run(
        [sys.executable, "-m", "privacykit.cli", "audit", "--config", str(config), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    folder = None
    for line in proc.stdout.splitlines():
        if line.startswith("Run folder:"):
            folder = Path(line.split(":", 1)[1].split(" (also")[0].strip())
    return Run(proc.returncode, proc.stdout, proc.stderr, folder)


DIALECT = '''
from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite


class PasswordIgnoringSQLite(SQLiteDialect_pysqlite):
    """SQLite that accepts a password and drops it: a stand-in for a database server."""

    supports_statement_cache = True

    def create_connect_args(self, url):
        assert url.password, "the kit did not pass the password"
        return super().create_connect_args(url._replace(password=None))
'''
SITE = """
from sqlalchemy.dialects import registry

registry.register("sqlite.pkpassword", "pk_test_dialect", "PasswordIgnoringSQLite")
"""


def _environ(plugins: Path) -> dict[str, str]:
    """The audit's environment: the sentinel password, and the test dialect on the path."""
    path = os.pathsep.join([str(plugins), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return {**os.environ, SECRET_VAR: SENTINEL, "PYTHONPATH": path}


def _hashes(folder: Path) -> dict[Path, str]:
    return {
        p: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _salt(data: Path) -> Path:
    """Add hostile values and a SQLite opt-out source to the sample; return its configuration."""
    with sqlite3.connect(data / "optouts.sqlite") as db:
        db.execute("CREATE TABLE optout_log (who TEXT, email TEXT, chan TEXT, at TEXT)")
        db.execute(
            "INSERT INTO optout_log VALUES ('NWX00001', ?, 'email', '2026-07-01 10:00')",
            [OPTED_OUT],
        )
    with (data / "exports" / "esp_sends.csv").open("a", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        for msg, day in ((IMG, "2026-08-20"), (FORMULA, "2026-08-21"), (SCRIPT, "2026-08-22")):
            w.writerow([msg, "NWX00001", OPTED_OUT, SVG, "promotional", f"{day}T14:00:00Z",
                        "delivered"])  # fmt: skip
    mapping = yaml.safe_load((data / "mapping.yaml").read_text(encoding="utf-8"))
    mapping["sources"].append(
        {
            "table": "optouts",
            "url": "sqlite+pkpassword:///optouts.sqlite",
            "password_env": SECRET_VAR,
            "query": "SELECT * FROM optout_log",
            "columns": {
                "customer_id": "who",
                "address": "email",
                "channel": "chan",
                "received_at": "at",
            },
        }
    )
    (data / "mapping.yaml").write_text(yaml.safe_dump(mapping, sort_keys=False), encoding="utf-8")
    config = yaml.safe_load((data / "audit.yaml").read_text(encoding="utf-8"))
    config["company"]["name"] = f"Northwind {SCRIPT} {SVG}"
    config["waivers"][0]["reason"] = f"Re-verified {IMG}"
    config["output"] = {"folder": "runs-out"}
    path = data / "audit.yaml"
    path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Env]:
    plugins = tmp_path_factory.mktemp("plugins")
    (plugins / "pk_test_dialect.py").write_text(DIALECT)
    (plugins / "sitecustomize.py").write_text(SITE)
    data = tmp_path_factory.mktemp("audit") / "company"
    generate(data, 200, 7)
    config = _salt(data)
    hashes = _hashes(data)
    environ = _environ(plugins)
    a = _audit(config, "--period", "2026Q3", env=environ)
    b = _audit(config, "--period", "2026Q3", "--show-personal-data", "--checks", "E1", env=environ)
    yield Env(data, config, data / "runs-out", hashes, a, b, environ)


def test_a_good_audit_writes_the_whole_run_folder(env: Env) -> None:
    a = env.a
    assert a.code == 1, a.stderr[-3000:]  # the sample company breaks rules
    assert a.folder is not None and a.folder.parent == env.output / "runs"
    assert "Report:" in a.stdout and "violations" in a.stdout
    assert "[privacykit] check " in a.stderr and "table contacts" in a.stderr  # progress
    for name in ("report.html", "findings.parquet", "findings.csv", "quarantine.csv",
                 "audit.ipynb", "manifest.json", "history.json"):  # fmt: skip
        assert (a.folder / name).is_file(), name
    lists = {p.name for p in (a.folder / "remediation").iterdir()}
    assert {"suppress_now.csv", "customers_to_reconsent.csv", "shares_to_stop.csv"} <= lists
    manifest = json.loads((a.folder / "manifest.json").read_text())
    assert manifest["show_personal_data"] is False
    assert "remediation/*.csv holds raw" in manifest["personal_data"]
    for item in manifest["inputs"]:
        if Path(item["path"]).is_file():
            assert item["sha256"] == hashlib.sha256(Path(item["path"]).read_bytes()).hexdigest()
    sql = [i for i in manifest["inputs"] if i["path"].startswith("sqlite+pkpassword")]
    assert sql and sql[0]["rows_read"] == 1 and sql[0]["rows_loaded"] == 1
    assert {"kernel start", "loading", "checks", "rendering"} <= set(manifest["timings_seconds"])
    assert (
        manifest["files"]["report.html"]
        == hashlib.sha256((a.folder / "report.html").read_bytes()).hexdigest()
    )
    assert (env.output / "latest").resolve() == env.b.folder.resolve()  # B came after A


def test_the_users_files_are_byte_identical(env: Env) -> None:
    after = {p: h for p, h in _hashes(env.data).items() if env.output not in p.parents}
    assert after == env.hashes


def test_personal_data_is_masked_except_in_remediation_lists(env: Env) -> None:
    a = env.a.folder
    assert a is not None
    for name in ("report.html", "audit.ipynb", "findings.csv"):
        assert OPTED_OUT not in (a / name).read_text(encoding="utf-8"), name
    assert OPTED_OUT not in pd.read_parquet(a / "findings.parquet").to_string()
    assert "p***@example.org" in (a / "report.html").read_text(encoding="utf-8")
    suppress = pd.read_csv(a / "remediation" / "suppress_now.csv", dtype=str)
    assert OPTED_OUT in set(suppress["address"])


def test_findings_csv_is_safe_in_a_spreadsheet(env: Env) -> None:
    assert env.a.folder is not None
    with (env.a.folder / "findings.csv").open(encoding="utf-8", newline="") as f:
        cells = [c for row in csv.reader(f) for c in row]
    assert "'" + FORMULA in cells
    assert not any(c[:1] in ("=", "@", "-") for c in cells if c)
    plus = [c for c in cells if c.startswith("+")]
    assert all(c[1:].isdigit() for c in plus)  # only whole E.164 numbers keep their '+'


def test_show_personal_data_unmasks_and_is_recorded(env: Env) -> None:
    b = env.b
    assert b.code == 1, b.stderr[-3000:]
    assert b.folder is not None
    manifest = json.loads((b.folder / "manifest.json").read_text())
    assert manifest["show_personal_data"] is True
    assert manifest["parameters"]["checks"] == "E1"
    assert "UNMASKED in this run" in manifest["personal_data"]
    assert OPTED_OUT in (b.folder / "findings.csv").read_text(encoding="utf-8")
    # compared with A: E1's rows recur; the checks B did not run resolve nothing
    findings = pd.read_parquet(b.folder / "findings.parquet")
    assert set(findings.loc[findings["verdict"] == "violation", "state"]) == {"recurring"}
    assert "<strong>0</strong> resolved" in (b.folder / "report.html").read_text(encoding="utf-8")
    history = json.loads((b.folder / "history.json").read_text())
    assert (
        history["config_id"]
        == json.loads((env.a.folder / "history.json").read_text())[  # type: ignore[union-attr]
            "config_id"
        ]
    )
    assert "Since the previous run" in (b.folder / "report.html").read_text(encoding="utf-8")


def _variant(env: Env, folder: Path, **changes: object) -> Path:
    """Write a copy of the configuration in ``folder`` (not the company's), same output."""
    config = yaml.safe_load(env.config.read_text(encoding="utf-8"))
    config["mapping"] = str(env.data / "mapping.yaml")
    config["output"] = {"folder": str(env.output)}
    config.update(changes)
    path = folder / "audit.yaml"
    path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return path


def test_a_failing_source_keeps_the_notebook_and_no_secret_leaks(env: Env, tmp_path: Path) -> None:
    mapping = yaml.safe_load((env.data / "mapping.yaml").read_text(encoding="utf-8"))
    for src in mapping["sources"]:
        if "file" in src:
            src["file"] = str(env.data / src["file"])
    mapping["sources"][-1]["url"] = f"sqlite:///{env.data}/optouts.sqlite"  # refuses passwords
    (tmp_path / "mapping-bad.yaml").write_text(yaml.safe_dump(mapping), encoding="utf-8")
    bad = _variant(env, tmp_path, mapping=str(tmp_path / "mapping-bad.yaml"))
    latest = (env.output / "latest").resolve()

    c = _audit(bad, "--period", "2026Q3", env=env.environ)

    assert c.code == 2, c.stdout + c.stderr[-2000:]
    assert "the audit failed: DataError" in c.stderr and "the database or query failed" in c.stderr
    kept = [line for line in c.stderr.splitlines() if "The executed notebook is kept at" in line]
    notebook = Path(kept[0].rsplit(" ", 1)[1])
    assert notebook.is_file() and notebook.parent.parent == env.output / "failed"
    assert (env.output / "latest").resolve() == latest
    assert SENTINEL not in c.stdout + c.stderr + env.a.stdout + env.a.stderr
    for path in [*env.output.rglob("*"), *env.data.rglob("*")]:
        if path.is_file():
            assert SENTINEL.encode() not in path.read_bytes(), path


def test_a_run_killed_while_rendering_leaves_latest_on_the_last_good_run(env: Env) -> None:
    latest = (env.output / "latest").resolve()
    before = {p.name for p in (env.output / "runs").iterdir()}
    proc = subprocess.Popen(
        [sys.executable, "-m", "privacykit.cli", "audit", "--config", str(env.config),
         "--period", "2026Q3", "--checks", "E1"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env.environ,
        start_new_session=True,
    )  # fmt: skip
    stage = None
    deadline = time.monotonic() + 300
    while proc.poll() is None and time.monotonic() < deadline:
        stage = None
        for marker in (env.output / "runs").glob(".partial-*/.stage"):
            try:
                stage = marker.read_text().strip()
            except OSError:  # replaced or moved between the listing and the read
                continue
        if stage == "rendering":
            os.killpg(proc.pid, signal.SIGKILL)
            break
        time.sleep(0.005)
    proc.wait(timeout=60)
    assert stage == "rendering" and proc.returncode == -signal.SIGKILL
    assert (env.output / "latest").resolve() == latest
    new = {p.name for p in (env.output / "runs").iterdir()} - before
    assert new and all(n.startswith(".partial-") for n in new)  # never taken for a run
    runs = earlier_runs(env.output, json.loads((latest / "history.json").read_text())["config_id"])
    assert [Path(r["_folder"]).name for r in runs] == sorted(
        p.name for p in (env.output / "runs").iterdir() if not p.name.startswith(".")
    )


def test_the_report_in_chromium(env: Env) -> None:
    """The report opens offline in a real browser: no error, no request, no script ran."""
    from playwright.sync_api import sync_playwright

    assert env.a.folder is not None
    report = env.a.folder / "report.html"
    html = report.read_text(encoding="utf-8")
    for raw in (SCRIPT, IMG, SVG, "<script", "<img", "<svg onload"):
        assert raw not in html
    errors: list[str] = []
    requests: list[str] = []
    dialogs: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=shutil.which("chromium"),
            args=["--headless", "--no-sandbox", "--disable-gpu",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run"],
        )  # fmt: skip
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("request", lambda r: requests.append(r.url))
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(report.as_uri())
        page.wait_for_load_state("load")
        assert page.evaluate("typeof window.__pkx") == "undefined"
        body = page.inner_text("body")
        assert f"Northwind {SCRIPT} {SVG}" in body  # shown literally, as text
        summary = page.locator("#pk-summary")
        assert "Violations" in summary.inner_text()
        rule = page.locator("#rule-CANSPAM-OPTOUT-HONOR")
        assert IMG in rule.inner_text() and "p***@example.org" in rule.inner_text()
        page.screenshot(path=str(env.output / "report.png"))  # look at it: tests keep it
        browser.close()
    assert errors == [] and dialogs == []
    assert [u for u in requests if not u.startswith(("file://", "data:"))] == []


def _in_process(env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    """Give this process (and kernels it starts) the audit's environment and test dialect."""
    for key in (SECRET_VAR, "PYTHONPATH"):
        monkeypatch.setenv(key, env.environ[key])
    plugins = env.environ["PYTHONPATH"].split(os.pathsep)[0]
    monkeypatch.syspath_prepend(plugins)
    from sqlalchemy.dialects import registry

    registry.register("sqlite.pkpassword", "pk_test_dialect", "PasswordIgnoringSQLite")


def test_a_waiver_covers_its_own_rule_only(
    env: Env, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """TSR-COMPANY-DNC is judged through T6 by TCPA-COMPANY-DNC: a waiver of the TCPA rule
    must not clear the TSR rule's violations."""
    from privacykit.audit.session import run_audit

    _in_process(env, monkeypatch)
    waiver = {"rule": "TCPA-COMPANY-DNC", "reason": "test", "owner": "Dana",
              "approved": "2026-01-01", "expires": "2026-12-31"}  # fmt: skip
    config = _variant(env, tmp_path, waivers=[waiver])
    result = run_audit(config, "2026Q3", checks="T6", progress=lambda line: None)
    tcpa = result.run.finding("TCPA-COMPANY-DNC", "T6")
    tsr = result.run.finding("TSR-COMPANY-DNC", "T6")
    assert tcpa.waived > 0 and tcpa.violations == 0 and tcpa.status.value != "violation"
    assert tsr.waived == 0 and tsr.violations > 0 and tsr.status.value == "violation"
    assert set(tsr.rows["rule_id"]) == {"TSR-COMPANY-DNC"}  # each rule's rows carry its id
    assert set(tsr.rows["judged_by"]) == {"TCPA-COMPANY-DNC"}
    use = [u for u in result.waivers if u.waiver.rule_id == "TCPA-COMPANY-DNC"]
    assert use[0].rows_waived == tcpa.waived


def test_the_notebook_explores_without_writing_a_run(
    env: Env, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An analyst's run in Jupyter: the same notebook, no output folder, nothing written."""
    import nbformat
    import papermill

    _in_process(env, monkeypatch)
    from privacykit.report.build import NOTEBOOK

    before = sorted(p.name for p in (env.output / "runs").iterdir())
    out = tmp_path / "explore.ipynb"
    papermill.execute_notebook(
        str(NOTEBOOK),
        str(out),
        parameters={"config": str(env.config), "period": "2026Q3", "checks": "E1"},
        kernel_name="python3",
        progress_bar=False,
        cwd=str(NOTEBOOK.parent),
    )
    nb = nbformat.read(out, as_version=4)
    html = "".join(
        o.get("data", {}).get("text/html", "") for c in nb.cells for o in c.get("outputs", [])
    )
    assert 'id="pk-summary"' in html and 'id="rule-CANSPAM-OPTOUT-HONOR"' in html
    assert OPTED_OUT not in out.read_text(encoding="utf-8")  # masked here too
    assert sorted(p.name for p in (env.output / "runs").iterdir()) == before
