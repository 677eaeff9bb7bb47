"""Assemble Label Studio predictions: result items that follow the labeling config exactly.

One :class:`Prediction` per document: ``{"doc_id", "model_version", "score", "result"}``,
``result`` being Label Studio result items (``docs/preannotation.md``):

* a region per entity (``entity`` labels) and per trigger (``event`` labels), with a
  stable id (a hash of the document, control, span and label), a ``score``, and a
  ``meta`` note for annotators when there is something to say (an ambiguous place name,
  the factuality cues found);
* per-region items reusing the region's id and repeating its start, end and text: the
  entity attributes (sector, place_precision, date_precision, casualty_kind,
  casualty_qualifier), the normalised values (norm_date, norm_place, norm_coords,
  norm_actor, norm_count; a TextArea's ``value.text`` is a list of strings), the event's
  mode (``mode_<type>``), contexts and factuality attributes when a cue suggests a value
  other than the codebook's default;
* relations from each trigger to its arguments, labelled with the role.

Nothing is predicted inside the repeated copy of a flagged duplicate paragraph (nor in
the signature); event triggers are not predicted in headings.
"""

from __future__ import annotations

import atexit
import base64
import datetime as dt
import gc
import hashlib
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .. import gazetteer
from ..annotation import rules
from ..annotation.controls import Controls
from ..annotation.ids import EntityType, EventAttribute, Normalised, Role
from ..annotation.model import offset, parse_result
from ..annotation.names import ENTITY_CONTROL, EVENT_CONTROL, TEXT_NAME
from ..cluster.shards import iter_records
from ..codebook import Codebook
from ..errors import Location, Report, Severity
from ..files import write_text_atomic
from . import PREANNOTATE_VERSION
from .actors import (
    abductors_told_after,
    as_members,
    as_states,
    attackers_off_their_targets,
    capitals_as_states,
    captors_of_releases,
    causes_told_after,
    claimants_of_raids,
    home_bodies,
    parties_of_meetings,
    quoted_speakers,
    raider_named,
    raiders_of_spoils,
    strikes_told_by_their_force,
    territorial_officials,
)
from .allegations import accusers_and_accused, alleged_harms
from .arguments import (
    link_arguments,
    names_a_town,
    without_restated_tolls,
    without_summed_tolls,
    without_updated_tolls,
)
from .backdrops import backdrop
from .closures import closed_by_order
from .concessions import cooperative_acts, political_acts
from .contrastacts import contrast_acts
from .coupplaces import coup_places
from .deathsafter import earlier_deaths
from .denials import deniers_of_misparsed_denials
from .destroytolls import tolls_off_destructions
from .enacts import attackers_leaving, carried_off_after_arrest, labour_strikes
from .enplaces import places_told_before
from .entities import Mention, bureau_free, dateline_country, find_entities
from .eventplace import without_withdrawal_places
from .events import (
    OWN_SENTENCE,
    abduction,
    aimed_without_force,
    called_protest,
    commitment,
    contrasted_arguments,
    dependent,
    disambiguate,
    dispersed_protest,
    earlier_act_words,
    finer_place,
    idle_arrival,
    idle_taking,
    merge_mentions,
    mourning_gathering,
    ordinary_gathering,
    raid_of_arrests,
    recalled_triggers,
    relabel,
    roundup_actors,
    roundup_heads,
    sentence_told_again,
    tolls_in_their_act,
    unfought_operation,
    unplanned,
    without_planned_starts,
)
from .eventtime import facts_dated_after, without_borrowed_times_to_come
from .figurative import figurative_triggers
from .flights import raiders_of_flights
from .forcemoves import announced_escort, announced_move, displaced_by, force_moves
from .gcpace import fewer_collections
from .grounds import grounds_dated
from .idioms import idiom_triggers, market
from .kidnappers import kidnappers_named_near
from .laterplace import finer_place_after
from .ner import Analysis, analyse, load_model
from .ner import model_version as ner_model_version
from .nominals import bracketed_acronyms, find_nominals
from .placing import as_settlements
from .pronounacts import own_places, own_tolls, pronoun_acts
from .registry import Registry, load_registry
from .relationship import relationship_words
from .relief import relief_deliveries
from .revocations import revocations
from .ripostetolls import own_losses_off_own_strikes, tolls_off_follow_up_strikes
from .shortnames import find_short_names, with_actor_ids
from .speakerplaces import speaker_places
from .stagetolls import tolls_off_named_stages
from .suspensions import suspensions
from .text import containing, sentence_spans
from .timestatus import mark_historical, mark_ongoing
from .tollplace import tolls_by_place
from .townwords import own_town_words, own_unit_words
from .triggers import (
    STATEMENT_TYPES,
    Factuality,
    Lexicon,
    Trigger,
    factuality,
    load_lexicon,
)
from .untold import counts_of_untold, untold_triggers


