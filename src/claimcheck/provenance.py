"""Stage: what each claim rests on — its source gathered over the article, the hyperlink that
backs it, the source it was relayed through, and whether the statement is old news.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from claimcheck.models import (
    Article,
    Claim,
    ClaimKind,
    Link,
    Source,
    SourceMention,
    SourceType,
    Span,
    Summary,
)

# A statement made this long before publication is recycled, not news about these events.
RECYCLED_AFTER = timedelta(days=30)
UNNAMED_TYPES = frozenset({SourceType.ANONYMOUS, SourceType.UNKNOWN})


@dataclass(frozen=True)
class Provenance:
    claims: tuple[Claim, ...]
    sources: tuple[Source, ...]
    summary: Summary
    warnings: tuple[str, ...]


def build(article: Article, claims: list[Claim]) -> Provenance:
    """Tie claims to sources, links and dates; count what the article rests on."""
    claims = [_with_link(claim, article.links) for claim in claims]
    claims = [_with_recycling(claim, article.published) for claim in claims]
    sources, claims = _gather_sources(claims, article.links)
    warnings = []
    if article.published is None and any(c.source for c in claims):
        warnings.append("no published date: relative statement dates are left unresolved")
    return Provenance(tuple(claims), tuple(sources), summarize(claims, sources), tuple(warnings))


def _spans(claim: Claim) -> list[Span]:
    return [s for s in (claim.source, claim.cue, claim.content) if s is not None]


def _with_link(claim: Claim, links: Iterable[Link]) -> Claim:
    """The first body link that covers the claim's source, cue or content."""
    for link in links:
        if any(span.start < link.end and link.start < span.end for span in _spans(claim)):
            return replace(claim, link=link.url)
    return claim


def _with_recycling(claim: Claim, published: str | None) -> Claim:
    made, issued = _latest_day(claim.statement_date), _latest_day(published)
    if made is not None and issued is None:
        note = (
            f"statement dated {claim.statement_date}; the article's own date is unknown, "
            "so whether it is recycled cannot be told"
        )
        return replace(claim, warnings=(*claim.warnings, note))
    if made is None or issued is None or issued - made <= RECYCLED_AFTER:
        return claim
    note = f"recycled: statement dated {claim.statement_date}, article published {published}"
    return replace(claim, warnings=(*claim.warnings, note))


def _latest_day(value: str | None) -> date | None:
    """The last day a partial ISO date can mean, so that "2023-05" is judged generously."""
    if not value:
        return None
    try:
        pieces = [int(p) for p in value[:10].split("-")]
    except ValueError:
        return None
    year = pieces[0]
    month = pieces[1] if len(pieces) > 1 else 12
    day = pieces[2] if len(pieces) > 2 else calendar.monthrange(year, month)[1]
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _key(mention: SourceMention) -> str:
    return " ".join(mention.name.lower().replace("\u2019", "'").split())


def _gather_sources(
    claims: list[Claim], links: tuple[Link, ...]
) -> tuple[list[Source], list[Claim]]:
    ids: dict[str, str] = {}
    members: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.source is None:
            continue
        key = _key(claim.source)
        if key not in ids:
            ids[key] = f"s{len(ids) + 1}"
            members[key] = []
        members[key].append(claim)
    sources = [_source(ids[key], group, links) for key, group in members.items()]
    sources = _relays(sources, members, ids)
    via = {s.id: s.via for s in sources}
    updated = [
        replace(c, via=via.get(ids[_key(c.source)])) if c.source is not None else c for c in claims
    ]
    return sources, updated


def _source(source_id: str, claims: list[Claim], links: tuple[Link, ...]) -> Source:
    first = claims[0].source
    assert first is not None
    mentions = sorted({(c.source.start, c.source.end) for c in claims if c.source is not None})
    backing = [c.link for c in claims if c.link] + [
        link.url for link in links for s, e in mentions if link.start < e and s < link.end
    ]
    role = next((c.source.role for c in claims if c.source is not None and c.source.role), None)
    return Source(
        id=source_id,
        name=first.name or first.text,
        type=first.type,
        claims=tuple(c.id for c in claims),
        mentions=tuple(mentions),
        links=tuple(dict.fromkeys(backing)),
        role=role,
    )


def _relays(
    sources: list[Source], members: dict[str, list[Claim]], ids: dict[str, str]
) -> list[Source]:
    """ "Selon le rapport" after "…, a rapporté Kyiv Post": an unnamed document is the report of
    the named outlet or body cited just before it, and is relayed through it."""
    by_id = {s.id: s for s in sources}
    first_use = {ids[key]: min(c.content.start for c in group) for key, group in members.items()}
    relayed = []
    for source in sources:
        if source.type is SourceType.DOCUMENT and not _is_named(source.name):
            earlier = [
                other
                for other in sorted(sources, key=lambda s: first_use[s.id])
                if first_use[other.id] < first_use[source.id]
                and by_id[other.id].type not in UNNAMED_TYPES | {SourceType.DOCUMENT}
            ]
            if earlier:
                source = replace(source, via=earlier[-1].id)
        relayed.append(source)
    return relayed


def _is_named(name: str) -> bool:
    """A proper name has a capital: "Kyiv Post", not "rapport"."""
    return any(char.isupper() for char in name)


def summarize(claims: list[Claim], sources: list[Source]) -> Summary:
    attributed = [c for c in claims if c.source is not None]
    return Summary(
        claims=len(claims),
        attributed=len(attributed),
        direct=sum(c.kind in (ClaimKind.DIRECT, ClaimKind.MIXED) for c in attributed),
        indirect=sum(c.kind is ClaimKind.INDIRECT for c in attributed),
        anonymous=sum(c.source.type is SourceType.ANONYMOUS for c in attributed if c.source),
        named_sources=sum(s.type not in UNNAMED_TYPES for s in sources),
        hedged=sum(c.hedged for c in claims),
        linked=sum(c.link is not None for c in claims),
        unattributed=sum(c.kind is ClaimKind.UNATTRIBUTED for c in claims),
        unlinked=sum(c.link is None for c in attributed),
        recycled=sum(any(w.startswith("recycled") for w in c.warnings) for c in claims),
    )
