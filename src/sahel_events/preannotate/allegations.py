"""A third party's account that the security forces harmed people: an accusation told
by a verb of saying (since 0.67.0).

Rights groups, residents, local officials and rival armed groups accuse the army
without the word "accuser": they *say* what the soldiers did. "Des notables assurent
que quatre bergers ont été tués par des soldats", "Des habitants ont pourtant affirmé
que la frappe avait touché des bergers, tuant neuf civils", "..., a affirmé lundi le
Collectif contre l'impunité", "Human Rights Watch said soldiers executed 14 men",
"Residents told Reuters a drone strike killed 14 civilians". The codebook codes the
saying as ACCUSE allege (an informal public accusation of an identifiable recipient),
beside the act it tells; the lexicon has no verb of saying for it, since most sayings
only source an act ("a indiqué une source sécuritaire" about a jihadist raid).

:func:`alleged_harms` makes the verb of saying an ACCUSE allege when three things hold
in its sentence:

* **who says** is no state voice: residents, witnesses, relatives, notables, local
  officials, a rights group, a collective, an association, an opposition, a rival front
  (the army's, a minister's or a security source's account is the official version);
* **what is said** is a harm (killed, executed, shot, struck, abducted, dead, victims);
* **by whom**: the security forces are the harm's agent (soldiers, the army, VDP,
  police, a drone or an air strike), never only its victims ("tuant trois soldats",
  "killed five soldiers").

The speaker is read where the press puts it: before the verb ("Des habitants affirment
que", "Human Rights Watch said"), or after it when the account comes first ("..., a
affirmé vendredi Amnesty International", "..., residents told Reuters").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..annotation.ids import Role
from .argument import Argument
from .entities import Mention
from .ner import Analysis
from .triggers import Trigger, uncovered_words, word_trigger
from .wordgate import gated

__all__ = ["ALLEGED", "accusers_and_accused", "alleged_harms"]

#: The phrase of the triggers this stage adds (the reporting-verb filter spares them).
ALLEGED = "affirmer que des soldats ont tué"

#: Verbs of saying, French and English, in the forms the press uses for an account.
_SAY = gated(
    re.compile(
        r"\b(?:affirm(?:e|ent|é|ait|aient|ant)|assur(?:e|ent|é|ait|aient|ant)|"
        r"déclar(?:e|ent|é|ait|aient)|soutien(?:t|nent)|soutenu|témoign(?:e|ent|é)|"
        r"racont(?:e|ent|é)|rapport(?:e|ent|é)|"
        r"said|says|say|told|tell|reported|alleged|claimed|claim|claims|stated)\b",
        re.IGNORECASE,
    )
)
#: Who speaks outside the state: people of the place, a rights body, an opposition, a
#: rival front. A word boundary on both sides.
_THIRD_PARTY = re.compile(
    r"\b(?:habitants?|résidents?|villageois|notables?|témoins?|élus?|parents?|proches|"
    r"familles?|rescapés?|survivants?|chefs?\s+(?:coutumiers?|de\s+village|traditionnels?)|"
    r"leaders?\s+communautaires?|responsables?\s+communautaires?|ONG|organisations?\s+de\s+"
    r"défense|associations?|collectif|ligue|coordination|société\s+civile|opposition|"
    r"avocats?|Human\s+Rights\s+Watch|HRW|Amnesty|CISC|AMDH|ANDDH|FIDH|(?-i:Front)|FLA|CSP|"
    r"residents?|villagers?|witness(?:es)?|relatives?|survivors?|elders?|community\s+"
    r"leaders?|rights\s+groups?|activists?|lawyers?|coalition|civil\s+society|"
    r"opposition\s+parties)\b",
    re.IGNORECASE,
)
#: A state voice beside the third party ("une source sécuritaire", "l'armée a
#: affirmé"): then the account is the official one.
_STATE_VOICE = re.compile(
    r"\b(?:source\s+(?:sécuritaire|militaire|officielle)|security\s+source|armée|army|"
    r"état-major|gouvernement|government|ministère|ministry|ministre|minister|gouverneur|"
    r"governor|autorités|authorities|porte-parole|spokes(?:man|woman)|préfet|police\s+said)\b",
    re.IGNORECASE,
)
#: The security forces and their weapons, as the agent of a harm.
_FORCES = re.compile(
    r"\b(?:soldats?|militaires|armée|FAMa|FDS|forces\s+(?:armées|de\s+défense|de\s+sécurité)|"
    r"VDP|volontaires\s+pour\s+la\s+défense|supplétifs|policiers|police|gendarmes?|"
    r"(?:hommes|individus)\s+(?:armés\s+)?en\s+(?:tenue|treillis|uniforme)|drones?|"
    r"frappes?(?:\s+aériennes?)?|avions?|hélicoptères?|Africa\s+Corps|Wagner|"
    r"soldiers?|troops|army|military|security\s+forces|policemen|gendarmes|"
    r"(?:air|drone)\s*strikes?|aircraft|helicopters?|militiamen)\b",
    re.IGNORECASE,
)
#: A harm told in the account: killing, execution, abduction, the dead.
_HARM = re.compile(
    r"\b(?:tu(?:é|ée|és|ées|ant|er|ait|aient)|exécut\w+|abattu\w*|abatt(?:re|ant|ait)|"
    r"massacr\w+|tortur\w+|enlev\w+|égorg\w+|touch(?:é|ée|ant)|mort|morts|victimes|"
    r"killed|kill(?:ing)?|executed|executing|shot|tortured|abducted|hit|dead|died|"
    r"massacred|struck)\b",
    re.IGNORECASE,
)
#: A count or a determiner of victims right before a force word: "tuant trois soldats",
#: "killed two soldiers" make the forces the victims, not the agent.
_VICTIM_BEFORE = re.compile(
    r"\b(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|"
    r"plusieurs|two|three|four|five|six|seven|eight|nine|ten|several|dozen)\s+"
    r"(?:\w[\w-]*\s+)?$",
    re.IGNORECASE,
)
#: A passive agent: "tués par des soldats", "killed by soldiers".
_AGENT_BEFORE = re.compile(r"\b(?:par|by)\s+(?:des|les|la|le|l['’]|une?|the|a)?\s*$", re.IGNORECASE)
#: Jihadists named as the agent: then the account sources their raid, not an accusation.
_JIHADISTS = re.compile(
    r"\b(?:jihadistes?|djihadistes?|terroristes?|assaillants|hommes\s+armés|JNIM|EIGS|"
    r"EI\s+Sahel|État\s+islamique|jihadists?|militants|gunmen|insurgents|attackers|"
    r"bandits?)\b",
    re.IGNORECASE,
)
#: "que"/"qu'"/"that" opening the account after the verb.
_THAT_AFTER = re.compile(r"\s*(?:[\w'’-]+\s+){0,4}?(?:que\b|qu['’]|that\b)", re.IGNORECASE)
#: A quotation's tag before a verb: "», a rétorqué", "" ont dénoncé".
_QUOTE_TAG_BEFORE = re.compile(r"[»\"”]\s*,?\s*(?:a|ont|avait|avaient)\s+$")
#: Up to a day or an adverb after the tag's verb, then the speaker's mention.
_SPEAKER_AFTER = re.compile(
    r"\s+(?:[\w-]+ment\s+|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?"
)
#: "de"/"of" right before a place: the speakers' origin ("Des habitants de Boni").
_ORIGIN = re.compile(r"\b(?:de|d['’]|du|des|of)\s*$", re.IGNORECASE)
#: English "said" followed by its account, no "that": "said police shot dead" (not
#: "said on Friday", "said in a report").
_BARE_AFTER = re.compile(r"\s+(?!on\b|in\b|at\b|by\b|to\b|it\b|they\b)[a-z]")
#: The account told first, then ", a affirmé", ", said": the verb after a comma.
_TAG_BEFORE = re.compile(
    r",\s*(?:[\w'’][\w'’-]*\s+){0,6}$",
    re.IGNORECASE,
)


def alleged_harms(
    text: str,
    analysis: Analysis,
    ranges: Sequence[tuple[int, int]] | None,
    triggers: Sequence[Trigger],
) -> list[Trigger]:
    """The ACCUSE allege triggers of the module docstring, one per verb of saying."""
    added: list[Trigger] = []
    for token in uncovered_words(text, analysis, _SAY, ranges, triggers):
        if _reading(text, token.start, token.end, triggers) is not None and not any(
            _sentence(text, t.start) == _sentence(text, token.start) for t in added
        ):
            added.append(word_trigger(token, "ACCUSE", "allege", 0.6, ALLEGED))
    if not added:
        return list(triggers)
    return sorted([*triggers, *added], key=lambda t: t.start)


def accusers_and_accused(
    text: str,
    heads: dict[int, Trigger],
    mentions: Sequence[Mention],
    arguments: Sequence[Argument],
) -> list[Argument]:
    """The arguments, the ACCUSE triggers of :func:`alleged_harms` given who speaks as
    their actor (the English tag "said" gives it as the source: the speaker of an
    accusation is its actor, codebook) and the forces the account names as agent as their
    recipient (the party accused); a place or a source inside the speaker's words ("Des
    habitants de Boni") is who speaks, not where the accusation was made."""
    out = _speakers_of_quote_tags(text, heads, mentions, arguments)
    alleged = {i: t for i, t in heads.items() if t.phrase == ALLEGED}
    if not alleged:
        return out
    for i, trig in alleged.items():
        reading = _reading(text, trig.start, trig.end, ())
        if reading is None:
            continue
        (s_start, s_end), (a_start, a_end), force = reading
        mine = [a for a in out if a.trigger == i]
        # Who speaks is the actor, never a party of the account ("Malian soldiers ...
        # executed 14 men, Human Rights Watch said": not the soldiers).
        mine = [
            a for a in mine if a.role != Role.ACTOR or s_start <= mentions[a.mention].start < s_end
        ]
        has_actor = any(a.role == Role.ACTOR for a in mine)
        keep: list[Argument] = []
        for a in mine:
            m = mentions[a.mention]
            if a.role == Role.LOCATION and (
                a_start <= m.start < a_end or _ORIGIN.search(text, max(0, m.start - 4), m.start)
            ):
                # Where the harm was done or where the speakers come from ("Des
                # habitants de Boni"): not where they accused.
                continue
            if a.role == Role.SOURCE:
                if not has_actor and s_start <= m.start < s_end:
                    keep.append(replace(a, role=Role.ACTOR))
                    has_actor = True
                continue  # the accuser speaks for himself: no source
            if a.role == Role.RECIPIENT and not (a_start <= m.start < a_end):
                continue
            if a.role == Role.TIME and a_start <= m.start < a_end:
                continue  # the day of the harm told, not of the telling
            keep.append(a)
        if not has_actor:
            speaker = _mention_at(mentions, s_start, s_end, _THIRD_PARTY, text)
            if speaker is not None:
                keep.append(Argument(i, speaker, Role.ACTOR, 0.6))
        if not any(a.role == Role.RECIPIENT for a in keep):
            accused = next(
                (
                    k
                    for k, m in enumerate(mentions)
                    if m.label in ("PER", "ORG", "GPE") and m.start <= force[0] < m.end
                ),
                None,
            )
            if accused is not None:
                keep.append(Argument(i, accused, Role.RECIPIENT, 0.6))
        out = [a for a in out if a.trigger != i] + keep
    return out


