"""Golden reports: each sample's report is what a reviewer signed off on in tests/golden/.

When a change to the rules is meant to change a report, run ``tests/golden/regenerate.py`` and
review the diff by eye; a failure here lists the claims that changed, not a wall of JSON.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from checks import GOLDEN_DIR, assert_valid_report, current_golden, golden_path, samples
from claimcheck.pipeline import Analyzer

SAMPLES = samples()
REGENERATE = "run tests/golden/regenerate.py and review `git diff tests/golden/` by eye"


@pytest.fixture(scope="module")
def analyzer() -> Iterator[Analyzer]:
    """One analyzer for every sample, so each language model loads once."""
    with Analyzer() as shared:
        yield shared


def load_golden(sample: Path) -> dict[str, Any]:
    path = golden_path(sample)
    if not path.exists():
        pytest.fail(f"no golden report for {sample.name}: {REGENERATE}")
    golden: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return golden


def claim_row(claim: dict[str, Any]) -> str:
    """One claim as a line a reviewer can read: what changed shows up in a line diff."""
    source = claim["source"]
    who = f"{source['name']} ({source['type']})" if source is not None else "-"
    cue = claim["cue"]["text"] if claim["cue"] is not None else "-"
    hedged = "hedged" if claim["hedged"] else "plain"
    content = claim["content"]["text"][:60].replace("\n", " ")
    return f"{claim['id']:>4} {claim['kind']:<12} {who} | {cue} | {hedged} | {content}"


def differences(expected: Any, actual: Any, path: str = "") -> Iterator[str]:
    """Where two JSON values differ, as ``path: expected != actual`` lines."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        for key in {**expected, **actual}:
            yield from differences(expected.get(key), actual.get(key), f"{path}.{key}")
    elif isinstance(expected, list) and isinstance(actual, list) and len(expected) == len(actual):
        for index, (old, new) in enumerate(zip(expected, actual, strict=True)):
            yield from differences(old, new, f"{path}[{index}]")
    elif expected != actual:
        yield f"{path or '.'}: {_short(expected)} != {_short(actual)}"


def _short(value: Any, width: int = 80) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= width else text[: width - 1] + "…"


def explain(golden: dict[str, Any], current: dict[str, Any]) -> str:
    """A failure message: the claims diff first, then the first other fields that changed."""
    lines = list(
        difflib.unified_diff(
            [claim_row(claim) for claim in golden["claims"]],
            [claim_row(claim) for claim in current["claims"]],
            "golden claims",
            "current claims",
            lineterm="",
        )
    )
    others = [
        line
        for line in differences(
            {**golden, "claims": None}, {**current, "claims": None}, path="report"
        )
    ]
    if others:
        lines += ["", f"other fields ({len(others)} differences, first 15):", *others[:15]]
    if not lines:  # the claims differ only beyond what a row shows
        lines = list(differences(golden["claims"], current["claims"], path="claims"))[:15]
    return "\n".join(["report differs from its golden; " + REGENERATE, *lines])


@pytest.mark.parametrize("sample", SAMPLES, ids=[sample.name for sample in SAMPLES])
def test_report_matches_its_golden(analyzer: Analyzer, sample: Path) -> None:
    """The report on each sample is the reviewed golden report, claim for claim."""
    golden = load_golden(sample)
    current = current_golden(analyzer, sample)
    if current != golden:
        pytest.fail(explain(golden, current), pytrace=False)


@pytest.mark.parametrize("sample", SAMPLES, ids=[sample.name for sample in SAMPLES])
def test_golden_is_a_valid_report(sample: Path) -> None:
    """Each golden, with its volatile meta fields put back, is a valid report with true spans."""
    golden = load_golden(sample)
    meta = {"claimcheck_version": "golden", "elapsed_ms": 0, **golden["meta"]}
    assert_valid_report({**golden, "meta": meta})
    assert golden["claims"], f"{sample.name}: a sample article with no claims is no test"


def test_every_golden_has_its_sample() -> None:
    """No golden is left behind for a sample that was renamed or removed."""
    expected = {golden_path(sample).name for sample in SAMPLES}
    stored = {path.name for path in GOLDEN_DIR.glob("*.json")}
    assert stored == expected
