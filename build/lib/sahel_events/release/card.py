"""The dataset card (``README.md`` of a release) and the Croissant RAI texts.

The card has a Hugging Face YAML header (one ``config`` per table, so the Hub viewer
and ``datasets.load_dataset`` see each table), then what a researcher needs: how to load
the tables in three lines, what they hold, coverage in time and space, how the
annotation went (agreement, documents held back and why), and where every value comes
from. Everything is computed from the release's own content: rebuilding gives the same
bytes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import yaml

from ..codebook import Codebook
from ..tables import get_table
from . import metadata as meta
from .cardagreement import agreement_analysis, agreement_section
from .descriptors import TableFile
from .figures import Figure
from .markdown import fmt as _fmt
from .markdown import table as _table

#: The table a Hub viewer opens first.
DEFAULT_CONFIG = "events"


def _size_category(n: int) -> str:
    for limit, label in (
        (1_000, "n<1K"),
        (10_000, "1K<n<10K"),
        (100_000, "10K<n<100K"),
        (1_000_000, "100K<n<1M"),
        (10_000_000, "1M<n<10M"),
    ):
        if n < limit:
            return label
    return "n>10M"


def _header(files: Sequence[TableFile], summary: Mapping[str, Any]) -> str:
    languages = list(summary.get("documents_by_language") or {}) or ["fr"]
    configs = [
        {
            "config_name": f.name,
            **({"default": True} if f.name == DEFAULT_CONFIG else {}),
            "data_files": [{"split": "train", "path": f.path}],
        }
        for f in files
    ]
    header = {
        "pretty_name": "Sahel events",
        "license": meta.LICENSE_ID.lower(),
        "language": languages,
        "annotations_creators": ["expert-generated"],
        "language_creators": ["found"],
        "source_datasets": ["original"],
        "size_categories": [_size_category(summary["rows"].get("events", 0))],
        "task_categories": ["token-classification", "text-classification"],
        "task_ids": ["named-entity-recognition"],
        "tags": ["political-events", "conflict", "sahel", "plover", "event-extraction"],
        "configs": configs,
    }
    dumped = yaml.safe_dump(header, sort_keys=False, allow_unicode=True, width=100)
    return f"---\n{dumped}---\n"


# Why a document is held back (a consolidation outcome) and what lets it in.
HELD_BACK_REASONS = {
    "needs_adjudication": "coded differently by several annotators, none marked ground "
    "truth: it enters once an adjudicator marks the right one ground truth",
    "needs_review": "the annotator asked for review (document status needs_review): it "
    "enters once a reviewer marks the checked annotation ground truth",
    "unusable": "the annotator found the text unusable (truncated, garbled, a stub): it "
    "stays out until the text is fixed and coded again",
    "source_conflict": "annotated in several sources (Label Studio servers or projects, "
    "listed under `sources`) whose annotations of record have equal standing and disagree: "
    "it enters once they are adjudicated (one corrected, or the one kept marked ground "
    "truth)",
}


def _held_back(items: Sequence[Any]) -> list[str]:
    if not items:
        return ["No document is held back: every annotated document is in the tables."]
    dicts = [i if isinstance(i, Mapping) else {"item": i} for i in items]
    lines = [f"{len(items)} annotated document(s) are left out of the tables:", ""]
    for reason, explanation in HELD_BACK_REASONS.items():
        count = sum(1 for item in dicts if item.get("reason") == reason)
        if count:
            lines.append(f"- `{reason}` ({count}): {explanation}.")
    lines.append("")
    columns: list[str] = []
    for item in dicts:
        columns += [k for k in item if k not in columns]
    cells = [[_cell(item.get(c)) for c in columns] for item in dicts]
    return lines + _table(columns, cells, right=0)


def _cell(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


def _scores(scores: Mapping[str, Any] | None) -> list[str]:
    if not scores:
        return []
    rows = _flatten(scores)
    lines = [
        "<details>",
        "<summary>Pre-annotation scores: how well the machine suggestions shown to "
        "annotators matched their final annotations (from <code>sahel-events "
        "evaluate</code>)</summary>",
        "",
    ]
    return [
        *lines,
        *_table(["measure", "value"], [[k, _fmt(v)] for k, v in rows]),
        "",
        "</details>",
        "",
    ]


def _flatten(obj: Mapping[str, Any], prefix: str = "") -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    for key, value in obj.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            out += _flatten(value, name + ".")
        elif not isinstance(value, list | tuple):
            out.append((name, value))
    return out


def _fields(f: TableFile) -> list[str]:
    rows = []
    for column in f.schema:
        description = (column.metadata or {}).get(b"description", b"").decode("utf-8")
        rows.append(
            [f"`{column.name}`", str(column.type), "yes" if column.nullable else "no", description]
        )
    return [
        "<details>",
        f"<summary>{f.name}: {len(rows)} columns</summary>",
        "",
        *_table(["column", "type", "nullable", "description"], rows, right=0),
        "",
        "</details>",
    ]


def render_card(
    *,
    files: Sequence[TableFile],
    codebook: Codebook,
    version: str,
    created: str,
    summary: Mapping[str, Any],
    agreement: Mapping[str, Any] | None,
    held_back: Sequence[Any],
    manifest: Mapping[str, Any],
    diff_summary: Mapping[str, Mapping[str, int]],
    previous: str | None,
    scores: Mapping[str, Any] | None = None,
    figures: Sequence[Figure] = (),
    documents: Sequence[Mapping[str, Any]] = (),
) -> str:
    """The release's ``README.md``.

    ``documents``: one mapping per document with ``doc_id``, ``source``, ``url``,
    ``published`` and ``license`` (the card lists where each text comes from).
    """
    rows = summary["rows"]
    inputs = manifest["inputs"]
    time = summary["time"]
    space = summary["space"]
    out = [_header(files, summary), f"# Sahel events {version}", "", meta.DESCRIPTION, ""]
    out += [
        f"- Release **{version}**, schema (codebook) **{codebook.version}**, built "
        f"{created} from {len(inputs['raw'])} raw file(s) and "
        f"{len(inputs['snapshots'])} annotation snapshot(s).",
        f"- Licence: [{meta.LICENSE_ID}]({meta.LICENSE_URL}) for the annotations; each "
        "article's text stays under its publisher's terms (`documents.license`).",
        f"- Home: {meta.homepage() or meta.NO_HOMEPAGE}",
        "",
        "## Load it",
        "",
        "Install what you need (Python 3.11+):",
        "",
        "```bash",
        "pip install sahel-events            # load(): pandas, pyarrow, PyYAML, click only",
        "pip install 'sahel-events[readers]' # + DuckDB and Polars, as below",
        "pip install 'sahel-events[check]'   # + sahel-events release check, frictionless, "
        "mlcroissant[parquet]",
        "```",
        "",
        "The standard checkers run as they are on this directory: `frictionless validate "
        "datapackage.json` (frictionless[parquet]) and `mlcroissant load --jsonld "
        "croissant.json --record_set events` (mlcroissant[parquet]: without its parquet "
        "extra it cannot read the tables). `sahel-events release check --strict .` runs "
        "every check with the codebook copy in `schema/`; outside a checkout of the "
        "project it skips only the rebuild from the raw inputs.",
        "",
        "With the sahel-events package (every table as a pandas DataFrame):",
        "",
        "```python",
        "import sahel_events",
        "tables = sahel_events.load('.')",
        "print(tables['events'].groupby('event_type').size())",
        "```",
        "",
        "With pandas, DuckDB or Polars alone (run from this directory):",
        "",
        "```python",
        "import pandas as pd",
        "events = pd.read_parquet('data/events.parquet')",
        "print(events.merge(pd.read_parquet('data/documents.parquet'), on='doc_id').shape)",
        "```",
        "",
        "```python",
        "import duckdb",
        "con = duckdb.connect()",
        "con.sql(\"SELECT event_type, count(*) FROM 'data/events.parquet' GROUP BY 1\").show()",
        "```",
        "",
        "```python",
        "import polars as pl",
        "events = pl.read_parquet('data/events.parquet')",
        "print(events.group_by('event_type').len())",
        "```",
        "",
        "Offsets (`start`, `end`, `trigger_start`, `trigger_end`) count Unicode code points "
        "in `documents.text`, so `text[start:end]` in Python gives the span.",
        "",
        "## Tables",
        "",
    ]
    out += _table(
        ["table", "rows", "primary key", "description"],
        [
            [
                f.name,
                rows.get(f.name, 0),
                ", ".join(get_table(f.name).primary_key),
                get_table(f.name).description,
            ]
            for f in files
        ],
        right=0,
    )
    out += [""]
    for f in files:
        out += [*_fields(f), ""]
    out += _flat_view_notes(summary.get("incidents"))
    if figures:
        out += ["## Figures", ""]
        for number, fig in enumerate(figures, 1):
            out += [f"![{fig.title}]({fig.path})", "", f"*Figure {number}. {fig.caption}*", ""]
    out += ["## Events by type", ""]
    out += _table(["event type", "events"], list(summary["events_by_type"].items()))
    out += ["", "## Coverage", "", "In time:", ""]
    ev, docs = time["events"], time["documents"]
    out += [
        f"- events dated from {ev['min'] or 'n/a'} to {ev['max'] or 'n/a'} "
        f"({time['events_undated']} event(s) without a date);",
        f"- articles dated (dateline) from {docs['min'] or 'n/a'} to {docs['max'] or 'n/a'}.",
        "",
        f"In space: {space['places']} distinct place(s); {space['events_unplaced']} event(s) "
        "without a place.",
        "",
    ]
    out += _table(["country", "events"], list(space["events_by_country"].items()))
    if space["events_by_place"]:
        out += ["", "Places with the most events:", ""]
        out += _table(["place", "events"], list(space["events_by_place"].items())[:20])
    out += ["", "## Annotation", ""]
    out += [
        f"{summary['annotators']} annotator(s), pseudonymised as `annotator-NN`, worked in "
        "Label Studio with a labelling configuration generated from the codebook. "
        "Outcome of each annotation:",
        "",
    ]
    out += _table(["outcome", "annotations"], list(summary["annotations_by_outcome"].items()))
    out += ["", "### Agreement", "", *agreement_section(agreement), ""]
    out += ["### Held back", "", *_held_back(held_back), ""]
    out += _scores(scores)
    out += _sources(documents)
    out += _standard_sections(version, codebook)
    out += ["## Changes", ""]
    if previous is None:
        out += ["First release.", ""]
    else:
        out += [
            f"Against release {previous} (by primary key; details in `CHANGES.md` and "
            "`diff.json`):",
            "",
        ]
        out += _table(
            ["table", "added", "removed", "changed"],
            [[t, c["added"], c["removed"], c["changed"]] for t, c in diff_summary.items()],
            right=3,
        )
        out += [""]
    out += [
        "## Provenance",
        "",
        "Every input is named by its SHA-256 in `manifest.json`: the raw article files, "
        "the Label Studio export snapshots, the codebook (a copy is in "
        "`schema/codebook.yaml`) and the files generated from it, and the versions of "
        f"sahel-events ({manifest['tool']['version']}) and pyarrow "
        f"({manifest['tool']['pyarrow']}) that wrote the tables.",
        "",
    ]
    out += _table(
        ["snapshot", "sha256"],
        [[s["path"], f"`{s['sha256']}`"] for s in inputs["snapshots"]],
        right=0,
    )
    out += [
        "",
        "Check a copy with `sha256sum -c SHA256SUMS`, or the whole release (checksums, "
        "schemas, rules, keys, Data Package, Croissant, SemVer, and a rebuild from the "
        f"recorded inputs, in a checkout) with `sahel-events release check build/{version}`.",
        "",
    ]
    return "\n".join(out)


def _incident_notes(incidents: Mapping[str, Any] | None) -> list[str]:
    """How reports of one happening in several articles were linked, and how many."""
    if incidents is None:
        return [
            "**Nothing is deduplicated across articles**: an event reported by two articles "
            "is two rows. Count events per article, or group rows that share type, dates, "
            "place and actors yourself.",
            "",
        ]
    versions = ", ".join(incidents["rule_versions"]) or "none"
    several = incidents["reported_by_several_articles"]
    return [
        "**Incidents across articles**: `events_flat` rows are reports. Rows that report "
        "the same happening in several articles share an `incident_id` (and `n_reports` "
        "says how many articles report it) only when a reviewer confirmed the link in a "
        "Label Studio review project; candidates are proposed by rule (same type, "
        "overlapping dates, places at most 25 km apart or the same country at country "
        "precision, compatible actors), and rejected or unsure candidates stay apart. "
        "Every other event is an incident of its own, so "
        "`events_flat.groupby('incident_id')` counts incidents. The `incidents` table "
        "says for each event how it was linked (`method`, `rule_version`, the reviewers' "
        "pseudonyms).",
        "",
        f"In this release: {incidents['incidents']} incident(s); {incidents['linked']} of "
        f"them link {incidents['events_linked']} events, {several} "
        f"reported by more than one article (rule version(s): {versions}). Links nobody "
        "reviewed yet are not made, so the number of incidents is an upper bound.",
        "",
    ]


def _flat_view_notes(incidents: Mapping[str, Any] | None = None) -> list[str]:
    return [
        "### The flat view and the actors",
        "",
        "`events_flat` (also `data/events_flat.csv`, for R and Stata) has one row per event "
        "in the shape of ACLED and UCDP exports: actor1 (the first actor argument in the "
        "text), its associated actors, actor2 (the first recipient), each with its "
        "`actors.actor_id` and ACLED actor type; the date interval with "
        "`acled_time_precision` and `ucdp_date_prec`; the place with `acled_geo_precision` "
        "and `ucdp_where_prec`, and at country precision the country's central point "
        "(`coordinates_from` says which); deaths low/best/high; factuality; the source; "
        "the trigger sentence. `comparable` is true when an ACLED-style count should keep "
        "the event: the text says it happened (positive, past, historical or ongoing), as "
        "certain or probable, and it has an ACLED event type and a date.",
        "",
        *_incident_notes(incidents),
        "`actors` lists every actor of the registry and every state (`state-<iso code>`) "
        "with its names, Wikidata id (only when certain), country, sector and the ACLED "
        "actor type an ACLED-style count would give it (our assignment).",
        "",
        "**Lists**: the multi-valued columns (`contexts`, `plover_auxiliary`, "
        "`ucdp_type_of_violence`, `actors.names`, `assoc_actor_1`/`_2` and their `_ids`) "
        "are lists of strings in Parquet (pandas, Polars, DuckDB and Hugging Face `datasets` "
        "read them as lists); the CSV copy writes a list as its items joined by `;`.",
        "",
    ]


def _sources(documents: Sequence[Mapping[str, Any]]) -> list[str]:
    """Where each article comes from and under which terms its text is shared."""
    if not documents:
        return []
    rows = [
        [
            f"`{d['doc_id']}`",
            d.get("source") or "not recorded",
            d.get("url") or "not recorded",
            d.get("published") or "not recorded",
            d.get("license") or "not recorded",
            "published" if d.get("text_published") else "withheld",
        ]
        for d in documents
    ]
    withheld = sum(1 for d in documents if not d.get("text_published"))
    return [
        "## Sources and the licence of each text",
        "",
        "The annotations are CC BY 4.0; the text of each article stays under its "
        "publisher's terms. A text is in the release (`documents.text`, "
        "`documents.text_published` true) only when its licence lets anyone redistribute "
        "it (CC0, CC BY, CC BY-SA, Etalab, ODC-By, PDDL). Any other licence, or none "
        "recorded, keeps it out: the document's `text` and its `events_flat.trigger_sentence` "
        "are null, while its hashes, source, URL, date, licence, mentions, events and "
        "offsets are all there; get the text from its source, check it against "
        "`text_sha256`, and the offsets apply as they are.",
        "",
        f"{len(documents) - withheld} text(s) published, {withheld} withheld.",
        "",
        *_table(["document", "source", "URL", "published", "licence", "text"], rows, right=0),
        "",
    ]


def _standard_sections(version: str, codebook: Codebook) -> list[str]:
    """Uses, out-of-scope uses, biases and limitations, personal information, licences,
    citation and contact: the sections a dataset card is expected to have."""
    return [
        "## Uses",
        "",
        "- Research on political violence, protest and diplomacy in the Sahel, with every "
        "value traceable to the words of an article.",
        "- Comparing with ACLED or UCDP through `events_flat` (`comparable`, the mapped "
        "precision codes and actor types).",
        "- Training and evaluating event extraction, factuality and normalisation models on "
        "French news.",
        "",
        "## Out-of-scope uses",
        "",
        "- Counting events or deaths as if each row were a distinct happening: rows are "
        "reports; count `incident_id` values instead, and only reviewed links are made.",
        "- Targeting, profiling or judging individuals named in the articles.",
        "- Early warning or operational decisions: coverage is that of a few articles, not "
        "of the region.",
        "",
        "## Biases and limitations",
        "",
        "- The dataset sees what the chosen sources report: towns over the countryside, "
        "violent and state-involving events over others, French-language outlets.",
        "- Deaths, dates and places are as one article claims them, coded by one annotator "
        "of record; casualty figures may be disputed.",
        "- Coordinates at country precision are a central point of the country (the middle "
        "of the gazetteer's places in it), not a location; precision codes say so.",
        "- The ACLED event and actor types are crosswalks assigned by this project, not "
        "ACLED's coding.",
        "",
        "## Personal information",
        "",
        "Names of public figures, officials, victims and alleged perpetrators appear as "
        "printed in the press (in `documents.text` and in mentions). Annotators are "
        "pseudonymised (`annotator-NN`); no e-mail or account name is published.",
        "",
        "## Licences",
        "",
        f"Annotations and tables: [{meta.LICENSE_ID}]({meta.LICENSE_URL}). The text of each "
        "article stays under its publisher's terms, recorded in `documents.license`; the "
        "code that builds the dataset is under the MIT licence.",
        "",
        "## Citation",
        "",
        "```",
        f"sahel-events contributors. Sahel events: political and conflict events coded "
        f"from news articles. Release {version} (schema {codebook.version}). Not yet "
        "published.",
        "```",
        "",
        "## Contact",
        "",
        f"The sahel-events maintainers. Home page: {meta.homepage() or meta.NO_HOMEPAGE}.",
        "",
    ]


def rai_fields(
    codebook: Codebook,
    summary: Mapping[str, Any],
    agreement: Mapping[str, Any] | None,
) -> dict[str, Any]:
    """The Croissant Responsible-AI properties that matter for this corpus (without ``rai:``)."""
    rows = summary["rows"]
    outcomes = summary["annotations_by_outcome"]
    completed = sum(n for k, n in outcomes.items() if k != "cancelled")
    documents = rows.get("documents", 0)
    per_item = f"{completed / documents:.2f}" if documents else "0"
    analysis = agreement_analysis(agreement)
    docs_time = summary["time"]["documents"]
    fields: dict[str, Any] = {
        "dataCollection": (
            "News articles about political and conflict events in the Sahel, kept unchanged "
            "as received; each is ingested into one normalised text (NFC, LF line ends, no "
            "byte-order mark) published in documents.text with its SHA-256."
        ),
        "dataCollectionType": "Manual Human Curator",
        "dataCollectionRawData": (
            "The raw article files, listed with their SHA-256 in manifest.json; "
            "documents.raw_sha256 ties each document to its file."
        ),
        "dataPreprocessingProtocol": (
            "Ingest normalises the text (NFC, LF, no BOM), parses the dateline (place and "
            "date, against which relative dates are resolved) and flags repeated paragraphs "
            "so that their facts are coded once."
        ),
        "dataAnnotationProtocol": (
            f"Annotators follow the codebook {codebook.name} {codebook.version} "
            "(schema/codebook.yaml in this release): entity spans, PLOVER event triggers "
            "with their modes and contexts, event arguments as labelled relations, "
            "factuality and temporal status, and normalised dates, places, actors and "
            "casualty counts. Per document, the ground-truth annotation is the record; "
            "else the only one, else the one several annotators agree on exactly."
        ),
        "dataAnnotationPlatform": "Label Studio",
        "dataAnnotationAnalysis": analysis,
        "annotationsPerItem": (
            f"{per_item} completed annotation(s) per document on average ({completed} "
            f"annotation(s) of {documents} document(s))."
        ),
        "annotatorDemographics": (
            f"Not collected. {summary['annotators']} annotator(s), pseudonymised as annotator-NN."
        ),
        "machineAnnotationTools": (
            "sahel-events preannotate suggests entities, events and normalised values "
            "(shown in Label Studio as predictions); every value in the tables was accepted "
            "or entered by a person."
        ),
        "dataBiases": (
            "The dataset sees what the chosen news sources report: events in towns, "
            "violent events and events involving state forces are likelier to be reported "
            "than others; casualty figures are those claimed in the text and may be "
            "disputed."
        ),
        "dataLimitations": (
            "Counts, dates and places are as reported by one article, normalised by one "
            "annotator of record; the same real event reported by several articles appears "
            "once per article, linked into one incident (incidents table, "
            "events_flat.incident_id) only where a reviewer confirmed the link."
        ),
        "dataUseCases": (
            "Research on political violence and protest in the Sahel; training and "
            "evaluating event extraction and factuality models on French and English news. "
            "Not suited to targeting or profiling individuals."
        ),
        "personalSensitiveInformation": (
            "Names of public figures, victims and alleged perpetrators as printed in the "
            "press, and places of violent events. Annotators are pseudonymised."
        ),
        "dataReleaseMaintenancePlan": (
            "Versioned releases (SemVer) whose identifiers are stable; each release lists "
            "the records added, changed and removed since the previous one (diff.json) and "
            "can be rebuilt byte for byte from its recorded inputs."
        ),
    }
    if docs_time["min"] and docs_time["max"]:
        fields["dataCollectionTimeframe"] = [
            f"{docs_time['min']}T00:00:00Z",
            f"{docs_time['max']}T23:59:59Z",
        ]
    return fields
