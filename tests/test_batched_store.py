"""Articles stored in batches: one transaction per batch, one savepoint per article.

An article that fails rolls back alone; a batch that fails as a whole (a full disk) loses
nothing committed before it; the pipeline's counters count what the archive holds.
"""

from __future__ import annotations

import contextlib
import dataclasses
import sqlite3
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from scrapy.exceptions import DropItem
from scrapy.settings import Settings
from scrapy.signalmanager import SignalManager

from bench.synthetic import articles
from crawler.archive import Archive
from crawler.archive.store import Pending
from crawler.classify.annotate import annotate
from crawler.classify.topics import load_taxonomy
from crawler.classify.units import unit_rows
from crawler.core import errors
from crawler.core import registry as registry_module
from crawler.core.text import fold
from crawler.crawl.monitors import ErrorLog
from crawler.crawl.pipelines import ArchivePipeline
from tests.helpers import read_rows, run_now


@pytest.fixture(scope="module")
def context() -> dict[str, Any]:
    reg = registry_module.load()
    return {"registry": reg, "portals": {p.id: p for p in reg.portals}, "taxonomy": load_taxonomy()}


def made(context: dict[str, Any], count: int, *, folded: bool = True) -> list[Pending]:
    """`count` synthetic articles, annotated as the crawl does, each with a capture pointer."""
    found = []
    for n, (article, portal_id) in enumerate(articles(count, context["registry"])):
        article.portal = portal_id
        article.capture_file, article.capture_offset = "captures/test.warc.gz", 100 * n
        portal = context["portals"][portal_id]
        found.append(Pending(article, portal, annotate(article, portal, context["taxonomy"], with_folded=folded)))
    return found


def opened(db: Path, context: dict[str, Any]) -> Archive:
    archive = Archive.open(db)
    archive.sync_portals(context["registry"])
    archive.sync_topics(context["taxonomy"].topics)
    archive.ensure_units(unit_rows)
    return archive


def assert_index_matches(db: Path) -> None:
    """Every article has its full-text entry, folded from what it stores."""
    assert read_rows(db, "SELECT id FROM articles ORDER BY id") == read_rows(
        db, "SELECT rowid FROM articles_fts ORDER BY rowid")
    for title, sapo, body, fts_title, fts_sapo, fts_body in read_rows(
            db, """SELECT a.kicker || ' ' || a.title, a.sapo, t.body, f.title, f.sapo, f.body FROM articles a
                   JOIN article_texts t ON t.article_id = a.id JOIN articles_fts f ON f.rowid = a.id"""):
        assert (fold(title), fold(sapo), fold(body)) == (fts_title, fts_sapo, fts_body)


def test_a_batch_stores_what_one_article_at_a_time_stores(context: dict[str, Any], tmp_path: Path) -> None:
    batch = made(context, 12, folded=False)
    one = opened(tmp_path / "one.db", context)
    for pending in batch:
        with one.transaction():
            one.upsert_article(pending.article, pending.portal, pending.annotation)
            one.set_capture(pending.article.url, pending.article.capture_file, pending.article.capture_offset)
    one.close()
    batched = opened(tmp_path / "batched.db", context)
    assert batched.store_articles(made(context, 12)) == ["new"] * 12
    batched.close()

    volatile = ("first_seen", "last_seen")
    for table, order in (("articles", "id"), ("article_texts", "article_id"), ("article_topics", "article_id, topic"),
                         ("article_units", "article_id, name"), ("article_signatures", "article_id"),
                         ("article_cells", "article_id"), ("facet_cells", "cell")):
        columns = [r[1] for r in read_rows(tmp_path / "one.db", f"PRAGMA table_info({table})")
                   if r[1] not in volatile]
        sql = f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}"
        assert read_rows(tmp_path / "one.db", sql) == read_rows(tmp_path / "batched.db", sql), table
    sql = "SELECT rowid, title, sapo, body FROM articles_fts ORDER BY rowid"
    assert read_rows(tmp_path / "one.db", sql) == read_rows(tmp_path / "batched.db", sql)
    assert_index_matches(tmp_path / "batched.db")


