"""Whom an English "They" or "It" that opens a sentence stands for (since 0.65.0).

English text has no parse here, so a pronoun subject is read from word order. Two
causes of lost or wrong actors:

* the antecedent: the last person or organisation named before the pronoun's sentence
  is often who *told* of the act ("..., local sources said. They burned granaries"), a
  news agency ("told AFP") or a victim. The pronoun continues the subject of an act told
  before: a name right before a trigger's verb ("Jihadists from the Islamic State Sahel
  Province attacked"), the last such name first; only when none acts there, the last
  name that is no source.
* the reach: the pronoun is also the subject of the verbs conjoined to its own ("They
  burned granaries *and stole* livestock", "They stormed the village, *torching*
  homes"), which name no subject of their own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .entities import Mention
from .triggers import Trigger

#: A pronoun subject that opens its sentence (after a fronted time or adverb and its
#: comma: "On Sunday, they ..."), then the words before the trigger, within one clause.
_PRONOUN_OPENS = re.compile(
    r"\s*(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3},\s*)?(?:They|It|they|it)\s+(?P<rest>[^;:.!?\"“”]*)$"
)
#: Between a subject and its verb: adverbs, auxiliaries, a day ("Gunmen on Sunday
#: attacked", "the militants had also torched").
_SUBJECT_GAP = re.compile(
    r"\s+(?:(?:also|reportedly|then|later|first|allegedly|again|have|has|had|"
    r"on\s+\w+day|[a-z]+ly)\s+){0,3}"
)
#: What follows who tells of an act: "local sources said", "a resident told".
_TELLS_AFTER = re.compile(
    r"\s*,?\s*(?:(?:on\s+\w+day|also|later)\s+)?(?:said|says|told|reported|added|confirmed|"
    r"stated|explained|according)\b",
    re.IGNORECASE,
)
#: What comes right before who tells or hears: "according to", "told", "reported by".
_TELLS_BEFORE = re.compile(
    r"\b(?:according\s+to|told|to|said|quoted)\s+(?:the\s+)?$", re.IGNORECASE
)
#: A source by its noun: "local sources", "a security source".
_SOURCE_WORD = re.compile(r"\bsources?\b", re.IGNORECASE)
#: The conjunction or comma that joins a verb to the pronoun's first one: "and stole",
#: ", torching" (checked right before the trigger).
_JOINED = re.compile(r"(?:\band\s+(?:then\s+|later\s+|also\s+)?|,\s*)$", re.IGNORECASE)
#: A verb of the pronoun's clause that the joined trigger follows: a past or a gerund.
_VERB = re.compile(r"\b[a-z]+(?:ed|ing)\b|\b(?:stole|burnt|took|fled|set|shot|stormed)\b")


def pronoun_opens(text: str, trig: Trigger, sent: tuple[int, int]) -> bool:
    """Whether the English trigger's subject is a "They"/"It" that opens its sentence: the
    verb right after it (two words between at most), or a verb joined to that verb by
    "and" or a comma in the same clause ("They burned granaries and stole livestock")."""
    found = _PRONOUN_OPENS.match(text, sent[0], trig.start)
    if found is None:
        return False
    rest = found.group("rest")
    if len(rest.split()) <= 2:
        return True
    return bool(_JOINED.search(rest)) and bool(_VERB.search(rest))


def _tells(text: str, m: Mention) -> bool:
    """Whether the mention tells of an act or hears it told (a source, an agency)."""
    return (
        bool(_SOURCE_WORD.search(m.text))
        or bool(_TELLS_AFTER.match(text, m.end))
        or bool(_TELLS_BEFORE.search(text, max(0, m.start - 20), m.start))
    )


def pronoun_antecedent_en(
    text: str,
    mentions: Sequence[Mention],
    earlier: Sequence[int],
    triggers: Sequence[Trigger],
) -> int | None:
    """The person or organisation an English opening pronoun stands for, among
    ``earlier`` (named before its sentence): the last one right before a trigger's
    verb (the subject of an act), else the last one that tells of nothing; None when
    all of them tell."""
    told = [i for i in earlier if not _tells(text, mentions[i])]
    starts = sorted(t.start for t in triggers)
    acting = [
        i
        for i in told
        if any(
            0 <= s - mentions[i].end <= 40
            and _SUBJECT_GAP.fullmatch(text, mentions[i].end, s) is not None
            for s in starts
        )
    ]
    pool = acting or told
    return max(pool, key=lambda i: mentions[i].end, default=None)


#: "He" or "She" opening its sentence (after a fronted phrase and its comma), then up to
#: three words before the trigger: "He also announced the deployment", "She urged".
_PERSON_OPENS = re.compile(
    r"\s*(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3},\s*)?(?:He|She)\s+(?P<rest>[^;:.!?\"“”]*)$"
)


def person_antecedent(
    text: str,
    trig: Trigger,
    sent: tuple[int, int],
    mentions: Sequence[Mention],
    earlier: Sequence[int],
    here: Sequence[int],
) -> int | None:
    """The person an English "He" or "She" that opens the trigger's sentence stands for
    (since 0.65.0): "The governor of Tillaberi met chiefs in Ayorou. He urged them to
    ..." is the governor's request. The last person named before the sentence that is
    no source; none when a name stands between the pronoun and the trigger (its own
    subject: "He said gunmen attacked"), or when the trigger is further than three
    words from the pronoun and joined to no verb of its."""
    found = _PERSON_OPENS.match(text, sent[0], trig.start)
    if found is None or here:
        return None
    rest = found.group("rest")
    if len(rest.split()) > 3 and not (_JOINED.search(rest) and _VERB.search(rest)):
        return None
    people = [
        i
        for i in earlier
        if mentions[i].label == "PER" and not _SOURCE_WORD.search(mentions[i].text)
    ]
    return max(people, key=lambda i: mentions[i].end, default=None)
