"""The SharePoint portals of the "tandan" vendor (Điện Biên; Thanh Hóa, Nam Định, Ninh Thuận ...).

Evidence (V: seen in the cited source; I: inferred from several seen facts; G: guessed):

- [V] category pages `/portal/Pages/<Name>.aspx` (e.g. `Tin-tuc-su-kien.aspx`,
  `Thong-tin-trong-tinh.aspx`, `Hoat-dong-lanh-dao-UBND-tinh.aspx`), paged with `?PageIndex=N`
  (thuydung203/Crawl_data crawl_dienbien.py, crawl_dienbien_selenium.py).
- [V] listing links `.channel-news-title a` and `.tandan-p-article-news-title a`
  (crawl_dienbien_selenium.py); [V] the pager's current page is a `span.CurrentPage` followed by
  the link to the next one, on another portal of the vendor (a public crawler of mpi.gov.vn reads
  `.channel-news-title>a`, `span.CurrentPage+a` and `.tandan-span-date-publish`, gh-id:20344993333); [V] the
  selenium crawler also follows a link numbered N+1 or labelled "Tiếp" / "Next" / ">".
- [V] article fields (crawl_dienbien.py): title `.tandan-p-article-news-title`, sapo
  `.tandan-p-article-news-summary`, date `.tandan-span-date-publish` holding "Đăng ngày …"
  (the scraper cuts that label off), body `.tandan-p-article-main`, tags `.td-tags a`, and the
  furniture it cuts out of the body: `.social-share`, `.tandan-div-article-other`,
  `#ctl00_PlaceHolderMain_ctl08_label`. [V] fallbacks of crawl_dienbien_selenium.py:
  `.tandan-title-view`, `.tandan-date-view`, `.tandan-content-view`.
- [V] a copy of a real article of quangxuong.thanhhoa.gov.vn (a public SQL dump, gh-id:29772023634) shows the DOM
  a browser builds: `<p class="tandan-p-article-news-summary">` (the sapo), an empty
  `<p class="tandan-p-article-main">&nbsp;</p>`, then the text in
  `<div id="ctl00_PlaceHolderMain_ctl03__ControlWrapper_RichHtmlField" class="ms-rtestate-field">`,
  images as `<p><img src=".../portal/Photos/2023-02-11/<16 hex><name>.jpg"></p>`.
  [I] The page source nests the rich field (and the furniture above) inside the
  `<p class="tandan-p-article-main">`: parsers that follow HTML's rules (lxml, browsers) close the
  <p> before the <div>, while BeautifulSoup's html.parser keeps the nesting, which is why the
  crawler above finds the text (and the furniture) inside `.tandan-p-article-main`. Both shapes
  are read here.
- [V] article URLs `/portal/Pages/<yyyy-m-d>/<Slug><code>.aspx`: a SharePoint pages library with
  the publication day as folder (no zero padding) and a random-looking suffix, e.g.
  `/portal/Pages/2020-5-29/VPUB--Nam-2019-uoc-tinh-thiet-hai-do-thien-tai-gaykd6fqr.aspx`
  (registry entry `dienbien`), the same shape on mpi.gov.vn (gh-id:55841912101), namdinh.gov.vn
  (gh-id:22390882137, gh-id:71195768215), ninhthuan.gov.vn (gh-id:42473221282, gh-id:32373992916)
  and btctdbp.svhttdl.dienbien.gov.vn (gh-id:71157410831, gh-id:68993085542: also a year-only folder,
  `/portal/pages/2015/…`, and a lower-case "pages").
- [V] the breadcrumb `div.rcrumbs > ul.breadcrumb` of a `/portal/` SharePoint site of Điện Biên
  (bttnmuongnhe.org.vn, gh-id:4750326019); [I] the same vendor's template.
- [G] the date after "Đăng ngày" as dd/mm/yyyy HH:MM, and the view counter
  `.tandan-span-view-count` ("Lượt xem: 1.234"); [G] the byline as the rich field's last
  paragraph, right-aligned and short, as many Vietnamese portals print it.

Selectors stay on the vendor's own class names (no bare `h1` or `.date`): `danvan probe` runs
every platform's extractor on foreign pages, and this one must not read them.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from lxml.html import HtmlElement
from parsel import Selector

from crawler.core.dates import parse_date_line
from crawler.core.items import Article, Image
from crawler.core.text import fold
from crawler.extract.clean import (
    assembled,
    body_and_images,
    first_text,
    select,
    text_of,
)
from spiders.base import Listing, PortalSpider

PLATFORM = "tandan"
# /portal/Pages/<folder>/<page>.aspx where the folder is the publication day (or year).
_ARTICLE_PATH = re.compile(r"^/portal/pages/\d{4}(?:-\d{1,2}){0,2}/[^/]+\.aspx$", re.I)
_LIST_LINKS = ".channel-news-title a, .tandan-p-article-news-title a, .title-news a"
_NEXT_LABELS = {"tiep", "tiep theo", "trang sau", "sau", "sau >>", "next", ">", ">>", "»", "›"}
# Pager boxes when no `span.CurrentPage` marks one [G].
_PAGERS = ".tandan-div-paging, .pagination, .paging, .pager"

_TITLE = (".tandan-p-article-news-title", ".tandan-title-view")
_DATE = (".tandan-span-date-publish", ".tandan-date-view")
_SAPO = (".tandan-p-article-news-summary",)
_VIEWS = (".tandan-span-view-count",)
_BREADCRUMB = (".rcrumbs .breadcrumb a", ".breadcrumb a")
# Where the text is when `.tandan-p-article-main` holds none (the browser-built DOM).
_RICH_FIELD = ("//*[contains(@id, 'PlaceHolderMain') and contains(@id, 'RichHtmlField')]"
               " | //*[contains(concat(' ', normalize-space(@class), ' '), ' tandan-content-view ')]"
               " | //*[contains(concat(' ', normalize-space(@class), ' '), ' tandan-p-article-news-content ')]")
# Furniture inside the main block when it nests the rich field: share tools, "other articles",
# hidden SharePoint field labels ("Tệp đính kèm"), attachments and tags.
_DROP = (".social-share", ".tandan-div-article-other", "[id=ctl00_PlaceHolderMain_ctl08_label]",
         ".tandan-div-article-attach", ".td-tags", ".tandan-div-article-info")
_SKIP = ("Tệp đính kèm", "Chia sẻ", "In bài viết", "Gửi email")
_BYLINE_MAX = 60


def is_article_url(url: str) -> bool:
    """An article page of a tandan portal: a page of the `/portal/Pages/` library under a date folder."""
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(_ARTICLE_PATH.match(parts.path))


def parse_listing(sel: Selector, url: str) -> Listing:
    """Article links of the category's list (not the sidebar modules), and the next page."""
    articles: list[str] = []
    for anchor in select(sel, _LIST_LINKS):
        link = urljoin(url, (anchor.get("href") or "").strip())
        if is_article_url(link) and link not in articles:
            articles.append(link)
    return Listing(articles=articles, next_pages=_next_page(sel, url))


