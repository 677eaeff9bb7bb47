"""Pre-annotation 0.51.0, from an article on a pupils' march (written after 0.50.0): a
past participle left after a count in an elliptical passive ("Plusieurs manifestants ont
été blessés et *une dizaine interpellés*") is the verb, which the tagger took for a noun
("interpellé") and the lexicon's stem did not match ("interpell" against the token's
undoubled "interpel"). A determined count stays a noun ("Les quatre accusés"). Each
sentence is written for the test."""

from __future__ import annotations

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import predict


def _labels(annotator: Preannotator, body: str) -> dict[str, str]:
    return {t: e["label"] for t, e in predict(annotator, "Titre", body)["events"].items()}


def test_a_participle_after_a_count_is_the_arrest(annotator: Preannotator) -> None:
    body = (
        "Des élèves ont marché lundi à Zinder. Plusieurs manifestants ont été blessés et "
        "une dizaine interpellés, selon un responsable syndical."
    )
    got = predict(annotator, "Titre", body)["events"]
    # Before 0.51.0 no arrest was suggested.
    assert got.get("interpellés", {}).get("label") == "COERCE", got


def test_a_determined_count_is_a_noun(annotator: Preannotator) -> None:
    body = "Les quatre accusés avaient été arrêtés à la mi-août par la gendarmerie."
    assert "accusés" not in _labels(annotator, body)


def test_the_verb_to_be_is_no_summons(annotator: Preannotator) -> None:
    body = "« Nous sommes fatigués de compter nos morts », a déclaré un habitant."
    assert "sommes" not in _labels(annotator, body)
