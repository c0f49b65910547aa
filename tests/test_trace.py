"""The claims index and ``claimcheck trace``: pages served locally print one quote in several
outlets, one with a changed number and one with another speaker, in English and in French;
``trace`` must find every one, say how each differs, and name the first appearance."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from claimcheck.cli import app
from claimcheck.index import AddOutcome, ClaimsIndex
from claimcheck.index import trace as trace_claims
from claimcheck.index.matching import Status, compare, same_speaker
from claimcheck.index.words import words
from httpserver import HTTPTestServer
from trace_pages import EN, EN_ALTERED, FR, Outlet, serve

LANGUAGES = {"en": EN, "fr": FR}
# A fragment of each quote that leaves the changed number out: the whole quote is still compared.
FRAGMENTS = {"en": "cut pollution in our rivers", "fr": "la pollution de nos rivières"}


def cli(*args: str) -> Result:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result


@pytest.fixture(scope="module")
def built(
    _http_server_session: HTTPTestServer, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, Path, dict[str, str]]:
    """An index of the English and French pages, built by ``analyze --index``; the same
    reports saved as JSONL; the pages' URLs by site."""
    server = _http_server_session
    server.reset()
    urls = {**serve(server, EN, "en"), **serve(server, FR, "fr")}
    folder = tmp_path_factory.mktemp("trace")
    index, saved = folder / "claims.sqlite3", folder / "reports.jsonl"
    result = cli("analyze", *urls.values(), "--index", str(index), "-f", "jsonl", "-o", str(saved))
    assert result.exit_code == 0, result.stderr
    server.reset()
    return index, saved, urls


