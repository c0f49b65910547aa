"""Bytes → text, one way for every origin: a fetched or cached page, a file, a WARC record.

What the bytes say about themselves is tried before any guess: a BOM, the charset of the
Content-Type header, the page's own ``<meta charset>``, UTF-8, UTF-8 with a few stray bytes
(a page pasted together from a UTF-8 editor and a Word document), and only then
charset_normalizer's guess. Binaries (PDFs, images, archives) are refused before any of that.
No network and no files here: ``fetch`` brings pages, ``inputs`` reads files and archives.
"""

from __future__ import annotations

import codecs
import re
from datetime import UTC, datetime
from typing import TYPE_CHECKING, NamedTuple

from claimcheck.errors import EncodingError, NoArticleError, NotHTMLError
from claimcheck.models import Payload, RawDocument

if TYPE_CHECKING:
    from charset_normalizer import CharsetMatch

__all__ = [
    "HTML_TYPES",
    "TEXT_TYPES",
    "Decoded",
    "decode",
    "looks_like_html",
    "parse_content_type",
    "to_document",
]

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = HTML_TYPES | {"text/plain"}  # what claimcheck reads; any other type is refused

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


class Decoded(NamedTuple):
    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def to_document(source: str, payload: Payload, *, cached: bool = False) -> RawDocument:
    """Decode a payload and tell HTML from plain text; its ``content_type`` is the server's
    word, if any. ``source`` is the name the report carries; ``cached`` says the fetch cache
    served it."""
    decoded = decode(payload.body, payload.charset)
    if not decoded.text.strip():
        raise NoArticleError("empty input")
    # A server that says HTML is believed. "text/plain" is not: raw file hosts serve HTML as text.
    is_html = payload.content_type in HTML_TYPES or looks_like_html(decoded.text)
    return RawDocument(
        source=source,
        text=decoded.text,
        is_html=is_html,
        url=payload.url,
        content_type=payload.content_type,
        encoding=decoded.encoding,
        fetched_at=payload.fetched_at or datetime.now(UTC),
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


def looks_like_html(text: str) -> bool:
    """Whether the text is HTML by its content (a doctype or tags at the start), not its name."""
    return bool(
        _HTML_OPENING.match(text[: _SNIFF_WINDOW * 4])
        or _HTML_LANDMARK.search(text[:_SNIFF_WINDOW])
    )


def parse_content_type(value: str | None) -> tuple[str | None, str | None]:
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


def _split_bom(data: bytes) -> tuple[str | None, bytes]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec, data[len(bom) :]
    return None, data


def _declared_charset(data: bytes) -> str | None:
    """The charset a page declares in ``<meta>`` or its XML declaration, if it looks like HTML."""
    window = data[:_DECLARATION_WINDOW]
    if not looks_like_html(window.decode("latin-1")):
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
    from charset_normalizer import from_bytes  # a guess is rare: no import cost before it

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
