"""``--follow``: the cited pages are fetched from a local server and searched for each claim's
content; links to private addresses are refused unless ``--allow-private`` is given."""

from __future__ import annotations

import json
import threading
from typing import Any

import pytest
from typer.testing import CliRunner

from checks import assert_valid_report
from claimcheck import Analyzer, AnalyzerOptions, extract, fetch, inputs
from claimcheck.cache import CacheMode
from claimcheck.cli import app
from claimcheck.errors import PrivateAddressError
from claimcheck.follow import FETCH_THREAD_PREFIX, MAX_CONCURRENT_FETCHES, find_content
from claimcheck.models import RawDocument, Report, VerificationStatus
from httpserver import HTTPTestServer

QUOTE = "We will keep every terminal open through the winter, whatever the cost"
DENIED = "The union has never asked for a raise of 15 percent"
SILENT = "Talks will resume on Thursday morning at the ministry"

ARTICLE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Port talks stall</title>
<meta property="article:published_time" content="2024-12-01T10:00:00Z"></head>
<body><article><h1>Port talks stall as the strike enters its third week</h1>
<p>"{quote}," John Smith, the port director, said in <a href="{found}">an interview</a>
on Monday.</p>
<p>"{denied}," Jane Doe, the union leader, said in <a href="{missing}">a statement</a>.</p>
<p>"{silent}," Mark Brown, a ministry spokesman, wrote in <a href="{dead}">a post</a>.</p>
<p>Later that day, Mark Brown added in <a href="{dead}">another post</a> that "the ministry
will host the talks".</p>
</article></body></html>
"""

CITED_FOUND = """<!doctype html><html lang="en"><head><title>Interview</title></head>
<body><article><h1>Interview with the port director</h1>
<p>The director spoke to us in his office overlooking the docks, where cranes stood idle.</p>
<p>“{quote}”, he said, before returning to the negotiations with the shipping lines.</p>
<p>He would not say how long the strike could last, or what it had cost so far.</p>
</article></body></html>
"""

CITED_MISSING = """<!doctype html><html lang="en"><head><title>Union statement</title></head>
<body><article><h1>Statement from the dockers' union</h1>
<p>The union will meet the port authority again next week to discuss working hours.</p>
<p>Members voted to continue the strike by a large majority on Sunday evening.</p>
<p>The statement made no mention of wages, pensions or any figure at all.</p>
</article></body></html>
"""


def cited_pages(server: HTTPTestServer) -> dict[str, str]:
    """Serve the article and the cited pages; the dead link is a 404."""
    urls = {
        "found": server.route("/cited/found", CITED_FOUND.format(quote=QUOTE)),
        "missing": server.route("/cited/missing", CITED_MISSING),
        "dead": server.url("/cited/dead"),
    }
    urls["article"] = server.route(
        "/article", ARTICLE.format(quote=QUOTE, denied=DENIED, silent=SILENT, **urls)
    )
    return urls


def analyse(*args: str) -> dict[str, Any]:
    result = CliRunner().invoke(app, ["analyze", *args, "--format", "json"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert result.exit_code == 0, result.stderr
    report: dict[str, Any] = json.loads(result.stdout)
    assert_valid_report(report)
    return report


def claim_with(report: dict[str, Any], words: str) -> dict[str, Any]:
    return next(c for c in report["claims"] if words in c["content"]["text"])


def page_text(url: str) -> str:
    """The cited page's text as claimcheck extracts it: what evidence offsets point into."""
    return extract.extract(inputs.read(url, fetch.FetchSettings())).text


def paths(server: HTTPTestServer) -> list[str]:
    return [request.path for request in server.requests]


