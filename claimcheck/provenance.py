"""Stage: what each claim rests on — its source gathered over the article, the hyperlink that
backs it, the source it was relayed through, and whether the statement is old news.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import timedelta
from itertools import count, pairwise
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from courlan import is_navigation_page

from claimcheck.extract import registered_domain
from claimcheck.models import (
    Article,
    Claim,
    ClaimKind,
    Link,
    Note,
    NoteCode,
    PartialDate,
    Source,
    SourceMention,
    SourceType,
    Span,
    Summary,
    VerificationStatus,
)
from claimcheck.nlp.dates import DatedMention, dated_mention
from claimcheck.nlp.lexicon import folded
from claimcheck.nlp.people import full_name_gender

if TYPE_CHECKING:
    from claimcheck.nlp.lexicon import Lexicon

# A statement made this long before publication is recycled, not news about these events.
RECYCLED_AFTER = timedelta(days=30)
UNNAMED_TYPES = frozenset({SourceType.ANONYMOUS, SourceType.UNKNOWN})
# Who can publish a report that a later "selon le rapport" refers to.
RELAYING_TYPES = frozenset({SourceType.MEDIA, SourceType.ORGANIZATION, SourceType.GOVERNMENT})
ANONYMOUS_ONLY = "backed only by an unnamed source: no link, no relay"
# Outlets' claims starting before a frame that may hold it: the one reporting it is next.
_NEAREST = 4
NO_SOURCE = "no source is named: the text says it was said, not who said it"
CARRIED_LINK = "link carried from an earlier sentence of the passage citing the same source"
# Where a sentence ends: a stop (with any closing quote or bracket) before a space, or a newline.
_SENTENCE_END = re.compile(r"[.!?…][\"»”’)\]]*\s+|\n")
_WORD = re.compile(r"\S+")
_ELISION = re.compile(r"^[^\W\d_]{1,2}['’](?=\w)")  # "l'" in "l'AFP"


@dataclass(frozen=True)
class Provenance:
    claims: tuple[Claim, ...]
    sources: tuple[Source, ...]
    warnings: tuple[str, ...]

    @functools.cached_property
    def summary(self) -> Summary:
        """The counts, computed once, from the claims as they finally stand (after --follow)."""
        return summarize(list(self.claims), list(self.sources))


def build(article: Article, claims: list[Claim], lexicon: Lexicon | None = None) -> Provenance:
    """Tie claims to sources, links and dates; count what the article rests on.

    With the language's ``lexicon``, relays the text names ("told Reuters", "cité par Le
    Monde", "citing a report in …") join the sources and the chains.
    """
    links = _backing_links(article, lexicon)
    claims = [_with_link(claim, links) for claim in claims]
    claims = _with_sentence_links(claims, article, links)
    claims = _with_carried_links(claims, article.text)
    undated = _dated_mention(article, lexicon)
    claims = [_with_recycling(claim, article.published, undated) for claim in claims]
    sources, claims = _gather_sources(claims, links, lexicon)
    claims = _reported_inside(claims, sources)
    if lexicon is not None:
        sources, claims = _named_relays(sources, claims, article, lexicon)
    claims = [_with_source_notes(claim) for claim in claims]
    warnings = []
    if article.published is None and any(c.source for c in claims):
        warnings.append(_undated_warning(undated))
    sources = _with_chains(sources)
    return Provenance(tuple(claims), tuple(sources), tuple(warnings))


def _reported_inside(claims: list[Claim], sources: list[Source]) -> list[Claim]:
    """ "Zelensky said …, the Kyiv Independent reported": a claim whose frame (its source and
    cue, and where its content opens) stands inside an outlet's claim came through the outlet.
    The rules keep such a pair where the outlet reports the statement whole. The quotation that
    goes on with the speaker's words ("… reported. “…”"), in the same claim or the next, came
    the same way."""
    by_id = {s.id: s for s in sources}
    source_of = {cid: s.id for s in sources for cid in s.claims}
    outlets = [
        c
        for c in claims
        if c.cue is not None
        and c.id in source_of
        and by_id[source_of[c.id]].type is SourceType.MEDIA
    ]
    outlets.sort(key=lambda c: c.content.start)
    starts = [c.content.start for c in outlets]
    updated = []
    relayed_mentions: dict[tuple[int, int], str] = {}  # the speaker's mention: the outlet
    for claim in claims:
        if claim.via is None and claim.source is not None:
            mention = (claim.source.start, claim.source.end)
            if claim.cue is None:  # a quotation that goes on with relayed words
                via = relayed_mentions.get(mention)
            else:
                via = _outlet_around(claim, outlets, starts, source_of)
                if via is not None:
                    relayed_mentions[mention] = via
            if via is not None:
                claim = replace(claim, via=via)
        updated.append(claim)
    return updated


def _outlet_around(
    claim: Claim, outlets: list[Claim], starts: list[int], source_of: dict[str, str]
) -> str | None:
    """The id of the outlet whose claim holds the claim's source, cue and the opening of its
    content; ``outlets``: the outlets' claims, by where their content ``starts``."""
    own = source_of.get(claim.id)
    if own is None or claim.source is None or claim.cue is None:
        return None
    frame = (claim.source, claim.cue)
    start = min(claim.content.start, *(s.start for s in frame))
    end = max(claim.content.start, *(s.end for s in frame))
    # the outlet's claim starts before the frame, and no more than a few others between
    last = bisect.bisect_right(starts, start)
    before = outlets[max(0, last - _NEAREST) : last]
    outer = next(
        (o for o in reversed(before) if end <= o.content.end and source_of[o.id] != own), None
    )
    return None if outer is None else source_of[outer.id]


