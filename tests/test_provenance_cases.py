"""Provenance through the real pipeline, in English and French: relay chains, links tied to
claims, dates kept apart and recycled statements, on small HTML articles with hyperlinks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from checks import assert_valid_report
from claimcheck.models import Claim, PartialDate, Report, Source, SourceType
from claimcheck.pipeline import Analyzer
from claimcheck.provenance import ANONYMOUS_ONLY
from claimcheck.report import report_to_dict

DATA = Path(__file__).resolve().parent / "data" / "provenance"


@pytest.fixture(scope="module")
def analyzer() -> Iterator[Analyzer]:
    with Analyzer() as shared:
        yield shared


@pytest.fixture(scope="module")
def english(analyzer: Analyzer) -> Report:
    return analyzer.analyze(str(DATA / "relays.en.html"))


@pytest.fixture(scope="module")
def french(analyzer: Analyzer) -> Report:
    return analyzer.analyze(str(DATA / "relais.fr.html"))


def claim_about(report: Report, words: str) -> Claim:
    return next(c for c in report.claims if words in c.content.text)


def source_named(report: Report, name: str) -> Source:
    return next(s for s in report.sources if s.name == name)


def source_of(report: Report, claim: Claim) -> Source:
    return next(s for s in report.sources if claim.id in s.claims)


def relay_of(report: Report, claim: Claim) -> Source | None:
    """The source the claim's words went through, if any."""
    return next((s for s in report.sources if s.id == claim.via), None)


def test_the_reports_are_valid(english: Report, french: Report) -> None:
    """Both reports match the schema and every span is honest."""
    for report in (english, french):
        assert report.ok, report.error
        assert_valid_report(report_to_dict(report))


def test_told_reuters_makes_reuters_the_relay(english: Report) -> None:
    """ "…, John Smith told Reuters": Smith said it, Reuters passed it on, and the link on
    Reuters (in the same sentence) backs the claim and is listed under Reuters."""
    claim = claim_about(english, "40 million dollars")
    reuters = source_named(english, "Reuters")
    assert source_of(english, claim).name == "John Smith"
    assert claim.via == reuters.id
    assert reuters.type is SourceType.MEDIA
    assert reuters.links == ("https://www.reuters.com/world/port-strike",)
    assert claim.link == "https://www.reuters.com/world/port-strike"


def test_citing_a_report_in_makes_a_chain(english: Report) -> None:
    """ "Bloomberg News reported, citing a report in the Financial Times": the FT is the origin,
    relayed via Bloomberg News; the FT link backs the claim."""
    claim = claim_about(english, "diverting cargo")
    bloomberg = source_of(english, claim)
    financial_times = source_named(english, "Financial Times")
    assert bloomberg.name == "Bloomberg News"
    assert financial_times.via == bloomberg.id
    assert financial_times.links == ("https://www.ft.com/content/ports",)
    assert claim.link == "https://www.ft.com/content/ports"


@pytest.mark.parametrize(
    ("text", "outlet", "origin"),
    [
        (
            "The Wall Street Journal, citing three people familiar with the matter, reported"
            " that the company would be sold next week.",
            "Wall Street Journal",
            "three people familiar with the matter",
        ),
        (
            "Mardi, Le Monde, citant des sources proches du dossier, affirme que le ministre va"
            " démissionner.",
            "Le Monde",
            "sources proches du dossier",
        ),
    ],
)
def test_citing_unnamed_sources_makes_them_the_origin(
    analyzer: Analyzer, tmp_path: Path, text: str, outlet: str, origin: str
) -> None:
    """ "The Journal, citing three people familiar with the matter, reported": the outlet
    said it, and the chain shows that it rests on anonymous sources."""
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    report = analyzer.analyze(str(path))
    (claim,) = report.claims
    said_it = source_of(report, claim)
    cited = source_named(report, origin)
    assert said_it.name == outlet
    assert cited.type is SourceType.ANONYMOUS
    assert cited.via == said_it.id


def test_selon_le_rapport_is_relayed_through_kyiv_post(french: Report) -> None:
    """ "Selon le rapport" after "…, a rapporté Kyiv Post": the report comes via Kyiv Post."""
    claim = claim_about(french, "partis vers Alep")
    kyiv_post = source_named(french, "Kyiv Post")
    assert claim.via == kyiv_post.id
    assert source_of(french, claim).via == kyiv_post.id
    assert kyiv_post.links == ("https://www.kyivpost.com/post/1",)


def test_a_document_a_person_owns_is_not_relayed_by_the_body_before(
    analyzer: Analyzer, tmp_path: Path
) -> None:
    """ "…, according to a statement from his office" after "Hezbollah's media office said
    …": the statement is the prime minister's, not something Hezbollah's office relayed."""
    path = tmp_path / "article.txt"
    path.write_text(
        "Hezbollah's media office said the building was residential.\n\nLebanese Prime"
        ' Minister Najib Mikati called the strike "a flagrant violation" of international law,'
        " according to a statement from his office.",
        encoding="utf-8",
    )
    report = analyzer.analyze(str(path))
    claim = claim_about(report, "flagrant violation")
    assert claim.via is None
    assert source_of(report, claim).via is None


