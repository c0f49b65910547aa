"""The HTML report: one self-contained page with the article's claims highlighted in its text.

The page loads nothing: its CSS and script are inline and a Content-Security-Policy forbids
everything else, so opening a report cannot tell anyone that it was opened. Every piece of
article text goes through ``html.escape``.

Highlights index ``Article.text`` exactly. Spans may nest (a claim inside a quote) or cross (one
claim's content running into another's cue), and HTML elements can only nest, so the text is cut
at every span boundary and an element that would cross another is closed and reopened: one span
can become several elements. Each element says which part of the text it covers
(``data-start``/``data-end``) and which span it belongs to (``data-mark``), so the page can be
checked against the JSON report. The article container's ``textContent`` is ``Article.text``;
labels and badges are CSS generated content, which does not count as text.
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from itertools import pairwise

from claimcheck.models import Claim, ClaimKind, Report, ReportError, Source, SourceType
from claimcheck.report import _digest
from claimcheck.version import __version__

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'"
)
"""Nothing from outside the page: no fonts, images, frames, fetches or form posts."""

ALL_SOURCES = "*"
UNATTRIBUTED = "-"
"""Filter values beside source ids: every claim, and claims in the article's own voice."""

# A paragraph is a run of text between line breaks (those ``str.splitlines`` knows).
_PARAGRAPH = re.compile(r"[^\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]+")
_SAFE_URL = re.compile(r"https?://", re.IGNORECASE)

# When two spans start and end together, the lower rank is the outer element.
_RANK = {"content": 0, "source": 1, "cue": 2, "hedge": 3, "link": 4}


def render_html(reports: Iterable[Report]) -> str:
    """One page for any number of reports: one section each, failed sources with their error."""
    items = list(reports)
    sections = [_section(report, f"r{number}") for number, report in enumerate(items, 1)]
    nav = _nav(items) if len(items) > 1 else ""
    return _PAGE.format(
        csp=_e(CONTENT_SECURITY_POLICY),
        title=_e(_page_title(items)),
        style=_asset("html.css"),
        version=_e(__version__),
        nav=nav,
        sections="\n".join(sections),
        script=_asset("html.js"),
    )


_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="claimcheck {version}">
<title>{title}</title>
<style>
{style}</style>
</head>
<body>
<header class="page-head"><p><strong>claimcheck</strong> provenance report
<span class="muted">· who said what, and what backs it</span></p>{nav}</header>
<main>
{sections}
</main>
<footer class="page-foot"><p>Made by claimcheck {version}. Highlights: <b>source</b> (who),
<i>cue</i> (how it is said), content (what). claimcheck rates no claim true or false: it shows
what each one rests on.</p></footer>
<script>
{script}</script>
</body>
</html>
"""


def _asset(name: str) -> str:
    """The page's CSS or script, shipped as package data so it can be read as a file of its own."""
    return resources.files("claimcheck.report").joinpath(name).read_text(encoding="utf-8")


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _page_title(reports: Sequence[Report]) -> str:
    if len(reports) == 1:
        return f"{_digest.title(reports[0])} · claimcheck"
    return f"claimcheck: {len(reports)} reports"


def _nav(reports: Sequence[Report]) -> str:
    items = []
    for number, report in enumerate(reports, 1):
        state = (
            f"failed: {report.error.type}"
            if report.error is not None
            else _digest.glance(report)[0].text
        )
        items.append(
            f'<li><a href="#r{number}">{_e(_digest.title(report))}</a> '
            f'<span class="muted">· {_e(state)}</span></li>'
        )
    return f'<nav class="toc"><ol>{"".join(items)}</ol></nav>'


# One report


def _section(report: Report, prefix: str) -> str:
    if report.error is not None:
        return _failure(report, report.error, prefix)
    article = report.article
    text = article.text if article is not None else ""
    chains = _claim_chains(report)
    return (
        f'<section class="report" id="{prefix}">'
        f"{_heading(report)}{_glance(report)}"
        f'<div class="layout"><div class="reading">'
        f"{_legend()}"
        f'<article class="article-text" lang="{_e(_language(report))}">'
        f"{_marked_text(text, _marks(report, chains), prefix)}</article>"
        f"{_claim_list(report, chains, prefix)}</div>"
        f"{_panel(report, prefix)}</div></section>"
    )


