"""Issue 12: every flag means what it says, in English and French, on pages served over HTTP.

The two pages tell the same story (a harbour to be dredged) with page furniture around it, a
mayor hedging in her own quoted words, a link on the outlet the mayor spoke to, an unnamed
official, and links to the outlet's own topic and author pages.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from checks import assert_valid_report
from claimcheck.cache import CacheMode
from claimcheck.models import Claim, PartialDate, Report, SourceType
from claimcheck.pipeline import Analyzer, AnalyzerOptions
from claimcheck.provenance import ANONYMOUS_ONLY, CARRIED_LINK, NO_SOURCE
from claimcheck.report import report_to_dict
from httpserver import HTTPTestServer

DATA = Path(__file__).resolve().parent / "data" / "flags"
PAGES = {"en": "harbour.en.html", "fr": "port.fr.html"}
MORE_PAGES = (
    "officials.en.html",
    "officiels.fr.html",
    "dates.en.html",
    "dates.fr.html",
    "headings.en.html",
    "headings.fr.html",
    "sourceless.en.html",
    "sourceless.fr.html",
)
OUTLET = {"en": "https://harbour-post.example.org/", "fr": "https://courrier-maritime.example.org/"}
FURNITURE = {
    "en": ("By Jane Doe", "Read more", "newsletter"),
    "fr": ("Par Jean Dupont", "À lire aussi", "Il vous reste", "abonnés"),
}
HEDGED_QUOTE = {"en": "The channel will probably", "fr": "Le chenal sera probablement"}
CARRIED = {"en": "the first boats would come back", "fr": "les premiers bateaux reviendraient"}
ANONYMOUS = {"en": "The deal with the dredging company", "fr": "Le contrat avec l'entreprise"}
OWN_AUTHOR_PAGE = {"en": "approved unanimously", "fr": "approuvé à l'unanimité"}


@pytest.fixture(scope="module")
def reports(_http_server_session: HTTPTestServer) -> Iterator[dict[str, Report]]:
    """Each page analysed once, fetched from the local server like any news page."""
    urls = {
        lang: _http_server_session.route(f"/news/2024/03/15/{name}", (DATA / name).read_text())
        for lang, name in PAGES.items()
    }
    urls |= {
        name: _http_server_session.route(f"/news/2024/03/15/{name}", (DATA / name).read_text())
        for name in MORE_PAGES
    }
    with Analyzer(AnalyzerOptions(cache=CacheMode.OFF)) as analyzer:
        yield {key: analyzer.analyze(url) for key, url in urls.items()}


def claim_about(report: Report, words: str) -> Claim:
    return next(c for c in report.claims if words in c.content.text)


LANGS = pytest.mark.parametrize("lang", ["en", "fr"])


@LANGS
def test_the_reports_are_valid(reports: dict[str, Report], lang: str) -> None:
    assert reports[lang].ok, reports[lang].error
    assert_valid_report(report_to_dict(reports[lang]))


@LANGS
def test_page_furniture_is_in_no_claim(reports: dict[str, Report], lang: str) -> None:
    """Bylines, teasers and paywall or newsletter notices are gone before any claim is made."""
    report = reports[lang]
    assert report.article is not None
    for furniture in FURNITURE[lang]:
        assert furniture not in report.article.text
        assert not any(furniture in c.content.text for c in report.claims)


@LANGS
def test_a_hedge_inside_the_quote_is_the_speakers_own(
    reports: dict[str, Report], lang: str
) -> None:
    """ "probably" inside the mayor's quotation is hers: shown, but the claim is not hedged."""
    claim = claim_about(reports[lang], HEDGED_QUOTE[lang])
    assert claim.source is not None
    assert [h.speaker for h in claim.hedges] == [True]
    assert not claim.hedged
    assert reports[lang].summary.hedged == 0


@LANGS
def test_a_link_on_the_outlet_carries_to_her_next_sentence(
    reports: dict[str, Report], lang: str
) -> None:
    """She told the Harbour Post, linked; what she said next in the passage carries that link
    as candidate evidence, with a note saying where it comes from."""
    claim = claim_about(reports[lang], CARRIED[lang])
    assert claim.link is not None and claim.link.startswith(OUTLET[lang])
    assert CARRIED_LINK in claim.warnings


@LANGS
def test_links_to_the_outlets_own_topic_and_author_pages_back_nothing(
    reports: dict[str, Report], lang: str
) -> None:
    report = reports[lang]
    assert claim_about(report, ANONYMOUS[lang]).link is None
    assert claim_about(report, OWN_AUTHOR_PAGE[lang]).link is None
    for source in report.sources:
        assert not any("/topics/" in k or "/sujet/" in k or "/aut" in k for k in source.links)


@LANGS
def test_the_unnamed_official_is_anonymous_and_noted(reports: dict[str, Report], lang: str) -> None:
    claim = claim_about(reports[lang], ANONYMOUS[lang])
    assert claim.source is not None and claim.source.type is SourceType.ANONYMOUS
    assert ANONYMOUS_ONLY in claim.warnings


@LANGS
def test_only_anonymous_sources_carry_the_unnamed_source_note(
    reports: dict[str, Report], lang: str
) -> None:
    for claim in reports[lang].claims:
        if ANONYMOUS_ONLY in claim.warnings:
            assert claim.source is not None and claim.source.type is SourceType.ANONYMOUS


