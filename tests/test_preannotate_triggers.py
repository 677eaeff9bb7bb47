"""The trigger lexicon and the factuality cues."""

from __future__ import annotations

import pytest

from sahel_events.codebook import Codebook, load_project_codebook
from sahel_events.preannotate.ner import Analysis, analyse
from sahel_events.preannotate.triggers import (
    LexiconError,
    coverage,
    factuality,
    load_lexicon,
    parse_lexicon,
    parse_lexicon_text,
)

from .conftest import REPO


@pytest.fixture(scope="module")
def codebook() -> Codebook:
    return load_project_codebook(REPO)


def one(text: str, language: str = "fr") -> Analysis:
    return next(analyse([(text, language)]))


def test_lexicon_agrees_with_the_codebook(codebook: Codebook) -> None:
    lexicon = load_lexicon(codebook)  # raises on an unknown type, mode or context
    types = {e.label for e in lexicon.entries}
    assert types == set(codebook.event_types)


def test_lexicon_covers_the_codebooks_examples(codebook: Codebook) -> None:
    pairs = []
    for t in codebook.event_types.values():
        for ex in [t.examples, *(m.examples for m in t.modes.values())]:
            pairs += [(ex.fr, "fr"), (ex.en, "en")]
    analyses = {text: a for (text, _), a in zip(pairs, analyse(pairs), strict=True)}
    result = coverage(load_lexicon(codebook), codebook, analyses)
    assert result.total == len(pairs)
    assert result.rate >= 0.95, "\n".join(result.missed)


