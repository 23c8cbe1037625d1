"""A real crawl of the Điện Biên mirror (tandan platform) through the engine, over local HTTP."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.core import registry
from crawler.crawl.outcomes import EXIT_OK
from crawler.mirror import SITES
from crawler.mirror.build_tandan import BASE, CATEGORY, PER_PAGE, posts
from tests.helpers import ROOT, read_rows

PORTAL = "dienbien"


def registry_file(path: Path) -> Path:
    """A standalone registry: the dienbien entry on the tandan platform, with its units as shipped."""
    shipped = registry.load().get(PORTAL)
    units = "".join(
        f'''  [[portal.unit]]
  name = "{u.name}"
  code = "{u.code}"
  level = "{u.level}"
  province = "{u.province}"
  province_code = "{u.province_code}"
''' + (f'  valid_from = "{u.valid_from}"\n' if u.valid_from else "")
        + (f'  valid_to = "{u.valid_to}"\n' if u.valid_to else "")
        for u in shipped.units
    )
    path.write_text(f'''extends = false

[[portal]]
id = "{PORTAL}"
name = "{shipped.name}"
platform = "tandan"
base_url = "{BASE}"
start_urls = ["{BASE}{CATEGORY[0]}"]
allowed_domains = ["dienbien.gov.vn"]
notes = "[V] category pages paged with ?PageIndex=N (thuydung203/Crawl_data crawl_dienbien.py)"
{units}''', encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess[str], Path]:
    work = tmp_path_factory.mktemp("tandan")
    db = work / "archive.db"
    result = subprocess.run(
        [sys.executable, "-m", "crawler.cli", "crawl", "--offline", "--quiet",
         "--registry", str(registry_file(work / "local.toml")), "--portal", PORTAL, "--db", str(db)],
        capture_output=True, text=True, cwd=ROOT, timeout=600,
        env={**os.environ, "PYTHONPATH": str(ROOT), "DANVAN_MIRROR_ROOT": str(SITES), "DANVAN_STORE_ALL": "1"})
    return result, db


def test_the_crawl_ends_ok(crawled) -> None:
    result, _ = crawled
    assert result.returncode == EXIT_OK, result.stdout + result.stderr[-3000:]


def test_every_article_is_archived_with_its_title_and_date(crawled) -> None:
    _, db = crawled
    stored = {url: (title, published) for url, title, published in
              read_rows(db, "SELECT url, title, published_at FROM articles WHERE portal = ?", PORTAL)}
    expected = {p.url: (p.title, p.when.strftime("%Y-%m-%dT%H:%M:00+07:00")) for p in posts()}
    assert stored == expected


def test_articles_are_read_by_the_platform(crawled) -> None:
    _, db = crawled
    rows = read_rows(db, "SELECT DISTINCT extractor, category, unit FROM articles WHERE portal = ?", PORTAL)
    assert rows == [("tandan", CATEGORY[1], "Tỉnh Điện Biên")]


def test_the_run_is_ok_and_read_every_listing_page(crawled) -> None:
    _, db = crawled
    pages = -(-len(posts()) // PER_PAGE)
    assert pages == 3
    rows = read_rows(db, "SELECT status, listing_pages, article_pages, errors FROM crawl_runs WHERE portal = ?"
                         " ORDER BY id DESC LIMIT 1", PORTAL)
    assert rows == [("ok", pages, len(posts()), 0)]


def test_nothing_went_to_the_errors_table(crawled) -> None:
    _, db = crawled
    assert read_rows(db, "SELECT count(*) FROM errors") == [(0,)]
