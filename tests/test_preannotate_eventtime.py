"""Which temporal expression dates an event (preannotate/eventtime.py), end to end."""

from __future__ import annotations

import pytest

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import predict


def times(annotator: Preannotator, body: str, language: str = "fr") -> dict[str, list[str]]:
    """Trigger text -> the texts of its suggested times, for an article dated Tuesday 9
    September 2025 at Mopti."""
    title = "Titre" if language == "fr" else "Title"
    dateline = "Mopti, 9 septembre 2025" if language == "fr" else "Mopti, Sept. 9, 2025"
    text = f"{title}\n{dateline} - {body}"
    doc = {
        "doc_id": "t",
        "text": text,
        "language": language,
        "dateline_date": "2025-09-09",
        "dateline_place": "Mopti",
        "dateline": [len(title) + 1, len(title) + 1 + len(dateline)],
        "title_span": [0, len(title)],
        "duplicates": [],
    }
    result = next(annotator.predict([doc])).result
    regions = {i["id"]: i["value"] for i in result if i.get("type") == "labels"}
    out: dict[str, list[str]] = {
        i["value"]["text"]: [] for i in result if i.get("from_name") == "event"
    }
    for i in result:
        if i.get("type") == "relation" and i["labels"] == ["time"]:
            out[regions[i["from_id"]]["text"]].append(regions[i["to_id"]]["text"])
    return out


def test_an_act_told_after_apres_takes_no_time_of_its_clause(annotator: Preannotator) -> None:
    got = times(
        annotator,
        "Le PAM a distribué du 3 au 6 septembre des vivres à des déplacés près de Mopti.\n"
        "Ces familles avaient fui fin août les villages proches de Boni, après une série "
        "d'attaques attribuées au JNIM.",
    )
    # Late August is when the families fled; the attacks came before, on no told day
    # (nor the lead's distribution days).
    assert got["attaques"] == []
    assert got["distribué"] == ["du 3 au 6 septembre"]


def test_a_time_inside_the_apres_phrase_is_the_acts_own(annotator: Preannotator) -> None:
    got = times(
        annotator,
        "Le gouverneur a instauré mardi un couvre-feu à Boni après l'attaque de samedi "
        "contre le poste de la gendarmerie.",
    )
    assert got["attaque"] == ["samedi"]
    assert got["couvre-feu"] == ["mardi"]


def test_the_day_a_bulletin_was_published_dates_no_event(annotator: Preannotator) -> None:
    got = times(
        annotator,
        "Le centre de santé de Boni a été incendié par des hommes armés, selon une note de "
        "l'agence publiée jeudi.\n"
        "Les assaillants ont aussi emporté des médicaments.",
    )
    assert got["incendié"] == [] and got["emporté"] == []


def test_the_same_day_dates_the_next_paragraphs_act(annotator: Preannotator) -> None:
    got = times(
        annotator,
        "Des hommes armés ont attaqué samedi un convoi de ravitaillement près de Boni.\n"
        "Le même jour, des gendarmes ont arrêté deux suspects à Douentza.",
    )
    assert got["attaqué"] == ["samedi"]
    # Not Saturday borrowed from the lead: the expression of its own sentence.
    assert got["arrêté"] == ["Le même jour"]


def test_english_times_of_saying_are_not_the_events(annotator: Preannotator) -> None:
    got = times(
        annotator,
        "Gunmen killed six villagers near Boni, a local official said on Monday.\n"
        "An aid worker held since July was released on Sunday, his employer said.\n"
        "On Monday, the army said it had arrested 14 suspects near Boni.",
        language="en",
    )
    # Monday is when the official spoke, and when the army said it had made arrests
    # (whose own day is not told, nor borrowed: codebook, the announcement's day is not
    # the event's); a closing ", his employer said" leaves the release its Sunday.
    assert got == {"killed": [], "released": ["Sunday"], "arrested": []}


