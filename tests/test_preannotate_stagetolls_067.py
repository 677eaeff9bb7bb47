"""Pre-annotation 0.67.0, tolls told for an operation or an attack, not for a stage of it.

The press names a second act inside the subject of the sentence that gives a toll: the
attack an operation answered ("L'opération, déclenchée après l'attaque de X, a coûté la
vie à trois soldats"), the blast an assault began with ("l'assaut, lancé par l'explosion
d'un camion piégé, a été repoussé et une quarantaine d'assaillants ont été neutralisés"),
or the first phase of an ambush ("une mine a d'abord touché un camion, avant que ...")
followed by a toll in a later sentence. Before 0.67.0 the count went to the act nearest to
it, the named one; the corpus gives it to the operation or the attack (corpus notes on
phases and ripostes). Each sentence is written for the test."""

from __future__ import annotations

from typing import Any

from sahel_events.annotation.ids import EntityAttribute, Normalised, Role
from sahel_events.annotation.typed import parse_annotation
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import english_document, titled_document


def _tolls(annotator: Preannotator, doc: dict[str, Any]) -> dict[str, list[str]]:
    """The sorted "kind count" casualties of each event, by its trigger's text."""
    prediction = next(annotator.predict([doc]))
    ann = parse_annotation({"id": 0, "result": list(prediction.result)})
    text = doc["text"]
    events = {rid: text[r.start : r.end] for rid, r in ann.regions.items() if r.control == "event"}
    out: dict[str, list[str]] = {t: [] for t in events.values()}
    for rel in ann.relations:
        arg = ann.regions.get(rel.to_id)
        if arg is None or Role.CASUALTIES not in rel.labels or rel.from_id not in events:
            continue
        kind = next(iter(arg.choices.get(EntityAttribute.CASUALTY_KIND, ())), "")
        out[events[rel.from_id]].append(f"{kind} {arg.texts.get(Normalised.COUNT, '')}")
    return {t: sorted(v) for t, v in out.items()}


# The cause of an operation named in its subject.


def test_an_operation_started_after_an_attack_takes_its_own_dead(
    annotator: Preannotator,
) -> None:
    body = (
        "L'armée affirme avoir neutralisé 25 jihadistes au cours d'une opération menée du "
        "3 au 6 septembre autour de Boni, selon un communiqué.\n"
        "L'opération, déclenchée après l'attaque du 1er septembre contre le poste de "
        "Hombori, a coûté la vie à deux soldats, tandis que trois autres ont été blessés."
    )
    tolls = _tolls(annotator, titled_document("Mali : bilan d'une opération", body))
    # Before 0.67.0: both counts went to the attack on Hombori.
    assert tolls["opération"] == ["injured 3", "killed 2", "killed 25"]
    assert tolls.get("attaque", []) == []


def test_an_offensive_launched_in_reprisal_for_an_ambush(annotator: Preannotator) -> None:
    body = (
        "Les forces armées ont mené une offensive du 2 au 5 septembre dans la province du "
        "Loroum, selon l'état-major.\n"
        "L'offensive, lancée en représailles à l'embuscade du 30 août près de Titao, a fait "
        "quatre morts parmi les soldats, selon la même source."
    )
    tolls = _tolls(annotator, titled_document("Burkina : une offensive", body, "Ouahigouya"))
    assert tolls["offensive"] == ["killed 4"]
    assert tolls.get("embuscade", []) == []


# The act an assault was opened by.


def test_an_assault_opened_by_a_car_bomb_then_shelling_keeps_the_attackers_dead(
    annotator: Preannotator,
) -> None:
    body = (
        "Le JNIM a revendiqué mardi l'attaque menée la veille contre le camp militaire de "
        "Tessit, dans la région de Gao.\n"
        "Dans un communiqué lu mardi soir, l'armée a fait état de « trois morts et huit "
        "blessés » dans ses rangs. Elle affirme que l'assaut, lancé lundi vers 4 heures du "
        "matin par l'explosion d'un camion piégé devant la porte du camp, suivie de tirs de "
        "mortier, a été repoussé et qu'« une quarantaine de terroristes » ont été "
        "neutralisés."
    )
    tolls = _tolls(annotator, titled_document("Mali : le camp de Tessit attaqué", body, "Gao"))
    # Before 0.67.0: the forty went to the shelling, a phase of the assault.
    assert tolls["attaque"] == ["injured 8", "killed 3", "killed 40"]
    assert tolls.get("tirs de mortier", []) == []


