"""The spaCy analysis: what the rules see is exactly what the model says, offsets kept."""

from __future__ import annotations

import re

import pytest

from sahel_events.preannotate.ner import analyse, compact, load_model

TEXT = (
    "Gao, 3 mai 2025 - Des hommes armés ont attaqué lundi un poste de l'armée près de Ménaka.\n"
    "\n"
    "Selon le porte-parole du gouvernement, les assaillants auraient fui vers le Niger.\n"
    "Le bilan provisoire fait état de douze soldats tués.\n"
)


def test_tokens_carry_the_models_own_lemma_morphology_and_parse() -> None:
    nlp = load_model()
    doc = nlp(TEXT)
    [analysis] = analyse([(TEXT, "fr")])
    spacy_tokens = [t for t in doc if not t.is_space]
    assert len(analysis.tokens) == len(spacy_tokens)
    index = {t.i: k for k, t in enumerate(spacy_tokens)}
    for ours, theirs in zip(analysis.tokens, spacy_tokens, strict=True):
        assert (ours.start, ours.end, ours.text) == (
            theirs.idx,
            theirs.idx + len(theirs),
            theirs.text,
        )
        assert ours.lemma == (theirs.lemma_ or theirs.text.lower())
        assert (ours.pos, ours.dep) == (theirs.pos_, theirs.dep_)
        assert ours.mood == "".join(theirs.morph.get("Mood"))
        assert ours.tense == "".join(theirs.morph.get("Tense"))
        assert ours.head == index[theirs.head.i]
    # A line break ends a sentence even where the model runs on.
    sentences = [TEXT[s:e] for s, e in analysis.sentences]
    assert all("\n" not in s and s == s.strip() for s in sentences)
    assert sentences[-2:] == [TEXT.splitlines()[2], TEXT.splitlines()[3]]
    assert [(e.start, e.end) for e in analysis.entities] == [
        (e.start_char, e.end_char) for e in doc.ents if e.label_ in ("PER", "ORG", "LOC")
    ]


def test_a_conditional_verb_is_read_as_such() -> None:
    [analysis] = analyse([(TEXT, "fr")])
    [fled] = [t for t in analysis.tokens if t.text == "fui"]
    auxiliary = analysis.tokens[fled.index - 1]
    assert auxiliary.text == "auraient" and auxiliary.mood == "Cnd"


def test_compact_drops_skipped_text_and_blank_lines_with_offsets_kept() -> None:
    lead = TEXT.index("Des hommes")
    short, positions = compact(TEXT, [(0, lead)])
    assert short.startswith("Des hommes armés") and "\n\n" not in short
    assert positions is not None and len(positions) == len(short)
    assert all(TEXT[p] == c for p, c in zip(positions, short, strict=True))
    # A text holding the masking character takes the character-by-character path, with
    # the same result.
    odd = "Titre\x00\n\nLe convoi a été attaqué.\n"
    assert compact(odd, [(0, 6)]) == ("Le convoi a été attaqué.\n", list(range(8, len(odd))))


def test_english_documents_get_tokens_and_sentences_without_a_parse() -> None:
    text = "Gunmen killed 12 soldiers near Menaka on Monday. The army said so."
    [analysis] = analyse([(text, "en")])
    assert analysis.model == "blank-en"
    assert [text[s:e] for s, e in analysis.sentences] == [
        "Gunmen killed 12 soldiers near Menaka on Monday.",
        "The army said so.",
    ]
    assert all(t.dep == "" and t.head == t.index for t in analysis.tokens)


def test_the_inference_kernels_give_the_annotations_of_the_pipeline_as_shipped() -> None:
    # load_model runs the model on the kernels of preannotate/kernels.py (numpy's BLAS on
    # one thread, numpy's maxout, layer normalisation in place); every annotation must be
    # the one thinc's kernels, as spaCy ships them, give.
    from threadpoolctl import threadpool_info

    from sahel_events.preannotate import kernels

    nlp = load_model()
    models = [getattr(c, "model", None) for _, c in nlp.components]
    layers = [node for m in models if hasattr(m, "walk") for node in m.walk()]
    assert layers and not any(node.ops.use_blis for node in layers)
    norms = [node for node in layers if node.name == "layernorm"]
    assert norms and all(node._func is kernels.layernorm_forward for node in norms)
    assert all(info["num_threads"] == 1 for info in threadpool_info() if info["user_api"] == "blas")
    texts = [TEXT, TEXT.replace("douze", "vingt-trois") * 3, "Niamey, 2 juin 2025 - " + TEXT[18:]]
    columns = ["POS", "MORPH", "DEP", "HEAD", "LEMMA", "ENT_IOB", "ENT_TYPE", "SENT_START"]
    ours = [doc.to_array(columns).tolist() for doc in nlp.pipe(texts)]
    try:
        kernels.use_shipped_kernels(nlp)
        assert not any(node._func is kernels.layernorm_forward for node in norms)
        shipped = [doc.to_array(columns).tolist() for doc in nlp.pipe(texts)]
    finally:
        kernels.use_inference_kernels(nlp)
    assert ours == shipped


def test_inference_maxout_gives_thincs_values_and_refuses_training() -> None:
    import numpy
    from thinc.api import NumpyOps

    from sahel_events.preannotate import kernels

    ops = kernels.numpy_blas()
    assert isinstance(ops, kernels.InferenceOps)
    pieces = numpy.random.default_rng(7).standard_normal((50, 96, 3)).astype("float32")
    pieces[0, 0] = [2.0, 2.0, -1.0]  # a tie
    best, _ = ops.maxout(pieces)
    expected, _ = NumpyOps(use_blis=False).maxout(pieces)
    assert best.dtype == expected.dtype and numpy.array_equal(best, expected)
    with pytest.raises(RuntimeError, match="prediction only"):
        ops.backprop_maxout(best, numpy.zeros((50, 96), dtype="int32"), 3)


def test_inference_layer_normalisation_gives_thincs_values_and_refuses_training() -> None:
    import numpy
    from thinc.api import LayerNorm

    from sahel_events.preannotate import kernels

    rng = numpy.random.default_rng(11)
    rows = (rng.standard_normal((300, 96)) * 4 + 2).astype("float32")
    layer = LayerNorm(nI=96)
    layer.initialize(X=rows)
    layer.set_param("G", rng.standard_normal(96).astype("float32"))
    layer.set_param("b", rng.standard_normal(96).astype("float32"))
    expected = layer.predict(rows)
    got, backprop = kernels.layernorm_forward(layer, rows, False)
    assert got.dtype == expected.dtype and numpy.array_equal(got, expected)
    assert not numpy.shares_memory(got, rows)  # the input is left as it was
    with pytest.raises(RuntimeError, match="prediction only"):
        backprop(got)


def test_tokens_spelt_are_whole_tokens_found_in_one_scan() -> None:
    text = "La licence a été retirée, puis il a retiré la plainte qu'il retirerait."
    [analysis] = analyse([(text, "fr")])
    verb = re.compile(r"\b(?:retir(?:é|ée|er))\b", re.IGNORECASE)
    assert [t.text for t in analysis.tokens_spelt(text, verb)] == ["retirée", "retiré"]
    assert all(analysis.tokens[t.index] is t for t in analysis.tokens_spelt(text, verb))