def _failure(report: Report, error: ReportError, prefix: str) -> str:
    return (
        f'<section class="report failed" id="{prefix}">'
        f"<h2>{_e(_digest.title(report))}</h2>"
        f'<p class="failure"><span class="badge alert">failed</span> '
        f"<code>{_e(error.type)}</code>: {_e(error.message)}</p>"
        f'<p class="muted">source: {_e(report.source)}</p></section>'
    )


def _language(report: Report) -> str:
    article = report.article
    return article.language if article is not None and article.language else ""


def _heading(report: Report) -> str:
    title = _digest.title(report)
    details = [_e(report.source)] if title != report.source else []
    details += [_e(piece) for piece in _digest.byline(report)]
    article = report.article
    if article is not None and article.url and article.url != report.source:
        details.append(_url(article.url))
    if fetched := _digest.fetched(report):
        details.append(f"fetched {_e(fetched)}")
    byline = " · ".join(details)
    return f'<h2>{_e(title)}</h2><p class="byline muted">{byline}</p>'


def _glance(report: Report) -> str:
    """The summary, worded as the terminal report words it, alerts marked by a sign, not by colour
    alone."""
    rows = [_fact(fact.label, fact.text, alert=fact.alert) for fact in _digest.glance(report)] + [
        _fact("warning", warning, alert=True) for warning in report.warnings
    ]
    return f'<dl class="glance" aria-label="At a glance">{"".join(rows)}</dl>'


def _fact(label: str, text: str, *, alert: bool) -> str:
    mark = '<span class="alert-mark" title="worth a look">⚠</span>' if alert else "<span></span>"
    css = "fact alert" if alert else "fact"
    return f'<div class="{css}"><dt>{mark}<span>{_e(label)}</span></dt><dd>{_e(text)}</dd></div>'


def _legend() -> str:
    return (
        '<p class="legend" aria-label="How to read the highlights">'
        '<span class="m m-source">source</span> '
        '<span class="m m-cue">cue</span> '
        '<span class="m m-content">what is claimed</span> '
        '<span class="m m-content hedged">hedged claim</span> '
        '<span class="m m-source anonymous">anonymous source</span> '
        '<span class="m m-hedge">hedging word</span> '
        '<span class="m m-content unattributed">article’s own voice</span></p>'
    )


# The article text with its spans marked


@dataclass(frozen=True, slots=True)
class _Mark:
    """One span to highlight: where it is, which element shows it and with what attributes."""

    key: str  # unique in the report; the elements a crossing span is cut into share it
    start: int
    end: int
    rank: int
    tag: str
    attrs: tuple[tuple[str, str], ...]
    anchor: str | None = None  # the id the first element gets, for links to the claim


@dataclass(slots=True)
class _Piece:
    """One element of a mark; ``end`` is known only when the element closes."""

    mark: _Mark
    start: int
    end: int = -1
    first: bool = False
    last: bool = False


@dataclass(slots=True)
class _Pieces:
    """The page text under construction, and each mark's elements in order (first and last
    get the claim's label and badges)."""

    out: list[str | _Piece] = field(default_factory=list)
    by_mark: dict[str, list[_Piece]] = field(default_factory=lambda: defaultdict(list))


def _marked_text(text: str, marks: Sequence[_Mark], prefix: str) -> str:
    """The text as paragraphs, each span an element (or several where spans cross)."""
    valid = [mark for mark in marks if 0 <= mark.start < mark.end <= len(text)]
    pieces = _Pieces()
    cursor = 0
    for paragraph in _paragraphs(text):
        lo, hi = paragraph
        pieces.out.append(_e(text[cursor:lo]))
        inside = [mark for mark in valid if mark.start < hi and lo < mark.end]
        pieces.out.append("<p>")
        _nest(text, lo, hi, inside, pieces)
        pieces.out.append("</p>")
        cursor = hi
    pieces.out.append(_e(text[cursor:]))
    for found in pieces.by_mark.values():
        found[0].first = True
        found[-1].last = True
    return "".join(
        _open_tag(part, prefix) if isinstance(part, _Piece) else part for part in pieces.out
    )


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """The lines that hold more than white space; what lies between them stays as it is."""
    return [
        (found.start(), found.end())
        for found in _PARAGRAPH.finditer(text)
        if not found.group().isspace()
    ]


