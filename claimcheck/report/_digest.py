"""What the human-readable reports say, worded once so the terminal and Markdown tell one story."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC

from claimcheck.models import (
    Claim,
    ClaimKind,
    NoteCode,
    Report,
    Source,
    SourceMention,
    SourceType,
    Summary,
    Verification,
    VerificationStatus,
)

KIND_LABELS = {
    ClaimKind.DIRECT: "direct quote",
    ClaimKind.INDIRECT: "indirect",
    ClaimKind.MIXED: "quote and paraphrase",
    ClaimKind.UNATTRIBUTED: "unattributed",
}

# Opening mark -> closing mark: content that already carries its quotation marks keeps them.
_QUOTE_MARKS = {"«": "»", "“": "”", "„": "“", '"': '"', "‘": "’", "‹": "›"}


@dataclass(frozen=True, slots=True)
class Fact:
    """One line of the at-a-glance summary; ``alert`` marks what weakens the article's footing."""

    label: str
    text: str
    alert: bool = False


@dataclass(frozen=True, slots=True)
class Flag:
    """One short mark on a claim; ``alert`` marks what a fact-checker should look at first."""

    text: str
    alert: bool = False


def glance(report: Report) -> tuple[Fact, ...]:
    """What the article rests on, in the order a fact-checker asks about it."""
    s = report.summary
    unnamed = len(report.sources) - s.named_sources
    return (
        Fact("claims", _claims_line(s)),
        Fact(
            "sources",
            f"{s.named_sources} named, {unnamed} unnamed; "
            f"{_count(s.anonymous, 'claim')} on anonymous sources, "
            f"{s.anonymous_only} backed by nothing else",
            alert=s.anonymous > 0 or s.anonymous_only > 0,
        ),
        Fact("quotes", f"{s.direct} direct, {s.indirect} indirect"),
        Fact("hedged", f"{_count(s.hedged, 'claim')} the article does not vouch for", s.hedged > 0),
        Fact(
            "links",
            f"{s.linked} backed by a link, {s.unlinked} attributed without one",
            alert=s.unlinked > 0,
        ),
        *_followed(report),
        Fact(
            "recycled",
            f"{_count(s.recycled, 'statement')} made over 30 days before publication",
            alert=s.recycled > 0,
        ),
        Fact(
            "unattributed",
            f"{_count(s.unattributed - s.sourceless, 'assertion')} in the article's own voice"
            + (f", {s.sourceless} said by no one the text names" if s.sourceless else ""),
            alert=s.unattributed > 0,
        ),
    )


def _claims_line(s: Summary) -> str:
    line = f"{_count(s.claims, 'claim')}, {s.attributed} attributed to a source"
    if s.beliefs:  # beliefs stay out of every other line, which counts speech
        line += f", {s.beliefs} {'belief' if s.beliefs == 1 else 'beliefs'} (not statements)"
    return line


def _followed(report: Report) -> tuple[Fact, ...]:
    """With --follow: what the cited pages said; nothing when no link was followed."""
    s = report.summary
    if not any(claim.verification for claim in report.claims):
        return ()
    text = (
        f"{s.verified_found} found at their link, {s.verified_not_found} not found, "
        f"{s.verified_unreachable} unreachable"
    )
    return (Fact("followed", text, alert=s.verified_not_found + s.verified_unreachable > 0),)


@dataclass(frozen=True, slots=True)
class Markup:
    """How one renderer writes a claim's details: plain words, a cited URL, quoted evidence."""

    words: Callable[[str], str]
    url: Callable[[str], str]
    evidence: Callable[[str], str]  # includes its lead-in, e.g. ': “…”'


def details(claim: Claim, names: dict[str, str], markup: Markup) -> list[tuple[str, str]]:
    """The claim's secondary facts as (label, value) rows, only those it has, so that every
    human format says the same things in its own markup."""
    rows = []
    if claim.hedges:
        rows.append(("hedges", markup.words(hedge_words(claim))))
    if claim.statement_date:
        rows.append(("said", markup.words(claim.statement_date.isoformat())))
    if claim.via:
        rows.append(("via", markup.words(names.get(claim.via, claim.via))))
    if claim.link:
        rows.append(("link", markup.url(claim.link)))
    if claim.verification is not None:
        check = claim.verification
        shown = replace(check, reason=markup.words(check.reason)) if check.reason else check
        found = verification_words(shown, markup.url(check.url))
        rows.append(("check", found + (markup.evidence(check.evidence) if check.evidence else "")))
    rows.extend(("note", markup.words(warning)) for warning in claim.warnings)
    return rows


