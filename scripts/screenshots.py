"""Render the founding article's HTML and terminal reports and screenshot both in Chromium.

Run through ``scripts/screenshots`` from the repository root, so the report names its source
as a user would type it.
"""

from __future__ import annotations

import io
import math
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

from playwright.sync_api import Route, sync_playwright
from rich.console import Console
from rich.text import Text

import claimcheck
from claimcheck.report import render_html, render_text

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "browser"))
from chromium import launch

SAMPLE = "samples/alep-khimik.fr.txt"
DOCS = Path("docs")
LAPTOP = {"width": 1366, "height": 768}
# The terminal picture shows what the first screens show: the heading, the summary, the sources
# and the first claims, not all eleven.
TERMINAL_LINES = 58


def main() -> None:
    report = claimcheck.analyze(SAMPLE)
    with tempfile.TemporaryDirectory() as work:
        page = Path(work) / "report.html"
        page.write_text(render_html([report]), encoding="utf-8")
        terminal = Path(work) / "report.svg"
        terminal.write_text(_terminal_svg(report), encoding="utf-8")
        with sync_playwright() as driver:
            browser = launch(driver)
            _shoot_page(browser, page, DOCS / "html-report.png")
            _shoot_svg(browser, terminal, DOCS / "terminal-report.png")
            browser.close()
    print(f"wrote {DOCS / 'html-report.png'} and {DOCS / 'terminal-report.png'}")


def _terminal_svg(report: claimcheck.Report) -> str:
    """The text report's first lines as a 100-column terminal shows them, as rich's SVG export."""
    ansi = io.StringIO()
    render_text(report, _console(ansi))
    lines = [Text.from_ansi(line) for line in ansi.getvalue().splitlines()][:TERMINAL_LINES]
    while lines and lines[-1].plain.strip():  # end on the blank line after a whole claim
        lines.pop()
    shown = _console(io.StringIO(), record=True)
    for line in lines[:-1]:
        shown.print(line, no_wrap=True, crop=True)
    return shown.export_svg(title=f"claimcheck analyze {SAMPLE}")


def _console(file: io.StringIO, *, record: bool = False) -> Console:
    return Console(
        file=file, width=100, record=record, force_terminal=True, color_system="truecolor"
    )


def _local_only(route: Route) -> None:
    """rich's SVG names a web font; nothing is fetched, the browser's monospace font stands in."""
    if route.request.url.startswith("file://"):
        route.continue_()
    else:
        route.abort()


def _shoot_page(browser: Any, page_file: Path, out: Path) -> None:
    context = browser.new_context(viewport=LAPTOP)
    context.route("**/*", _local_only)
    page = context.new_page()
    page.goto(page_file.as_uri())
    page.screenshot(path=str(out))
    context.close()


def _shoot_svg(browser: Any, svg_file: Path, out: Path) -> None:
    """The SVG at its own size: the viewport is made exactly as large as its viewBox."""
    found = re.search(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', svg_file.read_text(encoding="utf-8"))
    assert found, "rich's SVG export has a viewBox"
    width, height = (math.ceil(float(size)) for size in found.groups())
    context = browser.new_context(viewport={"width": width, "height": height})
    context.route("**/*", _local_only)
    page = context.new_page()
    page.goto(svg_file.as_uri())
    page.screenshot(path=str(out))
    context.close()


if __name__ == "__main__":
    main()
