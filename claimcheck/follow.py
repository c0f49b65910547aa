"""Stage (``--follow``): fetch the pages the claims link to and look for each claim's content there.

A link only backs a claim if the cited page says the same thing. Each cited URL is fetched once,
with the same limits as the article and a few at a time, and its text is extracted the same way.
The content is looked for as written first (after normalising case, quotes and spaces), then
fuzzily, because quotes are often trimmed or lightly edited when they are relayed; a number in
the content must appear as is, since "40 million" found as "14 million" is not the same claim.

Links claimcheck finds itself are untrusted input: unless ``allow_private`` is set, they are not
followed to private, loopback, link-local or metadata-service addresses (see ``fetch``), and an
article cannot make claimcheck fetch without end: at most ``FollowLimits.max_links`` pages per
article, all within ``FollowLimits.deadline`` seconds. The links left out are named in a warning.
"""

from __future__ import annotations

import re
import time
import unicodedata
from collections.abc import Iterable
from concurrent.futures import Executor, ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from claimcheck import extract, fetch
from claimcheck.errors import describe
from claimcheck.inputs import is_url
from claimcheck.models import Article, Claim, Verification, VerificationStatus

if TYPE_CHECKING:
    import httpx

    from claimcheck.cache import FetchCache

MAX_CONCURRENT_FETCHES = 4
FETCH_THREAD_PREFIX = "claimcheck-follow"  # the fetching threads' names, in a debugger or ps
# An article with 400 links must not mean 400 requests: the defaults of --follow-max and
# --follow-deadline. A news article cites a handful of pages; a minute fetches 20 of them.
MAX_LINKS = 20
DEADLINE_S = 60.0
_NAMED_IN_WARNING = 5  # skipped links named in the warning; the rest are counted
# Fuzzy matching: how alike the best stretch of the page must be (0-100), and the shortest
# content worth matching fuzzily (a few words match something on any page).
FUZZY_THRESHOLD = 88.0
FUZZY_MIN_CHARS = 24
EVIDENCE_MAX_CHARS = 300

_QUOTES = str.maketrans({c: None for c in "\"'«»“”„‟‘’‚‛‹›`´"} | {c: "-" for c in "‐‑‒–—―−"})
_EDGE_PUNCTUATION = " .,;:!?…"
_NUMBER = re.compile(r"\d(?:[\d\u00a0\u202f ,.]*\d)?")


@dataclass(frozen=True)
class FollowLimits:
    """How much one article may make ``--follow`` fetch: ``--follow-max``, ``--follow-deadline``."""

    max_links: int = MAX_LINKS  # distinct linked pages fetched per article
    deadline: float = DEADLINE_S  # seconds for all of them; a fetch under way is cut short too


@dataclass(frozen=True)
class CitedPage:
    """A fetched and extracted cited page, or why it could not be had; ``skipped`` when the
    follow deadline had passed before its turn came."""

    url: str
    text: str | None = None
    reason: str | None = None
    skipped: bool = False


@dataclass(frozen=True)
class Followed:
    """The claims with their links checked, and a warning for each kind of link left out."""

    claims: tuple[Claim, ...]
    warnings: tuple[str, ...] = ()


def verify(
    claims: Iterable[Claim],
    settings: fetch.FetchSettings,
    *,
    allow_private: bool = False,
    cache: FetchCache | None = None,
    limits: FollowLimits | None = None,
) -> tuple[Claim, ...]:
    """The claims, each with a link now carrying a ``verification`` of that link."""
    return follow_links(
        claims, settings, allow_private=allow_private, cache=cache, limits=limits
    ).claims


def follow_links(
    claims: Iterable[Claim],
    settings: fetch.FetchSettings,
    *,
    allow_private: bool = False,
    cache: FetchCache | None = None,
    limits: FollowLimits | None = None,
    client: httpx.Client | None = None,
    pool: Executor | None = None,
) -> Followed:
    """``verify``, within ``limits``: links over the cap, or whose turn came after the deadline,
    keep no verification and are named in a warning. ``client`` and ``pool`` are the caller's
    guarded client and fetching threads (an ``Analyzer`` keeps both for the batch); without
    them, they are made for these links."""
    limits = limits or FollowLimits()
    claims = tuple(claims)
    urls = list(dict.fromkeys(c.link for c in claims if c.link and is_url(c.link)))
    over_cap = urls[limits.max_links :]
    pages = fetch_pages(
        urls[: limits.max_links],
        settings,
        allow_private=allow_private,
        cache=cache,
        deadline=time.monotonic() + limits.deadline,
        client=client,
        pool=pool,
    )
    late = [url for url, page in pages.items() if page.skipped]
    checked = {url: page for url, page in pages.items() if not page.skipped}
    warnings = []
    if over_cap:
        warnings.append(
            _not_followed(over_cap, f"over the cap of {limits.max_links} (--follow-max)")
        )
    if late:
        warnings.append(
            _not_followed(late, f"the {limits.deadline:g} s of --follow-deadline had passed")
        )
    verified = tuple(
        replace(c, verification=check(c, checked[c.link])) if c.link in checked else c
        for c in claims
    )
    return Followed(verified, tuple(warnings))


