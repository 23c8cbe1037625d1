"""What a page declares about itself: Open Graph, article:* meta, JSON-LD, microdata, <time>, canonical.

The second of the three extraction layers (crawler.extract.layers): the platform's
selectors come first, this second, the generic extractor last. Declarations survive a
template redesign better than class names do, because publishers keep them for search
engines and social sites; but they are often partial or generic (a site-wide og:title),
so a declared value is only used when the page has one that names this article.
Pure functions of the page.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

from parsel import Selector

from crawler.core.dates import PublishedDate, parse_date_line
from crawler.core.text import normalize, normalize_inline

# JSON-LD types that describe an article page.
ARTICLE_TYPES = frozenset({"Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting",
                           "WebPage", "GovernmentService"})
_TITLE = ('meta[property="og:title"]::attr(content)', 'meta[name="twitter:title"]::attr(content)',
          '[itemprop="headline"]::attr(content)', '[itemprop="headline"] ::text')
_PUBLISHED = ('meta[property="article:published_time"]::attr(content)',
              'meta[itemprop="datePublished"]::attr(content)', '[itemprop="datePublished"]::attr(datetime)',
              'meta[name="pubdate"]::attr(content)', 'meta[name="publish-date"]::attr(content)',
              'meta[name="dc.date.issued"]::attr(content)', 'meta[name="DC.date.issued"]::attr(content)')
_MODIFIED = ('meta[property="article:modified_time"]::attr(content)',
             'meta[itemprop="dateModified"]::attr(content)', '[itemprop="dateModified"]::attr(datetime)')
_DESCRIPTION = ('meta[property="og:description"]::attr(content)', 'meta[name="description"]::attr(content)',
                '[itemprop="description"]::attr(content)')
_AUTHOR = ('meta[name="author"]::attr(content)', 'meta[property="article:author"]::attr(content)',
           '[itemprop="author"] [itemprop="name"]::text', '[itemprop="author"]::attr(content)')


@dataclass
class Declared:
    """The fields a page declares; empty where it declares nothing."""

    title: str = ""
    published: PublishedDate | None = None
    modified: PublishedDate | None = None
    description: str = ""
    canonical: str = ""
    author: str = ""
    html_title: str = ""  # the <title>: the article's title and, usually, the site's name
    body: str = ""  # JSON-LD articleBody or an itemprop="articleBody" element, paragraphs split by a blank line
    sources: dict[str, str] = field(default_factory=dict)  # field -> where it was declared (for drift reports)


def declared(sel: Selector, url: str) -> Declared:
    """Every declaration of the page, the first of each kind in the order above (JSON-LD after meta)."""
    found = Declared()
    ld = _json_ld_articles(sel)
    found.html_title = normalize_inline(sel.css("title::text").get() or "")
    found.title, found.sources["title"] = _first(sel, _TITLE, [("headline", ld), ("name", ld)])
    found.title = _without_site_name(found.title, normalize_inline(
        sel.css('meta[property="og:site_name"]::attr(content)').get() or ""))
    raw, found.sources["published"] = _first(sel, _PUBLISHED, [("datePublished", ld)], time_element=True)
    found.published = _date(raw)
    raw, found.sources["modified"] = _first(sel, _MODIFIED, [("dateModified", ld)])
    found.modified = _date(raw)
    found.description, found.sources["description"] = _first(sel, _DESCRIPTION, [("description", ld)])
    found.author, found.sources["author"] = _first(sel, _AUTHOR, [("author", ld)])
    canonical = sel.css('link[rel="canonical"]::attr(href)').get() or sel.css(
        'meta[property="og:url"]::attr(content)').get() or ""
    found.canonical = urljoin(url, canonical.strip()) if canonical.strip() else ""
    # articleBody keeps its line breaks: they are the paragraphs.
    body = next((b for obj in ld if isinstance(b := obj.get("articleBody"), str) and b.strip()), "")
    found.sources["body"] = "JSON-LD articleBody" if body else ""
    if not body:
        paragraphs = [normalize_inline(" ".join(p.css("::text").getall()))
                      for p in sel.css('[itemprop="articleBody"] p')]
        body = "\n\n".join(p for p in paragraphs if p)
        found.sources["body"] = 'itemprop="articleBody"' if body else ""
    found.body = "\n\n".join(normalize_inline(p) for p in normalize(body).split("\n") if p.strip())
    found.sources = {k: v for k, v in found.sources.items() if v}
    return found


def _first(sel: Selector, css: tuple[str, ...], ld_keys: list[tuple[str, list[dict[str, Any]]]],
           time_element: bool = False) -> tuple[str, str]:
    """The first non-empty declared value and where it was: meta/microdata, then JSON-LD, then <time>."""
    for query in css:
        value = normalize_inline(" ".join(sel.css(query).getall()) if query.endswith("::text")
                                 else sel.css(query).get() or "")
        if value:
            return value, query.split("::")[0].strip()
    for key, objects in ld_keys:
        for obj in objects:
            value = _ld_text(obj.get(key))
            if value:
                return value, f"JSON-LD {key}"
    if time_element:
        # A <time datetime> inside the article or marked pubdate; else the page's only one (never
        # one of several outside the article: a header's clock, a sidebar's dates).
        times = [t for t in sel.css("article time::attr(datetime), time[pubdate]::attr(datetime)").getall()
                 if t.strip()]
        if not times:
            everywhere = [t for t in sel.css("time::attr(datetime)").getall() if t.strip()]
            times = everywhere if len(everywhere) == 1 and not sel.css("time[pubdate]") else []
        if times:
            return normalize_inline(times[0]), "<time datetime>"
    return "", ""


def _without_site_name(title: str, site: str) -> str:
    """'Title - Site name' -> 'Title', when the page names its site (og:site_name)."""
    if site:
        for separator in (" - ", " | ", " – ", " — "):
            if title.endswith(separator + site):
                return title[: -len(separator + site)].rstrip()
    return title


def _ld_text(value: Any) -> str:
    if isinstance(value, str):
        return normalize_inline(value)
    if isinstance(value, dict):
        return _ld_text(value.get("name"))
    if isinstance(value, list):
        return ", ".join(t for t in (_ld_text(v) for v in value) if t)
    return ""


def _json_ld_articles(sel: Selector) -> list[dict[str, Any]]:
    """The JSON-LD objects of article types, in page order (inside @graph and lists too)."""
    found: list[dict[str, Any]] = []
    for script in sel.css('script[type="application/ld+json"]::text').getall():
        try:
            data = json.loads(script)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack[:0] = item
            elif isinstance(item, dict):
                kinds = item.get("@type")
                kinds = set(kinds) if isinstance(kinds, list) else {kinds}
                if kinds & ARTICLE_TYPES:
                    found.append(item)
                if isinstance(item.get("@graph"), list):
                    stack[:0] = item["@graph"]
    # A news article's own declaration before a generic WebPage's.
    return sorted(found, key=lambda o: "WebPage" in str(o.get("@type")))


def _date(raw: str) -> PublishedDate | None:
    return parse_date_line(raw) if raw else None
