"""Closed portals from a web archive: CDX listings of their URLs, raw snapshots, the platform's extractor.

For each portal with a `wayback` source (crawler/core/portals.toml), the spider lists the
archive's 200 text/html captures under the source's URL prefixes and date range
(CDX API, `collapse=urlkey`, a page of DANVAN_WAYBACK_PAGE_SIZE rows at a time, resumable),
keeps those whose URL is an article of the portal's platform, asks the archive for the
article's distinct captures (`collapse=digest`) and reads them oldest first, raw (`id_`),
with the same `parse_article` as the live portal. The earliest complete capture (title,
date and body found) becomes the article, stored under the portal's own URL so it meets
the live crawl's copy; later captures whose text differs become `article_versions`.
`published_at` comes from the page's date line; the capture time is kept as
`captured_at` and never taken for it. Articles the archive already holds are not fetched.

Politeness toward the archive: one request at a time, at most one a second
(DOWNLOAD_DELAY 1, AutoThrottle on top), a User-Agent naming the project, and a 429 or
503 answer slows every later request down by what its Retry-After asked (or an
exponential backoff), up to DANVAN_WAYBACK_MAX_BACKOFF, before the request is retried;
a Retry-After beyond that cap is not retried in this crawl.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import urljoin

import scrapy
from parsel import Selector
from scrapy.crawler import Crawler
from scrapy.http import Request, Response, TextResponse
from twisted.python.failure import Failure

from crawler.core import clock, registry
from crawler.core.items import Article
from crawler.core.registry import Portal
from crawler.core.urls import canonical_url
from crawler.extract.layers import FIELDS, PLATFORM, layered
from crawler.wayback import progress
from crawler.wayback.cdx import (
    Capture,
    CdxError,
    cdx_query_url,
    parse_cdx,
    parse_snapshot_url,
    portal_url,
    timestamp_iso,
)
from crawler.wayback.cdx import retry_after as retry_after_seconds
from crawler.wayback.cdx import snapshot_url as make_snapshot_url
from spiders.base import PortalSpider, record_layers

NAME = "wayback"
MAX_REPLAY_REDIRECTS = 5


@dataclass(frozen=True)
class Platform:
    """What the wayback spider borrows from a platform module."""

    parse_article: Callable[[Selector, str], Article]
    is_article_url: Callable[[str], bool] | None
    canonical: Callable[[str], str] | None


def platform_of(name: str) -> Platform:
    """The platform spider's extractor, article test and URL canonicaliser."""
    module = importlib.import_module(f"spiders.{name}")
    spider = next(
        v for v in vars(module).values()
        if isinstance(v, type) and issubclass(v, PortalSpider) and getattr(v, "platform", None) == name
    )
    return Platform(spider.parse_article, spider.is_article_url, getattr(module, "canonical", None))


class ArchiveBackoffMiddleware:
    """On 429 or 503 from the archive, slow the whole download slot down before the retry.

    The retry itself is RETRY_HTTP_CODES' business (Scrapy's retry middleware, or the
    project's Retry-After one); this makes every following request to the archive wait as
    long as Retry-After asked, or DANVAN_WAYBACK_BACKOFF_BASE (2) seconds doubled at each
    further 429/503 in a row (2, 4, 8 ...), up to DANVAN_WAYBACK_MAX_BACKOFF. AutoThrottle
    eases the delay back down once answers are 200 again.
    """

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.cap = crawler.settings.getfloat("DANVAN_WAYBACK_MAX_BACKOFF", 300.0)
        self.base = crawler.settings.getfloat("DANVAN_WAYBACK_BACKOFF_BASE", 2.0)
        self.strikes = 0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchiveBackoffMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response, spider: Any = None) -> Response:
        if response.status not in (429, 503):
            self.strikes = 0
            return response
        self.strikes += 1
        backoff = self.base * 2.0 ** (self.strikes - 1)
        wait = min(self.cap, retry_after_seconds(response.headers.get("Retry-After"), backoff))
        downloader = self.crawler.engine.downloader if self.crawler.engine else None
        if downloader is not None:
            slot = downloader.slots.get(downloader.get_slot_key(request))
            if slot is not None:
                slot.delay = max(slot.delay, wait)
        self.crawler.stats.inc_value("danvan/wayback_backoffs")
        self.crawler.stats.max_value("danvan/wayback_backoff_max", wait)
        return response


