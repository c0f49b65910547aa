"""Training the span tagger (scripts/train-tagger) on a tiny brat corpus made here."""

from __future__ import annotations

from pathlib import Path

import numpy
import pytest
import spacy

from claimcheck.nlp.tagger import load_tagger
from claimcheck.tagger import training
from claimcheck.tagger.training import Split, TrainingError

ARTICLES = {
    "a-01": (
        "The mayor said the bridge would reopen.",
        [("Source", 0, 9), ("Cue", 10, 14), ("Content", 15, 39)],
    ),
    "a-02": (
        "Officials warned that taxes would rise.",
        [("Source", 0, 9), ("Cue", 10, 16), ("Content", 17, 38)],
    ),
    "a-03": (
        "She added: prices will fall.\nNothing else.",
        [("Source", 0, 3), ("Cue", 4, 9), ("Content", 11, 27)],
    ),
    "a-04": (
        "The union claimed the deal was dead.",
        [("Source", 0, 9), ("Cue", 10, 17), ("Content", 18, 35)],
    ),
}


def brat(text: str, spans: list[tuple[str, int, int]]) -> str:
    lines = [f"T{i}\t{label} {s} {e}\t{text[s:e]}" for i, (label, s, e) in enumerate(spans, 1)]
    roles = " ".join(f"{label}:T{i}" for i, (label, _, _) in enumerate(spans, 1))
    return "\n".join([*lines, f"E1\tAttribution:T2 {roles}"]) + "\n"


@pytest.fixture
def gold(tmp_path: Path) -> Path:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    for name, (text, spans) in ARTICLES.items():
        (tmp_path / "text" / f"{name}.txt").write_text(text, encoding="utf-8")
        ann = brat(text, spans)
        (tmp_path / "attributions" / f"{name}_annotator1.ann").write_text(ann, encoding="utf-8")
    return tmp_path


def test_a_span_text_with_a_line_break_is_read_whole() -> None:
    ann = "T1\tSource 0 3\tShe\nT2\tContent 10 30\tprices will\nfall\nE1\tContent:T2 Source:T1\n"
    assert training.gold_spans(ann) == [("SOURCE", 0, 3), ("CONTENT", 10, 30)]


def test_the_last_84_articles_in_sorted_order_are_held_out() -> None:
    names = [f"art-{i:03d}" for i in range(200)][::-1]
    parts = training.split(names)
    assert parts.held_out == [f"art-{i:03d}" for i in range(116, 200)]
    assert not set(parts.held_out) & (set(parts.train) | set(parts.dev))


def test_too_few_articles_to_hold_out_is_an_error() -> None:
    with pytest.raises(TrainingError, match="too few"):
        training.split(["a", "b"])


def test_held_out_articles_never_reach_the_corpus(gold: Path, tmp_path: Path) -> None:
    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    parts = training.split(training.article_names(gold), held_out=1, dev=1)
    assert parts.held_out == ["a-04"]
    training.build_corpus(gold, tmp_path / "corpus", parts)
    texts = [
        doc.text
        for part in ("train", "dev")
        for doc in DocBin().from_disk(tmp_path / "corpus" / f"{part}.spacy").get_docs(Vocab())
    ]
    assert not any("union" in text for text in texts)
    assert "She added: prices will fall." in texts  # one example per paragraph


def test_overlapping_gold_spans_keep_the_longest() -> None:
    text = "The mayor said the bridge would reopen."
    spans = [("SOURCE", 0, 9), ("CONTENT", 4, 9), ("CONTENT", 15, 38)]
    [doc] = training.to_docs(spacy.blank("en"), text, spans)
    assert [(e.label_, e.text) for e in doc.ents] == [
        ("SOURCE", "The mayor"),
        ("CONTENT", "the bridge would reopen"),
    ]


def test_the_corpus_keeps_claimcheck_s_parse_for_the_tagger_to_read(
    gold: Path, tmp_path: Path
) -> None:
    """The tagger reads the token vectors, part-of-speech tags and dependency labels of
    claimcheck's parse, so its training examples carry them, in what it reads as well as in
    the gold."""
    parts = Split(train=["a-01", "a-02"], dev=["a-03"], held_out=[])
    corpus = tmp_path / "corpus"
    training.build_corpus(gold, corpus, parts)
    nlp = spacy.blank("en")
    [first, second] = list(training.parsed_corpus(str(corpus / "train.spacy"))(nlp))
    said = next(t for t in first.predicted if t.text == "said")
    assert (said.tag_, said.dep_) == ("VBD", "ROOT")
    parsed = training.parsing_pipeline()(first.predicted.text)
    assert numpy.array_equal(first.predicted.tensor, parsed.tensor)  # the parse's own vectors
    assert not first.predicted.ents  # what it reads has no answers in it
    assert [(e.label_, e.text) for e in second.reference.ents] == [
        ("SOURCE", "Officials"),
        ("CUE", "warned"),
        ("CONTENT", "that taxes would rise"),
    ]


def test_a_gold_span_across_a_sentence_break_or_with_blank_edges_is_fitted() -> None:
    """A ``ner`` never tags across a sentence break nor a whitespace token at a span's edge,
    and training on such a span stopped with spaCy's "Could not find an optimal move"."""
    text = "She said  it was over. It was done."
    spans = [("SOURCE", 0, 3), ("CUE", 4, 10), ("CONTENT", 10, 35)]
    [doc] = training.to_docs(training.parsing_pipeline(), text, spans)
    assert [(e.label_, e.text) for e in doc.ents] == [("SOURCE", "She"), ("CUE", "said")]


def test_too_little_memory_stops_with_a_clear_message() -> None:
    with pytest.raises(TrainingError, match="not enough free memory"):
        training.check_memory(minimum=2 * 1024**3, available=512 * 1024**2)


def test_a_tiny_training_run_gives_a_model_that_loads(gold: Path, tmp_path: Path) -> None:
    parts = Split(train=["a-01", "a-02", "a-03"], dev=["a-04"], held_out=[])
    overrides = {"training.max_steps": 4, "training.eval_frequency": 2}
    best = training.train(gold, tmp_path / "out", overrides, parts)
    target = tmp_path / "installed"
    training.install(best, target)
    tagger = load_tagger("en", target)
    assert tagger is not None and tagger.name == "claimcheck_tagger-3.1.0"
