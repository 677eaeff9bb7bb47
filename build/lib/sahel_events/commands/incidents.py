"""``sahel-events incidents propose|push|pull``: linking reports of one happening."""

from __future__ import annotations

from pathlib import Path

import click

from .common import emit_result, json_option, project_option, resolve_project


def _progress(message: str) -> None:
    # Progress goes to stderr so that --json output on stdout stays parseable.
    click.echo(message, err=True)


review_title_option = click.option(
    "--title",
    default=None,
    help="Title of the review project (default: the annotation project's title and "
    "' incident review').",
)


def _review_title(title: str | None) -> str:
    from ..studio.incidents import TITLE_SUFFIX
    from ..studio.settings import project_title

    return title or project_title() + TITLE_SUFFIX


@click.group("incidents")
def incidents() -> None:
    """Link the reports of one happening in several articles (propose, push, pull).

    \b
    sahel-events incidents propose   # candidate links by rule -> work/incidents/
    sahel-events incidents push      # one review task per candidate in Label Studio
    #   ... reviewers answer: same incident / different / unsure (+ a note) ...
    sahel-events incidents pull      # review snapshot -> annotations/incidents/
    sahel-events build               # confirmed links -> incidents, events_flat.incident_id
    """


@incidents.command("propose")
@project_option
@json_option
def propose(project_dir: Path | None, as_json: bool) -> None:
    """Propose candidate links between events of different articles.

    Same event type, overlapping dates, places at most 25 km apart (or the same
    country at country precision), compatible actors. The candidates are written as
    review tasks to work/incidents/candidates.jsonl; nothing is linked yet.

    \b
    Example:
      sahel-events incidents propose
    """
    from ..incidents.propose import propose as run_propose
    from ..release.pipeline import compile_project

    project = resolve_project(project_dir)
    compiled = compile_project(project, _progress)
    emit_result(run_propose(project, compiled.whole_tables()), as_json)


@incidents.command("push")
@project_option
@review_title_option
@json_option
def push(project_dir: Path | None, title: str | None, as_json: bool) -> None:
    """Create or update the review project and import the new candidates.

    Each candidate is one task showing both events (type, dates, place, actors, deaths,
    sentence, article); candidates already in the project are not imported again.

    \b
    Example:
      sahel-events incidents push
    """
    from ..incidents.propose import read_candidates
    from ..studio.client import connect
    from ..studio.incidents import push_reviews
    from ..studio.settings import resolve_settings

    project = resolve_project(project_dir)
    tasks = read_candidates(project)
    client = connect(resolve_settings(project))
    result = push_reviews(client, tasks, title=_review_title(title), echo=_progress)
    emit_result(result, as_json)


@incidents.command("pull")
@project_option
@review_title_option
@json_option
def pull(project_dir: Path | None, title: str | None, as_json: bool) -> None:
    """Save a full export snapshot of the review project into annotations/incidents/.

    Like `sahel-events pull`: never overwritten, with a provenance record, nothing
    written when the project has not changed. `build` and `release` read the decisions.

    \b
    Example:
      sahel-events incidents pull
    """
    from ..incidents.review import review_folder
    from ..studio.client import connect
    from ..studio.pull import pull as run_pull
    from ..studio.server import StudioDirs
    from ..studio.settings import resolve_settings

    project = resolve_project(project_dir)
    settings = resolve_settings(project)
    client = connect(settings)
    data = StudioDirs.of(project).data if settings.source == "embedded" else None
    result = run_pull(
        project,
        client,
        title=_review_title(title),
        echo=_progress,
        server_data=data,
        folder=review_folder(project),
        push_command="sahel-events incidents push",
    )
    emit_result(result, as_json)
