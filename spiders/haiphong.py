"""Hải Phòng portals: haiphong.gov.vn and its district sites (*.haiphong.gov.vn).

Two URL generations carry a numeric content id:
- 2021-2023: `/{Category}/{Title-Case-Slug}-{id}.html`
  (e.g. `/Tin-tuc-su-kien/Cong-tac-dan-van-...-57288.html`);
- 2024 onward: `/{category}[-{catId}]/{slug}-{id}` with no extension.
Listings are category pages paginated with `?Page=N` (or `?page=N`). Every page carries a
site-wide "today" line and a yearly theme banner in the header and a visit counter in the
footer; only the article block is read, so none of them reaches the fields.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from parsel import Selector

from crawler.core.dates import parse_date_line
from crawler.core.items import Article
from crawler.extract.clean import (
    assembled,
    body_and_images,
    canonical_href,
    first_text,
    select,
    text_of,
)
from spiders.base import Listing, PortalSpider

PLATFORM = "haiphong"
# The last path segment of an article: slug, "-", numeric id, optional .html/.htm.
_ARTICLE_SEGMENT = re.compile(r"^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*-\d{4,}(?:\.html?)?$")
_LISTS = (".list-news", ".list-news-cate", ".news-list", ".category-news")
_PAGERS = (".paging", ".pagination", ".pager")
_NEXT_LABELS = {"sau", "trang sau", "tiếp", "›", "»", ">", ">>"}

# Article-block selectors: the 2021-2023 template first, then the 2024 one, then the
# pre-2021 ASP.NET portal ("divDetail_*"), so older pages still give their fields.
_TITLE = ("h1.news-detail-title", "h1.title-detail", ".news-detail h1", ".detail-news h1",
          ".divDetail_Title", "h1")
_DATE = (".news-detail-date", ".date-detail", ".divDetail_DateCreate")
_CONTENT = (".news-detail-content", ".content-detail", ".divDetail_Content")
_SAPO = (".news-detail-sapo", ".sapo-detail", ".divDetail_Summary")
_AUTHOR = (".news-detail-author", ".author-detail", ".divDetail_Author")
_BREADCRUMB = (".breadcrumb a", ".breadcrumbs a")
# Widgets some content blocks carry inside them.
_DROP = (".news-detail-share", ".share-detail", ".news-detail-tools", ".news-other", ".related-detail")


def is_article_url(url: str) -> bool:
    """An article page of a *.haiphong.gov.vn portal (either id generation, or the old
    ASP.NET `ContentID=` pages)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if not (host == "haiphong.gov.vn" or host.endswith(".haiphong.gov.vn")):
        return False
    if "contentid=" in parts.query.lower():
        return True
    segments = [s for s in parts.path.split("/") if s]
    return len(segments) >= 2 and bool(_ARTICLE_SEGMENT.match(segments[-1]))


def parse_listing(sel: Selector, url: str) -> Listing:
    """Article links of the category list, and the next page of the pager."""
    container = next((found for css in _LISTS if (found := sel.css(css))), None)
    scope = container if container is not None else sel
    articles: list[str] = []
    for href in scope.css("a::attr(href)").getall():
        link = urljoin(url, href.strip())
        if is_article_url(link) and link not in articles:
            articles.append(link)
    return Listing(articles=articles, next_pages=_next_page(sel, url))


def _next_page(sel: Selector, url: str) -> list[str]:
    pager = next((found for css in _PAGERS if (found := sel.css(css))), None)
    if pager is None:
        return []
    href = pager.css("a.next::attr(href), a[rel=next]::attr(href)").get()
    if not href:
        for link in pager.css("a"):
            if text_of(link).lower() in _NEXT_LABELS:
                href = link.attrib.get("href")
                break
    if not href:  # no labelled "next": the number after the current one
        href = pager.xpath(
            "(.//*[contains(concat(' ', normalize-space(@class), ' '), ' current ')"
            " or contains(concat(' ', normalize-space(@class), ' '), ' active ')]"
            "/following-sibling::a[1]/@href)[1]"
        ).get()
    if not href or href.startswith(("javascript:", "#")):
        return []
    link = urljoin(url, href.strip())
    return [] if link == url else [link]


def parse_article(sel: Selector, url: str) -> Article:
    """The fields of one article page (any of the two generations)."""
    canonical = canonical_href(sel).strip()
    page_url = urljoin(url, canonical) if canonical else url
    title = first_text(sel, *_TITLE)
    raw_date = first_text(sel, *_DATE)
    published = parse_date_line(raw_date)
    sapo = first_text(sel, *_SAPO)
    content = next((found[0] for css in _CONTENT if (found := select(sel, css))), None)
    paragraphs, images = ([], [])
    if content is not None:
        paragraphs, images = body_and_images(content, page_url, drop=_DROP)
    if sapo and paragraphs and paragraphs[0] == sapo:
        paragraphs = paragraphs[1:]
    return assembled(page_url, title=title, sapo=sapo, author=first_text(sel, *_AUTHOR),
                     crumbs=[text_of(a) for css in _BREADCRUMB for a in select(sel, css)], published=published,
                     raw_date=raw_date, paragraphs=paragraphs, images=images,
                     counter=first_text(sel, ".view-detail", ".news-detail-view"), extractor=PLATFORM)


class HaiphongSpider(PortalSpider):
    """The Hải Phòng portals of the registry (city and district sites)."""

    name = platform = PLATFORM
    parse_listing = staticmethod(parse_listing)
    parse_article = staticmethod(parse_article)
    is_article_url = staticmethod(is_article_url)
