"""Ingest benchmark: articles per second into the archive, against a plain executemany.

The same N synthetic articles (bench.synthetic: real paragraphs recombined, fixed seed)
go, annotated beforehand as the classify pipeline does, through the real store as the
archive pipeline writes them: `Archive.store_articles` in batches of the crawl's
DANVAN_ARCHIVE_BATCH, one transaction per batch, each article (row, text, accent-free FTS
entry, relevance, topics, units, signature, capture pointer) in its own savepoint.
Baseline in the same run: the same rows (the article columns and the body) in one
`executemany` into a table with no FTS index. Target: ≥ 0.5× the baseline's rate.

Two more rows say where the time goes: the store again with the full-text entries folded
beforehand (as the crawl's classifier hands them over), and the floor that any store
keeping an FTS5 index of the text has to pay: the folded entries alone, in one
`executemany` into an FTS5 table with the archive's tokenizer.

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
from crawler import settings
from crawler.archive import Archive
from crawler.archive.store import Pending, _article_row, content_hash, search_entry
from crawler.classify.annotate import annotate
from crawler.classify.topics import load_taxonomy
from crawler.classify.units import unit_rows
from crawler.core import registry as registry_module

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


def fts_entries_alone(db: Path, archive_db: Path, entries: list[tuple[str, str, str]]) -> float:
    """Seconds to write only the folded full-text entries, in one executemany into FTS5.

    The FTS5 table is made by the archive's own statement (read from `archive_db`), so it has
    the same columns and tokenizer.
    """
    with sqlite3.connect(archive_db) as archive:
        (create,) = archive.execute("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'").fetchone()
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute(create.replace("articles_fts", "entries", 1))
    rows = [(rowid, *texts) for rowid, texts in enumerate(entries, start=1)]
    started = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO entries (rowid, title, sapo, body) VALUES (?, ?, ?, ?)", rows)
    conn.execute("COMMIT")
    seconds = time.perf_counter() - started
    conn.close()
    return seconds


def run(quick: bool = False, count: int | None = None) -> list[Row]:
    """The ingest rows: articles/s through the store (and its floor) against the plain executemany."""
    count = count or (2_000 if quick else 10_000)
    items, context = _prepared(count)
    with tempfile.TemporaryDirectory(prefix="danvan-ingest-") as tmp:
        store_seconds = through_store(Path(tmp) / "archive.db", items, context)
        plain_seconds = plain_executemany(Path(tmp) / "plain.db", items)
        entries = [search_entry(article) for article, _, _ in items]
        for (_, _, annotation), entry in zip(items, entries, strict=True):
            annotation.folded = entry
        prefolded_seconds = through_store(Path(tmp) / "prefolded.db", items, context)
        floor_seconds = fts_entries_alone(Path(tmp) / "fts.db", Path(tmp) / "archive.db", entries)
    baseline = count / plain_seconds
    plain = "plain executemany, no FTS"
    return [
        Row(f"ingest, {count:,} articles (FTS, annotations)", count / store_seconds, "articles/s", baseline,
            plain, higher_is_better=True, target=TARGET),
        Row("  the same, full-text entries folded beforehand (as the crawl's classifier hands them over)",
            count / prefolded_seconds, "articles/s", baseline, plain, higher_is_better=True),
        Row("  floor: the folded FTS5 entries alone, one executemany (no article rows at all)",
            count / floor_seconds, "articles/s", baseline, plain, higher_is_better=True),
    ]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int)
    parser.add_argument("--quick", action="store_true", help="2,000 articles instead of 10,000")
    args = parser.parse_args(argv)
    print_table(run(args.quick, args.articles))


if __name__ == "__main__":
    main()
