"""Who speaks when the narration has moved on to someone (issue 11, thirty-fourth pass): a
person the text brings in as the subject of its sentences after the last source it cited is
whom "à ses yeux" and the next "il" stand for; a quotation of several sentences does not cut
that chain; a company a pronoun stands for keeps its type. Each case is a pattern of the
language, written for this file; the guards say what must not change."""

from __future__ import annotations

from claimcheck.nlp.loading import ModelCache
from test_attribution_models import analyse, claim_about, models, source_of, speaker_about

__all__ = ["models"]  # the module-scoped model cache, shared with this module's tests

PORTRAIT_FR = (
    "« Personne ne veut parler », confie une voisine.\n\n"
    "Marc Delorme, lui, ne se cache plus. Le boulanger tient la boutique depuis trente ans. "
    "À ses yeux, la fermeture du pont est « une condamnation ». « Les clients ne viennent "
    "plus. J'ai perdu la moitié du chiffre », lâche-t-il."
)

PORTRAIT_EN = (
    '"Nobody wants to talk," a neighbor said.\n\n'
    "Tom Reyes, for one, no longer hides. The baker has run the shop for thirty years. "
    'In his view, closing the bridge was "a death sentence." "Customers stopped coming. I '
    'lost half my sales," he said.'
)


def test_a_view_is_the_person_the_narration_went_on_about(models: ModelCache) -> None:
    """ "À ses yeux" stood for the last source cited (the neighbour), past the man the
    narration had named and gone on about since: he is the one whose view it is."""
    assert speaker_about(models, "fr", PORTRAIT_FR, "la fermeture du pont") == "Marc Delorme"
    assert speaker_about(models, "en", PORTRAIT_EN, "closing the bridge") == "Tom Reyes"


def test_an_incise_after_a_quotation_of_two_sentences_keeps_the_chain(
    models: ModelCache,
) -> None:
    """ "« … chiffre », lâche-t-il" looked back from the quotation's second sentence, whose
    first sentence (the speaker's) broke the chain back to the name: "il" went to nobody, or
    to the one man who had spoken before."""
    assert speaker_about(models, "fr", PORTRAIT_FR, "Les clients ne viennent") == "Marc Delorme"
    assert speaker_about(models, "en", PORTRAIT_EN, "Customers stopped coming") == "Tom Reyes"


def test_a_view_right_after_a_cited_body_stays_the_body(models: ModelCache) -> None:
    """Guard: a person named in the body's own sentence, as its object, is not what "à ses
    yeux" stands for: the union cited last is."""
    text = (
        "Le syndicat Force ouvrière, qui a rencontré Paul Girard lundi, dénonce un plan "
        "« brutal ». À ses yeux, la réforme « fragilise les plus modestes »."
    )
    assert speaker_about(models, "fr", text, "la réforme") == "Force ouvrière"


def test_the_pronoun_for_a_company_named_as_one_is_the_company(models: ModelCache) -> None:
    """ "Le constructeur, la société Berthier, … il affirmait": the recogniser calls Berthier
    a person, but the text calls it a company, and so does the claim's source."""
    text = (
        "Le constructeur, la société Berthier, n'a pas souhaité répondre. Dans un communiqué "
        "publié en mai, il affirmait que le chantier serait « exemplaire »."
    )
    source = source_of(claim_about(analyse(models, "fr", text), "le chantier serait"))
    assert (source.name, source.type.value) == ("Berthier", "organization")


def test_a_first_name_set_off_before_an_age_is_a_person(models: ModelCache) -> None:
    """ "Dans la salle d'attente, Odile, 79 ans, …" : the recogniser called the first name a
    place, and "dit-elle" after it found nobody."""
    text = (
        "Dans la salle d'attente, Odile, 79 ans, patiente depuis le matin. « On nous oublie, "
        "c'est tout », dit-elle."
    )
    assert speaker_about(models, "fr", text, "On nous oublie") == "Odile"


def test_a_name_opening_its_sentence_before_an_age_speaks_after_a_colon(
    models: ModelCache,
) -> None:
    """ "Théo, 29 ans, infirmier, a fait ses comptes : « … »" after a quotation of someone
    else: the parser broke the sentence after the name and made "29 ans" the subject, and
    the quotation had no speaker. No sentence opens on a comma, and a name opening the
    sentence, hung on a verb with no subject, is its subject."""
    text = (
        "« Ce soir, on est deux », souffle Camille Ardent, urgentiste. Elle passe d'un box à "
        "l'autre. « Le pire, c'est de savoir. »\n\n"
        "Lucas, 31 ans, infirmier, a fait ses comptes : « Sur ma garde, j'ai bu un café. »"
    )
    assert speaker_about(models, "fr", text, "Sur ma garde") == "Lucas"


