"""The terminal report (rich): what the article rests on first, then its sources, then its claims.

Every piece of article text goes in as a ``rich.text.Text``, never as markup, so brackets in an
article cannot restyle the report. Styles are doubled by words (labels "who", "cue", "what";
alerts in capitals or marked "!") so the report still reads without colour: piped to a file,
printed, or for a colour-blind reader.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich import box
from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from claimcheck.models import Claim, Report, ReportError
from claimcheck.report import _digest
from claimcheck.report.controls import neutralised

SOURCE_STYLE = "bold"
CUE_STYLE = "italic cyan"
CONTENT_STYLE = "green"
ALERT_STYLE = "bold yellow"
LABEL_STYLE = "dim"


def render_text(report: Report, console: Console) -> None:
    """Print one report; a failed source prints as a single error block."""
    report = neutralised(report)  # no escape sequence in an article reaches the terminal
    if report.error is not None:
        console.print(_failure(report, report.error))
        return
    console.print(_heading(report))
    console.print(_glance(report))
    if report.sources:
        console.print(_sources(report))
    console.print(Rule("Claims", style=LABEL_STYLE))
    names = _digest.source_names(report)
    for claim in report.claims:
        console.print(_claim(claim, names))


def render_text_many(reports: Iterable[Report], console: Console) -> None:
    """Print reports one after another, a rule between them."""
    for index, report in enumerate(reports):
        if index:
            console.print(Rule(style="bold"))
        render_text(report, console)


def _failure(report: Report, error: ReportError) -> Panel:
    rows = _grid()
    rows.add_row("source", Text(report.source))
    if report.article is not None and report.article.title:
        rows.add_row("title", Text(report.article.title))
    rows.add_row("error", Text(error.type, style="bold red"))
    rows.add_row("", Text(error.message))
    return Panel(rows, title="FAILED", title_align="left", border_style="red")


def _heading(report: Report) -> Group:
    article = report.article
    title = _digest.title(report)
    lines: list[RenderableType] = [Rule("claimcheck", style=LABEL_STYLE), Text(title, "bold")]
    details = [report.source] if title != report.source else []
    details += _digest.byline(report)
    if article is not None and article.url and article.url != report.source:
        details.append(article.url)
    if fetched := _digest.fetched(report):
        details.append(f"fetched {fetched}")
    lines.append(Text(" · ".join(details), style=LABEL_STYLE, overflow="fold"))
    return Group(*lines)


def _glance(report: Report) -> Panel:
    rows = Table.grid(padding=(0, 1))
    rows.add_column(width=1)
    rows.add_column(style="bold", no_wrap=True)
    rows.add_column()
    for fact in _digest.glance(report):
        rows.add_row(_marker(fact.alert), fact.label, Text(fact.text, _style(fact.alert)))
    for warning in report.warnings:
        rows.add_row(_marker(True), "warning", Text(warning))
    return Panel(rows, title="At a glance", title_align="left")


def _sources(report: Report) -> Group:
    names = _digest.source_names(report)
    table = Table(box=box.SIMPLE_HEAD, show_edge=False)
    table.add_column("id", no_wrap=True)
    table.add_column("source", style=SOURCE_STYLE, overflow="fold")
    table.add_column("type", no_wrap=True)
    table.add_column("role", overflow="fold")
    table.add_column("claims", justify="right", no_wrap=True)
    table.add_column("links", justify="right", no_wrap=True)
    table.add_column("via", overflow="fold")
    for source in report.sources:
        table.add_row(
            source.id,
            Text(names[source.id]),
            source.type.value,
            Text(source.role or ""),
            str(len(source.claims)),
            str(len(source.links)) if source.links else Text("NONE", ALERT_STYLE),
            Text(" → ".join(_digest.chain_names(source, names))),
        )
    return Group(Rule("Sources", style=LABEL_STYLE), table)


def _claim(claim: Claim, names: dict[str, str]) -> Group:
    header = Text.assemble((claim.id, "bold"), "  ")
    for index, flag in enumerate(_digest.flags(claim)):
        header.append(" · " if index else "")
        header.append(flag.text.upper() if flag.alert else flag.text, _style(flag.alert))
    rows = _grid()
    if claim.source is not None:
        who = Text(claim.source.text, SOURCE_STYLE)
        rows.add_row("who", who.append(" " + _digest.resolution(claim.source)))
    if claim.cue is not None:
        cue = Text(claim.cue.text, CUE_STYLE)
        if claim.cue.lemma:
            cue.append(f" ({claim.cue.lemma})", LABEL_STYLE)
        rows.add_row("cue", cue)
    rows.add_row("what", _content(claim))
    for label, value in _digest.details(claim, names, _MARKUP):
        rows.add_row(label, Text(value))
    return Group(header, rows, Text())


def _content(claim: Claim) -> Text:
    """The content, quoted, with its hedging words picked out where they fall inside it."""
    text = _digest.quoted(claim.content.text)
    shift = claim.content.start - (0 if text == claim.content.text else 1)
    content = Text(text, CONTENT_STYLE)
    for hedge in claim.hedges:
        if claim.content.start <= hedge.start and hedge.end <= claim.content.end:
            content.stylize(f"{ALERT_STYLE} underline", hedge.start - shift, hedge.end - shift)
    return content


def _grid() -> Table:
    """Two columns, label and value, with the value wrapping under itself (and URLs folding)."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(style=LABEL_STYLE, no_wrap=True, min_width=7, justify="right")
    grid.add_column(overflow="fold")
    return grid


def _marker(alert: bool) -> str:
    return "!" if alert else ""


def _style(alert: bool) -> str:
    return ALERT_STYLE if alert else ""


_MARKUP = _digest.Markup(words=str, url=str, evidence=lambda text: f": “{text}”")
