"""The only place that knows the order of the stages.

read (inputs, fetch, decode) → extract (text, language) → parse (nlp.parse) → attribute
(nlp.attribution, with the tagger on request) → trace (provenance) → [verify (follow)] →
assemble → Report

``Analyzer`` owns what is expensive to build (the HTTP clients, ``--follow``'s fetching threads,
the loaded spaCy pipelines) so a batch pays for them once. A batch of consecutive sources
shares ``nlp.pipe`` calls, which parse several texts at once; every other stage runs per
source, and any failure becomes an ``error`` in that source's report, never an exception that
loses the rest of the batch.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, BinaryIO

from claimcheck import errors, fetch, inputs
from claimcheck.cache import CacheMode, FetchCache, open_cache
from claimcheck.credentials import redacted_report
from claimcheck.errors import UnsupportedLanguageError
from claimcheck.inputs import InputItem
from claimcheck.models import Article, Claim, FetchInfo, Meta, RawDocument, Report, ReportError
from claimcheck.version import __version__

if TYPE_CHECKING:
    from concurrent.futures import ThreadPoolExecutor

    import httpx
    from spacy.language import Language

    from claimcheck import provenance
    from claimcheck.nlp.loading import LoadedModel, ModelCache
    from claimcheck.nlp.parse import Part
    from claimcheck.nlp.tagger import SpanTagger

# Sources parsed together in one batch: enough for nlp.pipe to pay, few enough that a report
# written as soon as it is done (--format jsonl) does not wait long.
BATCH_SOURCES = 8


@dataclass(frozen=True)
class AnalyzerOptions:
    language: str | None = None  # force a language instead of detecting it per source
    model: str | None = None  # an installed spaCy pipeline to use instead of the default
    # Run the learned span tagger beside the rules where a language has one (--tagger). Off by
    # default: on PolNeAR's held-out slice it adds recall but lowers full_f1_speech, and costs
    # more than the speed bound allows (docs/tagger.md).
    tagger: bool = False
    fetch: fetch.FetchSettings = field(default_factory=fetch.FetchSettings)
    cache: CacheMode = CacheMode.USE  # how fetched pages are reused (--refresh, --offline, ...)
    cache_dir: Path | None = None  # default: $CLAIMCHECK_CACHE_DIR, else the user cache directory
    follow: bool = False  # fetch the claims' links and look for their content there
    allow_private: bool = False  # let --follow reach private and loopback addresses
    follow_max: int = 20  # --follow-max: linked pages fetched per article at most
    follow_deadline: float = 60.0  # --follow-deadline: seconds for all of an article's links
    # Raise a source's error instead of reporting it: for a library user or a test who wants
    # the traceback. The CLI never sets it: there, one source's failure is one line.
    strict: bool = False


@dataclass
class _Prepared:
    """A source read, extracted and given a model, waiting for its turn in ``nlp.pipe``."""

    item: InputItem
    raw: RawDocument
    article: Article
    model: LoadedModel
    tagger: SpanTagger | None  # None: rules only
    seconds: float  # spent on it so far, outside the shared parse
    parts: list[Part] | Exception = field(default_factory=list)  # or why parsing failed


class Analyzer:
    """Analyses many sources with one HTTP client (and one guarded one, with its threads, for
    ``--follow``) and one loaded model per language; ``close`` (or ``with``) releases them."""

    def __init__(self, options: AnalyzerOptions | None = None) -> None:
        self.options = options or AnalyzerOptions()
        self._client: httpx.Client | None = None
        self._follow_client: httpx.Client | None = None  # --follow: guarded, its own limits
        self._follow_pool: ThreadPoolExecutor | None = None  # --follow: its fetching threads
        self._models: ModelCache | None = None
        self._taggers: dict[str, SpanTagger | None] = {}
        # Opens nothing until a URL is fetched; a stage that fetches more pages passes it on.
        self.fetch_cache: FetchCache | None = open_cache(self.options.cache, self.options.cache_dir)

    def analyze(self, source: str, stdin: BinaryIO | None = None) -> Report:
        """The report for one source; a failure is reported in it, never raised."""
        return self.analyze_batch([InputItem(source)], stdin=stdin)[0]

    def analyze_many(
        self, sources: Iterable[str], stdin: BinaryIO | None = None
    ) -> Iterator[Report]:
        """Reports in input order, each batch's yielded as soon as the batch is done."""
        return self.analyze_items((InputItem(source) for source in sources), stdin=stdin)

    def analyze_items(
        self,
        items: Iterable[InputItem],
        stdin: BinaryIO | None = None,
        batch_size: int = BATCH_SOURCES,
    ) -> Iterator[Report]:
        """``analyze_many`` for expanded inputs (directories, WARC records, bytes)."""
        batch: list[InputItem] = []
        for item in items:
            batch.append(item)
            if len(batch) >= batch_size:
                yield from self.analyze_batch(batch, stdin=stdin)
                batch = []
        if batch:
            yield from self.analyze_batch(batch, stdin=stdin)

    def analyze_batch(
        self, items: Sequence[InputItem], stdin: BinaryIO | None = None
    ) -> list[Report]:
        """One report per item, in order; the texts of the batch share ``nlp.pipe`` calls."""
        reports: list[Report | _Prepared] = [self._prepare(item, stdin) for item in items]
        self._parse([entry for entry in reports if isinstance(entry, _Prepared)])
        finished = [
            entry if isinstance(entry, Report) else self._finish(entry) for entry in reports
        ]
        return [redacted_report(report) for report in finished]  # no password leaves a report

    def _prepare(self, item: InputItem, stdin: BinaryIO | None) -> Report | _Prepared:
        """Read, extract and pick a model for one item, or its failed report."""
        started = time.perf_counter()
        raw: RawDocument | None = None
        article: Article | None = None
        try:
            raw = self.read(item, stdin)
            article = self.extract(raw)
            model = self.model_for(article.language or "")
            tagger = self.tagger_for(article.language or "")
        except Exception as exc:  # a bug must cost one source, not the batch
            return self._failed(item.source, exc, started, raw, article)
        return _Prepared(item, raw, article, model, tagger, time.perf_counter() - started)

    # -- the stages, in order: read → extract → parse → attribute → trace → verify → assemble.
    # Each raises on failure; the batch methods above turn a failure into the source's report.

    def read(self, item: InputItem, stdin: BinaryIO | None = None) -> RawDocument:
        """The source's bytes, decoded: fetched (or from the fetch cache), read from a file or
        stdin, or the bytes the item brought."""
        return inputs.read(
            item,
            self.options.fetch,
            client=self._http() if inputs.is_url(item.source) and item.payload is None else None,
            stdin=stdin,
            cache=self.fetch_cache,
        )

    def _parse(self, prepared: list[_Prepared]) -> None:
        """Parse the batch's texts, one ``nlp.pipe`` run per model, with the time shared out."""
        from claimcheck.nlp.parse import parse, parse_many

        by_model: dict[str, list[_Prepared]] = {}
        for entry in prepared:
            by_model.setdefault(entry.model.name, []).append(entry)
        for entries in by_model.values():
            started = time.perf_counter()
            nlp = entries[0].model.nlp
            parsed: list[list[Part]] | list[list[Part] | Exception]
            try:
                parsed = parse_many(nlp, [entry.article.text for entry in entries])
            except Exception:  # one text broke the shared run: parse each alone to find it
                parsed = [_parse_alone(parse, nlp, entry.article.text) for entry in entries]
            total_chars = sum(len(entry.article.text) for entry in entries) or 1
            seconds = time.perf_counter() - started
            for entry, parts in zip(entries, parsed, strict=True):
                entry.parts = parts
                entry.seconds += seconds * len(entry.article.text) / total_chars

    def _finish(self, entry: _Prepared) -> Report:
        """Attribution, provenance and --follow for one parsed source, or its failed report."""
        started = time.perf_counter() - entry.seconds
        try:
            if isinstance(entry.parts, Exception):
                raise entry.parts
            claims = self.attribute(entry.article, entry.parts, entry.tagger)
            traced = self.trace(entry.article, claims)
            if self.options.follow:
                traced = self.verify(traced)
            report = self.assemble(
                entry.item.source, entry.article, entry.model, traced, entry.tagger
            )
        except Exception as exc:  # a bug must cost one source, not the batch
            return self._failed(
                entry.item.source, exc, started, entry.raw, entry.article, entry.model.name
            )
        meta = replace(report.meta, elapsed_ms=_elapsed_ms(started))
        return self._with_fetch(replace(report, meta=meta), entry.raw)

    def _failed(
        self,
        source: str,
        exc: Exception,
        started: float,
        raw: RawDocument | None,
        article: Article | None,
        model_name: str | None = None,
    ) -> Report:
        if self.options.strict:
            raise exc
        failed = Report(
            source=source,
            article=article,
            meta=Meta(__version__, model_name, _elapsed_ms(started)),
            error=ReportError(*errors.describe(exc)),
        )
        return self._with_fetch(failed, raw)

    def close(self) -> None:
        for client in (self._client, self._follow_client):
            if client is not None:
                client.close()
        self._client = self._follow_client = None
        if self._follow_pool is not None:
            self._follow_pool.shutdown(cancel_futures=True)
            self._follow_pool = None
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

    def extract(self, raw: RawDocument) -> Article:
        """The article in the page: its text, metadata and links, and its language."""
        from claimcheck import extract
        from claimcheck.nlp.language import detect_language

        article = extract.extract(raw)
        language = (
            self.options.language or detect_language(article.text, extract.html_lang_hint(raw)).code
        )
        return replace(article, language=language)

    def model_for(self, language: str) -> LoadedModel:
        """The spaCy pipeline for the language, loaded once per analyzer."""
        from claimcheck.nlp.lexicon import available_languages

        supported = available_languages()
        if language not in supported:
            raise UnsupportedLanguageError(
                f"language '{language}' is not supported (supported: {', '.join(supported)}); "
                "force one with --lang, or pick another installed spaCy pipeline with --model"
            )
        return self.models().for_language(language, self.options.model)

    def tagger_for(self, language: str) -> SpanTagger | None:
        """The language's span tagger (``--tagger``), loaded once on first use; None for the
        rules alone, and for a language with no tagger."""
        if not self.options.tagger:
            return None
        if language not in self._taggers:
            from claimcheck.nlp.tagger import load_tagger

            # another pipeline's parse (--model) lacks the vectors the tagger was trained on
            other_parse = self.options.model is not None
            vectors_from = self.models() if other_parse else None
            self._taggers[language] = load_tagger(language, vectors_from=vectors_from)
        return self._taggers[language]

    def models(self) -> ModelCache:
        """The analyzer's loaded pipelines (one per language or --model)."""
        if self._models is None:
            from claimcheck.nlp.loading import ModelCache
            from claimcheck.nlp.parse import prepare_pipeline

            self._models = ModelCache(prepare=prepare_pipeline)
        return self._models

    def parse(self, article: Article, model: LoadedModel) -> list[Part]:
        """One article parsed alone; a batch shares ``nlp.pipe`` runs instead."""
        from claimcheck.nlp.parse import parse

        return parse(model.nlp, article.text)

    def attribute(
        self, article: Article, parts: list[Part], tagger: SpanTagger | None = None
    ) -> list[Claim]:
        """Who said what: the article's claims, attributed and not; with a span tagger, also
        the claims the rules link from the spans it proposes."""
        from claimcheck.nlp.attribution import find_claims
        from claimcheck.nlp.lexicon import load_lexicon

        tagged = tagger.tag([part.doc for part in parts]) if tagger is not None else None
        return find_claims(article, parts, load_lexicon(article.language or ""), tagged)

    def trace(self, article: Article, claims: list[Claim]) -> provenance.Provenance:
        """Where each claim comes from: sources, relays, links and dates."""
        from claimcheck import provenance
        from claimcheck.nlp.lexicon import load_lexicon

        return provenance.build(article, claims, load_lexicon(article.language or ""))

    def verify(self, traced: provenance.Provenance) -> provenance.Provenance:
        """``--follow``: each claim's link fetched and searched for its content."""
        from claimcheck import follow

        limits = follow.FollowLimits(self.options.follow_max, self.options.follow_deadline)
        followed = follow.follow_links(
            traced.claims,
            self.options.fetch,
            allow_private=self.options.allow_private,
            cache=self.fetch_cache,
            limits=limits,
            client=self._followed_client(),
            pool=self._followed_pool(),
        )
        warnings = (*traced.warnings, *followed.warnings)
        return replace(traced, claims=followed.claims, warnings=warnings)

    def assemble(
        self,
        source: str,
        article: Article,
        model: LoadedModel,
        traced: provenance.Provenance,
        tagger: SpanTagger | None = None,
    ) -> Report:
        """The report, its summary counted once, from the claims as they finally stand; its
        meta says which engine ran."""
        meta = Meta(
            __version__,
            model.name,
            0,  # the caller knows how long it took
            engine="rules" if tagger is None else "rules+tagger",
            tagger=tagger.name if tagger is not None else None,
        )
        return Report(
            source=source,
            article=article,
            claims=traced.claims,
            sources=traced.sources,
            summary=traced.summary,
            warnings=traced.warnings,
            meta=meta,
        )

    def _followed_client(self) -> httpx.Client:
        """One guarded client for every article's cited links: private addresses refused
        unless --allow-private, connections reused across the batch."""
        if self._follow_client is None:
            public_only = not self.options.allow_private
            self._follow_client = fetch.make_client(self.options.fetch, public_only=public_only)
        return self._follow_client

    def _followed_pool(self) -> ThreadPoolExecutor:
        """The threads that fetch every article's cited links, started on first use."""
        if self._follow_pool is None:
            from claimcheck.follow import fetching_pool

            self._follow_pool = fetching_pool()
        return self._follow_pool


def analyze(source: str, options: AnalyzerOptions | None = None) -> Report:
    """Analyse one URL, file or ``-`` (stdin): the report ``--format json`` prints."""
    with Analyzer(options) as analyzer:
        return analyzer.analyze(source)


def _parse_alone(
    parse: Callable[[Language, str], list[Part]], nlp: Language, text: str
) -> list[Part] | Exception:
    """One text's parts, or what it broke the parser with (its report then says so)."""
    try:
        return parse(nlp, text)
    except Exception as exc:
        return exc


def _elapsed_ms(started: float) -> int:
    return round((time.perf_counter() - started) * 1000)
