"""Who a description names (issue 11): the press refers back to the person it has just quoted
with an epithet ("la jeune femme", "le spécialiste", "ce dernier", "the researcher") and to the
source it has just cited with "de même source", "the same official". A reader shows that
person's name; an office ("le ministre") names only someone given that title. Each case is a
pattern of the language, written for this file."""

from __future__ import annotations

import pytest

from claimcheck.models import SourceType
from claimcheck.nlp.loading import ModelCache
from test_attribution_models import analyse, attributed, claim_about, models, source_of

__all__ = ["models"]  # the module-scoped model cache, shared with this module's tests


@pytest.mark.parametrize(
    ("language", "text", "words", "name"),
    [
        (
            "fr",
            "« Il faut agir », glisse Zineb, étudiante en lettres. Posée à la cafétéria, la "
            "jeune femme s'inquiète : « Les cours ne suffisent pas. »",
            "Les cours",
            "Zineb",
        ),
        (
            "fr",
            "Le naturopathe Olivier Panisset conseille les probiotiques. « Il faut quatre mois "
            "de cure », précise le spécialiste.",
            "quatre mois",
            "Olivier Panisset",
        ),
        (
            "fr",
            "La chercheuse Anne Petit travaille au CNRS. « Les données sont claires », explique "
            "la scientifique.",
            "données",
            "Anne Petit",
        ),
        (
            "fr",
            "Le député Jean Martin était présent. « Nous voterons contre », a déclaré l'intéressé.",
            "voterons",
            "Jean Martin",
        ),
        (
            "en",
            'Jane Doe studies coral reefs at Stanford. "The damage is severe," the researcher '
            "said.",
            "damage",
            "Jane Doe",
        ),
        (
            "fr",
            "« C'est une provocation », a lancé Sophie Binet, secrétaire générale de la CGT. La "
            "dirigeante syndicale a appelé à une nouvelle journée de mobilisation.",
            "journée de mobilisation",
            "Sophie Binet",
        ),
        (
            "fr",
            "Ousmane Dembélé a marqué deux buts. « Je me sens bien », a confié l'ailier.",
            "sens bien",
            "Ousmane Dembélé",
        ),
    ],
    ids=[
        "jeune-femme",
        "specialiste",
        "scientifique",
        "interesse",
        "researcher",
        "dirigeante-syndicale",
        "ailier",
    ],
)
def test_an_epithet_names_the_person_just_quoted_or_named(
    models: ModelCache, language: str, text: str, words: str, name: str
) -> None:
    source = source_of(claim_about(analyse(models, language, text), words))
    assert (source.name, source.type, source.resolved) == (name, SourceType.PERSON, True)


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "fr",
            "Pierre Lenoir a reçu Paul Martin lundi. Ce dernier a affirmé que l'accord était "
            "proche.",
            "Paul Martin",
        ),
        (
            "fr",
            "Marie Durand a rencontré Paul Martin lundi. Cette dernière a affirmé que l'accord "
            "était proche.",
            "Marie Durand",
        ),
        (
            "en",
            "Bob Smith met Tom Jones on Monday. The latter said the deal was close.",
            "Tom Jones",
        ),
    ],
    ids=["ce-dernier", "cette-derniere-by-gender", "the-latter"],
)
def test_the_latter_is_the_person_mentioned_last_of_its_gender(
    models: ModelCache, language: str, text: str, name: str
) -> None:
    """Not the sentence's subject, as a pronoun would be: the one mentioned last."""
    words = "accord" if language == "fr" else "deal"
    source = source_of(claim_about(analyse(models, language, text), words))
    assert source.name == name


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        (
            "fr",
            "Jean Dupont, maire de Lyon, a critiqué la réforme. Le ministre a répondu que le "
            "texte serait amendé.",
            "amendé",
        ),
        (
            "fr",
            "La réunion a eu lieu mardi sans incident. « Nous avançons », a déclaré l'expert.",
            "avançons",
        ),
        (
            "fr",
            "Jean Dupont a présenté le budget. « Nous refusons », a déclaré la jeune femme.",
            "refusons",
        ),
    ],
    ids=["an-office-is-not-an-epithet", "nobody-named", "not-of-her-gender"],
)
def test_an_epithet_with_nobody_to_stand_for_names_nobody(
    models: ModelCache, language: str, text: str, words: str
) -> None:
    source = source_of(claim_about(analyse(models, language, text), words))
    assert source.name != "Jean Dupont"
    assert source.name and source.name.split()[-1] in source.text


