"""Per-portal counters for every crawl, and a live progress line on a terminal.

Counts requests, responses and errors per portal (from request meta `danvan_portal`)
into the crawl's stats as danvan/<portal>/<name>; pipelines and reports read them.
The progress line is drawn only when DANVAN_PROGRESS is on and stderr is a terminal,
so cron and systemd runs stay quiet.
"""

from __future__ import annotations

import sys
import time
from typing import Any, ClassVar

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.http import Response


class CrawlProgress:
    # Every crawler of the process (one per portal) draws the same shared line.
    _all: ClassVar[list[CrawlProgress]] = []

    def __init__(self, crawler: Crawler, show: bool):
        self.crawler = crawler
        self.stats = crawler.stats
        self.show = show
        self.last_draw = 0.0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlProgress:
        show = crawler.settings.getbool("DANVAN_PROGRESS") and sys.stderr.isatty()
        ext = cls(crawler, show)
        cls._all.append(ext)
        crawler.signals.connect(ext.request_scheduled, signal=signals.request_scheduled)
        crawler.signals.connect(ext.response_received, signal=signals.response_received)
        crawler.signals.connect(ext.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def _inc(self, request: Request, name: str) -> None:
        portal = request.meta.get("danvan_portal")
        if portal:
            self.stats.inc_value(f"danvan/{portal}/{name}")

    def request_scheduled(self, request: Request, spider: Any = None) -> None:
        self._inc(request, "requests")

    def response_received(self, response: Response, request: Request, spider: Any = None) -> None:
        self._inc(request, "responses")
        self._inc(request, f"status_{response.status}")
        self.draw()

    def item_scraped(self, item: Any, response: Response, spider: Any = None) -> None:
        self.draw()

    def draw(self, final: bool = False) -> None:
        if not self.show or (not final and time.monotonic() - self.last_draw < 0.2):
            return
        self.last_draw = time.monotonic()
        totals = {"pages": 0, "articles": 0, "errors": 0}
        portals = 0
        for ext in self._all:
            for portal in getattr(ext.crawler.spider, "portals", {}):
                portals += 1
                get = lambda name, p=portal, e=ext: e.stats.get_value(f"danvan/{p}/{name}", 0)  # noqa: E731
                totals["pages"] += get("responses")
                totals["articles"] += get("articles_new") + get("articles_updated") + get("articles_unchanged")
                totals["errors"] += get("errors")
        line = f"{portals} portals: {totals['pages']} pages, {totals['articles']} articles, {totals['errors']} errors"
        sys.stderr.write("\r\x1b[K" + line + ("\n" if final else ""))
        sys.stderr.flush()

    def spider_closed(self, spider: Any = None, reason: str = "") -> None:
        # The last crawler to close draws the final line.
        if all(e is self or e.crawler.crawling is False for e in self._all):
            self.draw(final=True)