@pytest.mark.parametrize(
    ("text", "language", "trigger", "label", "mode"),
    [
        (
            "Une frappe de drone a visé un véhicule au nord de Kidal.",
            "fr",
            "frappe de drone",
            "ASSAULT",
            "drone",
        ),
        (
            "Des frappes de drones ont visé des positions.",
            "fr",
            "frappes de drones",
            "ASSAULT",
            "drone",
        ),
        (
            "Une patrouille est tombée dans une embuscade près de Boulkessi.",
            "fr",
            "tombée dans une embuscade",
            "ASSAULT",
            "firearms",
        ),
        ("Des hommes armés ont attaqué le poste de Dioura.", "fr", "attaqué", "ASSAULT", None),
        (
            "Le ministre a effectué une visite à Niamey.",
            "fr",
            "effectué une visite",
            "CONSULT",
            "visit",
        ),
        ("Les combattants se sont retirés de la localité.", "fr", "retirés", "RETREAT", "withdraw"),
        ("Un couvre-feu a été instauré à Tillabéri.", "fr", "couvre-feu", "COERCE", "curfew"),
        ("A drone strike hit a vehicle north of Kidal.", "en", "drone strike", "ASSAULT", "drone"),
        # Places and dates helper s18g8: two phrases of the Sahel press no entry took.
        (
            "Une escorte de la douane a été prise à partie près de Makalondi.",
            "fr",
            "prise à partie",
            "ASSAULT",
            "firearms",
        ),
        ("Une mine a explosé au passage d'un car.", "fr", "explosé", "ASSAULT", "explosives"),
        ("Gunmen abducted ten passengers.", "en", "abducted", "ASSAULT", "abduct"),
        (
            "The two countries stepped up intelligence sharing.",
            "en",
            "intelligence sharing",
            "COOPERATE",
            None,
        ),
        # Since 0.11.0: coups, blockades, stoppages, warnings and working sessions, which
        # round 9's blind articles tell and no entry took.
        ("Le pays est dirigé par une junte depuis le putsch.", "fr", "putsch", "COERCE", "seize"),
        ("Le JNIM maintient son blocus sur Léré.", "fr", "blocus", "COERCE", "restrict"),
        ("The town has been under blockade since May.", "en", "blockade", "COERCE", "restrict"),
        (
            "Les enseignants observent un arrêt de travail.",
            "fr",
            "arrêt de travail",
            "PROTEST",
            "strike",
        ),
        (
            "Le préfet a lancé une mise en garde aux transporteurs.",
            "fr",
            "mise en garde",
            "THREATEN",
            None,
        ),
        (
            "Le gouverneur a présenté les condoléances du gouvernement aux familles.",
            "fr",
            "présenté les condoléances",
            "SUPPORT",
            None,
        ),
        (
            "Des hommes armés ont fait irruption dans le village.",
            "fr",
            "fait irruption",
            "ASSAULT",
            None,
        ),
        (
            "Les délégations ont tenu une séance de travail.",
            "fr",
            "séance de travail",
            "CONSULT",
            None,
        ),
        # Since 0.18.0: sabotage destroys, like "incendier" or "endommager".
        ("Trois forages ont été sabotés à Pissila.", "fr", "sabotés", "ASSAULT", "destroy"),
        ("Le sabotage de l'oléoduc a coupé l'eau.", "fr", "sabotage", "ASSAULT", "destroy"),
        ("Rebels sabotaged the pipeline.", "en", "sabotaged", "ASSAULT", "destroy"),
        # Since 0.18.1: a strike call maintained refuses to yield; allegations dismissed
        # are rejected.
        (
            "Le collectif a maintenu son mot d'ordre.",
            "fr",
            "maintenu son mot d'ordre",
            "REJECT",
            "yield",
        ),
        (
            "The spokesman dismissed the allegations.",
            "en",
            "dismissed the allegations",
            "REJECT",
            None,
        ),
        # Since 0.18.1: more ways of demonstrating and of blocking a road.
        (
            "Des militants sont descendus dans les rues de Moundou.",
            "fr",
            "descendus dans les rues",
            "PROTEST",
            "demo",
        ),
        ("Les militants ont scandé des slogans.", "fr", "scandé des slogans", "PROTEST", "demo"),
        ("Des jeunes ont barré la route de Ségou.", "fr", "barré la route", "PROTEST", "obstruct"),
        (
            "Des jeunes ont bloqué la circulation au rond-point.",
            "fr",
            "bloqué la circulation",
            "PROTEST",
            "obstruct",
        ),
        ("Thousands took to the streets.", "en", "took to the streets", "PROTEST", "demo"),
        # Since 0.18.1: a ban or a measure lifted is a concession.
        (
            "Le gouverneur a levé l'interdiction de circulation.",
            "fr",
            "levé l'interdiction",
            "CONCEDE",
            None,
        ),
        ("Cotonou a fini par lever la mesure.", "fr", "lever la mesure", "CONCEDE", None),
        ("The authorities lifted the ban.", "en", "lifted the ban", "CONCEDE", None),
        # Since 0.18.1: an envoy recalled for consultations is a withdrawal.
        (
            "Bamako va rappeler pour consultations son ambassadeur à Alger.",
            "fr",
            "rappeler pour consultations",
            "SANCTION",
            "withdraw",
        ),
        # Since 0.19.0: food dropped or brought, a licence withdrawn, people driven out.
        (
            "Un hélicoptère a largué des vivres aux habitants.",
            "fr",
            "largué des vivres",
            "AID",
            None,
        ),
        ("A plane dropped food to the town.", "en", "dropped food", "AID", None),
        ("Le PAM a fourni des rations aux déplacés.", "fr", "fourni des rations", "AID", None),
        ("L'État a retiré le permis de la société.", "fr", "retiré le permis", "SANCTION", None),
        (
            "Thousands were driven from their homes.",
            "en",
            "driven from their homes",
            "SANCTION",
            "expel",
        ),
        (
            "Les inondations ont provoqué la fuite des habitants.",
            "fr",
            "provoqué la fuite",
            "SANCTION",
            "expel",
        ),
        # Since 0.19.0: freedom recovered; threats (the noun).
        (
            "Cinq détenus ont recouvré la liberté mardi.",
            "fr",
            "recouvré la liberté",
            "RETREAT",
            "release",
        ),
        ("Des menaces ont poussé les habitants à partir.", "fr", "menaces", "THREATEN", None),
        # Since 0.19.0: a posture reinforced, troops heading to the scene, a pardon.
        (
            "L'armée a renforcé son dispositif à Ayorou.",
            "fr",
            "renforcé son dispositif",
            "MOBILIZE",
            None,
        ),
        (
            "Une unité s'est portée sur les lieux.",
            "fr",
            "portée sur les lieux",
            "MOBILIZE",
            None,
        ),
        (
            "Un décret de grâce a été signé lundi.",
            "fr",
            "décret de grâce",
            "CONCEDE",
            None,
        ),
    ],
)
def test_trigger_type_and_mode(
    codebook: Codebook, text: str, language: str, trigger: str, label: str, mode: str | None
) -> None:
    found = load_lexicon(codebook).find_triggers(one(text, language), language)
    assert [(t.text, t.label, t.mode) for t in found] == [(trigger, label, mode)]


