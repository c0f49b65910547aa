"""``--format claimreview``: each attributed claim as a schema.org ``Claim`` in JSON-LD.

This is the part of a fact-check's ClaimReview markup that says what was claimed, by whom, when
and where: a fact-checker pastes it as the ``itemReviewed`` of their own ``ClaimReview`` and adds
the rating, which claimcheck never gives. Unattributed claims are left out: a schema.org Claim
without an author says nothing a fact-check can use.

Mapping: the content is ``text``; the speaker is ``author`` (a ``Person`` for people and unnamed
sources, an ``Organization`` for outlets, bodies and governments; a document such as "the
report" is credited to the outlet it was relayed through when the article says which); the
statement date, when the text gives one, is ``datePublished``; the article is ``appearance``; a
cited page where ``--follow`` found the content is ``firstAppearance``. With a claims index
(``--index``), ``appearance`` also lists the other indexed articles that print the quote, and
the earliest of them is ``firstAppearance`` when ``--follow`` found no cited page.

``text`` is the claim as a reader would state it: the content without its complementizer
("que", "qu'", "that"), as a sentence. An anonymous source is described, never given a name
("sources d'information" is no one's name). ``--review`` wraps each Claim in a ``ClaimReview``
skeleton: what claimcheck knows is filled in, the ``reviewRating`` is left for the fact-checker.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from claimcheck.models import Claim, Report, Source, SourceType, VerificationStatus
from claimcheck.nlp.lexicon import available_languages, load_lexicon

CONTEXT = "https://schema.org"
_PEOPLE = frozenset({SourceType.PERSON, SourceType.ANONYMOUS})
_SENTENCE_STOP = re.compile(r"[.!?…][\"»”’)\]]*$")
_ENCLOSING_QUOTES = {"«": "»", "“": "”", '"': '"'}

CreativeWork = dict[str, Any]
Linker = Callable[[Report, Claim], tuple[list[CreativeWork], CreativeWork | None]]
"""Other appearances of a claim and its first one (``claimcheck.index.appearance_links``)."""


def claims_jsonld(report: Report, links: Linker | None = None) -> list[dict[str, Any]]:
    """The report's attributed claims as schema.org ``Claim`` objects, in article order;
    ``links`` adds where else each was printed, and first."""
    sources = {source.id: source for source in report.sources}
    owner = {claim_id: source for source in report.sources for claim_id in source.claims}
    appearance = _appearance(report)
    language = report.article.language if report.article is not None else None
    items = []
    for claim in report.claims:
        source = owner.get(claim.id)
        if claim.source is None or source is None:
            continue
        item = _claim(claim, _author(source, sources), appearance, language)
        if links is not None:
            _link(item, *links(report, claim))
        items.append(item)
    return items


def reviews_jsonld(
    report: Report, today: str | None = None, links: Linker | None = None
) -> list[dict[str, Any]]:
    """``--review``: one ``ClaimReview`` skeleton per attributed claim, its rating left empty.

    ``url`` is the reviewed article's address and ``datePublished`` today's date, both for the
    fact-checker to replace with their own fact-check's when they publish it.
    """
    day = today or datetime.now(UTC).date().isoformat()
    reviews = []
    for claim in claims_jsonld(report, links):
        claim.pop("@context")
        review: dict[str, Any] = {
            "@context": CONTEXT,
            "@type": "ClaimReview",
            "claimReviewed": claim["text"],
            "itemReviewed": claim,
            "datePublished": day,
            "reviewRating": {"@type": "Rating", "ratingValue": None, "alternateName": None},
        }
        # With an index, appearance lists every article that printed it, this one first.
        appearance = claim["appearance"]
        here = appearance[0] if isinstance(appearance, list) and appearance else appearance
        if isinstance(here, dict) and "url" in here:
            review["url"] = here["url"]
        reviews.append(review)
    return reviews


def dumps_claimreview(
    reports: Iterable[Report],
    *,
    indent: int | None = 2,
    links: Linker | None = None,
    review: bool = False,
) -> str:
    """One JSON array of the ``Claim`` objects (``ClaimReview`` skeletons with ``review``) of
    every report, in input order.

    One flat array whatever the number of sources, so that the output is always the same shape;
    each Claim's ``appearance`` says which article it comes from. Failed sources add nothing.
    """
    if review:
        items = [item for r in reports if r.ok for item in reviews_jsonld(r, links=links)]
    else:
        items = [item for r in reports if r.ok for item in claims_jsonld(r, links)]
    return json.dumps(items, indent=indent, ensure_ascii=False)


def claim_sentence(content: str, language: str | None) -> str:
    """The content as a reader states the claim: "que des terroristes auraient été formés" is
    "Des terroristes auraient été formés."; a quotation loses its enclosing marks."""
    text = content.strip()
    closing = _ENCLOSING_QUOTES.get(text[:1])
    if closing and text.endswith(closing) and len(text) > 2:
        text = text[1:-1].strip()
    for word in sorted(_complementizers(language), key=len, reverse=True):
        elided = word.endswith(("'", "’"))
        opening = text[: len(word)].lower().replace("’", "'")
        if opening == word.replace("’", "'") and (elided or text[len(word) : len(word) + 1] == " "):
            text = text[len(word) :].lstrip()
            break
    if not text:
        return content
    text = text[0].upper() + text[1:]
    return text if _SENTENCE_STOP.search(text) else text.rstrip(",;: ") + "."


def _complementizers(language: str | None) -> frozenset[str]:
    """The words that open a reported clause, in the article's language (every one if unknown)."""
    if language in available_languages():
        return load_lexicon(language).declarative_complementizers
    return frozenset(
        w for lang in available_languages() for w in load_lexicon(lang).declarative_complementizers
    )


