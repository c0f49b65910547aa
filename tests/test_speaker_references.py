"""Who a speaker's mention stands for, when the text names them another way (issue 11,
fifteenth pass): demonstratives, an office given in the feminine, the answer to a question,
and a subject whose words a newspaper passed on. Each case is written for this file, in both
languages where the pattern exists in both; the guards say what must not change."""

from __future__ import annotations

import pytest

from claimcheck import provenance
from claimcheck.models import Article, SourceType
from claimcheck.nlp.lexicon import load_lexicon
from claimcheck.nlp.loading import ModelCache
from test_attribution_models import analyse, claim_about, models, source_of

__all__ = ["models"]  # the module-scoped model cache, shared with this module's tests


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        (
            "Sophie Leroy a reçu le préfet Marc Aubry lundi. Celui-ci a assuré que les "
            "contrôles seraient renforcés.",
            "Celui-ci",
            "Marc Aubry",
        ),
        (
            "Le juge Paul Besson a entendu l'experte Claire Vidal. Celle-ci a affirmé que le "
            "rapport était incomplet.",
            "Celle-ci",
            "Claire Vidal",
        ),
    ],
    ids=["celui-ci-capitalised", "celle-ci-capitalised"],
)
def test_a_demonstrative_is_the_person_mentioned_last(
    models: ModelCache, text: str, mention: str, name: str
) -> None:
    """The tokenizer split "Celui-ci" at its hyphen when it opened a sentence, and the report
    named the speaker "-"."""
    source = source_of(claim_about(analyse(models, "fr", text), "que"))
    assert (source.text, source.name, source.resolved) == (mention, name, True)


def test_a_demonstrative_for_a_thing_names_nobody(models: ModelCache) -> None:
    """Guard: "celle-ci" after a feminine thing and a man is not the man."""
    text = (
        "Le ministre Alain Roux a présenté la réforme. Celle-ci affirme que les pensions "
        "seront indexées."
    )
    claim = claim_about(analyse(models, "fr", text), "pensions")
    assert claim.source is None or claim.source.name != "Alain Roux"


@pytest.mark.parametrize(
    ("language", "text", "words", "name"),
    [
        (
            "fr",
            "La présidente Claire Vasseur a ouvert le sommet lundi. « Nous ne céderons rien », a "
            "prévenu la cheffe de l'État, devant les délégations.",
            "céderons",
            "Claire Vasseur",
        ),
        (
            "fr",
            "Le président Paul Lemaire a reçu les maires. « La commune reste le socle », a "
            "affirmé le locataire de l'Élysée.",
            "socle",
            "Paul Lemaire",
        ),
        (
            "en",
            "President Ruth Okafor addressed the troops on Sunday. “We will not retreat,” the "
            "commander in chief said.",
            "retreat",
            "Ruth Okafor",
        ),
        (
            "fr",
            "Paul Lemaire a reçu les maires. « La commune reste le socle », a affirmé le chef de "
            "l'État.",
            "socle",
            "chef de l'État",
        ),
        (
            "fr",
            "Le président du Sénat, Paul Lemaire, a salué l'accord. « C'est une étape », a "
            "déclaré le chef de l'État.",
            "étape",
            "chef de l'État",
        ),
    ],
    ids=[
        "fr-cheffe-de-l-etat",
        "fr-locataire",
        "en-commander-in-chief",
        "guard-no-title-given",
        "guard-another-office",
    ],
)
def test_another_name_of_an_office_calls_back_its_holder(
    models: ModelCache, language: str, text: str, words: str, name: str
) -> None:
    """ "le chef de l'État" after "le président Emmanuel Macron" was a source of its own: the
    report listed the president twice. With no one given the title, or only another office's
    ("le président du Sénat"), it names no one."""
    claim = claim_about(analyse(models, language, text), words)
    assert source_of(claim).name == name


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "fr",
            "La députée Nathalie Dubois a été réélue dimanche. « C'est une victoire collective », "
            "a déclaré la députée.",
            "Nathalie Dubois",
        ),
        (
            "en",
            "Senator Ruth Okafor won a second term on Sunday. “This is a shared victory,” the "
            "senator said.",
            "Ruth Okafor",
        ),
    ],
    ids=["fr-feminine-office", "en-guard"],
)
def test_an_office_calls_back_the_person_given_it(
    models: ModelCache, language: str, text: str, name: str
) -> None:
    """The title was kept as the model's lemma ("député"), so "la députée" named nobody."""
    claim = claim_about(analyse(models, language, text), "victo")
    assert source_of(claim).name == name


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "fr",
            "La présidente du tribunal a demandé au prévenu s'il regrettait son geste. "
            "« Chaque jour », a-t-il répondu.",
            "prévenu",
        ),
        (
            "fr",
            "Le journaliste Hugo Marin a interrogé Léa Fabre sur sa candidature. « Rien n'est "
            "décidé », a-t-elle rétorqué.",
            "Léa Fabre",
        ),
        (
            "en",
            "The judge asked the witness where she had been that night. “At home,” she replied.",
            "witness",
        ),
    ],
    ids=["fr-au-prévenu", "fr-interroger-a-named-woman", "en-asked-the-witness"],
)
def test_the_one_who_replies_is_the_one_asked(
    models: ModelCache, language: str, text: str, name: str
) -> None:
    """The answer's pronoun went to the nearest subject: the judge or the journalist who
    asked the question."""
    answers = {"répondre", "rétorquer", "reply"}
    claims = analyse(models, language, text)
    claim = next(c for c in claims if c.cue is not None and c.cue.lemma in answers)
    assert source_of(claim).name == name


