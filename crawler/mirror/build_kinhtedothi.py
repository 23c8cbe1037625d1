"""Mirror pages of Báo Kinh tế & Đô thị (kinhtedothi.vn), current layout (about 2024).

URL scheme:
- articles: `/{slug}.html` (no id), e.g. `/phat-huy-suc-manh-dai-doan-ket-...-thu-do.html`;
- category listing: `/chinh-tri`, then `/chinh-tri?page=N`;
- `/sitemap.xml`: a sitemap index of monthly sitemaps `/sitemaps/sitemap-YYYY-MM.xml`
  (article URLs) and `/sitemaps/sitemap-categories.xml` (category and tag pages);
- `/tag/dan-van.html`: a tag page (listed in the sitemap, not an article);
- `/robots.txt` names the sitemap.

Seed 004 is wrapped with what the seed shows: the kicker line ending in ":" above the
title, the author "Nguyên Bảo", the "Chia sẻ Zalo" share widget, the "Kinhtedothi - "
sapo and every image caption printed twice (a figcaption, then the caption again as an
italic paragraph). The seed shows no date: its page is dated 15/03/2024 06:30, an
assumption (two days before the anniversary it was written for). Other articles are real
texts of the corpus dated from their real date lines; a corpus title of the form
"Prefix: rest" shows its prefix as the kicker, as KTĐT does.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from crawler.mirror import SITES
from crawler.mirror.build_haiphong import pick_corpus, selection, when_of
from crawler.mirror.corpus import CorpusArticle, is_about_dan_van, seed_text
from crawler.mirror.pages import esc, slugify, write_page

HOST = "kinhtedothi.vn"
HOSTS = (HOST,)
BASE = f"https://{HOST}"
TODAY = "Thứ Hai, 23/11/2026"  # the header's "today" line, frozen like the tests' clock
SEED_WHEN = datetime(2024, 3, 15, 6, 30)  # assumed: the seed text shows no date
CATEGORY = ("/chinh-tri", "Chính trị")
PER_PAGE = 12
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


@dataclass(frozen=True)
class Block:
    """One piece of an article body: a paragraph, a sub-head or a captioned image."""

    kind: str  # "p", "h2" or "img"
    text: str
    src: str = ""


@dataclass(frozen=True)
class Story:
    slug: str
    kicker: str  # as printed, with its trailing ":"
    title: str
    author: str
    when: datetime
    sapo: str  # as printed, with the "Kinhtedothi - " prefix
    blocks: tuple[Block, ...]
    dan_van: bool
    related: tuple[str, ...] = field(default=())  # slugs for the in-body "Tin liên quan" box

    @property
    def url(self) -> str:
        return f"{BASE}/{self.slug}.html"


def published_on(when: datetime) -> str:
    """'Thứ Sáu, 06:30 15/03/2024': KTĐT's date line (weekday, time, then date)."""
    return f"{WEEKDAYS[when.weekday()]}, {when:%H:%M %d/%m/%Y}"


def seed_story() -> Story:
    """Seed 004 split into kicker, title, author, sapo and body blocks."""
    lines = [line for line in seed_text("004").split("\n") if line.strip()]
    kicker, title, author, share, sapo = lines[:5]
    assert share == "Chia sẻ Zalo" and sapo.startswith("Kinhtedothi - "), "seed 004 changed"
    blocks: list[Block] = []
    rest = lines[5:]
    i = 0
    while i < len(rest):
        line = rest[i]
        if i + 1 < len(rest) and rest[i + 1] == line:  # a caption, printed twice
            src = f"https://resource.kinhtedothi.vn/2024/03/15/{slugify(line, 48)}.jpg"
            blocks.append(Block("img", line, src))
            i += 2
            continue
        # The seed's sub-heads are the short lines without a closing full stop.
        blocks.append(Block("h2" if len(line) < 90 and not line.endswith((".", "…")) else "p", line))
        i += 1
    return Story(slugify(title, 120), kicker, title, author, SEED_WHEN, sapo, tuple(blocks), True)


