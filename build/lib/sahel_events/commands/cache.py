"""``sahel-events cache info`` and ``cache clear``: the build's caches under ``work/``."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..workcache import Holding, cache_info, clear, describe
from .common import json_option, project_option, resolve_project


@click.group()
def cache() -> None:
    """What `build` keeps under work/ to skip unchanged inputs (docs/releases.md).

    \b
    Each build removes the entries it did not use once it succeeds, so the caches
    hold what the latest build used (plus what a build running beside it wrote).
    """


def _table(held: list[Holding]) -> str:
    width = max(len(h.name) for h in held)
    lines = [f"{'cache':<{width}}  {'entries':>8}  {'bytes':>12}  directory"]
    for h in held:
        lines.append(f"{h.name:<{width}}  {h.entries:>8}  {h.bytes:>12}  {h.directory}")
    total = sum(h.bytes for h in held)
    lines.append(f"{'total':<{width}}  {sum(h.entries for h in held):>8}  {total:>12}")
    return "\n".join(lines)


@cache.command()
@project_option
@json_option
def info(project_dir: Path | None, as_json: bool) -> None:
    """How many entries and bytes each cache holds.

    An entry is what a build removes as a whole when it no longer uses it: an
    ingested raw file, a validate or compile state (one per codebook and code
    version), the content hash of a table file. Bytes count every file under the
    cache's directory.

    \b
    Example:
      sahel-events cache info
    """
    project = resolve_project(project_dir)
    held = cache_info(project.work)
    if as_json:
        click.echo(json.dumps([h.as_dict() for h in held], indent=2))
        return
    click.echo(_table(held))


@cache.command("clear")
@project_option
@json_option
def clear_command(project_dir: Path | None, as_json: bool) -> None:
    """Delete every cache; the next build is a cold one (same output, slower).

    Safe while a build runs: it then misses what is gone and computes it again.

    \b
    Example:
      sahel-events cache clear
    """
    project = resolve_project(project_dir)
    held = clear(project.work)
    if as_json:
        click.echo(json.dumps([h.as_dict() for h in held], indent=2))
        return
    click.echo(f"removed: {describe(held)}")
