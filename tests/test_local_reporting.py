"""Patterns of local, crime and foreign-desk copy (issue 11, twenty-sixth pass): how a speaker
came to speak ("vient d'annoncer", "s'est borné à indiquer"), verbs the small French model
reads as something else, and the roles a careful reader keeps for everyone the article quotes.
Each case is a pattern of the language, written for this file, in both languages where it
exists in both; the guards say what must not change."""

from __future__ import annotations

import pytest

from claimcheck.nlp.loading import ModelCache
from test_attribution_models import analyse, attributed, claim_about, models, source_of, the_claim

__all__ = ["models"]  # the module-scoped model cache, shared with this module's tests


@pytest.mark.parametrize(
    ("language", "text", "cue", "content"),
    [
        (
            "fr",
            "Le ministre vient d'annoncer que la réforme sera reportée.",
            "vient d'annoncer",
            "que la réforme sera reportée",
        ),
        (
            "fr",
            "Le département d'Etat s'est borné à indiquer que « les discussions se poursuivent ».",
            "s'est borné à indiquer",
            "que « les discussions se poursuivent »",
        ),
        (
            "fr",
            "Le ministère s'est contenté de rappeler que la loi s'applique.",
            "s'est contenté de rappeler",
            "que la loi s'applique",
        ),
        (
            "fr",
            "La ministre a fini par reconnaître que le calendrier était intenable.",
            "a fini par reconnaître",
            "que le calendrier était intenable",
        ),
        (
            "fr",
            "« C'est non », s'est contenté de répondre le ministre.",
            "s'est contenté de répondre",
            "« C'est non »",
        ),
        (
            "en",
            "The minister ended up admitting that the schedule was unrealistic.",
            "ended up admitting",
            "that the schedule was unrealistic",
        ),
        (
            "en",
            "The president chose to remind voters that the economy was growing.",
            "chose to remind",
            "that the economy was growing",
        ),
    ],
    ids=[
        "vient-de",
        "s-est-borne-a",
        "s-est-contente-de",
        "a-fini-par",
        "incise",
        "ended-up",
        "chose-to",
    ],
)
def test_a_verb_of_how_the_speaker_came_to_speak_keeps_the_claim(
    models: ModelCache, language: str, text: str, cue: str, content: str
) -> None:
    """ "Le ministre vient d'annoncer que …", "s'est borné à indiquer que …" made no claim:
    the verb of saying is an infinitive after a verb that says when or how its subject spoke,
    as after "a continué à dire"."""
    claim = the_claim(analyse(models, language, text))
    assert (claim.cue and claim.cue.text, claim.content.text) == (cue, content)


@pytest.mark.parametrize(
    ("language", "text"),
    [("fr", "Il vient de partir en vacances."), ("en", "Cruz chose to skip the debate.")],
    ids=["vient-de-partir", "chose-to-skip"],
)
def test_a_verb_of_how_after_no_verb_of_saying_makes_no_claim(
    models: ModelCache, language: str, text: str
) -> None:
    """Guard: what the subject did is no statement."""
    assert attributed(analyse(models, language, text)) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Le ministre affirme n'avoir jamais eu connaissance du rapport.",
            "n'avoir jamais eu connaissance du rapport",
        ),
        (
            "Il affirme n'avoir « jamais eu de conflit avec personne ».",
            "n'avoir « jamais eu de conflit avec personne »",
        ),
    ],
    ids=["plain", "quoted"],
)
def test_a_verb_of_saying_read_as_an_auxiliary_still_reports_its_infinitive(
    models: ModelCache, text: str, content: str
) -> None:
    """ "affirme n'avoir jamais eu …": the small French model reads "affirme" as one more
    auxiliary of "eu", and the sentence made no claim."""
    claim = the_claim(analyse(models, "fr", text))
    assert (claim.cue and claim.cue.text, claim.content.text) == ("affirme", content)


def test_a_speaker_introduced_before_a_colon_is_not_the_previous_one(
    models: ModelCache,
) -> None:
    """ "Son collègue Ahmed ajoute : « … »", "ajoute" tagged an adjective: the quotation went
    to the woman quoted just before."""
    text = (
        "« On ne sait pas si on sera payés », confie Sabrina, magasinière. Son collègue Ahmed "
        "ajoute : « On attend des réponses de la direction. »"
    )
    claim = claim_about(analyse(models, "fr", text), "des réponses")
    assert (source_of(claim).name, claim.cue and claim.cue.text) == ("Ahmed", "ajoute")
