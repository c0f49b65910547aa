"""Property-based: over arbitrary text and HTML, a report, and every span true to the text.

Examples are kept few in the suite (the ``ci`` profile); scripts/fuzz runs the same
inputs by the thousand.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checks import span_errors
from claimcheck.pipeline import Analyzer, AnalyzerOptions
from claimcheck.report import report_to_dict
from fuzzing import html_pages, news_text, run_stages
from support import checked

# The same examples on every run, so the suite is not flaky; scripts/fuzz explores at random.
settings.register_profile(
    "ci",
    max_examples=25,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.load_profile("ci")

LANGUAGES = st.sampled_from(("en", "fr"))


@pytest.fixture(scope="module")
def analyzers() -> Iterator[dict[str, Analyzer]]:
    with (
        Analyzer(AnalyzerOptions(language="en")) as en,
        Analyzer(AnalyzerOptions(language="fr")) as fr,
    ):
        yield {"en": en, "fr": fr}


@given(text=news_text, language=LANGUAGES)
def test_any_text_gets_a_report_with_true_spans(
    analyzers: dict[str, Analyzer], text: str, language: str
) -> None:
    """Through the whole pipeline (bytes in on standard input): never an internal error."""
    report = analyzers[language].analyze("-", stdin=io.BytesIO(text.encode("utf-8")))
    wire = checked(report)
    assert report.error is None or report.error.type != "internal", report.error
    plain = "<" not in text and "\r" not in text and not text.startswith("\ufeff")
    if report.error is None and plain:
        assert wire["article"]["text"] == text  # plain text is kept exactly as given


@given(text=news_text, language=LANGUAGES)
def test_attribution_over_any_text_keeps_offsets_inside(
    analyzers: dict[str, Analyzer], text: str, language: str
) -> None:
    """The stages themselves, without the catch-all: an exception here is a bug."""
    report = run_stages(analyzers[language], text, html=False, language=language)
    assert report is not None
    assert span_errors(report_to_dict(report)) == []


@given(page=html_pages, language=LANGUAGES)
def test_any_html_fragment_gets_a_report_with_true_spans(
    analyzers: dict[str, Analyzer], page: str, language: str
) -> None:
    report = run_stages(analyzers[language], page, html=True, language=language)
    if report is not None:
        assert span_errors(report_to_dict(report)) == []


REGRESSIONS = Path(__file__).parent / "data" / "fuzz-regressions.jsonl"


@pytest.mark.parametrize(
    "case",
    [json.loads(line) for line in REGRESSIONS.read_text("utf-8").splitlines()],
    ids=lambda case: case["found"][:40],
)
def test_inputs_the_fuzzer_crashed_on_stay_fixed(
    analyzers: dict[str, Analyzer], case: dict[str, str]
) -> None:
    language = case["language"]
    html = case["kind"] == "html"
    report = run_stages(analyzers[language], case["input"], html=html, language=language)
    if report is not None:
        assert span_errors(report_to_dict(report)) == []
