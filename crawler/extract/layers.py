"""Layered extraction: each field from the platform's selectors, else the page's declarations, else generic.

A template redesign breaks class selectors first; what a page declares about itself
(crawler.extract.metadata) and the generic heuristics (crawler.extract.generic) still
read most pages. `layered` fills each missing field from the next layer down, records
which layer gave each field (`Article.field_sources`), and reports where the platform
layer and the page's declarations disagree on the title or the date (`Layered.drift`):
the first sign of a template change that a selector still "matches".

On a date disagreement the page's declaration is kept (its CMS writes it from its
database; the selector is what moved); on a title disagreement the platform's heading is
kept (declared titles are often shortened for social sites). Known disagreements that are
not drift: Liferay's "12:00 AM" placeholder (the platform
says the time is unknown: only the day is compared), time zones (instants are compared),
a declared title that is the site's name rather than the article's, and a declared title
that carries the site name after the article's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from parsel import Selector

from crawler.core.dates import TIMEZONE, PublishedDate
from crawler.core.items import Article
from crawler.core.text import fold
from crawler.extract.generic import extract_generic
from crawler.extract.metadata import Declared, declared

PLATFORM, METADATA, GENERIC = "platform", "metadata", "generic"
# The fields whose layer is recorded, in the order they are shown.
FIELDS = ("title", "published_at", "sapo", "body", "author", "url")
# The fields whose absence from the platform layer is selector drift (they are on every article).
ESSENTIAL = ("title", "published_at", "body")
_WORD = re.compile(r"[a-z0-9]+")
_SEPARATORS = re.compile(r"\s*[|\-–—:»]\s*")


@dataclass
class Layered:
    """The article with every field from the highest layer that had it, and what disagreed."""

    article: Article
    platform_missed: list[str] = field(default_factory=list)  # essential fields the platform layer lacked
    drift: list[str] = field(default_factory=list)  # "title: ..." / "published_at: ..." disagreements


def layered(first: Article, html: str, url: str, sel: Selector | None = None,
            first_layer: str = PLATFORM) -> Layered:
    """Fill the missing fields of `first` (what the `first_layer` extracted) from the layers below it.

    With `first_layer` GENERIC (a portal of no known platform) the page's declarations
    fill only what the generic extractor missed, and nothing is drift.
    """
    sel = sel if sel is not None else Selector(text=html)
    page = declared(sel, url)
    if first_layer == GENERIC:
        first.field_sources = {f: GENERIC for f in FIELDS if getattr(first, f)}
        _fill_from_declared(first, page, *FIELDS)
        return Layered(first)
    article = first
    sources = {f: PLATFORM for f in FIELDS if getattr(article, f)}
    result = Layered(article, platform_missed=[f for f in ESSENTIAL if not getattr(article, f)])
    result.drift = disagreements(article, page)
    if any(d.startswith("published_at") for d in result.drift) and page.published is not None:
        # The page's machine-readable date is written by its CMS from its database; a selector
        # that now reads another line (or a platform's own fallback) is what drifted.
        article.published_at, article.published_raw = page.published.value, page.published.raw
        article.time_known = page.published.time_known
        sources["published_at"] = METADATA
    article.field_sources = sources
    _fill_from_declared(article, page, *(f for f in FIELDS if f != "sapo"))
    missing = [f for f in ESSENTIAL if not getattr(article, f)]
    if missing:
        generic = extract_generic(html, url)
        for name in missing:
            if getattr(generic, name):
                setattr(article, name, getattr(generic, name))
                sources[name] = GENERIC
        if "published_at" in missing and generic.published_at:
            article.published_raw, article.time_known = generic.published_raw, generic.time_known
    _fill_from_declared(article, page, "sapo")  # last: it must not repeat the body's opening
    return result


def _fill_from_declared(article: Article, page: Declared, *names: str) -> None:
    """Fill the named fields that are still empty from what the page declares."""
    sources = article.field_sources
    # A description that only repeats the body's opening is no lead (many portals print it so).
    description = page.description if not _opens(article.body, page.description) else ""
    values = {"title": _article_title(page.title, page.html_title), "sapo": description,
              "body": page.body, "author": page.author, "url": page.canonical}
    for name in names:
        if getattr(article, name):
            continue
        if name == "published_at":
            if page.published is not None:
                article.published_at = page.published.value
                article.published_raw = page.published.raw
                article.time_known = page.published.time_known
                sources[name] = METADATA
        elif values.get(name):
            setattr(article, name, values[name])
            sources[name] = METADATA


def _opens(body: str, text: str) -> bool:
    """Whether `text` (a description, often cut with "...") is the start of `body`, or in it."""
    words = _WORD.findall(fold(text.rstrip(" .…")))
    return bool(words) and " ".join(words[:-1] or words) in " ".join(_WORD.findall(fold(body)))


def disagreements(article: Article, page: Declared) -> list[str]:
    """Where the platform layer's title or date contradicts the page's own declaration."""
    found: list[str] = []
    title = _article_title(page.title, page.html_title)
    if article.title and title and not same_title(article.title, title):
        found.append(f"title: the page's selectors give {article.title!r}, its {page.sources.get('title')} "
                     f"declares {title!r}")
    if article.published_at and page.published is not None and not same_time(
            article.published_at, article.time_known, page.published):
        found.append(f"published_at: the page's selectors give {article.published_at}, its "
                     f"{page.sources.get('published')} declares {page.published.value}")
    return found


def same_title(a: str, b: str) -> bool:
    """Two titles name the same article: one holds the other (a site name or kicker added), or most words match."""
    fa, fb = " ".join(_WORD.findall(fold(a))), " ".join(_WORD.findall(fold(b)))
    if not fa or not fb or fa in fb or fb in fa:
        return True
    wa, wb = set(fa.split()), set(fb.split())
    return len(wa & wb) / min(len(wa), len(wb)) >= 0.8


def same_time(value: str, time_known: bool, declared_date: PublishedDate) -> bool:
    """Whether a date agrees with a declared one: the same minute when both have a time, else the same day."""
    if not (time_known and declared_date.time_known):
        return _local_day(value) == _local_day(declared_date.value)
    try:
        a, b = datetime.fromisoformat(value), datetime.fromisoformat(declared_date.value)
    except ValueError:
        return value[:16] == declared_date.value[:16]
    return abs((a - b).total_seconds()) < 60


def _local_day(value: str) -> str:
    if len(value) <= 10:
        return value
    try:
        from zoneinfo import ZoneInfo

        return datetime.fromisoformat(value).astimezone(ZoneInfo(TIMEZONE)).date().isoformat()
    except ValueError:
        return value[:10]


def _article_title(title: str, html_title: str) -> str:
    """The declared title, unless it is the site's name: then "" (it would be every article's title).

    A page's <title> holds the article's title and the site's name; a declared title that
    is a part of it shorter than the rest is the site's name.
    """
    if not title or not html_title:
        return title
    ft, fh = fold(title).strip(), fold(html_title).strip()
    if ft == fh or ft not in fh:
        return title
    rest = _SEPARATORS.sub(" ", fh.replace(ft, " ")).strip()
    return "" if len(rest) > len(ft) else title