def test_par_on_an_active_verb_with_a_subject_is_no_agent(models: ModelCache) -> None:
    """ "il lance par la fenêtre : « … »": the parser read "par la fenêtre" as an agent, and
    the window spoke."""
    text = (
        "Marcel Duret ferme la salle à minuit. Avant de partir, il lance par la fenêtre : "
        "« Bonne nuit à tous ! »"
    )
    assert speaker_about(models, "fr", text, "Bonne nuit") == "Marcel Duret"


def test_a_verb_that_speaks_only_beside_its_words_announces_nothing(
    models: ModelCache,
) -> None:
    """ "La préfète a lancé la procédure …" then a quotation that opens the next paragraph:
    "lancer" speaks in an incise ("lance-t-elle"), but with an object of its own it announces
    no words, and the resident introduced after the quotation is who speaks, not the
    préfète."""
    text = (
        "La préfète du Var a lancé la procédure de catastrophe naturelle.\n\n"
        "« L'eau est montée en dix minutes. » Devant sa maison, Paul Arnaud, 52 ans, vide son "
        "garage."
    )
    claims = analyse(models, "fr", text)
    assert not any(
        c.source is not None and c.source.name == "préfète du Var"
        for c in claims
        if "L'eau est montée" in c.content.text
    )


def test_a_description_after_a_newcomer_is_the_newcomer(models: ModelCache) -> None:
    """ "Parmi eux, Roger, 81 ans … « … », glisse l'ancien agriculteur" after the portrait's
    subject had spoken: the description stands for the man just brought in, though another
    spoke before him; so does "l'élue" for the mayor named before a sentence about the
    town."""
    text = (
        "« On me dit que c'est fini depuis des années », confiait déjà Marcel Duret en 1987.\n\n"
        "Ce mardi soir, ils sont onze dans la salle. Parmi eux, Roger, 81 ans, abonné depuis "
        "1972. « Je viens pour le film, et pour Marcel », glisse l'ancien agriculteur."
    )
    assert speaker_about(models, "fr", text, "Je viens pour le film") == "Roger"
    text = (
        "« Papa a fait deux malaises », soupire Sylvie, sa fille.\n\n"
        "La maire, Claire Besson, le sait. La commune verse chaque année une subvention. "
        "« C'est un service public à lui tout seul », estime l'élue."
    )
    assert speaker_about(models, "fr", text, "service public") == "Claire Besson"


def test_a_first_name_alone_is_named_in_full(models: ModelCache) -> None:
    """ "Marcel, lui, est déjà remonté … il lance : « … »": the first name alone the feature
    calls its subject by is the full name the article gave him."""
    text = (
        "Marcel Duret tient le cinéma depuis 1971.\n\n"
        "Marcel, lui, est déjà remonté dans sa cabine. Avant de partir, il lance : "
        "« Bonne séance ! »"
    )
    assert speaker_about(models, "fr", text, "Bonne séance") == "Marcel Duret"


def test_the_subject_goes_on_as_a_description_of_age(models: ModelCache) -> None:
    """ "Le septuagénaire a repris le cinéma … « … », résume-t-il": the description carries
    the name named before it to the incise's pronoun."""
    text = (
        "Il faut d'abord trouver la clé, sourit Marcel Duret en poussant la porte.\n\n"
        "Le septuagénaire a repris le cinéma à 24 ans. « Je devais rester un été », "
        "résume-t-il."
    )
    assert speaker_about(models, "fr", text, "rester un été") == "Marcel Duret"


def test_a_name_after_a_party_is_a_person(models: ModelCache) -> None:
    """ "Democrat Celeste Burrows has pulled within three points": the recogniser called
    "Democrat" a group and left the name out, so "she told supporters" found nobody; "the
    Ohio Democrat" and "The first-term lawmaker" later are her too."""
    text = (
        "Democrat Celeste Burrows has pulled within three points of the senator, according to "
        "a poll.\n\n"
        "Burrows, a first-term state senator from Dayton, did not mention the poll at a rally "
        'on Tuesday night.\n\n"Ohio is done being taken for granted," she told supporters.\n\n'
        "The first-term lawmaker has accused the senator of protecting drug company profits."
        '\n\nBurrows seized on the report. "Why is your party spending $8 million?" the Ohio '
        "Democrat wrote in a post on X."
    )
    claims = analyse(models, "en", text)
    for words in ("Ohio is done", "protecting drug company", "Why is your party"):
        assert source_of(claim_about(claims, words)).name == "Celeste Burrows", words


