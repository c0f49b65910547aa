"""Constructions of everyday news copy that the rules misread (issue 11, thirty-seventh pass):
a name set off after an incise's role, a speaker after whom it was told, an article the tagger
reads as a preposition, a verb of saying the tagger misses, a quotation behind its article or a
joined preposition, an outlet's name with lowercase words, a person's name after an office
written as a title; and from the forty-first pass, what was said past a misparse (a "de"
phrase past where it was said, what is reproached, a count before an inverted frame), an
outlet's name after its noun or in full, a paraphrase that quotes, incise verbs the tagger
calls prepositions, a company called by its trade. Each case is a pattern of the language,
written for this file; the guards say what must not change."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.models import ClaimKind, SourceType
from claimcheck.nlp.loading import ModelCache
from claimcheck.pipeline import Analyzer
from test_attribution_models import (
    analyse,
    attributed,
    claim_about,
    models,
    source_of,
    speaker_about,
    the_claim,
)

__all__ = ["models"]  # the module-scoped model cache, shared with this module's tests


# -- who speaks ------------------------------------------------------------------------------


def test_a_name_set_off_after_an_incise_s_role_is_the_speaker_s(models: ModelCache) -> None:
    """ "…, a indiqué le procureur de la République, Nicolas Bessone, dans un communiqué."
    reported the whole sentence, frame and all, and left the name out of the speaker: the
    parser hung the name on the verb of the clause reported."""
    text = (
        "Le parquet de Marseille a ouvert une enquête pour assassinat en bande organisée, a "
        "indiqué le procureur de la République, Nicolas Bessone, dans un communiqué."
    )
    claim = the_claim(analyse(models, "fr", text))
    assert (source_of(claim).text, source_of(claim).name, claim.content.text) == (
        "le procureur de la République, Nicolas Bessone",
        "Nicolas Bessone",
        "Le parquet de Marseille a ouvert une enquête pour assassinat en bande organisée",
    )


def test_a_name_set_off_after_an_incise_s_role_at_the_sentence_s_end(models: ModelCache) -> None:
    """The same with nothing after the name: the parser made the name the verb's second
    subject, and the content ran on over the frame to the name."""
    text = (
        "Le parquet a ouvert une enquête, a indiqué le procureur de la République, Nicolas Bessone."
    )
    claim = the_claim(analyse(models, "fr", text))
    assert (source_of(claim).name, claim.content.text) == (
        "Nicolas Bessone",
        "Le parquet a ouvert une enquête",
    )


def test_guard_a_role_and_its_name_without_a_comma_stay_as_they_were(models: ModelCache) -> None:
    """Guard: "le procureur Nicolas Bessone dans un communiqué" was already right."""
    text = (
        "Le parquet a ouvert une enquête, a indiqué le procureur Nicolas Bessone dans un "
        "communiqué."
    )
    claim = the_claim(analyse(models, "fr", text))
    assert (source_of(claim).text, claim.content.text) == (
        "le procureur Nicolas Bessone",
        "Le parquet a ouvert une enquête",
    )


def test_a_speaker_after_whom_it_was_told_under_an_article_read_as_a_preposition(
    models: ModelCache,
) -> None:
    """ "…, dont deux enfants, ont confirmé à l'AFP des sources concordantes." gave the words
    to "dont deux enfants" and made "à l'AFP des sources concordantes" what was said: the
    tagger reads "des" as a preposition, and the aside opened by "dont" belongs to the words
    reported."""
    text = (
        "Au moins sept civils ont été tués, dont deux enfants, ont confirmé à l'AFP des "
        "sources concordantes."
    )
    claim = the_claim(analyse(models, "fr", text))
    source = source_of(claim)
    assert (source.text, source.type, claim.content.text) == (
        "des sources concordantes",
        SourceType.ANONYMOUS,
        "Au moins sept civils ont été tués, dont deux enfants",
    )


def test_a_subject_set_off_by_a_pronoun_keeps_its_verb(models: ModelCache) -> None:
    """ "Les distributeurs, eux, rejettent toute responsabilité." gave the words "Les
    distributeurs, eux" to "toute responsabilité": the parser read the object as a second
    subject, nearer the verb."""
    text = "Les distributeurs, eux, rejettent toute responsabilité."
    claim = the_claim(analyse(models, "fr", text))
    assert (source_of(claim).text, claim.content.text) == (
        "Les distributeurs",
        "toute responsabilité",
    )


def test_an_unnamed_member_of_a_named_place_is_not_the_place(models: ModelCache) -> None:
    """ "« C'est une honte », lâchait un abonné du Virage Nord" was named "Virage Nord", of
    government type: the tagger reads "abonné" as a verb, so the head noun did not count."""
    text = "« C'est une honte », lâchait un abonné du Virage Nord à la sortie du stade."
    source = source_of(the_claim(analyse(models, "fr", text)))
    assert (source.name, source.type) == ("abonné du Virage Nord", SourceType.ANONYMOUS)


def test_an_incise_before_the_study_it_was_published_in(models: ModelCache) -> None:
    """ "…, note l'Insee dans une étude publiée jeudi." made "une étude" the source, with "note
    l'Insee" inside the content: the study is where the body published its finding."""
    text = (
        "Les prix alimentaires ont augmenté de 1,2 % sur un an en octobre, note l'Insee dans une "
        "étude publiée jeudi."
    )
    claim = the_claim(analyse(models, "fr", text))
    assert (source_of(claim).name, claim.cue and claim.cue.text, claim.content.text) == (
        "Insee",
        "note",
        "Les prix alimentaires ont augmenté de 1,2 % sur un an en octobre",
    )


