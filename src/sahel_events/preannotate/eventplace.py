"""Where an event happened when its own sentence does not name the place.

:mod:`.arguments` links the place its sentence gives to an event; this module settles
the cases where the article says where only by reference, or where a place beside the
event is not its place:

* **anaphors** ("sur place", "la localité", "sur les lieux", "on the spot", "the
  town"): the place of the latest event told before, wherever it was told;
* **vague areas** ("dans la zone", "in the area"): no place rather than a guess (the
  area may be wider than any town named before, and a spurious place costs an
  annotator as much as a wrong one);
* **carrying**: a material event that names no place of its own, in a paragraph that
  names none, happened where the article's earlier events did, but only when those
  events all happened at one place (two attacks in two towns give no place) and the
  event is not dated before them (a background event may have been anywhere); never
  a release (since 0.18.0): hostages are freed where their captors chose, which the
  article tells or does not (the development corpus gives 51 of its 63 releases no place);
  since 0.58.0 a flight too, which is no act of words (where people fled from), first
  at the place of its cause told in its sentence, never at the place people went to;
* **policing** (since 0.11.0): a crowd dispersed or marchers arrested in the sentence
  of a demonstration are where it took place ("a dispersé des étudiants qui
  manifestaient devant le rectorat");
* **attributes**: a place that qualifies a person or an office ("le gouverneur de
  Tillabéri", "les autorités de Ménaka", "the governor of Mopti") is who acts, not where.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache

from ..annotation.ids import Normalised, Role
from ..codebook import EventType
from .argument import Argument
from .casescan import lowered_text
from .dates import first_day
from .entities import Mention
from .eventtime import EARLIER_ACT_AFTER
from .relplaces import against_settlement
from .settlements import TOWN  # since 0.9.0: "la ville" after a town is that town
from .text import containing, fold_key
from .triggers import Trigger
from .wordgate import gated

#: Words that point back to the place just told: the event happened there. Since 0.8.0
#: also a site or a settlement named again by a demonstrative or "même" ("Ce poste
#: avait déjà été visé", "dans ce même village", "this village") or by its bare kind
#: ("l'école du village"), even for a background event. Not a road ("sur le même
#: tronçon", "on the same road"): the road itself may never have been told.
_SITES = r"(?:poste|camp|base|village|localité|ville|commune|hameau|marché)"
ANAPHOR = gated(
    re.compile(
        r"\b(?:sur\s+place|sur\s+les\s+lieux|dans\s+la\s+localité|dans\s+le\s+village|"
        r"là-bas|on\s+the\s+spot|at\s+the\s+scene|in\s+the\s+(?:town|village|hamlet)|"
        r"(?:ce|cet|cette)\s+(?:même\s+)?" + _SITES + r"|(?:le|la|du|au)\s+même\s+" + _SITES + r"|"
        r"du\s+village(?!\s+(?:de|d['’]|voisin))|"
        r"(?:this|that|the\s+same)\s+(?:town|village|hamlet|post|camp|base))\b",
        re.IGNORECASE,
    )
)
#: An area named without a name: the event's place is vaguer than any town before.
#: Since s18p8 also where troops were sent: "déployés vers la zone", "sent to the area";
#: since 0.11.0 "dans la même zone" (the same area, no nearer than "la zone").
VAGUE = re.compile(
    r"\b(?:(?:dans|vers)\s+(?:la|cette)\s+(?:même\s+)?(?:zone|région|contrée)|"
    r"dans\s+les\s+environs|"
    r"(?:in|to|into)\s+(?:the|that|this)\s+(?:area|region|zone))\b",
    re.IGNORECASE,
)
#: An office or a body named by the place it is of: "le gouverneur de la région de
#: Tillabéri", "les autorités de Ménaka", "the governor of Mopti", "le maire de Gao".
_OFFICE = gated(
    re.compile(
        r"\b(?:gouverneurs?|préfets?|maires?|autorités|gouvernement|ministres?|"
        r"governors?|prefects?|mayors?|authorities)\s+"
        r"(?:[a-zà-ÿ]+\s+)?(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’]|of\s+(?:the\s+)?)"
        r"(?:(?:région|province|cercle|commune|département|ville)\s+(?:de\s+la\s+|de\s+l['’]|"
        r"du\s+|de\s+|d['’]))?$",
        re.IGNORECASE,
    )
)
#: Since 0.69.0 the area of an armed network's branch, in the group's apposition: "JNIM,
#: al-Qaeda's affiliate in the Sahel, claimed", "la branche d'al-Qaïda au Sahel", "le
#: GSIM, affilié à Al-Qaïda au Maghreb", "ISWAP, the Islamic State's branch in West
#: Africa". The place says who the group is, not where its act happened.
_BRANCH_AREA = gated(
    re.compile(
        r"\b(?:affiliate|branch|offshoot|franchise|wing|branche|filiale|franchise)\s+"
        r"(?:(?:of\s+|d['’]|de\s+)(?:l['’]|the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+)?"
        r"(?:in|au|en|dans\s+le|dans\s+la)\s+(?:the\s+|l['’])?$|"
        r"\b(?:liée?s?|affiliée?s?)\s+à\s+(?:al[-\s]Qa\w+|l['’]État\s+islamique|Daech)\s+"
        r"(?:au|en|dans\s+le)\s+$",
        re.IGNORECASE,
    )
)
#: Leaving a place (displacement, SANCTION expel): its object is where people left, not
#: what is said ("ont quitté Tori", "fled the villages"; since 0.20.0 "left Dallah", "se
#: sont déplacées").
_LEAVING_WORD = re.compile(
    r"^(?:fui|fuir|fuy|quitt|fled|flee|left$|déplac|provoqu\w*\s+la\s+fuite)", re.IGNORECASE
)


def leaving(trig: Trigger) -> bool:
    """Whether the trigger tells people fleeing ("ont quitté Tori"), not a state leaving
    an organisation ("ont quitté la CEDEAO", SANCTION withdraw, since 0.18.1)."""
    return (
        trig.label == "SANCTION"
        and trig.mode != "withdraw"
        and _LEAVING_WORD.match(trig.text) is not None
    )


#: Types whose place is where words were said, never carried to or from.
_VERBAL = frozenset(
    {"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "AGREE", "COOPERATE", "SANCTION"}
)


#: A place that says where a diplomat is posted or a body has its seat (since 0.62.0):
#: "son ambassadeur à *Alger*", "l'ambassade de l'Inde à *Niamey*", "une radio privée
#: basée à *Koudougou*", "an association based in *Zinder*", "its ambassador in *Algiers*".
#: The diplomat is recalled, the embassy met, the radio suspended from the capital: the
#: corpus gives none of these acts that place. Not "des soldats basés à Djibo" (troops
#: attacked where they are based), nor "devant l'ambassade de France à Niamey" (a crowd
#: gathered there).
_SEAT = gated(
    re.compile(
        r"(?:\b(?:ambassadeurs?|ambassadors?|chargée?\s+d['’]affaires)"
        r"(?:\s+(?:du|de\s+la|de\s+l['’]|des|de|d['’]|of(?:\s+the)?)\s*[\w'’-]+){0,2}"
        r"\s+(?:à|au|en|in|to)"
        r"|\b(?:ambassades?|embass(?:y|ies)|consulats?|consulates?)"
        r"(?:\s+(?:du|de\s+la|de\s+l['’]|des|de|d['’])\s*[\w'’-]+){1,2}\s+(?:à|au|en)"
        r"|\b(?:basée?s?|based|headquartered|domiciliée?s?)\s+(?:à|au|en|in|at)"
        # A ruling power named by its seat: "urged the junta in Conakry", "the military
        # authorities in Niamey".
        r"|\b(?:the|la|les)\s+(?:(?:military|ruling|new|militaires?|nouvelles?)\s+)?"
        r"(?:junta|régime|regime|authorities|autorités|pouvoir)\s+(?:(?:militaires?|"
        r"de\s+transition)\s+)?(?:à|au|en|in))\s+$",
        re.IGNORECASE,
    )
)
#: A local body named by its place as the subject of its own act (since 0.66.0): "la
#: mairie de Matéri a ordonné la fermeture de douze écoles", "le district sanitaire de
#: Kpendjal a rouvert l'unité de soins", "la zone sanitaire Tanguiéta-Matéri a rouvert":
#: the place says which body decides, the act's place is the site closed or reopened.
#: Only with the verb right after the name (:data:`_BODY_ACTS`): "ont incendié la
#: mairie de Kiembara" keeps Kiembara.
_BODY = gated(
    re.compile(
        r"\b(?:mairies?|districts?\s+sanitaires?|zones?\s+sanitaires?|"
        r"directions?\s+(?:régionales?|provinciales?|départementales?)"
        r"(?:\s+(?:de\s+l['’]|de\s+la\s+|du\s+|des\s+)[\w-]+)?|"
        r"haut-commissariat|gouvernorat|préfecture|sous-préfecture|town\s+hall|health\s+district)"
        r"\s+(?:de\s+la\s+|de\s+l['’]|de\s+|d['’]|du\s+|of\s+(?:the\s+)?)?$",
        re.IGNORECASE,
    )
)
#: The verb of the body's act right after its place ("-Cobly a rouvert", "a ordonné").
_BODY_ACTS = re.compile(
    r"[\w'’-]*\s+(?:a|avait|ont|avaient|has|had)\s+(?:[a-zà-ÿ]+\s+)?"
    r"(?:ordonné|rouvert|fermé|décidé|suspendu|interdit|annoncé|ordered|reopened|closed|"
    r"decided|suspended|banned)\b",
    re.IGNORECASE,
)
#: Before a seat: a crowd at the embassy, troops at their base, whose place it is.
_AT_SEAT = re.compile(
    r"\b(?:devant|outside|près|near|front|vers|soldats?|militaires|troupes?|forces?|"
    r"détachements?|unités?|soldiers|troops|units?)\b",
    re.IGNORECASE,
)


def of_office(text: str, mention: Mention) -> bool:
    """True when the place qualifies an office or a body named right before it ("le
    gouverneur de *Tillabéri*", since 0.62.0 "son ambassadeur à *Alger*", "une radio
    basée à *Koudougou*"): the place says who acts, not where."""
    if _OFFICE.search(text, max(0, mention.start - 50), mention.start) is not None:
        return True
    if _BRANCH_AREA.search(text, max(0, mention.start - 60), mention.start) is not None:
        return True  # "al-Qaeda's affiliate in the Sahel" (since 0.69.0)
    if (
        _BODY.search(text, max(0, mention.start - 50), mention.start) is not None
        and _BODY_ACTS.match(text, mention.end) is not None
    ):
        return True  # "le district sanitaire de Kpendjal a rouvert l'USP" (since 0.66.0)
    seat = _SEAT.search(text, max(0, mention.start - 60), mention.start)
    return seat is not None and _AT_SEAT.search(text, max(0, seat.start() - 40), seat.end()) is None


#: A place that opens its sentence as the frame of what follows (since 0.68.0): "À
#: Niamey, le gouvernement a rejeté ces accusations", "À Sarh, la cour criminelle a
#: condamné", "Lundi, à N'Djamena, le ministre a convoqué l'ambassadeur", "Au Mali, les
#: deux chaînes restent suspendues", "À Sebba, dans la province du Yagha, la direction a
#: démenti". The press sets the scene this way for the main clause: an optional opener
#: of up to three words and a comma, the locative, the place (this pattern: what stands
#: between the sentence's start and the place).
_FRAME_BEFORE = re.compile(
    r"\s*(?:[\w'’-]+(?:\s+[\w'’-]+){0,2}\s*,\s*)?(?:À|A|Au|Aux|En|Dans\s+la\s+ville\s+de|"
    r"Dans\s+la\s+localité\s+de|Dans\s+le\s+village\s+de)\s+(?:l['’])?",
)
#: Between the frame's place and its closing comma: nothing, or a unit it lies in ("À
#: Sebba, dans la province du Yagha,") before the comma that closes the frame.
_FRAME_AFTER = re.compile(r"(?:\s*,\s*(?:dans|en|au)\s+[^,;:.()\n]{1,50})?\s*,")
#: What takes an act out of the frame's main clause: a relative or a reported clause
#: ("À Niamey, le gouvernement a affirmé *que* des soldats avaient tué"), or a second
#: clause.
_OUT_OF_FRAME = re.compile(
    r"\b(?:que|qu['’]|qui|dont|où|lorsque|quand|après|avant|selon|tandis|alors|mais)\b|[;:«»\n]|\.\s",
    re.IGNORECASE,
)


#: A wider unit or a country that opens its sentence as a frame (since 0.68.0): "Dans la
#: région de Tahoua, des unités ont accroché ... près de Tébaram", "Dans le Logone
#: Occidental, le gouverneur a annoncé la levée du couvre-feu instauré à Moundou", "Au
#: Cameroun voisin, un soldat a été tué lors de l'attaque d'un poste à Fotokol", "In the
#: Tahoua region, army units clashed with bandits who had stolen cattle near Tébaram". Roundups
#: and bulletins open each item with the area; the place the item then names is finer.
_UNIT_FRAME_BEFORE = re.compile(
    r"\s*(?:[\w'’-]+(?:\s+[\w'’-]+){0,2}\s*,\s*)?(?:Au|Aux|En|(?:Dans|In)(?:\s+[\w'’-]+){0,4})"
    r"\s*",
)
#: After the unit: a word or two that qualify it ("voisin", "enfin"), the closing comma.
_UNIT_FRAME_AFTER = re.compile(r"(?:\s+[a-zà-ÿ-]+){0,2}\s*,")


def unit_frame_end(text: str, place: Mention, sentence: tuple[int, int]) -> int | None:
    """Where the frame that ``place`` opens its sentence with ends (its closing comma),
    or None when the place is no such frame ("Dans la région de *Tahoua*, des unités
    ont accroché ...")."""
    if not sentence[0] <= place.start < sentence[1]:
        return None
    if _UNIT_FRAME_BEFORE.fullmatch(text, sentence[0], place.start) is None:
        return None
    closing = _UNIT_FRAME_AFTER.match(text, place.end)
    return closing.end() if closing is not None else None


#: A comma right before an act told in an apposition inside the frame's clause.
_APPOSED_BEFORE = re.compile(r",\s*$")


def opening_frame(
    text: str,
    place: Mention,
    trig: Trigger,
    triggers: Sequence[Trigger],
    sentence: tuple[int, int],
) -> bool:
    """True when ``place`` opens its sentence as a locative frame ("À *Niamey*, le
    gouvernement a rejeté") and ``trig`` is the first act of the main clause it frames:
    the place is that act's, however the parse hangs the fragment (the parser often makes
    "À Niamey," a sentence of its own, or joins it to the sentence before). Not an act
    told after "que", "qui", "selon" or another act in the clause: the frame is where
    the main clause happened, not what it reports."""
    if not sentence[0] <= place.start < trig.start <= sentence[1]:
        return False
    if _FRAME_BEFORE.fullmatch(text, sentence[0], place.start) is None:
        return False
    closing = _FRAME_AFTER.match(text, place.end)
    if closing is None or closing.end() > trig.start:
        return False
    if _OUT_OF_FRAME.search(text, closing.end(), trig.start) is not None:
        return False
    return not any(
        t is not trig
        and closing.end() <= t.start
        and t.end <= trig.start
        # Not a participle set off by commas that describes the subject ("À Sarh, la
        # cour criminelle, *réunie* en session foraine, a condamné").
        and not (
            _APPOSED_BEFORE.search(text, closing.end(), t.start) is not None
            and "," in text[t.end : trig.start]
        )
        for t in triggers
    )


def without_withdrawal_places(
    arguments: Sequence[Argument], kept: Mapping[int, Trigger]
) -> list[Argument]:
    """The arguments without the places of a withdrawal from a body, an agreement or a
    country (SANCTION withdraw, since 0.68.0): "les trois pays ont quitté la CEDEAO",
    "Bamako a rappelé son ambassadeur à Alger", "se sont officiellement retirés de
    l'organisation", "Niger withdrew from the G5 Sahel force". A state or a body leaves
    where it has no place: the town of its capital, of the summit told beside it or of
    the embassy says who leaves or whom it leaves, and the country left is the recipient.
    The corpus gives none of its withdrawals a place; a place carried to one from the
    sentence or the paragraph is always spurious."""
    withdrawn = {i for i, t in kept.items() if t.label == "SANCTION" and t.mode == "withdraw"}
    if not withdrawn:
        return list(arguments)
    return [a for a in arguments if not (a.trigger in withdrawn and a.role == Role.LOCATION)]


#: What separates two clauses that tell two acts: "ont attaqué ... à Thiou, tandis
#: qu'un autre groupe prenait d'assaut le poste de Titao".
#: Not "alors qu'ils ...", "pendant qu'elles ...", "while they were ...": a pronoun
#: for the victims opens the circumstance of the act ("enlevées alors qu'elles
#: ramassaient du bois près de Mentao"), not a second act (since s18p8).
_CLAUSE_BREAK = re.compile(
    r";|[.!?]\s|\n|\b(?:tandis\s+qu|(?:alors|pendant)\s+qu(?!['’](?:ils?|elles?)\b)|"
    r"cependant|whereas|while(?!\s+(?:they|he|she|it)\s+(?:was|were)\b)|meanwhile)\b",
    re.IGNORECASE,
)


def other_clause(text: str, place: Mention, trig: Trigger, triggers: Sequence[Trigger]) -> bool:
    """True when a clause break separates the place from the trigger and another
    trigger shares the place's clause (a sentence end is a break too): the place
    belongs to that act."""

    def broken(a: int, b: int) -> bool:
        lo, hi = min(a, b), max(a, b)
        return _CLAUSE_BREAK.search(text, lo, hi) is not None

    if not broken(place.start, trig.start):
        return False
    return any(t is not trig and not broken(place.start, t.start) for t in triggers)


#: What may stand between an act's trigger and its place: a few words, no punctuation.
_NEAR_GAP = re.compile(r"[^,;:.()\n]{0,30}")


def claimed_before(text: str, place: Mention, trig: Trigger, triggers: Sequence[Trigger]) -> bool:
    """True when the place, told before the trigger, follows another act's trigger
    closely: "An aid worker abducted near *Djibo* in July was released" (where the
    abduction happened). For texts without a dependency parse, where the parse's own
    test (which act's phrase holds the place) cannot run."""
    if place.end > trig.start:
        return False
    return any(
        t is not trig and t.end <= place.start and _NEAR_GAP.fullmatch(text, t.end, place.start)
        for t in triggers
    )


#: What lies between an act and a place told in the circumstance of that act: "enlevées
#: la semaine dernière par des hommes armés alors qu'elles ramassaient du bois près de",
#: "abducted while they were fetching water near".
_CIRCUMSTANCE = re.compile(
    r"[^;:.()\n]{0,100}?\b(?:(?:alors|pendant)\s+qu['’](?:ils?|elles?)|"
    r"while\s+(?:they|he|she|it)\s+(?:was|were))\b[^,;:.()\n]{0,80}",
    re.IGNORECASE,
)

#: The words every match of :data:`_CIRCUMSTANCE` holds one of, in lower case ("alor" without its
#: "s", which the case-blind pattern also finds as a long s).
_CIRCUMSTANCE_WORD = re.compile("alor|pendant|while")


def in_circumstance(text: str, place: Mention, trig: Trigger, triggers: Sequence[Trigger]) -> bool:
    """True when the place, told before the trigger, lies in the circumstance of another
    act told before it ("Six bûcherons enlevés alors qu'ils coupaient du bois près de
    *Déou* ont été libérés lundi": Déou is where they were abducted, not released).
    The parse often takes such a clause for the main one, so the words decide."""
    if place.end > trig.start:
        return False
    # Every circumstance holds one of its words: only the gaps that hold one are read
    # (for speed, since 0.57.0).
    words = _circumstance_words(text)
    return any(
        t is not trig
        and t.end <= place.start
        and (words is None or _holds_word(words, t.end, place.start))
        and _CIRCUMSTANCE.fullmatch(text, t.end, place.start)
        for t in triggers
    )


@lru_cache(maxsize=8)
def _circumstance_words(text: str) -> list[int] | None:
    """Where the words of :data:`_CIRCUMSTANCE_WORDS` start in ``text``, in order; None
    for a text whose lower case could hide one (:func:`.casescan.lowered`)."""
    lower = lowered_text(text)
    if lower is None:
        return None
    return sorted(m.start() for m in _CIRCUMSTANCE_WORD.finditer(lower))


def _holds_word(starts: list[int], start: int, end: int) -> bool:
    """Whether one of ``starts`` lies in ``[start, end)``."""
    i = bisect_left(starts, start)
    return i < len(starts) and starts[i] < end


@lru_cache(maxsize=4096)  # asked once per trigger: a sentence's answer, kept
def reference(text: str, sentence: tuple[int, int]) -> str | None:
    """``"anaphor"`` when the sentence places its event by reference to the place told
    before, ``"town"`` when it names a settlement by its bare kind (the place told
    before, or the one its paragraph gives), ``"vague"`` when it names only an area,
    else None."""
    if ANAPHOR.search(text, sentence[0], sentence[1]):
        return "anaphor"
    if TOWN.search(text, sentence[0], sentence[1]):
        return "town"
    vague = VAGUE.search(text, sentence[0], sentence[1])
    if vague and not _SOURCE_OF_AREA.search(
        text, max(sentence[0], vague.start() - 30), vague.start()
    ):
        return "vague"
    return None


#: A source said to be of the area, not the event's place (since 0.60.0): "a village
#: chief in the area said", "un habitant de la zone", "a resident in the region".
_SOURCE_OF_AREA = re.compile(
    r"\b(?:chief|chef|residents?|habitants?|officials?|notables?|élus?|sources?|leaders?|"
    r"witness(?:es)?|témoins?)(?:\s+de\s+village|\s+locaux|\s+locales?|\s+local)?\s*$",
    re.IGNORECASE,
)


#: What the police do to a demonstration: disperse it, arrest its marchers.
_POLICING = frozenset({("ASSAULT", "crowd-control"), ("COERCE", "arrest")})


#: The attackers told before, pointed back at: "Les assaillants ont également emporté".
_THE_ATTACKERS = re.compile(
    r"\b(?:les|ces|the)\s+(?:assaillants|hommes\s+armés|individus\s+armés|ravisseurs|"
    r"terroristes|(?:dj|j)ihadistes|combattants|attackers|gunmen|militants|kidnappers|"
    r"assailants)\b|(?:^|\.\s+|\n)Ils\s",
    re.IGNORECASE,
)


#: The attackers as a passive's agent right after it (since 0.60.0): "par les
#: assaillants", "by the gunmen".
_BY_THE_ATTACKERS = re.compile(
    r"\s+(?:par|by)\s+(?:les|ces|the)\s+(?:assaillants|hommes\s+armés|individus\s+armés|"
    r"ravisseurs|terroristes|(?:dj|j)ihadistes|attackers|gunmen|militants|kidnappers|"
    r"assailants)\b",
    re.IGNORECASE,
)


#: Words that open another episode or place in a toll's sentence: "Dans une autre
#: attaque", "Plus tard", "Ailleurs", "Separately", "the next day".
_ANOTHER_EPISODE = re.compile(
    r"\b(?:autres?|ailleurs|plus\s+tard|lendemain|veille|auparavant|another|other|"
    r"elsewhere|separately|later|earlier|next\s+day|previous)\b",
    re.IGNORECASE,
)


def _toll_after(
    text: str,
    mentions: Sequence[Mention],
    sentences: Sequence[tuple[int, int]],
    para: tuple[int, int],
    sent: tuple[int, int],
    raid: int,
    triggers: Sequence[Trigger],
) -> bool:
    """Whether ``sent`` is the sentence right after the one of ``raid`` in its
    paragraph and tells no place, no day and no other episode of its own: the raid's
    toll told apart ("Un berger aurait été tué et deux habitants blessés", since
    0.67.0)."""
    told = containing(sentences, triggers[raid].start)
    if told[0] < para[0] or told[1] > sent[0]:
        return False
    if any(told[1] <= s[0] < sent[0] for s in sentences):
        return False  # a sentence between
    if any(triggers[raid].end <= t.start < sent[0] and not _raid(t) for t in triggers):
        # Another kind of act told after the raid ("des otages enlevés [...] ont été
        # libérés [...]. Ont également été saisis"): the toll may be that act's.
        return False
    if _ANOTHER_EPISODE.search(text, sent[0], sent[1]) is not None:
        return False
    return not any(
        sent[0] <= m.start < sent[1] and m.label in ("GPE", "LOC", "FAC", "TIME") for m in mentions
    )


def _raid(trig: Trigger) -> bool:
    """An assault or a seizure: what attackers do where they strike."""
    return trig.label == "ASSAULT" or (trig.label == "COERCE" and trig.mode == "seize")


#: A decree's verb or noun (since 0.67.0): "interdit", "interdiction", "suspendu",
#: "suspension", "dissous", "dissolution", "banned", "suspended", "outlawed".
_DECREED = re.compile(
    r"(?:interdi|suspen|dissou|dissol|ban(?:ned|s)?\b|outlaw|prohib)", re.IGNORECASE
)


#: The attackers in flight or pursued (since 0.19.0): "des frappes aériennes ont visé la
#: colonne des assaillants pendant son repli", "ont frappé une colonne d'assaillants en
#: fuite", "lors de la poursuite menée par l'aviation", "struck the retreating column". A
#: phase of its own, which the codebook codes as its own event.
_PURSUIT = gated(
    re.compile(
        r"\b(?:repli|repliés?|se\s+repliant|en\s+fuite|fuyards?|"
        r"(?:à\s+(?:leur|la|sa)|lors\s+de\s+la|engagé\s+la)\s+poursuite|"
        r"poursuivi(?:e|s|es)?\s+(?:par|jusqu)|retreating|in\s+pursuit|pursued)\b",
        re.IGNORECASE,
    )
)


#: An act's noun told after a comma and "after": ", after an attack", ", après une".
_TOLD_AS_EARLIER = gated(
    re.compile(EARLIER_ACT_AFTER.pattern + r"\s*(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
)


#: A claim and what it says was done (since 0.67.0): "a revendiqué l'attaque, affirmant
#: avoir tué", "revendiquant l'embuscade et assurant s'être emparé", "claimed the raid,
#: saying its fighters had seized". The participle or verb of saying must follow the
#: claim: the acts after it are the claimed raid's.
_CLAIM_SAYING = re.compile(
    r"\b(?:revendiqu\w*|claim(?:ed|ing|s)?)\b[^.;]*?\b(?:affirmant|assurant|disant|"
    r"soutenant|précisant|ajoutant|saying|stating|adding|asserting)\b",
    re.IGNORECASE,
)


#: A group telling what its own fighters did (since 0.67.0): "said that its fighters had
#: seized", "affirmant que ses combattants avaient incendié".
_OWN_FIGHTERS = re.compile(
    r"\b(?:its|their|ses|leurs)\s+(?:fighters|militants|men|combatants|mujahideen|"
    r"combattants|hommes|éléments|moudjahidines?)\b",
    re.IGNORECASE,
)


def claimed_act(text: str, sentence: tuple[int, int], trig: Trigger) -> bool:
    """Whether the trigger is told as what a claim of responsibility says its authors
    did, after the claim in its sentence (``_CLAIM_SAYING``) or after a group's "its
    fighters" (``_OWN_FIGHTERS``)."""
    return (
        _CLAIM_SAYING.search(text, sentence[0], trig.start) is not None
        or _OWN_FIGHTERS.search(text, sentence[0], trig.start) is not None
    )


#: The act a claim names: "revendiqué l'attaque", "claimed the ambush", "revendiquant
#: cette embuscade".
_CLAIMED_NOUN = re.compile(
    r"\b(?:revendiqu\w*|claim(?:ed|ing|s)?)\b(?:\s+(?!l['’]|la\b|le\b|les\b|cette\b|cet\b|"
    r"the\b|this\b|that\b|responsibility\b)[\w-]+){0,3}?\s+(?:responsibility\s+for\s+)?"
    r"(?:l['’]|la\s+|le\s+|les\s+|cette\s+|cet\s+|the\s+|this\s+|that\s+)([^\W\d_]+)",
    re.IGNORECASE,
)


#: A claimed noun that names any raid ("l'attaque", "the attack", "l'assaut"), unlike
#: "l'embuscade" or "the strike", which name one kind.
_ANY_RAID = re.compile(
    r"(?:attaques?|attacks?|assauts?|assaults?|opérations?|raids?)$", re.IGNORECASE
)
#: An air strike or shelling: the army's, which no armed group claims.
_AIR_STRIKE = re.compile(r"(?:frappe|strike|bombard|drone|aérien|pilonn|shell)", re.IGNORECASE)


def claimed_raid(
    text: str,
    sentence: tuple[int, int],
    raids: Sequence[int],
    triggers: Sequence[Trigger],
    where: Callable[[int], frozenset[str]],
) -> int | None:
    """The raid (an index into ``triggers``, among ``raids`` told before) that a claim in
    the sentence names: the latest whose word shares the claimed noun's stem
    ("revendiqué l'embuscade" after "une embuscade"), else the latest raid when the noun
    names any raid ("l'attaque") or when every raid told before was at one place
    (``where`` gives a raid's places); ``None`` when they were at several (no guess)."""
    # Not an air strike told between ("On Saturday, air strikes hit a camp"): a group
    # claims its own raid, not the army's strike.
    raids = [tj for tj in raids if not _AIR_STRIKE.search(triggers[tj].text)]
    if not raids:
        return None
    found = _CLAIMED_NOUN.search(text, *sentence)
    if found:
        stem = fold_key(found.group(1))[:5]
        named = [tj for tj in raids if fold_key(triggers[tj].text)[:5] == stem]
        if named:
            return named[-1]
        if _ANY_RAID.match(found.group(1)):
            return raids[-1]  # "l'attaque", "the attack": any raid, the latest told
    return raids[-1] if len({where(tj) for tj in raids}) == 1 else None


#: A haul's verb (since 0.67.0): arms, vehicles or cattle taken back or seized from the
#: enemy after a fight ("récupérés", "saisis", "confisqués", "recovered", "seized").
_HAUL_WORD = re.compile(r"(?:récupér|saisi|confisqu|recover|seiz|captur)", re.IGNORECASE)
#: Property burned or destroyed in the raid, told in the passive after it (since
#: 0.67.0): "Une trentaine de camions ont été incendiés", "two vehicles were torched".
_RUIN_WORD = re.compile(r"(?:incendi|détrui|brûl|burn|destroy|torch|set\s+ablaze)", re.IGNORECASE)
#: The haul told without a place of its own in a toll: passive or "Côté ennemi".
_HAUL_VOICE = re.compile(
    r"\b(?:ont\s+été|a\s+été|été|sont|were|was|been|côté\s+ennemi|on\s+the\s+enemy\s+side)\b"
    r"|\b(?:ont|a)\s+(?:également|aussi|en\s+outre)?\s*été\b",
    re.IGNORECASE,
)


def haul(text: str, sentence: tuple[int, int], trig: Trigger) -> bool:
    """Whether the trigger is a seizure of the enemy's arms or loot told as a result in
    a toll (a passive or "côté ennemi" before or at it): "deux fusils d'assaut
    récupérés", "Ont également été saisis", "weapons were seized"."""
    if not (
        (trig.label == "COERCE" and _HAUL_WORD.match(text, trig.start))
        or (trig.label == "ASSAULT" and _RUIN_WORD.match(text, trig.start))
    ):
        return False
    return _HAUL_VOICE.search(text, sentence[0], trig.start) is not None


def in_pursuit(text: str, sentence: tuple[int, int]) -> bool:
    """Whether the sentence tells of attackers in flight or pursued (``_PURSUIT``)."""
    return bool(_PURSUIT.search(text, *sentence))


def pursuit_start(text: str, sentence: tuple[int, int]) -> int | None:
    """Where the sentence first tells of a pursuit or a flight (``_PURSUIT``), if it
    does: the pursuers are named before it."""
    found = _PURSUIT.search(text, *sentence)
    return found.start() if found else None


#: A day told against the story's ("Le lendemain", "the next day"): a sequel of the
#: event before, not a roundup's next item.
_SEQUEL = re.compile(
    r"\W*(?:le\s+|la\s+|the\s+)?(?:lendemain|veille|même\s+jour|next|following|same|"
    r"plus\s+tard|peu\s+après|later|shortly)",
    re.IGNORECASE,
)

#: A sentence opening on another place than the one before (since 0.61.0): a roundup's
#: next item, "Plus au sud, des assaillants ont attaqué un poste de police",
#: "Elsewhere, two soldiers were killed", "Dans un autre incident, deux bergers ont été
#: tués". Its act takes no place from the paragraph's sentences before.
ELSEWHERE = re.compile(
    # Since 0.64.0 also "Par ailleurs", "D'autre part", "Separately": a roundup's next
    # item, which tells its own place or none.
    r"\W*(?:(?:par\s+)?ailleurs|d['’]autre\s+part|separately|elsewhere|plus\s+(?:au\s+(?:nord|sud|centre)|à\s+l['’](?:est|ouest)|"
    r"loin)|(?:further|farther)\s+(?:north|south|east|west|afield|away)|"
    r"dans\s+une?\s+autres?\s+(?:incident|attaque|localité|village|région|province)|"
    r"in\s+(?:a\s+separate|another)\s+(?:incident|attack|raid|village|town))\b",
    re.IGNORECASE,
)


def carried_places(
    text: str,
    triggers: Sequence[Trigger],
    mentions: Sequence[Mention],
    event_types: dict[str, EventType],
    sentences: Sequence[tuple[int, int]],
    paragraphs: Sequence[tuple[int, int]],
    linked: Sequence[tuple[int, int, str]],
    settlement: Callable[[int], bool] | None = None,
    away: Callable[[int], bool] | None = None,
    sited: Sequence[tuple[int, int]] = (),
) -> list[tuple[int, int, float]]:
    """(trigger, mention, score) for the events without a place of their own that take
    the place of the events told before them (rules in the module docstring).

    ``linked`` holds the (trigger, mention, role) arguments found so far;
    ``settlement`` tells whether a mention (by index) names a town or a locality, not a
    unit around it (by default every place does); ``away`` tells whether a mention is
    where people were taken after an act ("six blessés évacués vers le centre de santé
    de Niono"), which places that move but no later act (since 0.66.0); ``sited`` holds
    the (trigger, mention) sites found beside a town ("rassemblés devant le palais de
    justice"), which place the police acts on that crowd (since 0.67.0).
    """
    places: dict[int, list[int]] = {}
    dates: dict[int, str] = {}
    when: dict[int, int] = {}  # where the event's date is told
    for ti, mi, role in linked:
        if role == Role.LOCATION:
            places.setdefault(ti, []).append(mi)
        elif role == Role.TIME:
            iso = mentions[mi].textareas.get(Normalised.DATE)
            if iso:
                dates[ti] = first_day(iso)  # "2025-08" compares as its first day
                when[ti] = mentions[mi].start
    # A place told against another ("près de la frontière") is its own sentence's only
    # (since 0.41.0): it places no later event.
    # Nor does where the wounded were taken (since 0.66.0): "... six blessés évacués
    # vers le centre de santé de Niono. Les assaillants ont emporté le bétail du
    # village" happened in the village attacked, not in Niono.
    carry = {
        ti: [
            mi
            for mi in found
            if mentions[mi].source != "relative" and (away is None or not away(mi))
        ]
        for ti, found in places.items()
    }
    out: list[tuple[int, int, float]] = []
    order = sorted(range(len(triggers)), key=lambda ti: triggers[ti].start)
    for n, ti in enumerate(order):
        trig = triggers[ti]
        etype = event_types.get(trig.label)
        # An edge of "la ville" or "du village" told alone still lies in the town the
        # story gives, which it takes beside its own place (since 0.41.0).
        edge_only = ti in places and all(
            mentions[mi].source == "relative" and against_settlement(mentions[mi].text)
            for mi in places[ti]
        )
        if (ti in places and not edge_only) or etype is None or Role.LOCATION not in etype.roles:
            continue
        fillers = etype.roles[Role.LOCATION].fillers
        flight = leaving(trig)
        if trig.label in _VERBAL and not flight:
            continue  # where words were said is told, never inferred
        if trig.label == "COERCE" and _DECREED.match(text, trig.start):
            # Since 0.67.0 a ban, a suspension or a dissolution an authority decrees
            # ("le gouverneur avait interdit tout rassemblement", "la HAMA a suspendu la
            # station"): an act of writing, as a statement is, placed where its
            # sentence says (its scope) or nowhere; not at the march it banned.
            continue
        sent = containing(sentences, trig.start)
        if ELSEWHERE.match(text, sent[0]):
            continue  # "Plus au sud, ...": another item, another place (above)
        if flight:
            # Since 0.58.0 a flight is placed where people fled from (corpus notes),
            # which its sentence often tells only as the place of its cause: "des
            # familles ont fui vers Boni après des affrontements à Mondoro", "ont quitté
            # leurs localités après l'incursion d'hommes armés à Nadiagou".
            causes = [
                tj
                for tj in order
                if carry.get(tj) and _raid(triggers[tj]) and sent[0] <= triggers[tj].start < sent[1]
            ]
            if causes:
                out += [(ti, mi, 0.4) for mi in carry[causes[0]] if mentions[mi].label in fillers]
                continue
        # A flight is never carried to where its sentence says people went: "ont quitté
        # des villages le long de l'axe pour se réfugier à Makalondi" after an attack
        # told at Makalondi (since 0.58.0).
        went = (
            _names(mentions, [mi for mi, m in enumerate(mentions) if trig.end <= m.start < sent[1]])
            if flight
            else frozenset()
        )
        if (trig.label, trig.mode) in _POLICING:
            # "La police a dispersé des étudiants qui manifestaient devant le rectorat",
            # "Plusieurs manifestants ont été interpellés": a crowd is dispersed or
            # arrested where it demonstrates (the demonstration of the sentence, else
            # the latest told before it in the paragraph).
            # Since 0.67.0 with the site the crowd stood at ("une cinquantaine de
            # partisans qui patientaient devant le palais de justice ont entonné
            # l'hymne. Les CRS les ont dispersés et ont interpellé trois jeunes"; "avaient
            # observé un sit-in devant l'hôtel de ville ... Trois responsables, interpellés
            # lors de la dispersion"), which is found beside the town, after this step.
            para = containing(paragraphs, trig.start)
            crowd = {
                tj: carry.get(tj, []) + [mi for tk, mi in sited if tk == tj]
                for tj, t in enumerate(triggers)
                if t.label == "PROTEST" and para[0] <= t.start < sent[1]
            }
            protests = [tj for tj, found in crowd.items() if found]
            if protests:
                latest = max(protests, key=lambda tj: triggers[tj].start)
                out += [
                    (ti, mi, 0.5)
                    for mi in dict.fromkeys(crowd[latest])
                    if mentions[mi].label in fillers
                ]
                continue
        kind = reference(text, sent)
        located = [tj for tj in order[:n] if carry.get(tj) and triggers[tj].label not in _VERBAL]
        if kind is None and _raid(trig):
            # "Au moins onze civils ont été tués lors d'une attaque contre le village de
            # Tori. Les assaillants ont également emporté un troupeau": the attackers'
            # further acts, in the attack's sentence or one that points back at them,
            # are where the attack was (since 0.14.0).
            para = containing(paragraphs, trig.start)
            raids = [tj for tj in located if _raid(triggers[tj]) and para[0] <= triggers[tj].start]
            # From just before the sentence: "Ils" opening it follows a stop or a break.
            pointing = _THE_ATTACKERS.search(text, max(0, sent[0] - 2), trig.start) is not None
            # Since 0.60.0 also the attackers as the agent after it: "un enseignant aurait
            # été tué par les assaillants", "was killed by the gunmen".
            pointing = pointing or _BY_THE_ATTACKERS.match(text, trig.end) is not None
            # Since 0.67.0 also what a claim says the claimants did: "Le JNIM a
            # revendiqué l'attaque, affirmant avoir capturé deux soldats", "JNIM claimed
            # the ambush, saying its fighters had seized three vehicles": the acts of the
            # raid claimed, which the article told before (corpus notes: a claim's acts
            # are at the act's place).
            claim = claimed_act(text, sent, trig)
            if claim:
                # The raid the claim names ("revendiqué l'embuscade"): the latest told
                # with that word, else the latest raid when all were at one place; an
                # ambush claimed after a strike elsewhere takes no place from the strike
                # (the rules below settle it as before).
                # Since 0.69.0 not a raid told in a sentence of pursuit ("des frappes
                # aériennes ont visé les assaillants en repli, à vingt kilomètres au sud
                # de Mondoro, neutralisant ...", "struck the retreating column"): the
                # army's blow at the claimants' flight, not the raid they claim.
                source = claimed_raid(
                    text,
                    sent,
                    [
                        tj
                        for tj in located
                        if _raid(triggers[tj])
                        and not in_pursuit(text, containing(sentences, triggers[tj].start))
                    ],
                    triggers,
                    lambda tj: _where(mentions, carry[tj]),
                )
                if source is not None:
                    out += [(ti, mi, 0.35) for mi in carry[source] if mentions[mi].label in fillers]
                    continue
            fights = [
                tj for tj in raids if not (ti in dates and tj in dates and dates[tj] < dates[ti])
            ]
            if fights and not pointing and haul(text, sent, trig):
                # Since 0.67.0 the defenders' haul told in the toll after a fight in its
                # paragraph: "Six terroristes ont été neutralisés et deux fusils
                # récupérés", "Ont également été saisis 31 fusils", "two machine guns were
                # recovered": on the field of the paragraph's latest fight.
                # Not an act dated before it ("des otages enlevés début novembre dans
                # des villages de Kaya ont été libérés ... Ont été saisis"): the fight.
                out += [(ti, mi, 0.35) for mi in carry[fights[-1]] if mentions[mi].label in fillers]
                continue
            if not raids and pointing:
                # Since 0.23.0 also from an earlier paragraph: "Ils ont aussi mis le feu
                # aux boutiques" opens a paragraph of its own after the attack's.
                raids = [tj for tj in located if _raid(triggers[tj])]
            if (
                raids
                and not pointing
                and trig.label == "ASSAULT"
                and _toll_after(text, mentions, sentences, para, sent, raids[-1], triggers)
            ):
                # Since 0.67.0 the toll told in the sentence right after the raid's, in
                # its paragraph, with no place nor day of its own: "Des hommes armés ont
                # incendié des greniers à Ségué. Un berger aurait été tué et deux
                # habitants blessés", "Four civilians had been killed and a dozen shops
                # burned": the raid's harm, where the raid was.
                pointing = True
            if raids and (containing(sentences, triggers[raids[-1]].start) == sent or pointing):
                # Since 0.59.0 the latest raid told at a town, when the latest of all
                # took only a country or a unit ("stormed the town of Titao in northern
                # Burkina Faso, killing ...": the killing took the country).
                source = raids[-1]
                if settlement is not None and not any(settlement(mi) for mi in carry[source]):
                    source = next(
                        (tj for tj in reversed(raids) if any(settlement(mi) for mi in carry[tj])),
                        source,
                    )
                out += [(ti, mi, 0.35) for mi in carry[source] if mentions[mi].label in fillers]
                continue
        if kind in ("anaphor", "town"):
            # "s'est rendu sur place": the latest place told, even in this paragraph.
            if located:
                last = carry[located[-1]]
                if settlement is not None and _names_settlement(text, sent, kind):
                    # Since 0.59.0 "la ville", "the town" name a settlement: the
                    # latest event's town, not the unit another event of the lead
                    # took ("attacked a base in Arbinda, in the Soum province, killing
                    # ... The attackers looted the town's health centre": Arbinda, not
                    # the Soum). When no event took a town, as before.
                    towns = [[mi for mi in carry[tj] if settlement(mi)] for tj in reversed(located)]
                    told = next((found for found in towns if found), None)
                    if told is None and kind == "town":
                        # No event took a town ("attaqué à une quinzaine de kilomètres
                        # de Djibo, sur l'axe Djibo-Namsiguia ... approvisionner la
                        # ville"): the latest town the article named before.
                        told = _latest_settlement(mentions, sent, settlement)
                    last = told or last
                    # "the village of Koutougou, about 40 km from the town of Tillia
                    # ... Reinforcements were sent to the town": the town the article
                    # named as such, when one was.
                    named = _named_town(text, mentions, sent)
                    if named is not None:
                        last = [named]
                out += [
                    (ti, mi, 0.5)
                    for mi in last
                    if mentions[mi].label in fillers and not _names(mentions, [mi]) & went
                ]
            continue
        if kind == "vague" or trig.mode == "release":
            continue  # an area is no place; a release is where it is told (docstring)
        if trig.label == "ASSAULT" and in_pursuit(text, sent):
            continue  # attackers struck in flight are away from where they attacked
        para = containing(paragraphs, trig.start)
        # Not an act told as what came before another ("..., after an attack on a
        # military position at Barkaram"): background, not where the story is (since
        # 0.35.0).
        earlier = [
            tj
            for tj in located
            if triggers[tj].start < para[0]
            and not _TOLD_AS_EARLIER.search(
                text, max(0, triggers[tj].start - 40), triggers[tj].start
            )
        ]
        if not earlier or len({_where(mentions, carry[tj]) for tj in earlier}) > 1:
            continue  # nothing told before, or events at several places: no guess
        # An undated event told in one sentence with a dated one ("Le 3 courant, deux
        # commerçants avaient été kidnappés puis relâchés") is of that one's time.
        day = dates.get(ti) or min(
            (d for tj, d in dates.items() if sent[0] <= triggers[tj].start < sent[1]),
            default=None,
        )
        if day is not None and earlier[-1] in dates and day < dates[earlier[-1]]:
            # Dated before the event told: a background event ("En juin 2022, ... une
            # tuerie"), elsewhere as likely as there. ISO dates sort as strings.
            continue
        if (
            trig.label == "ASSAULT"
            and ti in dates
            and earlier[-1] in dates
            and dates[ti] != dates[earlier[-1]]
            and when.get(ti, -1) - para[0] in range(4)
            and not _SEQUEL.match(text, when[ti], when[ti] + 30)
        ):
            # Another attack on another day, told in a paragraph that opens with its
            # day (since 0.60.0): a roundup's next item ("Samedi, des hommes armés ont
            # tué trois civils à Torodi. / Dimanche, un poste de gendarmerie a été
            # attaqué"), not at the place of the one before.
            continue
        for mi in carry[earlier[-1]]:
            m = mentions[mi]
            # A trigger of this type beside the place that did not take it ("enlevés
            # près de Léré ont été libérés"): the place is not this event's.
            near = containing(sentences, m.start)
            alike = [
                tk
                for tk, t in enumerate(triggers)
                if t.label == trig.label and near[0] <= t.start < near[1]
            ]
            # Unless one of them took it: "Vingt civils ont été tués lors de l'attaque du
            # village de X" (the toll's word took no place, the attack did).
            refused = bool(alike) and not any(mi in places.get(tk, []) for tk in alike)
            # A meeting is not held on the road where the story's attacks were (since
            # 0.56.0: "les attaques sur l'axe Bamako-Kayes. Leur syndicat a rencontré
            # lundi le ministre").
            on_road = trig.label == "CONSULT" and m.source == "road"
            there = bool(_names(mentions, [mi]) & went)
            if m.label in fillers and not refused and not on_road and not there:
                out.append((ti, mi, 0.3))
    return out


#: The kinds of place that are settlements, in an anaphor ("dans la localité", "ce
#: village", "in the town"), not "sur place" nor a site ("ce poste").
_SETTLEMENT_WORD = re.compile(r"\b(?:localité|village|ville|hameau|town|hamlet)\b", re.I)


#: A settlement introduced by its kind: "la ville de Djibo", "the town of Tillia".
_TOWN_NAMED = re.compile(r"(?:\bla\s+ville\s+(?:de\s+|d['’])|\bthe\s+town\s+of\s+)$", re.I)
#: "la ville", "the town" (not a village or a locality, which a town told as such is not).
_CITY_ANAPHOR = re.compile(r"\b(?:la\s+(?:même\s+)?ville|(?:the|this|that)\s+town)\b", re.I)


def _named_town(text: str, mentions: Sequence[Mention], sent: tuple[int, int]) -> int | None:
    """The latest place named before the sentence as "la ville de X", "the town of X",
    when the sentence points back to "la ville", "the town" (since 0.59.0), else None."""
    if _CITY_ANAPHOR.search(text, sent[0], sent[1]) is None:
        return None
    named = [
        mi
        for mi, m in enumerate(mentions)
        if m.end <= sent[0]
        and m.label in ("GPE", "LOC")
        and _TOWN_NAMED.search(text, max(0, m.start - 20), m.start) is not None
    ]
    return max(named, key=lambda mi: mentions[mi].start, default=None)


def _latest_settlement(
    mentions: Sequence[Mention], sent: tuple[int, int], settlement: Callable[[int], bool]
) -> list[int] | None:
    """The latest town or locality (a GPE) named before the sentence, or None."""
    found = [
        mi
        for mi, m in enumerate(mentions)
        if m.end <= sent[0] and m.label == "GPE" and settlement(mi)
    ]
    return [max(found, key=lambda mi: mentions[mi].start)] if found else None


def _names_settlement(text: str, sent: tuple[int, int], kind: str | None) -> bool:
    """Whether the sentence points back to a settlement by its kind ("la ville", "dans la
    localité", "this village"): a town or a locality, never a unit (since 0.59.0)."""
    if kind == "town":
        return True
    found = ANAPHOR.search(text, sent[0], sent[1]) if kind == "anaphor" else None
    return found is not None and _SETTLEMENT_WORD.search(found.group()) is not None


def _where(mentions: Sequence[Mention], indices: Sequence[int]) -> frozenset[str]:
    """What an event's places name, whatever their span: two mentions of Djibo agree."""
    return frozenset(
        mentions[i].textareas.get(Normalised.PLACE) or fold_key(mentions[i].text) for i in indices
    )


def _names(mentions: Sequence[Mention], indices: Sequence[int]) -> frozenset[str]:
    """Both the gazetteer ids and the written names of places: a town written twice may
    be resolved once and left unresolved the other time."""
    return frozenset(
        key
        for i in indices
        for key in (mentions[i].textareas.get(Normalised.PLACE), fold_key(mentions[i].text))
        if key
    )
