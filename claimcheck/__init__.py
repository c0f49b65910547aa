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

from typing import TYPE_CHECKING

from claimcheck._lazy import lazy_names
from claimcheck.version import __version__

if TYPE_CHECKING:
    from claimcheck.batch import Engine, analyze_many
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
    "Engine",
    "Report",
    "Source",
    "__version__",
    "analyze",
    "analyze_many",
]

_HOMES = {
    "ClaimcheckError": "claimcheck.errors",
    "Engine": "claimcheck.batch",
    "analyze_many": "claimcheck.batch",
    "SCHEMA_VERSION": "claimcheck.models",
    "Article": "claimcheck.models",
    "Claim": "claimcheck.models",
    "Report": "claimcheck.models",
    "Source": "claimcheck.models",
    "Analyzer": "claimcheck.pipeline",
    "AnalyzerOptions": "claimcheck.pipeline",
    "analyze": "claimcheck.pipeline",
}


__getattr__, __dir__ = lazy_names(__name__, _HOMES, __all__)
