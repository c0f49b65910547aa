"""How copy says where its information comes from (issue 11, twenty-eighth pass): an outlet
that cites its own sources, an opening "Pour X," before a speaker of its own, a study named by
its journal, a fleet, a party after a role, a surname two people share. Each case
is a pattern of the language, written for this file, in both languages where it exists in
both; the guards say what must not change."""

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
    sources_listed,
    speaker_about,
    the_claim,
    unattributed,
)

__all__ = ["models"]  # the module-scoped model cache, shared with this module's tests


def _statements(models: ModelCache, language: str, text: str) -> list[str]:
    """The sentences the report gives as the article's own, unattributed."""
    return [claim.content.text for claim in unattributed(analyse(models, language, text))]


@pytest.mark.parametrize(
    ("language", "text", "content"),
    [
        (
            "fr",
            "Selon l'agence Reuters, qui cite deux sources proches du dossier, Pékin aurait "
            "déployé une dizaine d'avions de chasse à proximité de l'île.",
            "Pékin aurait déployé une dizaine d'avions de chasse à proximité de l'île",
        ),
        (
            "en",
            "According to Reuters, which cited two people familiar with the matter, Beijing "
            "deployed a dozen fighter jets near the island.",
            "Beijing deployed a dozen fighter jets near the island",
        ),
    ],
    ids=["selon-qui-cite", "according-to-which-cited"],
)
def test_an_outlet_that_cites_its_own_sources_reports_the_main_clause(
    models: ModelCache, language: str, text: str, content: str
) -> None:
    """ "Selon l'agence Reuters, qui cite deux sources …, Pékin aurait déployé …" made no
    claim: the parser hung the main clause on "cite", and the relative clause ran to the end
    of the sentence. The relative clause is who the source is, no statement of the article's.
    The English case, which the parse gets right, is a guard."""
    claims = analyse(models, language, text)
    claim = the_claim(claims)
    assert (source_of(claim).name, claim.content.text) == ("Reuters", content)
    assert not unattributed(claims)


def test_a_relative_clause_on_the_speaker_is_no_statement_of_the_article(
    models: ModelCache,
) -> None:
    """ "…, explique à franceinfo le professeur Hélène Marchal, épidémiologiste à l'Inserm, qui
    n'a pas participé à l'étude." listed "qui n'a pas participé à l'étude" as a sentence the
    article asserts: it says who the speaker is."""
    text = (
        "Les chercheurs ont suivi plus de 300 000 adultes pendant douze ans. Leurs résultats "
        "montrent qu'une hausse de 10 microgrammes par mètre cube de PM2,5 s'accompagne d'un "
        "risque accru de 17 %.\n\n"
        "« C'est un signal très fort, qui confirme ce que nous observions déjà chez l'animal », "
        "explique à franceinfo le professeur Hélène Marchal, épidémiologiste à l'Inserm, qui "
        "n'a pas participé à l'étude.\n"
    )
    assert _statements(models, "fr", text) == [
        "Les chercheurs ont suivi plus de 300 000 adultes pendant douze ans."
    ]


@pytest.mark.parametrize(
    "text",
    [
        "L'enquête progresse, indique au Parisien une source proche du dossier.",
        "L'enquête progresse, a indiqué à l'AFP une source proche du dossier.",
    ],
    ids=["indique-au-parisien", "a-indique-a-l-afp"],
)
def test_an_incise_told_to_an_outlet_names_the_source_after_it(
    models: ModelCache, text: str
) -> None:
    """ "L'enquête progresse, indique au Parisien une source proche du dossier." made no
    claim: the tagger read "progresse" as an adjective, the parse made "L'enquête" the verb's
    subject, and "au Parisien" stood between the verb and its inverted subject."""
    claim = the_claim(analyse(models, "fr", text))
    assert (source_of(claim).name, claim.content.text) == (
        "source proche du dossier",
        "L'enquête progresse",
    )


def test_a_subject_taken_up_between_commas_keeps_its_verb(models: ModelCache) -> None:
    """Guard: "La CFDT, de son côté, réclame …" is the CFDT's demand."""
    text = "La CFDT, de son côté, réclame la réouverture des négociations."
    assert source_of(the_claim(analyse(models, "fr", text))).name == "CFDT"


