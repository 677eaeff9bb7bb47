"""Ingest: raw article files to the normalised documents annotators work on.

Public API::

    result = ingest_corpus(project.raw, project.root)   # -> IngestResult
    write_documents(result.documents, project.documents_file)
    docs = read_documents(project.documents_file)

The rules (normalisation, dateline, structure, duplicates, sidecar, doc_id) are written
down in ``docs/ingest.md`` and in the docstrings of the submodules.
"""

from __future__ import annotations

from .dateline import Dateline, parse_dateline
from .documents import INGEST_VERSION, Document, Duplicate, read_documents, write_documents
from .duplicates import NearDuplicate, find_near_duplicates, find_repeated_paragraphs
from .language import SUPPORTED_LANGUAGES, detect_language
from .normalise import decode_utf8, normalise_bytes, normalise_text
from .pipeline import IngestResult, doc_id_from_stem, ingest_article, ingest_corpus
from .rejection import Rejected
from .sidecar import SIDECAR_SUFFIX, Sidecar, parse_sidecar, read_sidecar
from .structure import Structure, analyse_structure

__all__ = [
    "INGEST_VERSION",
    "SIDECAR_SUFFIX",
    "SUPPORTED_LANGUAGES",
    "Dateline",
    "Document",
    "Duplicate",
    "IngestResult",
    "NearDuplicate",
    "Rejected",
    "Sidecar",
    "Structure",
    "analyse_structure",
    "decode_utf8",
    "detect_language",
    "doc_id_from_stem",
    "find_near_duplicates",
    "find_repeated_paragraphs",
    "ingest_article",
    "ingest_corpus",
    "normalise_bytes",
    "normalise_text",
    "parse_dateline",
    "parse_sidecar",
    "read_documents",
    "read_sidecar",
    "write_documents",
]