def test_the_day_an_act_was_announced_is_not_its_day(annotator: Preannotator) -> None:
    got = times(
        annotator,
        "Des hommes armés ont attaqué lundi un poste de Boni.\n"
        "Le gouvernement a annoncé mercredi soir avoir arrêté trois suspects à Douentza.",
    )
    assert got["attaqué"] == ["lundi"]
    assert got["arrêté"] == []


def test_a_participle_of_the_dated_act_shares_its_day(annotator: Preannotator) -> None:
    got = times(
        annotator,
        "Des combattants ont attaqué jeudi le marché de Boni, tuant quatre commerçants et "
        "emportant du bétail, selon des élus locaux.",
    )
    assert got["attaqué"] == ["jeudi"] and got["emportant"] == ["jeudi"]


def test_a_toll_after_an_attack_is_the_attacks_day(annotator: Preannotator) -> None:
    got = times(
        annotator,
        "Deux civils ont perdu la vie samedi après une attaque contre leur village près de Boni.",
    )
    # Killed in the attack: one happening, Saturday (not what followed it, as a flight).
    assert got["attaque"] == ["samedi"]


def test_english_passive_report_is_the_acts_day(annotator: Preannotator) -> None:
    got = times(
        annotator,
        "A curfew was announced on Monday in Boni after clashes.",
        language="en",
    )
    assert got["curfew"] == ["Monday"]
    got = times(
        annotator,
        "The ambush near Douentza was claimed on Tuesday by Islamic State West Africa Province.",
        language="en",
    )
    assert got["ambush"] == []  # the day of the claim


def test_an_undated_attribution_lets_the_act_borrow(annotator: Preannotator) -> None:
    got = times(
        annotator,
        "Suspected jihadists stormed the town of Boni on Saturday, killing twelve civilians.\n"
        "Survivors who reached Douentza said the attackers also looted shops.",
        language="en",
    )
    # No day of saying in the second sentence: the looting is the raid's, on Saturday.
    assert got["looted"] == ["Saturday"]


def test_a_decision_is_dated_by_the_statement_that_makes_it(annotator: Preannotator) -> None:
    # A curfew announced on Sunday is imposed that day; an arrest announced on Sunday
    # happened on a day the text does not tell.
    assert times(annotator, "Le gouverneur a annoncé dimanche un couvre-feu à Boni.") == {
        "couvre-feu": ["dimanche"]
    }
    assert times(annotator, "The governor announced a curfew on Sunday in Boni.", "en") == {
        "curfew": ["Sunday"]
    }
    got = times(annotator, "L'armée a annoncé dimanche l'arrestation de trois suspects à Boni.")
    assert got == {"arrestation": []}


def test_an_english_act_told_between_said_and_its_time_keeps_it(
    annotator: Preannotator,
) -> None:
    got = times(annotator, "The army said jihadists attacked on Sunday near Boni.", "en")
    assert got == {"attacked": ["Sunday"]}
    # A noun after the verb of saying is what was said: the claim's day stays the claim's.
    got = times(
        annotator,
        "JNIM claimed the attack on Monday. Gunmen had attacked a post near Boni on Sunday.",
        "en",
    )
    assert got["attack"] == []


def test_a_statement_released_on_a_day_does_not_date_the_act(annotator: Preannotator) -> None:
    got = times(
        annotator,
        "According to a statement released on Monday, troops destroyed an explosives "
        "workshop near Boni on Saturday.",
        "en",
    )
    assert got["destroyed"] == ["Saturday"]