def _backing_links(article: Article, lexicon: Lexicon | None) -> tuple[Link, ...]:
    """The body links that can back a claim: not the outlet's own tag, topic, author, section
    or quote-index pages, which list articles and say nothing about any one claim."""
    return tuple(k for k in article.links if not _navigation_link(k.url, article.domain, lexicon))


def _navigation_link(url: str, own_domain: str | None, lexicon: Lexicon | None) -> bool:
    if own_domain is None or registered_domain(url) != own_domain:
        return False
    segments = [s.lower() for s in urlsplit(url).path.split("/") if s]
    words = lexicon.navigation_paths if lexicon is not None else frozenset()
    # The home page too; a one-word path ("/politique") may be a section or an article: kept.
    return not segments or is_navigation_page(url) or any(s in words for s in segments)


def _with_carried_links(claims: list[Claim], text: str) -> list[Claim]:
    """ "…, she told <a>the Harbour Gazette</a>." backs what she says in the next sentences of
    the passage too: her later claims there carry the link, as candidate evidence for
    ``--follow``, with a note that says so."""
    last_link: dict[str, tuple[str, int]] = {}  # source key → (link, where its claim ends)
    updated = []
    for claim in claims:  # in text order
        key = _key(claim.source) if claim.source is not None else None
        if key is not None and claim.link is not None:
            last_link[key] = (claim.link, claim.content.end)
        elif key is not None and key in last_link:
            link, end = last_link[key]
            if "\n" not in text[end : claim.content.start]:
                claim = _noted(replace(claim, link=link), NoteCode.CARRIED_LINK, CARRIED_LINK)
        updated.append(claim)
    return updated


def _spans(claim: Claim) -> list[Span]:
    return [s for s in (claim.source, claim.cue, claim.content) if s is not None]


def _with_link(claim: Claim, links: Iterable[Link]) -> Claim:
    """The first body link that covers the claim's source, cue or content."""
    for link in links:
        if any(span.start < link.end and link.start < span.end for span in _spans(claim)):
            return replace(claim, link=link.url)
    return claim


def _with_sentence_links(
    claims: list[Claim], article: Article, links: tuple[Link, ...]
) -> list[Claim]:
    """A link no claim's words cover backs the attributed claim cited in its sentence:
    "…, he told <a>Reuters</a>" backs what he told Reuters."""
    covered = {c.link for c in claims if c.link}
    spare = [link for link in links if link.url not in covered]
    updated = []
    for claim in claims:
        if claim.link is None and claim.source is not None and claim.cue is not None:
            start, end = _sentence_around(article.text, claim)
            link = next((k for k in spare if start <= k.start and k.end <= end), None)
            if link is not None:
                claim = replace(claim, link=link.url)
        updated.append(claim)
    return updated


def _sentence_around(text: str, claim: Claim) -> tuple[int, int]:
    """From the start of the sentence where the claim's words begin to the end of the one
    where they end."""
    spans = _spans(claim)
    first, last = min(s.start for s in spans), max(s.end for s in spans)
    start = _last_sentence_end_before(text, first)
    ending = _SENTENCE_END.search(text, max(last - 1, 0))
    return start, ending.start() + 1 if ending else len(text)


def _last_sentence_end_before(text: str, position: int) -> int:
    """Where the last sentence end found in ``text[:position]`` stops (0 if there is none).

    The same as scanning ``text`` up to ``position`` for each claim, which made an article of
    thousands of claims quadratic; the sentence ends of the text are found once.
    """
    starts, ends = _sentence_ends(text)
    index = bisect.bisect_left(starts, position) - 1
    if index < 0:
        return 0
    if ends[index] <= position:
        return ends[index]
    cut = _SENTENCE_END.match(text, starts[index], position)  # the stop that straddles position
    if cut is not None:
        return cut.end()
    return ends[index - 1] if index > 0 else 0


@functools.lru_cache(maxsize=4)
def _sentence_ends(text: str) -> tuple[list[int], list[int]]:
    """Start and end of every ``_SENTENCE_END`` match in ``text``, in order."""
    matches = list(_SENTENCE_END.finditer(text))
    return [m.start() for m in matches], [m.end() for m in matches]


def _with_source_notes(claim: Claim) -> Claim:
    if _anonymous_only(claim):
        return _noted(claim, NoteCode.ANONYMOUS_ONLY, ANONYMOUS_ONLY)
    if _sourceless(claim):
        return _noted(claim, NoteCode.NO_SOURCE, NO_SOURCE)
    return claim


