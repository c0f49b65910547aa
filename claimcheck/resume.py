"""``--resume``: finish a JSONL run that was interrupted, without redoing what is done.

The output file is claimcheck's own JSONL, one report per line, each written whole (the CLI
holds Ctrl-C back while a line is written). A crash or a kill can still cut the last line off.
Before the run, the file is brought back to complete reports written by this claimcheck version:

- a last line without its newline, or that is not JSON, was cut off: it is dropped (the file is
  truncated back to the line before) and its source is analysed again;
- a report written by another claimcheck version is dropped and its source analysed again, so
  that one file never mixes versions; the file is then rewritten without those lines, through a
  temporary file renamed over it, so an interruption leaves either the old file or the new one;
- any other line that is not a claimcheck report means the file is not claimcheck's output, and
  nothing is touched (``NotAReportFileError``).

Each remaining report counts its source as done once; an input that names a source twice gets
two reports, as without ``--resume``. New reports are appended, so a run interrupted any number
of times and resumed ends with every source exactly once.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimcheck.inputs import InputItem


class NotAReportFileError(ValueError):
    """The output file holds something other than claimcheck's JSONL reports."""


@dataclass(frozen=True)
class _Line:
    """One line of the output file, judged: its length in bytes, newline included."""

    size: int
    source: str | None  # None: cut off, or not a report
    version: str | None = None


@dataclass
class ResumeState:
    """What the output file held, what was dropped from it, and which sources are done."""

    path: Path
    done: Counter[str] = field(default_factory=Counter)
    other_versions: Counter[str] = field(default_factory=Counter)  # version -> reports dropped
    cut_off: bool = False
    skipped: int = 0  # inputs passed over because their report is in the file
    analysed: int = 0  # inputs let through to be analysed

    def remaining(self, items: Iterable[InputItem]) -> Iterator[InputItem]:
        """The items whose report is not in the file yet, in input order."""
        left = Counter(self.done)
        for item in items:
            if left[item.source] > 0:
                left[item.source] -= 1
                self.skipped += 1
                continue
            self.analysed += 1
            yield item

    def note(self) -> str:
        """One line for stderr: what the file held and what is done again, and why."""
        kept = sum(self.done.values())
        parts = [f"resuming {self.path}: {kept} report{_s(kept)} kept"]
        for version, count in sorted(self.other_versions.items()):
            parts.append(
                f"{count} report{_s(count)} by claimcheck {version} dropped and redone "
                "with this version"
            )
        if self.cut_off:
            parts.append("a last line cut off by an interruption dropped and redone")
        return "; ".join(parts)


def prepare(path: Path, version: str) -> ResumeState:
    """Read ``path`` (if it exists), drop what must be redone, and say which sources are done.

    Raises ``NotAReportFileError`` when a line other than the last is not a claimcheck report,
    and ``OSError`` when the file cannot be read or rewritten.
    """
    state = ResumeState(path)
    if not path.exists():
        return state
    keep: list[bool] = []
    kept_bytes = 0
    for line in _read_lines(path):
        if line.source is None:
            state.cut_off = True
        elif line.version != version:
            state.other_versions[line.version or "unknown"] += 1
        else:
            state.done[line.source] += 1
            kept_bytes += line.size
        keep.append(line.source is not None and line.version == version)
    if state.other_versions:
        _rewrite(path, keep)
    elif state.cut_off:  # only the last line can be: cutting it off is enough
        os.truncate(path, kept_bytes)
    return state


def _read_lines(path: Path) -> Iterator[_Line]:
    """Every line of the file, judged; only the last may be cut off or not a report."""
    with path.open("rb") as stream:
        previous: _Line | None = None
        for number, raw in enumerate(stream, start=1):
            if previous is not None:
                if previous.source is None:  # a whole line, not the last, that is no report
                    raise NotAReportFileError(
                        f"{path} line {number - 1} is not a claimcheck report; --resume only "
                        "continues a JSONL file that claimcheck wrote"
                    )
                yield previous
            previous = _judge(raw)
        if previous is not None:
            yield previous


def _judge(raw: bytes) -> _Line:
    """A line as a report (its source and version), or cut off (no newline, or not a report)."""
    if not raw.endswith(b"\n"):
        return _Line(len(raw), None)
    try:
        data: Any = json.loads(raw)
    except ValueError:
        return _Line(len(raw), None)
    if not isinstance(data, dict) or not isinstance(data.get("source"), str):
        return _Line(len(raw), None)
    meta = data.get("meta")
    version = meta.get("claimcheck_version") if isinstance(meta, dict) else None
    return _Line(len(raw), data["source"], version if isinstance(version, str) else None)


def _rewrite(path: Path, keep: list[bool]) -> None:
    """Replace ``path`` by its lines marked in ``keep``, all at once: a temporary file beside
    it, renamed over it, so that an interruption leaves the old file or the new one."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out, path.open("rb") as lines:
            for kept, raw in zip(keep, lines, strict=True):
                if kept:
                    out.write(raw)
            out.flush()
            os.fsync(out.fileno())
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _s(count: int) -> str:
    return "" if count == 1 else "s"
