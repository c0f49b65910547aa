"""Patterns of court, health, sports, politics and foreign-desk copy (issue 11, twenty-seventh
pass): verbs the small French model cuts from their subject or their object, speakers named
by a circle or a description, and names the recogniser splits or mislabels. Each case is a
pattern of the language, written for this file, in both languages where it exists in both;
the guards say what must not change."""

from __future__ import annotations

import pytest

from claimcheck import provenance
from claimcheck.models import Article, SourceType
from claimcheck.nlp.lexicon import load_lexicon
from claimcheck.nlp.loading import ModelCache
from test_attribution_models import (
    analyse,
    attributed,
    claim_about,
    models,
    source_of,
    the_claim,
    unattributed,
)
from test_tagger import tagged_claims

__all__ = ["models"]  # the module-scoped model cache, shared with this module's tests


def test_a_verb_joined_to_the_reported_clause_under_a_modal_is_no_second_claim(
    models: ModelCache,
) -> None:
    """'Whitfield said his client was "disappointed" and would appeal' also made a claim of
    "would appeal", said by Whitfield, whose content was "After the verdict"."""
    text = 'After the verdict, Whitfield said his client was "disappointed" and would appeal.'
    claim = the_claim(analyse(models, "en", text))
    assert (claim.cue and claim.cue.text, claim.content.text) == (
        "said",
        'his client was "disappointed" and would appeal',
    )


def test_a_verb_set_apart_by_a_comma_is_still_the_speaker_s_own(models: ModelCache) -> None:
    """Guard: after a comma the parser's reading stands, and the speaker urges voters."""
    text = "Smith said the plan was unfair, and would urge voters to reject it."
    claim = claim_about(analyse(models, "en", text), "voters")
    assert (source_of(claim).text, claim.cue and claim.cue.text) == ("Smith", "would urge")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('One official said the plan was dead. "It is over," he said.', "One official"),
        ('A juror said the panel had been swayed. "It was clear," she said.', "juror"),
    ],
    ids=["one-official", "a-juror"],
)
def test_a_pronoun_stands_for_the_unnamed_person_who_spoke_before(
    models: ModelCache, text: str, name: str
) -> None:
    """ "One official said …; he said": the pronoun was nobody, because only "a" or "an"
    made an unnamed source someone a pronoun can stand for. "A juror" was of unknown type."""
    claim = claim_about(analyse(models, "en", text), "It ")
    mention = source_of(claim)
    assert (mention.name, mention.type) == (name, SourceType.ANONYMOUS)


def test_a_verb_cut_from_its_auxiliary_by_a_set_phrase_reports_its_infinitive(
    models: ModelCache,
) -> None:
    """ "Le ministère a de son côté assuré avoir abattu 42 drones": the parser hung both verbs
    on "côté", and the sentence made no claim."""
    text = (
        "Le ministère russe de la Défense a de son côté assuré avoir abattu 42 drones "
        "ukrainiens pendant la nuit."
    )
    claim = the_claim(analyse(models, "fr", text))
    assert (source_of(claim).name, claim.content.text) == (
        "ministère russe de la Défense",
        "avoir abattu 42 drones ukrainiens pendant la nuit",
    )


def test_a_setting_before_the_subject_and_its_aside_keeps_the_speaker(
    models: ModelCache,
) -> None:
    """ "À Washington, un haut responsable américain, s'exprimant sous couvert d'anonymat, a
    indiqué que …" made no claim: the place opened the sentence, and the aside opened with a
    reflexive."""
    text = (
        "À Washington, un haut responsable américain, s'exprimant sous couvert d'anonymat, a "
        "indiqué que les États-Unis n'avaient « pas été consultés »."
    )
    mention = source_of(the_claim(analyse(models, "fr", text)))
    assert (mention.name, mention.type) == ("haut responsable américain", SourceType.ANONYMOUS)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "La directrice décrit une situation « intenable ».",
            "directrice",
            "une situation « intenable »",
        ),
        (
            "Une habitante décrit une nuit « terrifiante ».",
            "habitante",
            "une nuit « terrifiante »",
        ),
        (
            "Le rapport décrit des conditions de détention « indignes ».",
            "rapport",
            "des conditions de détention « indignes »",
        ),
        (
            "Une infirmière, qui a requis l'anonymat, décrit des patients « entassés sur des "
            "brancards ».",
            "infirmière",
            "des patients « entassés sur des brancards »",
        ),
    ],
    ids=["directrice", "habitante", "rapport", "after-relative"],
)
def test_a_present_that_reads_as_a_participle_reports_its_object(
    models: ModelCache, text: str, speaker: str, content: str
) -> None:
    """ "décrit" is the present and the past participle. Read as a participle on its
    subject, it made no claim; a participle with no auxiliary takes no direct object."""
    claim = the_claim(analyse(models, "fr", text))
    assert (source_of(claim).name, claim.content.text) == (speaker, content)


