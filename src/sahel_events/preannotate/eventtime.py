"""Which temporal expression is an event's time (docs/preannotation.md, "Arguments").

The nearest TIME is often someone else's: in "L'armée a rejeté *mardi* les accusations
selon lesquelles une frappe a tué ...", Tuesday is when the army denied, not when the
strike happened; in "a indiqué *jeudi* le gouverneur", when the governor spoke. And a
time borrowed from the paragraph should come from what was told before the trigger,
not from a later sentence about something else ("L'attaque a été revendiquée
*mercredi*"), nor from the start of a state ("privé d'accès *depuis janvier*").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from operator import attrgetter

from ..annotation.ids import Normalised, Role
from .argument import Argument
from .dates import AHEAD
from .entities import Mention
from .ner import Token
from .triggers import Trigger
from .wordgate import gated

#: Verbs of saying: their time is when it was said, not when the event happened.
_REPORTING = frozenset(
    {
        "annoncer", "indiquer", "déclarer", "affirmer", "préciser", "rapporter", "assurer",
        "confirmer", "dire", "expliquer", "ajouter", "souligner", "signaler", "apprendre",
        "say", "announce", "report", "confirm", "state", "tell", "add",
        # A witness who "a raconté mardi", "a témoigné", a notable "joint lundi" or "qui
        # s'exprimait lundi à la radio": when he told it, as "a indiqué".
        "raconter", "relater", "témoigner", "confier", "joindre", "contacter", "exprimer",
        "interroger",
        # The parser reads "joint" in "un notable joint lundi" as a noun of that lemma.
        "joint",
        # A communiqué "daté du 27 novembre", "lu vendredi soir à la télévision".
        "dater", "lire",
        # A toll "communiqué ce jeudi par une source": when it was told.
        "communiquer",
        # A bulletin "publié jeudi", a communiqué "diffusé dimanche": when it was told.
        "publier", "diffuser", "publish",
        # A reaction to an act: "a condamné lundi l'attaque", "a réagi lundi à
        # l'attaque" date the reaction.
        "réagir", "saluer", "féliciter", "welcome", "hail",
        "condamner", "dénoncer", "déplorer", "fustiger", "critiquer",
        "condemn", "denounce", "deplore", "criticise", "criticize",
        # A rights office that "a documenté mardi l'exécution de 30 civils": when it
        # told the killings, not when they took place (since 0.63.0).
        "documenter", "document",
        # An accusation: "a accusé lundi des dozos d'avoir tué", "blamed on Monday the
        # militia for the killings": when it was made, not when the act it charges took
        # place (since 0.65.0).
        "accuser", "imputer", "reprocher", "accuse", "blame",
    }
)  # fmt: skip
#: Claims of responsibility: their time is when the claim was made.
_CLAIMING = frozenset({"revendiquer", "claim"})
#: A token's start and end offsets (keys of bisections over tokens in text order).
_START, _END = attrgetter("start"), attrgetter("end")
#: A statement, report or video released on a day (English, no parse): the day it was
#: told ("a statement released on Tuesday"), not "hostages released on Tuesday".
_ISSUED = (
    r"\b(?:statement|communiqu[eé]|report|bulletin|message|video)\s+"
    r"(?:released|issued|published|posted|"
    # Since 0.19.0: "a statement read on state television late on Tuesday".
    r"(?:read|broadcast|aired)(?:\s+(?:on|over)\s+(?:state\s+|national\s+|public\s+)?"
    r"(?:television|TV|radio))?)\s+(?:late\s+|early\s+)?(?:on\s+)?$"
)
#: A statement, report or video released on a day, up to the time (:data:`_ISSUED`).
_MESSAGE_ISSUED = re.compile(_ISSUED, re.IGNORECASE)
#: "said *in a statement* late on Tuesday": where it was said, before when.
_IN_STATEMENT = (
    r"(?:in\s+(?:a|an|its|their|his|her)\s+(?:\w+\s+)?(?:statement|communiqu[eé]|video|"
    r"message|post|interview|report)\s+)?"
)
#: A verb of saying or claiming right before a time, for texts without a parse.
_TOLD_BEFORE = re.compile(
    r"\b(?:said|says|announced|reported|claimed|told|stated|confirmed|published|condemned|"
    r"denounced|deplored|documented)\s+"
    + _IN_STATEMENT
    + r"(?:[^\s.;]+\s+){0,3}?(?:on\s+)?$|"
    + _ISSUED
    # Since 0.24.0, as _SAID_ON: "claimed responsibility for the attack on Tuesday" is
    # the claim's day, which a later paragraph's act does not borrow.
    + r"|\bclaimed\s+(?:[^\s.;]+\s+){0,4}?(?:on\s+)?$",
    re.IGNORECASE,
)
#: An active verb of saying right before a time, in the trigger's own sentence ("a local
#: official said on Wednesday"); not a passive report, whose time is the act's ("Clashes
#: were reported on Sunday", "A curfew was announced on Monday"), but for a claim.
_SAID_ON = re.compile(
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)\b(?:said|says|told|stated|added|"
    r"announced|claimed|condemned|denounced|deplored|documented)\s+"
    + _IN_STATEMENT
    + r"(?:[^\s.;]+\s+){0,3}?(?:on\s+)?$"
    # A claim is the claim's time in any voice: "The attack was claimed on Tuesday";
    # since 0.19.0 also "claimed responsibility for the attack on Tuesday".
    r"|\bclaimed\s+(?:[^\s.;]+\s+){0,4}?(?:on\s+)?$"
    # "According to a statement released on Tuesday": when it was told.
    r"|" + _ISSUED,
    re.IGNORECASE,
)
#: What the clause's verb tells of the act itself: "ont été tués dimanche après une
#: embuscade" dates the ambush; "ont fui fin octobre après des attaques" does not.
_TOLL_VERBS = frozenset(
    {
        "tuer", "blesser", "mourir", "périr", "décéder", "succomber", "perdre", "trouver",
        "kill", "wound", "die", "injure",
    }
)  # fmt: skip
#: Nouns of a day counted from an act: "au lendemain de l'attaque" is not its day.
_DAY_AROUND = frozenset({"lendemain", "veille"})
#: A riposte follows the act at once: "a riposté dimanche après une attaque" dates it.
_RESPONSES = frozenset({"riposter", "répliquer", "repousser"})
#: Prepositions that put a noun's act before the clause's: "ont fui fin octobre *après*
#: une série d'attaques", "a instauré mardi un couvre-feu *à la suite de* l'embuscade".
_BEFORE_CLAUSE = frozenset({"après", "after", "following", "suite"})
#: A verb of saying right after a time, for texts without a parse: "On Tuesday, the
#: army said" (a subject of a few words, no clause between); since 0.24.0 also an
#: accusation ("In March, Human Rights Watch accused soldiers of executing ...").
_TOLD_AFTER = re.compile(
    r"\s*,?\s*(?:[^\s,.;]+\s+){0,4}?(?:said|says|announced|reported|claimed|stated|"
    r"accused|denounced|condemned|alleged|documented)\b",
    re.IGNORECASE,
)
#: A verb of saying before the trigger in its sentence, for texts without a parse: "the
#: army said (on Tuesday) (that) it had arrested", "announced that its troops had".
_REPORTED = re.compile(
    r"\b(?:said|says|announced|stated|reported|claimed)\s+(?:on\s+\w+\s+)?(?:that\s+)?"
    r"(?:[^\s,.;]+\s+){0,4}$"
    # Since 0.24.0: the act someone is accused of ("accused soldiers of executing").
    r"|\baccus(?:ed|es|ing)\s+(?:[^\s,.;]+\s+){1,8}?of\s+(?:having\s+)?$",
    re.IGNORECASE,
)
#: Acts that a statement performs: an AGREE, a lifting of sanctions (CONCEDE), a
#: sanction, a demand, an accusation, a curfew or a closure. "a annoncé lundi un
#: couvre-feu", "announced the lifting of sanctions on Monday": the day of the statement
#: is the act's day (codebook, "time": an AGREE links the time of the announcement),
#: unlike "a annoncé lundi avoir arrêté", which reports an earlier act. Not a threat by
#: armed men nor a displacement (SANCTION expel), which a bulletin reports as done.
_DECLARED_LABELS = frozenset(
    {"AGREE", "CONCEDE", "SANCTION", "REQUEST", "ACCUSE", "REJECT", "SUPPORT"}
)
#: A resignation and a ceasefire are made by being announced ("announced his resignation
#: on Sunday"), as a curfew, a ban, a state of emergency, a suspension of a medium or of aid.
_DECLARED_MODES = frozenset(
    {"curfew", "restrict", "martial-law", "censor", "withhold", "resign", "ceasefire"}
)
#: Decisions named by their word when no mode was read: a suspension, a dissolution, an
#: expulsion (of an envoy: SANCTION expel, unlike a displacement).
_DECISION = re.compile(r"^(?:suspen|dissol|expuls|expel|persona)", re.IGNORECASE)
#: An act told as going on with one told before: "le maire a indiqué lundi que les
#: assaillants avaient *aussi* incendié deux véhicules" is the raid's, and borrows its day.
_CONTINUING = gated(re.compile(r"\b(?:aussi|également|en\s+outre|also|as\s+well)\b", re.IGNORECASE))
#: So is an act whose reported subject points back at the raiders told before ("le maire
#: a indiqué lundi que *les assaillants* ont emporté du bétail", "residents said *the
#: gunmen* torched"): the raid's own doing, on its day.
_SAME_RAIDERS = gated(
    re.compile(
        r"\b(?:que|qu['’]|that|said|told)\s+(?:les|ces|the|these)\s+(?:mêmes\s+|same\s+)?"
        r"(?:assaillants|agresseurs|ravisseurs|hommes\s+armés|individus\s+armés|attackers|"
        r"assailants|gunmen|kidnappers|abductors)\b",
        re.IGNORECASE,
    )
)
_ADJACENT = re.compile(r"^[\s,]*(?:(?:le|la|les|l['’])\s*)?$", re.IGNORECASE)
_SINCE = re.compile(r"(?:depuis|since)\s+(?:le\s+|la\s+|l['’]|the\s+)?$", re.IGNORECASE)


def declared(trig: Trigger) -> bool:
    """Whether the trigger is an act a statement performs (a decision, a demand, an
    accusation, a curfew): the statement's day is its own."""
    if trig.label == "SANCTION":
        return trig.mode != "expel" or bool(_DECISION.match(trig.text))
    return trig.label in _DECLARED_LABELS or (
        trig.label in ("COERCE", "RETREAT")
        and (trig.mode in _DECLARED_MODES or bool(_DECISION.match(trig.text)))
    )


#: A verb of saying or claiming right after a time, its subject before the time ("The
#: JNIM group *on Wednesday* claimed responsibility for an attack", "The army on Monday
#: said strikes had killed"): the time is the saying's (since 0.63.0; 0.62.0 gave the
#: claim's day to the attack). The subject, the time, then the verb: wire English word
#: order, which the rules above (a time after the verb, or opening the sentence) miss.
#: Since 0.64.0 also the verbs of reporting, accusing and condemning that 0.63.0 matched
#: in a second pattern ("The UN human rights office on Tuesday documented the killing of
#: 25 civilians last month"): one rule, the same dates on the development corpus.
_SAYING_AFTER = re.compile(
    r",?\s*(?:said|says|told|stated|announced|claimed|confirmed|reported|accused|condemned|"
    r"denounced|deplored|documented)\b",
    re.IGNORECASE,
)
#: Words that make a verb of saying no saying of this time: "said *that* on Sunday
#: gunmen attacked" (the time opens the reported clause), "claimed five *lives* on
#: Sunday" (a toll), "gunmen *who* claimed to be jihadists" (no speaker).
_NOT_SAYING = re.compile(r"\b(?:that|lives|who|which)\b|\bclaimed\s+to\b", re.IGNORECASE)
#: A determiner before a trigger: a noun, the object of the saying ("claimed the
#: attack on Monday", "announced the arrest on Monday"), not the act's own clause.
_DETERMINER = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+$", re.IGNORECASE)


