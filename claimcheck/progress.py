"""What the progress display on a terminal says: done of how many, the source being analysed,
the rate, the time left and the failures so far.

The analyzer takes sources ahead of the reports it gives back (a batch of 8 in one process, a
few chunks per worker with ``--workers``), so "the source in progress" is the oldest source
taken and not yet reported: the one the next report is waited for, in input order. The rate is
counted from the first report, so the seconds spent loading a model do not make the time left
look longer than it is.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimcheck.inputs import InputItem
    from claimcheck.models import Report

# A source name longer than this shows only its end, where paths and URLs differ.
NAME_WIDTH = 40


class Tracker:
    """Counts sources taken and reported; ``line`` is the progress text, as rich markup."""

    def __init__(self, total: int | None, clock: Callable[[], float] = time.monotonic) -> None:
        self.total = total
        self.done = 0
        self.failed = 0
        self._clock = clock
        self._pending: deque[str] = deque()  # taken, not yet reported, oldest first
        self._first_report: float | None = None

    def watch(self, items: Iterable[InputItem]) -> Iterator[InputItem]:
        """``items``, noting each one as the analyzer takes it."""
        for item in items:
            self._pending.append(item.source)
            yield item

    def finished(self, report: Report) -> None:
        self.done += 1
        self.failed += report.error is not None
        if self._first_report is None:
            self._first_report = self._clock()
        with suppress(ValueError):  # a source the tracker did not see taken
            self._pending.remove(report.source)  # the oldest with that name

    @property
    def current(self) -> str | None:
        return self._pending[0] if self._pending else None

    def rate(self) -> float | None:
        """Reports per second since the first one, once there is a second one."""
        if self._first_report is None or self.done < 2:
            return None
        seconds = self._clock() - self._first_report
        return (self.done - 1) / seconds if seconds > 0 else None

    def seconds_left(self) -> float | None:
        rate = self.rate()
        if rate is None or self.total is None:
            return None
        return max(self.total - self.done, 0) / rate

    def line(self) -> str:
        """E.g. "3/20 done · analysing …/port-strike.en.txt · 1.4/s · 12 s left · 1 failed"."""
        from rich.markup import escape

        from claimcheck.report.controls import neutralise

        parts = [f"{self.done}/{self.total} done" if self.total else f"{self.done} done"]
        if self.current is not None:
            parts.append(f"analysing {escape(neutralise(short(self.current)))}")
        rate = self.rate()
        if rate is not None:
            parts.append(f"{rate:.1f}/s" if rate >= 1 else f"{60 * rate:.1f}/min")
        left = self.seconds_left()
        if left is not None:
            parts.append(f"{duration(left)} left")
        if self.failed:
            parts.append(f"[red]{self.failed} failed[/red]")
        return " · ".join(parts)


def short(source: str, width: int = NAME_WIDTH) -> str:
    return source if len(source) <= width else "…" + source[-(width - 1) :]


def duration(seconds: float) -> str:
    """ "8 s", "3 min", "2 h 05 min": as precise as a person needs."""
    if seconds < 60:
        return f"{seconds:.0f} s"
    if seconds < 3600:
        return f"{seconds / 60:.0f} min"
    hours, minutes = divmod(round(seconds / 60), 60)
    return f"{hours} h {minutes:02d} min"
