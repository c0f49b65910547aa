"""More of the cases a careful reader expects: speakers, sources of other kinds, hedges, dates."""

from __future__ import annotations

import pytest

from claimcheck.models import ClaimKind, HedgeKind, PartialDate, SourceType
from claimcheck.nlp.loading import ModelCache
from test_attribution_models import (
    analyse,
    attributed,
    claim_about,
    models,
    source_of,
    the_claim,
)

__all__ = ["models"]  # the module-scoped model cache, shared with this module's tests


def test_coordinated_speakers_are_one_source(models: ModelCache) -> None:
    """ "Donald Trump and Paul Ryan pledged …": both names are the source of one claim."""
    claim = the_claim(
        analyse(models, "en", "Senator Ann Harlow and Governor Tim Baez said the deal was fair.")
    )
    assert source_of(claim).text == "Senator Ann Harlow and Governor Tim Baez"
    assert claim.content.text == "the deal was fair"


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "en",
            "Senator Ann Harlow said the bill would pass. The senator added that the vote "
            "would come on Monday.",
            "Ann Harlow",
        ),
        (
            "fr",
            "Le ministre de l’Intérieur, Gérald Marchal, a affirmé que la frontière restait "
            "ouverte. Le ministre a ajouté que des renforts étaient attendus.",
            "Gérald Marchal",
        ),
    ],
    ids=["the-senator", "le-ministre"],
)
def test_a_definite_description_resolves_to_the_named_speaker(
    models: ModelCache, language: str, text: str, name: str
) -> None:
    """ "The senator", "le ministre" after a named senator or minister is that person."""
    claims = [c for c in analyse(models, language, text) if c.source is not None]
    assert len(claims) == 2
    assert [source_of(c).name for c in claims] == [name, name]
    assert source_of(claims[1]).type is SourceType.PERSON


def test_a_statement_by_an_organization_is_attributed_to_it(models: ModelCache) -> None:
    """ "In a statement, the association said …": the association is the source."""
    text = "In a statement, the American Dental Association said the rule would protect children."
    claim = the_claim(analyse(models, "en", text))
    assert source_of(claim).name == "American Dental Association"
    assert source_of(claim).type is SourceType.ORGANIZATION
    assert claim.content.text == "the rule would protect children"


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("en", "It was announced by the ministry that the border would reopen.", "the ministry"),
        ("fr", "Il a été annoncé par le ministère que la frontière rouvrirait.", "le ministère"),
    ],
    ids=["announced-by", "annonce-par"],
)
def test_a_passive_cue_takes_its_agent_as_source(
    models: ModelCache, language: str, text: str, source: str
) -> None:
    """ "It was announced by the ministry that …": the agent is who said it."""
    claim = the_claim(analyse(models, language, text))
    assert source_of(claim).text == source
    assert source_of(claim).type is SourceType.GOVERNMENT


@pytest.mark.parametrize(
    ("language", "text", "content"),
    [
        ("en", "It is said that the mayor will resign.", "that the mayor will resign"),
        ("fr", "Il est rapporté que le maire démissionnera.", "que le maire démissionnera"),
    ],
    ids=["it-is-said", "il-est-rapporte"],
)
def test_agentless_attribution_is_a_claim_without_a_source(
    models: ModelCache, language: str, text: str, content: str
) -> None:
    """ "It is said that …" reports speech and names nobody: a claim with no source."""
    claims = [c for c in analyse(models, language, text) if c.cue is not None]
    assert len(claims) == 1
    assert claims[0].source is None
    assert claims[0].content.text == content


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A person close to the investigation said the suspect had fled the country."),
        ("fr", "Un proche du dossier a affirmé que le suspect avait quitté le pays."),
        ("fr", "Selon nos informations, le suspect a quitté le pays la semaine dernière."),
    ],
    ids=["person-close-to", "un-proche-du-dossier", "selon-nos-informations"],
)
def test_vague_sources_are_anonymous(models: ModelCache, language: str, text: str) -> None:
    """A person close to, un proche du dossier, selon nos informations: the reader cannot check."""
    claim = the_claim(analyse(models, language, text))
    assert source_of(claim).type is SourceType.ANONYMOUS


@pytest.mark.parametrize(
    ("text", "hedge", "kind"),
    [
        ("The minister reportedly ordered the raid, officials said.", "reportedly", "lexical"),
        ("Officials said the man allegedly stole the documents.", "allegedly", "lexical"),
        ("Officials said the strike would have cost millions.", "would have", "lexical"),
    ],
    ids=["reportedly", "allegedly", "would-have"],
)
def test_english_hedges_mark_the_claim(
    models: ModelCache, text: str, hedge: str, kind: str
) -> None:
    """ "reportedly", "allegedly", "would have": the claim is hedged."""
    claim = the_claim(analyse(models, "en", text))
    assert claim.hedged
    assert (hedge, kind) in [(h.text, h.kind.value) for h in claim.hedges]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Officials said the company may have broken the law."),
        ("fr", "La Commission a confirmé que le PIB ne pourrait croître que de 0,5 % en 2019."),
    ],
)
def test_a_modal_in_reported_words_is_the_speakers_own(
    models: ModelCache, language: str, text: str
) -> None:
    """ "may have", "pourrait" in what a source said: its own uncertainty, which does not mean
    that the article declines to vouch for the claim."""
    claim = the_claim(analyse(models, language, text))
    assert not claim.hedged


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("Selon les enquêteurs, le groupe pourrait avoir dissimulé des pertes.", True),
        ("La préfecture affirme que les tirs pourraient avoir été accidentels.", True),
        ("Les gendarmes pensent que le suspect pourrait avoir fui en Espagne.", True),
        ("Selon le ministre, le chômage pourrait baisser l'an prochain.", False),
    ],
    ids=[
        "pourrait-avoir-dissimule",
        "pourraient-avoir-ete",
        "pourrait-avoir-fui",
        "guard-forecast",
    ],
)
def test_the_conditional_of_a_past_fact_is_hedged_in_reported_words(
    models: ModelCache, text: str, hedged: bool
) -> None:
    """ "pourrait avoir dissimulé": French reports a past fact it does not vouch for in the
    conditional, as with "aurait dissimulé" (fr-dev's annotation rules); the modal of a
    forecast stays the source's own."""
    claim = the_claim(analyse(models, "fr", text))
    assert claim.hedged is hedged


