"""Who speaks and what they said, read again on PolNeAR train's boundaries (issue 11,
forty-eighth pass). Each case is a pattern of the language, written for this file; the guards
say what must not change."""

from __future__ import annotations

import pytest

from claimcheck.models import ClaimKind, SourceType
from claimcheck.nlp.loading import ModelCache
from test_attribution_models import analyse, attributed, claim_about, models, source_of

__all__ = ["models"]  # the module-scoped model cache, shared with this module's tests


# -- the speaker's phrase --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        pytest.param(
            "“We are gearing up,” said Dana Ruiz, the union's chief strategist, who added that "
            "the local would target the county races first.",
            "gearing up",
            "Dana Ruiz, the union's chief strategist",
            id="inverted-relative-on-the-role",
        ),
        pytest.param(
            "Tom Ellery, who said he usually votes for the incumbent, said the new candidate "
            "had won him over.",
            "won him over",
            "Tom Ellery",
            id="subject-relative-of-saying",
        ),
        pytest.param(
            "That is not good enough, said Ruth Baines, an analyst at Cowen, who notes that "
            "the firm has promised deeper cuts.",
            "not good enough",
            "Ruth Baines, an analyst at Cowen",
            id="relative-on-the-role-after-a-preposed-content",
        ),
    ],
)
def test_a_relative_clause_that_reports_words_is_no_part_of_the_speaker(
    models: ModelCache, text: str, words: str, speaker: str
) -> None:
    """ "…, said X, the union's strategist, who added that …": the relative clause reports words
    of its own, a claim beside this one, and is no part of the speaker's phrase, wherever the
    parse hung it."""
    claim = claim_about(analyse(models, "en", text), words)
    assert source_of(claim).text == speaker


def test_the_relative_clause_s_own_words_stay_a_claim_of_the_speaker(
    models: ModelCache,
) -> None:
    """Guard: what the relative clause reports is still the speaker's claim."""
    text = (
        "“We are gearing up,” said Dana Ruiz, the union's chief strategist, who added that the "
        "local would target the county races first."
    )
    claim = claim_about(analyse(models, "en", text), "county races")
    assert source_of(claim).name == "Dana Ruiz"
    assert claim.cue is not None and claim.cue.text == "added"


def test_a_french_relative_clause_of_saying_is_no_part_of_the_speaker(
    models: ModelCache,
) -> None:
    """Guard: « … », a déclaré X, la porte-parole du syndicat, qui a ajouté que …: the French
    parse already keeps the relative clause out; it must stay out."""
    text = (
        "« Nous tiendrons jusqu'au bout », a déclaré Marie Dupont, la porte-parole du syndicat, "
        "qui a ajouté que la grève serait reconduite lundi."
    )
    claim = claim_about(analyse(models, "fr", text), "jusqu'au bout")
    assert source_of(claim).text == "Marie Dupont, la porte-parole du syndicat"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Officials who spoke to reporters said the plan was dead.",
            "Officials who spoke to reporters",
            id="restrictive",
        ),
        pytest.param(
            "Carla Nunez, who runs the food bank, said demand had doubled since spring.",
            "Carla Nunez, who runs the food bank",
            id="set-off-without-saying",
        ),
    ],
)
def test_a_relative_clause_that_says_who_speaks_stays(
    models: ModelCache, text: str, speaker: str
) -> None:
    """Guard: a restrictive clause says which officials, and a clause set off with no verb of
    saying says who the speaker is; both stay in the phrase, as PolNeAR's annotators mostly
    kept them."""
    (claim,) = attributed(analyse(models, "en", text))
    assert source_of(claim).text == speaker


# -- what was said -----------------------------------------------------------------------------


def test_a_split_quotation_that_runs_on_into_the_next_paragraph_stays_one_claim(
    models: ModelCache,
) -> None:
    """'“…,” Sexton said. “…' left open, then '“…,” Sexton said.': the second quotation goes
    on with the first in their paragraph, as a split quotation does when it closes there; the
    next paragraph, with its own frame, is a claim of its own."""
    first = (
        "“One kind I would describe as a casual, country-club hate,” Sexton said. “The rallies "
        "are outlets for people to vent what society has pushed aside."
    )
    second = "“The other side is nihilistic, like wanting to burn everything down,” Sexton said."
    text = f"Sexton has studied the crowds for a year.\n\n{first}\n\n{second}"
    claims = attributed(analyse(models, "en", text))
    assert [c.content.text for c in claims] == [first, second.removesuffix(" Sexton said.")]
    assert all(c.kind is ClaimKind.DIRECT for c in claims)
    assert [c.cue.text if c.cue else None for c in claims] == ["said", "said"]


