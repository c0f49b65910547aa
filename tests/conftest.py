"""Fixtures shared by the whole suite."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from httpserver import HTTPTestServer


@pytest.fixture(scope="session")
def _http_server_session() -> Iterator[HTTPTestServer]:
    server = HTTPTestServer().start()
    yield server
    server.stop()


@pytest.fixture
def http_server(_http_server_session: HTTPTestServer) -> Iterator[HTTPTestServer]:
    """The local test server, with no routes left over from other tests."""
    _http_server_session.reset()
    yield _http_server_session
    _http_server_session.reset()
