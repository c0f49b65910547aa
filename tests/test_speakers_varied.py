"""Who speaks when copy varies how it names them (issue 11, thirtieth pass): a role in the
sentence after the name, an unnamed subject a pronoun goes back to, a ministry before its
minister's name, an apposition the parser hung on the verb; and what such sentences report
when the small French model misreads a word in them. Each case is a pattern of the language,
written for this file; the guards say what must not change."""

from __future__ import annotations

import pytest

from claimcheck.models import SourceType
from claimcheck.nlp.loading import ModelCache
from test_attribution_models import (
    analyse,
    attributed,
    claim_about,
    models,
    source_of,
    sources_listed,
    the_claim,
)

__all__ = ["models"]  # the module-scoped model cache, shared with this module's tests


def test_a_role_right_after_a_named_person_is_that_person(models: ModelCache) -> None:
    """ "Paulo Fonseca ne décolérait pas. « … », a réagi l'entraîneur lyonnais" named the
    speaker "entraîneur lyonnais": the press names a person, then speaks of them by a role."""
    text = (
        "Au coup de sifflet final, Paulo Fonseca ne décolérait pas. « Ce penalty n'existe "
        "pas », a réagi l'entraîneur lyonnais au micro de DAZN."
    )
    source = source_of(the_claim(analyse(models, "fr", text)))
    assert (source.name, source.role) == ("Paulo Fonseca", "entraîneur lyonnais")


def test_two_roles_that_differ_by_their_adjective_are_two_people(models: ModelCache) -> None:
    """ "l'entraîneur marseillais" was the "entraîneur lyonnais" cited before it: the model
    tags "marseillais" an adverb, and only adjectives told descriptions apart."""
    text = (
        "« Je suis content », a réagi l'entraîneur lyonnais. En face, l'entraîneur marseillais "
        "a reconnu que son équipe avait mal joué."
    )
    assert sources_listed(models, "fr", text) == [
        ("entraîneur lyonnais", None),
        ("entraîneur marseillais", None),
    ]


def test_an_office_of_its_own_after_a_name_is_not_that_person(models: ModelCache) -> None:
    """Guard: "Karim B. avait déjà été condamné. « … », avait déclaré le procureur de
    Grasse" is not the accused's word: a role with a complement is an office of its own."""
    text = (
        "En 2021, Karim B. avait déjà été condamné pour recel. « Ce n'est pas un enfant de "
        "chœur », avait alors déclaré le procureur de Grasse."
    )
    assert source_of(the_claim(analyse(models, "fr", text))).name == "procureur de Grasse"


def test_a_role_after_a_sentence_that_names_two_people_stays_unnamed(
    models: ModelCache,
) -> None:
    """Guard: "Emmanuel Macron a reçu le chancelier. Le chancelier allemand a déclaré …" is
    not Macron's: the sentence before speaks of someone else too."""
    text = (
        "Emmanuel Macron a reçu le chancelier à l'Élysée. Le chancelier allemand a déclaré que "
        "l'Europe devait agir."
    )
    assert source_of(the_claim(analyse(models, "fr", text))).name != "Emmanuel Macron"


def test_a_pronoun_after_an_unnamed_subject_is_that_subject(models: ModelCache) -> None:
    """ "A Streamly spokeswoman declined to comment … She said …" left "She" unresolved: a
    role with an indefinite article was no one a pronoun could stand for."""
    text = (
        "A Streamly spokeswoman declined to comment on the number of cuts. She said affected "
        "employees would receive 16 weeks of severance pay."
    )
    source = source_of(the_claim(analyse(models, "en", text)))
    assert (source.name, source.type) == ("Streamly spokeswoman", SourceType.ANONYMOUS)


def test_what_a_witness_told_the_court_is_a_claim(models: ModelCache) -> None:
    """ "Une vendeuse, entendue mardi, a raconté à la barre avoir été menacée d'une arme."
    made no claim, and "-elle" after it was nobody: the parse made the verb of saying the
    infinitive's subject."""
    text = (
        "Une vendeuse, entendue mardi, a raconté à la barre avoir été menacée d'une arme. "
        "« J'ai cru que j'allais mourir », a-t-elle confié."
    )
    claims = analyse(models, "fr", text)
    told = claim_about(claims, "menacée")
    assert (source_of(told).name, told.content.text) == (
        "vendeuse",
        "avoir été menacée d'une arme",
    )
    assert source_of(claim_about(claims, "mourir")).name == "vendeuse"


