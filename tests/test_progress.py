"""Progress on a terminal: the count, the source in progress (escaped), rate, time left, failures.

The CLI runs with its stderr (and, in one test, its stdout) on a pseudo-terminal, as a person
would see it; rich redraws the line in place, so the test reads every frame it drew.
"""

from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from claimcheck.inputs import InputItem
from claimcheck.models import Meta, Report, ReportError
from claimcheck.progress import Tracker, duration

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = (ROOT / "samples" / "port-strike.en.txt").read_text(encoding="utf-8")
_ESCAPES = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07|\r")


@pytest.fixture
def sources(tmp_path: Path) -> list[str]:
    """Three articles, the second named like rich markup, and a file that does not exist."""
    names = ["first.txt", "[bold]second.txt", "third.txt"]
    paths = []
    for number, name in enumerate(names):
        path = tmp_path / name
        path.write_text(f"Dispatch {number}.\n\n{SAMPLE}", encoding="utf-8")
        paths.append(str(path))
    return [*paths, str(tmp_path / "missing.txt")]


def _on_a_terminal(arguments: list[str], *, stdout_too: bool) -> tuple[int, str]:
    """Run the CLI with stderr on a pseudo-terminal; everything it drew there, escapes removed."""
    main, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 240, 0, 0))
    environment = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "240"}
    environment.pop("NO_COLOR", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "claimcheck", "analyze", "--lang", "en", *arguments],
        stdin=subprocess.DEVNULL,
        stdout=terminal if stdout_too else subprocess.DEVNULL,
        stderr=terminal,
        env=environment,
    )
    os.close(terminal)
    drawn = bytearray()
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # EIO: the process closed the terminal
            break
        if not chunk:
            break
        drawn += chunk
    os.close(main)
    return process.wait(timeout=300), _ESCAPES.sub("\n", drawn.decode("utf-8", "replace"))


def test_progress_bar_counts_names_rates_and_failures(tmp_path: Path, sources: list[str]) -> None:
    code, drawn = _on_a_terminal(
        ["--format", "jsonl", "-o", str(tmp_path / "out.jsonl"), *sources], stdout_too=False
    )
    assert code == 1  # missing.txt failed
    assert "4/4 done" in drawn
    assert not re.search(r"\b[5-9]/4\b", drawn)  # never past the total
    assert "[bold]second.txt" in drawn  # the name as it is, not read as markup (stdout is a file)
    assert re.search(r"[0-9.]+/(s|min)", drawn)
    assert " left" in drawn
    assert "1 failed" in drawn


def test_spinner_beside_the_report_counts_too(sources: list[str]) -> None:
    code, drawn = _on_a_terminal(["--format", "jsonl", *sources[:3]], stdout_too=True)
    assert code == 0
    assert "0/3 done" in drawn and "2/3 done" in drawn
    assert not re.search(r"\b[4-9]/3\b", drawn)
    progress = [line for line in drawn.splitlines() if " done · analysing " in line]
    assert any(line.endswith("analysing …" + sources[1][-39:]) for line in progress), progress


def test_tracker_rate_time_left_and_source_in_progress() -> None:
    now = [100.0]
    tracker = Tracker(4, clock=lambda: now[0])
    taken = list(tracker.watch(InputItem(name) for name in ("a", "b", "a", "[x]")))
    assert [item.source for item in taken] == ["a", "b", "a", "[x]"]
    assert tracker.line() == "0/4 done · analysing a"
    tracker.finished(_report("a"))
    now[0] = 102.0
    tracker.finished(_report("b", failed=True))
    assert tracker.current == "a"
    assert tracker.rate() == 0.5 and tracker.seconds_left() == 4.0
    assert tracker.line() == "2/4 done · analysing a · 30.0/min · 4 s left · [red]1 failed[/red]"
    tracker.finished(_report("a"))
    assert tracker.line().startswith("3/4 done · analysing \\[x]")
    tracker.finished(_report("[x]"))
    assert tracker.current is None and tracker.seconds_left() == 0.0


def test_unknown_total_and_durations() -> None:
    tracker = Tracker(None)
    tracker.finished(_report("a"))
    assert tracker.line() == "1 done" and tracker.seconds_left() is None
    assert [duration(s) for s in (8.4, 150, 7500)] == ["8 s", "2 min", "2 h 05 min"]


def _report(source: str, *, failed: bool = False) -> Report:
    error = ReportError("input", "no such file") if failed else None
    return Report(source=source, article=None, meta=Meta("0"), error=error)
