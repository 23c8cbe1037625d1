"""A full disk: the command says so in one line, stops cleanly, and the archive keeps every row.

The disk is filled for real with a file-size limit (RLIMIT_FSIZE, SIGXFSZ ignored) on the
danvan process: every write that would grow a file past the limit fails with EFBIG, as on
a full file system, for root and non-root alike. The archive already exists and is larger
than the limit, so its write-ahead log is where the limit bites, as free space would.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import re
import resource
import shutil
import signal
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from scrapy.exceptions import IgnoreRequest

from crawler.classify.topics import DEFAULT_PATH as TAXONOMY
from crawler.core.text import fold
from tests.helpers import ROOT, run_now
from tests.test_crawl import DANVAN, run_danvan

CRAWL_LIMIT = 512 * 1024  # bytes any one file may grow to during the crawl
RETAG_LIMIT = 40 * 1024  # the retag's: room for SQLite's shared-memory index (32 KiB), little more


def file_size_limit(limit: int) -> Callable[[], None]:
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a killed process
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def run_on_full_disk(limit: int, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*DANVAN, *args], capture_output=True, text=True, cwd=ROOT, timeout=600,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, preexec_fn=file_size_limit(limit))


def rows(db: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def snapshot(db: Path) -> set[tuple]:
    """Every archived article with its text, annotation and index entry."""
    return set(rows(db, """SELECT a.id, a.url, a.title, a.published_at, a.content_hash, a.relevance, a.topics,
                                  t.body, f.title, f.body
                           FROM articles a JOIN article_texts t ON t.article_id = a.id
                           JOIN articles_fts f ON f.rowid = a.id"""))


def assert_sound(db: Path) -> None:
    assert rows(db, "PRAGMA integrity_check") == [("ok",)]
    assert rows(db, "SELECT id FROM articles ORDER BY id") == rows(db, "SELECT rowid FROM articles_fts ORDER BY rowid")
    for title, fts_title in rows(db, "SELECT a.kicker || ' ' || a.title, f.title FROM articles a"
                                     " JOIN articles_fts f ON f.rowid = a.id"):
        assert fold(title) == fts_title


def one_line(result: subprocess.CompletedProcess[str], *files: Path) -> str:
    """The one line the command ended with, naming the first of `files` that filled."""
    stderr = result.stderr.strip()
    assert result.returncode != 0, result.stdout
    assert "\n" not in stderr and "Traceback" not in stderr, stderr
    assert stderr.startswith(tuple(f"danvan: error: disk full writing {f}" for f in files)), stderr
    return stderr


@pytest.fixture(scope="module")
def one_portal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("one") / "archive.db"
    result = run_danvan("crawl", "--offline", "--portal", "ngoquyen", "--db", str(db))
    assert result.returncode == 0, result.stderr[-2000:]
    return db


@pytest.fixture(scope="module")
def two_portals(one_portal: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("two") / "archive.db"
    shutil.copy(one_portal, db)
    result = run_danvan("crawl", "--offline", "--portal", "sotttt", "--db", str(db))
    assert result.returncode == 0, result.stderr[-2000:]
    return db


def test_a_crawl_that_fills_the_disk_stops_in_one_line_and_loses_nothing(one_portal: Path, tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    shutil.copy(one_portal, db)
    assert db.stat().st_size > CRAWL_LIMIT
    before = snapshot(db)
    assert before

    # The archive or the crawl's capture file (beside it), whichever fills first.
    one_line(run_on_full_disk(CRAWL_LIMIT, "crawl", "--offline", "--portal", "sotttt", "--db", str(db)),
             db, db.parent / "captures")

    assert_sound(db)
    during = snapshot(db)
    assert before <= during  # every earlier row intact
    stored = len(during) - len(before)
    run = rows(db, "SELECT status, finished_at IS NOT NULL FROM crawl_runs WHERE portal = 'sotttt'")
    # Marked; or, if even that write failed, left 'running' (the next crawl sweeps every listing
    # again); or never opened, if the disk was full before the run could be recorded.
    assert run in ([("disk_full", 1)], [("running", 0)], []), run

    # With room again, the next crawl completes the portal.
    result = run_danvan("crawl", "--offline", "--portal", "sotttt", "--db", str(db))
    assert result.returncode == 0, result.stderr[-2000:]
    assert_sound(db)
    after = snapshot(db)
    assert during <= after
    assert len(after) > len(before) + stored
    assert rows(db, "SELECT status FROM crawl_runs WHERE portal = 'sotttt' ORDER BY id DESC LIMIT 1") == [("ok",)]


def test_a_retag_that_fills_the_disk_changes_nothing(two_portals: Path, tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    shutil.copy(two_portals, db)
    taxonomy = tmp_path / "taxonomy.toml"
    rules = TAXONOMY.read_text(encoding="utf-8")
    assert '\n"dân vận" = 3\n' in rules
    taxonomy.write_text(rules.replace('\n"dân vận" = 3\n', '\n"dân vận" = 4\n', 1), encoding="utf-8")
    before = snapshot(db)

    one_line(run_on_full_disk(RETAG_LIMIT, "retag", "--db", str(db), "--taxonomy", str(taxonomy)), db)

    assert_sound(db)
    assert snapshot(db) == before
    # The same retag with room changes scores: the failed one really had something to write.
    result = run_danvan("retag", "--db", str(db), "--taxonomy", str(taxonomy))
    assert result.returncode == 0, result.stderr
    assert snapshot(db) != before


class _FullFile(io.BufferedWriter):
    """A capture file on a disk that has just filled: every write fails as the kernel says."""

    def write(self, data: Any) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_a_capture_that_fills_the_disk_stops_the_crawl_in_one_line(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from scrapy import Request
    from scrapy.http import HtmlResponse
    from scrapy.utils.test import get_crawler

    from crawler.core import errors
    from crawler.crawl.capture import CaptureMiddleware

    crawler = get_crawler(settings_dict={"DANVAN_CAPTURES": True, "DANVAN_DB": str(tmp_path / "archive.db")})
    closed: list[str] = []

    async def close_spider_async(reason: str = "") -> None:
        closed.append(reason)

    crawler.engine = SimpleNamespace(close_spider_async=close_spider_async)
    monkeypatch.setattr("crawler.crawl.outcomes.deferred_from_coro", run_now)
    capture = CaptureMiddleware.from_crawler(crawler)
    capture.spider_opened(SimpleNamespace(portals={"ngoquyen": None}))
    assert capture.file is not None and capture.path is not None
    capture.file = capture.writer.out = _FullFile(io.FileIO(capture.path, "wb"))
    request = Request("https://ngoquyen.haiphong.gov.vn/tin-tuc/bai-viet-12345", meta={"danvan_portal": "ngoquyen"})
    response = HtmlResponse(request.url, body="<html><body><p>Bài viết</p></body></html>".encode(), request=request)

    with pytest.raises(IgnoreRequest, match="not captured, the disk is full"):
        capture.process_response(request, response)  # the page is dropped: never read without its capture
    try:
        assert closed == ["disk_full"]
        assert capture.writer is None  # nothing more is captured
        assert capture.process_response(request, response) is response
        with pytest.raises(errors.DiskFullError, match=f"^disk full writing {re.escape(str(capture.path))} "):
            errors.raise_if_stopped()
    finally:
        with contextlib.suppress(errors.DanvanError):  # leave no stop behind for other tests
            errors.raise_if_stopped()
