"""Inputs for the property test and scripts/fuzz, and the stages they drive.

Two kinds of input: plain text made of news-like pieces (cue words, names, quote marks of
every style, sentence ends, line breaks) mixed with arbitrary characters, and HTML fragments
built from the same pieces. ``run_stages`` runs the pipeline's stages without the catch-all
that turns a bug into an ``internal`` error, so a bug surfaces as an exception.
"""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import strategies as st

from claimcheck.errors import ClaimcheckError
from claimcheck.models import RawDocument, Report
from claimcheck.pipeline import Analyzer

PIECES = (
    "The minister",
    "said",
    "told Reuters",
    "according to",
    "he said",
    "she added",
    "they",
    "Le ministre",
    "a déclaré",
    "selon",
    "a-t-il affirmé",
    "Kyrylo Budanov",
    "the union",
    "reportedly",
    "may have",
    "aurait",
    "Officials",
    "a spokeswoman for",
    "Castellan",
    '"',
    "“",
    "”",
    "«",
    "»",
    "„",
    "‹",
    "›",
    "'",
    "’",
    "``",
    "''",
    "(",
    ")",
    "[",
    "]",
    ".",
    ",",
    ":",
    ";",
    "!",
    "?",
    "…",
    "—",
    "-",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\u00a0",
    "\u202f",
    "\t",
    "\r\n",
    "on Tuesday",
    "in May 2023",
    "last week",
    "http://x.org",
    "قال",
    "שלום",
    "東京",
    "😀",
    "e\u0301",
    "\u200b",
    "\u202e",
)

piece = st.sampled_from(PIECES) | st.text(max_size=6)
news_text = st.lists(piece, max_size=80).map(" ".join) | st.text(max_size=300)


@st.composite
def html_fragments(draw: st.DrawFn, depth: int = 0) -> str:
    """An HTML fragment: news-like text in (possibly unbalanced) tags, links, scripts."""
    tags = ("p", "div", "span", "blockquote", "q", "em", "h1", "li", "article", "table", "td")
    parts: list[str] = []
    for _ in range(draw(st.integers(0, 5))):
        kind = draw(st.integers(0, 6))
        if kind == 0 and depth < 4:
            tag = draw(st.sampled_from(tags))
            inner = draw(html_fragments(depth + 1))
            closing = draw(st.sampled_from((f"</{tag}>", "")))
            parts.append(f"<{tag}>{inner}{closing}")
        elif kind == 1:
            href = draw(
                st.sampled_from(("https://example.org/a", "/rel", "#top", "", "javascript:x"))
            )
            parts.append(f'<a href="{href}">{draw(news_text)}</a>')
        elif kind == 2:
            parts.append(
                draw(
                    st.sampled_from(
                        (
                            "<br>",
                            "<hr/>",
                            "<!-- c -->",
                            "<script>x()</script>",
                            "&amp;",
                            "&#8220;",
                            "&nbsp;",
                            "<",
                            ">",
                        )
                    )
                )
            )
        else:
            parts.append(draw(news_text))
    return "".join(parts)


html_pages = (
    st.builds(
        lambda head, body: f"<html><head><title>{head}</title></head><body>{body}</body></html>",
        st.text(max_size=20),
        html_fragments(),
    )
    | html_fragments()
)


def run_stages(analyzer: Analyzer, text: str, *, html: bool, language: str) -> Report | None:
    """extract → parse → attribution → provenance on ``text``; None when it is no article.

    A ``ClaimcheckError`` (no article, say) is an answer, not a crash; any other exception
    propagates.
    """
    raw = RawDocument("fuzz", text, is_html=html, fetched_at=datetime.now(UTC))
    try:
        article = analyzer.extract(raw)
    except ClaimcheckError:
        return None
    from dataclasses import replace

    from claimcheck.nlp.parse import parse_many

    article = replace(article, language=language)
    model = analyzer.model_for(language)
    parts = parse_many(model.nlp, [article.text])[0]  # as the pipeline parses a batch
    traced = analyzer.trace(article, analyzer.attribute(article, parts))
    return analyzer.assemble("fuzz", article, model, traced)
