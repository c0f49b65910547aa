"""Whether a claim is the traced quote, and how it differs: same, altered, misattributed or
paraphrase, with the reason in words.

The alignment is deterministic: rapidfuzz's Levenshtein opcodes over the two lists of folded
words. Words one version has beyond the ends of the other are context (an outlet that quotes
more, or less) rather than changes; everything in between is compared word by word. A number, a
negation or a name that changed makes the version ``altered`` however high its similarity: "40
million" and "50 million" are 95 % alike and say different things.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from claimcheck.index.words import Change, Word, fold

__all__ = [
    "QUOTE_SIMILARITY",
    "Comparison",
    "Difference",
    "Status",
    "compare",
    "could_be_quote",
    "could_match",
    "same_speaker",
]

QUOTE_SIMILARITY = 75.0  # below this, the aligned words are not the same quote
QUOTE_SHARED = 0.6  # nor when fewer of the aligned words than this are the same words
MIN_COVERAGE = 0.5  # a version must span at least half of the reference's words
PARAPHRASE_SHARE = 0.5  # a paraphrase shares at least half of the reference's words ...
PARAPHRASE_WORDS = 3  # ... and at least this many of them
_QUICK_CUTOFF = QUOTE_SIMILARITY - 15  # the partial ratio of the quote is rarely this far under
_CONTENT_LENGTH = 3  # shorter words ("a", "de", "is") are not counted as shared content
_KIND_ORDER = tuple(Change)


class Status(StrEnum):
    SAME = "same"  # the same words, the same speaker (or no speaker named here)
    ALTERED = "altered"  # the same quote with words changed
    MISATTRIBUTED = "misattributed"  # the same quote given to another speaker
    PARAPHRASE = "paraphrase"  # other words, much of the same content


@dataclass(frozen=True, slots=True)
class Difference:
    """One changed stretch: the reference's words and this version's words in their place."""

    kind: Change
    reference: str
    appearance: str


@dataclass(frozen=True, slots=True)
class Comparison:
    status: Status
    similarity: float  # 0-100, over the aligned words
    coverage: float  # the share of the reference's words this version spans
    differences: tuple[Difference, ...]
    speaker_match: bool | None  # None: one of the two speakers is not named
    window: tuple[int, int]  # the aligned words of this version: [start, end)
    explanation: str


@dataclass(frozen=True, slots=True)
class _Alignment:
    similarity: float
    coverage: float
    shared: float  # the share of the aligned words, in the longer version, that are equal
    differences: tuple[Difference, ...]
    reference_window: tuple[int, int]
    window: tuple[int, int]


def compare(
    reference: Sequence[Word],
    reference_speaker: str | None,
    other: Sequence[Word],
    other_speaker: str | None,
) -> Comparison | None:
    """How ``other`` relates to the reference quote; None when it is not an appearance of it."""
    if not reference or not other:
        return None
    speaker = same_speaker(reference_speaker, other_speaker)
    aligned = _align(reference, other)
    if aligned is not None and _is_the_quote(aligned):
        status = Status.SAME
        if speaker is False:
            status = Status.MISATTRIBUTED
        elif aligned.differences:
            status = Status.ALTERED
        explanation = _explain_quote(
            status, aligned, len(reference), reference_speaker, other_speaker
        )
        return Comparison(
            status,
            aligned.similarity,
            aligned.coverage,
            aligned.differences,
            speaker,
            aligned.window,
            explanation,
        )
    shared, content = _shared_content(reference, frozenset(w.key for w in other))
    if (
        content
        and shared >= min(PARAPHRASE_WORDS, content)
        and shared / content >= (PARAPHRASE_SHARE)
    ):
        similarity = aligned.similarity if aligned is not None else 0.0
        explanation = (
            f"other words (similarity {similarity:.1f}, under {QUOTE_SIMILARITY:.0f}), but "
            f"{shared} of the reference's {content} content words"
        )
        return Comparison(
            Status.PARAPHRASE, similarity, 0.0, (), speaker, (0, len(other)), explanation
        )
    return None


def could_be_quote(reference: str, other: str) -> bool:
    """A quick test on the normalised texts (rapidfuzz's partial ratio, in C) that rules out
    most of what ``compare`` would not call the quote: no stretch of one is close to the other."""
    return fuzz.partial_ratio(reference, other, score_cutoff=_QUICK_CUTOFF) > 0


def could_match(reference: Sequence[Word], reference_text: str, other_text: str) -> bool:
    """``could_be_quote``, or enough of the reference's content words for a paraphrase."""
    if could_be_quote(reference_text, other_text):
        return True
    shared, content = _shared_content(reference, frozenset(other_text.split()))
    return bool(content) and shared / content >= PARAPHRASE_SHARE


def same_speaker(first: str | None, second: str | None) -> bool | None:
    """Whether two names are one speaker: the same words, or the words of one all in the other
    ("Moreno" and "Senator Alice Moreno"; not "Alice Moreno" and "Paul Moreno"); None when
    either is not named."""
    if not first or not second:
        return None
    a, b = set(fold(first).split()), set(fold(second).split())
    if not a or not b:
        return None
    return a <= b or b <= a


def _is_the_quote(aligned: _Alignment) -> bool:
    return (
        aligned.similarity >= QUOTE_SIMILARITY
        and aligned.coverage >= MIN_COVERAGE
        and aligned.shared >= QUOTE_SHARED
    )


def _align(reference: Sequence[Word], other: Sequence[Word]) -> _Alignment | None:
    """The two versions aligned word by word, the ends one has beyond the other cut off."""
    ops = list(Levenshtein.opcodes([w.key for w in reference], [w.key for w in other]))
    while ops and ops[0].tag in ("insert", "delete"):
        ops.pop(0)
    while ops and ops[-1].tag in ("insert", "delete"):
        ops.pop()
    if not any(op.tag == "equal" for op in ops):
        return None
    ref_window = (ops[0].src_start, ops[-1].src_end)
    window = (ops[0].dest_start, ops[-1].dest_end)
    differences = [
        _difference(reference[op.src_start : op.src_end], other[op.dest_start : op.dest_end])
        for op in ops
        if op.tag != "equal"
    ]
    differences.sort(key=lambda d: _KIND_ORDER.index(d.kind))  # stable: text order within kind
    equal = sum(op.src_end - op.src_start for op in ops if op.tag == "equal")
    longer = max(ref_window[1] - ref_window[0], window[1] - window[0])
    ref_text = " ".join(w.key for w in reference[ref_window[0] : ref_window[1]])
    other_text = " ".join(w.key for w in other[window[0] : window[1]])
    return _Alignment(
        similarity=round(fuzz.ratio(ref_text, other_text), 1),
        coverage=round((ref_window[1] - ref_window[0]) / len(reference), 3),
        shared=equal / longer,
        differences=tuple(differences),
        reference_window=ref_window,
        window=window,
    )


def _difference(removed: Sequence[Word], added: Sequence[Word]) -> Difference:
    kinds = [word.kind for word in (*removed, *added)]
    kind = min(kinds, key=_KIND_ORDER.index)
    return Difference(
        kind, " ".join(w.printed for w in removed), " ".join(w.printed for w in added)
    )


def _shared_content(reference: Sequence[Word], other_keys: frozenset[str]) -> tuple[int, int]:
    """How many of the reference's content words the other version has, and how many there are."""
    content = {w.key for w in reference if len(w.key) >= _CONTENT_LENGTH or w.key[0].isdigit()}
    return len(content & other_keys), len(content)


def _explain_quote(
    status: Status,
    aligned: _Alignment,
    reference_length: int,
    reference_speaker: str | None,
    other_speaker: str | None,
) -> str:
    parts = [f"the reference's words, similarity {aligned.similarity:.1f}"]
    spanned = aligned.reference_window[1] - aligned.reference_window[0]
    if spanned < reference_length:
        parts.append(f"quotes {spanned} of its {reference_length} words")
    if aligned.differences:
        changes = "; ".join(_describe(d) for d in aligned.differences)
        count = len(aligned.differences)
        parts.append(f"{count} change{'' if count == 1 else 's'}: {changes}")
    else:
        parts.append("no word changed")
    if status is Status.MISATTRIBUTED:
        parts.append(f"said by {other_speaker}, where the reference has {reference_speaker}")
    elif reference_speaker and other_speaker:
        parts.append(f"the same speaker ({other_speaker})")
    else:
        parts.append("the speaker cannot be compared: " + _unnamed(reference_speaker))
    return "; ".join(parts)


def _describe(difference: Difference) -> str:
    before = f"“{difference.reference}”" if difference.reference else "nothing"
    after = f"“{difference.appearance}”" if difference.appearance else "nothing"
    return f"{difference.kind.value} {before} → {after}"


def _unnamed(reference_speaker: str | None) -> str:
    return "this version names no speaker" if reference_speaker else "the reference names none"
