"""Real article texts the mirror's pages are made of.

Two sources, both real: the seed articles copied from the portals (`seeds/`, verbatim,
with their furniture), and the 257 articles of the real Liferay copy served for sotttt.
Mirror pages of the other platforms wrap these texts, verbatim, in each platform's markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from parsel import Selector

from crawler.core.text import normalize, normalize_inline
from crawler.mirror import SITES

SEEDS = Path(__file__).with_name("seeds")
REAL_LIFERAY = SITES / "sotttt.hanoi.gov.vn"


@dataclass(frozen=True)
class CorpusArticle:
    """One real article's text: what a platform page wraps."""

    key: str  # stable id: the real article id
    title: str
    sapo: str
    paragraphs: tuple[str, ...]
    date_line: str  # as the source printed it, e.g. "21/02/2020 | 9:17 AM"
    author: str = ""
    captions: tuple[str, ...] = field(default=())


def seed_text(name: str) -> str:
    """The verbatim text of a seed file, by its number ('000') or file name."""
    matches = sorted(SEEDS.glob(f"{name}*.txt"))
    if not matches:
        raise FileNotFoundError(f"no seed {name!r} in {SEEDS}")
    return matches[0].read_text(encoding="utf-8")


@cache
def real_articles() -> tuple[CorpusArticle, ...]:
    """The real Liferay copy's articles (title, sapo, paragraphs, date line), id order."""
    pages = sorted((REAL_LIFERAY / "hoat-ong-ang-oan-the" / "-" / "view_content").glob("*.html"),
                   key=lambda p: int(p.name.split("-")[0]))
    return tuple(a for a in (_read_real(p) for p in pages) if a is not None)


def _read_real(path: Path) -> CorpusArticle | None:
    sel = Selector(path.read_text(encoding="utf-8"))
    title = normalize_inline(sel.css("div.asset-full-content-title").xpath("string()").get(""))
    body = sel.css("div.journal-content-article")
    paragraphs = []
    for p in body.xpath("./p | ./div | ./h2 | ./h3 | ./ul/li"):
        if p.attrib.get("class") == "view-content-author":
            continue
        text = normalize_inline(p.xpath("string()").get(""))
        if text:
            paragraphs.append(text)
    if not title or len(paragraphs) < 2:
        return None
    sapo = normalize(sel.css("p.sapo").xpath("string()").get("")).split("\n")[0] if sel.css("p.sapo") else ""
    date_line = normalize_inline(sel.css("div.assetPublishDate").xpath("string()").get(""))
    author = paragraphs.pop() if len(paragraphs[-1]) < 40 and paragraphs[-1].istitle() else ""
    return CorpusArticle(
        key=path.name.split("-")[0], title=title, sapo=sapo, paragraphs=tuple(paragraphs),
        date_line=date_line, author=author,
    )


def is_about_dan_van(article: CorpusArticle) -> bool:
    """A rough label for picking a mix of texts (the archive's classifier is separate)."""
    text = " ".join((article.title, article.sapo, *article.paragraphs)).lower()
    return bool(re.search(r"dân vận|mặt trận tổ quốc|quy chế dân chủ|dân chủ ở cơ sở", text))
