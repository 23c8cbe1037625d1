"""Scrapy's own commands work on the project as Scrapy users expect."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from crawler.core import registry
from crawler.mirror.server import serving_in_subprocess
from tests.helpers import ROOT

SCRAPY = [sys.executable, "-m", "scrapy"]


def test_scrapy_list_names_one_spider_per_platform() -> None:
    result = subprocess.run([*SCRAPY, "list"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert sorted(result.stdout.split()) == sorted([*registry.PLATFORMS, "wayback"])  # and web archives


def test_scrapy_crawl_one_portal_from_the_mirror(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    with serving_in_subprocess() as mirror:
        result = subprocess.run(
            [*SCRAPY, "crawl", "hanoi_liferay", "-a", "portal=sotttt", "-s", f"DANVAN_DB={db}",
             "-s", "DANVAN_MAX_LISTING_PAGES=1", "-s", "LOG_LEVEL=WARNING"],
            capture_output=True, text=True, cwd=ROOT, timeout=300,
            env={**os.environ, "DANVAN_MIRROR_URL": mirror},
        )
    assert result.returncode == 0, result.stderr[-2000:]
    with sqlite3.connect(db) as conn:
        seen = conn.execute("SELECT (SELECT count(*) FROM articles WHERE portal = 'sotttt')"
                            " + (SELECT count(*) FROM skipped WHERE portal = 'sotttt')").fetchone()[0]
    assert seen == 10  # one listing page: every article archived or skipped as not dân vận


def test_relevance_threshold_is_a_setting(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    with serving_in_subprocess() as mirror:
        result = subprocess.run(
            [*SCRAPY, "crawl", "hanoi_liferay", "-a", "portal=sotttt", "-s", f"DANVAN_DB={db}",
             "-s", "DANVAN_MAX_LISTING_PAGES=1", "-s", "DANVAN_RELEVANCE_THRESHOLD=1000", "-s", "LOG_LEVEL=WARNING"],
            capture_output=True, text=True, cwd=ROOT, timeout=300,
            env={**os.environ, "DANVAN_MIRROR_URL": mirror},
        )
    assert result.returncode == 0, result.stderr[-2000:]
    with sqlite3.connect(db) as conn:
        archived = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        skipped = conn.execute("SELECT count(*) FROM skipped").fetchone()[0]
    assert (archived, skipped) == (0, 10)
