"""The claims index: every claim of every report added, in one SQLite file, searchable by words.

One row per report (keyed by its article's URL, else the source as given), one row per claim
with what ``trace`` shows and compares (the text as printed, its normalised words, the speaker
and their type), and an FTS5 table over the normalised words for finding candidates. SQLite from
the standard library is the only database: one file to copy, nothing to run.

Adding a report is idempotent: the same report again changes nothing, a new analysis of the
same article replaces the old one. The file records the index schema it was written with; a
file from a newer claimcheck is refused rather than misread.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Self
from urllib.parse import urlsplit

from claimcheck.errors import IndexCorruptError, IndexMissingError, IndexTooNewError
from claimcheck.index.words import normalise
from claimcheck.version import __version__

__all__ = [
    "INDEX_SCHEMA",
    "AddOutcome",
    "ClaimsIndex",
    "IndexInfo",
    "IndexedClaim",
    "read_reports",
    "report_key",
]

INDEX_SCHEMA = 1  # bump when a table changes shape; an older claimcheck then refuses the file
_BUSY_TIMEOUT_S = 30.0
_COMMIT_EVERY = 500  # reports per transaction when adding many: one fsync per batch, not each
# Candidates come from the query's rarest words: the rarest, then more while the claims that hold
# them add up to under _POSTINGS_BUDGET (a version with one of them changed still has another),
# at most _MOST_TERMS. FTS5 ranks every claim that holds one of them, so the
# budget bounds the time of a query whatever the size of the index; a query of common words
# only (over _COMMON claims for even its rarest) asks for claims that hold all of them instead.
_FEWEST_TERMS = 1
_MOST_TERMS = 8
_POSTINGS_BUDGET = 5_000
_COMMON = 20_000  # claims counted per word at most: past this, a word is common, and no rarer
_FTS_TERM = re.compile(r"\w+")  # how FTS5's unicode61 tokenizer cuts the normalised words

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE reports (
    id        INTEGER PRIMARY KEY,
    key       TEXT NOT NULL UNIQUE,   -- the article URL, else the source as given
    source    TEXT NOT NULL,
    url       TEXT,
    site      TEXT,                   -- the outlet's name, else the URL's host
    title     TEXT,
    published TEXT,                   -- ISO date as the report gives it, partial allowed
    language  TEXT,
    digest    TEXT NOT NULL           -- of what is stored: the same report again is a no-op
);
CREATE TABLE claims (
    id           INTEGER PRIMARY KEY,
    report       INTEGER NOT NULL REFERENCES reports(id),
    claim_id     TEXT NOT NULL,       -- "c3": the id inside its report
    kind         TEXT NOT NULL,
    text         TEXT NOT NULL,       -- the content as the outlet printed it
    normalised   TEXT NOT NULL,       -- words.normalise(text): what is searched
    speaker      TEXT,                -- the resolved name; NULL when unattributed or unresolved
    speaker_type TEXT                 -- models.SourceType value
);
CREATE INDEX claims_by_report ON claims(report, claim_id);
CREATE INDEX reports_by_source ON reports(source);
CREATE VIRTUAL TABLE claims_fts USING fts5(
    normalised, content='claims', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
"""

_CLAIM_COLUMNS = """
    c.id, r.key, r.source, r.url, r.site, r.published, r.language,
    c.claim_id, c.kind, c.text, c.normalised, c.speaker, c.speaker_type
"""


class AddOutcome(StrEnum):
    ADDED = "added"
    REPLACED = "replaced"  # the same article, analysed again with a different result
    UNCHANGED = "unchanged"  # already there, exactly
    SKIPPED = "skipped"  # a failed report: nothing to index


@dataclass(frozen=True, slots=True)
class IndexedClaim:
    """One claim as the index holds it, with the report it appeared in."""

    row: int
    report: str  # the report's key: its article URL, else its source
    source: str
    url: str | None
    site: str | None
    published: str | None
    language: str | None
    claim_id: str
    kind: str
    text: str
    normalised: str
    speaker: str | None
    speaker_type: str | None

    @property
    def ref(self) -> str:
        """``REPORT#cN``: what ``claimcheck trace`` takes to start from this claim."""
        return f"{self.report}#{self.claim_id}"


@dataclass(frozen=True, slots=True)
class IndexInfo:
    """What ``claimcheck index info`` prints."""

    path: Path
    schema: int
    written_by: str
    reports: int
    claims: int
    size_bytes: int
    languages: dict[str, int]  # reports per language
    undated: int  # reports with no published date
    oldest: str | None
    newest: str | None