def _not_followed(urls: list[str], why: str) -> str:
    """One warning naming the first few links left out and counting the others."""
    named = ", ".join(urls[:_NAMED_IN_WARNING])
    more = len(urls) - _NAMED_IN_WARNING
    rest = f" and {more} more" if more > 0 else ""
    count = f"{len(urls)} linked page{'' if len(urls) == 1 else 's'}"
    return f"--follow did not fetch {count}, {why}: {named}{rest}"


def fetch_pages(
    urls: list[str],
    settings: fetch.FetchSettings,
    *,
    allow_private: bool = False,
    cache: FetchCache | None = None,
    deadline: float | None = None,
    client: httpx.Client | None = None,
    pool: Executor | None = None,
) -> dict[str, CitedPage]:
    """Each URL fetched once (or taken from the fetch cache), a few at a time.

    With a ``deadline`` (``time.monotonic()``), a fetch gets no more time than is left, and a
    URL whose turn comes after it is not fetched (``CitedPage.skipped``). A ``client`` or
    ``pool`` given is used and left open; the client must refuse private addresses unless
    ``allow_private``.
    """
    if not urls:
        return {}
    public_only = not allow_private

    def one(url: str) -> CitedPage:
        bounded = settings
        if deadline is not None:
            left = deadline - time.monotonic()
            if left <= 0:
                return CitedPage(url, skipped=True)
            bounded = replace(settings, timeout=min(settings.timeout, left))
        return _fetch_page(url, bounded, shared, cache, public_only)

    with ExitStack() as stack:
        shared = client or stack.enter_context(fetch.make_client(settings, public_only=public_only))
        threads = pool or stack.enter_context(fetching_pool())
        return {page.url: page for page in threads.map(one, urls)}


def fetching_pool() -> ThreadPoolExecutor:
    """The threads that fetch cited pages, ``MAX_CONCURRENT_FETCHES`` at most."""
    return ThreadPoolExecutor(MAX_CONCURRENT_FETCHES, thread_name_prefix=FETCH_THREAD_PREFIX)


def check(claim: Claim, page: CitedPage) -> Verification:
    """Whether the claim's content is on the cited page, with the evidence if it is."""
    if page.text is None:
        return Verification(page.url, VerificationStatus.UNREACHABLE, reason=page.reason)
    match = find_content(claim.content.text, page.text)
    if match is None:
        return Verification(page.url, VerificationStatus.NOT_FOUND)
    start, end, similarity = match
    return Verification(
        page.url,
        VerificationStatus.FOUND,
        evidence=page.text[start : min(end, start + EVIDENCE_MAX_CHARS)],
        evidence_start=start,
        similarity=round(similarity, 1),
    )


def find_content(content: str, page: str) -> tuple[int, int, float] | None:
    """Where ``content`` is in ``page``: (start, end, similarity 0-100) in ``page``, or None.

    Exact after normalisation first; then the most similar stretch of the page, if similar
    enough and if it has every number the content has.
    """
    needle = _normalise(content)[0].strip(_EDGE_PUNCTUATION)
    if not needle:
        return None
    haystack, origin = _normalised_page(page)
    at = haystack.find(needle)
    if at >= 0:
        return origin[at], origin[at + len(needle) - 1] + 1, 100.0
    if len(needle) < FUZZY_MIN_CHARS:
        return None
    best = fuzz.partial_ratio_alignment(needle, haystack, score_cutoff=FUZZY_THRESHOLD)
    if best is None or best.dest_end <= best.dest_start:
        return None
    start, end = origin[best.dest_start], origin[best.dest_end - 1] + 1
    if not _numbers(content) <= _numbers(page[start:end]):
        return None
    return start, end, best.score


def _fetch_page(
    url: str,
    settings: fetch.FetchSettings,
    client: httpx.Client,
    cache: FetchCache | None,
    public_only: bool,
) -> CitedPage:
    """One cited page's text, or why not; the guard holds whether the network or the cache
    answers (``public_only``)."""
    try:
        raw = fetch.fetch_url(url, settings, client, cache, public_only=public_only)
        article: Article = extract.extract(raw)
    except Exception as exc:  # a bug too must cost one cited link, not the article's report
        return CitedPage(url, reason=describe(exc)[1])
    return CitedPage(url, text=article.text)


@lru_cache(maxsize=8)
def _normalised_page(page: str) -> tuple[str, tuple[int, ...]]:
    """A cited page normalised once for all the claims that cite it."""
    text, origin = _normalise(page)
    return text, tuple(origin)


def _normalise(text: str) -> tuple[str, list[int]]:
    """Casefolded text without quote marks and with single spaces, and for each of its
    characters the offset in ``text`` it came from."""
    kept: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        for piece in unicodedata.normalize("NFKC", char).translate(_QUOTES).casefold():
            if piece.isspace():
                if not kept or kept[-1] == " ":
                    continue
                piece = " "
            kept.append(piece)
            origin.append(index)
    while kept and kept[-1] == " ":
        kept.pop()
        origin.pop()
    return "".join(kept), origin


def _numbers(text: str) -> set[str]:
    """The numbers in ``text`` as bare digits: "1,000", "1 000" and "1000" are one number."""
    return {re.sub(r"\D", "", number) for number in _NUMBER.findall(text)}
