"""The only place that knows the order of the stages.

fetch → extract → language → parse → attribution → provenance → [follow] → Report

``Analyzer`` owns what is expensive to build (the HTTP client, the loaded spaCy pipelines) so a
batch pays for them once. Each source is analysed on its own: any failure becomes an ``error``
in that source's report, never an exception that loses the rest of the batch.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, BinaryIO

from claimcheck import fetch
from claimcheck.cache import CacheMode, FetchCache, open_cache
from claimcheck.errors import ClaimcheckError, UnsupportedLanguageError
from claimcheck.models import Article, FetchInfo, Meta, RawDocument, Report, ReportError
from claimcheck.version import __version__

if TYPE_CHECKING:
    import httpx

    from claimcheck import provenance
    from claimcheck.nlp.loading import LoadedModel, ModelCache


@dataclass(frozen=True)
class AnalyzerOptions:
    language: str | None = None  # force a language instead of detecting it per source
    model: str | None = None  # an installed spaCy pipeline to use instead of the default
    fetch: fetch.FetchSettings = field(default_factory=fetch.FetchSettings)
    cache: CacheMode = CacheMode.USE  # how fetched pages are reused (--refresh, --offline, ...)
    cache_dir: Path | None = None  # default: $CLAIMCHECK_CACHE_DIR, else the user cache directory
    follow: bool = False  # fetch the claims' links and look for their content there
    allow_private: bool = False  # let --follow reach private and loopback addresses


class Analyzer:
    """Analyses many sources with one HTTP client and one loaded model per language."""

    def __init__(self, options: AnalyzerOptions | None = None) -> None:
        self.options = options or AnalyzerOptions()
        self._client: httpx.Client | None = None
        self._models: ModelCache | None = None
        # Opens nothing until a URL is fetched; a stage that fetches more pages passes it on.
        self.fetch_cache: FetchCache | None = open_cache(self.options.cache, self.options.cache_dir)

    def analyze(self, source: str, stdin: BinaryIO | None = None) -> Report:
        """The report for one source; a failure is reported in it, never raised."""
        started = time.perf_counter()
        model_name: str | None = None
        article: Article | None = None
        raw: RawDocument | None = None
        try:
            raw = fetch.load(
                source, self.options.fetch, self._http(), stdin=stdin, cache=self.fetch_cache
            )
            article = self._extract(raw)
            model = self._model_for(article.language or "")
            model_name = model.name
            return self._with_fetch(self._attribute(source, article, model, started), raw)
        except ClaimcheckError as exc:
            error = ReportError(exc.type, _one_line(str(exc)))
        except Exception as exc:  # a bug must cost one source, not the batch
            error = ReportError(
                "internal", _one_line(f"internal error: {type(exc).__name__}: {exc}")
            )
        failed = Report(
            source=source,
            article=article,
            meta=Meta(__version__, model_name, _elapsed_ms(started)),
            error=error,
        )
        return self._with_fetch(failed, raw)

    def analyze_many(
        self, sources: Iterable[str], stdin: BinaryIO | None = None
    ) -> Iterator[Report]:
        """Reports in input order, each yielded as soon as it is done."""
        for source in sources:
            yield self.analyze(source, stdin=stdin)

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        if self.fetch_cache is not None:
            self.fetch_cache.close()

    def __enter__(self) -> Analyzer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _http(self) -> httpx.Client:
        if self._client is None:
            self._client = fetch.make_client(self.options.fetch)
        return self._client

    def _with_fetch(self, report: Report, raw: RawDocument | None) -> Report:
        """The report with how its bytes were read and where its page came from.

        Decoding warnings (a guessed encoding, stray bytes) come first: they say how far the
        text itself can be trusted. A fetched page also gets a word if it could not be cached.
        """
        if raw is not None and raw.warnings:
            report = replace(report, warnings=(*raw.warnings, *report.warnings))
        if raw is None or raw.url is None or raw.fetched_at is None:
            return report  # a file, standard input, or nothing was fetched
        fetched = FetchInfo(cached=raw.cached, fetched_at=raw.fetched_at)
        problem = self.fetch_cache.problem if self.fetch_cache is not None else None
        warnings = (*report.warnings, problem) if problem and not raw.cached else report.warnings
        return replace(report, meta=replace(report.meta, fetch=fetched), warnings=warnings)

    def _extract(self, raw: RawDocument) -> Article:
        from claimcheck import extract
        from claimcheck.nlp.language import detect_language

        article = extract.extract(raw)
        language = (
            self.options.language or detect_language(article.text, extract.html_lang_hint(raw)).code
        )
        return replace(article, language=language)

    def _model_for(self, language: str) -> LoadedModel:
        from claimcheck.nlp.lexicon import available_languages

        supported = available_languages()
        if language not in supported:
            raise UnsupportedLanguageError(
                f"language '{language}' is not supported (supported: {', '.join(supported)}); "
                "force one with --lang, or pick another installed spaCy pipeline with --model"
            )
        return self._model_cache().for_language(language, self.options.model)

    def _model_cache(self) -> ModelCache:
        if self._models is None:
            from claimcheck.nlp.loading import ModelCache
            from claimcheck.nlp.parse import add_paragraph_component

            self._models = ModelCache(prepare=add_paragraph_component)
        return self._models

    def _attribute(
        self, source: str, article: Article, model: LoadedModel, started: float
    ) -> Report:
        from claimcheck import provenance
        from claimcheck.nlp.attribution import find_claims
        from claimcheck.nlp.lexicon import load_lexicon
        from claimcheck.nlp.parse import parse

        lexicon = load_lexicon(article.language or "")
        parts = parse(model.nlp, article.text)
        claims = find_claims(article, parts, lexicon)
        result = provenance.build(article, claims, lexicon)
        if self.options.follow:
            result = self._follow(result)
        return Report(
            source=source,
            article=article,
            claims=result.claims,
            sources=result.sources,
            summary=result.summary,
            warnings=result.warnings,
            meta=Meta(__version__, model.name, _elapsed_ms(started)),
        )

    def _follow(self, result: provenance.Provenance) -> provenance.Provenance:
        from claimcheck import follow, provenance

        claims = follow.verify(
            result.claims,
            self.options.fetch,
            allow_private=self.options.allow_private,
            cache=self.fetch_cache,
        )
        summary = provenance.summarize(list(claims), list(result.sources))
        return replace(result, claims=claims, summary=summary)


def analyze(source: str, options: AnalyzerOptions | None = None) -> Report:
    """Analyse one URL, file or ``-`` (stdin): the report ``--format json`` prints."""
    with Analyzer(options) as analyzer:
        return analyzer.analyze(source)


def _elapsed_ms(started: float) -> int:
    return round((time.perf_counter() - started) * 1000)


def _one_line(message: str) -> str:
    return " ".join(message.split())
