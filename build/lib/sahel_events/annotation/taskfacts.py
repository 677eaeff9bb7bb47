"""What the passes over every copy of every task learn of a snapshot, gathered once.

A build reads the task ids of every snapshot (which copy of a task is current) and shows
every annotation of every snapshot to the pseudonym numbering, although an older
snapshot's tasks are mostly superseded. :class:`TaskFacts` gathers, while a snapshot is
read whole, what those passes need of it in bulk: its task ids in order, and per user
(in the order each first appears) the annotation with the lowest id and its creation
time, which is all that :class:`sahel_events.consolidate.Pseudonyms` keeps of a user's
annotations. The snapshot index (:mod:`.snapindex`) keeps them beside the spans, so that
a snapshot indexed and unchanged contributes its ids as a set and its users as a merge,
and only its current tasks are read.
"""

from __future__ import annotations

from typing import Any

from .typed import task_id_of, user_id_of

__all__ = ["FirstAnnotation", "TaskFacts", "sound_facts"]

#: A user's first annotation in a snapshot: (user id, annotation id, created_at text or
#: None), as ``Pseudonyms.observe_task`` would note it.
FirstAnnotation = tuple[int, int, str | None]


class TaskFacts:
    """The ids and the users' first annotations of a snapshot's tasks, told in order."""

    def __init__(self) -> None:
        #: Per element of the array: the id of a task object, None for anything else (no
        #: id, an id that is not an integer, not an object).
        self.ids: list[int | None] = []
        self._first: dict[int, tuple[int, str | None]] = {}
        # An annotation that names its user without an integer id: the numbering does
        # not see it, but compile may give its user a handle between two tasks, an order
        # a summary cannot keep. Such a snapshot has no summary (read task by task).
        self._irregular = False

    def add(self, task: Any) -> None:
        """Note the next element of the array (a task, decoded or a stub)."""
        if not isinstance(task, dict):
            self.ids.append(None)
            return
        self.ids.append(task_id_of(task))
        annotations = task.get("annotations") or []
        if not isinstance(annotations, list):
            self._irregular = True  # what observe_task does with it is its business
            return
        first = self._first
        for annotation in annotations:
            if not isinstance(annotation, dict):
                continue
            annotation_id = annotation.get("id")
            user_id = user_id_of(annotation)
            # The same tests as Pseudonyms.observe_task, then Pseudonyms.observe.
            if not isinstance(annotation_id, int):
                if user_id is not None:
                    self._irregular = True
                continue
            if user_id is None:
                continue
            known = first.get(user_id)
            if known is None or annotation_id < known[0]:
                created = annotation.get("created_at")
                first[user_id] = (annotation_id, created if isinstance(created, str) else None)

    def users(self) -> tuple[FirstAnnotation, ...] | None:
        """Each user's first annotation, users in the order they first appear; None when
        the snapshot must be shown to an observer task by task."""
        if self._irregular:
            return None
        return tuple((user, a, created) for user, (a, created) in self._first.items())


def sound_facts(ids: Any, users: Any, count: int) -> bool:
    """Whether ``ids`` and ``users`` read from an index entry are facts of ``count`` tasks."""
    if not isinstance(ids, list) or len(ids) != count:
        return False
    if not all(v is None or type(v) is int for v in ids):
        return False
    if users is None:
        return True
    return isinstance(users, tuple) and all(
        isinstance(u, tuple)
        and len(u) == 3
        and type(u[0]) is int
        and isinstance(u[1], int)
        and (u[2] is None or isinstance(u[2], str))
        for u in users
    )
