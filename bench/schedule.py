"""How evenly ``--workers N`` shares a run out, replayed on paper with measured costs.

    .venv/bin/python bench/schedule.py [--texts DIR] [--limit N] [--workers N]

Wall-clock speed-ups need idle cores; this needs none. In one process it measures the CPU time
of each text analysed alone, and of the whole set in batches of 1, 4 and 8 sources (what a
batch size costs per word). Then it runs the pool's own chunking and ordering code
(``parallel.chunked`` and ``parallel.stream_results``) against N simulated idle cores, on
which a chunk takes the CPU time its texts took, scaled by its batch size's cost, and prints
the speed-up over one process (batches of 8) each policy gives: the chunks of 4 and the
in-flight window of before issue 14, and today's. Shipping items and reports between processes
is not modelled (``bench/scale.py`` measures it as CPU per word). A model, not a measurement.
"""

from __future__ import annotations

import argparse
import heapq
import time
from collections import deque
from collections.abc import Iterable
from concurrent.futures import Future
from itertools import count
from pathlib import Path

from speed import DEFAULT_CORPUS, files_in

from claimcheck import Analyzer, AnalyzerOptions
from claimcheck.inputs import InputItem
from claimcheck.parallel import CHUNK_SOURCES, chunked, stream_results

BATCH_SIZES = (1, 4, 8)


class SimulatedCores:
    """An executor whose chunks run on idle cores of a simulated clock, in submission order."""

    def __init__(self, cores: int, costs: dict[str, float], batch_cost: dict[int, float]) -> None:
        self.clock = 0.0
        self._free = cores
        self._costs = costs
        self._batch_cost = batch_cost
        self._queue: deque[tuple[Future[list[str]], list[str]]] = deque()
        self._running: list[tuple[float, int, Future[list[str]], list[str]]] = []
        self._order = count()

    def submit(self, chunk: list[str]) -> Future[list[str]]:
        future: Future[list[str]] = Future()
        self._queue.append((future, chunk))
        self._start()
        return future

    def wait_first(self, futures: Iterable[Future[list[str]]]) -> None:
        """Move the clock to the next chunk that finishes, and start what is queued."""
        end, _, future, chunk = heapq.heappop(self._running)
        self.clock = end
        future.set_result(chunk)
        self._free += 1
        self._start()

    def _start(self) -> None:
        while self._free and self._queue:
            future, chunk = self._queue.popleft()
            seconds = sum(self._costs[s] for s in chunk) * self._cost_of_batch(len(chunk))
            heapq.heappush(self._running, (self.clock + seconds, next(self._order), future, chunk))
            self._free -= 1

    def _cost_of_batch(self, size: int) -> float:
        """Per-word cost of a batch of ``size`` against batches of 1 (the largest measured
        batch size not above it)."""
        measured = max(b for b in self._batch_cost if b <= size)
        return self._batch_cost[measured] / self._batch_cost[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, default=DEFAULT_CORPUS, help="a folder of .txt")
    parser.add_argument("--limit", type=int, default=60)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--lang", default="en")
    args = parser.parse_args()
    sources = [str(f) for f in files_in([args.texts])[: args.limit]]
    costs, batch_cost = _measure(sources, args.lang)
    one_process = batch_cost[8]
    print(f"texts: {len(sources)}; CPU seconds in one process, by batch size: ", end="")
    print(", ".join(f"{size}: {seconds:.2f}" for size, seconds in batch_cost.items()))
    policies = {
        "before issue 14: chunks of 4, window of 2 x workers": (4, 1, 2 * args.workers),
        f"today: chunks of {CHUNK_SOURCES}, one-by-one tail, buffered order": (
            CHUNK_SOURCES,
            args.workers,
            None,
        ),
    }
    for name, (size, spread, held) in policies.items():
        cores = SimulatedCores(args.workers, costs, batch_cost)
        chunks = chunked(sources, size, spread=spread)
        results = stream_results(
            cores.submit, chunks, 2 * args.workers, True, wait_first=cores.wait_first, held=held
        )
        assert [s for chunk in results for s in chunk] == sources
        print(f"{name:58} speed-up on {args.workers} idle cores {one_process / cores.clock:.2f}")


def _measure(sources: list[str], lang: str) -> tuple[dict[str, float], dict[int, float]]:
    """Each source's CPU seconds analysed alone, and the whole set's in each batch size."""
    items = [InputItem(source) for source in sources]
    costs: dict[str, float] = {}
    batch_cost: dict[int, float] = {}
    with Analyzer(AnalyzerOptions(language=lang)) as analyzer:
        list(analyzer.analyze_items(items[:4]))  # loads the model
        for item in items:
            started = time.process_time()
            analyzer.analyze_batch([item])
            costs[item.source] = costs.get(item.source, 0.0) + time.process_time() - started
        batch_cost[1] = sum(costs.values())
        for size in BATCH_SIZES[1:]:
            started = time.process_time()
            list(analyzer.analyze_items(items, batch_size=size))
            batch_cost[size] = time.process_time() - started
    return costs, batch_cost


if __name__ == "__main__":
    main()
