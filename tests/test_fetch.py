"""Stage 1: URLs, files and stdin become decoded documents, within the limits, or a clear error."""

from __future__ import annotations

import io
import socket
import time
from datetime import UTC
from pathlib import Path

import pytest

from claimcheck.decode import decode
from claimcheck.errors import (
    FetchError,
    FetchTimeoutError,
    HTTPStatusError,
    InputError,
    NoArticleError,
    NotHTMLError,
    TooLargeError,
)
from claimcheck.fetch import FetchSettings
from claimcheck.inputs import read
from httpserver import HTTPTestServer

PAGE = "<!DOCTYPE html><html><head><title>T</title></head><body><p>Café crème.</p></body></html>"
FAST = FetchSettings(timeout=0.5)
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"


def redirect_chain(server: HTTPTestServer, hops: int) -> str:
    """``hops`` redirects ending on a page; returns the first URL."""
    server.route("/end", PAGE)
    for hop in range(hops):
        server.redirect(f"/hop{hop}", f"/hop{hop + 1}" if hop + 1 < hops else "/end")
    return server.url("/hop0")


def test_fetches_an_html_page_as_given(http_server: HTTPTestServer) -> None:
    """The document keeps the source as typed, the decoded text and what the server said."""
    url = http_server.route("/article", PAGE)

    raw = read(url, FAST)

    assert raw.source == url
    assert raw.text == PAGE
    assert raw.is_html
    assert raw.url == url
    assert raw.content_type == "text/html"
    assert raw.encoding == "utf-8"
    assert raw.fetched_at is not None
    assert raw.fetched_at.tzinfo is UTC


def test_identifies_itself_to_the_server(http_server: HTTPTestServer) -> None:
    """Site owners can see who fetched the page and where to read about it."""
    read(http_server.route("/article", PAGE), FAST)

    user_agent = http_server.requests[-1].headers["User-Agent"]
    assert user_agent.startswith("claimcheck/")
    assert "https://pypi.org/project/claimcheck-news/" in user_agent


def test_follows_redirects_and_records_the_final_url(http_server: HTTPTestServer) -> None:
    start = redirect_chain(http_server, 5)

    raw = read(start, FAST)

    assert raw.source == start
    assert raw.url == http_server.url("/end")
    assert "Café crème." in raw.text


def test_gives_up_after_five_redirects(http_server: HTTPTestServer) -> None:
    with pytest.raises(FetchError, match="too many redirects") as caught:
        read(redirect_chain(http_server, 6), FAST)
    assert caught.value.type == "fetch"


@pytest.mark.parametrize(("status", "reason"), [(404, "Not Found"), (500, "Internal Server Error")])
def test_error_status_is_reported_with_its_code(
    http_server: HTTPTestServer, status: int, reason: str
) -> None:
    url = http_server.route("/gone", "<html><body>Oops</body></html>", status=status)

    with pytest.raises(HTTPStatusError) as caught:
        read(url, FAST)

    assert caught.value.type == "http_status"
    assert caught.value.status_code == status
    assert str(caught.value) == f"HTTP {status} {reason} for {url}"


def test_a_server_that_never_answers_times_out(http_server: HTTPTestServer) -> None:
    url = http_server.route("/slow", PAGE, delay=3.0)

    started = time.monotonic()
    with pytest.raises(FetchTimeoutError, match=r"timed out after 0\.5 s") as caught:
        read(url, FAST)

    assert time.monotonic() - started < 2.0
    assert caught.value.type == "timeout"


def test_a_server_that_stalls_after_the_headers_times_out(http_server: HTTPTestServer) -> None:
    url = http_server.route("/stall", PAGE, stall=3.0)

    started = time.monotonic()
    with pytest.raises(FetchTimeoutError):
        read(url, FAST)

    assert time.monotonic() - started < 2.0


def test_a_body_that_trickles_forever_hits_the_overall_deadline(
    http_server: HTTPTestServer,
) -> None:
    """Every read is quick, so only a wall-clock deadline stops this download."""
    url = http_server.trickle("/drip", every=0.05, duration=5.0)

    started = time.monotonic()
    with pytest.raises(FetchTimeoutError, match="still downloading"):
        read(url, FAST)

    assert time.monotonic() - started < 2.0


