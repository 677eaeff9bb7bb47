"""One suggestion per real event, none without one: what an annotator keeps.

Each test is an article as the press words it; the annotator's view is the list of
suggested events (type and trigger text) the pre-annotator gives for it.
"""

from __future__ import annotations

import pytest

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import titled_document


def suggested(annotator: Preannotator, body: str, title: str = "Titre") -> list[tuple[str, str]]:
    """(event type, trigger text) of every suggested event, in text order."""
    result = next(annotator.predict([titled_document(title, body)])).result
    events = [
        (i["value"]["start"], i["value"]["labels"][0], i["value"]["text"])
        for i in result
        if i.get("from_name") == "event"
    ]
    return [(label, text) for _, label, text in sorted(events)]


def test_a_pluperfect_retelling_is_the_event_already_told(annotator: Preannotator) -> None:
    got = suggested(
        annotator,
        "Le bilan de l'attaque contre le poste de gendarmerie de Tongomayel s'élève à neuf "
        "morts, a annoncé lundi le gouvernement.\n"
        "Une colonne d'hommes armés avait pris d'assaut le poste avant d'être repoussée par "
        "des renforts.\n"
        "Le 4 août, une patrouille était tombée dans une embuscade non loin de là.",
    )
    # The storming retells the attack; the ambush with its own date is another event.
    assert [label for label, _ in got].count("ASSAULT") == 2
    assert any("embuscade" in text for _, text in got)
    assert not any(text == "pris d'assaut" for _, text in got)


def test_a_pluperfect_placed_earlier_stays_its_own_event(annotator: Preannotator) -> None:
    got = suggested(
        annotator,
        "Des hommes armés ont attaqué dimanche le poste militaire de Tin-Akoff.\n"
        "Le poste avait déjà été attaqué par des jihadistes.",
    )
    assert [label for label, _ in got].count("ASSAULT") == 2


def test_the_pluperfect_of_reported_speech_is_the_event_reported(
    annotator: Preannotator,
) -> None:
    got = suggested(
        annotator,
        "L'état-major a indiqué mercredi que ses unités avaient repoussé lundi une attaque "
        "contre le camp de Diafarabé.\n"
        "Les assaillants ont été mis en fuite ; trois soldats ont été blessés.\n"
        "Cette attaque survient deux semaines après la visite du ministre à Mopti.",
    )
    assert [label for label, _ in got].count("ASSAULT") == 1
    assert ("ASSAULT", "attaque") in got


def test_a_demonstrative_points_at_an_event_told_in_the_pluperfect(
    annotator: Preannotator,
) -> None:
    got = suggested(
        annotator,
        "Selon des habitants, des hommes armés avaient attaqué le village de Yoro dans la nuit "
        "de samedi à dimanche.\n"
        "Cette attaque a poussé des dizaines de familles à partir vers Koro.",
    )
    assert [label for label, _ in got].count("ASSAULT") == 1


def test_a_demonstrative_refers_back_whatever_the_type(annotator: Preannotator) -> None:
    got = suggested(
        annotator,
        "Selon des sources sécuritaires, la CIA aurait augmenté le partage de renseignements "
        "avec le gouvernement malien.\n"
        "Cette coopération inquiète plusieurs partenaires de Bamako.",
    )
    assert [label for label, _ in got].count("COOPERATE") == 1


def test_coming_forward_is_no_demonstration(annotator: Preannotator) -> None:
    got = suggested(
        annotator,
        "Deux commerçants enlevés près de Koro ont été libérés samedi. Leurs ravisseurs ne "
        "se sont jamais manifestés, selon leurs familles.\n"
        "Des jeunes ont manifesté dimanche à Koro contre l'insécurité.",
    )
    assert [text for label, text in got if label == "PROTEST"] == ["manifesté"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Dans la région, les enlèvements contre rançon se sont multipliés.",
        "Les attaques y ont nettement diminué depuis trois ans, selon les autorités.",
        "L'armée a multiplié ces dernières semaines les frappes aériennes dans le nord.",
        "Les manifestations de rue sont devenues rares dans la capitale.",
        "Plus de 200 attaques y ont été recensées depuis janvier, selon un observatoire.",
        "Depuis 2023, des dizaines de milliers de volontaires ont été recrutés dans le pays.",
        # Since 0.20.0 a longer phrase before the verb, and "si" / "so" before the word.
        "Les attaques contre les écoles de la commune sont devenues si fréquentes que les "
        "parents ont peur.",
        # Since 0.25.0 any plural act under a period that opens the sentence.
        "Depuis le début de l'année, plusieurs chefs traditionnels ont été assassinés dans "
        "la région.",
        "Depuis janvier, trois enseignants ont été enlevés dans le cercle.",
    ],
)
def test_trends_and_tallies_are_no_events(annotator: Preannotator, sentence: str) -> None:
    got = suggested(annotator, f"Le gouverneur a instauré mardi un couvre-feu à Sollé.\n{sentence}")
    assert [label for label, _ in got] == ["COERCE"]


