"""The "/vi/chuyen-muc + /vi/bai-viet" portal: hatinh.gov.vn, and Điện Biên's 2026 /en/bai-viet/ pages.

Evidence (public repository thuydung203/Crawl_data, file crawl_hatinh.py; the registry
entries `hatinh` and `dienbien`, their notes and example_urls):
- [V] category listings `/vi/chuyen-muc/<slug>`, paged with `?page=N` (the scraper starts
  at `?page=1`); categories `tin-trong-tinh` ("Tin trong tỉnh"), `hoat-dong-so-ban-nganh-dia-phuong`,
  `tin-trong-nuoc`, `tin-quoc-te`, `cong-dan` ...;
- [V] article links contain `/bai-viet/`: `https://hatinh.gov.vn/vi/bai-viet/<slug>`
  (the registry's example_urls); a comment of the scraper also names `https://hatinh.gov.vn/bai-viet/…`
  with no language prefix, and Điện Biên's 2026 pages `https://dienbien.gov.vn/en/bai-viet/<Slug>`
  keep the case of their slug: all three shapes are taken;
- [V] title `.detail-title`, date `.time` (a line starting "Đăng tải:"), sapo
  `.detail-content-lead`, body `.detail-content`;
- [V] the body's text carries tails the scraper cuts out: "Tệp đính kèm: …" (attachments),
  "Lượt xem: <digits>" (the article's counter), "Tác giả: …" (the author, last), and image
  captions "Ảnh minh họa" / "Ảnh: …"; here the tails end the body, and the author and the
  counter are read from them;
- [V] the scraper reads a `<meta name="keywords">` (not used here);
- [G] what the date line's digits look like after the label ("dd/mm/yyyy HH:MM" is assumed;
  parse_date_line reads either order), the list container and the pager's markup (the pager
  is read by its `?page=N+1` link, whatever its classes), the breadcrumb (the category).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urljoin, urlsplit

from parsel import Selector

from crawler.core.dates import parse_date_line
from crawler.core.items import Article, Image
from crawler.core.text import fold, normalize_inline
from crawler.extract.clean import (
    assembled,
    body_and_images,
    canonical_href,
    first_text,
    select,
    string_of,
    text_of,
)
from spiders.base import Listing, PortalSpider

PLATFORM = "bai_viet"
# /vi/bai-viet/<slug>, /en/bai-viet/<Slug> (Điện Biên keeps the case), or /bai-viet/<slug>.
_ARTICLE_PATH = re.compile(r"^(?:/(?:vi|en))?/bai-viet/[A-Za-z0-9]+(?:-+[A-Za-z0-9]+)*/?$")
# [G] containers of a category's article list; the whole page when none is there.
_LISTS = (".list-news", ".news-list", ".category-news", ".list-post", ".list-article")
_PAGERS = (".pagination", ".pager", ".paging", ".page-list")
_NEXT_LABELS = {"›", "»", ">", ">>", "sau", "trang sau", "tiếp", "next"}

_TITLE = (".detail-title", "h1.title-detail", ".detail h1", "article h1", "h1")
_DATE = (".time", ".detail-time", ".date-detail", ".detail-date")
_SAPO = (".detail-content-lead", ".detail-sapo", ".sapo")
_CONTENT = (".detail-content", ".detail-body", ".content-detail")
_BREADCRUMB = (".breadcrumb a", ".breadcrumbs a")
_AUTHOR = (".detail-author",)
# Widgets some content blocks carry inside them (sharing, printing, related lists).
_DROP = (".detail-share", ".share", ".social-share", ".detail-tools", ".related-news", ".box-related", ".tags")
# The tails that end the body (accent-free, lower-case), each followed by ":".
_TAILS = ("tep dinh kem", "luot xem", "tac gia")
_TAIL = re.compile(r"^(?:" + "|".join(t.replace(" ", r"\s*") for t in _TAILS) + r")\s*:")
_AUTHOR_TAIL = re.compile(r"tác\s*giả\s*:\s*(.+)$", re.I)
# Illustration captions printed as a paragraph of their own (a figure's caption is taken with its image).
_CAPTIONS = ("Ảnh minh họa", "(Ảnh minh họa)", "Ảnh minh họa.")


def is_article_url(url: str) -> bool:
    """An article page of the platform (any host: the shape is the platform's), not a category page."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or parts.query:
        return False
    return bool(_ARTICLE_PATH.match(parts.path))


def parse_listing(sel: Selector, url: str) -> Listing:
    """Article links of the category list (in page order, on the page's own site), and the next page."""
    container = next((found for css in _LISTS if (found := sel.css(css))), None)
    scope = container if container is not None else sel
    host = _site(url)
    articles: list[str] = []
    for href in scope.css("a::attr(href)").getall():
        link = urljoin(url, href.strip())
        if is_article_url(link) and _site(link) == host and link not in articles:
            articles.append(link)
    return Listing(articles=articles, next_pages=_next_page(sel, url))


def _site(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")


def _page_number(url: str) -> int:
    values = parse_qs(urlsplit(url).query).get("page", [])
    return int(values[0]) if values and values[0].isdigit() else 1


def _next_page(sel: Selector, url: str) -> list[str]:
    """The `?page=N+1` link of the pager (of the page when no pager class is known), else its "next" link."""
    pager = next((found for css in _PAGERS if (found := sel.css(css))), None)
    scope = pager if pager is not None else sel
    path, wanted = urlsplit(url).path, _page_number(url) + 1
    for href in scope.css("a::attr(href)").getall():
        link = urljoin(url, href.strip())
        if urlsplit(link).path == path and _site(link) == _site(url) and "page=" in link \
                and _page_number(link) == wanted:
            return [link]
    if pager is None:
        return []
    for anchor in pager.css("a"):
        if text_of(anchor).lower() in _NEXT_LABELS:
            href = (anchor.attrib.get("href") or "").strip()
            if href and not href.startswith(("javascript:", "#")):
                link = urljoin(url, href)
                return [] if link == url else [link]
    return []


def _date_line(sel: Selector) -> str:
    """The "Đăng tải: …" line; else a dated line next to the title (never a sidebar's or the header's dates)."""
    lines = [normalize_inline(string_of(found)) for css in _DATE for found in select(sel, css)]
    labelled = next((line for line in lines if fold(line).startswith("dang tai")), "")
    if labelled:
        return labelled
    title = next((found[0] for css in _TITLE if (found := select(sel, css))), None)
    block = title.getparent() if title is not None else None
    for _ in range(2):  # the title's block, or the one around it
        if block is None:
            break
        for css in _DATE:
            for found in select(block, css):
                line = normalize_inline(string_of(found))
                if parse_date_line(line) is not None:
                    return line
        block = block.getparent()
    return ""


def split_tail(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """(body, tail): the tail starts at the first "Tệp đính kèm:", "Lượt xem:" or "Tác giả:" line."""
    for index, paragraph in enumerate(paragraphs):
        if _TAIL.match(fold(paragraph)):
            return paragraphs[:index], paragraphs[index:]
    return paragraphs, []


def parse_article(sel: Selector, url: str) -> Article:
    """The fields of one article page."""
    canonical = canonical_href(sel).strip()
    page_url = urljoin(url, canonical) if canonical else url
    raw_date = _date_line(sel)
    published = parse_date_line(raw_date)
    sapo = first_text(sel, *_SAPO)
    content = next((found[0] for css in _CONTENT if (found := select(sel, css))), None)
    paragraphs: list[str] = []
    images: list[Image] = []
    tail: list[str] = []
    if content is not None:
        paragraphs, images = body_and_images(content, page_url, drop=_DROP, skip=_CAPTIONS)
        paragraphs, tail = split_tail(paragraphs)
    if sapo and paragraphs and paragraphs[0] == sapo:
        paragraphs = paragraphs[1:]
    author = next((m.group(1).strip() for line in tail if (m := _AUTHOR_TAIL.search(line))), "")
    counter = next((line for line in tail if fold(line).startswith("luot xem")), "")
    return assembled(page_url, title=first_text(sel, *_TITLE), sapo=sapo, author=author or first_text(sel, *_AUTHOR),
                     crumbs=[text_of(a) for css in _BREADCRUMB for a in select(sel, css)], published=published,
                     raw_date=raw_date, paragraphs=paragraphs, images=images, counter=counter, extractor=PLATFORM)


class BaiVietSpider(PortalSpider):
    """The registry's portals of the "/vi/chuyen-muc + /vi/bai-viet" platform."""

    name = platform = PLATFORM
    parse_listing = staticmethod(parse_listing)
    parse_article = staticmethod(parse_article)
    is_article_url = staticmethod(is_article_url)
