"""Who said it: the speaker a careful reader names for each quote, in English and French.

Each text is invented news copy showing one pattern of the language (an incise, a continued
quotation, a pronoun, a description); each assertion is what a reader would say about it. The
texts run through the library API, as a user's file would.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from claimcheck import Analyzer, AnalyzerOptions
from claimcheck.models import Claim, ClaimKind, CueType, Report, SourceType

Analyse = Callable[[str, str], Report]


@pytest.fixture(scope="module")
def analyzers() -> Iterator[dict[str, Analyzer]]:
    """One analyzer per language for the module: each model is loaded once."""
    shared = {language: Analyzer(AnalyzerOptions(language=language)) for language in ("en", "fr")}
    yield shared
    for each in shared.values():
        each.close()


@pytest.fixture
def analyse(analyzers: dict[str, Analyzer], tmp_path: Path) -> Analyse:
    """Analyse a text as a user's plain-text file in the given language."""

    def run(language: str, text: str) -> Report:
        path = tmp_path / f"article.{language}.txt"
        path.write_text(text, encoding="utf-8")
        report = analyzers[language].analyze(str(path))
        assert report.error is None, report.error
        return report

    return run


def claim_with(report: Report, words: str) -> Claim:
    """The attributed claim whose content holds ``words``."""
    found = [
        c for c in report.claims if c.kind is not ClaimKind.UNATTRIBUTED and words in c.content.text
    ]
    assert len(found) == 1, [(c.kind.value, c.content.text) for c in report.claims]
    return found[0]


def speaker(report: Report, words: str) -> str:
    claim = claim_with(report, words)
    assert claim.source is not None
    return claim.source.name


# -- 1. French incises ----------------------------------------------------------------------


def test_an_incise_inside_one_pair_of_guillemets_makes_one_claim(analyse: Analyse) -> None:
    report = analyse(
        "fr",
        "Marie Lefèvre, la porte-parole du collectif, a rencontré le préfet lundi.\n"
        "« Cette loi, c’est la fin des services publics, souligne-t-elle. Il faut se battre. »",
    )
    claim = claim_with(report, "Il faut se battre")
    assert claim.content.text.startswith("« Cette loi") and claim.content.text.endswith("»")
    assert claim.kind is ClaimKind.DIRECT
    assert claim.cue is not None and claim.cue.text == "souligne-t-elle"
    assert claim.source is not None and claim.source.name == "Marie Lefèvre"


@pytest.mark.parametrize(
    ("incise", "cue", "source"),
    [
        ("s’étonne le magistrat", "s’étonne", "le magistrat"),
        ("lance le procureur", "lance", "le procureur"),
        # An expressive verb no list of reporting verbs holds: the position makes it a cue.
        ("tempête le magistrat", "tempête", "le magistrat"),
    ],
)
def test_a_verb_after_a_quotation_with_its_subject_after_it_is_a_cue(
    analyse: Analyse, incise: str, cue: str, source: str
) -> None:
    report = analyse("fr", f"« Ce dossier ne tient pas debout », {incise}.")
    claim = claim_with(report, "Ce dossier")
    assert claim.cue is not None and claim.cue.text == cue
    assert claim.source is not None and claim.source.text == source


def test_the_lawyer_apposed_to_her_client_is_the_speaker(analyse: Analyse) -> None:
    report = analyse(
        "fr", "« Mon client n’a rien fait », plaide l’avocate de Paul Martin, Claire Dubois."
    )
    claim = claim_with(report, "Mon client")
    assert claim.source is not None
    assert claim.source.name == "Claire Dubois"
    assert claim.source.role == "avocate de Paul Martin"


def test_an_inverted_clitic_after_a_quotation_names_the_last_woman(analyse: Analyse) -> None:
    report = analyse(
        "fr",
        "La syndicaliste Sophie Binet a dénoncé la réforme devant les militants. "
        "« Nous ne lâcherons rien », déplore-t-elle.",
    )
    claim = claim_with(report, "Nous ne lâcherons rien")
    assert claim.cue is not None and claim.cue.text == "déplore-t-elle"
    assert claim.source is not None and claim.source.text == "-elle"
    assert claim.source.name == "Sophie Binet"


@pytest.mark.parametrize(
    ("language", "text", "content", "source"),
    [
        (
            "fr",
            "La bonne stratégie, c’est la patience, estime la direction du groupe.",
            "La bonne stratégie, c’est la patience",
            "la direction du groupe",
        ),
        (
            "en",
            "The real answer, in the end, is patience, argued the chief executive.",
            "The real answer, in the end, is patience",
            "the chief executive",
        ),
    ],
)
def test_an_incise_after_unquoted_words_reports_them(
    analyse: Analyse, language: str, text: str, content: str, source: str
) -> None:
    """The parse may take the head of the preposed words for the verb's subject."""
    claim = claim_with(analyse(language, text), "patience")
    assert claim.content.text == content
    assert claim.source is not None and claim.source.text == source


def test_a_condition_after_an_incise_belongs_to_the_clause_around_it(analyse: Analyse) -> None:
    """ "The shop can survive, he insists, if the city reopens the ramp": what he insists is
    the whole clause, not the condition after the incise, which "if" opened like a question."""
    report = analyse("en", "The shop can survive, he insists, if the city reopens the ramp.")
    claims = [c for c in report.claims if c.kind is not ClaimKind.UNATTRIBUTED]
    assert [c.content.text for c in claims] == [
        "The shop can survive, he insists, if the city reopens the ramp"
    ]


@pytest.mark.parametrize(
    "text",
    ['As one aide put it, "We are flying blind."', '"We are flying blind," as one aide put it.'],
    ids=["before", "after"],
)
def test_as_someone_put_it_before_a_quotation_gives_their_words(
    analyse: Analyse, text: str
) -> None:
    """'As one aide put it, "We are flying blind."' made no claim: "as he put it" only echoes
    words said before, unless what it frames is the quotation of them."""
    claims = [c for c in analyse("en", text).claims if c.kind is not ClaimKind.UNATTRIBUTED]
    assert [(c.source and c.source.text, c.content.text.strip('",.')) for c in claims] == [
        ("one aide", "We are flying blind")
    ]


def test_as_someone_put_it_without_a_quotation_is_no_claim_guard(analyse: Analyse) -> None:
    report = analyse("en", "Unemployment will fall, as he put it.")
    assert all(c.kind is ClaimKind.UNATTRIBUTED for c in report.claims)


def test_a_relative_clause_after_the_inverted_speaker_describes_the_speaker(
    analyse: Analyse,
) -> None:
    report = analyse(
        "fr",
        "De plus, le produit doit être retiré de la vente au plus vite, estime Lausanne qui "
        "se range à l’avis des experts européens.",
    )
    claims = [c for c in report.claims if c.kind is not ClaimKind.UNATTRIBUTED]
    assert [c.content.text for c in claims] == [
        "De plus, le produit doit être retiré de la vente au plus vite"
    ]
    assert claims[0].source is not None and claims[0].source.text == "Lausanne"


def test_a_question_with_an_inverted_clitic_is_no_incise(analyse: Analyse) -> None:
    report = analyse(
        "fr",
        "Cette petite phrase du ministre, publiée hier, annonce-t-elle une vague de cessions ?",
    )
    assert not [c for c in report.claims if c.kind is not ClaimKind.UNATTRIBUTED]


def test_english_quote_inverted_frame_names_the_speaker(analyse: Analyse) -> None:
    report = analyse("en", '"The case does not hold together," said the prosecutor, Ann Lee.')
    claim = claim_with(report, "does not hold")
    assert claim.source is not None and claim.source.name == "Ann Lee"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "« Nous avons gagné », s'est réjoui l'entraîneur lensois au micro de Prime Video.",
            "l'entraîneur lensois",
        ),
        (
            "« Il faut condamner », a lancé le procureur dans son réquisitoire.",
            "le procureur",
        ),
        (
            "« Rien ne change », a déclaré l'auteur du rapport, Paul Martin.",
            "l'auteur du rapport, Paul Martin",
        ),
    ],
    ids=["programme", "guard-speech", "guard-a-name-s-link"],
)
def test_an_incise_speaker_leaves_out_where_the_words_were_said(
    analyse: Analyse, text: str, mention: str
) -> None:
    """ "au micro de Prime Video" hung on the speaker's adjective: the speaker was
    "l'entraîneur lensois au micro de Prime Video", with that as the role."""
    [claim] = analyse("fr", text).claims
    assert claim.source is not None and claim.source.text == mention


# -- 2. A speaker carried by context ---------------------------------------------------------


def test_french_continued_quotation_is_one_claim_per_paragraph(analyse: Analyse) -> None:
    report = analyse(
        "fr",
        "Marie Dupont, infirmière à Lyon, témoigne.\n"
        "« Nous étions trois pour quarante patients. Personne ne pouvait souffler.\n"
        "« Vers minuit, un homme s’est effondré dans le couloir.\n"
        "« Je n’oublierai jamais cette nuit. »",
    )
    claims = [c for c in report.claims if c.kind is not ClaimKind.UNATTRIBUTED]
    assert [c.content.text[:12] for c in claims] == ["« Nous étion", "« Vers minui", "« Je n’oubli"]
    assert {c.source.name for c in claims if c.source} == {"Marie Dupont"}
    assert all(c.kind is ClaimKind.DIRECT for c in claims)


def test_a_quotation_after_a_colon_ending_the_paragraph_is_the_speakers(analyse: Analyse) -> None:
    report = analyse(
        "fr",
        "Le directeur de l’hôpital, Jean Moreau, a répondu :\n"
        "« Nous recrutons, mais les candidats manquent. »",
    )
    assert speaker(report, "Nous recrutons") == "Jean Moreau"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Là-bas, cette idée n’a jamais été prise au sérieux : « Le message citait une étude "
            "qui a très vite été démentie. »",
        ),
        (
            "en",
            'The mood in the hall was grim: "We have lost the vote and everyone here knows it."',
        ),
    ],
)
def test_a_colon_gives_no_quotation_to_a_subject_that_cannot_speak(
    analyse: Analyse, language: str, text: str
) -> None:
    report = analyse(language, text)
    assert not [c.source for c in report.claims if c.source is not None]


@pytest.mark.parametrize(
    "text",
    [
        # a stance adjective the small model parses as a passive
        "Hélène Marchal est plus prudente : « Nous manquons encore d’études sérieuses. »",
        # and a topic before the name, on which the parse hangs the name
        "Concernant le sucre, Hélène Marchal est plus prudente : « Nous manquons encore "
        "d’études sérieuses. »",
    ],
)
def test_a_colon_after_a_stance_gives_the_quotation_to_the_person(
    analyse: Analyse, text: str
) -> None:
    source = claim_with(analyse("fr", text), "études sérieuses").source
    assert source is not None and source.text == "Hélène Marchal"
    assert source.type is SourceType.PERSON


def test_a_bulleted_list_after_the_president_also_said(analyse: Analyse) -> None:
    report = analyse(
        "en",
        "President Barack Obama said on Monday that the deal was fair.\n"
        "The president also said:\n"
        "- the tariffs would stay in place;\n"
        "- talks with China would resume in March.",
    )
    assert speaker(report, "tariffs would stay") == "Barack Obama"
    assert speaker(report, "talks with China") == "Barack Obama"
    assert (
        claim_with(report, "tariffs would stay").content.text == "the tariffs would stay in place"
    )


@pytest.mark.parametrize(
    ("language", "text", "first", "last"),
    [
        (
            "fr",
            "Le collectif appelle les autorités à agir vite à travers plusieurs mesures :\n"
            "1- augmenter le nombre de places en crèche dans les quartiers populaires ;\n"
            "2- garantir un salaire égal à travail égal dans la fonction publique ;\n"
            "3- ouvrir les postes de direction aux femmes.\n"
            "Le ministère n’a pas répondu.",
            "à agir vite",
            "ouvrir les postes de direction aux femmes",
        ),
        (
            "en",
            "The union called on the company to act on three points:\n"
            "1. raise wages by five percent for all workers;\n"
            "2. hire two hundred nurses before the winter;\n"
            "3. reopen the closed ward.\n"
            "The company did not respond.",
            "the company to act",
            "reopen the closed ward",
        ),
    ],
)
def test_a_numbered_list_after_the_colon_is_part_of_the_content(
    analyse: Analyse, language: str, text: str, first: str, last: str
) -> None:
    claim = claim_with(analyse(language, text), first)
    assert claim.content.text.startswith(first) and claim.content.text.endswith(last)
    assert "répondu" not in claim.content.text and "respond" not in claim.content.text


def test_english_continuation_quote_stays_with_its_speaker(analyse: Analyse) -> None:
    report = analyse(
        "en",
        'Jane Smith, a nurse in Ohio, described the night. "We were three for forty patients," '
        'she said. "Nobody could breathe."',
    )
    claim = claim_with(report, "Nobody could breathe")
    assert claim.source is not None and claim.source.name == "Jane Smith"


# -- 3. and 4. Pronouns: the nearest compatible person, or nobody ---------------------------


def test_a_pronoun_skips_a_person_of_the_other_gender(analyse: Analyse) -> None:
    report = analyse(
        "en",
        "Senator Laura Chen met Governor Tom Brady on Tuesday. "
        '"We are not going to wait," she said.',
    )
    assert speaker(report, "not going to wait") == "Laura Chen"


def test_french_titles_give_the_gender(analyse: Analyse) -> None:
    report = analyse(
        "fr",
        "Mme Cardenal a rencontré M. Dubreuil mardi. « Nous devons agir vite », a-t-elle estimé.",
    )
    assert speaker(report, "Nous devons agir") == "Mme Cardenal"


