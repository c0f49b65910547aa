"""Servers that misbehave on purpose (tests/httpserver.py): each costs one report, quickly.

Limits are the CLI's own (--timeout, --max-bytes); the time bounds asserted are loose on
purpose, a shared two-core machine can be slow, but none of these may run unbounded.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest

from claimcheck.cache import CacheMode
from claimcheck.fetch import FetchSettings
from claimcheck.pipeline import Analyzer, AnalyzerOptions
from httpserver import HTTPTestServer
from support import FRENCH, HTML_PAGE, checked

TIMEOUT = 2.0  # seconds, the --timeout of these runs
SLACK = 30.0  # what a loaded machine may add before a bounded wait counts as a hang


@pytest.fixture(scope="module")
def analyzer() -> Iterator[Analyzer]:
    options = AnalyzerOptions(fetch=FetchSettings(timeout=TIMEOUT), cache=CacheMode.OFF)
    with Analyzer(options) as shared:
        yield shared


def analyse_within(analyzer: Analyzer, url: str, seconds: float) -> dict[str, Any]:
    started = time.monotonic()
    wire = checked(analyzer.analyze(url))
    assert time.monotonic() - started < seconds, f"{url} took too long"
    return wire


def test_a_gzip_bomb_is_cut_off_at_the_size_limit(
    analyzer: Analyzer, http_server: HTTPTestServer
) -> None:
    """2 MB on the wire that would unpack to 2 GB: refused once 10 MB are unpacked."""
    url = http_server.gzip_bomb("/bomb")
    wire = analyse_within(analyzer, url, SLACK)
    assert wire["error"] == {
        "type": "too_large",
        "message": f"{url} is larger than the 10,000,000-byte limit (raise it with --max-bytes)",
    }


def test_an_endless_chunked_response_is_cut_off_at_the_size_limit(
    analyzer: Analyzer, http_server: HTTPTestServer
) -> None:
    url = http_server.chunked("/endless")
    wire = analyse_within(analyzer, url, SLACK)
    assert wire["error"]["type"] == "too_large"


def test_a_slow_endless_chunked_response_hits_the_deadline(
    analyzer: Analyzer, http_server: HTTPTestServer
) -> None:
    """Small chunks, each in time for the per-read timeout, forever: the overall deadline."""
    url = http_server.chunked("/drip", b"<p>more</p>", every=0.05, duration=TIMEOUT + SLACK)
    wire = analyse_within(analyzer, url, TIMEOUT + SLACK)
    assert wire["error"]["type"] == "timeout"


def test_a_redirect_loop_is_one_fetch_error(
    analyzer: Analyzer, http_server: HTTPTestServer
) -> None:
    http_server.redirect("/ping", "/pong")
    url = http_server.redirect("/pong", "/ping")
    wire = analyse_within(analyzer, url, SLACK)
    assert wire["error"]["type"] == "fetch"
    assert "too many redirects" in wire["error"]["message"]


def test_a_redirect_to_itself_is_one_fetch_error(
    analyzer: Analyzer, http_server: HTTPTestServer
) -> None:
    url = http_server.redirect("/self", "/self", status=301)
    assert analyse_within(analyzer, url, SLACK)["error"]["type"] == "fetch"


def test_headers_then_silence_is_a_timeout(analyzer: Analyzer, http_server: HTTPTestServer) -> None:
    url = http_server.route("/stall", HTML_PAGE.read_bytes(), stall=TIMEOUT + SLACK)
    wire = analyse_within(analyzer, url, TIMEOUT + SLACK)
    assert wire["error"]["type"] == "timeout"


def test_no_answer_at_all_is_a_timeout(analyzer: Analyzer, http_server: HTTPTestServer) -> None:
    url = http_server.route("/silent", "late", delay=TIMEOUT + SLACK)
    wire = analyse_within(analyzer, url, TIMEOUT + SLACK)
    assert wire["error"]["type"] == "timeout"


@pytest.mark.parametrize(
    ("body", "content_type", "error_type"),
    [
        pytest.param(b"%PDF-1.5\n" + bytes(100), "application/pdf", "not_html", id="pdf"),
        pytest.param(b"\x89PNG\r\n\x1a\n" + bytes(100), "image/png", "not_html", id="png"),
        pytest.param(b"%PDF-1.5\n" + bytes(100), "text/html", "not_html", id="pdf-as-html"),
        pytest.param(bytes(500), "text/html", "not_html", id="nul-bytes-as-html"),
        pytest.param(b"", "text/html", "no_article", id="empty-body"),
        pytest.param(b"<html><body></body></html>", "text/html", "no_article", id="empty-page"),
    ],
)
def test_a_page_that_is_not_an_article_is_one_error(
    analyzer: Analyzer,
    http_server: HTTPTestServer,
    body: bytes,
    content_type: str,
    error_type: str,
) -> None:
    url = http_server.route("/odd", body, content_type=content_type)
    assert analyse_within(analyzer, url, SLACK)["error"]["type"] == error_type


def test_a_server_error_is_http_status(analyzer: Analyzer, http_server: HTTPTestServer) -> None:
    url = http_server.route("/boom", "oops", status=503, content_type="text/plain")
    wire = analyse_within(analyzer, url, SLACK)
    assert wire["error"]["type"] == "http_status"
    assert "503" in wire["error"]["message"]


def test_a_page_declared_utf8_with_stray_bytes_is_read_with_a_warning(
    analyzer: Analyzer, http_server: HTTPTestServer
) -> None:
    """Mostly UTF-8 with a few windows-1252 curly quotes: analysed, and the report says so."""
    body = FRENCH.read_text("utf-8").encode() + "Il a dit “non”.\n".encode("cp1252")
    url = http_server.route("/stray", body, content_type="text/plain; charset=utf-8")
    wire = analyse_within(analyzer, url, SLACK)
    assert "error" not in wire
    assert wire["article"]["text"].endswith("Il a dit “non”.\n")
    warnings = wire["warnings"]
    assert any("does not fit" in w for w in warnings), warnings
    assert any("2 bytes that are not valid UTF-8" in w for w in warnings)
