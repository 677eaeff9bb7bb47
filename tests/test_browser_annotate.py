"""The annotator's screen, in a real browser: what the generated config gives annotators works.

One Label Studio server and one headless chromium for the whole module. The module
builds a throw-away project the way the pipeline does (``ingest`` of the seed article,
a synthetic English article and a one-word-per-label probe text; ``preannotate``;
``push``), then does what an annotator does in the labeling screen and checks that
``pull``, ``validate`` and the compiled tables give back exactly that.

* The seed and the English article: delete the suggested events ``validate`` finds
  incomplete (an annotator must, before marking a document complete), accept a
  suggestion, correct one, label a new entity with its hotkey, label an event trigger,
  pick its mode (only its type's modes are offered), set factuality and temporal
  status, type a normalised date, draw relations and give them roles, set the document
  choices, submit.
* The probe text (its own project, never submitted): every label's hotkey makes a
  region of that label, and selecting it shows exactly the controls the codebook gives
  that type; relations offer exactly the codebook's roles; no hotkey reaches a hidden
  control. These fail when the generated config loses a per-region control, a hotkey or
  a role.
* Repeated paragraphs are visibly marked; the codebook instructions open from the
  screen; no page logs a console error of ours.

Screenshots of every step: ``test-artifacts/browser/<test>/`` (ignored by git).
"""

from __future__ import annotations

import contextlib
import json
import shutil
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from sahel_events.cli import main as cli_main
from sahel_events.codebook import Codebook, load_codebook
from sahel_events.generate import labelconfig
from tests.browser import Screen, artifacts_for, launch_browser, logged_in_context
from tests.clirunner import run_cli
from tests.lsserver import LSServer, make_project

pytestmark = [pytest.mark.browser, pytest.mark.studio]

REPO = Path(__file__).resolve().parents[1]
CODEBOOK = load_codebook(REPO / "schema" / "codebook.yaml")
TITLE = "browser-annotate"
PROBE_TITLE = "browser-probe"
SEED = "000_acd4907f2525db7b"
ENGLISH = "en_tillaberi"
PROBE = "probe_labels"

ENGLISH_TEXT = (
    "Niamey, 3 March 2025 - Unidentified gunmen opened fire on a military post near "
    "Tillabéri on Sunday night, killing at least 12 soldiers, the Nigerien army said in a "
    "statement.\n"
    "Reinforcements were sent to the area and an operation to track down the attackers is "
    "under way, the statement added.\n"
    "The attack comes days after the head of the junta, General Abdourahamane Tiani, hosted "
    "ECOWAS envoys in Niamey during the last days of February to discuss the security "
    "situation in the border region.\n"
    "Unidentified gunmen opened fire on a military post near Tillabéri on Sunday night, "
    "killing at least 12 soldiers, the Nigerien army said in a statement.\n"
)

#: One label per probe word: (hotkey, label, control). REPEATED's key comes from the config.
PROBE_LABELS: list[tuple[str, str, str]] = [
    *((e.hotkey, e.id, labelconfig.ENTITY_CONTROL) for e in CODEBOOK.entity_types.values()),
    *((t.hotkey, t.id, labelconfig.EVENT_CONTROL) for t in CODEBOOK.event_types.values()),
]
PROBE_TEXT = (
    "Bamako, 1 janvier 2025 - "
    + " ".join(f"mot{i:02d}" for i in range(len(PROBE_LABELS) + 1))
    + ".\n"
)


# ------------------------------------------------------------------------------ setup


def cli(*args: str) -> None:
    """Run ``sahel-events ARGS`` in-process (as the console script would); it must succeed."""
    try:
        code = cli_main(list(args))
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    assert code in (0, None), f"sahel-events {' '.join(args)} exited {code}"


@contextlib.contextmanager
def server_env(ls: LSServer) -> Iterator[None]:
    """``LABEL_STUDIO_URL``/``LABEL_STUDIO_API_KEY`` of the test server, for the CLI."""
    with pytest.MonkeyPatch.context() as mp:
        for key, value in ls.env().items():
            mp.setenv(key, value)
        yield


@dataclass
class Stage:
    """The pushed project, its tasks and what was pushed to them."""

    ls: LSServer
    root: Path
    project_id: int
    probe_project_id: int
    tasks: dict[str, int]
    texts: dict[str, str]
    context: Any