@pytest.mark.parametrize(
    ("language", "text", "word"),
    [
        ("en", "Officials said the strike would probably fail next week.", "probably"),
        (
            "fr",
            "Berne estime que la substance doit probablement être classée comme cancérigène.",
            "probablement",
        ),
    ],
)
def test_an_adverb_of_certainty_in_reported_words_is_the_speakers_own(
    models: ModelCache, language: str, text: str, word: str
) -> None:
    """ "probably", "probablement" in what a source said: its own doubt, kept as a hedge of the
    speaker's; the claim stays unhedged ("allegedly" there stays the article's, above)."""
    claim = the_claim(analyse(models, language, text))
    assert not claim.hedged
    assert [(h.text, h.speaker) for h in claim.hedges] == [(word, True)]


def test_presume_distances_without_hedging(models: ModelCache) -> None:
    """ "le présumé meurtrier": distancing from a label, listed but not a hedged claim."""
    text = "La police a indiqué que le présumé meurtrier avait été arrêté."
    claim = the_claim(analyse(models, "fr", text))
    assert [(h.text, h.kind) for h in claim.hedges] == [("présumé", HedgeKind.DISTANCING)]
    assert not claim.hedged


@pytest.mark.parametrize(
    ("language", "text", "date"),
    [
        ("en", "The mayor said on Sunday that the bridge would close.", "2024-12-01"),
        ("fr", "Le maire a déclaré dimanche que le pont fermerait.", "2024-12-01"),
        (
            "fr",
            "Le maire avait déclaré dans une interview en mai 2023 que le pont fermerait.",
            "2023-05",
        ),
    ],
    ids=["on-sunday", "dimanche", "interview-en-mai-2023"],
)
def test_statement_dates_resolve_against_the_published_date(
    models: ModelCache, language: str, text: str, date: str
) -> None:
    """A weekday is the last one on or before publication (Monday 2 December 2024)."""
    claim = the_claim(analyse(models, language, text, published="2024-12-02"))
    assert claim.statement_date == PartialDate.parse(date)


@pytest.mark.parametrize("gap", ["\n", "\n\n", "\n \n"], ids=["line", "blank-line", "spaces"])
def test_a_quote_only_paragraph_keeps_the_previous_speaker(models: ModelCache, gap: str) -> None:
    """A paragraph that is only a quotation goes on with the speaker of the paragraph before,
    however many blank lines set it apart (text files often leave one between paragraphs)."""
    text = (
        f"“We will rebuild every house,” said Mayor Lena Ortiz.{gap}"
        "“It will take years, and it will cost more than anyone has said so far.”"
    )
    claims = [c for c in analyse(models, "en", text) if c.source is not None]
    assert len(claims) == 2
    assert claims[1].kind is ClaimKind.DIRECT
    assert source_of(claims[1]).name == "Lena Ortiz"


def test_a_paragraph_that_goes_on_after_its_quotation_is_its_own_speaker_s(
    models: ModelCache,
) -> None:
    """ "''They were competitors,'' William Daley, President Obama's former chief of staff,
    said …" opens on a quotation but has its own speaker after it, whose role is long: the
    words went to the speaker of the paragraph before."""
    text = (
        "People close to the vice president describe a tense rivalry.\n"
        "''They were professionals, but also competitors,'' William M. Daley, President Obama's"
        " former chief of staff, said of their time in the administration."
    )
    claims = attributed(analyse(models, "en", text))
    quoted = [c for c in claims if "competitors" in c.content.text]
    assert [source_of(c).name for c in quoted] == ["William M. Daley"]


@pytest.mark.parametrize(
    ("language", "text", "content"),
    [
        (
            "en",
            "On Twitter, Governor Jeb Bush called the remarks unhinged.",
            "the remarks unhinged",
        ),
        ("en", "For instance, she is proposing $275 billion in new spending.", "$275 billion"),
        (
            "fr",
            "Sur Twitter, le député Marc Blanc a dénoncé la réforme des retraites.",
            "la réforme des retraites",
        ),
    ],
    ids=["on-twitter", "for-instance", "sur-twitter"],
)
def test_a_phrase_before_the_verb_is_not_what_it_bears_on(
    models: ModelCache, language: str, text: str, content: str
) -> None:
    """ "On Twitter, Bush called …": the setting before the verb is not the object reported."""
    assert the_claim(analyse(models, language, text)).content.text.startswith(content)


@pytest.mark.parametrize(
    ("language", "text", "content"),
    [
        (
            "en",
            "Senator Ann Harlow promised Sunday at a rally in Reno to end the practice.",
            "to end the practice",
        ),
        (
            "en",
            "Nancy Worley pledged her vote to Clinton recently in an effort to wrap up the race.",
            "her vote to Clinton",
        ),
        (
            "fr",
            "Le maire a promis dimanche lors d'un meeting de rénover la gare.",
            "de rénover la gare",
        ),
    ],
    ids=["promised-sunday-to", "in-an-effort-to", "promis-dimanche-de"],
)
def test_a_promise_reports_its_infinitive_past_the_day(
    models: ModelCache, language: str, text: str, content: str
) -> None:
    """The day a promise was made is not what was promised, and a purpose ("in an effort to")
    is the speaker's reason, not the promise."""
    assert the_claim(analyse(models, language, text)).content.text == content


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The poll also found that:\n\nThe poll has a margin of error of 3 points."),
        ("fr", "Le sondage montre aussi que :\n\nLa marge d'erreur est de trois points."),
    ],
    ids=["found-that", "montre-que"],
)
def test_a_lone_complementizer_is_no_content(models: ModelCache, language: str, text: str) -> None:
    """ "The poll also found that:" before a list the page lost reports nothing."""
    assert not attributed(analyse(models, language, text))


def test_a_poll_reports_the_standing_it_shows(models: ModelCache) -> None:
    """ "A survey found Mrs. Clinton with a lead": the lead is what the survey found."""
    text = "A survey by the institute in March found Mrs. Clinton with a lead of 48 percent."
    content = the_claim(analyse(models, "en", text)).content.text
    assert content == "Mrs. Clinton with a lead of 48 percent"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'Hemsley said the days when the nation had "a unifying story" from newspapers are'
            " gone.",
            'the days when the nation had "a unifying story" from newspapers are gone',
        ),
        (
            "The senator told reporters in the hallway that the vote would wait.",
            "that the vote would wait",
        ),
    ],
    ids=["said-the-days-are-gone", "told-reporters-that"],
)
def test_a_reported_clause_keeps_the_subject_the_parser_made_an_object(
    models: ModelCache, text: str, content: str
) -> None:
    """ "said the days when … are gone" reports the whole clause; the people told are not."""
    assert the_claim(analyse(models, "en", text)).content.text == content