def test_cite_par_le_monde_makes_le_monde_the_relay(french: Report) -> None:
    """ "…, a affirmé le ministre de la Défense, cité par Le Monde": the minister said it,
    Le Monde relayed it, and Le Monde's link backs the claim."""
    claim = claim_about(french, "sous contrôle")
    le_monde = source_named(french, "Le Monde")
    assert "ministre" in source_of(french, claim).name
    assert claim.via == le_monde.id
    assert le_monde.type is SourceType.MEDIA
    assert claim.link == "https://www.lemonde.fr/international/article"


@pytest.mark.parametrize(
    ("fixture", "words"),
    [("english", "reopen within a week"), ("french", "opération aurait échoué")],
)
def test_a_claim_backed_only_by_an_unnamed_source_is_marked(
    request: pytest.FixtureRequest, fixture: str, words: str
) -> None:
    """A claim resting on nothing but "a source familiar with the talks" says so, and the
    summary counts it; claims with a link or a named source do not."""
    report: Report = request.getfixturevalue(fixture)
    claim = claim_about(report, words)
    assert ANONYMOUS_ONLY in claim.warnings
    marked = [c.id for c in report.claims if ANONYMOUS_ONLY in c.warnings]
    assert marked == [claim.id]
    assert report.summary.anonymous_only == 1


@pytest.mark.parametrize("fixture", ["english", "french"])
def test_the_summary_counts_linked_and_unlinked_claims(
    request: pytest.FixtureRequest, fixture: str
) -> None:
    """Linked counts claims with a link; unlinked counts the attributed ones without."""
    report: Report = request.getfixturevalue(fixture)
    attributed = [c for c in report.claims if c.source is not None]
    assert report.summary.linked == sum(c.link is not None for c in report.claims) >= 2
    assert report.summary.unlinked == sum(c.link is None for c in attributed) >= 2


def test_a_link_over_the_source_backs_the_claim(english: Report) -> None:
    """ "according to <a>a statement</a>": the link covers the source itself."""
    claim = claim_about(english, "terminal was safe")
    assert claim.link == "https://port.example/statement"
    assert "https://port.example/statement" in source_of(english, claim).links


def test_an_unlinked_claim_gets_no_link_from_another_sentence(english: Report) -> None:
    """Jane Doe's quote has no link in its sentence, so none of the article's links back it."""
    assert claim_about(english, "pay cut").link is None


@pytest.mark.parametrize(
    ("fixture", "words", "modified"),
    [("english", "pay cut", "2024-12-03"), ("french", "laisserons jamais", "2024-12-02")],
)
def test_a_may_2023_statement_is_recycled_and_dates_are_kept_apart(
    request: pytest.FixtureRequest, fixture: str, words: str, modified: str
) -> None:
    """A statement made in May 2023, in an article published on 1 December 2024, is recycled;
    the published and modified dates are both kept, each in its own field."""
    report: Report = request.getfixturevalue(fixture)
    assert report.article is not None
    dates = (report.article.published, report.article.modified)
    assert dates == (PartialDate(2024, 12, 1), PartialDate.parse(modified))
    old = claim_about(report, words)
    assert old.statement_date == PartialDate(2023, 5)
    assert any(w.startswith("recycled: statement dated 2023-05") for w in old.warnings)
    recent = [c for c in report.claims if c is not old]
    assert not any(w.startswith("recycled") for c in recent for w in c.warnings)
    assert report.summary.recycled == 1


def test_every_human_format_shows_the_way_a_relayed_source_came(english: Report) -> None:
    """The chain is computed once, in provenance, and every renderer shows it."""
    import io

    from rich.console import Console

    from claimcheck.report import render_html, render_markdown, render_text

    financial_times = source_named(english, "Financial Times")
    bloomberg = source_named(english, "Bloomberg News")
    assert financial_times.chain == (bloomberg.id,)
    markdown_row = next(
        line for line in render_markdown(english).splitlines() if "**Financial Times**" in line
    )
    assert markdown_row.rstrip(" |").endswith("Bloomberg News")
    terminal = io.StringIO()
    render_text(english, Console(file=terminal, width=160))
    text_row = next(line for line in terminal.getvalue().splitlines() if "Financial Times" in line)
    assert text_row.rstrip().endswith("Bloomberg News")
    assert "<b>Financial Times</b> → <b>Bloomberg News</b> → this article" in render_html([english])


@pytest.mark.parametrize(
    ("sentence", "relay"),
    [
        ('"We are close," Sam Altman told The Verge on Monday.', "The Verge"),
        ('"We fought," Mikel Arteta told The Athletic after the match.', "The Athletic"),
        ('"We disagree," Jane Doe told the Heritage Foundation on Monday.', None),
    ],
    ids=["the-verge", "the-athletic", "not-a-title"],
)
def test_told_a_name_written_with_its_article_relays_through_an_outlet(
    analyzer: Analyzer, tmp_path: Path, sentence: str, relay: str | None
) -> None:
    """A name that keeps a capitalised "The" inside a sentence is a title: the outlet the
    words were told to relays them, whether or not the lexicon knows it."""
    path = tmp_path / "told.txt"
    path.write_text(sentence + "\n", encoding="utf-8")
    report = analyzer.analyze(str(path))
    claim = report.claims[0]
    via = relay_of(report, claim)
    if relay is None:
        assert via is None
    else:
        assert via is not None and (via.name, via.type) == (relay, SourceType.MEDIA)