def test_a_reported_act_told_as_going_on_with_the_raid_takes_its_day(
    annotator: Preannotator,
) -> None:
    lead = "Des hommes armés ont attaqué dimanche le poste de Boni.\n"
    got = times(
        annotator,
        lead + "Lundi, le maire a indiqué que les assaillants avaient aussi incendié "
        "deux véhicules.",
    )
    # Monday opens the sentence of the saying: the mayor spoke then, not the raiders.
    assert got["incendié"] == ["dimanche"]
    got = times(
        annotator,
        lead + "Le maire a indiqué lundi que les assaillants avaient aussi incendié "
        "deux véhicules.",
    )
    assert got["incendié"] == ["dimanche"]
    # Without "aussi", a reported act of others is not the raid's: no day told.
    got = times(
        annotator,
        lead + "Lundi, le maire a indiqué que les gendarmes avaient arrêté deux suspects.",
    )
    assert got["arrêté"] == []
    got = times(
        annotator,
        "Gunmen attacked a post near Boni on Sunday.\n"
        "On Monday, the army said the attackers had also burned two trucks.",
        "en",
    )
    assert got["burned"] == ["Sunday"]


def test_english_words_that_make_a_verb_no_saying_of_the_time(annotator: Preannotator) -> None:
    # A toll, a relative clause, the time opening the reported clause, an aside: the
    # day is the act's.
    for body, trigger in [
        ("An explosion claimed five lives on Sunday near Boni.", "explosion"),
        ("On Sunday, gunmen who claimed to be jihadists attacked a post near Boni.", "attacked"),
        ("Officials said that on Sunday gunmen attacked a post near Boni.", "attacked"),
        ("On Sunday, security sources said, gunmen attacked a post near Boni.", "attacked"),
    ]:
        assert times(annotator, body, "en")[trigger] == ["Sunday"], body
    # The speaker's day stays the speaker's.
    got = times(annotator, "On Tuesday, the army said it had arrested 14 suspects.", "en")
    assert got["arrested"] == []


def test_a_phrase_broken_by_a_time_is_found_and_dated(annotator: Preannotator) -> None:
    # The weekday or the date between the verb and its object neither hides the phrase
    # nor enters the trigger: it stays the event's time.
    for body, trigger, day in [
        ("Les ministres ont adopté lundi une déclaration commune.", "adopté", "lundi"),
        (
            "Les ministres ont adopté le 6 septembre une déclaration commune.",
            "adopté",
            "6 septembre",
        ),
        ("Le Mali a rappelé samedi son ambassadeur à Alger.", "rappelé", "samedi"),
        ("La CEDEAO a levé vendredi la suspension du Niger.", "levé", "vendredi"),
    ]:
        assert times(annotator, body) == {trigger: [day]}, body
    # Without a time between, the whole phrase is the trigger, as before.
    got = times(annotator, "Les ministres ont adopté une déclaration commune lundi.")
    assert got == {"adopté une déclaration": ["lundi"]}


def test_a_french_passive_report_dates_the_act(annotator: Preannotator) -> None:
    # As "Clashes were reported on Sunday": the report says when the clashes were.
    got = times(annotator, "Des affrontements ont été rapportés dimanche près de Boni.")
    assert got["affrontements"] == ["dimanche"]
    # A claim stays dated by when it was made.
    assert times(annotator, "Le raid a été revendiqué lundi par le JNIM.")["raid"] == []


def test_the_time_of_the_event_nouns_own_phrase_is_its_own(annotator: Preannotator) -> None:
    got = times(annotator, "L'armée a confirmé lundi l'attaque de dimanche contre un poste à Boni.")
    assert got["attaque"] == ["dimanche"]


def test_a_resignation_or_a_ceasefire_is_made_by_its_announcement(annotator: Preannotator) -> None:
    # Announcing it is the act, as for a curfew: the statement's day is its own.
    for body, trigger, day, language in [
        ("Le Premier ministre a annoncé dimanche sa démission.", "démission", "dimanche", "fr"),
        ("The prime minister announced his resignation on Sunday.", "resignation", "Sunday", "en"),
        ("The two sides announced a ceasefire on Sunday.", "ceasefire", "Sunday", "en"),
        (
            "Le gouvernement a annoncé lundi l'expulsion de l'ambassadeur de France.",
            "expulsion",
            "lundi",
            "fr",
        ),
        (
            "The government said on Monday it had suspended the broadcaster France 24.",
            "suspended",
            "Monday",
            "en",
        ),
    ]:
        assert times(annotator, body, language)[trigger] == [day], body
    # An act reported as done keeps no day of the saying.
    got = times(annotator, "Le ministère a annoncé lundi l'arrestation de trois suspects à Boni.")
    assert got["arrestation"] == []


