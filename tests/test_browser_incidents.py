"""The incident review screen in a real browser (headless chromium).

``incidents push`` puts one candidate pair into the review project; a reviewer logs in
with her own account, opens the task, sees both reports side by side, presses ``s``
(same incident), types a note and submits. Read back from a pulled review snapshot,
her answer links the two events, under her pseudonym.

Screenshots: ``test-artifacts/browser/<test>/`` (ignored by git).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from sahel_events.incidents.review import read_reviews, review_snapshots
from sahel_events.incidents.rule import CandidateLink
from sahel_events.incidents.tasks import review_task
from sahel_events.studio import annotators
from sahel_events.studio.client import connect
from sahel_events.studio.incidents import push_reviews
from sahel_events.studio.pull import pull
from tests.browser import Screen, artifacts_for, launch_browser, logged_in_context
from tests.lsserver import LSServer, make_project

pytestmark = [pytest.mark.browser, pytest.mark.studio]

TITLE = "browser incident review"
PASSWORD = "browser-password-1"
FIRST_LOAD_MS = 120_000


def report(event_id: str, doc_id: str, killed: int, sentence: str) -> dict[str, Any]:
    """An events_flat row with what the review task shows."""
    return {
        "event_id": event_id,
        "doc_id": doc_id,
        "event_type": "ASSAULT",
        "mode": "firearms",
        "date_start": dt.date(2025, 8, 12),
        "date_end": dt.date(2025, 8, 12),
        "date_precision": "day",
        "place_name": "Ménaka",
        "admin1": "Ménaka",
        "country_code": "ML",
        "place_precision": "town",
        "actor1": "hommes armés",
        "killed_low": killed,
        "killed_best": killed,
        "killed_high": killed,
        "factuality_certainty": "certain",
        "trigger_sentence": sentence,
    }


def test_a_reviewer_confirms_a_pair_on_the_review_screen(
    ls_server: LSServer, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    project = make_project(tmp_path / "project")
    flat = {
        "ev-a": report("ev-a", "doc-a", 15, "Au moins 15 civils ont été tués mardi."),
        "ev-b": report("ev-b", "doc-b", 17, "Le bilan est passé à 17 morts."),
    }
    documents = {
        "doc-a": {
            "title": "Attaque près de Ménaka",
            "source": "Journal A",
            "published": "2025-08-14",
        },
        "doc-b": {"title": "Le bilan s'alourdit", "source": "Journal B", "published": "2025-08-15"},
    }
    link = CandidateLink("ev-a", "ev-b", 0.0, ("same event type", "overlapping dates"))
    client = connect(ls_server.settings())
    pushed = push_reviews(client, [review_task(link, flat, documents)], title=TITLE)
    (task_id,) = client.task_metas(pushed.project_id)
    annotators.add(ls_server.access(), "fatou@example.org", PASSWORD)

    folder = artifacts_for(request.node.nodeid)
    with launch_browser(tmp_path) as browser:
        context = logged_in_context(browser, ls_server.url, "fatou@example.org", PASSWORD)
        screen = Screen(context.new_page(), ls_server.url, folder)
        screen.page.goto(f"{ls_server.url}/projects/{pushed.project_id}/data?task={task_id}")
        # The pair is HTML: the screen renders it in a frame of its own.
        pair = screen.page.frame_locator(".lsf-main-view iframe").first
        pair.get_by_text("Proposed because").wait_for(timeout=FIRST_LOAD_MS)
        screen.shot("pair")
        shown = str(pair.locator("body").inner_text())
        for fact in ("ASSAULT / firearms", "Ménaka", "15/15/15", "17/17/17", "Journal B"):
            assert fact in shown, fact
        screen.page.locator(".lsf-main-view").click(position={"x": 5, "y": 5})
        screen.press("s")
        note = screen.page.get_by_placeholder("Note (optional): why")
        note.fill("same village, same day")
        note.press("Enter")
        screen.shot("answered")
        screen.submit()
        context.close()

    pull(project, client, title=TITLE, folder=project.annotations / "incidents")
    reviews = read_reviews(review_snapshots(project))
    assert reviews.report.issues == []
    (review,) = reviews.reviews
    assert (review.decision, review.note, review.reviewer) == (
        "same incident",
        "same village, same day",
        "reviewer-01",
    )
    links, _ = reviews.links({"ev-a", "ev-b"})
    assert [(x.event_a, x.event_b) for x in links] == [("ev-a", "ev-b")]