def test_one_failing_article_rolls_back_alone(context: dict[str, Any], tmp_path: Path) -> None:
    batch = made(context, 5)
    stranger = dataclasses.replace(batch[2].portal, id="not-a-registered-portal")
    batch[2] = Pending(dataclasses.replace(batch[2].article, portal=stranger.id), stranger, batch[2].annotation)
    archive = opened(tmp_path / "archive.db", context)
    results = archive.store_articles(batch)
    archive.close()

    assert [r if isinstance(r, str) else "failed" for r in results] == ["new", "new", "failed", "new", "new"]
    assert isinstance(results[2], sqlite3.IntegrityError)
    urls = {r[0] for r in read_rows(tmp_path / "archive.db", "SELECT url FROM articles")}
    assert urls == {p.article.url for n, p in enumerate(batch) if n != 2}
    # Nothing of the failed article is left anywhere (its savepoint rolled back).
    for table in ("article_texts", "article_topics", "article_units", "article_signatures"):
        orphans = read_rows(tmp_path / "archive.db",
                            f"SELECT count(*) FROM {table} WHERE article_id NOT IN (SELECT id FROM articles)")
        assert orphans == [(0,)], table
    captures = read_rows(tmp_path / "archive.db", "SELECT count(*) FROM articles WHERE capture_file IS NULL")
    assert captures == [(0,)]
    assert_index_matches(tmp_path / "archive.db")


def test_an_article_twice_in_one_batch_is_stored_then_updated(context: dict[str, Any], tmp_path: Path) -> None:
    first, skipped = made(context, 2)
    changed = dataclasses.replace(first.article, body=first.article.body + "\nMột đoạn mới về dân vận khéo.")
    changed_pending = Pending(changed, first.portal, annotate(changed, first.portal, context["taxonomy"]))
    skip = Pending(skipped.article, skipped.portal, skipped.annotation, skipped=(0.5, "no dân vận terms"))
    stored_after_skip = Pending(skipped.article, skipped.portal, skipped.annotation)
    archive = opened(tmp_path / "archive.db", context)
    assert archive.store_articles([first, skip, changed_pending, stored_after_skip, first]) == [
        "new", "skipped", "updated", "new", "updated"]
    archive.close()

    db = tmp_path / "archive.db"
    assert read_rows(db, "SELECT count(*) FROM articles") == [(2,)]
    assert read_rows(db, "SELECT count(*) FROM skipped") == [(0,)]  # stored after all
    assert read_rows(db, "SELECT count(*) FROM article_versions") == [(2,)]
    body = read_rows(db, "SELECT t.body FROM article_texts t JOIN articles a ON a.id = t.article_id"
                         " WHERE a.url = ?", first.article.url)
    assert body == [(first.article.body,)]
    assert_index_matches(db)


class Engine:
    def __init__(self) -> None:
        self.closed: list[str] = []

    async def close_spider_async(self, reason: str = "") -> None:
        self.closed.append(reason)


class StandInCrawler(SimpleNamespace):
    """Attributes as set; hashable by identity and weakly referable, as Scrapy's Crawler is."""

    __hash__ = object.__hash__


def pipeline_for(db: Path, context: dict[str, Any], **settings: object) -> ArchivePipeline:
    """An ArchivePipeline on a stand-in crawler, its archive open (as open_spider leaves it)."""
    stats = SimpleNamespace(values={})
    stats.inc_value = lambda key, count=1, start=0: stats.values.__setitem__(key, stats.values.get(key, start) + count)
    stats.get_value = lambda key, default=None: stats.values.get(key, default)
    stats.set_value = stats.values.__setitem__
    spider = SimpleNamespace(portals=context["portals"], registry=context["registry"])
    crawler = StandInCrawler(settings=Settings({"DANVAN_DB": str(db), **settings}), stats=stats, spider=spider,
                              engine=Engine())
    pipeline = ArchivePipeline(crawler)  # type: ignore[arg-type]
    pipeline.archive = opened(db, context)
    return pipeline


def items_of(batch: list[Pending]) -> list[Any]:
    for pending in batch:
        pending.article.annotation = pending.annotation
    return [p.article for p in batch]


def stored(db: Path) -> int:
    return read_rows(db, "SELECT count(*) FROM articles")[0][0]