def test_an_act_of_the_raiders_told_before_borrows_the_raids_day(
    annotator: Preannotator,
) -> None:
    # "les assaillants" points back at the raid: what they did is the raid's, on its day,
    # however the saying is dated.
    got = times(
        annotator,
        "Des hommes armés ont attaqué dimanche le marché de Boni.\n"
        "Le maire a indiqué lundi que les assaillants ont emporté du bétail.",
    )
    assert got["emporté"] == ["dimanche"]
    # Without the pointer, the reported act's day is not told.
    got = times(
        annotator,
        "Des hommes armés ont attaqué dimanche le marché de Boni.\n"
        "Le maire a indiqué lundi que des militaires ont arrêté trois suspects.",
    )
    assert got["arrêté"] == []


def test_a_witness_recounting_or_reached_on_a_day_dates_no_act(annotator: Preannotator) -> None:
    for body in [
        "Des hommes armés ont incendié des greniers à Sah, ont raconté mardi des habitants.",
        "Des hommes armés ont incendié des greniers à Sah, a relaté lundi un notable.",
        "Des hommes armés ont incendié des greniers à Sah, selon un notable joint lundi.",
        "Des hommes armés ont incendié des greniers à Sah, a témoigné lundi un habitant.",
    ]:
        assert times(annotator, body)["incendié"] == [], body
    # A communiqué read out on a day was told that day.
    got = times(
        annotator,
        "Dans un communiqué lu vendredi soir à la télévision, l'armée indique que ses "
        "unités ont neutralisé une quarantaine de terroristes dans le Soum.",
    )
    assert got["neutralisé"] == []


def test_an_act_after_avant_de_shares_its_clauses_day(annotator: Preannotator) -> None:
    got = times(
        annotator,
        "Des centaines d'élèves ont manifesté jeudi devant le ministère pour réclamer le "
        "paiement de leurs bourses, avant d'être dispersés à coups de gaz lacrymogène par "
        "la police.",
    )
    assert got["manifesté"] == ["jeudi"]
    dispersal = [t for t in got if t != "manifesté"]
    assert dispersal and all(got[t] == ["jeudi"] for t in dispersal), got


def test_a_sentence_opening_another_story_borrows_no_day(annotator: Preannotator) -> None:
    got = times(
        annotator,
        "Des élèves ont manifesté jeudi devant le ministère.\n"
        "Par ailleurs, un engin explosif a tué quatre passagers d'un car sur l'axe "
        "Tillabéri-Ayorou.",
    )
    assert got["manifesté"] == ["jeudi"]
    assert got["engin explosif"] == []
    # Its own day stays its own.
    got = times(
        annotator,
        "Des élèves ont manifesté jeudi devant le ministère.\n"
        "Par ailleurs, un engin explosif a tué mardi quatre passagers d'un car.",
    )
    assert got["engin explosif"] == ["mardi"]


def test_english_days_of_other_acts_and_of_sayings(annotator: Preannotator) -> None:
    # "Tuesday's attack": the noun's own day, even in a reported clause.
    got = times(annotator, "The army said Tuesday's attack killed 20 soldiers.", "en")
    assert got["attack"] == ["Tuesday"]
    # "said in a statement late on Tuesday": the day of the statement.
    got = times(
        annotator,
        "Militants attacked a military base near Djibo, killing 20 soldiers, the army said "
        "in a statement late on Tuesday.",
        "en",
    )
    assert got["attacked"] == []
    # "kidnapped last month": the kidnapping's month, not the release's.
    got = times(
        annotator, "A priest kidnapped last month has been freed, his diocese said on Monday.", "en"
    )
    assert got["kidnapped"] == ["last month"]
    assert got["freed"] == []