def test_follow_finds_misses_and_gives_up_on_the_cited_pages(
    http_server: HTTPTestServer,
) -> None:
    """One cited page has the quote, one does not, one is dead: found / not_found /
    unreachable; the evidence sits at its offset in the cited page's text."""
    urls = cited_pages(http_server)
    report = analyse(urls["article"], "--follow", "--allow-private")

    found = claim_with(report, QUOTE)["verification"]
    assert (found["url"], found["status"]) == (urls["found"], "found")
    text = page_text(urls["found"])
    start = found["evidence_start"]
    assert text[start : start + len(found["evidence"])] == found["evidence"]
    assert found["evidence"].startswith(QUOTE)
    assert found["similarity"] == 100

    missing = claim_with(report, DENIED)["verification"]
    assert (missing["status"], missing["evidence"], missing["evidence_start"]) == (
        "not_found",
        None,
        None,
    )

    dead = claim_with(report, SILENT)["verification"]
    assert dead["status"] == "unreachable"
    assert "404" in dead["reason"]

    summary = report["summary"]
    assert (summary["verified_found"], summary["verified_not_found"]) == (1, 1)
    assert summary["verified_unreachable"] == sum(
        c["verification"] is not None and c["verification"]["status"] == "unreachable"
        for c in report["claims"]
    )


def test_each_cited_url_is_fetched_once(http_server: HTTPTestServer) -> None:
    """The dead link backs two claims but is requested once; every page once."""
    urls = cited_pages(http_server)
    report = analyse(urls["article"], "--follow", "--allow-private")
    cites_dead = [c for c in report["claims"] if c["link"] == urls["dead"]]
    assert len(cites_dead) == 2
    assert sorted(paths(http_server)) == sorted(
        ["/article", "/cited/found", "/cited/missing", "/cited/dead"]
    )


def fetching_threads() -> set[int | None]:
    return {t.ident for t in threading.enumerate() if t.name.startswith(FETCH_THREAD_PREFIX)}


def test_one_set_of_fetching_threads_serves_every_article_of_a_batch(
    http_server: HTTPTestServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An Analyzer's --follow threads are started once and serve article after article (at
    most MAX_CONCURRENT_FETCHES of them); closing it stops them. A bug on one cited page costs
    that link one line, in every article that cites it."""
    urls = cited_pages(http_server)
    broken = http_server.route("/cited/broken", CITED_MISSING)
    page = ARTICLE.format(quote=QUOTE, denied=DENIED, silent=SILENT, **{**urls, "dead": broken})
    articles = [http_server.route(f"/article/{n}", page) for n in range(3)]
    real_extract = extract.extract

    def extract_or_fail(raw: RawDocument) -> Any:
        if raw.url == broken:
            raise RuntimeError("the parser fell over\n  in a second line")
        return real_extract(raw)

    monkeypatch.setattr(extract, "extract", extract_or_fail)
    options = AnalyzerOptions(language="en", follow=True, allow_private=True, cache=CacheMode.OFF)
    threads: list[set[int | None]] = []
    reports: list[Report] = []
    with Analyzer(options) as analyzer:
        for url in articles:
            reports.append(analyzer.analyze(url))
            threads.append(fetching_threads())
    assert threads[0], "the first article's fetching threads outlive it"
    assert threads[0] <= threads[-1] and len(threads[-1]) <= MAX_CONCURRENT_FETCHES
    assert not fetching_threads(), "closing the analyzer stops its threads"
    for report in reports:
        assert report.ok, report.error
        checks = [c.verification for c in report.claims if c.link == broken]
        assert checks and all(v is not None for v in checks)
        for check in checks:
            assert check is not None and check.status is VerificationStatus.UNREACHABLE
            assert check.reason == (
                "internal error: RuntimeError: the parser fell over in a second line"
            )


def test_links_to_private_addresses_are_refused_without_the_flag(
    http_server: HTTPTestServer,
) -> None:
    """The article the user named is on 127.0.0.1 and is fetched; the links it cites are on
    127.0.0.1 too, so they are refused and never requested."""
    urls = cited_pages(http_server)
    report = analyse(urls["article"], "--follow")
    checks = [c["verification"] for c in report["claims"] if c["link"]]
    assert len(checks) >= 3
    for check in checks:
        assert check["status"] == "unreachable"
        assert "private address 127.0.0.1" in check["reason"]
        assert "--allow-private" in check["reason"]
    assert paths(http_server) == ["/article"]


def test_without_follow_no_cited_page_is_fetched(http_server: HTTPTestServer) -> None:
    urls = cited_pages(http_server)
    report = analyse(urls["article"])
    assert all(c["verification"] is None for c in report["claims"])
    assert paths(http_server) == ["/article"]


def test_a_guarded_client_refuses_before_connecting(http_server: HTTPTestServer) -> None:
    """The guard runs before the request is sent: the server sees nothing."""
    url = http_server.route("/page", "<p>hello</p>")
    with (
        fetch.make_client(fetch.FetchSettings(), public_only=True) as client,
        pytest.raises(PrivateAddressError, match=r"private address 127\.0\.0\.1"),
    ):
        fetch.fetch_url(url, fetch.FetchSettings(), client)
    assert http_server.requests == []


def test_a_redirect_into_a_private_network_is_refused_at_the_hop(
    http_server: HTTPTestServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A public page that redirects inside is stopped before the redirected request is sent.

    Every address of the test server is private, so the policy is narrowed to one name: the
    server's IP literal counts as public here, the name ``localhost`` does not.
    """

    def only_localhost_is_private(host: str, port: int | None = None, *addresses: object) -> None:
        if host == "localhost":
            raise PrivateAddressError(f"refused: {host} resolves to a private address")

    monkeypatch.setattr(fetch, "check_public_host", only_localhost_is_private)
    http_server.route("/inside", "<p>secret</p>")
    start = http_server.redirect(
        "/hop", http_server.base_url.replace("127.0.0.1", "localhost") + "/inside"
    )
    with (
        fetch.make_client(fetch.FetchSettings(), public_only=True) as client,
        pytest.raises(PrivateAddressError, match="localhost"),
    ):
        fetch.fetch_url(start, fetch.FetchSettings(), client)
    assert paths(http_server) == ["/hop"]


