"""VNPT vnPortal, the "UIArticleInMenu" CMS: Ninh Bình, Cần Thơ, Cao Bằng, Sơn La and (inferred)
Lào Cai, Cà Mau and the 2025 *.haiphong.gov.vn ward portals.

What the public evidence shows ([V] seen there, [I] inferred from several facts, [G] guessed):
- [V] Article pages: the block `div.ArticleDetailControl` holds `.ArticleHeader` (title),
  `.PostDate` (date line), `.ArticleSummary` (sapo, outside the text) and `.ArticleContent`
  (text); around the text are `div.tool`, `div.UISocialShare`, `div.author`, the lead image
  `img.ImgDetailImage` (the list thumbnail again) and, on Ninh Bình, `div.tac_gia_news` and a
  "Tác giả:" line; attachments are `a.link-download` (thuydung203/Crawl_data crawl_ninhbinh.py,
  crawl_cantho.py, crawl_caobang.py, crawl_sonla.py; and an anonymous Ninh Bình scraper,
  gh-id:52394926869 and gh-id:51840695651). [V] Sơn La's scraper also drops `.social-share`,
  `.tags`, `.rating`, `.tool`, `.related-news`; Ninh Bình's `div.relate-news`, `div.box-relate`.
- [V] Article URLs `/<category>/<slug>-<id>`, lower case, no extension: ninhbinh.gov.vn/tin-noi-bat/
  cac-hoat-dong-tai-le-hoi-hoa-lu-nam-2024-336351 (registry example_urls), cufo.camau.gov.vn/
  chuyen-de-doi-ngoai/<slug>-282160, sotp.haiphong.gov.vn/van-ban-chi-dao-dieu-hanh-68017/
  <slug>-769866 (a category path may end in its own id, so one segment is never an article).
  [I] ids have five digits or more (every one seen has six), so a year at the end of a
  category slug is no id.
- [V] Category pages list articles in `div.UIArticleInMenu_Default ul.ArticleList li.row`, each
  with `h2.Title a`, a date `div.Ngaydang` and a thumbnail `img.image` (gh-id:52394926869); other
  portals use `.ArticleInMenu` / `.ArticleList` with `.Title a` (crawl_sonla.py),
  `.UIListNews_Default .item a` (crawl_ninhbinh.py) or `.ArticleHeader a` / `.PostTitle a`
  (crawl_cantho.py).
- [V] Paging, two kinds. Cần Thơ's categories read with `?page=N` (crawl_cantho.py). Ninh Bình's
  pager is a script: `li.page-item.page-number[data-page]` links to `javascript:`, and pages 2+
  come by a form POST to `/DesktopModule/UIArticleInMenu/ArticleInMenuPagination.aspx/LoadArticle`
  with `article_category_id`, `site_id`, `page`, `page_size` and display options
  (crawl_ninhbinh.py); the page's script holds `article_category_id: N`, `categoryIds: "…"`,
  `site_id: N`, `page_size: N` and `maxPage = parseInt(N)`, and the answer is the list's HTML
  (a Hải Phòng ward scraper, gh-id:70457977629, and a hoinongdan.org.vn probe, gh-id:62708759126).
  [G] The answer is the list items alone (no pager), so a page of fewer than `page_size` articles
  is the last; an ASP.NET `{"d": "…"}` wrapper is read too.

Such a POSTed page is named by a URL of its own, the endpoint with the page's fields as a query
(`…/LoadArticle?article_category_id=…&page=2&page_size=…`): `parse_listing` reads the page it
stands for, and `listing_form` gives the POST the crawl sends for it (spiders/base.py).
"""

from __future__ import annotations

import json
import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

from lxml.html import HtmlElement
from parsel import Selector

from crawler.core.dates import parse_date_line
from crawler.core.items import Article
from crawler.core.text import normalize_inline
from crawler.core.urls import canonical_url
from crawler.extract.clean import (
    assembled,
    body_and_images,
    first_text,
    select,
    string_of,
    text_of,
)
from spiders.base import Listing, PortalSpider

