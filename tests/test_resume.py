"""``--resume -o FILE``: an interrupted JSONL run finishes with every source exactly once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from checks import assert_valid_report
from claimcheck.cli import app
from claimcheck.inputs import InputItem
from claimcheck.resume import NotAReportFileError, prepare
from claimcheck.version import __version__

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = (ROOT / "samples" / "port-strike.en.txt").read_text(encoding="utf-8")
CLI = (sys.executable, "-m", "claimcheck", "analyze", "--lang", "en")


@pytest.fixture
def articles(tmp_path: Path) -> list[str]:
    """Five distinct short English articles, as the paths their reports name."""
    folder = tmp_path / "articles"
    folder.mkdir()
    paths = []
    for number in range(5):
        path = folder / f"article-{number}.txt"
        path.write_text(f"Dispatch number {number}.\n\n{SAMPLE}", encoding="utf-8")
        paths.append(str(path))
    return paths


def _analyze(*arguments: str) -> Result:
    return CliRunner().invoke(app, ["analyze", "--lang", "en", *arguments])


def _reports(path: Path) -> list[dict[str, Any]]:
    text = path.read_text(encoding="utf-8")
    assert text.endswith("\n")
    reports = [json.loads(line) for line in text.splitlines()]
    for report in reports:
        assert_valid_report(report)
    return reports


def _comparable(report: dict[str, Any]) -> dict[str, Any]:
    meta = {key: value for key, value in report["meta"].items() if key != "elapsed_ms"}
    return {**report, "meta": meta}


def _assert_each_once(path: Path, sources: list[str]) -> list[dict[str, Any]]:
    reports = _reports(path)
    assert sorted(report["source"] for report in reports) == sorted(sources)
    assert {report["meta"]["claimcheck_version"] for report in reports} == {__version__}
    return reports


@pytest.fixture
def complete(tmp_path: Path, articles: list[str]) -> Path:
    """The whole run's JSONL, uninterrupted: what every resumed run must end up with."""
    out = tmp_path / "complete.jsonl"
    result = _analyze("--format", "jsonl", "-o", str(out), *articles)
    assert result.exit_code == 0, result.stderr
    return out


