"""Pre-annotation 0.63.0, which event a casualty count goes to when an article tells
two acts and names the second by a pronoun or by its rank.

A pronoun act may open its sentence ("Celle de Bouza a fait...", "The one near Abala
left..."), and its toll may be told with any number word casualties reads ("dix-sept
morts"). An act named by its rank ("la seconde", "l'autre", "the other", "The second")
as the subject of a clause with its own toll is an event of its own, with that toll and
the place of its clause; "la première" is one only when the acts were told as a sum (the
noun is then no event). A count told before the pronoun is never the pronoun act's.
Ranks that compare ("la deuxième en un mois") or qualify a noun ("le premier ministre",
"the second attack") name no act. Each sentence is written for the test."""

from __future__ import annotations

import pytest

from sahel_events.annotation.ids import Role
from sahel_events.preannotate.casualties import find_casualties
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import english_document, titled_document
from tests.test_preannotate_tolls2_062 import _role_of
from tests.test_preannotate_tolls_061 import events_with_tolls


def _tolls_of(events: list[tuple[str, list[str]]], word: str) -> list[str]:
    """The casualties of the first event whose trigger starts with ``word``."""
    return next(tolls for trigger, tolls in events if trigger.lower().startswith(word))


def _triggers(events: list[tuple[str, list[str]]]) -> list[str]:
    return [trigger.lower() for trigger, _ in events]


def test_a_pronoun_act_opening_its_sentence(annotator: Preannotator) -> None:
    body = (
        "Deux postes de l'armée ont été visés par des embuscades lundi dans le cercle de "
        "Douentza. L'embuscade de Boni a fait trois morts. Celle de Hombori a coûté la vie "
        "à cinq soldats, selon une source militaire."
    )
    events = events_with_tolls(annotator, titled_document("Titre", body))
    assert _tolls_of(events, "celle") == ["killed 5"]
    assert all("killed 5" not in tolls for trigger, tolls in events if trigger != "Celle")


def test_the_one_opening_its_sentence(annotator: Preannotator) -> None:
    body = (
        "Militants raided two army outposts in the Tillaberi region on Wednesday. The raid "
        "on the Ayorou outpost killed four soldiers. The one near Abala left seven "
        "soldiers dead, the army said."
    )
    events = events_with_tolls(annotator, english_document(body))
    assert _tolls_of(events, "the one") == ["killed 7"]
    assert _role_of(annotator, english_document(body), "The one", Role.LOCATION) == ["Abala"]


def test_a_pronoun_act_counted_by_a_compound_number_word(annotator: Preannotator) -> None:
    # The old list of this rule had no "dix-sept": the pronoun act was missed.
    body = (
        "L'attaque de Tégey a fait six blessés, tandis que celle de Darey, plus au nord, "
        "dix-sept morts, selon des sources locales."
    )
    events = events_with_tolls(annotator, titled_document("Titre", body))
    assert "celle" in _triggers(events)
    assert _tolls_of(events, "celle") == ["killed 17"]


def test_the_other_at_a_place_has_its_own_toll(annotator: Preannotator) -> None:
    body = (
        "Gunmen struck two gendarmerie posts in the east on Sunday. The assault on the "
        "Kantchari post killed three gendarmes, while the other, at Diapaga, wounded six, "
        "a security source said."
    )
    events = events_with_tolls(annotator, english_document(body))
    assert _tolls_of(events, "the other") == ["injured 6"]
    assert all("injured 6" not in tolls for trigger, tolls in events if trigger != "the other")
    assert _role_of(annotator, english_document(body), "the other", Role.LOCATION) == ["Diapaga"]


def test_l_autre_opening_its_sentence(annotator: Preannotator) -> None:
    body = (
        "Deux convois de commerçants sont tombés dans des embuscades vendredi dans la "
        "région de Tahoua. Dans l'une, près de Tillia, quatre chauffeurs ont été tués. "
        "L'autre, à Tassara, a fait trois blessés, selon le gouverneur."
    )
    events = events_with_tolls(annotator, titled_document("Titre", body))
    assert _tolls_of(events, "l'autre") == ["injured 3"]
    assert all("injured 3" not in tolls for trigger, tolls in events if trigger != "L'autre")


def test_the_second_as_subject_of_a_toll_verb(annotator: Preannotator) -> None:
    body = (
        "Armed men raided the village of Petelkole on Saturday and a customs post in "
        "Makalondi on Sunday. The first raid left five villagers dead. The second killed "
        "three customs officers and wounded two, officials said."
    )
    events = events_with_tolls(annotator, english_document(body))
    assert _tolls_of(events, "the second") == ["injured 2", "killed 3"]