def test_an_opening_pour_gives_way_to_a_speaker_of_its_own(models: ModelCache) -> None:
    """ "Pour la défense, Me Antoine Berthier estime que …" was the defence's view, with "Me
    Antoine Berthier estime que" in its content; the lawyer speaks, for the defence. The
    parse made his name a conjunct of "défense" in the article this came from."""
    text = (
        "Le verdict est attendu vendredi. Gérard Lemoine encourt dix ans d'emprisonnement.\n\n"
        "Pour la défense, Me Antoine Berthier estime que son client « paie pour les fautes d'un "
        "syndic défaillant ». Il plaidera l'acquittement vendredi, a-t-il indiqué à l'issue "
        "de l'audience."
    )
    claims = analyse(models, "fr", text)
    lawyer = claim_about(claims, "son client")
    assert (lawyer.cue and lawyer.cue.text, lawyer.content.text) == (
        "estime",
        "que son client « paie pour les fautes d'un syndic défaillant »",
    )
    assert source_of(lawyer).name.endswith("Antoine Berthier")
    assert source_of(claim_about(claims, "acquittement")).name.endswith("Antoine Berthier")


def test_an_opening_pour_keeps_a_clause_whose_subject_cannot_speak(models: ModelCache) -> None:
    """Guard: in "Pour lui, l'étude montre que …" the study shows it, in his view."""
    claim = the_claim(analyse(models, "fr", "Pour lui, l'étude montre que le plan a échoué."))
    assert (source_of(claim).text, claim.cue and claim.cue.text) == ("lui", "Pour")


def test_an_opening_pour_before_a_feast_is_no_source(models: ModelCache) -> None:
    """Guard: "Pour Noël" is a date."""
    text = "Pour Noël, la ville installe des illuminations dans toutes les rues."
    assert not attributed(analyse(models, "fr", text))


def test_a_speaker_after_an_opening_participle_announces_the_quotation(
    models: ModelCache,
) -> None:
    """ "Appelée à témoigner, une ancienne locataire a raconté la nuit du sinistre. « … »"
    after another paragraph: the parse rooted the sentence on "Appelée", and the quotation
    had no speaker."""
    text = (
        "Un expert judiciaire a estimé que l'incendie aurait pu être évité.\n\n"
        "Appelée à témoigner, une ancienne locataire a raconté la nuit du sinistre. « J'ai "
        "entendu des cris. »"
    )
    assert speaker_about(models, "fr", text, "des cris") == "ancienne locataire"


def test_a_condition_after_the_reported_clause_is_part_of_it(models: ModelCache) -> None:
    """ "a estimé que l'incendie aurait pu être évité si ces travaux avaient été réalisés":
    the parser hung the condition on "estimé", and "si ces travaux avaient été réalisés" was
    a sentence of the article's own."""
    text = (
        "Un expert judiciaire a estimé que l'incendie « aurait pu être évité » si ces travaux "
        "avaient été réalisés."
    )
    claims = analyse(models, "fr", text)
    assert the_claim(claims).content.text.endswith("si ces travaux avaient été réalisés")
    assert not unattributed(claims)


def test_a_full_stop_after_a_word_ends_the_sentence_before_an_article(
    models: ModelCache,
) -> None:
    """ "… chaque année dans le pays. L'agence appelle à …" was one sentence to the small
    French model, and the view of Santé publique France ran into the agency's call."""
    text = (
        "Les chercheurs ont suivi 300 000 adultes pendant douze ans.\n\n"
        "Pour Santé publique France, la pollution de l'air reste responsable de près de "
        "40 000 décès prématurés chaque année dans le pays. L'agence appelle à « renforcer les "
        "zones à faibles émissions »."
    )
    claim = claim_about(analyse(models, "fr", text), "pollution")
    assert claim.content.text.endswith("dans le pays")


