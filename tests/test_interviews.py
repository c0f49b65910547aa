"""Interviews printed as questions and answers (issue 11): the layout, not a verb of saying,
says who speaks. Each case is a layout of the press, written for this file."""

from __future__ import annotations

from claimcheck.nlp.loading import ModelCache
from test_attribution_models import analyse, attributed, claim_about, models, source_of

__all__ = ["models"]  # the module-scoped model cache, shared with this module's tests

DASHES = (
    "ENTRETIEN. Le chef étoilé Thierry Marx revient sur la crise qui frappe la restauration.\n"
    "– Les restaurateurs peinent à recruter. Pourquoi ?\n"
    "– Les conditions de travail ont longtemps été indignes. Il faut le reconnaître.\n"
    "– Que proposez-vous ?\n"
    "– De former davantage et de mieux payer. Ce n'est pas plus compliqué que ça.\n"
    "Propos recueillis par Julien Marchand\n"
)

LABELLED = (
    "The following is an edited transcript of our conversation with Dr. Samuel Okoye, director "
    "of the National Institute for Tropical Medicine.\n"
    "INTERVIEWER: Is the outbreak under control?\n"
    "OKOYE: Not yet. We are seeing fewer new cases in the capital, but the rural districts "
    "worry me.\n"
    "INTERVIEWER: What do you need most?\n"
    "OKOYE: Trained nurses. Money helps, but you cannot buy experience overnight.\n"
)


def test_each_answer_is_the_interviewee_s(models: ModelCache) -> None:
    """The introduction names one person; every answer after a question is theirs, and the
    credits after the last answer are nobody's words."""
    claims = analyse(models, "fr", DASHES)
    for words in ("Les conditions de travail", "De former davantage"):
        claim = claim_about(claims, words)
        assert source_of(claim).name == "Thierry Marx"
        assert claim.cue is None
        assert not claim.content.text.startswith("–")
    assert all("Propos recueillis" not in c.content.text for c in attributed(claims))


def test_q_and_r_labels_mark_the_answers(models: ModelCache) -> None:
    claims = analyse(
        models,
        "fr",
        "Trois questions à Jean Jouzel, climatologue.\n"
        "Q : L'été a été le plus chaud jamais enregistré. Est-ce une surprise ?\n"
        "R : Non. Nous l'annonçons depuis trente ans.\n"
        "Q : Que faut-il faire en priorité ?\n"
        "R : Sortir des énergies fossiles. Il n'y a pas d'autre solution.\n",
    )
    claim = claim_about(claims, "Sortir des énergies fossiles")
    assert source_of(claim).name == "Jean Jouzel"
    assert claim.content.text.startswith("Sortir")  # the label is not the answer's words


def test_a_label_with_the_surname_names_the_person_in_full(models: ModelCache) -> None:
    claims = analyse(models, "en", LABELLED)
    assert source_of(claim_about(claims, "Trained nurses")).name == "Samuel Okoye"


def test_answers_with_nobody_introduced_stay_unattributed(models: ModelCache) -> None:
    """ "Q:" and "A:" with no one named before the questions: whose answers they are is not
    said, and nobody is guessed."""
    claims = analyse(
        models,
        "en",
        "Q: Why did you decide to leave the band after 20 years?\n"
        "A: Honestly, I was exhausted after a decade on the road with the band.\n"
        "Q: Do you regret it?\n"
        "A: Not for a second, and I would do it again tomorrow.\n",
    )
    assert not attributed(claims)


def test_one_question_in_an_article_makes_no_interview(models: ModelCache) -> None:
    """A rhetorical question in a report is no interview: the paragraph after it is the
    writer's."""
    claims = analyse(
        models,
        "fr",
        "La maire Anne Hidalgo a présenté son plan lundi.\n"
        "Faut-il s'en inquiéter ?\n"
        "Les travaux doivent durer deux ans et coûter plusieurs millions d'euros.\n",
    )
    assert all("Les travaux" not in c.content.text for c in attributed(claims))


def test_a_report_s_own_questions_make_no_interview(models: ModelCache) -> None:
    """Questions as section heads ("Will Sanders stay in the race?") speak to no one: the
    paragraphs after them are the writer's analysis, not the answers of the person named."""
    claims = analyse(
        models,
        "en",
        "Bernie Sanders heads into the debate with momentum.\n"
        "Will Sanders stay in the race?\n"
        "His campaign has raised enough money to compete through the spring primaries.\n"
        "Can he win the South?\n"
        "The polls there show him trailing by twenty points among older voters.\n",
    )
    assert all("The polls there" not in c.content.text for c in attributed(claims))
    assert all("His campaign has raised" not in c.content.text for c in attributed(claims))


