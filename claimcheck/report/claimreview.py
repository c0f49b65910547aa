"""``--format claimreview``: each attributed claim as a schema.org ``Claim`` in JSON-LD.

This is the part of a fact-check's ClaimReview markup that says what was claimed, by whom, when
and where: a fact-checker pastes it as the ``itemReviewed`` of their own ``ClaimReview`` and adds
the rating, which claimcheck never gives. Unattributed claims are left out: a schema.org Claim
without an author says nothing a fact-check can use.

Mapping: the content is ``text``; the speaker is ``author`` (a ``Person`` for people and unnamed
sources, an ``Organization`` for outlets, bodies and governments; a document such as "the
report" is credited to the outlet it was relayed through when the article says which); the
statement date, when the text gives one, is ``datePublished``; the article is ``appearance``; a
cited page where ``--follow`` found the content is ``firstAppearance``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from claimcheck.models import Claim, Report, Source, SourceType, VerificationStatus

CONTEXT = "https://schema.org"
_PEOPLE = frozenset({SourceType.PERSON, SourceType.ANONYMOUS})


def claims_jsonld(report: Report) -> list[dict[str, Any]]:
    """The report's attributed claims as schema.org ``Claim`` objects, in article order."""
    sources = {source.id: source for source in report.sources}
    owner = {claim_id: source for source in report.sources for claim_id in source.claims}
    appearance = _appearance(report)
    items = []
    for claim in report.claims:
        source = owner.get(claim.id)
        if claim.source is None or source is None:
            continue
        items.append(_claim(claim, _author(source, sources), appearance))
    return items


def dumps_claimreview(reports: Iterable[Report], *, indent: int | None = 2) -> str:
    """One JSON array of the ``Claim`` objects of every report, in input order.

    One flat array whatever the number of sources, so that the output is always the same shape;
    each Claim's ``appearance`` says which article it comes from. Failed sources add nothing.
    """
    items = [item for report in reports if report.ok for item in claims_jsonld(report)]
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
