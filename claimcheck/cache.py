"""The fetch cache: pages fetched once are kept, so re-running an analysis does not refetch them.

One SQLite file (stdlib ``sqlite3``) in the user cache directory holds, per URL, the bytes and
the facts needed to decode them again exactly as the first time: the final URL after redirects,
the status, the content-type header and charset, a few other headers, and when it was fetched.

Several worker processes of one run may share the file, so the database is in WAL mode (readers
never wait for the writer), every read or write is one short transaction, and a busy writer is
waited for rather than failed. Within a process, ``--follow`` fetches from several threads: the
one connection is shared between them, one use at a time under a lock. A copy older than
``MAX_AGE`` is fetched again (``--offline`` still serves it: an old copy beats none). The folder
is made private to the user (0700) and the files in it 0600: the pages a person reads are
theirs, and no password in a URL is written (``credentials.redact``). Only the default directory
needs a third-party helper (platformdirs, imported when needed). A cache is a convenience, never
a reason to fail: a corrupt or unwritable file turns the cache off with one warning
(``FetchCache.problem``) and the analysis goes on without it, and a single damaged row is a miss
with a warning (``DamagedEntryError``). Only ``fetch`` decides what is worth keeping; this module
only stores it.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urldefrag

from claimcheck.credentials import redact
from claimcheck.errors import one_line
from claimcheck.models import Payload

__all__ = [
    "CACHE_DIR_ENV",
    "CACHE_FILE",
    "MAX_AGE",
    "CacheInfo",
    "CacheMode",
    "DamagedEntryError",
    "FetchCache",
    "cache_path",
    "clear",
    "default_cache_dir",
    "info",
    "open_cache",
]

CACHE_DIR_ENV = "CLAIMCHECK_CACHE_DIR"
CACHE_FILE = "fetch-cache.sqlite3"

# Bump when the table changes shape; a file written by a newer claimcheck is left alone.
_FORMAT = 1
# A writer holds the lock for one INSERT (a few ms even for a 10 MB page); waiting this long
# means something is wrong, and then the cache is turned off rather than the run stalled.
_BUSY_TIMEOUT_S = 30.0
_SIDE_FILES = ("-wal", "-shm", "-journal")
# A cached page older than this is fetched again: news pages are corrected and updated.
MAX_AGE = timedelta(days=30)
_PRIVATE_DIR = 0o700
_PRIVATE_FILE = 0o600
_T = TypeVar("_T")
_OK = 200  # the status of a page kept without one (the table wants one; none is read back)
# Connections a forked child inherited from its parent. Closing one in the child would drop the
# child's own POSIX locks on the file, so they are kept, unused, until the process ends.
_INHERITED: list[sqlite3.Connection] = []

_SCHEMA = """
CREATE TABLE IF NOT EXISTS pages (
    url          TEXT PRIMARY KEY,   -- as requested, without its #fragment
    final_url    TEXT NOT NULL,      -- after redirects
    status       INTEGER NOT NULL,
    content_type TEXT,               -- the bare MIME type the server gave, if any
    charset      TEXT,               -- the charset parameter of the Content-Type header, if any
    headers      TEXT NOT NULL,      -- JSON object of the headers worth keeping, names lower-case
    body         BLOB NOT NULL,
    fetched_at   TEXT NOT NULL       -- ISO 8601, UTC
)
"""


class DamagedEntryError(Exception):
    """A cached row that cannot be read back (a bad date, bad JSON): a miss, with a warning."""


class CacheMode(StrEnum):
    """How a run uses the cache: the CLI's default, ``--refresh``, ``--offline``, ``--no-cache``."""

    USE = "use"  # serve what is cached, fetch what is not and keep it
    REFRESH = "refresh"  # fetch every page again and keep the new copy
    OFFLINE = "offline"  # serve only what is cached; never touch the network
    OFF = "off"  # neither read nor write


@dataclass(frozen=True, slots=True)
class CacheInfo:
    """What ``claimcheck cache info`` prints."""

    path: Path
    entries: int
    size_bytes: int  # the database file and its write-ahead log, on disk
    oldest: datetime | None = None
    newest: datetime | None = None


def default_cache_dir() -> Path:
    """``$CLAIMCHECK_CACHE_DIR`` if set, else the platform's user cache directory."""
    configured = os.environ.get(CACHE_DIR_ENV)
    if configured:
        return Path(configured).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("claimcheck", appauthor=False))


