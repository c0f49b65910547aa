"""Stage 1: a SOURCE argument (URL, file or ``-``) → a decoded ``RawDocument``.

The only module that talks HTTP. Every limit a hostile or broken server could abuse is enforced
here: redirects, body size (counted on the decoded bytes as they are produced, not after),
per-read timeouts and a wall-clock deadline for the whole exchange, headers included (the
sockets under it are ``_network``'s). Bytes become text in one place, ``decode``, whatever their
origin.
"""

from __future__ import annotations

import codecs
import ipaddress
import os
import re
import select
import stat
import sys
import time
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO, NamedTuple
from urllib.parse import urlsplit

import httpcore
import httpx
from charset_normalizer import CharsetMatch, from_bytes

from claimcheck._network import Address, GuardedBackend, exchange_deadline, resolve
from claimcheck.cache import CachedPage, DamagedEntryError, FetchCache
from claimcheck.credentials import redact
from claimcheck.errors import (
    EncodingError,
    FetchError,
    FetchTimeoutError,
    HTTPStatusError,
    InputError,
    NoArticleError,
    NotCachedError,
    NotHTMLError,
    PrivateAddressError,
    TooLargeError,
)
from claimcheck.models import RawDocument
from claimcheck.version import __version__

__all__ = [
    "Decoded",
    "FetchSettings",
    "check_public_host",
    "decode",
    "document_from_bytes",
    "fetch_url",
    "is_public_address",
    "load",
    "make_client",
]

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_TEXT_TYPES = _HTML_TYPES | {"text/plain"}

_ACCEPT = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8"
# The content codings claimcheck undoes itself, a bounded piece at a time (see _decoded).
_ACCEPT_ENCODING = "gzip, deflate"
_GZIP_CODINGS = frozenset({"gzip", "x-gzip"})
_DECODED_PIECE = 64 * 1024  # most bytes one decompression step may produce
_MAX_CODINGS = 2  # "gzip, gzip" is legal, if odd; a longer chain is only ever an attack
# Response headers kept with a cached page: what decoding needs, and what dates the copy.
_KEPT_HEADERS = ("content-type", "content-language", "last-modified", "etag", "date")

# What a file starts with when it is not text; the name ends up in the error message.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF file"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument file)"),
    (b"\x1f\x8b", "a gzip archive"),
)

# Longest first: the UTF-32 LE BOM starts with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_WIDE_BOMS = tuple(bom for bom, codec in _BOMS if codec != "utf-8")

# Browsers (WHATWG Encoding) read these labels as windows-1252, and so do the pages that use them:
# a "latin-1" page with curly quotes is really cp1252.
_LABEL_ALIASES = {"iso8859-1": "cp1252", "ascii": "cp1252"}

# An HTML page declares its charset in <meta> near the top; browsers look in the first 1024
# bytes, we allow a little more for pages with long <head> comments.
_DECLARATION_WINDOW = 2048
_DECLARED_CHARSET = re.compile(
    rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([\w.:+-]+)|<\?xml\b[^>]*?encoding\s*=\s*[\"']([\w.:+-]+)",
    re.IGNORECASE,
)
_HTML_OPENING = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"<(?:!doctype\s+html|html|head|body|meta|title|link|script|style|div|p|article|main"
    r"|section|header|h[1-6]|table|ul|a|br)\b",
    re.IGNORECASE | re.DOTALL,
)
_HTML_LANDMARK = re.compile(r"<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)
_SNIFF_WINDOW = 1024
# Text that is UTF-8 but for at most one byte in this many is read as UTF-8 (see _mostly_utf8).
_STRAY_BYTES_PER_UTF8_TEXT = 100
_ERRNO = re.compile(r"\[Errno -?\d+\]\s*|\s*\(_ssl\.c:\d+\)")
_LOOKS_LIKE_HOST = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/|$)")
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


class Decoded(NamedTuple):
    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def load(
    source: str,
    settings: FetchSettings,
    client: httpx.Client | None = None,
    stdin: BinaryIO | None = None,
    cache: FetchCache | None = None,
) -> RawDocument:
    """Read SOURCE: an ``http(s)://`` URL, ``-`` for standard input, or else a local file.

    Only URLs go through ``cache``: a file or standard input is read afresh every time.
    """
    if source.lower().startswith(("http://", "https://")):
        if client is not None:
            return fetch_url(source, settings, client, cache)
        with make_client(settings) as own_client:
            return fetch_url(source, settings, own_client, cache)
    if source == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        return _to_document(source, _read_limited(stream, settings.max_bytes, "standard input"))
    return _to_document(source, _read_file(source, settings.max_bytes, settings.timeout))


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
            raise FetchError(_reason(exc)) from None
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
                for host_url in dict.fromkeys((url, kept.final_url)):
                    check_public_host(_host(host_url), urlsplit(host_url).port)
            return _page_document(url, kept, settings, cached=True)
        if cache.offline:
            raise NotCachedError(_not_cached(url, cache))
    page = _download(url, settings, client)
    document = _page_document(url, page, settings, cached=False)
    if cache is not None:
        cache.store(page)
    return replace(document, warnings=(*damaged, *document.warnings)) if damaged else document