@pytest.mark.parametrize(
    ("language", "text", "pronoun"),
    [
        ("en", 'The weather turned cold overnight.\n"We are not going to wait," she said.', "she"),
        (
            "fr",
            "Le froid est arrivé dans la nuit.\n« Nous n’attendrons pas », a-t-il lancé.",
            "-il",
        ),
    ],
)
def test_a_pronoun_with_no_one_to_stand_for_is_unresolved(
    analyse: Analyse, language: str, text: str, pronoun: str
) -> None:
    report = analyse(language, text)
    claim = claim_with(report, "tend" if language == "fr" else "wait")
    assert claim.source is not None
    assert claim.source.text == pronoun
    assert not claim.source.resolved and claim.source.name == ""
    entry = next(s for s in report.sources if claim.id in s.claims)
    assert not entry.resolved and entry.name == ""


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        ("fr", "Vous expliquez que la réforme est arrivée trop tard. Pourquoi ?", "trop tard"),
        ("en", "You have said that the reform came too late. Why?", "too late"),
    ],
)
def test_the_interviewer_s_you_is_the_person_interviewed(
    analyse: Analyse, language: str, text: str, words: str
) -> None:
    """A person, though the question does not name them: a person is what a reader checks."""
    source = claim_with(analyse(language, text), words).source
    assert source is not None and source.type is SourceType.PERSON
    assert not source.resolved and source.name == ""


def test_a_role_apposed_to_a_first_name_makes_a_person(analyse: Analyse) -> None:
    """Testimony pieces name people by first name and role; the entity recogniser may take
    the first name for a place, and the small model "étudiante" for a verb."""
    report = analyse(
        "fr",
        "Sur le parvis, les grévistes se rassemblent. « Il faut rester mobilisés jusqu’au bout », "
        "glisse Karima, étudiante en histoire.",
    )
    source = claim_with(report, "mobilisés").source
    assert source is not None and source.text == "Karima, étudiante en histoire"
    assert (source.name, source.type, source.role) == (
        "Karima",
        SourceType.PERSON,
        "étudiante en histoire",
    )


def test_no_source_is_ever_named_by_a_pronoun(analyse: Analyse) -> None:
    report = analyse(
        "fr",
        "« Il faut agir », a-t-il dit. Elle a affirmé que rien n’était prêt. "
        "Le texte, qui aurait été modifié, prévoit que les communes paient.",
    )
    pronouns = {"il", "-il", "elle", "-elle", "qui", "on", "he", "she", "it", "they"}
    assert not [s.name for s in report.sources if s.name.lower() in pronouns]


# -- 5. and 6. One source per speaker, named in full, with the head noun --------------------


def test_one_source_per_speaker_named_in_full(analyse: Analyse) -> None:
    report = analyse(
        "en",
        "President Barack Obama said on Monday that the deal was fair. "
        '"We will not walk away," Mr. Obama said. Obama added that Congress would vote soon. '
        "The president said the vote would be close.",
    )
    obama = [s for s in report.sources if "Obama" in s.name]
    assert [s.name for s in obama] == ["Barack Obama"]
    assert len(obama[0].claims) == 4


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Donald Trump spoke in Ohio on Monday. Trump said the wall would be built.",
            "Donald Trump",
        ),
        (
            "Chuck Todd pressed the senator on Sunday. Todd asked whether the plan was legal.",
            "Chuck Todd",
        ),
    ],
)
def test_a_surname_alone_is_the_person_the_article_names_in_full(
    analyse: Analyse, text: str, name: str
) -> None:
    """The small model tags "Trump" an organisation and misses "Todd"; the article names
    them in full, so the speaker is that person."""
    report = analyse("en", text)
    assert [(s.name, s.type) for s in report.sources] == [(name, SourceType.PERSON)]


def test_a_surname_before_the_full_name_is_the_same_source(analyse: Analyse) -> None:
    """A headline's "Trump Says …" comes before the article names "Donald Trump" (and the
    headline's capitals make the tagger call "Trump" a noun): one source, named in full, not
    two ("Trump" and "Donald Trump")."""
    report = analyse(
        "en",
        "Trump Says He Never Pledged To Kill Families\n\nDonald Trump said on Thursday that he"
        " never pledged to kill the families of terrorists.",
    )
    assert [(s.name, s.type, len(s.claims)) for s in report.sources] == [
        ("Donald Trump", SourceType.PERSON, 2)
    ]


def test_a_surname_before_two_full_names_stays_as_written(analyse: Analyse) -> None:
    """A guard: a headline's "Clinton Says …" before the article names both Hillary and Bill
    Clinton is neither of them by guess."""
    report = analyse(
        "en",
        "Clinton Says The Plan Is Reckless\n\nHillary Clinton said the remark was dangerous."
        " Bill Clinton said the vote would be close.",
    )
    assert [s.name for s in report.sources] == ["Clinton", "Hillary Clinton", "Bill Clinton"]


def test_the_name_set_beside_the_head_noun_is_the_speakers(analyse: Analyse) -> None:
    report = analyse(
        "en",
        "His wife, longtime Hillary Clinton aide Huma Abedin, said she would leave him.",
    )
    assert [(s.name, s.type) for s in report.sources] == [("Huma Abedin", SourceType.PERSON)]


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        pytest.param(
            "en",
            "The agency was warned, according to two intelligence officials who spoke to the"
            " paper.",
            "two intelligence officials",
            id="stops-before-its-relative-clause",
        ),
        pytest.param(
            "en",
            "According to a new survey that was published Monday, most voters want change.",
            "new survey",
            id="stops-before-that",
        ),
        pytest.param(
            "en",
            "Sen. Ann Ortiz, a Democrat, voted against the bill on Monday. Her aide Tom Reyes"
            " handed out copies. The senator said the bill was flawed.",
            "Ann Ortiz",
            id="the-senator-after-Sen.",
        ),
        pytest.param(
            "en",
            "Gina Ferrante, the commerce secretary, toured the plant on Monday. Workers cheered."
            " The secretary said the plant would reopen.",
            "Gina Ferrante",
            id="the-secretary-after-an-apposed-title",
        ),
        pytest.param(
            "fr",
            "Le Pr Claire Vernier dirige le service. Paul Durand, son adjoint, était absent."
            " « Le vaccin est sûr », assure la professeure.",
            "Claire Vernier",
            id="la-professeure-after-Pr",
        ),
        pytest.param(
            "fr",
            "Le ministre de l'Intérieur, Gérard Lemoine, était à Lille lundi. Le maire l'a reçu."
            " Le ministre a affirmé que la police serait renforcée.",
            "Gérard Lemoine",
            id="le-ministre-after-an-apposed-title",
        ),
        pytest.param(
            "fr",
            "Lucien Delorme dirige le projet. « Les vélos restent », a dit M. Delorme.",
            "Lucien Delorme",
            id="M.-and-surname",
        ),
        pytest.param(
            "fr",
            "Francine Morel-Diaz a affirmé que le lait restait utile. « Il faut le garder »,"
            " précise Mme Morel-Diaz.",
            "Francine Morel-Diaz",
            id="Mme-and-hyphenated-surname",
        ),
        pytest.param(
            "fr",
            "Le président Hervé Castagne était à Lyon. « Nous tiendrons », a affirmé le président"
            " Castagne.",
            "Hervé Castagne",
            id="le-président-and-surname",
        ),
        pytest.param(
            "en",
            "President Walter Brennan was in Ohio. President Brennan said the plan would work.",
            "Walter Brennan",
            id="President-and-surname",
        ),
        pytest.param(
            "fr",
            "La Commission européenne a publié ses prévisions mardi. La Commission estime que"
            " la croissance ralentira.",
            "Commission européenne",
            id="a-body-by-its-head-word",
        ),
        pytest.param(
            "en",
            "The Senate Judiciary Committee met on Monday. The Senate said the vote would be"
            " delayed.",
            "Senate",
            id="not-a-body-whose-head-is-another-word",
        ),
        pytest.param(
            "en",
            "The senator, speaking to reporters on Monday, said that the bill would pass.",
            "senator",
            id="stops-before-a-participle-clause",
        ),
        pytest.param(
            "fr",
            "Le ministre, interrogé sur une radio lundi, a déclaré que la réforme serait votée.",
            "ministre",
            id="stops-before-a-participe",
        ),
        pytest.param(
            "fr",
            "Le Monde affirme que le ministre va démissionner. Il partirait en mai, selon"
            " Le Monde.",
            "Le Monde",
            id="a-title-with-its-article",
        ),
        pytest.param(
            "en",
            "The bill will pass, according to The Washington Post. The Washington Post said"
            " the vote was close.",
            "The Washington Post",
            id="a-title-with-its-article-in-english",
        ),
    ],
)
def test_the_source_is_named_as_the_article_names_it(
    analyse: Analyse, language: str, text: str, name: str
) -> None:
    """A title, a titled surname or a head word names the person or body the article named in
    full; a name stops where a clause about it begins."""
    report = analyse(language, text)
    assert [s.name for s in report.sources] == [name]


def test_a_first_name_alone_is_the_person_named_in_full_before(analyse: Analyse) -> None:
    """Features call people by their first name after naming them in full."""
    report = analyse(
        "fr",
        "« Les loyers ont doublé », raconte Inès Marchal, étudiante. « Je dors chez ma tante »,"
        " poursuit Inès.",
    )
    assert {c.source.name for c in report.claims if c.source} == {"Inès Marchal"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Bill Clinton and Hillary Clinton arrived together. Clinton said the plan would pass.",
            "Clinton",
        ),
        # "Bernie" is a first name of either gender to gender-guesser: still a first name
        (
            "Bernie Sanders spoke on Monday. His wife, Jane Sanders, was there too. Sanders said"
            " the plan would pass.",
            "Sanders",
        ),
    ],
)
def test_a_surname_two_people_share_stays_as_written(
    analyse: Analyse, text: str, name: str
) -> None:
    report = analyse("en", text)
    assert [s.name for s in report.sources] == [name]


def test_a_first_name_alone_is_a_person(analyse: Analyse) -> None:
    """Feature writing calls people by their first name; the recogniser often misses it."""
    report = analyse("en", "Maribel said the rent had doubled since the spring.")
    assert [(s.name, s.type) for s in report.sources] == [("Maribel", SourceType.PERSON)]


@pytest.mark.parametrize(
    "text",
    ["Trump’s Son Says Father Will Win Ohio", "Clinton’s Running Mate Says Debate Went Well"],
)
def test_a_possessive_name_is_not_the_speaker(analyse: Analyse, text: str) -> None:
    report = analyse("en", text)
    (source,) = [c.source for c in report.claims if c.source is not None]
    assert source.name == source.text  # the son, the running mate: not Trump, not Clinton


def test_a_role_in_apposition_is_kept_apart_from_the_name(analyse: Analyse) -> None:
    report = analyse(
        "fr", "La dirigeante de la CGT, Sophie Binet, a affirmé lundi que la réforme était injuste."
    )
    claim = claim_with(report, "réforme était injuste")
    assert claim.source is not None
    assert (claim.source.name, claim.source.role) == ("Sophie Binet", "dirigeante de la CGT")


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("en", "Ukrainian authorities said the strikes hit fuel depots.", "Ukrainian authorities"),
        (
            "en",
            "Obama administration officials said the talks had stalled.",
            "Obama administration officials",
        ),
        (
            "fr",
            "Des responsables ukrainiens ont indiqué que les frappes avaient visé un dépôt.",
            "responsables ukrainiens",
        ),
    ],
)
def test_source_names_keep_their_head_noun(
    analyse: Analyse, language: str, text: str, name: str
) -> None:
    report = analyse(language, text)
    assert [s.name for s in report.sources] == [name]


def test_a_pronoun_for_a_titled_surname_is_named_in_full(analyse: Analyse) -> None:
    """The French recogniser keeps "M." in "M. Vallet": "il" after it was named "M. Vallet",
    though the text had given "Jean-Marc Vallet" before."""
    report = analyse(
        "fr",
        "L'ancien trésorier du parti, Jean-Marc Vallet, a été mis en examen vendredi.\n\n"
        "Ce n'est pas la première fois que M. Vallet est visé par la justice. Interrogé à"
        " l'époque par Mediapart, il avait assuré avoir « agi de bonne foi ».",
    )
    assert speaker(report, "agi de bonne foi") == "Jean-Marc Vallet"


def test_a_name_first_written_with_a_possessive_names_the_speaker_in_full(
    analyse: Analyse,
) -> None:
    """The recogniser takes the possessive into the name ("Mark Barden's"), so "Barden" later
    matched no earlier name and the speaker was "Barden"."""
    report = analyse(
        "en",
        "Mark Barden's son was killed at Sandy Hook in 2012. Since then, Barden says, far too"
        " little has changed.",
    )
    assert speaker(report, "far too little") == "Mark Barden"


def test_a_first_name_the_recogniser_calls_misc_is_the_person_named_before(
    analyse: Analyse,
) -> None:
    """Features call the people they portray by their first name: "Nadia, elle, a fait ses
    comptes" after "Nadia Benhamou", a MISC to the French recogniser, left "Elle … ajoute" to
    the union delegate cited two paragraphs before."""
    report = analyse(
        "fr",
        "Devant le portail, Nadia Benhamou allume une cigarette. « C'est une fierté »,"
        " sourit-elle.\n\nPour Stéphane Morel, délégué CGT, « les salariés ne doivent pas"
        " payer ». Le syndicaliste réclame « des garanties écrites ».\n\nNadia, elle, a fait"
        " ses comptes. Elle écrase sa cigarette, puis ajoute : « Ça ne fermera pas. »",
    )
    assert speaker(report, "Ça ne fermera pas") == "Nadia Benhamou"


# -- 7. Types, consistent between a claim and its source ------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        (
            "fr",
            "Moscou a démenti toute implication dans l’attaque de la centrale.",
            SourceType.GOVERNMENT,
        ),
        (
            "fr",
            "Le Kremlin a assuré que l’enquête suivait son cours normal.",
            SourceType.GOVERNMENT,
        ),
        (
            "fr",
            "Un proche de Pierre Moscovici ajoute que le dossier est clos.",
            SourceType.ANONYMOUS,
        ),
        ("en", "Obama administration officials said the talks had stalled.", SourceType.ANONYMOUS),
        ("en", "An Indian official said the border was calm on Sunday.", SourceType.ANONYMOUS),
        (
            "fr",
            "Le ministre des Affaires étrangères a déclaré que trois Français étaient morts.",
            SourceType.PERSON,
        ),
        ("en", "U.S. media reported that the talks had stalled.", SourceType.MEDIA),
        ("en", "His son said the family would sue the city.", SourceType.PERSON),
        ("fr", "Son frère a affirmé que la famille porterait plainte.", SourceType.PERSON),
        ("en", "The editorial said the mayor must resign.", SourceType.DOCUMENT),
        ("fr", "La tribune affirme que la réforme est injuste.", SourceType.DOCUMENT),
    ],
)
def test_source_types_follow_what_the_head_noun_says(
    analyse: Analyse, language: str, text: str, kind: SourceType
) -> None:
    report = analyse(language, text)
    claims = [c for c in report.claims if c.source is not None]
    assert [c.source.type for c in claims if c.source] == [kind]
    assert [s.type for s in report.sources] == [kind]


