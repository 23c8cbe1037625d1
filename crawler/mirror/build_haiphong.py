"""Mirror pages of the Hải Phòng portals: two district portals and the city portal.

URL schemes (see the notes on the real portals):
- District portals (2021-2023 generation, Title-Case slug with a numeric id):
  `/Tin-tuc-su-kien` (listing, `?Page=N` for page N >= 2) and
  `/Tin-tuc-su-kien/{Title-Case-Slug}-{id}.html` (articles).
- City portal (2024 generation, lower-case slug with an id and no extension):
  `/tin-tuc-su-kien` (listing, `?page=N`) and `/tin-tuc-su-kien/{slug}-{id}` (articles).

Ngô Quyền carries seed 000 with the furniture the seed shows (the site-wide "CHỦ ĐỀ NĂM
2023" banner, "Cập nhật: dd/mm/yyyy HH:MM", the visit counter in the footer); every other
article is a real text of the corpus, dated from its real date line.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from crawler.mirror import SITES
from crawler.mirror.corpus import CorpusArticle, is_about_dan_van, real_articles, seed_text
from crawler.mirror.pages import esc, slugify, write_page

HOSTS = ("ngoquyen.haiphong.gov.vn", "lechan.haiphong.gov.vn", "haiphong.gov.vn")

# The header's "today" line, frozen like the tests' clock: never a publication date.
TODAY = "Thứ Hai, 23/11/2026"
CITY_THEME = (
    'CHỦ ĐỀ NĂM 2023 CỦA THÀNH PHỐ: "ĐẨY MẠNH CHỈNH TRANG, HIỆN ĐẠI HÓA ĐÔ THỊ - '
    'XÂY DỰNG NÔNG THÔN MỚI KIỂU MẪU - THỰC HIỆN CHUYỂN ĐỔI SỐ"'
)
SEED_ID = 57288


@dataclass(frozen=True)
class Site:
    host: str
    name: str  # "Cổng thông tin điện tử quận Ngô Quyền"
    owner: str  # "Ủy ban nhân dân quận Ngô Quyền"
    banner: str
    visits: int
    generation: str  # "titlecase" (2021-2023) or "lowercase" (2024 onward)
    per_page: int

    @property
    def category_path(self) -> str:
        return "/Tin-tuc-su-kien" if self.generation == "titlecase" else "/tin-tuc-su-kien"

    @property
    def category_label(self) -> str:
        return "Tin tức - Sự kiện" if self.generation == "titlecase" else "Tin tức sự kiện"

    @property
    def page_param(self) -> str:
        return "Page" if self.generation == "titlecase" else "page"


@dataclass(frozen=True)
class Post:
    """One article page of a site."""

    id: int
    title: str
    when: datetime
    sapo: str
    paragraphs: tuple[str, ...]  # raw paragraphs (seed: with its &nbsp; indentation)
    author: str = ""
    bold: frozenset[int] = frozenset()  # indexes of paragraphs printed in bold (sub-heads)
    trailing_blanks: int = 0  # the seed ends with empty &nbsp; paragraphs


def title_slug(title: str, limit: int = 110) -> str:
    """'Điểm báo ngày 02/3/2021' -> 'Diem-bao-ngay-0232021' (accents off, case kept)."""
    decomposed = unicodedata.normalize("NFD", title.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    plain = re.sub(r"[^A-Za-z0-9 \-]", "", plain)
    slug = re.sub(r"-{2,}", "-", re.sub(r"\s+", "-", plain.strip())).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0]
    return slug


def when_of(article: CorpusArticle) -> datetime:
    """The real date line's date and time; Liferay's "12:00 AM" (no time) gets office hours."""
    m = re.match(r"(\d{2})/(\d{2})/(\d{4}) \| (\d{1,2}):(\d{2}) ([AP]M)", article.date_line)
    if not m:
        raise ValueError(f"unexpected date line {article.date_line!r}")
    day, month, year, hour, minute = (int(g) for g in m.groups()[:5])
    hour = hour % 12 + (12 if m.group(6) == "PM" else 0)
    if (hour, minute) == (0, 0):
        key = int(article.key)
        hour, minute = 7 + key % 10, (key // 7) % 60
    return datetime(year, month, day, hour, minute)


def pick_corpus() -> tuple[list[CorpusArticle], list[CorpusArticle]]:
    """Distinct-title real articles: (about dân vận, others), in corpus order."""
    seen: set[str] = set()
    unique = []
    for article in real_articles():
        if article.title not in seen:
            seen.add(article.title)
            unique.append(article)
    return [a for a in unique if is_about_dan_van(a)], [a for a in unique if not is_about_dan_van(a)]


def seed_post() -> Post:
    """Seed 000 split into its parts: banner, title, date line, paragraphs, counter."""
    lines = [line for line in seed_text("000").split("\n") if line.strip()]
    assert lines[0] == _ngo_quyen_banner(), "seed 000's banner changed"
    end = next(i for i, line in enumerate(lines) if line.startswith("Lượt truy cập"))
    paragraphs = tuple(lines[3:end])
    stamp = re.search(r"(\d{2})/(\d{2})/(\d{4}) (\d{2}):(\d{2})", lines[2])
    assert stamp is not None
    day, month, year, hour, minute = (int(g) for g in stamp.groups())
    heads = frozenset(i for i, p in enumerate(paragraphs) if re.match(r"(Một|Hai|Ba|Bốn) là, ", p))
    return Post(
        id=SEED_ID, title=lines[1], when=datetime(year, month, day, hour, minute), sapo="",
        paragraphs=paragraphs, bold=heads, trailing_blanks=2,
    )


def _ngo_quyen_banner() -> str:
    return (
        CITY_THEME + ' & CHỦ ĐỀ NĂM 2023 CỦA QUẬN: "TĂNG CƯỜNG CÔNG TÁC QUẢN LÝ ĐẤT ĐAI, '
        'ĐÔ THỊ VÀ GIẢI PHÓNG MẶT BẰNG"'
    )


def _visits_of_seed() -> int:
    match = re.search(r"Lượt truy cập: (\d+)", seed_text("000"))
    assert match is not None
    return int(match.group(1))


def sites() -> list[Site]:
    return [
        Site("ngoquyen.haiphong.gov.vn", "Cổng thông tin điện tử quận Ngô Quyền",
             "Ủy ban nhân dân quận Ngô Quyền", _ngo_quyen_banner(), _visits_of_seed(), "titlecase", 6),
        Site("lechan.haiphong.gov.vn", "Cổng thông tin điện tử quận Lê Chân",
             "Ủy ban nhân dân quận Lê Chân", CITY_THEME, 1284067, "titlecase", 5),
        Site("haiphong.gov.vn", "Cổng thông tin điện tử thành phố Hải Phòng",
             "Ủy ban nhân dân thành phố Hải Phòng", CITY_THEME, 48215530, "lowercase", 5),
    ]


def posts_for(site: Site, articles: list[CorpusArticle], base_id: int, per_day: int,
              anchor: datetime) -> list[Post]:
    """Posts from corpus articles, ids growing with the date like a CMS's sequence."""
    posts = []
    for article in articles:
        when = when_of(article)
        offset = (when - anchor).total_seconds() / 86400
        posts.append(Post(
            id=base_id + round(offset * per_day), title=article.title, when=when,
            sapo=article.sapo, paragraphs=article.paragraphs, author=article.author,
        ))
    ids = [p.id for p in posts]
    assert len(set(ids)) == len(ids), f"{site.host}: duplicate ids"
    return posts


