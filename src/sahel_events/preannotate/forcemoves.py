"""Force moves the lexicon cannot match word after word: pursuits, forces announced, escorts.

The codebook's MOBILIZE is a military or police move short of force; the press tells
three of them in wordings the lexicon's lemma phrases miss (since 0.66.0):

* a pursuit: "s'est lancée à leur poursuite", "Partis à leur poursuite", "une patrouille
  partie à leur poursuite" (MOBILIZE troops, the thieves or attackers chased as
  recipient: corpus notes, "a patrouille chasing thieves with no fight told"). Not when
  the fight follows in the same or the next sentence ("se sont lancés à leur poursuite
  et en ont neutralisé quatre", "Des accrochages ont eu lieu"): a deployment followed by
  fighting is coded by the ASSAULT only (codebook, MOBILIZE);
* forces announced or promised: "a annoncé l'envoi prochain de renforts", "a promis
  l'envoi d'une unité de la Garde nationale", "l'arrivée prochaine d'un détachement"
  (MOBILIZE `future`, corpus notes: "A governor's announced reinforcements"). The
  lexicon reads "annoncer l'envoi" and "promettre l'envoi" as AGREE, right for food,
  doctors or a delegation sent, wrong for forces: the caller drops the AGREE the move
  overlaps;
* an escort done: "est arrivé à Kati sous escorte de l'armée", "ont été escortées
  jusqu'à leur village par une unité" (MOBILIZE troops, corpus notes: "an army escort
  that took place"). Not the convoy "escorté par l'armée" that was attacked (the escort
  only says what the convoy was), nor an escort asked for ("réclament des escortes"),
  nor the escort as a unit ("les soldats de l'escorte"), nor an aid convoy (the codebook
  codes the delivery, AID, with the escorting force as its actor);
* an escort promised or announced, French or English (since 0.67.0): "a promis une
  escorte militaire pour chaque convoi", "a assuré que des escortes seraient mises en
  place", "a annoncé que les prochains convois bénéficieraient d'une escorte renforcée",
  "a assuré qu'un convoi de citernes escorté par l'armée arriverait", "promised that
  convoys would be escorted by the army" (MOBILIZE troops `future`, like forces
  announced; the promise is not also AGREE). Not an escort asked for ("ont réclamé des
  escortes", "called for escorts"), nor one told as done or as what a convoy was.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .ner import Analysis
from .triggers import Trigger, uncovered_words
from .wordgate import gated

__all__ = ["announced_escort", "announced_move", "displaced_by", "force_moves"]

_SCORE = 0.6
_ANNOUNCED_PHRASE = "envoi de renforts"

# ---------------------------------------------------------------------- pursuits
_PURSUIT = gated(re.compile(r"\bpoursuite\b", re.IGNORECASE))
#: The move before "poursuite": "s'est lancée à leur", "Partis à la", "se sont mis à sa".
_SET_OFF = re.compile(
    r"\b(?:lancé|lancée|lancés|lancées|lancer|lance|lancent|parti|partie|partis|parties|"
    r"partir|part|partent|mis|mise|mises|mettre|met|mettent)\s+à\s+(?:leur|la|sa|ses)\s+$",
    re.IGNORECASE,
)
#: A fight told after the pursuit: the ASSAULT is coded, not the move into it.
_FIGHT = re.compile(
    r"\b(?:neutralis\w*|accroch\w*|affront\w*|combat\w*|échanges?\s+de\s+tirs|tués?|tuant|"
    r"abattu\w*|riposte\w*|heurts?|clash\w*|killed|fought|fighting)\b",
    re.IGNORECASE,
)

# ---------------------------------------------------------------------- forces announced
_SENDING = gated(re.compile(r"\b(?:envoi|arrivée|déploiement)\b", re.IGNORECASE))
#: A promise or an announcement right before the noun: "a annoncé l'", "promis le".
_ANNOUNCED = re.compile(
    r"\b(?:annonc\w*|promi\w*|promet\w*|assur\w*)\s+(?:[\w-]+\s+){0,4}?(?:l['’]|le\s+)$",
    re.IGNORECASE,
)
#: Forces sent: the nouns of armed units, after an adjective or an aside and "de".
_FORCES = (
    r"(?:renforts?|unités?|détachements?|troupes|soldats|militaires|gendarmes|policiers|"
    r"éléments|patrouilles?|contingents?|escadrons?|compagnies|bataillons?|forces|"
    r"VDP|volontaires|supplétifs|militia)"
)
_FORCES_SENT = re.compile(
    r"(?:\s+(?:prochaine?|rapide|imminente?|immédiate?|urgente?|massive?))?"
    r"(?:\s*«[^»\n]{1,50}»|\s*,[^,.;\n]{1,50},)?"
    r"\s+(?:de\s+|d['’]|des\s+)\s*(?:(?:un|une|nouveaux|nouvelles|importants|plusieurs|"
    r"\w+aine)\s+)?(?:\w+\s+)?" + _FORCES + r"\b",
    re.IGNORECASE,
)
_MILITIA = re.compile(r"\b(?:VDP|volontaires|supplétifs|militia)\b", re.IGNORECASE)

# ---------------------------------------------------------------------- escorts
_ESCORT = gated(re.compile(r"\bescort(?:e|ée|és|ées|é)\b", re.IGNORECASE))
#: An escort done: "sous escorte" after a move, or people or a convoy "(ont) été
#: escorté(e)s jusqu'à / par".
_UNDER = re.compile(r"\bsous\s+$", re.IGNORECASE)
_ESCORTED_BEFORE = re.compile(r"\b(?:été|étaient|sont|ont\s+été)\s+$", re.IGNORECASE)
_ESCORTED_AFTER = re.compile(r"\s+(?:jusqu['’]|par\s)", re.IGNORECASE)
_MOVED = re.compile(
    r"\b(?:arrivée?s?|parti(?:e|s|es)?|quitté|rallié|regagné|rejoint|atteint|rentrée?s?)\b",
    re.IGNORECASE,
)
#: An attack, an aid delivery or an escort asked for in the sentence: not the escort's
#: move (module docstring).
_NOT_THE_ESCORT = re.compile(
    r"\b(?:attaqu\w*|embuscade\w*|tomb\w*|heurt\w*|saut\w*|cible|tirs?|riposté\w*|"
    r"touché\w*|incendi\w*|explos\w*|vivres|ravitaill\w*|humanitaire\w*|aide|"
    r"médicaments|réclam\w*|demand\w*|exig\w*|appel\w*)\b",
    re.IGNORECASE,
)
_FUTURE_OR_WISH = re.compile(r"\b(?:seront|serait|seraient|devrai\w*|pourr\w*)\b", re.IGNORECASE)

# ---------------------------------------------------------------------- escorts announced
_ESCORTS_ANNOUNCED_PHRASE = "escorte annoncée"
_ANY_ESCORT = gated(re.compile(r"\bescort(?:e|es|é|ée|és|ées|s|ed)?\b", re.IGNORECASE))
#: A promise or an announcement before the escort in its sentence.
_PROMISED = re.compile(
    r"\b(?:annonc\w*|promi[st]\w*|promet\w*|assur\w*|garanti\w*|announc\w*|pledg\w*|"
    r"vow\w*)\b",
    re.IGNORECASE,
)
#: The escort itself promised ("a promis une escorte", "promised army escorts"), or a
#: future or a conditional told with it ("seraient mises en place", "bénéficieraient
#: d'une", "arriverait", "would be escorted").
_PROMISED_OBJECT = re.compile(
    r"\b(?:promi[st]\w*|promet\w*|garanti\w*|pledg\w*)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:une|des|d['’]une|an|army|military)\s*(?:\w+\s+)?$",
    re.IGNORECASE,
)
_TO_COME = re.compile(
    r"\b(?:\w+(?:ra|ront|rait|raient)|will|would|shall)\b",
    re.IGNORECASE,
)
#: An escort asked for or wished by others: a REQUEST, not a move.
_ASKED = re.compile(
    r"\b(?:réclam\w*|demand\w*|exig\w*|appel\w*|sollicit\w*|plaid\w*|call(?:s|ed|ing)?|"
    r"ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|request\w*)\b",
    re.IGNORECASE,
)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The written sentence around ``start``-``end`` (full stops and line breaks)."""
    head = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    stops = [e for e in (text.find(". ", end), text.find("\n", end)) if e >= 0]
    return head, min(stops, default=len(text))


