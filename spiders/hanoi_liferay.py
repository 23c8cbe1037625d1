"""Hà Nội portals on Liferay 6.2 "point portal" (about 2014-2023): districts and departments.

URLs: a category page `/{category}` lists articles through the asset-publisher portlet 101
(`div.asset-content.normal-news h3.asset-title a`), paginated with
`?p_p_id=101&...&_101_cur=N` behind a `ul.pager.lfr-pagination-buttons` "next" link;
articles are `/{category}/-/view_content/{assetEntryId}-{urlTitle}` (HTTrack copies add
".html", which the canonical URL drops again).

An article page carries the category label above the title (`div.dd_chuyenmuc`),
`div.asset-full-content-title`, a date line `div.assetPublishDate.block_timer`
("Ngày đăng 17/08/2018 | 23:40 | View count: 2192", or "21/01/2014 | 12:00 AM" where
12:00 AM means the time was never entered), `p.sapo` (sometimes the same sentence printed
several times), the body `div.journal-content-article` (CKEditor HTML, entity-encoded,
photos followed by centred italic captions, a right-aligned signature), then
`p.view-content-author` holding the CMS account that posted it ("admin admin",
"Pho Ban bien tap"), Print / Send email controls and `ul.related_asset_list`.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit, urlunsplit

from lxml import etree
from lxml.html import HtmlElement
from parsel import Selector

from crawler.core.dates import parse_date_line
from crawler.core.items import Article
from crawler.core.text import fold, has_vietnamese_marks, normalize, normalize_inline
from crawler.extract.clean import (
    Fragment,
    body_and_images,
    canonical_href,
    date_fields,
    first,
    first_text,
    is_blank,
    join_body,
    once,
    select,
    source_credit,
    string_of,
    surely_folds_longer,
    text_of,
    view_count,
)
from spiders.base import Listing, PortalSpider

PLATFORM = "hanoi_liferay"
# `/-/view_content/{id}-{urlTitle}` (asset publisher 101) and the instance form
# `/-/asset_publisher/{instance}/content/{urlTitle}` seen on other Hà Nội departments.
# Liferay's urlTitle is lower-case letters, digits and hyphens, so a link such as HTTrack's
# never-fetched placeholder "...-duc.1731.de" is no article.
_ARTICLE_PATH = re.compile(r"/-/(?:view_content/\d+-[a-z0-9-]*|asset_publisher/[^/]+/content/[a-z0-9-]+)$")
_HTTRACK_SUFFIX = re.compile(r"(/-/view_content/\d+-[^/?#]*?)\.html$")
_NEXT_LABELS = {"next", "tiep", "sau", "trang sau", "tiep theo", "»", "›", ">"}

# Blocks of the article fragment; a "leaf" block holds no other block.
_BLOCK_TAGS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "blockquote", "figure")
_CAPTION_MAX = 300
_SIGNATURE_MAX = 60
# "Một số hình ảnh:" and the like: a heading that only introduces the photos below it.
_GALLERY_HEADING = re.compile(r"^(?:(?:mot so )?hinh anh(?: [^.:]{0,40})?:?|anh(?: [^.:]{0,40})?:)$")
_GALLERY_HEADING_MAX = len("mot so hinh anh") + 1 + 40 + 1  # its longest match
# The date line: the first assetPublishDate after the title.
_DATE_LINE = etree.XPath(
    "(//div[contains(@class, 'asset-full-content-title')]"
    "/following::div[contains(concat(' ', normalize-space(@class), ' '), ' assetPublishDate ')])[1]"
)
# Furniture inside the article container.
_DROP = (".sapo-wrapper p.sapo", ".view-content-author", ".asset-control-detail", ".related_asset",
         ".taglib-social-bookmarks", ".asset-ratings", ".asset-links")


def canonical(url: str) -> str:
    """The live form of an article URL: no ".html" after `/-/view_content/{id}-{slug}`."""
    parts = urlsplit(url)
    path = _HTTRACK_SUFFIX.sub(r"\1", parts.path)
    return urlunsplit((parts.scheme, parts.netloc, path, parts.query, ""))


def is_article_url(url: str) -> bool:
    """An article page of a Liferay asset publisher (with or without HTTrack's ".html")."""
    return bool(_ARTICLE_PATH.search(urlsplit(canonical(url)).path))


def parse_listing(sel: Selector, url: str) -> Listing:
    """The asset publisher's article links (live form) and the pager's "next" page."""
    hrefs = sel.css("div.asset-content.normal-news h3.asset-title a::attr(href)").getall()
    if not hrefs:
        hrefs = sel.css(".asset-abstract .asset-title a::attr(href)").getall()
    articles: list[str] = []
    for href in hrefs:
        link = canonical(urljoin(url, href.strip()))
        if is_article_url(link) and link not in articles:
            articles.append(link)
    return Listing(articles=articles, next_pages=_next_page(sel, url))


def _next_page(sel: Selector, url: str) -> list[str]:
    items = sel.css("ul.pager.lfr-pagination-buttons > li")
    href = None
    for item in items:
        if "disabled" in item.attrib.get("class", "").split():
            continue
        if fold(text_of(item)) in _NEXT_LABELS:
            href = item.css("a::attr(href)").get()
            break
    if href is None and len(items) >= 3:
        # Liferay's buttons are First, Previous, Next, Last; page JS relabels the third.
        href = items[2].css("a::attr(href)").get()
    if not href or href.strip().startswith(("javascript:", "#")):
        return []
    link = urljoin(url, href.strip())
    return [] if link == url else [link]


def parse_article(sel: Selector, url: str) -> Article:
    """The fields of one asset-publisher article page."""
    page_url = _page_url(sel, url)
    title = first_text(sel, "div.asset-full-content-title", ".asset-full-content h3.header-title")
    date_node = next(iter(_DATE_LINE(sel.root) or select(sel, "div.assetPublishDate")), None)
    raw_date = text_of(date_node)
    published = parse_date_line(raw_date, midnight_unknown=True)
    sapo_node = next(iter(select(sel, "div.asset-full-content p.sapo") or select(sel, "p.sapo")), None)
    sapo = once(normalize(string_of(sapo_node))) if sapo_node is not None else ""
    content = next(iter(select(sel, "div.asset-full-content div.asset-content")
                        or select(sel, "div.asset-full-content div.journal-content-article")), None)
    paragraphs, images, signature, credit = [], [], "", ""
    if content is not None:
        frag = Fragment(content)
        signature, credit = _prepare(frag)
        paragraphs, images = body_and_images(frag, page_url, drop=_DROP)
    if sapo and paragraphs:
        folded = fold(sapo)
        if not surely_folds_longer(paragraphs[0], len(folded)) and fold(paragraphs[0]) == folded:
            paragraphs = paragraphs[1:]
    account = first_text(sel, "div.asset-full-content p.view-content-author")
    # The account line names a login ("admin admin", "Pho Ban bien tap"), not a writer;
    # a name typed with Vietnamese marks is a person, used only when nothing is signed.
    author = signature or (account if account and has_vietnamese_marks(account) else "")
    return Article(
        url=page_url,
        title=title,
        sapo=sapo,
        author=author,
        source_credit=credit,
        category=_category(sel, title),
        **date_fields(published, raw_date),
        body=join_body(paragraphs),
        images=images,
        view_count=view_count(raw_date) if raw_date else None,
        extractor=PLATFORM,
    )


def _page_url(sel: Selector, url: str) -> str:
    href = canonical_href(sel).strip()
    return canonical(urljoin(url, href) if href else url)


def _category(sel: Selector, title: str) -> str:
    """The portal's label for the category: the label above the title, in the case the
    `<title>` ("{title} - {category} - {site}") writes it when the label is upper-case."""
    label = first_text(sel, "div.dd_chuyenmuc span.tintuc", "div.dd_chuyenmuc p", "ul.breadcrumb li.active",
                       "ul.breadcrumbs li.current-parent")
    from_title = ""
    head = normalize_inline(first(sel, "title::text"))
    if title and head.startswith(title + " - "):
        rest = head[len(title) + 3:]
        from_title = rest.rsplit(" - ", 1)[0] if " - " in rest else ""
    if label and label.isupper() and from_title and fold(from_title) == fold(label):
        return from_title
    return label or from_title


# --- the article fragment -----------------------------------------------------------

_BLOCK_SET = frozenset(_BLOCK_TAGS)
_FOLLOWING_BLOCKS = etree.XPath("following::*[" + " or ".join(f"self::{t}" for t in _BLOCK_TAGS) + "]")
_FOLLOWING_TEXT = etree.XPath("following::text()", smart_strings=False)
_FOLLOWING_COMMENTS = etree.XPath("following::comment()")


def _prepare(frag: Fragment) -> tuple[str, str]:
    """Mark captions as figures, drop gallery headings; return (signature, credit).

    Liferay's editor has no caption element: a photo's caption is the centred or italic
    line right under it (or inside the photo's own paragraph). Turning each into
    figure/figcaption lets the shared cleaner keep captions with their images.
    """
    frag.drop((), _DROP)
    for img in list(frag.root.iter("img")):
        if frag.attached(img) and next(img.iterancestors("figure"), None) is None:
            _figure_of(frag, img)
    for block in _leaf_blocks(frag):
        text = frag.text(block, " ")
        if surely_folds_longer(text, _GALLERY_HEADING_MAX):
            continue
        if _GALLERY_HEADING.match(" ".join(fold(text).split())) and _next_block_is_photo(frag, block):
            frag.decompose(block)
    signature, credit = _signature_and_credit(frag)
    frag.reparsed()
    return signature, credit


def _figure_of(frag: Fragment, img: HtmlElement) -> None:
    """Wrap a photo and its caption lines into <figure><img><figcaption>."""
    block = next(img.iterancestors(*_BLOCK_TAGS), None)
    if block is None or sum(1 for _ in block.iter("img")) != 1:
        return
    text = normalize_inline(frag.text(block, " "))  # a caption in the photo's own paragraph
    captions: list[HtmlElement] = []
    if len(text) > _CAPTION_MAX:
        return  # a photo inside a running paragraph: leave the paragraph alone
    if not text:
        sibling = _next_element(block)
        while sibling is not None and _looks_like_caption(frag, sibling):
            captions.append(sibling)
            sibling = _next_element(sibling)
        text = " ".join(normalize_inline(frag.text(c, " ")) for c in captions)
    figure = block.makeelement("figure")
    etree.SubElement(figure, "img", src=frag.src(img) or "", alt=img.get("alt") or "")
    if text:
        etree.SubElement(figure, "figcaption").text = text
    figure.tail = block.tail
    block.getparent().replace(block, figure)
    for tag in captions:
        frag.decompose(tag)


def _next_element(tag: HtmlElement) -> HtmlElement | None:
    """The next sibling element, skipping whitespace and &nbsp; between blocks."""
    if normalize_inline(tag.tail):
        return None  # running text follows: no caption
    for sibling in tag.itersiblings():
        if isinstance(sibling.tag, str):
            return sibling
        if normalize_inline(sibling.text) or normalize_inline(sibling.tail):
            return None  # a comment with words in it counts as text here, as it always has
    return None


def _looks_like_caption(frag: Fragment, tag: HtmlElement) -> bool:
    if tag.tag not in ("p", "div") or next(tag.iter("img"), None) is not None:
        return False
    text = normalize_inline(frag.text(tag, " "))
    if not text or len(text) > _CAPTION_MAX or _right_aligned(tag):
        return False  # a right-aligned line under the last photo is the signature
    return _centred(tag) or _all_emphasised(tag, ("em", "i"))  # bold lines are sub-heads


def _centred(tag: HtmlElement) -> bool:
    style = re.sub(r"\s+", "", tag.get("style") or "").lower()
    return (tag.get("align") or "").lower() == "center" or "text-align:center" in style


def _right_aligned(tag: HtmlElement) -> bool:
    style = re.sub(r"\s+", "", tag.get("style") or "").lower()
    if (tag.get("align") or "").lower() == "right" or "text-align:right" in style:
        return True
    indent = re.search(r"margin-left:(\d+)", style)  # signatures pushed right by a margin
    return bool(indent and int(indent.group(1)) >= 100)


def _all_emphasised(tag: HtmlElement, names: tuple[str, ...] = ("em", "i", "strong", "b")) -> bool:
    """Every piece of the tag's text sits inside one of `names` (italic or bold)."""
    found = False
    for el in tag.iter():
        element = isinstance(el.tag, str)
        if normalize_inline(el.text):  # an element's text, or a comment's
            found = True
            if not _within(el if element else el.getparent(), names):
                return False
        if el is not tag and normalize_inline(el.tail):
            found = True
            if not _within(el.getparent(), names):
                return False
    return found


def _within(el: HtmlElement | None, names: tuple[str, ...]) -> bool:
    """`el` or one of its ancestors is one of `names`."""
    return el is not None and (el.tag in names or next(el.iterancestors(*names), None) is not None)


def _leaf_blocks(frag: Fragment) -> list[HtmlElement]:
    return [
        tag for tag in frag.root.iter(*_BLOCK_TAGS)
        if tag.tag != "figure" and next(tag.iterancestors("figure"), None) is None
        and next(tag.iterdescendants(*_BLOCK_TAGS), None) is None
    ]


def _next_block_is_photo(frag: Fragment, block: HtmlElement) -> bool:
    for tag in _FOLLOWING_BLOCKS(block):
        if tag.tag == "figure" or next(tag.iter("img"), None) is not None:
            return True
        if normalize_inline(frag.text(tag, " ")):
            return False
    return False


def _signature_and_credit(frag: Fragment) -> tuple[str, str]:
    """The signature (the article's last line when it is a short right-aligned or bold
    name) and a source credit ("(Theo Cổng ...)") among the last lines."""
    leaves = [b for b in _leaf_blocks(frag) if not is_blank(frag.text(b, " "))]
    if not leaves:
        return "", ""
    credit = ""
    for block in leaves[-3:]:
        line = normalize_inline(frag.text(block, " "))
        found = source_credit(line)
        if found and (line.startswith("(") or _right_aligned(block) or _all_emphasised(block)):
            credit = found
    last = leaves[-1]
    if any(normalize_inline(t) for t in _FOLLOWING_TEXT(last)) or any(
        normalize_inline(c.text) for c in _FOLLOWING_COMMENTS(last)
    ):
        return "", credit  # running text after the last block: no signature line
    text = normalize_inline(frag.text(last, " ")).strip(" `'\"-–—")
    if not text or len(text) > _SIGNATURE_MAX or len(text.split()) > 8:
        return "", credit
    if text.startswith("(") or text[-1] in ".:;!?" or source_credit(text):
        return "", credit
    raw = frag.text(last)
    indented = len(raw) - len(raw.lstrip("\u00a0 \t\n")) >= 10
    if _right_aligned(last) or any(_right_aligned(p) for p in last.iterancestors("p", "div")) \
            or _all_emphasised(last) or indented:
        return text, credit
    return "", credit


class HanoiLiferaySpider(PortalSpider):
    """The Hà Nội Liferay 6.2 portals of the registry (district and department sites)."""

    name = platform = PLATFORM
    parse_listing = staticmethod(parse_listing)
    parse_article = staticmethod(parse_article)
    is_article_url = staticmethod(is_article_url)
