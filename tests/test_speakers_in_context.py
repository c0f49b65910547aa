"""Who speaks where copy names the speaker obliquely (issue 11, twenty-ninth pass): a group
the small French model half reads as adjectives, a predecessor set off before a verb, a
second act after an incise, a bare infinitive after whom it was said to, a feeling voiced in
quotation marks, a role after "the". Each case is a pattern of the language, written for this
file; the guards say what must not change."""

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
    speaker_about,
    the_claim,
    unattributed,
)

__all__ = ["models"]  # the module-scoped model cache, shared with this module's tests


def test_an_incise_s_group_with_its_participle_speaks(models: ModelCache) -> None:
    """ "…, devraient s'envoler, estiment les libraires interrogés." gave the sales as the
    speaker and the booksellers as what was said: the small model tags "libraires" an
    adjective, so the words after the verb held no noun."""
    text = (
        "Les ventes du roman, jusqu'ici modestes, devraient s'envoler, estiment les libraires "
        "interrogés."
    )
    claim = the_claim(analyse(models, "fr", text))
    assert (source_of(claim).text, claim.content.text) == (
        "les libraires interrogés",
        "Les ventes du roman, jusqu'ici modestes, devraient s'envoler",
    )


def test_a_predecessor_set_off_before_the_verb_speaks(models: ModelCache) -> None:
    """ "In a 2019 interview with Bloomberg, Okafor's predecessor, Tom Whitfield, said …" made
    no claim: the parse hung the speaker on Bloomberg, and "predecessor" named nobody who
    speaks (lexicon `person_roles`)."""
    text = (
        "In a 2019 interview with Bloomberg, Okafor's predecessor, Tom Whitfield, said the "
        "industry was structurally cyclical."
    )
    claim = the_claim(analyse(models, "en", text))
    assert (source_of(claim).name, str(claim.statement_date)) == ("Tom Whitfield", "2019")


def test_a_second_act_after_an_incise_is_the_incise_speaker_s(models: ModelCache) -> None:
    """ "« … », a répondu Luis Enrique, avant d'ajouter qu'il était « très content » …" gave
    the added words to nobody: the parse hung "ajouter" on the quotation, whose words are no
    speaker's subject."""
    text = (
        "« Ce n'est pas respectueux pour leur club », a répondu Luis Enrique, avant d'ajouter "
        "qu'il était « très content » de son effectif actuel."
    )
    claim = claim_about(analyse(models, "fr", text), "très content")
    assert claim.cue is not None
    assert (source_of(claim).name, claim.cue.text) == ("Luis Enrique", "ajouter")


def test_a_bare_infinitive_after_the_listener_is_what_was_said(models: ModelCache) -> None:
    """ "En 2021, Ferreira avait confié à L'Équipe rêver de « jouer un jour en France »." made
    no claim: the parse hung the infinitive on the newspaper."""
    text = "En 2021, Ferreira avait confié à L'Équipe rêver de « jouer un jour en France »."
    claim = the_claim(analyse(models, "fr", text))
    assert (claim.content.text, str(claim.statement_date)) == (
        "rêver de « jouer un jour en France »",
        "2021",
    )


def test_a_listener_with_no_infinitive_reports_nothing(models: ModelCache) -> None:
    """Guard: "Il a parlé à la presse samedi." says nothing."""
    assert not attributed(analyse(models, "fr", "Il a parlé à la presse samedi."))


def test_a_feeling_voiced_in_quotation_marks_is_what_was_said(models: ModelCache) -> None:
    """ "l'autrice a dit sa « surprise » et sa « joie immense »" made no claim (lexicon
    `quoted_object`: "dire", "exprimer"), and a quoted object stopped at its first
    quotation."""
    text = "Jointe par téléphone, l'autrice a dit sa « surprise » et sa « joie immense »."
    claim = the_claim(analyse(models, "fr", text))
    assert claim.content.text == "sa « surprise » et sa « joie immense »"


def test_a_role_after_the_definite_article_is_the_person_s(models: ModelCache) -> None:
    """'"…," said Linda Ortiz, the elections clerk in Marion County.' had no role: only "a"
    opened a description the lexicon does not list."""
    text = '"We need an answer," said Linda Ortiz, the elections clerk in Marion County.'
    assert sources_listed(models, "en", text) == [
        ("Linda Ortiz", "elections clerk in Marion County")
    ]


