"""Dataset-level facts written into every descriptor (Data Package, Croissant, card).

Kept in one place so the three descriptors never disagree.
"""

from __future__ import annotations

from importlib import metadata as _metadata

NAME = "sahel-events"
TITLE = "Sahel events: political and conflict events coded from news articles"
DESCRIPTION = (
    "An open, versioned dataset of political and conflict events in the Sahel (Mali, "
    "Burkina Faso, Niger and neighbours), coded by people from real news articles. Every "
    "coded value (event type, actors, place, date, casualties, factuality) points to "
    "character offsets in a specific version of a real article and carries who coded it; "
    "every release is reproducible, validated and diffable against the previous one."
)
LICENSE_ID = "CC-BY-4.0"
LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/"
LICENSE_TITLE = "Creative Commons Attribution 4.0 International"
CREATOR = "sahel-events contributors"
KEYWORDS = (
    "Sahel",
    "Mali",
    "Burkina Faso",
    "Niger",
    "conflict",
    "political events",
    "event data",
    "PLOVER",
    "news",
    "annotation",
)
#: What the card says while the package declares no home page: never a made-up URL.
NO_HOMEPAGE = "not yet published"
#: File media type of Parquet as registered with IANA; Croissant examples use the older
#: ``application/x-parquet``, which mlcroissant expects.
PARQUET_MEDIATYPE = "application/vnd.apache.parquet"
CROISSANT_PARQUET = "application/x-parquet"


def homepage() -> str | None:
    """The dataset's home page: the package's declared Homepage URL, else ``None``.

    The descriptors leave ``homepage`` / ``url`` out rather than invent one.
    """
    try:
        urls = _metadata.metadata("sahel-events").get_all("Project-URL") or []
    except _metadata.PackageNotFoundError:
        urls = []
    for entry in urls:
        label, _, url = str(entry).partition(",")
        if label.strip().lower() in ("homepage", "home", "repository", "source"):
            return url.strip()
    return None


def tool_version() -> str:
    """The version of the sahel-events package that builds the release."""
    from .. import __version__

    return str(__version__)