def test_an_unnamed_official_keeps_the_affiliation(analyse: Analyse) -> None:
    report = analyse("en", "A person familiar with the talks said the two sides were close.")
    assert report.sources[0].name == "person familiar with the talks"
    assert report.sources[0].type is SourceType.ANONYMOUS


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (  # a CMS's soft hyphen before the noun once made the parse give him Moscovici's name
            "fr",
            "« Il n'y a aucun dossier », ajoute un \u00adproche de Pierre Moscovici.",
            "proche de Pierre Moscovici",
        ),
        (
            "fr",
            "« Aucun accord n'est prêt », confie un \u00adproche du ministre.",
            "proche du ministre",
        ),
        (
            "en",
            "A close friend of Barack Obama said the former president was furious.",
            "close friend of Barack Obama",
        ),
    ],
)
def test_an_anonymous_source_is_not_named_after_whom_it_is_close_to(
    analyse: Analyse, language: str, text: str, name: str
) -> None:
    report = analyse(language, text)
    assert [(s.name, s.type) for s in report.sources] == [(name, SourceType.ANONYMOUS)]


def test_hearsay_on_with_its_channel_is_an_unnamed_source(analyse: Analyse) -> None:
    """ "ajoute-t-on de même source": the inverted "on" of hearsay, whatever follows it."""
    report = analyse(
        "fr", "« Chacun sait ce que coûtent les réformes », ajoute-t-on de même source."
    )
    (source,) = [c.source for c in report.claims if c.source is not None]
    assert source.type is SourceType.ANONYMOUS
    assert not source.resolved
    assert "-t-on" not in source.name


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "en",
            "A person familiar with the talks, who asked not to be named because the"
            " negotiations were private, said the two sides were close.",
            "person familiar with the talks",
        ),
        (
            "fr",
            "Une source proche du dossier, qui a requis l'anonymat, a affirmé que les deux"
            " camps étaient proches d'un accord.",
            "source proche du dossier",
        ),
        (
            "en",
            "Officials who work at the ministry said the plan had failed.",
            "Officials who work at the ministry",
        ),
    ],
)
def test_why_a_source_is_unnamed_is_not_its_name(
    analyse: Analyse, language: str, text: str, name: str
) -> None:
    """A relative clause set off by commas says why the source hides, not who it is; a
    restrictive one says where it works, and stays."""
    report = analyse(language, text)
    assert [(s.name, s.type) for s in report.sources] == [(name, SourceType.ANONYMOUS)]


# -- 8. Mixed quotes and opinion frames -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "kind"),
    [
        (
            "La Chine a appelé à la « retenue » après les tirs de missiles.",
            "retenue",
            ClaimKind.MIXED,
        ),
        (
            "Le ministre a dénoncé une « atrocité » commise contre des civils.",
            "atrocité",
            ClaimKind.MIXED,
        ),
        (
            "Le syndicat a fait valoir qu’« aucun accord n’est possible sans les salariés ».",
            "aucun accord",
            ClaimKind.DIRECT,
        ),
    ],
)
def test_quoted_words_inside_a_french_frame(
    analyse: Analyse, text: str, words: str, kind: ClaimKind
) -> None:
    claim = claim_with(analyse("fr", text), words)
    assert claim.kind in (kind, ClaimKind.MIXED)
    assert claim.source is not None


@pytest.mark.parametrize(
    ("language", "text", "words", "source"),
    [
        (
            "fr",
            "Pour la ministre, cette innovation va dénaturer le renseignement pénitentiaire.",
            "innovation",
            "la ministre",
        ),
        (
            "fr",
            "L’Office fédéral a publié son avis. À ses yeux, certains produits seraient nocifs.",
            "certains produits",
            "ses",
        ),
        (
            "en",
            "Senator Ann Lee voted no. In her view, the bill would raise prices for every family.",
            "raise prices",
            "her",
        ),
    ],
)
def test_an_opening_opinion_frame_gives_a_view(
    analyse: Analyse, language: str, text: str, words: str, source: str
) -> None:
    claim = claim_with(analyse(language, text), words)
    assert claim.source is not None and claim.source.text == source


def test_an_opinion_frame_on_a_name_needs_no_comma_before_a_subject_pronoun(
    analyse: Analyse,
) -> None:
    report = analyse(
        "fr", "Pour Jeanne Lambert il y a trop de règles, il faut simplifier les démarches."
    )
    claim = claim_with(report, "trop de règles")
    assert claim.content.text.startswith("il y a trop de règles")
    assert claim.source is not None and claim.source.text == "Jeanne Lambert"


def test_pour_as_a_purpose_is_no_frame(analyse: Analyse) -> None:
    report = analyse("fr", "Pour le reste, le gouvernement a présenté son calendrier de réformes.")
    assert not [c for c in report.claims if c.kind is not ClaimKind.UNATTRIBUTED]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Un agent pourra se passer de l’avis de la commission et agir seul pendant "
            "quarante-huit heures.",
        ),
        (
            "en",
            "The troops acted on the authority of the defence minister and closed the border "
            "crossings.",
        ),
    ],
)
def test_a_frame_phrase_that_is_a_verb_s_object_is_no_frame(
    analyse: Analyse, language: str, text: str
) -> None:
    report = analyse(language, text)
    assert not [c for c in report.claims if c.kind is not ClaimKind.UNATTRIBUTED]


def test_the_same_frame_phrase_opening_a_sentence_gives_a_view(analyse: Analyse) -> None:
    report = analyse("fr", "De l’avis de plusieurs juristes, le texte est fragile.")
    source = claim_with(report, "le texte est fragile").source
    assert source is not None and source.text == "plusieurs juristes"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "C’est du moins ce que vont exiger les créanciers du pays, selon des informations "
            "de l’hebdomadaire Die Zeit.",
        ),
        ("en", "That is what the creditors will demand, according to the weekly Die Zeit."),
    ],
)
def test_a_content_that_only_points_back_is_no_statement(
    analyse: Analyse, language: str, text: str
) -> None:
    """What "ce que" stands for was said before, or nowhere: no claim a reader can check."""
    report = analyse(language, text)
    assert not [c for c in report.claims if c.kind is not ClaimKind.UNATTRIBUTED]


def test_evoquer_with_an_object_names_a_topic_not_a_statement(analyse: Analyse) -> None:
    report = analyse(
        "fr",
        "Vous évoquez les différences entre les politiques migratoires des deux pays. "
        "La ministre a annoncé le report de la réforme.",
    )
    claims = [c for c in report.claims if c.kind is not ClaimKind.UNATTRIBUTED]
    assert [c.content.text for c in claims] == ["le report de la réforme"]


@pytest.mark.parametrize(
    ("language", "text", "words", "source"),
    [
        (
            "fr",
            "Dans le dernier sondage Harris pour le quotidien régional, sa popularité recule de "
            "deux points.",
            "sa popularité recule de deux points",
            "le dernier sondage Harris",
        ),
        (
            "fr",
            "La cote du maire reste stable ce mois-ci, à 31 %, dans le baromètre Odoxa.",
            "La cote du maire reste stable",
            "le baromètre Odoxa",
        ),
    ],
)
def test_a_poll_that_holds_the_figures_is_their_source(
    analyse: Analyse, language: str, text: str, words: str, source: str
) -> None:
    """French only: PolNeAR, the English yardstick, does not mark the frame."""
    claim = claim_with(analyse(language, text), words)
    assert claim.content.text.startswith(words)
    assert claim.source is not None and claim.source.text == source
    assert claim.source.type is SourceType.DOCUMENT


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Il a été longuement interrogé dans une étude sur le sommeil des adolescents."),
        ("fr", "Trois personnes ont été mises en examen dans une enquête sur les violences."),
    ],
)
def test_taking_part_in_a_study_is_no_finding(analyse: Analyse, language: str, text: str) -> None:
    report = analyse(language, text)
    assert not [c for c in report.claims if c.kind is not ClaimKind.UNATTRIBUTED]


def test_generic_on_is_nobodys_statement(analyse: Analyse) -> None:
    report = analyse("fr", "On appelle cette proportion le taux d’emploi de la population active.")
    assert not [c for c in report.claims if c.source is not None]


# -- Cues the small French model misreads ----------------------------------------------------


def test_a_reporting_verb_tagged_as_an_adjective_before_que_is_a_cue(analyse: Analyse) -> None:
    report = analyse(
        "fr",
        "Enfin, la professionnelle rappelle qu’une alimentation trop sucrée appauvrit l’intestin.",
    )
    claim = claim_with(report, "alimentation trop sucrée")
    assert claim.cue is not None and claim.cue.lemma == "rappeler"
    assert claim.source is not None and claim.source.text == "la professionnelle"
    assert claim.source.type is SourceType.PERSON


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        (
            "Le ministre dénonce que la réforme est injuste pour les retraités.",
            "Le ministre",
            "dénonce",
            "que la réforme est injuste pour les retraités",
        ),
        (
            "Le gouvernement annonce qu'il retire la réforme.",
            "Le gouvernement",
            "annonce",
            "qu'il retire la réforme",
        ),
        (
            "La France dénonce l'attaque contre son ambassade.",
            "La France",
            "dénonce",
            "l'attaque contre son ambassade",
        ),
    ],
)
def test_a_reporting_verb_tagged_as_a_noun_with_a_subject_is_a_cue(
    analyse: Analyse, text: str, source: str, cue: str, content: str
) -> None:
    """ "Le ministre dénonce que …": the small model tags the verb as a noun, yet parses it
    with its subject and its clause; a word with a subject is a verb."""
    claim = claim_with(analyse("fr", text), content)
    assert claim.content.text == content
    assert claim.source is not None and claim.source.text == source
    assert claim.cue is not None and claim.cue.text == cue


def test_a_noun_after_a_copula_is_no_cue(analyse: Analyse) -> None:
    """ "Sa position est une critique de la réforme": the noun has a subject through the
    copula, and is no verb of saying."""
    report = analyse("fr", "Sa position est une critique de la réforme.")
    assert not [c for c in report.claims if c.source is not None]


@pytest.mark.parametrize(
    ("language", "text", "source", "content"),
    [
        (
            "fr",
            "« C'est inacceptable », s'étonne le magistrat.",
            "le magistrat",
            "« C'est inacceptable »",
        ),
        ("fr", "« Jamais », tranche le ministre.", "le ministre", "« Jamais »"),
        ("fr", "« Non », s'est-il exclamé.", "-il", "« Non »"),
        ("fr", "« Non », lâche-t-il.", "-il", "« Non »"),
        (
            "fr",
            "« Nous avons gagné », s'est félicitée la ministre du Travail.",
            "la ministre du Travail",
            "« Nous avons gagné »",
        ),
        ("en", "“Absolutely not,” said the minister.", "the minister", "“Absolutely not,”"),
    ],
)
def test_a_short_quotation_before_an_incise_is_speech(
    analyse: Analyse, language: str, text: str, source: str, content: str
) -> None:
    """ "« C'est inacceptable », s'étonne le magistrat", "« Non », s'est-il exclamé": too short
    to be speech by its length, the quotation is spoken all the same when a verb of saying
    follows it in an incise, simple or compound, with a noun or a clitic after it."""
    claim = claim_with(analyse(language, text), content.strip("«»“”, "))
    assert (claim.content.text, claim.source and claim.source.text) == (content, source)


def test_a_short_quotation_before_any_other_verb_is_no_speech(analyse: Analyse) -> None:
    """A verb that is not one of saying needs a quotation that is speech by itself."""
    report = analyse("fr", "Elle a lu « Le Monde », mange le chat.")
    assert not [c for c in report.claims if c.source is not None]


def test_an_incise_right_after_a_quoted_word_reports_the_words_before_it(
    analyse: Analyse,
) -> None:
    report = analyse("fr", "Une « ruée » écrit-il : c’est un terme choquant pour le lecteur.")
    claim = claim_with(report, "ruée")
    assert claim.content.text == "Une « ruée »"
    assert claim.cue is not None and claim.cue.text == "écrit-il"


def test_a_gerund_of_manner_is_no_statement(analyse: Analyse) -> None:
    report = analyse(
        "fr",
        "Au milieu d’un discours sans surprise, Ayrault s’est offert un succès d’estrade "
        "en défendant la laïcité et le non-cumul des mandats.",
    )
    assert not [c for c in report.claims if c.source is not None]


def test_an_acronym_in_brackets_names_the_same_source_later(analyse: Analyse) -> None:
    report = analyse(
        "fr",
        "L’Office fédéral de l’agriculture (OFAG) a affirmé que la substance était dangereuse. "
        "Une centaine de substances ont déjà été réexaminées, précise l’OFAG dans un communiqué.",
    )
    office = [s for s in report.sources if "OFAG" in s.name or "Office" in s.name]
    assert len(office) == 1 and len(office[0].claims) == 2
    assert office[0].name == "Office fédéral de l’agriculture"


