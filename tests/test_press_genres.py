"""Press patterns of other genres than the wire and the courts (issue 11, eleventh pass):
headlines and live pages, sport, business, diplomacy, press reviews, reactions from unions and
bodies. Each case is a pattern of the language, written for this file, in both languages where
it exists in both; the guards say what must not change."""

from __future__ import annotations

import pytest

from claimcheck.models import SourceType
from claimcheck.nlp.loading import ModelCache
from test_attribution_models import analyse, attributed, claim_about, models, source_of, the_claim

__all__ = ["models"]  # the module-scoped model cache, shared with this module's tests


@pytest.mark.parametrize(
    ("language", "text", "content"),
    [
        (
            "en",
            'The mayor spoke after the vote. If the bill passes, she said, "the city will '
            'lose its last hospital."',
            'If the bill passes, she said, "the city will lose its last hospital."',
        ),
        (
            "en",
            'In other words, the senator said, "the era of easy money is over."',
            'In other words, the senator said, "the era of easy money is over."',
        ),
        (
            "fr",
            "Si la réforme passe, a-t-il averti, « ce sera la fin du système ».",
            "Si la réforme passe, a-t-il averti, « ce sera la fin du système »",
        ),
        (
            "fr",
            "Pour le moment, a-t-elle ajouté, « rien n'est décidé ».",
            "Pour le moment, a-t-elle ajouté, « rien n'est décidé »",
        ),
    ],
    ids=["if-clause", "connective", "si-incise", "short-quote-after-incise"],
)
def test_a_quote_opening_in_lower_case_keeps_the_words_before_its_frame(
    models: ModelCache, language: str, text: str, content: str
) -> None:
    """ "If the bill passes, she said, "the city will …"": the quotation goes on with the
    condition before the frame; cut from it, the claim says something the speaker did not."""
    assert the_claim(analyse(models, language, text)).content.text == content


@pytest.mark.parametrize(
    ("language", "text", "content"),
    [
        (
            "en",
            'In a statement on Thursday, the company said, "We are proud of our results."',
            '"We are proud of our results."',
        ),
        (
            "fr",
            "Lors de la conférence de presse, le ministre a déclaré : « Nous tiendrons bon ».",
            "« Nous tiendrons bon »",
        ),
        (
            "en",
            "The senator's remarks were aimed at his critics, including, he said, "
            '"politicians who tweet all day and appear on cable news."',
            '"politicians who tweet all day and appear on cable news."',
        ),
    ],
    ids=["capital-after-setting", "colon", "narration-before-a-list"],
)
def test_a_quote_that_opens_a_sentence_of_its_own_leaves_the_setting_out(
    models: ModelCache, language: str, text: str, content: str
) -> None:
    """A quotation opening in capitals is a sentence of its own: the setting before the frame
    ("In a statement on Thursday") is no part of what was said; nor is the narration a quoted
    list goes on with ("…, including, he said, "politicians …"")."""
    assert the_claim(analyse(models, language, text)).content.text == content


def test_a_clause_the_subordinator_ties_to_the_cue_is_no_content(models: ModelCache) -> None:
    """ "Although the mayor said …, the auditor disagreed": the auditor disagreed despite what
    the mayor said; the clause is the mayor's claim, not what the auditor said."""
    claim = the_claim(
        analyse(
            models, "en", "Although the mayor said the budget was balanced, the auditor disagreed."
        )
    )
    assert (source_of(claim).text, claim.content.text) == ("the mayor", "the budget was balanced")


@pytest.mark.parametrize(
    "text",
    [
        "Le Medef salue la réforme. La CFDT, elle, réclame la réouverture des négociations.",
        "Le Medef salue la réforme. La CFDT, de son côté, réclame la réouverture des négociations.",
    ],
    ids=["resumptive-pronoun", "aside"],
)
def test_a_subject_taken_up_by_a_pronoun_keeps_its_verb_s_object(
    models: ModelCache, text: str
) -> None:
    """ "La CFDT, elle, réclame la réouverture des négociations": the union asks for it; the
    object after the verb is no inverted speaker."""
    claim = claim_about(attributed(analyse(models, "fr", text)), "réouverture")
    assert source_of(claim).name == "CFDT"


