"""Pre-annotation 0.59.0: the same text gives the same triggers in every process.

A token is looked up in the trigger lexicon by several keys (its text folded, its lemma,
their crude stems), held in a set whose order changes with the process's hash seed. When
two entries of the same length and score matched one token by different keys, the one
reached first won: "Des drones de l'armée ont frappé une base" was a general ASSAULT in
one process and a beating (ASSAULT beat, "frapper") in another. Since 0.59.0 the entries
a token opens are tried in the lexicon's order, so the one listed first in
``data/triggers.yaml`` wins in every process. Each process below runs with its own
``PYTHONHASHSEED``; the tokens are written by hand (no model to load), as the tagger
gives them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import sahel_events

#: The source directory of the code under test (the one this process imports).
_SOURCE = Path(sahel_events.__file__).resolve().parents[1]

#: Runs the project's lexicon on hand-made tokens of "Des drones ont frappé une base"
#: and prints the winning trigger's label and mode.
_PROGRAM = """
import json
from sahel_events.preannotate.ner import Analysis, Token
from sahel_events.preannotate.triggers import load_lexicon

words = [("Des", "un", "DET"), ("drones", "drone", "NOUN"), ("ont", "avoir", "AUX"),
         ("frappé", "frapper", "VERB"), ("une", "un", "DET"), ("base", "base", "NOUN")]
tokens, start = [], 0
for index, (text, lemma, pos) in enumerate(words):
    tokens.append(Token(start, start + len(text), text, lemma, pos, "", "", index, "", index))
    start += len(text) + 1
analysis = Analysis(tuple(tokens), ((0, start - 1),), (), "hand-made")
found = [(t.text, t.label, t.mode) for t in load_lexicon().find_triggers(analysis, "fr")]
print(json.dumps(found))
"""


def _triggers_with_seed(seed: int) -> list[list[str | None]]:
    env = {**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": str(_SOURCE)}
    done = subprocess.run(
        [sys.executable, "-c", _PROGRAM], env=env, capture_output=True, text=True, check=True
    )
    found: list[list[str | None]] = json.loads(done.stdout)
    return found


def test_a_tie_between_two_entries_goes_the_same_way_whatever_the_hash_seed() -> None:
    # Before 0.59.0 the seeds split: 0 and 2 gave the general ASSAULT (no mode), 4 and 6
    # a beating ("beat"), and which one a process gave could not be told in advance.
    runs = {seed: _triggers_with_seed(seed) for seed in (0, 2, 4, 6)}
    assert all(found == runs[0] for found in runs.values()), runs
    # The general ASSAULT is listed before the beating: it wins ("frappé" by drones is a
    # strike, not a beating).
    assert runs[0] == [["frappé", "ASSAULT", None]]
