"""Conditional requests and the record of fetched pages, kept in the archive's `pages` table.

A downloader middleware, on whenever DANVAN_DB is set. Requests the spider marks with
meta `danvan_conditional` (listings of a portal whose last crawl finished, and archived
articles re-fetched to catch edits) carry If-None-Match / If-Modified-Since from the page's
last fetch; every listing and article response is recorded in `pages`. A 304 for an article
means it is unchanged: it is counted as such and its `last_seen` is moved on. Which pages to
request at all is the spider's business (spiders/base.py), from `Archive.seen_urls`.
"""

from __future__ import annotations

from typing import Any

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response

from crawler.archive import Archive

KINDS = ("listing", "article")


class IncrementalMiddleware:
    def __init__(self, crawler: Crawler, path: str):
        self.crawler = crawler
        self.stats = crawler.stats
        self.path = path
        self.archive: Archive | None = None
        self.validators: dict[str, tuple[str | None, str | None]] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> IncrementalMiddleware:
        path = crawler.settings.get("DANVAN_DB")
        if not path:
            raise NotConfigured("DANVAN_DB is not set")
        middleware = cls(crawler, path)
        crawler.signals.connect(middleware.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    def spider_opened(self, spider: Any = None) -> None:
        self.archive = Archive.open(self.path)
        # Validators are read once: a crawl never fetches the same page twice.
        for portal_id in getattr(self.crawler.spider, "portals", {}):
            self.validators.update(self.archive.page_validators(portal_id))

    def spider_closed(self, spider: Any = None, reason: str = "finished") -> None:
        if self.archive is None:
            return
        self.archive.close()
        self.archive = None

    def process_request(self, request: Request, spider: Any = None) -> None:
        if not request.meta.get("danvan_conditional"):
            return None
        etag, modified = self.validators.get(request.url, (None, None))
        if etag:
            request.headers.setdefault(b"If-None-Match", etag)
        if modified:
            request.headers.setdefault(b"If-Modified-Since", modified)
        return None

    def process_response(self, request: Request, response: Response, spider: Any = None) -> Response:
        kind = request.meta.get("danvan_kind")
        portal_id = request.meta.get("danvan_portal")
        if kind not in KINDS or not portal_id or self.archive is None:
            return response
        self.archive.record_page(
            request.url, portal_id, kind, response.status,
            _header(response, b"ETag"), _header(response, b"Last-Modified"),
        )
        if response.status == 304:
            self.stats.inc_value(f"danvan/{portal_id}/{kind}s_not_modified")
            if kind == "article" and self.archive.touch_article(request.url):
                self.stats.inc_value(f"danvan/{portal_id}/articles_unchanged")
        return response


def _header(response: Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None