def url_of(site: Site, post: Post) -> str:
    if site.generation == "titlecase":
        return f"https://{site.host}{site.category_path}/{title_slug(post.title)}-{post.id}.html"
    return f"https://{site.host}{site.category_path}/{slugify(post.title, 100)}-{post.id}"


def path_of(url: str) -> str:
    return url.split("/", 3)[3]


def selection() -> dict[str, list[CorpusArticle]]:
    """The corpus articles of each portal, by host: a fixed mix of dân vận and other texts,
    spread over the corpus's years."""
    dan_van, others = pick_corpus()
    return {
        "ngoquyen.haiphong.gov.vn": dan_van[0::7] + others[2::22],
        "lechan.haiphong.gov.vn": dan_van[3::10] + others[9::44],
        "haiphong.gov.vn": dan_van[6::10] + others[20::44],
    }


def build(root: Path = SITES) -> None:
    """Write every page of the three Hải Phòng portals under `root`."""
    chosen = selection()
    ngo, le, city = sites()
    seed = seed_post()
    plan = {
        ngo: [seed, *posts_for(ngo, chosen[ngo.host], SEED_ID, 3, seed.when)],
        le: posts_for(le, chosen[le.host], 31250, 2, seed.when),
        city: posts_for(city, chosen[city.host], 683224, 40, datetime(2024, 1, 15, 8, 22)),
    }
    for site, posts in plan.items():
        posts = sorted(posts, key=lambda p: (p.when, p.id), reverse=True)
        _write_site(site, posts, root)