def test_the_title_of_a_work_is_not_the_speaker(models: ModelCache) -> None:
    """ "Hemsley, the co-author of “Going Viral,”": the book is not who speaks, and the
    surname the recogniser missed still names him."""
    text = (
        'Hemsley, the co-author of "Going Viral," about the spread of information, said the '
        "days of unity were over."
    )
    assert source_of(the_claim(analyse(models, "en", text))).name == "Hemsley"


@pytest.mark.parametrize(
    ("language", "text", "content"),
    [
        (
            "en",
            "It is no surprise, Mr. Garin said, that Mrs. Clinton has done well with older voters.",
            "It is no surprise, Mr. Garin said, that Mrs. Clinton has done well with older voters",
        ),
        (
            "en",
            'While not everything Trump says is true, Jamieson said Trump is "telling his '
            'supporters what they want to believe is true."',
            'Trump is "telling his supporters what they want to believe is true."',
        ),
        (
            "fr",
            "Il n'est pas surprenant, a expliqué M. Garin, que le vote soit reporté.",
            "Il n'est pas surprenant, a expliqué M. Garin, que le vote soit reporté",
        ),
        (
            "fr",
            "Quand le vote a été reporté, M. Garin a expliqué que le texte était prêt.",
            "que le texte était prêt",
        ),
    ],
    ids=[
        "split-by-the-frame",
        "adverbial-before-the-frame",
        "coupee-par-l-incise",
        "subordonnee-avant-le-verbe",
    ],
)
def test_a_clause_before_the_cue_is_reported_only_when_the_frame_splits_it(
    models: ModelCache, language: str, text: str, content: str
) -> None:
    """ "It is no surprise, X said, that …" is one statement around the frame, and so is "Il
    n'est pas surprenant, a expliqué X, que …"; "While …, X said Y" reports Y, not the clause
    the parser also hung on "said"."""
    claims = attributed(analyse(models, language, text))
    assert [c.content.text for c in claims] == [content]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "en",
            '"He did try to intimidate me," said Rosa Dunn, who wrote about the lawyer\'s visit '
            'in her book. "Thank goodness, none of it was true."',
            "Rosa Dunn",
        ),
        (
            "fr",
            "« Il a tenté de m'intimider », a raconté Marie Dupont, qui a écrit sur la visite de "
            "l'avocat dans son livre. « Heureusement, rien de tout cela n'était vrai. »",
            "Marie Dupont",
        ),
    ],
    ids=["who-wrote-about", "qui-a-ecrit"],
)
def test_a_quotation_goes_on_with_the_speaker_not_with_a_claim_in_their_description(
    models: ModelCache, language: str, text: str, speaker: str
) -> None:
    """ "said Rosa Dunn, who wrote about …": the next quotation is hers, not the relative's."""
    claims = attributed(analyse(models, language, text))
    last = next(c for c in claims if "true" in c.content.text or "vrai" in c.content.text)
    assert source_of(last).name == speaker
    assert source_of(last).text not in ("who", "qui")


def test_a_quotation_goes_on_past_its_frame_with_a_that_clause(models: ModelCache) -> None:
    """'"It's our bad luck," he said, that both men had ties to the mosque' is one statement."""
    text = (
        'Imam Adel Nefzi spoke. "It\'s our bad luck," he said, that both men had ties to this '
        "little mosque."
    )
    claim = the_claim(analyse(models, "en", text))
    assert claim.content.text.startswith('"It\'s our bad luck,"')
    assert claim.content.text.endswith("ties to this little mosque")


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "en",
            "On Saturday, Senator Ann Harlow issued a statement saying that the judge was fair.",
            "Ann Harlow",
        ),
        (
            "fr",
            "Le ministre Gérald Marchal a publié un communiqué affirmant que la frontière restait "
            "ouverte.",
            "Gérald Marchal",
        ),
    ],
    ids=["issued-a-statement-saying", "publie-un-communique-affirmant"],
)
def test_a_statement_that_says_something_speaks_for_who_put_it_out(
    models: ModelCache, language: str, text: str, speaker: str
) -> None:
    """ "Harlow issued a statement saying …": Harlow said it, through the statement."""
    assert source_of(the_claim(analyse(models, language, text))).name == speaker


@pytest.mark.parametrize(
    ("language", "text", "mention"),
    [
        (
            "en",
            "WASHINGTON — Sen. Chuck Grassley (R-Iowa) said the hearing would wait.",
            "Sen. Chuck Grassley (R-Iowa)",
        ),
        (
            "en",
            "Even some of Clinton's allies said the plan had failed.",
            "some of Clinton's allies",
        ),
        (
            "en",
            "Seventy-two percent of voters said the plan had failed.",
            "Seventy-two percent of voters",
        ),
        (
            "fr",
            "PARIS — Le ministre Gérald Marchal a affirmé que la frontière restait ouverte.",
            "Le ministre Gérald Marchal",
        ),
        ("fr", "Même le ministre a reconnu que la réforme avait échoué.", "le ministre"),
        (
            "en",
            "WASHINGTON (AP) — Former Attorney General Michael Mukasey said the hearing would "
            "wait.",
            "Former Attorney General Michael Mukasey",
        ),
        (
            "en",
            "CLEVELAND, July 19 (UPI) — Former Attorney General Michael Mukasey told delegates "
            "that the hearing would wait.",
            "Former Attorney General Michael Mukasey",
        ),
        (
            "en",
            "RENO, Nev. (AP) — Republican presidential hopeful Donald Trump says the hearing "
            "would wait.",
            "Republican presidential hopeful Donald Trump",
        ),
    ],
    ids=["dateline", "even", "seventy-two", "dateline-fr", "meme", "agency", "dated", "state"],
)
def test_the_speaker_is_written_without_dateline_or_focus_adverb(
    models: ModelCache, language: str, text: str, mention: str
) -> None:
    """ "WASHINGTON — Sen. Grassley", "Even his allies": neither the dateline nor "even" is part
    of who speaks; the hyphen of "Seventy-two" is no dateline dash."""
    source = source_of(the_claim(analyse(models, language, text)))
    assert source.text == mention
    assert not source.name.lower().startswith(("even", "même", "of ", "two"))


@pytest.mark.parametrize(
    ("language", "text", "content"),
    [
        (
            "en",
            "Just a few weeks ago, as Western Journalism reported, Thor and Beck were discussing "
            "a run.",
            "Just a few weeks ago, as Western Journalism reported, Thor and Beck were discussing "
            "a run",
        ),
        ("en", "Unemployment will fall, as the minister announced.", "Unemployment will fall"),
        (
            "en",
            "Comey called her handling of information “extremely careless,” and declined to "
            "charge her.",
            "her handling of information “extremely careless,”",
        ),
    ],
    ids=["as-clause-in-between", "as-clause-last", "no-dangling-and"],
)
def test_a_content_is_the_whole_statement_and_nothing_dangles(
    models: ModelCache, language: str, text: str, content: str
) -> None:
    """An as-clause in mid-sentence vouches for the words on both sides of it; a content never
    ends on the "and" of the next clause."""
    assert the_claim(analyse(models, language, text)).content.text == content


