"""Run monitoring over real crawls: responses by status, the errors table, broken portals, spidermon."""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.mirror import SITES
from crawler.mirror.server import serving_in_subprocess
from tests.helpers import ROOT

DANVAN = [sys.executable, "-m", "crawler.cli"]
SCRAPY = [sys.executable, "-m", "scrapy"]
BLANK_PAGE = "day-manh-phong-trao-thi-dua-dan-van-kheo-tren-dia-ban-thanh-pho.html"


def query(db: Path, sql: str, *params: object) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def redesigned_mirror(root: Path) -> Path:
    """A copy of kinhtedothi.vn whose article pages lost every class attribute, as after a redesign.

    Listings and the sitemap are untouched, so articles are still found; the platform's
    selectors no longer match on the article pages.
    """
    site = root / "kinhtedothi.vn"
    shutil.copytree(SITES / "kinhtedothi.vn", site)
    changed = 0
    for page in site.glob("*.html"):
        html = page.read_text(encoding="utf-8")
        page.write_text(re.sub(r'\sclass="[^"]*"', "", html), encoding="utf-8")
        changed += 1
    assert changed > 5
    # And one article page came back blank: nothing to extract at all.
    (site / BLANK_PAGE).write_text("<html><head></head><body></body></html>", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def broken_crawl(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    tmp = tmp_path_factory.mktemp("broken")
    db = tmp / "archive.db"
    with serving_in_subprocess(redesigned_mirror(tmp / "sites")) as mirror:
        result = subprocess.run(
            [*SCRAPY, "crawl", "kinhtedothi", "-a", "portal=kinhtedothi", "-s", f"DANVAN_DB={db}",
             "-s", "LOG_LEVEL=INFO"],
            capture_output=True, text=True, cwd=ROOT, timeout=300,
            env={**os.environ, "DANVAN_MIRROR_URL": mirror, "DANVAN_MONITOR_MAX_DAYS_SINCE_NEW": "30"},
        )
    assert result.returncode == 0, result.stderr[-3000:]
    return db, result


def test_a_portal_whose_selectors_broke_is_marked_broken(broken_crawl) -> None:
    db, result = broken_crawl
    [(status, broken, by_status, article_pages)] = query(
        db, "SELECT status, broken, responses_by_status, article_pages FROM crawl_runs")
    assert (status, broken) == ("degraded", 1)
    assert article_pages > 5
    assert json.loads(by_status) == {"200": json.loads(by_status)["200"]}
    # The generic extractor took over: articles are still archived, with a title and a body.
    assert "generic extractor used" in result.stderr
    assert query(db, "SELECT count(*) FROM articles WHERE title != '' AND published_at IS NOT NULL")[0][0] > 0
    assert query(db, "SELECT last_status, last_problem IS NOT NULL FROM portal_health WHERE portal = 'kinhtedothi'"
                 ) == [("degraded", 1)]


def test_an_article_page_with_nothing_to_extract_is_an_errors_row(broken_crawl) -> None:
    db, _ = broken_crawl
    rows = query(db, "SELECT e.stage, e.reason FROM errors e JOIN crawl_runs r ON r.id = e.run_id WHERE e.url = ?",
                 f"https://kinhtedothi.vn/{BLANK_PAGE}")
    assert rows == [("validate", f"https://kinhtedothi.vn/{BLANK_PAGE}: no title or body extracted")]


def test_spidermon_runs_the_portal_monitors(broken_crawl) -> None:
    db, result = broken_crawl
    for name in ("Portal health", "Articles found", "Error ratio", "Days since the last new article",
                 "Finish Reason Monitor"):
        assert re.search(rf"\[Spidermon\] {re.escape(name)}/.*\.\.\. (OK|FAIL)", result.stderr), name
    # The mirror's newest KTĐT article is years old: the freshness monitor fails and says so.
    assert "Days since the last new article/" in result.stderr and "FAIL" in result.stderr
    rows = query(db, "SELECT e.run_id = r.id, e.portal, e.reason FROM errors e JOIN crawl_runs r "
                     "ON r.portal = e.portal WHERE e.stage = 'monitor' ORDER BY e.reason")
    assert len(rows) == 2
    (linked, portal, reason), (health_linked, _, health) = rows
    assert (linked, portal) == (1, "kinhtedothi")
    assert reason.startswith("Days since the last new article: newest article is ")
    # The redesign itself is a failed monitor too, so notifications name it.
    assert health_linked == 1 and health.startswith("Portal health: degraded: the platform's selectors found no")


@pytest.fixture(scope="module")
def failing_crawl(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    tmp = tmp_path_factory.mktemp("failing")
    registry = tmp / "portals.toml"
    registry.write_text(
        (ROOT / "crawler" / "core" / "portals.toml").read_text(encoding="utf-8") + """
[[portal]]
id = "ktd-trang-mat"
name = "Báo Kinh tế & Đô thị (chuyên mục đã xoá)"
platform = "kinhtedothi"
base_url = "https://kinhtedothi.vn"
start_urls = ["https://kinhtedothi.vn/chuyen-muc-khong-con"]
allowed_domains = ["kinhtedothi.vn"]
  [[portal.unit]]
  name = "Thành phố Hà Nội"
  code = "01"
  level = "thành phố"
  province = "Thành phố Hà Nội"
  province_code = "01"
""", encoding="utf-8")
    db = tmp / "archive.db"
    result = subprocess.run(
        [*DANVAN, "crawl", "--offline", "--db", str(db), "--registry", str(registry),
         "--portal", "ktd-trang-mat", "--portal", "haiphong"],
        capture_output=True, text=True, cwd=ROOT, timeout=600, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    return db, result


def test_a_portal_that_failed_entirely_sets_the_exit_status(failing_crawl) -> None:
    db, result = failing_crawl
    assert result.returncode == 1, result.stderr[-3000:]
    assert "ktd-trang-mat: failed: nothing usable came back; 1 page failed (see the errors table)" in result.stderr
    runs = dict(query(db, "SELECT portal, status FROM crawl_runs"))
    assert runs == {"ktd-trang-mat": "failed", "haiphong": "ok"}
    by_status = dict(query(db, "SELECT portal, responses_by_status FROM crawl_runs"))
    assert json.loads(by_status["ktd-trang-mat"]) == {"404": 1}


def test_errors_rows_name_the_run_the_page_and_the_stage(failing_crawl) -> None:
    db, _ = failing_crawl
    rows = query(db, """SELECT e.stage, e.url, e.reason FROM errors e JOIN crawl_runs r ON r.id = e.run_id
                        WHERE r.portal = 'ktd-trang-mat' ORDER BY e.stage""")
    assert ("http", "https://kinhtedothi.vn/chuyen-muc-khong-con", "HTTP 404") in rows
    assert ("monitor", None, "Articles found: no article found") in rows
    assert any(stage == "monitor" and reason.startswith("Error ratio: 1 errors in 1 requests")
               for stage, _, reason in rows)
    # The healthy portal of the same crawl has none.
    assert query(db, "SELECT count(*) FROM errors WHERE portal = 'haiphong'") == [(0,)]


def test_datasette_metadata_describes_the_monitoring_tables() -> None:
    metadata = json.loads((ROOT / "datasette_metadata.json").read_text(encoding="utf-8"))
    [database] = metadata["databases"].values()
    tables = database["tables"]
    for name in ("crawl_runs", "errors", "pages", "article_versions", "portal_health"):
        assert tables[name]["description"], name
    assert tables["portal_health"]["title"] == "Tình trạng cổng"
    assert {"responses_by_status", "broken", "capture_file"} <= set(tables["crawl_runs"]["columns"])
    assert "stage" in tables["errors"]["facets"]


def test_a_page_that_cannot_be_downloaded_is_an_errors_row(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    with serving_in_subprocess() as mirror:
        # Pages larger than DOWNLOAD_MAXSIZE are abandoned mid-download: a download failure.
        result = subprocess.run(
            [*SCRAPY, "crawl", "haiphong", "-a", "portal=haiphong", "-s", f"DANVAN_DB={db}",
             "-s", "DOWNLOAD_MAXSIZE=2000", "-s", "LOG_LEVEL=WARNING"],
            capture_output=True, text=True, cwd=ROOT, timeout=300, env={**os.environ, "DANVAN_MIRROR_URL": mirror},
        )
    assert result.returncode == 0, result.stderr[-3000:]
    rows = query(db, "SELECT stage, url, reason FROM errors WHERE stage != 'monitor'")
    assert [(stage, url) for stage, url, _ in rows] == [("download", "https://haiphong.gov.vn/tin-tuc-su-kien")]
    assert query(db, "SELECT status FROM crawl_runs") == [("failed",)]
