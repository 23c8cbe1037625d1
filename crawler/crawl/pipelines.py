"""Item pipelines: validate an extracted article, classify it, then store it (or record the skip).

A write that fails because the disk is full (SQLite's "database or disk is full" or a disk
I/O error) stops the crawl: every write is one transaction (a batch of articles is one),
so the archive keeps all it had committed; the spider closes with the reason `disk_full`,
the run is marked if the disk allows, and `danvan crawl` ends with one line naming the
archive.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from crawler.archive import Archive
from crawler.archive.store import Pending
from crawler.core.errors import disk_full, is_disk_error, stop_with
from crawler.core.items import Article
from crawler.crawl.lock import ArchiveLock
from crawler.crawl.monitors import ErrorLog
from crawler.crawl.outcomes import (
    RUN_ID_STAT,
    STAT_FILE,
    Rejected,
    finish_portal_run,
    monitor_findings,
    outcome_counters,
    portal_counts,
    stop_for_full_disk,
)

logger = logging.getLogger(__name__)

class ValidatePipeline:
    """Drop articles without a title or body: nothing half-extracted enters the archive."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ValidatePipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, Article):
            return item
        missing = item.unusable_fields()
        if missing:
            self.stats.inc_value(f"danvan/{item.portal}/articles_rejected")
            raise Rejected(f"{item.url}: no {' or '.join(missing)} extracted")
        if not item.published_at:  # stored undated, and said so
            self.stats.inc_value(f"danvan/{item.portal}/articles_undated")
            raw = f" (date line {item.published_raw!r})" if item.published_raw else ""
            ErrorLog.of(self.crawler).add_for(item.portal, item.url, "date", f"no publication date found{raw}")
        return item


class ClassifyPipeline:
    """Annotate each article: dân vận relevance, topics, mentioned units, duplicate signature."""

    def __init__(self, crawler: Crawler):
        from crawler.classify.topics import load_taxonomy

        self.crawler = crawler
        self.taxonomy = load_taxonomy(crawler.settings.get("DANVAN_TAXONOMY"))
        threshold = crawler.settings.get("DANVAN_RELEVANCE_THRESHOLD")
        if threshold is not None:  # an operator's override of the taxonomy file's threshold
            self.taxonomy = dataclasses.replace(self.taxonomy, threshold=float(threshold))

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ClassifyPipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        from crawler.classify.annotate import annotate

        if isinstance(item, Article):
            item.annotation = annotate(item, self.crawler.spider.portals[item.portal], self.taxonomy,
                                       relevance_only_if_skipped=True, with_folded=True)
        return item