@pytest.mark.parametrize(
    "text",
    ["Un site appelé Mediapart a publié l'enquête.", "La réforme présentée mardi prévoit tout."],
    ids=["named-site", "presented-reform"],
)
def test_a_participle_that_describes_its_noun_makes_no_claim(models: ModelCache, text: str) -> None:
    """Guard: "appelé Mediapart", "présentée mardi" describe the noun."""
    assert attributed(analyse(models, "fr", text)) == []


def test_a_topic_before_the_name_is_not_the_speaker_s(models: ModelCache) -> None:
    """ "Côté marseillais, Roberto De Zerbi a reconnu …": the topic was in the source and
    was kept as the coach's role."""
    text = "Côté marseillais, Roberto De Zerbi a reconnu que son équipe avait « souffert »."
    mention = source_of(the_claim(analyse(models, "fr", text)))
    assert (mention.text, mention.name, mention.role) == (
        "Roberto De Zerbi",
        "Roberto De Zerbi",
        None,
    )


def test_a_surname_with_its_particle_is_the_person_named_before(models: ModelCache) -> None:
    """ "De Zerbi a botté en touche" lost its "De", and "Zerbi" was a source of unknown type
    beside Roberto De Zerbi."""
    text = (
        "Roberto De Zerbi a salué ses joueurs. Interrogé sur cette rumeur, De Zerbi a botté en "
        "touche : « Je ne parle pas des joueurs des autres clubs. »"
    )
    mention = source_of(claim_about(analyse(models, "fr", text), "autres clubs"))
    assert (mention.text, mention.name) == ("De Zerbi", "Roberto De Zerbi")


def test_a_hyphenated_noun_is_one_word_of_the_speaker(models: ModelCache) -> None:
    """ "L'état-major général a affirmé …" was said by "major général", of unknown type: the
    tokenizer split "état-major", and the parser read "major" as the subject."""
    text = "L'état-major général a affirmé sur Telegram que l'attaque avait provoqué un incendie."
    mention = source_of(the_claim(analyse(models, "fr", text)))
    assert (mention.name, mention.type) == ("état-major général", SourceType.GOVERNMENT)


def test_a_name_the_recogniser_calls_misc_is_not_the_body_in_the_role(
    models: ModelCache,
) -> None:
    """ "Marylise Léon, secrétaire générale de la CFDT" was a person named "CFDT" with the
    role "Marylise Léon": the recogniser called the name MISC, and "Léon" a conjunction."""
    text = (
        "« Nous ne signerons rien », a martelé Marylise Léon, secrétaire générale de la CFDT. "
        "Elle a rappelé que son syndicat avait « toujours privilégié le dialogue »."
    )
    claims = analyse(models, "fr", text)
    for words in ("signerons", "dialogue"):
        mention = source_of(claim_about(claims, words))
        assert (mention.name, mention.role) == ("Marylise Léon", "secrétaire générale de la CFDT")


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("« Rien n'est décidé », indique-t-on dans l'entourage du ministre.", "indique-t-on"),
        (
            "« Rien n'est décidé », se borne-t-on à indiquer dans l'entourage du ministre.",
            "se borne-t-on à indiquer",
        ),
    ],
    ids=["indique-t-on", "se-borne-t-on-a-indiquer"],
)
def test_the_circle_an_inverted_on_speaks_from_is_the_source(
    models: ModelCache, text: str, cue: str
) -> None:
    """ "indique-t-on dans l'entourage du ministre" was an unresolved source with the name
    "dans l'entourage du ministre"; after "se borne-t-on à", the cue stopped at "on"."""
    claim = the_claim(analyse(models, "fr", text))
    mention = source_of(claim)
    assert (claim.cue and claim.cue.text, mention.name, mention.type, mention.resolved) == (
        cue,
        "entourage du ministre",
        SourceType.ANONYMOUS,
        True,
    )


def test_a_place_an_inverted_on_speaks_from_stays_unnamed(models: ModelCache) -> None:
    """Guard: "assure-t-on à l'Élysée" is someone at the Élysée, whom the text does not name."""
    text = "« Rien n'est décidé », assure-t-on à l'Élysée."
    mention = source_of(the_claim(analyse(models, "fr", text)))
    assert (mention.type, mention.resolved) == (SourceType.ANONYMOUS, False)


