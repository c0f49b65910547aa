"""Peak memory on the worst inputs stays under a stated bound: 1 GB (docs/robustness.md).

One ``claimcheck`` process analyses all of them in a row, as a batch would; a small wrapper
process runs it and reports its peak resident size (``ru_maxrss`` of its only child).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from httpserver import HTTPTestServer
from support import ENGLISH, PATIENCE, ROOT, command

BOUND_KB = 1_000_000  # 1 GB, as ru_maxrss counts on Linux (kilobytes)

_MEASURE = """
import resource, subprocess, sys
completed = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
sys.stderr.buffer.write(completed.stderr)
print(completed.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def worst_inputs(directory: Path, http_server: HTTPTestServer) -> list[str]:
    article = ENGLISH.read_text("utf-8")
    nested = directory / "nested.html"
    depth = 50_000_000 // len("<div><span></span></div>")
    nested.write_text(
        "<html><body><p>" + article + "</p>" + "<div><span>" * depth + "</span></div>" * depth
    )
    quotes = directory / "quotes.txt"
    quotes.write_text(article + '"' * 5000 + "\n" + "“" * 5000 + "\n")
    one_line = directory / "one-paragraph.txt"
    one_line.write_text(" ".join(article.split("\n")) * 30)  # 60,000 characters, one line
    long_text = directory / "long.txt"
    long_text.write_text(article * 100)  # 200,000 characters: ten parse parts
    return [
        str(nested),
        http_server.gzip_bomb("/bomb"),
        http_server.chunked("/endless"),
        str(quotes),
        str(one_line),
        str(long_text),
    ]


def test_the_worst_inputs_stay_under_one_gigabyte(
    tmp_path: Path, http_server: HTTPTestServer
) -> None:
    sources = worst_inputs(tmp_path, http_server)
    args = ("analyze", "--no-cache", "--lang", "en", "--max-bytes", "60000000", "-f", "jsonl")
    measured = subprocess.run(
        [sys.executable, "-c", _MEASURE, *command(*args, *sources), "-o", str(tmp_path / "out")],
        capture_output=True,
        cwd=ROOT,
        timeout=PATIENCE * 2,
        check=True,
    )
    exit_code, peak_kb = map(int, measured.stdout.split())
    reports = [json.loads(line) for line in (tmp_path / "out").read_text("utf-8").splitlines()]
    assert [r["source"] for r in reports] == sources
    errors = [r.get("error", {}).get("type") for r in reports]
    assert errors == [None, "too_large", "too_large", None, None, None]
    assert exit_code == 1
    assert peak_kb < BOUND_KB, f"peak {peak_kb / 1000:.0f} MB"
    print(f"peak resident size on the worst inputs: {peak_kb / 1000:.0f} MB")
