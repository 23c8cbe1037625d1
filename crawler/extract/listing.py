"""The generic listing layer: article links and the next page of any listing, by shape, not by class.

Used when a platform's listing selectors find no article link (or no next page) on a page
that should have them: a redesign moved the links into new markup or gave the articles a
new URL shape. A headline link is a link on the portal's own site whose text reads like a
headline (several words) outside the site's header, menus, sidebars and footer; the next
page is the link marked rel=next, labelled as the next page, or numbered one past the
current page in a pager. Pure functions of the page.
"""

from __future__ import annotations

import re
from urllib.parse import urldefrag, urljoin, urlsplit

from lxml.html import HtmlElement
from parsel import Selector

from crawler.core.text import fold, normalize_inline

MIN_HEADLINE_WORDS = 6
# Furniture by tag, or by a word of the class or id.
_FURNITURE_TAGS = frozenset({"header", "nav", "footer", "aside"})
_FURNITURE = re.compile(r"(?<![a-z])(?:menu|nav|navbar|footer|header|sidebar|breadcrumbs?|banner|top-?bar|"
                        r"tags?|share|social|lien-ket|link-?web)(?![a-z])")
_NEXT_LABELS = frozenset({"sau", "tiep", "tiep theo", "trang sau", "trang tiep", "xem tiep", "next", ">", ">>", "»",
                          "›", "trang ke", "ke tiep"})
_CURRENT = re.compile(r"(?<![a-z])(?:active|current|selected)(?![a-z])")


def headline_links(sel: Selector, url: str) -> list[str]:
    """Links of the page's site that read like headlines, outside its furniture, each once, in order."""
    host = (urlsplit(url).hostname or "").lower()
    here = urldefrag(url)[0]
    found: list[str] = []
    for anchor in sel.root.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or href.lower().startswith(("javascript:", "mailto:", "tel:", "#")):
            continue
        link = urldefrag(urljoin(url, href))[0]
        if (urlsplit(link).hostname or "").lower() != host or link == here or link in found:
            continue
        text = normalize_inline(anchor.text_content() or anchor.get("title") or "")
        if len(text.split()) < MIN_HEADLINE_WORDS or _in_furniture(anchor):
            continue
        found.append(link)
    return _dominant_shape(found)


def _dominant_shape(links: list[str]) -> list[str]:
    """The links of the most common URL shape: a listing's articles share one; stray headline-like
    links (a sidebar's categories, a banner's campaign) do not."""
    groups: dict[tuple[str, ...], list[str]] = {}
    for link in links:
        groups.setdefault(_shape(link), []).append(link)
    if not groups:
        return []
    largest = max(len(g) for g in groups.values())
    keep = {shape for shape, group in groups.items() if len(group) == largest}
    return [link for link in links if _shape(link) in keep]


def _shape(url: str) -> tuple[str, ...]:
    """A URL's shape: its folders, and whether the last segment has digits and which extension."""
    parts = urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    last = segments[-1] if segments else ""
    extension = last.rsplit(".", 1)[1] if "." in last else ""
    return (*segments[:-1], "#" if re.search(r"\d", last) else "a", extension, "?" if parts.query else "")


def next_page(sel: Selector, url: str) -> list[str]:
    """The listing's next page: rel=next, a "next" label, or the number after the current one."""
    candidates: list[str] = []
    for anchor in sel.root.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or href.lower().startswith(("javascript:", "#")):
            continue
        label = fold(normalize_inline(anchor.text_content() or anchor.get("title") or "")).strip()
        if "next" in (anchor.get("rel") or "").split() or label in _NEXT_LABELS:
            candidates.append(urljoin(url, href))
    if not candidates:
        candidates = _numbered_next(sel, url)
    here = urldefrag(url)[0]
    return [c for c in dict.fromkeys(urldefrag(c)[0] for c in candidates) if c != here][:1]


def _numbered_next(sel: Selector, url: str) -> list[str]:
    """The link numbered one past the element marked current (active) among numbered links."""
    for current in sel.root.iter():
        if not isinstance(current.tag, str) or not _CURRENT.search((current.get("class") or "").lower()):
            continue
        number = normalize_inline(current.text_content() or "")
        if not number.isdigit():
            continue
        wanted = str(int(number) + 1)
        pager = current.getparent()
        for _ in range(3):  # the pager is a near ancestor of the current page's mark
            if pager is None:
                break
            for anchor in pager.iter("a"):
                if normalize_inline(anchor.text_content() or "") == wanted and anchor.get("href"):
                    return [urljoin(url, anchor.get("href").strip())]
            pager = pager.getparent()
    return []


def _in_furniture(el: HtmlElement) -> bool:
    for node in (el, *el.iterancestors()):
        if node.tag in ("body", "html"):  # a layout class on <body> ("has-sidebar") names no box
            break
        if node.tag in _FURNITURE_TAGS:
            return True
        names = f"{node.get('class') or ''} {node.get('id') or ''}".lower()
        if names.strip() and _FURNITURE.search(names):
            return True
    return False