@pytest.mark.parametrize(
    ("language", "text", "later", "name", "kind"),
    [
        (
            "fr",
            "L’Office fédéral de la santé publique (OFSP) a lancé une campagne d’affichage. "
            "Une dizaine de cantons ont déjà suivi, précise l’OFSP. À ses yeux, la situation "
            "reste fragile.",
            ("Une dizaine de cantons", "la situation reste fragile"),
            "Office fédéral de la santé publique",
            SourceType.GOVERNMENT,
        ),
        (
            "en",
            "The Environmental Protection Agency (EPA) issued new rules on Monday. The rules "
            "will cut emissions by a third, the EPA said in a statement.",
            ("cut emissions",),
            "Environmental Protection Agency",
            SourceType.GOVERNMENT,
        ),
    ],
)
def test_an_acronym_the_text_defines_is_the_body_it_stands_for(
    analyse: Analyse, language: str, text: str, later: tuple[str, ...], name: str, kind: SourceType
) -> None:
    """The full name is no claim's source: the definition alone says who the acronym is."""
    report = analyse(language, text)
    for words in later:
        source = claim_with(report, words).source
        assert source is not None and (source.name, source.type) == (name, kind)


def test_an_acronym_in_a_person_s_role_is_not_the_person(analyse: Analyse) -> None:
    report = analyse(
        "fr",
        "Marie Durand, directrice générale du Fonds monétaire international (FMI), a affirmé "
        "que la croissance ralentissait. Le FMI appelle les gouvernements à ne pas gâcher la "
        "reprise.",
    )
    source = claim_with(report, "ne pas gâcher").source
    assert source is not None and source.name == "Fonds monétaire international"
    assert source.type is SourceType.ORGANIZATION


def test_de_meme_source_is_the_unnamed_source_again(analyse: Analyse) -> None:
    report = analyse(
        "fr",
        "Le projet sera présenté en juin, indique-t-on dans l’entourage du ministre. Ensuite, "
        "« les syndicats seront reçus avant l’été », ajoute-t-on de même source.",
    )
    source = claim_with(report, "les syndicats").source
    assert source is not None and source.type is SourceType.ANONYMOUS
    assert not source.name.startswith("-")


def test_a_counted_group_is_anonymous(analyse: Analyse) -> None:
    report = analyse(
        "fr", "Environ 400 Français ont demandé à être rapatriés par les vols de la France."
    )
    assert [s.type for s in report.sources] == [SourceType.ANONYMOUS]


def test_a_french_belief_with_an_infinitive_is_an_intention(analyse: Analyse) -> None:
    report = analyse("fr", "Le Premier ministre pense à regrimper les marches avec son équipe.")
    assert not [c for c in report.claims if c.source is not None]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "La loi prévoit une forme de protection pour les agents qui signalent un abus.",
            "protection",
        ),
        (
            "Le décret prévoit une interdiction des pesticides dans les jardins publics.",
            "pesticides",
        ),
    ],
)
def test_what_a_text_lays_down_is_its_content(analyse: Analyse, text: str, words: str) -> None:
    claim = claim_with(analyse("fr", text), words)
    assert claim.source is not None and claim.source.type is SourceType.DOCUMENT


def test_what_a_person_plans_is_no_statement(analyse: Analyse) -> None:
    report = analyse(
        "fr", "D’autres députés ont prévu de faire la même démarche la semaine prochaine."
    )
    assert not [c for c in report.claims if c.source is not None]


def test_a_participle_after_a_comma_speaks_for_the_subject(analyse: Analyse) -> None:
    report = analyse(
        "fr",
        "Le gouvernement se défend de toute similarité avec la NSA, arguant notamment que les "
        "données ne seront pas conservées.",
    )
    assert speaker(report, "données ne seront pas") == "gouvernement"
    assert speaker(report, "toute similarité") == "gouvernement"


def test_a_participle_of_saying_opening_the_sentence_speaks_for_the_subject(
    analyse: Analyse,
) -> None:
    report = analyse(
        "en",
        "Noting that he majored in philosophy during college, Allen said he likes to think.",
    )
    noted = claim_with(report, "he majored in philosophy")
    assert noted.cue is not None and noted.cue.text == "Noting"
    assert speaker(report, "he majored in philosophy") == "Allen"
    assert speaker(report, "he likes to think") == "Allen"


@pytest.mark.parametrize(
    "text",
    [
        "Assuming that Clinton remains a favorite, she might renominate Garland.",
        "Speaking on the cable channel CNBC on Monday, Mr. Ubben called the company great.",
    ],
    ids=["a-condition", "where-he-spoke"],
)
def test_an_opening_participle_that_says_nothing_is_no_claim(analyse: Analyse, text: str) -> None:
    """A guard: "Assuming that …" is the writer's condition, "Speaking on CNBC" where one
    spoke; neither is a statement of the subject's."""
    report = analyse("en", text)
    assert not [c for c in report.claims if c.cue is not None and c.cue.text.istitle()]


def test_a_cue_in_brackets_speaks_for_its_bracket_only(analyse: Analyse) -> None:
    report = analyse(
        "fr",
        "Grâce aux embauches (350 000 au total en quatre ans, selon l’Insee), la réduction du "
        "temps de travail a accentué la tendance.",
    )
    claim = claim_with(report, "350 000")
    assert claim.content.text == "350 000 au total en quatre ans"
    assert claim.source is not None and claim.source.text == "l’Insee"


def test_a_quotation_that_ends_the_speakers_sentence_takes_the_sentence(analyse: Analyse) -> None:
    report = analyse(
        "fr",
        "En revanche, l’affaire prend une tournure différente chez nous avec « le tweet du "
        "ministre de la Santé », détaille Mme Cardenal.",
    )
    claim = claim_with(report, "tweet du")
    assert claim.content.text.startswith("En revanche, l’affaire")
    assert claim.source is not None and claim.source.text == "Mme Cardenal"


def test_an_inverted_light_verb_after_a_quotation(analyse: Analyse) -> None:
    report = analyse(
        "fr",
        "Des sanctions « empêcheront l’Italie de finir comme la Grèce », a fait valoir le "
        "chancelier au quotidien italien.",
    )
    claim = claim_with(report, "empêcheront")
    assert claim.cue is not None and claim.cue.text == "a fait valoir"
    assert claim.source is not None and claim.source.text == "le chancelier"


def test_a_light_verb_whose_subject_the_parse_lost(analyse: Analyse) -> None:
    report = analyse(
        "fr",
        "Le bilan du projet-pilote mené l’an dernier fait état d’un taux important de "
        "délinquance chez les utilisateurs.",
    )
    claim = claim_with(report, "taux important")
    assert claim.cue is not None and claim.cue.text == "fait état"
    assert claim.source is not None and claim.source.type is SourceType.DOCUMENT


def test_a_quoted_label_with_no_verb_is_given_to_nobody(analyse: Analyse) -> None:
    report = analyse(
        "fr",
        "« L’Italie risque de menacer la zone euro », a prévenu le chancelier. « Nouvelles "
        "réformes propices à la croissance » : le slogan du gouvernement reste affiché.",
    )
    assert [c.content.text[:12] for c in report.claims if c.source is not None] == ["« L’Italie r"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "La commission pourra saisir le Conseil d’Etat si elle estime que la loi est violée.",
        ),
        ("en", "The board will act if it finds that the law was broken by the agency."),
    ],
)
def test_a_cue_in_a_hypothesis_reports_nothing_said(
    analyse: Analyse, language: str, text: str
) -> None:
    report = analyse(language, text)
    assert not [c for c in report.claims if c.source is not None]


@pytest.mark.parametrize(
    "text",
    [
        "Le projet de loi énonce les motifs que peuvent invoquer les services de renseignement.",
        "Le fichier recense les personnes ayant été condamnées pour des faits de terrorisme.",
    ],
)
def test_a_relative_que_and_a_bare_passive_report_nothing(analyse: Analyse, text: str) -> None:
    report = analyse("fr", text)
    assert not [c for c in report.claims if c.source is not None]


# -- Typewriter quotes and parse slips ------------------------------------------------------


def test_an_opening_typewriter_quote_belongs_to_the_sentence_it_opens(analyse: Analyse) -> None:
    report = analyse(
        "en",
        "Mr. Trump was blunt, claiming that the government wanted to take in 250,000 "
        "refugees. ''You'd have to be insane,'' he said. The crowd cheered.",
    )
    paraphrase = claim_with(report, "250,000 refugees")
    assert "insane" not in paraphrase.content.text
    quote = claim_with(report, "insane")
    assert quote.content.text == "''You'd have to be insane,''"
    assert quote.kind is ClaimKind.DIRECT
    assert speaker(report, "insane") == "Trump"


def test_a_typewriter_quote_opening_a_paragraph_belongs_to_it(analyse: Analyse) -> None:
    """The '' that opens a paragraph is neither the end of the paragraph before nor a claim."""
    report = analyse(
        "en",
        "The allure of simplicity itself, Mr. Furman argued, is largely a chimera.\n\n"
        "''Most of the complexity derives from efforts to measure'' income, he said.",
    )
    assert claim_with(report, "chimera").content.text.endswith("chimera")
    assert claim_with(report, "complexity").content.text.startswith("''Most")
    assert all(any(c.isalnum() for c in claim.content.text) for claim in report.claims)


def test_a_pronoun_is_not_given_to_a_person_who_only_stands_between_it_and_the_speaker(
    analyse: Analyse,
) -> None:
    report = analyse(
        "en",
        "Mr. Trump was blunt, claiming that Mr. Obama wanted to take in 250,000 refugees. "
        "''You'd have to be insane,'' he said.",
    )
    quote = claim_with(report, "insane")
    assert quote.source is not None
    assert (quote.source.text, quote.source.name, quote.source.resolved) == ("he", "", False)


def test_a_name_and_its_apposition_speak_when_the_parse_hangs_them_on_a_date(
    analyse: Analyse,
) -> None:
    report = analyse(
        "en",
        "But in a conference call with reporters on Dec. 2, Col. Steven H. Warren, a military "
        "spokesman in Baghdad, said, ''I mean, a raid is a combat operation.''",
    )
    claim = claim_with(report, "a raid is a combat operation")
    assert claim.source is not None
    assert claim.source.text.startswith("Col. Steven H. Warren")
    assert claim.source.type is SourceType.PERSON


# -- Beliefs are not statements ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        ("en", "Senator Smith believes that the vote will fail next week.", "the vote will fail"),
        ("en", "The mayor expects the new bridge to open in May.", "bridge to open"),
        ("fr", "Le maire pense que la ville sera prête pour les Jeux.", "la ville sera prête"),
    ],
)
def test_a_belief_is_reported_as_a_belief_and_kept_out_of_the_speech_counts(
    analyse: Analyse, language: str, text: str, words: str
) -> None:
    report = analyse(language, text)
    claim = claim_with(report, words)
    assert claim.cue is not None and claim.cue.type is CueType.BELIEF
    assert claim.is_belief
    summary = report.summary
    assert (summary.claims, summary.beliefs, summary.attributed, summary.unlinked) == (1, 1, 0, 0)


def test_a_statement_beside_a_belief_is_counted_as_speech(analyse: Analyse) -> None:
    report = analyse(
        "en",
        "Senator Smith said on Monday that the vote was lost. "
        "Her aides believe that the party will split over it.",
    )
    said = claim_with(report, "the vote was lost")
    assert said.cue is not None and said.cue.type is CueType.SPEECH
    assert (report.summary.attributed, report.summary.beliefs) == (1, 1)


def test_a_wish_inside_a_source_description_is_not_a_claim(analyse: Analyse) -> None:
    report = analyse(
        "en",
        "A spokesperson, who did not wish to be named, said the plan was dead after the vote.",
    )
    attributed = [c.content.text for c in report.claims if c.source is not None]
    assert attributed == ["the plan was dead after the vote"]


@pytest.mark.parametrize(
    ("language", "text", "content"),
    [
        (
            "en",
            "Some volunteers, who asked not to be named because they feared losing their jobs, "
            "said conditions at the warehouse were unsafe.",
            "conditions at the warehouse were unsafe",
        ),
        (
            "fr",
            "Des bénévoles, qui ont requis l'anonymat car ils craignent de perdre leur emploi, "
            "affirment que l'entrepôt est dangereux.",
            "que l'entrepôt est dangereux",
        ),
    ],
    ids=["en", "fr"],
)
def test_a_fear_in_the_aside_on_a_source_is_not_a_claim(
    analyse: Analyse, language: str, text: str, content: str
) -> None:
    """ "Some volunteers, who asked not to be named because they feared losing their jobs,
    said …" reported "losing their jobs" as what someone feared, given to a source of the
    sentence before: the aside between a source and its cue says who the source is and why it
    is unnamed, as its description does."""
    report = analyse(language, text)
    attributed = [c.content.text for c in report.claims if c.source is not None]
    assert attributed == [content]


def test_a_french_quotation_after_an_incise_is_its_own_claim_of_the_same_speaker(
    analyse: Analyse,
) -> None:
    report = analyse(
        "fr",
        "« Notre règlement n’a pas été respecté par les opérateurs », a dit M. Caldwell. "
        "« Il faut savoir en tirer un constat d’échec. »",
    )
    first = claim_with(report, "Notre règlement")
    second = claim_with(report, "constat d’échec")
    assert first is not second
    assert second.content.text == "« Il faut savoir en tirer un constat d’échec. »"
    assert second.kind is ClaimKind.DIRECT and second.cue is None
    assert speaker(report, "constat d’échec") == speaker(report, "Notre règlement") == "M. Caldwell"


def test_an_english_quotation_after_its_frame_goes_on_with_the_same_claim(
    analyse: Analyse,
) -> None:
    report = analyse(
        "en",
        "“Our rules were not respected by the operators,” Mr. Caldwell said. "
        "“We have to call it a failure.”",
    )
    claim = claim_with(report, "We have to call it a failure")
    assert claim.content.text.startswith("“Our rules were not respected")


# -- Nouns of saying --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "source", "cue", "content"),
    [
        (
            "en",
            "The committee examined Mr. Trump's suggestion that the agency ignored the warnings.",
            "Mr. Trump's",
            "suggestion",
            "that the agency ignored the warnings",
        ),
        (
            "en",
            "The candidate defended his claim that he had been offered a scholarship.",
            "The candidate",
            "claim",
            "that he had been offered a scholarship",
        ),
        (
            "fr",
            "Cela laisse peu de marges pour tenir la promesse du président Macron de réduire "
            "l’impôt sur le revenu.",
            "président Macron",
            "promesse",
            "de réduire l’impôt sur le revenu",
        ),
    ],
)
def test_a_noun_of_saying_reports_its_owner_s_words(
    analyse: Analyse, language: str, text: str, source: str, cue: str, content: str
) -> None:
    claim = claim_with(analyse(language, text), content)
    assert claim.content.text == content
    assert claim.source is not None and claim.source.text == source
    assert claim.cue is not None and claim.cue.text == cue