@pytest.mark.parametrize(
    ("sentence", "relays"),
    [
        (
            "Rashford, who scored twice, told BBC Sport he was delighted, while his manager "
            "said the win was deserved.",
            {"he was delighted": "BBC Sport", "the win was deserved": None},
        ),
        (
            "Un responsable israélien, cité par Le Figaro, a affirmé que l'opération continuerait.",
            {"que l'opération continuerait": "Le Figaro"},
        ),
    ],
    ids=["one-speaker-of-two", "cite-par-aside"],
)
def test_a_relay_goes_with_the_cue_nearest_it(
    analyzer: Analyzer, tmp_path: Path, sentence: str, relays: dict[str, str | None]
) -> None:
    """ "X told BBC Sport …, while his manager said …": the manager's words did not go
    through BBC Sport; the relay is the claim's whose cue stands next to it."""
    path = tmp_path / "relay.txt"
    path.write_text(sentence + "\n", encoding="utf-8")
    report = analyzer.analyze(str(path))
    for words, relay in relays.items():
        claim = claim_about(report, words)
        via = next((s.name for s in report.sources if s.id == claim.via), None)
        assert via == relay, words


@pytest.mark.parametrize(
    ("sentence", "speaker", "relay"),
    [
        (
            "The Boston Globe quoted a senior aide as saying that the governor was furious.",
            "a senior aide",
            "Boston Globe",
        ),
        (
            "CNN quoted a witness as saying he saw one man in the truck.",
            "a witness",
            "CNN",
        ),
        (
            "The aide was quoted as saying that the governor was furious.",
            "The aide",
            None,
        ),
    ],
    ids=["paper-quoted-an-aide", "network-quoted-a-witness", "guard-no-one-named"],
)
def test_who_quoted_a_speaker_relays_the_words(
    analyzer: Analyzer, tmp_path: Path, sentence: str, speaker: str, relay: str | None
) -> None:
    """ "CNN quoted a witness as saying …": the witness said it, and CNN passed it on."""
    path = tmp_path / "quoted.txt"
    path.write_text(sentence + "\n", encoding="utf-8")
    report = analyzer.analyze(str(path))
    [claim] = [c for c in report.claims if c.source is not None]
    assert claim.source is not None and claim.source.text == speaker
    via = next((s.name for s in report.sources if s.id == claim.via), None)
    assert via == relay


def test_every_source_keeps_its_entry_and_its_own_id(analyzer: Analyzer, tmp_path: Path) -> None:
    """Two unresolved speakers ("she", "he") are two sources with the same empty name; both
    keep their entry, and a relay added after them takes an id of its own. The second entry
    was lost, and the relay took its id."""
    path = tmp_path / "unresolved.txt"
    path.write_text(
        "“We will sue the county,” she said.\n\n"
        "“We will win in court,” he said.\n\n"
        "The city will appeal the ruling, the mayor told Reuters.\n",
        encoding="utf-8",
    )
    report = analyzer.analyze(str(path))
    ids = [s.id for s in report.sources]
    assert len(ids) == len(set(ids))
    listed = [cid for s in report.sources for cid in s.claims]
    attributed = [c.id for c in report.claims if c.source is not None]
    assert sorted(listed) == sorted(attributed) and len(attributed) == 3
    appeal = claim_about(report, "appeal the ruling")
    assert next(s.name for s in report.sources if s.id == appeal.via) == "Reuters"


@pytest.mark.parametrize(
    ("sentence", "words", "relay"),
    [
        (
            "Marie Dupont est arrivée mardi. « Je suis très fière », a-t-elle confié au Parisien.",
            "Je suis très fière",
            "Le Parisien",
        ),
        (
            "Le maire a confié aux Echos que la ville était endettée.",
            "la ville était endettée",
            "Les Echos",
        ),
        (
            "Dans un entretien accordé au Figaro, le ministre de l'Intérieur estime que "
            "« l'immigration doit baisser ».",
            "l'immigration doit baisser",
            "Le Figaro",
        ),
        (
            "« Nous sommes prêts », a assuré lundi soir sur TF1 le chef de l'État.",
            "Nous sommes prêts",
            "TF1",
        ),
        (
            "Selon des sources citées par Reuters, la fusion pourrait être annoncée lundi.",
            "la fusion pourrait",
            "Reuters",
        ),
        (
            "The merger could be announced Monday, according to sources cited by Reuters.",
            "The merger could",
            "Reuters",
        ),
    ],
    ids=[
        "confie-au",
        "confie-aux",
        "entretien-accorde-au",
        "sur-tf1",
        "sources-citees-par",
        "sources-cited-by",
    ],
)
def test_a_relay_is_found_after_a_fused_article_and_inside_the_source_s_phrase(
    analyzer: Analyzer, tmp_path: Path, sentence: str, words: str, relay: str
) -> None:
    """ "a-t-elle confié au Parisien": "au" is "à" and "le", and the outlet keeps its article
    ("Le Parisien", as "selon Le Parisien" names it). "des sources citées par Reuters": the
    sources are anonymous and Reuters passed their words on, though it is named inside the
    source's own phrase."""
    path = tmp_path / "relay.txt"
    path.write_text(sentence + "\n", encoding="utf-8")
    report = analyzer.analyze(str(path))
    claim = claim_about(report, words)
    via = relay_of(report, claim)
    assert via is not None and (via.name, via.type) == (relay, SourceType.MEDIA)


