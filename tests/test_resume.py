"""A crawl killed with SIGKILL and run again ends with the archive an uninterrupted crawl makes;
two crawls of one archive never write at once."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crawler.crawl.lock import archive_lock, lock_path
from crawler.crawl.outcomes import EXIT_DEGRADED
from tests.helpers import ROOT

PORTAL = "sotttt"  # the real Liferay copy: 27 listing pages, 257 article pages


def start(db: Path, *args: str, **env: str) -> subprocess.Popen[str]:
    """`danvan crawl --offline` in its own process group (it starts the mirror as a child)."""
    return subprocess.Popen(
        [sys.executable, "-m", "crawler.cli", "crawl", "--offline", "--db", str(db), *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, start_new_session=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), **env},
    )


def finish(proc: subprocess.Popen[str]) -> tuple[int, str]:
    _, err = proc.communicate(timeout=600)
    return proc.returncode, err


def kill_group(proc: subprocess.Popen[str]) -> None:
    os.killpg(proc.pid, signal.SIGKILL)  # the crawl and its mirror, nothing else
    proc.wait(timeout=30)


def count(db: Path, sql: str) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30) as conn:
            return conn.execute(sql).fetchone()[0]
    except sqlite3.OperationalError:  # not migrated yet
        return 0


def wait_until(check, proc: subprocess.Popen[str]) -> None:
    """Poll until `check()` holds; fail if the crawl ends first."""
    while not check():
        assert proc.poll() is None, "the crawl ended before the point the test waits for"
        time.sleep(0.1)


def archive_content(db: Path) -> dict[str, list[tuple]]:
    """What a crawl stores, without what differs between runs (ids, times, capture files)."""
    volatile = {"id", "first_seen", "last_seen", "capture_file", "capture_offset", "duplicate_of"}
    with sqlite3.connect(db) as conn:
        names = [r[1] for r in conn.execute("PRAGMA table_info(articles)") if r[1] not in volatile]
        return {
            "articles": conn.execute(f"SELECT {', '.join(names)} FROM articles ORDER BY url").fetchall(),
            "duplicates": conn.execute(
                """SELECT a.url, o.url FROM articles a JOIN articles o ON o.id = a.duplicate_of
                   ORDER BY a.url""").fetchall(),
            "texts": conn.execute(
                "SELECT a.url, t.body, t.images FROM article_texts t JOIN articles a ON a.id = t.article_id "
                "ORDER BY a.url").fetchall(),
            "topics": conn.execute(
                "SELECT a.url, t.topic, t.score FROM article_topics t JOIN articles a ON a.id = t.article_id "
                "ORDER BY a.url, t.topic").fetchall(),
            "units": conn.execute(
                "SELECT a.url, u.name, u.level FROM article_units u JOIN articles a ON a.id = u.article_id "
                "ORDER BY a.url, u.name, u.level").fetchall(),
            "skipped": conn.execute(
                "SELECT url, portal, title, published_at, score, reason FROM skipped ORDER BY url").fetchall(),
        }


def pages_downloaded(db: Path) -> list[tuple[int, int]]:
    """(listing pages, article pages) downloaded by each run, in order."""
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT listing_pages, article_pages FROM crawl_runs ORDER BY id").fetchall()


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tuple]]:
    db = tmp_path_factory.mktemp("whole") / "archive.db"
    code, err = finish(start(db, "--portal", PORTAL))
    assert code == 0, err[-3000:]
    content = archive_content(db)
    content["pages"] = pages_downloaded(db)
    assert not (db.parent / "crawls" / "archive").exists()  # a finished crawl leaves no JOBDIR
    return content


def stored(db: Path) -> int:
    return count(db, "SELECT count(*) FROM articles") + count(db, "SELECT count(*) FROM skipped")


def test_killed_crawl_resumes_to_the_same_archive(uninterrupted: dict[str, list[tuple]], tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    slow = start(db, "--portal", PORTAL, DANVAN_DOWNLOAD_DELAY="0.05")
    wait_until(lambda: stored(db) >= 20, slow)
    kill_group(slow)
    before = stored(db)
    assert 20 <= before < len(uninterrupted["articles"]) + len(uninterrupted["skipped"])
    assert count(db, "SELECT count(*) FROM crawl_runs WHERE finished_at IS NULL") == 1

    code, err = finish(start(db, "--portal", PORTAL))
    assert code == 0, err[-3000:]
    # The killed run is closed as killed, at the time it was last seen (its last stored article).
    with sqlite3.connect(db) as conn:
        (started, finished, status, problems), _ = conn.execute(
            "SELECT started_at, finished_at, status, problems FROM crawl_runs ORDER BY id").fetchall()
        health = conn.execute("SELECT last_status FROM portal_health WHERE portal = ?", (PORTAL,)).fetchone()[0]
    assert status == "killed" and started <= finished and f"last seen {finished}" in problems
    assert health == "ok"  # the re-run, newest, is what portal_health shows last
    content = archive_content(db)
    assert content == {k: v for k, v in uninterrupted.items() if k != "pages"}
    # The second run did not download again what the killed one had stored (a rejected page,
    # stored nowhere, is fetched again).
    article_pages = pages_downloaded(db)[-1][1]
    rejected = count(db, "SELECT count(DISTINCT url) FROM errors WHERE stage = 'validate'")
    assert article_pages <= len(uninterrupted["articles"]) + len(uninterrupted["skipped"]) + rejected - before
    assert not (tmp_path / "crawls" / "archive").exists()


def test_gracefully_stopped_crawl_resumes_from_its_jobdir(uninterrupted: dict[str, list[tuple]],
                                                         tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    slow = start(db, "--portal", PORTAL, DANVAN_DOWNLOAD_DELAY="0.05")
    wait_until(lambda: stored(db) >= 20, slow)
    slow.send_signal(signal.SIGTERM)  # as systemd or Scrapyd stop a job: Scrapy closes cleanly
    code, err = finish(slow)
    assert code == EXIT_DEGRADED, err[-3000:]  # it did less than asked: never "ok"
    assert query_status(db) == ("stopped", "shutdown")
    assert (tmp_path / "crawls" / "archive" / PORTAL / "requests.queue").is_dir()

    code, err = finish(start(db, "--portal", PORTAL))
    assert code == 0, err[-3000:]
    content = archive_content(db)
    assert content == {k: v for k, v in uninterrupted.items() if k != "pages"}
    # Pending requests came back from the JOBDIR: no page was downloaded twice over the two runs.
    (listings_1, articles_1), (listings_2, articles_2) = pages_downloaded(db)
    [(listings, articles)] = uninterrupted["pages"]
    assert (listings_1 + listings_2, articles_1 + articles_2) == (listings, articles)
    assert not (tmp_path / "crawls" / "archive").exists()


def query_status(db: Path) -> tuple[str, str]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT status, finish_reason FROM crawl_runs ORDER BY id DESC LIMIT 1").fetchone()


def test_second_crawl_of_one_archive_exits_with_a_clear_message(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    first = start(db, "--portal", PORTAL, DANVAN_DOWNLOAD_DELAY="0.05")
    try:
        wait_until(lambda: lock_path(db).exists() and lock_path(db).read_text().strip() != "", first)
        code, err = finish(start(db, "--portal", "ngoquyen"))
        assert code == 2
        assert err.strip().splitlines() == [f"danvan: error: another crawl is writing {db} (pid {first.pid})"]
    finally:
        kill_group(first)


def test_waiting_crawl_runs_once_the_lock_is_free(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    with archive_lock(db):
        waiting = start(db, "--portal", "ngoquyen", DANVAN_LOCK_WAIT="1")
        with pytest.raises(subprocess.TimeoutExpired):
            waiting.wait(timeout=3)  # blocked on the lock, not failed
        assert count(db, "SELECT count(*) FROM crawl_runs") == 0
    code, err = finish(waiting)
    assert code == 0, err[-3000:]
    assert count(db, "SELECT count(*) FROM articles WHERE portal = 'ngoquyen'") > 0
