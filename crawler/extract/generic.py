"""The generic extractor: article fields from a portal page of unknown platform.

General-purpose tools (trafilatura, htmldate) miss what matters on Vietnamese portal
pages: they give dates without the time of day, take the header's "today" line or a
related item's date, keep image captions and "Các tin khác" lists in the text, and read
the portal's name as the title. So the page is read as such portals lay it out:

- title: the heading whose text starts the page's <title>/og:title (which adds
  " - site name"), else the first h1 outside the site's header;
- body: the block holding the most paragraph text (link-heavy blocks and the site's
  header, menus, sidebars and footer do not count), cleaned of share buttons, related
  lists, counters, captions (returned with their images), a "Theo ..." credit and a
  trailing signature;
- date: the date line nearest after the title and before the body (a class/id that
  says date/time/publish, or a short line that is mostly a date), never one inside a
  header, menu, sidebar or footer and never a "today" widget; then the page's metadata,
  then htmldate (date only).
trafilatura is the fallback for the body and the title when the layout is not
recognised at all.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import unquote, urljoin, urlsplit

from lxml import etree
from lxml.html import HtmlElement, document_fromstring, fragment_fromstring
from parsel import Selector

from crawler.core.dates import PublishedDate, parse_date_line
from crawler.core.items import Article, Image
from crawler.core.text import fold, normalize_inline
from crawler.extract.clean import ALWAYS_DROP, body_and_images, join_body, once, source_credit, view_count

EXTRACTOR = "generic"

# Inline tags: their text belongs to the paragraph around them.
_INLINE = frozenset({
    "a", "span", "strong", "b", "em", "i", "u", "font", "small", "big", "sub", "sup", "br", "img",
    "abbr", "cite", "code", "mark", "q", "s", "strike", "time", "label", "del", "ins", "wbr",
})
_PARAGRAPHS = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd"})
# Class/id words of the site's own furniture: never the article, never its date.
_ZONE_WORDS = frozenset({
    "header", "footer", "menu", "menus", "nav", "navbar", "navigation", "sidebar", "aside", "banner",
    "banners", "breadcrumb", "breadcrumbs", "topbar", "marquee", "ads", "advert", "advertisement",
    "quangcao", "weblink", "weblinks", "lienket", "copyright", "toolbar", "widget", "slogan",
})
# (Left/right columns are not listed: portals put the article in either.)
_ZONE_TOKENS = frozenset({"top", "top-bar", "topnav", "top-nav", "top-header", "header-top"})
# ...unless the token is about the article itself ("article-header", "news-detail-top").
_ARTICLE_WORDS = frozenset({
    "article", "post", "entry", "news", "detail", "details", "content", "story", "baiviet", "chitiet",
    "single", "title",
})
# Class/id words of furniture inside an article block.
_FURNITURE_WORDS = frozenset({
    "share", "sharing", "social", "related", "relate", "lienquan", "tinkhac", "other", "others",
    "comment", "comments", "binhluan", "tags", "tag", "keyword", "keywords", "tukhoa", "print", "tools",
    "tool", "rating", "vote", "pager", "paging", "pagination", "audio", "player", "zalo", "facebook",
    "fb", "like", "plugin", "btn", "button", "addthis", "sharethis",
})
_FURNITURE_TOKENS = frozenset({"tin-khac", "lien-quan", "binh-luan", "tu-khoa", "cung-chuyen-muc"})
# A site-wide "today" line or clock (class/id fragments, accent-free).
_TODAY = ("today", "homnay", "hom-nay", "ngayhientai", "ngay-hien-tai", "currentdate", "current-date",
          "current_date", "clock", "egov_date", "egov-date", "datetime-now", "date-now")
_DATE_HINT = re.compile(
    r"date|time|publish|ngay|timer|created|posted|updated|cap-?nhat|capnhat|thoi-?gian|dang-?luc", re.I
)
_SAPO_HINT = re.compile(r"sapo|summary|lead|tom-?tat|trich-?yeu|intro|excerpt|chapeau|teaser", re.I)
_AUTHOR_HINT = re.compile(r"author|tac-?gia|byline|writer|nguoi-?viet", re.I)
_TITLE_HINT = re.compile(r"title|tieu-?de|heading|headline|ten-?bai", re.I)
_CAPTION_HINT = re.compile(r"caption|chu-?thich|desc|note|ghi-?chu|image|img|photo|hinh|anh", re.I)
_BREADCRUMB = re.compile(r"breadcrumb|duong-?dan|navpath|path-?way|chuyenmuc", re.I)
# Headings of related lists and other furniture that end the article (accent-free).
_STOPS = (
    "cac tin tuc khac", "cac tin khac", "tin khac", "tin lien quan", "bai viet lien quan", "tin bai lien quan",
    "cac bai viet khac", "bai viet khac", "cac bai khac", "tin cung chuyen muc", "cung chuyen muc",
    "tin da dua", "xem them", "other news", "related news", "tin moi hon", "tin cu hon", "tin moi nhat",
    "tin doc nhieu", "doc nhieu", "y kien ban doc", "binh luan", "gui binh luan", "gui y kien", "tu khoa",
    "tags", "danh muc tin tuc", "chia se bai viet",
)
# Lines that are buttons or labels, never text (accent-free, exact).
_SKIPS = frozenset({
    "chia se", "in bai viet", "in trang", "in bai", "gui email", "gui mail", "email", "ban in", "quay lai",
    "ve dau trang", "len dau trang", "dau trang", "print", "send email", "facebook", "zalo", "twitter",
    "tweet", "chia se zalo", "chia se facebook", "sao chep lien ket", "a+", "a-", "a+ a-", "a- a+",
    "co chu", "luu bai viet", "nghe doc bai", "tai ve", "thich", "like", "top", "in", "gui",
})
_SEPARATORS = re.compile(r"\s+[-|–—:»]\s+|\s*\|\s*|\s+::\s+")
_AGENCY = re.compile(r"^[A-ZĐ][A-Za-zĐđ.]{1,15}\s*[-–]\s+(?=\S)")  # "Kinhtedothi - ", "HNP - ", "VOV.VN - "
_DATE_BITS = re.compile(
    r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{4}-\d{2}-\d{2}(?:T[\d:.+Z-]+)?|\d{1,2}[:h]\d{2}(?::\d{2})?"
    r"(?:\s*(?:[ap]\.?m\.?|sa|ch)\b)?|gmt\s*[+-]?\s*\d*|utc\s*[+-]?\s*\d*",
    re.I,
)
# Decoration, by a word of the image's path ("spacer.png", "/icons/", "btn-print.gif").
_JUNK_IMAGE = re.compile(
    r"(?<![a-z0-9])(?:spacer|blank|pixel|icons?|logo|button|btn|loading|arrow|bullet|flags?)(?![a-z])"
)
_MIN_PARAGRAPH = 25
# Tags never read on the page (ASP.NET portals wrap the whole page in a <form>, so not forms).
_SKIP_TAGS = frozenset(ALWAYS_DROP) - {"form"}
# Signature lines that name an account or a photo, not the author (accent-free).
_NOT_AUTHOR = re.compile(
    r"^\(|^(?:admin|ad min|administrator|webmaster|quan tri|ban bien tap|pho ban bien tap|bien tap vien|btv|ctv)\b"
    r"|^anh\b|^nguon\b"
)


@dataclass
class _Date:
    parsed: PublishedDate
    element: HtmlElement
    hinted: bool


def extract_generic(html: str, url: str) -> Article:
    """The fields of one article page of any portal; missing fields stay empty."""
    sel = Selector(text=html)
    root: HtmlElement = sel.root
    page = _Page(root)
    page_url = _canonical(sel, url)
    title_el, title = _title(sel, page)
    blocks = page.blocks(title_el)
    first_para = page.first_paragraph(blocks)
    date = _date(page, title_el, blocks, first_para)
    sapo_el, sapo_raw = _sapo(page, title_el, blocks)
    sapo = _AGENCY.sub("", sapo_raw)  # "Kinhtedothi - ", "HNP - ": the agency, not the lead
    article = Article(url=page_url, title=title, sapo=sapo, extractor=EXTRACTOR)
    if date is not None:
        article.published_at = date.parsed.value
        article.published_raw = date.parsed.raw
        article.time_known = date.parsed.time_known
    else:
        _date_from_metadata(sel, blocks, url, article)
    article.view_count = _view_count(page, date, title_el, first_para)
    article.category = _category(sel, title)
    skip_texts = {t for t in (title, sapo, sapo_raw, article.published_raw) if t}
    paragraphs: list[str] = []
    images: list[Image] = []
    signatures: set[str] = set()
    if blocks:
        drop = [e for e in (title_el, sapo_el, date.element if date else None) if e is not None]
        paragraphs, images, signatures = _body(blocks, page_url, page, drop)
    if len(" ".join(paragraphs)) < 200:
        fallback = _trafilatura_paragraphs(html, url)
        if len(" ".join(fallback)) > 2 * len(" ".join(paragraphs)):
            paragraphs = fallback
    paragraphs = _clean_paragraphs(paragraphs, skip_texts, images)
    if sapo and paragraphs and fold(_AGENCY.sub("", paragraphs[0])) == fold(sapo):
        paragraphs = paragraphs[1:]  # the lead printed again as the first paragraph
    paragraphs, article.source_credit, author = _tail(paragraphs, signatures, bool(images))
    article.author = author or _author(page, title_el, blocks)
    article.body = join_body(paragraphs)
    article.images = images
    if not article.title:
        article.title = _trafilatura_title(html, url)
    return article


# --- the page: zones, order, text ----------------------------------------------------


class _Page:
    """The parsed page with what the heuristics ask of it, computed once."""

    def __init__(self, root: HtmlElement):
        self.root = root
        self.order: dict[HtmlElement, int] = {}
        for index, el in enumerate(root.iter()):
            self.order[el] = index
        self._zone: dict[HtmlElement, bool] = {}
        self._today: dict[HtmlElement, bool] = {}

    def elements(self) -> Iterator[HtmlElement]:
        """Every element outside scripts and the site's furniture, in document order."""
        stack = [self.root]
        while stack:
            el = stack.pop()
            if not isinstance(el.tag, str) or el.tag in _SKIP_TAGS or self.is_zone_itself(el):
                continue
            yield el
            stack.extend(reversed([c for c in el if isinstance(c.tag, str)]))

    def is_zone_itself(self, el: HtmlElement) -> bool:
        """The element is the site's header, menu, sidebar, footer or a banner."""
        cached = self._zone.get(el)
        if cached is None:
            cached = self._zone[el] = _zone_element(el)
        return cached

    def in_zone(self, el: HtmlElement) -> bool:
        return any(self.is_zone_itself(a) for a in _self_and_ancestors(el))

    def in_today(self, el: HtmlElement) -> bool:
        for a in _self_and_ancestors(el):
            cached = self._today.get(a)
            if cached is None:
                names = _names(a)
                cached = self._today[a] = any(t in names for t in _TODAY)
            if cached:
                return True
        return False

    def container(self) -> HtmlElement | None:
        """The element holding the article's paragraphs (a readability-style score)."""
        scores: dict[HtmlElement, float] = {}
        for el in self.elements():
            text, links = _own_text(el)
            if len(text) < _MIN_PARAGRAPH or links > 0.5 * len(text):
                continue
            weight = len(text) * (1 - links / len(text))
            parent = el.getparent()
            if el.tag in _PARAGRAPHS:
                targets = [(parent, 1.0), (parent.getparent() if parent is not None else None, 0.5)]
            else:
                targets = [(el, 1.0), (parent, 0.5)]
            for target, share in targets:
                if target is not None:
                    scores[target] = scores.get(target, 0.0) + weight * share
        for el, _score in sorted(scores.items(), key=lambda kv: (-kv[1], self.order.get(kv[0], 0))):
            if el.tag not in ("html", "body") and not self.in_zone(el) and _link_density(el) < 0.5:
                return el
        return None

    def blocks(self, title_el: HtmlElement | None) -> list[HtmlElement]:
        """The container, with the paragraph-like siblings around it (a lead paragraph or
        a photo set apart from the main block, a credit line after it)."""
        best = self.container()
        if best is None:
            return []
        if best.tag in ("td", "th", "tr", "tbody"):
            # Text laid out in a table's cells: the table is the article block.
            table = next(best.iterancestors("table"), None)
            if table is not None and not self.in_zone(table) and _link_density(table) < 0.3:
                best = table
        parent = best.getparent()
        if parent is None or parent.tag in ("html", "body"):
            return [best]
        siblings = [c for c in parent if isinstance(c.tag, str)]
        index = siblings.index(best)
        before: list[HtmlElement] = []
        for sibling in reversed(siblings[:index]):
            kind = self._sibling_kind(sibling, title_el, leading=True)
            if kind == "stop":
                break
            before.insert(0, sibling)
        after: list[HtmlElement] = []
        for sibling in siblings[index + 1:]:
            kind = self._sibling_kind(sibling, title_el, leading=False)
            if kind == "stop":
                break
            after.append(sibling)
        chosen = [*before, best, *after]
        while chosen and chosen[0] is not best and self._sibling_kind(chosen[0], title_el, True) == "empty":
            chosen.pop(0)
        while chosen and chosen[-1] is not best and self._sibling_kind(chosen[-1], title_el, False) == "empty":
            chosen.pop()
        return chosen

    def _sibling_kind(self, el: HtmlElement, title_el: HtmlElement | None, leading: bool) -> str:
        """'para' (article text), 'empty' (spacing, scripts) or 'stop' (anything else)."""
        if el.tag in _SKIP_TAGS:
            return "empty"
        if title_el is not None and any(a is el for a in _self_and_ancestors(title_el)):
            return "stop"
        names = _names(el)
        if not leading and _AUTHOR_HINT.search(names) and len(_text(el)) <= 60:
            return "para"  # the byline after the text: read as a signature
        if el.tag == "h1" or self.is_zone_itself(el) or _is_furniture(el) or any(
            hint.search(names) for hint in (_TITLE_HINT, _SAPO_HINT, _DATE_HINT, _AUTHOR_HINT, _BREADCRUMB)
        ):
            return "stop"
        text = _text(el)
        has_image = next(el.iter("img"), None) is not None
        if not text and not has_image:
            return "empty"
        if _stop_phrase(text) or _looks_like_date_line(text):
            return "stop"
        density = _link_density(el) if text else 0.0
        if has_image and len(text) <= 300 and density < 0.5:
            return "para"
        if (len(text) >= 40 or not leading) and density < 0.3:
            return "para"
        return "stop"

    def first_paragraph(self, blocks: list[HtmlElement]) -> HtmlElement | None:
        """The first element of the article blocks with a paragraph's worth of its own text."""
        for el in (e for block in blocks for e in block.iter()):
            if not isinstance(el.tag, str) or el.tag in _SKIP_TAGS:
                continue
            text, links = _own_text(el)
            if len(text) >= 60 and links < 0.5 * len(text) and not _looks_like_date_line(text):
                return el
        return None


