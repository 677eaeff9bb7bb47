"""``sahel-events push``: the labeling config and the ingested documents into Label Studio.

* The project (found by its exact title) is created from
  ``schema/labelstudio/labeling-config.xml``, or its config is updated after the server
  has validated it against the existing annotations; a change that would orphan
  annotations is refused.
* Each document becomes one task whose ``data.text`` is the ingested text, byte for byte
  (every offset annotators make counts code points in it). A task's identity is
  ``data.doc_id`` + ``data.text_sha256``.
* Every task gets one prediction of the current model version: the pre-annotation of the
  document (``work/predictions.jsonl``) when there is one, plus ``layout``/``REPEATED``
  regions over the repeated paragraph copies that ingest flagged, so annotators see them.
* Idempotent and resumable: the project's tasks are listed first and only missing
  documents (and missing predictions) are sent, in batches that the server commits whole.
  A document whose text changed after its task was created is reported, never replaced.

Formats: ``docs/labelstudio.md``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.etree import ElementTree

from .. import __version__
from ..annotation.names import LAYOUT_CONTROL, REPEATED_LABEL, TEXT_NAME
from ..errors import InvalidDataError, Location, Report, UsageError
from ..files import sha256_text
from ..generate.instructions import INSTRUCTIONS_PATH
from ..generate.labelconfig import CONFIG_PATH
from ..paths import Project
from . import Echo, _quiet, pushplan
from .client import ProjectInfo, StudioClient
from .overlap import OverlapPlan, overlap_of
from .pushrecord import PushRecord, file_digest, forget, load_record, record_path, save_record

if TYPE_CHECKING:
    from ..ingest import Document

LAYOUT_MODEL_VERSION = "sahel-events-layout"
"""Model version of the layout-only predictions pushed when there are no pre-annotations."""
DEFAULT_BATCH_SIZE = 500

BatchHook = Callable[[int, int], None]
"""Called after each imported batch with (batch number from 1, tasks imported so far)."""


def labeling_config_path(project: Project) -> Path:
    """The labeling config generated from the codebook by ``sahel-events schema generate``."""
    return project.schema / CONFIG_PATH


def instructions_path(project: Project) -> Path:
    """The annotator instructions generated from the codebook (HTML)."""
    return project.schema / INSTRUCTIONS_PATH


#: HTML attributes Label Studio 1.23.2 drops from project instructions: it cleans them
#: with bleach and an allow-list of attributes that has no ``id``.
_DROPPED_ATTRIBUTES = re.compile(r'\s+id="[^"]*"')


def read_instructions(project: Project) -> str:
    """The instructions as the project stores them: without HTML comments and ``id``
    attributes, which the server strips (so that an unchanged codebook compares equal
    and is not re-sent at every push)."""
    path = instructions_path(project)
    if not path.is_file():
        return ""
    text = re.sub(r"<!--.*?-->\n?", "", path.read_text(encoding="utf-8"), flags=re.S)
    return _DROPPED_ATTRIBUTES.sub("", text)


# ------------------------------------------------------------------------------ tasks


def _span_label(doc: Document, span: tuple[int, int]) -> str:
    words = doc.text[span[0] : span[1]].split()
    opening = " ".join(words[:6])
    return f"“{opening}{'…' if len(words) > 6 else ''}”"


def repeats_note(doc: Document) -> str:
    """One sentence per repeated copy for the annotator (``data.repeats_note``); "" when none."""
    notes = [
        f"Repeated paragraph: {_span_label(doc, d.copy)} at {d.copy[0]}–{d.copy[1]} repeats "
        f"the one at {d.first[0]}–{d.first[1]}: code its facts once, at the first occurrence."
        for d in doc.duplicates
    ]
    return " ".join(notes)


def layout_regions(doc: Document, taken: Collection[str] = ()) -> list[dict[str, Any]]:
    """``layout``/``REPEATED`` regions over each repeated copy, with ids not in ``taken``."""
    regions = []
    for d in doc.duplicates:
        start, end = d.copy
        region_id = f"repeat-{start}"
        while region_id in taken:
            region_id += "x"
        regions.append(
            {
                "id": region_id,
                "from_name": LAYOUT_CONTROL,
                "to_name": TEXT_NAME,
                "type": "labels",
                "value": {
                    "start": start,
                    "end": end,
                    "text": doc.text[start:end],
                    "labels": [REPEATED_LABEL],
                },
            }
        )
    return regions


def task_prediction(
    doc: Document,
    pre: dict[str, Any] | None,
    model_version: str,
    with_layout: bool = True,
) -> dict[str, Any] | None:
    """The task's prediction: the pre-annotation (if any) plus the layout regions.

    None when there is nothing to show. Without a pre-annotation the layout regions are
    given ``model_version``, the project's current one, because Label Studio shows
    annotators only the predictions of that version.
    """
    result = list(pre["result"]) if pre else []
    if with_layout:
        taken = {str(item["id"]) for item in result if isinstance(item, dict) and "id" in item}
        result += layout_regions(doc, taken)
    if not result:
        return None
    return {
        "model_version": pre["model_version"] if pre else model_version,
        "score": pre["score"] if pre else 1.0,
        "result": result,
    }


def task_for(doc: Document, prediction: dict[str, Any] | None) -> dict[str, Any]:
    """The Label Studio task of a document (``data``, ``meta``, ``predictions``)."""
    task: dict[str, Any] = {
        "data": {
            "text": doc.text,  # exactly as ingested: offsets count code points in it
            "title": doc.title or doc.doc_id,  # the config shows $title: it must be set
            "doc_id": doc.doc_id,
            "text_sha256": doc.text_sha256,
            "repeats_note": repeats_note(doc),  # the config shows $repeats_note
            "repeated_paragraphs": len(doc.duplicates),
            "language": doc.language,
            "dateline_place": doc.dateline_place,
            "dateline_date": doc.dateline_date,
            "source": doc.source,
            "url": doc.url,
            "published": doc.published,
            "license": doc.license,
            "source_file": doc.source_file,
        },
        "meta": {
            # The identity again, so that push lists tasks without downloading their texts.
            "doc_id": doc.doc_id,
            "text_sha256": doc.text_sha256,
            "duplicates": [d.as_dict() for d in doc.duplicates],
            "raw_sha256": doc.raw_sha256,
            "ingest_version": doc.ingest_version,
            "pushed_by": f"sahel-events {__version__}",
        },
    }
    if prediction is not None:
        task["predictions"] = [prediction]
    return task


# ------------------------------------------------------------------------------ inputs


def _read_predictions(path: Path) -> dict[str, dict[str, Any]]:
    """Pre-annotations by doc_id; InvalidDataError unless one per document, one model version."""
    if not path.is_file():
        return {}
    from ..preannotate.predict import read_predictions  # heavy: only when the file exists

    try:
        predictions = read_predictions(path)
    except (ValueError, KeyError, TypeError) as exc:
        raise UsageError(
            f"{path} is not a predictions file written by `sahel-events preannotate` "
            f"({type(exc).__name__}: {exc})"
        ) from None
    report = Report()
    by_doc: dict[str, dict[str, Any]] = {}
    versions = sorted({p.model_version for p in predictions})
    if len(versions) > 1:
        report.add(
            "studio.mixed-model-versions",
            f"predictions of several model versions ({', '.join(versions)}); run "
            "`sahel-events preannotate` again so that one run writes the whole file",
            Location(file=str(path)),
        )
    for p in predictions:
        if p.doc_id in by_doc:
            report.add(
                "studio.duplicate-prediction",
                "a second prediction for this document",
                Location(file=str(path), doc_id=p.doc_id),
            )
            continue
        by_doc[p.doc_id] = p.for_label_studio()
    if not report.valid:
        raise InvalidDataError(f"{path} cannot be pushed", report)
    return by_doc


def prediction_key(prediction: dict[str, Any]) -> str:
    """What identifies a prediction's content: SHA-256 of its model version and result.

    Push compares it with the predictions already on a task, so a task that got a
    partial prediction (a push made while the predictions file was incomplete) gets the
    full one at the next push: a model version alone does not say the content is there.
    """
    canonical = json.dumps(
        {"model_version": prediction.get("model_version"), "result": prediction.get("result")},
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return sha256_text(canonical)


# ------------------------------------------------------------------------------ push


@dataclass
class PushResult:
    """What a push did, and the issues it found (errors make the exit status 1)."""

    url: str
    project_id: int
    title: str
    created: bool = False
    config_updated: bool = False
    documents: int = 0
    imported: int = 0
    unchanged: int = 0
    predictions_added: int = 0
    model_version: str | None = None
    overlap: str | None = None  # the overlap plan in force, described
    double_coded: int = 0  # tasks that several annotators code
    overlap_set: int = 0  # tasks whose overlap this push changed
    report: Report = field(default_factory=Report)

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready form (``push --json``)."""
        return {
            "url": self.url,
            "project_id": self.project_id,
            "title": self.title,
            "created": self.created,
            "config_updated": self.config_updated,
            "documents": self.documents,
            "imported": self.imported,
            "unchanged": self.unchanged,
            "predictions_added": self.predictions_added,
            "model_version": self.model_version,
            "overlap": self.overlap,
            "double_coded": self.double_coded,
            "overlap_set": self.overlap_set,
            "report": self.report.as_dict(),
        }

    def to_text(self) -> str:
        """A summary a person reads, then the issues."""
        action = (
            "created"
            if self.created
            else ("config updated" if self.config_updated else "up to date")
        )
        lines = [
            f"Project {self.title!r} (id {self.project_id}) on {self.url}: {action}.",
            f"{self.documents} document(s): {self.imported} imported, "
            f"{self.unchanged} already there"
            + (f", {self.predictions_added} prediction(s) added" if self.predictions_added else "")
            + ".",
        ]
        if self.model_version:
            lines.append(f"Predictions shown to annotators: model version {self.model_version}.")
        if self.overlap:
            lines.append(
                f"Overlap: {self.overlap}; {self.double_coded} task(s) double-coded"
                + (f" ({self.overlap_set} changed by this push)." if self.overlap_set else ".")
            )
        if len(self.report):
            lines.append(self.report.to_text())
        return "\n".join(lines)


