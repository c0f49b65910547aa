"""The report stage: one ``Report``, rendered as JSON, JSON lines, a terminal report, Markdown,
a self-contained HTML page or schema.org ClaimReview JSON-LD.

Renderers are imported on first use (PEP 562): ``claimcheck schema`` needs only ``wire``, and
the terminal renderer would pull in rich.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimcheck._lazy import lazy_names
from claimcheck.report.renderers import Format

if TYPE_CHECKING:
    from claimcheck.report.claimreview import claims_jsonld, dumps_claimreview
    from claimcheck.report.html import render_html
    from claimcheck.report.markdown import render_markdown
    from claimcheck.report.text import render_text, render_text_many
    from claimcheck.report.wire import dumps, dumps_many, report_to_dict, schema, write_jsonl

FORMATS = tuple(fmt.value for fmt in Format)
"""The output formats the renderers cover (``--format``), from the one list in ``renderers``."""

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

_HOMES = {
    "claims_jsonld": "claimcheck.report.claimreview",
    "dumps_claimreview": "claimcheck.report.claimreview",
    "render_html": "claimcheck.report.html",
    "render_markdown": "claimcheck.report.markdown",
    "render_text": "claimcheck.report.text",
    "render_text_many": "claimcheck.report.text",
    "dumps": "claimcheck.report.wire",
    "dumps_many": "claimcheck.report.wire",
    "report_to_dict": "claimcheck.report.wire",
    "schema": "claimcheck.report.wire",
    "write_jsonl": "claimcheck.report.wire",
}


__getattr__, __dir__ = lazy_names(__name__, _HOMES, __all__)
