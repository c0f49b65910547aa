"""Which language an article is in: offline, cheap, and honest when unsure."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Protocol

# Identification is linear in the text; the opening of an article says enough.
SAMPLE_CHARS = 5000
# Below this normalised probability, a page's own <html lang> declaration wins.
CONFIDENT = 0.8


class _Identifier(Protocol):
    def classify(self, text: str) -> tuple[str, float]: ...


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    code: str  # ISO 639-1
    probability: float
    from_hint: bool = False


@cache
def _identifier() -> _Identifier:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier: _Identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return identifier


def detect_language(text: str, hint: str | None = None) -> LanguageGuess:
    """Guess the language of ``text``; ``hint`` (a page's ``lang``) decides only close calls."""
    code, probability = _identifier().classify(text[:SAMPLE_CHARS])
    hint = (hint or "").split("-")[0].lower() or None
    if hint and code != hint and probability < CONFIDENT:
        return LanguageGuess(hint, probability, from_hint=True)
    return LanguageGuess(code, float(probability))
