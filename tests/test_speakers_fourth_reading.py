"""Who speaks, read again on a fourth set of new articles (issue 11, forty-seventh pass). Each
case is a pattern of the language, written for this file; the guards say what must not
change."""

from __future__ import annotations

from claimcheck.models import SourceType
from claimcheck.nlp.loading import ModelCache
from test_attribution_models import analyse, attributed, models, source_of

__all__ = ["models"]  # the module-scoped model cache, shared with this module's tests


# -- what was said ---------------------------------------------------------------------------


def test_a_relative_clause_on_the_subject_stays_in_what_a_body_reports(
    models: ModelCache,
) -> None:
    """Guard: "X, which backed Y, spent …, according to the clerk": the relative clause sets off
    the subject of what the clerk reports; the spending is the claim, not "X" alone (which the
    parser's misreading of such a sentence once made it)."""
    text = (
        "The Riverside Tenants Union, which backed the measure, spent nearly $90,000 on mailers "
        "last fall, according to the county clerk."
    )
    (claim,) = attributed(analyse(models, "en", text))
    assert "spent nearly $90,000 on mailers" in claim.content.text
    assert source_of(claim).name == "county clerk"


def test_what_a_poll_shows_of_someone_takes_where_they_stand(models: ModelCache) -> None:
    """ "A poll shows the mayor within three points of her rival": the finding is where the
    mayor stands, not the mayor."""
    text = "A Marist poll released Sunday shows the mayor within three points of her rival."
    (claim,) = attributed(analyse(models, "en", text))
    assert claim.content.text == "the mayor within three points of her rival"


def test_a_view_set_off_inside_the_clause_it_reports(models: ModelCache) -> None:
    """ "Tenants, Ortiz suggested, would pay more": the speaker and a verb of a view set off by
    commas report the clause around them, as "said" would; the subject before them is no part
    of the speaker's name."""
    text = "Tenants, Dana Ortiz suggested, would pay more under the new plan."
    (claim,) = attributed(analyse(models, "en", text))
    assert source_of(claim).name == "Dana Ortiz"
    assert claim.content.text.startswith("Tenants")
    assert claim.content.text.endswith("under the new plan")


def test_a_filler_set_off_inside_a_clause_reports_nothing(models: ModelCache) -> None:
    """Guard: "It was, you know, a long night": a filler, nobody's view."""
    text = "It was, you know, a long night for the volunteers at the shelter."
    assert attributed(analyse(models, "en", text)) == []


def test_a_role_set_off_before_a_name_is_still_the_speaker_s(models: ModelCache) -> None:
    """Guard: "The company's spokeswoman, Dana Ruiz, said …": the role before the name, set
    off on both sides, is hers."""
    text = "The company's spokeswoman, Dana Ruiz, said the plant would reopen in March."
    (claim,) = attributed(analyse(models, "en", text))
    assert source_of(claim).name == "Dana Ruiz"
    assert source_of(claim).role == "company's spokeswoman"


def test_a_relative_clause_before_an_inverted_frame_is_the_speaker_s(models: ModelCache) -> None:
    """ "Forecasters expect the rain to ease on Thursday, which could give crews …, the National
    Weather Service said": all before the frame is the service's; only after a verb of saying
    is a closing relative clause the writer's gloss."""
    text = (
        "Forecasters expect the rain to ease on Thursday, which could give crews a chance to "
        "clear the roads, the National Weather Service said."
    )
    claims = attributed(analyse(models, "en", text))
    weather = [c for c in claims if source_of(c).name == "National Weather Service"]
    assert [c.content.text for c in weather] == [
        "Forecasters expect the rain to ease on Thursday, which could give crews a chance to "
        "clear the roads"
    ]


def test_a_negated_infinitive_is_what_the_speaker_says(models: ModelCache) -> None:
    """ "dit ne plus dormir", "dit ne pas être en mesure de …": the negation opens the
    infinitive the speaker reports, whatever tag the small model gives it."""
    text = (
        "La directrice dit ne plus dormir depuis l'incendie. À ce stade, la clinique dit ne pas "
        "être en mesure de confirmer la fuite."
    )
    first, second = attributed(analyse(models, "fr", text))
    assert first.content.text == "ne plus dormir depuis l'incendie"
    assert second.content.text.startswith("ne pas être en mesure de confirmer")


