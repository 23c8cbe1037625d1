"""One writer per archive whatever the entry point: `scrapy crawl` and Scrapyd jobs take the lock too."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from crawler.crawl.lock import ArchiveLock, archive_lock
from crawler.mirror.server import serving_in_subprocess
from tests.helpers import ROOT

SCRAPY = [sys.executable, "-m", "scrapy"]
HOLD = "import sys, time; from crawler.crawl.lock import archive_lock\nwith archive_lock(sys.argv[1]):\n" \
       "    print('held', flush=True); time.sleep(float(sys.argv[2]))\n"


def hold_lock(db: Path, seconds: float) -> subprocess.Popen[str]:
    """Another process holding the archive's lock for `seconds`."""
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(db), str(seconds)], cwd=ROOT, text=True,
                            stdout=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def scrapy_crawl(db: Path, mirror: str, *settings: str) -> subprocess.CompletedProcess[str]:
    args = [f"DANVAN_DB={db}", "DANVAN_MAX_LISTING_PAGES=1", "LOG_LEVEL=WARNING", *settings]
    return subprocess.run([*SCRAPY, "crawl", "hanoi_liferay", "-a", "portal=sotttt",
                           *(x for s in args for x in ("-s", s))], capture_output=True, text=True, cwd=ROOT,
                          timeout=300, env={**os.environ, "DANVAN_MIRROR_URL": mirror})


def archived(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT (SELECT count(*) FROM articles) + (SELECT count(*) FROM skipped)").fetchone()[0]


def test_the_lock_is_reentrant_within_a_process_and_exclusive_across(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    with archive_lock(db):
        inner = ArchiveLock(db)
        assert inner.acquire()  # the pipelines of `danvan crawl` run inside the command's lock
        inner.release()
        other = subprocess.run([sys.executable, "-c", "import sys; from crawler.crawl.lock import ArchiveLock;"
                                "print(ArchiveLock(sys.argv[1]).acquire())", str(db)], capture_output=True,
                               text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert other.stdout.strip() == "False"
    assert ArchiveLock(db).acquire()


def test_scrapy_crawl_refuses_in_one_line_when_told_not_to_wait(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    holder = hold_lock(db, 60)
    try:
        with serving_in_subprocess() as mirror:
            result = scrapy_crawl(db, mirror, "DANVAN_LOCK_WAIT=0")
    finally:
        holder.kill()
        holder.wait()
    lines = [line for line in result.stderr.splitlines() if "another crawl is writing" in line]
    assert len(lines) == 1, result.stderr[-3000:]
    assert f"pid {holder.pid}" in lines[0] and "Traceback" not in result.stderr
    assert not db.exists() or archived(db) == 0  # nothing written


def test_scrapy_crawl_waits_for_the_writer_then_crawls(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    holder = hold_lock(db, 6)
    started = time.monotonic()
    try:
        with serving_in_subprocess() as mirror:
            result = scrapy_crawl(db, mirror)
    finally:
        holder.wait()
    assert result.returncode == 0, result.stderr[-2000:]
    assert sum("waiting for it to finish" in line for line in result.stderr.splitlines()) == 1
    assert time.monotonic() - started >= 5
    assert archived(db) == 10  # one listing page: every article archived or skipped
