"""The command line: options → library call → renderer → exit code.

Nothing here analyses anything; it parses options, calls ``claimcheck.Analyzer`` and hands each
report to a renderer. Errors become one line on stderr and an exit code, never a traceback.
"""

from __future__ import annotations

import json
import signal
import sys
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, TextIO

import typer

from claimcheck.batch import Engine
from claimcheck.report.renderers import RENDERERS, Format, RenderContext
from claimcheck.version import __version__

if TYPE_CHECKING:
    from rich.console import Console

    from claimcheck.cache import CacheMode
    from claimcheck.index import AddOutcome, ClaimsIndex
    from claimcheck.inputs import InputItem, Plan
    from claimcheck.models import Report
    from claimcheck.pipeline import AnalyzerOptions
    from claimcheck.progress import Tracker
    from claimcheck.resume import ResumeState

app = typer.Typer(
    name="claimcheck",
    help="Split news articles into attributed claims and report what each one rests on.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain click help: rich help formatting would import rich on every --help (~0.1 s).
    rich_markup_mode=None,
)


OutputFormat = Format  # the one list of formats, kept beside their renderers


EXIT_OK, EXIT_FAILED_SOURCE, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
EXIT_CLOSED_PIPE = 141  # 128 + SIGPIPE: what a shell reports for `cat big | head`

_CACHE_DIR_OPTION = typer.Option(
    "--cache-dir",
    help="Where the fetch cache lives (default: $CLAIMCHECK_CACHE_DIR, else the user cache dir).",
    file_okay=False,
)

