"""``--workers N``: the same analysis in N processes, each loading its models once.

Items go to the workers in small chunks (a chunk is one ``nlp.pipe`` batch there), a bounded
number at a time, so a million-record WARC is never held in memory. Reports come back in input
order, or as they are done with ``ordered=False``. Each worker builds one ``Analyzer`` from the
same ``AnalyzerOptions`` in its initializer, and so opens its own fetch cache connection.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import replace
from itertools import islice
from typing import TYPE_CHECKING, TypeVar

from claimcheck.inputs import InputItem

if TYPE_CHECKING:
    from claimcheck.models import Report
    from claimcheck.pipeline import Analyzer, AnalyzerOptions

__all__ = ["CHUNK_SOURCES", "WorkerPool", "analyze_in_processes", "chunked", "stream_results"]

# Sources per task: small enough to spread the work evenly and stream results, large enough for
# nlp.pipe to batch.
CHUNK_SOURCES = 4

_T = TypeVar("_T")
_R = TypeVar("_R")

# The worker process's own analyzer, built once by the pool's initializer.
_worker_analyzer: Analyzer | None = None


def analyze_in_processes(
    items: Iterable[InputItem],
    options: AnalyzerOptions,
    workers: int,
    *,
    ordered: bool = True,
    chunk_size: int = CHUNK_SOURCES,
) -> Iterator[Report]:
    """Every item's report, analysed by ``workers`` processes started for this call.

    Stopping the iteration (or Ctrl-C in the caller) cancels what has not started and ends the
    worker processes.
    """
    with WorkerPool(options, workers) as pool:
        yield from pool.analyze(items, ordered=ordered, chunk_size=chunk_size)


class WorkerPool:
    """Worker processes that keep their loaded models from one ``analyze`` call to the next."""

    def __init__(self, options: AnalyzerOptions, workers: int) -> None:
        self.workers = workers
        self._executor = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context(_start_method()),
            initializer=_start_worker,
            initargs=(_with_cache_dir(options),),
        )

    def analyze(
        self, items: Iterable[InputItem], *, ordered: bool = True, chunk_size: int = CHUNK_SOURCES
    ) -> Iterator[Report]:
        """Every item's report; an interruption ends the pool rather than wait for it."""
        try:
            chunks = chunked(items, chunk_size)
            for reports in stream_results(
                lambda chunk: self._executor.submit(_analyze_chunk, chunk),
                chunks,
                self.workers * 2,
                ordered,
            ):
                yield from reports
        except BaseException:
            self.terminate()
            raise

    def close(self) -> None:
        self._executor.shutdown(wait=True)

    def terminate(self) -> None:
        """Cancel the queued chunks and end the workers without waiting for the running ones."""
        executor = self._executor
        processes = list((executor._processes or {}).values())  # no public way to end a worker
        executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            if process.is_alive():
                process.terminate()

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if exc_info[0] is None:
            self.close()
        else:
            self.terminate()


def chunked(items: Iterable[_T], size: int) -> Iterator[list[_T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def stream_results(
    submit: Callable[[_T], Future[_R]], tasks: Iterable[_T], in_flight: int, ordered: bool
) -> Iterator[_R]:
    """Run ``tasks`` with at most ``in_flight`` pending, yielding results in task order or not.

    Shared by the process pool and, for results in order, the Dask engine: only then is
    nothing asked of a future but its ``result()``.
    """
    pending: deque[Future[_R]] = deque()
    for task in tasks:
        pending.append(submit(task))
        while len(pending) >= in_flight:
            yield from _collect(pending, ordered)
    while pending:
        yield from _collect(pending, ordered)


def _collect(pending: deque[Future[_R]], ordered: bool) -> Iterator[_R]:
    """At least one finished result: the oldest when ordered, else whichever are done."""
    if ordered:
        yield pending.popleft().result()
        return
    done, _ = wait(pending, return_when=FIRST_COMPLETED)
    for future in [f for f in pending if f in done]:
        pending.remove(future)
        yield future.result()


def _with_cache_dir(options: AnalyzerOptions) -> AnalyzerOptions:
    """The options with the default cache directory resolved here, in the caller.

    A forkserver worker inherits the environment of when the server started, which may predate
    a change to ``$CLAIMCHECK_CACHE_DIR``: the workers must use the caller's cache.
    """
    from claimcheck.cache import CacheMode, default_cache_dir

    if options.cache_dir is not None or options.cache is CacheMode.OFF:
        return options
    return replace(options, cache_dir=default_cache_dir())


def _start_method() -> str:
    """forkserver where there is one: workers start clean, without the parent's threads."""
    available = multiprocessing.get_all_start_methods()
    return "forkserver" if "forkserver" in available else "spawn"


def _start_worker(options: AnalyzerOptions) -> None:
    from claimcheck.pipeline import Analyzer

    global _worker_analyzer
    # Ctrl-C reaches the whole process group: the parent stops the pool, a worker must not
    # print a traceback of its own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_analyzer = Analyzer(options)


def _analyze_chunk(chunk: list[InputItem]) -> list[Report]:
    if _worker_analyzer is None:  # pragma: no cover - the initializer always runs first
        raise RuntimeError("worker started without its analyzer")
    return _worker_analyzer.analyze_batch(chunk)
