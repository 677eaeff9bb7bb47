"""Pre-annotation 0.63.0, how a toll is written: the wordings of the press that the
counts of 0.62.0 missed.

"A score of" is about twenty and "tens of" is tens (20-99); the lives an act took, in
other tenses and with other verbs ("claiming the lives of", "cost the lives of",
"coûtant la vie à", "a ôté la vie à"); the dead found lifeless ("trouvés sans vie",
"were later found dead", "three lifeless bodies"); the people led off ("ont emmené six
fidèles", "took away several drivers", "three others taken away"; people only); a bare
"autres" after a count of people; a second count by place after the kind of place ("in
the village of X and four in Y"); suspects freed are arrested, not abducted. Each
sentence is written for the test."""

from __future__ import annotations

from sahel_events.preannotate.casualties import find_casualties
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import english_document, titled_document
from tests.test_preannotate_tolls_061 import events_with_tolls


def _counts(text: str) -> list[tuple[str, str, str, str | None]]:
    return [(c.text, c.kind, c.qualifier, c.count) for c in find_casualties(text)]


def test_a_score_of_is_about_twenty() -> None:
    assert _counts("A score of herders were wounded in the raid.") == [
        ("A score of herders", "injured", "approximate", "20")
    ]
    assert _counts("The gunmen killed a score of villagers near Tahoua.") == [
        ("a score of villagers", "killed", "approximate", "20")
    ]


def test_a_score_bounded_keeps_its_bound() -> None:
    assert _counts("At least a score of traders were killed.") == [
        ("At least a score of traders", "killed", "at-least", "20")
    ]


def test_a_score_of_a_match_is_no_count() -> None:
    # Guard: "score" without "a ... of" people.
    assert _counts("The final score of the match was two goals to one.") == []


def test_tens_of_is_tens() -> None:
    assert _counts("Tens of displaced people were killed in the camp.") == [
        ("Tens of displaced people", "killed", "vague", "20-99")
    ]


def test_the_lives_an_act_took_in_other_tenses() -> None:
    assert _counts("A car bomb exploded in the market, claiming the lives of eleven traders.") == [
        ("eleven traders", "killed", "exact", "11")
    ]
    assert _counts("The landmine cost the lives of three gendarmes.") == [
        ("three gendarmes", "killed", "exact", "3")
    ]
    assert _counts("The raid took the lives of at least 14 fishermen.") == [
        ("at least 14 fishermen", "killed", "at-least", "14")
    ]


def test_the_lives_an_act_took_in_french() -> None:
    assert _counts("Une mine a explosé au passage du car, coûtant la vie à neuf passagers.") == [
        ("neuf passagers", "killed", "exact", "9")
    ]
    assert _counts("Les tirs ont ôté la vie à deux écoliers.") == [
        ("deux écoliers", "killed", "exact", "2")
    ]


def test_the_dead_found_lifeless_in_french() -> None:
    assert _counts("Six bergers ont été trouvés sans vie près du puits.") == [
        ("Six bergers", "killed", "exact", "6")
    ]
    assert _counts("Trois commerçants ont été trouvés morts au bord de la route.") == [
        ("Trois commerçants", "killed", "exact", "3")
    ]
    assert _counts("Deux d'entre eux ont par la suite été retrouvés sans vie.") == [
        ("Deux d'entre eux", "killed", "exact", "2")
    ]


def test_the_dead_found_later_in_english() -> None:
    assert _counts("Four of the hostages were later found dead in the bush.") == [
        ("Four of the hostages", "killed", "exact", "4")
    ]
    assert _counts("Two herders were found lifeless near the river.") == [
        ("Two herders", "killed", "exact", "2")
    ]
    assert _counts("Rescuers found five lifeless bodies in the rubble.") == [
        ("five lifeless bodies", "killed", "exact", "5")
    ]


def test_the_living_found_are_no_toll() -> None:
    # Guard: found alive is no count of the dead.
    assert _counts("Deux otages ont été retrouvés vivants.") == []


def test_the_dead_left_by_an_attack() -> None:
    assert _counts("Nine were left dead, six of them soldiers.") == [
        ("Nine", "killed", "exact", "9")
    ]


