"""Hà Nội's current portal platform (about 2024 onward): hanoi.gov.vn and the ward and
department sites on *.hanoi.gov.vn.

URLs: listings `/{category}` then `/{category}/trang-N.htm`; articles
`/{category}/{slug}-{id}.htm`, where the id is a site prefix ("4" for hanoi.gov.vn,
"2805" for a ward portal), the time the article was created as `yyMMddHHmmss`, and three
more digits. Article pages use the newsroom CMS markup: `h1.detail-title[data-role=title]`,
`h2.detail-sapo[data-role=sapo]`, `[data-role=publishdate]` (a `time` with an ISO
`datetime` and text "16/03/2024 06:30 GMT+7"), `div.detail-content[data-role=content]`
with photos as figure/figcaption. Pages that print no date are dated from the id.
"""

from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import urljoin, urlsplit

from parsel import Selector

from crawler.core.dates import parse_date_line
from crawler.core.items import Article
from crawler.core.text import normalize
from crawler.extract.clean import (
    body_and_images,
    canonical_href,
    first_text,
    join_body,
    once,
    select,
    string_of,
    text_of,
)
from spiders.base import Listing, PortalSpider

PLATFORM = "hanoi_current"
# The last segment of an article: slug, "-", an id of prefix + 12-digit time + 3 digits.
_ARTICLE = re.compile(r"^/[a-z0-9-]+/[a-z0-9-]*?-?(\d{16,})\.htm$")
_ID = re.compile(r"-(\d{16,})\.htm$")
_PAGE = re.compile(r"/trang-(\d+)\.htm$")
_LISTS = (".box-category-middle", ".box-category", ".list-news", ".list__listing-main")
_PAGERS = (".box-pagination", ".pagination", ".paging")
# Widgets inside the content block: the in-body related-news box, embedded polls.
_DROP = ("[type=RelatedNewsBox]", ".link-content-footer", ".VCSortableInPreviewMode[type=BoxTable]",
         ".detail-tab", ".detail-social", ".box-related")


def is_article_url(url: str) -> bool:
    """An article of hanoi.gov.vn or a *.hanoi.gov.vn site of this platform."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if not (host == "hanoi.gov.vn" or host.endswith(".hanoi.gov.vn")) or parts.query:
        return False
    return bool(_ARTICLE.match(parts.path)) and not _PAGE.search(parts.path)


def time_from_article_id(url: str) -> str | None:
    """The time an article id carries: `{prefix}{yyMMddHHmmss}{3 digits}` -> ISO, +07:00.

    None when the URL has no such id or the digits are not a date and time.
    """
    match = _ID.search(urlsplit(url).path)
    if not match:
        return None
    digits = match.group(1)
    try:
        when = datetime.strptime(digits[-15:-3], "%y%m%d%H%M%S")
    except ValueError:
        return None
    return when.isoformat() + "+07:00"


def parse_listing(sel: Selector, url: str) -> Listing:
    """Article links of the category list (not the sidebars), and the next page."""
    scope = next((found for css in _LISTS if (found := sel.css(css))), None)
    articles: list[str] = []
    for href in (scope if scope is not None else sel).css("a::attr(href)").getall():
        link = urljoin(url, href.strip())
        if is_article_url(link) and link not in articles:
            articles.append(link)
    return Listing(articles=articles, next_pages=_next_page(sel, url))


def _next_page(sel: Selector, url: str) -> list[str]:
    """The pager's link to page N+1 (`/trang-{N+1}.htm`)."""
    current = _PAGE.search(urlsplit(url).path)
    wanted = (int(current.group(1)) if current else 1) + 1
    pager = next((found for css in _PAGERS if (found := sel.css(css))), None)
    hrefs = (pager if pager is not None else sel).css("a::attr(href)").getall()
    for href in hrefs:
        link = urljoin(url, href.strip())
        page = _PAGE.search(urlsplit(link).path)
        if page and int(page.group(1)) == wanted:
            return [link]
    return []


def parse_article(sel: Selector, url: str) -> Article:
    """The fields of one article page."""
    href = canonical_href(sel).strip()
    page_url = urljoin(url, href) if href else url
    title = first_text(sel, 'h1[data-role="title"]', "h1.detail-title", "h1")
    date_node = next(iter(select(sel, '[data-role="publishdate"]')), None)
    raw_date = text_of(date_node)
    stamp = date_node.get("datetime", "") if date_node is not None else ""
    published = parse_date_line(stamp) or parse_date_line(raw_date)
    if published:
        published_at, time_known = published.value, published.time_known
    else:  # no printed date: the id holds the time the article was created
        published_at = time_from_article_id(page_url) or ""
        time_known, raw_date = bool(published_at), ""
    sapo_node = next(iter(select(sel, '[data-role="sapo"]') or select(sel, ".detail-sapo")), None)
    sapo = once(normalize(string_of(sapo_node))) if sapo_node is not None else ""
    content = next(iter(select(sel, '[data-role="content"]') or select(sel, "div.detail-content")), None)
    paragraphs, images = ([], [])
    if content is not None:
        paragraphs, images = body_and_images(content, page_url, drop=_DROP)
    return Article(
        url=page_url,
        title=title,
        sapo=sapo,
        author=first_text(sel, '[data-role="author"]', ".detail-author", ".author-info .name"),
        category=first_text(sel, '[data-role="cate-name"]', ".detail-cate a", ".detail-breadcrumb li:last-child a"),
        published_at=published_at,
        published_raw=raw_date,
        time_known=time_known,
        body=join_body(paragraphs),
        images=images,
        extractor=PLATFORM,
    )


class HanoiCurrentSpider(PortalSpider):
    """hanoi.gov.vn and the ward and department portals of the current platform."""

    name = platform = PLATFORM
    parse_listing = staticmethod(parse_listing)
    parse_article = staticmethod(parse_article)
    is_article_url = staticmethod(is_article_url)
