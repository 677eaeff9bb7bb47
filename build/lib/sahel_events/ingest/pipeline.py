"""Ingest a directory of raw articles into documents, with a report of what went wrong.

Bad data never raises: each rejected file becomes one error issue naming the file and
the reason, the other files are still ingested, and warnings say what was flagged
(repeated paragraphs, near-duplicate articles). Raw files are only ever read.
"""

from __future__ import annotations

import bisect
import datetime as dt
import errno
import hashlib
import itertools
import os
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from stat import S_ISREG
from typing import Any, cast

from ..cluster.runner import InProcess, Runner
from ..cluster.shards import chunked
from ..errors import Issue, Location, Report
from ..files import sha256_text
from .cache import FUTURE_CODE, CachedArticle, IngestCache, file_identity
from .documents import Document
from .duplicates import (
    NEAR_DUPLICATE_THRESHOLD,
    SHINGLE_WORDS,
    NearDuplicate,
    Signature,
    WordHashes,
    document_signature,
    find_repeated_paragraphs,
    near_duplicates_of_signatures,
)
from .language import SUPPORTED_LANGUAGES, detect_language
from .normalise import decode_utf8, normalise_text
from .rejection import Rejected
from .sidecar import DOC_ID_PATTERN, SIDECAR_SUFFIX, Sidecar, read_sidecar, sidecar_path
from .spill import DocumentSpill, SpilledDocuments, SpilledRef
from .structure import analyse_structure
from .walk import Listing, walk_raw

ARTICLE_SUFFIX = ".txt"
PUBLISHED_TOLERANCE_DAYS = 1
FUTURE_TOLERANCE_DAYS = 1
"""A dateline may be this many days after today (time zones) before it is flagged."""
#: Control characters that normalisation removes (C0 but tab and LF, DEL, C1 but NEL);
#: reported, since in a text article they mean damage (NUL bytes, a binary file).
_CONTROL = re.compile("[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f\x80-\x84\x86-\x9f]")
"""How far the sidecar's publication date may be from the dateline date (time zones,
an article filed late in the evening and put online the next morning)."""

_LANGUAGE_NAMES = {"fr": "French", "en": "English", "ar": "Arabic", "pt": "Portuguese",
                   "es": "Spanish", "de": "German", "it": "Italian"}  # fmt: skip


def doc_id_from_stem(stem: str) -> str:
    """The doc_id of an article without a sidecar ``doc_id``: its file name, slugified.

    Accents are dropped, letters lower-cased, and every run of characters other than
    ``a-z 0-9 _ -`` becomes ``-``: ``000_acd4907f2525db7b`` stays as it is,
    ``Niamey Été 2025`` becomes ``niamey-ete-2025``. The id therefore survives any
    correction of the text, as long as the file keeps its name.
    """
    ascii_stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9_-]+", "-", ascii_stem.lower()).strip("-_")


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _under(path: Path, root: Path) -> str | None:
    """``path`` relative to ``root`` by their text (pathlib's relative_to, part by part,
    was a tenth of a warm build's ingest), or None when the text does not start with
    ``root``'s: both are normalised by pathlib, so the prefix is the parts."""
    if os.sep != "/":
        return None
    prefix = str(root).rstrip("/") + "/"
    text = str(path)
    return text[len(prefix) :] if text.startswith(prefix) and len(text) > len(prefix) else None


def _relative(path: Path, root: Path) -> str:
    # Absolute first: a raw file that is a symlink keeps its own name, not its target's.
    # (Resolved only when that fails: resolving asks the file system for every part.)
    here, base = path.absolute(), root.absolute()
    quick = _under(here, base)
    if quick is not None:
        return quick
    if not here.is_relative_to(base):
        try:
            here, base = path.resolve(), root.resolve()
        except (OSError, RuntimeError):  # a link that loops (RuntimeError on 3.11): named as given
            return path.absolute().as_posix()
        if not here.is_relative_to(base):
            return path.absolute().as_posix()
    return here.relative_to(base).as_posix()


