"""``privacykit audit``: run the audit notebook with papermill, render it, publish the run.

One run is built aside in ``<output>/runs/.partial-<run id>/`` and renamed into place only when
everything succeeded; then ``<output>/latest`` is switched to it (a symlink replaced in one
rename). A run that fails keeps its executed notebook under ``<output>/failed/<run id>/`` and
leaves ``latest`` on the last good run. Papermill receives the configuration's path, the period,
the as-of, the run id and the output folder — never a secret: a SQL source's password stays in
the environment, which the kernel inherits.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from privacykit.audit.history import RUNS
from privacykit.audit.inputs import sha256_file
from privacykit.audit.outputs import MANIFEST
from privacykit.audit.session import new_run_id, parse_as_of, parse_check_ids
from privacykit.config import load_config
from privacykit.errors import ReportError
from privacykit.fsutil import write_atomic
from privacykit.period import audit_period
from privacykit.rulebook import load_rulebook
from privacykit.rulebook.models import Severity
from privacykit.schema.mapping import parse_mapping

NOTEBOOK = Path(__file__).resolve().parents[2] / "audits" / "quarterly_audit.ipynb"
TEMPLATES = Path(__file__).resolve().parent / "nbconvert"
STAGE = ".stage"  # in a half-built run: executing, rendering, publishing
STALE_PARTIAL_SECONDS = 24 * 3600  # a half-built run this old was interrupted: removed
KERNEL = "privacykit-audit"
EXIT_OK, EXIT_VIOLATIONS, EXIT_FAILED, EXIT_CHECK_ERROR = 0, 1, 2, 3


@dataclass
class Outcome:
    """What ``privacykit audit`` reports: the exit code, where the run is, its counts."""

    exit_code: int
    run_dir: Path | None = None
    kept_notebook: Path | None = None
    message: str = ""
    counts: dict[str, int] = field(default_factory=dict)


def run_audit_notebook(
    config_path: str | Path,
    period: str | None = None,
    as_of: str | None = None,
    show_personal_data: bool = False,
    checks: str = "",
    progress: IO[str] | None = None,
    notebook: Path = NOTEBOOK,
) -> Outcome:
    """Execute the audit notebook for ``period``, render ``report.html`` and publish the run.

    Raises:
        ConfigError: the configuration, period or as-of is invalid (nothing is written).
    """
    progress = progress or sys.stderr
    started = time.time()
    config_path = Path(config_path).resolve()
    cfg = load_config(config_path, load_rulebook())
    tz = cfg.profile.timezone
    the_period = audit_period(period, tz)
    if as_of:
        parse_as_of(as_of, tz)
    parse_check_ids(checks)
    # A mapping that cannot be read fails here, before a kernel starts (every problem at once).
    parse_mapping(cfg.mapping, cfg.mapping_dir, where=str(cfg.mapping_path or cfg.path))
    if not notebook.is_file():
        raise ReportError(
            f"the audit notebook {notebook} is missing: privacykit audit runs "
            "audits/quarterly_audit.ipynb from the kit's checkout; install the kit from it "
            "(make, or pip install -e .)"
        )
    run_id = new_run_id(the_period)
    output = cfg.output.folder
    _sweep_partials(output, progress)
    staging = output / RUNS / f".partial-{run_id}"
    try:
        staging.mkdir(parents=True)
    except OSError as exc:
        return Outcome(EXIT_FAILED, None, None, f"cannot create the run folder: {exc}")
    parameters: dict[str, Any] = {
        "config": str(config_path),
        "period": period or the_period.label,
        "as_of": as_of or "",
        "run_id": run_id,
        "out_dir": str(staging),
        "show_personal_data": True if show_personal_data else None,
        "launched_at": started,
        "checks": checks,
    }
    title = f"{cfg.profile.name} — privacy audit {the_period.label}"
    try:
        return _build(notebook, staging, parameters, title, started, cfg.output.fail_on, progress)
    except BaseException as exc:  # any failure, even an interrupt: keep the notebook, say where
        kept = _keep_failed(staging, output, run_id)
        if not isinstance(exc, Exception):
            raise
        return Outcome(EXIT_FAILED, None, kept / "audit.ipynb", _failure(exc))


def _build(
    notebook: Path,
    staging: Path,
    parameters: dict[str, Any],
    title: str,
    started: float,
    fail_on: Severity,
    progress: IO[str],
) -> Outcome:
    """Execute, render and publish one run built in ``staging``; raise on any failure."""
    executed = staging / "audit.ipynb"
    _stage(staging, "executing")
    _execute(notebook, executed, parameters, progress)
    executed_at = time.time()
    _stage(staging, "rendering")
    print("[privacykit] rendering report.html", file=progress, flush=True)
    write_atomic(staging / "report.html", render_html(executed, title))
    rendered_at = time.time()
    _stage(staging, "publishing")
    counts = _finish_manifest(staging, started, executed_at, rendered_at)
    final = publish(staging, staging.parent.parent, parameters["run_id"])
    return Outcome(_exit_code(final, fail_on), final, None, "", counts)


def _sweep_partials(output: Path, progress: IO[str]) -> None:
    """Delete half-built runs left by an audit killed more than a day ago (raw lists inside)."""
    cutoff = time.time() - STALE_PARTIAL_SECONDS
    for old in sorted((output / RUNS).glob(".partial-*")) if (output / RUNS).is_dir() else []:
        try:
            if old.stat().st_mtime < cutoff:
                shutil.rmtree(old)
                print(f"[privacykit] removed an interrupted run: {old}", file=progress)
        except OSError:
            continue


def _stage(staging: Path, stage: str) -> None:
    write_atomic(staging / STAGE, stage + "\n")


def _execute(notebook: Path, out: Path, parameters: dict[str, Any], progress: IO[str]) -> None:
    import papermill

    with _own_kernel(out.parent) as kernel:
        papermill.execute_notebook(
            str(notebook),
            str(out),
            parameters=parameters,
            kernel_name=kernel,
            progress_bar=False,
            stderr_file=progress,
            cwd=str(notebook.parent),
            # The kernel's own log (a TCP notice at start, an interrupt at shutdown) is noise
            # in a terminal; the notebook's errors still reach the user through papermill.
            extra_arguments=["--IPKernelApp.log_level=CRITICAL"],
        )


@contextmanager
def _own_kernel(folder: Path) -> Iterator[str]:
    """Yield the name of a kernel that runs this very Python (the kit's environment).

    A user's own "python3" kernel may point to another interpreter; this one is written to a
    folder of the run and found through JUPYTER_PATH for the length of the execution.
    """
    spec = folder / ".kernels" / "kernels" / KERNEL
    spec.mkdir(parents=True, exist_ok=True)
    argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    doc = {"argv": argv, "display_name": "privacykit audit", "language": "python"}
    (spec / "kernel.json").write_text(json.dumps(doc), encoding="utf-8")
    before = os.environ.get("JUPYTER_PATH")
    paths = [str(folder / ".kernels"), *([before] if before else [])]
    os.environ["JUPYTER_PATH"] = os.pathsep.join(paths)
    try:
        yield KERNEL
    finally:
        if before is None:
            os.environ.pop("JUPYTER_PATH", None)
        else:
            os.environ["JUPYTER_PATH"] = before
        shutil.rmtree(folder / ".kernels", ignore_errors=True)


def _failure(exc: Exception) -> str:
    """Return the error the notebook raised, without its traceback."""
    ename, evalue = getattr(exc, "ename", None), getattr(exc, "evalue", None)
    if ename:
        return f"{ename}: {evalue}"
    return f"{type(exc).__name__}: {exc}"


def _keep_failed(staging: Path, output: Path, run_id: str) -> Path:
    """Move a failed run to ``<output>/failed/<run id>``, keeping only its notebook.

    The data files it may have written (findings, remediation lists with raw identifiers) are
    deleted: a failed run is kept to explain the failure, not to be acted on.
    """
    kept = output / "failed" / run_id
    kept.parent.mkdir(parents=True, exist_ok=True)
    if staging.exists():
        staging.rename(kept)
    for item in kept.iterdir() if kept.exists() else []:
        if item.name == "audit.ipynb":
            continue
        if item.is_dir():
            shutil.rmtree(item, ignore_errors=True)
        else:
            item.unlink(missing_ok=True)
    return kept


def render_html(executed: Path, title: str) -> str:
    """Render the executed notebook's outputs as one self-contained HTML page (no code)."""
    import nbformat
    from nbconvert import HTMLExporter

    nb = nbformat.read(executed, as_version=4)  # type: ignore[no-untyped-call]
    for cell in nb.cells:
        if cell.cell_type == "code":  # progress lines stay in the notebook, not the report
            cell.outputs = [o for o in cell.outputs if o.get("output_type") != "stream"]
    exporter = HTMLExporter(  # type: ignore[no-untyped-call]
        template_name="privacykit", extra_template_basedirs=[str(TEMPLATES)]
    )
    exporter.exclude_input = True
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    exporter.exclude_markdown = True
    exporter.exclude_raw = True
    body, _ = exporter.from_notebook_node(nb, resources={"pk_title": title})
    return str(body)


def _finish_manifest(
    staging: Path, started: float, executed: float, rendered: float
) -> dict[str, int]:
    """Add the run's wall-clock timings and every file's SHA-256 to the kernel's manifest."""
    path = staging / MANIFEST
    doc = json.loads(path.read_text(encoding="utf-8"))
    timings = doc.setdefault("timings_seconds", {})
    timings["notebook (kernel start, audit, sections)"] = round(executed - started, 3)
    timings["rendering"] = round(rendered - executed, 3)
    timings["total"] = round(time.time() - started, 3)
    doc["files"] = {
        str(p.relative_to(staging)): sha256_file(p)[0]
        for p in sorted(staging.rglob("*"))
        if p.is_file() and p.name not in (MANIFEST, STAGE) and not p.name.startswith(".")
    }
    doc["finished_at"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    write_atomic(path, json.dumps(doc, indent=2) + "\n")
    return dict(doc.get("counts", {}))


def publish(staging: Path, output: Path, run_id: str) -> Path:
    """Point ``latest`` at the finished run, after renaming it into place.

    The run becomes a run (a folder under ``runs/`` without a leading dot) in one rename, and
    ``latest`` moves in one more; if the second fails, the run stands and ``latest`` still
    names the previous one.
    """
    (staging / STAGE).unlink(missing_ok=True)
    final = output / RUNS / run_id
    staging.rename(final)
    link = output / f".latest-{run_id}"
    try:
        os.symlink(Path(RUNS) / run_id, link, target_is_directory=True)
        os.replace(link, output / "latest")
    except OSError as exc:
        raise ReportError(
            f"the run is complete in {final}, but {output / 'latest'} could not point to it "
            f"({exc}); remove {output / 'latest'} if it is not a link"
        ) from exc
    finally:
        link.unlink(missing_ok=True)
    return final


def _exit_code(run_dir: Path, fail_on: Severity) -> int:
    doc = json.loads((run_dir / MANIFEST).read_text(encoding="utf-8"))
    statuses = doc.get("finding_statuses", [])
    if any(s["status"] == "error" for s in statuses):
        return EXIT_CHECK_ERROR
    if any(
        s["status"] == "violation" and Severity(s["severity"]).rank >= fail_on.rank
        for s in statuses
    ):
        return EXIT_VIOLATIONS
    return EXIT_OK
