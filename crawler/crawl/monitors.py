"""Run monitoring: the `errors` table and spidermon monitors run when a portal's crawl closes.

`ErrorLog` collects what went wrong, per page, while a crawler runs — failed downloads
(stage "download": timeouts, resets, cut-off bodies, pages too large), error statuses
("http", with Retry-After and the retries made), article pages that yielded no article
("extract"), articles rejected by validation ("validate"), articles stored without a date
("date"), pages refused by robots.txt ("robots"), redirect loops and redirects off the site
("redirect") and listings cut at DANVAN_MAX_LISTING_PAGES ("listing") — and writes them to
the archive's `errors` table at close, with the portal's crawl_runs id.

`PortalMonitorSuite` is a spidermon suite run at spider close: per portal, articles were
found, the error ratio is below DANVAN_MONITOR_MAX_ERROR_RATIO, the newest archived
article is at most DANVAN_MONITOR_MAX_DAYS_SINCE_NEW days old (0 switches this off);
and the crawl finished with the reason 'finished' (spidermon's own FinishReasonMonitor).
Spidermon logs the results; failed monitors become `errors` rows with stage "monitor".
"""

from __future__ import annotations

import json
import logging
import re
import weakref
from collections.abc import AsyncIterator, Iterable
from datetime import datetime
from typing import Any, ClassVar

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from spidermon import MonitorSuite, monitors
from spidermon.contrib.scrapy.monitors import FinishReasonMonitor
from spidermon.contrib.scrapy.monitors.base import BaseScrapyMonitor
from spidermon.core.actions import Action

from crawler.archive import Archive
from crawler.core import clock
from crawler.core.errors import is_disk_error
from crawler.core.items import Article
from crawler.crawl.notify import NotifyByEmail, NotifyByWebhook, failed_findings
from crawler.crawl.outcomes import (
    ARTICLES_SEEN,
    HEALTH_MONITOR,
    MONITOR_STAT,
    RUN_ID_STAT,
    Rejected,
    assess_run,
    portal_counts,
)
from crawler.wayback.cdx import BLOCKED_HEADER, blocked_reason

logger = logging.getLogger(__name__)


def run_id(crawler: Crawler, portal: str) -> int | None:
    """The portal's crawl_runs id in this crawl (set by the archive pipeline)."""
    return crawler.stats.get_value(RUN_ID_STAT.format(portal=portal))


def write_errors(crawler: Crawler, rows: Iterable[tuple[str, str, str, str]]) -> None:
    """(portal, url, stage, reason) rows into the archive's `errors` table."""
    rows = list(rows)
    if not rows:
        return
    at = clock.now_iso()
    archive = Archive.open(crawler.settings.get("DANVAN_DB"))
    try:
        with archive.transaction():
            archive.conn.executemany(
                "INSERT INTO errors (run_id, portal, url, stage, reason, at) VALUES (?, ?, ?, ?, ?, ?)",
                [(run_id(crawler, portal), portal, url or None, stage, reason, at)
                 for portal, url, stage, reason in rows],
            )
    except Exception as exc:
        if not is_disk_error(exc):
            raise
        # The crawl is already stopping for this (or will report it); the rows are lost, the archive is not.
        logger.warning("%d errors rows not written: %s", len(rows), exc)
    finally:
        archive.close()