def test_an_office_written_as_a_title_before_a_name_the_recogniser_missed(
    models: ModelCache,
) -> None:
    """ "Councilmember Hugo Soto-Martinez, one of the two no votes, argued …" was named with
    the whole phrase, of unknown type, and his "he said" after it left unresolved: the
    recogniser called "Councilmember Hugo Soto" an event, or missed the hyphenated name."""
    text = (
        "Councilmember Hugo Soto-Martinez, one of the two no votes, argued that the council had "
        'ignored public comment. "We heard from hundreds of people," he said.'
    )
    claims = analyse(models, "en", text)
    argued = source_of(claim_about(claims, "ignored public comment"))
    said = source_of(claim_about(claims, "hundreds of people"))
    assert (argued.name, argued.type, argued.role, said.name) == (
        "Hugo Soto-Martinez",
        SourceType.PERSON,
        "Councilmember",
        "Hugo Soto-Martinez",
    )


def test_guard_a_headline_s_title_case_is_no_name(models: ModelCache) -> None:
    """Guard: "CNN President On Trump:" in a headline is no person named "On Trump", whom the
    later "Trump" would then be."""
    text = (
        "CNN President On Trump: ‘We Do Not Pay Candidates’\n\n"
        "CNN President Jeff Zucker rebuffed Republican presidential candidate Donald Trump.\n\n"
        "“CNN had 23 million people,” Trump said."
    )
    assert speaker_about(models, "en", text, "23 million") == "Donald Trump"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Councilmember Maria Elena Durazo said the plan was flawed.", "Maria Elena Durazo"),
        ("Councilmember Hugo Soto Ramirez said the plan was flawed.", "Hugo Soto Ramirez"),
    ],
    ids=["called-a-body-with-its-office", "guard-last-word-alone-a-person"],
)
def test_a_name_of_three_words_after_an_office_stays_whole(
    models: ModelCache, sentence: str, name: str
) -> None:
    """The name after the office stays whole past its first two words, when the recogniser
    took it in with the office as a body ("Maria Elena" alone was named); the guard, a last
    word the recogniser marked alone as a person, was already right."""
    assert source_of(the_claim(analyse(models, "en", sentence))).name == name


def test_a_description_with_an_age_is_the_person_named_before(models: ModelCache) -> None:
    """ "Linda Perkins had 20 minutes to get out. “…,” the 68-year-old retired teacher said."
    named the description: the words of "68-year-old" were taken for an office's complement,
    which names someone of its own."""
    text = (
        "When the water came, Linda Perkins had 20 minutes to get out.\n\n"
        '"I grabbed the dog and my mother\'s photo albums," the 68-year-old retired teacher said.'
    )
    assert speaker_about(models, "en", text, "photo albums") == "Linda Perkins"


def test_a_report_by_an_official_named_after_his_office(models: ModelCache) -> None:
    """ "According to a report … by the city controller, Kenneth Mejia, overtime spending rose
    …" began the content at the controller's name: the name set off after an office that ends
    the source's phrase is the source's too."""
    text = (
        "According to a report released last week by the city controller, Kenneth Mejia, "
        "overtime spending rose 30% last year."
    )
    claim = the_claim(analyse(models, "en", text))
    assert (source_of(claim).text, claim.content.text) == (
        "a report released last week by the city controller, Kenneth Mejia",
        "overtime spending rose 30% last year",
    )