@pytest.mark.parametrize(
    ("language", "text", "content"),
    [
        (
            "en",
            "The club's heavy investment in its courses, Ms. Tanzer said, ''is a perfect example "
            "of adapting.''",
            "The club's heavy investment in its courses, Ms. Tanzer said, ''is a perfect example "
            "of adapting.''",
        ),
        (
            "en",
            'The party, attended by hundreds of delegates, "allows us to get our message out," '
            "said Frank Coleman.",
            'The party, attended by hundreds of delegates, "allows us to get our message out,"',
        ),
        ("en", "Obama said, “It gets me mad.”", "“It gets me mad.”"),
        (
            "fr",
            "L'investissement du club « est un exemple parfait d'adaptation », a estimé Mme "
            "Tanzer.",
            "L'investissement du club « est un exemple parfait d'adaptation »",
        ),
    ],
    ids=[
        "quoted-predicate-around-frame",
        "quoted-predicate-before-frame",
        "whole-quote",
        "l-elision",
    ],
)
def test_a_quoted_predicate_is_reported_with_its_subject(
    models: ModelCache, language: str, text: str, content: str
) -> None:
    """ "The club's investment, Ms. Tanzer said, ''is a perfect example''": what she said is
    the whole statement, subject included, from its first word."""
    assert the_claim(analyse(models, language, text)).content.text == content


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "« Nous verrons bien ce que le Parlement décidera », a déclaré sur France Inter le "
            "ministre Gérald Marchal.",
            "le ministre Gérald Marchal",
        ),
        (
            "« Nous verrons bien ce que le Parlement décidera », a déclaré le ministre Gérald "
            "Marchal sur France Inter.",
            "le ministre Gérald Marchal",
        ),
        (
            "« Nous verrons bien ce que le Parlement décidera », a affirmé à l'AFP le porte-parole "
            "du gouvernement.",
            "le porte-parole du gouvernement",
        ),
        (
            "« Nous irons jusqu'au bout », a confié à ses proches le ministre de l'Intérieur.",
            "le ministre de l'Intérieur",
        ),
    ],
    ids=["channel-before", "channel-after", "a-l-afp", "a-ses-proches"],
)
def test_an_incise_names_its_speaker_apart_from_the_channel(
    models: ModelCache, text: str, speaker: str
) -> None:
    """ "a déclaré sur France Inter le ministre": the radio is where, the minister who; "a
    confié à ses proches le ministre": the listeners are whom."""
    assert source_of(the_claim(analyse(models, "fr", text))).text == speaker


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Marie Dupont a souri, interrogée sur son avenir."),
        (
            "en",
            'Ten percent of voters reported "no opinion" when asked whether they would vote for '
            "Clinton or Trump.",
        ),
    ],
    ids=["interrogee-sur", "when-asked-whether"],
)
def test_whoever_is_asked_is_not_the_one_asking(
    models: ModelCache, language: str, text: str
) -> None:
    """ "interrogée sur son avenir", "when asked whether …": a reduced passive; neither the
    topic nor the subject of the sentence asked anything."""
    claims = attributed(analyse(models, language, text))
    assert not [
        c for c in claims if c.cue is not None and c.cue.text.startswith(("interrog", "asked"))
    ]


@pytest.mark.parametrize(
    ("language", "text", "contents"),
    [
        (
            "en",
            "Senator Ann Harlow said she would run and added that she had decided.",
            ["she would run", "that she had decided"],
        ),
        (
            "en",
            "Senator Ann Harlow said the economy was weak, and accused the bank of lying.",
            ["the economy was weak", "the bank of lying"],
        ),
        (
            "en",
            "Senator Ann Harlow said prices would rise and fall.",
            ["prices would rise and fall"],
        ),
        (
            "fr",
            "La sénatrice Anne Harlow a dit que la réforme était prête et a ajouté qu'elle "
            "serait votée.",
            ["que la réforme était prête", "qu'elle serait votée"],
        ),
    ],
    ids=["and-added-that", "comma-and-accused", "rise-and-fall", "et-a-ajoute-que"],
)
def test_a_second_act_of_saying_is_its_own_claim_by_the_same_speaker(
    models: ModelCache, language: str, text: str, contents: list[str]
) -> None:
    """ "said A and added that B": two claims of the senator's, not one, and not B said by a
    subject inside A ("the economy accused the bank")."""
    claims = attributed(analyse(models, language, text))
    assert [c.content.text for c in claims] == contents
    assert {source_of(c).name for c in claims} in ({"Ann Harlow"}, {"Anne Harlow"})


@pytest.mark.parametrize(
    ("language", "text", "cited"),
    [
        (
            "en",
            "The administration is still reluctant to call the attack an act of terrorism, citing "
            "the ongoing investigation.",
            "the ongoing investigation",
        ),
        (
            "fr",
            "Le gouvernement refuse de qualifier l'attaque d'acte terroriste, citant l'enquête en "
            "cours.",
            "l'enquête en cours",
        ),
    ],
    ids=["citing-the-investigation", "citant-l-enquete"],
)
def test_what_a_participle_cites_is_not_an_inverted_speaker(
    models: ModelCache, language: str, text: str, cited: str
) -> None:
    """ "…, citing the ongoing investigation": the noun after a participle is its object; the
    investigation said nothing."""
    claims = attributed(analyse(models, language, text))
    assert cited not in [source_of(c).text for c in claims]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Senator Ted Cruz continued campaigning Friday in Iowa."),
        ("en", "Senator Bernie Sanders proved to be a surprisingly potent fundraiser."),
        ("fr", "Le candidat Marc Blanc a continué à faire campagne vendredi."),
        ("fr", "La Syrie s'est révélée hostile au plan de paix."),
    ],
    ids=["continued-campaigning", "proved-to-be", "continue-a-faire", "s-est-revelee"],
)
def test_what_a_subject_goes_on_doing_or_proves_to_be_is_no_claim(
    models: ModelCache, language: str, text: str
) -> None:
    """ "continued campaigning", "proved to be a fundraiser": the verb after a verb of aspect
    or of evidence tells what its subject does or is; nothing was said."""
    assert not attributed(analyse(models, language, text))


