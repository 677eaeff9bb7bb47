"""Pre-annotation 0.66.0, real events no longer merged away.

People led away in the sentence after the raiders' act ("Les assaillants ont emporté
le bétail. Ils ont aussi emmené quatre personnes") are an abduction of their own, as
the corpus codes every abduction beside a killing; a person taken somewhere by a
relative, or led away in another paragraph than the raiders', is no one taken. Strikes
from the air told as aimed at the fighters ("sur les colonnes en repli", "sur des
regroupements terroristes") or as the support of a riposte ("appuyée par des frappes
aériennes") are the army's act, another phase than the attack they answer, even told
in the attack's sentence; a toll told "lors de frappes aériennes" stays one event, and
so does a strike told first. Each sentence is written for the test."""

from __future__ import annotations

from typing import Any

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_actorfound_065 import _actors
from tests.test_preannotate_events import english_document, titled_document
from tests.test_preannotate_findacts_064 import _events
from tests.test_preannotate_forcemoves_066 import _roles as _role


def _abductions(annotator: Preannotator, doc: dict[str, Any]) -> list[str]:
    return [
        t for label, mode, t in _events(annotator, doc) if (label, mode) == ("ASSAULT", "abduct")
    ]


def _air_strikes(annotator: Preannotator, doc: dict[str, Any]) -> list[str]:
    return [t for label, mode, t in _events(annotator, doc) if mode in ("aerial", "drone")]


# People led away after the raiders' act, in a sentence of their own.


def test_people_led_away_by_a_pronoun_after_the_raid(annotator: Preannotator) -> None:
    doc = titled_document(
        "Raid près de San",
        "Des hommes armés ont attaqué samedi le village de Kimparana, tuant quatre "
        "cultivateurs.\nLes assaillants ont emporté des dizaines de bœufs. Ils ont aussi "
        "emmené deux enseignants de l'école du village.",
    )
    # Before 0.66.0 no abduction: no armed men in the sentence of "emmené".
    assert _abductions(annotator, doc) == ["emmené"]
    assert _actors(annotator, doc, "emmené") == ["Les assaillants"]
    assert _role(annotator, doc, "emmené", "casualties") == ["deux enseignants"]


def test_people_led_away_told_in_the_passive(annotator: Preannotator) -> None:
    doc = titled_document(
        "Hameau attaqué à Macina",
        "Un hameau de Macina a été attaqué mardi, faisant trois morts.\nLes assaillants "
        "ont pillé les boutiques du marché. Cinq commerçants ont par ailleurs été emmenés, "
        "selon un élu.",
    )
    assert _abductions(annotator, doc) == ["emmenés"]
    # Before 0.66.0 "par ailleurs" between the auxiliary and the verb hid the count.
    assert _role(annotator, doc, "emmenés", "casualties") == ["Cinq commerçants"]


def test_the_abduction_keeps_its_own_place_and_day(annotator: Preannotator) -> None:
    doc = titled_document(
        "Attaque à Dioura",
        "Dans la nuit de jeudi à vendredi, des jihadistes ont attaqué le village de "
        "Dioura, tuant six civils.\nLes assaillants ont incendié des greniers. Ils ont "
        "également emmené trois jeunes bergers.",
    )
    events = _events(annotator, doc)
    assert ("ASSAULT", "abduct", "emmené") in events
    assert _role(annotator, doc, "emmené", "location") == ["Dioura"]


# Traps: no one taken.


def test_a_child_led_to_school_after_a_raid_paragraph(annotator: Preannotator) -> None:
    doc = titled_document(
        "Retour à Pissila",
        "Les assaillants qui occupaient Pissila sont partis en octobre, selon les "
        "habitants.\nUne mère a emmené ses enfants à l'école lundi.",
    )
    assert _abductions(annotator, doc) == []


def test_a_body_taken_home_is_no_abduction(annotator: Preannotator) -> None:
    doc = titled_document(
        "Deuil à Ségou",
        "Le maire de Ségou a reçu mardi les familles des victimes. Son frère a emmené "
        "la dépouille au village natal jeudi.",
    )
    assert _abductions(annotator, doc) == []


# Strikes from the air on the fighters, apart from their attack.


def test_drone_strikes_on_the_retreating_columns_in_the_attack_sentence(
    annotator: Preannotator,
) -> None:
    doc = titled_document(
        "Assaut repoussé à Diguel",
        "L'état-major affirme que l'assaut lancé jeudi par des jihadistes contre le camp "
        "de Diguel a été repoussé, notamment grâce à des frappes de drone sur les "
        "colonnes en fuite, au nord du camp.",
    )
    # Before 0.66.0 the strikes were merged into the assault told in their sentence.
    assert _air_strikes(annotator, doc) == ["frappes de drone"]
    assert "des jihadistes" not in _actors(annotator, doc, "frappes de drone")


def test_air_strikes_backing_the_riposte(annotator: Preannotator) -> None:
    doc = titled_document(
        "Détachement attaqué à Gomboro",
        "Le détachement de Gomboro a été attaqué samedi par des terroristes. Une "
        "quinzaine d'assaillants ont été tués lors de la riposte, appuyée par des "
        "frappes aériennes. Cinq soldats ont péri. Le JNIM a revendiqué l'attaque.",
    )
    assert _air_strikes(annotator, doc) == ["frappes aériennes"]
    # The group claiming the attack is not the strikes' author.
    assert _actors(annotator, doc, "frappes aériennes") == []


def test_air_strikes_on_groupings_after_clashes(annotator: Preannotator) -> None:
    doc = titled_document(
        "Affrontements près de Ténenkou",
        "Des affrontements entre des chasseurs et des jihadistes ont fait huit morts "
        "lundi près de Ténenkou.\nL'armée a annoncé mardi avoir mené des frappes "
        "aériennes « sur des regroupements terroristes » dans la zone de Diafarabé.",
    )
    assert _air_strikes(annotator, doc) == ["frappes aériennes"]


def test_english_air_strikes_supporting_the_repelled_assault(annotator: Preannotator) -> None:
    body = (
        "Jihadist fighters attacked an army camp near Anderamboukane on Friday, killing "
        "three soldiers, the army said. Troops repelled the assault with the support of "
        "air strikes on the attackers' columns, it added."
    )
    assert _air_strikes(annotator, english_document(body)) == ["air strikes"]


# Traps: one event.


def test_a_toll_told_during_the_strikes_stays_one_event(annotator: Preannotator) -> None:
    doc = titled_document(
        "Convoi attaqué près de Dori",
        "Un convoi a été attaqué lundi près de Dori. Selon l'armée, une trentaine de "
        "terroristes ont été neutralisés lors de frappes aériennes contre leurs positions "
        "de repli.",
    )
    events = _events(annotator, doc)
    assert [t for _, m, t in events if m == "aerial"] == ["frappes aériennes"]
    assert not any(t == "neutralisés" for _, _, t in events)


def test_a_drone_strike_told_first_is_one_event(annotator: Preannotator) -> None:
    doc = titled_document(
        "Frappe sur une foire",
        "Une frappe de drone a tué au moins neuf civils dimanche à la foire de Ber, "
        "selon des témoins. L'armée affirme avoir visé des terroristes.",
    )
    assert [label for label, _, _ in _events(annotator, doc)] == ["ASSAULT"]