def _nest(text: str, lo: int, hi: int, marks: Sequence[_Mark], pieces: _Pieces) -> None:
    """Emit ``text[lo:hi]`` with ``marks`` (clipped to it) as properly nested elements.

    Walking the boundaries in order, the open elements form a stack; at each boundary the stack
    keeps its longest bottom part whose spans go on, closes the rest, and opens the spans that
    cover the next stretch, longest first so that the fewest need cutting later.
    """
    starting: dict[int, list[_Mark]] = defaultdict(list)
    ending: dict[int, list[_Mark]] = defaultdict(list)
    for mark in marks:
        starting[max(mark.start, lo)].append(mark)
        ending[min(mark.end, hi)].append(mark)
    bounds = sorted({lo, hi, *starting, *ending})
    active: dict[str, _Mark] = {}
    stack: list[_Piece] = []
    for position, following in pairwise(bounds):
        for mark in ending.get(position, ()):
            active.pop(mark.key, None)
        for mark in starting.get(position, ()):
            active[mark.key] = mark
        kept = 0
        while kept < len(stack) and stack[kept].mark.key in active:
            kept += 1
        _close(stack, kept, position, pieces)
        opened = {piece.mark.key for piece in stack}
        for mark in sorted(active.values(), key=lambda m: (-min(m.end, hi), m.rank, m.key)):
            if mark.key not in opened:
                piece = _Piece(mark, position)
                stack.append(piece)
                pieces.out.append(piece)
                pieces.by_mark[mark.key].append(piece)
        pieces.out.append(_e(text[position:following]))
    _close(stack, 0, hi, pieces)


def _close(stack: list[_Piece], keep: int, position: int, pieces: _Pieces) -> None:
    while len(stack) > keep:
        piece = stack.pop()
        piece.end = position
        pieces.out.append(f"</{piece.mark.tag}>")


def _open_tag(piece: _Piece, prefix: str) -> str:
    mark = piece.mark
    attrs = list(mark.attrs)
    if piece.first and mark.anchor:
        attrs.insert(0, ("id", f"{prefix}-{mark.anchor}"))
    attrs += [
        ("data-mark", mark.key),
        ("data-start", str(piece.start)),
        ("data-end", str(piece.end)),
    ]
    if piece.first:
        attrs.append(("data-first", ""))
    if piece.last:
        attrs.append(("data-last", ""))
    rendered = "".join(f' {name}="{_e(value)}"' for name, value in attrs)
    return f"<{mark.tag}{rendered}>"


def _marks(report: Report, chains: dict[str, tuple[str, ...]]) -> list[_Mark]:
    marks: list[_Mark] = []
    for claim in report.claims:
        marks += _claim_marks(claim, chains[claim.id])
    article = report.article
    for number, link in enumerate(article.links if article is not None else (), 1):
        attrs: list[tuple[str, str]] = [("class", "m-link"), ("title", link.url)]
        tag = "span"
        if _SAFE_URL.match(link.url):
            tag = "a"
            attrs = [("href", link.url), ("rel", "noopener noreferrer"), *attrs]
        marks.append(_Mark(f"l{number}", link.start, link.end, _RANK["link"], tag, tuple(attrs)))
    return marks