def _next_sentence_end(text: str, end: int) -> int:
    """Where the sentence after the one ending at ``end`` ends."""
    stops = [e for e in (text.find(". ", end + 1), text.find("\n", end + 1)) if e >= 0]
    return min(stops, default=len(text))


def _move(
    start: int, end: int, text: str, mode: str, phrase: str, tokens: tuple[int, int]
) -> Trigger:
    return Trigger(start, end, text[start:end], "MOBILIZE", mode, (), _SCORE, phrase, tokens)


def _pursuits(
    text: str, analysis: Analysis, ranges: Sequence[tuple[int, int]] | None
) -> list[Trigger]:
    out = []
    for token in uncovered_words(text, analysis, _PURSUIT, ranges, ()):
        m = _SET_OFF.search(text, max(0, token.start - 30), token.start)
        if m is None:
            continue
        _, end = _sentence(text, token.start, token.end)
        if _FIGHT.search(text, token.end, _next_sentence_end(text, end)):
            continue  # the fight is the event (codebook, MOBILIZE)
        first = next(
            (
                t.index
                for t in analysis.tokens_between(m.start(), token.end)
                if t.start >= m.start()
            ),
            token.index,
        )
        out.append(_move(m.start(), token.end, text, "troops", "poursuite", (first, token.index)))
    return out


def _announced(
    text: str, analysis: Analysis, ranges: Sequence[tuple[int, int]] | None
) -> list[Trigger]:
    out = []
    for token in uncovered_words(text, analysis, _SENDING, ranges, ()):
        if not _ANNOUNCED.search(text, max(0, token.start - 60), token.start):
            continue
        forces = _FORCES_SENT.match(text, token.end)
        if forces is None:
            continue  # food, doctors or a delegation sent: the lexicon's AGREE
        # "d'un contingent de VDP": the auxiliaries named just after the unit
        mode = "militia" if _MILITIA.search(text, token.end, forces.end() + 15) else "troops"
        out.append(
            _move(token.start, token.end, text, mode, _ANNOUNCED_PHRASE, (token.index, token.index))
        )
    return out