def test_a_line_cut_off_by_a_crash_is_dropped_and_redone(
    tmp_path: Path, articles: list[str], complete: Path
) -> None:
    lines = complete.read_bytes().splitlines(keepends=True)
    out = tmp_path / "out.jsonl"
    out.write_bytes(lines[0] + lines[1] + lines[2][: len(lines[2]) // 2])  # killed mid-line
    result = _analyze("--resume", "-o", str(out), *articles)
    assert result.exit_code == 0, result.stderr
    assert "2 reports kept" in result.stderr and "cut off" in result.stderr
    reports = _assert_each_once(out, articles)
    assert out.read_bytes().startswith(lines[0] + lines[1])  # the kept lines are untouched
    assert [_comparable(r) for r in reports] == [_comparable(r) for r in _reports(complete)]


def test_a_last_line_that_is_not_json_is_redone_even_with_its_newline(
    tmp_path: Path, articles: list[str], complete: Path
) -> None:
    lines = complete.read_bytes().splitlines(keepends=True)
    out = tmp_path / "out.jsonl"
    out.write_bytes(lines[0] + lines[1][:40] + b"\n")
    result = _analyze("--resume", "-o", str(out), *articles)
    assert result.exit_code == 0, result.stderr
    _assert_each_once(out, articles)


def test_reports_of_another_version_are_redone_and_the_note_says_so(
    tmp_path: Path, articles: list[str], complete: Path
) -> None:
    reports = _reports(complete)
    reports[1]["meta"]["claimcheck_version"] = "0.0.1"
    reports[3]["meta"]["claimcheck_version"] = "0.0.1"
    out = tmp_path / "out.jsonl"
    out.write_text("".join(json.dumps(r) + "\n" for r in reports[:4]), encoding="utf-8")
    result = _analyze("--resume", "-o", str(out), *articles)
    assert result.exit_code == 0, result.stderr
    assert "2 reports by claimcheck 0.0.1 dropped and redone" in result.stderr
    resumed = _assert_each_once(out, articles)
    # The old lines are gone; their sources come back after the kept ones, in input order.
    assert [r["source"] for r in resumed] == [articles[i] for i in (0, 2, 1, 3, 4)]
    assert not list(tmp_path.glob(".out.jsonl.*"))  # no temporary file left behind


def test_a_rerun_with_nothing_left_to_do(
    tmp_path: Path, articles: list[str], complete: Path
) -> None:
    before = complete.read_bytes()
    result = _analyze("--resume", "-o", str(complete), *articles)
    assert result.exit_code == 0, result.stderr
    assert "nothing left to do" in result.stderr
    assert complete.read_bytes() == before


def test_resume_without_a_file_starts_one(tmp_path: Path, articles: list[str]) -> None:
    out = tmp_path / "new.jsonl"
    result = _analyze("--resume", "-o", str(out), *articles[:2])
    assert result.exit_code == 0, result.stderr
    _assert_each_once(out, articles[:2])


def test_a_source_named_twice_gets_two_reports_as_without_resume(
    tmp_path: Path, articles: list[str]
) -> None:
    out = tmp_path / "out.jsonl"
    first = _analyze("--resume", "-o", str(out), articles[0])
    assert first.exit_code == 0, first.stderr
    again = _analyze("--resume", "-o", str(out), articles[0], articles[1], articles[0])
    assert again.exit_code == 0, again.stderr
    _assert_each_once(out, [articles[0], articles[0], articles[1]])


def test_resume_with_two_workers_after_a_crash_mid_line(
    tmp_path: Path, articles: list[str], complete: Path
) -> None:
    lines = complete.read_bytes().splitlines(keepends=True)
    out = tmp_path / "out.jsonl"
    out.write_bytes(lines[1] + lines[3][:-1])  # even the newline missing is a cut-off line
    run = subprocess.run(
        [*CLI, "--workers", "2", "--resume", "-o", str(out), *articles],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    reports = _assert_each_once(out, articles)
    assert [r["source"] for r in reports] == [articles[i] for i in (1, 0, 2, 3, 4)]


def test_a_run_killed_mid_batch_and_resumed_has_every_source_once(
    tmp_path: Path, articles: list[str]
) -> None:
    """Twenty sources (each article named four times: three batches), killed as soon as the
    first reports are out, then resumed: each of the twenty exactly once."""
    listing = tmp_path / "list.txt"
    listing.write_text("\n".join(articles * 4) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    command = [*CLI, "--input-list", str(listing), "-o", str(out)]
    process = subprocess.Popen(
        [*command, "--format", "jsonl"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 120
    while (not out.exists() or not out.read_bytes()) and time.monotonic() < deadline:
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    written = out.read_bytes().count(b"\n")
    assert 0 < written < 20, "the kill did not land mid-run"
    run = subprocess.run([*command, "--resume"], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    _assert_each_once(out, articles * 4)


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--resume"], "--resume needs the JSONL file to continue: -o FILE"),
        (["--resume", "--format", "json", "-o", "out.json"], "cannot be used with --format json"),
        (["--resume", "-f", "markdown", "-o", "out.md"], "cannot be used with --format markdown"),
    ],
)
def test_resume_needs_a_jsonl_output_file(
    articles: list[str], arguments: list[str], message: str
) -> None:
    result = _analyze(*arguments, articles[0])
    assert result.exit_code == 2
    assert result.stderr.startswith("claimcheck: ") and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_file_claimcheck_did_not_write_is_left_alone(tmp_path: Path, articles: list[str]) -> None:
    out = tmp_path / "notes.jsonl"
    out.write_text('{"source": "a", "meta": {}}\nmy notes\n{"x": 1}\n', encoding="utf-8")
    before = out.read_bytes()
    result = _analyze("--resume", "-o", str(out), articles[0])
    assert result.exit_code == 2
    assert "line 2 is not a claimcheck report" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert out.read_bytes() == before


# prepare() on its own: what it keeps, drops and counts.


def _line(source: str, version: str = __version__) -> str:
    return json.dumps({"source": source, "meta": {"claimcheck_version": version}}) + "\n"


def test_prepare_counts_each_source_and_truncates_only_the_cut_off_tail(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text(_line("a") + _line("b") + _line("a") + '{"source": "c", "me', encoding="utf-8")
    state = prepare(out, __version__)
    assert state.done == {"a": 2, "b": 1}
    assert state.cut_off and not state.other_versions
    assert out.read_text(encoding="utf-8") == _line("a") + _line("b") + _line("a")
    items = [InputItem(name) for name in ("a", "c", "a", "b", "a", "b")]
    assert [item.source for item in state.remaining(items)] == ["c", "a", "b"]
    assert (state.skipped, state.analysed) == (3, 3)


def test_prepare_rewrites_without_other_versions_and_the_cut_tail(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text(_line("a", "0.0.9") + _line("b") + _line("c", "0.0.9") + "{", encoding="utf-8")
    state = prepare(out, __version__)
    assert out.read_text(encoding="utf-8") == _line("b")
    assert state.other_versions == {"0.0.9": 2} and state.cut_off
    assert state.note() == (
        f"resuming {out}: 1 report kept; 2 reports by claimcheck 0.0.9 dropped and redone "
        "with this version; a last line cut off by an interruption dropped and redone"
    )


def test_prepare_refuses_a_file_with_a_foreign_line_inside(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text(_line("a") + "[1, 2]\n" + _line("b"), encoding="utf-8")
    with pytest.raises(NotAReportFileError, match="line 2"):
        prepare(out, __version__)
