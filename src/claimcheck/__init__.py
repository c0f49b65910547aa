"""claimcheck: split a news article into attributed claims and report what each one rests on.

>>> import claimcheck
>>> report = claimcheck.analyze("article.html")      # doctest: +SKIP
>>> [c.source.name for c in report.claims if c.source]  # doctest: +SKIP

``analyze`` is a one-shot over ``Analyzer``, which keeps the HTTP client and the loaded language
models for many sources.
"""

from claimcheck.errors import ClaimcheckError
from claimcheck.models import SCHEMA_VERSION, Article, Claim, Report, Source
from claimcheck.pipeline import Analyzer, AnalyzerOptions, analyze
from claimcheck.version import __version__

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
