"""A stand-in for spaCy's French ``token_match`` that is quick to build and matches the same.

spaCy's French defaults join about 270 patterns ("^a[-–—‐‑]sexualis[a-zß…]+$", one per
hyphenated or elided word family) into one 1.4 MB regular expression and compile it, once when
``spacy.lang.fr`` is imported and once more when the model's tokenizer is read from disk. It
costs about 5 s per process, because each alternative carries its own copy of the same few
Unicode letter classes (3,000 characters each) and ``re`` case-folds every copy again under
``(?i)``: a French article took 2.6 times as long as an English one from a cold start.

``factor`` rewrites such a pattern so that alternatives which start and end with the same
large classes share one copy of them: ``^a-x[L]+$|^b-y[L]+$`` becomes ``^(?:a-x|b-y)[L]+$``.
Concatenation distributes over alternation, so both accept exactly the same strings; the
factored pattern compiles in a few hundredths of a second. Only ``match`` uses it: whether it
matches is the same for every string, which is all spaCy's tokenizer asks of a
``token_match``. Anything else asked of the object (``search``, ``flags``, ...) goes to the
original pattern, compiled on first use.

``fast_large_patterns`` installs it for the duration of a model load, for every pattern larger
than ``LARGE_PATTERN`` characters that ``factor`` understands; any other pattern, and any large
one with a construct ``factor`` does not handle, is compiled by ``re`` as usual.
"""

from __future__ import annotations

import functools
import re
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

# Patterns at least this long are worth factoring: spaCy's French token_match is 1.4 MB, the
# largest other tokenizer pattern (the French infixes) 18 kB.
LARGE_PATTERN = 200_000
# A character class longer than this is shared between alternatives rather than repeated.
_LARGE_CLASS = 100

# The pieces of a pattern, in order. Anything that could change the meaning of a regrouped
# alternative (capturing or look-around groups, back-references, possessive quantifiers,
# counted repeats, inline flags after the start) is read as a piece that makes ``factor`` give up.
_PIECE = re.compile(
    r"""
      (?P<cls>\[\^?\]?[^\]\\]*(?:\\.[^\]\\]*)*\])  # a character class, "]" first is a literal
    | (?P<escape>\\[^0-9])                     # an escape, not a back-reference
    | (?P<open>\(\?:)                           # a non-capturing group opens
    | (?P<close>\))
    | (?P<bar>\|)
    | (?P<unsupported>[*+?]\+|[({\\])           # possessive, other groups, {m,n}, \1
    | (?P<quantifier>[*+?]\??)                  # greedy or lazy
    | (?P<char>.)
    """,
    re.VERBOSE | re.DOTALL,
)
# Flags for the whole pattern; not (?x), whose comments could hold a "|".
_LEADING_FLAGS = re.compile(r"\(\?[aiLmsu]+\)")

Atoms = list[str]


class UnsupportedPatternError(ValueError):
    """The pattern uses a construct that ``factor`` does not regroup safely."""


def factor(pattern: str) -> str:
    """``pattern`` with its alternatives regrouped around their shared large classes.

    Raises ``UnsupportedPatternError`` when the pattern holds anything but literals, escapes,
    classes, non-capturing groups, alternation and the quantifiers ``* + ?`` (greedy or lazy).
    """
    prefix, body = _leading_flags(pattern)
    groups: dict[tuple[str, str], dict[str, None]] = {}
    for atoms in _flattened(_alternatives(body)):
        head, middle, tail = _split(atoms)
        groups.setdefault((head, tail), {})[middle] = None
    regrouped = (_regroup(head, list(middles), tail) for (head, tail), middles in groups.items())
    return prefix + "|".join(regrouped)


def _leading_flags(pattern: str) -> tuple[str, str]:
    """``"(?iu)"`` and the rest, or ``""`` and the whole pattern."""
    flags = _LEADING_FLAGS.match(pattern)
    prefix = flags.group() if flags else ""
    return prefix, pattern[len(prefix) :]


def _regroup(head: str, middles: list[str], tail: str) -> str:
    if len(middles) == 1:
        return f"{head}{middles[0]}{tail}"
    return f"{head}(?:{'|'.join(middles)}){tail}"