def test_a_candidate_the_recogniser_called_a_body_is_a_person(models: ModelCache) -> None:
    """ "GOP presidential candidate Carly Fiorina", which the recogniser called a body: the
    "she" after it is hers (the surname alone gave "she" no woman to stand for)."""
    text = (
        "The auditorium was half-empty when GOP presidential candidate Carly Fiorina strode "
        "onstage.\n\nInstead, Fiorina opened by talking about her charitable work.\n\n"
        '"There are two looks that people get," she told her audience.'
    )
    assert speaker_about(models, "en", text, "two looks") == "Carly Fiorina"


def test_a_title_of_the_other_gender_is_not_the_man_of_that_surname(
    models: ModelCache,
) -> None:
    """ "Mrs. Szabo said" after "Joseph Szabo … with his wife, Loretta": not Joseph Szabo,
    whose is the only full name with that surname; and "who bought the alley with his wife"
    is what he did, not his role."""
    text = (
        "Joseph Szabo, 68, who bought the alley with his wife, Loretta, in 1987, has agreed "
        'to sell it.\n\n"I kept telling myself one more season," Mr. Szabo said.\n\n'
        "His wife was blunter. The alley had not turned a profit since 2019, Mrs. Szabo said."
    )
    claims = analyse(models, "en", text)
    assert source_of(claim_about(claims, "turned a profit")).name != "Joseph Szabo"
    assert source_of(claim_about(claims, "one more season")).role is None


def test_a_pronoun_reaches_the_speaker_past_an_aside_that_names_nobody(
    models: ModelCache,
) -> None:
    """ "… he told The Vindicator: “…” There are nine teams left now. “I guess I lied,” he
    said": the aside names nobody, and the man who spoke before it is the one; not past an
    aside whose subject is a name the recogniser missed."""
    text = (
        'In 2009, Mr. Szabo told The Vindicator: "As long as there is one team left, I will '
        'keep the lights on."\n\nThere are nine teams left now. "I guess I lied," he said.'
    )
    assert speaker_about(models, "en", text, "I guess I lied") == "Szabo"
    text = (
        'Ellison, who finished with 19 points, said she never looked at the scoreboard. "I '
        'just knew it felt good," she said.\n\nCastellanos, a freshman, had 14 points and '
        'nine assists.\n\n"Everybody knew Jada was getting the ball," she said.'
    )
    assert speaker_about(models, "en", text, "Everybody knew") != "Ellison"


def test_a_possessive_is_the_subject_of_its_own_sentence(models: ModelCache) -> None:
    """ "Trump has been rebuked by opponents for his proposal to ban …" after Le Pen spoke:
    whose proposal is the sentence's subject's, not the last source cited."""
    text = (
        '"What we have in common is that we are not insiders," Marine Le Pen told CNN.\n\n'
        "Donald Trump has been rebuked by opponents for his proposal to temporarily ban "
        "Muslims from entering the United States."
    )
    assert speaker_about(models, "en", text, "temporarily ban") == "Donald Trump"


def test_a_trade_is_not_the_coach_who_spoke_before(models: ModelCache) -> None:
    """Guard: "a souri le jeune ailier de 21 ans" after "l'entraîneur castrais, Julien
    Lacombe": a winger is not the coach, the one person named near; nobody rather than him.
    "L'autrice" after "La romancière Claire Delmas" is her (tests/test_speakers_in_context)."""
    text = (
        "« Je suis fier de ce groupe », a raconté l'entraîneur castrais, Julien Lacombe.\n\n"
        "Le héros du soir, lui, avait du mal à réaliser. « Je ne vois que l'en-but », a souri "
        "le jeune ailier de 21 ans."
    )
    assert speaker_about(models, "fr", text, "Je ne vois que") != "Julien Lacombe"


def test_a_leader_and_a_mayor_by_their_common_names(models: ModelCache) -> None:
    """ "Le dirigeant" after "Laurent Faure, PDG du groupe", "L'édile" after "le maire de
    Fresnes, Paul Vidal": what the press calls whoever leads or was elected."""
    text = (
        "Laurent Faure, PDG du groupe, a présenté les comptes jeudi. Le dirigeant a assuré que "
        "les sites français ne fermeraient pas."
    )
    assert speaker_about(models, "fr", text, "les sites français") == "Laurent Faure"
    text = (
        "Pour le maire de Fresnes, Paul Vidal, ces crues « n'ont rien d'une surprise ». "
        "L'édile rappelle que la ville attend un bassin depuis 2016."
    )
    assert speaker_about(models, "fr", text, "la ville attend") == "Paul Vidal"


