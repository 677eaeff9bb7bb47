"""The codebook's decision rules, event kinds, crosswalk resolutions, quick-reference card
and validation requirements (issue 14), each with a passing and a failing example."""

from __future__ import annotations

import copy
import dataclasses
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from sahel_events.codebook import Codebook, CodebookError, load_codebook, load_project_codebook
from sahel_events.codebookdecisions import ActorIdRequirement, AttributeRequirement, Requirements
from sahel_events.errors import Report
from sahel_events.generate import generate_all
from sahel_events.ingest import ingest_corpus
from sahel_events.validate import validate_snapshot

REPO = Path(__file__).resolve().parents[1]
EXPORTS = REPO / "tests" / "data" / "exports"

Task = dict[str, Any]


@pytest.fixture(scope="module")
def codebook() -> Codebook:
    return load_project_codebook(REPO)


def test_every_decision_rule_has_a_summary_and_both_examples(codebook: Codebook) -> None:
    expected = {
        "event-identity",
        "fatalities",
        "civilian-targeting",
        "actor-types",
        "factuality-order",
    }
    assert expected <= set(codebook.decision_rules)
    for rule in codebook.decision_rules.values():
        assert rule.summary and rule.rule and rule.examples.fr and rule.examples.en
        # The card prints the summary: a few words, not the rule again.
        assert len(rule.summary) < len(rule.rule) / 2


def test_the_missing_event_kinds_have_a_home_or_a_reason(codebook: Codebook) -> None:
    kinds = codebook.event_kinds
    assert (kinds["coup"].plover_event_type, kinds["coup"].plover_mode) == ("COERCE", "seize")
    assert (kinds["curfew"].plover_event_type, kinds["curfew"].plover_mode) == (
        "COERCE",
        "curfew",
    )
    assert not kinds["appointment"].in_scope and kinds["appointment"].plover_event_type is None
    assert not kinds["national-mourning"].in_scope
    for kind in kinds.values():
        assert kind.examples.fr and kind.examples.en and kind.rule


