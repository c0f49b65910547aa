"""Throughput, scaling, start-up and memory of claimcheck, side by side in one run.

    .venv/bin/python bench/scale.py [--texts DIR] [--limit N] [--workers N] [--trials N]
                                    [--end-to-end] [--no-dask]

On the same texts, with the same model: words per second for raw spaCy ``nlp.pipe``, for
claimcheck in one process, with ``--workers N`` processes and on a 2-worker Dask
``LocalCluster``; the start-up time of ``claimcheck --help`` and ``claimcheck schema``; the peak
resident memory of each worker. Then every ratio against its target. Models load, and worker
pools and clusters start, before the timed runs: the figures are steady-state throughput.

One process and ``--workers N`` are timed ``--trials`` times, one after the other, so that both
see the same load; each trial prints the load average it started at and its own speed-up, and
the ratios use the median trial. ``--end-to-end`` also times whole ``claimcheck analyze`` runs
in fresh processes (start-up and model loading included), ``--workers 1`` against
``--workers N``, as a user would see them. Throughput per core is also given per CPU-second,
which hardly moves with the machine's load, unlike wall-clock seconds.
It is a measurement, not a test: run it on a quiet machine and compare ratios, not seconds.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from speed import DEFAULT_CORPUS, files_in, timed

from claimcheck import Analyzer, AnalyzerOptions
from claimcheck.inputs import InputItem
from claimcheck.nlp.loading import ModelCache
from claimcheck.parallel import WorkerPool

CLAIMCHECK = Path(sys.executable).with_name("claimcheck")
GIB = 1024**3


@dataclass(frozen=True)
class Trial:
    """One process, then the pool, on the same texts: seconds and CPU seconds of each."""

    load: float  # 1-minute load average when the trial started
    one: float
    many: float
    one_cpu: float
    many_cpu: float

    @property
    def speedup(self) -> float:
        return self.one / self.many


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, default=DEFAULT_CORPUS, help="a folder of .txt")
    parser.add_argument("--limit", type=int, default=200, help="at most this many texts")
    parser.add_argument("--workers", type=int, default=2, help="processes for --workers N")
    parser.add_argument("--trials", type=int, default=3, help="timed passes of each mode")
    parser.add_argument("--lang", default="en")
    parser.add_argument(
        "--pattern", default="*.txt", help="which files of --texts: *.html for web pages"
    )
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask LocalCluster")
    parser.add_argument(
        "--end-to-end", action="store_true", help="also time whole CLI runs, start-up included"
    )
    args = parser.parse_args()

    files = files_in([args.texts], args.pattern)[: args.limit]
    if not files:
        sys.exit(f"no {args.pattern} files in {args.texts}")
    items = [InputItem(str(f)) for f in files]
    warm_up = items[: max(4, 2 * args.workers)]
    options = AnalyzerOptions(language=args.lang)
    texts = _article_texts(files, options)
    words = sum(len(t.split()) for t in texts)

    # First, while this process is small: a child's ru_maxrss starts from its parent's at fork.
    memory = {"claimcheck CLI, 1 process": _cli_peak(files, args.lang)}
    model = ModelCache().for_language(args.lang)
    print(f"texts: {len(texts)}, words: {words}, model: {model.name}, load: {_load():.1f}")
    list(model.nlp.pipe(texts[:5]))
    speeds = {"raw spaCy nlp.pipe": words / timed(lambda: list(model.nlp.pipe(texts)))}

    with Analyzer(options) as analyzer, WorkerPool(options, args.workers) as pool:
        list(analyzer.analyze_items(warm_up))
        list(pool.analyze(warm_up, chunk_size=1))
        trials = [
            _trial(lambda: analyzer.analyze_items(items), lambda: pool.analyze(items))
            for _ in range(args.trials)
        ]
        memory[f"--workers {args.workers}, largest worker"] = _largest_descendant_peak()
    middle = sorted(trials, key=lambda trial: trial.speedup)[len(trials) // 2]
    speeds["claimcheck, 1 process"] = words / middle.one
    speeds[f"claimcheck, --workers {args.workers}"] = words / middle.many

    if not args.no_dask:
        dask_speed, dask_peak = _dask(items, warm_up, options)
        speeds["dask LocalCluster, 2 workers"] = words / dask_speed
        memory["dask worker, largest"] = dask_peak

    for name, speed in speeds.items():
        print(f"{name:34} {speed:8.0f} words/s")
    _print_trials(trials, args.workers)
    _print_per_core(trials, len(files), words, args.workers)
    for name, peak in memory.items():
        print(f"peak memory, {name:30} {peak / 2**20:6.0f} MB")
    startup = {command: _startup(command) for command in ("--help", "schema")}
    for command, seconds in startup.items():
        print(f"start-up, claimcheck {command:8} {seconds:6.2f} s (median of 5)")
    if args.end_to_end:
        _end_to_end(files, args.lang, args.workers, args.trials)
    _print_ratios(speeds, memory, startup, args.workers)


def _article_texts(files: list[Path], options: AnalyzerOptions) -> list[str]:
    """What raw spaCy parses and words are counted in: the text of a .txt file, the article
    claimcheck extracts from anything else (a web page's markup is no words of the article)."""
    if all(f.suffix == ".txt" for f in files):
        return [f.read_text(encoding="utf-8") for f in files]
    with Analyzer(options) as analyzer:
        return [r.article.text if r.article else "" for r in analyzer.analyze_many(map(str, files))]


def _trial(one: Callable[[], Iterable[object]], many: Callable[[], Iterable[object]]) -> Trial:
    """One process, then the pool, each timed in wall-clock and CPU seconds."""
    load = _load()
    before = _cpu_seconds()
    one_seconds = timed(lambda: list(one()))
    middle = _cpu_seconds()
    many_seconds = timed(lambda: list(many()))
    return Trial(load, one_seconds, many_seconds, middle - before, _cpu_seconds() - middle)


def _print_trials(trials: list[Trial], workers: int) -> None:
    print(f"\ntrial  load   1 process  --workers {workers}  speed-up  CPU s (1 / {workers})")
    for number, trial in enumerate(trials, start=1):
        print(
            f"{number:5} {trial.load:5.1f} {trial.one:10.1f} s {trial.many:10.1f} s "
            f"{trial.speedup:9.2f}  {trial.one_cpu:6.1f} / {trial.many_cpu:.1f}"
        )
    speedups = [trial.speedup for trial in trials]
    overhead = statistics.median(t.many_cpu / t.one_cpu for t in trials)
    print(
        f"speed-up: median {statistics.median(speedups):.2f}, best {max(speedups):.2f}; CPU per "
        f"word, --workers {workers} / 1 process: {overhead:.2f} (1.00 = no overhead: on "
        f"{workers} idle cores the speed-up would be about {workers / overhead:.2f})"
    )


def _print_per_core(trials: list[Trial], articles: int, words: int, workers: int) -> None:
    """Throughput of one core: per wall-clock second of one process, and per CPU-second."""
    one = statistics.median(trial.one for trial in trials)
    cpu = statistics.median(trial.one_cpu for trial in trials)
    many_cpu = statistics.median(trial.many_cpu for trial in trials)
    print(
        f"\nper core, 1 process: {articles / one:.2f} articles/s, {words / one:.0f} words/s "
        f"(wall clock); {articles / cpu:.2f} articles/s, {words / cpu:.0f} words/s per "
        f"CPU-second\nper core, --workers {workers}: {articles / many_cpu:.2f} articles/s, "
        f"{words / many_cpu:.0f} words/s per CPU-second (all processes)"
    )


def _end_to_end(files: list[Path], lang: str, workers: int, trials: int) -> None:
    """Whole CLI runs in fresh processes, --workers 1 then --workers N, start-up included."""
    command = [str(CLAIMCHECK), "analyze", "--lang", lang, "--format", "jsonl", "-o", os.devnull]
    names = list(map(str, files))

    def run(count: int) -> float:
        return timed(
            lambda: subprocess.run(
                [*command, "--workers", str(count), *names], capture_output=True, check=True
            )
        )

    print(f"\nend to end, claimcheck analyze: trial, load, --workers 1, --workers {workers}")
    ratios = []
    for number in range(1, trials + 1):
        load = _load()
        one, many = run(1), run(workers)
        ratios.append(one / many)
        print(f"{number:5} {load:5.1f} {one:8.1f} s {many:8.1f} s  speed-up {one / many:.2f}")
    print(f"end-to-end speed-up: median {statistics.median(ratios):.2f}, best {max(ratios):.2f}")


def _load() -> float:
    return os.getloadavg()[0]


def _dask(
    items: list[InputItem], warm_up: list[InputItem], options: AnalyzerOptions
) -> tuple[float, int]:
    from distributed import LocalCluster

    from claimcheck.dask import analyze_on_dask

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        address = cluster.scheduler_address
        list(analyze_on_dask(warm_up, options, scheduler=address, chunk_size=1))
        seconds = timed(lambda: list(analyze_on_dask(items, options, scheduler=address)))
        return seconds, _largest_descendant_peak()


def _print_ratios(
    speeds: dict[str, float], memory: dict[str, int], startup: dict[str, float], workers: int
) -> None:
    raw, one, many = list(speeds.values())[:3]
    checks: list[tuple[str, float, str, Callable[[float], bool]]] = [
        ("claimcheck cost / raw spaCy", raw / one, "<= 1.3", lambda r: r <= 1.3),
        (f"{workers} workers / 1 process", many / one, ">= 1.7", lambda r: r >= 1.7),
    ]
    dask = speeds.get("dask LocalCluster, 2 workers")
    if dask is not None:
        checks.append(("dask 2 workers / --workers", dask / many, ">= 0.8", lambda r: r >= 0.8))
    checks.append(("largest process, GB", max(memory.values()) / GIB, "< 1", lambda r: r < 1))
    checks += [
        (f"start-up {name}, s", seconds, "< 0.3", lambda r: r < 0.3)
        for name, seconds in startup.items()
    ]
    print("\nratio                               measured  target")
    for name, value, target, meets in checks:
        print(f"{name:35} {value:8.2f}  {target:7} {'ok' if meets(value) else 'MISSED'}")


def _startup(command: str, runs: int = 5) -> float:
    def once() -> float:
        return timed(
            lambda: subprocess.run([str(CLAIMCHECK), command], capture_output=True, check=True)
        )

    return statistics.median(once() for _ in range(runs))


def _cli_peak(files: list[Path], lang: str) -> int:
    """The peak resident memory of ``claimcheck analyze`` on the texts, in a fresh process.

    Not this process's: it also holds the raw spaCy run. ``RUSAGE_CHILDREN`` is the largest
    ru_maxrss (KiB on Linux) of the children waited for so far, and this is the first one.
    """
    command = [str(CLAIMCHECK), "analyze", "--lang", lang, "--format", "jsonl", "-o", os.devnull]
    subprocess.run([*command, *map(str, files)], capture_output=True, check=False)
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024


def _cpu_seconds() -> float:
    """User and system CPU time of this process and its live descendants (from /proc)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for pid in _descendants() | {os.getpid()}:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / ticks  # utime, stime
    return total


def _largest_descendant_peak() -> int:
    """The largest peak resident memory (VmHWM) among this process's live descendants, in bytes.

    Worker processes are not always our children (a forkserver starts them), so ``RUSAGE_CHILDREN``
    would miss them: /proc has the same figure as each process's own ru_maxrss. Linux only.
    """
    return max((_peak_of(pid) for pid in _descendants()), default=0)


def _descendants() -> set[int]:
    """The process ids of this process's live descendants, from /proc. Linux only."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(stat.parent.name)] = int(fields[1])
    ours = {os.getpid()}
    grew = True
    while grew:
        found = {pid for pid, parent in parents.items() if parent in ours} - ours
        ours |= found
        grew = bool(found)
    return ours - {os.getpid()}


def _peak_of(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    line = next((ln for ln in status.splitlines() if ln.startswith("VmHWM:")), "VmHWM: 0 kB")
    return int(line.split()[1]) * 1024


if __name__ == "__main__":
    main()
