"""The quick lookups the rules ask at every word give what the slow ones they replace gave.

Attribution asks, at nearly every word, for a morphological feature, for a quotation that
closes just before it or holds it, and whether a sentence holds a prepositional cue or a relay
phrase.
These were made cheap (kept by key, looked up by position, one search for a whole list); a
lookup that answered differently would change who is said to have said what, so each is
checked here against the plain definition, on real parses and on the tricky cases.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.nlp.frames.base import FrameRules
from claimcheck.nlp.lexicon import load_lexicon
from claimcheck.nlp.loading import ModelCache
from claimcheck.nlp.morphology import feature
from claimcheck.nlp.parse import parse, prepare_pipeline
from claimcheck.nlp.quotes import find_quotes

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
SAMPLE_TEXTS = {"en": "port-strike.en.txt", "fr": "alep-khimik.fr.txt"}
FIELDS = ("VerbForm", "Tense", "Mood", "Number", "Person", "Gender", "PronType", "Poss")


@pytest.fixture(scope="module")
def models() -> ModelCache:
    return ModelCache(prepare=prepare_pipeline)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_feature_read_by_key_is_the_tagger_s_own(models: ModelCache, language: str) -> None:
    text = (SAMPLES / SAMPLE_TEXTS[language]).read_text(encoding="utf-8")
    parts = parse(models.for_language(language).nlp, text)
    tokens = [token for part in parts for token in part.doc]
    assert any(feature(t, "Tense") for t in tokens)  # the sample has tensed verbs
    for token in tokens:
        for field in FIELDS:
            assert feature(token, field) == tuple(token.morph.get(field, [])), (token, field)


def _closed_before_by_definition(
    text: str, quotes: list[tuple[int, int, bool]], position: int
) -> list[tuple[int, int, bool]]:
    return [q for q in quotes if q[1] <= position and not text[q[1] : position].strip(" ,\u00a0")]


@pytest.mark.parametrize(
    "text",
    [
        "« On partira », dit-il. « Demain , \u00a0», a-t-elle ajouté, «  non ».",
        "“Yes,” she said. “No”,, he said, 'maybe' “and ‘this’” too.",
        "« Le texte « final » est prêt »,  a dit le ministre",
        "« Oui »\u00a0, dit-il, et « non » ,\u00a0 ajoute-t-elle",
    ],
)
def test_quotations_closed_before_a_word_are_found_by_where_they_end(text: str) -> None:
    lexicon = load_lexicon("fr")
    rules = FrameRules(lexicon, find_quotes(text), text)
    assert rules.every_quote, "the text has quotations"
    for position in range(len(text) + 2):
        expected = _closed_before_by_definition(text, rules.every_quote, position)
        assert rules.quotes_closed_before(position) == expected, position
        assert rules.closes_quote_before(position) == bool(expected), position


@pytest.mark.parametrize(
    "text",
    [
        "« Le texte « final » est prêt », a dit le ministre, « non ».",
        "“Yes,” she said. 'A “nested ‘deep’ one”' and “an open one",
        '"a" "b" «» “”',
    ],
)
def test_a_word_inside_quotation_marks_is_found_by_bisection(text: str) -> None:
    rules = FrameRules(load_lexicon("fr"), find_quotes(text), text)
    assert rules.every_quote, "the text has quotations"
    for char in range(-1, len(text) + 2):
        speech = any(start < char < end - 1 for start, end in rules.quotes)
        marked = any(start < char < end - 1 for start, end, _ in rules.every_quote)
        assert (rules.inside_quote(char), rules.inside_any_quote(char)) == (speech, marked), char


@pytest.mark.parametrize("language", ["en", "fr"])
def test_one_search_finds_a_cue_wherever_a_search_per_cue_does(language: str) -> None:
    lexicon = load_lexicon(language)
    phrases = {
        "prepositional": (lexicon.prepositional, lexicon.any_prepositional),
        "relay": (
            (*lexicon.relay_to_outlet, *lexicon.relay_to_any, *lexicon.relay_from),
            lexicon.any_relay,
        ),
    }
    for kind, (listed, combined) in phrases.items():
        assert listed, f"{language} has {kind} phrases"
        for phrase in listed:
            # each phrase inside words, at the start, glued to a word, and in capitals
            for sample in (
                f"Il a dit, {phrase} la source, que",
                phrase,
                f"x{phrase}",
                f"{phrase}x",
                phrase.upper(),
            ):
                lowered = sample.lower()
                each = any(lexicon.phrase_regex(p).search(lowered) for p in listed)
                assert (combined.search(lowered) is not None) == each, (kind, sample)


def test_no_phrases_match_nothing() -> None:
    lexicon = load_lexicon("en")
    assert lexicon.phrases_regex(()).search("according to anyone at all") is None
    assert lexicon.phrases_regex(()).search("") is None
