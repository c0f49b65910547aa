"""Who speaks, read again on a third set of new articles (issue 11, forty-sixth pass). Each
case is a pattern of the language, written for this file; the guards say what must not
change."""

from __future__ import annotations

from pathlib import Path

from claimcheck.models import SourceType
from claimcheck.nlp.loading import ModelCache
from test_attribution_models import (
    analyse,
    attributed,
    models,
    source_of,
)
from test_press_readings import _report, _via

__all__ = ["models"]  # the module-scoped model cache, shared with this module's tests


# -- who spoke -------------------------------------------------------------------------------


def test_the_words_after_an_incise_inside_a_quotation_are_the_quotation(
    models: ModelCache,
) -> None:
    """ "« Il faut, écrivait Victor Hugo, tout recommencer. »": "tout recommencer" resumes the
    quotation; it is no role of the writer's."""
    text = "Le maire a conclu par un vers. « Il faut, écrivait Victor Hugo, tout recommencer. »"
    (claim,) = attributed(analyse(models, "fr", text))
    assert source_of(claim).text == "Victor Hugo"


def test_a_role_set_off_inside_a_quotation_stays_the_speaker_s(models: ModelCache) -> None:
    """Guard: "« Nous avons, explique Claire Dumas, directrice de l'école, tout essayé »": the
    role between the commas is hers."""
    text = (
        "La classe fermera en septembre. « Nous avons, explique Claire Dumas, directrice de "
        "l'école, tout essayé pour la garder. »"
    )
    (claim,) = attributed(analyse(models, "fr", text))
    assert source_of(claim).name == "Claire Dumas"
    assert source_of(claim).role == "directrice de l'école"


def test_a_place_set_off_after_the_day_comes_before_the_speaker(models: ModelCache) -> None:
    """ "a déclaré lundi, devant la préfecture, le président de la FNSEA, X": the subject of the
    inverted verb comes after the day and where it was said."""
    text = (
        "Les tracteurs bloquent la ville depuis l'aube. « Nous irons jusqu'au bout », a déclaré "
        "lundi, devant la préfecture, le président de la FNSEA du département, Arnaud Morel."
    )
    (claim,) = attributed(analyse(models, "fr", text))
    assert source_of(claim).name == "Arnaud Morel"


def test_a_day_before_a_set_off_place_is_no_speaker(models: ModelCache) -> None:
    """ "C'est ce qu'avait confirmé mardi, à la barre, la veuve": the widow confirmed it, not
    "mardi"."""
    text = (
        "La victime s'apprêtait à porter plainte. C'est ce qu'avait confirmé mardi, à la barre, "
        "la veuve de Pascal Giraud."
    )
    names = [c.source.name for c in attributed(analyse(models, "fr", text)) if c.source]
    assert "mardi" not in names


def test_a_trade_set_off_after_a_name_is_the_speaker_s(models: ModelCache) -> None:
    """ "Selon Marie Caron, ethnobotaniste au Muséum, la plante …": a noun with no article
    after a person's name says what she does, though no list of trades has it; what she says
    starts after it."""
    text = (
        "Selon Marie Caron, ethnobotaniste au Muséum, la plante a disparu du littoral.\n\n"
        "Pour Yann Le Goff, pédologue à l'Inrae, qui a dirigé l'étude, les sols ont perdu un "
        "tiers de leur carbone."
    )
    claims = attributed(analyse(models, "fr", text))
    assert [c.content.text for c in claims] == [
        "la plante a disparu du littoral",
        "les sols ont perdu un tiers de leur carbone",
    ]
    assert [source_of(c).role for c in claims] == [
        "ethnobotaniste au Muséum",
        "pédologue à l'Inrae",
    ]


def test_a_day_set_off_after_a_name_stays_out_of_the_source(models: ModelCache) -> None:
    """Guard: "Selon Jean Dupont, mardi, …": the day is when, not what he does."""
    text = "Selon Jean Dupont, mardi, la réunion du conseil a été annulée sans explication."
    (claim,) = attributed(analyse(models, "fr", text))
    assert source_of(claim).text == "Jean Dupont"