def _split_documents(root: Path) -> tuple[Path, Path]:
    """The ingested documents as two files: the articles, and the probe text."""
    lines = (root / "work" / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    articles, probe = root / "work" / "articles.jsonl", root / "work" / "probe.jsonl"
    articles.write_text(
        "".join(line + "\n" for line in lines if json.loads(line)["doc_id"] != PROBE),
        encoding="utf-8",
    )
    probe.write_text(
        "".join(line + "\n" for line in lines if json.loads(line)["doc_id"] == PROBE),
        encoding="utf-8",
    )
    return articles, probe


@pytest.fixture(scope="module")
def stage(ls_module_server: LSServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stage]:
    """Ingest, pre-annotate and push the three texts; start chromium and log in once."""
    from sahel_events.studio.client import connect

    root = tmp_path_factory.mktemp("browser-project")
    make_project(root)
    raw = root / "raw"
    raw.mkdir()
    shutil.copyfile(REPO / "raw" / f"{SEED}.txt", raw / f"{SEED}.txt")
    (raw / f"{ENGLISH}.txt").write_text(ENGLISH_TEXT, encoding="utf-8")
    (raw / f"{PROBE}.txt").write_text(PROBE_TEXT, encoding="utf-8")
    cli("ingest", "--project", str(root))
    cli("preannotate", "--project", str(root))
    articles, probe = _split_documents(root)
    none = root / "work" / "no-predictions.jsonl"
    none.write_text("", encoding="utf-8")
    ls = ls_module_server
    with server_env(ls):
        cli("push", "--project", str(root), "--title", TITLE, "--documents", str(articles))
        cli(
            "push",
            "--project",
            str(root),
            "--title",
            PROBE_TITLE,
            "--documents",
            str(probe),
            "--predictions",
            str(none),
        )
    client = connect(ls.settings())
    info, probe_info = client.find_project(TITLE), client.find_project(PROBE_TITLE)
    assert info is not None and probe_info is not None
    tasks = {
        str(t.doc_id): t.id
        for pid in (info.id, probe_info.id)
        for t in client.list_tasks(pid)
        if t.doc_id
    }
    texts = {
        d["doc_id"]: d["text"]
        for d in map(json.loads, (root / "work" / "documents.jsonl").read_text().splitlines())
    }
    with launch_browser(tmp_path_factory.mktemp("chromium")) as browser:
        # One context (one login, one cache of the frontend's bundles) for the module.
        context = logged_in_context(browser, ls.url, ls.credentials.email, ls.credentials.password)
        yield Stage(ls, root, info.id, probe_info.id, tasks, texts, context)


@pytest.fixture
def screen(stage: Stage, request: pytest.FixtureRequest) -> Iterator[Screen]:
    """A logged-in page of its own; its console log and a last screenshot kept as artefacts."""
    page = stage.context.new_page()
    shown = Screen(page, stage.ls.url, artifacts_for(request.node.nodeid))
    try:
        yield shown
    finally:
        with contextlib.suppress(Exception):
            shown.shot("last")
        shown.console.write(shown.artifacts / "console.log")
        page.close()


def assert_console_clean(screen: Screen) -> None:
    """No console error or uncaught page error but the named third-party noise."""
    errors = screen.console.errors()
    assert not errors, "the page logged errors:\n" + "\n".join(map(str, errors))


# ------------------------------------------------------------------------------ facts


Span = tuple[str, int, int, str]  # control, start, end, label


def facts(result: list[dict[str, Any]]) -> Counter[tuple[Any, ...]]:
    """A result as comparable facts: regions, their attributes, relations, document choices.

    Regions are named by (control, start, end, label) rather than by id, so that a
    prediction and the annotation made from it compare.
    """
    spans: dict[str, Span] = {}
    for item in result:
        if item.get("type") == "labels":
            value = item["value"]
            for label in value["labels"]:
                spans[item["id"]] = (item["from_name"], value["start"], value["end"], label)
    out: Counter[tuple[Any, ...]] = Counter()
    for item in result:
        kind = item.get("type")
        if kind == "relation":
            rel = (spans[item["from_id"]], spans[item["to_id"]])
            out["relation", *rel, tuple(item.get("labels") or ())] += 1
        elif kind == "labels":
            out["region", spans[item["id"]]] += 1
        elif "start" not in item.get("value", {}):
            out["document", item["from_name"], tuple(item["value"]["choices"])] += 1
        else:
            value = item["value"]
            given = value.get("choices") if kind == "choices" else value.get("text")
            out["attribute", spans[item["id"]], item["from_name"], tuple(given)] += 1
    return out


def without(found: Counter[tuple[Any, ...]], span: Span) -> Counter[tuple[Any, ...]]:
    """``found`` without a region and everything attached to it (as deleting it does)."""
    return Counter({f: n for f, n in found.items() if span not in f})


def without_all(found: Counter[tuple[Any, ...]], spans: list[Span]) -> Counter[tuple[Any, ...]]:
    """``found`` without each of these regions."""
    for span in spans:
        found = without(found, span)
    return found


def spans_of(task: dict[str, Any], regions: list[tuple[str, str]]) -> list[Span]:
    """The spans of the task's suggested regions with these (label, text)."""
    return [
        (item["from_name"], item["value"]["start"], item["value"]["end"], label)
        for item in the_prediction(task)
        if item["type"] == "labels"
        for label in item["value"]["labels"]
        if (label, item["value"]["text"]) in regions
    ]


def relabelled(found: Counter[tuple[Any, ...]], old: Span, new: Span) -> Counter[tuple[Any, ...]]:
    """``found`` with a region's label changed, its attributes and relations kept."""
    out: Counter[tuple[Any, ...]] = Counter()
    for fact, n in found.items():
        out[tuple(new if part == old else part for part in fact)] += n
    return out


def region_id(result: list[dict[str, Any]], span: Span) -> str:
    """The result id of the region at ``span`` (control, start, end, label)."""
    control, start, end, label = span
    (found,) = {
        str(item["id"])
        for item in result
        if item.get("type") == "labels"
        and (item["from_name"], item["value"]["start"], item["value"]["end"])
        == (control, start, end)
        and label in item["value"]["labels"]
    }
    return found


def span_of(text: str, control: str, needle: str, label: str, nth: int = 0) -> Span:
    """The span of the nth occurrence of ``needle`` in ``text``."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(needle, at + 1)
    return (control, at, at + len(needle), label)


def pulled_task(root: Path, doc_id: str) -> dict[str, Any]:
    """The task of ``doc_id`` in the newest snapshot in annotations/."""
    snapshots = sorted(
        p for p in (root / "annotations").glob("*.json") if not p.name.endswith(".provenance.json")
    )
    assert snapshots, "pull wrote no snapshot"
    tasks = json.loads(snapshots[-1].read_text(encoding="utf-8"))
    return next(t for t in tasks if t["data"]["doc_id"] == doc_id)


def expected_controls(codebook: Codebook, control: str, label: str) -> set[str]:
    """Headers of the controls the codebook gives a selected region of this type."""
    shown = {a.name for a in codebook.document_choices.values()}
    if control == labelconfig.EVENT_CONTROL:
        event_type = codebook.event_types[label]
        if event_type.modes:
            shown.add(f"Mode of {label}")
        shown |= {a.name for a in codebook.event_attributes.values()}
    elif control == labelconfig.ENTITY_CONTROL:
        shown |= {
            a.name
            for a in codebook.entity_attributes.values()
            if label in codebook.entity_attribute_targets(a.id)
        }
        shown |= {v.name for v in codebook.normalised_values.values() if label in v.applies_to}
    return shown


def check_controls(screen: Screen, control: str, label: str) -> None:
    """The selected region shows exactly its type's controls (and its mode's choices)."""
    assert set(screen.visible_controls()) == expected_controls(CODEBOOK, control, label), label
    if control == labelconfig.EVENT_CONTROL and CODEBOOK.event_types[label].modes:
        offered = screen.choice_values(f"Mode of {label}")
        assert offered == list(CODEBOOK.event_types[label].modes), label


def incomplete_suggestions(
    stage: Stage, capsys: pytest.CaptureFixture[str], doc_id: str
) -> list[tuple[str, str]]:
    """The suggested events ``validate`` finds lacking a required argument, as (label, text).

    An annotator must complete or delete them before marking the document complete;
    these tests delete them (most are nominal mentions of cooperation, not events).
    """
    with server_env(stage.ls):
        pulled = run_cli(["pull", "--project", str(stage.root), "--title", TITLE], capsys)
    assert pulled.code == 0, pulled.out + pulled.err
    checked = run_cli(["validate", "--project", str(stage.root), "--json"], capsys)
    incomplete = {
        issue["location"]["region"]
        for issue in json.loads(checked.out)["issues"]
        if issue["code"] == "codebook.required-role-missing"
        and issue["location"].get("doc_id") == doc_id
        and ".predictions[" in issue["location"].get("path", "")
    }
    events = {
        item["id"]: (item["value"]["labels"][0], item["value"]["text"])
        for item in the_prediction(pulled_task(stage.root, doc_id))
        if item["type"] == "labels" and item["from_name"] == "event"
    }
    doomed = {events[r] for r in incomplete}
    kept = {pair for rid, pair in events.items() if rid not in incomplete}
    assert not doomed & kept, f"a complete suggestion looks like an incomplete one: {doomed & kept}"
    return sorted(doomed)


def delete_suggestions(screen: Screen, regions: list[tuple[str, str]], text: str) -> None:
    """Delete every suggested region of these labels and texts (each occurrence)."""
    for label, span_text in regions:
        for _ in range(text.count(span_text)):
            try:
                screen.select(label, span_text)
            except AssertionError:
                break  # none left
            screen.delete_selected()


def pull_validate_compile(
    stage: Stage, capsys: pytest.CaptureFixture[str], doc_id: str
) -> tuple[dict[str, Any], Any]:
    """``pull`` and ``validate`` through the CLI; compile; the pulled task and the dataset."""
    from sahel_events.compile import compile_dataset
    from sahel_events.ingest import read_documents

    with server_env(stage.ls):
        pulled = run_cli(["pull", "--project", str(stage.root), "--title", TITLE], capsys)
    assert pulled.code == 0, pulled.out + pulled.err
    checked = run_cli(["validate", "--project", str(stage.root), "--json"], capsys)
    assert checked.code == 0, checked.out + checked.err
    task = pulled_task(stage.root, doc_id)
    documents = read_documents(stage.root / "work" / "documents.jsonl")
    dataset = compile_dataset(documents, snapshot_paths_of(stage.root), CODEBOOK, stage.root)
    mine = [i for i in dataset.report.errors if i.location.doc_id in (None, doc_id)]
    assert not mine, "\n".join(map(str, mine))
    return task, dataset


def snapshot_paths_of(root: Path) -> list[Path]:
    """The snapshots ``validate`` reads by default."""
    from sahel_events.paths import Project
    from sahel_events.validate import snapshot_paths

    return list(snapshot_paths(Project(root)))


def rows(dataset: Any, table: str, doc_id: str) -> list[dict[str, Any]]:
    """The rows of a compiled table for one document."""
    return [r for r in dataset.tables[table].to_pylist() if r.get("doc_id", doc_id) == doc_id]


def the_annotation(task: dict[str, Any]) -> dict[str, Any]:
    """The task's one submitted annotation."""
    done = [a for a in task["annotations"] if not a["was_cancelled"]]
    assert len(done) == 1, f"{len(done)} annotations"
    return done[0]