def _with(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "codebook.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_an_event_kind_mapped_to_a_mode_plover_lacks_is_refused(tmp_path: Path) -> None:
    text = (REPO / "schema" / "codebook.yaml").read_text(encoding="utf-8")
    bad = text.replace(
        "plover: {event_type: COERCE, mode: seize}\n    in_scope: true",
        "plover: {event_type: COERCE, mode: coup}\n    in_scope: true",
    )
    assert bad != text
    with pytest.raises(CodebookError) as info:
        load_codebook(_with(tmp_path, bad))
    assert [(i.code, i.location.path) for i in info.value.report] == [
        ("codebook.not-plover", "event_kinds.coup.plover")
    ]


def test_a_crosswalk_resolution_by_an_unknown_value_is_refused(tmp_path: Path) -> None:
    text = (REPO / "schema" / "codebook.yaml").read_text(encoding="utf-8")
    bad = text.replace("        civilians-targeted: {acled", "        civils: {acled", 1)
    with pytest.raises(CodebookError) as info:
        load_codebook(_with(tmp_path, bad))
    assert [i.code for i in info.value.report] == ["codebook.unknown-reference"]
    assert "civils" in info.value.report.issues[0].message


def test_civilian_targeting_settles_the_one_to_many_assault_rows(codebook: Codebook) -> None:
    firearms = codebook.crosswalk_for("ASSAULT", "firearms")
    assert firearms is not None and firearms.cardinality == "one-to-many"
    assert firearms.resolve({"civilian_targeting": "civilians-targeted"}) == (
        "Violence against civilians",
        "Attack",
        (3,),
    )
    assert firearms.resolve({"civilian_targeting": "not-targeted"}) == (
        "Battles",
        "Armed clash",
        (1, 2),
    )
    # Unset: the row's own mapping, with every UCDP candidate.
    assert firearms.resolve({}) == ("Battles", "Armed clash", (1, 2, 3))
    drone = codebook.crosswalk_for("ASSAULT", "drone")
    assert drone is not None
    # A drone strike stays a remote-violence event in ACLED; only UCDP's type is settled.
    assert drone.resolve({"civilian_targeting": "civilians-targeted"}) == (
        "Explosions/Remote violence",
        "Air/drone strike",
        (3,),
    )


def test_the_csv_crosswalk_has_one_row_per_resolution(codebook: Codebook) -> None:
    rows = generate_all(codebook)["crosswalks.csv"].splitlines()
    assert rows[0].split(",")[:3] == ["event_type", "mode", "condition"]
    targeted = [r for r in rows if r.startswith("ASSAULT,firearms,civilian_targeting=")]
    assert len(targeted) == 2
    assert any("Violence against civilians" in r for r in targeted)


def test_the_quick_reference_card_fits_two_printed_pages(codebook: Codebook) -> None:
    card = generate_all(codebook)["QUICKREF.md"]
    lines = card.splitlines()
    # Two A4 pages hold about 120 printed lines of 100 characters.
    printed = sum(1 + len(line) // 100 for line in lines)
    assert printed <= 120, printed
    for event_type in codebook.event_types.values():
        assert f"`{event_type.id}` | `{event_type.hotkey}`" in card
    for rule in codebook.decision_rules.values():
        assert rule.title in card
    assert card.count("→") >= len(codebook.review_findings) == 5
    assert "des dirigeants d'Al-Qaïda au Maghreb islamique" in card


def test_the_labeling_screen_instructions_open_with_the_card(codebook: Codebook) -> None:
    html = generate_all(codebook)["labelstudio/instructions.html"]
    link = html.index('href="#quick-reference"')
    anchor = html.index('id="quick-reference"')
    assert link < anchor < html.index("<h3>Entities")
    assert "schema/QUICKREF.md" in html


def test_a_codebook_without_decision_sections_loads_and_makes_no_card() -> None:
    """A release before 1.0.0 is rebuilt with its own codebook copy, which has none."""
    old = load_codebook(REPO / "build" / "0.2.0" / "schema" / "codebook.yaml")
    assert old.decision_rules == {} and old.requirements == Requirements()
    assert "QUICKREF.md" not in generate_all(old)


# ---------------------------------------------------------------- validation requirements

REQUIREMENTS = Requirements(
    ActorIdRequirement(("actor", "recipient"), "norm_actor", "actor_type", "ids"),
    (AttributeRequirement("casualty_side", ("CASUALTY",), "sides"),),
)


@pytest.fixture
def check(tmp_path: Path, codebook: Codebook) -> Callable[[Task], Report]:
    documents = {d.doc_id: d for d in ingest_corpus(EXPORTS / "raw", REPO).documents}
    book = dataclasses.replace(codebook, requirements=REQUIREMENTS)

    def run(task: Task) -> Report:
        path = tmp_path / "snapshot.json"
        path.write_text(json.dumps([task], ensure_ascii=False), encoding="utf-8")
        return validate_snapshot(path, book, documents)

    return run


def _niamey() -> Task:
    task: Task = json.loads((EXPORTS / "valid.json").read_text(encoding="utf-8"))[1]
    return copy.deepcopy(task)


def _items(task: Task) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = task["annotations"][0]["result"]
    return items


def _region(task: Task, region_id: str) -> dict[str, Any]:
    return next(i for i in _items(task) if i.get("id") == region_id and i["type"] == "labels")


def _attach(task: Task, region_id: str, control: str, kind: str, value: Any) -> None:
    span = _region(task, region_id)["value"]
    key = "text" if kind == "textarea" else "choices"
    extra = {} if kind == "textarea" else {"text": span["text"]}
    _items(task).append(
        {
            "id": region_id,
            "from_name": control,
            "to_name": "text",
            "type": kind,
            "origin": "manual",
            "value": {"start": span["start"], "end": span["end"], **extra, key: value},
        }
    )


def test_an_actor_argument_without_an_actor_id_is_refused(
    check: Callable[[Task], Report],
) -> None:
    task = _niamey()
    # The golden task gives both people their ids; take the actor's away.
    task["annotations"][0]["result"] = [
        i
        for i in _items(task)
        if not (i.get("id") == "MinDefense" and i.get("from_name") == "norm_actor")
    ]
    report = check(task)
    assert report.codes() == ["codebook.argument-without-actor-id"]
    issue = report.issues[0]
    assert issue.location.region == "MinDefense"
    assert "'actor'" in issue.message and "norm_actor" in issue.message
    # An actor id makes it valid; so does an actor type for an unidentified actor.
    with_id = copy.deepcopy(task)
    _attach(with_id, "MinDefense", "norm_actor", "textarea", ["gov-ne"])
    assert check(with_id).issues == []
    _attach(task, "MinDefense", "actor_type", "choices", ["state-forces"])
    assert check(task).issues == []


def test_a_casualty_count_without_its_side_is_refused(check: Callable[[Task], Report]) -> None:
    task = _niamey()
    span = {"start": 130, "end": 166, "text": "le chef d'état-major du Burkina Faso"}
    _items(task).append(
        {
            "id": "CasualtyX1",
            "from_name": "entity",
            "to_name": "text",
            "type": "labels",
            "origin": "manual",
            "value": {**span, "labels": ["CASUALTY"]},
        }
    )
    report = check(task)
    assert report.codes() == ["codebook.required-by-codebook-missing"]
    assert report.issues[0].location.region == "CasualtyX1"
    assert "casualty_side" in report.issues[0].message
    _attach(task, "CasualtyX1", "casualty_side", "choices", ["state-forces"])
    assert check(task).issues == []


def test_a_codebook_without_requirements_keeps_its_old_rules(
    tmp_path: Path, codebook: Codebook
) -> None:
    """The rules live in the codebook: a release rebuilt with its own (older) codebook
    copy is not judged by rules it was not made under."""
    documents = {d.doc_id: d for d in ingest_corpus(EXPORTS / "raw", REPO).documents}
    path = tmp_path / "snapshot.json"
    path.write_text(json.dumps([_niamey()], ensure_ascii=False), encoding="utf-8")
    old = dataclasses.replace(codebook, requirements=Requirements())
    assert validate_snapshot(path, old, documents).issues == []