def test_words_an_unnamed_on_says_do_not_go_on_with_the_speaker_before(
    models: ModelCache,
) -> None:
    """ "Une information démentie par Matignon, où l'on affirme que « rien n'a été décidé »."
    gave the quotation to the adviser quoted before it: the unnamed "on" of its own verb of
    saying says it, whom the report does not name."""
    text = (
        "« Le président n'a jamais fermé la porte », a assuré à l'AFP un conseiller. Une "
        "information démentie par Matignon, où l'on affirme que « rien n'a été décidé »."
    )
    claims = analyse(models, "fr", text)
    assert [c.content.text for c in claims if c.source is not None] == [
        "« Le président n'a jamais fermé la porte »"
    ]


# -- what was said ---------------------------------------------------------------------------


def test_a_verb_of_saying_the_tagger_missed_before_an_infinitive(models: ModelCache) -> None:
    """ "Un voisin raconte avoir entendu …" was no claim: the tagger reads "voisin" and
    "raconte" as adjectives, the article before the first says it is the subject."""
    claim = the_claim(analyse(models, "fr", "Un voisin raconte avoir entendu des cris."))
    assert (source_of(claim).text, claim.content.text) == ("Un voisin", "avoir entendu des cris")


def test_a_denial_after_its_auxiliary_and_an_adverb(models: ModelCache) -> None:
    """ "Essia B., 44 ans, a toujours nié avoir volontairement mis le feu." was no claim: the
    tagger made "a" the verb and "nié" an adjective, whose lemma is the verb's."""
    text = "L'accusée, Essia B., 44 ans, a toujours nié avoir volontairement mis le feu."
    claim = the_claim(analyse(models, "fr", text))
    assert (source_of(claim).name, claim.content.text) == (
        "Essia B.",
        "avoir volontairement mis le feu",
    )


def test_a_denial_with_its_day_before_the_infinitive(models: ModelCache) -> None:
    """ "Moscou a démenti mardi avoir visé …" after a headline was no claim: the tagger made
    "démenti" a proper noun, and the day stood between it and what was denied."""
    text = (
        "Ukraine : Moscou dément toute frappe sur des civils\n\n"
        "Moscou a démenti mardi avoir visé des infrastructures civiles à Kharkiv."
    )
    claim = claim_about(analyse(models, "fr", text), "avoir visé")
    assert (source_of(claim).text, claim.content.text) == (
        "Moscou",
        "avoir visé des infrastructures civiles à Kharkiv",
    )


def test_a_quotation_behind_its_article_is_what_was_denounced(models: ModelCache) -> None:
    """ "Les enquêteurs y dénoncent des « violations graves » du droit international." was no
    claim: the parse gave the verb no object, and the quotation opens after its article."""
    text = "Les enquêteurs y dénoncent des « violations graves » du droit international."
    claim = the_claim(analyse(models, "fr", text))
    assert (source_of(claim).text, claim.content.text) == (
        "Les enquêteurs",
        "des « violations graves » du droit international",
    )


def test_guard_a_name_in_quotation_marks_after_its_article_is_no_claim(
    models: ModelCache,
) -> None:
    """Guard: "A blog, called the "Feed," …" names the blog; no one said "the Feed"."""
    text = 'A blog, called the "Feed," anchored by five full-time writers, pumps out articles.'
    assert [c.kind.value for c in analyse(models, "en", text)] == ["unattributed"]


def test_a_quotation_past_a_set_phrase_is_what_was_hailed(models: ModelCache) -> None:
    """ "La préfecture salue au contraire « une mesure de bon sens »." was no claim, then
    began the words at "au contraire": the set phrase is the writer's, not what was hailed."""
    text = "La préfecture salue au contraire « une mesure de bon sens »."
    claim = the_claim(analyse(models, "fr", text))
    assert (source_of(claim).name, claim.content.text) == (
        "préfecture",
        "« une mesure de bon sens »",
    )


def test_a_quotation_behind_its_article_goes_on_through_its_relative_clause(
    models: ModelCache,
) -> None:
    """ "Les syndicats dénoncent des « mesures injustes » qui frapperont …" was no claim; the
    relative clause on the quoted words is part of what they denounce."""
    text = (
        "Les syndicats dénoncent des « mesures injustes » qui frapperont d'abord les plus modestes."
    )
    claim = the_claim(analyse(models, "fr", text))
    assert claim.content.text == "des « mesures injustes » qui frapperont d'abord les plus modestes"


