"""Item pipelines: validate an extracted article, classify it, then store it (or record the skip).

A write that fails because the disk is full (SQLite's "database or disk is full" or a disk
I/O error) stops the crawl: every write is one transaction, so the archive keeps all it
had; the spider closes with the reason `disk_full`, the run is marked if the disk allows,
and `danvan crawl` ends with one line naming the archive.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.utils.defer import deferred_from_coro

from crawler.archive import Archive
from crawler.errors import disk_full, is_disk_error, stop_with
from crawler.items import Article

# The crawl stats key holding a portal's crawl_runs id, for components that write at close.
RUN_ID_STAT = "danvan_run/{portal}"


class Rejected(DropItem):
    """An article dropped because its extraction is unusable (not a relevance skip)."""


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
            from crawler.monitors import ErrorLog

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
                                       relevance_only_if_skipped=True)
        return item


class ArchivePipeline:
    """Upsert articles into the archive and keep one crawl_runs row per portal."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        self.path = crawler.settings.get("DANVAN_DB")
        self.mode = "offline" if crawler.settings.get("DANVAN_MIRROR_URL") else "live"
        self.broken_ratio = crawler.settings.getfloat("DANVAN_BROKEN_FALLBACK_RATIO", 0.5)
        self.archive: Archive | None = None
        self.runs: dict[str, int] = {}
        self.full = False  # a write failed for lack of space: store nothing more

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchivePipeline:
        pipeline = cls(crawler)
        # Runs are finished on spider_closed, the first moment the real finish reason is known
        # (pipelines close before it is decided).
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self) -> None:
        spider = self.crawler.spider
        from crawler.classify.topics import load_taxonomy
        from crawler.classify.units import unit_rows

        self.archive = Archive.open(self.path)
        self.archive.sync_portals(spider.registry)
        self.archive.sync_topics(load_taxonomy(self.crawler.settings.get("DANVAN_TAXONOMY")).topics)
        self.archive.ensure_units(unit_rows)
        self.runs = {pid: self.archive.start_run(pid, self.mode) for pid in spider.portals}
        for pid, run_id in self.runs.items():
            self.stats.set_value(RUN_ID_STAT.format(portal=pid), run_id)

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, Article) or self.archive is None:
            return item
        if self.full:
            raise DropItem(f"{item.url}: not stored, the disk is full")
        try:
            return self._store(item)
        except Exception as exc:
            if not is_disk_error(exc):
                raise
            self._stop_for_full_disk(exc)
            raise DropItem(f"{item.url}: not stored, the disk is full") from None

    def _stop_for_full_disk(self, exc: BaseException) -> None:
        """Close the crawl once, cleanly; what was committed before stays."""
        self.full = True
        stop_for_full_disk(self.crawler, self.path, exc)

    def _store(self, item: Article) -> Article:
        portal = self.crawler.spider.portals[item.portal]
        annotation = item.annotation
        if annotation is not None and not annotation.relevance.relevant:
            reason = "; ".join(annotation.relevance.reasons) or "no dân vận terms"
            self.archive.record_skipped(item, item.portal, annotation.relevance.score, reason)
            self.stats.inc_value(f"danvan/{item.portal}/articles_skipped")
            raise DropItem(f"{item.url}: not about dân vận (relevance {annotation.relevance.score:.1f})")
        # One transaction: an article is never stored without the pointer to its capture.
        with self.archive.transaction():
            outcome = self.archive.upsert_article(item, portal, annotation)
            if item.capture_file is not None and outcome != "versioned":  # a version keeps its own pointer
                self.archive.set_capture(item.url, item.capture_file, item.capture_offset)
        self.stats.inc_value(f"danvan/{item.portal}/articles_{outcome}")
        if item.captured_at:  # read from a web archive: counted apart from the portal's own pages
            self.stats.inc_value(f"danvan/{item.portal}/captures_{outcome}")
        return item

    def spider_closed(self, spider: Any = None, reason: str = "finished") -> None:
        if self.archive is None:
            return
        try:
            self._finish_runs(reason)
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

    def _finish_runs(self, reason: str) -> None:
        assert self.archive is not None
        if self.crawler.settings.getbool("DANVAN_LINK_DUPLICATES_ON_CLOSE"):
            from crawler.retag import link_duplicates

            link_duplicates(self.archive)
        from crawler.capture import STAT_FILE

        capture = self.stats.get_value(STAT_FILE)
        for portal_id, run_id in self.runs.items():
            counts = portal_counts(self.stats.get_stats(), portal_id)
            status = run_status(counts, reason)
            broken = is_broken(counts, self.broken_ratio)
            if broken and status in ("ok", "partial"):  # failed and interrupted say more
                status = "broken"
            self.archive.finish_run(run_id, status, counts, reason)
            with self.archive.transaction():
                self.archive.conn.execute(
                    "UPDATE crawl_runs SET responses_by_status = ?, broken = ?, capture_file = ? WHERE id = ?",
                    (json.dumps(responses_by_status(counts), sort_keys=True), int(broken), capture, run_id),
                )


def portal_counts(stats: dict[str, Any], portal_id: str) -> dict[str, int]:
    """The danvan/<portal>/<name> counters of a crawl's stats, by name."""
    prefix = f"danvan/{portal_id}/"
    return {k[len(prefix):]: int(v) for k, v in stats.items() if k.startswith(prefix)}


def stop_for_full_disk(crawler: Crawler, path: object, exc: BaseException) -> None:
    """Close the crawl once with the reason `disk_full`; `danvan crawl` reports it in one line."""
    if crawler.stats.get_value("danvan/disk_full"):
        return
    error = disk_full(path, exc)
    crawler.stats.set_value("danvan/disk_full", str(error))
    logging.getLogger(__name__).warning("%s; stopping the crawl", error)
    stop_with(error)
    deferred_from_coro(crawler.engine.close_spider_async(reason="disk_full"))


def run_status(counts: dict[str, int], finish_reason: str) -> str:
    """ok, partial (some errors), failed (nothing usable came back), disk_full or interrupted."""
    if finish_reason == "disk_full":
        return "disk_full"
    if finish_reason not in ("finished", "closespider_itemcount", "closespider_pagecount"):
        return "interrupted"
    stored = sum(counts.get(f"articles_{o}", 0) for o in ("new", "updated", "unchanged", "skipped"))
    if not stored and (counts.get("errors", 0) or not counts.get("responses", 0)):
        return "failed"
    return "partial" if counts.get("errors", 0) else "ok"


def responses_by_status(counts: dict[str, int]) -> dict[str, int]:
    """The status_<code> counters of a portal, as {"200": n, "404": m}."""
    return {k[len("status_"):]: v for k, v in counts.items() if k.startswith("status_")}


def is_broken(counts: dict[str, int], ratio: float) -> bool:
    """Whether the platform's selectors no longer match: most article pages needed the generic extractor."""
    pages = counts.get("article_pages", 0)
    return pages > 0 and counts.get("generic_fallbacks", 0) / pages >= ratio