class ErrorLog:
    """One crawler's per-page failures, written to `errors` when the spider closes."""

    _of: ClassVar[weakref.WeakKeyDictionary[Crawler, ErrorLog]] = weakref.WeakKeyDictionary()

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.rows: list[tuple[str, str, str, str]] = []

    @classmethod
    def of(cls, crawler: Crawler) -> ErrorLog:
        """The crawler's log, created (and hooked to its signals) on first use."""
        log = cls._of.get(crawler)
        if log is None:
            log = cls._of[crawler] = cls(crawler)
            crawler.signals.connect(log.item_dropped, signal=signals.item_dropped)
            crawler.signals.connect(log.spider_closed, signal=signals.spider_closed)
        return log

    def add(self, request: Request, stage: str, reason: str) -> None:
        portal = request.meta.get("danvan_portal")
        if portal:  # robots.txt and other requests outside a portal's crawl are not its errors
            self.rows.append((portal, request.url, stage, reason))

    def add_for(self, portal: str, url: str, stage: str, reason: str) -> None:
        """A row about a page known by its portal and URL (an item, not a request)."""
        self.rows.append((portal, url, stage, reason))

    def item_dropped(self, item: Any, response: Response | None = None, exception: Exception | None = None,
                     spider: Any = None) -> None:
        # Relevance skips are dropped too, but they are audited in `skipped`, not errors.
        if isinstance(item, Article) and isinstance(exception, Rejected):
            self.rows.append((item.portal, item.url, "validate", str(exception)))

    def spider_closed(self, spider: Any = None, reason: str = "") -> None:
        rows, self.rows = self.rows, []
        write_errors(self.crawler, rows)


class ErrorRecorder:
    """Downloader middleware (below RetryMiddleware, so it sees only final failures)."""

    def __init__(self, crawler: Crawler):
        self.log = ErrorLog.of(crawler)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ErrorRecorder:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        if response.status >= 400:
            blocked = blocked_reason(response.status, {BLOCKED_HEADER: (response.headers.get(BLOCKED_HEADER) or b"")
                                                       .decode("latin-1")})
            if blocked:
                self.log.add(request, "http", f"HTTP {response.status}: {blocked}")
                return response
            reason = f"HTTP {response.status}"
            retry_after = response.headers.get("Retry-After")
            if retry_after:
                reason += f" (Retry-After {retry_after.decode('latin-1')}"
                reason += ", longer than DANVAN_RETRY_AFTER_MAX: not retried)" if request.meta.get(
                    "danvan_retry_after_refused") else ")"
            self.log.add(request, "http", reason + _after_retries(request))
        return response

    def process_exception(self, request: Request, exception: Exception) -> None:
        # Robots.txt and redirect refusals reach the spider's errback, which records them.
        if not isinstance(exception, IgnoreRequest):
            reason = failure_reason(exception, request.meta.get("download_timeout"))
            self.log.add(request, "download", reason + _after_retries(request))


def _after_retries(request: Request) -> str:
    retries = request.meta.get("retry_times", 0)
    return f" after {retries} {'retry' if retries == 1 else 'retries'}" if retries else ""


def failure_reason(exception: Exception, timeout: float | None = None) -> str:
    """A failed download in words: timeout, reset, truncated body, too large, refused."""
    from scrapy.exceptions import (
        DownloadCancelledError,
        DownloadConnectionRefusedError,
        DownloadTimeoutError,
        ResponseDataLossError,
    )
    from twisted.internet.error import ConnectionLost, TimeoutError
    from twisted.web._newclient import ResponseFailed, ResponseNeverReceived

    detail = f"{type(exception).__name__}: {exception}".strip().rstrip(":")
    if isinstance(exception, DownloadTimeoutError | TimeoutError):
        return f"timeout: no complete answer within {timeout:g} s" if timeout else f"timeout ({detail})"
    if isinstance(exception, ResponseDataLossError):
        return f"body cut off: the connection was closed or reset before Content-Length was reached ({detail})"
    if isinstance(exception, DownloadCancelledError) and "max size" in str(exception):
        # "Expected to receive N bytes which is larger than download max size (M) in request <GET mirror URL>"
        numbers = re.findall(r"\d+", str(exception).split(" in request ")[0])
        if len(numbers) >= 2:
            return f"too large: {numbers[0]} bytes, more than DOWNLOAD_MAXSIZE ({numbers[-1]})"
        return f"too large: {exception}"
    if isinstance(exception, ResponseFailed | ConnectionLost | ResponseNeverReceived):
        return f"connection reset or lost mid-response ({detail})"
    if isinstance(exception, DownloadConnectionRefusedError):
        return f"connection refused ({detail})"
    return detail


