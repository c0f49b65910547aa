"""A local HTTP server for tests: real sockets on 127.0.0.1, canned answers, no internet.

Each test registers the routes it needs and gets back absolute URLs::

    url = http_server.route("/article", "<html>…</html>")
    http_server.redirect("/old", "/article")
    http_server.route("/slow", "late", delay=2.0)          # answers after 2 s
    http_server.route("/stall", "x", stall=5.0)            # headers, then 5 s of silence
    http_server.trickle("/drip")                            # one small chunk every 50 ms, for 5 s
    http_server.chunked("/endless")                         # chunked encoding that never ends
    http_server.gzip_bomb("/bomb")                          # 2 MB of gzip that unpacks to 2 GB
    http_server.gzip_bomb("/bomb2", layers=2)               # a few KB: gzip of that gzip bomb
    http_server.slow_headers("/drip-head")                  # the headers, one byte a second

Everything a route does is bounded in time, and pending routes give up when the session ends,
so a client that hangs up early never leaves a thread behind.
"""

from __future__ import annotations

import contextlib
import gzip
import struct
import threading
import time
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, cast
from urllib.parse import urljoin, urlsplit

HTML = "text/html; charset=utf-8"


@dataclass(frozen=True)
class Route:
    """How the server answers one path."""

    status: int = 200
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = ()
    content_length: bool = True  # False: the body ends when the connection closes
    delay: float = 0.0  # seconds of silence before the status line
    stall: float = 0.0  # seconds of silence between the headers and the body
    trickle_for: float = 0.0  # > 0: after the body, repeat it every trickle_every s for this long
    trickle_every: float = 0.05
    chunked: bool = False  # Transfer-Encoding: chunked, each write one chunk (HTTP/1.1)
    header_every: float = 0.0  # > 0: the status line and headers one byte every so many seconds


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]


@dataclass
class _State:
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[RecordedRequest] = field(default_factory=list)
    closing: threading.Event = field(default_factory=threading.Event)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    state: _State

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hangs up mid-answer is what the timeout tests do; stay quiet."""


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"  # one request per connection: no keep-alive to reason about

    def do_GET(self) -> None:
        state = cast(_Server, self.server).state
        state.requests.append(RecordedRequest("GET", self.path, dict(self.headers.items())))
        route = state.routes.get(self.path) or state.routes.get(urlsplit(self.path).path)
        if route is None:
            route = Route(404, b"no such route", (("Content-Type", "text/plain"),))
        with contextlib.suppress(OSError):  # the client gave up: several tests do just that
            self._answer(route, state.closing)

    def _answer(self, route: Route, closing: threading.Event) -> None:
        if closing.wait(route.delay):
            return
        if route.header_every > 0:
            self._drip_headers(route, closing)
            return
        if route.chunked:
            self.protocol_version = "HTTP/1.1"  # chunked framing does not exist in HTTP/1.0
            self.close_connection = True
        self.send_response(route.status)
        for name, value in route.headers:
            self.send_header(name, value)
        if route.chunked:
            self.send_header("Transfer-Encoding", "chunked")
            self.send_header("Connection", "close")
        elif route.content_length:
            self.send_header("Content-Length", str(len(route.body)))
        self.end_headers()
        self.wfile.flush()
        if closing.wait(route.stall):
            return
        self._send(route, route.body)
        end = time.monotonic() + route.trickle_for
        while time.monotonic() < end:
            if closing.wait(route.trickle_every):
                return
            self._send(route, route.body)

    def _drip_headers(self, route: Route, closing: threading.Event) -> None:
        """A status line and headers that never end, one byte at a time: each read is in time
        for a per-read timeout, so only a deadline on the whole exchange stops the client."""
        head = b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n"
        filler = b"X-Slow: " + b"a" * 1000 + b"\r\n"
        data = head + filler * 100
        for index in range(len(data)):
            if closing.wait(route.header_every):
                return
            self.wfile.write(data[index : index + 1])
            self.wfile.flush()

    def _send(self, route: Route, data: bytes) -> None:
        if route.chunked:
            data = b"%x\r\n%s\r\n" % (len(data), data)
        self.wfile.write(data)
        self.wfile.flush()

    def log_message(self, format: str, *args: Any) -> None:
        """Keep pytest's output clean."""