def _language_name(code: str) -> str:
    return f"{_LANGUAGE_NAMES.get(code, code)} ({code!r})"


def _check_language(text: str, sidecar: Sidecar) -> str:
    detected = detect_language(text)
    if detected is None:
        raise Rejected("ingest.language-undetected", "the language of the text cannot be detected")
    if sidecar.language is not None and sidecar.language != detected:
        raise Rejected(
            "ingest.language-mismatch",
            f"the sidecar says the language is {_language_name(sidecar.language)} but the "
            f"text is detected as {_language_name(detected)}",
        )
    if detected not in SUPPORTED_LANGUAGES:
        raise Rejected(
            "ingest.unsupported-language",
            f"the text is detected as {_language_name(detected)}; the dataset takes "
            f"{', '.join(_language_name(c) for c in SUPPORTED_LANGUAGES)} articles",
        )
    return detected


def _check_published(sidecar: Sidecar, dateline_date: dt.date) -> None:
    published = sidecar.published_date
    if published is None:
        return
    gap = (published - dateline_date).days
    if abs(gap) > PUBLISHED_TOLERANCE_DAYS:
        side = "after" if gap > 0 else "before"
        raise Rejected(
            "ingest.sidecar-contradicts",
            f"the sidecar's 'published' {sidecar.published} is {abs(gap)} day(s) {side} the "
            f"dateline date {dateline_date.isoformat()} (at most "
            f"{PUBLISHED_TOLERANCE_DAYS} allowed)",
        )


def ingest_article(
    path: Path, project_root: Path, raw_dir: Path | None = None
) -> tuple[Document, list[Issue]]:
    """Ingest one article file (and its sidecar, if any).

    Returns the document and the warnings about it. Raises :class:`Rejected` when the
    file cannot be ingested; the caller turns it into a report issue. With ``raw_dir``,
    a sidecar that is a link to a file outside it is refused, not read.
    """
    source_file = _relative(path, project_root)
    raw = path.read_bytes()
    side_path = sidecar_path(path)
    sidecar = Sidecar()
    if raw_dir is not None and side_path.is_file() and not _inside(side_path, raw_dir):
        raise Rejected(
            "ingest.outside-raw",
            f"{side_path.name} is a link to a file outside {raw_dir.name}/; copy the sidecar "
            "into it instead",
        )
    if side_path.is_file():
        try:
            sidecar = read_sidecar(side_path)
        except Rejected as exc:
            # The issue is located at the article (the file that is rejected); say which
            # sidecar is at fault.
            raise Rejected(exc.code, f"{side_path.name}: {exc.message}") from None
    doc_id = sidecar.doc_id or doc_id_from_stem(path.stem)
    if not DOC_ID_PATTERN.fullmatch(doc_id):
        raise Rejected(
            "ingest.bad-doc-id",
            f"cannot make a doc_id from the file name {path.stem!r}; rename the file or "
            "give a 'doc_id' in its sidecar",
        )
    if not raw.strip():
        raise Rejected("ingest.empty", "the file is empty")
    decoded = decode_utf8(raw)
    controls = _CONTROL.search(decoded)
    text = normalise_text(decoded)
    if not text:
        raise Rejected("ingest.empty", "the file holds only white space or invisible characters")
    structure = analyse_structure(text)
    dateline = structure.dateline
    language = _check_language(text, sidecar)
    _check_published(sidecar, dateline.date)

    title = text[slice(*structure.title)] if structure.title else None
    if sidecar.title is not None:
        given = normalise_text(sidecar.title)
        if title is not None and given != title:
            raise Rejected(
                "ingest.sidecar-contradicts",
                f"the sidecar's title {given!r} differs from the title line {title!r}",
            )
        title = given

    where = Location(file=source_file, doc_id=doc_id)
    warnings: list[Issue] = []
    if controls is not None:
        count = len(_CONTROL.findall(decoded))
        line = decoded.count("\n", 0, controls.start()) + 1
        warnings.append(
            Issue(
                "ingest.control-characters",
                f"{count} control character(s) removed from the text (the first, "
                f"U+{ord(controls.group()):04X}, on line {line} of the file): the file may be "
                "damaged; check its source",
                where,
                "warning",
            )
        )
    future = _future_dateline(dateline.date, where)
    if future is not None:
        warnings.append(future)
    if dateline.weekday_mismatch:
        warnings.append(
            Issue("ingest.dateline-weekday", dateline.weekday_mismatch, where, "warning")
        )
    duplicates = find_repeated_paragraphs(text, structure.paragraphs)
    newlines = [m.start() for m in re.finditer("\n", text)] if duplicates else []
    for dup in duplicates:
        line_copy = bisect.bisect_left(newlines, dup.copy[0]) + 1
        line_first = bisect.bisect_left(newlines, dup.first[0]) + 1
        warnings.append(
            Issue(
                "ingest.repeated-paragraph",
                f"text {list(dup.copy)} (line {line_copy}) repeats {list(dup.first)} "
                f"(line {line_first}), similarity {dup.similarity}: code its facts once",
                where,
                "warning",
            )
        )
    doc = Document(
        doc_id=doc_id,
        source_file=source_file,
        raw_sha256=_sha256(raw),
        text=text,
        text_sha256=sha256_text(text),
        language=language,
        dateline_place=dateline.place,
        dateline_country=dateline.country,
        dateline_date=dateline.date.isoformat(),
        dateline=dateline.span,
        title=title,
        title_span=structure.title,
        headings=tuple(structure.headings),
        paragraphs=tuple(structure.paragraphs),
        signature=structure.signature,
        duplicates=tuple(duplicates),
        source=sidecar.source,
        url=sidecar.url,
        published=sidecar.published,
        license=sidecar.license,
    )
    return doc, warnings