def test_the_conditional_cue_on_the_seed_sentence(codebook: Codebook) -> None:
    text = (
        "Selon des sources médiatiques, la CIA aurait récemment augmenté le partage de "
        "renseignements avec le gouvernement malien."
    )
    analysis = one(text)
    [trigger] = load_lexicon(codebook).find_triggers(analysis, "fr")
    assert (trigger.text, trigger.label, trigger.contexts) == (
        "partage de renseignements",
        "COOPERATE",
        ("intelligence",),
    )
    f = factuality(text, analysis, trigger)
    assert (f.certainty, f.source, f.polarity) == ("probable", "media-report", None)
    assert {(c.text, c.kind) for c in f.cues} == {("aurait", "conditional"), ("Selon", "source")}


@pytest.mark.parametrize(
    ("text", "language", "trigger", "certainty"),
    [
        # "Présumé" qualifies the act: the act is probable.
        (
            "L'ONG a recensé les exécutions présumées de douze bergers.",
            "fr",
            "exécutions présumées",
            "probable",
        ),
        (
            "Les assaillants présumés ont été arrêtés après la tuerie présumée.",
            "fr",
            "tuerie",
            "probable",
        ),
        ("A suspected attack hit the convoy on Monday.", "en", "attack", "probable"),
        # It qualifies who acted: the act itself is told as certain.
        (
            "Des jihadistes présumés ont incendié lundi trois camions près de Diéma.",
            "fr",
            "incendié",
            "certain",
        ),
        (
            "Suspected militants attacked a checkpoint near Tillia on Monday.",
            "en",
            "attacked",
            "certain",
        ),
    ],
)
def test_presumed_applies_to_what_it_qualifies(
    codebook: Codebook, text: str, language: str, trigger: str, certainty: str
) -> None:
    analysis = one(text, language)
    [found] = [
        t for t in load_lexicon(codebook).find_triggers(analysis, language) if t.text == trigger
    ]
    # None: no cue lowers it, the default ("certain") stands.
    assert (factuality(text, analysis, found).certainty or "certain") == certainty


def test_the_same_claim_asserted_has_no_cue(codebook: Codebook) -> None:
    text = "La CIA a augmenté le partage de renseignements avec le gouvernement malien."
    analysis = one(text)
    [trigger] = load_lexicon(codebook).find_triggers(analysis, "fr")
    assert factuality(text, analysis, trigger).cues == ()


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "De sources sécuritaires, une dizaine de soldats auraient été tués dans l'attaque.",
            "fr",
            ("probable", "anonymous-source", None, None),
        ),
        ("Selon l'armée, l'attaque a été repoussée.", "fr", ("certain", "official", None, None)),
        ("L'armée n'a pas attaqué le village.", "fr", ("certain", "author", "negative", None)),
        ("Les rebelles attaqueront Kidal.", "fr", ("certain", "author", None, "future")),
        # Codebook: the press conditional ("reportedly") without attribution relays an
        # unidentified origin (anonymous-source); an attributed indicative stays certain.
        (
            "Gunmen reportedly attacked the village.",
            "en",
            ("probable", "anonymous-source", None, None),
        ),
        (
            "According to security sources, gunmen attacked the village.",
            "en",
            ("certain", "anonymous-source", None, None),
        ),
        (
            "Des hommes armés ont attaqué le village, a-t-on appris de sources locales.",
            "fr",
            ("certain", "anonymous-source", None, None),
        ),
        (
            "Une embuscade revendiquée par le JNIM a tué neuf soldats, selon l'armée.",
            "fr",
            ("certain", "official", None, None),
        ),
        # Since 0.29.0 the speaker before its reporting verb: official, whatever follows.
        (
            "Gunmen attacked a post near Tillia, killing three soldiers, the defence "
            "ministry said on Monday.",
            "en",
            ("certain", "official", None, None),
        ),
        (
            "Gunmen attacked the village on Sunday, a local official said.",
            "en",
            ("certain", "official", None, None),
        ),
        (
            "L'armée burkinabè affirme avoir repoussé une attaque contre son détachement.",
            "fr",
            ("certain", "official", None, None),
        ),
        (
            "Des habitants ont affirmé que l'armée avait attaqué le village.",
            "fr",
            ("certain", "anonymous-source", None, None),
        ),
    ],
)
def test_factuality_cues(
    codebook: Codebook,
    text: str,
    language: str,
    expected: tuple[str, str, str | None, str | None],
) -> None:
    analysis = one(text, language)
    triggers = load_lexicon(codebook).find_triggers(analysis, language)
    attack = next(t for t in triggers if t.label == "ASSAULT")
    f = factuality(text, analysis, attack)
    got = (f.certainty or "certain", f.source or "author", f.polarity, f.temporal_status)
    assert got == expected


