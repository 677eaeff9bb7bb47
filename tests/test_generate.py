"""Files generated from the codebook: their content, and the drift check that guards them."""

from __future__ import annotations

import csv
import io
import json
import shutil
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest

from sahel_events.codebook import load_codebook
from sahel_events.generate import check_generated, generate_all, labelconfig, write_generated
from sahel_events.paths import Project
from tests.clirunner import run_cli

REPO = Path(__file__).resolve().parents[1]
CODEBOOK = load_codebook(REPO / "schema" / "codebook.yaml")


@pytest.fixture
def project(tmp_path: Path) -> Project:
    """A throw-away project holding a copy of the repository's schema/."""
    shutil.copytree(REPO / "schema", tmp_path / "schema")
    return Project(tmp_path)


def config() -> ET.Element:
    return ET.fromstring(labelconfig.render(CODEBOOK))


def test_label_config_has_every_label_with_its_hotkey() -> None:
    root = config()
    groups = {labels.get("name"): labels for labels in root.iter("Labels")}
    entity = {label.get("value"): label.get("hotkey") for label in groups["entity"]}
    event = {label.get("value"): label.get("hotkey") for label in groups["event"]}
    assert entity == {e.id: e.hotkey for e in CODEBOOK.entity_types.values()}
    assert event == {t.id: t.hotkey for t in CODEBOOK.event_types.values()}
    # REPEATED over repeated paragraphs; CONFLICT, placed only by `adjudicate`, has no key.
    layout = {label.get("value"): label.get("hotkey") for label in groups["layout"]}
    assert list(layout) == ["REPEATED", "CONFLICT"]
    assert layout["REPEATED"] is not None and layout["CONFLICT"] is None
    hotkeys = [*entity.values(), *event.values()]
    assert len(hotkeys) == len(set(hotkeys))
    for labels in groups.values():
        assert labels.get("toName") == "text"


def test_each_mode_control_offers_only_its_types_modes_when_that_type_is_selected() -> None:
    root = config()
    for view in root.iter("View"):
        choices = view.find("Choices")
        if choices is None or not (choices.get("name") or "").startswith("mode_"):
            continue
        event_type = CODEBOOK.mode_controls()[choices.get("name") or ""]
        assert view.get("visibleWhen") == "region-selected"
        assert view.get("whenTagName") == "event"
        assert view.get("whenLabelValue") == event_type.id
        assert choices.get("perRegion") == "true"
        assert [c.get("value") for c in choices] == list(event_type.modes)
    names = {c.get("name") for c in root.iter("Choices")}
    assert {t.mode_control for t in CODEBOOK.event_types.values() if t.modes} <= names


def test_factuality_temporal_and_normalised_fields_are_per_region() -> None:
    root = config()
    per_region = {c.get("name") for c in root.iter("Choices") if c.get("perRegion") == "true"} | {
        t.get("name") for t in root.iter("TextArea") if t.get("perRegion") == "true"
    }
    assert {
        "factuality_certainty",
        "factuality_polarity",
        "factuality_source",
        "temporal_status",
        "contexts",
        "norm_date",
        "norm_place",
        "norm_coords",
        "norm_actor",
        "norm_count",
    } <= per_region
    document = {c.get("name") for c in root.iter("Choices") if c.get("perRegion") is None}
    assert document == set(CODEBOOK.document_choices)


def test_relations_carry_the_role_labels() -> None:
    roles = [r.get("value") for r in config().iter("Relation")]
    assert roles == list(CODEBOOK.roles)


def test_label_hints_are_the_codebook_definitions() -> None:
    root = config()
    label = next(lab for lab in root.iter("Label") if lab.get("value") == "ASSAULT")
    hint = label.get("hint") or ""
    assert hint and " ".join(CODEBOOK.event_types["ASSAULT"].definition.split()).startswith(
        hint.rstrip(".")
    )


def test_codebook_page_and_instructions_hold_every_definition_and_example() -> None:
    files = generate_all(CODEBOOK)
    page = files["CODEBOOK.md"]
    instructions = files["labelstudio/instructions.html"]
    for mode in CODEBOOK.event_types["ASSAULT"].modes.values():
        assert " ".join(mode.definition.split()).replace("|", "\\|") in page
        assert " ".join(mode.examples.fr.split()).replace("|", "\\|") in page
    for role in CODEBOOK.roles.values():
        assert role.id in instructions


def test_crosswalk_csv_has_one_row_per_codebook_row() -> None:
    rows = list(csv.DictReader(io.StringIO(generate_all(CODEBOOK)["crosswalks.csv"])))
    # One row per codebook row, plus one per value that settles a one-to-many row
    # (column condition, e.g. civilian_targeting=not-targeted).
    base = [r for r in rows if not r["condition"]]
    assert len(base) == len(CODEBOOK.crosswalks)
    resolved = sum(len(v) for c in CODEBOOK.crosswalks for v in c.resolved_by.values())
    assert len(rows) - len(base) == resolved > 0
    assert {r["event_type"] for r in base if not r["mode"]} == set(CODEBOOK.event_types)