class ClaimsIndex:
    """An open claims index; use as a context manager, or call ``close``."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._db = connection
        self.path = path

    @classmethod
    def open(cls, path: Path, *, create: bool = False) -> Self:
        """The index at ``path``; with ``create``, a new one when no file is there.

        Raises ``IndexMissingError``, ``IndexCorruptError`` or ``IndexTooNewError``.
        """
        if not path.exists() and not create:
            raise IndexMissingError(
                f"no claims index at {path} (build one with `claimcheck analyze … --index "
                f"{path}` or `claimcheck index add {path} REPORTS.jsonl`)"
            )
        if path.exists() and not path.is_file():
            raise IndexCorruptError(f"{path} is not a file, so not a claims index")
        try:
            db = sqlite3.connect(path, timeout=_BUSY_TIMEOUT_S, check_same_thread=False)
        except sqlite3.Error as exc:
            raise IndexCorruptError(f"cannot open the claims index {path}: {exc}") from None
        index = cls(db, path)
        try:
            index._prepare()
        except sqlite3.Error as exc:
            db.close()
            raise IndexCorruptError(f"{path} is not a usable claims index: {exc}") from None
        except (IndexCorruptError, IndexTooNewError):
            db.close()
            raise
        return index

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    def add(self, report: Mapping[str, Any]) -> AddOutcome:
        """Store one report (its JSON form, as ``report_to_dict`` gives or a JSONL line holds)."""
        with self._db:
            return self._add(report)

    def add_many(self, reports: Iterable[Mapping[str, Any]]) -> dict[AddOutcome, int]:
        """Store many reports, a few hundred per transaction; how many had each outcome."""
        counts = dict.fromkeys(AddOutcome, 0)
        batch = 0
        try:
            for report in reports:
                counts[self._add(report)] += 1
                batch += 1
                if batch >= _COMMIT_EVERY:
                    self._db.commit()
                    batch = 0
        finally:
            self._db.commit()  # what was added before a bad line or Ctrl-C is kept
        return counts

    def info(self) -> IndexInfo:
        rows = self._db.execute("SELECT count(*), min(published), max(published) FROM reports")
        reports, oldest, newest = rows.fetchone()
        (claims,) = self._db.execute("SELECT count(*) FROM claims").fetchone()
        (undated,) = self._db.execute(
            "SELECT count(*) FROM reports WHERE published IS NULL"
        ).fetchone()
        languages = dict(
            self._db.execute(
                "SELECT coalesce(language, '?'), count(*) FROM reports GROUP BY 1 ORDER BY 1"
            ).fetchall()
        )
        sizes = (Path(f"{self.path}{suffix}") for suffix in ("", "-wal"))
        return IndexInfo(
            path=self.path,
            schema=int(self._meta("schema")),
            written_by=self._meta("claimcheck_version"),
            reports=reports,
            claims=claims,
            size_bytes=sum(p.stat().st_size for p in sizes if p.exists()),
            languages=languages,
            undated=undated,
            oldest=oldest,
            newest=newest,
        )

    def claim(self, ref: str) -> IndexedClaim | None:
        """The claim ``REPORT#cN`` names: REPORT is a report's URL or source as indexed."""
        report, _, claim_id = ref.rpartition("#")
        row = self._db.execute(
            f"SELECT {_CLAIM_COLUMNS} FROM reports r JOIN claims c ON c.report = r.id "
            "WHERE r.id = (SELECT id FROM reports WHERE key = ? UNION ALL "
            "              SELECT id FROM reports WHERE source = ? LIMIT 1) AND c.claim_id = ?",
            (report, report, claim_id),
        ).fetchone()
        return IndexedClaim(*row) if row else None

    def candidates(self, normalised: str, limit: int) -> list[IndexedClaim]:
        """Claims that share the rarest words of ``normalised``, best FTS5 rank first."""
        terms, common = self._rarest_terms(normalised)
        if not terms:
            return []
        # Common words only: the claims that hold them all, in index order (ranking them all
        # would cost a pass over posting lists as long as the index).
        match = (" AND " if common else " OR ").join(f'"{term}"' for term in terms)
        order = "" if common else "ORDER BY rank"
        rows = self._db.execute(
            f"SELECT {_CLAIM_COLUMNS} FROM claims c JOIN reports r ON r.id = c.report "
            "JOIN (SELECT rowid, rank FROM claims_fts WHERE claims_fts MATCH ? "
            f"      {order} LIMIT ?) f ON f.rowid = c.id ORDER BY f.rank, c.id",
            (match, limit),
        )
        return [IndexedClaim(*row) for row in rows]

    def _rarest_terms(self, normalised: str) -> tuple[list[str], bool]:
        """The query's words the index holds, fewest claims first (numbers last: a changed
        number is what a trace must find), and whether they are all common words.

        A word in every other claim ("said", "the") finds nothing a rare one does not, and costs
        a long posting list. Claims are counted up to ``_COMMON`` per word, so that counting
        costs little even for "the".
        """
        counts = []
        for term in sorted(set(_FTS_TERM.findall(normalised))):
            (claims,) = self._db.execute(
                "SELECT count(*) FROM (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ? "
                "LIMIT ?)",
                (f'"{term}"', _COMMON),
            ).fetchone()
            if claims:
                counts.append((term.isdigit(), claims, term))
        counts.sort()
        if counts and counts[0][1] >= _COMMON:
            return [term for _, _, term in counts[:_MOST_TERMS]], True
        chosen: list[str] = []
        postings = 0
        for _, claims, term in counts[:_MOST_TERMS]:
            if len(chosen) >= _FEWEST_TERMS and postings + claims > _POSTINGS_BUDGET:
                break
            chosen.append(term)
            postings += claims
        return chosen, False

    def _add(self, report: Mapping[str, Any]) -> AddOutcome:
        if report.get("error") is not None or report.get("article") is None:
            return AddOutcome.SKIPPED
        row = _report_row(report)
        claims = [_claim_row(claim) for claim in report.get("claims", [])]
        digest = _digest(row, claims)
        found = self._db.execute(
            "SELECT id, digest FROM reports WHERE key = ?", (row["key"],)
        ).fetchone()
        if found is not None and found[1] == digest:
            return AddOutcome.UNCHANGED
        if found is not None:
            self._remove(found[0])
        cursor = self._db.execute(
            "INSERT INTO reports (key, source, url, site, title, published, language, digest) "
            "VALUES (:key, :source, :url, :site, :title, :published, :language, :digest)",
            {**row, "digest": digest},
        )
        report_id = cursor.lastrowid
        for claim in claims:
            claim_row = self._db.execute(
                "INSERT INTO claims (report, claim_id, kind, text, normalised, speaker, "
                "speaker_type) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (report_id, *claim),
            ).lastrowid
            self._db.execute(
                "INSERT INTO claims_fts (rowid, normalised) VALUES (?, ?)", (claim_row, claim[3])
            )
        return AddOutcome.ADDED if found is None else AddOutcome.REPLACED

    def _remove(self, report_id: int) -> None:
        """A report's rows, and its words from the FTS5 table (external content: by hand)."""
        self._db.execute(
            "INSERT INTO claims_fts (claims_fts, rowid, normalised) "
            "SELECT 'delete', id, normalised FROM claims WHERE report = ?",
            (report_id,),
        )
        self._db.execute("DELETE FROM claims WHERE report = ?", (report_id,))
        self._db.execute("DELETE FROM reports WHERE id = ?", (report_id,))

    def _prepare(self) -> None:
        """Create the tables in an empty file; check the schema of an existing one."""
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        tables = {row[0] for row in self._db.execute("SELECT name FROM sqlite_master")}
        if not tables:
            with self._db:
                self._db.executescript(_SCHEMA)
                self._db.executemany(
                    "INSERT INTO meta VALUES (?, ?)",
                    [("schema", str(INDEX_SCHEMA)), ("claimcheck_version", __version__)],
                )
        elif "meta" not in tables:
            raise IndexCorruptError(f"{self.path} is an SQLite file but not a claims index")
        self._check_schema()

    def _check_schema(self) -> None:
        try:
            schema = int(self._meta("schema"))
        except (TypeError, ValueError):
            raise IndexCorruptError(f"{self.path} has no readable index schema") from None
        if schema > INDEX_SCHEMA:
            raise IndexTooNewError(
                f"{self.path} was written by claimcheck {self._meta('claimcheck_version')} "
                f"with index schema {schema}; this claimcheck {__version__} reads index schema "
                f"{INDEX_SCHEMA}: reading it needs a claimcheck that knows index schema {schema} "
                "(upgrade claimcheck-news)"
            )

    def _meta(self, key: str) -> str:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else ""


