"""Dates in the pipeline: partial dates as values, and an undated article dating itself by a
weekday and a day ("dimanche 1er décembre")."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from claimcheck import Analyzer, AnalyzerOptions, provenance
from claimcheck.models import (
    Article,
    Claim,
    ClaimKind,
    Cue,
    PartialDate,
    SourceMention,
    SourceType,
    Span,
)
from claimcheck.nlp.dates import dated_mention
from claimcheck.nlp.lexicon import load_lexicon


@pytest.mark.parametrize(
    ("language", "text", "day", "phrase"),
    [
        (
            "fr",
            "Dans une interview en mai 2023, il parlait. Dimanche 1er décembre, ils ont affirmé.",
            date(2024, 12, 1),
            "Dimanche 1er décembre",
        ),
        (
            "en",
            "He spoke in 2019. On Sunday, December 1, officials said so.",
            date(2019, 12, 1),
            "Sunday, December 1",
        ),
        (
            "en",
            "In May 2021 she said it. Late on Tuesday 3 March, they left.",
            date(2026, 3, 3),
            "Tuesday 3 March",
        ),
    ],
)
def test_a_weekday_and_a_day_fix_the_year_from_the_latest_year_written(
    language: str, text: str, day: date, phrase: str
) -> None:
    """The first year, from the latest one the text writes out, where the day has that weekday."""
    found = dated_mention(text, load_lexicon(language))
    assert found is not None
    assert (found.day, found.phrase) == (day, phrase)


def test_the_latest_of_several_named_days_counts() -> None:
    text = "En 2024, lundi 25 novembre, ils sont partis. Dimanche 1er décembre, ils sont revenus."
    found = dated_mention(text, load_lexicon("fr"))
    assert found is not None and found.day == date(2024, 12, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Dimanche 1er décembre, des sources ont affirmé.",  # no year written: it repeats
        "D'ici 2090, dimanche 1er décembre, ils partiront.",  # a plan, not the article's date
        "Le 1er décembre 2023, ils ont affirmé.",  # no weekday to fix a year by
    ],
)
def test_nothing_dates_an_article_without_a_weekday_and_a_written_year(text: str) -> None:
    assert dated_mention(text, load_lexicon("fr")) is None


TEXT = "En mai 2023, Budanov avait déclaré qu'ils continueraient. Dimanche 1er décembre, rien."


def budanov(date_said: str) -> Claim:
    def span(words: str) -> Span:
        start = TEXT.index(words)
        return Span(words, start, start + len(words))

    source = span("Budanov")
    cue = span("avait déclaré")
    return Claim(
        id="c1",
        kind=ClaimKind.INDIRECT,
        content=span("qu'ils continueraient"),
        source=SourceMention(source.text, source.start, source.end, "Budanov", SourceType.PERSON),
        cue=Cue(cue.text, cue.start, cue.end, lemma="déclarer"),
        statement_date=PartialDate.parse(date_said),
    )


def test_an_undated_article_flags_a_statement_older_than_the_day_it_names() -> None:
    """The founding article's case: a May 2023 statement in a text dated "dimanche 1er décembre"."""
    result = provenance.build(
        Article(TEXT, language="fr"), [budanov("2023-05")], load_lexicon("fr")
    )
    assert result.claims[0].warnings == (
        "recycled: statement dated 2023-05, article published on or after 2024-12-01 "
        "(it mentions “Dimanche 1er décembre”)",
    )
    assert result.summary.recycled == 1
    assert "published on 2024-12-01 or later" in result.warnings[0]


def test_a_statement_close_to_the_day_named_cannot_be_judged() -> None:
    """The article may be that day or much later: a statement of the same month is not flagged."""
    result = provenance.build(
        Article(TEXT, language="fr"), [budanov("2024-11")], load_lexicon("fr")
    )
    assert "cannot be told" in result.claims[0].warnings[0]
    assert result.summary.recycled == 0


@pytest.mark.parametrize(
    ("language", "text", "first", "second"),
    [
        (
            "en",
            "In a 2019 interview, the mayor said the plant was safe, and in March 2024 the "
            "governor said that the plant would close.",
            ("the plant was safe", "2019"),
            ("the plant would close", "2024-03"),
        ),
        (
            "fr",
            "En mai 2023, le ministre a déclaré que la réforme passerait, affirmant : « Nous "
            "tiendrons bon jusqu’au bout de ce combat. »",
            ("la réforme passerait", "2023-05"),
            ("Nous tiendrons bon", "2023-05"),
        ),
    ],
)
def test_a_statement_is_dated_by_its_own_clause(
    tmp_path: Path,
    language: str,
    text: str,
    first: tuple[str, str],
    second: tuple[str, str],
) -> None:
    """A date in another clause of the sentence dates another statement; a participle
    ("affirmant") is dated by the clause it hangs on."""
    path = tmp_path / "article.txt"
    path.write_text(text + "\n", encoding="utf-8")
    with Analyzer(AnalyzerOptions(language=language)) as analyzer:
        report = analyzer.analyze(str(path))
    dated = {c.content.text: c.statement_date for c in report.claims if c.source is not None}
    for words, day in (first, second):
        found = [date for content, date in dated.items() if words in content]
        assert found == [PartialDate.parse(day)], dated


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        (
            "fr",
            "En 2023, la présidente de la région, Carole Delga, avait déclaré au Parisien que la"
            " région ne financerait jamais ce projet.",
            "2023",
        ),
        (
            "en",
            "In 2023, Carole Delga had told Le Parisien that the region would never pay.",
            "2023",
        ),
        ("fr", "Carole Delga, élue en 2021, a déclaré que la région ne financerait rien.", None),
        (
            "en",
            "Carole Delga, who was elected in 2021, said that the region would never pay.",
            None,
        ),
    ],
    ids=["en-2023", "in-2023", "elue-en-2021", "elected-in-2021"],
)
def test_a_year_that_opens_the_clause_dates_the_statement(
    tmp_path: Path, language: str, text: str, day: str | None
) -> None:
    """ "En 2023, X avait déclaré …": a year alone dates the statement when the clause opens
    with it; a year inside the speaker's description ("élue en 2021") dates nothing said."""
    assert attributed_dates(tmp_path, language, text) == [PartialDate.parse(day) if day else None]


