"""Sentences the small parsers misread, and frames set inside the clause they report (issue 11,
fourteenth pass). Each case is a pattern of the language, written for this file; the guards say
what must not change."""

from __future__ import annotations

import pytest

from claimcheck.nlp.loading import ModelCache
from test_attribution_models import (
    analyse,
    attributed,
    claim_about,
    models,
    source_of,
    the_claim,
    unattributed,
)
from test_rules import Row, claims_of
from test_rules import the_claim as only_claim

__all__ = ["models"]  # the module-scoped model cache, shared with this module's tests


@pytest.mark.parametrize(
    ("language", "text", "speaker", "content"),
    [
        (
            "en",
            "Ms. Keller, aides said, will not run again next year.",
            "aides",
            "Ms. Keller, aides said, will not run again next year",
        ),
        (
            "en",
            "Like the first plan, Mr. Grant said, the second one was doomed.",
            "Mr. Grant",
            "Like the first plan, Mr. Grant said, the second one was doomed",
        ),
        (
            "en",
            "Safety, he said, matters more than speed.",
            "he",
            "Safety, he said, matters more than speed",
        ),
        (
            "fr",
            "La réforme, a-t-il dit, est enterrée pour de bon.",
            "-il",
            "La réforme, a-t-il dit, est enterrée pour de bon",
        ),
        (
            "en",
            "Anna Berg, a spokeswoman, said the budget would be cut.",
            "Anna Berg, a spokeswoman",
            "the budget would be cut",
        ),
        (
            "fr",
            "Le gouvernement a menti, a-t-il dit, et il le sait.",
            "-il",
            "Le gouvernement a menti",
        ),
    ],
    ids=[
        "name-before-frame",
        "guard-phrase-before-frame",
        "one-word-subject",
        "fr-incise",
        "guard-role",
        "fr-guard-clause",
    ],
)
def test_a_frame_inside_the_clause_it_reports(
    models: ModelCache, language: str, text: str, speaker: str, content: str
) -> None:
    """ "Ms. Keller, aides said, will not run": the words before the frame are the reported
    clause's subject, not the speaker's name, and the statement is the whole clause."""
    claim = the_claim(analyse(models, language, text))
    assert source_of(claim).text == speaker
    assert claim.content.text == content


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Trump predicts that the wall will be finished by the summer.",
            "Trump",
            "that the wall will be finished by the summer",
        ),
        (
            "A Gallup poll found last week that most voters back the plan.",
            "A Gallup poll",
            "that most voters back the plan",
        ),
        (
            "Three residents, who like others spoke on condition of anonymity, said the water "
            "smelled of fuel.",
            "Three residents, who like others spoke on condition of anonymity",
            "the water smelled of fuel",
        ),
        (
            "Ms. Alvarez, meanwhile, who holds no such endorsements, said the fact spoke volumes "
            "about the race.",
            "Ms. Alvarez, meanwhile, who holds no such endorsements",
            "the fact spoke volumes about the race",
        ),
        (
            "Large majorities of voters going to the polls on Tuesday said they backed the "
            "measure.",
            "Large majorities of voters",
            "they backed the measure",
        ),
        (
            "On Monday in Denver, while campaigning for his wife Hillary Clinton, former "
            "president Bill Clinton said she was ready to lead.",
            "former president Bill Clinton",
            "she was ready to lead",
        ),
    ],
    ids=[
        "verb-read-as-plural-noun",
        "verb-read-as-participle",
        "counted-subject-and-aside",
        "adverb-set-off-before-the-aside",
        "participle-read-as-subject",
        "name-hung-on-another-name",
    ],
)
def test_a_misparsed_report_keeps_its_speaker(
    models: ModelCache, text: str, speaker: str, content: str
) -> None:
    """The parse of each sentence is wrong in a way the rules can see: a verb tagged as a noun
    or a participle with no other verb in its sentence, a subject hung elsewhere."""
    claim = the_claim(analyse(models, "en", text))
    assert source_of(claim).text == speaker
    assert claim.content.text == content


@pytest.mark.parametrize(
    "text",
    [
        "Trump claims that are false keep circulating online.",
        "She recalled her March comment that the mines would close.",
    ],
    ids=["noun-with-relative", "noun-with-owner-and-date"],
)
def test_a_noun_before_that_stays_a_noun(models: ModelCache, text: str) -> None:
    """Guards: "claims that are false" is a noun and its relative clause, and "her March
    comment" has an owner: no verb of the month's."""
    for claim in attributed(analyse(models, "en", text)):
        assert source_of(claim).text != "March"
        assert source_of(claim).text != "Trump"


# -- parses the small English model gives on press copy, built by hand --------------------------

LISTENER_AFTER_COORDINATION = (
    "Buyers should compare offers and not trust labels, she told reporters."
)
LISTENER_AFTER_COORDINATION_ROWS: list[Row] = [
    ("Buyers", 2, "nsubj", "NOUN", "buyer", "Number=Plur"),
    ("should", 2, "aux", "AUX", "should", "VerbForm=Fin"),
    ("compare", 2, "ROOT", "VERB", "compare", "VerbForm=Inf"),
    ("offers", 2, "dobj", "NOUN", "offer", "Number=Plur"),
    ("and", 2, "cc", "CCONJ", "and", "ConjType=Cmp"),
    ("not", 6, "neg", "PART", "not", "Polarity=Neg"),
    ("trust", 2, "conj", "VERB", "trust", "VerbForm=Inf"),
    ("labels", 6, "dobj", "NOUN", "label", "Number=Plur"),
    (",", 10, "punct", "PUNCT", ",", "PunctType=Comm"),
    ("she", 10, "nsubj", "PRON", "she", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("told", 2, "conj", "VERB", "tell", "Tense=Past|VerbForm=Fin"),
    ("reporters", 10, "dobj", "NOUN", "reporter", "Number=Plur"),
    (".", 2, "punct", "PUNCT", ".", "PunctType=Peri"),
]


def test_whom_it_was_told_to_closes_the_frame() -> None:
    """ "…, she told reporters." when the parser coordinates "told" with the verb before it:
    the frame still closes the sentence, and all before it is what she said."""
    claim = only_claim(
        claims_of("en", LISTENER_AFTER_COORDINATION, LISTENER_AFTER_COORDINATION_ROWS)
    )
    assert source_of(claim).text == "she"
    assert claim.content.text == "Buyers should compare offers and not trust labels"


SUBJECT_HUNG_ON_A_NAME = "In a call with Joe Brown, the candidate stated that the plan failed."
SUBJECT_HUNG_ON_A_NAME_ROWS: list[Row] = [
    ("In", 9, "prep", "ADP", "in", ""),
    ("a", 2, "det", "DET", "a", "Definite=Ind|PronType=Art"),
    ("call", 0, "pobj", "NOUN", "call", "Number=Sing"),
    ("with", 2, "prep", "ADP", "with", ""),
    ("Joe", 5, "compound", "PROPN", "Joe", "Number=Sing"),
    ("Brown", 3, "pobj", "PROPN", "Brown", "Number=Sing"),
    (",", 5, "punct", "PUNCT", ",", "PunctType=Comm"),
    ("the", 8, "det", "DET", "the", "Definite=Def|PronType=Art"),
    ("candidate", 5, "appos", "NOUN", "candidate", "Number=Sing"),
    ("stated", 9, "ROOT", "VERB", "state", "Tense=Past|VerbForm=Fin"),
    ("that", 13, "mark", "SCONJ", "that", ""),
    ("the", 12, "det", "DET", "the", "Definite=Def|PronType=Art"),
    ("plan", 13, "nsubj", "NOUN", "plan", "Number=Sing"),
    ("failed", 9, "ccomp", "VERB", "fail", "Tense=Past|VerbForm=Fin"),
    (".", 9, "punct", "PUNCT", ".", "PunctType=Peri"),
]


def test_a_subject_hung_on_the_name_before_it_still_speaks() -> None:
    """The parser made "the candidate" an apposition of the name in the phrase before it,
    leaving "stated" with no subject: the noun phrase right before the verb, set off by the
    comma, is who stated it."""
    claim = only_claim(claims_of("en", SUBJECT_HUNG_ON_A_NAME, SUBJECT_HUNG_ON_A_NAME_ROWS))
    assert source_of(claim).text == "the candidate"
    assert claim.content.text == "that the plan failed"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "At a town hall in Salem, Trump went after Bush, calling him “a total stiff.”",
            "Trump",
            "him “a total stiff.”",
        ),
        (
            "Col. Steven Warren, a military spokesman, said the strikes had hit their targets.",
            "Col. Steven Warren, a military spokesman",
            "the strikes had hit their targets",
        ),
    ],
    ids=["main-clause-between-commas", "guard-apposition"],
)
def test_a_participles_speaker_is_its_clauses_subject(
    models: ModelCache, text: str, speaker: str, content: str
) -> None:
    """The main clause between two commas is no aside on the place before it: "calling" is
    Trump's, not Salem's."""
    claim = the_claim(analyse(models, "en", text))
    assert source_of(claim).text == speaker
    assert claim.content.text == content


