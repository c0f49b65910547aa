"""Finding quotations in raw text, whatever the quote style, without trusting the marks.

Quote marks are paired paragraph by paragraph. An opener left unclosed at the end of a paragraph
is carried over only when the next paragraph reopens with a quote mark — the convention of
English and French copy for a quotation that runs over several paragraphs. A quotation opened
after a sentence and never closed before its paragraph ends on a full stop ends there (a
forgotten closing mark). Any other unbalanced mark is dropped where it stands, so one stray
mark never swallows the article. Within a paragraph, “ may close with a straight mark and a
straight mark with ”: web copy mixes them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Opening mark -> the closing marks that end it.
PAIRS: dict[str, str] = {
    "\u201c": "\u201d",  # “ ”
    "\u00ab": "\u00bb",  # « »
    "\u201e": "\u201c\u201d",  # „ “ (German), „ ” (Polish, Romanian)
    "\u2039": "\u203a",  # ‹ ›
    '"': '"',
}
CLOSERS = frozenset("".join(PAIRS.values()))
MARKS = frozenset(PAIRS) | CLOSERS
_WORD = re.compile(r"\w+(?:['’-]\w+)*")
# Fewer words than this, and no sentence inside: a scare quote, a title or a nickname.
SPEECH_MIN_WORDS = 4


@dataclass(frozen=True, slots=True)
class Quote:
    start: int  # at the opening mark
    end: int  # just after the closing mark
    words: int
    multi_paragraph: bool = False
    title: bool = False  # "Gone with the Wind": capitalised words and no punctuation inside
    sentence: bool = False  # "Nobody could breathe.": a capital, words, a full stop

    @property
    def is_speech(self) -> bool:
        """Someone's words, not a label, a nickname or a title in quotation marks."""
        return (self.words >= SPEECH_MIN_WORDS or self.sentence) and not self.title

    def contains(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end


@dataclass
class _Open:
    mark: str
    position: int


# Typewriter digraphs some archives use for quotation marks (``…'' and ''…''), read as a straight
# quote followed by a character that is neither a mark nor a space, so offsets do not move.
_DIGRAPHS = (("``", '"\x00'), ("''", '"\x00'))


def find_quotes(text: str) -> list[Quote]:
    """Every balanced quotation in ``text``, in order, outermost only."""
    for digraph, single in _DIGRAPHS:
        text = text.replace(digraph, single)
    quotes: list[Quote] = []
    carried: _Open | None = None
    paragraphs = _paragraphs(text)
    for index, (start, end) in enumerate(paragraphs):
        found, left_open = _pair_paragraph(text, start, end, carried)
        quotes.extend(found)
        # a quotation continued over paragraphs, each reopened with its mark: one that the next
        # paragraph does not reopen (an intertitle the page set inside it, or narration) ends
        # with this paragraph, closed or not, when no other mark in it could have closed it
        continued = left_open is not None and left_open is carried
        continued = continued and not _other_marks(text, start, end)
        carried = None
        if left_open is None:
            continue
        if index + 1 < len(paragraphs) and _reopens(text, *paragraphs[index + 1]):
            carried = left_open
        elif continued or _closer_forgotten(text, start, end, left_open):
            quotes.append(_quote(text, left_open.position, _last_char(text, end), continued))
    return _outermost(quotes)


def _other_marks(text: str, start: int, end: int) -> bool:
    """Whether the paragraph holds a quotation mark past the one that reopens it."""
    reopened = text.index(text[start:end].lstrip()[0], start)
    return any(char in MARKS for char in text[reopened + 1 : end])


def _closer_forgotten(text: str, start: int, end: int, opener: _Open) -> bool:
    """A quotation that opens a sentence inside a paragraph and runs to its end, which ends a
    sentence, with no closing mark: the writer forgot it, or the page lost the next
    paragraph's opening mark ('“His candidacy … deserve to be explored.' then 'He continued,
    …'). It is the paragraph's rest; a mark inside a sentence is still dropped, and so is one
    followed by other marks, which may close it out of place ('… this, " Trump said.')."""
    before = text[start : opener.position].rstrip()
    # not at the paragraph's start: there, an unclosed mark opens a block quote or an
    # excerpt, whose own reported speech is not one speaker's words
    opens_sentence = bool(before) and before[-1] in ".!?:"
    marks_after = any(char in MARKS for char in text[opener.position + 1 : end])
    ends_sentence = text[start:end].rstrip()[-1:] in (".", "!", "?", "…")
    return opens_sentence and ends_sentence and not marks_after


def _last_char(text: str, end: int) -> int:
    """Just after the paragraph's last character that is not a blank."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            spans.append((start, end))
        start = end + 1
    return spans


def _reopens(text: str, start: int, end: int) -> bool:
    stripped = text[start:end].lstrip()
    return bool(stripped) and stripped[0] in PAIRS


def _pair_paragraph(
    text: str, start: int, end: int, carried: _Open | None
) -> tuple[list[Quote], _Open | None]:
    """Pair the marks of one paragraph; return its quotes and the opener left unclosed."""
    stack: list[_Open] = []
    quotes: list[Quote] = []
    position = start
    if carried is not None:
        stack.append(carried)
        position = text.index(text[start:end].lstrip()[0], start) + 1  # skip the reopening mark
    for i in range(position, end):
        char = text[i]
        if char not in MARKS:
            continue
        if stack and _closes(text, i, stack[-1], carried=stack[-1] is carried):
            opener = stack.pop()
            quotes.append(_quote(text, opener.position, i + 1, carried is opener))
        elif char in PAIRS and _can_open(text, i):
            stack.append(_Open(char, i))
    return quotes, (stack[0] if stack else None)


def _closes(text: str, i: int, opener: _Open, carried: bool) -> bool:
    char = text[i]
    if char not in PAIRS[opener.mark]:
        # a quotation carried from the paragraph before keeps its own marks: there a stray
        # closer is more likely a quotation nested inside a long block quote
        return not carried and _closes_mixed(text, i, opener)
    if char != opener.mark:
        return True
    # A straight quote closes when it touches the word before it.
    return i > 0 and not text[i - 1].isspace()


# Web copy often mixes typographic and straight marks within one quotation, “…" or "…”: pasted
# quotes, or an editor that curled only some marks.
_MIXED_CLOSERS: dict[str, str] = {"\u201c": '"', '"': "\u201d"}


def _closes_mixed(text: str, i: int, opener: _Open) -> bool:
    """A straight mark that touches the word before it ends a “ quotation, and ” ends a
    straight one: the mark can only close, and nothing else is open to close."""
    char = text[i]
    if _MIXED_CLOSERS.get(opener.mark) != char:
        return False
    return char != '"' or (i > 0 and not text[i - 1].isspace() and not _can_open(text, i))


def _can_open(text: str, i: int) -> bool:
    if text[i] != '"':
        return True
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not after.isspace() and (before.isspace() or before in "([{—–-:")


def _quote(text: str, start: int, end: int, multi_paragraph: bool) -> Quote:
    if text[end - 1 : end + 1] == '"\x00':
        end += 1  # the closing mark was a digraph
    words = _WORD.findall(text, start, end)
    quoted = text[start:end]
    return Quote(
        start,
        end,
        len(words),
        multi_paragraph,
        _looks_like_title(quoted, words),
        _is_sentence(quoted, words),
    )


def _is_sentence(quoted: str, words: list[str]) -> bool:
    """A short quotation that is a whole sentence: "Nobody could breathe.", « Jamais. »"""
    inner = quoted[1:-1].strip(" \u00a0\u202f\x00\"'")
    return len(words) >= 2 and inner[:1].isupper() and inner[-1:] in (".", "!", "?", "…")


def _looks_like_title(quoted: str, words: list[str]) -> bool:
    """A title capitalises its first, last and most words, and has no punctuation inside."""
    if len(words) < 2 or any(mark in quoted[1:-1] for mark in ",.;:!?"):
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return words[0][0].isupper() and words[-1][0].isupper() and capitalised >= len(words) / 2


def _outermost(quotes: list[Quote]) -> list[Quote]:
    ordered = sorted(quotes, key=lambda q: (q.start, -q.end))
    kept: list[Quote] = []
    for quote in ordered:
        if kept and kept[-1].contains(quote.start, quote.end):
            continue
        kept.append(quote)
    return kept
