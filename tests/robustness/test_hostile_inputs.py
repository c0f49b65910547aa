"""Hostile files, names and terminals from the red-team pass (issue 13): one report each, one
clean line on stderr, never a traceback, a hang or a lost batch.
"""

from __future__ import annotations

import io
import json
import os
import pty
import subprocess
import time
from pathlib import Path

import pytest

from claimcheck.inputs import expand
from httpserver import HTTPTestServer
from support import ENGLISH, HTML_PAGE, PATIENCE, ROOT, claimcheck, command, measured

SLACK = 60.0  # what a loaded machine may add before a bounded run counts as a hang
SENTENCE = "The minister said on Tuesday that the new bridge would open in May. "


# 13. Punctuation runs -------------------------------------------------------------------------


def test_punctuation_runs_after_a_sentence_stay_bounded(tmp_path: Path) -> None:
    """300 KB of punctuation after one sentence, in four shapes, analysed in one process: in
    seconds and under 1 GB (before: 80-180 s and 1.28 GB for the first shape alone, every mark a
    token for the model)."""
    shapes = {
        "run": "!" * 300_000,
        "lines": "!\n" * 150_000,
        "spaced": ". " * 150_000,
        "underscores": "_ -" * 100_000,
    }
    paths = []
    for name, marks in shapes.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(SENTENCE + marks + "\n", encoding="utf-8")
        paths.append(str(path))
    out = tmp_path / "out.jsonl"
    exit_code, peak_kb, seconds, stderr = measured(
        "analyze", "--lang", "en", "-f", "jsonl", "-o", str(out), *paths, timeout=SLACK * 6
    )
    assert (exit_code, stderr) == (0, "")
    assert len(out.read_text("utf-8").splitlines()) == len(shapes)
    assert peak_kb < 1_000_000, f"peak {peak_kb / 1000:.0f} MB"
    assert seconds < SLACK, f"{seconds:.0f} s"


# 3. Terminal escapes --------------------------------------------------------------------------

ESCAPES = {
    "clear screen": "\x1b[2J\x1b[H",
    "OSC 8 hyperlink": "\x1b]8;;https://evil.example/\x1b\\click here\x1b]8;;\x1b\\",
    "OSC 52 clipboard": "\x1b]52;c;cm0gLXJmIH4K\x07",
    "cursor query": "\x1b[6n",
    "C1 CSI": "\x9b6n",
    "carriage return": "\rinnocent",
}
CONTROLS = ("\x1b", "\x07", "\x9b", "\r")


def hostile_article() -> str:
    lines = [
        f'"The bridge will open in May {escape} and stay open," the minister said on Tuesday.'
        for escape in ESCAPES.values()
    ]
    return "Bridge opens\n\n" + "\n".join(lines) + "\n"


@pytest.mark.parametrize("output_format", ["text", "markdown"])
def test_escape_sequences_in_an_article_never_reach_the_terminal(
    tmp_path: Path, output_format: str
) -> None:
    """Escape sequences in the article come out as visible symbols ("␛"), never raw."""
    article = tmp_path / "hostile.txt"
    article.write_text(hostile_article(), encoding="utf-8")
    run = claimcheck("analyze", "--lang", "en", "-f", output_format, str(article))
    assert run.exit_code == 0, run.stderr
    assert "bridge will open" in run.stdout.lower()
    assert "␛" in run.stdout
    for control in CONTROLS:
        assert control not in run.stdout, f"{control!r} reached the terminal"


def test_escape_sequences_in_a_source_name_never_reach_stderr(tmp_path: Path) -> None:
    """The error line names the source: its escape sequences are neutralised too."""
    name = str(tmp_path / "missing\x1b]52;c;cm0gLXJmIH4K\x07\x1b[2J.txt")
    run = claimcheck("analyze", "-f", "text", name)
    assert run.exit_code == 1
    run.assert_clean()
    assert "no such file" in run.stderr
    for control in CONTROLS:
        assert control not in run.stderr + run.stdout