class WaybackSpider(scrapy.Spider):
    """The registry's portals that have a `wayback` source (or those named with -a portal=)."""

    name = NAME
    custom_settings: ClassVar[dict[str, Any]] = {
        "DOWNLOAD_DELAY": 1.0,
        "RANDOMIZE_DOWNLOAD_DELAY": False,  # at most one request a second, not one on average
        "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
        "AUTOTHROTTLE_ENABLED": True,
        "AUTOTHROTTLE_START_DELAY": 1.0,
        "AUTOTHROTTLE_TARGET_CONCURRENCY": 1.0,
    }

    def __init__(self, portal: str | None = None, registry_path: str | None = None, **kwargs: Any):
        super().__init__(**kwargs)
        self.registry = registry.load(registry_path)
        if portal:
            portals = [self.registry.get(p.strip()) for p in portal.split(",") if p.strip()]
            lacking = [p.id for p in portals if p.wayback is None]
            if lacking:
                raise registry.RegistryError(f"portal {', '.join(lacking)} has no wayback source")
        else:
            portals = [p for p in self.registry.portals if p.wayback is not None]
        self.portals: dict[str, Portal] = {p.id: p for p in portals}
        self.platforms = {p.id: platform_of(p.platform) for p in portals}
        self.allowed_domains = sorted({h for p in portals for h in p.wayback.hosts})  # type: ignore[union-attr]
        self.db: str | None = None
        self.page_size = 1000
        self.seen: dict[str, set[str]] = {pid: set() for pid in self.portals}

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> WaybackSpider:
        kwargs.setdefault("registry_path", crawler.settings.get("DANVAN_REGISTRY"))
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.db = crawler.settings.get("DANVAN_DB")
        spider.page_size = crawler.settings.getint("DANVAN_WAYBACK_PAGE_SIZE", 1000)
        spider.index_lag_days = crawler.settings.getfloat("DANVAN_WAYBACK_INDEX_LAG_DAYS", 7.0)
        # Listed windows are listed again from their start (the archive may ingest old collections).
        settings = crawler.settings
        spider.relist = settings.getbool("DANVAN_WAYBACK_RELIST") or settings.getbool("DANVAN_FULL_SWEEP")
        if spider.db and Path(spider.db).exists() and not crawler.settings.getbool("DANVAN_FULL_SWEEP"):
            spider.seen = spider._archived_urls()
        return spider

    @classmethod
    def update_settings(cls, settings: Any) -> None:
        super().update_settings(settings)
        middlewares = dict(settings.getdict("DOWNLOADER_MIDDLEWARES"))
        # Above the retry middleware (550): sees a 429/503 before it is retried.
        middlewares.setdefault("spiders.wayback.ArchiveBackoffMiddleware", 560)
        settings.set("DOWNLOADER_MIDDLEWARES", middlewares, priority="spider")
        # The archive's Retry-After is honoured as long as its backoff may last, not only
        # the portals' DANVAN_RETRY_AFTER_MAX: past it the request is not retried this crawl.
        settings.set("DANVAN_RETRY_AFTER_MAX", settings.getfloat("DANVAN_WAYBACK_MAX_BACKOFF", 300.0),
                     priority="spider")

    def _archived_urls(self) -> dict[str, set[str]]:
        archive = self._archive()
        try:
            return {pid: archive.seen_urls(pid, "9999")[0] for pid in self.portals}
        finally:
            archive.close()

    def _archive(self) -> Any:
        from crawler.archive import Archive

        return Archive.open(self.db)

    # -- listing --------------------------------------------------------------------
    async def start(self) -> AsyncIterator[Any]:
        for portal in self.portals.values():
            source = portal.wayback
            assert source is not None
            if self.db:
                archive = self._archive()
                try:
                    leftovers = progress.pending(archive, portal.id)
                    states = {p: progress.listing_state(archive, portal.id, p) for p in source.prefixes}
                finally:
                    archive.close()
                # What an interrupted crawl listed but did not store comes first.
                for listed in leftovers:
                    if listed.url not in self.seen[portal.id]:
                        self.seen[portal.id].add(listed.url)
                        yield self.versions_request(portal, listed.url, listed.original, listed.timestamp)
            else:
                states = {p: progress.ListingState(None, False, 0) for p in source.prefixes}
            for prefix, state in states.items():
                if state.done and self.relist:
                    state = progress.ListingState(None, False, 0)
                if progress.window_read(state, source.date_to, self.index_lag_days):
                    # A closed window listed to its end holds nothing new: not one request.
                    self.crawler.stats.inc_value(f"danvan/{portal.id}/listings_complete")
                    self.logger.info("portal %s: listing %s of a closed window is complete", portal.id, prefix)
                    continue
                if state.done:  # only what the archive captured since (an open window)
                    since = progress.newer_than(state, self.index_lag_days)
                    yield self.listing_request(portal, prefix, None, since=max(since, source.date_from))
                    continue
                if state.resume_key:
                    self.logger.info("portal %s: listing %s resumed at %s", portal.id, prefix, state.resume_key)
                yield self.listing_request(portal, prefix, state.resume_key)

    def listing_request(self, portal: Portal, prefix: str, resume_key: str | None, since: str = "") -> Request:
        source = portal.wayback
        assert source is not None
        url = cdx_query_url(source.cdx, prefix, collapse="urlkey", date_from=since or source.date_from,
                            date_to=source.date_to, limit=self.page_size, resume_key=resume_key)
        return Request(url, callback=self.parse_listing, errback=self.on_error, dont_filter=True,
                       cb_kwargs={"portal_id": portal.id, "prefix": prefix, "since": since},
                       meta={"danvan_portal": portal.id, "danvan_kind": "wayback_listing"})

    def parse_listing(self, response: Response, portal_id: str, prefix: str, since: str = "") -> Iterable[Any]:
        portal = self.portals[portal_id]
        stats = self.crawler.stats
        try:
            page = parse_cdx(response.body)
        except CdxError as exc:
            stats.inc_value(f"danvan/{portal_id}/errors")
            self.logger.error("portal %s: CDX answer for %s unusable: %s", portal_id, prefix, exc)
            return
        stats.inc_value(f"danvan/{portal_id}/captures_listed", len(page.captures))
        listed: dict[str, progress.Listed] = {}
        for capture in page.captures:
            url = self.article_url(portal, capture)
            if url is None:
                stats.inc_value(f"danvan/{portal_id}/captures_ignored")
                continue
            listed.setdefault(url, progress.Listed(url, capture.original, capture.timestamp, capture.digest))
        if self.db:
            archive = self._archive()
            try:  # the page's captures and the key that continues it, in one transaction
                progress.save_page(archive, portal_id, prefix, listed.values(), page.resume_key)
            finally:
                archive.close()
        for item in listed.values():
            if item.url in self.seen[portal_id]:
                stats.inc_value(f"danvan/{portal_id}/articles_known")  # archived already: not fetched
                continue
            self.seen[portal_id].add(item.url)
            yield self.versions_request(portal, item.url, item.original, item.timestamp)
        if page.resume_key:
            yield self.listing_request(portal, prefix, page.resume_key, since=since)

    def article_url(self, portal: Portal, capture: Capture) -> str | None:
        """The portal's URL of an article capture; None for anything else (listings, files, other hosts)."""
        if not capture.is_html_ok:
            return None  # the listing's filters keep these out; a server that ignores them does not
        url = canonical_url(portal_url(capture.original, portal.base_url))
        platform = self.platforms[portal.id]
        if platform.canonical is not None:
            url = platform.canonical(url)
        if not portal.owns(url):
            return None
        source = portal.wayback
        if source is not None and source.article_pattern:
            return url if re.search(source.article_pattern, url) else None
        if platform.is_article_url is not None:
            return url if platform.is_article_url(url) else None
        return url if portal.article_pattern else None

    # -- one article's captures -------------------------------------------------------
    def versions_request(self, portal: Portal, url: str, original: str, timestamp: str) -> Request:
        """The article's distinct captures (collapse=digest), to read them oldest first."""
        source = portal.wayback
        assert source is not None
        query = cdx_query_url(source.cdx, original, match_type="exact", collapse="digest",
                              date_from=source.date_from, date_to=source.date_to)
        return Request(query, callback=self.parse_versions, errback=self.on_error, dont_filter=True,
                       cb_kwargs={"portal_id": portal.id, "url": url,
                                  "listed": Capture(urlkey="", timestamp=timestamp, original=original)},
                       meta={"danvan_portal": portal.id, "danvan_kind": "wayback_listing"})

    def parse_versions(self, response: Response, portal_id: str, url: str, listed: Capture) -> Iterable[Any]:
        portal = self.portals[portal_id]
        try:
            captures = [c for c in parse_cdx(response.body).captures
                        if c.is_html_ok and self.article_url(portal, c) == url]
        except CdxError:
            captures = []
        if not captures:
            captures = [listed]
        captures.sort(key=lambda c: c.timestamp)
        if self.db:
            archive = self._archive()
            try:
                progress.record_captures(
                    archive, portal_id, [progress.Listed(url, c.original, c.timestamp, c.digest) for c in captures])
            finally:
                archive.close()
        yield self.snapshot_request(portal, url, captures[0], captures[1:], winner=None)

    def snapshot_request(self, portal: Portal, url: str, capture: Capture, rest: list[Capture],
                         winner: str | None, first: tuple[Article, str] | None = None) -> Request:
        source = portal.wayback
        assert source is not None
        snapshot = make_snapshot_url(source.snapshots, capture.timestamp, capture.original)
        return self._snapshot(snapshot, portal.id, url, capture, rest, winner, first, hops=0)

    def _snapshot(self, snapshot: str, portal_id: str, url: str, capture: Capture, rest: list[Capture],
                  winner: str | None, first: tuple[Article, str] | None, hops: int) -> Request:
        # Redirects are followed here, not by Scrapy: a replay redirect stays in the archive
        # and names the capture actually read.
        return Request(
            snapshot, callback=self.parse_snapshot, errback=self.on_error, dont_filter=True,
            cb_kwargs={"portal_id": portal_id, "url": url, "capture": capture, "rest": rest,
                       "winner": winner, "first": first, "hops": hops},
            meta={"danvan_portal": portal_id, "danvan_kind": "wayback_snapshot", "dont_redirect": True,
                  "handle_httpstatus_list": [301, 302, 303, 307, 308]},
        )

    def parse_snapshot(self, response: Response, portal_id: str, url: str, capture: Capture,
                       rest: list[Capture], winner: str | None, first: tuple[Article, str] | None,
                       hops: int) -> Iterable[Any]:
        """One capture of an article: the earliest complete one is the article, later differing ones versions."""
        portal = self.portals[portal_id]
        stats = self.crawler.stats
        if 300 <= response.status < 400:
            location = response.headers.get("Location", b"").decode("latin-1")
            target = urljoin(response.url, location) if location else ""
            if target and parse_snapshot_url(target) and hops < MAX_REPLAY_REDIRECTS:
                stats.inc_value(f"danvan/{portal_id}/captures_redirected")
                yield self._snapshot(target, portal_id, url, capture, rest, winner, first, hops + 1)
            else:
                stats.inc_value(f"danvan/{portal_id}/errors")
                self.logger.warning("portal %s: snapshot %s redirects outside the archive", portal_id, response.url)
            return
        stats.inc_value(f"danvan/{portal_id}/captures_fetched")
        if not isinstance(response, TextResponse):  # listed as HTML, replayed as something else
            stats.inc_value(f"danvan/{portal_id}/captures_incomplete")
            return
        read = parse_snapshot_url(response.url)
        timestamp = read[0] if read else capture.timestamp
        if self.db:
            archive = self._archive()
            try:
                progress.mark_fetched(archive, portal_id, capture.original, capture.timestamp)
            finally:
                archive.close()
        article = self.extract(response, portal_id, url, timestamp)
        complete = article is not None and not article.missing_fields()
        if not complete:
            stats.inc_value(f"danvan/{portal_id}/captures_incomplete")
        if winner is None and not complete:
            if first is None and article is not None:
                first = (article, response.text)
            if rest:  # an incomplete capture (cut short, an error page): the next one may be whole
                yield self.snapshot_request(portal, url, rest[0], rest[1:], winner=None, first=first)
            elif first is not None:  # no complete capture at all: the earliest, filled where possible
                yield self.fallback(*first)
            return
        if complete:
            yield article
        if rest:
            yield self.snapshot_request(portal, url, rest[0], rest[1:], winner=winner or timestamp)

    def extract(self, response: Response, portal_id: str, url: str, timestamp: str) -> Article | None:
        """The platform's extraction of a snapshot, under the portal's own URL."""
        page = response.replace(url=url)
        try:
            article = self.platforms[portal_id].parse_article(page.selector, url)
        except Exception as exc:  # one broken capture must not stop the portal
            self.crawler.stats.inc_value(f"danvan/{portal_id}/extract_errors")
            self.logger.error("portal %s: cannot extract %s: %s", portal_id, response.url, exc)
            return None
        article.url = url  # the article's URL, whatever the archived page calls itself
        article.field_sources = {f: PLATFORM for f in FIELDS if getattr(article, f)}
        article.portal = portal_id
        article.fetched_at = clock.now_iso()
        article.captured_at = timestamp_iso(timestamp)
        article.snapshot_url = response.url
        return article

    def fallback(self, article: Article, html: str) -> Article:
        """Fill what the platform extractor missed from the page's declarations, then the generic extractor."""
        result = layered(article, html, article.url)
        record_layers(self.crawler, article.portal, article.url, result)
        return result.article

    def on_error(self, failure: Failure) -> None:
        request = failure.request  # type: ignore[attr-defined]
        portal_id = request.meta.get("danvan_portal", "")
        self.crawler.stats.inc_value(f"danvan/{portal_id}/errors")
        self.logger.warning("portal %s: %s failed: %s", portal_id, request.url, failure.getErrorMessage())