def test_french_split_quotations_stay_apart(models: ModelCache) -> None:
    """Guard: French copy keeps two separately closed quotations apart, as fr-dev annotates."""
    text = (
        "« C'est une honte », lance Paul Martin. « Les riverains attendent depuis des années.\n\n"
        "« Il faut agir vite », ajoute-t-il."
    )
    claims = attributed(analyse(models, "fr", text))
    assert [c.content.text for c in claims] == [
        "« C'est une honte »",
        "« Les riverains attendent depuis des années.",
        "« Il faut agir vite »",
    ]
    assert {source_of(c).name for c in claims} == {"Paul Martin"}


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param(
            "The senator criticized groups trying to draw attention to the housing crisis, "
            "hitting \"their misguided sympathy for speculators who gamble with other people's "
            'homes."',
            'groups trying to draw attention to the housing crisis, hitting "their misguided '
            "sympathy for speculators who gamble with other people's homes.\"",
            id="after-a-participle",
        ),
        pytest.param(
            "She added that she could manage without owning a second car but it was a "
            '"great comfort to have."',
            'that she could manage without owning a second car but it was a "great comfort to '
            'have."',
            id="after-a-conjunction",
        ),
        pytest.param(
            "Ortiz describes herself on her campaign website as a "
            '"lifelong fighter for working families who cannot fight for themselves."',
            'herself on her campaign website as a "lifelong fighter for working families who '
            'cannot fight for themselves."',
            id="after-a-preposition",
        ),
    ],
)
def test_a_quotation_that_goes_on_with_a_reported_clause_is_part_of_it(
    models: ModelCache, text: str, content: str
) -> None:
    """ "…, hitting "their misguided sympathy …"": a quotation a few words after what the
    speaker is reported to say, in the same sentence with no other verb of saying between, goes
    on with it; one claim, not a second one with no cue."""
    (claim,) = attributed(analyse(models, "en", text))
    assert claim.content.text == content
    assert claim.kind is ClaimKind.MIXED


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param(
            'Moreno "has taken on a hard job, but he is the right man for it," the aide said.',
            'Moreno "has taken on a hard job, but he is the right man for it,"',
            id="a-name-before-the-quotation",
        ),
        pytest.param(
            'In past seasons, "we could count on the tourists coming back every summer," the '
            "owner said.",
            'In past seasons, "we could count on the tourists coming back every summer,"',
            id="a-setting-before-the-quotation",
        ),
    ],
)
def test_words_before_a_quotation_in_lower_case_are_part_of_what_was_said(
    models: ModelCache, text: str, content: str
) -> None:
    """'Moreno "has taken on a hard job," the aide said': a quotation in lower case goes on with
    the words its sentence opened with, however few; what was said is the whole stretch before
    the cue."""
    (claim,) = attributed(analyse(models, "en", text))
    assert claim.content.text == content


def test_a_colon_before_a_quotation_in_lower_case_still_hands_it_over(models: ModelCache) -> None:
    """Guard: "For example: "we made …," he said": what a colon hands over is the quotation."""
    text = 'For example: "we made a terrible mistake on the budget," the treasurer said.'
    (claim,) = attributed(analyse(models, "en", text))
    assert claim.content.text == '"we made a terrible mistake on the budget,"'


def test_a_french_infinitive_goes_on_past_its_quoted_words(models: ModelCache) -> None:
    """ "affirme avoir perdu « au moins 20 % » de sa clientèle": what was said goes on past the
    closing guillemet to the rest of the object, which the small French model hangs on the verb
    of saying; the claim does not stop at the quotation."""
    text = (
        "Le commerçant affirme avoir perdu « au moins 20 % » de sa clientèle depuis le début "
        "des travaux."
    )
    (claim,) = attributed(analyse(models, "fr", text))
    assert claim.content.text == (
        "avoir perdu « au moins 20 % » de sa clientèle depuis le début des travaux"
    )
    assert claim.kind is ClaimKind.MIXED


