"""Raw captures: a real offline crawl writes WARC files, articles point at their records, reparse reads them."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from crawler.crawl.capture import resolve_path
from crawler.crawl.reparse import read_capture, reparse
from tests.helpers import ROOT, mirror_response

PORTALS = ("ngoquyen", "kinhtedothi")


def run_danvan(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "crawler.cli", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=600, env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})})


def query(db: Path, sql: str, *params: object) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("capture") / "archive.db"
    args = [a for p in PORTALS for a in ("--portal", p)]
    result = run_danvan("crawl", "--offline", "--db", str(db), *args)
    assert result.returncode == 0, result.stderr[-3000:]
    return db


def test_one_warc_file_per_portal_run(crawled: Path) -> None:
    runs = query(crawled, "SELECT portal, capture_file FROM crawl_runs ORDER BY portal")
    assert [r[0] for r in runs] == sorted(PORTALS)
    files = sorted((crawled.parent / "captures").glob("*.warc.gz"))
    assert len(files) == len(PORTALS)
    for portal, capture_file in runs:
        path = resolve_path(capture_file, crawled)
        assert path in files and path.name.endswith(f"-{portal}.warc.gz")


def test_every_response_is_captured_with_its_request(crawled: Path) -> None:
    for (capture_file,) in query(crawled, "SELECT capture_file FROM crawl_runs"):
        responses, requests = [], []
        with open(resolve_path(capture_file, crawled), "rb") as stream:
            for record in ArchiveIterator(stream):
                uri = record.rec_headers.get_header("WARC-Target-URI")
                (responses if record.rec_type == "response" else requests).append(uri)
        assert responses and sorted(responses) == sorted(requests)
        # The offline mirror is an implementation detail: captures hold the live URLs.
        assert not [u for u in responses if "127.0.0.1" in u]


def test_every_article_points_to_its_page(crawled: Path) -> None:
    rows = query(crawled, "SELECT url, capture_file, capture_offset FROM articles")
    assert len(rows) > 5
    for url, capture_file, offset in rows:
        assert capture_file and offset is not None, url
        with open(resolve_path(capture_file, crawled), "rb") as stream:
            stream.seek(offset)
            record = next(iter(ArchiveIterator(stream)))
            assert record.rec_type == "response"
            assert record.rec_headers.get_header("WARC-Target-URI") == url
            assert record.http_headers.get_statuscode() == "200"
            assert record.content_stream().read() == mirror_response(url).body


def test_reparse_of_a_fresh_crawl_changes_nothing(crawled: Path) -> None:
    articles = query(crawled, "SELECT count(*) FROM articles")[0][0]
    before = query(crawled, "SELECT url, content_hash, title, published_at FROM articles ORDER BY url")
    result = run_danvan("reparse", "--db", str(crawled))
    assert result.returncode == 0, result.stderr
    assert "added: 0\n" in result.stdout
    assert "changed: 0\n" in result.stdout
    assert f"unchanged: {articles}\n" in result.stdout
    assert query(crawled, "SELECT url, content_hash, title, published_at FROM articles ORDER BY url") == before


def test_reparse_picks_up_an_extractor_change(crawled: Path, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """The current extractor code is what reparse runs: change it and the archive follows."""
    import spiders.haiphong

    shutil.copytree(crawled.parent, tmp_path / "copy")
    db = tmp_path / "copy" / crawled.name
    original = spiders.haiphong.parse_article

    def fixed(sel, url):  # an extractor change: titles lose a trailing period, say
        article = original(sel, url)
        article.title = article.title + " (sửa)"
        return article

    monkeypatch.setattr(spiders.haiphong, "parse_article", fixed)
    ngoquyen = {u for (u,) in query(db, "SELECT url FROM articles WHERE portal = 'ngoquyen'")}
    report = reparse(db)
    assert set(report.changed_urls) == ngoquyen and report.changed == len(ngoquyen)
    assert report.added == 0
    titles = query(db, "SELECT title FROM articles WHERE portal = 'ngoquyen'")
    assert titles and all(t.endswith(" (sửa)") for (t,) in titles)
    others = query(db, "SELECT count(*) FROM articles WHERE portal != 'ngoquyen' AND title LIKE '% (sửa)'")
    assert others == [(0,)]


def test_reparse_adds_captured_pages_missing_from_the_archive(crawled: Path, tmp_path: Path) -> None:
    shutil.copytree(crawled.parent, tmp_path / "copy")
    db = tmp_path / "copy" / crawled.name
    url, capture_file, offset = query(db, "SELECT url, capture_file, capture_offset FROM articles LIMIT 1")[0]
    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM articles_fts WHERE rowid = (SELECT id FROM articles WHERE url = ?)", (url,))
        conn.execute("DELETE FROM articles WHERE url = ?", (url,))
    report = reparse(db)
    assert (report.added, report.changed) == (1, 0)
    assert query(db, "SELECT capture_file, capture_offset FROM articles WHERE url = ?", url) == [
        (capture_file, offset)]
    assert read_capture(resolve_path(capture_file, db), offset).url == url


def test_captures_can_be_switched_off(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    result = run_danvan("crawl", "--offline", "--db", str(db), "--portal", "haiphong",
                        env={"DANVAN_CAPTURES": "0"})
    assert result.returncode == 0, result.stderr[-3000:]
    assert not (tmp_path / "captures").exists()
    assert query(db, "SELECT count(*), count(capture_file) FROM articles")[0][1] == 0
    assert query(db, "SELECT capture_file FROM crawl_runs") == [(None,)]


def test_reparse_survives_a_capture_cut_short(crawled: Path, tmp_path: Path) -> None:
    """A run killed mid-write leaves a truncated WARC file: its whole records still count."""
    shutil.copytree(crawled.parent, tmp_path / "copy")
    db = tmp_path / "copy" / crawled.name
    [(stored,)] = query(db, "SELECT capture_file FROM crawl_runs WHERE portal = 'kinhtedothi'")
    path = resolve_path(stored, db)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    report = reparse(db)
    kept = query(db, "SELECT count(*) FROM articles WHERE capture_file = ? AND capture_offset < ?",
                 stored, len(data) // 2 - 1)[0][0]
    assert report.unreadable > 0 and report.unchanged >= kept - 1 > 0
    assert report.changed == 0 and report.added == 0


def test_captures_rotate_by_size_and_every_article_still_points_to_its_page(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    result = run_danvan("crawl", "--offline", "--db", str(db), "--portal", "ngoquyen",
                        env={"DANVAN_CAPTURE_MAX_BYTES": "20000"})
    assert result.returncode == 0, result.stderr[-3000:]
    files = sorted((tmp_path / "captures").glob("*.warc.gz"))
    assert len(files) > 3  # rotated, not one file
    assert all(f.stat().st_size < 20000 + 200_000 for f in files)  # a file passes the size by one page at most
    rows = query(db, "SELECT url, capture_file, capture_offset FROM articles")
    assert len({f for _, f, _ in rows}) > 1
    for url, capture_file, offset in rows:
        with open(resolve_path(capture_file, db), "rb") as stream:
            stream.seek(offset)
            record = next(iter(ArchiveIterator(stream)))
            assert record.rec_headers.get_header("WARC-Target-URI") == url
    again = run_danvan("reparse", "--db", str(db))
    assert again.returncode == 0, again.stderr[-2000:]


def test_retention_deletes_old_captures_and_their_pointers_only_when_asked(crawled: Path, tmp_path: Path) -> None:
    from crawler.crawl.capture import prune_captures

    copy = tmp_path / "copy"
    shutil.copytree(crawled.parent, copy, ignore=shutil.ignore_patterns("*.lock", "crawls"))
    db = copy / crawled.name
    files = sorted((copy / "captures").glob("*.warc.gz"))
    assert prune_captures(db, copy / "captures", 0) == []  # the default keeps everything
    old = files[0]
    os.utime(old, (old.stat().st_atime, old.stat().st_mtime - 40 * 86400))
    assert prune_captures(db, copy / "captures", 30) == [old]
    assert not old.exists() and all(f.exists() for f in files[1:])
    name = str(old.relative_to(copy))
    assert query(db, "SELECT count(*) FROM articles WHERE capture_file = ?", name) == [(0,)]
    assert query(db, "SELECT count(*) FROM articles WHERE capture_file IS NULL")[0][0] > 0
    assert query(db, "SELECT count(*) FROM articles WHERE capture_file IS NOT NULL")[0][0] > 0