def _noted(claim: Claim, code: NoteCode, message: str) -> Claim:
    return replace(claim, notes=(*claim.notes, Note(code, message)))


def _anonymous_only(claim: Claim) -> bool:
    """Nothing but an anonymous source backs it: "a source familiar with the talks", no link.

    Only a source the article keeps anonymous: a pronoun left unresolved or a mention of unknown
    type is claimcheck not knowing, not the article hiding who spoke.
    """
    source = claim.source
    if source is None or claim.link is not None or claim.via is not None or claim.is_belief:
        return False
    return source.type is SourceType.ANONYMOUS


def _sourceless(claim: Claim) -> bool:
    """Reported as said, with no one said to say it: "il est demandé de", "it was observed"."""
    return claim.source is None and claim.kind is not ClaimKind.UNATTRIBUTED


def _undated_warning(undated: DatedMention | None) -> str:
    warning = "no published date: relative statement dates are left unresolved"
    if undated is None:
        return warning
    return (
        f"{warning}; the article mentions “{undated.phrase}”, so it was published on "
        f"{undated.day.isoformat()} or later"
    )


def _dated_mention(article: Article, lexicon: Lexicon | None) -> DatedMention | None:
    if article.published is not None or lexicon is None:
        return None
    return dated_mention(article.text, lexicon)


def _with_recycling(
    claim: Claim, published: PartialDate | None, undated: DatedMention | None
) -> Claim:
    """A recycled warning when the statement predates the article by more than 30 days.

    An article with no published date is judged against the day it dates itself to, which is
    when it was published at the earliest: older than that by 30 days is older than the article.
    """
    made = claim.statement_date.latest() if claim.statement_date is not None else None
    issued = published.latest() if published is not None else None
    if made is not None and undated is not None and undated.day - made > RECYCLED_AFTER:
        note = (
            f"recycled: statement dated {claim.statement_date}, article published on or "
            f"after {undated.day.isoformat()} (it mentions “{undated.phrase}”)"
        )
        return _noted(claim, NoteCode.RECYCLED, note)
    if made is not None and issued is None:
        note = (
            f"statement dated {claim.statement_date}; the article's own date is unknown, "
            "so whether it is recycled cannot be told"
        )
        return _noted(claim, NoteCode.RECYCLING_UNKNOWN, note)
    if made is None or issued is None or issued - made <= RECYCLED_AFTER:
        return claim
    note = f"recycled: statement dated {claim.statement_date}, article published {published}"
    return _noted(claim, NoteCode.RECYCLED, note)


def _key(mention: SourceMention) -> str:
    """Mentions with one key are one source; an unresolved pronoun is a source of its own."""
    if not mention.resolved:
        return f"unresolved@{mention.start}"
    return folded(mention.name)


def _gather_sources(
    claims: list[Claim], links: tuple[Link, ...], lexicon: Lexicon | None = None
) -> tuple[list[Source], list[Claim]]:
    described = _described_names(claims, lexicon) if lexicon is not None else {}

    def source_key(mention: SourceMention) -> str:
        key = _key(mention)
        return described.get(key, key)

    ids: dict[str, str] = {}
    members: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.source is None:
            continue
        key = source_key(claim.source)
        if key not in ids:
            ids[key] = f"s{len(ids) + 1}"
            members[key] = []
        members[key].append(claim)
    fullest = {key: _fullest_name(group, key) for key, group in members.items()}
    sources = [_source(ids[key], group, links, fullest[key]) for key, group in members.items()]
    owners = frozenset(lexicon.owner_genders) if lexicon is not None else frozenset()
    laws = lexicon.law_texts if lexicon is not None else frozenset()
    definite = lexicon.definite_determiners | lexicon.demonstratives if lexicon else frozenset()
    sources = _relays(sources, members, ids, owners, laws, definite)
    by_id = {s.id: s for s in sources}
    updated = [
        _as_in_sources(c, by_id[ids[source_key(c.source)]]) if c.source else c for c in claims
    ]
    return sources, updated


# The types of a source a description can name with its proper name after it: "l'observatoire
# européen Copernicus", "the cybersecurity firm Recorded Future" (not "researchers at …").
_DESCRIBED_TYPES = frozenset({SourceType.ORGANIZATION, SourceType.GOVERNMENT, SourceType.MEDIA})


def _described_names(claims: list[Claim], lexicon: Lexicon) -> dict[str, str]:
    """The key of a body's bare name, to the key of the one description of it that ends with
    that name: "Copernicus" (a headline's "selon Copernicus") is "l'observatoire européen
    Copernicus", one source. Not a place a body's name holds with its preposition ("parquet
    de Marseille" is not Marseille), nor a name two descriptions end with."""
    mentions = {_key(c.source): c.source for c in claims if c.source is not None}
    found: dict[str, str] = {}
    for key, short in mentions.items():
        words = short.name.split()
        if not short.resolved or not all(w[:1].isupper() for w in words):
            continue  # a proper name: not "Chinese traders"
        fuller = [
            other
            for other, long in mentions.items()
            if other != key
            and long.resolved
            and long.type in _DESCRIBED_TYPES
            and short.type in (long.type, SourceType.UNKNOWN)
            and _described_by(long.name.split(), words, lexicon)
        ]
        if len(fuller) == 1:
            found[key] = fuller[0]
    for key, short in mentions.items():
        holder = _role_holder(key, short, mentions, lexicon)
        if holder is not None:
            found[key] = holder
    return found


