"""Who a description, an office or an unnamed group stands for, and verbs of saying in another
sense (issue 11, thirty-ninth pass): an office with its capitalised portfolio that the
recogniser reads as a body ("Le ministre de la Santé a ajouté"), a demonstrative before a noun
for people ("ce père de quatre enfants", "this father of four") that points back at the person
just named, a group cited again by its noun ("The loggers" after "Two loggers"), a subject
stressed ("lui-même", "herself"), "condamner X à deux ans de prison" and "ne relève que de",
and a masthead word inside a body's name. Every sentence here is written for this file."""

from __future__ import annotations

from claimcheck.models import SourceType
from claimcheck.nlp.loading import ModelCache
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


# -- a name inside its role's portfolio -------------------------------------------------------


def test_a_name_after_its_portfolio_is_the_person_a_pronoun_stands_for(
    models: ModelCache,
) -> None:
    """The recogniser reads "ministre de la Santé" as a body's name, so the office mentioned
    again after the minister was named kept that name instead of the minister's."""
    text = (
        "Le ministre de la Santé Lukas Horvat a présenté le plan de vaccination mardi. Selon "
        "lui, les hôpitaux sont prêts. Le ministre de la Santé a ajouté que les écoles "
        "resteraient ouvertes."
    )
    assert speaker_about(models, "fr", text, "hôpitaux") == "Lukas Horvat"
    assert speaker_about(models, "fr", text, "écoles") == "Lukas Horvat"


def test_a_surname_that_is_a_role_word_is_no_office(models: ModelCache) -> None:
    """ "King says" after "King Solomon Missionary Baptist Church" (a person titled king to the
    rules): the tennis player, a surname, not an office whose holder the text named."""
    text = (
        "Mourners hugged members of King Solomon Missionary Baptist Church on Sunday.\n\n"
        "Tennis great Billie Jean King remembered the champion as fun to be around. King says "
        "he always made her laugh."
    )
    name = speaker_about(models, "en", text, "made her laugh")
    assert name.endswith("Jean King")  # the recogniser may leave "Billie" out


# -- a demonstrative description points back ----------------------------------------------------


def test_ce_before_a_noun_for_people_is_the_person_just_named(models: ModelCache) -> None:
    """ "Ce père de quatre enfants" was a description of nobody, named "père de quatre
    enfants"; it is the man the sentence before named."""
    text = (
        "Marc Lefèvre, 45 ans, a perdu son emploi à l'usine en mars. Ce père de quatre enfants "
        "assure qu'il n'a reçu aucune aide de la mairie."
    )
    source = source_of(claim_about(analyse(models, "fr", text), "aucune aide"))
    assert (source.text, source.name, source.type) == (
        "Ce père de quatre enfants",
        "Marc Lefèvre",
        SourceType.PERSON,
    )


def test_cette_keeps_to_a_person_of_its_gender(models: ModelCache) -> None:
    """The nearest person named is a man; "cette mère de trois enfants" is the woman named
    before him."""
    text = (
        "Sophie Marchal attend un logement social depuis six ans, comme son voisin Alain "
        "Berthier. Cette mère de trois enfants affirme que la mairie ne répond plus à ses "
        "courriers."
    )
    assert speaker_about(models, "fr", text, "courriers") == "Sophie Marchal"


def test_this_before_a_noun_for_people_is_the_person_just_named(models: ModelCache) -> None:
    text = (
        "Mark Fielding lost his job at the plant in March. This father of four says he has "
        "received no help from the city."
    )
    assert speaker_about(models, "en", text, "no help") == "Mark Fielding"


def test_a_demonstrative_unnamed_source_is_no_named_person(models: ModelCache) -> None:
    """ "Ce conseiller", "this official": nouns for people that also name unnamed sources are
    the unnamed source so called, never the person the text named last."""
    french = (
        "Le député Paul Girard a quitté le parti lundi. Un conseiller du groupe a parlé au "
        "Monde. Ce conseiller affirme que la décision était prise depuis longtemps."
    )
    english = (
        "Senator Paul Gerard left the party on Monday, an official close to him said. This "
        "official told reporters that the decision had been made weeks ago."
    )
    cases = [("fr", french, "décision", "Girard"), ("en", english, "weeks ago", "Gerard")]
    for language, text, words, named in cases:
        source = source_of(claim_about(analyse(models, language, text), words))
        assert source.type is SourceType.ANONYMOUS, language
        assert named not in source.name, language


# -- a penalty is no statement -------------------------------------------------------------------


