"""Ingest benchmark: articles per second into the archive, against a plain executemany.

The same N synthetic articles (bench.synthetic: real paragraphs recombined, fixed seed)
go, annotated beforehand as the classify pipeline does, through the real store as the
archive pipeline writes them: `Archive.store_articles` in batches of the crawl's
DANVAN_ARCHIVE_BATCH, one transaction per batch, each article (row, text, accent-free FTS
entry, relevance, topics, units, signature, capture pointer) in its own savepoint.
Baseline in the same run: the same rows (the article columns and the body) in one
`executemany` into a table with no FTS index. Target: ≥ 0.5× the baseline's rate.

    python -m bench.ingest --articles 10000
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
from pathlib import Path

from bench.report import Row, print_table
from bench.synthetic import articles
from crawler import registry as registry_module
from crawler import settings
from crawler.archive import Archive
from crawler.archive.store import Pending, _article_row, content_hash
from crawler.classify.annotate import annotate
from crawler.classify.topics import load_taxonomy
from crawler.classify.units import unit_rows

TARGET = 0.5


def _prepared(count: int) -> tuple[list, dict]:
    reg = registry_module.load()
    portals = {p.id: p for p in reg.portals}
    taxonomy = load_taxonomy()
    made = []
    for article, portal_id in articles(count, reg):
        article.portal = portal_id
        article.capture_file, article.capture_offset = "captures/bench.warc.gz", 1000 + len(made) * 4096
        # Without the folded full-text entry: the store folds it, so its cost is timed here
        # (a crawl folds it while classifying, a worker's cost in a distributed crawl).
        made.append((article, portals[portal_id], annotate(article, portals[portal_id], taxonomy)))
    return made, {"registry": reg, "taxonomy": taxonomy}


def through_store(db: Path, items: list, context: dict, batch: int = settings.DANVAN_ARCHIVE_BATCH) -> float:
    """Seconds to store every article as the archive pipeline does (in its batches)."""
    archive = Archive.open(db)
    archive.sync_portals(context["registry"])
    archive.sync_topics(context["taxonomy"].topics)
    archive.ensure_units(unit_rows)
    started = time.perf_counter()
    pending = [Pending(article, portal, annotation) for article, portal, annotation in items]
    for start in range(0, len(pending), batch):
        results = archive.store_articles(pending[start:start + batch])
        assert all(r == "new" for r in results), results
    seconds = time.perf_counter() - started
    stored = archive.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    archive.close()
    assert stored == len(items), f"{stored} of {len(items)} articles stored"
    return seconds


def plain_executemany(db: Path, items: list) -> float:
    """Seconds for one executemany of the same rows into a table without FTS."""
    rows = []
    for article, portal, _ in items:
        values = _article_row(article, portal, content_hash(article))
        values["body"] = article.body
        rows.append(values)
    columns = list(rows[0])
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute(f"CREATE TABLE plain (id INTEGER PRIMARY KEY, {', '.join(columns)})")
    tuples = [tuple(r.values()) for r in rows]
    started = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany(f"INSERT INTO plain ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", tuples)
    conn.execute("COMMIT")
    seconds = time.perf_counter() - started
    conn.close()
    return seconds


def run(quick: bool = False, count: int | None = None) -> list[Row]:
    """The ingest row: articles/s through the store against the plain executemany."""
    count = count or (2_000 if quick else 10_000)
    items, context = _prepared(count)
    with tempfile.TemporaryDirectory(prefix="danvan-ingest-") as tmp:
        store_seconds = through_store(Path(tmp) / "archive.db", items, context)
        plain_seconds = plain_executemany(Path(tmp) / "plain.db", items)
    value, baseline = count / store_seconds, count / plain_seconds
    return [Row(f"ingest, {count:,} articles (FTS, annotations)", value, "articles/s", baseline,
                "plain executemany, no FTS", higher_is_better=True, target=TARGET)]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int)
    parser.add_argument("--quick", action="store_true", help="2,000 articles instead of 10,000")
    args = parser.parse_args(argv)
    print_table(run(args.quick, args.articles))


if __name__ == "__main__":
    main()
