"""Property-based fuzzing of every reader of outside input (``pytest -m fuzz`` runs it alone).

Any bytes and any JSON value, given as an export snapshot, a sidecar, an article, or a
file of a release, must end in a report or a one-line error with exit 0, 1 or 2: never
an exception the code did not mean, and nothing written or changed when the command
fails. The CLI runs with ``SAHEL_EVENTS_DEBUG=1``, so that an unexpected exception
reaches hypothesis instead of the one-line message that hides it from users.

The budget of examples is fixed and the examples are derandomised, so a CI run takes
about a minute and is the same run every time.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from sahel_events import jsonread
from sahel_events.annotation.reader import SnapshotFormatError, iter_tasks
from sahel_events.ingest import ingest_corpus
from sahel_events.ingest.rejection import Rejected
from sahel_events.ingest.sidecar import parse_sidecar
from sahel_events.paths import Project
from sahel_events.release import check_release
from tests.clirunner import run_cli
from tests.test_release_support import tree_bytes

pytestmark = pytest.mark.fuzz

REPO = Path(__file__).resolve().parents[1]
VALID_TASK = json.loads((REPO / "tests/data/exports/valid.json").read_text(encoding="utf-8"))[0]


def budget(examples: int, shrink: bool = True) -> settings:
    """A fixed, derandomised budget (no example database: CI starts clean anyway).

    ``shrink=False`` for the examples that run a whole command: shrinking one of them
    can take many minutes, and the unshrunk example is printed all the same.
    """
    phases = [Phase.explicit, Phase.generate] + ([Phase.shrink] if shrink else [])
    return settings(
        max_examples=examples,
        deadline=None,
        derandomize=True,
        database=None,
        phases=phases,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.function_scoped_fixture,
            HealthCheck.data_too_large,
        ],
    )


# Any JSON value, with the keys and strings that the readers look for mixed in, so that
# examples get past the first type check.
KEYS = ["id", "data", "annotations", "result", "value", "doc_id", "text", "ground_truth",
        "was_cancelled", "from_name", "to_name", "type", "start", "end", "labels",
        "published", "title", "url", "language", "resources", "inputs", "tables", "path",
        "sha256", "release_version", "version"]  # fmt: skip
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20)
    | st.sampled_from(KEYS)
)
JSON_VALUES = st.recursive(
    SCALARS,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=8), children, max_size=5)
    ),
    max_leaves=25,
)


def dumps(value: Any) -> bytes:
    """JSON text of ``value``, NaN and Infinity written as Python's json writes them."""
    return json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogatepass")


def mutations(base: bytes) -> st.SearchStrategy[bytes]:
    """``base`` with a stretch cut out, or bytes put in, or cut short."""
    n = len(base)
    return st.one_of(
        st.tuples(st.integers(0, n), st.integers(0, n)).map(
            lambda ab: base[: min(ab)] + base[max(ab) :]
        ),
        st.tuples(st.integers(0, n), st.binary(max_size=12)).map(
            lambda ib: base[: ib[0]] + ib[1] + base[ib[0] :]
        ),
        st.integers(0, n).map(lambda i: base[:i]),
    )


ANY_BYTES = st.binary(max_size=300)
SNAPSHOT_BYTES = (
    ANY_BYTES
    | JSON_VALUES.map(dumps)
    | st.lists(JSON_VALUES, max_size=3).map(dumps)
    | mutations(dumps([VALID_TASK]))
    | st.sampled_from([b"[" * 5000, b'[{"id": 1e999}]', b'[{"id": 1, "id": 2}]', b"[NaN]"])
)


# ---------------------------------------------------------------------------- readers


@budget(300)
@given(data=ANY_BYTES | JSON_VALUES.map(dumps))
def test_jsonread_either_decodes_or_refuses_with_a_code(data: bytes) -> None:
    try:
        value = jsonread.loads(data)
    except jsonread.JSONInputError as exc:
        assert exc.code.startswith("json.")
        return
    # What it accepts, it accepts whole: finite, writable as UTF-8, and stable.
    text = json.dumps(value, ensure_ascii=False, allow_nan=False)
    assert jsonread.loads(text.encode("utf-8")) == value


