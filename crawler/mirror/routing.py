"""Route a crawl's requests to the offline mirror while spiders keep live URLs.

Enabled by the DANVAN_MIRROR_URL setting: the download handler fetches each live URL
from the mirror over HTTP and hands back a response that carries the live URL, so
offsite checks, robots.txt, duplicate filtering and stored URLs are as in a live crawl.
Requests to a web archive's hosts (DANVAN_WAYBACK_HOSTS) go to the local archive at
DANVAN_WAYBACK_MIRROR_URL (crawler.mirror.cdx) the same way.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from scrapy import Request
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response

from crawler.mirror import mirror_url


class MirrorDownloadHandler(HTTP11DownloadHandler):
    def __init__(self, crawler: Crawler):
        super().__init__(crawler)
        self.base = crawler.settings.get("DANVAN_MIRROR_URL")
        self.archive_base = crawler.settings.get("DANVAN_WAYBACK_MIRROR_URL")
        self.archive_hosts = {h.lower() for h in crawler.settings.getlist("DANVAN_WAYBACK_HOSTS")}
        if not self.base and not self.archive_base:
            raise NotConfigured("DANVAN_MIRROR_URL is not set")

    async def download_request(self, request: Request) -> Response:
        host = (urlsplit(request.url).hostname or "").lower()
        base = self.archive_base if self.archive_base and host in self.archive_hosts else self.base
        mirrored = request.replace(url=mirror_url(base or "", request.url))
        response = await super().download_request(mirrored)
        # The handler times the copy (a replaced request has its own meta); AutoThrottle
        # reads the latency from the request the engine knows.
        if "download_latency" in mirrored.meta:
            request.meta["download_latency"] = mirrored.meta["download_latency"]
        return response.replace(url=request.url, request=request)
