"""Route a crawl's requests to the offline mirror while spiders keep live URLs.

Enabled by the DANVAN_MIRROR_URL setting: the download handler fetches each live URL
from the mirror over HTTP and hands back a response that carries the live URL, so
offsite checks, robots.txt, duplicate filtering and stored URLs are as in a live crawl.
"""

from __future__ import annotations

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
        if not self.base:
            raise NotConfigured("DANVAN_MIRROR_URL is not set")

    async def download_request(self, request: Request) -> Response:
        mirrored = request.replace(url=mirror_url(self.base, request.url))
        response = await super().download_request(mirrored)
        return response.replace(url=request.url, request=request)