@pytest.mark.parametrize(
    ("sentence", "words", "relay"),
    [
        (
            "« C'est une décision lourde », reconnaît auprès de l'AFP une source gouvernementale.",
            "une décision lourde",
            "AFP",
        ),
        (
            "Le maire a confié auprès du Parisien que la ville était endettée.",
            "la ville était endettée",
            "Le Parisien",
        ),
        ("Il a confié auprès de ses proches qu'il était épuisé.", "il était épuisé", None),
        (
            "Invité de France Inter, le ministre a assuré que les impôts n'augmenteraient pas.",
            "les impôts",
            "France Inter",
        ),
        (
            "« Je ne démissionnerai pas », a-t-il assuré à nos confrères du Parisien.",
            "démissionnerai",
            "Le Parisien",
        ),
        (
            "« Je ne démissionnerai pas », a dit le ministre, arrivé à Matignon.",
            "démissionnerai",
            None,
        ),
    ],
    ids=[
        "aupres-de-afp",
        "aupres-du-parisien",
        "aupres-de-ses-proches",
        "invite-de",
        "a-nos-confreres-du",
        "a-a-place",
    ],
)
def test_a_french_relay_after_a_aupres_de_or_invite_de_is_an_outlet(
    analyzer: Analyzer, tmp_path: Path, sentence: str, words: str, relay: str | None
) -> None:
    """ "a confié auprès de l'AFP" and "a assuré à nos confrères du Parisien" are how French
    copy says "told AFP", "told Le Parisien", and "Invité de France Inter, le ministre a
    assuré" names the station he said it on; "auprès de ses proches" names listeners, and
    "arrivé à Matignon" a place, which pass nothing on to the article."""
    path = tmp_path / "relay.txt"
    path.write_text(sentence + "\n", encoding="utf-8")
    report = analyzer.analyze(str(path))
    claim = claim_about(report, words)
    via = relay_of(report, claim)
    assert (via.name if via else None) == relay


@pytest.mark.parametrize(
    "sentence",
    [
        "Sophie Binet a déclaré à franceinfo que la grève continuerait jusqu'à dimanche.",
        "« La grève continuera jusqu'à dimanche », a déclaré à franceinfo Fabien Villedieu.",
    ],
    ids=["a-declare-a-franceinfo", "a-franceinfo-before-the-speaker"],
)
def test_an_outlet_written_in_lowercase_is_the_relay(
    analyzer: Analyzer, tmp_path: Path, sentence: str
) -> None:
    """ "a déclaré à franceinfo" passed the words on through no one: the relay's name had to
    open with a capital, and "franceinfo" does not. Before the speaker's name, the outlet's
    name ran on into it ("franceinfo Fabien Villedieu")."""
    path = tmp_path / "relay.txt"
    path.write_text(sentence + "\n", encoding="utf-8")
    report = analyzer.analyze(str(path))
    claim = claim_about(report, "dimanche")
    via = relay_of(report, claim)
    assert via is not None
    assert (via.name, via.type) == ("franceinfo", SourceType.MEDIA)
    assert source_of(report, claim).name in ("Sophie Binet", "Fabien Villedieu")


@pytest.mark.parametrize(
    ("sentence", "speaker", "relay"),
    [
        (
            "« La grève continuera jusqu'à dimanche », a déclaré au Parisien Fabien Villedieu, "
            "délégué syndical.",
            "Fabien Villedieu",
            "Le Parisien",
        ),
        (
            "« Nous restons très vigilants jusqu'à dimanche », explique au Monde Christelle "
            "Ratignier-Carbonneil, directrice générale de l'agence.",
            "Christelle Ratignier-Carbonneil",
            "Le Monde",
        ),
    ],
    ids=["au-parisien-then-the-speaker", "au-monde-then-the-speaker"],
)
def test_the_outlet_told_before_the_speaker_s_name_is_the_relay(
    analyzer: Analyzer, tmp_path: Path, sentence: str, speaker: str, relay: str
) -> None:
    """ "…, a déclaré au Parisien Fabien Villedieu" was no claim at all (the first name tagged a
    noun hid the speaker behind the outlet), and "…, explique au Monde Christelle …" had no
    relay: the outlet's name ran on into the speaker's."""
    path = tmp_path / "relay.txt"
    path.write_text(sentence + "\n", encoding="utf-8")
    report = analyzer.analyze(str(path))
    claim = claim_about(report, "dimanche")
    via = relay_of(report, claim)
    assert source_of(report, claim).name == speaker
    assert (via.name if via else None, via.type if via else None) == (relay, SourceType.MEDIA)


