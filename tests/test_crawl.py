"""End to end: `danvan crawl --offline` crawls the mirror over HTTP with Scrapy into SQLite."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.core import registry
from crawler.core.text import fold
from crawler.mirror import mirrored_hosts
from spiders.base import Listing
from tests.helpers import ROOT, mirror_response

DANVAN = [sys.executable, "-m", "crawler.cli"]


def run_danvan(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*DANVAN, *args], capture_output=True, text=True, cwd=cwd, timeout=600,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


def expected_articles(portal: registry.Portal) -> set[str]:
    """Article URLs reachable from the portal's start URLs, walked from the mirror's files."""
    from scrapy.spiderloader import SpiderLoader

    from crawler.crawl.runner import project_settings

    spider = SpiderLoader.from_settings(project_settings()).load(portal.platform)
    seen: set[str] = set()
    found: set[str] = set()
    todo = list(portal.start_urls)
    while todo:
        url = todo.pop()
        if url in seen:
            continue
        seen.add(url)
        response = mirror_response(url)
        if response.body.lstrip().startswith(b"<?xml"):
            from scrapy.utils.sitemap import Sitemap

            sitemap = Sitemap(response.body)
            for entry in sitemap:
                loc = entry["loc"]
                if sitemap.type == "sitemapindex":
                    todo.append(loc)
                elif spider.is_article_url is None or spider.is_article_url(loc):
                    found.add(loc)
            continue
        listing: Listing = spider.parse_listing(response.selector, url)
        if portal.platform == "generic":
            import re

            listing = Listing(
                [u for u in listing.articles if re.search(portal.article_pattern, u)],
                [u for u in listing.next_pages if re.search(portal.listing_pattern, u)],
            )
        found.update(listing.articles)
        todo.extend(listing.next_pages)
    return found


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("crawl") / "archive.db"
    result = run_danvan("crawl", "--offline", "--db", str(db))
    assert result.returncode == 0, result.stderr[-3000:]
    return db


def query(db: Path, sql: str, *params: object) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def article(db: Path, title: str, portal: str) -> dict[str, object]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    row = conn.execute(
        "SELECT a.*, t.body FROM articles a JOIN article_texts t ON t.article_id = a.id"
        " WHERE a.title = ? AND a.portal = ?",
        (title, portal),
    ).fetchone()
    assert row is not None, f"no article titled {title!r}"
    return dict(row)


def test_every_mirrored_portal_is_crawled_completely(crawled: Path) -> None:
    hosts = mirrored_hosts()
    for portal in registry.load().portals:
        if not set(portal.hosts) <= hosts:
            continue
        expected = expected_articles(portal)
        stored = {u for (u,) in query(crawled, "SELECT url FROM articles WHERE portal = ?", portal.id)}
        skipped = {u for (u,) in query(crawled, "SELECT url FROM skipped WHERE portal = ?", portal.id)}
        # A page with no article text (a notice whose content is an attachment) is rejected, and said so.
        rejected = {u for (u,) in query(crawled, "SELECT url FROM errors WHERE portal = ? AND stage = 'validate'",
                                        portal.id)}
        assert not stored & skipped and not (stored | skipped) & rejected
        assert stored | skipped | rejected == expected, portal.id
        assert len(rejected) <= 1, rejected


def test_each_platform_has_30_articles_or_more(crawled: Path) -> None:
    counts = dict(query(crawled, "SELECT p.platform, count(*) FROM (SELECT portal FROM articles UNION ALL"
                                 " SELECT portal FROM skipped) a JOIN portals p ON p.id = a.portal"
                                 " GROUP BY p.platform"))
    assert set(counts) == set(registry.PLATFORMS)
    assert min(counts.values()) >= 30, counts


def test_seed_000_ngo_quyen(crawled: Path) -> None:
    row = article(crawled, "Công tác dân vận của Quận Ngô Quyền góp phần tổ chức thành công đại hội đảng các cấp",
                  "ngoquyen")
    assert row["published_at"] == "2020-10-12T10:24:00+07:00"
    assert row["unit"] == "Quận Ngô Quyền"
    assert row["unit_code"] == "304"
    assert row["province"] == "Thành phố Hải Phòng"
    assert row["year_month"] == "2020-10"
    assert "CHỦ ĐỀ NĂM 2023" not in row["body"]
    assert "Lượt truy cập" not in row["body"]


def test_seed_001_republished(crawled: Path) -> None:
    row = article(crawled, "Triển khai nhiệm vụ công tác dân vận năm 2020", "cttdt-dang-lai")
    assert row["published_at"] == "2019-12-27T13:44:00+07:00"
    assert row["source_credit"] == "CTTĐT"
    for furniture in ("Các tin tức khác", "lượt xem", "Biết sợ nhưng đừng hoang mang", "danh mục tin tức"):
        assert furniture not in row["body"]


def test_seed_003_cau_giay(crawled: Path) -> None:
    row = article(crawled, "Hiệu quả từ phong trào thi đua “Dân vận khéo”", "caugiay")
    assert row["published_at"] == "2018-08-17T23:40:00+07:00"
    assert row["category"] == "Công tác Đảng"
    assert row["view_count"] == 2192
    assert row["unit"] == "Quận Cầu Giấy"
    assert row["unit_level"] == "quận"


def test_seed_004_kinhtedothi(crawled: Path) -> None:
    row = article(crawled, "Phát huy sức mạnh đại đoàn kết của Nhân dân trong xây dựng Thủ đô", "kinhtedothi")
    assert row["kicker"] == "Kỷ niệm 94 năm Ngày thành lập Đảng bộ Thành phố Hà Nội (17/3/1930 - 17/3/2024)"
    assert row["author"] == "Nguyên Bảo"
    assert "Chia sẻ Zalo" not in row["body"]
    assert row["unit"] == "Thành phố Hà Nội"


def test_text_is_stored_nfc(crawled: Path) -> None:
    import unicodedata

    for title, body in query(crawled, "SELECT title, body FROM articles JOIN article_texts ON article_id = id"):
        assert unicodedata.is_normalized("NFC", title) and unicodedata.is_normalized("NFC", body)


def test_fts_index_holds_every_article_folded(crawled: Path) -> None:
    assert query(crawled, "SELECT count(*) FROM articles_fts") == query(crawled, "SELECT count(*) FROM articles")
    found = {r for (r,) in query(crawled, "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?",
                                 '"dan van kheo"')}
    expected = {i for (i, t, s, b) in query(crawled, "SELECT id, title, sapo, body FROM articles"
                                                     " JOIN article_texts ON article_id = id")
                if "dan van kheo" in " ".join(fold(f"{t} {s} {b}").split())}
    assert found == expected and found


def test_crawl_runs_record_each_portal(crawled: Path) -> None:
    rows = query(crawled, "SELECT portal, status, articles_new + articles_skipped, errors, finished_at FROM crawl_runs")
    assert {r[0] for r in rows} == {r[0] for r in query(crawled, "SELECT portal FROM articles UNION SELECT portal"
                                                                 " FROM skipped")}
    assert all(status == "ok" and seen > 0 and errors == 0 and finished for _, status, seen, errors, finished in rows)


def test_recrawl_changes_nothing(crawled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A full sweep re-extracts every page (an incremental re-crawl would fetch none: test_incremental).
    monkeypatch.setenv("DANVAN_FULL_SWEEP", "1")
    before = query(crawled, "SELECT url, content_hash, first_seen FROM articles ORDER BY url")
    result = run_danvan("crawl", "--offline", "--db", str(crawled), "--portal", "ngoquyen")
    assert result.returncode == 0, result.stderr[-2000:]
    assert query(crawled, "SELECT url, content_hash, first_seen FROM articles ORDER BY url") == before
    last = query(crawled, "SELECT articles_new, articles_updated, articles_unchanged FROM crawl_runs"
                          " ORDER BY id DESC LIMIT 1")[0]
    assert last[0] == 0 and last[1] == 0 and last[2] > 0


def test_new_portal_of_known_platform_needs_no_code(tmp_path: Path) -> None:
    extra = """