def test_a_ministry_before_its_minister_s_name_is_not_part_of_it(models: ModelCache) -> None:
    """ "l'ancien ministre de la Santé François Braun" was named "Santé François Braun" (the
    name list knows "Sante" as a first name), and "La ministre de la Culture Rachida Dati",
    which the recogniser takes whole for a body, "ministre de la Culture Rachida Dati"."""
    text = (
        "L'ancien ministre de la Santé François Braun avait assuré que tout irait bien. La "
        "ministre de la Culture Rachida Dati a dit que le festival aurait lieu."
    )
    assert sources_listed(models, "fr", text) == [
        ("François Braun", "ancien ministre de la Santé"),
        ("Rachida Dati", "ministre de la Culture"),
    ]


def test_a_role_the_parser_hung_on_the_verb_is_the_speaker_s(models: ModelCache) -> None:
    """ "…, explique au Monde Christelle Ratignier-Carbonneil, directrice générale de
    l'agence." lost the role: with the paper between verb and name, the parse hung it on the
    verb."""
    text = (
        "« Nous restons très vigilants », explique au Monde Christelle Ratignier-Carbonneil, "
        "directrice générale de l'agence."
    )
    assert sources_listed(models, "fr", text) == [
        ("Christelle Ratignier-Carbonneil", "directrice générale de l'agence"),
        ("Le Monde", None),  # whom she said it to, the claim's relay
    ]


def test_a_pronoun_carries_the_role_compounded_with_the_name(models: ModelCache) -> None:
    """ "Boston coach Jim Montgomery was less pleased. … he said …" gave no role: only a
    role set off by a comma or written with an article counted."""
    text = (
        "Boston coach Jim Montgomery was less pleased. Asked about the penalties, he said the "
        'team had "lost its discipline."'
    )
    assert sources_listed(models, "en", text) == [("Jim Montgomery", "Boston coach")]


def test_a_relative_clause_on_an_according_to_source_ends_at_its_comma(
    models: ModelCache,
) -> None:
    """ "D'après un responsable …, qui a requis l'anonymat, d'autres blocages seraient
    prévus jeudi" made no claim: the parse hung the main clause on the relative's verb."""
    text = (
        "D'après un responsable de la Confédération paysanne, qui a requis l'anonymat, d'autres "
        "blocages seraient prévus jeudi dans l'Isère."
    )
    claim = the_claim(analyse(models, "fr", text))
    assert (source_of(claim).type, claim.content.text, claim.hedged) == (
        SourceType.ANONYMOUS,
        "d'autres blocages seraient prévus jeudi dans l'Isère",
        True,
    )


def test_a_restrictive_negation_is_part_of_what_was_said(models: ModelCache) -> None:
    """ "Moscou affirme de son côté n'avoir visé que des « infrastructures militaires »"
    reported "que des « infrastructures militaires »": the "que" of "ne … que" read as the
    opening of a clause."""
    text = "Moscou affirme de son côté n'avoir visé que des « infrastructures militaires »."
    assert the_claim(analyse(models, "fr", text)).content.text == (
        "n'avoir visé que des « infrastructures militaires »"
    )


def test_an_adjective_misread_as_a_verb_stays_in_the_object(models: ModelCache) -> None:
    """ "a réclamé des systèmes de défense antiaérienne supplémentaires …" reported "des
    systèmes de défense": the model tags "antiaérienne" a verb."""
    text = (
        "Le président ukrainien a de nouveau réclamé des systèmes de défense antiaérienne "
        "supplémentaires à ses alliés."
    )
    content = the_claim(analyse(models, "fr", text)).content.text
    assert content.startswith("des systèmes de défense antiaérienne supplémentaires")


def test_a_speech_noun_as_object_is_what_was_said_not_a_setting(models: ModelCache) -> None:
    """ "Sur X, le député a qualifié la décision de « naufrage »." reported the whole
    sentence: "décision" is a word of the channel ("dans sa décision"), and the frame was read
    as standing after its content."""
    text = "Sur X, le député a qualifié la décision de « naufrage »."
    assert the_claim(analyse(models, "fr", text)).content.text == "la décision de « naufrage »"


