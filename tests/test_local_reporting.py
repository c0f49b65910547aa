"""Patterns of local, crime and foreign-desk copy (issue 11, twenty-sixth pass): how a speaker
came to speak ("vient d'annoncer", "s'est borné à indiquer"), verbs the small French model
reads as something else, and the roles a careful reader keeps for everyone the article quotes.
Each case is a pattern of the language, written for this file, in both languages where it
exists in both; the guards say what must not change."""

from __future__ import annotations

import pytest

from claimcheck import provenance
from claimcheck.models import Article, SourceType
from claimcheck.nlp.lexicon import load_lexicon
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


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "« On ne sait pas si on sera payés », confie Sabrina, magasinière depuis huit ans.",
            "magasinière depuis huit ans",
        ),
        (
            "Sabrina, magasinière depuis huit ans, raconte : « On ne sait pas. »",
            "magasinière depuis huit ans",
        ),
    ],
    ids=["incise", "subject"],
)
def test_a_first_name_set_off_by_a_bare_noun_is_a_person_with_that_role(
    models: ModelCache, text: str, role: str
) -> None:
    """ "Sabrina, magasinière": the recogniser calls "Sabrina" a place, and the source was a
    government with no role; a bare noun set off after a first name is what she does."""
    mention = source_of(the_claim(analyse(models, "fr", text)))
    assert (mention.name, mention.type, mention.role) == ("Sabrina", SourceType.PERSON, role)


@pytest.mark.parametrize(
    ("language", "text", "name", "role"),
    [
        (
            "fr",
            "Le maire de la commune, Cédric Van Styvendael, s'est rendu sur place. « C'est un "
            "choc », a-t-il déclaré.",
            "Cédric Van Styvendael",
            "maire de la commune",
        ),
        (
            "fr",
            "Sophie Binet, secrétaire générale de la CGT, était présente. « C'est un choc », "
            "a-t-elle déclaré.",
            "Sophie Binet",
            "secrétaire générale de la CGT",
        ),
        (
            "en",
            'Hillary Clinton, the former secretary of state, arrived late. "We won," she said.',
            "Hillary Clinton",
            "former secretary of state",
        ),
        (
            "en",
            'The Democratic candidates, Hillary Clinton and Bernie Sanders, arrived late. "We '
            'won," she said.',
            "Hillary Clinton",
            None,
        ),
        (
            "en",
            'The chairman of the House Intelligence Committee, Devin Nunes, arrived late. "We '
            'won," he said.',
            "Devin Nunes",
            "chairman of the House Intelligence Committee",
        ),
    ],
    ids=["role-before-name", "role-after-name", "english", "role-of-two-guard", "role-of-body"],
)
def test_a_pronoun_carries_the_role_set_beside_the_name_it_stands_for(
    models: ModelCache, language: str, text: str, name: str, role: str | None
) -> None:
    """The role of someone introduced in a sentence of narrative was lost when a pronoun
    spoke for them: the sources list said "Cédric Van Styvendael" and not who he is. A role of
    several people is nobody's own. "The chairman of the House Intelligence Committee, Devin
    Nunes": the parser hangs the name on "Committee", and "he" was the unnamed chairman."""
    mention = source_of(the_claim(analyse(models, language, text)))
    assert (mention.name, mention.role) == (name, role)


def test_a_ministry_named_in_full_is_not_the_capital_cited_before(models: ModelCache) -> None:
    """ "Khartoum rejette … Le ministère soudanais des Affaires étrangères a qualifié …": the
    ministry was listed as Khartoum, whose words it is not; "the ministry" alone still is."""
    text = (
        "Khartoum, de son côté, rejette ces accusations. Le ministère soudanais des Affaires "
        "étrangères a qualifié le rapport de « partial et mensonger »."
    )
    claim = claim_about(analyse(models, "fr", text), "partial")
    assert source_of(claim).name == "ministère soudanais des Affaires étrangères"


def test_an_organization_named_after_a_trade_is_a_body_with_its_acronym(
    models: ModelCache,
) -> None:
    """ "D'après Médecins sans frontières (MSF)" was a person named "Médecins sans frontières
    (MSF": "médecins" is a role, but here the first word of a body's name."""
    text = "D'après Médecins sans frontières (MSF), un enfant meurt toutes les deux heures."
    mention = source_of(the_claim(analyse(models, "fr", text)))
    assert (mention.text, mention.name, mention.type) == (
        "Médecins sans frontières (MSF)",
        "Médecins sans frontières",
        SourceType.ORGANIZATION,
    )


def test_a_body_s_name_stops_before_its_acronym(models: ModelCache) -> None:
    """ "The Federal Bureau of Investigation (FBI)" was listed as "Federal Bureau of
    Investigation (FBI", as the recogniser cut it."""
    text = "The Federal Bureau of Investigation (FBI) said on Tuesday that the probe was closed."
    assert source_of(the_claim(analyse(models, "en", text))).name == (
        "Federal Bureau of Investigation"
    )


