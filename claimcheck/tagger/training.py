"""Training the span tagger on PolNeAR (scripts/train-tagger): corpus, memory check, training.

The corpus is the PolNeAR train split in brat standoff (``text/*.txt`` and
``attributions/*.ann``). The last ``HELD_OUT`` articles in sorted order are never trained on: every
figure quoted for the tagger is measured on them. Of the rest, the last ``DEV`` articles pick the
best checkpoint and the others are trained on.

The tagger reads claimcheck's own parse (the token vectors, part-of-speech tags and dependency
labels of the English pipeline, as ``SpanTagger.tag`` hands it each parsed part), so the corpus
is parsed by that same pipeline, and the training examples keep the parse (``parsed_corpus``).
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from spacy.language import Language
    from spacy.tokens import Doc, Span
    from spacy.training import Example

HELD_OUT = 84
DEV = 36
LABELS = {"Source": "SOURCE", "Cue": "CUE", "Content": "CONTENT"}
CONFIG = Path(__file__).with_name("config.cfg")
MODEL_DIR = Path(__file__).with_name("model")
MODEL_META = {
    "name": "claimcheck_tagger",
    "version": "3.1.0",
    "description": "SOURCE/CUE/CONTENT span tagger trained on PolNeAR train (docs/tagger.md)",
    "license": "for research: see docs/tagger.md",
}
# Training peaks near 1.5 GB (the corpus keeps each paragraph's vectors); below this much free
# memory it would push the machine into swap.
MIN_FREE_BYTES = 2 * 1024**3
# Where a corpus Doc keeps the parse's token vectors, which the tagger reads (tagger/layers.py).
TENSOR_KEY = "claimcheck.tensor"
# Only "T<n>\t" and "E<n>\t" start an annotation: a span's text may hold a line break.
_ANN_LINE = re.compile(r"[TE]\d+\t")


class TrainingError(Exception):
    """A training run that cannot start or finish; its message is for the user."""


@dataclass(frozen=True)
class Split:
    train: list[str]
    dev: list[str]
    held_out: list[str]


def split(names: Sequence[str], held_out: int = HELD_OUT, dev: int = DEV) -> Split:
    """Sorted article names cut into train, dev and the held-out tail (never trained on)."""
    ordered = sorted(names)
    if len(ordered) <= held_out + dev:
        raise TrainingError(f"{len(ordered)} articles are too few to hold {held_out + dev} out")
    rest, tail = ordered[: len(ordered) - held_out], ordered[len(ordered) - held_out :]
    return Split(rest[: len(rest) - dev], rest[len(rest) - dev :], tail)


def article_names(gold: Path) -> list[str]:
    """Every article that has a text and at least one annotation file, sorted."""
    return sorted(
        p.stem for p in (gold / "text").glob("*.txt") if annotation_file(gold, p.stem) is not None
    )


def annotation_file(gold: Path, name: str) -> Path | None:
    """The article's first annotator in sorted order, as the shared scorer keeps."""
    found = sorted((gold / "attributions").glob(f"{name}_*.ann"))
    return found[0] if found else None


def gold_spans(ann: str) -> list[tuple[str, int, int]]:
    """(label, start, end) of every source, cue and content fragment an attribution uses."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    used: set[str] = set()
    for line in ann.split("\n"):
        if _ANN_LINE.match(line) is None:
            continue
        key, rest = line.split("\t", 1)
        if key.startswith("T"):
            label, offsets = rest.split("\t", 1)[0].split(" ", 1)
            pairs = [f.split() for f in offsets.split(";")]
            spans[key] = (label, [(int(p[0]), int(p[1])) for p in pairs])
        else:
            used.update(part.split(":", 1)[1] for part in rest.split() if ":" in part)
    found = []
    for key in sorted(used):
        label, frags = spans.get(key, ("", []))
        if label in LABELS:
            found += [(LABELS[label], start, end) for start, end in frags]
    return sorted(set(found), key=lambda s: (s[1], s[2], s[0]))


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each non-blank line: the training examples."""
    for match in re.finditer(r"[^\n]+", text):
        if match.group().strip():
            yield match.start(), match.end()