def test_a_declared_length_over_the_limit_is_refused_before_reading(
    http_server: HTTPTestServer,
) -> None:
    """The body would only come after 3 s: refusing on the header alone is immediate."""
    url = http_server.route("/big", "x" * 5000, stall=3.0)

    started = time.monotonic()
    with pytest.raises(TooLargeError, match="1,000-byte limit") as caught:
        read(url, FetchSettings(timeout=5.0, max_bytes=1000))

    assert time.monotonic() - started < 2.0
    assert caught.value.type == "too_large"


def test_a_body_without_length_is_cut_off_at_the_limit(http_server: HTTPTestServer) -> None:
    url = http_server.route("/big", "x" * 5000, content_length=False)

    with pytest.raises(TooLargeError):
        read(url, FetchSettings(timeout=5.0, max_bytes=1000))


def test_an_endless_body_is_cut_off_while_streaming(http_server: HTTPTestServer) -> None:
    """The limit is enforced as bytes arrive, long before the server would stop."""
    url = http_server.trickle("/flood", b"x" * 500, every=0.01, duration=5.0)

    started = time.monotonic()
    with pytest.raises(TooLargeError):
        read(url, FetchSettings(timeout=10.0, max_bytes=2000))

    assert time.monotonic() - started < 2.0


@pytest.mark.parametrize(("content_type", "body"), [("image/png", PNG), ("application/pdf", PDF)])
def test_non_text_content_types_are_refused_by_name(
    http_server: HTTPTestServer, content_type: str, body: bytes
) -> None:
    url = http_server.route("/file", body, content_type=content_type)

    with pytest.raises(NotHTMLError, match=content_type) as caught:
        read(url, FAST)

    assert caught.value.type == "not_html"


def test_without_a_content_type_the_body_decides(http_server: HTTPTestServer) -> None:
    page = read(http_server.route("/page", PAGE, content_type=None), FAST)
    assert page.is_html

    with pytest.raises(NotHTMLError, match="looks like a PDF file"):
        read(http_server.route("/pdf", PDF, content_type=None), FAST)


def test_html_served_as_text_plain_is_still_html(http_server: HTTPTestServer) -> None:
    """Raw file hosts serve .html as text/plain; the markup must not be read as prose."""
    raw = read(http_server.route("/raw", PAGE, content_type="text/plain"), FAST)

    assert raw.is_html


def test_a_text_plain_page_is_kept_as_text(http_server: HTTPTestServer) -> None:
    text = "The minister said on Monday:\r\n« Nous continuerons. »\n"
    raw = read(
        http_server.route("/notes.txt", text, content_type="text/plain; charset=utf-8"), FAST
    )

    assert not raw.is_html
    assert raw.text == text


@pytest.mark.parametrize(
    ("content_type", "head"),
    [
        ("text/html; charset=ISO-8859-1", ""),
        ("text/html", '<meta charset="iso-8859-1">'),
        ("text/html", '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'),
    ],
    ids=["header", "meta-charset", "http-equiv"],
)
def test_a_latin1_page_is_decoded_by_its_declaration(
    http_server: HTTPTestServer, content_type: str, head: str
) -> None:
    page = f"<html><head>{head}<title>Été</title></head><body><p>Café déjà vu.</p></body></html>"
    url = http_server.route("/fr", page.encode("latin-1"), content_type=content_type)

    raw = read(url, FAST)

    assert "Café déjà vu." in raw.text
    assert "<title>Été</title>" in raw.text


def test_latin1_label_is_read_as_windows_1252_like_browsers(http_server: HTTPTestServer) -> None:
    """Pages labelled ISO-8859-1 use cp1252's curly quotes; they must not become control codes."""
    page = "<html><body><p>He said “enough” — twice.</p></body></html>"
    url = http_server.route(
        "/quotes", page.encode("cp1252"), content_type="text/html; charset=iso-8859-1"
    )

    assert "He said “enough” — twice." in read(url, FAST).text