# The first phase of an ambush, its toll told later.


def test_a_toll_told_before_a_riposte_and_strikes_is_the_ground_fight_s(
    annotator: Preannotator,
) -> None:
    body = (
        "Un convoi de vivres escorté par l'armée est arrivé lundi à Sebba, a-t-on appris.\n"
        "Le convoi, parti de Dori la semaine précédente, avait été pris pour cible samedi "
        "matin près de Solhan. Selon un élu, une mine a d'abord immobilisé un "
        "camion-citerne, avant que des hommes armés n'ouvrent le feu sur la colonne.\n"
        "Selon l'état-major, « une trentaine de terroristes » ont été neutralisés lors de la "
        "riposte puis lors de frappes aériennes sur leurs positions de repli. Des sources "
        "locales font état de deux soldats tués."
    )
    tolls = _tolls(annotator, titled_document("Burkina : un convoi visé", body, "Dori"))
    # Before 0.67.0: the thirty went to the strikes. The ground fight takes both (here
    # the gunfire, the mine being no event of its own: the corpus note on phases).
    assert tolls["frappes aériennes"] == []
    fight = tolls["pris pour cible"] + tolls.get("ouvrent le feu", [])
    assert sorted(fight) == ["killed 2", "killed 30"]


def test_a_first_phase_keeps_the_toll_told_beside_it(annotator: Preannotator) -> None:
    body = (
        "Des soldats sont tombés dans une embuscade lundi près de Barsalogho. Une mine a "
        "d'abord explosé au passage du véhicule de tête, tuant trois soldats, avant que "
        "les assaillants n'ouvrent le feu."
    )
    tolls = _tolls(annotator, titled_document("Burkina : une embuscade", body, "Kaya"))
    assert tolls["explosé"] == ["killed 3"]


def test_a_count_before_an_act_named_to_date_it_stays(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont tué six civils dimanche à Dioura, deux jours après "
        "l'attaque d'un poste de la gendarmerie, selon des élus."
    )
    tolls = _tolls(annotator, titled_document("Mali : six civils tués", body, "Ségou"))
    assert tolls["tué"] == ["killed 6"]


def test_an_english_first_phase_before_the_gunfire(annotator: Preannotator) -> None:
    body = (
        "A supply convoy reached Bankilare on Monday, local sources said.\n"
        "The convoy had been ambushed on Saturday near Tera. According to a security "
        "source, a roadside bomb first disabled a fuel truck before dozens of gunmen "
        "opened fire on the column.\n"
        "Local sources said eight soldiers were killed and two drivers wounded."
    )
    tolls = _tolls(annotator, english_document(body))
    # Before 0.67.0: the toll went to the bomb.
    assert tolls["ambushed"] == ["injured 2", "killed 8"]


# A count a speaker gives before adding a burning.


def test_a_witness_s_count_before_the_burning_he_adds_is_the_raid_s(
    annotator: Preannotator,
) -> None:
    body = (
        "Des hommes armés ont attaqué dans la nuit de samedi à dimanche le village de "
        "Kouna, selon les autorités.\n"
        "Joint par téléphone, un élu local conteste le bilan officiel. « Nous avons enterré "
        "sept personnes », affirme-t-il, ajoutant que plusieurs boutiques ont été "
        "incendiées par les assaillants."
    )
    tolls = _tolls(annotator, titled_document("Mali : le village de Kouna attaqué", body))
    # Before 0.67.0: the seven went to the burning of the shops.
    assert tolls.get("incendiées", []) == []
    assert tolls["attaqué"] == ["killed 7"]
