"""Pre-annotation 0.67.0, escorts promised, convoys arriving with their goods, goods taken.

An escort promised or announced by an official ("a promis une escorte militaire pour
chaque convoi", "a assuré que des escortes seraient mises en place", "promised that
convoys would be escorted by the army") is MOBILIZE troops `future`, with no time and
no place, and the promise is not also an AGREE; an escort asked for is none. A convoy
that arrives ("est arrivé", "a atteint", "reached") with its goods told after the verb
("apportant des vivres", "carrying food") delivers aid (AID on the arrival, corpus
notes); a convoy arriving with nothing told stays no event. "prendre", "take" and
"recover" are a seizure (COERCE seize) only with goods as their object ("pris l'argent
des commerçants", "took medicines and two motorbikes", "were taken"), never "pris la
fuite", "taken to hospital" or "recovered the bodies". Each sentence is written for the
test."""

from __future__ import annotations

from typing import Any

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import english_document, titled_document


def _events(annotator: Preannotator, doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """trigger text -> {label, mode, status, args: role -> texts} of the suggested events."""
    result = next(annotator.predict([doc])).result
    regions = {i["id"]: i for i in result if i.get("type") == "labels"}
    events: dict[str, dict[str, Any]] = {}
    by_id: dict[str, dict[str, Any]] = {}
    for i in result:
        if i.get("from_name") == "event":
            event = {"label": i["value"]["labels"][0], "mode": None, "status": None, "args": {}}
            events[i["value"]["text"]] = by_id[i["id"]] = event
    for i in result:
        if i.get("type") == "choices" and i["id"] in by_id:
            if i["from_name"].startswith("mode_"):
                by_id[i["id"]]["mode"] = i["value"]["choices"][0]
            elif i["from_name"] == "temporal_status":
                by_id[i["id"]]["status"] = i["value"]["choices"][0]
        elif i.get("type") == "relation" and i["from_id"] in by_id:
            target = regions[i["to_id"]]["value"]["text"]
            by_id[i["from_id"]]["args"].setdefault(i["labels"][0], []).append(target)
    return events


def _english(body: str) -> dict[str, Any]:
    return english_document(body)


# Escorts promised or announced.


def test_an_escort_promised_by_a_governor(annotator: Preannotator) -> None:
    doc = titled_document(
        "Axe Kayes-Diéma",
        "Le gouverneur de la région de Kayes a promis jeudi une escorte militaire pour "
        "chaque convoi de citernes.",
        town="Kayes",
    )
    events = _events(annotator, doc)
    # Before 0.67.0 an AGREE "promis": the escort promised is a move to come.
    assert events["escorte"]["label"] == "MOBILIZE"
    assert events["escorte"]["mode"] == "troops"
    assert events["escorte"]["status"] == "future"
    assert "time" not in events["escorte"]["args"]  # jeudi is the promise's day
    assert not any(e["label"] == "AGREE" for e in events.values())


def test_escorts_to_be_set_up_next_week(annotator: Preannotator) -> None:
    doc = titled_document(
        "Transport",
        "Le préfet a assuré mardi que des escortes seraient mises en place pour les "
        "camions de marchandises.",
        town="Nioro",
    )
    events = _events(annotator, doc)
    assert events["escortes"]["label"] == "MOBILIZE"
    assert events["escortes"]["status"] == "future"
    assert not any(e["label"] == "AGREE" for e in events.values())


def test_convoys_announced_to_benefit_from_an_escort(annotator: Preannotator) -> None:
    doc = titled_document(
        "Convois vers Bankilaré",
        "Le gouverneur de Tillabéri a annoncé mercredi que les prochains convois vers "
        "Bankilaré bénéficieraient d'une escorte renforcée.",
        town="Tillabéri",
    )
    events = _events(annotator, doc)
    assert events["escorte"]["label"] == "MOBILIZE"
    # Bankilaré is where the convoys go, not the escort's place
    assert "location" not in events["escorte"]["args"]


def test_tankers_to_be_escorted_by_the_army(annotator: Preannotator) -> None:
    doc = titled_document(
        "Carburant",
        "Le ministre de l'Énergie a assuré lundi qu'un convoi de cinquante citernes "
        "escorté par l'armée arriverait à Ségou dans les prochains jours.",
        town="Bamako",
    )
    events = _events(annotator, doc)
    assert events["escorté"]["label"] == "MOBILIZE"
    assert events["escorté"]["status"] == "future"


def test_an_english_escort_pledged(annotator: Preannotator) -> None:
    events = _events(
        annotator,
        _english(
            "The energy minister pledged army escorts for all tanker convoys on the "
            "Dakar-Bamako corridor on Wednesday."
        ),
    )
    assert events["escorts"]["label"] == "MOBILIZE"
    assert events["escorts"]["status"] == "future"


def test_an_escort_asked_for_is_no_move(annotator: Preannotator) -> None:
    doc = titled_document(
        "Transporteurs",
        "Les transporteurs ont réclamé mercredi des escortes sur l'axe Ségou-Niono, après "
        "une série d'attaques contre leurs camions.",
        town="Ségou",
    )
    events = _events(annotator, doc)
    assert not any(e["label"] == "MOBILIZE" for e in events.values())


def test_an_escorted_convoy_attacked_is_no_move(annotator: Preannotator) -> None:
    doc = titled_document(
        "Convoi attaqué",
        "Un convoi de commerçants escorté par les FAMa a été pris pour cible mardi entre "
        "Gao et Ansongo, selon une source sécuritaire.",
        town="Gao",
    )
    events = _events(annotator, doc)
    assert not any(e["label"] == "MOBILIZE" for e in events.values())


# A convoy arriving with its goods.


def test_an_escorted_convoy_arriving_with_food(annotator: Preannotator) -> None:
    doc = titled_document(
        "Vivres à Djibo",
        "Un convoi d'une centaine de camions escorté par l'armée est arrivé mardi à "
        "Djibo, apportant des vivres et du carburant aux habitants.",
        town="Ouagadougou",
    )
    events = _events(annotator, doc)
    # Before 0.67.0 the AID was on "apportant des vivres", not on the arrival.
    assert events["arrivé"]["label"] == "AID"
    assert events["arrivé"]["args"]["location"] == ["Djibo"]
    assert events["arrivé"]["args"]["time"] == ["mardi"]


def test_a_convoy_reaching_a_town_with_food(annotator: Preannotator) -> None:
    doc = titled_document(
        "Titao ravitaillé",
        "Le convoi, escorté par nos forces, a atteint Titao lundi avec plus de 200 "
        "camions de vivres pour les populations.",
        town="Ouahigouya",
    )
    events = _events(annotator, doc)
    assert events["atteint"]["label"] == "AID"
    assert events["atteint"]["args"]["location"] == ["Titao"]


def test_a_convoy_reaching_a_town_with_nothing_told_is_no_aid(annotator: Preannotator) -> None:
    doc = titled_document(
        "Route",
        "Un convoi parti de Ouahigouya a atteint Thiou lundi sans encombre.",
        town="Ouahigouya",
    )
    events = _events(annotator, doc)
    assert not any(e["label"] == "AID" for e in events.values())


def test_an_english_convoy_arriving_with_food(annotator: Preannotator) -> None:
    events = _events(
        annotator,
        _english(
            "A convoy of trucks escorted by soldiers arrived in Djibo on Monday carrying "
            "food and medicine for the residents, the government said."
        ),
    )
    assert events["arrived"]["label"] == "AID"
    assert events["arrived"]["args"]["location"] == ["Djibo"]


# Goods taken.


def test_goods_taken_with_prendre(annotator: Preannotator) -> None:
    doc = titled_document(
        "Marché de Banibangou",
        "Des hommes armés ont fouillé mardi les boutiques du marché de Banibangou et pris "
        "l'argent des commerçants, selon le maire.",
        town="Niamey",
    )
    events = _events(annotator, doc)
    assert events["pris"]["label"] == "COERCE"
    assert events["pris"]["mode"] == "seize"
    assert events["pris"]["args"]["actor"] == ["Des hommes armés"]
    assert events["pris"]["args"]["time"] == ["mardi"]


def test_prendre_without_goods_is_no_seizure(annotator: Preannotator) -> None:
    doc = titled_document(
        "Fuite",
        "Les suspects ont pris la fuite à moto vers la frontière. Les blessés ont été pris "
        "en charge au centre de santé de Téra.",
        town="Niamey",
    )
    events = _events(annotator, doc)
    assert not any(e["label"] == "COERCE" for e in events.values())


def test_goods_taken_in_english(annotator: Preannotator) -> None:
    events = _events(
        annotator,
        _english(
            "Gunmen raided the health centre in Gaskindé on Tuesday and took medicines and "
            "two motorbikes, a local official said."
        ),
    )
    assert events["took"]["label"] == "COERCE"
    assert events["took"]["args"]["actor"] == ["Gunmen"]


def test_goods_taken_in_the_english_passive(annotator: Preannotator) -> None:
    events = _events(
        annotator,
        _english(
            "Gunmen stopped a car of an NGO near Gothèye on Sunday. The vehicle, phones and "
            "a laptop were taken."
        ),
    )
    assert events["taken"]["label"] == "COERCE"


def test_weapons_recovered_by_troops(annotator: Preannotator) -> None:
    events = _events(
        annotator,
        _english(
            "Troops repelled an attack on the Tassia post on Monday and recovered several "
            "weapons and motorbikes, the army said."
        ),
    )
    assert events["recovered"]["label"] == "COERCE"
    assert events["recovered"]["args"]["actor"] == ["Troops"]


def test_people_taken_to_hospital_and_bodies_recovered_are_no_seizure(
    annotator: Preannotator,
) -> None:
    events = _events(
        annotator,
        _english(
            "The wounded were taken to hospital in Niamey on Monday. Rescuers recovered the "
            "bodies of the two drivers."
        ),
    )
    assert not any(e["label"] == "COERCE" for e in events.values())


# A protest named by the force used on it.


def test_a_sit_in_named_by_its_dispersal(annotator: Preannotator) -> None:
    doc = titled_document(
        "Campus de Toukra",
        "Une vingtaine d'étudiants interpellés mardi lors de la dispersion d'un sit-in sur "
        "le campus de Toukra ont été libérés jeudi.",
        town="N'Djamena",
    )
    events = _events(annotator, doc)
    # Before 0.67.0 the sit-in was taken for a mere part of its dispersal.
    assert events["sit-in"]["label"] == "PROTEST"
    assert events["dispersion"]["label"] == "ASSAULT"


def test_a_demonstration_named_by_its_dispersal(annotator: Preannotator) -> None:
    doc = titled_document(
        "Zinder",
        "Un élève a été blessé lundi lors de la dispersion d'une manifestation devant le "
        "gouvernorat de Zinder, selon ses camarades.",
        town="Zinder",
    )
    events = _events(annotator, doc)
    assert events["manifestation"]["label"] == "PROTEST"


# A call to protest is the protest to come.


def test_a_call_to_demonstrate_is_the_protest_to_come(annotator: Preannotator) -> None:
    doc = titled_document(
        "Vie chère",
        "Le collectif des associations de consommateurs appelle à manifester samedi à "
        "Niamey contre la vie chère.",
        town="Niamey",
    )
    events = _events(annotator, doc)
    # Before 0.67.0 a REQUEST "appelle" and no protest.
    assert events["manifester"]["label"] == "PROTEST"
    assert events["manifester"]["status"] == "future"
    assert events["manifester"]["args"]["time"] == ["samedi"]
    assert not any(e["label"] == "REQUEST" for e in events.values())


def test_a_call_to_a_shutdown_day(annotator: Preannotator) -> None:
    doc = titled_document(
        "Opposition",
        "La coalition de l'opposition a appelé ses militants à observer une journée « ville "
        "morte » mardi dans tout le pays.",
        town="N'Djamena",
    )
    events = _events(annotator, doc)
    assert events["ville morte"]["label"] == "PROTEST"
    assert not any(e["label"] == "REQUEST" for e in events.values())


def test_a_call_to_lift_a_strike_calls_for_no_protest(annotator: Preannotator) -> None:
    doc = titled_document(
        "Grève",
        "Le ministre a appelé les syndicats à la levée du mot d'ordre de grève lundi.",
        town="Bamako",
    )
    events = _events(annotator, doc)
    assert not any(e["label"] == "PROTEST" for e in events.values())


def test_the_toll_of_a_dispersal_is_not_the_protest_s(annotator: Preannotator) -> None:
    doc = titled_document(
        "Toukra",
        "Un étudiant a été tué mardi lors de la dispersion d'un sit-in sur le campus de "
        "Toukra, selon l'UNET.",
        town="N'Djamena",
    )
    events = _events(annotator, doc)
    assert events["sit-in"]["label"] == "PROTEST"
    assert "casualties" not in events["sit-in"]["args"]
    assert events["dispersion"]["args"]["casualties"] == ["Un étudiant"]


def test_a_gathering_banned_after_a_call_for_aid_is_no_protest_called(
    annotator: Preannotator,
) -> None:
    doc = titled_document(
        "Mesures",
        "Le préfet a appelé les organisations à venir en aide aux déplacés et interdit tout "
        "rassemblement devant la préfecture.",
        town="Mopti",
    )
    events = _events(annotator, doc)
    assert events["appelé"]["label"] == "REQUEST"
    assert not any(e["label"] == "PROTEST" for e in events.values())


def test_an_english_call_for_a_stay_at_home(annotator: Preannotator) -> None:
    events = _events(
        annotator,
        _english(
            'The opposition coalition called for a "ville morte" stay-at-home protest '
            "across the capital on Monday."
        ),
    )
    assert not any(e["label"] == "REQUEST" for e in events.values())
    assert any(e["label"] == "PROTEST" and e["status"] == "future" for e in events.values())