def test_one_of_an_unnamed_group_speaks_for_the_group(models: ModelCache) -> None:
    """ "Two guards …, speaking on condition of anonymity, … One said … the guard said … The
    other guard said": each is one of the unnamed guards, never the commissioner named
    before them."""
    text = (
        "Corrections Commissioner Patricia Holloway said the riot had been planned.\n\n"
        "Two guards who were on duty, speaking on condition of anonymity, described a prison "
        "that had been understaffed for months. One said only four officers had been assigned "
        'to a unit of 190 men. "We have been telling them for a year," the guard said.\n\n'
        "The other guard said that inmates had been angered by a new policy on visits."
    )
    claims = attributed(analyse(models, "en", text))
    guards = [c for c in claims if "Holloway" not in source_of(c).text]
    assert len(guards) == 4
    for claim in guards:
        assert source_of(claim).name == "Two guards who were on duty"
        assert source_of(claim).type is SourceType.ANONYMOUS


def test_a_score_after_a_name_is_no_part_of_it(models: ModelCache) -> None:
    """ "beat fourth seed Erik Lindahl 4-6, 3-6, …": the recogniser ran the score into the
    name, so "Lindahl" later was nobody known and "He said" went to the winner."""
    text = (
        "Chidi Okonkwo came back from two sets down to beat fourth seed Erik Lindahl 4-6, 3-6, "
        "7-6, 6-3, 7-5 on Wednesday night.\n\n"
        '"I honestly don\'t know how I did that," Okonkwo said.\n\n'
        "In his own press conference, Lindahl did not address the incident. He said that his "
        "right shoulder had tightened up in the fourth set."
    )
    claims = attributed(analyse(models, "en", text))
    assert [source_of(c).name for c in claims] == ["Chidi Okonkwo", "Erik Lindahl"]
    assert source_of(claims[1]).type is SourceType.PERSON


def test_a_company_goes_by_the_first_word_of_its_name(models: ModelCache) -> None:
    """ "Vantor Motors is recalling …, the company said" under the headline "Carmaker recalls
    …", then "Vantor said" in an article that names the "Vantor Meridian" model: one company,
    named in full, and no person; a headline's capitalised noun is no company's name."""
    text = (
        "Carmaker recalls 380,000 vehicles over airbag inflators\n\n"
        "Vantor Motors is recalling more than 380,000 sedans because their airbag inflators "
        "can rupture, the company said on Monday.\n\n"
        "The recall covers certain 2018 to 2021 Vantor Meridian and Crestline models. "
        '"The safety of our customers is our highest priority," Vantor said in a press release.'
    )
    claims = attributed(analyse(models, "en", text))
    assert [(source_of(c).name, source_of(c).type) for c in claims] == [
        ("Vantor Motors", SourceType.ORGANIZATION),
        ("Vantor Motors", SourceType.ORGANIZATION),
    ]


def test_a_frame_closed_by_a_colon_says_what_follows(models: ModelCache) -> None:
    """ "Asked whether the shoulder would affect his season, he said:" then the quotation: the
    question put to him is no claim of his; the quotation is, with its cue."""
    text = (
        "Erik Lindahl lost in five sets on Wednesday.\n\n"
        "Asked whether the shoulder would affect his grass-court season, he said:\n\n"
        '"I don\'t know yet. I will see the doctors tomorrow."'
    )
    (claim,) = attributed(analyse(models, "en", text))
    assert claim.content.text.startswith('"I don')
    assert claim.cue is not None and claim.cue.text == "said"
    assert source_of(claim).name == "Erik Lindahl"


def test_the_winner_unnamed_keeps_the_words_that_follow(models: ModelCache) -> None:
    """ "…, a déclaré le vainqueur" then "« …, a-t-il poursuivi. … »": the winner is someone,
    and "il" is he, not the leader named before him in another sentence."""
    text = (
        "Le Français Hugo Lenoir a remporté mercredi la 6e étape. Le Danois Rasmus Holt "
        "conserve le maillot jaune.\n\n"
        "« Je n'arrive pas à y croire », a déclaré le vainqueur au micro de France "
        "Télévisions. « Mes équipiers ont été énormes, a-t-il poursuivi. Ils m'ont déposé "
        "aux 200 mètres. »"
    )
    claims = attributed(analyse(models, "fr", text))
    assert len(claims) == 2
    assert {source_of(c).type for c in claims} == {SourceType.PERSON}
    assert all(source_of(c).name != "Rasmus Holt" for c in claims)


