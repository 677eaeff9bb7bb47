"""Short names: a person or an organisation named again by part of its name.

News writing names someone in full once and shortly after: "le capitaine Ibrahim Traoré"
then "Traoré", "Amnesty International" then "Amnesty", "l'association Tabital Pulaaku"
then "Tabital Pulaaku". The recogniser finds the full name; the short one, standing
alone, is often missed, and with it the actor of the sentence it opens ("Amnesty urged
the authorities", "Traoré a promis"). Since 0.20.0 a short name is suggested as a
mention of the same label and actor id as the full one:

* a person's surname: the last word of a name of two capitalised words or more;
* an organisation's name after its kind: the capitalised words that end a mention after
  a common noun ("L'association *Tabital Pulaaku*"), not after a preposition ("Forces
  armées du *Mali*": a country, not the army);
* a registered organisation's first word, when every word of its name is capitalised:
  "*Amnesty* International" (not "*Malian* army").

Only later in the text, only a form standing alone (no capitalised word right before or
after it), never inside a mention already suggested, never a form that is also a place
the text names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..annotation.ids import Normalised
from .entities import Mention

#: A word of a name: capitalised, letters, hyphens and apostrophes.
_NAME_WORD = re.compile(r"[A-ZÀ-Ý][\w'’-]*\Z")
#: Words that begin organisation names without naming one on their own.
_GENERIC = frozenset(
    {
        "Forces", "Force", "Groupe", "Union", "Front", "Conseil", "Mouvement", "Agence",
        "Association", "Coordination", "Comité", "Direction", "Ministère", "Haut",
        "Bureau", "Office", "Fonds", "Programme", "Organisation", "Institut", "Centre",
        "Commission", "Syndicat", "Parti", "Alliance", "Armée", "Garde", "État", "États",
        "Etat", "Etats", "United", "National", "Human", "International", "Islamic",
        "Rapid", "Support", "Armed", "Army", "Council", "Group", "Ministry", "The",
        "Les", "Le", "La", "Nations", "Save", "World", "Médecins", "Doctors",
    }
)  # fmt: skip
_PREPOSITIONS = frozenset({"de", "du", "des", "d'", "d’", "of", "à", "au", "aux", "en", "in"})
#: Shortest short name: "Diop", "JNIM" are names, "Al" is not.
_MIN_LENGTH = 4


def _forms(mention: Mention) -> list[str]:
    """The short names of a mention (module docstring), none when it has none."""
    words = mention.text.split()
    if len(words) < 2:
        return []
    out = []
    if mention.label == "PER" and all(_NAME_WORD.match(w) for w in words[-2:]):
        out.append(words[-1])
    if mention.label == "ORG":
        k = len(words)
        while k > 0 and _NAME_WORD.match(words[k - 1]):
            k -= 1
        before = words[k - 1].lower() if k > 0 else ""
        before = before.rsplit("'", 1)[-1].rsplit("’", 1)[-1] if "'" in before else before
        if 0 < k < len(words) and before.isalpha() and before not in _PREPOSITIONS:
            out.append(" ".join(words[k:]))
        if mention.textareas.get(Normalised.ACTOR) and all(_NAME_WORD.match(w) for w in words):
            out.append(words[0])
    return [f for f in out if len(f) >= _MIN_LENGTH and f.split()[0] not in _GENERIC]


def find_short_names(
    text: str, mentions: Sequence[Mention], allowed: Sequence[tuple[int, int]]
) -> list[Mention]:
    """Mentions of short names (module docstring) not among ``mentions``."""
    places = {m.text for m in mentions if m.label in ("GPE", "LOC", "FAC")}
    taken = sorted((m.start, m.end) for m in mentions)
    forms: dict[str, Mention] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if m.label in ("PER", "ORG"):
            for form in _forms(m):
                if form not in places:
                    forms.setdefault(form, m)
    out: list[Mention] = []
    for form, full in forms.items():
        pattern = re.compile(r"(?<![\w'’-])" + re.escape(form) + r"(?![\w'’-])(?! [A-ZÀ-Ý])")
        for match in pattern.finditer(text, full.end):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken) or not any(
                s <= start and end <= e for s, e in allowed
            ):
                continue
            if _capitalised_before(text, start):
                continue
            out.append(replace(full, start=start, end=end, text=form, source="short-name"))
            taken.append((start, end))
    return out


def with_actor_ids(mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions, a short name the recogniser found itself ("Traoré") given the actor
    id of the full name told before it ("le capitaine Ibrahim Traoré"), when it has
    none."""
    ids: dict[tuple[str, str], str] = {}
    out = []
    for m in sorted(mentions, key=lambda m: m.start):
        own = m.textareas.get(Normalised.ACTOR)
        if m.label in ("PER", "ORG"):
            inherited = ids.get((m.label, m.text))
            if not own and inherited:
                m = replace(m, textareas={**m.textareas, Normalised.ACTOR: inherited})
            elif own:
                for form in _forms(m):
                    ids.setdefault((m.label, form), own)
        out.append(m)
    return out


def _capitalised_before(text: str, start: int) -> bool:
    """Whether a capitalised word ends right before ``start`` (one space between): the
    form is then part of a longer name ("Moussa Traoré" is not "Ibrahim Traoré")."""
    before = text[max(0, start - 40) : start]
    if not before.endswith(" "):
        return False
    word = before[:-1].rsplit(None, 1)[-1] if before[:-1].split() else ""
    return bool(word) and _NAME_WORD.match(word) is not None and not word.endswith(".")