def _write_site(site: Site, posts: list[Post], root: Path) -> None:
    pages = [posts[i:i + site.per_page] for i in range(0, len(posts), site.per_page)]
    for number, chunk in enumerate(pages, 1):
        html = _listing_page(site, chunk, number, len(pages), posts)
        if number == 1:
            write_page(site.host, site.category_path + "/", html, root=root)
        else:
            write_page(site.host, site.category_path, html, query=f"{site.page_param}={number}", root=root)
    for index, post in enumerate(posts):
        others = posts[index + 1:index + 6] or posts[max(0, index - 5):index]
        write_page(site.host, path_of(url_of(site, post)), _article_page(site, post, others, posts), root=root)


# --- markup -------------------------------------------------------------------------


def _dmy(when: datetime) -> str:
    return when.strftime("%d/%m/%Y")


def _stamp(when: datetime) -> str:
    return when.strftime("%d/%m/%Y %H:%M")


def _head(site: Site, title: str, url: str, description: str) -> str:
    skin = "HaiPhong2021" if site.generation == "titlecase" else "hpg2024"
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="description" content="{esc(description)}">
<meta property="og:site_name" content="{esc(site.name)}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="{esc(url)}">
<link rel="canonical" href="{esc(url)}">
<link rel="shortcut icon" href="/favicon.ico">
<link rel="stylesheet" href="/Portals/_default/Skins/{skin}/css/bootstrap.min.css">
<link rel="stylesheet" href="/Portals/_default/Skins/{skin}/css/style.css">
<script src="/Portals/_default/Skins/{skin}/js/jquery.min.js"></script>
</head>
"""


def _header(site: Site, path: str) -> str:
    cat = site.category_path

    def section(title_case: str) -> str:
        return title_case if site.generation == "titlecase" else title_case.lower()

    menu = [
        ("/", "Trang chủ"), (section("/Gioi-thieu"), "Giới thiệu"), (cat, site.category_label),
        (section("/Chi-dao-dieu-hanh"), "Chỉ đạo điều hành"), (section("/Van-ban"), "Văn bản"),
        ("https://dichvucong.haiphong.gov.vn", "Dịch vụ công"), (section("/Hoi-dap"), "Hỏi đáp"),
    ]
    active = ' class="active"'
    items = "\n".join(
        f'    <li{active if href == cat else ""}><a href="{href}">{esc(label)}</a></li>'
        for href, label in menu
    )
    viewstate = "/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWAgIBD2QWAmYPZBYCZg9kFgI" + str(len(path) * 7919)
    return f"""<body>
<form method="post" action="{esc(path)}" id="Form">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate}"></div>
<div id="wrapper">
<div class="top-bar"><div class="container">
  <span class="today" id="lblNgayHienTai">{TODAY}</span>
  <ul class="top-links">
    <li><a href="/">Trang chủ</a></li><li><a href="/So-do-cong">Sơ đồ cổng</a></li>
    <li><a href="/Lien-he">Liên hệ</a></li><li><a href="/Dang-nhap">Đăng nhập</a></li>
  </ul>
  <div class="search-box"><input type="text" name="txtSearch" placeholder="Nhập từ khóa tìm kiếm...">
    <a class="btn-search" href="/Tim-kiem">Tìm kiếm</a></div>
</div></div>
<div class="header"><div class="container">
  <a class="logo" href="/"><img src="/Portals/0/Images/logo-haiphong.png" alt="{esc(site.name)}"></a>
  <div class="site-name"><span class="line-1">{esc(site.name.upper())}</span>
    <span class="line-2">THÀNH PHỐ HẢI PHÒNG</span></div>
</div></div>
<div class="main-menu"><div class="container">
  <ul class="nav">
{items}
  </ul>
</div></div>
<div class="chu-de-nam"><div class="container">
  <marquee scrollamount="4" onmouseover="this.stop();" onmouseout="this.start();">{esc(site.banner)}</marquee>