def test_a_quotation_after_a_joined_preposition_with_its_owner(models: ModelCache) -> None:
    """ "s'est félicitée du « travail remarquable » des enquêteurs" was no claim: "du" is "de"
    joined with its article, and the words' owner was hung on the closing mark."""
    for text in (
        "Elle s'est félicitée du « travail remarquable » des enquêteurs.",
        "Le maire s'est réjoui du « travail remarquable » des enquêteurs.",
    ):
        claim = the_claim(analyse(models, "fr", text))
        assert claim.content.text == "du « travail remarquable » des enquêteurs", text


def test_a_quotation_past_where_it_was_said(models: ModelCache) -> None:
    """ "s'est félicité sur X d'une « victoire de tout un club »" was no claim: the parse hung
    "d'une" on "X". The "de" phrase past a short phrase of where the words were said is what
    was hailed. Guard: without quoted words it is a topic, no claim."""
    for text, said in (
        (
            "Le président lensois, Joseph Oughourlian, s'est félicité sur X d'une « victoire "
            "de tout un club ».",
            "d'une « victoire de tout un club »",
        ),
        (
            "La maire s'est réjouie sur France Inter du « courage des habitants ».",
            "du « courage des habitants »",
        ),
    ):
        claim = the_claim(analyse(models, "fr", text))
        assert claim.content.text == said, text
    claims = analyse(models, "fr", "Le maire s'est félicité sur place de la mobilisation.")
    assert all(claim.source is None for claim in claims)


def test_a_paraphrase_that_quotes_is_mixed_however_long_the_quotation(
    models: ModelCache,
) -> None:
    """ "a affirmé dimanche avoir frappé « des infrastructures … »" was a direct quotation:
    most of the content was quoted. Words of the writer's that open it make it a paraphrase
    that quotes. Guard: the quotation alone stays direct."""
    text = (
        "Le ministère russe de la Défense a affirmé dimanche avoir frappé « des "
        "infrastructures énergétiques utilisées par l'armée ukrainienne »."
    )
    assert the_claim(analyse(models, "fr", text)).kind is ClaimKind.MIXED
    text = "« Nous avons frappé des cibles militaires », a affirmé le ministère dimanche."
    assert the_claim(analyse(models, "fr", text)).kind is ClaimKind.DIRECT
    text = 'The ministry said it had hit "energy facilities used by the Ukrainian army."'
    assert the_claim(analyse(models, "en", text)).kind is ClaimKind.MIXED


def test_a_name_after_an_outlet_s_noun_is_the_outlet_s(models: ModelCache) -> None:
    """ "D'après le média ukrainien Suspilne" named the source "média ukrainien Suspilne",
    and "The independent Ukrainian outlet Suspilne" was a person: the recogniser calls the
    name a person's. A name that closes the mention after a noun for an outlet and the
    lowercase words that say which kind is the outlet's. Guard: after a noun for a journalist
    the name is the journalist's, and so is the speaker of "un journaliste du journal …"."""
    assert _named_and_typed(
        models,
        ("fr", "D'après le média ukrainien Suspilne, les secours étaient toujours à l'œuvre."),
        ("fr", "Selon le site d'investigation Mediapart, le ministre savait."),
        ("en", "The independent Ukrainian outlet Suspilne reported that rescuers were at work."),
    ) == [
        ("Suspilne", SourceType.MEDIA),
        ("Mediapart", SourceType.MEDIA),
        ("Suspilne", SourceType.MEDIA),
    ]
    assert _named_and_typed(
        models,
        ("fr", "Le journaliste Paul Martin a affirmé que le ministre savait."),
        ("fr", "Un journaliste du journal Le Monde a affirmé que le ministre savait."),
        ("en", "Columnist Maureen Dowd wrote that the minister knew."),
    ) == [
        ("Paul Martin", SourceType.PERSON),
        ("journaliste du journal Le Monde", SourceType.ANONYMOUS),
        ("Maureen Dowd", SourceType.PERSON),
    ]


def _named_and_typed(models: ModelCache, *cases: tuple[str, str]) -> list[tuple[str, SourceType]]:
    """The name and type of the source of each case's one claim (language, text)."""
    sources = [source_of(the_claim(analyse(models, lang, text))) for lang, text in cases]
    return [(source.name, source.type) for source in sources]