def _speakers_of_quote_tags(
    text: str,
    heads: dict[int, Trigger],
    mentions: Sequence[Mention],
    arguments: Sequence[Argument],
) -> list[Argument]:
    """The arguments, a statement verb in the tag of a quotation ("« Les caisses sont
    vides », a rétorqué le ministre", "», a dénoncé l'avocat") given the person or body
    named right after it as its actor, not its recipient: French puts the speaker after
    the verb there (since 0.67.0)."""
    out = list(arguments)
    for i, trig in heads.items():
        if trig.label not in ("REJECT", "ACCUSE") or not _QUOTE_TAG_BEFORE.search(
            text, max(0, trig.start - 12), trig.start
        ):
            continue
        if any(a.trigger == i and a.role == Role.ACTOR for a in out):
            continue
        after = _SPEAKER_AFTER.match(text, trig.end)
        if after is None:
            continue
        for k, a in enumerate(out):
            m = mentions[a.mention]
            if a.trigger == i and a.role == Role.RECIPIENT and 0 <= m.start - after.end() <= 4:
                out[k] = replace(a, role=Role.ACTOR)
                break
    return out


def _mention_at(
    mentions: Sequence[Mention], start: int, end: int, words: re.Pattern[str], text: str
) -> int | None:
    """The first person or body mention in ``[start, end)`` that ``words`` finds in."""
    for k, m in enumerate(mentions):
        if (
            m.label in ("PER", "ORG", "GPE")
            and start <= m.start
            and m.end <= end
            and words.search(text, m.start, m.end)
        ):
            return k
    return None


