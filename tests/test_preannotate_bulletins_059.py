"""Pre-annotation 0.59.0, articles that tell several events (army bulletins, ministry
communiqués, agency roundups): each event takes its own arguments, not a neighbour's.
A force's bulletin ("The bulletin also reported that") and a general officer speaking
("Major General ... told reporters that") are official sources, where the verb
"reported", "reporters" or a defence press service gave media-report; an English
present participle after a comma ("..., seizing weapons") and a past verb conjoined by
"and" ("... and destroyed a camp") are done by the subject of the clause they hang on,
not by the nearest name before them; two acts of one sentence each told with a day of
its own are two events ("clashed ... on Tuesday and destroyed a camp ... on Thursday"),
and the day told after the first act is not the second's when the second has its own in
its clause (a saying's day after a comma is no such day); the same holds for places
("accroché un groupe armé près de Barsalogho et détruit jeudi une base près de
Namissiguima"); "IED" is an explosive attack, as "improvised explosive device" is; the
goods a seizure of the sentence took ("seizing weapons and motorcycles", "et saisi trois
motos") are no instrument of any of its acts. Each sentence is written for the test."""

from __future__ import annotations

from typing import Any

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_clashsides import _role
from tests.test_preannotate_events import english_document, titled_document


def _events(annotator: Preannotator, body: str) -> dict[str, dict[str, Any]]:
    """Each suggested event of an English article by its trigger text: its factuality
    source (None for the default, the author) and its arguments by role."""
    result = next(annotator.predict([english_document(body)])).result
    spans = {i["id"]: i["value"] for i in result if i.get("type") == "labels"}
    out: dict[str, dict[str, Any]] = {}
    ids: dict[str, str] = {}
    for item in result:
        if item.get("from_name") == "event":
            text = item["value"]["text"]
            ids[item["id"]] = text
            out[text] = {"factuality": None}
    for item in result:
        if (
            item.get("type") == "choices"
            and item["from_name"] == "factuality_source"
            and item["id"] in ids
        ):
            out[ids[item["id"]]]["factuality"] = item["value"]["choices"][0]
        if item.get("type") == "relation" and item["from_id"] in ids:
            args = out[ids[item["from_id"]]].setdefault(item["labels"][0], [])
            args.append(spans[item["to_id"]]["text"])
    return out


_BULLETIN = (
    "Nigerien troops killed dozens of militants in the Tillaberi region last week, the "
    "defence ministry said on Sunday. In its weekly bulletin, the ministry said troops "
    "clashed with fighters near Tera on Tuesday and destroyed a camp near Ayorou on "
    "Thursday, seizing weapons and motorcycles. The bulletin also reported that a "
    "convoy escorting fuel trucks hit an improvised explosive device between Tera and "
    "Dargol on Friday, without causing casualties."
)


def test_a_bulletin_that_reports_is_an_official_source(annotator: Preannotator) -> None:
    events = _events(annotator, _BULLETIN)
    # Before 0.59.0 media-report: "reported" itself was read as the press.
    assert events["improvised explosive device"]["factuality"] == "official"


def test_a_general_telling_reporters_is_an_official_source(annotator: Preannotator) -> None:
    body = (
        "Director of Defence Media Operations Major General Musa Danladi told reporters "
        "on Thursday that troops repelled an attack on a base in Damboa on Monday, "
        "killing seven insurgents."
    )
    # Before 0.59.0 media-report: "Media" in the office's name and "reporters" after
    # the verb both read as the press.
    assert _events(annotator, body)["attack"]["factuality"] == "official"


def test_a_press_report_stays_a_media_report(annotator: Preannotator) -> None:
    # Guard: an outlet that reports, and "local media", stay media-report.
    body = (
        "Local media reported that gunmen attacked a police post in Dakoro on Tuesday, "
        "killing two officers."
    )
    assert _events(annotator, body)["attacked"]["factuality"] == "media-report"


def test_a_participle_after_a_comma_is_done_by_the_clause_s_subject(
    annotator: Preannotator,
) -> None:
    events = _events(annotator, _BULLETIN)
    # Before 0.59.0 the seizure took "fighters", the nearest name before it.
    assert events["seizing"]["actor"] == ["troops"]


