"""Helpers for the publishing tests: a headless Chromium page (Playwright, the system browser),
screenshots, a crawl of the offline mirror, and an archive holding script-injection payloads."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tests.helpers import ROOT

CHROMIUM = "/usr/bin/chromium"
SCREENSHOTS = ROOT / "test-output" / "screenshots"
# Local requests must not go through a proxy from the environment.
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


@contextlib.contextmanager
def chromium_page(width: int = 1280, height: int = 900) -> Iterator[Any]:
    """A fresh page of headless Chromium (the Debian browser; Playwright never downloads one)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            context = browser.new_context(viewport={"width": width, "height": height}, locale="vi-VN")
            yield context.new_page()
        finally:
            browser.close()


def screenshot(page: Any, name: str, full_page: bool = False) -> Path:
    """Save a PNG under test-output/screenshots/ and return its path."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path


def crawl_offline(db: Path) -> Path:
    """`danvan crawl --offline` into `db` (the whole offline mirror, over local HTTP)."""
    result = subprocess.run([sys.executable, "-m", "crawler.cli", "crawl", "--offline", "--quiet", "--db", str(db)],
                            capture_output=True, text=True, cwd=ROOT, timeout=600,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr[-3000:]
    return db


def fetch(url: str, headers: dict[str, str] | None = None) -> tuple[int, str]:
    """Status and body of a GET (an HTTP error status is returned, not raised)."""
    import urllib.error

    request = urllib.request.Request(url, headers=headers or {})
    try:
        with OPENER.open(request, timeout=30) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8", errors="replace")
