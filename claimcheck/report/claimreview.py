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
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from claimcheck.models import Claim, Report, Source, SourceType, VerificationStatus

CONTEXT = "https://schema.org"
_PEOPLE = frozenset({SourceType.PERSON, SourceType.ANONYMOUS})

CreativeWork = dict[str, Any]
Linker = Callable[[Report, Claim], tuple[list[CreativeWork], CreativeWork | None]]
"""Other appearances of a claim and its first one (``claimcheck.index.appearance_links``)."""


def claims_jsonld(report: Report, links: Linker | None = None) -> list[dict[str, Any]]:
    """The report's attributed claims as schema.org ``Claim`` objects, in article order;
    ``links`` adds where else each was printed, and first."""
    sources = {source.id: source for source in report.sources}
    owner = {claim_id: source for source in report.sources for claim_id in source.claims}
    appearance = _appearance(report)
    items = []
    for claim in report.claims:
        source = owner.get(claim.id)
        if claim.source is None or source is None:
            continue
        item = _claim(claim, _author(source, sources), appearance)
        if links is not None:
            _link(item, *links(report, claim))
        items.append(item)
    return items


def dumps_claimreview(
    reports: Iterable[Report], *, indent: int | None = 2, links: Linker | None = None
) -> str:
    """One JSON array of the ``Claim`` objects of every report, in input order.

    One flat array whatever the number of sources, so that the output is always the same shape;
    each Claim's ``appearance`` says which article it comes from. Failed sources add nothing.
    """
    items = [item for report in reports if report.ok for item in claims_jsonld(report, links)]
    return json.dumps(items, indent=indent, ensure_ascii=False)


def _claim(claim: Claim, author: dict[str, Any], appearance: dict[str, Any]) -> dict[str, Any]:
    item: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "Claim",
        "text": claim.content.text,
        "author": author,
    }
    if claim.statement_date:
        item["datePublished"] = claim.statement_date
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
    if source.role and kind == "Person":
        author["jobTitle"] = source.role
    return author


def _appearance(report: Report) -> dict[str, Any]:
    """The article as a ``CreativeWork``: only what is known about it."""
    article = report.article
    work: dict[str, Any] = {"@type": "CreativeWork"}
    if article is None:
        return work
    fields = {"url": article.url, "headline": article.title, "datePublished": article.published}
    work.update({key: value for key, value in fields.items() if value})
    if article.site:
        work["publisher"] = {"@type": "Organization", "name": article.site}
    return work