@pytest.mark.parametrize(
    ("language", "text"),
    [
        pytest.param(
            "en",
            "The promise to rebuild the bridge was made long ago by nobody in particular.",
            id="a noun of saying with no owner",
        ),
        pytest.param(
            "fr",
            "La promesse de réduire l’impôt sur le revenu reste très difficile à tenir.",
            id="un nom de parole sans auteur",
        ),
        pytest.param(
            "en",
            "The crowd booed loudly in the hall as the president spoke on Monday.",
            id="an as-clause of time",
        ),
        pytest.param(
            "fr",
            "Le chômage va baisser l’an prochain, comme l’a annoncé le ministre lundi.",
            id="a comme-clause that echoes",
        ),
    ],
)
def test_no_claim_where_the_text_says_no_one_said_it(
    analyse: Analyse, language: str, text: str
) -> None:
    assert not [c for c in analyse(language, text).claims if c.source is not None]


# -- Embedded posts ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "lead"),
    [
        ("en", "The minister's warning spread fast online over the weekend, as many noted."),
        ("fr", "L’avertissement du ministre s’est répandu très vite sur les réseaux ce week-end."),
    ],
)
def test_an_embedded_post_is_its_author_s_words(analyse: Analyse, language: str, lead: str) -> None:
    report = analyse(
        language,
        f"{lead}\n"
        "Taking anti-inflammatories could worsen the infection. Take paracetamol instead. "
        "If in doubt, ask your doctor. https://t.co/AbCdEf123\n"
        "— Olivier Véran (@olivierveran) March 14, 2020\n"
        "The post was shared thousands of times before the correction came.\n",
    )
    post = claim_with(report, "anti-inflammatories")
    assert post.content.text == (
        "Taking anti-inflammatories could worsen the infection. Take paracetamol instead. "
        "If in doubt, ask your doctor."
    )
    assert post.kind is ClaimKind.DIRECT and post.cue is None
    assert post.source is not None
    assert post.source.text == "Olivier Véran (@olivierveran)"
    assert post.source.type is SourceType.PERSON
    assert lead not in post.content.text


# -- "…, as the minister announced" -----------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "source", "content"),
    [
        (
            "en",
            "Unemployment will fall sharply next year, as the minister announced on Monday.",
            "the minister",
            "Unemployment will fall sharply next year",
        ),
        (
            "en",
            "As the minister announced on Monday, unemployment will fall sharply next year.",
            "the minister",
            "unemployment will fall sharply next year",
        ),
        (
            "fr",
            "La crise est devenue un terrain fertile pour les fausses informations, comme "
            "prévenait l’OMS début mars 2020.",
            "l’OMS",
            "La crise est devenue un terrain fertile pour les fausses informations",
        ),
    ],
)
def test_a_cue_in_an_as_clause_vouches_for_the_clause_it_hangs_on(
    analyse: Analyse, language: str, text: str, source: str, content: str
) -> None:
    claim = claim_with(analyse(language, text), content)
    assert claim.content.text == content
    assert claim.source is not None and claim.source.text == source


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Un médecin a affirmé lundi que le lait de vache est mauvais pour la santé.",
            "anonymous",
        ),
        ("fr", "Le ministre a déclaré lundi que la crise sanitaire est très grave.", "person"),
        (
            "en",
            "A doctor said on Monday that the new treatment was safe for children.",
            "anonymous",
        ),
    ],
)
def test_an_unnamed_role_is_anonymous_unless_the_text_picks_one_out(
    analyse: Analyse, language: str, text: str, expected: str
) -> None:
    claim = next(c for c in analyse(language, text).claims if c.source is not None)
    assert claim.source is not None and claim.source.type.value == expected


@pytest.mark.parametrize(
    ("language", "text", "name", "content"),
    [
        (
            "en",
            "Salceda, citing data from the State Department, said that about 4 million people"
            " live there.",
            "Salceda",
            "about 4 million people live there",
        ),
        (
            "fr",
            "Mardi, Le Monde, citant des sources proches du dossier, affirme que le ministre va"
            " démissionner.",
            "Le Monde",
            "le ministre va démissionner",
        ),
    ],
)
def test_whom_a_speaker_cites_is_not_the_speaker(
    analyse: Analyse, language: str, text: str, name: str, content: str
) -> None:
    """ "X, citing Y, said …": X said it; Y is where X took it from."""
    report = analyse(language, text)
    assert speaker(report, content) == name


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The company terminated the merger on Friday, citing changes in the market."),
        ("fr", "Le ministre a annulé son voyage, citant des raisons de sécurité."),
    ],
)
def test_a_reason_cited_is_no_source(analyse: Analyse, language: str, text: str) -> None:
    """ "X declined, citing legal risks": the risks are X's reason, not who says X declined."""
    report = analyse(language, text)
    assert [c.source.name for c in report.claims if c.source is not None] == []


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "en",
            "Camille Ashford praised the work of Dominique Whitfield on Monday. She said the"
            " results were strong.",
            "Camille Ashford",
        ),
        (
            "fr",
            "Camille Moreau a salué lundi le travail de Dominique Laurent. Elle a affirmé que"
            " les résultats étaient solides.",
            "Camille Moreau",
        ),
        (
            "en",
            "Claudia Tenney spoke on Monday. Tenney praised Ray Halbritter. He said the results"
            " were strong.",
            "Ray Halbritter",
        ),
        (
            "en",
            "The leader of the league, Jonathan Greenblatt, warned that the ban was wrong. He"
            " said the results were strong.",
            "Jonathan Greenblatt",
        ),
        (
            "fr",
            "La dirigeante du syndicat, Sophie Binet, a dénoncé la réforme. Elle a affirmé que"
            " les résultats étaient solides.",
            "Sophie Binet",
        ),
        (
            "en",
            "At that moment, the ambassador, Dominique Delattre, thanked Camille Royal. She said"
            " the results were strong.",
            "Dominique Delattre",
        ),
    ],
)
def test_a_pronoun_goes_back_to_the_subject_before_a_nearer_complement(
    analyse: Analyse, language: str, text: str, name: str
) -> None:
    """ "A praised the work of B. She said …": the sentence goes on about its subject, A,
    whatever B's gender; B is only named in a complement. The subject's gender still counts
    ("Tenney" is Claudia Tenney), the role of a speaker's own mention is that speaker, and a
    name apposed to the subject is the subject."""
    assert speaker(analyse(language, text), "strong" if language == "en" else "solides") == name


@pytest.mark.parametrize(
    ("language", "text", "source", "content"),
    [
        ("en", "But, he said, it is a risky strategy at a time of change.", "he", "risky strategy"),
        (
            "en",
            "However, the senator said, the bill is a risky strategy at a time of change.",
            "the senator",
            "risky strategy",
        ),
    ],
)
def test_a_frame_after_an_opening_connective_reports_the_clause_after_it(
    analyse: Analyse, language: str, text: str, source: str, content: str
) -> None:
    """ "But, he said, it is …": only a connective stands before the frame, and the clause
    after it is what was said."""
    claim = claim_with(analyse(language, text), content)
    assert claim.source is not None and claim.source.text == source
    assert claim.cue is not None and claim.cue.text == "said"


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "en",
            "One of the former prosecutors for David Petraeus said the two cases were different.",
            "prosecutors for David Petraeus",
        ),
        (
            "fr",
            "L'un des avocats de Nicolas Sarkozy a affirmé que le dossier était vide.",
            "avocats de Nicolas Sarkozy",
        ),
    ],
)
def test_one_of_several_is_nobody_in_particular(
    analyse: Analyse, language: str, text: str, name: str
) -> None:
    """ "One of the prosecutors for Petraeus" is a prosecutor the reader cannot identify, not
    Petraeus."""
    (claim,) = [c for c in analyse(language, text).claims if c.source is not None]
    assert claim.source is not None
    assert name in claim.source.name
    assert claim.source.type is SourceType.ANONYMOUS


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "en",
            "One of the authors of the report, Ari Fleischer, said the party must change.",
            "Ari Fleischer",
        ),
        (
            "fr",
            "Un proche de Pierre Moscovici, Jean Dupont, a affirmé que le dossier était vide.",
            "Jean Dupont",
        ),
    ],
)
def test_a_name_set_off_after_an_unnamed_role_makes_a_named_person(
    analyse: Analyse, language: str, text: str, name: str
) -> None:
    """ "One of the authors, Ari Fleischer, said": the name in apposition says who it is."""
    (claim,) = [c for c in analyse(language, text).claims if c.source is not None]
    assert claim.source is not None
    assert (claim.source.name, claim.source.type) == (name, SourceType.PERSON)


@pytest.mark.parametrize(
    "text",
    [
        '"Is Donald Trump running against the committee?" asked Mr. Manafort.',
        '"Is Donald Trump running against the committee?" asked Mr. Manafort, referring to the'
        " process.",
        "''Is Donald Trump running against the committee?'' asked Mr. Manafort, referring to the"
        " process.",
    ],
)
def test_the_name_after_asked_following_a_quoted_question_is_who_asked(
    analyse: Analyse, text: str
) -> None:
    """ "“Is he running?” asked Mr. Manafort": inverted after a question, the name is the
    asker (the parse makes it the object, and hangs the quoted "Is" on "asked")."""
    claim = claim_with(analyse("en", text), "running against the committee?")
    assert claim.source is not None and claim.source.name == "Manafort"
    assert claim.cue is not None and claim.cue.text == "asked"


@pytest.mark.parametrize(
    ("language", "text", "said", "added"),
    [
        (
            "en",
            "Ivanka Trump said her father has been an advocate for women, saying that he"
            " supports equal pay for equal work.",
            "her father has been an advocate for women",
            "that he supports equal pay for equal work",
        ),
        (
            "fr",
            "La ministre a affirmé que son collègue avait menti, ajoutant qu'il devait"
            " démissionner.",
            "que son collègue avait menti",
            "qu'il devait démissionner",
        ),
    ],
)
def test_a_participle_of_saying_after_a_reported_clause_is_another_claim_of_the_speaker(
    analyse: Analyse, language: str, text: str, said: str, added: str
) -> None:
    """ "X said A, saying B": two statements of X's, even when the parser hangs "saying" on
    a word of A."""
    report = analyse(language, text)
    first, second = claim_with(report, said), claim_with(report, added)
    assert (first.content.text, second.content.text) == (said, added)
    assert first.source is not None and second.source is not None
    assert second.source.name == first.source.name


@pytest.mark.parametrize(
    ("language", "text", "words", "name"),
    [
        (
            "en",
            "Bill Smith met Jane Doe on Monday. A Republican strategist who attended the meeting"
            " said the talks were tense. He added that no deal was close.",
            "no deal was close",
            "Republican strategist who attended the meeting",
        ),
        (
            "fr",
            "Jacques Chirac le surnommait ainsi. Un proche de la famille a confié que c'était"
            " difficile. « C'était un autre temps », a-t-il lâché.",
            "un autre temps",
            "proche de la famille",
        ),
        # A noun the lexicon does not list is someone too when it speaks, even with a name
        # after it that is not the speaker's.
        (
            "en",
            "Bill Smith met Jane Doe on Monday. A Republican stalwart who spoke on condition of"
            " anonymity said the talks were tense. “No deal is close,” he added.",
            "No deal is close",
            "Republican stalwart",
        ),
        (
            "fr",
            "Jacques Chirac le surnommait ainsi. « Il l'a soutenu en 1999 », a ajouté un ténor de"
            " la droite sur l'influence qu'a pu obtenir Jean-Paul Delevoye. « Cela relativise tout"
            " ça », met-il en perspective.",
            "Cela relativise",
            "ténor de la droite",
        ),
    ],
)
def test_a_pronoun_after_someone_unnamed_stands_for_that_someone(
    analyse: Analyse, language: str, text: str, words: str, name: str
) -> None:
    """ "A strategist said … He added …": "he" is the unnamed strategist, one anonymous source
    with the first claim, not a person named before."""
    report = analyse(language, text)
    claim = claim_with(report, words)
    assert claim.source is not None
    assert (claim.source.name, claim.source.type) == (name, SourceType.ANONYMOUS)
    assert [s.name for s in report.sources] == [name]


@pytest.mark.parametrize(
    ("language", "text", "words", "name"),
    [
        (
            "en",
            "Bernie Sanders spoke in Iowa. A reporter asked Sanders how he felt. He replied that"
            " he was ready to fight on.",
            "ready to fight on",
            "Bernie Sanders",
        ),
        (
            "fr",
            "Jean Castex était à Lille. Une journaliste a demandé à Jean Castex s'il viendrait. Il"
            " a répondu qu'il viendrait en mai.",
            "viendrait en mai",
            "Jean Castex",
        ),
    ],
)
def test_a_pronoun_after_an_unnamed_asker_is_the_one_asked(
    analyse: Analyse, language: str, text: str, words: str, name: str
) -> None:
    """ "A reporter asked Sanders how he felt. He replied …": the one who answers is the one
    asked, not the unnamed asker."""
    assert speaker(analyse(language, text), words) == name


def test_a_name_the_recogniser_ran_into_blank_space_is_shown_without_it(
    analyse: Analyse,
) -> None:
    """ "Cheers, Ms. Yellen  The Federal Reserve chairwoman …": the entity takes in the blanks
    after the name; the source a pronoun stands for is shown without them."""
    report = analyse(
        "en",
        "Cheers, Ms. Yellen  The Federal Reserve chairwoman, Janet Yellen, seated on the dais,"
        " has been repeatedly criticized by many Wall Street players. Yet she held firm and took"
        " her time until she believed she could raise rates without causing a panic.",
    )
    names = [c.source.name for c in report.claims if c.source is not None]
    assert names and all(name == name.strip() for name in names)


