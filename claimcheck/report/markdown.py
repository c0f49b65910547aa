"""The Markdown report (GitHub flavour): the terminal report's content, for issues, wikis, notes."""

from __future__ import annotations

import re

from claimcheck.models import Claim, Report, Source
from claimcheck.report import _digest
from claimcheck.report.controls import neutralised

# Characters that could open markup inline, in a table cell or in GitHub's math (`$`) and
# strikethrough (`~`); line-start markers (#, -, 1.) need nothing, no line starts with article text.
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&$])")
_ALERT = "⚠️ "


def render_markdown(report: Report) -> str:
    """One report as Markdown; a failed source is a heading and its error."""
    report = neutralised(report)  # Markdown is read in terminals too: no escape sequences
    blocks = [f"# {_escape(_digest.title(report))}", _about(report)]
    if report.error is not None:
        error = report.error
        blocks.append(f"> **Failed** ({_escape(error.type)}): {_escape(error.message)}")
    else:
        blocks += [_glance(report), _sources(report), _claims(report)]
    return "\n\n".join(block for block in blocks if block)


def _escape(text: str) -> str:
    """Article text as literal Markdown on one line (a newline would end a list item or row)."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _link(url: str) -> str:
    """A clickable URL; ``|`` is percent-encoded so it cannot split a table row."""
    if re.fullmatch(r"[^\s<>]+", url):
        return f"<{url.replace('|', '%7C')}>"
    return _escape(url)


def _about(report: Report) -> str:
    lines = []
    if _digest.title(report) != report.source:
        lines.append(f"- **Source:** {_escape(report.source)}")
    article = report.article
    if article is not None and article.url and article.url != report.source:
        lines.append(f"- **URL:** {_link(article.url)}")
    if byline := _digest.byline(report):
        lines.append(f"- **Article:** {_escape(' · '.join(byline))}")
    if fetched := _digest.fetched(report):
        lines.append(f"- **Fetched:** {_escape(fetched)}")
    return "\n".join(lines)


def _glance(report: Report) -> str:
    lines = ["## At a glance", ""]
    for fact in _digest.glance(report):
        mark = _ALERT if fact.alert else ""
        lines.append(f"- {mark}**{fact.label.capitalize()}:** {fact.text}")
    lines += [f"- {_ALERT}**Warning:** {_escape(warning)}" for warning in report.warnings]
    return "\n".join(lines)


def _sources(report: Report) -> str:
    if not report.sources:
        return ""
    names = _digest.source_names(report)
    rows = [
        "## Sources",
        "",
        "| id | source | type | role | claims | links | via |",
        "| --- | --- | --- | --- | ---: | --- | --- |",
    ]
    rows += [_source_row(source, names) for source in report.sources]
    return "\n".join(rows)


def _source_row(source: Source, names: dict[str, str]) -> str:
    cells = [
        _escape(source.id),
        f"**{_escape(names[source.id])}**",
        source.type.value,
        _escape(source.role or ""),
        str(len(source.claims)),
        "<br>".join(_link(url) for url in source.links) or f"{_ALERT}none",
        _escape(" → ".join(_digest.chain_names(source, names))),
    ]
    return "| " + " | ".join(cells) + " |"


def _claims(report: Report) -> str:
    names = _digest.source_names(report)
    return "\n\n".join(["## Claims", *(_claim(claim, names) for claim in report.claims)])


def _claim(claim: Claim, names: dict[str, str]) -> str:
    marks = " · ".join((_ALERT if f.alert else "") + f.text for f in _digest.flags(claim))
    lines = [f"- **{_escape(claim.id)}** · {marks}"]
    if claim.source is not None:
        who = _digest.resolution(claim.source)
        lines.append(f"  - **Who:** **{_escape(claim.source.text)}** {_escape(who)}")
    if claim.cue is not None:
        lemma = f" ({_escape(claim.cue.lemma)})" if claim.cue.lemma else ""
        lines.append(f"  - **Cue:** *{_escape(claim.cue.text)}*{lemma}")
    lines.append(f"  - **What:** {_escape(_digest.quoted(claim.content.text))}")
    details = _digest.details(claim, names, _MARKUP)
    lines += [f"  - **{label.capitalize()}:** {value}" for label, value in details]
    return "\n".join(lines)


_MARKUP = _digest.Markup(words=_escape, url=_link, evidence=lambda text: f": {_escape(text)}")