def test_the_main_clause_after_a_described_source_keeps_its_subject(models: ModelCache) -> None:
    """ "D'après le collectif …, qui lutte contre l'habitat indigne, plus de 40 000 Marseillais
    vivent …" reported "vivent dans des logements dangereux": the parse made the main clause's
    subject the relative verb's object."""
    text = (
        "D'après le collectif du 5 novembre, qui lutte contre l'habitat indigne, plus de "
        "40 000 Marseillais vivent dans des logements dangereux."
    )
    assert the_claim(analyse(models, "fr", text)).content.text == (
        "plus de 40 000 Marseillais vivent dans des logements dangereux"
    )


def test_a_name_set_off_after_an_incise_s_role_ends_before_a_relative(
    models: ModelCache,
) -> None:
    """ "Aucune piste n'est écartée, a précisé le procureur, Nicolas Bessone, qui n'exclut pas
    …" reported the whole sentence, frame and all: the name after the role was left out of
    the speaker, and the words after the frame taken for more content."""
    text = (
        "Aucune piste n'est écartée, a précisé le procureur, Nicolas Bessone, qui n'exclut pas "
        "un acte criminel."
    )
    claim = the_claim(analyse(models, "fr", text))
    assert (source_of(claim).name, claim.content.text) == (
        "Nicolas Bessone",
        "Aucune piste n'est écartée",
    )


def test_a_campus_after_its_university_s_comma_is_not_the_speaker(models: ModelCache) -> None:
    """ "A study by researchers at the University of California, Davis estimated …" was a
    person named Davis: the parser made the campus a second subject of the verb."""
    text = (
        "A study by researchers at the University of California, Davis estimated that the "
        "drought cost the region 12,000 jobs."
    )
    source = source_of(the_claim(analyse(models, "en", text)))
    assert (source.text, source.type) == (
        "A study by researchers at the University of California",
        SourceType.DOCUMENT,
    )


def test_firefighters_and_a_meeting_agenda_have_their_type(models: ModelCache) -> None:
    """ "a-t-on appris auprès des marins-pompiers" was of unknown type, and "according to a
    meeting agenda posted online" too (lexicon `government_nouns`, `document_nouns`)."""
    french = (
        "Trois personnes sont mortes dans l'incendie d'un immeuble, a-t-on appris auprès des "
        "marins-pompiers."
    )
    english = (
        "The council will take up the contract again on March 12, according to a meeting "
        "agenda posted online."
    )
    assert source_of(the_claim(analyse(models, "fr", french))).type is SourceType.GOVERNMENT
    assert source_of(the_claim(analyse(models, "en", english))).type is SourceType.DOCUMENT


def test_an_office_right_after_its_holder_spoke_is_that_holder(models: ModelCache) -> None:
    """ "Jordan Bardella a laissé entendre que … « … », a déclaré le président du RN" named
    the speaker "président du RN", and the hint was no claim (lexicon `light_verbs`)."""
    text = (
        "Jordan Bardella a laissé entendre que son parti pourrait voter la motion. « Nous "
        "jugerons sur pièces », a déclaré le président du RN sur TF1."
    )
    claims = analyse(models, "fr", text)
    assert source_of(claim_about(claims, "pourrait voter")).name == "Jordan Bardella"
    assert source_of(claim_about(claims, "jugerons")).name == "Jordan Bardella"


def test_a_role_other_than_the_one_given_stays_unnamed(models: ModelCache) -> None:
    """Guard: after "« … », a tonné Mathilde Panot, présidente du groupe La France
    insoumise.", "La députée du Val-de-Marne estime …" is not resolved to her: the text gave
    her another role, and whether both are hers is not for the rules to guess."""
    text = (
        "« Ce gouvernement méprise le Parlement », a tonné Mathilde Panot, présidente du groupe "
        "La France insoumise. La députée du Val-de-Marne estime que le budget est injuste."
    )
    assert source_of(claim_about(analyse(models, "fr", text), "injuste")).name == (
        "députée du Val-de-Marne"
    )