def _claim_marks(claim: Claim, chain: tuple[str, ...]) -> list[_Mark]:
    """The claim's content, source, cue and hedging words, each tagged with the claim and chain."""
    common = (("data-claim", claim.id), ("data-sources", " ".join(chain)))
    marks = []
    content_attrs = [
        ("class", _content_class(claim)),
        ("data-role", "content"),
        *common,
        ("data-kind", claim.kind.value),
        ("title", _claim_tooltip(claim)),
    ]
    if badges := _badges(claim):
        content_attrs.append(("data-badges", badges))
    content = claim.content
    marks.append(
        _span_mark(claim, "content", content.start, content.end, content_attrs, anchor=claim.id)
    )
    if claim.source is not None:
        source = claim.source
        css = "m m-source" + (" anonymous" if source.type is SourceType.ANONYMOUS else "")
        attrs = [("class", css), ("data-role", "source"), *common]
        attrs += [("data-source-type", source.type.value), ("title", _source_tooltip(claim))]
        marks.append(_span_mark(claim, "source", source.start, source.end, attrs))
    if claim.cue is not None:
        cue = claim.cue
        tip = f"{claim.id} cue" + (f": {cue.lemma}" if cue.lemma else "")
        attrs = [("class", "m m-cue"), ("data-role", "cue"), *common, ("title", tip)]
        marks.append(_span_mark(claim, "cue", cue.start, cue.end, attrs))
    for number, hedge in enumerate(claim.hedges, 1):
        attrs = [("class", "m m-hedge"), ("data-role", "hedge"), *common]
        attrs += [("data-hedge-kind", hedge.kind.value), ("title", f"hedge ({hedge.kind.value})")]
        key = f"{claim.id}-hedge{number}"
        marks.append(_Mark(key, hedge.start, hedge.end, _RANK["hedge"], "span", tuple(attrs)))
    return marks


def _span_mark(
    claim: Claim,
    role: str,
    start: int,
    end: int,
    attrs: list[tuple[str, str]],
    anchor: str | None = None,
) -> _Mark:
    key = f"{claim.id}-{role}"
    return _Mark(key, start, end, _RANK[role], "span", tuple(attrs), anchor)


def _content_class(claim: Claim) -> str:
    classes = ["m", "m-content"]
    if claim.hedged:
        classes.append("hedged")
    if claim.kind is ClaimKind.UNATTRIBUTED:
        classes.append("unattributed")
    if claim.source is not None and claim.source.type is SourceType.ANONYMOUS:
        classes.append("anonymous")
    return " ".join(classes)


def _badges(claim: Claim) -> str:
    """What should catch the eye in the text itself: the alerts, bar the ubiquitous "no link"."""
    alerts = [flag.text for flag in _digest.flags(claim) if flag.alert and flag.text != "no link"]
    return " · ".join(alerts)


def _claim_tooltip(claim: Claim) -> str:
    flags = " · ".join(flag.text for flag in _digest.flags(claim))
    who = f" — {claim.source.name or claim.source.text}" if claim.source is not None else ""
    if claim.source is not None and not claim.source.resolved:
        who = f" — “{claim.source.text}” (unresolved)"
    return f"{claim.id}: {flags}{who}"


def _source_tooltip(claim: Claim) -> str:
    assert claim.source is not None
    return f"{claim.id} source: {claim.source.text} {_digest.resolution(claim.source)}"


# The claims, one card each


def _claim_chains(report: Report) -> dict[str, tuple[str, ...]]:
    """Claim id -> the ids of its source and of every source it was relayed through, in order."""
    by_id = {source.id: source for source in report.sources}
    speaker = {claim_id: source.id for source in report.sources for claim_id in source.claims}
    chains = {}
    for claim in report.claims:
        first = speaker.get(claim.id)
        chain: list[str] = [first] if first else []
        if claim.via and claim.via in by_id:  # relayed in this claim only: its relay's way
            chain += [claim.via, *by_id[claim.via].chain]
        elif first in by_id:
            chain += by_id[first].chain
        chains[claim.id] = tuple(dict.fromkeys(chain))
    return chains


def _claim_list(report: Report, chains: dict[str, tuple[str, ...]], prefix: str) -> str:
    if not report.claims:
        return '<p class="muted">No claims found in this article.</p>'
    names = _digest.source_names(report)
    cards = "".join(_claim_card(claim, chains[claim.id], names, prefix) for claim in report.claims)
    return f'<h3 class="claims-head">Claims</h3><ol class="claims">{cards}</ol>'