def test_people_led_off_before_their_count() -> None:
    assert _counts("Les assaillants ont emmené quatre fidèles vers la brousse.") == [
        ("quatre fidèles", "abducted", "exact", "4")
    ]
    assert _counts("The attackers burned a truck and took away several of its passengers.") == [
        ("several of its passengers", "abducted", "vague", "2-9")
    ]


def test_things_led_off_are_no_count() -> None:
    assert _counts("The attackers took away 300 head of cattle.") == []
    assert _counts("Les assaillants ont emmené trois motos.") == []


def test_people_taken_away_after_their_count() -> None:
    assert _counts("Five women were taken away by the attackers.") == [
        ("Five women", "abducted", "exact", "5")
    ]


def test_the_others_led_off_after_a_count_of_people() -> None:
    counts = _counts("Trois bergers ont été tués et deux autres emmenés, selon le maire.")
    assert ("Trois bergers", "killed", "exact", "3") in counts
    assert ("deux autres emmenés", "abducted", "exact", "2") in counts


def test_the_others_led_off_after_things_are_no_count() -> None:
    # Guard: the others of trucks are trucks.
    assert _counts("Deux camions ont été incendiés et trois autres emmenés.") == []


def test_an_elliptic_count_after_the_kind_of_place() -> None:
    counts = _counts("Seven died in the village of Toukounous and two in Bani, officials said.")
    assert ("two", "killed", "exact", "2") in counts
    counts = _counts("Huit civils ont été tués dans la commune de Sollé et trois à Titao.")
    assert ("trois", "killed", "exact", "3") in counts


def test_suspects_freed_are_arrested() -> None:
    assert _counts("Quatre suspects ont été libérés faute de preuves.") == [
        ("Quatre suspects", "arrested", "exact", "4")
    ]
    assert _counts("The gendarmerie released six suspects on Friday.") == [
        ("six suspects", "arrested", "exact", "6")
    ]


def test_hostages_freed_stay_abducted() -> None:
    # Guard: "suspected" jihadists free hostages, who were abducted.
    assert _counts("Suspected jihadists released three hostages.") == [
        ("three hostages", "abducted", "exact", "3")
    ]


def test_a_toll_claimed_by_a_suicide_bombing(annotator: Preannotator) -> None:
    body = (
        "A suicide bomber blew himself up at a bus station in Diffa on Friday, claiming "
        "the lives of seven travellers, the governor said."
    )
    events = events_with_tolls(annotator, english_document(body))
    assert ["killed 7"] in [tolls for _, tolls in events]


def test_bodies_found_after_an_attack(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont attaqué mardi le hameau de Gasseliki. Onze villageois ont été "
        "trouvés sans vie le lendemain, selon le maire."
    )
    events = events_with_tolls(annotator, titled_document("Attaque", body))
    assert ["killed 11"] in [tolls for _, tolls in events]


def test_people_led_off_in_a_raid(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont fait irruption dimanche dans le village de Dablo et ont emmené "
        "cinq cultivateurs, selon des habitants."
    )
    events = events_with_tolls(annotator, titled_document("Enlèvement", body))
    assert ["abducted 5"] in [tolls for _, tolls in events]


def test_a_toll_broken_down_in_brackets() -> None:
    counts = _counts("L'embuscade a fait 11 morts (8 soldats et 3 civils), selon l'armée.")
    assert ("8 soldats", "killed", "exact", "8") in counts
    assert ("3 civils", "killed", "exact", "3") in counts


def test_a_toll_broken_down_between_dashes() -> None:
    counts = _counts(
        "Jihadists killed ten people - six gendarmes and four herders - a local official said."
    )
    assert ("ten people", "killed", "exact", "10") in counts
    assert ("six gendarmes", "killed", "exact", "6") in counts
    assert ("four herders", "killed", "exact", "4") in counts
    assert not [c for c in counts if c[3] == "14"]  # was ten + four


def test_a_toll_broken_down_after_a_colon() -> None:
    counts = _counts("Le bilan est lourd : douze morts : neuf villageois et trois gendarmes.")
    assert ("neuf villageois", "killed", "exact", "9") in counts
    assert ("trois gendarmes", "killed", "exact", "3") in counts