@pytest.mark.parametrize(
    "text",
    [
        "On Friday morning, the third day of his tour, the candidate told a joke.",
        "Despite the vote, the party has called a referendum for June against the law.",
    ],
    ids=["guard-told-a-joke", "guard-called-a-referendum"],
)
def test_what_was_told_is_not_whom_it_was_told_to(models: ModelCache, text: str) -> None:
    """Guards: an object that cannot be spoken to does not close a frame, so the words before
    it are nobody's statement."""
    for claim in attributed(analyse(models, "en", text)):
        assert not claim.content.text.startswith(("On Friday", "Despite"))


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The mayor spent $40,000 on flights last year, city expense records show.",
            "city expense records",
            "The mayor spent $40,000 on flights last year",
        ),
        (
            "The plant released more waste than it reported, state data show.",
            "state data",
            "The plant released more waste than it reported",
        ),
        (
            "The senator, records show, has not voted on a farm bill since 2019.",
            "records",
            "The senator, records show, has not voted on a farm bill since 2019",
        ),
        (
            "The firm gave nothing to either party, Federal Election Commission records show.",
            "Federal Election Commission records",
            "The firm gave nothing to either party",
        ),
        (
            "The hospital billed patients twice, Health Department records show.",
            "Health Department records",
            "The hospital billed patients twice",
        ),
        (
            "Most families paid more for heating, a county survey found.",
            "a county survey",
            "Most families paid more for heating",
        ),
    ],
    ids=[
        "records-show-read-as-noun",
        "data-show-read-as-noun",
        "records-show-between-commas",
        "head-noun-hung-on-the-verb",
        "head-noun-hung-on-the-verb-after-a-body",
        "guard-survey-found",
    ],
)
def test_a_document_set_off_after_its_clause_is_its_source(
    models: ModelCache, text: str, speaker: str, content: str
) -> None:
    """ "…, records show.": the small English model reads "show" as a noun, or hangs "records"
    on it, and the record on which the sentence rests was lost. The position marks the frame."""
    claim = the_claim(analyse(models, "en", text))
    assert source_of(claim).text == speaker
    assert source_of(claim).type.value == "document"
    assert claim.content.text == content


@pytest.mark.parametrize(
    "text",
    [
        "She appeared on several programs, including cable news shows.",
        "The network cancelled two of its talk shows, the comedy and the quiz.",
        "Voters, Clinton suggested.",
        "The senator kept a small staff, a police detail, a rented van and a driver.",
        "At the hearing, nearly every question, including those put to the mayor, was about money.",
    ],
)
def test_a_noun_that_looks_like_a_frame_is_no_claim(models: ModelCache, text: str) -> None:
    assert attributed(analyse(models, "en", text)) == []


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "In a Quinnipiac/Marist poll released Tuesday, 48 percent of voters backed the levy.",
            "a Quinnipiac/Marist poll",
            "48 percent of voters backed the levy",
        ),
        (
            "In the most recent county survey, 62 percent of renters said they paid more.",
            # the survey holds what the renters said, as PolNeAR's annotators mark it ("In a
            # CNN/ORC International Poll the same month, 38 percent of voters said …")
            "the most recent county survey",
            "62 percent of renters said they paid more",
        ),
        (
            "Turnout among young voters rose by 9 points in the same poll.",
            "the same poll",
            "Turnout among young voters rose by 9 points",
        ),
        (
            "In the latest county poll, conducted in May, 52 percent backed the bond.",
            "the latest county poll",
            "52 percent backed the bond",
        ),
        (
            "Forty-six percent of people in the poll said they backed the plan.",
            None,  # the poll is where the people are, not what said it
            "they backed the plan",
        ),
    ],
    ids=[
        "opening-poll-with-two-pollsters",
        "survey-holds-what-was-said",
        "closing-poll",
        "poll-with-its-date-set-off",
        "guard-poll-on-a-noun",
    ],
)
def test_a_poll_that_places_the_figures_is_their_source(
    models: ModelCache, text: str, source: str | None, content: str
) -> None:
    """ "In an NBC News/Wall Street Journal poll, 50 percent …": English news, like French,
    gives the poll its figures come from with a preposition."""
    claim = the_claim(analyse(models, "en", text))
    if source is not None:
        assert source_of(claim).text == source
        assert source_of(claim).type.value == "document"
    assert claim.content.text == content


@pytest.mark.parametrize(
    "text",
    [
        "He was interviewed in a study in 2010.",
        "The mayor has a clear lead in the polls ahead of the vote.",
        "The mayor continues to lead in the polls by 10 points.",
    ],
)
def test_a_poll_without_figures_is_no_source(models: ModelCache, text: str) -> None:
    assert attributed(analyse(models, "en", text)) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("“Too much hate,” she said, blaming some of it on the campaign.", "“Too much hate,”"),
        ('"Savage," she said, meaning that he does not care.', '"Savage,"'),
        ("« Trop de haine », a-t-elle dit, en accusant la campagne.", "« Trop de haine »"),
        ("“Too much hate,” she said.", "“Too much hate,”"),
    ],
    ids=[
        "participle-after",
        "participle-clause-after",
        "guard-fr-gerund-after",
        "guard-frame-ends",
    ],
)
def test_a_short_quotation_before_its_frame_is_all_that_was_said(
    models: ModelCache, text: str, content: str
) -> None:
    """A short quotation that opens the sentence, its frame after it: what follows the
    frame's comma is the writer's account of the speaker, not more of the words. The content
    was the whole sentence, frame and all."""
    language = "fr" if "«" in text else "en"
    claim = claim_about(analyse(models, language, text), content.strip('“”"« »,'))
    assert claim.content.text == content


