"""The words of a claim as the index and ``trace`` compare them.

A quote printed by two outlets differs in ways that say nothing (typographic quotes, case,
accents dropped by one keyboard, a line break) and in ways that change what was said (a number,
a "not", a name). Both the index and the alignment see a claim as a list of ``Word``: its
folded form, for comparing, and what the outlet printed, for showing and for telling a name
from a common word.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from claimcheck.nlp.lexicon import available_languages, load_lexicon

__all__ = ["Change", "Word", "fold", "normalise", "words"]

# A number with its separators ("40,000", "3.5", "40 000" with a narrow no-break space) is one
# word; otherwise runs of letters and digits. Apostrophes and hyphens cut ("don't", "n'a").
_WORD = re.compile(r"\d(?:[\d.,\u00a0\u202f]*\d)?|\w+")
# After these, a capital letter starts a sentence rather than a name.
_SENTENCE_ENDS = frozenset(".!?…:«“\"‘'(—–-")


class Change(StrEnum):
    """What kind of word changed between two versions of a quote; the order is the order in
    which ``differences`` lists them: what changes the meaning most first."""

    NUMBER = "number"
    NEGATION = "negation"
    ENTITY = "entity"
    WORDING = "wording"


@dataclass(frozen=True, slots=True)
class Word:
    printed: str  # as the outlet printed it
    key: str  # folded: what two versions are compared by
    capitalised: bool  # a capital inside a sentence: a name, as far as the surface tells

    @property
    def kind(self) -> Change:
        """The kind of change a change to this word is."""
        if self.key[0].isdigit() or self.key in _trace_words().numbers:
            return Change.NUMBER
        if self.key in _trace_words().negations:
            return Change.NEGATION
        return Change.ENTITY if self.capitalised else Change.WORDING


@dataclass(frozen=True, slots=True)
class _TraceWords:
    numbers: frozenset[str]
    negations: frozenset[str]


@cache
def _trace_words() -> _TraceWords:
    """Number and negation words of every language: an index may hold several languages, and
    a quote's language is not always its outlet's."""
    lexicons = [load_lexicon(language) for language in available_languages()]
    return _TraceWords(
        numbers=frozenset(fold(w) for lex in lexicons for w in lex.number_words),
        negations=frozenset(fold(w) for lex in lexicons for w in lex.negations),
    )


def fold(text: str) -> str:
    """Case and accents folded: "Élu" and "elu" compare equal, as FTS5 compares them."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def words(text: str) -> tuple[Word, ...]:
    """The words of ``text``, in order."""
    text = unicodedata.normalize("NFKC", text)
    found = []
    for match in _WORD.finditer(text):
        printed = match.group()
        starts_sentence = _previous_mark(text, match.start()) in _SENTENCE_ENDS
        capitalised = printed[0].isupper() and not starts_sentence
        key = fold(printed)
        if key[0].isdigit():  # "40,000", "40 000" and "40.000" are one number
            key = key.replace("\u00a0", "").replace("\u202f", "").replace(",", ".")
        found.append(Word(printed, key, capitalised))
    return tuple(found)


def _previous_mark(text: str, position: int) -> str:
    """The last character before ``position`` that is not a space; "." at the start."""
    index = position - 1
    while index >= 0 and text[index].isspace():
        index -= 1
    return text[index] if index >= 0 else "."


def normalise(text: str) -> str:
    """The folded words joined by single spaces: what the index stores and searches."""
    return " ".join(word.key for word in words(text))