def test_other_kinds_after_a_toll_are_no_breakdown() -> None:
    # Guard: the wounded and the missing after a comma are counts of their own kinds.
    counts = _counts("L'attaque a fait neuf morts, 4 blessés et 5 disparus.")
    assert ("neuf morts", "killed", "exact", "9") in counts
    assert ("4 blessés", "injured", "exact", "4") in counts


def test_arms_seized_after_a_toll_are_no_breakdown() -> None:
    counts = _counts(
        "Côté ennemi : trois terroristes neutralisés, un fusil-mitrailleur et deux fusils "
        "récupérés."
    )
    assert counts == [("trois terroristes neutralisés", "killed", "exact", "3")]


def test_the_toll_and_its_parts_in_an_article(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont attaqué dimanche le poste de Sirakoro, faisant 9 morts "
        "(6 gendarmes et 3 civils), selon une source sécuritaire."
    )
    events = events_with_tolls(annotator, titled_document("Attaque", body))
    assert ["killed 3", "killed 6"] in [tolls for _, tolls in events]


def test_one_person_and_a_count_of_the_same_side() -> None:
    assert _counts("Au passage du car, le chauffeur et quatre passagers ont été tués.") == [
        ("le chauffeur et quatre passagers", "killed", "exact", "5")
    ]
    assert _counts("Gunmen shot dead the imam and two worshippers.") == [
        ("the imam and two worshippers", "killed", "exact", "3")
    ]


def test_one_person_and_a_time_are_no_count_of_two() -> None:
    # Guard: "three hours later" counts no one.
    counts = _counts("Gunmen killed the driver and three hours later attacked the post.")
    assert counts == [("the driver", "killed", "exact", "1")]


def test_a_clause_before_a_count_is_no_person_of_it() -> None:
    # Guard: the mayor speaks, he is no one of the dead.
    assert _counts("Le maire a dénoncé l'attaque et deux civils ont été tués.") == [
        ("deux civils", "killed", "exact", "2")
    ]


def test_a_round_figure_with_an_adjective_of_size() -> None:
    assert _counts("Une bonne dizaine de gendarmes ont été blessés.") == [
        ("Une bonne dizaine de gendarmes", "injured", "approximate", "10")
    ]


def test_dozens_in_french_are_multiples_of_twelve() -> None:
    assert _counts("Trois douzaines de bergers ont été enlevés.") == [
        ("Trois douzaines de bergers", "abducted", "approximate", "36")
    ]


def test_a_dozen_or_so() -> None:
    assert _counts("A dozen or so villagers were wounded.") == [
        ("A dozen or so villagers", "injured", "approximate", "12")
    ]


def test_no_fewer_than_a_round_figure_in_french() -> None:
    assert _counts("Pas moins d'une trentaine de soldats ont été tués.") == [
        ("Pas moins d'une trentaine de soldats", "killed", "at-least", "30")
    ]


def test_the_bound_after_the_noun() -> None:
    assert _counts("Quinze civils au moins ont péri dans l'incendie.") == [
        ("Quinze civils au moins", "killed", "at-least", "15")
    ]
    assert _counts("Eight soldiers at least were wounded.") == [
        ("Eight soldiers at least", "injured", "at-least", "8")
    ]


def test_a_toll_told_as_a_belief() -> None:
    assert _counts("Some 60 villagers are believed to have been killed.") == [
        ("Some 60 villagers", "killed", "approximate", "60")
    ]
    assert _counts("At least 12 miners were feared to have died.") == [
        ("At least 12 miners", "killed", "at-least", "12")
    ]


def test_the_whole_before_its_part_without_commas() -> None:
    assert _counts("Six passagers dont une femme ont été enlevés.") == [
        ("Six passagers", "abducted", "exact", "6")
    ]
    assert _counts("Seven people including three children were killed.") == [
        ("Seven people", "killed", "exact", "7")
    ]


def test_things_before_a_part_are_no_whole() -> None:
    # Guard: vehicles are no count of people.
    assert _counts("Trois véhicules dont deux camions ont été incendiés.") == []


def test_the_wounded_of_whom_some_died() -> None:
    counts = _counts(
        "Three of the 11 herders who were wounded died in hospital, bringing the toll to 9."
    )
    assert ("11 herders", "injured", "exact", "11") in counts
    assert not [c for c in counts if c[1] == "injured" and c[3] == "3"]
