"""The exceptions claimcheck raises, each tied to a stable ``error.type`` in the report.

    ClaimcheckError                 any failure of one source; never a crash of the batch
    ├── InputError                  input      the source cannot be read (missing file, bad path)
    ├── FetchError                  fetch      network failure: DNS, refused, TLS, bad redirect
    │   ├── HTTPStatusError         http_status  the server answered 4xx/5xx
    │   ├── FetchTimeoutError       timeout    connect or read took too long
    │   ├── TooLargeError           too_large  the body passed --max-bytes
    │   ├── NotHTMLError            not_html   a content type that is not HTML, XHTML or text
    │   ├── NotCachedError          not_cached --offline, and the page is not in the fetch cache
    │   └── PrivateAddressError     private_address  a found link points into a private network
    ├── ExtractionError
    │   ├── EncodingError           encoding   the bytes are not text in any encoding we trust
    │   └── NoArticleError          no_article nothing that reads like an article
    ├── UnsupportedLanguageError    unsupported_language
    ├── ModelMissingError           model_missing  a spaCy pipeline is not installed
    └── RunError                    the command cannot go on; never in a report
        ├── DaskUnavailableError    Dask is not installed, or its scheduler cannot be reached
        └── ClaimsIndexError        a claims index (--index) that cannot be used
            ├── IndexMissingError   no file where an index should be read
            ├── IndexCorruptError   not SQLite, not a claims index, or damaged
            └── IndexTooNewError    written with a newer index schema

The CLI turns each into one line on stderr; but for a ``RunError``, which stops the command, each
also becomes the ``error`` object of its source's report, and the batch goes on.
``ERROR_TYPES`` is read off this tree.
"""

from __future__ import annotations

import re

# What the standard library adds to an OS or TLS error that says nothing to a reader.
_ERRNO = re.compile(r"\[Errno -?\d+\]\s*|\s*\(_ssl\.c:\d+\)")


class ClaimcheckError(Exception):
    """An error claimcheck raises on purpose: it costs one source, never the batch, unless it
    is a ``RunError``."""

    type = "error"


class InputError(ClaimcheckError):
    type = "input"


class FetchError(ClaimcheckError):
    type = "fetch"


class HTTPStatusError(FetchError):
    type = "http_status"

    def __init__(self, message: str, status_code: int) -> None:
        super().__init__(message)
        self.status_code = status_code


class FetchTimeoutError(FetchError):
    type = "timeout"


class TooLargeError(FetchError):
    type = "too_large"

    @classmethod
    def beyond(cls, name: str, limit: int) -> TooLargeError:
        """The error for ``name`` (a URL, a path, "standard input") over ``limit`` bytes."""
        return cls(f"{name} is larger than the {limit:,}-byte limit (raise it with --max-bytes)")


class NotHTMLError(FetchError):
    type = "not_html"


class NotCachedError(FetchError):
    """Offline, a page the cache does not hold: a fetch error, since the page could not be had."""

    type = "not_cached"


class PrivateAddressError(FetchError):
    """A link claimcheck found itself resolves to a private, loopback or metadata address."""

    type = "private_address"


class ExtractionError(ClaimcheckError):
    type = "extraction"


class EncodingError(ExtractionError):
    type = "encoding"


class NoArticleError(ExtractionError):
    type = "no_article"


class UnsupportedLanguageError(ClaimcheckError):
    type = "unsupported_language"


class ModelMissingError(ClaimcheckError):
    type = "model_missing"


class RunError(ClaimcheckError):
    """A failure of the command itself, not of one source: the CLI stops with it."""

    type = "run"


class DaskUnavailableError(RunError):
    """Dask is not installed, or the scheduler cannot be reached: nothing can be analysed."""

    type = "dask"


class ClaimsIndexError(RunError):
    """A claims index (``--index PATH``) that cannot be used: the whole command stops, with one
    line saying why: it is no one source's failure."""

    type = "claims_index"


class IndexMissingError(ClaimsIndexError):
    """No file at the path given to a command that reads an index."""


class IndexCorruptError(ClaimsIndexError):
    """The file is not SQLite, or not a claims index, or is damaged."""


class IndexTooNewError(ClaimsIndexError):
    """Written by a newer claimcheck, with an index schema this one does not know."""


# A bug caught at the boundary: the report says so, and the batch goes on.
INTERNAL = "internal"


def report_error_classes() -> list[type[ClaimcheckError]]:
    """The errors a report can carry, in the order of the tree above."""

    def below(cls: type[ClaimcheckError]) -> list[type[ClaimcheckError]]:
        found: list[type[ClaimcheckError]] = []
        for sub in cls.__subclasses__():
            if not issubclass(sub, RunError):
                found += [sub, *below(sub)]
        return found

    return below(ClaimcheckError)


def error_class(error_type: str) -> type[ClaimcheckError]:
    """The class of a report's ``error.type``: an input that failed before analysis (an
    unreadable WARC record) is raised as the error its type names."""
    return next((c for c in report_error_classes() if c.type == error_type), InputError)


ERROR_TYPES: tuple[str, ...] = (*(c.type for c in report_error_classes()), INTERNAL)
"""Every value ``error.type`` can take; ``internal`` marks a bug caught at the boundary."""


def one_line(what: BaseException | str) -> str:
    """An exception (or a message) as one short line for a report or a terminal.

    White space is folded, and the ``[Errno n]`` prefixes and ``(_ssl.c:…)`` markers the
    standard library adds are dropped; an exception with no message gives its class name.
    """
    text = " ".join(_ERRNO.sub("", str(what)).split())
    if text or isinstance(what, str):
        return text
    return type(what).__name__


def describe(exc: BaseException) -> tuple[str, str]:
    """A failure as a report's ``(error.type, message)``: a ``ClaimcheckError`` by its own type
    and words, anything else as a bug caught at the boundary (``internal``), named by class."""
    if isinstance(exc, ClaimcheckError):
        return exc.type, one_line(exc)
    return INTERNAL, one_line(f"internal error: {type(exc).__name__}: {exc}")