def test_a_riposte_dates_the_attack_it_answers(annotator: Preannotator) -> None:
    got = times(annotator, "L'armée a riposté dimanche après une attaque contre le poste de Boni.")
    assert got["attaque"] == ["dimanche"]
    # Fleeing after attacks still leaves them undated.
    got = times(
        annotator, "Des milliers de personnes ont fui fin octobre après une série d'attaques."
    )
    assert got["attaques"] == []


def test_a_time_opening_the_acts_clause_is_its_own_before_an_aside(
    annotator: Preannotator,
) -> None:
    # The saying comes after the act, as an aside: the opening time is the act's.
    got = times(
        annotator,
        "Dimanche soir, le village de Sah a été le théâtre d'une attaque meurtrière, précise "
        "la même source.",
    )
    assert got["attaque"] == ["Dimanche soir"]
    # A saying before the act keeps the opening time (the convention of d7d8dac).
    got = times(
        annotator,
        "Dimanche, l'armée a annoncé que des hommes armés avaient attaqué le poste de Boni.",
    )
    assert got["attaqué"] == []


def test_the_time_in_the_nouns_own_phrase_wins(annotator: Preannotator) -> None:
    got = times(
        annotator,
        "Le gouvernement a condamné lundi l'attaque perpétrée dimanche contre le village de Sah.",
    )
    assert got["attaque"] == ["dimanche"]
    assert got["condamné"] == ["lundi"]


def test_the_day_after_an_attack_is_not_its_day(annotator: Preannotator) -> None:
    got = times(
        annotator,
        "Les corps de six civils ont été découverts lundi matin à Sah, au lendemain d'une attaque.",
    )
    assert got["attaque"] == []


def test_the_day_of_a_condemnation_is_not_the_condemned_acts(annotator: Preannotator) -> None:
    got = times(annotator, "Le gouvernement a condamné lundi l'attaque contre le poste de Boni.")
    assert got["attaque"] == []
    assert got["condamné"] == ["lundi"]


def test_a_bound_of_a_measure_is_not_its_day(annotator: Preannotator) -> None:
    got = times(
        annotator,
        "Le gouverneur a instauré un couvre-feu jusqu'à dimanche dans le cercle de Bankass. "
        "La circulation des motos est interdite d'ici lundi à Bandiagara.",
    )
    # Sunday and Monday are when the measures end (days to come), not when they began.
    assert got["couvre-feu"] == []
    assert got["interdite"] == []
    got = times(annotator, "The governor imposed a curfew until Sunday in Bandiagara.", "en")
    assert got["curfew"] == []


def test_who_reacts_to_an_act_gives_it_neither_actor_nor_day(annotator: Preannotator) -> None:
    got = times(annotator, "Le gouvernement a réagi lundi à l'attaque contre le poste de Boni.")
    assert got["attaque"] == []


def test_a_time_in_the_condemned_acts_phrase_is_not_the_condemnations(
    annotator: Preannotator,
) -> None:
    got = times(
        annotator,
        "Les dirigeants ont condamné l'attaque perpétrée la semaine dernière contre un "
        "convoi civil.",
    )
    assert got["attaque"] == ["la semaine dernière"]
    assert got["condamné"] == []  # last week is when the attack happened


def test_a_release_told_after_puis_has_no_day_of_the_capture(annotator: Preannotator) -> None:
    got = times(
        annotator,
        "Le 3 septembre, deux commerçants avaient été kidnappés près de Boni puis relâchés "
        "contre rançon.",
    )
    assert got["kidnappés"] == ["3 septembre"]
    assert got["relâchés"] == []  # freed after the ransom, on a day not told