def to_docs(nlp: Language, text: str, spans: list[tuple[str, int, int]]) -> list[Doc]:
    """One parsed Doc per paragraph, its entities the gold spans; overlaps keep the longest.

    A span that crosses a paragraph break would be cut, so such paragraphs are joined. A span
    that crosses a sentence break is left out: a ``ner`` never crosses one, so the tagger could
    not learn it (the rules find those contents)."""
    from spacy.util import filter_spans

    from claimcheck.nlp.parse import parse_copy

    blocks: list[tuple[int, int]] = []
    for start, end in paragraphs(text):
        crossing = blocks and any(s < blocks[-1][1] < e for _, s, e in spans)
        if crossing:
            blocks[-1] = (blocks[-1][0], end)
        else:
            blocks.append((start, end))
    docs = []
    for start, end in blocks:
        doc = nlp(parse_copy(text[start:end]))
        found = []
        for label, s, e in spans:
            if start <= s and e <= end:
                span = doc.char_span(s - start, e - start, label=label, alignment_mode="contract")
                if span is not None and len(span):
                    found.append(span)
        kept = [_without_blank_edges(span) for span in filter_spans(found)]
        doc.ents = [s for s in kept if s is not None and not any(t.is_sent_start for t in s[1:])]
        docs.append(doc)
    return docs


def _without_blank_edges(span: Span) -> Span | None:
    """The span without the whitespace tokens at its ends, which no ``ner`` may tag."""
    from spacy.tokens import Span

    start, end = span.start, span.end
    while start < end and span.doc[start].is_space:
        start += 1
    while end > start and span.doc[end - 1].is_space:
        end -= 1
    return Span(span.doc, start, end, label=span.label_) if start < end else None


def parsing_pipeline() -> Language:
    """claimcheck's English pipeline, prepared as for an analysis: the parse the tagger reads."""
    import spacy

    from claimcheck.nlp.loading import default_pipeline
    from claimcheck.nlp.parse import prepare_pipeline

    name = default_pipeline("en")
    if name is None:
        raise TrainingError("the corpus is parsed by en_core_web_sm, which is not installed")
    nlp = spacy.load(name)
    prepare_pipeline(nlp)
    return nlp


def build_corpus(gold: Path, out: Path, names: Split | None = None) -> Split:
    """train.spacy and dev.spacy in ``out``, parsed; returns the split it used."""
    from spacy.tokens import DocBin

    parts = names or split(article_names(gold))
    nlp = parsing_pipeline()
    out.mkdir(parents=True, exist_ok=True)
    for part, members in (("train", parts.train), ("dev", parts.dev)):
        bin_ = DocBin(store_user_data=True)
        for name in members:
            text = (gold / "text" / f"{name}.txt").read_text(encoding="utf-8")
            ann = annotation_file(gold, name)
            assert ann is not None  # article_names keeps only annotated articles
            for doc in to_docs(nlp, text, gold_spans(ann.read_text(encoding="utf-8"))):
                doc.user_data[TENSOR_KEY] = doc.tensor  # a DocBin keeps no tensor of its own
                bin_.add(doc)
        bin_.to_disk(out / f"{part}.spacy")
    return parts


def free_memory() -> int | None:
    """Bytes the kernel says are available without swapping, or None where it cannot say."""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def check_memory(minimum: int = MIN_FREE_BYTES, available: int | None = None) -> None:
    """Stops before training when the machine has too little free memory (no swap storm)."""
    free = free_memory() if available is None else available
    if free is not None and free < minimum:
        raise TrainingError(
            f"not enough free memory to train the tagger: {free / 1024**3:.1f} GB available, "
            f"{minimum / 1024**3:.1f} GB needed (close other programs or train elsewhere)"
        )


