"""The learned span tagger beside the rules: it proposes, the rules link (issue 17).

A spaCy ``ner`` trained on PolNeAR (scripts/train-tagger, docs/tagger.md) marks SOURCE, CUE and
CONTENT spans. Where it marks a cue that no rule claim covers, the rules try to make a claim of
it: the source is a tagged SOURCE the parse ties to the cue (its subject or agent, or next to
it), else the subject the rules' own parse finds; the content is a tagged CONTENT that is the
cue's complement or stands right beside the cue and source. A cue left without a source or a
content is dropped: an unlinked span is never a claim. The rules win every overlap, so the
tagger only adds claims; what it changes of a rule claim is how far the cue reaches, where
its CUE holds the rule's ("said" is "said in a statement", ``wider_cue``).

Language-neutral: a language gets a tagger by having a model in ``TAGGER_MODELS``; the others
(French today) run on the rules alone.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimcheck.errors import ModelMissingError
from claimcheck.nlp.frames import SUBJECT_DEPS, Frame, FrameFinder
from claimcheck.nlp.frames.base import (
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    RELATIVE_DEPS,
    prepositional_patterns,
)
from claimcheck.nlp.lexicon import ADDRESSEE
from claimcheck.nlp.sources import GENERIC

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from claimcheck.nlp.lexicon import Lexicon
    from claimcheck.nlp.loading import ModelCache
    from claimcheck.nlp.parse import Part
    from claimcheck.nlp.quotes import Quote

_PACKAGE = Path(__file__).resolve().parents[1] / "tagger"
# The tagger model of each language that has one, shipped inside the package.
TAGGER_MODELS: dict[str, Path] = {"en": _PACKAGE / "model"}
REINSTALL = "pip install --force-reinstall claimcheck-news"
LABELS = frozenset({"SOURCE", "CUE", "CONTENT"})
# The punctuation around spans: between a content and its cue or source ('“…,” he said', 'He
# said: “…”'), and at a span's edges (with "!" and "?", which end no joined words).
_MARKS = r",:;.\"“”‘’'«»()\-–—"
_JOINER = re.compile(rf"[\s{_MARKS}]*")
_EDGE_PUNCTUATION = re.compile(rf"[!?{_MARKS}]")
# Pronoun kinds (lexicon [grammar.pronouns]) that name nobody who could have said something.
_NOT_SPEAKERS = frozenset({"neuter", GENERIC})
# A passive's subject is what was said or whom it was put to ("Clinton was asked about …",
# "Trump is expected to …"); only its agent ("by aides") may have said it.
_PASSIVE_DEPS = PASSIVE_SUBJECT_DEPS | {"auxpass", "aux:pass"}
# A tagger draft loses every overlap with a rule draft (rule strengths are 1 and 2).
TAGGER_STRENGTH = 0


@dataclass(frozen=True)
class Tagged:
    """One span the tagger marked, in character offsets into its Doc."""

    label: str
    start: int
    end: int


# Where each tagged span's head word hangs, one and two steps up (character offsets).
_Governors = dict[Tagged, tuple[int, ...]]


class SpanTagger:
    """A loaded tagger model; ``tag`` reads a parsed Doc without touching it."""

    def __init__(self, nlp: Language, name: str, vectors: Language | None = None) -> None:
        self.nlp = nlp
        self.name = name  # what the report's meta.tagger says
        # The pipeline whose token vectors the tagger was trained to read, when the parse
        # comes from another (--model): its tok2vec then runs on the tagger's copies. None
        # when the parse is that pipeline's own, whose vectors each Doc already holds.
        self.vectors = vectors

    def tag(self, docs: Sequence[Doc]) -> list[list[Tagged]]:
        """The spans of each Doc, read from copies (``tagger_input``)."""
        copies = [tagger_input(doc) for doc in docs]
        if self.vectors is not None:
            tok2vec: Any = self.vectors.get_pipe("tok2vec")
            tok2vec.set_annotations(copies, tok2vec.predict(copies))
        for label in LABELS:  # the Docs' string store must know the labels it will read back
            self.nlp.vocab.strings.add(label)
            if docs:
                docs[0].vocab.strings.add(label)
        ner: Any = self.nlp.get_pipe("ner")
        tagged = ner.pipe(copies, batch_size=64)
        return [[Tagged(e.label_, e.start_char, e.end_char) for e in doc.ents] for doc in tagged]


def tagger_input(doc: Doc) -> Doc:
    """What the tagger reads of a parsed Doc: a copy, so that the parse's entities (people,
    organisations) stay as they are, with no entities at all, since a ``ner`` keeps to those a
    Doc already has. The copy keeps the parse: the tagger reads its token vectors
    (``doc.tensor``), part-of-speech tags and dependency labels. Training reads its examples
    the same way."""
    copy = doc.copy()
    copy.set_ents([], default="missing")
    return copy


def load_tagger(
    language: str, path: Path | None = None, *, vectors_from: ModelCache | None = None
) -> SpanTagger | None:
    """The language's tagger, or None when it has none (rules only). A model that is missing
    or will not load is one clear error naming the reinstall command.

    The tagger reads the token vectors of the language's default pipeline, the one its corpus
    was parsed by, which the analysis's parse holds. When the analysis parses with another
    (--model), ``vectors_from`` is the cache the default pipeline is loaded from, so that its
    tok2vec computes them."""
    where = path or TAGGER_MODELS.get(language)
    if where is None:
        return None
    fix = f"reinstall claimcheck ({REINSTALL}) or run with --no-tagger"
    if not (where / "meta.json").is_file():
        raise ModelMissingError(f"claimcheck's span tagger for '{language}' is missing: {fix}")
    import spacy

    from claimcheck.tagger import layers

    layers.register()
    try:
        nlp = spacy.load(where)
        ner: Any = nlp.get_pipe("ner")
        labels = set(ner.labels)
    except (OSError, ValueError, KeyError, ImportError) as exc:
        why = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ModelMissingError(
            f"claimcheck's span tagger for '{language}' could not be loaded ({why}): {fix}"
        ) from None
    if labels != LABELS:
        raise ModelMissingError(
            f"claimcheck's span tagger for '{language}' is not a SOURCE/CUE/CONTENT model: {fix}"
        )
    meta = nlp.meta
    vectors = None if vectors_from is None else _vector_pipeline(language, vectors_from)
    return SpanTagger(nlp, f"{meta.get('name', 'tagger')}-{meta.get('version', '?')}", vectors)


def _vector_pipeline(language: str, models: ModelCache) -> Language:
    """The language's default pipeline, whose tok2vec computes the vectors the tagger reads."""
    from claimcheck.nlp.loading import default_pipeline, install_hint

    if default_pipeline(language) is None:
        raise ModelMissingError(
            f"the span tagger reads the token vectors of the default '{language}' pipeline, "
            f"which is not installed: {install_hint(language)}, or run with --no-tagger"
        )
    return models.for_language(language).nlp


