"""The fetch cache as a user meets it: a second run does not refetch, --refresh and --offline
do what they say, failures are never kept, and a broken cache costs a warning, not the run.

Every test has a cache directory of its own (the ``cache_dir`` fixture in conftest.py), and the
local server counts the requests that reach it, so "not fetched again" is seen from outside.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from checks import assert_valid_report
from claimcheck.cache import (
    CACHE_DIR_ENV,
    CACHE_FILE,
    CacheMode,
    FetchCache,
    default_cache_dir,
)
from claimcheck.cli import app
from claimcheck.errors import HTTPStatusError, NotCachedError, NotHTMLError, TooLargeError
from claimcheck.fetch import FetchSettings
from claimcheck.inputs import read
from claimcheck.models import Payload
from httpserver import HTTPTestServer

ROOT = Path(__file__).resolve().parents[1]
SENATE = ROOT / "samples" / "senate-vote.en.html"
SENATE_TITLE = "Senate panel advances $48 billion water bill"
PAGE = "<!DOCTYPE html><html><head><title>T</title></head><body><p>Café crème.</p></body></html>"
LATIN1_PAGE = "<html><body><p>Café crème, déjà vu.</p></body></html>".encode("latin-1")
SETTINGS = FetchSettings(timeout=2.0)


def analyze(*args: str) -> tuple[int, dict[str, Any], str]:
    """``claimcheck analyze ARGS -f json`` in this process: exit code, the report, stderr."""
    result = CliRunner().invoke(app, ["analyze", *args, "-f", "json"])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    report = json.loads(result.stdout)
    assert_valid_report(report)
    return result.exit_code, report, result.stderr


def cache_at(cache_dir: Path, mode: CacheMode = CacheMode.USE) -> FetchCache:
    return FetchCache(cache_dir / CACHE_FILE, mode)


def requests_for(server: HTTPTestServer, path: str) -> int:
    return sum(request.path == path for request in server.requests)


# End to end: the command line, twice


def test_a_second_run_is_served_from_the_cache(http_server: HTTPTestServer) -> None:
    url = http_server.route("/senate", SENATE.read_bytes())
    code, first, _ = analyze(url)
    assert code == 0
    assert first["meta"]["fetch"]["cached"] is False
    code, second, _ = analyze(url)
    assert code == 0
    assert requests_for(http_server, "/senate") == 1
    assert second["meta"]["fetch"] == {
        "cached": True,
        "fetched_at": first["meta"]["fetch"]["fetched_at"],
    }
    assert second["claims"] == first["claims"]
    assert second["article"]["title"].startswith(SENATE_TITLE)


def test_refresh_fetches_again_and_keeps_the_new_copy(
    http_server: HTTPTestServer, cache_dir: Path
) -> None:
    url = http_server.route("/senate", SENATE.read_bytes())
    first = read(url, SETTINGS, cache=cache_at(cache_dir))
    time.sleep(1.1)  # fetch times are shown to the second
    updated = SENATE.read_bytes().replace(b"water bill", b"drought bill")
    http_server.route("/senate", updated)
    _, refreshed, _ = analyze(url, "--refresh")
    assert requests_for(http_server, "/senate") == 2
    assert refreshed["meta"]["fetch"]["cached"] is False
    assert refreshed["meta"]["fetch"]["fetched_at"] > f"{first.fetched_at:%Y-%m-%dT%H:%M:%SZ}"
    assert "drought bill" in refreshed["article"]["title"]
    _, offline, _ = analyze(url, "--offline")
    assert "drought bill" in offline["article"]["title"]
    assert offline["meta"]["fetch"] == {**refreshed["meta"]["fetch"], "cached": True}


def test_offline_serves_what_is_cached_and_fails_the_rest_without_a_request(
    http_server: HTTPTestServer,
) -> None:
    cached = http_server.route("/senate", SENATE.read_bytes())
    never = http_server.route("/never-fetched", SENATE.read_bytes())
    analyze(cached)
    result = CliRunner().invoke(app, ["analyze", cached, never, "--offline", "-f", "json"])
    hit, miss = json.loads(result.stdout)
    for report in (hit, miss):
        assert_valid_report(report)
    assert result.exit_code == 1
    assert hit["meta"]["fetch"]["cached"] is True and hit["claims"]
    assert miss["error"]["type"] == "not_cached"
    assert never in miss["error"]["message"]
    assert result.stderr.splitlines() == [f"claimcheck: {never}: {miss['error']['message']}"]
    assert [request.path for request in http_server.requests] == ["/senate"]


def test_no_cache_neither_reads_nor_writes(http_server: HTTPTestServer, cache_dir: Path) -> None:
    url = http_server.route("/senate", SENATE.read_bytes())
    _, report, _ = analyze(url, "--no-cache")
    assert report["meta"]["fetch"]["cached"] is False
    assert not (cache_dir / CACHE_FILE).exists()
    read(url, SETTINGS, cache=cache_at(cache_dir))  # now it is cached ...
    _, again, _ = analyze(url, "--no-cache")  # ... and still not used
    assert again["meta"]["fetch"]["cached"] is False
    assert requests_for(http_server, "/senate") == 3


def test_cache_dir_option_beats_the_environment(
    http_server: HTTPTestServer, tmp_path: Path, cache_dir: Path
) -> None:
    url = http_server.route("/page", PAGE)
    chosen = tmp_path / "chosen"
    analyze(url, "--cache-dir", str(chosen))
    assert (chosen / CACHE_FILE).exists()
    assert not (cache_dir / CACHE_FILE).exists()


def test_a_broken_cache_costs_a_warning_not_the_analysis(
    http_server: HTTPTestServer, cache_dir: Path
) -> None:
    cache_dir.mkdir()
    (cache_dir / CACHE_FILE).write_bytes(b"this is not a database, it is a note " * 200)
    url = http_server.route("/senate", SENATE.read_bytes())
    code, report, stderr = analyze(url)
    assert code == 0
    assert report["article"]["title"].startswith(SENATE_TITLE) and report["claims"]
    assert report["meta"]["fetch"]["cached"] is False
    assert any("fetch cache" in warning and "unusable" in warning for warning in report["warnings"])
    warnings = [line for line in stderr.splitlines() if line.startswith("claimcheck: warning:")]
    assert len(warnings) == 1 and "claimcheck cache clear" in warnings[0]
    assert "Traceback" not in stderr


def test_cache_clear_mends_a_broken_cache(http_server: HTTPTestServer, cache_dir: Path) -> None:
    cache_dir.mkdir()
    (cache_dir / CACHE_FILE).write_bytes(b"garbage" * 1000)
    cleared = CliRunner().invoke(app, ["cache", "clear"])
    assert cleared.exit_code == 0 and "deleted the unreadable cache file" in cleared.stdout
    url = http_server.route("/page", PAGE)
    read(url, SETTINGS, cache=cache_at(cache_dir))
    assert read(url, SETTINGS, cache=cache_at(cache_dir)).cached
    assert requests_for(http_server, "/page") == 1


def test_an_unwritable_cache_place_costs_a_warning(
    http_server: HTTPTestServer, tmp_path: Path
) -> None:
    """A cache directory that is in fact a file: the page is still analysed."""
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    url = http_server.route("/page", PAGE)
    cache = FetchCache(blocker / "sub" / CACHE_FILE)
    document = read(url, SETTINGS, cache=cache)
    assert "Café crème" in document.text and not document.cached
    assert cache.problem is not None and str(blocker) in cache.problem


def test_analyze_help_lists_the_cache_options() -> None:
    result = CliRunner().invoke(app, ["analyze", "--help"], terminal_width=200)
    for option in ("--offline", "--refresh", "--no-cache", "--cache-dir"):
        assert option in result.stdout


def test_conflicting_cache_flags_are_a_usage_error() -> None:
    result = CliRunner().invoke(app, ["analyze", str(SENATE), "--offline", "--refresh"])
    assert result.exit_code == 2
    assert "--offline and --refresh cannot be used together" in result.stderr


def test_cache_info_counts_the_pages(http_server: HTTPTestServer, cache_dir: Path) -> None:
    for path in ("/a", "/b"):
        read(http_server.route(path, PAGE), SETTINGS, cache=cache_at(cache_dir))
    result = CliRunner().invoke(app, ["cache", "info"])
    assert result.exit_code == 0
    lines = dict(line.split("\t") for line in result.stdout.splitlines())
    assert lines["path"] == str(cache_dir / CACHE_FILE)
    assert lines["pages"] == "2"
    cleared = CliRunner().invoke(app, ["cache", "clear"])
    assert cleared.stdout.strip() == "removed 2 cached pages"
    assert "pages\t0" in CliRunner().invoke(app, ["cache", "info"]).stdout


def test_cache_info_on_a_broken_cache_is_one_line(cache_dir: Path) -> None:
    cache_dir.mkdir()
    (cache_dir / CACHE_FILE).write_bytes(b"garbage" * 1000)
    result = CliRunner().invoke(app, ["cache", "info"])
    assert result.exit_code == 1
    assert len(result.stderr.splitlines()) == 1 and "unusable" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG paths are Linux's")
def test_the_default_place_is_the_user_cache_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(CACHE_DIR_ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "xdg" / "claimcheck"
    monkeypatch.setenv(CACHE_DIR_ENV, str(tmp_path / "mine"))
    assert default_cache_dir() == tmp_path / "mine"


# What is kept, and how it comes back


def test_a_cached_page_decodes_as_the_first_time(
    http_server: HTTPTestServer, cache_dir: Path
) -> None:
    """The charset from the header is kept with the bytes, so the text is the same."""
    url = http_server.route("/latin", LATIN1_PAGE, content_type="text/html; charset=iso-8859-1")
    fetched = read(url, SETTINGS, cache=cache_at(cache_dir))
    again = read(url, SETTINGS, cache=cache_at(cache_dir))
    assert again.cached and not fetched.cached
    assert again.text == fetched.text and "déjà vu" in again.text
    assert (again.content_type, again.encoding) == (fetched.content_type, fetched.encoding)
    assert again.fetched_at == fetched.fetched_at
    assert requests_for(http_server, "/latin") == 1


def test_a_redirected_page_is_cached_under_both_addresses(
    http_server: HTTPTestServer, cache_dir: Path
) -> None:
    final = http_server.route("/2026/article", PAGE)
    short = http_server.redirect("/s/1", "/2026/article")
    read(short, SETTINGS, cache=cache_at(cache_dir))
    offline = cache_at(cache_dir, CacheMode.OFFLINE)
    by_short, by_final = read(short, SETTINGS, cache=offline), read(final, SETTINGS, cache=offline)
    assert by_short.url == by_final.url == final
    assert by_short.source == short
    assert len(http_server.requests) == 2  # the redirect and the page, once


def test_a_fragment_does_not_make_another_page(
    http_server: HTTPTestServer, cache_dir: Path
) -> None:
    url = http_server.route("/page", PAGE)
    read(url, SETTINGS, cache=cache_at(cache_dir))
    assert read(url + "#comments", SETTINGS, cache=cache_at(cache_dir)).cached


@pytest.mark.parametrize(
    ("body", "options", "error"),
    [
        pytest.param(PAGE, {"status": 404}, HTTPStatusError, id="http-404"),
        pytest.param(PAGE, {"status": 503}, HTTPStatusError, id="http-503"),
        pytest.param(b"%PDF-1.7\n", {"content_type": "application/pdf"}, NotHTMLError, id="pdf"),
        pytest.param(b"%PDF-1.7\n", {"content_type": None}, NotHTMLError, id="sniffed-pdf"),
        pytest.param("x" * 5000, {}, TooLargeError, id="too-large"),
    ],
)
def test_failures_are_not_cached(
    http_server: HTTPTestServer,
    cache_dir: Path,
    body: str | bytes,
    options: dict[str, Any],
    error: type[Exception],
) -> None:
    url = http_server.route("/page", body, **options)
    with pytest.raises(error):
        read(url, FetchSettings(timeout=2.0, max_bytes=4000), cache=cache_at(cache_dir))
    http_server.route("/page", PAGE)
    document = read(url, SETTINGS, cache=cache_at(cache_dir))
    assert not document.cached and "Café crème" in document.text
    assert requests_for(http_server, "/page") == 2


def test_a_cached_page_still_obeys_max_bytes(http_server: HTTPTestServer, cache_dir: Path) -> None:
    url = http_server.route("/page", PAGE)
    read(url, SETTINGS, cache=cache_at(cache_dir))
    with pytest.raises(TooLargeError):
        read(url, FetchSettings(max_bytes=20), cache=cache_at(cache_dir, CacheMode.OFFLINE))


def test_offline_without_any_cache_file_fails_cleanly_and_creates_none(
    http_server: HTTPTestServer, cache_dir: Path
) -> None:
    url = http_server.route("/page", PAGE)
    cache = cache_at(cache_dir, CacheMode.OFFLINE)
    with pytest.raises(NotCachedError, match="not in the fetch cache"):
        read(url, SETTINGS, cache=cache)
    assert cache.problem is None
    assert not cache_dir.exists()
    assert http_server.requests == []


def test_files_are_never_cached(tmp_path: Path, cache_dir: Path) -> None:
    article = tmp_path / "article.html"
    article.write_text(PAGE, encoding="utf-8")
    document = read(str(article), SETTINGS, cache=cache_at(cache_dir))
    assert not document.cached
    assert not cache_dir.exists()


# Several processes on one cache

_WRITER = """
import sys
from datetime import UTC, datetime
from pathlib import Path
from claimcheck.cache import FetchCache
from claimcheck.models import Payload

