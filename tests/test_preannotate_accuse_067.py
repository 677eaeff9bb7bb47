"""Pre-annotation 0.67.0, accusations told by a verb of saying and judgments of what
someone said or did.

A third party that says the security forces harmed people accuses them (codebook,
ACCUSE allege): "Des notables assurent que des soldats ont tué", "..., a affirmé
vendredi une ONG", "Residents told AFP that soldiers shot dead". The speaker is the
actor, the forces the recipient; a security source telling of a jihadist raid, or an
account where soldiers are the victims, is no accusation. Dismissing what someone said
("a qualifié les chiffres de l'opposition d'« affabulations »", "Un bilan que l'armée
juge « fantaisiste »", "called the reports baseless rumours") is a denial (REJECT);
judging a decision harshly ("a qualifié la dissolution de « dérive autoritaire »") a
criticism (ACCUSE disapprove). Each sentence is written for the test."""

from __future__ import annotations

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_backdrops_066 import _events
from tests.test_preannotate_events import english_document, titled_document
from tests.test_preannotate_forcemoves_066 import _roles

# A third party's account of the forces' harm.


def test_notables_who_say_soldiers_killed_accuse_them(annotator: Preannotator) -> None:
    doc = titled_document(
        "Bergers tués près de Macina",
        "L'armée a mené dimanche une opération près de Macina. Des notables du cercle "
        "assurent de leur côté que cinq bergers ont été tués par des soldats près d'une "
        "mare.",
    )
    # Before 0.67.0 the saying was only the source of the killing.
    assert ("ACCUSE", "assurent") in _events(annotator, doc)
    assert _roles(annotator, doc, "assurent", "actor") == ["Des notables du cercle"]
    assert _roles(annotator, doc, "assurent", "recipient") == ["des soldats"]


def test_a_rights_group_named_after_the_account(annotator: Preannotator) -> None:
    doc = titled_document(
        "Exécutions dans le Soum",
        "Des militaires ont exécuté au moins douze commerçants le 3 septembre près de "
        "Djibo, a affirmé lundi l'Association burkinabè des droits de l'homme.",
        town="Ouagadougou",
    )
    assert ("ACCUSE", "affirmé") in _events(annotator, doc)
    assert _roles(annotator, doc, "affirmé", "actor") == [
        "Association burkinabè des droits de l'homme"
    ]
    assert _roles(annotator, doc, "affirmé", "recipient") == ["Des militaires"]
    # The day of the saying, not of the executions; no place of the account.
    assert _roles(annotator, doc, "affirmé", "time") == ["lundi"]
    assert _roles(annotator, doc, "affirmé", "location") == []


def test_residents_who_contradict_the_army_on_a_strike(annotator: Preannotator) -> None:
    doc = titled_document(
        "Frappe contestée",
        "L'état-major a annoncé avoir neutralisé des terroristes mardi. Des habitants "
        "joints par téléphone affirment au contraire que la frappe a touché une foire, "
        "tuant sept civils.",
    )
    assert ("ACCUSE", "affirment") in _events(annotator, doc)


def test_english_residents_told_an_agency(annotator: Preannotator) -> None:
    doc = english_document(
        "Residents of Sofara told AFP that soldiers shot dead four herders on Saturday."
    )
    assert ("ACCUSE", "told") in _events(annotator, doc)
    assert _roles(annotator, doc, "told", "actor") == ["Residents of Sofara"]
    assert _roles(annotator, doc, "told", "recipient") == ["soldiers"]
    # Saturday is the shooting's day.
    assert _roles(annotator, doc, "told", "time") == []


def test_english_rights_group_after_the_account(annotator: Preannotator) -> None:
    doc = english_document(
        "Soldiers killed at least nine villagers near Banibangou in October, Amnesty "
        "International said on Monday."
    )
    assert ("ACCUSE", "said") in _events(annotator, doc)
    assert _roles(annotator, doc, "said", "actor") == ["Amnesty International"]


# Traps: no accusation.


def test_a_security_source_on_a_jihadist_raid_accuses_no_one(annotator: Preannotator) -> None:
    doc = titled_document(
        "Poste attaqué",
        "Des hommes armés ont attaqué lundi le poste de gendarmerie de Sebba, tuant trois "
        "gendarmes, a affirmé une source sécuritaire.",
        town="Ouagadougou",
    )
    assert [e for e in _events(annotator, doc) if e[0] == "ACCUSE"] == []


def test_residents_telling_of_jihadists_killing_soldiers(annotator: Preannotator) -> None:
    doc = titled_document(
        "Embuscade près de Boni",
        "Des habitants affirment que des jihadistes ont tué six soldats dans une "
        "embuscade près de Boni.",
    )
    assert [e for e in _events(annotator, doc) if e[0] == "ACCUSE"] == []