def _role_holder(
    key: str, short: SourceMention, mentions: dict[str, SourceMention], lexicon: Lexicon
) -> str | None:
    """The key of the one named person whose role a definite description is: "le
    propriétaire" of a headline is "le propriétaire de l'immeuble, Gérard Lemoine" of the
    text, whom the description names before the text does (after it, the speaker rules
    already read it so)."""
    words = short.text.split(maxsplit=1)
    definite = len(words) == 2 and folded(words[0]) in lexicon.definite_determiners
    if short.type is not SourceType.PERSON or not short.resolved or short.role or not definite:
        return None
    gender = lexicon.article_genders.get(folded(words[0]))
    holders = [
        other
        for other, long in mentions.items()
        if other != key
        and long.type is SourceType.PERSON
        and long.role
        and (folded(long.role) + " ").startswith(key + " ")
        and (gender is None or full_name_gender(long.name) in (None, gender))
    ]
    return holders[0] if len(holders) == 1 else None


def _described_by(long: list[str], name: list[str], lexicon: Lexicon) -> bool:
    """``long`` is a description that ends with ``name`` apposed to it, not joined by a link
    word ("de", "of")."""
    if len(long) <= len(name) or long[-len(name) :] != name:
        return False
    before = long[-len(name) - 1]
    return before.lower() not in lexicon.name_links and before[:1].islower()


def _fullest_name(group: list[Claim], key: str) -> str | None:
    """The name of the group's key, as its first mention with that name writes it: the
    description's, when a bare name joined it ("Copernicus")."""
    names = (c.source.name for c in group if c.source is not None and c.source.resolved)
    return next((n for n in names if folded(n) == key), None)


def _as_in_sources(claim: Claim, source: Source) -> Claim:
    """The claim's source as its ``sources`` entry has it: one type for all its mentions, and
    the name of the entry when another mention described it ("Copernicus")."""
    assert claim.source is not None
    mention = replace(claim.source, type=source.type)
    if mention.resolved and source.name and folded(mention.name) != folded(source.name):
        mention = replace(mention, name=source.name)
    return replace(claim, source=mention, via=source.via)


def _source(
    source_id: str, claims: list[Claim], links: tuple[Link, ...], name: str | None = None
) -> Source:
    first = claims[0].source
    assert first is not None
    mentions = sorted({(c.source.start, c.source.end) for c in claims if c.source is not None})
    backing = [c.link for c in claims if c.link] + [
        link.url for link in links for s, e in mentions if link.start < e and s < link.end
    ]
    role = next((c.source.role for c in claims if c.source is not None and c.source.role), None)
    return Source(
        id=source_id,
        name=(name or first.name or first.text) if first.resolved else "",
        type=_group_type([c.source.type for c in claims if c.source is not None]),
        claims=tuple(c.id for c in claims),
        mentions=tuple(mentions),
        links=tuple(dict.fromkeys(backing)),
        role=role,
        resolved=first.resolved,
    )


def _group_type(types: list[SourceType]) -> SourceType:
    """One type for mentions of one source: the one most of them have, "unknown" aside; on a
    tie, the one its first mentions have."""
    known = [t for t in types if t is not SourceType.UNKNOWN]
    if not known:
        return SourceType.UNKNOWN
    counts = Counter(known)
    return max(known, key=lambda t: counts[t])  # max keeps the first of equals


def _relays(
    sources: list[Source],
    members: dict[str, list[Claim]],
    ids: dict[str, str],
    owners: frozenset[str] = frozenset(),
    laws: frozenset[str] = frozenset(),
    definite: frozenset[str] = frozenset(),
) -> list[Source]:
    """ "Selon le rapport" after "…, a rapporté Kyiv Post": an unnamed document is the report of
    the outlet or body cited just before it, and is relayed through it. When the source cited
    just before is a person, the document is nobody's report that the text names; when a
    possessive of a person (one of ``owners``) gives it an owner ("a statement from his
    office"), it is that person's, not the last body's ("son rapport" may be the outlet's).
    A text of law (one of ``laws``: "the bill") is nobody's report, nor are records the text
    never points back to with an article of ``definite`` ("according to court records",
    "federal data show")."""
    first_use = {ids[key]: min(c.content.start for c in group) for key, group in members.items()}
    written = {
        ids[key]: {w for c in group if c.source for w in c.source.text.lower().split()}
        for key, group in members.items()
    }
    pointed = {
        ids[key]: any(c.source and _opens_with(c.source.text, definite) for c in group)
        for key, group in members.items()
    }
    ordered = sorted(sources, key=lambda s: first_use[s.id])
    relayed = []
    for source in sources:
        owned = not written[source.id].isdisjoint(owners)
        unowned = not owned and not _is_law_text(source.name, laws)
        unowned = unowned and (pointed[source.id] or not definite)
        if source.type is SourceType.DOCUMENT and not _is_named(source.name) and unowned:
            earlier = [
                other
                for other in ordered
                if first_use[other.id] < first_use[source.id]
                and other.type not in UNNAMED_TYPES | {SourceType.DOCUMENT}
            ]
            if earlier and earlier[-1].type in RELAYING_TYPES:
                source = replace(source, via=earlier[-1].id)
        relayed.append(source)
    return relayed


