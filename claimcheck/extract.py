"""Stage 2: a ``RawDocument`` → an ``Article``: body text, metadata and the links in the body.

The only module that imports trafilatura. Trafilatura finds the article body and its metadata;
the text is then rebuilt here from trafilatura's XML tree, because its own plain-text output
throws away where each hyperlink's anchor sits, and every claim's link is found by offset.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from urllib.parse import urldefrag, urlsplit

import trafilatura
from courlan import extract_domain
from htmldate import find_date
from lxml.etree import _Element
from lxml.html import HtmlElement
from trafilatura.settings import Document
from trafilatura.utils import load_html

from claimcheck.errors import NoArticleError
from claimcheck.models import Article, Link, PartialDate, RawDocument
from claimcheck.nlp.lexicon import available_languages, load_lexicon

# trafilatura's body elements that stand on their own line (its txt output does the same);
# the others (hi, ref, del, code, lb) are inline, and lb is a line break.
_BLOCKS = frozenset(
    {"ab", "cell", "div", "graphic", "head", "item", "list", "p", "quote", "row", "table"}
)
_SEPARATORS = " \t\n\r\f"  # HTML's whitespace; NBSP and thin spaces are typography: kept
_HTML_WHITESPACE = re.compile(f"([{_SEPARATORS}]+)")
# Something that reads like a sentence: a page of headlines and menus has none.
_SENTENCE = re.compile(r"[^\n]{20,}?[.!?…。！？]")
_HTML_LANG = re.compile(r"<html\b[^>]*?\s(?:xml:)?lang\s*=\s*[\"']?([A-Za-z]{2,3})\b", re.I)
_LANG_WINDOW = 8192
_NO_ARTICLE = "no article text found in the page"
# Blocks longer than this are prose, never a notice or a byline, whatever words they use.
_NOTICE_MAX = 300
_NOTICE_OPENING = 150  # a longer block is a notice only if its first sentence is this short
_BYLINE_MAX = 80
_WORDS = re.compile(r"[^\W\d_][\w'’.-]*")
# A domain ending after a name: ".fr" in "Libération.fr", ".co.uk".
_DOMAIN_ENDING = re.compile(r"\.[a-z]{2,6}(?:\.[a-z]{2})?$", re.IGNORECASE)
# What separates a page title from the outlet's name: "Le titre - Libération".
_TITLE_SEPARATORS = re.compile(r"\s+[-|–—:]\s+")


@dataclass(eq=False)
class _Anchor:
    """One ``<ref>`` element; compared by identity, since two links may share a target."""

    target: str


@dataclass(frozen=True)
class _Run:
    """A piece of body text, and the link it belongs to; ``text=None`` is a line break."""

    text: str | None
    anchor: _Anchor | None = None


_BREAK = _Run(None)


@dataclass
class _Layout:
    """The article text as it is laid out, with where each anchor's visible text landed."""

    text: str = ""
    spans: dict[_Anchor, tuple[int, int]] = field(default_factory=dict)


def extract(raw: RawDocument) -> Article:
    """The article in ``raw``: plain text as it is, HTML through trafilatura."""
    if not raw.is_html:
        return Article(text=raw.text, url=raw.url, domain=registered_domain(raw.url))
    tree = _parse(raw.text)
    if tree is None:
        raise NoArticleError(_NO_ARTICLE)
    page_url = raw.url or _canonical_url(tree)
    title = tree.findtext(".//title")
    _prepare_links(tree, page_url)
    # Before trafilatura, which cleans the tree in place; htmldate works on a copy.
    modified = PartialDate.parse(_modified_date(tree, raw.url))
    document = trafilatura.bare_extraction(
        tree,
        url=raw.url,
        include_comments=False,
        include_links=True,
        include_tables=False,
        with_metadata=True,
    )
    if not isinstance(document, Document):
        raise NoArticleError(_NO_ARTICLE)
    _drop_furniture(document.body)
    layout = _lay_out(_runs(document.body))
    if not _SENTENCE.search(layout.text):
        raise NoArticleError(_NO_ARTICLE)
    published = PartialDate.parse(document.date)
    return Article(
        text=layout.text,
        url=page_url,
        title=document.title or None,
        site=_site_name(document.sitename, title, page_url),
        domain=registered_domain(page_url),
        authors=_authors(document.author),
        published=published,
        modified=modified if modified and (not published or modified > published) else None,
        links=_links(layout, page_url),
    )


def html_lang_hint(raw: RawDocument) -> str | None:
    """The primary subtag of ``<html lang>`` ("fr" for "fr-FR"): a hint, pages often lie."""
    if not raw.is_html:
        return None
    match = _HTML_LANG.search(raw.text[:_LANG_WINDOW])
    return match.group(1).lower() if match else None