def test_a_quoted_question_is_someone_s_words_not_the_interviewer_s(
    models: ModelCache,
) -> None:
    """ "“Can she stay?”" in a report is what someone asked at a rally, not an interview."""
    claims = analyse(
        models,
        "en",
        "Donald Trump spoke at a rally in Salem on Monday night.\n"
        '"You know what she said? Do you?"\n'
        "The crowd laughed and cheered for several minutes.\n"
        '"Can she stay? Can you believe it?"\n'
        "The woman was later interviewed by CNN about the incident.\n",
    )
    assert all("The crowd laughed" not in c.content.text for c in attributed(claims))


def test_an_introduction_naming_two_people_answers_for_the_one_interviewed(
    models: ModelCache,
) -> None:
    """ "Pour comprendre la décision d'Emmanuel Macron, nous avons interrogé Pascal
    Perrineau": the answers are Perrineau's, whom the word that announces the interview
    ("interrogé") names; Macron is never given them."""
    claims = analyse(
        models,
        "fr",
        "Emmanuel Macron a dissous l'Assemblée nationale dimanche soir. Pour comprendre la "
        "décision d'Emmanuel Macron, nous avons interrogé le politologue Pascal Perrineau.\n"
        "Q : Pourquoi ce choix ?\n"
        "R : Le président voulait reprendre l'initiative après la défaite aux européennes.\n"
        "Q : Est-ce un pari risqué ?\n"
        "R : Extrêmement risqué, le RN peut obtenir une majorité absolue.\n",
    )
    answer = claim_about(claims, "majorité absolue")
    assert answer.source is not None and answer.source.name == "Pascal Perrineau"


def test_an_explainer_answering_its_readers_is_no_interview(models: ModelCache) -> None:
    """Questions to the reader ("Vous partez en août ?") answered in the page's own voice: the
    official the introduction names did not say the answers."""
    claims = analyse(
        models,
        "fr",
        "Le ministre des Transports Clément Beaune a présenté lundi le nouveau pass rail. "
        "Clément Beaune veut séduire les jeunes.\n"
        "Vous partez en vacances en août ?\n"
        "Le pass sera vendu 49 euros par mois et valable sur les TER et les Intercités.\n"
        "Vous avez plus de 27 ans ?\n"
        "Le pass est réservé aux moins de 27 ans, sauf pour les apprentis.\n",
    )
    assert all("49 euros" not in c.content.text for c in attributed(claims))


def test_a_newspaper_in_the_introduction_is_not_a_second_person(models: ModelCache) -> None:
    """ "sat down with The Herald": the recogniser calls "Herald" a person, and the answers,
    read as two people's, were left unattributed."""
    text = (
        "Housing Minister Carla Ruiz sat down with The Herald this week.\n"
        "Q: Will rents keep rising?\n"
        "A: No. We have frozen them in every city we run.\n"
        "Q: And the waiting lists?\n"
        "A: Our plan will halve them by next spring.\n"
    )
    answers = [c for c in attributed(analyse(models, "en", text)) if "rents" not in c.content.text]
    assert [source_of(c).name for c in answers] == ["Carla Ruiz", "Carla Ruiz"]


def test_a_question_labelled_with_the_outlet_is_the_interviewer_s(models: ModelCache) -> None:
    """ "L'Express : Pourquoi … ?": the outlet asks; the answers labelled with the
    interviewee's name were read as nobody's, since a labelled paragraph was a question only
    with "Q" or "Question"."""
    claims = analyse(
        models,
        "fr",
        "Hélène Garnier, présidente de la région, quitte ses fonctions.\n"
        "L'Express : Qu'est-ce qui vous a décidée ?\n"
        "Hélène Garnier : La fatigue, d'abord. Je ne dormais plus.\n"
        "L'Express : Partez-vous avec des regrets ?\n"
        "Hélène Garnier : Aucun. Nous avons rénové tous les lycées.\n",
    )
    claim = claim_about(claims, "La fatigue")
    assert source_of(claim).name == "Hélène Garnier"
    assert claim.content.text.startswith("La fatigue")


def test_an_answer_s_own_i_names_no_source(models: ModelCache) -> None:
    """ "I said that the budget was a lie" in an answer made a claim whose source was named
    "I": the answer is the interviewee's claim, as a quotation is its speaker's. A third
    person the answer quotes still speaks."""
    claims = analyse(
        models,
        "en",
        "Mayor Nora Ellis resigned on Tuesday. She talked to us about her decision.\n"
        "Why did you resign?\n"
        "I had lost the council's trust. I said that the budget was a lie.\n"
        "Do you regret it?\n"
        "No. The governor told me that the city would get help.\n",
    )
    names = [source_of(c).name for c in attributed(claims)]
    assert "I" not in names
    assert source_of(claim_about(claims, "budget was a lie")).name == "Nora Ellis"
    assert source_of(claim_about(claims, "would get help")).text == "The governor"


