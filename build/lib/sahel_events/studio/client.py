"""The one place that talks to Label Studio (through ``label_studio_sdk``, pinned 2.1.2).

Everything else in the package calls :class:`StudioClient`, which returns plain Python
values and turns every failure into a one-line :class:`~sahel_events.errors.UsageError`:
a server that cannot be reached, a refused token (the message names the variable to fix
and never holds the token), a request the server rejects. No SDK exception, pydantic
object or traceback leaves this module.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any, NoReturn, Protocol

import httpx
from label_studio_sdk import LabelStudio
from label_studio_sdk.core.api_error import ApiError
from label_studio_sdk.core.request_options import RequestOptions

from ..errors import UsageError
from .settings import ENV_URL, StudioSettings

REQUEST_TIMEOUT = 600.0
#: Tasks per page of the task listings push reads (with their predictions).
TASK_PAGE = 500
"""Seconds per request. The SDK's 60 s default is too short for a large snapshot export
(recipe §7.2: without Redis the server builds the export inside the POST)."""

# Requests that create things are never retried by the SDK: after a dropped connection we
# cannot know whether the server committed them, and a blind retry could import a batch
# twice. `push` re-lists the tasks instead (it is resumable).
_NO_RETRY: RequestOptions = {"max_retries": 0}

FULL_EXPORT_OPTIONS: dict[str, Any] = {
    # Recipe §7.2: every task, every annotation (cancelled and ground truth included),
    # full prediction and draft objects, annotators as objects rather than ids.
    "task_filter_options": {"only_with_annotations": False},
    "annotation_filter_options": {"usual": True, "ground_truth": True, "skipped": True},
    "serialization_options": {
        "drafts": {"only_id": False},
        "predictions": {"only_id": False},
        "annotations__completed_by": {"only_id": False},
        "include_annotation_history": False,
    },
}


class ByteSink(Protocol):
    """Where a download goes: anything with ``write(bytes)``."""

    def write(self, chunk: bytes, /) -> Any: ...


@dataclass(frozen=True)
class ProjectInfo:
    """The project fields push and pull use."""

    id: int
    title: str
    label_config: str
    model_version: str
    task_number: int
    expert_instruction: str = ""
    created_at: str | None = None
    maximum_annotations: int = 1
    overlap_percent: int = 100  # overlap_cohort_percentage
    total_predictions: int = 0


@dataclass(frozen=True)
class Result:
    """An annotation, draft or prediction of a task: its kind, id, model version, result."""

    kind: str  # annotation | draft | prediction
    id: int
    model_version: str | None
    result: list[dict[str, Any]]


@dataclass(frozen=True)
class TaskInfo:
    """A task as push sees it: its id, identity fields, predictions (and annotations)."""

    id: int
    doc_id: str | None
    text_sha256: str | None
    predictions: tuple[Result, ...] = ()
    annotations: tuple[Result, ...] = ()  # annotations and drafts, when listed
    draft_exists: bool = False  # some user (any, not only the token's) has a draft

    @property
    def model_versions(self) -> frozenset[str]:
        """The model versions of the task's predictions."""
        return frozenset(p.model_version for p in self.predictions if p.model_version)


def _results(kind: str, rows: Any) -> tuple[Result, ...]:
    out = []
    for row in rows if isinstance(rows, list) else []:
        if not isinstance(row, dict):
            continue
        result = row.get("result")
        out.append(
            Result(
                kind=kind,
                id=int(row.get("id") or 0),
                model_version=row.get("model_version"),
                result=[i for i in result if isinstance(i, dict)]
                if isinstance(result, list)
                else [],
            )
        )
    return tuple(out)


def _task_info(row: dict[str, Any]) -> TaskInfo:
    # The identity is in ``meta`` for tasks push made since issue 12 (listing it does not
    # download every text), in ``data`` for all.
    data = row.get("data") if isinstance(row.get("data"), dict) else {}
    meta = row.get("meta") if isinstance(row.get("meta"), dict) else {}
    assert isinstance(data, dict) and isinstance(meta, dict)
    return TaskInfo(
        id=int(row["id"]),
        doc_id=data.get("doc_id") or meta.get("doc_id"),
        text_sha256=data.get("text_sha256") or meta.get("text_sha256"),
        predictions=_results("prediction", row.get("predictions")),
        annotations=_results("annotation", row.get("annotations"))
        + _results("draft", row.get("drafts")),
        draft_exists=bool(row.get("draft_exists")),
    )