@budget(200)
@given(data=SNAPSHOT_BYTES)
def test_export_reader_yields_tasks_or_a_coded_error(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "snapshot.json"
    path.write_bytes(data)
    try:
        for index, _task in iter_tasks(path, chunk_size=64):
            assert index >= 0
    except SnapshotFormatError as exc:
        assert exc.code.startswith(("export.", "json."))


@budget(200)
@given(data=ANY_BYTES | JSON_VALUES.map(dumps) | mutations(b'{"doc_id": "a", "title": "T"}'))
def test_sidecar_reader_parses_or_rejects(data: bytes) -> None:
    try:
        parse_sidecar(data)
    except Rejected as exc:
        assert exc.code.startswith(("ingest.", "json."))


# ---------------------------------------------------------------------------- ingest


ARTICLE = (REPO / "tests/data/ingest/fr_gao_synthetique.txt").read_bytes()


@budget(30, shrink=False)
@given(
    article=ANY_BYTES | mutations(ARTICLE),
    sidecar=st.none() | ANY_BYTES | JSON_VALUES.map(dumps),
)
def test_ingest_never_stops_on_one_file_and_never_touches_raw(
    tmp_path_factory: pytest.TempPathFactory, article: bytes, sidecar: bytes | None
) -> None:
    root = tmp_path_factory.mktemp("ingest")
    raw = root / "raw"
    raw.mkdir()
    (raw / "good.txt").write_bytes(ARTICLE)
    (raw / "fuzzed.txt").write_bytes(article)
    if sidecar is not None:
        (raw / "fuzzed.meta.json").write_bytes(sidecar)
    before = tree_bytes(raw)
    result = ingest_corpus(raw, root)
    assert tree_bytes(raw) == before
    assert "good" in {d.doc_id for d in result.documents}
    assert all(i.location.file for i in result.rejected)


# ------------------------------------------------------------------ validate and release


@pytest.fixture(autouse=True)
def _debug(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # An unexpected exception must reach hypothesis, not the user-facing one-liner.
    monkeypatch.setenv("SAHEL_EVENTS_DEBUG", "1")
    yield


@budget(20, shrink=False)
@given(data=SNAPSHOT_BYTES)
def test_validate_cli_exits_0_1_2_and_writes_nothing(
    released: tuple[Project, Path],
    tmp_path_factory: pytest.TempPathFactory,
    capsys: pytest.CaptureFixture[str],
    data: bytes,
) -> None:
    project, _ = released
    snapshot = tmp_path_factory.mktemp("snap") / "fuzzed.json"
    snapshot.write_bytes(data)
    before = tree_bytes(project.root)
    result = run_cli(["validate", str(snapshot), "--project", str(project.root)], capsys)
    assert result.code in (0, 1, 2)
    assert "Traceback" not in result.out + result.err
    assert tree_bytes(project.root) == before
    assert snapshot.read_bytes() == data


RELEASE_FILES = ["manifest.json", "datapackage.json", "croissant.json", "content-hashes.json",
                 "SHA256SUMS", "diff.json"]  # fmt: skip


@budget(20, shrink=False)
@given(
    name=st.sampled_from(RELEASE_FILES),
    data=st.data(),
)
def test_release_check_reports_any_damaged_file(
    released: tuple[Project, Path],
    tmp_path_factory: pytest.TempPathFactory,
    capsys: pytest.CaptureFixture[str],
    name: str,
    data: st.DataObject,
) -> None:
    project, release = released
    original = (release / name).read_bytes()
    content = data.draw(ANY_BYTES | JSON_VALUES.map(dumps) | mutations(original), label=name)
    copy = tmp_path_factory.mktemp("rel") / "build" / release.name
    shutil.copytree(release, copy)
    (copy / name).write_bytes(content)
    before = tree_bytes(copy.parent)
    result = run_cli(
        ["release", "check", str(copy), "--project", str(project.root), "--no-rebuild"], capsys
    )
    assert result.code in (0, 1, 2)
    assert "Traceback" not in result.out + result.err
    if content != original:
        assert result.code != 0, f"a changed {name} passed release check"
    assert tree_bytes(copy.parent) == before


@budget(3, shrink=False)
@given(data=JSON_VALUES.map(dumps) | mutations(b"{}"))
def test_release_check_with_rebuild_survives_any_manifest(
    released: tuple[Project, Path], tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    project, release = released
    copy = tmp_path_factory.mktemp("rel") / "build" / release.name
    shutil.copytree(release, copy)
    (copy / "manifest.json").write_bytes(data)
    report = check_release(copy, project)
    assert not report.valid