FULL_STOP_DASH = (
    "Le chef d'état-major des armées, le général Thierry Burkhard, répond aux questions du "
    "Figaro.\n\n"
    "Le Figaro. – La guerre en Ukraine change-t-elle la donne ?\n\n"
    "Thierry Burkhard. – Oui. Nous devons nous préparer à un conflit de haute intensité.\n\n"
    "Le Figaro. – Faut-il augmenter le budget ?\n\n"
    "T. B. – Certainement. Il faudra aller plus loin.\n"
)


def test_a_label_before_a_full_stop_and_a_dash_is_not_part_of_the_answer(
    models: ModelCache,
) -> None:
    """ "Thierry Burkhard. – Oui. …", "T. B. – Certainement.": French papers print the label
    with a full stop and a dash, not a colon; it was read as the answer's first words."""
    claims = analyse(models, "fr", FULL_STOP_DASH)
    for words, opening in (("conflit de haute", "Oui."), ("aller plus loin", "Certainement.")):
        claim = claim_about(claims, words)
        assert claim.content.text.startswith(opening)
        assert source_of(claim).name == "Thierry Burkhard"


def test_a_transcript_labelled_with_both_names(models: ModelCache) -> None:
    """ "Sam Whitford: … Why now?" / "Ilse Brandauer: …": the journalist's questions are
    labelled with the journalist's name, not "Q", and the answers with the interviewee's;
    an answer's next paragraph, unlabelled, is still the interviewee's, not the journalist's
    whom the introduction names too."""
    text = (
        "The Austrian photographer Ilse Brandauer has put down her camera for good. She talked "
        "to Sam Whitford about fear and guilt.\n\n"
        "Sam Whitford: You announced last month that you were retiring. Why now?\n\n"
        "Ilse Brandauer: I turned 61 in March, and I realised I was slower on my feet.\n\n"
        "Last year in Kharkiv, I hesitated at a doorway for the first time.\n\n"
        "Whitford: Is there a picture you regret?\n\n"
        "Brandauer: Grozny, 1995. A boy in a stairwell. I won't describe it.\n"
    )
    claims = analyse(models, "en", text)
    for words in ("I turned 61", "Last year in Kharkiv", "Grozny, 1995"):
        assert "Brandauer" in source_of(claim_about(claims, words)).name, words


INTRODUCED_AMONG_OTHERS = (
    "Q&A: the new fire chief on a volunteer force running on fumes\n"
    "By Owen Maddox\n\n"
    "Maria Delgado, 52, became chief of the Pine Hollow Fire District in July. She replaced "
    "Walt Gerring, who retired after 31 years. Delgado spent two decades with the state "
    "forestry agency. Delgado told the district board last month that volunteers were "
    "leaving.\n\n"
    "Q: At that board meeting you said the volunteer model was running on fumes. What did "
    "you mean?\n\n"
    "A: I meant exactly that. We still answer every call, but with the same twenty people.\n\n"
    "Q: Why have the numbers dropped?\n\n"
    "A: People commute now. I cannot ask them to leave work when the pager goes off.\n"
)


def test_the_person_an_introduction_names_most_is_the_one_interviewed(
    models: ModelCache,
) -> None:
    """The byline and a predecessor name two more people, and the answers went to nobody: the
    introduction is about the one it names again and again; the "you" its questions speak to
    is her too."""
    claims = analyse(models, "en", INTRODUCED_AMONG_OTHERS)
    assert source_of(claim_about(claims, "I meant exactly that")).name == "Maria Delgado"
    assert source_of(claim_about(claims, "running on fumes")).name == "Maria Delgado"


def test_a_question_label_glued_to_its_question_marks_a_question(models: ModelCache) -> None:
    """ "QLast October, …" (a page that lost the bold label's colon) was read as an answer of
    the interviewee: a capital "Q" glued to the question's first word labels a question."""
    claims = analyse(
        models,
        "en",
        "Former first lady Laura Bush sat down with us this week to discuss the war.\n\n"
        "QLast October, the president decided to keep troops there. You thanked him for that.\n\n"
        "A: Yes. That stability matters, and the country still needs it.\n\n"
        "QWhat would have happened otherwise?\n\n"
        "A: They would have been set back for years. Afghan women most of all.\n",
    )
    assert source_of(claim_about(claims, "set back for years")).name == "Laura Bush"
    assert all(c.source is None for c in claims if "keep troops there" in c.content.text)
