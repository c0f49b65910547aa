"""Names a package imports on first use (PEP 562).

``claimcheck --help`` and ``claimcheck schema`` must start without the HTTP and NLP stacks, yet
``claimcheck.Analyzer`` and ``claimcheck.report.render_text`` should read as plain attributes.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping, Sequence
from importlib import import_module
from typing import Any


def lazy_names(
    package: str, homes: Mapping[str, str], public: Sequence[str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of ``package``: each name of ``homes`` is imported
    from its module the first time it is read, then kept in the package like any other."""

    def attribute(name: str) -> Any:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(home), name)
        setattr(sys.modules[package], name, value)
        return value

    def names() -> list[str]:
        return sorted(public)

    return attribute, names
