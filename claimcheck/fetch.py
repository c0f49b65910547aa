"""Stage 1 for the web: a URL → its ``Payload``, decoded into a ``RawDocument``.

The only module that talks HTTP. Every limit a hostile or broken server could abuse is enforced
here: redirects, body size (counted on the decompressed bytes as they are produced, not after),
per-read timeouts and a wall-clock deadline for the whole exchange, headers included (the
sockets under it are ``_network``'s). Bytes become text in ``decode``, whatever their origin;
files and standard input are read by ``inputs``.
"""

from __future__ import annotations

import ipaddress
import time
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from urllib.parse import urlsplit

import httpcore
import httpx

from claimcheck._network import Address, GuardedBackend, exchange_deadline, resolve
from claimcheck.cache import DamagedEntryError, FetchCache
from claimcheck.credentials import redact
from claimcheck.decode import TEXT_TYPES, parse_content_type, to_document
from claimcheck.errors import (
    FetchError,
    FetchTimeoutError,
    HTTPStatusError,
    InputError,
    NotCachedError,
    NotHTMLError,
    PrivateAddressError,
    TooLargeError,
    one_line,
)
from claimcheck.models import Payload, RawDocument
from claimcheck.version import __version__

__all__ = [
    "FetchSettings",
    "check_public_host",
    "fetch_url",
    "is_public_address",
    "make_client",
]

_ACCEPT = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8"
# The content codings claimcheck undoes itself, a bounded piece at a time (see _decoded).
_ACCEPT_ENCODING = "gzip, deflate"
_GZIP_CODINGS = frozenset({"gzip", "x-gzip"})
_DECODED_PIECE = 64 * 1024  # most bytes one decompression step may produce
_MAX_CODINGS = 2  # "gzip, gzip" is legal, if odd; a longer chain is only ever an attack
# Response headers kept with a cached page: what decoding needs, and what dates the copy.
_KEPT_HEADERS = ("content-type", "content-language", "last-modified", "etag", "date")

# NAT64 (RFC 6052) embeds an IPv4 address that a gateway will reach for us.
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
# Teredo (RFC 4380): the whole prefix, whatever the ipaddress module of this Python thinks of it.
_TEREDO = ipaddress.IPv6Network("2001::/32")


@dataclass(frozen=True)
class FetchSettings:
    """Limits for one fetch; the CLI's ``--timeout``, ``--max-bytes`` and ``--user-agent``."""

    timeout: float = 20.0  # per connect/read, and the deadline for the whole download
    max_bytes: int = 10_000_000
    user_agent: str = f"claimcheck/{__version__} (+https://pypi.org/project/claimcheck-news/)"
    max_redirects: int = 5


def make_client(settings: FetchSettings, *, public_only: bool = False) -> httpx.Client:
    """A client that identifies itself and follows a bounded number of redirects.

    ``public_only`` is for links claimcheck found itself: every request, each redirect hop
    included, must go to a host whose addresses are all public, so that a page cannot make
    claimcheck probe the user's network or a cloud metadata service. The request hook refuses
    a private name before anything is sent (through a proxy too); the sockets
    (``GuardedBackend``) check again the very addresses they connect to, so a name that
    resolves differently the second time (DNS rebinding) gains nothing.
    """
    hooks = {"request": [_refuse_private_request]} if public_only else {}
    transport = httpx.HTTPTransport()
    # httpx takes no network backend; its pool is rebuilt around ours, with httpx's own TLS set-up.
    transport._pool = httpcore.ConnectionPool(
        ssl_context=httpx.create_ssl_context(),
        network_backend=GuardedBackend(_guard_addresses if public_only else None),
    )
    return httpx.Client(
        timeout=httpx.Timeout(settings.timeout),
        follow_redirects=True,
        max_redirects=settings.max_redirects,
        headers={
            "User-Agent": settings.user_agent,
            "Accept": _ACCEPT,
            "Accept-Encoding": _ACCEPT_ENCODING,
        },
        event_hooks=hooks,
        transport=transport,
    )