def _opens_with(text: str, words: frozenset[str]) -> bool:
    """Whether the text's first word, or its elided article ("l'enquête"), is one of
    ``words``."""
    first = text.lower().replace("\u2019", "'").split()[0] if text.split() else ""
    elided = first.split("'")[0] + "'" if "'" in first else None
    return first in words or (elided is not None and elided in words)


def _is_law_text(name: str, laws: frozenset[str]) -> bool:
    """ "bill", "the spending bill", "projet de loi de finances": a name that is a text of law,
    or opens or ends on one."""
    name = folded(name)
    return any(
        name == law or name.endswith(f" {law}") or name.startswith(f"{law} ") for law in laws
    )


@dataclass(frozen=True)
class _Relay:
    name: Span
    upstream: bool  # "citing X": X is where the claim's own source took it from
    title: str  # the name as the outlet writes it: "Le Parisien" of "confié au Parisien"


def _named_relays(
    sources: list[Source], claims: list[Claim], article: Article, lexicon: Lexicon
) -> tuple[list[Source], list[Claim]]:
    """ "X told Reuters", "cité par Le Monde": the named relay becomes a source (with no
    claims of its own if it had none) and the claim's ``via``; "citing a report in Y": Y is
    the origin of a chain that reaches the article via the claim's source."""
    # Every source stays, those that share a folded name too (the unresolved "she" and "he"
    # are two sources named ""); a relay is found by its name.
    by_id = {s.id: s for s in sources}
    by_key = {folded(s.name): s.id for s in sources}
    numbers = count(len(sources) + 1)  # a new relay's id follows every source's
    source_of = {cid: s.id for s in sources for cid in s.claims}
    cues = [(c.cue.start, c.cue.end) for c in claims if c.cue is not None]
    updated = []
    for claim in claims:
        for relay in _relays_named_in(claim, article, lexicon, cues):
            key = folded(relay.title)
            if key not in by_key:
                added = _relay_source(f"s{next(numbers)}", relay, article, lexicon)
                by_id[added.id], by_key[key] = added, added.id
            relay_id = by_key[key]
            own_id = source_of.get(claim.id)
            if relay_id == own_id or own_id is None:
                continue
            if relay.upstream:
                origin = by_id[relay_id]
                if origin.via is None and not origin.claims:
                    by_id[relay_id] = replace(origin, via=own_id)
            elif claim.via is None:
                claim = replace(claim, via=relay_id)
        updated.append(claim)
    return list(by_id.values()), updated


def _relays_named_in(
    claim: Claim, article: Article, lexicon: Lexicon, cues: list[tuple[int, int]]
) -> Iterator[_Relay]:
    """The relays named in the claim's sentence, outside its content and its source, and
    nearer its cue than any other cue (``cues``: every claim's): in "X told BBC Sport he was
    delighted, while his manager said …", the manager's words did not go through BBC Sport."""
    if claim.source is None:
        return
    start, end = _sentence_around(article.text, claim)
    lowered = article.text[start:end].lower()
    yield from _relays_named_before(claim, article, lexicon, (start, end))
    yield from _relays_named_after_source(claim, article, lexicon)
    yield from _relay_set_off_after_cue(claim, article, lexicon)
    taken: list[tuple[int, int]] = []
    here = [cue for cue in cues if start <= cue[0] < end]  # the sentence's own cues
    if lexicon.any_relay.search(lowered) is None:
        return
    for pattern, upstream, outlet_only in lexicon.relay_patterns:
        for found in pattern.finditer(lowered):
            at, after = start + found.start(), start + found.end()
            within = _inside(at, claim.content) and not _in_own_frame(at, claim, article.text)
            if within or any(s <= at < e for s, e in taken):
                continue
            if not _in_paragraph_of(at, (claim.source, claim.content), article.text):
                continue  # an interview's question between the speaker's name and the answer
            if claim.cue is not None and _nearer_cue(at, (claim.cue.start, claim.cue.end), here):
                continue
            # "citing Pentagon officials", "citing the Russian defence ministry": the cited
            # phrase is whole, not its first capitalised words
            name = _unnamed_after(article, after, end, lexicon) if upstream else None
            name = name or _name_after(article, after, end, lexicon)
            # "des sources citées par Reuters": a relay named inside the source's own phrase
            within = claim.source.start < at < claim.source.end
            if name is not None and not within:
                name = _before_source(name, claim.source, article, lexicon)
            if name is None or (_overlaps(name, claim.source) and not within):
                continue
            if outlet_only and not _is_outlet(name, article, lexicon):
                continue
            taken.append((at, name.end))
            before = article.text[start : name.start].rsplit(maxsplit=1)[-1].lower()
            yield _Relay(name, upstream, lexicon.outlet_title(name.text, before))