def corpus_story(article: CorpusArticle) -> Story:
    kicker, title = "", article.title
    head, sep, tail = article.title.partition(": ")
    if sep and len(head) <= 50 and len(tail) >= 20:
        kicker, title = head + ":", tail
    paragraphs = list(article.paragraphs)
    sapo = article.sapo or paragraphs.pop(0)
    sapo = "Kinhtedothi - " + re.sub(r"^HNP\s*-\s*", "", sapo)
    return Story(
        slug=slugify(article.title, 120), kicker=kicker, title=title, author=article.author,
        when=when_of(article), sapo=sapo, blocks=tuple(Block("p", p) for p in paragraphs),
        dan_van=is_about_dan_van(article),
    )


def stories() -> list[Story]:
    """Seed 004 and 31 corpus articles not used by the Hải Phòng portals, newest first."""
    used = {a.key for chosen in selection().values() for a in chosen}
    dan_van, others = pick_corpus()
    free_dv = [a for a in dan_van if a.key not in used]
    free_other = [a for a in others if a.key not in used]
    chosen = free_dv[::2][:12] + free_other[5::8][:19]
    seed = seed_story()
    items = [seed, *(corpus_story(a) for a in chosen)]
    items.sort(key=lambda s: s.when, reverse=True)
    slugs = [s.slug for s in items]
    assert len(set(slugs)) == len(slugs), "duplicate slugs"
    # Each corpus article gets a "Tin liên quan" box with the two stories after it; the
    # seed shows none.
    return [
        s if s.slug == seed.slug
        else replace(s, related=tuple(x.slug for x in (items[i + 1:i + 3] or items[i - 2:i])))
        for i, s in enumerate(items)
    ]


def build(root: Path = SITES) -> None:
    """Write the KTĐT pages, listing pages, tag page, sitemaps and robots.txt under `root`."""
    items = stories()
    by_slug = {s.slug: s for s in items}
    pages = [items[i:i + PER_PAGE] for i in range(0, len(items), PER_PAGE)]
    for number, chunk in enumerate(pages, 1):
        html = _listing_page(chunk, number, len(pages), items)
        query = "" if number == 1 else f"page={number}"
        write_page(HOST, CATEGORY[0], html, query=query, root=root)
    for index, story in enumerate(items):
        same = [s for s in items[index + 1:] + items[:index]][:6]
        write_page(HOST, f"{story.slug}.html", _article_page(story, same, items, by_slug), root=root)
    write_page(HOST, "tag/dan-van.html", _tag_page([s for s in items if s.dan_van], items), root=root)
    _write_sitemaps(items, root)
    write_page(HOST, "robots.txt", f"User-agent: *\nDisallow: /search\nSitemap: {BASE}/sitemap.xml\n", root=root)


# --- sitemaps -----------------------------------------------------------------------


def _iso(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%S+07:00")


def _write_sitemaps(items: list[Story], root: Path) -> None:
    months: dict[str, list[Story]] = {}
    for story in items:
        months.setdefault(story.when.strftime("%Y-%m"), []).append(story)
    index = []
    for month in sorted(months, reverse=True):
        urls = "\n".join(
            f"  <url>\n    <loc>{s.url}</loc>\n    <lastmod>{_iso(s.when)}</lastmod>\n  </url>"
            for s in months[month]
        )
        write_page(HOST, f"sitemaps/sitemap-{month}.xml", _urlset(urls), root=root)
        newest = max(s.when for s in months[month])
        index.append(
            f"  <sitemap>\n    <loc>{BASE}/sitemaps/sitemap-{month}.xml</loc>\n"
            f"    <lastmod>{_iso(newest)}</lastmod>\n  </sitemap>"
        )
    pages = [f"{BASE}/chinh-tri", f"{BASE}/thoi-su", f"{BASE}/do-thi", f"{BASE}/tag/dan-van.html"]
    urls = "\n".join(f"  <url>\n    <loc>{u}</loc>\n    <changefreq>hourly</changefreq>\n  </url>" for u in pages)
    write_page(HOST, "sitemaps/sitemap-categories.xml", _urlset(urls), root=root)
    index.append(f"  <sitemap>\n    <loc>{BASE}/sitemaps/sitemap-categories.xml</loc>\n  </sitemap>")
    body = "\n".join(index)
    write_page(
        HOST, "sitemap.xml",
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{body}\n</sitemapindex>\n',
        root=root,
    )


def _urlset(urls: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}\n</urlset>\n'
    )