PLATFORM = "vnportal"
PAGER_PATH = "/DesktopModule/UIArticleInMenu/ArticleInMenuPagination.aspx/LoadArticle"

# The last path segment of an article: a lower-case slug, "-", its numeric id.
_ARTICLE_SEGMENT = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*-\d{5,}$")
# First path segments that are never a category of articles.
_NOT_CATEGORIES = frozenset({"desktopmodule", "desktopmodules", "portals", "uploads", "upload", "files",
                             "tim-kiem", "search", "tag", "rss"})

# The list block of a category page, most specific first; then the title links inside it.
_LISTS = (".UIArticleInMenu_Default .ArticleList", ".UIArticleInMenu_Default", ".ArticleInMenu", ".ArticleList",
          ".UIListNews_Default", ".list-news")
_TITLE_LINKS = ("h2.Title a", ".Title a", ".PostTitle a", ".ArticleHeader a", "h2 a", "h3 a")
_PAGERS = ("ul.pagination", ".pagination", ".pager", ".paging")
_NEXT_LABELS = {"sau", "trang sau", "tiếp", "next", "›", "»", ">"}

# The pager script's values (crawl_ninhbinh.py and gh-id:70457977629 read the same names).
_SCRIPT_IDS = {
    "article_category_id": re.compile(r"article_category_id\s*[:=]\s*[\"']?(\d+)"),
    "categoryIds": re.compile(r"categoryIds\s*[:=]\s*[\"']([^\"']+)[\"']"),
    "site_id": re.compile(r"site_id\s*[:=]\s*[\"']?(\d+)"),
    "page_size": re.compile(r"page_size\s*[:=]\s*[\"']?(\d+)"),
}
_MAX_PAGE = re.compile(r"maxPage\s*=\s*parseInt\(\s*[\"']?(\d+)")
# What the portal's script posts besides the page's own values (gh-id:70457977629; crawl_ninhbinh.py).
_PAGER_OPTIONS = {
    "keyword": "", "date_begin": "", "date_end": "", "show_no": "False", "show_post_date": "True",
    "num_of_text": "0", "show_view_count": "False", "filter_order_in_list": "False", "is_default": "False",
    "new": "False", "number_of_day": "3", "articlelang": "vi-VN", "is_authenticated": "False",
}

_DETAIL = ".ArticleDetailControl"
_TITLE = (".ArticleHeader", ".PostTitle", "h1.title-detail", "h1")
_DATE = (".PostDate", ".ArticleDate", ".post-date", ".date-detail")
_SAPO = (".ArticleSummary",)
_CONTENT = (".ArticleContent", ".PostContent", ".ArticleBody")
_AUTHOR = (".tac_gia_news", ".author", ".ArticleAuthor")
_COUNTER = (".ViewCount", ".view-count", ".tool")
_BREADCRUMB = (".BreadCrumb a", ".breadcrumb a", ".breadcrumbs a")
# Furniture inside or beside the text: tools, share buttons, author box, lead image, attachments, links.
_DROP = (".tool", ".UISocialShare", ".social-share", ".tac_gia_news", ".author", "img.ImgDetailImage",
         ".FileAttachment", ".link-download", ".view-gallery", ".relate-news", ".box-relate", ".related-news",
         ".tags", ".rating", ".ViewCount")
_SKIP = ("Tệp đính kèm", "Tệp đính kèm:", "Tải về", "In bài viết", "Gửi email", "Chia sẻ", "Zalo", "Facebook")
_AUTHOR_LABEL = re.compile(r"^(?:tác giả|người viết|bài, ảnh|bài và ảnh)\s*:\s*", re.I)


