"""Turning what the user named into the sources to analyse, one ``InputItem`` each.

A source argument may stand for many sources: a directory (its article files, recursively), a
WARC file (each HTML response record in it), or an ``--input-list`` file (one URL or path a
line). Expansion is lazy, so a 1 GB WARC is read one record at a time and never unpacked to
disk. Every item pickles, so it can travel to a worker process or a Dask worker.
"""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterable, Iterator
from contextlib import redirect_stderr
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, BinaryIO

__all__ = [
    "ARTICLE_SUFFIXES",
    "InputItem",
    "expand",
    "is_directory",
    "is_warc",
    "read_input_list",
]

ARTICLE_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".txt"})
_WARC_SUFFIXES = (".warc", ".warc.gz")
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


@dataclass(frozen=True)
class InputItem:
    """One source to analyse: a name the report carries, and its bytes when they came with it.

    ``data`` is None for a URL or a file the analyzer reads itself; a WARC record (or standard
    input read up front for worker processes) brings its bytes, with what its HTTP headers said.
    ``error`` is set when the input could not even be read (an unreadable WARC file): the item
    still gets its one report, which carries the error.
    """

    source: str
    data: bytes | None = None
    url: str | None = None
    content_type: str | None = None
    charset: str | None = None
    fetched_at: datetime | None = None
    error: str | None = None
    error_type: str = "input"  # the report's error.type when ``error`` is set


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
        if source.lower().startswith(("http://", "https://")) or source == "-":
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
        yield InputItem(path, error=f"cannot read the WARC file {path}: {_reason(exc)}")


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
        return f"is damaged ({_reason(exc)})"
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
    mime, charset = _content_type(record.http_headers.get_header("Content-Type"))
    if not (status or "").startswith("2") or mime not in _HTML_TYPES:
        return None
    target = record.rec_headers.get_header("WARC-Target-URI") or ""
    name = f"{path}#{target}"
    body = _read_limited(record.content_stream(), max_bytes)
    if body is None:
        too_large = f"the record is larger than {max_bytes:,} bytes (--max-bytes)"
        return InputItem(name, error=too_large, error_type="too_large")
    return InputItem(
        name,
        data=body,
        url=target or None,
        content_type=mime,
        charset=charset,
        fetched_at=_warc_date(record.rec_headers.get_header("WARC-Date")),
    )


def _read_limited(stream: IO[bytes], limit: int) -> bytes | None:
    body = stream.read(limit + 1)
    return None if len(body) > limit else body


def _content_type(value: str | None) -> tuple[str | None, str | None]:
    if not value:
        return None, None
    mime, *params = (part.strip() for part in value.split(";"))
    charset = next(
        (p.split("=", 1)[1].strip("\"' ") for p in params if p.lower().startswith("charset=")),
        None,
    )
    return mime.lower() or None, charset or None


def _warc_date(value: str | None) -> datetime | None:
    """The record's WARC-Date (when the page was crawled), in UTC."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _reason(exc: Exception) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__