def _today() -> dt.date:
    """Today's date in UTC, the day a dateline is compared with."""
    return dt.datetime.now(dt.UTC).date()


def _future_dateline(
    date: dt.date, where: Location | Callable[[], Location], today: dt.date | None = None
) -> Issue | None:
    """The warning for a dateline after today (made on every run: it depends on the day).
    ``where``: the location, or what makes it (only made for a warning); ``today``: the
    date a run took once (asking the clock for each of ten thousand cached articles was a
    tenth of a warm ingest)."""
    today = today or _today()
    if (date - today).days <= FUTURE_TOLERANCE_DAYS:
        return None
    return Issue(
        "ingest.future-dateline",
        f"the dateline date {date.isoformat()} is after today ({today.isoformat()}): a typo "
        "in the year?",
        where if isinstance(where, Location) else where(),
        "warning",
    )


def _stat_sidecar(listing: Listing, name: str) -> os.stat_result | None:
    """``os.stat`` of the sidecar ``name`` beside an article, links followed; None when
    there is none. Not asked of the file system when its directory's listing shows it
    cannot be there (most articles have no sidecar: a refused ``stat`` each was a
    twentieth of a warm ingest)."""
    listed = listing.entries.get(name)
    if listed is None and not listing.may_hold(name):
        return None
    try:
        return os.stat(listed.path if listed is not None else os.path.join(listing.path, name))
    except ValueError:
        return None
    except OSError as exc:  # as Path.is_file: these say there is no sidecar
        if exc.errno not in (errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP):
            raise
        return None