@pytest.mark.parametrize(
    ("language", "text", "cue", "content"),
    [
        (
            "en",
            "Senator Ann Harlow has continued to insist that the vote was rigged.",
            "has continued to insist",
            "that the vote was rigged",
        ),
        (
            "en",
            "Senator Ann Harlow went on to say that the vote was rigged.",
            "went on to say",
            "that the vote was rigged",
        ),
        (
            "en",
            "The study proved that the drug works.",
            "proved",
            "that the drug works",
        ),
        (
            "fr",
            "La sénatrice Anne Harlow a continué à dire que le vote était truqué.",
            "a continué à dire",
            "que le vote était truqué",
        ),
    ],
    ids=["continued-to-insist", "went-on-to-say", "proved-that", "continue-a-dire"],
)
def test_a_verb_of_saying_after_a_verb_of_aspect_is_a_cue(
    models: ModelCache, language: str, text: str, cue: str, content: str
) -> None:
    """ "has continued to insist that …", "went on to say" still report, with the verb of
    aspect in the cue."""
    claim = the_claim(analyse(models, language, text))
    assert claim.cue is not None and claim.cue.text == cue
    assert claim.content.text == content


@pytest.mark.parametrize(
    ("language", "text", "content"),
    [
        (
            "en",
            "A former executive, who requested anonymity to speak candidly, said the plan was "
            "dead.",
            "the plan was dead",
        ),
        (
            "en",
            "A senior adviser, who asked for anonymity to discuss private talks, said the deal "
            "was off.",
            "the deal was off",
        ),
        (
            "fr",
            "Un conseiller, qui a demandé l'anonymat pour parler librement, a déclaré que le "
            "plan était mort.",
            "que le plan était mort",
        ),
    ],
    ids=["requested-anonymity", "asked-for-anonymity", "demande-l-anonymat"],
)
def test_asking_for_anonymity_is_the_terms_not_a_claim(
    models: ModelCache, language: str, text: str, content: str
) -> None:
    """ "who requested anonymity to speak candidly" tells how the source spoke; the one claim
    is what they said, and it is anonymous."""
    claim = the_claim(analyse(models, language, text))
    assert claim.content.text == content
    assert source_of(claim).type is SourceType.ANONYMOUS


@pytest.mark.parametrize(
    ("language", "text", "content"),
    [
        (
            "en",
            "The regulator warned that the anonymity of the data is very relative.",
            "that the anonymity of the data is very relative",
        ),
        (
            "fr",
            "La CNIL souligne que l'anonymat de ces données est très relatif.",
            "que l'anonymat de ces données est très relatif",
        ),
    ],
    ids=["warned-that-the-anonymity", "souligne-que-l-anonymat"],
)
def test_a_claim_about_anonymity_is_still_a_claim(
    models: ModelCache, language: str, text: str, content: str
) -> None:
    """Only asking for anonymity is the terms of sourcing; a statement about it is a claim."""
    assert the_claim(analyse(models, language, text)).content.text == content


@pytest.mark.parametrize(
    ("language", "text", "other"),
    [
        (
            "en",
            "After the speech of Ann Harlow, the governor took the stage. “We will win,” he said.",
            "Ann Harlow",
        ),
        (
            "fr",
            "Après l’allocution de Martine Aubry, le Premier ministre a défendu sa méthode. « "
            "J’assume le choix de la négociation », dit-il.",
            "Martine Aubry",
        ),
    ],
    ids=["the-governor-after-a-name", "le-premier-ministre-apres-un-nom"],
)
def test_a_role_noun_that_is_a_subject_of_its_own_is_nobody_s_title(
    models: ModelCache, language: str, text: str, other: str
) -> None:
    """ "… of Ann Harlow, the governor took the stage": the governor is the subject of a clause
    of its own, not Ann Harlow's title, so "he" after it is the governor, not nobody."""
    quoted = [c for c in attributed(analyse(models, language, text)) if c.kind is ClaimKind.DIRECT]
    assert len(quoted) == 1
    source = source_of(quoted[0])
    assert source.resolved and source.name and other not in source.name


@pytest.mark.parametrize(
    ("language", "text", "name", "role"),
    [
        (
            "fr",
            "Le texte a été adopté mardi. Pouria Amirshahi, député socialiste des Français de "
            "l'étranger qui a également voté contre, a annoncé qu'il transmettrait un mémorandum "
            "au Conseil constitutionnel.",
            "Pouria Amirshahi",
            "député socialiste",
        ),
        (
            "en",
            "The bill passed on Tuesday. Pouria Amirshahi, socialist deputy for the French "
            "abroad, said he would send a memo to the council.",
            "Pouria Amirshahi",
            "socialist deputy",
        ),
    ],
    ids=["depute-socialiste", "socialist-deputy"],
)
def test_a_name_before_its_role_is_the_speaker_s_name(
    models: ModelCache, language: str, text: str, name: str, role: str
) -> None:
    """ "Pouria Amirshahi, député socialiste des Français de l'étranger, a annoncé": the
    parser may take the role for the subject and the recogniser miss the name; the source is
    the person so named, with the role kept, not "des Français" or the whole phrase."""
    source = source_of(the_claim(analyse(models, language, text)))
    assert source.name == name
    assert source.role is not None and source.role.startswith(role)