def test_the_pipeline_writes_full_batches_and_counts_them(context: dict[str, Any], tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    pipeline = pipeline_for(db, context, DANVAN_ARCHIVE_BATCH=3, DANVAN_ARCHIVE_FLUSH_SECONDS=3600)
    items = items_of(made(context, 7))
    relevant = [i for i in items if i.annotation.relevance.relevant]
    outcomes = []
    for n, item in enumerate(items):
        try:
            pipeline.process_item(item)
            outcomes.append("kept")
        except DropItem:
            outcomes.append("dropped")
        written = 1 if n < 2 else 3 + (n - 2) // 3 * 3  # batches of 1, 2, then 3, skips included
        counted = sum(pipeline.stats.values.get(f"danvan/{p}/articles_{o}", 0)
                      for p in context["portals"] for o in ("new", "skipped"))
        assert counted == written
        assert stored(db) == sum(1 for i in items[:written] if i.annotation.relevance.relevant)
    assert outcomes == ["kept" if i in relevant else "dropped" for i in items]
    pipeline.close_spider()  # the last, partial batch
    assert stored(db) == len(relevant)
    assert sum(v for k, v in pipeline.stats.values.items() if k.endswith("/articles_new")) == len(relevant)
    assert sum(v for k, v in pipeline.stats.values.items() if k.endswith("/articles_skipped")) == 7 - len(relevant)
    pipeline.archive.close()


def test_the_pipeline_writes_an_article_that_waited_long_enough(context: dict[str, Any], tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    pipeline = pipeline_for(db, context, DANVAN_ARCHIVE_BATCH=100, DANVAN_ARCHIVE_FLUSH_SECONDS=0.05)
    first, second = [i for i in items_of(made(context, 80)) if i.annotation.relevance.relevant][:2]
    pipeline.process_item(first)
    assert stored(db) == 1  # the first batch is a single article: a crawl's first article is there at once
    pipeline.process_item(second)
    pipeline._flush_if_due()
    assert stored(db) == 1  # not yet due
    pipeline.oldest -= 1
    pipeline._flush_if_due()
    assert stored(db) == 2
    pipeline.archive.close()


def test_a_batch_failing_for_a_full_disk_loses_only_itself(context: dict[str, Any], tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "archive.db"
    pipeline = pipeline_for(db, context, DANVAN_ARCHIVE_BATCH=2, DANVAN_ARCHIVE_FLUSH_SECONDS=3600)
    items = [i for i in items_of(made(context, 80)) if i.annotation.relevance.relevant][:6]
    assert len(items) == 6
    for item in items[:3]:
        pipeline.process_item(item)  # batches of one and two articles, committed
    assert stored(db) == 3
    before = read_rows(db, "SELECT * FROM articles ORDER BY id")

    write_index = Archive._write_index

    def full(self: Archive, index: dict) -> None:
        write_index(self, index)  # the batch's rows are all written when the disk fills
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(Archive, "_write_index", full)
    monkeypatch.setattr("crawler.crawl.outcomes.deferred_from_coro", run_now)  # no reactor here
    pipeline.process_item(items[3])
    with pytest.raises(DropItem, match="disk is full"):
        pipeline.process_item(items[4])
    with pytest.raises(DropItem, match="disk is full"):
        pipeline.process_item(items[5])  # nothing more is stored
    try:
        assert pipeline.full
        assert pipeline.crawler.stats.get_value("danvan/disk_full")
        assert pipeline.crawler.engine.closed == ["disk_full"]
        with pytest.raises(errors.DiskFullError):
            errors.raise_if_stopped()
    finally:
        with contextlib.suppress(errors.DanvanError):  # leave no stop behind for other tests
            errors.raise_if_stopped()
    assert read_rows(db, "SELECT * FROM articles ORDER BY id") == before
    assert sum(v for k, v in pipeline.crawler.stats.values.items() if k.endswith("/articles_new")) == 3
    assert_index_matches(db)
    pipeline.archive.close()


def test_an_article_the_pipeline_cannot_store_gets_an_errors_row(context: dict[str, Any], tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    pipeline = pipeline_for(db, context, DANVAN_ARCHIVE_BATCH=100, DANVAN_ARCHIVE_FLUSH_SECONDS=3600)
    pipeline.crawler.signals = SignalManager()
    items = [i for i in items_of(made(context, 80)) if i.annotation.relevance.relevant][:4]
    stranger = dataclasses.replace(context["portals"][items[3].portal], id="not-a-registered-portal")
    pipeline.crawler.spider.portals = {**context["portals"], stranger.id: stranger}
    items[3] = dataclasses.replace(items[3], portal=stranger.id)  # no such portal row: its insert fails
    for item in items:
        pipeline.process_item(item)
    pipeline.close_spider()
    pipeline.archive.close()
    ErrorLog.of(pipeline.crawler).spider_closed()

    assert stored(db) == 3
    rows = read_rows(db, "SELECT portal, url, stage, reason FROM errors")
    assert [r[:3] for r in rows] == [(stranger.id, items[3].url, "store")]
    assert rows[0][3].startswith("not stored: FOREIGN KEY constraint failed"), rows[0][3]