@pytest.mark.parametrize(
    ("sentence", "words", "name"),
    [
        (
            "D'après une source proche du dossier citée par l'AFP, le suspect a avoué.",
            "le suspect a avoué",
            "source proche du dossier",
        ),
        (
            "The merger could be announced Monday, according to sources cited by Reuters.",
            "The merger could",
            "sources",
        ),
        (
            "Une source proche du dossier citée par l'AFP affirme que le suspect a avoué.",
            "le suspect a avoué",
            "source proche du dossier",
        ),
        (
            "Une source proche du dossier citée par l'AFP a affirmé que le suspect avait avoué.",
            "le suspect avait avoué",
            "source proche du dossier",
        ),
        (
            "A source close to the investigation cited by Reuters said the suspect confessed.",
            "the suspect confessed",
            "source close to the investigation",
        ),
    ],
    ids=[
        "citee-par",
        "cited-by",
        "citee-par-subject",
        "citee-par-subject-compound",
        "cited-by-subject",
    ],
)
def test_an_unnamed_source_s_name_leaves_its_relay_out(
    analyzer: Analyzer, tmp_path: Path, sentence: str, words: str, name: str
) -> None:
    """ "une source proche du dossier citée par l'AFP" was named with its relay phrase, though
    the AFP is the claim's via; the name is who spoke. As a subject ("… citée par l'AFP
    affirme que …") the relay phrase was read as a cue like "selon", and the AFP said
    "affirme que …"."""
    path = tmp_path / "relay.txt"
    path.write_text(sentence + "\n", encoding="utf-8")
    report = analyzer.analyze(str(path))
    claim = claim_about(report, words)
    source = next(s for s in report.sources if claim.id in s.claims)
    via = next(s for s in report.sources if s.id == claim.via)
    assert claim.source is not None and claim.source.name == name
    assert (source.name, source.type, via.type) == (name, SourceType.ANONYMOUS, SourceType.MEDIA)


@pytest.mark.parametrize(
    ("sentence", "content", "relay"),
    [
        (
            "Le ministère des Armées a confirmé l'information à l'AFP.",
            "l'information",
            "AFP",
        ),
        ("Le ministre a annoncé sa démission sur BFMTV.", "sa démission", "BFMTV"),
        ("Le maire a appelé les habitants à la prudence.", "les habitants à la prudence", None),
    ],
    ids=["a-l-afp", "sur-bfmtv", "a-before-a-noun-is-no-relay"],
)
def test_an_outlet_the_words_were_given_to_ends_the_object(
    analyzer: Analyzer, tmp_path: Path, sentence: str, content: str, relay: str | None
) -> None:
    """ "a confirmé l'information à l'AFP" reported "l'information à l'AFP", with no relay:
    the parser hangs the outlet on the object. "à la prudence" completes the object."""
    path = tmp_path / "object.txt"
    path.write_text(sentence + "\n", encoding="utf-8")
    report = analyzer.analyze(str(path))
    [claim] = [c for c in report.claims if c.source is not None]
    via = next((s.name for s in report.sources if s.id == claim.via), None)
    assert (claim.content.text, via) == (content, relay)


@pytest.mark.parametrize(
    ("sentence", "source", "cue", "content"),
    [
        (
            "Reuters reported, citing two sources, that the deal was off.",
            "Reuters",
            "reported",
            "that the deal was off",
        ),
        (
            "The agency said, quoting a spokesman, that talks had failed.",
            "The agency",
            "said",
            "that talks had failed",
        ),
        (
            "The senator told reporters, pointing to the polls, that he would win.",
            "The senator",
            "told",
            "that he would win",
        ),
    ],
    ids=["clause-hung-on-citing", "aside-inside-the-clause", "aside-that-is-a-cue"],
)
def test_a_participle_aside_before_that_leaves_the_clause_to_the_verb(
    analyzer: Analyzer, tmp_path: Path, sentence: str, source: str, cue: str, content: str
) -> None:
    """ "reported, citing two sources, that …": the parser hangs the that-clause on the
    participle or the participle on the clause. The first made no claim at all, the second
    put the aside into what was said, and "pointing to" took the senator's words."""
    path = tmp_path / "aside.txt"
    path.write_text(sentence + "\n", encoding="utf-8")
    report = analyzer.analyze(str(path))
    [claim] = report.claims
    assert claim.source is not None and claim.cue is not None
    assert (claim.source.text, claim.cue.text, claim.content.text) == (source, cue, content)


def test_saying_keeps_its_clause_past_an_adverb_set_off_by_commas(
    analyzer: Analyzer, tmp_path: Path
) -> None:
    """Guard: in "…, saying, apparently for the first time, that …" the clause is what
    "saying" reports, not the verb before it ("talked")."""
    path = tmp_path / "saying.txt"
    path.write_text(
        "He talked more about policy, saying, apparently for the first time, that he would "
        "consider sending troops.\n",
        encoding="utf-8",
    )
    report = analyzer.analyze(str(path))
    claim = claim_about(report, "sending troops")
    assert claim.cue is not None and claim.cue.text == "saying"


