"""The codebook loader: the real codebook loads; every kind of mistake is refused, named."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from sahel_events import plover
from sahel_events.codebook import CodebookError, load_codebook
from tests.clirunner import run_cli

REPO = Path(__file__).resolve().parents[1]
CODEBOOK = REPO / "schema" / "codebook.yaml"


@pytest.fixture(scope="module")
def codebook_data() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(CODEBOOK.read_text(encoding="utf-8"))
    return data


def broken(tmp_path: Path, data: dict[str, Any], edit: Callable[[dict[str, Any]], None]) -> Path:
    """Write an edited copy of the real codebook and return its path."""
    copy = yaml.safe_load(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
    edit(copy)
    path = tmp_path / "codebook.yaml"
    path.write_text(yaml.safe_dump(copy, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def refused(path: Path) -> CodebookError:
    with pytest.raises(CodebookError) as caught:
        load_codebook(path)
    return caught.value


def test_real_codebook_loads_with_every_plover_type_and_mode() -> None:
    codebook = load_codebook(CODEBOOK)
    assert set(codebook.event_types) == set(plover.EVENT_MODES)
    for type_id, modes in plover.EVENT_MODES.items():
        assert sorted(codebook.event_types[type_id].modes) == sorted(modes), type_id
    assert sorted(codebook.event_attributes["contexts"].values) == sorted(plover.CONTEXTS)
    assert set(codebook.entity_types) >= {
        "PER",
        "ORG",
        "GPE",
        "LOC",
        "FAC",
        "WEA",
        "VEH",
        "TIME",
        "CASUALTY",
    }


def test_every_described_item_has_a_definition_and_two_examples() -> None:
    codebook = load_codebook(CODEBOOK)
    items: list[Any] = [*codebook.entity_types.values(), *codebook.roles.values()]
    for event_type in codebook.event_types.values():
        items += [event_type, *event_type.modes.values()]
    for group in (codebook.event_attributes, codebook.entity_attributes, codebook.document_choices):
        for attribute in group.values():
            items += list(attribute.values.values())
    items += list(codebook.normalised_values.values())
    for item in items:
        assert item.definition.strip(), item.id
        assert item.examples.fr.strip() and item.examples.en.strip(), item.id
        assert item.examples.fr != item.examples.en, item.id


def test_plover_auxiliary_statuses_are_all_mapped() -> None:
    codebook = load_codebook(CODEBOOK)
    mapped = {
        value.plover_auxiliary
        for attribute in codebook.event_attributes.values()
        for value in attribute.values.values()
        if value.plover_auxiliary
    }
    assert mapped == set(plover.AUXILIARY)


def test_crosswalks_cover_every_type_and_point_at_real_modes() -> None:
    codebook = load_codebook(CODEBOOK)
    whole_type_rows = {row.event_type for row in codebook.crosswalks if row.mode is None}
    assert whole_type_rows == set(plover.EVENT_MODES)
    for row in codebook.crosswalks:
        assert row.plover_event_type in plover.EVENT_MODES
        if row.mode is not None:
            assert row.mode in codebook.event_types[row.event_type].modes
        assert row.cardinality in ("one-to-one", "many-to-one", "one-to-many")
    # The drone strike of the seed article maps to ACLED's air/drone strike sub-event type.
    drone = codebook.crosswalk_for("ASSAULT", "drone")
    assert drone is not None and drone.acled_sub_event_type == "Air/drone strike"
    assert any(row.cardinality == "many-to-one" for row in codebook.crosswalks)


def test_unknown_role_is_refused_with_its_place(tmp_path: Path, codebook_data: Any) -> None:
    def edit(d: dict[str, Any]) -> None:
        d["event_types"]["ASSAULT"]["roles"]["perpetrator"] = {
            "fillers": ["ORG"],
            "required": False,
        }

    error = refused(broken(tmp_path, codebook_data, edit))
    issue = next(i for i in error.report if i.code == "codebook.unknown-reference")
    assert issue.location.path == "event_types.ASSAULT.roles.perpetrator"
    assert issue.location.line is not None
    assert "perpetrator" in issue.message and "known roles" in issue.message


def test_unknown_filler_entity_type_is_refused(tmp_path: Path, codebook_data: Any) -> None:
    def edit(d: dict[str, Any]) -> None:
        d["event_types"]["CONSULT"]["roles"]["actor"]["fillers"].append("PERSON")

    error = refused(broken(tmp_path, codebook_data, edit))
    issue = next(i for i in error.report if i.code == "codebook.unknown-reference")
    assert issue.location.path is not None
    assert issue.location.path.startswith("event_types.CONSULT.roles.actor.fillers")
    assert "PERSON" in issue.message


def test_mode_under_the_wrong_type_is_refused(tmp_path: Path, codebook_data: Any) -> None:
    def edit(d: dict[str, Any]) -> None:
        d["event_types"]["CONSULT"]["modes"]["drone"] = d["event_types"]["ASSAULT"]["modes"][
            "drone"
        ]

    error = refused(broken(tmp_path, codebook_data, edit))
    issue = next(i for i in error.report if i.code == "codebook.mode-wrong-type")
    assert issue.location.path == "event_types.CONSULT.modes.drone"
    assert "ASSAULT" in issue.message  # says where PLOVER puts it


def test_missing_plover_mode_is_refused(tmp_path: Path, codebook_data: Any) -> None:
    def edit(d: dict[str, Any]) -> None:
        del d["event_types"]["ASSAULT"]["modes"]["aerial"]

    error = refused(broken(tmp_path, codebook_data, edit))
    assert any(i.code == "codebook.mode-missing" and "aerial" in i.message for i in error.report)


def test_document_choices_the_pipeline_acts_on_cannot_be_dropped(
    tmp_path: Path, codebook_data: Any
) -> None:
    def edit(d: dict[str, Any]) -> None:
        del d["document_choices"]["doc_status"]["values"]["unusable"]
        del d["document_choices"]["doc_relevance"]

    error = refused(broken(tmp_path, codebook_data, edit))
    missing = [
        (i.location.path, i.message) for i in error.report if i.code == "codebook.choice-missing"
    ]
    assert [path for path, _ in missing] == [
        "document_choices.doc_relevance",
        "document_choices.doc_status.values",
    ]
    assert "'unusable'" in missing[1][1]


def test_duplicate_label_across_groups_is_refused(tmp_path: Path, codebook_data: Any) -> None:
    def edit(d: dict[str, Any]) -> None:
        d["entity_types"]["ASSAULT"] = dict(d["entity_types"]["PER"], hotkey="0")

    error = refused(broken(tmp_path, codebook_data, edit))
    issue = next(i for i in error.report if i.code == "codebook.duplicate-label")
    assert "ASSAULT" in issue.message


def test_duplicate_hotkey_is_refused(tmp_path: Path, codebook_data: Any) -> None:
    def edit(d: dict[str, Any]) -> None:
        # ASSAULT comes after PROTEST in the file, so it is the one reported.
        d["event_types"]["ASSAULT"]["hotkey"] = d["event_types"]["PROTEST"]["hotkey"]

    error = refused(broken(tmp_path, codebook_data, edit))
    issue = next(i for i in error.report if i.code == "codebook.duplicate-hotkey")
    assert issue.location.path == "event_types.ASSAULT.hotkey"
    assert "PROTEST" in issue.message


def test_duplicate_yaml_key_is_refused_not_silently_overwritten(tmp_path: Path) -> None:
    text = CODEBOOK.read_text(encoding="utf-8")
    path = tmp_path / "codebook.yaml"
    # A second top-level `version:` line: plain YAML would keep the last one silently.
    path.write_text(text + "\nversion: 9.9.9\n", encoding="utf-8")
    error = refused(path)
    issue = next(i for i in error.report if i.code == "codebook.duplicate-key")
    assert issue.location.path == "version"
    assert issue.location.line == len(text.splitlines()) + 2


def test_typo_in_a_key_is_refused(tmp_path: Path, codebook_data: Any) -> None:
    def edit(d: dict[str, Any]) -> None:
        roles = d["roles"]["actor"]
        roles["definiton"] = roles.pop("definition")

    error = refused(broken(tmp_path, codebook_data, edit))
    codes = error.report.codes()
    assert "codebook.unknown-key" in codes and "codebook.missing-key" in codes
    typo = next(i for i in error.report if i.code == "codebook.unknown-key")
    assert typo.location.path == "roles.actor.definiton"


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "codebook.yaml"
    path.write_text("name: x\nversion: [1.0\n", encoding="utf-8")
    error = refused(path)
    assert error.report.codes() == ["codebook.yaml-syntax"]
    assert error.report.issues[0].location.line is not None


def test_cli_reports_a_broken_codebook_without_traceback(
    tmp_path: Path, codebook_data: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "project"
    shutil.copytree(REPO / "schema", project / "schema")

    def edit(d: dict[str, Any]) -> None:
        d["event_types"]["CONSULT"]["modes"]["drone"] = d["event_types"]["ASSAULT"]["modes"][
            "drone"
        ]

    broken_path = broken(tmp_path, codebook_data, edit)
    shutil.copy(broken_path, project / "schema" / "codebook.yaml")
    result = run_cli(["schema", "check", "--project", str(project)], capsys)
    assert result.code == 1
    assert "Traceback" not in result.out + result.err
    assert "schema/codebook.yaml" in result.err
    assert "event_types.CONSULT.modes.drone" in result.err


def test_structure_problems_name_their_line_and_path(tmp_path: Path, codebook_data: Any) -> None:
    def edit(d: dict[str, Any]) -> None:
        d["event_types"]["ASSAULT"]["roles"]["actor"]["required"] = "yes"
        d["entity_types"]["PER"]["name"] = " "
        d["crosswalks"][0]["cardinality"] = "one"
        del d["roles"]["actor"]["examples"]

    path = broken(tmp_path, codebook_data, edit)
    lines = path.read_text(encoding="utf-8").splitlines()
    error = refused(path)
    found = {i.location.path: (i.code, i.location.line) for i in error.report}

    def line_of(prefix: str, after: int = 0) -> int:
        return next(n for n, line in enumerate(lines, 1) if n > after and line.startswith(prefix))

    per = line_of("  PER:")
    assert found["entity_types.PER.name"] == ("codebook.empty-text", line_of("    name:", per))
    assault = line_of("  ASSAULT:")
    actor = line_of("      actor:", assault)
    assert found["event_types.ASSAULT.roles.actor.required"] == (
        "codebook.wrong-type",
        line_of("        required:", actor),
    )
    # A missing key has no line of its own: the line of the mapping that lacks it.
    role = line_of("  actor:", line_of("roles:"))
    assert found["roles.actor.examples"] == ("codebook.missing-key", role + 1)
    assert found["crosswalks[0].cardinality"][0] == "codebook.bad-value"
    assert all(i.location.file == str(path) for i in error.report)