def test_a_trade_of_the_peloton_names_the_rider_just_named(models: ModelCache) -> None:
    """ "Deuxième, Daan Verhoeven n'a pas caché sa colère. Le sprinteur néerlandais estime
    …": the sprinter is Verhoeven."""
    text = (
        "Deuxième, Daan Verhoeven n'a pas caché sa colère. Le sprinteur néerlandais estime "
        "avoir été gêné dans les derniers mètres."
    )
    (claim,) = attributed(analyse(models, "fr", text))
    assert source_of(claim).name == "Daan Verhoeven"


def test_a_nationality_before_a_name_is_no_part_of_it(models: ModelCache) -> None:
    """ "sur le Slovène Luka Zupan. Ce dernier, …, avait confié …": the recogniser took
    "Slovène Luka Zupan" for something other than a person, so "ce dernier" went to the
    speaker before him; nor is the relative clause on "le Danois" part of that speaker."""
    text = (
        "« C'était une journée pour les sprinteurs », a commenté le Danois Rasmus Holt, qui "
        "compte toujours 14 secondes d'avance sur le Slovène Luka Zupan.\n\n"
        "Ce dernier, vainqueur de l'étape de montagne dimanche, avait confié mardi à "
        "L'Équipe qu'il attendait « les Pyrénées avec impatience »."
    )
    first, second = attributed(analyse(models, "fr", text))
    assert source_of(first).name == "Rasmus Holt"
    assert "qui compte" not in source_of(first).text
    assert source_of(second).name == "Luka Zupan"


def test_a_verb_inside_quoted_words_is_the_speaker_s_word(models: ModelCache) -> None:
    """ "Pour Karim Abdellaoui, ce chiffre « dit tout ». « … »": "dit" is his word, in his
    quotation; the figure says nothing, and the quotation after is his."""
    text = (
        "Le groupe a réalisé un bénéfice de 14 millions d'euros. Pour Karim Abdellaoui, ce "
        "chiffre « dit tout ». « L'argent est là. Il ne va simplement pas aux bons endroits. »"
    )
    claims = attributed(analyse(models, "fr", text))
    assert [source_of(c).name for c in claims] == ["Karim Abdellaoui", "Karim Abdellaoui"]
    assert claims[0].content.text == "ce chiffre « dit tout »"


def test_one_brought_in_alone_is_not_of_the_group_cited_after(models: ModelCache) -> None:
    """Guard: "a young woman asked Mrs. Clinton about several women who said … “…,” the woman
    said": the young woman, not one of the women she asked about."""
    text = (
        "At a town hall meeting, a young woman asked Mrs. Clinton about several women who said "
        "they were harassed by Mr. Clinton.\n\n"
        '"You say that all victims should be believed," the woman said.'
    )
    claims = attributed(analyse(models, "en", text))
    assert source_of(claims[-1]).name == "young woman"


def test_a_clause_cut_by_an_incise_goes_on_after_it(models: ModelCache) -> None:
    """ "Ils ne l'ont appris, affirment-ils, que par une publication …": what they affirm is
    the whole clause, whose complement comes after the incise."""
    text = (
        "Chez les parents, le message a du mal à passer. Ils ne l'ont appris, affirment-ils, "
        "que par une publication sur l'espace numérique de travail."
    )
    claim = attributed(analyse(models, "fr", text))[-1]
    assert claim.content.text == (
        "Ils ne l'ont appris, affirment-ils, que par une publication sur l'espace numérique de "
        "travail"
    )


def test_reassuring_is_saying_only_beside_its_words(models: ModelCache) -> None:
    """ "« Il n'y a aucun danger …, a tenu à rassurer le proviseur, Stéphane Roux, … »": an
    incise inside the quotation; "a voulu rassurer les agriculteurs" says nothing."""
    text = (
        "« Il n'y a aucun danger à boire l'eau du robinet, a tenu à rassurer le proviseur, "
        "Stéphane Roux, dans un message adressé aux familles. La légionelle ne se transmet que "
        "par inhalation. »\n\n"
        "Le ministre a voulu rassurer les agriculteurs lors de sa visite."
    )
    (claim,) = attributed(analyse(models, "fr", text))
    assert source_of(claim).name == "Stéphane Roux"
    assert claim.cue is not None and claim.cue.text == "a tenu à rassurer"


