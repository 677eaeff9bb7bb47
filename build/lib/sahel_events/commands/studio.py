"""``sahel-events studio up|down|status``, ``push`` and ``pull``: Label Studio from the CLI."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..errors import UsageError
from .common import emit_json, emit_result, exit_code, json_option, project_option, resolve_project


def _progress(message: str) -> None:
    # Progress goes to stderr so that --json output on stdout stays parseable.
    click.echo(message, err=True)


title_option = click.option(
    "--title",
    default=None,
    help="Title of the Label Studio project (default: $SAHEL_EVENTS_LS_PROJECT or sahel-events).",
)


@click.group("studio")
def studio() -> None:
    """Run the embedded Label Studio server (up, down, status).

    The server lives in the project: its own virtual environment in .studio/venv (installed
    on the first `up`), its SQLite data in .studio/data, its admin credentials in .env.
    To use a team server instead, set LABEL_STUDIO_URL and LABEL_STUDIO_API_KEY (in the
    environment or in .env); push and pull then talk to it. See docs/labelstudio.md.
    """


@studio.command("up")
@project_option
@click.option(
    "--port", type=int, default=None, help="Port on 127.0.0.1 (default: 8080 or the next free one)."
)
@click.option(
    "--timeout",
    type=float,
    default=None,
    help="Seconds to wait for the server to answer (default: 600).",
)
@click.option(
    "--database",
    type=click.Choice(["sqlite", "postgresql"]),
    default=None,
    help="sqlite (one person, the default) or postgresql (a team server: the project's own "
    "cluster in .studio/postgres). Default: the one the last `up` used.",
)
def up(
    project_dir: Path | None, port: int | None, timeout: float | None, database: str | None
) -> None:
    """Install (once) and start the embedded Label Studio, then say how to log in.

    With --database postgresql, Label Studio runs on a PostgreSQL cluster the project
    creates (initdb) and starts (pg_ctl) in .studio/postgres, listening on 127.0.0.1 only;
    its password is generated into .env. Needs Debian's postgresql package. The two
    databases hold separate projects: move work between them with push and pull.

    \b
    Examples:
      sahel-events studio up
      sahel-events studio up --port 8091
      sahel-events studio up --database postgresql
    """
    from ..studio import server
    from ..studio.embedded import bring_up

    started = bring_up(
        resolve_project(project_dir), port=port, timeout=timeout, database=database, echo=_progress
    )
    for warning in started.warnings:
        click.echo(f"Note: {warning}", err=True)
    click.echo(
        f"Label Studio {server.LABEL_STUDIO_VERSION} is running at {started.state.url} "
        f"on {started.database_name}"
    )
    click.echo(
        f"Log in as {started.email}; the password is {started.password_variable} "
        f"in {started.dotenv}"
    )
    click.echo("Stop it with `sahel-events studio down`.")


@studio.command("down")
@project_option
def down(project_dir: Path | None) -> None:
    """Stop the embedded Label Studio and its PostgreSQL cluster (the data stays in .studio)."""
    from ..studio import server

    project = resolve_project(project_dir)
    if server.stop(project, echo=_progress):
        click.echo("Label Studio stopped.")
    else:
        click.echo("Label Studio was not running.")


@studio.command("status")
@project_option
@json_option
def status(project_dir: Path | None, as_json: bool) -> None:
    """Say whether the embedded Label Studio runs, where, and which version."""
    from ..studio import server

    project = resolve_project(project_dir)
    st = server.status(project)
    if as_json:
        emit_json(st)
        return
    if st.state is None:
        click.echo(
            f"Label Studio is not running (data: {st.data_dir}; "
            f"`studio up` uses {server.database_label(st.database)})."
        )
        if st.installed is None:
            click.echo("It is not installed yet: `sahel-events studio up` installs it.")
        return
    health = "answering" if st.healthy else "NOT answering (see the log)"
    click.echo(f"Label Studio {st.version or '?'} is running at {st.state.url}, {health}.")
    click.echo(f"pid {st.state.pid}, since {st.state.started_at}; data {st.data_dir}")
    where = f", on 127.0.0.1:{st.state.database_port}" if st.state.database_port else ""
    click.echo(f"database: {server.database_label(st.database)}{where}")
    click.echo(f"log {st.state.log}")


@click.command("push")
@project_option
@title_option
@click.option(
    "--documents",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Documents file (default: work/documents.jsonl).",
)
@click.option(
    "--predictions",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Pre-annotations file (default: work/predictions.jsonl, when it exists).",
)
# studio.push.DEFAULT_BATCH_SIZE (not imported here: --help must stay fast).
@click.option("--batch-size", type=int, default=500, show_default=True, help="Tasks per request.")
@click.option(
    "--overlap",
    type=int,
    default=None,
    help="Annotators per double-coded task (2 for double coding; 1 turns it off). "
    "Default: what the project already has.",
)
@click.option(
    "--share",
    type=float,
    default=None,
    help="With --overlap: the share of documents double-coded, a whole percent "
    "(0.2 = 20%; default 1: all), chosen reproducibly by doc_id hash.",
)
@json_option
@click.pass_context
def push(
    ctx: click.Context,
    project_dir: Path | None,
    title: str | None,
    documents: Path | None,
    predictions: Path | None,
    batch_size: int,
    overlap: int | None,
    share: float | None,
    as_json: bool,
) -> None:
    """Create or update the Label Studio project and import tasks.

    The project is created from schema/labelstudio/labeling-config.xml, or its config is
    updated once the server has checked that no annotation would be orphaned. Each
    ingested document not yet in the project becomes a task (the text exactly as
    ingested), with its pre-annotation and its repeated paragraphs as a prediction.
    Running push again adds only what is new; a push cut off midway can simply be run
    again. A document whose text changed since its task was created is reported and
    left alone.

    With --overlap N, N annotators code each task of a share of the documents (--share,
    chosen by a hash of the doc_id: the same documents on every run) and one annotator
    each other task; Label Studio's "Label all tasks" stream then serves a double-coded
    task to N different annotators. The plan is kept in the project, so later pushes
    apply it to new tasks too.

    Exit status: 0 done, 1 some documents were not pushed (see the report), 2 misuse or
    server unreachable or token refused.

    \b
    Examples:
      sahel-events push
      sahel-events push --overlap 2 --share 0.2
      LABEL_STUDIO_URL=https://label.example.org LABEL_STUDIO_API_KEY=... sahel-events push
    """
    from ..studio.client import connect
    from ..studio.overlap import plan_from
    from ..studio.push import push as run_push
    from ..studio.settings import project_title, resolve_settings

    if share is not None and overlap is None:
        raise UsageError("--share needs --overlap (how many annotators code the share)")
    plan = None if overlap is None else plan_from(overlap, share)
    project = resolve_project(project_dir)
    client = connect(resolve_settings(project))
    result = run_push(
        project,
        client,
        title=project_title(title),
        documents=documents,
        predictions=predictions,
        batch_size=batch_size,
        echo=_progress,
        overlap=plan,
    )
    emit_result(result, as_json)
    ctx.exit(exit_code(result.report))


@click.command("pull")
@project_option
@title_option
@json_option
def pull(project_dir: Path | None, title: str | None, as_json: bool) -> None:
    """Save a full export snapshot of the project into annotations/.

    The file is annotations/<project>-<UTC time>-<content hash>.json with a
    .provenance.json beside it (server, version, project, export id, counts, sha256).
    Nothing is written when the project has not changed since the newest snapshot;
    snapshots are never overwritten, and a failed pull leaves no file behind.

    \b
    Example:
      sahel-events pull
    """
    from ..studio.client import connect
    from ..studio.pull import pull as run_pull
    from ..studio.server import StudioDirs
    from ..studio.settings import project_title, resolve_settings

    project = resolve_project(project_dir)
    settings = resolve_settings(project)
    client = connect(settings)
    # The embedded server's data is ours to tidy: pull removes its spent export files.
    data = StudioDirs.of(project).data if settings.source == "embedded" else None
    result = run_pull(project, client, title=project_title(title), echo=_progress, server_data=data)
    emit_result(result, as_json)


@click.command("adjudicate")
@project_option
@title_option
@click.option(
    "--reviewer",
    default=None,
    help="E-mail of the account that resolves the drafts (default: the token's user).",
)
@click.option(
    "--dry-run", is_flag=True, help="List the disagreements; put nothing into Label Studio."
)
@json_option
def adjudicate(
    project_dir: Path | None, title: str | None, reviewer: str | None, dry_run: bool, as_json: bool
) -> None:
    """List the disagreements per document and put draft adjudications into Label Studio.

    Pulls a snapshot first, then, for each document whose annotators disagree and that
    has no ground truth yet, lists the conflicts (who coded what, where) and creates on
    its task a draft adjudication owned by the reviewer: what all annotators agree on
    once, every version of each conflict side by side, and a CONFLICT mark over each
    conflict whose Meta says who coded what. The reviewer keeps the right versions,
    deletes the others and the marks, and clicks Update. Run again (at any time: a task
    with a draft gets no second one), it marks ground truth each of the reviewer's drafts
    with no CONFLICT mark left, since the open-source screen cannot; the next pull makes
    it the annotation of record (release: record_choice adjudicated).

    \b
    Examples:
      sahel-events adjudicate --dry-run
      sahel-events adjudicate --reviewer fatou@example.org
    """
    from ..studio.adjudicate import adjudicate as run_adjudicate
    from ..studio.client import connect
    from ..studio.settings import project_title, resolve_settings

    project = resolve_project(project_dir)
    client = connect(resolve_settings(project))
    result = run_adjudicate(
        project,
        client,
        title=project_title(title),
        reviewer=reviewer,
        dry_run=dry_run,
        echo=_progress,
    )
    emit_result(result, as_json)


@click.group("annotator")
def annotator() -> None:
    """Annotator accounts on the project's Label Studio (SQLite or PostgreSQL).

    Each annotator gets a login of their own (e-mail and password) on the running server;
    a deactivated account can no longer log in, and its annotations stay.
    """


@annotator.command("add")
@project_option
@click.argument("email")
@click.option("--first-name", default="", help="Shown in Label Studio next to their work.")
@click.option("--last-name", default="")
@click.option(
    "--show-password",
    is_flag=True,
    help="Generate the password and print it once (pass it on to the annotator).",
)
@click.option(
    "--password-stdin",
    is_flag=True,
    help="Read the password (8 characters or more) from standard input instead.",
)
def annotator_add(
    project_dir: Path | None,
    email: str,
    first_name: str,
    last_name: str,
    show_password: bool,
    password_stdin: bool,
) -> None:
    """Create an annotator account that logs in with EMAIL.

    The password is generated and printed once with --show-password, or read from
    standard input with --password-stdin; it is stored nowhere else (Label Studio keeps a
    hash). Passwords and tokens are never printed otherwise.

    \b
    Examples:
      sahel-events studio annotator add amina@example.org --first-name Amina --show-password
      printf '%s' "$PW" | sahel-events studio annotator add b@example.org --password-stdin
    """
    from ..studio import annotators

    if show_password == password_stdin:
        raise UsageError(
            "choose how the annotator gets a password: --show-password (generated, printed "
            "once) or --password-stdin"
        )
    password = sys.stdin.read().strip() if password_stdin else annotators.new_password()
    access = annotators.embedded_access(resolve_project(project_dir))
    created = annotators.add(access, email, password, first_name, last_name)
    click.echo(f"Added annotator {created}; they log in at the server's URL with this e-mail.")
    if show_password:
        click.echo(f"Password (shown once, not stored anywhere): {password}")


@annotator.command("list")
@project_option
@json_option
def annotator_list(project_dir: Path | None, as_json: bool) -> None:
    """List the accounts of the server (e-mail, name, active or not, admin)."""
    from ..studio import annotators

    accounts = annotators.list_accounts(annotators.embedded_access(resolve_project(project_dir)))
    if as_json:
        click.echo(json.dumps([a.as_dict() for a in accounts], indent=2))
        return
    for a in accounts:
        name = " ".join(p for p in (a.first_name, a.last_name) if p) or "-"
        flags = ("active" if a.active else "DEACTIVATED") + (", admin" if a.admin else "")
        click.echo(f"{a.email}\t{name}\t{flags}\tjoined {a.joined}")


@annotator.command("deactivate")
@project_option
@click.argument("email")
def annotator_deactivate(project_dir: Path | None, email: str) -> None:
    """Stop EMAIL from logging in; their annotations stay in the project."""
    from ..studio import annotators

    access = annotators.embedded_access(resolve_project(project_dir))
    if annotators.deactivate(access, email):
        click.echo(f"Deactivated {email}: they can no longer log in.")
    else:
        click.echo(f"{email} was already deactivated.")


studio.add_command(annotator)