@dataclass(frozen=True)
class Proposal:
    """A claim the tagger proposed and the rules linked, in the Part's offsets."""

    frame: Frame
    sentence: SpacySpan


def propose(
    part: Part,
    tagged: list[Tagged],
    lexicon: Lexicon,
    quotes: list[Quote],
    taken: list[tuple[int, int]],
) -> Iterator[Proposal]:
    """The tagger's cues that no rule claim covers (``taken``: the rule claims' spans in the
    Part's offsets) and no quotation holds, each linked to a source and a content, or
    dropped."""
    tagged = [t for t in tagged if _has_words(part.text, t)]
    covered = _coverage(taken, len(part.text))
    cues = [t for t in tagged if t.label == "CUE" and covered.find(1, t.start, t.end) < 0]
    if not cues:
        return
    finder = FrameFinder(lexicon, quotes, part.text)
    doc = part.doc
    sentences = part.sentences
    starts = [sent.start_char for sent in sentences]
    sources = [t for t in tagged if t.label == "SOURCE"]
    governors: _Governors = {}
    for cue in cues:
        if finder.inside_quote(cue.start):
            continue  # someone quoted inside a quotation: the rules' speaker owns it all
        cue_span = doc.char_span(cue.start, cue.end, alignment_mode="expand")
        if cue_span is None or not len(cue_span):
            continue
        sent = sentences[max(0, bisect_right(starts, cue.start) - 1)]
        verb = cue_span.root
        if verb.pos_ not in ("VERB", "AUX"):
            continue  # "reportedly", "amid": a hedge or a word, not a reporting act
        if verb.lemma_.lower() in lexicon.excluded_verbs:
            continue  # "X appears to …": the writer's judgment, as the rules read it
        parsed = finder.find_source(sent, verb)
        near = [t for t in sources if _overlap((t.start, t.end), sent)]
        source = _linked_source(doc, finder, verb, cue, near, parsed)
        if source is None and parsed is not None and _speaker(parsed.root, finder):
            source = parsed  # the tagger missed it; the rules' parse names someone
        if source is None or _overlap((source.start_char, source.end_char), (cue.start, cue.end)):
            continue
        if not _may_have_said(source.root, verb, lexicon):
            continue
        content = _linked_content(doc, finder.text, cue, source, tagged, governors)
        if content is not None:
            content = finder.extend_to_quotes(content)  # '“Nobody cares': the whole quotation
        if content is None or covered.find(1, *content) >= 0:
            continue
        if _only_pronouns(doc, finder.text, content, lexicon):
            continue  # "he said what …", "asked about them": a gap or a stand-in, no words
        written = finder.relative_subject(verb)
        antecedent = parsed is not None and _overlap((source.start_char, source.end_char), parsed)
        if written is not None and parsed is not None and (_overlap(written, source) or antecedent):
            # "executives, who pressed": "who" is the source as written, named by its antecedent,
            # as the rules do, whether the tagger marked the pronoun or the antecedent
            source = parsed
        else:
            written = None
        lemma = verb.lemma_.lower()
        frame = Frame((cue.start, cue.end), lemma, content, source, TAGGER_STRENGTH, written)
        yield Proposal(frame, sent)


