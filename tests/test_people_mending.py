"""Names the recogniser half-found, mended before any rule reads them (issue 11, thirty-fifth
pass), on Docs built by hand so that each case holds whatever a model would tag."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from claimcheck.nlp.people import mend_person_names

PERSON = "PERSON"


@cache
def vocab() -> Vocab:
    return spacy.blank("en").vocab


def doc_of(words: list[str], ents: list[tuple[int, int, str]], proper: set[int]) -> Doc:
    """A Doc of ``words`` with the recogniser's entities and the proper nouns the tagger saw."""
    doc = Doc(
        vocab(), words=words, pos=["PROPN" if i in proper else "X" for i in range(len(words))]
    )
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


def people(doc: Doc) -> list[str]:
    return [e.text for e in mend_person_names(doc, frozenset(), PERSON).ents if e.label_ == PERSON]


def test_a_full_name_called_a_body_is_the_person_its_surname_is() -> None:
    """ "Adaeze Nwosu had missed …" as a body, "Nwosu said" as a person: one woman, whose full
    name the report should give."""
    words = ["Adaeze", "Nwosu", "had", "missed", ".", "Nwosu", "said", "so", "."]
    doc = doc_of(words, [(0, 2, "ORG"), (5, 6, PERSON)], {0, 1, 5})
    assert people(doc) == ["Adaeze Nwosu", "Nwosu"]


def test_a_first_name_and_a_surname_the_recogniser_missed_are_found_again() -> None:
    """ "Celeste Ambrose became chief" left out, "Ambrose told the board" found: the first name
    and the surname are her name there too."""
    words = ["Celeste", "Ambrose", "became", "chief", ".", "Ambrose", "told", "the", "board"]
    doc = doc_of(words, [(5, 6, PERSON)], {0, 1, 5})
    assert people(doc) == ["Celeste Ambrose", "Ambrose"]


def test_a_word_the_recogniser_once_called_a_person_does_not_spread_alone() -> None:
    """Guard: "Twitter" taken once for a person is not a person wherever else it is written;
    only a first name before it would make it a name."""
    words = ["Twitter", "said", "so", ".", "Twitter", "grew", "."]
    doc = doc_of(words, [(0, 1, PERSON)], {0, 4})
    assert people(doc) == ["Twitter"]


def mended(doc: Doc, roles: frozenset[str]) -> list[tuple[str, str]]:
    return [
        (e.text, e.label_) for e in mend_person_names(doc, frozenset(), PERSON, roles=roles).ents
    ]


def tagged_doc(words: list[str], tags: list[str], ents: list[tuple[int, int, str]]) -> Doc:
    doc = Doc(vocab(), words=words, pos=tags)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


def test_a_name_at_the_end_of_a_role_and_its_portfolio_is_a_person() -> None:
    """ "ministre de la Santé Roman Kovar" as one body: the pronoun after it went to "ministre
    de la Santé". The name is a person's, and the office is no body's name."""
    words = ["Le", "ministre", "de", "la", "Santé", "Roman", "Kovar", "a", "parlé", "."]
    tags = ["DET", "NOUN", "ADP", "DET", "PROPN", "PROPN", "PROPN", "AUX", "VERB", "PUNCT"]
    doc = tagged_doc(words, tags, [(1, 7, "ORG")])
    assert mended(doc, frozenset({"ministre"})) == [("Roman Kovar", PERSON)]


def test_a_body_that_opens_on_no_role_keeps_its_name() -> None:
    """ "the Center for John Adams", named after a person: no role opens it, and it stays a
    body's name."""
    words = ["a", "fellow", "at", "the", "Center", "for", "John", "Adams", "said", "."]
    tags = ["DET", "NOUN", "ADP", "DET", "PROPN", "ADP", "PROPN", "PROPN", "VERB", "PUNCT"]
    doc = tagged_doc(words, tags, [(3, 8, "ORG")])
    assert mended(doc, frozenset({"fellow"})) == [("the Center for John Adams", "ORG")]


def test_an_outlet_read_as_a_person_with_its_noun_is_a_body() -> None:
    """ "le tabloïd Blesk révèle", a person to the small French recogniser with its noun: an
    outlet. A person after a role noun stays one ("le témoin Jean Dupont")."""
    words = ["le", "tabloïd", "Blesk", "révèle", "que", "le", "témoin", "Jean", "Dupont", "ment"]
    tags = ["DET", "NOUN", "PROPN", "VERB", "SCONJ", "DET", "NOUN", "PROPN", "PROPN", "VERB"]
    doc = tagged_doc(words, tags, [(1, 3, PERSON), (6, 9, PERSON)])
    people = mend_person_names(doc, frozenset(), PERSON, outlets=frozenset({"tabloïd"})).ents
    assert [(e.text, e.label_) for e in people] == [
        ("tabloïd Blesk", "ORG"),
        ("Jean Dupont", PERSON),
    ]