def test_the_ranked_acts_of_a_sum_each_have_their_toll(annotator: Preannotator) -> None:
    # Before 0.63.0 no event at all: the sum's words are no act, and the ranks were none.
    body = (
        "Dix-huit personnes ont été tuées dans deux attaques distinctes samedi dans la "
        "province du Soum. La première a visé un marché à Diguel, faisant douze morts. La "
        "seconde, contre un hameau près de Tongomayel, a fait six victimes."
    )
    events = events_with_tolls(annotator, titled_document("Titre", body))
    assert _tolls_of(events, "la première") == ["killed 12"]
    assert _tolls_of(events, "la seconde") == ["killed 6"]
    assert all("killed 18" not in tolls for _, tolls in events)


def test_the_first_rank_beside_a_plain_noun_is_no_new_act(annotator: Preannotator) -> None:
    # Guard: the plural noun told before is the first act and keeps its toll.
    body = (
        "Deux attaques ont visé jeudi des positions de l'armée dans la région du Nord. La "
        "première, contre le poste de Ouahigouya, a fait quatre morts parmi les soldats."
    )
    events = events_with_tolls(annotator, titled_document("Titre", body))
    assert "la première" not in _triggers(events)
    assert ["killed 4"] in [tolls for _, tolls in events]


def test_a_count_before_the_second_rank_stays_with_the_first(annotator: Preannotator) -> None:
    body = (
        "Deux attaques ont visé lundi des positions de l'armée dans la région de l'Est. La "
        "première, contre le poste de Pama, a fait deux morts parmi les soldats, tandis que "
        "la seconde, à Kompienga, n'a fait aucune victime."
    )
    events = events_with_tolls(annotator, titled_document("Titre", body))
    assert "la seconde" in _triggers(events)
    assert _tolls_of(events, "la seconde") == []
    assert ["killed 2"] in [tolls for _, tolls in events]


def test_a_rank_that_compares_names_no_act(annotator: Preannotator) -> None:
    body = (
        "Le camp militaire de Boulkessi a de nouveau été attaqué dimanche. C'est la "
        "deuxième fois en deux semaines, l'attaque ayant fait cinq morts parmi les soldats."
    )
    events = events_with_tolls(annotator, titled_document("Titre", body))
    assert not any(trigger.lower().startswith("la deuxième") for trigger in _triggers(events))


def test_a_rank_before_a_noun_names_no_act(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont attaqué mardi la ville de Djenné, tuant six civils. Le premier "
        "ministre a condamné une attaque qui a fait six morts, selon la primature."
    )
    events = events_with_tolls(annotator, titled_document("Titre", body))
    assert not any(trigger.lower().startswith("le premier") for trigger in _triggers(events))


def test_an_act_after_a_contrast_at_another_place_is_its_own(annotator: Preannotator) -> None:
    body = (
        "Bandits shot dead five traders near Tera on Thursday, while in Dori a suicide car "
        "bomb wounded eight people at a checkpoint, officials said."
    )
    events = events_with_tolls(annotator, english_document(body))
    assert ["killed 5"] in [tolls for _, tolls in events]
    assert ["injured 8"] in [tolls for _, tolls in events]


def test_a_toll_after_a_contrast_without_its_act_is_not_the_first_act_s(
    annotator: Preannotator,
) -> None:
    # Better unlinked than the killing's: the lexicon knows no act in the contrast's
    # clause.
    body = (
        "In Gorom-Gorom, gunmen killed six herders on Saturday, while in Markoye an "
        "explosive device wounded four soldiers, a security source said."
    )
    events = events_with_tolls(annotator, english_document(body))
    assert ["killed 6"] in [tolls for _, tolls in events]
    assert all("injured 4" not in tolls for _, tolls in events)


def test_a_contrast_at_the_same_place_keeps_the_toll(annotator: Preannotator) -> None:
    # Guard: the contrast names the place told before; one act.
    body = (
        "Des hommes armés ont attaqué lundi le marché de Kaya, tandis qu'à Kaya même, "
        "trois commerçants ont été blessés par balle."
    )
    events = events_with_tolls(annotator, titled_document("Titre", body))
    assert ["injured 3"] in [tolls for _, tolls in events]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Nineteen villagers have died since the raid on their hamlet.", "19"),
        ("Two gendarmes had died by Friday evening, the army said.", "2"),
        ("Seven civilians have now been killed in the district, a doctor said.", "7"),
        ("Quatre soldats ont désormais été tués dans cette embuscade.", "4"),
    ],
)
def test_a_toll_told_with_have_died_or_now(sentence: str, count: str) -> None:
    # Before 0.63.0 "have died" and "now", "désormais" before the participle hid the
    # toll: no count at all for the event to take.
    assert [(c.kind, c.count) for c in find_casualties(sentence)] == [("killed", count)]


def test_a_toll_that_has_risen_goes_to_its_attack(annotator: Preannotator) -> None:
    body = (
        "Fourteen people have now died after Saturday's attack on a cattle market in "
        "Tillia, the governor said on Monday. On Sunday, a separate raid on the village "
        "of Tahoua left one dead."
    )
    events = events_with_tolls(annotator, english_document(body))
    assert _tolls_of(events, "attack") == ["killed 14"]


