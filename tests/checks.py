"""Checks any suite can run on a JSON report: it matches the schema and its offsets are honest.

from checks import assert_valid_report
assert_valid_report(json.loads(output))
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

from claimcheck.pipeline import Analyzer
from claimcheck.report import report_to_dict, schema


@cache
def validator() -> Draft202012Validator:
    """The report schema's validator, built once."""
    return Draft202012Validator(schema())


def spans(wire: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every object in a wire report that claims to be a stretch of ``article.text``, named."""
    article = wire.get("article")
    if article is not None:
        for index, link in enumerate(article["links"]):
            yield f"article.links[{index}]", link
    for claim in wire["claims"]:
        cid = claim["id"]
        yield f"{cid}.content", claim["content"]
        if claim["source"] is not None:
            yield f"{cid}.source", claim["source"]
        if claim["cue"] is not None:
            yield f"{cid}.cue", claim["cue"]
        for index, hedge in enumerate(claim["hedges"]):
            yield f"{cid}.hedges[{index}]", hedge


def span_errors(wire: dict[str, Any]) -> list[str]:
    """One line per span whose text is not ``article.text[start:end]``."""
    article = wire.get("article")
    text: str = article["text"] if article is not None else ""
    errors = []
    for where, span in spans(wire):
        start, end = span["start"], span["end"]
        if not 0 <= start <= end <= len(text):
            errors.append(f"{where}: [{start}:{end}] is outside the text ({len(text)} chars)")
        elif text[start:end] != span["text"]:
            errors.append(
                f"{where}: {span['text']!r} but text[{start}:{end}] is {text[start:end]!r}"
            )
    for source in wire["sources"]:
        for start, end in source["mentions"]:
            if not 0 <= start < end <= len(text):
                errors.append(f"{source['id']}.mentions: [{start}:{end}] is not a stretch of text")
    return errors


def assert_valid_report(wire: dict[str, Any]) -> None:
    """Fail with every problem listed unless ``wire`` is a valid schema-1 report with true spans."""
    problems = [
        f"schema: /{'/'.join(map(str, error.absolute_path))}: {error.message}"
        for error in validator().iter_errors(wire)
    ]
    if not problems:  # span checks assume the shape the schema guarantees
        problems = span_errors(wire)
    assert not problems, f"invalid report for {wire.get('source')!r}:\n" + "\n".join(problems)


# Golden reports (tests/golden/): shared by test_golden.py and tests/golden/regenerate.py.

TESTS_DIR = Path(__file__).resolve().parent
GOLDEN_DIR = TESTS_DIR / "golden"
SAMPLES_DIR = TESTS_DIR.parent / "samples"
VOLATILE_META = ("elapsed_ms", "claimcheck_version")


def samples() -> list[Path]:
    """The sample articles, README excluded, in name order."""
    return sorted(path for path in SAMPLES_DIR.iterdir() if path.name != "README.md")


def golden_path(sample: Path) -> Path:
    """Where the golden report of ``sample`` lives: ``tests/golden/<sample name>.json``."""
    return GOLDEN_DIR / f"{sample.name}.json"


def golden_view(wire: dict[str, Any], sample: Path) -> dict[str, Any]:
    """The wire report of ``sample`` without what changes between runs and machines.

    ``meta.elapsed_ms`` and ``meta.claimcheck_version`` are removed; ``source`` (the path as
    typed, which depends on the working directory) becomes ``samples/<name>``.
    """
    meta = {key: value for key, value in wire["meta"].items() if key not in VOLATILE_META}
    return {**wire, "source": f"samples/{sample.name}", "meta": meta}


def current_golden(analyzer: Analyzer, sample: Path) -> dict[str, Any]:
    """What the code says about ``sample`` today, in golden form."""
    return golden_view(report_to_dict(analyzer.analyze(str(sample))), sample)


def golden_text(golden: dict[str, Any]) -> str:
    """A golden as it is stored: indented, non-ASCII kept readable, one final newline."""
    return json.dumps(golden, indent=2, ensure_ascii=False) + "\n"
