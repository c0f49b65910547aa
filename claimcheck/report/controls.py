"""Control characters made visible and harmless in what is printed for a terminal or as Markdown.

An article is someone else's text, and a terminal obeys escape sequences: ESC ``[2J`` clears the
screen, OSC 8 dresses a link up as another, OSC 52 writes the clipboard, a cursor query types an
answer into the shell. JSON escapes control characters; the text and Markdown reports, and the
one-line errors on stderr, go through here instead. Each control character becomes one visible
character (ESC shows as "␛"), so every offset into the text is unchanged: a claim's span, a
hedge's place in it.
"""

from __future__ import annotations

import dataclasses
from enum import Enum
from typing import Any, TypeVar

__all__ = ["neutralise", "neutralised"]

_T = TypeVar("_T")

_KEPT = {0x09, 0x0A}  # tab and line feed lay text out; they command nothing
# C0 controls as their Unicode "control pictures" (U+2400 + code), carriage return as a space
# (it would overwrite the line it ends), DEL as "␡", and the C1 controls (CSI, OSC, ... as
# single code points) as the replacement character.
_TABLE: dict[int, str] = {
    **{code: chr(0x2400 + code) for code in range(0x20) if code not in _KEPT},
    0x0D: " ",
    0x7F: "\u2421",
    **{code: "\ufffd" for code in range(0x80, 0xA0)},
}


def neutralise(text: str) -> str:
    """``text`` with every control character but tab and line feed made visible, same length."""
    return text.translate(_TABLE)


def neutralised(value: _T) -> _T:
    """A copy of a report (or any of its parts) with every string in it ``neutralise``d.

    Walks dataclasses, tuples, lists and dicts; enumerations and non-strings are kept as is.
    """
    return _walk(value)  # type: ignore[no-any-return]


def _walk(value: Any) -> Any:
    if isinstance(value, Enum):
        return value  # a StrEnum is a str, but its value is ours, never the article's
    if isinstance(value, str):
        return neutralise(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = (f for f in dataclasses.fields(value) if f.init)
        changes = {f.name: _walk(getattr(value, f.name)) for f in fields}
        return dataclasses.replace(value, **changes)
    if isinstance(value, tuple | list):
        return type(value)(_walk(item) for item in value)
    if isinstance(value, dict):
        return {_walk(key): _walk(item) for key, item in value.items()}
    return value