cache = FetchCache(Path(sys.argv[1]))
name = sys.argv[2]
for number in range(int(sys.argv[3])):
    for url in (f"https://example.org/{name}/{number}", "https://example.org/shared"):
        body = f"<p>{name} {number}</p>".encode() * 2000
        cache.store(url, Payload(body, url, "text/html", fetched_at=datetime.now(UTC), status=200))
        assert cache.lookup(url) is not None, cache.problem
print(cache.problem or "ok")
"""


def test_processes_writing_at_once_leave_a_sound_cache(cache_dir: Path) -> None:
    path = cache_dir / CACHE_FILE
    pages = 60
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(path), name, str(pages)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("left", "right", "third")
    ]
    outputs = [writer.communicate(timeout=120) for writer in writers]
    assert [out.strip() for out, _ in outputs] == ["ok"] * 3, outputs
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    cache = cache_at(cache_dir, CacheMode.OFFLINE)
    for name in ("left", "right", "third"):
        for number in range(pages):
            page = cache.lookup(f"https://example.org/{name}/{number}")
            assert page is not None and page.body == f"<p>{name} {number}</p>".encode() * 2000
    assert cache.lookup("https://example.org/shared") is not None


def test_a_page_stored_in_this_run_is_read_back_whole(cache_dir: Path) -> None:
    """What goes in (bytes, headers, time) comes out the same, under the URL asked for."""
    when = datetime(2026, 11, 28, 17, 0, 5, 123_000, UTC)
    page = Payload(
        b"\x00\xffbinary-safe",
        url="https://example.org/a/",
        content_type="text/html",
        charset="windows-1252",
        fetched_at=when,
        status=203,
        headers={"etag": '"abc"'},
    )
    cache = cache_at(cache_dir)
    cache.store("https://example.org/a", page)
    assert cache_at(cache_dir).lookup("https://example.org/a") == page


def test_a_page_kept_by_an_earlier_claimcheck_is_still_served(cache_dir: Path) -> None:
    """A row written the way format 1 has always been written (raw SQL, as an older release
    left it) reads back and decodes offline, with its charset and its date."""
    url = "https://example.org/old"
    path = cache_dir / CACHE_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(path) as db:
        db.execute(
            "CREATE TABLE pages (url TEXT PRIMARY KEY, final_url TEXT NOT NULL, status INTEGER"
            " NOT NULL, content_type TEXT, charset TEXT, headers TEXT NOT NULL, body BLOB NOT"
            " NULL, fetched_at TEXT NOT NULL)"
        )
        db.execute("PRAGMA user_version = 1")
        db.execute(
            "INSERT INTO pages VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                url,
                url + "/final",
                200,
                "text/html",
                "iso-8859-1",
                '{"etag": "x"}',
                LATIN1_PAGE,
                "2026-11-01T08:00:00+00:00",
            ),
        )
    document = read(url, SETTINGS, cache=cache_at(cache_dir, CacheMode.OFFLINE))
    assert document.cached
    assert "Café crème, déjà vu." in document.text
    assert document.url == url + "/final"
    assert document.fetched_at == datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
