"""Turning what the user named into the sources to analyse, one ``InputItem`` each, and reading
them.

A source argument may stand for many sources: a directory (its article files, recursively), a
WARC file (each HTML response record in it), or an ``--input-list`` file (one URL or path a
line). Expansion is lazy, so a 1 GB WARC is read one record at a time and never unpacked to
disk. Every item pickles, so it can travel to a worker process or a Dask worker. ``read`` turns
an item (or a source named by a string) into a decoded document: a URL through ``fetch``, a
file, a pipe or standard input here, within ``--max-bytes`` and ``--timeout``.
"""

from __future__ import annotations

import gzip
import io
import os
import re
import select
import stat
import sys
import time
import zlib
from collections.abc import Iterable, Iterator
from contextlib import redirect_stderr
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, BinaryIO

from claimcheck import errors
from claimcheck.decode import HTML_TYPES, parse_content_type, to_document
from claimcheck.errors import FetchTimeoutError, InputError, TooLargeError, one_line
from claimcheck.models import Payload, RawDocument

if TYPE_CHECKING:
    import httpx

    from claimcheck.cache import FetchCache
    from claimcheck.fetch import FetchSettings
    from claimcheck.resume import ResumeState

__all__ = [
    "ARTICLE_SUFFIXES",
    "InputItem",
    "Plan",
    "expand",
    "is_directory",
    "is_url",
    "is_warc",
    "plan",
    "read",
    "read_bounded",
    "read_input_list",
    "stdin_item",
]

ARTICLE_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".txt"})
_WARC_SUFFIXES = (".warc", ".warc.gz")
_STDIN = "standard input"  # what an error calls ``-``
_LOOKS_LIKE_HOST = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/|$)")


@dataclass(frozen=True)
class InputItem:
    """One source to analyse: a name the report carries, and its bytes when they came with it.

    ``payload`` is None for a URL or a file the analyzer reads itself; a WARC record (or
    standard input read up front for worker processes) brings its bytes, with what its HTTP
    headers said. ``error`` is set when the input could not even be read (an unreadable WARC
    file): the item still gets its one report, which carries the error.
    """

    source: str
    payload: Payload | None = None
    error: str | None = None
    error_type: str = "input"  # the report's error.type when ``error`` is set


@dataclass(frozen=True)
class Plan:
    """What a run will analyse: the items, how many when that is known without reading a WARC
    file (whose records are counted as they are read), and whether a name stands for many
    sources (a directory or a WARC file), which a single report must not hide."""

    items: Iterator[InputItem]
    total: int | None
    expands: bool = False

    def remaining(self, done: ResumeState) -> Plan:
        """The plan without the items ``done`` holds a report for (``--resume``), counted again
        when the count is known."""
        items = done.remaining(self.items)
        if self.total is None:
            return Plan(items, None, self.expands)  # a WARC file: skipped as its records are read
        left = list(items)
        return Plan(iter(left), len(left), self.expands)


def plan(names: Iterable[str], max_bytes: int, stdin: BinaryIO | None = None) -> Plan:
    """Every source the names stand for (``expand``), with standard input read up front so that
    a worker process or a cluster can have it (``stdin_item``)."""
    names = list(names)
    items = (
        stdin_item(max_bytes, stdin) if i.source == "-" else i for i in expand(names, max_bytes)
    )
    directories = [Path(name) for name in names if name != "-" and is_directory(name)]
    named_warcs = any(is_warc(name) for name in names)
    expands = bool(directories) or named_warcs
    if named_warcs or any(
        is_warc(path.name) for directory in directories for path in directory.rglob("*")
    ):
        return Plan(items, None, expands)
    listed = list(items)
    return Plan(iter(listed), len(listed), expands)


def is_url(source: str) -> bool:
    """Whether a source is fetched (an ``http(s)://`` URL) rather than read from disk or stdin."""
    return source.lower().startswith(("http://", "https://"))


def is_warc(path: str) -> bool:
    return path.lower().endswith(_WARC_SUFFIXES)


def is_directory(path: str | Path) -> bool:
    """``Path.is_dir``, but False for a name the system refuses to look up.

    A URL or a file name with a part over 255 bytes (or a whole over 4,096) raises "File name
    too long" from ``stat``, and a NUL byte raises ValueError; either must cost that source one
    error report (``fetch`` gives it), not the batch.
    """
    try:
        return Path(path).is_dir()
    except (OSError, ValueError):
        return False


def _is_file(path: str | Path) -> bool:
    """``Path.is_file``, but False for a name the system refuses (see ``is_directory``)."""
    try:
        return Path(path).is_file()
    except (OSError, ValueError):
        return False