@pytest.mark.parametrize(
    ("sentence", "origin", "kind"),
    [
        (
            "Reuters reported, citing two sources, that the deal was off.",
            "two sources",
            SourceType.ANONYMOUS,
        ),
        (
            "The strike was an escalation, TASS reported, citing the Russian defence ministry.",
            "Russian defence ministry",
            SourceType.GOVERNMENT,
        ),
        (
            "The plan is dead, CNN reported, citing Pentagon officials.",
            "Pentagon officials",
            SourceType.ANONYMOUS,
        ),
        (
            "Le bilan s'est alourdi, a rapporté le Kyiv Post, citant le ministère russe de la "
            "Défense.",
            "ministère russe de la Défense",
            SourceType.GOVERNMENT,
        ),
    ],
    ids=["two-sources", "defence-ministry", "pentagon-officials", "ministere-russe"],
)
def test_a_cited_body_or_unnamed_group_is_the_origin_whole(
    analyzer: Analyzer, tmp_path: Path, sentence: str, origin: str, kind: SourceType
) -> None:
    """ "citing the Russian defence ministry" was the origin "Russian", of no known type, and
    "citing Pentagon officials" the origin "Pentagon": the cited phrase is the origin, typed
    by its nouns, and the outlet passed its words on."""
    path = tmp_path / "citing.txt"
    path.write_text(sentence + "\n", encoding="utf-8")
    report = analyzer.analyze(str(path))
    [claim] = report.claims
    cited = source_named(report, origin)
    assert cited.type is kind
    assert cited.via == source_of(report, claim).id


def test_a_quotation_split_by_its_frame_keeps_the_outlet_it_was_told_to(
    analyzer: Analyzer, tmp_path: Path
) -> None:
    """ "“…,” she told The Associated Press. “…”": the two pieces are one content, frame and
    all, and a relay phrase inside the content was taken for quoted words; the frame's own
    "told The Associated Press" is the relay. Words quoted after the frame are not."""
    path = tmp_path / "split.txt"
    path.write_text(
        '"I don\'t think anyone expected this," she told The Associated Press. "We will '
        'rebuild."\n\n'
        '"We will win," he said. "I told Reuters so last week."\n',
        encoding="utf-8",
    )
    report = analyzer.analyze(str(path))
    told = claim_about(report, "rebuild")
    via = relay_of(report, told)
    assert via is not None and (via.name, via.type) == ("The Associated Press", SourceType.MEDIA)
    assert claim_about(report, "We will win").via is None


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        (
            "« Nous ne céderons pas », a déclaré la ministre des Armées au micro d'Europe 1.",
            "Europe 1",
        ),
        (
            "« Nous tiendrons », a assuré le Premier ministre sur le plateau de France 24.",
            "France 24",
        ),
        ("« Nous tiendrons », a assuré le Premier ministre au micro de RTL.", "RTL"),
        (
            "« Il faut arrêter », a lâché le capitaine Yannick Bamba au micro de France Bleu "
            "Berry.",
            "France Bleu Berry",
        ),
        (
            "« On méritait mieux », regrettait le capitaine Kevin Danso au micro de Canal+.",
            "Canal+",
        ),
        (
            "Un porte-parole militaire, cité par le Times of Israel, a affirmé que des mesures "
            "avaient été prises.",
            "Times of Israel",
        ),
    ],
    ids=["europe-1", "france-24", "rtl", "regional-edition", "canal-plus", "times-of-israel"],
)
def test_an_outlet_named_with_a_number_a_sign_or_english_words_is_the_relay_whole(
    analyzer: Analyzer, tmp_path: Path, sentence: str, outlet: str
) -> None:
    """ "au micro d'Europe 1": the name after the relay phrase stopped at the number, and
    "Europe" alone is no outlet, so the words went through nobody; the lexicon knew no
    "Canal+"; the French name links no "of" ("le Times of Israel" relayed through "Times");
    a regional edition ("France Bleu Berry") is its outlet's."""
    path = tmp_path / "antenne.txt"
    path.write_text(sentence + "\n", encoding="utf-8")
    report = analyzer.analyze(str(path))
    [claim] = report.claims
    via = relay_of(report, claim)
    assert via is not None and (via.name, via.type) == (outlet, SourceType.MEDIA)


def test_an_interview_answer_is_not_relayed_by_the_question_before_it(
    analyzer: Analyzer, tmp_path: Path
) -> None:
    """ "Whitford: In 2004 you told Der Spiegel that …? / Brandauer: I still believe it.": the
    outlet of an old quotation the journalist brings up is no relay of the answer, whose
    speaker the introduction named paragraphs before; the split quotation's own "told CNN"
    still relays its words."""
    page = tmp_path / "interview.en.txt"
    page.write_text(
        "The Austrian photographer Ilse Brandauer has put down her camera. She talked to Sam "
        "Whitford.\n\nSam Whitford: You announced last month that you were retiring. Why now?"
        "\n\nIlse Brandauer: I turned 61 in March, and I realised I was slower on my feet.\n\n"
        "Whitford: In 2004 you told Der Spiegel that every picture is a theft. Do you still "
        "believe that?\n\nBrandauer: I still believe it. You take something from a person.\n\n"
        'Mr. Smith spoke on Monday. "We will rebuild," he told CNN. "It will take years."\n',
        encoding="utf-8",
    )
    report = analyzer.analyze(str(page))
    assert relay_of(report, claim_about(report, "I still believe it")) is None
    relay = relay_of(report, claim_about(report, "We will rebuild"))
    assert relay is not None and relay.name == "CNN"