def test_an_interview_with_an_outlet_is_the_claim_s_relay(models: ModelCache) -> None:
    """ "In a 2021 interview with CNBC, she said …" gave no relay: only "in an interview
    with" was one."""
    text = (
        "Dana Whitcomb runs the company. In a 2021 interview with CNBC, she said the company "
        'would be "a top-five publisher within five years."'
    )
    claims = analyse(models, "en", text)
    result = provenance.build(Article(text=text, language="en"), claims, load_lexicon("en"))
    relayed = [c for c in result.claims if c.via is not None]
    names = {s.id: s.name for s in result.sources}
    assert [names[c.via] for c in relayed if c.via] == ["CNBC"]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Pour Santé publique France, la pollution de l'air reste responsable de près de "
            "40 000 décès prématurés chaque année.",
            "Santé publique France",
            SourceType.GOVERNMENT,
        ),
        (
            "Pour Antoine Bondaz, chercheur à la Fondation pour la recherche stratégique, cet "
            "épisode s'inscrit dans une montée des tensions.",
            "Antoine Bondaz",
            SourceType.PERSON,
        ),
    ],
    ids=["a-body-s-name", "a-name-and-its-role"],
)
def test_an_opening_pour_names_a_body_or_a_person_with_a_role(
    models: ModelCache, text: str, name: str, kind: SourceType
) -> None:
    """ "Pour Santé publique France, …" made no claim (its head noun, "Santé", speaks for
    nobody); "Pour Antoine Bondaz, chercheur à …" was an anonymous source named with its role,
    the parse making "chercheur" the head."""
    mention = source_of(the_claim(analyse(models, "fr", text)))
    assert (mention.name, mention.type) == (name, kind)


@pytest.mark.parametrize(
    ("language", "text", "name", "content"),
    [
        (
            "fr",
            "Le navire a transité « conformément au droit international », a indiqué la VIIe "
            "flotte dans un communiqué.",
            "VIIe flotte",
            "Le navire a transité « conformément au droit international »",
        ),
        (
            "en",
            "The ship sailed in accordance with international law, the Seventh Fleet said in a "
            "statement.",
            "Seventh Fleet",
            "The ship sailed in accordance with international law",
        ),
    ],
    ids=["la-viie-flotte", "the-seventh-fleet"],
)
def test_a_numbered_fleet_is_a_government_body(
    models: ModelCache, language: str, text: str, name: str, content: str
) -> None:
    """ "…, a indiqué la VIIe flotte dans un communiqué." made no claim: the tagger read
    "flotte" as a verb, with "VIIe" its subject. "the Seventh Fleet" was anonymous, its ordinal
    read as a count ("two officials")."""
    claim = the_claim(analyse(models, language, text))
    mention = source_of(claim)
    assert (mention.name, mention.type, claim.content.text) == (
        name,
        SourceType.GOVERNMENT,
        content,
    )


def test_a_party_after_an_unnamed_role_is_no_person_s_name(models: ModelCache) -> None:
    """ "Une députée Renaissance" was a person named "Renaissance" (the recogniser's reading)
    with the role "une députée", and "Elle" after her that person too."""
    text = (
        "Une députée Renaissance a estimé que le texte était inacceptable. Elle a ajouté que "
        "le vote aurait lieu."
    )
    claims = attributed(analyse(models, "fr", text))
    assert [(source_of(c).name, source_of(c).type) for c in claims] == [
        ("députée Renaissance", SourceType.ANONYMOUS),
        ("députée Renaissance", SourceType.ANONYMOUS),
    ]


def test_the_role_s_article_settles_a_gender_the_first_name_gets_wrong(
    models: ModelCache,
) -> None:
    """ "le porte-parole …, Lin Jian … Il a ajouté": gender-guesser reads "Lin", the surname
    written first, as a woman's name, and "Il" was nobody. The role's article says "he"; when
    the two disagree the text does not settle it, and the gender is unknown."""
    text = (
        "« Les États-Unis doivent cesser de jouer avec le feu », a déclaré le porte-parole du "
        "ministère chinois des Affaires étrangères, Lin Jian, lors d'un point presse. Il a "
        "ajouté que l'armée chinoise restait « en état d'alerte maximale »."
    )
    assert speaker_about(models, "fr", text, "l'armée chinoise") == "Lin Jian"


