"""Ctrl-C in the middle of a batch: a clean stop, and the JSONL written so far is whole."""

from __future__ import annotations

import json
import os
import signal
import subprocess

from support import ENGLISH, PATIENCE, ROOT, command

EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it


def test_ctrl_c_mid_batch_leaves_valid_jsonl_and_no_traceback() -> None:
    sources = [str(ENGLISH)] * 60
    process = subprocess.Popen(
        command("analyze", "--no-cache", "-f", "jsonl", *sources),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        cwd=ROOT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        first = [process.stdout.readline() for _ in range(2)]  # two reports are out: mid-batch
        process.send_signal(signal.SIGINT)
        # Read the rest through the same buffered reader: communicate() reads the pipe itself
        # and would miss what readline() had already buffered (a report cut in two).
        rest = process.stdout.read()
        _, stderr = process.communicate(timeout=PATIENCE)
    finally:
        if process.poll() is None:
            process.kill()
    lines = (b"".join(first) + rest).decode("utf-8").splitlines()
    assert 2 <= len(lines) < len(sources)
    for line in lines:
        assert json.loads(line)["source"] == str(ENGLISH)
    assert process.returncode == EXIT_INTERRUPTED
    assert stderr.decode("utf-8").splitlines() == ["claimcheck: interrupted"]
