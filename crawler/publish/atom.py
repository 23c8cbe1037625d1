"""Atom 1.0 feeds of articles: the one writer behind every feed the project serves.

The articles table's `.feed`, a saved search's `.atom` and the search page's `.atom` differ
in what they select and in which time an entry is dated by; the document is the same.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from xml.etree import ElementTree as ET

from datasette.utils.asgi import Response

from crawler.core import clock

ATOM = "http://www.w3.org/2005/Atom"
CONTENT_TYPE = "application/atom+xml; charset=utf-8"


@dataclass(frozen=True)
class FeedEntry:
    """One article of a feed."""

    link: str  # its page on this site: the entry's id and alternate link
    title: str
    updated: str  # RFC 3339
    published: str | None = None
    original: str | None = None  # the article on its portal (a related link)
    author: str | None = None
    categories: Sequence[tuple[str, str]] = ()  # (term, label)
    summary: str | None = None
    content_html: str | None = None


def _element(parent: ET.Element, name: str, text: str | None = None, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{name}", attributes)
    if text is not None:
        element.text = text
    return element


def newest(times: Sequence[str], default: str | None = None) -> str:
    """The latest of RFC 3339 times (compared as times, not text), `default` or now when there are none."""
    if not times:
        return default or clock.now_iso()
    return max(times, key=lambda t: dt.datetime.fromisoformat(t.replace("Z", "+00:00")))


def atom_response(title: str, self_url: str, entries: Sequence[FeedEntry], *, updated: str | None = None,
                  alternate: str | None = None, author: str | None = None, subtitle: str | None = None) -> Response:
    """The feed as an HTTP response; `updated` defaults to its newest entry's (now without entries)."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    _element(feed, "title", title, type="text")
    if subtitle:
        _element(feed, "subtitle", subtitle, type="text")
    _element(feed, "id", self_url)
    _element(feed, "link", rel="self", type="application/atom+xml", href=self_url)
    if alternate:
        _element(feed, "link", rel="alternate", type="text/html", href=alternate)
    _element(feed, "updated", updated or newest([e.updated for e in entries]))
    if author:
        _element(_element(feed, "author"), "name", author)
    for item in entries:
        entry = _element(feed, "entry")
        _element(entry, "id", item.link)
        _element(entry, "title", item.title, type="text")
        _element(entry, "link", rel="alternate", type="text/html", href=item.link)
        if item.original:
            _element(entry, "link", rel="related", type="text/html", href=item.original)
        _element(entry, "updated", item.updated)
        if item.published:
            _element(entry, "published", item.published)
        if item.author:
            _element(_element(entry, "author"), "name", item.author)
        for term, label in item.categories:
            _element(entry, "category", term=term, label=label)
        if item.summary:
            _element(entry, "summary", item.summary, type="text")
        if item.content_html:
            _element(entry, "content", item.content_html, type="html")
    body = ET.tostring(feed, encoding="unicode")
    return Response(f'<?xml version="1.0" encoding="utf-8"?>\n{body}', content_type=CONTENT_TYPE)