def test_a_sentence_handed_down_is_no_claim(models: ModelCache) -> None:
    """ "a condamné Jean Dupont à deux ans de prison" was the court's statement that "Jean
    Dupont à deux ans de prison"; "condemned him to death", the court's view of him. The same
    verbs with no complement in "à", "to" still report a judgment voiced, an object opened by
    "des" too."""
    french = (
        "Le tribunal correctionnel a condamné Jean Dupont à deux ans de prison. Il a été "
        "condamné à une amende de 5 000 euros. Le maire a condamné l'attaque contre la mairie. "
        "La préfète a condamné des violences inacceptables."
    )
    claims = attributed(analyse(models, "fr", french))
    assert [(c.cue.text if c.cue else None, c.content.text) for c in claims] == [
        ("a condamné", "l'attaque contre la mairie"),
        ("a condamné", "des violences inacceptables"),
    ]
    english = "The court condemned him to death. The mayor condemned the attack as cowardly."
    claims = attributed(analyse(models, "en", english))
    assert [source_of(c).text for c in claims] == ["The mayor"]
    # a complement in "au" before the object says where it was said
    said_where = "Le maire a condamné au micro de RTL l'attaque contre la mairie."
    claims = attributed(analyse(models, "fr", said_where))
    assert [(source_of(c).text, c.cue.text if c.cue else None) for c in claims] == [
        ("Le maire", "a condamné")
    ]


def test_relever_de_says_what_a_thing_belongs_to(models: ModelCache) -> None:
    """ "… ne relève que de la supposition": "relever de" is to be a matter of; the clause
    before it was a source, named "glyphosate doive son autorisation aux industriels"."""
    text = (
        "Mais que le glyphosate doive son autorisation aux industriels ne relève que de la "
        "supposition. Le rapport relève que les contrôles ont été allégés."
    )
    claims = attributed(analyse(models, "fr", text))
    assert [source_of(c).text for c in claims] == ["Le rapport"]


# -- a subject stressed ---------------------------------------------------------------------------


def test_a_stressed_subject_is_named_without_its_pronoun(models: ModelCache) -> None:
    """ "le Premier ministre lui-même", "the governor herself": the pronoun only stresses who
    spoke; it was part of the source's name."""
    french = "Le Premier ministre lui-même a fait savoir qu'il cherchait un remplaçant."
    assert source_of(the_claim(analyse(models, "fr", french))).text == "Le Premier ministre"
    english = "The governor herself said that she was looking for a replacement."
    assert source_of(the_claim(analyse(models, "en", english))).text == "The governor"


# -- an unnamed group cited again ----------------------------------------------------------------


def test_an_unnamed_group_named_again_by_its_noun_is_one_source(models: ModelCache) -> None:
    """ "Two loggers … The loggers … They": one unnamed group, where "the loggers" was a source
    of unknown type of its own. A singular noun is not the group."""
    text = (
        "Two loggers have since claimed that they heard the shot. Relatives said that he knew "
        "the men well. The loggers told police that the hunter walked ahead of them. They "
        "claimed that he was still alive. The logger who stayed behind said that he called "
        "for help."
    )
    claims = analyse(models, "en", text)
    group = [source_of(claim_about(claims, words)) for words in ("ahead", "still alive")]
    assert [(s.name, s.type) for s in group] == [("Two loggers", SourceType.ANONYMOUS)] * 2
    assert source_of(claim_about(claims, "for help")).name != "Two loggers"
    # a noun the unnamed source's words hold, but not its name
    other = (
        "People familiar with the report said that it was delayed. The report says that "
        "exports fell."
    )
    source = source_of(claim_about(analyse(models, "en", other), "exports fell"))
    assert source.type is SourceType.DOCUMENT


def test_a_verb_of_saying_read_as_a_preposition_still_frames(models: ModelCache) -> None:
    """ "Les manifestants assurent qu'…", "assurent" tagged a preposition: a verb with its
    subject and its clause. The demonstrators are the unnamed group cited before."""
    text = (
        "Trois manifestants affirment avoir été frappés par des policiers. Les manifestants "
        "assurent qu'ils n'étaient pas armés."
    )
    source = source_of(claim_about(analyse(models, "fr", text), "pas armés"))
    assert (source.text, source.name) == ("Les manifestants", "Trois manifestants")


# -- a masthead word inside a body's name -------------------------------------------------------


def test_a_masthead_word_inside_a_name_makes_no_outlet(models: ModelCache) -> None:
    """ "Independent" of "California Independent System Operator" made the grid operator an
    outlet; "The Springfield Herald" and a host of "Fox News" still name the press."""
    text = (
        "The California Independent System Operator, the nonprofit that runs the grid, said "
        "it acted after two plants shut down. The Springfield Herald reported that prices "
        "rose. Fox News host Sean Hannity said that the outages were avoidable."
    )
    claims = analyse(models, "en", text)
    types = [source_of(claim_about(claims, words)).type for words in ("acted", "prices", "outages")]
    assert types == [SourceType.ORGANIZATION, SourceType.MEDIA, SourceType.MEDIA]