#: A time told as the possessor of the trigger noun: "Tuesday's attack".
_POSSESSIVE = re.compile(r"['’]s\s+$")
#: What may stand between another act's word and its time: "kidnapped *last month*",
#: "abducted *in* March", "attacked *on* Sunday"; since 0.38.0 a place of up to three
#: words before it ("kidnapped *in southeastern Niger in* March").
_RIGHT_AFTER = re.compile(
    r"\s+(?:(?:in|near|at|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?)?(?:on\s+|in\s+|during\s+)?$",
    re.IGNORECASE,
)


#: A participle of the trigger noun's own act between it and a time: "an ambush
#: *perpetrated on* Sunday", "the raid, *carried out on* Monday", "the attack *which took
#: place on* Friday" date the noun, whatever verb of saying comes before.
_OWN_PARTICIPLE = re.compile(
    r",?\s+(?:(?:which|that)\s+(?:was\s+|were\s+)?)?(?:perpetrated|carried\s+out|launched|"
    r"staged|committed|mounted|conducted|took\s+place|happened|occurred|"
    # "l'explosion, intervenue dans la nuit du 4 au 5", "l'attaque, survenue lundi".
    r"survenue?s?|intervenue?s?|perpétrée?s?|commise?s?|menée?s?|"
    r"qui\s+(?:a|avait)\s+eu\s+lieu|qui\s+s['’](?:est|était)\s+produite?)\s+"
    r"(?:(?:late|early)\s+)?(?:on\s+|in\s+|during\s+|at\s+|overnight\s+on\s+|"
    # Since 0.63.0 the French article of a date: "le coup d'État survenu le 26 juillet".
    r"le\s+|ce\s+)?$",
    re.IGNORECASE,
)


#: A relative clause of an attack's noun whose verb names whom it struck, up to a time
#: after the object: "qui a visé un convoi ", "that targeted an army post on".
_OWN_RELATIVE = re.compile(
    r",?\s+(?:qui|that|which)\s+(?:a\s+|avait\s+|ont\s+|avaient\s+|has\s+|had\s+)?"
    r"(?:visée?s?|ciblée?s?|frappée?s?|touchée?s?|targeted|hit|struck)\s+"
    r"(?:[^\s,.;:]+\s+){0,6}?(?:(?:le|ce|on)\s+)?$",
    re.IGNORECASE,
)
#: The labels of an attack's noun that a relative clause may date.
_VIOLENT_NOUNS = frozenset({"ASSAULT"})
#: The opening of a relative clause set off by commas, up to a time inside it.
_ASIDE = re.compile(r",\s+(?:which|who|whose)\s+[^,.;:]*$", re.IGNORECASE)


def _after_other(text: str, mention: Mention, trig: Trigger, triggers: Sequence[Trigger]) -> bool:
    """Whether a time before the trigger comes right after the word of an act of another
    type ("A priest *kidnapped last month* has been freed"): that act's day, for texts
    without a parse."""
    return mention.end <= trig.start and any(
        t.end <= mention.start
        and (
            (t.label != trig.label and _RIGHT_AFTER.fullmatch(text, t.end, mention.start))
            # Since 0.35.0 a time ending the complement of another act's noun, of any
            # type: "an attack on the village of Ogossagou in August [...] and the
            # killing of nine men [...] in September".
            or (t is not trig and _NOUN_COMPLEMENT_THEN.fullmatch(text, t.end, mention.start))
        )
        for t in triggers
    )


#: The types whose verb takes an act's noun as its object: "condemned the killing",
#: "denied the massacre", "welcomed the release", "called for an investigation into the attack".
_STATEMENT_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT", "REQUEST"})
#: What lies between such a verb and the act's noun: a determiner and up to three words
#: ("condemned *the recent* attacks", "called for *an investigation into the* killing").
_OBJECT_BETWEEN = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:the|a|an|its|their|these|this|those|his|her)\s+"
    r"(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _object_of_statement(
    text: str, mention: Mention, trig: Trigger, triggers: Sequence[Trigger]
) -> bool:
    """For a text without a parse: whether a time told before a statement's verb dates
    the statement and not the act whose noun is its object ("The UN *on Tuesday*
    condemned *the killing* of civilians", "denied on Wednesday the massacre"; since
    0.59.0: 0.58.0 dated the killing to the condemnation's day)."""
    return mention.end <= trig.start and any(
        mention.end <= t.start for t in statement_objecting(text, trig, triggers)
    )


def statement_objecting(text: str, trig: Trigger, triggers: Sequence[Trigger]) -> list[Trigger]:
    """The statements (condemning, denying, welcoming, calling for) whose verb takes the
    trigger's noun as its object, right before it: "condemned the recent *attacks*"."""
    return [
        t
        for t in triggers
        if t is not trig
        and t.label in _STATEMENT_TYPES
        and t.end <= trig.start < t.end + 60
        and _OBJECT_BETWEEN.fullmatch(text, t.end, trig.start) is not None
    ]


#: An auxiliary, a conjunction or a relative before a verb: it is a clause's verb, not a
#: participle qualifying the noun before it.
_VERB_BEFORE = re.compile(
    r"\b(?:was|were|been|be|being|had|has|have|is|are|and|or|who|which|that|they|he|she|it)"
    r"\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
#: A passive main verb's auxiliary right before it: "(captives abducted in X) *were* freed".
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?$")


def _participle_before_main(
    text: str, mention: Mention, trig: Trigger, triggers: Sequence[Trigger]
) -> bool:
    """For a text without a parse: whether the trigger is a participle qualifying its
    subject noun and the time comes right after the sentence's main verb, another act:
    "Two aid workers *abducted* in northern Burkina Faso were *freed on Sunday*", "A
    journalist *arrested* in Niamey was *released on Tuesday*" (since 0.59.0: 0.58.0
    dated the capture to the release's day)."""
    if mention.start < trig.end or _VERB_BEFORE.search(text, max(0, trig.start - 30), trig.start):
        return False
    return any(
        t is not trig
        and t.label != trig.label
        and trig.end <= t.start
        and t.end <= mention.start
        and _RIGHT_AFTER.fullmatch(text, t.end, mention.start) is not None
        and _PASSIVE_BEFORE.search(text, trig.end, t.start) is not None
        for t in triggers
    )


def _promised_time(text: str, mention: Mention, trig: Trigger) -> bool:
    """Whether a time told before the trigger ends a clause of what is to come ("would
    be paid before the end of the month") that the trigger is not in."""
    return (
        mention.start < trig.start
        and _PROMISED_BEFORE.search(text, max(0, mention.start - 100), mention.start) is not None
    )


def in_earlier_act(
    text: str,
    mention: Mention,
    trig: Trigger,
    triggers: Sequence[Trigger],
    comma_only: bool = False,
) -> bool:
    """Whether a mention after the trigger lies in a clause that tells an earlier act
    (since 0.35.0): "it had killed dozens of fighters, after an attack on a military
    position at Barkaram killed seven soldiers earlier this month" (the place and the
    time are the attack's)."""
    if mention.start < trig.end:
        return False
    after = EARLIER_ACT_AFTER.search(text, trig.end, mention.start)
    if after is not None and any(
        after.end() <= t.start < mention.start for t in triggers if t is not trig
    ):
        return True
    # Since 0.47.0 without a comma when the act's noun follows its article: "exigent des
    # escortes après l'attaque d'un convoi le 22 novembre" (the attack's day); not for
    # ``comma_only`` (below: the act named so is often the story the next sentences
    # go on with).
    return not comma_only and any(
        trig.end < t.start
        and t.end <= mention.start
        # The opening ("following the ") is at most 14 characters before the noun.
        and (opening := _AFTER_ACT_NOUN.search(text, max(trig.end, t.start - 14), t.start))
        is not None
        and opening.end() == t.start
        and not _CLAUSE_BREAK.search(text, t.end, mention.start)
        for t in triggers
    )


def told_in_earlier_act(text: str, mention: Mention, triggers: Sequence[Trigger]) -> bool:
    """Whether a mention lies in a clause telling an earlier act after another act of
    its sentence (:func:`in_earlier_act`): never borrowed by a later sentence."""
    start = max(text.rfind(". ", 0, mention.start), text.rfind("\n", 0, mention.start)) + 1
    return any(
        start <= t.start
        and t.end <= mention.start
        and in_earlier_act(text, mention, t, triggers, comma_only=True)
        for t in triggers
    )


#: An earlier act set off by a comma after the trigger: ", after an attack" (eventplace
#: reads the same words before an act's noun).
EARLIER_ACT_AFTER = gated(
    re.compile(
        r",\s+(?:after|following|après)\s+(?:an?|the|une?|l['’]|la|le|les)\b"
        # Since 0.42.0 a verb that puts the act after another: "The release followed talks
        # with religious leaders in Zinder", "L'attaque fait suite à des affrontements".
        r"|\b(?:followed|follows|came\s+(?:[\w-]+\s+){0,3}after|comes\s+(?:[\w-]+\s+){0,3}after|"
        r"fait\s+suite\s+(?:à|aux?)|faisait\s+suite\s+(?:à|aux?)|intervient\s+(?:[\w-]+\s+){0,3}après|"
        r"survient\s+(?:[\w-]+\s+){0,3}après)\s",
        re.IGNORECASE,
    )
)
#: "après l'", "after the": an act's noun follows.
_AFTER_ACT_NOUN = re.compile(
    r"\b(?:après|after|following)\s+(?:l['’]|la\s+|le\s+|les\s+|une?\s+|the\s+|an?\s+)$",
    re.IGNORECASE,
)
#: What ends the phrase of that act's noun before a time: a clause's punctuation.
_CLAUSE_BREAK = re.compile(r"[,;:.!?]")
#: An absolute participle clause right before a time: ", le dernier étant arrivé".
_ABSOLUTE_CLAUSE = gated(
    re.compile(
        r",\s+[^,;.]{0,40}\b(?:étant|ayant(?:\s+été)?|having(?:\s+been)?)\s+\w+\s+$",
        re.IGNORECASE,
    )
)
#: A modal of what is to come, then no punctuation up to a time.
_PROMISED_BEFORE = gated(
    re.compile(
        r"\b(?:will|would|shall)\s+[^.;:!?,\"“”]*$",
        re.IGNORECASE,
    )
)
#: The place complement of an act's noun, then the preposition of a time.
_NOUN_COMPLEMENT_THEN = re.compile(
    r"\s+(?:on|of|against|at|near)\s+[^,.;:!?\"“”]{1,60}?\s+(?:on|in|during)\s+", re.IGNORECASE
)


def _foreign_unparsed(
    text: str,
    mention: Mention,
    trig: Trigger,
    triggers: Sequence[Trigger],
    sentence: tuple[int, int] | None,
) -> bool:
    """For a text without a parse (English): whether a time of the trigger's sentence
    dates something else. A time told with a verb of saying is when it was said (", a
    local official said on Wednesday", "On Tuesday, the army said"), unless the act's own
    words lie between ("said gunmen attacked on Sunday"); a time right after the word of
    an act of another type is that act's ("kidnapped last month has been freed"); never
    the trigger noun's own possessor ("said Tuesday's attack killed")."""
    if _POSSESSIVE.match(text, mention.end, trig.start):
        return False
    if trig.end <= mention.start and _OWN_PARTICIPLE.fullmatch(text, trig.end, mention.start):
        return False
    if _after_other(text, mention, trig, triggers):
        return True
    if _object_of_statement(text, mention, trig, triggers):
        return True
    if _participle_before_main(text, mention, trig, triggers):
        return True
    aside = _ASIDE.search(text, max(0, mention.start - 80), mention.start)
    if aside and not aside.start() <= trig.start < mention.end:
        # "The convoy, which had left Kaya the day before, was attacked": a relative
        # clause set off by commas tells another moment (since 0.24.0).
        return True
    if (
        trig.label == "THREATEN"
        and mention.end <= trig.start
        and _MESSAGE_ISSUED.search(text, max(0, mention.start - 60), mention.start)
    ):
        # "In a video posted on Friday, the group threatened to": a threat is made by its
        # message, whose day is its own, as in French ("Dans un message audio diffusé
        # vendredi, le JNIM a menacé de"; since 0.64.0).
        return False
    # 60 characters since 0.19.0: "claimed responsibility for the attack on" (was 40).
    saying = _SAID_ON.search(text, max(0, mention.start - 60), mention.start)
    if (
        saying
        and not _clause_between(text, saying.start(), trig, mention)
        and not _NOT_SAYING.search(saying.group(0))
    ):
        return True
    said_after = _SAYING_AFTER.match(text, mention.end)
    if (
        said_after
        and said_after.end() <= trig.start
        and not _NOT_SAYING.search(text, said_after.end(), min(trig.start, said_after.end() + 4))
    ):
        return True
    # "On Tuesday, the army said": a time opening its sentence, then the speaker ("were
    # released on Tuesday, his employer said" is the act's).
    if sentence is None or len(text[sentence[0] : mention.start].split()) > 1:
        return False
    speaker = _TOLD_AFTER.match(text, mention.end, mention.end + 40)
    return (
        speaker is not None
        and not _NOT_SAYING.search(speaker.group(0))
        # "On Sunday, security sources said, gunmen attacked": an aside.
        and not text.startswith(",", speaker.end())
    )


def _clause_between(text: str, verb: int, trig: Trigger, mention: Mention) -> bool:
    """Whether the trigger, as a verb, stands between a verb of saying and a time: "the
    army said gunmen *attacked* on Sunday" dates the attack, not the saying."""
    return verb <= trig.start < mention.start and not _DETERMINER.search(text, verb, trig.start)


def _verb_of(tokens: Sequence[Token], k: int) -> int:
    """The verb a token hangs from, a few heads up (itself when it is one)."""
    for _ in range(4):
        if tokens[k].pos in ("VERB", "AUX") or tokens[k].head == k:
            break
        k = tokens[k].head
    return k


def _root(tokens: Sequence[Token], by_start: dict[int, int], m: Mention) -> int | None:
    """The token of a mention whose head lies outside it."""
    inside = [by_start[s] for s in range(m.start, m.end) if s in by_start]
    for k in inside:
        if not (m.start <= tokens[tokens[k].head].start < m.end) or tokens[k].head == k:
            return k
    return None


#: An act told in a relative clause as done "also" by the actors of the act before it
#: ("par des assaillants qui ont *également* emporté", "gunmen who also looted"): one
#: raid, one day. Not a reported act ("le maire a indiqué que les assaillants avaient
#: aussi incendié"), whose sentence's day may be the saying's.
_ALSO_BEFORE = gated(
    re.compile(
        r"\b(?:qui|who)\s+(?:\S+\s+){0,2}?(?:également|aussi|also)\s+(?:\w+\s+)?$"
        # Since 0.56.0 an act the sentence's act took place during: "were arrested in June
        # during protests", "amid clashes" (English, which has no parse to tell it).
        r"|\b(?:during|amid)\s+(?:(?:the|a|an|their|his|her|its)\s+)?(?:[\w-]+\s+)?$"
        # Since 0.33.0 an act told in a "where" clause after the place of the raid: "ont fait
        # irruption sur un site d'orpaillage, où ils ont enlevé une douzaine d'orpailleurs".
        r"|\b(?:où|where)\s+(?:ils|elles|they|les\s+assaillants|the\s+(?:attackers|gunmen))\s+"
        r"(?:ont|avaient|have|had)\s+(?:\w+\s+)?$",
        re.IGNORECASE,
    )
)
#: An English article right before a time that premodifies a noun: "the July 2023 coup".
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|its|their)\s+$", re.IGNORECASE)