def verification_words(check: Verification, url: str) -> str:
    """ "found (fuzzy, 93%) at URL", "unreachable at URL: HTTP 404 ..." — without the evidence;
    ``url`` is the cited URL as the renderer shows it."""
    status = check.status.value.replace("_", " ")
    if check.status is VerificationStatus.FOUND and check.similarity not in (None, 100.0):
        status += f" (fuzzy, {check.similarity:g}%)"
    words = f"{status} at {url}"
    return f"{words}: {check.reason}" if check.reason else words


def title(report: Report) -> str:
    """What to head the report with: the article's title, or the source when it has none."""
    article = report.article
    return article.title if article is not None and article.title else report.source


def byline(report: Report) -> tuple[str, ...]:
    """Where the article comes from, as short pieces: site, dates, language, authors."""
    article = report.article
    if article is None:
        return ()
    pieces = [
        article.site,
        f"published {article.published}" if article.published else None,
        f"updated {article.modified}" if article.modified else None,
        article.language,
        f"by {', '.join(article.authors)}" if article.authors else None,
    ]
    return tuple(piece for piece in pieces if piece)


def fetched(report: Report) -> str | None:
    """When the analysed copy of a web page was fetched, and whether it came from the cache."""
    fetch = report.meta.fetch
    if fetch is None:
        return None
    when = fetch.fetched_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"{when}, from the cache" if fetch.cached else when


def flags(claim: Claim) -> tuple[Flag, ...]:
    """The marks a claim carries: how it is reported and what weakens it."""
    found = [Flag(KIND_LABELS[claim.kind], alert=claim.kind is ClaimKind.UNATTRIBUTED)]
    if claim.is_belief:
        # What someone thinks or wants is not a statement to check: no alert, as the summary
        # counts none of them among the anonymous, hedged or unlinked.
        return (*found, Flag("belief"))
    if claim.hedged:
        found.append(Flag("hedged", alert=True))
    if claim.source is not None and claim.source.type is SourceType.ANONYMOUS:
        found.append(Flag("anonymous", alert=True))
    if is_recycled(claim):
        found.append(Flag("recycled", alert=True))
    if claim.link is not None:
        found.append(Flag("linked"))
    elif claim.source is not None:
        found.append(Flag("no link", alert=True))
    return tuple(found)


def chain_names(source: Source, names: dict[str, str]) -> list[str]:
    """The sources a source's words passed through, nearest first, by name: what every human
    format shows in its "via" column ("Bloomberg News → Financial Times" reads outward)."""
    return [names.get(link, link) for link in source.chain or ((source.via,) if source.via else ())]


def is_recycled(claim: Claim) -> bool:
    """Whether provenance marked the statement as old news, as ``summary.recycled`` counts it."""
    return claim.has(NoteCode.RECYCLED)


def resolution(mention: SourceMention) -> str:
    """What a mention stands for, beyond its words: canonical name, role, type."""
    pieces = []
    if not mention.resolved:
        pieces.append("→ unresolved")
    elif mention.name and _plain(mention.name) != _plain(mention.text):
        pieces.append(f"→ {mention.name}")
    if mention.role:
        pieces.append(mention.role)
    return " ".join([", ".join(pieces), f"({mention.type.value})"]).strip()


def hedge_words(claim: Claim) -> str:
    """The hedging words with their kind: "auraient (conditional), reportedly (lexical)"."""
    return ", ".join(
        f"{hedge.text} ({hedge.kind.value}{', the speaker’s own' if hedge.speaker else ''})"
        for hedge in claim.hedges
    )


def quoted(text: str) -> str:
    """The content between quotation marks, unless it already carries its own."""
    if len(text) > 1 and _QUOTE_MARKS.get(text[0]) == text[-1]:
        return text
    return f"“{text}”"


def source_names(report: Report) -> dict[str, str]:
    """Source id -> label, to show who a claim or source was relayed through."""
    return {source.id: source_label(source, report) for source in report.sources}


def source_label(source: Source, report: Report) -> str:
    """The source's name; for an unresolved pronoun, its words and that it is unresolved."""
    if source.resolved or not source.mentions or report.article is None:
        return source.name
    start, end = source.mentions[0]
    return f"“{report.article.text[start:end]}” (unresolved)"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _plain(text: str) -> str:
    return " ".join(text.casefold().split())