def the_prediction(task: dict[str, Any]) -> list[dict[str, Any]]:
    """The result of the task's one prediction (pre-annotation plus repeated paragraphs)."""
    assert len(task["predictions"]) == 1
    result: list[dict[str, Any]] = task["predictions"][0]["result"]
    return result


# ------------------------------------------------------------------------------ tests


def test_seed_article_annotated_in_the_screen_comes_back_exactly(
    stage: Stage, screen: Screen, capsys: pytest.CaptureFixture[str]
) -> None:
    text = stage.texts[SEED]
    screen.open_task(stage.project_id, stage.tasks[SEED])
    screen.shot("opened")
    # The pre-annotation is there as suggestions, in the annotator's own annotation.
    shown = {(it.label, it.text) for it in screen.items()}
    for needed in [
        ("CONSULT", "effectué une visite"),
        ("WEA", "drone"),
        ("ASSAULT", "frappe de drone"),
    ]:
        assert needed in shown, f"the pre-annotation no longer suggests {needed}"
    assert ("TIME", "fin du mois de juillet") in shown

    # Suggested events lacking a required argument are deleted (nominal "coopération"...).
    doomed = incomplete_suggestions(stage, capsys, SEED)
    delete_suggestions(screen, doomed, text)
    screen.shot("incomplete-suggestions-deleted")

    # Codebook 1.0.0: a state that is an event's recipient carries its actor id. Mali is
    # named nine times; the one receiving the "assistance technique" is suggested with
    # state-ml by pre-annotation (0.7.0: a country acting is its state), and the
    # annotator keeps it.
    mali = span_of(
        text, "entity", "Mali", "GPE", nth=text[: text.index("assistance")].count("Mali")
    )
    suggested = the_prediction(pulled_task(stage.root, SEED))
    screen.select_region(region_id(suggested, mali))
    assert screen.selected() == ("GPE", "Mali")
    assert ("attribute", mali, "norm_actor", ("state-ml",)) in facts(suggested)
    screen.escape()

    # Accept a suggestion: the CONSULT visit stays as suggested (mode and all).
    screen.select("CONSULT", "effectué une visite")
    check_controls(screen, "event", "CONSULT")
    assert screen.checked("Mode of CONSULT") == ["visit"]
    screen.shot("accept-consult")
    screen.escape()

    # Correct a suggestion: the drone is the platform (VEH), not the weapon (WEA).
    screen.select("WEA", "drone")
    screen.relabel("VEH")
    screen.shot("correct-drone-to-VEH")
    screen.escape()

    # Correct a span: the date is "à la fin du mois de juillet"; delete, relabel with 8.
    screen.select("TIME", "fin du mois de juillet")
    screen.delete_selected()
    assert screen.label_span("8", "à la fin du mois de juillet") == ["TIME"]
    screen.select("TIME", "à la fin du mois de juillet")
    check_controls(screen, "entity", "TIME")
    screen.choose("Date precision", "part-of-month")
    screen.type_text("Normalised date", "2025-07-21/2025-07-31")
    screen.shot("new-time-with-date")
    screen.escape()

    # A new entity with its hotkey, and its sector.
    assert screen.label_span("2", "l'administration précédente") == ["ORG"]
    screen.select("ORG", "l'administration précédente")
    check_controls(screen, "entity", "ORG")
    screen.choose("Sector", "government")
    screen.type_text("Actor id", "state-us")  # the previous US administration
    screen.shot("new-org")
    screen.escape()

    # A new event trigger: only ACCUSE's modes are offered; factuality, temporal status.
    assert screen.label_span("x", "posture plus critique") == ["ACCUSE"]
    screen.select("ACCUSE", "posture plus critique")
    check_controls(screen, "event", "ACCUSE")
    screen.choose("Mode of ACCUSE", "disapprove")
    screen.choose("Certainty", "certain")
    screen.choose("Polarity", "positive")
    screen.choose("Source of the claim", "author")
    screen.choose("Temporal status", "historical")
    screen.shot("new-accuse")

    # Relations with roles: the trigger to its actor; the accepted strike to the new date.
    accuse, org = ("ACCUSE", "posture plus critique"), ("ORG", "l'administration précédente")
    strike, when = ("ASSAULT", "frappe de drone"), ("TIME", "à la fin du mois de juillet")
    screen.relate(accuse, org)
    screen.give_role(accuse, org, "actor")
    screen.relate(strike, when)
    screen.give_role(strike, when, "time")
    screen.shot("relations")
    screen.escape()

    screen.choose("Relevance", "relevant")
    screen.choose("Document status", "complete")
    screen.shot("document-choices")
    screen.submit()
    screen.shot("submitted")
    assert_console_clean(screen)

    task, dataset = pull_validate_compile(stage, capsys, SEED)
    annotation = the_annotation(task)
    result = annotation["result"]
    for item in result:
        if "start" in item.get("value", {}) and item["type"] == "labels":
            value = item["value"]
            assert text[value["start"] : value["end"]] == value["text"]

    veh_old = span_of(text, "entity", "drone", "WEA")
    veh_new = span_of(text, "entity", "drone", "VEH")
    old_time = span_of(text, "entity", "fin du mois de juillet", "TIME")
    new_time = span_of(text, "entity", "à la fin du mois de juillet", "TIME")
    new_org = span_of(text, "entity", "l'administration précédente", "ORG")
    new_accuse = span_of(text, "event", "posture plus critique", "ACCUSE")
    assault = span_of(text, "event", "frappe de drone", "ASSAULT")
    kept = without_all(facts(the_prediction(task)), [old_time, *spans_of(task, doomed)])
    expected = relabelled(kept, veh_old, veh_new)
    expected += Counter(
        {
            ("region", new_time): 1,
            ("attribute", new_time, "date_precision", ("part-of-month",)): 1,
            ("attribute", new_time, "norm_date", ("2025-07-21/2025-07-31",)): 1,
            ("region", new_org): 1,
            ("attribute", new_org, "sector", ("government",)): 1,
            ("attribute", new_org, "norm_actor", ("state-us",)): 1,
            ("region", new_accuse): 1,
            ("attribute", new_accuse, "mode_accuse", ("disapprove",)): 1,
            ("attribute", new_accuse, "factuality_certainty", ("certain",)): 1,
            ("attribute", new_accuse, "factuality_polarity", ("positive",)): 1,
            ("attribute", new_accuse, "factuality_source", ("author",)): 1,
            ("attribute", new_accuse, "temporal_status", ("historical",)): 1,
            ("relation", new_accuse, new_org, ("actor",)): 1,
            ("relation", assault, new_time, ("time",)): 1,
            ("document", "doc_relevance", ("relevant",)): 1,
            ("document", "doc_status", ("complete",)): 1,
        }
    )
    assert facts(result) == expected
    assert facts(result)[("attribute", mali, "norm_actor", ("state-ml",))] == 1

    # What was accepted is still the suggestion; what was changed says so.
    origins = {
        (item["from_name"], item["value"]["text"]): item.get("origin")
        for item in result
        if item["type"] == "labels"
    }
    assert origins[("event", "effectué une visite")] == "prediction"
    assert origins[("entity", "drone")] == "prediction-changed"
    assert origins[("event", "posture plus critique")] == "manual"

    # The compiled tables show it.
    events = {r["trigger_text"]: r for r in rows(dataset, "events", SEED)}
    accused = events["posture plus critique"]
    assert (accused["event_type"], accused["mode"]) == ("ACCUSE", "disapprove")
    assert accused["factuality_certainty"] == "certain"
    assert accused["factuality_polarity"] == "positive"
    assert accused["factuality_source"] == "author"
    assert accused["temporal_status"] == "historical"
    assert events["effectué une visite"]["mode"] == "visit"
    strike_row = events["frappe de drone"]
    assert str(strike_row["date_start"]) == "2025-07-21"
    assert str(strike_row["date_end"]) == "2025-07-31"
    mentions = {(r["text"], r["entity_type"]): r for r in rows(dataset, "mentions", SEED)}
    assert ("drone", "VEH") in mentions and ("drone", "WEA") not in mentions
    assert mentions[("à la fin du mois de juillet", "TIME")]["date_precision"] == "part-of-month"
    assert mentions[("l'administration précédente", "ORG")]["sector"] == "government"
    arguments = {
        (a["event_id"], a["role"], a["mention_id"])
        for a in dataset.tables["event_arguments"].to_pylist()
    }
    org_mention = mentions[("l'administration précédente", "ORG")]["mention_id"]
    assert (accused["event_id"], "actor", org_mention) in arguments


