"""A batch as a user runs it: one report per source, in input order, in every format.

Good and bad sources are mixed; the exit code is 1 (SPEC.md), stdout holds nothing but the
reports (so ``-f json | python -m json.tool`` parses), and each failed source costs one line
on stderr. Each run is a real process: what a shell pipeline would see.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from httpserver import HTTPTestServer
from support import ENGLISH, FRENCH, Run, claimcheck, json_lines

EXIT_FAILED_SOURCE = 1


@pytest.fixture
def batch(tmp_path: Path, http_server: HTTPTestServer) -> list[tuple[str, str | None]]:
    """(source, expected error type or None) for good and bad sources, interleaved."""
    empty = tmp_path / "empty-file.txt"
    empty.write_bytes(b"")
    image = tmp_path / "photo.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    return [
        (str(ENGLISH), None),
        (str(tmp_path / "missing-file.txt"), "input"),
        (str(image), "not_html"),
        (http_server.route("/gone", "no", status=404, content_type="text/plain"), "http_status"),
        (str(FRENCH), None),
        (http_server.gzip_bomb("/bomb", 1), "too_large"),
        (str(empty), "no_article"),
    ]


def run_batch(batch: list[tuple[str, str | None]], output_format: str) -> Run:
    run = claimcheck("analyze", "--no-cache", "-f", output_format, *[s for s, _ in batch])
    run.assert_clean()
    assert run.exit_code == EXIT_FAILED_SOURCE, run.stderr
    failures = [s for s, error in batch if error is not None]
    assert len(run.stderr.splitlines()) == len(failures), run.stderr
    for line, source in zip(run.stderr.splitlines(), failures, strict=True):
        assert line.startswith(f"claimcheck: {source}: ")
    return run


def assert_reports_match(
    reports: list[dict[str, object]], batch: list[tuple[str, str | None]]
) -> None:
    assert [r["source"] for r in reports] == [source for source, _ in batch]
    for report, (_, error_type) in zip(reports, batch, strict=True):
        error = report.get("error")
        assert (error["type"] if isinstance(error, dict) else None) == error_type


def test_json_is_one_array_in_input_order(batch: list[tuple[str, str | None]]) -> None:
    run = run_batch(batch, "json")
    reports = json.loads(run.stdout)
    assert_reports_match(reports, batch)
    tool = subprocess.run(
        [sys.executable, "-m", "json.tool"], input=run.stdout.encode(), capture_output=True
    )
    assert tool.returncode == 0, tool.stderr


def test_jsonl_is_one_line_per_source_in_input_order(batch: list[tuple[str, str | None]]) -> None:
    run = run_batch(batch, "jsonl")
    assert_reports_match(json_lines(run.stdout), batch)


def test_markdown_has_one_section_per_source_in_input_order(
    batch: list[tuple[str, str | None]],
) -> None:
    run = run_batch(batch, "markdown")
    headings = re.findall(r"^# (.+)$", run.stdout, re.MULTILINE)
    unescaped = [heading.replace("\\", "") for heading in headings]
    assert unescaped == [source for source, _ in batch]
    assert run.stdout.count("**Failed**") == sum(1 for _, e in batch if e)
    # Each report after the first starts its own block: a blank line before its heading.
    assert run.stdout.count("\n\n# ") == len(batch) - 1


def test_text_names_every_source_in_input_order(batch: list[tuple[str, str | None]]) -> None:
    run = run_batch(batch, "text")
    flat = re.sub(r"[\s│]+", "", run.stdout)  # rich may wrap a long source name
    positions = [flat.find(re.sub(r"\s+", "", source)) for source, _ in batch]
    assert -1 not in positions, positions
    assert positions == sorted(positions)
    assert run.stdout.count("FAILED") == sum(1 for _, e in batch if e)


def test_html_has_one_section_per_source_in_input_order(
    batch: list[tuple[str, str | None]],
) -> None:
    run = run_batch(batch, "html")
    sections = re.findall(r'<section class="report( failed)?"', run.stdout)
    assert [bool(failed) for failed in sections] == [error is not None for _, error in batch]
    error_types = re.findall(r'<p class="failure">.*?<code>([a-z_]+)</code>', run.stdout)
    assert error_types == [error for _, error in batch if error is not None]