def _in_paragraph_of(at: int, spans: tuple[Span, ...], text: str) -> bool:
    """Whether ``at`` is in the paragraph (line) of one of the spans: "In 2004 you told Der
    Spiegel …?", the question between an interviewee's name in the introduction and the
    answer, relays nothing of the answer's."""
    for span in spans:
        start = text.rfind("\n", 0, span.start) + 1
        end = text.find("\n", span.end)
        if start <= at < (len(text) if end < 0 else end):
            return True
    return False


def _in_own_frame(at: int, claim: Claim, text: str) -> bool:
    """ "“…,” she told The Associated Press. “…”": a quotation split by its frame is one
    content, frame and all; a relay phrase right after the claim's own cue, before any mark
    or full stop, is the frame's, not the quoted words'."""
    cue = claim.cue
    if cue is None or not claim.content.start <= cue.start <= at:
        return False  # the relay phrase may be the cue itself: "told"
    return not re.search(r"[.!?\"“”«»]", text[cue.start : at])


def _before_source(name: Span, source: Span, article: Article, lexicon: Lexicon) -> Span:
    """ "a déclaré au Parisien Fabien Villedieu": the capitalised words after the relay ran on
    into the speaker's name; the outlet's name is what comes before it, when it is one."""
    if not (name.start < source.start < name.end):
        return name
    cut = article.text[name.start : source.start].rstrip()
    outlet = Span(cut, name.start, name.start + len(cut))
    return outlet if cut and _is_outlet(outlet, article, lexicon) else name


def _relays_named_before(
    claim: Claim, article: Article, lexicon: Lexicon, sentence: tuple[int, int]
) -> Iterator[_Relay]:
    """ "CNN quoted an American witness as saying …": the name right before a relay verb that
    stands before the claim's source, in its sentence, passed the source's words on."""
    if claim.source is None:
        return
    yield from _named_before_relay_verb(
        article, lexicon, (sentence[0], claim.source.start), r"\s*$"
    )


def _relays_named_after_source(
    claim: Claim, article: Article, lexicon: Lexicon
) -> Iterator[_Relay]:
    """ "D'après un document interne que Mediapart a pu consulter, …", "According to a memo
    that Reuters obtained, …": the name right before a relay verb, between a source set before
    its content and that content, passed the document on."""
    source = claim.source
    if source is None or not source.end <= claim.content.start:
        return
    yield from _named_before_relay_verb(
        article, lexicon, (source.end, claim.content.start), r"(?!\w)"
    )


def _relay_set_off_after_cue(claim: Claim, article: Article, lexicon: Lexicon) -> Iterator[_Relay]:
    """ "Il a ajouté, selon l'agence ZNA, que …", "He said, according to Reuters, that …": a
    name after a prepositional cue, set off by commas between the claim's cue and its content,
    passed the words on."""
    cue = claim.cue
    if cue is None or not cue.end <= claim.content.start:
        return
    between = article.text[cue.end : claim.content.start]
    if between.count(",") != 2:
        return  # set off by two commas, nothing else between
    for phrase in lexicon.prepositional:
        found = re.match(rf"\s*,\s*{re.escape(phrase)}\s+(.+?)\s*,\s*$", between, re.IGNORECASE)
        if found is None:
            continue
        name = _name_after(article, cue.end + found.start(1), cue.end + found.end(1), lexicon)
        if name is not None:
            yield _Relay(name, upstream=False, title=name.text)
        return


def _named_before_relay_verb(
    article: Article, lexicon: Lexicon, stretch: tuple[int, int], tail: str
) -> Iterator[_Relay]:
    """The name right before the first relay verb of the lexicon (``relay_after_name``) found
    in the article's ``stretch`` with ``tail`` after it (``\\s*$``: the verb ends the stretch),
    as a relay of the claim."""
    start, end = stretch
    lowered = article.text[start:end].lower()
    for phrase in lexicon.relay_after_name:
        found = re.search(rf"(?<!\w){re.escape(phrase)}{tail}", lowered)
        if found is None:
            continue
        name = _name_before(article, start, start + found.start(), lexicon)
        if name is not None:
            yield _Relay(name, upstream=False, title=name.text)
            return


def _name_before(article: Article, start: int, end: int, lexicon: Lexicon) -> Span | None:
    """The proper name that ends right before ``end`` ("The New York Times", "CNN"), with no
    article before it."""
    words = list(_WORD.finditer(article.text, start, end))
    parts: list[tuple[int, int]] = []
    for word in reversed(words):
        token = word.group()
        capitalised = token[0].isupper() and token.replace(".", "").isalpha()  # "CNN", "F.A.A."
        if not (capitalised or (parts and token in lexicon.name_links)):
            break
        parts.insert(0, (word.start(), word.end()))
    while parts and article.text[parts[0][0] : parts[0][1]].lower() in lexicon.name_links:
        parts.pop(0)
    if parts and article.text[parts[0][0] : parts[0][1]].lower() in lexicon.relay_fillers:
        parts.pop(0)  # "The" of "The Post", which opens the sentence
    if not parts:
        return None
    return Span(article.text[parts[0][0] : parts[-1][1]], parts[0][0], parts[-1][1])


