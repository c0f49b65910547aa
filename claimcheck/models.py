"""The typed data model every stage shares.

Every span is a pair of offsets into ``Article.text`` (Python ``str`` indices, end-exclusive),
so a report can always be checked against the text it came from. The classes are frozen:
a stage builds new values instead of mutating what an earlier stage produced.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from functools import total_ordering

SCHEMA_VERSION = "1"

# "2023", "2023-05", "2023-05-14": what the JSON report writes for a partial date.
_ISO_PARTIAL = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


class ClaimKind(StrEnum):
    """How the content is reported: quoted, paraphrased, both, or asserted with no source."""

    DIRECT = "direct"
    INDIRECT = "indirect"
    MIXED = "mixed"
    UNATTRIBUTED = "unattributed"


class CueType(StrEnum):
    """What the cue reports: words said or written, or a mind (a belief, a hope, a plan).

    PolNeAR-style annotation attributes both; a fact-checker checks only the first, so beliefs
    are reported apart and kept out of the summary's counts of speech.
    """

    SPEECH = "speech"
    BELIEF = "belief"


class NoteCode(StrEnum):
    """What a note on a claim is about: scripts and the summary read the code, people the
    message."""

    RECYCLED = "recycled"  # the statement predates the article by more than 30 days
    RECYCLING_UNKNOWN = "recycling_unknown"  # dated, in an article whose own date is unknown
    ANONYMOUS_ONLY = "anonymous_only"  # nothing but an anonymous source backs it
    NO_SOURCE = "no_source"  # reported as said, by no one the text names
    CARRIED_LINK = "carried_link"  # its link comes from an earlier sentence citing the source


class SourceType(StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"
    MEDIA = "media"
    GOVERNMENT = "government"
    DOCUMENT = "document"
    ANONYMOUS = "anonymous"
    UNKNOWN = "unknown"


class HedgeKind(StrEnum):
    CONDITIONAL = "conditional"  # the French journalistic conditional: "auraient été formés"
    MODAL = "modal"  # "may have", "pourrait"
    LEXICAL = "lexical"  # "reportedly", "allegedly", "selon toute vraisemblance"
    DISTANCING = "distancing"  # "so-called", "soi-disant", "présumé"


class VerificationStatus(StrEnum):
    FOUND = "found"
    NOT_FOUND = "not_found"
    UNREACHABLE = "unreachable"


@total_ordering
@dataclass(frozen=True, slots=True)
class PartialDate:
    """A calendar day known only as far as the text says: a year, a month of it, or a day.

    "in a May 2023 interview" is ``PartialDate(2023, 5)``. The report writes it as ISO 8601 cut
    short ("2023", "2023-05", "2023-05-14"). Ordered by what is known, so that "2023-05" sorts
    before every day of May 2023; ``latest`` is the last day it can mean.
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError("a partial date with a day needs a month")
        date(self.year, self.month or 1, self.day or 1)  # raises ValueError if out of range

    @classmethod
    def of(cls, day: date) -> PartialDate:
        return cls(day.year, day.month, day.day)

    @classmethod
    def parse(cls, text: str | None) -> PartialDate | None:
        """The partial date an ISO string starts with ("2024-03-14T09:00" gives the day), or
        None for anything else."""
        match = _ISO_PARTIAL.match(text or "")
        if match is None:
            return None
        year, month, day = (int(part) if part else None for part in match.groups())
        try:
            return cls(year or 0, month, day)
        except ValueError:
            return None

    def isoformat(self) -> str:
        parts = [f"{self.year:04d}"]
        parts += [f"{self.month:02d}"] if self.month is not None else []
        parts += [f"{self.day:02d}"] if self.day is not None else []
        return "-".join(parts)

    def __str__(self) -> str:
        return self.isoformat()

    @property
    def exact(self) -> date | None:
        """The day, when it is known."""
        if self.month is None or self.day is None:
            return None
        return date(self.year, self.month, self.day)

    def latest(self) -> date:
        """The last day it can mean: "2023-05" is 31 May 2023, so that it is judged generously."""
        month = self.month if self.month is not None else 12
        day = self.day if self.day is not None else calendar.monthrange(self.year, month)[1]
        return date(self.year, month, day)

    def _key(self) -> tuple[int, int, int]:
        return (self.year, self.month or 0, self.day or 0)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() < other._key()


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of ``Article.text``; ``text`` always equals ``article.text[start:end]``."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Link:
    """A hyperlink in the article body, with where its anchor text sits in ``Article.text``."""

    text: str
    url: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Payload:
    """Bytes and where they came from, before decoding: a fetched page, the fetch cache's copy
    of one, a WARC record, standard input read up front.

    It keeps what decoding needs (``decode.to_document``), so that a page decodes the same way
    whichever of these it came as.
    """

    body: bytes
    url: str | None = None  # where the bytes were found, after redirects; None off the web
    content_type: str | None = None  # the bare MIME type its headers gave, lower-case
    charset: str | None = None  # the charset parameter of its Content-Type header
    fetched_at: datetime | None = None  # when the bytes came off the network
    status: int | None = None  # the HTTP status they came with
    headers: Mapping[str, str] = field(default_factory=dict)  # the ones worth keeping, lower-case