@pytest.mark.parametrize(
    ("language", "text", "contents"),
    [
        (
            "fr",
            "Le ministre a qualifié la réforme de « désastre » et a quitté la salle.",
            ["la réforme de « désastre »"],
        ),
        (
            "fr",
            "Le président a dénoncé une « atrocité » et a appelé à la retenue.",
            ["une « atrocité »", "à la retenue"],
        ),
        (
            "fr",
            "La maire a critiqué le gouvernement pour son inaction mardi lors d'un conseil "
            "municipal.",
            ["le gouvernement pour son inaction"],
        ),
        (
            "fr",
            "Mardi, la Commission a confirmé qu’outre-Rhin, le PIB ne pourrait croître que de "
            "0,5 % en 2019.",
            ["qu’outre-Rhin, le PIB ne pourrait croître que de 0,5 % en 2019"],
        ),
        (
            "fr",
            "Le gouvernement se défend de toute similarité avec les dispositifs mis en place par "
            "la NSA américaine, arguant notamment que les données ne seront pas conservées.",
            [
                "de toute similarité avec les dispositifs mis en place par la NSA américaine",
                "que les données ne seront pas conservées",
            ],
        ),
        (
            "en",
            'The minister called the reform a "disaster" and left the room.',
            ['the reform a "disaster"'],
        ),
    ],
    ids=[
        "et-a-quitte-la-salle",
        "et-a-appele-a",
        "pour-son-inaction-mardi",
        "qu-outre-rhin",
        "arguant-que",
        "and-left",
    ],
)
def test_what_a_verb_names_stops_where_the_act_of_saying_does(
    models: ModelCache, language: str, text: str, contents: list[str]
) -> None:
    """ "a qualifié la réforme de « désastre » et a quitté la salle": the object and what
    completes it ("de", "pour") are what was said; the day, the occasion and a second verb are
    not, and a second verb of saying is a claim of its own. A clause the parser read as an
    object ("qu'outre-Rhin, …") stays whole."""
    claims = attributed(analyse(models, language, text))
    assert [c.content.text for c in claims] == contents


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "fr",
            "Claire Martin, l'autrice du livre « Jeanne Moreau », a affirmé que le film était "
            "raté.",
            "Claire Martin",
        ),
        (
            "fr",
            "«Les voix des Femmes» appelle les parties concernées à prendre en considération ces "
            "résultats.",
            "voix des Femmes",
        ),
        (
            "en",
            "Jane Martin, the author of “Jeanne Moreau,” said the film was weak.",
            "Jane Martin",
        ),
    ],
    ids=["autrice-du-livre", "association-entre-guillemets", "author-of"],
)
def test_a_quoted_title_before_the_verb_is_not_its_subject(
    models: ModelCache, language: str, text: str, name: str
) -> None:
    """ "Claire Martin, l'autrice du livre « Jeanne Moreau », a affirmé": the parser made the
    book the subject; the author speaks. A quoted name with nothing before it is a body's."""
    assert source_of(the_claim(analyse(models, language, text))).name == name


@pytest.mark.parametrize(
    ("language", "text", "name", "role"),
    [
        (
            "fr",
            "« Il faut agir vite », a prévenu le commissaire à l’économie Pierre Moscovici.",
            "Pierre Moscovici",
            "commissaire à l’économie",
        ),
        (
            "en",
            "“We must act fast,” said the minister for Europe David Lidington.",
            "David Lidington",
            "minister for Europe",
        ),
        (
            "fr",
            "« Il faut agir vite », a déclaré le président à son homologue Joe Biden.",
            "président",
            None,
        ),
        (
            "en",
            "“We must act fast,” said a spokesman for Interior Minister Gérald Darmanin.",
            "spokesman for Interior Minister Gérald Darmanin",
            None,
        ),
    ],
    ids=["commissaire-a-l-economie", "minister-for-europe", "a-son-homologue", "spokesman-for"],
)
def test_a_name_after_a_title_s_domain_is_the_title_holder_s(
    models: ModelCache, language: str, text: str, name: str, role: str | None
) -> None:
    """ "a prévenu le commissaire à l’économie Pierre Moscovici": the preposition opens the
    domain of the title, and the name after it is the speaker's; not a listener ("à son
    homologue Joe Biden") nor the person a spokesman speaks for."""
    source = source_of(the_claim(analyse(models, language, text)))
    assert (source.name, source.role) == (name, role)


def test_a_name_at_the_end_of_a_clause_after_the_speaker_is_not_theirs(models: ModelCache) -> None:
    """ "a ajouté un ténor de la droite sur l'influence qu'a pu obtenir Jean-Paul Delevoye":
    a clause after the speaker ends with a name, which is no title's holder; the unnamed
    speaker still speaks."""
    text = (
        "« Chirac l'a soutenu en 1999 », a ajouté un ténor de la droite sur l'influence qu'a pu"
        " obtenir Jean-Paul Delevoye."
    )
    assert source_of(the_claim(analyse(models, "fr", text))).name == "ténor de la droite"


def test_a_body_named_inside_a_longer_name_is_named_in_full(models: ModelCache) -> None:
    """ "la Ville" after "le Service de police de la Ville de Montréal" is the city of
    Montréal, named as the article names it, not "Ville"."""
    text = (
        "Des constats ont été donnés par le Service de police de la Ville de Montréal (SPVM)."
        " Huit véhicules sur dix étaient mal garés, a constaté la Ville."
    )
    assert source_of(the_claim(analyse(models, "fr", text))).name == "Ville de Montréal"


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("fr", "Bruno Le Maire a affirmé que la croissance reviendrait.", "Bruno Le Maire"),
        ("fr", "Marine Le Pen a dénoncé la décision du Conseil.", "Marine Le Pen"),
        ("fr", "Selon Marine Le Pen, la réforme est injuste.", "Marine Le Pen"),
        (
            "en",
            "French far-right leader Marine Le Pen said the vote was rigged.",
            "Marine Le Pen",
        ),
    ],
    ids=["le-maire", "le-pen", "selon-le-pen", "leader-le-pen"],
)
def test_a_name_with_an_article_in_it_is_one_person_s(
    models: ModelCache, language: str, text: str, name: str
) -> None:
    """ "Bruno Le Maire a affirmé": the small models cut the name at its article ("Le Pen",
    "Marine Le") or read "Le Maire" as a noun phrase; the speaker is the whole name, a
    person."""
    source = source_of(the_claim(analyse(models, language, text)))
    assert (source.name, source.type) == (name, SourceType.PERSON)
    assert source.text.endswith(name)


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "en",
            "European Commission President Ursula von der Leyen said the deal was fair.",
            "Ursula von der Leyen",
        ),
        (
            "en",
            "Manchester United manager Erik ten Hag said the team had improved.",
            "Erik ten Hag",
        ),
        (
            "en",
            "Saudi Energy Minister Prince Abdulaziz bin Salman said output would rise.",
            "Abdulaziz bin Salman",
        ),
        ("fr", "« Nous tiendrons », a déclaré Ursula von der Leyen.", "Ursula von der Leyen"),
    ],
    ids=["von-der", "ten", "bin", "fr-von-der"],
)
def test_a_name_with_lowercase_particles_is_one_person_s(
    models: ModelCache, language: str, text: str, name: str
) -> None:
    """The English recogniser cuts "Ursula von der" from "Leyen", which it calls a place, and
    keeps only "Hag" of "Erik ten Hag": a first name, lowercase particles and a capitalised word
    are one name."""
    source = source_of(the_claim(analyse(models, language, text)))
    assert (source.name, source.type) == (name, SourceType.PERSON)


def test_a_title_s_gender_tells_apart_two_people_of_one_surname(models: ModelCache) -> None:
    """ "Mrs. Harris" after "John Harris and his wife, Mary Harris" is Mary Harris, "Mr. Harris"
    John Harris, though she spoke last; "Harris" alone would be either."""
    text = (
        "John Harris and his wife, Mary Harris, lost their home in the flood. "
        '"We lost everything," Mrs. Harris said. "It was terrible," Mr. Harris said.'
    )
    claims = analyse(models, "en", text)
    assert source_of(claim_about(claims, "lost everything")).name == "Mary Harris"
    assert source_of(claim_about(claims, "terrible")).name == "John Harris"