def test_a_warning_after_a_date_is_what_follows_the_frame(models: ModelCache) -> None:
    """ "En 2019, la chercheuse avait déjà alerté sur « l'emballement » …" reported the whole
    sentence, frame and all: with no object, the frame was read as standing inside its
    content, though only the date comes before it."""
    text = (
        "En 2019, la chercheuse avait déjà alerté sur « l'emballement » du réchauffement "
        "océanique dans une tribune au Monde."
    )
    assert the_claim(analyse(models, "fr", text)).content.text.startswith(
        "sur « l'emballement » du réchauffement océanique"
    )


INTERVIEW = """Entretien. Agnès Vidal : « Les océans absorbent la chaleur »

Océanographe au CNRS, Agnès Vidal coordonne le programme Argo-France. Elle revient sur
les dernières mesures.

Les océans ont-ils battu un nouveau record de chaleur ?

Oui. En 2025, la température de surface a dépassé le précédent record. C'est considérable.

Quelles en sont les conséquences ?

Elles sont multiples : blanchissement des coraux, migration des espèces, cyclones plus violents.

Peut-on encore inverser la tendance ?

Pas à court terme. L'océan a une inertie énorme.
"""


def test_an_announced_interview_s_answers_are_the_interviewee_s(models: ModelCache) -> None:
    """The answers of "Entretien. Agnès Vidal : …" were nobody's: its questions speak to no
    "vous", a profession opening the introduction ("Océanographe") was a second person to the
    recogniser, and "Elles sont multiples :" read as a speaker's label."""
    claims = analyse(models, "fr", INTERVIEW)
    for words in ("Oui. En 2025", "Elles sont multiples", "Pas à court terme"):
        assert source_of(claim_about(claims, words)).name == "Agnès Vidal"


def test_a_verb_read_as_a_noun_after_its_subject_s_adjective_reports(
    models: ModelCache,
) -> None:
    """ "L'opposition municipale dénonce un « cadeau électoral » …", after another paragraph,
    made no claim and no sentence at all: the model tagged "dénonce" a noun on "opposition",
    and only a noun right before it was read as the end of a subject."""
    text = (
        "Elle a précisé que le financement serait assuré par les entreprises.\n\n"
        "L'opposition municipale dénonce un « cadeau électoral » à quelques mois des "
        "municipales."
    )
    claim = claim_about(analyse(models, "fr", text), "cadeau")
    assert (source_of(claim).text, claim.content.text) == (
        "L'opposition municipale",
        "un « cadeau électoral »",
    )


def test_a_quotation_mark_is_never_the_subject(models: ModelCache) -> None:
    """ "Rencontré à l'arrêt Commerce, Mehdi, étudiant de 21 ans, se réjouit : « … »" made no
    claim: the parse made the guillemet the verb's subject, and the reflexive "se" stopped the
    search for the noun before the verb. Mehdi, a place to the recogniser, is a person by the
    role set off after his name, though the speaker's phrase stops before it."""
    text = (
        "Du côté des usagers, l'accueil est enthousiaste. Rencontré à l'arrêt Commerce, Mehdi, "
        "étudiant de 21 ans, se réjouit : « Je pourrai enfin aller voir ma famille. »"
    )
    source = source_of(claim_about(analyse(models, "fr", text), "famille"))
    assert (source.name, source.type) == ("Mehdi", SourceType.PERSON)


def test_a_speaker_s_phrase_never_ends_inside_a_word(models: ModelCache) -> None:
    """ "…, said Sen. Josh Hawley, a Missouri Republican who co-sponsored the bill." gave the
    speaker as "…, a Missouri Republican who co": the parse split the hyphenated word."""
    text = (
        '"Today we said enough," said Sen. Josh Hawley, a Missouri Republican who co-sponsored '
        "the bill."
    )
    assert source_of(the_claim(analyse(models, "en", text))).text.endswith("co-sponsored")


def test_a_metropolis_authority_is_government(models: ModelCache) -> None:
    """ "selon la métropole" was of unknown type (lexicon `government_nouns`)."""
    text = "La mesure coûtera environ 12 millions d'euros par an, selon la métropole."
    assert source_of(the_claim(analyse(models, "fr", text))).type is SourceType.GOVERNMENT


