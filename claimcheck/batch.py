"""Many sources at once, as the CLI runs them: in this process, in a pool of worker processes,
or on a Dask cluster. ``claimcheck.analyze_many`` is the library's door to all three; the CLI
plans its inputs with ``inputs.plan``, calls it and renders what comes back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from enum import StrEnum
from typing import TYPE_CHECKING

from claimcheck.inputs import InputItem

if TYPE_CHECKING:
    from claimcheck.models import Report
    from claimcheck.pipeline import AnalyzerOptions


class Engine(StrEnum):
    LOCAL = "local"  # this machine: this process, or --workers processes
    DASK = "dask"  # the tasks of a Dask cluster (a LocalCluster without a scheduler address)


def analyze_many(
    sources: Iterable[str | InputItem],
    options: AnalyzerOptions | None = None,
    *,
    workers: int | None = None,
    engine: Engine = Engine.LOCAL,
    scheduler: str | None = None,
    ordered: bool = True,
    warn: Callable[[str], None] | None = None,
) -> Iterator[Report]:
    """Reports for ``sources`` (URLs, files, or items already read), one each.

    With ``workers`` above 1, a pool of that many processes analyses them; with the Dask
    engine, the cluster at ``scheduler`` does, or a local one of ``workers`` processes (one per
    core by default).
    ``ordered=False`` yields each report as soon as it is done. Run-level problems that no
    single report holds (a fetch cache that cannot be written) go to ``warn``.
    Raises ``DaskUnavailableError`` when Dask is missing or its scheduler cannot be reached.
    """
    from claimcheck.pipeline import AnalyzerOptions

    options = options or AnalyzerOptions()
    items = (s if isinstance(s, InputItem) else InputItem(s) for s in sources)
    if engine is Engine.DASK:
        from claimcheck.dask import analyze_on_dask

        yield from analyze_on_dask(
            items, options, scheduler=scheduler, workers=workers, ordered=ordered
        )
    elif workers is not None and workers > 1:
        from claimcheck.parallel import analyze_in_processes

        yield from analyze_in_processes(items, options, workers, ordered=ordered)
    else:
        yield from _in_this_process(items, options, warn)


def _in_this_process(
    items: Iterator[InputItem], options: AnalyzerOptions, warn: Callable[[str], None] | None
) -> Iterator[Report]:
    from claimcheck.pipeline import Analyzer

    with Analyzer(options) as analyzer:
        yield from analyzer.analyze_items(items)
        problem = analyzer.fetch_cache.problem if analyzer.fetch_cache is not None else None
        if problem and warn is not None:
            warn(f"warning: {problem}")
