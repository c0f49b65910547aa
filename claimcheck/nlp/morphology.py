"""The tagger's morphology, read cheaply.

spaCy's ``MorphAnalysis.get`` decodes a feature's values from the string store at each call,
and the rules ask for one ("VerbForm", "Tense", "Number") at nearly every word: a twentieth of
the attribution time went there. An analysis is one of a few hundred strings, so the values are
kept by the analysis's key, for every model alike (the key is the hash of the string).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_VALUES: dict[tuple[int, str], tuple[str, ...]] = {}


def feature(token: Token, field: str) -> tuple[str, ...]:
    """The values the token's morphology gives ``field``: ("Past",) for "Tense" of "said",
    () where it has none."""
    morph = token.morph
    key = (hash(morph), field)
    values = _VALUES.get(key)
    if values is None:
        values = _VALUES[key] = tuple(morph.get(field, []))
    return values