def read_reports(lines: Iterable[str]) -> Iterator[tuple[int, Mapping[str, Any] | None]]:
    """(line number, report) for each non-blank JSONL line; None for a line that is no report."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except ValueError:
            yield number, None
            continue
        is_report = isinstance(data, dict) and "claims" in data and "source" in data
        yield number, data if is_report else None


def report_key(url: str | None, source: str) -> str:
    """What identifies a report in the index, and REPORT in ``REPORT#cN``: the article's URL,
    else the source as given (a file's path)."""
    return url or source


def _report_row(report: Mapping[str, Any]) -> dict[str, Any]:
    article = report["article"]
    url = article.get("url")
    return {
        "key": report_key(url, report["source"]),
        "source": report["source"],
        "url": url,
        "site": article.get("site") or (urlsplit(url).hostname if url else None),
        "title": article.get("title"),
        "published": article.get("published"),
        "language": article.get("language"),
    }


def _claim_row(claim: Mapping[str, Any]) -> tuple[str, str, str, str, str | None, str | None]:
    text = claim["content"]["text"]
    source = claim.get("source") or {}
    speaker = source.get("name") or None  # an unresolved pronoun has an empty name
    return (claim["id"], claim["kind"], text, normalise(text), speaker, source.get("type"))


def _digest(row: Mapping[str, Any], claims: Sequence[tuple[Any, ...]]) -> str:
    payload = json.dumps([row, claims], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(payload.encode()).hexdigest()