def _self_and_ancestors(el: HtmlElement) -> Iterator[HtmlElement]:
    yield el
    yield from el.iterancestors()


def _names(el: HtmlElement) -> str:
    return f"{el.get('class', '')} {el.get('id', '')}".lower()


def _words(el: HtmlElement) -> list[tuple[str, list[str]]]:
    """Class/id tokens with their words: 'header__top news-x' -> [('header__top', ['header', 'top']), ...]."""
    return [(token, [w for w in re.split(r"[-_]+", token) if w]) for token in _names(el).split()]


def _zone_element(el: HtmlElement) -> bool:
    tag = el.tag
    if tag in ("nav", "footer", "aside"):
        return True
    if tag == "header":
        # An <header> inside an article is the article's own (title, date); the site's is not.
        return not any(a.tag in ("article", "main") for a in el.iterancestors())
    if tag == "marquee":
        return True
    for token, words in _words(el):
        if token in _ZONE_TOKENS:
            return True
        if set(words) & _ZONE_WORDS and not set(words) & _ARTICLE_WORDS:
            return True
    return False


def _is_furniture(el: HtmlElement) -> bool:
    for token, words in _words(el):
        if token in _FURNITURE_TOKENS or set(words) & _FURNITURE_WORDS:
            return True
    return _zone_element(el)