def test_french_ils_does_not_stand_for_one_body(models: ModelCache) -> None:
    """ "Le Medef salue la réforme. Quant aux syndicats, ils réclament …": "ils" is plural,
    the Medef one body; better no name than the wrong one. (English "they" may be a company.)"""
    text = "Le Medef salue la réforme. Quant aux syndicats, ils réclament son retrait."
    claim = claim_about(attributed(analyse(models, "fr", text)), "retrait")
    assert source_of(claim).name != "Medef"


@pytest.mark.parametrize(
    ("language", "text", "unhedged"),
    [
        (
            "en",
            "The mayor said the budget was balanced, and the auditor warned that a deficit "
            "was likely.",
            "the budget was balanced",
        ),
        ("fr", "« Nous ne céderons pas », a-t-il déclaré, visiblement agacé.", "céderons"),
        (
            "fr",
            "Le ministre a assuré que le texte était prêt, ajoutant que le texte serait "
            "présenté la semaine prochaine.",
            "serait présenté",
        ),
    ],
    ids=["hedge-in-another-claim", "speaker-s-looks-after-incise", "participle-in-the-past"],
)
def test_a_hedge_stays_with_the_words_it_bears_on(
    models: ModelCache, language: str, text: str, unhedged: str
) -> None:
    """ "likely" inside the auditor's words is no doubt on the mayor's; "visiblement agacé"
    is how the speaker looked; "ajoutant que … serait" after "a assuré" is the
    future-in-the-past, as after "a ajouté"."""
    claim = claim_about(attributed(analyse(models, language, text)), unhedged)
    assert not claim.hedged


def test_a_hedge_on_the_report_itself_still_counts(models: ModelCache) -> None:
    """The guard: "reportedly" before the cue is the article's own distance."""
    claim = the_claim(analyse(models, "en", "The mayor reportedly said the budget was balanced."))
    assert claim.hedged


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("en", 'Biden: "We will not back down on this"', "Biden"),
        # a title before the name ("Senator Ortiz") made no speaker: only the name's words
        # are the recogniser's
        ("en", "Senator Ortiz: “We will not back down on the housing bill”", "Senator Ortiz"),
        (
            "fr",
            "Le patron de TotalEnergies : « Nous ne quitterons pas la Russie »",
            "Le patron de TotalEnergies",
        ),
        ("fr", "Le ministre a déclaré : « Nous tiendrons bon ».", "Le ministre"),
    ],
    ids=["headline-en", "headline-en-titled", "headline-fr", "short-quote-after-colon"],
)
def test_a_colon_hands_the_quotation_to_the_speaker_before_it(
    models: ModelCache, language: str, text: str, source: str
) -> None:
    """A headline's "Name: « words »" and "a déclaré : « … »" with words too few to be speech
    by their length: the colon says they were spoken."""
    assert source_of(the_claim(analyse(models, language, text))).text == source


def test_a_topic_before_a_colon_is_no_speaker(models: ModelCache) -> None:
    """ "Retraites : « … »": a rubric, not someone; the quotation has no speaker here."""
    claims = attributed(analyse(models, "fr", "Retraites : « Nous ne reculerons pas »"))
    assert all(c.source is None for c in claims)


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Le gouvernement annonce des mesures d'urgence.",
            "Le gouvernement",
            "des mesures d'urgence",
        ),
        (
            "Le syndicat réclame des moyens supplémentaires.",
            "Le syndicat",
            "des moyens supplémentaires",
        ),
        (
            "La CGT dénonce des conditions de travail indignes.",
            "La CGT",
            "des conditions de travail indignes",
        ),
    ],
    ids=["annonce-tagged-noun", "reclame-tagged-adjective", "des-tagged-preposition"],
)
def test_a_present_tense_cue_takes_a_plural_indefinite_object(
    models: ModelCache, text: str, source: str, content: str
) -> None:
    """ "Le gouvernement annonce des mesures": the small model reads "des" as a preposition and
    the verb as a noun or an adjective; after a verb that takes a direct object, "des" is the
    plural article and the noun phrase is what was announced."""
    claim = the_claim(analyse(models, "fr", text))
    assert (source_of(claim).text, claim.content.text) == (source, content)


