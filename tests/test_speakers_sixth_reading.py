"""What was said, read again on PolNeAR train's boundaries (issue 11, forty-ninth pass). Each
case is a pattern of the language, written for this file; the guards say what must not
change."""

from __future__ import annotations

import pytest

from claimcheck.models import ClaimKind
from claimcheck.nlp.loading import ModelCache
from test_attribution_models import (
    analyse,
    attributed,
    claim_about,
    models,
    source_of,
    the_claim,
)

__all__ = ["models"]  # the module-scoped model cache, shared with this module's tests


# -- a quotation the clause goes on after ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "content"),
    [
        pytest.param(
            "Senator Ray Dunn says “the wind is at our backs” despite his loss in the "
            "Nevada caucuses.",
            "wind is at our backs",
            "“the wind is at our backs” despite his loss in the Nevada caucuses",
            id="preposition-after-a-whole-quotation",
        ),
        pytest.param(
            "The governor mocked Marco Rubio for “having a tough night” because he lost every "
            "county.",
            "tough night",
            "Marco Rubio for “having a tough night” because he lost every county",
            id="subordinate-clause-after-a-quoted-phrase",
        ),
        pytest.param(
            "Her lawyer, David Kendall, wrote in a court filing that such a request was "
            "“futile,” because the bureau now holds every record.",
            "futile",
            "that such a request was “futile,” because the bureau now holds every record",
            id="comma-inside-the-closing-mark",
        ),
        pytest.param(
            "Two weeks after Clinton angrily said, “I am so sick of the Sanders campaign lying” "
            "about her environmental record, Sanders jabbed at Clinton on that same topic.",
            "so sick",
            "“I am so sick of the Sanders campaign lying” about her environmental record",
            id="the-main-clause-after-it-stays-out",
        ),
    ],
)
def test_a_quotation_closing_mid_clause_takes_the_phrase_that_completes_it(
    models: ModelCache, text: str, words: str, content: str
) -> None:
    """'says “the wind is at our backs” despite his loss': the quotation closes, the clause
    goes on; what completes it is part of what the speaker is reported to have said."""
    claim = claim_about(analyse(models, "en", text), words)
    assert claim.content.text == content
    assert claim.kind is ClaimKind.MIXED


@pytest.mark.parametrize(
    ("text", "words", "content"),
    [
        pytest.param(
            "Ms. Hale said “we are not going anywhere” on Friday.",
            "not going anywhere",
            "“we are not going anywhere”",
            id="only-the-day",
        ),
        pytest.param(
            "The mayor called the report “a disgrace” when asked about it.",
            "disgrace",
            "the report “a disgrace”",
            id="a-verb-of-saying-in-the-phrase",
        ),
        pytest.param(
            "The mayor said “we will rebuild every house” in an interview with the local paper.",
            "rebuild every house",
            "“we will rebuild every house”",
            id="the-form-the-words-took",
        ),
        pytest.param(
            "And when a man tells a woman that she is “moaning,” like Sanders did to Mitchell, "
            "he is discrediting her opinion.",
            "moaning",
            "that she is “moaning,”",
            id="the-writer-s-comparison",
        ),
        pytest.param(
            "The mayor said “we will rebuild.” after the storm.",
            "rebuild",
            "“we will rebuild.”",
            id="the-quotation-ends-its-own-sentence",
        ),
    ],
)
def test_a_quotation_keeps_its_end_before_a_setting_or_a_frame(
    models: ModelCache, text: str, words: str, content: str
) -> None:
    """Guard: the day it was said, the form the words took, the writer's comparison, an act of
    asking or a full stop inside the quotation do not complete the quoted clause."""
    claim = claim_about(analyse(models, "en", text), words)
    assert claim.content.text == content


def test_a_completing_phrase_keeps_the_quotation_it_opens_whole(models: ModelCache) -> None:
    """Guard: 'because “football has become soft.”', where the parse hangs the closing mark
    outside the phrase: the content keeps the quotation to its mark."""
    text = (
        "The coach says “the whole game has become screwed up” because “football has become "
        "soft like the country has become soft.”"
    )
    claim = claim_about(analyse(models, "en", text), "screwed up")
    assert claim.content.text.endswith("the country has become soft.”")


def test_a_frame_after_its_quotation_is_no_completing_phrase(models: ModelCache) -> None:
    """Guard: '“…” in the words of the mayor': the claim's own frame follows its content, and
    the phrase after the quotation is that frame."""
    claim = the_claim(analyse(models, "en", "“We are not ready” in the words of the mayor."))
    assert (source_of(claim).text, claim.content.text) == ("the mayor", "“We are not ready”")


# -- a second act inside a report whose frame comes after it -----------------------------------


def test_a_second_act_of_saying_inside_a_preceding_report_stays_in_it(
    models: ModelCache,
) -> None:
    """ "Eggleston expressed concern and said it could hurt …, people familiar with the session
    said": before its frame, the clause's own subject does both acts, and both are what the
    people familiar with the session report."""
    text = (
        "At the meeting, Eggleston expressed concern about the letter and said it could hurt "
        "the administration's strategy, people familiar with the session said."
    )
    claim = claim_about(analyse(models, "en", text), "expressed concern")
    assert source_of(claim).text == "people familiar with the session"
    assert claim.content.text.endswith("it could hurt the administration's strategy")