def _own_text(el: HtmlElement) -> tuple[str, int]:
    """The element's text outside its block children, and how much of it is link text."""
    parts = [el.text or ""]
    links = 0
    for child in el:
        if isinstance(child.tag, str) and child.tag in _INLINE and child.tag not in _SKIP_TAGS:
            inner = child.text_content()
            parts.append(inner)
            if child.tag == "a":
                links += len(normalize_inline(inner))
            else:
                links += sum(len(normalize_inline(a.text_content())) for a in child.iter("a"))
        parts.append(child.tail or "")
    return normalize_inline("".join(parts)), links


def _text(el: HtmlElement) -> str:
    return normalize_inline(el.text_content())


def _link_density(el: HtmlElement) -> float:
    total = len(_text(el))
    if not total:
        return 1.0
    return sum(len(_text(a)) for a in el.iter("a")) / total


def _canonical(sel: Selector, url: str) -> str:
    href = sel.css('link[rel="canonical"]::attr(href)').get("").strip()
    if href:
        absolute = urljoin(url, href)
        # Only the same host: a republished article may point at the original site.
        if urlsplit(absolute).hostname == urlsplit(url).hostname and absolute.startswith("http"):
            return absolute
    return url


# --- title ----------------------------------------------------------------------------


def _title(sel: Selector, page: _Page) -> tuple[HtmlElement | None, str]:
    """The title element and text: a heading that starts the document title, or the h1."""
    doc_titles = [
        normalize_inline(t)
        for t in (
            sel.css('meta[property="og:title"]::attr(content)').get(),
            sel.css('meta[name="twitter:title"]::attr(content)').get(),
            sel.xpath("//title/text()").get(),
        )
        if t and normalize_inline(t)
    ]
    prefixes: set[str] = set()
    for doc in doc_titles:
        prefixes.add(fold(doc))
        for match in _SEPARATORS.finditer(doc):
            prefixes.add(fold(doc[: match.start()]))
    candidates: list[tuple[HtmlElement, str]] = []
    for el in page.elements():
        if el.tag in ("h1", "h2", "h3", "h4") or _TITLE_HINT.search(_names(el)):
            text = _text(el)
            if 10 <= len(text) <= 400:
                candidates.append((el, text))
    matched = [(el, text) for el, text in candidates if fold(text) in prefixes]
    if matched:
        # The longest match: titles may themselves hold " - " ("chính trị - xã hội").
        el, text = max(matched, key=lambda m: (len(m[1]), -page.order[m[0]]))
        return el, text
    for el, text in candidates:
        if el.tag == "h1":
            return el, text
    if doc_titles:
        return None, _strip_site_name(doc_titles[0], sel)
    return None, ""


