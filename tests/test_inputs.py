"""Planning a run as a library user does: names → items (``inputs.plan``), what ``--resume``
leaves of them, and the items analysed by ``analyze_many`` in input order."""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path

from claimcheck import AnalyzerOptions, analyze_many
from claimcheck.cache import CacheMode
from claimcheck.inputs import plan
from claimcheck.resume import ResumeState

ROOT = Path(__file__).resolve().parents[1]
PORT_STRIKE = ROOT / "samples" / "port-strike.en.txt"
SENTENCE = b"The mayor said on Monday that the bridge would reopen in the spring.\n"


def articles(tmp_path: Path, *names: str) -> Path:
    folder = tmp_path / "articles"
    for name in names:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(SENTENCE)
    return folder


def test_a_plan_counts_its_sources_and_says_when_a_name_stands_for_many(tmp_path: Path) -> None:
    folder = articles(tmp_path, "b.txt", "a.html", "deep/c.htm", "notes.md")
    many = plan([str(PORT_STRIKE), str(folder)], max_bytes=1000)
    sources = [item.source for item in many.items]
    assert sources == [
        str(PORT_STRIKE),
        *(str(folder / n) for n in ("a.html", "b.txt", "deep/c.htm")),
    ]
    assert (many.total, many.expands) == (4, True)
    one = plan([str(PORT_STRIKE)], max_bytes=1000)
    assert (one.total, one.expands) == (1, False)


def test_a_warc_file_is_counted_as_its_records_are_read(tmp_path: Path) -> None:
    archive = tmp_path / "crawl.warc"
    archive.write_bytes(b"not a WARC file\n")
    planned = plan([str(archive)], max_bytes=1000)
    assert (planned.total, planned.expands) == (None, True)
    (item,) = planned.items
    assert item.error is not None and "cannot read the WARC file" in item.error


def test_standard_input_is_read_up_front_within_max_bytes() -> None:
    (item,) = plan(["-"], max_bytes=1000, stdin=io.BytesIO(SENTENCE)).items
    assert item.payload is not None and item.payload.body == SENTENCE
    (too_big,) = plan(["-"], max_bytes=10, stdin=io.BytesIO(SENTENCE)).items
    assert (too_big.payload, too_big.error_type) == (None, "too_large")
    assert (
        too_big.error
        == "standard input is larger than the 10-byte limit (raise it with --max-bytes)"
    )


def test_resuming_leaves_out_the_sources_already_reported(tmp_path: Path) -> None:
    folder = articles(tmp_path, "a.txt", "b.txt", "c.txt")
    done = ResumeState(tmp_path / "out.jsonl", done=Counter({str(folder / "b.txt"): 1}))
    left = plan([str(folder)], max_bytes=1000).remaining(done)
    assert [item.source for item in left.items] == [str(folder / "a.txt"), str(folder / "c.txt")]
    assert left.total == 2 and (done.skipped, done.analysed) == (1, 2)


def test_a_planned_run_gives_one_report_per_item_in_order(tmp_path: Path) -> None:
    missing = str(tmp_path / "gone.txt")
    planned = plan([str(PORT_STRIKE), "-", missing], max_bytes=100_000, stdin=io.BytesIO(SENTENCE))
    options = AnalyzerOptions(language="en", cache=CacheMode.OFF)
    reports = list(analyze_many(planned.items, options))
    assert [r.source for r in reports] == [str(PORT_STRIKE), "-", missing]
    assert [r.error.type if r.error else None for r in reports] == [None, None, "input"]
    assert [c.content.text for c in reports[1].claims] == [
        "that the bridge would reopen in the spring"
    ]
