"""Distributed crawl benchmark: pages per minute with 1 and 2 Redis workers and one archiver.

Builds the large mirror (bench.large_mirror, every platform), serves it once on loopback,
starts a Redis server (Debian's redis-server) on a free port, and times each crawl the same
way, from the start of its first process to the archive holding every finished crawl run,
start-up included, with delays off:

- a single-process `danvan crawl --offline` of the same mirror (the baseline of the
  1-worker row: what going through Redis and a separate archiver costs);
- one `danvan archiver`, then (once it has published its state) one
  `danvan crawl --offline --redis` worker;
- the archiver and two workers (its baseline: the 1-worker run).

Pages are the responses the crawl runs record. Each distributed archive must match the
single crawl's, portal by portal, in responses and in articles, or the benchmark fails: two
workers share one frontier and fetch no page twice. What this shows on a 2-core machine: the
workers, the archiver (classification and SQLite), the mirror server and Redis share two
cores, so a second worker cannot double the rate here; the figures show the distributed
mode's overhead and the shared frontier. They do not show scale-out across machines, where
each worker brings its own cores and the archiver is the one shared stage.

    python -m bench.distributed            # 3,000 articles
    python -m bench.distributed --quick    # 800
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench import large_mirror
from crawler.publish.serve import free_port

ROOT = Path(__file__).resolve().parent.parent
NOTE = ("2 cores shared by workers, archiver, mirror and Redis: shows the overhead and a shared frontier, "
        "not scale-out across machines")


@contextlib.contextmanager
def redis_server(folder: Path) -> Iterator[str]:
    """Debian's redis-server on a free loopback port, in memory only."""
    import redis

    binary = shutil.which("redis-server")
    if binary is None:
        raise RuntimeError("redis-server is not installed (make install installs it)")
    port = free_port()
    proc = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                             "--dir", str(folder)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    client = redis.Redis(port=port)
    try:
        for _ in range(100):
            with contextlib.suppress(redis.ConnectionError):
                if client.ping():
                    break
            time.sleep(0.1)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _env(mirror_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DANVAN_DOWNLOAD_DELAY", "DANVAN_REDIS_URL")}
    return {**env, "PYTHONPATH": str(ROOT), "DANVAN_MIRROR_URL": mirror_url, "DANVAN_JOBDIR_ROOT": "off"}


def _crawl_args(db: Path, registry: Path) -> list[str]:
    return [sys.executable, "-m", "crawler.cli", "crawl", "--offline", "--quiet", "--db", str(db),
            "--registry", str(registry), "--max-pages", "100000"]


def _per_portal(db: Path) -> dict[str, tuple[int, int]]:
    """Each portal's responses (pages fetched) and articles stored or skipped, over its crawl runs."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT portal, sum(responses), sum(articles_new + articles_skipped)"
                            " FROM crawl_runs GROUP BY portal").fetchall()
    return {portal: (int(pages), int(articles)) for portal, pages, articles in rows}


def _pages(db: Path) -> int:
    return sum(pages for pages, _ in _per_portal(db).values())


def single(work: Path, registry: Path, mirror_url: str) -> tuple[Path, float]:
    """The archive and seconds of one `danvan crawl --offline` process, from its start to its exit."""
    db = work / "single" / "archive.db"
    db.parent.mkdir()
    started = time.perf_counter()
    subprocess.run(_crawl_args(db, registry), cwd=db.parent, env=_env(mirror_url), check=True)
    return db, time.perf_counter() - started


def distributed(work: Path, registry: Path, mirror_url: str, redis_url: str, workers: int) -> tuple[Path, float]:
    """The archive and seconds of one archiver and `workers` workers, from the archiver's start
    to the archiver having finished every run."""
    import redis

    client = redis.Redis.from_url(redis_url)
    client.flushall()
    db = work / f"workers-{workers}" / "archive.db"
    db.parent.mkdir()
    env = _env(mirror_url)
    portals = sum(1 for line in registry.read_text(encoding="utf-8").splitlines() if line.strip() == "[[portal]]")
    # Timed like the single crawl: from the first process's start, start-up included.
    started = time.perf_counter()
    archiver = subprocess.Popen([sys.executable, "-m", "crawler.cli", "archiver", "--redis", redis_url,
                                 "--db", str(db), "--registry", str(registry)], cwd=db.parent, env=env)
    try:
        while not client.hget("danvan:state", "ready"):  # the archiver is up and published its state
            if archiver.poll() is not None:
                raise RuntimeError("the archiver did not start")
            time.sleep(0.1)
        procs = [subprocess.Popen([*_crawl_args(db, registry), "--redis", redis_url], cwd=db.parent, env=env)
                 for _ in range(workers)]
        for proc in procs:
            if proc.wait() != 0:
                raise RuntimeError(f"a worker exited with {proc.returncode}")
        while True:
            runs = [json.loads(v) for v in client.hvals("danvan:runs")]
            if runs and all(r["finished"] for r in runs) and sum(len(r["runs"]) for r in runs) >= portals \
                    and not client.xlen("danvan:items"):
                break
            time.sleep(0.1)
        seconds = time.perf_counter() - started
    finally:
        archiver.terminate()
        archiver.wait(timeout=60)
    return db, seconds


def check_same_crawl(reference: Path, db: Path, label: str) -> None:
    """`db` fetched the pages and stored the articles `reference` did, portal by portal (none twice)."""
    expected, got = _per_portal(reference), _per_portal(db)
    if got != expected:
        differ = {p: (expected.get(p), got.get(p)) for p in sorted(set(expected) | set(got))
                  if expected.get(p) != got.get(p)}
        raise AssertionError(f"{label}: (pages, articles) per portal differ from the single crawl's: {differ}")


def run(quick: bool = False, articles: int | None = None) -> list[dict[str, Any]]:
    """Rows: 1 worker against the single-process crawl, 2 workers against 1 worker (pages/min)."""
    from crawler.mirror.server import serving_in_subprocess

    articles = articles or (800 if quick else 3_000)
    with tempfile.TemporaryDirectory(prefix="danvan-bench-distributed-") as tmp:
        work = Path(tmp)
        registry = large_mirror.build(work / "mirror", articles)
        with serving_in_subprocess(work / "mirror" / "sites") as mirror_url, redis_server(work) as redis_url:
            base_db, base_seconds = single(work, registry, mirror_url)
            one_db, one_seconds = distributed(work, registry, mirror_url, redis_url, 1)
            two_db, two_seconds = distributed(work, registry, mirror_url, redis_url, 2)
            check_same_crawl(base_db, one_db, "1 worker")
            check_same_crawl(base_db, two_db, "2 workers")
            base_pages, one_pages, two_pages = (_pages(db) for db in (base_db, one_db, two_db))
    base, one, two = (p / s * 60 for p, s in ((base_pages, base_seconds), (one_pages, one_seconds),
                                              (two_pages, two_seconds)))
    return [
        {"name": f"distributed crawl, 1 worker + archiver, {articles:,} articles ({one_pages:,} pages "
                 f"in {one_seconds:.0f} s)",
         "value": one, "unit": "pages/min", "baseline": base,
         "baseline_name": f"single-process crawl, {base_seconds:.0f} s",
         "ratio": one / base, "target": None, "met": None, "note": NOTE},
        {"name": f"distributed crawl, 2 workers + archiver, {articles:,} articles ({two_pages:,} pages "
                 f"in {two_seconds:.0f} s)",
         "value": two, "unit": "pages/min", "baseline": one, "baseline_name": "1 worker",
         "ratio": two / one, "target": None, "met": None, "note": NOTE},
    ]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="800 articles instead of 3,000")
    parser.add_argument("--articles", type=int, help="the mirror's size")
    args = parser.parse_args(argv)
    for row in run(args.quick, args.articles):
        print(f"{row['name']}: {row['value']:,.0f} {row['unit']} vs {row['baseline']:,.0f} "
              f"({row['baseline_name']}), ratio {row['ratio']:.2f}")
    print(NOTE)


if __name__ == "__main__":
    main()