def test_a_question_about_a_thing_leaves_the_answer_to_the_asker(models: ModelCache) -> None:
    """Guard: "a demandé des explications" asked nobody; the one who answers is found as
    before."""
    text = (
        "Le maire Pierre Lagrange a demandé des explications au préfet. « Je les attends "
        "toujours », a-t-il répondu aux journalistes."
    )
    claim = claim_about(analyse(models, "fr", text), "attends")
    assert source_of(claim).name == "Pierre Lagrange"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Les commerçants, cités par La Voix du Nord, se disent « à bout » depuis le début "
            "des travaux.",
            "Les commerçants",
            "se disent « à bout » depuis le début des travaux",
        ),
        (
            "Selon le directeur de l'hôpital, cité par Le Progrès, trois patients ont été "
            "transférés.",
            "le directeur de l'hôpital",
            "trois patients ont été transférés",
        ),
    ],
    ids=["subject-before-the-relay", "relay-after-selon"],
)
def test_a_relay_aside_passes_on_words_it_does_not_speak(
    models: ModelCache, text: str, speaker: str, content: str
) -> None:
    """The newspaper in "X, cités par <journal>, …" was shown as the speaker, and after
    "Selon X, cité par <journal>," the aside was part of what X said."""
    article = Article(text=text, language="fr")
    built = provenance.build(article, analyse(models, "fr", text), load_lexicon("fr"))
    claim = claim_about(list(built.claims), content)
    assert source_of(claim).text == speaker
    assert source_of(claim).type is not SourceType.MEDIA
    assert claim.content.text == content
    relay = next(s for s in built.sources if s.id == claim.via)
    assert relay.type is SourceType.MEDIA


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        (
            "Sa coéquipière Julie Ferrand estime que le titre reste possible.",
            "Sa coéquipière Julie Ferrand",
            "Julie Ferrand",
        ),
        (
            "Son adversaire, l'Espagnole Lucia Ortega, a salué « une grande championne ».",
            "Son adversaire, l'Espagnole Lucia Ortega",
            "Lucia Ortega",
        ),
        (
            "La direction, pour sa part, estime que la grève reste minoritaire.",
            "La direction",
            "direction",
        ),
        ("Le maire leur a promis que la piscine rouvrirait.", "Le maire", "maire"),
    ],
    ids=["noun-then-name", "nationality-in-apposition", "set-phrase-aside", "object-clitic"],
)
def test_a_speakers_name_is_theirs_alone(
    models: ModelCache, text: str, mention: str, name: str
) -> None:
    """ "Son collègue Hugo Perrin" was shown as a name of unknown kind, the nationality before
    an apposed name hid the name, and "de son côté" or the clitic "leur" (whom the mayor
    promised) became part of the speaker."""
    claim = claim_about(analyse(models, "fr", text), "")
    source = source_of(claim)
    assert (source.text, source.name) == (mention, name)
    assert source.type in (SourceType.PERSON, SourceType.ORGANIZATION)


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        (
            "Deux soldats ont été blessés, selon le gouverneur régional, Oleh Kiper.",
            "le gouverneur régional, Oleh Kiper",
            "Oleh Kiper",
        ),
        (
            "« Le vaccin est sûr », affirme la docteure Lina Haddad, pédiatre à l'hôpital "
            "Necker, qui a suivi les essais.",
            "la docteure Lina Haddad, pédiatre à l'hôpital Necker",
            "Lina Haddad",
        ),
    ],
    ids=["role-then-name-the-recogniser-mislabels", "apposition-then-relative"],
)
def test_an_apposition_stays_with_its_speaker(
    models: ModelCache, text: str, mention: str, name: str
) -> None:
    """The name after "le gouverneur régional," was dropped when the recogniser did not call
    it a person's, and an apposition followed by "qui …" was cut off the speaker and
    shown as a claim of its own."""
    claims = analyse(models, "fr", text)
    claim = next(c for c in claims if c.source is not None)
    assert claim.source is not None
    assert (claim.source.text, claim.source.name) == (mention, name)
    assert not [c for c in claims if c.source is None and mention.split(", ")[-1] in c.content.text]


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "en",
            "Rita Alvarez, a prosecutor, said the defendant had lied. She added that the trial "
            "would resume in March.",
            "Rita Alvarez",
        ),
        (
            "fr",
            "Le sénateur Paul Roux a jugé que le préfet avait tort. Il a ajouté que la route "
            "resterait fermée.",
            "Paul Roux",
        ),
    ],
    ids=["en-role-in-the-content", "fr-role-in-the-content"],
)
def test_a_person_in_what_was_said_does_not_hide_who_said_it(
    models: ModelCache, language: str, text: str, name: str
) -> None:
    """A role noun that is the subject of the reported clause ("the defendant", "le préfet")
    stood between the pronoun and its speaker, and the pronoun was left unresolved."""
    claims = [c for c in analyse(models, language, text) if c.source is not None]
    assert source_of(claims[-1]).name == name


