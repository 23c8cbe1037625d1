"""hungyen.gov.vn crawled through the real engine: `danvan crawl --offline` over the mirror's HTTP, into SQLite.

The registry is a standalone file holding one entry, the `hungyen` portal as the news_layout
platform reads it (its real start URLs and units), so nothing else of the registry is crawled.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.crawl.outcomes import EXIT_OK
from crawler.mirror import SITES
from crawler.mirror import build_news_layout as site
from tests.helpers import ROOT, read_rows

START_URLS = (site.NEWS.url(1), site.DIGEST.url(1))
REGISTRY = """extends = false

[[portal]]
id = "hungyen"
name = "Cổng thông tin điện tử tỉnh Hưng Yên"
platform = "news_layout"
status = "active"
base_url = "https://hungyen.gov.vn"
start_urls = [{starts}]
allowed_domains = ["hungyen.gov.vn"]
notes = "[V] listings /chuyen-muc-<slug>-c<catId>-<page>.html (thuydung203/Crawl_data crawl_hungyen.py)"
  [[portal.unit]]
  name = "Tỉnh Hưng Yên"
  code = "33"
  level = "tỉnh"
  province = "Tỉnh Hưng Yên"
  province_code = "33"
  valid_to = "2025-06-30"
  [[portal.unit]]
  name = "Tỉnh Hưng Yên"
  code = "33"
  level = "tỉnh"
  province = "Tỉnh Hưng Yên"
  province_code = "33"
  valid_from = "2025-07-01"
"""


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess[str], Path]:
    root = tmp_path_factory.mktemp("hungyen")
    registry_file = root / "hungyen.toml"
    registry_file.write_text(REGISTRY.format(starts=", ".join(f'"{u}"' for u in START_URLS)), encoding="utf-8")
    db = root / "archive.db"
    result = subprocess.run(
        [sys.executable, "-m", "crawler.cli", "crawl", "--offline", "--quiet", "--registry", str(registry_file),
         "--portal", "hungyen", "--db", str(db)], capture_output=True, text=True, cwd=ROOT, timeout=600,
        env={**os.environ, "PYTHONPATH": str(ROOT), "DANVAN_MIRROR_ROOT": str(SITES), "DANVAN_STORE_ALL": "1"})
    return result, db


def test_the_crawl_exits_ok(crawled) -> None:
    result, _ = crawled
    assert result.returncode == EXIT_OK, result.stdout + result.stderr[-3000:]


def test_every_article_is_archived_with_its_title_and_date(crawled) -> None:
    _, db = crawled
    rows = read_rows(db, "SELECT url, title, published_at FROM articles WHERE portal = 'hungyen'")
    expected = {p.url: (p.title, f"{p.when:%Y-%m-%dT%H:%M:00}+07:00") for p in site.posts()}
    assert len(expected) == 30
    assert {url: (title, when) for url, title, when in rows} == expected


def test_articles_carry_the_platform_and_the_unit(crawled) -> None:
    _, db = crawled
    rows = read_rows(db, "SELECT DISTINCT extractor, unit, unit_code, category FROM articles")
    assert rows == [("news_layout", "Tỉnh Hưng Yên", "33", "Tin chung toàn tỉnh")]


def test_the_run_is_ok_and_read_every_listing_page(crawled) -> None:
    _, db = crawled
    status, listing_pages, article_pages, new, errors = read_rows(
        db, "SELECT status, listing_pages, article_pages, articles_new, errors FROM crawl_runs"
            " WHERE portal = 'hungyen' ORDER BY id DESC LIMIT 1")[0]
    assert (status, listing_pages) == ("ok", len(site.listings())) == ("ok", 4)
    assert (article_pages, new, errors) == (30, 30, 0)


def test_no_error_or_drift_is_recorded(crawled) -> None:
    _, db = crawled
    assert read_rows(db, "SELECT stage, url FROM errors") == []