@pytest.mark.parametrize(
    ("text", "content", "next_act"),
    [
        (
            "Chris Brownell, an audience member, said he makes $41,000 a year and questioned"
            " how he would be helped by the plan.",
            "he makes $41,000 a year",
            "how he would be helped by the plan",
        ),
        (
            "Trump said Clinton is a liar and called on voters to reject her.",
            "Clinton is a liar",
            "voters to reject her",
        ),
        ("He said he went home and slept.", "he went home and slept", None),
    ],
    ids=["present-then-past", "present-then-past-cue", "guard-one-tense"],
)
def test_a_past_verb_after_a_present_clause_is_the_reporters(
    models: ModelCache, text: str, content: str, next_act: str | None
) -> None:
    """ "said he makes … and questioned …": the parser joins "questioned" to the reported
    clause, but its tense ties it to "said": the speaker's next act, not what was said. In
    one tense the reading is open and the clause keeps the verb (guard)."""
    claims = attributed(analyse(models, "en", text))
    assert claims[0].content.text == content
    if next_act is not None:
        assert [c.content.text for c in claims[1:]] == [next_act]
        assert source_of(claims[1]).text == source_of(claims[0]).text


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'An official said the mayor "respects the council" but believes taxes are too high.',
            'the mayor "respects the council" but believes taxes are too high',
        ),
        (
            "Trump has said he doesn't plan a mock debate and thinks Ivanka could play Clinton.",
            "he doesn't plan a mock debate",
        ),
    ],
    ids=["present-then-present", "guard-perfect-cue"],
)
def test_a_present_verb_after_a_present_clause_goes_on_with_it(
    models: ModelCache, text: str, content: str
) -> None:
    """The mirror of the test above: "said the mayor respects … but believes …", the parser
    joining "believes" to "said", made a second claim, the official's belief. In the
    reported clause's tense it goes on with the clause. After a perfect ("has said … and
    thinks"), the two verbs are one subject's acts, and the clause stays as it was."""
    claims = attributed(analyse(models, "en", text))
    assert claims[0].content.text == content


def test_a_verb_of_saying_after_a_closed_quotation_is_the_speakers_next_act(
    models: ModelCache,
) -> None:
    """ "affirme que « … » et annonce son intention de …": the small French model read
    "annonce" as a noun joined to the reported clause, and the announcement was part of what
    the direction affirmed."""
    text = (
        "Dans un communiqué, sa direction affirme que « toutes les règles ont été respectées »"
        " et annonce son intention de porter plainte."
    )
    claims = attributed(analyse(models, "fr", text))
    assert [(c.cue.text if c.cue else None, c.content.text) for c in claims] == [
        ("affirme", "que « toutes les règles ont été respectées »"),
        ("annonce", "son intention de porter plainte"),
    ]
    assert source_of(claims[1]).text == "sa direction"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "« Rien n'est joué », estime Bruno Coquet, chercheur, qui rappelle qu'une précédente"
            " réforme, en 2021, n'avait « pas produit les résultats annoncés ».",
            "qu'une précédente réforme, en 2021, n'avait « pas produit les résultats annoncés »",
        ),
    ],
)
def test_a_reported_clause_read_as_a_noun_keeps_its_predicate(
    models: ModelCache, text: str, content: str
) -> None:
    """The small French model read "qu'une précédente réforme" as the whole clause and hung
    "n'avait pas produit" on "estime": the content stopped at "réforme", and the quoted
    words were a claim of their own."""
    claims = attributed(analyse(models, "fr", text))
    assert [c.content.text for c in claims][1:] == [content]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Thank you, son," Cruz replied, before adding that children should listen.', "Cruz"),
        ("He spoke for an hour before noting that the deficit had grown.", "He"),
        (
            "The candidate has bucked advice, committing repeated gaffes after telling his aides"
            " that he would change.",
            "The candidate",
        ),
    ],
    ids=["before-adding", "before-noting", "subject-of-the-verb-above"],
)
def test_a_gerund_after_a_preposition_of_time_goes_on_with_the_subject(
    models: ModelCache, text: str, speaker: str
) -> None:
    """ "…, Cruz replied, before adding that …": Cruz adds; the gerund under "before" made no
    claim, the parser hanging it on the preposition."""
    claim = claim_about(analyse(models, "en", text), "that")
    assert source_of(claim).text == speaker
    assert claim.content.text.startswith("that")


def test_a_gerund_after_for_is_not_the_subjects(models: ModelCache) -> None:
    """Guard: "criticized Rubio for saying …" is Rubio's saying, never Trump's."""
    text = "Trump criticized Rubio for saying that the wall would fail."
    for claim in attributed(analyse(models, "en", text)):
        assert claim.cue is not None and "saying" not in claim.cue.text


def test_a_gerund_after_a_thing_is_not_the_things(models: ModelCache) -> None:
    """Guard: "Rubio saw his support collapse quickly after mocking Trump": the parse hangs
    "after" on "collapse", whose subject cannot speak; "his support" mocked nobody."""
    text = (
        "Most recently, Rubio saw his support collapse quickly after derisively mocking Trump"
        " in the last two debates."
    )
    assert all(source_of(c).text != "his support" for c in attributed(analyse(models, "en", text)))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'Trump called Cruz the "ultimate hypocrite," linking to a story.',
            'Cruz the "ultimate hypocrite,"',
        ),
        (
            "Trump called Ford’s plans to open a plant in Mexico “an absolute disgrace” and vowed"
            " to tax the cars.",
            "Ford’s plans to open a plant in Mexico “an absolute disgrace”",
        ),
        (
            "Ryan on Tuesday called Trump’s remarks about the judge “racist.”",
            "Trump’s remarks about the judge “racist.”",
        ),
    ],
    ids=["predicate-as-apposition", "then-another-verb", "a-day-between"],
)
def test_a_name_and_called_is_who_called(models: ModelCache, text: str, content: str) -> None:
    """ "Trump called Cruz …" parsed as "Trump, called Cruz": a name and a verb with an object
    right after it read as a name and its description. The claim was lost, and the next
    verb's speaker was "Trump called Ford's plans … and". A time phrase may stand between the
    name and the verb ("Ryan on Tuesday called …")."""
    claims = attributed(analyse(models, "en", text))
    assert claims[0].content.text == content
    speaker = text.split()[0]
    assert [source_of(c).text for c in claims] == [speaker] * len(claims)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "No official has said that the bridge would close."),
        ("fr", "Aucun responsable n'a affirmé que le pont fermerait."),
    ],
    ids=["en", "fr"],
)
def test_a_denied_speaker_says_nothing(models: ModelCache, language: str, text: str) -> None:
    """ "No official has said that …" says that nobody did: it was the claim of an anonymous
    "No official". The sentence is the article's own statement."""
    report = analyse(models, language, text)
    assert attributed(report) == []
    assert [c.content.text for c in unattributed(report)] == [text]


