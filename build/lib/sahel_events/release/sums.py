"""SHA-256 checksums of a release directory, in ``sha256sum`` format.

``SHA256SUMS`` lists every other file of the release, sorted by path, one
``<hex>  <relative path>`` line each, so ``sha256sum -c SHA256SUMS`` checks a download
without our tools.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from ..errors import Location, Report
from ..files import sha256_file, write_text_atomic

SUMS_FILE = "SHA256SUMS"
_LINE = re.compile(r"^([0-9a-f]{64}) [ *](.+)$")


def release_files(root: Path) -> list[str]:
    """Every regular file under ``root`` except ``SHA256SUMS``, as sorted POSIX paths."""
    return sorted(
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.is_file() and p.relative_to(root).as_posix() != SUMS_FILE
    )


def sums_text(root: Path, known: Mapping[str, str] | None = None) -> str:
    """The text of ``SHA256SUMS`` for the files under ``root`` now.

    ``known`` maps relative paths to hex digests the caller already computed (for files
    it has not changed since); every other file is hashed here.
    """
    known = known or {}
    return "".join(
        f"{known[rel] if rel in known else sha256_file(root / rel)}  {rel}\n"
        for rel in release_files(root)
    )


def write_sums(root: Path, known: Mapping[str, str] | None = None) -> Path:
    """Write ``root/SHA256SUMS`` over every other file; return its path.

    ``known``: digests already computed, by relative path (see :func:`sums_text`).
    """
    target = root / SUMS_FILE
    write_text_atomic(target, sums_text(root, known))
    return target


def read_sums(root: Path, report: Report) -> dict[str, str] | None:
    """Parse ``SHA256SUMS``: relative path -> hex digest; ``None`` when it is missing."""
    path = root / SUMS_FILE
    if not path.is_file():
        report.add(
            "release.missing-file",
            f"{SUMS_FILE} is missing, so no file of the release can be verified",
            Location(file=SUMS_FILE),
        )
        return None
    sums: dict[str, str] = {}
    # Undecodable bytes cannot make a valid line: they are reported as bad lines below.
    text = path.read_bytes().decode("utf-8", errors="replace")
    for number, line in enumerate(text.splitlines(), 1):
        match = _LINE.match(line)
        if not match:
            report.add(
                "release.checksum-format",
                "not a sha256sum line ('<64 hex>  <path>')",
                Location(file=SUMS_FILE, line=number),
            )
            continue
        rel = match.group(2)
        if not _inside_release(rel):
            report.add(
                "release.checksum-format",
                f"{rel!r} is not a path inside the release; SHA256SUMS lists the release's "
                "own files only",
                Location(file=SUMS_FILE, line=number),
            )
            continue
        sums[rel] = match.group(1)
    return sums


def _inside_release(rel: str) -> bool:
    """A relative POSIX path that stays inside the release (no '..', not absolute)."""
    parts = rel.split("/")
    return not rel.startswith("/") and "\\" not in rel and ".." not in parts and "" not in parts


def verify_sums(root: Path) -> Report:
    """Check every file against ``SHA256SUMS``; name each missing, changed or unlisted file."""
    report = Report()
    sums = read_sums(root, report)
    if sums is None:
        return report
    for rel, expected in sums.items():
        path = root / rel
        if not path.is_file():
            report.add(
                "release.missing-file",
                f"{rel} is listed in {SUMS_FILE} but missing from the release",
                Location(file=rel),
            )
        elif sha256_file(path) != expected:
            report.add(
                "release.checksum",
                f"{rel} does not match its checksum in {SUMS_FILE}: the file was changed "
                "after the release was built (or damaged in transit); restore it from the "
                "published release",
                Location(file=rel),
            )
    for rel in release_files(root):
        if rel not in sums:
            report.add(
                "release.unlisted-file",
                f"{rel} is not listed in {SUMS_FILE}: it was added after the release was built",
                Location(file=rel),
            )
    return report