def test_a_verb_conjoined_by_and_with_its_own_day_is_its_own_event(
    annotator: Preannotator,
) -> None:
    events = _events(annotator, _BULLETIN)
    # Before 0.59.0 no such event: the destruction joined the clash of the same
    # sentence, with Tuesday (the nearest day) as its day.
    destroyed = events["destroyed"]
    assert destroyed["actor"] == ["troops"]
    assert destroyed["location"] == ["Ayorou"]
    assert destroyed["time"] == ["Thursday"]
    # The clash keeps its own place and day.
    assert events["clashed"]["location"] == ["Tera"]
    assert events["clashed"]["time"] == ["Tuesday"]


def test_a_saying_s_day_after_a_comma_does_not_take_the_act_s_day(
    annotator: Preannotator,
) -> None:
    # Guard: "officials said on Monday" after a comma is no day of the abduction, which
    # keeps the raid's.
    body = (
        "Gunmen stormed a gold mine near Narena late on Sunday, shooting dead a guard and "
        "abducting two foreign workers, local officials said on Monday."
    )
    assert _role(annotator, body, "abducting", "time", True) == ["Sunday"]


def test_an_ied_is_an_attack_of_its_own_with_its_own_toll(annotator: Preannotator) -> None:
    body = (
        "Gunmen attacked a bus near Bandiagara on Saturday, killing eight passengers, the "
        "ministry said. On Sunday, an IED hit an army vehicle near Gao, wounding three "
        "soldiers, the ministry added."
    )
    events = _events(annotator, body)
    # Before 0.59.0 no event for the IED: its wounded went to the bus attack.
    assert events["IED"]["casualties"] == ["three soldiers"]
    assert events["IED"]["location"] == ["Gao"]
    assert events["attacked"]["casualties"] == ["eight passengers"]


def test_a_denial_s_day_does_not_split_a_toll_from_its_strike(
    annotator: Preannotator,
) -> None:
    # Guard: the day of a denial before a toll is no day of the killing, which stays
    # the strike's toll (one event).
    body = (
        "L'armée a démenti jeudi avoir tué des civils lors d'une frappe de drone menée "
        "mardi près de Diafarabé."
    )
    result = next(annotator.predict([titled_document("Titre", body)])).result
    events = [i["value"]["text"] for i in result if i.get("from_name") == "event"]
    assert "tué" not in events or "frappe" not in events


def test_seized_goods_are_no_instrument(annotator: Preannotator) -> None:
    events = _events(annotator, _BULLETIN)
    # Before 0.59.0 the motorcycles seized were the instrument of the clash, of the
    # destruction and of the seizure itself.
    assert "instrument" not in events["clashed"]
    assert "instrument" not in events["destroyed"]
    assert "instrument" not in events["seizing"]
    body = (
        "Les militaires ont interpellé lundi quatre suspects à Niono et saisi trois motos "
        "et deux fusils."
    )
    # Before 0.59.0 the arrest took the motorcycles as its instrument.
    assert _role(annotator, body, "interpellé", "instrument", False) == []


def test_an_attack_s_weapon_stays_its_instrument(annotator: Preannotator) -> None:
    # Guard: the motorcycles the attackers came on, before any seizure, stay theirs.
    body = (
        "Des hommes armés à moto ont attaqué mardi le village de Kobou, avant de saisir du bétail."
    )
    assert _role(annotator, body, "attaqué", "instrument", False) == ["moto"]


def test_a_conjoined_act_with_its_own_place_does_not_take_the_first_s(
    annotator: Preannotator,
) -> None:
    body = (
        "Mardi, une unité a accroché un groupe armé près de Barsalogho et détruit jeudi "
        "une base près de Namissiguima, récupérant des motos."
    )
    # Before 0.59.0 the destruction took Barsalogho, the nearest place, or joined the
    # clash.
    assert _role(annotator, body, "détruit", "location", False) == ["Namissiguima"]
    assert _role(annotator, body, "accroché", "location", False) == ["Barsalogho"]