def cache_path(directory: Path | None = None) -> Path:
    """The cache file in ``directory``, or in the default directory."""
    return (directory if directory is not None else default_cache_dir()) / CACHE_FILE


def open_cache(mode: CacheMode, directory: Path | None = None) -> FetchCache | None:
    """The cache a run should use, or None for ``CacheMode.OFF``; the file opens on first use."""
    if mode is CacheMode.OFF:
        return None
    return FetchCache(cache_path(directory), mode)


class FetchCache:
    """Pages by URL in one SQLite file, read and written as ``mode`` allows.

    The connection opens on first use and again in a forked child, which must not share its
    parent's. Any SQLite or file-system error turns the cache off for the rest of the run:
    ``problem`` then says why, once, and lookups miss while stores do nothing.
    """

    def __init__(self, path: Path, mode: CacheMode = CacheMode.USE) -> None:
        self.path = path
        self.mode = mode
        self.problem: str | None = None
        self._connection: sqlite3.Connection | None = None
        self._pid = 0
        self._lock = threading.Lock()

    @property
    def offline(self) -> bool:
        """Whether a page missing from the cache must fail instead of being fetched."""
        return self.mode is CacheMode.OFFLINE

    def lookup(self, url: str) -> Payload | None:
        """The cached page for ``url`` (its own ``url`` the final one, after redirects).

        None on a miss, under ``--refresh``, if unusable, or if older than ``MAX_AGE`` (unless
        offline). Raises ``DamagedEntryError`` for a row that cannot be read back; storing the
        page again replaces it."""
        if self.mode is CacheMode.REFRESH:
            return None
        if self.offline and not self.path.exists():
            return None  # nothing was ever cached here; offline, do not create a file

        def read(db: sqlite3.Connection) -> tuple[Any, ...] | None:
            row: tuple[Any, ...] | None = db.execute(
                "SELECT url, final_url, status, body, fetched_at, content_type, charset, headers"
                " FROM pages WHERE url = ?",
                (_key(url),),
            ).fetchone()
            return row

        row = self._attempt(read)
        if row is None:
            return None
        try:
            page = _page(row)
        except (ValueError, TypeError, AttributeError) as exc:  # bad ISO date, bad JSON, NULLs
            raise DamagedEntryError(
                f"the cached copy of {_key(url)} could not be read ({one_line(exc)}), "
                "so it was fetched again"
            ) from None
        fetched_at = page.fetched_at or datetime.now(UTC)  # always set on a page read back
        if not self.offline and datetime.now(UTC) - fetched_at > MAX_AGE:
            return None
        return page

    def store(self, url: str, page: Payload) -> None:
        """Keep ``page`` under ``url``, the URL asked for, and, if it differs, under its final
        URL (``page.url``)."""
        if self.mode is CacheMode.OFFLINE:
            return
        final_url = page.url or url
        rows = [_row(key, final_url, page) for key in dict.fromkeys((_key(url), _key(final_url)))]

        def write(db: sqlite3.Connection) -> None:
            # IMMEDIATE takes the write lock at once, so a busy writer is waited for (busy
            # timeout) instead of failing when a read lock cannot be upgraded.
            db.execute("BEGIN IMMEDIATE")
            try:
                db.executemany(
                    "INSERT OR REPLACE INTO pages"
                    " (url, final_url, status, content_type, charset, headers, body, fetched_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    rows,
                )
            except BaseException:
                with suppress(sqlite3.Error):  # SQLite may have rolled back already
                    db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")

        self._attempt(write)

    def close(self) -> None:
        with self._lock:
            self._disconnect()

    def _attempt(self, work: Callable[[sqlite3.Connection], _T]) -> _T | None:
        """``work`` on the connection; None, and the cache off for good, if SQLite fails."""
        with self._lock:
            if self.problem is not None:
                return None
            try:
                if self._connection is None or self._pid != os.getpid():
                    self._disconnect()
                    self._connection = _connect(self.path)
                    self._pid = os.getpid()
                return work(self._connection)
            except (sqlite3.Error, OSError) as exc:
                self.problem = (
                    f"the fetch cache {self.path} is unusable ({one_line(exc)}), so pages are "
                    "not cached in this run; `claimcheck cache clear` starts a new one"
                )
                self._disconnect()
                return None

    def _disconnect(self) -> None:
        """Close the connection if this process opened it; a forked child sets it aside."""
        if self._connection is None:
            return
        if self._pid == os.getpid():
            with suppress(sqlite3.Error):
                self._connection.close()
        else:
            _INHERITED.append(self._connection)
        self._connection = None


