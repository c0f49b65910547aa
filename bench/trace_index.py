"""Build time, file size and ``trace`` latency of a claims index as it grows to a million claims.

    .venv/bin/python bench/trace_index.py REPORTS.jsonl [--claims 1000000] [--index PATH]

REPORTS.jsonl holds real reports (``claimcheck analyze --format jsonl -o REPORTS.jsonl …``, e.g.
on the PolNeAR train texts). They are added again and again, each copy under its own id
(``…?copy=K``), with its own published date and its numbers shifted by K, until the index holds
``--claims`` claims. At each checkpoint the script prints the claims held, the seconds spent
adding them, the file size and the latency of ``trace`` (median and 95th percentile over fixed
queries: six-word fragments from the middle of real claims, and ``REPORT#cN`` references).
Reports are streamed to ``ClaimsIndex.add_many`` from memory: the time is the index's, not JSON
parsing (``claimcheck index add`` adds that; time it on REPORTS.jsonl itself).
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import re
import statistics
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from claimcheck.index import ClaimsIndex, trace

CHECKPOINTS = (100_000, 250_000, 500_000, 1_000_000)
_NUMBER = re.compile(r"\d+")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reports", type=Path, help="a JSONL file of real reports")
    parser.add_argument("--claims", type=int, default=1_000_000, help="claims to reach")
    parser.add_argument("--index", type=Path, default=Path("bench-claims.sqlite3"))
    parser.add_argument("--queries", type=int, default=40, help="queries per checkpoint")
    args = parser.parse_args()
    originals = [r for r in map(json.loads, args.reports.open(encoding="utf-8")) if r["claims"]]
    for report in originals:
        report["article"]["text"] = ""  # never read by the index; keeps the copies light
    queries = _queries(originals, args.queries)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{args.index}{suffix}").unlink(missing_ok=True)
    print(f"{len(originals)} real reports, {sum(len(r['claims']) for r in originals)} claims")
    print("claims\tbuild_s\ts_per_100k\tfile_MB\tMB_per_100k\ttrace_median_ms\ttrace_p95_ms\tfound")
    checkpoints = [c for c in CHECKPOINTS if c < args.claims] + [args.claims]
    held, spent = 0, 0.0
    with ClaimsIndex.open(args.index, create=True) as index:
        stream = _copies(originals)
        for checkpoint in checkpoints:
            batch = _until(stream, checkpoint - held)
            started = time.perf_counter()
            index.add_many(batch)
            spent += time.perf_counter() - started
            held = index.info().claims
            size = index.info().size_bytes / 1e6
            latencies, found = _latencies(index, queries)
            per = held / 100_000
            print(
                f"{held}\t{spent:.1f}\t{spent / per:.1f}\t{size:.0f}\t{size / per:.1f}\t"
                f"{statistics.median(latencies):.0f}\t{_p95(latencies):.0f}\t{found:.0f}",
                flush=True,
            )


def _copies(originals: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """The real reports, then copy 1, copy 2, … each with its own id, date and numbers."""
    start = date(2015, 1, 1)
    copy_number = 0
    while True:
        for position, report in enumerate(originals):
            yield report if copy_number == 0 else _varied(report, copy_number, position, start)
        copy_number += 1


def _varied(report: dict[str, Any], k: int, position: int, start: date) -> dict[str, Any]:
    varied = copy.deepcopy(report)
    article = varied["article"]
    varied["source"] = f"{report['source']}?copy={k}"
    article["url"] = f"https://copy{k}.example/{position}"
    article["site"] = f"Outlet {k % 500}"
    article["published"] = (start + timedelta(days=(k * 7 + position) % 3650)).isoformat()
    for claim in varied["claims"]:
        content = claim["content"]
        content["text"] = _NUMBER.sub(lambda m: str(int(m.group()) + k), content["text"])
    return varied


def _until(stream: Iterator[dict[str, Any]], claims: int) -> Iterator[dict[str, Any]]:
    taken = 0
    while taken < claims:
        report = next(stream)
        taken += len(report["claims"])
        yield report


def _queries(originals: list[dict[str, Any]], count: int) -> list[str]:
    """Half six-word fragments from the middle of real claims, half REPORT#cN references."""
    rng = random.Random(16)
    long_claims = [
        (report, claim)
        for report in originals
        for claim in report["claims"]
        if len(claim["content"]["text"].split()) >= 12
    ]
    picked = rng.sample(long_claims, count)
    queries = []
    for number, (report, claim) in enumerate(picked):
        if number % 2:
            queries.append(f"{report['article'].get('url') or report['source']}#{claim['id']}")
        else:
            text = claim["content"]["text"].split()
            middle = len(text) // 2
            queries.append(" ".join(text[middle - 3 : middle + 3]))
    return queries


def _latencies(index: ClaimsIndex, queries: list[str]) -> tuple[list[float], float]:
    """Milliseconds per query, and the mean number of appearances found."""
    latencies, found = [], []
    for query in queries:
        started = time.perf_counter()
        result = trace(index, query)
        latencies.append((time.perf_counter() - started) * 1000)
        found.append(len(result.appearances))
    return latencies, statistics.mean(found)


def _p95(values: list[float]) -> float:
    return sorted(values)[max(0, round(0.95 * len(values)) - 1)]


if __name__ == "__main__":
    main()