class ArchivePipeline:
    """Store articles into the archive in batches and keep one crawl_runs row per portal.

    Articles (and relevance skips) wait in a buffer and are written together, one
    transaction per batch (`Archive.store_articles`): when the batch is full (1, 2, 4, ...
    articles, then DANVAN_ARCHIVE_BATCH), when
    the oldest has waited DANVAN_ARCHIVE_FLUSH_SECONDS (so readers of a running crawl see
    articles appear), and when the spider closes. The stats counters move when a batch is
    committed, so they count what the archive holds.

    The archive's writer lock (crawler.crawl.lock) is taken before the archive is opened and
    held until the runs are finished, so `scrapy crawl` and Scrapyd jobs honour it as
    `danvan crawl` does: with DANVAN_LOCK_WAIT (the default) a second job waits for the
    first, logging one line; without, it refuses in one line and closes with the reason
    `archive_busy`, having written nothing.
    """

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        self.path = crawler.settings.get("DANVAN_DB")
        self.mode = "offline" if crawler.settings.get("DANVAN_MIRROR_URL") else "live"
        # Keep articles below the relevance threshold too (`danvan check` looks at every one it reads).
        self.store_all = crawler.settings.getbool("DANVAN_STORE_ALL")
        self.batch_size = max(1, crawler.settings.getint("DANVAN_ARCHIVE_BATCH", 200))
        # Batches start at one article and double up to batch_size: the first articles of a
        # crawl are in the archive at once, and a disk about to fill shows it early, as the
        # crawl's other files grow (a first batch written after a second of crawling could
        # fail after the captures had failed already).
        self.limit = 1
        self.flush_seconds = crawler.settings.getfloat("DANVAN_ARCHIVE_FLUSH_SECONDS", 1.0)
        self.archive: Archive | None = None
        self.runs: dict[str, int] = {}
        self.full = False  # a write failed for lack of space: store nothing more
        self.pending: list[Pending] = []
        self.oldest = 0.0  # monotonic time the oldest pending article arrived
        self.timer: Any = None
        self.lock = ArchiveLock(self.path) if self.path else None
        self.wait_for_lock = crawler.settings.getbool("DANVAN_LOCK_WAIT", True)
        self.lock_poll = crawler.settings.getfloat("DANVAN_LOCK_POLL_SECONDS", 1.0)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchivePipeline:
        pipeline = cls(crawler)
        # Runs are finished on spider_closed, the first moment the real finish reason is known
        # (pipelines close before it is decided).
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    async def open_spider(self) -> None:
        if not await self._take_lock():
            return
        spider = self.crawler.spider
        from crawler.classify.topics import load_taxonomy
        from crawler.classify.units import successor_pairs, unit_rows

        self.archive = Archive.open(self.path)
        if self.lock is not None and self.lock.outermost:
            # The first writer since a killed one (`danvan crawl` does this before its crawlers start).
            for run_id, portal, last_seen in self.archive.close_abandoned_runs():
                logger.warning("run %s of %s was left open by a killed crawl: closed as killed (last seen %s)",
                               run_id, portal, last_seen)
        self.archive.sync_portals(spider.registry)
        self.archive.sync_topics(load_taxonomy(self.crawler.settings.get("DANVAN_TAXONOMY")).topics)
        self.archive.ensure_units(unit_rows)
        self.archive.ensure_successors(successor_pairs)
        self.runs = {pid: self.archive.start_run(pid, self.mode) for pid in spider.portals}
        for pid, run_id in self.runs.items():
            self.stats.set_value(RUN_ID_STAT.format(portal=pid), run_id)
        if self.flush_seconds > 0:
            from twisted.internet import task

            # Articles keep appearing while pages trickle in (a slow portal, the last pages).
            self.timer = task.LoopingCall(self._flush_if_due)
            self.timer.start(self.flush_seconds / 2, now=False)

    async def _take_lock(self) -> bool:
        """The archive's writer lock: at once, after waiting (polling, the reactor free), or refused."""
        if self.lock is None or self.lock.acquire():
            return True
        if not self.wait_for_lock:
            logger.error("%s: this crawl stops without writing (set DANVAN_LOCK_WAIT to wait)",
                         self.lock.busy_message())
            self.stats.set_value("danvan/archive_busy", 1)
            self.crawler.signals.connect(self._close_refused, signal=signals.spider_opened)
            return False
        logger.warning("%s: waiting for it to finish", self.lock.busy_message())
        import asyncio

        while not self.lock.acquire():
            await asyncio.sleep(self.lock_poll)
        logger.info("the archive's lock is ours: crawling")
        return True

    def _close_refused(self) -> None:
        """Close a crawl refused the lock once it is open (closing it while it opens breaks the engine)."""
        from scrapy.utils.defer import deferred_from_coro
        from twisted.internet import reactor

        reactor.callLater(0, lambda: deferred_from_coro(self.crawler.engine.close_spider_async(reason="archive_busy")))

    def close_spider(self) -> None:
        if self.timer is not None and self.timer.running:
            self.timer.stop()
        self.timer = None
        self.flush()

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, Article) or self.archive is None:
            return item
        if self.full:
            raise DropItem(f"{item.url}: not stored, the disk is full")
        pending = self.pending_for(item)
        self._add(pending)
        if pending.skipped is not None:
            raise DropItem(f"{item.url}: not about dân vận (relevance {pending.skipped[0]:.1f})")
        if self.full:  # the batch this article closed could not be written
            raise DropItem(f"{item.url}: not stored, the disk is full")
        return item

    def pending_for(self, item: Article) -> Pending:
        """What to write for a classified article: the article, or its skip when not relevant."""
        portal = self.crawler.spider.portals[item.portal]
        annotation = item.annotation
        if annotation is not None and not annotation.relevance.relevant and not self.store_all:
            reason = "; ".join(annotation.relevance.reasons) or "no dân vận terms"
            return Pending(item, portal, annotation, skipped=(annotation.relevance.score, reason))
        return Pending(item, portal, annotation)

    def _add(self, pending: Pending) -> None:
        if not self.pending:
            self.oldest = time.monotonic()
        self.pending.append(pending)
        if len(self.pending) >= self.limit or time.monotonic() - self.oldest >= self.flush_seconds:
            self.flush()

    def _flush_if_due(self) -> None:
        if self.pending and time.monotonic() - self.oldest >= self.flush_seconds:
            self.flush()

    def flush(self) -> list[str | Exception]:
        """Write the pending articles (one transaction) and count them; their outcomes, in order."""
        batch, self.pending = self.pending, []
        if not batch or self.archive is None:
            return []
        self.limit = min(self.batch_size, self.limit * 2)
        if self.full:
            return [DropItem("not stored, the disk is full")] * len(batch)
        try:
            try:
                results = self.archive.store_articles(batch)
            except Exception as exc:
                if is_disk_error(exc):
                    raise
                # The batch as a whole failed (not one article of it): each alone, so only
                # the articles that fail by themselves are lost.
                logger.warning("archive: a batch of %d articles failed (%s); storing them one by one",
                               len(batch), exc)
                results = [self._store_alone(p) for p in batch]
        except Exception as exc:
            if not is_disk_error(exc):
                raise
            logger.warning("%d articles not stored, the disk is full", len(batch))
            self._stop_for_full_disk(exc)
            return [DropItem("not stored, the disk is full")] * len(batch)
        for pending, result in zip(batch, results, strict=True):
            self._count(pending, result)
        return results

    def _store_alone(self, pending: Pending) -> str | Exception:
        assert self.archive is not None
        try:
            return self.archive.store_articles([pending])[0]
        except Exception as exc:
            if is_disk_error(exc):
                raise
            return exc

    def _count(self, pending: Pending, result: str | Exception) -> None:
        item = pending.article
        if isinstance(result, Exception):
            logger.error("archive: %s not stored: %s", item.url, result, exc_info=result)
            ErrorLog.of(self.crawler).add_for(item.portal, item.url, "store", f"not stored: {result}")
            return
        for counter in outcome_counters(item, result):
            self.stats.inc_value(f"danvan/{item.portal}/{counter}")

    def _stop_for_full_disk(self, exc: BaseException) -> None:
        """Close the crawl once, cleanly; what was committed before stays."""
        self.full = True
        stop_for_full_disk(self.crawler, self.path, exc)

    def spider_closed(self, spider: Any = None, reason: str = "finished") -> None:
        if self.archive is None:
            return
        try:
            self.flush()  # normally done when the pipeline closed; nothing is left behind
            # A last batch lost to a full disk makes the run a disk_full one, however it ended.
            self._finish_runs("disk_full" if self.full else reason)
        except Exception as exc:
            if not is_disk_error(exc):
                raise
            # The runs stay unfinished: the next crawl sees that and sweeps every listing again.
            self.crawler.spider.logger.warning("%s; the run could not be marked", disk_full(self.path, exc))
            if not self.full and not self.stats.get_value("danvan/disk_full"):
                self.full = True
                stop_with(disk_full(self.path, exc))
        finally:
            self.archive.close()
            self.archive = None
            if self.lock is not None:
                self.lock.release()  # only once the runs are finished: the next writer sees them

    def _finish_runs(self, reason: str) -> None:
        assert self.archive is not None
        if self.crawler.settings.getbool("DANVAN_LINK_DUPLICATES_ON_CLOSE"):
            from crawler.classify.retag import link_duplicates

            link_duplicates(self.archive)
        capture = self.stats.get_value(STAT_FILE)
        stats = self.stats.get_stats()
        for portal_id, run_id in self.runs.items():
            finish_portal_run(self.archive, run_id, portal_counts(stats, portal_id), reason,
                              settings=self.crawler.settings, findings=monitor_findings(stats, portal_id),
                              capture_file=capture)