def test_english_article_annotated_in_the_screen_comes_back_exactly(
    stage: Stage, screen: Screen, capsys: pytest.CaptureFixture[str]
) -> None:
    text = stage.texts[ENGLISH]
    screen.open_task(stage.project_id, stage.tasks[ENGLISH])
    screen.shot("opened")
    shown = {(it.label, it.text) for it in screen.items()}
    for needed in [("ASSAULT", "opened fire"), ("PER", "Unidentified gunmen"), ("ORG", "ECOWAS")]:
        assert needed in shown, f"the pre-annotation no longer suggests {needed}"
    # One suggestion per real event: "killing" is the outcome of the same attack, so the
    # pre-annotation merges it into "opened fire" instead of suggesting a second event.
    assert ("ASSAULT", "killing") not in shown
    doomed = incomplete_suggestions(stage, capsys, ENGLISH)
    delete_suggestions(screen, doomed, text)

    # Accept: the attack as suggested (firearms).
    screen.select("ASSAULT", "opened fire")
    check_controls(screen, "event", "ASSAULT")
    assert screen.checked("Mode of ASSAULT") == ["firearms"]
    screen.escape()

    # Accept: the attackers, suggested as a PER and as the attack's actor.
    # Codebook 1.0.0: an actor no id names gets its type; a count says whose dead.
    screen.select("PER", "Unidentified gunmen")
    check_controls(screen, "entity", "PER")
    screen.choose("Actor type", "political-militia")
    screen.escape()
    screen.select("CASUALTY", "at least 12 soldiers")
    screen.choose("Side of the casualties", "state-forces")
    screen.escape()

    # A new event: the meeting (CONSULT, hotkey c) and its date (TIME, hotkey 8).
    # "hosted" is in no trigger list (since 0.17.0 "met" is): a meeting only the
    # annotator sees.
    hosted_nth = text[: text.index("hosted ECOWAS")].count("hosted")
    assert screen.label_span("c", "hosted", nth=hosted_nth) == ["CONSULT"]
    meeting = ("CONSULT", "hosted")
    screen.select(*meeting)
    check_controls(screen, "event", "CONSULT")
    screen.choose("Mode of CONSULT", "visit")
    screen.choose("Contexts", "diplomatic")
    screen.choose("Certainty", "certain")
    screen.choose("Polarity", "positive")
    screen.choose("Source of the claim", "author")
    screen.choose("Temporal status", "past")
    screen.shot("new-consult")
    assert screen.label_span("8", "during the last days of February") == ["TIME"]
    when = ("TIME", "during the last days of February")
    screen.select(*when)
    screen.choose("Date precision", "part-of-month")
    screen.type_text("Normalised date", "2025-02-21/2025-02-28")
    screen.relate(meeting, when)
    screen.give_role(meeting, when, "time")
    screen.relate(meeting, ("ORG", "ECOWAS"))
    screen.give_role(meeting, ("ORG", "ECOWAS"), "actor")
    screen.shot("relations")
    screen.escape()

    screen.choose("Relevance", "relevant")
    screen.choose("Document status", "complete")
    screen.submit()
    screen.shot("submitted")
    assert_console_clean(screen)

    task, dataset = pull_validate_compile(stage, capsys, ENGLISH)
    result = the_annotation(task)["result"]
    opened = span_of(text, "event", "opened fire", "ASSAULT")
    gunmen = span_of(text, "entity", "Unidentified gunmen", "PER")
    soldiers = span_of(text, "entity", "at least 12 soldiers", "CASUALTY")
    start = text.index("hosted ECOWAS")
    met = ("event", start, start + len("hosted"), "CONSULT")
    new_time = span_of(text, "entity", "during the last days of February", "TIME")
    ecowas = span_of(text, "entity", "ECOWAS", "ORG")
    suggested = facts(the_prediction(task))
    assert suggested[("relation", opened, gunmen, ("actor",))] == 1
    expected = without_all(suggested, spans_of(task, doomed))
    expected += Counter(
        {
            ("attribute", gunmen, "actor_type", ("political-militia",)): 1,
            ("attribute", soldiers, "casualty_side", ("state-forces",)): 1,
            ("region", met): 1,
            ("attribute", met, "mode_consult", ("visit",)): 1,
            ("attribute", met, "contexts", ("diplomatic",)): 1,
            ("attribute", met, "factuality_certainty", ("certain",)): 1,
            ("attribute", met, "factuality_polarity", ("positive",)): 1,
            ("attribute", met, "factuality_source", ("author",)): 1,
            ("attribute", met, "temporal_status", ("past",)): 1,
            ("region", new_time): 1,
            ("attribute", new_time, "date_precision", ("part-of-month",)): 1,
            ("attribute", new_time, "norm_date", ("2025-02-21/2025-02-28",)): 1,
            ("relation", met, new_time, ("time",)): 1,
            ("relation", met, ecowas, ("actor",)): 1,
            ("document", "doc_relevance", ("relevant",)): 1,
            ("document", "doc_status", ("complete",)): 1,
        }
    )
    assert facts(result) == expected

    events = {r["trigger_text"]: r for r in rows(dataset, "events", ENGLISH)}
    assert "killing" not in events
    meeting_row = events["hosted"]
    assert (meeting_row["event_type"], meeting_row["mode"]) == ("CONSULT", "visit")
    assert meeting_row["temporal_status"] == "past"
    assert str(meeting_row["date_start"]) == "2025-02-21"
    assert str(meeting_row["date_end"]) == "2025-02-28"
    assert events["opened fire"]["mode"] == "firearms"
    mentions = {(r["text"], r["entity_type"]) for r in rows(dataset, "mentions", ENGLISH)}
    assert ("Unidentified gunmen", "PER") in mentions


