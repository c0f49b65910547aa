"""Hostile files, names and terminals from the red-team pass (issue 13): one report each, one
clean line on stderr, never a traceback, a hang or a lost batch.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from support import ROOT, command

SLACK = 60.0  # what a loaded machine may add before a bounded run counts as a hang
SENTENCE = "The minister said on Tuesday that the new bridge would open in May. "

# Peak resident size of the child a small wrapper runs (kilobytes on Linux), and its time.
_MEASURE = """
import resource, subprocess, sys, time
started = time.monotonic()
completed = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
sys.stderr.buffer.write(completed.stderr)
seconds = time.monotonic() - started
print(completed.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, seconds)
"""


def measured(*args: str) -> tuple[int, int, float, str]:
    """``claimcheck ARGS`` in a child process: exit code, peak KB, seconds, stderr."""
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, *command(*args)],
        capture_output=True,
        cwd=ROOT,
        timeout=SLACK * 6,
        check=True,
    )
    exit_code, peak_kb, seconds = done.stdout.split()
    return int(exit_code), int(peak_kb), float(seconds), done.stderr.decode()


# 13. Punctuation runs -------------------------------------------------------------------------


def test_punctuation_runs_after_a_sentence_stay_bounded(tmp_path: Path) -> None:
    """300 KB of punctuation after one sentence, in four shapes, analysed in one process: in
    seconds and under 1 GB (before: 80-180 s and 1.28 GB for the first shape alone, every mark a
    token for the model)."""
    shapes = {
        "run": "!" * 300_000,
        "lines": "!\n" * 150_000,
        "spaced": ". " * 150_000,
        "underscores": "_ -" * 100_000,
    }
    paths = []
    for name, marks in shapes.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(SENTENCE + marks + "\n", encoding="utf-8")
        paths.append(str(path))
    out = tmp_path / "out.jsonl"
    exit_code, peak_kb, seconds, stderr = measured(
        "analyze", "--lang", "en", "-f", "jsonl", "-o", str(out), *paths
    )
    assert (exit_code, stderr) == (0, "")
    assert len(out.read_text("utf-8").splitlines()) == len(shapes)
    assert peak_kb < 1_000_000, f"peak {peak_kb / 1000:.0f} MB"
    assert seconds < SLACK, f"{seconds:.0f} s"