def trace(index: Path, query: str) -> dict[str, Any]:
    result = cli("trace", query, "--index", str(index), "--format", "json")
    assert result.exit_code == 0, result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def by_site(found: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {item["site"]: item for item in found["appearances"]}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_trace_finds_every_outlet_with_its_status(
    built: tuple[Path, Path, dict[str, str]], lang: str
) -> None:
    """Same words and speaker: same; a changed number: altered, the number listed first;
    the same words from another speaker: misattributed; the earliest dated one is first."""
    index, _, urls = built
    outlets = LANGUAGES[lang]
    found = trace(index, FRAGMENTS[lang])
    sites = by_site(found)
    assert set(sites) == {outlet.site for outlet in outlets}
    roles = {role: sites[outlet.site] for role, outlet in _in_roles(lang).items()}
    original, altered, other_speaker = (roles[r] for r in ("original", "altered", "other_speaker"))
    assert roles["faithful"]["status"] == "same"
    assert original["status"] == "same"
    assert original["similarity"] == 100.0
    assert altered["status"] == "altered"
    assert altered["differences"][0] == {"kind": "number", "reference": "40", "appearance": "60"}
    assert "60" in altered["text"]
    assert "number" in altered["explanation"]
    assert other_speaker["status"] == "misattributed"
    assert other_speaker["speaker"]["name"] != original["speaker"]["name"]
    assert other_speaker["speaker"]["name"] in other_speaker["explanation"]
    first = found["first_appearance"]
    assert first["url"] == urls[outlets[0].site]
    assert first["published"] == outlets[0].published
    assert [a["published"] or "~" for a in found["appearances"]] == sorted(
        a["published"] or "~" for a in found["appearances"]
    )


def test_an_undated_appearance_is_listed_last_with_a_warning(
    built: tuple[Path, Path, dict[str, str]],
) -> None:
    index, _, _ = built
    found = trace(index, FRAGMENTS["fr"])
    assert found["appearances"][-1]["published"] is None
    assert found["appearances"][-1]["status"] == "same"
    assert any("no published date" in warning for warning in found["warnings"])


def test_a_claim_reference_is_compared_in_full_and_the_earliest_difference_is_warned(
    built: tuple[Path, Path, dict[str, str]],
) -> None:
    """Tracing the altered version (REPORT#cN) makes it the reference: the original is now
    the one that differs, and it is the earliest, which the warnings say."""
    index, _, urls = built
    altered = by_site(trace(index, FRAGMENTS["en"]))["Coast Herald"]
    found = trace(index, altered["ref"])
    assert found["reference"]["text"] == altered["text"]
    sites = by_site(found)
    assert sites["Coast Herald"]["is_reference"] is True
    assert sites["The Riverside Gazette"]["status"] == "altered"
    assert sites["The Riverside Gazette"]["differences"][0]["appearance"] == "40"
    assert found["first_appearance"]["url"] == urls["The Riverside Gazette"]
    assert any("earliest version" in warning for warning in found["warnings"])


def test_the_terminal_timeline_lists_the_outlets_in_order(
    built: tuple[Path, Path, dict[str, str]],
) -> None:
    index, _, _ = built
    result = cli("trace", FRAGMENTS["en"], "--index", str(index), "--format", "text")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    places = [out.index(outlet.site) for outlet in EN]
    assert places == sorted(places)
    for status in ("SAME", "ALTERED", "MISATTRIBUTED"):
        assert status in out
    assert "first appearance" in out and "2024-03-14" in out
    assert EN_ALTERED.split()[-5] in out  # "60" of the altered version is printed


def test_adding_the_same_reports_again_adds_nothing(
    built: tuple[Path, Path, dict[str, str]], tmp_path: Path
) -> None:
    """``index add`` of the saved reports into a copy of the index, twice: nothing new."""
    index, saved, _ = built
    copy = tmp_path / "copy.sqlite3"
    shutil.copy(index, copy)
    before = cli("index", "info", str(copy)).stdout
    result = cli("index", "add", str(copy), str(saved))
    assert result.exit_code == 0, result.stderr
    assert "8 unchanged" in result.stdout
    assert cli("index", "info", str(copy)).stdout == before
    fresh = tmp_path / "fresh.sqlite3"
    assert "8 added" in cli("index", "add", str(fresh), str(saved)).stdout
    assert "8 unchanged" in cli("index", "add", str(fresh), str(saved)).stdout
    assert _count(fresh, "claims") == _count(index, "claims") > 0


def test_index_info_counts_reports_claims_and_dates(
    built: tuple[Path, Path, dict[str, str]],
) -> None:
    index, _, _ = built
    result = cli("index", "info", str(index))
    assert result.exit_code == 0, result.stderr
    lines = dict(line.split("\t", 1) for line in result.stdout.splitlines())
    assert lines["reports"] == "8"
    assert int(lines["claims"]) == _count(index, "claims")
    assert lines["languages"] == "en 4, fr 4"
    assert lines["published"] == "2024-03-14 to 2024-05-04"
    assert lines["undated"] == "1 reports"


def test_claimreview_links_the_other_appearances(
    built: tuple[Path, Path, dict[str, str]], http_server: HTTPTestServer, tmp_path: Path
) -> None:
    """With --index, a claim's ``appearance`` lists the other outlets that print it and
    ``firstAppearance`` is the earliest."""
    index, _, _ = built
    copy = tmp_path / "copy.sqlite3"
    shutil.copy(index, copy)
    urls = serve(http_server, EN, "en")
    result = cli("analyze", urls["Metro Daily"], "--index", str(copy), "-f", "claimreview")
    assert result.exit_code == 0, result.stderr
    items = json.loads(result.stdout)
    quote = next(item for item in items if "40 percent" in item["text"])
    listed = {work.get("url") for work in quote["appearance"]}
    assert listed == set(urls.values())
    assert quote["firstAppearance"]["url"] == urls["The Riverside Gazette"]
    assert quote["firstAppearance"]["datePublished"] == "2024-03-14"
    without = cli("analyze", urls["Metro Daily"], "-f", "claimreview")
    assert "firstAppearance" not in json.loads(without.stdout)[0]


def test_no_match_is_an_empty_list_and_a_message(
    built: tuple[Path, Path, dict[str, str]],
) -> None:
    index, _, _ = built
    result = cli("trace", "zebras quantum marmalade", "--index", str(index), "-f", "json")
    assert result.exit_code == 0
    found = json.loads(result.stdout)
    assert found["appearances"] == [] and found["first_appearance"] is None
    assert "no claim" in result.stderr and "matches" in result.stderr
    unknown = cli("trace", "http://nowhere.example/a#c9", "--index", str(index))
    assert unknown.exit_code == 0
    assert "no claim http://nowhere.example/a#c9" in unknown.stderr


def test_a_missing_corrupt_or_newer_index_is_one_clear_error(
    built: tuple[Path, Path, dict[str, str]], tmp_path: Path
) -> None:
    index, _, _ = built
    missing = tmp_path / "none.sqlite3"
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"this is not a database\n" * 100)
    newer = tmp_path / "newer.sqlite3"
    shutil.copy(index, newer)
    with sqlite3.connect(newer) as db:
        db.execute("UPDATE meta SET value = '7' WHERE key = 'schema'")
    db.close()
    expected = {
        missing: "no claims index at",
        garbage: "not a usable claims index",
        newer: "index schema 7",
    }
    for path, words_said in expected.items():
        for command in (["trace", "rivers", "--index", str(path)], ["index", "info", str(path)]):
            result = cli(*command)
            assert result.exit_code == 1
            assert words_said in result.stderr
            assert len(result.stderr.strip().splitlines()) == 1
            assert "Traceback" not in result.output
    assert not missing.exists()  # reading never creates an index
    analysed = cli(
        "analyze",
        str(Path(__file__).parent / "data" / "news_article.html"),
        "--index",
        str(garbage),
    )
    assert analysed.exit_code == 1 and "not a usable claims index" in analysed.stderr