def _strip_site_name(title: str, sel: Selector) -> str:
    """'Title - Site name' -> 'Title' (og:site_name, or the last short segment)."""
    site = normalize_inline(sel.css('meta[property="og:site_name"]::attr(content)').get(""))
    if site:
        for sep in (" - ", " | ", " – ", " — "):
            if title.endswith(sep + site):
                return title[: -len(sep + site)]
    parts = re.split(r"\s+[|–—]\s+|\s+-\s+", title)
    if len(parts) >= 2 and len(parts[-1]) < len(title) / 2:
        return title[: title.rfind(parts[-1])].rstrip(" -|–—")
    return title


# --- date -----------------------------------------------------------------------------


def _looks_like_date_line(text: str) -> bool:
    """A short line that is mostly a date: 'Cập nhật: 12/10/2020 10:24', 'Thứ Bảy, 16/03/2024 06:30'."""
    if len(text) > 90 or not re.search(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}|\d{4}-\d{2}-\d{2}", text):
        return False
    residue = _DATE_BITS.sub(" ", text)
    words = re.findall(r"[^\W\d_]+", residue)
    return len(words) <= 6


def _date_candidates(page: _Page, within: Iterable[HtmlElement]) -> list[_Date]:
    found: list[_Date] = []
    taken: set[HtmlElement] = set()
    for el in within:
        if el in taken or page.in_today(el):
            continue
        hinted = el.tag == "time" or bool(_DATE_HINT.search(_names(el))) or bool(
            el.get("itemprop", "").lower() in ("datepublished", "datecreated")
        )
        text = _text(el)
        if not text and el.tag == "time" and el.get("datetime"):
            text = el.get("datetime", "")
        if not text or len(text) > (200 if hinted else 90):
            continue
        if not hinted and not _looks_like_date_line(text):
            continue
        parsed = parse_date_line(text, midnight_unknown=True)
        if parsed is None:
            continue
        el, parsed = _tightest(el, parsed)
        if el.tag == "time" and el.get("datetime") and not parsed.time_known:
            richer = parse_date_line(el.get("datetime"))
            if richer is not None and richer.time_known and richer.date == parsed.date:
                parsed = PublishedDate(richer.value, True, parsed.raw)
        found.append(_Date(parsed, el, hinted))
        taken.update(el.iter())
        for ancestor in el.iterancestors():
            taken.add(ancestor)
    return found