@dataclass(frozen=True)
class ExportInfo:
    """A snapshot export on the server."""

    id: int
    title: str
    status: str
    created_at: str | None
    finished_at: str | None
    md5: str | None


def _iso(value: Any) -> str | None:
    """A server time as ISO 8601 text (the SDK gives datetimes, raw JSON gives strings)."""
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value) if value else None


def _detail(body: Any) -> str:
    """The server's explanation from an error body (LS: ``detail`` + ``validation_errors``)."""
    if isinstance(body, dict):
        parts = [str(body.get("detail") or "").strip()]
        errors = body.get("validation_errors")
        if isinstance(errors, dict):
            for field, messages in errors.items():
                items = messages if isinstance(messages, list) else [messages]
                parts.append(f"{field}: " + "; ".join(str(m) for m in items))
        elif errors:
            parts.append(str(errors))
        text = " - ".join(p for p in parts if p)
        return text or str(body)[:500]
    return str(body)[:500] if body else ""


class StudioClient:
    """A Label Studio server reached with one token; every method may raise UsageError."""

    def __init__(self, settings: StudioSettings, timeout: float = REQUEST_TIMEOUT) -> None:
        self.settings = settings
        self.url = settings.url
        with self._errors("connect"):
            # Typed Any: the Fern-generated SDK's pagers and models defeat mypy, and nothing
            # SDK-typed leaves this module anyway.
            self._ls: Any = LabelStudio(  # type: ignore[no-untyped-call]
                base_url=settings.url, api_key=settings.api_key, timeout=timeout
            )

    def __repr__(self) -> str:
        return f"StudioClient({self.url!r})"

    # ------------------------------------------------------------------ errors

    def _fail(self, message: str) -> NoReturn:
        # The token must never reach a message, whatever a server or library echoed.
        raise UsageError(message.replace(self.settings.api_key, "***"))

    def _unreachable(self, what: str) -> str:
        if self.settings.source == "embedded":
            return (
                f"Label Studio at {self.url} is not reachable ({what}): start it with "
                "`sahel-events studio up`"
            )
        return (
            f"Label Studio at {self.url} is not reachable ({what}): start it with "
            f"`sahel-events studio up` and unset {ENV_URL}, or check {ENV_URL}"
        )

    @contextlib.contextmanager
    def _errors(self, action: str) -> Iterator[None]:
        """Translate SDK and network failures during ``action`` into UsageError."""
        try:
            yield
        except UsageError:
            raise
        except ApiError as exc:
            status = exc.status_code
            detail = _detail(exc.body)
            if status == 401:
                self._fail(
                    f"Label Studio at {self.url} refused the token (401 {detail}): "
                    f"{self.settings.key_hint()}"
                )
            if status == 403:
                self._fail(
                    f"Label Studio at {self.url} refused to {action} (403 {detail}): the user "
                    f"of {self.settings.key_name} lacks the permission"
                )
            self._fail(f"Label Studio at {self.url} refused to {action} ({status} {detail})")
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            self._fail(self._unreachable(type(exc).__name__))
        except httpx.TimeoutException:
            self._fail(
                f"Label Studio at {self.url} did not answer in time while trying to {action}"
            )
        except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as exc:
            self._fail(
                f"the connection to Label Studio at {self.url} was lost while trying to "
                f"{action} ({type(exc).__name__}); when it is back, run the command again"
            )
        except httpx.HTTPError as exc:
            self._fail(f"request to Label Studio at {self.url} failed ({type(exc).__name__})")
        except (ValueError, TypeError, KeyError) as exc:
            # pydantic validation errors derive from ValueError: an answer we cannot read.
            self._fail(
                f"unexpected answer from {self.url} while trying to {action} "
                f"({type(exc).__name__}); is it Label Studio 1.23?"
            )

    # ------------------------------------------------------------------ server

    def whoami(self) -> str:
        """The e-mail of the token's user; checks that the server is there and takes the token.

        Not retried: a server that is down should be said so at once, not after backoffs.
        """
        with self._errors("identify the token's user"):
            return str(self._ls.users.whoami(request_options=_NO_RETRY).email)

    def _get_json(self, path: str, params: dict[str, Any] | None = None) -> Any:
        """GET ``path`` (relative to the server) as plain JSON, without pydantic models.

        Used for the listings push and pull make on every run: parsing thousands of
        tasks or predictions into SDK models costs more than the request itself.
        """
        response = self._ls._client_wrapper.httpx_client.request(
            path, method="GET", params=params or {}
        )
        if response.status_code >= 400:
            try:
                body = response.json()
            except ValueError:
                body = response.text
            raise ApiError(status_code=response.status_code, headers={}, body=body)
        return response.json()

    def _post_json(self, path: str, body: Any, params: dict[str, Any] | None = None) -> Any:
        """POST ``body`` as JSON to ``path`` and return the answer as plain JSON; never retried.

        Used for the bulk imports: the SDK walks every value of a request body through its
        encoders first, which for 2,000 tasks costs seconds; the body here is plain JSON
        already.
        """
        payload = json.dumps(body, ensure_ascii=False).encode("utf-8")
        response = self._ls._client_wrapper.httpx_client.request(
            path,
            method="POST",
            params=params or {},
            content=payload,
            headers={"content-type": "application/json"},
            request_options=_NO_RETRY,
        )
        if response.status_code >= 400:
            try:
                answer = response.json()
            except ValueError:
                answer = response.text
            raise ApiError(status_code=response.status_code, headers={}, body=answer)
        return response.json()

    def server_instance(self) -> str:
        """A stable id of this Label Studio instance (its database), the same at every call.

        Derived from the creation time of the token user's organisation, which is set once
        when a server's database is made: a fresh server at the same URL (ids restarting
        at 1) gets another id, a restart or an upgrade keeps it. No secret goes into it.
        """
        with self._errors("identify the server instance"):
            me = self._get_json("api/current-user/whoami")
            organizations = self._get_json("api/organizations/")
        wanted = me.get("active_organization") if isinstance(me, dict) else None
        rows = (
            [o for o in organizations if isinstance(o, dict)]
            if isinstance(organizations, list)
            else []
        )
        chosen = next((o for o in rows if o.get("id") == wanted), rows[0] if rows else None)
        if chosen is None or not chosen.get("created_at"):
            self._fail(f"Label Studio at {self.url} did not say which organisation the token is in")
        seed = f"label-studio-organization|{chosen['id']}|{chosen['created_at']}"
        return "ls-" + hashlib.sha256(seed.encode("utf-8")).hexdigest()[:16]

    def version(self) -> str | None:
        """The server's release (``/api/version``), e.g. ``"1.23.2"``."""
        with self._errors("report its version"):
            release = self._ls.versions.get().release
        return str(release) if release else None

    # ------------------------------------------------------------------ projects

    @staticmethod
    def _project(p: Any) -> ProjectInfo:
        return ProjectInfo(
            id=int(p.id),
            title=str(p.title or ""),
            label_config=str(p.label_config or ""),
            model_version=str(p.model_version or ""),
            task_number=int(p.task_number or 0),
            expert_instruction=str(getattr(p, "expert_instruction", None) or ""),
            created_at=_iso(getattr(p, "created_at", None)),
            maximum_annotations=int(getattr(p, "maximum_annotations", None) or 1),
            overlap_percent=int(getattr(p, "overlap_cohort_percentage", None) or 100),
            total_predictions=int(getattr(p, "total_predictions_number", None) or 0),
        )

    def find_project(self, title: str) -> ProjectInfo | None:
        """The project with exactly this title, None when there is none.

        Several projects with the title are a UsageError: which one to use is not ours to
        guess.
        """
        with self._errors("list projects"):
            found = [p for p in self._ls.projects.list(title=title) if p.title == title]
        if len(found) > 1:
            ids = ", ".join(str(p.id) for p in found)
            self._fail(
                f"{len(found)} projects on {self.url} are titled {title!r} (ids {ids}): rename "
                "all but one, or choose another title with --title"
            )
        return self.get_project(int(found[0].id)) if found else None

    def get_project(self, project_id: int) -> ProjectInfo:
        """One project by id."""
        with self._errors(f"read project {project_id}"):
            return self._project(self._ls.projects.get(id=project_id))

    def create_project(
        self, title: str, label_config: str, description: str = "", instructions: str = ""
    ) -> ProjectInfo:
        """Create a project; the server validates the config (a 400 becomes a UsageError).

        ``instructions`` (HTML) is what the labeling screen's *Instructions* button shows.
        """
        with self._errors("create the project"):
            created = self._ls.projects.create(
                title=title,
                label_config=label_config,
                description=description,
                expert_instruction=instructions,
                show_instruction=bool(instructions),
                request_options=_NO_RETRY,
            )
        return self.get_project(int(created.id))

    def config_problem(self, project_id: int, label_config: str) -> str | None:
        """Why the server would refuse ``label_config`` for the project, None when it is fine.

        ``/validate/`` checks the config and, unlike a plain update (recipe §4.1), that no
        existing annotation or draft uses a control or label the new config drops.
        """
        with self._errors("validate the labeling config"):
            try:
                self._ls.projects.validate_label_config(id=project_id, label_config=label_config)
            except ApiError as exc:
                if exc.status_code == 400:
                    return _detail(exc.body)
                raise
        return None

    def update_project(self, project_id: int, **fields: Any) -> None:
        """Change project fields (``label_config``, ``model_version``, ...)."""
        with self._errors(f"update project {project_id}"):
            self._ls.projects.update(id=project_id, **fields, request_options=_NO_RETRY)

    # ------------------------------------------------------------------ tasks

    def list_tasks(self, project_id: int, with_results: bool = False) -> list[TaskInfo]:
        """Every task of the project: doc_id, text_sha256 and its predictions.

        One paged listing of the tasks with only their id, meta (where push puts the
        identity) and predictions, as plain JSON: Label Studio 1.23.2's
        ``/api/predictions/`` has no pagination (one response for the whole project),
        while the task listing pages, and gives each task's predictions with
        ``fields=all``; ``include`` keeps the texts out. With ``with_results``, each task
        also carries its annotations (id, result) and the drafts of every user: what push
        needs to check a config change. The task listing gives only the token user's
        drafts, but says whether a task has a draft of anyone's (``draft_exists``);
        those tasks' drafts are read one task at a time (``/api/tasks/<id>/drafts``
        lists every user's).
        """
        # With ``include`` the listing gives annotations as bare ids: ask for every field then.
        params: dict[str, Any] = {"project": project_id, "fields": "all", "page_size": TASK_PAGE}
        if not with_results:
            params.update(include="id,meta,predictions")
        with self._errors(f"list the tasks of project {project_id}"):
            tasks = self._task_pages(params)
            if with_results:
                return [self._with_all_drafts(t) if t.draft_exists else t for t in tasks]
            if any(t.doc_id is None or t.text_sha256 is None for t in tasks):
                # Tasks made before push put the identity in meta: read it from their data.
                listing = {"project": project_id, "fields": "task_only", "page_size": TASK_PAGE}
                data = {t.id: t for t in self._task_pages({**listing, "include": "id,data"})}
                tasks = [
                    replace(t, doc_id=data[t.id].doc_id, text_sha256=data[t.id].text_sha256)
                    if t.id in data
                    else t
                    for t in tasks
                ]
        return tasks

    def _with_all_drafts(self, task: TaskInfo) -> TaskInfo:
        """``task`` with the drafts of every user in place of the token user's."""
        drafts = self._get_json(f"api/tasks/{task.id}/drafts")
        kept = tuple(r for r in task.annotations if r.kind != "draft")
        return replace(task, annotations=kept + _results("draft", drafts))

    def _task_pages(self, params: dict[str, Any]) -> list[TaskInfo]:
        tasks: list[TaskInfo] = []
        page = 1
        while True:
            body = self._get_json("api/tasks/", {**params, "page": page})
            rows = body.get("tasks", []) if isinstance(body, dict) else []
            tasks += [_task_info(row) for row in rows if isinstance(row, dict)]
            total = int(body.get("total", 0)) if isinstance(body, dict) else 0
            if not rows or len(tasks) >= total:
                return tasks
            page += 1

    def import_tasks(self, project_id: int, tasks: Sequence[dict[str, Any]]) -> list[int]:
        """Import tasks (with their predictions) in one request; return the new task ids.

        The server creates a request's tasks and predictions in one transaction: a
        batch is imported whole or not at all.
        """
        with self._errors(f"import {len(tasks)} task(s)"):
            answer = self._post_json(
                f"api/projects/{project_id}/import", list(tasks), {"return_task_ids": "true"}
            )
        ids = answer.get("task_ids") if isinstance(answer, dict) else None
        return [int(i) for i in ids or []]

    def task_states(self, project_id: int) -> list[dict[str, Any]]:
        """What changes when a task's annotations change, per task, without its data.

        ``id``, ``updated_at`` (Label Studio bumps it when an annotation or prediction of
        the task is saved or deleted), the annotation ids and counts, and whether a draft
        exists. One listing, far cheaper than an export: pull compares it with the one it
        recorded at the last snapshot.
        """
        states: list[dict[str, Any]] = []
        keys = (
            "id",
            "updated_at",
            "annotations_ids",
            "total_annotations",
            "cancelled_annotations",
            "total_predictions",
            "draft_exists",
        )
        for row in self._task_rows(project_id, keys):
            states.append({k: row.get(k) for k in keys})
        return sorted(states, key=lambda row: int(row.get("id") or 0))

    def task_overlaps(self, project_id: int) -> dict[int, tuple[str | None, int]]:
        """Task id -> (doc_id, overlap): how many annotators the server lets code each task."""
        found: dict[int, tuple[str | None, int]] = {}
        for row in self._task_rows(project_id, ("id", "meta", "data", "overlap")):
            info = _task_info(row)
            found[info.id] = (info.doc_id, int(row.get("overlap") or 1))
        return found

    def task_metas(self, project_id: int) -> dict[int, dict[str, Any]]:
        """Task id -> the task's ``meta`` (what push recorded there), without its data."""
        found: dict[int, dict[str, Any]] = {}
        for row in self._task_rows(project_id, ("id", "meta")):
            meta = row.get("meta")
            found[int(row["id"])] = meta if isinstance(meta, dict) else {}
        return found

    def _task_rows(self, project_id: int, include: Sequence[str]) -> Iterator[dict[str, Any]]:
        """Every task of a project with only the ``include`` fields, a page at a time."""
        with self._errors(f"list the tasks of project {project_id}"):
            page, seen = 1, 0
            while True:
                body = self._get_json(
                    "api/tasks/",
                    {
                        "project": project_id,
                        "fields": "task_only",
                        "include": ",".join(include),
                        "page": page,
                        "page_size": 1000,
                    },
                )
                rows = body.get("tasks", []) if isinstance(body, dict) else []
                seen += len(rows)
                yield from (row for row in rows if isinstance(row, dict))
                total = int(body.get("total", 0)) if isinstance(body, dict) else 0
                if not rows or seen >= total:
                    return
                page += 1

    def set_task_overlap(self, task_id: int, overlap: int) -> None:
        """Set how many annotators code one task (the task's own ``overlap``)."""
        with self._errors(f"set the overlap of task {task_id}"):
            self._ls.tasks.update(id=str(task_id), overlap=overlap, request_options=_NO_RETRY)

    def user_id(self, email: str) -> int | None:
        """The id of the server's user with this e-mail (case-insensitive), None if none."""
        with self._errors("list the users"):
            users = self._get_json("api/users/")
        for row in users if isinstance(users, list) else []:
            if isinstance(row, dict) and str(row.get("email", "")).lower() == email.lower():
                return int(row["id"])
        return None

    def import_predictions(self, project_id: int, predictions: Sequence[dict[str, Any]]) -> int:
        """Attach predictions (each with its ``task``) in one request; return how many.

        The server creates them in one transaction, so a batch is there whole or not at all.
        """
        with self._errors(f"import {len(predictions)} prediction(s)"):
            answer = self._post_json(
                f"api/projects/{project_id}/import/predictions", list(predictions)
            )
        created = answer.get("created") if isinstance(answer, dict) else None
        return int(created) if created is not None else len(predictions)

    def delete_predictions(self, prediction_ids: Sequence[int]) -> None:
        """Delete predictions by id (stale ones push replaces)."""
        for prediction_id in prediction_ids:
            with self._errors(f"delete prediction {prediction_id}"):
                self._ls.predictions.delete(id=prediction_id, request_options=_NO_RETRY)

    def create_annotation(
        self,
        task_id: int,
        result: Sequence[dict[str, Any]],
        *,
        lead_time: float,
        ground_truth: bool = False,
        parent_prediction: int | None = None,
        completed_by: int | None = None,
    ) -> int:
        """Submit an annotation as the labeling screen does; return its id.

        ``parent_prediction`` records the prediction the annotator started from, as the
        screen does when an annotator accepts and corrects suggestions. ``completed_by``
        (a user id) makes it that user's annotation rather than the token's user's: the
        user then finds it as their own on the labeling screen.
        """
        extra: dict[str, Any] = {} if completed_by is None else {"completed_by": completed_by}
        with self._errors(f"create an annotation on task {task_id}"):
            annotation = self._ls.annotations.create(
                id=task_id,
                result=list(result),
                lead_time=lead_time,
                ground_truth=ground_truth,
                was_cancelled=False,
                parent_prediction=parent_prediction,
                request_options=_NO_RETRY,
                **extra,
            )
        return int(annotation.id)

    def set_ground_truth(self, annotation_id: int) -> None:
        """Mark an annotation ground truth (what a reviewer's acceptance means here)."""
        with self._errors(f"mark annotation {annotation_id} ground truth"):
            self._ls.annotations.update(
                id=annotation_id, ground_truth=True, request_options=_NO_RETRY
            )

    def update_annotation(
        self, annotation_id: int, result: Sequence[dict[str, Any]], *, ground_truth: bool
    ) -> None:
        """Replace an annotation's result, as the labeling screen's Update button does."""
        with self._errors(f"update annotation {annotation_id}"):
            self._ls.annotations.update(
                id=annotation_id,
                result=list(result),
                ground_truth=ground_truth,
                was_cancelled=False,
                request_options=_NO_RETRY,
            )

    def task_meta(self, task_id: int) -> dict[str, Any]:
        """A task's ``meta`` (what push recorded, and any correction statement)."""
        with self._errors(f"read task {task_id}"):
            task = self._get_json(f"api/tasks/{task_id}/")
        meta = task.get("meta") if isinstance(task, dict) else None
        return dict(meta) if isinstance(meta, dict) else {}

    def task_annotations(self, task_id: int) -> list[dict[str, Any]]:
        """A task's annotations, as JSON-ready dicts."""
        with self._errors(f"list the annotations of task {task_id}"):
            found = self._get_json(f"api/tasks/{task_id}/annotations/")
        return [a for a in found if isinstance(a, dict)] if isinstance(found, list) else []

    def set_task_meta(self, task_id: int, meta: dict[str, Any]) -> None:
        """Replace a task's ``meta`` (the task's data is left as it is)."""
        with self._errors(f"update the meta of task {task_id}"):
            self._ls.tasks.update(id=str(task_id), meta=meta, request_options=_NO_RETRY)

    # ------------------------------------------------------------------ exports

    @staticmethod
    def _export(e: Any) -> ExportInfo:
        return ExportInfo(
            id=int(e.id),
            title=str(e.title or ""),
            status=str(e.status or ""),
            created_at=_iso(e.created_at),
            finished_at=_iso(e.finished_at),
            md5=str(e.md5) if e.md5 else None,
        )

    def create_export(
        self, project_id: int, title: str, timeout: float = REQUEST_TIMEOUT
    ) -> ExportInfo:
        """Create a full snapshot export (``FULL_EXPORT_OPTIONS``) and wait until it is done."""
        with self._errors(f"export project {project_id}"):
            created = self._ls.projects.exports.create(
                id=project_id, title=title, request_options=_NO_RETRY, **FULL_EXPORT_OPTIONS
            )
            export = self._export(created)
            # Without Redis the POST returns a finished export; a team server with workers
            # builds it in the background, so poll.
            deadline = time.monotonic() + timeout
            while export.status not in ("completed", "failed"):
                if time.monotonic() > deadline:
                    self._fail(f"export {export.id} of project {project_id} did not finish in time")
                time.sleep(0.5)
                export = self._export(
                    self._ls.projects.exports.get(id=project_id, export_pk=export.id)
                )
        if export.status != "completed":
            self._fail(f"Label Studio reports export {export.id} of project {project_id} as failed")
        return export

    def list_exports(self, project_id: int) -> list[ExportInfo]:
        """The snapshot exports the server keeps for the project."""
        with self._errors(f"list the exports of project {project_id}"):
            return [self._export(e) for e in self._ls.projects.exports.list(id=project_id)]

    def delete_export(self, project_id: int, export_id: int) -> None:
        """Delete a snapshot export and its file on the server."""
        with self._errors(f"delete export {export_id}"):
            self._ls.projects.exports.delete(
                id=project_id, export_pk=export_id, request_options=_NO_RETRY
            )

    def download_export(self, project_id: int, export_id: int, sink: ByteSink) -> None:
        """Stream an export's JSON into ``sink``."""
        with self._errors(f"download export {export_id}"):
            for chunk in self._ls.projects.exports.download(
                id=project_id, export_pk=export_id, export_type="JSON"
            ):
                sink.write(chunk)


def connect(settings: StudioSettings) -> StudioClient:
    """A client for ``settings``, checked: the server answers and takes the token."""
    client = StudioClient(settings)
    client.whoami()
    return client


__all__ = [
    "FULL_EXPORT_OPTIONS",
    "ExportInfo",
    "ProjectInfo",
    "StudioClient",
    "TaskInfo",
    "connect",
]