@pytest.mark.parametrize(
    "address",
    [
        "10.0.0.1",
        "10.255.255.254",
        "172.16.0.1",
        "172.31.255.1",
        "192.168.1.1",
        "127.0.0.1",
        "127.8.9.10",
        "::1",
        "fe80::1",
        "fe80::1%eth0",
        "169.254.169.254",
        "fd00:ec2::254",
        "0.0.0.0",
        "::",
        "::ffff:127.0.0.1",
        "::ffff:169.254.169.254",
        "64:ff9b::a9fe:a9fe",
        "100.64.0.1",
        "224.0.0.1",
        "ff02::1",
        "240.0.0.1",
        "255.255.255.255",
    ],
)
def test_private_and_special_addresses_are_not_public(address: str) -> None:
    assert not fetch.is_public_address(address)


@pytest.mark.parametrize(
    "address", ["8.8.8.8", "93.184.215.14", "2606:4700:4700::1111", "::ffff:8.8.8.8"]
)
def test_public_addresses_are_public(address: str) -> None:
    assert fetch.is_public_address(address)


def test_a_host_name_is_judged_by_what_it_resolves_to() -> None:
    """ "localhost" is a name, but it resolves to loopback."""
    with pytest.raises(PrivateAddressError, match="localhost"):
        fetch.check_public_host("localhost")


PAGE = (
    "Le ministre s’est exprimé mardi.\n"
    "« Nous   ne laisserons JAMAIS faire cela », a-t-il dit devant les députés, "
    "avant d’annoncer 40 millions d’euros d’aide aux ports de la façade atlantique."
)


def test_an_exact_match_ignores_case_quotes_and_spaces() -> None:
    """Offsets point into the page as written, quotes and extra spaces included."""
    match = find_content("« Nous ne laisserons jamais faire cela »", PAGE)
    assert match is not None
    start, end, similarity = match
    assert PAGE[start:end] == "Nous   ne laisserons JAMAIS faire cela"
    assert similarity == 100


def test_a_lightly_edited_quote_is_found_fuzzily() -> None:
    match = find_content(
        "avant d'annoncer 40 millions d’euros d’aides aux ports de la façade", PAGE
    )
    assert match is not None
    start, end, similarity = match
    assert 88 <= similarity < 100
    assert "40 millions" in PAGE[start:end]


def test_an_unrelated_quote_is_not_found() -> None:
    assert find_content("the harbour will be dredged before the summer season", PAGE) is None


def test_a_changed_number_is_not_found() -> None:
    """Otherwise alike, but 14 millions is not 40 millions."""
    assert find_content("avant d’annoncer 14 millions d’euros d’aide aux ports", PAGE) is None
    assert find_content("avant d’annoncer 40 millions d’euros d’aide aux ports", PAGE)