def test_a_pronoun_for_a_shared_surname_names_the_namesake_of_its_gender(
    models: ModelCache,
) -> None:
    """ "Bill Clinton said …. Hillary Clinton spoke next. Clinton smiled. "…," she said": "she"
    stands for "Clinton", and was named Bill Clinton, the first and longest name that ends so,
    or the speaker already met with that surname."""
    text = (
        "Bill Clinton said the campaign was strong. Hillary Clinton spoke next. Clinton "
        'smiled. "We will win," she said.'
    )
    assert speaker_about(models, "en", text, "We will win") == "Hillary Clinton"


def test_an_inverted_plural_pronoun_stands_for_its_sentence_s_subject(
    models: ModelCache,
) -> None:
    """ "Les auteurs mettent en garde … : …, soulignent-ils" was said by "Leurs résultats",
    the last source before it."""
    text = (
        "Leurs résultats montrent qu'une hausse de la pollution accroît le risque de 17 %. Les "
        "auteurs mettent toutefois en garde contre toute conclusion hâtive : l'étude ne "
        "démontre pas de lien de causalité, soulignent-ils."
    )
    assert speaker_about(models, "fr", text, "causalité") == "auteurs"


def test_a_study_named_by_its_journal_is_the_study(models: ModelCache) -> None:
    """ "selon une étude publiée jeudi dans la revue The Lancet Planetary Health" was a person
    named "The Lancet Planetary Health", the parse rooting the sentence on "The"."""
    text = (
        "Pollution de l'air : les particules fines liées à une hausse des cas de démence\n\n"
        "Une exposition prolongée aux particules fines augmenterait significativement le "
        "risque de développer une démence, selon une étude publiée jeudi dans la revue The "
        "Lancet Planetary Health."
    )
    mention = source_of(the_claim(analyse(models, "fr", text)))
    assert (mention.type, mention.name.split()[0]) == (SourceType.DOCUMENT, "étude")


def test_a_headline_s_description_is_the_person_the_text_names_in_that_role(
    models: ModelCache,
) -> None:
    """ "le propriétaire nie toute responsabilité" in the headline and "le propriétaire de
    l'immeuble, Gérard Lemoine" in the text were two sources, one named "propriétaire"."""
    text = (
        "Incendie de la rue Mouffetard : le propriétaire nie toute responsabilité\n\n"
        "Le propriétaire de l'immeuble, Gérard Lemoine, a rejeté devant la cour les accusations "
        "de négligence portées contre lui."
    )
    assert sources_listed(models, "fr", text) == [("Gérard Lemoine", "propriétaire de l'immeuble")]


def test_a_description_two_named_people_share_stays_its_own(models: ModelCache) -> None:
    """Guard: with two ministers named, "le ministre" of the headline is neither."""
    text = (
        "Réforme : le ministre défend son texte\n\n"
        "Le ministre de l'Intérieur, Paul Martin, a défendu le texte. Le ministre de la "
        "Justice, Jean Durand, a estimé que le texte était équilibré."
    )
    names = [name for name, _ in sources_listed(models, "fr", text)]
    assert names[0] == "ministre"


def test_a_second_subject_after_the_verb_is_its_object(models: ModelCache) -> None:
    """ "Les syndicats dénoncent un « plan social déguisé »." made no claim: the parse made
    "plan" a second subject of "dénoncent"."""
    claim = the_claim(analyse(models, "fr", "Les syndicats dénoncent un « plan social déguisé »."))
    assert (source_of(claim).name, claim.content.text) == (
        "syndicats",
        "un « plan social déguisé »",
    )


def test_a_percentage_ends_the_reported_clause_with_its_sign(models: ModelCache) -> None:
    """ "estiment pour leur part que la baisse pourrait atteindre 6 %" reported "… atteindre
    6": the tokenizer calls "%" punctuation, which a clause's end drops."""
    text = "Les analystes estiment pour leur part que la baisse pourrait atteindre 6 %."
    assert the_claim(analyse(models, "fr", text)).content.text.endswith("atteindre 6 %")


def test_a_reason_invoked_is_what_was_said(models: ModelCache) -> None:
    """ "La direction invoque « un effondrement de la demande »" made no claim (lexicon
    `speech_verbs`, `object_content`: "invoquer")."""
    text = "La direction invoque « un effondrement de la demande de véhicules électriques »."
    claim = the_claim(analyse(models, "fr", text))
    assert claim.content.text == "« un effondrement de la demande de véhicules électriques »"


