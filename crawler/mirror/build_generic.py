"""Mirror pages of the unidentified portal of seed 001 (registry id cttdt-dang-lai).

The live portal is unknown: seed 001 is the text of one of its pages, a Hà Nội portal that
republished the city portal's article ("Theo CTTĐT"). Its pages are given here in a plain
PHP-CMS markup (no platform markers), with what the seed shows around the article: the
date line "dd/mm/yyyy - hh:mm AM/PM" under the title, image captions between paragraphs,
the "Theo CTTĐT" credit, a "Các tin tức khác" list with "dd/mm/yyyy - N lượt xem", and a
sidebar whose "danh mục tin tức" box and "Kết quả bình chọn ..." banner come after it.

URLs (the registry's patterns): the listing `/tin-tuc/dan-van` (`?page=N` for N >= 2)
and articles `/tin-tuc/{slug}-{id}.html`. Every other article is a real text of the
corpus, dated from its real date line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from crawler.mirror import SITES
from crawler.mirror.corpus import CorpusArticle, is_about_dan_van, real_articles, seed_text
from crawler.mirror.pages import esc, slugify, write_page

HOST = "cong-chua-xac-dinh.invalid"
HOSTS = [HOST]
SITE_NAME = "Cổng thông tin điện tử"
CATEGORY = "Dân vận"
CATEGORY_PATH = "/tin-tuc/dan-van"
PER_PAGE = 12
# The header's "today" line, frozen like the tests' clock: never a publication date.
TODAY = "Thứ Hai, 23/11/2026"
# Seed 001's image captions, in page order (the seed prints each once, under its image).
SEED_CAPTIONS = (
    "Phó Bí thư Thường trực Thành ủy Ngô Thị Thanh Hằng trao Cờ đơn vị xuất sắc phong trào thi đua cho các đơn vị",
    "Chủ tịch Ủy ban MTTQ TP Nguyễn Lan Hương và Trưởng ban Nội chính Thành ủy Nguyễn Quang Huy trao Bằng khen"
    " cho các tập thể, cá nhân",
    "Trưởng ban Dân vận Thành ủy Nguyễn Thị Tuyến trao Bằng khen cho các tập thể, cá nhân",
    "Phó Bí thư Thường trực Thành ủy Ngô Thị Thanh Hằng phát biểu chỉ đạo hội nghị",
)
# The related item and sidebar texts the seed shows after the article.
RELATED_TITLE = "Biết sợ nhưng đừng hoang mang"
RELATED_LINE = "31/01/2020 - 6.889 lượt xem"
SIDEBAR_MENU = "danh mục tin tức"
SIDEBAR_BANNER = "Kết quả bình chọn Hàng Việt Nam được người tiêu dùng yêu thích 2019"
RELATED_ID = 15527  # the related item's id: an article of another category, not mirrored
BASE_ID = 14803


@dataclass(frozen=True)
class Post:
    """One article page: its blocks in order, each ("p" | "blank" | "head" | "image", text)."""

    id: int
    title: str
    when: datetime
    blocks: tuple[tuple[str, str], ...]
    sapo: str = ""
    author: str = ""
    credit: str = ""
    related: tuple[tuple[str, str, str], ...] = field(default=())  # (url, title, line) as printed

    @property
    def url(self) -> str:
        return f"https://{HOST}/tin-tuc/{slugify(self.title, 80)}-{self.id}.html"

    @property
    def path(self) -> str:
        return self.url.split("/", 3)[3]

    @property
    def summary(self) -> str:
        text = self.sapo or next(t for kind, t in self.blocks if kind == "p")
        text = " ".join(text.split())
        return text if len(text) <= 220 else text[:220].rsplit(" ", 1)[0] + "..."


def stamp(when: datetime) -> str:
    """'27/12/2019 - 01:44 PM': the portal's date line."""
    return when.strftime("%d/%m/%Y - %I:%M %p")