def test_an_outlet_named_in_full_is_the_outlet(models: ModelCache) -> None:
    """ "Selon Le Canard enchaîné, …" was a source named "Le Canard", a person: the recogniser
    cut the name before "enchaîné", which the tagger reads as a verb. A mention that is an
    outlet's full name as the lexicon writes it is that outlet."""
    text = (
        "Selon Le Canard enchaîné, Emmanuel Macron aurait déjà arrêté la liste des ministres "
        "sortants.\n\nSelon Le Canard enchaîné, le ministre va démissionner."
    )
    named = [source_of(claim) for claim in analyse(models, "fr", text) if claim.source]
    assert [(source.name, source.type) for source in named] == [
        ("Le Canard enchaîné", SourceType.MEDIA)
    ] * 2


def test_what_is_reproached_is_the_object_not_whom(models: ModelCache) -> None:
    """ "Les critiques reprochent à l'architecte une architecture trop coûteuse." was the
    article's own sentence ("reprocher" took no object as what was said), then the claim
    "à l'architecte": a phrase of "à" before the direct object is whom the words are for.
    Guard: with no direct object, the "à" phrase is what is called for."""
    text = "Les critiques reprochent à l'architecte une architecture trop coûteuse."
    assert the_claim(analyse(models, "fr", text)).content.text == "une architecture trop coûteuse"
    text = "La CGT appelle à la grève."
    assert the_claim(analyse(models, "fr", text)).content.text == "à la grève"


def test_a_count_before_an_inverted_frame_is_what_was_said(models: ModelCache) -> None:
    """ "Plus de 200 000 foyers restaient privés d'électricité mardi, a indiqué Enedis." was
    missing from the report: with "restaient" tagged an adjective, the parse hung the whole
    clause on the verb as a modifier, which read as a phrase of when or where. Such a phrase
    opens on its preposition or is a time. Guard: "En coulisses, …" and "Lundi soir, …" are
    still settings, no claim."""
    text = "Plus de 200 000 foyers restaient privés d'électricité mardi, a indiqué Enedis."
    claim = the_claim(analyse(models, "fr", text))
    assert (source_of(claim).text, claim.content.text) == (
        "Enedis",
        "Plus de 200 000 foyers restaient privés d'électricité mardi",
    )
    for text in ("En coulisses, a indiqué la préfecture.", "Lundi soir, a indiqué la préfecture."):
        assert attributed(analyse(models, "fr", text)) == [], text


def test_an_acronym_after_the_verb_is_its_speaker_whatever_its_tag(models: ModelCache) -> None:
    """ "Plus de 200 000 foyers restaient privés d'électricité mardi, a indiqué EDF." was
    missing from the report: the small French model reads "EDF" as an adjective, the verb's
    object, and an inverted speaker had to be a noun. An acronym is a name. Guard: English,
    where "…, said NATO" already was."""
    text = (
        "Plus de 200 000 foyers restaient privés d'électricité mardi, a indiqué EDF. "
        "L'énergéticien assure que le courant sera rétabli d'ici jeudi."
    )
    assert speaker_about(models, "fr", text, "200 000 foyers") == "EDF"
    text = "The exercise will go ahead next month, said NATO."
    assert source_of(the_claim(analyse(models, "en", text))).name == "NATO"


def test_a_company_called_by_its_trade_is_the_company_just_named(models: ModelCache) -> None:
    """ "The utility said …" after "Pacific Gas and Electric said" was a source of unknown
    type, and "L'énergéticien" likewise: nouns for a company's trade name the company cited
    last, as "the company" and "l'opérateur" do."""
    text = (
        "More than 200,000 customers remained without power Tuesday, Pacific Gas and Electric "
        "said. The utility warned that some outages could last until the weekend."
    )
    assert speaker_about(models, "en", text, "outages") == "Pacific Gas and Electric"
    text = (
        "EDF a indiqué mardi que 200 000 foyers restaient privés d'électricité. "
        "L'énergéticien assure que le courant sera rétabli d'ici jeudi."
    )
    assert speaker_about(models, "fr", text, "rétabli") == "EDF"


def test_an_incise_verb_the_tagger_calls_a_preposition(models: ModelCache) -> None:
    """ "« … », peste Julien, 34 ans, rencontré gare de Lyon." was the article's own sentence:
    the small model tags "peste" a preposition, and a preposition counts as a verb of an
    incise only when the lexicon knows it for one. "pester", "râler" and the like are verbs
    of grumbling the press puts in incises."""
    for text in (
        "« C'est la troisième fois cette année que mon train est annulé », peste Julien, 34 "
        "ans, rencontré gare de Lyon.",
        "« C'est toujours pareil avec eux », râle Julien, 34 ans.",
    ):
        claim = the_claim(analyse(models, "fr", text))
        assert source_of(claim).name == "Julien", text


