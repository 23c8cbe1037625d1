"""The "Article-Detail-listTypeN / news-detail-layout-type-N" CMS: hungyen.gov.vn, gialai.gov.vn.

Evidence, [V] seen in it, [G] guessed:
- thuydung203/Crawl_data `crawl_hungyen.py`:
  [V] category listings `/chuyen-muc-<slug>-c<catId>-<page>.html`, the page number in the URL
  (`chuyen-muc-tin-chung-toan-tinh-c217-1.html`, `...-tin-tong-hop-c21073-1.html`);
  [V] list items `div.item-new` with `a.article-title` (also classed `common-title`),
  `div.article-brief` and `span.article-date`;
  [V] article body `.article-content` (else `#container` or `.new-detail-layout-type-2`),
  with a `relate-news` box inside it and the byline "Tác giả: …" after the text;
  [V] the lead printed bold (`p > strong`); [V] date `.post-date` as "<date> | lượt xem: N";
  [V] `<meta name="keywords">`.
- thuydung203/Crawl_data `crawl_gialai.py`:
  [V] listings `/tin-tuc/<slug>`; links `a.article-title.common-title`;
  [V] pager `.wrapper-pagination a.next-pages`; [V] title `h1.title-detail`, date `.post-date`,
  sapo `.article-brief`/`.common-brief`, body `.article-content`/`.common-content`;
  [G] the article URL shape of gialai.gov.vn (no real one was seen).
- The CMS's own detail template (public copies, gh-id:4598137269 and gh-id:5160238627):
  [V] `article.news-detail-layout-type-2` > `header` with `span.post-date` and the
  `div.block_share` tools (A-, A, A+, print, e-mail); `div.article-content` >
  `div.block-core-a3` (`h1.title-detail`, `div.social-connect` with the Zalo and Facebook
  buttons, the lead `div.brief`), then `div.block-core-a5` > `div.content-detail[itemprop=articleBody]`,
  then the `div.rating` star widget ("Tổng số điểm của bài viết là: …");
  [V] date lines "H:i:s | d/m/Y" and "H:i | d/m/Y" in those copies, "Thứ 4, 30/09/2026 | 21:22"
  on moit.gov.vn of the same CMS (gh-id:70432776768); [V] `div.author` holds "Lượt xem: N" and
  "Tác giả: …" at the foot of the article (gh-id:51841492944); [V] demo article URL
  `/tin-tuc/<slug>.html` (gh-id:4598137269).
- [V] real article URLs: `hungyen.gov.vn/<slug>-c284386.html` (the registry's `hungyen` entry),
  `en.hungyen.gov.vn/nguyen-cong-hoan-1903-1977-c257.html` (gh-id:61232111305).
- [G] "Tệp đính kèm" attachment lists (`.attach-file`, `a.link-download`) inside the body.

Only the article block is read: the site's "today" line, menus, counters and share tools
around it never reach the fields.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement
from parsel import Selector

from crawler.core.dates import parse_date_line
from crawler.core.items import Article
from crawler.core.text import normalize_inline
from crawler.extract.clean import (
    assembled,
    body_and_images,
    canonical_href,
    first,
    first_text,
    select,
    text_of,
)
from spiders.base import Listing, PortalSpider

PLATFORM = "news_layout"
# The portals of this CMS (and their subdomains, e.g. congan.hungyen.gov.vn).
DOMAINS = ("hungyen.gov.vn", "gialai.gov.vn")
# Hưng Yên's scheme: one path segment, a slug, "-c", the numeric article id, ".html".
_ID_ARTICLE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*-c\d+\.html$")
# Listings: "chuyen-muc-<slug>-c<catId>-<page>.html", or a page of a listing.
_LISTING = re.compile(r"^chuyen-muc-|-c\d+-\d+\.html$|^trang-\d+$")
# Gia Lai (guessed): a slug ending in an id, or a slug of four words or more in ".html" under a section.
_ID_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*-[a-z]?\d{3,}(?:\.html)?$")
_SLUG_HTML = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+){3,}\.html$")

# The article block, most specific first; without one the page is read whole.
_BLOCK = (".news-detail-layout-type-2", ".new-detail-layout-type-2", ".news-detail-layout-type-1",
          ".news-detail-layout-type-3")
_TITLE = ("h1.title-detail", ".title-detail", "h1")
_DATE = ("span.post-date", ".post-date")
_SAPO = (".brief", ".article-brief", ".common-brief")
_CONTENT = (".content-detail", ".common-content", "[itemprop=articleBody]", ".article-content", "#container")
_AUTHOR = (".author", ".tac-gia")
_BREADCRUMB = (".pathway-category a", ".breadcrumb a")
# Furniture inside the article block (the `.article-content` fallback holds all of it).
_DROP = (
    ".block_share", ".social-connect", ".network-share", ".zalo-share-button", ".fb-like", ".rating",
    ".author", ".relate-news", ".relatedArticles", ".attach-file", ".link-download", ".block-core-a3",
    "h1.title-detail", ".post-date", ".brief", ".article-brief", ".common-brief", "audio",
)
# Where the text ends when a box is not marked by its class.
_STOP = ("Tệp đính kèm", "Tác giả:", "Tin liên quan", "Tổng số điểm của bài viết")
_SKIP = ("Đọc bài", "Lưu")
_VIEWS = re.compile(r"\s*\|?\s*lượt xem\b.*$", re.I)
_AUTHOR_LABEL = re.compile(r"(?:tác giả|bài, ảnh)\s*:\s*", re.I)
_PAGERS = (".wrapper-pagination", ".pagination")


def _on_domains(host: str) -> str:
    """The family domain `host` belongs to, or ''."""
    return next((d for d in DOMAINS if host == d or host.endswith("." + d)), "")


def is_article_url(url: str) -> bool:
    """An article page of a portal of this CMS; listings, their pages and other pages are not."""
    parts = urlsplit(url)
    domain = _on_domains((parts.hostname or "").lower())
    if not domain or "page=" in parts.query.lower():
        return False
    segments = [s for s in parts.path.split("/") if s]
    if not segments or _LISTING.search(segments[-1]):
        return False
    last = segments[-1]
    if _ID_ARTICLE.match(last):
        return True
    if domain == "hungyen.gov.vn":
        return False  # every Hưng Yên article carries its -c<id>
    return bool(_ID_SLUG.match(last) or (len(segments) >= 2 and _SLUG_HTML.match(last)))


def parse_listing(sel: Selector, url: str) -> Listing:
    """The category list's article links (not the sidebars'), and the pager's next page."""
    anchors: list[HtmlElement] = []
    for query in (".item-new a.article-title", "a.article-title.common-title", "a.article-title"):
        anchors = select(sel, query)
        if anchors:
            break
    articles: list[str] = []
    for anchor in anchors:
        link = urljoin(url, (anchor.get("href") or "").strip())
        if is_article_url(link) and link not in articles:
            articles.append(link)
    return Listing(articles=articles, next_pages=_next_page(sel, url))