def test_a_role_coordinated_in_an_apposition_is_the_person_s_title(models: ModelCache) -> None:
    """ "la gastro-entérologue" after "X, professeure de nutrition et gastro-entérologue": the
    parser hangs the second role on "nutrition", but it is hers."""
    text = (
        "Francisca Joly, professeure de nutrition et gastro-entérologue au CHU Beaujon, publie "
        "un livre. Les fibres y tiennent une grande place. Elles nourrissent le microbiote. "
        "« Les légumes comptent aussi », précise la gastro-entérologue."
    )
    source = source_of(claim_about(analyse(models, "fr", text), "légumes comptent"))
    assert source.name == "Francisca Joly"


@pytest.mark.parametrize(
    ("language", "text", "words", "name", "kind"),
    [
        (
            "fr",
            "« Rien n'est décidé », a affirmé l'entourage du ministre. « On verra », ajoute-t-on "
            "de même source.",
            "verra",
            "entourage du ministre",
            SourceType.ANONYMOUS,
        ),
        (
            "fr",
            "Selon Le Monde, le projet est abandonné. Le texte serait réécrit, selon la même "
            "source.",
            "réécrit",
            "Le Monde",
            SourceType.MEDIA,
        ),
        (
            "en",
            '"We will not comment," a State Department official said. The same official said '
            "talks would resume.",
            "talks",
            "State Department official",
            SourceType.ANONYMOUS,
        ),
    ],
    ids=["de-meme-source", "selon-la-meme-source", "the-same-official"],
)
def test_the_same_source_is_the_source_cited_just_before(
    models: ModelCache, language: str, text: str, words: str, name: str, kind: SourceType
) -> None:
    claims = attributed(analyse(models, language, text))
    source = source_of(claim_about(claims, words))
    assert (source.name, source.type) == (name, kind)


@pytest.mark.parametrize(
    ("language", "text", "words", "name"),
    [
        (
            "en",
            "Former President Donald Trump said the economy was weak. Biden said it was strong. "
            "The former president added that he would run.",
            "would run",
            "Donald Trump",
        ),
        (
            "en",
            "President Joe Biden said the economy was strong. Trump said it was weak. The "
            "former president added that the party was in chaos.",
            "chaos",
            "former president",
        ),
    ],
    ids=["said-of-him", "not-said-of-the-president-who-spoke"],
)
def test_a_qualified_description_names_only_whom_it_was_said_of(
    models: ModelCache, language: str, text: str, words: str, name: str
) -> None:
    """ "the former president" is not the president who spoke before, unless he was called so."""
    assert source_of(claim_about(analyse(models, language, text), words)).name == name


@pytest.mark.parametrize(
    ("language", "text", "words", "name"),
    [
        (
            "en",
            'Roberto De Zerbi was angry after the match. "I think the referee was wrong," the '
            "Italian said.",
            "referee",
            "Roberto De Zerbi",
        ),
        (
            "fr",
            "Ursula von der Leyen était à Kiev mardi. « Nous resterons aux côtés de l'Ukraine », "
            "a déclaré l'Allemande.",
            "resterons",
            "Ursula von der Leyen",
        ),
        (
            "en",
            "Sean Dyche, the Everton manager, was furious. The 53-year-old said he would write "
            "to the league.",
            "write",
            "Sean Dyche",
        ),
    ],
    ids=["the-italian", "l-allemande", "the-53-year-old"],
)
def test_a_nationality_or_an_age_stands_for_the_person_just_named(
    models: ModelCache, language: str, text: str, words: str, name: str
) -> None:
    source = source_of(claim_about(analyse(models, language, text), words))
    assert (source.name, source.type) == (name, SourceType.PERSON)


