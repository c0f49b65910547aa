"""Hostile servers from the red-team pass (issue 13): each costs one report, quickly, and a
page reached by ``--follow`` costs at most one unreachable link, never the process.

Stacked encodings, headers that trickle, a cache that answers for a private page, DNS rebinding
and IPv6 forms that embed a private IPv4 address, each against tests/httpserver.py.
"""

from __future__ import annotations

import gzip
import json
import socket
import sqlite3
import stat
import time
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from claimcheck import fetch
from claimcheck.cache import MAX_AGE, CacheMode, FetchCache, cache_path
from claimcheck.errors import PrivateAddressError
from claimcheck.fetch import FetchSettings
from claimcheck.models import Payload
from claimcheck.pipeline import Analyzer, AnalyzerOptions
from httpserver import HTTPTestServer
from support import checked, claimcheck, measured

TIMEOUT = 2.0  # seconds, the --timeout of these runs
SLACK = 30.0  # what a loaded machine may add before a bounded wait counts as a hang

QUOTE = "We will keep every terminal open through the winter, whatever the cost"

ARTICLE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Port talks stall</title></head>
<body><article><h1>Port talks stall as the strike enters its third week</h1>
<p>"{quote}," John Smith, the port director, said in <a href="{link}">an interview</a>
on Monday.</p>
<p>The strike has closed the port for nineteen days, and talks resume on Thursday.</p>
</article></body></html>
"""

CITED = """<!doctype html><html lang="en"><head><title>Interview</title></head>
<body><article><h1>Interview with the port director</h1>
<p>The director spoke to us in his office overlooking the docks, where cranes stood idle.</p>
<p>“{quote}”, he said, before returning to the negotiations with the shipping lines.</p>
</article></body></html>
"""


@pytest.fixture(scope="module")
def analyzer() -> Iterator[Analyzer]:
    options = AnalyzerOptions(fetch=FetchSettings(timeout=TIMEOUT), cache=CacheMode.OFF)
    with Analyzer(options) as shared:
        yield shared


def article_citing(server: HTTPTestServer, link: str, path: str = "/article") -> str:
    return server.route(path, ARTICLE.format(quote=QUOTE, link=link))


def verification(report: dict[str, Any]) -> dict[str, Any]:
    """The verification of the one claim that cites a link."""
    cited = [c["verification"] for c in report["claims"] if c["verification"] is not None]
    assert len(cited) == 1, report["claims"]
    found: dict[str, Any] = cited[0]
    return found


# 1. Stacked encodings -------------------------------------------------------------------------


def test_stacked_gzip_is_cut_off_at_the_size_limit_in_bounded_memory(
    http_server: HTTPTestServer,
) -> None:
    """``Content-Encoding: gzip, gzip``, 5 KB that unpack to 2 GB: too_large, in a few seconds
    and well under 1 GB (before: 20 s and 4.2 GB, each layer decoded whole)."""
    url = http_server.gzip_bomb("/stacked", layers=2)
    exit_code, peak_kb, seconds, stderr = measured(
        "analyze", "--no-cache", "-f", "json", url, timeout=SLACK * 4
    )
    assert exit_code == 1
    assert stderr == (
        f"claimcheck: {url}: {url} is larger than the 10,000,000-byte limit "
        "(raise it with --max-bytes)\n"
    )
    assert peak_kb < 300_000, f"peak {peak_kb / 1000:.0f} MB"
    assert seconds < SLACK


def test_a_stacked_gzip_bomb_reached_by_follow_costs_one_link(
    http_server: HTTPTestServer,
) -> None:
    bomb = http_server.gzip_bomb("/stacked", layers=2)
    url = article_citing(http_server, bomb)
    run = claimcheck("analyze", "--no-cache", "--follow", "--allow-private", "-f", "json", url)
    run.assert_clean()
    assert run.exit_code == 0
    found = verification(json.loads(run.stdout))
    assert found["status"] == "unreachable"
    assert "10,000,000-byte limit" in found["reason"]


@pytest.mark.parametrize(
    ("encoding", "message"),
    [
        pytest.param("br", "content encoding 'br'", id="unknown-coding"),
        pytest.param("gzip, gzip, gzip", "compressed 3 times over", id="three-layers"),
    ],
)
def test_an_encoding_claimcheck_cannot_bound_is_refused(
    analyzer: Analyzer, http_server: HTTPTestServer, encoding: str, message: str
) -> None:
    url = http_server.route(
        "/coded", b"\x1f\x8b" + bytes(50), headers={"Content-Encoding": encoding}
    )
    wire = checked(analyzer.analyze(url))
    assert wire["error"]["type"] == "fetch"
    assert message in wire["error"]["message"]


def test_a_page_compressed_twice_is_still_read(
    analyzer: Analyzer, http_server: HTTPTestServer
) -> None:
    """Bounded decoding is not a refusal: a real page in gzip, gzip or deflate reads as usual."""
    page = CITED.format(quote=QUOTE).encode()
    twice = http_server.route(
        "/twice", gzip.compress(gzip.compress(page)), headers={"Content-Encoding": "gzip, gzip"}
    )
    deflated = http_server.route(
        "/deflated", zlib.compress(page), headers={"Content-Encoding": "deflate"}
    )
    for url in (twice, deflated):
        wire = checked(analyzer.analyze(url))
        assert "error" not in wire, wire["error"]
        assert QUOTE in wire["article"]["text"]


# 2. Slow headers ------------------------------------------------------------------------------


def test_headers_sent_one_byte_at_a_time_hit_the_deadline(http_server: HTTPTestServer) -> None:
    """Each byte arrives in time for the per-read timeout; the whole exchange has a deadline
    (before: it hung for ever)."""
    url = http_server.slow_headers("/drip-head", every=0.2)
    started = time.monotonic()
    run = claimcheck("analyze", "--no-cache", "--timeout", str(TIMEOUT), url, timeout=SLACK * 2)
    run.assert_clean()
    assert run.exit_code == 1
    assert f"timed out after {TIMEOUT:g} s" in run.stderr
    assert time.monotonic() - started < SLACK


def test_a_followed_link_with_slow_headers_hits_the_deadline(http_server: HTTPTestServer) -> None:
    slow = http_server.slow_headers("/drip-head", every=0.2)
    url = article_citing(http_server, slow)
    args = ("analyze", "--no-cache", "--follow", "--allow-private", "--timeout", str(TIMEOUT))
    run = claimcheck(*args, "-f", "json", url, timeout=SLACK * 3)
    run.assert_clean()
    found = verification(json.loads(run.stdout))
    assert found["status"] == "unreachable"
    assert "timed out" in found["reason"]


# 7. The cache and the address guard -----------------------------------------------------------


def test_a_cached_private_page_does_not_answer_for_a_followed_link(
    http_server: HTTPTestServer,
) -> None:
    """The user fetched a private page by name (it is cached); an article citing it, analysed
    with --follow but without --allow-private, must not get it from the cache either."""
    private = http_server.route("/intranet", CITED.format(quote=QUOTE))
    url = article_citing(http_server, private)
    with Analyzer(AnalyzerOptions(fetch=FetchSettings(timeout=TIMEOUT))) as named:
        assert "error" not in checked(named.analyze(private))
    http_server.requests.clear()
    options = AnalyzerOptions(fetch=FetchSettings(timeout=TIMEOUT), follow=True)
    with Analyzer(options) as following:
        found = verification(checked(following.analyze(url)))
    assert found["status"] == "unreachable"
    assert "private address 127.0.0.1" in found["reason"]
    assert [r.path for r in http_server.requests] == ["/article"]


# 8. DNS rebinding -----------------------------------------------------------------------------


def test_a_name_that_rebinds_to_a_private_address_is_refused(
    http_server: HTTPTestServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """rebind.example resolves to a public address when first asked, to 127.0.0.1 after that:
    the connection must go to an address that was checked, never to the second answer."""
    real = socket.getaddrinfo
    asked = []

    def rebinding(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        if host != "rebind.example":
            return real(host, port, *args, **kwargs)
        asked.append(host)
        address = "93.184.215.14" if len(asked) == 1 else "127.0.0.1"
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]

    def no_internet(family: int, sockaddr: Any, timeout: float | None) -> socket.socket:
        raise ConnectionRefusedError(f"the test refuses to connect to {sockaddr[0]}")

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    monkeypatch.setattr("claimcheck._network._connect", no_internet, raising=False)
    url = http_server.route("/inside", CITED.format(quote=QUOTE))
    url = url.replace("127.0.0.1", "rebind.example")
    settings = FetchSettings(timeout=TIMEOUT)
    with (
        fetch.make_client(settings, public_only=True) as client,
        pytest.raises(PrivateAddressError),
    ):
        fetch.fetch_url(url, settings, client)
    assert http_server.requests == []


# 9. IPv6 forms that embed an IPv4 address ------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    [
        "2002:c0a8:0101::1",  # 6to4 of 192.168.1.1
        "2002:7f00:0001::",  # 6to4 of 127.0.0.1
        "2002:a9fe:a9fe::1",  # 6to4 of 169.254.169.254, the metadata service
        "2002:0a00:0001:1::1",  # 6to4 of 10.0.0.1
        "2001:0:4136:e378:8000:63bf:3f57:fefe",  # Teredo, client 192.168.1.1
        "2001:0:4136:e378:8000:63bf:80ff:fffe",  # Teredo, client 127.0.0.1
    ],
)
def test_ipv6_forms_embedding_a_private_ipv4_address_are_refused(address: str) -> None:
    assert not fetch.is_public_address(address)


def test_6to4_of_a_public_address_stays_public() -> None:
    assert fetch.is_public_address("2002:0808:0808::1")  # 6to4 of 8.8.8.8


# 6. The cache from --follow's threads ----------------------------------------------------------


def test_follow_uses_the_fetch_cache_from_its_threads(
    http_server: HTTPTestServer, cache_dir: Path
) -> None:
    """The cited page is fetched from a worker thread: it is cached like the article, no
    "unusable" warning appears, and a second run fetches nothing (before: SQLite refused the
    cross-thread use and the cache was turned off with a false warning)."""
    cited = http_server.route("/cited", CITED.format(quote=QUOTE))
    url = article_citing(http_server, cited)
    options = AnalyzerOptions(fetch=FetchSettings(timeout=TIMEOUT), follow=True, allow_private=True)
    with Analyzer(options) as first:
        wire = checked(first.analyze(url))
        assert first.fetch_cache is not None and first.fetch_cache.problem is None
    assert not any("unusable" in w for w in wire["warnings"]), wire["warnings"]
    assert verification(wire)["status"] == "found"
    http_server.requests.clear()
    with Analyzer(options) as second:
        again = checked(second.analyze(url))
    assert verification(again)["status"] == "found"
    assert again["meta"]["fetch"]["cached"] is True
    assert http_server.requests == []


def test_a_stale_copy_is_fetched_again_but_offline_still_serves_it(
    http_server: HTTPTestServer, cache_dir: Path
) -> None:
    url = http_server.route("/old", CITED.format(quote=QUOTE))
    cache = FetchCache(cache_path(cache_dir))
    old = datetime.now(UTC) - MAX_AGE - timedelta(days=1)
    cache.store(url, Payload(b"<p>An old copy.</p>", url, "text/html", fetched_at=old, status=200))
    assert cache.lookup(url) is None
    assert FetchCache(cache_path(cache_dir), CacheMode.OFFLINE).lookup(url) is not None


# 11. A damaged cache row -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("column", "value"),
    [
        pytest.param("fetched_at", "yesterday-ish", id="bad-date"),
        pytest.param("headers", "{", id="bad-json"),
    ],
)
def test_a_damaged_cache_row_is_fetched_again_with_a_warning(
    http_server: HTTPTestServer, cache_dir: Path, column: str, value: str
) -> None:
    url = http_server.route("/page", CITED.format(quote=QUOTE))
    with Analyzer(AnalyzerOptions(fetch=FetchSettings(timeout=TIMEOUT))) as analyzer:
        assert "error" not in checked(analyzer.analyze(url))
    with sqlite3.connect(cache_path(cache_dir)) as db:
        db.execute(f"UPDATE pages SET {column} = ?", (value,))
    http_server.requests.clear()
    with Analyzer(AnalyzerOptions(fetch=FetchSettings(timeout=TIMEOUT))) as analyzer:
        wire = checked(analyzer.analyze(url))
    assert "error" not in wire, wire["error"]
    assert any("cached copy" in w and "fetched again" in w for w in wire["warnings"])
    assert [r.path for r in http_server.requests] == ["/page"]


def test_a_host_label_over_63_characters_is_a_fetch_error(analyzer: Analyzer) -> None:
    url = f"http://{'a' * 64}.example/page"
    wire = checked(analyzer.analyze(url))
    assert wire["error"]["type"] == "fetch"
    assert "not a valid host name" in wire["error"]["message"]


# 12. Credentials in URLs -----------------------------------------------------------------------


def test_a_password_in_a_url_is_redacted_in_reports_stderr_and_the_cache(
    http_server: HTTPTestServer, cache_dir: Path
) -> None:
    """The page is fetched with the credentials; the password is in no output and not on disk."""
    page = http_server.route("/members", CITED.format(quote=QUOTE))
    good = page.replace("http://", "http://reader:hunter2secret@")
    failing = http_server.url("/gone").replace("http://", "http://reader:hunter2secret@")
    run = claimcheck("analyze", "--lang", "en", "-f", "json", good, failing)
    assert run.exit_code == 1
    run.assert_clean()
    assert "hunter2secret" not in run.stdout + run.stderr
    reports = json.loads(run.stdout)
    assert reports[0]["source"] == "http://reader:***@" + page.removeprefix("http://")
    assert "error" not in reports[0]
    assert http_server.requests[0].headers.get("Authorization", "").startswith("Basic ")
    for path in cache_dir.iterdir():
        assert b"hunter2secret" not in path.read_bytes(), path


def test_the_cache_folder_and_files_are_private(
    http_server: HTTPTestServer, cache_dir: Path
) -> None:
    url = http_server.route("/page", CITED.format(quote=QUOTE))
    with Analyzer(AnalyzerOptions(fetch=FetchSettings(timeout=TIMEOUT))) as analyzer:
        checked(analyzer.analyze(url))
    assert stat.S_IMODE(cache_dir.stat().st_mode) == 0o700
    files = list(cache_dir.iterdir())
    assert files
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


# 10. A cap on --follow -------------------------------------------------------------------------


def article_with_links(server: HTTPTestServer, count: int, **route: Any) -> str:
    """An article whose ``count`` claims each cite their own page on the server."""
    paragraphs = []
    for number in range(count):
        link = server.route(f"/cited/{number}", CITED.format(quote=QUOTE), **route)
        paragraphs.append(
            f'<p>"The harbour will reopen in week {number + 1}," Officer {number + 1} said in '
            f'<a href="{link}">a statement</a> on Monday.</p>'
        )
    body = "\n".join(paragraphs)
    return server.route(
        "/many",
        f"<html lang='en'><head><title>Links</title></head><body><article>{body}"
        "</article></body></html>",
    )


def cited_requests(server: HTTPTestServer) -> list[str]:
    return [r.path for r in server.requests if r.path.startswith("/cited/")]


def test_follow_fetches_at_most_follow_max_pages_and_names_the_others(
    http_server: HTTPTestServer,
) -> None:
    """30 cited pages: the default cap (20) is fetched, the 10 others are named in a warning;
    --follow-max 3 fetches 3 (before: every link was fetched)."""
    url = article_with_links(http_server, 30)
    options = AnalyzerOptions(
        fetch=FetchSettings(timeout=TIMEOUT), cache=CacheMode.OFF, follow=True, allow_private=True
    )
    with Analyzer(options) as analyzer:
        wire = checked(analyzer.analyze(url))
    assert len(cited_requests(http_server)) == 20
    skipped = [w for w in wire["warnings"] if "--follow-max" in w]
    assert len(skipped) == 1
    assert skipped[0].startswith("--follow did not fetch 10 linked pages, over the cap of 20")
    assert "and 5 more" in skipped[0]
    assert sum(c["verification"] is not None for c in wire["claims"]) == 20

    http_server.requests.clear()
    run = claimcheck(
        "analyze",
        "--no-cache",
        "--follow",
        "--allow-private",
        "--follow-max",
        "3",
        "-f",
        "json",
        url,
    )
    assert run.exit_code == 0, run.stderr
    assert len(cited_requests(http_server)) == 3
    assert any("did not fetch 27 linked pages" in w for w in json.loads(run.stdout)["warnings"])


def test_follow_stops_at_its_deadline(http_server: HTTPTestServer) -> None:
    """Six cited pages that each answer after 3 s, a --follow-deadline of 1 s: the fetches under
    way are cut short at the deadline, the rest are not started and are named in a warning."""
    url = article_with_links(http_server, 6, delay=3.0)
    options = AnalyzerOptions(
        fetch=FetchSettings(timeout=20.0),
        cache=CacheMode.OFF,
        follow=True,
        allow_private=True,
        follow_deadline=1.0,
    )
    started = time.monotonic()
    with Analyzer(options) as analyzer:
        wire = checked(analyzer.analyze(url))
    assert time.monotonic() - started < SLACK
    checks = [c["verification"] for c in wire["claims"] if c["verification"] is not None]
    assert checks and all(v["status"] == "unreachable" for v in checks)
    late = [w for w in wire["warnings"] if "--follow-deadline" in w]
    assert len(late) == 1 and "did not fetch 2 linked pages" in late[0]


def test_bytes_after_the_end_of_a_gzip_body_are_ignored(
    analyzer: Analyzer, http_server: HTTPTestServer
) -> None:
    """A gzip body followed by garbage is read, not looped on (the bounded decoder once spun
    on the bytes after the stream's end)."""
    page = gzip.compress(CITED.format(quote=QUOTE).encode()) + b"trailing garbage"
    url = http_server.route("/trailing", page, headers={"Content-Encoding": "gzip"})
    wire = analyse_within(analyzer, url, SLACK)
    assert "error" not in wire, wire["error"]
    assert QUOTE in wire["article"]["text"]


def analyse_within(analyzer: Analyzer, url: str, seconds: float) -> dict[str, Any]:
    started = time.monotonic()
    wire = checked(analyzer.analyze(url))
    assert time.monotonic() - started < seconds, f"{url} took too long"
    return wire