#: A time that dates the statement an act is told in, not the act (since 0.24.0): "Dans
#: un communiqué *lu lundi* à la télévision, le ministère a reconnu une attaque" (the
#: parser reads "lu" as a noun, so no verb of saying is found), "In a statement *on
#: Wednesday*, the army said its troops had repelled the attack".
_STATEMENT_DATED = gated(
    re.compile(
        r"\b(?:communiqués?|messages?|déclarations?|bulletins?|notes?|rapports?|vidéos?|"
        r"interviews?|entretiens?|conférences?\s+de\s+presse|points?\s+de\s+presse|"
        r"statements?|reports?|videos?)\s+(?:(?:audio|vidéo|conjointe?s?|officiel(?:le)?s?|"
        r"joint|official)\s+)?"
        # "rendu public" as well as "rendue publique" (since 0.63.0: "public" was missed).
        r"(?:(?:lue?s?|publiée?s?|diffusée?s?|rendue?s?\s+publi(?:cs?|ques?)|datée?s?|signée?s?|"
        r"transmise?s?|parvenue?s?|released|issued|published|posted|read|broadcast|aired)\s+"
        r"(?:(?:à|a|à\s+la|on|over)\s+(?:la\s+)?(?:télévision|radio|television|TV|state\s+"
        r"television|state\s+TV)\s+)?)?"
        r"(?:(?:le|du|ce|cet|late|early|on)\s+)*$"
        # Since 0.63.0 a toll's count, told with the participle of its making: "Un nouveau
        # bilan *établi jeudi* fait état de 25 morts dans l'attaque", "a toll released on
        # Monday" (the day of the count, not of the attack). Not "le bilan de mardi".
        r"|\b(?:bilans?|tolls?)\s+(?:(?:provisoires?|officiels?|définitifs?|official|"
        r"provisional)\s+)?(?:établis?|publiés?|communiqués?|arrêtés?|dressés?|"
        r"rendus?\s+publics?|given|released|issued|published)\s+(?:(?:le|ce|cet|late|early|on)\s+)*$"
        # Since 0.69.0 the day a toll rose on, told after its new figure: "The death toll
        # from an attack on the village rose to 45 on Wednesday", "the toll climbed to at
        # least 30 late on Monday", "stood at 12 on Friday" (the day of the count).
        r"|\b(?:rose|risen|climbed|jumped|increased|stood|stands)\s+(?:to|at)\s+"
        r"(?:(?:at\s+least|more\s+than|over|nearly|about|around)\s+)?[\d,]+"
        r"(?:\s+(?:dead|people|deaths|killed|wounded|injured|civilians|soldiers))?\s+"
        r"(?:(?:late|early|on)\s+)*$",
        re.IGNORECASE,
    )
)
#: A time that owns what follows it: "Monday's attack".
_POSSESSED = re.compile(r"['’]s\b")


def _statement_dated(text: str, mention: Mention) -> bool:
    """Whether the time is the one of a statement named right before it (_STATEMENT_DATED),
    not a possessor ("the report on Monday's attack")."""
    return bool(
        _STATEMENT_DATED.search(text, max(0, mention.start - 70), mention.start)
    ) and not _POSSESSED.match(text, mention.end)


def statement_dated(text: str, mention: Mention) -> bool:
    """Whether the time dates a statement named right before it ("un communiqué publié
    mardi", "a statement released on Thursday")."""
    return _statement_dated(text, mention)


def foreign_times(
    trig: Trigger,
    triggers: Sequence[Trigger],
    mentions: Sequence[Mention],
    pool: Sequence[int],
    tokens: Sequence[Token],
    by_start: dict[int, int],
    sentence: tuple[int, int] | None = None,
    text: str = "",
) -> set[int]:
    """The TIME mentions of ``pool`` (the trigger's sentence) that date another act
    (:func:`_foreign_times`). A time told by a participle of an act's noun ("l'explosion,
    intervenue dans la nuit du 4 au 5", "an ambush perpetrated on Sunday") is that act's,
    whatever the parse hangs it from: the trigger's own, or another noun's."""
    if not pool:
        return set()
    if not text:
        return _foreign_times(trig, triggers, mentions, pool, tokens, by_start, sentence, text)

    def told_by_participle(t: Trigger, i: int) -> bool:
        m = mentions[i]
        if t.end <= m.start <= t.end + 40 and _OWN_PARTICIPLE.fullmatch(text, t.end, m.start):
            return True
        # "l'attaque qui a visé un convoi samedi", "the attack that targeted a convoy on
        # Saturday": the relative clause of the act's noun tells its day (since 0.63.0).
        return (
            t.end <= m.start <= t.end + 70
            and t.label in _VIOLENT_NOUNS
            and bool(_OWN_RELATIVE.fullmatch(text, t.end, m.start))
        )

    own = {i for i in pool if told_by_participle(trig, i)}
    if own:
        return set(pool) - own
    stated = set()
    if not declared(trig) and trig.label != "THREATEN":
        # A decision, a demand or a threat is made by its statement: the statement's
        # day is its own (codebook, "time").
        stated = {i for i in pool if _statement_dated(text, mentions[i])}
        pool = [i for i in pool if i not in stated]
        if not pool:
            return stated
    if _ALSO_BEFORE.search(text, max(0, trig.start - 25), trig.start):
        # "incendiée dans la nuit de mercredi à jeudi par des assaillants qui ont
        # également emporté des vivres": the act told as done "also" is done in the
        # same raid, on the sentence's day; only a saying's time is not its own.
        return stated | {i for i in pool if told_when(mentions[i], tokens, by_start, text)}
    # Only a trigger ending at most 40 characters before a time can tell it (one pass
    # over the document's triggers, not one per time).
    reach = (min(mentions[i].start for i in pool) - 40, max(mentions[i].start for i in pool))
    near = [t for t in triggers if t is not trig and reach[0] <= t.end <= reach[1]]
    others = {i for i in pool if any(told_by_participle(t, i) for t in near)}
    # A time between an article and another act's noun qualifies that noun (since
    # 0.33.0): "the sanctions it imposed after the July 2023 coup".
    opening = {t.start for t in triggers if t is not trig}
    others |= {
        i
        for i in pool
        if mentions[i].end + 1 in opening
        and _ARTICLE_BEFORE.search(text, max(0, mentions[i].start - 6), mentions[i].start)
    }
    # "said the grants would be paid before the end of the month and called on the
    # students": the time of what is promised, not of an act told after (since 0.35.0).
    others |= {i for i in pool if _promised_time(text, mentions[i], trig)}
    # "it had killed dozens of fighters, after an attack on a position killed seven
    # soldiers earlier this month": the time of the earlier act (since 0.35.0).
    others |= {i for i in pool if in_earlier_act(text, mentions[i], trig, triggers)}
    # "Ils ont demandé d'organiser davantage de convois, le dernier étant arrivé il y a
    # un mois": the time of an absolute participle clause after the act (since 0.35.0).
    others |= {
        i
        for i in pool
        if trig.end <= mentions[i].start
        and _ABSOLUTE_CLAUSE.search(text, trig.end, mentions[i].start)
    }
    rest = [i for i in pool if i not in others]
    others |= _earlier_acts_times(trig, triggers, mentions, rest, sentence, text)
    rest = [i for i in rest if i not in others]
    told = _foreign_times(trig, triggers, mentions, rest, tokens, by_start, sentence, text)
    return stated | others | told


