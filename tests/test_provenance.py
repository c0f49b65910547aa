"""Provenance on hand-built claims: links, recycled statements, relays and the summary."""

from __future__ import annotations

from claimcheck import provenance
from claimcheck.models import (
    Article,
    Claim,
    ClaimKind,
    Cue,
    Link,
    PartialDate,
    SourceMention,
    SourceType,
    Span,
)

TEXT = "Selon Kyiv Post, des combattants ont été formés. Selon le rapport, ils sont partis."


def span(text: str) -> Span:
    start = TEXT.index(text)
    return Span(text, start, start + len(text))


def mention(text: str, name: str, kind: SourceType) -> SourceMention:
    start = TEXT.index(text)
    return SourceMention(text, start, start + len(text), name=name, type=kind)


def claim(
    claim_id: str, content: str, source: str, name: str, kind: SourceType, date: str | None = None
) -> Claim:
    cue_start = TEXT.rindex("Selon", 0, TEXT.index(source))
    return Claim(
        id=claim_id,
        kind=ClaimKind.INDIRECT,
        content=span(content),
        source=mention(source, name, kind),
        cue=Cue("Selon", cue_start, cue_start + 5, lemma="selon"),
        statement_date=PartialDate.parse(date),
    )


def founding_like(published: str | None, links: tuple[Link, ...] = ()) -> provenance.Provenance:
    claims = [
        claim(
            "c1",
            "des combattants ont été formés",
            "Kyiv Post",
            "Kyiv Post",
            SourceType.MEDIA,
            "2023-05",
        ),
        claim("c2", "ils sont partis", "le rapport", "rapport", SourceType.DOCUMENT),
    ]
    return provenance.build(
        Article(TEXT, published=PartialDate.parse(published), links=links), claims
    )


def test_a_statement_older_than_thirty_days_is_recycled() -> None:
    """A May 2023 statement in a December 2024 article carries a recycled warning."""
    result = founding_like("2024-12-01")
    assert result.claims[0].warnings[0].startswith("recycled: statement dated 2023-05")
    assert result.summary.recycled == 1


def test_an_unknown_article_date_is_said_not_guessed() -> None:
    """Without a published date the claim says recycling cannot be told, and counts none."""
    result = founding_like(None)
    assert "cannot be told" in result.claims[0].warnings[0]
    assert result.summary.recycled == 0


def test_a_link_on_the_source_backs_the_claim_and_the_source() -> None:
    """A hyperlink over "Kyiv Post" backs its claim; the source lists it."""
    start = TEXT.index("Kyiv Post")
    link = Link("Kyiv Post", "https://www.kyivpost.com/x", start, start + 9)
    result = founding_like("2024-12-01", (link,))
    assert result.claims[0].link == link.url
    assert result.claims[1].link is None
    assert result.sources[0].links == (link.url,)
    assert (result.summary.linked, result.summary.unlinked) == (1, 1)


def test_an_unnamed_report_is_relayed_through_the_outlet_before_it() -> None:
    """ "Selon le rapport" after Kyiv Post: the report comes via Kyiv Post."""
    result = founding_like("2024-12-01")
    by_name = {s.name: s for s in result.sources}
    assert by_name["rapport"].via == by_name["Kyiv Post"].id
    assert result.claims[1].via == by_name["Kyiv Post"].id
    assert by_name["Kyiv Post"].via is None