def test_every_label_hotkey_control_and_role_of_the_codebook_is_on_the_screen(
    stage: Stage, screen: Screen
) -> None:
    # The config the server serves binds each codebook hotkey itself, and every key Label
    # Studio would otherwise hand out (one lost hotkey can come back by chance that way).
    served = ET.fromstring(stage.ls.sdk().projects.get(id=stage.probe_project_id).label_config)
    bound = {e.get("value"): e.get("hotkey") for e in served.iter("Label")}
    for key, label, _control in PROBE_LABELS:
        assert bound.get(label) == key, f"{label}: hotkey {bound.get(label)!r} in the config"
    keys = [e.get("hotkey") for e in served.iter() if e.get("hotkey")]
    assert set(labelconfig.LS_AUTO_HOTKEYS) <= set(keys), "a single key is left unbound"

    screen.open_task(stage.probe_project_id, stage.tasks[PROBE])
    shown = screen.labels()
    for _key, label, _control in PROBE_LABELS:
        expected_key = next(k for k, lab, _ in PROBE_LABELS if lab == label)
        assert shown.get(label) == expected_key, f"{label}: hotkey {shown.get(label)!r}"
    repeated_key = shown.get("REPEATED")
    assert repeated_key, "REPEATED has no hotkey: Label Studio would hand it one"
    screen.shot("labels")

    # Every hotkey makes a region of its label on its probe word.
    words = [f"mot{i:02d}" for i in range(len(PROBE_LABELS) + 1)]
    targets = [*PROBE_LABELS, (repeated_key, "REPEATED", "layout")]
    for (key, label, _control), word in zip(targets, words, strict=True):
        assert screen.label_span(key, word) == [label], f"hotkey {key!r}"
    made = {(it.label, it.text) for it in screen.items()}
    assert made >= {(label, word) for (_k, label, _c), word in zip(targets, words, strict=True)}
    screen.shot("one-region-per-label")

    # Selecting a region shows exactly the controls the codebook gives its type.
    for (_key, label, control), word in zip(targets, words, strict=True):
        screen.select(label, word)
        check_controls(screen, control, label)
        if label in ("CONSULT", "TIME", "ORG"):
            screen.shot(f"controls-{label}")
    screen.escape()

    # A relation offers exactly the codebook's roles.
    consult = ("CONSULT", words[[lab for _k, lab, _c in targets].index("CONSULT")])
    org = ("ORG", words[[lab for _k, lab, _c in targets].index("ORG")])
    screen.relate(consult, org)
    assert screen.roles_offered(consult, org) == list(CODEBOOK.roles)
    screen.shot("roles")

    # No key reaches a control hidden for the selected region (they used to: a CONSULT
    # got a hidden RETREAT mode from an auto-assigned key).
    # (REPEATED's key is a label key: with a region selected it adds that visible label.)
    keys = [k for k in labelconfig.free_hotkeys(CODEBOOK) if k != repeated_key]
    for label, word in (consult, org):
        screen.select(label, word)
        for key in keys:
            screen.press(key)
            screen.page.evaluate("() => document.activeElement.blur()")  # a filter took focus
        screen.escape()
    spans = {i["id"]: i for i in screen.serialized() if i.get("type") == "labels"}
    for item in screen.serialized():
        if item.get("type") in ("choices", "textarea") and item["id"] in spans:
            region = spans[item["id"]]
            label = region["value"]["labels"][0]
            allowed = controls_for(region["from_name"], label)
            assert item["from_name"] in allowed, (label, item["from_name"])
    assert_console_clean(screen)