def test_a_nationality_with_nobody_named_is_a_person_without_a_name(models: ModelCache) -> None:
    """The recogniser calls "Italian" a nationality, which made an organisation of it."""
    text = 'The match ended in a draw. "The referee was wrong," the Italian said.'
    source = source_of(claim_about(analyse(models, "en", text), "referee"))
    assert (source.name, source.type) == ("Italian", SourceType.PERSON)


@pytest.mark.parametrize(
    ("language", "text", "words", "name", "kind"),
    [
        (
            "en",
            "Amazon said it would open a warehouse. The company said the project would create "
            "1,000 jobs.",
            "1,000 jobs",
            "Amazon",
            SourceType.ORGANIZATION,
        ),
        (
            "en",
            "The Food and Drug Administration said the drug was safe. The agency said more "
            "tests would follow.",
            "more tests",
            "Food and Drug Administration",
            SourceType.GOVERNMENT,
        ),
        (
            "fr",
            "La CGT appelle à la grève. La centrale syndicale réclame une hausse des salaires.",
            "hausse",
            "CGT",
            SourceType.ORGANIZATION,
        ),
        (
            "fr",
            "TotalEnergies a confirmé la fermeture du site. L'entreprise a précisé que 200 "
            "emplois seraient supprimés.",
            "emplois",
            "TotalEnergies",
            SourceType.ORGANIZATION,
        ),
    ],
    ids=["the-company", "the-agency", "la-centrale-syndicale", "l-entreprise"],
)
def test_a_general_noun_for_a_body_is_the_body_cited_last(
    models: ModelCache, language: str, text: str, words: str, name: str, kind: SourceType
) -> None:
    source = source_of(claim_about(analyse(models, language, text), words))
    assert (source.name, source.type) == (name, kind)


def test_a_general_noun_for_a_body_of_another_kind_is_not_linked(models: ModelCache) -> None:
    """A ministry is no company: "the company" after the Pentagon is nobody cited before."""
    text = (
        "The Pentagon said the contract was cancelled. The company said it would appeal the "
        "decision."
    )
    source = source_of(claim_about(analyse(models, "en", text), "appeal"))
    assert source.name == "company"


@pytest.mark.parametrize(
    ("language", "text", "name", "role"),
    [
        (
            "fr",
            "Le prévenu conteste les faits, selon son avocat, Me Pierre Farge.",
            "Me Pierre Farge",
            "son avocat",
        ),
        (
            "en",
            "The company will appeal, according to its lawyer, John Smith.",
            "John Smith",
            "its lawyer",
        ),
    ],
    ids=["selon-son-avocat", "according-to-its-lawyer"],
)
def test_a_name_set_off_after_a_closing_prepositional_role_is_the_source_s(
    models: ModelCache, language: str, text: str, name: str, role: str
) -> None:
    source = source_of(attributed(analyse(models, language, text))[0])
    assert (source.name, source.role) == (name, role)


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "fr",
            "« Nous ne céderons pas », a annoncé dimanche soir le maire de Marseille, Benoît "
            "Payan.",
            "le maire de Marseille, Benoît Payan",
        ),
        (
            "fr",
            "« Nous avançons », a déclaré hier matin le ministre.",
            "le ministre",
        ),
    ],
    ids=["dimanche-soir", "hier-matin"],
)
def test_the_part_of_a_day_is_no_part_of_the_speaker(
    models: ModelCache, language: str, text: str, source: str
) -> None:
    assert source_of(attributed(analyse(models, language, text))[0]).text == source