def test_a_set_of_acts_on_one_day_is_still_suggested(annotator: Preannotator) -> None:
    got = suggested(
        annotator,
        "Une dizaine de frappes aériennes ont visé mardi des positions jihadistes près de "
        "Tessit, a annoncé l'armée.",
    )
    assert [label for label, _ in got] == ["ASSAULT"]


@pytest.mark.parametrize(
    "sentence",
    [
        # A day is no period: one happening.
        "Depuis lundi, trois enseignants ont été enlevés dans le cercle.",
        # The period is another clause's.
        "Trois soldats ont été tués mardi à Djibo, ville sous blocus depuis deux ans.",
    ],
)
def test_a_plural_act_outside_an_opening_period_is_still_suggested(
    annotator: Preannotator, sentence: str
) -> None:
    got = suggested(annotator, sentence)
    assert [text for label, text in got if label == "ASSAULT"] in (["enlevés"], ["tués"])


def test_what_a_meeting_reviews_is_no_event(annotator: Preannotator) -> None:
    got = suggested(
        annotator,
        "Les chefs d'état-major du Mali et du Niger se sont réunis jeudi à Niamey pour faire "
        "le point sur le déploiement de leurs troupes le long de la frontière.",
    )
    assert [label for label, _ in got] == ["CONSULT"]


def test_also_carries_to_a_coordinated_act(annotator: Preannotator) -> None:
    got = suggested(
        annotator,
        "Des hommes armés ont attaqué samedi le village de Kiri, tuant cinq civils.\n"
        "Selon des habitants, les assaillants ont aussi pillé les boutiques et incendié le "
        "dispensaire avant de repartir.",
    )
    # The attack, the looting and the arson: "aussi" holds for "incendié" too.
    assert [label for label, _ in got].count("ASSAULT") == 2
    assert any(text.startswith("incendi") for _, text in got)


@pytest.mark.parametrize(
    "sentence",
    [
        "Des manifestations pour la baisse des prix ont eu lieu lundi à Niamey.",
        "Des rassemblements contre la diminution des bourses ont eu lieu mardi à Ouagadougou.",
    ],
)
def test_what_protests_ask_for_is_no_trend(annotator: Preannotator, sentence: str) -> None:
    assert [label for label, _ in suggested(annotator, sentence)] == ["PROTEST"]


def test_a_relationship_word_is_no_act_of_cooperation(annotator: Preannotator) -> None:
    got = suggested(
        annotator,
        "Le ministre turc de la Défense a été reçu lundi par le chef de l'État.\n"
        "Les échanges ont porté sur les axes prioritaires de la coopération bilatérale. "
        "La visite s'inscrit dans la diversification des partenariats voulue par les "
        "autorités, qui affichent leur volonté de collaborer avec tous les pays.",
    )
    # The relationship, its axes and a wish to collaborate are no cooperation that
    # happened: only the visit is an event.
    assert got == [("CONSULT", "reçu")]


def test_cooperation_resumed_or_carried_out_stays_an_event(annotator: Preannotator) -> None:
    got = suggested(
        annotator,
        "Les armées nigérienne et tchadienne ont relancé mardi leur coopération militaire "
        "le long de la frontière.",
    )
    assert ("COOPERATE", "coopération militaire") in got
    got = suggested(annotator, "Les polices des deux pays ont collaboré pour arrêter le suspect.")
    assert ("COOPERATE", "collaboré") in got


def english(annotator: Preannotator, body: str) -> list[tuple[str, str]]:
    """Suggested events of an English article (the English pipeline has no parse)."""
    doc = titled_document("Title", body)
    doc["language"] = "en"
    result = next(annotator.predict([doc])).result
    return [
        (i["value"]["labels"][0], i["value"]["text"])
        for i in result
        if i.get("from_name") == "event"
    ]


def test_an_english_relationship_word_needs_a_verb_of_happening(annotator: Preannotator) -> None:
    assert not any(
        label == "COOPERATE"
        for label, _ in english(
            annotator,
            "Discussions covered trade, security cooperation and the status of citizens.",
        )
    )
    assert ("COOPERATE", "military cooperation") in english(
        annotator, "Both countries resumed their military cooperation on Friday."
    )