def is_article_url(url: str) -> bool:
    """An article page: `/<category>[/...]/<slug>-<id>`, lower case, no extension, no query."""
    parts = urlsplit(canonical_url(url))
    if parts.scheme not in ("http", "https") or parts.query:
        return False
    segments = [s for s in parts.path.split("/") if s]
    if len(segments) < 2 or segments[0].lower() in _NOT_CATEGORIES:
        return False
    return bool(_ARTICLE_SEGMENT.match(segments[-1]))


def is_pager_url(url: str) -> bool:
    """A URL standing for a POSTed page of a category (see the module's docstring)."""
    return urlsplit(url).path == PAGER_PATH


def pager_url(base: str, ids: dict[str, str], page: int) -> str:
    """The URL a category's page `page` (>= 2) stands for: the endpoint, the page's fields as a query."""
    parts = urlsplit(base)
    fields = [(k, ids[k]) for k in ("article_category_id", "categoryIds", "site_id") if ids.get(k)]
    fields += [("page", str(page)), ("page_size", ids["page_size"])]
    return f"{parts.scheme}://{parts.netloc}{PAGER_PATH}?{urlencode(fields)}"


def listing_form(url: str) -> tuple[str, dict[str, str]] | None:
    """The POST a pager URL stands for: (endpoint, form fields) as the portal's script sends
    them; None for any other URL (a page read by GET)."""
    if not is_pager_url(url):
        return None
    parts = urlsplit(url)
    fields = dict(parse_qsl(parts.query, keep_blank_values=True))
    fields.update({k: v for k, v in _PAGER_OPTIONS.items() if k not in fields})
    # The script sends "no" as minus the page size (gh-id:70457977629).
    fields.setdefault("no", f"-{fields.get('page_size', '0')}")
    return f"{parts.scheme}://{parts.netloc}{PAGER_PATH}", fields


def parse_listing(sel: Selector, url: str) -> Listing:
    """Article links of a category page (or of a POSTed page of it), and the next page."""
    if is_pager_url(url):
        return _parse_pager_answer(_unwrapped(sel), url)
    scope = next((found[0] for css in _LISTS if (found := select(sel, css))), None)
    articles = _article_links(scope if scope is not None else sel, url, titles_only=scope is None)
    return Listing(articles=articles, next_pages=_next_page(sel, url, len(articles)))


def _article_links(scope: Selector | HtmlElement, url: str, titles_only: bool = False) -> list[str]:
    """Article links in the scope, in order: its title links, else (in a list block) any link."""
    for css in _TITLE_LINKS:
        found = _articles_in(select(scope, css + "::attr(href)"), url)
        if found:
            return found
    return [] if titles_only else _articles_in(select(scope, "a::attr(href)"), url)


def _articles_in(hrefs: list[str], url: str) -> list[str]:
    links: list[str] = []
    for href in hrefs:
        link = urljoin(url, href.strip())
        if is_article_url(link) and link not in links:
            links.append(link)
    return links


def _unwrapped(sel: Selector) -> Selector:
    """The list's HTML from an ASP.NET page method's `{"d": "…"}` answer; the answer itself otherwise."""
    if sel.type == "json":  # parsel reads a JSON answer as data
        data = sel.root
    else:
        text = (sel.xpath("string()").get() or "").strip()
        if not (text.startswith("{") and '"d"' in text[:10]):
            return sel
        try:
            data = json.loads(text)
        except ValueError:
            return sel
    inner = data.get("d") if isinstance(data, dict) else None
    if not isinstance(inner, str):  # JSON of another shape holds no list to read
        return sel if sel.type != "json" else Selector(text="<html></html>", type="html")
    return Selector(text=inner or "<html></html>", type="html")


