"""Who speaks when a name comes back, or another name stands beside it (issue 11,
thirty-third pass): a name written again after the recogniser found it once, a name a
headline ran into the body, a place named after a person, an interview's interviewee
among other names, a lawyer named after the client, the gender an article or an elided
article gives a role. Each case is a pattern of the language, written for this file; the
guards say what must not change."""

from __future__ import annotations

from claimcheck.nlp.loading import ModelCache
from test_attribution_models import (
    analyse,
    claim_about,
    models,
    source_of,
    sources_listed,
    speaker_about,
)

__all__ = ["models"]  # the module-scoped model cache, shared with this module's tests


def test_a_surname_written_again_is_the_person_named_before(models: ModelCache) -> None:
    """ "Hart's team is now planning a trial. She believes …" left "she" unresolved: the
    recogniser found "Dr Amelia Hart" and missed "Hart" alone, so nobody stood before the
    pronoun."""
    text = (
        '"What surprised us was how little it took," said Dr Amelia Hart, an epidemiologist.'
        "\n\nHart's team is now planning a randomised trial. She believes the results could "
        "eventually shape NHS guidance."
    )
    assert speaker_about(models, "en", text, "NHS guidance") == "Amelia Hart"


def test_a_surname_the_recogniser_calls_a_body_is_the_person_named_before(
    models: ModelCache,
) -> None:
    """ "Caldwell, for his part, sounded … “…,” he wrote on X" left "he" unresolved after
    "Sen. Ray Caldwell": the recogniser called the surname alone a body."""
    text = (
        "Sen. Ray Caldwell said the figure was a step.\n\nCaldwell, for his part, sounded a "
        'cautiously upbeat note on social media late Wednesday. "Progress today. Not there '
        'yet," he wrote on X.'
    )
    assert speaker_about(models, "en", text, "Progress today") == "Ray Caldwell"


def test_a_name_found_again_inside_a_preposition_s_phrase_is_no_subject(
    models: ModelCache,
) -> None:
    """Guard: once "Trump" alone is a person (after "Donald Trump"), "The contrast with
    Trump, said Doyle and others, …" must not read him as a subject set off before the verb:
    the preposition governs the name, and Doyle speaks."""
    text = (
        "Donald Trump spoke in Ohio on Monday.\n\nThe contrast with Trump, said Doyle and "
        "others, would be clear since Trump has no former Republican presidents by his side."
    )
    assert speaker_about(models, "en", text, "no former Republican") == "Doyle"


def test_a_headline_s_last_name_does_not_run_into_the_body(models: ModelCache) -> None:
    """A headline without a full stop ends with "Maren Holt" and the body opens with it: the
    recogniser read the two and the break as one body, and "she" in the next sentence had
    nobody to stand for."""
    text = (
        "A conversation with coastal engineer Maren Holt\n\nMaren Holt has spent a quarter of "
        "a century designing sea walls. As director of the institute, she argues that some "
        "seaside towns will have to be moved inland."
    )
    assert speaker_about(models, "en", text, "seaside towns") == "Maren Holt"


def test_a_place_named_after_a_person_is_no_person(models: ModelCache) -> None:
    """ "à l'université Claude-Bernard Lyon 1. « … », a-t-il affirmé" gave the quote to
    "Claude-Bernard Lyon": a person's name right after "université", "lycée", "rue" names
    the place."""
    text = (
        "L'étude a été menée à l'université Claude-Bernard Lyon 1. « Les résultats sont "
        "solides », a-t-il affirmé."
    )
    assert source_of(claim_about(analyse(models, "fr", text), "solides")).name != (
        "Claude-Bernard Lyon"
    )


def test_a_role_holder_the_recogniser_calls_misc_is_who_a_pronoun_means(
    models: ModelCache,
) -> None:
    """ "un conseiller de la présidence ukrainienne, Oleksiy Marchenko, … « … », a-t-il
    ajouté" gave the quote to the unnamed adviser: the French recogniser calls the name MISC,
    and the adviser alone stood before the pronoun."""
    text = (
        "Interrogé par l'AFP, un conseiller de la présidence ukrainienne, Oleksiy Marchenko, "
        "s'est refusé à commenter. « L'Ukraine parle avec tous ses partenaires », a-t-il "
        "ajouté."
    )
    assert speaker_about(models, "fr", text, "partenaires") == "Oleksiy Marchenko"


def test_an_interview_answers_in_the_name_its_introduction_announces(
    models: ModelCache,
) -> None:
    """The answers of a Q&A went to "Fenwick Bay", a place of the introduction the recogniser
    called a person: of several names, the interviewee is the one the introduction announces
    ("a conversation with …")."""
    text = (
        "A conversation with coastal engineer Maren Holt\n\n"
        "Maren Holt has spent a quarter of a century designing sea walls. Her view has made "
        "her unpopular in places such as Fenwick Bay, where the cliffs lose two metres a year."
        "\n\nQ: Your book says some towns should be abandoned. Isn't that defeatist?\n\n"
        "A: I understand why people hear it that way. We can't out-build the ocean.\n\n"
        "Q: Are you optimistic?\n\nA: Stubbornly, yes. The politics is the hard part."
    )
    claims = analyse(models, "en", text)
    assert source_of(claim_about(claims, "out-build the ocean")).name == "Maren Holt"
    assert source_of(claim_about(claims, "Stubbornly")).name == "Maren Holt"


