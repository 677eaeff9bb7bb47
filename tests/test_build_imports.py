"""What ``sahel-events build`` imports: jsonschema's import costs about a CPU second (its
format checkers build Lark grammars), more than a warm build's own validation, so a
build whose tasks are valid and that has no incident reviews must not import it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.test_release_support import REPO, add_snapshot, make_project


def test_a_build_of_valid_tasks_without_reviews_does_not_import_jsonschema(
    tmp_path: Path,
) -> None:
    project = make_project(tmp_path / "proj")
    add_snapshot(project, "20250901T120000Z")
    script = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from sahel_events.paths import Project\n"
        "from sahel_events.release.build import build_dataset\n"
        f"result = build_dataset(Project(Path({str(project.root)!r})))\n"
        "assert result.report.valid\n"
        "print(json.dumps('jsonschema' in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=REPO
    )
    assert json.loads(done.stdout.strip().splitlines()[-1]) is False