class ExtractRecorder:
    """Spider middleware: an article page that answered 200 but yielded no article."""

    def __init__(self, crawler: Crawler):
        self.log = ErrorLog.of(crawler)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractRecorder:
        return cls(crawler)

    def _expects_article(self, response: Response) -> bool:
        return response.status == 200 and response.meta.get("danvan_kind") == "article"

    def process_spider_output(self, response: Response, result: Iterable[Any]) -> Iterable[Any]:
        found = False
        for item in result:
            found = found or isinstance(item, Article)
            yield item
        if not found and self._expects_article(response):
            self.log.add(response.request, "extract", "no article could be extracted")

    async def process_spider_output_async(self, response: Response, result: AsyncIterator[Any]) -> AsyncIterator[Any]:
        found = False
        async for item in result:
            found = found or isinstance(item, Article)
            yield item
        if not found and self._expects_article(response):
            self.log.add(response.request, "extract", "no article could be extracted")


def skip_unless_ran(monitor: Any) -> None:
    """A crawl refused the archive's lock read and wrote nothing: there is nothing to judge."""
    if monitor.stats.get("danvan/archive_busy"):
        monitor.skipTest("another crawl held the archive's lock: this one did not run")


class PortalMonitor(BaseScrapyMonitor):
    """A check made for each portal of the crawler; failures are recorded per portal."""

    def setUp(self) -> None:
        super().setUp()
        skip_unless_ran(self)

    def portals(self) -> list[str]:
        return sorted(getattr(self.spider, "portals", {}) or [])

    def count(self, portal: str, name: str) -> int:
        return int(self.stats.get(f"danvan/{portal}/{name}", 0) or 0)

    def check(self, failures: dict[str, str]) -> None:
        """Record each failing portal's reason in the stats, then fail with all of them."""
        for portal, reason in failures.items():
            self.crawler.stats.set_value(MONITOR_STAT.format(portal=portal, name=self.monitor_name), reason)
        self.assertFalse(failures, "; ".join(f"{p}: {r}" for p, r in failures.items()))


@monitors.name("Articles found")
class ArticleCountMonitor(PortalMonitor):
    """Each portal yields articles: extracted, or known from earlier crawls (an unchanged portal is healthy)."""

    COUNTED = ARTICLES_SEEN

    @monitors.name("Each portal yields at least one article")
    def test_articles_found(self) -> None:
        self.check({p: "no article found" for p in self.portals() if not sum(self.count(p, n) for n in self.COUNTED)})


@monitors.name(HEALTH_MONITOR)
class PortalHealthMonitor(PortalMonitor):
    """Each portal's run so far is ok: no failed pages, no cap reached, the platform's selectors read
    the pages (crawler.crawl.outcomes.assess_run) — so notifications name selector drift too."""

    @monitors.name("Each portal's pages were all read, by the platform's selectors")
    def test_portal_health(self) -> None:
        ratios = {"broken_ratio": self.crawler.settings.getfloat("DANVAN_BROKEN_FALLBACK_RATIO", 0.5),
                  "drift_ratio": self.crawler.settings.getfloat("DANVAN_DRIFT_RATIO", 0.1)}
        failures = {}
        for portal in self.portals():
            # Failed pages are the error-ratio monitor's to judge (against its own threshold).
            counts = {**portal_counts(self.stats, portal), "errors": 0}
            status, problems = assess_run(counts, "finished", **ratios)
            if status != "ok":
                failures[portal] = f"{status}: {'; '.join(problems)}"
        self.check(failures)


@monitors.name("Error ratio")
class ErrorRatioMonitor(PortalMonitor):
    """Few of a portal's requests fail."""

    @monitors.name("Each portal's error ratio is below DANVAN_MONITOR_MAX_ERROR_RATIO")
    def test_error_ratio(self) -> None:
        limit = self.crawler.settings.getfloat("DANVAN_MONITOR_MAX_ERROR_RATIO", 0.2)
        failures = {}
        for portal in self.portals():
            errors, requests = self.count(portal, "errors"), self.count(portal, "requests")
            ratio = errors / requests if requests else (1.0 if errors else 0.0)
            if ratio > limit:
                failures[portal] = f"{errors} errors in {requests} requests ({ratio:.0%} > {limit:.0%})"
        self.check(failures)