def _earlier_acts_times(
    trig: Trigger,
    triggers: Sequence[Trigger],
    mentions: Sequence[Mention],
    pool: Sequence[int],
    sentence: tuple[int, int] | None,
    text: str,
) -> set[int]:
    """The times of ``pool`` told after an earlier act of the sentence and before the
    trigger, when the trigger has a time of its own after it, before any other act
    (since 0.59.0): "clashed with fighters near Tera on Tuesday and destroyed a camp near
    Ayorou on Thursday": Tuesday is the clash's, Thursday the destruction's (the nearest
    time would give Tuesday to both)."""
    if sentence is None or len(pool) < 2:
        return set()
    acts = [t for t in triggers if t is not trig and sentence[0] <= t.start < sentence[1]]
    own_after = any(
        trig.end <= mentions[i].start <= trig.end + 60
        and not any(trig.end <= t.start < mentions[i].start for t in acts)
        # In the act's own clause: not the day of the saying after a comma ("...,
        # local officials said on Monday", "..., a-t-on appris lundi").
        and not any(c in text[trig.end : mentions[i].start] for c in ",;")
        and not _statement_dated(text, mentions[i])
        for i in pool
    )
    if not own_after:
        return set()
    return {
        i
        for i in pool
        if mentions[i].end <= trig.start and any(t.end <= mentions[i].start for t in acts)
    }


_DEMONSTRATIVES = frozenset({"ce", "cet", "cette", "ces", "this", "these"})


def _demonstrative(tokens: Sequence[Token], noun: int) -> bool:
    """Whether a noun's determiner is a demonstrative ("ces accusations")."""
    return any(
        t.head == noun and t.dep == "det" and t.text.lower() in _DEMONSTRATIVES
        for t in tokens[max(0, noun - 3) : noun]
    )


def _foreign_times(
    trig: Trigger,
    triggers: Sequence[Trigger],
    mentions: Sequence[Mention],
    pool: Sequence[int],
    tokens: Sequence[Token],
    by_start: dict[int, int],
    sentence: tuple[int, int] | None = None,
    text: str = "",
) -> set[int]:
    """The TIME mentions of ``pool`` (the trigger's sentence) that date another act: a
    verb of saying, or the verb of another trigger. A parse that hangs a time on a verb
    of another sentence ("L'attaque a été revendiquée mercredi. *La veille*, un convoi
    avait essuyé des tirs") is not followed: the time opens its own sentence."""
    if not tokens or trig.tokens[0] < 0 or not tokens[trig.tokens[0]].dep:
        if not text or declared(trig):
            return set()
        return {i for i in pool if _foreign_unparsed(text, mentions[i], trig, triggers, sentence)}
    if _after_noun(tokens, trig.tokens[0]):
        # "après une série d'attaques": the clause's time dates what followed the act;
        # only a time inside the noun phrase ("après l'attaque de samedi") is its own.
        return {
            i
            for i in pool
            if (k := _root(tokens, by_start, mentions[i])) is not None
            and not _hangs_from(tokens, k, trig.tokens[0])
            and not _ADJACENT.match(text_between(trig, mentions[i], tokens))
            and not _ends_phrase(tokens, trig, mentions[i])
        }
    own = {_verb_of(tokens, trig.tokens[0])}
    first = min(own)
    if (
        first != trig.tokens[0]
        and tokens[first].lemma.lower() in _REPORTING | _CLAIMING
        and not declared(trig)
        and not _reported_passive(tokens, first, trig.tokens[0])
    ):
        # "Le raid a été revendiqué lundi": the noun names the event, the verb the claim.
        own = {-1}
    if tokens[first].dep == "xcomp" and not _reporting(tokens[tokens[first].head]):
        # "ont tenté mercredi de prendre d'assaut": the attempt's time is the act's; but
        # "a annoncé mercredi avoir arrêté" dates the announcement, not the arrest.
        own.add(tokens[first].head)
    others: set[int] | None = None  # the verbs of the other triggers, when first asked
    # A time in the trigger noun's own phrase ("l'attaque *de dimanche*", "l'attaque
    # perpétrée *dimanche*") is its day: every other time of the sentence is another's.
    phrase = {
        i
        for i in pool
        if (k := _root(tokens, by_start, mentions[i])) is not None
        and (_of_noun(tokens, k, trig.tokens[0]) or _in_phrase(tokens, k, trig, triggers))
    }
    if phrase:
        return set(pool) - phrase
    sayer = _saying_before(tokens, trig, sentence)
    # The nouns of acts of another type in the sentence: a time in one's own phrase
    # ("a condamné l'attaque *perpétrée la semaine dernière*") is that act's.
    nouns = [
        t
        for t in triggers
        if t is not trig
        and t.label != trig.label
        and (sentence is None or sentence[0] <= t.start < sentence[1])
        and t.tokens[0] >= 0
        and tokens[t.tokens[0]].pos == "NOUN"
        # An act the sentence speaks of, not a circumstance a preposition brings in
        # ("Le ministre, *en visite lundi* à Ouagadougou, s'est engagé": his visit's
        # Monday is his pledge's too).
        and not _introduced(tokens, t.tokens[0])
        # Nor an act named again by a demonstrative ("a rejeté *ces accusations* vendredi"):
        # told before, its day is not in this sentence (since 0.44.0).
        and not _demonstrative(tokens, t.tokens[0])
    ]
    out = set()
    for i in pool:
        if sayer is not None and mentions[i].end <= tokens[sayer].start:
            # "Lundi, le maire a indiqué que les assaillants avaient incendié": a time
            # before the verb of saying whose clause tells the act is the saying's,
            # wherever the parse hangs it.
            out.add(i)
            continue
        k = _root(tokens, by_start, mentions[i])
        if k is None:
            continue
        if _ADJACENT.match(text_between(trig, mentions[i], tokens)):
            continue  # "une embuscade le 11 courant": the time right after the trigger
        if _of_noun(tokens, k, trig.tokens[0]):
            continue  # "a confirmé lundi l'attaque de dimanche": the attack's own day
        if _in_phrase(tokens, k, trig, triggers):
            continue  # "l'attaque perpétrée dimanche": in the noun's own phrase
        if any(
            _of_noun(tokens, k, t.tokens[0]) or _in_phrase(tokens, k, t, triggers) for t in nouns
        ):
            out.add(i)
            continue
        if _of_other_noun(tokens, k, trig, own) or _dates_other_noun(
            text, tokens, k, trig, mentions[i], triggers
        ):
            out.add(i)
            continue
        verb = _told_by(tokens, by_start, mentions[i]) or _verb_of(tokens, tokens[k].head)
        if sentence is not None and not sentence[0] <= tokens[verb].start < sentence[1]:
            continue
        if verb not in own and trig.end <= mentions[i].start and _of_speaker(tokens, verb, own):
            # "..., a raconté un rescapé qui a pu regagner Bol lundi matin": a relative
            # clause on the speaker tells what he did, on its own day (since 0.24.0).
            out.add(i)
            continue
        # A decision's announcement is the decision ("a annoncé lundi un couvre-feu").
        said = tokens[verb].lemma.lower() in _REPORTING | _CLAIMING and not declared(trig)
        if said and mentions[i].end <= trig.start and tokens[verb].start >= trig.end:
            # "Dimanche soir, le village a été le théâtre d'une attaque, précise la même
            # source": a time opening the act's clause, the saying an aside after it.
            said = verb in own
        if (
            said
            and trig.label == "THREATEN"
            and any(v >= 0 and v != verb and _hangs_from(tokens, verb, v) for v in own)
        ):
            # "Dans un message audio diffusé vendredi, le JNIM a menacé de": a threat is
            # made by its message, whose day, told inside the threat's clause, is its own.
            said = False
        # "se sont entretenus mercredi ... et ont convenu de": conjoined acts share a time.
        shared = any(tokens[v].dep == "conj" and tokens[v].head == verb for v in own if v >= 0)
        # ... and "ont tué quatre éleveurs et incendié leurs cases dimanche soir": the time
        # at the end of the coordination dates its first verb too.
        shared = shared or (tokens[verb].dep == "conj" and tokens[verb].head in own)
        # "a rejeté mercredi ces accusations, qu'il qualifie de ..., et annoncé une
        # enquête": a conjunct without a subject or an auxiliary of its own goes on
        # with the dated verb's, whatever clause in between the parser hangs it from.
        shared = shared or any(v >= 0 and _elided_conjunct(tokens, v, verb) for v in own)
        # "ont attaqué jeudi le marché, tuant quatre commerçants et emportant du bétail":
        # a present participle hanging from the dated verb tells what the act did.
        shared = shared or any(
            v >= 0 and tokens[v].text.lower().endswith("ant") and _hangs_from(tokens, v, verb)
            for v in own
        )
        # "ont manifesté jeudi ... avant d'être dispersés", "ont incendié le marché après
        # avoir tué trois personnes": what the clause's actors did next (or first) in the
        # same happening.
        shared = shared or any(v >= 0 and _in_sequence(tokens, v, verb) for v in own)
        # "emmenés lundi matin par des hommes armés qui ont ensuite incendié l'école":
        # a relative clause on the dated act's agent or object that tells its next step
        # (since 0.68.0).
        shared = shared or any(v >= 0 and _next_step(tokens, v, verb) for v in own)
        # "a dispersé jeudi des étudiants qui manifestaient devant le rectorat": an
        # imperfect relative clause on the act's object was going on at the act's time.
        shared = shared or any(v >= 0 and _ongoing(tokens, v, verb) for v in own)
        # "ont été tués lundi lorsque leur minibus a sauté sur une mine", "tués mardi
        # quand leur véhicule a heurté un engin": a clause of "when" tells the same
        # moment as the clause it hangs from, either way round (since 0.69.0).
        shared = shared or any(
            v >= 0 and (_when_clause(tokens, v, verb) or _when_clause(tokens, verb, v)) for v in own
        )
        if any(v >= 0 and _sequence_mark(tokens, v, verb) for v in own):
            # "ont regagné la ville le week-end dernier, plus de quatre ans après avoir
            # fui": the time of the clause the span is counted from is not the act's
            # (since 0.69.0).
            out.add(i)
            continue
        if verb in own or (shared and not said):
            continue
        if others is None:
            others = {
                _verb_of(tokens, t.tokens[0])
                for t in triggers
                if t.tokens[0] >= 0 and t is not trig
            } - own
        if verb in others or said:
            out.add(i)
    return out


#: Participles of making a text or a speech, whose day is that of the act the text makes
#: ("reconduit, par un arrêté signé le lundi 30 novembre, l'interdiction").
_ISSUING = frozenset({"signer", "prendre", "adopter", "promulguer", "prononcer", "rendre"})


