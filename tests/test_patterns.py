"""One definition of each id and version pattern, and every checker uses it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from sahel_events import patterns
from sahel_events.codebook import CodebookError, load_codebook, load_project_codebook
from sahel_events.preannotate.registry import RegistryError, parse_registry
from sahel_events.release import semver
from sahel_events.tables import get_table, tableschema
from sahel_events.values import ValueFormatError, parse_actor_id, parse_gazetteer_id

REPO = Path(__file__).resolve().parents[1]
CODEBOOK = load_project_codebook(REPO)

BAD_VERSIONS = ["01.0.0", "1.0", "v1.0.0", "1.0.0-rc1", "1.0.0\n"]


def _codebook_with_version(tmp_path: Path, version: str) -> Path:
    data: dict[str, Any] = yaml.safe_load((REPO / "schema" / "codebook.yaml").read_text("utf-8"))
    data["version"] = version
    path = tmp_path / "codebook.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("version", BAD_VERSIONS)
def test_a_bad_version_is_refused_by_the_codebook_and_the_release(
    tmp_path: Path, version: str
) -> None:
    with pytest.raises(CodebookError) as caught:
        load_codebook(_codebook_with_version(tmp_path, version))
    [issue] = caught.value.report.issues
    assert (issue.code, issue.location.path, issue.location.line) == (
        "codebook.bad-value",
        "version",
        2,
    )
    assert "MAJOR.MINOR.PATCH" in issue.message and "no leading zeros" in issue.message
    assert not semver.is_version(version)
    with pytest.raises(ValueError, match="no leading zeros"):
        semver.Version.parse(version)


def test_a_good_version_is_accepted_by_both(tmp_path: Path) -> None:
    assert load_codebook(_codebook_with_version(tmp_path, "10.0.3")).version == "10.0.3"
    assert str(semver.Version.parse("10.0.3")) == "10.0.3"


@pytest.mark.parametrize(
    ("actor_id", "registry_ok", "value_ok"),
    [
        ("jnim", True, True),
        ("africa-corps", True, True),
        ("Q1065", False, True),  # a Wikidata id: a value, never a registry id
        ("Q0", False, False),
        ("JNIM", False, False),
        ("-jnim", False, False),
        ("jnim!", False, False),
    ],
)
def test_one_actor_id_pattern_for_the_registry_the_values_and_the_tables(
    actor_id: str, registry_ok: bool, value_ok: bool
) -> None:
    actor = {"id": actor_id, "name": "X", "entity_type": "ORG", "sector": "militia"}
    if registry_ok:
        assert parse_registry({"actors": [actor]}, CODEBOOK).get(actor_id) is not None
    else:
        with pytest.raises(RegistryError) as caught:
            parse_registry({"actors": [actor]}, CODEBOOK)
        [issue] = caught.value.report.issues
        assert issue.location.path == "actors[0].id"
        assert issue.message.endswith(f"must match {patterns.REGISTRY_ACTOR_ID}")
    if value_ok:
        assert parse_actor_id(actor_id) == actor_id
    else:
        with pytest.raises(ValueFormatError):
            parse_actor_id(actor_id)
    column = get_table("mentions").column("actor_id")
    assert column.pattern == patterns.ACTOR_ID
    assert patterns.matches(column.pattern, actor_id) == value_ok


def test_the_published_patterns_are_the_shared_ones() -> None:
    fields = {f["name"]: f for f in tableschema.frictionless_schema("mentions", CODEBOOK)["fields"]}
    assert fields["place_id"]["constraints"]["pattern"] == patterns.PLACE_ID[1:-1]
    assert fields["actor_id"]["constraints"]["pattern"] == patterns.ACTOR_ID[1:-1]
    assert parse_gazetteer_id(" geonames:2460596 ") == "geonames:2460596"
    for bad in ("geonames:0123", "geonames:", "2460596"):
        with pytest.raises(ValueFormatError):
            parse_gazetteer_id(bad)
