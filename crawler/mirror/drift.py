"""Drift drills: copies of a mirror portal with its template changed, as a redesign would.

Each variant changes one thing the platform's selectors rely on, and nothing else:

- `classes-renamed`: every class (and `data-role` hook) of the article pages gets a new name;
- `date-in-time`: the date line the platform reads becomes a bare `<time datetime>`;
- `body-renamed`: the article body's container (its class, id, itemprop and data-role, and the
  classes inside it) gets new names;
- `listing-links`: the articles move to URLs of a new shape (`/noi-dung/<n>`), and every
  link and canonical URL follows them.

`build(variant, portal, root)` writes the variant of the portal's hosts under `root` (a
copy of the mirror's sites, as crawler.mirror.server serves them). The drills in
tests/test_drift.py crawl each variant and expect the portal named with its broken field by
`danvan check`, the right titles and dates through the lower extraction layers, and a
`degraded` run.
"""

from __future__ import annotations

import importlib
import re
import shutil
from collections.abc import Callable
from pathlib import Path

from lxml import html as lxml_html
from parsel import Selector

from crawler.core.registry import Portal
from crawler.core.text import fold, normalize_inline
from crawler.mirror import SITES

VARIANTS = ("classes-renamed", "date-in-time", "body-renamed", "listing-links")
# The field each variant breaks, as `danvan check` names it.
BROKEN_FIELD = {"classes-renamed": "title", "date-in-time": "published_at", "body-renamed": "body",
                "listing-links": "listing"}
# One mirror portal of each platform with a platform module.
DRILL_PORTALS = {"hanoi_liferay": "caugiay", "haiphong": "ngoquyen", "hanoi_current": "hanoi",
                 "kinhtedothi": "kinhtedothi", "vnportal": "ninhbinh", "tandan": "dienbien",
                 "news_layout": "hungyen", "bai_viet": "hatinh"}
# Variants a platform's selectors read through as they should (a redesign it is built to outlast),
# with the reason: the drill then expects an `ok` check and crawl, and the same titles and dates.
SURVIVES = {
    ("tandan", "body-renamed"): "the body is SharePoint's rich-text field, found by the 'RichHtmlField' its "
                                "control id always carries, whatever it is prefixed with",
    ("news_layout", "body-renamed"): "the article block's container (`.article-content`) is the body's last "
                                     "fallback, the furniture inside it dropped by name",
}
_CLASS = re.compile(r'(\s(?:class|data-role)\s*=\s*)(["\'])(.*?)\2', re.S)


def article_files(portal: Portal, root: Path = SITES) -> dict[Path, str]:
    """The mirror's article pages of a portal: file -> its live URL (by the platform's is_article_url)."""
    module = importlib.import_module(f"spiders.{portal.platform}")
    is_article: Callable[[str], bool] = module.is_article_url
    found: dict[Path, str] = {}
    for host in portal.hosts:
        for path in sorted((root / host).rglob("*")):
            if not path.is_file() or path.suffix in (".xml", ".txt", ".css", ".js", ".jpg", ".png"):
                continue
            url = f"https://{host}/{path.relative_to(root / host).as_posix().replace('@', '?')}"
            if is_article(url) and portal.owns(url):
                found[path] = url
    return found


def build(variant: str, portal: Portal, root: Path) -> Path:
    """Write `variant` of the portal's hosts under `root` (created); returns `root`."""
    if variant not in VARIANTS:
        raise ValueError(f"unknown drift variant {variant!r} (one of {', '.join(VARIANTS)})")
    for host in portal.hosts:
        if (SITES / host).is_dir():
            shutil.copytree(SITES / host, root / host, dirs_exist_ok=True)
    pages = article_files(portal, root)
    if variant == "listing-links":
        _move_articles(pages, root)
        return root
    change = {"classes-renamed": _rename_classes, "date-in-time": _date_in_time,
              "body-renamed": _rename_body}[variant]
    module = importlib.import_module(f"spiders.{portal.platform}")
    for path, url in pages.items():
        text = path.read_text(encoding="utf-8")
        path.write_text(change(text, url, module), encoding="utf-8")
    return root