class HTTPTestServer:
    """A threaded server on 127.0.0.1 with an ephemeral port; routes are set per test."""

    def __init__(self) -> None:
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.state = _State()
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self.base_url = f"http://127.0.0.1:{self._server.server_address[1]}"

    def start(self) -> HTTPTestServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.state.closing.set()
        self._server.shutdown()
        self._server.server_close()

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received since the last ``reset``, in order."""
        return self._server.state.requests

    def url(self, path: str) -> str:
        return urljoin(self.base_url, path)

    def route(
        self,
        path: str,
        body: str | bytes = "",
        *,
        status: int = 200,
        content_type: str | None = HTML,
        headers: Mapping[str, str] | None = None,
        content_length: bool = True,
        delay: float = 0.0,
        stall: float = 0.0,
    ) -> str:
        """Answer GET ``path`` with this status, body and headers; returns its URL.

        ``content_type=None`` sends no Content-Type at all; a ``str`` body is sent as UTF-8.
        """
        all_headers = dict(headers or {})
        if content_type is not None:
            all_headers.setdefault("Content-Type", content_type)
        data = body.encode("utf-8") if isinstance(body, str) else body
        return self._add(
            path,
            Route(status, data, tuple(all_headers.items()), content_length, delay, stall),
        )

    def redirect(self, path: str, to: str, status: int = 302) -> str:
        """Redirect ``path`` to ``to`` (a path on this server or any URL); returns its URL."""
        return self._add(path, Route(status, b"", (("Location", self.url(to)),)))

    def trickle(
        self,
        path: str,
        chunk: bytes = b"<p>more</p>\n",
        *,
        every: float = 0.05,
        duration: float = 5.0,
        content_type: str = HTML,
        chunked: bool = False,
    ) -> str:
        """A body with no length that keeps coming: ``chunk`` every ``every`` s for ``duration``,
        until the connection closes, or in HTTP chunks with ``chunked``."""
        route = Route(
            body=chunk,
            headers=(("Content-Type", content_type),),
            content_length=False,
            trickle_for=duration,
            trickle_every=every,
            chunked=chunked,
        )
        return self._add(path, route)

    def chunked(
        self,
        path: str,
        chunk: bytes = b"<p>" + b"endless " * 8000 + b"</p>\n",
        *,
        every: float = 0.0,
        duration: float = 60.0,
        content_type: str = HTML,
    ) -> str:
        """A chunked body that never ends: ``chunk`` every ``every`` s for ``duration`` s.

        With the defaults, 64 KB chunks back to back: a client without a size limit would read
        gigabytes. The route stops when the client hangs up or the session ends.
        """
        return self.trickle(
            path, chunk, every=every, duration=duration, content_type=content_type, chunked=True
        )

    def gzip_bomb(
        self, path: str, gigabytes: int = 2, *, content_type: str = HTML, layers: int = 1
    ) -> str:
        """``Content-Encoding: gzip``: about 2 MB on the wire per 2 GB of zeros unpacked.

        With ``layers=2``, ``Content-Encoding: gzip, gzip``: the bomb gzipped again, a few KB
        on the wire, that a client decoding a whole layer at a time unpacks to gigabytes.
        """
        body = gzip_bomb(gigabytes)
        for _ in range(layers - 1):
            body = gzip.compress(body, 9)
        encoding = ", ".join(["gzip"] * layers)
        headers = (("Content-Type", content_type), ("Content-Encoding", encoding))
        return self._add(path, Route(body=body, headers=headers))

    def slow_headers(self, path: str, *, every: float = 1.0) -> str:
        """A status line and headers sent one byte every ``every`` s, for about 100,000 bytes."""
        return self._add(path, Route(header_every=every))

    def reset(self) -> None:
        self._server.state.routes.clear()
        self._server.state.requests.clear()

    def _add(self, path: str, route: Route) -> str:
        self._server.state.routes[path] = route
        return self.url(path)


_BOMB_BLOCK = 1 << 20


def gzip_bomb(gigabytes: int) -> bytes:
    """A valid gzip stream of ``gigabytes`` GiB of zero bytes, built without compressing them all.

    One MiB of zeros is deflated once and ended with a full flush, so the block refers to
    nothing before it and can be repeated; the trailer's CRC is computed over the zeros.
    """
    blocks = gigabytes * 1024
    deflater = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    zeros = bytes(_BOMB_BLOCK)
    block = deflater.compress(zeros) + deflater.flush(zlib.Z_FULL_FLUSH)
    final = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS).flush()  # an empty last block
    crc = 0
    for _ in range(blocks):
        crc = zlib.crc32(zeros, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"
    trailer = struct.pack("<II", crc, (blocks * _BOMB_BLOCK) & 0xFFFFFFFF)
    return header + block * blocks + final + trailer