def test_a_release_borrows_no_day_from_an_earlier_paragraph(annotator: Preannotator) -> None:
    got = times(
        annotator,
        "Des hommes armés ont enlevé vendredi une quinzaine de passagers près de Boni.\n"
        "Les ravisseurs ont relâché les femmes et les enfants.",
    )
    assert got["enlevé"] == ["vendredi"]
    assert got["relâché"] == []


def test_a_reported_act_borrows_no_day_when_its_sentence_has_none(
    annotator: Preannotator,
) -> None:
    got = times(
        annotator,
        "Des hommes armés ont attaqué lundi le village de Boni. L'armée a annoncé "
        "l'arrestation de trois suspects.",
    )
    assert got["attaqué"] == ["lundi"]
    assert got["arrestation"] == []  # when the suspects were arrested is not told
    got = times(
        annotator,
        "Hundreds rallied on Saturday in Mopti. The rally came after the ministry announced "
        "the arrest of several officers.",
        "en",
    )
    assert got["arrest"] == []


@pytest.mark.parametrize(
    "body",
    [
        "The governor said an attack perpetrated on Saturday against a market near Boni had "
        "killed four traders.",
        "Security sources said the raid, staged on Saturday on the village of Douna, had "
        "left six people dead.",
    ],
)
def test_a_participle_of_the_act_dates_it_after_a_verb_of_saying(
    annotator: Preannotator, body: str
) -> None:
    # Dates helper s18d8: "said an ambush perpetrated on Sunday" read Sunday as the day
    # of saying (a determiner before the noun), and the ambush had no day.
    got = times(annotator, body, "en")
    assert ["Saturday"] in got.values()


def test_a_day_counted_from_an_act_dates_what_followed_not_the_act(
    annotator: Preannotator,
) -> None:
    # Dates helper s18d8: "deux jours après l'embuscade" is the day of the march (two
    # days after Thursday's ambush), never the ambush's own.
    got = times(
        annotator,
        "Des jeunes ont manifesté à Djibo deux jours après l'embuscade "
        "qui a coûté la vie à six transporteurs.\n"
        "L'embuscade, tendue jeudi près de Gaskindé, a été revendiquée par le JNIM.",
    )
    assert got["manifesté"] == ["deux jours après"]
    assert got["embuscade"] == ["jeudi"]


def test_the_start_of_a_state_is_no_acts_day_when_the_sentence_tells_one(
    annotator: Preannotator,
) -> None:
    # Dates helper s18d8: "en vigueur depuis le 1er août" won over the extension's own
    # Monday, being in the noun's phrase.
    got = times(
        annotator,
        "Le gouverneur a prolongé lundi de quinze jours le couvre-feu en vigueur depuis le "
        "1er août dans le cercle de Douentza.",
    )
    assert ["lundi"] in got.values()
    assert all("1er août" not in t for ts in got.values() for t in ts)


def test_an_act_counted_from_is_its_own_event_with_its_participles_day(
    annotator: Preannotator,
) -> None:
    # Dates helper s18d8: "Cette attaque survient trois jours après l'explosion, survenue
    # dimanche" merged the explosion into the attack told before (no day of its own),
    # which then took the explosion's Sunday.
    got = times(
        annotator,
        "Des hommes armés ont attaqué un poste de douane près de Hombori, selon des "
        "sources locales.\n"
        "Cette attaque survient trois jours après l'explosion, survenue samedi, d'une mine "
        "au passage d'un car sur la route de Douentza.",
    )
    assert got["explosion"] == ["samedi"]
    assert got["attaqué"] == []


def test_an_act_told_as_done_also_takes_its_sentences_day(annotator: Preannotator) -> None:
    # Places and dates helper s18g8: "incendiée dans la nuit de mercredi à jeudi par des
    # assaillants qui ont également emporté des vivres" gave the looting the lead's day,
    # the night being judged the burning's.
    got = times(
        annotator,
        "Un convoi a été attaqué vendredi près de Douentza, selon des sources locales.\n"
        "À Konna, le dispensaire a été pillé dans la nuit de samedi à dimanche par des "
        "bandits qui ont aussi incendié deux ambulances.",
    )
    assert got["incendié"] == ["dans la nuit de samedi à dimanche"]