def _nearer_cue(at: int, own: tuple[int, int], cues: list[tuple[int, int]]) -> bool:
    """Whether another claim's cue stands nearer the relay phrase at ``at`` than ``own``."""

    def distance(cue: tuple[int, int]) -> int:
        return 0 if cue[0] <= at < cue[1] else min(abs(at - cue[1]), abs(cue[0] - at))

    mine = distance(own)
    return any(distance(cue) < mine for cue in cues if cue != own)


def _name_after(article: Article, start: int, end: int, lexicon: Lexicon) -> Span | None:
    """The proper name that follows a relay phrase, past fillers ("the", "a report in"), or an
    outlet the lexicon knows by a lowercase name ("à franceinfo")."""
    words = list(_WORD.finditer(article.text, start, end))
    index = 0
    # Fillers as written, lowercase: "told the BBC", but "cité par Le Monde" keeps "Le"; an
    # elided article before one: "à l'agence IRNA"
    while index < len(words) and _unelided(words[index].group()) in lexicon.relay_fillers:
        index += 1
    parts: list[tuple[int, int]] = []
    for word in words[index:]:
        first, last = word.start(), word.end()
        if not parts:
            elided = _ELISION.match(word.group())
            # not the article of a masthead that has it: "L'Équipe", "L'Express"
            masthead = lexicon.names_outlet(word.group().rstrip(".,;:!?»”\"')")) or bool(
                _outlet_written_from(article.text, word.start(), lexicon)
            )  # "L'Écho républicain"
            first += elided.end() if elided and not masthead else 0
        token = article.text[first:last]
        bare = token.rstrip(".,;:!?»”\"')")
        if bare and not bare[0].isupper() and not parts and lexicon.names_outlet(bare):
            parts.append((first, first + len(bare)))
            break  # "à franceinfo Fabien Villedieu": the outlet's name is whole
        if bare and bare[0].isupper():
            parts.append((first, first + len(bare)))
        elif parts and _numbered_outlet(article.text[parts[0][0] : first + len(bare)], lexicon):
            parts.append((first, first + len(bare)))  # "au micro d'Europe 1", "France 24"
        elif parts and bare.lower() in lexicon.name_links and bare == token:
            parts.append((first, first + len(bare)))
            continue
        else:
            break
        if bare != token:
            break
    while parts and article.text[parts[-1][0] : parts[-1][1]].lower() in lexicon.name_links:
        parts.pop()
    if not parts:
        return None
    end = max(parts[-1][1], _outlet_written_from(article.text, parts[0][0], lexicon))
    return Span(article.text[parts[0][0] : end], parts[0][0], end)


def _unelided(word: str) -> str:
    """The word without an elided article before it ("agence" of "l'agence")."""
    elided = _ELISION.match(word)
    return word[elided.end() :] if elided and elided.end() < len(word) else word


def _outlet_written_from(text: str, start: int, lexicon: Lexicon) -> int:
    """Where the longest outlet name the lexicon knows that is written at ``start`` ends (0
    when none is): "Journal du dimanche", "Courrier international", whose lowercase words end
    a run of capitalised ones."""
    ends = [
        start + len(name)
        for name in lexicon.media_name_tokens
        if " " in name
        and text.startswith(name, start)
        and not text[start + len(name) : start + len(name) + 1].isalnum()
    ]
    return max(ends, default=0)


def _numbered_outlet(name: str, lexicon: Lexicon) -> bool:
    """ "Europe 1", "France 24": an outlet whose name ends on a number the lexicon knows."""
    return name[-1:].isdigit() and lexicon.names_outlet(name)


def _unnamed_after(article: Article, start: int, end: int, lexicon: Lexicon) -> Span | None:
    """The sources after "citing" up to the next comma that are unnamed people or a body:
    "citing three people familiar with the matter", "citant des sources proches du dossier",
    "citing the Russian defence ministry". Anything else cited ("citing legal risks") is no
    source, and a name alone ("citing Reuters") is read as a name."""
    phrase = re.match(r"[^,;:.!?()«»“”\"]+", article.text[start:end])
    if phrase is None:
        return None
    text = folded(phrase.group())
    if not _cited_kind(text, lexicon) and not any(p in text for p in lexicon.anonymous_phrases):
        return None
    found = list(_WORD.finditer(phrase.group()))
    determiners = lexicon.definite_determiners | lexicon.indefinite_determiners
    if len(found) > 1 and found[0].group().lower() in determiners:
        found = found[1:]  # "des sources proches du dossier" is "sources proches du dossier"
    first, last = start + found[0].start(), start + found[-1].end()
    return Span(article.text[first:last], first, last)


