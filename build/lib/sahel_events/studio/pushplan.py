"""What a push sends, decided while the documents file is streamed.

The documents file of a campaign can be larger than memory, so push never holds it:

1. :func:`identities` reads it once, before the server is touched, keeping only each
   fit document's ``doc_id`` and ``text_sha256`` (a bad file or document is reported
   before any project is created or changed);
2. :func:`plan` sorts those identities against the project's tasks: new documents to
   import, tasks whose text changed (reported, never replaced), tasks already there;
3. :func:`stream` reads the file a second time, a document at a time, building the
   tasks of each import batch (only one batch of texts is held at once) and the
   predictions that existing tasks lack.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import Location, Report, UsageError
from ..files import sha256_text
from .client import TaskInfo

if TYPE_CHECKING:
    from ..ingest import Document

__all__ = ["Plan", "Streamed", "fit_documents", "identities", "plan", "stream"]

#: A document -> its prediction (pre-annotation and layout regions), or None.
Predict = Callable[["Document"], dict[str, Any] | None]
#: A prediction -> what identifies its content (push.prediction_key).
KeyOf = Callable[[dict[str, Any]], str]


def _iter_documents(path: Path) -> Iterator[Document]:
    from ..ingest.documents import iter_documents  # ingest is only needed here

    if not path.is_file():
        raise UsageError(f"no documents file {path}: run `sahel-events ingest` first")
    try:
        yield from iter_documents(path)
    except (ValueError, KeyError, TypeError) as exc:
        raise UsageError(
            f"{path} is not a documents file written by `sahel-events ingest` "
            f"({type(exc).__name__}: {exc}); run `sahel-events ingest` again"
        ) from None


def fit_documents(path: Path, report: Report) -> Iterator[Document]:
    """The documents fit to push, one at a time; the others are reported (a second
    document with the same doc_id, a wrong text hash). Only the ids seen are kept."""
    seen: set[str] = set()
    for doc in _iter_documents(path):
        where = Location(file=str(path), doc_id=doc.doc_id)
        if doc.doc_id in seen:
            report.add("studio.duplicate-doc-id", "a second document with this doc_id", where)
            continue
        seen.add(doc.doc_id)
        if sha256_text(doc.text) != doc.text_sha256:
            report.add(
                "studio.bad-text-sha256",
                "text_sha256 is not the SHA-256 of the text; run `sahel-events ingest` again",
                where,
            )
            continue
        yield doc


def identities(path: Path, report: Report) -> dict[str, str]:
    """doc_id -> text_sha256 of every document fit to push, in file order."""
    return {doc.doc_id: doc.text_sha256 for doc in fit_documents(path, report)}


@dataclass
class Plan:
    """The documents sorted against the project's tasks."""

    to_import: dict[str, str] = field(default_factory=dict)  # doc_id -> text_sha256
    existing: dict[str, TaskInfo] = field(default_factory=dict)  # doc_id -> its task
    unchanged: int = 0


def plan(docs: Mapping[str, str], tasks: Sequence[TaskInfo], report: Report) -> Plan:
    """Sort the documents (doc_id -> text_sha256) into new ones, tasks already there,
    and tasks whose text changed (reported)."""
    by_doc: dict[str, list[TaskInfo]] = defaultdict(list)
    for task in tasks:
        if task.doc_id is not None:
            by_doc[task.doc_id].append(task)
    out = Plan()
    for doc_id, sha in docs.items():
        found = by_doc.get(doc_id, [])
        if not found:
            out.to_import[doc_id] = sha
            continue
        same = [t for t in found if t.text_sha256 == sha]
        if not same:
            old = found[0]
            report.add(
                "studio.text-changed",
                f"the text changed since task {old.id} was created (sha256 "
                f"{str(old.text_sha256)[:12]}… in Label Studio, {sha[:12]}… now); "
                "not imported. Its annotations point into the old text: migrate them before "
                "replacing the task.",
                Location(doc_id=doc_id, task=old.id),
            )
            continue
        if len(found) > 1:
            report.add(
                "studio.duplicate-task",
                f"{len(found)} tasks for this document ({', '.join(str(t.id) for t in found)})",
                Location(doc_id=doc_id),
                severity="warning",
            )
        out.unchanged += 1
        out.existing[doc_id] = same[0]
    return out


@dataclass
class Streamed:
    """What the second reading found besides the import batches."""

    to_predict: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    stale: list[int] = field(default_factory=list)  # predictions the new ones replace
    shown: bool = False  # some task has (or will have) a prediction of the model version


def stream(
    path: Path,
    p: Plan,
    predict: Predict,
    key_of: KeyOf,
    model_version: str,
    batch_size: int,
    found: Streamed,
) -> Iterator[list[tuple[Document, dict[str, Any] | None]]]:
    """The documents to import with their predictions, ``batch_size`` at a time, read
    again from ``path``; meanwhile ``found`` collects the predictions that tasks already
    there lack (a prediction of other content replaces the one of the same version)."""
    batch: list[tuple[Document, dict[str, Any] | None]] = []
    for doc in fit_documents(path, Report()):  # its faults were reported by identities()
        prediction = predict(doc)
        if p.to_import.get(doc.doc_id) == doc.text_sha256:
            found.shown = found.shown or prediction is not None
            batch.append((doc, prediction))
            if len(batch) >= batch_size:
                yield batch
                batch = []
            continue
        task = p.existing.get(doc.doc_id)
        if task is None or task.text_sha256 != doc.text_sha256:
            continue  # changed text (reported), or a document the plan did not see
        if prediction is not None:
            there = {
                key_of({"model_version": r.model_version, "result": r.result})
                for r in task.predictions
            }
            if key_of(prediction) not in there:
                found.to_predict.append((task.id, prediction))
                version = prediction["model_version"]
                found.stale += [r.id for r in task.predictions if r.model_version == version]
        found.shown = found.shown or prediction is not None or model_version in task.model_versions
    if batch:
        yield batch
