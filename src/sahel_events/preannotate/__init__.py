"""Pre-annotation: Label Studio predictions for ingested documents, and their evaluation.

Public API (importing this package is cheap: spaCy loads on the first prediction)::

    from sahel_events.preannotate.predict import Preannotator, write_predictions
    pre = Preannotator(codebook)
    predictions = list(pre.predict(documents))       # one Prediction per document
    write_predictions(predictions, project.predictions_file)

    from sahel_events.preannotate.evaluate import score_results
    evaluation = score_results(pairs)                  # (predicted result, gold result) pairs

Modules: ``dates`` (temporal expressions), ``registry`` (actor registry), ``ner`` (spaCy),
``triggers`` (lexicon and factuality cues), ``casualties``, ``entities`` (merging),
``arguments`` (relations), ``predict`` (Label Studio result items), ``evaluate``.
The gazetteer is :mod:`sahel_events.gazetteer` (the compile stage uses it too).
Rules and formats: ``docs/preannotation.md``.
"""

from __future__ import annotations

#: Version of the pre-annotation rules and data; part of every prediction's model_version.
#: Bump it whenever a change to the rules, the registry, the lexicon or the gazetteer
#: changes predictions, so that evaluation figures name what they measured.
PREANNOTATE_VERSION = "0.69.0"