def test_a_denial_reported_by_someone_is_theirs(models: ModelCache) -> None:
    """A guard: "No official has said …, the mayor said" is the mayor's claim."""
    text = "No official has said that the bridge would close, the mayor said."
    claim = the_claim(analyse(models, "en", text))
    assert source_of(claim).text == "the mayor"


@pytest.mark.parametrize(
    ("language", "text", "content"),
    [
        (
            "en",
            "The rising generation tends to hold liberal views: most describe themselves as "
            "liberal on social issues.",
            "themselves as liberal on social issues",
        ),
        (
            "fr",
            "La jeunesse penche nettement à gauche : la plupart des jeunes interrogés affirment "
            "être progressistes.",
            "être progressistes",
        ),
    ],
    ids=["en", "fr-guard"],
)
def test_a_sentence_before_a_colon_is_not_what_the_verb_after_it_reports(
    models: ModelCache, language: str, text: str, content: str
) -> None:
    """ "… hold liberal views: 53% describe themselves as liberal": the parser hung the
    sentence before the colon on "describe" as its clause, and that sentence was what the 53 %
    described. A colon announces what follows; the clause before it is the writer's."""
    claim = the_claim(analyse(models, language, text))
    assert claim.content.text == content


def test_a_quantity_compared_with_a_promise_is_no_claim(models: ModelCache) -> None:
    """ "… would not yield nearly as much money as he has promised": the as-clause compares a
    quantity with what he promised; unlike "…, as the minister announced", it vouches for no
    clause, and the sentence was his claim."""
    text = "The cuts would not yield nearly as much money as the governor has promised."
    assert attributed(analyse(models, "en", text)) == []
    text = "Unemployment will fall, as the governor has promised."
    assert source_of(the_claim(analyse(models, "en", text))).text == "the governor"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The mayor said he would veto the bill, which passed the council on Tuesday.",
            "he would veto the bill",
        ),
        ("Trump said he had met Smith, who later resigned.", "he had met Smith"),
        (
            "The mayor said the bill, which passed on Tuesday, would fail.",
            "the bill, which passed on Tuesday, would fail",
        ),
        (
            "The mayor said he would veto “the bill, which nobody read.”",
            "he would veto “the bill, which nobody read.”",
        ),
        (
            "The senator said she would repeal the Hyde Amendment, a longstanding provision"
            " that bars federal funding.",
            "she would repeal the Hyde Amendment",
        ),
        (
            "The senator said she bought apples, a pear and bread.",
            "she bought apples, a pear and bread",
        ),
    ],
    ids=["which", "who", "guard-inside-the-clause", "guard-quoted", "apposition", "guard-a-list"],
)
def test_a_relative_clause_ending_the_reported_clause_is_the_writers(
    models: ModelCache, text: str, content: str
) -> None:
    """ "said he would veto the bill, which passed the council on Tuesday": the vote is the
    writer's aside about the bill, set off by its comma, as PolNeAR's annotators read it (they
    end the content before ", which", ", who" or ", where" 60 times on train, never after);
    so is an apposition opened by "a" ("…, a longstanding provision that …"). A relative
    inside the clause, the speaker's quoted words, or a list, stay."""
    claim = next(
        c for c in attributed(analyse(models, "en", text)) if c.cue and c.cue.text == "said"
    )
    assert claim.content.text == content


def test_a_relative_pronoun_before_another_subject_is_not_the_speaker(
    models: ModelCache,
) -> None:
    """ "the department, which he argued seeks to restore equity": the parser gives "argued"
    two subjects; "which" is the fronted subject of what he argued, and he argued it. The
    claim was the department's."""
    text = (
        "Grayson criticized his opponents for their hostility toward the department, which he"
        " argued seeks to restore equity."
    )
    claims = attributed(analyse(models, "en", text))
    claim = next(c for c in claims if c.cue is not None and c.cue.lemma == "argue")
    assert source_of(claim).text == "he"
    assert source_of(claim).name == "Grayson"


def test_an_apposition_after_the_reported_clause_is_no_speaker(models: ModelCache) -> None:
    """ "those surveyed say the city should …, an ambitious goal that …": the parser hung the
    apposition on "say" as a second subject, and the goal was the speaker."""
    text = (
        "By a wide margin, those surveyed say the city should close the coal plant by 2030, an"
        " ambitious goal that would surely require new funding."
    )
    claim = the_claim(analyse(models, "en", text))
    assert source_of(claim).text == "those surveyed"


@pytest.mark.parametrize(
    "text",
    [
        "He joined a website called Real News Right Now.",
        "A newly formed super PAC called Future 45 released an ad.",
        "Donald Trump called Wednesday for the justice to resign.",
    ],
    ids=["guard-a-thing-called", "guard-a-name-with-a-determiner", "guard-a-day-is-no-object"],
)
def test_what_is_called_a_name_is_no_claim(models: ModelCache, text: str) -> None:
    """Guards: "a website called Real News Right Now", "a super PAC called Future 45" name
    a thing; "called Wednesday" is when (its "for …" is lost to the parse, as before)."""
    claims = attributed(analyse(models, "en", text))
    assert all(
        c.content.text not in ("Real News Right Now", "Future 45", "Wednesday") for c in claims
    )


def test_a_content_never_opens_on_a_comma(models: ModelCache) -> None:
    """ "Aides say the more delegates he takes …, the more leverage he should have": the parse
    hangs the comma on the second clause, and the content opened on it."""
    text = (
        "Aides say the more delegates he takes to the convention, the more leverage he should have."
    )
    claim = the_claim(analyse(models, "en", text))
    assert claim.content.text == "the more leverage he should have"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('Asked whether he would fire a speechwriter, Priebus said, "Probably."', '"Probably."'),
        (
            "Asked on Monday whether he would serve, Mrs. Clinton shook her head and said, ''No.''",
            "''No.''",
        ),
    ],
    ids=["said-comma-word", "typewriter-quotes"],
)
def test_a_short_quotation_closing_the_sentence_after_said_is_what_was_said(
    models: ModelCache, text: str, content: str
) -> None:
    """'Asked whether …, Priebus said, "Probably."': the one word after the frame's comma,
    closing the sentence, is the answer; the content was the whole sentence, question and
    frame. And the question put to the speaker is no statement of the article's."""
    claims = analyse(models, "en", text)
    assert [c.content.text for c in claims] == [content]


def test_a_short_quotation_inside_a_clause_is_not_the_answer(models: ModelCache) -> None:
    """Guard: 'an outcome he said "we have long anticipated."' has no comma before the
    quotation, which goes on the relative clause: Mook's claim keeps it."""
    text = (
        "Robby Mook acknowledged the two had split the first contests, which is an outcome he"
        ' said "we have long anticipated."'
    )
    claim = claim_about(analyse(models, "en", text), "split")
    assert source_of(claim).text == "Robby Mook"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Trump criticized Clinton directly for the decade of foreign policies in the region.",
            "Clinton directly for the decade of foreign policies in the region",
        ),
        (
            "He described the country as beset by illegal immigrants.",
            "the country as beset by illegal immigrants",
        ),
        ("He criticized the plan as it was unveiled on Tuesday.", "the plan"),
    ],
    ids=["adverb-then-for", "as-a-participle", "guard-as-a-clause-of-time"],
)
def test_what_completes_an_object_past_an_adverb_or_as(
    models: ModelCache, text: str, content: str
) -> None:
    """ "criticized Clinton directly for …" stopped at "directly"; "described the country as
    beset by …" at "as" (tagged a conjunction). A clause of time after "as" is no part of it."""
    claim = the_claim(analyse(models, "en", text))
    assert claim.content.text == content


