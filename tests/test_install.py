"""A researcher's install: the package with no extra, in a fresh virtual environment,
loads a published release and brings only pyarrow, pandas, PyYAML and click (and what
they need), never the pipeline's or Label Studio's dependencies.

This test builds a real virtual environment with ``python -m venv`` and installs the
package with pip from the machine's configured package index, as a user would.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
RELEASE = REPO / "build" / "0.1.0"

#: Distributions that must not come with a plain install (the extras').
HEAVY = {
    "label-studio-sdk",
    "lingua-language-detector",
    "regex",
    "pandera",
    "jsonschema",
    "fastjsonschema",
    "frictionless",
    "mlcroissant",
    "spacy",
    "matplotlib",
    "duckdb",
    "polars",
}


@pytest.fixture(scope="module")
def core_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A virtual environment holding ``pip install sahel-events`` (no extra)."""
    root = tmp_path_factory.mktemp("core")
    # Only what the sdist would hold: building in the checkout would write setuptools'
    # build/lib into build/, where the releases live.
    source = root / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE", "LICENSE-DATA"):
        shutil.copyfile(REPO / name, source / name)
    shutil.copytree(REPO / "src", source / "src", ignore=shutil.ignore_patterns("__pycache__"))
    venv = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    install = subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", str(source)],
        capture_output=True,
        text=True,
    )
    assert install.returncode == 0, install.stderr[-3000:]
    return venv


def _installed(venv: Path) -> set[str]:
    out = subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pip", "list", "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return {d["name"].lower().replace("_", "-") for d in json.loads(out)}


def test_core_dependencies_are_ranges_not_pins() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    names = [d.split(">")[0].split("<")[0].split("=")[0] for d in project["dependencies"]]
    assert sorted(names) == ["click", "pandas", "pyarrow", "pyyaml"]
    assert not any("==" in d for d in project["dependencies"])
    # ... while the pipeline's exact versions are in the constraints file.
    constraints = (REPO / "constraints.txt").read_text().splitlines()
    assert "pandera==0.35.0" in constraints and "pyarrow==26.0.1" in constraints


def test_a_core_only_install_loads_a_release(core_venv: Path) -> None:
    installed = _installed(core_venv)
    assert {"sahel-events", "pandas", "pyarrow", "pyyaml", "click"} <= installed
    assert installed.isdisjoint(HEAVY), installed & HEAVY
    code = (
        "import json, sys, sahel_events\n"
        "tables = sahel_events.load(sys.argv[1])\n"
        "events = tables['events']\n"
        "print(json.dumps({'tables': {k: len(v) for k, v in tables.items()},\n"
        "  'types': sorted(events['event_type'].unique().tolist()),\n"
        "  'killed': str(events['killed_best'].dtype),\n"
        "  'modules': sorted(m for m in ('pandera', 'label_studio_sdk', 'lingua')\n"
        "                    if m in sys.modules)}))\n"
    )
    run = subprocess.run(
        [str(core_venv / "bin" / "python"), "-c", code, str(RELEASE)],
        capture_output=True,
        text=True,
        cwd=core_venv,  # not the checkout: the installed package is what is imported
    )
    assert run.returncode == 0, run.stderr[-3000:]
    out = json.loads(run.stdout)
    manifest = json.loads((RELEASE / "manifest.json").read_text())
    assert out["tables"] == {name: t["rows"] for name, t in manifest["tables"].items()}
    assert out["types"] == ["AGREE", "ASSAULT", "CONSULT", "COOPERATE", "SUPPORT"]
    assert out["killed"] == "Int32"
    assert out["modules"] == []


def test_release_check_without_its_extra_exits_2_with_the_install_command(
    core_venv: Path,
) -> None:
    # The console script is installed with the core; the check needs the `check` extra.
    run = subprocess.run(
        [str(core_venv / "bin" / "sahel-events"), "release", "check", str(RELEASE)],
        capture_output=True,
        text=True,
        cwd=core_venv,
    )
    assert run.returncode == 2, run.stdout + run.stderr
    assert "pip install 'sahel-events[" in run.stderr
    assert "Traceback" not in run.stderr


def test_the_installed_package_names_both_licences(core_venv: Path) -> None:
    # A researcher's tools (pip-licenses, SBOM scanners) read the SPDX expression from
    # the metadata: the code's MIT and the data's CC BY 4.0, with both texts shipped.
    code = (
        "import importlib.metadata as m\n"
        "meta = m.metadata('sahel-events')\n"
        "print(meta['License-Expression']); print(sorted(meta.get_all('License-File')))\n"
    )
    run = subprocess.run(
        [str(core_venv / "bin" / "python"), "-c", code],
        capture_output=True,
        text=True,
        cwd=core_venv,
        check=True,
    )
    assert run.stdout.splitlines() == ["MIT AND CC-BY-4.0", "['LICENSE', 'LICENSE-DATA']"]