def test_a_witness_reached_by_an_agency_speaks_through_it(models: ModelCache) -> None:
    """ "témoigne une infirmière de l'ONG, jointe par téléphone par l'AFP": the agency is how
    her words reached the article, not part of who she is."""
    text = (
        "« Les gens mangent des feuilles pour survivre », témoigne une infirmière de l'ONG, "
        "jointe par téléphone par l'AFP."
    )
    claims = analyse(models, "fr", text)
    result = provenance.build(Article(text=text, language="fr"), claims, load_lexicon("fr"))
    by_name = {source.name: source for source in result.sources}
    assert "infirmière de l'ONG" in by_name
    assert the_claim(list(result.claims)).via == by_name["AFP"].id


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("« Ce sera difficile », redoute un député.", "un député", "redoute"),
        ("« C'est fini », grimace un élu de la majorité.", "un élu de la majorité", "grimace"),
    ],
    ids=["redoute", "grimace"],
)
def test_a_short_statement_before_any_incise_verb_is_a_claim(
    models: ModelCache, text: str, source: str, cue: str
) -> None:
    """ "« Ce sera difficile », redoute un député": a verb the lexicon does not list, in incise
    after a quotation of three words, made no claim, as if the quotation were a label. A
    quotation that holds a verb and its subject is a statement, however short."""
    claim = the_claim(analyse(models, "fr", text))
    assert (source_of(claim).text, claim.cue and claim.cue.text) == (source, cue)


def test_a_short_label_before_a_verb_is_still_no_claim(models: ModelCache) -> None:
    """Guard: a label in quotation marks, no verb in it, is nobody's statement."""
    text = "« Gilets jaunes », brandissent les manifestants."
    assert attributed(analyse(models, "fr", text)) == []


@pytest.mark.parametrize(
    ("language", "text", "source", "content"),
    [
        (
            "fr",
            "Pour Mathieu Plane, de l'OFCE, « le risque est de casser la reprise ».",
            "Mathieu Plane, de l'OFCE",
            "« le risque est de casser la reprise »",
        ),
        (
            "fr",
            "Selon Paul Roux, du Medef, la reprise est fragile.",
            "Paul Roux, du Medef",
            "la reprise est fragile",
        ),
        (
            "fr",
            "Pour Paul Roux, de toute façon, la reprise est fragile.",
            "Paul Roux",
            "de toute façon, la reprise est fragile",
        ),
    ],
    ids=["pour-de", "selon-du", "set-phrase-guard"],
)
def test_the_body_set_off_after_a_name_is_the_speaker_s_not_the_content_s(
    models: ModelCache, language: str, text: str, source: str, content: str
) -> None:
    """ "Pour Mathieu Plane, de l'OFCE, « … »" reported "de l'OFCE, « … »": the body a
    speaker belongs to, set off by commas, says who speaks; a set phrase does not."""
    claim = the_claim(analyse(models, language, text))
    assert (source_of(claim).text, claim.content.text) == (source, content)


def test_a_quotation_hung_on_a_misread_verb_is_its_object(models: ModelCache) -> None:
    """ "L'avocat de la famille, Me Paul Roux, dénonce « une enquête bâclée »" made no claim:
    the parser hung the opening guillemet on "dénonce" (tagged a noun) as a complement, and a
    verb with a quotation mark among its children was taken to have its object already."""
    text = "L'avocat de la famille, Me Paul Roux, dénonce « une enquête bâclée »."
    claim = the_claim(analyse(models, "fr", text))
    assert (source_of(claim).text, claim.content.text) == (
        "L'avocat de la famille, Me Paul Roux",
        "« une enquête bâclée »",
    )


def test_a_relative_clause_on_an_incise_s_speaker_is_that_speaker_s(models: ModelCache) -> None:
    """ "…, a plaidé Véronique Louwagie, qui juge les prévisions « optimistes »": the parser
    hung the relative clause on the incise's verb, and the judgment had no speaker."""
    text = (
        "« Il faut aller plus loin », a plaidé Véronique Louwagie, qui juge les prévisions "
        "« optimistes »."
    )
    claim = claim_about(analyse(models, "fr", text), "optimistes")
    assert (source_of(claim).name, claim.cue and claim.cue.text) == ("Véronique Louwagie", "juge")


def test_a_titled_name_the_recogniser_calls_misc_is_the_speaker(models: ModelCache) -> None:
    """ "L'expert psychiatre, le Dr Alain Meyer, a relevé « … »" was an anonymous source
    named "expert psychiatre, le Dr Alain Meyer": the recogniser calls "Dr Alain Meyer" MISC,
    and only a person's label made the name the speaker's."""
    text = "L'expert psychiatre, le Dr Alain Meyer, a relevé « une altération du discernement »."
    mention = source_of(the_claim(analyse(models, "fr", text)))
    assert (mention.name, mention.type, mention.role) == (
        "Dr Alain Meyer",
        SourceType.PERSON,
        "expert psychiatre",
    )


