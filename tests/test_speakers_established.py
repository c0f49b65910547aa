"""Who speaks where the text has already made it clear (issue 11, forty-fourth pass): a quotation
right after a sentence about a person, the other coach in a match report, "the company" after an
agency spoke of it, a headline's incise, a quoted noun phrase. Each case is a pattern of the
language, written for this file; the guards say what must not change."""

from __future__ import annotations

from claimcheck.models import ClaimKind
from claimcheck.nlp.loading import ModelCache
from test_attribution_models import (
    analyse,
    attributed,
    claim_about,
    models,
    source_of,
    unattributed,
)

__all__ = ["models"]  # the module-scoped model cache, shared with this module's tests


def test_a_quotation_after_a_sentence_about_someone_is_theirs(models: ModelCache) -> None:
    """ "Interrogé sur …, il s'est montré prudent. « Il faudra attendre … »" left the quotation
    to nobody: no verb of saying frames it, but the sentence before is about the coach, and
    the text means his words."""
    text = (
        "Son entraîneur, Pierre Sage, n'a pas cherché d'excuses en conférence de presse. "
        "« On a manqué de tout », a reconnu le technicien.\n\n"
        "Interrogé sur l'avenir de son capitaine, il s'est montré prudent. « Il faudra "
        "attendre les examens de lundi. Je ne veux pas m'avancer. »"
    )
    claim = claim_about(analyse(models, "fr", text), "examens de lundi")
    assert (claim.kind, source_of(claim).name) == (ClaimKind.DIRECT, "Pierre Sage")


def test_an_english_quotation_after_a_sentence_about_someone_is_theirs(
    models: ModelCache,
) -> None:
    """The same in English, the sentence before left to the article in full, subject too:
    not "shook her head." without who did."""
    text = "Betsy Ebeling shook her head. “Tom’s much better about it than I am.”"
    claims = analyse(models, "en", text)
    assert source_of(claim_about(claims, "much better")).name == "Betsy Ebeling"
    assert [c.content.text for c in unattributed(claims)] == ["Betsy Ebeling shook her head."]


def test_a_quotation_after_a_sentence_about_a_thing_stays_nobody_s(models: ModelCache) -> None:
    """Guard: a sentence about a meeting names nobody who may have said the words after it."""
    text = "The meeting lasted three hours on Tuesday. “It was a complete waste of our time.”"
    assert attributed(analyse(models, "en", text)) == []


def test_a_first_name_taken_up_by_a_pronoun_speaks(models: ModelCache) -> None:
    """ "Nadia, elle, a fait ses comptes. « Avec deux enfants, je ne m'en sors plus. »" lost
    the quotation: the tagger read "sors" as a noun, so it seemed to say nothing, and the
    recogniser did not call Nadia a person, so "elle" stood for nobody. A pronoun subject has
    a verb, and a first name set off before the pronoun that takes it up is a person's."""
    text = (
        "Le prix de l'énergie a doublé en un an.\n\n"
        "Nadia, elle, a fait ses comptes. « Avec deux enfants, je ne m'en sors plus. »"
    )
    claim = claim_about(analyse(models, "fr", text), "deux enfants")
    assert (source_of(claim).text, source_of(claim).name) == ("elle", "Nadia")


def test_a_person_in_a_clause_of_setting_does_not_speak(models: ModelCache) -> None:
    """Guard: the sentence before is about the crowd, the subject of its main verb; the mayor
    only sets the time ("When the mayor arrived, …"), and is not carried to the quotation."""
    text = (
        "When the mayor arrived at the hall, the crowd went silent. “We expected better from "
        "the council, and we still do.”"
    )
    assert attributed(analyse(models, "en", text)) == []
