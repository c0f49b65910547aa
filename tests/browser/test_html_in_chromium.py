"""The HTML report in a real browser: Debian's Chromium, driven by Playwright, started here.

The same sources go through ``--format json`` and ``--format html``; the page is served by the
local test server and checked against the JSON: it renders, its highlights sit at the JSON's
offsets, the filter hides other sources' claims, and it asks nothing of any other address.
``playwright install`` is never run: Playwright drives the browser the OS package installed.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from chromium import CHROMIUM, launch
from typer.testing import CliRunner

from claimcheck.cli import app
from httpserver import HTTPTestServer

playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright is a dev extra")

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [
    str(ROOT / "samples" / "alep-khimik.fr.txt"),
    str(ROOT / "samples" / "senate-vote.en.html"),
    str(ROOT / "samples" / "no-such-article.txt"),
]
# Every highlighted element of a section, as the browser built it.
HIGHLIGHTS_JS = """section => Array.from(
    section.querySelectorAll('.article-text [data-claim][data-start]'),
    e => ({claim: e.dataset.claim, role: e.dataset.role, mark: e.dataset.mark,
           start: Number(e.dataset.start), end: Number(e.dataset.end), text: e.textContent}))"""


def run(*args: str) -> str:
    """Run ``claimcheck analyze ARGS`` and return what it wrote; one source is missing: exit 1."""
    result = CliRunner().invoke(app, ["analyze", *args])
    assert result.exit_code == 1, result.output
    return result.stdout


@pytest.fixture(scope="module")
def wire() -> list[dict[str, Any]]:
    """The JSON reports of the three sources: two articles and a missing file."""
    data = json.loads(run("--format", "json", *SOURCES))
    assert isinstance(data, list)
    return data


@pytest.fixture(scope="module")
def page_html() -> str:
    return run("--format", "html", *SOURCES)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        reason = f"no Chromium at {CHROMIUM}: `make chromium` installs Debian's package"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    with playwright_api.sync_playwright() as driver:
        launched = launch(driver)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any, page_html: str, http_server: HTTPTestServer) -> Iterator[Any]:
    """The report page open in a fresh browser context at a laptop's screen size."""
    url = http_server.route("/report.html", page_html)
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    opened = context.new_page()
    opened.goto(url)
    yield opened
    context.close()


def claim_chains(report: dict[str, Any]) -> dict[str, list[str]]:
    """Claim id -> its source's id, then each source it was relayed through, from the JSON."""
    by_id = {source["id"]: source for source in report["sources"]}
    speaker = {claim: source["id"] for source in report["sources"] for claim in source["claims"]}
    chains = {}
    for claim in report["claims"]:
        chain = [speaker[claim["id"]]] if claim["id"] in speaker else []
        following = claim["via"] or (by_id[chain[0]]["via"] if chain else None)
        while following and following not in chain:
            chain.append(following)
            following = by_id[following]["via"]
        chains[claim["id"]] = chain
    return chains


def json_spans(report: dict[str, Any]) -> set[tuple[str, str, int, int]]:
    spans = set()
    for claim in report["claims"]:
        for role in ("content", "source", "cue"):
            if claim[role] is not None:
                spans.add((claim["id"], role, claim[role]["start"], claim[role]["end"]))
        spans |= {(claim["id"], "hedge", h["start"], h["end"]) for h in claim["hedges"]}
    return spans


def test_the_page_renders(page: Any, wire: list[dict[str, Any]]) -> None:
    """Title, one section per source, the summary on screen, every claim highlighted."""
    assert page.title() == "claimcheck: 3 reports"
    for number, report in enumerate(wire, 1):
        section = page.locator(f"#r{number}")
        assert section.is_visible()
        if "error" in report:
            assert report["error"]["message"] in section.inner_text()
            assert section.locator("[data-claim]").count() == 0
            continue
        glance = section.locator("dl.glance")
        assert glance.is_visible()
        assert f"{report['summary']['claims']} claims" in glance.inner_text()
        highlighted = section.locator(".article-text [data-role=content][data-first]")
        assert highlighted.count() == report["summary"]["claims"] == len(report["claims"])
    first_claim = page.locator("#r1-c1")
    assert first_claim.is_visible()
    assert first_claim.bounding_box()["y"] < 768  # the founding article's first claim: on screen


def test_highlights_match_the_json_offsets(page: Any, wire: list[dict[str, Any]]) -> None:
    """Each highlighted element's text is ``article.text[start:end]``, and the spans the page
    highlights are exactly the JSON's (elements of a span cut in pieces taken together)."""
    for number, report in enumerate(wire, 1):
        if "error" in report:
            continue
        text = report["article"]["text"]
        section = page.locator(f"#r{number}")
        assert section.locator(".article-text").evaluate("e => e.textContent") == text
        elements = section.evaluate(HIGHLIGHTS_JS)
        pieces: dict[str, list[dict[str, Any]]] = {}
        for element in elements:
            assert element["text"] == text[element["start"] : element["end"]], element
            pieces.setdefault(element["mark"], []).append(element)
        shown = {
            (
                parts[0]["claim"],
                parts[0]["role"],
                min(p["start"] for p in parts),
                max(p["end"] for p in parts),
            )
            for parts in pieces.values()
        }
        assert shown == json_spans(report)