def test_the_sources_an_inverted_on_learnt_from_after_a_day_are_the_source(
    models: ModelCache,
) -> None:
    """ "a-t-on appris mardi de sources concordantes": the day hid the sources, and the claim
    was an unresolved "on"."""
    text = (
        "Le gouvernement envisage de revenir sur la réforme, a-t-on appris mardi de sources "
        "concordantes."
    )
    mention = source_of(the_claim(analyse(models, "fr", text)))
    assert (mention.name, mention.type) == ("sources concordantes", SourceType.ANONYMOUS)


def test_a_present_the_tagger_calls_a_participle_is_the_verb_of_its_sentence(
    models: ModelCache,
) -> None:
    """After a paragraph that quoted someone, the model tagged "estime" of "Une étude publiée
    mardi dans la revue Nature estime …" a past participle, and the study said nothing: no
    verb in "-er" has a participle without its "é"."""
    text = (
        "« Ces chiffres ne sont pas une surprise, mais ils confirment que le réchauffement "
        "s'accélère », a commenté Samantha Burgess, directrice adjointe du service changement "
        "climatique de Copernicus.\n\nUne étude publiée mardi dans la revue Nature estime par "
        "ailleurs que les vagues de chaleur marines ont triplé en fréquence depuis les années "
        "1980."
    )
    claim = claim_about(analyse(models, "fr", text), "vagues de chaleur")
    mention = source_of(claim)
    assert (mention.name, mention.type) == (
        "étude publiée mardi dans la revue Nature",
        SourceType.DOCUMENT,
    )


@pytest.mark.parametrize(
    ("text", "name", "content"),
    [
        (
            "Les prix ont augmenté de 3 %, indique l'Insee dans une note publiée jeudi.",
            "Insee",
            "Les prix ont augmenté de 3 %",
        ),
        (
            "La température a dépassé le niveau préindustriel, précise le service dans son "
            "bulletin mensuel.",
            "service",
            "La température a dépassé le niveau préindustriel",
        ),
    ],
    ids=["note-publiee-jeudi", "bulletin-mensuel"],
)
def test_the_channel_after_an_inverted_frame_is_described_whole(
    models: ModelCache, text: str, name: str, content: str
) -> None:
    """ "…, indique l'Insee dans une note publiée jeudi" made no claim: only an article, a
    preposition, a day or a speech noun could trail the frame, not what says which note."""
    claim = the_claim(analyse(models, "fr", text))
    assert (source_of(claim).name, claim.content.text) == (name, content)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "La CGT estime indispensable d'augmenter les salaires.",
            "indispensable d'augmenter les salaires",
        ),
        (
            "Les auteurs jugent « urgent » de réduire les émissions de méthane.",
            "« urgent » de réduire les émissions de méthane",
        ),
        ("Le juge estime probable que l'accusé mente.", "probable que l'accusé mente"),
    ],
    ids=["indispensable", "urgent-quoted", "probable-que"],
)
def test_the_judgement_before_what_is_judged_is_part_of_what_was_said(
    models: ModelCache, text: str, content: str
) -> None:
    """ "jugent « urgent » de réduire …" reported "de réduire …" alone, which says nothing of
    the authors' view; "estime indispensable d'augmenter …" made no claim."""
    assert the_claim(analyse(models, "fr", text)).content.text == content


def test_an_estimate_keeps_its_figure(models: ModelCache) -> None:
    """Guard: "estime à 5 000 le nombre" opens with the preposition, not an adjective."""
    claim = the_claim(analyse(models, "fr", "Il estime à 5 000 le nombre de manifestants."))
    assert claim.content.text == "à 5 000 le nombre de manifestants"


def test_a_name_after_a_title_the_recogniser_missed_is_the_person_s(models: ModelCache) -> None:
    """In this paragraph pair the recogniser found neither "Ana" nor "David Park": the
    councilmember was a source of unknown type named "City Councilmember David Park", and
    the "he" after him was nobody."""
    text = (
        "Gonzalez's daughter, Ana, who helps out on weekends, is less convinced.\n\n"
        "City Councilmember David Park, whose district includes Main Street, said he had asked "
        "city staff to look into a relief fund. \"We can't let every corner of this city turn "
        'into a bank branch," he said at a community meeting last week.'
    )
    claims = analyse(models, "en", text)
    for words in ("relief fund", "bank branch"):
        mention = source_of(claim_about(claims, words))
        assert (mention.name, mention.type) == ("David Park", SourceType.PERSON)
    mention = source_of(claim_about(claims, "relief fund"))
    assert mention.role == "City Councilmember"


