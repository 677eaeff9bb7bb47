"""The hardened JSON reader, and every reader of the project that goes through it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sahel_events.annotation.reader import SnapshotFormatError, iter_tasks
from sahel_events.errors import UsageError
from sahel_events.ingest import read_documents
from sahel_events.jsonread import MAX_DEPTH, JSONInputError, loads
from sahel_events.validate import validate_snapshot

from .test_ingest_helpers import DATA, copy_fixture, ingest_dir

DEEP = "[" * 100_000 + "]" * 100_000
# What the issue found: each of these was a traceback, or passed in silence.
HOSTILE = [
    (DEEP, "json.too-deep", None),
    ("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1), "json.too-deep", "$[0][0][0][0][0][0]…"),
    ('{"a": 1' + "0" * 5000 + "}", "json.number-too-large", "$.a"),
    ('{"a": [1, NaN]}', "json.non-finite", "$.a[1]"),
    ('{"a": -Infinity}', "json.non-finite", "$.a"),
    ('{"a": 1e999}', "json.number-too-large", "$.a"),
    ('{"a": 18446744073709551616}', "json.number-too-large", "$.a"),
    ('{"b": {"x": 1, "x": 2}}', "json.duplicate-key", "$.b"),
    ('{"t": ["ok", "\\udc00"]}', "json.bad-string", "$.t[1]"),
]


@pytest.mark.parametrize(("text", "code", "path"), HOSTILE)
def test_hostile_json_is_refused_with_a_code_and_a_place(
    text: str, code: str, path: str | None
) -> None:
    with pytest.raises(JSONInputError) as caught:
        loads(text)
    assert caught.value.code == code
    assert caught.value.path == path


@pytest.mark.parametrize(
    "text",
    ['{"a": [1, 2.5, -3e-5, "\\ud83d\\ude00 é", null, true, {"b": {}}]}', "[" * 64 + "]" * 64],
)
def test_ordinary_json_reads_as_json_does(text: str) -> None:
    assert loads(text) == json.loads(text)


def test_syntax_errors_name_line_and_column() -> None:
    with pytest.raises(JSONInputError) as caught:
        loads('{"a": 1,\n "b": }')
    assert (caught.value.code, caught.value.line, caught.value.column) == ("json.not-json", 2, 7)


@pytest.mark.parametrize(("text", "code", "path"), HOSTILE)
def test_export_reader_refuses_hostile_tasks_after_the_good_ones(
    tmp_path: Path, text: str, code: str, path: str | None
) -> None:
    snapshot = tmp_path / "s.json"
    snapshot.write_text(f'[{{"id": 1}},\n{text}]', encoding="utf-8")
    seen = []
    with pytest.raises(SnapshotFormatError) as caught:
        for index, task in iter_tasks(snapshot, chunk_size=64):
            seen.append((index, task))
    assert seen == [(0, {"id": 1})]
    assert caught.value.code == code
    assert caught.value.line == 2
    if path is not None:
        assert caught.value.path == path.replace("$", "$[1]", 1)


def test_validate_reports_a_duplicate_key_with_file_and_path(tmp_path: Path) -> None:
    task = json.loads((Path(__file__).parent / "data/exports/valid.json").read_text())[0]
    text = json.dumps([task]).replace('"id": ', '"id": 7, "id": ', 1)
    snapshot = tmp_path / "dup.json"
    snapshot.write_text(text, encoding="utf-8")
    from sahel_events.codebook import load_project_codebook

    report = validate_snapshot(snapshot, load_project_codebook(Path(__file__).parents[1]))
    [issue] = [i for i in report.errors if i.code == "json.duplicate-key"]
    assert issue.location.file is not None and issue.location.file.endswith("dup.json")
    assert issue.location.path == "$[0]"


@pytest.mark.parametrize(("text", "code", "path"), HOSTILE)
def test_a_hostile_sidecar_rejects_its_article_only(
    tmp_path: Path, text: str, code: str, path: str | None
) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    copy_fixture("fr_gao_synthetique.txt", raw)
    article = copy_fixture("en_kidal_synthetic.txt", raw)
    article.with_name(article.stem + ".meta.json").write_text(text, encoding="utf-8")
    result = ingest_dir(raw)
    # The good document beside it is ingested; the broken sidecar rejects its article.
    assert [d.source_file.rsplit("/", 1)[-1] for d in result.documents] == [
        "fr_gao_synthetique.txt"
    ]
    [issue] = result.rejected
    assert issue.code == code
    assert issue.location.file is not None and issue.location.file.endswith(article.name)
    assert "en_kidal_synthetic.meta.json" in issue.message
    if path is not None:
        assert path in issue.message


def test_a_damaged_documents_file_names_the_line(tmp_path: Path) -> None:
    good = ingest_dir(_raw_with(tmp_path, "fr_gao_synthetique.txt")).documents[0]
    from sahel_events.ingest import write_documents

    path = tmp_path / "documents.jsonl"
    write_documents([good], path)
    path.write_text(path.read_text() + '{"doc_id": "x", "doc_id": "y"}\n', encoding="utf-8")
    with pytest.raises(
        UsageError, match=r"\[json.duplicate-key\] .*documents.jsonl, line 2, at \$"
    ):
        read_documents(path)


def _raw_with(tmp_path: Path, name: str) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    copy_fixture(name, raw)
    assert (DATA / name).is_file()
    return raw