def _tightest(el: HtmlElement, parsed: PublishedDate) -> tuple[HtmlElement, PublishedDate]:
    """Narrow a date element to the child holding the same date and time when the rest of
    the line is more than a label (a view counter, a share bar): its text is the raw line."""
    while True:
        text = _text(el)
        for child in el:
            if not isinstance(child.tag, str):
                continue
            inner_text = _text(child)
            inner = parse_date_line(inner_text, midnight_unknown=True)
            if inner is not None and inner.value == parsed.value and re.search(r"\d", text.replace(inner_text, "")):
                el, parsed = child, inner
                break
        else:
            return el, parsed


def _date(
    page: _Page, title_el: HtmlElement | None, blocks: list[HtmlElement], first_para: HtmlElement | None
) -> _Date | None:
    """The publication date line: nearest after the title and before the body text."""
    order = page.order
    start = order[title_el] if title_el is not None else -1
    end = order[first_para] if first_para is not None else None
    if end is not None and end <= start:
        end = None  # title after the body's first paragraph: only look after the title
    elements = list(page.elements())
    after = [e for e in elements if order[e] > start and (end is None or order[e] < end)]
    if end is None and title_el is not None:
        after = after[:200]  # no body found: stay near the title
    if title_el is None and end is None:
        after = []
    found = _date_candidates(page, after)
    if found:
        return _prefer_timed(found)
    # A date line above the title, within the article's own block.
    if title_el is not None:
        block = _article_block(title_el, blocks[0] if blocks else None)
        before = [e for e in block.iter() if isinstance(e.tag, str) and order.get(e, 1 << 30) < start
                  and not page.in_zone(e) and e.tag not in _SKIP_TAGS]
        # Above the title a bare "Thứ Hai, 23/11/2026" is more likely a "today" line than
        # the article's date: take only lines with a time, or marked as a date.
        found = [d for d in _date_candidates(page, before) if d.parsed.time_known or d.hinted]
        if found:
            return found[-1]
    return None


def _prefer_timed(found: list[_Date]) -> _Date:
    """The first date line, unless a later one in the same header gives the time of that day."""
    first = found[0]
    if not first.parsed.time_known:
        for other in found[1:4]:
            if other.parsed.time_known and other.parsed.date == first.parsed.date:
                return other
    return first


def _article_block(title_el: HtmlElement, container: HtmlElement | None) -> HtmlElement:
    """The smallest ancestor of the title that also holds the body (or its grandparent)."""
    if container is not None:
        ancestors = set(container.iterancestors()) | {container}
        for a in title_el.iterancestors():
            if a in ancestors:
                return a
    parent = title_el.getparent()
    grand = parent.getparent() if parent is not None else None
    return grand if grand is not None else (parent if parent is not None else title_el)


_META_DATES = (
    'meta[property="article:published_time"]::attr(content)',
    'meta[property="og:article:published_time"]::attr(content)',
    'meta[itemprop="datePublished"]::attr(content)',
    '[itemprop="datePublished"]::attr(datetime)',
    'meta[name="pubdate"]::attr(content)',
    'meta[name="publishdate"]::attr(content)',
    'meta[name="publish-date"]::attr(content)',
    'meta[name="dc.date.issued"]::attr(content)',
    'meta[name="DC.date.issued"]::attr(content)',
    'meta[name="date"]::attr(content)',
)


def _date_from_metadata(sel: Selector, blocks: list[HtmlElement], url: str, article: Article) -> None:
    """No date line on the page: structured metadata, then htmldate (date only) over the
    page's head and the article alone: over the whole page it reads the header's "today"
    line or a related item's URL."""
    values = [v for q in _META_DATES if (v := sel.css(q).get())]
    for script in sel.css('script[type="application/ld+json"]::text').getall():
        values.extend(_json_ld_dates(script))
    for value in values:
        parsed = parse_date_line(value)
        if parsed is not None:
            article.published_at, article.published_raw, article.time_known = (
                parsed.value, normalize_inline(value), parsed.time_known)
            return
    page = document_fromstring("<html><head></head><body><p></p></body></html>")
    head = sel.root.find("head")
    if head is not None:
        page.replace(page.head, copy.deepcopy(head))
    page.body.remove(page.body[0])
    for block in blocks:
        page.body.append(copy.deepcopy(block))
    try:
        from htmldate import find_date

        found = find_date(page, extensive_search=False, original_date=True, url=url)
    except Exception:  # htmldate fails on odd markup; a missing date is reported by the caller
        found = None
    if found:
        article.published_at, article.published_raw, article.time_known = found, found, False


