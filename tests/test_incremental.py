"""Incremental re-crawls over real HTTP: `danvan crawl --offline` run twice against the mirror.

Each crawl runs at its own frozen time (DANVAN_FROZEN_TIME), so `pages.last_fetched` tells
which pages a given crawl requested.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.core import registry
from crawler.mirror import SITES, mirrored_hosts
from tests.helpers import ROOT

T1, T2, T3 = "2026-11-23T01:00:00+00:00", "2026-11-23T02:00:00+00:00", "2026-11-23T03:00:00+00:00"
NGOQUYEN = "ngoquyen.haiphong.gov.vn/Tin-tuc-su-kien"
EDITED = "Cong-tac-dan-van-cua-Quan-Ngo-Quyen-gop-phan-to-chuc-thanh-cong-dai-hoi-dang-cac-cap-57288.html"
EDITED_URL = f"https://{NGOQUYEN}/{EDITED}"  # published 2020-10-12, the portal's newest


def crawl(db: Path, at: str, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "crawler.cli", "crawl", "--offline", "--db", str(db), *args],
        capture_output=True, text=True, cwd=ROOT, timeout=600,
        env={**os.environ, "PYTHONPATH": str(ROOT), "DANVAN_FROZEN_TIME": at, **env},
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result


def query(db: Path, sql: str, *params: object) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def fetched(db: Path, at: str, kind: str) -> set[str]:
    return {r[0] for r in query(db, "SELECT url FROM pages WHERE kind = ? AND last_fetched = ?", kind, at)}


def snapshot(db: Path) -> dict[str, list[tuple]]:
    return {
        "articles": query(db, "SELECT * FROM articles ORDER BY id"),
        "texts": query(db, "SELECT * FROM article_texts ORDER BY article_id"),
        "topics": query(db, "SELECT * FROM article_topics ORDER BY article_id, topic"),
        "skipped": query(db, "SELECT * FROM skipped ORDER BY url"),
        "versions": query(db, "SELECT * FROM article_versions"),
    }


def last_runs(db: Path) -> dict[str, dict[str, object]]:
    cursor = sqlite3.connect(db).execute(
        "SELECT * FROM crawl_runs WHERE id IN (SELECT max(id) FROM crawl_runs GROUP BY portal)")
    names = [d[0] for d in cursor.description]
    return {row[names.index("portal")]: dict(zip(names, row, strict=True)) for row in cursor.fetchall()}


@pytest.fixture(scope="module")
def recrawled(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, list[tuple]]]:
    """Every mirrored portal crawled once, then again unchanged; the archive after the first crawl."""
    db = tmp_path_factory.mktemp("incremental") / "archive.db"
    crawl(db, T1)
    before = snapshot(db)
    crawl(db, T2)
    return db, before


def test_unchanged_recrawl_fetches_no_article_page(recrawled: tuple[Path, dict[str, list[tuple]]]) -> None:
    db, before = recrawled
    assert len(fetched(db, T1, "article")) > 400
    assert fetched(db, T2, "article") == set()
    # Only the start pages are asked again, and they answer 304 Not Modified.
    starts = fetched(db, T2, "listing")
    mirrored = [p for p in registry.load().portals if set(p.hosts) <= mirrored_hosts()]
    assert 0 < len(starts) <= sum(len(p.start_urls) for p in mirrored)
    runs = last_runs(db)
    assert {r["status"] for r in runs.values()} == {"ok"}
    assert sum(r["article_pages"] for r in runs.values()) == 0
    assert sum(r["listing_pages"] for r in runs.values()) == 0  # every start page was a 304
    assert snapshot(db) == before


def test_full_sweep_refetches_every_article(recrawled: tuple[Path, dict[str, list[tuple]]],
                                           tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    shutil.copy(recrawled[0], db)
    known = {r[0] for r in query(db, "SELECT url FROM articles WHERE portal = 'ngoquyen' UNION "
                                     "SELECT url FROM skipped WHERE portal = 'ngoquyen'")}
    crawl(db, T3, "--portal", "ngoquyen", DANVAN_FULL_SWEEP="1")
    assert fetched(db, T3, "article") == known
    run = last_runs(db)["ngoquyen"]
    assert run["articles_unchanged"] == query(db, "SELECT count(*) FROM articles WHERE portal = 'ngoquyen'")[0][0]
    assert run["articles_new"] == run["articles_updated"] == 0


@pytest.fixture
def mirror_copy(tmp_path: Path) -> Path:
    root = tmp_path / "sites"
    shutil.copytree(SITES / "ngoquyen.haiphong.gov.vn", root / "ngoquyen.haiphong.gov.vn")
    return root


def touch_listing(root: Path, note: str) -> None:
    """Change the first listing page's bytes (so its ETag), not its links."""
    page = root / NGOQUYEN / "index.html"
    page.write_bytes(page.read_bytes() + f"<!-- {note} -->\n".encode())


def test_recent_article_edit_is_refetched_and_versioned(mirror_copy: Path, tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    env = {"DANVAN_MIRROR_ROOT": str(mirror_copy), "DANVAN_RECENT_DAYS": "7"}
    crawl(db, "2020-10-14T00:00:00+00:00", "--portal", "ngoquyen", **env)
    old_body = query(db, "SELECT body FROM article_texts JOIN articles ON id = article_id WHERE url = ?",
                     EDITED_URL)[0][0]
    page = mirror_copy / NGOQUYEN / EDITED
    page.write_text(page.read_text("utf-8").replace("Quán triệt và nhận thức sâu sắc",
                                                    "Quán triệt, nhận thức thật sâu sắc"), "utf-8")
    touch_listing(mirror_copy, "edited")
    at = "2020-10-15T00:00:00+00:00"
    crawl(db, at, "--portal", "ngoquyen", **env)
    # Only the recent article is asked again; older ones are trusted to the archive.
    assert fetched(db, at, "article") == {EDITED_URL}
    new_body = query(db, "SELECT body FROM article_texts JOIN articles ON id = article_id WHERE url = ?",
                     EDITED_URL)[0][0]
    assert "Quán triệt, nhận thức thật sâu sắc" in new_body
    versions = query(db, """SELECT v.body, v.replaced_at FROM article_versions v JOIN articles a
                            ON a.id = v.article_id WHERE a.url = ?""", EDITED_URL)
    assert versions == [(old_body, "2020-10-15T00:00:00+00:00")]
    run = last_runs(db)["ngoquyen"]
    assert (run["articles_updated"], run["article_pages"]) == (1, 1)


def test_unmodified_recent_article_answers_304(mirror_copy: Path, tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    env = {"DANVAN_MIRROR_ROOT": str(mirror_copy), "DANVAN_RECENT_DAYS": "7"}
    crawl(db, "2020-10-14T00:00:00+00:00", "--portal", "ngoquyen", **env)
    before = snapshot(db)
    touch_listing(mirror_copy, "new layout, same articles")
    at = "2020-10-15T00:00:00+00:00"
    crawl(db, at, "--portal", "ngoquyen", **env)
    assert fetched(db, at, "article") == {EDITED_URL}
    # The conditional request came back 304: counted unchanged, not downloaded, not an error.
    run = last_runs(db)["ngoquyen"]
    assert (run["articles_unchanged"], run["article_pages"], run["errors"], run["status"]) == (1, 0, 0, "ok")
    assert query(db, "SELECT status FROM pages WHERE url = ?", EDITED_URL) == [(200,)]
    assert query(db, "SELECT last_seen FROM articles WHERE url = ?", EDITED_URL) == [(at,)]
    after = snapshot(db)
    assert after["texts"] == before["texts"] and after["versions"] == []
