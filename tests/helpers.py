"""Test helpers: a saved page as a Scrapy response."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import Any

from scrapy.http import HtmlResponse, Request

from crawler.mirror import SITES
from crawler.mirror.server import resolve

ROOT = Path(__file__).resolve().parent.parent


def file_response(path: str | Path, url: str) -> HtmlResponse:
    """A Scrapy response for a saved page, as if fetched from `url`."""
    body = Path(path).read_bytes()
    return HtmlResponse(url=url, body=body, encoding="utf-8", request=Request(url=url))


def mirror_response(url: str) -> HtmlResponse:
    """The offline mirror's page for a live URL, as a Scrapy response (no server needed)."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    path = resolve(SITES, f"/{parts.hostname}{parts.path or '/'}" + (f"?{parts.query}" if parts.query else ""))
    if path is None:
        raise FileNotFoundError(f"the mirror has no page for {url}")
    return file_response(path, url)


def read_rows(db: str | Path, query: str, *params: object) -> list[tuple]:
    """Rows of a query on an archive opened read-only (what the site shows is checked against this)."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute(query, params).fetchall()
    finally:
        conn.close()


def run_now(coro: Any) -> None:
    """Run a coroutine that never waits to its end, without a reactor (a stand-in engine's)."""
    with contextlib.suppress(StopIteration):
        coro.send(None)
