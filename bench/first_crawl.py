"""How long a full first crawl takes at the default (live) politeness.

Builds a category N listing pages deep (crawler.mirror.deep: one real article page per
listing page), serves it on loopback and crawls it with `scrapy crawl generic` and the live
profile's politeness: one request at a time per domain, DOWNLOAD_DELAY 1 s (randomised),
AutoThrottle. Reports the seconds per request, and what that makes for the real Hà Nội
Liferay category of 148 listing pages and 2,874 articles, crawled to its bottom.

    python -m bench.first_crawl --pages 60
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from crawler.crawl.runner import project_settings
from crawler.mirror import deep
from crawler.mirror.server import serving_in_subprocess

ROOT = Path(__file__).resolve().parent.parent
REAL_CATEGORY = (148, 2874)  # listing pages, articles: the real sotttt category measured in issue 16


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=60, help="listing pages (and articles) of the category")
    args = parser.parse_args(argv)
    live = project_settings("live")
    politeness = {name: live.get(name) for name in (
        "DOWNLOAD_DELAY", "RANDOMIZE_DOWNLOAD_DELAY", "CONCURRENT_REQUESTS_PER_DOMAIN", "AUTOTHROTTLE_ENABLED",
        "AUTOTHROTTLE_START_DELAY", "AUTOTHROTTLE_MAX_DELAY", "AUTOTHROTTLE_TARGET_CONCURRENCY")}
    with tempfile.TemporaryDirectory() as tmp:
        root = deep.build(Path(tmp), args.pages)
        db = root / "archive.db"
        with serving_in_subprocess(root / "sites") as mirror:
            command = [sys.executable, "-m", "scrapy", "crawl", "generic", "-a", f"portal={deep.PORTAL}",
                       "-s", f"DANVAN_DB={db}", "-s", f"DANVAN_REGISTRY={root / 'local.toml'}",
                       "-s", f"DANVAN_MIRROR_URL={mirror}", "-s", "DANVAN_STORE_ALL=1", "-s", "LOG_LEVEL=ERROR"]
            for name, value in politeness.items():
                command += ["-s", f"{name}={value}"]
            started = time.perf_counter()
            subprocess.run(command, check=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
            seconds = time.perf_counter() - started
        with sqlite3.connect(db) as conn:
            requests, listings, articles = conn.execute(
                "SELECT requests, listing_pages, articles_new FROM crawl_runs").fetchone()
    per_request = seconds / requests
    real_requests = sum(REAL_CATEGORY)
    print("politeness: " + ", ".join(f"{k}={v}" for k, v in politeness.items()))
    print(f"category of {args.pages} listing pages: {listings} listing pages and {articles} articles read, "
          f"{requests} requests in {seconds:.0f} s = {per_request:.2f} s per request")
    print(f"a full first crawl of the real category ({REAL_CATEGORY[0]} listing pages, {REAL_CATEGORY[1]} "
          f"articles, about {real_requests} requests): about {real_requests * per_request / 60:.0f} minutes")


if __name__ == "__main__":
    main()