@dataclass(frozen=True, slots=True)
class RawDocument:
    """A ``Payload`` decoded: the text, and what is known about where it came from."""

    source: str  # the SOURCE argument exactly as the user gave it
    text: str  # decoded, BOM removed; HTML or plain text
    is_html: bool
    url: str | None = None  # the final URL after redirects; None for files and stdin
    content_type: str | None = None
    encoding: str | None = None
    fetched_at: datetime | None = None  # when the bytes came off the network, even if cached
    cached: bool = False  # served from the fetch cache, not fetched in this run
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Article:
    text: str
    url: str | None = None
    title: str | None = None
    site: str | None = None
    authors: tuple[str, ...] = ()
    published: PartialDate | None = None
    modified: PartialDate | None = None
    language: str | None = None
    links: tuple[Link, ...] = ()
    domain: str | None = None  # the registered domain of ``url`` ("liberation.fr")


@dataclass(frozen=True, slots=True)
class Cue(Span):
    """The words that signal the attribution ("a rapporté", "according to"), with a lemma."""

    lemma: str = ""
    type: CueType = CueType.SPEECH


@dataclass(frozen=True, slots=True)
class SourceMention(Span):
    """Who a claim is attributed to, as written, and what that mention resolves to."""

    name: str = ""  # canonical name after resolution ("Kyrylo Budanov" for "il")
    type: SourceType = SourceType.UNKNOWN
    role: str | None = None  # "chef du HUR", from an apposition or a title
    # False for a pronoun the text does not tie to one speaker: its name is then empty, never a
    # guess, and never the pronoun itself.
    resolved: bool = True


@dataclass(frozen=True, slots=True)
class Hedge:
    text: str
    kind: HedgeKind
    start: int
    end: int
    # Inside the speaker's quoted words ("“It will probably pass,” she said"): their own
    # uncertainty, shown but not counted as the article declining to vouch for the claim.
    speaker: bool = False


@dataclass(frozen=True, slots=True)
class Verification:
    """What ``--follow`` found at a claim's link; offsets are into the cited page's text."""

    url: str
    status: VerificationStatus
    evidence: str | None = None
    evidence_start: int | None = None  # where the evidence starts in the cited page's text
    similarity: float | None = None  # 100 for an exact match (after normalisation), else fuzzy
    reason: str | None = None  # why an unreachable link could not be checked


@dataclass(frozen=True, slots=True)
class Note:
    """A remark on one claim: a stable ``code`` and a message for a reader."""

    code: NoteCode
    message: str