def model_version() -> str:
    """``sahel-preannotate-<rules version>+<spaCy model>-<model version>``."""
    return f"sahel-preannotate-{PREANNOTATE_VERSION}+{ner_model_version()}"


@dataclass(frozen=True)
class Prediction:
    """The prediction of one document, as imported into Label Studio."""

    doc_id: str
    model_version: str
    score: float
    result: list[dict[str, Any]]

    def as_dict(self) -> dict[str, Any]:
        """The JSONL line's object (``doc_id`` plus Label Studio's prediction fields)."""
        return {
            "doc_id": self.doc_id,
            "model_version": self.model_version,
            "score": self.score,
            "result": self.result,
        }

    def for_label_studio(self) -> dict[str, Any]:
        """The object for a task's ``predictions`` list."""
        return {"model_version": self.model_version, "score": self.score, "result": self.result}


def region_id(doc_id: str, control: str, start: int, end: int, label: str) -> str:
    """A stable, 10-character region id: the same suggestion gets the same id every run."""
    digest = hashlib.sha256(f"{doc_id}\x1f{control}\x1f{start}\x1f{end}\x1f{label}".encode())
    return base64.urlsafe_b64encode(digest.digest()).decode()[:10]


def _get(doc: Any, name: str, default: Any = None) -> Any:
    if isinstance(doc, dict):
        return doc.get(name, default)
    return getattr(doc, name, default)


def _span(value: Any) -> tuple[int, int]:
    return (int(value[0]), int(value[1]))


def paragraph_spans(doc: Any, text: str) -> list[tuple[int, int]]:
    """The document's paragraph spans: ingest's, else (a bare document) its non-empty lines."""
    spans = [_span(p) for p in _get(doc, "paragraphs", ()) or ()]
    if spans:
        return spans
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _copies(doc: Any) -> list[tuple[int, int]]:
    """The spans of repeated paragraph copies (Duplicate objects or their JSON form)."""
    out = []
    for dup in _get(doc, "duplicates", ()) or ():
        copy = dup.get("copy") if isinstance(dup, dict) else dup.copy
        out.append(_span(copy))
    return out


#: The separator after a dateline ("Gao, 18 septembre 2025 - Plusieurs...").
_DATELINE_TAIL = re.compile(r"\s*[-–—:]\s*")


def parse_skips(doc: Any) -> list[tuple[int, int]]:
    """The spans left out of the parse: the dateline (with its separator), the title,
    repeated paragraph copies and the signature.

    Nothing is suggested in them, and the parser reads the lead better without them
    (:func:`sahel_events.preannotate.ner.compact`); skipping the copies also spares the
    parse of text whose facts are coded once.
    """
    text: str = _get(doc, "text")
    spans = _copies(doc)
    for name in ("dateline", "title_span", "signature"):
        if _get(doc, name):
            start, end = _span(_get(doc, name))
            if name == "dateline":
                tail = _DATELINE_TAIL.match(text, end)
                end = tail.end() if tail else end
            spans.append((start, end))
    return spans


