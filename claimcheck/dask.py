"""``--engine dask``: the same analysis on a Dask distributed cluster, one model per worker.

Each task analyses a small chunk of items with an ``Analyzer`` kept in the worker process (one
per distinct ``AnalyzerOptions``), so a worker loads each spaCy model once however many tasks it
runs. Reports come back to the caller as the tasks finish and are yielded in input order, or as
they are done with ``ordered=False``; a bounded number of tasks is in flight, so inputs stream.

Needs the ``dask`` extra (``pip install 'claimcheck-news[dask]'``) here and on every worker, and
claimcheck itself installed on the workers. WARC records and standard input travel with their
tasks; URLs are fetched by the workers, and file paths must be readable where the workers run.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from functools import partial
from typing import TYPE_CHECKING, Any

from claimcheck.errors import DaskUnavailableError
from claimcheck.inputs import InputItem
from claimcheck.parallel import CHUNK_SOURCES, chunked, stream_results

if TYPE_CHECKING:
    from claimcheck.models import Report
    from claimcheck.pipeline import Analyzer, AnalyzerOptions

__all__ = ["DASK_MISSING", "DaskUnavailableError", "analyze_on_dask"]

DASK_MISSING = (
    "--engine dask needs Dask distributed: pip install 'claimcheck-news[dask]' "
    "(on this machine and on every worker)"
)
_CONNECT_TIMEOUT = "20s"

# Per worker process: the analyzers its tasks share, and a lock because a worker with several
# threads would otherwise run one spaCy pipeline from two threads at once.
_analyzers: dict[AnalyzerOptions, Analyzer] = {}
_analyzers_lock = threading.Lock()


def analyze_on_dask(
    items: Iterable[InputItem],
    options: AnalyzerOptions,
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    ordered: bool = True,
    chunk_size: int = CHUNK_SOURCES,
) -> Iterator[Report]:
    """Every item's report, analysed on the cluster at ``scheduler``.

    Without a scheduler address a ``LocalCluster`` of ``workers`` single-threaded processes
    (default: one per core) is started for the run and closed after it.
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise DaskUnavailableError(DASK_MISSING) from None

    with ExitStack() as stack:
        try:
            if scheduler is None:
                cluster = stack.enter_context(
                    LocalCluster(
                        n_workers=workers,
                        threads_per_worker=1,
                        processes=True,
                        dashboard_address=None,
                    )
                )
                client = stack.enter_context(Client(cluster))
            else:
                client = stack.enter_context(Client(scheduler, timeout=_CONNECT_TIMEOUT))
        except (OSError, TimeoutError) as exc:
            where = scheduler or "a local cluster"
            raise DaskUnavailableError(
                f"cannot reach the Dask scheduler at {where}: {exc}"
            ) from None
        threads = max(1, sum(client.nthreads().values()))
        chunks = chunked(items, chunk_size, spread=threads)
        if ordered:  # Dask futures answer .done() and .result() like concurrent.futures ones
            submit = partial(_submit, client, options)
            for reports in stream_results(
                submit, chunks, 2 * threads, ordered=True, wait_first=_wait_first
            ):
                yield from reports
        else:
            yield from _as_completed(client, options, chunks, 2 * threads)


def _as_completed(
    client: Any, options: AnalyzerOptions, chunks: Iterator[list[InputItem]], in_flight: int
) -> Iterator[Report]:
    from distributed import as_completed

    running = as_completed([_submit(client, options, c) for c in _take(chunks, in_flight)])
    for future in running:
        for chunk in _take(chunks, 1):
            running.add(_submit(client, options, chunk))
        yield from future.result()


def _wait_first(futures: list[Any]) -> None:
    from distributed import wait

    wait(futures, return_when="FIRST_COMPLETED")


def _take(chunks: Iterator[list[InputItem]], count: int) -> list[list[InputItem]]:
    return [chunk for _, chunk in zip(range(count), chunks, strict=False)]


def _submit(client: Any, options: AnalyzerOptions, chunk: list[InputItem]) -> Any:
    # pure=False: two identical chunks are still two tasks, each with its own reports.
    return client.submit(analyze_chunk, options, chunk, pure=False)


def analyze_chunk(options: AnalyzerOptions, chunk: list[InputItem]) -> list[Report]:
    """The task a Dask worker runs: one batch, with the worker's analyzer for these options."""
    from claimcheck.pipeline import Analyzer

    with _analyzers_lock:
        analyzer = _analyzers.get(options)
        if analyzer is None:
            analyzer = _analyzers[options] = Analyzer(options)
        return analyzer.analyze_batch(chunk)
