"""Build the golden exports of tests/data/exports/ from the real Label Studio exports.

    .venv/bin/python tests/data/exports/make_bad_exports.py

Inputs (committed beside this script):

* ``real/label-studio-export-sample.json`` and ``real/label-studio-export-ui-sample.json``:
  two real exports of Label Studio 1.23.2 (copied from the project notes), made with a
  test labeling config (``PERSON``, ``factuality``, roles ``target``/``place``);
* ``raw/*.txt``: two synthetic articles (invented facts), ingested here as the project
  would, so every task text is exactly the ingested text.

Outputs: ``valid.json`` (no error: built from the real exports' tasks, annotations,
predictions, drafts and result items, relabelled to our codebook and re-aimed at the
synthetic articles), ``real-ui-relabelled.json`` (the real UI export, relabelled only),
and ``bad/<kind>.json``, one per kind of mistake: a copy of ``valid.json`` with exactly
that mistake. The tests assert the issue code and location each one must produce.
The output is deterministic: running the script twice changes nothing.
"""

from __future__ import annotations

import copy
import hashlib
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO / "src"))

from sahel_events.ingest import ingest_corpus  # noqa: E402

REAL = HERE / "real" / "label-studio-export-sample.json"
REAL_UI = HERE / "real" / "label-studio-export-ui-sample.json"

# The real exports were made with the test config of notes/label-studio.md §4; these
# maps carry them over to our codebook's control names, labels, values and roles.
FROM_NAMES = {"factuality": "factuality_certainty"}
LABELS = {"PERSON": "PER", "ARMED_GROUP": "ORG", "DATE": "TIME"}
CHOICES = {"asserted": "certain", "reported": "probable", "hedged": "possible"}
ROLES = {"target": "recipient", "place": "location"}

Task = dict[str, Any]
Export = list[Task]


def dump(data: Any) -> str:
    """JSON as Label Studio writes it (indent 1, UTF-8 characters kept)."""
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


def relabel_item(item: dict[str, Any]) -> dict[str, Any]:
    """One real result item with our control names, labels, choice values and roles."""
    item = copy.deepcopy(item)
    if "from_name" in item:
        item["from_name"] = FROM_NAMES.get(item["from_name"], item["from_name"])
    value = item.get("value", {})
    if "labels" in value:
        value["labels"] = [LABELS.get(x, x) for x in value["labels"]]
    if "choices" in value:
        value["choices"] = [CHOICES.get(x, x) for x in value["choices"]]
    if item.get("type") == "relation" and "labels" in item:
        item["labels"] = [ROLES.get(x, x) for x in item["labels"]]
    return item


def relabel_export(export: Export) -> Export:
    """The real UI export relabelled to our codebook (texts and offsets untouched)."""
    out = copy.deepcopy(export)
    for task in out:
        task["data"].setdefault("doc_id", f"ui-{task['id']}")
        for annotation in task["annotations"]:
            annotation["result"] = [relabel_item(i) for i in annotation["result"]]
    return out