def test_an_unreachable_host_is_one_clear_line() -> None:
    with socket.socket() as probe:  # a port that was free a moment ago: nobody listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]

    with pytest.raises(FetchError) as caught:
        read(f"http://127.0.0.1:{port}/article", FAST)

    message = str(caught.value)
    assert message.startswith("could not connect to 127.0.0.1: ")
    assert "\n" not in message
    assert "Errno" not in message


def test_html_is_sniffed_from_the_content_not_the_extension(tmp_path: Path) -> None:
    disguised_html = tmp_path / "page.txt"
    disguised_html.write_text("\n  <!-- saved -->\n<!doctype html>\n" + PAGE, encoding="utf-8")
    disguised_text = tmp_path / "notes.html"
    disguised_text.write_text("Plain notes, not a <b>page</b>. The mayor said so.", "utf-8")

    assert read(str(disguised_html), FAST).is_html
    assert not read(str(disguised_text), FAST).is_html


def test_plain_text_is_kept_exactly_as_decoded(tmp_path: Path) -> None:
    """Offsets into the text must match the file: only the BOM goes."""
    text = "Titre\r\n\r\n  Le ministre a déclaré\u00a0: « Non. »\u202f\r\nFin\n\n"
    path = tmp_path / "article.txt"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))

    raw = read(str(path), FAST)

    assert raw.text == text
    assert not raw.is_html
    assert raw.source == str(path)
    assert raw.url is None


def test_utf16_text_with_a_bom_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes("Le président a déclaré.".encode("utf-16"))

    assert read(str(path), FAST).text == "Le président a déclaré."


def test_undeclared_legacy_encoding_is_guessed(tmp_path: Path) -> None:
    text = (
        "Le président de la République a déclaré mercredi que la réforme des retraites "
        "serait présentée à l'Assemblée nationale après l'été, selon des sources proches "
        "du gouvernement citées par l'agence.\n"
    )
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode("cp1252"))

    raw = read(str(path), FAST)

    assert raw.text == text
    assert any("guessed" in warning for warning in raw.warnings)


def test_a_byte_order_mark_beats_a_wrong_declaration() -> None:
    decoded = decode(b"\xef\xbb\xbfd\xc3\xa9j\xc3\xa0", "iso-8859-1")

    assert decoded.text == "déjà"
    assert decoded.encoding == "utf-8"


def test_reads_standard_input() -> None:
    stdin = io.BytesIO("Le ministre a parlé.\n".encode())

    raw = read("-", FAST, stdin=stdin)

    assert raw.source == "-"
    assert raw.text == "Le ministre a parlé.\n"
    assert raw.url is None
    assert not raw.is_html


@pytest.mark.parametrize("content", [b"", b" \r\n\t\n"])
def test_empty_input_is_no_article(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)

    with pytest.raises(NoArticleError, match=r"^empty input$"):
        read(str(path), FAST)


@pytest.mark.parametrize(
    ("content", "looks_like"),
    [(PDF, "a PDF file"), (PNG, "a PNG image"), (b"\x01\x02\x00\x00\x07binary", "a binary file")],
)
def test_binary_files_are_refused(tmp_path: Path, content: bytes, looks_like: str) -> None:
    path = tmp_path / "article.html"
    path.write_bytes(content)

    with pytest.raises(NotHTMLError) as caught:
        read(str(path), FAST)

    assert str(caught.value) == f"not an article: looks like {looks_like}"


def test_a_missing_file_is_an_input_error(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.html")

    with pytest.raises(InputError) as caught:
        read(missing, FAST)

    assert str(caught.value) == f"no such file: {missing}"
    assert caught.value.type == "input"


def test_a_url_without_scheme_gets_a_hint() -> None:
    with pytest.raises(InputError, match=r"give the full https:// URL"):
        read("www.example.com/news/article", FAST)


def test_a_directory_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        read(str(tmp_path), FAST)


def test_a_file_over_the_limit_is_too_large(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"word " * 1000)

    with pytest.raises(TooLargeError):
        read(str(path), FetchSettings(max_bytes=1000))


def test_a_url_without_a_host_is_an_input_error() -> None:
    with pytest.raises(InputError, match="invalid URL http://: no host name"):
        read("http://", FAST)