@LANGS
def test_the_summary_adds_up(reports: dict[str, Report], lang: str) -> None:
    report = reports[lang]
    summary = report.summary
    said = [c for c in report.claims if not c.is_belief]
    attributed = [c for c in said if c.source is not None]
    parts = summary.attributed + summary.unattributed + summary.beliefs
    assert summary.claims == parts == len(report.claims)
    assert summary.linked + summary.unlinked == summary.attributed == len(attributed)
    assert summary.linked == sum(c.link is not None for c in attributed) == 2


@LANGS
def test_each_claim_has_the_type_of_its_source_entry(reports: dict[str, Report], lang: str) -> None:
    report = reports[lang]
    owner = {cid: s for s in report.sources for cid in s.claims}
    for claim in report.claims:
        if claim.source is not None:
            assert claim.source.type is owner[claim.id].type


@LANGS
def test_the_article_has_its_address_domain_and_outlet_name(
    reports: dict[str, Report], lang: str
) -> None:
    article = reports[lang].article
    assert article is not None
    assert article.url is not None and article.url.endswith(PAGES[lang])
    assert article.domain == "127.0.0.1"
    assert article.site == {"en": "The Harbour Gazette", "fr": "Le Courrier du Port"}[lang]


@pytest.mark.parametrize(
    ("page", "unnamed"),
    [
        (
            "officials.en.html",
            [
                "Obama administration officials",
                "US officials",
                "Indian official",
                "person familiar with the talks",
            ],
        ),
        (
            "officiels.fr.html",
            ["responsables américains", "responsable indien", "source proche des négociations"],
        ),
    ],
)
def test_unnamed_officials_are_anonymous_with_their_affiliation(
    reports: dict[str, Report], page: str, unnamed: list[str]
) -> None:
    """ "US officials", "un responsable indien": anonymous, and named by what they are."""
    report = reports[page]
    anonymous = [s.name for s in report.sources if s.type is SourceType.ANONYMOUS]
    for name in unnamed:
        assert name in anonymous
    people = [s.name for s in report.sources if s.type is SourceType.PERSON]
    assert people == (["Josh Earnest"] if page.endswith(".en.html") else [people[0]])


def test_generic_on_is_no_source_but_dit_on_is_hearsay(reports: dict[str, Report]) -> None:
    """ "On dirait", "on appelle": the article's own voice; "dit-on": an anonymous source."""
    report = reports["officiels.fr.html"]
    for words in ("On dirait", "On appelle"):
        claim = claim_about(report, words)
        assert claim.source is None
    hearsay = [c for c in report.claims if c.source and c.source.text in ("on", "-on")]
    assert [c.source.type for c in hearsay if c.source is not None] == [SourceType.ANONYMOUS]


def test_french_conditional_hedges_are_verbs_in_the_conditional(
    reports: dict[str, Report],
) -> None:
    """ "auraient été formés" is the journalistic conditional; "sait", "superflus", "euros",
    "combattrez" (a future) are no conditional at all."""
    report = reports["officiels.fr.html"]
    conditionals = [
        h.text for c in report.claims for h in c.hedges if h.kind.value == "conditional"
    ]
    assert "auraient" in conditionals
    assert all(h.endswith(("rait", "raient", "rais", "rions", "riez")) for h in conditionals)
    assert claim_about(report, "terroristes").hedged


@LANGS
def test_a_statement_is_dated_by_its_cue_not_by_an_event(
    reports: dict[str, Report], lang: str
) -> None:
    """ "depuis les attaques du 7 octobre", "since October 7" name an event; "ce vendredi",
    "on Friday" in an article published on Friday 15 March 2024 is that very day."""
    report = reports[f"dates.{lang}.html"]
    claim = claim_about(report, {"en": "port would soon reopen", "fr": "port rouvrirait"}[lang])
    assert claim.statement_date == PartialDate(2024, 3, 15)


@LANGS
def test_headings_and_the_journalists_questions_are_nobodys_speech(
    reports: dict[str, Report], lang: str
) -> None:
    """A section heading, a pull-quote heading with no cue, and the questions the article
    asks its readers are attributed to no one; the mayor's quote below the heading is hers."""
    report = reports[f"headings.{lang}.html"]
    words = {
        "en": ("We will not back down", "four million dollar", "Why did", "Should the port"),
        "fr": ("Nous ne reculerons", "quatre millions", "Pourquoi le port", "Faut-il"),
    }[lang]
    for claim in report.claims:
        if claim.source is not None:
            assert not any(w in claim.content.text for w in words), claim.content.text
    mayor = claim_about(report, {"en": "will reopen in June", "fr": "rouvrira en juin"}[lang])
    assert mayor.source is not None and mayor.cue is not None


@LANGS
def test_said_by_no_one_named_is_counted_and_noted(reports: dict[str, Report], lang: str) -> None:
    """ "It was reported that …", "Il a été annoncé que …": a cue and no source. Such claims
    are unattributed in the summary, counted as sourceless, and say that no source is named."""
    report = reports[f"sourceless.{lang}.html"]
    sourceless = [c for c in report.claims if c.source is None and c.cue is not None]
    assert len(sourceless) == report.summary.sourceless == 2
    assert all(NO_SOURCE in c.warnings for c in sourceless)
    summary = report.summary
    assert summary.claims == summary.attributed + summary.unattributed + summary.beliefs
    assert report.summary.unattributed == 3