@pytest.mark.parametrize(
    ("language", "text", "relay"),
    [
        (
            "en",
            "Kremlin spokesman Dmitry Peskov told the state news agency RIA Novosti that "
            "contacts were continuing.",
            "RIA Novosti",
        ),
        (
            "fr",
            "Le porte-parole a déclaré à l'agence de presse officielle IRNA que les "
            "discussions continuaient.",
            "IRNA",
        ),
        (
            "fr",
            "Le porte-parole a déclaré à l'agence IRNA que les discussions continuaient.",
            "IRNA",
        ),
    ],
    ids=["state-news-agency", "agence-de-presse-officielle", "l-agence"],
)
def test_the_kind_of_outlet_told_stands_between_the_verb_and_its_name(
    analyzer: Analyzer, tmp_path: Path, language: str, text: str, relay: str
) -> None:
    """ "told the state news agency RIA Novosti" and "a déclaré à l'agence IRNA" gave the
    claim no relay: only single filler words ("the", "agency") could stand between the relay
    phrase and the outlet's name, and "l'agence" was no filler with its article."""
    path = tmp_path / f"article.{language}.txt"
    path.write_text(text + "\n", encoding="utf-8")
    report = analyzer.analyze(str(path))
    claim = report.claims[0]
    found = relay_of(report, claim)
    assert found is not None and found.name == relay


# -- an outlet that reports a statement whole, speaker and all ---------------------------------