def info(directory: Path | None = None) -> CacheInfo:
    """Where the cache is, how many pages it holds and how big it is; raises ``sqlite3.Error``."""
    path = cache_path(directory)
    size = sum(_size(Path(f"{path}{suffix}")) for suffix in ("", *_SIDE_FILES))
    if not path.exists():
        return CacheInfo(path, 0, size)
    db = _connect(path)
    try:
        count, oldest, newest = db.execute(
            "SELECT count(*), min(fetched_at), max(fetched_at) FROM pages"
        ).fetchone()
    finally:
        db.close()
    return CacheInfo(path, count, size, _parse_time(oldest), _parse_time(newest))


def clear(directory: Path | None = None) -> int | None:
    """Empty the cache and give its space back; return how many pages it held.

    A file SQLite cannot read is deleted instead (the way out the warning suggests): None.
    """
    path = cache_path(directory)
    if not path.exists():
        return 0
    try:
        db = _connect(path)
        try:
            removed: int = db.execute("DELETE FROM pages").rowcount
            db.execute("VACUUM")
        finally:
            db.close()
    except sqlite3.OperationalError:
        raise  # locked, read-only, cannot open: the file may be fine, so it is not deleted
    except sqlite3.DatabaseError:
        for suffix in ("", *_SIDE_FILES):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return None
    return removed


def _connect(path: Path) -> sqlite3.Connection:
    """A connection in WAL mode with the table in place, the directory made if need be.

    The connection may be used from any thread (``check_same_thread=False``): ``FetchCache``
    lets one thread at a time use it, under its lock.
    """
    _make_private(path)
    db = sqlite3.connect(
        path, timeout=_BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
    )
    try:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > _FORMAT:
            raise sqlite3.DatabaseError(f"written by a newer claimcheck (format {version})")
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")  # losing the last page in a power cut is fine
        if version < _FORMAT:
            db.execute(_SCHEMA)
            db.execute(f"PRAGMA user_version = {_FORMAT}")
    except BaseException:
        db.close()
        raise
    return db


def _make_private(path: Path) -> None:
    """The cache folder (when we make it) 0700, the database and its side files 0600.

    SQLite creates its -wal and -shm files with the database file's permissions, so the file
    is created 0600 before SQLite opens it. A folder the user chose and that exists already
    is left as it is (it may be shared on purpose); the files in it are still private.
    """
    path.parent.mkdir(mode=_PRIVATE_DIR, parents=True, exist_ok=True)
    os.close(os.open(path, os.O_RDWR | os.O_CREAT, _PRIVATE_FILE))
    for suffix in ("", *_SIDE_FILES):
        with suppress(FileNotFoundError):
            Path(f"{path}{suffix}").chmod(_PRIVATE_FILE)


def _key(url: str) -> str:
    """The cache key of a URL: the fragment names a place in the page, not another page, and a
    password in it is not written to disk (``credentials.redact``)."""
    return redact(urldefrag(url).url)


def _row(key: str, final_url: str, page: Payload) -> tuple[object, ...]:
    """The table's row for a page; the table, unchanged since format 1, wants a status and a
    time, which only a fetched page (the one kind ``fetch`` keeps) always has."""
    return (
        key,
        redact(final_url),
        page.status if page.status is not None else _OK,
        page.content_type,
        page.charset,
        json.dumps(dict(page.headers), sort_keys=True),
        page.body,
        (page.fetched_at or datetime.now(UTC)).astimezone(UTC).isoformat(),
    )


def _page(row: tuple[Any, ...]) -> Payload:
    _, final_url, status, body, fetched_at, content_type, charset, headers = row
    return Payload(
        body=bytes(body),
        url=final_url,
        status=status,
        fetched_at=datetime.fromisoformat(fetched_at),
        content_type=content_type,
        charset=charset,
        headers=json.loads(headers),
    )


def _parse_time(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