def test_a_one_word_speaker_called_a_body_keeps_a_pronoun_in_doubt(models: ModelCache) -> None:
    """Guard: "Trump said Obama wanted …. “…,” he said": the recogniser calls "Trump" a
    body, yet he may be the "he"; the pronoun went to Obama, a person only talked about."""
    text = 'Trump said Obama wanted a deal. "It was a bad one," he said.'
    claim = claim_about(analyse(models, "en", text), "bad one")
    assert source_of(claim).name != "Obama"


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "fr",
            "Les chercheuses ont dénoncé le manque de moyens. Elles ont ajouté que deux "
            "laboratoires allaient fermer.",
            "chercheuses",
        ),
        (
            "en",
            "Three nurses said the ward was understaffed. They added that two beds had been "
            "closed.",
            "Three nurses",
        ),
    ],
    ids=["fr-elles", "en-they"],
)
def test_a_plural_pronoun_is_the_group_just_cited(
    models: ModelCache, language: str, text: str, name: str
) -> None:
    """ "Elles", "they" after a group of people who just spoke stayed unresolved: only a
    body could be their antecedent."""
    claims = [c for c in analyse(models, language, text) if c.source is not None]
    assert source_of(claims[-1]).name == name


def test_a_plural_pronoun_after_one_person_names_nobody(models: ModelCache) -> None:
    """Guard: "they" after one woman who spoke is not her."""
    text = "Mary Smith said the vote was close. They added that it had been fair."
    claim = claim_about(analyse(models, "en", text), "fair")
    assert source_of(claim).name != "Mary Smith"


def test_a_surname_two_people_share_names_neither_by_guess(models: ModelCache) -> None:
    """ "Vance" after "Harriet Vance" and "her son, Peter Vance, who said …" was named Peter
    Vance, the one who spoke last, for words the text gives the novelist."""
    text = (
        "The painter Lorna Keats died on Sunday in Maine. Her death was announced by her son, "
        "Paul Keats, who said she had been ill for months.\n"
        'Keats told an interviewer in 1998 that she painted "to stop the clocks."'
    )
    claim = claim_about(analyse(models, "en", text), "stop the clocks")
    assert source_of(claim).name != "Paul Keats"


def test_a_first_name_the_recogniser_left_out_is_part_of_the_name(models: ModelCache) -> None:
    """ "Ivanka Trump said …" was recognised as "Trump" alone, and named Donald Trump."""
    text = "Donald Trump spoke first. Ivanka Trump said the campaign was strong."
    claim = claim_about(analyse(models, "en", text), "campaign")
    assert source_of(claim).name == "Ivanka Trump"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Reporters reached a lawyer for Gail Hutchins, who said the charges were baseless.",
            "lawyer for Gail Hutchins",
        ),
        (
            "The plan was attacked by a spokesman for Governor Nadia Pierce, who said it was "
            "unconstitutional.",
            "spokesman for Governor Nadia Pierce",
        ),
    ],
    ids=["lawyer-for", "spokesman-for"],
)
def test_who_after_a_role_for_a_name_is_the_role(models: ModelCache, text: str, name: str) -> None:
    """The parse hangs "who said" on the name after "a lawyer for": the claim was the
    client's, not the lawyer's."""
    claims = [c for c in analyse(models, "en", text) if c.source is not None]
    assert source_of(claims[-1]).name == name


