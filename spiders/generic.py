"""Portals of unknown platform: URL patterns from the registry, the generic extractor.

Each generic portal's registry entry gives its listing pages (start URLs, plus links
matching `listing_pattern`) and its articles (links matching `article_pattern`); the
articles are read by `crawler.extract.generic.extract_generic`.
"""

from __future__ import annotations

import re
from urllib.parse import urldefrag, urljoin, urlsplit

from parsel import Selector
from scrapy.http import Response

from crawler.core.items import Article
from crawler.extract.generic import extract_generic
from crawler.extract.layers import GENERIC
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

    def select(self, listing: Listing, portal_id: str, page_url: str) -> Listing:
        """Articles and further listing pages by the portal's own patterns."""
        portal = self.portals[portal_id]
        return Listing(
            articles=[u for u in listing.articles if re.search(portal.article_pattern, u)],
            next_pages=[
                u for u in listing.next_pages
                if portal.listing_pattern and u != page_url and re.search(portal.listing_pattern, u)
            ],
        )

    def wanted(self, url: str, portal_id: str) -> bool:
        return bool(url) and bool(re.search(self.portals[portal_id].article_pattern, url))

    first_layer = GENERIC  # no platform layer: the page's declarations fill what it misses

    def extract_article(self, response: Response) -> Article:
        """From the response's text (no re-serialised page)."""
        return extract_generic(response.text, response.url)