def test_a_french_contrast_at_another_place(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont abattu trois bergers près de Tessit samedi, tandis qu'à "
        "Ansongo, un engin explosif a blessé quatre soldats, selon une source locale."
    )
    events = events_with_tolls(annotator, titled_document("Titre", body))
    assert ["killed 3"] in [tolls for _, tolls in events]
    assert all(tolls != ["injured 4", "killed 3"] for _, tolls in events)


def test_a_contrast_without_a_place_keeps_the_toll(annotator: Preannotator) -> None:
    # Guard: "while" and a people's name tell no other place.
    body = (
        "Militants stormed the army base in Tessit on Friday while Malian soldiers were "
        "asleep, killing 12 of them, the army said."
    )
    events = events_with_tolls(annotator, english_document(body))
    assert ["killed 12"] in [tolls for _, tolls in events]


def test_a_rank_counting_people_names_no_act(annotator: Preannotator) -> None:
    # Guard: "the second ... was killed" is a person's fate, not a second act.
    body = (
        "Gunmen abducted two aid workers near Tillia on Monday. The first was freed on "
        "Wednesday; the second, a nurse, was killed in captivity, her employer said."
    )
    events = events_with_tolls(annotator, english_document(body))
    assert not any(trigger.startswith("the second") for trigger in _triggers(events))


def test_a_breakdown_by_act_gives_bare_figures() -> None:
    # Before 0.63.0 the part ran on over its act and place ("huit dans l'attaque du
    # village de Tizégorou"), and a breakdown after a day and a region was not read.
    sentence = (
        "Quinze personnes ont été tuées dimanche dans la région de Tahoua, dont neuf dans "
        "l'attaque du marché de Tillia et six dans une embuscade près de Tassara."
    )
    counts = [(c.text, c.count) for c in find_casualties(sentence)]
    assert ("neuf", "9") in counts
    assert ("six", "6") in counts


def test_a_breakdown_by_place_in_english() -> None:
    sentence = "Eleven people were killed, including seven in Dablo and four near Pensa."
    counts = [(c.text, c.count) for c in find_casualties(sentence)]
    assert ("seven", "7") in counts
    assert ("four", "4") in counts


def test_a_part_ends_before_its_place() -> None:
    sentence = "Dix morts, dont six orpailleurs tués à Kouri et quatre commerçants."
    counts = [(c.text, c.count) for c in find_casualties(sentence)]
    assert ("six orpailleurs tués", "6") in counts


def test_the_total_of_a_breakdown_by_act_is_not_the_first_act_s(
    annotator: Preannotator,
) -> None:
    body = (
        "Quinze personnes ont été tuées dimanche dans la région de Tahoua, dont neuf dans "
        "l'attaque du marché de Tillia et six dans une embuscade près de Tassara."
    )
    events = events_with_tolls(annotator, titled_document("Titre", body))
    assert "killed 9" in _tolls_of(events, "attaque")
    assert all("killed 15" not in tolls for _, tolls in events)


def test_each_act_of_a_breakdown_takes_its_part(annotator: Preannotator) -> None:
    body = (
        "Quinze personnes ont été tuées dimanche dans la région de Tahoua, dont neuf dans "
        "l'attaque du marché de Tillia et six dans une embuscade près de Tassara."
    )
    events = events_with_tolls(annotator, titled_document("Titre", body))
    assert _tolls_of(events, "attaque") == ["killed 9"]
    assert _tolls_of(events, "embuscade") == ["killed 6"]


def test_an_english_breakdown_by_act(annotator: Preannotator) -> None:
    body = (
        "Thirteen people were killed on Monday in the Tillaberi region, including eight in "
        "the raid on the village of Darey and five in an ambush near Abala, officials said."
    )
    events = events_with_tolls(annotator, english_document(body))
    assert ["killed 5"] in [tolls for _, tolls in events]
    assert ["killed 8"] in [tolls for _, tolls in events]


def test_the_place_of_a_contrast_stays_off_the_act_before(annotator: Preannotator) -> None:
    body = (
        "Gunmen raided several hamlets in the Gao region on Sunday. Nine herders were "
        "killed, while in Bourem, two traders were wounded, officials said."
    )
    # Before the fix the contrast's own place, Bourem, became the raid's: the clause's
    # arguments were taken off the act before only from after the place's name.
    assert "Bourem" not in _role_of(annotator, english_document(body), "raided", Role.LOCATION)


def test_the_act_before_a_contrast_keeps_its_own_place(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont tué six civils à Dablo dimanche, tandis qu'à Pensa, quatre "
        "personnes ont été blessées, selon des sources locales."
    )
    doc = titled_document("Titre", body)
    assert _role_of(annotator, doc, "tué", Role.LOCATION) == ["Dablo"]