cache_app = typer.Typer(
    name="cache",
    help="Inspect or empty the cache of fetched pages.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(cache_app)

index_app = typer.Typer(
    name="index",
    help="Build or inspect a claims index (the file `trace` searches).",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(index_app)

_INDEX_HELP = "A claims index: an SQLite file, created when missing."


class TraceFormat(StrEnum):
    TEXT = "text"
    JSON = "json"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"claimcheck {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """claimcheck: who said what in a news article, and what backs it."""


def _parse_workers(value: str) -> int:
    """``--workers``: a number of processes, or ``auto`` for one per available core."""
    if value.strip().lower() == "auto":
        from claimcheck.parallel import available_cores

        return available_cores()
    try:
        count = int(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is neither a number nor 'auto'") from None
    if count < 1:
        raise typer.BadParameter(f"{count} is not a number of processes: give 1 or more")
    return count


@app.command()
def analyze(
    sources: Annotated[
        list[str] | None,
        typer.Argument(
            help="URLs, files (HTML or plain text), directories (searched recursively), "
            "WARC files (.warc, .warc.gz), or - for standard input.",
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[
        OutputFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="text (default on a terminal), json (default otherwise), jsonl, markdown, "
            "html (one self-contained page), claimreview (schema.org Claim JSON-LD).",
            case_sensitive=False,
        ),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write there instead of stdout.")
    ] = None,
    lang: Annotated[
        str | None, typer.Option("--lang", help="Force the language (en, fr); default: detect.")
    ] = None,
    model: Annotated[
        str | None,
        typer.Option("--model", help="An installed spaCy pipeline to use instead of the default."),
    ] = None,
    tagger: Annotated[
        bool,
        typer.Option(
            "--tagger/--no-tagger",
            help="Also run the learned span tagger, which proposes claims the rules then link "
            "(English; more recall, less precision, slower). Default: the rules alone.",
        ),
    ] = False,
    timeout: Annotated[
        float, typer.Option("--timeout", min=0.1, help="Fetch timeout in seconds.")
    ] = 20.0,
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", min=1, help="Largest page or file to read, in bytes.")
    ] = 10_000_000,
    user_agent: Annotated[
        str | None, typer.Option("--user-agent", help="User-Agent header for fetches.")
    ] = None,
    offline: Annotated[
        bool,
        typer.Option(
            "--offline",
            help="Use only the fetch cache: a page not in it fails (not_cached), none is fetched.",
        ),
    ] = False,
    refresh: Annotated[
        bool, typer.Option("--refresh", help="Fetch every page again and update the cache.")
    ] = False,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Neither read nor write the fetch cache.")
    ] = False,
    cache_dir: Annotated[Path | None, _CACHE_DIR_OPTION] = None,
    follow: Annotated[
        bool,
        typer.Option(
            "--follow",
            help="Fetch the links the claims cite and check that their content is there.",
        ),
    ] = False,
    allow_private: Annotated[
        bool,
        typer.Option(
            "--allow-private",
            help="With --follow, also follow links to private, loopback and link-local addresses.",
        ),
    ] = False,
    follow_max: Annotated[
        int,
        typer.Option(
            "--follow-max",
            min=1,
            help="With --follow, fetch at most this many linked pages per article; the others "
            "are named in a warning.",
        ),
    ] = 20,
    follow_deadline: Annotated[
        float,
        typer.Option(
            "--follow-deadline",
            min=1.0,
            help="With --follow, seconds for all of an article's linked pages; links not "
            "fetched by then are named in a warning.",
        ),
    ] = 60.0,
    input_list: Annotated[
        Path | None,
        typer.Option(
            "--input-list",
            help="A file naming one URL or path per line (blank lines and # comments skipped).",
            dir_okay=False,
        ),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers",
            "-w",
            metavar="N|auto",
            parser=_parse_workers,
            help="Processes to analyse in, each loading the model once (default 1; with "
            "--engine dask and no --scheduler: workers of the local cluster, default one per "
            "core). auto: one per core this process may use (its CPU affinity, capped by a "
            "container's CPU quota).",
        ),
    ] = None,
    unordered: Annotated[
        bool,
        typer.Option(
            "--unordered", help="Print each report as soon as it is done, not in input order."
        ),
    ] = False,
    engine: Annotated[
        Engine,
        typer.Option(
            "--engine",
            help="local (this machine) or dask (a Dask distributed cluster; needs the "
            "claimcheck-news[dask] extra).",
            case_sensitive=False,
        ),
    ] = Engine.LOCAL,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            help="With --engine dask: the scheduler address, e.g. tcp://host:8786 (default: "
            "start a local cluster).",
        ),
    ] = None,
    index_path: Annotated[
        Path | None,
        typer.Option(
            "--index",
            help="Also store every report in this claims index (an SQLite file, created when "
            "missing; a report already there is not added twice), for `claimcheck trace`. "
            "With --format claimreview, the index fills appearance and firstAppearance.",
            dir_okay=False,
        ),
    ] = None,
    review: Annotated[
        bool,
        typer.Option(
            "--review",
            help="With --format claimreview (implied): a ClaimReview skeleton per claim, its "
            "reviewRating left for the fact-checker to fill.",
        ),
    ] = False,
    resume: Annotated[
        bool,
        typer.Option(
            "--resume",
            help="Continue the JSONL file given with -o: skip the sources it has a report for, "
            "append the others (a cut-off last line, or a report by another claimcheck "
            "version, is redone).",
        ),
    ] = False,
) -> None:
    """Analyse articles and print their provenance reports.

    Fetched pages are kept in a cache, so a second run does not fetch them again.

    Example: claimcheck analyze https://example.org/article.html

    Example: claimcheck analyze --format jsonl archive/*.html -o reports.jsonl

    Example: claimcheck analyze --offline https://example.org/article.html

    Example: claimcheck analyze --workers auto --format jsonl crawl.warc.gz -o reports.jsonl

    Example: claimcheck analyze --resume crawl.warc.gz -o reports.jsonl

    Example: claimcheck analyze --index claims.sqlite3 https://example.org/article.html
    """
    from claimcheck.fetch import FetchSettings
    from claimcheck.inputs import plan
    from claimcheck.pipeline import AnalyzerOptions

    chosen = output_format or (OutputFormat.CLAIMREVIEW if review else _default_format(output))
    if review and chosen is not OutputFormat.CLAIMREVIEW:
        _usage_error("--review needs --format claimreview")
    if resume:
        chosen = _resume_format(output, output_format)
    if user_agent is not None and not _is_header_value(user_agent):
        _usage_error("--user-agent must be printable ASCII on one line (it is an HTTP header)")
    agent = user_agent or FetchSettings.user_agent  # the default for an empty --user-agent too
    settings = FetchSettings(timeout=timeout, max_bytes=max_bytes, user_agent=agent)
    options = AnalyzerOptions(
        language=lang.lower() if lang else None,
        model=model,
        tagger=tagger,
        fetch=settings,
        cache=_cache_mode(offline=offline, refresh=refresh, no_cache=no_cache),
        cache_dir=cache_dir,
        follow=follow,
        allow_private=allow_private,
        follow_max=follow_max,
        follow_deadline=follow_deadline,
    )
    if scheduler is not None and engine is not Engine.DASK:
        _usage_error("--scheduler needs --engine dask")
    named = [*(sources or []), *_read_input_list(input_list)]
    if not named:
        _usage_error(
            "Missing argument 'SOURCES...': name URLs, files or directories, or use --input-list"
        )
    failed = False
    index = _open_index(index_path, create=True) if index_path is not None else None
    try:
        planned = plan(named, max_bytes)
        done = _prepare_resume(output) if resume and output is not None else None
        if done is not None:
            planned = _remaining(done, planned)
        tracker = _tracker(planned.total)
        items = tracker.watch(planned.items) if tracker is not None else planned.items
        with _open_output(output, append=done is not None) as stream:
            reports = _analysed(items, options, engine, scheduler, workers, not unordered)
            # One report object only for one plain SOURCE argument; anything that may expand
            # to many (a directory, a WARC file, a list) always gives an array.
            single = planned.total == 1 and input_list is None and not planned.expands
            if index is not None:
                reports = _indexed(reports, index)
            failed = _write(_with_progress(reports, tracker), chosen, stream, single, index, review)
        if done is not None and not done.analysed:
            typer.echo(f"claimcheck: nothing left to do: {_nothing_left(done)}", err=True)
    except KeyboardInterrupt:
        typer.echo("claimcheck: interrupted", err=True)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except BrokenPipeError:
        _silence_stdout()
        raise typer.Exit(EXIT_CLOSED_PIPE) from None
    finally:
        if index is not None:
            index.close()
    raise typer.Exit(EXIT_FAILED_SOURCE if failed else EXIT_OK)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the report (schema version 1)."""
    from claimcheck.report.wire import schema as report_schema

    typer.echo(json.dumps(report_schema(), indent=2, ensure_ascii=False))


@app.command()
def models() -> None:
    """List the languages claimcheck supports and the spaCy pipeline each would use."""
    from claimcheck.nlp.lexicon import available_languages
    from claimcheck.nlp.loading import default_pipeline, install_hint

    for language in available_languages():
        installed = default_pipeline(language)
        status = installed or f"missing ({install_hint(language)})"
        typer.echo(f"{language}\t{status}")


@cache_app.command("info")
def cache_info(cache_dir: Annotated[Path | None, _CACHE_DIR_OPTION] = None) -> None:
    """Print where the fetch cache is, how many pages it holds and its size on disk."""
    import sqlite3

    from claimcheck import cache

    try:
        found = cache.info(cache_dir)
    except (sqlite3.Error, OSError) as exc:
        typer.echo(f"claimcheck: the fetch cache is unusable: {exc}", err=True)
        raise typer.Exit(EXIT_FAILED_SOURCE) from None
    typer.echo(f"path\t{found.path}")
    typer.echo(f"pages\t{found.entries}")
    typer.echo(f"size\t{found.size_bytes:,} bytes")
    if found.oldest is not None and found.newest is not None:
        typer.echo(f"oldest\t{found.oldest:%Y-%m-%d %H:%M} UTC")
        typer.echo(f"newest\t{found.newest:%Y-%m-%d %H:%M} UTC")


@cache_app.command("clear")
def cache_clear(cache_dir: Annotated[Path | None, _CACHE_DIR_OPTION] = None) -> None:
    """Remove every cached page (an unreadable cache file is deleted)."""
    import sqlite3

    from claimcheck import cache

    try:
        removed = cache.clear(cache_dir)
    except (sqlite3.Error, OSError) as exc:
        typer.echo(f"claimcheck: cannot clear the fetch cache: {exc}", err=True)
        raise typer.Exit(EXIT_FAILED_SOURCE) from None
    if removed is None:
        typer.echo(f"deleted the unreadable cache file {cache.cache_path(cache_dir)}")
    else:
        typer.echo(f"removed {removed} cached page{'' if removed == 1 else 's'}")


@index_app.command("add")
def index_add(
    path: Annotated[Path, typer.Argument(help=_INDEX_HELP, dir_okay=False)],
    reports: Annotated[
        list[Path],
        typer.Argument(
            help="JSONL files of reports (`claimcheck analyze --format jsonl -o FILE`).",
            exists=True,
            dir_okay=False,
            show_default=False,
        ),
    ],
) -> None:
    """Add saved reports to a claims index; a report already there is not added twice.

    Example: claimcheck index add claims.sqlite3 reports.jsonl
    """
    from claimcheck.index import AddOutcome

    counts = dict.fromkeys(AddOutcome, 0)
    bad = 0
    with _open_index(path, create=True) as index:
        for report_file in reports:
            added, skipped = _add_file(index, report_file)
            for outcome, count in added.items():
                counts[outcome] += count
            bad += skipped
        info = index.info()
    summary = ", ".join(f"{count} {outcome.value}" for outcome, count in counts.items() if count)
    typer.echo(f"reports: {summary or 'none'}; the index holds {info.claims:,} claims")
    raise typer.Exit(EXIT_FAILED_SOURCE if bad else EXIT_OK)


@index_app.command("info")
def index_info(
    path: Annotated[Path, typer.Argument(help="A claims index.", dir_okay=False)],
) -> None:
    """Print how many reports and claims a claims index holds, their dates and its size."""
    import sqlite3

    with _open_index(path, create=False) as index:
        try:
            found = index.info()
        except sqlite3.Error as exc:
            _index_error(f"{path} is not a usable claims index: {exc}")
    typer.echo(f"path\t{found.path}")
    typer.echo(f"schema\t{found.schema} (written by claimcheck {found.written_by})")
    typer.echo(f"reports\t{found.reports:,}")
    typer.echo(f"claims\t{found.claims:,}")
    languages = ", ".join(f"{lang} {count:,}" for lang, count in found.languages.items())
    typer.echo(f"languages\t{languages or '-'}")
    typer.echo(f"published\t{found.oldest or '-'} to {found.newest or '-'}")
    typer.echo(f"undated\t{found.undated:,} reports")
    typer.echo(f"size\t{found.size_bytes:,} bytes")


@app.command()
def trace(
    query: Annotated[
        str,
        typer.Argument(
            help="The words of a quote (a fragment is enough), or a claim as REPORT#cN "
            "(REPORT: the article's URL, or the source as analysed).",
            show_default=False,
        ),
    ],
    index_path: Annotated[
        Path, typer.Option("--index", help="The claims index to search.", dir_okay=False)
    ],
    output_format: Annotated[
        TraceFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="text (a timeline; default on a terminal) or json (default otherwise).",
            case_sensitive=False,
        ),
    ] = None,
) -> None:
    """Find every appearance of a quote in a claims index, earliest first.

    Each is SAME (same words, same speaker), ALTERED (words changed: numbers, negations and
    names always count), MISATTRIBUTED (the words given to another speaker) or PARAPHRASE.
    No match is not an error: an empty list and a message.

    Example: claimcheck trace "cut pollution in our rivers by half" --index claims.sqlite3

    Example: claimcheck trace "https://example.org/article.html#c2" --index claims.sqlite3
    """
    import sqlite3

    from claimcheck.index import trace as find
    from claimcheck.index import trace_to_dict

    with _open_index(index_path, create=False) as index:
        try:
            result = find(index, query)
        except sqlite3.Error as exc:
            _index_error(f"{index_path} is not a usable claims index: {exc}")
    chosen = output_format or (TraceFormat.TEXT if sys.stdout.isatty() else TraceFormat.JSON)
    if result.message is not None:
        _warn(result.message)
    try:
        if chosen is TraceFormat.JSON:
            typer.echo(json.dumps(trace_to_dict(result), indent=2, ensure_ascii=False))
        else:
            from claimcheck.report.timeline import render_timeline

            render_timeline(result, _console(sys.stdout))
    except BrokenPipeError:
        _silence_stdout()
        raise typer.Exit(EXIT_CLOSED_PIPE) from None


def _open_index(path: Path, *, create: bool) -> ClaimsIndex:
    """The claims index at ``path``; one line and exit status 1 if it cannot be used."""
    from claimcheck.errors import ClaimsIndexError
    from claimcheck.index import ClaimsIndex

    try:
        return ClaimsIndex.open(path, create=create)
    except ClaimsIndexError as exc:
        _index_error(str(exc))


def _index_error(message: str) -> NoReturn:
    _warn(message)
    raise typer.Exit(EXIT_FAILED_SOURCE)


def _add_file(index: ClaimsIndex, path: Path) -> tuple[dict[AddOutcome, int], int]:
    """Add every report of one JSONL file; a line that is no report is skipped with a warning.
    Returns how many reports had each outcome, and how many lines were skipped."""
    import sqlite3

    from claimcheck.index.store import read_reports

    skipped = 0

    def good_reports() -> Iterator[Mapping[str, Any]]:
        nonlocal skipped
        for number, report in read_reports(_lines(path)):
            if report is None:
                skipped += 1
                _warn(f"{path}:{number}: not a claimcheck report; skipped")
            else:
                yield report

    try:
        return index.add_many(good_reports()), skipped
    except sqlite3.Error as exc:
        _index_error(f"cannot write to the claims index {index.path}: {exc}")


def _lines(path: Path) -> Iterator[str]:
    try:
        with path.open(encoding="utf-8", errors="replace") as stream:
            yield from stream
    except OSError as exc:
        _index_error(f"cannot read {path}: {exc.strerror}")


def _indexed(reports: Iterator[Report], index: ClaimsIndex) -> Iterator[Report]:
    """The reports, each stored in the index as it passes; an index that cannot be written to
    any more is left with one warning, and the analysis goes on."""
    import sqlite3

    from claimcheck.report.wire import report_to_dict

    writable = True
    for report in reports:
        if writable:
            try:
                index.add(report_to_dict(report))
            except sqlite3.Error as exc:
                writable = False
                _warn(f"warning: stopped adding to the claims index {index.path}: {exc}")
        yield report


def _cache_mode(*, offline: bool, refresh: bool, no_cache: bool) -> CacheMode:
    """The one cache mode the flags ask for; two of them at once is a usage error."""
    from claimcheck.cache import CacheMode

    modes = {
        "--offline": CacheMode.OFFLINE,
        "--refresh": CacheMode.REFRESH,
        "--no-cache": CacheMode.OFF,
    }
    given = [flag for flag, on in zip(modes, (offline, refresh, no_cache), strict=True) if on]
    if len(given) > 1:
        typer.echo(f"claimcheck: {' and '.join(given)} cannot be used together", err=True)
        raise typer.Exit(EXIT_USAGE)
    return modes[given[0]] if given else CacheMode.USE


def _default_format(output: Path | None) -> OutputFormat:
    if output is None and sys.stdout.isatty():
        return OutputFormat.TEXT
    return OutputFormat.JSON


@contextmanager
def _open_output(path: Path | None, *, append: bool = False) -> Iterator[TextIO]:
    if path is None:
        yield sys.stdout
        return
    try:
        stream = path.open("a" if append else "w", encoding="utf-8")
    except OSError as exc:
        typer.echo(f"claimcheck: cannot write {path}: {exc.strerror}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    with stream:
        yield stream


def _is_header_value(value: str) -> bool:
    """Whether ``value`` can be sent as an HTTP header: printable ASCII, no line break (a CR LF
    would start a header of the user's making; httpx refuses non-ASCII with an internal error)."""
    return all(" " <= char <= "~" or char == "\t" for char in value)


def _silence_stdout() -> None:
    """The reader closed the pipe (``claimcheck … | head``): nothing more can be said to it,
    and Python's last flush of stdout at exit must not print a traceback about it either."""
    import os
    from contextlib import suppress

    with suppress(OSError, ValueError):  # stdout is not a file descriptor (a test's buffer)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _usage_error(message: str) -> NoReturn:
    typer.echo(f"claimcheck: {message}", err=True)
    raise typer.Exit(EXIT_USAGE)


def _read_input_list(path: Path | None) -> list[str]:
    if path is None:
        return []
    from claimcheck.inputs import read_input_list

    try:
        return read_input_list(path)
    except OSError as exc:
        _usage_error(f"cannot read the input list {path}: {exc.strerror}")
    except UnicodeDecodeError:
        _usage_error(f"the input list {path} is not UTF-8 text")


def _resume_format(output: Path | None, given: OutputFormat | None) -> OutputFormat:
    """--resume continues a JSONL file: it needs -o, and implies --format jsonl."""
    if output is None:
        _usage_error("--resume needs the JSONL file to continue: -o FILE")
    if given not in (None, OutputFormat.JSONL):
        _usage_error(f"--resume continues a JSONL file; it cannot be used with --format {given}")
    return OutputFormat.JSONL


def _prepare_resume(output: Path) -> ResumeState:
    """The output file brought back to whole reports by this version; a note says what it held."""
    from claimcheck.resume import prepare

    try:
        state = prepare(output, __version__)
    except (OSError, ValueError) as exc:
        _usage_error(f"cannot resume: {exc}")
    if output.exists():
        typer.echo(f"claimcheck: {state.note()}", err=True)
    return state


def _remaining(state: ResumeState, planned: Plan) -> Plan:
    """The plan without what the output file holds; none left ends the run here."""
    left = planned.remaining(state)
    if left.total == 0:
        typer.echo(f"claimcheck: nothing left to do: {_nothing_left(state)}", err=True)
        raise typer.Exit(EXIT_OK)
    return left


def _nothing_left(state: ResumeState) -> str:
    return f"every source ({state.skipped}) has a report in {state.path}"


def _analysed(
    items: Iterator[InputItem],
    options: AnalyzerOptions,
    engine: Engine,
    scheduler: str | None,
    workers: int | None,
    ordered: bool,
) -> Iterator[Report]:
    """The library's ``analyze_many``; a missing Dask or an unreachable scheduler is a usage
    error, found when the first report is asked for."""
    from claimcheck.batch import analyze_many
    from claimcheck.errors import DaskUnavailableError

    reports = analyze_many(
        items,
        options,
        workers=workers,
        engine=engine,
        scheduler=scheduler,
        ordered=ordered,
        warn=lambda message: typer.echo(f"claimcheck: {message}", err=True),
    )
    try:
        first = next(reports, None)
    except DaskUnavailableError as exc:
        _usage_error(str(exc))
    if first is not None:
        yield first
        yield from reports


def _with_progress(reports: Iterator[Report], tracker: Tracker | None) -> Iterator[Report]:
    """The reports, with progress on stderr when a person is watching (``tracker`` is set).

    When the report goes to the same screen, a spinner runs while the next report is awaited
    (loading a language model takes seconds) and stops before the report prints; when it goes
    to a file or a pipe, a progress bar follows the whole batch. Both say what
    ``Tracker.line`` says: done of how many, the source in progress, rate, time left, failures.
    """
    if tracker is None:
        yield from reports
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn

    console = Console(stderr=True)
    if sys.stdout.isatty():
        while True:
            with console.status(tracker.line()):
                report = next(reports, None)
            if report is None:
                return
            tracker.finished(report)
            yield report
    columns = (SpinnerColumn(), BarColumn(), TextColumn("{task.description}"))
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task(tracker.line(), total=tracker.total)
        for report in reports:
            tracker.finished(report)
            progress.update(task, description=tracker.line(), completed=tracker.done, refresh=True)
            yield report


def _tracker(total: int | None) -> Tracker | None:
    """Something to count progress with, when stderr is a terminal; None otherwise."""
    if not sys.stderr.isatty():
        return None
    from claimcheck.progress import Tracker

    return Tracker(total)


def _warn(message: str) -> None:
    """One ``claimcheck: ...`` line on stderr, with no control character from a page in it."""
    from claimcheck.errors import one_line
    from claimcheck.report.controls import neutralise

    typer.echo(f"claimcheck: {neutralise(one_line(message))}", err=True)


def _write(
    reports: Iterator[Report],
    chosen: OutputFormat,
    stream: TextIO,
    single: bool,
    index: ClaimsIndex | None = None,
    review: bool = False,
) -> bool:
    """Render every report; return whether any source failed."""
    renderer = RENDERERS[chosen]
    links = None
    if index is not None and chosen is Format.CLAIMREVIEW:
        from claimcheck.index import appearance_links

        links = appearance_links(index)
    context = RenderContext(console=_console, links=links, single=single, review=review)
    failed = False
    collected = []
    for position, item in enumerate(reports):
        if item.error is not None:
            failed = True
            _warn(f"{item.source}: {item.error.message}")
        if renderer.streams:
            with _whole_report():
                renderer.one(item, stream, position, context)
        else:
            collected.append(item)
    if not renderer.streams:
        renderer.all(collected, stream, context)
    return failed


@contextmanager
def _whole_report() -> Iterator[None]:
    """Hold Ctrl-C back while one report is written, so an interrupted batch never leaves half
    a JSONL line: the signal waits, blocked, and interrupts just after the report is out."""
    blockable = hasattr(signal, "pthread_sigmask")
    if not blockable or threading.current_thread() is not threading.main_thread():
        yield
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _console(stream: TextIO) -> Console:
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            """rich exits with status 1 on a closed pipe; claimcheck ends as for any format."""
            self.quiet = True
            raise BrokenPipeError

    return _Console(file=stream, width=None if stream.isatty() else 100)


def main() -> None:
    """Entry point of the ``claimcheck`` command."""
    app()


if __name__ == "__main__":
    main()