# 4. Markup in names ---------------------------------------------------------------------------


def test_rich_markup_in_a_source_name_does_not_crash_the_progress_display(
    tmp_path: Path, http_server: HTTPTestServer
) -> None:
    """With stderr on a terminal, the progress bar shows the last source done while the next
    batch is analysed: "[/x]" in its name (a URL query, a WARC target) is text, not markup.
    The -o JSON has every report (before: a MarkupError traceback and an empty file)."""
    out = tmp_path / "out.json"
    hostile = http_server.route("/page?q=[/x]&r=[/]", "<p>short</p>")
    slow = http_server.route("/slow", ENGLISH.read_bytes(), content_type="text/plain", delay=1.5)
    # Reports come in batches of 8: the hostile name is the last of the first batch.
    sources = [str(ENGLISH)] * 7 + [hostile, slow]
    exit_code, stderr = run_with_stderr_on_a_terminal(
        "analyze", "--no-cache", "--lang", "en", "-f", "json", "-o", str(out), *sources
    )
    assert "Traceback" not in stderr, stderr
    assert "MarkupError" not in stderr
    assert exit_code == 1  # the hostile page has no article
    reports = json.loads(out.read_text("utf-8"))
    assert [r["source"] for r in reports] == sources
    assert reports[7]["error"]["type"] == "no_article"


def run_with_stderr_on_a_terminal(*args: str) -> tuple[int, str]:
    """``claimcheck ARGS`` with stderr on a pseudo-terminal (stdout a pipe): exit code and
    everything written to the terminal."""
    controller, terminal = pty.openpty()
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "100"}
    process = subprocess.Popen(
        command(*args),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=terminal,
        cwd=ROOT,
        env=env,
    )
    os.close(terminal)
    seen = bytearray()
    deadline = time.monotonic() + PATIENCE
    while time.monotonic() < deadline:
        try:
            chunk = os.read(controller, 65536)
        except OSError:  # the terminal closed: the process is done with it
            break
        if not chunk:
            break
        seen += chunk
    os.close(controller)
    process.communicate(timeout=PATIENCE)
    return process.returncode, seen.decode("utf-8", "replace")


# 5. Long names --------------------------------------------------------------------------------


def test_names_too_long_for_the_file_system_are_one_error_each(
    tmp_path: Path, http_server: HTTPTestServer
) -> None:
    """A URL of over 4,096 characters and a file name with a 300-character part: one error
    report each ("File name too long" lost the batch), and the good file is analysed."""
    long_url = http_server.url("/" + "a" * 5000)
    long_file = str(tmp_path / ("b" * 300 + ".txt"))
    run = claimcheck("analyze", "--lang", "en", "-f", "json", long_url, long_file, str(ENGLISH))
    run.assert_clean()
    assert run.exit_code == 1
    reports = json.loads(run.stdout)
    assert [r["source"] for r in reports] == [long_url, long_file, str(ENGLISH)]
    assert reports[0]["error"]["type"] == "http_status"
    assert reports[1]["error"]["type"] == "input"
    assert "too long" in reports[1]["error"]["message"].lower()
    assert "error" not in reports[2]
    assert len(run.stderr.splitlines()) == 2


# 11. Typed errors, not internal ones -----------------------------------------------------------


@pytest.mark.parametrize("charset", ["hex", "base64", "zlib", "rot13", "undefined"])
def test_a_page_declaring_a_codec_that_is_not_a_text_encoding_is_read(
    tmp_path: Path, charset: str
) -> None:
    """Python's bytes-to-bytes codecs are no charset: ignored with a warning, the page read."""
    page = tmp_path / "page.html"
    page.write_text(
        f'<html><head><meta charset="{charset}"></head><body><article><p>'
        + SENTENCE * 4
        + "</p></article></body></html>",
        encoding="utf-8",
    )
    run = claimcheck("analyze", "--lang", "en", "-f", "json", str(page))
    assert run.exit_code == 0, run.stderr
    wire = json.loads(run.stdout)
    assert f"unknown charset {charset!r} ignored" in wire["warnings"]