def test_an_inverted_speaker_with_a_participle_before_the_role_still_speaks(
    models: ModelCache,
) -> None:
    """'"…," said retired neurosurgeon Ben Carson, asked about his claim.': the parse made
    Carson the subject of "asked", and "retired" (a verb to the tagger) read as a clause: no
    claim at all."""
    text = (
        '"I am not going to say it is a mistake, so forget about it," said retired neurosurgeon'
        " Ben Carson, asked about his claim."
    )
    claim = the_claim(analyse(models, "en", text))
    assert source_of(claim).text == "retired neurosurgeon Ben Carson"
    assert claim.content.text.startswith('"I am not going')


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('"Absolutely," he said when asked whether the convention would be open.', '"Absolutely,"'),
        ('"Absolutely not," he said of the possibility.', '"Absolutely not,"'),
    ],
    ids=["when-asked", "of-the-topic"],
)
def test_a_short_quotation_before_a_frame_with_its_phrase(
    models: ModelCache, text: str, content: str
) -> None:
    """'"Absolutely," he said when asked …': a phrase of the frame's verb after it, with no
    comma, leaves the quotation what was said (it was no claim, or the whole sentence)."""
    claims = attributed(analyse(models, "en", text))
    assert [c.content.text for c in claims if c.cue and c.cue.text == "said"] == [content]


@pytest.mark.parametrize(
    ("language", "text", "content"),
    [
        ("en", "Asked if he was ever bullied, the candidate said no.", "no"),
        ("en", "Seventy-two percent of Democrats said yes.", "yes"),
        ("fr", "Interrogé sur une candidature, le maire a dit non.", "non"),
    ],
    ids=["said-no", "said-yes", "fr-a-dit-non"],
)
def test_an_answer_is_what_was_said(
    models: ModelCache, language: str, text: str, content: str
) -> None:
    """ "the candidate said no": the answer is the claim (it was none, or the whole sentence
    unattributed)."""
    claim = the_claim(analyse(models, language, text))
    assert claim.content.text == content


@pytest.mark.parametrize(
    "text",
    [
        'To chants of "Marco! Marco!," the senator said his campaign was "closing strong."',
        '"I prefer Kasich," he said, noting he had previously backed Marco Rubio.',
    ],
    ids=["guard-a-clause-after-the-frame", "guard-a-participle-of-saying"],
)
def test_a_short_quotation_is_not_what_a_clause_after_reports(
    models: ModelCache, text: str
) -> None:
    """Guards: the quotation before a frame whose verb reports a clause of its own ("said his
    campaign was …", "noting he had …") is not that clause's content."""
    reported = {c.content.text for c in attributed(analyse(models, "en", text))}
    assert any(("campaign" in r or "backed" in r) and '"' not in r[:1] for r in reported)


def test_whoever_is_asked_in_a_frame_s_setting_asks_nothing(models: ModelCache) -> None:
    """ "''Jobs, jobs, jobs,'' Mrs. Clinton said on The Late Show last month when asked what Mr.
    Clinton would do": "asked", tagged a finite past, made her the one asking; and the frame's
    setting is no statement of the article's."""
    text = (
        "''Jobs, jobs, jobs,'' Mrs. Clinton said on The Late Show last month when asked what"
        " Mr. Clinton would do in the White House."
    )
    claims = analyse(models, "en", text)
    assert [c.content.text for c in claims] == ["''Jobs, jobs, jobs,''"]


def test_a_clause_joined_to_a_frame_is_still_the_article_s(models: ModelCache) -> None:
    """Guard: '"We will win," he said, and the crowd went wild': the clause after the frame
    states something of the writer's own, and stays an unattributed statement."""
    text = '"We will win," he said, and the crowd went wild as the band played.'
    assert [c.content.text for c in unattributed(analyse(models, "en", text))] == [
        "the crowd went wild as the band played."
    ]


def test_a_heading_before_a_quotation_is_not_its_speaker(models: ModelCache) -> None:
    """ "His final assessment: “…,” he said.": the parser made both the heading and "he"
    subjects of "said", and the noun won; the speaker is the one in incise position."""
    text = (
        "“We will slip back into the usual mode,” Emanuel said. His final assessment: “It’s not"
        " quite optimistic,” he said."
    )
    claims = attributed(analyse(models, "en", text))
    assert [source_of(c).name for c in claims] == ["Emanuel", "Emanuel"]


def test_a_participle_after_an_apposition_is_not_the_apposition_s(models: ModelCache) -> None:
    """ "He wrote a commentary for the Clarion-Ledger, the state's largest newspaper, mocking
    …": a participle after a phrase set off by commas is the subject's, not that phrase's."""
    text = (
        "Judge Carlton Reeves wrote a commentary for the Clarion-Ledger, the state's largest"
        ' newspaper, mocking state leaders as "obsessed" with the bill.'
    )
    claim = the_claim(analyse(models, "en", text))
    assert source_of(claim).name == "Carlton Reeves"


def test_a_verb_joined_to_a_passive_speaks_for_its_subject(models: ModelCache) -> None:
    """ "Clinton was asked about the emails and said …": the passive's subject is the active
    verb's too; the claim had no speaker at all."""
    text = "Clinton was asked about the emails on Tuesday and said she regretted nothing."
    claim = the_claim(analyse(models, "en", text))
    assert (source_of(claim).text, claim.content.text) == ("Clinton", "she regretted nothing")


def test_a_verb_said_of_a_passive_subject_is_no_claim_of_it(models: ModelCache) -> None:
    """Guard: "The bill was passed by the Senate and said to be popular": "said" is passive
    too, and the bill says nothing."""
    text = "The bill was passed by the Senate last week and said to be popular."
    assert attributed(analyse(models, "en", text)) == []


def test_a_participle_the_verb_gives_its_object_is_the_object_s(models: ModelCache) -> None:
    """Guard: "has left many Republicans, including his supporters, wondering what …": the
    object wonders, not the subject of "left"."""
    text = (
        "But his equivocation on key issues has left many Republicans, including his"
        " supporters, wondering what he really believes."
    )
    claim = the_claim(analyse(models, "en", text))
    assert source_of(claim).text == "many Republicans, including his supporters"


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "en",
            "The last question came from a young child, who said his father drove him from Omaha.",
            "child",
        ),
        (
            "fr",
            "La dernière question est venue d'un enfant, qui a affirmé que son père l'avait"
            " conduit depuis Lyon.",
            "enfant",
        ),
    ],
    ids=["en", "fr"],
)
def test_a_child_can_speak(models: ModelCache, language: str, text: str, speaker: str) -> None:
    """ "a young child, who said …" made no claim: a child was not a noun for people."""
    claim = the_claim(attributed(analyse(models, language, text)))
    assert speaker in source_of(claim).name