def test_a_demonstrative_opening_its_sentence_is_the_subject_of_a_misread_verb(
    models: ModelCache,
) -> None:
    """ "Celui-ci dénonce « … »", read as a determiner before a noun: the mayor, whom the
    sentence before called "l'édile"."""
    text = (
        "« Tout a été fait dans les règles », assure l'édile, Alain Perrichon, qui rappelle que "
        "l'entrepôt devrait créer « au moins 450 emplois ». Celui-ci dénonce « une poignée "
        "d'opposants qui ne représentent qu'eux-mêmes »."
    )
    claim = attributed(analyse(models, "fr", text))[-1]
    assert claim.content.text.startswith("« une poignée")
    assert source_of(claim).name == "Alain Perrichon"


def test_the_article_of_an_abbreviated_title_says_no_gender(models: ModelCache) -> None:
    """ "explique le Dr Laurence Picard, infectiologue … La spécialiste recommande …": "le Dr"
    is how French writes the title for a woman too; the specialist is she."""
    text = (
        "« Chez des adolescents en bonne santé, le risque est très faible », explique le Dr "
        "Laurence Picard, infectiologue aux Hospices civils de Lyon. La spécialiste recommande "
        "aux parents de consulter en cas de fièvre."
    )
    claims = attributed(analyse(models, "fr", text))
    assert [source_of(c).name for c in claims] == ["Dr Laurence Picard", "Dr Laurence Picard"]
    assert source_of(claims[0]).role == "infectiologue aux Hospices civils de Lyon"
    assert source_of(claims[1]).type is SourceType.PERSON


def test_a_title_held_by_a_woman_is_no_man_s(models: ModelCache) -> None:
    """ "La ministre …, Helena Vasconcelos, … son homologue français, Philippe Aubrac … « … »,
    a-t-il martelé. Le ministre a toutefois salué …": the minister is he, though she was
    the one the text called "la ministre"."""
    text = (
        "La ministre brésilienne des Affaires étrangères, Helena Vasconcelos, a été reçue lundi "
        "par son homologue français, Philippe Aubrac.\n\n"
        "Philippe Aubrac, lui, a réaffirmé la position française. « Nous ne signerons pas cet "
        "accord », a-t-il martelé. Le ministre a toutefois salué des « progrès réels » sur le "
        "plan environnemental."
    )
    claims = attributed(analyse(models, "fr", text))
    assert [source_of(c).name for c in claims] == ["Philippe Aubrac", "Philippe Aubrac"]


def test_a_list_set_off_as_paragraphs_after_a_colon_is_the_speaker_s(
    models: ModelCache,
) -> None:
    """ "In a statement released after the decision, the bank said:" then items in paragraphs of
    their own: each item is the bank's, and the setting before the frame is nothing it said."""
    text = (
        "The central bank of Westland held its key rate on Wednesday.\n\n"
        "In a statement released after the decision, the central bank said:\n\n"
        "- headline inflation had fallen to 3.4 percent;\n\n"
        "- the labour market was loosening only gradually."
    )
    claims = attributed(analyse(models, "en", text))
    assert [c.content.text for c in claims] == [
        "headline inflation had fallen to 3.4 percent",
        "the labour market was loosening only gradually",
    ]
    assert {source_of(c).text for c in claims} == {"the central bank"}


def test_a_list_after_a_verb_that_says_nothing_is_nobody_s(models: ModelCache) -> None:
    """Guard: "This year's winners are:" then a list: no one said the items."""
    text = (
        "The awards were handed out on Saturday. This year's winners are:\n\n"
        "- Carol Lee of the Wall Street Journal, for her reporting on the White House;\n\n"
        "- Matt Viser of the Boston Globe, for his coverage of the primaries in Iowa."
    )
    assert attributed(analyse(models, "en", text)) == []


def test_a_finding_that_holds_a_report_is_the_finding(models: ModelCache) -> None:
    """ "The study found that students … reported fewer symptoms …": the study's finding,
    whose words include what the students reported; not the students' claim alone."""
    text = (
        "The study found that students at schools with later start times reported fewer "
        "symptoms of depression and were less likely to be tardy."
    )
    (claim,) = attributed(analyse(models, "en", text))
    assert source_of(claim).text == "The study"
    assert claim.content.text.startswith("that students at schools")


