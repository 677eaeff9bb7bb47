"""Against a real Label Studio: the labeling config, credentials and connection errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from sahel_events.studio.client import StudioClient, connect
from tests.clirunner import run_cli
from tests.lsexport import make_document
from tests.lsserver import LSServer, make_project

pytestmark = pytest.mark.studio

REPO = Path(__file__).resolve().parents[1]
CONFIG = REPO / "schema" / "labelstudio" / "labeling-config.xml"


def test_generated_labeling_config_is_accepted(ls_module_server: LSServer) -> None:
    client = connect(ls_module_server.settings())
    config = CONFIG.read_text(encoding="utf-8")
    info = client.create_project("config-check", config)
    assert info.label_config.strip() == config.strip()
    assert client.config_problem(info.id, config) is None


def test_broken_config_is_refused_with_the_servers_reason(ls_module_server: LSServer) -> None:
    client = connect(ls_module_server.settings())
    info = client.create_project("config-broken", CONFIG.read_text(encoding="utf-8"))
    bad = (
        '<View><Text name="text" value="$text"/>'
        '<Labels name="x" toName="nope"><Label value="A"/></Labels></View>'
    )
    problem = client.config_problem(info.id, bad)
    assert problem is not None and "nope" in problem


def test_wrong_token_is_a_clear_error_without_the_token(
    ls_module_server: LSServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    wrong = "0000wrong0token0000deadbeef0000wrong0000"
    make_project(tmp_path, [make_document("d1", "Bamako, texte.")])
    for key, value in ls_module_server.env(token=wrong).items():
        monkeypatch.setenv(key, value)
    for command in ("push", "pull"):
        result = run_cli([command, "--project", str(tmp_path)], capsys)
        assert result.code == 2, result
        assert "refused the token" in result.err
        assert "LABEL_STUDIO_API_KEY" in result.err
        assert "Traceback" not in result.err + result.out
        assert wrong not in result.err + result.out
        assert ls_module_server.token not in result.err + result.out
        assert len(result.err.strip().splitlines()) == 1


def test_stopped_server_is_a_clear_error(
    ls_server: LSServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make_project(tmp_path, [make_document("d1", "Bamako, texte.")])
    for key, value in ls_server.env().items():
        monkeypatch.setenv(key, value)
    ls_server.stop()
    for command in ("push", "pull"):
        result = run_cli([command, "--project", str(tmp_path)], capsys)
        assert result.code == 2
        assert f"Label Studio at {ls_server.url} is not reachable" in result.err
        assert "Traceback" not in result.err + result.out
        assert ls_server.token not in result.err + result.out
    assert not (tmp_path / "annotations").exists() or not any((tmp_path / "annotations").iterdir())


def test_client_repr_hides_the_token(ls_module_server: LSServer) -> None:
    client = StudioClient(ls_module_server.settings())
    assert ls_module_server.token not in repr(client)
    assert ls_module_server.token not in repr(client.settings)
