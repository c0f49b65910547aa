"""The HTML report, read back with the standard library's parser: what a browser would build.

The browser tests (tests/browser/) check the same page in Chromium; these run without one.
"""

from __future__ import annotations

import html
from collections import defaultdict
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from pathlib import Path

from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.models import (
    Article,
    Claim,
    ClaimKind,
    Link,
    Meta,
    Report,
    Source,
    SourceType,
    Summary,
)
from claimcheck.report import render_html
from claimcheck.report.html import CONTENT_SECURITY_POLICY
from sample_reports import (
    cue,
    failed_report,
    french_report,
    mention,
    span,
    tricky_report,
)

# Elements that never have an end tag.
_VOID = {"meta", "br", "img", "input", "link", "hr", "wbr"}


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    text: str = ""


@dataclass
class Page(HTMLParser):
    """The parsed page: every element with its attributes and its text content."""

    elements: list[Element] = field(default_factory=list)
    open: list[Element] = field(default_factory=list)
    misnested: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__(convert_charrefs=True)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {name: value or "" for name, value in attrs})
        self.elements.append(element)
        if tag not in _VOID:
            self.open.append(element)

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open[-1].tag != tag:
            self.misnested.append(tag)
            return
        self.open.pop()

    def handle_data(self, data: str) -> None:
        for element in self.open:
            element.text += data

    def find(self, tag: str | None = None, **attrs: str) -> list[Element]:
        """Elements with this tag (any if None) whose attributes include ``attrs``
        (``data_claim`` for ``data-claim``; a value of "" only asks that the attribute be there)."""
        wanted = {name.replace("_", "-"): value for name, value in attrs.items()}
        return [
            element
            for element in self.elements
            if (tag is None or element.tag == tag)
            and all(
                name in element.attrs and (value == "" or element.attrs[name] == value)
                for name, value in wanted.items()
            )
        ]

    def sections(self) -> list[Element]:
        return [e for e in self.find("section") if "report" in e.attrs.get("class", "").split()]


def parse(page: str) -> Page:
    parsed = Page()
    parsed.feed(page)
    parsed.close()
    assert not parsed.misnested, f"end tags that close nothing open: {parsed.misnested}"
    assert [e.tag for e in parsed.open] == [], "elements left open"
    return parsed


def expected_spans(report: Report) -> set[tuple[str, str, int, int]]:
    """(claim, role, start, end) for every span of every claim, as the JSON report has them."""
    found = set()
    for claim in report.claims:
        found.add((claim.id, "content", claim.content.start, claim.content.end))
        if claim.source is not None:
            found.add((claim.id, "source", claim.source.start, claim.source.end))
        if claim.cue is not None:
            found.add((claim.id, "cue", claim.cue.start, claim.cue.end))
        found |= {(claim.id, "hedge", hedge.start, hedge.end) for hedge in claim.hedges}
    return found


def page_spans(page: Page, text: str) -> set[tuple[str, str, int, int]]:
    """The spans the page highlights, each element checked against the text it claims to cover.

    A span cut into several elements (where spans cross, or at a paragraph break) is put back
    together from the elements that share its ``data-mark``.
    """
    pieces: dict[str, list[Element]] = defaultdict(list)
    for element in page.find(data_claim="", data_start=""):
        start, end = int(element.attrs["data-start"]), int(element.attrs["data-end"])
        assert element.text == text[start:end], element.attrs
        pieces[element.attrs["data-mark"]].append(element)
    spans = set()
    for parts in pieces.values():
        first = parts[0].attrs
        start = min(int(p.attrs["data-start"]) for p in parts)
        end = max(int(p.attrs["data-end"]) for p in parts)
        covered = sum(int(p.attrs["data-end"]) - int(p.attrs["data-start"]) for p in parts)
        assert text[start:end].count("\n") + covered >= end - start, "a gap inside a span"
        spans.add((first["data-claim"], first["data-role"], start, end))
    return spans


