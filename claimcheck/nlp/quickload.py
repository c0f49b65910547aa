"""Loading a spaCy pipeline quickly, into exactly the objects spaCy's own loading builds.

A cold French article used to cost 2.6 times an English one, for two reasons that English does
not have, both paid in every fresh process:

- the French ``token_match``, one 1.4 MB regular expression, took about 4 s to compile;
  ``fastregex`` builds an equivalent one in about 0.1 s;
- the French lemmatizer's ``lemma_lookup`` table has 217,000 entries, and spaCy's ``Table``
  stores each through a Python ``__setitem__`` (hash the key, store, add to the Bloom filter):
  about 0.7 s. ``quick_tables`` does the same three steps without a Python loop, in about a
  third of the time.

Both are switched on only for the duration of ``quick_loading``, around ``spacy.load``. Then
``quick_word_indexes`` gives the rule lemmatizers' word lists set-speed membership: for every
new word spaCy asks ``form in index``, and the French noun list holds 66,000 words, scanned one
by one (0.1 s on a short French article; English's lists are shorter).

The tests build the French pipeline both ways and compare tokens, tables and lemmas, so a spaCy
release that changes any of it makes a test fail instead of changing claimcheck's results.
"""

from __future__ import annotations

import threading
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import repeat
from typing import TYPE_CHECKING, Any

from claimcheck.nlp.fastregex import fast_large_patterns

if TYPE_CHECKING:
    from spacy.language import Language

_tables_lock = threading.RLock()


@contextmanager
def quick_loading() -> Iterator[None]:
    """While in the block, spaCy compiles large patterns and fills lookup tables quickly."""
    with fast_large_patterns(), quick_tables():
        yield


@contextmanager
def quick_tables() -> Iterator[None]:
    """While in the block, ``spacy.lookups.Table.update`` fills a table from a dict quickly.

    Everything else (another mapping, keyword arguments) goes to the usual ``update``.
    """
    from spacy.lookups import Table

    with _tables_lock:
        if getattr(Table.update, "quick", False):  # already inside the block in this thread
            yield
            return
        own = "update" in vars(Table)
        stock: Callable[..., None] = Table.update
        Table.update = _quick_update(stock)  # type: ignore[method-assign]
        try:
            yield
        finally:
            if own:
                Table.update = stock  # type: ignore[method-assign]
            else:
                del Table.update


def _quick_update(stock: Callable[..., None]) -> Callable[..., None]:
    """``Table.update`` for a plain dict: what ``Table.__setitem__`` does per key, inlined."""
    from spacy.strings import get_string_id

    def update(table: Any, data: Any = (), /, **more: Any) -> None:
        if type(data) is not dict or more:
            stock(table, data, **more)
            return
        keys = list(map(get_string_id, data))
        # map() drives the C functions without a Python loop; deque(maxlen=0) just runs it.
        deque(map(OrderedDict.__setitem__, repeat(table), keys, data.values()), maxlen=0)
        deque(map(table.bloom.add, keys), maxlen=0)

    update.quick = True  # type: ignore[attr-defined]
    return update


class WordIndex(list[str]):
    """A lemmatizer's word list for one part of speech: the same list (items, order, equality),
    with ``in`` answered by a set. Nothing in spaCy changes these lists after loading."""

    def __init__(self, words: Iterable[str]) -> None:
        super().__init__(words)
        self._members = frozenset(self)

    def __contains__(self, word: object) -> bool:
        try:
            return word in self._members
        except TypeError:  # unhashable: only the list can say
            return super().__contains__(word)


def quick_word_indexes(nlp: Language) -> None:
    """Give every lemmatizer's ``lemma_index`` lists set-speed membership (``WordIndex``)."""
    for _, pipe in nlp.pipeline:
        lookups = getattr(pipe, "lookups", None)
        if lookups is None or not lookups.has_table("lemma_index"):
            continue
        table = lookups.get_table("lemma_index")
        for key, words in list(table.items()):
            if type(words) is list:
                table[key] = WordIndex(words)