def test_an_epicene_role_after_an_elided_article_says_no_gender(models: ModelCache) -> None:
    """ "l'épidémiologiste Camille Ferrandi … La chercheuse insiste" left "la chercheuse"
    unnamed: the tagger calls "épidémiologiste" masculine, and the elided article says
    nothing, so she was taken for a man."""
    text = (
        "« Nous observons une association robuste », précise l'épidémiologiste Camille "
        "Ferrandi, qui a coordonné les travaux. La chercheuse insiste : l'étude est "
        "« observationnelle »."
    )
    assert speaker_about(models, "fr", text, "observationnelle") == "Camille Ferrandi"


def test_le_ministre_is_not_the_woman_minister_cited_before(models: ModelCache) -> None:
    """ "le ministre a assuré" after "la ministre du Travail, Agnès Dufresne" was hers: a
    description's article says the gender of whom it stands for."""
    text = (
        "La ministre du Travail, Agnès Dufresne, a reconnu que la piste était « étudiée ». "
        "Des propos qui tranchent avec ceux de son collègue de l'Économie. Interrogé "
        "mercredi, le ministre a assuré ne voir « aucune contradiction »."
    )
    assert speaker_about(models, "fr", text, "aucune contradiction") != "Agnès Dufresne"
    assert ("Agnès Dufresne", "ministre du Travail") in sources_listed(models, "fr", text)
    assert [name for name, _ in sources_listed(models, "fr", text)].count("Agnès Dufresne") == 1


def test_a_lawyer_named_after_the_client_is_the_name_set_off(models: ModelCache) -> None:
    """ "l'avocate de la famille Solier, Me Nadia Benali" was named "Solier", and "the lawyer
    for John Smith, Nadia Benali" was named with the whole phrase: the name set off after a
    role is the speaker's, the one in the role's complement is the client's."""
    french = (
        "« La honte ne pousse pas à effacer un historique », a rétorqué l'avocate de la "
        "famille Solier, Me Nadia Benali."
    )
    source = source_of(claim_about(analyse(models, "fr", french), "La honte"))
    assert (source.name, source.role) == ("Me Nadia Benali", "avocate de la famille Solier")
    for client in ("the Solier family", "John Smith"):
        english = f'"Shame does not delete messages," said the lawyer for {client}, Nadia Benali.'
        source = source_of(claim_about(analyse(models, "en", english), "Shame"))
        assert (source.name, source.role) == ("Nadia Benali", f"lawyer for {client}")


def test_a_first_name_set_off_before_what_the_person_belongs_to(models: ModelCache) -> None:
    """ "résume Kevin, membre des Ultras Vierzonnais" gave the quote to the supporters' club:
    the first name set off before the description is who speaks."""
    text = (
        "« On ne demande pas des miracles, on demande de l'envie », résume Kevin, membre des "
        "Ultras Vierzonnais, qui n'a pas souhaité donner son nom."
    )
    source = source_of(claim_about(analyse(models, "fr", text), "miracles"))
    assert (source.name, source.type.value, source.role) == (
        "Kevin",
        "person",
        "membre des Ultras Vierzonnais",
    )


def test_a_minister_named_after_a_coordinated_portfolio_is_the_speaker(
    models: ModelCache,
) -> None:
    """ "la ministre du Travail et des Solidarités, Agnès Dufresne, a reconnu" was a source
    "Solidarités": the parse leaves the verb with no subject, and the word before the
    name's comma was taken for it."""
    text = (
        "Sur le plateau de France 2, la ministre du Travail et des Solidarités, Agnès "
        "Dufresne, a pourtant reconnu que la piste était « étudiée »."
    )
    source = source_of(claim_about(analyse(models, "fr", text), "étudiée"))
    assert (source.name, source.role) == (
        "Agnès Dufresne",
        "ministre du Travail et des Solidarités",
    )


def test_a_name_set_off_after_a_role_and_where_it_serves_is_the_speaker(
    models: ModelCache,
) -> None:
    """ "martèle sa porte-parole dans la Vienne, Sylvie Marchand, éleveuse de chèvres" was
    named "sa porte-parole": the place where the role serves ended the speaker before her
    name."""
    text = (
        "« Ces bassines, c'est de l'argent public », martèle sa porte-parole dans la Vienne, "
        "Sylvie Marchand, éleveuse de chèvres à Lusignan."
    )
    assert speaker_about(models, "fr", text, "bassines") == "Sylvie Marchand"


def test_a_channel_before_a_name_set_off_stays_out_of_the_role(models: ModelCache) -> None:
    """Guard: "a déclaré le ministre sur France Inter, Jean Dupont" does not make "ministre
    sur France Inter" a role: the phrase is where it was said."""
    text = "« Le plan est prêt », a déclaré le ministre sur France Inter, Jean Dupont."
    source = source_of(claim_about(analyse(models, "fr", text), "Le plan"))
    assert "France Inter" not in (source.role or "")


def test_a_long_role_with_its_acronym_set_off_after_the_name_is_the_source_s(
    models: ModelCache,
) -> None:
    """ "Pour Thomas Aubriot, chercheur à l'Institut français des relations internationales
    (Ifri), ces contacts …" opened the content with his role: the role ran past eight
    words, and "economist" was no role in English."""
    french = (
        "Pour Thomas Aubriot, chercheur à l'Institut français des relations internationales "
        "(Ifri), ces contacts, s'ils sont avérés, « ne signifient pas qu'un accord est proche »."
    )
    claim = claim_about(analyse(models, "fr", french), "accord est proche")
    assert source_of(claim).role == (
        "chercheur à l'Institut français des relations internationales (Ifri)"
    )
    assert claim.content.text.startswith("ces contacts")
    english = (
        "According to Ann Bell, an economist at the Brookings Institution (BI), the plan will fail."
    )
    claim = claim_about(analyse(models, "en", english), "plan will fail")
    assert claim.content.text == "the plan will fail"
