"""What the crawl's components tell each other: stats keys, per-portal counters, a run's status.

The pipelines, the capture middleware, the monitors, the spiders and the distributed
archiver all read or write these; keeping them here lets each import this one module
instead of one another.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.utils.defer import deferred_from_coro

from crawler.core.errors import disk_full, stop_with
from crawler.core.items import Article

logger = logging.getLogger(__name__)

# The crawl stats key holding the capture (WARC) file of a crawler run.
STAT_FILE = "capture/file"

# The monitor that repeats `assess_run` for notifications (its findings are not added to a run's problems twice).
HEALTH_MONITOR = "Portal health"

# Crawl stats key of a monitor's finding for a portal: monitor/<portal>/<monitor name> = reason.
MONITOR_STAT = "monitor/{portal}/{name}"

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


def monitor_findings(stats: dict[str, Any], portal_id: str) -> dict[str, str]:
    """The monitors that failed for a portal in this crawl: monitor name -> reason."""
    prefix = MONITOR_STAT.format(portal=portal_id, name="")
    return {k[len(prefix):]: str(v) for k, v in stats.items() if k.startswith(prefix) and v}


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
    """ok, partial (some errors), failed (nothing usable came back), disk_full, stopped or interrupted."""
    if finish_reason == "disk_full":
        return "disk_full"
    if finish_reason == "shutdown":  # a signal (SIGTERM, Ctrl-C): Scrapy closed cleanly, the JOBDIR is kept
        return "stopped"
    if finish_reason not in ("finished", "closespider_itemcount", "closespider_pagecount"):
        return "interrupted"
    stored = sum(counts.get(f"articles_{o}", 0) for o in ("new", "updated", "unchanged", "skipped"))
    # A closed window's listing read to its end before asks for nothing: nothing is all there is.
    if not stored and (counts.get("errors", 0) or not (counts.get("responses", 0) or counts.get("listings_complete"))):
        return "failed"
    return "partial" if counts.get("errors", 0) else "ok"


def responses_by_status(counts: dict[str, int]) -> dict[str, int]:
    """The status_<code> counters of a portal, as {"200": n, "404": m}."""
    return {k[len("status_"):]: v for k, v in counts.items() if k.startswith("status_")}


def is_broken(counts: dict[str, int], ratio: float) -> bool:
    """Whether the platform's selectors no longer match: most article pages needed the generic extractor."""
    pages = counts.get("article_pages", 0)
    return pages > 0 and counts.get("generic_fallbacks", 0) / pages >= ratio


# Counters that show a portal's listings led to articles (new, known from earlier crawls, or not modified).
ARTICLES_SEEN = ("articles_new", "articles_updated", "articles_unchanged", "articles_skipped", "articles_rejected",
                 "articles_known", "articles_not_modified", "listings_not_modified", "captures_listed",
                 "listings_complete")
ESSENTIAL_FIELDS = ("title", "published_at", "body")

# What `danvan crawl` (and `danvan check`) exit with: cron and systemd act on it.
EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT, EXIT_DEGRADED = 0, 1, 2, 3
# Every status that is not ok: failed ones exit 1, the rest (work done, but less or worse than asked) 3.
FAILED_STATUSES = frozenset({"failed", "disk_full"})
DEGRADED_STATUSES = frozenset({"degraded", "partial", "broken", "interrupted", "stopped", "killed", "stale"})


def problem_line(portal: str, status: str, problems: Iterable[str]) -> str:
    """`<portal>: <status>: <problems>`: how a portal that is not ok is told (crawl, status, cron)."""
    problems = list(problems)
    return f"{portal}: {status}" + (f": {'; '.join(problems)}" if problems else "")


def exit_status(statuses: list[str]) -> int:
    """The exit status for a set of portal results: 1 if any failed, else 3 if any is not ok, else 0."""
    if any(s in FAILED_STATUSES for s in statuses):
        return EXIT_FAILED
    if any(s != "ok" for s in statuses):
        return EXIT_DEGRADED
    return EXIT_OK


