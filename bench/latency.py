"""Single-article latency: English and French, cold (a fresh process) and warm (in one process).

    .venv/bin/python bench/latency.py [--runs N] [--en FILE] [--fr FILE] [--stock]

Cold is what a fact-checker waits for: ``claimcheck analyze FILE --format json`` in a fresh
process, start-up and model loading included. Warm is a second analysis in a process that has
already loaded the model (the library, ``Analyzer.analyze``). Each is the median of ``--runs``;
cold runs alternate English and French so both see the same machine load. Then the start-up of
``claimcheck --help`` and ``claimcheck schema`` (median of five), and the French/English cold
ratio against its target (1.3). ``--stock`` also times French cold with claimcheck's quick
model loading switched off (spaCy's own regex compile and tables), for the before/after figure.
It is a measurement, not a test: compare ratios from one run, not seconds across runs.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLAIMCHECK = Path(sys.executable).with_name("claimcheck")
COLD_TARGET = 1.3
STARTUP_TARGET = 0.3
STOCK_NAME = "fr, spaCy's own loading"
# The CLI with claimcheck's quick model loading (nlp/quickload.py) switched off.
STOCK = (
    "import contextlib, sys\n"
    "import claimcheck.nlp.quickload as quick\n"
    "quick.quick_loading = contextlib.nullcontext\n"
    "from claimcheck.cli import main\n"
    "sys.argv[0] = 'claimcheck'\n"
    "main()\n"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="repetitions of each measure")
    parser.add_argument("--en", type=Path, default=ROOT / "samples" / "port-strike.en.txt")
    parser.add_argument("--fr", type=Path, default=ROOT / "samples" / "alep-khimik.fr.txt")
    parser.add_argument("--stock", action="store_true", help="also time spaCy's own loading")
    args = parser.parse_args()
    files = {"en": args.en, "fr": args.fr}
    print(f"load average before: {_load_average()}")
    for language, path in files.items():
        print(f"{language}: {path} ({path.stat().st_size:,} bytes)")

    cold, cold_cpu = _cold(files, args.runs, args.stock)
    warm = {language: _warm(path, args.runs) for language, path in files.items()}
    startup = {command: _startup([command]) for command in ("--help", "schema")}

    print(f"\n{'measure':38} {'median':>8} {'CPU':>6}  (of {args.runs}, seconds)")
    for name, seconds in cold.items():
        print(f"cold {name:33} {seconds:8.2f} {cold_cpu[name]:6.2f}")
    for language, seconds in warm.items():
        print(f"warm {language:33} {seconds:8.3f}")
    for command, (seconds, cpu_seconds) in startup.items():
        print(
            f"start-up claimcheck {command:18} {seconds:8.3f} {cpu_seconds:6.2f}"
            f"  (target < {STARTUP_TARGET})"
        )
    print()
    _print_ratio("FR/EN cold ratio", cold["fr"] / cold["en"], cold_cpu["fr"] / cold_cpu["en"])
    if STOCK_NAME in cold:
        _print_ratio(
            "FR/EN cold ratio, spaCy's own loading",
            cold[STOCK_NAME] / cold["en"],
            cold_cpu[STOCK_NAME] / cold_cpu["en"],
        )
    print(f"load average after: {_load_average()}")


def _print_ratio(name: str, wall: float, cpu: float) -> None:
    verdict = "ok" if wall <= COLD_TARGET else "MISSED"
    print(f"{name}: {wall:.2f} wall-clock, {cpu:.2f} CPU (target <= {COLD_TARGET}) {verdict}")


def _cold(
    files: dict[str, Path], runs: int, stock: bool
) -> tuple[dict[str, float], dict[str, float]]:
    """Median wall-clock and CPU seconds of a fresh ``claimcheck analyze``, per language.

    CPU time hardly depends on what else the machine runs; wall-clock time does.
    """
    commands = {
        language: [str(CLAIMCHECK), "analyze", str(path), "--format", "json"]
        for language, path in files.items()
    }
    if stock:
        commands[STOCK_NAME] = [
            sys.executable,
            "-c",
            STOCK,
            "analyze",
            str(files["fr"]),
            "--format",
            "json",
        ]
    wall: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):  # interleaved, so that a busy moment costs every measure alike
        for name, command in commands.items():
            seconds, cpu_seconds = _run(command)
            wall[name].append(seconds)
            cpu[name].append(cpu_seconds)
    return _medians(wall), _medians(cpu)


def _medians(samples: dict[str, list[float]]) -> dict[str, float]:
    return {name: statistics.median(values) for name, values in samples.items()}


def _warm(path: Path, runs: int) -> float:
    """Median seconds of analysing ``path`` again in this process, the model already loaded."""
    from claimcheck import Analyzer

    with Analyzer() as analyzer:
        analyzer.analyze(str(path))  # loads the model
        seconds = []
        for _ in range(runs):
            started = time.perf_counter()
            report = analyzer.analyze(str(path))
            seconds.append(time.perf_counter() - started)
            if report.error is not None:
                sys.exit(f"{path}: {report.error.message}")
    return statistics.median(seconds)


def _startup(arguments: list[str], runs: int = 5) -> tuple[float, float]:
    """Median wall-clock and CPU seconds of ``claimcheck ARGUMENTS`` in a fresh process."""
    measures = [_run([str(CLAIMCHECK), *arguments]) for _ in range(runs)]
    return (
        statistics.median(wall for wall, _ in measures),
        statistics.median(cpu for _, cpu in measures),
    )


def _run(command: list[str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user and system) of ``command`` in a fresh process."""
    cpu_before = _children_cpu()
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, check=False)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"{' '.join(command)} failed: {done.stderr.decode(errors='replace').strip()}")
    return seconds, _children_cpu() - cpu_before


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _load_average() -> str:
    return " ".join(f"{load:.2f}" for load in os.getloadavg())


if __name__ == "__main__":
    main()