def wider_cue(
    cue: tuple[int, int],
    sentence: SpacySpan,
    blocked: list[tuple[int, int]],
    tagged: list[Tagged],
    text: str,
    lexicon: Lexicon,
) -> tuple[int, int]:
    """A rule cue as wide as the tagger's CUE that holds it in the same sentence: "said in a
    statement", "wrote on Facebook", "revised her statement explaining". The tagger learned
    where PolNeAR's annotators end a reporting act; the rules found the verb. The wider span
    stops before a prepositional cue of its own ("said in a statement according to The
    Blaze": the relay is another act) and never takes in the content or the source
    (``blocked``); trailing punctuation stays out ("said:")."""
    start, end = cue
    for span in tagged:
        if not (span.start <= start and end <= span.end) or (span.start, span.end) == cue:
            continue
        if span.start < sentence.start_char or span.end > sentence.end_char:
            continue
        if any(_overlap((span.start, span.end), b) for b in blocked):
            continue
        stop = _prepositional_cue_at(text, end, span.end, lexicon)
        wider = _trimmed(text, span.start, stop)
        return (min(wider[0], start), max(wider[1], end))
    return cue


def _prepositional_cue_at(text: str, start: int, end: int, lexicon: Lexicon) -> int:
    """Where the first prepositional cue ("according to") in text[start:end] opens, or end."""
    piece = text[start:end]
    lowered = piece.lower()
    if len(lowered) != len(piece):
        return end  # a letter whose lowercase is longer: offsets would drift
    found = [m.start() for p in prepositional_patterns(lexicon) if (m := p.search(lowered))]
    return start + min(found, default=len(piece))


