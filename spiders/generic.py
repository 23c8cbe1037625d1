"""Portals of unknown platform: URL patterns from the registry, the generic extractor.

Each generic portal's registry entry gives its listing pages (start URLs, plus links
matching `listing_pattern`) and its articles (links matching `article_pattern`); the
articles are read by `crawler.extract.generic.extract_generic`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

from parsel import Selector
from scrapy.http import Response
from scrapy.utils.sitemap import Sitemap

from crawler import clock
from crawler.extract.generic import extract_generic
from crawler.items import Article
from spiders.base import Listing, PortalSpider

PLATFORM = "generic"


def parse_listing(sel: Selector, url: str) -> Listing:
    """Every link of the page on the page's own site, as candidates for both lists; the
    spider keeps those that match the portal's article and listing patterns."""
    host = urlsplit(url).hostname
    links: list[str] = []
    for href in sel.css("a::attr(href)").getall():
        href = href.strip()
        if not href or href.startswith(("javascript:", "mailto:", "tel:", "#")):
            continue
        link = urldefrag(urljoin(url, href))[0]
        if urlsplit(link).hostname == host and link not in links:
            links.append(link)
    return Listing(articles=links, next_pages=list(links))


def parse_article(sel: Selector, url: str) -> Article:
    """The generic extractor over the page."""
    return extract_generic(sel.get(), url)


class GenericSpider(PortalSpider):
    """The registry's portals of unknown platform, one set of patterns per portal."""

    name = platform = PLATFORM
    parse_listing = staticmethod(parse_listing)
    parse_article = staticmethod(parse_article)

    def parse_listing_page(self, response: Response, portal_id: str, depth: int) -> Iterable[Any]:
        """Articles and further listing pages by the portal's own patterns."""
        self.crawler.stats.inc_value(f"danvan/{portal_id}/listing_pages")
        portal = self.portals[portal_id]
        head = response.body[:500].lstrip()
        if head.startswith(b"<?xml") or b"<urlset" in head or b"<sitemapindex" in head or b"<rss" in head:
            yield from self._feed_or_sitemap(response, portal_id, depth)
            return
        listing = parse_listing(response.selector, response.url)
        for url in listing.articles:
            if re.search(portal.article_pattern, url):
                yield self.article_request(url, portal_id)
        if depth < self.max_listing_pages and portal.listing_pattern:
            for url in listing.next_pages:
                if url != response.url and re.search(portal.listing_pattern, url):
                    yield self.listing_request(url, portal_id, depth + 1)

    def _feed_or_sitemap(self, response: Response, portal_id: str, depth: int) -> Iterable[Any]:
        pattern = self.portals[portal_id].article_pattern
        if b"<rss" in response.body[:500] or b"<feed" in response.body[:500]:
            sel = Selector(text=response.text, type="xml")
            sel.remove_namespaces()
            for link in sel.xpath("//item/link/text() | //entry/link/@href").getall():
                if re.search(pattern, link.strip()):
                    yield self.article_request(link.strip(), portal_id)
            return
        sitemap = Sitemap(response.body)
        for entry in sitemap:
            loc = entry.get("loc", "").strip()
            if sitemap.type == "sitemapindex":
                yield self.listing_request(loc, portal_id, depth)
            elif re.search(pattern, loc):
                yield self.article_request(loc, portal_id)

    def parse_article_page(self, response: Response, portal_id: str) -> Iterable[Any]:
        """As the base class, but from the response's text (no re-serialised page)."""
        self.crawler.stats.inc_value(f"danvan/{portal_id}/article_pages")
        try:
            article = extract_generic(response.text, response.url)
        except Exception as exc:  # one broken page must not stop the portal
            self.crawler.stats.inc_value(f"danvan/{portal_id}/extract_errors")
            self.logger.error("portal %s: cannot extract %s: %s", portal_id, response.url, exc)
            return
        missing = article.missing_fields()
        if missing:  # nothing to fall back on: the generic extractor is the fallback
            self.logger.warning("portal %s: %s lacks %s", portal_id, response.url, ", ".join(missing))
        article.portal = portal_id
        article.fetched_at = clock.now_iso()
        yield article