@pytest.mark.parametrize(
    "text",
    [
        "The county said the landfill would stay open through 2030.",
        "The city said the bridge would reopen in May.",
        "The school board said it would meet again on Monday.",
        "The Fed said inflation remains somewhat elevated.",
    ],
)
def test_a_local_government_is_government(models: ModelCache, text: str) -> None:
    """ "the county", "the city" were of unknown type, where French "la ville" and "le
    département" were government (lexicon `government_nouns`); "the Fed" an organisation
    where "the Federal Reserve" was government."""
    assert source_of(the_claim(analyse(models, "en", text))).type is SourceType.GOVERNMENT


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The company's press office said the plant would close.", SourceType.ORGANIZATION),
        ("Hezbollah's media office said the building was residential.", SourceType.ORGANIZATION),
        ("Trump's campaign office said the rally was canceled.", SourceType.ORGANIZATION),
        ("The mayor's office said the road would reopen.", SourceType.GOVERNMENT),
        ("The Pentagon's press office said the review was over.", SourceType.GOVERNMENT),
        (
            "Congressman Trey Gowdy’s office slammed a lawsuit filed by a fired staffer.\n\n"
            "The lawsuit, filed by a major whom Gowdy fired in June, alleges violations.\n\n"
            "Gowdy’s office calls the whole thing an attack against the committee.",
            SourceType.GOVERNMENT,
        ),
    ],
)
def test_an_office_is_of_the_body_that_owns_it(
    models: ModelCache, text: str, kind: SourceType
) -> None:
    """ "office" is a government noun ("the Foreign Office"); a company's or a campaign's
    office was government too. A congressman's office stays government where the recogniser
    calls his surname an organisation."""
    claims = attributed(analyse(models, "en", text))
    assert {source_of(c).type for c in claims} == {kind}


@pytest.mark.parametrize(
    ("language", "text", "content"),
    [
        ("fr", "Selon la police, il dormait.", "il dormait"),
        ("en", "According to police, he lied.", "he lied"),
    ],
)
def test_a_two_word_clause_after_a_frame_is_a_claim(
    models: ModelCache, language: str, text: str, content: str
) -> None:
    """ "Selon la police, il dormait." was unattributed: fewer than three words state nothing
    a reader could check ("selon lui, oui"), but a subject and its verb do."""
    assert the_claim(analyse(models, language, text)).content.text == content


def test_a_role_after_someone_things_were_done_to_is_not_that_person(
    models: ModelCache,
) -> None:
    """Guard: "John Smith was arrested Tuesday. The officer said …" is not John Smith's word:
    a passive subject is what the sentence did to him, not someone it goes on about."""
    text = "John Smith was arrested Tuesday after a chase. The officer said he resisted arrest."
    assert source_of(claim_about(analyse(models, "en", text), "resisted")).name == "officer"


def test_an_official_past_a_long_anonymity_aside_speaks(models: ModelCache) -> None:
    """ "…, and a White House official, speaking on condition of anonymity to discuss
    internal deliberations, said …" made no claim: the parse left "said" with no subject, and
    the aside was longer than the words looked past before a verb."""
    text = (
        "President Trump has threatened to retaliate against countries that target U.S. firms, "
        "and a White House official, speaking on condition of anonymity to discuss internal "
        'deliberations, said the administration was "reviewing its options."'
    )
    source = source_of(claim_about(analyse(models, "en", text), "reviewing"))
    assert (source.text, source.type) == ("a White House official", SourceType.ANONYMOUS)


def test_a_plural_verb_after_a_misread_noun_is_a_verb(models: ModelCache) -> None:
    """ "Des riverains affirment pourtant avoir alerté la ville …" made no claim: the model
    tags "riverains" an adjective, and a verb after an article and adjectives was read as a
    noun; a third person plural form is none."""
    text = "Des riverains affirment pourtant avoir alerté la ville à plusieurs reprises."
    claim = the_claim(analyse(models, "fr", text))
    assert (source_of(claim).text, claim.content.text) == (
        "Des riverains",
        "avoir alerté la ville à plusieurs reprises",
    )