class Result:
    """Result items for one text, cut from the real export's own items."""

    def __init__(self, text: str, templates: dict[str, dict[str, Any]]) -> None:
        self.text = text
        self.templates = templates
        self.items: list[dict[str, Any]] = []
        self.spans: dict[str, tuple[int, int]] = {}

    def find(self, phrase: str, after: str = "") -> tuple[int, int]:
        start = self.text.index(after + phrase) + len(after)
        return start, start + len(phrase)

    def span(self, rid: str, control: str, label: str, phrase: str, after: str = "") -> Result:
        start, end = self.find(phrase, after)
        item = copy.deepcopy(self.templates["span"])
        item.update(id=rid, from_name=control)
        item["value"] = {"start": start, "end": end, "text": phrase, "labels": [label]}
        self.items.append(item)
        self.spans[rid] = (start, end)
        return self

    def choice(self, rid: str, control: str, *values: str) -> Result:
        start, end = self.spans[rid]
        item = copy.deepcopy(self.templates["choices"])
        item.update(id=rid, from_name=control)
        item["value"] = {
            "start": start,
            "end": end,
            "text": self.text[start:end],
            "choices": list(values),
        }
        self.items.append(item)
        return self

    def textarea(self, rid: str, control: str, value: str) -> Result:
        start, end = self.spans[rid]
        item = copy.deepcopy(self.templates["textarea"])
        item.update(id=rid, from_name=control)
        item["value"] = {"start": start, "end": end, "text": [value]}
        self.items.append(item)
        return self

    def relation(self, from_id: str, to_id: str, role: str) -> Result:
        item = copy.deepcopy(self.templates["relation"])
        item.update(from_id=from_id, to_id=to_id, labels=[role])
        self.items.append(item)
        return self

    def document(self, rid: str, control: str, value: str) -> Result:
        item = copy.deepcopy(self.templates["document"])
        item.update(id=rid, from_name=control)
        item["value"] = {"choices": [value]}
        self.items.append(item)
        return self


def event(r: Result, rid: str, label: str, phrase: str, after: str, mode: str | None) -> None:
    r.span(rid, "event", label, phrase, after)
    if mode:
        r.choice(rid, f"mode_{label.lower()}", mode)
    r.choice(rid, "factuality_certainty", "certain")
    r.choice(rid, "factuality_polarity", "positive")
    r.choice(rid, "temporal_status", "past")


def sevare_full(r: Result) -> list[dict[str, Any]]:
    """The gold annotation of the Sévaré article: two events, every kind of value."""
    event(r, "EvAttaque1", "ASSAULT", "attaqué", "ont ", "firearms")
    r.choice("EvAttaque1", "contexts", "military", "terrorism")
    r.choice("EvAttaque1", "factuality_source", "official")
    r.span("EnHommes01", "entity", "ORG", "hommes armés")
    r.choice("EnHommes01", "sector", "armed-group")
    r.span("EnPoste001", "entity", "FAC", "poste militaire de Sévaré")
    r.span("EnSevare01", "entity", "GPE", "Sévaré", "militaire de ")
    r.textarea("EnSevare01", "norm_place", "geonames:2451184")
    r.textarea("EnSevare01", "norm_coords", "14.5333,-4.0967")
    r.choice("EnSevare01", "place_precision", "town")
    r.span("EnDate1409", "entity", "TIME", "14 septembre 2025")
    r.textarea("EnDate1409", "norm_date", "2025-09-14")
    r.choice("EnDate1409", "date_precision", "day")
    r.span("EnMorts012", "entity", "CASUALTY", "au moins 12 soldats")
    r.textarea("EnMorts012", "norm_count", "12")
    r.choice("EnMorts012", "casualty_kind", "killed")
    r.choice("EnMorts012", "casualty_qualifier", "at-least")
    r.span("EnArmee001", "entity", "ORG", "l'armée malienne")
    r.choice("EnArmee001", "sector", "military")
    r.textarea("EnArmee001", "norm_actor", "fama")
    for to_id, role in [
        ("EnHommes01", "actor"),
        ("EnPoste001", "recipient"),
        ("EnSevare01", "location"),
        ("EnDate1409", "time"),
        ("EnMorts012", "casualties"),
        ("EnArmee001", "source"),
    ]:
        r.relation("EvAttaque1", to_id, role)
    event(r, "EvRencont1", "CONSULT", "rencontré", "a ", "visit")
    r.span("EnGouvern1", "entity", "PER", "Le gouverneur de la région")
    r.span("EnChefs001", "entity", "PER", "les chefs de village")
    r.span("EnMopti001", "entity", "GPE", "Mopti", "village à ")
    r.textarea("EnMopti001", "norm_place", "geonames:2453348")
    r.textarea("EnMopti001", "norm_coords", "14.4843,-4.1830")
    r.choice("EnMopti001", "place_precision", "town")
    r.span("EnDate1509", "entity", "TIME", "15 septembre 2025")
    r.textarea("EnDate1509", "norm_date", "2025-09-15")
    r.choice("EnDate1509", "date_precision", "day")
    for to_id, role in [
        ("EnGouvern1", "actor"),
        ("EnChefs001", "recipient"),
        ("EnMopti001", "location"),
        ("EnDate1509", "time"),
    ]:
        r.relation("EvRencont1", to_id, role)
    r.span("EnEleveurs", "entity", "PER", "éleveurs 👨🏾\u200d🌾")
    r.document("DocRelev01", "doc_relevance", "relevant")
    r.document("DocStatus1", "doc_status", "complete")
    # Codebook 1.0.0 requirements (actor id or type on actors and recipients, the side
    # of a casualty count), last so that the indices of the items above stay as they were.
    r.choice("EnHommes01", "actor_type", "political-militia")
    r.textarea("EnGouvern1", "norm_actor", "gov-ml")
    r.choice("EnChefs001", "actor_type", "civilians")
    r.choice("EnMorts012", "casualty_side", "state-forces")
    return r.items


