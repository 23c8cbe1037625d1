"""Incremental re-crawl benchmark: a first crawl of a large mirror, then a re-crawl of it unchanged.

Builds bench.large_mirror (N articles over five portals, one per platform) in a temporary folder, runs
`danvan crawl --offline` on it twice (real processes, real HTTP on loopback) and reports
the requests of each crawl (crawl_runs.requests), their ratio, and the article pages the
re-crawl downloaded (responses with a body, and `pages` rows it fetched at all).
Targets: ratio <= 1%, no article page re-downloaded.

    python -m bench.recrawl --articles 10000
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import large_mirror

ROOT = Path(__file__).resolve().parent.parent
# Each crawl at its own frozen time, so `pages.last_fetched` tells the crawls apart.
FIRST, SECOND = "2026-11-23T01:00:00+00:00", "2026-11-23T02:00:00+00:00"


def crawl(db: Path, root: Path, registry: Path, at: str) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "crawler.cli", "crawl", "--offline", "--quiet", "--db", str(db),
         "--registry", str(registry), "--max-pages", "100000"],
        check=True, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "DANVAN_MIRROR_ROOT": str(root / "sites"),
             "DANVAN_FROZEN_TIME": at, "DANVAN_CAPTURES": os.environ.get("DANVAN_CAPTURES", "1")},
    )
    return time.perf_counter() - started


def measure(articles: int, workdir: Path) -> dict[str, object]:
    registry = large_mirror.build(workdir, articles)
    db = workdir / "archive.db"
    first_seconds = crawl(db, workdir, registry, FIRST)
    second_seconds = crawl(db, workdir, registry, SECOND)
    with sqlite3.connect(db) as conn:
        # One crawl_runs row per portal: each crawl's rows are the ones it started at its frozen time.
        first_requests, first_articles, _ = _totals(conn, FIRST)
        second_requests, second_articles, second_listings = _totals(conn, SECOND)
        refetched = conn.execute(
            "SELECT count(*) FROM pages WHERE kind = 'article' AND last_fetched = ?", (SECOND,)).fetchone()[0]
        stored = conn.execute("SELECT (SELECT count(*) FROM articles) + (SELECT count(*) FROM skipped)").fetchone()[0]
    return {
        "articles_in_mirror": articles,
        "articles_stored_or_skipped": stored,
        "first_crawl": {"requests": first_requests, "article_pages": first_articles,
                        "seconds": round(first_seconds, 1)},
        "recrawl": {"requests": second_requests, "listing_pages_downloaded": second_listings,
                    "article_pages_downloaded": second_articles, "article_pages_requested": refetched,
                    "seconds": round(second_seconds, 1)},
        "ratio_percent": round(100 * second_requests / first_requests, 3),
    }


def _totals(conn: sqlite3.Connection, at: str) -> tuple[int, int, int]:
    """Requests, article pages and listing pages of the crawl run at frozen time `at`, over its portals."""
    row = conn.execute(
        "SELECT sum(requests), sum(article_pages), sum(listing_pages) FROM crawl_runs WHERE started_at = ?", (at,)
    ).fetchone()
    return int(row[0] or 0), int(row[1] or 0), int(row[2] or 0)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, help="Build in this folder and keep it (default: a temporary one).")
    args = parser.parse_args(argv)
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        result = measure(args.articles, args.keep)
    else:
        with tempfile.TemporaryDirectory(prefix="danvan-recrawl-") as tmp:
            result = measure(args.articles, Path(tmp))
    print(json.dumps(result, indent=2))
    ok = result["ratio_percent"] <= 1 and result["recrawl"]["article_pages_requested"] == 0  # type: ignore[index]
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