def _cache_key(
    store: IngestCache, entry: os.DirEntry[str], listing: Listing, source_file: str, raw_root: Path
) -> str | None:
    """The cache key of the article ``entry`` (listed in ``listing``; ``source_file``
    relative to the project; ``raw_root`` raw/ resolved), or None when it is not to be
    cached (its sidecar is a link out of raw/, or a file cannot be read: ingest then says
    why). A file (and sidecar) with the identity the last run recorded is not read again:
    its key is the one recorded."""
    side_name = entry.name[: entry.name.rfind(".")] + SIDECAR_SUFFIX  # as sidecar_path
    try:
        article = file_identity(entry.stat())  # links followed, as os.stat
        found = _stat_sidecar(listing, side_name)
        sidecar = file_identity(found) if found is not None and S_ISREG(found.st_mode) else None
        if sidecar is not None and not _sidecar_inside(listing, side_name, raw_root):
            return None
        key = store.known_key(source_file, article, sidecar)
        if key is None:
            side = Path(listing.path, side_name)
            side_bytes = side.read_bytes() if sidecar is not None else None
            key = store.key(source_file, Path(entry.path).read_bytes(), side_bytes)
            store.remember(source_file, article, sidecar, key)
        return key
    except OSError:
        return None


def _sidecar_inside(listing: Listing, name: str, raw_root: Path) -> bool:
    """Whether the sidecar ``name`` in ``listing``'s directory, links followed, is inside
    ``raw_root``: as its directory is, unless it is a link (then resolved)."""
    listed = listing.entries.get(name)
    if listed is not None and not listed.is_symlink():
        return listing.inside(raw_root)
    return Path(listing.path, name).resolve().is_relative_to(raw_root)


def _latest_dateline(today: dt.date) -> str:
    """The latest dateline date (ISO) that is not warned about as in the future."""
    return (today + dt.timedelta(days=FUTURE_TOLERANCE_DAYS)).isoformat()


def _restored(
    article: CachedArticle, today: dt.date, latest: str
) -> tuple[Document, Sequence[Issue]]:
    """A cached article's document and warnings, with today's dateline check made again
    where ingest makes it (after a control-characters warning, before the others).
    ``latest``: :func:`_latest_dateline` of ``today``; a dateline not after it needs no
    warning (ISO dates compare as text: no date is parsed for the ten thousand that
    are not in the future)."""
    doc = article.document
    if doc.dateline_date <= latest:
        return doc, article.warnings
    warnings = list(article.warnings)
    future = _future_dateline(
        dt.date.fromisoformat(doc.dateline_date),
        lambda: Location(file=doc.source_file, doc_id=doc.doc_id),
        today,
    )
    if future is not None:
        at = 1 if warnings and warnings[0].code == "ingest.control-characters" else 0
        warnings.insert(at, future)
    return doc, warnings


@dataclass(frozen=True)
class Refusal:
    """Why one article file was not ingested: the issue code and the message."""

    code: str
    message: str


#: Article files per task when a runner spreads ingest over workers.
TASK_FILES = 64
#: Above this many article files, ingested documents wait on disk rather than in memory.
SPILL_AFTER = 20_000


def ingest_file(
    path: Path, project_root: Path, raw_dir: Path
) -> tuple[Document, list[Issue]] | Refusal:
    """Ingest one article file, turning every way it can fail into a :class:`Refusal`.

    A file that some check does not foresee must not stop the others: it is refused on
    its own, saying what failed.
    """
    try:
        return ingest_article(path, project_root, raw_dir)
    except Rejected as exc:
        return Refusal(exc.code, exc.message)
    except OSError as exc:
        return Refusal("ingest.unreadable", f"cannot read the file: {exc.strerror}")
    except (ValueError, RecursionError, MemoryError) as exc:
        return Refusal(
            "ingest.failed",
            f"this file could not be ingested ({type(exc).__name__}: {exc}); the other "
            "files were; please report it with the file",
        )


def ingest_files(
    paths: list[Path], project_root: Path, raw_dir: Path
) -> list[tuple[Document, list[Issue]] | Refusal]:
    """:func:`ingest_file` over a shard of files, in order: the task a worker runs."""
    return [ingest_file(path, project_root, raw_dir) for path in paths]