def test_generated_files_in_the_repository_are_up_to_date() -> None:
    report = check_generated(Project(REPO))
    assert report.valid, report.to_text()


def test_hand_edit_of_a_generated_file_is_caught_and_named(project: Project) -> None:
    target = project.schema / "labelstudio" / "labeling-config.xml"
    target.write_text(target.read_text().replace('hotkey="1"', 'hotkey="9"', 1))
    report = check_generated(project)
    assert [i.code for i in report] == ["schema.stale"]
    assert report.issues[0].location.file == "schema/labelstudio/labeling-config.xml"
    assert report.issues[0].location.line is not None


def test_missing_generated_file_is_caught(project: Project) -> None:
    (project.schema / "CODEBOOK.md").unlink()
    report = check_generated(project)
    assert [(i.code, i.location.file) for i in report] == [("schema.missing", "schema/CODEBOOK.md")]


def test_generate_repairs_what_check_found(project: Project) -> None:
    (project.schema / "CODEBOOK.md").write_text("edited by hand\n")
    assert write_generated(project) == ["schema/CODEBOOK.md"]
    assert check_generated(project).valid
    assert write_generated(project) == []  # idempotent


def test_schema_check_cli_exit_codes(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    ok = run_cli(["schema", "check", "--project", str(project.root)], capsys)
    assert ok.code == 0, ok.err
    (project.schema / "crosswalks.csv").write_text("edited\n")
    stale = run_cli(["schema", "check", "--project", str(project.root)], capsys)
    assert stale.code == 1
    assert "schema/crosswalks.csv" in stale.out
    assert "schema generate" in stale.out


def test_no_single_key_hotkey_is_left_for_label_studio_to_hand_out() -> None:
    # Label Studio binds any free key of its pool to a control without a hotkey, and the key
    # still acts while that control is hidden (a CONSULT region got a hidden RETREAT mode).
    root = config()
    bound = [e.get("hotkey") for e in root.iter() if e.get("hotkey")]
    assert len(bound) == len(set(bound))
    assert set(labelconfig.LS_AUTO_HOTKEYS) <= set(bound)
    per_region = {c.get("name") for c in root.iter("Choices") if c.get("perRegion") == "true"}
    for choices in root.iter("Choices"):
        if choices.get("name") in per_region:
            assert all(c.get("hotkey") is None for c in choices)


def test_schema_check_with_a_broken_codebook_prints_the_report(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    codebook = project.schema / "codebook.yaml"
    codebook.write_text(codebook.read_text().replace("version:", "vers1on:", 1))
    as_json = run_cli(["schema", "check", "--json", "--project", str(project.root)], capsys)
    assert as_json.code == 1
    report = json.loads(as_json.out)
    assert report["valid"] is False
    codes = {i["code"] for i in report["issues"]}
    assert "codebook.unknown-key" in codes, report
    assert all(i["location"]["file"].endswith("codebook.yaml") for i in report["issues"])
    readable = run_cli(["schema", "check", "--project", str(project.root)], capsys)
    assert readable.code == 1
    assert readable.out == ""
    assert "codebook.unknown-key" in readable.err and "vers1on" in readable.err


def test_removing_labels_frees_keys_that_go_to_hidden_filters() -> None:
    # A label removed from the codebook frees its hotkey: the generator must not crash, and
    # the key must not be left for Label Studio to hand to a per-region choice.
    entity_types = {k: v for k, v in CODEBOOK.entity_types.items() if k not in {"VEH", "WEA"}}
    event_types = {k: v for k, v in CODEBOOK.event_types.items() if k != "SANCTION"}
    smaller = replace(CODEBOOK, entity_types=entity_types, event_types=event_types)
    root = ET.fromstring(labelconfig.render(smaller))
    values = {label.get("value") for label in root.iter("Label")}
    assert not {"VEH", "WEA", "SANCTION"} & values
    bound = [e.get("hotkey") for e in root.iter() if e.get("hotkey")]
    assert len(bound) == len(set(bound))
    assert set(labelconfig.LS_AUTO_HOTKEYS) <= set(bound)
    freed = {CODEBOOK.entity_types[k].hotkey for k in ("VEH", "WEA")}
    freed.add(CODEBOOK.event_types["SANCTION"].hotkey)
    (hidden,) = [v for v in root.iter("View") if v.get("style") == "display: none"]
    sinks = list(hidden.iter("Filter"))
    assert len(sinks) == 3 and all(f.get("toName") == "layout" for f in sinks)
    assert {f.get("hotkey") for f in sinks} <= set(labelconfig.LS_AUTO_HOTKEYS)
    assert freed <= set(bound)
    # The repository's codebook binds every key without sinks.
    assert not [v for v in config().iter("View") if v.get("style") == "display: none"]