def is_public_address(address: str) -> bool:
    """Whether an IP address is on the public internet (not private, loopback, link-local,
    multicast, reserved, unspecified or shared), looking inside the IPv6 forms that carry an
    IPv4 address a relay or gateway would reach for us: IPv4-mapped, NAT64, 6to4 and Teredo."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone ("fe80::1%eth0")
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = _embedded_ipv4(ip)
        if embedded is not None:
            return all(is_public_address(str(inner)) for inner in embedded)
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_link_local)


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> tuple[ipaddress.IPv4Address, ...] | None:
    """The IPv4 addresses an IPv6 address stands for, or None if it is a plain IPv6 address.

    A Teredo address names its relay server and (obfuscated) its client: both must be public.
    """
    if ip.ipv4_mapped is not None:
        return (ip.ipv4_mapped,)
    if ip in _NAT64:
        return (ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF),)
    if ip.sixtofour is not None:
        return (ip.sixtofour,)
    if ip in _TEREDO:
        server = ipaddress.IPv4Address((int(ip) >> 64) & 0xFFFFFFFF)
        client = ipaddress.IPv4Address(~int(ip) & 0xFFFFFFFF)
        return (server, client)
    return None


def check_public_host(
    host: str, port: int | None = None, addresses: list[Address] | None = None
) -> None:
    """Raise ``PrivateAddressError`` unless every address of ``host`` is public.

    ``addresses`` are the ones about to be connected to; without them, the name is resolved.
    Every address counts, not just the first: a name that resolves to a public and a private
    address could be answered by either.
    """
    if addresses is None:
        try:
            addresses = resolve(host, port or 443)
        except httpcore.ConnectError as exc:
            raise FetchError(one_line(exc)) from None
    for _, sockaddr in addresses:
        address = str(sockaddr[0])
        if not is_public_address(address):
            raise PrivateAddressError(
                f"refused: {host} resolves to the private address {address} "
                "(follow it with --allow-private)"
            )


def _refuse_private_request(request: httpx.Request) -> None:
    """httpx request hook: runs before the first request and before every redirect hop."""
    check_public_host(request.url.host, request.url.port)


def _guard_addresses(host: str, port: int, addresses: list[Address]) -> None:
    """The sockets' guard: the addresses a guarded connection may go to must all be public."""
    check_public_host(host, port, addresses)


def fetch_url(
    url: str,
    settings: FetchSettings,
    client: httpx.Client,
    cache: FetchCache | None = None,
    *,
    public_only: bool = False,
) -> RawDocument:
    """GET a page within the size and time limits; ``url`` on the result is the final one.

    With a ``cache``, a page it holds is not fetched again (unless it is in refresh mode), and a
    fetched page is kept once it has passed every check, so failures are never cached. An
    offline cache that lacks the page raises ``NotCachedError`` without touching the network.
    ``public_only`` (a link claimcheck found) holds a cached page to the address guard too: a
    private page the user once fetched by name must not answer for a link in someone's article.
    """
    if not _host(url):
        raise InputError(f"invalid URL {url}: no host name")
    damaged: tuple[str, ...] = ()  # a warning, if the cached copy could not be read back
    if cache is not None:
        try:
            kept = cache.lookup(url)
        except DamagedEntryError as exc:
            kept, damaged = None, (str(exc),)
        if kept is not None:
            if public_only:
                for host_url in dict.fromkeys((url, kept.url or url)):
                    check_public_host(_host(host_url), urlsplit(host_url).port)
            return _page_document(url, kept, settings, cached=True)
        if cache.offline:
            raise NotCachedError(_not_cached(url, cache))
    page = _download(url, settings, client)
    document = _page_document(url, page, settings, cached=False)
    if cache is not None:
        cache.store(url, page)
    return replace(document, warnings=(*damaged, *document.warnings)) if damaged else document


def _download(url: str, settings: FetchSettings, client: httpx.Client) -> Payload:
    """The page at ``url`` with what decoding it needs; every HTTP failure becomes ours.

    The deadline covers the whole exchange, every hop and the headers included: per-read
    timeouts alone let a server that sends its headers one byte a second hold us for ever.
    """
    deadline = time.monotonic() + settings.timeout
    answered = False  # whether the status line and headers had all arrived
    try:
        with exchange_deadline(settings.timeout), client.stream("GET", url) as response:
            answered = True
            _check_status(response)
            mime, charset = parse_content_type(response.headers.get("content-type"))
            if mime is not None and mime not in TEXT_TYPES:
                raise NotHTMLError(f"not an article: {response.url} is {mime}, not HTML or text")
            body = _read_body(response, settings, deadline)
            return Payload(
                body=body,
                url=str(response.url),
                status=response.status_code,
                fetched_at=datetime.now(UTC),
                content_type=mime,
                charset=charset,
                headers={h: response.headers[h] for h in _KEPT_HEADERS if h in response.headers},
            )
    except httpx.TooManyRedirects:
        raise FetchError(
            f"too many redirects (more than {settings.max_redirects}) starting at {url}"
        ) from None
    except httpx.ConnectTimeout:
        raise FetchTimeoutError(
            f"could not connect to {_host(url)} within {settings.timeout:g} s"
        ) from None
    except httpx.TimeoutException:
        raise FetchTimeoutError(_timed_out(url, settings, deadline, answered=answered)) from None
    except httpx.ConnectError as exc:
        raise FetchError(f"could not connect to {_host(url)}: {one_line(exc)}") from None
    except httpx.InvalidURL as exc:
        raise InputError(f"invalid URL {url}: {one_line(exc)}") from None
    except httpx.HTTPError as exc:
        raise FetchError(f"fetching {url} failed: {one_line(exc)}") from None