def _claim(
    claim: Claim, author: dict[str, Any], appearance: dict[str, Any], language: str | None
) -> dict[str, Any]:
    item: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "Claim",
        "text": claim_sentence(claim.content.text, language),
        "author": author,
    }
    if claim.statement_date:
        item["datePublished"] = claim.statement_date.isoformat()
    item["appearance"] = appearance
    check = claim.verification
    if check is not None and check.status is VerificationStatus.FOUND:
        item["firstAppearance"] = {"@type": "CreativeWork", "url": check.url}
    return item


def _link(item: dict[str, Any], others: list[CreativeWork], first: CreativeWork | None) -> None:
    """The other articles join ``appearance``; a cited page found by ``--follow`` stays the
    first appearance (it is where the article says the words come from)."""
    if others:
        item["appearance"] = [item["appearance"], *others]
    if first is not None and "firstAppearance" not in item:
        item["firstAppearance"] = first


def _author(source: Source, sources: dict[str, Source]) -> dict[str, Any]:
    """The speaker: "the report" relayed through Kyiv Post is credited to Kyiv Post."""
    if source.type is SourceType.DOCUMENT and source.via in sources:
        source = sources[source.via]
    kind = "Person" if source.type in _PEOPLE else "Organization"
    author: dict[str, Any] = {"@type": kind, "name": source.name}
    if not source.resolved:
        # An unresolved pronoun: the article does not say who; no name is invented for it.
        author = {"@type": kind, "description": "a speaker the article does not identify"}
    elif source.type is SourceType.ANONYMOUS:
        # "un proche du ministre", "US officials": a description, never a name.
        described = f"an anonymous source the article describes as “{source.name}”"
        author = {"@type": kind, "description": described if source.name else "an anonymous source"}
    if source.role and kind == "Person":
        author["jobTitle"] = source.role
    return author


def _appearance(report: Report) -> dict[str, Any]:
    """The article as a ``CreativeWork``: only what is known about it."""
    article = report.article
    work: dict[str, Any] = {"@type": "CreativeWork"}
    if article is None:
        return work
    url = article.url or (report.source if _is_web_address(report.source) else None)
    fields = {
        "url": url,
        "headline": article.title,
        "datePublished": str(article.published or ""),
    }
    work.update({key: value for key, value in fields.items() if value})
    if article.site:
        work["publisher"] = {"@type": "Organization", "name": article.site}
    return work


def _is_web_address(source: str) -> bool:
    return urlsplit(source).scheme in ("http", "https")