def test_an_inverted_pronoun_stands_for_the_subject_without_its_verb(
    models: ModelCache,
) -> None:
    """ "La direction prévoit un TGV sur deux …, a-t-elle indiqué" named the source "direction
    prévoit un TGV sur deux …": the parse hung the clause's verb on its subject, and the body
    the "-elle" stands for ran to the comma. Guard: "Le parquet de Paris" keeps its
    complement."""
    text = (
        "La direction prévoit un TGV sur deux et un TER sur trois en moyenne, a-t-elle indiqué "
        "vendredi dans un communiqué."
    )
    assert source_of(the_claim(analyse(models, "fr", text))).name == "direction"
    text = "Le parquet de Paris a ouvert une enquête, a-t-il indiqué."
    assert source_of(the_claim(analyse(models, "fr", text))).name == "parquet de Paris"


def test_a_light_verb_s_words_past_an_adverb(models: ModelCache) -> None:
    """ "Ses auteurs mettent toutefois en garde contre une « baisse de vigilance »." was no
    claim: the adverb stood between "mettent" and "en garde"."""
    text = "Ses auteurs mettent toutefois en garde contre une « baisse de vigilance »."
    claim = the_claim(analyse(models, "fr", text))
    assert (claim.cue and claim.cue.text, claim.content.text) == (
        "mettent toutefois en garde",
        "contre une « baisse de vigilance »",
    )


def test_guard_a_quotation_after_de_keeps_its_bounds(models: ModelCache) -> None:
    """Guard: "s'est félicitée de cette « victoire historique »" was already right."""
    text = "La CGT s'est félicitée de cette « victoire historique »."
    claim = the_claim(analyse(models, "fr", text))
    assert claim.content.text == "de cette « victoire historique »"


def test_a_verb_of_saying_read_as_a_noun_between_a_plural_and_a_clause(
    models: ModelCache,
) -> None:
    """ "Court documents allege Reed returned to the bar …" was no claim: the parser read
    "allege" as a noun compounded with "Reed"."""
    text = (
        "Court documents allege Reed returned to the bar after being thrown out and fired at "
        "least four shots."
    )
    claim = the_claim(analyse(models, "en", text))
    assert (source_of(claim).text, source_of(claim).type, claim.content.text) == (
        "Court documents",
        SourceType.DOCUMENT,
        "Reed returned to the bar after being thrown out and fired at least four shots",
    )


def test_guard_a_plural_noun_and_a_noun_of_saying_stay_a_noun_phrase(models: ModelCache) -> None:
    """Guard: "Senate Democrats' repeated calls for a vote went unanswered." reports nothing:
    "calls" is a noun, not the plain form of a verb after a plural."""
    text = "Senate Democrats' repeated calls for a vote went unanswered."
    assert [c.kind.value for c in analyse(models, "en", text)] == ["unattributed"]


def test_a_news_release_is_a_document(models: ModelCache) -> None:
    """ "according to a police news release" was of unknown type."""
    text = (
        "Marcus Reed was arrested at his home in Aurora hours after the shooting, according to a "
        "police news release."
    )
    assert source_of(the_claim(analyse(models, "en", text))).type is SourceType.DOCUMENT


# -- through whom ----------------------------------------------------------------------------


def test_an_outlet_whose_name_has_lowercase_words_is_named_whole(tmp_path: Path) -> None:
    """ "Dans un entretien accordé au Journal du dimanche, il affirme …" was relayed through
    "Journal": the capitalised words stopped at "du dimanche"."""
    path = tmp_path / "entretien.txt"
    path.write_text(
        "Le ministre de l'Intérieur a promis des renforts. Dans un entretien accordé au Journal "
        "du dimanche, il affirme que la situation est grave.\n",
        encoding="utf-8",
    )
    with Analyzer() as analyzer:
        report = analyzer.analyze(str(path))
    claim = next(c for c in report.claims if "la situation est grave" in c.content.text)
    via = next((s for s in report.sources if s.id == claim.via), None)
    assert via is not None and (via.name, via.type) == ("Journal du dimanche", SourceType.MEDIA)