def test_according_to_a_source_that_says_more_keeps_the_sourced_fact(
    models: ModelCache,
) -> None:
    """ "…, according to his office, which said …": the relative clause took the place of
    the fact "according to" sources."""
    text = "Pierce called Baird on Monday, according to his office, which said the call went well."
    claim = next(c for c in analyse(models, "en", text) if c.cue and c.cue.text == "according to")
    assert claim.content.text == "Pierce called Baird on Monday"


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "en",
            "Mayor Ella Stone and Sheriff Omar Diaz said in a joint statement that the bridge "
            "would stay closed.",
            "Ella Stone and Omar Diaz",
        ),
        (
            "fr",
            "Sophie Garnier et Julien Morel ont affirmé que l'alliance tiendrait.",
            "Sophie Garnier et Julien Morel",
        ),
    ],
    ids=["en-and", "fr-et"],
)
def test_two_people_who_speak_together_are_both_named(
    models: ModelCache, language: str, text: str, name: str
) -> None:
    """ "X and Y said" was shown as X's alone."""
    claim = [c for c in analyse(models, language, text) if c.source is not None][-1]
    assert source_of(claim).name == name


def test_a_title_inside_the_recognised_name_is_the_role(models: ModelCache) -> None:
    """The recogniser took "Treasurer" into the name: the speaker was named "Treasurer Ann
    Bell", and a later "Bell" or "she" could not be tied to her."""
    claim = claim_about(
        analyse(models, "en", "Treasurer Ann Bell said the budget was balanced."), ""
    )
    assert (source_of(claim).name, source_of(claim).role) == ("Ann Bell", "Treasurer")


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "fr",
            "Le ministre des Affaires étrangères a reçu son homologue. « Nous avons "
            "progressé », a-t-il affirmé.",
            "ministre des Affaires étrangères",
        ),
        (
            "fr",
            "Après une semaine agitée, le Premier ministre a fait de la sécurité le cœur de son "
            "intervention. « J'assume le choix de la fermeté », dit-il.",
            "Premier ministre",
        ),
        (
            "en",
            "The state senator met his counterpart on Monday. “We made progress,” he said.",
            "state senator",
        ),
    ],
    ids=["ministre-des-affaires-etrangeres", "premier-ministre", "state-senator"],
)
def test_a_pronoun_for_an_unnamed_role_is_named_with_the_whole_role(
    models: ModelCache, language: str, text: str, name: str
) -> None:
    """ "Le ministre des Affaires étrangères … a-t-il affirmé": with no name for the minister,
    the pronoun is named by the role, all of it; "ministre" alone said which one no more."""
    claim = claim_about(analyse(models, language, text), "progress" if language == "en" else "«")
    assert source_of(claim).name == name


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        ("en", "I believe the council will change its mind before the vote.", "council"),
        ("en", "We think the plan to close the library is a mistake.", "library"),
        ("fr", "Je pense que le conseil changera d'avis avant le vote.", "conseil"),
        ("fr", "Nous estimons que la fermeture de la bibliothèque est une erreur.", "bibliothèque"),
    ],
    ids=["en-i", "en-we", "fr-je", "fr-nous"],
)
def test_the_writer_s_i_is_no_name(
    models: ModelCache, language: str, text: str, words: str
) -> None:
    """ "I believe …" in the writer's voice had a source named "I" (resolved, type unknown):
    a pronoun is never a source's name; the writer is not named here, so it is unresolved."""
    speaker = source_of(claim_about(analyse(models, language, text), words))
    assert (speaker.name, speaker.resolved) == ("", False)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le juge a interrogé l'accusé pendant deux heures. Ce dernier a nié les faits."),
        ("en", "The police questioned a neighbour for an hour. The latter denied the charges."),
    ],
    ids=["ce-dernier", "the-latter"],
)
def test_the_latter_with_nobody_named_before_is_unresolved(
    models: ModelCache, language: str, text: str
) -> None:
    """ "Ce dernier" after people the text does not name was a source named "dernier"."""
    claims = [c for c in analyse(models, language, text) if c.source is not None]
    latter = [source_of(c) for c in claims if source_of(c).text in ("Ce dernier", "The latter")]
    assert [(s.name, s.resolved) for s in latter] == [("", False)]