def _timed_out(url: str, settings: FetchSettings, deadline: float, *, answered: bool) -> str:
    """Why a fetch timed out: waiting for (all of) the answer, or a body still coming."""
    if answered and time.monotonic() >= deadline:
        return f"gave up on {url} after {settings.timeout:g} s: it was still downloading"
    return f"timed out after {settings.timeout:g} s waiting for {url}"


def _page_document(
    source: str, page: Payload, settings: FetchSettings, *, cached: bool
) -> RawDocument:
    """A fetched or cached page as a document, decoded the same way whichever it was."""
    final_url = page.url or source
    if len(page.body) > settings.max_bytes:  # a copy kept under a larger --max-bytes
        raise TooLargeError.beyond(final_url, settings.max_bytes)
    # The text and its links never carry the password.
    return to_document(source, replace(page, url=redact(final_url)), cached=cached)


def _not_cached(url: str, cache: FetchCache) -> str:
    why = f"; {cache.problem}" if cache.problem else ""
    return f"{url} is not in the fetch cache, and offline it cannot be fetched{why}"


def _check_status(response: httpx.Response) -> None:
    if response.status_code < 400:
        return
    code = response.status_code
    reason = response.reason_phrase or httpx.codes.get_reason_phrase(code)
    words = " ".join(part for part in ("HTTP", str(code), reason) if part)
    raise HTTPStatusError(f"{words} for {response.url}", code)


def _read_body(response: httpx.Response, settings: FetchSettings, deadline: float) -> bytes:
    """The decoded body, refused as soon as it passes ``max_bytes`` or the deadline.

    Per-read timeouts alone let a server that sends one byte a second hold us forever. The
    limit counts decoded bytes as each bounded piece comes out of the decompressor: a few KB
    of stacked gzip must not become gigabytes in memory before the count is even made.
    """
    limit = settings.max_bytes
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise TooLargeError.beyond(str(response.url), limit)
    chunks: list[bytes] = []
    size = 0
    codings = _content_codings(response)
    pieces: Iterable[bytes] = response.iter_raw()
    for coding in reversed(codings):  # the last coding applied is the first to undo
        pieces = _decoded(pieces, coding, str(response.url))
    for chunk in pieces:
        size += len(chunk)
        if size > limit:
            raise TooLargeError.beyond(str(response.url), limit)
        if time.monotonic() > deadline:
            raise FetchTimeoutError(
                f"gave up on {response.url} after {settings.timeout:g} s: it was still downloading"
            )
        chunks.append(chunk)
    return b"".join(chunks)


def _content_codings(response: httpx.Response) -> list[str]:
    """The ``Content-Encoding`` codings in the order they were applied; refuses what we cannot
    undo safely (an unknown coding, or a chain longer than any real server uses)."""
    header = response.headers.get("content-encoding", "")
    codings = [c.strip().lower() for c in header.split(",") if c.strip()]
    codings = [c for c in codings if c != "identity"]
    for coding in codings:
        if coding not in _GZIP_CODINGS and coding != "deflate":
            raise FetchError(
                f"{response.url} is sent in the content encoding {coding!r}, "
                "which claimcheck does not read"
            )
    if len(codings) > _MAX_CODINGS:
        raise FetchError(
            f"{response.url} is compressed {len(codings)} times over ({header}); refused"
        )
    return codings


def _decoded(pieces: Iterable[bytes], coding: str, url: str) -> Iterator[bytes]:
    """``pieces`` with one content coding undone, lazily, at most ``_DECODED_PIECE`` bytes a step.

    Laziness is the point: each layer asks the one below for more only when its consumer does,
    so a stack of decompressors never holds more than a piece or two each, however well the
    bytes compress. Whatever follows the end of the compressed stream is ignored, as httpx
    and browsers do; every step either makes output, uses input, or stops.
    """
    inflater: zlib._Decompress | None = None
    try:
        for piece in pieces:
            if inflater is None:
                inflater = _inflater(coding, piece)
            data = piece
            while not inflater.eof:
                out = inflater.decompress(data, _DECODED_PIECE)
                stalled = not out and inflater.unconsumed_tail == data
                data = inflater.unconsumed_tail
                if out:
                    yield out
                if stalled or (not data and len(out) < _DECODED_PIECE):
                    break
    except zlib.error as exc:
        raise FetchError(f"{url} is not valid {coding} content: {one_line(exc)}") from None


def _inflater(coding: str, first: bytes) -> zlib._Decompress:
    """A decompressor for ``coding``; "deflate" is zlib-wrapped or, from some servers, raw."""
    if coding in _GZIP_CODINGS:
        return zlib.decompressobj(16 + zlib.MAX_WBITS)
    zlib_wrapped = len(first) >= 2 and first[0] & 0x0F == 8 and (first[0] << 8 | first[1]) % 31 == 0
    return zlib.decompressobj(zlib.MAX_WBITS if zlib_wrapped else -zlib.MAX_WBITS)


def _host(url: str) -> str:
    try:
        return urlsplit(url).hostname or ""
    except ValueError:  # a malformed IPv6 literal: httpx will say what is wrong
        return url