def test_a_pronoun_after_someone_s_kin_is_not_that_someone(models: ModelCache) -> None:
    """ "Gonzalez's daughter, Ana, is less convinced. She says …": "she" was Maria Gonzalez,
    whose daughter is the subject. Since the forty-second pass the first name set off after
    the kin noun is a person's, the subject of the sentence before: Ana."""
    text = (
        "Maria Gonzalez runs the bakery. Gonzalez's daughter, Ana, is less convinced. She says "
        "the family cannot afford to move."
    )
    mention = source_of(the_claim(analyse(models, "en", text)))
    assert (mention.text, mention.name, mention.resolved) == ("She", "Ana", True)


def test_a_relative_clause_with_no_pronoun_describes_the_document(models: ModelCache) -> None:
    """ "according to a letter she shared with The Chronicle" was said by "a letter she"."""
    text = "Her landlord plans to double the rent, according to a letter she shared with The Post."
    mention = source_of(the_claim(analyse(models, "en", text)))
    assert (mention.text, mention.type) == (
        "a letter she shared with The Post",
        SourceType.DOCUMENT,
    )


def test_whoever_asked_is_not_who_answered(models: ModelCache) -> None:
    """ "Interrogé par La Provence, un policier syndicaliste estime que …" was La Provence's
    claim, with "Interrogé" as its cue: the outlet asked, the policeman spoke."""
    text = (
        "Interrogé par La Provence, un policier syndicaliste estime que les effectifs restent "
        "insuffisants."
    )
    claim = the_claim(analyse(models, "fr", text))
    mention = source_of(claim)
    assert (claim.cue and claim.cue.text, mention.type) == ("estime", SourceType.ANONYMOUS)


def test_the_outlet_told_is_not_part_of_the_speaker_s_name(models: ModelCache) -> None:
    """ "…, a indiqué le parquet de Marseille à l'AFP" was said by "parquet de Marseille à
    l'AFP": the parser hung the outlet on the speaker, and only an English phrase of the
    speaker's could end its name."""
    text = (
        "Trois hommes ont été interpellés dans la nuit de samedi à dimanche, a indiqué le parquet "
        "de Marseille à l'AFP."
    )
    mention = source_of(the_claim(analyse(models, "fr", text)))
    assert (mention.text, mention.name) == ("le parquet de Marseille", "parquet de Marseille")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Les enquêteurs privilégient la piste d'un règlement de comptes, rapporte BFM "
            "Marseille.",
            "BFM Marseille",
        ),
        (
            "Les enquêteurs privilégient la piste d'un règlement de comptes, rapporte France "
            "Bleu Provence.",
            "France Bleu Provence",
        ),
    ],
    ids=["bfm-marseille", "france-bleu-provence"],
)
def test_an_outlet_named_after_its_city_keeps_its_whole_name(
    models: ModelCache, text: str, name: str
) -> None:
    """ "rapporte BFM Marseille" was said by "Marseille", the only word the recogniser
    marked; "rapporte France Bleu Provence" made no claim, "Bleu" tagged a verb."""
    assert source_of(the_claim(analyse(models, "fr", text))).name == name


def test_a_name_the_recogniser_runs_into_the_verb_stops_before_it(models: ModelCache) -> None:
    """Guard on the whole-name rule above: in the headline "Reagan's Daughter Makes Strong
    Statement About Trump Speech" the recogniser runs "Daughter Makes" into one entity; taken
    whole, it swallowed the verb and left the speaker "Daughter", named "Daughter Makes"."""
    text = "Reagan’s Daughter Makes Strong Statement About Trump Speech\n\nPatti Davis spoke."
    spans = [("CUE", "Makes Strong Statement About"), ("CONTENT", "Trump Speech")]
    [claim] = tagged_claims(models, text, spans)
    assert source_of(claim).text == "Reagan’s Daughter"


def test_a_lone_capital_before_an_article_ends_its_sentence(models: ModelCache) -> None:
    """ "…, a réagi le maire, Benoît Payan, sur le réseau social X. L'élu a demandé …": the
    tokenizer keeps "X." as an initial, and the unattributed sentence the report listed began
    "sur le réseau social X. L'élu", a piece of the incise before it."""
    text = (
        "« C'est un acte d'une lâcheté absolue », a réagi le maire, Benoît Payan, sur le réseau "
        "social X. L'élu a demandé à l'État des moyens supplémentaires."
    )
    sentences = [c.content.text for c in unattributed(analyse(models, "fr", text))]
    assert sentences == ["L'élu a demandé à l'État des moyens supplémentaires."]


