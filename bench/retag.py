"""Benchmark: `danvan retag` over an archive of N synthetic articles (default 10,000).

Baseline in the same run: reading every stored text back and folding it (the least any
retag must do). Target (issue): retag of 10,000 articles in under a minute.
Usage: python -m bench.retag [--articles N]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.synthetic import articles
from crawler.archive import Archive
from crawler.classify.retag import retag
from crawler.core import registry as registry_module
from crawler.core.text import fold


def build(db: Path, count: int) -> None:
    reg = registry_module.load()
    archive = Archive.open(db)
    archive.sync_portals(reg)
    portals = {p.id: p for p in reg.portals}
    with archive.transaction():
        for article, portal_id in articles(count, reg):
            archive.upsert_article(article, portals[portal_id])
    archive.close()


def baseline(db: Path) -> float:
    archive = Archive.open(db)
    start = time.perf_counter()
    for title, sapo, body in archive.conn.execute(
        "SELECT title, sapo, body FROM articles JOIN article_texts ON article_id = id"
    ):
        fold(f"{title} {sapo} {body}")
    archive.close()
    return time.perf_counter() - start


def measure(count: int) -> tuple[float, float, float]:
    """Seconds of the baseline, the first retag and the second one, over `count` articles."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        build(db, count)
        read = baseline(db)
        first = retag(str(db))
        second = retag(str(db))
    return read, first.seconds, second.seconds


def run(quick: bool = False, count: int | None = None) -> list[dict[str, Any]]:
    """Rows for the `make bench` table; the target is absolute: under 60 s for 10,000 articles."""
    count = count or (2_000 if quick else 10_000)
    read, first, second = measure(count)
    limit = 60 * count / 10_000
    rows = []
    for name, seconds in (("first (signatures computed)", first), ("again (signatures stored)", second)):
        rows.append({"name": f"retag {count:,} articles, {name}", "value": seconds, "unit": "s",
                     "baseline": read, "baseline_name": "read and fold every text", "ratio": seconds / read,
                     "target": f"< {limit:g} s", "met": seconds < limit})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args()
    read, first, second = measure(args.articles)
    print(f"retag benchmark, {args.articles} articles")
    print(f"{'measure':40} {'seconds':>8} {'× baseline':>11}")
    print(f"{'baseline: read and fold every text':40} {read:8.2f} {1.0:11.1f}")
    print(f"{'retag, first (signatures computed)':40} {first:8.2f} {first / read:11.1f}")
    print(f"{'retag, again (signatures stored)':40} {second:8.2f} {second / read:11.1f}")
    verdict = "met" if first < 60 else "MISSED"
    print(f"target: under 60 s for 10,000 articles: {verdict}")


if __name__ == "__main__":
    main()