@pytest.mark.parametrize(
    ("language", "text", "first", "second", "other"),
    [
        (
            "en",
            "“Tell her I promised you a picture,” Ebeling said, and her husband added: “Don’t"
            " forget Tom.”",
            "Tell her I promised",
            "Don’t forget Tom",
            "her husband",
        ),
        (
            "fr",
            "« Nous gagnerons », a dit le maire, et son adjoint a ajouté : « Personne ne nous"
            " arrêtera. »",
            "Nous gagnerons",
            "Personne ne nous",
            "son adjoint",
        ),
    ],
    ids=["en", "fr"],
)
def test_a_quotation_another_speaker_announces_is_not_the_first_speaker_s(
    analyse: Analyse, language: str, text: str, first: str, second: str, other: str
) -> None:
    """The quotation after ", and her husband added:" was the first speaker's, read as a
    lead-in to the same quotation; the husband's words were lost. French already read it
    right: its case is a guard."""
    report = analyse(language, text)
    assert second not in claim_with(report, first).content.text
    husband = claim_with(report, second).source
    assert husband is not None and husband.text == other


def test_a_quotation_after_another_person_acts_does_not_carry_on_the_speaker(
    analyse: Analyse,
) -> None:
    """ "“…,” Ebeling said, and her husband cut in. “…”": the words after are not Ebeling's."""
    text = (
        "“Tell her I promised you a picture,” Ebeling said, and her husband cut in. “Don’t"
        " forget Betsy’s husband Tom.”"
    )
    report = analyse("en", text)
    assert "Betsy" not in claim_with(report, "Tell her").content.text
    assert not [c for c in report.claims if "Betsy" in c.content.text and c.source is not None]


@pytest.mark.parametrize(
    "text",
    [
        "“We will win,” Smith said as the crowd cheered. “Nobody can stop us.”",
        "“We will win,” Smith said. He paused. “Nobody can stop us.”",
        "“We will win,” Smith said of voters whose rights were restored. “Nobody can stop us.”",
    ],
    ids=["a-crowd-is-nobody", "a-pronoun-is-the-speaker-again", "a-relative-clause"],
)
def test_a_quotation_carries_on_the_speaker_past_a_setting(analyse: Analyse, text: str) -> None:
    """A guard: a crowd that cheers, the speaker as a pronoun, or a relative clause between
    the two quotations leave them one speaker's, as PolNeAR reads them."""
    report = analyse("en", text)
    assert speaker(report, "Nobody can stop us") == "Smith"


@pytest.mark.parametrize(
    ("language", "text", "speaker_name", "joined"),
    [
        (
            "en",
            "“We will win this state,” Smith said at a rally in Dayton, hours after news outlets"
            " declared her the winner of the primary. “Nobody can stop us now.”",
            "Smith",
            True,
        ),
        (
            "en",
            "“We will win this state,” said Ana Ruiz, her campaign manager, speaking to"
            " reporters after the senator spoke. “Nobody can stop us now.”",
            "Ana Ruiz",
            True,
        ),
        (
            "fr",
            "« Nous gagnerons », a déclaré Paul Durand à Lyon, après que les médias ont annoncé"
            " sa victoire. « Personne ne peut nous arrêter. »",
            "Paul Durand",
            False,
        ),
        (
            "en",
            "“Fixing negatives is easy,” Smith said, claiming that Hillary Clinton suffered from"
            " them. “You can change the way somebody presents themselves.”",
            "Smith",
            False,
        ),
    ],
    ids=["a-claim-in-the-setting", "a-subject-in-a-clause-of-time", "fr", "own-second-act"],
)
def test_a_quotation_carries_on_the_speaker_past_another_act_in_the_frame(
    analyse: Analyse, language: str, text: str, speaker_name: str, joined: bool
) -> None:
    """What the outlets declared, or the senator's speaking, is the setting of the frame's
    verb: the next quotation is still the first speaker's (it went to the outlets, or to
    nobody), one claim with the first in English, where continued quotations join. A guard:
    the speaker's own second act ("claiming that …") leaves the quotation the speaker's."""
    report = analyse(language, text)
    second = text[-20:-3]
    assert speaker(report, second) == speaker_name
    assert claim_with(report, second).content.text.startswith(text[:12]) is joined


def test_an_abbreviated_military_title_stays_with_its_name(analyse: Analyse) -> None:
    """spaCy's English tokenizer cut "Capt." and "Sgt." from their full stop: "Army Capt"
    was an organisation that spoke, and "Christian Pardo" a second speaker."""
    report = analyse(
        "en",
        "“The candidates don’t understand the military,” said Army Capt. Christian Pardo, who"
        " said he would not vote. “Their policies are so far out there.”\n\n“It is over,”"
        " said Pentagon spokesman Navy Sgt. Jeff Davis, who was asked about the strategy.",
    )
    pardo = claim_with(report, "understand the military")
    assert pardo.source is not None and pardo.source.name == "Christian Pardo"
    assert "so far out there" in pardo.content.text
    davis = claim_with(report, "It is over")
    assert davis.source is not None and davis.source.name == "Jeff Davis"
    assert davis.source.text.startswith("Pentagon spokesman Navy Sgt. Jeff Davis")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "“We will win,” Smith told CBS News on Super Tuesday, when a dozen states held their "
            "contests to choose the party nominees. “Nobody can stop us.”",
        ),
        (
            "fr",
            "« Nous gagnerons », a déclaré Paul Durand mardi soir à Lyon, devant plusieurs "
            "centaines de militants venus des départements voisins pour le premier meeting de "
            "la campagne. « Personne ne peut nous arrêter. »",
        ),
    ],
    ids=["en", "fr"],
)
def test_a_quotation_carries_on_the_speaker_past_a_long_setting_of_the_frame(
    analyse: Analyse, language: str, text: str
) -> None:
    """ "“…,” Graham told CBS News on Super Tuesday, when a dozen states held contests …. “…”":
    the setting, however long, is the rest of the frame's own sentence, and the quotation
    after it goes on with the speaker. A writer's sentence of that length between the two is
    another matter (the test after this one)."""
    report = analyse(language, text)
    name = "Smith" if language == "en" else "Paul Durand"
    assert speaker(report, "Nobody can stop us" if language == "en" else "Personne") == name


@pytest.mark.parametrize(
    ("language", "text", "words", "name"),
    [
        (
            "en",
            "The emails were deleted. “Russia, if you are listening, find the missing emails.” "
            "Trump said. Clinton objected to the remark.",
            "Russia, if you are listening",
            "Trump",
        ),
        (
            "fr",
            "La séance a été levée. « Nous ne céderons rien sur ce texte. » Le ministre l'a "
            "répété.",
            "Nous ne céderons rien",
            "ministre",
        ),
        (
            "en",
            "The emails were deleted. “Russia, if you are listening, find the missing emails.” "
            "Trump said on Sunday. Clinton objected to the remark.",
            "Russia, if you are listening",
            "Trump",
        ),
        (
            "fr",
            "La séance a été levée. « Nous ne céderons rien sur ce texte. » Le ministre l'a "
            "répété dimanche.",
            "Nous ne céderons rien",
            "ministre",
        ),
    ],
    ids=["en", "fr", "en-when", "fr-when"],
)
def test_a_frame_alone_after_a_closed_quotation_reports_it(
    analyse: Analyse, language: str, text: str, words: str, name: str
) -> None:
    """ "“…emails.” Trump said.": the quotation closed on its own full stop, and the sentence
    after it is nothing but a speaker and a verb of saying, and perhaps when ("Trump said on
    Sunday"); what the frame reports is the
    quotation (it was left to nobody). A frame with words of its own keeps them (the guard
    below)."""
    assert name in speaker(analyse(language, text), words)


def test_a_frame_that_announces_words_leaves_the_closed_quotation_before_it(
    analyse: Analyse,
) -> None:
    """A guard: '“…” She went on to say: "…"': the colon announces what follows; the quotation
    before is not what she went on to say."""
    text = (
        "“It will cost millions. This is what I am up against.” She went on to say:\n\n“None of"
        " them will support the nominee.”"
    )
    report = analyse("en", text)
    assert claim_with(report, "None of them").source is not None
    assert not [c for c in report.claims if "up against" in c.content.text and c.source]


def test_a_frame_with_its_own_words_leaves_the_closed_quotation_before_it(
    analyse: Analyse,
) -> None:
    """A guard: "“…” He said the plan was dead.": he said the plan was dead, not the
    quotation."""
    report = analyse("en", "“This is the best we can do.” He said the plan was dead.")
    assert claim_with(report, "the plan was dead").content.text == "the plan was dead"
    assert not [c for c in report.claims if "best we can" in c.content.text and c.source]


def test_a_long_sentence_of_the_writer_ends_the_speakers_words(analyse: Analyse) -> None:
    """A guard: past a whole sentence of the writer's, longer than a setting, a quotation is
    not carried on as the speaker's."""
    text = (
        "“We will win,” Smith said. The oversized face beaming from the billboards and from the "
        "marquee of the old theater across the street has hurt nothing. “Nobody can stop us.”"
    )
    report = analyse("en", text)
    assert claim_with(report, "We will win").source is not None
    assert not [c for c in report.claims if "Nobody" in c.content.text and c.source is not None]


@pytest.mark.parametrize(
    ("language", "text", "name", "kind"),
    [
        (
            "en",
            "Voters backing Donald Trump said the race was over.",
            "Voters backing Donald Trump",
            SourceType.PERSON,
        ),
        (
            "en",
            "Democrats supporting Hillary Clinton said the race was over.",
            "Democrats",
            None,
        ),
        ("en", "A man named John Smith said the race was over.", "John Smith", SourceType.PERSON),
    ],
    ids=["backing", "supporting", "named"],
)
def test_a_name_after_a_participle_is_whom_the_speaker_backs(
    analyse: Analyse, language: str, text: str, name: str, kind: SourceType | None
) -> None:
    """ "Voters backing Donald Trump said …" was Donald Trump, with "Voters backing" for
    role: a name in a participle phrase on the speaker is somebody else, as in a relative
    clause. A naming participle gives the speaker's own name ("a man named John Smith" was
    the anonymous "man named John Smith")."""
    claim = claim_with(analyse(language, text), "the race was over")
    assert claim.source is not None
    assert (claim.source.name, claim.source.role) == (name, None)
    if kind is not None:
        assert claim.source.type is kind


@pytest.mark.parametrize(
    ("language", "text", "role"),
    [
        ("en", "Ms. Jones, a teacher in Ohio, said the race was over.", "a teacher in Ohio"),
        ("en", "Mr. Smith said the race was over.", None),
        ("en", "Mrs. Clinton, whose husband signed the bill, said the race was over.", None),
        (
            "fr",
            "Mme Dupont, porte-parole de la mairie, a affirmé que la route était fermée.",
            "porte-parole de la mairie",
        ),
    ],
    ids=["title-then-role", "title-alone", "title-then-relative", "guard-fr-title-then-role"],
)
def test_a_courtesy_title_is_no_role(
    analyse: Analyse, language: str, text: str, role: str | None
) -> None:
    """ "Ms. Jones, a teacher in Ohio" had the role "Ms.": a title of courtesy says the
    gender, not what the person does; the apposition after the name is the role, and a
    possessive relative clause after it is none ("whose husband signed …" was her role once
    "Mrs." was not)."""
    claim = claim_with(analyse(language, text), "la route" if language == "fr" else "the race")
    assert claim.source is not None
    assert claim.source.role == role


def test_a_nationality_says_its_gender(analyse: Analyse) -> None:
    """ "L'Italienne a remporté la course. « … », a-t-elle déclaré": the nationality is who
    "elle" is (it was left unresolved); and "Africaine", which the recogniser calls a person in
    "l'Europe serait Africaine", is a woman, never the "il" of "écrit-il" (it was)."""
    report = analyse("fr", "L'Italienne a remporté la course. « C'est un rêve », a-t-elle déclaré.")
    claim = claim_with(report, "un rêve")
    assert claim.source is not None and claim.source.resolved
    assert claim.source.name == "Italienne"
    text = (
        "L’hypothèse de Stephen Smith consiste à dire que la migration va doubler. 25 % de "
        "l’Europe serait Africaine. Une « ruée », écrit-il : c’est un terme choquant."
    )
    assert speaker(analyse("fr", text), "ruée") != "Africaine"


@pytest.mark.parametrize(
    ("language", "text", "words", "carried"),
    [
        (
            "en",
            "“The bullying,” Chris Wallace said, as the crowd cheered. “The greed. The showing"
            " off. The misogyny.”",
            "The greed",
            True,
        ),
        ("fr", "« C'est une honte », a lancé la maire. « Une honte absolue. »", "absolue", True),
        (
            "fr",
            "« Nous irons jusqu'au bout », a déclaré le ministre. « Nouvelles réformes pour la"
            " croissance »",
            "Nouvelles",
            False,
        ),
    ],
    ids=["fragments", "fr-fragment", "guard-fr-label"],
)
def test_quoted_sentences_without_a_verb_carry_on_the_speaker(
    analyse: Analyse, language: str, text: str, words: str, carried: bool
) -> None:
    """ "“The bullying,” Wallace said, as the crowd cheered. “The greed. The showing off.”":
    sentences without a verb were taken for a label, and nobody said them. Written as sentences
    (a full stop inside), they go on with the speaker; a label without one does not."""
    report = analyse(language, text)
    holders = [c for c in report.claims if words in c.content.text and c.source is not None]
    assert bool(holders) is carried