def test_an_accusation_told_again_by_its_author(annotator: Preannotator) -> None:
    doc = titled_document(
        "Tueries de Sono",
        "Le collectif a accusé mardi des soldats d'avoir tué dix civils à Sono.\nDans son "
        "rapport, le collectif affirme que les victimes ont été abattues par des soldats "
        "devant leurs familles.",
        town="Ouagadougou",
    )
    accusations = [e for e in _events(annotator, doc) if e[0] == "ACCUSE"]
    assert ("ACCUSE", "affirme") not in accusations


# Judging what was said or done.


def test_figures_called_fanciful_are_denied(annotator: Preannotator) -> None:
    doc = titled_document(
        "Bilan contesté",
        "Le ministre de la Communication a qualifié mardi les chiffres avancés par "
        "l'opposition d'« affabulations ».",
        town="N'Djamena",
    )
    assert ("REJECT", "qualifié") in _events(annotator, doc)


def test_a_dissolution_called_a_setback_is_a_criticism(annotator: Preannotator) -> None:
    doc = titled_document(
        "Dissolution critiquée",
        "La Ligue nigérienne des droits de l'homme a qualifié jeudi la dissolution du "
        "syndicat de « recul démocratique ».",
        town="Niamey",
    )
    assert ("ACCUSE", "qualifié") in _events(annotator, doc)


def test_a_toll_the_army_judges_exaggerated(annotator: Preannotator) -> None:
    doc = titled_document(
        "Revendication",
        "Le groupe armé a affirmé avoir tué vingt soldats. Un bilan que l'état-major juge "
        "« fantaisiste ».",
        town="Niamey",
    )
    assert ("REJECT", "juge") in _events(annotator, doc)


def test_authorities_who_called_an_accusation_rumours(annotator: Preannotator) -> None:
    doc = titled_document(
        "Exactions",
        "En août, des éleveurs avaient accusé des miliciens de vols de bétail, des faits que "
        "les autorités avaient qualifiés de « rumeurs ».",
    )
    events = _events(annotator, doc)
    assert ("REJECT", "qualifiés") in events
    assert _roles(annotator, doc, "qualifiés", "actor") == ["les autorités"]


def test_english_reports_called_rumours(annotator: Preannotator) -> None:
    doc = english_document(
        'The army called reports of civilian deaths "malicious rumours" on Tuesday.'
    )
    assert ("REJECT", "called") in _events(annotator, doc)


def test_english_claims_dismissed_as_lies(annotator: Preannotator) -> None:
    doc = english_document('The government dismissed the claims as "lies" on Monday.')
    assert ("REJECT", "dismissed") in _events(annotator, doc)


def test_a_judge_is_no_judgment(annotator: Preannotator) -> None:
    doc = titled_document(
        "Procès",
        "Le juge a renvoyé l'affaire au 12 octobre. Les accusés ont été jugés par le "
        "tribunal de grande instance.",
        town="Bamako",
    )
    assert [e for e in _events(annotator, doc) if e[0] == "REJECT"] == []


# An option ruled out, a plea of innocence.


def test_an_idea_ruled_out_is_a_refusal_to_change(annotator: Preannotator) -> None:
    doc = titled_document(
        "Pas de recomptage",
        "Le président de la commission électorale a écarté mardi toute idée de recomptage "
        "des voix dans la commune.",
        town="N'Djamena",
    )
    assert ("REJECT", "écarté") in _events(annotator, doc)
    assert _roles(annotator, doc, "écarté", "actor") == ["Le président de la commission électorale"]


def test_a_plea_of_not_guilty_is_a_denial(annotator: Preannotator) -> None:
    doc = titled_document(
        "Procès d'un officier",
        "Poursuivi pour détournement de fonds, le colonel a plaidé non coupable lundi "
        "devant la cour d'appel.",
        town="Bamako",
    )
    assert [e for e in _events(annotator, doc) if e[0] == "REJECT"] != []


def test_a_retort_in_a_quote_tag_has_its_speaker_as_actor(annotator: Preannotator) -> None:
    doc = titled_document(
        "Primes impayées",
        "Les syndicats réclament le paiement des primes. « Les caisses de l'État sont "
        "vides », a rétorqué le ministre des Finances.",
        town="N'Djamena",
    )
    assert ("REJECT", "rétorqué") in _events(annotator, doc)
    assert _roles(annotator, doc, "rétorqué", "actor") == ["ministre des Finances"]
    assert _roles(annotator, doc, "rétorqué", "recipient") == []