# --- markup -------------------------------------------------------------------------

MENU = (
    ("/chinh-tri", "Chính trị"), ("/thoi-su", "Thời sự"), ("/kinh-te", "Kinh tế"),
    ("/do-thi", "Đô thị"), ("/bat-dong-san", "Bất động sản"), ("/van-hoa", "Văn hóa"),
    ("/xa-hoi", "Xã hội"), ("/the-gioi", "Thế giới"), ("/video", "Video"),
)


def _head(title: str, url: str, description: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="description" content="{esc(description)}">
<meta property="og:site_name" content="Kinh tế &amp; Đô thị">
<meta property="og:title" content="{esc(title)}">
<meta property="og:description" content="{esc(description)}">
<meta property="og:url" content="{esc(url)}">
<link rel="canonical" href="{esc(url)}">
<link rel="alternate" type="application/rss+xml" title="Kinh tế &amp; Đô thị" href="{BASE}/rss/home.rss">
<link rel="stylesheet" href="https://static.kinhtedothi.vn/web/css/main.min.css?v=2.4.1">{extra}
</head>
"""


def _header(active: str) -> str:
    items = "\n".join(
        f'      <li class="menu__item{" menu__item--active" if href == active else ""}">'
        f'<a href="{href}">{esc(label)}</a></li>'
        for href, label in MENU
    )
    return f"""<body>
<header class="header">
  <div class="header__top container">
    <div class="header__date">{TODAY}</div>
    <a class="header__logo" href="/">
      <img src="https://static.kinhtedothi.vn/web/images/logo.svg" alt="Kinh tế &amp; Đô thị"></a>
    <div class="header__links">
      <a href="https://phapluatxahoi.kinhtedothi.vn">Pháp luật &amp; Xã hội</a>
      <a href="https://thitruongtaichinh.kinhtedothi.vn">Thị trường Tài chính</a>
      <a href="/rss">RSS</a>
      <form class="header__search" action="/search" method="get">
        <input type="text" name="q" placeholder="Tìm kiếm"></form>
    </div>
  </div>
  <nav class="menu"><ul class="menu__list container">
      <li class="menu__item menu__item--home"><a href="/">Trang chủ</a></li>
{items}
  </ul></nav>
</header>
<main class="main container">
"""


def _aside(items: list[Story]) -> str:
    most_read = "\n".join(
        f'      <li><a href="{esc(s.url)}">{esc(s.title)}</a></li>' for s in items[3:8]
    )
    return f"""  <aside class="main__aside">
    <div class="box box-most-read"><h3 class="box__title">Đọc nhiều</h3>
    <ol class="box-most-read__list">
{most_read}
    </ol></div>
    <div class="box box-ads"><a href="/lien-he-quang-cao">
      <img src="https://static.kinhtedothi.vn/web/images/qc-300x250.jpg" alt="Quảng cáo"></a></div>
  </aside>
"""


def _footer() -> str:
    links = " ".join(f'<a href="{href}">{esc(label)}</a>' for href, label in MENU)
    return f"""</main>
<footer class="footer">
  <div class="footer__menu container">{links}</div>
  <div class="footer__info container">
    <p><strong>BÁO KINH TẾ &amp; ĐÔ THỊ</strong> - Cơ quan của UBND TP Hà Nội</p>
    <p>© Bản quyền thuộc về Báo Kinh tế &amp; Đô thị.
      Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.</p>
  </div>
</footer>
<script src="https://sp.zalo.me/plugins/sdk.js" async></script>
<script src="https://static.kinhtedothi.vn/web/js/main.min.js?v=2.4.1" defer></script>
</body>
</html>
"""


def _share(url: str, where: str) -> str:
    return (
        f'<div class="article-share article-share--{where}">'
        f'<div class="zalo-share-button" data-href="{esc(url)}" data-oaid="579745863508352884" '
        'data-layout="2" data-color="blue" data-customize="false">Chia sẻ Zalo</div> '
        f'<a class="article-share__fb" href="https://www.facebook.com/sharer/sharer.php?u={esc(url)}" '
        'target="_blank" rel="noopener">Facebook</a> '
        '<a class="article-share__copy" href="javascript:;" title="Sao chép liên kết">Sao chép liên kết</a></div>'
    )


def _blocks(story: Story, by_slug: dict[str, Story]) -> str:
    out = []
    for n, block in enumerate(story.blocks):
        if block.kind == "img":
            # The caption twice: the figure's own, then the reporter's italic line.
            out.append(
                f'<figure class="image align-center"><img src="{esc(block.src)}" alt="{esc(block.text)}">'
                f"<figcaption>{esc(block.text)}</figcaption></figure>\n"
                f'<p style="text-align:center"><em>{esc(block.text)}</em></p>'
            )
        elif block.kind == "h2":
            out.append(f"<h2><strong>{esc(block.text)}</strong></h2>")
        else:
            out.append(f'<p style="text-align:justify">{esc(block.text)}</p>')
        if n == 1 and story.related:
            links = "\n".join(
                f'  <li><a href="{esc(by_slug[s].url)}">{esc(by_slug[s].title)}</a></li>' for s in story.related
            )
            out.append(
                '<div class="box-related-news"><p class="box-related-news__title">Tin liên quan</p>\n'
                f"<ul>\n{links}\n</ul></div>"
            )
    return "\n".join(out)


def _article_page(story: Story, same: list[Story], items: list[Story], by_slug: dict[str, Story]) -> str:
    images = [b for b in story.blocks if b.kind == "img"]
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": story.title,
        "datePublished": _iso(story.when), "articleSection": CATEGORY[1],
        "author": {"@type": "Person", "name": story.author or "Kinh tế & Đô thị"},
        "publisher": {"@type": "Organization", "name": "Báo Kinh tế & Đô thị"},
    }
    if images:
        ld["image"] = [images[0].src]
    extra = (
        '\n<meta property="og:type" content="article">'
        f'\n<meta property="article:published_time" content="{_iso(story.when)}">'
        f'\n<meta property="article:section" content="{CATEGORY[1]}">'
        + (f'\n<meta property="og:image" content="{esc(images[0].src)}">' if images else "")
        + f'\n<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    )
    kicker = f'\n    <div class="article-kicker">{esc(story.kicker)}</div>' if story.kicker else ""
    author = (
        f'\n      <div class="article-author"><a href="/tac-gia/{slugify(story.author)}">{esc(story.author)}</a></div>'
        if story.author else ""
    )
    tags = (
        '\n    <div class="article-tags"><span class="article-tags__label">Từ khóa:</span> '
        '<a href="/tag/dan-van.html">dân vận</a></div>' if story.dan_van else ""
    )
    same_list = "\n".join(
        f'      <li class="story story--small"><a class="story__thumb" href="{esc(s.url)}">'
        f'<img src="https://static.kinhtedothi.vn/w300/images/thumbs/{s.slug[:40]}.jpg" alt="{esc(s.title)}"></a>'
        f'<h3 class="story__heading"><a href="{esc(s.url)}">{esc(s.title)}</a></h3></li>'
        for s in same
    )
    path, label = CATEGORY
    return (
        _head(f"{story.title} | Kinh tế & Đô thị", story.url, story.sapo, extra)
        + _header(path)
        + f"""  <div class="main__content">
    <div class="article-breadcrumb"><a href="{path}">{esc(label)}</a></div>
    <article class="article">{kicker}
    <h1 class="article-title">{esc(story.title)}</h1>
    <div class="article-meta">{author}
      <div class="article-published-on">{published_on(story.when)}</div>
      {_share(story.url, "top")}
    </div>
    <h2 class="article-sapo">{esc(story.sapo)}</h2>
    <div class="article-content" itemprop="articleBody">
{_blocks(story, by_slug)}
    </div>{tags}
    {_share(story.url, "bottom")}
    </article>
    <section class="box box-same-category"><h3 class="box__title">Tin cùng chuyên mục</h3>
    <ul class="box-same-category__list">
{same_list}
    </ul></section>
  </div>
{_aside(items)}"""
        + _footer()
    )


def _story_item(story: Story, featured: bool = False) -> str:
    summary = story.sapo if len(story.sapo) <= 260 else story.sapo[:260].rsplit(" ", 1)[0] + "..."
    cls = "story story--featured" if featured else "story"
    kicker = f'<span class="story__kicker">{esc(story.kicker)}</span> ' if story.kicker else ""
    return f"""      <article class="{cls}">
        <a class="story__thumb" href="{esc(story.url)}">
          <img src="https://static.kinhtedothi.vn/w480/images/thumbs/{story.slug[:40]}.jpg"
            alt="{esc(story.title)}"></a>
        <div class="story__body">
          <h3 class="story__heading">{kicker}<a href="{esc(story.url)}">{esc(story.title)}</a></h3>
          <div class="story__summary">{esc(summary)}</div>
          <time class="story__time" datetime="{_iso(story.when)}">{story.when:%d/%m/%Y %H:%M}</time>
        </div>
      </article>"""


def _listing_page(chunk: list[Story], number: int, total: int, items: list[Story]) -> str:
    path, label = CATEGORY
    url = f"{BASE}{path}" + ("" if number == 1 else f"?page={number}")

    def href(n: int) -> str:
        return path if n == 1 else f"{path}?page={n}"

    featured = _story_item(chunk[0], featured=True) if number == 1 else ""
    rest = chunk[1:] if number == 1 else chunk
    pager = []
    if number > 1:
        pager.append(f'<a class="pagination__prev" href="{href(number - 1)}" rel="prev">‹</a>')
    for n in range(1, total + 1):
        active = " pagination__item--active" if n == number else ""
        pager.append(f'<a class="pagination__item{active}" href="{href(n)}">{n}</a>')
    if number < total:
        pager.append(f'<a class="pagination__next" href="{href(number + 1)}" rel="next">›</a>')
    title = label if number == 1 else f"{label} - Trang {number}"
    subcats = "".join(
        f'<li><a href="{path}/{slugify(s)}">{esc(s)}</a></li>'
        for s in ("Xây dựng Đảng", "Nghị quyết Đảng vào cuộc sống", "Bảo vệ nền tảng tư tưởng của Đảng")
    )
    return (
        _head(f"{title} | Kinh tế & Đô thị", url, f"Tin tức {label} mới nhất")
        + _header(path)
        + f"""  <div class="main__content category">
    <h1 class="category__title"><a href="{path}">{esc(label)}</a></h1>
    <ul class="category__sub">{subcats}</ul>
    <div class="category__featured">
{featured}
    </div>
    <div class="category__list list-stories">
{chr(10).join(_story_item(s) for s in rest)}
    </div>
    <div class="pagination">{" ".join(pager)}</div>
  </div>
{_aside(items)}"""
        + _footer()
    )


def _tag_page(tagged: list[Story], items: list[Story]) -> str:
    return (
        _head("dân vận | Kinh tế & Đô thị", f"{BASE}/tag/dan-van.html", "Tin tức về dân vận")
        + _header("")
        + f"""  <div class="main__content tag-page">
    <h1 class="tag-page__title">Từ khóa: dân vận</h1>
    <div class="list-stories">
{chr(10).join(_story_item(s) for s in tagged)}
    </div>
  </div>
{_aside(items)}"""
        + _footer()
    )