</div></div>
"""


def _sidebar(site: Site, newest: list[tuple[str, Post]]) -> str:
    links = "\n".join(
        f'      <li><a href="{esc(u)}">{esc(p.title)}</a></li>' for u, p in newest
    )
    return f"""  <div class="col-md-4 col-right">
    <div class="box box-news-new"><div class="title-box">Tin mới nhất</div>
    <ul class="list-news-new">
{links}
    </ul></div>
    <div class="box box-banner">
      <a href="/Lich-cong-tac"><img src="/Portals/0/Images/lich-cong-tac.png" alt="Lịch công tác"></a>
      <a href="https://dichvucong.haiphong.gov.vn"><img src="/Portals/0/Images/dich-vu-cong.png"
        alt="Dịch vụ công trực tuyến"></a></div>
    <div class="box box-links"><div class="title-box">Liên kết website</div>
    <select onchange="window.open(this.value)">
      <option value="">-- Liên kết website --</option>
      <option value="https://haiphong.gov.vn">Cổng TTĐT thành phố Hải Phòng</option>
      <option value="https://thanhphohaiphong.gov.vn">Thành ủy Hải Phòng</option>
      <option value="https://chinhphu.vn">Cổng TTĐT Chính phủ</option>
    </select></div>
  </div>
"""


def _footer(site: Site) -> str:
    return f"""<div class="footer"><div class="container">
  <p class="footer-name">{esc(site.name.upper())}</p>
  <p>Cơ quan chủ quản: {esc(site.owner)}</p>
  <p>Ghi rõ nguồn "{esc(site.name)}" khi phát hành lại thông tin từ website này.</p>
  <div class="counter"><p class="visit">Lượt truy cập: {site.visits}</p>
    <p class="online">Trực tuyến: <span id="lblOnline">...</span></p></div>