def _alternatives(body: str) -> list[Atoms]:
    """The top-level alternatives of ``body``, each a list of atoms with their quantifiers."""
    alternatives: list[Atoms] = [[]]
    depth = 0
    group: list[str] = []
    for piece in _PIECE.finditer(body):
        kind, text = piece.lastgroup, piece.group()
        if kind == "unsupported":
            raise UnsupportedPatternError(f"cannot regroup {text!r} at {piece.start()}")
        if depth:
            group.append(text)
            depth += {"open": 1, "close": -1}.get(kind or "", 0)
            if not depth:
                alternatives[-1].append("".join(group))
        elif kind == "open":
            depth, group = 1, [text]
        elif kind == "close":
            raise UnsupportedPatternError(f"unbalanced ')' at {piece.start()}")
        elif kind == "bar":
            alternatives.append([])
        elif kind == "quantifier":
            if not alternatives[-1]:
                raise UnsupportedPatternError(f"nothing to repeat at {piece.start()}")
            alternatives[-1][-1] += text
        else:
            alternatives[-1].append(text)
    if depth:
        raise UnsupportedPatternError("unbalanced '('")
    return alternatives


def _flattened(alternatives: list[Atoms]) -> Iterator[Atoms]:
    """The alternatives, with an alternative that is one bare group replaced by its own."""
    for atoms in alternatives:
        if len(atoms) == 1 and atoms[0].startswith("(?:") and atoms[0].endswith(")"):
            yield from _flattened(_alternatives(atoms[0][3:-1]))
        else:
            yield atoms


def _split(atoms: Atoms) -> tuple[str, str, str]:
    """Head, middle and tail: the runs of anchors and large classes at each end, and the rest."""
    start = 0
    while start < len(atoms) and _is_edge(atoms[start]):
        start += 1
    end = len(atoms)
    while end > start and _is_edge(atoms[end - 1]):
        end -= 1
    return "".join(atoms[:start]), "".join(atoms[start:end]), "".join(atoms[end:])


def _is_edge(atom: str) -> bool:
    return atom in ("^", "$") or (atom.startswith("[") and len(atom) > _LARGE_CLASS)


class FactoredPattern:
    """A compiled pattern whose ``match`` runs the factored form (see the module docstring)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._factored = _compile(factor(pattern), flags)
        self._original: re.Pattern[str] | None = None

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """A match wherever the original pattern matches ``string`` at ``pos``, else None."""
        return self._factored.match(string, pos, endpos)

    def original(self) -> re.Pattern[str]:
        """The pattern as written, compiled by ``re`` (slowly) the first time it is asked for."""
        if self._original is None:
            self._original = _compile(self.pattern, self._flags)
        return self._original

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # copy, pickle and friends must not get the original's
            raise AttributeError(name)
        return getattr(self.original(), name)

    def __reduce__(self) -> tuple[Callable[[str, int], FactoredPattern], tuple[str, int]]:
        return factored, (self.pattern, self._flags)


@functools.lru_cache(maxsize=8)
def factored(pattern: str, flags: int = 0) -> FactoredPattern:
    """One ``FactoredPattern`` per pattern, as ``re`` keeps one compiled pattern: spaCy compiles
    the French ``token_match`` twice per load, and a pickled tokenizer compiles it again."""
    return FactoredPattern(pattern, flags)


_compile = re.compile  # the real one, whatever replaces ``re.compile`` for a while
_install_lock = threading.RLock()


def _compile_fast(pattern: Any, flags: int = 0) -> Any:
    """``re.compile``, except that a large pattern ``factor`` understands is factored."""
    if isinstance(pattern, str) and len(pattern) >= LARGE_PATTERN:
        try:
            return factored(pattern, flags)
        except (UnsupportedPatternError, re.error):
            pass
    return _compile(pattern, flags)


@contextmanager
def fast_large_patterns() -> Iterator[None]:
    """While in the block, ``re.compile`` gives a ``FactoredPattern`` for each large pattern.

    Meant to surround ``spacy.load``: spaCy compiles the French ``token_match`` when the French
    language class is imported and again when the tokenizer is read, both inside the load.
    Other threads keep compiling as usual (only large patterns are diverted); loads in several
    threads take turns.
    """
    with _install_lock:
        if re.compile is _compile_fast:  # already inside the block in this thread
            yield
            return
        re.compile = _compile_fast
        try:
            yield
        finally:
            re.compile = _compile