def sevare_short(r: Result, suffix: str) -> list[dict[str, Any]]:
    """A second annotator's (or the model's) lighter annotation of the same article."""
    event(r, f"EvAtt{suffix}", "ASSAULT", "attaqué", "ont ", None)
    r.span(f"EnHom{suffix}", "entity", "ORG", "hommes armés")
    r.span(f"EnDat{suffix}", "entity", "TIME", "14 septembre 2025")
    r.textarea(f"EnDat{suffix}", "norm_date", "2025-09-14")
    r.choice(f"EnDat{suffix}", "date_precision", "day")
    r.relation(f"EvAtt{suffix}", f"EnHom{suffix}", "actor")
    r.relation(f"EvAtt{suffix}", f"EnDat{suffix}", "time")
    r.document(f"DocRel{suffix}", "doc_relevance", "relevant")
    r.choice(f"EnHom{suffix}", "actor_type", "political-militia")
    return r.items


def niamey(r: Result) -> list[dict[str, Any]]:
    """The Niamey article, annotated as the real UI flow task was."""
    event(r, "Gxep7WPJa7", "CONSULT", "rencontré", "a ", "visit")
    r.span("WLYoOe5x5U", "entity", "TIME", "2 février 2025")
    r.textarea("WLYoOe5x5U", "norm_date", "2025-02-02")
    r.choice("WLYoOe5x5U", "date_precision", "day")
    r.span("MinDefense", "entity", "PER", "Le ministre de la Défense")
    r.span("NiameyGPE1", "entity", "GPE", "Niamey", "à ")
    r.span("ChefEMBF01", "entity", "PER", "le chef d'état-major du Burkina Faso")
    # Actor ids (codebook 1.0.0 requires them on actors and recipients).
    r.textarea("MinDefense", "norm_actor", "gov-ne")
    r.textarea("ChefEMBF01", "norm_actor", "fds-burkina")
    r.relation("Gxep7WPJa7", "MinDefense", "actor")
    r.relation("Gxep7WPJa7", "ChefEMBF01", "recipient")
    r.relation("Gxep7WPJa7", "NiameyGPE1", "location")
    r.relation("Gxep7WPJa7", "WLYoOe5x5U", "time")
    r.document("nSoRZfhbEz", "doc_relevance", "relevant")
    return r.items