</div></div>
</div>
</form>
<script>$(function () {{ $("#lblOnline").load("/DesktopModules/Counter/Online.ashx"); }});</script>
</body>
</html>
"""


def _paragraph(post: Post, index: int, text: str) -> str:
    indent = len(text) - len(text.lstrip("\u00a0 "))
    body = "&nbsp;" * indent + esc(text.lstrip("\u00a0 "))
    if index in post.bold:
        body = f"<strong>{body}</strong>"
    return f'<p style="text-align: justify;">{body}</p>'


def _summary(post: Post) -> str:
    text = post.sapo or post.paragraphs[0].strip("\u00a0 ")
    if len(text) > 240:
        text = text[:240].rsplit(" ", 1)[0] + "..."
    return text


def _article_page(site: Site, post: Post, others: list[Post], posts: list[Post]) -> str:
    url = url_of(site, post)
    path = "/" + path_of(url)
    newest = [(url_of(site, p), p) for p in posts[:6] if p is not post][:5]
    related = "\n".join(
        f'      <li><a href="{esc(url_of(site, p))}">{esc(p.title)}</a> <span class="date">({_dmy(p.when)})</span></li>'
        for p in others
    )
    paragraphs = "\n".join(_paragraph(post, i, text) for i, text in enumerate(post.paragraphs))
    paragraphs += "\n<p>&nbsp;</p>" * post.trailing_blanks
    if site.generation == "titlecase":
        sapo = author = ""
        if post.sapo:
            sapo = f'\n    <div class="news-detail-sapo"><strong>{esc(post.sapo)}</strong></div>'
        if post.author:
            author = f'\n    <div class="news-detail-author"><strong>{esc(post.author)}</strong></div>'
        detail = f"""    <div class="breadcrumb"><a href="/">Trang chủ</a> <span class="sep">›</span>
      <a href="{site.category_path}">{esc(site.category_label)}</a></div>
    <div class="news-detail">
    <h1 class="news-detail-title">{esc(post.title)}</h1>
    <div class="news-detail-info"><span class="news-detail-date">Cập nhật: {_stamp(post.when)}</span>
      <span class="news-detail-tools"><a href="javascript:window.print();">In bài viết</a>
        <a class="font-up" href="javascript:void(0);">A+</a> <a class="font-down" href="javascript:void(0);">A-</a>
      </span></div>{sapo}
    <div class="news-detail-content">
{paragraphs}
    </div>{author}
    <div class="news-detail-share"><a href="https://www.facebook.com/sharer/sharer.php?u={esc(url)}">Chia sẻ</a>
      <a href="mailto:?subject={esc(post.title)}">Gửi email</a> <a href="javascript:history.back();">Quay lại</a></div>
    </div>
    <div class="news-other"><div class="title-box">Các tin khác</div>
    <ul>
{related}
    </ul></div>"""
    else:
        # vi-VN thousands separator, as portals print counts ("1.234").
        views = f"{150 + (post.id * 7919) % 4800:,}".replace(",", ".")
        sapo = f'\n    <div class="sapo-detail">{esc(post.sapo)}</div>' if post.sapo else ""
        author = f'\n    <div class="author-detail">{esc(post.author)}</div>' if post.author else ""
        detail = f"""    <div class="breadcrumbs"><ul><li><a href="/">Trang chủ</a></li>
      <li><a href="{site.category_path}">{esc(site.category_label)}</a></li></ul></div>
    <div class="detail-news">
    <h1 class="title-detail">{esc(post.title)}</h1>
    <div class="meta-detail"><span class="date-detail"><i class="fa fa-clock-o"></i> {_stamp(post.when)}</span>
      <span class="view-detail"><i class="fa fa-eye"></i> Lượt xem: {views}</span></div>{sapo}
    <div class="content-detail">
{paragraphs}
    </div>{author}
    <div class="share-detail">
      <a class="fb-share" href="https://www.facebook.com/sharer/sharer.php?u={esc(url)}">Facebook</a>
      <a class="zalo-share" href="https://sp.zalo.me/share_inline?url={esc(url)}">Zalo</a>
      <a href="javascript:window.print();">In trang</a></div>
    </div>
    <div class="related-detail"><h3 class="title-related">Tin liên quan</h3>
    <ul>
{related}
    </ul></div>"""
    return (
        _head(site, f"{post.title} - {site.name}", url, _summary(post))
        + _header(site, path)
        + f"""<div class="container main-content"><div class="row">
  <div class="col-md-8 col-left">
{detail}
  </div>
{_sidebar(site, newest)}</div></div>
"""
        + _footer(site)
    )


def _listing_page(site: Site, chunk: list[Post], number: int, total: int, posts: list[Post]) -> str:
    cat = site.category_path
    base = f"https://{site.host}{cat}"

    def page_href(n: int) -> str:
        return cat if n == 1 else f"{cat}?{site.page_param}={n}"

    url = base if number == 1 else f"{base}?{site.page_param}={number}"
    items = []
    for post in chunk:
        href = url_of(site, post)
        items.append(f"""    <div class="news-item clearfix">
      <a class="news-item-img" href="{esc(href)}">
        <img src="/Portals/0/tintuc/thumb/{post.id}.jpg" alt="{esc(post.title)}"></a>
      <div class="news-item-info">
        <h3 class="news-item-title"><a href="{esc(href)}" title="{esc(post.title)}">{esc(post.title)}</a></h3>
        <div class="news-item-date">{_stamp(post.when)}</div>
        <div class="news-item-sapo">{esc(_summary(post))}</div>
      </div>
    </div>""")
    pager = []
    if number > 1:
        pager.append(f'<a class="first" href="{page_href(1)}">Đầu</a>')
        pager.append(f'<a class="prev" href="{page_href(number - 1)}">Trước</a>')
    for n in range(1, total + 1):
        pager.append(f'<span class="current">{n}</span>' if n == number else f'<a href="{page_href(n)}">{n}</a>')
    if number < total:
        pager.append(f'<a class="next" href="{page_href(number + 1)}">Sau</a>')
        pager.append(f'<a class="last" href="{page_href(total)}">Cuối</a>')
    list_class = "list-news" if site.generation == "titlecase" else "list-news list-news-cate"
    newest = [(url_of(site, p), p) for p in posts[:5]]
    title = site.category_label + ("" if number == 1 else f" - Trang {number}")
    return (
        _head(site, f"{title} - {site.name}", url, site.category_label)
        + _header(site, page_href(number))
        + f"""<div class="container main-content"><div class="row">
  <div class="col-md-8 col-left">
    <div class="breadcrumb"><a href="/">Trang chủ</a> <span class="sep">›</span>
      <a href="{cat}">{esc(site.category_label)}</a></div>
    <h2 class="title-cate">{esc(site.category_label)}</h2>
    <div class="{list_class}">
{chr(10).join(items)}
    </div>
    <div class="paging">{" ".join(pager)}</div>
  </div>
{_sidebar(site, newest)}</div></div>
"""
        + _footer(site)
    )