def _has_words(text: str, span: Tagged) -> bool:
    """A span with a letter or digit in it. The tagger sometimes marks a closing quotation mark
    and the line break after it as a CONTENT; beside the next paragraph's subject, the rules
    would stretch that mark to the whole quotation and give it to the wrong speaker."""
    return any(character.isalnum() for character in text[span.start : span.end])


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the blanks and punctuation at its edges."""
    while end > start and _is_edge(text, end - 1):
        end -= 1
    while start < end and _is_edge(text, start):
        start += 1
    return start, end


def _is_edge(text: str, at: int) -> bool:
    return text[at].isspace() or _EDGE_PUNCTUATION.match(text, at) is not None


def _coverage(spans: list[tuple[int, int]], length: int) -> bytearray:
    """1 at each of a text's ``length`` characters that one of ``spans`` covers: whether a
    stretch overlaps any of them is one search, not a comparison with each."""
    covered = bytearray(length)
    for start, end in spans:
        start, end = max(0, start), min(length, end)
        if start < end:
            covered[start:end] = b"\x01" * (end - start)
    return covered


def _overlap(a: tuple[int, int], b: tuple[int, int] | SpacySpan) -> int:
    start, end = (b.start_char, b.end_char) if not isinstance(b, tuple) else b
    return max(0, min(a[1], end) - max(a[0], start))


def _linked_source(
    doc: Doc,
    finder: FrameFinder,
    verb: Token,
    cue: Tagged,
    spans: list[Tagged],
    parsed: SpacySpan | None,
) -> SpacySpan | None:
    """A tagged SOURCE of the sentence that the parse makes the cue's subject or agent, that
    stands right beside the cue ("…, said Mr Smith"), or that holds the head of what the rules'
    own source search (``parsed``) lands on: in "Clinton, who once praised …, offered", that is
    Clinton, not the "who" of her relative clause. A source only the parse sees is not enough:
    "it seems", "which showed" are no speakers."""
    for tagged in spans:
        if tagged.label != "SOURCE":
            continue
        span = doc.char_span(tagged.start, tagged.end, alignment_mode="contract")
        if span is None or not len(span):
            continue
        found = parsed is not None and tagged.start <= parsed.root.idx < tagged.end
        if found or _governs(verb, span.root) or _inverted(finder, verb, span, tagged, cue):
            return span
    return None


def _inverted(
    finder: FrameFinder, verb: Token, span: SpacySpan, tagged: Tagged, cue: Tagged
) -> bool:
    """A source right beside its cue ("…, said Mr Smith"). The parser often makes such an
    inverted speaker the verb's object ("mused Blaze co-host Stu Burguiere", "read one"); an
    object that is a common noun for nobody who speaks is what the verb acts on ("denounced
    her record"), not who spoke."""
    if not _beside(finder.text, tagged, cue):
        return False
    objects = [t for t in span if t.head == verb and t.dep_ in OBJECT_DEPS]
    return not objects or any(t.pos_ != "NOUN" or finder.can_speak(t) for t in objects)


def _may_have_said(head: Token, verb: Token, lexicon: Lexicon) -> bool:
    """Whether a source the tagger linked can be who spoke: not the subject of a passive ("he
    was asked about …"), nor anyone but the agent of a passive cue, nor the reader ("Do you
    support …?")."""
    if head.dep_ in PASSIVE_SUBJECT_DEPS:
        return False
    if any(c.dep_ in _PASSIVE_DEPS for c in verb.children) and head.head.dep_ != "agent":
        return False
    return head.pos_ != "PRON" or lexicon.pronouns.get(head.lower_) != ADDRESSEE


def _speaker(head: Token, finder: FrameFinder) -> bool:
    """A subject the rules would take for a speaker: a name, a noun for people or bodies, a
    personal pronoun; not "it", "which", generic "one"."""
    if head.pos_ == "PRON":
        kind = finder.lexicon.pronouns.get(head.lower_)
        return kind is not None and kind not in _NOT_SPEAKERS
    return finder.can_speak(head)


def _governs(verb: Token, noun: Token) -> bool:
    """The noun is the verb's subject or agent, directly or through the verb it is conjoined
    with or complements ("he stood and said", "she went on to say")."""
    heads = [verb] + ([verb.head] if verb.dep_ in ("conj", "xcomp") else [])
    for head in heads:
        if noun.head == head and (noun.dep_ in SUBJECT_DEPS or noun.dep_ == "agent"):
            return True
        if noun.head.dep_ == "agent" and noun.head.head == head:
            return True
    return verb.dep_ in RELATIVE_DEPS and verb.head == noun  # "aides who said"


def _hangs_on(doc: Doc, span: Tagged, cue: Tagged, governors: _Governors) -> bool:
    """The span's head word depends on a word of the cue, at most two steps up ("said that
    …", "accused him of …"). ``governors`` keeps each span's, asked of every cue of a part."""
    heads = governors.get(span)
    if heads is None:
        heads = governors[span] = _governors(doc, span)
    return any(cue.start <= head < cue.end for head in heads)


def _governors(doc: Doc, span: Tagged) -> tuple[int, ...]:
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    if words is None or not len(words):
        return ()
    first = words.root.head
    return (first.idx, first.head.idx)


def _beside(text: str, a: Tagged, b: Tagged) -> bool:
    """Nothing but spaces and punctuation between two spans, in one paragraph. Only an
    announcement reaches over a line break, to what follows it ("He said:\n“…”"): a quotation
    that ends a paragraph is its own speaker's, not the subject's of the next one."""
    start, end = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    if start > end or _JOINER.fullmatch(text, start, end) is None:
        return False
    return "\n" not in text[start:end] or (a.start >= b.end and ":" in text[start:end])


def _only_pronouns(doc: Doc, text: str, content: tuple[int, int], lexicon: Lexicon) -> bool:
    """A content of pronouns alone: the gap of "he said what he wanted", the stand-in of
    "Reuters asked about them". Either says nothing a reader could check. ``text`` is the
    Doc's, which spaCy would rebuild on each access."""
    words = doc.char_span(*content, alignment_mode="expand")
    if words is None:
        return False
    if text[content[0] : content[1]].strip().lower() in lexicon.wh_pronouns:
        return True
    return all(t.pos_ == "PRON" or t.is_punct or t.is_space for t in words)


def _linked_content(
    doc: Doc,
    text: str,
    cue: Tagged,
    source: SpacySpan,
    tagged: list[Tagged],
    governors: _Governors,
) -> tuple[int, int] | None:
    """A tagged CONTENT that is the cue's complement (the parse hangs it on the cue, directly
    or through a preposition) or stands beside the cue and its source; the nearest wins."""
    frame = Tagged("", min(cue.start, source.start_char), max(cue.end, source.end_char))
    best: tuple[int, tuple[int, int]] | None = None
    for span in tagged:
        if span.label != "CONTENT" or _overlap((span.start, span.end), (frame.start, frame.end)):
            continue
        complement = span.start >= cue.end and _hangs_on(doc, span, cue, governors)
        if not (complement or _beside(text, span, frame)):
            continue
        distance = span.start - frame.end if span.start >= frame.end else frame.start - span.end
        if best is None or distance < best[0]:
            best = (distance, (span.start, span.end))
    return best[1] if best else None