def _limit_memory(free: int | None) -> None:
    """Caps the address space so that running out ends in MemoryError, not in swapping."""
    try:
        import resource
    except ImportError:  # not on this platform
        return
    if free is None:
        return
    cap = free + 2 * 1024**3  # virtual size runs ahead of what is really used
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard == resource.RLIM_INFINITY or cap < hard:
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))


def _register_functions() -> None:
    """What config.cfg names: the corpus reader and the tagger's embedding."""
    from spacy.util import registry

    from claimcheck.tagger import layers

    layers.register()
    registry.readers.register("claimcheck.tagger.parsed_corpus.v1", func=parsed_corpus)


def parsed_corpus(path: str) -> Callable[[Language], Iterable[Example]]:
    """The corpus reader of config.cfg: each parsed paragraph is both the gold (its entities)
    and, copied without them, what the tagger reads, parse and vectors included, as
    ``SpanTagger.tag`` prepares a part. (spaCy's own reader would re-tokenize the text and lose
    the parse.)"""

    def read(nlp: Language) -> Iterable[Example]:
        from spacy.tokens import DocBin
        from spacy.training import Example

        from claimcheck.nlp.tagger import tagger_input

        for reference in DocBin().from_disk(path).get_docs(nlp.vocab):
            reference.tensor = reference.user_data.pop(TENSOR_KEY)
            if len(reference):
                yield Example(tagger_input(reference), reference)

    return read


def train(
    gold: Path,
    output: Path,
    overrides: dict[str, Any] | None = None,
    names: Split | None = None,
) -> Path:
    """Builds the corpus, trains with the pinned config, returns the best model's folder."""
    from spacy.cli.train import train as spacy_train

    free = free_memory()
    check_memory(available=free)
    _limit_memory(free)
    _register_functions()
    corpus = output / "corpus"
    build_corpus(gold, corpus, names)
    settings = {"paths.train": str(corpus / "train.spacy"), "paths.dev": str(corpus / "dev.spacy")}
    settings.update(overrides or {})
    try:
        spacy_train(CONFIG, output / "run", overrides=settings, use_gpu=-1)
    except MemoryError:
        raise TrainingError(
            "training ran out of memory and stopped (close other programs or train elsewhere)"
        ) from None
    best = output / "run" / "model-best"
    return best if best.is_dir() else output / "run" / "model-last"


def install(model: Path, target: Path = MODEL_DIR) -> None:
    """Copies a trained model into the package (what the wheel ships), named for the report's
    meta.tagger. Nothing of the corpus goes with it: the string store, which would list the
    training texts' words, keeps only the labels (the tagger hashes words as it reads them),
    and the config forgets where the corpus was."""
    import json

    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(model, target)
    meta_file = target / "meta.json"
    meta = json.loads(meta_file.read_text(encoding="utf-8"))
    meta.update(MODEL_META)
    meta_file.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    strings = target / "vocab" / "strings.json"
    strings.write_text(json.dumps(sorted(LABELS.values())), encoding="utf-8")
    config = target / "config.cfg"
    text = config.read_text(encoding="utf-8")
    config.write_text(re.sub(r"(?m)^(train|dev) = .*$", r"\1 = null", text), encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    here = Path(__file__).resolve().parents[2]
    parser = argparse.ArgumentParser(description="Train claimcheck's span tagger on PolNeAR.")
    parser.add_argument("--gold", type=Path, default=here.parent / "shared/eval/polnear-train")
    parser.add_argument("--output", type=Path, default=here / "build/tagger")
    parser.add_argument("--max-steps", type=int, default=None, help="override the config's")
    parser.add_argument("--no-install", action="store_true", help="leave the packaged model")
    args = parser.parse_args(argv)
    overrides = {} if args.max_steps is None else {"training.max_steps": args.max_steps}
    try:
        best = train(args.gold, args.output, overrides)
    except TrainingError as exc:
        print(f"train-tagger: {exc}", file=sys.stderr)
        return 1
    if not args.no_install:
        install(best)
        print(f"installed {best} as {MODEL_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