def test_a_number_hyphened_to_a_noun_counts_no_speakers(models: ModelCache) -> None:
    """ "The 50-state poll", "a 12-member committee": the number counts states and members,
    and the source was typed anonymous as if it counted people; "some 20 lawmakers" and
    "two-thirds of the voters" do."""
    text = (
        "The 50-state poll finds the governor ahead by four points. A 12-member committee said "
        "the plan was sound. Some 20 lawmakers said the vote was rigged. About two-thirds of "
        "the voters said they were worried about prices."
    )
    claims = analyse(models, "en", text)
    words = ("ahead", "sound", "rigged", "prices")
    types = [source_of(claim_about(claims, w)).type for w in words]
    assert types == [
        SourceType.DOCUMENT,
        SourceType.ORGANIZATION,
        SourceType.ANONYMOUS,
        SourceType.ANONYMOUS,
    ]


# -- a body's name set off after its noun --------------------------------------------------


def test_a_body_s_name_set_off_after_its_noun_is_its_name(models: ModelCache) -> None:
    """ "The company, Norvel Pharmaceuticals, said" was named "company, Norvel
    Pharmaceuticals": only a name right after the noun ("le groupe Renault") was the body's
    own; one set off by a comma was read as whom the noun belongs to."""
    cases = [
        ("en", "The company, Norvel Pharmaceuticals, said that it had received no complaints."),
        ("fr", "Le syndicat, Force ouvrière, a dénoncé une « provocation » du gouvernement."),
    ]
    names = []
    for language, text in cases:
        source = source_of(the_claim(analyse(models, language, text)))
        names.append((source.name, source.type))
    organization = SourceType.ORGANIZATION
    assert names == [("Norvel Pharmaceuticals", organization), ("Force ouvrière", organization)]


def test_a_body_s_name_after_a_spokesman_for_it_is_no_spokesman_s_name(
    models: ModelCache,
) -> None:
    """ "A spokesman for the company, Acme Corp., said" named a person "Acme Corp.": the
    name set off after a role's complement was read as the role holder's by its shape. A
    person's name there still is ("the union, Dana Ruiz")."""
    unnamed = "A spokesman for the company, Acme Corp., said the plant would close."
    source = source_of(the_claim(analyse(models, "en", unnamed)))
    assert source.type is not SourceType.PERSON and source.name != "Acme Corp."
    named = "A spokeswoman for the union, Dana Ruiz, said the talks had stalled."
    source = source_of(the_claim(analyse(models, "en", named)))
    assert (source.name, source.type) == ("Dana Ruiz", SourceType.PERSON)


def test_an_opening_description_is_nobody_named_later_with_another_role(
    models: ModelCache,
) -> None:
    """ "Le porte-parole de l'entreprise, Michelin, a indiqué …" went to Jean Dupont, "le
    porte-parole du syndicat" of the next paragraph: a description that opens an article
    stands for the one person later given its title only if what else it says was said of
    them too. "The chief executive said …" before "Julia Brandt, the company's chief
    executive" still is Julia Brandt."""
    text = (
        "Le porte-parole de l'entreprise, Michelin, a indiqué que l'usine fermerait.\n\n"
        "Le porte-parole du syndicat, Jean Dupont, a indiqué que la grève continuerait."
    )
    assert speaker_about(models, "fr", text, "fermerait") != "Jean Dupont"
    text = (
        "The chief executive said the company would cut 500 jobs.\n\n"
        '"We have no choice," said Julia Brandt, the company\'s chief executive.'
    )
    assert speaker_about(models, "en", text, "500 jobs") == "Julia Brandt"


def test_a_company_called_by_its_first_word_is_one_source(models: ModelCache) -> None:
    """ "Norvel has denied the allegations" after "Norvel Pharmaceuticals" was a person named
    Norvel: the recogniser calls the short name a person's. A company's name that ends on its
    legal form or sector gives its first word to the company, one source with its full name;
    not a word the text gives a person as a surname ("Ford" after "Henry Ford")."""
    text = (
        "Brightway Energy Inc. said in a filing that it had lost $40 million. Brightway has "
        "denied the allegations."
    )
    source = source_of(claim_about(analyse(models, "en", text), "allegations"))
    assert (source.name, source.type) == ("Brightway Energy Inc.", SourceType.ORGANIZATION)
    text = (
        "Vallourec SA a annoncé la fermeture du site. Vallourec affirme que les salariés seront "
        "reclassés."
    )
    source = source_of(claim_about(analyse(models, "fr", text), "reclassés"))
    assert (source.name, source.type) == ("Vallourec SA", SourceType.ORGANIZATION)
    text = (
        "Henry Ford spoke first. Ford Motor Co. then said sales were up. Ford said the plant "
        "would stay open."
    )
    source = source_of(claim_about(analyse(models, "en", text), "stay open"))
    assert (source.name, source.type) == ("Henry Ford", SourceType.PERSON)