def test_an_inflected_word_the_recogniser_called_a_person_is_none(
    models: ModelCache,
) -> None:
    """ "Invitée de franceinfo jeudi matin, la ministre …": the recogniser called the
    participle a person, and the "-il" of the next paragraph stood for "Invitée"."""
    text = (
        "Invitée de franceinfo jeudi matin, la ministre des Transports, Élise Corbin, a jugé "
        "cette grève « inacceptable ».\n\n« La prise d'otages, c'est quand on ne remplace pas "
        "les collègues », rétorque-t-il."
    )
    assert speaker_about(models, "fr", text, "La prise d'otages") != "Invitée"


def test_a_name_with_a_title_of_one_gender_keeps_its_full_name(models: ModelCache) -> None:
    """Guard: "Mr. Tribe" is Laurence H. Tribe, whom the name list calls a woman: only a
    surname the text titles both ways ("Mr. Szabo", "Mrs. Szabo") belongs to two people."""
    text = (
        "Laurence H. Tribe, a professor of constitutional law at Harvard, spoke on Monday.\n\n"
        "''Obama does not have to pick someone who will be perceived as a liberal,'' Mr. Tribe "
        "said."
    )
    assert speaker_about(models, "en", text, "perceived as a liberal") == "Laurence H. Tribe"


def test_a_party_member_from_a_place_is_the_one_from_there(models: ModelCache) -> None:
    """ "the Florida Republican" after Mr. Rubio, not the Republican strategist who spoke
    before him: the place must fit the one who spoke too."""
    text = (
        "''He has not run a good race,'' said Steve Schmidt, a top Republican strategist.\n\n"
        "Senator Marco Rubio of Florida declined to assail Mr. Trump on Sunday. Asked about a "
        "more forceful approach, the Florida Republican would only say that his lack of "
        "foreign policy knowledge was worrisome."
    )
    assert speaker_about(models, "en", text, "foreign policy knowledge") == "Marco Rubio"


def test_a_pronoun_does_not_reach_past_a_name_in_its_own_sentence(
    models: ModelCache,
) -> None:
    """Guard: "Though Ms. Olivieri has spent most of her life there, …, she said" is not Ms.
    Gil, who spoke two sentences before: a woman is named between."""
    text = (
        "''Skateboarding is a political act,'' said Ms. Gil.\n\nThese changes are a fact of "
        "life for the group. Though Ms. Olivieri has spent most of her life in Washington "
        "Heights, the influx has led to more police, she said."
    )
    assert speaker_about(models, "en", text, "Though Ms. Olivieri") != "Gil"


def test_a_sentence_about_her_husband_goes_on_about_her(models: ModelCache) -> None:
    """ "Patty Odom, 67, fled … Her husband, Glen, stayed behind. “…,” she said": the sentence
    between is about her (its subject is her husband), so "she" is Patty Odom; and "Her
    husband told KDRV-TV" later is Glen, whom the text named with that tie."""
    text = (
        "Patty Odom, 67, fled with her dog shortly after midnight. Her husband, Glen, stayed "
        'behind to spray water on the roof.\n\n"He wouldn\'t leave," she said.\n\n'
        "Her husband told KDRV-TV on Wednesday that a neighbor had found their house standing."
    )
    claims = analyse(models, "en", text)
    assert source_of(claim_about(claims, "He wouldn't leave")).name == "Patty Odom"
    assert source_of(claim_about(claims, "a neighbor had found")).name == "Glen"


def test_a_speaker_set_off_inside_the_marks_is_an_antecedent(models: ModelCache) -> None:
    """ "« Faux, rétorque Maryvonne Kerhervé, adjointe. Nous avons … » Selon elle, …": the
    speaker named in the incise inside the guillemets is no word of the quotation; "elle" is
    her, not the councillor who spoke before."""
    text = (
        "Anne-Laure Guéguen dénonce « un passage en force », regrette la conseillère "
        "municipale.\n\n« Faux, rétorque Maryvonne Kerhervé, adjointe chargée des affaires "
        "scolaires. Nous avons organisé trois réunions publiques. » Selon elle, la baisse des "
        "effectifs aurait de toute façon entraîné la fermeture d'une classe."
    )
    assert speaker_about(models, "fr", text, "la baisse des effectifs") == "Maryvonne Kerhervé"