def _json_ld_dates(script: str) -> list[str]:
    try:
        data = json.loads(script)
    except ValueError:
        return []
    found: list[str] = []
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if isinstance(item.get("datePublished"), str):
                found.append(item["datePublished"])
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


# --- sapo, author, category, view count --------------------------------------------------


def _sapo(page: _Page, title_el: HtmlElement | None, blocks: list[HtmlElement]) -> tuple[HtmlElement | None, str]:
    """A lead paragraph the page marks as such (class/id 'sapo', 'summary', 'lead'...)."""
    start = page.order[title_el] if title_el is not None else -1
    limit = _end_order(page, blocks)
    for el in page.elements():
        order = page.order[el]
        if order <= start or (limit is not None and order > limit):
            continue
        if not _SAPO_HINT.search(_names(el)) or el in blocks or next(el.iter("img"), None) is not None:
            continue
        text = normalize_inline(once(el.text_content()))
        if len(text) >= 30 and _link_density(el) < 0.3:
            return el, text
    return None, ""


def _author(page: _Page, title_el: HtmlElement | None, blocks: list[HtmlElement]) -> str:
    """An element marked as the author between the title and the end of the article block."""
    start = page.order[title_el] if title_el is not None else -1
    end = _end_order(page, blocks)
    for el in page.elements():
        if page.order[el] <= start or (end is not None and page.order[el] > end):
            continue
        if _AUTHOR_HINT.search(_names(el)) or el.get("itemprop") == "author" or el.get("rel") == "author":
            if any(_is_furniture(d) for d in el.iterdescendants() if isinstance(d.tag, str)):
                continue  # an author bar with share buttons: its name, if any, is inside
            text = _text(el)
            # An author bar may also hold the date: only a name will do.
            if 2 <= len(text) <= 60 and not _NOT_AUTHOR.match(fold(text)) and not re.search(r"\d", text):
                return re.sub(r"^(?:tác giả|bài|tin|ảnh)\s*:\s*", "", text, flags=re.I)
    return ""


def _end_order(page: _Page, blocks: list[HtmlElement]) -> int | None:
    """The document position of the article blocks' last descendant."""
    if not blocks:
        return None
    last = blocks[-1]
    for last in blocks[-1].iter():  # noqa: B007 - walk to the last one
        pass
    return page.order.get(last)


def _category(sel: Selector, title: str) -> str:
    """The last breadcrumb item that is neither home nor the title; else article:section."""
    crumbs: list[str] = []
    for el in sel.xpath("//*[@class or @id]"):
        names = f"{el.attrib.get('class', '')} {el.attrib.get('id', '')}"
        if _BREADCRUMB.search(names):
            items = [normalize_inline(t) for t in el.xpath(".//text()[not(ancestor::script)]").getall()]
            crumbs = [c for c in items if re.search(r"[^\W\d_]", c)]
            if crumbs:
                break
    crumbs = [c for c in crumbs if fold(c) not in ("trang chu", "home", "trang nhat") and c != title]
    if crumbs:
        return crumbs[-1]
    return normalize_inline(sel.css('meta[property="article:section"]::attr(content)').get(""))


def _view_count(
    page: _Page, date: _Date | None, title_el: HtmlElement | None, first_para: HtmlElement | None
) -> int | None:
    """A counter beside the date line or between the title and the body; never a related item's."""
    if date is not None:
        for el in (date.element, date.element.getparent()):
            if el is not None and len(_text(el)) <= 200:
                count = view_count(_text(el))
                if count is not None:
                    return count
    if title_el is None:
        return None
    start = page.order[title_el]
    end = page.order[first_para] if first_para is not None else start + 200
    for el in page.elements():
        if start < page.order[el] < end:
            text = _text(el)
            if len(text) <= 80:
                count = view_count(text)
                if count is not None:
                    return count
    return None


# --- body -----------------------------------------------------------------------------


def _body(
    blocks: list[HtmlElement], base_url: str, page: _Page, drop: list[HtmlElement]
) -> tuple[list[str], list[Image], set[str]]:
    """Paragraphs, captioned images and signature-styled lines of the article blocks."""
    dropped = {id(e) for e in drop}
    tree = fragment_fromstring("<div></div>")
    for block in blocks:
        # Mark what must go before copying: copies lose identity with the page's elements.
        marks = set()
        for el in block.iter():
            if isinstance(el.tag, str) and (
                id(el) in dropped or (el is not block and (_is_furniture(el) or page.is_zone_itself(el)))
            ):
                marks.add(id(el))
        clone = copy.deepcopy(block)
        for original, copied in zip(block.iter(), clone.iter(), strict=True):
            if id(original) in marks:
                copied.set("data-danvan-drop", "1")
        tree.append(clone)
    for el in list(tree.iter()):
        if isinstance(el.tag, str) and el.get("data-danvan-drop") and el.getparent() is not None:
            _remove(el)
    _cut_related(tree)
    images = _take_images(tree, base_url)
    signatures = _signatures(tree)
    fragment = etree.tostring(tree, encoding="unicode", method="html")
    paragraphs, more = body_and_images(fragment, base_url)
    images.extend(more)
    return paragraphs, images, signatures


