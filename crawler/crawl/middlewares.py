"""Downloader middlewares for portals that are slow, broken or strange.

- `RetryAfterMiddleware` (in place of Scrapy's RetryMiddleware): retries 429/5xx and
  failed downloads at most RETRY_TIMES times, and honours a `Retry-After` header up to
  DANVAN_RETRY_AFTER_MAX seconds (the web archive's spider raises it to
  DANVAN_WAYBACK_MAX_BACKOFF); a server asking for a longer pause is not retried in
  this crawl (the page is recorded as failed and the next crawl tries again).
- `CharsetRepairMiddleware`: a page whose declared charset is wrong (UTF-8 labelled
  windows-1258, or the reverse) is decoded in the charset it is really in.
- `OffsiteRedirectMiddleware`: a redirect that leaves the spider's allowed domains is
  dropped with a reason the errback can record (Scrapy would drop it silently at scheduling).
"""

from __future__ import annotations

from urllib.parse import urljoin

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import reactor, task

from crawler.core.dates import retry_after_seconds
from crawler.core.text import repair_charset
from crawler.core.urls import on_domains

# Request meta key: the Retry-After a server sent that was longer than the cap (seconds).
RETRY_AFTER_REFUSED = "danvan_retry_after_refused"


class RetryAfterMiddleware(RetryMiddleware):
    """Scrapy's bounded retries, waiting as long as `Retry-After` asks, within a cap."""

    def __init__(self, crawler: Crawler):
        super().__init__(crawler.settings)
        self.crawler = crawler
        self.cap = crawler.settings.getfloat("DANVAN_RETRY_AFTER_MAX", 60.0)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RetryAfterMiddleware:
        return cls(crawler)

    async def process_response(self, request: Request, response: Response) -> Request | Response:
        if request.meta.get("dont_retry") or response.status not in self.retry_http_codes:
            return response
        wait = retry_after_seconds(response.headers.get("Retry-After"))
        if wait is not None and wait > self.cap:
            # Coming back within this crawl would ignore what the server asked for.
            request.meta[RETRY_AFTER_REFUSED] = wait
            self.crawler.stats.inc_value("retry/retry_after_refused")
            return response
        retry = self._retry(request, f"HTTP {response.status}")
        if retry is None:
            return response
        if wait:
            self.crawler.stats.inc_value("retry/retry_after_waits")
            await maybe_deferred_to_future(task.deferLater(reactor, wait, lambda: None))
        return retry


class CharsetRepairMiddleware:
    """Re-decode HTML whose declared charset does not match its bytes (see crawler.core.text.repair_charset)."""

    def __init__(self, crawler: Crawler):
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CharsetRepairMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        if not isinstance(response, TextResponse) or not response.body:
            return response
        real = repair_charset(response.body, response.encoding)
        if real is None:
            return response
        self.stats.inc_value("danvan/charset_repaired")
        return response.replace(encoding=real)


class OffsiteRedirectMiddleware:
    """Drop a redirect to a host outside the portal's allowed domains, with a reason."""

    REDIRECTS = (301, 302, 303, 307, 308)

    def __init__(self, crawler: Crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> OffsiteRedirectMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        location = response.headers.get("Location")
        if response.status not in self.REDIRECTS or not location or request.meta.get("dont_redirect"):
            return response
        target = urljoin(request.url, location.decode("latin-1"))
        domains = self._domains(request)
        if domains and not on_domains(target, domains):
            self.crawler.stats.inc_value("danvan/offsite_redirects")
            raise IgnoreRequest(f"redirect to another domain dropped: {target}")
        return response

    def _domains(self, request: Request) -> list[str]:
        """The spider's allowed domains (what Scrapy's offsite filter would let through); none: any."""
        if request.meta.get("allow_offsite"):
            return []
        return [d.lower() for d in getattr(self.crawler.spider, "allowed_domains", None) or []]
