"""Speed of claimcheck against raw spaCy, on the same texts, with the same model, in one run.

    .venv/bin/python bench/speed.py [FOLDER_OR_FILES ...] [--limit N] [--tagger] [--batch]
                                    [--rounds N]

Prints words per second for raw ``nlp.pipe`` and for ``claimcheck`` (reading, language
detection, parsing, attribution, provenance), and their ratio. claimcheck analyses the texts
one at a time, or with ``--batch`` as the command line does with many sources (``analyze_many``:
batches that share ``nlp.pipe`` runs). It is a measurement, not a test: run it on a quiet
machine and compare ratios, not seconds. On a machine whose speed drifts (a shared virtual
machine: raw spaCy's own time moved by 15 % between back-to-back runs), ``--rounds N`` times
both N times, alternating, and reports the median of the N ratios.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from claimcheck import Analyzer, AnalyzerOptions
from claimcheck.nlp.loading import ModelCache

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "eval" / "polnear-train" / "text"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*", type=Path, default=[DEFAULT_CORPUS])
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--lang", default="en")
    parser.add_argument("--tagger", action="store_true", help="claimcheck with the span tagger")
    parser.add_argument("--batch", action="store_true", help="analyse as the CLI does a batch")
    parser.add_argument("--rounds", type=int, default=1, help="alternate both N times; median")
    args = parser.parse_args()
    files = files_in(args.inputs)[: args.limit]
    texts = [f.read_text(encoding="utf-8") for f in files]
    words = sum(len(t.split()) for t in texts)

    model = ModelCache().for_language(args.lang)
    list(model.nlp.pipe(texts[:5]))  # warm up
    ratios = []
    with Analyzer(AnalyzerOptions(language=args.lang, tagger=args.tagger)) as analyzer:
        analyzer.analyze(str(files[0]))  # loads the model once, outside the timing
        for round_ in range(1, max(1, args.rounds) + 1):
            raw = timed(lambda: list(model.nlp.pipe(texts)))
            if args.batch:
                ours = timed(lambda: list(analyzer.analyze_many(str(f) for f in files)))
            else:
                ours = timed(lambda: [analyzer.analyze(str(f)) for f in files])
            ratios.append(ours / raw)
            if args.rounds > 1:
                print(f"round {round_}: raw {raw:.1f} s, claimcheck {ours:.1f} s, {ours / raw:.2f}")

    print(f"texts: {len(texts)}, words: {words}, model: {model.name}")
    print(f"raw spaCy nlp.pipe : {words / raw:8.0f} words/s ({raw:.1f} s)")
    print(f"claimcheck analyze : {words / ours:8.0f} words/s ({ours:.1f} s)")
    label = f"median of {len(ratios)} rounds" if len(ratios) > 1 else "claimcheck / raw spaCy"
    print(f"cost ratio ({label}): {statistics.median(ratios):.2f}")


def files_in(inputs: list[Path], pattern: str = "*.txt") -> list[Path]:
    """The files of each folder that match ``pattern``, and each file named, sorted
    (bench/scale.py uses it too)."""
    found: list[Path] = []
    for path in inputs:
        found += sorted(path.glob(pattern)) if path.is_dir() else [path]
    return sorted(found)


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
