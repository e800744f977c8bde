"""The house: dependency lists agree, the public surface is small and sorted, import is light."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import yaml

import privacykit

ROOT = Path(__file__).resolve().parents[1]


def _pyproject_deps() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    deps = set(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        deps |= set(extra)
    return {d.replace(" ", "") for d in deps}


def _environment_deps() -> set[str]:
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    pip = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    return {d.replace(" ", "") for d in pip if not d.startswith("-e")}


def test_environment_yml_lists_the_same_dependencies_as_pyproject() -> None:
    assert _environment_deps() == _pyproject_deps()


def test_environment_yml_python_matches_pyproject() -> None:
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    assert "python=3.11" in env["dependencies"]
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["requires-python"]
    assert ">=3.11" in requires


def test_public_surface_is_sorted_and_importable() -> None:
    assert list(privacykit.__all__) == sorted(privacykit.__all__)
    for name in privacykit.__all__:
        assert hasattr(privacykit, name), name


def test_import_privacykit_stays_light() -> None:
    code = (
        "import sys, privacykit; "
        "heavy = [m for m in ('pandas', 'ibis', 'papermill', 'nbconvert', 'ipywidgets', 'duckdb') "
        "if m in sys.modules]; print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_top_level_layout_is_as_fixed() -> None:
    for name in ("notebooks", "privacykit", "exercises", "audits", "tests", "benchmarks", ".ci"):
        assert (ROOT / name).is_dir(), name
    for name in ("environment.yml", "README.md", "pyproject.toml", "Makefile", ".ci/run"):
        assert (ROOT / name).is_file(), name


def test_readme_commands_are_make_targets() -> None:
    readme = (ROOT / "README.md").read_text()
    makefile = (ROOT / "Makefile").read_text()
    for target in ("demo", "test", "lab", "bench", "lint"):
        assert f"make {target}" in readme, target
        assert f"\n{target}:" in makefile, target
    assert "not legal advice" in readme.lower()