def assess_run(counts: dict[str, int], finish_reason: str, *, broken_ratio: float = 0.5, drift_ratio: float = 0.1,
               findings: dict[str, str] | None = None) -> tuple[str, list[str]]:
    """A portal run's status and, one line each, why it is not ok.

    failed, disk_full and interrupted as `run_status` says; then partial (pages failed, or a
    listing was cut at the depth cap: less than asked was done); broken (most article pages
    needed the lower extraction layers: `crawl_runs.broken` says so); degraded (at least
    `drift_ratio` of the article pages had the platform's selectors miss a field or contradict
    the page's declarations — most of them: broken —, the listing layer was needed, or a monitor
    failed: `findings`, monitor name -> reason). A worse status is never softened.
    """
    status = run_status(counts, finish_reason)
    problems: list[str] = []
    if status == "stopped":
        problems.append("stopped by a signal before its end: the next run resumes it")
    elif status == "interrupted":
        problems.append(f"the crawl ended before its end ({finish_reason})")
    elif status == "disk_full":
        problems.append("the disk is full")
    listings = counts.get("listing_pages", 0)
    if status == "ok" and listings and not any(counts.get(n, 0) for n in ARTICLES_SEEN):
        status = "failed"
        problems.append(f"{listings} listing pages yielded no article link")
    elif status == "failed":
        problems.append("nothing usable came back")
    if counts.get("errors", 0):
        errors = counts["errors"]
        problems.append(f"{errors} page{'s' if errors != 1 else ''} failed (see the errors table)")
    if counts.get("listings_capped", 0):
        problems.append("listings were not followed to their end (a depth cap: see the errors table)")
        status = "partial" if status == "ok" else status
    pages = counts.get("article_pages", 0)
    missed = [f"{f} on {counts[f'platform_missed_{f}']}" for f in ESSENTIAL_FIELDS
              if counts.get(f"platform_missed_{f}", 0)]
    if missed:
        problems.append(f"the platform's selectors found no {', '.join(missed)} of {pages} article pages")
    drift = counts.get("drift_pages", 0)
    if drift:
        problems.append(f"the platform's selectors contradict the page's own title or date on {drift} of "
                        f"{pages} article pages")
    listing_fallbacks = counts.get("listing_fallbacks", 0)
    if listing_fallbacks:
        problems.append(f"the platform's listing selectors found no article link or next page on "
                        f"{listing_fallbacks} of {listings} listing pages (the generic listing layer read them)")
        status = "degraded" if status == "ok" else status
    if is_broken(counts, broken_ratio):
        problems.append(f"most article pages ({counts.get('generic_fallbacks', 0)} of {pages}) were read by the "
                        "lower layers: the platform's selectors broke")
    if status == "ok" and pages and (counts.get("generic_fallbacks", 0) + drift) / pages >= drift_ratio:
        status = "degraded"
    for name, reason in (findings or {}).items():
        if name == HEALTH_MONITOR:
            continue
        problems.append(f"{name}: {reason}")
        if status == "ok":
            status = "degraded"
    return status, problems if status != "ok" else []


def finish_portal_run(archive: Any, run_id: int, counts: dict[str, int], reason: str, *,
                      settings: Any, findings: dict[str, str] | None = None, capture_file: str | None = None,
                      columns: Iterable[str] | None = None) -> str:
    """Close a portal's `crawl_runs` row: its status and problems (`assess_run`), counters, responses
    by status, the broken flag and selector drift, in one transaction; returns the status.

    `settings` gives the ratios (DANVAN_BROKEN_FALLBACK_RATIO, DANVAN_DRIFT_RATIO); `columns`
    limits the counters written (the distributed archiver writes the workers' own).
    """
    broken_ratio = settings.getfloat("DANVAN_BROKEN_FALLBACK_RATIO", 0.5)
    status, problems = assess_run(counts, reason, broken_ratio=broken_ratio,
                                  drift_ratio=settings.getfloat("DANVAN_DRIFT_RATIO", 0.1), findings=findings)
    written = counts if columns is None else {k: counts.get(k, 0) for k in columns}
    with archive.transaction():
        archive.finish_run(run_id, status, written, reason)
        archive.conn.execute(
            "UPDATE crawl_runs SET responses_by_status = ?, broken = ?, capture_file = coalesce(?, capture_file),"
            " platform_misses = ?, drift_pages = ?, problems = ? WHERE id = ?",
            (json.dumps(responses_by_status(counts), sort_keys=True), int(is_broken(counts, broken_ratio)),
             capture_file, counts.get("generic_fallbacks", 0), counts.get("drift_pages", 0),
             json.dumps(problems, ensure_ascii=False) if problems else None, run_id))
    return status
