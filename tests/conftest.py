"""Fixtures shared by the whole suite."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimcheck.cache import CACHE_DIR_ENV
from httpserver import HTTPTestServer


@pytest.fixture(scope="session", autouse=True)
def _no_user_cache_in_session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Keep the whole run, module-scoped fixtures and subprocesses too, off the user's cache."""
    previous = os.environ.get(CACHE_DIR_ENV)
    os.environ[CACHE_DIR_ENV] = str(tmp_path_factory.mktemp("session-cache"))
    yield
    if previous is None:
        del os.environ[CACHE_DIR_ENV]
    else:
        os.environ[CACHE_DIR_ENV] = previous


@pytest.fixture(autouse=True)
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fetch cache of each test's own, so no test sees a page another one fetched."""
    directory = tmp_path / "fetch-cache"
    monkeypatch.setenv(CACHE_DIR_ENV, str(directory))
    return directory


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