@pytest.mark.parametrize(
    "text", ["Sa critique des médias est connue.", "Le juge des enfants a tranché."]
)
def test_a_noun_before_des_is_still_a_noun(models: ModelCache, text: str) -> None:
    """The guard: after a possessive or an article, "critique des" and "juge des" are nouns."""
    assert attributed(analyse(models, "fr", text)) == []


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "en",
            'Posting on Instagram, the singer said she was "heartbroken" to cancel the tour.',
            "singer",
        ),
        (
            "en",
            'The 23-year-old, who joined from Benfica in the summer, said he was "living a dream".',
            "23-year-old",
        ),
        (
            "fr",
            "Le Kremlin a affirmé qu'il ne participerait pas au sommet. Selon l'agence Tass, "
            "Vladimir Poutine se rendra à Pékin.",
            "Tass",
        ),
    ],
    ids=["platform-in-an-adjunct", "club-in-a-relative-clause", "agency-named-after-its-noun"],
)
def test_a_description_is_not_named_after_a_name_beside_it(
    models: ModelCache, language: str, text: str, name: str
) -> None:
    """ "Posting on Instagram, the singer said": Instagram is where, not who; "who joined from
    Benfica" is where he came from; "l'agence Tass" is Tass, not the Kremlin cited before."""
    claim = attributed(analyse(models, language, text))[-1]
    assert source_of(claim).name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("« C'est un rêve », a déclaré l'Italienne Federica Brignone.", "Federica Brignone"),
        (
            "« C'est un rêve de gosse », a savouré la Suissesse Lara Gut-Behrami à l'arrivée "
            "du super-G de Cortina.",
            "Lara Gut-Behrami",
        ),
    ],
    ids=["italienne", "suissesse"],
)
def test_a_nationality_before_a_name_is_no_part_of_it(
    models: ModelCache, text: str, name: str
) -> None:
    """The recogniser takes "Suissesse Lara Gut-Behrami" for a place: the nationality says who
    she is, the first name that she is a person."""
    speaker = source_of(the_claim(analyse(models, "fr", text)))
    assert (speaker.name, speaker.type) == (name, SourceType.PERSON)


def test_an_epithet_after_a_nationality_and_a_name_is_that_person(models: ModelCache) -> None:
    """ "La skieuse" after "la Suissesse Lara Gut-Behrami … de Cortina": the skier, not the
    resort the recogniser calls a person."""
    text = (
        "« C'est un rêve de gosse », a savouré la Suissesse Lara Gut-Behrami à l'arrivée du "
        "super-G de Cortina. La skieuse tessinoise a ajouté qu'elle pensait déjà à la suite."
    )
    claim = claim_about(attributed(analyse(models, "fr", text)), "pensait")
    assert source_of(claim).name == "Lara Gut-Behrami"


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "As Powell told reporters on Wednesday, the Fed is in no hurry to cut rates.",
            "Powell",
            "the Fed is in no hurry to cut rates",
        ),
        (
            "Fred Vasseur said after qualifying that the car had been on the limit all weekend.",
            "Fred Vasseur",
            "that the car had been on the limit all weekend",
        ),
    ],
    ids=["as-told-reporters", "said-after-a-gerund"],
)
def test_an_addressee_or_a_phrase_of_time_does_not_hide_the_report(
    models: ModelCache, text: str, source: str, content: str
) -> None:
    """ "As Powell told reporters, …" vouches for its host clause as "As Powell said" does;
    in "said after qualifying that …" the parser hangs the that-clause on the gerund."""
    claim = the_claim(analyse(models, "en", text))
    assert (source_of(claim).text, claim.content.text) == (source, content)


