"""Time and peak memory of claimcheck on the worst hostile inputs of issue 13 (items 1, 2, 13).

    .venv/bin/python bench/hostile.py [stacked-gzip] [slow-headers] [punctuation] [--give-up S]

Each attack runs ``claimcheck analyze --no-cache --timeout 5`` in its own process under
``/usr/bin/time`` (wall time, peak resident size), against the local test server of
``tests/httpserver.py`` or a generated file; a run still going after ``--give-up`` seconds is
killed and reported as such. To measure another tree (an older commit, say), put its folder
first on ``PYTHONPATH``. It is a measurement, not a test: the tests in
``tests/robustness/test_hostile.py`` assert the bounds.

- ``stacked-gzip``: ``Content-Encoding: gzip, gzip``, a few KB that unpack to 2 GB;
- ``slow-headers``: response headers sent one byte a second, for ever;
- ``punctuation``: one sentence, then 300 KB of exclamation marks.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from httpserver import HTTPTestServer  # noqa: E402

ATTACKS = ("stacked-gzip", "slow-headers", "punctuation")
SENTENCE = "The minister said on Tuesday that the new bridge would open in May. "


def punctuation_text(size: int = 300_000) -> str:
    """One sentence, then ``size`` exclamation marks: each one a token for the model."""
    return SENTENCE + "!" * size + "\n"


def source_for(attack: str, server: HTTPTestServer, directory: Path) -> str:
    """The URL or file the attack is made of."""
    if attack == "stacked-gzip":
        return server.gzip_bomb("/stacked", layers=2)
    if attack == "slow-headers":
        return server.slow_headers("/slow-headers")
    path = directory / "punctuation.txt"
    path.write_text(punctuation_text(), encoding="utf-8")
    return str(path)


def measure(source: str, give_up: float) -> str:
    """``claimcheck`` on one source: "12.3 s, 456 MB peak, error: ..." or "killed after ..."."""
    command = [
        "/usr/bin/time",
        "-f",
        "%e %M",
        sys.executable,
        "-m",
        "claimcheck",
        "analyze",
        "--no-cache",
        "--lang",
        "en",
        "--timeout",
        "5",
        "-f",
        "jsonl",
        source,
    ]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=give_up, check=False)
    except subprocess.TimeoutExpired:
        return f"still running after {give_up:g} s: killed"
    seconds, peak_kb = done.stderr.strip().splitlines()[-1].split()
    errors = [line for line in done.stderr.splitlines() if line.startswith("claimcheck: ")]
    outcome = errors[0] if errors else "analysed"
    return f"{float(seconds):.1f} s, {int(peak_kb) / 1000:.0f} MB peak; {outcome}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("attacks", nargs="*", metavar="ATTACK", help=", ".join(ATTACKS))
    parser.add_argument("--give-up", type=float, default=120.0, help="seconds before a kill")
    args = parser.parse_args()
    unknown = set(args.attacks) - set(ATTACKS)
    if unknown:
        choose = ", ".join(ATTACKS)
        parser.error(f"unknown attack {', '.join(sorted(unknown))}; choose from {choose}")
    server = HTTPTestServer().start()
    try:
        with tempfile.TemporaryDirectory() as directory:
            for attack in args.attacks or ATTACKS:
                source = source_for(attack, server, Path(directory))
                print(f"{attack}: {measure(source, args.give_up)}", flush=True)
    finally:
        server.stop()


if __name__ == "__main__":
    main()