def test_a_condition_after_the_object_is_part_of_what_was_announced(models: ModelCache) -> None:
    """ "a annoncé le dépôt d'une motion de censure si le gouvernement recourait au 49.3"
    reported the condition alone: "si" was read as opening an indirect question."""
    text = (
        "Mathilde Panot a annoncé le dépôt d'une motion de censure si le gouvernement recourait "
        "au 49.3."
    )
    assert the_claim(analyse(models, "fr", text)).content.text == (
        "le dépôt d'une motion de censure si le gouvernement recourait au 49.3"
    )


def test_a_question_after_a_quotation_mark_is_still_what_was_said(models: ModelCache) -> None:
    """Guard: '…, telling graduates, "If you are too big …"' reports the quotation."""
    text = (
        'Katie Couric has promoted a self-effacing approach, telling graduates, "If you are too '
        'big for a small job, you are too small for a big one."'
    )
    claim = the_claim(analyse(models, "en", text))
    assert claim.content.text.startswith('"If you are too big')


def test_a_group_cited_by_a_paper_after_but_speaks(models: ModelCache) -> None:
    """ "Mais plusieurs députés PS, cités par Le Figaro, se disent prêts …" gave the paper as
    the speaker: "Mais" kept the group from being the sentence's one opening phrase."""
    text = "Mais plusieurs députés PS, cités par Le Figaro, se disent prêts à voter la censure."
    assert source_of(the_claim(analyse(models, "fr", text))).name == "députés PS"


def test_an_opening_pour_with_a_role_the_lexicon_lacks_gives_the_person_s_view(
    models: ModelCache,
) -> None:
    """ "Pour le constitutionnaliste Dominique Rousseau, le recours au 49.3 reste « parfaitement
    légal »" made no claim: the lexicon does not know "constitutionnaliste"."""
    text = (
        "Pour le constitutionnaliste Dominique Rousseau, le recours au 49.3 reste « parfaitement "
        "légal »."
    )
    assert sources_listed(models, "fr", text) == [("Dominique Rousseau", "constitutionnaliste")]


def test_an_opening_pour_on_an_occasion_is_no_view(models: ModelCache) -> None:
    """Guard: "Pour l'anniversaire de Jean Dupont, …" names the occasion, not who speaks."""
    text = "Pour l'anniversaire de Jean Dupont, la mairie a organisé une grande fête."
    assert not attributed(analyse(models, "fr", text))


def test_a_day_described_as_something_is_the_object(models: ModelCache) -> None:
    """'Another official described the first day as "mostly procedural."' made no claim: the
    recogniser calls "the first day" a date, which an object never is."""
    text = 'Another official described the first day as "mostly procedural."'
    assert the_claim(analyse(models, "en", text)).content.text.startswith("the first day as")


def test_an_inverted_on_after_a_light_verb_speaks_from_its_place(models: ModelCache) -> None:
    """ "« … », fait-on valoir dans l'entourage du chef du gouvernement" gave the cue "fait-on"
    and an unnamed "on"; the entourage was left out as an unattributed sentence."""
    text = (
        "« Le Premier ministre a toujours privilégié le dialogue », fait-on valoir dans "
        "l'entourage du chef du gouvernement."
    )
    claim = the_claim(analyse(models, "fr", text))
    assert claim.cue is not None
    assert (claim.cue.text, source_of(claim).name) == (
        "fait-on valoir",
        "entourage du chef du gouvernement",
    )


def test_an_epithet_with_its_constituency_is_the_person_just_quoted(models: ModelCache) -> None:
    """ "L'élue du Val-de-Marne a également accusé …" after Mathilde Panot's words was a
    source of its own: the capitalised place kept "élue" from reading as an epithet."""
    text = (
        "La présidente du groupe, Mathilde Panot, a annoncé une motion de censure. « Nous ne "
        "laisserons pas passer ce texte », a-t-elle martelé. L'élue du Val-de-Marne a également "
        "accusé l'exécutif de « mépriser le Parlement »."
    )
    assert speaker_about(models, "fr", text, "mépriser") == "Mathilde Panot"


def test_a_clause_called_for_is_what_was_asked(models: ModelCache) -> None:
    """ "She called for the fund to be doubled." made no claim: the parse makes "for" the
    marker of a clause, not a preposition with an object."""
    claim = the_claim(analyse(models, "en", "She called for the fund to be doubled."))
    assert claim.cue is not None
    assert (claim.cue.text, claim.content.text) == ("called for", "the fund to be doubled")


def test_who_is_asked_for_is_not_who_speaks_next(models: ModelCache) -> None:
    """Guard: "Trump called for the president to resign. He said …" is Trump's. Once the call
    became a claim, "He" was nobody, "the president" standing as a subject between the pronoun
    and Trump."""
    text = (
        "Donald Trump spoke on Sunday. In the wake of the tragedy, Trump called for the "
        "president to resign. He said the time for being politically correct is over."
    )
    assert speaker_about(models, "en", text, "politically correct") == "Donald Trump"