def test_a_report_in_a_relative_clause_ends_where_the_main_clause_resumes(
    models: ModelCache,
) -> None:
    """ "Le professeur, qui affirme que le virus circule, reste prudent": "reste prudent" is
    the narrator's, not what the professor affirms."""
    text = "Le professeur, qui affirme que le virus circule, reste prudent."
    assert the_claim(analyse(models, "fr", text)).content.text == "que le virus circule"


def test_a_denied_report_stays_its_owner_s(models: ModelCache) -> None:
    """ "a démenti les informations du Canard enchaîné, selon lesquelles le Premier ministre
    aurait …": the spokeswoman denied the report; the report, hedged, is the paper's, named
    with the article "du" took in, as the paper writes its title."""
    text = (
        "La porte-parole du gouvernement, Maud Bregeon, a démenti les informations du Canard "
        "enchaîné, selon lesquelles le Premier ministre aurait envisagé de démissionner."
    )
    claims = attributed(analyse(models, "fr", text))
    denial = claim_about(claims, "informations")
    report = claim_about(claims, "démissionner")
    assert denial.content.text == "les informations du Canard enchaîné"
    assert source_of(denial).name == "Maud Bregeon"
    assert (source_of(report).name, report.hedged) == ("Le Canard enchaîné", True)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("À l'Élysée, on assure que le calendrier sera tenu.", "l'Élysée"),
        ("Du côté du Medef, on salue au contraire « une avancée pour la compétitivité ».", "Medef"),
        ("Du côté de l'opposition, on réclame un vote sur le texte.", "l'opposition"),
    ],
    ids=["a-l-elysee", "du-cote-du-medef", "du-cote-de-l-opposition"],
)
def test_an_on_after_where_it_speaks_from_is_someone_there(
    models: ModelCache, text: str, name: str
) -> None:
    """ "À l'Élysée, on assure …": the French press's way of citing a body's people without a
    name; the source is "on", someone at the Élysée, unnamed."""
    speaker = source_of(the_claim(analyse(models, "fr", text)))
    assert (speaker.text, speaker.name, speaker.type) == ("on", name, SourceType.ANONYMOUS)


def test_a_generic_on_is_still_nobody(models: ModelCache) -> None:
    """The guard: "Dans ce cas, on dit que …" is what anyone would say."""
    assert attributed(analyse(models, "fr", "Dans ce cas, on dit que tout va bien.")) == []


def test_pour_and_a_title_gives_the_paper_s_view(models: ModelCache) -> None:
    """ "Pour Le Parisien, …": the small model calls "Parisien" a common noun; the capital
    article inside the sentence says it is a title."""
    claim = the_claim(
        analyse(models, "fr", "Pour Le Parisien, le pari est « risqué mais cohérent ».")
    )
    assert source_of(claim).name == "Le Parisien"


def test_a_passive_with_its_is_dropped_has_no_speaker(models: ModelCache) -> None:
    """ "…, with the board said to be considering its options": said of the board, by someone
    unnamed; the board says nothing."""
    text = (
        "The team lost again, with the manager under pressure and the board said to be "
        "considering its options."
    )
    assert all(c.source is None for c in analyse(models, "en", text))


def test_asking_to_be_excused_is_still_her_request(models: ModelCache) -> None:
    """The guard: "She asked to be excused" is her own request, not a passive."""
    text = "She asked to be excused from the meeting."
    assert source_of(the_claim(analyse(models, "en", text))).text == "She"


