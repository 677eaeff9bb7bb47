"""Annotator accounts on the project's own Label Studio (SQLite or PostgreSQL).

Label Studio 1.23.2 (open source) creates users through ``POST /api/users/``, but that
serializer has neither a password nor ``is_active``: a user made that way cannot log in,
and cannot be deactivated through the API (``DELETE .../memberships/`` only hides the
member). So the accounts are managed the way ``label-studio init`` makes its admin:
Django, in the server's own virtual environment and with the server's own environment
(its database, SQLite or the project's PostgreSQL cluster). The request goes in on stdin
and the answer comes back as one JSON line: no password on a command line, none in the
answer. Deactivating sets ``is_active`` false, which Label Studio's login form and its
token authentication both refuse.
"""

from __future__ import annotations

import json
import re
import secrets
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..paths import Project

_MARK = "SAHEL-EVENTS-RESULT "
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

# Runs inside Label Studio's venv. Label Studio's settings module is imported the way its
# own CLI does it (label_studio/server.py: _setup_env).
_SCRIPT = r"""
import json, os, sys
import label_studio
sys.path.insert(0, os.path.dirname(label_studio.__file__))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "label_studio.core.settings.label_studio")
import django
django.setup()
from django.db import transaction
from organizations.models import Organization, OrganizationMember
from users.models import User

def answer(value):
    print("SAHEL-EVENTS-RESULT " + json.dumps(value), flush=True)
    sys.exit(0)

request = json.loads(sys.stdin.read())
org = Organization.objects.order_by("id").first()
if org is None:
    answer({"error": "the server has no organisation yet (start it once with `studio up`)"})
action = request["action"]
if action == "list":
    members = OrganizationMember.objects.filter(organization=org).select_related("user")
    rows = []
    for m in members.order_by("user__date_joined"):
        u = m.user
        rows.append({"email": u.email, "first_name": u.first_name, "last_name": u.last_name,
                     "active": bool(u.is_active and m.deleted_at is None),
                     "admin": bool(u.is_superuser),
                     "joined": u.date_joined.isoformat(timespec="seconds"),
                     "last_login": (u.last_login.isoformat(timespec="seconds")
                                    if u.last_login else None)})
    answer({"annotators": rows})
email = request["email"].strip().lower()
user = User.objects.filter(email__iexact=email).first()
if action == "add":
    if user is not None:
        answer({"error": "exists", "active": bool(user.is_active)})
    with transaction.atomic():
        user = User.objects.create_user(email=email, password=request["password"])
        user.first_name = request.get("first_name") or ""
        user.last_name = request.get("last_name") or ""
        user.active_organization = org
        user.save()
        org.add_user(user)
    answer({"email": user.email})
if action == "deactivate":
    if user is None:
        answer({"error": "missing"})
    if user.is_superuser:
        answer({"error": "admin"})
    was = bool(user.is_active)
    user.is_active = False
    user.save(update_fields=["is_active"])
    answer({"email": user.email, "was_active": was})
answer({"error": "unknown action " + action})
"""


@dataclass(frozen=True)
class Annotator:
    """One account of the server's organisation (no secret in it)."""

    email: str
    first_name: str
    last_name: str
    active: bool
    admin: bool
    joined: str
    last_login: str | None

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready form (``studio annotator list --json``)."""
        return {
            "email": self.email,
            "first_name": self.first_name,
            "last_name": self.last_name,
            "active": self.active,
            "admin": self.admin,
            "joined": self.joined,
            "last_login": self.last_login,
        }


@dataclass(frozen=True)
class ServerAccess:
    """How to reach the server's database: its venv's Python and its environment."""

    python: Path
    env: Mapping[str, str]


def _call(access: ServerAccess, request: Mapping[str, Any]) -> dict[str, Any]:
    done = subprocess.run(
        [str(access.python), "-c", _SCRIPT],
        input=json.dumps(request),
        env=dict(access.env),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    for line in reversed(done.stdout.splitlines()):
        if line.startswith(_MARK):
            result: dict[str, Any] = json.loads(line[len(_MARK) :])
            return result
    tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-8:])
    secret = request.get("password")
    if secret:
        tail = tail.replace(str(secret), "***")
    raise UsageError(f"could not manage accounts on Label Studio (exit {done.returncode}):\n{tail}")


def new_password() -> str:
    """A password for a new account (about 100 bits)."""
    return secrets.token_urlsafe(12)


def add(
    access: ServerAccess,
    email: str,
    password: str,
    first_name: str = "",
    last_name: str = "",
) -> str:
    """Create an annotator account that logs in with ``email``/``password``; return the e-mail."""
    if not EMAIL.match(email.strip()):
        raise UsageError(f"{email!r} is not an e-mail address (annotators log in with one)")
    if len(password) < 8:
        raise UsageError("the password must have at least 8 characters")
    result = _call(
        access,
        {
            "action": "add",
            "email": email,
            "password": password,
            "first_name": first_name,
            "last_name": last_name,
        },
    )
    if result.get("error") == "exists":
        state = "active" if result.get("active") else "deactivated"
        raise UsageError(f"{email} already has an account ({state}); nothing changed")
    if "error" in result:
        raise UsageError(str(result["error"]))
    return str(result["email"])


def list_accounts(access: ServerAccess) -> list[Annotator]:
    """Every account of the server's organisation, admin included, oldest first."""
    result = _call(access, {"action": "list"})
    if "error" in result:
        raise UsageError(str(result["error"]))
    return [Annotator(**row) for row in result["annotators"]]


def deactivate(access: ServerAccess, email: str) -> bool:
    """Stop ``email`` from logging in (its annotations stay); False when it already was."""
    result = _call(access, {"action": "deactivate", "email": email})
    if result.get("error") == "missing":
        raise UsageError(f"no account {email} on this server: `studio annotator list` shows them")
    if result.get("error") == "admin":
        raise UsageError(f"{email} is the server's admin; it cannot be deactivated")
    if "error" in result:
        raise UsageError(str(result["error"]))
    return bool(result["was_active"])


def embedded_access(project: Project) -> ServerAccess:
    """The running embedded server's database access (SQLite or the PostgreSQL cluster)."""
    from . import postgres, server
    from .settings import embedded_credentials, postgres_password

    state = server.read_state(project)
    if state is None:
        raise UsageError(
            "the project's Label Studio is not running: start it with `sahel-events studio up` "
            "(accounts are managed on the server this project runs, SQLite or PostgreSQL)"
        )
    dirs = server.StudioDirs.of(project)
    binary = server.install(project)
    env = server.server_environment(dirs.data, dirs.home, embedded_credentials(project))
    if state.database == server.POSTGRESQL and state.database_port is not None:
        env.update(
            postgres.label_studio_environment(state.database_port, postgres_password(project))
        )
    return ServerAccess(binary.parent / "python", env)
