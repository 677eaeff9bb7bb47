"""Pre-annotation 0.59.0, casualty counts (second round): which figures make an event's
toll, as a whole.

An event's casualty value is right only when all its (kind, count) figures are: a
missing, extra or wrong figure makes it wrong. 0.59.0 changes:

* a release of part of a captured group ("Vingt des 50 femmes enlevées ont été
  libérées", "freed four of the seven aid workers abducted", "Six des quinze militants
  interpellés ... remis en liberté") gives two counts: the whole is the capture's, the
  part the release's (codebook, RETREAT release: the count of freed people); a part of
  the captives told later ("Four of the kidnapped were later released") is the
  release's only;
* a provisional toll that a later final or new toll of the same kind replaces ("selon un
  bilan provisoire" ... "Le bilan définitif fait état de") is linked to nothing, as "un
  premier bilan" already was (corpus note: the update is the toll);
* a toll broken down after its outcome ("Vingt-cinq personnes ont été tuées, dont 15
  gendarmes et 10 civils") or in the next sentence ("Parmi les victimes figurent ...",
  "Among the dead were ...") links the parts, not the total, when they add up to it
  (the 0.58.0 breakdown rule); a partial breakdown leaves the total;
* two acts told in one sentence with a word of sequence ("puis", "and later"), each
  with its own participle toll and place, are two events, each with its own toll;
* "plusieurs disparus" counts the missing (abducted, codebook).
* the number of the dead or the wounded told with "est de", "stands at" ("le nombre de
  blessés est de dix-huit") is a count.

Each sentence is written for the test."""

from __future__ import annotations

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_casualties_059 import _counts, _tolls

# --- a part of a captured group freed -------------------------------------------------


def test_part_of_abducted_women_freed_french(annotator: Preannotator) -> None:
    # 0.58.0 gave both events the part (20): the abduction lost its 50.
    tolls = _tolls(
        annotator,
        "Trente des 80 villageois enlevés près de Djibo ont été relâchés mardi, selon des "
        "sources locales.",
    )
    assert tolls["enlevés"] == [("abducted", "80")]
    assert tolls["relâchés"] == [("abducted", "30")]


def test_part_of_abducted_women_freed_english(annotator: Preannotator) -> None:
    # 0.58.0 read no English part ("Twenty of the"): both events got the whole, 50.
    tolls = _tolls(
        annotator,
        "The kidnappers have released twelve of the 45 traders abducted near Kaya last "
        "week, local sources said.",
    )
    assert tolls["abducted"] == [("abducted", "45")]
    assert tolls["released"] == [("abducted", "12")]


def test_part_freed_by_the_captors_before_the_count(annotator: Preannotator) -> None:
    # 0.58.0: both events got 3 ("freed three of the eight ... kidnapped"), no 8.
    tolls = _tolls(
        annotator,
        "Gunmen on Friday freed three of the eight bus passengers kidnapped near Gao, a "
        "local official said.",
    )
    assert tolls["kidnapped"] == [("abducted", "8")]
    assert tolls["freed"] == [("abducted", "3")]


def test_compound_number_part_and_whole(annotator: Preannotator) -> None:
    # 0.58.0 (2cacc0b): 17 for both the abduction and the release.
    tolls = _tolls(
        annotator,
        "Dix-huit des trente-deux passagers enlevés sur l'axe Djibo-Namsiguia ont été "
        "libérés dimanche.",
    )
    assert tolls["enlevés"] == [("abducted", "32")]
    assert tolls["libérés"] == [("abducted", "18")]


def test_guard_part_freed_without_capture_told(annotator: Preannotator) -> None:
    # Guard: no capture in the sentence, the part is the only count (as before).
    assert _counts("Deux des trois humanitaires ont été libérés samedi.") == [
        ("Deux des trois humanitaires", "abducted", "exact", "2")
    ]


def test_part_of_arrested_group_set_free(annotator: Preannotator) -> None:
    # 0.58.0: the arrest and the release both got 5 ("remis en liberté" was no word of a
    # release for the split).
    tolls = _tolls(
        annotator,
        "Six des quinze militants interpellés lors du sit-in ont été remis en liberté jeudi.",
    )
    assert tolls["interpellés"] == [("arrested", "15")]
    assert tolls["remis en liberté"] == [("arrested", "6")]


# --- a provisional toll replaced by a final one ----------------------------------------


def test_provisional_toll_replaced_by_final_toll(annotator: Preannotator) -> None:
    # 0.58.0 linked both tolls (killed 7 and killed 13): the event's figures were wrong.
    tolls = _tolls(
        annotator,
        "Une attaque contre un campement peul près de Diafarabé a fait sept morts lundi, "
        "selon un bilan provisoire. Le bilan définitif fait état de treize morts et de "
        "quatre blessés.",
    )
    assert tolls["attaque"] == [("injured", "4"), ("killed", "13")]


def test_preliminary_toll_replaced_by_latest_toll_english(annotator: Preannotator) -> None:
    # 0.58.0 linked both: killed 6 and killed 10.
    tolls = _tolls(
        annotator,
        "The attack on a market near Gorom-Gorom killed six people, according to a "
        "preliminary toll. The latest toll given by the governor stands at ten dead.",
    )
    assert tolls["attack"] == [("killed", "10")]