def _download(url: str, settings: FetchSettings, client: httpx.Client) -> CachedPage:
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
            mime, charset = _parse_content_type(response.headers.get("content-type"))
            if mime is not None and mime not in _TEXT_TYPES:
                raise NotHTMLError(f"not an article: {response.url} is {mime}, not HTML or text")
            body = _read_body(response, settings, deadline)
            return CachedPage(
                url=url,
                final_url=str(response.url),
                status=response.status_code,
                body=body,
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
        raise FetchError(f"could not connect to {_host(url)}: {_reason(exc)}") from None
    except httpx.InvalidURL as exc:
        raise InputError(f"invalid URL {url}: {_reason(exc)}") from None
    except httpx.HTTPError as exc:
        raise FetchError(f"fetching {url} failed: {_reason(exc)}") from None


def _timed_out(url: str, settings: FetchSettings, deadline: float, *, answered: bool) -> str:
    """Why a fetch timed out: waiting for (all of) the answer, or a body still coming."""
    if answered and time.monotonic() >= deadline:
        return f"gave up on {url} after {settings.timeout:g} s: it was still downloading"
    return f"timed out after {settings.timeout:g} s waiting for {url}"


def _page_document(
    source: str, page: CachedPage, settings: FetchSettings, *, cached: bool
) -> RawDocument:
    """A fetched or cached page as a document, decoded the same way whichever it was."""
    if len(page.body) > settings.max_bytes:  # a copy kept under a larger --max-bytes
        raise TooLargeError(_too_large(page.final_url, settings.max_bytes))
    return _to_document(
        source,
        page.body,
        url=redact(page.final_url),  # the text and its links never carry the password
        mime=page.content_type,
        charset=page.charset,
        fetched_at=page.fetched_at,
        cached=cached,
    )


def _not_cached(url: str, cache: FetchCache) -> str:
    why = f"; {cache.problem}" if cache.problem else ""
    return f"{url} is not in the fetch cache, and offline it cannot be fetched{why}"


def _to_document(
    source: str,
    data: bytes,
    *,
    url: str | None = None,
    mime: str | None = None,
    charset: str | None = None,
    fetched_at: datetime | None = None,
    cached: bool = False,
) -> RawDocument:
    """Decode bytes and tell HTML from plain text; ``mime`` is the server's word, if any."""
    decoded = decode(data, charset)
    if not decoded.text.strip():
        raise NoArticleError("empty input")
    # A server that says HTML is believed. "text/plain" is not: raw file hosts serve HTML as text.
    is_html = mime in _HTML_TYPES or _looks_like_html(decoded.text)
    return RawDocument(
        source=source,
        text=decoded.text,
        is_html=is_html,
        url=url,
        content_type=mime,
        encoding=decoded.encoding,
        fetched_at=fetched_at or datetime.now(UTC),
        cached=cached,
        warnings=decoded.warnings,
    )


def decode(data: bytes, charset: str | None = None) -> Decoded:
    """Bytes → text, trying what the bytes say about themselves before guessing.

    Order: a BOM (it cannot lie, so it beats any declaration, as in browsers), the charset from
    the HTTP header, the page's own ``<meta charset>``, UTF-8, then charset_normalizer's guess.
    The BOM is removed; nothing else in the text is touched.
    """
    _reject_binary(data)
    bom_codec, body = _split_bom(data)
    declared = [c for c in (charset, _declared_charset(body)) if c]
    warnings: list[str] = []
    for label in [c for c in (bom_codec, *declared, "utf-8") if c]:
        codec = _codec(label)
        if codec is None:
            warnings.append(f"unknown charset {label!r} ignored")
            continue
        text = _try_decode(body, codec)
        if text is not None:
            return Decoded(text, codec, tuple(warnings))
        if label in declared:
            warnings.append(f"the declared charset {label!r} does not fit the bytes")
    mended = _mostly_utf8(body)
    if mended is not None:
        text, stray = mended
        warnings.append(
            f"{stray} byte{'' if stray == 1 else 's'} that {'is' if stray == 1 else 'are'} "
            "not valid UTF-8 read as windows-1252"
        )
        return Decoded(text, "utf-8", tuple(warnings))
    guess = _guess(body)
    warnings.append(f"text encoding guessed as {guess.encoding}")
    return Decoded(str(guess), guess.encoding, tuple(warnings))


def _mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """UTF-8 text with a few stray bytes: the text, and how many bytes were read as cp1252.

    A page pasted together from a UTF-8 editor and a Word document, or a file cut off in the
    middle of a character, is UTF-8 all but a few bytes; guessing one legacy encoding for all
    of it would garble every accented letter. It counts as UTF-8 when some multi-byte sequences
    decode (a legacy file has none, or nearly) and the stray bytes are at most one in a hundred.
    Each stray byte is read as windows-1252, where Word's curly quotes come from.
    """
    view = memoryview(data)
    pieces: list[str] = []
    position = stray = multibyte = 0
    allowed = len(data) // _STRAY_BYTES_PER_UTF8_TEXT
    while position < len(data):
        try:
            piece = str(view[position:], "utf-8")
            end = len(data)
            bad_end = end
        except UnicodeDecodeError as error:
            end = position + error.start
            bad_end = position + error.end
            piece = str(view[position:end], "utf-8")
        multibyte += (end - position) - len(piece)  # extra bytes of multi-byte characters
        pieces.append(piece)
        if bad_end > end:
            stray += bad_end - end
            if stray > allowed:
                return None
            pieces.append(_try_decode(bytes(view[end:bad_end]), "cp1252") or "")
        position = bad_end
    return ("".join(pieces), stray) if multibyte and stray else None


def _reject_binary(data: bytes) -> None:
    """Refuse PDFs, images, archives and other binaries before they reach a text decoder."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            raise NotHTMLError(f"not an article: looks like {name}")
    # UTF-16/32 text is full of NUL bytes, but then it starts with a BOM.
    if not data.startswith(_WIDE_BOMS) and b"\x00" in data[:_SNIFF_WINDOW]:
        raise NotHTMLError("not an article: looks like a binary file")


def _looks_like_html(text: str) -> bool:
    """Whether the text is HTML by its content (a doctype or tags at the start), not its name."""
    return bool(
        _HTML_OPENING.match(text[: _SNIFF_WINDOW * 4])
        or _HTML_LANDMARK.search(text[:_SNIFF_WINDOW])
    )


def _parse_content_type(value: str | None) -> tuple[str | None, str | None]:
    """``"text/html; charset=UTF-8"`` → ``("text/html", "UTF-8")``."""
    if not value:
        return None, None
    mime, *params = value.split(";")
    charset = None
    for param in params:
        name, _, param_value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = param_value.strip().strip("\"'") or None
    return mime.strip().lower() or None, charset


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
        raise TooLargeError(_too_large(str(response.url), limit))
    chunks: list[bytes] = []
    size = 0
    codings = _content_codings(response)
    pieces: Iterable[bytes] = response.iter_raw()
    for coding in reversed(codings):  # the last coding applied is the first to undo
        pieces = _decoded(pieces, coding, str(response.url))
    for chunk in pieces:
        size += len(chunk)
        if size > limit:
            raise TooLargeError(_too_large(str(response.url), limit))
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
        raise FetchError(f"{url} is not valid {coding} content: {_reason(exc)}") from None


def _inflater(coding: str, first: bytes) -> zlib._Decompress:
    """A decompressor for ``coding``; "deflate" is zlib-wrapped or, from some servers, raw."""
    if coding in _GZIP_CODINGS:
        return zlib.decompressobj(16 + zlib.MAX_WBITS)
    zlib_wrapped = len(first) >= 2 and first[0] & 0x0F == 8 and (first[0] << 8 | first[1]) % 31 == 0
    return zlib.decompressobj(zlib.MAX_WBITS if zlib_wrapped else -zlib.MAX_WBITS)


def _read_file(path: str, limit: int, timeout: float = FetchSettings.timeout) -> bytes:
    """A file's bytes, up to ``limit``; a named pipe is read within ``timeout`` seconds.

    Opening a FIFO blocks until something writes to it, possibly for ever, so it is opened
    without blocking and read with a deadline (process substitution, ``<(zcat page.gz)``,
    works); sockets and devices are refused.
    """
    try:
        kind = Path(path).stat().st_mode
        if stat.S_ISFIFO(kind):
            return _read_pipe(path, limit, timeout)
        if not stat.S_ISREG(kind) and not stat.S_ISDIR(kind):
            raise InputError(
                f"{path} is not a regular file (a socket or a device); give - for standard input"
            )
        with Path(path).open("rb") as stream:
            return _read_limited(stream, limit, path)
    except FileNotFoundError:
        hint = (
            " (for a web page, give the full https:// URL)" if _LOOKS_LIKE_HOST.match(path) else ""
        )
        raise InputError(f"no such file: {path}{hint}") from None
    except IsADirectoryError:
        raise InputError(f"{path} is a directory, not a file") from None
    except PermissionError:
        raise InputError(f"permission denied: {path}") from None
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or _reason(exc)}") from None


def _read_pipe(path: str, limit: int, timeout: float) -> bytes:
    """A named pipe's bytes until its writer closes it; a pipe with no writer reads as empty."""
    deadline = time.monotonic() + timeout
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        chunks: list[bytes] = []
        size = 0
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([descriptor], [], [], left)[0]:
                raise FetchTimeoutError(f"gave up on the named pipe {path} after {timeout:g} s")
            try:
                chunk = os.read(descriptor, 1 << 16)
            except BlockingIOError:  # woken with nothing to read: wait again
                continue
            if not chunk:
                return b"".join(chunks)
            size += len(chunk)
            if size > limit:
                raise TooLargeError(_too_large(path, limit))
            chunks.append(chunk)
    finally:
        os.close(descriptor)


def _read_limited(stream: BinaryIO, limit: int, name: str) -> bytes:
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise TooLargeError(_too_large(name, limit))
    return data


def _split_bom(data: bytes) -> tuple[str | None, bytes]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec, data[len(bom) :]
    return None, data


def _declared_charset(data: bytes) -> str | None:
    """The charset a page declares in ``<meta>`` or its XML declaration, if it looks like HTML."""
    window = data[:_DECLARATION_WINDOW]
    if not _looks_like_html(window.decode("latin-1")):
        return None
    match = _DECLARED_CHARSET.search(window)
    if match is None:
        return None
    label = (match.group(1) or match.group(2)).decode("ascii")
    # A page whose <meta> we could read as ASCII is not UTF-16/32, whatever it says (WHATWG).
    return None if label.lower().startswith(("utf-16", "utf16", "utf-32", "utf32")) else label


def _guess(data: bytes) -> CharsetMatch:
    """charset_normalizer's best guess, with ties going to cp1252.

    Latin text scores the same in several single-byte code pages, and picking cp1250 turns
    French "à" into "ŕ"; cp1252 is the one the web (and browsers' fallback) actually uses.
    """
    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise EncodingError("not text in any encoding claimcheck can recognise")
    tied = (m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence))
    return next((m for m in tied if m.encoding == "cp1252"), best)