def test_an_english_clause_goes_on_past_its_quoted_words(models: ModelCache) -> None:
    """Guard: the same in English, which the parse already reads whole."""
    text = 'The owner said he had lost "at least 20 percent" of his customers since the work began.'
    (claim,) = attributed(analyse(models, "en", text))
    assert claim.content.text.endswith("of his customers since the work began")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        pytest.param(
            "fr",
            "Elle aurait toutefois demandé, selon nos informations, une audience au recteur.",
            id="fr-selon",
        ),
        pytest.param("fr", "Il a demandé, selon Le Monde, une enquête interne.", id="fr-outlet"),
        pytest.param(
            "en", "She asked, according to the paper, for an internal inquiry.", id="en-paper"
        ),
        pytest.param(
            "en",
            "The company cut, according to two employees, more than 300 jobs last month.",
            id="en-employees",
        ),
    ],
)
def test_a_source_set_off_between_a_verb_and_its_object_reports_the_whole_clause(
    models: ModelCache, language: str, text: str
) -> None:
    """ "Il a demandé, selon Le Monde, une enquête interne": the frame sits inside one clause,
    between its verb and the object; the source vouches for the whole clause, not for the
    object alone ("une enquête interne" is nothing a reader could check)."""
    claims = attributed(analyse(models, language, text))
    assert [c.content.text for c in claims] == [text.removesuffix(".")]


def test_a_gloss_after_a_passive_and_its_source_stays_out(models: ModelCache) -> None:
    """ "… seraient recensées, selon une estimation de X, une part importante …": a passive has
    no object for the source to sit before, whatever the parse hangs on it; what follows is the
    writer's gloss, not part of what the estimate says."""
    text = (
        "Chaque année en France, entre 5 000 et 9 000 chutes graves seraient recensées, selon "
        "une estimation de l'Agence nationale de santé, une part importante concernant des "
        "enfants de moins de 6 ans."
    )
    (claim,) = attributed(analyse(models, "fr", text))
    assert claim.content.text == (
        "Chaque année en France, entre 5 000 et 9 000 chutes graves seraient recensées"
    )


# -- French constructions of the forty-eighth pass's articles -----------------------------------


def test_an_incise_speaker_with_a_word_tagged_a_participle_and_a_relative_clause(
    models: ModelCache,
) -> None:
    """ "…, confie une employée du service état civil, qui a souhaité rester anonyme": the
    small model tags "état" a participle when a relative clause follows; a bare participle on a
    noun qualifies it, and the incise still names its speaker."""
    text = (
        "« On nous demande de faire plus avec moins, encore une fois », confie une employée du "
        "service état civil, qui a souhaité rester anonyme."
    )
    (claim,) = attributed(analyse(models, "fr", text))
    assert source_of(claim).text == "une employée du service état civil"
    assert claim.content.text == "« On nous demande de faire plus avec moins, encore une fois »"


def test_a_quotation_of_two_sentences_before_a_light_verb_incise_is_whole(
    models: ModelCache,
) -> None:
    """ "« A. B », fait valoir un porte-parole": the parser splits the quotation at its first
    full stop; what was said is both sentences, from the opening guillemet."""
    text = (
        "« Le collège a perdu 64 élèves en cinq ans. Nous ajustons les moyens à la réalité des "
        "effectifs », fait valoir un porte-parole du rectorat."
    )
    (claim,) = attributed(analyse(models, "fr", text))
    assert claim.content.text == text[: text.index("»") + 1]
    assert claim.kind is ClaimKind.DIRECT


def test_a_second_verb_of_saying_after_a_closed_quotation_is_a_claim_of_its_own(
    models: ModelCache,
) -> None:
    """ "indique qu'« aucun cas grave n'a été signalé » dans les écoles de la région et rappelle
    que …": the clause goes on past the guillemet to where the parser hung its last words; the
    second verb, with no subject of its own, is the speaker's next act, not more of what the
    first reported."""
    text = (
        "L'agence régionale de santé (ARS) se veut rassurante. Dans un communiqué publié mardi, "
        "elle indique qu'« aucun cas grave n'a été signalé » dans les écoles de la région et "
        "rappelle que le protocole peut être renforcé « à tout moment »."
    )
    claims = attributed(analyse(models, "fr", text))
    assert [c.cue.text if c.cue else None for c in claims] == ["indique", "rappelle"]
    assert claims[0].content.text == (
        "qu'« aucun cas grave n'a été signalé » dans les écoles de la région"
    )
    assert claims[1].content.text == "que le protocole peut être renforcé « à tout moment »"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param(
            "Les contrôles internes auraient été, d'après lui, « quasiment inexistants ».",
            "Les contrôles internes auraient été, d'après lui, « quasiment inexistants »",
            id="after-an-auxiliary",
        ),
        pytest.param(
            "Il a dénoncé la grande distribution, qui selon lui « s'engraisse sur le dos des "
            "producteurs ».",
            "qui selon lui « s'engraisse sur le dos des producteurs »",
            id="after-a-relative-pronoun",
        ),
    ],
)
def test_a_source_set_inside_a_clause_before_its_quoted_predicate(
    models: ModelCache, text: str, content: str
) -> None:
    """ "auraient été, d'après lui, « quasiment inexistants »": the clause waits for its
    predicate past the frame, quoted or not; the source vouches for the whole of it."""
    claims = attributed(analyse(models, "fr", text))
    assert any(content in c.content.text for c in claims)


