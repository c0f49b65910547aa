"""The report stage: one ``Report``, rendered as JSON, JSON lines, a terminal report, Markdown,
a self-contained HTML page or schema.org ClaimReview JSON-LD."""

from __future__ import annotations

from claimcheck.report.claimreview import claims_jsonld, dumps_claimreview
from claimcheck.report.html import render_html
from claimcheck.report.markdown import render_markdown
from claimcheck.report.text import render_text, render_text_many
from claimcheck.report.wire import dumps, dumps_many, report_to_dict, schema, write_jsonl

FORMATS = ("text", "json", "jsonl", "markdown", "html", "claimreview")
"""The output formats the renderers cover (``--format``)."""

__all__ = [
    "FORMATS",
    "claims_jsonld",
    "dumps",
    "dumps_claimreview",
    "dumps_many",
    "render_html",
    "render_markdown",
    "render_text",
    "render_text_many",
    "report_to_dict",
    "schema",
    "write_jsonl",
]