def build_valid() -> Export:
    """Two tasks in the real exports' exact shapes, on the synthetic articles."""
    real = json.loads(REAL.read_text(encoding="utf-8"))
    real_ui = json.loads(REAL_UI.read_text(encoding="utf-8"))
    result = real[0]["annotations"][0]["result"]
    templates = {
        "span": result[0],
        "choices": result[1],
        "textarea": result[8],
        "relation": result[11],
        "document": result[15],
    }
    docs = {d.doc_id: d for d in ingest_corpus(HERE / "raw", REPO).documents}

    def data(doc_id: str, template: Task) -> dict[str, Any]:
        doc = docs[doc_id]
        out: dict[str, Any] = copy.deepcopy(template["data"])
        out.pop("source_url", None)
        out.update(text=doc.text, title=doc.title, doc_id=doc.doc_id, text_sha256=doc.text_sha256)
        return out

    # Task 1: the shape of the real API export (two annotators, one of them ground truth,
    # a cancelled annotation, predictions and drafts as objects).
    first = copy.deepcopy(real[0])
    first.update(id=101, inner_id=1, data=data("sevare_synthetique", real[0]))
    text = first["data"]["text"]
    gold, second = first["annotations"]
    gold.update(id=1001, task=101, result=sevare_full(Result(text, templates)))
    second.update(id=1002, task=101, result=sevare_short(Result(text, templates), "002"))
    cancelled = copy.deepcopy(real[2]["annotations"][1])  # a real skipped annotation
    cancelled.update(id=1003, task=101)
    first["annotations"].append(cancelled)
    prediction = first["predictions"][0]
    prediction.update(id=201, task=101, result=sevare_short(Result(text, templates), "P01"))
    draft = copy.deepcopy(real[3]["drafts"][0])
    draft.update(id=301, task=101, result=sevare_short(Result(text, templates), "D01"))
    first["drafts"] = [draft]
    first.update(total_annotations=2, cancelled_annotations=1, total_predictions=1)

    # Task 2: the shape of the real UI export (its "ui flow" task), predictions as ids.
    ui_task = next(t for t in real_ui if t["data"]["title"] == "ui flow")
    second_task = copy.deepcopy(ui_task)
    second_task.update(id=102, inner_id=2, data=data("niamey_synthetique", ui_task))
    annotation = second_task["annotations"][0]
    annotation.update(id=1004, task=102)
    annotation["result"] = niamey(Result(second_task["data"]["text"], templates))
    second_task.update(predictions=[202], total_predictions=1)
    return [first, second_task]


# ---------------------------------------------------------------------------- mistakes


def annotation(export: Export, annotation_id: int) -> dict[str, Any]:
    for task in export:
        for a in task["annotations"]:
            if a["id"] == annotation_id:
                return a  # type: ignore[no-any-return]
    raise KeyError(annotation_id)


def items(export: Export, rid: str, annotation_id: int = 1001) -> list[dict[str, Any]]:
    return [i for i in annotation(export, annotation_id)["result"] if i.get("id") == rid]


def span(export: Export, rid: str, annotation_id: int = 1001) -> dict[str, Any]:
    return next(i for i in items(export, rid, annotation_id) if i["type"] == "labels")


def attribute(export: Export, rid: str, control: str, annotation_id: int = 1001) -> dict[str, Any]:
    return next(i for i in items(export, rid, annotation_id) if i.get("from_name") == control)


def relation(export: Export, from_id: str, to_id: str, annotation_id: int = 1001) -> dict[str, Any]:
    return next(
        i
        for i in annotation(export, annotation_id)["result"]
        if i["type"] == "relation" and i["from_id"] == from_id and i["to_id"] == to_id
    )


def move(export: Export, rid: str, start: int, end: int, keep_text: bool = True) -> None:
    """Give region ``rid`` (span and attributes) new offsets, as the UI would."""
    text = export[0]["data"]["text"]
    for item in items(export, rid):
        item["value"]["start"], item["value"]["end"] = start, end
        if item["type"] != "textarea" and not keep_text:
            item["value"]["text"] = text[start:end]


def remove(export: Export, predicate: Callable[[dict[str, Any]], bool], ann: int = 1001) -> None:
    a = annotation(export, ann)
    a["result"] = [i for i in a["result"] if not predicate(i)]