def test_an_incise_after_a_continued_quotation_stands_for_the_speaker_before_it(
    models: ModelCache,
) -> None:
    """ "« A. B. » (no closing mark, the paragraph goes on) / « C », a-t-il ajouté": "-il" was
    nobody, the quotation's sentences counting as the ones a pronoun looks back over."""
    text = (
        "Le président Abdelmadjid Tebboune a estimé qu'il fallait « du temps pour reconstruire "
        "la confiance », rapporte l'agence officielle APS.\n\n"
        "« La France doit reconnaître ses responsabilités historiques. Sans cela, il n'y aura "
        "pas de relation apaisée.\n\n"
        "« Nous sommes prêts à avancer, mais pas à n'importe quel prix », a-t-il ajouté."
    )
    assert speaker_about(models, "fr", text, "prêts à avancer") == "Abdelmadjid Tebboune"


def test_a_body_named_by_the_noun_set_off_after_it(models: ModelCache) -> None:
    """ "Le SNES-FSU, premier syndicat du secondaire, appelle à la grève" was a government: the
    recogniser calls "SNES-FSU" a place."""
    text = "Le SNES-FSU, premier syndicat du secondaire, appelle à la grève le 12 mars."
    assert source_of(the_claim(analyse(models, "fr", text))).type is SourceType.ORGANIZATION


def test_a_reaction_and_its_owner_before_a_colon_announce_the_quotation(
    models: ModelCache,
) -> None:
    """ "Réaction de la CFDT : « … »" was an unattributed sentence: a noun of saying with its
    owner before a colon announces the quotation after it (lexicon `cue_nouns`)."""
    text = (
        "Réaction de la CFDT : « Le gouvernement n'a tiré aucune leçon des réformes précédentes. »"
    )
    claim = the_claim(analyse(models, "fr", text))
    assert (source_of(claim).name, claim.content.text[:2]) == ("CFDT", "« ")


def test_a_reaction_with_no_words_is_no_claim(models: ModelCache) -> None:
    """Guard: "La réaction du marché a été immédiate." reports nothing anyone said."""
    assert not attributed(analyse(models, "fr", "La réaction du marché a été immédiate."))


def test_a_pronoun_after_a_quotation_is_not_someone_the_speaker_named(
    models: ModelCache,
) -> None:
    """'"Our city is safe. Crime is down," he said. "Chief Alvarez deserves credit." He added
    …': "He" was Alvarez, named inside the mayor's quotation; it is the mayor."""
    text = (
        'Mayor Tom Reyes spoke first. "Our city is safe. Crime is down," he said. "Chief '
        'Alvarez deserves credit."\n\nHe added that more officers would be hired.'
    )
    assert speaker_about(models, "en", text, "officers") == "Tom Reyes"


def test_an_incise_s_noun_is_its_subject_past_a_bulletin(models: ModelCache) -> None:
    """ "…, prévient Météo-France dans son dernier bulletin." made no claim: "prévenir" can
    take whom it warns, so the name after it was read as a listener, and "dernier" kept the
    bulletin from being the frame's channel."""
    text = (
        "Les températures pourraient dépasser 40 °C, prévient Météo-France dans son dernier "
        "bulletin."
    )
    claim = the_claim(analyse(models, "fr", text))
    assert (source_of(claim).name, claim.content.text) == (
        "Météo-France",
        "Les températures pourraient dépasser 40 °C",
    )


def test_a_quoted_object_after_the_verb_is_what_was_said(models: ModelCache) -> None:
    """ "Interrogé par Le Progrès, le maire a reconnu « des tensions », tout en assurant …"
    reported the whole sentence, the frame read as inverted between two commas."""
    text = (
        "Interrogé par Le Progrès, le maire a reconnu « des tensions », tout en assurant que "
        "l'équipe restait « soudée »."
    )
    claims = analyse(models, "fr", text)
    assert claim_about(claims, "tensions").content.text == "« des tensions »"


