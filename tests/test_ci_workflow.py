"""The example GitHub Actions workflow's release checks pass on the published releases.

`.github/workflows/ci.yml` is what we tell users to copy. Its `published-releases` job
checks every release in `build/` inside the checkout (with the rebuild) and as downloaded
copies outside it. Here its own shell steps run as written, against this repository and the
tool installed in `.venv`, so a workflow that would go red on GitHub fails here first.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
WORKFLOW = REPO / ".github" / "workflows" / "ci.yml"


def _release_check_steps() -> list[dict[str, str]]:
    jobs = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))["jobs"]
    steps = jobs["published-releases"]["steps"]
    return [s for s in steps if "run" in s and "release check" in s["run"]]


def test_the_workflow_checks_every_release_inside_and_outside_the_checkout() -> None:
    names = [step["name"] for step in _release_check_steps()]
    assert len(names) == 2, names


def test_the_workflows_release_checks_pass_on_the_published_releases(tmp_path: Path) -> None:
    venv_bin = Path(sys.executable).parent
    assert (venv_bin / "sahel-events").exists(), "the tool must be installed beside python"
    # The workflow calls `.venv/bin/sahel-events` relative to the checkout.
    assert (REPO / ".venv" / "bin" / "sahel-events").exists()
    env = {**os.environ, "GITHUB_WORKSPACE": str(REPO), "TMPDIR": str(tmp_path)}
    env.pop("SAHEL_EVENTS_PROJECT", None)
    for step in _release_check_steps():
        result = subprocess.run(
            ["bash", "-eo", "pipefail", "-c", step["run"]],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, f"{step['name']}:\n{result.stdout}\n{result.stderr}"
        # Every published release was looked at, not only the first.
        for release in sorted(p for p in (REPO / "build").iterdir() if p.is_dir()):
            if (release / "manifest.json").is_file():
                assert release.name in result.stdout + result.stderr, step["name"]