def test_waiting_for_something_to_happen_says_nothing(models: ModelCache) -> None:
    """Guard: "They waited for the rain to stop." has no verb of saying."""
    assert not attributed(analyse(models, "en", "They waited for the rain to stop."))


def test_calls_read_as_a_verb_before_a_finite_clause_say_nothing(models: ModelCache) -> None:
    """ "These calls for more troops have come even as some candidates have said …" made
    "These" the speaker of the rest when a "for" clause of any kind could be what was asked;
    only one with its own infinitive is."""
    text = (
        "These calls for more American Special Operations troops have come even as some of the "
        "same candidates have said they oppose boots on the ground."
    )
    claim = the_claim(analyse(models, "en", text))
    assert source_of(claim).text == "some of the same candidates"


def test_a_call_past_an_adverb_to_quoted_words_is_a_claim(models: ModelCache) -> None:
    """ "La préfecture appelle toutefois à « la plus grande vigilance »." made no claim: past
    the adverb, the parse hung the preposition on the opening guillemet."""
    text = "La préfecture appelle toutefois à « la plus grande vigilance »."
    claim = the_claim(analyse(models, "fr", text))
    assert claim.content.text == "à « la plus grande vigilance »"


def test_a_condition_after_a_promised_object_is_part_of_the_promise(models: ModelCache) -> None:
    """ "promised immigration reform if he and Clinton take office in January" reported the
    condition alone, and then the object alone."""
    text = "Sen. Tim Kaine promised immigration reform if he and Clinton take office in January."
    assert the_claim(analyse(models, "en", text)).content.text == (
        "immigration reform if he and Clinton take office in January"
    )


def test_unnamed_economists_of_a_bank_are_anonymous(models: ModelCache) -> None:
    """ "Pour les économistes de BNP Paribas, …" was a person; "the economists" are unnamed in
    both languages (lexicon `anonymous_heads`)."""
    text = "Pour les économistes de BNP Paribas, la BCE « devrait attendre au moins juin »."
    assert source_of(the_claim(analyse(models, "fr", text))).type is SourceType.ANONYMOUS


def test_a_firm_named_after_its_noun_stays_one_source(models: ModelCache) -> None:
    """Guard: "Selon le cabinet Xerfi, …" is the firm, not a person called Xerfi whose role
    is "cabinet", though the recogniser calls "Xerfi" a person."""
    text = "Selon le cabinet Xerfi, le marché automobile devrait reculer de 4 % cette année."
    assert source_of(the_claim(analyse(models, "fr", text))).type is not SourceType.PERSON


def test_a_surname_after_two_people_named_together_is_its_own(models: ModelCache) -> None:
    """'"…?" Jimenez asked' after "The two dissenting members, Mark Feld and Rosa Jimenez,
    argued …" was "Jimenez" of unknown type: the pair was indexed as one name ending in
    "Jimenez", which made the surname ambiguous."""
    text = (
        "The two dissenting members, Mark Feld and Rosa Jimenez, argued that parents needed to "
        'reach their children. "What happens when there is a lockdown?" Jimenez asked during '
        "the meeting."
    )
    assert speaker_about(models, "en", text, "lockdown") == "Rosa Jimenez"


def test_two_clauses_joined_before_the_frame_are_both_said(models: ModelCache) -> None:
    """ "He is 84 now, and he still counts them in his sleep, he says." reported "He is 84 now,
    and", the second clause an unattributed sentence: the parse hung both on "says"."""
    text = "He is 84 now, and he still counts them in his sleep, he says."
    assert the_claim(analyse(models, "en", text)).content.text == (
        "He is 84 now, and he still counts them in his sleep"
    )


def test_a_participle_after_an_inverted_frame_is_the_speaker_s_next_act(
    models: ModelCache,
) -> None:
    """ "…, a confirmé mardi le ministère des Transports, confirmant une information du
    Parisien." made no claim: the participle after the speaker was read as more of what was
    said, which then held the frame."""
    text = (
        "Les tarifs des péages augmenteront de 3 % le 1er février, a confirmé mardi le ministère "
        "des Transports, confirmant une information du Parisien."
    )
    claim = claim_about(analyse(models, "fr", text), "tarifs")
    assert (source_of(claim).name, claim.content.text) == (
        "ministère des Transports",
        "Les tarifs des péages augmenteront de 3 % le 1er février",
    )