def _remove(el: HtmlElement) -> None:
    """Remove an element but keep the text after it (lxml keeps tails with the element)."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail and tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _stop_phrase(text: str) -> bool:
    key = fold(text).strip(" :.-–»>")
    return len(key) <= 45 and any(key == s or key.startswith(s + " ") or key.startswith(s + ":") for s in _STOPS)


def _cut_related(tree: HtmlElement) -> None:
    """A 'Tin liên quan' / 'Các tin khác' heading: drop its box of links, or cut the rest."""
    for el in list(tree.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None or not _attached(el, tree):
            continue
        text = _text(el)
        if not text or not _stop_phrase(text) or (len(el) and _text(el[0]) == text and el[0].tag != "br"):
            continue  # not a heading, or the heading is a child (visited next)
        box = el.getparent()
        while box is not None and box is not tree and _text(box) == text:
            el, box = box, box.getparent()
        if box is not None and box is not tree and _link_density_without(box, text) >= 0.5:
            _remove(box)  # a related box inside the text: the text goes on after it
            continue
        following = _next_block(el)
        if following is not None and _link_density(following) >= 0.5 and _next_block(following) is not None:
            _remove(following)  # heading + list of links, with text after them
            _remove(el)
            continue
        # Nothing marks where the list ends: everything from the heading on is furniture.
        for later in list(el.itersiblings()):
            _remove(later)
        parent = el.getparent()
        _remove(el)
        while parent is not None and parent is not tree:
            for later in list(parent.itersiblings()):
                _remove(later)
            parent = parent.getparent()


def _attached(el: HtmlElement, tree: HtmlElement) -> bool:
    return any(a is tree for a in _self_and_ancestors(el))


def _link_density_without(box: HtmlElement, heading: str) -> float:
    total = len(_text(box)) - len(heading)
    if total <= 0:
        return 1.0
    return sum(len(_text(a)) for a in box.iter("a")) / total


def _image_url(img: HtmlElement, base_url: str) -> str:
    for attr in ("data-src", "data-original", "data-lazy-src", "src"):
        src = (img.get(attr) or "").strip()
        if src and not src.startswith("data:"):
            return urljoin(base_url, src)
    return ""


def _junk_image(img: HtmlElement, url: str) -> bool:
    if not url or _JUNK_IMAGE.search(unquote(urlsplit(url).path).lower()):
        return True
    for attr in ("width", "height"):
        value = re.match(r"\d+", img.get(attr, ""))
        if value and int(value.group(0)) < 60:
            return True
    return False


def _block_of(el: HtmlElement, tree: HtmlElement) -> HtmlElement:
    """The nearest ancestor that is not inline (the paragraph an image sits in)."""
    block = el.getparent()
    while block is not None and block is not tree and block.tag in _INLINE:
        block = block.getparent()
    return block if block is not None else tree


def _is_caption_styled(el: HtmlElement) -> bool:
    """Italic, centred (and not a bold sub-heading), or a class that says caption."""
    if _AUTHOR_HINT.search(_names(el)):
        return False
    if _CAPTION_HINT.search(_names(el)):
        return True
    style = (el.get("style") or "").replace(" ", "").lower()
    text = _text(el)
    italic = "font-style:italic" in style or (
        text and normalize_inline("".join(_text(i) for i in el.iter("em", "i"))) == text
    )
    centred = "text-align:center" in style or el.get("align", "").lower() == "center" or "center" in _names(el)
    return bool(italic or centred)


def _next_block(el: HtmlElement) -> HtmlElement | None:
    """The next sibling element with text or an image, skipping empty ones (<p>&nbsp;</p>);
    None when text stands between them (a caption is right under its image)."""
    if normalize_inline(el.tail):
        return None
    for sibling in el.itersiblings():
        if not isinstance(sibling.tag, str):
            if normalize_inline(sibling.tail):
                return None
            continue
        if _text(sibling) or next(sibling.iter("img"), None) is not None:
            return sibling
        if normalize_inline(sibling.tail):
            return None
    return None


def _take_images(tree: HtmlElement, base_url: str) -> list[Image]:
    """Images with their captions, taken out of the tree (captions and all)."""
    images: list[Image] = []
    seen: set[str] = set()
    for img in list(tree.iter("img")):
        if not _attached(img, tree):
            continue  # went with an earlier image's caption block
        url = _image_url(img, base_url)
        if _junk_image(img, url):
            _remove(img)
            continue
        caption, remove = _caption_of(img, tree)
        alt = normalize_inline(img.get("alt") or img.get("title") or "")
        if not caption and len(alt) > 20 and not re.search(r"\.(jpe?g|png|gif|webp)$", alt, re.I):
            caption = alt
        for el in remove:
            if _attached(el, tree):
                _remove(el)
        if _attached(img, tree):
            _remove(img)
        if url in seen:
            continue
        seen.add(url)
        images.append(Image(url, caption))
    return images


def _caption_of(img: HtmlElement, tree: HtmlElement) -> tuple[str, list[HtmlElement]]:
    """The caption of one image and the elements to remove with it."""
    figure = next((a for a in img.iterancestors("figure") if _attached(a, tree)), None)
    if figure is not None:
        cap = next(figure.iter("figcaption"), None)
        text = _text(cap) if cap is not None else _text(figure)
        return once(text), [figure]
    table = next((a for a in img.iterancestors("table")), None)
    if table is not None and _attached(table, tree) and table is not tree:
        rows = len(list(table.iter("tr")))
        text = _text(table)
        if rows <= 4 and len(text) <= 400 and len(list(table.iter("img"))) <= 2:
            return once(text), [table]
    block = _block_of(img, tree)
    if block is not tree:
        text = _text(block)
        if text and len(text) <= 300 and len(list(block.iter("img"))) == 1:
            return once(text), [block]
        if not text:
            following = _next_block(block)
            if following is not None and next(following.iter("img"), None) is None:
                caption = _text(following)
                if caption and len(caption) <= 300 and _is_caption_styled(following):
                    remove = [block, following]
                    last = following
                    for _ in range(3):
                        twin = _next_block(last)
                        if twin is None or next(twin.iter("img"), None) is not None:
                            break
                        more = _text(twin)
                        if more == caption:  # printed twice
                            remove.append(twin)
                            break
                        # "Ảnh: Thu Lan", or the caption going on in the next line ("chúc mừng ...")
                        if _is_caption_styled(twin) and (_is_photo_credit(more) or (
                                len(more) <= 150 and more[:1].islower())):
                            caption = f"{caption} {more}"
                            remove.append(twin)
                            last = twin
                            continue
                        break
                    return caption, remove
            return "", [block]
    return "", []


def _is_photo_credit(text: str) -> bool:
    return len(text) <= 60 and bool(re.match(r"^\(?\s*(?:anh|nguon anh|photo)\s*:", fold(text)))


def _signatures(tree: HtmlElement) -> set[str]:
    """Short lines styled as a byline (bold or right-aligned): candidates for the author."""
    found: set[str] = set()
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in _INLINE:
            continue
        text, _ = _own_text(el)
        if not text or len(text) > 40 or len(text.split()) > 6:
            continue
        style = (el.get("style") or "").replace(" ", "").lower()
        right = "text-align:right" in style or el.get("align", "").lower() == "right"
        bold = normalize_inline("".join(_text(b) for b in el.iter("strong", "b", "em", "i"))) == text
        if right or bold or _AUTHOR_HINT.search(_names(el)):
            found.add(text)
    return found


def _clean_paragraphs(paragraphs: list[str], skip_texts: set[str], images: list[Image]) -> list[str]:
    """Drop buttons, counters, date lines, captions and repeats; stop at related lists."""
    skips = {fold(t) for t in skip_texts} | {fold(i.caption) for i in images if i.caption}
    kept: list[str] = []
    for para in paragraphs:
        key = fold(para)
        if _stop_phrase(para):
            break
        if key in skips or key in _SKIPS or (kept and kept[-1] == para):
            continue
        if len(para) <= 60 and view_count(para) is not None:
            continue  # "1.234 lượt xem"
        # A date line before the text, or one with a time of day (body text has neither).
        if _looks_like_date_line(para) and (not kept or re.search(r"\d{1,2}[:h]\d{2}", para)):
            continue
        if not re.search(r"[^\W_]", para):  # punctuation or symbols only
            continue
        kept.append(para)
    return kept


def _tail(paragraphs: list[str], signatures: set[str], has_images: bool) -> tuple[list[str], str, str]:
    """Take a 'Theo ...' credit and a trailing signature off the end of the body."""
    credit = author = ""
    paragraphs = list(paragraphs)
    for _ in range(4):
        if not paragraphs:
            break
        last = paragraphs[-1]
        found = source_credit(last) if len(last) <= 80 else ""
        if found and not credit:
            credit = found
            paragraphs.pop()
            continue
        if has_images and len(last) <= 80 and last.endswith(":") and len(paragraphs) > 1:
            paragraphs.pop()  # "Một số hình ảnh:" over a gallery, now in `images`
            continue
        if last in signatures and not re.search(r"\d|[:;,]$", last) and len(paragraphs) > 1:
            if not _NOT_AUTHOR.match(fold(last)):
                author = last  # the run of signature lines: the one nearest the text wins
            elif author:
                break  # a photo credit before the byline belongs to the text
            paragraphs.pop()
            continue
        break
    return paragraphs, credit, author


# --- trafilatura fallbacks ------------------------------------------------------------------


def _trafilatura_paragraphs(html: str, url: str) -> list[str]:
    """Body paragraphs from trafilatura, for layouts the scoring above does not recognise."""
    try:
        from trafilatura import bare_extraction

        doc = bare_extraction(
            html, url=url, favor_precision=True, include_comments=False, include_tables=False,
            include_images=False, with_metadata=False,
        )
    except Exception:  # trafilatura raises on some broken pages; the body is then empty
        return []
    text = getattr(doc, "text", None) if doc is not None else None
    return [p for p in (normalize_inline(line) for line in (text or "").split("\n")) if p]


def _trafilatura_title(html: str, url: str) -> str:
    try:
        from trafilatura import bare_extraction

        doc = bare_extraction(html, url=url, with_metadata=True, only_with_metadata=False)
    except Exception:  # as above
        return ""
    return normalize_inline(getattr(doc, "title", "") or "") if doc is not None else ""