def test_the_occasion_after_a_speaker_s_apposition_is_not_the_speaker(
    models: ModelCache,
) -> None:
    """ "…, said Teresa Ribera, the EU's competition chief, at a news conference in Brussels"
    took the news conference into the speaker's phrase."""
    text = (
        '"Orbitex abused its market power," said Teresa Ribera, the EU\'s competition chief, at '
        "a news conference in Brussels."
    )
    assert source_of(the_claim(analyse(models, "en", text))).text == (
        "Teresa Ribera, the EU's competition chief"
    )


def test_a_spokesman_for_someone_past_an_aside_is_the_spokesman(models: ModelCache) -> None:
    """ "A spokesman for the mayor, asked about the criticism, said …" was the mayor's: the
    parse made the spokesman the subject of "asked", and the noun before the aside was the
    one after "for"."""
    text = 'A spokesman for the mayor, asked about the criticism, said the plan was "one tool."'
    source = source_of(the_claim(analyse(models, "en", text)))
    assert (source.text, source.type) == ("A spokesman for the mayor", SourceType.ANONYMOUS)


def test_an_epithet_read_as_an_adjective_before_a_quotation_speaks(models: ModelCache) -> None:
    """ "Contacté par Le Parisien, l'intéressé dénonce « un acharnement »." made no claim: the
    model tags "intéressé" an adjective and "dénonce" a noun, and the phrase before them was
    read as the content of a frame standing after it."""
    text = (
        "L'ancien député Marc Lefort sera jugé en mars, a-t-on appris jeudi de source "
        "judiciaire. Il est soupçonné d'avoir rémunéré son épouse.\n\nContacté par Le "
        "Parisien, l'intéressé dénonce « un acharnement ». « Mon épouse a travaillé », assure "
        "l'ancien élu."
    )
    claim = claim_about(analyse(models, "fr", text), "acharnement")
    assert (source_of(claim).name, claim.content.text) == ("Marc Lefort", "« un acharnement »")


def test_this_close_one_is_the_close_one_cited_before(models: ModelCache) -> None:
    """ "Un proche de l'ancien parlementaire … assure … selon ce proche" listed two sources,
    and "The official added" after "A senior official said" two as well."""
    french = (
        "Un proche de l'ancien parlementaire assure qu'il vit très mal cette procédure. Il "
        "aurait envisagé de quitter la vie politique, selon ce proche."
    )
    english = (
        "A senior official said the talks had stalled. The official added that a deal was possible."
    )
    assert [name for name, _ in sources_listed(models, "fr", french)] == [
        "proche de l'ancien parlementaire"
    ]
    assert [name for name, _ in sources_listed(models, "en", english)] == ["senior official"]


def test_a_speaker_named_after_the_outlet_told_speaks(models: ModelCache) -> None:
    """ "« … », a déclaré à franceinfo Fabien Villedieu, délégué syndical." gave the quotation
    to nobody: the parse made the name the outlet's apposition, and the recogniser a place;
    "Le syndicaliste assure que …" after it made no claim, "syndicaliste" read as an adverb."""
    text = (
        "« La direction nous méprise depuis des mois », a déclaré à franceinfo Fabien "
        "Villedieu, délégué syndical. Le syndicaliste assure que « plus de 80 % des "
        "contrôleurs » seront en grève."
    )
    claims = analyse(models, "fr", text)
    first = source_of(claim_about(claims, "méprise"))
    # the source as written, with its apposition (issue 11, item 9)
    assert (first.text, first.name, first.type) == (
        "Fabien Villedieu, délégué syndical",
        "Fabien Villedieu",
        SourceType.PERSON,
    )
    assert source_of(claim_about(claims, "contrôleurs")).name == "Fabien Villedieu"


def test_a_union_known_by_its_acronym_speaks_through_a_relative(models: ModelCache) -> None:
    """ "Le mouvement a été lancé par SUD-Rail, qui réclame …" left "qui" unresolved: the
    tagger calls "SUD-Rail" a noun and the recogniser nothing, and no lexicon list has it."""
    text = "Le mouvement a été lancé par SUD-Rail, qui réclame une revalorisation des primes."
    assert source_of(claim_about(analyse(models, "fr", text), "revalorisation")).name == "SUD-Rail"
