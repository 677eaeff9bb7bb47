"""The dataset card people read: figures that exist and are referenced, drawn again to the
same bytes; the standard dataset-card sections; scores folded away; no made-up URL."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from sahel_events.paths import Project
from sahel_events.release import build_release
from tests.test_release_support import add_snapshot, make_project

SECTIONS = [
    "## Uses",
    "## Out-of-scope uses",
    "## Biases and limitations",
    "## Personal information",
    "## Citation",
    "## Contact",
]


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> tuple[Project, Path]:
    project = make_project(tmp_path_factory.mktemp("card") / "proj")
    add_snapshot(project, "20250901T120000Z")
    scores = project.root / "scores.json"
    scores.write_text(json.dumps({"entities": {"f1": 0.5}}), encoding="utf-8")
    return project, build_release(project, "1.0.0", scores=scores).path


def test_the_figures_exist_are_referenced_and_listed(release: tuple[Project, Path]) -> None:
    _, path = release
    card = (path / "README.md").read_text(encoding="utf-8")
    referenced = re.findall(r"!\[[^\]]+\]\((figures/[^)]+\.png)\)", card)
    assert referenced == [
        "figures/events-over-time.png",
        "figures/map.png",
        "figures/types-and-modes.png",
    ]  # no agreement figure: no document was coded twice
    sums = (path / "SHA256SUMS").read_text(encoding="utf-8")
    for rel in referenced:
        assert (path / rel).read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
        assert f"  {rel}\n" in sums
        assert "Figure " in card
    assert b"matplotlib" not in (path / "figures/map.png").read_bytes()  # no version stamp


def test_the_figures_are_drawn_again_to_the_same_bytes(
    release: tuple[Project, Path], tmp_path: Path
) -> None:
    from sahel_events.release.build import read_tables
    from sahel_events.release.figures import write_figures

    _, path = release
    again = write_figures(tmp_path, read_tables(path), None)
    for figure in again:
        assert (tmp_path / figure.path).read_bytes() == (path / figure.path).read_bytes()


def test_the_standard_sections_and_folded_scores(release: tuple[Project, Path]) -> None:
    _, path = release
    card = (path / "README.md").read_text(encoding="utf-8")
    positions = [card.index(f"\n{s}\n") for s in SECTIONS]
    assert positions == sorted(positions)
    scores = card[card.index("<summary>Pre-annotation scores") :]
    assert "| entities.f1 | 0.500 |" in scores.split("</details>")[0]
    # Since the incidents table the card says how reports are linked across articles
    # (it said "Nothing is deduplicated across articles" before); here nothing was
    # reviewed, so the one event is one incident.
    assert "**Incidents across articles**" in card
    assert "In this release: 1 incident(s); 0 of them link 0 events" in card
    sources = card[card.index("## Sources and the licence of each text") :]
    assert "| `menaka-attaque` |" in sources.split("\n## ")[0]
    assert "Home: not yet published" in card
    assert "https://github.com" not in card
    package = json.loads((path / "datapackage.json").read_text())
    assert "homepage" not in package
    assert "url" not in json.loads((path / "croissant.json").read_text())