def test_the_filter_hides_the_other_sources_claims(page: Any, wire: list[dict[str, Any]]) -> None:
    """Choosing a source leaves its claims (and those relayed through it) listed and highlighted;
    the others leave the list and lose their highlight; "all sources" brings them back."""
    report = wire[0]
    chains = claim_chains(report)
    relay = next(
        s["id"] for s in report["sources"] if any(s["id"] in c[1:] for c in chains.values())
    )
    section = page.locator("#r1")
    section.locator("select[data-filter]").select_option(relay)
    expected = {claim for claim, chain in chains.items() if relay in chain}
    assert len(expected) >= 2  # the outlet's own claim and the report relayed through it
    for claim in report["claims"]:
        card = section.locator(f"li.claim[data-claim={claim['id']}]")
        mark = section.locator(f"#r1-{claim['id']}")
        background = mark.evaluate(
            "e => getComputedStyle(e).backgroundImage + getComputedStyle(e).backgroundColor"
        )
        if claim["id"] in expected:
            assert card.is_visible()
            assert background != "nonergba(0, 0, 0, 0)"
        else:
            assert card.is_hidden()
            assert background == "nonergba(0, 0, 0, 0)"
        assert mark.is_visible()  # the words themselves stay in the text
    assert f"showing {len(expected)} of {len(report['claims'])}" in section.inner_text()
    section.locator("select[data-filter]").select_option("*")
    assert section.locator("li.claim:visible").count() == len(report["claims"])


def test_nothing_is_fetched_from_outside(
    browser: Any, page_html: str, http_server: HTTPTestServer
) -> None:
    """Opening the page, filtering and following its anchors request the page alone; even a
    script in the page cannot reach another address (the Content-Security-Policy stops it)."""
    url = http_server.route("/report.html", page_html)
    probe = http_server.route("/probe", "seen")
    context = browser.new_context()
    requested: list[str] = []
    context.on("request", lambda request: requested.append(request.url))
    context.route(
        "**/*",
        lambda route: route.continue_() if route.request.url == url else route.abort(),
    )
    opened = context.new_page()
    opened.goto(url)
    opened.wait_for_load_state("networkidle")
    opened.locator("#r1 select[data-filter]").select_option(index=1)
    opened.locator("#r1 li.claim a").first.click()
    outcome = opened.evaluate("url => fetch(url).then(() => 'fetched', () => 'blocked')", probe)
    context.close()
    assert outcome == "blocked"
    assert requested == [url]
    assert [r.path for r in http_server.requests] == ["/report.html"]


def test_it_reads_on_a_laptop_and_prints_in_one_column(page: Any) -> None:
    """At 1366x768 the sources sit beside the text with nothing scrolling sideways; in print
    they come after it, the filter is gone and no background is dark."""
    assert page.evaluate("document.documentElement.scrollWidth") <= 1366
    text = page.locator("#r1 .article-text").bounding_box()
    panel = page.locator("#r1 .panel").bounding_box()
    assert panel["x"] >= text["x"] + text["width"]
    assert panel["y"] < text["y"] + text["height"]

    page.emulate_media(media="print")
    text = page.locator("#r1 .article-text").bounding_box()
    panel = page.locator("#r1 .panel").bounding_box()
    assert panel["y"] >= text["y"] + text["height"]
    assert page.locator("#r1 select[data-filter]").is_hidden()
    darkest = page.evaluate(
        """() => Math.min(...Array.from(document.querySelectorAll('body, body *'), e => {
            const c = getComputedStyle(e).backgroundColor.match(/[\\d.]+/g).map(Number);
            if (c.length === 4 && c[3] === 0) return 255;
            return 0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2];
        }))"""
    )
    assert darkest > 180


def test_a_click_on_a_highlight_shows_its_claim(page: Any, wire: list[dict[str, Any]]) -> None:
    """Clicking a claim in the text scrolls its card, with who, cue and what, into view."""
    last = wire[0]["claims"][-1]["id"]
    card = page.locator(f"#r1-card-{last}")
    assert not _in_viewport(page, card)
    page.locator(f"#r1-{last}").click()
    page.wait_for_function(
        f"document.getElementById('r1-card-{last}').classList.contains('flash')", timeout=5000
    )
    assert _in_viewport(page, card)


def _in_viewport(page: Any, locator: Any) -> bool:
    box = locator.bounding_box()
    height = page.viewport_size["height"]
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= height