def test_an_inverted_subject_in_a_relative_before_a_colon_says_the_quotation(
    models: ModelCache,
) -> None:
    """ "Une version que conteste son avocate, Me Claire Fontaine : « … »": the lawyer's words
    went to the prosecution, cited in the sentence before."""
    text = (
        "Selon l'accusation, l'homme avait acheté le couteau. Une version que conteste son "
        "avocate, Me Claire Fontaine : « Mon client n'a jamais planifié quoi que ce soit. »"
    )
    claim = claim_about(analyse(models, "fr", text), "planifié")
    assert source_of(claim).name == "Me Claire Fontaine"


def test_a_lead_that_names_someone_before_a_colon_keeps_the_last_speaker_out(
    models: ModelCache,
) -> None:
    """ "Réplique immédiate de Claire Fontaine : « … »": whoever the rules cannot read as the
    speaker, the quotation is not the prosecution's, cited in the sentence before."""
    text = (
        "Selon l'accusation, l'homme avait acheté le couteau. Réplique immédiate de Claire "
        "Fontaine : « Mon client n'a rien planifié. »"
    )
    claim = claim_about(analyse(models, "fr", text), "planifié")
    assert claim.source is None or source_of(claim).name != "accusation"


def test_a_first_name_and_an_initial_is_the_person_a_pronoun_stands_for(
    models: ModelCache,
) -> None:
    """ "Karim B., 34 ans, a pris la parole. « … », a-t-il lâché": court reports name the
    accused by a first name and an initial. The recogniser called "Karim" a place, and the
    small model broke the sentence after the comma before it; "il" was nobody."""
    text = (
        "Au troisième jour de son procès devant la cour d'assises du Haut-Rhin, Karim B., 34 "
        "ans, a pour la première fois pris la parole. « Je regrette ce que j'ai fait », "
        "a-t-il lâché d'une voix à peine audible."
    )
    assert source_of(claim_about(analyse(models, "fr", text), "regrette")).name == "Karim B."


def test_the_employers_are_an_organization(models: ModelCache) -> None:
    """ "Le patronat estime que …" was of unknown type: the employers' organisations are a
    body outside government, as "le syndicat" is."""
    text = "Le patronat estime que la réforme va trop loin."
    assert source_of(the_claim(analyse(models, "fr", text))).type is SourceType.ORGANIZATION


def test_a_quotation_closed_on_its_comma_ends_before_another_speaker(models: ModelCache) -> None:
    """'wrote that the move was "overdue," while others warned it could hurt the brand' gave
    the others' warning to Jonas: the comma sat inside the closing mark, and only a comma
    outside one ended the content before another speaker's clause."""
    text = (
        "Morgan Stanley's Adam Jonas wrote in a note to clients that the move was "
        '"overdue," while others warned it could hurt the brand.'
    )
    claims = analyse(models, "en", text)
    assert claim_about(claims, "overdue").content.text == 'that the move was "overdue,"'
    assert source_of(claim_about(claims, "hurt the brand")).text == "others"


@pytest.mark.parametrize(
    ("language", "text", "outlet"),
    [
        (
            "en",
            '"These are painful but necessary decisions," Chief Executive Laura Kim said in a '
            "memo to staff seen by Reuters.",
            "Reuters",
        ),
        (
            "fr",
            "« Ce sont des décisions douloureuses », écrit la directrice générale dans une note "
            "consultée par l'AFP.",
            "AFP",
        ),
    ],
    ids=["seen-by", "consultee-par"],
)
def test_a_document_an_outlet_saw_reaches_the_article_through_it(
    models: ModelCache, language: str, text: str, outlet: str
) -> None:
    """ "said in a memo to staff seen by Reuters": the agency that saw the memo is how its
    words reached the article (the claim's via)."""
    claims = analyse(models, language, text)
    result = provenance.build(Article(text=text, language=language), claims, load_lexicon(language))
    by_name = {source.name: source for source in result.sources}
    assert the_claim(list(result.claims)).via == by_name[outlet].id


def test_a_quoted_attribute_before_the_object_of_a_misread_verb_is_reported(
    models: ModelCache,
) -> None:
    """ "Le patronat juge « irréaliste » la proposition du gouvernement" made no claim: the
    small model reads "juge" as a noun, and only an article right after it opened the object
    of such a verb; here the quoted attribute stands between."""
    text = "Le patronat juge « irréaliste » la proposition du gouvernement."
    claim = the_claim(analyse(models, "fr", text))
    assert (claim.cue and claim.cue.text, claim.content.text) == (
        "juge",
        "« irréaliste » la proposition du gouvernement",
    )