@dataclass(frozen=True, slots=True)
class Claim:
    id: str
    kind: ClaimKind
    content: Span
    source: SourceMention | None = None
    cue: Cue | None = None
    hedges: tuple[Hedge, ...] = ()
    statement_date: PartialDate | None = None
    via: str | None = None  # id of the upstream source it was relayed through
    link: str | None = None
    verification: Verification | None = None
    notes: tuple[Note, ...] = ()
    origin: str = "rules"  # what proposed it: "rules", or "tagger" (linked by the rules)

    @property
    def warnings(self) -> tuple[str, ...]:
        """The notes' messages, as the report's ``warnings`` has always listed them."""
        return tuple(note.message for note in self.notes)

    def has(self, code: NoteCode) -> bool:
        return any(note.code is code for note in self.notes)

    @property
    def is_belief(self) -> bool:
        """Whether the claim reports a belief or an intention, not words: "he expects"."""
        return self.cue is not None and self.cue.type is CueType.BELIEF

    @property
    def hedged(self) -> bool:
        """Whether the article declines to vouch for the claim.

        A distancing word ("so-called") marks a label, not the claim, and a hedge inside the
        speaker's quoted words is the speaker's own: neither counts.
        """
        return any(h.kind is not HedgeKind.DISTANCING and not h.speaker for h in self.hedges)


@dataclass(frozen=True, slots=True)
class Source:
    """One source as the article uses it, gathered over all of its mentions."""

    id: str
    name: str
    type: SourceType
    claims: tuple[str, ...] = ()
    mentions: tuple[tuple[int, int], ...] = ()
    links: tuple[str, ...] = ()
    role: str | None = None
    via: str | None = None  # the source this one was relayed through, if any
    resolved: bool = True  # False: one unresolved pronoun, with an empty name
    # The sources its words passed through on their way to the article, nearest first ("s2" for
    # a report relayed by Kyiv Post): ``via``, then that source's own ``via``, loops cut.
    chain: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Summary:
    claims: int = 0
    attributed: int = 0
    direct: int = 0
    indirect: int = 0
    anonymous: int = 0
    named_sources: int = 0
    hedged: int = 0
    linked: int = 0  # attributed claims that a hyperlink backs
    unattributed: int = 0  # claims with no source: claims = attributed + unattributed
    unlinked: int = 0  # attributed claims that no hyperlink backs
    recycled: int = 0  # claims whose statement predates the article by more than 30 days
    anonymous_only: int = 0  # claims backed by nothing but an unnamed source: no link, no relay
    verified_found: int = 0  # --follow: claims whose content was found at their link
    verified_not_found: int = 0
    verified_unreachable: int = 0
    beliefs: int = 0  # claims whose cue reports a belief or intention ("expects"), not words
    sourceless: int = 0  # unattributed claims the text reports as said, by no one it names


@dataclass(frozen=True, slots=True)
class ReportError:
    """Why a source could not be analysed; ``type`` is one of ``errors.ERROR_TYPES``."""

    type: str
    message: str


@dataclass(frozen=True, slots=True)
class FetchInfo:
    """How old the analysed copy of a web page is, and whether this run fetched it or reused it."""

    cached: bool
    fetched_at: datetime


@dataclass(frozen=True, slots=True)
class Meta:
    claimcheck_version: str
    model: str | None = None
    elapsed_ms: int = 0
    fetch: FetchInfo | None = None  # None for files and standard input
    engine: str = "rules"  # "rules", or "rules+tagger" when the span tagger proposed claims too
    tagger: str | None = None  # the span tagger model that ran, if any


@dataclass(frozen=True, slots=True)
class Report:
    """The provenance report for one source: what ``--format json`` serialises."""

    source: str
    article: Article | None
    meta: Meta
    claims: tuple[Claim, ...] = ()
    sources: tuple[Source, ...] = ()
    summary: Summary = field(default_factory=Summary)
    warnings: tuple[str, ...] = ()
    error: ReportError | None = None
    schema_version: str = SCHEMA_VERSION

    @property
    def ok(self) -> bool:
        return self.error is None