def test_a_participle_phrase_before_the_subject_is_no_part_of_it(models: ModelCache) -> None:
    """ "Joint par téléphone, un responsable de l'ART estime …" was a person named after the
    authority: the parse read "Joint" as a name and the speaker as its conjunct."""
    text = (
        "Joint par téléphone, un responsable de l'Autorité de régulation des transports estime "
        "que la formule « protège excessivement les concessionnaires »."
    )
    source = source_of(the_claim(analyse(models, "fr", text)))
    assert (source.text[:15], source.type) == ("un responsable ", SourceType.ANONYMOUS)


def test_what_someone_declared_before_a_colon_is_theirs(models: ModelCache) -> None:
    """ "Voilà ce qu'a déclaré mercredi le président de l'association …, Pierre Chasseray :
    « … »" gave the quotation to nobody: "qu'" was read as the subject."""
    text = (
        "Voilà ce qu'a déclaré mercredi le président de l'association, Pierre Chasseray : « Les "
        "Français paient deux fois, à la pompe et au péage. »"
    )
    assert speaker_about(models, "fr", text, "paient") == "Pierre Chasseray"


def test_a_name_set_off_after_a_role_keeps_its_title_s_modifier(models: ModelCache) -> None:
    """ "Her Republican opponent, state Sen. Jim Carver, said …" was an anonymous source named
    with the whole phrase: "state" before the title hid the comma that sets the name off."""
    text = "Her Republican opponent, state Sen. Jim Carver, said she must explain."
    source = source_of(the_claim(analyse(models, "en", text)))
    assert (source.name, source.type) == ("Jim Carver", SourceType.PERSON)


def test_a_relative_clause_on_an_opening_pour_s_person_is_no_part_of_the_view(
    models: ModelCache,
) -> None:
    """ "Pour le pédiatre Olivier Lenoir, qui n'a pas participé à l'étude, ces résultats …"
    reported the relative clause as the view's first words."""
    text = (
        "Pour le pédiatre Olivier Lenoir, qui n'a pas participé à l'étude, ces résultats "
        "« confirment ce que nous observons en consultation »."
    )
    claims = analyse(models, "fr", text)
    assert [c.content.text for c in claims] == [
        "ces résultats « confirment ce que nous observons en consultation »"
    ]


def test_a_quotation_after_that_relative_clause_keeps_its_opening_mark(
    models: ModelCache,
) -> None:
    """ "Pour Paul Martin, 42 ans, qui attendait son train, « c'est … »": the content began
    after the guillemet and ended on its closing one; the skip past the clause's comma took the
    opening mark with it."""
    text = (
        "Pour Paul Martin, 42 ans, qui attendait son train à Bordeaux, « c'est toujours les "
        "mêmes qui trinquent »."
    )
    claim = the_claim(analyse(models, "fr", text))
    assert claim.content.text == "« c'est toujours les mêmes qui trinquent »"


def test_a_name_after_a_title_s_full_stop_stays_in_its_sentence(models: ModelCache) -> None:
    """ "…, according to a police spokesman, Sgt. Dana Ruiz." gave the claim to a person named
    "Sgt": the tokenizer cut the title's full stop, and the sentence ended on it."""
    text = (
        "The suspect was taken into custody after a traffic stop, according to a police "
        "spokesman, Sgt. Dana Ruiz. Officers found a handgun in the car."
    )
    assert speaker_about(models, "en", text, "custody") == "Dana Ruiz"


def test_a_title_that_ends_a_sentence_ends_it(models: ModelCache) -> None:
    """Guard: "He joined the army as a Sgt. Then he left." is two sentences."""
    text = "He joined the army as a Sgt. Then he left, his brother said."
    claim = the_claim(analyse(models, "en", text))
    assert claim.content.text == "Then he left"


def test_the_writer_s_sentence_after_a_source_stays_the_writer_s(models: ModelCache) -> None:
    """Guard: "What seems most striking is …" after "…, wrote Jared Bernstein, former adviser
    to Joseph R. Biden Jr." is the article's own statement, though it opens with a word that
    can open a relative clause."""
    text = (
        "''Trade is a double-edged sword,'' wrote Jared Bernstein, former adviser to Joseph R. "
        "Biden Jr.\n\nWhat seems most striking is that the working class understood it."
    )
    assert [c.content.text for c in unattributed(analyse(models, "en", text))] == [
        "What seems most striking is that the working class understood it."
    ]


def test_a_list_of_speakers_keeps_its_first_member(models: ModelCache) -> None:
    """ "Les syndicats, les patrons et l'État estiment …" named "les patrons et l'État": the
    parse hung the list's first member on the verb apart."""
    text = "Les syndicats, les patrons et l'État estiment que la formule est injuste."
    source = source_of(the_claim(analyse(models, "fr", text)))
    assert source.text == "Les syndicats, les patrons et l'État"