def m_wrong_offsets(e: Export) -> None:
    s = span(e, "EvAttaque1")["value"]
    move(e, "EvAttaque1", s["start"] + 1, s["end"] + 1)


def m_offset_beyond_text(e: Export) -> None:
    n = len(e[0]["data"]["text"])
    move(e, "EnDate1509", n + 3, n + 20)


def m_value_text_mismatch(e: Export) -> None:
    span(e, "EnSevare01")["value"]["text"] = "Sevare"


def m_empty_span(e: Export) -> None:
    s = span(e, "EnChefs001")["value"]
    move(e, "EnChefs001", s["start"], s["start"], keep_text=False)


def m_unknown_label(e: Export) -> None:
    span(e, "EnHommes01")["value"]["labels"] = ["ARMED_GROUP"]  # the real export's label


def m_unknown_from_name(e: Export) -> None:
    attribute(e, "EvRencont1", "factuality_certainty")["from_name"] = "factuality"


def m_unknown_choice(e: Export) -> None:
    attribute(e, "EvRencont1", "factuality_certainty")["value"]["choices"] = ["reported"]


def m_two_labels(e: Export) -> None:
    span(e, "EnGouvern1")["value"]["labels"] = ["PER", "ORG"]


def m_mode_of_other_type(e: Export) -> None:
    attribute(e, "EvRencont1", "mode_consult")["from_name"] = "mode_assault"
    attribute(e, "EvRencont1", "mode_assault")["value"]["choices"] = ["firearms"]


def m_attribute_not_allowed(e: Export) -> None:
    item = copy.deepcopy(attribute(e, "EnMopti001", "place_precision"))
    item.update(from_name="sector")
    item["value"]["choices"] = ["government"]
    annotation(e, 1001)["result"].append(item)


def m_event_attribute_on_entity(e: Export) -> None:
    # As the real export does: a factuality choice on a person.
    item = copy.deepcopy(attribute(e, "EvRencont1", "factuality_certainty"))
    item["id"] = "EnGouvern1"
    item["value"].update({k: span(e, "EnGouvern1")["value"][k] for k in ("start", "end", "text")})
    annotation(e, 1001)["result"].append(item)


def m_attribute_on_layout(e: Export) -> None:
    text = e[0]["data"]["text"]
    start = text.index("Des éleveurs")
    result = annotation(e, 1001)["result"]
    layout = copy.deepcopy(span(e, "EnEleveurs"))
    layout.update(id="LayoutRep1", from_name="layout")
    layout["value"] = {
        "start": start,
        "end": len(text),
        "text": text[start:],
        "labels": ["REPEATED"],
    }
    note = copy.deepcopy(attribute(e, "EnSevare01", "place_precision"))
    note["id"] = "LayoutRep1"
    note["value"].update(start=start, end=len(text), text=text[start:])
    result += [layout, note]


def m_orphan_attribute(e: Export) -> None:
    # A sector left behind by a deleted region.
    item = copy.deepcopy(attribute(e, "EnArmee001", "sector"))
    item["id"] = "Deleted002"
    annotation(e, 1001)["result"].append(item)


def m_document_choice_on_region(e: Export) -> None:
    item = attribute(e, "DocStatus1", "doc_status")
    item["id"] = "EnArmee001"
    item["value"].update({k: span(e, "EnArmee001")["value"][k] for k in ("start", "end", "text")})


def m_dangling_relation(e: Export) -> None:
    relation(e, "EvAttaque1", "EnPoste001")["to_id"] = "Deleted001"


def m_unknown_role(e: Export) -> None:
    relation(e, "EvAttaque1", "EnPoste001")["labels"] = ["target"]  # the real export's role


def m_unlabelled_relation(e: Export) -> None:
    del relation(e, "EvAttaque1", "EnArmee001")["labels"]