def test_a_quoted_name_inside_a_role_stays_in_the_role(models: ModelCache) -> None:
    """ "D'après Sylvie Morand, élue du groupe « Saint-Aubin Demain », les subventions …": the
    group's quoted name is part of her role, and what she says starts after it."""
    text = (
        "D'après Sylvie Morand, élue du groupe « Saint-Aubin Demain », les subventions "
        "régionales ne sont « absolument pas garanties »."
    )
    (claim,) = attributed(analyse(models, "fr", text))
    assert source_of(claim).role == "élue du groupe « Saint-Aubin Demain »"
    assert claim.content.text.startswith("les subventions régionales")


def test_a_word_of_an_outlet_s_name_read_as_a_verb_stays_in_it(models: ModelCache) -> None:
    """ "D'après un document interne consulté par France Bleu Isère, …": "Bleu", tagged a
    verb, is a word of the station's name, not the start of what the document says."""
    text = (
        "D'après un document interne consulté par France Bleu Isère, l'un des prélèvements "
        "dépasserait de dix fois la limite fixée par l'arrêté."
    )
    (claim,) = attributed(analyse(models, "fr", text))
    assert source_of(claim).text == "un document interne consulté par France Bleu Isère"
    assert claim.content.text.startswith("l'un des prélèvements")


def test_a_masthead_that_opens_with_its_article_is_a_relay(tmp_path: Path) -> None:
    """ "avait confié mardi à L'Équipe qu'…", "déclarait à L'Écho républicain : « … »": the
    article is part of the paper's name, which the relay keeps whole."""
    text = (
        "Luka Zupan avait confié mardi à L'Équipe qu'il attendait les Pyrénées avec "
        "impatience.\n\n"
        "Marie Dupont était déjà maire en 2018. Elle déclarait à L'Écho républicain : « On "
        "ne gagne pas toujours. »"
    )
    report = _report(tmp_path, text)
    assert _via(report, "les Pyrénées") == "L'Équipe"
    assert _via(report, "On ne gagne pas") == "L'Écho républicain"


def test_a_quotation_that_ends_a_clause_before_its_frame_takes_the_clause(
    models: ModelCache,
) -> None:
    """'The companies had failed to show that their plan would "meaningfully replace the
    competition," she wrote.': the quotation in lower case ends the judge's sentence, all of
    which she wrote; the words before it were nobody's."""
    text = (
        "Judge Eleanor Voss blocked the merger on Tuesday. The companies had failed to show that "
        'their plan to sell 412 stores would "meaningfully replace the competition that would '
        'be lost," she wrote.'
    )
    (claim,) = attributed(analyse(models, "en", text))
    assert claim.content.text.startswith("The companies had failed to show")
    assert source_of(claim).name == "Eleanor Voss"


def test_a_clause_before_a_semicolon_is_no_part_of_the_next_one_s_frame(
    models: ModelCache,
) -> None:
    """ "Critics were not always kind; a 1975 review … dismissed him as "…"": the review
    dismissed him as a museum piece; the narration before the semicolon is the writer's."""
    text = (
        "Critics were not always kind; a 1975 review in the Village Chronicle dismissed him "
        'as "a museum piece with a good lip."'
    )
    (claim,) = attributed(analyse(models, "en", text))
    assert claim.content.text == 'him as "a museum piece with a good lip."'


def test_a_passive_gerund_after_a_verb_of_recalling_is_what_was_recalled(
    models: ModelCache,
) -> None:
    """ "he recalled being paid "fifty cents …" for his first funeral procession": "being paid"
    is the gerund "recalled" reports, in the passive, with the quotation inside it."""
    text = (
        "Lucien Baptiste, the trumpeter, died on Monday.\n\n"
        'In a 1994 interview, he recalled being paid "fifty cents and a plate of red beans" '
        "for his first funeral procession."
    )
    (claim,) = attributed(analyse(models, "en", text))
    assert claim.content.text.startswith('being paid "fifty cents')
    assert source_of(claim).name == "Lucien Baptiste"