def _rename_classes(page: str, _url: str, _module: object) -> str:
    return _CLASS.sub(lambda m: m.group(1) + m.group(2) + " ".join(f"v2-{c}" for c in m.group(3).split())
                      + m.group(2), page)


def _date_in_time(page: str, url: str, module: object) -> str:
    """The element holding the date line the platform reads becomes `<time datetime>` with the same text."""
    article = module.parse_article(Selector(text=page), url)  # type: ignore[attr-defined]
    if not article.published_at:
        return page
    tree = lxml_html.document_fromstring(page)
    raw = fold(article.published_raw or article.published_at[:10])
    holder = None
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("html", "body", "head", "script", "meta", "title"):
            continue
        text = fold(normalize_inline(el.text_content() or ""))
        if raw and raw in text and len(text) < 300 and (holder is None or len(text) <= len(holder[1])):
            holder = (el, text)
    if holder is None:
        return page
    el = holder[0]
    time_el = lxml_html.Element("time", datetime=article.published_at)
    time_el.text = normalize_inline(el.text_content() or "")
    time_el.tail = el.tail
    el.getparent().replace(el, time_el)
    return lxml_html.tostring(tree, encoding="unicode", doctype="<!DOCTYPE html>")


def _rename_body(page: str, url: str, module: object) -> str:
    """The smallest element holding the whole body (and everything in it) loses its class and id names."""
    article = module.parse_article(Selector(text=page), url)  # type: ignore[attr-defined]
    paragraphs = [fold(p) for p in article.body.split("\n\n") if len(p) > 20]
    if not paragraphs:
        return page
    tree = lxml_html.document_fromstring(page)
    best = None
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("html", "body"):
            continue
        text = fold(normalize_inline(el.text_content() or ""))
        if all(p[:60] in text for p in paragraphs) and (best is None or len(text) < best[1]):
            best = (el, len(text))
    if best is None:
        return page
    container = best[0]
    while container.getparent() is not None and not (container.get("class") or container.get("id")):
        container = container.getparent()  # the named box that holds the text
    for el in container.iter():
        if not isinstance(el.tag, str):
            continue
        if el.get("class"):
            el.set("class", " ".join(f"moi-{c}" for c in el.get("class").split()))
        for name in ("id", "itemprop", "data-role"):
            if el.get(name):
                el.set(name, "moi-" + el.get(name))
    return lxml_html.tostring(tree, encoding="unicode", doctype="<!DOCTYPE html>")


def _move_articles(pages: dict[Path, str], root: Path) -> None:
    """Articles to /noi-dung/<n> (file noi-dung/<n>.html), every reference on the host rewritten."""
    moves: dict[str, str] = {}
    for number, (path, url) in enumerate(sorted(pages.items()), start=1):
        host = url.split("/")[2]
        target = root / host / "noi-dung" / f"{number}.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        path.rename(target)
        moves[url] = f"https://{host}/noi-dung/{number}"
    by_length = sorted(moves, key=len, reverse=True)  # a URL that is a prefix of another goes last
    pattern = re.compile("|".join(re.escape(u.split("/", 3)[3]) for u in by_length))
    for host in {u.split("/")[2] for u in moves}:
        new_of = {u.split("/", 3)[3]: moves[u].split("/", 3)[3] for u in moves if u.split("/")[2] == host}
        for path in (root / host).rglob("*"):
            if not path.is_file() or path.suffix in (".jpg", ".png", ".css", ".js"):
                continue
            text = path.read_text(encoding="utf-8")
            reference = r'(https?://' + re.escape(host) + r'/|(?<=["\'])/)(' + pattern.pattern + r')(?=["\'#?<\s])'
            changed = re.sub(reference, lambda m, table=new_of: m.group(1) + table.get(m.group(2), m.group(2)), text)
            if changed != text:
                path.write_text(changed, encoding="utf-8")