def test_a_first_name_before_a_place_with_an_article_is_no_person(models: ModelCache) -> None:
    """ "Paris La Défense" is a place, though "Paris" is also a first name."""
    text = "Le ministre a inauguré mardi le quartier de Paris La Défense, a indiqué AFP."
    claims = attributed(analyse(models, "fr", text))
    assert [source_of(c).name for c in claims] == ["AFP"]
    assert claims[0].content.text.endswith("de Paris La Défense")


@pytest.mark.parametrize(
    ("language", "text", "content", "name"),
    [
        (
            "fr",
            "En chef de la majorité, Jean-Marc Ayrault livre bataille contre la droite. Son"
            " adversaire est tout trouvé, c’est François Fillon, dont il ne cite pas le nom quand"
            " il dénonce «l’aveu accablant» de son prédécesseur.",
            "«l’aveu accablant» de son prédécesseur",
            "Jean-Marc Ayrault",
        ),
        (
            "en",
            "Barack Obama met Joe Biden on Monday. Biden is a man who, he said, was a friend.",
            "was a friend",
            "Barack Obama",
        ),
    ],
    ids=["dont-il", "who-he-said"],
)
def test_a_pronoun_in_a_relative_clause_is_not_the_noun_it_modifies(
    models: ModelCache, language: str, text: str, content: str, name: str
) -> None:
    """ "c'est François Fillon, dont il ne cite pas le nom quand il dénonce …": "il" is not
    Fillon, the noun the relative clause modifies, but the subject before him."""
    claim = next(
        c for c in attributed(analyse(models, language, text)) if content in c.content.text
    )
    assert source_of(claim).name == name


@pytest.mark.parametrize(
    ("language", "text", "content", "lemma"),
    [
        (
            "fr",
            "Le syndicat réclame une hausse des salaires de 10 %.",
            "une hausse des salaires de 10 %",
            "réclamer",
        ),
        ("en", "The union demands a raise of 10 percent.", "a raise of 10 percent", "demand"),
    ],
    ids=["reclame", "demands"],
)
def test_a_verb_of_demand_reports_its_object(
    models: ModelCache, language: str, text: str, content: str, lemma: str
) -> None:
    """ "Le syndicat réclame une hausse": the lemmatiser gives the noun's lemma, "réclame"; the
    form says the verb "réclamer", whose object is what was demanded."""
    claim = the_claim(analyse(models, language, text))
    assert claim.content.text == content
    assert claim.cue is not None and claim.cue.lemma == lemma


@pytest.mark.parametrize(
    ("language", "text", "cue", "content"),
    [
        (
            "fr",
            "La ministre s'est dite favorable à un report de la réforme.",
            "s'est dite",
            "favorable à un report de la réforme",
        ),
        (
            "fr",
            "Le maire s'est dit « très inquiet » de la situation.",
            "s'est dit",
            "« très inquiet » de la situation",
        ),
        (
            "en",
            "The senator declared himself ready to run for president.",
            "declared",
            "himself ready to run for president",
        ),
    ],
    ids=["dite-favorable", "dit-tres-inquiet", "declared-himself"],
)
def test_what_a_speaker_says_of_themselves_is_a_claim(
    models: ModelCache, language: str, text: str, cue: str, content: str
) -> None:
    """ "La ministre s'est dite favorable à …": a reflexive verb of saying reports what the
    speaker says of themselves, the predicate after it; the reflexive belongs to the cue."""
    claim = the_claim(analyse(models, language, text))
    assert claim.cue is not None and claim.cue.text == cue
    assert claim.content.text == content


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le Monde rapporte que le projet a été abandonné.", "Le Monde"),
        ("Le Figaro révèle que le ministre a menti.", "Le Figaro"),
    ],
    ids=["le-monde-rapporte", "le-figaro-revele"],
)
def test_an_outlet_named_with_its_article_keeps_it_at_a_sentence_start(
    models: ModelCache, text: str, name: str
) -> None:
    """ "Le Monde rapporte …": at a sentence's start the capital of "Le" says nothing, but the
    lexicon knows the outlet by its name with the article; "révèle", which the small model tags
    as an adjective, is "révéler"."""
    source = source_of(the_claim(analyse(models, "fr", text)))
    assert (source.name, source.type) == (name, SourceType.MEDIA)


@pytest.mark.parametrize(
    ("text", "written", "name"),
    [
        ("« Nous sommes prêts », assure-t-on à l'Élysée.", "-on à l'Élysée", "à l'Élysée"),
        (
            "« Le dossier avance », indique-t-on de même source.",
            "-on de même source",
            "de même source",
        ),
        ("« Nous sommes prêts », dit-on.", "-on", ""),
        (
            "« Rien n'est décidé », assure-t-on toutefois à Matignon.",
            "-on toutefois à Matignon",
            "à Matignon",
        ),
    ],
    ids=["a-l-elysee", "de-meme-source", "dit-on", "adverb-before-the-place"],
)
def test_the_unnamed_on_of_hearsay_keeps_where_it_speaks_from(
    models: ModelCache, text: str, written: str, name: str
) -> None:
    """ "assure-t-on à l'Élysée": an anonymous source, whose only identification is the place
    it speaks from; that place is its name, and its affiliation is not lost, past an adverb
    too ("assure-t-on toutefois à Matignon")."""
    source = source_of(the_claim(analyse(models, "fr", text)))
    assert (source.text, source.name, source.type) == (written, name, SourceType.ANONYMOUS)
    assert not source.resolved


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "fr",
            "La secrétaire générale de la CGT, Sophie Binet, a rencontré mardi le Premier"
            " ministre, Michel Barnier. « Nous n'avons rien obtenu », a-t-elle déploré.",
            "Sophie Binet",
        ),
        (
            "en",
            "The general secretary of the largest French union, Sophie Binet, met Prime Minister"
            " Michel Barnier on Tuesday. “We got nothing,” she said.",
            "Sophie Binet",
        ),
    ],
    ids=["secretaire-generale", "general-secretary"],
)
def test_a_long_role_set_off_before_a_name_is_the_name_s_title(
    models: ModelCache, language: str, text: str, name: str
) -> None:
    """ "La secrétaire générale de la CGT, Sophie Binet, a …": the role is hers, however many
    words it has, so "elle" after it is Sophie Binet, not "secrétaire"."""
    quoted = [c for c in attributed(analyse(models, language, text)) if c.kind is ClaimKind.DIRECT]
    assert [source_of(c).name for c in quoted] == [name]


