"""Committed notebooks: no outputs; the audit notebook is a thin, parameterised view."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted(
    p for d in ("audits", "notebooks", "exercises") for p in (ROOT / d).glob("*.ipynb")
)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_without_outputs(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, path


def test_the_audit_notebook_is_a_thin_view() -> None:
    nb = nbformat.read(ROOT / "audits" / "quarterly_audit.ipynb", as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    tagged = [c for c in code if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1 and tagged[0] is code[0]
    params = tagged[0].source
    for name in ("config", "period", "as_of", "run_id", "out_dir", "show_personal_data"):
        assert f"\n{name} = " in f"\n{params}", name
    names = [line.split("=")[0].strip() for line in params.splitlines() if " = " in line]
    assert not [n for n in names if any(w in n for w in ("password", "secret", "token", "key"))]
    body = "\n".join(c.source for c in code[1:])
    assert "ipywidgets" not in body and "def " not in body and "for " not in body
    assert max(len(c.source.splitlines()) for c in code[1:]) <= 5  # calls, not logic