def _parse_pager_answer(sel: Selector, url: str) -> Listing:
    """A POSTed page: its articles; the next page unless this one was short (the last)."""
    articles = _article_links(sel, url)
    fields = dict(parse_qsl(urlsplit(url).query, keep_blank_values=True))
    page, size = fields.get("page", ""), fields.get("page_size", "")
    # The page's length is its items', whatever their links look like: articles that moved to
    # URLs of another shape (a redesign) still fill the page, and the pages after it.
    items = max(len(articles), len(sel.css(", ".join(_TITLE_LINKS))))
    if not (page.isdigit() and size.isdigit()) or items < int(size) or not items:
        return Listing(articles=articles)
    return Listing(articles=articles, next_pages=[pager_url(url, fields, int(page) + 1)])


def _next_page(sel: Selector, url: str, found: int) -> list[str]:
    """The next page: the pager's link when it has one, else the script pager's page 2."""
    link = _pager_link(sel, url)
    if link:
        return [link]
    script = " ".join(sel.xpath("//script/text()").getall())
    ids = {name: m.group(1) for name, pattern in _SCRIPT_IDS.items() if (m := pattern.search(script))}
    if not ids.get("article_category_id") or not ids.get("page_size"):
        return []
    pages = _MAX_PAGE.search(script)
    more = int(pages.group(1)) >= 2 if pages else found >= int(ids["page_size"])
    return [pager_url(url, ids, 2)] if more and (found or pages) else []


def _pager_link(sel: Selector, url: str) -> str:
    """The pager's link to the next page: labelled next, else the one after the current page."""
    pager = next((found[0] for css in _PAGERS if (found := select(sel, css))), None)
    if pager is None:
        return ""
    candidates = [a.get("href") for a in select(pager, "a[rel=next], li.next a, a.next")]
    candidates += [a.get("href") for a in select(pager, "a") if text_of(a).lower() in _NEXT_LABELS]
    current = pager.xpath(
        ".//*[contains(concat(' ', normalize-space(@class), ' '), ' active ')"
        " or contains(concat(' ', normalize-space(@class), ' '), ' current ')][1]"
    )
    if current:
        after = current[0].xpath("following-sibling::*[1]/descendant-or-self::a[1]/@href")
        candidates += [str(h) for h in after]
    for href in candidates:
        href = (href or "").strip()
        if href and not href.startswith(("javascript:", "#")):
            link = urljoin(url, href)
            if link != url:
                return link
    return ""


def parse_article(sel: Selector, url: str) -> Article:
    """The fields of one article page, read inside its `ArticleDetailControl` block."""
    found = select(sel, _DETAIL)
    scope = found[0] if found else sel
    raw_date = first_text(scope, *_DATE)
    published = parse_date_line(raw_date)
    sapo = first_text(scope, *_SAPO)
    author = _AUTHOR_LABEL.sub("", first_text(scope, *_AUTHOR))
    content = next((hit[0] for css in _CONTENT if (hit := select(scope, css))), None)
    paragraphs, images = ([], [])
    if content is not None:
        if not author:  # a "Tác giả: …" line at the end of the text
            lines = [normalize_inline(string_of(p)) for p in select(content, "p")]
            author = next((_AUTHOR_LABEL.sub("", t) for t in lines if _AUTHOR_LABEL.match(t)), "")
        paragraphs, images = body_and_images(content, url, drop=_DROP, skip=_SKIP, stop_at=("Tác giả:",))
    if sapo and paragraphs and paragraphs[0] == sapo:
        paragraphs = paragraphs[1:]
    return assembled(url, title=first_text(scope, *_TITLE), sapo=sapo, author=author,
                     crumbs=[text_of(a) for css in _BREADCRUMB for a in select(sel, css)], published=published,
                     raw_date=raw_date, paragraphs=paragraphs, images=images,
                     counter=first_text(scope, *_COUNTER), extractor=PLATFORM)


class VnportalSpider(PortalSpider):
    """The registry's portals of the VNPT vnPortal CMS (category listings, GET or POSTed pages)."""

    name = platform = PLATFORM
    parse_listing = staticmethod(parse_listing)
    parse_article = staticmethod(parse_article)
    is_article_url = staticmethod(is_article_url)
    listing_form = staticmethod(listing_form)