def test_a_live_page_s_time_stamp_is_no_part_of_the_speaker(models: ModelCache) -> None:
    """ "14:45 GMT - A Conservative source said …": the entry's time, as a dateline is."""
    text = "14:45 GMT - A Conservative source said the vote would be close."
    assert source_of(the_claim(analyse(models, "en", text))).text == "A Conservative source"


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "fr",
            "Renault a vu ses ventes chuter de 10 % au premier trimestre. Le constructeur a "
            "indiqué que la demande avait ralenti.",
            "Renault",
        ),
        (
            "en",
            "Boeing shares fell 5% on Monday after a door plug blew out. The company said in a "
            "filing that demand had slowed.",
            "Boeing",
        ),
    ],
    ids=["le-constructeur", "the-company"],
)
def test_a_body_s_noun_stands_for_the_body_the_sentence_before_was_about(
    models: ModelCache, language: str, text: str, name: str
) -> None:
    """ "Renault a vu ses ventes chuter … Le constructeur a indiqué": no body was cited
    before, but the narrative was about Renault."""
    claim = claim_about(
        attributed(analyse(models, language, text)), "demand" if language == "en" else "demande"
    )
    assert source_of(claim).name == name


def test_a_comparison_is_not_what_was_reported(models: ModelCache) -> None:
    """ "… a recensé 1 200 cas, soit trois fois plus que l'an dernier": "que l'an dernier"
    compares; what was recorded is the cases."""
    text = (
        "L'agence a recensé 1 200 cas de rougeole depuis janvier, soit trois fois plus que "
        "l'an dernier."
    )
    assert "1 200 cas" in the_claim(analyse(models, "fr", text)).content.text


def test_a_relay_aside_is_no_part_of_the_speaker(models: ModelCache) -> None:
    """ "Un responsable israélien, cité par le Times of Israel, a affirmé": the official
    speaks; the paper only passed it on, even where the tagger calls "cité" a noun."""
    text = (
        "Un responsable israélien, cité par le Times of Israel, a affirmé que l'opération "
        "continuerait."
    )
    assert source_of(the_claim(analyse(models, "fr", text))).text == "Un responsable israélien"


def test_an_adverb_between_a_call_and_its_object_keeps_the_object(models: ModelCache) -> None:
    """ "La CGT appelle aussi à la grève": "aussi" stands between the verb and the "à" of what
    it calls for."""
    claim = the_claim(analyse(models, "fr", "La CGT appelle aussi à la grève."))
    assert (source_of(claim).text, claim.content.text) == ("La CGT", "à la grève")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Le ministre a défendu la réforme. Et d'ajouter : « Nous ne reculerons pas sur ce "
            "point ».",
            "« Nous ne reculerons pas sur ce point »",
        ),
        (
            "Le ministre a défendu la réforme. Et de conclure que le texte serait voté.",
            "que le texte serait voté",
        ),
    ],
    ids=["et-d-ajouter", "et-de-conclure"],
)
def test_the_narrative_infinitive_speaks_for_the_subject_before(
    models: ModelCache, text: str, content: str
) -> None:
    """ "Et d'ajouter : « … »", "Et de conclure que …": the French narrative infinitive is the
    next act of saying of the one the sentence before was about."""
    claim = claim_about(attributed(analyse(models, "fr", text)), content[2:12])
    assert (source_of(claim).text, claim.content.text.rstrip(".")) == ("Le ministre", content)
    assert claim.cue is not None  # the infinitive is the cue, not a quotation carried on


def test_a_narrative_infinitive_after_no_speaker_is_nobody_s(models: ModelCache) -> None:
    """The guard: after "La pluie a cessé", nobody concludes anything."""
    text = "La pluie a cessé. Et de conclure que le texte serait voté."
    assert all(c.source is None for c in analyse(models, "fr", text))


def test_a_verb_of_saying_before_a_bare_infinitive_reports_it(models: ModelCache) -> None:
    """ "La victime raconte avoir été frappée": the small model tags "raconte" an adjective;
    what follows is what she says of herself."""
    text = "La victime raconte avoir été frappée à plusieurs reprises."
    claim = the_claim(analyse(models, "fr", text))
    assert (source_of(claim).text, claim.content.text) == (
        "La victime",
        "avoir été frappée à plusieurs reprises",
    )