def read_input_list(path: Path) -> list[str]:
    """The sources an ``--input-list`` file names; blank lines and ``#`` comments are skipped.

    Raises OSError or UnicodeDecodeError, which the CLI reports as a usage error.
    """
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def expand(sources: Iterable[str], max_bytes: int) -> Iterator[InputItem]:
    """Every source the arguments stand for, in order; ``max_bytes`` bounds a WARC record."""
    for source in sources:
        if is_url(source) or source == "-":
            yield InputItem(source)
        elif is_directory(source):
            yield from _directory(Path(source), max_bytes)
        elif is_warc(source) and _is_file(source):
            yield from warc_records(source, max_bytes)
        else:
            yield InputItem(source)  # a file, or a path whose error the analyzer will report


def _directory(root: Path, max_bytes: int) -> Iterator[InputItem]:
    """Article files and WARC files under ``root``, recursively, in sorted path order."""
    found = sorted(
        path
        for path in root.rglob("*")
        if _is_file(path) and (path.suffix.lower() in ARTICLE_SUFFIXES or is_warc(path.name))
    )
    if not found:
        kinds = ", ".join(sorted(ARTICLE_SUFFIXES) + list(_WARC_SUFFIXES))
        yield InputItem(str(root), error=f"no article files ({kinds}) in the directory {root}")
    for path in found:
        if is_warc(path.name):
            yield from warc_records(str(path), max_bytes)
        else:
            yield InputItem(str(path))


def warc_records(path: str, max_bytes: int) -> Iterator[InputItem]:
    """One item per HTML ``response`` record with a 2xx status, named ``<path>#<target URI>``.

    A file that cannot be opened or read becomes one item carrying the error, after the records
    read before the damage; so does a ``.warc.gz`` cut short, whose last records warcio drops
    without a word.
    """
    try:
        with Path(path).open("rb") as stream:
            empty = True
            for item in _records(path, stream, max_bytes):
                empty = False
                yield item
            damage = _gzip_damage(stream)
        if damage is not None:
            yield InputItem(path, error=f"the WARC file {path} {damage}: records may be lost")
        elif empty:
            yield InputItem(path, error=f"no HTML page (a 2xx response record) in {path}")
    except Exception as exc:  # warcio raises several unrelated types on a damaged archive
        yield InputItem(path, error=f"cannot read the WARC file {path}: {one_line(exc)}")


def _records(path: str, stream: BinaryIO, max_bytes: int) -> Iterator[InputItem]:
    from warcio.archiveiterator import ArchiveIterator

    _check_warc(stream)
    records = iter(ArchiveIterator(stream))
    while True:
        # warcio prints its complaints about a damaged record on stderr; a report says enough.
        with redirect_stderr(io.StringIO()):
            record = next(records, None)
            item = None if record is None else _response_item(path, record, max_bytes)
        if record is None:
            return
        if item is not None:
            yield item


def _gzip_damage(stream: BinaryIO) -> str | None:
    """What is wrong with a gzip file's compressed stream (cut short, garbage), or None.

    Read to the end once more, a megabyte at a time, the output thrown away: gzip raises
    EOFError for a member that does not end, which is how a truncated download looks.
    """
    stream.seek(0)
    if stream.read(2) != b"\x1f\x8b":
        return None
    stream.seek(0)
    try:
        with gzip.GzipFile(fileobj=stream) as unzipped:
            while unzipped.read(1 << 20):
                pass
    except EOFError:
        return "is cut short (its last gzip member does not end)"
    except (OSError, zlib.error) as exc:
        return f"is damaged ({one_line(exc)})"
    return None


def _check_warc(stream: BinaryIO) -> None:
    """Refuse a file that is not a WARC: warcio would read garbage as records."""
    head = stream.read(2)
    stream.seek(0)
    if head == b"\x1f\x8b":
        with gzip.GzipFile(fileobj=stream) as unzipped:
            head = unzipped.read(5)
    else:
        head = stream.read(5)
    stream.seek(0)
    if head != b"WARC/":
        raise ValueError("not a WARC file")