def test_a_recall_for_consultations_is_no_meeting(annotator: Preannotator) -> None:
    got = suggested(
        annotator,
        "Le gouvernement a rappelé lundi pour consultations son ambassadeur à Alger.",
    )
    assert not any(label == "CONSULT" for label, _ in got)


def test_a_measure_that_strikes_someone_is_no_beating(annotator: Preannotator) -> None:
    got = suggested(
        annotator,
        "Le régulateur a levé vendredi la suspension qui frappait depuis trois mois deux "
        "radios privées.\nDes hommes armés ont frappé des commerçants au marché.",
    )
    assert ("ASSAULT", "frappait") not in got
    assert any(label == "ASSAULT" and text.startswith("frapp") for label, text in got)


def test_an_assault_rifle_is_no_assault(annotator: Preannotator) -> None:
    seized = suggested(
        annotator,
        "Les douaniers ont saisi jeudi deux fusils d'assaut et des munitions dans un camion à Gao.",
    )
    assert not any(label == "ASSAULT" for label, _ in seized)
    stormed = suggested(annotator, "Des hommes armés ont pris d'assaut le poste jeudi à Gao.")
    assert any(label == "ASSAULT" for label, _ in stormed)


def test_a_reproach_is_an_accusation_and_the_charges_are_not(annotator: Preannotator) -> None:
    got = suggested(
        annotator,
        "Le régulateur a reproché mardi à la chaîne la diffusion de propos haineux. Le "
        "journaliste conteste les faits qui lui sont reprochés.",
    )
    assert ("ACCUSE", "reproché") in got
    assert ("ACCUSE", "reprochés") not in got


def test_a_fire_and_an_incursion_are_attacks_and_incursions_a_trend(
    annotator: Preannotator,
) -> None:
    got = suggested(
        annotator,
        "Plusieurs communes sont privées de téléphone depuis l'incendie, vendredi soir, du "
        "pylône de Dogofry par des individus armés.\nLe poste a fait l'objet dimanche "
        "d'une tentative d'incursion, repoussée par nos forces.",
    )
    assert ("ASSAULT", "incendie") in got
    assert ("ASSAULT", "incursion") in got
    trend = suggested(annotator, "Les incursions se multiplient dans la zone depuis mars.")
    assert not any(label == "ASSAULT" for label, _ in trend)


def test_a_verb_the_tagger_read_as_a_noun_is_still_a_trigger(annotator: Preannotator) -> None:
    got = suggested(
        annotator,
        "Le groupe minier a dénoncé jeudi une décision arbitraire. Il réclame la libération "
        "« immédiate » de ses employés.",
    )
    assert any(label == "REQUEST" and text.startswith("réclame") for label, text in got)
    # A noun after its determiner stays a noun: "les accusés" accuse no one.
    nouns = suggested(annotator, "Le tribunal a entendu lundi les accusés et leurs avocats.")
    assert not any(label == "ACCUSE" for label, _ in nouns)
    # Nor is an adjective: "une posture plus critique" criticises no one.
    adjective = suggested(
        annotator,
        "L'administration précédente avait adopté une posture plus critique envers les "
        "gouvernements de transition.",
    )
    assert not any(label == "ACCUSE" for label, _ in adjective)


def test_support_someone_means_to_give_is_no_act_of_support(annotator: Preannotator) -> None:
    got = suggested(
        annotator,
        "Cette opération souligne l'engagement des États-Unis à soutenir le Mali. "
        "Le gouvernement a soutenu dimanche la candidature du pays.",
    )
    assert ("SUPPORT", "soutenir") not in got
    assert ("SUPPORT", "soutenu") in got


def test_free_movement_frees_no_one(annotator: Preannotator) -> None:
    got = english(
        annotator,
        "Officials held talks on Monday in Bamako on the free movement of people and goods.",
    )
    assert not any(label == "RETREAT" for label, _ in got)


def test_a_witness_who_agrees_to_speak_makes_no_concession(annotator: Preannotator) -> None:
    # Places and dates helper s18g8: "il a accepté de nous raconter" was a CONCEDE, whose
    # place (where the witness fled) the attack's arson then took.
    got = suggested(
        annotator,
        "Réfugiée à Mopti depuis jeudi, une enseignante de Sofara a accepté de nous "
        "raconter l'attaque de son école.",
    )
    assert not any(label == "CONCEDE" for label, _ in got)