def test_who_after_the_complement_of_a_role_is_the_role_s(models: ModelCache) -> None:
    """ "a lawsuit filed by the mother of a former recruit, who claims …": the parse hangs the
    relative clause on "recruit", a word the lexicon does not know for a person; the role it
    complements speaks, as "a lawyer for X, who said" is the lawyer."""
    text = (
        "A lawsuit was filed by the mother of a former recruit, who claims the coach lied to "
        "her about the scholarship."
    )
    claims = attributed(analyse(models, "en", text))
    assert [(source_of(c).name, c.cue.text if c.cue else None) for c in claims] == [
        ("mother of a former recruit", "claims")
    ]
    assert claims[0].content.text == "the coach lied to her about the scholarship"


def test_which_after_the_complement_of_a_role_is_no_one(models: ModelCache) -> None:
    """Guard: "the head of the investigation, which found …": "which" stands for a thing."""
    text = "The report was written by the head of the investigation, which found no wrongdoing."
    assert attributed(analyse(models, "en", text)) == []


def test_a_commission_by_name_is_government_and_its_notice_a_document(
    models: ModelCache,
) -> None:
    """ "the U.S. Consumer Product Safety Commission said", then "according to the commission's
    notice": a commission by name is a state body, as an agency or a bureau is; its notice is
    a document it issued, not a source of unknown type."""
    text = (
        "Harbor Appliances is recalling about 400,000 space heaters after reports that they can "
        "overheat, the U.S. Consumer Product Safety Commission said Tuesday.\n\n"
        "The company has received 52 reports of units overheating, according to the "
        "commission's notice."
    )
    claims = attributed(analyse(models, "en", text))
    assert [source_of(c).type for c in claims] == [SourceType.GOVERNMENT, SourceType.DOCUMENT]


def test_two_quotations_with_the_writer_s_words_between_are_a_mixed_claim(
    models: ModelCache,
) -> None:
    """ "a dénoncé « l'hypocrisie » de la grande distribution, qui « s'engraisse … »": a
    content that opens and closes on a guillemet but has the writer's words between two
    quotations, with no frame splitting them, is a paraphrase that quotes."""
    text = (
        "Il a dénoncé « l'hypocrisie » de la grande distribution, qui selon lui « s'engraisse "
        "sur le dos des producteurs »."
    )
    (claim,) = attributed(analyse(models, "fr", text))
    assert claim.content.text.startswith("« l'hypocrisie »")
    assert claim.kind is ClaimKind.MIXED


def test_a_split_quotation_is_still_direct(models: ModelCache) -> None:
    """Guard: '“The plan,” she said, “is dead on arrival.”': the frame splits one quotation."""
    text = '"The plan," she said, "is dead on arrival."'
    (claim,) = attributed(analyse(models, "en", text))
    assert claim.kind is ClaimKind.DIRECT


def test_a_second_verb_in_another_tense_goes_on_with_what_was_announced(
    models: ModelCache,
) -> None:
    """Guard: "a annoncé qu'elle enverrait une « note » … et demanderait à être reçue": a verb
    in the reported clause's tense, after a quoted word, is more of what was announced, not
    the speaker's next act."""
    text = (
        "La députée a annoncé qu'elle enverrait une « note détaillée » au préfet et demanderait "
        "à être reçue par le ministre de l'Intérieur."
    )
    (claim,) = attributed(analyse(models, "fr", text))
    assert claim.content.text.endswith("et demanderait à être reçue par le ministre de l'Intérieur")