@pytest.mark.parametrize("agent", ["claimcheck-é", "claimcheck\r\nX-Injected: 1"])
def test_a_user_agent_that_is_no_header_value_is_a_usage_error(agent: str) -> None:
    run = claimcheck("analyze", "--user-agent", agent, str(ENGLISH))
    assert run.exit_code == 2
    assert run.stderr == (
        "claimcheck: --user-agent must be printable ASCII on one line (it is an HTTP header)\n"
    )
    assert run.stdout == ""


# 14. Smaller leaks -----------------------------------------------------------------------------


def write_warc_gz(path: Path, pages: int) -> list[int]:
    """A gzipped WARC of ``pages`` HTML responses; returns where each record ends."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    ends = []
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for number in range(pages):
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                f"https://news.example/{number}",
                "response",
                payload=io.BytesIO(HTML_PAGE.read_bytes()),
                http_headers=headers,
            )
            writer.write_record(record)
            ends.append(stream.tell())
    return ends


def test_a_truncated_warc_gz_says_records_may_be_lost(tmp_path: Path) -> None:
    """Cut in the middle of its third record: the two whole records are analysed, then one
    input error says the file is cut short (before: the third record vanished silently)."""
    archive = tmp_path / "crawl.warc.gz"
    ends = write_warc_gz(archive, 3)
    archive.write_bytes(archive.read_bytes()[: ends[1] + 300])
    items = list(expand([str(archive)], 10_000_000))
    assert [i.source for i in items] == [
        f"{archive}#https://news.example/0",
        f"{archive}#https://news.example/1",
        str(archive),
    ]
    assert items[2].error is not None and "cut short" in items[2].error
    assert items[2].error_type == "input"


def test_a_reader_that_closes_the_pipe_ends_claimcheck_quietly() -> None:
    """`claimcheck … | head -c 100`: no traceback, no message, the status a shell reports for
    a closed pipe, 141 (before: exit status 1)."""
    for output_format in ("jsonl", "text", "markdown"):
        process = subprocess.Popen(
            command("analyze", "--lang", "en", "-f", output_format, str(ENGLISH), str(ENGLISH)),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=ROOT,
        )
        assert process.stdout is not None
        process.stdout.close()  # the reader is gone before the first report is written
        _, stderr = process.communicate(timeout=PATIENCE)
        assert stderr == b"", stderr.decode()
        assert process.returncode == 141, output_format


def test_a_named_pipe_is_read_with_a_deadline(tmp_path: Path) -> None:
    """A FIFO with no writer blocked for ever on open; now it waits --timeout at most, and a
    FIFO that is written (process substitution) is read as a file."""
    quiet = tmp_path / "nobody-writes"
    os.mkfifo(quiet)
    started = time.monotonic()
    run = claimcheck("analyze", "--timeout", "1", "-f", "json", str(quiet), timeout=SLACK)
    run.assert_clean()
    assert run.exit_code == 1
    assert json.loads(run.stdout)["error"]["type"] == "timeout"
    assert time.monotonic() - started < SLACK

    written = tmp_path / "written"
    os.mkfifo(written)
    process = subprocess.Popen(
        command("analyze", "--lang", "en", "-f", "json", str(written)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    with written.open("wb") as pipe:
        pipe.write(ENGLISH.read_bytes())
    stdout, stderr = process.communicate(timeout=PATIENCE)
    assert process.returncode == 0, stderr.decode()
    assert json.loads(stdout)["claims"]


def test_a_device_is_one_input_error() -> None:
    run = claimcheck("analyze", "-f", "json", "/dev/null")
    run.assert_clean()
    assert json.loads(run.stdout)["error"]["type"] == "input"