@dataclass
class IngestResult:
    """What :func:`ingest_corpus` found: documents, report, near-duplicates, counts."""

    raw_dir: str
    documents: Sequence[Document]
    report: Report
    near_duplicates: list[NearDuplicate]
    article_files: int
    ignored_files: list[str] = field(default_factory=list)
    # With a cache: how many article files it served and how many were ingested anew.
    cache_stats: dict[str, int] | None = None

    @property
    def rejected(self) -> list[Issue]:
        """One error issue per rejected article file."""
        return self.report.errors

    @property
    def ok(self) -> bool:
        """True when every article file was ingested."""
        return not self.rejected

    @property
    def counts(self) -> dict[str, int]:
        """Files seen, ingested, rejected, ignored; repeats and near-duplicates found."""
        return {
            "article_files": self.article_files,
            "ingested": len(self.documents),
            "rejected": len(self.rejected),
            "ignored_files": len(self.ignored_files),
            "repeated_paragraphs": sum(len(d.duplicates) for d in self.documents),
            "documents_with_repeats": sum(1 for d in self.documents if d.duplicates),
            "near_duplicate_pairs": len(self.near_duplicates),
        }

    def as_dict(self) -> dict[str, Any]:
        """The JSON form (what ``sahel-events ingest --json`` prints)."""
        return {
            "raw_dir": self.raw_dir,
            "counts": self.counts,
            "documents": [
                {
                    "doc_id": d.doc_id,
                    "source_file": d.source_file,
                    "language": d.language,
                    "dateline_place": d.dateline_place,
                    "dateline_date": d.dateline_date,
                    "headings": len(d.headings),
                    "paragraphs": len(d.paragraphs),
                    "repeated_paragraphs": len(d.duplicates),
                    "text_sha256": d.text_sha256,
                }
                for d in self.documents
            ],
            "rejected": [
                {"file": i.location.file, "code": i.code, "message": i.message}
                for i in self.rejected
            ],
            "repeated_paragraphs": [
                {"doc_id": d.doc_id, **dup.as_dict()}
                for d in self.documents
                for dup in d.duplicates
            ],
            "near_duplicates": [
                {"doc_a": n.doc_a, "doc_b": n.doc_b, "similarity": n.similarity}
                for n in self.near_duplicates
            ],
            "ignored_files": self.ignored_files,
            "report": self.report.as_dict(),
        }

    def to_text(self) -> str:
        """A readable summary: counts, rejected files, duplicates found, other notes."""
        c = self.counts
        lines = [
            f"Ingest of {self.raw_dir}/: {c['article_files']} article file(s), "
            f"{c['ingested']} ingested, {c['rejected']} rejected"
        ]
        if self.rejected:
            lines.append("Rejected files:")
            lines += [f"  {i.location.file}: [{i.code}] {i.message}" for i in self.rejected]
        lines.append(
            f"Repeated paragraphs: {c['repeated_paragraphs']} in "
            f"{c['documents_with_repeats']} document(s)"
        )
        repeats = [
            f"  {doc.doc_id}: {list(dup.copy)} repeats {list(dup.first)} "
            f"(similarity {dup.similarity}) {_preview(doc.span_text(dup.copy))!r}"
            for doc in self.documents
            for dup in doc.duplicates
        ]
        lines += _summarised(repeats)
        lines.append(f"Near-duplicate articles: {c['near_duplicate_pairs']} pair(s)")
        lines += _summarised(
            [f"  {n.doc_a} ~ {n.doc_b}: similarity {n.similarity}" for n in self.near_duplicates]
        )
        shown = {"ingest.repeated-paragraph", "ingest.near-duplicate-article"}
        others = [i for i in self.report if i.severity != "error" and i.code not in shown]
        if others:
            lines.append("Other notes:")
            lines += _summarised([f"  {i}" for i in others])
        return "\n".join(lines)


#: Lines of one list that the readable summary shows; ``--json`` always has them all.
SUMMARY_LINES = 20