def test_a_phrase_under_two_types_is_refused(codebook: Codebook) -> None:
    data = {
        "triggers": [
            {"type": "ASSAULT", "fr": ["frappe"]},
            {"type": "PROTEST", "mode": "strike", "fr": ["Frappe"]},
        ]
    }
    with pytest.raises(LexiconError):
        parse_lexicon(data, codebook)


def test_an_unknown_mode_is_refused(codebook: Codebook) -> None:
    with pytest.raises(LexiconError):
        parse_lexicon(
            {"triggers": [{"type": "ASSAULT", "mode": "laser", "fr": ["laser"]}]}, codebook
        )


def test_an_unknown_key_is_refused_with_its_line_and_path(codebook: Codebook) -> None:
    text = "triggers:\n  - type: ASSAULT\n    fr: [attaque]\n    scor: 0.9\n"
    with pytest.raises(LexiconError) as info:
        parse_lexicon_text(text, codebook, "triggers.yaml")
    [issue] = info.value.report.issues
    assert (issue.location.file, issue.location.line, issue.location.path) == (
        "triggers.yaml",
        4,
        "triggers[0].scor",
    )
    assert "unknown key 'scor'" in issue.message


def test_skipped_spans_are_left_out_of_the_parse_with_offsets_kept() -> None:
    from sahel_events.preannotate.ner import compact

    text = "Titre\nGao, 1 mai 2025 - Les soldats ont quitté Gao.\nCopie."
    lead = text.index("Les")
    short, positions = compact(text, [(0, 5), (6, lead), (text.index("Copie"), len(text))])
    assert short == "Les soldats ont quitté Gao.\n"
    assert positions is not None and text[positions[0]] == "L"
    [analysis] = analyse([(text, "fr")], skips=[[(0, 5), (6, lead)]])
    assert analysis.tokens[0].start == lead and analysis.tokens[0].text == "Les"
    assert all(text[t.start : t.end] == t.text for t in analysis.tokens)
    assert analysis.sentences[0][0] == lead


def test_a_time_may_break_a_phrase_but_stays_out_of_the_trigger(codebook: Codebook) -> None:
    text = "Les ministres ont adopté lundi une déclaration commune."
    analysis = one(text)
    lexicon = load_lexicon(codebook)
    monday = text.index("lundi")
    found = lexicon.find_triggers(analysis, "fr", None, [(monday, monday + len("lundi"))])
    assert [(t.text, t.label) for t in found] == [("adopté", "AGREE")]
    # Only a time may break it: without the time spans, no phrase across the weekday.
    assert lexicon.find_triggers(analysis, "fr") == []


def test_a_phrase_broken_by_a_time_yields_to_its_object_trigger(codebook: Codebook) -> None:
    # "présenter sa démission" is broken by the weekday; "démission" alone is a trigger
    # and names the event, as when no phrase crossed the time.
    text = "Le ministre a présenté lundi sa démission au chef de l'État."
    monday = text.index("lundi")
    found = load_lexicon(codebook).find_triggers(
        one(text), "fr", None, [(monday, monday + len("lundi"))]
    )
    assert [t.text for t in found] == ["démission"]