def test_guard_provisional_toll_alone_is_kept(annotator: Preannotator) -> None:
    # Guard: a provisional toll no later toll replaces is the event's toll.
    tolls = _tolls(
        annotator,
        "L'embuscade tendue près de Tessit a fait neuf morts parmi les soldats, selon un "
        "bilan provisoire. Les blessés ont été évacués vers Gao.",
    )
    assert tolls["embuscade"] == [("killed", "9")]


# --- a toll broken down after its outcome or in the next sentence ----------------------


def test_breakdown_after_the_outcome(annotator: Preannotator) -> None:
    # 0.58.0 linked the total (killed 25): the breakdown was read only right after it.
    tolls = _tolls(
        annotator,
        "Des hommes armés ont attaqué dimanche un poste de gendarmerie près de Sebba. "
        "Vingt-cinq personnes ont été tuées, dont 15 gendarmes et 10 civils.",
    )
    assert tolls["attaqué"] == [("killed", "10"), ("killed", "15")]


def test_breakdown_in_the_next_sentence(annotator: Preannotator) -> None:
    # 0.58.0 linked the total (killed 31), not its parts.
    tolls = _tolls(
        annotator,
        "Au moins 31 personnes ont été tuées jeudi dans une attaque contre le camp de "
        "Diapaga. Parmi les victimes figurent 22 soldats et 9 VDP.",
    )
    assert tolls["attaque"] == [("killed", "22"), ("killed", "9")]


def test_breakdown_among_the_dead_english(annotator: Preannotator) -> None:
    # 0.58.0 linked the total (killed 16).
    tolls = _tolls(
        annotator,
        "The attack on the Kantchari checkpoint killed 16 people on Monday. Among the dead "
        "were 11 soldiers and 5 civilians.",
    )
    assert tolls["attack"] == [("killed", "11"), ("killed", "5")]


def test_guard_partial_breakdown_keeps_the_total(annotator: Preannotator) -> None:
    # Guard: parts that do not add up to the total are part of it (corpus note): the
    # total is the toll.
    tolls = _tolls(
        annotator,
        "Au moins 40 personnes ont été tuées samedi dans une attaque contre Solenzo. "
        "Parmi les victimes figurent 14 VDP.",
    )
    assert tolls["attaque"] == [("killed", "40")]


# --- two acts in one sentence, each with its own place and toll -------------------------


def test_two_acts_in_one_sentence_keep_their_own_tolls(annotator: Preannotator) -> None:
    # 0.58.0 merged the ambush into the attack: one event with killed 5 and killed 8.
    tolls = _tolls(
        annotator,
        "Des jihadistes ont attaqué lundi le poste de Léré, tuant six gendarmes, puis ont "
        "tendu une embuscade à un camion près de Niafunké, tuant trois commerçants.",
    )
    assert tolls["attaqué"] == [("killed", "6")]
    assert tolls["embuscade"] == [("killed", "3")]


def test_guard_one_act_and_its_toll_in_one_sentence(annotator: Preannotator) -> None:
    # Guard: an attack and its later phase at the same place stay one event.
    tolls = _tolls(
        annotator,
        "Des hommes armés ont attaqué le village de Sagha, tuant quatre civils, puis ont "
        "incendié des greniers.",
    )
    assert tolls["attaqué"] == [("killed", "4")]


# --- the missing as a noun of a toll ----------------------------------------------------


def test_missing_as_a_noun_of_the_toll(annotator: Preannotator) -> None:
    # 0.58.0 read no count in "plusieurs disparus": the event lacked its abducted figure.
    tolls = _tolls(
        annotator,
        "Une attaque de jihadistes contre un hameau près de Bourzanga a fait huit morts et "
        "plusieurs disparus vendredi, selon des habitants.",
    )
    assert tolls["attaque"] == [("abducted", "2-9"), ("killed", "8")]


def test_guard_one_person_gone_missing_is_no_count() -> None:
    # Guard: "a disparu" (singular verb) counts nobody.
    assert _counts("Le maire de la commune a disparu depuis mardi.") == []


def test_part_of_the_kidnapped_freed_later_is_the_releases(annotator: Preannotator) -> None:
    # 0.58.0 linked "Four of the kidnapped" to the abduction too (abducted 4 beside 30).
    tolls = _tolls(
        annotator,
        "Gunmen kidnapped 30 worshippers from a church near Arbinda on Sunday, residents "
        "said. Four of the kidnapped were later released.",
    )
    assert tolls["kidnapped"] == [("abducted", "30")]
    assert tolls["released"] == [("abducted", "4")]


# --- the number of the dead or the wounded "est de" -------------------------------------


def test_number_of_wounded_is() -> None:
    # 0.58.0 read no count in "le nombre de blessés est de dix-huit".
    assert _counts("Selon un nouveau bilan, le nombre de blessés est de dix-huit.") == [
        ("dix-huit", "injured", "exact", "18")
    ]


def test_guard_number_of_people_killed_stands_at() -> None:
    # Guard: the English toll reached ("stands at") is read as before, once.
    assert _counts("The number of people killed stands at 27, the mayor said.") == [
        ("27", "killed", "exact", "27")
    ]


def test_guard_number_of_a_share_is_no_count() -> None:
    # Guard: a percentage is no count of people.
    assert _counts("Le nombre de blessés est de 20 % supérieur à celui de 2024.") == []
