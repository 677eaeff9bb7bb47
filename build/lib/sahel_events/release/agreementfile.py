"""``agreement.json``: a release's agreement figures, and their check.

Every release from the one that introduced it publishes the file, also when no document
was coded twice (it then says so in ``note`` and holds no figure). Releases made before
have none: a missing file is only an error when ``SHA256SUMS`` lists it (the checksums
report that). ``release check`` validates the file against the JSON Schema the release's
own codebook gives (:mod:`sahel_events.generate.agreementschema`), and the rebuild
compares it byte for byte with what the recorded inputs give.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .. import jsonread
from ..agreement import AgreementAccumulator
from ..codebook import Codebook
from ..errors import Location, Report

__all__ = ["AGREEMENT_FILE", "agreement_or_empty", "check_agreement"]

AGREEMENT_FILE = "agreement.json"


def agreement_or_empty(agreement: dict[str, Any] | None) -> dict[str, Any]:
    """The report to publish: the one computed, or one saying there is none."""
    return agreement if agreement is not None else AgreementAccumulator().result()


def check_agreement(root: Path, codebook: Codebook, report: Report) -> None:
    """Validate ``root/agreement.json`` (when the release has one) against its schema."""
    from jsonschema import Draft202012Validator

    from ..generate.agreementschema import build_schema

    path = root / AGREEMENT_FILE
    if not path.is_file():
        return
    try:
        data = jsonread.load_path(path)
    except (OSError, ValueError) as exc:
        report.add(
            "release.bad-json",
            f"{AGREEMENT_FILE} is not valid JSON: {exc}",
            Location(file=AGREEMENT_FILE),
        )
        return
    validator = Draft202012Validator(build_schema(codebook))
    for error in sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.path))):
        where = "/".join(str(p) for p in error.absolute_path) or "(top level)"
        report.add(
            "release.agreement",
            f"{AGREEMENT_FILE} at {where}: {error.message}; restore the file from the "
            "published release",
            Location(file=AGREEMENT_FILE, path=where),
        )
