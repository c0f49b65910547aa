"""What real news pages do that the rules misread (issue 11, thirty-eighth pass): a testimony
set out as paragraphs of quotation with intertitles between them, a pull quote set as a heading,
the writer's context after an incise ("…, alors que …"), a relay participle that is a passive
verb, opinion frames opened on a profession or on a camp ("Pour les détracteurs du …"), a verb
in the first person inside a quotation, the unnamed of an army, and a chief judge among judges.
The patterns come from reading the reports of French and English pages of public test-fixture
repositories; every sentence here is written for this file."""

from __future__ import annotations

from claimcheck.models import ClaimKind, SourceType
from claimcheck.nlp.loading import ModelCache
from claimcheck.nlp.quotes import find_quotes
from test_attribution_models import (
    analyse,
    attributed,
    claim_about,
    models,
    source_of,
    speaker_about,
    the_claim,
)

__all__ = ["models"]  # the module-scoped model cache, shared with this module's tests

TESTIMONY = (
    "Mariam Haddad, 41 ans, est infirmière dans le dernier hôpital de la ville. Son "
    "témoignage a été recueilli par téléphone.\n"
    "« Le matin, nous comptons les blessés. Les lits manquent.\n"
    "« Nous opérons sans anesthésie depuis une semaine.\n"
    "Des journées sans fin\n"
    "« Le soir, je rentre à pied. Mes enfants m'attendent. »\n"
)


# -- quotations laid out over paragraphs --------------------------------------------------------


def test_a_continued_quotation_ends_before_an_intertitle() -> None:
    """Each paragraph of the testimony reopens its guillemet and only the last one closes;
    the page set an intertitle between two of them. The quotation that ran over the first two
    paragraphs was dropped whole, for want of a closing mark before the intertitle."""
    quotes = [TESTIMONY[q.start : q.end] for q in find_quotes(TESTIMONY)]
    assert quotes == [
        "« Le matin, nous comptons les blessés. Les lits manquent.\n"
        "« Nous opérons sans anesthésie depuis une semaine.",
        "« Le soir, je rentre à pied. Mes enfants m'attendent. »",
    ]


def test_a_testimony_is_the_words_of_the_person_its_introduction_names(
    models: ModelCache,
) -> None:
    """Quotation paragraphs with no verb of saying after a paragraph that introduces one
    person: hers, across the intertitle too. They were statements of nobody."""
    claims = attributed(analyse(models, "fr", TESTIMONY))
    assert [(c.content.text[:20], source_of(c).name) for c in claims] == [
        ("« Le matin, nous com", "Mariam Haddad"),
        ("« Nous opérons sans ", "Mariam Haddad"),
        ("« Le soir, je rentre", "Mariam Haddad"),
    ]


def test_an_introduction_that_names_two_people_establishes_no_speaker(
    models: ModelCache,
) -> None:
    text = (
        "Mariam Haddad, 41 ans, est infirmière dans le dernier hôpital de la ville. Son mari, "
        "Karim Haddad, y est brancardier.\n"
        "« Le matin, nous comptons les blessés. Les lits manquent. »\n"
    )
    assert attributed(analyse(models, "fr", text)) == []


def test_a_quotation_set_as_a_heading_is_nobody_s_words(models: ModelCache) -> None:
    """A pull quote, a line of its own with no sentence's end, repeats words quoted further
    down, whoever said them: it was given to the speaker of the paragraph before."""
    text = (
        "Le ministère a dénoncé « des frappes inacceptables » contre le camp.\n"
        "« Les combats sont entrés dans une phase encore plus terrible »\n"
        "Le coordinateur des secours de l'ONU, Karl Berg, a décrit une situation désespérée."
    )
    claims = analyse(models, "fr", text)
    heading = claim_about(claims, "Les combats sont entrés")
    assert heading.kind is ClaimKind.UNATTRIBUTED


# -- frames ---------------------------------------------------------------------------------------


def test_alors_que_after_an_incise_is_the_writer_s_context(models: ModelCache) -> None:
    """ "…, a assuré une source gouvernementale, alors que …": the whole sentence, frame
    included, was the content, as English "…, officials said, as …" no longer is."""
    text = (
        "Le gouvernement règle ses dettes envers les compagnies pétrolières, a assuré une source "
        "gouvernementale, alors que les automobilistes font la queue devant les stations."
    )
    claim = the_claim(analyse(models, "fr", text))
    assert claim.content.text == (
        "Le gouvernement règle ses dettes envers les compagnies pétrolières"
    )