def test_speakers_after_a_setting_are_the_subject(models: ModelCache) -> None:
    """ "En France, les patrons et l'État estiment …" made no claim: the parse joined the
    speakers to "France" as its conjuncts."""
    text = "En France, les patrons et l'État estiment que la formule est injuste."
    assert source_of(the_claim(analyse(models, "fr", text))).text == "les patrons et l'État"


def test_a_place_as_subject_after_a_date_still_speaks(models: ModelCache) -> None:
    """Guard: "En 2020, la France a estimé …" is France's."""
    text = "En 2020, la France a estimé que la formule était injuste."
    assert source_of(the_claim(analyse(models, "fr", text))).text == "la France"


def test_an_age_and_a_relative_after_an_opening_pour_describe_its_person(
    models: ModelCache,
) -> None:
    """ "Pour Marie, 34 ans, qui fait chaque jour le trajet …, la situation est « épuisante »"
    put her age and the relative clause at the head of her view."""
    text = (
        "Pour Marie, 34 ans, qui fait chaque jour le trajet entre Chartres et Paris, la "
        "situation est « épuisante »."
    )
    claims = analyse(models, "fr", text)
    assert [c.content.text for c in claims] == ["la situation est « épuisante »"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("La direction appelle à « ne pas voyager ».", "à « ne pas voyager »"),
        ("La direction appelle à ne pas voyager.", "à ne pas voyager"),
        ("Le préfet a demandé aux habitants de ne pas sortir.", "de ne pas sortir"),
    ],
    ids=["guillemets", "sans-guillemets", "demande-de"],
)
def test_a_call_not_to_do_something_is_what_was_asked(
    models: ModelCache, text: str, content: str
) -> None:
    """ "La direction appelle à « ne pas voyager »." made no claim: the negation between the
    marker and the infinitive hid the infinitive."""
    assert the_claim(analyse(models, "fr", text)).content.text == content


def test_a_body_with_de_son_cote_set_off_is_still_the_subject(models: ModelCache) -> None:
    """Guard: "Bercy, de son côté, assure suivre le dossier …" is Bercy's, though the parse
    makes "côté" a conjunct of "Bercy" (not a fronted phrase before the subject)."""
    text = (
        "Le ministre a parlé. Bercy, de son côté, assure suivre le dossier « avec la plus grande "
        "attention »."
    )
    assert speaker_about(models, "fr", text, "attention") == "Bercy"


def test_a_pronoun_after_an_epithet_carries_the_person_s_role(models: ModelCache) -> None:
    """Guard: "La romancière Claire Delmas … l'autrice a dit … « … », raconte-t-elle" keeps her
    role. Once "l'autrice a dit sa « surprise »" became a claim, the pronoun lost it."""
    text = (
        "La romancière Claire Delmas a reçu jeudi le prix Médicis. Jointe par téléphone, "
        "l'autrice a dit sa « surprise ». « Je n'y croyais plus », raconte-t-elle."
    )
    source = source_of(claim_about(analyse(models, "fr", text), "croyais"))
    assert (source.name, source.role) == ("Claire Delmas", "romancière")


def test_three_people_named_together_are_one_source_with_all_their_names(
    models: ModelCache,
) -> None:
    """ "Emmanuel Macron, Olaf Scholz et Giorgia Meloni ont affirmé …" was named "Emmanuel
    Macron": only two people joined by a conjunction were read as a pair."""
    text = "Emmanuel Macron, Olaf Scholz et Giorgia Meloni ont affirmé que l'Europe devait agir."
    assert source_of(the_claim(analyse(models, "fr", text))).name == (
        "Emmanuel Macron, Olaf Scholz et Giorgia Meloni"
    )


def test_a_programme_s_name_before_the_colon_is_no_verb(models: ModelCache) -> None:
    """ "Le ministre n'a pas tardé à réagir sur France Inter : « … »" had the cue "Inter",
    and with "France Bleu" the quotation went to nobody: the tagger read the name's second
    word as a verb, the last verb before the colon. The same of "Face the Nation"."""
    text = "Le ministre n'a pas tardé à réagir sur France Bleu : « C'est faux. »"
    claim = claim_about(analyse(models, "fr", text), "faux")
    assert claim.cue is not None and claim.cue.text == "réagir"
    assert source_of(claim).text == "Le ministre"
    text = 'The senator weighed in on Face the Nation: "This is not over."'
    claim = claim_about(analyse(models, "en", text), "not over")
    assert claim.cue is not None and claim.cue.text == "weighed in"
    assert source_of(claim).text == "The senator"
