"""The library under the CLI: the stages in their order, a strict mode, and ``analyze_many``
for everything the CLI does with many sources."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

import claimcheck
from claimcheck import Analyzer, AnalyzerOptions
from claimcheck.errors import InputError
from claimcheck.inputs import InputItem

SAMPLES = Path(__file__).parent.parent / "samples"
FRENCH = SAMPLES / "alep-khimik.fr.txt"
ENGLISH = SAMPLES / "port-strike.en.txt"


def test_the_stages_run_one_by_one_give_the_report_analyze_gives() -> None:
    """read → extract → parse → attribute → trace → assemble, each public, in that order."""
    with Analyzer() as analyzer:
        whole = analyzer.analyze(str(FRENCH))
        raw = analyzer.read(InputItem(str(FRENCH)))
        article = analyzer.extract(raw)
        model = analyzer.model_for(article.language or "")
        parts = analyzer.parse(article, model)
        claims = analyzer.attribute(article, parts)
        traced = analyzer.trace(article, claims)
        report = analyzer.assemble(str(FRENCH), article, model, traced)
    assert article.language == "fr"
    assert report.claims == whole.claims
    assert report.sources == whole.sources
    assert report.summary == whole.summary
    assert report.summary.attributed == sum(c.source is not None for c in report.claims)


def test_a_failure_is_reported_by_default_and_raised_in_strict_mode(tmp_path: Path) -> None:
    missing = str(tmp_path / "no-such-article.html")
    with Analyzer() as analyzer:
        report = analyzer.analyze(missing)
    assert report.error is not None and report.error.type == "input"
    with Analyzer(AnalyzerOptions(strict=True)) as analyzer, pytest.raises(InputError):
        analyzer.analyze(missing)


def test_analyze_many_gives_one_report_per_source_in_order(tmp_path: Path) -> None:
    missing = str(tmp_path / "gone.txt")
    sources = [str(FRENCH), missing, str(ENGLISH)]
    reports = list(claimcheck.analyze_many(sources))
    assert [r.source for r in reports] == sources
    assert [r.error.type if r.error else None for r in reports] == [None, "input", None]
    assert [r.article.language for r in reports if r.article] == ["fr", "en"]


def test_analyze_many_in_worker_processes_matches_one_process() -> None:
    sources = [str(FRENCH), str(ENGLISH)]
    alone = list(claimcheck.analyze_many(sources))
    pooled = list(claimcheck.analyze_many(sources, workers=2))

    def comparable(report: claimcheck.Report) -> claimcheck.Report:
        return replace(report, meta=replace(report.meta, elapsed_ms=0))

    assert [comparable(r) for r in pooled] == [comparable(r) for r in alone]


def test_every_module_imports_on_its_own() -> None:
    """A user or a worker may import any module first: none may depend on another having
    been imported before it (``claimcheck.nlp.people`` first once failed on a cycle)."""
    import subprocess
    import sys

    root = Path(claimcheck.__file__).parent
    names = [
        ".".join(("claimcheck", *path.relative_to(root).with_suffix("").parts))
        for path in sorted(root.rglob("*.py"))
        if path.stem not in ("__init__", "__main__")  # __main__ runs the CLI
    ]
    assert "claimcheck.nlp.people" in names
    failed = []
    for name in names:
        run = subprocess.run(
            [sys.executable, "-c", f"import {name}"], capture_output=True, text=True, check=False
        )
        if run.returncode != 0:
            failed.append(f"{name}: {run.stderr.strip().splitlines()[-1]}")
    assert failed == []