Span = tuple[int, int]


def _reading(
    text: str, v_start: int, v_end: int, triggers: Sequence[Trigger]
) -> tuple[Span, Span, Span] | None:
    """(who says, what is said, the forces as agent) for the verb of saying at
    ``v_start``, when its sentence is a third party's account of the forces' harm and
    tells no accusation or denial of the lexicon's already."""
    start, end = _sentence(text, v_start)
    if any(
        t.label in ("ACCUSE", "REJECT") and start <= t.start < end and t.phrase != ALLEGED
        for t in triggers
    ):
        return None  # the sentence has its accusation or its denial already
    split = _split(text, start, v_start, v_end, end)
    if split is None:
        return None
    speaker, account = split
    who = _THIRD_PARTY.search(text, *speaker)
    if who is None or _STATE_VOICE.search(text, *speaker):
        return None
    if _accused_before(text, who.group(0), start, triggers):
        return None  # the accuser's accusation told before, retold with its details
    force = _forces_harm(text, *account)
    return None if force is None else (speaker, account, force)


def _accused_before(text: str, who: str, before: int, triggers: Sequence[Trigger]) -> bool:
    """Whether a sentence before ``before`` names ``who`` (the speaker's word: "le
    collectif") with an accusation of the lexicon: "Le Collectif ... a accusé mardi des
    militaires [...]. Dans un communiqué, le collectif affirme que les victimes ..." tells
    one accusation twice (codebook: code the act the text states, once)."""
    word = re.compile(r"\b" + re.escape(who) + r"\b", re.IGNORECASE)
    for t in triggers:
        if t.label == "ACCUSE" and t.phrase != ALLEGED and t.start < before:
            s_start, s_end = _sentence(text, t.start)
            if word.search(text, s_start, s_end):
                return True
    return False


