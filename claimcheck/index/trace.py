"""``claimcheck trace``: every appearance of a quote in the claims index, in time order.

The query is the words of a quote (a fragment is enough) or a claim reference ``REPORT#cN``.
FTS5 finds candidates; ``matching.compare`` decides, for each, whether it is the quote and how
it differs. Every version is compared to one reference: the claim a ``REPORT#cN`` names, or else
the indexed version that best matches the words typed. The whole of the reference is compared,
not only the fragment typed: a number changed outside the fragment still makes a version
``altered``; and "same" always means the same as something an outlet printed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from claimcheck.index.matching import (
    Comparison,
    Status,
    compare,
    could_be_quote,
    could_match,
)
from claimcheck.index.store import ClaimsIndex, IndexedClaim, report_key
from claimcheck.index.words import Word, words
from claimcheck.models import Claim, Report
from claimcheck.report.claimreview import CreativeWork, Linker

__all__ = ["CANDIDATES", "Appearance", "TraceResult", "appearance_links", "trace", "trace_to_dict"]

CANDIDATES = 500  # claims FTS5 hands to the alignment, best rank first
TRACE_SCHEMA = "1"
_REFERENCE = re.compile(r"^\S+#c\d+$")
_UNDATED = "9999"  # sorts after every ISO date


@dataclass(frozen=True, slots=True)
class Appearance:
    claim: IndexedClaim
    comparison: Comparison
    is_reference: bool = False


@dataclass(frozen=True, slots=True)
class TraceResult:
    query: str
    reference: IndexedClaim | None  # the version the others are compared to
    reference_text: str  # its words as printed (or the query's, when no version is close)
    appearances: tuple[Appearance, ...]
    first_appearance: Appearance | None
    warnings: tuple[str, ...]
    message: str | None = None  # why the list is empty


def trace(index: ClaimsIndex, query: str, *, limit: int = CANDIDATES) -> TraceResult:
    """Every appearance of ``query`` in ``index``, earliest published first."""
    query = " ".join(query.split())
    named = index.claim(query) if _REFERENCE.match(query) else None
    if _REFERENCE.match(query) and named is None:
        return _nothing(query, f"no claim {query} in the index {index.path}")
    typed = words(named.text if named else query)
    if not typed:
        return _nothing(query, "the query has no words to look for")
    candidates = index.candidates(" ".join(w.key for w in typed), limit)
    if named is not None and all(c.row != named.row for c in candidates):
        candidates.append(named)
    seen: dict[int, Sequence[Word]] = {}
    reference: IndexedClaim | None = named
    reference_words: Sequence[Word] = typed
    if named is None:
        typed_text = " ".join(w.key for w in typed)
        quotes = _words_of(candidates, lambda c: could_be_quote(typed_text, c.normalised), seen)
        reference, reference_words = _best_version(typed, quotes)
    reference_text = " ".join(w.key for w in reference_words)
    printed = _words_of(
        candidates, lambda c: could_match(reference_words, reference_text, c.normalised), seen
    )
    appearances = _appearances(reference, reference_words, printed)
    if not appearances:
        return _nothing(query, f"no claim in the index {index.path} matches “{query}”")
    first = _first(appearances)
    shown = reference.text if reference is not None else query
    warnings = _warnings(appearances, first)
    return TraceResult(query, reference, shown, appearances, first, warnings)


def trace_to_dict(result: TraceResult) -> dict[str, Any]:
    """The JSON of ``claimcheck trace --format json``."""
    reference = None
    if result.reference is not None:
        reference = {
            "ref": result.reference.ref,
            "text": result.reference_text,
            "speaker": _speaker(result.reference),
        }
    first = result.first_appearance
    return {
        "trace_schema": TRACE_SCHEMA,
        "query": result.query,
        "reference": reference,
        "appearances": [_appearance(item) for item in result.appearances],
        "first_appearance": _appearance(first) if first is not None else None,
        "warnings": list(result.warnings),
        "message": result.message,
    }


def appearance_links(index: ClaimsIndex) -> Linker:
    """For ``--format claimreview``: the other articles a report's claim appears in (the same
    words, altered or misattributed; not paraphrases) and its first appearance, as schema.org
    ``CreativeWork`` objects. The report must be in the index already."""

    def links(report: Report, claim: Claim) -> tuple[list[CreativeWork], CreativeWork | None]:
        url = report.article.url if report.article is not None else None
        key = report_key(url, report.source)
        result = trace(index, f"{key}#{claim.id}")
        quoted = [a for a in result.appearances if a.comparison.status is not Status.PARAPHRASE]
        others = {a.claim.report: a.claim for a in quoted if a.claim.report != key}
        first = result.first_appearance
        works = [_creative_work(claim) for claim in others.values()]
        return works, _creative_work(first.claim) if first is not None else None

    return links


def _creative_work(claim: IndexedClaim) -> CreativeWork:
    work: CreativeWork = {"@type": "CreativeWork"}
    if claim.url:
        work["url"] = claim.url
    if claim.published:
        work["datePublished"] = claim.published
    if claim.site:
        work["publisher"] = {"@type": "Organization", "name": claim.site}
    return work


def _appearances(
    reference: IndexedClaim | None,
    reference_words: Sequence[Word],
    printed: Sequence[tuple[IndexedClaim, Sequence[Word]]],
) -> tuple[Appearance, ...]:
    """Each version compared to the reference, in time order; what is no version is left out."""
    speaker = reference.speaker if reference is not None else None
    found = []
    for candidate, version in printed:
        comparison = compare(reference_words, speaker, version, candidate.speaker)
        if comparison is not None:
            is_reference = reference is not None and candidate.row == reference.row
            found.append(Appearance(candidate, comparison, is_reference))
    return tuple(sorted(found, key=_timeline_order))


def _words_of(
    candidates: Sequence[IndexedClaim],
    keep: Callable[[IndexedClaim], bool],
    seen: dict[int, Sequence[Word]],
) -> list[tuple[IndexedClaim, Sequence[Word]]]:
    """The candidates ``keep`` keeps, with their words (kept in ``seen`` by row): most FTS5
    candidates share a word or two, and are dismissed on their stored words alone."""
    kept = []
    for candidate in candidates:
        if keep(candidate):
            if candidate.row not in seen:
                seen[candidate.row] = words(candidate.text)
            kept.append((candidate, seen[candidate.row]))
    return kept


def _best_version(
    typed: Sequence[Word], printed: Sequence[tuple[IndexedClaim, Sequence[Word]]]
) -> tuple[IndexedClaim | None, Sequence[Word]]:
    """The printed version closest to the words typed (then one with a speaker, the earliest,
    the first indexed), and its words; the typed words if none is close."""
    best: tuple[tuple[Any, ...], IndexedClaim, Sequence[Word]] | None = None
    for candidate, version in printed:
        found = compare(typed, None, version, None)
        if found is None or found.status is Status.PARAPHRASE:
            continue
        unnamed = candidate.speaker is None  # a version that names its speaker is the better
        rank = (-found.similarity, -found.coverage, unnamed, *_timeline_order_of(candidate))
        if best is None or rank < best[0]:
            best = (rank, candidate, version)
    return (best[1], best[2]) if best is not None else (None, typed)


def _timeline_order(appearance: Appearance) -> tuple[str, str, int]:
    return _timeline_order_of(appearance.claim)


def _timeline_order_of(claim: IndexedClaim) -> tuple[str, str, int]:
    return (claim.published or _UNDATED, claim.site or claim.source, claim.row)


def _first(appearances: Sequence[Appearance]) -> Appearance | None:
    """The earliest dated version of the quote itself (a paraphrase is not its appearance)."""
    dated = [
        a for a in appearances if a.claim.published and a.comparison.status is not Status.PARAPHRASE
    ]
    return dated[0] if dated else None  # already in time order


def _warnings(appearances: Sequence[Appearance], first: Appearance | None) -> tuple[str, ...]:
    warnings = []
    undated = sum(1 for a in appearances if not a.claim.published)
    if undated:
        total = len(appearances)
        warnings.append(
            f"{undated} of {total} appearances have no published date: they are listed last "
            "and none of them can be the first appearance, though one may be earlier"
        )
    if first is not None and first.comparison.status is not Status.SAME:
        warnings.append(
            f"the earliest version ({_outlet(first.claim)}, {first.claim.published}) differs "
            f"from the reference: {first.comparison.status.value}: "
            f"{first.comparison.explanation}"
        )
    return tuple(warnings)


def _outlet(claim: IndexedClaim) -> str:
    return claim.site or claim.url or claim.source


def _nothing(query: str, message: str) -> TraceResult:
    return TraceResult(query, None, "", (), None, (), message)


def _speaker(claim: IndexedClaim) -> dict[str, Any]:
    return {"name": claim.speaker, "type": claim.speaker_type}


def _appearance(item: Appearance) -> dict[str, Any]:
    claim, found = item.claim, item.comparison
    return {
        "source": claim.source,
        "url": claim.url,
        "site": claim.site,
        "published": claim.published,
        "ref": claim.ref,
        "claim_id": claim.claim_id,
        "speaker": _speaker(claim),
        "text": claim.text,
        "similarity": found.similarity,
        "coverage": found.coverage,
        "status": found.status.value,
        "differences": [
            {"kind": d.kind.value, "reference": d.reference, "appearance": d.appearance}
            for d in found.differences
        ],
        "explanation": found.explanation,
        "is_reference": item.is_reference,
    }