def _claim_card(claim: Claim, chain: tuple[str, ...], names: dict[str, str], prefix: str) -> str:
    flags = "".join(
        f'<span class="badge{" alert" if flag.alert else ""}">{_e(flag.text)}</span>'
        for flag in _digest.flags(claim)
    )
    rows = []
    if claim.source is not None:
        who = f"<b>{_e(claim.source.text)}</b> {_e(_digest.resolution(claim.source))}"
        rows.append(("who", who))
    if claim.cue is not None:
        lemma = f' <span class="muted">({_e(claim.cue.lemma)})</span>' if claim.cue.lemma else ""
        rows.append(("cue", f"<i>{_e(claim.cue.text)}</i>{lemma}"))
    rows.append(("what", f'<span class="what">{_e(_digest.quoted(claim.content.text))}</span>'))
    rows += _digest.details(claim, names, _MARKUP)
    body = "".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in rows)
    return (
        f'<li class="claim" id="{prefix}-card-{_e(claim.id)}" data-claim="{_e(claim.id)}" '
        f'data-sources="{_e(" ".join(chain))}">'
        f'<p class="claim-head"><a href="#{prefix}-{_e(claim.id)}" title="show in the text">'
        f"{_e(claim.id)}</a> {flags}</p><dl>{body}</dl></li>"
    )


def _url(url: str) -> str:
    """A link to a cited page, clickable only when it is http(s): no ``javascript:`` here."""
    if _SAFE_URL.match(url):
        return f'<a href="{_e(url)}" rel="noopener noreferrer" class="url">{_e(url)}</a>'
    return f'<span class="url">{_e(url)}</span>'


# The side panel: the filter and the sources


def _panel(report: Report, prefix: str) -> str:
    return (
        f'<aside class="panel" aria-label="Sources">{_filter(report, prefix)}'
        f"<h3>Sources</h3>{_sources(report, prefix)}</aside>"
    )


def _filter(report: Report, prefix: str) -> str:
    options = [_option(ALL_SOURCES, f"all sources ({len(report.claims)} claims)")]
    names = _digest.source_names(report)
    for source in report.sources:
        count = len(source.claims)
        options.append(_option(source.id, f"{names[source.id]} ({source.type.value}, {count})"))
    if report.summary.unattributed:
        options.append(
            _option(UNATTRIBUTED, f"the article’s own voice ({report.summary.unattributed})")
        )
    return (
        f'<div class="filter"><label for="{prefix}-filter">Show the claims of</label>'
        f'<select id="{prefix}-filter" data-filter>{"".join(options)}</select>'
        f'<p class="filter-status muted" aria-live="polite"></p></div>'
    )


def _option(value: str, label: str) -> str:
    return f'<option value="{_e(value)}">{_e(label)}</option>'


def _sources(report: Report, prefix: str) -> str:
    if not report.sources:
        return '<p class="muted">No source is named or alluded to.</p>'
    names = _digest.source_names(report)
    items = "".join(_source_item(source, names, prefix) for source in report.sources)
    return f'<ul class="sources">{items}</ul>'


def _source_item(source: Source, names: dict[str, str], prefix: str) -> str:
    kind = source.type.value
    alert = " alert" if source.type is SourceType.ANONYMOUS else ""
    role = f' <span class="muted">{_e(source.role)}</span>' if source.role else ""
    claims = ", ".join(
        f'<a href="#{prefix}-card-{_e(claim_id)}">{_e(claim_id)}</a>' for claim_id in source.claims
    )
    links = (
        "".join(f"<li>{_url(url)}</li>" for url in source.links)
        if source.links
        else '<li><span class="badge alert">no link</span></li>'
    )
    rows = [
        f'<p class="source-head"><b>{_e(names[source.id])}</b> '
        f'<span class="badge type{alert}">{_e(kind)}</span>{role}</p>',
        f'<p class="muted">claims: {claims or "none"}</p>',
    ]
    if source.via:
        rows.append(f'<p class="chain">chain: {_chain(source, names)}</p>')
    rows.append(f'<ul class="links">{links}</ul>')
    return f'<li class="source" data-source="{_e(source.id)}">{"".join(rows)}</li>'


def _chain(source: Source, labels: dict[str, str]) -> str:
    """ "rapport → Kyiv Post → this article": from the origin to the article."""
    names = [labels[source.id], *_digest.chain_names(source, labels)]
    return " → ".join([*(f"<b>{_e(name)}</b>" for name in names), "this article"])


_MARKUP = _digest.Markup(words=_e, url=_url, evidence=lambda text: f": <q>{_e(text)}</q>")