def _codec(label: str) -> str | None:
    """The Python text codec for a charset label, with the browsers' aliases; None if unknown.

    Python also has bytes-to-bytes codecs ("hex", "base64", "zlib") and ones that always fail
    ("undefined"): a page declaring one of those declares nothing we can use.
    """
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    # CodecInfo marks the bytes-to-bytes and str-to-str codecs; it has no public name for that.
    if not getattr(info, "_is_text_encoding", True) or info.name == "undefined":
        return None
    return _LABEL_ALIASES.get(info.name, info.name)


def _try_decode(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeError:
        # cp1252 leaves five bytes undefined; a page that uses them really is latin-1.
        if codec == "cp1252":
            return data.decode("latin-1")
        return None


def _too_large(name: str, limit: int) -> str:
    return f"{name} is larger than the {limit:,}-byte limit (raise it with --max-bytes)"


def _host(url: str) -> str:
    try:
        return urlsplit(url).hostname or ""
    except ValueError:  # a malformed IPv6 literal: httpx will say what is wrong
        return url


def _reason(exc: Exception) -> str:
    """An exception as a short phrase: no errno prefixes, no reprs, one line."""
    text = " ".join(_ERRNO.sub("", str(exc)).split())
    return text or type(exc).__name__


def document_from_bytes(
    source: str,
    data: bytes,
    settings: FetchSettings,
    *,
    url: str | None = None,
    mime: str | None = None,
    charset: str | None = None,
    fetched_at: datetime | None = None,
) -> RawDocument:
    """A document from bytes that arrived some other way (a WARC record, stdin read up front).

    Decoded exactly as a fetched page or a file would be; ``mime`` and ``charset`` are what the
    bytes' HTTP headers said, if anything.
    """
    if len(data) > settings.max_bytes:
        name = "standard input" if source == "-" else source
        raise TooLargeError(_too_large(name, settings.max_bytes))
    return _to_document(source, data, url=url, mime=mime, charset=charset, fetched_at=fetched_at)
