"""The terminal timeline of ``claimcheck trace``: each appearance of a quote, earliest first.

Like the report (``text.py``), every string from an article goes in as a ``rich.text.Text``,
never as markup, and is neutralised first; statuses are words in capitals, so the timeline
reads without colour.
"""

from __future__ import annotations

from rich.console import Console, Group, RenderableType
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from claimcheck.index.matching import Status
from claimcheck.index.trace import Appearance, TraceResult
from claimcheck.report.controls import neutralised
from claimcheck.report.text import ALERT_STYLE, CONTENT_STYLE, LABEL_STYLE, SOURCE_STYLE

_OPENING_MARKS = frozenset('«“„"‘‹')
_STATUS_STYLES = {
    Status.SAME: "bold green",
    Status.ALTERED: ALERT_STYLE,
    Status.MISATTRIBUTED: "bold red",
    Status.PARAPHRASE: "bold blue",
}


def render_timeline(result: TraceResult, console: Console) -> None:
    """Print the reference, one block per appearance, the first appearance and the warnings."""
    result = neutralised(result)  # no escape sequence in an article reaches the terminal
    console.print(_heading(result))
    if not result.appearances:
        console.print(Text(result.message or "no appearance", style=ALERT_STYLE))
        return
    table = Table.grid(padding=(0, 2))
    table.add_column(no_wrap=True, style=LABEL_STYLE)
    table.add_column(no_wrap=True)
    table.add_column(overflow="fold")
    for appearance in result.appearances:
        table.add_row(*_row(appearance))
    console.print(table)
    console.print(_closing(result))


def _heading(result: TraceResult) -> Group:
    lines: list[RenderableType] = [Rule("claimcheck trace", style=LABEL_STYLE)]
    lines.append(Text.assemble(("query  ", LABEL_STYLE), f"“{result.query}”"))
    if result.reference is not None:
        reference = result.reference
        who = _speaker(reference.speaker, reference.speaker_type)
        lines.append(
            Text.assemble(
                ("compared to  ", LABEL_STYLE),
                (_quoted(result.reference_text), CONTENT_STYLE),
                " — ",
                (who, SOURCE_STYLE),
                (f"  ({reference.ref})", LABEL_STYLE),
            )
        )
    count = len(result.appearances)
    lines.append(Text(f"{count} appearance{'' if count == 1 else 's'}", style=LABEL_STYLE))
    return Group(*lines)


def _row(appearance: Appearance) -> tuple[Text, Text, Group]:
    claim, found = appearance.claim, appearance.comparison
    status = Text(found.status.value.upper(), _STATUS_STYLES[found.status])
    if appearance.is_reference:
        status.append(" (ref)", LABEL_STYLE)
    outlet = claim.site or claim.url or claim.source
    details: list[RenderableType] = [
        Text.assemble(
            (outlet, "bold"),
            " · ",
            (_speaker(claim.speaker, claim.speaker_type), SOURCE_STYLE),
            f" · similarity {found.similarity:.0f}",
        ),
        Text(_quoted(claim.text), CONTENT_STYLE),
    ]
    for difference in found.differences:
        was = difference.reference or "—"
        now = difference.appearance or "—"
        details.append(Text(f"{difference.kind.value}: {was} → {now}", ALERT_STYLE))
    if found.status is Status.MISATTRIBUTED or found.status is Status.PARAPHRASE:
        details.append(Text(found.explanation, ALERT_STYLE))
    details.append(Text(claim.url or claim.ref, LABEL_STYLE))
    return Text(claim.published or "undated"), status, Group(*details, Text())


def _closing(result: TraceResult) -> Group:
    lines: list[RenderableType] = []
    first = result.first_appearance
    if first is not None:
        claim = first.claim
        where = claim.site or claim.url or claim.source
        lines.append(
            Text.assemble(
                ("first appearance  ", "bold"),
                f"{claim.published} · {where} · {first.comparison.status.value}",
                (f"  {claim.url or claim.ref}", LABEL_STYLE),
            )
        )
    else:
        lines.append(Text("first appearance  unknown: no appearance is dated", ALERT_STYLE))
    for warning in result.warnings:
        lines.append(Text(f"! warning: {warning}", ALERT_STYLE))
    return Group(*lines)


def _quoted(text: str) -> str:
    """The words between quotation marks, unless the outlet's own marks open them."""
    return text if text[:1] in _OPENING_MARKS else f"“{text}”"


def _speaker(name: str | None, kind: str | None) -> str:
    if not name:
        return "no speaker named"
    return f"{name} ({kind})" if kind else name
