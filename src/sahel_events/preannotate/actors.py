"""Who did it: the actor of a trigger, from spaCy's parse first (docs/preannotation.md,
"Arguments").

In the order tried, the actor is

1. the group a claim or an attribution names ("une attaque *attribuée à* l'EIGS", "Le
   gouvernement attribue l'attaque à l'EIGS", "une embuscade revendiquée par le JNIM"):
   the perpetrator, never who attributes it;
2. the grammatical subject, or the agent of a passive ("par" / "by"), of the verb that
   governs the trigger; not when the trigger lies inside that subject ("Le bilan de
   *l'attaque* est passé à ..."), and not for a verb of undergoing ("tomber dans une
   embuscade", "être la cible de"), whose subject is the victim;
3. the antecedent of a subject pronoun ("Le groupe Ansarul Islam ... *Il* a tendu une
   embuscade"): the last person or organisation named before the sentence;
4. a "par" / "by" agent later in the clause of a passive verb or of a noun ("a été enlevé
   lundi sur l'axe de Koro *par des hommes armés*", "dans l'attaque du village *par des
   combattants*");
5. else the nearest person or organisation before the trigger in its sentence, never the
   victim (the subject of a passive), nor the subject or agent of another trigger's verb
   ("interpellés *par la police* à l'issue d'un rassemblement": the police arrested, it
   did not gather).

Places, outlets and sources are kept out by the caller (``arguments.link_arguments``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import replace
from operator import attrgetter

from .. import gazetteer
from ..annotation.ids import EntityAttribute, Normalised, Role
from .argument import Argument
from .capitals import seat_of_government
from .entities import Mention
from .eventplace import leaving
from .eventtime import reports_state
from .ner import Token
from .nominals import DAY_NAMES, EN_MEETING_PARTY, EN_STATE_NATIONALITIES, PERSON_NOUNS
from .text import containing, fold
from .triggers import Trigger
from .wordgate import gated

#: Verbs whose subject undergoes the event: "tomber dans une embuscade", "subir une
#: attaque", "essuyer des tirs", "être victime de", "être la cible de", "faire l'objet
#: d'une attaque", "come under attack".
UNDERGO = frozenset(
    # Since 0.19.0 "recouvrer" ("Cinq détenus ont recouvré la liberté"): the freed.
    ["tomber", "subir", "essuyer", "victime", "cible", "objet", "come", "suffer", "recouvrer",
     # Since 0.59.0 a vehicle that hit a mine: "un véhicule des FAMa a sauté sur un engin
     # explosif", "a heurté une mine": its force is the victim, not who laid it.
     "sauter", "heurter"]
)  # fmt: skip
#: Verbs whose subject lost his life in the event: "*Sept soldats* ont péri dans les
#: combats" names victims, not fighters.
_DIED = frozenset(["périr", "mourir", "décéder", "succomber", "die"])
#: Verbs that attribute an event to its author: their subject only attributes it.
_ATTRIBUTING = frozenset(["attribuer", "imputer"])
#: Verbs of reacting to or reporting an act: their subject speaks of the act or answers
#: it, it did not commit it ("Le gouvernement a condamné l'attaque", "a réagi à
#: l'attaque", "a repoussé une attaque", "a salué la libération", "the army confirmed
#: the ambush").
REACTING = frozenset(
    {
        "condamner", "dénoncer", "déplorer", "fustiger", "critiquer", "confirmer",
        "signaler", "rapporter", "réagir", "riposter", "répliquer", "repousser", "déjouer",
        "saluer", "féliciter",
        # Since 0.17.0: "la direction a démenti l'enlèvement" (who denies, not who acted).
        "démentir", "nier", "réfuter", "contester", "deny", "refute",
        # Since 0.30.0 who tells of an act: "Le ministère revient sur l'attaque du 21
        # novembre", "évoque", "rappelle", "détaille", "the report describes the raid".
        "revenir", "évoquer", "rappeler", "mentionner", "détailler", "décrire", "relater",
        "raconter", "commenter", "recall", "mention", "describe", "detail", "recount",
        "condemn", "denounce", "deplore", "criticise", "criticize", "confirm", "report",
        "repel", "foil", "welcome", "hail",
    }
)  # fmt: skip
#: Without a parse (English): a verb of reacting right before the trigger noun and its
#: determiner ("condemned *the* attack", "confirmed Sunday's ambush").
_REACTED = re.compile(
    r"\b(?:condemn|denounc|deplor|criticis|criticiz|confirm|report|repel|foil|welcom|hail|"
    r"deni|deny|refut|recall|mention|describ|detail|recount)"
    r"\w*\s+"
    # No coordinator among the words after the determiner (since 0.20.0): "condemned
    # the attacks and called on" coordinates a second act, it does not name the first.
    r"(?:the|an?|this|that|these|those|its|their|[\w-]+['’]s)\s+"
    r"(?:(?!(?:and|or|but)\b)[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_DET = r"(?:l['’]|les?\s+|la\s+|des\s+|du\s+|the\s+|an?\s+|une?\s+)?"
#: Members of the group named next (since 0.35.0): "attribué l'attaque *à des éléments
#: de* l'État islamique", "blamed on *fighters from* ISWAP".
_MEMBERS_OF = (
    r"(?:(?:des\s+|d['’]|de\s+|supposés\s+|présumés\s+|suspected\s+)*"
    r"(?:éléments|membres|combattants|hommes|militants|djihadistes|jihadistes|fighters|"
    r"members|elements)\s+(?:de\s+|du\s+|d['’]|des\s+|from\s+|of\s+)"
    r"(?:l['’]|la\s+|les?\s+|the\s+)?)?"
)
#: A network in apposition before a group's name, ending in the word of belonging (since
#: 0.65.0): "the al Qaeda affiliate JNIM", "the Islamic State branch ISWAP".
_NETWORK_BEFORE = r"(?:[\w'’-]+\s+){1,3}(?i:affiliate|branch|offshoot|franchise|wing)\s+"
#: Right after the trigger: who it is attributed to or claimed by.
_ATTRIBUTED = re.compile(
    r"^\s*,?\s*(?:(?:a|ont|avait|avaient)\s+été\s+|(?:was|were|has\s+been|have\s+been)\s+)?"
    # Since 0.63.0 also the partitive of suspects: "attribuée à de présumés jihadistes".
    r"(?:(?:attribu|imput)\w*\s+(?:\S+\s+){0,2}?(?:à|au|aux)\s+(?:l['’]|les?\s+|la\s+|de\s+)?"
    + _MEMBERS_OF
    + r"|revendiqu\w*\s+(?:\S+\s+){0,3}?par\s+"
    + _DET
    + r"|(?:blamed\s+on|attributed\s+to)\s+(?:the\s+)?"
    + _MEMBERS_OF
    # Since 0.46.1 with up to two lower-case words before the name: "claimed by the
    # al-Qaeda-linked JNIM", "claimed by the jihadist group JNIM".
    + r"|claimed\s+(?:\S+\s+){0,3}?by\s+(?:the\s+)?(?-i:(?:[a-z][\w'’-]*\s+){0,2}"
    # Since 0.65.0 the network in an apposition before the name: "claimed by the al
    # Qaeda affiliate JNIM" (the network's own name is no candidate: _AFFILIATE_AFTER).
    + r"|"
    + _NETWORK_BEFORE
    + r")"
    # Since 0.61.0 the captors named after a release: "freed from their captors, the
    # al-Qaeda-linked JNIM", "libérés par leurs ravisseurs, des éléments de l'EIGS".
    + r"|(?:from\s+(?:their|his|her|its)\s+(?:captors?|kidnappers?|abductors?)|"
    r"(?:\S+\s+){0,2}?par\s+(?:leurs?|ses|son|sa)\s+(?:ravisseurs?|geôliers?))\s*,\s*"
    r"(?:(?:the|des|les?|la|l['’])\s*)?" + _MEMBERS_OF + r"(?-i:(?:[a-z][\w'’-]*\s+){0,2}))$",
    re.IGNORECASE,
)
#: Between the trigger, object of "attribuer", and who it is attributed to.
_TO = re.compile(
    r"^\s*(?:\S+\s+){0,3}?(?:à|au|aux)\s+(?:l['’]|les?\s+|la\s+)?" + _MEMBERS_OF + "$",
    re.IGNORECASE,
)
#: Between the act blamed and whom it is blamed on: "blamed the attack *on* JNIM fighters",
#: "attributed the killings *to* the army".
_ON = re.compile(
    r"^\s*(?:\S+\s+){0,3}?(?:on|to)\s+(?:the\s+)?" + _MEMBERS_OF + "$",
    re.IGNORECASE,
)
#: An English verb of blaming right before the act it takes as object: "blamed the
#: attack", "attributed the latest killings".
_BLAMING_BEFORE = gated(
    re.compile(
        r"\b(?:blam|attribut|pinn)(?:e|es|ed|ing)\s+(?:the|this|that|these|those|an?|its)\s+"
        r"(?:[\w-]+\s+){0,2}?$",
        re.IGNORECASE,
    )
)


def blamed_for(text: str, trig: Trigger) -> bool:
    """Whether the act is the object of an English verb of blaming ("Officials blamed the
    attack on JNIM"): its actor is whom it is blamed on, or no one named; never who
    blames."""
    return bool(_BLAMING_BEFORE.search(text, max(0, trig.start - 40), trig.start))


#: A "par" / "by" agent ending the text before a mention.
#: Since 0.60.0 with a hedge before the name: "by suspected Boko Haram fighters", "par de
#: présumés jihadistes".
_BY = re.compile(
    r"(?:\bpar|\bby)\s+" + _DET + r"(?:(?:suspected|alleged|presumed|présumés?|présumées?|"
    r"supposés?|supposées?)\s+)?$",
    re.IGNORECASE,
)
#: A clause boundary between a trigger and a later agent.
_BOUNDARY = re.compile(r"[;:()«»\n]|[.!?]\s|,\s*(?:qui|que|où|dont|which|who)\b", re.IGNORECASE)
_PRONOUNS = frozenset(["il", "elle", "ils", "elles"])
_LATTER = frozenset(["dernier", "derniers", "dernière", "dernières"])
#: Words that open an infinitive clause whose subject is the main verb's: "avant d'ouvrir
#: le feu", "pour disperser", "sans", "après avoir".
_INFINITIVE_MARKS = frozenset(["de", "d'", "pour", "sans", "après"])
#: A token's start offset (the key of a bisection over tokens in order).
_START = attrgetter("start")


def governing_verb(trig: Trigger, tokens: Sequence[Token]) -> int | None:
    """Index of the verb governing the trigger (the trigger itself when it is one)."""
    first = trig.tokens[0]
    if not tokens or first < 0 or not tokens[first].dep:
        return None
    k = first
    for _ in range(4):  # a noun trigger's verb is a few heads up ("a augmenté le partage")
        if tokens[k].pos in ("VERB", "AUX") or tokens[k].head == k:
            break
        k = tokens[k].head
    return k


#: A report or inquiry on the act, right before it: "a publié un rapport sur le
#: massacre", "published an investigation on Tuesday into the killing of", "une enquête
#: sur l'attaque", "documented the killing": whoever reports or inquires is not the
#: act's author (since 0.63.0).
_REPORTED_ON = gated(
    re.compile(
        r"(?:\b(?:rapports?|enquêtes?|études?|reports?|investigations?|inquiry|inquiries|"
        r"probes?|study|studies)\b[^.;:!?\n]{0,60}?\b(?:sur|into|on|about|concernant)\s+|"
        r"\b(?:document\w*)\s+)"
        r"(?:the|l['’]|les?|la|des|du|une?|an?|ces|these|those|[\w-]+['’]s)?\s*"
        r"(?:(?!(?:and|or|but|et|ou)\b)[\w-]+\s+){0,2}$",
        re.IGNORECASE,
    )
)


def reacted_to(
    text: str, trig: Trigger, tokens: Sequence[Token], sentence: tuple[int, int]
) -> bool:
    """Whether the trigger names an act that the verb governing it condemns, denounces,
    confirms or reports ("Le gouvernement a condamné l'attaque", "the army confirmed the
    ambush"): that verb's subject is who reacted, not who acted. Not the trigger that is
    the verb itself ("Le gouvernement a condamné": its own statement)."""
    if _REPORTED_ON.search(text, max(sentence[0], trig.start - 90), trig.start):
        return True
    k = governing_verb(trig, tokens)
    if k is None or not sentence[0] <= tokens[k].start < sentence[1]:
        # No parse, or a head the parse found in another sentence (since 0.30.0: "ont
        # « neutralisé » jeudi matin [...]. Sur place, plusieurs orpailleurs évoquent").
        return bool(_REACTED.search(text, sentence[0], trig.start))
    return not trig.tokens[0] <= k <= trig.tokens[1] and tokens[k].lemma.lower() in REACTING


def children_of(tokens: Sequence[Token]) -> dict[int, list[Token]]:
    """Token index -> its dependents, in order."""
    out: dict[int, list[Token]] = {}
    for t in tokens:
        if t.head != t.index:
            out.setdefault(t.head, []).append(t)
    return out


def _agent(tokens: Sequence[Token], k: int, children: dict[int, list[Token]]) -> list[Token]:
    """The agent of verb ``k``: ``obl:agent``, or an oblique introduced by "par" (the
    parser often labels "libérés par leurs ravisseurs" a plain oblique)."""
    out = []
    for t in children.get(k, []):
        if t.dep == "obl:agent" or (
            t.dep.startswith("obl")
            and any(
                c.head == t.index and c.lemma == "par"
                for c in tokens[max(0, t.index - 3) : t.index]
            )
        ):
            out.append(t)
    return out


#: French verbs of movement conjugated with "être", which the parser may take for
#: passives: "Les élèves *sont descendus* dans la rue", "des jeunes *sont sortis*
#: manifester" name who went, not who underwent (since 0.37.0).
_UNACCUSATIVE = frozenset(
    {
        "descendre", "sortir", "venir", "aller", "partir", "arriver", "entrer", "monter",
        "rentrer", "retourner", "revenir", "accourir", "affluer",
    }
)  # fmt: skip


def _passive(tokens: Sequence[Token], k: int) -> bool:
    if tokens[k].lemma.lower() in _UNACCUSATIVE:
        return False
    return any(t.head == k and t.dep == "aux:pass" for t in tokens[max(0, k - 4) : k + 1])


def _bare_participle(tokens: Sequence[Token], k: int) -> bool:
    """A past participle without an auxiliary, passive in meaning: "*Reçus* vendredi par
    le préfet, leurs représentants ..."."""
    return tokens[k].tense == "Past" and not any(
        t.head == k and t.pos == "AUX" for t in tokens[max(0, k - 4) : k]
    )


def _inside_subject(trig: Trigger, tokens: Sequence[Token], k: int) -> bool:
    """True when the trigger is a complement inside the active subject of verb ``k``
    ("Le bilan *de l'attaque* est passé à ..."): that subject is not its actor. A state
    of the subject ("Le ministre, *en visite* à Ouagadougou, s'est engagé") is not."""
    j = trig.tokens[0]
    if not any(
        t.head == j and t.dep == "case" and t.lemma.lower() == "de"
        for t in tokens[max(0, j - 3) : j]
    ):
        return False
    for _ in range(6):
        if j == k or tokens[j].head == j:
            return False
        if tokens[j].head == k:
            return tokens[j].dep == "nsubj"
        j = tokens[j].head
    return False


def in_foreign_oblique(trig: Trigger, tokens: Sequence[Token], foreign: frozenset[int]) -> bool:
    """Whether a noun trigger hangs, through an oblique, from the verb of an event of
    another type ("suspendu la BBC pour sa couverture du *massacre*", "interpellés à
    l'issue d'un *rassemblement*"): that clause tells another act, whose people did not
    do this one (since 0.28.0)."""
    k = governing_verb(trig, tokens)
    return k is not None and k in foreign and _oblique_of(trig, tokens, k)


def _oblique_of(trig: Trigger, tokens: Sequence[Token], k: int) -> bool:
    """True when the trigger hangs from verb ``k`` through an oblique or a modifier, not
    as its subject or object."""
    j = trig.tokens[0]
    for _ in range(6):
        if j == k or tokens[j].head == j:
            return False
        if tokens[j].head == k:
            return tokens[j].dep not in ("obj", "nsubj", "nsubj:pass", "xcomp", "ccomp")
        j = tokens[j].head
    return False


def acted_on(
    text: str,
    trig: Trigger,
    tokens: Sequence[Token],
    sentence: tuple[int, int],
    acting_on: frozenset[int],
) -> bool:
    """Whether the trigger names what a coercive act of another type was done to (its
    verb's tokens: ``acting_on``): "La police a dispersé une manifestation"; without a
    parse (English), such a verb right before the noun and its determiner ("Police
    dispersed a protest", "banned the march"). Since 0.30.0."""
    k = governing_verb(trig, tokens)
    if k is None:
        return bool(_ACTED_ON_EN.search(text, sentence[0], trig.start))
    return k in acting_on and (object_of(trig, tokens, k) or _passive_subject_of(trig, tokens, k))


def _passive_subject_of(trig: Trigger, tokens: Sequence[Token], k: int) -> bool:
    """Whether the trigger is the subject of the passive verb ``k`` (since 0.60.0): "La
    marche de l'opposition a été dispersée par les forces de l'ordre" — the act was
    done to it, by whom the agent names, not by its authors."""
    first, last = trig.tokens
    return first >= 0 and any(
        tokens[j].dep == "nsubj:pass" and tokens[j].head == k for j in range(first, last + 1)
    )


#: An English verb of coercion right before the noun it acts on.
_ACTED_ON_EN = re.compile(
    r"\b(?:dispers|bann|broke\s+up|break\s+up|breaking\s+up|prohibit|outlaw|suppress|"
    r"forbade|forbid|block|halt|crush|quell)\w*\s+"
    r"(?:the|an?|this|that|these|those|its|their|[\w-]+['’]s)\s+"
    r"(?:(?!(?:and|or|but)\b)[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def object_of(trig: Trigger, tokens: Sequence[Token], k: int) -> bool:
    """True when the trigger is (inside) the direct object of verb ``k``: "a dispersé une
    manifestation d'étudiants", "a interdit la marche" (since 0.30.0)."""
    j = trig.tokens[0]
    if trig.tokens[0] <= k <= trig.tokens[1]:
        return False
    for _ in range(6):
        if tokens[j].head == j:
            return False
        if tokens[j].head == k:
            return tokens[j].dep == "obj"
        j = tokens[j].head
    return False


def _holder(mentions: Sequence[Mention], candidates: Sequence[int], tok: Token) -> int | None:
    return next((i for i in candidates if mentions[i].start <= tok.start < mentions[i].end), None)


#: Verbs whose object is accused of the act they complete: "accusent des soldats
#: *d'avoir exécuté* dix civils", "soupçonne le groupe d'avoir enlevé".
_ACCUSING = frozenset({"accuser", "soupçonner", "incriminer", "blâmer", "accuse", "blame"})
#: The same verbs by their form, and "reprocher", "suspect", for a sentence the parse
#: does not show as an accusation (since 0.23.1; English has no parse).
_ACCUSING_WORD = re.compile(
    r"\b(?:accus\w*|reproch\w*|soupçonn\w*|incrimin\w*|blâm\w*|blam\w*|suspect\w*)\b",
    re.IGNORECASE,
)
#: What joins the accused to the act: "d'avoir" exécuté, "of" killing.
_ACCUSED_OF = gated(
    re.compile(
        r"(?:\bd['’](?:avoir|être)|\bof)\s+(?:(?:\w+ment|sommairement|délibérément|"
        r"froidement|summarily|deliberately)\s+)?$",
        re.IGNORECASE,
    )
)


def accused(
    text: str,
    trig: Trigger,
    tokens: Sequence[Token],
    mentions: Sequence[Mention],
    candidates: Sequence[int],
    children: dict[int, list[Token]],
) -> list[int] | None:
    """The accused of an act told as what they are accused of: the act's actors, not
    the subject, who accuses. None when the trigger is no such act; empty when it is
    one and no candidate names the accused (then the accuser must not be taken).

    By the words first (since 0.23.1): the candidates between the accusation's verb and
    "d'avoir" / "of" right before the trigger, in text order ("L'association a accusé
    lundi des chasseurs dozos, agissant selon elle aux côtés de militaires, *d'avoir
    tué*", "accused soldiers and Russian fighters *of executing*"); then by the parse
    (since 0.13.0): the object of "accuser" whose complement governs the trigger."""
    joint = _ACCUSED_OF.search(text, max(0, trig.start - 30), trig.start)
    verb = (
        None
        if joint is None
        else max(
            _ACCUSING_WORD.finditer(text, max(0, joint.start() - 160), joint.start()),
            key=lambda m: m.start(),
            default=None,
        )
    )
    if (
        joint is not None
        and verb is not None
        and not re.search(r"[.;]", text[verb.end() : joint.start()])
    ):
        return sorted(
            (
                i
                for i in candidates
                if verb.end() <= mentions[i].start and mentions[i].end <= joint.start()
            ),
            key=lambda i: mentions[i].start,
        )
    k = governing_verb(trig, tokens)
    if k is None or tokens[k].dep not in ("xcomp", "acl", "advcl"):
        return None
    head = tokens[k].head
    if tokens[head].lemma.lower() not in _ACCUSING:
        return None
    for c in children.get(head, []):
        if c.dep == "obj" and c.lemma.lower() not in DAY_NAMES:
            # Not a day the parse took for the object: "a accusé jeudi des chasseurs".
            found = _holder(mentions, candidates, c)
            return None if found is None else [found]
    return None


def subject(
    trig: Trigger,
    tokens: Sequence[Token],
    mentions: Sequence[Mention],
    candidates: Sequence[int],
    children: dict[int, list[Token]] | None = None,
    undergone: bool = False,
    foreign: frozenset[int] = frozenset(),
    acting_on: frozenset[int] = frozenset(),
) -> int | None:
    """The candidate holding the subject (or agent) of the verb governing the trigger.

    With ``undergone``, the subject of a verb of undergoing ("tomber dans une
    embuscade") instead: the victim. An infinitive ("annonce avoir neutralisé") takes
    the subject of the verb it completes. A noun trigger in an oblique of the verb of
    an event of another type (``foreign``: its tokens) has none from it: "interpellés
    par la gendarmerie à l'issue d'un *rassemblement*"; nor one that is the object of
    the verb of a coercive act of another type (``acting_on``: its tokens): "La police a
    dispersé une *manifestation*".
    """
    k = governing_verb(trig, tokens)
    if k is None:
        return None
    if k in foreign and _oblique_of(trig, tokens, k):
        return None
    if k in acting_on and (object_of(trig, tokens, k) or _passive_subject_of(trig, tokens, k)):
        return None
    if undergone != (tokens[k].lemma.lower() in UNDERGO):
        return None
    if not undergone and tokens[k].lemma.lower() in _DIED:
        return None  # "Sept soldats ont péri dans les combats": the dead, not the fighters
    if not undergone and tokens[k].lemma.lower() in _ATTRIBUTING:
        return None  # "Le gouvernement attribue l'attaque à ...": who attributes it
    if not undergone and reports_state(tokens, k):
        # "l'armée malienne, qui fait état de dix soldats tués": who reports the toll,
        # not who killed (since 0.40.0).
        return None
    if _inside_subject(trig, tokens, k):
        return None
    if children is None:
        children = children_of(tokens)
    k = _clause_of_participle(tokens, k)
    for _ in range(3):
        passive = _passive(tokens, k)
        # The subject of a passive verb ("douze soldats ont été tués") is its victim.
        groups = [] if undergone else [_agent(tokens, k, children)]
        if undergone or not passive:
            # "est tombée dans une embuscade" is often parsed as a passive.
            deps = (
                ("nsubj", "nsubj:pass")
                if undergone or tokens[k].lemma.lower() in _UNACCUSATIVE
                else ("nsubj",)
            )
            groups.append([t for t in children.get(k, []) if t.dep in deps])
        for subjects in groups:
            for t in subjects:
                if any(c.lemma.lower() == "selon" for c in children.get(t.index, [])):
                    # "Selon des habitants joints par téléphone, les assaillants ... ont
                    # ouvert le feu": the parse may make the source the subject; who
                    # tells it did not do it (since 0.60.0).
                    continue
                found = _holder(mentions, candidates, _antecedent(tokens, k, t))
                if found is not None:
                    return found
        # "a salué la décision et s'est engagé à ...": a conjoined verb without a
        # subject of its own shares that of the first.
        own = children.get(k, [])
        shares = not any(t.dep.startswith("nsubj") for t in own) and (
            tokens[k].dep == "conj"
            # "ont encerclé le village avant d'incendier les greniers" (since 0.16.0):
            # the infinitive of an adverbial clause is done by the subject of its verb
            # (when it is the trigger: not "pour faire part de l'interpellation").
            or (
                tokens[k].dep == "advcl"
                # "avant d'être dispersés par la police": a passive infinitive's subject
                # underwent it (since 0.17.0).
                and not passive
                and trig.tokens[0] <= k <= trig.tokens[1]
                and any(t.dep == "mark" and t.text.lower() in _INFINITIVE_MARKS for t in own)
            )
            # "ont attaqué le village, tuant quatre civils et emportant du bétail"
            # (since 0.20.0): a present participle is done by its verb's subject.
            or (tokens[k].dep == "advcl" and _gerund(tokens[k]))
        )
        if undergone or (tokens[k].dep != "xcomp" and not shares) or tokens[k].head == k:
            break
        shared = _shared_auxiliary(tokens, k, own)
        k = shared if shared != k else _past_relative_clause(tokens, k, own)
    return None


#: The endings of a past participle agreeing with a feminine or plural noun.
_AGREED = ("ées", "és", "ée")


def _shared_auxiliary(tokens: Sequence[Token], k: int, own: Sequence[Token]) -> int:
    """For a past participle coordinated without an auxiliary of its own that the parse
    hangs on a noun ("La police a dispersé les manifestants près de la place et
    *interpellé* dix personnes": conjoined to "place"), the compound verb whose auxiliary
    it shares, for that verb's subject did both (since 0.64.0); else ``k``. Not a verb in
    the passive ("ont été incendiées et du bétail emporté": the passive's subject
    underwent it)."""
    tok = tokens[k]
    head = tokens[tok.head]
    # A participle qualifying a noun ("aux familles *éprouvées* et remis des vivres") is
    # no clause of its own either: the verb is above its noun.
    adjectival = head.pos == "VERB" and head.dep in ("acl", "amod") and head.head != head.index
    if adjectival and tok.text.lower().endswith(_AGREED):
        # "la libération des otages enlevés et *séquestrés*": a participle that agrees
        # with the noun as the first does qualifies it too (a participle after "avoir"
        # does not agree with the object that follows it).
        return k
    if (
        tok.dep != "conj"
        or tok.tense != "Past"
        or (head.pos in ("VERB", "AUX") and not adjectival)
        or any(t.pos == "AUX" for t in own)
        or not any(t.dep == "cc" for t in own)
    ):
        return k
    verb = _verb_above(tokens, head.head if adjectival else head.index, k)
    if verb == k or verb > k or _passive(tokens, verb):
        return k
    if not any(t.head == verb and t.dep == "aux:tense" for t in tokens[max(0, verb - 4) : verb]):
        return k
    return verb


#: The marks of an infinitive that tells the next act of the main clause's subject.
_THEN_MARKS = frozenset(["avant", "après"])


def _past_relative_clause(tokens: Sequence[Token], k: int, own: Sequence[Token]) -> int:
    """The verb whose subject the infinitive ``k`` shares: its head, or, when the parse
    hangs an infinitive of "avant de" on a relative clause qualifying the verb's object,
    the main verb (since 0.60.0): "les assaillants ont tiré sur les orpailleurs qui
    travaillaient dans les puits *avant de s'emparer* de motos" (the assailants seized
    them, not the miners)."""
    head = tokens[k].head
    if tokens[head].dep != "acl:relcl" or not any(
        t.dep == "mark" and t.text.lower() in _THEN_MARKS for t in own
    ):
        return head
    noun = tokens[tokens[head].head]
    if noun.dep.startswith("nsubj") or noun.head == noun.index:
        return head
    return _verb_above(tokens, noun.head, head)


def _clause_of_participle(tokens: Sequence[Token], k: int) -> int:
    """The verb whose subject a present participle set off by a comma shares, when the
    parse hangs it on that verb's object ("a ordonné la suspension de RFI, *les accusant*
    de propagande": the one who ordered accuses; since 0.47.0); else ``k``. Not a
    participle said of a subject ("des hommes armés, circulant à moto, ont ...")."""
    tok = tokens[k]
    if tok.dep != "acl" or not _gerund(tok) or tok.head == k:
        return k
    before = k - 1
    if before >= 0 and tokens[before].pos == "PRON" and tokens[before].dep in ("obj", "iobj"):
        before -= 1  # the clitic object: "les accusant"
    noun = tokens[tok.head]
    if before < 0 or tokens[before].text != "," or noun.dep.startswith("nsubj"):
        return k
    return _verb_above(tokens, noun.head, k)


def _verb_above(tokens: Sequence[Token], start: int, default: int) -> int:
    """The first verb (or auxiliary) at ``start`` or up to three heads above it, the
    verb a noun hangs on; ``default`` when there is none before the root."""
    verb = start
    for _ in range(3):
        if tokens[verb].pos in ("VERB", "AUX"):
            return verb
        if tokens[verb].head == verb:
            break
        verb = tokens[verb].head
    return default


def _gerund(tok: Token) -> bool:
    """A present participle ("tuant", "emportant"): a verb form ending in -ant (the parse
    may give it no tense: "les accusant", since 0.47.0)."""
    return tok.pos == "VERB" and tok.tense in ("Pres", "") and tok.text.lower().endswith("ant")


#: Relative pronouns that stand for the noun their clause qualifies.
_RELATIVE = frozenset(["qui", "lequel", "laquelle", "lesquels", "lesquelles"])


def _antecedent(tokens: Sequence[Token], k: int, subj: Token) -> Token:
    """The subject itself, or, for the relative pronoun subject of a relative clause
    ("par des assaillants *qui* ont emporté des vivres", since 0.20.0), the noun the
    clause qualifies."""
    if subj.pos == "PRON" and subj.text.lower() in _RELATIVE and tokens[k].dep == "acl:relcl":
        return tokens[tokens[k].head]
    return subj


def undergoer(
    trig: Trigger, tokens: Sequence[Token], children: dict[int, list[Token]]
) -> tuple[int, int] | None:
    """The character span of the subject of the trigger's verb of undergoing ("*Un convoi
    escorté par les FAMa* est tombé dans une embuscade") or of dying ("*Sept soldats* ont
    péri dans les combats"): the victim's side, whatever names it holds; None when the
    verb is no such verb or has no subject. Since 0.64.0 also the subject of the act's
    own passive verb ("*Un convoi escorté par l'armée* a été attaqué", "*Un convoi de
    l'armée et de ses partenaires* a été pris en embuscade"): whoever escorts or owns
    what was attacked is on the victim's side, not the attacker."""
    k = governing_verb(trig, tokens)
    if k is None:
        return None
    if tokens[k].lemma.lower() not in UNDERGO | _DIED and not (
        # Not a deployment or a withdrawal: "des militaires ont été déployés" moved.
        trig.label in _INFLICTED and _passive(tokens, k) and _act_of_verb(trig, tokens, k)
    ):
        return None
    for t in children.get(k, []):
        if t.dep in ("nsubj", "nsubj:pass"):
            lo = hi = t.index
            stack = [t.index]
            while stack:  # the subject's whole phrase (a tree: no cycle)
                j = stack.pop()
                lo, hi = min(lo, j), max(hi, j)
                stack.extend(c.index for c in children.get(j, []))
            return tokens[lo].start, tokens[hi].end
    return None


#: The acts whose passive subject underwent them (its phrase is the victim's side).
_INFLICTED = frozenset({"ASSAULT", "COERCE"})


def _act_of_verb(trig: Trigger, tokens: Sequence[Token], k: int) -> bool:
    """Whether the trigger is verb ``k`` itself or the noun of its light-verb phrase
    right after it ("pris *en embuscade*", "pris *pour cible*"), not an act in one of
    its complements ("arrêtés après *l'attaque*": the arrested are no victims of it)."""
    first = trig.tokens[0]
    if first <= k <= trig.tokens[1]:
        return True
    return tokens[first].head == k and tokens[first].dep.startswith("obl") and 0 < first - k <= 2


def passive_subject(
    trig: Trigger,
    tokens: Sequence[Token],
    mentions: Sequence[Mention],
    candidates: Sequence[int],
    children: dict[int, list[Token]],
) -> int | None:
    """The candidate holding the subject of the trigger's passive verb ("*Le maire* a été
    enlevé"): who underwent the event, its recipient, never its actor."""
    k = governing_verb(trig, tokens)
    if k is None or not _passive(tokens, k):
        return None
    own = range(trig.tokens[0], trig.tokens[1] + 1)
    for t in children.get(k, []):
        if t.dep == "nsubj:pass" and t.index not in own:
            return _holder(mentions, candidates, t)
    return None


def attributed(
    text: str,
    trig: Trigger,
    tokens: Sequence[Token],
    mentions: Sequence[Mention],
    candidates: Sequence[int],
    sentence: tuple[int, int],
    speaker: Sequence[int] = (),
) -> int | None:
    """Who a claim or an attribution names as the author: "une attaque attribuée à
    l'EIGS", "l'embuscade, revendiquée par le JNIM", "Le communiqué attribue l'embuscade
    à l'EIGS", "blamed on ISWAP", "JNIM claimed the attack" (who claims an act is its
    source too: ``speaker``)."""
    k = governing_verb(trig, tokens)
    object_of = k is not None and k != trig.tokens[0] and tokens[k].lemma.lower() in _ATTRIBUTING
    after = sorted(
        (i for i in candidates if trig.end <= mentions[i].start and mentions[i].end <= sentence[1]),
        key=lambda i: mentions[i].start,
    )
    # "Officials blamed the attack on JNIM fighters" (since 0.63.0): English has no parse
    # to make the act the object of the verb of blaming; the words before it tell it.
    object_of = object_of or blamed_for(text, trig)
    for i in after[:2]:
        between = text[trig.end : mentions[i].start]
        if _ATTRIBUTED.match(between) or (object_of and (_TO.match(between) or _ON.match(between))):
            return i
    before = [
        i
        for i in (*candidates, *speaker)
        if sentence[0] <= mentions[i].start and mentions[i].end <= trig.start
    ]
    if before:
        last = max(before, key=lambda i: mentions[i].end)
        if _CLAIMED_BY_BEFORE.match(text[mentions[last].end : trig.start]):
            return last
    return None


#: The day a claim was made, told between the claim and what it claims.
_CLAIM_DAY = (
    r"(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+|"
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)"
)
#: Between who claims an act and the act (since 0.28.0; English has no parse to read it
#: from): "JNIM claimed the attack", "JNIM has claimed responsibility for the ambush",
#: "le JNIM a revendiqué l'attaque".
_CLAIMED_BY_BEFORE = re.compile(
    # Since 0.58.0 also after the group's initials in brackets, the last name told: "The
    # Group for the Support of Islam and Muslims (JNIM) claimed responsibility for".
    r"^\)?\s+(?:has\s+|had\s+|have\s+|later\s+|a\s+|ont\s+|avait\s+|avaient\s+)?"
    # Since 0.60.0 the day of the claim may come between: "claimed responsibility on
    # Thursday for an attack", "a revendiqué samedi l'attaque".
    r"(?:(?:claimed|claims|revendiqu\w*)\s+" + _CLAIM_DAY + r"?"
    r"(?:(?:the\s+)?responsibility\s+" + _CLAIM_DAY + r"?for\s+|"
    r"la\s+(?:responsabilité|paternité)\s+(?:de\s+|d['’]))?"
    # Since 0.59.0 who says it did the act: "JNIM said it carried out an ambush".
    r"|(?:said|says|announced)\s+(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+)?"
    r"(?:carried\s+out|conducted|staged|launched|mounted|led)\s+)"
    # Since 0.59.0 also an indefinite act: "claimed responsibility for an attack".
    r"(?:the\s+|this\s+|that\s+|an?\s+|two\s+|l['’]|la\s+|le\s+|les\s+|cette\s+|cet\s+|"
    r"ces\s+|une?\s+|deux\s+)?(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)


def pronoun_antecedent(
    trig: Trigger,
    tokens: Sequence[Token],
    mentions: Sequence[Mention],
    earlier: Sequence[int],
    children: dict[int, list[Token]],
    here: Sequence[int] = (),
    before_paragraph: Callable[[], Sequence[int]] | None = None,
) -> int | None:
    """When the parse makes a subject pronoun ("*Il* a tendu jeudi une embuscade") the
    subject of the trigger's verb: the last subject of ``here`` (people and
    organisations named before the trigger in its sentence), else the last of
    ``earlier`` (named before the sentence in its paragraph); for a chain of pronouns
    that opens the paragraph, the last subject ``before_paragraph`` gives (named in the
    paragraphs before)."""
    k = governing_verb(trig, tokens)
    if k is None or _passive(tokens, k) or _inside_subject(trig, tokens, k):
        return None
    if tokens[k].lemma.lower() in UNDERGO | _DIED:
        return None  # "lorsqu'ils ont essuyé des tirs": who underwent it
    dependents = children.get(k, [])
    for _ in range(3):
        if any(t.dep.startswith("nsubj") for t in dependents) or not (
            tokens[k].dep == "conj"
            # Since 0.60.0 also an infinitive clause, which shares its verb's subject as
            # :func:`subject` reads it: "Ils ont rassemblé les élèves et abattu deux
            # enseignants *avant de mettre le feu*" (two hops: the infinitive, then the
            # conjoined verb).
            or (
                tokens[k].dep == "advcl"
                and any(t.dep == "mark" and t.text.lower() in _INFINITIVE_MARKS for t in dependents)
            )
        ):
            break
        # "Il a promis des renforts et a appelé au calme" (since 0.27.0): a conjoined verb
        # without a subject of its own shares the first verb's (the parse may attach it
        # to that verb's object: "le déploiement ... et a appelé").
        first = tokens[k].head
        for _ in range(3):
            if tokens[first].pos in ("VERB", "AUX") or tokens[first].head == first:
                break
            first = tokens[first].head
        if first == k:
            break
        k = first
        dependents = children.get(k, [])
    pronoun = next(
        (
            t
            for t in dependents
            if t.dep == "nsubj" and t.pos == "PRON" and t.text.lower() in _PRONOUNS
        ),
        None,
    )
    if pronoun is None:
        latter = _the_latter(dependents, children)
        if latter is None:
            return None
        # "Le préfet a reçu les représentants des éleveurs. Ces derniers ont réclamé"
        # (since 0.16.0): "the latter" is the last named, whatever its role.
        named = [i for i in [*earlier, *here] if mentions[i].end <= latter.start]
        last = max(named, key=lambda i: mentions[i].end, default=None)
        if last is None or any(
            t.pos == "NOUN" and t.lemma.lower() in PERSON_NOUNS
            for t in tokens[bisect_left(tokens, mentions[last].end, key=_START) : latter.index]
        ):
            return None  # people named since, that no mention holds: not the last named
        return last
    subjects_here = [
        i
        for i in here
        if mentions[i].end <= pronoun.start and _subject_mention(tokens, mentions[i])
    ]
    if subjects_here:
        return max(subjects_here, key=lambda i: mentions[i].end)
    last = max(earlier, key=lambda i: mentions[i].end, default=None)
    if last is None or _subject_mention(tokens, mentions[last]):
        return last
    # "Les assaillants ont rassemblé les hommes ... Ils ont ensuite incendié des
    # greniers" (since 0.16.0): a subject pronoun continues the subject of the clause
    # before, not its object; the subject named last in the sentence of the last
    # mention, when there is one.
    sentence_start = _sentence_start(tokens, mentions[last].start)
    subjects = [
        i
        for i in earlier
        if sentence_start <= mentions[i].start
        and mentions[i].end <= mentions[last].start
        and _subject_mention(tokens, mentions[i])
    ]
    if subjects:
        return max(subjects, key=lambda i: mentions[i].end)
    # "Des hommes armés ont fait irruption ... Ils ont rassemblé les habitants ... Ils ont
    # brûlé" (since 0.59.0): when that clause's subject is itself a pronoun, the chain
    # goes back to the subject named before it.
    first = bisect_left(tokens, sentence_start, key=_START)
    chained = any(
        t.dep == "nsubj" and t.pos == "PRON" and t.text.lower() in _PRONOUNS
        for t in tokens[first : bisect_left(tokens, mentions[last].start, key=_START)]
    )
    prior = [
        i
        for i in earlier
        if mentions[i].end <= sentence_start and _subject_mention(tokens, mentions[i])
    ]
    if chained and not prior and before_paragraph is not None:
        # "Des individus armés ont attaqué un site. \n Ils ont d'abord tiré pour disperser
        # les orpailleurs. Ils ont ensuite emporté ..." (since 0.65.0): the chain opens the
        # paragraph, its subject was named in the one before; the object named since
        # (the victims) is not it.
        prior = [i for i in before_paragraph() if _subject_mention(tokens, mentions[i])]
    return max(prior, key=lambda i: mentions[i].end) if chained and prior else last


def _the_latter(dependents: Sequence[Token], children: dict[int, list[Token]]) -> Token | None:
    """The verb's subject when it is "ce dernier", "ces dernières" (the latter)."""
    for t in dependents:
        if (
            t.dep == "nsubj"
            and t.text.lower() in _LATTER
            and any(
                d.dep == "det" and d.text.lower() in ("ce", "cet", "cette", "ces")
                for d in children.get(t.index, [])
            )
        ):
            return t
    return None


def _subject_mention(tokens: Sequence[Token], mention: Mention) -> bool:
    """Whether the head of the mention is the subject of an active verb."""
    for t in tokens[bisect_left(tokens, mention.start, key=_START) :]:
        if t.start >= mention.end:
            return False
        if t.dep == "nsubj" and not mention.start <= tokens[t.head].start < mention.end:
            return True
    return False


def undergoer_of_another_passive(trig: Trigger, tokens: Sequence[Token], mention: Mention) -> bool:
    """Whether the trigger's verb is a passive and the head of the mention the subject
    of another passive verb (since 0.60.0): "*Les hommes trouvés* ... auraient été
    regroupés puis exécutés, et une quinzaine de cases auraient été incendiées" — who
    underwent one act did not do the next, which names its own victim."""
    k = governing_verb(trig, tokens)
    if k is None or not _passive(tokens, k):
        return False
    for t in tokens[bisect_left(tokens, mention.start, key=_START) :]:
        if t.start >= mention.end:
            return False
        if t.dep == "nsubj:pass" and not mention.start <= tokens[t.head].start < mention.end:
            return t.head != k
    return False


def _sentence_start(tokens: Sequence[Token], offset: int) -> int:
    """The start offset of the sentence holding ``offset``: after the last full stop,
    question or exclamation mark before it, or the text's start."""
    k = bisect_left(tokens, offset, key=_START) - 1
    while k >= 0 and tokens[k].text not in (".", "!", "?") and "\n" not in tokens[k].text:
        k -= 1
    return tokens[k].end if k >= 0 else 0


#: An English participle other than the act's own right before "by" (since 0.65.0):
#: "hostages held by", "farmers kidnapped last week by". Not a verb that names who did
#: the act itself ("an attack carried out by", "a raid claimed by", "led by").
_OTHER_PARTICIPLE_BY = re.compile(
    r"\b(?!(?:carried|claimed|perpetrated|staged|conducted|launched|mounted|led|committed|"
    r"organi[sz]ed|blamed|attributed|backed|supported|accompanied|escorted|followed|"
    r"preceded)\b)(?:[a-z]+ed|held|taken|kept|hidden)\s+(?:[\w'’-]+\s+){0,3}?by\s+"
    r"(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)


def later_agent(
    text: str,
    trig: Trigger,
    tokens: Sequence[Token],
    mentions: Sequence[Mention],
    candidates: Sequence[int],
    triggers: Sequence[Trigger],
) -> int | None:
    """A "par" / "by" agent later in the trigger's clause, for a passive verb, a noun, or
    a text without a parse: "a été enlevé lundi sur l'axe de Koro par des hommes armés",
    "threatened last month by a local armed group"."""
    k = governing_verb(trig, tokens)
    if (
        k is not None
        and tokens[trig.tokens[0]].pos == "VERB"
        and not _passive(tokens, k)
        and not _bare_participle(tokens, k)
    ):
        return None  # an active verb: its "par" phrase is a means or a way, not an agent
    for i in sorted(candidates, key=lambda i: mentions[i].start):
        m = mentions[i]
        if m.start < trig.end or m.start - trig.end > 90:
            continue
        between = text[trig.end : m.start]
        if _BOUNDARY.search(between) or any(trig.end <= t.start < m.start for t in triggers):
            break
        if _BY.search(between):
            if _OTHER_PARTICIPLE_BY.search(between) and not (tokens and tokens[0].dep):
                # "freed seven hostages held by Boko Haram" (since 0.65.0, English): the
                # agent of another participle, which qualifies the act's object.
                return None
            return i
    return None


def others_actors(
    text: str,
    trig: Trigger,
    triggers: Sequence[Trigger],
    tokens: Sequence[Token],
    mentions: Sequence[Mention],
    candidates: Sequence[int],
    children: dict[int, list[Token]],
) -> set[int]:
    """The candidates the parse makes the subject or agent of another trigger's verb:
    that event's actor, not this one's."""
    mine = governing_verb(trig, tokens)
    out: set[int] = set()
    if not candidates or mine is None:
        return out
    # Only a dependent of another verb that falls inside a candidate, or a candidate
    # starting within 90 characters after another trigger (later_agent's reach), can
    # be found: the other triggers are checked against these bounds first (every
    # trigger of the document is compared with every other).
    lo = min(mentions[i].start for i in candidates)
    hi = max(mentions[i].end for i in candidates)
    starts = sorted(mentions[i].start for i in candidates)
    for t in triggers:
        if t is trig or t.label == trig.label:
            continue
        k = governing_verb(t, tokens)
        if k is None:
            continue
        if k == mine and not t.tokens[0] <= k <= t.tokens[1]:
            continue  # both hang from one verb that is neither: its subject is shared
        if (tokens[mine].dep == "conj" and tokens[mine].head == k) or (
            tokens[k].dep == "conj" and tokens[k].head == mine
        ):
            continue  # conjoined verbs share their subject
        # A dependent starting in [lo, hi): the dependents are in token order, so the
        # first one starting at lo or after tells (a bisection, not a scan).
        deps = children.get(k, [])
        first = bisect_left(deps, lo, key=_START)
        if first < len(deps) and deps[first].start < hi:
            agents = _agent(tokens, k, children)
            for tok in [*agents, *(c for c in children.get(k, []) if c.dep == "nsubj")]:
                found = _holder(mentions, candidates, tok)
                if found is not None:
                    out.add(found)
        reach = bisect_left(starts, t.end)
        if reach < len(starts) and starts[reach] - t.end <= 90:
            found = later_agent(text, t, tokens, mentions, candidates, triggers)
            if found is not None:
                out.add(found)
    return out


def _with_actor_ids(
    mentions: Sequence[Mention],
    arguments: Sequence[Argument],
    actor_id: Callable[[Mention], str | None],
) -> list[Mention]:
    """The mentions, each actor or recipient without an actor id given the one
    ``actor_id`` finds for it (None: left as it is)."""
    acting = {a.mention for a in arguments if a.role in (Role.ACTOR, Role.RECIPIENT)}
    out = list(mentions)
    for i in acting:
        m = mentions[i]
        if Normalised.ACTOR in m.textareas:
            continue
        found = actor_id(m)
        if found is not None:
            out[i] = replace(m, textareas={**m.textareas, Normalised.ACTOR: found})
    return out


def as_states(mentions: Sequence[Mention], arguments: Sequence[Argument]) -> list[Mention]:
    """The mentions, a country that fills an actor or recipient role given its state's
    actor id ("les *États-Unis* sont disposés à offrir leur aide" → state-us): the
    codebook asks for one on every actor and recipient, and a country acting is its
    state."""

    def state(m: Mention) -> str | None:
        country = "country" in m.choices.get(EntityAttribute.PLACE_PRECISION, [])
        return f"state-{m.country.lower()}" if m.label == "GPE" and country and m.country else None

    return _with_actor_ids(mentions, arguments, state)


#: Between the start of a nominal and the registered name it is "of" (since 0.58.0): "Une
#: patrouille des | FAMa", "des éléments présumés de | Boko Haram", "fighters of | ISWAP";
#: or a kind of body set before the name ("La milice | Dan Na Ambassagou", "le groupe
#: jihadiste | JNIM"). No "et", "and" or comma: "les villageois et les combattants du JNIM"
#: are two sides.
_OF_NAME = re.compile(
    r"^(?:(?!(?:et|and|ou|or)\b)[\w'’-]+\s+){0,5}?"
    r"(?:(?:de\s+la|de\s+l['’]|des|du|de|d['’]|of\s+the|of|from)\s*"
    r"|(?:milice|groupe|mouvement|katiba|organisation|coalition|militia|group)"
    r"(?:\s+(?:jihadiste|djihadiste|armé|rebelle|terroriste|jihadist|armed|rebel))?\s+)$",
    re.IGNORECASE,
)
#: Head words of a nominal that is not the named body's own people: its victims, its
#: captives, its foes, its partners ("les otages du JNIM", "les partenaires de la CEDEAO").
_NOT_ITS_OWN = re.compile(
    r"\b(?:otages?|victimes?|prisonniers?|détenus?|captifs?|ennemis?|adversaires?|cibles?|"
    r"partenaires?|alliés?|voisins?|familles?|proches|opposants?|détracteurs?|critiques|"
    r"hostages?|victims?|prisoners?|captives?|enem(?:y|ies)|partners?|allies|famil(?:y|ies)|"
    r"critics?|opponents?)\b",
    re.IGNORECASE,
)


def as_members(
    text: str, mentions: Sequence[Mention], arguments: Sequence[Argument]
) -> list[Mention]:
    """The mentions, a nominal actor or recipient that names people or a unit of a
    registered body given the body's id (since 0.58.0): "Une patrouille des FAMa" → fama,
    "des éléments présumés de Boko Haram" → boko-haram, "La milice Dan Na Ambassagou" →
    dan-na-ambassagou. The codebook: "A nominal that names members of a registered group
    takes the group's id". Not the body's victims, captives, foes or partners ("les
    otages du JNIM"), and not when the body is one of two sides joined by "et"."""

    def body(m: Mention) -> str | None:
        if m.label not in ("PER", "ORG"):
            return None
        named = sorted(
            (
                n
                for n in mentions
                if n.label == "ORG"
                and n.textareas.get(Normalised.ACTOR)
                and m.start < n.start
                and n.end <= m.end
            ),
            key=attrgetter("start"),
        )
        if not named:
            return None
        before = text[m.start : named[0].start]
        if _OF_NAME.match(before) and not _NOT_ITS_OWN.search(before):
            return named[0].textareas[Normalised.ACTOR]
        return None

    return _with_actor_ids(mentions, arguments, body)


def capitals_as_states(mentions: Sequence[Mention], arguments: Sequence[Argument]) -> list[Mention]:
    """The mentions, a capital that fills an actor or recipient role given its state's
    actor id (since 0.58.0): "Alger a démenti" → state-dz, "Bamako a rappelé son
    ambassadeur" → state-ml. The codebook makes a GPE an actor only when it stands for its
    government, and a capital acting does ("Niamey dénonce")."""

    def state(m: Mention) -> str | None:
        place_id = m.textareas.get(Normalised.PLACE)
        if m.label != "GPE" or not place_id:
            return None
        place = gazetteer.lookup(place_id)
        if seat_of_government(place) and place is not None and place.country_code:
            return f"state-{place.country_code.lower()}"
        return None

    return _with_actor_ids(mentions, arguments, state)


#: An official of a territorial unit (since 0.58.0): "Le gouverneur de la région de
#: Tillabéri", "le haut-commissaire de la province", "le préfet du département", "the
#: governor of Mopti". What follows the office says where.
_TERRITORIAL_OFFICIAL = re.compile(
    r"(?:(?:le|la|les|l['’]|un|une|the|a)\s+)?(?:(?:nouveau|nouvelle|new|regional|local)\s+)?"
    r"(?:gouverneur|gouverneure|préfet|préfète|sous-préfet|haut-commissaire|maire|"
    r"governor|prefect|mayor|high\s+commissioner)s?\b(?P<rest>.*)",
    re.IGNORECASE | re.DOTALL,
)


def territorial_officials(
    text: str,
    mentions: Sequence[Mention],
    arguments: Sequence[Argument],
    home: str | None,
    governments: frozenset[str],
) -> list[Mention]:
    """The mentions, an official of a territorial unit that fills an actor or recipient
    role given his state's government id (since 0.58.0): a governor, a prefect, a
    high commissioner or a mayor acts for the state that appoints him ("Le gouverneur de
    la région de Tillabéri a instauré un couvre-feu" → gov-ne). The state is the one of
    the place named in the phrase, else the article's country when the phrase names no
    other place ("le gouverneur de la région"); its government's registry id (gov-ml)
    when the registry has one, else the state's (state-td). ``governments`` holds the
    registry's gov-xx ids."""

    def government(m: Mention) -> str | None:
        if m.label not in ("PER", "ORG"):
            return None
        official = _TERRITORIAL_OFFICIAL.fullmatch(m.text)
        if official is None:
            return None
        places = [
            gazetteer.lookup(n.textareas[Normalised.PLACE])
            for n in mentions
            if n.label in ("GPE", "LOC")
            and m.start <= n.start
            and n.end <= m.end
            and n.textareas.get(Normalised.PLACE)
        ]
        codes = {p.country_code for p in places if p is not None and p.country_code}
        if len(codes) > 1:
            return None
        if codes:
            code = codes.pop()
        elif home and not re.search(r"\b[A-ZÀ-Þ]", official.group("rest")):
            code = home  # "le gouverneur de la région": the article's country
        else:
            return None  # a place the gazetteer does not know: its country is unknown
        gov = f"gov-{code.lower()}"
        return gov if gov in governments else f"state-{code.lower()}"

    return _with_actor_ids(mentions, arguments, government)


#: Nationality adjectives and their country (since 0.59.0), folded (no accents, lower
#: case): "l'armée tchadienne", "Chadian troops", "le ministre malien", "des soldats
#: ivoiriens". "nigerian" (Nigeria) and "nigerien" (Niger) stay apart after folding.
_NATIONALITIES = {
    "ML": ("malien", "malienne", "maliens", "maliennes", "malian"),
    "BF": ("burkinabe", "burkinabee", "burkinabes", "burkinabees", "burkinais"),
    "NE": ("nigerien", "nigerienne", "nigeriens", "nigeriennes"),
    "TD": ("tchadien", "tchadienne", "tchadiens", "tchadiennes", "chadian"),
    "NG": ("nigerian", "nigeriane", "nigerians", "nigerianes"),
    "CI": ("ivoirien", "ivoirienne", "ivoiriens", "ivoiriennes", "ivorian"),
    "SN": ("senegalais", "senegalaise", "senegalaises", "senegalese"),
    "BJ": ("beninois", "beninoise", "beninoises", "beninese"),
    "TG": ("togolais", "togolaise", "togolaises", "togolese"),
    "MR": ("mauritanien", "mauritanienne", "mauritaniens", "mauritaniennes", "mauritanian"),
    "DZ": ("algerien", "algerienne", "algeriens", "algeriennes", "algerian"),
    "GH": ("ghaneen", "ghaneenne", "ghaneens", "ghanaian"),
    "SD": ("soudanais", "soudanaise", "sudanese"),
    "LY": ("libyen", "libyenne", "libyens", "libyan"),
    "MA": ("marocain", "marocaine", "marocains", "moroccan"),
    "CM": ("camerounais", "camerounaise", "cameroonian"),
    "FR": ("francais", "francaise", "francaises", "french"),
    "US": ("americain", "americaine", "americains", "americaines", "american"),
}  # fmt: skip
_NATIONALITY = {word: code for code, words in _NATIONALITIES.items() for word in words}
_WORD = re.compile(r"[\w'’-]+")
#: A state's armed forces named by their kind (since 0.59.0): "l'armée", "les militaires",
#: "des soldats", "la gendarmerie", "la garde nationale", "les forces de défense et de
#: sécurité", "l'état-major général des armées", "des renforts", "une patrouille", "the
#: army", "troops", "security forces". Up to two words before the kind ("Des unités
#: terrestres" after it), and what follows stays within the force ("de l'air", "de
#: terre", "engagées").
_FORCE = re.compile(
    r"(?:(?:l['’]|les?\s+|la\s+|des\s+|une?\s+|du\s+|the\s+|an?\s+)?"
    r"(?:[\w-]+\s+){0,2}?)"
    r"(?:armée|armées|militaires?|soldats?|gendarmerie|gendarmes?|garde\s+nationale|"
    r"forces\s+de\s+défense\s+et\s+de\s+sécurité|forces\s+armées|forces\s+de\s+sécurité|"
    r"forces\s+de\s+défense|"
    # Since 0.61.0 forces told by their nationality or alone ("les forces nigériennes",
    # "Malian forces"): the state's (not "les forces vives", the nation's civil society).
    r"forces(?!\s+vives)|FDS|état-major(?:\s+général)?(?:\s+des\s+armées)?|"
    r"chef\s+d['’]état-major(?:\s+général)?(?:\s+des\s+armées)?|"
    r"renforts?(?:\s+militaires)?|troupes?|unités?|patrouilles?|détachements?|escorte|"
    r"aviation|armée\s+de\s+l['’]air|"
    r"army|military|soldiers?|troops?|security\s+forces|armed\s+forces|air\s+force|"
    r"gendarmes?|army\s+patrol)\b.*",
    re.IGNORECASE | re.DOTALL,
)
#: Words that make a force another's than a state's: peacekeepers, a joint or regional
#: force, a militia, an armed group's own "unités", people of a rank only ("officiers").
_NOT_A_STATE_FORCE = re.compile(
    r"\b(?:paix|onusien\w*|casques|conjointe?s?|mixtes?|multinationale?s?|régionale?s?|"
    r"peacekeep\w*|joint|terroristes?|jihadistes?|djihadistes?|rebelles?|ennemi\w*|"
    r"armés?|armed\s+(?:men|groups?)|russes?|russian|étrangères?|foreign|"
    r"anciens?|ex-|retraités?|former|mutin\w*|putschistes?|privées?|bandes?|groupes?|"
    r"individus|hommes|gangs?|milices?|gunmen|group|sources?|experts?|analystes?|"
    r"observateurs?|analysts?|observers?)\b",
    re.IGNORECASE,
)
#: A government and its organs named by their kind (since 0.59.0): "le gouvernement (de
#: transition)", "les autorités (de la transition)", "l'État", "le ministre de la
#: Sécurité", "le ministère de la Communication", "le Premier ministre", "le porte-parole
#: du gouvernement", "la présidence", "the government", "the authorities", "the junta".
_GOVERNMENT = re.compile(
    r"(?:(?:l['’]|les?\s+|la\s+|des\s+|une?\s+|du\s+|the\s+|an?\s+|[\w-]+['’]s\s+)?"
    # Since 0.63.0 an English nationality first: "the Malian transitional authorities".
    r"(?:(?:" + "|".join(EN_STATE_NATIONALITIES) + r")\s+)?"
    r"(?:nouveau\s+|nouvelle\s+|actuel\s+|new\s+|military\s+|transitional\s+)?)"
    r"(?:gouvernement|autorités|État|ministres?|ministère|premier\s+ministre|"
    r"porte-parole\s+du\s+gouvernement|présidence|conseil\s+des\s+ministres|junte|"
    r"chef\s+de\s+l['’]État|président\s+de\s+la\s+transition|"
    r"government(?:\s+spokes(?:man|woman|person))?|authorities|junta|minister|ministry|"
    r"presidency|prime\s+minister)\b.*",
    re.IGNORECASE | re.DOTALL,
)
#: What makes such a phrase another body's: customary, religious or local leaders, the
#: Islamic State ("l'État islamique"), a minister of religion, an opposition.
_NOT_THE_GOVERNMENT = gated(
    re.compile(
        r"\b(?:coutumi\w*|religieu\w*|traditionnel\w*|islamique|islamic|culte|opposition|"
        r"customary|religious|traditional|rebel\w*|parallèle)\b",
        re.IGNORECASE,
    )
)
#: People or units told by a possessive (since 0.59.0): "ses hommes", "leurs éléments",
#: "nos forces", "its troops", "their fighters": the possessor's.
_POSSESSED = re.compile(
    r"(?:ses|leurs?|nos|notre|son|sa|its|their|our)\s+(?:propres\s+|own\s+)?"
    r"(?:hommes|éléments|troupes|soldats|combattants|forces|unités|militaires|avions|"
    r"drones|vecteurs\s+aériens|rangs|troops|soldiers|fighters|forces|units|men|"
    r"aircraft|jets|drones)\b",
    re.IGNORECASE,
)


#: An armed group named again by its kind (since 0.59.0): "Le groupe jihadiste", "le
#: groupe", "the group", "le mouvement rebelle": the one named last.
_THE_GROUP = re.compile(
    r"(?:le|the)\s+(?:groupe|group|mouvement|movement)(?:\s+(?:jihadiste|djihadiste|"
    r"terroriste|armé|islamiste|rebelle|jihadist|armed|militant|rebel|islamist))?",
    re.IGNORECASE,
)


#: A state's envoys and sides told by their nationality (since 0.59.0): "la partie
#: mauritanienne", "son homologue tchadien", "une délégation béninoise", "three French
#: diplomats": the state of the adjective (its government's id when registered).
_REPRESENTATIVE = re.compile(
    r"(?:\S+\s+){0,3}?(?:partie|délégation|homologue|responsables?|ambassadeur|"
    r"diplomates?|émissaires?|envoyés?|chargé\s+d['’]affaires|chef\s+de\s+la\s+diplomatie|"
    r"side|delegation|counterpart|diplomats?|envoys?|officials?|ambassador)\b.*",
    re.IGNORECASE | re.DOTALL,
)
_AFRICA_CORPS = "africa-corps"
_CEDEAO = "cedeao"
#: ECOWAS told by what it is (since 0.59.0): "l'organisation ouest-africaine", "le bloc
#: régional", "les dirigeants ouest-africains", "West African leaders", "the regional
#: bloc".
_ECOWAS = re.compile(
    r"(?:(?:l['’]|la\s+|le\s+|les\s+|the\s+)?(?:organisation|communauté|bloc|institution)"
    r"\s+(?:sous-régionale\s+|régionale\s+)?ouest-africaine?|"
    r"(?:les\s+)?(?:dirigeants|chefs\s+d['’]État)\s+ouest-africains|"
    r"le\s+bloc\s+(?:régional|sous-régional)|"
    r"(?:the\s+)?West\s+African\s+(?:bloc|regional\s+bloc|leaders|heads\s+of\s+state)|"
    r"the\s+regional\s+bloc)",
    re.IGNORECASE,
)
#: Russia's forces told by their nationality (since 0.59.0): "leurs partenaires russes",
#: "les instructeurs russes", "Russian paramilitaries": Africa Corps, the Russian
#: defence ministry's corps that took over from Wagner in the Sahel in 2024-2025.
_RUSSIAN_FORCE = re.compile(
    r"(?:\S+\s+){0,2}?(?:(?:partenaires|alliés|instructeurs|paramilitaires|mercenaires|"
    r"éléments|conseillers|soldats|militaires|combattants|supplétifs)\s+russes|"
    r"russian\s+(?:partners|allies|instructors|paramilitaries|mercenaries|advisers|"
    r"advisors|soldiers|troops|fighters|forces))\b.*",
    re.IGNORECASE | re.DOTALL,
)


def _nationality(phrase: str) -> str | None:
    """The country a nationality adjective of ``phrase`` names, when it names one."""
    codes = {_NATIONALITY[w] for w in _WORD.findall(fold(phrase).lower()) if w in _NATIONALITY}
    return codes.pop() if len(codes) == 1 else None


def home_bodies(
    text: str,
    mentions: Sequence[Mention],
    arguments: Sequence[Argument],
    home: str | None,
    armies: dict[str, str],
    governments: frozenset[str],
    groups: frozenset[str] = frozenset(),
) -> list[Mention]:
    """The mentions, a state's force, government or organ named by its kind, or people
    told by a possessive, that fills an actor or recipient role given an actor id (since
    0.59.0). The codebook asks for an id on every actor that names an actor, and the
    army of "l'armée", "les militaires", "its troops" is identifiable: the army of the
    nationality the phrase gives ("l'armée tchadienne" → state-td), else of the army or
    government named last before it in the article, else of the dateline's country;
    likewise the government of "le gouvernement", "les autorités", "le ministre de la
    Sécurité" (gov-xx when the registry has it, else state-xx). "ses hommes", "nos
    forces", "its troops" are the people of the body named last before them with an id
    (an army for a government's or a state's). The body named last is one the article
    names ("l'armée malienne", "le gouvernement nigérien", "le gouverneur de Ménaka"),
    not one read by its kind here. "Le groupe jihadiste", "le groupe", "the group" are
    the armed group (``groups``: the registry's) named last. ``armies`` maps a country to its army's
    registry id (ML → fama)."""
    army_country = {v: k for k, v in armies.items()}
    gov_country = {g: g.removeprefix("gov-").upper() for g in governments}

    def country_of(actor: str) -> str | None:
        if actor in army_country:
            return army_country[actor]
        if actor in gov_country:
            return gov_country[actor]
        if actor.startswith("state-"):
            return actor.removeprefix("state-").upper()
        return None

    def army(code: str) -> str:
        return armies.get(code, f"state-{code.lower()}")

    def government(code: str) -> str:
        gov = f"gov-{code.lower()}"
        return gov if gov in governments else f"state-{code.lower()}"

    found: dict[int, str] = {}
    last_state: str | None = None  # the country of the army or government named last
    last_id: str | None = None  # the id named last (a possessive's owner)
    last_group: str | None = None  # the armed group named last ("le groupe jihadiste")
    for m in sorted(range(len(mentions)), key=lambda j: mentions[j].start):
        mention = mentions[m]
        own = mention.textareas.get(Normalised.ACTOR)
        if own is None and mention.label == "ORG" and _THE_GROUP.fullmatch(mention.text):
            own = last_group
            if own is not None:
                found[m] = own
        elif own is None and mention.label in ("PER", "ORG"):
            own = _kind_id(
                mention, mentions, last_id, last_state, home, country_of, army, government
            )
            if own is not None:
                found[m] = own
        if own is not None:
            last_id = own
            if own in groups:
                last_group = own
            if m not in found and mention.label in ("PER", "ORG"):
                # Only a body the article names (not one read here: a visiting "ministre
                # tchadien" does not make "le chef de l'État" who receives him Chad's).
                last_state = country_of(own) or last_state
    index = {id(mentions[m]): actor for m, actor in found.items()}
    return _with_actor_ids(mentions, arguments, lambda m: index.get(id(m)))


def _kind_id(
    mention: Mention,
    mentions: Sequence[Mention],
    last_id: str | None,
    last_state: str | None,
    home: str | None,
    country_of: Callable[[str], str | None],
    army: Callable[[str], str],
    government: Callable[[str], str],
) -> str | None:
    """The id :func:`home_bodies` gives one nominal, or None."""
    phrase = mention.text
    if _POSSESSED.match(phrase):
        if last_id is None:
            return None
        owner = country_of(last_id)
        # A government's or a state's men are its army's; an army's, a group's its own.
        return (
            army(owner) if owner is not None and last_id.startswith(("gov-", "state-")) else last_id
        )
    if _RUSSIAN_FORCE.fullmatch(phrase) and not _GOVERNMENT.fullmatch(phrase):
        return _AFRICA_CORPS
    if _ECOWAS.fullmatch(phrase):
        return _CEDEAO
    force = _FORCE.fullmatch(phrase) is not None and not _NOT_A_STATE_FORCE.search(phrase)
    body = _GOVERNMENT.fullmatch(phrase) is not None and not _NOT_THE_GOVERNMENT.search(phrase)
    if not force and not body:
        foreign = _nationality(phrase) if _REPRESENTATIVE.fullmatch(phrase) else None
        return government(foreign) if foreign else None
    inside = [
        n
        for n in mentions
        if mention.start <= n.start
        and n.end <= mention.end
        and (n.start, n.end) != (mention.start, mention.end)
    ]
    # Not the same kind told shorter, without an id ("The junta" of "The junta in Niger",
    # since 0.63.0): no other body.
    inside = [
        n
        for n in inside
        if not (
            n.label == "ORG"
            and n.start == mention.start
            and not n.textareas.get(Normalised.ACTOR)
            and _GOVERNMENT.fullmatch(n.text)
        )
    ]
    if any(n.label == "ORG" or n.textareas.get(Normalised.ACTOR) for n in inside):
        return None  # a body named in it: its own id (as_members), or not a state's
    countries = {n.country for n in inside if n.label == "GPE" and n.country}
    if len(countries) > 1:
        return None
    code = countries.pop() if countries else _nationality(phrase) or last_state or home
    if code is None:
        return None
    return army(code) if force else government(code)


#: An air or drone strike by its word (since 0.59.0): "frappe(s)", "bombardement", "raid
#: aérien", "strike", "air raid" (the verb "frapper" may be a beating: its mode or its
#: aircraft tell instead).
_STRIKE_WORD = re.compile(
    r"^(?:frappes?|bombardements?|raids?\s+aériens?|(?:air|drone)\s+strikes?|strikes?|"
    r"air\s+raids?|airstrikes?|bombing|bombings)\b",
    re.IGNORECASE,
)
#: Aircraft an instrument names: the strike is an air force's.
_AIRCRAFT = re.compile(
    r"\b(?:avions?|drones?|hélicoptères?|aéronefs?|chasseurs?|vecteurs?|aviation|"
    r"aircraft|jets?|helicopters?|drones?|planes?)\b",
    re.IGNORECASE,
)
#: Right before a mention: what reports its statement ("un communiqué de", "selon",
#: "according to", "a statement from").
_REPORTED_BY = re.compile(
    r"(?:\b(?:communiqué|déclaration|bilan|message|statement)\s+(?:de\s+l['’]|de\s+la\s+|"
    r"du\s+|des\s+|de\s+|from\s+(?:the\s+)?|by\s+(?:the\s+)?)|\bselon\s+|\bd['’]après\s+|"
    r"\baccording\s+to\s+(?:the\s+)?)$",
    re.IGNORECASE,
)


#: A strike named again rather than told ("The army said *the* strike had hit a camp",
#: "*cette* frappe"): what a force says of it may only deny or describe it.
_BACK_REFERENCE = re.compile(
    r"\b(?:the|this|that|these|those|la|le|cette|ce|ces|l['’])\s*$", re.IGNORECASE
)


def strikes_told_by_their_force(
    text: str,
    heads: dict[int, Trigger],
    mentions: Sequence[Mention],
    arguments: Sequence[Argument],
    sentences: Sequence[tuple[int, int]],
    military: frozenset[str],
) -> list[Argument]:
    """The arguments, an air or drone strike without an actor that a state's forces
    report given them as its actor (since 0.59.0): in the Sahel only states' forces
    strike from the air, and the force that tells of a strike tells of its own ("Une
    quinzaine de terroristes ont été neutralisés par des frappes aériennes, indique un
    communiqué de l'état-major général des armées"; "L'armée malienne a affirmé que ses
    avions avaient frappé"). The force is the strike's source, or a force named after
    "communiqué de", "selon", "according to", in the strike's sentence (not a later
    sentence that speaks of "the strike" told before: "The army said the strike had
    targeted a gathering of terrorists" may only deny civilian deaths): a registered
    military body (``military``: its ids) or a force named by its kind. Not a strike
    that local people or a source of their own tell of ("selon des sources locales,
    sans que l'armée ne s'exprime"), which names no one who struck."""

    by_trigger: dict[int, dict[str, list[Argument]]] = {}
    for a in arguments:
        by_trigger.setdefault(a.trigger, {}).setdefault(a.role, []).append(a)

    def a_force(m: Mention) -> bool:
        own = m.textareas.get(Normalised.ACTOR)
        if own is not None:
            return own in military
        return (
            m.label in ("PER", "ORG")
            and _FORCE.fullmatch(m.text) is not None
            and not _NOT_A_STATE_FORCE.search(m.text)
        )

    extra: list[Argument] = []
    for k, t in heads.items():
        roles = by_trigger.get(k, {})
        if t.label != "ASSAULT" or Role.ACTOR in roles:
            continue
        aerial = (
            t.mode in ("aerial", "drone")
            or _STRIKE_WORD.match(t.text) is not None
            or any(
                _AIRCRAFT.search(mentions[a.mention].text) for a in roles.get(Role.INSTRUMENT, [])
            )
        )
        if not aerial or _BACK_REFERENCE.search(text, max(0, t.start - 12), t.start):
            continue
        start, end = containing(sentences, t.start)
        force = next(
            (
                a.mention
                for a in roles.get(Role.SOURCE, [])
                if a_force(mentions[a.mention]) and start <= mentions[a.mention].start < end
            ),
            None,
        )
        if force is None:
            taken = {a.mention for r in (Role.RECIPIENT, Role.CASUALTIES) for a in roles.get(r, [])}
            force = next(
                (
                    i
                    for i, m in enumerate(mentions)
                    if start <= m.start
                    and m.end <= end
                    and i not in taken
                    and a_force(m)
                    and _REPORTED_BY.search(text, max(0, m.start - 40), m.start)
                ),
                None,
            )
        if force is not None:
            extra.append(Argument(k, force, Role.ACTOR, 0.4))
    return [*arguments, *extra]


#: Who speaks, right after a closing quotation mark (since 0.59.0): "», a déclaré mardi
#: le secrétaire général", "», a ajouté à l'AFP son adjoint", '," said the mayor'.
_SPEAKER_AFTER = re.compile(
    r"^\s*[»\"”]\s*,?\s*(?:(?:a|ont|avait|avaient)\s+(?:\w+\s+){0,2}?"
    r"(?:déclaré|ajouté|affirmé|dit|indiqué|lancé|martelé|souligné|expliqué|assuré|estimé|"
    r"insisté|prévenu|poursuivi|conclu|regretté|commenté|confié|précisé|rappelé|"
    r"averti|plaidé|réclamé|dénoncé|fustigé|déploré)|"
    r"(?:déclare|ajoute|affirme|dit|indique|lance|martèle|souligne|explique|assure|"
    r"estime|insiste|prévient|poursuit|conclut|regrette|précise|dénonce|déplore)|"
    r"(?:said|added|told\s+\w+|stressed|warned|insisted|declared))\s+"
    r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|(?:à|au|aux)\s+"
    r"(?:l['’])?[\w'’-]+|on\s+\w+day|yesterday)\s+)*$",
    re.IGNORECASE,
)
#: A first-person subject right before the act in a quotation (up to two words between):
#: "« Nous exigeons", "Nous condamnons avec fermeté", '"We demand'; not the act named in
#: what the speaker says ("Nous condamnons l'*arrestation*").
_FIRST_PERSON = re.compile(
    r"(?:^|[\s«\"“])(?:nous|je|j['’]|we|I)\s*"
    r"(?:(?!(?:les?|la|l['’]|une?|des|du|de|d['’]|ce|cette|ces|the|an?|this|these)\b)"
    r"[\w'’-]+\s+){0,2}?$",
    re.IGNORECASE,
)


def quoted_speakers(
    text: str,
    heads: dict[int, Trigger],
    mentions: Sequence[Mention],
    arguments: Sequence[Argument],
) -> list[Argument]:
    """The arguments, an act told in the first person inside a quotation ("« Nous
    exigeons le paiement de nos primes », a déclaré le secrétaire général du syndicat")
    given the quotation's speaker, named right after it, as its actor when it has none
    (since 0.59.0): who says "nous exigeons" is who demands."""

    acting = {a.trigger for a in arguments if a.role == Role.ACTOR}
    people = sorted(
        (i for i, m in enumerate(mentions) if m.label in ("PER", "ORG")),
        key=lambda i: mentions[i].start,
    )
    extra: list[Argument] = []
    for k, t in heads.items():
        if k in acting:
            continue
        opening = max(text.rfind("«", 0, t.start), text.rfind("“", 0, t.start))
        line = text.rfind("\n", 0, t.start)
        if opening <= line or text.rfind("»", opening, t.start) >= 0:
            continue  # not inside a quotation of its paragraph
        if not _FIRST_PERSON.search(text, max(opening, t.start - 40), t.start):
            continue
        closing = min(
            (c for c in (text.find("»", t.end), text.find("”", t.end)) if c >= 0), default=-1
        )
        if closing < 0 or "\n" in text[t.end : closing]:
            continue
        speaker = next(
            (
                i
                for i in people
                if closing < mentions[i].start < closing + 80
                and _SPEAKER_AFTER.match(text[closing : mentions[i].start])
            ),
            None,
        )
        if speaker is not None:
            extra.append(Argument(k, speaker, Role.ACTOR, 0.4))
    return [*arguments, *extra]


#: Who holds captives: kidnappers, armed men, an armed group's fighters ("leurs
#: ravisseurs", "des individus armés non identifiés", "gunmen", "their captors").
_CAPTORS = re.compile(
    r"\b(?:ravisseurs?|kidnappeurs?|geôliers?|(?:hommes|individus|éléments)\s+armés|"
    # Members of a group named in the phrase: "des éléments de l'État islamique".
    r"(?:éléments|membres|combattants|members|fighters)\s+(?:de|du|d['’]|des|of|from)\b|"
    r"assaillants|combattants|terroristes|(?:dj|j)ihadistes|captors?|kidnappers?|"
    r"abductors?|gunmen|armed\s+men|militants|jihadists|fighters)\b",
    re.IGNORECASE,
)


#: The attackers named by what they did: never the target of their own attack.
_ATTACKERS_WORD = re.compile(
    r"\b(?:assaillants?|attaquants?|attackers?|assailants?|raiders?)\b", re.IGNORECASE
)


def attackers_off_their_targets(
    heads: dict[int, Trigger],
    mentions: Sequence[Mention],
    arguments: Sequence[Argument],
) -> list[Argument]:
    """The arguments, without "les assaillants" as a recipient of an attack whose actor
    is armed men or an armed group (since 0.63.0): "Des terroristes ont attaqué la
    position [...] Selon l'armée, les assaillants ont été repoussés" merges the repulse
    into the attack, and the attackers repelled are its actor, not its target. An
    attack by a state force keeps them ("l'armée a neutralisé des assaillants")."""
    actors = _actors_by_event(arguments)
    mixed: set[int] = set()
    for k, acts in actors.items():
        if heads.get(k) is None or heads[k].label != "ASSAULT":
            continue
        sides = [mentions[a.mention] for a in acts]
        if any(
            set(m.choices.get(EntityAttribute.SECTOR, ())) & _STATE_SECTORS
            or m.choices.get(EntityAttribute.SECTOR) == ["police"]
            for m in sides
        ):
            continue
        if any(_captor(m) for m in sides):
            mixed.add(k)
    return [
        a
        for a in arguments
        if not (
            a.trigger in mixed
            and a.role == Role.RECIPIENT
            and _ATTACKERS_WORD.search(mentions[a.mention].text)
        )
    ]


#: The least score of an actor the parse or a "par" agent gives to the act.
_PARSED_SUBJECT = 0.5


def _captor(m: Mention) -> bool:
    """An armed group of the registry or people named as armed or as kidnappers."""
    return m.choices.get(EntityAttribute.SECTOR) == ["armed-group"] or bool(_CAPTORS.search(m.text))


def _actors_by_event(arguments: Sequence[Argument]) -> dict[int, list[Argument]]:
    """Each event's actor arguments, by the event's trigger index."""
    actors: dict[int, list[Argument]] = {}
    for a in arguments:
        if a.role == Role.ACTOR:
            actors.setdefault(a.trigger, []).append(a)
    return actors


def captors_of_releases(
    heads: dict[int, Trigger],
    mentions: Sequence[Mention],
    arguments: Sequence[Argument],
) -> list[Argument]:
    """The arguments, a release of captives whose actor is no captor (or who has none)
    given the captors of the abduction the article tells (since 0.61.0): the codebook
    makes the captor a release's actor ("Deux agents enlevés le 3 courant ont été
    libérés dimanche, a annoncé leur organisation. Ils avaient été emmenés par des
    individus armés": the armed men, not the organisation that announced it nor the
    forces whose efforts it thanks). The abduction nearest before the release, else
    the first after it; only an actor named as armed, as kidnappers or as an armed
    group replaces another."""
    actors = _actors_by_event(arguments)
    abductions = sorted(
        (k for k, t in heads.items() if t.label == "ASSAULT" and t.mode == "abduct"),
        key=lambda k: heads[k].start,
    )
    if not abductions:
        return list(arguments)
    replaced: dict[int, Argument | None] = {}
    for k, t in heads.items():
        if t.label != "RETREAT" or t.mode != "release":
            continue
        if not actors.get(k) or any(
            _captor(mentions[a.mention])
            # "interpellés par la gendarmerie, puis relâchés", "libérés par l'armée": the
            # force the parse or an agent names held detainees or freed the captives.
            or (
                a.score >= _PARSED_SUBJECT
                and mentions[a.mention].choices.get(EntityAttribute.SECTOR)
                in (["military"], ["police"])
            )
            for a in actors[k]
        ):
            continue
        before = [j for j in abductions if heads[j].start < t.start]
        order = [*reversed(before), *(j for j in abductions if heads[j].start > t.start)]
        captor = next(
            (a for j in order for a in actors.get(j, []) if _captor(mentions[a.mention])),
            None,
        )
        replaced[k] = None if captor is None else Argument(k, captor.mention, Role.ACTOR, 0.4)
    if not replaced:
        return list(arguments)
    kept = [a for a in arguments if not (a.role == Role.ACTOR and a.trigger in replaced)]
    return [*kept, *(a for a in replaced.values() if a is not None)]


def parties_of_meetings(
    text: str,
    heads: dict[int, Trigger],
    mentions: Sequence[Mention],
    arguments: Sequence[Argument],
) -> list[Argument]:
    """The arguments, an English meeting told by its noun with no actor given the first
    party named right after it by "between", "led by" or "chaired by" (since 0.69.0): "a
    meeting last week between *the governor* and traditional chiefs", "freed after talks
    led by *local elders*" (the words give no subject to read it from)."""
    actors = _actors_by_event(arguments)
    starts = {m.start: i for i, m in enumerate(mentions) if m.label in ("PER", "ORG", "GPE")}
    added = []
    for k, t in heads.items():
        if t.label != "CONSULT" or actors.get(k):
            continue
        party = EN_MEETING_PARTY.match(text, t.end)
        if party is not None and (i := starts.get(party.start("np"))) is not None:
            added.append(Argument(k, i, Role.ACTOR, 0.4))
    return [*arguments, *added] if added else list(arguments)


#: A capture told again, passive, right before its agent: "Ils avaient été emmenés par",
#: "avaient été interceptés lundi par", "The man was seized by".
_TAKEN_BY = re.compile(
    r"\b(?:avaient|avait|ont|a|had|have|has|were|was)\s+(?:été\s+|been\s+)?(?:\w+\s+)?"
    r"(?:emmené|enlevé|intercepté|kidnappé|capturé|arraché|seized|abducted|kidnapped|"
    r"snatched|taken)\w*\b[^.;!?]{0,120}?\b(?:par|by)\s+(?:(?:suspected|présumés)\s+)?$",
    re.IGNORECASE,
)


def abductors_told_after(
    text: str,
    heads: dict[int, Trigger],
    mentions: Sequence[Mention],
    arguments: Sequence[Argument],
    sentences: Sequence[tuple[int, int]],
) -> list[Argument]:
    """The arguments, an abduction without an actor given the captors the next sentence
    names as the agent of the capture told again (since 0.61.0): "Deux agents enlevés le
    3 courant ont été libérés dimanche. Ils avaient été emmenés par des individus armés
    ..." (the armed men took them; only people named as armed, as kidnappers or as an
    armed group)."""
    acting = {a.trigger for a in arguments if a.role == Role.ACTOR}
    extra: list[Argument] = []
    for k, t in heads.items():
        if t.label != "ASSAULT" or t.mode != "abduct" or k in acting:
            continue
        own = containing(sentences, t.start)
        after = [s for s in sentences if s[0] >= own[1]][:1]
        if not after:
            continue
        start, end = after[0]
        captor = next(
            (
                i
                for i, m in enumerate(mentions)
                if start <= m.start < end
                and m.label in ("PER", "ORG")
                and _captor(m)
                and _TAKEN_BY.search(text, max(start, m.start - 200), m.start)
            ),
            None,
        )
        if captor is not None:
            extra.append(Argument(k, captor, Role.ACTOR, 0.25))
    return [*arguments, *extra]


def causes_told_after(
    heads: dict[int, Trigger],
    mentions: Sequence[Mention],
    arguments: Sequence[Argument],
    sentences: Sequence[tuple[int, int]],
) -> list[Argument]:
    """The arguments, people fleeing with no cause and no attack told before them given
    the attackers of the first attack or threat told in the next two sentences (since
    0.61.0): the codebook makes the cause of a flight its actor, and a lead often tells
    the flight before what drove it ("Plus de 6 000 personnes ont fui une dizaine de
    villages ... D'après des déplacés, des individus armés se réclamant du JNIM ont fait
    irruption le 22 novembre"). Only attackers named as armed, as kidnappers or as an
    armed group: an army's operation told after is no cause the text gives."""
    actors = _actors_by_event(arguments)
    acts = sorted(
        (k for k, t in heads.items() if t.label in ("ASSAULT", "THREATEN")),
        key=lambda k: heads[k].start,
    )
    extra: list[Argument] = []
    for k, t in heads.items():
        if not leaving(t) or k in actors:
            continue
        if any(heads[j].label == "ASSAULT" and heads[j].start < t.start for j in acts):
            continue  # arguments reads the attack told before (_cause_of_flight)
        own = containing(sentences, t.start)
        after = [s for s in sentences if s[0] >= own[1]][:2]
        if not after:
            continue
        first = next(
            (j for j in acts if own[0] <= heads[j].start < after[-1][1] and j in actors), None
        )
        if first is None:
            continue
        cause = next((a.mention for a in actors[first] if _captor(mentions[a.mention])), None)
        if cause is not None:
            extra.append(Argument(k, cause, Role.ACTOR, 0.25))
    return [*arguments, *extra]


#: The acts that finish a raid: burning, looting, carrying off ("plusieurs cases ont été
#: incendiées", "le bétail a été emporté", "they set fire to the market").
_SPOILS = re.compile(
    r"^(?:incendi|brûl|emport|emmen|pill|saccag|dépouill|torch|loot|burn|ransack|"
    r"set\s+(?:on\s+)?fire|carried\s+off|made\s+off)",
    re.IGNORECASE,
)
#: A French participle ("incendiées", "emporté"); an English one ("torched", "burnt")
#: is active when no "be" comes before it ("They torched the market").
_PARTICIPLE = re.compile(r"(?:é|ée|és|ées|is|ise|ises|it|ite|ites)$")
#: Avoir before a French participle makes it active ("ils ont incendié"), not "ont été".
_HAVING = re.compile(
    r"\b(?:a|ont|avait|avaient|aurait|auraient|avoir|ayant)\s+(?:(?!été\b)\w+\s+)?$",
    re.IGNORECASE,
)
#: "Été" or "be" before a participle makes it passive ("ont été incendiés", "were set
#: on fire").
_BEING = re.compile(r"\b(?:été|was|were|been|be|being|is|are)\s+(?:\w+\s+)?$", re.IGNORECASE)
#: Raiders the codebook lets a raid's last acts inherit, beyond ``_CAPTORS``.
_RAIDERS = re.compile(
    r"\b(?:attackers|assailants|raiders|bandits|coupeurs\s+de\s+route|"
    r"hommes\s+en\s+uniforme|men\s+in\s+uniform)\b",
    re.IGNORECASE,
)


def raider_named(m: Mention) -> bool:
    """An armed group of the registry or people named as armed, as kidnappers or as
    attackers ("des hommes armés", "les assaillants", "gunmen", "des éleveurs armés",
    "armed herders"): who may have driven people away (since 0.66.0)."""
    return _captor(m) or bool(_RAIDERS.search(m.text) or _ARMED_PEOPLE.search(m.text))


#: People of any noun named as armed: "des éleveurs armés", "des jeunes armés", "armed
#: herders" (not "les forces armées", "the armed forces").
_ARMED_PEOPLE = re.compile(r"\b\w+\s+armés\b|\barmed\s+(?!forces\b)\w+", re.IGNORECASE)


def raiders_of_spoils(
    text: str,
    heads: dict[int, Trigger],
    mentions: Sequence[Mention],
    arguments: Sequence[Argument],
    sentences: Sequence[tuple[int, int]],
) -> list[Argument]:
    """The arguments, a burning or a looting with no actor given the raiders of the
    attack or seizure told just before it (its own sentence or the two before; since
    0.62.0): "Les villageois ont été abattus par des hommes armés. Plusieurs cases ont
    été incendiées et le bétail emporté", "Gunmen stormed the village. They killed
    twelve people and set fire to the market" (the raiders did it all; the codebook
    codes each act's actor). Only raiders named as armed, as attackers or as an armed
    group: a patrol's or an official's act before is no raid."""
    actors = _actors_by_event(arguments)
    acts = sorted(
        (k for k, t in heads.items() if t.label in ("ASSAULT", "COERCE")),
        key=lambda k: heads[k].start,
    )
    extra: list[Argument] = []
    for k in acts:
        t = heads[k]
        if k in actors or not _SPOILS.match(t.text):
            continue
        # An agentless passive ("une quinzaine de cases auraient été incendiées", "et du
        # bétail emporté", "were set on fire"): annotators leave it without an actor;
        # only the raiders' own verbs inherit them.
        if _PARTICIPLE.search(t.text):
            window = text[max(0, t.start - 30) : t.start]
            if _BEING.search(window) or not _HAVING.search(window):
                continue
        elif _BEING.search(text, max(0, t.start - 30), t.start):
            continue
        own = containing(sentences, t.start)
        named = [
            i
            for i, m in enumerate(mentions)
            if own[0] <= m.start
            and m.end <= t.start
            and m.label in ("PER", "ORG")
            and (_captor(m) or _RAIDERS.search(m.text))
        ]
        if named:
            # "les assaillants, venus à moto par la rive gauche, auraient également
            # incendié": the raiders its own sentence names before it, the parse missed.
            extra.append(Argument(k, max(named, key=lambda i: mentions[i].end), Role.ACTOR, 0.25))
            continue
        at = bisect_left(sentences, own)
        lo = sentences[max(0, at - 2)][0] if at < len(sentences) else own[0]
        before = [j for j in acts if lo <= heads[j].start < t.start and j in actors]
        if not before:
            continue
        raiders = [
            a.mention
            for a in actors[before[-1]]
            if _captor(mentions[a.mention]) or _RAIDERS.search(mentions[a.mention].text)
        ]
        extra.extend(Argument(k, i, Role.ACTOR, 0.25) for i in raiders)
    return [*arguments, *extra]


#: After a group's name (or its bracketed initials): it claims the attack ("Le Groupe de
#: soutien à l'islam et aux musulmans (JNIM) a revendiqué l'embuscade", "IS Sahel
#: claimed responsibility for").
_CLAIMS_AFTER = re.compile(
    r"\)?,?\s+(?:(?:lié|affilié)[^,]{0,40},\s+)?(?:a|ont|avait|has|had|later|a\s+de\s+son\s+côté)?"
    r"\s*(?:\w+\s+)?(?:revendiqu\w*|claimed|claims)\b",
    re.IGNORECASE,
)
#: Before a group's name: the claim it signs ("revendiquée par le JNIM", "claimed by").
_CLAIMED_BY = re.compile(
    r"\b(?:revendiquée?s?|claimed)\s+(?:\w+\s+)?(?:par|by)\s+(?:l['’]|les?\s+|la\s+|the\s+)?"
    # Since 0.65.0 after the network's apposition: "claimed by the al Qaeda affiliate".
    r"(?:" + _NETWORK_BEFORE + r")?$",
    re.IGNORECASE,
)
#: A passive auxiliary up to two words before an act ("auraient été tués", "ont été
#: pillées puis incendiées", "were set on fire").
_PASSIVE_AUX = re.compile(
    r"\b(?:été|was|were|been|being|be|is|are)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE
)
#: Kinds of actor that stand for a state's own forces or government.
_STATE_SECTORS = frozenset(["military", "government"])


def claimants_of_raids(
    text: str,
    heads: dict[int, Trigger],
    mentions: Sequence[Mention],
    arguments: Sequence[Argument],
) -> list[Argument]:
    """The arguments, the attacks told before an armed group's claim given the claimant
    as an actor (since 0.62.0): "Onze citernes ont été incendiées ... Un véhicule a
    sauté sur un engin explosif ... Le JNIM a revendiqué l'embuscade" (the codebook
    makes who claims the attack its author; the parse links the claim only to the act
    its sentence names). Not an act already given an armed group or a state force (the
    army's strike in reply is no act of the group), nor an agentless passive, and only
    the first claim's group."""
    if "revendiqu" not in text and "claim" not in text:
        return list(arguments)
    claimant: int | None = None
    for i, m in enumerate(mentions):
        if m.label != "ORG" or m.choices.get(EntityAttribute.SECTOR) != ["armed-group"]:
            continue
        if _CLAIMS_AFTER.match(text, m.end) or _CLAIMED_BY.search(
            text, max(0, m.start - 40), m.start
        ):
            claimant = i
            break
    if claimant is None:
        return list(arguments)
    actors: dict[int, list[Mention]] = {}
    for a in arguments:
        if a.role == Role.ACTOR:
            actors.setdefault(a.trigger, []).append(mentions[a.mention])
    claim = mentions[claimant]
    extra: list[Argument] = []
    for k, t in heads.items():
        if t.label not in ("ASSAULT", "COERCE") or t.start >= claim.start:
            continue
        if t.mode in ("aerial", "drone"):
            # Since 0.66.0 "la riposte, appuyée par des frappes aériennes. Le JNIM a
            # revendiqué l'attaque": the army's strikes on the attackers, told apart from
            # their attack, are no act of the group claiming it.
            continue
        sectors = {s for m in actors.get(k, ()) for s in m.choices.get(EntityAttribute.SECTOR, ())}
        if "armed-group" in sectors or sectors & _STATE_SECTORS:
            continue
        if any(m.start == claim.start for m in actors.get(k, ())):
            continue
        if k not in actors and _PASSIVE_AUX.search(text, max(0, t.start - 40), t.start):
            # "Plusieurs boutiques auraient été pillées puis incendiées": annotators leave
            # an agentless passive without an actor, a claim after it or not.
            continue
        extra.append(Argument(k, claimant, Role.ACTOR, 0.25))
    return [*arguments, *extra]
