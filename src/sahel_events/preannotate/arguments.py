"""Arguments: link each trigger to the nearest plausible actor, recipient, place, time...

Only roles the codebook gives the event type are suggested, and only with entity types
the codebook allows as fillers of that role for that type. Rules, per role:

* ``actor``: the filler holding the grammatical subject (or the "par"/"by" agent) of the
  verb that governs the trigger, from spaCy's parse (French); failing that, the nearest
  filler before the trigger in its sentence, with a lower score;
* ``recipient``: the nearest filler after the trigger in its sentence, when a
  preposition ("avec", "à", "contre", "with", "against", ...) or nothing but a few
  words separate them; a town is a place, never a recipient;
* ``location``: the most precise place of the sentence that no person or organisation
  mention holds ("le gouverneur de la région de *Tillabéri*" is an office; "les
  habitants de *Boni*" hold none), a locative preposition then nearness breaking ties,
  with the places coordinated with it ("entre Boni et Hombori"); never a place of
  another event's phrase, a country that is another verb's argument ("sanctions
  imposées au *Niger*"), nor, for a verbal act, a place in what is said; else the
  nearest place after a locative preposition in the paragraph; else, for a material
  event, the place of the previous material event of an earlier paragraph;
* ``time``: the nearest temporal expression in the sentence, else in the paragraph (the
  dateline's date is the publication date, never an event's time);
* ``instrument``: the nearest weapon or vehicle in the sentence;
* ``casualties``: every casualty count of the sentence;
* ``source``: the filler right after "selon", "d'après", "according to".

A mention fills at most one role of a given event.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from operator import attrgetter

from .. import gazetteer
from ..annotation.ids import EntityAttribute, Normalised, Role
from ..codebook import EventType
from .actors import (
    REACTING,
    accused,
    acted_on,
    attributed,
    blamed_for,
    children_of,
    governing_verb,
    in_foreign_oblique,
    later_agent,
    others_actors,
    passive_subject,
    pronoun_antecedent,
    reacted_to,
    subject,
    undergoer,
    undergoer_of_another_passive,
)
from .argument import Argument
from .capitals import seat_of_government
from .casescan import lowered, lowered_text, may_hold
from .casualties import (
    NUMBER_WORD,
    RELEASE_WORD,
    UPDATE_WHEN,
    breakdown,
    part_of_whole,
    side_of,
    whole_of_part,
)
from .dates import AHEAD, COVERED_PERIOD, first_day, last_day
from .entities import Mention
from .eventplace import (
    ELSEWHERE,
    carried_places,
    claimed_before,
    in_circumstance,
    in_pursuit,
    leaving,
    of_office,
    opening_frame,
    other_clause,
    reference,
    unit_frame_end,
)
from .eventtime import (
    borrowable,
    counted_from,
    dates_modified_noun,
    dates_named_act,
    foreign_times,
    freed_then_on,
    in_earlier_act,
    later,
    later_unresolved,
    measure_as_state,
    one_phrase,
    reported_act,
    since_bound,
    state_start,
    statement_dated,
    statement_objecting,
    told_before_clause,
    told_in_earlier_act,
    told_of_source,
    told_when,
)
from .facilities import starts_with_facility
from .ner import Token
from .nominals import CRAFT, DAY_WORD, PERSON_NOUNS
from .placing import NAME, relative_reference
from .relplaces import opens_with_relation
from .text import containing, fold, sentence_spans
from .theyacts import person_antecedent, pronoun_antecedent_en, pronoun_opens
from .tollafter import act_named_after
from .tollplace import act_of_place
from .triggers import Trigger, promise
from .untold import SINCE_A_START, sum_of_its_opening, sum_sentence
from .wordgate import gated

#: A day between a verb and its object: "mardi ", "on Tuesday ", "matin ".
_DAY_BEFORE = rf"(?:(?:{DAY_WORD}|on\s+\w+day|yesterday|matin|soir)\s+)"
_RECIPIENT_LINK = re.compile(
    r"^\s*(?:\S+\s+){0,3}?(?:(?:avec|à|au|aux|contre|envers|vers|de|du|des|auprès\s+d[eu]s?|"
    r"with|to|against|towards|on|of)\s+(?:l['’]|les?\s+|la\s+|the\s+)?|d['’])$"
    r"|^\s*(?:l['’]|les?\s+|la\s+|the\s+)?$"
    # Since 0.48.0 a day, then the person's title before the name: "a condamné jeudi
    # l'opposant Succès Masra", "sentenced on Thursday the opposition leader".
    rf"|^\s*{_DAY_BEFORE}*(?:l['’]|les?\s+|la\s+|the\s+)"
    r"(?:(?!(?:de|du|des|d|à|au|aux|par|pour|sur|dans|avec|of|to|by|for|in|on|at)\b)"
    r"[a-zà-ÿ-]+\s+){1,2}$"
    # Since 0.56.0 a day right before the object: "a remercié mardi les autorités".
    rf"|^\s*{_DAY_BEFORE}+(?:l['’]|les?\s+|la\s+|the\s+)?$",
    re.IGNORECASE,
)
#: What tells an act as the cause of its clause's act: "après une attaque contre un
#: poste", "en représailles à l'embuscade", "following an attack" (since 0.28.0).
_CAUSE = (
    r"(?:\baprès|\bafter|suite\s+(?:à|au|aux)|à\s+la\s+suite\s+d[eu'’]?|"
    r"en\s+représailles?\s+(?:à|au|aux)|\bfollowing|in\s+the\s+wake\s+of|"
    r"in\s+retaliation\s+for)\s*"
)
CAUSE_BEFORE = gated(
    re.compile(
        _CAUSE + r"(?:l['’]|la\s+|le\s+|les\s+|une?\s+|des\s+|the\s+|an?\s+)$", re.IGNORECASE
    )
)
#: The same with an indefinite article: an act not told before ("après une attaque"),
#: never one the article told or recalls ("après le coup d'État").
NEW_CAUSE_BEFORE = gated(re.compile(_CAUSE + r"(?:une?\s+|des\s+|an?\s+)$", re.IGNORECASE))
#: A relative clause that tells more of the act before it: "l'attaque ..., *où* des
#: hommes armés ont ouvert le feu".
RELATIVE_BETWEEN = re.compile(
    r"\b(?:où|qui|lors\s+de\s+laquelle|au\s+cours\s+de\s+laquelle|where|which|during\s+which|"
    r"in\s+which|when)\b",
    re.IGNORECASE,
)
_LOCATIVE = re.compile(
    r"(?:\bà|\ba|\bau|\baux|\ben|\bdans|\bprès\s+d[eu']|\bvers|\bsur|\bdepuis|\bentre|"
    # Since 0.58.0 a point on a river or a road: "à hauteur de Bamba", "au niveau de".
    r"\bà\s+(?:la\s+)?hauteur\s+d[eu'’]|\bau\s+niveau\s+d[eu'’]|"
    r"\bat|\bin|\bnear|\baround|\boutside|\binside|\bfrom|"
    # Since 0.38.0 where a march went: "marched through Niamey", "à travers".
    r"\bthrough|\bacross|\bà\s+travers|"
    # Since 0.61.0 "throughout Niger".
    r"\bthroughout)\s+"
    # Since s18p8 a compass direction between: "in northern Burkina Faso".
    r"(?:(?:northern|southern|eastern|western|central|north-?eastern|north-?western|"
    r"south-?eastern|south-?western)\s+)?"
    r"(?:la\s+|le\s+|l['’]|les\s+|the\s+)?(?:(?:ville|localité|région|cercle|province|commune|"
    r"village|camp|town|city|region|district|village)\s+(?:d[e'’]\s*|of\s+))?$"
    # Since 0.28.0 a part of the place by its compass point, inside it: "dans le centre
    # du Mali", "in the north of Niger" (not "à l'ouest de Ménaka", outside the town).
    r"|\b(?:dans\s+(?:le|la|l['’])\s*|in\s+the\s+)"
    r"(?:nord|sud|est|ouest|centre|north|south|east|west)(?:-(?:nord|sud|est|ouest))?\s+"
    r"(?:du\s+|de\s+la\s+|de\s+l['’]|de\s+|d['’]|of\s+(?:the\s+)?)$"
    # Since 0.61.0 many places of it: "dans plusieurs villes du Mali", "in several towns
    # of Niger".
    r"|\b(?:dans\s+(?:plusieurs|certaines|de\s+nombreuses|différentes|diverses|"
    r"les\s+principales)\s+(?:villes|localités|régions|provinces|communes)\s+"
    r"(?:du|de\s+la|de\s+l['’]|de|d['’])|in\s+(?:several|many|some|various)\s+"
    r"(?:towns|cities|regions|provinces|parts)\s+of(?:\s+the)?)\s*$",
    re.IGNORECASE,
)
_PASSIVE = re.compile(r"\b(?:par|by)\s+(?:l['’]|les?\s+|la\s+|des\s+|the\s+)?$", re.IGNORECASE)
_SOURCE = re.compile(
    r"(?:selon|d['’]après|according\s+to|"
    # Since 0.31.0 with the outlet between: "a appris l'AFP de sources sécuritaires".
    r"appris\s+(?:(?:l['’]|le\s+|la\s+)?[\w-]+\s+)?(?:de|auprès\s+d[eu]s?|d['’])|"
    r"(?:a|ont)(?:-t-on|-t-il|-t-elle)?\s+(?:annoncé|indiqué|rapporté|précisé|affirmé|déclaré)|"
    r"annonce|affirme|indique|précise|(?<!\w)said|reported|announced)\s+"
    r"(?:l['’]|les?\s+|la\s+|des\s+|the\s+)?$",
    re.IGNORECASE,
)
#: A word every match of :data:`_SOURCE` holds, in lower case.
_SOURCE_WORDS = (
    "selon", "après", "according", "appris", "annonc", "indiqu", "rapport", "précis",
    "affirm", "déclar", "said", "reported", "announced",
)  # fmt: skip


#: A numbered point of a communiqué: "2. Dans la soirée ...", "« 4. L'état-major ...", "3) On
#: Tuesday ...".
_POINT = re.compile(r"\s*(?:[«\"“]\s*)?\d{1,2}\s*[.)]\s+\S")
#: A point that tallies the one before it: "2. Bilan provisoire :", "3) Toll:".
_TALLY_POINT = re.compile(
    r"\s*(?:[«\"“]\s*)?\d{1,2}\s*[.)]\s+(?:bilan|toll|casualties|pertes)\b", re.IGNORECASE
)


def _numbered_point(text: str, para: tuple[int, int]) -> bool:
    """Whether ``para`` is a numbered point of a communiqué ("3. Le mardi 24 novembre,
    une patrouille a interpellé ...", "4. Ont été récupérés : 27 fusils"). Each point
    tells its own happening: an act of a point with no day of its own does not borrow
    the day of the point before it nor that of the lead (since 0.69.0; a point's
    "Dans la soirée du même jour" still counts from it, in dates.py)."""
    # "2. Bilan provisoire : ... ont été récupérés": the tally of the point before, whose
    # day it keeps.
    return (
        _POINT.match(text, para[0], min(para[1], para[0] + 12)) is not None
        and _TALLY_POINT.match(text, para[0], min(para[1], para[0] + 24)) is None
    )


def _source_before(before: str) -> bool:
    """Whether ``before`` ends with the words that introduce a source ("selon", "a
    indiqué", "according to the"). The pattern, tried at each character of the sentence
    so far, is only tried when one of its words is there (for speed, since 0.57.0); a text
    whose lower case would hide a match (:func:`.casescan.lowered`) is always tried."""
    return may_hold(lowered(before), _SOURCE_WORDS) and _SOURCE.search(before) is not None


#: What may stand between the subject of an act and its verb: adverbs and auxiliaries.
_SUBJECT_OF_ACT = re.compile(
    r"\s+(?:(?:also|reportedly|allegedly|then|later|had|have|has|were|was|been|"
    r"aussi|également|ont|a|avaient|auraient|avait|aurait|été)\s+){0,3}"
    # Or a first act coordinated before it: "the attackers looted shops and torched".
    r"|\s+[^,.;:!?\"“”«»()]{1,60}\s(?:and|et)\s+",
    re.IGNORECASE,
)
#: The comma that sets off a speaker's tag after the act told: ", the army said".
_TAG_COMMA = re.compile(r",\s*$")
#: A source named before its reporting verb: "l'armée a indiqué", "the ministry said".
_SOURCE_AFTER = gated(
    re.compile(
        r"^\s*(?:a|ont)\s+(?:annoncé|indiqué|rapporté|précisé|affirmé|déclaré)"
        r"|^\s*(?:said|announced|reported|claimed|told|added|confirmed)"
        r"|^\s*(?:annonce|affirme|indique|accuse)\b",
        re.IGNORECASE,
    )
)


#: "and" between two speakers of one reporting verb: "residents and a rebel coalition
#: said".
_AND_SPEAKER = re.compile(r"\s+(?:and|et)\s+", re.IGNORECASE)
#: A second speaker of a few words, then the English reporting verb.
_AND_SPEAKER_SAID = re.compile(r"\s+and\s+[^,.;:\n]{1,50}?\s+(?:said|told)\b", re.IGNORECASE)


def _coordinated_speaker(
    text: str, mentions: Sequence[Mention], i: int, candidates: Sequence[int]
) -> int | None:
    """The second of two speakers joined by "and" before their reporting verb ("local
    officials and a rebel group said", "a local official and a security source told
    AFP"), when ``i`` is the first; none else (since 0.62.0)."""
    joined = _AND_SPEAKER.match(text, mentions[i].end)
    if joined is None or _is_place(mentions[i]):
        return None
    partner = next((j for j in candidates if mentions[j].start == joined.end()), None)
    if (
        partner is None
        or _is_place(mentions[partner])
        or not _SOURCE_AFTER.search(text[mentions[partner].end : mentions[partner].end + 30])
    ):
        return None
    return partner


#: People named by where they live or work ("les habitants de Boni", "des responsables
#: de plusieurs villages du cercle de Bankass", "les commerçants du grand marché de
#: Kati"): the place is where they act, not an office. Since 0.58.0 also families and
#: households ("des familles de Boni ont fui vers Douentza": where they fled from).
_PEOPLE_OF = re.compile(
    r"\b(?:habitants?|populations?|villages?|villageois|communautés?|résidents?|jeunes|"
    r"déplacés|ressortissants|familles|ménages|commerçants|marchands|travailleurs|"
    r"enseignants|élèves|residents|villagers|families|households|communities|people|"
    r"traders|workers|teachers)\b",
    re.IGNORECASE,
)

#: A preposition of proximity right before a place: "près de", "non loin de", "aux abords
#: de", "near", "outside".
_NEAR = re.compile(
    r"\b(?:près\s+d[e'’]|non\s+loin\s+d[e'’]|à\s+proximité\s+d[e'’]|aux\s+abords\s+d[eu'’]|"
    r"near|outside|"
    # Since 0.20.0 where a force or detainees were ("police in Niamey arrested",
    # "détenus à la Maison centrale d'arrêt de Bamako ont recouvré la liberté"), not
    # an official's country ("The Humanitarian Coordinator in Niger").
    r"(?:police|gendarmerie|gendarmes|soldiers|troops|soldats|militaires|détenue?s|"
    r"detained|held)\s+(?:in|à|at)(?:\s+la|\s+l['’]|\s+the)?)\s*$",
    re.IGNORECASE,
)


class _Holders:
    """Spans sorted by start, with the furthest end reached so far: those that hold a
    span are found without going through them all (:func:`_holding`)."""

    def __init__(self, spans: Sequence[tuple[int, int]]):
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.reach = list(itertools.accumulate((e for _, e in self.spans), max))


#: A visit told in a relative clause of a person, right before its place: "qui s'est
#: rendu jeudi à", "qui a conduit une délégation à", "who travelled to" (no comma between).
_VISITED_IN_CLAUSE = re.compile(
    r"\b(?:qui|who)\s+(?:s['’]est\s+rendue?s?|s['’]est\s+déplacée?s?|est\s+allée?s?|"
    r"a\s+conduit|a\s+visité|visited|travell?ed|went|led\s+a\s+delegation)\b[^,;.()]{0,60}?"
    r"\b(?:à|au|aux|dans|en|to|in)\s+(?:la\s+|le\s+|l['’]|the\s+)?$",
    re.IGNORECASE,
)


def _visited(text: str, m: Mention, lo: int) -> bool:
    """Whether a place is where a person went, told in a relative clause of that person
    (:data:`_VISITED_IN_CLAUSE`), looked for from ``lo`` (since 0.66.0)."""
    return _VISITED_IN_CLAUSE.search(text, max(lo, m.start - 80), m.start) is not None


def _holding(holders: _Holders, m: Mention) -> Iterator[tuple[int, int]]:
    """The spans of ``holders`` that hold ``m`` (it may be one of them)."""
    k = bisect_right(holders.starts, m.start) - 1
    while k >= 0 and holders.reach[k] >= m.end:
        if holders.spans[k][1] >= m.end:
            yield holders.spans[k]
        k -= 1


def link_arguments(
    text: str,
    triggers: Sequence[Trigger],
    mentions: Sequence[Mention],
    event_types: dict[str, EventType],
    sentences: Sequence[tuple[int, int]],
    paragraphs: Sequence[tuple[int, int]],
    excluded_times: Sequence[tuple[int, int]] = (),
    tokens: Sequence[Token] = (),
    recalled: frozenset[int] = frozenset(),
    dateline: dt.date | None = None,
) -> list[Argument]:
    """Suggest the arguments of every trigger (rules in the module docstring).
    ``recalled``: the triggers told in the pluperfect, as background
    (events.recalled_triggers); ``dateline``: the article's date."""
    out: list[Argument] = []
    # (trigger, facility): a site named by its kind in the sentence of an event that
    # names no town there, added once every other place is settled.
    sited: list[tuple[int, int]] = []
    # Places inside a person or organisation mention ("le gouverneur de la région de
    # Tillabéri"), computed once per document.
    holders = _Holders([(m.start, m.end) for m in mentions if m.label in ("PER", "ORG")])
    held = {
        i
        for i, m in enumerate(mentions)
        if any(
            (s, e) != (m.start, m.end)
            and not _PEOPLE_OF.search(text, s, m.start)
            # "tués par des jihadistes près de *Kantchari*": a place of proximity that
            # a nominal took in says where, not who.
            and not _NEAR.search(text, max(s, m.start - 25), m.start)
            # Since 0.66.0 not where the person went, in a relative clause the mention
            # took in: "Le haut-commissaire, qui a conduit une délégation à Kiembara, a
            # présenté les condoléances" (a visit's place, not who he is).
            and not _visited(text, m, 0)
            for s, e in _holding(holders, m)
        )
        # ... or an office named right before it, a mention or not ("the governor of
        # Mopti", "les autorités de Ménaka").
        or (m.label in _PLACE_LABELS and of_office(text, m))
    }
    by_start = {t.start: t.index for t in tokens}
    written_sentences = [w for p in paragraphs for w in sentence_spans(text, *p)]
    parsed = any(t.dep for t in tokens)
    starts = [m.start for m in mentions]
    ordered = starts == sorted(starts)
    children = children_of(tokens)
    # For _elsewhere and dates_modified_noun, once per document.
    covered = trigger_tokens(triggers)
    # Whether a vehicle's line may be told (_VEHICLE_LINE), once per document.
    vehicle_lines = may_hold(lowered_text(text), _VEHICLE_LINE_WORDS)
    # The token indices of the triggers of every other label, by label (for _actor).
    foreign_of: dict[str, frozenset[int]] = {}
    # Which triggers set something on fire, once per document: each trigger's toll reads
    # every burning of the article (since 0.68.0, for speed: asked of every pair before).
    burnings = [burns(t) for t in triggers]
    for ti, trig in enumerate(triggers):
        etype = event_types.get(trig.label)
        if etype is None:
            continue
        sent = containing(sentences, trig.start)
        para = containing(paragraphs, trig.start)
        used: set[int] = set()

        def fillers(
            role: str,
            scope: tuple[int, int],
            etype: EventType = etype,
            trig: Trigger = trig,
            used: set[int] = used,
        ) -> list[int]:
            spec = etype.roles.get(role)
            if spec is None:
                return []
            # Mentions are sorted by start: only those starting in the scope are looked at.
            lo, hi = (
                (bisect_left(starts, scope[0]), bisect_right(starts, scope[1]))
                if ordered
                else (0, len(mentions))
            )
            return [
                i
                for i in range(lo, hi)
                if (m := mentions[i]).label in spec.fillers
                and scope[0] <= m.start
                and m.end <= scope[1]
                and i not in used
                and not (trig.start <= m.start and m.end <= trig.end and role != Role.INSTRUMENT)
                # Since 0.60.0 the country of a border is where, never who: "a landmine
                # blast near the border with Burkina Faso", "withdrew towards the Niger
                # border", "la fermeture de la frontière avec le Niger".
                and not (role in _PARTIES and _of_border(text, m))
            ]

        def add(
            role: str, index: int | None, score: float, ti: int = ti, used: set[int] = used
        ) -> None:
            if index is not None:
                used.add(index)
                out.append(Argument(ti, index, role, score))

        # Source first, so that the named source is not taken as the actor.
        source: int | None = None
        for i in fillers(Role.SOURCE, sent):
            if (
                (
                    _source_before(text[sent[0] : mentions[i].start])
                    # "Survivors said the attackers also looted shops": who is said to
                    # have acted is the act's subject, not a speaker (since 0.35.0).
                    and not (
                        mentions[i].end <= trig.start
                        and (
                            _SUBJECT_OF_ACT.fullmatch(text, mentions[i].end, trig.start)
                            # "according to the governor, who visited the town": the
                            # relative clause's act is the source's own (since 0.64.0).
                            or _RELATIVE_SUBJECT_AFTER.match(text, mentions[i].end, trig.start)
                        )
                    )
                )
                or (
                    (
                        mentions[i].end <= trig.start
                        # Since 0.31.0 also the speaker tagged after the act, set off by a
                        # comma: "Militants killed 34 soldiers on Thursday, the army said".
                        or _TAG_COMMA.search(text, trig.end, mentions[i].start)
                    )
                    and _SOURCE_AFTER.search(text[mentions[i].end : mentions[i].end + 30])
                    and not _is_place(mentions[i])
                )
            ):
                add(Role.SOURCE, i, 0.7)
                source = i
                break
            partner = _coordinated_speaker(text, mentions, i, fillers(Role.SOURCE, sent))
            if (partner is not None or _AND_SPEAKER_SAID.match(text, mentions[i].end)) and (
                mentions[i].end <= trig.start
                or _TAG_COMMA.search(text, trig.end, mentions[i].start)
            ):
                # "..., residents and security sources said": both speak (since 0.62.0;
                # the corpus links both as sources); the first alone when the second is
                # no mention ("local officials and a rebel group said").
                add(Role.SOURCE, i, 0.7)
                add(Role.SOURCE, partner, 0.7)
                source = i
                break
        # "Une patrouille est tombée dans une embuscade", "Le maire a été enlevé": the
        # subject of a verb of undergoing or of a passive is the victim, the recipient,
        # never the actor.
        victim = subject(
            trig, tokens, mentions, fillers(Role.RECIPIENT, sent), children, undergone=True
        )
        # Not for a deployment: "des éléments des VDP ont été déployés" names who moved,
        # its actor (since 0.16.0; the actor rule below takes it). Those recruited or
        # mobilised stay its recipient.
        if victim is None and not _verbal(trig) and not _deployed(trig):
            victim = passive_subject(
                trig, tokens, mentions, fillers(Role.RECIPIENT, sent), children
            )
        if victim is None and governing_verb(trig, tokens) is None and _UNDERGOING.match(trig.text):
            # Without a parse (English): "A Nigerien army convoy came under fire".
            # Not a place told in the subject's apposition ("Seytenga, a town in the
            # Seno province, came under attack": since 0.64.0): where it lies.
            victim = max(
                (
                    i
                    for i in fillers(Role.RECIPIENT, sent)
                    if mentions[i].end <= trig.start
                    and not (
                        mentions[i].label in _PLACE_LABELS
                        and _LOCATIVE.search(
                            text[max(sent[0], mentions[i].start - 40) : mentions[i].start]
                        )
                    )
                ),
                key=lambda i: mentions[i].end,
                default=None,
            )
        if victim is not None and _settlement(mentions[victim]):
            # "Tombouctou a essuyé des tirs d'obus": a town that undergoes the event is
            # where it happened, and the location rule below takes it.
            victim = None
        if victim is not None:
            add(Role.RECIPIENT, victim, 0.6)
        if leaving(trig) and victim is None and not _CAUSED_FLIGHT.match(trig.text):
            # "Plusieurs familles ont quitté le village": who fled is the recipient, the
            # cause of the flight its actor (codebook, SANCTION expel; since 0.14.0).
            # Not the subject of "provoquant la fuite": who caused it.
            fleeing = subject(trig, tokens, mentions, fillers(Role.RECIPIENT, sent), children)
            if fleeing is None:
                # "2 000 personnes ... fuyant les exactions": the noun the participle
                # qualifies fled (since 0.16.0).
                fleeing = _qualified(trig, tokens, mentions, fillers(Role.RECIPIENT, sent))
            if fleeing is None:
                # "a contraint 2 500 personnes à fuir", "forcing 4,000 residents to flee",
                # "4 000 habitants ont été contraints de fuir": those forced fled, never
                # the cause (since 0.62.0).
                fleeing = _forced_to_flee(text, trig, mentions, fillers(Role.RECIPIENT, sent))
            if fleeing is not None and not _armed(mentions[fleeing]):
                add(Role.RECIPIENT, fleeing, 0.6)
        spec = etype.roles.get(Role.ACTOR)
        speaker = (
            [source]
            if source is not None and spec and mentions[source].label in spec.fillers
            else []
        )
        # The act someone is accused of: the accused, never the accuser (since 0.23.1
        # also when the parse does not show it, and with all the accused named).
        charged = accused(
            text,
            trig,
            tokens,
            mentions,
            [i for i in fillers(Role.ACTOR, sent) if not _is_place(mentions[i])],
            children,
        )
        # "Mali, Burkina Faso and Niger formally left ECOWAS": the countries (or, for a
        # state's act, the capitals) that open an English sentence (since 0.50.0).
        states = (
            _states_opening(text, trig, mentions, fillers(Role.ACTOR, sent), sent)
            or _capital_before(text, trig, mentions, fillers(Role.ACTOR, sent), sent)
            if charged is None and not _parsed(trig, tokens)
            else []
        )
        choice: tuple[int, float] | None
        if states:
            choice = (states[0], 0.6)
            for i in states[1:]:
                add(Role.ACTOR, i, 0.6)
        elif charged is None:
            choice = _actor(
                text,
                trig,
                triggers,
                tokens,
                mentions,
                speaker,
                used,
                sent,
                para,
                children,
                fillers,
                foreign_of,
            )
        else:
            choice = (charged[0], 0.6) if charged else None
            for i in charged[1:]:
                add(Role.ACTOR, i, 0.6)
        if choice is None and trig.label in _STATE_ACTS:
            # "Nouakchott avait convoqué l'ambassadeur", "ce qu'Abidjan avait démenti": a
            # capital as the subject of a state's act is its government (since 0.14.0).
            capitals = [i for i in fillers(Role.ACTOR, sent) if _capital(mentions[i])]
            if capitals:
                seat = subject(trig, tokens, mentions, capitals, children)
                if seat is None:
                    seat = _capital_right_before(text, trig, mentions, capitals, sent)
                if seat is not None:
                    choice = (seat, 0.6)
        sides: list[int] = []
        if _CLASH.match(trig.text) and (choice is None or charged is None):
            # "des affrontements entre des chasseurs dozos et des jihadistes présumés":
            # both sides fought, both are actors (since 0.15.0). Since 0.27.0 the sides
            # named after the fight come before any other reading of who acted (the
            # parse may make one side the subject of the sentence's verb).
            sides = _sides_of_clash(text, trig, mentions, fillers(Role.ACTOR, sent))
            if len(sides) == 1 and choice is not None and choice[0] != sides[0]:
                # "The army clashed with JNIM fighters": the subject and the side after
                # the fight both fought.
                add(Role.ACTOR, sides[0], 0.5)
            elif sides:
                choice = (sides[0], 0.5)
                for i in sides[1:]:
                    add(Role.ACTOR, i, 0.5)
        if choice is None:
            # "un hélicoptère de l'armée a largué des vivres": the force whose aircraft
            # acted (since 0.19.1).
            owner = _owner_of_subject_craft(trig, tokens, children, mentions)
            if owner is not None and owner in fillers(Role.ACTOR, sent):
                choice = (owner, 0.5)
        if choice is None and trig.label == "ASSAULT" and trig.mode in _FROM_THE_AIR:
            # "des drones de l'armée ont frappé", "a indiqué que ses avions avaient frappé",
            # "des frappes aériennes ..., indique un communiqué de l'état-major": in the
            # Sahel only states strike from the air; the military body the sentence
            # names is the actor (since 0.19.0).
            forces = [
                i
                for i in [*speaker, *fillers(Role.ACTOR, sent)]
                if _MILITARY.search(mentions[i].text) and not _silent(text, mentions[i])
            ]
            if forces:
                choice = (min(forces, key=lambda i: abs(_distance(mentions[i], trig))), 0.5)
        if choice is None and trig.label in _SAID:
            # "Le communiqué accuse « un État étranger »": who issued the document told
            # before (since 0.25.0).
            choice = _issuer(text, trig, mentions, written_sentences, sent, fillers)
        if choice is None and _attack(trig):
            choice = _attackers_after(text, trig, mentions, written_sentences, sent, fillers)
        if choice is None and leaving(trig):
            choice = _cause_of_flight(triggers, mentions, out, trig)
        if choice is None and _RECOVERED.match(trig.text):
            choice = _recovering_force(mentions, trig)
        if choice is not None:
            add(Role.ACTOR, *choice)
            partners = _coordinated_subject(
                text, trig, mentions, choice[0], fillers(Role.ACTOR, sent)
            )
            for listed in partners if not sides else []:
                add(Role.ACTOR, listed, choice[1])
        # The spans of the actors chosen: a name inside one ("des combattants de Boko
        # Haram") is on the actor's side, no recipient (since 0.33.0).
        acting = [
            (mentions[a.mention].start, mentions[a.mention].end)
            for a in out
            if a.trigger == ti and a.role == Role.ACTOR
        ]
        after = [
            i
            for i in fillers(Role.RECIPIENT, sent)
            if mentions[i].start >= trig.end
            and not any(s <= mentions[i].start and mentions[i].end <= e for s, e in acting)
            and not _is_place(mentions[i])
            and not _IN_UNIT.search(text, max(sent[0], mentions[i].start - 40), mentions[i].start)
            and not _unit_at(text, mentions[i])
        ]
        # "held talks with Mali's transitional leader, General Assimi Goita": the person a
        # country's possessive introduces, not the country (since 0.56.0).
        # The person is linked to the act from where the country's phrase opens.
        link_from: dict[int, int] = {}
        for i in after:
            if mentions[i].label == "GPE" and _POSSESSIVE.match(text, mentions[i].end):
                person = next(
                    (
                        j
                        for j in after
                        if mentions[j].label == "PER"
                        and 0 < mentions[j].start - mentions[i].end <= 50
                    ),
                    None,
                )
                if person is not None:
                    link_from[person] = mentions[i].start
        after = [i for i in after if mentions[i].start not in link_from.values()]
        # The nearest filler after the trigger that a preposition (or nothing much) links
        # to it: a nominal ("des dirigeants d'AQMI") may come before the name it holds.
        # "clashed with JNIM fighters": a side fought, it is no recipient.
        for nearest in [] if sides else sorted(after, key=lambda i: mentions[i].start)[:2]:
            if _RECIPIENT_LINK.search(
                text[trig.end : link_from.get(nearest, mentions[nearest].start)]
            ):
                add(Role.RECIPIENT, nearest, 0.5)
                # "accuse des militaires et des supplétifs", "a reçu le préfet et le
                # maire": the one coordinated right after is a recipient too (since
                # 0.60.0, as coordinated actors are two mentions).
                partner = next(
                    (
                        i
                        for i in after
                        if mentions[i].label in _TOGETHER
                        and mentions[nearest].label in _TOGETHER
                        and _AND_THE.fullmatch(text, mentions[nearest].end, mentions[i].start)
                    ),
                    None,
                )
                if partner is not None:
                    add(Role.RECIPIENT, partner, 0.5)
                break
        if trig.label == "CONSULT" and (
            _RECEIVING.match(trig.text)
            or (
                GATHERING.match(trig.text)
                and not REFLEXIVE_BEFORE.search(text, max(0, trig.start - 12), trig.start)
            )
        ):
            _host_and_guest(out, ti, mentions, after, used, text, trig)
        # The place's sentence is the written one too: the parser sometimes ends a
        # sentence before its place ("... un détachement militaire | à Thiou, dans la
        # province du Yatenga, tandis que ...").
        written = containing(written_sentences, trig.start)
        lsent = (min(sent[0], written[0]), max(sent[1], written[1]))
        located = fillers(Role.LOCATION, lsent)
        own = [
            i
            for i in located
            if (
                not _elsewhere(mentions[i], trig, triggers, tokens, by_start, covered)
                # Since 0.68.0 a place framing the sentence ("À Niamey, le gouvernement
                # a rejeté"), which the parse often hangs on another sentence's act.
                or opening_frame(text, mentions[i], trig, triggers, written)
                # Since 0.66.0 a visit's place the act is told at by "où": "s'est rendu
                # jeudi à Boulkessi, où il a salué le courage des soldats" (the parse
                # hangs the place on the visit, the relative puts the act there).
                # Also a burning "sur l'axe Dori-Kaya, où deux camions ont été
                # incendiés". Not a seizure: custody told there ("transférés à Bamako,
                # où ils sont gardés à vue") is one act with the arrest told before it.
                or (
                    trig.label != "COERCE"
                    and _WHERE_AFTER.match(text, mentions[i].end, trig.start) is not None
                )
                # ... or by a visit told of its actor: "Le gouverneur, qui s'est rendu
                # lundi à Titao, a présenté les condoléances".
                or _visited(text, mentions[i], lsent[0])
            )
            and not other_clause(text, mentions[i], trig, triggers)
            # A release's place right after the capture's trigger is the capture's,
            # whatever the parse says ("kidnappés sur le même tronçon puis relâchés").
            and (
                (parsed and trig.mode != "release")
                or not claimed_before(text, mentions[i], trig, triggers)
            )
            and not in_circumstance(text, mentions[i], trig, triggers)
            and not _said(text, trig, mentions[i])
            and not _of_source(text, mentions[i], lsent, triggers)
            and not _reached_at(text, mentions[i])
            and not _end_beside_anaphor(text, mentions[i], lsent)
            and not _coordinated_act_place(text, mentions[i], trig, triggers)
            and (
                not _to_or_from(text, mentions, i, lsent[0])
                or _WHERE_AFTER.match(text, mentions[i].end, trig.start) is not None
                # Since 0.66.0 where the actor went, told in a relative clause ("Le
                # haut-commissaire, qui a conduit une délégation à Kiembara, a
                # présenté les condoléances"): where the main clause's act took place.
                or _visited(text, mentions[i], lsent[0])
                or _left(trig, mentions[i], text)
                or _arrived_at(trig, mentions[i], text)
                # A road is where the act happened, whatever came or went along it
                # ("un car de transport sur l'axe Djibo-Ouagadougou").
                or mentions[i].source == "road"
            )
            and not _fled_to(text, trig, mentions[i])
            and not _refuge_at(text, trig, mentions[i])
            and not in_earlier_act(text, mentions[i], trig, triggers)
            and (parsed or not _after_linked_act(text, mentions[i], trig, triggers))
            and not _reaction_place(mentions[i], trig, tokens, by_start)
            # "cette commune rurale du département de Say": the unit of the place just
            # told, which the demonstrative points back to (taken below).
            and not _UNIT_OF_THIS.search(
                text, max(lsent[0], mentions[i].start - 60), mentions[i].start
            )
        ]
        own = _without_earlier_acts_places(text, trig, triggers, mentions, own, lsent)
        # Since 0.58.0 the ends of the line a vehicle ran ("un car qui reliait
        # Bobo-Dioulasso à Ouagadougou a été attaqué près de Boromo") are not where it
        # was struck when the sentence tells that apart; alone, they are the stretch
        # the act happened on, as "entre Gossi et Hombori" is.
        ends = {
            i
            for i in (own if vehicle_lines else ())
            if _VEHICLE_LINE.search(text, max(lsent[0], mentions[i].start - 90), mentions[i].start)
        }
        if ends and len(ends) < len(own):
            own = [i for i in own if i not in ends]
        # Since 0.58.0 a unit that only situates a place set aside ("le maire de la
        # commune de Kassela, *cercle de Ségou*", "attacked Tongomayel, a town in the
        # *Soum* province, ... and burned": Tongomayel is the other act's) is set aside
        # with it: it says where that place lies, not where this event happened.
        if own:
            own = _without_situating_units(text, mentions, located, own, held)
        # A building or a site named only by its kind ("le gouvernorat", "the police
        # station") lies in a town: it does not stand in for the town the sentence or
        # the paragraph gives, and is added after them (below).
        # Since 0.61.0 a victim's home ("enlevé à son domicile") places an attack only:
        # the corpus leaves an arrest at home ("interpellé à son domicile") to its town.
        sites = [
            i
            for i in own
            if mentions[i].source in _SITE_SOURCES
            and (trig.label == "ASSAULT" or not _A_HOME.match(mentions[i].text))
        ]
        own = [i for i in own if mentions[i].source not in _SITE_SOURCES]
        # "l'attaque de l'école primaire de Lanfiéra", "l'attaque du village de X, dans
        # la sous-préfecture de Y": a noun's own complement says where, whatever other
        # place its sentence names (the visit's town told before it).
        phrase = [i for i in own if _of_noun_phrase(text, trig, mentions[i], tokens, by_start)]
        # Since 0.59.0 with the places listed with them ("un couvre-feu dans les provinces
        # du Gourma, de la Kompienga et de la Tapoa": the parse gives the noun the first).
        grown = bool(phrase)
        while grown:
            joined = [
                i
                for i in own
                if i not in phrase
                and any(_coordinated(text, mentions[i], mentions[j]) for j in phrase)
            ]
            phrase += joined
            grown = bool(joined)
        place = _location(text, trig, mentions, phrase or own, lsent, held)
        if place and all(_rank(mentions[i], text) >= 2 for i in place):
            # Since 0.68.0 a unit that frames the sentence gives way to the settlement
            # the item then names ("Dans la région de Tahoua, des unités ont accroché
            # ... près de Tébaram").
            finer = _finer_than_frame(text, trig, mentions, place, located, written, held)
            if finer is not None:
                place = [finer]
        if not _verbal(trig):
            # "à Ouahigouya, devant le haut-commissariat": where a crowd gathered or an
            # act took place inside, finer than the town named with it.
            # The model may have taken the building for a place name ("devant le
            # gouvernorat du Centre-Nord" as a LOC): a site all the same.
            buildings = sites + [
                i for i in own if i not in place and starts_with_facility(mentions[i].text)
            ]
            before = [i for i in buildings if _IN_FRONT.search(text, lsent[0], mentions[i].start)]
            # "l'attaque du marché à bétail": the site the act's noun is of is where it
            # happened, beside the town (since 0.14.0).
            targeted = [
                i
                for i in sites
                if _of_noun_phrase(text, trig, mentions[i], tokens, by_start)
                # Not one its town names ("l'attaque du poste de gendarmerie de Dioura" is
                # placed at Dioura, as the corpus codes it).
                and not _TOWN_AFTER.match(text, mentions[i].end)
            ]
            # A site of the sentence also beside a place told against another ("an
            # army post in the north of the country", since 0.41.0).
            if sites and all(mentions[i].source == "relative" for i in place):
                sited.append((ti, min(sites, key=lambda i: _distance(mentions[i], trig))))
            elif before:
                sited.append((ti, min(before, key=lambda i: _distance(mentions[i], trig))))
            elif targeted:
                sited.append((ti, min(targeted, key=lambda i: _distance(mentions[i], trig))))
        earlier = _previous_sentence(sentences, sent, para)
        # "à l'issue de la réunion", "Dans le communiqué final": what the meeting said
        # or did at its close happened where and when the meeting did.
        # What a communiqué says is of the article's main meeting, the first told; the
        # acts it condemns are not ("condamnent les attaques": where the attacks were).
        issued = _verbal(trig) and bool(
            _MEETING_OUTCOME.search(text, sent[0], trig.start)
            or _MEETING_SPEAKS.match(text, sent[0])
        )
        of_meeting = issued or bool(_AFTER_MEETING.search(text, sent[0], trig.start))
        meeting = (
            _meeting_argument(triggers, ti, out, Role.LOCATION, first=issued)
            if not place and of_meeting
            else []
        )
        if not place and not meeting and _AFTER_MEETING.search(text, sent[0], trig.start):
            # "a tenu sa session lundi à Bamako. Au terme des travaux, ... ont signé": a
            # meeting the lexicon does not take for an event still gives its place.
            meeting = _meeting_sentence_place(text, trig, mentions, sentences, sent, held, fillers)
        # Since 0.59.0 also a talk that goes on from a visit ("Il s'est entretenu avec
        # son homologue" after "une visite de travail à Moscou").
        if not place and not meeting and (_verbal(trig) or trig.label == "CONSULT"):
            meeting = _visit_place(
                text, triggers, mentions, ti, out, sent, para, earlier, sentences
            )
        if place:
            for i in place:
                add(Role.LOCATION, i, 0.6)
        elif meeting:
            # "À l'issue de l'audience, les deux délégations ont signé": where the
            # meeting told before took place.
            for i in meeting:
                add(Role.LOCATION, i, 0.5)
        elif (
            earlier is None
            and not place
            and not meeting
            and (demonstrative := _THIS_PLACE.search(text, sent[0], sent[1])) is not None
            and (
                pointed := _office_settlement(
                    text, mentions, fillers, demonstrative.group(), sentences, sent, triggers
                )
            )
            is not None
        ):
            # Since 0.58.0 "Dans cette commune, ..." opening a paragraph after "Le maire
            # de la commune de Dioura a été enlevé": the settlement of that kind the
            # sentence before named in an office's phrase (no event took it as its place,
            # so there is none to carry).
            add(Role.LOCATION, pointed, 0.5)
        elif earlier is not None and (
            _THERE.search(text, max(sent[0], trig.start - 30), trig.start)
            or _THIS_PLACE.search(text, sent[0], sent[1])
        ):
            # "Les habitants de Tongomayel vivent sous blocus. Mercredi, des combattants
            # y ont détruit le château d'eau": "y" stands for the place just named.
            there = [
                i
                for i in fillers(Role.LOCATION, earlier)
                if not _of_source(text, mentions[i], earlier, triggers)
                and mentions[i].source not in _SITE_SOURCES
            ]
            found = _location(text, trig, mentions, there, earlier, held)
            for i in found:
                add(Role.LOCATION, i, 0.5)
        elif (
            reference(text, sent) in (None, "town")
            and trig.mode != "release"
            and trig.label not in _SPOKEN
            # Since 0.68.0 nor for a decision that ends or cuts ties (SANCTION
            # discontinue, withdraw): "Le PAM a annoncé la suspension de ses convois",
            # "avaient rappelé leurs ambassadeurs", "les sanctions imposées alors au
            # Niger" are decided where the deciding body sits, not where the paragraph's
            # attacks took place.
            and not (trig.label == "SANCTION" and trig.mode in _CUTTING_TIES)
            # Nor for a roundup's item told elsewhere (since 0.61.0): "Plus au sud, des
            # assaillants ont attaqué un poste de police" is not where the last one was.
            and not ELSEWHERE.match(text, lsent[0])
            # Nor for strikes on attackers in flight (since 0.19.0): they are hit away
            # from where they attacked.
            and not (trig.label == "ASSAULT" and in_pursuit(text, lsent))
        ):
            # Never for a release (since 0.18.0): captives are freed where their captors
            # chose, not where the paragraph's other acts took place. Nor for a denial:
            # the place told before it is that of the act denied, not where its author
            # spoke; since 0.24.0 nor for any act done by speaking (an accusation, a
            # demand, praise, a concession, a promise, a threat), for the same reason.
            # Not when the sentence points back ("sur place") or names an area ("dans
            # la zone"): carried_places settles those. "la ville" may be the town the
            # paragraph named ("à Djibo ... aux abords de la ville"): that one first.
            # Only what the paragraph told before: a place named after the event's
            # sentence is that of what comes next ("another march would take place
            # next month in Bobo-Dioulasso", "taken to the hospital in Bandiagara").
            pool = [
                i
                for i in fillers(Role.LOCATION, (para[0], lsent[0]))
                if i not in held
                and mentions[i].source not in _SITE_SOURCES
                # Where another sentence's act lay against a town or a border is not
                # this act's place (since 0.41.0).
                and mentions[i].source != "relative"
                and (
                    _LOCATIVE.search(text[max(0, mentions[i].start - 40) : mentions[i].start])
                    or relative_reference(mentions[i])
                )
                and not _elsewhere(mentions[i], trig, triggers, tokens, by_start, covered)
                and (parsed or not claimed_before(text, mentions[i], trig, triggers))
                and not in_circumstance(text, mentions[i], trig, triggers)
                and not _said(text, trig, mentions[i])
                and not _of_source(
                    text, mentions[i], containing(sentences, mentions[i].start), triggers
                )
                and not _to_or_from(text, mentions, i, 0)
                and not _reached_at(text, mentions[i])
            ]
            if pool:
                pool = _inner_settlements(
                    text,
                    mentions,
                    pool,
                    [i for i in fillers(Role.LOCATION, (para[0], lsent[0])) if i not in held],
                )
                # A country only when the paragraph names nothing finer ("au Mali" is the
                # fallback of the fallback); since 0.18.0 a region or a second-level unit
                # only when it names no town or locality ("à 15 km de Bankilaré, dans la
                # région de Tillabéri. Les assaillants ont ensuite incendié": near
                # Bankilaré; "près de Boni, dans le cercle de Douentza": Boni); then the
                # nearest. Since 0.19.0 only a town or a locality: a unit the paragraph
                # names is too coarse for an act of another sentence, and leaves the
                # place to the rules below (development corpus: right 868 -> 871, wrong
                # 138 -> 130).
                nearest = min(
                    pool,
                    key=lambda i: (
                        _fallback_tier(_rank(mentions[i], text)),
                        _distance(mentions[i], trig),
                    ),
                )
                if _fallback_tier(_rank(mentions[nearest], text)) == 0:
                    add(Role.LOCATION, nearest, 0.4)
        # Time: in the trigger's sentence, unless it dates another act (eventtime.py);
        # else told before it in the paragraph; a material act (what the attackers did
        # next) else takes the time told before it in the article.
        scopes = [(sent, 0.7), (para, 0.5)]
        # The day a statement continuing the speaker of the sentence before takes when
        # its own scopes tell none (since 0.59.0, below).
        carried: int | None = None
        linked_act = (
            None
            if parsed
            else _EN_AFTER_ACT.search(text, max(sent[0], trig.start - 60), trig.start)
        )
        # A release is not told in sequence with the capture: its day is its own
        # sentence's or paragraph's (codebook: "a priest kidnapped last month has been
        # freed" gives the release no day).
        if trig.label in _NARRATED and trig.mode != "release" and not _numbered_point(text, para):
            scopes.append(((0, para[0]), 0.4))
        if later(text, trig) or later_unresolved(text, trig, mentions):
            scopes = []  # "kidnappés le 3 ... puis relâchés": a later time, not told
            freed_on = freed_then_on(text, trig, fillers(Role.TIME, sent), mentions)
            if freed_on is not None:
                # "... puis relâchés dans la soirée": a time of the release's own phrase.
                add(Role.TIME, freed_on, 0.7)
        elif _VAGUE_TIME.search(text, sent[0], sent[1]):
            # "Ces derniers jours, plusieurs enlèvements ont été signalés", "In recent
            # days, several fishermen have been abducted": the sentence tells its time,
            # too vague to normalise (codebook, TIME); not the day of another sentence
            # (since 0.59.0: 0.58.0 borrowed the lead's day).
            scopes = [(sent, 0.7)]
        elif not parsed and statement_objecting(text, trig, triggers):
            # "They urged ... and condemned the recent attacks on civilians": the act a
            # statement names is not dated by the days told before (since 0.59.0: 0.58.0
            # gave the attacks the summit's Sunday); its own sentence may date it.
            scopes = [(sent, 0.7)]
        elif trig.label in _UNBORROWING or promise(trig):
            # "X a appelé au calme", "Le gouvernement a rejeté ces accusations": when a
            # demand, an accusation or a denial was made is told in its own sentence or
            # not at all (since 0.13.0: on the 354 development articles, borrowing gave
            # 20 wrong or unwanted days for 9 right ones).
            scopes = [(sent, 0.7)]
            if _CONTINUED.match(text, sent[0], trig.start):
                # "Mardi, le préfet s'est rendu à Tori. Il a exhorté les communautés"
                # (since 0.16.0): a pronoun opening the sentence goes on with who acted
                # in the one before, on the day that one told.
                # Not the day of an attack told there ("tués le 12 novembre ... Il a
                # exhorté"): the speaker's own day only.
                previous = sentence_before(sentences, sent)
                if previous is not None and not any(
                    t.label in _VIOLENT and previous[0] <= t.start < previous[1] for t in triggers
                ):
                    scopes.append((previous, 0.5))
                if previous is not None:
                    carried = _speaker_day(triggers, out, previous)
            elif (lead_in := sentence_before(sentences, sent)) is not None and _day_lead_in(
                text, lead_in, para, triggers
            ):
                # "La réponse ivoirienne est tombée dès mercredi matin. Abidjan a rejeté
                # ces allégations", "The reaction came on Thursday. The ministry denied":
                # a sentence of the paragraph that tells no act, only a day, leads into
                # the statement told next (since 0.69.0).
                scopes.append((lead_in, 0.5))
        elif (trig.label, trig.mode) in _RESTRICTING or (
            # Since 0.67.0 a COERCE suspension too ("La circulation sur l'axe a été
            # suspendue pendant trois jours", "a suspendu jusqu'à nouvel ordre les
            # passages"): a measure, not the next step of the act told before.
            trig.label in ("SANCTION", "COERCE") and _suspending(text, trig)
        ):
            # "La circulation des motos est interdite", "des familles ont quitté leurs
            # villages": a ban or a flight lasts; the day of the act told before is not
            # its start (since 0.14.0: on the 386 development articles, borrowing gave 6
            # unwanted days and no right one).
            scopes = [(sent, 0.7)]
        elif _LASTING.match(trig.text):
            # "le blocus imposé à la ville": a state that began long before; the day of
            # another sentence's act is not its start (since 0.13.0).
            scopes = [(sent, 0.7)]
        elif (
            _OTHER_STORY.match(text, sent[0])
            or told_before_clause(trig, tokens)
            # English has no parse: "The attack came less than a week after an ambush
            # on a supply convoy" (since 0.35.0).
            or linked_act is not None
            or reported_act(text, trig, tokens, sent)
            # "the army said it had carried out air strikes ..., killing about twenty":
            # the toll of a reported act is reported too (since 0.35.0).
            or (
                _TOLL_GERUND.match(trig.text)
                and _AFTER_COMMA.search(text, max(sent[0], trig.start - 3), trig.start)
                and any(
                    sent[0] <= o.start < trig.start and reported_act(text, o, tokens, sent)
                    for o in triggers
                )
            )
        ):
            # "ont fui fin octobre après des attaques", "a annoncé mercredi avoir
            # arrêté": the act's day is not told, only the saying's; only a time of its
            # own phrase, and none borrowed when the sentence has no time either ("the
            # ministry announced the arrest"; "Survivors said the attackers also
            # looted" is no reported act: it borrows as before).
            scopes = [(sent, 0.7)]
        if _prenominal_captives(text, trig, triggers, tokens, sent):
            # "Soldiers rescued 14 kidnapped farmers on Tuesday": the day is the
            # rescue's; the abduction the adjective recalls is dated where it is told, if
            # anywhere (since 0.60.0).
            scopes, carried = [], None
        for scope, score in scopes:
            pool = [
                i
                for i in fillers(Role.TIME, scope)
                if not any(s <= mentions[i].start < e for s, e in excluded_times)
                and not _BOUND.search(text, max(0, mentions[i].start - 14), mentions[i].start)
                and not _record_since(text, mentions[i])
                and not COVERED_PERIOD.search(
                    text, max(0, mentions[i].start - 40), mentions[i].start
                )
                and not counted_from(text, mentions[i], trig)
                and not _ahead_of_done_act(text, mentions[i], trig, sent, dateline)
                # "police arrested six people on Saturday in connection with an attack",
                # "shot dead a chief on Thursday, days after the group abducted": the day
                # before the linking words is the other act's (since 0.56.0).
                # Not for a bare "after": "In mid-November, a convoy had turned back after
                # coming under fire" dates both.
                and (
                    linked_act is None
                    or not _another_acts_link(linked_act)
                    or mentions[i].start >= linked_act.start()
                )
            ]
            if scope == sent and promise(trig):
                # "a annoncé mardi que les élèves seraient accueillis la semaine
                # prochaine": a time after "que" is that of what is promised (since 0.18.1).
                opener = _PROMISED.search(text, trig.start, sent[1])
                cut = opener.start() if opener else trig.end
                pool = [i for i in pool if mentions[i].start < cut]
            if scope == sent and measure_as_state(text, trig, sent):
                # "la frontière demeure fermée", "une ville soumise à un blocus, ont
                # indiqué lundi des sources", "a curfew was in force": a measure told as a
                # standing state is dated by its own start ("depuis août 2023") or not at
                # all; not by the saying's day nor by the act its "depuis" names (since
                # 0.67.0; codebook: a ban restated "demeure interdite" has no time).
                pool = [i for i in pool if state_start(text, mentions[i], trig)]
            if scope == sent:
                # "a prorogé mercredi l'interdiction en vigueur depuis le 1er octobre":
                # the start of the state is no act's day when the sentence tells one
                # (alone, "suspendue depuis mai" dates an ongoing state, as the gold does).
                since = [i for i in pool if since_bound(text, mentions[i])]
                # "la grève qu'il observait depuis samedi", "observent depuis lundi un arrêt
                # de travail": a lasting act's own "depuis" is its start (since 0.17.0).
                own_since = [
                    i
                    for i in since
                    if _ONGOING_ACT.search(trig.text)
                    and abs(_distance(mentions[i], trig)) <= _OWN_SINCE_REACH
                    and not _SENTENCE_BREAK_BETWEEN.search(
                        text, min(mentions[i].end, trig.end), max(mentions[i].start, trig.start)
                    )
                ]
                # "held since the July 2023 coup": the time that opens the trigger noun's
                # own phrase is the act's day; "since" bounds the holding (since 0.43.0).
                own_since += [
                    i
                    for i in since
                    if mentions[i].end + 1 == trig.start
                    and _ARTICLE_OPENING.search(
                        text, max(0, mentions[i].start - 6), mentions[i].start
                    )
                ]
                if own_since:
                    pool = own_since
                elif since and len(since) < len(pool):
                    pool = [i for i in pool if i not in since]
                # "a signé lundi soir un arrêté instaurant, à compter de ce mardi, un
                # couvre-feu": the day a measure told after it takes effect is not when
                # it was decided, when the sentence tells that day too (alone, "interdite
                # à compter de lundi" is the gold's day of the ban; after the trigger,
                # "seraient déployées à partir de mercredi" is the planned act's; since
                # 0.60.0). Since 0.66.0 after a concession or a commitment too: "a annoncé
                # la levée, à compter du 1er décembre, de la suspension" was announced on
                # the sentence's other day.
                effective = [
                    i
                    for i in pool
                    if (mentions[i].end <= trig.start or trig.label in ("CONCEDE", "AGREE"))
                    and _TAKING_EFFECT.search(
                        text, max(0, mentions[i].start - 16), mentions[i].start
                    )
                ]
                if effective and len(effective) < len(pool):
                    pool = [i for i in pool if i not in effective]
                # Once for the pool (not once per time in it, as a condition would), and
                # not for an empty one.
                told = (
                    foreign_times(trig, triggers, mentions, pool, tokens, by_start, sent, text)
                    if pool
                    else set()
                )
                if told and trig.label in _OCCASION:
                    # "ont été reçus lundi par le gouverneur, qui a appelé", "a reçu
                    # dimanche l'ambassadeur, avec lequel il a convenu", "ont réclamé
                    # vendredi, lors d'une rencontre": what was said at a meeting is of
                    # the meeting's day (since 0.60.0).
                    told = {
                        i
                        for i in told
                        if not _one_occasion(text, trig, triggers, sent)
                        # "un comité qui devrait se réunir en janvier": a meeting to come.
                        or AHEAD.search(text, max(0, mentions[i].start - 100), mentions[i].start)
                    }
                if told:
                    # "a affirmé avoir mené mercredi une frappe de drone": a time between
                    # the verb of doing and the act's noun is that act's own (since
                    # 0.60.0; 0.59.1 judged it the saying's).
                    told = {i for i in told if not _light_verb_day(text, mentions[i], trig)}
                if told and trig.label in _NARRATED:
                    # "Dimanche, des jeunes ont brûlé des pneus et lancé des pierres sur
                    # les agents, qui les ont dispersés": a time opening the sentence
                    # frames every act it tells in sequence (since 0.60.0; 0.59.1 gave
                    # the dispersal the day of the sentence before).
                    told = {
                        i
                        for i in told
                        if not _frames_sentence(text, mentions[i], trig, triggers, sent)
                    }
                pool = [i for i in pool if i not in told]
            else:  # not a time of the sentence judged another act's above
                pool = [
                    i
                    for i in pool
                    if borrowable(text, mentions[i], trig)
                    and mentions[i].end <= sent[0]
                    and not told_in_earlier_act(text, mentions[i], triggers)
                    and not told_when(mentions[i], tokens, by_start, text)
                    and not dates_modified_noun(mentions[i], tokens, by_start, covered)
                    and not dates_named_act(mentions[i], tokens, by_start)
                    and not told_of_source(mentions[i], tokens, by_start)
                    and not (
                        trig.label in _VIOLENT and _dates_aftermath(triggers, mentions, out, i)
                    )
                    and not (
                        trig.label in _VIOLENT and _spoken_day(triggers, sentences, mentions[i])
                    )
                    and not (
                        ti not in recalled
                        and _background_day(triggers, sentences, mentions[i], recalled, dateline)
                    )
                ]
                if scope[1] <= para[0] and trig.label in _VIOLENT:
                    pool = _attack_days(triggers, out, pool, mentions, text)
            if pool:
                add(Role.TIME, min(pool, key=lambda i: _distance(mentions[i], trig)), score)
                break
        else:
            if carried is not None and not any(
                s <= mentions[carried].start < e for s, e in excluded_times
            ):
                # "Ils ont appelé ... Ils ont également salué", "Le gouverneur s'est rendu
                # mercredi à Ayorou, où des hommes armés ont tué ... la semaine dernière.
                # Il a appelé": the day of the speaker's own act in the sentence before,
                # told there or carried to it, not the day of an attack told there.
                add(Role.TIME, carried, 0.5)
            elif of_meeting and scopes:
                # "Dans le même texte, l'organisation demande": the day of the meeting
                # whose communiqué it is (since 0.17.0).
                for i in _meeting_argument(triggers, ti, out, Role.TIME, first=issued)[:1]:
                    add(Role.TIME, i, 0.5)
            elif scopes and _meeting_voice(text, trig, sent, tokens, by_start):
                # "Les trois dirigeants ont salué ...", "Le communiqué accuse par
                # ailleurs", "The leaders also condemned": what the parties to the
                # article's main meeting, or its final document, say in a sentence with
                # no day of its own was said at that meeting, on its day, however far
                # on (corpus README: a summit's communiqué takes the summit's day;
                # since 0.67.0).
                for i in _meeting_argument(triggers, ti, out, Role.TIME, first=True)[:1]:
                    if not any(s <= mentions[i].start < e for s, e in excluded_times):
                        add(Role.TIME, i, 0.4)
            elif scopes and (trig.label in _SAID or promise(trig)):
                # "Dans sa note, le HCR appelle", "Le communiqué malien accuse": what a
                # document told before says was said the day it was issued (since 0.21.0).
                issue = _issue_day(text, trig, mentions, written_sentences, sent, fillers)
                if issue is not None and not any(
                    s <= mentions[issue].start < e for s, e in excluded_times
                ):
                    add(Role.TIME, issue, 0.5)
                else:
                    # "Le gouverneur s'est rendu jeudi à Kani. [...] le gouverneur a
                    # présenté les condoléances": the speaker of the lead's visit,
                    # meeting or statement, named again, speaks on its day (since
                    # 0.62.0).
                    lead_day = _lead_speaker_day(
                        triggers,
                        mentions,
                        out,
                        ti,
                        paragraphs,
                        sentences,
                        sent,
                        text,
                        present=_told_present(text, trig, tokens, by_start),
                    )
                    if lead_day is not None and not any(
                        s <= mentions[lead_day].start < e for s, e in excluded_times
                    ):
                        add(Role.TIME, lead_day, 0.4)
            elif scopes and trig.label in _OCCASION_ACTS:
                # "Le gouverneur s'est rendu jeudi à Kani [...] Le gouverneur a remis des
                # vivres", "Le préfet a rencontré mardi les commerçants. Le préfet a
                # déployé des agents", "The governor visited the camp on Monday. The
                # governor handed over food": the actor of the lead's visit, meeting or
                # handover, named again in the lead's paragraph or the next one, does a
                # further act of that occasion (a gift, a meeting, an agreement, a
                # deployment, a lifting) on its day (since 0.68.0). Not after a violent
                # lead act, nor for another actor, nor further on (_lead_speaker_day).
                lead_day = _conjoined_day(text, trig, triggers, out, sent)
                if lead_day is None and not _SHIFTED_FRAME.search(text, sent[0], trig.start):
                    # Not "Au terme de deux jours de travaux, ils ont adopté": a day after
                    # the lead's, which the article does not tell.
                    lead_day = _lead_speaker_day(
                        triggers, mentions, out, ti, paragraphs, sentences, sent, text
                    )
                if lead_day is not None and not any(
                    s <= mentions[lead_day].start < e for s, e in excluded_times
                ):
                    add(Role.TIME, lead_day, 0.4)
        pool = fillers(Role.INSTRUMENT, sent)
        if trig.mode in ("destroy", "seize"):
            # "ont incendié deux camions", "ont emporté des motos": the vehicles burned
            # or taken are what the act was done to, not what it was done with (since
            # 0.55.0).
            pool = [
                i
                for i in pool
                if not (
                    mentions[i].label == "VEH"
                    and mentions[i].start >= trig.end
                    and _ACTED_ON_AFTER.fullmatch(text, trig.end, mentions[i].start) is not None
                )
            ]
        if pool:
            # "destroyed a camp near Ayorou on Thursday, seizing weapons and motorcycles",
            # "ont arrêté quatre suspects et saisi trois motos": what a seizure of the
            # sentence took is the seized goods, no instrument of that act nor of its
            # neighbours (since 0.59.0).
            seizures = [
                t
                for t in triggers
                if t.label == "COERCE" and t.mode == "seize" and sent[0] <= t.start < sent[1]
            ]
            if seizures:
                pool = [
                    i
                    for i in pool
                    if not any(
                        t.end <= mentions[i].start
                        and _SEIZED_GOODS.fullmatch(text, t.end, mentions[i].start) is not None
                        for t in seizures
                    )
                ]
        if pool:
            add(Role.INSTRUMENT, min(pool, key=lambda i: _distance(mentions[i], trig)), 0.6)
        # "ont tué quatre éleveurs et incendié leurs cases": the dead are the killing's,
        # not the burning's (an event of its own, merge_mentions).
        # "The attack came a day after gunmen torched a bus ..., wounding four
        # passengers": a burning's toll told by its own participle is the burning's, not
        # that of an attack told before it in the sentence (since 0.40.0). The ends of
        # those participles: of this burning, or of the burnings after this act.
        outcomes = [
            outcome.end()
            for t, burning in zip(triggers, burnings, strict=True)
            if burning
            and (t is trig if burnings[ti] else trig.end <= t.start)
            and (outcome := _OUTCOME_PARTICIPLE.match(text, t.end, sent[1]))
        ]
        beside_attack = burnings[ti] and any(
            t.label == "ASSAULT"
            and not burning
            and sent[0] <= t.start < sent[1]
            and not (outcomes and t.end <= trig.start)
            for t, burning in zip(triggers, burnings, strict=True)
        )
        # "fait état de quatre blessés et de l'enlèvement de deux femmes": the wounded
        # are the attack's (told before, or beside it), the abducted the abduction's.
        abducting = trig.label == "ASSAULT" and trig.mode == "abduct"
        # In the written sentence, which the counts are taken from (the parse may cut
        # "... incendiés, et au moins quatre chauffeurs ont été emmenés" in two).
        abduction_beside = trig.label == "ASSAULT" and any(
            t.label == "ASSAULT" and t.mode == "abduct" and lsent[0] <= t.start < lsent[1]
            for t in triggers
        )
        for i in [] if beside_attack else fillers(Role.CASUALTIES, lsent):
            kind = mentions[i].choices.get(EntityAttribute.CASUALTY_KIND, [None])[0]
            if not counts_for(trig, kind):
                continue
            if abducting and kind in ("killed", "injured"):
                continue
            if abduction_beside and not abducting and kind == "abducted":
                continue
            if trig.label == "RETREAT" and whole_of_part(text, mentions[i].start):
                continue  # "Vingt des 50 femmes enlevées ont été libérées": the 50 (0.59.0)
            if trig.label in ("ASSAULT", "COERCE") and part_of_whole(
                text, mentions[i].start, mentions[i].end
            ):
                continue  # ... the twenty are the release's, not the abduction's (0.59.0)
            if (
                trig.label in ("ASSAULT", "COERCE")
                and kind in ("abducted", "arrested")
                and _PART_OF_CAPTIVES.match(mentions[i].text)
                and RELEASE_WORD.search(text, *lsent)
            ):
                # "Three of the kidnapped were later released": a part of the captives
                # the release frees, the release's count, not the capture's (0.59.0).
                continue
            if not burnings[ti] and any(end <= mentions[i].start for end in outcomes):
                continue  # a later burning's own toll, told by its participle (0.40.0)
            if burnings[ti] and kind in ("killed", "injured") and _OTHERS.search(mentions[i].text):
                # "Onze autres soldats ont été blessés et deux véhicules incendiés": the
                # others of a toll told before, the attack's, not the burning's (0.19.0).
                continue
            if (
                burnings[ti]
                and kind in ("killed", "injured")
                and _OWN_HARM.search(text, mentions[i].start, min(lsent[1], mentions[i].end + 25))
            ):
                # "More than 40 people were injured and dozens of homes burned", "Deux
                # camions avaient été incendiés et un militaire blessé": a count told with
                # its own word of harm after it is the attack's, not the burning's (since
                # 0.59.0); "torched a bus, wounding four passengers" and "set fire to
                # stalls and wounded three traders" stay the burning's.
                continue
            if (
                ti in recalled
                and mentions[i].end <= trig.start
                and _EARLIER_ACT_CLAUSE.search(text, mentions[i].end, trig.start)
            ):
                # "Deux soldats ont été tués dimanche à Solhan, où une attaque avait fait
                # plus de 130 morts en 2021": the act recalled in a clause of its own has
                # none of the counts told before that clause (since 0.61.0).
                continue
            if trig.end <= mentions[i].start and _another_acts_toll(
                text, trig.end, mentions[i].start
            ):
                # "Cette attaque survient une semaine après celle du 3 février contre un
                # autre car, qui avait fait cinq morts": another act's toll (0.59.0).
                continue
            if _RUNNING_TOTAL.search(mentions[i].text):
                continue  # "portant à 40 le nombre de civils tués": a running total (0.61.0)
            if not replaced_toll(text, mentions, i) and not broken_down(text, mentions[i]):
                add(Role.CASUALTIES, i, 0.6)
        if trig.label == "RETREAT" and not any(
            a.trigger == ti and a.role == Role.CASUALTIES for a in out
        ):
            freed = _freed_before(text, trig, mentions, sentences, sent, para)
            if freed is not None:
                add(Role.CASUALTIES, freed, 0.5)
    out.extend(
        _orphan_counts(triggers, mentions, event_types, paragraphs, written_sentences, out, text)
    )
    linked = [(a.trigger, a.mention, a.role) for a in out]
    out += [
        Argument(ti, mi, Role.LOCATION, score)
        for ti, mi, score in carried_places(
            text,
            triggers,
            mentions,
            event_types,
            sentences,
            paragraphs,
            linked,
            settlement=lambda mi: names_a_town(text, mentions[mi]),
            away=lambda mi: taken_to(text, mentions[mi]),
            sited=sited,
        )
    ]
    # "ont pillé le camp", "dispersés devant le gouvernorat": the site beside the town
    # told before (or alone when none is), for a material act, not for what is said.
    out += [Argument(ti, mi, Role.LOCATION, 0.5) for ti, mi in sited]
    out = [
        a
        for a in out
        if a.role != Role.LOCATION
        or mentions[a.mention].source != "relative"
        or _told_together(triggers[a.trigger], mentions[a.mention], sentences, written_sentences)
    ]
    # A part of the country opening a roundup's item ("Dans le nord du pays, le FLA a
    # accusé ...") is the item's heading, not where words were said or captives freed
    # (since 0.66.0); a material act of the item keeps it.
    out = [
        a
        for a in out
        if a.role != Role.LOCATION
        or not (triggers[a.trigger].label in _SPOKEN or triggers[a.trigger].mode == "release")
        or not _heading_area(text, mentions[a.mention])
    ]
    return _named_in_full(text, mentions, out)


#: A part of the country the article is about, opening a sentence as its heading: "Dans
#: le nord du pays,", "Dans l'extrême sud du pays,", "In the north of the country,".
_HEADING_AREA = re.compile(
    r"(?:dans|in)\s+(?:le|la|l['’]|the)\s*(?:extrême[- ]|far\s+)?"
    r"(?:nord|sud|est|ouest|centre|north|south|east|west)(?:-(?:est|ouest))?\s+"
    r"(?:du\s+pays|of\s+the\s+country)",
    re.IGNORECASE,
)


def _heading_area(text: str, m: Mention) -> bool:
    """Whether a place is a part of the country told as a sentence's heading, with a
    comma after it and nothing before it in its line or sentence (:data:`_HEADING_AREA`)."""
    if _HEADING_AREA.fullmatch(m.text.strip()) is None:
        return False
    before = text[max(0, m.start - 3) : m.start]
    opens = m.start == 0 or before.endswith("\n") or re.search(r"[.!?]\s*$", before) is not None
    return opens and text[m.end : m.end + 2].lstrip().startswith(",")


#: Where the wounded or the captives were taken, before the name of the town or of the
#: care site in it: "évacués vers le centre de santé de référence de *Niono*", "admis à
#: l'hôpital de *Dori*", "transportés au CSPS de *Kaya*", "taken to the hospital in *Gao*".
#: No stop between: the move is told in the clause of the name.
_TAKEN_TO = gated(
    re.compile(
        r"\b(?:évacu|transf[ée]r|transport|achemin|admis|hospitalis|soign|pris\s+en\s+charge|"
        # Since 0.69.0 any verb that moves the wounded to care, in both languages:
        # "conduits au CSPS de", "amenés à l'hôpital de", "carried them by cart to the
        # health centre in", "brought to the clinic in", "flown to the hospital in".
        r"condui[ts]|amen[ée]|emmen[ée]|port[ée]s|carri|carry|brought|flown|driven|ferried|"
        r"evacuat|taken|rushed|admitted|treated)\w*\s+[^.;:!?\n]{0,60}?"
        r"(?:vers|à|au|aux|dans|de|d['’]|du|to|in|at)\s*(?:la\s+|le\s+|l['’]|the\s+)?$",
        re.IGNORECASE,
    )
)
#: A care site or a place people are moved to, told between the move and the name.
_CARE_SITE = re.compile(
    r"\b(?:hôpital|centre\s+(?:de\s+santé|médical|hospitalier)|CSPS|CSRef|CSCom|CHR|CHU|"
    r"clinique|dispensaire|hospital|clinic|health\s+(?:centre|center))\b|\b(?:vers|to)\s*$",
    re.IGNORECASE,
)


def taken_to(text: str, m: Mention) -> bool:
    """Whether a place is where the wounded or people seized were taken after an act
    (:data:`_TAKEN_TO`, with a care site or "vers" between): it places that move, never
    an act told after it (since 0.66.0)."""
    found = _TAKEN_TO.search(text, max(0, m.start - 80), m.start)
    return found is not None and _CARE_SITE.search(found.group()) is not None


def _cared_at(text: str, m: Mention, lo: int) -> bool:
    """Whether a place is the care site the wounded were moved to, or its town (since
    0.69.0): "conduits au *centre de santé* de *Banibangou*", "amenés à
    l'*hôpital de Bankass*", "carried by cart to the health centre in *Tillia*" (the
    family of :data:`_TAKEN_TO`: any verb of moving the wounded, French and English).
    Such a place is the move's, never the act's told in the same sentence."""
    # A span may hold its own preposition ("au centre de santé"): read the move up to it.
    lead = _LEADING_PREPOSITION.match(m.text)
    end = m.start + (lead.end() if lead else 0)
    found = _TAKEN_TO.search(text, max(lo, m.start - 80), end)
    if found is None or _WOUNDED.search(text, max(lo, found.start() - 120), found.end()) is None:
        # Goods moved to a clinic ("acheminaient des médicaments vers le centre de
        # santé de Diabaly") may be where the act was bound: only people hurt count.
        return False
    return (
        _CARE_SITE.search(found.group()) is not None
        or _CARE_SITE.match(m.text, lead.end() if lead else 0) is not None
    )


#: The people moved to care, told before the move or in it: the hurt, and freed captives
#: ("les ex-otages ont été conduits au centre de santé").
_WOUNDED = re.compile(
    r"\b(?:bless|wound|injur|victim|rescap|surviv|otage|hostage|captive|ex-otage)", re.IGNORECASE
)
_LEADING_PREPOSITION = re.compile(r"(?:au|aux|à(?:\s+la)?|à\s+l['’]|to\s+the|to)\s*", re.IGNORECASE)


def _inner_settlements(
    text: str, mentions: Sequence[Mention], pool: list[int], told: Sequence[int]
) -> list[int]:
    """The paragraph's candidate places for an act its sentence does not place, with a
    unit that only says where a settlement told right before it lies replaced by that
    settlement (since 0.66.0): "Le village de Kourouma, dans la commune de Sokolo, a
    été attaqué. [...] ont incendié des greniers" burnt them in Kourouma, not in the
    commune, even when only the unit follows a locative."""
    inner = _containers(text, mentions, sorted({*pool, *told}))
    out: list[int] = []
    for i in pool:
        j = inner.get(i)
        while j is not None and j in inner:
            j = inner[j]  # a chain: "X, dans la commune de Y (cercle de Z)": X
        if j is not None and (
            names_a_town(text, mentions[j])
            # A settlement named with its kind ("le hameau de Dabel" as one mention) or
            # a camp the gazetteer lacks, no coarser than the unit it lies in.
            or (
                mentions[j].label in ("GPE", "LOC")
                and mentions[j].source not in ("road", "relative")
                and _rank(mentions[j], text) <= _rank(mentions[i], text)
            )
        ):
            i = j
        if i not in out:
            out.append(i)
    return out


#: What puts an unresolved name among settlements: "à Kompienbiga", "le village de Noaka".
_SETTLEMENT_BEFORE = re.compile(
    r"(?:\b(?:à|in|at|near)|\b(?:village|localité|hameau|ville|town)\s+(?:de|d['’]|of)"
    # Since 0.60.0 a place named by its people: "les habitants de Sobane", "residents of".
    r"|\b(?:habitants|villageois|résidents|inhabitants|residents|villagers)"
    r"\s+(?:de|d['’]|of))\s*$",
    re.IGNORECASE,
)


def names_a_town(text: str, m: Mention) -> bool:
    """Whether a place mention names a town or a locality (what "la ville", "la localité"
    point back to, since 0.59.0): ranked as one, not a road nor a site (which rank as
    towns), and when the gazetteer does not know it, told as one ("à Kompienbiga", "le
    village de Noaka"; not "la police nationale du Guiriko")."""
    if m.label == "FAC" or m.source in ("road", "relative") or _rank(m, text) > 1:
        return False
    if m.choices.get(EntityAttribute.PLACE_PRECISION) or m.rank_as:
        return True
    return _SETTLEMENT_BEFORE.search(text, max(0, m.start - 24), m.start) is not None


def _told_together(
    trig: Trigger,
    place: Mention,
    sentences: Sequence[tuple[int, int]],
    written_sentences: Sequence[tuple[int, int]],
) -> bool:
    """Whether a place lies in the trigger's sentence, parsed or written. A place told
    against another ("près de la frontière", "à l'entrée du village") is that of its
    own sentence's act only (since 0.41.0): no other sentence's act borrows it."""
    return any(
        s <= trig.start < e and s <= place.start < e
        for s, e in (containing(sentences, trig.start), containing(written_sentences, trig.start))
    )


#: An acronym in brackets right after the name it stands for: "Reporters sans frontières
#: (RSF)", "the Norwegian Refugee Council (NRC)".
_BRACKETED_ACRONYM = re.compile(r"\s*\(\s*$")


def _titled(text: str, title: Mention, name: Mention) -> bool:
    """Whether ``title`` is a person named by function ("le maire", "The governor") and
    ``name`` the person's name set off by a comma right after it. The recogniser often
    takes "ministre de la Sécurité" for an organisation: a title may be one whose first
    noun names a person."""
    determiner = _TITLE_DETERMINER.match(title.text)
    words = title.text[determiner.end() if determiner else 0 :].split()
    return (
        name.label == "PER"
        and bool(words)
        and (determiner is not None or words[0][:1].islower())
        and (title.label == "PER" or (title.label == "ORG" and words[0].lower() in PERSON_NOUNS))
        and name.text[:1].isupper()
        and _APPOSITION.fullmatch(text, title.end, name.start) is not None
    )


#: The determiner opening a mention that names a function, not a person.
_TITLE_DETERMINER = re.compile(
    r"(?:(?:les?|la|the|son|sa|leurs?|notre|its|his|her|their|our)\s+|l['’])", re.IGNORECASE
)
_APPOSITION = re.compile(r"\s*,\s*")


def _named_in_full(text: str, mentions: Sequence[Mention], out: list[Argument]) -> list[Argument]:
    """An actor, recipient or source found as the acronym in brackets after its full name
    is that name (since 0.14.0): the codebook's span is the name the article gives. One
    found as a title with the person's name in apposition ("le Premier ministre
    nigérien, Ali Mahamane Lamine Zeine, qui a appelé", since 0.20.0) is the name."""
    full: dict[int, int] = {}
    for i, m in enumerate(mentions):
        # The name is the first mention after the title, not one inside it ("le
        # ministre des Affaires étrangères, Abdoulaye Diop": "Affaires étrangères").
        j = next((k for k in range(i + 1, len(mentions)) if mentions[k].start >= m.end), None)
        if j is not None and _titled(text, m, mentions[j]):
            full[i] = j
        if m.label not in ("ORG", "PER") or i == 0 or not m.text.isupper():
            continue
        before = mentions[i - 1]
        if (
            before.label in ("ORG", "PER")
            and before.end <= m.start
            and _BRACKETED_ACRONYM.fullmatch(text, before.end, m.start)
        ):
            full[i] = i - 1
    if not full:
        return out
    return [
        replace(a, mention=full[a.mention])
        if a.mention in full and a.role in (Role.ACTOR, Role.RECIPIENT, Role.SOURCE)
        else a
        for a in out
    ]


#: A home named by its owner's possessive (:mod:`.facilities`, since 0.61.0).
_A_HOME = re.compile(r"(?:son|sa|leur|leurs|his|her|their)\s", re.IGNORECASE)


#: An act told as the close of a meeting: "à l'issue de l'audience", "au terme des
#: travaux", "en marge du sommet", "at the end of the talks".
_AFTER_MEETING = gated(
    re.compile(
        # Since 0.54.0 also "A l'issue": the capital "À" written without its accent.
        r"\b(?:[àa]\s+l['’]issue|au\s+terme|[àa]\s+la\s+fin|en\s+marge|lors|at\s+the\s+end|"
        r"on\s+the\s+sidelines|after)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]|of\s+the|of)\s*"
        r"(?:cette\s+|leur\s+|ces\s+|une\s+|un\s+|this\s+|their\s+|an?\s+)?"
        r"(?:audience|réunion|rencontre|session|"
        r"travaux|sommet|entretien|entretiens|visite|conférence|talks|meeting|summit|visit)\b"
        # Since 0.56.0 a sentence opened by those gathered at it: "Réunis en sommet ordinaire
        # dimanche à Abuja, les chefs d'État ont décidé de lever les sanctions".
        r"|\b(?:[Rr]éunie?s|[Rr]assemblée?s|[Gg]athered)\s+(?:en|in|at|for)\s+(?:an?\s+|une?\s+)?"
        r"(?:sommet|session|conclave|réunion|conférence|summit|meeting|conference)\b"
        # Since 0.67.0 those gathered told with their town before the act: "réunis samedi
        # et dimanche à Ouagadougou pour leur sommet, ont décidé", "leaders meeting in Abuja
        # on Sunday decided".
        r"|\b(?:[Rr]éunie?s|[Rr]assemblée?s|[Gg]athered|meeting)\s+(?:[\w'’-]+\s+){0,4}?"
        r"(?:à|in|at)\s+(?-i:[A-ZÀ-Ý])",
        re.IGNORECASE,
    )
)


#: What a meeting issued: "Dans le communiqué final", "dans le même texte", "the final
#: communiqué" (since 0.17.0).
_MEETING_OUTCOME = gated(
    re.compile(
        r"\b(?:communiqué\s+final|déclaration\s+finale|dans\s+le\s+même\s+(?:texte|communiqué)|"
        r"dans\s+leur\s+(?:communiqué|déclaration)|final\s+(?:communiqu[ée]|declaration|statement))"
        r"\b",
        re.IGNORECASE,
    )
)
#: The meeting itself as the speaker, opening the sentence: "Le sommet a par ailleurs
#: salué" (not "La réunion de Bamako", another meeting named).
_MEETING_SPEAKS = re.compile(
    r"\s*(?:Le|La|The)\s+(?:sommet|réunion|session|conférence|summit|meeting)\s+"
    r"(?!de\b|d['’]|du\b|des\b|of\b|in\b)",
    re.IGNORECASE,
)


#: Who speaks for a meeting, opening a sentence after at most a short opening phrase
#: ("Sur le dossier sahélien, le sommet a décidé"): its parties named as such (the
#: family of :data:`_MEETING_PARTIES`: "Les trois dirigeants", "Les chefs d'État", "Les
#: participants", "The heads of state", "The leaders"), the meeting itself ("Le sommet",
#: "The summit") or its final document named again ("Le communiqué", "La déclaration
#: finale", "The communique"), not another's ("Le communiqué de l'armée").
_MEETING_VOICE = re.compile(
    r"\s*(?:[^,.;:\n«»\"]{1,50},\s+)?(?:(?:Ensuite|Puis|Enfin|Then|Later),?\s+)?"
    r"(?:(?:Les|The)\s+(?:deux\s+|two\s+|trois\s+|three\s+|quatre\s+|four\s+)?"
    r"(?:[a-zà-ÿ-]+\s+)?"
    r"(?:parties|délégations|chefs\s+d['’](?:[ÉE]tat|[ée]tat)|dirigeants|participants|"
    r"ministres|présidents|sides|delegations|heads\s+of\s+state|leaders|ministers|"
    r"presidents)\b"
    r"|(?:Le|La|The)\s+(?:sommet|conférence|summit|communiqu[ée]|déclaration|declaration)"
    r"(?:\s+finale?|\s+final)?\s+(?!de\b|d['’]|du\b|des\b|of\b|in\b|from\b))",
    re.IGNORECASE,
)
#: Functions of a word that is no main verb of its sentence.
_NOT_MAIN_DEPS = ("acl", "amod", "nmod", "obl", "obj", "nsubj", "advcl", "xcomp", "ccomp")
#: What may stand between a meeting's voice and its verb: auxiliaries and adverbs.
_VOICE_VERB_GAP = re.compile(
    r"\s*(?:(?:a|ont|avait|avaient|has|have|had|also|further|également|aussi|"
    r"par\s+ailleurs|en\s+outre|notamment|d['’]abord|ensuite|enfin|fermement|vivement)"
    r"\s+|,\s*)*",
    re.IGNORECASE,
)
#: A decision taken at a meeting: "décidé de", "adopté", "decided to", "adopted".
_DECIDED = re.compile(r"(?:décid|decid|adopt)", re.IGNORECASE)
#: An English statement verb coordinated with the voice's: "welcomed ... and urged".
_EN_VOICE_VERB = re.compile(r"[a-z]+ed\b")
_EN_AND_BEFORE = re.compile(r"\band\s+(?:also\s+)?$")


def _meeting_voice(
    text: str,
    trig: Trigger,
    sent: tuple[int, int],
    tokens: Sequence[Token],
    by_start: dict[int, int],
) -> bool:
    """Whether statement ``trig`` is told in the voice of a meeting told before: its
    sentence opens with the meeting's parties named as such, the meeting itself or its
    document (:data:`_MEETING_VOICE`), and a meeting's final document is told before
    when the document speaks. A verbal act, a concession or praise only, and the voice's
    own verb or one coordinated with it: "Les dirigeants ont condamné l'attaque", not the
    attack it names nor "les sanctions imposées" it condemns."""
    if not _verbal(trig) and trig.label not in ("CONCEDE", "SUPPORT"):
        return False
    if trig.label == "AGREE" and not _DECIDED.match(trig.text):
        # "The ministers agreed to set up ...", "ont convenu d'organiser": a commitment
        # to act later is dated by its announcement only when its sentence tells it
        # (codebook, time); a decision taken there ("a décidé de prolonger") is the
        # meeting's.
        return False
    m = _MEETING_VOICE.match(text, sent[0], trig.start)
    if m is None:
        return False
    if re.search(r"(?i)communiqu|déclaration|declaration", m.group(0)) and (
        _MEETING_OUTCOME.search(text, 0, sent[0]) is None
    ):
        # A document named again: only the final document of a meeting told before.
        return False
    if _VOICE_VERB_GAP.fullmatch(text, m.end(), trig.start):
        # The voice's own verb, only auxiliaries and adverbs between ("Le communiqué
        # accuse par ailleurs", "Les dirigeants ont par ailleurs condamné"): the parse,
        # which may hang such a sentence on the one before, is not asked.
        return True
    k = by_start.get(trig.start)
    if k is not None and tokens[k].dep:
        # Further on, a verb coordinated with the voice's ("ont salué ... et appelé"),
        # not a noun nor a participle of the object ("condamne les sanctions imposées").
        return tokens[k].pos not in ("NOUN", "PROPN") and not tokens[k].dep.startswith(
            _NOT_MAIN_DEPS
        )
    # English has no parse: a verb in the past after "and" ("welcomed ... and urged").
    return bool(
        _EN_VOICE_VERB.match(trig.text)
        and _EN_AND_BEFORE.search(text, max(sent[0], trig.start - 12), trig.start)
    )


def _meeting_argument(
    triggers: Sequence[Trigger], ti: int, out: Sequence[Argument], role: str, first: bool = False
) -> list[int]:
    """The mentions filling ``role`` of the latest meeting (CONSULT) told before trigger
    ``ti`` that has that role filled (not "l'audience" of the phrase itself, a mention of
    the same meeting); with ``first``, of the first such meeting of the article."""
    order = range(ti) if first else range(ti - 1, -1, -1)
    for before in order:
        if triggers[before].label == "CONSULT":
            found = [a.mention for a in out if a.trigger == before and a.role == role]
            if found:
                return found
    return []


def _visit_place(
    text: str,
    triggers: Sequence[Trigger],
    mentions: Sequence[Mention],
    ti: int,
    out: Sequence[Argument],
    sent: tuple[int, int],
    para: tuple[int, int],
    earlier: tuple[int, int] | None,
    sentences: Sequence[tuple[int, int]] = (),
) -> list[int]:
    """The places of the visit or meeting told just before a verbal act that goes on
    from it (since 0.19.0): "Le ministre s'est rendu mardi à Ngouboua ... Il a promis le
    déploiement d'une équipe médicale et a appelé les ravisseurs": promised and called
    for at Ngouboua. The act's sentence
    opens on who was just told ("Il", "Sur place, il", "Ces derniers") and the visit is
    in its paragraph or the sentence before; or its speaker is the visitor.

    Since 0.59.0 the sentence before may close the paragraph before (the press gives a
    paragraph to each sentence: "Les chefs d'État se sont réunis dimanche à Abuja. | Ils
    ont appelé les autorités de transition à ..."), and the meeting's parties named as
    such open the sentence as a pronoun does ("Les chefs d'État ont appelé", "The heads
    of state also urged"): a meeting's, not a visit's aid or condolences; not for an
    agreement ("The ministers agreed to ...": no place unless its sentence gives one)."""
    continued = bool(_CONTINUED.match(text, sent[0]))
    # Not an agreement: what the parties agreed to is coded without the meeting's place
    # unless the sentence gives one ("The ministers agreed to set up ... in Niamey").
    parties = (
        not continued
        and triggers[ti].label != "AGREE"
        and bool(_MEETING_PARTIES.match(text, sent[0]))
    )
    # Since 0.61.0 the host named as such before the act ("Le général Assimi Goïta, hôte
    # de la rencontre, a plaidé", "Ghana's president, who hosted the summit, called
    # for"): at the meeting, an agreement he signed there too.
    host = not continued and bool(_MEETING_HOST.search(text, sent[0], triggers[ti].start))
    since = min(para[0], earlier[0]) if earlier is not None else para[0]
    if earlier is None and (continued or parties):
        # Back over the sentences that go on from the same occasion ("Les trois
        # dirigeants ont signé le traité. | Ils ont également condamné"), two at most.
        told = sentence_before(sentences, sent)
        for _ in range(3):
            if told is None:
                break
            since = told[0]
            if not (_CONTINUED.match(text, told[0]) or _MEETING_PARTIES.match(text, told[0])):
                break
            told = sentence_before(sentences, told)
    mine = _actor_head(mentions, ti, out)
    # Since 0.61.0 the parties or the host of the article's main meeting, its first,
    # lead back to it from any later paragraph ("Les trois dirigeants ont salué ..." two
    # paragraphs after "réunis samedi et dimanche à Ouagadougou"), when no other meeting
    # is told between them elsewhere (the same meeting named again, "hôte de la
    # rencontre", is no other).
    first_meeting = next((k for k in range(ti) if triggers[k].label == "CONSULT"), None)
    # The meeting's own sentence names it more than once ("met in Accra for a summit").
    main_told = (
        containing(sentences, triggers[first_meeting].start)
        if first_meeting is not None and sentences
        else None
    )

    def of_main(k: int) -> bool:
        return triggers[k].label == "CONSULT" and (
            k == first_meeting
            or (main_told is not None and main_told[0] <= triggers[k].start < main_told[1])
        )

    def held_at(k: int) -> list[int]:
        return [a.mention for a in out if a.trigger == k and a.role == Role.LOCATION]

    main_at = {mentions[i].text.lower() for k in range(ti) if of_main(k) for i in held_at(k)}
    # Not a condemnation: the corpus leaves it without the meeting's place ("Les
    # dirigeants ont également condamné l'attaque", told of a place of its own).
    to_main = (parties or host) and triggers[ti].label != "ACCUSE"
    between = False
    for before in range(ti - 1, -1, -1):
        t = triggers[before]
        if t.label not in _VISITING or t.start >= sent[0]:
            continue
        if to_main and of_main(before) and not between:
            # Where the meeting was first told to be held ("met in Accra for a summit on
            # the Sahel": Accra, not the summit's subject).
            for k in range(before + 1):
                if of_main(k) and held_at(k):
                    return held_at(k)
        if (
            t.label == "CONSULT"
            and not of_main(before)
            and {mentions[i].text.lower() for i in held_at(before)} - main_at
        ):
            between = True
        if not (
            (continued and since <= t.start)
            or (parties and t.label == "CONSULT" and since <= t.start)
            or (
                mine is not None
                and t.label == "CONSULT"
                and _actor_head(mentions, before, out) == mine
            )
            # Since 0.67.0 the host of a meeting ("Le gouverneur a reçu mercredi à Gao
            # une délégation ... Le gouverneur s'est engagé") and the giver of aid
            # handed over in person ("Le haut-commissaire a remis jeudi à Dori des
            # vivres ... Le haut-commissaire a exhorté") speak where they were.
            or (
                mine is not None
                and mine in _SPEAKER_TITLES
                and mine in _occasion_heads(text, mentions, before, t, out, sentences)
            )
        ):
            continue
        found = [a.mention for a in out if a.trigger == before and a.role == Role.LOCATION]
        if found:
            return found
        if t.label == "CONSULT" and sentences:
            # Since 0.59.0 a talk that goes on from the visit told before it ("Il s'est
            # entretenu avec son homologue") leads back to that visit's place.
            held_in = containing(sentences, t.start)
            prior = sentence_before(sentences, held_in)
            if prior is not None and _CONTINUED.match(text, held_in[0]):
                since = min(since, prior[0])
    return []


#: The host of a meeting named as such (since 0.61.0): "hôte de la rencontre", "hôte du
#: sommet", "who hosted the meeting".
_MEETING_HOST = re.compile(
    r"\bhôte\s+(?:de\s+la\s+(?:rencontre|réunion|session|conférence)|du\s+sommet|des\s+"
    r"travaux)\b|\bwho\s+hosted\s+the\s+(?:meeting|summit|talks|session|conference)\b",
    re.IGNORECASE,
)


#: The parties to a meeting named as such, opening a sentence (since 0.59.0): "Les deux
#: parties", "Les chefs d'État", "The heads of state", "Les ministres", "The leaders".
_MEETING_PARTIES = re.compile(
    r"\s*(?:(?:Ensuite|Puis|Enfin|Then|Later),?\s+)?(?:Les|The)\s+(?:deux\s+|two\s+|trois\s+|three\s+)?"
    r"(?:parties|délégations|chefs\s+d['’]([ÉE]tat|[ée]tat)|dirigeants|participants|ministres|"
    r"présidents|sides|delegations|heads\s+of\s+state|leaders|participants|ministers|"
    r"presidents)\b",
)


#: The acts of a visit whose place a verbal act told next shares: the visit or the
#: meeting itself, the condolences or the aid brought there.
_VISITING = frozenset({"CONSULT", "SUPPORT", "AID"})


def _actor_head(mentions: Sequence[Mention], ti: int, out: Sequence[Argument]) -> str | None:
    """The head word of the first actor of trigger ``ti`` ("gouverneur" of "Le
    gouverneur de la région"), lower-cased, or None."""
    for a in out:
        if a.trigger == ti and a.role == Role.ACTOR:
            words = re.findall(r"[\wÀ-ÿ-]+", mentions[a.mention].text.lower())
            words = [w for w in words if w not in _ARTICLES]
            return words[0] if words else None
    return None


_ARTICLES = frozenset({"le", "la", "les", "l", "un", "une", "des", "the", "a", "an"})


#: The titles of one person speaking for an office, which a later sentence names again
#: by the same head word ("le gouverneur", "le haut-commissaire", "the minister"): a
#: body ("le gouvernement", "l'armée") or a group ("les manifestants") may speak anywhere.
_SPEAKER_TITLES = frozenset(
    {
        "gouverneur",
        "haut-commissaire",
        "préfet",
        "sous-préfet",
        "maire",
        "ministre",
        "président",
        "présidente",
        "premier",
        "ambassadeur",
        "ambassadrice",
        "envoyé",
        "représentant",
        "représentante",
        "directeur",
        "directrice",
        "commandant",
        "chef",
        "secrétaire",
        "governor",
        "prefect",
        "mayor",
        "minister",
        "president",
        "ambassador",
        "envoy",
        "representative",
        "director",
        "commander",
    }
)


def _occasion_heads(
    text: str,
    mentions: Sequence[Mention],
    k: int,
    trig: Trigger,
    out: Sequence[Argument],
    sentences: Sequence[tuple[int, int]],
) -> set[str]:
    """The head words of who was present at act ``k`` in person: the giver of aid, and
    the host of a meeting (its recipient) as well as its visitor (since 0.67.0). The
    title opening the act's sentence counts too ("Le Haut-commissaire de la province a
    remis jeudi à Dori des vivres": the parse may leave the giver unlinked)."""
    roles = {"CONSULT": (Role.ACTOR, Role.RECIPIENT), "AID": (Role.ACTOR,)}.get(trig.label, ())
    if not roles:
        return set()
    heads: set[str] = set()
    for a in out:
        if a.trigger == k and a.role in roles:
            words = re.findall(r"[\wÀ-ÿ-]+", mentions[a.mention].text.lower())
            words = [w for w in words if w not in _ARTICLES]
            if words:
                heads.add(words[0])
    if sentences:
        start = containing(sentences, trig.start)[0]
        opening = _OPENING_TITLE.match(text, start, trig.start)
        if opening is not None:
            heads.add(opening.group(1).lower())
    return heads


#: A title opening a sentence after its article and an opening phrase, if any ("Lundi, le
#: gouverneur", "Le Haut-commissaire"): its head word.
_OPENING_TITLE = re.compile(
    r"\s*(?:[^,.;:\n«»\"]{1,30},\s*)?(?:Le|La|L['’]|The)\s*([\wÀ-ÿ-]+)", re.IGNORECASE
)
#: Generic nouns that name again the organisation of the lead's speaker ("L'organisation",
#: "L'ONG", "The group"). Not a summit's "Les dirigeants": dev's older gold leaves what
#: they condemn in a later sentence undated (fr141), and the rule cost a dev date.
_SPEAKER_ANAPHORS = frozenset(
    {
        "organisation", "ong", "association", "mission", "institution", "organisme",
        "agence", "commission", "haut-commissariat", "collectif", "coalition",
        "organization", "ngo", "group", "agency", "office", "body",
    }
)  # fmt: skip


def _actor_label(mentions: Sequence[Mention], ti: int, out: Sequence[Argument]) -> str | None:
    """The entity label (ORG, PER...) of the first actor of trigger ``ti``, or None."""
    for a in out:
        if a.trigger == ti and a.role == Role.ACTOR:
            return mentions[a.mention].label
    return None


#: How a noun's complement opens: "l'attaque de", "du", "contre", "against", "on".
_COMPLEMENT = re.compile(r"\s+(?:de|du|des|d['’]|contre|against|on|of)\b", re.IGNORECASE)


def _of_noun_phrase(
    text: str, trig: Trigger, place: Mention, tokens: Sequence[Token], by_start: dict[int, int]
) -> bool:
    """Whether the place closes the trigger noun's own complement: right after it, a
    preposition first, no verb, punctuation or conjunction between."""
    if place.start < trig.end or place.start - trig.end > 70:
        return False
    if not _COMPLEMENT.match(text, trig.end):
        return False
    first = by_start.get(trig.start)
    if first is None or not tokens or tokens[first].pos not in ("NOUN", "PROPN"):
        return False
    last = bisect_left(tokens, place.start, lo=first + 1, key=attrgetter("start"))
    return one_phrase(tokens[first + 1 : last])


#: "Le maire les a reçus": the guests are a clitic pronoun before the verb.
GUESTS_PRONOUN = re.compile(
    r"\b(?:les|l['’])\s*(?:a|ont|avait|avaient|aurait|auraient)\s+$", re.IGNORECASE
)
#: "Le préfet a réuni les chefs de village": who gathers hosts, as who receives; not
#: "se réunir", whose subject meets (REFLEXIVE_BEFORE).
GATHERING = re.compile(r"^réuni(?:r|s|e|es)?$", re.IGNORECASE)
REFLEXIVE_BEFORE = re.compile(r"\b(?:se|s['’])\s*(?:sont|est|étaient|était)?\s*$", re.IGNORECASE)
#: "recevoir" in any form: who receives hosts the meeting.
_RECEIVING = re.compile(r"^re[çc]", re.IGNORECASE)
#: Between the subject of a passive "reçu" and the participle: only the auxiliaries and
#: an adverb ("Les ex-otages ont été reçus", "une délégation avait déjà été reçue").
_RECEIVED_SUBJECT = re.compile(
    r"\s+(?:(?:a|ont|avait|avaient|aurait|auraient|sera|seront)\s+)?"
    r"(?:(?:déjà|également|aussi|ensuite|ainsi)\s+)?(?:été|est|sont|était|étaient)\s+"
    r"(?:(?:déjà|également|aussi|ensuite)\s+)?",
    re.IGNORECASE,
)


def _host_and_guest(
    out: list[Argument],
    ti: int,
    mentions: Sequence[Mention],
    after: Sequence[int],
    used: set[int],
    text: str,
    trig: Trigger,
) -> None:
    """A meeting told by "recevoir": the guest is the actor and the host the recipient
    (codebook, CONSULT: "the visitor is the actor and the host the recipient"). The
    subject of "a reçu" (or the agent of "reçus par") was taken as the actor: swap the
    two; an active verb's guest is its object, the first person after it. With no host
    found, whoever was received is the guest ("X a été reçu samedi par son homologue");
    a host whose guests are a pronoun ("Le maire les a reçus") stays the recipient."""
    mine = [k for k, a in enumerate(out) if a.trigger == ti]
    actor = next((k for k in mine if out[k].role == Role.ACTOR), None)
    guest = next((k for k in mine if out[k].role == Role.RECIPIENT), None)
    if actor is None:
        if guest is not None:
            out[guest] = replace(out[guest], role=Role.ACTOR)
        return
    if guest is None and GUESTS_PRONOUN.search(text, max(0, trig.start - 20), trig.start):
        out[actor] = replace(out[actor], role=Role.RECIPIENT)
        return
    if guest is None and mentions[out[actor].mention].start > trig.start:
        # "Les ex-otages ont été reçus lundi par le gouverneur": the host is the agent
        # after the participle, the guest the passive's subject right before it, which
        # the parse may not give (since 0.61.0).
        received = next(
            (
                i
                for i, m in enumerate(mentions)
                if m.label in ("PER", "ORG")
                and m.end <= trig.start
                and _RECEIVED_SUBJECT.fullmatch(text, m.end, trig.start)
            ),
            None,
        )
        if received is not None:
            out[actor] = replace(out[actor], role=Role.RECIPIENT)
            used.add(received)
            out.append(Argument(ti, received, Role.ACTOR, 0.5))
            return
    if guest is not None:
        out[actor], out[guest] = (
            replace(out[actor], role=Role.RECIPIENT),
            replace(out[guest], role=Role.ACTOR),
        )
        return
    people = [
        i
        for i in after
        if i not in used and mentions[i].label in ("PER", "ORG") and i != out[actor].mention
    ]
    if people:
        first = min(people, key=lambda i: mentions[i].start)
        out[actor] = replace(out[actor], role=Role.RECIPIENT)
        used.add(first)
        out.append(Argument(ti, first, Role.ACTOR, 0.5))


def _orphan_counts(
    triggers: Sequence[Trigger],
    mentions: Sequence[Mention],
    event_types: dict[str, EventType],
    paragraphs: Sequence[tuple[int, int]],
    written: Sequence[tuple[int, int]],
    linked: Sequence[Argument],
    text: str,
) -> list[Argument]:
    """A casualty count in a sentence without an event of its own ("Two drivers were
    reportedly wounded.") completes the toll of the nearest event before it, in its
    paragraph or the one before; not an earlier toll an update replaced ("Un premier
    bilan faisait état de 11 morts", when the article counts the dead again)."""
    taken = {a.mention for a in linked if a.role == Role.CASUALTIES}
    out = []
    for i, m in enumerate(mentions):
        if m.label != "CASUALTY" or i in taken:
            continue
        if replaced_toll(text, mentions, i) or broken_down(text, m):
            continue
        if _RUNNING_TOTAL.search(m.text):
            continue  # "porte à 47 le nombre de civils tués": a running total (0.61.0)
        home = containing(written, m.start)
        if _SEPARATE_ACT_TOLL.search(text, home[0], m.start):
            # "..., while a separate attack on Gorgadji left five civilians dead": the
            # toll of an act no event was suggested for, not the last one's (0.65.0).
            continue
        if sum_sentence(text, *home) and not (
            # Since 0.64.0 "Au total" after one act told alone is that act's whole toll
            # ("Au total, quatorze militaires ont trouvé la mort et dix-neuf ont été
            # blessés" after the attack on a post): a sum of one act's dead and wounded.
            sum_of_its_opening(text, *home)
            and sum(1 for t in triggers if t.start < m.start and _harms(t)) == 1
        ):
            continue  # a period's sum, no one event's toll (since 0.20.0)
        k = next((k for k, (s, e) in enumerate(paragraphs) if s <= m.start < e), None)
        if k is None:
            continue
        since = paragraphs[max(0, k - 1)][0]

        def takes(t: Trigger, m: Mention = m) -> bool:
            spec = (
                event_types[t.label].roles.get(Role.CASUALTIES) if t.label in event_types else None
            )
            return spec is not None and m.label in spec.fillers

        kind = m.choices.get(EntityAttribute.CASUALTY_KIND, [None])[0]
        before = [
            ti
            for ti, t in enumerate(triggers)
            if since <= t.start < m.start and takes(t) and counts_for(t, kind)
        ]
        if not before and k >= 2:
            # Since 0.58.0 a paragraph further back when the one before tells no act (it
            # gives a first toll: "Un premier bilan faisait état de 22 morts.").
            before = [
                ti
                for ti, t in enumerate(triggers)
                if paragraphs[k - 2][0] <= t.start < m.start and takes(t) and counts_for(t, kind)
            ]
        # The dead and the wounded are the toll of the attack, not of the looting told
        # after it ("Les assaillants ont emporté des armes. Trois gendarmes ont été
        # blessés").
        harmed = set(m.choices.get(EntityAttribute.CASUALTY_KIND, [])) & {"killed", "injured"}
        if harmed:
            # Since 0.62.0 no abduction's: "Six éleveurs ont été enlevés [...] Trois d'entre
            # eux ont été retrouvés morts dimanche": the dead are of a killing, not the
            # count of the abduction (an abduction and a killing are two events).
            before = [ti for ti in before if triggers[ti].mode != "abduct"]
        if kind == "abducted":
            # Since 0.64.0 the people taken or missing are the abduction's, not the
            # killing's told after it ("Une quarantaine de femmes ont été enlevées [...]
            # Deux hommes ont été abattus. Plusieurs autres personnes sont portées
            # disparues"): the mirror of the rule above.
            before = [ti for ti in before if triggers[ti].mode == "abduct"] or before
        assaults = [
            ti for ti in before if triggers[ti].label == "ASSAULT" and not burns(triggers[ti])
        ]
        if harmed and not assaults and before:
            # Since 0.25.0 the attack told further back, when the paragraphs before hold
            # only a looting ("They ransacked the site's offices ... A worker had been
            # wounded"): no seizure wounds anyone.
            assaults = [
                ti
                for ti, t in enumerate(triggers)
                if t.start < since
                and t.label == "ASSAULT"
                and t.mode != "abduct"
                and not burns(t)
                and takes(t)
                and counts_for(t, kind)
            ]
        if harmed and assaults:
            # No one is wounded by the destruction of things ("des motos ... ont été
            # détruits. Trois soldats ont été blessés au cours de ces opérations"), since
            # 0.35.0.
            before = [ti for ti in assaults if triggers[ti].mode != "destroy"] or assaults
        # Since 0.35.0 the act the count's sentence names ("au cours de ces opérations",
        # "during the fighting"): the latest trigger of that word.
        named = NAMED_ACT.search(text, *containing(written, m.start))
        if named:
            word = fold(named.group("noun"))[:5]
            worded = [
                ti
                for ti, t in enumerate(triggers)
                if t.start < m.start
                and takes(t)
                and counts_for(t, kind)
                and (
                    fold(t.text)[:5] == word
                    # Since 0.62.0 a word inside a phrase ("cible de tirs" for "le
                    # bilan des tirs").
                    or (len(word) >= 4 and any(w.startswith(word) for w in fold(t.text).split()))
                )
            ]
            before = worded or before
        else:
            # Since 0.64.0 the act told beside the place the count's sentence names:
            # "attacked a police station in Pama [...] Two police officers were wounded
            # in Pama" (not the latest act before the count).
            before = act_of_place(triggers, mentions, before, written, m) or before
        # The toll told after an attack and the strikes on its fleeing attackers is the
        # attack's ("Dans leur repli, les fuyards ont été pris à partie par le vecteur
        # aérien ... Du côté des forces amies, dix combattants sont tombés"), since 0.19.0.
        held = [
            ti for ti in before if not in_pursuit(text, containing(written, triggers[ti].start))
        ]
        if held and len(held) < len(before):
            before = held
        if harmed and len(before) > 1:
            before = _past_phase_or_response(text, triggers, written, before, m)
        if harmed and not before:
            # Since 0.64.0 the act a later definite noun points back at: "The bodies of
            # nine herders were found [...] blamed the jihadists for the killings".

            def killing(t: Trigger, kind: str | None = kind) -> bool:
                return (
                    t.label == "ASSAULT"
                    and t.mode != "abduct"
                    and not burns(t)
                    and takes(t)
                    and counts_for(t, kind)
                )

            later = act_named_after(text, triggers, m.end, killing)
            before = [] if later is None else [later]
        if before:
            target = max(before, key=lambda ti: triggers[ti].start)
            if _of_another_time(text, mentions, containing(written, m.start), target, linked):
                continue
            out.append(Argument(target, i, Role.CASUALTIES, 0.4))
    return out


def _harms(t: Trigger) -> bool:
    """Whether ``t`` is an act that may kill or wound: an assault that neither abducts
    nor only destroys."""
    return t.label == "ASSAULT" and t.mode not in ("abduct", "destroy") and not burns(t)


#: A count told as the figure a running total reaches (since 0.61.0): "porte à 47 le
#: nombre de civils tués", "brings to 40 the number of people killed". The count's words
#: hold the number's noun: no one act's toll.
_RUNNING_TOTAL = gated(
    re.compile(
        r"\s(?:le|the)\s+(?:nombre|number|total)\s+(?:total\s+)?(?:de|des|d['’]|of)\b",
        re.IGNORECASE,
    )
)
#: A word of harm of a count's own (not the gerund of an act): "blessé", "were injured".
_OWN_HARM = re.compile(
    r"\b(?:tu[ée]e?s?|bless[ée]e?s?|morte?s?|décédée?s?|killed|wounded|injured|dead|died)\b",
    re.IGNORECASE,
)
#: A phase of an attack told after it: "ont d'abord fait exploser un engin ... avant
#: d'ouvrir le feu", "first detonated a roadside bomb, then opened fire".
_PHASE = re.compile(
    r"\b(?:d['’]abord|avant\s+d['’]ouvrir|avant\s+que|first|before\s+opening|"
    r"then\s+opened|puis\s+(?:ont\s+)?ouvert)\b",
    re.IGNORECASE,
)
#: A response of the attacked force: "La riposte des FAMa a permis de neutraliser",
#: "killed a dozen assailants in its response", "repelled the attack".
_RESPONSE = re.compile(
    r"\b(?:ripost\w*|contre-attaqu\w*|contre-offensive|repouss\w*|respon(?:se|ding)|"
    r"counter-?(?:attack|offensive)\w*|repel\w*|fought\s+back)\b",
    re.IGNORECASE,
)
#: The attackers, in a count: their dead are the response's when told apart.
_ATTACKERS_COUNTED = re.compile(
    r"\b(?:terroristes?|assaillants?|jihadistes?|djihadistes?|insurgés?|ennemi\w*|"
    r"attackers?|assailants?|militants?|jihadists?|insurgents?|terrorists?|fighters?)\b",
    re.IGNORECASE,
)


#: The words of an attack, which a response repels ("ont repoussé une attaque"): the
#: attack itself, not the response.
_ATTACK_WORD = re.compile(
    r"attaqu|assaut|incursion|embuscade|attack|assault|raid|offensive|ambush", re.IGNORECASE
)


def after_the_attack(
    text: str, told: tuple[int, int], counted: str, words: Sequence[str] = ()
) -> bool:
    """Whether an act told in the sentence ``told`` is a phase or a response of an
    attack told before it, whose toll ``counted`` (the words of the count) is the
    attack's (since 0.59.0). A phase: "Les assaillants ont d'abord fait exploser une
    mine, avant d'ouvrir le feu". A response, unless the count is of the attackers: "La
    riposte des FAMa a permis de neutraliser une dizaine de terroristes" (then "Côté
    ami, le bilan fait état de deux morts": the attack's dead). ``words`` are the
    triggers of that sentence: one that names an attack ("ont repoussé une attaque")
    makes it the attack's own sentence."""
    if any(_ATTACK_WORD.match(w) and not _RESPONSE.match(w) for w in words):
        return False
    if _PHASE.search(text, *told):
        return True
    return bool(_RESPONSE.search(text, *told)) and not _ATTACKERS_COUNTED.search(counted)


def plain_attack(text: str, told: tuple[int, int]) -> bool:
    """Whether the sentence ``told`` tells an act neither as a phase nor as a response
    (:func:`after_the_attack`)."""
    return not _PHASE.search(text, *told) and not _RESPONSE.search(text, *told)


def _past_phase_or_response(
    text: str,
    triggers: Sequence[Trigger],
    written: Sequence[tuple[int, int]],
    before: list[int],
    m: Mention,
) -> list[int]:
    """The events a toll of dead or wounded told after them may complete, without the
    nearest when it is a phase or a response of an attack told in an earlier sentence
    (:func:`after_the_attack`): "Le convoi a été attaqué mercredi. Les assaillants ont
    d'abord fait exploser une mine, avant d'ouvrir le feu. Le bilan fait état de huit
    soldats tués": the toll is the attack's, not the shooting's (since 0.59.0)."""
    nearest = max(before, key=lambda ti: triggers[ti].start)
    near_sentence = containing(written, triggers[nearest].start)
    words = [t.text for t in triggers if near_sentence[0] <= t.start < near_sentence[1]]
    if not after_the_attack(text, near_sentence, m.text, words):
        return before
    earlier = [
        ti
        for ti in before
        if triggers[ti].label == "ASSAULT"
        and not burns(triggers[ti])
        and triggers[ti].start < near_sentence[0]
    ]
    if not earlier:
        return before
    kept = max(earlier, key=lambda ti: triggers[ti].start)
    if not plain_attack(text, containing(written, triggers[kept].start)):
        return before
    return [ti for ti in before if triggers[ti].start <= triggers[kept].start]


#: The "by" of who wrote a document: "a report published on Monday by", "un rapport
#: publié par".
_AUTHOR_OF_DOCUMENT = gated(
    re.compile(
        r"\b(?:report|statement|study|document|survey|rapport|communiqué|étude|published|"
        r"released|issued|compiled|publiée?|diffusée?|rendue?\s+publique?)\b[^.;:!?]{0,40}"
        r"\b(?:by|par)\s+(?:the\s+|l['’]|le\s+|la\s+|les\s+)?$",
        re.IGNORECASE,
    )
)
#: The act a count's sentence says the count is of: "au cours de ces opérations", "lors
#: de l'attaque", "during the fighting".
NAMED_ACT = re.compile(
    # Since 0.58.0 the article held in "des", "du" too: "neutralisés lors des frappes",
    # "au cours des combats".
    r"\b(?:(?:au\s+cours|lors)\s+d(?:es|u)\s+|"
    # Since 0.62.0 the act a toll is of: "le bilan des tirs sur le camp", "le bilan
    # provisoire de l'embuscade", "the toll from the ambush".
    r"(?:bilan|toll)\s+(?:(?:provisoire|définitif|officiel|final|death)\s+)?"
    r"(?:d(?:es|u)\s+|(?:de|of|from|in)\s+(?:ces|cette|cet|ce|les|la|l['’]|the|this)\s*)|"
    r"(?:au\s+cours\s+d[eu]s?|lors\s+d[eu]s?|pendant|durant|dans|during|in)\s+"
    r"(?:(?:ces|cette|cet|ce|les|la|le|l['’]|the|this|these)\s*))(?P<noun>\w{4,})",
    re.IGNORECASE,
)


def _of_another_time(
    text: str,
    mentions: Sequence[Mention],
    span: tuple[int, int],
    target: int,
    linked: Sequence[Argument],
) -> bool:
    """Whether a count's sentence tells of another time than the event it would join
    (since 0.30.0): recalled as already past ("L'association avait déjà dénoncé la mort
    d'une trentaine de bergers"), or dated by a month or a year the event's date is not
    in ("en juin dernier", of an attack on 28 November). A day is no evidence: a toll
    is often given the day after ("Mercredi, le bilan est passé à 17")."""
    if _ALREADY_PAST.search(text, *span):
        return True
    if _SINCE_THE_START.search(text, *span) or _OTHER_ACT_TOLL.search(text, *span):
        # Since 0.59.0 a sum since a start ("Depuis son déploiement, plus de 300 casques
        # bleus ont perdu la vie", "since 2013") and the toll of another act told in
        # the pluperfect ("une semaine après celle du 3 février contre un autre car, qui
        # avait fait cinq morts").
        return True
    own = [a.mention for a in linked if a.trigger == target and a.role == Role.TIME]
    dates = [d for k in own if (d := mentions[k].textareas.get(Normalised.DATE))]
    if not dates:
        return False
    for n in mentions:
        if n.label != "TIME" or not span[0] <= n.start < span[1]:
            continue
        told = n.textareas.get(Normalised.DATE) or ""
        if len(told) in (4, 7) and not any(d.startswith(told) for d in dates):
            return True
    return False


#: The kinds of count each event type's casualties hold (codebook, CASUALTY and the
#: types' casualties role): a seizure or a looting counts no dead, an arrest only the
#: arrested, a release the freed (abducted or arrested). Since 0.17.0 no arrested for
#: an assault or a protest: "les a dispersés ... et a interpellé une quinzaine de
#: personnes" counts the arrested in the arrest, an event of its own (codebook, PROTEST).
_COUNTED_KINDS = {
    "COERCE": frozenset({"arrested"}),
    "RETREAT": frozenset({"abducted", "arrested"}),
    "ASSAULT": frozenset({"killed", "injured", "abducted"}),
    "PROTEST": frozenset({"killed", "injured", "abducted"}),
}


def _owner_of_subject_craft(
    trig: Trigger,
    tokens: Sequence[Token],
    children: dict[int, list[Token]],
    mentions: Sequence[Mention],
) -> int | None:
    """The mention of the force whose aircraft is the subject of the trigger's verb ("un
    hélicoptère de *l'armée* a largué"), or None."""
    verb = governing_verb(trig, tokens)
    if verb is None:
        return None
    for craft in children.get(verb, []):
        if craft.dep not in ("nsubj", "nsubj:pass") or craft.lemma.lower() not in CRAFT:
            continue
        for owner in children.get(craft.index, []):
            if owner.dep != "nmod":
                continue
            held = [
                i
                for i, m in enumerate(mentions)
                if m.label in ("ORG", "PER") and m.start <= owner.start < m.end
            ]
            if held:
                return held[0]
    return None


#: Strikes from the air, and the military bodies that carry them out.
_FROM_THE_AIR = frozenset({"aerial", "drone"})
_MILITARY = re.compile(
    r"\b(?:armées?|état-major|FAMa|FAN|FAT|FDS|aviation|"
    r"army|military|armed\s+forces|air\s+force|general\s+staff)\b",
    re.IGNORECASE,
)


#: A force said to keep silent about a strike (since 0.59.0): "selon des témoins, *sans
#: que* l'armée ne commente", "l'armée *n'a pas* réagi", "the army *did not* comment".
_SILENT_BEFORE = re.compile(r"\bsans\s+qu(?:e\s+|['’]\s*)(?:\S+\s+){0,2}$", re.IGNORECASE)
_SILENT_AFTER = re.compile(
    r"^\s*(?:ne\s|n['’]|(?:did|does|has|have|had)\s+not\b|declined|refused|"
    r"(?:did|does|has|have|had)n['’]t\b)",
    re.IGNORECASE,
)


def _silent(text: str, m: Mention) -> bool:
    """Whether the sentence says ``m`` did not speak of what it names: it claims no act."""
    return bool(
        _SILENT_BEFORE.search(text, max(0, m.start - 30), m.start)
        or _SILENT_AFTER.match(text[m.end : m.end + 20])
    )


#: A count that goes on from one told before: "onze autres soldats", "two others".
_OTHERS = re.compile(r"\b(?:autres|others|another)\b", re.IGNORECASE)


def counts_for(t: Trigger, kind: str | None) -> bool:
    """Whether a count of ``kind`` can be the casualties of the event ``t`` (since
    0.12.0: "ont emporté du bétail. Un berger a été tué" gives the looting no dead)."""
    allowed = _COUNTED_KINDS.get(t.label)
    if t.label == "COERCE" and t.mode not in (None, "arrest"):
        # Since 0.19.0: a seizure or a ban counts no one ("l'interpellation de six
        # individus et la saisie de deux motos": the six are the arrest's).
        return False
    return allowed is None or kind is None or kind in allowed


#: A release told of people named before: "Ils ont été libérés", "They were released a
#: week later", "Tous ont été relâchés dimanche soir".
_FREED_PRONOUN = re.compile(
    r"\s*(?:Ils|Elles|Tous|Toutes|They|All|Both|Les\s+deux|Les\s+otages)\b", re.IGNORECASE
)


#: A release denied in its own sentence: "Ils n'ont toujours pas été libérés".
_NOT_YET = re.compile(r"\b(?:n['’]|ne\s|pas\b|not\b|never\b|jamais\b|yet\b)", re.IGNORECASE)


def _freed_before(
    text: str,
    trig: Trigger,
    mentions: Sequence[Mention],
    sentences: Sequence[tuple[int, int]],
    sent: tuple[int, int],
    para: tuple[int, int],
) -> int | None:
    """The count of the captives a release freed when its sentence names them with a
    pronoun (since 0.12.0): the last count of abducted or arrested people in the
    sentence before, which the codebook links to the release as well as to the capture
    ("trois catéchistes enlevés en octobre. Ils avaient été relâchés le 21 novembre")."""
    if not _FREED_PRONOUN.match(text, sent[0], trig.start) or _NOT_YET.search(
        text, sent[0], trig.start
    ):
        return None  # "Ils n'ont toujours pas été libérés": nobody freed to count
    earlier = _previous_sentence(sentences, sent, para)
    if earlier is None:
        return None
    held = [
        i
        for i, m in enumerate(mentions)
        if m.label == "CASUALTY"
        and earlier[0] <= m.start < earlier[1]
        and m.choices.get(EntityAttribute.CASUALTY_KIND, [None])[0] in ("abducted", "arrested")
    ]
    return max(held, key=lambda i: mentions[i].start, default=None)


#: Words of setting on fire: a burning is an event of its own (corpus convention).
_BURNING = re.compile(
    r"(?:incendi|brûl|brul|mis\s+le\s+feu|mettre\s+le\s+feu|set|burn|torch)", re.IGNORECASE
)


def burns(t: Trigger) -> bool:
    """Whether the trigger sets something on fire (ASSAULT destroy by fire)."""
    return t.label == "ASSAULT" and t.mode == "destroy" and _BURNING.match(t.text) is not None


def _updated_to(text: str, m: Mention) -> bool:
    """Whether the count ``m`` is told as the figure a toll reached or was revised to
    ("le bilan est passé à 17", "portant le bilan à sept morts", "was later raised to
    40"): an update of the event's toll."""
    told = text[max(0, m.start - 120) : m.start]
    told = told[max(told.rfind(". "), told.rfind("\n")) + 1 :]
    return _REACHED.search(told) is not None


def without_updated_tolls(
    text: str, mentions: Sequence[Mention], out: list[Argument]
) -> list[Argument]:
    """The arguments without the counts an update of the same event replaced (since
    0.61.0): "... tuant six personnes. Un blessé a succombé lundi, portant le bilan à
    sept morts": the event's toll is the latest figure, the earlier count of the same
    kind is linked to nothing (corpus note on revised tolls). A count of another side
    stays ("neutralisé 15 terroristes ... le bilan est passé à cinq soldats tués"), as
    does a count of the attackers beside an update that names no side."""
    updates = [
        a
        for a in out
        if a.role == Role.CASUALTIES
        and mentions[a.mention].label == "CASUALTY"
        and _updated_to(text, mentions[a.mention])
    ]
    if not updates:
        return out
    dropped = set()
    for u in updates:
        new = mentions[u.mention]
        kind = new.choices.get(EntityAttribute.CASUALTY_KIND)
        side = side_of(new.text)
        for k, a in enumerate(out):
            old = mentions[a.mention]
            if (
                a.trigger != u.trigger
                or a.role != Role.CASUALTIES
                or old.end > new.start
                or old.choices.get(EntityAttribute.CASUALTY_KIND) != kind
            ):
                continue
            before = side_of(old.text)
            if (
                before is not None
                and before != side
                and (side is not None or before == "non-state-armed")
            ):
                continue
            dropped.add(k)
    return [a for k, a in enumerate(out) if k not in dropped]


#: The word of a sum before its count (since 0.62.0): "soit 25 morts", "au total", "a
#: total of", "in all".
_SUM_WORD = re.compile(
    r"\b(?:soit|au\s+total|en\s+tout|in\s+all|a\s+total\s+of|altogether)\s+(?:de\s+)?$",
    re.IGNORECASE,
)


def without_summed_tolls(
    text: str,
    mentions: Sequence[Mention],
    sentences: Sequence[tuple[int, int]],
    out: list[Argument],
) -> list[Argument]:
    """The arguments without an event's count that is the sum of two or more counts of
    the same kind linked to the same event and told together in another sentence
    (since 0.62.0): "tuant 13 civils. On compte neuf morts à Zibane et quatre à
    Koukoukou" links the nine and the four (the corpus links a toll's parts, not its
    total); likewise a total told after its parts ("... killed 22; ... killed 3. In all,
    25 people died")."""
    by_event: dict[tuple[int, str], list[int]] = {}
    for k, a in enumerate(out):
        m = mentions[a.mention]
        if a.role != Role.CASUALTIES or m.label != "CASUALTY":
            continue
        count = m.textareas.get(Normalised.COUNT) or ""
        kind = (m.choices.get(EntityAttribute.CASUALTY_KIND) or [""])[0]
        if count.isdigit() and m.choices.get(EntityAttribute.CASUALTY_QUALIFIER, ["exact"])[0] in (
            "exact",
            "at-least",
        ):
            by_event.setdefault((a.trigger, kind), []).append(k)
    dropped: set[int] = set()
    for ks in by_event.values():
        if len(ks) < 3:
            continue
        for k in ks:
            total = mentions[out[k].mention]
            home = containing(sentences, total.start)
            # In its own sentence only after the parts and a word of the sum: "ont tué 22
            # personnes à Barsalogho et trois à Pissila, soit 25 morts".
            summed = _SUM_WORD.search(text, max(0, total.start - 20), total.start)
            for span in {containing(sentences, mentions[out[j].mention].start) for j in ks}:
                if span == home and summed is None:
                    continue
                parts = [
                    j
                    for j in ks
                    if j != k
                    and span[0] <= mentions[out[j].mention].start < span[1]
                    and (span != home or mentions[out[j].mention].end <= total.start)
                ]
                if len(parts) >= 2 and sum(
                    int(mentions[out[j].mention].textareas[Normalised.COUNT]) for j in parts
                ) == int(total.textareas[Normalised.COUNT]):
                    dropped.add(k)
    return [a for k, a in enumerate(out) if k not in dropped]


def without_restated_tolls(mentions: Sequence[Mention], out: list[Argument]) -> list[Argument]:
    """The arguments without a count that restates one the same event already holds
    (since 0.68.0): the same kind and the same figure, of the same side or of a noun
    that names none. The codebook marks each count once, at the passage that gives it,
    and a later restatement is not a second count: "exécuté au moins douze hommes [...]
    « Nous avons enterré douze corps »", "killed four soldiers [...] The four soldiers
    killed were buried on Friday". The first told is kept; a vague figure ("plusieurs")
    is no restatement of another vague one, which may count other people."""
    seen: dict[tuple[int, str, str], list[str | None]] = {}
    dropped: set[int] = set()
    for k, a in sorted(enumerate(out), key=lambda p: mentions[p[1].mention].start):
        m = mentions[a.mention]
        if a.role != Role.CASUALTIES or m.label != "CASUALTY":
            continue
        count = m.textareas.get(Normalised.COUNT) or ""
        if not count.isdigit():
            continue
        kind = (m.choices.get(EntityAttribute.CASUALTY_KIND) or [""])[0]
        side = side_of(m.text)
        sides = seen.setdefault((a.trigger, kind, count), [])
        if any(s is None or side is None or s == side for s in sides):
            dropped.add(k)
        else:
            sides.append(side)
    return [a for k, a in enumerate(out) if k not in dropped]


def broken_down(text: str, m: Mention) -> bool:
    """Whether the count ``m`` is a total the text breaks down right after it ("neuf
    morts, dont quatre militaires et cinq civils"): the parts are the event's toll, the
    total is linked to nothing (corpus note, since 0.58.0)."""
    return m.label == "CASUALTY" and bool(breakdown(text, m.end, m.textareas.get(Normalised.COUNT)))


def replaced_toll(text: str, mentions: Sequence[Mention], i: int) -> bool:
    """Whether the count ``mentions[i]`` is an earlier toll told as such ("Le premier
    bilan faisait état de 12 morts") in an article that counts the same kind again: the
    update is the event's toll, the earlier one is linked to nothing (corpus note)."""
    m = mentions[i]
    told = text[max(0, m.start - 120) : m.start]
    told = told[max(told.rfind(". "), told.rfind("\n")) + 1 :]
    # Since 0.30.0 a correction: what the paper first wrote, anywhere before the count in
    # its sentence ("Dans notre édition de samedi, nous indiquions [...] que l'attaque
    # avait fait une quinzaine de morts"), or a figure the next sentence says was wrong.
    sentence = text[max(0, m.start - _SENTENCE_REACH) : m.start]
    sentence = sentence[max(sentence.rfind(". "), sentence.rfind("\n")) + 1 :]
    if _REACHED.search(told):
        return False  # "initialement de 10 morts, est passé à 17": the update itself
    if _provisional_then_final(text, mentions, i):
        return True
    if _LATER_REACHED.match(text, m.end):
        return True  # "Le bilan, qui était de 10 morts, est passé à 17": the figure before
    if not (
        _EARLIER_TOLL.search(told)
        or _VERSUS.search(told)
        or _RETRACTED.search(sentence)
        or _WRONG_AFTER.match(text, m.end)
    ):
        return False
    kind = m.choices.get(EntityAttribute.CASUALTY_KIND)
    others = [
        n
        for n in mentions
        if n is not m
        and n.label == "CASUALTY"
        and n.choices.get(EntityAttribute.CASUALTY_KIND) == kind
    ]
    if others and _contested_later(text, told, m, others):
        return False
    return bool(others)


#: A word that tells a figure as a first one: "premier bilan", "les premières sources",
#: "initialement", "d'abord", "first", "earlier" (since 0.66.0).
_FIRST_WORD = re.compile(
    r"\b(?:premi(?:er|ère)s?|précédente?s?|ancien|initia\w*|d['’]abord|auparavant|"
    r"jusque-là|first|earlier|initial\w*|previous\w*)\b",
    re.IGNORECASE,
)
#: What sets a figure against one told before, from another teller (since 0.66.0):
#: "l'armée a confirmé l'attaque mais fait état de sept tués", "Les autorités parlent
#: quant à elles de six morts", "de son côté", "for its part", "but put the toll at".
_AGAINST = re.compile(
    r"\b(?:mais|pour\s+(?:sa|leur)\s+part|de\s+(?:son|leur)\s+côté|quant\s+à|"
    r"en\s+revanche|toutefois|cependant|but|however|for\s+(?:its|their|his|her)\s+part|"
    r"instead)\b",
    re.IGNORECASE,
)


def _contested_later(text: str, told: str, m: Mention, others: Sequence[Mention]) -> bool:
    """Whether the count ``m``, told in the imperfect of a report with no word of a
    first figure ("Hier soir, le bilan faisait état de onze morts"), is only followed by
    counts of its kind that another teller sets against it ("l'armée a confirmé
    l'attaque mais fait état de sept civils tués"): two competing tolls of one act, both
    linked (corpus note: a competing figure is linked with its side), not a toll the
    later one replaced (since 0.66.0)."""
    if _FIRST_WORD.search(told) or not _EARLIER_TOLL.search(told):
        return False
    # The next count of its kind is the one that would replace it; later ones (an
    # earlier year's dead, the attackers killed in a pursuit) are other acts' tolls.
    later = [n for n in others if n.start >= m.end]
    if not later:
        return False
    n = min(later, key=attrgetter("start"))
    before = text[max(0, n.start - _SENTENCE_REACH) : n.start]
    before = before[max(before.rfind(". "), before.rfind("\n")) + 1 :]
    return (
        _AGAINST.search(before) is not None
        and _REACHED.search(before) is None
        and _FINAL_TOLL.search(before) is None
    )


#: A count of a part of captives told before (since 0.59.0): "Three of the kidnapped",
#: "Deux des otages", "quatre d'entre eux".
_PART_OF_CAPTIVES = re.compile(
    r"[\w'’-]+\s+(?:of\s+(?:the|those|them)|des|d['’]entre\s+(?:les|eux|elles))\b", re.IGNORECASE
)
#: A toll told as provisional in its sentence (since 0.59.0): "selon un bilan provisoire",
#: "a preliminary toll".
_PROVISIONAL = gated(
    re.compile(
        r"\bbilans?\s+(?:provisoires?|partiels?)\b|\b(?:provisional|preliminary|initial)\s+"
        r"(?:death\s+)?toll\b",
        re.IGNORECASE,
    )
)
#: A later toll that replaces it (since 0.59.0): "Le bilan définitif fait état de onze
#: morts", "un nouveau bilan", "the final toll".
_FINAL_TOLL = re.compile(
    r"\bbilan\s+(?:définitif|final|officiel\s+définitif)\b|\b(?:nouveau|dernier)\s+bilan\b|"
    r"\b(?:final|latest|new|updated|revised)\s+(?:death\s+)?toll\b",
    re.IGNORECASE,
)


def _provisional_then_final(text: str, mentions: Sequence[Mention], i: int) -> bool:
    """Whether the count ``mentions[i]`` is a provisional toll ("au moins huit morts,
    selon un bilan provisoire") that a later sentence replaces with a final or new one of
    the same kind ("Le bilan définitif fait état de onze morts"): the update is the
    event's toll (corpus note, as for "un premier bilan"; since 0.59.0)."""
    m = mentions[i]
    lo = max(0, m.start - 300)
    opening = max(text.rfind(". ", lo, m.start), text.rfind("\n", lo, m.start)) + 1
    close = _SENTENCE_CLOSE.search(text, m.end)
    closing = close.end() if close else len(text)
    if not _PROVISIONAL.search(text, max(opening, lo), closing):
        return False
    final = _FINAL_TOLL.search(text, closing)
    if final is None:
        return False
    kind = m.choices.get(EntityAttribute.CASUALTY_KIND)
    return any(
        n.label == "CASUALTY"
        and n.start >= final.end()
        and n.start - final.end() < 200
        and n.choices.get(EntityAttribute.CASUALTY_KIND) == kind
        for n in mentions
    )


_SENTENCE_CLOSE = re.compile(r"[.!?](?:\s|$)|\n")
#: What a figure held until, between "faisait" and "état" (since 0.56.0): "jusque-là".
_UNTIL_THEN = r"(?:(?:jusque-là|jusqu['’](?:ici|alors)|alors|encore)\s+)?"
#: A toll an update replaced: "un premier bilan", "le bilan initial", "an earlier toll".
_EARLIER_TOLL = gated(
    re.compile(
        r"\b(?:premier|précédent|ancien)\s+bilan|\bbilan\s+(?:initial|précédent)|"
        r"\b(?:first|earlier|initial|previous)\s+(?:death\s+)?toll|"
        # Since 0.12.0 a toll told in the imperfect of a report: "les premières sources
        # faisaient état de onze morts", "le communiqué de samedi évoquait deux soldats tués".
        # Since 0.56.0 with what the figure held until: "faisait jusque-là état de 18 tués".
        rf"\bfaisai(?:en)?t\s+{_UNTIL_THEN}état\b|"
        r"\b(?:évoquai(?:en)?t|annonçai(?:en)?t|parlai(?:en)?t)\b|"
        # Since 0.64.0 the pluperfect of a report, which tells a figure given before the one
        # the article counts: "qui avait d'abord fait état de douze morts", "avait
        # initialement annoncé six tués", "had first reported four dead".
        r"\bavai(?:en)?t\s+(?:(?:d['’]abord|initialement|auparavant|jusque-là|"
        # Since 0.65.0 any verb of saying ("avait indiqué", "had said"), not a claim: a
        # group's competing figure is linked with its side (corpus note).
        r"dans\s+un\s+premier\s+temps)\s+)?(?:fait\s+état|annoncé|évoqué|parlé|indiqué|"
        r"affirmé|déclaré|rapporté|signalé|dit|avancé|communiqué)\b|"
        r"\bhad\s+(?:(?:first|initially|earlier|previously)\s+)?(?:reported|given|put|announced|"
        r"said|stated|told|cited)\b|"
        # Since 0.69.0 a first figure in a participle set before the update: "Annoncé dans
        # un premier temps à trois morts, le bilan a été porté à six", "Estimé d'abord à",
        # "Initially put at three dead, the toll"; only the figure right after it, not
        # the update the same sentence gives.
        r"\b(?:annoncée?s?|estimée?s?|chiffrée?s?|donnée?s?|évaluée?s?)\s+(?:dans\s+un\s+"
        r"premier\s+temps|d['’]abord|initialement|au\s+départ)\s+à\s*$|"
        r"\b(?:initially|first|originally)\s+(?:put|given|reported|estimated|announced)\s+at\s*$",
        re.IGNORECASE,
    )
)
#: How far back a correction's cue may stand in the count's sentence.
_SENTENCE_REACH = 400
#: A figure the paper or a first report gave and took back (since 0.30.0): "nous
#: indiquions", "dans la première version de cet article", "initialement", "an earlier
#: version of this story", "we wrongly reported".
_RETRACTED = gated(
    re.compile(
        r"\bnous\s+(?:(?:avions\s+|avons\s+)?(?:indiqu|écri|annon[cç]|rapport|affirm)[a-zé]*|"
        r"avions\s+fait\s+état)|"
        r"\b(?:première|précédente|ancienne)\s+version\b|"
        r"\b(?:earlier|previous|first|original)\s+version\b|"
        # Since 0.31.0 a first figure only where the word tells of one ("initialement de 10
        # morts", "annoncé à tort", "initially put at"), not "l'attaque, initialement
        # attribuée au JNIM, a fait 12 morts".
        r"\binitialement\s+(?:de|d['’]|à|annoncée?s?|estimée?s?|fixée?s?|évaluée?s?|donnée?s?|"
        r"fait\s+état)\b|"
        r"\b(?:annoncée?s?|indiquée?s?|écrit|rapportée?s?|donnée?s?)\s+à\s+tort\b|"
        r"\binitially\s+(?:put|reported|given|estimated|said|at)\b|"
        r"\b(?:wrongly|mistakenly)\s+(?:reported|said|stated|put|gave|given)\b|"
        r"\bwe\s+(?:had\s+)?(?:reported|wrote|said|stated)\b|"
        # "qui corrige le chiffre de cinq militaires tués", "revising the earlier figure of".
        r"\b(?:corrig|rectifi|correct|revis)\w*\s+(?:le|la|l['’]|un|the|its|an?)\s*"
        r"(?:\w+\s+)?(?:chiffre|bilan|figure|toll|number)\b",
        re.IGNORECASE,
    )
)
#: The words of a toll revised, up or down (since 0.61.0): "revu à la hausse à",
#: "ramené à", "raised to", "revised down to".
_REVISED = (
    r"(?:revue?|révisée?)(?:\s+à\s+la\s+(?:hausse|baisse))?|relevée?|portée?|ramenée?|"
    r"raised|lowered|revised(?:\s+(?:up|down)(?:wards?)?)?|reduced"
)
#: The figure a toll reached, which is the update: "est passé à", "rose to" (0.30.0).
_REACHED = gated(
    re.compile(
        r"(?:\b(?:passé|monté|grimpé|atteint|alourdi|élevé|élève|rose|risen|climbed|reached|"
        r"stands|stood|jumped|increased|" + _REVISED + r")" + UPDATE_WHEN + r"(?:à|to|at)|"
        # Since 0.61.0 the figure a later death brings a toll to, and a toll told as final in
        # its own words: "portant le bilan à", "bringing the death toll to", "le bilan est
        # finalement de".
        r"\b(?:portant|porte|portent|bringing|brings|brought|taking|takes|pushing|raising)\s+"
        r"(?:ainsi\s+)?(?:le|the)\s+(?:(?:death|overall)\s+)?(?:bilan|toll)\s+(?:à|to)|"
        r"\bbilan\s+(?:est|était|serait|s['’](?:établit|établissait|élève|élevait))\s+"
        r"(?:finalement|désormais|maintenant|à\s+présent|dorénavant)\s+(?:de|à)"
        r")\s+$",
        re.IGNORECASE,
    )
)
#: A sentence told as already past: "avait déjà dénoncé", "had previously reported".
_ALREADY_PAST = re.compile(
    r"\b(?:avai(?:en)?t|avions|had)\s+(?:déjà|auparavant|précédemment|already|previously|"
    r"earlier)\b",
    re.IGNORECASE,
)
#: A sum over a period since its start, months or years (untold's periods) or the
#: start of a presence: "depuis le début de l'année", "depuis 2013", "depuis son
#: déploiement", "since its deployment in 2013" (since 0.59.0).
_SINCE_THE_START = re.compile(
    SINCE_A_START + r"|"
    r"(?:son|sa|leur|its|their|la|le|l['’]|the)\s*(?:déploiement|arrivée|création|installation|"
    r"deployment|arrival|creation|inception))",
    re.IGNORECASE,
)
#: The toll of another act, in the pluperfect: "celle du 3 février contre un autre car,
#: qui avait fait cinq morts", "another ambush on the same road had killed six".
_OTHER_ACT_TOLL = gated(
    re.compile(
        # Since 0.61.0 also another act named by a pronoun ("un an après celle de Songho,
        # qui avait fait 31 morts", "the one in Solhan, which had killed 132"), by an
        # indefinite article after "où", "where" ("à Solhan, localité où un massacre avait
        # fait plus de 130 morts"), or an act of a past year ("in 2021 had left 58 dead").
        r"(?:\b(?:autre|another|précédente?|previous|earlier)\b[^.;!?\n]{0,120}?"
        r"|\b(?:(?:celle|celui|celles|ceux)\s+(?:de|du|des|d['’]|contre|survenue?s?|"
        r"perpétrée?s?|menée?s?)|(?:that|those)\s+(?:of|in|at|on)|"
        r"the\s+one\s+(?:in|at|on|near|of))[^.;!?\n]{0,120}?"
        r"|\b(?:où|where|lorsqu['’]|when)\s*(?:une?|an?)\s[^.;!?\n]{0,60}?"
        r"|\b(?:en|in|de|of)\s+(?:19|20)\d\d\b[^.;!?\n]{0,60}?)"
        # Not a report: "Un autre bilan avait fait état de 42 morts" is the same act's.
        r"\b(?:avai(?:en)?t\s+(?:fait(?!\s+état)|coûté|tué|causé)|"
        r"had\s+(?:killed|left|claimed|cost|wounded))\b",
        re.IGNORECASE,
    )
)
#: What opens a clause about another place or time: "où", "where", "when".
_EARLIER_ACT_CLAUSE = re.compile(r"\b(?:où|where|when|lorsqu['’]|lorsque|quand)\b", re.IGNORECASE)
#: The act's own complement right after its trigger: "l'attaque d'un autre bateau" is
#: the act of the other boat, whose toll it is; "A similar attack in 2021 had left 58
#: people dead" is the act of that year.
_OWN_COMPLEMENT = re.compile(
    r"\s*(?:(?:d['’]\s*|de\s+|du\s+|contre\s+|sur\s+|of\s+|on\s+|against\s+)(?:une?\s+|an?\s+)?)?",
    re.IGNORECASE,
)


#: Since 0.65.0 a second act of the sentence, in any tense, as the subject of the verb
#: that gives a toll: "killed nine soldiers near Dori, while a separate attack on
#: Gorgadji left five civilians dead", "tandis qu'une autre embuscade a coûté la vie à
#: six civils". The indefinite article keeps out "the attack, another blow to ...".
_SEPARATE_ACT_TOLL = gated(
    re.compile(
        r"\b(?:une?\s+autre|une?\s+(?:seconde?|deuxième|nouvelle)|another|a\s+(?:separate|"
        r"second|further|new))\s+(?:attaque|embuscade|explosion|frappe|incursion|raid|"
        r"attack|ambush|blast|strike|bombing|assault|incident)s?\b[^.;!?\n]{0,120}?"
        r"\b(?:a\s+(?:fait|coûté|tué|causé|blessé)|(?:fait|coûte|tue)(?!\s+état)|"
        r"left|leaves|killed|kills|claimed|cost|wounded|injured)\b",
        re.IGNORECASE,
    )
)


def _another_acts_toll(text: str, after_trigger: int, count_start: int) -> bool:
    """Whether the text between an act's trigger and a count after it tells the toll
    of another act (:data:`_OTHER_ACT_TOLL`, :data:`_SEPARATE_ACT_TOLL`); not when the
    "other" is the act's own complement ("En 2023, l'attaque d'un autre bateau avait
    fait plusieurs dizaines de morts": that attack's toll, since 0.61.0)."""
    m = _OTHER_ACT_TOLL.search(text, after_trigger, count_start) or _SEPARATE_ACT_TOLL.search(
        text, after_trigger, count_start
    )
    return m is not None and not _OWN_COMPLEMENT.fullmatch(text, after_trigger, m.start())


#: The update told after a figure, in its sentence: ", est passé à 17", "rose to 45".
_LATER_REACHED = re.compile(
    r"[^.;\n]{0,80}?\b(?:passé|monté|grimpé|atteint|alourdi|rose|risen|climbed|reached|"
    r"jumped|increased|" + _REVISED + r")" + UPDATE_WHEN + r"(?:à|to)\s+"
    r"(?:au\s+moins\s+|at\s+least\s+)?"
    rf"(?:\d|{NUMBER_WORD}\b)",
    re.IGNORECASE,
)
#: The next sentence says the figure was wrong: "Ce bilan était inexact", "That figure
#: was wrong".
_WRONG_AFTER = re.compile(
    r"[^.\n]{0,120}\.\s+(?:ce|cet|cette|that|this|the)\s+(?:premier\s+|first\s+)?"
    r"(?:bilan|chiffre|information|toll|figure|number|report)\s+(?:était|est|s['’]est\s+révélée?|"
    r"was|is|proved)\s+(?:\w+\s+)?(?:inexacte?|erronée?|faux|fausse|incorrecte?|wrong|inaccurate|"
    r"incorrect|false)",
    re.IGNORECASE,
)
#: The toll an update is compared with: "contre six morts annoncés mercredi", "up from 11".
_VERSUS = gated(re.compile(r"\b(?:contre|up\s+from)\s+$", re.IGNORECASE))
#: Most precise first: the codebook's location is the most precise place given.
_PRECISION_RANK = {
    "town": 0,
    "locality": 1,
    "admin2": 2,
    "admin1": 3,
    "country": 4,
    "region": 5,
}
#: Since 0.9.0 also "de Kokorou et de Dolbel", "à Boni et à Hombori", a route "de Niono
#: à Diabaly", "from Dolbel to Kokorou".
_COORDINATED_PLACE = re.compile(
    # Since 0.59.0 also "du Gourma, de la Kompienga et de la Tapoa" and a unit in
    # brackets between ("Ténenkou (région de Mopti) et de Macina").
    r"^\s*(?:\([^()]{0,40}\)\s*)?"
    r"(?:(?:,|et|and|,\s*et)(?:\s+(?:de\s+la|de\s+l['’]|du|de|à))?|et\s+d['’]|-|–|à|to)\s*$",
    re.IGNORECASE,
)


_UNITS = (
    r"(?P<unit>région|region|province|cercle|département|district|commune|zone|préfecture|"
    r"village|localité|hameau|quartier)"
)
_UNIT_BEFORE = gated(
    re.compile(
        # Since 0.25.0 with whose it is between: "le village de pêcheurs de Kangalom", "un
        # hameau d'éleveurs de".
        _UNITS + r"(?:\s+(?:de\s+|d['’])[a-zà-ÿ]+s)?"
        r"\s+(?:de\s+la\s+|de\s+l['’]|de\s+|d['’]|du\s+|des\s+|of\s+)?$",
        re.IGNORECASE,
    )
)
#: A mention that names its unit itself ("région de l'Est", an unresolved LOC).
_UNIT_INSIDE = re.compile(_UNITS + r"\s+(?:de|du|des|d['’]|of)\b", re.IGNORECASE)
_UNIT_AFTER = re.compile(
    r"\s+(?P<unit>region|province|department|district|cercle)\b", re.IGNORECASE
)
#: A village or a neighbourhood is the finest place an article gives (rank 0, with the
#: towns): "l'attaque du village de Noaka, dans la commune de Pensa".
_UNIT_RANK = {
    "région": 3,
    "region": 3,
    "zone": 1,
    "commune": 1,
    "village": 0,
    "localité": 0,
    "hameau": 0,
    "quartier": 0,
}


#: A meeting named by a word the lexicon does not take for an event.
_MEETING_WORD = re.compile(
    r"\b(?:session|sessions|réunion|sommet|rencontre|audience|conférence|travaux|"
    r"summit|meeting|talks)\b",
    re.IGNORECASE,
)


def _meeting_sentence_place(
    text: str,
    trig: Trigger,
    mentions: Sequence[Mention],
    sentences: Sequence[tuple[int, int]],
    sent: tuple[int, int],
    held: set[int],
    fillers: Callable[[str, tuple[int, int]], list[int]],
) -> list[int]:
    """The place, after a locative, of the sentence right before ``sent`` when that
    sentence tells a meeting ("a tenu sa session lundi à *Bamako*")."""
    prior = max((s for s in sentences if s[1] <= sent[0]), default=None)
    if prior is None or not _MEETING_WORD.search(text, *prior):
        return []
    pool = [
        i
        for i in fillers(Role.LOCATION, prior)
        if _LOCATIVE.search(text[max(prior[0], mentions[i].start - 40) : mentions[i].start])
    ]
    return _location(text, trig, mentions, pool, prior, held)


#: Acts done by speaking: the place of the paragraph is that of what they speak of, not
#: where they were said (since 0.24.0; REJECT since 0.18.0).
_SPOKEN = frozenset({"REJECT", "ACCUSE", "REQUEST", "SUPPORT", "CONCEDE", "AGREE", "THREATEN"})


#: The SANCTION modes that end or cut ties rather than drive people out or convict:
#: decided where the deciding body sits, never at a place of the paragraph (0.68.0).
_CUTTING_TIES = frozenset({"discontinue", "withdraw"})


def _rank(mention: Mention, text: str = "") -> int:
    told = _unit_told(text, mention.start, mention.end) if text else None
    if told is not None:
        return told
    inside = _UNIT_INSIDE.match(mention.text)
    if inside and not mention.choices.get(EntityAttribute.PLACE_PRECISION):
        return _UNIT_RANK.get(inside.group("unit").lower(), 2)
    if mention.rank_as:
        return _PRECISION_RANK[mention.rank_as]
    precision = mention.choices.get(EntityAttribute.PLACE_PRECISION, [])
    # An unresolved name is most often a locality too small for the gazetteer.
    return _PRECISION_RANK.get(precision[0], 1) if precision else 1


@lru_cache(maxsize=4096)
def _unit_told(text: str, start: int, end: int) -> int | None:
    """The rank of the unit the words around a place name give it, or None. Remembered
    (since 0.57.0): each candidate place is ranked for every event near it."""
    unit = _UNIT_BEFORE.search(text[max(0, start - 45) : start])
    if unit:
        # "la région de Mopti" is the region even when the gazetteer gives the town.
        return _UNIT_RANK.get(unit.group("unit").lower(), 2)
    after = _UNIT_AFTER.match(text, end)
    if after:
        # "Niger's Tillabéri region"; since 0.9.0 "the Téra department", "the Koro
        # district" rank as second-level units, not as the town of the same name.
        return 3 if after.group("unit").lower() in ("region", "province") else 2
    return None


def _fallback_tier(rank: int) -> int:
    """How coarse a place taken from the paragraph is: a town or a locality 0, a
    second-level unit 1, a region 2, a country or wider 3 (the finest tier first)."""
    return max(0, min(rank, 4) - 1)


#: How far before a country its locative may stand: "au Mali", "in northern Niger".
_COUNTRY_WINDOW = 26


#: What puts the place before it inside a unit (since 0.23.0): "le site d'orpaillage de
#: Gomdé, *dans la commune de* Bouroum", "au marché de Yatakala (*département de* Téra)",
#: "two villages *in* Kokorou commune".
_CONTAINING = re.compile(
    # The name of the place may follow its kind unrecognised: "le site d'orpaillage *de
    # Kossi*, dans la commune de Bouroum".
    rf"(?:\s+(?:de|du|d['’])\s*{NAME})?"
    # Since 0.66.0 with "situé" between: "le village de Boulel, situé dans la commune".
    r"\s*(?:,\s*(?:(?:situé\w*|located)\s+)?(?:dans|en|in)\s+|\(\s*(?:dans\s+)?)"
    r"(?:(?:la|le|les|the)\s+|l['’])?"
    r"(?:(?:commune|cercle|département|province|région|préfecture|sous-préfecture|district|"
    r"canton|arrondissement|wilaya|zone)(?:\s+(?:rurale|urbaine))?"
    r"\s+(?:de\s+la\s+|de\s+l['’]|de\s+|d['’]|du\s+|des\s+))?",
    re.IGNORECASE,
)


#: Between a place and the unit that situates it (since 0.58.0): "Tongomayel*, a town in
#: the* Soum province", "Kassela*, cercle de* Ségou", "Dinangourou*, dans la commune de*
#: Ségué", "Koutougou *(province du* Soum".
_SITUATING = re.compile(
    r"\s*(?:,|\()\s*(?:(?:un|une|a|an)\s+(?:[a-zà-ÿ-]+\s+){1,3}?)?(?:(?:situé\w*|located)\s+)?"
    # Since 0.59.0 the seat of the unit: "vers Dori, *le chef-lieu de la* région du
    # Sahel", "Diffa, the capital of the Diffa region".
    r"(?:(?:le\s+|l['’]|la\s+|the\s+)?(?:chef-lieu|chefs-lieux|capitale|capital|main\s+town)"
    r"(?:\s+(?:régionale|provinciale|regional|provincial))?\s+)?"
    r"(?:(?:dans|en|in|of|de|du|d['’])\s*)?(?:(?:la|le|les|the)\s+|l['’])?"
    r"(?:(?:commune|cercle|département|province|région|préfecture|sous-préfecture|district|"
    r"canton|arrondissement|region|department)(?:\s+(?:rurale|urbaine))?"
    r"\s*(?:de\s+la\s+|de\s+l['’]|de\s+|d['’]|du\s+|des\s+|of\s+(?:the\s+)?)?)?",
    re.IGNORECASE,
)


#: A country's possessive before its unit: "Burkina Faso*'s* Sourou province".
_POSSESSIVE_GAP = re.compile(r"['’]s\s+")


def _without_situating_units(
    text: str,
    mentions: Sequence[Mention],
    candidates: Sequence[int],
    own: list[int],
    held: set[int],
) -> list[int]:
    """``own`` without the units that only situate a candidate place set aside (not in
    ``own``, or held by a person or an office), in the order of the text, so that a
    chain ("X, dans la commune de Y, cercle de Z") is set aside whole (since 0.58.0).
    A unit is told by its word before or after it, or by the gazetteer, and is coarser
    than the place it situates; a bare comma between two towns is a list, no unit."""
    aside = {i for i in candidates if i not in own or i in held}
    if not aside:
        return own
    units: set[int] = set()  # only these leave ``own`` (a held site stays for its rules)
    ordered = sorted(candidates, key=lambda i: mentions[i].start)
    for inner, unit in itertools.pairwise(ordered):
        a, b = mentions[inner], mentions[unit]
        # Since 0.59.0 the unit of a country set aside with it, in the possessive
        # ("Kassoum, in Burkina Faso's Sourou province": the country situates the
        # unit, which situates the town).
        possessive = (
            _rank(a, text) >= 4 and _POSSESSIVE_GAP.fullmatch(text, a.end, b.start) is not None
        )
        if (
            inner in aside
            and unit not in aside
            and a.end <= b.start
            and (
                possessive
                or (
                    _SITUATING.fullmatch(text, a.end, b.start) is not None
                    and text[a.end : b.start].strip() not in (",", "(")
                    and _rank(b, text) > _rank(a, text)
                )
            )
            and _rank(b, text) >= 2
        ):
            aside.add(unit)
            units.add(unit)
    return [i for i in own if i not in units]


def _containers(text: str, mentions: Sequence[Mention], pool: Sequence[int]) -> dict[int, int]:
    """Candidates that only say which unit another candidate lies in: the unit's index
    -> the index of the place it contains. The codebook's location is the most precise
    place, so "Bouroum" in "le site de Gomdé, dans la commune de Bouroum" ranks after
    the site, whatever their gazetteer precision."""
    out: dict[int, int] = {}
    by_start = sorted(pool, key=lambda i: mentions[i].start)
    for before, after in itertools.pairwise(by_start):
        a, b = mentions[before], mentions[after]
        if a.end <= b.start and _CONTAINING.fullmatch(text, a.end, b.start):
            out[after] = before
    return out


#: What may stand before a capital that is a place, not a government: a locative (see
#: ``_LOCATIVE``), a noun's complement ("l'université de Bamako", "the port of Abidjan")
#: or a coordination with a place before it ("between Kayes and Bamako").
_CAPITAL_AS_PLACE = re.compile(
    r"(?:\b(?:de|du|des|of)\s+|\bd['’]|(?:,|\bet|\band|\bou|\bor)\s+(?:de\s+|d['’]|à\s+)?)$",
    re.IGNORECASE,
)


#: Between a French subject and its verb: auxiliaries, negation and a few adverbs ("ce
#: qu'Abidjan *avait* démenti", "Bamako *a aussitôt* rappelé").
_FR_VERB_GAP = re.compile(
    r"\s+(?:(?:a|avait|ont|avaient|aurait|auraient|n['’]a|n['’]avait|ne|n['’]|pas|jamais|"
    r"déjà|aussi|également|aussitôt|immédiatement|officiellement|formellement|"
    r"toujours|vient\s+de|venait\s+de)\s+)*",
    re.IGNORECASE,
)


def _capital_right_before(
    text: str,
    trig: Trigger,
    mentions: Sequence[Mention],
    capitals: Sequence[int],
    sent: tuple[int, int],
) -> int | None:
    """A capital right before a state's act with only auxiliaries between (since 0.59.0):
    "ce qu'*Abidjan* avait démenti", where the parse made the capital no subject. Not a
    capital after a locative or a complement ("à Bamako a été", "de Niamey")."""
    before = [i for i in capitals if sent[0] <= mentions[i].start and mentions[i].end <= trig.start]
    if not before:
        return None
    last = max(before, key=lambda i: mentions[i].end)
    m = mentions[last]
    ahead = text[max(sent[0], m.start - 40) : m.start]
    if _LOCATIVE.search(ahead) or _CAPITAL_AS_PLACE.search(ahead):
        return None
    return last if _FR_VERB_GAP.fullmatch(text, m.end, trig.start) else None


def _capital_as_party(text: str, mention: Mention, sentence: tuple[int, int]) -> bool:
    """Whether a capital stands for its government (since 0.23.0): "Bamako a rejeté",
    "urged Niamey to free", "négocier avec Bamako", "invité Bamako à renouer". The
    press names a capital as a place after a locative ("à Bamako") or as a noun's
    complement ("le grand marché de N'Djamena"); bare, it is the state acting."""
    if not _capital(mention):
        return False
    before = text[max(sentence[0], mention.start - 40) : mention.start]
    return not (_LOCATIVE.search(before) or _CAPITAL_AS_PLACE.search(before))


def _location(
    text: str,
    trig: Trigger,
    mentions: Sequence[Mention],
    pool: list[int],
    sentence: tuple[int, int],
    held: set[int],
) -> list[int]:
    """The event's places in its sentence: the most precise place not held by a person
    or an organisation ("le gouverneur de la région de Tillabéri" names an office, not
    where the event is), then the places coordinated with it ("entre Boni et Hombori")."""
    free = [
        i
        for i in pool
        if i not in held
        # A country or a wider area is most often a party ("entre les États-Unis et le
        # Mali"); it is where the event happened only after a locative ("au Mali").
        and (
            _rank(mentions[i], text) < 4
            or _LOCATIVE.search(
                text[max(sentence[0], mentions[i].start - _COUNTRY_WINDOW) : mentions[i].start]
            )
        )
        and not _capital_as_party(text, mentions[i], sentence)
        # "à Diafarabé, dans le centre du pays": a relative place said of a place just
        # named locates that place, which is the event's or not (since 0.46.0).
        and not (mentions[i].source == "relative" and _apposed_to_place(text, mentions, i))
    ]
    if not free:
        return []

    # A place told against another ("près de la frontière", "à l'entrée du village")
    # gives no gazetteer id: it is the event's place only when its sentence names none
    # (since 0.41.0).
    own = {i: 6 if mentions[i].source == "relative" else _rank(mentions[i], text) for i in free}
    rank = dict(own)
    # A unit that only contains another candidate ranks after it (since 0.23.0).
    for unit, inner in _containers(text, mentions, free).items():
        rank[unit] = max(own[unit], own[inner] + 1)
    # A town told as how far away another place lies ranks after that place (since
    # 0.56.0): "à Heremakono, localité frontalière située à une centaine de kilomètres
    # de Sikasso", "le village de Kassan, à 30 km de Djibo".
    measured = [i for i in free if _measured_from(text, mentions[i].start)]
    for i in measured:
        if any(
            j not in measured
            and own[j] <= 1  # a settlement, not the country or a unit around it
            and mentions[i].start - 120 <= mentions[j].end <= mentions[i].start
            for j in free
        ):
            rank[i] = max(rank[i], 6)
    # Since 0.58.0 likewise a town told as what the place right before it is near: "sur
    # l'île de Kinasserom, près de Bol", "le village de Kangalom, non loin de Ngouboua",
    # "Tin-Essako, near Kidal": the place situated is the event's, the town only finds it.
    for i in free:
        if own[i] <= 1 and any(
            j != i
            and own[j] <= 1
            and mentions[j].end <= mentions[i].start
            and _NEAR_APPOSED.fullmatch(text, mentions[j].end, mentions[i].start) is not None
            for j in free
        ):
            rank[i] = max(rank[i], own[i] + 2)

    def key(i: int) -> tuple[int, int, int]:
        m = mentions[i]
        locative = _LOCATIVE.search(text[max(sentence[0], m.start - 40) : m.start]) or (
            m.source == "relative" and opens_with_relation(m.text)
        )
        return (rank[i], 0 if locative else 1, _distance(m, trig))

    best = min(free, key=key)
    # The places listed with it, on either side ("à Tamou, Makalondi et Torodi"): each
    # place joined to one already chosen, until none is left (since 0.23.0 the whole
    # list, not only the places next to the last one chosen).
    # Since 0.59.0 also units of the chosen one's level listed with it ("dans les
    # départements de Ouallam, Banibangou et Abala", "les régions de Mopti et Ségou").
    fine = sorted(
        (i for i in free if own[i] <= 1 or (own[i] == own[best] and own[best] in (2, 3))),
        key=lambda i: mentions[i].start,
    )
    listed = {best, *_road_and_distance(text, mentions, free, best)}
    grown = True
    while grown:
        joined = [
            i
            for i in fine
            if i not in listed and any(_coordinated(text, mentions[i], mentions[j]) for j in listed)
        ]
        listed.update(joined)
        grown = bool(joined)
    return [best, *sorted(listed - {best}, key=lambda i: mentions[i].start)]


#: What ends the clause an act is told in: a semicolon, a colon, a sentence's end.
_ITEM_END = re.compile(r"[;:]|[.!?]\s|\n")


def _finer_than_frame(
    text: str,
    trig: Trigger,
    mentions: Sequence[Mention],
    place: Sequence[int],
    located: Sequence[int],
    sentence: tuple[int, int],
    held: set[int],
) -> int | None:
    """The settlement a sentence names after the unit or country that opens it as a
    frame, when that unit is all the event was placed in (since 0.68.0).

    The family: bulletins and roundups open each item with its area ("Dans la région de
    Tahoua, ...", "Dans le Logone Occidental, ...", "Au Cameroun voisin, ...") and then
    tell the item, naming its town inside the phrase of the act's object, of its cause
    or of the people it befell ("un groupe de bandits qui venaient d'enlever du bétail
    près de *Tébaram*", "la levée du couvre-feu instauré à *Moundou*", "lors de l'attaque
    d'un poste à *Fotokol*"), where the parse hangs it on another act. The annotator
    places the item at that town, not in the area. Only a settlement (a town or a
    locality) after the frame, in the trigger's clause (no semicolon, colon or sentence
    end between), not where people went, came from or took refuge, nor in what a speaker
    says; the nearest to the trigger."""
    frames = [i for i in place if unit_frame_end(text, mentions[i], sentence) is not None]
    if len(frames) != len(place):
        return None
    frame_end = max(unit_frame_end(text, mentions[i], sentence) or 0 for i in frames)
    if frame_end > trig.start:
        return None
    found = [
        i
        for i in located
        if i not in place
        and i not in held
        and mentions[i].start >= frame_end
        and mentions[i].end <= sentence[1]
        and mentions[i].source not in _SITE_SOURCES
        and _rank(mentions[i], text) <= 1
        and _ITEM_END.search(
            text, min(trig.start, mentions[i].start), max(trig.end, mentions[i].end)
        )
        is None
        and not _said(text, trig, mentions[i])
        and not _reached_at(text, mentions[i])
        and (not _to_or_from(text, mentions, i, sentence[0]) or _left(trig, mentions[i], text))
        and not _fled_to(text, trig, mentions[i])
        and not _refuge_at(text, trig, mentions[i])
        and not of_office(text, mentions[i])
    ]
    if not found:
        return None
    return min(found, key=lambda i: _distance(mentions[i], trig))


#: Between a distance's town and the road it lies on, or the reverse: "à 25 km au nord
#: de Kaya*, sur* l'axe Kaya-Barsalogho", "on the RN1*, about* 30 km south of Bougouni".
_ROAD_AFTER = re.compile(
    r"(?:\s+(?:et|and)\s+[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*)?)?\s*,\s*(?:sur|on|along)\s+$"
)
_DISTANCE_AFTER = re.compile(r"\s*,\s*(?:à|at|about|some)\s+[^,;.\n]{0,40}$", re.IGNORECASE)


_BETWEEN_BEFORE = re.compile(r"\b(?:entre|between)\s+$", re.IGNORECASE)


def _road_and_distance(
    text: str, mentions: Sequence[Mention], free: Sequence[int], best: int
) -> list[int]:
    """The other half of a place told both as a distance from a town and as the road it
    lies on (since 0.59.0): both are the event's places (the corpus links the road and
    the relative location), whichever of the two ranked first."""
    road = mentions[best].source == "road"
    out = []
    for i in free:
        m = mentions[i]
        if i == best or (m.source == "road") == road:
            continue
        r, t = (mentions[best], m) if road else (m, mentions[best])
        # Also the first of two towns a stretch lies between ("entre Gossi et Hombori,
        # sur la RN16"): its partner joins as a place listed with it.
        between = _BETWEEN_BEFORE.search(text, max(0, t.start - 10), t.start) is not None
        if not (relative_reference(t) or _measured_from(text, t.start) or between):
            continue
        before = t.end <= r.start and _ROAD_AFTER.fullmatch(text, t.end, r.start) is not None
        after = r.end <= t.start and _DISTANCE_AFTER.match(text[r.end : t.start]) is not None
        if before or after:
            out.append(i)
    return out


#: Between a place and the town it is near, in apposition (since 0.58.0): "Kinasserom*,
#: près de* Bol", "Kangalom*, non loin de* Ngouboua", "Tin-Essako*, near* Kidal", "Yobé*,
#: un village situé non loin de* Bosso".
_NEAR_APPOSED = re.compile(
    r"\s*,\s*(?:(?:un|une|a|an)\s+(?:[a-zà-ÿ-]+\s+){1,2}?)?(?:(?:situé\w*|located|lying)\s+)?"
    r"(?:tout\s+)?(?:près|non\s+loin|pas\s+loin|proche|à\s+proximité|aux\s+abords|"
    r"near|close\s+to|not\s+far\s+from"
    # Since 0.67.0 a bearing from the town ("dans les environs de Kouniana*, à l'est de*
    # Koutiala", "Tinkare*, north of* Gao") and the town's port or quarter the place is
    # ("près de Koriomé*, le port de* Tombouctou", "Lafiabougou*, a suburb of* Bamako").
    r"|(?:à\s+l['’]\s*|au\s+)(?:nord|sud|est|ouest)(?:-(?:est|ouest))?|"
    r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of|"
    r"(?:le|un|the|a)\s+(?:port|quartier|faubourg|suburb|district)"
    r"(?:\s+(?:fluvial|périphérique|river))?\s+(?:of|de|d['’]|du))"
    r"\s*(?:de\s+la\s+ville\s+de\s+|de\s+|d['’]|du\s+|the\s+town\s+of\s+)?",
    re.IGNORECASE,
)


def _apposed_to_place(text: str, mentions: Sequence[Mention], i: int) -> bool:
    """Whether mention ``i`` follows a place mention and a comma ("Diafarabé, | dans le
    centre du pays", "Kidal, | near the Algerian border")."""
    start = mentions[i].start
    return any(
        m.label in ("GPE", "LOC")
        and m.end <= start
        and _APPOSITION_COMMA.fullmatch(text, m.end, start) is not None
        for m in mentions
    )


_APPOSITION_COMMA = re.compile(r"\s*,\s*")


def _coordinated(text: str, one: Mention, other: Mention) -> bool:
    """Whether two places are next to each other in a list ("Boni et Hombori")."""
    a, b = sorted((one, other), key=lambda m: m.start)
    return a.end <= b.start and _COORDINATED_PLACE.match(text[a.end : b.start]) is not None


#: Types whose object is what is said, not where: "demandent des escortes sur l'axe
#: Gao-Ansongo", "a démenti une attaque contre le camp de Sévaré".
_VERBAL = frozenset(
    {"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "AGREE", "COOPERATE", "SANCTION"}
)
#: Since 0.62.0 the people forced to flee, between a verb of forcing and the flight's
#: verb: "contraint 2 500 personnes à", "forcing more than 4,000 residents to"; or before
#: a passive of forcing: "4 000 habitants ont été contraints de", "were forced to".
_FORCING_BEFORE = re.compile(
    r"\b(?:contraint|contraignant|forcé|forçant|obligé|obligeant|poussé|poussant|"
    r"forcing|forced|compelling|compelled|driving|drove)\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
_FORCED_TO = re.compile(r"\s*(?:à|de|d['’]|to)\s*$", re.IGNORECASE)
_FORCED_PASSIVE = re.compile(
    r"\s*(?:ont|a|have|has)?\s*(?:été|been|were|was)\s+(?:contraints?|contraintes?|"
    r"forcée?s?|obligée?s?|poussée?s?|forced|compelled)\s+(?:à|de|d['’]|to)\s*$",
    re.IGNORECASE,
)


def _forced_to_flee(
    text: str, trig: Trigger, mentions: Sequence[Mention], candidates: Sequence[int]
) -> int | None:
    """The people a verb of forcing made flee, told right before the flight's verb
    (:data:`_FORCING_BEFORE`, :data:`_FORCED_PASSIVE`); else None."""
    for i in candidates:
        m = mentions[i]
        if not (trig.start - 60 <= m.end <= trig.start):
            continue
        between = text[m.end : trig.start]
        if _FORCED_TO.fullmatch(between) and _FORCING_BEFORE.search(
            text, max(0, m.start - 40), m.start
        ):
            return i
        if _FORCED_PASSIVE.fullmatch(between):
            return i
    return None


#: A flight an act causes, told in its clause (since 0.19.0): "ont incendié des cases,
#: provoquant la fuite de centaines d'habitants".
_CAUSED_FLIGHT = re.compile(r"^provoqu\w*\s+la\s+fuite", re.IGNORECASE)


#: Where displaced people went: "pour Fassala", "en direction de Toma", "pour rejoindre
#: Bankass", "to the town of Douentza" (since 0.20.0 "left Dallah for Douentza").
_WENT_TO = re.compile(
    r"\b(?:pour|vers|en\s+direction\s+d[eu'’]|pour\s+rejoindre|jusqu['’]à|to|towards|into|for)"
    r"\s+(?:(?:la\s+ville|le\s+village|le\s+chef-lieu|the\s+town|the\s+city)\s+"
    r"(?:de\s+|d['’]|of\s+))?(?:la\s+|le\s+|l['’]|les\s+|the\s+)?$",
    re.IGNORECASE,
)


#: Verbs of sending troops, whose passive subject is who was sent: the deployment's
#: actor (codebook, MOBILIZE), unlike those recruited.
_DEPLOYED = re.compile(
    r"(?:re)?d[ée]ploy|d[ée]p[êe]ch|envoy|achemin|positionn|deploy|dispatch|sent\b",
    re.IGNORECASE,
)


def _deployed(trig: Trigger) -> bool:
    """Whether the trigger is a deployment's verb ("déployés", "dépêchés", "sent")."""
    return trig.label == "MOBILIZE" and _DEPLOYED.match(trig.text) is not None


def _qualified(
    trig: Trigger, tokens: Sequence[Token], mentions: Sequence[Mention], candidates: list[int]
) -> int | None:
    """The candidate holding the noun a participle trigger qualifies ("des familles
    *fuyant* les violences"), or None."""
    first = trig.tokens[0]
    if first < 0 or not tokens or tokens[first].dep != "acl":
        return None
    head = tokens[tokens[first].head]
    return next((i for i in candidates if mentions[i].start <= head.start < mentions[i].end), None)


#: Between a displacement's verb and the place people left (since 0.60.0): the kind of
#: settlement it is ("ont fui la commune de *Dogofry*", "fled the village of"), or the
#: violence fled there ("ayant fui les violences dans la commune rurale de
#: *Tondikiwindi*", "fleeing the attacks in").
_LEFT_GAP = re.compile(
    r"\s+(?:(?:les\s+|the\s+)?(?:violences|attaques|exactions|combats|affrontements|"
    r"violence|attacks|fighting|clashes)\s+(?:dans|à|de|du|en|in|at|around|of|near)\s+)?"
    r"(?:(?:la|le|les|l['’]|leurs?|the|their)\s*)?"
    r"(?:(?:commune|ville|village|localité|cercle|département|zone|région|province|town|"
    r"village|district|area|region|province|commune)s?(?:\s+rurales?|\s+urbaines?)?"
    r"\s+(?:de\s+|du\s+|d['’]|of\s+))?",
    re.IGNORECASE,
)


#: The roles of who acted and who was acted upon, which a border's country never fills.
_PARTIES = (Role.ACTOR, Role.RECIPIENT)
#: A border right before its country: "la frontière avec le *Niger*", "the border with
#: *Mali*", "la frontière du *Burkina Faso*", "the border between *Mali* and".
_BORDER_BEFORE = re.compile(
    r"\b(?:frontières?|borders?|frontiers?)\s+(?:commune\s+|common\s+)?"
    r"(?:avec|with|du|de|des|d['’]|of|entre|between)\s*(?:le\s+|la\s+|les\s+|l['’]|the\s+)?$",
    re.IGNORECASE,
)
#: A country right before its border: "the *Niger* border", "the Burkina Faso frontier";
#: or the second country of a border between two ("entre le Mali et le *Niger*").
_BORDER_AFTER = re.compile(r"\s+(?:borders?|frontiers?)\b", re.IGNORECASE)
_BORDER_BETWEEN = re.compile(
    r"\b(?:frontières?|borders?)\s+(?:entre|between)\s+(?:le\s+|la\s+|l['’]|the\s+)?"
    r"[\w'’ -]{2,30}?\s+(?:et|and)\s+(?:le\s+|la\s+|l['’]|the\s+)?$",
    re.IGNORECASE,
)


def _of_border(text: str, m: Mention) -> bool:
    """Whether the place ``m`` names the country of a border ("près de la frontière avec
    le *Niger*"): the border says where an event happened, the country took no part."""
    if m.label not in _PLACE_LABELS:
        return False
    lo = max(0, m.start - 60)
    # Every pattern holds one of these words near the mention: tried only then.
    window = text[lo : m.end + 40].lower()
    if "fronti" not in window and "border" not in window:
        return False
    return (
        _BORDER_BEFORE.search(text, lo, m.start) is not None
        or _BORDER_AFTER.match(text, m.end) is not None
        or _BORDER_BETWEEN.search(text, lo, m.start) is not None
    )


def _left(trig: Trigger, place: Mention, text: str = "") -> bool:
    """Whether ``place`` is the object of a displacement's verb, the place people left
    ("ont quitté *Tori*", "fled *the villages*"): the event's place (since 0.12.0); since
    0.60.0 also past the kind of settlement or the violence fled ("ont fui la commune de
    *Dogofry*", "ayant fui les violences dans la commune rurale de *Tondikiwindi*")."""
    if not leaving(trig) or place.start < trig.end:
        return False
    if place.start - trig.end <= 4:
        return True
    return bool(text) and _LEFT_GAP.fullmatch(text, trig.end, place.start) is not None


#: An aid convoy's arrival (events.idle_arrival) and the town it reached, a time or a
#: few words between: "est arrivé dimanche après-midi à *Djibo*", "a atteint *Titao*",
#: "arrived in *Djibo* on Monday", "reached *Léré*".
_ARRIVAL_TRIGGER = re.compile(r"^(?:arriv|reach|atteind|atteint)", re.IGNORECASE)
_ARRIVED_GAP = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:(?:à|au|aux|en|in|at)\s+)?(?:(?:la|le|les|the)\s+|l['’])?",
    re.IGNORECASE,
)


def _arrived_at(trig: Trigger, place: Mention, text: str) -> bool:
    """Whether ``place`` is the town an aid convoy arrived in, right after the arrival's
    verb: the aid's place (corpus notes: an escorted convoy reaching a town is AID on the
    verb of arrival), not only where someone went (since 0.67.0)."""
    if trig.label != "AID" or not _ARRIVAL_TRIGGER.match(trig.text) or place.start < trig.end:
        return False
    return place.start - trig.end <= 40 and (
        _ARRIVED_GAP.fullmatch(text, trig.end, place.start) is not None
    )


#: Where displaced people found refuge, told before or after their flight's verb: "ont trouvé
#: refuge à *Siribala* après avoir fui", "se sont réfugiés à", "now live in" (since
#: 0.60.0): not where the flight happened.
_REFUGE_AT = re.compile(
    r"(?:refuge|réfugi\w*|accueilli\w*|install[ée]\w*|arrivée?s?|sheltering|sheltered|"
    r"settled|arrived|(?P<home>live|living|vivent|vivant))"
    # A time between: "ont trouvé refuge depuis une semaine dans la commune de".
    r"(?:\s+(?:depuis|since|for)\s+[\w ]{2,20}?)?\s+(?:dans|à|au|aux|en|sur|in|at)\s+"
    r"(?:(?:la|le|les|l['’]|the)\s*)?(?:(?:ville|village|commune|localité|town|city|camps?)"
    r"\s+(?:de\s+|d['’]|of\s+))?$",
    re.IGNORECASE,
)


def _refuge_at(text: str, trig: Trigger, place: Mention) -> bool:
    """Whether ``place``, before or after a displacement's verb, is where people took
    refuge ("ont trouvé refuge à *Siribala* après avoir fui", "who fled Barsalogho now
    live in *Kaya*"). Where people live is their refuge only after the flight's verb:
    before it, it is their home ("residents living in Tassiga fled")."""
    if not leaving(trig) or trig.start <= place.start < trig.end:
        return False
    cue = _REFUGE_AT.search(text, max(0, place.start - 50), place.start)
    return cue is not None and (place.start > trig.start or cue.group("home") is None)


#: A destination listed after another: "ont fui vers Ténenkou et *Diafarabé*", "fled to
#: Mopti, Sévaré and *Bandiagara*" (since 0.60.0).
_WENT_TO_LIST = re.compile(
    r"\b(?i:pour|vers|en\s+direction\s+d[eu'’]|towards|to|for)\s+"
    r"[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?(?:\s*,\s*[A-ZÀ-Þ][\w'’-]+)*"
    r"\s*(?:,|\bet|\band)\s+$"
)


def _fled_to(text: str, trig: Trigger, place: Mention) -> bool:
    """Whether ``place`` is where displaced people went ("ont quitté la ville pour
    *Fassala*"), after the displacement's verb: not where it happened (since 0.12.0)."""
    if not leaving(trig) or place.start <= trig.end:
        return False
    lo = max(trig.end, place.start - 50)
    return (
        _WENT_TO.search(text, lo, place.start) is not None
        or _WENT_TO_LIST.search(text, max(trig.end, place.start - 80), place.start) is not None
    )


def _verbal(trig: Trigger) -> bool:
    """Whether the trigger is a verbal act, whose object is what is said (``_VERBAL``),
    rather than a displacement, whose object is the place left (since 0.12.0)."""
    return trig.label in _VERBAL and not leaving(trig)


# Not "nsubj": the subject of a verbal act is who speaks, and the place it names is
# where the act happened ("des responsables des villages du cercle de Bankass ont signé").
_CONTENT = ("obj", "ccomp", "xcomp", "nsubj:pass")
#: Words between a verbal act and a place after it beyond which the place is in what is
#: said ("demandent le renforcement des escortes sur l'axe Gao-Ansongo").
_SAID_GAP = 3


#: The occasion of a saying, right before its place: "dans un discours prononcé à
#: *Niamey*", "lors d'une conférence de presse à", "in a speech in", "at a news
#: conference in": the place is where the act was said, even far after its verb.
_SAID_AT = re.compile(
    r"\b(?:discours|allocution|conférence\s+de\s+presse|point\s+de\s+presse|"
    r"speech|address|(?:press|news)\s+conference|briefing)"
    r"(?:\s+(?:prononcée?|tenue?|donnée?|delivered|given|held))?\s+(?:à|au|in|at)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


#: An act named as the object of a saying, before the place it happened at.
_SAID_ACT = re.compile(
    r"\b(?:attaques?|attacks?|raids?|assauts?|killings?|meurtres?|assassinats?|"
    r"massacres?|tueries?|enlèvements?|abductions?|kidnappings?|explosions?|bombings?|"
    r"frappes?|strikes?|incendies?|exactions|embuscades?|ambush(?:es)?)\b",
    re.IGNORECASE,
)


def _said(text: str, trig: Trigger, place: Mention) -> bool:
    """True when ``place`` follows a verbal act's trigger beyond a few words: it is in
    what is said, asked or agreed ("agreed to set up a shared centre in Niamey"), not
    where it was said ("ont signé à Bamako")."""
    if not _verbal(trig) or place.start < trig.end:
        return False
    if _SAID_AT.search(text, max(trig.end, place.start - 60), place.start):
        return False  # "in a speech in Ouagadougou": where the words were said
    between = text[trig.end : place.start]
    # Since 0.62.0 also a place right after the act a saying is about: "condemned the
    # attack on *Manni*", "a dénoncé l'enlèvement de deux enseignants à *Sebba*": where
    # that act happened, not where it was condemned.
    return len(between.split()) > _SAID_GAP + 1 or _SAID_ACT.search(between) is not None


def trigger_tokens(triggers: Sequence[Trigger]) -> frozenset[int]:
    """The indices of the tokens of every trigger that has tokens."""
    return frozenset(
        k for t in triggers if t.tokens[0] >= 0 for k in range(t.tokens[0], t.tokens[1] + 1)
    )


#: A present participle: "emportant", "tuant", "killing".
_PARTICIPLE = re.compile(r"(?:ant|ing)$", re.IGNORECASE)


#: A participle of gathering, whose place is the setting of the sentence it opens.
_GATHERED = re.compile(
    r"(?:réunie?s?|rassemblée?s?|regroupée?s?|gathered|assembled)$", re.IGNORECASE
)


def _elsewhere(
    place: Mention,
    trig: Trigger,
    triggers: Sequence[Trigger],
    tokens: Sequence[Token],
    by_start: dict[int, int],
    covered: frozenset[int] | None = None,
) -> bool:
    """True when the parse puts the place in another event's phrase or in what a
    verbal act says, not where the event happened (``covered``: the
    :func:`trigger_tokens` of ``triggers``, when the caller has them).

    Walking up from the place's word to the verb governing the trigger: a word of
    another trigger on the way ("enlevés le mois dernier près de *Léré* ont été
    libérés": Léré is where they were abducted; "en visite à *Ouagadougou*, s'est
    engagé") claims the place; so does, for a verbal act, the verb's object or clause
    ("a démenti une attaque contre le camp de *Sévaré*"); and a country that is the
    argument of another verb ("les sanctions imposées au *Niger*").
    """
    k = by_start.get(place.start)
    verb = governing_verb(trig, tokens)
    if k is None or verb is None:
        return False
    mine = set(range(trig.tokens[0], trig.tokens[1] + 1))
    if covered is None:
        covered = trigger_tokens(triggers)
    country = "country" in place.choices.get(EntityAttribute.PLACE_PRECISION, [])
    if country and tokens[k].dep == "obl:arg" and tokens[k].head != verb:
        # A country the parse makes the argument of another verb ("les sanctions
        # imposées au Niger", "l'aide promise au Mali") is a party, not the place.
        return True
    for _ in range(8):
        head = tokens[k].head
        if k in mine or head == k:
            return False
        if k in covered:  # a word of another trigger (k is none of this one's)
            first = trig.tokens[0]
            if (
                k < first
                and first > 0
                and tokens[first - 1].text == ","
                and _PARTICIPLE.search(tokens[first].text)
            ):
                # "ont attaqué le marché de Tin-Akoff, emportant des vivres": a present
                # participle after the act's clause happened where it did, however the
                # parse hangs it (since s18p8).
                return False
            if _GATHERED.match(tokens[k].text) and (
                k == 0 or tokens[k - 1].text in (".", "\n", "-", "–", "—")
            ):
                # "Réunis dimanche à Accra, les chefs d'État ont levé les sanctions":
                # where they had gathered, told opening the sentence, is the setting of
                # what they did there (since 0.62.0).
                return False
            if _conjoined(tokens, k, verb):
                # "ont mis le feu à des greniers et enlevé quatre habitants dans le
                # hameau de Kourouma": coordinated acts share the place told after the
                # last (since 0.20.0).
                return False
            # ... unless that trigger is what this event's verb acts upon ("ont frappé
            # un *rassemblement* de combattants près de Tin-Hama"): its place is this one.
            return not (tokens[k].dep in ("obj", "nsubj:pass") and (head == verb or head in mine))

        if head == verb or head in mine:
            return _verbal(trig) and tokens[k].dep in _CONTENT
        k = head
    return False


#: Verbs that speak of an act (condemn, deny, tell of it), from actors.REACTING: not
#: those that fight it off ("a repoussé l'attaque"), which happen where the act did.
_SPEAKING_OF = REACTING - {
    "riposter", "répliquer", "repousser", "déjouer", "repel", "foil",
}  # fmt: skip


def _reaction_place(
    place: Mention, trig: Trigger, tokens: Sequence[Token], by_start: dict[int, int]
) -> bool:
    """Whether ``place``, told before a noun trigger, is where the verb that speaks of
    the act spoke (since 0.58.0): "Le gouverneur a condamné mercredi *à Dori* l'attaque
    qui a coûté la vie à sept soldats à Djibo", "a dénoncé depuis Bamako l'enlèvement":
    the condemnation's place, not the attack's, which its own phrase tells or not."""
    k = by_start.get(place.start)
    verb = governing_verb(trig, tokens)
    first = trig.tokens[0]
    if k is None or verb is None or first < 0 or place.end > trig.start:
        return False
    if first <= verb <= trig.tokens[1] or tokens[verb].lemma.lower() not in _SPEAKING_OF:
        return False
    return tokens[k].head == verb and verb < k


def _conjoined(tokens: Sequence[Token], k: int, verb: int) -> bool:
    """Whether verbs ``k`` and ``verb`` are coordinated, one the other's conjunct."""
    return tokens[k].pos == "VERB" and (
        (tokens[k].dep == "conj" and tokens[k].head == verb)
        or (tokens[verb].dep == "conj" and tokens[verb].head == k)
    )


#: Where people were taken or went after the event, or where they came from, not where
#: it happened: "ont fui pour se réfugier à *Kaya*", "évacués vers *Sévaré*", "emmenés en
#: direction de", "transportés vers", "ont regagné *Gorom-Gorom*", "des bergers venus de
#: *Mauritanie*", "taken to the hospital in *Bandiagara*", "des rescapés arrivés à
#: *Kaya*", "survivors who reached *Ouahigouya*".
_DESTINATION = re.compile(
    r"(?:\bvers|\ben\s+direction\s+d[eu'’]|\bjusqu['’]à|\bregagn\w*|\b(?:réfugi|évacu|"
    # Since 0.58.0 where people settled: "pour s'installer à Torodi".
    # Since 0.67.0 not a delegation or a mission led to a place ("a conduit mercredi une
    # mission à Matiacoali"): a visit, held where it went.
    r"transfér|transport|achemin|rapatri|emmen|"
    r"conduit(?![^.,;]{0,40}\b(?:délégation|mission|delegation)\b)|install)\w*\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:vers|à|au|sur|dans)|"
    # Since 0.63.0 also "un car qui venait de Bamako", "des bergers venant de Djibo".
    r"\b(?:venu|venai|venant|arrivé|originaire|provenance|repli)\w*\s+"
    r"(?:de|d['’]|du|des)|\b(?:arrivé|parvenu|rentré)\w*\s+(?:à|au|aux|jusqu['’]à)|"
    r"\brejoint|\bparti\w*\s+(?:de|d['’]|du)|\b(?:avoir\s+)?quitt\w*|"
    # Since s18p8: where a convoy set off from ("parti de Boulsa", "which had left
    # Kaya") and where it was heading through the site it names ("alors qu'il regagnait
    # la mine d'or de Taparko", "headed for the camp of").
    r"\b(?:regagn\w*|en\s+route\s+pour|(?:headed|heading|bound)\s+for)\s+"
    r"(?:[\w'’-]+\s+){1,4}?(?:de|d['’]|du|of|in)|"
    r"\b(?:(?:had\s+)?left|departed(?:\s+from)?|(?:headed|heading|bound)\s+for)|"
    # Since 0.63.0 any tense of fleeing to, and taking refuge in: "prompting families
    # to flee to Kaya", "who sought refuge in Djibo".
    r"\b(?:towards|fle(?:e|es|eing|d)\s+to|(?:took|taking|sought|seeking|seek)\s+refuge\s+in|"
    r"(?:coming|came|crossed|arrived)\s+from|"
    # Since 0.64.0 a way told by where it started, with its object between: "as it
    # approached the town from Niono", "a convoy travelling north from Gao".
    r"\b(?:approach(?:ed|ing)|travell?(?:ed|ing)|return(?:ed|ing)|advanc(?:ed|ing)|"
    r"driv(?:ing|en)|mov(?:ed|ing)|head(?:ed|ing))\s+(?:[\w'’-]+\s+){0,3}?from|"
    r"reached|arrived\s+(?:in|at)|made\s+it\s+to|"
    # Since 0.62.0 not a decision "taken at a summit in Abuja": where it was made.
    r"(?:taken(?!\s+(?:at|during|by)\b)|evacuated|moved|"
    r"flown|transferred)\s+(?:[\w'’-]+\s+){0,4}?(?:to|in))|"
    # Since 0.52.0 where someone was bound: "a bus travelling to", "carrying passengers
    # to" (the French "à destination de" is read with its vehicle: _BOUND_VEHICLE).
    r"\b(?:travell?ing|going|driving|on\s+(?:its|their|the)\s+way)\s+to|"
    r"\bcarrying\s+(?:[\w'’-]+\s+){1,3}?to|"
    # Since 0.64.0 where a wounded victim died afterwards: "one of whom later died in
    # Niamey", "a succombé à ses blessures à Dori", "décédé des suites de ses blessures
    # au CHR de Kaya" (not "died in Kaya", which may be the act's place).
    r"\b(?:(?:later|subsequently)\s+died|died\s+(?:of|from)\s+(?:his|her|their)\s+"
    r"(?:wounds|injuries)|succumbed(?:\s+to\s+(?:his|her|their)\s+(?:wounds|injuries))?)"
    r"\s+(?:(?:in|at)\s+(?:a|the)\s+hospital\s+)?(?:in|at)|"
    r"\b(?:succombée?s?|décédée?s?\s+des\s+suites\s+de)\s+(?:(?:à|de)\s+)?(?:ses|leurs)\s+"
    r"blessures\s+(?:à|au|dans))\s*"
    r"(?:la\s+|le\s+|l['’]|les\s+|the\s+)?$",
    re.IGNORECASE,
)


#: Between an act on things and the things: "incendié | deux camions", "set fire to |
#: several vehicles", "emporté | des motos et du bétail".
def _without_earlier_acts_places(
    text: str,
    trig: Trigger,
    triggers: Sequence[Trigger],
    mentions: Sequence[Mention],
    own: list[int],
    sent: tuple[int, int],
) -> list[int]:
    """``own`` without the places told after an earlier act of the sentence and before
    the trigger, when the trigger has a place of its own after it in its clause (no
    comma, no other act between; since 0.59.0): "une unité a accroché un groupe armé près
    de Barsalogho et détruit jeudi une base près de Namissiguima": Barsalogho is the
    clash's, Namissiguima the destruction's (the nearest place would give Barsalogho to
    both)."""
    if len(own) < 2:
        return own
    acts = [t for t in triggers if t is not trig and sent[0] <= t.start < sent[1]]
    if not acts:
        return own
    after = any(
        trig.end <= mentions[i].start <= trig.end + 80
        # A named place, not a site that lies in the town told before ("ont incendié
        # le centre de santé").
        and mentions[i].label in ("GPE", "LOC")
        and mentions[i].source not in _SITE_SOURCES
        and not any(trig.end <= t.start < mentions[i].start for t in acts)
        and not any(c in text[trig.end : mentions[i].start] for c in ",;")
        for i in own
    )
    if not after:
        return own
    return [
        i
        for i in own
        if not (
            mentions[i].end <= trig.start
            and any(t.end <= mentions[i].start for t in acts)
            # "conduits à Kayes où ils ont été reçus": the place a relative clause opens
            # on is the place of the act it tells.
            and not _WHERE_RELATIVE.match(text, mentions[i].end)
        )
    ]


_WHERE_RELATIVE = re.compile(r"\s*,?\s*(?:où|where)\b", re.IGNORECASE)


#: What stands between a seizure and the goods it took, in its clause (since 0.59.0):
#: "seizing | weapons and | motorcycles", "récupérant | des motos et de l' | armement".
_SEIZED_GOODS = re.compile(r"[^,;.:()]{0,60}")
_ACTED_ON_AFTER = re.compile(
    rf"\s*(?:{DAY_WORD}\s+)?"
    r"(?:à|aux?|to|of)?\s*(?:(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|"
    r"des|les|leurs?|ses|plusieurs|several|two|three|four|five|\d+|the|their|its|a|an|"
    r"de\s+nombreux|dozens\s+of)\s+)*(?:[a-zà-ÿ'’-]+\s+)?",
    re.IGNORECASE,
)
#: A vehicle and where it was bound (since 0.52.0): "un car transportant des passagers
#: à destination de Mopti", "un camion en partance pour Gao" (not "un blocus sur les
#: importations à destination de l'ouest du pays": where the blockade bites).
_BOUND_VEHICLE = gated(
    re.compile(
        r"\b(?:cars?|bus|autobus|camions?|véhicules?|convoi|minibus|pirogues?|vols?|avions?|"
        r"trains?|tricycles?|motos?)\b[^.;:]{0,60}?\b(?:à\s+destination\s+d[eu'’]|"
        r"en\s+partance\s+pour|en\s+route\s+(?:pour|vers))\s*(?:la\s+|le\s+|l['’]|les\s+)?$",
        re.IGNORECASE,
    )
)
#: The words one of which every match of _VEHICLE_LINE holds (its verbs), in lower case:
#: most articles hold none and are not searched for it (for speed).
_VEHICLE_LINE_WORDS = ("reli", "liaison", "trajet", "travel", "running", "plying", "going")
#: The two ends of the line a vehicle ran (since 0.58.0): "un car *qui reliait*
#: Bobo-Dioulasso *à* Ouagadougou", "une pinasse qui assurait la liaison entre Bourem et
#: Gao", "a bus travelling from Mopti to". Not a road "reliant Macina à Ségou".
_VEHICLE_LINE = gated(
    re.compile(
        r"\b(?:cars?|bus|autobus|camions?|minibus|pirogues?|pinasses?|bateaux|buses|trucks?|"
        r"lorr(?:y|ies)|boats?)\b"
        r"(?:\s+(?!(?:sur|on|along)\b)[^\s.;:,]+){0,5}?\s+(?:qui\s+(?:\w+\s+)?)?"
        r"(?:reli\w*|assur\w*\s+la\s+liaison|fais\w*\s+la\s+liaison|effectu\w*\s+le\s+trajet|"
        r"travell?ing|running|plying\s+the\s+route|going)"
        r"\s+(?:(?:entre|between|de|d['’]|from)\s+)?(?-i:[A-ZÀ-Þ][\w'’-]*\s+){0,3}?"
        r"(?:(?:à|et|and|to|vers)\s+)?(?:la\s+|le\s+|l['’]|les\s+)?$",
        re.IGNORECASE,
    )
)
#: A relative "où" / "where" between a place and the act: "se sont repliés vers la
#: forêt de Dofa, *où* l'aviation les a frappés": the place of that act, wherever the
#: first one was heading (since s18p8).
_WHERE_AFTER = re.compile(r"\s*,?\s*(?:où|where)\b[^.;:\n]*$", re.IGNORECASE)
#: A unit given after a place, in apposition: "la mine d'or de Taparko*, dans la
#: province du* Namentenga".
_UNIT_APPOSED = gated(
    re.compile(
        r",\s*(?:dans|en|in)\s+(?:la\s+|le\s+|l['’]|the\s+)?(?:province|cercle|département|"
        r"région|commune|region|district|department)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|"
        r"de\s+|d['’]|of\s+)?$",
        re.IGNORECASE,
    )
)


#: A natural feature or an area before its name (since 0.58.0): "la forêt de", "la
#: frontière avec le", "the forest of".
_FEATURE_BEFORE = gated(
    re.compile(
        r"\b(?:forêts?|brousse|frontière|vallée|île|mare|massif|collines?|falaises?|zone|"
        r"forests?|border|valley|island|hills?|"
        # Since 0.63.0 also a site of the town someone was heading to or came from: "vers
        # le marché de Djibo", "towards the market of Gorom-Gorom".
        r"marchés?|markets?|camps?|sites?|mines?)\s+(?:(?:avec|with)\s+)?"
        r"(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’]|le\s+|la\s+|l['’]|of\s+(?:the\s+)?|the\s+)?$",
        re.IGNORECASE,
    )
)


#: Since 0.67.0 both ends of the route of goods carried: "tankers carrying petrol and
#: diesel from the port of *Abidjan* to *Bamako*", "des camions transportant du carburant
#: depuis le port de *Dakar* vers Bamako", "qui acheminaient des vivres de *Niamey* à
#: Gaya": where the act struck is told apart.
_GOODS_ROUTE = gated(
    re.compile(
        # Verbs only: "un minibus de transport en commun près d'Ansongo" is no route.
        r"\b(?:carr(?:ying|ied)(?!\s+out)|transport(?:ant|ait|aient|ing|ed|ée?s?)|"
        r"haul(?:ing|ed)|ferr(?:ying|ied)|achemin(?:ant|ait|aient|ée?s?)|convoy(?:ant|ait|aient))\s+"
        # The goods, no locative among them ("à la sortie de", "près de").
        r"(?:(?!(?:près|loin|proximité|sortie|entrée|abords|environs|near|outside|km|kilom\w*)\b)"
        r"[\w'’-]+\s+){1,5}?(?:from|de|d['’]|du|depuis)\s*"
        r"(?:(?:the\s+)?port\s+of\s+|(?:le\s+)?port\s+(?:de\s+|d['’])|la\s+|le\s+|l['’])?"
        r"(?:(?-i:[A-ZÀ-Þ][\w'’-]*)\s+(?:to|à|au|vers|jusqu['’]à)\s+)?$",
        re.IGNORECASE,
    )
)


def _to_or_from(text: str, mentions: Sequence[Mention], i: int, lo: int) -> bool:
    """True when place ``i`` is where someone went or came from ("vers Djibo", "parti de
    Boulsa"), or the unit given in apposition to such a place ("alors qu'il regagnait la
    mine d'or de Taparko, dans la province du *Namentenga*": since s18p8)."""
    m = mentions[i]
    if _DESTINATION.search(text, max(lo, m.start - 40), m.start):
        return True
    # Since 0.58.0 through the feature the name is of: "venus de la forêt de Samori",
    # "repliés vers la frontière avec le Niger", "fled towards the forest of" are read
    # before the feature ("venus de la | forêt"), where the way to or from is told.
    feature = _FEATURE_BEFORE.search(text, max(lo, m.start - 30), m.start)
    if feature is not None and _DESTINATION.search(
        text, max(lo, feature.start() - 40), feature.start()
    ):
        return True
    if _GOODS_ROUTE.search(text, max(lo, m.start - 90), m.start):
        return True  # "carrying fuel from the port of Abidjan to Bamako"
    # Since 0.69.0 the town of the care site the wounded were taken to, in the
    # act's own sentence: "relatives carried them by cart to the health centre in
    # *Tillia*", "les blessés ont été conduits au CSPS de *Dori*" place the move, not the
    # strike told beside it.
    if _cared_at(text, m, lo):
        return True
    if _BOUND_VEHICLE.search(text, max(lo, m.start - 90), m.start):
        return True  # "un car transportant des passagers à destination de Mopti"
    unit = _UNIT_APPOSED.search(text, max(lo, m.start - 45), m.start)
    if unit is None:
        return False
    # The place apposed to is one of the few mentions right before (sorted by start).
    before = [
        p
        for p in mentions[max(0, i - 4) : i]
        if p.label in _PLACE_LABELS and unit.start() - 2 <= p.end <= unit.start()
    ]
    return any(_DESTINATION.search(text, max(lo, p.start - 40), p.start) for p in before)


#: A settlement named by a demonstrative: "dans le marché de *cette commune*", "ce
#: village": the place of the sentence before, as "y" is.
_THIS_PLACE = gated(
    re.compile(
        r"\b(?:cette|ce|cet)\s+(?:commune|localité|ville|village|bourgade|hameau)\b",
        re.IGNORECASE,
    )
)
#: The unit of such a settlement ("cette commune rurale du département de *Say*").
_UNIT_OF_THIS = re.compile(
    _THIS_PLACE.pattern + r"(?:\s+rurale)?,?\s+(?:située?\s+)?(?:dans\s+)?(?:du|de\s+la|"
    r"de\s+l['’]|de|d['’]|le|la|l['’])\s*(?:(?:département|cercle|province|région)\s+"
    r"(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’]))?$",
    re.IGNORECASE,
)
#: "y" before the verb: the place of the sentence before ("des combattants y ont
#: détruit", "il s'y est rendu").
_THERE = re.compile(r"(?:\by|['’]y)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
#: Words that report what someone said; a place in the reporting phrase qualifies the
#: speaker ("ont raconté des déplacés arrivés à Djibo", "a local official in Ouallam
#: said"), it is not where the event happened.
_REPORTING = gated(
    re.compile(
        r"\b(?:selon|d['’]après|according\s+to|appris|raconté|racontent|indiqué|indique|rapporté|"
        r"rapportent|affirmé|affirment|déclaré|précisé|confié|témoigné|annoncé|said|told|"
        # Since 0.61.0 also "a confirmé à notre antenne le médecin-chef du district de Dori",
        # "a ajouté", "added".
        r"confirmé|ajouté|expliqué|confirmed|added|explained|"
        r"reported|(?-i:say|says))\b",
        re.IGNORECASE,
    )
)
_CLAUSE_END = re.compile(r"[,;:()«»\n]|\.\s")
#: Where a source was reached or spoke from (since 0.64.0): "ses proches, *joints depuis*
#: Bamako", "un élu joint par téléphone à Mopti", "the official, *speaking from* Gao",
#: "reached by phone in Niamey": where the reporter found the source, no act's place (not
#: "s'est exprimé à Diffa", where a statement the article codes was made).
_REACHED_AT = gated(
    re.compile(
        r"\b(?:joints?|jointes?|contacté(?:e|s|es)?|reached|contacted|speaking|spoke|"
        r"talking|calling)"
        r"(?:\s+(?:hier|ce\s+\w+|\w+di|on\s+\w+day|par\s+téléphone|au\s+téléphone|"
        r"by\s+(?:tele)?phone|over\s+the\s+phone|to\s+(?:the\s+)?\w+|à\s+l['’]\w+))*"
        r"\s+(?:depuis|à|from|in)\s+(?:la\s+ville\s+de\s+|the\s+town\s+of\s+)?$",
        re.IGNORECASE,
    )
)


#: The preposition of a move's named end (since 0.69.0): where it came from ("depuis
#: *Sévaré*", "à partir de", "en provenance de", "from") or where it went ("pour *Dori*",
#: "vers", "en direction de", "towards", "for"), right before the name.
_MOVE_END = gated(
    re.compile(
        r"\b(?:depuis|à\s+partir\s+d[eu'’]?|en\s+provenance\s+d[eu'’]?|from|pour|vers|"
        r"en\s+direction\s+d[eu'’]?|towards?|for)\s*(?:la\s+|le\s+|l['’]|the\s+)?$",
        re.IGNORECASE,
    )
)
#: A settlement named again by its bare kind as the move's other end: "vers la
#: localité", "dans la ville", "sur la commune", "quitté la localité", "to the town",
#: "left the town"; not "la ville de Kaya" (a name) nor "la ville voisine" (another).
_OTHER_END = gated(
    re.compile(
        r"\b(?:la\s+(?:même\s+)?(?:ville|localité|commune)|le\s+(?:même\s+)?village|"
        r"the\s+(?:same\s+)?(?:town|village|city))\b"
        r"(?!\s+(?:de|d['’]|du|des|voisine?|natale?|of|near)\b)",
        re.IGNORECASE,
    )
)


def _end_beside_anaphor(text: str, place: Mention, sentence: tuple[int, int]) -> bool:
    """Whether ``place`` is one named end of a move whose other end is the settlement the
    story is at, named again by its kind (since 0.69.0).

    The family: reinforcements, a convoy, displaced families or a unit moving between
    the town of the story and another named town, the story's own told as "la
    localité", "la ville", "the town": "a acheminé des renforts vers la localité depuis
    *Sévaré*", "ont quitté la localité pour *Dori*", "sent troops into the town from
    *Niamey*", "left the town for *Fada*". The named town is where they came from or
    went; the event is at the town pointed back to, which :func:`carried_places` gives
    (the sentence then names no place of its own). Only with the kind word within 60
    characters of the name, in its clause."""
    if _MOVE_END.search(text, max(sentence[0], place.start - 30), place.start) is None:
        return False
    lo, hi = max(sentence[0], place.start - 70), min(sentence[1], place.end + 70)
    for m in _OTHER_END.finditer(text, lo, hi):
        gap = text[min(m.end(), place.end) : max(m.start(), place.start)]
        if len(gap) <= 60 and not re.search(r"[;:.]", gap):
            return True
    return False


#: "et", "and" joining two acts of one subject ("a instauré un couvre-feu dans la ville
#: et interdit ...", "imposed a curfew on the town and banned ...").
_AND_JOINT = re.compile(r"\s(?:et|and)\s", re.IGNORECASE)


def _coordinated_act_place(
    text: str, place: Mention, trig: Trigger, triggers: Sequence[Trigger]
) -> bool:
    """Whether ``place`` belongs to another act joined by "et", "and" to the trigger's,
    whose own place is the story's town named again by its kind (since 0.69.0).

    The family: an authority's two decisions told in one sentence, each with its scope:
    "a instauré un couvre-feu dans la ville et interdit la circulation des motos dans
    toute la province du *Loroum*", "imposed a curfew on the town and banned motorcycle
    traffic across *Loroum* province", or the reverse order. The curfew is in the town
    pointed back to (which :func:`carried_places` gives), not in the province of the
    ban. Only with the kind word right after the trigger (within 40 characters, before
    the "et") and another trigger between the "et" and the place (or, in the reverse
    order, before the "et" and at most 120 characters before the place)."""
    if place.start >= trig.end:
        lo, hi = trig.end, place.start
        head = text[lo:hi]
    else:
        lo, hi = place.end, trig.start
        head = text[trig.end : min(len(text), trig.end + 40)]
    # A sentence or clause end between, not the colon of an hour ("from 7:00 pm").
    if hi - lo > 160 or re.search(r"[;\n]|[.:](?!\d)", text[lo:hi]):
        return False
    joint = _AND_JOINT.search(text, lo, hi)
    if joint is None:
        return False
    kind = _OTHER_END.search(head)
    if kind is None or (place.start >= trig.end and trig.end + kind.start() > joint.start()):
        return False
    if kind.start() > 40:
        return False
    # The other act on the place's side of the joint.
    if place.start >= trig.end:
        return any(joint.end() <= t.start < place.start for t in triggers if t is not trig)
    return any(place.start - 120 <= t.start < joint.start() for t in triggers if t is not trig)


def _reached_at(text: str, place: Mention) -> bool:
    """Whether ``place`` is where a source was reached or spoke from
    (:data:`_REACHED_AT`)."""
    return _REACHED_AT.search(text, max(0, place.start - 60), place.start) is not None


#: A complementiser opening what a reporting verb reports.
_THAT = gated(re.compile(r"\b(?:que|qu['’]|that)\b", re.IGNORECASE))


def _of_source(
    text: str, place: Mention, sentence: tuple[int, int], triggers: Sequence[Trigger]
) -> bool:
    """True when the place lies in the phrase that names who reports the event: between
    a reporting word and the place ("ont raconté des déplacés arrivés à *Djibo*") or
    between the place and a reporting word ("a local official in *Ouallam* said"), with
    no punctuation and no trigger in between."""
    start, end = sentence
    before = text[start : place.start]
    # Since 0.9.0 a complementiser ends the reporter's phrase too: "a annoncé mardi *que*
    # le poste de douane de Gaya avait été attaqué" tells the act, not who reports it.
    cut = max(
        (m.end() for m in (*_CLAUSE_END.finditer(before), *_THAT.finditer(before))), default=0
    )
    after = text[place.end : end]
    stop = next((m.start() for m in _CLAUSE_END.finditer(after)), len(after))
    for lo, hi in ((start + cut, place.start), (place.end, place.end + stop)):
        if _REPORTING.search(text, lo, hi) and not any(lo <= t.start < hi for t in triggers):
            return True
    return False


def _office_settlement(
    text: str,
    mentions: Sequence[Mention],
    fillers: Callable[[str, tuple[int, int]], list[int]],
    demonstrative: str,
    sentences: Sequence[tuple[int, int]],
    sent: tuple[int, int],
    triggers: Sequence[Trigger],
) -> int | None:
    """The settlement a demonstrative ("cette commune") points back to in the sentence
    before, across a paragraph's end, when it was named there by its kind ("le maire de
    la commune de Dioura"), or None."""
    before = max((s for s in sentences if s[1] <= sent[0]), default=None)
    if before is None:
        return None
    kind = demonstrative.split()[-1].lower()
    named = [
        i
        for i in fillers(Role.LOCATION, before)
        if not _of_source(text, mentions[i], before, triggers)
        and re.search(
            rf"\b{kind}s?(?:\s+rurale)?\s+(?:de\s+|d['’])$",
            text[max(0, mentions[i].start - 30) : mentions[i].start],
            re.IGNORECASE,
        )
    ]
    return named[-1] if named else None


def _previous_sentence(
    sentences: Sequence[tuple[int, int]], sent: tuple[int, int], para: tuple[int, int]
) -> tuple[int, int] | None:
    """The sentence before ``sent`` in its paragraph, or None."""
    before = [s for s in sentences if s[1] <= sent[0] and s[0] >= para[0]]
    return max(before, default=None)


#: An English article before a time that opens a noun's phrase ("the July 2023 coup";
#: French puts the time after the noun).
_ARTICLE_OPENING = re.compile(r"\b(?:the|its|their)\s+$", re.IGNORECASE)
#: Statements whose day may be that of the document they are said in.
_SAID = frozenset({"ACCUSE", "REQUEST", "REJECT", "SUPPORT"})
#: The words of a document that says things.
_DOCUMENT = r"communiqué|note|déclaration|lettre|rapport|statement|letter|report"
#: A communiqué the lead tells ("Dans un communiqué publié mardi", "In a statement").
#: Since 0.66.0 an army's or a ministry's bulletin too, which the lead names by its
#: definite article ("selon le bulletin hebdomadaire des opérations de l'état-major,
#: diffusé lundi soir"): what the issuer "félicite" or "rappelle" further on is its voice.
_LEAD_DOCUMENT = gated(
    re.compile(
        r"\b(?:(?:un|une|son|sa|leur|a|an|its|their)\s+(?:communiqué|déclaration|statement|"
        r"bulletin)|le\s+bulletin)\b",
        re.IGNORECASE,
    )
)
#: A document told before, pointed back to: "Dans sa note", "Le communiqué malien",
#: "dans le même texte", "In its statement".
_DOCUMENT_BACK = re.compile(
    r"(?<!\w)(?:(?:dans|selon)\s+(?:sa|son|leur|le|la|ce|cette)\s+(?:même\s+)?|"
    r"(?:le|la|ce|cette)\s+(?:même\s+)?|(?:in|according\s+to)\s+(?:its|their|the|this)\s+"
    rf"(?:same\s+)?|the\s+)(?:{_DOCUMENT}|texte)s?(?!\w)",
    re.IGNORECASE,
)
#: A document introduced: "un communiqué", "une note d'information publiée mardi", "a
#: statement".
_DOCUMENT_NEW = re.compile(
    rf"(?<!\w)(?:un|une|a)\s+(?:\w+\s+)?(?:{_DOCUMENT})(?!\w)", re.IGNORECASE
)


def _issue_day(
    text: str,
    trig: Trigger,
    mentions: Sequence[Mention],
    written_sentences: Sequence[tuple[int, int]],
    sent: tuple[int, int],
    fillers: Callable[[str, tuple[int, int]], list[int]],
) -> int | None:
    """The time a document was issued, for a statement whose clause points back to it
    ("Dans sa note, le HCR appelle"): the time nearest the document's introduction in
    the last sentence before that introduces one ("selon une note d'information publiée
    *mardi*"); None when there is none."""
    if not _DOCUMENT_BACK.search(text, sent[0], trig.start):
        return None
    found = _introduction(text, written_sentences, sent)
    if found is None:
        return None
    scope, introduced = found
    return min(
        fillers(Role.TIME, scope),
        key=lambda i: abs(mentions[i].start - introduced),
        default=None,
    )


def _introduction(
    text: str, written_sentences: Sequence[tuple[int, int]], sent: tuple[int, int]
) -> tuple[tuple[int, int], int] | None:
    """The last sentence before ``sent`` that introduces a document ("un communiqué"),
    and where the document's words start in it; None when no sentence does."""
    for start, end in reversed([w for w in written_sentences if w[1] <= sent[0]]):
        introduced = _DOCUMENT_NEW.search(text, start, end)
        if introduced is not None:
            return (start, end), introduced.start()
    return None


#: A document as the subject of what it says: "Le communiqué accuse", "The statement
#: called on".
_DOCUMENT_SUBJECT = re.compile(
    rf"(?<!\w)(?:le|la|ce|cette|the|this)\s+(?:même\s+|same\s+)?(?:{_DOCUMENT}|texte)"
    r"(?:\s+\w+)?\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


def _issuer(
    text: str,
    trig: Trigger,
    mentions: Sequence[Mention],
    written_sentences: Sequence[tuple[int, int]],
    sent: tuple[int, int],
    fillers: Callable[[str, tuple[int, int]], list[int]],
) -> tuple[int, float] | None:
    """Who issued the document a statement's subject points back to ("Le communiqué
    accuse"): the first person or organisation named before the document in the last
    sentence that introduces one ("Le gouvernement a annoncé ..., dans un communiqué");
    None when there is none."""
    if not _DOCUMENT_SUBJECT.search(text, max(sent[0], trig.start - 40), trig.start):
        return None
    found = _introduction(text, written_sentences, sent)
    if found is None:
        return None
    (start, _), introduced = found
    named = [
        i
        for i in fillers(Role.ACTOR, (start, introduced))
        if mentions[i].label in ("PER", "ORG") and not _is_place(mentions[i])
    ]
    return (named[0], 0.5) if named else None


def _distance(mention: Mention, trigger: Trigger) -> int:
    if mention.end <= trigger.start:
        return trigger.start - mention.end
    if mention.start >= trigger.end:
        return mention.start - trigger.end
    return 0


#: A sentence opening on a subject pronoun.
#: A sentence opening on a subject pronoun a few words before the trigger ("It called
#: for", "Ils demandent", "Il a également appelé").
_PRONOUN = re.compile(r"(?:Il|Elle|Ils|Elles|It|They)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
#: What follows the subject of a passive: "(VDP) ont été tués", ", dont le chef, a été
#: enlevé", "were killed"; since 0.17.0 ", dont un conseiller, y ont été tués".
_PASSIVE_SUBJECT = re.compile(
    r"[\s)»]*(?:,[^,.;]{1,60},\s*|,\s*(?=y\s))?(?:y\s+)?(?:ont|a|avaient|avait|auraient|aurait|sont|est|"
    r"seraient|serait|were|was|have\s+been|has\s+been|had\s+been)\s+"
    # Since 0.59.0 adverbs of another act between: "a par ailleurs été interpellé".
    r"(?:(?:été|également|aussi|reportedly|also|par\s+ailleurs|en\s+outre|ensuite|déjà|"
    r"separately|later|already)\s+)*(?:été\s+|(?<=were\s)|(?<=was\s)|"
    r"(?<=been\s))\w+",
    re.IGNORECASE,
)
#: A trigger that is itself a verb of undergoing: what stands before it is the victim.
_UNDERGOING = re.compile(r"(?:essuy|subi|tomb|came\s+under|come\s+under)", re.IGNORECASE)
#: "a été la cible d'une embuscade", "victime d'une attaque", "l'objet d'une attaque":
#: what stands before the trigger is the victim.
_TARGET_OF = gated(
    re.compile(
        r"\b(?:cible|victimes?|objet|target)\s+(?:d['’]|de\s+|of\s+)(?:une?\s+|la\s+|le\s+|l['’]|an?\s+)?$"
        # Since 0.35.0 "has faced repeated attacks", "fait face à des attaques".
        r"|\b(?:faced?|facing|faces|suffered|endured|fait\s+face\s+(?:à|aux)|subi|essuyé|"
        r"confrontée?s?\s+(?:à|aux))\s+(?:(?:des|de|d['’]|la|les|une?|the|an?)\s*)?"
        r"(?:[\w-]+\s+){0,2}$",
        re.IGNORECASE,
    )
)
#: A noun of what was told or shown about the act right before it: "its coverage of an
#: attack", "images of the massacre", "sa couverture de l'attaque" (since 0.37.0). Who
#: is named before reported on it, or reacted; the act's author is not told there.
_TOLD_ABOUT = gated(
    re.compile(
        r"\b(?:coverage|reporting|reports?|footage|images|videos?|pictures|photos|accounts?|"
        r"couverture|images|vidéos?|photos|récits?)\s+(?:of|on|about|de|du|des|d['’])\s*"
        r"(?:an?\s+|the\s+|l['’]|la\s+|le\s+|les\s+|une?\s+)?(?:[\w-]+\s+)?$",
        re.IGNORECASE,
    )
)
#: A phrase of the time or the occasion of another act, up to the trigger: "arrested
#: *during a* protest", "interpellés *lors d'une* marche", "*amid* protests" (English
#: only needs it: the French parse tells an oblique of another act's verb).
_DURING_OTHER = gated(
    re.compile(
        r"\b(?:during|amid|lors\s+d['’]?|lors\s+de|pendant|au\s+cours\s+d['’]?|au\s+cours\s+de)\s*"
        r"(?:an?\s+|the\s+|their\s+|its\s+|une?\s+|la\s+|le\s+|les\s+|l['’])?(?:[\w-]+\s+)?$",
        re.IGNORECASE,
    )
)
#: A passive participle: "accusée", "accused", "soupçonnés", "reconnu coupable".
_PASSIVE_PARTICIPLE = re.compile(
    # Its first word (since 0.39.0: "reconnu coupable", "pris en otage").
    r"^[\w'’-]*?(?:é|ée|és|ées|ed|nu|nue|nus|nues|pris|prise|prises)(?:\s|$)",
    re.IGNORECASE,
)
#: What stands between a noun and the participle that qualifies it: a comma (", accusée
#: de"; not a space alone: "Gunmen abducted" is active), "qui a été".
_QUALIFIED_BY = re.compile(
    r"\s*(?:\([^()]{1,12}\)|\))?\s*(?:,\s*(?:(?:qui\s+)?(?:a|avait|ont|avaient)\s+été\s+|"
    r"(?:who|which)\s+(?:was|were|had\s+been|has\s+been)\s+)?|"
    r"\s(?:qui\s+)?(?:a|avait|ont|avaient)\s+été\s+)$",
    re.IGNORECASE,
)
#: A relative clause of reporting right after a name: ", qui fait état de", ", qui a
#: annoncé", ", which reported".
_REPORTER_AFTER = re.compile(
    rf"\s*,?\s*(?:qui\s+(?:a\s+|avait\s+)?(?:fait|faisait)\s+{_UNTIL_THEN}état|"
    r"qui\s+(?:a\s+)?(?:annonc|indiqu|"
    r"précis|affirm|rapport|signal)\w*|which\s+(?:reported|said|announced))",
    re.IGNORECASE,
)
#: "after" opening a clause with its own subject and a passive verb: "after at least 40
#: soldiers were killed in an".
_AFTER_CLAUSE = re.compile(
    r"\bafter\s+(?:[^\s.;:,]+\s+){1,6}?(?:were|was|had\s+been|have\s+been)\s+(?:\w+ed\b|$)",
    re.IGNORECASE,
)
#: An act's noun and the relative pronoun right before the trigger: "attacks that killed".
_ACT_THAT = re.compile(
    r"\b(?:attacks?|raids?|ambush(?:es)?|strikes?|clashes|violence|fighting|explosions?|"
    r"blasts?|bombings?|assaults?)\s+(?:that|which)\s+(?:have\s+|has\s+|had\s+)?$",
    re.IGNORECASE,
)
#: A participle of outcome after a burning's clause: ", wounding four passengers".
_OUTCOME_PARTICIPLE = re.compile(
    r"[^.;:]{0,80}?,\s+(?:wounding|killing|injuring|blessant|tuant)\s", re.IGNORECASE
)
#: An act counted from by a span of time (since 0.39.0): "two weeks *after a deadly*
#: attack", "trois jours *après l'*attaque".
_SPAN_BEFORE = gated(
    re.compile(
        r"\b(?:days?|weeks?|months?|hours|jours?|semaines?|mois|heures)\s+(?:after|before|"
        # The noun's determiner is needed: "a day after gunmen torched a bus" names the
        # actor of a verb (since 0.40.0).
        r"après|avant)\s+(?:an?\s+|the\s+|l['’]|la\s+|le\s+|les\s+|une?\s+)(?:[\w-]+\s+)?$",
        re.IGNORECASE,
    )
)
#: An act of violence aimed at what follows: "attack on the", "attaque contre les".
_AIMED_AT = gated(
    re.compile(
        r"\b(?:attacks?|assaults?|raids?|ambush(?:es)?|strikes?|attaques?|assauts?|raids?|"
        r"embuscades?|frappes?)\s+(?:on|against|contre|visant)\s+(?:the\s+|l['’]|les?\s+|la\s+)?$"
        # Since 0.65.0 whom a campaign is waged against: "an army operation against Boko
        # Haram on the islands killed 40 fighters", "l'offensive contre le JNIM".
        r"|\b(?:operations?|offensives?|campaigns?|crackdown|fight|war|opérations?|campagnes?|"
        r"lutte|guerre)\s+(?:against|contre)\s+(?:the\s+|l['’]|les?\s+|la\s+)?$",
        re.IGNORECASE,
    )
)
#: A preposition of place right before a name: "à Kéniéba", "in Macina".
_AT = re.compile(r"\b(?:à|dans|in|at)\s+$", re.IGNORECASE)


def _unit_at(text: str, mention: Mention) -> bool:
    """Whether the mention is a town or a unit below the country after "à" or "in"
    ("interpellés jeudi *à Kéniéba*", "s'est rendue *à Macina*"): where the act took
    place, not who underwent it, even when the gazetteer resolves the name to a unit
    (since 0.23.0). A country after "au" may still receive ("l'aide au Niger")."""
    return (
        mention.label == "GPE"
        and _rank(mention, text) < 4
        and _AT.search(text, max(0, mention.start - 8), mention.start) is not None
    )


#: An administrative unit named as where: "un couvre-feu dans le cercle de *Ténenkou*",
#: "in the departments of *Torodi*": a place, never the recipient.
_IN_UNIT = gated(
    re.compile(
        r"\b(?:dans|en|in|throughout)\s+(?:la\s+|le\s+|l['’]|les\s+|the\s+|toute\s+la\s+|"
        r"tout\s+le\s+)?(?:région|cercle|province|commune|département|district|region|"
        r"department)s?\s+(?:rurales?\s+)?(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’]|"
        r"of\s+(?:the\s+)?)$",
        re.IGNORECASE,
    )
)
#: The sources of the facilities named by their kind (``preannotate/facilities.py``).
_SITE_SOURCES = ("facilities", "facilities-front")
#: A building an act stood before or took place in ("devant le gouvernorat", "outside
#: the governor's office", "dans le marché"): right before the facility's determiner.
_IN_FRONT = gated(
    re.compile(
        r"\b(?:devant|en\s+face\s+d[eu'’]|dans|à\s+l['’]intérieur\s+d[eu'’]|outside|"
        r"in\s+front\s+of|inside)(?:\s+(?:le|la|les|l['’]|the))?\s*$",
        re.IGNORECASE,
    )
)
#: A time that bounds a state or a measure ("un couvre-feu *jusqu'à dimanche*", "d'ici
#: lundi", "until Sunday"): when it ends, not when the act happened.
#: The words before the day a measure takes effect: "à compter du 1er décembre", "à
#: partir de lundi", "with effect from", "effective" (since 0.60.0).
_TAKING_EFFECT = gated(
    re.compile(
        r"(?:à\s+compter|à\s+partir)\s+(?:du|de|d['’])\s*(?:ce\s+|cette\s+|la\s+|l['’])?$|"
        r"(?:with\s+effect\s+from|effective|starting|as\s+of)\s+(?:on\s+|the\s+)?$",
        re.IGNORECASE,
    )
)
_BOUND = re.compile(
    r"\b(?:jusqu['’]\s*(?:à|au|aux|en)|d['’]\s*ici(?:\s+à|\s+au)?|until|till)\s+(?:l['’]|le\s+|la\s+)?$",
    re.IGNORECASE,
)
#: A time that bounds a record the act is compared with (since 0.62.0): "the attack,
#: the deadliest since January", "the worst violence in the region since 2022",
#: "l'attaque la plus meurtrière depuis mars": the act is not of January. Searched only
#: before a time that "since"/"depuis" opens (eventtime.since_bound).
_RECORD_SINCE = re.compile(
    r"\b(?:deadliest|bloodiest|worst|largest|biggest|heaviest|most\s+\w+|highest|first|"
    r"plus\s+(?:meurtri\w*|lourd\w*|grave\w*|important\w*|sanglant\w*|violent\w*)|"
    r"premi[eè]re?s?)\b[^.;]{0,60}?\b(?:since|depuis)\s+(?:the\s+|le\s+|la\s+|l['’])?$",
    re.IGNORECASE,
)


def _record_since(text: str, mention: Mention) -> bool:
    """Whether a time after "since" bounds a record the act is compared with ("the
    deadliest since January"), not the act's day."""
    return since_bound(text, mention) and (
        _RECORD_SINCE.search(text, max(0, mention.start - 90), mention.start) is not None
    )


#: Labels of places: a fallback (not the parse) never makes one the actor.
_PLACE_LABELS = ("GPE", "LOC", "FAC")
#: A sentence that opens another story ("Par ailleurs, un engin explosif a sauté ...",
#: "Separately, ..."): its act borrows no time from the story told before.
_OTHER_STORY = re.compile(
    r"\W*(?:par\s+ailleurs|d['’]autre\s+part|ailleurs|dans\s+un\s+autre\s+registre|"
    r"separately|elsewhere|in\s+another\s+(?:incident|development|attack)|"
    # Since 0.59.0 another place of the same roundup: "Dans une autre localité du
    # département, des inconnus ont incendié une école", "In another village".
    r"dans\s+(?:une?\s+)?autres?\s+(?:localités?|villages?|communes?|départements?|"
    r"cercles?|provinces?|régions?|incidents?)|"
    r"in\s+another\s+(?:village|town|locality|district|commune|province|region))\b",
    re.IGNORECASE,
)
#: The gerunds that tell an act's toll after a comma: "killing", "tuant".
_TOLL_GERUND = re.compile(
    r"(?:killing|wounding|injuring|leaving|tuant|blessant|faisant)\b", re.IGNORECASE
)
_AFTER_COMMA = re.compile(r",\s*$")
#: An English noun trigger told as what came before its clause: "after an ambush",
#: "following the deadly attack".
#: Since 0.56.0 also the act an arrest or a trial is tied to: "arrested six people in
#: connection with an attack", "charged over the attack", "for their role in the raid".
_EN_AFTER_ACT = re.compile(
    r"\b(?:(?P<interval>(?:days|weeks|months|years|hours|a\s+day|a\s+week|a\s+month|"
    r"a\s+year|\w+\s+days|\w+\s+weeks|\w+\s+months|\w+\s+years)\s+)?"
    r"(?P<bare>after|following)|"
    r"in\s+connection\s+with|in\s+relation\s+to|"
    r"(?:charged|convicted|sentenced|jailed|tried|detained|arrested|held|questioned)"
    r"(?:\s+[\w-]+){0,5}?\s+over|"
    # Since 0.56.0 what a relative clause tells of the people named: "70 rebels who were
    # sentenced", an earlier act of its own.
    r"(?:who|which|that)\s+(?:were|was|had\s+been|have\s+been|has\s+been|had)|"
    r"for\s+(?:their|his|her|its|an?)\s+(?:alleged\s+)?(?:role|part|involvement)\s+in|"
    r"suspected\s+of\s+(?:involvement\s+in|carrying\s+out|taking\s+part\s+in))\s+"
    r"(?:(?:an?|the|this|that|their|its|last\s+\w+['’]s)\s+)?"
    r"(?:(?!(?:on|in|at|by|which|who)\b)[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


#: The word after a linking "after".
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")


def _another_acts_link(link: re.Match[str] | None) -> bool:
    """Whether a match of :data:`_EN_AFTER_ACT` ties another act to this one, with its
    own author, day and place: "in connection with", "days after"; not a bare "after",
    which may go on with the same subject and time ("on Saturday night after looting
    its pharmacy")."""
    if link is None:
        return False
    if not link.group("bare") or link.group("interval"):
        return True
    # Since 0.64.0 a bare "after" that opens a clause or a noun of its own ("set fire to
    # an office on Friday after a farmer was shot dead", "after gunmen attacked") ties
    # another act: only a gerund ("after looting") goes on with the same subject.
    word = _NEXT_WORD.match(link.string, link.end("bare"))
    return word is not None and not word.group(1).lower().endswith("ing")


def _after_linked_act(
    text: str, place: Mention, trig: Trigger, triggers: Sequence[Trigger]
) -> bool:
    """True when the place follows another act tied to this one by linking words
    (:data:`_EN_AFTER_ACT`), told after it: "arrested six people in connection with an
    attack on *a customs post*" (where the attack happened; since 0.56.0). English,
    which has no parse to tell whose phrase holds the place."""
    return any(
        trig.end <= t.start
        and t.end <= place.start
        and _another_acts_link(
            link := _EN_AFTER_ACT.search(text, max(trig.end, t.start - 60), t.start)
        )
        and link is not None
        and link.start() >= trig.end
        for t in triggers
        if t is not trig
    )


#: Acts told as a sequence of one happening, whose time carries over a paragraph break.
_NARRATED = frozenset({"ASSAULT", "COERCE", "RETREAT", "PROTEST"})
#: The acts of an occasion (a gift, a meeting, an agreement, a deployment, a lifting)
#: that its actor, named again after the lead, does on the lead's day (below).
_OCCASION_ACTS = frozenset({"AID", "CONSULT", "AGREE", "CONCEDE", "MOBILIZE"})
#: A frame that moves the act off the day told before: "Au terme de deux jours de
#: travaux", "après trois jours", "le lendemain", "plus tard", "after two days", "the
#: next day".
_SHIFTED_FRAME = re.compile(
    r"\b(?:au\s+terme|[àa]\s+l['’]issue|[àa]\s+la\s+fin|au\s+bout|après|at\s+the\s+end|"
    r"after)\s+(?:de\s+|d['’]|of\s+)?(?:\w+\s+){0,2}(?:jours|journées|semaines|heures|days|"
    r"weeks|hours)\b|\b(?:lendemain|veille|plus\s+tard|next\s+day|later)\b",
    re.IGNORECASE,
)
#: The words that join a second act to the first of the same subject, its auxiliary
#: left out or repeated: "a présenté les condoléances [...] et remis des vivres", "has
#: visited [...] and handed over".
_JOINED_ACT = re.compile(
    r"(?:\bet|\band)\s+(?:a|ont|avait|avaient|has|have|had)?\s*$", re.IGNORECASE
)
#: What opens a clause of its own between two acts (a relative, a new subject's clause).
_OWN_CLAUSE = re.compile(
    r"\b(?:qui|où|dont|que|qu['’]|who|which|that|where)\b|[.;:]", re.IGNORECASE
)


def _conjoined_day(
    text: str,
    trig: Trigger,
    triggers: Sequence[Trigger],
    linked: Sequence[Argument],
    sent: tuple[int, int],
) -> int | None:
    """The day of the act ``trig`` is joined to by "et"/"and" with the same subject ("Le
    gouverneur a présenté les condoléances [...] et remis des vivres": the gift takes the
    day of the condolences); None when the trigger opens no such second act or the first
    has no day."""
    if not _JOINED_ACT.search(text, max(sent[0], trig.start - 12), trig.start):
        return None
    before = [(k, t) for k, t in enumerate(triggers) if sent[0] <= t.start and t.end <= trig.start]
    if not before:
        return None
    k, first = max(before, key=lambda kt: kt[1].start)
    if _OWN_CLAUSE.search(text, first.end, trig.start):
        return None
    times = [a.mention for a in linked if a.trigger == k and a.role == Role.TIME]
    return times[0] if times else None


#: Statements dated only by their own sentence (below).
_UNBORROWING = frozenset({"ACCUSE", "REQUEST", "REJECT", "SUPPORT"})
#: Where what a promise announces begins: "que", "qu'", "de", "d'".
_PROMISED = re.compile(r"\b(?:que|qu['’]|de|d['’])", re.IGNORECASE)
#: A sentence that goes on with the subject of the one before: it opens (after a short
#: adverbial) with a subject pronoun.
_CONTINUED = re.compile(
    # An opening phrase up to its comma ("Sur place,", "Devant les notables de la
    # commune,"; since 0.16.1 any short one) or an adverb.
    r"\s*(?:(?:[^,.;:\n«»\"]{1,50},|Ensuite|Puis|Enfin|Then|Later)\s+)?"
    # Since 0.16.1 also "the latter": those just met, on the same occasion.
    r"(?:Il|Elle|Ils|Elles|He|She|They|Ces\s+derniers|Ces\s+derni[èe]res|Ce\s+dernier|"
    r"Celui-ci|Ceux-ci)\s",
    re.IGNORECASE,
)


def _speaker_day(
    triggers: Sequence[Trigger], linked: Sequence[Argument], previous: tuple[int, int]
) -> int | None:
    """The time linked to the last act of ``previous`` that is not violent (a meeting, a
    visit, a statement): the day a sentence that goes on with its speaker ("Ils ont
    également salué", "Il a appelé") takes when it tells none (since 0.59.0: 0.58.0 gave
    such a statement no day when the sentence before told its own day only by carrying
    it, or told an attack's day beside the visit's)."""
    times = [
        a.mention
        for a in linked
        if a.role == Role.TIME
        and triggers[a.trigger].label not in _VIOLENT
        and previous[0] <= triggers[a.trigger].start < previous[1]
    ]
    return times[-1] if times else None


def _lead_speaker_day(
    triggers: Sequence[Trigger],
    mentions: Sequence[Mention],
    linked: Sequence[Argument],
    ti: int,
    paragraphs: Sequence[tuple[int, int]],
    sentences: Sequence[tuple[int, int]],
    sent: tuple[int, int],
    text: str = "",
    present: bool = False,
) -> int | None:
    """The time of the lead's act that is not violent (a visit, a meeting, a statement)
    whose actor has the head of ``ti``'s actor ("Le gouverneur s'est rendu jeudi ...";
    later "le gouverneur a présenté les condoléances"): the day a statement of the same
    speaker that tells none of its own takes; None when the lead tells no such act."""
    # The lead is the first sentence (the title is none; the dateline opens its
    # paragraph outside any sentence).
    lead = min(sentences, default=None)
    if lead is None or sent[0] <= lead[0]:
        return None
    head = _actor_head(mentions, ti, linked)
    if head is None and present and text:
        # "Le gouvernement dément formellement": the tagger takes a verb it rarely sees
        # for an adverb and the actor is found only later; the noun opening the sentence
        # right before the verb is its subject (since 0.66.0).
        head = _opening_subject(text, triggers[ti], sent)
    if head is None:
        return None
    # Only in the lead's paragraph or the next one, which go on with its occasion: further
    # on, the gold leaves a statement of the same speaker undated as often as not.
    after_lead = [p for p in paragraphs if p[1] > lead[0]]
    if (
        len(after_lead) > 1
        and sent[0] >= after_lead[1][1]
        # A communiqué told in the lead ("Dans un communiqué publié mardi, l'ONG ...")
        # says all the article then quotes of it: round 14's coders date it all by the
        # communiqué (since 0.63.0).
        and not _LEAD_DOCUMENT.search(text, lead[0], lead[1])
        # "L'ONG a exigé mardi la libération de ... [two paragraphs on the arrest]
        # L'organisation appelle également": a statement told in the present is still
        # the voice of the lead's saying, however far on (since 0.66.0).
        and not present
    ):
        return None
    for k, t in enumerate(triggers):
        if not lead[0] <= t.start < lead[1] or t.label in _VIOLENT:
            continue
        other = _actor_head(mentions, k, linked)
        if (
            other != head
            # Since 0.67.0 the host of the lead's meeting or the giver of its aid, by the
            # same title ("Le gouverneur a reçu mercredi une délégation [...] Le
            # gouverneur s'est engagé").
            and not (
                head in _SPEAKER_TITLES
                and head in _occasion_heads(text, mentions, k, t, linked, sentences)
            )
            and not (
                # "Dans un communiqué publié mardi, l'ONG Human Rights Watch a accusé [...]
                # L'organisation condamne": the speaker named again by a generic noun of its
                # kind (since 0.63.0).
                other is not None
                and head in _SPEAKER_ANAPHORS
                and _actor_label(mentions, k, linked) == _actor_label(mentions, ti, linked)
            )
            and not (
                # "Reporters sans frontières (RSF) a exigé lundi [...] RSF appelle": the
                # speaker named again by a word of its first name, its acronym (since 0.66.0).
                present and _actor_names(mentions, k, linked, head)
            )
        ):
            continue
        times = [a.mention for a in linked if a.trigger == k and a.role == Role.TIME]
        if times:
            return times[0]
    if present and _named_in(text, lead, head, document=False):
        # "Reporters sans frontières (RSF) a exigé lundi [...] RSF appelle": the lead's
        # own statement, whose speaker the lead names but no actor was found for
        # (since 0.66.0).
        for k, t in enumerate(triggers):
            if not lead[0] <= t.start < lead[1] or t.label not in _SAID:
                continue
            if _actor_label(mentions, k, linked) is None:
                times = [a.mention for a in linked if a.trigger == k and a.role == Role.TIME]
                if times:
                    return times[0]
    if not _LEAD_DOCUMENT.search(text, lead[0], lead[1]):
        return None
    # "In a statement released on Thursday, Human Rights Watch said soldiers killed [...]
    # The group demanded": the lead's speaker is the source of a reported act, its day the
    # statement's (since 0.63.0).
    label = _actor_label(mentions, ti, linked)
    for a in linked:
        if a.role != Role.SOURCE or not lead[0] <= triggers[a.trigger].start < lead[1]:
            continue
        words = re.findall(r"[\wÀ-ÿ-]+", mentions[a.mention].text.lower())
        words = [w for w in words if w not in _ARTICLES]
        if not words or not (
            words[0] == head or (head in _SPEAKER_ANAPHORS and mentions[a.mention].label == label)
        ):
            continue
        return _lead_document_day(text, lead, mentions)
    # "Le gouvernement a rendu public mardi soir un communiqué [...] Le gouvernement
    # dément", "L'EMGA a annoncé jeudi soir, dans un communiqué, [...] L'EMGA invite": the
    # issuer the lead names with its dated document, named again, speaks on the
    # document's day even when the lead tells no act of its own (since 0.66.0).
    if _named_in(text, lead, head) and present:
        return _lead_document_day(text, lead, mentions)
    return None


#: A sentence opened (after an item's number, "3.") by a determiner and its noun, with
#: at most one adjective, right up to its verb: "Le gouvernement dément", "L'EMGA
#: dément", "3. Le ministère malien rejette".
_OPENING_SUBJECT = re.compile(
    r"\s*(?:\d{1,2}\s*[.)-]\s*)?(?:Le|La|Les|L['’]|The)\s*([A-Za-zÀ-ÿ-]+)"
    r"(?:\s+[a-zà-ÿ-]+)?\s+",
)


def _opening_subject(text: str, trig: Trigger, sent: tuple[int, int]) -> str | None:
    """The lowercased head noun of the subject that opens ``sent`` right before the
    trigger ("Le gouvernement dément" gives "gouvernement"); None otherwise."""
    m = _OPENING_SUBJECT.fullmatch(text, sent[0], trig.start)
    return m.group(1).lower() if m else None


#: A verb of saying or issuing right before a time ("a annoncé lundi soir", "a rendu
#: public mardi soir un communiqué", "said on Wednesday"): the day of the saying.
_SAID_BEFORE = re.compile(
    r"\b(?:annoncée?s?|indiquée?s?|affirmée?s?|déclarée?s?|précisée?s?|publiée?s?|"
    r"diffusée?s?|rendue?s?\s+publi(?:cs?|ques?)|fait\s+savoir|said|announced|stated|"
    r"issued|released|published)\s+(?:(?:le|ce|cet|on|late|early)\s+)*$",
    re.IGNORECASE,
)
#: Pronouns and short words that name no issuer of their own.
_NO_ISSUER = frozenset({"il", "elle", "ils", "elles", "he", "she", "it", "they", "on"})


def _actor_names(mentions: Sequence[Mention], ti: int, out: Sequence[Argument], head: str) -> bool:
    """Whether the first actor of trigger ``ti`` has the word ``head`` in its text
    ("Reporters sans frontières (RSF)" for "RSF"); not a pronoun."""
    if head in _NO_ISSUER or len(head) < 3:
        return False
    for a in out:
        if a.trigger == ti and a.role == Role.ACTOR:
            words = re.findall(r"[\wÀ-ÿ-]+", mentions[a.mention].text.lower())
            return head in words
    return False


def _lead_document_day(text: str, lead: tuple[int, int], mentions: Sequence[Mention]) -> int | None:
    """The day of the document the lead tells: its first time that dates a statement
    ("un communiqué lu lundi soir") or a saying ("a annoncé jeudi soir, dans un
    communiqué", "a rendu public mardi soir un communiqué"); None when there is none."""
    for i, m in enumerate(mentions):
        if m.label != "TIME" or not lead[0] <= m.start < lead[1]:
            continue
        if statement_dated(text, m) or _SAID_BEFORE.search(
            text, max(lead[0], m.start - 40), m.start
        ):
            return i
    return None


def _named_in(text: str, lead: tuple[int, int], head: str, document: bool = True) -> bool:
    """Whether the lead (telling a document, unless ``document`` is False) names the
    actor's head word ("gouvernement", "EMGA"): the issuer named again; not a pronoun."""
    if head in _NO_ISSUER or len(head) < 3:
        return False
    if document and not _LEAD_DOCUMENT.search(text, lead[0], lead[1]):
        return False
    return (
        re.search(rf"(?<![\w-]){re.escape(head)}(?![\w-])", text[lead[0] : lead[1]], re.IGNORECASE)
        is not None
    )


#: A participle's ending: "réclamant", "démenties", "condamné".
_FR_PARTICIPLE = re.compile(r"(?:ant|ée?s?|ies?|ues?|is|us)$", re.IGNORECASE)
#: A subordinate clause's opener before a verb, in its clause: "que le collectif",
#: "lorsqu'il", "si l'ONG".
_SUBORDINATE_BEFORE = gated(
    re.compile(
        r"\b(?:que|qu['’]|lorsque|lorsqu['’]|puisque|quand|si|dont|où)\s*[^,.;:!?«»\n]{0,60}$",
        re.IGNORECASE,
    )
)
#: A French third person's present: "dément", "invite", "appellent".
_FR_PRESENT = re.compile(r"[a-zà-ÿ]+(?:e|ent)", re.IGNORECASE)
#: An English verb of saying in the simple present: "denies", "urges", "calls".
_EN_PRESENT = re.compile(r"[a-z]+[^s]s\b")
#: An auxiliary right before it ("has urges" is no verb; "was" marks a past).
_EN_AUX_BEFORE = re.compile(r"\b(?:has|have|had|was|were|is|are|will|would)\s+$", re.IGNORECASE)


def _told_present(
    text: str, trig: Trigger, tokens: Sequence[Token], by_start: dict[int, int]
) -> bool:
    """Whether the statement ``trig`` is told in the present indicative ("dément",
    "invite", "félicite"; English "denies", "urges"): a news report's voice for what
    a document says, not an act of another day."""
    k = by_start.get(trig.start)
    if k is not None and tokens[k].dep:
        token = tokens[k]
        # "tout en réclamant", "que les autorités avaient démenties": a participle
        # (the tagger gives "réclamant" the present) or a compound tense.
        if (
            _FR_PARTICIPLE.search(token.text)
            or _AUXILIARY_BEFORE.search(text, max(0, trig.start - 40), trig.start)
            # A main clause only: "Ce n'est pas la première fois que le collectif met en
            # cause" tells a habit, not what the document says. Words, not the parse,
            # which may hang a sentence on the one before.
            or _SUBORDINATE_BEFORE.search(text, max(0, trig.start - 80), trig.start)
        ):
            return False
        if token.pos in ("VERB", "AUX"):
            return token.tense == "Pres" and token.mood != "Cnd"
        # The tagger takes a verb it rarely sees for another word ("Le gouvernement
        # dément": ADV): a third person's present ending, not a noun's.
        return token.pos in ("ADV", "ADJ", "X") and _FR_PRESENT.fullmatch(token.text) is not None
    return _EN_PRESENT.match(trig.text) is not None and not _EN_AUX_BEFORE.search(
        text, max(0, trig.start - 12), trig.start
    )


def sentence_before(
    sentences: Sequence[tuple[int, int]], sent: tuple[int, int]
) -> tuple[int, int] | None:
    """The sentence right before ``sent``, or None for the first."""
    earlier = [s for s in sentences if s[1] <= sent[0]]
    return max(earlier, default=None)


#: A reply or a reaction told as coming on a day: "La réponse est tombée mercredi", "La
#: réaction ne s'est pas fait attendre", "The response came on Thursday".
_REPLY_CAME = re.compile(
    r"\b(?:réponse|réaction|riposte\s+verbale|démenti|reply|response|reaction|rebuttal)\b",
    re.IGNORECASE,
)


def _day_lead_in(
    text: str,
    previous: tuple[int, int],
    para: tuple[int, int],
    triggers: Sequence[Trigger],
) -> bool:
    """Whether the sentence before a statement, in its paragraph, tells a reply coming
    and no act of its own (no trigger): its day is the statement's ("La réponse
    ivoirienne est tombée dès mercredi matin. Abidjan a rejeté ces allégations")."""
    return (
        previous[0] >= para[0]
        and _REPLY_CAME.search(text, previous[0], previous[1]) is not None
        and not any(previous[0] <= t.start < previous[1] for t in triggers)
    )


#: Bans, curfews and flights, dated only by their own sentence (below).
_RESTRICTING = frozenset({("COERCE", "restrict"), ("COERCE", "curfew"), ("SANCTION", "expel")})
#: A suspension ("a suspendu ses activités", "la suspension de ses convois", "suspended
#: its field activities"): a measure taken after the act told before, on a day of its own
#: or none; not that act's day (since 0.60.0).
_SUSPENDING = re.compile(r"suspen", re.IGNORECASE)
#: A participle used as a verb: an auxiliary a few words before it ("ont temporairement
#: suspendu", "have temporarily suspended").
_SUSPENDED_PARTICIPLE = re.compile(r"suspendu(?:e|s|es)?|suspended", re.IGNORECASE)
_AUXILIARY_BEFORE = re.compile(
    r"\b(?:a|ont|avait|avaient|aura|été|est|sont|has|have|had|was|were|been|is|are)"
    r"\s+(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _suspending(text: str, trig: Trigger) -> bool:
    """Whether ``trig`` is a suspension taken as an act ("a suspendu ses activités", "la
    suspension de ses convois"), not a participle naming what is suspended ("rétablir la
    diffusion des chaînes suspendues"), which borrows as before (since 0.60.0)."""
    if not _SUSPENDING.match(trig.text):
        return False
    if not _SUSPENDED_PARTICIPLE.fullmatch(trig.text):
        return True
    return _AUXILIARY_BEFORE.search(text, max(0, trig.start - 40), trig.start) is not None


#: Triggers of a lasting state, dated only by their own sentence: a blockade, a siege.
_LASTING = re.compile(r"(?:blocus|blockad|siège|siege|assiég|besieg)", re.IGNORECASE)
#: Acts that last, whose own "depuis" tells when they began.
_ONGOING_ACT = re.compile(
    r"(?:grève|arrêt\s+de\s+travail|sit-in|blocus|blockad|siège|siege|strike|boycott|"
    r"détention|detention|ville\s+morte)",
    re.IGNORECASE,
)
#: How far (in characters) a "depuis" may stand from its lasting act.
_OWN_SINCE_REACH = 40
_SENTENCE_BREAK_BETWEEN = re.compile(r"[.;!?\n]|,\s")
#: The acts of an attack's narrative ("Ils auraient également emporté du bétail et
#: incendié une boutique"), which a statement's or a release's day does not date.
_VIOLENT = frozenset({"ASSAULT", "COERCE"})


#: A verb of doing right before a time whose object is the act's noun: "(avoir) mené
#: mercredi une frappe", "lancé lundi une offensive", "carried out on Tuesday a raid".
_LIGHT_VERB_BEFORE = re.compile(
    r"\b(?:men[ée]e?s?|mener|lancée?s?|lancer|effectuée?s?|effectuer|conduite?s?|"
    r"réalisée?s?|réaliser|perpétrée?s?|perpétrer|commise?s?|commettre|"
    r"carried\s+out|conducted|launched|staged)\s+(?:(?:le|ce|on)\s+)?$",
    re.IGNORECASE,
)
#: An article between that time and the noun: "mené mercredi *une* frappe".
_ARTICLE_TO_NOUN = re.compile(
    r"\s*,?\s*(?:une?|des|de\s+nouvelles|de\s+nouveaux|la|le|l['’]\s*|les|an?|the|"
    r"several)\s*",
    re.IGNORECASE,
)


def _light_verb_day(text: str, time: Mention, trig: Trigger) -> bool:
    """Whether ``time`` stands between a verb of doing and the trigger noun it governs
    ("avoir mené mercredi une frappe de drone"): the act's own day."""
    return (
        time.end <= trig.start
        and _ARTICLE_TO_NOUN.fullmatch(text, time.end, trig.start) is not None
        and _LIGHT_VERB_BEFORE.search(text, max(0, time.start - 30), time.start) is not None
    )


#: A time opening its sentence, up to its comma: "Dimanche, ...", "Le 3 mars, ...".
_OPENING_COMMA = re.compile(r"\s*,")
#: What may stand before such a time, outside its span: "*Le* 22 novembre, ...".
_OPENING_WORDS = re.compile(
    r"\s*(?:(?:le|la|l['’]|en|au|à|on|in|late\s+on|early\s+on)\s*)?", re.IGNORECASE
)


def _frames_sentence(
    text: str, time: Mention, trig: Trigger, triggers: Sequence[Trigger], sent: tuple[int, int]
) -> bool:
    """Whether ``time`` opens the sentence with a comma ("Dimanche, ...") and the acts
    told between it and ``trig`` are narrated ones (no saying, which would report what
    follows): the day of the whole sequence."""
    if not _OPENING_WORDS.fullmatch(text, sent[0], time.start) or not _OPENING_COMMA.match(
        text, time.end
    ):
        return False
    between = [t.label for t in triggers if time.end <= t.start < trig.start]
    # At least one act told before: a sequence ("Samedi, la veille de la marche, le
    # gouverneur avait interdit" names the march, it does not tell it).
    return bool(between) and all(label in _NARRATED for label in between)


#: Acts of one speaking occasion: a meeting, and what is said, asked or agreed there.
_OCCASION = _SPOKEN | {"CONSULT"}


#: What opens a meeting told as the occasion of a saying: "lors d'une rencontre".
_AT_MEETING = re.compile(
    r"(?:lors|au\s+cours|à\s+l['’]occasion|à\s+l['’]issue)\s+(?:d['’]\s*|de\s+|du\s+|des\s+)"
    r"(?:la\s+|l['’]\s*|une\s+|un\s+|sa\s+|son\s+|leur\s+)?$|"
    r"\b(?:during|at)\s+(?:a|an|the|its|their)\s+$|"
    # "réunis samedi et dimanche à Ouagadougou pour leur troisième sommet": the meeting
    # its participants gathered for.
    r"\bpour\s+(?:leur|son|sa|ses|leurs)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


def _one_occasion(
    text: str, trig: Trigger, triggers: Sequence[Trigger], sent: tuple[int, int]
) -> bool:
    """Whether ``trig`` is a saying beside a meeting ("reçus lundi par le gouverneur, qui
    a appelé"), or a meeting told as a saying's occasion ("ont réclamé vendredi, lors
    d'une rencontre"), every other act of the sentence a meeting or a saying: the acts
    of one occasion, whose day is that of each (a meeting beside a decision, "Réunis
    depuis dimanche, ils ont adopté lundi", keeps its own)."""
    others = {t.label for t in triggers if t is not trig and sent[0] <= t.start < sent[1]}
    if not others or not others <= _OCCASION:
        return False
    if trig.label == "CONSULT":
        return _AT_MEETING.search(text, max(0, trig.start - 30), trig.start) is not None
    return "CONSULT" in others


def _spoken_day(
    triggers: Sequence[Trigger], sentences: Sequence[tuple[int, int]], time: Mention
) -> bool:
    """Whether a time is told in a sentence whose only acts are done by speaking ("Le
    maire a appelé lundi les autorités à ..."): the day of the saying, which a violent
    act of a later sentence does not borrow (since 0.24.0)."""
    start, end = containing(sentences, time.start)
    labels = {t.label for t in triggers if start <= t.start < end}
    return bool(labels) and labels <= _SPOKEN


#: A day told as following another: "le lendemain", "dès le lendemain", "deux jours
#: plus tard", "the next day".
_SEQUEL_DAY = gated(
    re.compile(
        r"\b(?:lendemain|plus\s+tard|suivante?|next\s+day|following\s+day|later)\b", re.IGNORECASE
    )
)


#: Vague times (codebook: a TIME left without norm_date): "récemment", "ces derniers
#: jours", "in recent weeks", "lately".
_VAGUE_TIME = gated(
    re.compile(
        r"\b(?:récemment|dernièrement|ces\s+derni(?:ers|ères)\s+(?:jours|semaines|mois|temps|"
        r"heures|années)|au\s+cours\s+des\s+derni(?:ers|ères)\s+(?:jours|semaines|mois)|"
        r"recently|lately|in\s+recent\s+(?:days|weeks|months)|over\s+the\s+past\s+(?:few\s+)?"
        r"(?:days|weeks|months)|"
        # "Au cours des dernières 48 heures", "in the past 24 hours".
        r"(?:des|ces|les)\s+derni[eè]res\s+(?:24|48|72)\s+heures|"
        r"(?:past|last)\s+(?:24|48|72)\s+hours|"
        # Since 0.61.0 a span counted from an earlier act with no number: "Quelques semaines
        # plus tard, l'armée a lancé", "Several weeks later": no day can be told, and the
        # month or day told before is the earlier act's.
        r"(?:quelques|plusieurs)\s+(?:jours|semaines|mois|années)\s+(?:plus\s+(?:tard|tôt)|"
        r"après|auparavant)|(?:a\s+few|several)\s+(?:days|weeks|months|years)\s+(?:later|earlier))\b",
        re.IGNORECASE,
    )
)


#: What tells right after an attack's word that it is to come: "une attaque *prévue*
#: le 24", "an attack *planned* for Christmas".
_PLANNED_AFTER = re.compile(
    r"\s*(?:\w+\s+)?(?:prévue?s?|planifiée?s?|programmée?s?|projetée?s?|planned|scheduled|"
    r"plotted)\b",
    re.IGNORECASE,
)


def _ahead_of_done_act(
    text: str, mention: Mention, trig: Trigger, sent: tuple[int, int], dateline: dt.date | None
) -> bool:
    """Whether ``mention``, a time that begins after the dateline, is not the time of the
    attack ``trig`` names: nothing before the attack's word in its sentence, nor right
    after it, tells it is to come ("Le procès des auteurs de l'attaque de Solhan s'ouvrira
    le 20 mars", "Les gendarmes tués seront inhumés vendredi": the day is the trial's, the
    funeral's; "had planned to attack ... on the night of Dec. 24 to 25", "une attaque
    prévue le 24" keep it). Since 0.61.0: 0.60.0 gave the past attack the coming day,
    which the region's note then flagged as after the dateline."""
    if trig.label != "ASSAULT" or dateline is None:
        return False
    norm = mention.textareas.get(Normalised.DATE)
    if not norm or first_day(norm) <= dateline.isoformat():
        return False
    opening = max(sent[0], trig.start - 200)
    return not (
        AHEAD.search(text[opening : trig.start] + " ") is not None
        or _AHEAD_BEFORE_ACT.search(text, opening, trig.start) is not None
        or _PLANNED_AFTER.match(text, trig.end) is not None
    )


#: Words of a plan or a threat before an attack's word (AHEAD reads to the end of a
#: clause, not across the attack's own words): "projetaient d'attaquer", "menacent de
#: frapper", "a plot to attack".
_AHEAD_BEFORE_ACT = re.compile(
    r"\b(?:proje(?:t|ta|taient|tait)|planifi|compl(?:ot|ô)|menac|plan(?:s|ned|ning)?\s+to|"
    r"plot|threat|intend|prépar|s['’]apprêt|would|will)",
    re.IGNORECASE,
)


def _background_day(
    triggers: Sequence[Trigger],
    sentences: Sequence[tuple[int, int]],
    mention: Mention,
    recalled: frozenset[int],
    dateline: dt.date | None,
) -> bool:
    """Whether a time of another sentence dates an act told there as background: in the
    pluperfect (the trigger of its sentence nearest to it is one of ``recalled``) and
    ended more than a week before the dateline ("Le poste avait déjà été attaqué *en
    janvier*", "who had been kidnapped *in 2023*"). An act of the article's own story
    told after it does not take that day (since 0.59.0: 0.58.0 dated "Les assaillants ont
    incendié deux véhicules" to the January of the earlier attack); an act told in the
    pluperfect too goes on with the background and may. A day of the last week told in
    the pluperfect is most often the story's own start ("Vendredi matin, le convoi avait
    quitté Djibo ... il a été immobilisé"): it may be borrowed, as before."""
    if not recalled or dateline is None:
        return False
    end = last_day(mention.textareas.get(Normalised.DATE) or "")
    if end is None or end >= dateline - dt.timedelta(days=7):
        return False
    sent = containing(sentences, mention.start)
    near = [
        (abs(_distance(mention, t)), i)
        for i, t in enumerate(triggers)
        if sent[0] <= t.start < sent[1]
    ]
    return bool(near) and min(near)[1] in recalled


#: A toll told as updated on a day (since 0.69.0): "le bilan a été porté dimanche soir à
#: six morts", "le bilan s'est alourdi vendredi", "Mercredi, le bilan est passé à 17",
#: "the toll rose on Sunday to", "the death toll was raised on Monday". The words of the
#: update; the day near them is the update's, not the attack's.
_TOLL_UPDATED_ON = re.compile(
    r"\b(?:bilan|toll)\b[^.;!?\n]{0,50}?\b(?:porté|passé|alourdi|alourdit|revu|grimpé|"
    r"élevé|monté|réévalué|rose|risen|climbed|raised|revised|jumped|increased)\b",
    re.IGNORECASE,
)


def _toll_update_day(text: str, mention: Mention) -> bool:
    """Whether a time dates the update of a toll (:data:`_TOLL_UPDATED_ON`): the toll's
    words within 70 characters before it, or opening its clause just after it
    ("Dimanche soir, le bilan a été revu"), in the same sentence."""
    lo = max(0, mention.start - 70)
    cut = max(text.rfind(c, lo, mention.start) for c in ".;!?\n")
    lo = max(lo, cut + 1)
    hi = min(len(text), mention.end + 60)
    stop = [k for k in (text.find(c, mention.end, hi) for c in ".;!?\n") if k >= 0]
    hi = min(stop, default=hi)
    found = _TOLL_UPDATED_ON.search(text, lo, hi)
    # The toll's word before the time, or at most a few words after it.
    return found is not None and found.start() <= mention.end + 12


def _attack_days(
    triggers: Sequence[Trigger],
    found: Sequence[Argument],
    pool: list[int],
    mentions: Sequence[Mention],
    text: str,
) -> list[int]:
    """Of the times of earlier paragraphs an act of violence may borrow, those that date
    an attack told there, when any: "tués dans la nuit de mardi à mercredi [...] Les
    victimes ont été inhumées jeudi matin. / Ils ont ensuite incendié la mairie" — what
    the attackers did next is the attack's, not the day of the burial, of a toll ("un
    premier bilan, donné lundi") or of a report that the lead tells after it (since
    0.66.0). Since 0.69.0 not the day a toll was updated, though the toll's participle
    is read as an act that day dates ("attaqué samedi à l'aube. [...] le bilan a été
    porté dimanche soir à six soldats tués. / Des frappes aériennes ont ensuite visé
    les assaillants": Saturday's)."""
    violent = [
        i
        for i in pool
        if any(
            a.mention == i and a.role == Role.TIME and triggers[a.trigger].label in _VIOLENT
            for a in found
        )
        and not _toll_update_day(text, mentions[i])
    ]
    return violent or pool


def _dates_aftermath(
    triggers: Sequence[Trigger], mentions: Sequence[Mention], found: Sequence[Argument], i: int
) -> bool:
    """Whether the TIME ``i`` is a day after another ("le lendemain") that already dates
    a statement or a release told before (since 0.13.0): "Son fils a été relâché *le
    lendemain*. [...] Ils auraient emporté du bétail" — the looting belongs to the attack,
    not to the day after it. Since 0.58.0 any time that dates a release told before, day
    after or not: "Leur chauffeur a été relâché *dans la nuit*. Les ravisseurs ont
    incendié le véhicule" — the burning belongs to the capture, which the release
    follows."""
    sequel = _SEQUEL_DAY.search(mentions[i].text) is not None
    return any(
        a.mention == i
        and a.role == Role.TIME
        and (
            triggers[a.trigger].mode == "release"
            or (sequel and triggers[a.trigger].label not in _NARRATED)
        )
        for a in found
    )


#: A capitalised name right after a site: its town ("du poste de gendarmerie | de Dioura").
#: Since 0.18.0 also "à" a town: "l'attaque d'un détachement militaire à Koutougou".
_TOWN_AFTER = re.compile(r"\s+(?:de\s+|d['’]|du\s+|à\s+|in\s+|at\s+)[A-ZÀ-Þ]")
#: What a state does by its capital's name: accuse, summon, deny, demand, agree, sanction.
_STATE_ACTS = frozenset(
    {"ACCUSE", "REJECT", "REQUEST", "AGREE", "SANCTION", "SUPPORT", "THREATEN", "COOPERATE"}
)


#: Between an act's noun and who did it: "le blocus (imposé) des jihadistes", "une
#: incursion de combattants de Boko Haram", "une attaque du JNIM contre".
_OF_AGENT = re.compile(
    r"\s+(?:(?:imposée?s?|décrétée?s?|instaurée?s?|menée?s?|conjointe?s?)\s+)?"
    r"(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+|d['’])\s*"
)


_OF_AGENT_BARE = re.compile(
    r"\s+(?:(?:imposée?s?|décrétée?s?|instaurée?s?|menée?s?|conjointe?s?)\s+)?"
)
_GENITIVE_ARTICLE = re.compile(r"(?:des|du|d['’])\s*", re.IGNORECASE)


def _genitive_agent(
    text: str, trig: Trigger, mentions: Sequence[Mention], candidates: Sequence[int]
) -> int | None:
    """The armed group, force or attackers an act's noun is of (since 0.14.0): "l'attaque
    de l'hôpital" is what was attacked, "le blocus des groupes armés" who imposes it, so
    only those that bear arms; but since 0.64.0 a protest's noun is of the people who
    protest, whoever they are ("la grève des enseignants", "un sit-in des élèves"):
    people do not strike or march against themselves (not a body: "la marche de
    l'opposition" is coded with the marchers)."""
    if not trig.text[:1].islower() or " " in trig.text.strip():
        return None
    protest = trig.label == "PROTEST"
    for i in candidates:
        m = mentions[i]
        if not trig.end < m.start <= trig.end + 40 or not (
            _armed(m) or _attackers_named(m) or (protest and m.label == "PER")
        ):
            continue
        between = text[trig.end : m.start]
        # The mention may hold its own article: "le blocus | des groupes armés".
        if _OF_AGENT.fullmatch(between) or (
            _OF_AGENT_BARE.fullmatch(between) and _GENITIVE_ARTICLE.match(m.text)
        ):
            return i
    return None


#: Who ordered a measure, told after it in its clause (since 0.66.0): "est fermée depuis
#: deux semaines sur ordre des jihadistes", "reste fermée par décision du gouverneur",
#: "closed on the orders of the army".
_ORDERED_BY = re.compile(
    r"[^.;:!?]{0,50}?\b(?:sur\s+(?:l['’]\s*)?(?:ordre|décision|instruction)s?|"
    r"par\s+(?:ordre|décision|arrêté|décret)|(?:on|by)\s+(?:the\s+)?orders?)"
    r"\s+(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+|d['’]|of\s+)?\s*$",
    re.IGNORECASE,
)


def _ordering_agent(
    text: str, trig: Trigger, mentions: Sequence[Mention], candidates: Sequence[int]
) -> int | None:
    """Who ordered a restriction, named right after "sur ordre de", "par décision de" or
    "on the orders of" in its clause (since 0.66.0): the closure's actor (codebook,
    COERCE: who imposes the measure), not what is closed."""
    if trig.label != "COERCE":
        return None
    for i in candidates:
        m = mentions[i]
        if trig.end < m.start <= trig.end + 90 and _ORDERED_BY.fullmatch(text, trig.end, m.start):
            return i
    return None


def _armed(mention: Mention) -> bool:
    """A registry armed group or a state force."""
    return mention.choices.get(EntityAttribute.SECTOR, [None])[0] in (
        "armed-group",
        "military",
    )


def _capital(mention: Mention) -> bool:
    """Whether the mention names a country's capital (GeoNames PPLC), or since 0.59.0
    another seat of its government (Abidjan)."""
    place_id = mention.textareas.get(Normalised.PLACE)
    place = gazetteer.lookup(place_id) if mention.label == "GPE" and place_id else None
    return seat_of_government(place)


#: Between a country that opens an English sentence and its verb: a day, an adverb,
#: an auxiliary ("The United States on Friday imposed", "Mali has expelled").
_COUNTRY_VERB_GAP = re.compile(
    r"\s+(?:(?:on\s+\w+day|last\s+(?:week|month)|yesterday|also|has|have|had|later|again|"
    r"formally|officially|abruptly|then)\s+){0,3}"
    # The verb whose object the trigger's noun is: "imposed sanctions", "declared a
    # state of emergency".
    r"(?:(?:imposed|slapped|announced|extended|renewed|launched|conducted|carried\s+out|"
    r"signed|decreed|declared|ordered)\s+(?:new\s+|fresh\s+|further\s+|an?\s+|the\s+)?"
    # Since 0.61.0 the words that qualify the noun: "signed a mutual defence pact".
    r"(?:[a-z][a-z-]*\s+){0,3}?)?",
    re.IGNORECASE,
)


def _parsed(trig: Trigger, tokens: Sequence[Token]) -> bool:
    """Whether the parse covers the trigger (French), so that it gives the subject."""
    return bool(tokens) and trig.tokens[0] >= 0 and bool(tokens[trig.tokens[0]].dep)


def _states_opening(
    text: str,
    trig: Trigger,
    mentions: Sequence[Mention],
    candidates: Sequence[int],
    sent: tuple[int, int],
) -> list[int]:
    """The countries that open an unparsed (English) sentence right before the trigger's
    verb ("The United States on Friday imposed sanctions", "Mali, Burkina Faso and Niger
    formally left ECOWAS"; for a state's act also a capital: "Bamako recalled its
    ambassador"): the subject, which the parse gives for French ("le Niger a rompu";
    since 0.50.0)."""
    states = sorted(
        (
            i
            for i in candidates
            if mentions[i].label == "GPE"
            and sent[0] <= mentions[i].start < trig.start
            and (
                "country" in mentions[i].choices.get(EntityAttribute.PLACE_PRECISION, [])
                or (trig.label in _STATE_ACTS and _capital(mentions[i]))
            )
        ),
        key=lambda i: mentions[i].start,
    )
    if not states:
        return []
    if text[sent[0] : mentions[states[0]].start].strip() in ("", "The"):
        run = [states[0]]
        for i in states[1:]:
            if not _STATES_JOINED.fullmatch(text, mentions[run[-1]].end, mentions[i].start):
                break
            run.append(i)
        if _COUNTRY_VERB_GAP.fullmatch(text, mentions[run[-1]].end, trig.start) is not None:
            return run
    return _states_opening_clause(text, trig, mentions, states, sent)


#: What opens a clause right before its subject (since 0.65.0): a conjunction ("but
#: Niger recalled", "when Algeria shot down", "after Benin and Togo signed") or the comma
#: after a fronted time ("Last month, Benin and Togo signed"), optionally "the".
_CLAUSE_OPENER = re.compile(
    r"(?:,|\b(?:but|and|when|after|before|while|as|since|because|until|although|whereas|"
    r"that|which|whom))\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _states_opening_clause(
    text: str,
    trig: Trigger,
    mentions: Sequence[Mention],
    states: Sequence[int],
    sent: tuple[int, int],
) -> list[int]:
    """The countries that open a clause inside the sentence right before the trigger's
    verb (since 0.65.0): "Relations have improved, but *Niger* recalled its ambassador",
    "since April, when *Algeria* shot down a drone", "Last month, *Benin and Togo*
    signed an agreement" (the list read back from the verb). Not a country after a
    preposition ("troops from Mali and Niger attacked": whose troops), nor one after the
    comma of a place ("in Diffa, Niger"): where, not who."""
    last = next(
        (
            i
            for i in reversed(states)
            if _COUNTRY_VERB_GAP.fullmatch(text, mentions[i].end, trig.start) is not None
        ),
        None,
    )
    if last is None:
        return []
    run = [last]
    for i in reversed(states):
        if mentions[i].end <= mentions[run[0]].start and _STATES_JOINED.fullmatch(
            text, mentions[i].end, mentions[run[0]].start
        ):
            run.insert(0, i)
    first = mentions[run[0]].start
    opener = _CLAUSE_OPENER.search(text, max(sent[0], first - 20), first)
    if opener is None:
        return []
    if opener.group().startswith(",") and any(
        m.label in _PLACE_LABELS and 0 <= opener.start() - m.end <= 1 for m in mentions
    ):
        return []  # "an ambush near Tera, Niger killed": the country of the town
    return run


#: Before a capital that is no subject: a preposition ("talks in Niamey agreed").
_PLACE_PREPOSITION = re.compile(
    r"\b(?:in|at|to|from|of|near|outside|into|via|for|with|between|and|on)\s+$", re.IGNORECASE
)


def _capital_before(
    text: str,
    trig: Trigger,
    mentions: Sequence[Mention],
    candidates: Sequence[int],
    sent: tuple[int, int],
) -> list[int]:
    """For a state's act in an unparsed (English) sentence, the capital right before its
    verb wherever the clause opens (since 0.58.0): "a charge *Bamako* rejected", "which
    *Niamey* has denied", "prompting *Algiers* to recall its ambassador": its government,
    as ``_states_opening`` takes one that opens the sentence. Not a capital after a
    preposition ("officials meeting in Niamey agreed"): a place."""
    if trig.label not in _STATE_ACTS:
        return []
    before = [
        i
        for i in candidates
        if mentions[i].label == "GPE"
        and sent[0] <= mentions[i].start
        and mentions[i].end <= trig.start
        and _capital(mentions[i])
    ]
    if not before:
        return []
    last = max(before, key=lambda i: mentions[i].end)
    m = mentions[last]
    if _PLACE_PREPOSITION.search(text, max(sent[0], m.start - 12), m.start):
        return []
    if (
        _COUNTRY_VERB_GAP.fullmatch(text, m.end, trig.start) is None
        and _TO_VERB.fullmatch(text, m.end, trig.start) is None
    ):
        return []
    return [last]


#: Between the one made to act and its act: "prompting Bamako *to* recall".
_TO_VERB = re.compile(r"\s+to\s+")


#: Between two countries of a list: "Mali, Burkina Faso and Niger".
_STATES_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _is_place(mention: Mention) -> bool:
    """A town or a region: a place, not a party (a country may be either)."""
    precision = mention.choices.get(EntityAttribute.PLACE_PRECISION, [])
    return (
        mention.label in ("LOC", "FAC")
        or mention.rank_as is not None
        or "town" in precision
        or "region" in precision
        # Since 0.31.0 the units between (a department, a province, a region of a
        # country): "ont tué 34 soldats près de Banibangou" (a department) names where.
        or "admin1" in precision
        or "admin2" in precision
    )


def _settlement(mention: Mention) -> bool:
    """A town or a locality (not a country, a region or a site): a place, not a party."""
    precision = mention.choices.get(EntityAttribute.PLACE_PRECISION, [])
    return mention.label in ("GPE", "LOC") and (
        "town" in precision or (mention.label == "LOC" and not precision)
    )


#: The attackers named again with a definite or demonstrative article: an anaphor of the
#: author of the act told before, not new people.
_ATTACKERS = re.compile(
    r"(?:les|ces|the|these)\s+(?:(?:présumés|suspected)\s+)?(?:assaillants|attaquants|"
    r"agresseurs|ravisseurs|terroristes|(?:dj|j)ihadistes|hommes\s+armés|individus\s+armés|"
    r"attackers|assailants|gunmen|kidnappers|militants)\b",
    re.IGNORECASE,
)


#: The score of an author told only after the act's sentence: a merged mention that
#: names one in its own sentence replaces it (``events.merge_mentions``).
TOLD_AFTER = 0.25


def _cause_of_flight(
    triggers: Sequence[Trigger],
    mentions: Sequence[Mention],
    found: Sequence[Argument],
    trig: Trigger,
) -> tuple[int, float] | None:
    """For people fleeing with no cause named in their sentence (since 0.13.0), the
    attackers of the latest attack told before, an armed group or people named by what
    they did: the codebook makes the cause of a flight its actor ("des hommes armés ont
    attaqué ... Depuis, 400 personnes ont fui"). Not an army's strike told last."""
    before = sorted(
        (
            a
            for a in found
            if a.role == Role.ACTOR
            and triggers[a.trigger].label == "ASSAULT"
            and triggers[a.trigger].start < trig.start
        ),
        key=lambda a: triggers[a.trigger].start,
        reverse=True,
    )
    if not before:
        return None
    latest = before[0]
    if _CAUSED_FLIGHT.match(trig.text) and trig.start - triggers[latest.trigger].end < 200:
        return latest.mention, 0.5  # the act of the same clause caused it, whoever did it
    # Since 0.20.0 an act whose suggested author is a government or an organisation
    # ("le gouvernement a fait état de 23 civils tués": who told the toll) is passed
    # over.
    for act in before:
        cause = mentions[act.mention]
        if _attackers_named(cause) or _ATTACKERS.fullmatch(cause.text):
            return _first_named(mentions, act.mention), TOLD_AFTER
        if cause.choices.get(EntityAttribute.SECTOR) not in _REPORTERS:
            return None
    return None


#: Arms and goods a force recovered: "deux fusils d'assaut récupérés", "ont permis de
#: récupérer neuf motos", "weapons were recovered".
_RECOVERED = re.compile(r"^(?:récupér|recover)", re.IGNORECASE)


def _recovering_force(mentions: Sequence[Mention], trig: Trigger) -> tuple[int, float] | None:
    """Who recovered arms or goods no clause names (since 0.20.0): the force named last
    before, in the fight a report of operations tells ("La réaction vigoureuse des FAMa
    a permis de repousser les assaillants. ... neuf motos ont été récupérées")."""
    forces = [
        i
        for i, m in enumerate(mentions)
        if m.label in ("PER", "ORG")
        and m.end <= trig.start
        and trig.start - m.start < _RECOVERY_REACH
        and (_MILITARY.search(m.text) or m.choices.get(EntityAttribute.SECTOR) == ["military"])
    ]
    if not forces:
        return None
    return max(forces, key=lambda i: mentions[i].start), TOLD_AFTER


#: How far back, in characters, the fight a recovery closes is looked for.
_RECOVERY_REACH = 600


def _first_named(mentions: Sequence[Mention], i: int) -> int:
    """The first mention of the document in the same words as mention ``i``, whatever
    its determiner ("*Des hommes armés* ont fait irruption ... les hommes armés ont
    incendié"): a flight told at the end is caused by the group as first introduced."""
    words = _DETERMINER.sub("", mentions[i].text).lower()
    return next(
        j
        for j, m in enumerate(mentions)
        if m.label == mentions[i].label and _DETERMINER.sub("", m.text).lower() == words
    )


_DETERMINER = re.compile(r"^(?:les|des|la|le|the|ces|these)\s+|^l['’]", re.IGNORECASE)
#: Sectors that tell of acts and do not commit them: a flight's cause is never theirs.
_REPORTERS = (["government"], ["igo"], ["ngo"])


def _attack(trig: Trigger) -> bool:
    """Whether the trigger is an act whose author an article may name afterwards by what
    they did ("L'attaque ... | Les assaillants, venus à moto, ont ..."): an assault or a
    seizure."""
    return trig.label == "ASSAULT" or (trig.label == "COERCE" and trig.mode == "seize")


#: Attackers told for the first time: "des hommes armés", "des éléments présumés de
#: Boko Haram", "unidentified gunmen".
_NEW_ATTACKERS = re.compile(
    r"(?:des|d['’]|une?\s+(?:groupe|dizaine|centaine|vingtaine|cinquantaine)\s+d['’e]\s*)?\s*"
    r"(?:présumés\s+)?(?:assaillants|hommes\s+armés|individus\s+armés|éléments|combattants|"
    r"terroristes|(?:dj|j)ihadistes|(?:unidentified|armed|suspected)\s+(?:gunmen|men|militants)|"
    r"gunmen)\b.*",
    re.IGNORECASE | re.DOTALL,
)


#: Attackers told indefinitely: "des hommes armés", "une centaine d'individus armés",
#: "des assaillants", "gunmen".
_ATTACKERS_INDEFINITE = re.compile(
    r"(?:des|d['’]|une?\s+(?:groupe|dizaine|centaine|vingtaine|trentaine|quarantaine|"
    r"cinquantaine)\s+d['’e]\s*)\s*(?:assaillants|hommes\s+armés|individus\s+armés)\b.*|"
    r"(?:(?:unidentified|armed|suspected)\s+)?gunmen\b.*",
    re.IGNORECASE | re.DOTALL,
)
#: What may open the sentence before its attackers: nothing, or a source ("D'après le
#: communiqué,", "Selon des témoins,").
_DETAILS_OPENING = re.compile(
    r"\s*(?:(?:d['’]après|selon|according\s+to)\s+[^,.;]{1,60},\s*)?", re.IGNORECASE
)


def _attackers_after(
    text: str,
    trig: Trigger,
    mentions: Sequence[Mention],
    sentences: Sequence[tuple[int, int]],
    sent: tuple[int, int],
    fillers: Callable[[str, tuple[int, int]], list[int]],
) -> tuple[int, float] | None:
    """For an attack that names no author in its own sentence (since 0.13.0): "les
    assaillants" in one of the next two sentences, the author told afterwards."""
    after = [s for s in sentences if s[0] >= sent[1]][:2]
    if not after:
        return None
    people = [
        i
        for i in fillers(Role.ACTOR, (trig.end, after[-1][1]))
        if mentions[i].label in ("PER", "ORG")
    ]
    for k, i in enumerate(people):
        if mentions[i].start >= after[0][0] and _ATTACKERS.fullmatch(mentions[i].text):
            # The anaphor's antecedent, when told between the act and it: "enlevés ...
            # par des éléments présumés de Boko Haram. Les assaillants ...".
            named = next((j for j in people[:k] if _attackers_named(mentions[j])), i)
            return named, TOLD_AFTER
    # Since 0.61.0 attackers told indefinitely opening the next sentence, or right
    # after its source: "Le bilan de l'attaque menée mercredi contre le site est passé
    # à 19 morts. D'après le communiqué, une centaine d'hommes armés à moto ont investi
    # le site" (the act's details, which name who did it).
    start = after[0][0]
    for i in people:
        m = mentions[i]
        if m.start >= after[0][1]:
            break
        if m.start >= start and _ATTACKERS_INDEFINITE.fullmatch(m.text):
            if _DETAILS_OPENING.fullmatch(text, start, m.start):
                return i, TOLD_AFTER
            break
    return None


#: A fight whose sides the text may name after it ("affrontements entre X et Y").
_CLASH = re.compile(
    r"(?:affront|combat|heurt|accrochage|échauffourée|clash|fight|battle|skirmish)", re.IGNORECASE
)
#: What leads from a fight to its first side: "affrontements meurtriers entre", "des
#: combats qui ont opposé", "clashes between", "fighting pitted", "clashed with".
_BETWEEN = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:entre|between|with|avec|pit(?:ted|s)?|oppos\w*(?:\s+[\w-]+){0,2}?)\s+"
    r"(?:l['’]|les?\s+|la\s+|the\s+)?$",
    re.IGNORECASE,
)
#: ... and from the first side to the second: "et", "and", "à", "against".
_AND = re.compile(
    # Initials in brackets may come first: "les Forces de soutien rapide (FSR) à".
    r"(?:\s*\([^()]{1,15}\))?\s+(?:et|and|à|with|against)\s+(?:l['’]|les?\s+|la\s+|the\s+)?$",
    re.IGNORECASE,
)


def _sides_of_clash(
    text: str, trig: Trigger, mentions: Sequence[Mention], candidates: Sequence[int]
) -> list[int]:
    """The people or groups a fight opposed, named right after it (since 0.15.0)."""
    people = sorted(
        (
            i
            for i in candidates
            if mentions[i].label in ("PER", "ORG") and mentions[i].start >= trig.end
        ),
        # The shorter of two mentions that start together: the side, not a phrase
        # running on into the next side ("une patrouille de l'armée à des individus").
        key=lambda i: (mentions[i].start, mentions[i].end),
    )
    if not people or not _BETWEEN.fullmatch(text, trig.end, mentions[people[0]].start):
        return []
    first = mentions[people[0]]
    second = next(
        (
            i
            for i in people[1:]
            if mentions[i].start >= first.end and _AND.fullmatch(text, first.end, mentions[i].start)
        ),
        None,
    )
    return [people[0]] if second is None else [people[0], second]


#: Armed people told by their arms: "groupes armés", "individus armés non identifiés".
#: Not ``_NEW_ATTACKERS`` widened: that one also decides who attacked in other rules
#: (told after the act, the cause of a later flight), which widening it would change;
#: this one only finds who caused a flight told in its sentence.
_ARMED_PEOPLE = re.compile(
    r"(?:(?:des|de|d'|les)\s+)?(?:groupes?|individus|hommes|éléments)\s+armés\b.*",
    re.IGNORECASE,
)


def _armed_group_named(mention: Mention) -> bool:
    """Armed people named by their arms ("groupes armés", "d'individus armés")."""
    return mention.label in ("PER", "ORG") and bool(_ARMED_PEOPLE.fullmatch(mention.text))


def _attackers_named(mention: Mention) -> bool:
    """An armed group of the registry or attackers told indefinitely ("des hommes armés")."""
    return mention.choices.get(EntityAttribute.SECTOR) == ["armed-group"] or bool(
        _NEW_ATTACKERS.fullmatch(mention.text)
    )


#: Without a parse (English), what lies between a speaker and its own act: "the army
#: said it had arrested", "said on Tuesday they had killed".
_SAID_OWN = re.compile(
    # Since 0.58.0 also a said day of more words: "said last week it had arrested",
    # "said late on Sunday", "said earlier this month".
    r"\s+said\s+(?:(?:on|last|late|earlier|this)\s+(?:(?:on|this)\s+)?\w+\s+|in\s+a\s+statement\s+)?"
    r"(?:that\s+)?(?:it|they)\s+"
    # Since 0.33.0 also what it says it will do: "said on Sunday it would reopen".
    r"(?:had\s+|has\s+|have\s+|would\s+|will\s+)?(?:\w+ly\s+)?",
    re.IGNORECASE,
)
#: ... or a participle right after its saying: "an official said, *blaming*".
_SAID_THEN = re.compile(r"\s+(?:said|says|told\s+\w+|added)(?:\s+on\s+\w+)?\s*,\s*", re.IGNORECASE)
#: ... or a statement coordinated with its saying: "The army said ... and denied".
_AND_STATEMENT = re.compile(r"\band\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_STATEMENT_LABELS = frozenset({"ACCUSE", "REJECT", "REQUEST", "SUPPORT", "THREATEN"})
#: ... or a measure it announced (since 0.32.0): "The governor announced a curfew", "the
#: junta declared a state of emergency", as French "a annoncé un couvre-feu".
_ANNOUNCED_MEASURE = re.compile(
    # Since 0.39.0 also after a first measure, with "and": "announced an inquiry into
    # the death and imposed a night-time curfew".
    r"(?:\s+(?:\w+ly\s+)?(?:announced|declared|decreed|ordered|imposed|opened)\s+"
    r"(?:[^\s.;:]+\s+){1,8}?and)?"
    r"\s+(?:\w+ly\s+)?(?:announced|declared|decreed|ordered|imposed|opened)\s+(?:on\s+\w+\s+)?"
    r"(?:(?:a|an|the|new|its)\s+)?(?:[\w-]+\s+)?",
    re.IGNORECASE,
)
_MEASURE_LABELS = frozenset({"COERCE", "SANCTION"})


def _own_act(text: str, speaker: Mention, trig: Trigger) -> bool:
    """Whether an English speaker tells its own act (since 0.13.0): its actor too."""
    between = text[speaker.end : trig.start]
    if "\n" in between or speaker.end > trig.start:
        return False
    if _SAID_OWN.fullmatch(between):
        return True
    if (
        trig.label in _MEASURE_LABELS or (trig.label, trig.mode) == ("ACCUSE", "investigate")
    ) and _ANNOUNCED_MEASURE.fullmatch(between):
        return True  # "The governor announced a curfew": who announces it imposes it
    if trig.label in _STATEMENT_LABELS and trig.text.lower().endswith("ing"):
        # "a local official said, blaming the attack on a jihadist group" (since 0.38.0).
        return _SAID_THEN.fullmatch(between) is not None
    return trig.label in _STATEMENT_LABELS and _AND_STATEMENT.search(between) is not None


def _past_apposition(text: str, end: int) -> int:
    """Where a victim's phrase ends, with its acronym and the apposition that details
    it: "Au moins dix-huit personnes, dont douze Volontaires pour la défense de la
    patrie (VDP), ont été tuées" (since 0.30.0: the VDP are among the dead, not the
    attackers)."""
    # The acronym the count's noun is known by ("(VDP)", left out of the count's span)
    # names the same dead (since 0.32.0).
    bracket = _ACRONYM_AFTER.match(text, end)
    end = bracket.end() if bracket else end
    m = _DETAILING.match(text, end)
    return m.end() if m else end


def _in_source_phrase(text: str, m: Mention, trig: Trigger, sent: tuple[int, int]) -> bool:
    """Whether ``m`` stands in a "selon ..." phrase set off by a comma from the act ("Selon
    le Bureau de la coordination des affaires humanitaires des Nations unies (OCHA), plus
    de 3 000 personnes ont fui": who tells it, not who caused it; since 0.33.0)."""
    if not sent[0] <= m.start < trig.start or "," not in text[m.end : trig.start]:
        return False
    if _RELATIVE_SUBJECT_AFTER.match(text, m.end, trig.start):
        # "according to the governor, who visited the town on Sunday": the source is
        # the subject of the relative clause whose verb is the act (since 0.64.0).
        return False
    return _ACCORDING_OPEN.search(text, sent[0], m.start) is not None


#: From the end of a name to an act that is the verb of the relative clause on it: ", who
#: (later) visited", ", qui s'est rendu", ", qui a ensuite".
_RELATIVE_SUBJECT_AFTER = re.compile(
    r"\s*,\s*(?:who|qui)\s+(?:(?:has|had|have|a|avait|ont|avaient|est|s['’]est|"
    r"later|also|then|ensuite|aussi|également)\s+){0,3}$",
    re.IGNORECASE,
)


#: An open "selon" phrase: "selon", "d'après", "according to" with no comma after it.
_ACCORDING_OPEN = re.compile(r"\b(?:selon|d['’]après|according\s+to)\b[^,;:.]*$", re.IGNORECASE)
#: Between whom a call is made to and the act it asks for: " à ", " de ", " d'".
_ASKED_TO = re.compile(r"\s+(?:à|de|d['’])\s*(?:ne\s+pas\s+)?\w", re.IGNORECASE)
#: A verb of calling right before whom it calls (a day may come between): "a appelé
#: jeudi", "invite", "exhortent", "demande aux".
_CALLING_BEFORE = re.compile(
    r"\b(?:appel\w*|invit\w*|exhort\w*|encourag\w*|incit\w*|somm\w*|demand\w*|"
    r"enjoin\w*)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


def _asked(text: str, m: Mention) -> bool:
    """Whether the mention is whom a call asks to act: "appelle *les partenaires* à
    renforcer", "a exhorté *les groupes armés* à déposer les armes"."""
    return bool(
        _ASKED_TO.match(text, m.end) and _CALLING_BEFORE.search(text, max(0, m.start - 40), m.start)
    )


#: What names the network a group belongs to: "lié à", "affilié à", "proche de", "linked
#: to", "an affiliate of".
_AFFILIATED_TO = gated(
    re.compile(
        r"\b(?:liée?s?|affiliée?s?|alliée?s?|proches?|rattachée?s?|loyaux|fidèles)\s+"
        r"(?:à|au|aux|de|du|des|d['’])\s*(?:l['’]|la\s+|le\s+)?$"
        r"|\b(?:linked|affiliated|allied|tied|loyal|aligned)\s+(?:to|with)\s+(?:the\s+)?$"
        # Since 0.63.0 with an adjective between: "la branche sahélienne d'Al-Qaïda".
        r"|\b(?:affiliate|branch|offshoot|franchise|wing|branche|filiale|bras\s+armé)"
        r"(?:\s+[a-zà-ÿ-]+)?\s+(?:of|de|du|d['’])\s*"
        r"(?:the\s+|l['’]|la\s+|le\s+)?$",
        re.IGNORECASE,
    )
)
#: An English article right before: "the besieged town" (an adjective, not a verb).
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)
#: A siege or a blockade (its noun or its participle).
_SIEGE = re.compile(r"(?:blocus|blockade|siège|siege|besieged)\b", re.IGNORECASE)
#: Before a siege told as a state, not as an act: "sous blocus", "la levée du blocus",
#: "a blow to a blockade", "the besieged town" (not "The group has enforced a
#: blockade", whose subject English has no parse to tell).
_SIEGE_STATE = re.compile(
    r"\b(?:sous|under|du|of|to|from)\s+(?:(?:le|la|un|une|the|a|this|its)\s+)?$",
    re.IGNORECASE,
)
#: The network named before the word of belonging (English): "JNIM, an al-Qaeda
#: affiliate, ...", "the al-Qaeda-linked JNIM", "an Islamic State-affiliated group".
#: Not the member before "linked to", "affiliated with", "allied to" (since 0.62.0):
#: "Militants linked to al-Qaeda attacked" names the militants as the attackers.
_AFFILIATE_AFTER = re.compile(
    r"\s*-?\s*(?:affiliate|affiliated|linked|allied|aligned|branch|offshoot|franchise)\b"
    r"(?!\s+(?:to|with)\b)"
    # Since 0.63.0 the possessive: "al Qaeda's affiliate in the Sahel", "Islamic State's
    # Sahel branch".
    r"|['’]s\s+(?:[\w-]+\s+)?(?:affiliate|branch|offshoot|franchise|wing)\b",
    re.IGNORECASE,
)
#: A bracketed acronym right after a phrase: " (VDP)".
_ACRONYM_AFTER = re.compile(r"\s*\([A-Z][\w-]{1,9}\)")


#: An apposition that details who a count holds: ", dont douze VDP,", ", including two
#: children".
_DETAILING = re.compile(
    r",\s+(?:dont|parmi\s+(?:eux|elles|lesquels|lesquelles)|y\s+compris|including|among\s+them)"
    r"\b[^,;.:]{1,120}",
    re.IGNORECASE,
)
#: The types of act whose object underwent them, and did not do the act it names:
#: "La police a dispersé une manifestation", "Les autorités ont interdit la marche",
#: "La junte a rejeté la demande" (since 0.30.0).
_ACTING_ON = frozenset({"ASSAULT", "COERCE", "SANCTION", "REJECT"})


def _prompting(text: str, trig: Trigger, tokens: Sequence[Token]) -> bool:
    """Whether a noun trigger is told as what prompted its clause's act ("après une
    attaque", "en représailles à l'embuscade", "following an attack"): the clause's
    subject did the act, not the cause."""
    k = governing_verb(trig, tokens)
    noun = k is None or not trig.tokens[0] <= k <= trig.tokens[1]
    return noun and (
        CAUSE_BEFORE.search(text, max(0, trig.start - 30), trig.start) is not None
        or _CAUSE_DATED.search(text, max(0, trig.start - 45), trig.start) is not None
    )


#: A cause with its date before the noun (since 0.33.0): "after the July 2023 coup",
#: "après le coup d'État" has none.
_CAUSE_DATED = gated(re.compile(_CAUSE + r"(?:the\s+|an?\s+)(?:\w+\s+)?\d{4}\s+$", re.IGNORECASE))


#: A verb set in after the clause it reports, its subject after it: "Le journaliste a
#: été arrêté mardi, *a dénoncé* mercredi l'Union des journalistes".
_INCISE_BEFORE = re.compile(r",\s*(?:a|ont|avait|avaient)\s+$", re.IGNORECASE)
#: Verbs of saying set after what they report.
_REPORTING_WORD = re.compile(
    r"(?:dénonc|déplor|averti|indiqu|annonc|affirm|déclar|estim|regrett|condamn|soulign|"
    r"précis|ajout|rapport|assur|confirm|révél|expliqu|accus)",
    re.IGNORECASE,
)
#: A finite verb of the clause before the comma: the clause is whole.
_FINITE_BEFORE = re.compile(
    r"\b(?:a|ont|est|sont|avait|avaient|était|étaient|aurait|auraient|été)\b", re.IGNORECASE
)
_INCISE_GAP = re.compile(
    rf"\s+(?:{DAY_WORD}(?:\s+(?:soir|matin))?\s+)?"
    r"(?:dans\s+un\s+communiqué\s+)?(?:l['’]|le\s+|la\s+|les\s+)?",
    re.IGNORECASE,
)


def _inverted_subject(
    text: str,
    trig: Trigger,
    mentions: Sequence[Mention],
    candidates: Sequence[int],
    sent: tuple[int, int],
) -> int | None:
    """The subject set after a verb that reports the clause before it (since 0.53.0):
    "X a été arrêté, a dénoncé mercredi *l'Union des journalistes*". Only a verb of
    saying after a whole clause: "Le ministre, Moussa Konaté, a appelé les grévistes"
    puts the subject before."""
    incise = _INCISE_BEFORE.search(text, max(0, trig.start - 12), trig.start)
    if (
        incise is None
        or not _REPORTING_WORD.match(trig.text)
        or not _FINITE_BEFORE.search(text, sent[0], incise.start())
    ):
        return None
    return next(
        (
            i
            for i in sorted(candidates, key=lambda i: mentions[i].start)
            if mentions[i].start >= trig.end
            and mentions[i].label in ("PER", "ORG")
            and _INCISE_GAP.fullmatch(text, trig.end, mentions[i].start) is not None
        ),
        None,
    )


#: Between two coordinated subjects of one kind: "Le Sénégal *et le* Mali ont signé".
_AND_THE = re.compile(
    # Since 0.58.0 after the first's initials in brackets ("Les Forces armées maliennes
    # (FAMa) et ..."), and before members of the second ("et les éléments d'Africa
    # Corps", "and fighters of").
    # Since 0.60.0 also before an indefinite or possessive article: "Des gendarmes *et
    # des* Volontaires pour la défense de la patrie", "the army *and its* auxiliaries".
    r"(?:\s*\([^()]{1,15}\))?\s+(?:et|and|ainsi\s+que)\s+"
    r"(?:(?:le|la|les|l['’]|the|des|ses|leurs|its|their)\s*)?"
    r"(?:(?:éléments|combattants|membres|hommes|soldats|fighters|members|troops)\s+"
    r"(?:de\s+|du\s+|d['’]|des\s+|of\s+|from\s+)(?:l['’]|la\s+|le\s+|the\s+)?)?",
    re.IGNORECASE,
)
#: Who act together, whatever the label of either: people and institutions ("Malian
#: troops and Africa Corps fighters").
_TOGETHER = frozenset({"PER", "ORG"})


def _coordinated_subject(
    text: str, trig: Trigger, mentions: Sequence[Mention], chosen: int, candidates: Sequence[int]
) -> list[int]:
    """The names coordinated with the chosen actor before the act, of the same kind
    (since 0.56.0): "Le Sénégal et le Mali ont signé vendredi un protocole d'accord" has
    two actors. Only a subject told before the act: after it, a second name is a side or
    a recipient. Since 0.58.0 a person and an institution are of one kind (forces are
    told both ways: "Malian troops and Africa Corps fighters detained"), and the name
    before the chosen one too ("*Malian troops* and Africa Corps fighters", where the
    nearest name was chosen). Since 0.61.0 a whole list, commas before its last "et":
    "Le Mali, le Niger et le Burkina ont signé" has three actors."""
    first = mentions[chosen]
    if first.end > trig.start:
        return []

    def kind(m: Mention) -> str:
        return "people" if m.label in _TOGETHER else m.label

    near = [
        i
        for i in candidates
        if i != chosen and kind(mentions[i]) == kind(first) and mentions[i].end <= trig.start
    ]
    # Grow the run both ways, one name at a time; each link is "et" or a comma.
    run: list[int] = [chosen]
    links: list[str | None] = []
    while True:
        left, right = mentions[run[0]], mentions[run[-1]]
        before = next(
            (i for i in near if i not in run and _linked(text, mentions[i].end, left.start)),
            None,
        )
        if before is not None:
            links.insert(0, _linked(text, mentions[before].end, left.start))
            run.insert(0, before)
            continue
        after = next(
            (i for i in near if i not in run and _linked(text, right.end, mentions[i].start)),
            None,
        )
        if after is None:
            break
        links.append(_linked(text, right.end, mentions[after].start))
        run.append(after)
    # A list is commas, then one "et" that closes it ("Bamako, Mali" is no list).
    while links and links[-1] != "and":
        links.pop()
        run.pop()
    if chosen in run and links and "and" not in links[:-1]:
        return [i for i in run if i != chosen]
    # Otherwise the name joined to the chosen one by "et", as before 0.61.0; since
    # 0.64.0 for a fight or a deployment also the force that backs it ("Malian troops
    # backed by Africa Corps fighters took", "les FAMa, appuyées par les VDP, ont"):
    # both fought (codebook: all the forces are actors).
    backed = trig.label in _BACKED_ACTS
    pair = next(
        (
            i
            for i in near
            if _linked(text, first.end, mentions[i].start) == "and"
            or _linked(text, mentions[i].end, first.start) == "and"
            or (
                backed
                and (
                    _BACKED_BY.fullmatch(text, first.end, mentions[i].start) is not None
                    or _BACKED_BY.fullmatch(text, mentions[i].end, first.start) is not None
                )
            )
        ),
        None,
    )
    return [] if pair is None else [pair]


#: The acts whose actors a force backing another shares.
_BACKED_ACTS = frozenset({"ASSAULT", "MOBILIZE"})
#: Between a force and the one that backs it: "backed by", "supported by", "appuyées
#: par", "soutenus par", "accompagnés de", "avec l'appui de", "aux côtés de".
_BACKED_BY = re.compile(
    r"\s*,?\s+(?:(?:backed|supported|assisted|aided|accompanied)\s+by\s+(?:the\s+|its\s+|their\s+)?"
    r"|(?:appuyée?s?|soutenue?s?|accompagnée?s?|épaulée?s?|assistée?s?)\s+(?:par|de|d['’])\s*"
    r"|(?:avec\s+l['’]appui|aux\s+côtés|with\s+the\s+support)\s+(?:de|d['’]|des|du|of)\s*)"
    r"(?:(?:l['’]|la\s+|les?\s+|leurs?\s+|ses\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?)?",
    re.IGNORECASE,
)


def _linked(text: str, end: int, start: int) -> str | None:
    """How two names next to each other are coordinated: ``"and"`` ("et le", "and the"),
    ``"comma"`` (", le"), or None."""
    if end > start:
        return None
    if _AND_THE.fullmatch(text, end, start) is not None:
        return "and"
    if _LIST_COMMA.fullmatch(text, end, start) is not None:
        return "comma"
    return None


#: Between two names of a list, before its last "et": "Le Mali*, le* Niger et le Burkina".
_LIST_COMMA = re.compile(r"\s*,\s*(?:(?:le|la|les|l['’]|the)\s*)?", re.IGNORECASE)


#: A distance from a town, right before its name: "à une trentaine de kilomètres de",
#: "à 30 km au nord de", "about 20 km from".
_DISTANCE_FROM = re.compile(
    r"(?:\bà|\babout|\bsome)?\s*(?:(?:une?|quelques|environ|près\s+de|plus\s+de|moins\s+de|"
    r"about|some|nearly|around)\s+)?(?:\d+|[a-zé]+aine|quelques|a\s+few|[a-z]+)\s+(?:de\s+)?"
    r"(?:kilomètres|km|kilometres|kilometers|miles)\s+(?:(?:au|à\s+l['’])\s*\w+(?:-\w+)?\s+|"
    # Since 0.58.0 along a river: "à une vingtaine de kilomètres en amont de Gao".
    r"en\s+(?:amont|aval)\s+|(?:up|down)stream\s+)?"
    r"(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+)?"
    r"(?:de\s+la\s+ville\s+de\s+|de|d['’]|du|from|of)\s*$",
    re.IGNORECASE,
)
#: The units one of which every distance :data:`_DISTANCE_FROM` reads holds.
_DISTANCE_UNITS = ("km", "kilom", "miles")


def _measured_from(text: str, start: int) -> bool:
    """Whether a distance ends right before ``start`` ("à 30 km de", "about 40 miles
    from"). The pattern is only tried when a unit is in reach (for speed, since 0.57.0:
    tried at each of the 60 characters before each candidate place, it took half a
    millisecond per article)."""
    before = text[max(0, start - 60) : start]
    return may_hold(lowered(before), _DISTANCE_UNITS) and bool(_DISTANCE_FROM.search(before))


#: An English passive right before its participle: "was killed", "were reportedly shot".
#: An English past participle that may qualify the noun after it ("detained",
#: "abducted", "kidnapped", "stolen"), the whole trigger.
_EN_ATTRIBUTIVE = re.compile(r"[a-z]+(?:ed|en)", re.IGNORECASE)
#: A determiner right before such a participle: "a detained", "the two kidnapped".
_EN_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|his|her|their|its|two|three|four|five|six|several|some)\s+$",
    re.IGNORECASE,
)
#: A noun right after the participle (not "by" nor a verb's object after a verb).
_EN_NOUN_AFTER = re.compile(r"\s+(?!by\b|in\b|on\b|at\b)[a-z][a-z-]*s?\b")
_EN_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|been|being|is|are)\s+(?:(?:\w+ly|also|later|then)\s+)?$", re.IGNORECASE
)
#: An English present participle set off by a comma, the trigger's first word ("...,
#: seizing weapons"; since 0.59.0).
_EN_COMMA_GERUND = re.compile(r",\s*$")
#: An English verb conjoined to the one before it, which shares its subject: "clashed with
#: fighters near Tera and destroyed a camp".
_EN_CONJOINED_BEFORE = re.compile(r"\b(?:and|then)\s+(?:(?:later|then|also)\s+)?$", re.IGNORECASE)


def _shares_subject(text: str, trig: Trigger, sent: tuple[int, int]) -> bool:
    """Whether an English trigger is a verb that shares the subject of the clause before
    it (since 0.59.0): a present participle after a comma ("..., seizing weapons") or a
    past verb conjoined by "and" ("... and destroyed a camp")."""
    word = trig.text.split()[0].lower() if trig.text[:1].isalpha() else ""
    window = text[max(sent[0], trig.start - 20) : trig.start]
    return (word.endswith("ing") and bool(_EN_COMMA_GERUND.search(window))) or (
        word.endswith("ed") and bool(_EN_CONJOINED_BEFORE.search(window))
    )


def _gerund_subject(
    text: str,
    trig: Trigger,
    triggers: Sequence[Trigger],
    mentions: Sequence[Mention],
    before: Sequence[int],
    sent: tuple[int, int],
) -> int | None:
    """The subject of the clause an English present participle after a comma, or a verb
    conjoined by "and", hangs on (:func:`_shares_subject`; since 0.59.0): "troops clashed
    with fighters near Tera on Tuesday and *destroyed* a camp near Ayorou on Thursday,
    *seizing* weapons" is the troops' destruction and seizure, not the fighters' (the
    nearest name before). The clause is that of the last act before the trigger in its
    sentence, climbing over verbs conjoined by "and"; its subject is the nearest name
    before that verb. None when the trigger hangs on no such clause (no act before it in
    the sentence, or a passive one: "A convoy was attacked, killing ...")."""
    prior = sorted(
        (t for t in triggers if sent[0] <= t.start and t.end <= trig.start - 1),
        key=lambda t: t.start,
        reverse=True,
    )
    for t in prior:
        window = text[max(sent[0], t.start - 40) : t.start]
        if _EN_CONJOINED_BEFORE.search(window):
            continue
        if _EN_PASSIVE_BEFORE.search(window):
            return None
        subjects = [i for i in before if mentions[i].end <= t.start]
        return max(subjects, key=lambda i: mentions[i].end) if subjects else None
    return None


#: "à la demande des autorités nigériennes", "at the request of the government": who asked.
_AT_THE_REQUEST = gated(re.compile(r"(?:\bà\s+la\s+|\bsur\s+|\bat\s+the\s+)$", re.IGNORECASE))
_REQUEST_OF = re.compile(
    r"\s*(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+|d['’]|of\s+(?:the\s+)?)", re.IGNORECASE
)


def _at_the_request_of(
    text: str, trig: Trigger, mentions: Sequence[Mention], candidates: Sequence[int]
) -> int | None:
    """Who asked, named right after "à la demande de" (since 0.56.0): "annoncé par Rome, à
    la demande des autorités nigériennes" is the authorities' request, not Rome's."""
    if not _AT_THE_REQUEST.search(text, max(0, trig.start - 12), trig.start):
        return None
    return next(
        (
            i
            for i in candidates
            if mentions[i].start >= trig.end
            and _REQUEST_OF.fullmatch(text, trig.end, mentions[i].start) is not None
        ),
        None,
    )


#: A sentence opened by those gathered, up to its comma: "Réunis en sommet ordinaire
#: dimanche à Abuja,".
_GATHERED_OPENING = re.compile(
    r"\W*(?:[Rr]éunie?s|[Rr]assemblée?s|[Gg]athered|[Mm]eeting)\s+[^,;.:!?]{1,150},\s*"
)


def _gathered_subject(
    text: str,
    trig: Trigger,
    mentions: Sequence[Mention],
    candidates: Sequence[int],
    sent: tuple[int, int],
) -> int | None:
    """Who met, for a meeting told in the phrase that opens its sentence (since 0.56.0):
    the subject right after it ("Réunis en *sommet* dimanche à Abuja, *les chefs d'État*
    ont décidé")."""
    opening = _GATHERED_OPENING.match(text, sent[0], sent[1])
    if opening is None or not opening.start() <= trig.start < opening.end():
        return None
    return next(
        (i for i in candidates if mentions[i].start == opening.end()),
        None,
    )


#: An English order to someone, before its object: "ordered the head of the delegation".
_ORDERED_BEFORE = re.compile(
    r"\b(?:ordered|forced|told|asked|instructed|gave)\s+(?:[^.;:]{0,50}?\s)?$", re.IGNORECASE
)
_TO_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)
#: A possessive right after a name: "Mali's".
_POSSESSIVE = re.compile(r"['’]s\b")
#: "tombé aux mains des jihadistes", "fell into the hands of the rebels": who took it.
_INTO_HANDS = gated(re.compile(r"\bmains|\bhands", re.IGNORECASE))
#: Between the hands and the party that took the place, or the group it names ("aux
#: mains des combattants du JNIM").
_HANDS_OF = re.compile(
    r"\s*(?:d[eu]s?\s+|d['’]|of\s+(?:the\s+)?)"
    r"(?:[a-zà-ÿ]+\s+(?:d[eu]s?\s+|d['’]|de\s+l['’]|of\s+(?:the\s+)?))?",
    re.IGNORECASE,
)


def _into_hands_of(
    text: str, trig: Trigger, mentions: Sequence[Mention], candidates: Sequence[int]
) -> int | None:
    """The party a place fell to (since 0.56.0): "le poste est tombé aux mains *des
    jihadistes*". The subject is the place taken, not the actor."""
    hands = _INTO_HANDS.search(trig.phrase)
    if hands is None:
        return None
    end = text.find(hands.group(0), trig.start, trig.start + 60)
    if end < 0:
        return None
    end += len(hands.group(0))
    return next(
        (
            i
            for i in candidates
            if mentions[i].label in ("PER", "ORG")
            and mentions[i].start >= end
            and _HANDS_OF.fullmatch(text, end, mentions[i].start) is not None
        ),
        None,
    )


#: A source named by its kind, which reports and never acts: "Une source sécuritaire",
#: "des sources locales", "a security source", "Sources".
_A_SOURCE = re.compile(
    r"(?:(?:une?|des|les?|la|a|the)\s+)?(?:[\w-]+\s+)?sources?(?:\s+[\w-]+)?$", re.IGNORECASE
)


#: The words of a release or a rescue: the captives it frees are its object.
_FREEING = re.compile(
    r"^(?:free[sd]?|freeing|rescu\w*|releas\w*|libér\w*|relâch\w*|délivr\w*)$", re.IGNORECASE
)
#: Between a release and the participle of the captives' abduction, what ends the noun
#: phrase of its object: another clause ("and", "et", "while", "mais", a relative's verb).
_NOT_ONE_PHRASE = re.compile(
    r"[;:.!?()«»]|\b(?:and|et|but|mais|while|alors|who|which|that|qui|que|qu['’]|dont|"
    r"had|have|has|was|were|been|avait|avaient|ont|été)\b",
    re.IGNORECASE,
)


#: What opens a noun phrase before an English adjective: an article, a possessive, a
#: number ("the kidnapped farmers", "14 kidnapped farmers", "two of the abducted pupils").
_BEFORE_ADJECTIVE = re.compile(
    r"\b(?:the|their|its|his|her|these|those|all|several|some|of|\d+|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|dozens?)\s+$",
    re.IGNORECASE,
)


def _prenominal_captives(
    text: str,
    trig: Trigger,
    triggers: Sequence[Trigger],
    tokens: Sequence[Token],
    sent: tuple[int, int],
) -> bool:
    """Whether ``trig`` is an English adjective before the captives a release or a
    rescue frees ("rescued 14 *kidnapped* farmers on Tuesday"): what follows the noun
    is the release's, not the abduction's."""
    return (
        not any(t.dep for t in tokens)
        and _BEFORE_ADJECTIVE.search(text, max(0, trig.start - 20), trig.start) is not None
        and _freed_captives(text, trig, triggers, tokens, sent)
    )


def _freed_captives(
    text: str,
    trig: Trigger,
    triggers: Sequence[Trigger],
    tokens: Sequence[Token],
    sent: tuple[int, int],
) -> bool:
    """Whether ``trig`` is the participle of an abduction that qualifies the captives a
    release or a rescue before it in its sentence frees ("freed four of 11 farmers
    *abducted* last week", "rescued 14 *kidnapped* farmers", "a libéré douze otages
    *enlevés* la semaine dernière"): the release's clause names who freed, not who took."""
    if trig.label != "ASSAULT" or trig.mode != "abduct" or " " in trig.text.strip():
        return False
    word = trig.text.lower()
    if not (word.endswith(("ed", "é", "és", "ée", "ées")) or word in ("taken", "pris", "prises")):
        return False
    if trig.tokens[0] >= 0 and tokens and any(t.dep for t in tokens):
        tok = tokens[trig.tokens[0]]
        if tok.dep not in ("acl", "amod") and tok.pos != "ADJ":
            return False  # a clause's verb of its own, with its own subject
    for t in triggers:
        if t is trig or not (sent[0] <= t.start and t.end <= trig.start):
            continue
        if not (
            (t.label == "RETREAT" and t.mode == "release")
            or (t.label == "AID" and _FREEING.match(t.text.strip()))
        ):
            continue
        between = text[t.end : trig.start]
        if len(between) <= 80 and not _NOT_ONE_PHRASE.search(between):
            return True
    return False


#: The "par" / "by" that opens the agent of an act's noun, up to the name: "le pillage de
#: l'école *par des* hommes armés", "the looting of the school *by* gunmen".
_NOUN_BY_BEFORE = re.compile(
    r"\b(?:par|by)\s+(?:(?:des|les|le|la|l['’]|une?|de|d['’]|présumés|the|an?|suspected)\s*)*$",
    re.IGNORECASE,
)
#: English (unparsed): the noun's complement, then "by" ("the looting of the school by");
#: no participle before "by" ("the camp held by"), whose agent it would be.
_EN_NOUN_BY = re.compile(
    r"\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?<!ed\s)(?<!held\s)(?<!run\s)(?<!led\s)by\s+(?:(?:the|suspected|an?)\s+)*",
    re.IGNORECASE,
)


def _nominal_agent(
    text: str,
    trig: Trigger,
    tokens: Sequence[Token],
    mentions: Sequence[Mention],
    candidates: Sequence[int],
    sent: tuple[int, int],
) -> int | None:
    """The agent of an act told as a noun, right after its complement (since 0.61.0):
    "Les autorités ont indiqué que le pillage de l'école par des hommes armés ..." is the
    armed men's looting, not the authorities'. French: the parse hangs the agent on the
    noun, or on an active verb whose object the noun is ("a dénoncé l'incendie du
    centre par des terroristes": an active verb has no agent); not a participle's agent
    ("l'attaque du camp tenu par les soldats")."""
    first = trig.tokens[0]
    parsed = bool(tokens) and 0 <= first < len(tokens) and bool(tokens[first].dep)
    if parsed and tokens[first].pos != "NOUN":
        return None
    after = sorted(
        (
            i
            for i in candidates
            if trig.end < mentions[i].start <= trig.end + 80 and mentions[i].end <= sent[1]
        ),
        key=lambda i: mentions[i].start,
    )
    for i in after[:3]:
        start = mentions[i].start
        by = _NOUN_BY_BEFORE.search(text, max(trig.end, start - 30), start)
        if by is None or any(c in text[trig.end : by.start()] for c in ",;:()"):
            continue
        if not parsed:
            if _EN_NOUN_BY.fullmatch(text, trig.end, start) is not None:
                return i
            continue
        par = next((t for t in tokens if t.start == by.start()), None)
        if par is None or par.head == par.index:
            continue
        name = tokens[par.head]
        k = governing_verb(trig, tokens)
        if k is not None and any(
            t.head == k and t.dep == "aux:pass" for t in tokens[max(0, k - 4) : k]
        ):
            # "a été reçu mardi en audience par le général": the passive verb's agent,
            # however the parse hangs it.
            return None
        head = name.head
        for _ in range(2):
            # "le pillage du dispensaire par des bandits": hung on the noun's complement,
            # a thing, which has no agent.
            if trig.tokens[0] <= head <= trig.tokens[1] or tokens[head].dep != "nmod":
                break
            head = tokens[head].head
        if trig.tokens[0] <= head <= trig.tokens[1]:
            return i  # the agent hangs on the noun
        verb = tokens[name.head]
        if verb.pos == "VERB" and verb.index == tokens[first].head and tokens[first].dep == "obj":
            return i  # an active verb's object noun: the "par" phrase is the noun's
        return None
    return None


#: The acts of force whose English "They" continues the subject of the act told before
#: (since 0.65.0), not who told of it.
_FORCE_ACTS = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "RETREAT"})


def _actor(
    text: str,
    trig: Trigger,
    triggers: Sequence[Trigger],
    tokens: Sequence[Token],
    mentions: Sequence[Mention],
    speaker: list[int],
    used: set[int],
    sent: tuple[int, int],
    para: tuple[int, int],
    children: dict[int, list[Token]],
    fillers: Callable[[str, tuple[int, int]], list[int]],
    foreign_of: dict[str, frozenset[int]],
) -> tuple[int, float] | None:
    """The actor of a trigger and its score, in the order of ``actors``' docstring; a
    place is never the actor (a town, a region; a country only as the parsed subject:
    "le Niger a rompu"), nor a name inside the victim."""
    # "Une source sécuritaire a indiqué qu'un groupe ... était tombé dans une embuscade":
    # a source reports; it never acts (since 0.56.0).
    speaker = [i for i in speaker if not _A_SOURCE.match(mentions[i].text)]
    candidates = [
        i
        for i in fillers(Role.ACTOR, sent)
        if not _is_place(mentions[i])
        and i not in used
        and not _A_SOURCE.match(mentions[i].text)
        # "Le JNIM, lié à Al-Qaïda, ...", "an affiliate of Islamic State": the network a
        # group belongs to describes the actor, it is not the actor (since 0.33.0).
        and not _AFFILIATED_TO.search(text, max(0, mentions[i].start - 30), mentions[i].start)
        # Since 0.62.0 the English word of belonging after the network's name too.
        and not _AFFILIATE_AFTER.match(text, mentions[i].end)
        and not _in_source_phrase(text, mentions[i], trig, sent)
        # "a appelé les étudiants à boycotter", "appelle les partenaires à renforcer
        # leur appui et remercie": whom a call asks to act has not acted (since 0.63.0;
        # the call's author is the act's actor, as the codebook codes a called strike).
        # Not who was led to act: "a conduit le gouvernement à convoquer".
        and not _asked(text, mentions[i])
    ]
    if _freed_captives(text, trig, triggers, tokens, sent):
        # "Chadian troops have freed four of 11 farmers abducted last week by suspected
        # Boko Haram fighters", "L'armée a libéré douze otages enlevés la semaine
        # dernière": who freed the captives did not take them; the abduction's actor is
        # the agent after its participle, or no one (since 0.60.0).
        found = later_agent(text, trig, tokens, mentions, candidates, triggers)
        return None if found is None else (found, 0.5)
    found = attributed(text, trig, tokens, mentions, candidates, sent, speaker)
    if found is not None:
        return found, 0.7
    if blamed_for(text, trig):
        return None  # "Officials blamed the attack on ...": who blames did not attack
    found = _nominal_agent(text, trig, tokens, mentions, candidates, sent)
    if found is not None:
        return found, 0.7
    found = _inverted_subject(text, trig, mentions, candidates, sent)
    if found is not None:
        return found, 0.7
    found = _into_hands_of(text, trig, mentions, candidates)
    if found is not None:
        return found, 0.7
    found = _at_the_request_of(text, trig, mentions, candidates)
    if found is not None:
        return found, 0.7
    found = _gathered_subject(text, trig, mentions, candidates, sent)
    if found is not None:
        return found, 0.6
    if leaving(trig):
        # "fuyant les exactions de groupes armés", "après l'incursion d'individus armés"
        # (since 0.16.0): the attackers named after a flight in its sentence caused it,
        # its actor (codebook, SANCTION expel).
        found = next(
            (
                i
                for i in sorted(candidates, key=lambda i: mentions[i].start)
                if mentions[i].start >= trig.end
                and (_attackers_named(mentions[i]) or _armed_group_named(mentions[i]))
            ),
            None,
        )
        if found is not None:
            return found, 0.5
    # ``speaker``: the source, when the parse may make it the subject ("l'état-major
    # annonce avoir neutralisé ...", where the army reports its own strike).
    foreign = foreign_of.get(trig.label)
    if foreign is None:  # once per label and document, not once per trigger
        foreign = foreign_of[trig.label] = frozenset(
            k
            for t in triggers
            if t.label != trig.label and t.tokens[0] >= 0
            for k in range(t.tokens[0], t.tokens[1] + 1)
        )
    # "Le gouvernement a condamné l'attaque": who reacts is not who acted; only an agent
    # in the act's own phrase names the author ("l'attaque menée par des hommes armés").
    # Since 0.28.0 nor who acted after an act told as the cause ("L'armée a mené des
    # frappes, après une attaque contre un poste": not the army's attack).
    # The tokens of the coercive acts of other types, once per label and document too
    # (kept beside ``foreign`` under a key no label has).
    acting_on = foreign_of.get(f"acting-on:{trig.label}")
    if acting_on is None:
        acting_on = foreign_of[f"acting-on:{trig.label}"] = frozenset(
            k
            for t in triggers
            if t.label in _ACTING_ON and t.label != trig.label and t.tokens[0] >= 0
            for k in range(t.tokens[0], t.tokens[1] + 1)
        )
    reaction = reacted_to(text, trig, tokens, sent) or _prompting(text, trig, tokens)
    # Since 0.58.0 a capital the parse makes the subject of a state's act ("ce qu'Alger
    # a toujours démenti"): its government, before any nearer name is taken for the
    # actor (link_arguments reads capitals only when no one else is found).
    seats = (
        [i for i in fillers(Role.ACTOR, sent) if i not in used and _capital(mentions[i])]
        if trig.label in _STATE_ACTS
        else []
    )
    # "une ville sous blocus", "the besieged town", "la levée du blocus imposé à
    # Farabougou": a siege told as a state names its author in its own phrase ("par",
    # "du JNIM") or not at all; neither the subject of the verb it hangs on nor the
    # nearest name before laid it (since 0.62.0).
    siege_state = bool(_SIEGE.match(trig.text)) and (
        bool(_SIEGE_STATE.search(text, max(0, trig.start - 20), trig.start))
        or (
            trig.text.lower() == "besieged"
            and bool(_DETERMINER_BEFORE.search(text, max(0, trig.start - 6), trig.start))
        )
    )
    found = (
        None
        if reaction or siege_state
        else subject(
            trig,
            tokens,
            mentions,
            candidates + speaker + seats,
            children,
            foreign=foreign,
            acting_on=acting_on,
        )
    )
    if found is not None:
        return found, 0.7
    if (
        speaker
        and governing_verb(trig, tokens) is None
        and _own_act(text, mentions[speaker[0]], trig)
    ):
        return speaker[0], 0.6
    # Only people and organisations from here on, none inside the victim
    # ("Une patrouille des *FAMa*").
    victims = [(mentions[u].start, mentions[u].end) for u in used]
    # The counted dead and the apposition that details them (since 0.30.0): "Au moins
    # dix-huit personnes, dont douze Volontaires pour la défense de la patrie (VDP), ont
    # été tuées" names victims, not attackers.
    victims += [
        (m.start, _past_apposition(text, m.end))
        for m in mentions
        if m.label == "CASUALTY" and sent[0] <= m.start < sent[1]
    ]
    # "Un convoi escorté par les FAMa est tombé dans une embuscade": the army is on the
    # side of the victim, the subject of the verb of undergoing, a mention or not.
    side = undergoer(trig, tokens, children)
    if side is not None:
        victims.append(side)
    candidates = [
        i
        for i in candidates
        if mentions[i].label not in _PLACE_LABELS
        and not any(s <= mentions[i].start and mentions[i].end <= e for s, e in victims)
    ]
    earlier = [
        i for i in fillers(Role.ACTOR, (para[0], sent[0])) if mentions[i].label in ("PER", "ORG")
    ]

    def _paragraphs_before(para: tuple[int, int]) -> list[int]:
        """People and organisations named in the two paragraphs before ``para`` (none
        for a quotation, whose "ils" are whom the witness speaks of)."""
        if para[0] <= 0 or text[para[0] : para[0] + 1] in ("«", '"', "“"):
            return []
        start = text.rfind("\n", 0, para[0] - 1)
        two_before = (text.rfind("\n", 0, max(0, start - 1)) + 1, para[0])
        return [i for i in fillers(Role.ACTOR, two_before) if mentions[i].label in ("PER", "ORG")]

    if (
        not earlier
        and para[0] > 0
        and not text[para[0] : sent[0]].strip()
        # Not a quotation: its "ils" are whom the witness speaks of.
        and text[para[0] : para[0] + 1] not in ("«", '"', "“")
    ):
        # "Avant de partir, ils ont brûlé les greniers" opening a paragraph (since 0.59.0):
        # the people named in the two paragraphs before (the second for a chain of
        # pronouns: "Ils ont rassemblé les habitants ...").
        start = text.rfind("\n", 0, para[0] - 1)
        two_before = (text.rfind("\n", 0, max(0, start - 1)) + 1, para[0])
        earlier = [
            i for i in fillers(Role.ACTOR, two_before) if mentions[i].label in ("PER", "ORG")
        ]
    # "Le gouverneur a indiqué qu'une unité avait été déployée, et il a appelé" (since
    # 0.16.0): a subject named before the pronoun in its own sentence, speaker or not.
    # (Only without a reaction, which looks for no antecedent.)
    here = (
        []
        if reaction
        else [
            i
            for i in range(len(mentions))
            if sent[0] <= mentions[i].start
            and mentions[i].end <= trig.start
            and mentions[i].label in ("PER", "ORG")
            and i not in used
        ]
    )
    found = (
        None
        if reaction or siege_state
        else pronoun_antecedent(
            trig, tokens, mentions, earlier, children, here, lambda: _paragraphs_before(para)
        )
    )
    if found is not None:
        return found, 0.5
    if not reaction and earlier and not _parsed(trig, tokens):
        # "He urged them to report" after "The governor of Tillaberi met chiefs" (since
        # 0.65.0, English): the person named last before the sentence.
        found = person_antecedent(text, trig, sent, mentions, earlier, here)
        if found is not None:
            return found, 0.3
    if (
        not reaction
        and earlier
        and trig.label in _FORCE_ACTS
        and not _parsed(trig, tokens)
        and pronoun_opens(text, trig, sent)
    ):
        # "They burned granaries and stole livestock" after "Jihadists ... attacked the
        # village, local sources said": the subject of the act told before, not who told
        # it, and the verbs joined to the pronoun's own (since 0.65.0, English). Not a
        # saying ("..., the organisation said. It called for their release": who spoke).
        found = pronoun_antecedent_en(text, mentions, earlier, triggers)
        if found is not None:
            return found, 0.3
    elif not reaction and _PRONOUN.match(text[sent[0] : trig.start]) and earlier:
        # "It called for their release": the pronoun stands for the last person or
        # organisation named before its sentence.
        return max(earlier, key=lambda i: mentions[i].end), 0.3
    found = later_agent(text, trig, tokens, mentions, candidates, triggers)
    if found is not None:
        return found, 0.5
    found = _genitive_agent(text, trig, mentions, candidates)
    if found is not None:
        return found, 0.5
    found = _ordering_agent(text, trig, mentions, candidates)
    if found is not None:
        return found, 0.5
    if reaction:
        return None
    if _UNDERGOING.match(trig.text) or _TARGET_OF.search(text, max(0, trig.start - 30), trig.start):
        return None  # "Un bateau a essuyé des tirs", "A convoy came under fire": the victim
    victim = (
        None
        if _deployed(trig)  # "des soldats ont été déployés": who moved
        else passive_subject(trig, tokens, mentions, candidates, children)
    )
    others = others_actors(text, trig, triggers, tokens, mentions, candidates, children)
    parsed = _parsed(trig, tokens)
    ordered_to = not parsed and _TO_BEFORE.search(text, max(0, trig.start - 4), trig.start)
    participle = trig.label != "MOBILIZE" and _PASSIVE_PARTICIPLE.search(trig.text) is not None
    before = [
        i
        for i in candidates
        if mentions[i].end <= trig.start
        and i != victim
        and i not in others
        # "Deux Volontaires pour la défense de la patrie (VDP) ont été tués ... dans une
        # embuscade": the subject of a passive is who underwent it (since 0.12.0).
        # (Not for a deployment: "un détachement a été déployé" is who moved.)
        and (
            trig.label == "MOBILIZE" or not _PASSIVE_SUBJECT.match(text, mentions[i].end, trig.end)
        )
        # "A report published on Monday by the United Nations says that at least 120
        # civilians were killed": the author of a document, not of the act (since 0.35.0).
        and not _AUTHOR_OF_DOCUMENT.search(text, max(0, mentions[i].start - 60), mentions[i].start)
        # "the deadliest attack on the army since an assault on the Djibo base": whom an
        # act of violence was aimed at is no nearest actor (since 0.37.0).
        and not _AIMED_AT.search(text, max(0, mentions[i].start - 40), mentions[i].start)
        # "l'AEEM, accusée d'entretenir la violence", "the group, accused of": the noun a
        # passive participle qualifies underwent the act (since 0.38.0).
        # Since 0.65.0 not after a mention that closes its own apposition ("Niger's
        # defence minister, Salifou Mody, visited"): its comma ends the subject.
        and not (
            participle
            and "," not in mentions[i].text
            and _QUALIFIED_BY.match(text[mentions[i].end : trig.start])
        )
        # "l'armée malienne, qui fait état de dix soldats tués": who reports the toll
        # (since 0.40.0).
        and not _REPORTER_AFTER.match(text, mentions[i].end, trig.start)
        # "declared a national mourning after at least 40 soldiers were killed in an
        # attack": who acted before "after" did not do what it tells (since 0.40.0).
        and not _AFTER_CLAUSE.search(text, mentions[i].end, trig.start)
        # "imposed a curfew following a series of attacks that killed dozens": the
        # attacks did it (since 0.47.0).
        and not _ACT_THAT.search(text, mentions[i].end, trig.start)
        # "ordered the head of the European Union delegation to leave the country": the
        # object of an order is who must act, not who acted (since 0.56.0; English).
        and not (
            ordered_to
            and _ORDERED_BEFORE.search(text, max(0, mentions[i].start - 60), mentions[i].start)
        )
        # "Police arrested six people in connection with an attack": who arrested did
        # not attack (since 0.56.0; English, which has no parse to tell it).
        and (
            parsed
            or not _another_acts_link(_EN_AFTER_ACT.search(text, mentions[i].end, trig.start))
        )
        # "A convoy came under fire, killing three soldiers": the victim of the first.
        and not any(
            mentions[i].end <= t.start < trig.start and _UNDERGOING.match(t.text) for t in triggers
        )
        # "Les hommes trouvés ... auraient été regroupés puis exécutés, et une quinzaine de
        # cases auraient été incendiées": the subject of a passive underwent an act; it
        # is not the nearest author of the next (since 0.60.0).
        and not (parsed and undergoer_of_another_passive(trig, tokens, mentions[i]))
    ]
    if acted_on(text, trig, tokens, sent, acting_on):
        return None  # "La police a dispersé une manifestation": not the marchers
    if _TOLD_ABOUT.search(text, max(0, trig.start - 50), trig.start) or _SPAN_BEFORE.search(
        text, max(0, trig.start - 50), trig.start
    ):
        # "suspended a radio over its coverage of an attack" (since 0.37.0), "has
        # appointed a new army chief, two weeks after a deadly attack" (since 0.39.0): no
        # author named.
        return None
    if _DURING_OTHER.search(text, max(0, trig.start - 40), trig.start) and any(
        t.end <= trig.start and sent[0] <= t.start for t in triggers if t is not trig
    ):
        # "released 14 people arrested last month during a protest": who arrested is
        # not who protested (since 0.38.0; the French parse tells it, in_foreign_oblique).
        return None
    if (
        not parsed
        and trig.label != "MOBILIZE"  # "troops were deployed": who moved (as above)
        and _EN_PASSIVE_BEFORE.search(text, max(0, trig.start - 30), trig.start)
    ):
        # "the 2021 offensive in which his father was killed": an English passive names
        # its agent after "by" (found above) or not at all; the nearest name before is
        # not it (since 0.56.0).
        return None
    if siege_state:
        return None  # its author is in its own phrase (found above) or not told
    if (
        not parsed
        and _EN_ATTRIBUTIVE.fullmatch(trig.text)
        and _EN_DETERMINER_BEFORE.search(text, max(0, trig.start - 12), trig.start)
        and _EN_NOUN_AFTER.match(text, trig.end)
    ):
        # "supporters of a detained activist", "the kidnapped teachers": a participle
        # before its noun tells what the noun underwent; its author is a "by" agent
        # (found above) or not told, not the nearest name before (since 0.64.0).
        return None
    if before and not parsed and _shares_subject(text, trig, sent):
        found = _gerund_subject(text, trig, triggers, mentions, before, sent)
        if found is not None:
            return found, 0.4
    if before and not in_foreign_oblique(trig, tokens, foreign):
        # Not the people of another act's clause: "Les autorités ont suspendu la BBC
        # pour sa couverture du massacre" names no author of the massacre (since 0.28.0).
        return max(before, key=lambda i: mentions[i].end), 0.4
    return None