@pytest.mark.parametrize(
    ("language", "text", "name", "role"),
    [
        (
            "fr",
            "La glaciologue Marie Dubois affirme que le glacier a perdu 30 mètres.",
            "Marie Dubois",
            "glaciologue",
        ),
        (
            "fr",
            "« Nous manquons de farine », explique Paul Girard, boulanger à Rennes.",
            "Paul Girard",
            "boulanger à Rennes",
        ),
        (
            "en",
            "Novelist Jane Doe said the book took ten years to write.",
            "Jane Doe",
            "Novelist",
        ),
    ],
    ids=["la-glaciologue", "boulanger", "novelist"],
)
def test_a_profession_is_the_person_s_role_not_part_of_the_name(
    models: ModelCache, language: str, text: str, name: str, role: str
) -> None:
    source = source_of(attributed(analyse(models, language, text))[0])
    assert (source.name, source.type, source.role) == (name, SourceType.PERSON, role)


@pytest.mark.parametrize(
    ("text", "source", "name", "kind"),
    [
        (
            "Le feu a détruit trois hectares, a-t-on appris auprès de la préfecture du Morbihan.",
            "auprès de la préfecture du Morbihan",
            "préfecture du Morbihan",
            SourceType.GOVERNMENT,
        ),
        (
            "Le feu a détruit trois hectares, a-t-on appris.",
            "-on",
            "",
            SourceType.ANONYMOUS,
        ),
        (
            "« Rien n'est fait », assure-t-on à l'Élysée.",
            "-on à l'Élysée",
            "à l'Élysée",
            SourceType.ANONYMOUS,
        ),
    ],
    ids=["appris-aupres-de", "appris", "a-l-elysee"],
)
def test_whom_hearsay_was_learnt_from_is_its_source(
    models: ModelCache, text: str, source: str, name: str, kind: SourceType
) -> None:
    """ "a-t-on appris auprès de X": X told it, and is named; "à l'Élysée" is only where the
    unnamed source speaks from. The source never takes in the cue's verb."""
    claim = attributed(analyse(models, "fr", text))[0]
    found = source_of(claim)
    assert (found.text, found.name, found.type) == (source, name, kind)


def test_an_outlet_written_with_the_is_no_nationality(models: ModelCache) -> None:
    """The recogniser calls "Tennessean" a nationality; at a sentence's start, "The Tennessean"
    is the newspaper, not the person named before."""
    text = "Al Gore will skip the convention. The Tennessean reported that he would stay home."
    source = source_of(claim_about(analyse(models, "en", text), "stay home"))
    assert source.name == "Tennessean" and source.type is not SourceType.PERSON


def test_an_epithet_followed_by_a_name_is_that_name_s(models: ModelCache) -> None:
    """ "L'élue insoumise Julie Escudier": a name after the noun, even one the recogniser
    missed, is who speaks, not the person named before."""
    text = (
        "Le maire, Paul Durand, a parlé hier. L'élue insoumise Julie Escudier affirme que le "
        "projet est mauvais."
    )
    source = source_of(claim_about(analyse(models, "fr", text), "projet"))
    assert "Julie Escudier" in source.name


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "La préfecture de police indique que trois personnes ont été interpellées. Elle "
            "précise que l'enquête se poursuit.",
            "préfecture de police",
            SourceType.GOVERNMENT,
        ),
        (
            "Le ministère indique que trois personnes ont été interpellées. Elle précise que "
            "l'enquête se poursuit.",
            "",
            SourceType.PERSON,
        ),
    ],
    ids=["la-prefecture-elle", "le-ministere-is-no-elle"],
)
def test_elle_with_no_person_is_the_feminine_body_just_cited(
    models: ModelCache, text: str, name: str, kind: SourceType
) -> None:
    """French gives bodies a gender: "elle" after "la préfecture" is the préfecture when no
    woman was named; after "le ministère" it is nobody the text names."""
    source = source_of(claim_about(analyse(models, "fr", text), "enquête"))
    assert (source.name, source.type) == (name, kind)