def test_a_comparison_with_plutot_que_is_not_what_was_said(models: ModelCache) -> None:
    """ "plaide pour un renforcement des aides plutôt que pour des tirs": "que" after "plutôt"
    compares; reading it as the clause reported made the claim say the opposite."""
    text = (
        "Thomas Lefèvre est porte-parole de l'association. Il plaide pour un renforcement des "
        "aides au gardiennage plutôt que pour des tirs supplémentaires."
    )
    claims = attributed(analyse(models, "fr", text))
    assert not any(c.content.text.startswith("que pour") for c in claims)


# -- who spoke -------------------------------------------------------------------------------


def test_a_study_published_in_a_journal_is_the_study(models: ModelCache) -> None:
    """ "A study published last year in the journal Fire Ecology Letters found that …": the
    study found it; the journal, which the parser may make a second subject, is where it
    appeared."""
    text = (
        "A study published last year in the journal Fire Ecology Letters found that the number "
        "of extreme days has doubled."
    )
    (claim,) = attributed(analyse(models, "en", text))
    assert source_of(claim).type is SourceType.DOCUMENT
    assert source_of(claim).text.endswith("in the journal Fire Ecology Letters")


def test_a_trade_names_the_person_just_named_after_a_body_cited(models: ModelCache) -> None:
    """ "… selon Météo-France. Lucien Morel constate les dégâts. « … », explique le vigneron":
    a body the recogniser may call a person, cited before, does not put the vigneron in doubt."""
    text = (
        "Des grêlons ont été observés à Viré, selon Météo-France. Dans ses parcelles, Lucien "
        "Morel constate les dégâts. « Tout est à terre », explique le vigneron."
    )
    claims = attributed(analyse(models, "fr", text))
    assert source_of(claims[-1]).name == "Lucien Morel"


def test_a_tie_given_before_a_name_is_no_other_trade(models: ModelCache) -> None:
    """ "Son voisin, Michel Duthoit, … Le viticulteur avoue …": a neighbour may be the
    winegrower; only another trade ("l'entraîneur") says the description is someone else."""
    text = (
        "Son voisin, Michel Duthoit, s'en sort un peu mieux. « Chez moi, c'est plutôt 30 % », "
        "souffle-t-il. Le viticulteur avoue ne pas être assuré contre la grêle."
    )
    claims = attributed(analyse(models, "fr", text))
    assert [source_of(c).name for c in claims] == ["Michel Duthoit", "Michel Duthoit"]


def test_the_lawyer_is_the_one_the_text_gave_the_bar_s_title(models: ModelCache) -> None:
    """ "Me Karim Benali … « … », a lancé l'avocat": "Me" is the title the press gives a
    lawyer, so "l'avocat" is him, not the woman quoted before."""
    text = (
        "Pour la partie civile, Me Claire Vidal a dénoncé « une négligence grave ». En défense, "
        "Me Karim Benali a plaidé la relaxe. « Mon client n'a rien vu venir », a lancé l'avocat."
    )
    claims = attributed(analyse(models, "fr", text))
    assert source_of(claims[-1]).name == "Me Karim Benali"


def test_the_state_s_representative_is_the_prefect(models: ModelCache) -> None:
    """ "le préfet, Étienne Vial, … Le représentant de l'État a annoncé …": the press's name
    for the prefect, the State's one representative in a département."""
    text = (
        "« La situation est grave », a indiqué le préfet, Étienne Vial, lors d'un point presse. "
        "Le débit de la rivière a encore baissé. Le représentant de l'État a annoncé un "
        "renforcement des contrôles."
    )
    claims = attributed(analyse(models, "fr", text))
    assert [source_of(c).name for c in claims] == ["Étienne Vial", "Étienne Vial"]


def test_a_quotation_closed_by_a_full_stop_is_the_subject_s_before_it(
    models: ModelCache,
) -> None:
    """ "Le capitaine, Hugo X, cherchait ses mots. « … C'est cruel. » Le deuxième-ligne a
    salué …": the quotation, a whole sentence, is the captain's, named beside his role; the
    sentence after it is narration, not its frame; and the lock is the captain again."""
    text = (
        "Le capitaine béarnais, Hugo Lartigue, cherchait ses mots. « On mène tout le match et on "
        "repart avec un point. C'est cruel. » Le deuxième-ligne a toutefois salué « une belle "
        "réaction » de son équipe."
    )
    claims = attributed(analyse(models, "fr", text))
    assert [source_of(c).name for c in claims] == ["Hugo Lartigue", "Hugo Lartigue"]
    assert claims[0].content.text.endswith("C'est cruel. »")


