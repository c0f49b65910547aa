"""claimcheck: split a news article into attributed claims and report what each one rests on.

>>> import claimcheck
>>> report = claimcheck.analyze("article.html")      # doctest: +SKIP
>>> [c.source.name for c in report.claims if c.source]  # doctest: +SKIP

``analyze`` is a one-shot over ``Analyzer``, which keeps the HTTP client and the loaded language
models for many sources.

The names below are imported on first use (PEP 562), so ``claimcheck --help`` and
``claimcheck schema`` start without loading the HTTP and NLP stacks behind them.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from claimcheck.version import __version__

if TYPE_CHECKING:
    from claimcheck.errors import ClaimcheckError
    from claimcheck.models import SCHEMA_VERSION, Article, Claim, Report, Source
    from claimcheck.pipeline import Analyzer, AnalyzerOptions, analyze

__all__ = [
    "SCHEMA_VERSION",
    "Analyzer",
    "AnalyzerOptions",
    "Article",
    "Claim",
    "ClaimcheckError",
    "Report",
    "Source",
    "__version__",
    "analyze",
]

_HOMES = {
    "ClaimcheckError": "claimcheck.errors",
    "SCHEMA_VERSION": "claimcheck.models",
    "Article": "claimcheck.models",
    "Claim": "claimcheck.models",
    "Report": "claimcheck.models",
    "Source": "claimcheck.models",
    "Analyzer": "claimcheck.pipeline",
    "AnalyzerOptions": "claimcheck.pipeline",
    "analyze": "claimcheck.pipeline",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'claimcheck' has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