@pytest.mark.parametrize(
    "text",
    [
        "Officials in the government who made the usual statements of support were mocked and"
        " criticized on social media.",
        "While not all have been released, what has been made available suggests that most of"
        " the messages were sent from a government address.",
    ],
    ids=["guard-two-passives", "guard-a-thing-made-available"],
)
def test_a_passive_s_subject_speaks_only_for_an_active_verb(models: ModelCache, text: str) -> None:
    """Guards: "were mocked and criticized on social media" (the second verb is passive too)
    and "what has been made available suggests" (no one who speaks) make no claim."""
    assert attributed(analyse(models, "en", text)) == []


def test_at_least_stays_in_the_speaker_s_quantity(models: ModelCache) -> None:
    """ "at least a dozen members of Congress told …" was the source "least a dozen members of
    Congress": the preposition of "at least" was cut as if it introduced the speaker."""
    text = "But at least a dozen members of Congress said the House is within reach."
    claim = the_claim(attributed(analyse(models, "en", text)))
    assert source_of(claim).text == "at least a dozen members of Congress"


def test_a_second_said_with_its_own_clause_is_a_second_claim(models: ModelCache) -> None:
    """ "He said the base went into collect mode and said Stevens's rescue was a priority":
    the parser hung the second "said" in the first clause, which swallowed it."""
    text = (
        'Mr. Morell said the base immediately "went into collect mode" and said the'
        " ambassador's rescue was always a priority."
    )
    claims = attributed(analyse(models, "en", text))
    assert [c.content.text for c in claims] == [
        'the base immediately "went into collect mode"',
        "the ambassador's rescue was always a priority",
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Marie Dupont, qui assure que son fils est innocent, a écrit au juge.",
            "que son fils est innocent",
        ),
        (
            "Le syndicat, qui estime que la réforme est injuste, appelle à la grève jeudi.",
            "que la réforme est injuste",
        ),
    ],
    ids=["auxiliary", "verb"],
)
def test_a_relative_s_report_ends_where_the_main_verb_resumes(
    models: ModelCache, text: str, content: str
) -> None:
    """ "Le syndicat, qui estime que …, appelle à la grève": the parser rooted the sentence on
    its subject and hung the main verb in the reported clause, which ran on to the end."""
    claim = the_claim(attributed(analyse(models, "fr", text)))
    assert claim.content.text == content


def test_what_was_told_after_whom_it_was_told_to_is_the_claim(models: ModelCache) -> None:
    """ "after Trump told The Washington Post he was “not quite there yet” …": the parser hung
    the clause on the main verb and "told" had nothing to report; the relative clause after
    the quoted words is the writer's aside."""
    text = (
        "The endorsement comes three days after Trump told The Washington Post he was “not quite"
        " there yet” on supporting Ryan, who will face a challenger."
    )
    claim = the_claim(attributed(analyse(models, "en", text)))
    assert (source_of(claim).text, claim.content.text) == (
        "Trump",
        "he was “not quite there yet” on supporting Ryan",
    )


def test_a_content_a_colon_goes_on_with_is_not_anaphoric(models: ModelCache) -> None:
    """ "Reynolds says that's what new media is: taking a stand": "that's what" points ahead
    to the colon, not back to something said before."""
    text = "Mary Reynolds says that's what new media is: taking a stand, aligning with a cause."
    claim = the_claim(attributed(analyse(models, "en", text)))
    assert claim.content.text == "that's what new media is: taking a stand, aligning with a cause"


def test_another_speaker_s_clause_ends_the_first_report(models: ModelCache) -> None:
    """ "One list says China has the most, while another says the United States …": the
    second speaker's words were part of the first list's claim."""
    text = (
        "One list says China has the most and that Beijing is the capital of billionaires, while"
        " another says the United States has twice as many."
    )
    claims = attributed(analyse(models, "en", text))
    assert [c.content.text for c in claims] == [
        "China has the most and that Beijing is the capital of billionaires",
        "the United States has twice as many",
    ]


def test_a_quotation_hung_on_the_speaker_s_role_is_not_its_name(models: ModelCache) -> None:
    """'“It's unanimous,” councilmember Mark Levine said of …': the parser hung the quotation
    on "councilmember", and the source began with the quoted words (no claim was made)."""
    text = (
        "“It’s unanimous,” councilmember Mark Levine said of the council’s support for ending"
        " the contracts."
    )
    claim = the_claim(attributed(analyse(models, "en", text)))
    assert (source_of(claim).text, claim.content.text) == (
        "councilmember Mark Levine",
        "“It’s unanimous,”",
    )


def test_the_means_of_a_statement_is_not_its_speaker(models: ModelCache) -> None:
    """ "The senator, now retired, said by telephone that …": the parser read "by telephone"
    as a passive's agent, and the telephone was the source."""
    text = "The senator, now retired, said by telephone that the bill would pass."
    claim = the_claim(attributed(analyse(models, "en", text)))
    assert source_of(claim).text.startswith("The senator")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“The eruption of war is a reminder,” Will wrote.", "Will"),
        ("Columnist George Will wrote that the governor can win.", "George Will"),
        ("“We will not give up,” May said.", "May"),
    ],
    ids=["will-after-a-quotation", "george-will", "may-after-a-quotation"],
)
def test_a_name_that_is_also_a_modal_speaks(models: ModelCache, text: str, speaker: str) -> None:
    """ "“…,” Will wrote." made no claim and "Columnist George Will wrote" had the cue "Will
    wrote": the parser read the name as the modal; a modal never comes before "wrote"."""
    claim = the_claim(attributed(analyse(models, "en", text)))
    assert source_of(claim).name == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Theresa May said the talks had failed.",
        "Theresa May said the talks had failed.",
    ],
    ids=["with-her-title", "opening-the-sentence"],
)
def test_a_surname_that_is_a_month_stays_in_the_name(models: ModelCache, text: str) -> None:
    """ "Prime Minister Theresa May said" had the source "Prime Minister Theresa": "May" was
    cut as the date the parser hung on the speaker."""
    claim = the_claim(attributed(analyse(models, "en", text)))
    assert source_of(claim).name == "Theresa May"


@pytest.mark.parametrize(
    "text",
    [
        "The minister said in May that the talks had failed.",
        "It will be said that the talks had failed.",
    ],
    ids=["guard-the-month", "guard-the-modal"],
)
def test_a_month_and_a_modal_stay_what_they_are(models: ModelCache, text: str) -> None:
    """Guards: "in May" is a date, not a name; "will be said" is a modal."""
    names = [c.source.name for c in analyse(models, "en", text) if c.source is not None]
    assert not [n for n in names if "May" in n or "Will" in n or "will" in n]


def test_a_speaker_after_the_quotation_keeps_his_party_tag(models: ModelCache) -> None:
    """ "…," said Oversight ranking Democrat Elijah Cummings (D-Md.).": the brackets after the
    name stopped the speaker (only an acronym was read there) and "ranking", parsed a verb,
    made it a clause; the quotation was left to nobody."""
    text = (
        '"Republicans are so frustrated with the decision that they are unloading on her with'
        ' everything they have got," said Oversight ranking Democrat Elijah Cummings (D-Md.).'
    )
    claim = the_claim(attributed(analyse(models, "en", text)))
    assert source_of(claim).name == "Elijah Cummings"