def m_role_not_allowed_for_type(e: Export) -> None:
    relation(e, "EvRencont1", "EnDate1509")["labels"] = ["instrument"]


def m_role_filler_not_allowed(e: Export) -> None:
    relation(e, "EvAttaque1", "EnDate1409")["labels"] = ["location"]


def m_required_role_missing(e: Export) -> None:
    remove(e, lambda i: i.get("from_id") == "EvRencont1" and i.get("to_id") == "EnGouvern1")


def m_relation_not_from_event(e: Export) -> None:
    r = relation(e, "EvAttaque1", "EnHommes01")
    r["from_id"], r["to_id"] = r["to_id"], r["from_id"]
    # The attack has no required role, so only the direction is wrong.


def m_text_changed(e: Export) -> None:
    # The task still shows the text as pushed; the article was corrected since.
    data = e[0]["data"]
    data["text"] = data["text"].replace("campements", "campement ")
    data["text_sha256"] = hashlib.sha256(data["text"].encode()).hexdigest()


def m_text_edited_in_studio(e: Export) -> None:
    data = e[0]["data"]
    data["text"] = data["text"].replace("campements", "campement ")


def m_unknown_document(e: Export) -> None:
    e[1]["data"]["doc_id"] = "article-retire"


def m_task_missing_text(e: Export) -> None:
    del e[1]["data"]["text"]


def m_bad_created_at(e: Export) -> None:
    annotation(e, 1004)["created_at"] = "28/11/2026 20:41"


def m_duplicate_task(e: Export) -> None:
    e.append(copy.deepcopy(e[1]))


def m_malformed_date(e: Export) -> None:
    attribute(e, "EnDate1409", "norm_date")["value"]["text"] = ["14/09/2025"]


def m_date_order(e: Export) -> None:
    attribute(e, "EnDate1409", "norm_date")["value"]["text"] = ["2025-09-15/2025-09-14"]


def m_unknown_precision(e: Export) -> None:
    remove(e, lambda i: i.get("id") == "EnDate1509" and i.get("from_name") == "date_precision")


def m_precision_mismatch(e: Export) -> None:
    attribute(e, "EnDate1409", "norm_date")["value"]["text"] = ["2025-09"]


def m_bad_gazetteer_id(e: Export) -> None:
    attribute(e, "EnMopti001", "norm_place")["value"]["text"] = ["Mopti"]


def m_bad_coordinates(e: Export) -> None:
    attribute(e, "EnMopti001", "norm_coords")["value"]["text"] = ["14°29'N 4°11'W"]


def m_coordinates_out_of_range(e: Export) -> None:
    # Latitude and longitude swapped, and so out of range.
    attribute(e, "EnSevare01", "norm_coords")["value"]["text"] = ["114.5333,-4.0967"]


def m_bad_actor_id(e: Export) -> None:
    attribute(e, "EnArmee001", "norm_actor")["value"]["text"] = ["FAMa (Mali)"]


def m_bad_count(e: Export) -> None:
    attribute(e, "EnMorts012", "norm_count")["value"]["text"] = ["une douzaine"]


def m_count_order(e: Export) -> None:
    attribute(e, "EnMorts012", "norm_count")["value"]["text"] = ["15-10"]


def m_count_qualifier_mismatch(e: Export) -> None:
    attribute(e, "EnMorts012", "norm_count")["value"]["text"] = ["10-15"]


def m_splits_flag(e: Export) -> None:
    # "Mopti 🇲" : the span ends between the two regional indicators of the flag.
    s = span(e, "EnMopti001")["value"]
    move(e, "EnMopti001", s["start"], s["end"] + 2, keep_text=False)


def m_splits_zwj_sequence(e: Export) -> None:
    # "éleveurs 👨🏾": the span ends inside the farmer emoji (a ZWJ sequence).
    s = span(e, "EnEleveurs")["value"]
    end = e[0]["data"]["text"].index("\u200d")
    move(e, "EnEleveurs", s["start"], end, keep_text=False)


