"""First crawls go to the bottom: a category 120 listing pages deep, crawled with default settings.

The category is built here from a real article page of the generic mirror portal, one article
per listing page, each dated a day before the previous one. A first crawl reaches the last
page; the default depth cap bounds incremental runs only; a cap given to the crawl is what
was asked (ok), a cap it was not given makes the run partial; `--since` bounds a backfill.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.crawl.outcomes import EXIT_DEGRADED, EXIT_OK
from crawler.mirror import deep as deep_category
from tests.helpers import ROOT, read_rows

PAGES = 120
day = deep_category.day


@pytest.fixture(scope="module")
def deep(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return deep_category.build(tmp_path_factory.mktemp("deep"), PAGES)


def crawl(deep: Path, db: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crawler.cli", "crawl", "--offline", "--quiet", "--registry", str(deep / "local.toml"),
         "--portal", "sau", "--db", str(db), *args], capture_output=True, text=True, cwd=ROOT, timeout=600,
        env={**os.environ, "PYTHONPATH": str(ROOT), "DANVAN_MIRROR_ROOT": str(deep / "sites"),
             "DANVAN_STORE_ALL": "1", **env})


def run_row(db: Path) -> tuple:
    return read_rows(db, "SELECT status, listing_pages, articles_new FROM crawl_runs ORDER BY id DESC LIMIT 1")[0]


def test_a_first_crawl_reaches_the_last_listing_page(deep: Path, tmp_path: Path) -> None:
    result = crawl(deep, tmp_path / "a.db")
    assert result.returncode == EXIT_OK, result.stdout + result.stderr
    assert run_row(tmp_path / "a.db") == ("ok", PAGES, PAGES)
    # An incremental run afterwards stops at the first page with nothing new.
    again = crawl(deep, tmp_path / "a.db")
    assert again.returncode == EXIT_OK, again.stdout
    status, listings, new = run_row(tmp_path / "a.db")
    assert (status, new) == ("ok", 0) and listings < 5


def test_a_cap_given_to_the_crawl_is_what_was_asked(deep: Path, tmp_path: Path) -> None:
    result = crawl(deep, tmp_path / "a.db", "--max-pages", "10")
    assert result.returncode == EXIT_OK, result.stdout
    assert run_row(tmp_path / "a.db") == ("ok", 10, 10)


def test_a_walk_cut_by_a_bound_it_was_not_given_is_partial(deep: Path, tmp_path: Path) -> None:
    result = crawl(deep, tmp_path / "a.db", DANVAN_BACKFILL_MAX_PAGES="60")
    assert result.returncode == EXIT_DEGRADED
    assert run_row(tmp_path / "a.db") == ("partial", 60, 60)
    assert result.stdout.startswith("sau: partial: listings were not followed to their end")


def test_since_bounds_a_backfill_by_date(deep: Path, tmp_path: Path) -> None:
    result = crawl(deep, tmp_path / "a.db", "--since", day(40).isoformat())
    assert result.returncode == EXIT_OK, result.stdout
    dates = [d for (d,) in read_rows(tmp_path / "a.db", "SELECT published_at FROM articles")]
    assert len(dates) == 40 and min(dates)[:10] == day(40).isoformat()  # articles 1 to 40
    status, listings, _ = run_row(tmp_path / "a.db")
    assert status == "ok" and listings < 50