def test_a_line_that_is_no_report_is_skipped_and_said(
    built: tuple[Path, Path, dict[str, str]], tmp_path: Path
) -> None:
    _, saved, _ = built
    damaged = tmp_path / "damaged.jsonl"
    lines = saved.read_text(encoding="utf-8").splitlines()
    damaged.write_text("\n".join([lines[0], "{not json", *lines[1:3]]) + "\n", encoding="utf-8")
    result = cli("index", "add", str(tmp_path / "i.sqlite3"), str(damaged))
    assert result.exit_code == 1
    assert f"{damaged}:2: not a claimcheck report" in result.stderr
    assert "3 added" in result.stdout


def test_control_characters_from_an_outlet_never_reach_the_terminal(
    built: tuple[Path, Path, dict[str, str]], tmp_path: Path
) -> None:
    _, saved, _ = built
    report = json.loads(saved.read_text(encoding="utf-8").splitlines()[0])
    report["article"]["url"] = "http://evil.example/a"
    report["article"]["site"] = "Evil\x1b[2J News"
    for claim in report["claims"]:
        claim["content"]["text"] += " \x1b]52;c;aGk=\x07"
    hostile = tmp_path / "hostile.jsonl"
    hostile.write_text(json.dumps(report) + "\n", encoding="utf-8")
    index = tmp_path / "hostile.sqlite3"
    assert cli("index", "add", str(index), str(hostile)).exit_code == 0
    result = cli("trace", FRAGMENTS["en"], "--index", str(index), "-f", "text")
    assert "Evil" in result.stdout
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout


@pytest.mark.parametrize(
    ("reference", "version", "kind"),
    [
        (
            "The plan will work, the minister said",
            "The plan will not work, the minister said",
            "negation",
        ),
        (
            "Le plan fonctionnera, a dit le ministre",
            "Le plan ne fonctionnera pas, a dit le ministre",
            "negation",
        ),
        (
            "We met the envoy in Paris last week to talk",
            "We met the envoy in Berlin last week to talk",
            "entity",
        ),
        (
            "Ils ont reçu quarante millions d'euros cette année",
            "Ils ont reçu cinquante millions d'euros cette année",
            "number",
        ),
    ],
)
def test_a_small_change_of_meaning_is_never_the_same(
    reference: str, version: str, kind: str
) -> None:
    """A negation, a name or a number changes a quote however high the similarity."""
    found = compare(words(reference), "A", words(version), "A")
    assert found is not None
    assert found.similarity > 80
    assert found.status is Status.ALTERED
    assert found.differences[0].kind.value == kind


def test_a_longer_or_shorter_printing_is_the_same_quote() -> None:
    """An outlet that quotes more words around the quote, or fewer of them, is not a change."""
    quote = words("cut pollution in our rivers by 40 percent within ten years")
    longer = words(
        "This bill will cut pollution in our rivers by 40 percent within ten years, she said"
    )
    shorter = words("cut pollution in our rivers by 40 percent")
    for version in (longer, shorter):
        found = compare(quote, "Alice Moreno", version, "Moreno")
        assert found is not None and found.status is Status.SAME
    unrelated = compare(quote, None, words("The weather in our region was mild"), None)
    assert unrelated is None


def _in_roles(lang: str) -> dict[str, Outlet]:
    return {outlet.role: outlet for outlet in LANGUAGES[lang]}


def _count(index: Path, table: str) -> int:
    with sqlite3.connect(index) as db:
        (count,) = db.execute(f"SELECT count(*) FROM {table}").fetchone()
    db.close()
    return int(count)


def test_speakers_are_one_when_one_name_holds_the_other() -> None:
    assert same_speaker("Moreno", "Senator Alice Moreno") is True
    assert same_speaker("Alice Moreno", "Paul Moreno") is False
    assert same_speaker("Claire Dubois", "claire dubois") is True
    assert same_speaker(None, "Alice Moreno") is None


def test_an_article_analysed_again_replaces_its_report(
    built: tuple[Path, Path, dict[str, str]], tmp_path: Path
) -> None:
    """A new analysis of the same URL (the article was corrected) replaces the old claims:
    the old words are no longer found, the new ones are, and nothing is duplicated."""
    _, saved, _ = built
    report = json.loads(saved.read_text(encoding="utf-8").splitlines()[0])
    index_path = tmp_path / "replace.sqlite3"
    with ClaimsIndex.open(index_path, create=True) as index:
        assert index.add(report) is AddOutcome.ADDED
        claims = index.info().claims
        corrected = json.loads(json.dumps(report))
        for claim in corrected["claims"]:
            claim["content"]["text"] = claim["content"]["text"].replace("40", "45")
        assert index.add(corrected) is AddOutcome.REPLACED
        assert index.info().claims == claims
        assert index.add(corrected) is AddOutcome.UNCHANGED
        found = trace_claims(index, FRAGMENTS["en"])
    assert [a.claim.text for a in found.appearances if "45" in a.claim.text]
    assert not [a.claim.text for a in found.appearances if "40 percent" in a.claim.text]


@pytest.mark.parametrize(
    ("reference", "version"),
    [
        (
            "The new tax on fuel will hurt the farmers of the north more than anyone else",
            "Farmers of the north will be hurt more than anyone else by the fuel tax",
        ),
        (
            "Nous ne laisserons pas les agriculteurs payer seuls le prix de cette réforme",
            "Les agriculteurs ne paieront pas seuls le prix de la réforme, selon elle",
        ),
    ],
)
def test_the_same_content_in_other_words_is_a_paraphrase(reference: str, version: str) -> None:
    found = compare(words(reference), None, words(version), None)
    assert found is not None
    assert found.status is Status.PARAPHRASE
    assert found.similarity < 75
    assert "content words" in found.explanation