def _has_layout_label(label_config: str) -> bool:
    """Whether the config offers the ``layout``/``REPEATED`` label push predicts over
    repeated paragraphs. Read from the config's XML (a few milliseconds): loading the
    codebook it was generated from takes seconds, for this one fact."""
    try:
        root = ElementTree.fromstring(label_config)
    except ElementTree.ParseError:
        return False  # the server's own check of the config names the problem
    return any(
        label.get("value") == REPEATED_LABEL
        for labels in root.iter("Labels")
        if labels.get("name") == LAYOUT_CONTROL
        for label in labels.iter("Label")
    )


def _sync_project(
    client: StudioClient,
    found: ProjectInfo | None,
    title: str,
    label_config: str,
    instructions: str,
    result: PushResult,
    echo: Echo,
) -> ProjectInfo:
    """Create the project, or bring its config and instructions up to date without
    orphaning annotations. A refused change leaves the server as it was: the checks
    come before any update, the instructions included."""
    if found is None:
        echo(f"Creating project {title!r} on {client.url}...")
        result.created = True
        return client.create_project(
            title, label_config, "Sahel political and conflict events", instructions
        )
    config_changed = found.label_config.strip() != label_config.strip()
    if config_changed:
        _check_config(client, found, label_config)
    if found.expert_instruction.strip() != instructions.strip():
        # The codebook's wording changed: annotators must read the current definitions.
        echo(f"Updating the annotator instructions of project {title!r}...")
        client.update_project(
            found.id, expert_instruction=instructions, show_instruction=bool(instructions)
        )
    if not config_changed:
        return found
    echo(f"Updating the labeling config of project {title!r}...")
    client.update_project(found.id, label_config=label_config)
    result.config_updated = True
    return client.get_project(found.id)


