"""A real crawl of the mirrored hatinh.gov.vn with the bai_viet platform: the engine over local HTTP into SQLite."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.core import registry
from crawler.crawl.outcomes import EXIT_OK
from crawler.mirror import SITES
from crawler.mirror import build_bai_viet as site
from crawler.mirror.corpus import real_articles
from tests.helpers import ROOT, read_rows

# A standalone registry: the shipped `hatinh` entry (provinces.toml) on the bai_viet platform.
REGISTRY = """extends = false

[[portal]]
id = "hatinh"
name = "Cổng thông tin điện tử tỉnh Hà Tĩnh"
platform = "bai_viet"
status = "active"
base_url = "https://hatinh.gov.vn"
start_urls = ["https://hatinh.gov.vn/vi/chuyen-muc/tin-trong-tinh", \
"https://hatinh.gov.vn/vi/chuyen-muc/hoat-dong-so-ban-nganh-dia-phuong"]
allowed_domains = ["hatinh.gov.vn"]
notes = "[V] listings /vi/chuyen-muc/<slug>?page=N, articles /vi/bai-viet/<slug> (thuydung203/Crawl_data)"
  [[portal.unit]]
  name = "Tỉnh Hà Tĩnh"
  code = "42"
  level = "tỉnh"
  province = "Tỉnh Hà Tĩnh"
  province_code = "42"
  valid_to = "2025-06-30"
  [[portal.unit]]
  name = "Tỉnh Hà Tĩnh"
  code = "42"
  level = "tỉnh"
  province = "Tỉnh Hà Tĩnh"
  province_code = "42"
  valid_from = "2025-07-01"
"""


@pytest.fixture(scope="module")
def local_registry(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("registry") / "hatinh.toml"
    path.write_text(REGISTRY, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def crawled(local_registry: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess]:
    db = tmp_path_factory.mktemp("crawl") / "archive.db"
    result = subprocess.run(
        [sys.executable, "-m", "crawler.cli", "crawl", "--offline", "--quiet", "--registry", str(local_registry),
         "--portal", "hatinh", "--db", str(db)], capture_output=True, text=True, cwd=ROOT, timeout=600,
        env={**os.environ, "PYTHONPATH": str(ROOT), "DANVAN_MIRROR_ROOT": str(SITES), "DANVAN_STORE_ALL": "1"})
    return db, result


def test_the_local_entry_is_the_shipped_one_on_this_platform(local_registry: Path) -> None:
    local, shipped = registry.load(local_registry).get("hatinh"), registry.load().get("hatinh")
    assert local.platform == "bai_viet"
    assert (local.units, local.start_urls, local.base_url) == (shipped.units, shipped.start_urls, shipped.base_url)


def test_the_crawl_exits_ok(crawled) -> None:
    _, result = crawled
    assert result.returncode == EXIT_OK, result.stdout + result.stderr[-3000:]


def test_every_article_of_the_mirror_is_archived_with_its_title_and_date(crawled) -> None:
    db, _ = crawled
    stored = {url: (title, published) for url, title, published in
              read_rows(db, "SELECT url, title, published_at FROM articles WHERE portal = 'hatinh'")}
    expected = {p.url: (p.title, p.when.isoformat() + "+07:00") for p in site.posts()}
    assert stored == expected
    assert len(expected) == 30


def test_the_archived_fields_come_from_the_platform(crawled) -> None:
    db, _ = crawled
    corpus = {a.key: a for a in real_articles()}
    rows = {r[0]: r[1:] for r in read_rows(
        db, "SELECT a.url, a.extractor, a.author, a.category, a.view_count, a.time_known, a.unit, t.body"
            " FROM articles a JOIN article_texts t ON t.article_id = a.id")}
    for post in site.posts():
        extractor, author, category, views, time_known, unit, body = rows[post.url]
        assert (extractor, author, category, views, time_known, unit) == (
            "bai_viet", post.author, post.category.label, post.views, 1, "Tỉnh Hà Tĩnh"), post.url
        assert body == "\n\n".join(site.body_paragraphs(corpus[post.key])), post.url


def test_the_run_is_ok_and_read_every_listing_page(crawled) -> None:
    db, _ = crawled
    pages = sum(len(site.pages_of(c, site.posts())) for c in site.CATEGORIES)
    assert pages == 4
    rows = read_rows(db, "SELECT status, listing_pages, article_pages, articles_new, errors FROM crawl_runs"
                         " WHERE portal = 'hatinh'")
    assert rows == [("ok", pages, 30, 30, 0)]


def test_no_error_nor_drift_was_recorded(crawled) -> None:
    db, _ = crawled
    assert read_rows(db, "SELECT url, stage, reason FROM errors") == []