def test_a_relay_participle_after_its_auxiliary_is_a_passive_verb(models: ModelCache) -> None:
    """ "il est finalement repris par trois défenseurs": caught by defenders, not words passed
    on by them; the clause before was a claim of the defenders."""
    text = "Wissa part seul en contre mais il est finalement repris par trois défenseurs."
    assert attributed(analyse(models, "fr", text)) == []


def test_a_relay_participle_set_off_still_passes_words_on(models: ModelCache) -> None:
    text = "Les riverains, cités par Le Parisien, se disent « exaspérés » par le bruit."
    assert source_of(the_claim(analyse(models, "fr", text))).text == "Les riverains"


def test_pour_la_toxicologue_is_the_view_of_the_toxicologist_named_before(
    models: ModelCache,
) -> None:
    text = (
        "La toxicologue Dominique Parent-Massin a présidé le comité d'experts.\n"
        "Pour la toxicologue, « interdire un produit sur la base du danger est absurde »."
    )
    assert speaker_about(models, "fr", text, "interdire") == "Dominique Parent-Massin"


def test_pour_and_a_camp_is_that_camp_s_view(models: ModelCache) -> None:
    """ "Pour les détracteurs du glyphosate, …", "Pour ses opposants, …": the unnamed of a
    side, as English "critics" and "opponents" are; they were no speakers."""
    claims = analyse(
        models,
        "fr",
        "Pour les détracteurs du glyphosate, cette unanimité scientifique est suspecte. "
        "Pour ses opposants, le classement du produit a clos le débat.",
    )
    sources = [(source_of(c).text, source_of(c).type) for c in attributed(claims)]
    assert sources == [
        ("les détracteurs du glyphosate", SourceType.ANONYMOUS),
        ("ses opposants", SourceType.ANONYMOUS),
    ]


# -- who speaks -------------------------------------------------------------------------------


def test_a_verb_in_the_first_person_inside_a_quotation_is_no_incise(models: ModelCache) -> None:
    """ "…, nous soutenons cette approche. …", déclare-t-il": "cette approche" was read as
    the inverted subject of "soutenons", and spoke the whole quotation."""
    text = (
        "Le capitaine Joan Vaquero dirige un chalutier à Palma. « Nous ne sommes pas contre, "
        "nous soutenons cette approche. Mais il faut du temps », déclare-t-il."
    )
    claim = claim_about(analyse(models, "fr", text), "soutenons")
    assert (claim.cue is not None and claim.cue.text, source_of(claim).name) == (
        "déclare-t-il",
        "Joan Vaquero",
    )


def test_an_incise_after_a_dative_pronoun_still_names_its_speaker(models: ModelCache) -> None:
    text = "« Nous irons jusqu'au bout », nous confie Ahmed, gréviste depuis trois semaines."
    assert source_of(the_claim(analyse(models, "fr", text))).name == "Ahmed"


def test_the_unnamed_of_an_army_or_an_event_are_anonymous(models: ModelCache) -> None:
    claims = analyse(
        models,
        "fr",
        "Le Hamas a construit des tunnels, d'après d'anciens officiers de sécurité israéliens. "
        "Les organisateurs ont annoncé que le festival était complet.",
    )
    assert [source_of(c).type for c in attributed(claims)] == [SourceType.ANONYMOUS] * 2


def test_the_chief_judge_is_the_one_named_chief_judge_not_the_last_judge(
    models: ModelCache,
) -> None:
    """ "le juge en chef" went to the last judge named: the complement that makes another
    office of the role was ignored, and the role set off before the chief judge's name (which
    the parser hung on the verb) was not his."""
    text = (
        "Le juge en chef de la Cour de l'impôt, Eugene Rossiter, a ouvert une enquête sur le "
        "juge Randall Bocock.\n"
        "Le juge Bocock avait rencontré des avocats du cabinet, selon des documents judiciaires.\n"
        "Le juge en chef avait déclaré que le juge Bocock n'avait commis aucune faute."
    )
    assert speaker_about(models, "fr", text, "aucune faute") == "Eugene Rossiter"