def test_the_rest_of_a_name_is_no_content(models: ModelCache) -> None:
    """ "Interrogé par France Inter, le ministre a reconnu que …": the parser took "Inter" for
    an infinitive complement of "Interrogé"; the broadcaster said nothing."""
    text = (
        "Sophie Binet a rencontré le ministre mardi.\n\nInterrogé par France Inter, le ministre de"
        " l'Économie a reconnu que la croissance serait plus faible que prévu."
    )
    claims = attributed(analyse(models, "fr", text))
    assert [source_of(c).text for c in claims] == ["le ministre de l'Économie"]


@pytest.mark.parametrize(
    ("language", "text", "source", "role", "content"),
    [
        (
            "fr",
            "Selon Marc Fesneau, ministre de l'Agriculture, la crise est derrière nous.",
            "Marc Fesneau, ministre de l'Agriculture",
            "ministre de l'Agriculture",
            "la crise est derrière nous",
        ),
        (
            "fr",
            "Pour Marc Fesneau, ministre de l'Agriculture, la crise « est derrière nous ».",
            "Marc Fesneau, ministre de l'Agriculture",
            "ministre de l'Agriculture",
            "la crise « est derrière nous »",
        ),
        (
            "en",
            "According to Marc Fesneau, the French agriculture minister, the crisis is over.",
            "Marc Fesneau, the French agriculture minister",
            "French agriculture minister",
            "the crisis is over",
        ),
    ],
    ids=["selon-x-ministre", "pour-x-ministre", "according-to-x-minister"],
)
def test_a_role_after_a_prepositional_source_is_the_source_s(
    models: ModelCache, language: str, text: str, source: str, role: str, content: str
) -> None:
    """ "Selon Marc Fesneau, ministre de l'Agriculture, la crise …": the role set off after the
    name is the speaker's, not the first words of what was said."""
    claim = the_claim(analyse(models, language, text))
    mention = source_of(claim)
    assert (mention.text, mention.name, claim.content.text) == (source, "Marc Fesneau", content)
    assert mention.role == role


def test_the_subject_after_a_prepositional_source_is_not_its_role(models: ModelCache) -> None:
    """ "According to the Post, the president, a Democrat, plans …" made "the Post, the
    president" one speaker, typed a person, and left "a Democrat, plans …" as what was said:
    a phrase set off after the source that is the only subject of the verb after it is the
    clause's subject, not a role."""
    text = "According to the Post, the president, a Democrat, plans to veto the bill next week."
    claim = the_claim(analyse(models, "en", text))
    mention = source_of(claim)
    assert (mention.text, mention.type) == ("the Post", SourceType.MEDIA)
    assert claim.content.text == "the president, a Democrat, plans to veto the bill next week"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The White House said it would not comment on the report."),
        ("en", "Downing Street said the prime minister would not resign."),
        ("fr", "L'Élysée a démenti toute implication dans l'attaque."),
    ],
    ids=["white-house", "downing-street", "elysee"],
)
def test_a_seat_of_government_named_in_two_words_is_government(
    models: ModelCache, language: str, text: str
) -> None:
    """ "The White House", "Downing Street": the lexicon lists them, but their head is their
    last word ("House", "Street"); they were typed an organisation, or nothing."""
    assert source_of(the_claim(analyse(models, language, text))).type is SourceType.GOVERNMENT


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "« C'est une décision historique », a réagi la militante écologiste Camille Martin.",
            "Camille Martin",
            "militante écologiste",
        ),
        (
            "La victime a été hospitalisée. « On veut la vérité », martèle sa sœur, Nadia.",
            "Nadia",
            "sa sœur",
        ),
    ],
    ids=["role-with-adjective", "first-name-after-role"],
)
def test_a_name_after_its_role_is_the_name_and_the_role_is_kept(
    models: ModelCache, text: str, name: str, role: str
) -> None:
    """ "la militante écologiste Camille Martin" was one name (an adjective between role and
    name); "sa sœur, Nadia" too (a first name the recogniser calls MISC)."""
    source = source_of(the_claim(analyse(models, "fr", text)))
    assert (source.name, source.role, source.type) == (name, role, SourceType.PERSON)


def test_the_keeper_of_the_seals_is_a_person(models: ModelCache) -> None:
    """ "le garde des Sceaux", the French justice minister's title, was a source of unknown
    type: "garde" alone is no role ("la garde nationale")."""
    text = "« La justice passera », a assuré le garde des Sceaux."
    source = source_of(the_claim(analyse(models, "fr", text)))
    assert (source.name, source.type) == ("garde des Sceaux", SourceType.PERSON)


def test_a_name_given_in_an_apposition_is_the_speaker_s(models: ModelCache) -> None:
    """ "Her neighbor, a retired teacher named Tom Briggs": the name the apposition gives was
    lost, and the source was an anonymous "neighbor"."""
    text = (
        "Her neighbor, a retired teacher named Tom Briggs, put it more bluntly: "
        '"They don\'t care about us."'
    )
    source = source_of(the_claim(analyse(models, "en", text)))
    assert (source.name, source.type) == ("Tom Briggs", SourceType.PERSON)


def test_the_head_of_government_is_the_premier_named_with_a_comma(models: ModelCache) -> None:
    """ "Le Premier ministre, François Bayrou, …" then "le chef du gouvernement": one source,
    named; the title set off by a comma before the name counts as written before it."""
    text = (
        "Le Premier ministre, François Bayrou, a assuré mardi que la réforme « ne sera pas"
        " retirée ». « Nous irons jusqu'au bout », a martelé le chef du gouvernement."
    )
    claims = attributed(analyse(models, "fr", text))
    assert [source_of(c).name for c in claims] == ["François Bayrou", "François Bayrou"]


@pytest.mark.parametrize(
    ("language", "text", "role"),
    [
        (
            "en",
            '"Sanctions have diminishing returns," said Maria Lopez, a senior fellow at the'
            " Center for Strategic Studies.",
            "a senior fellow at the Center for Strategic Studies",
        ),
        (
            "fr",
            "« C'est très inquiétant pour la suite », estime Claire Martin, une figure du"
            " quartier.",
            "une figure du quartier",
        ),
    ],
    ids=["a-senior-fellow", "une-figure"],
)
def test_a_description_set_off_after_a_name_is_the_role(
    models: ModelCache, language: str, text: str, role: str
) -> None:
    """ "Maria Lopez, a senior fellow at …" had no role: the noun ("fellow") is none the
    lexicon lists, but an article and a noun set off after a person's name say what she does."""
    source = source_of(the_claim(analyse(models, language, text)))
    assert source.role == role
