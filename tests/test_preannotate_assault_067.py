"""Pre-annotation 0.67.0, violent acts no longer merged into another.

An earlier act named to date the clause of the news, with its own toll in the
pluperfect ("au lendemain de l'explosion d'une mine qui avait blessé deux soldats", "the
day after a roadside bomb that had killed four soldiers"), is its own event with the
toll, place and instrument its own words name, never the subject, day or place of the
clause it dates; the act told before by the same word and named again that way ("deux
jours après l'attaque qui avait fait douze morts") stays one event. A killing of the
other side told "also" ("JNIM has also killed civilians in the area") is the other
side's act, its own event; one of the same attackers ("Les assaillants ont également
tué un berger") stays the attack's. A source's saying that opens another story ("OCHA
signale par ailleurs qu'un camion a été intercepté") tells another act. Each sentence is
written for the test."""

from __future__ import annotations

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import english_document, titled_document
from tests.test_preannotate_findacts_064 import _events
from tests.test_preannotate_forcemoves_066 import _roles


def _assaults(annotator: Preannotator, doc: dict[str, object]) -> list[str]:
    return [t for label, _, t in _events(annotator, doc) if label == "ASSAULT"]


# An earlier act named to date the news, with its own pluperfect toll.


def test_a_mine_blast_the_day_before_an_execution_is_its_own_event(
    annotator: Preannotator,
) -> None:
    doc = titled_document(
        "Exécutions présumées à Gorgadji",
        "Des habitants accusent des militaires d'avoir exécuté au moins dix hommes "
        "vendredi à Gorgadji.\nSelon eux, une patrouille est entrée dans le village dans "
        "la matinée, au lendemain de l'explosion d'une mine qui avait blessé deux gendarmes "
        "sur la route de Dori.",
    )
    # Before 0.67.0 the blast was merged into the executions, their toll with its own.
    assert _assaults(annotator, doc) == ["exécuté", "explosion"]
    assert _roles(annotator, doc, "explosion", "casualties") == ["deux gendarmes"]
    assert _roles(annotator, doc, "exécuté", "casualties") == ["au moins dix hommes"]


def test_the_blast_takes_no_subject_nor_day_of_the_clause_it_dates(
    annotator: Preannotator,
) -> None:
    doc = titled_document(
        "Raid à Sirgadji",
        "Des soldats ont tué au moins six éleveurs samedi à Sirgadji, selon des témoins."
        "\nLa colonne est arrivée samedi matin, au lendemain de l'explosion d'un engin "
        "artisanal qui avait tué trois militaires près de Tongomayel.",
    )
    assert _roles(annotator, doc, "explosion", "actor") == []
    assert _roles(annotator, doc, "explosion", "time") == []
    assert _roles(annotator, doc, "explosion", "location") == ["Tongomayel"]


def test_an_english_ambush_a_day_before_has_its_own_place(annotator: Preannotator) -> None:
    doc = english_document(
        "Gunmen attacked a weekly market near Bankilare on Thursday, killing six traders, "
        "local officials said.\nThe attack came a day after an ambush that had killed four "
        "soldiers near Dargol, according to a security source."
    )
    assert _assaults(annotator, doc) == ["attacked", "ambush"]
    # Before 0.67.0 the ambush took the market's town from the sentence before.
    assert _roles(annotator, doc, "ambush", "location") == ["Dargol"]
    assert _roles(annotator, doc, "ambush", "casualties") == ["four soldiers"]


def test_an_english_roadside_bomb_the_day_before(annotator: Preannotator) -> None:
    doc = english_document(
        "Residents of a village near Kantchari said soldiers shot dead eleven men on "
        "Sunday.\nThe troops entered the village the day after a roadside bomb that had "
        "killed two soldiers on the road to Diapaga, the residents said."
    )
    assert _assaults(annotator, doc) == ["shot dead", "roadside bomb"]
    assert _roles(annotator, doc, "roadside bomb", "location") == ["Diapaga"]


def test_the_news_attack_named_again_to_date_a_visit_stays_one(
    annotator: Preannotator,
) -> None:
    doc = titled_document(
        "Visite du ministre à Inatès",
        "Des hommes armés ont attaqué dimanche le poste militaire d'Inatès, tuant neuf "
        "soldats, selon l'état-major.\nLe ministre s'est rendu mardi à Inatès, deux jours "
        "après l'attaque qui avait fait neuf morts.",
    )
    assert _assaults(annotator, doc) == ["attaqué"]


def test_the_day_after_the_attack_with_no_toll_of_its_own(annotator: Preannotator) -> None:
    doc = titled_document(
        "Brigade attaquée à Kompienga",
        "Deux gendarmes ont été tués jeudi lors d'une attaque contre la brigade de "
        "Kompienga, a-t-on appris de source sécuritaire.\nAu lendemain de l'attaque, le "
        "marché de la ville est resté fermé.",
    )
    assert _assaults(annotator, doc) == ["attaque"]


# A killing of the other side told "also".


def test_the_militants_also_killed_civilians_is_their_own_act(
    annotator: Preannotator,
) -> None:
    doc = titled_document(
        "Exactions près de Djenné",
        "Des soldats ont tué au moins sept villageois le 3 septembre lors d'une opération "
        "à Kouana, près de Djenné, selon des témoins. Les jihadistes de la katiba Macina "
        "ont également tué des civils dans la zone ces dernières semaines.",
    )
    # Before 0.67.0 one event: the jihadists' killings merged into the soldiers'.
    assert _assaults(annotator, doc) == ["opération", "tué"]
    assert _roles(annotator, doc, "opération", "actor") == ["Des soldats"]
    assert _roles(annotator, doc, "tué", "actor") == ["Les jihadistes de la katiba Macina"]


def test_english_fighters_also_killed_civilians(annotator: Preannotator) -> None:
    doc = english_document(
        "Nigerien soldiers killed at least twelve men during a raid on a village near "
        "Abala on 2 November, a rights group said on Thursday. Islamic State fighters "
        "have also killed civilians in the area in recent months, the group said."
    )
    assert _assaults(annotator, doc) == ["raid", "killed"]
    assert _roles(annotator, doc, "raid", "actor") == ["Nigerien soldiers"]
    assert _roles(annotator, doc, "killed", "actor") == ["Islamic State fighters"]


def test_the_same_attackers_also_killing_a_herder_stay_one_attack(
    annotator: Preannotator,
) -> None:
    doc = titled_document(
        "Camp attaqué à Nara",
        "Des jihadistes ont attaqué mardi le camp militaire de Nara, tuant deux soldats, "
        "selon l'armée. Les assaillants ont également tué un berger à la sortie de la "
        "ville avant de se replier.",
    )
    assert _assaults(annotator, doc) == ["attaqué"]


# A source's saying that opens another story.


def test_a_source_says_besides_that_a_truck_was_intercepted(annotator: Preannotator) -> None:
    doc = titled_document(
        "Poste attaqué près de Baga Sola",
        "Des combattants de Boko Haram ont attaqué un poste militaire près de Baga Sola, "
        "tuant deux soldats, selon l'armée.\nL'ONG signale par ailleurs qu'un camion de "
        "vivres a été intercepté mardi par des hommes armés sur l'axe Bol-Liwa.",
        town="N'Djamena",
    )
    assert len(_assaults(annotator, doc)) == 2
    assert _roles(annotator, doc, "intercepté", "actor") == ["des hommes armés"]