def test_an_initial_or_a_title_goes_on_with_the_name(models: ModelCache) -> None:
    """Guard: "M. Le Pen" and "Jean B. Le Goff" are names, whatever their capitals."""
    text = "Selon M. Le Pen, la réforme est injuste. Jean B. Le Goff a affirmé que rien ne change."
    names = [source_of(c).name for c in attributed(analyse(models, "fr", text))]
    assert names == ["M. Le Pen", "Jean B. Le Goff"]


def test_a_document_an_outlet_obtained_is_named_before_its_relative_clause(
    models: ModelCache,
) -> None:
    """ "selon un projet de décret que s'est procuré Le Parisien" was said by "un projet de
    décret que s'", an anonymous source: "que" did not end the name, and the paper that
    obtained the draft was not the claim's via."""
    text = (
        "Le gouvernement prévoit de réduire le remboursement de plusieurs médicaments, selon un "
        "projet de décret que s'est procuré Le Parisien."
    )
    claims = analyse(models, "fr", text)
    mention = source_of(the_claim(claims))
    assert (mention.text, mention.type) == ("un projet de décret", SourceType.DOCUMENT)
    result = provenance.build(Article(text=text, language="fr"), claims, load_lexicon("fr"))
    by_name = {source.name: source for source in result.sources}
    assert the_claim(list(result.claims)).via == by_name["Le Parisien"].id


def test_a_relative_clause_after_a_quoted_object_is_part_of_it(models: ModelCache) -> None:
    """ "L'association dénonce une « mesure injuste » qui frappera d'abord les plus modestes":
    the parse hung the relative clause apart from the quotation it took for the object, and
    the report listed "qui frappera …" as an unattributed sentence."""
    text = (
        "L'association dénonce pour sa part une « mesure injuste » qui frappera d'abord les plus "
        "modestes."
    )
    claims = analyse(models, "fr", text)
    assert the_claim(claims).content.text == (
        "une « mesure injuste » qui frappera d'abord les plus modestes"
    )
    assert unattributed(claims) == []


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "« Nos patients vont se tourner vers d'autres produits », prévient Philippe Besset, "
            "président de la Fédération des syndicats pharmaceutiques de France (FSPF).",
            "président de la Fédération des syndicats pharmaceutiques de France (FSPF)",
        ),
        (
            "« Le litre nous est payé 38 centimes », résume Yannick Le Goff, éleveur laitier à "
            "Loudéac et président de la FDSEA des Côtes-d'Armor.",
            "éleveur laitier à Loudéac et président de la FDSEA des Côtes-d'Armor",
        ),
    ],
    ids=["acronym", "two-roles"],
)
def test_the_role_after_an_incise_s_speaker_is_kept_whole(
    models: ModelCache, text: str, role: str
) -> None:
    """The role set off after the name lost its acronym in brackets, or was dropped for its
    length: the sources list gave "président", or no role at all."""
    assert source_of(the_claim(analyse(models, "fr", text))).role == role


def _sources_of(models: ModelCache, language: str, text: str) -> list[tuple[str, SourceType]]:
    """The report's ``sources`` entries, by name and type."""
    claims = analyse(models, language, text)
    lexicon = load_lexicon(language)
    result = provenance.build(Article(text=text, language=language), claims, lexicon)
    return [(source.name, source.type) for source in result.sources]


def test_a_body_s_bare_name_and_its_description_are_one_source(models: ModelCache) -> None:
    """ "selon Copernicus" in the headline and "l'observatoire européen Copernicus" after it
    were two sources, one of unknown type: the issue's "one source per speaker", named in
    full."""
    text = (
        "Climat : l'année 2025 sera la deuxième plus chaude, selon Copernicus\n\n"
        "L'année 2025 devrait se classer au deuxième rang des années les plus chaudes, a annoncé "
        "jeudi l'observatoire européen Copernicus."
    )
    assert _sources_of(models, "fr", text) == [
        ("observatoire européen Copernicus", SourceType.ORGANIZATION)
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Selon Marseille, le projet est abandonné. Trois hommes ont été interpellés, a "
            "indiqué le parquet de Marseille.",
        ),
        (
            "en",
            "Recorded Future said the group was new. The attack was claimed last week, "
            "according to researchers at the cybersecurity firm Recorded Future.",
        ),
    ],
    ids=["parquet-de-marseille", "researchers-at-the-firm"],
)
def test_a_name_inside_another_source_s_phrase_stays_its_own(
    models: ModelCache, language: str, text: str
) -> None:
    """Guard: the parquet de Marseille is not Marseille, nor are researchers at a firm the
    firm."""
    assert len(_sources_of(models, language, text)) == 2