def _allowed(length: int, excluded: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The complement of ``excluded`` in ``[0, length)``."""
    out = []
    pos = 0
    for start, end in sorted(excluded):
        if start > pos:
            out.append((pos, start))
        pos = max(pos, end)
    if pos < length:
        out.append((pos, length))
    return out


_SETTLED = False


def _settle(french: bool) -> None:
    """Load the long-lived data once, then take it out of the garbage collector's sight.

    The spaCy model, the gazetteer, the registry and the lexicon are hundreds of
    thousands of Python objects that live as long as the process; every full collection
    (triggered by the many small objects each document makes) walked all of them again.
    ``gc.freeze`` moves what exists now to a generation that is never collected, once
    per process (a process that pre-annotates only English never loads the model).
    """
    global _SETTLED
    if _SETTLED or not french:
        return
    load_model()
    gazetteer.places()
    gc.collect()
    gc.freeze()
    # Given back at exit: extension modules that check for leaks when the interpreter
    # shuts down (duckdb's bindings) would report every object still frozen.
    atexit.register(gc.unfreeze)
    _SETTLED = True


class Preannotator:
    """Turns documents into predictions; holds the codebook, registry and lexicon."""

    def __init__(
        self,
        codebook: Codebook,
        registry: Registry | None = None,
        lexicon: Lexicon | None = None,
    ) -> None:
        self.codebook = codebook
        self.registry = registry or load_registry(codebook)
        # The registry's government ids (gov-ml ...), which a territorial official
        # acting takes (actors.territorial_officials); once, not per document.
        self.governments = frozenset(a for a in self.registry.actors if a.startswith("gov-"))
        # The registry's national armies by country (ML → fama), which a force named by
        # its kind takes (actors.home_bodies; since 0.59.0): a military actor of a
        # country one of whose names is its "armée".
        self.military = frozenset(
            a.id for a in self.registry.actors.values() if a.sector == "military"
        )
        self.groups = frozenset(
            a.id for a in self.registry.actors.values() if a.sector == "armed-group"
        )
        self.armies = {
            a.country: a.id
            for a in self.registry.actors.values()
            if a.sector == "military"
            and a.country
            and any("armée" in name.lower() for name in a.names())
        }
        self.lexicon = lexicon or load_lexicon(codebook)
        self.version = model_version()

    def predict(
        self, documents: Iterable[Any], batch_size: int = 8, n_process: int = 1
    ) -> Iterator[Prediction]:
        """One prediction per document, in order. spaCy runs over French documents in
        batches (on ``n_process`` processes), over the text with the parts nothing is
        suggested in blanked out (:func:`parse_skips`). The garbage collector runs less
        often until the last prediction is made (:mod:`.gcpace`)."""
        docs = list(documents)
        _settle(any(_get(d, "language", "fr") == "fr" for d in docs))
        analyses = analyse(
            ((_get(d, "text"), _get(d, "language", "fr")) for d in docs),
            batch_size=batch_size,
            n_process=n_process,
            skips=[parse_skips(d) for d in docs],
        )
        # Predictions kept by the caller would otherwise set off a full collection every
        # fifty-odd documents (gcpace).
        with fewer_collections():
            for doc, analysis in zip(docs, analyses, strict=True):
                yield self.predict_one(doc, analysis)

    def predict_one(self, doc: Any, analysis: Analysis) -> Prediction:
        """The prediction of one document, given its spaCy analysis."""
        text: str = _get(doc, "text")
        doc_id: str = _get(doc, "doc_id")
        language = _get(doc, "language", "fr")
        dateline = dt.date.fromisoformat(_get(doc, "dateline_date"))
        home = dateline_country(_get(doc, "dateline_place"), _get(doc, "dateline_country"))
        # Since 0.63.0 a news bureau's country the text never names is no home for
        # reading place names; the actors' rules keep the dateline's country, which
        # says whose "the government" is when the text names none.
        place_home = bureau_free(text, home, _get(doc, "dateline_place"))
        excluded = _copies(doc)
        signature = _get(doc, "signature")
        if signature:
            excluded.append(_span(signature))
        # The codebook codes neither the dateline (document metadata) nor the title (it
        # repeats the lead): nothing is suggested in them.
        for name in ("dateline", "title_span"):
            if _get(doc, name):
                excluded.append(_span(_get(doc, name)))
        allowed = _allowed(len(text), excluded)
        headings = [_span(h) for h in _get(doc, "headings", ()) or ()]
        trigger_ranges = _allowed(len(text), excluded + headings)

        mentions = find_entities(
            text, language, analysis, dateline, place_home, self.registry, self.lexicon, allowed
        )
        mentions = bracketed_acronyms(
            text, [*mentions, *find_nominals(text, analysis, mentions, allowed)]
        )
        mentions = sorted(
            with_actor_ids([*mentions, *find_short_names(text, mentions, allowed)]),
            key=lambda m: (m.start, -m.end),
        )
        times = [(m.start, m.end) for m in mentions if m.label == EntityType.TIME]
        found = self.lexicon.find_triggers(analysis, language, trigger_ranges, times)
        # Words the lexicon cannot match word after word (since 0.22.0).
        found = sorted(
            [
                *found,
                *revocations(text, analysis, trigger_ranges, found),
                *suspensions(text, analysis, trigger_ranges, found),
                # Since 0.66.0 a border or a fair "fermée" by an order still in force.
                *(
                    closed_by_order(text, analysis, trigger_ranges, found)
                    if language == "fr"
                    else ()
                ),
                # Since 0.64.0 English relief goods given ("provided tents").
                *(
                    relief_deliveries(text, analysis, trigger_ranges, found)
                    if language == "en"
                    else ()
                ),
            ],
            key=lambda t: t.start,
        )
        # Since 0.66.0 pursuits, forces announced and escorts done (MOBILIZE), in place
        # of the lexicon's AGREE "a annoncé l'envoi" they overlap.
        if moves := force_moves(text, analysis, trigger_ranges, language):
            found = sorted([*displaced_by(text, found, moves), *moves], key=lambda t: t.start)
        # Since 0.66.0 a killing told as what came before ("après la mort de quatre bergers").
        if deaths := earlier_deaths(text, analysis, trigger_ranges, found, language):
            found = sorted([*found, *deaths], key=lambda t: t.start)
        # Since 0.66.0 restrictions lifted, a prosecutor's demand, "qualifier de".
        found = political_acts(text, analysis, trigger_ranges, found)
        # Since 0.67.0 a third party's account that the forces harmed people (ACCUSE).
        found = alleged_harms(text, analysis, trigger_ranges, found)
        # Since 0.67.0 agreements signed, decisions, readiness, delegations led, sessions.
        found = cooperative_acts(text, analysis, trigger_ranges, found)
        triggers = [
            relabel(text, t)
            for t in found
            if t.label in self.codebook.event_types
            and not market(text, t)
            and not unfought_operation(text, t, mentions)
            and not raid_of_arrests(text, t, found, mentions)
            and not sentence_told_again(text, t, found)
            and not aimed_without_force(text, t)
            and not idle_arrival(text, t)
            and not idle_taking(text, t)
            and not mourning_gathering(text, t)
            and not ordinary_gathering(text, t)
        ]
        # Since 0.64.0 English labour strikes and a person "taken away" with an arrest.
        triggers = [
            t
            for t in labour_strikes(text, language, triggers)
            if not carried_off_after_arrest(text, t, triggers)
            and not (language == "en" and attackers_leaving(text, t, triggers))
        ]
        # Since 0.62.0 a second act named by a pronoun and its place with its own toll
        # ("tandis que celle d'Abala a coûté la vie à quatre soldats").
        if pronouns := pronoun_acts(text, triggers, analysis.tokens):
            triggers = sorted([*triggers, *pronouns], key=lambda t: t.start)
        # Since 0.64.0 an act told only by its toll after a contrast at another place
        # ("tandis qu'à Dianweli, sept personnes sont mortes").
        if contrasted := contrast_acts(text, triggers, mentions, analysis.tokens):
            triggers = sorted([*triggers, *contrasted], key=lambda t: t.start)
        people = [(m.start, m.end) for m in mentions if m.label == EntityType.PER]
        triggers = [abduction(text, t, people) for t in triggers]
        facts = [factuality(text, analysis, t, people) for t in triggers]
        # Since 0.66.0 forces announced are a move to come (corpus notes: MOBILIZE
        # `future`, with no time: the announcement's day is not the move's).
        # Since 0.67.0 so is a protest called for ("appelait à manifester samedi").
        facts = [
            replace(f, temporal_status="future")
            if announced_move(t) or any(called_protest(text, u, t, triggers) for u in triggers)
            else f
            for t, f in zip(triggers, facts, strict=True)
        ]
        committed = [commitment(t, f) for t, f in zip(triggers, facts, strict=True)]
        recoded = frozenset(i for i, (t, _) in enumerate(committed) if t is not triggers[i])
        triggers = [t for t, _ in committed]
        facts = [f for _, f in committed]
        paragraphs = paragraph_spans(doc, text)
        sentences = list(analysis.sentences) or sentence_spans(text)
        # The dateline's date is the publication date, never an event's time. Without
        # ingest's dateline span, a date equal to it at the very top stands for it.
        dateline_span = _get(doc, "dateline")
        not_times = (
            [_span(dateline_span)]
            if dateline_span
            else [
                (m.start, m.end)
                for m in mentions
                if m.label == EntityType.TIME
                and m.start < 60
                and m.textareas.get(Normalised.DATE) == dateline.isoformat()
            ]
        )
        recalled = recalled_triggers(text, triggers, analysis.tokens)
        args = link_arguments(
            text,
            triggers,
            mentions,
            self.codebook.event_types,
            sentences,
            paragraphs,
            not_times,
            analysis.tokens,
            recalled,
            dateline,
        )
        # Since 0.66.0 an English act placed by the antecedent of its relative clause or
        # by "nearby" ("14 schools in Karimama district that it closed").
        args = places_told_before(text, triggers, mentions, args, sentences, language)
        # A statement made (and a commitment recoded AGREE) is never dated after the
        # dateline: "a condamné l'attaque [...] la semaine prochaine" dates what is
        # planned. (A march or a curfew may be planned: their futurity is not always read.)
        said = frozenset(
            i
            for i, (t, f) in enumerate(zip(triggers, facts, strict=True))
            if t.label in STATEMENT_TYPES and f.temporal_status != "future"
        )
        # Since 0.67.0 every AGREE: a commitment is made by the dateline, and a date after
        # it is what is planned ("ont décidé de relancer dès le mois prochain").
        agreed = frozenset(i for i, t in enumerate(triggers) if t.label == "AGREE")
        args = unplanned(args, said | recoded | agreed, mentions, dateline.isoformat())
        args = without_planned_starts(text, args, agreed, mentions)
        args = [
            a
            for a in args
            if not (a.role == Role.TIME and announced_move(triggers[a.trigger]))
            # Since 0.67.0 nor a place for an escort promised (forcemoves), nor a toll
            # for a protest named by its dispersal (the force's toll).
            and not (a.role == Role.LOCATION and announced_escort(triggers[a.trigger]))
            and not (
                a.role == Role.CASUALTIES and dispersed_protest(text, triggers[a.trigger], triggers)
            )
        ]
        # Since 0.67.0 no act to come ("serait déployé", "avant d'être déployés",
        # "intention de saisir") takes the day of another sentence.
        args = without_borrowed_times_to_come(text, triggers, args, analysis.tokens, OWN_SENTENCE)
        # Since 0.62.0 a pronoun act's place is the one named after the pronoun; since
        # 0.63.0 its toll is one told after the pronoun.
        if pronouns:
            args = own_tolls(triggers, mentions, own_places(text, triggers, mentions, args))

        untold = untold_triggers(text, triggers, sentences)
        casualty_counts = [m for m in mentions if m.label == "CASUALTY"]
        summed = counts_of_untold(
            triggers, untold, [(m.start, m.end) for m in casualty_counts], sentences
        )
        if summed:
            # A sum since a start ("at least 37 civilians had been abducted since
            # September") is no event's toll (since 0.60.0).
            dropped = {(casualty_counts[k].start, casualty_counts[k].end) for k in summed}
            args = [
                a
                for a in args
                if not (
                    a.role == Role.CASUALTIES
                    and (mentions[a.mention].start, mentions[a.mention].end) in dropped
                )
            ]
        parts = (
            dependent(triggers, analysis.tokens)
            | untold
            | relationship_words(text, triggers, analysis.tokens)
            | idiom_triggers(text, triggers)
            # Since 0.64.0 an act against a value, or a word of a body's name.
            | figurative_triggers(triggers, mentions, analysis.tokens, sentences)
        )
        # A roundup's head, when its items tell the acts one by one (since 0.61.0).
        heads = roundup_heads(text, triggers, args, mentions, sentences, analysis.tokens, parts)
        if heads:
            parts |= heads
            args = [*args, *roundup_actors(triggers, args, mentions, sentences, heads, parts)]
        events = merge_mentions(
            text,
            triggers,
            args,
            mentions,
            sentences,
            [i for i in disambiguate(text, triggers, mentions) if i not in parts],
            recalled,
            paragraphs,
        )

        # Since 0.61.0 an event's toll is its latest figure: the counts an update of the
        # same event replaced ("tuant six personnes ... portant le bilan à sept morts")
        # are linked to nothing, once the mentions of one event are merged.
        events = replace(events, arguments=without_updated_tolls(text, mentions, events.arguments))
        # Since 0.62.0 a total whose parts the event also holds, told together in another
        # sentence ("tuant 13 civils. [...] neuf à Zibane et quatre à Koukoukou"): the
        # parts are the toll.
        events = replace(
            events, arguments=without_summed_tolls(text, mentions, sentences, events.arguments)
        )
        # Since 0.63.0 nothing of a contrast's clause at another place goes to an act
        # told before it ("..., while in Ouahigouya an explosive device wounded three").
        events = replace(
            events,
            arguments=contrasted_arguments(
                text, triggers, events.kept, mentions, sentences, events.arguments
            ),
        )
        # Since 0.63.0 a count told right before its act goes to that act ("et quatre
        # dans une embuscade").
        events = replace(
            events, arguments=tolls_in_their_act(text, events.kept, mentions, events.arguments)
        )
        # Since 0.64.0 a toll told apart goes to the act told beside the place its
        # sentence names ("attacked a police station in Pama [...] Three police officers
        # were killed in Pama"), not to the latest act its verb was merged into.
        events = replace(
            events, arguments=tolls_by_place(events.kept, mentions, sentences, events.arguments)
        )
        # Since 0.64.0 a count told after a burning is the raid's on people told before.
        # Since 0.67.0 not to an earlier act named only to date another ("au lendemain
        # de l'explosion d'une mine qui avait tué trois soldats").
        earlier = frozenset(
            i
            for i, t in events.kept.items()
            if earlier_act_words(text, t, containing(sentences, t.start))
        )
        events = replace(
            events,
            arguments=tolls_off_destructions(
                events.kept, mentions, sentences, events.arguments, earlier, text
            ),
        )
        # Since 0.66.0 a toll given for a riposte and the strikes after it ("La riposte
        # et les frappes de drone ont permis de neutraliser ...") is the fight's.
        events = replace(
            events,
            arguments=tolls_off_follow_up_strikes(
                text, events.kept, mentions, sentences, events.arguments
            ),
        )
        # Since 0.69.0 a bilan that tells the force's own losses ("qui déplore deux morts
        # dans les rangs amis") is no toll of its own air or artillery strikes.
        events = replace(
            events,
            arguments=own_losses_off_own_strikes(
                text, events.kept, mentions, sentences, events.arguments
            ),
        )
        # Since 0.67.0 a toll told for an operation or an assault goes to it, not to the
        # act its subject names as its cause or opening ("L'opération, déclenchée après
        # l'attaque de X, a coûté la vie à quatre soldats").
        events = replace(
            events,
            arguments=tolls_off_named_stages(
                text, events.kept, mentions, sentences, events.arguments
            ),
        )
        # Since 0.68.0 a count that restates one the event holds is no second count,
        # once every stage has moved the tolls to their acts.
        events = replace(events, arguments=without_restated_tolls(mentions, events.arguments))
        # Ongoing first: "suspendues depuis mars 2022" began long ago and goes on.
        facts = mark_ongoing(text, triggers, facts, events.triggers, recalled)
        facts = mark_historical(facts, events.triggers, events.arguments, mentions, dateline)

        result: list[dict[str, Any]] = []
        # Actors found across sentences, each pass on the arguments of the one before.
        kept = events.kept
        arguments = strikes_told_by_their_force(
            text, kept, mentions, events.arguments, sentences, self.military
        )
        arguments = quoted_speakers(text, kept, mentions, arguments)
        # Since 0.67.0 who tells of the forces' harm accuses them (alleged_harms above).
        arguments = accusers_and_accused(text, kept, mentions, arguments)
        # Since 0.66.0 "Le gouvernement dément": the parse takes the verb for an adjective.
        mentions, arguments = deniers_of_misparsed_denials(
            text, kept, mentions, arguments, sentences
        )
        arguments = abductors_told_after(text, kept, mentions, arguments, sentences)
        # Since 0.66.0 "leurs ravisseurs" told near an abduction or a release.
        mentions, arguments = kidnappers_named_near(text, kept, mentions, arguments, sentences)
        arguments = captors_of_releases(kept, mentions, arguments)
        # Since 0.69.0 "a meeting between the governor and the chiefs" (English).
        if analysis.model == "blank-en":
            arguments = parties_of_meetings(text, kept, mentions, arguments)
        arguments = causes_told_after(kept, mentions, arguments, sentences)
        arguments = raiders_of_spoils(text, kept, mentions, arguments, sentences)
        arguments = claimants_of_raids(text, kept, mentions, arguments)
        # Since 0.66.0 a flight told paragraphs after its raid: the raiders are its actor.
        arguments = raiders_of_flights(kept, mentions, arguments, raider_named)
        # Since 0.63.0 "Les faits se sont produits mardi": the day of the acts told before.
        arguments = facts_dated_after(text, kept, mentions, arguments)
        # Since 0.67.0 an accusation told as a decision's grounds ("a dissous jeudi
        # quatre associations, accusées de") is made on the decision's day.
        arguments = grounds_dated(text, kept, arguments, sentences)
        arguments = attackers_off_their_targets(kept, mentions, arguments)
        # Since 0.66.0 a meeting, threats, a flight or a condemned attack named as the
        # setting, the cause or a repeat of a told act ("à l'issue de la réunion du
        # comité", "consacrée aux menaces pesant sur la zone", "avaient déjà fui") is no
        # event. Dropped last, once every argument pass has read it: its words still
        # tell the other acts their cause, actors and tolls.
        backdrops = {i for i in events.triggers if backdrop(text, kept[i], triggers)}
        events = replace(
            events,
            triggers=[i for i in events.triggers if i not in backdrops],
            arguments=[a for a in arguments if a.trigger not in backdrops],
        )
        mentions = as_states(mentions, events.arguments)
        mentions = capitals_as_states(mentions, events.arguments)
        mentions = as_settlements(text, as_members(text, mentions, events.arguments))
        mentions = territorial_officials(text, mentions, events.arguments, home, self.governments)
        mentions = home_bodies(
            text, mentions, events.arguments, home, self.armies, self.governments, self.groups
        )
        # The events to suggest, by their trigger index, for the place passes below.
        event_heads = {i: events.kept[i] for i in events.triggers}
        # Since 0.59.0 "la ville", "la localité" in an event's own sentence are its place.
        mentions, arguments = own_town_words(
            text,
            mentions,
            events.arguments,
            event_heads,
            self.codebook.event_types,
            sentences,
            lambda m: names_a_town(text, m),
        )
        # Since 0.60.0 "dans la région", "in the department" likewise, with the unit's id.
        mentions, arguments = own_unit_words(
            text,
            mentions,
            arguments,
            event_heads,
            self.codebook.event_types,
            sentences,
        )
        # Since 0.62.0 a finer place the next sentence tells of an event placed in a unit.
        arguments = finer_place_after(
            text,
            mentions,
            arguments,
            event_heads,
            self.codebook.event_types,
            sentences,
            finer_place,
        )
        # Since 0.66.0 a coup told as a backdrop is in the country its clause names, or
        # nowhere: not a town of its sentence nor a place carried from the acts before.
        arguments = coup_places(text, mentions, arguments, event_heads, sentences)
        # Since 0.67.0 no statement is placed by its speaker's or target's own place
        # ("Des habitants de la province de la Kossi accusent").
        arguments = speaker_places(text, mentions, arguments, event_heads)
        # Since 0.68.0 no withdrawal from a body or an agreement is placed.
        arguments = without_withdrawal_places(arguments, event_heads)
        mention_ids = [self._mention_items(doc_id, m, result) for m in mentions]
        trigger_ids = {
            i: self._trigger_items(doc_id, events.kept[i], facts[i], result)
            for i in events.triggers
        }
        for a in arguments:
            result.append(
                {
                    "from_id": trigger_ids[a.trigger],
                    "to_id": mention_ids[a.mention],
                    "type": "relation",
                    "direction": "right",
                    "labels": [a.role],
                }
            )
        scores = [item["score"] for item in result if item.get("type") == "labels"]
        score = round(sum(scores) / len(scores), 4) if scores else 0.0
        return Prediction(doc_id, self.version, score, result)

    # ------------------------------------------------------------------ items

    @staticmethod
    def _region(
        rid: str,
        control: str,
        start: int,
        end: int,
        text: str,
        label: str,
        score: float,
        note: str | None,
    ) -> dict[str, Any]:
        item: dict[str, Any] = {
            "id": rid,
            "from_name": control,
            "to_name": TEXT_NAME,
            "type": "labels",
            "value": {"start": start, "end": end, "text": text, "labels": [label]},
            "score": round(score, 4),
        }
        if note:
            item["meta"] = {"text": [note]}
        return item

    @staticmethod
    def _attribute(
        rid: str, control: str, start: int, end: int, text: str, kind: str, payload: list[str]
    ) -> dict[str, Any]:
        key = "choices" if kind == "choices" else "text"
        return {
            "id": rid,
            "from_name": control,
            "to_name": TEXT_NAME,
            "type": kind,
            "value": {"start": start, "end": end, "text": text, key: payload},
        }

    def _mention_items(self, doc_id: str, m: Mention, result: list[dict[str, Any]]) -> str:
        rid = region_id(doc_id, ENTITY_CONTROL, m.start, m.end, m.label)
        result.append(
            self._region(rid, ENTITY_CONTROL, m.start, m.end, m.text, m.label, m.score, m.note)
        )
        etype = self.codebook.entity_types.get(m.label)
        for control, values in m.choices.items():
            if etype is not None and control in etype.attributes:
                result.append(
                    self._attribute(rid, control, m.start, m.end, m.text, "choices", values)
                )
        for control, value in m.textareas.items():
            if etype is not None and control in etype.normalised:
                result.append(
                    self._attribute(rid, control, m.start, m.end, m.text, "textarea", [value])
                )
        return rid

    def _trigger_items(
        self, doc_id: str, t: Trigger, f: Factuality, result: list[dict[str, Any]]
    ) -> str:
        rid = region_id(doc_id, EVENT_CONTROL, t.start, t.end, t.label)
        note = None
        if f.cues:
            note = "Cues: " + "; ".join(f"{c.text!r} ({c.kind})" for c in f.cues)
        result.append(
            self._region(rid, EVENT_CONTROL, t.start, t.end, t.text, t.label, t.score, note)
        )
        etype = self.codebook.event_types[t.label]
        mode = t.mode or etype.default_mode
        if mode and mode in etype.modes:
            result.append(
                self._attribute(rid, etype.mode_control, t.start, t.end, t.text, "choices", [mode])
            )
        attributes = self.codebook.event_attributes
        suggested = {
            EventAttribute.CONTEXTS: list(t.contexts),
            EventAttribute.FACTUALITY_CERTAINTY: [f.certainty] if f.certainty else [],
            EventAttribute.FACTUALITY_POLARITY: [f.polarity] if f.polarity else [],
            EventAttribute.FACTUALITY_SOURCE: [f.source] if f.source else [],
            EventAttribute.TEMPORAL_STATUS: [f.temporal_status] if f.temporal_status else [],
        }
        for control, values in suggested.items():
            attribute = attributes.get(control)
            if attribute is None:
                continue
            values = [v for v in values if v in attribute.values and v != attribute.default]
            if values:
                result.append(
                    self._attribute(rid, control, t.start, t.end, t.text, "choices", values)
                )
        return rid


# ---------------------------------------------------------------------------- files


def prediction_line(prediction: Prediction) -> str:
    """One JSONL line (with its newline): compact, UTF-8 characters kept as they are."""
    return json.dumps(prediction.as_dict(), ensure_ascii=False, separators=(",", ":")) + "\n"


def write_predictions(predictions: Iterable[Prediction], path: Path) -> int:
    """Write predictions as JSONL sorted by doc_id, atomically; return how many."""
    ordered = sorted(predictions, key=lambda p: p.doc_id)
    write_text_atomic(path, (prediction_line(p) for p in ordered))
    return len(ordered)


def iter_predictions(path: Path) -> Iterator[Prediction]:
    """Stream a file (or shard directory) of predictions written by pre-annotation."""
    yield from iter_records(
        path,
        _prediction_from_dict,
        what="a prediction",
        command="sahel-events preannotate",
        again="it",
    )


def _prediction_from_dict(d: Any) -> Prediction:
    return Prediction(d["doc_id"], d["model_version"], float(d["score"]), d["result"])


def read_predictions(path: Path) -> list[Prediction]:
    """Every prediction of a file (or shard directory) written by pre-annotation."""
    return list(iter_predictions(path))


# ---------------------------------------------------------------------------- checking


def check_result(
    result: Sequence[dict[str, Any]], text: str, controls: Controls, doc_id: str | None = None
) -> Report:
    """Check result items against the codebook's controls and the task text.

    Every control name, label, choice and role must be the codebook's, a per-region
    value one the labeling config shows for its region's label, offsets must cut the
    text exactly, and relations must join an event to an entity of the same result. The
    faults are those of :mod:`sahel_events.annotation.rules`, under the codes validation
    gives them in a snapshot.
    """
    report = Report()

    def sink(
        code: str,
        message: str,
        index: int | None = None,
        region: str | None = None,
        severity: Severity | None = None,
    ) -> None:
        report.add(code, message, Location(doc_id=doc_id, region=region), severity or "error")

    rules.check_items(result, controls, sink)
    parsed = parse_result(list(result))
    rules.check_grouping(parsed, sink)
    for region in parsed.regions.values():
        rules.check_attributes(region, controls, sink)
        start, end = offset(region.start), offset(region.end)
        if start is None or end is None:
            rules.report_unplaced(region, sink)
        else:
            rules.check_span(region, start, end, text, sink, region.index)
    for relation in parsed.relations:
        rules.check_relation(relation, parsed.regions, sink)
    return report