def _summarised(lines: list[str]) -> list[str]:
    """At most :data:`SUMMARY_LINES` lines, then one saying how many more there are."""
    if len(lines) <= SUMMARY_LINES:
        return lines
    rest = len(lines) - SUMMARY_LINES
    return [*lines[:SUMMARY_LINES], f"  ... and {rest} more (--json lists them all)"]


def _preview(text: str) -> str:
    return text if len(text) <= 50 else text[:50] + "…"


def _resolved_inside(entry: os.DirEntry[str], listing: Listing, root: Path) -> bool:
    """Whether ``entry``, links followed, is inside ``root`` (resolved already), asking
    the file system once per directory (:meth:`Listing.inside`) rather than once per part
    of every path: a file that is not a link is inside exactly when its resolved
    directory is (the file cannot be ``root`` itself, a directory)."""
    if entry.is_symlink():
        return Path(entry.path).resolve().is_relative_to(root)
    return listing.inside(root)


def _file_in(listing: Listing, name: str) -> bool:
    """Whether ``name`` in ``listing``'s directory is a file, links followed (as
    ``Path.is_file``), from the listing when it says so."""
    listed = listing.entries.get(name)
    if listed is not None and not listed.is_symlink():
        return listed.is_file(follow_symlinks=False)
    if listed is None and not listing.may_hold(name):
        return False
    return Path(listing.path, name).is_file()


def _inside(path: Path, root: Path) -> bool:
    """Whether ``path``, links followed, is inside ``root`` (links followed too)."""
    return path.resolve().is_relative_to(root.resolve())


def _not_a_file(path: Path) -> str:
    if path.is_symlink() and not path.exists():
        return "a dangling link (its target does not exist); left alone"
    if path.is_fifo():
        return "a named pipe (FIFO), not a file; left alone (never read)"
    if path.is_socket():
        return "a socket, not a file; left alone"
    if path.is_dir():
        return "a directory named like an article; left alone"
    return "not a regular file; left alone"


#: A claimant of a doc_id: its file (the text of its path), the document (or where it was
#: spilled), its warnings.
_Claim = tuple[str, Document | SpilledRef, Sequence[Issue]]


def _settle(
    doc_id: str,
    claimants: list[_Claim],
    report: Report,
    named: dict[str, str],
) -> list[_Claim]:
    """Who keeps a doc_id that several files claim, by a rule blind to file order.

    The file whose own name gives the id keeps it (an id set in a sidecar never takes
    another file's name); of several with that name, the one nearest the top of raw/.
    When that leaves no single file, nobody keeps it: every claimant is rejected,
    naming the others.
    """
    if len(claimants) == 1:
        return claimants
    by_name = [c for c in claimants if doc_id_from_stem(Path(c[0]).stem) == doc_id]
    depth = min((len(Path(c[0]).parts) for c in by_name), default=0)
    nearest = [c for c in by_name if len(Path(c[0]).parts) == depth]
    keeper = nearest[0] if len(nearest) == 1 else None
    for path, _, _ in claimants:
        if keeper is not None and path == keeper[0]:
            continue
        others = ", ".join(named[p] for p, _, _ in claimants if p != path)
        if keeper is not None:
            message = (
                f"doc_id {doc_id!r} is already used by {named[keeper[0]]} "
                "(its file name gives it); rename this file or give it another 'doc_id' in "
                "its sidecar"
            )
        else:
            message = (
                f"doc_id {doc_id!r} is claimed by {others} too, and no single file has it "
                "by name; give each a distinct 'doc_id' in its sidecar"
            )
        report.add("ingest.duplicate-doc-id", message, Location(file=named[path]))
    return [keeper] if keeper is not None else []


def _raw_prefix(raw_dir: Path, project_root: Path) -> str | None:
    """What :func:`_relative` puts before the path of every entry under ``raw_dir``
    relative to it (``raw/``), so that it is not worked out per file; None when it is not
    that simple (then :func:`_relative` is asked for each)."""
    here, base = raw_dir.absolute(), project_root.absolute()
    if here == base:
        return "" if os.sep == "/" else None
    inner = _under(here, base)
    return None if inner is None else inner + "/"