def _response_item(path: str, record: Any, max_bytes: int) -> InputItem | None:
    """The item for an HTML response record with a 2xx status; None for any other record."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    status = record.http_headers.get_statuscode()
    mime, charset = parse_content_type(record.http_headers.get_header("Content-Type"))
    if not (status or "").startswith("2") or mime not in HTML_TYPES:
        return None
    target = record.rec_headers.get_header("WARC-Target-URI") or ""
    name = f"{path}#{target}"
    body = read_bounded(record.content_stream(), max_bytes)
    if body is None:
        too_large = f"the record is larger than {max_bytes:,} bytes (--max-bytes)"
        return InputItem(name, error=too_large, error_type="too_large")
    payload = Payload(
        body,
        url=target or None,
        content_type=mime,
        charset=charset,
        fetched_at=_warc_date(record.rec_headers.get_header("WARC-Date")),
        status=int(status) if status and status.isdigit() else None,
    )
    return InputItem(name, payload=payload)


def read_bounded(stream: IO[bytes], limit: int) -> bytes | None:
    """At most ``limit`` bytes of ``stream``; None if it holds more (one byte over is read)."""
    body = stream.read(limit + 1)
    return None if len(body) > limit else body


def _warc_date(value: str | None) -> datetime | None:
    """The record's WARC-Date (when the page was crawled), in UTC."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def stdin_item(max_bytes: int, stream: BinaryIO | None = None) -> InputItem:
    """Standard input read up front (so that a worker process or a cluster can have it), or
    the error that it holds more than ``max_bytes``."""
    body = read_bounded(stream if stream is not None else sys.stdin.buffer, max_bytes)
    if body is None:
        too_large = TooLargeError.beyond(_STDIN, max_bytes)
        return InputItem("-", error=str(too_large), error_type=too_large.type)
    return InputItem("-", payload=Payload(body))


def read(
    item: InputItem | str,
    settings: FetchSettings,
    *,
    client: httpx.Client | None = None,
    stdin: BinaryIO | None = None,
    cache: FetchCache | None = None,
) -> RawDocument:
    """A source's document: an item's error raised or its bytes decoded, else the source read
    (an ``http(s)://`` URL, ``-`` for standard input, or a local file).

    Only URLs go through ``cache`` (and ``client``, made for the call if not given): a file or
    standard input is read afresh every time.
    """
    item = InputItem(item) if isinstance(item, str) else item
    if item.error is not None:
        raise errors.error_class(item.error_type)(item.error)
    if item.payload is not None:
        if len(item.payload.body) > settings.max_bytes:
            name = _STDIN if item.source == "-" else item.source
            raise TooLargeError.beyond(name, settings.max_bytes)
        return to_document(item.source, item.payload)
    source = item.source
    if is_url(source):
        from claimcheck.fetch import fetch_url, make_client  # httpx: only for a URL

        if client is not None:
            return fetch_url(source, settings, client, cache)
        with make_client(settings) as own_client:
            return fetch_url(source, settings, own_client, cache)
    if source == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        return to_document(source, Payload(_read_within(stream, settings.max_bytes, _STDIN)))
    return to_document(source, Payload(_read_file(source, settings.max_bytes, settings.timeout)))


def _read_file(path: str, limit: int, timeout: float) -> bytes:
    """A file's bytes, up to ``limit``; a named pipe is read within ``timeout`` seconds.

    Opening a FIFO blocks until something writes to it, possibly for ever, so it is opened
    without blocking and read with a deadline (process substitution, ``<(zcat page.gz)``,
    works); sockets and devices are refused.
    """
    try:
        kind = Path(path).stat().st_mode
        if stat.S_ISFIFO(kind):
            return _read_pipe(path, limit, timeout)
        if not stat.S_ISREG(kind) and not stat.S_ISDIR(kind):
            raise InputError(
                f"{path} is not a regular file (a socket or a device); give - for standard input"
            )
        with Path(path).open("rb") as stream:
            return _read_within(stream, limit, path)
    except FileNotFoundError:
        hint = (
            " (for a web page, give the full https:// URL)" if _LOOKS_LIKE_HOST.match(path) else ""
        )
        raise InputError(f"no such file: {path}{hint}") from None
    except IsADirectoryError:
        raise InputError(f"{path} is a directory, not a file") from None
    except PermissionError:
        raise InputError(f"permission denied: {path}") from None
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or one_line(exc)}") from None


def _read_pipe(path: str, limit: int, timeout: float) -> bytes:
    """A named pipe's bytes until its writer closes it; a pipe with no writer reads as empty."""
    deadline = time.monotonic() + timeout
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        chunks: list[bytes] = []
        size = 0
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([descriptor], [], [], left)[0]:
                raise FetchTimeoutError(f"gave up on the named pipe {path} after {timeout:g} s")
            try:
                chunk = os.read(descriptor, 1 << 16)
            except BlockingIOError:  # woken with nothing to read: wait again
                continue
            if not chunk:
                return b"".join(chunks)
            size += len(chunk)
            if size > limit:
                raise TooLargeError.beyond(path, limit)
            chunks.append(chunk)
    finally:
        os.close(descriptor)


def _read_within(stream: IO[bytes], limit: int, name: str) -> bytes:
    """``read_bounded``, with the error that names what held more than ``limit`` bytes."""
    body = read_bounded(stream, limit)
    if body is None:
        raise TooLargeError.beyond(name, limit)
    return body