@pytest.mark.parametrize(
    ("language", "text", "source", "name"),
    [
        (
            "en",
            "“Meet the Press” host Carla Dunn said the debate was a circus.",
            "“Meet the Press” host Carla Dunn",
            "Carla Dunn",
        ),
        (
            "en",
            "“It is a circus,” the “Meet the Press” host said of the debate.",
            "the “Meet the Press” host",
            "“Meet the Press” host",
        ),
        (
            "en",
            "The host of “Meet the Press” said the debate was a circus.",
            "The host of “Meet the Press”",
            "host of “Meet the Press”",
        ),
        (
            "fr",
            "L’animatrice de « Quotidien » a jugé que le débat était un cirque.",
            "L’animatrice de « Quotidien »",
            "animatrice de « Quotidien »",
        ),
    ],
    ids=["opening-mark-first", "title-inside", "closing-mark-last", "fr-closing-mark-last"],
)
def test_a_title_in_the_speaker_s_phrase_keeps_both_its_marks(
    analyse: Analyse, language: str, text: str, source: str, name: str
) -> None:
    """'“The Daily Show” host Trevor Noah said' had the source 'The Daily Show” host Trevor
    Noah', and an unnamed speaker's name lost a mark ('Meet the Press” host'): the parser hangs
    a title's marks on the verb, and the phrase was cut at them."""
    claim = claim_with(analyse(language, text), "cirque" if language == "fr" else "circus")
    assert claim.source is not None
    assert claim.source.text == source
    assert claim.source.name == name


@pytest.mark.parametrize(
    ("text", "words", "source", "name"),
    [
        (
            "But Monday night's results showed how weak the party establishment is.",
            "how weak",
            "Monday night's results",
            "Monday night's results",
        ),
        (
            'Officials were stunned. Said Comey, "The thought that we missed it is painful."',
            "missed it",
            "Comey",
            "Comey",
        ),
        (
            "The campaign sent a memo.\n-Dana Whitfield explains why the county is “weird.”",
            "why the county",
            "Dana Whitfield",
            "Dana Whitfield",
        ),
    ],
    ids=["a-date-owns-the-noun", "verb-first-incise", "a-bullet-glued-to-the-name"],
)
def test_a_speaker_s_phrase_holds_only_the_speaker(
    analyse: Analyse, text: str, words: str, source: str, name: str
) -> None:
    """Words around a speaker that were read into the name or cut it: "Monday night's results"
    was "'s results" (the date was cut as a time); the recogniser's "Said Comey" was the name
    and "Comey," the source; a list's bullet glued to the name was "-Dana"."""
    claim = claim_with(analyse("en", text), words)
    assert claim.source is not None
    assert (claim.source.text, claim.source.name) == (source, name)


@pytest.mark.parametrize(
    "text",
    [
        "Voters may forgive him. And let's hope it stays that way.",
        "Clinton released her medical records in July, which showed she was fit for duty.",
    ],
    ids=["an-exhortation", "a-date-before-which"],
)
def test_no_claim_names_a_word_that_cannot_speak(analyse: Analyse, text: str) -> None:
    """ "Let's hope it stays that way" is the writer's wish, and its source was "'s"; a
    relative clause the parser hung on a date ("in July, which showed") was the date's, and
    its name was ",". Neither has a speaker to report."""
    report = analyse("en", text)
    assert [c.source.text for c in report.claims if c.source is not None] == []


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Editor's note: Mayor Paul Grant is a habitual liar, rampant xenophobe, racist and"
            " bully who has repeatedly promised to close the border to refugees.",
            "close the border",
            "Paul Grant",
        ),
        (
            "Paul Grant often insults rivals and is a habitual liar and bully who has repeatedly"
            " promised to close the border.",
            "close the border",
            "Paul Grant",
        ),
        ("Mr. Grant is not the lawyer who said the deal was illegal.", "illegal", "lawyer"),
        (
            "Trump was out-brutalizing Ted Cruz, who said he would use waterboarding sparingly.",
            "waterboarding",
            "Ted Cruz",
        ),
        (
            "It's still a rare presidential candidate who hopes to compete in Iowa.",
            "compete",
            "rare presidential candidate",
        ),
    ],
    ids=[
        "the-subject-of-the-noun",
        "the-subject-of-the-verb-before",
        "guard-negated",
        "guard-a-name",
        "guard-no-one-named",
    ],
)
def test_a_relative_clause_on_what_someone_is_called_is_theirs(
    analyse: Analyse, text: str, words: str, name: str
) -> None:
    """ "X is a serial liar, rampant xenophobe, … and bully who has pledged to …": the speaker
    was named "rampant xenophobe, racist, …", the words the writer calls him (fourteen
    editor's notes on PolNeAR train); who pledged is the subject those words are said of. Not
    when the sentence denies it, not past a name, nor to "it"."""
    claim = claim_with(analyse("en", text), words)
    assert claim.source is not None
    assert claim.source.name == name


def test_a_relative_clause_after_a_complement_is_not_the_subject_s(analyse: Analyse) -> None:
    """Guard: "le maire a été la cible de l'opposition, qui dénonce …" — the parser hangs the
    relative clause on "cible", but the words before it are the complement's: the mayor
    denounces nothing."""
    report = analyse(
        "fr",
        "Après avoir présenté son budget, le maire a été la cible de l'opposition, qui dénonce"
        " des retards à répétition.",
    )
    assert all(c.source is None or "maire" not in c.source.text for c in report.claims)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("“The vote is a tragedy,” writes Dana Whitfield in The Ledger.", "Dana Whitfield"),
        ("“The vote is a tragedy,” said Dana Whitfield in Ohio on Monday.", "Dana Whitfield"),
        (
            "“The vote is a tragedy,” said Dana Whitfield, a professor in Ohio.",
            "Dana Whitfield, a professor in Ohio",
        ),
        ("“The vote is a tragedy,” said Dana Whitfield of Ohio.", "Dana Whitfield of Ohio"),
        (
            "“The vote is a tragedy,” said Dana Whitfield who served as mayor for years.",
            "Dana Whitfield who served as mayor for years",
        ),
        ("“The vote is a tragedy,” said the spokesman in a statement.", "the spokesman"),
        ("“The vote is a tragedy,” said the aide on condition of anonymity.", "the aide"),
        ("“The vote is a tragedy,” said officials in Columbus.", "officials in Columbus"),
    ],
    ids=[
        "in-an-outlet",
        "in-a-place",
        "guard-apposed-role",
        "guard-of-a-place",
        "guard-who",
        "in-a-statement",
        "on-condition-of-anonymity",
        "guard-unnamed-in-a-place",
    ],
)
def test_where_a_named_speaker_spoke_is_not_their_name(
    analyse: Analyse, text: str, source: str
) -> None:
    """ "writes Dennis Prager in National Review": the parser hangs the outlet or the place on
    the name after the cue, and the source read "Dennis Prager in National Review"."""
    claim = claim_with(analyse("en", text), "tragedy")
    assert claim.source is not None and claim.source.text == source


def test_a_name_the_recogniser_missed_is_a_person_by_its_first_name(analyse: Analyse) -> None:
    """ "a lancé Jean-Luc Mélenchon sur BFMTV": the recogniser marked no person, and the
    speaker's type was unknown; a known first name opening proper nouns is a person's."""
    text = "« Il faut arrêter ce massacre », a lancé Jean-Luc Mélenchon sur BFMTV."
    claim = claim_with(analyse("fr", text), "massacre")
    assert claim.source is not None
    assert (claim.source.text, claim.source.type) == ("Jean-Luc Mélenchon", SourceType.PERSON)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "« Tout le monde a été consulté », rétorque l'adjointe à l'urbanisme.",
            "l'adjointe à l'urbanisme",
        ),
        ("« Le chantier avance », assure le délégué aux sports.", "le délégué aux sports"),
        ("« Le chantier avance », a confié le ministre au Parisien.", "le ministre"),
        ("« Le chantier avance », a confié la ministre à l'AFP.", "la ministre"),
    ],
    ids=["adjointe-a-l-urbanisme", "delegue-aux-sports", "guard-au-parisien", "guard-a-l-afp"],
)
def test_a_role_s_domain_is_part_of_the_speaker(analyse: Analyse, text: str, source: str) -> None:
    """ "rétorque l'adjointe à l'urbanisme": "à l'urbanisme" was cut as whom she said it to,
    and the source read "l'adjointe"; an outlet after "à" is still whom it was told to."""
    claim = claim_with(analyse("fr", text), "chantier" if "chantier" in text else "consulté")
    assert claim.source is not None and claim.source.text == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Mr. Weld, who added that the race was close, said the party would win in November.",
            "Mr. Weld",
        ),
        (
            "The judges who ruled that the law was valid said the problem was the photo ID.",
            "The judges",
        ),
        (
            "Le maire, qui a rappelé que la ville était endettée, a estimé que le projet "
            "coûtait trop cher.",
            "Le maire",
        ),
    ],
    ids=["set-off-relative", "restrictive-relative", "qui-a-rappele-que"],
)
def test_a_relative_clause_with_its_own_that_is_not_cut_into_the_speaker(
    analyse: Analyse, text: str, source: str
) -> None:
    """ "Mr. Weld, who added that …, said": the speaker's phrase stopped at the relative
    clause's own "that", and the source read "Mr. Weld, who added"."""
    language = "fr" if "maire" in text else "en"
    words = {"en": "photo ID" if "judges" in text else "would win", "fr": "trop cher"}[language]
    claim = claim_with(analyse(language, text), words)
    assert claim.source is not None and claim.source.text == source


def test_a_subject_coordinated_with_a_person_is_no_quotation_before_its_verb(
    analyse: Analyse,
) -> None:
    """ "Kiedis said his band and collaborator Brian Burton, AKA Danger Mouse, wrote a host of
    new songs": the band, set off by commas from "wrote", was read as words reported by an
    inverted speaker, "a host of new songs", and Kiedis's statement was lost."""
    report = analyse(
        "en",
        "Kiedis said his band and collaborator Brian Burton, AKA Danger Mouse, wrote a host of "
        "new songs for the upcoming album.",
    )
    claim = claim_with(report, "new songs")
    assert claim.source is not None and claim.source.text == "Kiedis"
    assert claim.cue is not None and claim.cue.text == "said"


SKELLY = (
    "Bill Skelly, a longtime data operative, vouched for both men.\n\n"
    "“Having access to the file is valuable,” said Skelly, explaining he worked more closely "
    "with Vito Chrabaszcz, who was responsible for putting it into the national file: “Vito "
    "is outstanding with data.”"
)


def test_a_surname_the_tagger_read_as_an_adverb_still_speaks(analyse: Analyse) -> None:
    """ "…,” said Skelly": the tagger reads "Skelly" as an adverb for its "-ly", the speaker
    rules found nobody after "said", and the quotation went to the verb of the paragraph
    before ("vouched")."""
    report = analyse("en", SKELLY)
    claim = claim_with(report, "valuable")
    assert claim.cue is not None and claim.cue.text == "said"
    assert claim.source is not None and claim.source.name == "Bill Skelly"
    assert claim.source.type is SourceType.PERSON


def test_a_colon_closing_a_relative_clause_hands_the_quotation_to_the_one_reporting(
    analyse: Analyse,
) -> None:
    """ "…, explaining he worked with Chrabaszcz, who was responsible for putting it into
    the file: “Vito is outstanding …”": the colon gave the quotation to "who" (putting), an
    unresolved relative pronoun; it is Skelly's, the colon its cue, as PolNeAR marks it."""
    claim = claim_with(analyse("en", SKELLY), "outstanding")
    assert claim.cue is not None and claim.cue.text == ":"
    assert claim.source is not None and claim.source.name == "Bill Skelly"


def test_a_that_clause_read_as_a_relative_keeps_its_colon_quotation(analyse: Analyse) -> None:
    """Guard: "he hoped with his "whole heart" that Trump wins …: "…"" (the parse hangs the
    that-clause on "heart" as a relative clause) has no relative pronoun, so the colon's
    quotation is not handed up past it."""
    report = analyse(
        "en",
        'Another user said he hoped with his "whole heart" that Trump wins the election: "That '
        'way I can watch the comedy for years."',
    )
    claim = claim_with(report, "comedy")
    assert claim.cue is None or claim.cue.text != ":"


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        (
            "The killings and the attacks on the police have left 62 percent of voters saying "
            "race relations are growing worse.",
            "growing worse",
            "62 percent of voters",
        ),
        (
            "Carson saw no need to change anything about his campaign, telling reporters that "
            "the campaign tells the truth.",
            "tells the truth",
            "Carson",
        ),
        (
            "Her comments answer a letter the campaign sent the committee alleging that the "
            "arrangement was improper.",
            "improper",
            None,
        ),
    ],
    ids=["left-voters-saying", "guard-comma", "guard-a-body-is-no-object-speaker"],
)
def test_a_participle_after_leave_someone_is_their_saying(
    analyse: Analyse, text: str, words: str, source: str | None
) -> None:
    """ "… have left 62 percent of voters saying …": the voters say it, not "the killings",
    the subject of "left". Guards: set off by a comma, the participle is the subject's own act;
    a body the parse made the object ("sent the committee alleging") is not taken for the one
    who alleges."""
    claim = claim_with(analyse("en", text), words)
    assert claim.source is not None
    if source is None:
        assert "committee" not in claim.source.text
    else:
        assert claim.source.text == source


@pytest.mark.parametrize(
    ("text", "source", "kind"),
    [
        (
            "De l'aveu d'un proche du ministre, la situation est bloquée.",
            "un proche du ministre",
            SourceType.ANONYMOUS,
        ),
        (
            "Selon les propos d’Emmanuel Macron, la réforme sera maintenue.",
            "Emmanuel Macron",
            SourceType.PERSON,
        ),
    ],
    ids=["de-l-aveu-d-un-proche", "selon-les-propos-d-emmanuel-macron"],
)
def test_a_prepositional_cue_ending_on_an_elided_de_names_its_source(
    analyse: Analyse, text: str, source: str, kind: SourceType
) -> None:
    """ "De l'aveu d'un proche": the lexicon's "de l'aveu de" did not match its elided "d'",
    so the sentence had no source; "selon les propos d'Emmanuel Macron" gave the source "les
    propos d'Emmanuel Macron", of no known type."""
    claim = claim_with(analyse("fr", text), "bloquée" if "bloquée" in text else "maintenue")
    assert claim.source is not None
    assert (claim.source.text, claim.source.type) == (source, kind)


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        (
            "fr",
            "« On dort chez des amis depuis dix jours », raconte Paul, 45 ans, dont la maison a "
            "été inondée. Le président de la République a martelé qu'il n'y aurait « aucun "
            "oubli ».",
            "aucun oubli",
        ),
        (
            "en",
            '"We have been sleeping at friends\' houses for ten days," said Tom, 45, whose '
            "house was flooded. The governor of the state said that no one would be forgotten.",
            "no one would be forgotten",
        ),
    ],
    ids=["fr-paul-then-le-president", "en-tom-then-the-governor"],
)
def test_an_office_is_never_held_by_someone_named_by_first_name_alone(
    analyse: Analyse, language: str, text: str, words: str
) -> None:
    """ "…, raconte Paul, 45 ans. Le président de la République a martelé …": the office was
    taken for Paul's, who had just spoken. Features call the people they meet by a first
    name; an office holder is named in full, or not at all."""
    claim = claim_with(analyse(language, text), words)
    assert claim.source is not None
    assert claim.source.name not in ("Paul", "Tom")