def test_a_toll_communicated_on_a_day_lends_no_day_to_the_body(
    annotator: Preannotator,
) -> None:
    # Places and dates helper s18g8: a follow-up's "selon un bilan communiqué ce jeudi"
    # dated the looting told next, instead of the attack's "hier".
    got = times(
        annotator,
        "Des hommes armés ont attaqué hier le poste de Sofara. Selon un bilan communiqué "
        "ce mardi par la gendarmerie, trois agents ont péri.\n"
        "Les assaillants ont emporté des armes avant de prendre la fuite.",
    )
    assert got["emporté"] == ["hier"]


def test_an_imperfect_relative_clause_shares_the_acts_day(annotator: Preannotator) -> None:
    got = times(
        annotator,
        "La garde nationale a fait usage mardi de gaz lacrymogène contre des éleveurs qui "
        "bloquaient la route nationale à Filingué.",
    )
    assert got["gaz lacrymogène"] == ["mardi"]
    blockade = next(t for t in got if t.startswith("bloquaient"))
    assert got[blockade] == ["mardi"]


def test_a_conjunct_without_its_own_subject_shares_the_day(annotator: Preannotator) -> None:
    got = times(
        annotator,
        "Le ministère a rejeté jeudi ces allégations, qu'il juge infondées, et ordonné "
        "l'ouverture d'une enquête.",
    )
    assert got["rejeté"] == ["jeudi"]
    assert got["enquête"] == ["jeudi"]


def test_a_threats_message_dates_the_threat(annotator: Preannotator) -> None:
    got = times(
        annotator,
        "Dans une vidéo publiée samedi, l'État islamique au Sahel a menacé de s'en prendre "
        "aux villages qui collaborent avec l'armée.",
    )
    threat = next(t for t in got if t.startswith("menacé"))
    assert got[threat] == ["samedi"]


def test_a_time_closing_an_after_phrase_is_that_acts(annotator: Preannotator) -> None:
    got = times(
        annotator,
        "Le préfet a interdit dimanche la circulation des motos, une décision qui "
        "intervient après des tirs de roquettes sur l'aéroport de la ville au cours du "
        "mois dernier.",
    )
    fire = next(t for t in got if t.startswith("tirs"))
    assert got[fire] == ["du mois dernier"]


def test_a_statement_is_never_dated_after_the_dateline(annotator: Preannotator) -> None:
    got = times(
        annotator,
        "Le ministre a condamné une attaque lâche et annoncé que les élèves seront "
        "transférés à Sévaré la semaine prochaine.",
    )
    # The condemnation was made by the dateline; next week is when the transfer is planned.
    assert got["condamné"] == []


def test_a_demand_whose_pronoun_goes_on_with_the_speaker_takes_that_sentences_day(
    annotator: Preannotator,
) -> None:
    got = times(
        annotator,
        "Mardi, le préfet s'est rendu à Tori avec une unité de l'armée. Sur place, il a "
        "exhorté les communautés au calme.",
    )
    assert got["exhorté"] == ["Mardi"]


def test_a_demand_after_an_attacks_sentence_takes_not_the_attacks_day(
    annotator: Preannotator,
) -> None:
    got = times(
        annotator,
        "Le coordonnateur humanitaire a condamné l'embuscade qui a tué trois civils le 12 "
        "novembre près de Ménaka. Il a également exhorté les parties à protéger les civils.",
    )
    assert got["exhorté"] == []