def _cited_kind(text: str, lexicon: Lexicon, *, opening: bool = True) -> SourceType | None:
    """What a cited phrase's nouns make it (``text`` folded): unnamed people ("Pentagon
    officials", "police sources"), whoever else the phrase names, or else a government or an
    organisation ("the Russian defence ministry", "le ministère russe de la Défense"). A head
    noun counts singular or plural, past the phrase's first word when it has several and
    ``opening`` (the phrase as cited, its determiner still on): "some" heads "some say", but
    "some of the data" is data."""
    words = text.split()
    heads = words[1:] if opening and len(words) > 1 else words
    nouns = [{w, w.removesuffix("s")} for w in heads]
    nouns += [{f"{a} {b}"} for a, b in pairwise(heads)]  # "white house"
    if any(n & lexicon.anonymous_heads for n in nouns):
        return SourceType.ANONYMOUS
    if any(n & (lexicon.government_nouns | lexicon.agency_nouns) for n in nouns):
        return SourceType.GOVERNMENT
    if any(n & lexicon.organization_nouns for n in nouns):
        return SourceType.ORGANIZATION
    return None


def _is_outlet(name: Span, article: Article, lexicon: Lexicon) -> bool:
    linked = any(k.start < name.end and name.start < k.end for k in article.links)
    return linked or lexicon.is_media_name(name.text) or _titled_with_article(name.text, lexicon)


def _titled_with_article(name: str, lexicon: Lexicon) -> bool:
    """ "told The Verge", "told The Athletic": a name that keeps a capitalised article inside a
    sentence is a title, an outlet's, never a person's."""
    first, _, rest = name.partition(" ")
    return bool(rest) and first.istitle() and first.lower() in lexicon.definite_determiners


def _relay_source(source_id: str, relay: _Relay, article: Article, lexicon: Lexicon) -> Source:
    name = relay.name
    links = [k.url for k in article.links if k.start < name.end and name.start < k.end]
    cited = _cited_kind(folded(name.text), lexicon, opening=False) if relay.upstream else None
    if lexicon.is_media_name(name.text) or _titled_with_article(name.text, lexicon):
        kind = SourceType.MEDIA  # "franceinfo" too, an outlet written in lowercase
    elif cited is not None:
        kind = cited  # "citing Pentagon officials", "citing the defence ministry"
    elif not _is_named(name.text):
        kind = SourceType.ANONYMOUS  # "citing three people familiar with the matter"
    else:
        kind = SourceType.UNKNOWN
    return Source(
        id=source_id,
        name=relay.title,
        type=kind,
        mentions=((name.start, name.end),),
        links=tuple(dict.fromkeys(links)),
    )


def _inside(offset: int, span: Span) -> bool:
    return span.start <= offset < span.end


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _is_named(name: str) -> bool:
    """A proper name has a capital: "Kyiv Post", not "rapport"."""
    return any(char.isupper() for char in name)


def _with_chains(sources: list[Source]) -> list[Source]:
    """Each relayed source with the whole way its words came, once, for every renderer."""
    by_id = {source.id: source for source in sources}

    def chain(source: Source) -> tuple[str, ...]:
        found: list[str] = []
        following = source.via
        while following and following in by_id and following not in [*found, source.id]:
            found.append(following)
            following = by_id[following].via
        return tuple(found)

    return [replace(source, chain=chain(source)) if source.via else source for source in sources]


def summarize(claims: list[Claim], sources: list[Source]) -> Summary:
    """The counts of the at-a-glance panel. Beliefs ("he expects") are counted apart: every
    other count is of what was said or asserted, which is what a fact-checker checks."""
    beliefs = [c for c in claims if c.is_belief]
    claims = [c for c in claims if not c.is_belief]
    attributed = [c for c in claims if c.source is not None]
    return Summary(
        claims=len(claims) + len(beliefs),
        attributed=len(attributed),
        beliefs=len(beliefs),
        direct=sum(c.kind in (ClaimKind.DIRECT, ClaimKind.MIXED) for c in attributed),
        indirect=sum(c.kind is ClaimKind.INDIRECT for c in attributed),
        anonymous=sum(c.source.type is SourceType.ANONYMOUS for c in attributed if c.source),
        named_sources=sum(s.type not in UNNAMED_TYPES for s in sources),
        hedged=sum(c.hedged for c in claims),
        linked=sum(c.link is not None for c in attributed),
        unattributed=len(claims) - len(attributed),
        sourceless=sum(c.has(NoteCode.NO_SOURCE) for c in claims),
        unlinked=sum(c.link is None for c in attributed),
        recycled=sum(c.has(NoteCode.RECYCLED) for c in claims),
        anonymous_only=sum(c.has(NoteCode.ANONYMOUS_ONLY) for c in claims),
        verified_found=_verified(claims, VerificationStatus.FOUND),
        verified_not_found=_verified(claims, VerificationStatus.NOT_FOUND),
        verified_unreachable=_verified(claims, VerificationStatus.UNREACHABLE),
    )


def _verified(claims: list[Claim], status: VerificationStatus) -> int:
    return sum(c.verification is not None and c.verification.status is status for c in claims)
