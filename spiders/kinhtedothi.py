"""Báo Kinh tế & Đô thị (kinhtedothi.vn).

Current layout (about 2024 onward): articles at `/{slug}.html` with no id, found through
`/sitemap.xml` (an index of monthly sitemaps) and category pages (`/chinh-tri?page=N`).
The article block has a kicker line ending in ":" above `h1.article-title`, the author,
`div.article-published-on` ("Thứ Sáu, 06:30 15/03/2024"), a "Chia sẻ Zalo" share widget,
a sapo starting "Kinhtedothi - ", in-body "Tin liên quan" boxes, and image captions that
the newsroom prints twice (figcaption, then an italic line).

The 2019-2020 layout (`h1.title_detail_news`, `div.time_detail_news`, `div.sapo_detail`,
`#cotent_detail`) is read through fallback selectors.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from parsel import Selector

from crawler.core.dates import parse_date_line
from crawler.core.items import Article
from crawler.extract.clean import body_and_images, canonical_href, date_fields, first_text, join_body, select, text_of
from spiders.base import Listing, PortalSpider

PLATFORM = "kinhtedothi"
HOST = "kinhtedothi.vn"
# Current articles: one path segment, a slug of at least four words, ".html".
_ARTICLE = re.compile(r"^/[a-z0-9]+(?:-[a-z0-9]+){3,}\.html$")
# 2019-2020 articles: a section path and a slug ending in a numeric id.
_OLD_ARTICLE = re.compile(r"^/[a-z0-9-]+(?:/[a-z0-9-]+)*/[a-z0-9-]+-\d{5,}\.html$")
# Sections whose pages are not articles even when shaped like one.
_NOT_ARTICLES = ("/tag/", "/video/", "/tac-gia/", "/search", "/rss/", "/emagazine/", "/infographic/")
_SAPO_PREFIX = re.compile(r"^\(?\s*kinhtedothi(?:\.vn)?\s*\)?\s*[-–—:]\s*", re.I)
_LISTS = (".category__featured, .category__list", ".list-stories", ".list_news_topcate")
_PAGERS = (".pagination", ".paging", ".pager")

_TITLE = ("h1.article-title", "h1.title_detail_news", "h1.detail__title", "article h1")
_KICKER = (".article-kicker", ".article__kicker")
_DATE = (".article-published-on", ".time_detail_news", ".detail__time")
_SAPO = (".article-sapo", ".sapo_detail", ".detail__sapo")
_AUTHOR = (".article-author", ".name_author", ".detail__author")
_CONTENT = (".article-content", "[itemprop=articleBody]", "#cotent_detail")
_DROP = (".box-related-news", ".article-share", ".zalo-share-button", ".article-tags", ".box-ads", ".tag_detail")
_SKIP = ("Chia sẻ Zalo", "Tin liên quan")


def is_article_url(url: str) -> bool:
    """An article of kinhtedothi.vn (not a category, tag, video or author page)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if host not in (HOST, "www." + HOST) or parts.query:
        return False
    path = parts.path
    if any(path.startswith(prefix) for prefix in _NOT_ARTICLES):
        return False
    return bool(_ARTICLE.match(path) or _OLD_ARTICLE.match(path))


def parse_listing(sel: Selector, url: str) -> Listing:
    """Article links of a category page (featured story and list), and the next page."""
    scope = next((found for css in _LISTS if (found := sel.css(css))), None)
    articles: list[str] = []
    for href in (scope if scope is not None else sel).css("a::attr(href)").getall():
        link = urljoin(url, href.strip())
        if is_article_url(link) and link not in articles:
            articles.append(link)
    return Listing(articles=articles, next_pages=_next_page(sel, url))


def _next_page(sel: Selector, url: str) -> list[str]:
    pager = next((found for css in _PAGERS if (found := sel.css(css))), None)
    href = None
    if pager is not None:
        href = pager.css("a[rel=next]::attr(href), a.pagination__next::attr(href), a.next::attr(href)").get()
        if not href:
            href = pager.xpath(
                "(.//*[contains(@class, 'active')]/following-sibling::a[1]/@href)[1]"
            ).get()
    if not href:  # the "Xem thêm" button some category pages show instead of a pager
        for link in sel.css("a.btn-viewmore, a.view-more"):
            if text_of(link).lower() in ("xem thêm", "tải thêm"):
                href = link.attrib.get("href")
                break
    if not href or href.startswith(("javascript:", "#")):
        return []
    link = urljoin(url, href.strip())
    return [] if link == url else [link]


def strip_sapo_prefix(sapo: str) -> str:
    """'Kinhtedothi - Phát huy…' -> 'Phát huy…' (the paper's dateline, not the sapo)."""
    return _SAPO_PREFIX.sub("", sapo, count=1)


def parse_article(sel: Selector, url: str) -> Article:
    """The fields of one KTĐT article page."""
    canonical = canonical_href(sel).strip()
    page_url = urljoin(url, canonical) if canonical else url
    raw_date = first_text(sel, *_DATE)
    published = parse_date_line(raw_date)
    sapo = strip_sapo_prefix(first_text(sel, *_SAPO))
    content = next((found[0] for css in _CONTENT if (found := select(sel, css))), None)
    paragraphs, images = ([], [])
    if content is not None:
        paragraphs, images = body_and_images(
            content, page_url, drop=_DROP, caption_css=(".image-caption", ".PhotoCMS_Caption"), skip=_SKIP,
        )
    if sapo and paragraphs and strip_sapo_prefix(paragraphs[0]) == sapo:
        paragraphs = paragraphs[1:]
    crumbs = [text_of(a) for a in select(sel, ".article-breadcrumb a, .breadcrumb a")]
    crumbs = [c for c in crumbs if c and c.lower() != "trang chủ"]
    return Article(
        url=page_url,
        title=first_text(sel, *_TITLE),
        kicker=first_text(sel, *_KICKER).rstrip(":： ").strip(),
        sapo=sapo,
        author=first_text(sel, *_AUTHOR),
        category=crumbs[-1] if crumbs else "",
        **date_fields(published, raw_date),
        body=join_body(paragraphs),
        images=images,
        extractor=PLATFORM,
    )


class KinhtedothiSpider(PortalSpider):
    """Báo Kinh tế & Đô thị: sitemap and category listings."""

    name = platform = PLATFORM
    parse_listing = staticmethod(parse_listing)
    parse_article = staticmethod(parse_article)
    is_article_url = staticmethod(is_article_url)