def seed_post() -> Post:
    """Seed 001 split into title, date line, blocks (paragraphs, captions, blanks), credit."""
    lines = seed_text("001").split("\n")
    title, date_line = lines[0], lines[2]
    end = lines.index("Theo CTTĐT")
    assert lines[end + 2] == "Các tin tức khác" and lines[end + 4] == RELATED_TITLE, "seed 001 changed"
    assert lines[end + 6] == RELATED_LINE and lines[end + 7] == SIDEBAR_MENU and lines[end + 8] == SIDEBAR_BANNER
    blocks: list[tuple[str, str]] = []
    for line in lines[3:end]:
        if line in SEED_CAPTIONS:
            blocks.append(("image", line))
        elif not line.strip():
            blocks.append(("blank", line))
        elif len(line) < 70 and not line.rstrip().endswith((".", ":", ";")):
            blocks.append(("head", line))  # the two sub-headings, printed in bold
        else:
            blocks.append(("p", line))
    assert [t for kind, t in blocks if kind == "image"] == list(SEED_CAPTIONS)
    when = datetime.strptime(date_line, "%d/%m/%Y - %I:%M %p")
    related = ((f"https://{HOST}/tin-tuc/{slugify(RELATED_TITLE)}-{RELATED_ID}.html", RELATED_TITLE, RELATED_LINE),)
    return Post(id=0, title=title, when=when, blocks=tuple(blocks), credit="Theo CTTĐT", related=related)


