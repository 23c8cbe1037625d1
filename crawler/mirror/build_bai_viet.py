"""Mirror pages of the "/vi/chuyen-muc + /vi/bai-viet" portal: hatinh.gov.vn.

Evidence (public repository thuydung203/Crawl_data, file crawl_hatinh.py; the registry
entries `hatinh` and `dienbien` in crawler/core/portals.d/provinces.toml):
- [V] categories `/vi/chuyen-muc/tin-trong-tinh` ("Tin trong tỉnh") and
  `/vi/chuyen-muc/hoat-dong-so-ban-nganh-dia-phuong` ("Hoạt động Sở - Ban - Ngành - Địa phương"),
  the registry's two start URLs; the other category slugs of the menu (`tin-trong-nuoc`,
  `tin-quoc-te`, `so-lieu-kinh-te---xa-hoi`, `dau-tu-phat-trien`, `doanh-nghiep`, `cong-dan`) and
  labels are the scraper's; pages `?page=N` (the scraper's first request is `?page=1`);
- [V] articles at `/vi/bai-viet/<slug>`; the slug rule is read off real URLs: accents off,
  punctuation dropped without a dash ("trước 1/1/2025" -> "truoc-112025", "Kế hoạch & Đầu tư"
  -> "ke-hoach-dau-tu"), a " - " kept as "---" (`so-lieu-kinh-te---xa-hoi`);
- [V] the article block: `.detail-title`, `.time` ("Đăng tải: …"), `.detail-content-lead`,
  `.detail-content`, whose text ends with "Tệp đính kèm: …", "Lượt xem: <digits>" and
  "Tác giả: …"; image captions "Ảnh minh họa";
- [V] the scraper reads a `<meta name="keywords">`; no Open Graph tag is evidenced, so none is written;
- [G] the digits after "Đăng tải:" (dd/mm/yyyy HH:MM), every other class name, the list and
  pager markup (Bootstrap's `.pagination`), the header, sidebar and footer, 8 articles a page,
  the upload paths.

Every article is a real text of the corpus (crawler.mirror.corpus), verbatim, dated from
its real date line; none is one the Hải Phòng or KTĐT pages use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from crawler.core.text import fold
from crawler.mirror import SITES
from crawler.mirror.build_haiphong import pick_corpus, selection, when_of
from crawler.mirror.corpus import CorpusArticle
from crawler.mirror.pages import esc, slugify, write_page

HOST = "hatinh.gov.vn"
HOSTS = (HOST,)
BASE = f"https://{HOST}"
SITE_NAME = "Cổng thông tin điện tử tỉnh Hà Tĩnh"
TODAY = "Thứ Hai, 23/11/2026"  # the header's "today" line, frozen like the tests' clock
PER_PAGE = 8
VISITS = "28.514.226"  # the footer's site counter: never an article's view count


@dataclass(frozen=True)
class Category:
    slug: str
    label: str

    @property
    def path(self) -> str:
        return f"/vi/chuyen-muc/{self.slug}"


NEWS = Category("tin-trong-tinh", "Tin trong tỉnh")
OFFICES = Category("hoat-dong-so-ban-nganh-dia-phuong", "Hoạt động Sở - Ban - Ngành - Địa phương")
CATEGORIES = (NEWS, OFFICES)
# The menu's news categories as the scraper lists them.
MENU_CATEGORIES = (
    NEWS, Category("tin-trong-nuoc", "Tin trong nước"), OFFICES, Category("tin-quoc-te", "Tin quốc tế"),
    Category("so-lieu-kinh-te---xa-hoi", "Số liệu kinh tế - xã hội"),
    Category("dau-tu-phat-trien", "Đầu tư - Phát triển"), Category("doanh-nghiep", "Doanh nghiệp"),
    Category("cong-dan", "Công dân"),
)
IMAGE_CAPTION = "Ảnh minh họa"


@dataclass(frozen=True)
class Post:
    """One article page."""

    key: str  # the corpus article's id
    slug: str
    title: str
    when: datetime
    sapo: str
    paragraphs: tuple[str, ...]
    author: str
    category: Category
    views: int
    image: str = ""  # an illustration's src, "" for none
    attachment: str = ""  # an attached file's path, "" for none

    @property
    def path(self) -> str:
        return f"/vi/bai-viet/{self.slug}"

    @property
    def url(self) -> str:
        return BASE + self.path


def portal_slug(title: str) -> str:
    """'Số liệu kinh tế - xã hội' -> 'so-lieu-kinh-te---xa-hoi', 'trước 1/1/2025' -> 'truoc-112025'."""
    plain = re.sub(r"[^a-z0-9\s-]", "", fold(title))
    return re.sub(r"\s+", "-", plain.strip())


def body_paragraphs(article: CorpusArticle) -> tuple[str, ...]:
    """The real paragraphs under the lead: a first paragraph that repeats the sapo (as the corpus's
    source printed it) is printed once, as the lead."""
    paragraphs = article.paragraphs
    return paragraphs[1:] if article.sapo and paragraphs[0] == article.sapo else paragraphs


def chosen() -> list[CorpusArticle]:
    """12 dân vận texts and 18 others, none used by the Hải Phòng or KTĐT pages."""
    from crawler.mirror import build_kinhtedothi

    used = {a.key for picked in selection().values() for a in picked}
    ktdt = {s.slug for s in build_kinhtedothi.stories()}
    dan_van, others = pick_corpus()
    free_dv = [a for a in dan_van if a.key not in used and slugify(a.title, 120) not in ktdt]
    free_other = [a for a in others if a.key not in used and slugify(a.title, 120) not in ktdt]
    return free_dv[2:14] + free_other[3::9][:18]


def posts() -> list[Post]:
    """Every article of the portal, newest first; every fifth goes to the offices' category."""
    articles = sorted(chosen(), key=lambda a: (when_of(a), a.key), reverse=True)
    out = []
    for index, article in enumerate(articles):
        slug = portal_slug(article.title)
        when = when_of(article)
        attached = re.match(r"(Kế hoạch|Hướng dẫn)\b", article.title)
        out.append(Post(
            key=article.key, slug=slug, title=article.title, when=when, sapo=article.sapo,
            paragraphs=body_paragraphs(article), author=article.author,
            category=OFFICES if index % 5 == 4 else NEWS,
            views=150 + int(article.key) * 7919 % 4800,
            image=f"/uploads/images/{when:%Y/%m/%d}/{slug[:48]}.jpg" if index % 3 == 0 else "",
            attachment=f"/uploads/files/{when:%Y/%m}/{slug[:48]}.pdf" if attached else "",
        ))
    slugs = [p.slug for p in out]
    assert len(set(slugs)) == len(slugs), "duplicate slugs"
    return out


