"""Furniture removal and text helpers shared by the platform extractors.

The page is parsed once with Scrapy's selectors; only the article fragment is handed to
BeautifulSoup here, where cutting furniture out of a small tree is simple and cheap.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import urljoin

from bs4 import BeautifulSoup, NavigableString, Tag
from parsel import Selector, SelectorList

from crawler.dates import PublishedDate
from crawler.items import Image
from crawler.text import fold, normalize, normalize_inline

# Never article text, whatever the platform.
ALWAYS_DROP = ("script", "style", "noscript", "iframe", "form", "button", "svg", "input", "select", "template")
_BLOCKS = (
    "p", "div", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
    "blockquote", "pre", "table", "tr", "figure", "figcaption", "header", "footer", "aside", "center",
)
_CREDIT = re.compile(r"^\(?\s*(?:theo|nguồn)\s*[:\-]?\s*(.+?)\s*\)?\.?$", re.I)
_COUNT = re.compile(r"(?:view count|lượt xem|lượt đọc|số lượt xem)\s*:?\s*([\d.,]+)", re.I)
_COUNT_AFTER = re.compile(r"([\d.,]+)\s*lượt xem", re.I)


def text_of(node: Selector | SelectorList | None) -> str:
    """The node's text on one line, normalised; '' for nothing."""
    if node is None:
        return ""
    if isinstance(node, SelectorList):
        return normalize_inline(" ".join(n.xpath("string()").get("") for n in node))
    return normalize_inline(node.xpath("string()").get(""))


def first_text(sel: Selector, *css: str) -> str:
    """Text of the first selector in `css` that matches something non-empty."""
    for query in css:
        value = text_of(sel.css(query)[:1])
        if value:
            return value
    return ""


def once(text: str) -> str:
    """A text that the CMS printed several times in a row, kept once."""
    lines = [line for line in normalize(text).split("\n") if line.strip()]
    if len(lines) > 1 and len(set(lines)) == 1:
        return lines[0]
    flat = normalize_inline(text)
    for k in (3, 2):
        size = (len(flat) - (k - 1)) // k
        if size > 10 and all(
            flat[i * (size + 1): i * (size + 1) + size] == flat[:size] for i in range(k)
        ) and len(flat) == k * size + (k - 1):
            return flat[:size]
    return flat if len(lines) <= 1 else " ".join(dict.fromkeys(lines))


def source_credit(line: str) -> str:
    """'Theo CTTĐT' -> 'CTTĐT'; '' when the line is not a credit."""
    match = _CREDIT.match(normalize_inline(line))
    if match and len(match.group(1)) <= 60:
        return match.group(1).rstrip(".")
    return ""


def view_count(text: str) -> int | None:
    """The view count in 'View count: 2192' or '6.889 lượt xem'."""
    line = normalize_inline(text)
    # The labelled form first: in "16:05 Lượt xem: 1.113" the "05" is not the count.
    match = _COUNT.search(line) or _COUNT_AFTER.search(line)
    if not match:
        return None
    digits = re.sub(r"[.,\s]", "", match.group(1))
    return int(digits) if digits.isdigit() else None


def body_and_images(
    fragment: str,
    base_url: str,
    *,
    drop: Iterable[str] = (),
    caption_css: Iterable[str] = (),
    stop_at: Iterable[str] = (),
    skip: Iterable[str] = (),
) -> tuple[list[str], list[Image]]:
    """Paragraphs and captioned images of an article fragment.

    drop: CSS selectors of furniture inside the fragment; caption_css: elements that are
    image captions (taken out of the body, each kept once); stop_at: paragraphs (matched
    accent-free, by prefix) where the article ends and related lists begin; skip: exact
    paragraphs to leave out (share buttons and the like), matched accent-free.
    """
    soup = BeautifulSoup(fragment, "lxml")
    for tag in soup.find_all(ALWAYS_DROP):
        tag.decompose()
    for query in drop:
        for tag in soup.select(query):
            tag.decompose()
    images = _take_images(soup, base_url, tuple(caption_css))
    # Line breaks in the HTML source are spaces: only <br> and blocks break paragraphs.
    for string in soup.find_all(string=True):
        if type(string) is NavigableString and "\n" in string and string.find_parent("pre") is None:
            string.replace_with(re.sub(r"[ \t\r\n\f]+", " ", str(string)))
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for tag in soup.find_all(_BLOCKS):
        tag.insert_before("\n\n")
        tag.insert_after("\n\n")
    stops = [fold(s) for s in stop_at]
    skips = {fold(s) for s in skip}
    captions = {fold(i.caption) for i in images if i.caption}
    paragraphs: list[str] = []
    for chunk in re.split(r"\n\s*\n", soup.get_text()):
        para = normalize_inline(chunk)
        if not para:
            continue
        key = fold(para)
        if any(key.startswith(s) for s in stops):
            break
        if key in skips or key in captions or (paragraphs and paragraphs[-1] == para):
            continue
        paragraphs.append(para)
    return paragraphs, images


def _take_images(soup: BeautifulSoup, base_url: str, caption_css: tuple[str, ...]) -> list[Image]:
    """Collect images with their captions and remove the captions from the tree."""
    images: list[Image] = []
    seen: dict[str, Image] = {}

    def add(img: Tag | None, caption: str) -> None:
        src = img.get("data-src") or img.get("src") if img else None
        url = urljoin(base_url, str(src)) if src else ""
        caption = normalize_inline(caption)
        key = url or caption
        if not key:
            return
        if key in seen:
            if caption and not seen[key].caption:
                seen[key].caption = caption
            return
        seen[key] = Image(url, caption)
        images.append(seen[key])

    for figure in soup.find_all("figure"):
        cap = figure.find("figcaption")
        add(figure.find("img"), cap.get_text(" ") if cap else "")
        figure.decompose()
    for query in caption_css:
        for cap in soup.select(query):
            if cap.decomposed:
                continue
            img = cap.find_previous("img")
            text = cap.get_text(" ")
            # A caption printed twice in a row is one caption.
            nxt = cap.find_next_sibling()
            while nxt is not None and normalize_inline(nxt.get_text(" ")) == normalize_inline(text):
                following = nxt.find_next_sibling()
                nxt.decompose()
                nxt = following
            add(img if img is not None and not img.decomposed else None, text)
            cap.decompose()
    for img in soup.find_all("img"):
        add(img, img.get("alt", "") if img.get("alt") and len(str(img.get("alt"))) > 20 else "")
        img.decompose()
    return images


def date_fields(published: PublishedDate | None, raw: str) -> dict[str, Any]:
    """Article keyword arguments for a date line: parsed value, the raw line, time known."""
    if published is None:
        return {"published_at": "", "published_raw": "", "time_known": False}
    return {"published_at": published.value, "published_raw": raw, "time_known": published.time_known}


def join_body(paragraphs: Iterable[str]) -> str:
    return "\n\n".join(paragraphs)


# Script elements end at the first "</script" whatever they hold (the HTML parsing rule).
_SCRIPT = re.compile(r"<script\b([^>]*)>.*?</script\s*>", re.I | re.S)
# Data blocks (JSON-LD and the like) are not run, and extractors read dates from them.
_DATA_BLOCK = re.compile(r"""\btype\s*=\s*["']?[^"'\s>]*json""", re.I)


def without_scripts(html: str) -> str:
    """The page without its <script> elements: their code is never article text, even when a
    portal (or an injected payload) puts one inside a title or paragraph. JSON data blocks stay."""
    if "<script" not in html.lower():
        return html
    return _SCRIPT.sub(lambda m: m.group(0) if _DATA_BLOCK.search(m.group(1)) else "", html)
