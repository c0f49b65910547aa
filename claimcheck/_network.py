"""The sockets under claimcheck's HTTP client: one deadline per exchange, and the address guard.

httpx's timeouts are per operation: a server that sends its headers one byte a second answers
every read in time and holds a fetch for ever. And a guard that resolves a name and then lets
the connection resolve it again can be fooled by DNS rebinding (public the first time, private
the second). Both are settled here, where httpcore opens and reads sockets:

- ``exchange_deadline(seconds)`` bounds everything the current thread does on the network until
  it ends: connecting, TLS, sending, the headers and the body, every redirect hop included;
- ``GuardedBackend(guard)`` resolves a name once, lets ``guard`` refuse it (``fetch`` refuses a
  name unless every address is public), and connects only to an address the guard passed. The
  URL's host name is left to httpcore, so the ``Host`` header and the TLS server name (SNI,
  certificate check) are still the name, as usual.
"""

from __future__ import annotations

import socket
import ssl
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import httpcore

# httpcore's own socket stream (TLS, TLS in TLS): wrapped, not rewritten.
from httpcore._backends.sync import SyncStream

from claimcheck.errors import one_line

__all__ = ["Address", "GuardedBackend", "exchange_deadline", "resolve"]

# When the current exchange must be over (time.monotonic()), or None outside a fetch. A context
# variable: each --follow thread fetches with its own deadline.
_DEADLINE: ContextVar[float | None] = ContextVar("claimcheck_exchange_deadline", default=None)

_SocketOption = (
    tuple[int, int, int] | tuple[int, int, bytes | bytearray] | tuple[int, int, None, int]
)
Address = tuple[int, Any]  # (address family, socket address), as getaddrinfo gives them
# Raises unless the host's addresses may be connected to: (host, port, addresses).
Guard = Callable[[str, int, list[Address]], None]


@contextmanager
def exchange_deadline(seconds: float) -> Iterator[None]:
    """Everything this thread does on the network inside the block ends within ``seconds``."""
    token = _DEADLINE.set(time.monotonic() + seconds)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def _bounded(timeout: float | None, late: Callable[[str], Exception]) -> float | None:
    """The per-operation ``timeout``, shortened to what is left of the exchange's deadline."""
    deadline = _DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise late("the deadline for the whole exchange has passed")
    return left if timeout is None else min(timeout, left)


def resolve(host: str, port: int) -> list[Address]:
    """Every address ``host`` has, as (family, socket address); raises ``httpcore.ConnectError``.

    A name the IDNA codec refuses (a label over 63 characters) is a failed resolution, like any
    other name that does not resolve.
    """
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except UnicodeError:
        raise httpcore.ConnectError(
            f"{host} is not a valid host name (a part of it is empty or over 63 characters)"
        ) from None
    except OSError as exc:
        raise httpcore.ConnectError(f"could not resolve {host}: {one_line(exc)}") from None
    return [(int(family), sockaddr) for family, _, _, _, sockaddr in infos]


class GuardedBackend(httpcore.NetworkBackend):
    """httpcore's socket layer with a deadline on every operation and, given a ``guard``, the
    address check applied to the very addresses each connection may go to."""

    def __init__(self, guard: Guard | None = None) -> None:
        self.guard = guard

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[_SocketOption] | None = None,
    ) -> httpcore.NetworkStream:
        """A connection to the first address of ``host`` that answers, each one checked first."""
        addresses = resolve(host, port)
        if self.guard is not None:
            self.guard(host, port, addresses)
        failure: Exception = httpcore.ConnectError(f"could not resolve {host}")
        for family, sockaddr in addresses:
            try:
                sock = _connect(family, sockaddr, _bounded(timeout, httpcore.ConnectTimeout))
            except TimeoutError as exc:
                raise httpcore.ConnectTimeout(one_line(exc)) from None
            except OSError as exc:
                failure = httpcore.ConnectError(one_line(exc))
                continue
            for option in socket_options or ():
                sock.setsockopt(*option)
            return DeadlineStream(SyncStream(sock))
        raise failure

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[_SocketOption] | None = None,
    ) -> httpcore.NetworkStream:
        """Never used: claimcheck fetches over TCP only."""
        raise httpcore.ConnectError("claimcheck does not fetch over Unix sockets")


def _connect(family: int, sockaddr: Any, timeout: float | None) -> socket.socket:
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.settimeout(timeout)
        sock.connect(sockaddr)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    except BaseException:
        sock.close()
        raise
    return sock


class DeadlineStream(httpcore.NetworkStream):
    """A socket stream whose every read and write ends by the exchange's deadline."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, bounded))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)
