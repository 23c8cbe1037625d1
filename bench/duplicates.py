"""Benchmark: near-duplicate linking after a crawl, incremental against linking everything again.

An archive of N synthetic articles (default 100,000; a fifth of them copied onto another
portal) is linked once; then a crawl's worth of new articles (default 1,000, copies among
them) arrives. Baseline in the same run: linking the whole archive again, as every crawl
did before (`link_duplicates(full=True)`); measured: the incremental linking of the new
articles only (`link_duplicates`), whose links must equal the baseline's.
Usage: python -m bench.duplicates [--articles N] [--new M]
"""

from __future__ import annotations

import argparse
import dataclasses
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.synthetic import articles
from crawler.archive import Archive
from crawler.classify.duplicates import article_signature
from crawler.classify.retag import link_duplicates
from crawler.core import registry as registry_module


def _rows(count: int, seed: int) -> list[tuple[Any, str]]:
    reg = registry_module.load()
    found = list(articles(count, reg, seed=seed))
    ids = [p.id for p in reg.portals]
    copies = [(dataclasses.replace(a, url=a.url.replace("bench.invalid", "copy.invalid"),
                                   body=a.body + "\n\nTheo CTTĐT"), ids[n % len(ids)])
              for n, (a, _p) in enumerate(found[:count // 5])]
    return found + copies


def _store(archive: Archive, rows: list[tuple[Any, str]]) -> None:
    portals = {p.id: p for p in registry_module.load().portals}
    with archive.transaction():
        for article, portal_id in rows:
            archive.upsert_article(article, portals[portal_id])
        ids = dict(archive.conn.execute("SELECT url, id FROM articles"))
        archive.conn.executemany("INSERT OR REPLACE INTO article_signatures (article_id, signature) VALUES (?, ?)",
                                 [(ids[a.url], article_signature(a)) for a, _ in rows])


def measure(count: int, new: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        archive = Archive.open(Path(tmp) / "bench.db")
        archive.sync_portals(registry_module.load())
        _store(archive, _rows(count, seed=1))
        link_duplicates(archive, full=True)
        total = archive.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        arriving = [(dataclasses.replace(a, url=a.url.replace("https://", "https://new.")), p)
                    for a, p in _rows(new * 5 // 6, seed=2)]
        _store(archive, arriving)
        started = time.perf_counter()
        link_duplicates(archive)
        incremental = time.perf_counter() - started
        links = archive.conn.execute("SELECT id, duplicate_of FROM articles ORDER BY id").fetchall()
        started = time.perf_counter()
        link_duplicates(archive, full=True)
        everything = time.perf_counter() - started
        same = links == archive.conn.execute("SELECT id, duplicate_of FROM articles ORDER BY id").fetchall()
        archive.close()
    return {"articles": total, "new": len(arriving), "incremental": incremental, "everything": everything,
            "same": same}


def run(quick: bool = False) -> list[dict[str, Any]]:
    figures = measure(10_000 if quick else 100_000, 1_000)
    return [{"name": f"duplicate linking after {figures['new']:,} new articles, archive of {figures['articles']:,}",
             "value": figures["incremental"], "unit": "s", "baseline": figures["everything"],
             "baseline_name": "link everything again", "ratio": figures["incremental"] / figures["everything"],
             "target": "same links", "met": figures["same"]}]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--new", type=int, default=1_000)
    args = parser.parse_args()
    f = measure(args.articles, args.new)
    print(f"near-duplicate linking, archive of {f['articles']:,} articles, {f['new']:,} new")
    print(f"{'measure':48} {'seconds':>9} {'× baseline':>11}")
    print(f"{'baseline: link everything again':48} {f['everything']:9.2f} {1.0:11.3f}")
    ratio = f["incremental"] / f["everything"]
    print(f"{'incremental: the new articles only':48} {f['incremental']:9.2f} {ratio:11.3f}")
    print(f"links equal to linking everything: {'yes' if f['same'] else 'NO'}")


if __name__ == "__main__":
    main()
