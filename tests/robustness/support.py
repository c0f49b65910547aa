"""What the robustness suite shares: a checked report, the command run as a real process.

Every test here asks the question a user running claimcheck over hundreds of pasted links
would ask: did this bad input cost exactly one report, with an error a script can act on,
and nothing else (no crash, no hang, no runaway memory)?
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from checks import assert_valid_report
from claimcheck.errors import ERROR_TYPES
from claimcheck.models import Report
from claimcheck.report import report_to_dict

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
ENGLISH = SAMPLES / "port-strike.en.txt"
FRENCH = SAMPLES / "alep-khimik.fr.txt"
HTML_PAGE = SAMPLES / "senate-vote.en.html"
# A minute is far more than any case here needs alone; the machine running the suite is shared.
PATIENCE = 300.0


def checked(report: Report) -> dict[str, Any]:
    """The report as ``--format json`` prints it, after checking its schema and every span."""
    wire = report_to_dict(report)
    assert_valid_report(wire)
    if report.error is not None:
        assert report.error.type in ERROR_TYPES, report.error
        assert "\n" not in report.error.message
        assert wire["claims"] == []
    return wire


@dataclass(frozen=True)
class Run:
    """A finished ``claimcheck`` process as a user sees it."""

    exit_code: int
    stdout: str
    stderr: str

    def assert_clean(self) -> None:
        """No traceback anywhere; stderr holds only claimcheck's own one-line messages."""
        assert "Traceback" not in self.stderr, self.stderr
        assert "Traceback" not in self.stdout
        for line in self.stderr.splitlines():
            assert line.startswith("claimcheck: "), f"unexpected stderr line: {line!r}"


def command(*args: str) -> list[str]:
    """``claimcheck ARGS`` run with this interpreter, as the installed script would be."""
    return [sys.executable, "-m", "claimcheck", *args]


def claimcheck(*args: str, stdin: bytes | None = None, timeout: float = PATIENCE) -> Run:
    """Run ``claimcheck ARGS`` in a fresh process, without a terminal."""
    completed = subprocess.run(
        command(*args),
        input=stdin if stdin is not None else b"",
        capture_output=True,
        cwd=ROOT,
        timeout=timeout,
        check=False,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    return Run(
        completed.returncode,
        completed.stdout.decode("utf-8"),
        completed.stderr.decode("utf-8"),
    )


# Peak resident size of the child a small wrapper runs (kilobytes on Linux), and its time.
_MEASURE = """
import resource, subprocess, sys, time
started = time.monotonic()
completed = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
sys.stderr.buffer.write(completed.stderr)
seconds = time.monotonic() - started
print(completed.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, seconds)
"""


def measured(*args: str, timeout: float) -> tuple[int, int, float, str]:
    """``claimcheck ARGS`` in a child process: exit code, peak KB, seconds, stderr."""
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, *command(*args)],
        capture_output=True,
        cwd=ROOT,
        timeout=timeout,
        check=True,
    )
    exit_code, peak_kb, seconds = done.stdout.split()
    return int(exit_code), int(peak_kb), float(seconds), done.stderr.decode()


def json_lines(stdout: str) -> list[dict[str, Any]]:
    """Every line of JSONL output, each parsed and checked as a report."""
    reports = [json.loads(line) for line in stdout.splitlines()]
    for wire in reports:
        assert_valid_report(wire)
    return reports