@pytest.mark.parametrize("written", ["2023", "2023-05", "2023-05-14"])
def test_a_partial_date_is_written_as_it_was_read(written: str) -> None:
    day = PartialDate.parse(written)
    assert day is not None and day.isoformat() == written


@pytest.mark.parametrize("written", ["", "May 2023", "2023-13", "2023-02-30", "23-05"])
def test_what_is_not_a_partial_iso_date_is_none(written: str) -> None:
    assert PartialDate.parse(written) is None


def test_partial_dates_sort_by_what_is_known_and_are_judged_by_their_last_day() -> None:
    may, may_14, year = PartialDate(2023, 5), PartialDate(2023, 5, 14), PartialDate(2022)
    assert sorted([may_14, may, year]) == [year, may, may_14]
    assert may < may_14 and may != PartialDate(2023, 5, 1)
    assert (may.latest(), year.latest(), may_14.latest()) == (
        date(2023, 5, 31),
        date(2022, 12, 31),
        date(2023, 5, 14),
    )
    assert may.exact is None and may_14.exact == date(2023, 5, 14)
    with pytest.raises(ValueError):
        PartialDate(2023, None, 14)


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        ("fr", "« Je ne me représenterai pas », déclarait le maire en 2023.", "2023"),
        ("en", "“I will not run again,” the mayor told the Gazette in 2023.", "2023"),
        ("fr", "Le maire a déclaré que les travaux commenceraient en 2026.", None),
        ("en", "“I will not run again,” said the mayor, elected in 2019.", None),
    ],
    ids=["fr-incise-en-2023", "en-told-in-2023", "fr-guard-content", "en-guard-participle"],
)
def test_a_year_on_the_verb_of_saying_dates_the_statement(
    tmp_path: Path, language: str, text: str, day: str | None
) -> None:
    """A quotation recycled from an old interview: "déclarait le maire en 2023" had no date,
    so the report could not call it recycled. A year in what was said, or in the speaker's
    description, dates nothing said."""
    assert attributed_dates(tmp_path, language, text) == [PartialDate.parse(day) if day else None]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Dans une interview accordée au Figaro en 2023, le président expliquait déjà que"
            " « cette réforme est indispensable ».",
            "2023",
        ),
        (
            "Dans une interview sur la réforme de 2023, le ministre a assuré que tout irait bien.",
            None,
        ),
    ],
    ids=["interview-accordee-en-2023", "guard-year-of-the-topic"],
)
def test_the_year_of_the_interview_dates_the_statement(
    tmp_path: Path, text: str, day: str | None
) -> None:
    """The quote recycled from a 2023 interview, as the mission puts it: "Dans une interview
    accordée au Figaro en 2023, X expliquait …" had no date (the year hangs on "accordée").
    The year of what the interview was about dates nothing."""
    assert attributed_dates(tmp_path, "fr", text) == [PartialDate.parse(day) if day else None]


def attributed_dates(tmp_path: Path, language: str, text: str) -> list[PartialDate | None]:
    """The statement date of each attributed claim of ``text``, read as a user's file."""
    path = tmp_path / "article.txt"
    path.write_text(text + "\n", encoding="utf-8")
    with Analyzer(AnalyzerOptions(language=language)) as analyzer:
        report = analyzer.analyze(str(path))
    return [c.statement_date for c in report.claims if c.source is not None]


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        (
            "en",
            "When Maria Santos first ran for the school board in 2019, she told the Chronicle "
            'she had "no interest whatsoever" in higher office.',
            "2019",
        ),
        (
            "fr",
            "Lorsqu'elle s'est présentée aux municipales en 2019, Marie Dupont avait assuré "
            "qu'elle ne briguerait « jamais » la mairie.",
            "2019",
        ),
        (
            "en",
            "When the factory closed in 2019, the mayor said on Tuesday that the town lost 400 "
            "jobs.",
            None,
        ),
    ],
    ids=["en-when-she-ran-in-2019", "fr-lorsqu-en-2019", "guard-said-on-tuesday"],
)
def test_a_year_in_a_clause_of_time_on_the_verb_dates_the_statement(
    tmp_path: Path, language: str, text: str, day: str | None
) -> None:
    """A profile's recycled quote: "When she first ran for the board in 2019, she told the
    Chronicle …" had no date, so nothing said it was five years old. A year in a clause of
    time on the verb of saying dates the words, unless the cue's clause says when they were
    said."""
    assert attributed_dates(tmp_path, language, text) == [PartialDate.parse(day) if day else None]