@pytest.mark.parametrize(
    ("language", "text", "source", "content"),
    [
        (
            "fr",
            "Municipales : « Je serai candidat », annonce le maire sortant\nLe maire a parlé.",
            "le maire sortant",
            "« Je serai candidat »",
        ),
        (
            "en",
            '"We will not back down on this," says Biden\nThe president spoke on Monday.',
            "Biden",
            '"We will not back down on this,"',
        ),
    ],
    ids=["headline-incise-fr", "headline-incise-en"],
)
def test_a_headline_s_incise_ends_at_the_line_s_end(
    models: ModelCache, language: str, text: str, source: str, content: str
) -> None:
    """A headline has no full stop: the end of its line closes the incise's speaker, who is
    named without the line break, and a rubric before the quotation is no part of it."""
    claim = claim_about(attributed(analyse(models, language, text)), content[2:10])
    assert (source_of(claim).text, claim.content.text) == (source, content)


def test_an_infinitive_takes_no_speaker_after_it(models: ModelCache) -> None:
    """The guard: a post's "…, demander le programme de la semaine" at a line's end is an
    instruction; the noun phrase after the infinitive is no inverted speaker."""
    text = (
        "Le mouvement continue à l'université, demander le programme de la semaine\n"
        "La suite demain."
    )
    assert all(
        c.source is None or "programme" not in c.source.text for c in analyse(models, "fr", text)
    )


def test_read_the_statement_keeps_its_inverted_source(models: ModelCache) -> None:
    """The guard: English "read" looks like an infinitive to the model; '"…," read the
    statement, which …' is still the statement's."""
    text = (
        '"In writing her speech, the team took notes on her life," read the statement, which '
        "was sent at night."
    )
    assert source_of(the_claim(analyse(models, "en", text))).text == "the statement"


@pytest.mark.parametrize(
    ("text", "words", "name", "role"),
    [
        (
            "« Nous ne lâcherons rien », a réagi sur X la députée LFI Mathilde Panot.",
            "Nous ne lâcherons rien",
            "Mathilde Panot",
            "députée LFI",
        ),
        (
            "Le député RN Jean-Philippe Tanguy a dénoncé un budget « insincère ».",
            "budget",
            "Jean-Philippe Tanguy",
            "député RN",
        ),
        (
            "L'eurodéputé EELV Yannick Jadot a réclamé une commission d'enquête.",
            "commission",
            "Yannick Jadot",
            "eurodéputé EELV",
        ),
    ],
    ids=["deputee-lfi", "depute-rn", "eurodepute-eelv"],
)
def test_a_party_s_acronym_between_role_and_name_is_part_of_the_role(
    models: ModelCache, text: str, words: str, name: str, role: str
) -> None:
    """ "la députée LFI Mathilde Panot": the small French model reads the acronym as the
    start of a place ("RN Jean-Philippe Tanguy") or as a preposition, and the whole phrase was
    the speaker's name. The name is the person's; the acronym goes with the role."""
    mention = source_of(claim_about(analyse(models, "fr", text), words))
    assert (mention.name, mention.role) == (name, role)
    assert mention.type is SourceType.PERSON


def test_an_incise_verb_the_tagger_calls_a_preposition_still_reports(
    models: ModelCache,
) -> None:
    """ "« … », martèle depuis des semaines la présidente …": the small French model tags
    "martèle" as a preposition before "depuis", and the quotation had no speaker."""
    text = (
        "« Il faut agir vite », martèle depuis des semaines la présidente de la Commission "
        "européenne, Ursula von der Leyen."
    )
    mention = source_of(the_claim(analyse(models, "fr", text)))
    assert mention.name == "Ursula von der Leyen"