def when_of(article: CorpusArticle) -> datetime:
    """The real date line's date and time; Liferay's "12:00 AM" (no time) gets office hours."""
    m = re.match(r"(\d{2})/(\d{2})/(\d{4}) \| (\d{1,2}):(\d{2}) ([AP]M)", article.date_line)
    if not m:
        raise ValueError(f"unexpected date line {article.date_line!r}")
    day, month, year, hour, minute = (int(g) for g in m.groups()[:5])
    hour = hour % 12 + (12 if m.group(6) == "PM" else 0)
    if (hour, minute) == (0, 0):
        key = int(article.key)
        hour, minute = 8 + key % 9, (key // 11) % 60
    return datetime(year, month, day, hour, minute)


def selection() -> list[CorpusArticle]:
    """35 distinct-title corpus texts: a fixed mix of dân vận and other news."""
    seen: set[str] = set()
    unique = []
    for article in real_articles():
        if article.title not in seen:
            seen.add(article.title)
            unique.append(article)
    dan_van = [a for a in unique if is_about_dan_van(a)]
    others = [a for a in unique if not is_about_dan_van(a)]
    return (dan_van[2::5] + others[4::7])[:35]


def corpus_post(article: CorpusArticle) -> Post:
    return Post(
        id=0, title=article.title, when=when_of(article), sapo=article.sapo, author=article.author,
        blocks=tuple(("p", p) for p in article.paragraphs),
    )


def posts() -> list[Post]:
    """Every article, newest first, ids growing with the date like a CMS's sequence."""
    chosen = [seed_post(), *(corpus_post(a) for a in selection())]
    chosen.sort(key=lambda p: (p.when, p.title))
    numbered = [_with(p, id=BASE_ID + 11 * rank + rank % 3) for rank, p in enumerate(chosen)]
    ids = [p.id for p in numbered]
    assert len(set(ids)) == len(ids) and RELATED_ID not in ids
    return sorted(numbered, key=lambda p: (p.when, p.id), reverse=True)


def _with(post: Post, **changes: object) -> Post:
    values = {name: getattr(post, name) for name in post.__dataclass_fields__}
    values.update(changes)
    return Post(**values)  # type: ignore[arg-type]


def build(root: Path = SITES) -> None:
    """Write the portal's listing pages and article pages under `root`."""
    everything = posts()
    pages = [everything[i:i + PER_PAGE] for i in range(0, len(everything), PER_PAGE)]
    for number, chunk in enumerate(pages, 1):
        html = _listing_page(chunk, number, len(pages), everything)
        if number == 1:
            write_page(HOST, CATEGORY_PATH, html, root=root)
        else:
            write_page(HOST, CATEGORY_PATH, html, query=f"page={number}", root=root)
    for index, post in enumerate(everything):
        if not post.related:
            others = everything[index + 1:index + 6] or everything[max(0, index - 5):index]
            post = _with(post, related=tuple((p.url, p.title, _views_line(p)) for p in others))
        write_page(HOST, post.path, _article_page(post, everything), root=root)


def _views_line(post: Post) -> str:
    # vi-VN thousands separator, as the portal prints counts ("6.889").
    views = f"{350 + (post.id * 7919) % 8800:,}".replace(",", ".")
    return f"{post.when.strftime('%d/%m/%Y')} - {views} lượt xem"


# --- markup -------------------------------------------------------------------------


def _head(title: str, description: str, url: str, kind: str) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<meta name="description" content="{esc(description)}" />
<meta name="keywords" content="dân vận, tin tức, Hà Nội" />
<meta property="og:type" content="{kind}" />
<meta property="og:url" content="{esc(url)}" />
<meta property="og:title" content="{esc(title)}" />
<link rel="shortcut icon" href="/favicon.ico" />
<link rel="stylesheet" type="text/css" href="/themes/default/css/style.css?v=20191105" />
<script type="text/javascript" src="/themes/default/js/jquery-1.12.4.min.js"></script>
</head>
"""


def _header() -> str:
    menu = [("/", "Trang chủ"), ("/gioi-thieu", "Giới thiệu"), ("/tin-tuc", "Tin tức"),
            (CATEGORY_PATH, "Dân vận"), ("/van-ban", "Văn bản"), ("/lien-he", "Liên hệ")]
    active = ' class="active"'
    items = "\n".join(
        f'      <li{active if href == CATEGORY_PATH else ""}><a href="{href}">{esc(label)}</a></li>'
        for href, label in menu
    )
    return f"""<body>
<div id="wrapper">
  <div id="header">
    <div class="header-top">
      <div class="header-date"><span class="date">{TODAY}</span></div>
      <div class="header-links"><a href="/">Trang chủ</a> | <a href="/so-do-site">Sơ đồ site</a> |
        <a href="/lien-he">Liên hệ</a></div>
      <form class="header-search" action="/tim-kiem" method="get">
        <input type="text" name="q" value="" placeholder="Tìm kiếm..." /><input type="submit" value="Tìm" /></form>
    </div>
    <div class="banner"><a href="/"><img src="/uploads/banner/banner-top.jpg" alt="{esc(SITE_NAME)}" /></a></div>
    <div id="menu">
    <ul>
{items}
    </ul>
    </div>
  </div>
"""


def _sidebar(newest: list[Post]) -> str:
    links = "\n".join(f'        <li><a href="{esc(p.url)}">{esc(p.title)}</a></li>' for p in newest)
    return f"""    <div class="col-right">
      <div class="box box-category">
        <div class="box-title">{esc(SIDEBAR_MENU)}</div>
        <ul>
        <li><a href="/tin-tuc/thoi-su">Thời sự</a></li>
        <li><a href="{CATEGORY_PATH}">Dân vận</a></li>
        <li><a href="/tin-tuc/xay-dung-dang">Xây dựng Đảng</a></li>
        <li><a href="/tin-tuc/mat-tran-doan-the">Mặt trận - Đoàn thể</a></li>
        </ul>
      </div>
      <div class="box box-adv">
        <a href="/chuyen-de/hang-viet-nam-2019"><img src="/uploads/adv/binh-chon-hvn-2019.jpg" width="270" height="120"
          alt="{esc(SIDEBAR_BANNER)}" /></a>
        <p><a href="/chuyen-de/hang-viet-nam-2019">{esc(SIDEBAR_BANNER)}</a></p>
      </div>
      <div class="box box-new">
        <div class="box-title">Tin mới</div>
        <ul>
{links}
        </ul>
      </div>
    </div>
"""


def _footer() -> str:
    return """  <div id="footer">
    <div class="footer-menu"><a href="/">Trang chủ</a> | <a href="/gioi-thieu">Giới thiệu</a> |
      <a href="/lien-he">Liên hệ</a></div>
    <p>Bản quyền thuộc về Cổng thông tin điện tử. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
    <p class="counter">Đang truy cập: <span id="online">27</span> |
      Tổng lượt truy cập: <span id="total">2.315.846</span></p>
  </div>
</div>
<script type="text/javascript">
$(function () { $("#menu li").hover(function () { $(this).toggleClass("hover"); }); });
</script>
</body>
</html>
"""


def _image(post: Post, number: int, caption: str) -> str:
    src = f"/uploads/news/{post.when:%Y_%m}/{slugify(post.title, 40)}-{number}.jpg"
    if number in (1, 4):
        # Images copied with the city portal's table layout, caption in the row below.
        return f"""<table class="image" align="center" border="0" cellpadding="3" cellspacing="0" width="500">
<tbody>
<tr><td><img src="{src}" alt="" width="500" height="333" /></td></tr>
<tr><td style="text-align: center;"><em>{esc(caption)}</em></td></tr>
</tbody>
</table>"""
    return f"""<p style="text-align: center;"><img src="{src}" alt="" width="500" height="333" /></p>
<p style="text-align: center;"><em>{esc(caption)}</em></p>"""


def _content(post: Post) -> str:
    html = []
    images = 0
    for kind, text in post.blocks:
        if kind == "image":
            images += 1
            html.append(_image(post, images, text))
        elif kind == "blank":
            html.append("<p>&nbsp;</p>" if text else "")
        elif kind == "head":
            html.append(f'<p style="text-align: justify;"><strong>{esc(text)}</strong></p>')
        else:
            html.append(f'<p style="text-align: justify;">{esc(text)}</p>')
    if post.author:
        html.append(f'<p style="text-align: right;"><strong>{esc(post.author)}</strong></p>')
    if post.credit:
        html.append(f'<p style="text-align: right;"><strong>{esc(post.credit)}</strong></p>')
    return "\n".join(h for h in html if h)


def _article_page(post: Post, everything: list[Post]) -> str:
    related = "\n".join(
        f'        <li><a href="{esc(url)}">{esc(title)}</a><br /><span class="info">{esc(line)}</span></li>'
        for url, title, line in post.related
    )
    sapo = f'\n        <div class="news-summary"><strong>{esc(post.sapo)}</strong></div>' if post.sapo else ""
    return (
        _head(f"{post.title} - {SITE_NAME}", post.summary, post.url, "article")
        + _header()
        + f"""  <div id="content">
    <div class="col-main">
      <div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a href="/tin-tuc">Tin tức</a> &raquo;
        <a href="{CATEGORY_PATH}">{esc(CATEGORY)}</a></div>
      <div class="news-detail">
        <h1 class="title">{esc(post.title)}</h1>
        <div class="news-info">{stamp(post.when)}</div>{sapo}
        <div class="news-content">
{_content(post)}
        </div>
        <div class="news-tools"><a href="javascript:window.print();">In bài viết</a> |
          <a href="mailto:?subject={esc(post.title)}">Gửi email</a> |
          <a href="https://www.facebook.com/sharer.php?u={esc(post.url)}" target="_blank">Chia sẻ</a></div>
      </div>
      <div class="box-news-other">
        <div class="box-title">Các tin tức khác</div>
        <ul>
{related}
        </ul>
      </div>
    </div>
{_sidebar(everything[:5])}  </div>
"""
        + _footer()
    )


def _listing_page(chunk: list[Post], number: int, total: int, everything: list[Post]) -> str:
    def href(n: int) -> str:
        return CATEGORY_PATH if n == 1 else f"{CATEGORY_PATH}?page={n}"

    items = "\n".join(
        f"""        <div class="news-item">
          <a class="thumb" href="{esc(p.url)}"><img src="/uploads/news/thumb/{p.id}.jpg" alt="{esc(p.title)}" /></a>
          <h3><a href="{esc(p.url)}">{esc(p.title)}</a></h3>
          <div class="news-info">{stamp(p.when)}</div>
          <p class="summary">{esc(p.summary)}</p>
        </div>"""
        for p in chunk
    )
    pager = [f'<span class="current">{n}</span>' if n == number else f'<a href="{href(n)}">{n}</a>'
             for n in range(1, total + 1)]
    if number < total:
        pager += [f'<a class="next" href="{href(number + 1)}">Trang sau</a>',
                  f'<a class="last" href="{href(total)}">Trang cuối</a>']
    title = CATEGORY if number == 1 else f"{CATEGORY} - Trang {number}"
    return (
        _head(f"{title} - {SITE_NAME}", CATEGORY, f"https://{HOST}{href(number)}", "website")
        + _header()
        + f"""  <div id="content">
    <div class="col-main">
      <div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a href="/tin-tuc">Tin tức</a> &raquo;
        <a href="{CATEGORY_PATH}">{esc(CATEGORY)}</a></div>
      <h2 class="cat-title">{esc(CATEGORY)}</h2>
      <div class="news-list">
{items}
      </div>
      <div class="pagination">{" ".join(pager)}</div>
    </div>
{_sidebar(everything[:5])}  </div>
"""
        + _footer()
    )