def _of_other_noun(tokens: Sequence[Token], k: int, trig: Trigger, own: set[int]) -> bool:
    """Whether the time at token ``k`` hangs from a participle that modifies a noun other
    than the trigger ("ont emporté l'or *extrait dans la journée*", "malgré une mise en
    demeure *adressée en septembre*", "selon une évaluation *conduite le 11 décembre*"):
    it tells when that thing was done, not the clause's act (since 0.64.0). Not a
    present participle ("ont attaqué le village, tuant cinq civils lundi"), which the
    parser may hang from the object but tells what the clause's actors did."""
    up = tokens[k].head
    if up == k or tokens[up].dep != "acl" or up in own or trig.tokens[0] <= up <= trig.tokens[1]:
        return False
    if tokens[up].text.lower().endswith("ant") or _reporting(tokens[up]):
        # Nor a document's day ("dans un communiqué publié jeudi, X a condamné"), which
        # the rules on statements weigh.
        return False
    if tokens[up].lemma.lower() in _ISSUING or tokens[up].text.lower().startswith("armé"):
        # Nor "des hommes armés", "des groupes armés": a name, the parse hanging the
        # clause's time from its participle ("le blocus imposé par des groupes armés
        # depuis février 2022").
        return False
    noun = tokens[up].head
    if tokens[noun].pos not in ("NOUN", "PROPN") or trig.tokens[0] <= noun <= trig.tokens[1]:
        return False
    # Not a noun whose phrase holds the act ("le décret portant dissolution des partis,
    # pris en mai", "un sermon prononcé vendredi, au cours duquel l'imam aurait
    # critiqué"): its day is the act's. The parser does not always hang a relative
    # clause from its noun ("l'attaque subie mercredi par un poste de l'armée, au cours
    # de laquelle trois soldats avaient été tués"): a relative pronoun between the
    # participle and the act says the same.
    if _hangs_from(tokens, trig.tokens[0], noun):
        return False
    return not any(
        t.text.lower() in _RELATIVES for t in tokens[up + 1 : trig.tokens[0]] if t.start >= 0
    )


#: The preposition that makes a time a noun's complement: "l'élection du 28 décembre",
#: "le coup d'État de juillet 2023", "l'arrêté du 2 septembre".
_COMPLEMENT_OF = re.compile(r"\b(?:du|de|d['’])\s*$", re.IGNORECASE)
#: Nouns of time that a date completes as a part of it ("la journée du 12").
_TIME_NOUNS = frozenset(
    {
        "journée", "jour", "nuit", "matinée", "matin", "soirée", "soir", "après-midi",
        "semaine", "week-end", "mois", "année", "an", "début", "fin", "mi", "veille",
        "lendemain", "date", "période", "compter", "partir", "cours", "courant",
    }
)  # fmt: skip