def crossing_report() -> Report:
    """Two claims whose spans cross: c2's source sits inside c1's content, c2's content runs on
    past it, and a link covers words of both."""
    t = "Le ministre a dit que la police, selon la préfecture, avait fermé la rue hier.\nFin."
    link_start = t.index("préfecture")
    return Report(
        source="crossing.txt",
        article=Article(
            text=t,
            language="fr",
            links=(
                Link("préfecture, avait", "https://example.org/p", link_start, link_start + 17),
            ),
        ),
        meta=Meta("0.1.0"),
        claims=(
            Claim(
                "c1",
                ClaimKind.INDIRECT,
                content=span(t, "la police, selon la préfecture"),
                source=mention(t, "Le ministre", "ministre", SourceType.PERSON),
                cue=cue(t, "a dit", "dire"),
            ),
            Claim(
                "c2",
                ClaimKind.INDIRECT,
                content=span(t, "préfecture, avait fermé la rue hier.\nFin"),
                source=mention(t, "la préfecture", "préfecture", SourceType.GOVERNMENT),
                cue=cue(t, "selon", "selon"),
            ),
        ),
        sources=(
            Source("s1", "ministre", SourceType.PERSON, claims=("c1",)),
            Source("s2", "préfecture", SourceType.GOVERNMENT, claims=("c2",)),
        ),
        summary=Summary(claims=2, attributed=2, indirect=2, named_sources=2, unlinked=2),
    )


def hostile_report() -> Report:
    """Markup and a script URL where a page must show them as text."""
    t = 'Le maire a dit que <script>alert("x")</script> & <img src=x onerror=alert(1)> ferme.'
    return Report(
        source="<b>hostile</b>.txt",
        article=Article(
            text=t,
            title='Titre <script>alert("t")</script>',
            language="fr",
            links=(Link("maire", "javascript:alert(2)", 3, 8),),
        ),
        meta=Meta("0.1.0"),
        claims=(
            Claim(
                "c1",
                ClaimKind.INDIRECT,
                content=span(t, 'que <script>alert("x")</script> & <img src=x onerror=alert(1)>'),
                source=mention(t, "Le maire", '"><script>alert(3)</script>', SourceType.PERSON),
                cue=cue(t, "a dit", "dire"),
                link="javascript:alert(4)",
            ),
        ),
        sources=(
            Source(
                "s1",
                '"><script>alert(3)</script>',
                SourceType.PERSON,
                claims=("c1",),
                links=("javascript:alert(4)",),
            ),
        ),
        summary=Summary(claims=1, attributed=1, indirect=1, named_sources=1, linked=1),
    )


# Escaping


def test_markup_in_the_article_is_shown_as_text_never_run() -> None:
    """Script tags and attributes in text, title and names come out as text; the one script on
    the page is claimcheck's own."""
    report = hostile_report()
    page = render_html([report])
    parsed = parse(page)
    assert len(parsed.find("script")) == 1
    assert parsed.find("img") == []
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    [article] = parsed.find("article")
    assert article.text == report.article.text  # type: ignore[union-attr]


def test_a_javascript_url_is_never_a_link() -> None:
    """Only http(s) URLs become clickable: a page's ``javascript:`` link is shown, not wired."""
    parsed = parse(render_html([hostile_report()]))
    hrefs = [element.attrs["href"] for element in parsed.find(href="")]
    assert hrefs and not any(href.lower().startswith("javascript") for href in hrefs)
    assert any("javascript:alert(4)" in element.text for element in parsed.find("span"))


# Highlights against the offsets


def test_every_claim_span_is_highlighted_at_its_offsets() -> None:
    """Each highlighted element covers exactly ``article.text[start:end]``, and the page
    highlights exactly the report's spans: content, source, cue and hedges of every claim."""
    for report in (french_report(), tricky_report()):
        assert report.article is not None
        parsed = parse(render_html([report]))
        assert page_spans(parsed, report.article.text) == expected_spans(report)
        [article] = parsed.find("article")
        assert article.text == report.article.text


def test_crossing_spans_are_cut_and_still_cover_their_text() -> None:
    """Spans that cross each other or a paragraph break become several nested elements that
    together cover each span."""
    report = crossing_report()
    assert report.article is not None
    parsed = parse(render_html([report]))
    assert page_spans(parsed, report.article.text) == expected_spans(report)
    assert len(parsed.find(data_mark="c2-content")) > 1  # cut where c1's content ends
    link = parsed.find("a", href="https://example.org/p")
    assert "".join(piece.text for piece in link) == "préfecture, avait"
    assert len(parsed.find("p")) >= 2  # the two paragraphs stay two