def test_records_the_text_does_not_point_back_to_are_nobody_s_relay(tmp_path: Path) -> None:
    """ "According to court records, he recovered about $40,000" after a society's statement:
    public records, which no article ties to the society; "the report" after an outlet is
    still the outlet's (guard)."""
    text = (
        'The Preservation Society described Mr. Baptiste as "a living library" and said it '
        "would digitise his recordings.\n\n"
        "In the 1980s, Mr. Baptiste sued his longtime manager over royalties. According to "
        "court records, he recovered about $40,000 in the settlement."
    )
    assert _via(_report(tmp_path, text), "recovered about") is None
    text = (
        "Des soldats ont été vus près de la frontière, a rapporté Kyiv Post. Selon le rapport, "
        "ils auraient été formés en Russie."
    )
    assert _via(_report(tmp_path, text), "formés en Russie") == "Kyiv Post"


def test_a_body_is_not_the_unnamed_people_who_work_there(models: ModelCache) -> None:
    """ "Two hospital employees said … The hospital said …": the hospital, not its
    employees, whose unnamed group only has "hospital" for a modifier."""
    text = (
        "Two hospital employees said managers had told staff about the closure in March.\n\n"
        "The hospital said ambulances would be routed to Mercy Lakes Hospital in Dorrance."
    )
    first, second = attributed(analyse(models, "en", text))
    assert source_of(first).type is SourceType.ANONYMOUS
    assert source_of(second).type is SourceType.ORGANIZATION


def test_one_of_a_couple_named_again_is_that_one(models: ModelCache) -> None:
    """ "Tom and Alicia Bergstrom … said they were woken …" then "“…,” Alicia Bergstrom said":
    she alone, not the couple."""
    text = (
        "Tom and Alicia Bergstrom, who were staying at the campground, said they were woken by a "
        "ranger around 2:30 a.m.\n\n\"He just said, 'You need to go now,'\" Alicia Bergstrom said."
    )
    first, second = attributed(analyse(models, "en", text))
    assert source_of(first).name == "Tom and Alicia Bergstrom"
    assert source_of(second).name == "Alicia Bergstrom"


def test_a_name_after_its_title_is_the_subject_the_title_is(models: ModelCache) -> None:
    """ "Me Thomas Rivière, avocat de Frédéric Lamarque, a plaidé la relaxe. « … », a-t-il
    estimé": the parse makes "Me" the subject and hangs the name on it; the lawyer speaks, not
    his client named in his role."""
    text = (
        "Me Thomas Rivière, avocat de Frédéric Lamarque, a plaidé la relaxe jeudi matin. « On "
        "veut faire de mon client le seul coupable. Ce n'est pas sérieux », a-t-il estimé."
    )
    (claim,) = attributed(analyse(models, "fr", text))
    assert source_of(claim).name == "Thomas Rivière"


def test_one_of_them_named_is_that_person(models: ModelCache) -> None:
    """ "One of them, Derek Oyelaran, a 41-year-old nurse from New Jersey, said …": the text
    names him, so he is no anonymous source."""
    text = (
        "Outside the courthouse, former customers held signs. One of them, Derek Oyelaran, a "
        "41-year-old nurse from New Jersey, said he had lost about $80,000."
    )
    (claim,) = attributed(analyse(models, "en", text))
    assert source_of(claim).name == "Derek Oyelaran"
    assert source_of(claim).type is SourceType.PERSON


def test_an_unnamed_voice_speaks_from_a_body_the_recogniser_named(models: ModelCache) -> None:
    """ "Du côté de l'Agence régionale de santé, on indique que …": someone at the agency,
    whose name is common nouns to the tagger but a body to the recogniser; "Dans ce cas, on
    dit" is anyone (guard)."""
    text = (
        "Du côté de l'Agence régionale de santé, on indique qu'aucune étude sanitaire n'a été "
        "lancée à ce stade.\n\nDans ce cas, on dit que tout va bien."
    )
    (claim,) = attributed(analyse(models, "fr", text))
    assert source_of(claim).name == "l'Agence régionale de santé"
    assert source_of(claim).type is SourceType.ANONYMOUS


def test_a_name_set_off_after_a_role_and_its_complement_is_the_person_s(
    models: ModelCache,
) -> None:
    """ "Le président de Cesson, Loïc Hamon, se projette déjà … « … », a-t-il dit": the
    recogniser called the name a place; set off after "président de Cesson", it is his."""
    text = (
        "Le président de Cesson, Loïc Hamon, se projette déjà sur la réception de Montpellier. "
        "« On sait que ce sera très dur », a-t-il dit."
    )
    (claim,) = attributed(analyse(models, "fr", text))
    assert source_of(claim).name == "Loïc Hamon"