def test_a_source_granted_anonymity_in_an_aside_is_anonymous(models: ModelCache) -> None:
    """ "A state auditor who reviewed the books, speaking on condition of anonymity because
    the case was ongoing, said …" was of unknown type: the speaker's phrase leaves out the
    participle that says why the source is unnamed. Guard: the same source without the aside
    says nothing of anonymity."""
    cases = (
        (
            "en",
            "A state auditor who reviewed the books, speaking on condition of anonymity because "
            "the case was ongoing, said the losses could be higher.",
        ),
        (
            "fr",
            "Le directeur de l'usine, s'exprimant sous couvert d'anonymat, a indiqué que les "
            "pertes pourraient être plus élevées.",
        ),
    )
    for language, text in cases:
        assert source_of(the_claim(analyse(models, language, text))).type is SourceType.ANONYMOUS
    text = "A state auditor who reviewed the books said the losses could be higher."
    assert source_of(the_claim(analyse(models, "en", text))).type is not SourceType.ANONYMOUS
    text = "Le directeur de l'usine a indiqué que les pertes pourraient être plus élevées."
    assert source_of(the_claim(analyse(models, "fr", text))).type is SourceType.PERSON


def test_a_readout_of_a_call_is_a_document(models: ModelCache) -> None:
    """ "According to a readout of a call last week between the two leaders, …" was a source of
    unknown type: a government's summary of a call is a document, as "le compte rendu de
    l'appel" already was."""
    text = (
        "According to a readout of a call last week between the two leaders, the men discussed "
        "a possible ceasefire."
    )
    assert source_of(the_claim(analyse(models, "en", text))).type is SourceType.DOCUMENT
    text = (
        "Selon le compte rendu de l'appel publié par l'Élysée, les deux dirigeants ont évoqué "
        "un cessez-le-feu."
    )
    assert source_of(the_claim(analyse(models, "fr", text))).type is SourceType.DOCUMENT


@pytest.mark.parametrize(
    ("language", "text", "speaker", "content"),
    [
        (
            "en",
            "The Associated Press reported that, according to police, the suspect had fled.",
            "Associated Press",
            "that, according to police, the suspect had fled",
        ),
        (
            "en",
            "Officials said that, according to the ministry, 20 people had died.",
            "Officials",
            "that, according to the ministry, 20 people had died",
        ),
        (
            "fr",
            "L'AFP a indiqué que, selon la police, le suspect avait pris la fuite.",
            "AFP",
            "que, selon la police, le suspect avait pris la fuite",
        ),
    ],
    ids=["reported-that", "said-that", "a-indique-que"],
)
def test_a_source_inside_a_reported_clause_leaves_the_frame_around_it(
    models: ModelCache, language: str, text: str, speaker: str, content: str
) -> None:
    """ "The AP reported that, according to police, the suspect had fled" gave one claim, by
    the police, whose content was "The Associated Press reported that": the phrase vouches
    for the clause after it, which the conjunction before it opens. The AP reports that
    clause, source and all. The other two cases, which came out right, are guards."""
    claim = the_claim(analyse(models, language, text))
    assert (source_of(claim).name, claim.content.text) == (speaker, content)


def test_a_source_without_commas_ends_before_its_clause_s_subject(models: ModelCache) -> None:
    """ "according to police the suspect had fled" named "police the suspect": with no comma to
    close the phrase, the subject of the clause it hangs on opens after the source."""
    claim = the_claim(analyse(models, "en", "According to police the suspect had fled."))
    assert (source_of(claim).text, claim.content.text) == ("police", "the suspect had fled")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Selon des informations du Figaro, l'exécutif envisage un remaniement.", "Le Figaro"),
        ("D'après les informations du Monde, le ministre a démissionné.", "Le Monde"),
        ("Selon des informations de franceinfo, le ministre a démissionné.", "franceinfo"),
    ],
    ids=["des-informations-du", "les-informations-du", "des-informations-de"],
)
def test_an_outlet_s_information_names_the_outlet(models: ModelCache, text: str, name: str) -> None:
    """ "Selon des informations du Figaro, …" named "informations du Figaro", of no known type:
    the phrase's forms with "des" and "du" name the outlet, as "selon les informations de"
    does, with the article "du" took in ("Le Figaro")."""
    claim = the_claim(analyse(models, "fr", text))
    assert (source_of(claim).name, source_of(claim).type) == (name, SourceType.MEDIA)