def _runs(element: _Element, anchor: _Anchor | None = None) -> Iterator[_Run]:
    """The text of a trafilatura body in document order, with block edges as breaks."""
    tag = element.tag
    block = tag in _BLOCKS
    if block or tag == "lb":
        yield _BREAK
    if tag == "ref" and element.get("target"):
        anchor = _Anchor(element.get("target", ""))
    if element.text and isinstance(tag, str):  # comments and processing instructions: skipped
        yield _Run(_visible(element.text), anchor)
    for child in element:
        yield from _runs(child, anchor)
        if child.tail:
            yield _Run(_visible(child.tail), anchor)
    if block:
        yield _BREAK


def _visible(text: str) -> str:
    """The text without soft hyphens: hyphenation hints a CMS leaves inside words ("un
    \u00adproche"), invisible on the page, which hide the word from the lexicons and the
    parser and make a quoted phrase unfindable."""
    return text.replace("\u00ad", "")


def _lay_out(runs: Iterator[_Run]) -> _Layout:
    """One block per line, HTML whitespace collapsed to single spaces, no edge spaces."""
    layout = _Layout()
    parts: list[str] = []
    size = 0
    pending = ""  # the separator owed before the next visible text: "", " " or "\n"
    for run in runs:
        if run.text is None:
            pending = "\n" if size else ""
            continue
        for piece in _HTML_WHITESPACE.split(run.text):
            if not piece:
                continue
            if piece[0] in _SEPARATORS:
                pending = pending or (" " if size else "")
                continue
            parts.append(pending)
            size += len(pending)
            pending = ""
            if run.anchor is not None:
                start, _ = layout.spans.get(run.anchor, (size, size))
                layout.spans[run.anchor] = (start, size + len(piece))
            parts.append(piece)
            size += len(piece)
    layout.text = "".join(parts)
    return layout


def _parse(html: str) -> HtmlElement | None:
    """trafilatura's lenient parser; what it turns down as "dubious" is retried in ``<html>``.

    It rejects a one-block page that does not say "html" in its first 50 characters: a bare
    fragment ("<p>…</p>"), or an XHTML page whose XML declaration pushes the tag further away.
    """
    tree = load_html(html)
    return tree if tree is not None else load_html(f"<html><body>{html}</body></html>")


def _canonical_url(tree: HtmlElement) -> str | None:
    """Where a saved page came from, as it says: its canonical link, else its og:url.

    The article's address in the report, and the base its relative links are resolved against.
    """
    canonical = [
        link.get("href", "")
        for link in tree.iterfind(".//link[@href]")
        if "canonical" in (link.get("rel") or "").lower().split()
    ]
    declared = [
        meta.get("content", "")
        for meta in tree.iterfind(".//meta[@content]")
        if (meta.get("property") or meta.get("name") or "").lower() == "og:url"
    ]
    urls = (_http_url(_absolute(url)) for url in canonical + declared)
    return next((url for url in urls if url), None)


def _absolute(url: str) -> str:
    """A protocol-relative address ("//www.tdg.ch/…") read as https, the web's default."""
    url = url.strip()
    return f"https:{url}" if url.startswith("//") else url


def registered_domain(url: str | None) -> str | None:
    """The registered domain ("liberation.fr" for www.liberation.fr), as courlan finds it; a
    host with no such domain (an IP address, "localhost") stands for itself."""
    if not url:
        return None
    return extract_domain(url) or urlsplit(url).hostname or None


def _site_name(sitename: str | None, title: str | None, url: str | None) -> str | None:
    """The outlet's name in one form: "Libération", not "Libération.fr" or "www.liberation.fr".

    A written name loses its domain ending ("Le Monde.fr"); a host name ("www.liberation.fr")
    takes the spelling the page title gives it ("… - Libération"), else stands as its
    registered domain; with no site name at all, the page's registered domain stands for it.
    """
    name = (sitename or "").strip().rstrip("/")
    name = re.sub(r"^www\.", "", name, flags=re.IGNORECASE)
    if not name:
        return registered_domain(url)
    host = name.isascii() and name.islower() and " " not in name and "." in name
    if not host:  # "Libération.fr", "Le Monde.fr", "Slate.fr": a name, as the outlet writes it
        return _DOMAIN_ENDING.sub("", name).strip() or name
    label = _fold(name.split(".")[0])
    parts = _TITLE_SEPARATORS.split(title or "")[1:]
    spelt = [p.strip() for p in parts if len(label) > 3 and _fold(p).endswith(label)]
    return spelt[-1] if spelt else registered_domain(f"https://{name.lower()}")