def _next_page(sel: Selector, url: str) -> list[str]:
    """The link after the pager's `span.CurrentPage`; else, in the pager, a link labelled "Tiếp"
    or numbered one past the current page; a postback link (javascript:) gives the same page
    with ?PageIndex= one more, the GET form the portals answer."""
    current = sel.xpath("(//span[contains(concat(' ', normalize-space(@class), ' '), ' CurrentPage ')])[1]")
    number = None
    if current:
        label = text_of(current[0])
        number = int(label) if label.isdigit() else None
        href = (current[0].xpath("following-sibling::a[1]/@href").get() or "").strip()
        if _usable(href):
            return _unless_here(urljoin(url, href), url)
        pager = current[0].xpath("..")
    else:
        pager = sel.css(_PAGERS)
    for anchor in pager.css("a"):
        label = fold(text_of(anchor))
        if label in _NEXT_LABELS or (number is not None and label == str(number + 1)):
            href = (anchor.attrib.get("href") or "").strip()
            if _usable(href):
                return _unless_here(urljoin(url, href), url)
            if number is not None and href.lower().startswith("javascript:"):
                return [_with_page_index(url, number + 1)]
    return []


def _usable(href: str) -> bool:
    return bool(href) and not href.lower().startswith(("javascript:", "#"))


def _unless_here(link: str, url: str) -> list[str]:
    return [] if link == url else [link]


def _with_page_index(url: str, number: int) -> str:
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query) if k.lower() != "pageindex"] + [("PageIndex", str(number))]
    return urlunsplit(parts._replace(query=urlencode(query)))


def _content(sel: Selector, url: str) -> tuple[list[str], list[Image], str]:
    """Body paragraphs, images and byline: from `.tandan-p-article-main` when it holds the text,
    else from the rich field the browser-built DOM puts after it."""
    blocks: list[HtmlElement] = list(select(sel, ".tandan-p-article-main"))[:1]
    blocks += sel.root.xpath(_RICH_FIELD)[:1]
    for block in blocks:
        paragraphs, images = body_and_images(block, url, drop=_DROP, skip=_SKIP)
        if paragraphs or images:
            byline = _byline(block)
            if byline and paragraphs and paragraphs[-1] == byline:
                paragraphs = paragraphs[:-1]
            else:
                byline = ""
            return paragraphs, images, byline
    return [], [], ""


def _byline(block: HtmlElement) -> str:
    """The text's last paragraph when it is a short right-aligned line: the author's name. The
    text is the rich field when the block nests one (the furniture after it is no byline)."""
    field = block.xpath(".//*[contains(@id, 'RichHtmlField')]")
    last = (field[0] if field else block).xpath("(.//p[normalize-space(.)])[last()]")
    if not last:
        return ""
    para = last[0]
    style = (para.get("style") or "").replace(" ", "").lower()
    if "text-align:right" not in style and (para.get("align") or "").lower() != "right":
        return ""
    text = text_of(para)
    return text if 0 < len(text) <= _BYLINE_MAX else ""


def parse_article(sel: Selector, url: str) -> Article:
    """The fields of one article page."""
    raw_date = first_text(sel, *_DATE)
    published = parse_date_line(raw_date)
    sapo = first_text(sel, *_SAPO)
    paragraphs, images, author = _content(sel, url)
    if sapo and paragraphs and paragraphs[0] == sapo:
        paragraphs = paragraphs[1:]
    crumbs = next(([text_of(a) for a in found] for css in _BREADCRUMB if (found := select(sel, css))), [])
    return assembled(url, title=first_text(sel, *_TITLE), sapo=sapo, author=author, crumbs=crumbs,
                     published=published, raw_date=raw_date, paragraphs=paragraphs, images=images,
                     counter=first_text(sel, *_VIEWS), extractor=PLATFORM)


class TandanSpider(PortalSpider):
    """The registry's portals on the tandan SharePoint platform."""

    name = platform = PLATFORM
    parse_listing = staticmethod(parse_listing)
    parse_article = staticmethod(parse_article)
    is_article_url = staticmethod(is_article_url)
