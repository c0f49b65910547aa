"""The report stage: one ``Report``, rendered as JSON, JSON lines, a terminal report or Markdown."""

from __future__ import annotations

from claimcheck.report.markdown import render_markdown
from claimcheck.report.text import render_text, render_text_many
from claimcheck.report.wire import dumps, dumps_many, report_to_dict, schema, write_jsonl

FORMATS = ("text", "json", "jsonl", "markdown")
"""The output formats the renderers cover (``--format``)."""

__all__ = [
    "FORMATS",
    "dumps",
    "dumps_many",
    "render_markdown",
    "render_text",
    "render_text_many",
    "report_to_dict",
    "schema",
    "write_jsonl",
]
