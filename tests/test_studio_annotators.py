"""Annotator accounts on the project's own server: ``studio annotator add|list|deactivate``.

A real embedded server (started by ``studio up`` over a copy of the test template, whose
admin is put in the project's ``.env``), the real web login an annotator does, and the
promise that no password or token is printed but the new user's own, once, on request.
"""

from __future__ import annotations

import io
import json
import re
import shutil
from pathlib import Path

import httpx
import pytest

from sahel_events.paths import Project
from sahel_events.studio import server, settings
from tests.clirunner import run_cli
from tests.lsserver import CREDENTIALS, make_project

pytestmark = pytest.mark.studio


def can_log_in(url: str, email: str, password: str) -> bool:
    """The web login an annotator does: Label Studio redirects (302) on success."""
    with httpx.Client(base_url=url, timeout=60) as web:
        web.get("/user/login/")
        response = web.post(
            "/user/login/",
            data={
                "email": email,
                "password": password,
                "csrfmiddlewaretoken": web.cookies.get("csrftoken") or "",
            },
            headers={"Referer": f"{url}/user/login/"},
        )
        return response.status_code == 302


def test_annotators_are_added_listed_and_deactivated_with_their_own_login(
    ls_bin: Path,
    ls_template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(server.ENV_LS_BIN, str(ls_bin))
    for name in (settings.ENV_URL, settings.ENV_API_KEY):
        monkeypatch.delenv(name, raising=False)
    project: Project = make_project(tmp_path)
    shutil.copytree(ls_template, project.studio / "data")
    settings.update_dotenv(
        project.root / ".env",
        {
            settings.ENV_STUDIO_EMAIL: CREDENTIALS.email,
            settings.ENV_STUDIO_PASSWORD: CREDENTIALS.password,
            settings.ENV_STUDIO_TOKEN: CREDENTIALS.token,
        },
    )
    root = str(project.root)
    outputs: list[str] = []

    def cli(*args: str) -> tuple[int, str, str]:
        result = run_cli([*args, "--project", root], capsys)
        outputs.extend([result.out, result.err])
        return result.code, result.out, result.err

    not_up = cli("studio", "annotator", "list")
    assert not_up[0] == 2 and "studio up" in not_up[2]
    try:
        code, _, err = cli("studio", "up", "--port", str(server.free_port()))
        assert code == 0, err
        state = server.read_state(project)
        assert state is not None
        url = state.url

        code, out, err = cli(
            "studio", "annotator", "add", "amina@example.org", "--first-name", "Amina",
            "--last-name", "Diallo", "--show-password",
        )  # fmt: skip
        assert code == 0, err
        assert "Added annotator amina@example.org" in out
        (amina_password,) = re.findall(r"Password \(shown once, not stored anywhere\): (\S+)", out)
        assert can_log_in(url, "amina@example.org", amina_password)
        assert not can_log_in(url, "amina@example.org", amina_password + "x")

        chosen = "a-long-chosen-passphrase"
        monkeypatch.setattr("sys.stdin", io.StringIO(chosen + "\n"))
        code, out, err = cli("studio", "annotator", "add", "bakary@example.org", "--password-stdin")
        assert code == 0, err
        assert chosen not in out + err
        assert can_log_in(url, "bakary@example.org", chosen)

        code, _, err = cli("studio", "annotator", "add", "c@example.org")
        assert code == 2 and "--show-password" in err
        code, _, err = cli("studio", "annotator", "add", "amina@example.org", "--show-password")
        assert code == 2 and "amina@example.org already has an account (active)" in err
        code, _, err = cli("studio", "annotator", "add", "not-an-email", "--show-password")
        assert code == 2 and "is not an e-mail address" in err

        code, out, err = cli("studio", "annotator", "list", "--json")
        assert code == 0, err
        accounts = {a["email"]: a for a in json.loads(out)}
        assert set(accounts) == {CREDENTIALS.email, "amina@example.org", "bakary@example.org"}
        assert accounts[CREDENTIALS.email]["admin"] is True
        amina = accounts["amina@example.org"]
        assert (amina["first_name"], amina["last_name"], amina["active"], amina["admin"]) == (
            "Amina",
            "Diallo",
            True,
            False,
        )

        code, out, err = cli("studio", "annotator", "deactivate", "amina@example.org")
        assert code == 0 and "can no longer log in" in out, err
        assert not can_log_in(url, "amina@example.org", amina_password)
        assert can_log_in(url, "bakary@example.org", chosen)  # the others are untouched
        code, out, _ = cli("studio", "annotator", "deactivate", "amina@example.org")
        assert code == 0 and "already deactivated" in out
        code, out, _ = cli("studio", "annotator", "list")
        assert re.search(r"amina@example.org\tAmina Diallo\tDEACTIVATED", out)
        assert re.search(r"bakary@example.org\t-\tactive", out)

        code, _, err = cli("studio", "annotator", "deactivate", CREDENTIALS.email)
        assert code == 2 and "admin" in err
        code, _, err = cli("studio", "annotator", "deactivate", "nobody@example.org")
        assert code == 2 and "no account nobody@example.org" in err
        assert can_log_in(url, CREDENTIALS.email, CREDENTIALS.password)
    finally:
        server.stop(project)
    everything = "\n".join(outputs)
    assert everything.count(amina_password) == 1  # printed once, on request
    assert chosen not in everything
    assert CREDENTIALS.token not in everything and CREDENTIALS.password not in everything