def _escorts(
    text: str, analysis: Analysis, ranges: Sequence[tuple[int, int]] | None
) -> list[Trigger]:
    out = []
    for token in uncovered_words(text, analysis, _ESCORT, ranges, ()):
        before = text[max(0, token.start - 20) : token.start]
        noun = token.text.lower() == "escorte"
        if noun:
            done = _UNDER.search(before) is not None
        else:
            done = _ESCORTED_BEFORE.search(before) is not None and (
                _ESCORTED_AFTER.match(text, token.end) is not None
            )
        if not done:
            continue
        head, end = _sentence(text, token.start, token.end)
        if _NOT_THE_ESCORT.search(text, head, end) or _FUTURE_OR_WISH.search(text, head, end):
            continue
        if noun and not _MOVED.search(text, head, token.start):
            continue  # "sous escorte" with no move told: a convoy's description
        out.append(
            _move(token.start, token.end, text, "troops", "escorte", (token.index, token.index))
        )
    return out


def _escorts_announced(
    text: str, analysis: Analysis, ranges: Sequence[tuple[int, int]] | None
) -> list[Trigger]:
    """Escorts promised or announced (module docstring), French or English."""
    out = []
    for token in uncovered_words(text, analysis, _ANY_ESCORT, ranges, ()):
        head, end = _sentence(text, token.start, token.end)
        promises = list(_PROMISED.finditer(text, head, token.start))
        if not promises:
            continue
        promise = promises[-1]  # the last promise before the escort
        if _ASKED.search(text, head, token.start):
            continue  # an escort asked for (module docstring)
        promised = _PROMISED_OBJECT.search(text, promise.start(), token.start) is not None
        if not promised and not _TO_COME.search(text, promise.end(), end):
            continue  # an escort told as done or as what a convoy was
        out.append(
            Trigger(
                token.start,
                token.end,
                text[token.start : token.end],
                "MOBILIZE",
                "troops",
                (),
                _SCORE,
                _ESCORTS_ANNOUNCED_PHRASE,
                (token.index, token.index),
            )
        )
    return out


def force_moves(
    text: str,
    analysis: Analysis,
    ranges: Sequence[tuple[int, int]] | None,
    language: str,
) -> list[Trigger]:
    """The MOBILIZE triggers of French pursuits, forces announced and escorts done, and
    of escorts announced in both languages (module docstring), in text order."""
    found = _escorts_announced(text, analysis, ranges)
    if language == "fr":
        starts = {t.start for t in found}
        found += [
            *_pursuits(text, analysis, ranges),
            *_announced(text, analysis, ranges),
            *(t for t in _escorts(text, analysis, ranges) if t.start not in starts),
        ]
    return sorted(found, key=lambda t: t.start)


def displaced_by(text: str, found: Sequence[Trigger], moves: Sequence[Trigger]) -> list[Trigger]:
    """The lexicon's triggers without those a force move replaces (:func:`_replaced`)."""
    return [t for t in found if not any(_replaced(text, t, m) for m in moves)]


def _replaced(text: str, t: Trigger, move: Trigger) -> bool:
    """Whether the lexicon's ``t`` tells the same move: it overlaps it, or it is the
    promise just before forces announced ("a promis mardi le déploiement", AGREE, which
    the lexicon stops before the time) or the forces just after them ("l'envoi prochain
    de renforts", MOBILIZE)."""
    if t.start < move.end and move.start < t.end:
        return True
    if move.phrase == _ESCORTS_ANNOUNCED_PHRASE:
        # "a annoncé que les prochains convois bénéficieraient d'une escorte": the
        # promise in the escort's sentence is the move announced, not an AGREE
        head, _ = _sentence(text, move.start, move.end)
        return t.label == "AGREE" and head <= t.start < move.start
    if move.phrase != _ANNOUNCED_PHRASE:
        return False
    if t.label == "AGREE" and move.start - 40 <= t.end <= move.start:
        return not any(c in text[t.end : move.start] for c in ".;\n")
    return t.label == "MOBILIZE" and move.end <= t.start <= move.end + 50


def announced_move(t: Trigger) -> bool:
    """Whether ``t`` is forces announced or promised: a move to come, undated (corpus
    notes: "A governor's announced reinforcements are MOBILIZE `future` with no time")."""
    return t.phrase in (_ANNOUNCED_PHRASE, _ESCORTS_ANNOUNCED_PHRASE)


def announced_escort(t: Trigger) -> bool:
    """Whether ``t`` is an escort promised or announced: it has no place of its own (the
    town named with it is where the convoys go, "arriverait à Ségou", or where the
    promise was made), so none is linked (since 0.67.0)."""
    return t.phrase == _ESCORTS_ANNOUNCED_PHRASE
