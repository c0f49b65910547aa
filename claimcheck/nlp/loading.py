"""Loading spaCy pipelines: installed packages only, each loaded once per analyzer.

Models install with the project from the package index; claimcheck never downloads one at run
time. A missing model is a clear error that names the package to install.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimcheck.errors import ModelMissingError
from claimcheck.nlp.lexicon import load_lexicon

if TYPE_CHECKING:
    from spacy.language import Language

# For a language with no lexicon, or a lexicon that names no pipeline.
NO_PIPELINE_HINT = "install a spaCy pipeline and pass --model NAME"


@dataclass(frozen=True)
class LoadedModel:
    nlp: Language
    name: str  # "fr_core_news_sm-3.8.0": what the report's meta.model says


def is_installed(package: str) -> bool:
    try:
        return importlib.util.find_spec(package) is not None
    except (ImportError, ValueError):  # "no.such.pkg", ".relative": not an installed package
        return False


def pipelines_for(language: str) -> tuple[str, ...]:
    """The pipelines the language's lexicon names, preferred first (its ``[model]`` section)."""
    try:
        return load_lexicon(language).pipelines
    except KeyError:
        return ()


def install_hint(language: str) -> str:
    """How to install a pipeline for ``language``, as its lexicon says."""
    try:
        return load_lexicon(language).install_hint or NO_PIPELINE_HINT
    except KeyError:
        return NO_PIPELINE_HINT


def default_pipeline(language: str) -> str | None:
    """The first installed default pipeline for ``language``, or None."""
    return next((p for p in pipelines_for(language) if is_installed(p)), None)


def describe(nlp: Language) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', '?')}_{meta.get('name', '?')}-{meta.get('version', '?')}"


class ModelCache:
    """Loads each pipeline once per cache; ``prepare`` adapts a fresh pipeline to claimcheck.

    An ``Analyzer`` owns one cache, so a batch loads each model once.
    """

    def __init__(self, prepare: Callable[[Language], None] | None = None) -> None:
        self._loaded: dict[str, LoadedModel] = {}
        self._prepare = prepare

    def for_language(self, language: str, override: str | None = None) -> LoadedModel:
        if override is not None and not override.strip():
            raise ModelMissingError("--model needs the name of an installed spaCy pipeline")
        name = override or default_pipeline(language)
        if name is None:
            hint = install_hint(language)
            raise ModelMissingError(f"no spaCy model for '{language}' is installed: {hint}")
        return self.load(name)

    def load(self, name: str) -> LoadedModel:
        if name not in self._loaded:
            self._loaded[name] = self._load(name)
        return self._loaded[name]

    def _load(self, name: str) -> LoadedModel:
        import spacy

        if not is_installed(name):
            raise ModelMissingError(
                f"spaCy model '{name}' is not installed (pip install it; claimcheck never "
                "downloads models)"
            )
        from claimcheck.nlp import quickload

        try:
            with quickload.quick_loading():  # French: 5 s less, the same pipeline
                nlp = spacy.load(name)
            quickload.quick_word_indexes(nlp)
        except (OSError, ImportError, ValueError) as exc:
            raise ModelMissingError(f"spaCy model '{name}' could not be loaded: {exc}") from None
        if self._prepare:
            self._prepare(nlp)
        return LoadedModel(nlp, describe(nlp))