def _sentence(text: str, offset: int) -> tuple[int, int]:
    """The sentence around ``offset``, cut at a full stop, a line end or a semicolon."""
    before = max(text.rfind(c, 0, offset) for c in ".!?\n;")
    after = [k for k in (text.find(c, offset) for c in ".!?\n;") if k >= 0]
    return before + 1, min(after) if after else len(text)


def _split(text: str, start: int, v_start: int, v_end: int, end: int) -> tuple[Span, Span] | None:
    """(who says, what is said) around the verb at ``v_start``, or None when the sentence
    has no account: "X affirme que ...", "X said [that] ...", "..., a affirmé X",
    "..., X said", "..., residents told Reuters"."""
    before = text[start:v_start]
    if that := _THAT_AFTER.match(text, v_end, end):
        # "X affirme que ...", "X told Reuters that ...": the clause after is the account,
        # the clause before the speaker ("Des habitants, joints par téléphone, assurent").
        return (start, v_start), (that.end(), end)
    tag = _TAG_BEFORE.search(before)
    if tag is not None and tag.start() > 0:
        # The account first, the verb after its comma: the speaker follows the French
        # verb ("a affirmé lundi le CISC") or precedes the English one (", HRW said").
        return (start + tag.start(), end), (start, start + tag.start())
    if tag is None and _BARE_AFTER.match(text, v_end, end):
        # English "X said police shot ...": an account with no "that".
        return (start, v_start), (v_end, end)
    return None


def _forces_harm(text: str, start: int, end: int) -> Span | None:
    """The force word of ``text[start:end]`` (an account) that is the agent of the harm
    it tells: the passive agent ("tués par des soldats") or a force word before the harm
    word and not counted as victims ("des militaires avaient exécuté", "la frappe a
    touché"), with no jihadist agent before the harm; None when there is none."""
    harm = _HARM.search(text, start, end)
    if harm is None:
        return None
    for force in _FORCES.finditer(text, start, end):
        head = text[max(start, force.start() - 40) : force.start()]
        if _AGENT_BEFORE.search(head):
            return force.span()
        if force.start() < harm.start() and not _VICTIM_BEFORE.search(head):
            if _JIHADISTS.search(text, start, harm.start()):
                return None
            return force.span()
    return None