@pytest.mark.parametrize(
    ("language", "text", "words", "speaker", "relay"),
    [
        (
            "en",
            "Zelensky said on Tuesday that his troops had retaken the city, the Kyiv "
            "Independent reported.",
            "troops had retaken",
            "Zelensky",
            "Kyiv Independent",
        ),
        (
            "en",
            "The Washington Post reported that the senator told donors she would not run again.",
            "would not run again",
            "the senator",
            "Washington Post",
        ),
        (
            "en",
            '"We will hold the line," Zelensky said on Tuesday, the Kyiv Independent reported.',
            "hold the line",
            "Zelensky",
            "Kyiv Independent",
        ),
        (
            "fr",
            "Le ministère a affirmé que la ville était reprise, a rapporté l'agence Ria Novosti.",
            "la ville était reprise",
            "Le ministère",
            "Ria Novosti",
        ),
        (
            "en",
            "According to the Kyiv Independent, Zelensky said his troops had retaken the city.",
            "troops had retaken",
            "Zelensky",
            "Kyiv Independent",
        ),
        (
            "fr",
            "Selon Le Parisien, le ministre a assuré que la réforme serait votée.",
            "la réforme serait votée",
            "le ministre",
            "Le Parisien",
        ),
        (
            "fr",
            "Le ministre a affirmé que les troupes avaient repris la ville, rapporte Le Parisien.",
            "avaient repris la ville",
            "Le ministre",
            "Le Parisien",
        ),
        (
            "fr",
            "Le ministre a affirmé mardi que la ville était reprise, selon Le Parisien.",
            "la ville était reprise",
            "Le ministre",
            "Le Parisien",
        ),
        (
            "en",
            "The minister said on Tuesday the troops had retaken the city, according to the Kyiv "
            "Independent.",
            "troops had retaken",
            "The minister",
            "Kyiv Independent",
        ),
    ],
    ids=[
        "reported-after",
        "reported-that",
        "quotation",
        "a-rapporte",
        "according-to",
        "selon",
        "rapporte-in-the-present",
        "selon-after",
        "according-to-after",
    ],
)
def test_an_outlet_reporting_a_statement_whole_relays_the_speakers_words(
    analyzer: Analyzer,
    tmp_path: Path,
    language: str,
    text: str,
    words: str,
    speaker: str,
    relay: str,
) -> None:
    """ "Zelensky said …, the Kyiv Independent reported", "According to the Kyiv Independent,
    Zelensky said …": the outlet reports Zelensky's statement, and Zelensky's statement is a
    claim of its own, relayed through the outlet. Only the outlet's claim was found, and the
    speaker was not among the sources. The outlet's phrase at the end (", rapporte Le
    Parisien", ", selon Le Parisien") is not part of what the speaker said: the parse may hang
    it on the speaker's clause, and the speaker's statement was lost with it."""
    path = tmp_path / f"article.{language}.txt"
    path.write_text(text + "\n", encoding="utf-8")
    report = analyzer.analyze(str(path))
    [outlets_report, statement] = sorted(report.claims, key=lambda c: len(c.content.text))[::-1]
    assert words in statement.content.text and speaker in outlets_report.content.text
    assert statement.source is not None and statement.source.text == speaker
    found = relay_of(report, statement)
    assert found is not None and (found.name, found.type) == (relay, SourceType.MEDIA)
    assert source_of(report, outlets_report) == found and outlets_report.via is None


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        (
            "Le Parisien rapporte que le ministre a assuré que la réforme serait votée.",
            (False, False),
        ),
        (
            "Le ministère aurait affirmé que la ville était reprise, a rapporté l'agence Ria "
            "Novosti.",
            (True, True),
        ),
    ],
    ids=["the-speaker-s-future-in-the-past", "a-conditional-cue"],
)
def test_a_relayed_statement_s_tense_is_the_speaker_s(
    analyzer: Analyzer, tmp_path: Path, text: str, hedged: tuple[bool, bool]
) -> None:
    """ "Le Parisien rapporte que le ministre a assuré que la réforme serait votée": "serait"
    follows the minister's "a assuré", and hedges neither the minister's statement nor the
    outlet's report of it (the report was hedged); "aurait affirmé" hedges both."""
    path = tmp_path / "article.fr.txt"
    path.write_text(text + "\n", encoding="utf-8")
    report = analyzer.analyze(str(path))
    [outlets_report, statement] = sorted(report.claims, key=lambda c: len(c.content.text))[::-1]
    assert (outlets_report.hedged, statement.hedged) == hedged


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The mayor said the council told him the budget was final.",
            "budget was final",
            "The mayor",
        ),
        (
            "CNN reported that the senator, who said she was tired, left the chamber early.",
            "left the chamber early",
            "CNN",
        ),
        (
            "Ruth Marcus of The Washington Post wrote that the senator told her the bill was dead.",
            "bill was dead",
            "Ruth Marcus of The Washington Post",
        ),
        (
            "The Associated Press reported that, according to an analysis of her calendar, most "
            "of her meetings were with donors.",
            "meetings were with donors",
            "The Associated Press",
        ),
        (
            "A Washington Post poll found that most voters said the bill was dead.",
            "bill was dead",
            "A Washington Post poll",
        ),
        (
            "The magazine said the cookie poll winner has correctly predicted the White House "
            "winner in five of six elections.",
            "five of six elections",
            "The magazine",
        ),
    ],
    ids=[
        "a-person-reports-a-statement",
        "a-statement-inside-the-outlet-s-report",
        "a-writer-of-an-outlet",
        "the-outlet-s-own-analysis",
        "an-outlet-s-poll",
        "no-speaker-inside",
    ],
)
def test_only_an_outlet_s_report_of_a_whole_statement_passes_the_words_on(
    analyzer: Analyzer, tmp_path: Path, text: str, words: str, speaker: str
) -> None:
    """Guards: a person who reports what others told them says it too, and so does a writer
    named with the outlet; an outlet whose report holds a statement among other things ("the
    senator, who said …, left") says all of it, and so does one that reports its own analysis;
    a poll's finding is the poll's; and "the cookie poll winner has predicted" names no
    speaker."""
    path = tmp_path / "article.en.txt"
    path.write_text(text + "\n", encoding="utf-8")
    report = analyzer.analyze(str(path))
    [claim] = report.claims
    assert words in claim.content.text
    assert claim.source is not None and claim.source.text == speaker
    assert relay_of(report, claim) is None


@pytest.mark.parametrize(
    ("language", "text", "speaker", "relay"),
    [
        (
            "en",
            "“We will not back down,” the senator said, the Kyiv Independent reported. “This "
            "is our fight.”",
            "the senator",
            "Kyiv Independent",
        ),
        (
            "en",
            "“We will not back down,” the senator said, the Kyiv Independent reported.\n\n"
            "“This is our fight.”",
            "the senator",
            "Kyiv Independent",
        ),
        (
            "fr",
            "« Nous ne reculerons pas », a déclaré le ministre, rapporte Le Parisien. « C'est "
            "notre combat. »",
            "le ministre",
            "Le Parisien",
        ),
        (
            "fr",
            "« Nous ne reculerons pas », a déclaré le ministre, selon Le Parisien.\n\n"
            "« C'est notre combat. »",
            "le ministre",
            "Le Parisien",
        ),
    ],
    ids=["reported-same-paragraph", "reported-next-paragraph", "rapporte", "selon"],
)
def test_a_quotation_after_a_relayed_one_goes_on_with_the_speaker(
    analyzer: Analyzer, tmp_path: Path, language: str, text: str, speaker: str, relay: str
) -> None:
    """ "“…,” the senator said, the Kyiv Independent reported. “…”": the second quotation goes
    on with the senator's words, which came through the same outlet. It was given to the
    outlet, as if the Kyiv Independent had said "This is our fight"."""
    path = tmp_path / f"article.{language}.txt"
    path.write_text(text + "\n", encoding="utf-8")
    report = analyzer.analyze(str(path))
    claim = claim_about(report, "our fight" if language == "en" else "notre combat")
    assert claim.source is not None and claim.source.text == speaker
    found = relay_of(report, claim)
    assert found is not None and (found.name, found.type) == (relay, SourceType.MEDIA)
