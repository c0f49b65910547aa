"""Attribution rules on parses built by hand, so each rule is tested without a language model.

Every sentence is given as a compact table, one row per token: (word, head, dep, pos, lemma,
morph), heads as absolute token indices, the labels of en_core_web_sm / fr_core_news_sm. The
spaces between words are read off the sentence itself, so a table can never drift from its text.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import cache

import pytest
import spacy
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from claimcheck.models import Article, Claim, ClaimKind, HedgeKind, PartialDate, SourceType
from claimcheck.nlp.attribution import find_claims
from claimcheck.nlp.frames.base import entities_within, name_holding, person_name_at
from claimcheck.nlp.lexicon import load_lexicon
from claimcheck.nlp.parse import Part
from claimcheck.nlp.people import people_in

Row = tuple[str, int, str, str, str, str]  # word, head, dep, pos, lemma, morph


@cache
def vocab(language: str) -> Vocab:
    return spacy.blank(language).vocab


def spaces_of(text: str, words: Sequence[str]) -> list[bool]:
    """Whether each word is followed by a space in ``text``; the words must spell it out."""
    spaces, position = [], 0
    for word in words:
        assert text.startswith(word, position), f"{word!r} is not at {position} in {text!r}"
        position += len(word)
        space = text[position : position + 1] == " "
        spaces.append(space)
        position += space
    assert position == len(text), f"the words stop at {position} in {text!r}"
    return spaces


def parsed(language: str, text: str, rows: Sequence[Row], starts: Collection[int] = (0,)) -> Part:
    """A hand-parsed Doc of ``text``, wrapped as the one part of an article."""
    words = [row[0] for row in rows]
    doc = Doc(
        vocab(language),
        words=words,
        spaces=spaces_of(text, words),
        heads=[row[1] for row in rows],
        deps=[row[2] for row in rows],
        pos=[row[3] for row in rows],
        lemmas=[row[4] for row in rows],
        morphs=[row[5] for row in rows],
        sent_starts=[i in starts for i in range(len(rows))],
    )
    assert doc.text == text
    return Part(doc, 0)


def claims_of(
    language: str,
    text: str,
    rows: Sequence[Row],
    published: str | None = None,
    starts: Collection[int] = (0,),
) -> list[Claim]:
    """What the attribution stage finds in the hand-parsed text, every span checked."""
    article = Article(text=text, language=language, published=PartialDate.parse(published))
    part = parsed(language, text, rows, starts)
    claims = find_claims(article, [part], load_lexicon(language))
    for claim in claims:
        spans = [claim.content, claim.source, claim.cue, *claim.hedges]
        for span in spans:
            if span is not None:
                assert text[span.start : span.end] == span.text, span
    return claims


def attributed(claims: list[Claim]) -> list[Claim]:
    return [c for c in claims if c.kind is not ClaimKind.UNATTRIBUTED]


def the_claim(claims: list[Claim]) -> Claim:
    """The one attributed claim the sentence makes."""
    found = attributed(claims)
    assert len(found) == 1, [(c.kind, c.content.text) for c in claims]
    return found[0]


# -- sentence shapes ---------------------------------------------------------------------------

QUOTE_THEN_CUE = "“We will win this fight,” he said."
QUOTE_THEN_CUE_ROWS: list[Row] = [
    ("“", 9, "punct", "PUNCT", '"', "PunctSide=Ini|PunctType=Quot"),
    ("We", 3, "nsubj", "PRON", "we", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("will", 3, "aux", "AUX", "will", "VerbForm=Fin"),
    ("win", 9, "ccomp", "VERB", "win", "VerbForm=Inf"),
    ("this", 5, "det", "DET", "this", "Number=Sing|PronType=Dem"),
    ("fight", 3, "dobj", "NOUN", "fight", "Number=Sing"),
    (",", 9, "punct", "PUNCT", ",", "PunctType=Comm"),
    ("”", 9, "punct", "PUNCT", '"', "PunctSide=Fin|PunctType=Quot"),
    ("he", 9, "nsubj", "PRON", "he", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("said", 9, "ROOT", "VERB", "say", "Tense=Past|VerbForm=Fin"),
    (".", 9, "punct", "PUNCT", ".", "PunctType=Peri"),
]


def test_a_quote_before_the_cue_is_a_direct_claim_of_its_speaker() -> None:
    """“…,” he said: the quotation is the content, 'he' the source, 'said' the cue."""
    claim = the_claim(claims_of("en", QUOTE_THEN_CUE, QUOTE_THEN_CUE_ROWS))
    assert claim.kind is ClaimKind.DIRECT
    assert claim.content.text == "“We will win this fight,”"
    assert claim.source is not None and claim.source.text == "he"
    assert claim.cue is not None and (claim.cue.text, claim.cue.lemma) == ("said", "say")


SAID_THAT = "The mayor said that the bridge will reopen."
SAID_THAT_ROWS: list[Row] = [
    ("The", 1, "det", "DET", "the", "Definite=Def|PronType=Art"),
    ("mayor", 2, "nsubj", "NOUN", "mayor", "Number=Sing"),
    ("said", 2, "ROOT", "VERB", "say", "Tense=Past|VerbForm=Fin"),
    ("that", 7, "mark", "SCONJ", "that", ""),
    ("the", 5, "det", "DET", "the", "Definite=Def|PronType=Art"),
    ("bridge", 7, "nsubj", "NOUN", "bridge", "Number=Sing"),
    ("will", 7, "aux", "AUX", "will", "VerbForm=Fin"),
    ("reopen", 2, "ccomp", "VERB", "reopen", "VerbForm=Inf"),
    (".", 2, "punct", "PUNCT", ".", "PunctType=Peri"),
]


def test_a_that_clause_is_indirect_content_starting_at_that() -> None:
    """ "X said that …": an indirect claim whose content is the clause from 'that' on."""
    claim = the_claim(claims_of("en", SAID_THAT, SAID_THAT_ROWS))
    assert claim.kind is ClaimKind.INDIRECT
    assert claim.content.text == "that the bridge will reopen"
    assert claim.source is not None and claim.source.text == "The mayor"
    assert claim.source.type is SourceType.PERSON
    assert claim.cue is not None and claim.cue.text == "said"


ALSO_SAID = "The mayor has also quietly said that the bridge will reopen."
ALSO_SAID_ROWS: list[Row] = [
    ("The", 1, "det", "DET", "the", "Definite=Def|PronType=Art"),
    ("mayor", 5, "nsubj", "NOUN", "mayor", "Number=Sing"),
    ("has", 5, "aux", "AUX", "have", "VerbForm=Fin"),
    ("also", 5, "advmod", "ADV", "also", ""),
    ("quietly", 5, "advmod", "ADV", "quietly", ""),
    ("said", 5, "ROOT", "VERB", "say", "Tense=Past|VerbForm=Part"),
    ("that", 10, "mark", "SCONJ", "that", ""),
    ("the", 8, "det", "DET", "the", "Definite=Def|PronType=Art"),
    ("bridge", 10, "nsubj", "NOUN", "bridge", "Number=Sing"),
    ("will", 10, "aux", "AUX", "will", "VerbForm=Fin"),
    ("reopen", 5, "ccomp", "VERB", "reopen", "VerbForm=Inf"),
    (".", 5, "punct", "PUNCT", ".", "PunctType=Peri"),
]


def test_adverbs_before_the_verb_of_saying_are_part_of_the_cue() -> None:
    """ "has also quietly said": how and when it was said is the cue, as PolNeAR marks it."""
    claim = the_claim(claims_of("en", ALSO_SAID, ALSO_SAID_ROWS))
    assert claim.cue is not None and claim.cue.text == "has also quietly said"
    assert claim.source is not None and claim.source.text == "The mayor"
    assert claim.content.text == "that the bridge will reopen"


INVERTED_FR = "Des combattants ont franchi la frontière, a rapporté Kyiv Post."


def inverted_rows(subject_dep: str, incise_dep: str) -> list[Row]:
    """The French incise parsed with the postposed subject as ``subject_dep``."""
    return [
        ("Des", 1, "det", "DET", "un", "Definite=Ind|Number=Plur|PronType=Art"),
        ("combattants", 3, "nsubj", "NOUN", "combattant", "Gender=Masc|Number=Plur"),
        ("ont", 3, "aux:tense", "AUX", "avoir", "Mood=Ind|Number=Plur|Person=3|Tense=Pres"),
        ("franchi", 3, "ROOT", "VERB", "franchir", "Tense=Past|VerbForm=Part"),
        ("la", 5, "det", "DET", "le", "Definite=Def|Gender=Fem|Number=Sing|PronType=Art"),
        ("frontière", 3, "obj", "NOUN", "frontière", "Gender=Fem|Number=Sing"),
        (",", 8, "punct", "PUNCT", ",", ""),
        ("a", 8, "aux:tense", "AUX", "avoir", "Mood=Ind|Number=Sing|Person=3|Tense=Pres"),
        ("rapporté", 3, incise_dep, "VERB", "rapporter", "Tense=Past|VerbForm=Part"),
        ("Kyiv", 8, subject_dep, "PROPN", "Kyiv", "Gender=Masc|Number=Sing"),
        ("Post", 9, "flat:name", "PROPN", "Post", ""),
        (".", 3, "punct", "PUNCT", ".", ""),
    ]


@pytest.mark.parametrize(
    ("subject_dep", "incise_dep"),
    [("nsubj", "parataxis"), ("obj", "conj")],
    ids=["ud-parse", "small-model-parse"],
)
def test_an_inverted_french_cue_takes_its_source_after_it(
    subject_dep: str, incise_dep: str
) -> None:
    """ "…, a rapporté Kyiv Post.": the outlet after the cue is the source of what precedes."""
    claims = claims_of("fr", INVERTED_FR, inverted_rows(subject_dep, incise_dep))
    claim = the_claim(claims)
    assert claim.kind is ClaimKind.INDIRECT
    assert claim.content.text == "Des combattants ont franchi la frontière"
    assert claim.cue is not None and claim.cue.text == "a rapporté"
    assert claim.source is not None
    assert (claim.source.text, claim.source.name) == ("Kyiv Post", "Kyiv Post")
    assert claim.source.type is SourceType.MEDIA
    assert claim.source.start > claim.cue.end


SELON = "Selon le rapport, l'offensive a été préparée pendant des mois."
SELON_ROWS: list[Row] = [
    ("Selon", 2, "case", "ADP", "selon", ""),
    ("le", 2, "det", "DET", "le", "Definite=Def|Gender=Masc|Number=Sing|PronType=Art"),
    ("rapport", 8, "obl:mod", "NOUN", "rapport", "Gender=Masc|Number=Sing"),
    (",", 8, "punct", "PUNCT", ",", ""),
    ("l'", 5, "det", "DET", "le", "Definite=Def|Number=Sing|PronType=Art"),
    ("offensive", 8, "nsubj:pass", "NOUN", "offensive", "Gender=Fem|Number=Sing"),
    ("a", 8, "aux:tense", "AUX", "avoir", "Mood=Ind|Number=Sing|Person=3|Tense=Pres"),
    ("été", 8, "aux:pass", "AUX", "être", "Tense=Past|VerbForm=Part"),
    ("préparée", 8, "ROOT", "VERB", "préparer", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("pendant", 11, "case", "ADP", "pendant", ""),
    ("des", 11, "det", "DET", "un", "Definite=Ind|Number=Plur|PronType=Art"),
    ("mois", 8, "obl:mod", "NOUN", "mois", "Gender=Masc|Number=Plur"),
    (".", 8, "punct", "PUNCT", ".", ""),
]
ACCORDING = "According to the report, the plant will close next year."
ACCORDING_ROWS: list[Row] = [
    # en_core_web_sm tags "According" as a verb with the lemma "accord".
    ("According", 8, "prep", "VERB", "accord", "Aspect=Prog|Tense=Pres|VerbForm=Part"),
    ("to", 0, "prep", "ADP", "to", ""),
    ("the", 3, "det", "DET", "the", "Definite=Def|PronType=Art"),
    ("report", 1, "pobj", "NOUN", "report", "Number=Sing"),
    (",", 8, "punct", "PUNCT", ",", "PunctType=Comm"),
    ("the", 6, "det", "DET", "the", "Definite=Def|PronType=Art"),
    ("plant", 8, "nsubj", "NOUN", "plant", "Number=Sing"),
    ("will", 8, "aux", "AUX", "will", "VerbForm=Fin"),
    ("close", 8, "ROOT", "VERB", "close", "VerbForm=Inf"),
    ("next", 10, "amod", "ADJ", "next", "Degree=Pos"),
    ("year", 8, "npadvmod", "NOUN", "year", "Number=Sing"),
    (".", 8, "punct", "PUNCT", ".", "PunctType=Peri"),
]
ACCORDING_AFTER = "The plant will close next year, according to the report."
ACCORDING_AFTER_ROWS: list[Row] = [
    ("The", 1, "det", "DET", "the", "Definite=Def|PronType=Art"),
    ("plant", 3, "nsubj", "NOUN", "plant", "Number=Sing"),
    ("will", 3, "aux", "AUX", "will", "VerbForm=Fin"),
    ("close", 3, "ROOT", "VERB", "close", "VerbForm=Inf"),
    ("next", 5, "amod", "ADJ", "next", "Degree=Pos"),
    ("year", 3, "npadvmod", "NOUN", "year", "Number=Sing"),
    (",", 3, "punct", "PUNCT", ",", "PunctType=Comm"),
    ("according", 3, "prep", "VERB", "accord", "Aspect=Prog|Tense=Pres|VerbForm=Part"),
    ("to", 7, "prep", "ADP", "to", ""),
    ("the", 10, "det", "DET", "the", "Definite=Def|PronType=Art"),
    ("report", 8, "pobj", "NOUN", "report", "Number=Sing"),
    (".", 3, "punct", "PUNCT", ".", "PunctType=Peri"),
]


@pytest.mark.parametrize(
    ("language", "text", "rows", "cue", "source", "content"),
    [
        pytest.param(
            "fr",
            SELON,
            SELON_ROWS,
            "Selon",
            "le rapport",
            "l'offensive a été préparée pendant des mois",
            id="selon",
        ),
        pytest.param(
            "en",
            ACCORDING,
            ACCORDING_ROWS,
            "According to",
            "the report",
            "the plant will close next year",
            id="according-to-first",
        ),
        pytest.param(
            "en",
            ACCORDING_AFTER,
            ACCORDING_AFTER_ROWS,
            "according to",
            "the report",
            "The plant will close next year",
            id="according-to-last",
        ),
    ],
)
def test_a_prepositional_cue_reports_the_other_side_of_the_comma(
    language: str, text: str, rows: list[Row], cue: str, source: str, content: str
) -> None:
    """ "Selon le rapport, …" / "According to X, …": the content is the other side of the comma."""
    claim = the_claim(claims_of(language, text, rows))
    assert claim.kind is ClaimKind.INDIRECT
    assert claim.cue is not None and claim.cue.text == cue
    assert claim.source is not None and claim.source.text == source
    assert claim.source.type is SourceType.DOCUMENT
    assert claim.content.text == content


IT_IS_SAID = "It is said that the dam is unsafe."
IT_IS_SAID_ROWS: list[Row] = [
    ("It", 2, "nsubjpass", "PRON", "it", "Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("is", 2, "auxpass", "AUX", "be", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("said", 2, "ROOT", "VERB", "say", "Aspect=Perf|Tense=Past|VerbForm=Part"),
    ("that", 6, "mark", "SCONJ", "that", ""),
    ("the", 5, "det", "DET", "the", "Definite=Def|PronType=Art"),
    ("dam", 6, "nsubj", "NOUN", "dam", "Number=Sing"),
    ("is", 2, "ccomp", "AUX", "be", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("unsafe", 6, "acomp", "ADJ", "unsafe", "Degree=Pos"),
    (".", 2, "punct", "PUNCT", ".", "PunctType=Peri"),
]


def test_an_agentless_it_is_said_names_no_source() -> None:
    """ "It is said that …" reports the clause, but 'It' is nobody: the claim has no source."""
    claims = claims_of("en", IT_IS_SAID, IT_IS_SAID_ROWS)
    assert all(c.source is None for c in claims), [c.source for c in claims]
    reported = [c for c in claims if c.content.text == "that the dam is unsafe"]
    assert len(reported) == 1, [(c.kind, c.content.text) for c in claims]
    assert reported[0].cue is not None and reported[0].cue.text == "is said"


# -- hedging -----------------------------------------------------------------------------------

COMPOUND_CONDITIONAL = "Des sources ont affirmé que des terroristes auraient été formés en Ukraine."
COMPOUND_CONDITIONAL_ROWS: list[Row] = [
    ("Des", 1, "det", "DET", "un", "Definite=Ind|Number=Plur|PronType=Art"),
    ("sources", 3, "nsubj", "NOUN", "source", "Gender=Fem|Number=Plur"),
    ("ont", 3, "aux:tense", "AUX", "avoir", "Mood=Ind|Number=Plur|Person=3|Tense=Pres"),
    ("affirmé", 3, "ROOT", "VERB", "affirmer", "Tense=Past|VerbForm=Part"),
    ("que", 9, "mark", "SCONJ", "que", ""),
    ("des", 6, "det", "DET", "un", "Definite=Ind|Number=Plur|PronType=Art"),
    ("terroristes", 9, "nsubj:pass", "NOUN", "terroriste", "Number=Plur"),
    ("auraient", 9, "aux:tense", "AUX", "avoir", "Mood=Cnd|Number=Plur|Person=3|Tense=Pres"),
    ("été", 9, "aux:pass", "AUX", "être", "Tense=Past|VerbForm=Part"),
    ("formés", 3, "ccomp", "VERB", "former", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("en", 11, "case", "ADP", "en", ""),
    ("Ukraine", 9, "obl:mod", "PROPN", "Ukraine", ""),
    (".", 3, "punct", "PUNCT", ".", ""),
]


def test_a_compound_conditional_under_a_past_cue_is_a_hedge() -> None:
    """ "ont affirmé que … auraient été formés": the journalistic conditional hedges the claim."""
    claim = the_claim(claims_of("fr", COMPOUND_CONDITIONAL, COMPOUND_CONDITIONAL_ROWS))
    assert claim.content.text == "que des terroristes auraient été formés en Ukraine"
    assert [(h.text, h.kind) for h in claim.hedges] == [("auraient", HedgeKind.CONDITIONAL)]
    assert claim.hedged


FUTURE_IN_THE_PAST = "Il avait déclaré que les forces poursuivraient leurs actions."
FUTURE_IN_THE_PAST_ROWS: list[Row] = [
    ("Il", 2, "nsubj", "PRON", "il", "Gender=Masc|Number=Sing|Person=3"),
    ("avait", 2, "aux:tense", "AUX", "avoir", "Mood=Ind|Number=Sing|Person=3|Tense=Imp"),
    ("déclaré", 2, "ROOT", "VERB", "déclarer", "Tense=Past|VerbForm=Part"),
    ("que", 6, "mark", "SCONJ", "que", ""),
    ("les", 5, "det", "DET", "le", "Definite=Def|Number=Plur|PronType=Art"),
    ("forces", 6, "nsubj", "NOUN", "force", "Gender=Fem|Number=Plur"),
    ("poursuivraient", 2, "ccomp", "VERB", "poursuivre", "Mood=Cnd|Number=Plur|Person=3"),
    ("leurs", 8, "det", "DET", "leur", "Number=Plur|Poss=Yes"),
    ("actions", 6, "obj", "NOUN", "action", "Gender=Fem|Number=Plur"),
    (".", 2, "punct", "PUNCT", ".", ""),
]


def test_a_simple_conditional_under_a_past_cue_is_the_future_in_the_past() -> None:
    """ "avait déclaré que les forces poursuivraient": tense agreement, not a hedge."""
    claim = the_claim(claims_of("fr", FUTURE_IN_THE_PAST, FUTURE_IN_THE_PAST_ROWS))
    assert claim.content.text == "que les forces poursuivraient leurs actions"
    assert not any(h.kind is HedgeKind.CONDITIONAL for h in claim.hedges)
    assert not claim.hedged


DEVRAIT = "Le ministre affirme que le prix devrait baisser."
DEVRAIT_ROWS: list[Row] = [
    ("Le", 1, "det", "DET", "le", "Definite=Def|Gender=Masc|Number=Sing|PronType=Art"),
    ("ministre", 2, "nsubj", "NOUN", "ministre", "Gender=Masc|Number=Sing"),
    # A present-tense cue: only the nature of "devoir" can keep "devrait" from being a hedge.
    ("affirme", 2, "ROOT", "VERB", "affirmer", "Mood=Ind|Number=Sing|Person=3|Tense=Pres"),
    ("que", 6, "mark", "SCONJ", "que", ""),
    ("le", 5, "det", "DET", "le", "Definite=Def|Gender=Masc|Number=Sing|PronType=Art"),
    ("prix", 6, "nsubj", "NOUN", "prix", "Gender=Masc|Number=Sing"),
    ("devrait", 2, "ccomp", "VERB", "devoir", "Mood=Cnd|Number=Sing|Person=3|Tense=Pres"),
    ("baisser", 6, "xcomp", "VERB", "baisser", "VerbForm=Inf"),
    (".", 2, "punct", "PUNCT", ".", ""),
]


def test_devrait_predicts_and_does_not_hedge() -> None:
    """ "le prix devrait baisser" is an expectation, not the journalistic conditional."""
    claim = the_claim(claims_of("fr", DEVRAIT, DEVRAIT_ROWS))
    assert claim.content.text == "que le prix devrait baisser"
    assert claim.hedges == ()
    assert not claim.hedged


HYPOTHESIS = "Le ministre affirme que si l'accord échouait, les prix augmenteraient."
HYPOTHESIS_ROWS: list[Row] = [
    ("Le", 1, "det", "DET", "le", "Definite=Def|Gender=Masc|Number=Sing|PronType=Art"),
    ("ministre", 2, "nsubj", "NOUN", "ministre", "Gender=Masc|Number=Sing"),
    ("affirme", 2, "ROOT", "VERB", "affirmer", "Mood=Ind|Number=Sing|Person=3|Tense=Pres"),
    ("que", 11, "mark", "SCONJ", "que", ""),
    ("si", 7, "mark", "SCONJ", "si", ""),
    ("l'", 6, "det", "DET", "le", "Definite=Def|Number=Sing|PronType=Art"),
    ("accord", 7, "nsubj", "NOUN", "accord", "Gender=Masc|Number=Sing"),
    ("échouait", 11, "advcl", "VERB", "échouer", "Mood=Ind|Number=Sing|Person=3|Tense=Imp"),
    (",", 11, "punct", "PUNCT", ",", ""),
    ("les", 10, "det", "DET", "le", "Definite=Def|Number=Plur|PronType=Art"),
    ("prix", 11, "nsubj", "NOUN", "prix", "Gender=Masc|Number=Plur"),
    ("augmenteraient", 2, "ccomp", "VERB", "augmenter", "Mood=Cnd|Number=Plur|Person=3"),
    (".", 2, "punct", "PUNCT", ".", ""),
]


def test_a_conditional_under_si_is_a_hypothesis_not_a_hedge() -> None:
    """ "si l'accord échouait, les prix augmenteraient": the conditional of a hypothesis."""
    claim = the_claim(claims_of("fr", HYPOTHESIS, HYPOTHESIS_ROWS))
    assert claim.content.text == "que si l'accord échouait, les prix augmenteraient"
    assert claim.hedges == ()
    assert not claim.hedged


SO_CALLED = "The minister said that the so-called reform had failed."
SO_CALLED_ROWS: list[Row] = [
    ("The", 1, "det", "DET", "the", "Definite=Def|PronType=Art"),
    ("minister", 2, "nsubj", "NOUN", "minister", "Number=Sing"),
    ("said", 2, "ROOT", "VERB", "say", "Tense=Past|VerbForm=Fin"),
    ("that", 10, "mark", "SCONJ", "that", ""),
    ("the", 8, "det", "DET", "the", "Definite=Def|PronType=Art"),
    ("so", 7, "advmod", "ADV", "so", ""),
    ("-", 7, "punct", "PUNCT", "-", "PunctType=Dash"),
    ("called", 8, "amod", "VERB", "call", "Aspect=Perf|Tense=Past|VerbForm=Part"),
    ("reform", 10, "nsubj", "NOUN", "reform", "Number=Sing"),
    ("had", 10, "aux", "AUX", "have", "Tense=Past|VerbForm=Fin"),
    ("failed", 2, "ccomp", "VERB", "fail", "Aspect=Perf|Tense=Past|VerbForm=Part"),
    (".", 2, "punct", "PUNCT", ".", "PunctType=Peri"),
]


def test_so_called_is_a_distancing_hedge_that_leaves_the_claim_unhedged() -> None:
    """ "so-called" distances the writer from a label, not from what the minister said."""
    claim = the_claim(claims_of("en", SO_CALLED, SO_CALLED_ROWS))
    assert claim.content.text == "that the so-called reform had failed"
    assert [(h.text, h.kind) for h in claim.hedges] == [("so-called", HedgeKind.DISTANCING)]
    assert not claim.hedged


# -- statement dates ---------------------------------------------------------------------------

MAY_INTERVIEW = "In a May 2023 interview, the general said that the war would last years."
MAY_INTERVIEW_ROWS: list[Row] = [
    ("In", 8, "prep", "ADP", "in", ""),
    ("a", 4, "det", "DET", "a", "Definite=Ind|PronType=Art"),
    ("May", 4, "nmod", "PROPN", "May", "Number=Sing"),
    ("2023", 2, "nummod", "NUM", "2023", "NumType=Card"),
    ("interview", 0, "pobj", "NOUN", "interview", "Number=Sing"),
    (",", 8, "punct", "PUNCT", ",", "PunctType=Comm"),
    ("the", 7, "det", "DET", "the", "Definite=Def|PronType=Art"),
    ("general", 8, "nsubj", "NOUN", "general", "Number=Sing"),
    ("said", 8, "ROOT", "VERB", "say", "Tense=Past|VerbForm=Fin"),
    ("that", 13, "mark", "SCONJ", "that", ""),
    ("the", 11, "det", "DET", "the", "Definite=Def|PronType=Art"),
    ("war", 13, "nsubj", "NOUN", "war", "Number=Sing"),
    ("would", 13, "aux", "AUX", "would", "VerbForm=Fin"),
    ("last", 8, "ccomp", "VERB", "last", "VerbForm=Inf"),
    ("years", 13, "npadvmod", "NOUN", "year", "Number=Plur"),
    (".", 8, "punct", "PUNCT", ".", "PunctType=Peri"),
]


def test_a_dated_interview_dates_the_statement() -> None:
    """ "In a May 2023 interview, … said": the statement was made in 2023-05."""
    claim = the_claim(claims_of("en", MAY_INTERVIEW, MAY_INTERVIEW_ROWS, published="2024-12-02"))
    assert claim.content.text == "that the war would last years"
    assert claim.statement_date == PartialDate(2023, 5)
    assert not claim.hedged  # "would" under "said" is the future-in-the-past


DATE_IN_CONTENT = "The general said that the offensive began in May 2023."
DATE_IN_CONTENT_ROWS: list[Row] = [
    ("The", 1, "det", "DET", "the", "Definite=Def|PronType=Art"),
    ("general", 2, "nsubj", "NOUN", "general", "Number=Sing"),
    ("said", 2, "ROOT", "VERB", "say", "Tense=Past|VerbForm=Fin"),
    ("that", 6, "mark", "SCONJ", "that", ""),
    ("the", 5, "det", "DET", "the", "Definite=Def|PronType=Art"),
    ("offensive", 6, "nsubj", "NOUN", "offensive", "Number=Sing"),
    ("began", 2, "ccomp", "VERB", "begin", "Tense=Past|VerbForm=Fin"),
    ("in", 6, "prep", "ADP", "in", ""),
    ("May", 7, "pobj", "PROPN", "May", "Number=Sing"),
    ("2023", 8, "nummod", "NUM", "2023", "NumType=Card"),
    (".", 2, "punct", "PUNCT", ".", "PunctType=Peri"),
]


def test_a_date_inside_the_content_does_not_date_the_statement() -> None:
    """ "said that the offensive began in May 2023": the date is the event's, not the saying's."""
    claim = the_claim(claims_of("en", DATE_IN_CONTENT, DATE_IN_CONTENT_ROWS, "2024-12-02"))
    assert claim.content.text == "that the offensive began in May 2023"
    assert claim.statement_date is None


DIMANCHE = "Dimanche, un média a affirmé que des combattants étaient arrivés."
DIMANCHE_ROWS: list[Row] = [
    ("Dimanche", 5, "obl:mod", "NOUN", "dimanche", "Gender=Masc|Number=Sing"),
    (",", 5, "punct", "PUNCT", ",", ""),
    ("un", 3, "det", "DET", "un", "Definite=Ind|Gender=Masc|Number=Sing|PronType=Art"),
    ("média", 5, "nsubj", "NOUN", "média", "Gender=Masc|Number=Sing"),
    ("a", 5, "aux:tense", "AUX", "avoir", "Mood=Ind|Number=Sing|Person=3|Tense=Pres"),
    ("affirmé", 5, "ROOT", "VERB", "affirmer", "Tense=Past|VerbForm=Part"),
    ("que", 10, "mark", "SCONJ", "que", ""),
    ("des", 8, "det", "DET", "un", "Definite=Ind|Number=Plur|PronType=Art"),
    ("combattants", 10, "nsubj:pass", "NOUN", "combattant", "Gender=Masc|Number=Plur"),
    ("étaient", 10, "aux:pass", "AUX", "être", "Mood=Ind|Number=Plur|Person=3|Tense=Imp"),
    ("arrivés", 5, "ccomp", "VERB", "arriver", "Tense=Past|VerbForm=Part"),
    (".", 5, "punct", "PUNCT", ".", ""),
]


def test_a_weekday_resolves_against_the_published_date() -> None:
    """ "Dimanche" in an article of Monday 2 December 2024 is Sunday 1 December."""
    claim = the_claim(claims_of("fr", DIMANCHE, DIMANCHE_ROWS, published="2024-12-02"))
    assert claim.statement_date == PartialDate(2024, 12, 1)
    assert claim.source is not None and claim.source.type is SourceType.ANONYMOUS


def test_a_weekday_is_left_unresolved_without_a_published_date() -> None:
    """With no published date, "dimanche" cannot be pinned to a day, and is not guessed."""
    claim = the_claim(claims_of("fr", DIMANCHE, DIMANCHE_ROWS))
    assert claim.statement_date is None


COMMA_NAME = "Le lait, Hélène Garnier a affirmé que la dose compte."
COMMA_NAME_ROWS: list[Row] = [
    ("Le", 1, "det", "DET", "le", "Definite=Def|Gender=Masc|Number=Sing|PronType=Art"),
    ("lait", 6, "nsubj", "NOUN", "lait", "Gender=Masc|Number=Sing"),
    (",", 1, "punct", "PUNCT", ",", ""),
    ("Hélène", 1, "appos", "PROPN", "Hélène", ""),
    ("Garnier", 3, "flat:name", "PROPN", "Garnier", ""),
    ("a", 6, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("affirmé", 6, "ROOT", "VERB", "affirmer", "Tense=Past|VerbForm=Part"),
    ("que", 10, "mark", "SCONJ", "que", ""),
    ("la", 9, "det", "DET", "le", "Definite=Def|Gender=Fem|Number=Sing|PronType=Art"),
    ("dose", 10, "nsubj", "NOUN", "dose", "Gender=Fem|Number=Sing"),
    ("compte", 6, "ccomp", "VERB", "compter", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    (".", 6, "punct", "PUNCT", ".", ""),
]


def test_a_name_set_off_by_a_comma_is_the_speaker_whatever_the_parse_made_head() -> None:
    """The small French model hangs "Hélène Garnier" on "lait" in "Plus nuancée sur le lait,
    Hélène Garnier …": the name is still the speaker's, not "lait, Hélène Garnier"."""
    article = Article(text=COMMA_NAME, language="fr")
    part = parsed("fr", COMMA_NAME, COMMA_NAME_ROWS)
    name = part.doc.char_span(9, 23, label="PER")
    assert name is not None
    part.doc.ents = [name]
    claims = find_claims(article, [part], load_lexicon("fr"))
    source = the_claim(claims).source
    assert source is not None and (source.name, source.type) == (
        "Hélène Garnier",
        SourceType.PERSON,
    )