def _next_page(sel: Selector, url: str) -> list[str]:
    """The `a.next-pages` link of the pager, else the number after the current page."""
    href = first(sel, ".wrapper-pagination a.next-pages::attr(href)") or first(sel, "a.next-pages::attr(href)")
    if not href:
        pager = next((found[0] for css in _PAGERS if (found := select(sel, css))), None)
        if pager is not None:
            href = next(iter(pager.xpath(
                "(.//*[contains(concat(' ', normalize-space(@class), ' '), ' active ')"
                " or contains(concat(' ', normalize-space(@class), ' '), ' current ')]"
                "/following-sibling::*[1]/descendant-or-self::a/@href)[1]")), "")
    href = str(href or "").strip()
    if not href or href.startswith(("javascript:", "#")):
        return []
    link = urljoin(url, href)
    return [] if link == url else [link]


def date_line(raw: str) -> str:
    """'Thứ 2, 12/01/2026 | 16:35 | Lượt xem: 1.234' -> 'Thứ 2, 12/01/2026 | 16:35' (the counter is no date)."""
    return _VIEWS.sub("", normalize_inline(raw)).strip(" |")


def author_of(text: str) -> str:
    """'Tác giả: Thu Lan' -> 'Thu Lan'; the view counter the same box may hold is left out."""
    line = normalize_inline(text)
    labelled = _AUTHOR_LABEL.search(line)
    return _VIEWS.sub("", line[labelled.end():] if labelled else line).strip(" .|")


def parse_article(sel: Selector, url: str) -> Article:
    """The fields of one article page, read inside its article block."""
    canonical = canonical_href(sel).strip()
    page_url = urljoin(url, canonical) if canonical else url
    block: Selector | HtmlElement = next((found[0] for css in _BLOCK if (found := select(sel, css))), sel)
    line = first_text(block, *_DATE)
    raw_date = date_line(line)
    published = parse_date_line(raw_date)
    sapo = first_text(block, *_SAPO)
    content = next((found[0] for css in _CONTENT if (found := select(block, css))), None)
    paragraphs, images = ([], [])
    if content is not None:
        paragraphs, images = body_and_images(content, page_url, drop=_DROP, stop_at=_STOP, skip=_SKIP)
    if sapo and paragraphs and paragraphs[0] == sapo:
        paragraphs = paragraphs[1:]
    counter = line if "lượt xem" in line.lower() else first_text(block, *_AUTHOR)
    return assembled(page_url, title=first_text(block, *_TITLE), sapo=sapo,
                     author=author_of(first_text(block, *_AUTHOR)),
                     crumbs=[text_of(a) for css in _BREADCRUMB for a in select(sel, css)], published=published,
                     raw_date=raw_date, paragraphs=paragraphs, images=images, counter=counter, extractor=PLATFORM)


class NewsLayoutSpider(PortalSpider):
    """The registry's portals of the news-detail-layout CMS (Hưng Yên, Gia Lai)."""

    name = platform = PLATFORM
    parse_listing = staticmethod(parse_listing)
    parse_article = staticmethod(parse_article)
    is_article_url = staticmethod(is_article_url)
