"""Which licences let a release republish an article's text.

The annotations are the project's (CC BY 4.0); an article's text belongs to its
publisher, who says under which terms it may be shared (the sidecar's ``license``, an
SPDX id, recorded in ``documents.license``). A release republishes a text only when
that licence lets anyone redistribute it; unknown terms are not a permission, so a
document with no licence recorded keeps its text out too (``release/texts.py``).
"""

from __future__ import annotations

__all__ = ["REDISTRIBUTABLE", "allows_redistribution"]

#: SPDX ids (compared without regard to case) of licences that let anyone redistribute
#: the text, with attribution or share-alike where they ask for it.
REDISTRIBUTABLE = frozenset(
    {
        "cc0-1.0",
        "cc-by-2.0",
        "cc-by-2.5",
        "cc-by-3.0",
        "cc-by-4.0",
        "cc-by-sa-2.0",
        "cc-by-sa-2.5",
        "cc-by-sa-3.0",
        "cc-by-sa-4.0",
        "etalab-2.0",
        "odc-by-1.0",
        "pddl-1.0",
    }
)


def allows_redistribution(license_id: str | None) -> bool:
    """True when the licence ``license_id`` (an SPDX id) lets the text be republished."""
    return license_id is not None and license_id.strip().lower() in REDISTRIBUTABLE