def test_a_second_clause_with_its_own_subject_before_the_frame_is_reported_too(
    models: ModelCache,
) -> None:
    """ "A lot of these people are undecided, or they want to know why …, said Bree Maxwell":
    both clauses come before the frame, and she said both."""
    text = (
        "A lot of these people are undecided, or they want to know why they shouldn't vote "
        "for Clinton, said Bree Maxwell, a volunteer."
    )
    claim = claim_about(analyse(models, "en", text), "undecided")
    assert source_of(claim).text == "Bree Maxwell, a volunteer"
    assert claim.content.text.endswith("why they shouldn't vote for Clinton")


def test_a_second_act_of_saying_after_the_speaker_s_report_is_still_cut(
    models: ModelCache,
) -> None:
    """Guard: "said the economy was weak, and accused the bank of …": after its frame, the
    speaker's own second act is a claim of its own."""
    text = (
        "The minister said the economy was weak, and accused the central bank of "
        "raising rates too fast."
    )
    claim = claim_about(analyse(models, "en", text), "economy was weak")
    assert claim.content.text == "the economy was weak"


# -- the cue of a verb of wording --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('As one aide put it, "We are flying blind."', id="comma"),
        pytest.param(
            "Or, as Tom Ridge, a former secretary of homeland security, put it: "
            '"The bar is high and getting higher."',
            id="colon",
        ),
    ],
)
def test_a_verb_of_wording_takes_its_pronoun_into_the_cue(models: ModelCache, text: str) -> None:
    """ "as one aide put it": "put" says nothing without "it", and the cue is both."""
    claims = attributed(analyse(models, "en", text))
    assert [claim.cue.text for claim in claims if claim.cue] == ["put it"]


def test_put_with_another_object_is_no_cue(models: ModelCache) -> None:
    """Guard: "put it on hold" is no act of saying."""
    text = "The council put it on hold, the mayor said."
    claims = attributed(analyse(models, "en", text))
    assert [claim.cue.text for claim in claims if claim.cue] == ["said"]


# -- the writer's parenthesis ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "words", "content"),
    [
        pytest.param(
            "en",
            "The candidate claimed that the city wants to take in as many as 250,000 "
            "refugees (the council has proposed accepting 10,000).",
            "250,000",
            "that the city wants to take in as many as 250,000 refugees",
            id="a-correction-in-english",
        ),
        pytest.param(
            "fr",
            "Le maire a affirmé que la ville manquait de moyens (elle a pourtant reçu deux "
            "millions d'euros en 2023).",
            "manquait de moyens",
            "que la ville manquait de moyens",
            id="a-correction-in-french",
        ),
    ],
)
def test_a_parenthesis_a_report_ends_on_is_the_writer_s(
    models: ModelCache, language: str, text: str, words: str, content: str
) -> None:
    """ "claimed that … 250,000 refugees (the council has proposed 10,000)": the parenthesis is
    the writer's correction, and a fact-checker must not read it as the speaker's claim."""
    claim = claim_about(analyse(models, language, text), words)
    assert claim.content.text == content


@pytest.mark.parametrize(
    ("text", "words", "content"),
    [
        pytest.param(
            "She said he helped write the Affordable Care Act (ACA).",
            "Affordable",
            "he helped write the Affordable Care Act (ACA)",
            id="an-acronym",
        ),
        pytest.param(
            "He asked whether Democrats should face Trump or Sen. Ted Cruz (R-Texas).",
            "Democrats",
            "whether Democrats should face Trump or Sen. Ted Cruz (R-Texas)",
            id="a-party-label",
        ),
        pytest.param(
            "The senator said “nobody can win the state without its farmers (and their families)",
            "nobody can win",
            "nobody can win the state without its farmers (and their families)",
            id="inside-quoted-words",
        ),
    ],
)
def test_a_parenthesis_that_belongs_to_the_words_stays(
    models: ModelCache, text: str, words: str, content: str
) -> None:
    """Guard: an acronym or a party label belongs to the name before it, and a parenthesis in
    quoted words is the speaker's."""
    claim = claim_about(analyse(models, "en", text), words)
    assert claim.content.text == content


# -- a speaker's apposition between dashes -----------------------------------------------------


def test_an_apposition_between_dashes_keeps_both_dashes(models: ModelCache) -> None:
    """ "Jason Sims — a teacher from Mount Pleasant — said": the dashes set the apposition off
    as a pair, like brackets, and the mention keeps the pair."""
    text = "Jason Sims — a teacher from Mount Pleasant — said he would vote for the senator."
    claim = claim_about(analyse(models, "en", text), "vote for the senator")
    assert source_of(claim).text == "Jason Sims — a teacher from Mount Pleasant —"
    assert source_of(claim).name == "Jason Sims"


def test_a_dash_after_a_plain_name_stays_out(models: ModelCache) -> None:
    """Guard: a dash that opens nothing in the mention is the sentence's, not the speaker's."""
    text = "The plan will fail, said Jason Sims — and he has run three campaigns."
    claim = claim_about(analyse(models, "en", text), "plan will fail")
    assert source_of(claim).text == "Jason Sims"