PLURAL_NAME = "Elle a fait les Beaux-Arts avec Paul Martin."
PLURAL_NAME_ROWS: list[Row] = [
    ("Elle", 2, "nsubj", "PRON", "il", "Gender=Fem|Number=Sing|Person=3"),
    ("a", 2, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("fait", 2, "ROOT", "VERB", "faire", "Tense=Past|VerbForm=Part"),
    ("les", 4, "det", "DET", "le", "Definite=Def|Number=Plur|PronType=Art"),
    ("Beaux-Arts", 2, "obj", "PROPN", "Beaux-Arts", "Gender=Masc|Number=Plur"),
    ("avec", 7, "case", "ADP", "avec", ""),
    ("Paul", 7, "flat:name", "PROPN", "Paul", ""),
    ("Martin", 2, "obl:mod", "PROPN", "Martin", ""),
    (".", 2, "punct", "PUNCT", ".", ""),
]


def test_a_name_after_a_plural_article_is_nobody_a_pronoun_can_mean() -> None:
    """ "… après avoir fait les Beaux-Arts à Angers. « … », soupire-t-elle": the small French
    recogniser called "Beaux-Arts" a person, and "-elle" was named "Beaux-Arts". A plural
    article makes the name a school, a place or a team."""
    part = parsed("fr", PLURAL_NAME, PLURAL_NAME_ROWS)
    school = part.doc.char_span(16, 26, label="PER")
    person = part.doc.char_span(32, 43, label="PER")
    assert school is not None and person is not None
    part.doc.ents = [school, person]
    people = people_in([part], load_lexicon("fr"))
    assert [p.text for p in people if p.named] == ["Paul Martin"]


def test_entity_lookups_give_what_doc_ents_gives() -> None:
    """Guard: `name_holding`, `person_name_at` and `entities_within` read the tokens' entity
    tags instead of `Doc.ents` (which builds every entity at each call); they must answer as
    it would, in the whole Doc, in a sentence and in any span."""
    text = "Bruno Le Maire met France Inter. Paul Martin left."
    words = ["Bruno", "Le", "Maire", "met", "France", "Inter", ".", "Paul", "Martin", "left", "."]
    doc = Doc(vocab("fr"), words=words, spaces=spaces_of(text, words))
    doc.ents = [
        Span(doc, 0, 3, label="PER"),
        Span(doc, 4, 6, label="ORG"),
        Span(doc, 7, 9, label="PER"),
    ]
    first, second = doc[0:7], doc[7:11]
    held = [(i, name_holding(doc, i)) for i in range(-1, len(doc) + 1)]
    assert [(i, e.text) for i, e in held if e is not None] == [
        (1, "Bruno Le Maire"),
        (2, "Bruno Le Maire"),
        (5, "France Inter"),
        (8, "Paul Martin"),
    ]
    assert name_holding(first, 8) is None and name_holding(second, 8) is not None
    found = name_holding(first, 5)
    assert found is not None and found.label_ == "ORG"
    names = [(i, p.text) for i in range(len(doc)) if (p := person_name_at(doc, i)) is not None]
    assert names == [(0, "Bruno Le Maire"), (7, "Paul Martin")]
    spans = [doc[a:b] for a in range(len(doc)) for b in range(a, len(doc) + 1)]
    for span in spans:  # entities_within is Span.ents, cut entities left out
        expected = [(e.start, e.end, e.label_) for e in span.ents]
        assert [(e.start, e.end, e.label_) for e in entities_within(span)] == expected


PLEADED_WHO = "« C'est un homme perdu », a plaidé Me Roux, qui a demandé d'acquitter son client."
PLEADED_WHO_ROWS: list[Row] = [
    ("«", 4, "punct", "PUNCT", "«", ""),
    ("C'", 4, "nsubj", "PRON", "ce", "Number=Sing|Person=3"),
    ("est", 4, "cop", "AUX", "être", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("un", 4, "det", "DET", "un", "Definite=Ind|Gender=Masc|Number=Sing|PronType=Art"),
    ("homme", 4, "ROOT", "NOUN", "homme", "Gender=Masc|Number=Sing"),
    ("perdu", 4, "amod", "ADJ", "perdu", "Gender=Masc|Number=Sing"),
    ("»", 4, "punct", "PUNCT", "»", ""),
    (",", 9, "punct", "PUNCT", ",", ""),
    ("a", 9, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("plaidé", 4, "parataxis", "VERB", "plaider", "Tense=Past|VerbForm=Part"),
    ("Me", 4, "advmod", "NOUN", "me", "Gender=Masc|Number=Sing"),
    ("Roux", 4, "appos", "PROPN", "Roux", ""),
    (",", 4, "punct", "PUNCT", ",", ""),
    ("qui", 15, "nsubj", "PRON", "qui", "PronType=Rel"),
    ("a", 15, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("demandé", 4, "acl:relcl", "VERB", "demander", "Tense=Past|VerbForm=Part"),
    ("d'", 17, "mark", "ADP", "de", ""),
    ("acquitter", 15, "xcomp", "VERB", "acquitter", "VerbForm=Inf"),
    ("son", 19, "det", "DET", "son", "Number=Sing|Poss=Yes"),
    ("client", 17, "obj", "NOUN", "client", "Gender=Masc|Number=Sing"),
    (".", 4, "punct", "PUNCT", ".", ""),
]


def test_a_relative_clause_hung_on_a_quoted_noun_is_the_speakers() -> None:
    """The small French model hangs "qui a demandé …", after the incise's speaker, on
    "homme" inside the quotation, which became the source of the request: the antecedent is
    the name before the comma, outside the marks."""
    article = Article(text=PLEADED_WHO, language="fr")
    part = parsed("fr", PLEADED_WHO, PLEADED_WHO_ROWS)
    name = part.doc.char_span(35, 42, label="PER")
    assert name is not None
    part.doc.ents = [name]
    claims = find_claims(article, [part], load_lexicon("fr"))
    request = next(c for c in attributed(claims) if "acquitter" in c.content.text)
    assert request.source is not None and request.source.name == "Me Roux"


WITNESS_WHO = "Une passante qui sortait assure avoir vu le camion."
WITNESS_WHO_ROWS: list[Row] = [
    ("Une", 1, "det", "DET", "un", "Definite=Ind|Gender=Fem|Number=Sing|PronType=Art"),
    ("passante", 1, "ROOT", "NOUN", "passante", "Gender=Fem|Number=Sing"),
    ("qui", 3, "nsubj", "PRON", "qui", "PronType=Rel"),
    ("sortait", 1, "acl:relcl", "VERB", "sortir", "Mood=Ind|Tense=Imp|VerbForm=Fin"),
    ("assure", 3, "advcl", "VERB", "assurer", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("avoir", 6, "aux:tense", "AUX", "avoir", "VerbForm=Inf"),
    ("vu", 4, "xcomp", "VERB", "voir", "Tense=Past|VerbForm=Part"),
    ("le", 8, "det", "DET", "le", "Definite=Def|Gender=Masc|Number=Sing|PronType=Art"),
    ("camion", 6, "obj", "NOUN", "camion", "Gender=Masc|Number=Sing"),
    (".", 1, "punct", "PUNCT", ".", ""),
]


def test_a_main_verb_the_parse_hung_in_a_relative_clause_is_the_nouns() -> None:
    """ "Une passante qui sortait assure avoir vu …", with "assure" hung on "sortait": the
    relative "qui" was the speaker, and no name; the noun the clause modifies speaks."""
    claim = the_claim(claims_of("fr", WITNESS_WHO, WITNESS_WHO_ROWS))
    assert claim.source is not None and claim.source.text.startswith("Une passante")