def _check_config(client: StudioClient, found: ProjectInfo, label_config: str) -> None:
    """Refuse (InvalidDataError) a config that drops anything the project's annotations,
    drafts or predictions use, or that the server itself rejects."""
    from .configcheck import dropped

    try:
        lost = dropped(label_config, client.list_tasks(found.id, with_results=True))
    except ValueError:
        lost = []  # XML that does not parse: the server's check below names the problem
    problem = None
    if lost:
        listed = "; ".join(d.describe() for d in lost)
        problem = (
            f"it drops what the project still uses: {listed}. Keep those labels in the "
            "codebook, or change or delete those annotations and predictions in Label "
            "Studio first"
        )
    else:
        server = client.config_problem(found.id, label_config)
        if server is not None:
            problem = f"Label Studio refuses it: {server}"
    if problem is not None:
        report = Report()
        report.add(
            "studio.config-orphans-annotations",
            f"the labeling config of project {found.id} was not updated, nor anything "
            f"else on the server: {problem}",
            Location(file=f"schema/{CONFIG_PATH}"),
        )
        raise InvalidDataError("push refused a labeling config change", report)


def push(
    project: Project,
    client: StudioClient,
    *,
    title: str,
    documents: Path | None = None,
    predictions: Path | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    echo: Echo = _quiet,
    on_batch: BatchHook | None = None,
    overlap: OverlapPlan | None = None,
) -> PushResult:
    """Create or update the project and import the documents not there yet.

    Returns a :class:`PushResult` whose report holds the documents that were not pushed
    (a changed text, a bad hash). Raises :class:`InvalidDataError` for a config change
    that would orphan annotations or an unusable predictions file, and
    :class:`UsageError` when the server cannot be used; a push cut off midway can be
    run again and completes without duplicates.

    ``overlap`` sets how many annotators code each task (:mod:`.overlap`); without it,
    the plan the project already has (from an earlier ``push --overlap``) is applied to
    the tasks, new ones included.
    """
    if batch_size < 1:
        raise UsageError("--batch-size must be at least 1")
    config_file = labeling_config_path(project)
    if not config_file.is_file():
        raise UsageError(
            f"no labeling config {config_file}: run `sahel-events schema generate` first"
        )
    label_config = config_file.read_text(encoding="utf-8")
    docs_file = documents or project.documents_file
    predictions_file = predictions or project.predictions_file
    instructions = read_instructions(project)
    inputs = {
        "documents": file_digest(docs_file),
        "predictions": file_digest(predictions_file),
        "config": sha256_text(label_config),
        "instructions": sha256_text(instructions),
    }
    found = client.find_project(title) if docs_file.is_file() else None
    same_plan = overlap is None or (
        found is not None
        and (overlap.annotators, overlap.percent)
        == (found.maximum_annotations, found.overlap_percent)
    )
    if found is not None and same_plan:  # a new overlap plan is something to do
        quick = _nothing_to_do(project, client, found, title, inputs, label_config, instructions)
        if quick is not None:
            return quick
    report = Report()
    # The documents file is read twice, a document at a time (pushplan): here for the
    # identities, before the server is touched, then for the tasks of each batch.
    docs = pushplan.identities(docs_file, report)
    pre = _read_predictions(predictions_file)
    for doc_id in sorted(set(pre) - set(docs)):
        report.add(
            "studio.prediction-without-document",
            "a prediction for a document that is not in the documents file; ignored",
            Location(doc_id=doc_id),
            severity="warning",
        )
    with_layout = _has_layout_label(label_config)

    result = PushResult(
        url=client.url, project_id=0, title=title, documents=len(docs), report=report
    )
    info = _sync_project(client, found, title, label_config, instructions, result, echo)
    result.project_id = info.id
    where = record_path(project, client.url, info)
    forget(where)  # until this push is complete, the last record says nothing
    versions = {p["model_version"] for p in pre.values()}
    model_version = (
        next(iter(versions)) if versions else (info.model_version or LAYOUT_MODEL_VERSION)
    )

    def predict(doc: Document) -> dict[str, Any] | None:
        return task_prediction(doc, pre.get(doc.doc_id), model_version, with_layout)

    plan = pushplan.plan(docs, client.list_tasks(info.id), report)
    result.unchanged = plan.unchanged
    to_import = len(plan.to_import)
    n_batches = -(-to_import // batch_size)
    if to_import:
        echo(f"Importing {to_import} task(s) in {n_batches} batch(es)...")
    streamed = pushplan.Streamed()
    batches = pushplan.stream(
        docs_file, plan, predict, prediction_key, model_version, batch_size, streamed
    )
    for number, chunk in enumerate(batches, start=1):
        client.import_tasks(info.id, [task_for(doc, prediction) for doc, prediction in chunk])
        result.imported += len(chunk)
        echo(f"  batch {number}/{n_batches}: {result.imported}/{to_import} task(s)")
        if on_batch is not None:
            on_batch(number, result.imported)
    if streamed.stale:
        echo(f"Replacing {len(streamed.stale)} incomplete prediction(s)...")
        client.delete_predictions(streamed.stale)
    additions = [{**p, "task": task_id} for task_id, p in streamed.to_predict]
    rounds = [additions[i : i + batch_size] for i in range(0, len(additions), batch_size)]
    if rounds:
        echo(
            f"Adding {len(additions)} prediction(s) to existing tasks in {len(rounds)} batch(es)..."
        )
    for number, batch in enumerate(rounds, start=1):
        client.import_predictions(info.id, batch)
        result.predictions_added += len(batch)
        done = f"{result.predictions_added}/{len(additions)}"
        echo(f"  batch {number}/{len(rounds)}: {done} prediction(s)")

    after = client.get_project(info.id)
    if streamed.shown:
        result.model_version = model_version
        if after.model_version != model_version:
            # Label Studio shows annotators the predictions of the project's model version.
            client.update_project(info.id, model_version=model_version)
            after = client.get_project(info.id)
    _apply_overlap(client, info, overlap, result, echo)
    if not len(report):
        # Complete and nothing to report: the next push may trust this record.
        record = PushRecord(
            inputs=inputs,
            task_number=after.task_number,
            total_predictions=after.total_predictions,
            model_version=after.model_version,
            documents=len(docs),
        )
        save_record(where, record)
    return result


def _apply_overlap(
    client: StudioClient,
    info: ProjectInfo,
    plan: OverlapPlan | None,
    result: PushResult,
    echo: Echo,
) -> None:
    """Record the plan in the project, then give each task the overlap the plan says.

    Label Studio gives every imported task the project's ``maximum_annotations`` (and
    reshuffles at random when its cohort percentage is below 100): the per-task values
    are set after the import, every push, so the doc_id rule always wins.
    """
    if plan is None:
        if info.maximum_annotations <= 1:
            return  # never a campaign project: nothing to keep up
        plan = OverlapPlan(info.maximum_annotations, info.overlap_percent)
    elif (plan.annotators, plan.percent) != (info.maximum_annotations, info.overlap_percent):
        echo(f"Setting the overlap of project {info.title!r}: {plan.describe()}...")
        client.update_project(
            info.id, maximum_annotations=plan.annotators, overlap_cohort_percentage=plan.percent
        )
    result.overlap = plan.describe()
    for task_id, (doc_id, current) in sorted(client.task_overlaps(info.id).items()):
        wanted = overlap_of(doc_id, plan)
        result.double_coded += wanted > 1
        if wanted != current:
            client.set_task_overlap(task_id, wanted)
            result.overlap_set += 1


def _nothing_to_do(
    project: Project,
    client: StudioClient,
    found: ProjectInfo,
    title: str,
    inputs: dict[str, str],
    label_config: str,
    instructions: str,
) -> PushResult | None:
    """The result of a push with nothing to send, known without listing the project's
    tasks (:mod:`.pushrecord`); None when the project has to be listed."""
    if found.label_config.strip() != label_config.strip():
        return None
    if found.expert_instruction.strip() != instructions.strip():
        return None
    record = load_record(record_path(project, client.url, found))
    if record is None or record.inputs != inputs:
        return None
    counters = (found.task_number, found.total_predictions, found.model_version)
    if counters != (record.task_number, record.total_predictions, record.model_version):
        return None  # someone changed the project since: list it
    return PushResult(
        url=client.url,
        project_id=found.id,
        title=title,
        documents=record.documents,
        unchanged=record.documents,
        model_version=record.model_version or None,
        overlap=(
            OverlapPlan(found.maximum_annotations, found.overlap_percent).describe()
            if found.maximum_annotations > 1
            else None
        ),
    )