def test_a_party_before_a_name_is_not_the_name(models: ModelCache) -> None:
    """ "Democrat Elijah Cummings" was named "Democrat", a body: the recogniser marked the
    party and missed the name after it."""
    claim = the_claim(
        attributed(analyse(models, "en", '"We are frustrated," said Democrat Elijah Cummings.'))
    )
    assert (source_of(claim).name, source_of(claim).type.value) == ("Elijah Cummings", "person")


def test_a_quoted_word_parsed_as_a_subject_is_not_the_writer(models: ModelCache) -> None:
    """'"Meh," wrote a Trump supporter who runs the account …': the parser gave "wrote" two
    subjects, the quoted word and the supporter, and the quoted word was the source."""
    text = '"Meh," wrote a Trump supporter who runs the Twitter account @WomenForTrump.'
    claim = the_claim(attributed(analyse(models, "en", text)))
    assert source_of(claim).text.startswith("a Trump supporter")


def test_the_noun_of_with_is_the_participle_s_subject(models: ModelCache) -> None:
    """ "The conversation ended with Maddow asking Clinton whether …": the conversation
    asked nothing; the participle after "with Maddow" is hers."""
    text = (
        "The conversation ended with Maddow asking Clinton whether she would consider a woman"
        " as a running mate."
    )
    claim = the_claim(attributed(analyse(models, "en", text)))
    assert source_of(claim).text == "Maddow"


def test_a_dash_ends_the_source_after_according_to(models: ModelCache) -> None:
    """ "most Americans - 63 percent in 2014, according to the National Academies report -
    still believe …": the source ran past the dash that closes the aside ("… report -
    still")."""
    text = (
        "For all the hatred of immigrants, most Americans - 63 percent in 2014, according to the"
        " National Academies report - still believe immigration is a good thing."
    )
    claim = the_claim(attributed(analyse(models, "en", text)))
    assert source_of(claim).text == "the National Academies report"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Some 59 percent of registered voters view her unfavorably, according to an ABC"
            " News-Washington Post poll last week – virtually the same as Mr. Trump's 60 percent.",
            "Some 59 percent of registered voters view her unfavorably",
        ),
        (
            "Consumer prices rose sharply in March, according to the Labor Department, which"
            " released the figures on Friday.",
            "Consumer prices rose sharply in March",
        ),
    ],
    ids=["guard-a-gloss-after-a-dash", "guard-a-relative-clause-on-the-source"],
)
def test_what_follows_the_source_of_according_to_is_not_always_its_claim(
    models: ModelCache, text: str, content: str
) -> None:
    """Guards, now that the source stops at a dash or a relative pronoun: the writer's gloss
    after the dash ("– virtually the same as …") and a relative clause on the source ("…,
    which released the figures") are not what the source vouches for."""
    claim = the_claim(attributed(analyse(models, "en", text)))
    assert claim.content.text == content


def test_a_relative_clause_on_the_source_of_according_to_is_skipped(models: ModelCache) -> None:
    """ "Notably absent from the conversation, according to members who spoke with reporters
    afterward, was any mention of …": the sentence goes on past the relative clause on the
    source; the source was "members who"."""
    text = (
        "Notably absent from the conversation, according to members who spoke with reporters"
        " afterward, was any mention of the investigation into the attack."
    )
    claim = the_claim(attributed(analyse(models, "en", text)))
    assert source_of(claim).text == "members"
    assert claim.content.text.endswith("was any mention of the investigation into the attack")


@pytest.mark.parametrize(
    ("language", "text", "speaker", "content"),
    [
        ("en", "“It is paranoia,”Clinton said on Monday.", "Clinton", "“It is paranoia,”"),
        (
            "en",
            "The mayor said,“We will rebuild the bridge.”",
            "The mayor",
            "“We will rebuild the bridge.”",
        ),
        ("en", "“We will win”,she said.", "she", "“We will win”"),
        (
            "fr",
            "«Nous ne céderons pas»,a déclaré la ministre.",
            "la ministre",
            "«Nous ne céderons pas»",
        ),
        (
            "fr",
            "La ministre a déclaré:«Nous ne céderons pas.»",
            "La ministre",
            "«Nous ne céderons pas.»",
        ),
        ("fr", "Le maire dénonce l'«arnaque» du siècle.", "Le maire", "l'«arnaque» du siècle"),
    ],
    ids=[
        "en-closing-mark-on-the-name",
        "en-opening-mark-on-the-comma",
        "en-comma-after-the-mark",
        "fr-comma-after-the-mark",
        "fr-opening-mark-on-the-colon",
        "fr-opening-mark-after-an-article",
    ],
)
def test_a_quotation_mark_glued_to_the_next_word_still_closes_the_quotation(
    models: ModelCache, language: str, text: str, speaker: str, content: str
) -> None:
    """Web copy drops the space after a quotation mark ('paranoia,”Clinton said', «…»,a
    déclaré). The tokenizer kept "paranoia,”Clinton" as one word, which the parser read as a
    name: the quotation had no speaker."""
    claim = the_claim(attributed(analyse(models, language, text)))
    assert source_of(claim).text == speaker
    assert claim.content.text == content


def test_a_content_that_opens_a_bracket_closes_it(models: ModelCache) -> None:
    """ "blasted the Federal Bureau of Investigation (FBI) Tuesday for …": the date after the
    bracket was cut off with the closing bracket, and the content read "… (FBI"."""
    text = (
        "House Speaker Paul Ryan blasted the Federal Bureau of Investigation (FBI) Tuesday for"
        " its decision."
    )
    claim = the_claim(attributed(analyse(models, "en", text)))
    assert claim.content.text == "the Federal Bureau of Investigation (FBI)"


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("As the convention closed, he once again found himself embroiled in controversy.", 0),
        ("Fox News found itself playing host to the candidates night after night.", 0),
        ("Cruz describes himself as a consistent conservative.", 1),
    ],
    ids=["found-himself", "found-itself", "guard-describes-himself"],
)
def test_finding_oneself_somewhere_is_no_finding(
    models: ModelCache, text: str, claims: int
) -> None:
    """ "he once again found himself embroiled in controversy" was a claim of his, with the
    content "himself embroiled in controversy": a reflexive object after a verb of finding or
    showing says where someone stands. Describing oneself is still a statement."""
    assert len(attributed(analyse(models, "en", text))) == claims


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("She called Sanders to congratulate him on his win.", None),
        ("Obama called both candidates on Tuesday night.", None),
        ("The group is calling a meeting to discuss its options.", None),
        ("Sanders called him divisive.", "him divisive"),
        ("Sanders has called for a ban on fracking.", "a ban on fracking"),
        (
            "The senator has called the notion of man-made global warming a hoax.",
            "the notion of man-made global warming a hoax",
        ),
        (
            "The governor went further, calling him “a disgrace to the office.”",
            "him “a disgrace to the office.”",
        ),
        (
            "The ruling calls into question the legality of the program.",
            "the legality of the program",
        ),
        ("Clinton called Trump “the best recruiter.”", "Trump “the best recruiter.”"),
        (
            "Clinton called the frontrunner “ISIS’ best recruiter.”",
            "the frontrunner “ISIS’ best recruiter.”",
        ),
        ("A year later, Mr. Obama called Naghmeh Abedini.", None),
        ("A super PAC called “Future 45” ran its first ads in Iowa.", None),
    ],
    ids=[
        "a-telephone-call",
        "calls-on-a-day",
        "a-convening",
        "guard-naming",
        "guard-call-for",
        "guard-a-second-phrase-inside",
        "guard-a-quotation-after",
        "guard-call-into-question",
        "the-object-read-inside-the-quoted-name",
        "the-object-read-inside-a-quoted-possessive",
        "a-telephone-call-to-a-full-name",
        "a-title-given-by-a-participle",
    ],
)
def test_calling_someone_is_not_calling_them_something(
    models: ModelCache, text: str, content: str | None
) -> None:
    """ "She called Sanders to congratulate him" reported "Sanders" as what she said, and "is
    calling a meeting" "a meeting": "call" reports what is said of its object ("called him
    divisive"), or what is called for; a bare object is a telephone call or a convening.
    "Clinton called Trump “the best recruiter”" was no claim at all: the parser read "Trump" as
    a word of the quoted name, and the verb had no object."""
    claims = attributed(analyse(models, "en", text))
    assert [c.content.text for c in claims] == ([] if content is None else [content])