def controls_for(control: str, label: str) -> set[str]:
    """Names of the per-region controls a region of this type may carry."""
    if control == labelconfig.EVENT_CONTROL:
        event_type = CODEBOOK.event_types[label]
        names = set(CODEBOOK.event_attributes)
        return names | ({event_type.mode_control} if event_type.modes else set())
    if control == labelconfig.ENTITY_CONTROL:
        names = {
            a for a in CODEBOOK.entity_attributes if label in CODEBOOK.entity_attribute_targets(a)
        }
        return names | {v.id for v in CODEBOOK.normalised_values.values() if label in v.applies_to}
    return set()


def test_repeated_paragraph_is_marked_for_the_annotator(stage: Stage, screen: Screen) -> None:
    text = stage.texts[ENGLISH]
    screen.open_task(stage.project_id, stage.tasks[ENGLISH])
    duplicates = next(
        json.loads(line)["duplicates"]
        for line in (stage.root / "work" / "documents.jsonl").read_text().splitlines()
        if json.loads(line)["doc_id"] == ENGLISH
    )
    assert duplicates, "ingest no longer finds the repeated paragraph"
    # The screen draws the pre-annotation's regions after the text; on a loaded machine
    # the fixed pause of open_task may end before the marks are drawn.
    screen.page.wait_for_selector(".htx-highlight[data-label$=':REPEATED']", state="attached")
    marked: dict[str, str] = {}
    for shown in screen.highlights():
        index, _, label = shown["label"].partition(":")
        if label == "REPEATED":
            marked[index] = marked.get(index, "") + shown["text"]
    assert sorted(marked.values()) == sorted(text[d["copy"][0] : d["copy"][1]] for d in duplicates)
    note = screen.page.locator(".lsf-main-view h4").first.inner_text()
    assert "Repeated paragraph" in note and "first occurrence" in note
    repeated = screen.page.locator(".htx-highlight[data-label$=':REPEATED']").last
    repeated.scroll_into_view_if_needed()
    box = repeated.bounding_box()
    assert box is not None and box["height"] > 0
    background = repeated.evaluate("e => getComputedStyle(e).backgroundColor")
    assert background not in ("", "transparent", "rgba(0, 0, 0, 0)")
    screen.shot("repeated-paragraph")
    assert_console_clean(screen)


def test_codebook_instructions_open_from_the_screen(stage: Stage, screen: Screen) -> None:
    project = stage.ls.sdk().projects.get(id=stage.project_id)
    assert project.expert_instruction and project.show_instruction
    screen.open_task(stage.project_id, stage.tasks[ENGLISH])
    instructions = screen.open_instructions()
    assert f"codebook {CODEBOOK.version}" in instructions
    for event_type in CODEBOOK.event_types:
        assert event_type in instructions
    for role in CODEBOOK.roles:
        assert role in instructions
    assert_console_clean(screen)
