"""Crawl benchmarks on the large mirror: pages per minute, peak memory, and the re-crawl.

- Crawl: `danvan crawl --offline` of the large mirror (bench.large_mirror, every platform)
  with delays off (the offline profile), pages per minute over the whole process (start-up
  and the closing duplicate pass included), against `scrapy bench` run in the same session
  just before and just after it (the mean of its responses over its elapsed time, from its
  stats). Target ≥ 0.8×.
- Memory: peak RSS of the crawl process (`ru_maxrss` of the child, its mirror server
  included) at the large size against the small one. It must not grow with the articles
  crawled: target ≤ 1.25× for 5× the articles.
- Re-crawl: requests of an unchanged re-crawl of the large mirror over the first crawl's
  (`crawl_runs.requests`). Target ≤ 1 %.

    python -m bench.crawl            # 10,000 and 2,000 articles
    python -m bench.crawl --quick    # 2,000 and 500
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench import large_mirror
from bench.report import Row, print_table

ROOT = Path(__file__).resolve().parent.parent
# Each crawl at its own frozen time, so `pages.last_fetched` tells the crawls apart.
FIRST, SECOND = "2026-11-23T01:00:00+00:00", "2026-11-23T02:00:00+00:00"
CRAWL_TARGET, MEMORY_TARGET, RECRAWL_TARGET = 0.8, 1.25, 0.01


@dataclass
class CrawlResult:
    seconds: float
    cpu_seconds: float  # user + system, of the crawl process and its mirror server
    peak_rss_mib: float
    requests: int
    responses: int
    article_pages: int

    @property
    def pages_per_minute(self) -> float:
        return self.responses / self.seconds * 60

    @property
    def pages_per_cpu_minute(self) -> float:
        return self.responses / self.cpu_seconds * 60


def crawl(db: Path, root: Path, registry: Path, at: str = FIRST) -> CrawlResult:
    """Run `danvan crawl --offline` of the mirror under `root` as a child process and measure it."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DANVAN_MIRROR_ROOT": str(root / "sites"),
           "DANVAN_FROZEN_TIME": at, "DANVAN_JOBDIR_ROOT": "off",
           "DANVAN_CAPTURES": os.environ.get("DANVAN_CAPTURES", "1")}
    env.pop("DANVAN_DOWNLOAD_DELAY", None)  # delays off: the offline profile's own setting
    before = _runs(db)
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "crawler.cli", "crawl", "--offline", "--quiet", "--db", str(db),
         "--registry", str(registry), "--max-pages", "100000"],
        cwd=db.parent, env=env,
    )
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"danvan crawl exited with {proc.returncode}")
    with sqlite3.connect(db) as conn:
        requests, responses, articles = conn.execute(
            "SELECT sum(requests), sum(responses), sum(article_pages) FROM crawl_runs WHERE id > ?", (before,)
        ).fetchone()
    return CrawlResult(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, requests or 0,
                       responses or 0, articles or 0)


def _runs(db: Path) -> int:
    if not db.exists():
        return 0
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT coalesce(max(id), 0) FROM crawl_runs").fetchone()[0]


def scrapy_bench(seconds: int = 20) -> tuple[float, float]:
    """Pages per minute of `scrapy bench` (Scrapy's own local benchmark), from its final stats,
    and per minute of CPU (its process and its server's)."""
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with tempfile.TemporaryDirectory(prefix="danvan-scrapy-bench-") as tmp:  # outside the project's settings
        out = subprocess.run(
            [sys.executable, "-m", "scrapy", "bench", "-s", f"CLOSESPIDER_TIMEOUT={seconds}"],
            cwd=tmp, capture_output=True, text=True, check=True,
            env={k: v for k, v in os.environ.items() if k != "SCRAPY_SETTINGS_MODULE"},
        ).stderr
    stats = dict(re.findall(r"'(response_received_count|elapsed_time_seconds)': ([\d.]+)", out))
    if len(stats) != 2:
        raise RuntimeError("scrapy bench printed no stats")
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (cpu_after.ru_utime + cpu_after.ru_stime) - (cpu_before.ru_utime + cpu_before.ru_stime)
    pages = float(stats["response_received_count"])
    return pages / float(stats["elapsed_time_seconds"]) * 60, pages / cpu * 60


def run(quick: bool = False, large: int | None = None, small: int | None = None,
        keep: Path | None = None) -> list[Row]:
    """Crawl, memory and re-crawl rows (the mirrors are built in a temporary folder, or `keep`)."""
    large = large or (2_000 if quick else 10_000)
    small = small or (500 if quick else 2_000)
    with tempfile.TemporaryDirectory(prefix="danvan-bench-crawl-") as tmp:
        work = keep or Path(tmp)
        big_root, small_root = work / f"mirror-{large}", work / f"mirror-{small}"
        big_registry = large_mirror.build(big_root, large)
        small_registry = large_mirror.build(small_root, small)
        # Before and after the crawl: other work on a shared machine weighs on both alike.
        before = scrapy_bench()
        first = crawl(big_root / "archive.db", big_root, big_registry, FIRST)
        after = scrapy_bench()
        baseline, cpu_baseline = (before[0] + after[0]) / 2, (before[1] + after[1]) / 2
        again = crawl(big_root / "archive.db", big_root, big_registry, SECOND)
        little = crawl(small_root / "archive.db", small_root, small_registry, FIRST)
    return [
        Row(f"crawl --offline, {large:,} articles, 5 platforms ({first.responses:,} pages in {first.seconds:.0f} s)",
            first.pages_per_minute, "pages/min", baseline, "scrapy bench", True, CRAWL_TARGET),
        # The same per minute of CPU: what the machine's other load does not change.
        Row(f"crawl --offline, {large:,} articles, per CPU minute ({first.cpu_seconds:.0f} s of CPU)",
            first.pages_per_cpu_minute, "pages/CPU-min", cpu_baseline, "scrapy bench", True, None),
        Row(f"re-crawl unchanged, requests ({large:,} articles)", again.requests, "requests", first.requests,
            "first crawl", False, RECRAWL_TARGET),
        Row(f"peak RSS, crawl of {large:,} articles", first.peak_rss_mib, "MiB", little.peak_rss_mib,
            f"crawl of {small:,}", False, MEMORY_TARGET),
    ]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="2,000 and 500 articles instead of 10,000 and 2,000")
    parser.add_argument("--articles", type=int, help="the large mirror's size")
    parser.add_argument("--small", type=int, help="the small mirror's size (memory baseline)")
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it")
    args = parser.parse_args(argv)
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
    print_table(run(args.quick, args.articles, args.small, args.keep))


if __name__ == "__main__":
    main()