def ingest_corpus(
    raw_dir: Path,
    project_root: Path,
    near_duplicate_threshold: float = NEAR_DUPLICATE_THRESHOLD,
    *,
    runner: Runner | None = None,
    task_size: int = TASK_FILES,
    spill_after: int | None = None,
    cache: Path | IngestCache | None = None,
) -> IngestResult:
    """Ingest every ``*.txt`` article under ``raw_dir`` (recursively, hidden files skipped).

    ``source_file`` paths are made relative to ``project_root``. Documents are sorted by
    doc_id; the report holds one error per rejected file (in path order), then the
    warnings and notes. The files are read and analysed ``task_size`` at a time through
    ``runner`` (default: in this process; a Dask runner spreads them over workers, which
    need the same paths, i.e. a shared file system); the result is the same either way.
    Near-duplicates and doc_id claims are settled here, over the whole corpus. Above
    ``spill_after`` article files (default :data:`SPILL_AFTER`) the documents wait on
    disk, not in memory, and ``documents`` reads each back when asked (:mod:`.spill`).

    ``cache``: a directory (``work/ingest-cache/``) where what ingest made of each file
    is kept and taken back while the file, its sidecar and the code are unchanged
    (:mod:`.cache`); the result is the same as without it. An :class:`~.cache.IngestCache`
    over that directory serves too, and then says which entries this run used.
    """
    spill_after = SPILL_AFTER if spill_after is None else spill_after
    today = _today()  # once: each cached article's dateline is compared with it
    latest = _latest_dateline(today)
    report = Report()
    # Each article by the text of its path (a Path per file is made only to ingest it):
    # its entry in raw/, its directory's listing, its path relative to the project.
    articles: list[str] = []
    found: dict[str, tuple[os.DirEntry[str], Listing]] = {}
    named: dict[str, str] = {}
    ignored: list[str] = []
    raw_root = raw_dir.resolve()  # once, not per file (as _inside would)
    prefix = _raw_prefix(raw_dir, project_root)
    # In path order; the file system asked nothing the directories' listings say (walk.py).
    for relative, entry, listing in walk_raw(raw_dir):
        name = entry.name
        if prefix is not None:
            file = prefix + relative
        else:
            file = _relative(Path(entry.path), project_root)
        dot = name.rfind(".")  # Path.suffix's rule
        is_article = 0 < dot < len(name) - 1 and name[dot:].lower() == ARTICLE_SUFFIX
        link = entry.is_symlink()
        if not (Path(entry.path).is_file() if link else entry.is_file(follow_symlinks=False)):
            if link or (is_article and not entry.is_dir(follow_symlinks=False)):
                report.add(
                    "ingest.not-a-file", _not_a_file(Path(entry.path)), Location(file=file), "info"
                )
            continue
        if is_article and not _resolved_inside(entry, listing, raw_root):
            # Never read: a link could quote any file of the machine into the report.
            report.add(
                "ingest.outside-raw",
                f"a link to a file outside {raw_dir.name}/; it is not read. Copy the article "
                "into it instead",
                Location(file=file),
            )
            continue
        if is_article:
            articles.append(entry.path)
            found[entry.path] = (entry, listing)
            named[entry.path] = file
        elif name.endswith(SIDECAR_SUFFIX):
            article = name[: -len(SIDECAR_SUFFIX)] + ARTICLE_SUFFIX
            if not _file_in(listing, article):
                report.add(
                    "ingest.orphan-sidecar",
                    f"sidecar without an article: {article} does not exist",
                    Location(file=file),
                    "warning",
                )
        else:
            ignored.append(file)

    warnings: list[Issue] = []
    store = IngestCache(cache) if isinstance(cache, Path) else cache
    keys: dict[str, str] = {}  # the cache key of each article looked up
    cached: dict[str, CachedArticle] = {}
    if store is not None:
        for path in articles:
            key = _cache_key(store, *found[path], named[path], raw_root)
            if key is not None:
                keys[path] = key
                hit = store.get(key, report, named[path])
                if hit is not None:
                    cached[path] = hit
    # A large corpus goes to a file on disk as it is read (spill.py); a small one stays
    # in memory. Either way ``stored`` gives each document's doc_id and source_file.
    spill = DocumentSpill() if len(articles) > spill_after else None
    claims: dict[str, list[_Claim]] = {}
    runner = runner or InProcess()
    fresh = [Path(p) for p in articles if p not in cached]
    outcomes = iter(
        itertools.chain.from_iterable(
            runner.map(ingest_files, chunked(fresh, task_size), project_root, raw_dir)
        )
    )
    for path in articles:
        hit = cached.get(path)
        outcome = _restored(hit, today, latest) if hit is not None else next(outcomes)
        if isinstance(outcome, Refusal):
            report.add(outcome.code, outcome.message, Location(file=named[path]))
            continue
        doc, doc_warnings = outcome
        stored = doc if spill is None else spill.add(doc)
        claims.setdefault(doc.doc_id, []).append((path, stored, doc_warnings))
    kept: dict[str, _Claim] = {}
    for doc_id, claimants in claims.items():
        for claim in _settle(doc_id, claimants, report, named):
            kept[doc_id] = claim
            warnings.extend(claim[2])

    ids = sorted(kept)
    ordered: Sequence[Document]
    if spill is None:
        ordered = [cast(Document, kept[k][1]) for k in ids]
    else:
        ordered = SpilledDocuments(spill, [cast(SpilledRef, kept[k][1]) for k in ids])

    def signatures() -> Iterator[tuple[str, Signature]]:
        """Each document's signature in doc_id order: cached, or made (and cached)."""
        words = WordHashes()
        for position, doc_id in enumerate(ids):
            path, _, doc_warnings = kept[doc_id]
            hit = cached.get(path)
            if hit is not None:
                yield doc_id, hit.signature
                continue
            doc = ordered[position]
            signature = document_signature(doc.text, words)
            if store is not None and path in keys:
                kept_warnings = tuple(w for w in doc_warnings if w.code != FUTURE_CODE)
                store.put(keys[path], CachedArticle(doc, kept_warnings, signature))
            yield doc_id, signature

    near: list[NearDuplicate]
    if store is None:
        near = near_duplicates_of_signatures(signatures(), near_duplicate_threshold)
    else:
        near = store.near_duplicates(
            list(signatures()),
            near_duplicate_threshold,
            lambda found: near_duplicates_of_signatures(found, near_duplicate_threshold),
        )
        store.save_packed()  # every entry is served or written by now
    for pair in near:
        doc_b = kept[pair.doc_b][1]
        warnings.append(
            Issue(
                "ingest.near-duplicate-article",
                f"near-duplicate of {pair.doc_a} ({kept[pair.doc_a][1].source_file}): "
                f"similarity {pair.similarity} (Jaccard of {SHINGLE_WORDS}-word shingles); "
                "the same story may be coded twice",
                Location(file=doc_b.source_file, doc_id=doc_b.doc_id),
                "warning",
            )
        )
    report.extend(warnings)
    for name in ignored:
        report.add(
            "ingest.ignored-file",
            f"not an article ({ARTICLE_SUFFIX}) or a sidecar ({SIDECAR_SUFFIX}); left alone",
            Location(file=name),
            "info",
        )
    return IngestResult(
        raw_dir=_relative(raw_dir, project_root),
        documents=ordered,
        report=report,
        near_duplicates=near,
        article_files=len(articles),
        ignored_files=ignored,
        cache_stats=None if store is None else {"hits": store.hits, "misses": store.misses},
    )