def pages_of(category: Category, items: list[Post]) -> list[list[Post]]:
    """The category's listing pages, PER_PAGE articles each."""
    mine = [p for p in items if p.category == category]
    return [mine[i:i + PER_PAGE] for i in range(0, len(mine), PER_PAGE)]


def page_url(category: Category, number: int) -> str:
    return BASE + category.path + ("" if number == 1 else f"?page={number}")


def build(root: Path = SITES) -> None:
    """Write the listing and article pages of hatinh.gov.vn under `root`."""
    items = posts()
    for category in CATEGORIES:
        pages = pages_of(category, items)
        for number, chunk in enumerate(pages, 1):
            html = _listing_page(category, chunk, number, len(pages), items)
            write_page(HOST, category.path, html, query="" if number == 1 else f"page={number}", root=root)
    for post in items:
        same = [p for p in items if p.category == post.category and p is not post]
        write_page(HOST, post.path, _article_page(post, same[:5], items), root=root)


# --- markup -------------------------------------------------------------------------


def _dmy(when: datetime) -> str:
    return when.strftime("%d/%m/%Y")


def posted_line(when: datetime) -> str:
    """The article's date line: 'Đăng tải: 21/02/2020 09:17'."""
    return f"Đăng tải: {when:%d/%m/%Y %H:%M}"


def summary(post: Post) -> str:
    text = post.sapo or post.paragraphs[0]
    return text if len(text) <= 220 else text[:220].rsplit(" ", 1)[0] + "..."


