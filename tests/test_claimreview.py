"""``--format claimreview``: schema.org Claim JSON-LD that a fact-check can paste as the
``itemReviewed`` of its ClaimReview; checked against the JSON report of the same articles."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app
from httpserver import HTTPTestServer
from test_follow import QUOTE, cited_pages

DATA = Path(__file__).resolve().parent / "data" / "provenance"
ARTICLES = [str(DATA / "relays.en.html"), str(DATA / "relais.fr.html")]


def run(*args: str) -> Any:
    result = CliRunner().invoke(app, ["analyze", *args])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def pair() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The same two articles as ClaimReview JSON-LD and as JSON reports."""
    return run(*ARTICLES, "-f", "claimreview"), run(*ARTICLES, "-f", "json")


def test_one_flat_list_of_schema_org_claims(
    pair: tuple[list[dict[str, Any]], list[dict[str, Any]]],
) -> None:
    """Several sources give one JSON array with a Claim per attributed claim, in order."""
    items, reports = pair
    attributed = [c for r in reports for c in r["claims"] if c["source"] is not None]
    assert isinstance(items, list)
    assert len(items) == len(attributed) > 0
    for item, claim in zip(items, attributed, strict=True):
        assert item["@context"] == "https://schema.org"
        assert item["@type"] == "Claim"
        assert item["text"] == claim["content"]["text"]
        assert "reviewRating" not in item
        assert "firstAppearance" not in item  # nothing was followed


def test_authors_are_the_report_sources(
    pair: tuple[list[dict[str, Any]], list[dict[str, Any]]],
) -> None:
    """Each author is the source the report attributes the claim to, typed Person or
    Organization; the report relayed through Kyiv Post is credited to Kyiv Post."""
    items, reports = pair
    expected = []
    for report in reports:
        sources = {s["id"]: s for s in report["sources"]}
        owner = {cid: s for s in report["sources"] for cid in s["claims"]}
        for claim in report["claims"]:
            if claim["source"] is not None:
                source = owner[claim["id"]]
                if source["type"] == "document" and source["via"]:
                    source = sources[source["via"]]
                expected.append(source["name"])
    assert [item["author"]["name"] for item in items] == expected
    types = {item["author"]["name"]: item["author"]["@type"] for item in items}
    assert types["John Smith"] == "Person"
    assert types["Bloomberg News"] == "Organization"
    assert types["Kyiv Post"] == "Organization"
    assert expected.count("Kyiv Post") == 2  # its own claim and the report's


def test_dates_and_appearance(pair: tuple[list[dict[str, Any]], list[dict[str, Any]]]) -> None:
    """The statement date is datePublished when known; the article is the appearance."""
    items, reports = pair
    attributed = [
        (c, r["article"]) for r in reports for c in r["claims"] if c["source"] is not None
    ]
    for item, (claim, article) in zip(items, attributed, strict=True):
        assert item.get("datePublished") == claim["statement_date"]
        appearance = item["appearance"]
        assert appearance["@type"] == "CreativeWork"
        assert appearance["headline"] == article["title"]
        assert appearance["datePublished"] == article["published"]
    assert any(item.get("datePublished") == "2023-05" for item in items)
    assert any("datePublished" not in item for item in items)


def test_a_verified_cited_page_is_the_first_appearance(http_server: HTTPTestServer) -> None:
    """With --follow, the page where the quote was found is firstAppearance; pages where it
    was not found, or that could not be fetched, are not."""
    urls = cited_pages(http_server)
    items = run(urls["article"], "--follow", "--allow-private", "-f", "claimreview")
    first = {item["text"]: item.get("firstAppearance") for item in items}
    found = next(text for text in first if QUOTE in text)
    assert first[found] == {"@type": "CreativeWork", "url": urls["found"]}
    assert [text for text, page in first.items() if page] == [found]
    assert all(item["appearance"]["url"] == urls["article"] for item in items)
