"""Every output format behind one protocol, and the one list of formats ``--format`` offers.

A renderer either streams (each report written as it arrives: a batch of a million sources
never waits for the last one) or collects (one document for the whole batch: a JSON array, an
HTML page, a ClaimReview array). The CLI picks a renderer by name and never branches on the
format itself. Heavy renderers (rich, the HTML template) are imported when first used.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol, TextIO

if TYPE_CHECKING:
    from rich.console import Console

    from claimcheck.models import Report
    from claimcheck.report.claimreview import Linker


class Format(StrEnum):
    """The output formats, in the order ``--help`` lists them."""

    TEXT = "text"
    JSON = "json"
    JSONL = "jsonl"
    MARKDOWN = "markdown"
    HTML = "html"
    CLAIMREVIEW = "claimreview"


@dataclass(frozen=True)
class RenderContext:
    """What a renderer may need beyond the reports: how the caller builds a terminal console
    for a stream, where ClaimReview finds other appearances of a claim (an index), and whether
    the batch is one plain source (JSON then gives its object, not an array of one)."""

    console: Callable[[TextIO], Console] | None = None
    links: Linker | None = None
    single: bool = False
    review: bool = False  # --review: ClaimReview skeletons around the Claims


class Renderer(Protocol):
    streams: bool  # True: ``one`` for each report as it arrives; False: ``all`` at the end

    def one(self, report: Report, stream: TextIO, position: int, context: RenderContext) -> None:
        """Write one report; ``position`` counts from 0."""

    def all(self, reports: Sequence[Report], stream: TextIO, context: RenderContext) -> None:
        """Write the whole batch as one document."""


class _Streaming:
    streams = True

    def all(self, reports: Sequence[Report], stream: TextIO, context: RenderContext) -> None:
        for position, report in enumerate(reports):
            self.one(report, stream, position, context)

    def one(self, report: Report, stream: TextIO, position: int, context: RenderContext) -> None:
        raise NotImplementedError


class _Collecting:
    streams = False

    def one(self, report: Report, stream: TextIO, position: int, context: RenderContext) -> None:
        self.all([report], stream, context)

    def all(self, reports: Sequence[Report], stream: TextIO, context: RenderContext) -> None:
        raise NotImplementedError


class TextRenderer(_Streaming):
    def one(self, report: Report, stream: TextIO, position: int, context: RenderContext) -> None:
        from rich.console import Console

        from claimcheck.report.text import render_text

        console = context.console(stream) if context.console else Console(file=stream)
        render_text(report, console)


class JsonLinesRenderer(_Streaming):
    def one(self, report: Report, stream: TextIO, position: int, context: RenderContext) -> None:
        from claimcheck.report.wire import write_jsonl

        write_jsonl(report, stream)


class MarkdownRenderer(_Streaming):
    def one(self, report: Report, stream: TextIO, position: int, context: RenderContext) -> None:
        from claimcheck.report.markdown import render_markdown

        # A blank line before each next report, so that its heading starts a new block.
        stream.write(("\n" if position else "") + render_markdown(report) + "\n")
        stream.flush()


class JsonRenderer(_Collecting):
    def all(self, reports: Sequence[Report], stream: TextIO, context: RenderContext) -> None:
        from claimcheck.report.wire import dumps, dumps_many

        # One plain source gives one object; anything that may expand to many (a directory, a
        # WARC file, a list) an array, even of one, so that a script sees one shape.
        single = context.single and len(reports) == 1
        text = dumps(reports[0], indent=2) if single else dumps_many(reports, indent=2)
        stream.write(text + "\n")


class HtmlRenderer(_Collecting):
    def all(self, reports: Sequence[Report], stream: TextIO, context: RenderContext) -> None:
        from claimcheck.report.html import render_html

        stream.write(render_html(list(reports)))


class ClaimReviewRenderer(_Collecting):
    def all(self, reports: Sequence[Report], stream: TextIO, context: RenderContext) -> None:
        from claimcheck.report.claimreview import dumps_claimreview

        text = dumps_claimreview(reports, links=context.links, review=context.review)
        stream.write(text + "\n")


RENDERERS: dict[Format, Renderer] = {
    Format.TEXT: TextRenderer(),
    Format.JSON: JsonRenderer(),
    Format.JSONL: JsonLinesRenderer(),
    Format.MARKDOWN: MarkdownRenderer(),
    Format.HTML: HtmlRenderer(),
    Format.CLAIMREVIEW: ClaimReviewRenderer(),
}