def test_a_first_name_and_surname_are_a_person_whatever_else_the_tagger_saw(
    analyse: Analyse,
) -> None:
    """ "Fabien Villedieu" is a place to the French recogniser, with "Fabien" a noun: it was
    typed government, and the day set off after it ("…, mardi.") was read as its apposition."""
    report = analyse(
        "fr",
        "« La grève continue », a indiqué Fabien Villedieu, mardi. « Nous irons jusqu'au "
        "bout », a déclaré au Parisien Fabien Villedieu, délégué syndical.",
    )
    for words in ("La grève continue", "jusqu'au bout"):
        claim = claim_with(report, words)
        assert claim.source is not None
        assert (claim.source.text, claim.source.type) == ("Fabien Villedieu", SourceType.PERSON)


def test_an_article_is_never_a_first_name(analyse: Analyse) -> None:
    """Name lists know "The" as a first name; "The Atlantic" is no person."""
    report = analyse(
        "en", "As The Atlantic recently noted, trust in government is collapsing around the world."
    )
    claim = claim_with(report, "trust in government")
    assert claim.source is not None
    assert claim.source.text == "The Atlantic"
    assert claim.source.type is not SourceType.PERSON


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "La Cour des comptes a estimé mardi que la réforme coûterait 3 milliards d'euros. "
            "« Le dispositif n'est pas financé », a souligné la Cour des comptes dans son rapport.",
        ),
        (
            "en",
            "The Court of Auditors said on Tuesday that the reform would cost 3 billion euros. "
            '"The scheme is not funded," the Court of Auditors said in its report.',
        ),
    ],
    ids=["fr-cour-des-comptes", "en-court-of-auditors"],
)
def test_a_body_named_by_its_kind_keeps_the_complement_that_says_which(
    analyse: Analyse, language: str, text: str
) -> None:
    """The French recogniser marks "Cour" alone in "la Cour des comptes": the second claim
    went to a source named "Cour", a second entry for the same court."""
    report = analyse(language, text)
    assert [s.name for s in report.sources] == [
        "Cour des comptes" if language == "fr" else "Court of Auditors"
    ]
    assert len(report.sources[0].claims) == 2


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "fr",
            "L'élu, pour qui la mesure est injuste, a assuré que le conseil voterait contre.",
            "élu",
        ),
        (
            "en",
            "The official, for whom the measure is unfair, said that the council would vote "
            "against it.",
            "official",
        ),
    ],
    ids=["fr-pour-qui", "en-for-whom"],
)
def test_a_relative_clause_set_off_by_commas_is_not_the_unnamed_sources_name(
    analyse: Analyse, language: str, text: str, name: str
) -> None:
    """ "L'élu, pour qui la mesure est injuste": the parse made the clause's adjective an
    epithet of "élu", and the whole clause became the source's name."""
    claim = claim_with(analyse(language, text), "voterait contre" if language == "fr" else "vote")
    assert claim.source is not None
    assert claim.source.name == name


def test_a_title_before_a_name_the_recogniser_missed_is_the_role(analyse: Analyse) -> None:
    """The small English model calls "Mayor Karen Holt" a work of art after a quotation: the
    source was named "Mayor Karen Holt" with no role, and the sources list kept that name for
    every claim of hers."""
    report = analyse(
        "en",
        '"This budget protects essential services," Mayor Karen Holt said in a statement. '
        "Mayor Karen Holt said the library cuts were painful.",
    )
    for words in ("essential services", "library cuts"):
        source = claim_with(report, words).source
        assert source is not None
        assert (source.name, source.role) == ("Karen Holt", "Mayor")
    assert [s.name for s in report.sources] == ["Karen Holt"]


@pytest.mark.parametrize(
    ("language", "text", "words", "role"),
    [
        (
            "fr",
            "Pour Me Claire Moreau, avocate des parties civiles, « les alertes étaient "
            "nombreuses ».",
            "alertes",
            "avocate des parties civiles",
        ),
        (
            "en",
            "Dr. Jane Smith, a pediatrician at Mercy Hospital, said the outbreak was contained.",
            "outbreak",
            "a pediatrician at Mercy Hospital",
        ),
        ("en", "Sen. Ted Cruz, a Republican, said the bill would fail.", "bill", "Sen."),
        (
            "en",
            '"The debates were unfair," said Sen. Jim Whelan who represents Atlantic City and '
            "served as its mayor for many years.",
            "debates",
            "Sen.",
        ),
        (
            "en",
            "Sen. Bernie Sanders (Vt.) and former Maryland governor Martin O'Malley said that "
            "Clinton would fail.",
            "Clinton would fail",
            "Sen.",
        ),
    ],
    ids=[
        "fr-me-avocate",
        "en-dr-pediatrician",
        "en-sen-no-role-after",
        "en-sen-relative-clause-after",
        "en-sen-list-after",
    ],
)
def test_an_abbreviated_title_gives_way_to_the_role_after_the_name(
    analyse: Analyse, language: str, text: str, words: str, role: str
) -> None:
    """ "Me Claire Moreau, avocate des parties civiles" had the role "Me": an abbreviated
    title says less than the role set off after the name, which a reader wants to see. With
    no role noun after the name, the title stays."""
    source = claim_with(analyse(language, text), words).source
    assert source is not None
    assert source.role == role


@pytest.mark.parametrize(
    ("language", "text", "role"),
    [
        (
            "en",
            '"That is unacceptable," said Joan Claybrook, a former NHTSA administrator.',
            "a former NHTSA administrator",
        ),
        (
            "fr",
            "« La situation est grave », a déclaré Claire Dubois, administratrice judiciaire "
            "de la société.",
            "administratrice judiciaire de la société",
        ),
    ],
    ids=["en-administrator", "fr-administratrice"],
)
def test_an_administrator_set_off_after_the_name_is_the_role(
    analyse: Analyse, language: str, text: str, role: str
) -> None:
    """A role noun missing from the lexicon left the speaker with no role at all."""
    [claim] = analyse(language, text).claims
    assert claim.source is not None
    assert claim.source.role == role


@pytest.mark.parametrize(
    ("language", "text", "words", "name"),
    [
        (
            "fr",
            "« Ce tracé sacrifie les quartiers populaires », a dénoncé l'élue du 8e "
            "arrondissement Nadia Khelifi.",
            "tracé",
            "Nadia Khelifi",
        ),
        (
            "en",
            "Obama administration officials said the talks would resume.",
            "talks",
            "Obama administration officials",
        ),
    ],
    ids=["fr-l-elue-du-8e-nadia-khelifi", "en-administration-officials-not-obama"],
)
def test_a_name_apposed_after_a_role_that_may_be_unnamed_is_the_speaker(
    analyse: Analyse, language: str, text: str, words: str, name: str
) -> None:
    """ "l'élue du 8e arrondissement Nadia Khelifi" was named as a whole: "élue", which also
    stands unnamed ("un élu"), was no role before the name apposed to it. A name before the
    noun is still whose officials they are."""
    source = claim_with(analyse(language, text), words).source
    assert source is not None
    assert source.name == name


@pytest.mark.parametrize(
    ("language", "text", "words", "kind"),
    [
        (
            "fr",
            "Au moins 27 personnes ont été tuées, a annoncé la Défense civile palestinienne.",
            "27 personnes",
            SourceType.GOVERNMENT,
        ),
        (
            "en",
            "At least 27 people were killed overnight, Gaza's civil defense said.",
            "27 people",
            SourceType.GOVERNMENT,
        ),
        (
            "fr",
            "La défense a affirmé que le dossier était vide.",
            "dossier était vide",
            SourceType.PERSON,
        ),
    ],
    ids=["fr-defense-civile", "en-civil-defense", "fr-la-defense-of-a-trial"],
)
def test_civil_defence_is_a_state_service_not_the_defence_of_a_trial(
    analyse: Analyse, language: str, text: str, words: str, kind: SourceType
) -> None:
    """ "la Défense civile palestinienne" was typed a person, as the defence of a trial, which
    speaks through its lawyers, is."""
    source = claim_with(analyse(language, text), words).source
    assert source is not None
    assert source.type is kind


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        (
            "Fed holds rates steady, signals two cuts this year\n\nThe Federal Reserve left "
            "its benchmark rate unchanged on Wednesday.",
            "holds rates steady",
            None,
        ),
        (
            "The talks will resume next week, said two officials.",
            "talks will resume",
            "two officials",
        ),
    ],
    ids=["headline-two-cuts", "two-officials"],
)
def test_a_counted_thing_after_a_verb_is_its_object_not_an_inverted_speaker(
    analyse: Analyse, text: str, words: str, source: str | None
) -> None:
    """ "Fed holds rates steady, signals two cuts this year" gave the headline's first half to
    "two cuts this year" as their speaker. A counted noun that cannot speak is what the verb
    signals; "two officials" still speak."""
    report = analyse("en", text)
    found = [c for c in report.claims if words in c.content.text]
    if source is None:
        assert all(c.source is None for c in found)
    else:
        [claim] = found
        assert claim.source is not None and claim.source.text == source


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "fr",
            "Stellantis annonce la suppression de 2 400 postes en France\n\nLe constructeur "
            "automobile Stellantis a confirmé mardi la suppression de 2 400 postes.",
            "Stellantis",
        ),
        (
            "fr",
            "Le groupe Stellantis a confirmé mardi la suppression de 2 400 postes.",
            "Stellantis",
        ),
        (
            "en",
            "Stellantis announces 2,400 job cuts in France\n\nThe carmaker Stellantis said on "
            "Tuesday that it would cut 2,400 jobs at its French plants.",
            "Stellantis",
        ),
    ],
    ids=["fr-headline-then-constructeur", "fr-le-groupe", "en-carmaker"],
)
def test_a_name_the_text_writes_after_a_noun_for_a_company_is_a_company(
    analyse: Analyse, language: str, text: str, name: str
) -> None:
    """The French recogniser calls "Stellantis" a person, even in "le groupe Stellantis":
    the company was a person in the sources list. What the text calls it, anywhere, wins."""
    report = analyse(language, text)
    assert [(s.name, s.type) for s in report.sources] == [(name, SourceType.ORGANIZATION)]
    assert all(
        c.source is not None and c.source.type is SourceType.ORGANIZATION
        for c in report.claims
        if c.source
    )


def test_the_proper_nouns_after_a_noun_for_a_union_are_its_name(analyse: Analyse) -> None:
    """ "le syndicat SUD Santé": the recogniser marks "Santé" alone, a place, and the source
    was named "syndicat SUD Santé"."""
    claim = claim_with(
        analyse("fr", "Pour le syndicat SUD Santé, la responsabilité incombe à l'ARS."),
        "responsabilité",
    )
    assert claim.source is not None
    assert (claim.source.name, claim.source.type) == ("SUD Santé", SourceType.ORGANIZATION)


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        (
            "Le plan ne convainc pas les associations : pour le Réseau Action Climat, « les "
            "moyens manquent cruellement ».",
            "moyens manquent",
            "le Réseau Action Climat",
        ),
        (
            "Le ministre a tranché : pour lui, la réforme est nécessaire et sera votée.",
            "réforme est nécessaire",
            "Le ministre",
        ),
    ],
    ids=["after-a-narrative-colon", "guard-after-a-speakers-colon"],
)
def test_an_opinion_frame_may_open_the_clause_after_a_colon(
    analyse: Analyse, text: str, words: str, source: str
) -> None:
    """ "…, les associations : pour le Réseau Action Climat, « … »" was no claim: "Pour X,"
    was read only at a sentence's start. After a speaker's own colon, the words stay the
    speaker's."""
    claim = claim_with(analyse("fr", text), words)
    assert claim.source is not None
    assert claim.source.text == source


@pytest.mark.parametrize(
    ("language", "text", "words", "name", "role"),
    [
        (
            "fr",
            "« On a entendu une énorme explosion », témoigne Karim, un riverain. Le maire de "
            "Saint-Ouen, Karim Bouamrane, s'est rendu sur place et a assuré que la ville "
            "aiderait les sinistrés.",
            "énorme explosion",
            "Karim",
            "un riverain",
        ),
        (
            "en",
            '"We heard a huge explosion around 3 a.m.," said Tom, a neighbor. Mayor Tom '
            "Bradley visited the site and said the city would investigate.",
            "huge explosion",
            "Tom",
            "a neighbor",
        ),
        (
            "fr",
            "« On a entendu une explosion », témoigne Karim, un riverain. Sa voisine, Mireille, "
            "74 ans, dit avoir « cru à un tremblement de terre ».",
            "tremblement de terre",
            "Mireille",
            "Sa voisine",
        ),
    ],
    ids=["fr-karim-not-the-mayor", "en-tom-not-the-mayor", "fr-sa-voisine-mireille-74-ans"],
)
def test_a_first_name_introduced_with_what_the_person_does_is_someone_of_their_own(
    analyse: Analyse, language: str, text: str, words: str, name: str, role: str
) -> None:
    """ "Karim, un riverain" was named "Karim Bouamrane" after the mayor the article names
    later: a feature calls people by a first name it introduces with what they do. "Sa
    voisine, Mireille, 74 ans" was named whole: her age after the first name hid it."""
    source = claim_with(analyse(language, text), words).source
    assert source is not None
    assert (source.name, source.role) == (name, role)