@pytest.mark.parametrize(
    ("language", "text", "words", "name"),
    [
        (
            "fr",
            "« On a tout perdu », raconte Fatima, 42 ans, mère de trois enfants.",
            "«",
            "Fatima",
        ),
        ("fr", "« On a tout perdu », raconte Fatima, une habitante du quartier.", "«", "Fatima"),
        ("fr", "Fatima, 42 ans, raconte qu'elle a tout perdu.", "perdu", "Fatima"),
        ("en", "Olena, 58 years old, said she had lost everything.", "lost", "Olena"),
    ],
    ids=["incise-age", "incise-habitante", "subject-age", "years-old"],
)
def test_a_first_name_set_off_by_an_age_or_a_description_is_a_person(
    models: ModelCache, language: str, text: str, words: str, name: str
) -> None:
    """ "raconte Fatima, 42 ans, …": the recogniser calls the first name a place, and the
    resident was reported as a government, or as an anonymous "habitante du quartier"."""
    mention = source_of(claim_about(analyse(models, language, text), words))
    assert (mention.name, mention.type) == (name, SourceType.PERSON)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("“We lost everything,” said Natalia, 58, a teacher.", "Natalia", "a teacher"),
        (
            "“We lost everything,” said Misha Shah, 32, a waitress at a bar nearby.",
            "Misha Shah",
            "a waitress at a bar nearby",
        ),
        ("“We lost everything,” said Misha Shah, 32, of Chicago.", "Misha Shah", None),
    ],
    ids=["a-role-of-the-lexicon", "any-description", "a-place-is-no-role"],
)
def test_an_age_before_a_role_is_no_part_of_the_role(
    models: ModelCache, text: str, name: str, role: str | None
) -> None:
    """ "said Natalia, 58, a teacher": the role is "a teacher"; it was "58". After an age, the
    description is what the person does even when the lexicon does not list it
    ("waitress"); a place is not."""
    mention = source_of(the_claim(analyse(models, "en", text)))
    assert (mention.name, mention.role) == (name, role)


@pytest.mark.parametrize(
    ("language", "text", "name", "role"),
    [
        (
            "fr",
            "« On n'a rien vu venir », témoigne Sophie, une riveraine.",
            "Sophie",
            "une riveraine",
        ),
        (
            "fr",
            "Le témoin Jean Dupont a raconté que la voiture roulait vite.",
            "Jean Dupont",
            "témoin",
        ),
        ("en", "“We saw nothing coming,” said Sarah, a neighbor.", "Sarah", "a neighbor"),
    ],
    ids=["riveraine-after-name", "temoin-before-name", "neighbor-after-name"],
)
def test_a_resident_or_a_witness_is_a_named_person_with_that_role(
    models: ModelCache, language: str, text: str, name: str, role: str
) -> None:
    """Local news quotes people as residents, neighbours and witnesses: "Sophie, une
    riveraine" had no role, and "le témoin Jean Dupont" was a government named "témoin Jean
    Dupont" (the recogniser takes the noun into a place's name)."""
    mention = source_of(the_claim(analyse(models, language, text)))
    assert (mention.name, mention.role, mention.type) == (name, role, SourceType.PERSON)


@pytest.mark.parametrize(
    ("language", "text", "role"),
    [
        (
            "fr",
            "« Nous ne lâcherons rien », a martelé Sophie Binet, secrétaire générale de la CGT, "
            "lors d'un meeting à Lyon.",
            "secrétaire générale de la CGT",
        ),
        (
            "fr",
            "« Nous ne lâcherons rien », a martelé Sophie Binet, la secrétaire générale de la "
            "CGT, lors d'un meeting à Lyon.",
            "secrétaire générale de la CGT",
        ),
        ("fr", "« C'est fini », a lancé Sophie Binet, mardi, devant la presse.", None),
        (
            "en",
            "“We will not give up,” said Sophie Binet, the leader of the CGT union, at a rally.",
            "leader of the CGT union",
        ),
    ],
    ids=["role-then-adjunct", "article-role-then-adjunct", "day-is-no-role", "english"],
)
def test_an_incise_speaker_keeps_the_role_set_off_before_an_adjunct(
    models: ModelCache, language: str, text: str, role: str | None
) -> None:
    """ "a martelé Sophie Binet, secrétaire générale de la CGT, lors d'un meeting": the role
    was lost because more words followed it; a day set off the same way is no role."""
    mention = source_of(the_claim(analyse(models, language, text)))
    assert (mention.name, mention.role) == ("Sophie Binet", role)
