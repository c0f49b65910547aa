"""``--format claimreview``: schema.org Claim JSON-LD that a fact-check can paste as the
``itemReviewed`` of its ClaimReview; checked against the JSON report of the same articles."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.report.claimreview import claim_sentence
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
        assert item["text"] == claim_sentence(claim["content"]["text"], None)
        assert "reviewRating" not in item
        assert "firstAppearance" not in item  # nothing was followed


def test_authors_are_the_report_sources(
    pair: tuple[list[dict[str, Any]], list[dict[str, Any]]],
) -> None:
    """Each author is the source the report attributes the claim to, typed Person or
    Organization; the report relayed through Kyiv Post is credited to Kyiv Post; an anonymous
    source is described by the words the article uses, never named."""
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
                expected.append(source["name"] if source["type"] != "anonymous" else None)
    assert [item["author"].get("name") for item in items] == expected
    for item, name in zip(items, expected, strict=True):
        if name is None:
            assert "anonymous" in item["author"]["description"]
    types = {item["author"].get("name"): item["author"]["@type"] for item in items}
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


# The schema.org vocabulary this output uses: each type's properties (its own and inherited
# ones, from schema.org's definitions of Claim, ClaimReview, CreativeWork, Person, Organization
# and Rating), and the types a nested object may have under each property.
SCHEMA_ORG: dict[str, set[str]] = {
    "Claim": {"text", "author", "datePublished", "appearance", "firstAppearance", "name"},
    "ClaimReview": {
        "claimReviewed",
        "itemReviewed",
        "url",
        "datePublished",
        "reviewRating",
        "author",
        "name",
    },
    "CreativeWork": {"url", "headline", "datePublished", "publisher", "author", "name"},
    "Person": {"name", "description", "jobTitle", "affiliation"},
    "Organization": {"name", "description"},
    "Rating": {"ratingValue", "bestRating", "worstRating", "alternateName", "ratingExplanation"},
}
RANGES: dict[str, set[str]] = {
    "author": {"Person", "Organization"},
    "appearance": {"CreativeWork"},
    "firstAppearance": {"CreativeWork"},
    "itemReviewed": {"Claim"},
    "publisher": {"Person", "Organization"},
    "reviewRating": {"Rating"},
}
TEXT_PROPERTIES = {"text", "claimReviewed", "name", "description", "jobTitle", "headline"}


def assert_schema_org(item: dict[str, Any], expected: str | None = None) -> None:
    """Every property belongs to the item's type, and every nested object has a type the
    property allows: what a structured-data validator checks first."""
    kind = item["@type"]
    assert kind in SCHEMA_ORG, kind
    assert expected is None or kind == expected
    for key, value in item.items():
        if key.startswith("@"):
            continue
        assert key in SCHEMA_ORG[kind], f"{kind} has no property {key}"
        if isinstance(value, dict):
            assert value["@type"] in RANGES[key], f"{key} cannot be a {value['@type']}"
            assert_schema_org(value)
        elif key in TEXT_PROPERTIES:
            assert isinstance(value, str) and value.strip()
        elif key == "url":
            assert value.startswith(("http://", "https://"))


FLAGS = Path(__file__).resolve().parent / "data" / "flags"


@pytest.fixture(scope="module")
def served(_http_server_session: HTTPTestServer) -> list[str]:
    return [
        _http_server_session.route(f"/cr/{name}", (FLAGS / name).read_text())
        for name in ("harbour.en.html", "port.fr.html")
    ]


def test_claims_are_sentences_by_their_speakers(served: list[str]) -> None:
    """Claim.text is stated as a reader would: no "that"/"que", a capital, a full stop; an
    anonymous source is described, not named; the appearance is the article's address."""
    items = run(*served, "--no-cache", "-f", "claimreview")
    assert items
    for item in items:
        assert_schema_org(item, "Claim")
        assert not item["text"].lower().startswith(("that ", "que ", "qu'", "qu’"))
        assert item["text"][0].isupper() and item["text"][-1] in ".!?…»”"
        assert item["appearance"]["url"] in served
    texts = [item["text"] for item in items]
    assert "The first boats would come back in July." in texts
    assert "Les premiers bateaux reviendraient en juillet." in texts
    anonymous = [
        i["author"] for i in items if "dredging company" in i["text"] or "contrat" in i["text"]
    ]
    assert len(anonymous) == 2
    for author in anonymous:
        assert author["@type"] == "Person" and "name" not in author
        assert "anonymous" in author["description"]


def test_review_gives_claimreview_skeletons_to_fill(served: list[str]) -> None:
    """--review: a ClaimReview per claim, what claimcheck knows filled in, the rating empty."""
    claims = run(*served, "--no-cache", "-f", "claimreview")
    reviews = run(*served, "--no-cache", "--review")
    assert len(reviews) == len(claims)
    for review, claim in zip(reviews, claims, strict=True):
        assert_schema_org(review, "ClaimReview")
        assert review["claimReviewed"] == claim["text"]
        assert review["itemReviewed"] == {k: v for k, v in claim.items() if k != "@context"}
        assert review["url"] == claim["appearance"]["url"]
        assert len(review["datePublished"]) == 10
        assert review["reviewRating"]["ratingValue"] is None


def test_review_needs_the_claimreview_format() -> None:
    result = CliRunner().invoke(app, ["analyze", "--review", "-f", "json", ARTICLES[0]])
    assert result.exit_code == 2
    assert "--review needs --format claimreview" in result.stderr