@monitors.name("Days since the last new article")
class FreshnessMonitor(PortalMonitor):
    """An active portal's newest archived article is recent."""

    @monitors.name("Each active portal published within its cadence")
    def test_recent_article(self) -> None:
        default = self.crawler.settings.getint("DANVAN_MONITOR_MAX_DAYS_SINCE_NEW", 0)
        if default <= 0:
            self.skipTest("DANVAN_MONITOR_MAX_DAYS_SINCE_NEW is 0")
        portals = {p: self.spider.portals[p] for p in self.portals()}
        # Closed portals are expected to fall silent; only active ones are checked.
        active = [p for p, portal in portals.items() if portal.status == "active"]
        newest = self.newest_articles(active)
        now = clock.now()
        failures = {}
        for portal in active:
            published = newest.get(portal)
            if published is None:
                failures[portal] = "no article archived"
                continue
            when = datetime.fromisoformat(published if "T" in published else published + "T00:00:00+07:00")
            days = (now - when).days
            limit = portals[portal].cadence_days or default
            if days > limit:
                failures[portal] = (f"newest article is {days} days old (published {published[:10]}; "
                                    f"expected at least every {limit} days)")
        self.check(failures)

    def newest_articles(self, portals: list[str]) -> dict[str, str]:
        if not portals:
            return {}
        archive = Archive.open(self.crawler.settings.get("DANVAN_DB"), create=False, readonly=True)
        try:
            marks = ",".join("?" * len(portals))
            rows = archive.conn.execute(
                f"SELECT portal, max(published_at) FROM articles WHERE portal IN ({marks}) GROUP BY portal", portals)
            return {p: d for p, d in rows if d}
        finally:
            archive.close()


class RecordFailedMonitors(Action):
    """Failed monitors become `errors` rows (stage "monitor"), one per portal they failed for."""

    def run_action(self) -> None:
        crawler = self.data.crawler
        rows = [(portal, "", "monitor", f"{name}: {why}")
                for portal, name, why in failed_findings(crawler, self.data.spider, self.result)]
        write_errors(crawler, rows)
        degrade_finished_runs(crawler, rows)


def degrade_finished_runs(crawler: Crawler, rows: list[tuple[str, str, str, str]]) -> None:
    """A run already marked ok when its monitors fail becomes degraded, with their reasons.

    The archive pipeline normally finishes runs after the monitors ran and counts their
    findings itself (crawler.crawl.outcomes.monitor_findings); this covers the other order.
    """
    reasons: dict[str, list[str]] = {}
    for portal, _url, _stage, reason in rows:
        reasons.setdefault(portal, []).append(reason)
    if not reasons:
        return
    archive = Archive.open(crawler.settings.get("DANVAN_DB"))
    try:
        with archive.transaction():
            for portal, found in reasons.items():
                archive.conn.execute(
                    "UPDATE crawl_runs SET status = 'degraded', problems = ? WHERE id = ? AND status = 'ok'"
                    " AND finished_at IS NOT NULL", (json.dumps(found, ensure_ascii=False), run_id(crawler, portal)))
    except Exception as exc:
        if not is_disk_error(exc):
            raise
        logger.warning("runs not marked degraded: %s", exc)
    finally:
        archive.close()


@monitors.name("Finish Reason Monitor")
class CrawlFinishReasonMonitor(FinishReasonMonitor):
    """Spidermon's finish-reason check, except for a crawl stopped because the disk is full:
    that one is reported by the command in one line, and no errors row could be written."""

    @monitors.name("Should have the expected finished reason(s)")
    def test_should_finish_with_expected_reason(self) -> None:
        if self.stats.get("danvan/disk_full"):
            self.skipTest("the crawl stopped because the disk is full")
        skip_unless_ran(self)
        super().test_should_finish_with_expected_reason()


class PortalMonitorSuite(MonitorSuite):
    monitors: ClassVar[list[Any]] = [PortalHealthMonitor, ArticleCountMonitor, ErrorRatioMonitor, FreshnessMonitor,
                                     CrawlFinishReasonMonitor]
    monitors_failed_actions: ClassVar[list[Any]] = [RecordFailedMonitors, NotifyByEmail, NotifyByWebhook]
