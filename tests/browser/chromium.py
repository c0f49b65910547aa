"""How the browser tests and scripts/screenshots start Debian's Chromium through Playwright.

The OS's Chromium, never a browser Playwright downloads. Without the background-networking
flags Chromium tries to reach its vendor's services at start, which a closed network refuses.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Playwright

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def launch(driver: Playwright) -> Browser:
    """A headless Chromium from the OS packages."""
    return driver.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