def test_a_pronoun_reaching_a_description_of_the_speaker_is_the_speaker(
    models: ModelCache,
) -> None:
    """ "Nadia Ferrand … raconte … la boulangère avait tenté sa chance … « … », détaille-t-elle":
    the baker the pronoun reaches is the woman who spoke, named before her and nobody else of
    her gender between (her partner is a man)."""
    text = (
        "Nadia Ferrand a remporté le concours. « Je n'y croyais pas », raconte la jeune femme.\n\n"
        "Installée depuis 2019 avec son compagnon, Vincent, la boulangère avait déjà tenté sa "
        "chance deux fois. Elle attribue cette victoire à la fermentation. « On laisse reposer "
        "la pâte une nuit », détaille-t-elle."
    )
    claims = attributed(analyse(models, "fr", text))
    assert source_of(claims[-1]).name == "Nadia Ferrand"
    assert source_of(claims[-1]).type is SourceType.PERSON


def test_they_after_a_relative_pronoun_is_the_main_clause_s_subject(models: ModelCache) -> None:
    """ "Senators … confronted the executives over the price of inhalers, which they said cost
    …": the plural subject of the main clause says it, not an unresolved "they"; the day the
    parse hung on that subject is no part of it."""
    text = (
        "Senators from both parties on Tuesday confronted the chief executives of three drug "
        "companies over the price of asthma inhalers, which they said cost Americans many times "
        "what patients pay in Europe."
    )
    claims = attributed(analyse(models, "en", text))
    assert [source_of(c).name for c in claims] == ["Senators from both parties"]
    assert source_of(claims[0]).resolved


def test_a_connective_after_an_opinion_frame_is_no_part_of_the_view(models: ModelCache) -> None:
    """ "Pour l'association, au contraire, ces restrictions arrivent trop tard": the view
    starts after the connective that ties it to the text."""
    text = "Pour l'association, au contraire, ces restrictions arrivent bien trop tard."
    (claim,) = attributed(analyse(models, "fr", text))
    assert claim.content.text == "ces restrictions arrivent bien trop tard"


def test_a_body_named_after_a_long_description_gives_its_view(models: ModelCache) -> None:
    """ "Pour l'association de défense de l'environnement Gers Eau Vive, …": a body's noun and
    the name that closes it may run as long as a role does."""
    text = (
        "Pour l'association de défense de l'environnement Rivière Vive, ces restrictions "
        "arrivent « bien trop tard »."
    )
    (claim,) = attributed(analyse(models, "fr", text))
    assert "Rivière Vive" in source_of(claim).text
    assert claim.content.text == "ces restrictions arrivent « bien trop tard »"


def test_the_utility_is_the_one_body_the_sentence_before_names(models: ModelCache) -> None:
    """ "… a transformer owned by Lakeshore Electric Cooperative started the fire. The utility
    said …": no body was cited or the subject before, but the sentence before names one."""
    text = (
        "Investigators are examining whether a transformer owned by Lakeshore Electric "
        "Cooperative started the fire. The utility said in a statement that it was cooperating "
        "with the inquiry."
    )
    (claim,) = attributed(analyse(models, "en", text))
    assert source_of(claim).name == "Lakeshore Electric Cooperative"
    assert source_of(claim).type is SourceType.ORGANIZATION


def test_a_court_s_sentence_is_no_statement(models: ModelCache) -> None:
    """ "Le tribunal a condamné un homme de 52 ans à huit mois de prison": a sentence, with its
    "à" hung on the man; "Le maire a condamné l'attaque" stays what the mayor said."""
    text = (
        "Le tribunal correctionnel a condamné mardi un homme de 52 ans à huit mois de prison avec "
        "sursis. Le maire a condamné l'attaque de la permanence."
    )
    claims = attributed(analyse(models, "fr", text))
    assert [source_of(c).name for c in claims] == ["maire"]