def test_a_clause_read_as_the_verb_s_object_is_what_was_said(models: ModelCache) -> None:
    """ "Prosecutors said Whitaker diverted fees paid for …" was the article's own sentence:
    the tagger read "diverted" as a participle on "fees", which it made the object of "said".
    A verb inside the object with a subject of its own, right after the cue, heads a clause.
    Guard: an object with no such verb is no clause ("She said the words")."""
    text = (
        "Prosecutors said Whitaker diverted fees paid for marriage licenses into personal accounts."
    )
    claim = the_claim(analyse(models, "en", text))
    assert (source_of(claim).text, claim.content.text) == (
        "Prosecutors",
        "Whitaker diverted fees paid for marriage licenses into personal accounts",
    )
    assert attributed(analyse(models, "en", "She said the words again.")) == []


def test_a_noun_after_the_verb_that_cannot_speak_is_its_object(models: ModelCache) -> None:
    """ "Swiftly, which went public in 2021, reported its first annual profit in February."
    was a claim by "its first annual profit", whose content was "Swiftly, which went public
    in 2021": the tagger read the company's name as an adverb, the verb had no subject, and
    the noun after it read as an inverted speaker. In English only a noun that can speak
    follows its verb of saying. Guards: "said the report", "said a spokesman for the bank"."""
    text = "Swiftly, which went public in 2021, reported its first annual profit in February."
    assert attributed(analyse(models, "en", text)) == []
    for text, speaker in (
        ("The economy is slowing, said the report.", "the report"),
        ("The economy is slowing, said a spokesman for the bank.", "a spokesman for the bank"),
    ):
        assert source_of(the_claim(analyse(models, "en", text))).text == speaker


@pytest.mark.parametrize(
    ("language", "text", "speaker", "content"),
    [
        (
            "fr",
            "Le président de la République, qui s'exprimait depuis Bruxelles, a pour sa part "
            "appelé « à la responsabilité de chacun ».",
            "président de la République",
            "« à la responsabilité de chacun »",
        ),
        (
            "en",
            "The president, who spoke from Brussels, has for his part called for “calm and "
            "restraint.”",
            "president",
            "“calm and restraint.”",
        ),
    ],
    ids=["fr-relative-then-filler", "en-relative-then-filler"],
)
def test_a_verb_with_its_auxiliary_hung_on_the_subject_still_has_it(
    models: ModelCache, language: str, text: str, speaker: str, content: str
) -> None:
    """ "Le président de la République, qui s'exprimait depuis Bruxelles, a pour sa part
    appelé « … »" was no claim: the parser made "président" the root and hung "appelé" on it
    as a modifier, past the relative clause. A participle with its own auxiliary is the
    sentence's verb, and the noun it hangs on its subject. In English "has for his part
    called for" named "his part": the set phrase is no subject, and the parser hung the
    subject on the auxiliary before it."""
    claim = the_claim(analyse(models, language, text))
    assert (source_of(claim).name, claim.content.text) == (speaker, content)


@pytest.mark.parametrize(
    ("language", "text", "speaker", "content"),
    [
        (
            "fr",
            "Une source proche du dossier dénonce « un calendrier intenable ».",
            "source proche du dossier",
            "« un calendrier intenable »",
        ),
        (
            "fr",
            "Le ministre évoque « un calendrier intenable ».",
            "ministre",
            "« un calendrier intenable »",
        ),
        (
            "fr",
            "Elle a jugé « prématuré » tout débat sur le sujet.",
            None,
            "« prématuré » tout débat sur le sujet",
        ),
        (
            "en",
            "A source close to the matter denounced “an untenable timetable.”",
            "source close to the matter",
            "“an untenable timetable.”",
        ),
    ],
    ids=[
        "fr-the-adjective-s-complement",
        "fr-a-verb-read-as-an-adjective",
        "fr-the-attribute-before-its-noun",
        "en-guard",
    ],
)
def test_a_verb_read_as_a_modifier_before_a_guillemet_keeps_its_speaker_and_words(
    models: ModelCache, language: str, text: str, speaker: str | None, content: str
) -> None:
    """The small French model reads an opening guillemet as the verb, and the verb before it as
    a word of the subject's phrase. "Une source proche du dossier dénonce « … »" named "dossier"
    (a document) as the speaker: the complement of "proche" belongs to the source's phrase.
    "Le ministre évoque « … »" was no claim: "évoquer" tells its words only in quotation
    marks, and the parse had left it no object; the quotation right after it is its object.
    "Elle a jugé « prématuré » tout débat …" reported only "« prématuré »": the noun phrase after
    the quoted attribute is what was judged, though the tagger read "tout" as an adverb."""
    claim = the_claim(analyse(models, language, text))
    assert claim.content.text == content
    if speaker is not None:
        assert source_of(claim).name == speaker


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The city's mayor, Daniel Price, visited last week and promised more funding."),
        (
            "fr",
            "Le maire de la ville, Daniel Price, s'est rendu sur place la semaine dernière et a "
            "promis des fonds supplémentaires.",
        ),
    ],
    ids=["en-first-verb-read-as-a-modifier", "fr-guard"],
)
def test_a_verb_joined_to_a_misread_main_verb_shares_its_subject(
    models: ModelCache, language: str, text: str
) -> None:
    """ "The city's mayor, Daniel Price, visited last week and promised more funding" was no
    claim: the parser hung "visited" on "mayor" as a modifier, and "promised", joined to it,
    found no subject. The first verb finds its subject by the rules that mend that misparse,
    and the second shares it. The French sentence, parsed right, is a guard."""
    claim = the_claim(analyse(models, language, text))
    assert source_of(claim).name == "Daniel Price"