def m_duplicate_region(e: Export) -> None:
    # As the real UI export has it: the same span and label twice, two ids.
    copy_item = copy.deepcopy(span(e, "EnHommes01"))
    copy_item["id"] = "sEKwA3y4Tv"
    annotation(e, 1001)["result"].append(copy_item)


def m_duplicate_region_id(e: Export) -> None:
    copy_item = copy.deepcopy(span(e, "EnChefs001"))
    s = span(e, "EnGouvern1")
    copy_item["value"] = copy.deepcopy(s["value"])
    copy_item["value"]["labels"] = ["ORG"]
    annotation(e, 1001)["result"].append(copy_item)


def m_cancelled_with_bad_offsets(e: Export) -> None:
    # Skipped annotations never become data: their content is not checked.
    a = annotation(e, 1003)
    a["result"] = copy.deepcopy(annotation(e, 1002)["result"])
    for item in a["result"]:
        if "value" in item and "start" in item["value"]:
            item["value"]["start"] += 1000
            item["value"]["end"] += 1000


def m_bad_prediction(e: Export) -> None:
    # Predictions are suggestions: their mistakes are warnings.
    for item in e[0]["predictions"][0]["result"]:
        if item["type"] == "labels" and item["value"]["labels"] == ["ORG"]:
            item["value"]["labels"] = ["ARMED_GROUP"]


def m_bad_draft(e: Export) -> None:
    # Drafts are not data: their content is not checked.
    e[0]["drafts"][0]["result"] = [{"from_name": "nope", "type": "labels", "value": {}}]


MISTAKES: dict[str, Callable[[Export], None]] = {
    name[2:].replace("_", "-"): fn
    for name, fn in sorted(globals().items())
    if name.startswith("m_")
}

# Whole-file mistakes: (name, bytes from the valid export's text)
FILE_MISTAKES: dict[str, Callable[[str], bytes]] = {
    "truncated": lambda text: text[: len(text) // 2].encode(),
    "empty-file": lambda text: b"",
    "not-array": lambda text: json.dumps({"tasks": json.loads(text)}, indent=1).encode(),
    "not-json": lambda text: b"id,annotator,annotation_id,created_at\n101,1,1001,2026-11-28\n",
    "not-utf8": lambda text: text.encode("latin-1", errors="replace"),
    "two-arrays": lambda text: (text + text).encode(),
}


def build_outputs() -> dict[Path, bytes]:
    """Every golden file this script makes: path -> exact bytes."""
    valid = build_valid()
    valid_text = dump(valid)
    real_ui = json.loads(REAL_UI.read_text(encoding="utf-8"))
    outputs: dict[Path, bytes] = {
        HERE / "valid.json": valid_text.encode(),
        HERE / "real-ui-relabelled.json": dump(relabel_export(real_ui)).encode(),
    }
    for name, mutate in MISTAKES.items():
        export = copy.deepcopy(valid)
        mutate(export)
        outputs[HERE / "bad" / f"{name}.json"] = dump(export).encode()
    for name, make in FILE_MISTAKES.items():
        outputs[HERE / "bad" / f"{name}.json"] = make(valid_text)
    return outputs


def main() -> None:
    """Write every golden file; remove stale ones; say what changed."""
    outputs = build_outputs()
    (HERE / "bad").mkdir(exist_ok=True)
    for stale in sorted((HERE / "bad").glob("*.json")):
        if stale not in outputs:
            stale.unlink()
            print(f"removed {stale.relative_to(REPO)}")
    for path, data in outputs.items():
        if not path.is_file() or path.read_bytes() != data:
            path.write_bytes(data)
            print(f"wrote {path.relative_to(REPO)}")
    print(f"{len(outputs)} golden file(s) up to date")


if __name__ == "__main__":
    main()
