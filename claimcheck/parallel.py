"""``--workers N``: the same analysis in N processes, each loading its models once.

Items go to the workers in small chunks (a chunk is one ``nlp.pipe`` batch there), a bounded
number at a time, so a million-record WARC is never held in memory. Reports come back in input
order, or as they are done with ``ordered=False``. Each worker builds one ``Analyzer`` from the
same ``AnalyzerOptions`` in its initializer, and so opens its own fetch cache connection.

Two things keep every worker busy to the end. In order, a chunk that is done waits in a bounded
buffer for the older ones while the workers go on with the next (a long article holds back the
output, not the other workers). And once the input has ended, its last few items go in smaller
and smaller chunks, so that the workers finish together instead of one of them parsing a last
chunk alone.
"""

from __future__ import annotations

import math
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import replace
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from claimcheck.inputs import InputItem

if TYPE_CHECKING:
    from claimcheck.models import Report
    from claimcheck.pipeline import Analyzer, AnalyzerOptions

__all__ = [
    "CHUNK_SOURCES",
    "WorkerPool",
    "analyze_in_processes",
    "available_cores",
    "chunked",
    "stream_results",
]

# Sources per task: as many as one process batches (pipeline.BATCH_SOURCES), so that a worker
# parses as cheaply per word as one process does (chunks of 4 cost 1 to 5 % more CPU per word
# in three measurements of four); the work still ends evenly because the last sources of a run
# go in smaller chunks (``chunked``).
CHUNK_SOURCES = 8

# Where a cgroup v2 quota is read ("max 100000", or "200000 100000": two cores' worth).
CGROUP_CPU_MAX = Path("/sys/fs/cgroup/cpu.max")

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
            chunks = chunked(items, chunk_size, spread=self.workers)
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


def available_cores() -> int:
    """The cores this process may run on: its CPU affinity, capped by a cgroup v2 CPU quota.

    ``--workers auto``. ``os.cpu_count()`` counts the machine's cores, not the ones a container
    or ``taskset`` leaves to this process; a quota of 1.5 cores counts as 2.
    """
    if hasattr(os, "process_cpu_count"):  # Python 3.13: affinity, and -X cpu_count
        cores = os.process_cpu_count() or 1
    elif hasattr(os, "sched_getaffinity"):
        cores = len(os.sched_getaffinity(0))
    else:  # pragma: no cover - macOS and Windows have no affinity call before 3.13
        cores = os.cpu_count() or 1
    quota = _cgroup_quota()
    return max(1, min(cores, quota) if quota is not None else cores)


def _cgroup_quota() -> int | None:
    """The cores a cgroup v2 ``cpu.max`` allows (rounded up), or None without a quota."""
    try:
        limit, period = CGROUP_CPU_MAX.read_text(encoding="ascii").split()[:2]
        return max(1, math.ceil(int(limit) / int(period)))
    except (OSError, ValueError, ZeroDivisionError):  # no file, "max", or not two numbers
        return None


def chunked(items: Iterable[_T], size: int, *, spread: int = 1) -> Iterator[list[_T]]:
    """Lists of ``size`` items, except at the end: once the input has ended, its last items
    (up to ``spread`` chunks' worth) come in smaller and smaller chunks, a quarter of what is
    left for two workers and down to one by one, so ``spread`` workers finish together.

    Reads at most ``(spread + 1) * size`` items ahead of the chunks it has given out.
    """
    iterator = iter(items)
    ahead: deque[_T] = deque()
    tail = size * spread if spread > 1 else 0
    while True:
        ahead.extend(islice(iterator, tail + size - len(ahead)))
        if len(ahead) <= tail:
            break
        yield [ahead.popleft() for _ in range(min(size, len(ahead)))]
    while ahead:
        yield [ahead.popleft() for _ in range(max(1, len(ahead) // (2 * spread)))]


def stream_results(
    submit: Callable[[_T], Future[_R]],
    tasks: Iterable[_T],
    in_flight: int,
    ordered: bool,
    *,
    wait_first: Callable[[list[Future[_R]]], object] | None = None,
    held: int | None = None,
) -> Iterator[_R]:
    """Run ``tasks`` with at most ``in_flight`` unfinished, yielding results in task order or not.

    In order, a finished result waits for the older ones (at most ``held`` futures in all,
    default four times ``in_flight``) while new tasks keep the workers busy. ``wait_first``
    waits until one of the futures it is given is done (concurrent.futures' ``wait`` by
    default; the Dask engine passes its own). Shared by the process pool and the Dask engine.
    """
    wait_any = wait_first or _wait_first
    limit = held or 4 * in_flight
    pending: deque[Future[_R]] = deque()
    for task in tasks:
        while len(pending) >= limit or _unfinished(pending) >= in_flight:
            yield from _collect(pending, ordered, wait_any)
        pending.append(submit(task))
    while pending:
        yield from _collect(pending, ordered, wait_any)


def _collect(
    pending: deque[Future[_R]], ordered: bool, wait_any: Callable[[list[Future[_R]]], object]
) -> Iterator[_R]:
    """Wait for one more future to finish, if none is; then yield what may go out: the oldest
    finished ones when ordered, every finished one otherwise."""
    if not any(future.done() for future in pending) or (ordered and not pending[0].done()):
        wait_any([future for future in pending if not future.done()])
    if ordered:
        while pending and pending[0].done():
            yield pending.popleft().result()
        return
    for future in [f for f in pending if f.done()]:
        pending.remove(future)
        yield future.result()


def _unfinished(pending: deque[Future[_R]]) -> int:
    return sum(not future.done() for future in pending)


def _wait_first(futures: list[Future[_R]]) -> None:
    wait(futures, return_when=FIRST_COMPLETED)


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