def _head(title: str, description: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="description" content="{esc(description)}">
<meta name="keywords" content="Hà Tĩnh, cổng thông tin điện tử, tin tức, sự kiện">
<link rel="icon" href="/themes/hatinh/images/favicon.ico">
<link rel="stylesheet" href="/themes/hatinh/css/bootstrap.min.css">
<link rel="stylesheet" href="/themes/hatinh/css/style.css?v=2.3">
<script src="/themes/hatinh/js/jquery.min.js"></script>
</head>
"""


def _header(active: Category | None) -> str:
    def item(category: Category) -> str:
        on = ' class="active"' if category == active else ""
        return f'        <li{on}><a href="{category.path}">{esc(category.label)}</a></li>'

    news = "\n".join(item(c) for c in MENU_CATEGORIES)
    return f"""<body>
<header class="header">
  <div class="header-top"><div class="container">
    <span class="today"><i class="fa fa-calendar"></i> {TODAY}</span>
    <ul class="header-links">
      <li><a href="/vi/so-do-cong">Sơ đồ cổng</a></li><li><a href="/vi/lien-he">Liên hệ</a></li>
      <li><a href="/vi">Tiếng Việt</a></li><li><a href="/en">English</a></li>
    </ul>
    <form class="header-search" action="/vi/tim-kiem" method="get">
      <input type="text" name="keyword" placeholder="Nhập từ khóa tìm kiếm"><button type="submit">Tìm kiếm</button>
    </form>
  </div></div>
  <div class="header-banner"><div class="container">
    <a class="logo" href="/vi"><img src="/themes/hatinh/images/quoc-huy.png" alt="Quốc huy"></a>
    <div class="site-name"><span class="line-1">{esc(SITE_NAME.upper())}</span>
      <span class="line-2">HA TINH PROVINCIAL PORTAL</span></div>
  </div></div>
  <nav class="main-menu"><div class="container"><ul class="menu">
    <li><a href="/vi">Trang chủ</a></li>
    <li><a href="/vi/chuyen-muc/gioi-thieu">Giới thiệu</a></li>
    <li class="has-sub"><a href="/vi/chuyen-muc/tin-tuc">Tin tức - Sự kiện</a>
      <ul class="sub-menu">
{news}
      </ul></li>
    <li><a href="/vi/chuyen-muc/chinh-quyen">Chính quyền</a></li>
    <li><a href="/vi/van-ban">Văn bản</a></li>
    <li><a href="https://dichvucong.hatinh.gov.vn">Dịch vụ công</a></li>
    <li><a href="/vi/hoi-dap">Hỏi đáp</a></li>
  </ul></div></nav>
</header>
<main class="main"><div class="container"><div class="row">
"""


def _sidebar(items: list[Post]) -> str:
    newest = "\n".join(
        f'      <li><a href="{p.path}">{esc(p.title)}</a> <span class="time">{_dmy(p.when)}</span></li>'
        for p in items[:5]
    )
    most_read = "\n".join(
        f'      <li><a href="{p.path}">{esc(p.title)}</a></li>'
        for p in sorted(items, key=lambda p: (-p.views, p.slug))[:5]
    )
    return f"""<aside class="col-lg-4 sidebar">
  <div class="box box-newest"><h3 class="box-title">Tin mới nhất</h3>
    <ul class="box-list">
{newest}
    </ul></div>
  <div class="box box-most-read"><h3 class="box-title">Tin đọc nhiều</h3>
    <ul class="box-list">
{most_read}
    </ul></div>
  <div class="box box-banner">
    <a href="https://dichvucong.hatinh.gov.vn"><img src="/uploads/banners/dich-vu-cong.png"
      alt="Dịch vụ công trực tuyến"></a>
    <a href="/vi/chuyen-muc/cong-dan"><img src="/uploads/banners/cong-dan.png" alt="Công dân"></a>
  </div>
</aside>
"""


def _footer() -> str:
    return f"""</div></div></main>
<footer class="footer"><div class="container">
  <p class="footer-name">{esc(SITE_NAME.upper())}</p>
  <p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Hà Tĩnh</p>
  <p>Ghi rõ nguồn "{esc(SITE_NAME)}" khi phát hành lại thông tin từ cổng thông tin này.</p>
  <div class="footer-counter"><span>Lượt truy cập: {VISITS}</span>
    <span>Đang truy cập: <b id="online">...</b></span></div>
</div></footer>
<script src="/themes/hatinh/js/main.js?v=2.3"></script>
</body>
</html>
"""


def _breadcrumb(category: Category) -> str:
    return (f'<ol class="breadcrumb"><li><a href="/vi">Trang chủ</a></li>'
            f'<li><a href="{category.path}">{esc(category.label)}</a></li></ol>')


def _content(post: Post) -> str:
    """The `.detail-content` block: the real paragraphs, then the tails the portal prints."""
    parts = []
    if post.image:
        parts.append(f'<figure class="image"><img src="{post.image}" alt="{esc(post.title)}">'
                     f"<figcaption>{IMAGE_CAPTION}</figcaption></figure>")
    parts += [f'<p style="text-align: justify;">{esc(text)}</p>' for text in post.paragraphs]
    if post.attachment:
        name = post.attachment.rsplit("/", 1)[1]
        parts.append(f'<div class="detail-attachment">Tệp đính kèm: <a href="{post.attachment}" '
                     f'target="_blank">{name}</a></div>')
    parts.append(f'<div class="detail-views">Lượt xem: {post.views}</div>')
    if post.author:
        parts.append(f'<div class="detail-author-line">Tác giả: <strong>{esc(post.author)}</strong></div>')
    return "\n".join(parts)


def _article_page(post: Post, same: list[Post], items: list[Post]) -> str:
    lead = f'\n    <div class="detail-content-lead">{esc(post.sapo)}</div>' if post.sapo else ""
    related = "\n".join(
        f'      <li><a href="{p.path}">{esc(p.title)}</a> <span class="date">({_dmy(p.when)})</span></li>'
        for p in same
    )
    return (
        _head(f"{post.title} - {SITE_NAME}", summary(post))
        + _header(post.category)
        + f"""<div class="col-lg-8 main-col">
  {_breadcrumb(post.category)}
  <div class="detail">
    <h1 class="detail-title">{esc(post.title)}</h1>
    <div class="detail-meta">
      <span class="time"><i class="fa fa-clock-o"></i> {posted_line(post.when)}</span>
      <div class="detail-tools"><a class="font-down" href="javascript:;">A-</a> <a class="font-up"
        href="javascript:;">A+</a> <a href="javascript:window.print();">In bài viết</a>
        <a class="listen" href="javascript:;">Nghe đọc bài viết</a></div>
    </div>{lead}
    <div class="detail-content">
{_content(post)}
    </div>
    <div class="detail-share">Chia sẻ:
      <a href="https://www.facebook.com/sharer/sharer.php?u={esc(post.url)}" target="_blank">Facebook</a>
      <a href="https://sp.zalo.me/share_inline?url={esc(post.url)}" target="_blank">Zalo</a>
      <a href="mailto:?subject={esc(post.title)}&amp;body={esc(post.url)}">Email</a></div>
  </div>
  <div class="other-news"><h3 class="other-news-title">Tin cùng chuyên mục</h3>
    <ul>
{related}
    </ul></div>
</div>
{_sidebar(items)}"""
        + _footer()
    )


def _news_item(post: Post) -> str:
    thumb = post.image or "/themes/hatinh/images/no-image.jpg"
    return f"""    <div class="news-item">
      <a class="news-thumb" href="{post.path}"><img src="{thumb}" alt="{esc(post.title)}"></a>
      <div class="news-info">
        <h3 class="news-title"><a href="{post.path}">{esc(post.title)}</a></h3>
        <span class="news-date">{_dmy(post.when)}</span>
        <p class="news-desc">{esc(summary(post))}</p>
      </div>
    </div>"""


def _pager(category: Category, number: int, total: int) -> str:
    """Bootstrap's pager: first, previous, the numbers, next, last; every link `?page=N`."""
    def link(n: int, label: str) -> str:
        return f'<li class="page-item"><a class="page-link" href="{category.path}?page={n}">{label}</a></li>'

    items = []
    if number > 1:
        items += [link(1, "«"), link(number - 1, "‹")]
    for n in range(1, total + 1):
        items.append(f'<li class="page-item active"><span class="page-link">{n}</span></li>' if n == number
                     else link(n, str(n)))
    if number < total:
        items += [link(number + 1, "›"), link(total, "»")]
    return '<ul class="pagination">\n      ' + "\n      ".join(items) + "\n    </ul>"


def _listing_page(category: Category, chunk: list[Post], number: int, total: int, items: list[Post]) -> str:
    title = category.label + ("" if number == 1 else f" - Trang {number}")
    return (
        _head(f"{title} - {SITE_NAME}", category.label)
        + _header(category)
        + f"""<div class="col-lg-8 main-col">
  {_breadcrumb(category)}
  <h1 class="category-title">{esc(category.label)}</h1>
  <div class="list-news">
{chr(10).join(_news_item(p) for p in chunk)}
  </div>
  <nav class="pager-wrap">
    {_pager(category, number, total)}
  </nav>
</div>
{_sidebar(items)}"""
        + _footer()
    )
