"""What the crawl's components tell each other: stats keys, per-portal counters, a run's status.

The pipelines, the capture middleware, the monitors, the spiders and the distributed
archiver all read or write these; keeping them here lets each import this one module
instead of one another.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.utils.defer import deferred_from_coro

from crawler.core.errors import disk_full, stop_with
from crawler.core.items import Article

logger = logging.getLogger(__name__)

# The crawl stats key holding the capture (WARC) file of a crawler run.
STAT_FILE = "capture/file"

# The crawl stats key holding a portal's crawl_runs id, for components that write at close.
RUN_ID_STAT = "danvan_run/{portal}"


class Rejected(DropItem):
    """An article dropped because its extraction is unusable (not a relevance skip)."""


def outcome_counters(article: Article, outcome: str) -> list[str]:
    """The counters a stored article's outcome adds one to: `articles_<outcome>`, and for a
    page read from a web archive `captures_<outcome>` too (counted apart)."""
    counters = [f"articles_{outcome}"]
    if article.captured_at and outcome != "skipped":
        counters.append(f"captures_{outcome}")
    return counters


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
    logger.warning("%s; stopping the crawl", error)
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

