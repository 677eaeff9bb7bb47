"""The shipped actor registry: valid, consistent with the codebook, and its aliases match."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from sahel_events.acled import ACLED_ACTOR_TYPES
from sahel_events.codebook import load_project_codebook
from sahel_events.preannotate.registry import (
    Registry,
    RegistryError,
    parse_registry,
)
from sahel_events.preannotate.registry import load_registry as load_with

from .conftest import REPO

CODEBOOK = load_project_codebook(REPO)


def load_registry() -> Registry:
    """The shipped registry, its sectors checked against the project's codebook."""
    return load_with(CODEBOOK)


def test_sectors_come_from_the_codebook_given() -> None:
    # The loader holds no copy of the sector values: a codebook without 'militia' refuses
    # an actor in that sector, one with a new sector accepts it.
    actor = {"id": "a", "name": "Alpha", "entity_type": "ORG", "sector": "militia"}
    assert parse_registry({"actors": [actor]}, CODEBOOK).get("a") is not None
    sector = CODEBOOK.entity_attributes["sector"]
    values = {k: v for k, v in sector.values.items() if k != "militia"}
    without = dataclasses.replace(
        CODEBOOK,
        entity_attributes={
            **CODEBOOK.entity_attributes,
            "sector": dataclasses.replace(sector, values=values),
        },
    )
    with pytest.raises(RegistryError) as info:
        parse_registry({"actors": [actor]}, without)
    assert [i.location.path for i in info.value.report] == ["actors.a.sector"]
    assert "militia" not in info.value.report.issues[0].message


def test_unknown_keys_are_refused_with_their_line(tmp_path: Path) -> None:
    path = tmp_path / "actors.yaml"
    path.write_text(
        "actors:\n"
        "  - id: a\n"
        "    name: Alpha\n"
        "    entity_type: ORG\n"
        "    sector: militia\n"
        "    secteur: militia\n"
        "  - {id: Bad Id, name: B, entity_type: ORG, sector: militia}\n",
        encoding="utf-8",
    )
    with pytest.raises(RegistryError) as info:
        load_with(CODEBOOK, path)
    found = {(i.location.path, i.location.line) for i in info.value.report}
    assert found == {("actors.a.secteur", 6), ("actors[1].id", 7)}, info.value.report.to_text()
    assert all(i.location.file == str(path) for i in info.value.report)


@pytest.mark.parametrize(
    ("text", "actor_id"),
    [
        ("AQMI", "aqmi"),
        ("AQIM", "aqmi"),
        ("Al-Qaïda au Maghreb islamique", "aqmi"),
        ("Al-Qaida au Maghreb islamique", "aqmi"),
        ("al-Qaeda in the Islamic Maghreb", "aqmi"),
        ("JNIM", "jnim"),
        ("GSIM", "jnim"),
        ("Groupe de soutien à l'islam et aux musulmans", "jnim"),
        ("EIGS", "eigs"),
        ("État islamique au Sahel", "eigs"),
        ("Etat islamique dans le Grand Sahara", "eigs"),
        ("ISGS", "eigs"),
        ("FAMa", "fama"),
        ("armée malienne", "fama"),
        ("AES", "aes"),
        ("Alliance des États du Sahel", "aes"),
        ("Confédération des États du Sahel", "aes"),
        ("MINUSMA", "minusma"),
        ("Wagner", "wagner"),
        ("Groupe Wagner", "wagner"),
        ("Africa Corps", "africa-corps"),
        ("CEDEAO", "cedeao"),
        ("ECOWAS", "cedeao"),
        ("VDP", "vdp"),
        ("CIA", "cia"),
    ],
)
def test_alias_or_acronym_finds_the_actor(text: str, actor_id: str) -> None:
    registry = load_registry()
    sentence = f"Selon nos informations, {text} a publié un communiqué."
    found = registry.find(sentence)
    assert [(m.text, m.actor.id) for m in found] == [(text, actor_id)]


def test_longest_name_wins_and_offsets_are_exact() -> None:
    text = "L'État islamique au Sahel et l'État islamique se disputent la zone."
    found = load_registry().find(text)
    assert [(m.text, m.actor.id) for m in found] == [
        ("État islamique au Sahel", "eigs"),
        ("État islamique", "etat-islamique"),
    ]
    for m in found:
        assert text[m.start : m.end] == m.text


def test_acronyms_keep_their_case() -> None:
    registry = load_registry()
    assert registry.find("les aes de la maison") == []
    assert [m.actor.id for m in registry.find("les pays de l'AES")] == ["aes"]


def test_entries_carry_sector_country_and_only_certain_wikidata_ids() -> None:
    registry = load_registry()
    jnim = registry.get("jnim")
    assert jnim is not None
    assert (jnim.sector, jnim.country, jnim.entity_type, jnim.wikidata) == (
        "armed-group",
        "ML",
        "ORG",
        None,
    )
    fama = registry.get("fama")
    assert fama is not None and fama.sector == "military"
    un = registry.get("onu")
    assert un is not None and un.wikidata == "Q1065"
    with_ids = {a.id for a in registry.actors.values() if a.wikidata}
    assert with_ids <= {"onu", "union-africaine", "union-europeenne", "otan", "cia"}


def test_a_name_given_to_two_actors_is_refused() -> None:
    data = {
        "actors": [
            {
                "id": "a",
                "name": "Alpha",
                "entity_type": "ORG",
                "sector": "militia",
                "aliases": {"fr": ["Le Groupe"]},
                "acronyms": ["GRP"],
            },
            {
                "id": "b",
                "name": "Beta",
                "entity_type": "ORG",
                "sector": "militia",
                "aliases": {"fr": ["le groupe"]},
                "acronyms": [],
            },
        ]
    }
    with pytest.raises(RegistryError) as info:
        parse_registry(data, CODEBOOK)
    assert any("le groupe" in i.message for i in info.value.report)


def test_bad_ids_sectors_and_wikidata_are_refused() -> None:
    data = {
        "actors": [
            {"id": "Bad Id", "name": "X", "entity_type": "ORG", "sector": "militia"},
            {"id": "ok", "name": "Y", "entity_type": "ORG", "sector": "rebels", "wikidata": "123"},
        ]
    }
    with pytest.raises(RegistryError) as info:
        parse_registry(data, CODEBOOK)
    paths = {i.location.path for i in info.value.report}
    assert {"actors[0].id", "actors.ok.sector", "actors.ok.wikidata"} <= paths


def test_every_actor_has_an_acled_actor_type_and_a_bad_one_is_refused() -> None:
    registry = load_registry()
    assert {a.acled_type for a in registry.actors.values()} <= set(ACLED_ACTOR_TYPES)
    assert registry.get("gov-ml").acled_type == "State Forces"  # type: ignore[union-attr]
    assert registry.get("jnim").acled_type == "Rebel Groups"  # type: ignore[union-attr]
    assert registry.get("wagner").acled_type == "External/Other Forces"  # type: ignore[union-attr]
    bad = {"id": "b", "name": "B", "entity_type": "ORG", "sector": "militia", "acled_type": "X"}
    with pytest.raises(RegistryError) as info:
        parse_registry({"actors": [bad]}, CODEBOOK)
    assert [i.location.path for i in info.value.report] == ["actors.b.acled_type"]
