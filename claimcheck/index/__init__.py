"""The claims index: reports remembered across articles, and ``trace`` over them.

    store.py     the SQLite file (FTS5 over each claim's normalised words)
    words.py     a claim's words as they are compared: folded, with numbers and names told apart
    matching.py  one version against the reference: same, altered, misattributed, paraphrase
    trace.py     a query to a timeline of appearances and the first one

Only the standard library's ``sqlite3`` and rapidfuzz: opening an index never loads spaCy.
"""

from __future__ import annotations

from claimcheck.index.matching import Status
from claimcheck.index.store import INDEX_SCHEMA, AddOutcome, ClaimsIndex, IndexedClaim, IndexInfo
from claimcheck.index.trace import Appearance, TraceResult, appearance_links, trace, trace_to_dict

__all__ = [
    "INDEX_SCHEMA",
    "AddOutcome",
    "Appearance",
    "ClaimsIndex",
    "IndexInfo",
    "IndexedClaim",
    "Status",
    "TraceResult",
    "appearance_links",
    "trace",
    "trace_to_dict",
]
