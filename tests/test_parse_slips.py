"""Sentences the small parsers misread, and frames set inside the clause they report (issue 11,
fourteenth pass). Each case is a pattern of the language, written for this file; the guards say
what must not change."""

from __future__ import annotations

import pytest

from claimcheck.nlp.loading import ModelCache
from test_attribution_models import analyse, attributed, models, source_of, the_claim

__all__ = ["models"]  # the module-scoped model cache, shared with this module's tests


@pytest.mark.parametrize(
    ("language", "text", "speaker", "content"),
    [
        (
            "en",
            "Ms. Keller, aides said, will not run again next year.",
            "aides",
            "Ms. Keller, aides said, will not run again next year",
        ),
        (
            "en",
            "Like the first plan, Mr. Grant said, the second one was doomed.",
            "Mr. Grant",
            "Like the first plan, Mr. Grant said, the second one was doomed",
        ),
        (
            "en",
            "Safety, he said, matters more than speed.",
            "he",
            "Safety, he said, matters more than speed",
        ),
        (
            "fr",
            "La réforme, a-t-il dit, est enterrée pour de bon.",
            "-il",
            "La réforme, a-t-il dit, est enterrée pour de bon",
        ),
        (
            "en",
            "Anna Berg, a spokeswoman, said the budget would be cut.",
            "Anna Berg, a spokeswoman",
            "the budget would be cut",
        ),
        (
            "fr",
            "Le gouvernement a menti, a-t-il dit, et il le sait.",
            "-il",
            "Le gouvernement a menti",
        ),
    ],
    ids=[
        "name-before-frame",
        "guard-phrase-before-frame",
        "one-word-subject",
        "fr-incise",
        "guard-role",
        "fr-guard-clause",
    ],
)
def test_a_frame_inside_the_clause_it_reports(
    models: ModelCache, language: str, text: str, speaker: str, content: str
) -> None:
    """ "Ms. Keller, aides said, will not run": the words before the frame are the reported
    clause's subject, not the speaker's name, and the statement is the whole clause."""
    claim = the_claim(analyse(models, language, text))
    assert source_of(claim).text == speaker
    assert claim.content.text == content


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Trump predicts that the wall will be finished by the summer.",
            "Trump",
            "that the wall will be finished by the summer",
        ),
        (
            "A Gallup poll found last week that most voters back the plan.",
            "A Gallup poll",
            "that most voters back the plan",
        ),
        (
            "Three residents, who like others spoke on condition of anonymity, said the water "
            "smelled of fuel.",
            "Three residents, who like others spoke on condition of anonymity",
            "the water smelled of fuel",
        ),
        (
            "Large majorities of voters going to the polls on Tuesday said they backed the "
            "measure.",
            "Large majorities of voters",
            "they backed the measure",
        ),
        (
            "On Monday in Denver, while campaigning for his wife Hillary Clinton, former "
            "president Bill Clinton said she was ready to lead.",
            "former president Bill Clinton",
            "she was ready to lead",
        ),
    ],
    ids=[
        "verb-read-as-plural-noun",
        "verb-read-as-participle",
        "counted-subject-and-aside",
        "participle-read-as-subject",
        "name-hung-on-another-name",
    ],
)
def test_a_misparsed_report_keeps_its_speaker(
    models: ModelCache, text: str, speaker: str, content: str
) -> None:
    """The parse of each sentence is wrong in a way the rules can see: a verb tagged as a noun
    or a participle with no other verb in its sentence, a subject hung elsewhere."""
    claim = the_claim(analyse(models, "en", text))
    assert source_of(claim).text == speaker
    assert claim.content.text == content


@pytest.mark.parametrize(
    "text",
    [
        "Trump claims that are false keep circulating online.",
        "She recalled her March comment that the mines would close.",
    ],
    ids=["noun-with-relative", "noun-with-owner-and-date"],
)
def test_a_noun_before_that_stays_a_noun(models: ModelCache, text: str) -> None:
    """Guards: "claims that are false" is a noun and its relative clause, and "her March
    comment" has an owner: no verb of the month's."""
    for claim in attributed(analyse(models, "en", text)):
        assert source_of(claim).text != "March"
        assert source_of(claim).text != "Trump"
