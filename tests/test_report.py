"""The report stage: the JSON wire format against its schema and the text, and the renderers."""

from __future__ import annotations

import dataclasses
import io
import json
from collections.abc import Iterator
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from rich.cells import cell_len
from rich.console import Console

from claimcheck import errors, models, report
from claimcheck.models import Report
from claimcheck.report import (
    dumps,
    dumps_many,
    render_markdown,
    render_text,
    render_text_many,
    report_to_dict,
    schema,
    write_jsonl,
)
from claimcheck.report.renderers import RENDERERS, Format, RenderContext
from sample_reports import TRICKY_TEXT, failed_report, french_report, tricky_report

REPORTS = {
    "french": french_report(),
    "tricky": tricky_report(),
    "failed": failed_report(),
    "failed-with-article": failed_report(with_article=True),
}
VALIDATOR = Draft202012Validator(schema())


@pytest.fixture(params=sorted(REPORTS))
def any_report(request: pytest.FixtureRequest) -> Report:
    return REPORTS[request.param]


def spans(wire: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every object in the wire report that claims to be a stretch of ``article.text``."""
    if wire["article"] is not None:
        yield from wire["article"]["links"]
    for claim in wire["claims"]:
        yield claim["content"]
        yield from (part for part in (claim["source"], claim["cue"]) if part is not None)
        yield from claim["hedges"]


def render(item: Report) -> str:
    console = Console(width=80, record=True, color_system=None)
    render_text(item, console)
    return console.export_text()


# The JSON wire format


def test_the_schema_is_valid_draft_2020_12() -> None:
    """The shipped schema is itself a valid JSON Schema, loaded from package data."""
    Draft202012Validator.check_schema(schema())


def test_every_report_validates(any_report: Report) -> None:
    """Analysed and failed reports alike match the schema."""
    VALIDATOR.validate(report_to_dict(any_report))


def test_every_span_is_the_text_it_points_at(any_report: Report) -> None:
    """Offsets are checkable: each span's text is ``article.text[start:end]``."""
    wire = report_to_dict(any_report)
    for span in spans(wire):
        assert wire["article"]["text"][span["start"] : span["end"]] == span["text"]


def test_source_mentions_are_spans_of_their_claims() -> None:
    """A source's mentions are where its claims name it."""
    wire = report_to_dict(french_report())
    claims = {claim["id"]: claim for claim in wire["claims"]}
    for source in wire["sources"]:
        named = {
            (claims[c]["source"]["start"], claims[c]["source"]["end"]) for c in source["claims"]
        }
        assert {tuple(mention) for mention in source["mentions"]} == named


def test_a_failed_report_has_an_error_and_no_claims() -> None:
    wire = report_to_dict(failed_report())
    assert wire["error"] == {
        "type": "http_status",
        "message": "HTTP 404 Not Found for https://www.example.org/gone",
    }
    assert wire["article"] is None
    assert wire["claims"] == [] and wire["sources"] == []


def test_an_analysed_report_has_no_error_key() -> None:
    """``error`` marks failure by its presence, so a success must not carry ``"error": null``."""
    assert "error" not in report_to_dict(french_report())


def test_the_wire_says_where_a_page_came_from() -> None:
    """A fetched page records cache use and its UTC fetch time; a file records nothing."""
    assert report_to_dict(french_report())["meta"]["fetch"] == {
        "cached": True,
        "fetched_at": "2024-12-02T08:30:15Z",
    }
    assert report_to_dict(tricky_report())["meta"]["fetch"] is None


def test_the_wire_carries_the_spec_fields_and_values() -> None:
    """Enums as strings, ``hedged`` computed, tuples as lists, mentions as pairs."""
    wire = report_to_dict(french_report())
    c1, c2 = wire["claims"][:2]
    assert wire["schema_version"] == "1"
    assert c1["kind"] == "indirect" and c1["source"]["type"] == "anonymous"
    assert c1["hedged"] is True and c1["hedges"][0]["kind"] == "conditional"
    assert c2["hedged"] is False, "a distancing word marks a label, not the claim"
    assert wire["article"]["authors"] == ["La rédaction"]
    assert wire["sources"][2]["mentions"] == [list(c) for c in french_report().sources[2].mentions]
    assert wire["claims"][3]["statement_date"] == "2023-05"


def _wire(item: Report, *path: str | int) -> dict[str, Any]:
    data: Any = report_to_dict(item)
    for key in path:
        data = data[key]
    return dict(data)


WIRE_OBJECTS = {
    models.Report: lambda: _wire(failed_report()),
    models.Article: lambda: _wire(tricky_report(), "article"),
    models.Link: lambda: _wire(tricky_report(), "article", "links", 0),
    models.Claim: lambda: _wire(tricky_report(), "claims", 0),
    models.Span: lambda: _wire(tricky_report(), "claims", 0, "content"),
    models.SourceMention: lambda: _wire(tricky_report(), "claims", 0, "source"),
    models.Cue: lambda: _wire(tricky_report(), "claims", 0, "cue"),
    models.Hedge: lambda: _wire(french_report(), "claims", 0, "hedges", 0),
    models.Verification: lambda: _wire(tricky_report(), "claims", 0, "verification"),
    models.Source: lambda: _wire(tricky_report(), "sources", 0),
    models.Summary: lambda: _wire(tricky_report(), "summary"),
    models.Meta: lambda: _wire(tricky_report(), "meta"),
    models.FetchInfo: lambda: _wire(french_report(), "meta", "fetch"),
}


@pytest.mark.parametrize("model", list(WIRE_OBJECTS), ids=lambda m: m.__name__)
def test_every_model_field_reaches_the_wire(model: type) -> None:
    """A field added to the model must be added to the wire format too (or this fails)."""
    assert {f.name for f in dataclasses.fields(model)} <= set(WIRE_OBJECTS[model]())


def _mutated(path: str, value: Any, base: Report | None = None) -> dict[str, Any]:
    """The French report's wire dict with one value, at a slash-separated path, replaced."""
    wire = report_to_dict(base or french_report())
    *parents, last = path.split("/")
    target: Any = wire
    for key in parents:
        target = target[int(key)] if isinstance(target, list) else target[key]
    target[int(last) if isinstance(target, list) else last] = value
    return wire


@pytest.mark.parametrize(
    "broken",
    [
        pytest.param(_mutated("schema_version", 1), id="version-not-a-string"),
        pytest.param(_mutated("claims/0/kind", "quoted"), id="unknown-kind"),
        pytest.param(_mutated("claims/0/source/type", "blogger"), id="unknown-source-type"),
        pytest.param(_mutated("claims/0/hedges/0/kind", "maybe"), id="unknown-hedge-kind"),
        pytest.param(_mutated("claims/0/content/start", -1), id="negative-offset"),
        pytest.param(_mutated("claims/0/content/end", 3.5), id="fractional-offset"),
        pytest.param(_mutated("claims/0/hedged", False), id="hedged-disagrees-with-hedges"),
        pytest.param(
            _mutated("claims/2/source", _wire(french_report(), "claims", 0, "source")),
            id="unattributed-with-source",
        ),
        pytest.param(_mutated("claims/3/statement_date", "May 2023"), id="date-not-iso"),
        pytest.param(_mutated("sources/0/mentions/0", [1]), id="mention-not-a-pair"),
        pytest.param(_mutated("summary/hedged", None), id="summary-count-null"),
        pytest.param(_mutated("error/type", "oops", failed_report()), id="unknown-error-type"),
        pytest.param(_mutated("error", {"type": "fetch", "message": "x"}), id="failed-with-claims"),
        pytest.param(_mutated("article", None), id="analysed-without-article"),
        pytest.param(
            _mutated("claims/0/verification", {"url": "u", "status": "ok", "evidence": None}),
            id="unknown-verification-status",
        ),
        pytest.param(_mutated("meta/fetch/fetched_at", "yesterday"), id="fetch-time-not-iso"),
        pytest.param(_mutated("meta/fetch/cached", "yes"), id="cached-not-a-boolean"),
    ],
)
def test_the_schema_catches_mistakes(broken: dict[str, Any]) -> None:
    assert not VALIDATOR.is_valid(broken)


def test_the_schema_allows_fields_the_team_adds() -> None:
    """SPEC.md lets the team add fields within schema version 1."""
    wire = _mutated("claims/0/confidence", 0.8)
    wire["article"]["section"] = "Monde"
    VALIDATOR.validate(wire)


def test_the_schema_enums_are_the_model_enums() -> None:
    """The schema's enums are written out by hand; they must not drift from the code."""
    defs = schema()["$defs"]
    claim = defs["claim"]["properties"]
    assert claim["kind"]["enum"] == [kind.value for kind in models.ClaimKind]
    assert defs["source_type"]["enum"] == [kind.value for kind in models.SourceType]
    assert defs["hedge"]["properties"]["kind"]["enum"] == [kind.value for kind in models.HedgeKind]
    status = defs["verification"]["properties"]["status"]["enum"]
    assert status == [kind.value for kind in models.VerificationStatus]
    assert defs["error"]["properties"]["type"]["enum"] == list(errors.ERROR_TYPES)
    assert schema()["properties"]["schema_version"]["const"] == models.SCHEMA_VERSION


def test_dumps_keeps_non_ascii_readable() -> None:
    text = dumps(french_report())
    assert "d’information" in text and "\n" not in text
    assert json.loads(text) == report_to_dict(french_report())
    assert dumps(french_report(), indent=2).startswith('{\n  "schema_version"')


def test_dumps_many_is_one_array_in_order() -> None:
    data = json.loads(dumps_many([french_report(), failed_report()]))
    assert [item["source"] for item in data] == [french_report().source, failed_report().source]


def test_jsonl_is_one_object_per_line() -> None:
    """Even with U+2028 in the article, which ``str.splitlines()`` would break on."""
    assert "\u2028" in TRICKY_TEXT
    stream = io.StringIO()
    for item in REPORTS.values():
        write_jsonl(item, stream)
    lines = stream.getvalue().splitlines()
    assert [json.loads(line) for line in lines] == [report_to_dict(r) for r in REPORTS.values()]


# The terminal report


def test_text_fits_80_columns(any_report: Report) -> None:
    assert all(cell_len(line) <= 80 for line in render(any_report).splitlines())


def test_text_opens_with_the_picture_at_a_glance() -> None:
    out = render(french_report())
    glance = out.index("At a glance")
    assert glance < out.index("Sources") < out.index("Claims")
    for fact in ("4 claims, 3 attributed", "2 named, 1 unnamed", "1 claim the article does not"):
        assert glance < out.index(fact) < out.index("Sources")


def test_text_names_sources_and_flags_claims() -> None:
    out = render(french_report())
    for name in ("sources d’information", "Kyiv Post", "Kyrylo Budanov", "chef du HUR"):
        assert name in out
    assert "HEDGED" in out and "auraient (conditional)" in out
    assert "ANONYMOUS" in out and "RECYCLED" in out and "UNATTRIBUTED" in out
    assert "2023-05" in out and "direct quote" in out


def test_text_tells_source_cue_and_content_apart_without_colour() -> None:
    """Labels, not only styles, mark who, the cue and what was said."""
    lines = render(french_report()).splitlines()
    assert any(line.split()[:2] == ["who", "Kyiv"] for line in lines if line.strip())
    assert any(line.split()[:2] == ["cue", "a"] for line in lines if line.strip())
    assert "what “Nous continuerons" in " ".join(" ".join(lines).split())


def test_text_never_reads_article_text_as_markup() -> None:
    out = render(tricky_report())
    assert "Le maire [bold]Durand[/bold]" in out


def test_text_says_when_a_page_was_fetched_and_from_where() -> None:
    heading = render(french_report()).split("At a glance")[0]
    assert "fetched 2024-12-02 08:30 UTC, from the cache" in " ".join(heading.split())
    assert "fetched" not in render(tricky_report()).split("At a glance")[0]


def test_a_failed_report_is_one_error_block() -> None:
    out = render(failed_report())
    assert "FAILED" in out and "http_status" in out and "HTTP 404 Not Found" in out
    assert "Claims" not in out and "At a glance" not in out


def test_text_many_renders_each_report() -> None:
    console = Console(width=80, record=True, color_system=None)
    render_text_many([french_report(), failed_report()], console)
    out = console.export_text()
    assert "Kyiv Post" in out and "FAILED" in out


# The Markdown report


def test_markdown_has_summary_sources_table_and_claims() -> None:
    out = render_markdown(french_report())
    assert out.startswith("# Alep : des terroristes")
    assert "## At a glance" in out and "## Claims" in out
    assert "| id | source | type | role | claims | links | via |" in out
    assert "| s2 | **Kyiv Post** | media |" in out
    assert "⚠️ hedged" in out and "auraient (conditional)" in out


def test_markdown_says_when_a_page_was_fetched_and_from_where() -> None:
    assert "- **Fetched:** 2024-12-02 08:30 UTC, from the cache" in render_markdown(french_report())
    assert "**Fetched:**" not in render_markdown(tricky_report())


def test_markdown_escapes_article_text() -> None:
    out = render_markdown(tricky_report())
    assert "**AFP \\| Reuters**" in out
    assert "“le budget \\| sera \\*voté\\* \\_demain\\_”" in out
    assert "\\[bold\\]Durand\\[/bold\\]" in out
    assert "end?q=a%7Cb>" in out


def test_markdown_table_rows_keep_their_columns() -> None:
    """An escaped pipe in a cell must not add a column."""
    rows = [line for line in render_markdown(tricky_report()).splitlines() if line.startswith("|")]
    assert rows and all(row.replace("\\|", "").count("|") == 8 for row in rows)


def test_markdown_failed_report_shows_the_error() -> None:
    out = render_markdown(failed_report())
    assert "**Failed** (http\\_status): HTTP 404 Not Found" in out
    assert "## Claims" not in out


def test_public_names() -> None:
    assert all(hasattr(report, name) for name in report.__all__)


@pytest.mark.parametrize("fmt", list(Format))
def test_every_format_has_a_renderer_that_writes_each_source(fmt: Format) -> None:
    """One list of formats: each has a renderer, and a batch of two shows both sources."""
    first, second = french_report(), tricky_report()
    stream = io.StringIO()
    context = RenderContext(console=lambda out: Console(file=out, width=100))
    RENDERERS[fmt].all([first, second], stream, context)
    for each in (first, second):
        said = next(c for c in each.claims if c.source is not None).content.text
        word = max((w for w in said.split() if w.isalpha()), key=len)
        assert word in stream.getvalue(), (fmt, word)


def test_the_cli_offers_exactly_the_formats_that_have_a_renderer() -> None:
    from typer.testing import CliRunner

    from claimcheck.cli import app

    result = CliRunner().invoke(app, ["analyze", "--help"], terminal_width=200)
    assert set(RENDERERS) == set(Format)
    assert "<" + "|".join(fmt.value for fmt in Format) + ">" in result.output


def _checked_report() -> Report:
    """The tricky report after --follow: one claim found fuzzily, one whose page failed."""
    base = tricky_report()
    found, unreachable = base.claims
    url = "https://example.org/cited"
    found = dataclasses.replace(
        found,
        verification=models.Verification(
            url, models.VerificationStatus.FOUND, "le budget sera voté", 3, similarity=93.0
        ),
    )
    unreachable = dataclasses.replace(
        unreachable,
        link=url,
        verification=models.Verification(
            url, models.VerificationStatus.UNREACHABLE, reason="HTTP 404 <b>gone</b> | *x*"
        ),
    )
    return dataclasses.replace(base, claims=(found, unreachable))


def test_every_human_format_says_what_following_a_link_found() -> None:
    """The check row: status, similarity, the cited URL, the evidence or why it failed."""
    checked = _checked_report()
    text = " ".join(render(checked).split())
    assert "check found (fuzzy, 93%) at https://example.org/cited: “le budget sera voté”" in text
    assert "check unreachable at https://example.org/cited: HTTP 404 <b>gone</b> | *x*" in text
    markdown = render_markdown(checked)
    assert (
        "- **Check:** found (fuzzy, 93%) at <https://example.org/cited>: le budget sera voté"
        in markdown
    )
    assert (
        "unreachable at <https://example.org/cited>: HTTP 404 \\<b\\>gone\\</b\\> \\| \\*x\\*"
        in markdown
    )
    page = report.render_html([checked])
    assert 'found (fuzzy, 93%) at <a href="https://example.org/cited"' in page
    assert "<q>le budget sera voté</q>" in page
    assert "HTTP 404 &lt;b&gt;gone&lt;/b&gt; | *x*" in page


def test_every_error_class_is_drawn_in_the_tree_and_has_its_own_type() -> None:
    """errors.py's docstring draws the tree users read; ERROR_TYPES is read off the classes."""

    def every(cls: type[errors.ClaimcheckError]) -> list[type[errors.ClaimcheckError]]:
        return [c for sub in cls.__subclasses__() for c in (sub, *every(sub))]

    classes = every(errors.ClaimcheckError)
    assert errors.__doc__ is not None
    assert [c.__name__ for c in classes if c.__name__ not in errors.__doc__] == []
    reportable = [c.type for c in classes if not issubclass(c, errors.RunError)]
    assert len(reportable) == len(set(reportable)), "two error classes share a type"
    assert list(errors.ERROR_TYPES) == [*reportable, errors.INTERNAL]


def test_an_input_that_failed_before_analysis_keeps_its_error_type() -> None:
    assert errors.error_class("too_large") is errors.TooLargeError
    assert errors.error_class("input") is errors.InputError


def test_the_schema_lists_every_note_code() -> None:
    claim = schema()["$defs"]["claim"]["properties"]
    assert claim["notes"]["items"]["properties"]["code"]["enum"] == [
        c.value for c in models.NoteCode
    ]