#: Statements: what they speak of is named, not done, by them (a boycott of "the
#: elections of December 2024" took place then).
_STATEMENTS = frozenset({"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "THREATEN", "AGREE"})
#: An occasion brought in before a noun: "lors de la cérémonie", "au cours de la
#: réunion", "en marge du sommet".
_OCCASION_BEFORE = re.compile(
    r"\b(?:lors|pendant|durant|au\s+cours|à\s+l['’]occasion|en\s+marge|à\s+l['’]issue)\s+"
    r"(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*$",
    re.IGNORECASE,
)


def _dates_other_noun(
    text: str,
    tokens: Sequence[Token],
    k: int,
    trig: Trigger,
    mention: Mention,
    triggers: Sequence[Trigger],
) -> bool:
    """Whether the time whose root is token ``k`` is the complement of a noun other than
    the trigger, brought in by "du"/"de" ("a salué le bon déroulement de l'élection
    présidentielle *du 28 décembre 2025*", "conformément à l'arrêté *du 2 septembre*",
    "fermée depuis le coup d'État *de juillet 2023*", "la foire à bétail *du dimanche*"):
    it names that thing by its date; the clause's act is not dated by it (since
    0.67.0). Not a noun of time ("la journée du 12") nor the trigger's own noun
    ("l'attaque du 17 novembre" dates the attack)."""
    if trig.label not in _STATEMENTS or not _COMPLEMENT_OF.search(
        text, max(0, mention.start - 4), mention.start
    ):
        return False
    up = tokens[k].head
    if up == k or trig.tokens[0] <= up <= trig.tokens[1] or tokens[up].pos != "NOUN":
        return False
    if not tokens[k].dep.startswith("nmod") or any(
        t.tokens[0] <= up <= t.tokens[1] for t in triggers
    ):
        # Nor an act's noun ("après l'attaque du 3 octobre, au cours de laquelle"),
        # which the rules on other acts weigh.
        return False
    if _OCCASION_BEFORE.search(text, max(0, tokens[up].start - 40), tokens[up].start):
        # "Prenant la parole lors de la cérémonie de samedi, le ministre a salué": the
        # occasion of the statement gives its day.
        return False
    noun = {tokens[up].lemma.lower(), tokens[up].text.lower()}
    return not noun & _TIME_NOUNS


#: French relative pronouns that open a clause on the noun before them.
_RELATIVES = frozenset(
    {
        "qui",
        "où",
        "laquelle",
        "lequel",
        "lesquels",
        "lesquelles",
        "duquel",
        "desquels",
        "desquelles",
        "auquel",
        "auxquels",
        "auxquelles",
    }
)


#: Conjunctions that put an infinitive in sequence with its clause's verb.
_SEQUENCE = frozenset({"avant", "après"})


#: The French imperfect's third persons ("manifestaient", "fuyait"): the parser's tense
#: for them is unreliable (often "Pres").
_IMPERFECT = re.compile(r"(?:ait|aient)$", re.IGNORECASE)


def _ongoing(tokens: Sequence[Token], v: int, verb: int) -> bool:
    """Whether the verb at ``v`` is an imperfect relative clause (no auxiliary) inside
    the clause of ``verb``: what was going on when that act took place."""
    return (
        v > verb
        and tokens[v].dep == "acl:relcl"
        and tokens[v].pos == "VERB"
        and _IMPERFECT.search(tokens[v].text) is not None
        and not any(t.head == v and t.dep.startswith("aux") for t in tokens[max(0, v - 3) : v])
        and _hangs_from(tokens, v, verb)
    )


def _elided_conjunct(tokens: Sequence[Token], v: int, verb: int) -> bool:
    """Whether the verb at ``v`` is a conjunct after ``verb``, hanging from it, with no
    subject and no auxiliary of its own ("a rejeté ... et annoncé")."""
    if v <= verb or tokens[v].dep != "conj" or tokens[v].pos != "VERB":
        return False
    if any(t.head == v and t.dep.startswith(("nsubj", "aux")) for t in tokens[verb + 1 : v]):
        return False
    return _hangs_from(tokens, tokens[v].head, verb)


def _ends_phrase(tokens: Sequence[Token], trig: Trigger, mention: Mention) -> bool:
    """Whether the time closes the trigger noun's own phrase, no verb nor punctuation
    between ("après plusieurs tirs d'obus sur le camp *au cours de la semaine
    dernière*"), wherever the parser hangs it."""
    if mention.start < trig.end or mention.start - trig.end > 80:
        return False
    lo = bisect_left(tokens, trig.end, key=_START)
    hi = bisect_right(tokens, mention.start, key=_END)
    return one_phrase(tokens[lo:hi])


#: Parts of speech that end a noun phrase: a verb, an auxiliary, punctuation, a conjunction.
_PHRASE_BREAKS = frozenset({"VERB", "AUX", "PUNCT", "CCONJ", "SCONJ"})


def one_phrase(between: Sequence[Token]) -> bool:
    """Whether the tokens between a noun trigger and what follows it leave one noun
    phrase going on (no verb, auxiliary, punctuation or conjunction among them)."""
    return all(t.pos not in _PHRASE_BREAKS for t in between)


def _introduced(tokens: Sequence[Token], k: int) -> bool:
    """Whether the noun at ``k`` is introduced by a preposition ("en visite")."""
    return any(t.head == k and t.dep == "case" for t in tokens[max(0, k - 3) : k])


#: Units of a span of days or more: "quatre ans après avoir fui", "quatorze jours avant
#: d'être déployés" tell another moment than the clause's own.
_SPAN_UNITS = frozenset({"jour", "semaine", "mois", "an", "année"})


def _in_sequence(tokens: Sequence[Token], v: int, verb: int) -> bool:
    """Whether the verb at ``v`` is an infinitive after "avant de" or "après avoir" in
    the clause of ``verb`` (one happening told in order), however far down the parse
    hangs it ("pour réclamer le paiement ..., avant d'être dispersés"). Since 0.69.0
    not after a span of days or more ("ont regagné la ville le week-end dernier, plus
    de quatre ans après avoir fui", "libéré mardi, trois jours après avoir été
    enlevé"): the span tells that the other act was on another day."""
    return _sequence_mark(tokens, v, verb) is False


def _sequence_mark(tokens: Sequence[Token], v: int, verb: int) -> bool | None:
    """For the verb at ``v`` in the clause of ``verb``: None when no "avant de" or
    "après avoir" marks it, True when a span of days or more comes before that mark
    (another day: :func:`_in_sequence`), False when none does (the same happening)."""
    if v <= verb or not _hangs_from(tokens, v, verb):
        return None
    for k in range(verb + 1, v):
        t = tokens[k]
        if t.head == v and t.dep == "mark" and t.lemma.lower() in _SEQUENCE:
            return k > 0 and tokens[k - 1].lemma.lower() in _SPAN_UNITS
    return None


#: Conjunctions of a clause that tells the moment of the clause it hangs from.
_AT_THE_MOMENT = frozenset({"lorsque", "quand", "lorsqu'", "lorsqu’"})


def _when_clause(tokens: Sequence[Token], v: int, verb: int) -> bool:
    """Whether the verb at ``v`` heads an adverbial clause of "lorsque" or "quand" hanging
    from ``verb`` ("tués lundi *lorsque* leur minibus a sauté"): the same moment, told
    twice (the explosion that killed them, on their day)."""
    if v == verb or not tokens[v].dep.startswith("advcl") or tokens[v].head != verb:
        return False
    lo, hi = (verb + 1, v) if verb < v else (max(0, v - 8), v)
    return any(
        t.head == v and t.dep == "mark" and t.text.lower() in _AT_THE_MOMENT for t in tokens[lo:hi]
    )


#: Adverbs that tell an act as the next step of the one before ("qui ont *ensuite*
#: incendié", "qui ont *alors* ouvert le feu").
_NEXT_STEP = frozenset({"ensuite", "puis", "alors", "aussitôt", "enfin"})


def _next_step(tokens: Sequence[Token], v: int, verb: int) -> bool:
    """Whether the verb at ``v`` heads a relative clause, marked as the next step by an
    adverb ("qui ont ensuite incendié", "qui ont aussitôt emporté"), on a noun of the
    clause of ``verb`` (its agent, subject or object): the same happening, told in
    order, on the day of ``verb``. Not a relative clause without such an adverb ("des
    hommes armés qui avaient attaqué le poste en mars" tells an earlier act)."""
    # The noun may hang from the dated verb a few heads up, through a participle the
    # parser attaches it to ("emmenés lundi depuis leur école, située à ..., par des
    # hommes armés qui ont ensuite incendié").
    if v <= verb or tokens[v].dep != "acl:relcl" or not _hangs_from(tokens, tokens[v].head, verb):
        return False
    return any(
        t.head == v and t.dep == "advmod" and t.text.lower() in _NEXT_STEP
        for t in tokens[verb + 1 : v]
    )


def _in_phrase(tokens: Sequence[Token], k: int, trig: Trigger, triggers: Sequence[Trigger]) -> bool:
    """Whether the time at token ``k`` hangs from the trigger noun itself, after it
    ("l'attaque perpétrée *dimanche*", parsed as the noun's modifier), or from a
    modifier of it that is neither a verb nor another act's word ("la libération
    d'otages *détenus* depuis juin" is the detention's)."""
    head = trig.tokens[0]
    if tokens[head].pos != "NOUN" or k <= head:
        return False
    up = tokens[k].head
    if up == head:
        return True
    covered = any(t is not trig and t.tokens[0] <= up <= t.tokens[1] for t in triggers)
    return tokens[up].head == head and head < up < k and tokens[up].pos != "VERB" and not covered


def _reported_passive(tokens: Sequence[Token], verb: int, trig: int) -> bool:
    """Whether the trigger is the subject of a passive verb of saying ("Des affrontements
    ont été rapportés dimanche"): as in English ("were reported on Sunday"), the time is
    the act's, the report telling when it happened. Not a claim ("a été revendiqué
    lundi"), dated by when it was made."""
    if tokens[verb].lemma.lower() in _CLAIMING or tokens[trig].head != verb:
        return False
    if tokens[trig].dep != "nsubj:pass":
        return False
    return any(t.head == verb and t.dep == "aux:pass" for t in tokens[trig + 1 : verb])


def _of_noun(tokens: Sequence[Token], k: int, trig: int) -> bool:
    """Whether the time at token ``k`` is a complement of the trigger noun itself ("l'attaque
    *de dimanche*", "the attack *of Sunday*"): the noun's own time, whatever verb the
    noun is the object of."""
    return (
        tokens[trig].pos == "NOUN"
        and tokens[k].head == trig
        and tokens[k].dep == "nmod"
        and any(t.head == k and t.dep == "case" for t in tokens[trig + 1 : k])
    )


def _saying_before(
    tokens: Sequence[Token], trig: Trigger, sentence: tuple[int, int] | None
) -> int | None:
    """The verb of saying, in the trigger's sentence and before it, whose clause
    ("que ...", "avoir ...") tells the act; None when the act is not so reported."""
    verb = _verb_of(tokens, trig.tokens[0])
    head = tokens[verb].head
    if tokens[verb].dep not in ("ccomp", "xcomp") or not head < verb or declared(trig):
        return None
    if not _reporting(tokens[head]):
        return None
    if sentence is not None and not sentence[0] <= tokens[head].start < sentence[1]:
        return None
    return head


def _of_speaker(tokens: Sequence[Token], verb: int, own: set[int]) -> bool:
    """Whether ``verb`` heads a relative clause on a noun that hangs from a verb of saying
    other than the trigger's own verbs ("a raconté un rescapé *qui a pu regagner*")."""
    if tokens[verb].dep != "acl:relcl":
        return False
    k = tokens[verb].head
    for _ in range(4):
        if k in own:
            return False
        if _reporting(tokens[k]):
            return True
        if tokens[k].head == k:
            return False
        k = tokens[k].head
    return False


def _reporting(token: Token) -> bool:
    lemma = token.lemma.lower()
    return lemma in _REPORTING or lemma in _CLAIMING


def reported_act(
    text: str, trig: Trigger, tokens: Sequence[Token], sentence: tuple[int, int]
) -> bool:
    """Whether the trigger is what a speaker says was done ("a annoncé mercredi avoir
    arrêté", "a annoncé l'arrestation de", "the army said it had arrested"): the
    sentence dates the saying, and the act's own day is not told (codebook: the day of
    the announcement is not the event's), nor borrowed from another sentence. Not an
    act the statement performs ("announced a curfew on Sunday": see ``declared``)."""
    if (
        declared(trig)
        or _CONTINUING.search(text, sentence[0], min(sentence[1], trig.end + 16))
        or _SAME_RAIDERS.search(text, sentence[0], trig.start)
    ):
        return False
    if not tokens or trig.tokens[0] < 0 or not tokens[trig.tokens[0]].dep:
        return bool(_REPORTED.search(text, sentence[0], trig.start))
    verb = _verb_of(tokens, trig.tokens[0])
    if tokens[verb].dep in ("xcomp", "ccomp") and (
        verb == trig.tokens[0]
        # "a annoncé avoir mené des frappes": the noun's verb is what was said (0.46.1).
        or _reporting(tokens[tokens[verb].head])
    ):
        verb = tokens[verb].head
    # The parse may hang a sentence on the verb of the one before: not followed.
    inside = sentence[0] <= tokens[verb].start < sentence[1]
    return inside and verb != trig.tokens[0] and _reporting(tokens[verb])


def told_before_clause(trig: Trigger, tokens: Sequence[Token]) -> bool:
    """Whether a noun trigger names an act told as what came before its clause ("ont
    fui fin octobre après une série d'attaques"): a time of the clause is not its own,
    nor one borrowed from elsewhere; only a time inside its phrase ("après l'attaque de
    samedi") dates it."""
    return (
        bool(tokens)
        and trig.tokens[0] >= 0
        and bool(tokens[trig.tokens[0]].dep)
        and (_after_noun(tokens, trig.tokens[0]))
    )


def _after_noun(tokens: Sequence[Token], k: int) -> bool:
    """Whether a noun trigger (or the noun it hangs from: "une série d'attaques") is
    introduced by "après", "after", "following", "à la suite de"."""
    for _ in range(3):
        if tokens[k].pos not in ("NOUN", "PROPN"):
            return False
        if tokens[k].lemma.lower() in _DAY_AROUND and tokens[k].head != k:
            # "au lendemain de l'attaque", "à la veille de": a day told from the act.
            return True
        if any(
            t.head == k and t.dep in ("case", "mark") and t.lemma.lower() in _BEFORE_CLAUSE
            for t in tokens[max(0, k - 6) : k]
        ):
            return tokens[_verb_of(tokens, k)].lemma.lower() not in _TOLL_VERBS | _RESPONSES
        if tokens[k].head == k:
            return False
        k = tokens[k].head
    return False


def _hangs_from(tokens: Sequence[Token], k: int, target: int) -> bool:
    """Whether token ``k`` is ``target`` or hangs from it, a few heads up."""
    for _ in range(6):
        if k == target:
            return True
        if tokens[k].head == k:
            return False
        k = tokens[k].head
    return k == target


def text_between(trig: Trigger, mention: Mention, tokens: Sequence[Token]) -> str:
    """The token texts between the trigger's end and a mention after it ("x" when the
    mention is not after it)."""
    if mention.start < trig.end:
        return "x"
    # Tokens are in text order, their starts and ends rising: those between are one
    # slice, found by bisection rather than by a scan of the whole document.
    lo = bisect_left(tokens, trig.end, key=_START)
    hi = bisect_right(tokens, mention.start, key=_END)
    return " ".join(t.text for t in tokens[lo:hi])


#: A later act told after the first: "released *after five months*", "*plus tard*
#: relâchés" ("puis", "ensuite" most often go on with the same day's acts).
_THEN = gated(re.compile(r"\b(?:plus\s+tard|later)\s+(?:\S+\s+)?$", re.IGNORECASE))
_AFTER_DURATION = re.compile(
    r"\s+(?:after|au\s+bout\s+d['’e]\s*|après)\s*(?:\S+\s+){0,2}?(?:days?|weeks?|months?|"
    r"years?|jours?|semaines?|mois|ans?|années?)\b",
    re.IGNORECASE,
)


#: "puis", "ensuite", "then" before a release: a captive freed after his capture ("avaient
#: été kidnappés le 3 courant puis relâchés contre rançon"), on a day not told.
_THEN_FREED = re.compile(r"\b(?:puis|ensuite|then)\s+(?:\S+\s+)?$", re.IGNORECASE)


def later(text: str, trig: Trigger) -> bool:
    """Whether the trigger names an act told as coming later than the time told beside
    it: "were snatched in March 2024 and released *after five months*", "relâchés
    *plus tard*". Its time is not told."""
    return bool(
        _THEN.search(text, max(0, trig.start - 20), trig.start)
        or (
            trig.mode == "release" and _THEN_FREED.search(text, max(0, trig.start - 20), trig.start)
        )
        or _AFTER_DURATION.match(text, trig.end)
    )


def freed_then_on(
    text: str, trig: Trigger, times: Sequence[int], mentions: Sequence[Mention]
) -> int | None:
    """Of ``times`` (the trigger's sentence), the one right after a release told as
    coming next, in its own phrase ("interpellés puis relâchés *dans la soirée*",
    "enlevés le 3 puis libérés *le 5*"): the release's own day, which :func:`later`
    does not deny (since 0.64.0; 0.63.0 gave such a release no day). None otherwise."""
    if trig.mode != "release" or not _THEN_FREED.search(text, max(0, trig.start - 20), trig.start):
        return None
    for i in times:
        m = mentions[i]
        if trig.end <= m.start <= trig.end + 40 and not _CLAUSE_BREAK.search(
            text, trig.end, m.start
        ):
            return i
    return None


#: A span told after the trigger as the time since an earlier act: "freed *three weeks
#: later*", "avant de lever la mesure *quelques semaines plus tard*".
_LATER_SPAN = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|"
    r"quelques|plusieurs|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|"
    r"several)\s+(?:jours|semaines?|mois|ans?|années?|days?|weeks?|months?|years?))\s+"
    r"(?:plus\s+tard|later)\b",
    re.IGNORECASE,
)


def later_unresolved(text: str, trig: Trigger, mentions: Sequence[Mention]) -> bool:
    """Whether the trigger is followed by a span counted from an earlier act that no
    date resolves ("In November 2025, gunmen abducted two midwives; they were freed
    three weeks later"): its day is not told, and the month told before is the
    capture's (since 0.60.0). A span resolved to a day ("libérés deux jours plus tard"
    after "le 3 mars") is a TIME of its own and dates the trigger as before."""
    m = _LATER_SPAN.match(text, trig.end)
    if m is None:
        return False
    return not any(
        x.label == "TIME" and trig.end <= x.start < m.end() and x.textareas.get(Normalised.DATE)
        for x in mentions
    )


#: What lies between a day counted from an act and the act's noun: "deux jours après
#: *l'*attaque", "à la veille *de la* manifestation", "on the day *of the* ambush".
_COUNTED_FROM = re.compile(
    r"\s+(?:de\s+l['’]|de\s+la\s+|du\s+|des\s+|d['’]|l['’]|la\s+|le\s+|les\s+|of\s+the\s+|"
    r"the\s+)",
    re.IGNORECASE,
)
#: The last word of such a day: a day counted from what follows it.
_COUNTING = gated(
    re.compile(
        r"(?:veille|lendemain|jour|après|avant|day|eve|morning|evening|night|after|before)$",
        re.IGNORECASE,
    )
)


def counted_from(text: str, mention: Mention, trig: Trigger) -> bool:
    """Whether a time is a day counted from the trigger's own act ("deux jours après
    l'attaque", "à la veille de la manifestation"): the day of what came next (or
    before), never the act's."""
    return (
        mention.end <= trig.start
        and _COUNTING.search(mention.text) is not None
        and _COUNTED_FROM.fullmatch(text, mention.end, trig.start) is not None
    )


def since_bound(text: str, mention: Mention) -> bool:
    """Whether a time is the start of a state ("en vigueur *depuis le 1er octobre*",
    "*since* May"), not the day of an act."""
    return _SINCE.search(text[max(0, mention.start - 12) : mention.start]) is not None


def borrowable(text: str, mention: Mention, trig: Trigger) -> bool:
    """Whether a TIME outside the trigger's sentence may date it: told before the
    trigger, not the start of a state ("depuis janvier"), nor the time of what is to
    come ("une cérémonie prévue début décembre", since 0.35.0)."""
    return (
        mention.end <= trig.start
        and not _SINCE.search(text[max(0, mention.start - 12) : mention.start])
        and not AHEAD.search(text, max(0, mention.start - 100), mention.start)
    )


#: Participles that tell a happening: "survenue", "perpétrée", "menée", "commise".
_HAPPENING = frozenset(
    {
        "survenir", "intervenir", "perpétrer", "commettre", "mener", "produire",
        "dérouler", "lancer", "occur", "happen", "perpetrate", "commit", "conduct",
        "launch", "stage", "carry", "mount",
    }
)  # fmt: skip


def dates_modified_noun(
    mention: Mention,
    tokens: Sequence[Token],
    by_start: dict[int, int],
    covered: frozenset[int],
) -> bool:
    """Whether a TIME dates a participle that qualifies a noun naming no event: "pour
    dénoncer la hausse du prix du gasoil *décidée la semaine dernière* par le
    gouvernement" dates the decision, which no event of a later sentence may borrow
    (since 0.37.0). "l'attaque *perpétrée lundi*" dates the attack, a trigger, as
    before. ``covered``: the token indices of every trigger."""
    k = _root(tokens, by_start, mention) if tokens else None
    if k is None or not tokens[k].dep:
        return False
    verb = tokens[k].head
    participle = tokens[verb]
    if participle.dep != "acl" or participle.pos != "VERB" or verb == k:
        return False
    if participle.lemma.lower() in _HAPPENING:
        return False  # "l'attaque ... survenue dans la nuit", however the parse hangs it
    # Since 0.66.0 also an act told by the participle itself ("les ravisseurs d'un
    # commerçant *enlevé début novembre*"): a background act named in passing, whose
    # day the seizure told next ("Deux pistolets ont été saisis") does not take.
    # Not one the subject carries ("Les deux commerçants *enlevés dans la nuit de
    # vendredi à samedi* ont été libérés"): the story's own act, which sequels go on with.
    if participle.head in covered:
        return False
    if verb > 0 and tokens[verb - 1].pos == "AUX":
        # "que des soldats avaient été attaqués samedi": a passive verb the parse hung on
        # its subject, the act the sentence tells.
        return False
    return verb not in covered or tokens[participle.head].dep not in _OWN_ACT_DEPS


#: Clause roles of a noun that is the sentence's own act ("L'attaque du 2 mars a fait six
#: morts": the subject), whose day the next sentence's acts go on with.
_OWN_ACT_DEPS = frozenset({"nsubj", "nsubj:pass", "ROOT"})
#: Nouns of a part of time a date completes ("dans la nuit du 3 au 4", "la matinée du
#: 13"): the date is the phrase's own, not another act's.
_TIME_NOUNS = frozenset(
    {
        "nuit", "matinée", "matin", "soirée", "soir", "journée", "jour", "après-midi",
        "aube", "semaine", "week-end", "mois", "fin", "début", "mi", "lendemain", "veille",
        "heure",
    }
)  # fmt: skip


def dates_named_act(mention: Mention, tokens: Sequence[Token], by_start: dict[int, int]) -> bool:
    """Whether a TIME is a noun's complement in "de" naming another act inside a clause
    ("a relayé la revendication de l'attaque *du 22 novembre*", "en marge des
    manifestations *du 3 mars*"): it dates that act, named in passing, which no event of
    a later sentence may borrow (since 0.65.0). A subject's ("L'attaque du 2 mars a fait
    six morts. Les assaillants ont ensuite ...") is the sentence's own act: borrowed as
    before."""
    k = _root(tokens, by_start, mention) if tokens else None
    if k is None or not tokens[k].dep.startswith("nmod"):
        return False
    h = tokens[k].head
    noun = tokens[h]
    if h == k or noun.pos != "NOUN" or mention.start <= noun.start < mention.end:
        return False
    if noun.dep in _OWN_ACT_DEPS or noun.lemma.lower() in _TIME_NOUNS:
        return False
    # The "de" that makes it a noun's complement ("du", "de", "d'"), on the date's first
    # word or its head: not "le 3 mars" that the parse may hang on an object noun.
    first = by_start.get(mention.start)
    if first is None:
        return False
    for j in (first, first - 1, first - 2):
        if j < 0 or tokens[j].start >= mention.end:
            break
        if tokens[j].dep == "case":
            return tokens[j].lemma.lower() == "de"
        if j < first and tokens[j].dep != "det":
            break
    return False


#: The preposition that names a source: "selon le haut-commissaire" (the parse splits
#: "d'après", whose "après" is most often of time).
_SOURCE_CASES = frozenset({"selon"})


def told_of_source(mention: Mention, tokens: Sequence[Token], by_start: dict[int, int]) -> bool:
    """Whether a TIME dates a relative clause of the article's source ("Selon le
    haut-commissaire, qui s'est rendu *dimanche* sur le site, l'attaque a fait neuf
    morts"; "Le maire, qui a visité *lundi* le camp, a indiqué que"): the source's own
    doing, which an act of a later sentence does not borrow (since 0.65.0; 0.64.0 gave
    the Sunday of the visit to the fires the next sentence tells "également")."""
    k = _root(tokens, by_start, mention) if tokens else None
    if k is None or not tokens[k].dep.startswith("obl"):
        return False
    verb = tokens[k].head
    if tokens[verb].dep != "acl:relcl" or verb == k:
        return False
    noun = tokens[verb].head
    if noun == verb:
        return False
    if tokens[noun].dep.startswith("nsubj") and _reporting(tokens[tokens[noun].head]):
        return True
    return any(
        t.head == noun and t.dep == "case" and t.text.lower() in _SOURCE_CASES
        for t in tokens[max(0, noun - 3) : noun]
    )


def reports_state(tokens: Sequence[Token], k: int) -> bool:
    """Whether verb ``k`` is "faire" of "faire état de" ("les premières sources faisaient
    état de onze morts", "l'armée, qui fait état de dix soldats tués"): a report of the
    toll, not the act."""
    return (
        tokens[k].lemma.lower() == "faire"
        and k + 1 < len(tokens)
        and tokens[k + 1].lemma.lower() == "état"
    )


def told_when(
    mention: Mention, tokens: Sequence[Token], by_start: dict[int, int], text: str = ""
) -> bool:
    """Whether a TIME dates a verb of saying or a claim of responsibility ("Le raid a été
    revendiqué *lundi*", "a indiqué *jeudi* le gouverneur"; without a parse, English:
    "was claimed *on Tuesday*", "the ministry said *on Monday*"): when it was told, which
    no event of another sentence may borrow as its own time."""
    k = _root(tokens, by_start, mention) if tokens else None
    if k is None or not tokens[k].dep:
        return bool(text) and bool(
            # Since 0.19.0 the 70 characters of "in a statement read on state television
            # late on" (was 40).
            (told := _TOLD_BEFORE.search(text, max(0, mention.start - 70), mention.start))
            and not _NOT_SAYING.search(told.group(0))
        )
    verb = _verb_of(tokens, tokens[k].head)
    lemma = tokens[verb].lemma.lower()
    if mention.end <= tokens[verb].start and _INCISE.search(text, mention.end, tokens[verb].start):
        # "a été la cible dimanche après-midi d'une attaque ..., a-t-on appris lundi": the
        # parser may hang the act's time on the speaker's verb set after a comma; a time
        # before that verb is the act's, the saying's comes after it (since 0.25.0).
        return False
    return (
        lemma in _REPORTING
        or lemma in _CLAIMING
        or _told_by(tokens, by_start, mention) > 0
        # Since 0.24.0: "Jeudi matin, les premières sources faisaient état de onze morts"
        # (a report), "Un premier bilan, communiqué lundi" (the parser may read the
        # participle as a noun).
        or reports_state(tokens, verb)
        or (bool(text) and _statement_dated(text, mention))
    )


#: A verb of saying set after a comma, its subject after it ("..., a-t-on appris",
#: "..., a indiqué le maire", "..., ont rapporté des habitants").
_INCISE = re.compile(
    r",\s*(?:a|ont|avait|avaient|aurait|auraient)?(?:-t-(?:on|il|elle|ils|elles))?\s*$",
    re.IGNORECASE,
)
#: "joint" (reached by telephone) as the parser may tag it: a noun, not a verb.
_REACHED = frozenset({"joint", "jointe", "joints", "jointes"})


def _told_by(tokens: Sequence[Token], by_start: dict[int, int], mention: Mention) -> int:
    """The verb of saying right before a time ("une note publiée *jeudi*", "a indiqué
    *mardi*"), whatever the parse hangs the time from; 0 when there is none."""
    k = by_start.get(mention.start)
    if not k:
        return 0
    before = tokens[k - 1]
    lemma = before.lemma.lower()
    verb = before.pos in ("VERB", "AUX") or before.text.lower() in _REACHED
    said = verb and (lemma in _REPORTING or lemma in _CLAIMING)
    return k - 1 if said else 0


#: A later sentence that dates the act told before by a word that stands for it and
#: names no act of its own (since 0.63.0): "Les faits se sont produits mardi", "Le drame
#: a eu lieu jeudi vers 10 heures", "Les faits remontent à mardi", "The incident happened
#: on Friday". A noun that names an act ("L'attaque s'est produite jeudi") is a trigger,
#: merged into the act told before, and is no business of this.
_FACTS_DATED = re.compile(
    r"\b(?:les\s+faits|le\s+drame|l['’]incident|la\s+tragédie|les\s+événements|"
    r"the\s+incident|the\s+tragedy|the\s+events)\s+"
    r"(?:se\s+sont\s+(?:produits|déroulés|passés)|s['’]est\s+(?:produit|déroulé|passé)e?|"
    r"ont\s+eu\s+lieu|a\s+eu\s+lieu|sont\s+survenus|est\s+survenue?|remontent\s+(?:à|au)|"
    r"remonte\s+(?:à|au)|happened|occurred|took\s+place)\b",
    re.IGNORECASE,
)
#: The words a cheap test looks for before the pattern is run.
_FACTS_WORDS = ("faits", "drame", "incident", "tragédie", "événements", "tragedy", "events")
#: At most this many characters from the verb to the time ("remontent à *mardi*",
#: "happened *on Friday*", "se sont produits *dans la nuit de* ...").
_FACTS_REACH = 12
#: The acts such a sentence dates: a happening, not a statement about it.
_DATED_ACTS = frozenset({"ASSAULT", "COERCE", "PROTEST", "THREATEN"})


def facts_dated_after(
    text: str,
    heads: dict[int, Trigger],
    mentions: Sequence[Mention],
    arguments: Sequence[Argument],
) -> list[Argument]:
    """The arguments, each act told right before a sentence that dates it by a word
    standing for it ("Un commerçant a été tué à Douentza. Les faits se sont produits
    mardi") given that sentence's time, when it has none: the acts with no time told
    before the sentence, back to the first one that has a time (which the sentence does
    not redate). A time some event already has is left alone."""
    lowered = text.lower()
    if not any(w in lowered for w in _FACTS_WORDS):
        return list(arguments)
    timed = {a.trigger for a in arguments if a.role == Role.TIME}
    used = {a.mention for a in arguments if a.role == Role.TIME}
    order = sorted(heads, key=lambda k: heads[k].start)
    extra: list[Argument] = []
    for m in _FACTS_DATED.finditer(text):
        time = next(
            (
                i
                for i, x in enumerate(mentions)
                if x.label == "TIME"
                and m.end() <= x.start <= m.end() + _FACTS_REACH
                # A day or a span of days: "remontent à 2019" would also make the act
                # historical, which is read before this pass.
                and len(x.textareas.get(Normalised.DATE, "")) > len("YYYY-MM")
            ),
            None,
        )
        if time is None or time in used:
            continue
        for k in reversed([k for k in order if heads[k].end <= m.start()]):
            if k in timed:
                break
            if heads[k].label in _DATED_ACTS:
                extra.append(Argument(k, time, Role.TIME, 0.3))
                timed.add(k)
    return [*arguments, *extra]


#: What tells, right before an act's words, that the act is to come or only possible:
#: an intention, a threat, a plan ("annoncé son intention de saisir", "menacent de",
#: "envisagent d'organiser", "comptent porter plainte", "plan to hold a protest"), or a
#: future or conditional auxiliary of what may
#: be ("pourraient « suspendre purement et simplement", "seront redéployées", "would be
#: deployed", "might suspend", "will hold"); not "auraient tué", "pourraient avoir été
#: tués", the press's hedge on a past act.
_TO_COME_BEFORE = gated(
    re.compile(
        r"(?:\b(?:intention|menacen?t?|menaçant|envisag\w*|compt(?:e|ent|ait|aient)|"
        r"s['’]appr[eê]t\w*|promett?\w*|pr[ée]voi\w*)\s+(?:de\s+|d['’])?"
        r"|\b(?:sera|seront|pourrai(?:en)?t|pourra|pourront|devrai(?:en)?t|"
        r"devra|devront|vont|allaient|would|will|might|could|plans?\s+to|planning\s+to|"
        r"intends?\s+to|threaten(?:s|ed)?\s+to|(?:is|are)\s+to)\s+"
        r"(?:(?:être|be|pas|plus|purement|et|simplement|bientôt|soon|also|également|aussi|"
        r"rapidement|«)\s*)*)"
        # The act's verb and its article: "plan to hold a protest", "va organiser une marche".
        r"(?:(?!(?:avoir|été|have|been|had)\b)[\w'’-]+\s+){0,2}$",
        re.IGNORECASE,
    )
)
#: A future told in the past of an announcement or a promise: "a annoncé qu'un renfort
#: serait déployé" (alone, "un soldat serait mort" hedges a past act).
_FUTURE_IN_PAST = gated(
    re.compile(
        r"\b(?:annoncée?|promise?|assurée?|indiquée?|précisée?|affirmée?|ajoutée?|"
        r"décidée?)\s+(?:[^.;:!?]{0,80}\s)?(?:que|qu['’])[^.;:!?]{0,80}?\bserai(?:en)?t\s+"
        r"(?:[\wé]+ment\s+)?$",
        re.IGNORECASE,
    )
)
#: A sequel: "avant d'être déployés", "avant de rejoindre" (to come only after a verb in
#: the future: "Ils suivront une formation avant d'être déployés"; "ont abattu deux
#: enseignants avant de mettre le feu" tells a past sequence).
_SEQUEL_BEFORE = re.compile(r"\bavant\s+(?:d['’]être|de|d['’])\s*$", re.IGNORECASE)


def told_to_come(text: str, trig: Trigger, tokens: Sequence[Token]) -> bool:
    """Whether ``trig`` is told as an act to come or only possible: its own verb in the
    future or the conditional ("rouvriraient", "suivront"), or right after the words of
    :data:`_TO_COME_BEFORE` in its clause. Such an act has no day but one its own
    sentence plans: the day of another sentence's act is not its day."""
    k = bisect_left(tokens, trig.start, key=_START)
    if (
        k < len(tokens)
        and tokens[k].start == trig.start
        and tokens[k].pos in ("VERB", "AUX")
        and (tokens[k].mood == "Cnd" or tokens[k].tense == "Fut")
    ):
        return True
    if (
        _TO_COME_BEFORE.search(text, max(0, trig.start - 60), trig.start) is not None
        or _FUTURE_IN_PAST.search(text, max(0, trig.start - 200), trig.start) is not None
    ):
        return True
    sequel = _SEQUEL_BEFORE.search(text, max(0, trig.start - 16), trig.start)
    if sequel is None:
        return False
    # The clause's verb before "avant": in the future or the conditional, in the same
    # sentence (no full stop between).
    stop = max(text.rfind(". ", 0, sequel.start()), text.rfind("\n", 0, sequel.start()))
    lo = bisect_left(tokens, max(stop, sequel.start() - 120), key=_START)
    hi = bisect_left(tokens, sequel.start(), key=_START)
    return any(
        t.pos in ("VERB", "AUX") and (t.tense == "Fut" or t.mood == "Cnd") for t in tokens[lo:hi]
    )


def without_borrowed_times_to_come(
    text: str,
    triggers: Sequence[Trigger],
    args: Sequence[Argument],
    tokens: Sequence[Token],
    own_sentence: float,
) -> list[Argument]:
    """``args`` without the times an act to come (:func:`told_to_come`) took from
    outside its sentence: "Le gouverneur s'est rendu mardi à Falagountou. Il a annoncé
    qu'un renfort serait déployé", "Les recrues suivront une formation avant d'être
    déployées", "The families plan to hold a protest" keep no day of the visit, the
    recruitment or the attack told before (since 0.67.0). A time of the act's own
    sentence (the day planned), scored ``own_sentence`` or more, stays."""
    coming = {
        i for i, t in enumerate(triggers) if t.label != "CONSULT" and told_to_come(text, t, tokens)
    }
    return [
        a
        for a in args
        if not (a.role == Role.TIME and a.trigger in coming and a.score < own_sentence)
    ]


#: Measures that last (a ban, a closure, a curfew, a suspension, a blockade, a siege), by
#: the trigger's own words, French and English.
_MEASURE = re.compile(
    r"(?:interdi|ferm|suspen|blocus|blockad|siège|siege|assiég|besieg|couvre-feu|curfew|"
    r"ban|prohib|clos|restrict|boucl)",
    re.IGNORECASE,
)
#: Words right before a measure that tell it as a standing state, not as the act of
#: imposing it: "demeure fermée", "restent interdites", "est toujours suspendue", "sont
#: fermées", "soumise (depuis un an) au blocus", "vit sous blocus", "remains closed",
#: "is still banned", "under a blockade", "the latest blow to a blockade".
_STATE_BEFORE = gated(
    re.compile(
        r"(?:\b(?:demeur\w*|rest(?:e|ent|ait|aient|era|eront)|(?:est|sont|était|étaient)"
        r"(?:\s+(?:toujours|encore|désormais))?|toujours|remains?|remained|(?:is|are|was|were)"
        r"\s+still|still)\s+(?:(?:officiellement|totalement|partiellement|officially|fully|"
        r"partly)\s+)?"
        r"|\b(?:soumise?s?|subjected|sous|under|blow\s+to)\s+(?:depuis\s+[^,.;]{1,40}?\s+)?"
        r"(?:(?:à|au|aux|un|une|le|la|l['’]|a|an|the)\s*)?)$",
        re.IGNORECASE,
    )
)
#: Words after a measure that tell it in force, with their copula: "un couvre-feu (de 20
#: heures à 6 heures) était en vigueur", "a curfew from 8 p.m. to 6 a.m. was in force"
#: (not "a prorogé le couvre-feu en vigueur", where the extension is the act). The
#: abbreviations' points ("8 p.m.") are no sentence end: a point before a capital is.
_IN_FORCE_AFTER = re.compile(
    r"(?:[^;!?\n.]|\.(?!\s+[A-ZÀ-Ý])){0,60}?\b(?:est|sont|était|étaient|rest\w*|demeur\w*|"
    r"is|are|was|were|remains?|remained)\s+(?:toujours\s+|still\s+)?"
    r"(?:en\s+vigueur|in\s+force|in\s+place)\b"
)
#: An order right before a time, which dates the measure it imposed: "conformément à
#: l'arrêté du gouverneur du 3 novembre", "en vertu d'un arrêté pris le 20 novembre",
#: "under a decree of 3 March".
_ORDER_DATED = re.compile(
    r"\b(?:arrêtés?|décrets?|décisions?|ordonnances?|ordres?|orders?|decrees?)\b"
    r"[^,.;]{0,30}$",
    re.IGNORECASE,
)
#: "depuis" a few words before a time, in its clause: "suspendue depuis l'attaque du 15
#: novembre" (the state's start, told by the act that opened it).
_SINCE_NEAR = re.compile(r"\b(?:depuis|since)\b[^,.;]{0,25}$", re.IGNORECASE)
#: The day a measure takes effect: "est interdite à compter de lundi" (the gold's day of a
#: ban announced with its start alone).
_FROM_DAY = re.compile(
    r"\b(?:à\s+compter|à\s+partir|dès|as\s+of|starting|effective)\b[^,.;]{0,12}$",
    re.IGNORECASE,
)


def state_start(text: str, time: Mention, trig: Trigger) -> bool:
    """Whether ``time`` may date a measure told as a standing state
    (:func:`measure_as_state`): its start ("fermée depuis août 2023", "suspendue depuis
    l'attaque du 15 novembre"), the day it takes effect ("est interdite à compter de
    lundi") or the day of the order that imposed it ("reste interdite, conformément à
    l'arrêté du 3 novembre"); not a time of another clause told before it
    ("tendues depuis le coup d'État de juillet 2023, et la frontière demeure fermée")."""
    before = text[max(0, time.start - 60) : time.start]
    if not (
        since_bound(text, time)
        or _SINCE_NEAR.search(before)
        or _ORDER_DATED.search(before)
        or _FROM_DAY.search(before)
    ):
        return False
    return time.start > trig.start or not re.search(r"[,;]", text[time.end : trig.start])


def measure_as_state(text: str, trig: Trigger, sentence: tuple[int, int]) -> bool:
    """Whether ``trig`` is a lasting measure (a ban, a closure, a curfew, a suspension,
    a blockade) that its sentence tells as a standing state rather than as the act of
    imposing it: "la frontière demeure fermée", "la foire est fermée depuis deux
    semaines", "une ville soumise depuis un an au blocus des jihadistes", "a curfew ...
    was in force in the department", "the road remains closed". Such a measure takes only
    its own start ("fermée depuis août 2023"); another time of the sentence is the
    saying's ("ont indiqué lundi") or that of the act its "depuis" names ("depuis le coup
    d'État de juillet 2023"). The passé composé ("a été fermée mardi") is the act of
    closing, dated as before."""
    if trig.label not in ("COERCE", "SANCTION") or not _MEASURE.match(trig.text):
        return False
    before = text[max(sentence[0], trig.start - 60) : trig.start]
    if _STATE_BEFORE.search(before):
        return True
    # Not bounded by the sentence: a splitter may cut it at "8 p.m.".
    return _IN_FORCE_AFTER.match(text, trig.end, min(len(text), trig.end + 80)) is not None