@pytest.mark.parametrize(
    ("body", "trigger", "day"),
    [
        (
            "Le ministre s'est rendu lundi après-midi à Bana. Devant les notables de la "
            "commune, il a exhorté les habitants à collaborer avec les forces de défense.",
            "exhorté",
            "lundi après-midi",
        ),
        (
            "Lundi, le gouverneur s'est rendu à Liwa, où il a échangé avec les chefs de "
            "canton. Ces derniers ont réclamé la présence de l'armée.",
            "réclamé",
            "Lundi",
        ),
    ],
)
def test_a_demand_after_an_opening_phrase_or_by_the_latter_takes_the_meetings_day(
    annotator: Preannotator, body: str, trigger: str, day: str
) -> None:
    assert times(annotator, body)[trigger] == [day]


def test_what_a_meetings_final_communique_says_takes_the_meetings_day_and_place(
    annotator: Preannotator,
) -> None:
    got = predict(
        annotator,
        "Sommet",
        "Les chefs d'État de l'Union du fleuve se sont réunis samedi en sommet à Kayes.\n"
        "Dans le communiqué final, l'organisation demande aux groupes armés de libérer les "
        "otages.\n"
        "Le texte évoque aussi la saison des pluies.",
    )["events"]
    demand = got["demande"]["args"]
    # Before 0.17.0 the demand had neither: the meeting is told a paragraph before.
    assert demand["time"] == ["samedi"]
    assert demand["location"] == ["Kayes"]


def test_the_meetings_own_words_take_its_day_and_the_acts_they_condemn_do_not(
    annotator: Preannotator,
) -> None:
    got = predict(
        annotator,
        "Sommet",
        "Les chefs d'État de l'Union du fleuve ont clôturé samedi à Kayes leur session "
        "ordinaire.\n"
        "Dans leur communiqué, les dirigeants condamnent les attaques qui ont visé des "
        "convois de citernes dans l'ouest du Mali.\n"
        "Le sommet a par ailleurs salué le soutien des pays voisins.",
    )["events"]
    assert got["condamnent"]["args"]["time"] == ["samedi"]
    assert got["salué"]["args"]["time"] == ["samedi"]
    assert got["salué"]["args"]["location"] == ["Kayes"]
    # What the communiqué condemns happened some other day.
    assert "samedi" not in got["attaques"]["args"].get("time", [])


@pytest.mark.parametrize(
    ("body", "trigger", "day"),
    [
        # Since 0.17.0 a lasting act's own "depuis" is when it began.
        ("Le syndicat a suspendu mardi soir la grève qu'il observait depuis samedi.",
         "grève", "samedi"),
        ("Les transporteurs observent depuis lundi un arrêt de travail pour dénoncer "
         "l'insécurité.", "arrêt de travail", "lundi"),
    ],
)  # fmt: skip
def test_a_lasting_act_began_on_its_own_depuis(
    annotator: Preannotator, body: str, trigger: str, day: str
) -> None:
    assert times(annotator, body)[trigger] == [day]


def test_a_state_prolonged_on_a_day_is_dated_by_that_day(annotator: Preannotator) -> None:
    assert times(annotator, "Le couvre-feu en vigueur depuis août a été prolongé lundi.")[
        "couvre-feu"
    ] == ["lundi"]


#: An article whose lead introduces a document and its day, for the calls below.
_NOTE_LEAD = (
    "Plus de 2 000 personnes sont arrivées à Sévaré entre le 1er et le 7 septembre, "
    "selon une note publiée lundi par une agence des Nations unies.\n"
    "Les nouveaux venus disent avoir quitté leurs villages après des menaces.\n"
)


@pytest.mark.parametrize(
    ("call", "days"),
    [
        # Said in the note told before: the day the note was issued (since 0.21.0).
        ("Dans sa note, l'agence appelle les autorités à protéger les civils.", ["lundi"]),
        # Without "dans sa note" the call may be a later one: no day is borrowed.
        ("L'agence appelle les autorités à protéger les civils.", []),
    ],
)
def test_what_a_document_told_before_says_was_said_the_day_it_was_issued(
    annotator: Preannotator, call: str, days: list[str]
) -> None:
    assert times(annotator, _NOTE_LEAD + call)["appelle"] == days