[[portal]]
id = "sotttt-ban-sao"
name = "Bản sao chuyên mục Sở TT&TT"
platform = "hanoi_liferay"
base_url = "https://sotttt.hanoi.gov.vn"
start_urls = ["https://sotttt.hanoi.gov.vn/hoat-ong-ang-oan-the"]
  [[portal.unit]]
  name = "Thành phố Hà Nội"
  code = "01"
  level = "thành phố"
  province = "Thành phố Hà Nội"
  province_code = "01"
"""
    reg = tmp_path / "portals.toml"
    reg.write_text(extra, encoding="utf-8")
    db = tmp_path / "archive.db"
    # The local registry adds the portal on top of the shipped ones: crawl it alone.
    result = run_danvan("crawl", "--offline", "--db", str(db), "--registry", str(reg), "--max-pages", "2",
                        "--portal", "sotttt-ban-sao")
    assert result.returncode == 0, result.stderr[-2000:]
    rows = query(db, "SELECT DISTINCT portal, unit FROM articles")
    assert rows == [("sotttt-ban-sao", "Thành phố Hà Nội")]
    seen = query(db, "SELECT (SELECT count(*) FROM articles) + (SELECT count(*) FROM skipped)")[0][0]
    assert seen == 20  # 2 listing pages of 10


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def small_archive(tmp_path: Path) -> Path:
    db = tmp_path / "archive.db"
    result = run_danvan("crawl", "--offline", "--db", str(db), "--portal", "ngoquyen", "--max-pages", "1")
    assert result.returncode == 0, result.stderr[-2000:]
    return db


def test_broken_registry_is_one_line_and_changes_nothing(small_archive: Path, tmp_path: Path) -> None:
    before = digest(small_archive)
    broken = tmp_path / "broken.toml"
    broken.write_text("[[portal]\nid = 'x'\n", encoding="utf-8")
    result = run_danvan("crawl", "--offline", "--db", str(small_archive), "--registry", str(broken))
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "not valid TOML" in result.stderr
    assert digest(small_archive) == before


def test_unknown_portal_is_one_line_and_changes_nothing(small_archive: Path) -> None:
    before = digest(small_archive)
    result = run_danvan("crawl", "--offline", "--db", str(small_archive), "--portal", "khong-co")
    assert result.returncode == 2
    assert result.stderr.strip() .startswith("danvan: error: unknown portal id 'khong-co'")
    assert result.stderr.strip().count("\n") == 0
    assert digest(small_archive) == before


@pytest.mark.parametrize("where", ["parent-is-a-file", "path-is-a-folder"])
def test_unusable_archive_path_is_one_line(tmp_path: Path, where: str) -> None:
    blocker = tmp_path / "blocker"
    if where == "parent-is-a-file":
        blocker.write_text("not a folder")
        db = blocker / "archive.db"
    else:
        blocker.mkdir()
        db = blocker
    result = run_danvan("crawl", "--offline", "--db", str(db), "--portal", "ngoquyen")
    assert result.returncode == 2
    assert result.stderr.startswith("danvan: error: ") and result.stderr.strip().count("\n") == 0
    assert "Traceback" not in result.stderr