def test_hedged_and_anonymous_claims_carry_their_badges() -> None:
    """The founding article's anonymous, hedged claim is marked so in the text itself."""
    parsed = parse(render_html([french_report()]))
    [content] = parsed.find(data_mark="c1-content")
    assert content.attrs["data-badges"] == "hedged · anonymous"
    assert "hedged" in content.attrs["class"].split()
    [source] = parsed.find(data_mark="c1-source")
    assert source.attrs["data-source-type"] == "anonymous"
    assert "data-badges" not in parsed.find(data_mark="c2-content")[0].attrs


def test_the_filter_knows_each_claims_chain() -> None:
    """A claim relayed through another source is shown under that source too."""
    report = tricky_report()  # c2 "AFP | Reuters" is relayed via s1
    parsed = parse(render_html([report]))
    [card] = parsed.find("li", data_claim="c2")
    assert card.attrs["data-sources"] == "s2 s1"
    options = [option.attrs["value"] for option in parsed.find("option")]
    assert options == ["*", "s1", "s2"]


# The page as a whole


def test_the_page_loads_nothing_from_outside() -> None:
    """A Content-Security-Policy forbids every load; nothing asks for one anyway."""
    page = render_html([french_report(), tricky_report()])
    parsed = parse(page)
    [csp] = parsed.find("meta", http_equiv="Content-Security-Policy")
    assert csp.attrs["content"] == CONTENT_SECURITY_POLICY
    assert not parsed.find(src="") and not parsed.find("link") and not parsed.find("iframe")
    assert "url(" not in page and "@import" not in page


def test_several_reports_make_one_page_with_a_section_each() -> None:
    """Three sources, one of them failed: three sections, a table of contents, ids kept apart."""
    reports = [french_report(), failed_report(), tricky_report()]
    parsed = parse(render_html(reports))
    sections = parsed.sections()
    assert [section.attrs["id"] for section in sections] == ["r1", "r2", "r3"]
    assert len(parsed.find("nav")[0].text.strip().splitlines()) <= 3
    assert [a.attrs["href"] for a in parsed.find("a") if a.attrs.get("href", "").startswith("#r")][
        :3
    ] == ["#r1", "#r2", "#r3"]
    ids = [element.attrs["id"] for element in parsed.elements if "id" in element.attrs]
    assert len(ids) == len(set(ids))
    assert sections[0].text.count("Kyiv Post") > 0 and "Kyiv Post" not in sections[2].text


def test_a_failed_source_shows_its_error_and_no_claims() -> None:
    report = failed_report()
    parsed = parse(render_html([report]))
    [section] = parsed.sections()
    assert "http_status" in section.text
    assert "HTTP 404 Not Found for https://www.example.org/gone" in section.text
    assert parsed.find(data_claim="") == [] and parsed.find("select") == []


def test_the_summary_is_worded_as_in_the_terminal_report() -> None:
    parsed = parse(render_html([french_report()]))
    [glance] = parsed.find("dl", aria_label="At a glance")
    text = " ".join(glance.text.split())
    assert "4 claims, 3 attributed to a source" in text
    assert "1 claim the article does not vouch for" in text


def test_a_report_without_claims_still_renders() -> None:
    empty = replace(french_report(), claims=(), sources=(), summary=Summary())
    parsed = parse(render_html([empty]))
    [article] = parsed.find("article")
    assert empty.article is not None and article.text == empty.article.text
    assert "No claims found" in parsed.sections()[0].text


def test_cli_writes_a_page_even_when_every_source_fails(tmp_path: Path) -> None:
    """``--format html`` on a missing file: exit 1, one line on stderr, a page with the error."""
    out = tmp_path / "report.html"
    result = CliRunner().invoke(
        app, ["analyze", "--format", "html", "-o", str(out), str(tmp_path / "missing.txt")]
    )
    assert result.exit_code == 1
    page = out.read_text(encoding="utf-8")
    parsed = parse(page)
    [section] = parsed.sections()
    assert "no such file" in section.text
    assert html.escape(str(tmp_path / "missing.txt")) in page