def _fold(name: str) -> str:
    """A name without case, accents, spaces or punctuation: "Le Monde" and "lemonde" agree."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if c.isalnum())


@cache
def _furniture() -> tuple[tuple[str, ...], re.Pattern[str], frozenset[str]]:
    """Every language's teasers, notices and byline words: the page's language is not known
    yet at extraction, and a page often wraps its articles in another language's furniture."""
    lexicons = [load_lexicon(language) for language in available_languages()]
    teasers = tuple(_straight(p) for lexicon in lexicons for p in lexicon.furniture_teasers)
    notices = sorted({_straight(p) for lexicon in lexicons for p in lexicon.furniture_notices})
    notice = re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(n) for n in notices) or '(?!)'})(?!\w)")
    bylines = frozenset(w for lexicon in lexicons for w in lexicon.byline_words)
    return teasers, notice, bylines


def _drop_furniture(body: _Element) -> None:
    """Remove the blocks that are page furniture: teasers, paywall, cookie and newsletter
    notices, bylines. They are no part of the article, so no claim may contain them."""
    for block in list(body.iter(*_BLOCKS)):
        if block is body or any(child.tag in _BLOCKS for child in block):
            continue  # only innermost blocks: a list is judged item by item
        if _is_furniture(" ".join("".join(block.itertext()).split())):
            _remove_keeping_tail(block)


def _is_furniture(text: str) -> bool:
    teasers, notice, bylines = _furniture()
    lowered = _straight(text.lower())
    opening = lowered.lstrip(" \t►▶→»>•·-–—|:")
    if any(opening.startswith(t) and _ends_word(opening, t) for t in teasers):
        return True
    if notice.search(_notice_scope(lowered)):
        return True
    return len(text) <= _BYLINE_MAX and _is_byline(text, bylines)


def _straight(text: str) -> str:
    """Typographic apostrophes as straight ones, so that "s’abonner" matches "s'abonner"."""
    return text.replace("’", "'")


def _notice_scope(lowered: str) -> str:
    """Where a notice says what it is: a short block whole, else its first sentence if that is
    short ("Cet article est paru dans notre newsletter. …"); one long sentence is prose."""
    if len(lowered) <= _NOTICE_MAX:
        return lowered
    first_sentence = re.split(r"(?<=[.!?])\s", lowered, maxsplit=1)[0]
    return first_sentence if len(first_sentence) <= _NOTICE_OPENING else ""


def _ends_word(text: str, phrase: str) -> bool:
    after = text[len(phrase) : len(phrase) + 1]
    return not after or not after.isalnum() or not phrase[-1].isalnum()


def _is_byline(text: str, byline_words: frozenset[str]) -> bool:
    """ "Par Jean Dupont et Marie Martin": the byline word, then names and short links only."""
    words = _WORDS.findall(text)
    if len(words) < 2 or words[0].lower() not in byline_words or text.rstrip().endswith("."):
        return False
    names = [w for w in words[1:] if w[0].isupper()]
    return bool(names) and all(w[0].isupper() or len(w) <= 3 for w in words[1:])


def _remove_keeping_tail(element: _Element) -> None:
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail or ""
    previous = element.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(element)


def _prepare_links(tree: HtmlElement, page_url: str | None) -> None:
    """Resolve links by the HTML rules and unwrap empty anchors, before trafilatura sees them.

    trafilatura resolves against the site root only (so ``href="next"`` on ``/a/b`` goes wrong)
    and folds the text after an empty ``<a>`` into it, which would turn that text into a link.
    """
    if page_url:
        tree.make_links_absolute(page_url, resolve_base_href=True, handle_failures="discard")
    else:  # a saved page may still carry <base href>
        tree.resolve_base_href(handle_failures="discard")
    for anchor in list(tree.iter("a")):
        if not anchor.text_content().strip():
            anchor.drop_tag()


def _links(layout: _Layout, page_url: str | None) -> tuple[Link, ...]:
    """Body links to other pages over http(s); in-page anchors and other schemes are dropped."""
    page = urldefrag(page_url).url if page_url else None
    links: list[Link] = []
    for anchor, (start, end) in layout.spans.items():
        url = _http_url(anchor.target)
        if url and urldefrag(url).url != page:
            links.append(Link(layout.text[start:end], url, start, end))
    return tuple(links)  # in text order: an anchor is recorded when its text is laid out


def _authors(author: str | None) -> tuple[str, ...]:
    """trafilatura's ``"A; B"`` as ``("A", "B")``, without duplicates."""
    names = (name.strip() for name in (author or "").split(";"))
    return tuple(dict.fromkeys(name for name in names if name))


def _modified_date(tree: HtmlElement, url: str | None) -> str | None:
    """The page's last-update date as htmldate sees it.

    htmldate falls back to the publication date when there is no update, so the caller keeps
    it only when it is later. Never give htmldate a string: one that looks like a URL, it fetches.
    """
    return find_date(
        tree,
        original_date=False,
        extensive_search=False,
        deferred_url_extractor=True,  # a date in the URL is the publication date, not an update
        url=url,
    )


def _http_url(url: str | None) -> str | None:
    return url if url and urlsplit(url).scheme in ("http", "https") else None
