"""Mirror pages of the Điện Biên provincial portal (www.dienbien.gov.vn), a "tandan" SharePoint portal.

Evidence (V: seen in the cited source; I: inferred from several seen facts; G: guessed):

- [V] categories `/portal/Pages/Tin-tuc-su-kien.aspx` ("Tin tức - Sự kiện") and
  `/portal/Pages/Thong-tin-trong-tinh.aspx` ("Thông tin trong tỉnh") among others, paged with
  `?PageIndex=N` (thuydung203/Crawl_data crawl_dienbien.py, crawl_dienbien_selenium.py; the
  menu names below are that file's category names).
- [V] list links `.channel-news-title a` and `.tandan-p-article-news-title a`
  (crawl_dienbien_selenium.py); [V] the pager's current page as `span.CurrentPage` followed by
  the next page's link (a public crawler of mpi.gov.vn, a portal of the same vendor, gh-id:20344993333); [V] a
  "Tiếp" link and numbered links (the selenium crawler clicks them). [G] the list's wrapper
  classes (`channel-news`, `channel-news-item`, `channel-news-date`, `tandan-div-paging`).
- [V] article block (crawl_dienbien.py): `.tandan-p-article-news-title`,
  `.tandan-p-article-news-summary`, `.tandan-span-date-publish` with "Đăng ngày …",
  `.tandan-p-article-main`, tags `.td-tags a`, and inside the main block `.social-share`,
  `.tandan-div-article-other`, `#ctl00_PlaceHolderMain_ctl08_label`; [V] the text in
  `div#ctl00_PlaceHolderMain_ctl03__ControlWrapper_RichHtmlField.ms-rtestate-field` right after
  `<p class="tandan-p-article-main">`, images as `<p><img src=".../portal/Photos/<yyyy-mm-dd>/
  <16 hex><name>.jpg" alt=""></p>` (a copy of a quangxuong.thanhhoa.gov.vn article in a public
  SQL dump, gh-id:29772023634; day folders also on ninhphuoc.ninhthuan.gov.vn, gh-id:32373992916).
  [I] the source nests all of it in the <p>, which HTML parsers close before the first <div>
  (spiders/tandan.py explains why); the pages are written that way.
- [V] `<title>` "<title> - CỔNG THÔNG TIN …" (the scraper splits on it) and fallbacks to
  `<meta name="description">` / `<meta name="keywords">` (crawl_dienbien.py): [I] the portal has
  them; no Open Graph tags are emitted (none in the evidence).
- [V] header and modules of the vendor's template, from a public mock-up of a Thanh Hóa portal
  ("ThanhHoa_orange" theme; gh-id:19257208658, gh-id:19094479590, gh-id:19317658166):
  `tandan-div-nav-top` (site map, sign-in), `tandan-div-banner`, `tandan-div-nav` >
  `#ctl00_PlaceHolderGlobalNavigation_ctl00_ctl00.tandan-nav-lop.menu-lv1` >
  `ul.tandan-ul-nav` > `a.parent > span`, `/portal/Pages/home-new/…` menu pages, the
  `TD-box-news` module with `p.tandan-p-module-news-second` links and `span.ngay` "(dd/mm/yyyy)",
  the `block border has-icon` box with `ul.TD-ul-module-menu-left`, `.tandan-div-article-other`
  with `p.tandan-p-article-other`; SharePoint's `s4-wpTopTable` web part tables.
- [V] the breadcrumb `div.rcrumbs > ul.breadcrumb` (bttnmuongnhe.org.vn, a `/portal/` SharePoint
  site of Điện Biên, gh-id:4750326019); [V] files under `/portal/VanBan/<yyyy-mm>/<16 hex>
  <name>.pdf` (namdinh.gov.vn, gh-id:71195768215) for the attachments; [V] phananh.dienbien.gov.vn,
  the province's citizen feedback site (a stored page of it:
  https://phananh.dienbien.gov.vn/vi/danh-sach-tin-theo-chuyen-muc-30), for the sidebar's link.
- [V] article URLs `/portal/Pages/<yyyy-m-d>/<Slug><code>.aspx`; [I] the slug is the title
  without accents, punctuation dropped and spaces as "-" (so " - " gives "--"), cut at 50
  characters, then a random 6-character code (`VPUB--Nam-2019-…-gay` + `kd6fqr`,
  `My-Nghiep--vung-van-hoa-Cham-long-lay-nhung-soi-ch` + `8p98kq`).
- [G] the date line "Đăng ngày dd/mm/yyyy HH:MM", the article's view counter
  `.tandan-span-view-count`, the "today" line, the footer and its visit counter, and the byline
  as a right-aligned bold last paragraph.

Every article is a real text of the corpus (crawler.mirror.corpus), verbatim, dated from its
real date line; texts the Hải Phòng portals use are left out.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from crawler.mirror import SITES
from crawler.mirror.build_haiphong import pick_corpus, selection, when_of
from crawler.mirror.corpus import CorpusArticle, is_about_dan_van
from crawler.mirror.pages import esc, write_page

HOST = "www.dienbien.gov.vn"
HOSTS = (HOST,)
BASE = f"https://{HOST}"
SITE_NAME = "Cổng thông tin điện tử tỉnh Điện Biên"
TITLE_SUFFIX = " - CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐIỆN BIÊN"
TODAY = "Thứ Hai, 23/11/2026"  # the header's "today" line, frozen like the tests' clock
CATEGORY = ("/portal/Pages/Tin-tuc-su-kien.aspx", "Tin tức - Sự kiện")
# A second category of the registry's start URLs: one page listing the dân vận posts again.
PROVINCE_NEWS = ("/portal/Pages/Thong-tin-trong-tinh.aspx", "Thông tin trong tỉnh")
PER_PAGE = 10
PROVINCE_NEWS_SIZE = 8
VISITS = 28461937
MENU = (
    ("/portal", "Trang chủ"),
    ("/portal/pages/Gioi-thieu.aspx", "Giới thiệu"),
    (CATEGORY[0], CATEGORY[1]),
    ("/portal/Pages/Hoat-dong-lanh-dao-UBND-tinh.aspx", "Hoạt động lãnh đạo UBND tỉnh"),
    ("/portal/Pages/Tin-chi-dao-dieu-hanh.aspx", "Tin chỉ đạo điều hành"),
    ("/portal/Pages/home-new/cong-dan.aspx", "Công dân"),
    ("/portal/Pages/home-new/doanh-nghiep.aspx", "Doanh nghiệp"),
)
SIDE_MENU = (
    (PROVINCE_NEWS[0], PROVINCE_NEWS[1]),
    ("/portal/Pages/Thong-tin-trong-nuoc-va-quoc-te.aspx", "Thông tin trong nước và quốc tế"),
    ("/portal/Pages/Chuyen-muc-Kinh-te-Xa-hoi.aspx", "Kinh tế - Xã hội"),
    ("/portal/Pages/Quoc-phong-an-ninh.aspx", "Quốc phòng - An ninh"),
    ("/portal/Pages/Van-hoa-Du-lich.aspx", "Văn hóa - Du lịch"),
    ("/portal/Pages/Chuyen-muc-Cai-cach-hanh-chinh.aspx", "Cải cách hành chính"),
)


@dataclass(frozen=True)
class Post:
    """One article page: a real corpus text and the page's own parts."""

    key: str
    title: str
    when: datetime
    sapo: str
    paragraphs: tuple[str, ...]
    author: str
    dan_van: bool
    code: str  # the library's random-looking suffix
    photo: str = ""  # an image of the article, after its first paragraph
    attachment: str = ""  # a document under "Tệp đính kèm"

    @property
    def path(self) -> str:
        folder = f"{self.when.year}-{self.when.month}-{self.when.day}"  # no zero padding, as the portal's
        return f"/portal/Pages/{folder}/{page_slug(self.title)}{self.code}.aspx"

    @property
    def url(self) -> str:
        return BASE + self.path

    @property
    def views(self) -> int:
        return 150 + (int(self.key) * 7919) % 4800


def page_slug(title: str, limit: int = 50) -> str:
    """'Mỹ Nghiệp - vùng văn hóa Chăm …' -> 'My-Nghiep--vung-van-hoa-Cham-…' (50 characters at most)."""
    decomposed = unicodedata.normalize("NFD", title.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    plain = re.sub(r"[^A-Za-z0-9 ]", "", plain.strip())
    return plain.replace(" ", "-")[:limit]


def _digest(key: str, salt: str) -> str:
    return hashlib.sha1(f"{salt}:{key}".encode()).hexdigest()


def _code(key: str) -> str:
    """Six lower-case letters and digits, fixed per article (the portal's are random)."""
    number = int(_digest(key, "code"), 16)
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    out = ""
    for _ in range(6):
        number, digit = divmod(number, len(alphabet))
        out += alphabet[digit]
    return out


def chosen() -> list[CorpusArticle]:
    """A fixed mix of dân vận and other real texts, none of those the Hải Phòng portals use."""
    used = {a.key for articles in selection().values() for a in articles}
    dan_van, others = pick_corpus()
    free_dv = [a for a in dan_van if a.key not in used]
    free_other = [a for a in others if a.key not in used]
    return free_dv[1::2][:12] + free_other[4::9][:18]


def posts() -> list[Post]:
    """The 30 articles, newest first."""
    items = []
    for index, article in enumerate(chosen()):
        when = when_of(article)
        photo = ""
        if index % 3 == 0:  # some articles carry a photo, as most portal news does
            photo = f"{BASE}/portal/Photos/{when:%Y-%m-%d}/{_digest(article.key, 'photo')[:16]}anh{index + 1}.jpg"
        attachment = ""
        if article.title.startswith(("Kế hoạch", "Hướng dẫn")):  # plans and guidance come with the document
            slug = page_slug(article.title).strip("-")
            attachment = f"/portal/VanBan/{when:%Y-%m}/{_digest(article.key, 'file')[:16]}{slug}.pdf"
        items.append(Post(
            key=article.key, title=article.title, when=when, sapo=article.sapo, paragraphs=article.paragraphs,
            author=article.author, dan_van=is_about_dan_van(article), code=_code(article.key), photo=photo,
            attachment=attachment,
        ))
    items.sort(key=lambda p: (p.when, p.key), reverse=True)
    paths = [p.path for p in items]
    assert len(set(paths)) == len(paths), "two articles at one URL"
    return items


def listing_url(number: int) -> str:
    """The category's page `number` (1: the bare category URL)."""
    return BASE + CATEGORY[0] + ("" if number == 1 else f"?PageIndex={number}")


def build(root: Path = SITES) -> None:
    """Write the Điện Biên portal's category pages and article pages under `root`."""
    items = posts()
    pages = [items[i:i + PER_PAGE] for i in range(0, len(items), PER_PAGE)]
    for number, chunk in enumerate(pages, 1):
        html = _listing_page(CATEGORY, chunk, number, len(pages), items)
        write_page(HOST, CATEGORY[0], html, query="" if number == 1 else f"PageIndex={number}", root=root)
    province = [p for p in items if p.dan_van][:PROVINCE_NEWS_SIZE]
    write_page(HOST, PROVINCE_NEWS[0], _listing_page(PROVINCE_NEWS, province, 1, 1, items), root=root)
    for index, post in enumerate(items):
        others = items[index + 1:index + 6] or items[max(0, index - 5):index]
        write_page(HOST, post.path, _article_page(post, others, items), root=root)


# --- markup -------------------------------------------------------------------------


def _dmy(when: datetime) -> str:
    return when.strftime("%d/%m/%Y")


def _views(count: int) -> str:
    return f"{count:,}".replace(",", ".")  # vi-VN thousands separator


def _summary(post: Post) -> str:
    text = post.sapo or post.paragraphs[0]
    if len(text) > 220:
        text = text[:220].rsplit(" ", 1)[0] + "..."
    return text


def _head(title: str, path: str, description: str, keywords: str) -> str:
    meta = ""
    if description:
        meta += f'\n<meta name="description" content="{esc(description)}">'
    if keywords:
        meta += f'\n<meta name="keywords" content="{esc(keywords)}">'
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=10">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)}{TITLE_SUFFIX}</title>{meta}
<link rel="shortcut icon" href="/portal/_themes/default/img/favicon.ico" type="image/vnd.microsoft.icon">
<link rel="stylesheet" type="text/css" href="/portal/_themes/DienBien/css/style.css">
<link rel="stylesheet" type="text/css" href="/portal/_layouts/15/1066/styles/Themable/corev15.css">
<script type="text/javascript">var _spPageContextInfo = {{webServerRelativeUrl: "/portal", webLanguage: 1066,
  serverRequestPath: "{esc(path)}"}};</script>
<script type="text/javascript" src="/portal/_layouts/15/init.js"></script>
</head>
"""


def _header(path: str) -> str:
    menu = "\n".join(
        f"""        <li{' class="selected"' if href == CATEGORY[0] else ""}><a class="parent" href="{href}">\
<span>{esc(label)}</span></a></li>"""
        for href, label in MENU
    )
    viewstate = "/wEPDwULLTEzMjE0NTk3NDQPZBYCZg9kFgICAQ9kFgQCAQ9kFgICBQ9kFgJmD2QWAgIBDxYCHhNQcmV2aW91c0" + (
        _digest(path, "viewstate")[:24])
    return f"""<body>
<form method="post" action="{esc(path.rsplit('/', 1)[-1])}" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x{_digest(path, 'request').upper()}">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate}">
</div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="header-fixed">
  <div class="header">
    <div class="container banner-band">
      <img src="/portal/_res/img/quochuy.png" alt="Quốc huy">
      <div class="brand-text"><h1>CỔNG THÔNG TIN ĐIỆN TỬ</h1><h2>TỈNH ĐIỆN BIÊN</h2></div>
      <div class="tandan-div-nav-top">
        <span class="tandan-span-today">{TODAY}</span>
        <img alt="" src="/portal/_themes/DienBien/img/ic-sitemap.png">
        <a href="javascript:void(0)" onclick="window.location.href=_spPageContextInfo.webServerRelativeUrl+\
'/Pages/sitemap.aspx'">Sơ đồ cổng</a>
        <a href="/portal/_layouts/15/Authenticate.aspx">Đăng nhập</a>
        <img alt="" src="/portal/_themes/DienBien/img/ic-flag-en.jpg"> <a href="/en-us">English</a>
      </div>
    </div>
    <div class="banner-carousel"><div class="tandan-div-banner">
      <a href="/portal"><img src="/portal/Banner/banner_1-min.png" alt="{esc(SITE_NAME)}"></a>
    </div></div>
  </div>
  <div class="tandan-div-nav"><div style="margin: auto; width: 95%">
    <div id="ctl00_PlaceHolderGlobalNavigation_ctl00_ctl00" class="tandan-nav-lop menu-lv1">
      <ul class="tandan-ul-nav left">
{menu}
      </ul>
    </div>
    <div class="tandan-div-search"><div class="div-input">
      <input type="text" name="k" placeholder="Từ khóa tìm kiếm"></div>
      <a id="_ctl00_ctl43_ctl00_cmd" href="javascript:void(0)">Tìm kiếm</a></div>
  </div></div>
</div>
"""


def _left_column() -> str:
    items = "\n".join(
        f'        <li class="dropdown"><dt class="upperdd"><a href="{href}">{esc(label)}</a></dt></li>'
        for href, label in SIDE_MENU
    )
    return f"""  <div class="col-md-3 col-left" id="content-left">
    <div class="block border has-icon">
      <div class="title"><a href="#">Chuyên mục</a></div>
      <div class="body"><ul class="TD-ul-module-menu-left">
{items}
      </ul></div>
    </div>
    <table class="s4-wpTopTable" border="0" cellpadding="0" cellspacing="0" width="100%"><tr><td valign="top">
      <div id="WebPartWPQ2" class="ms-WPBody noindex"><div class="ms-rtestate-field">
        <p><strong>Phản ánh, kiến nghị</strong></p>
        <p>Tiếp nhận phản ánh, kiến nghị của người dân, doanh nghiệp về hành chính.</p>
        <p><a href="https://phananh.dienbien.gov.vn">Gửi phản ánh</a></p>
      </div></div>
    </td></tr></table>
  </div>
"""


def _right_column(items: list[Post]) -> str:
    newest = items[:5]
    second = "\n".join(
        f"""        <p class="tandan-p-module-news-second"><a href="{esc(p.path)}">{esc(p.title)}</a>\
<span class="ngay"> ({_dmy(p.when)})</span></p>"""
        for p in newest[1:]
    )
    top = newest[0]
    return f"""  <div class="col-md-3 col-right" id="content-right">
    <div class="TD-box-news">
      <div class="TD-box-news-title"><a href="{CATEGORY[0]}">Tin mới nhất</a></div>
      <div class="TD-box-news-main">
        <div class="tandan-div-module-news-top"><div class="tandan-div-module-default-right">
          <p class="tandan-p-module-news-title"><a href="{esc(top.path)}">{esc(top.title)}</a>\
<span class="ngay"> ({_dmy(top.when)})</span></p>
        </div></div>
        <div class="tandan-div-module-news-bottom">
{second}
        </div>
      </div>
    </div>
    <div class="block border has-icon"><div class="title"><a href="#">Liên kết website</a></div>
      <div class="body"><select onchange="window.open(this.value)">
        <option value="">-- Liên kết website --</option>
        <option value="https://chinhphu.vn">Cổng TTĐT Chính phủ</option>
        <option value="https://phananh.dienbien.gov.vn">Phản ánh hiện trường tỉnh Điện Biên</option>
      </select></div></div>
  </div>
"""


def _footer() -> str:
    return f"""<div class="tandan-div-footer"><div class="container">
  <p class="footer-name">{esc(SITE_NAME.upper())}</p>
  <p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Điện Biên</p>
  <p>Ghi rõ nguồn "{esc(SITE_NAME)}" khi phát hành lại thông tin từ website này.</p>
  <div class="tandan-div-counter"><span>Lượt truy cập: {_views(VISITS)}</span>
    <span>Đang trực tuyến: <span id="lblOnline">...</span></span></div>
</div></div>
</div></div>
</form>
</body>
</html>
"""


def _breadcrumb(category: tuple[str, str]) -> str:
    return f"""    <div class="rcrumbs"><ul class="breadcrumb">
      <li><a href="/portal">Trang chủ</a></li>
      <li><a href="{category[0]}">{esc(category[1])}</a></li>
    </ul></div>
"""


def _page(head: str, path: str, main: str, items: list[Post]) -> str:
    return head + _header(path) + f"""<div class="container portal-content"><div class="row">
{_left_column()}  <div class="col-md-6" id="content-main">
{main}  </div>
{_right_column(items)}</div></div>
""" + _footer()


def _pager(number: int, total: int) -> str:
    if total == 1:
        return ""

    def href(n: int) -> str:
        return f"{CATEGORY[0]}?PageIndex={n}"

    parts = []
    if number > 1:
        parts += [f'<a href="{href(1)}">Đầu</a>', f'<a href="{href(number - 1)}">Trước</a>']
    parts += [f'<span class="CurrentPage">{n}</span>' if n == number else f'<a href="{href(n)}">{n}</a>'
              for n in range(1, total + 1)]
    if number < total:
        parts += [f'<a href="{href(number + 1)}">Tiếp</a>', f'<a href="{href(total)}">Cuối</a>']
    return f'    <div class="tandan-div-paging">{" ".join(parts)}</div>\n'


def _listing_page(category: tuple[str, str], chunk: list[Post], number: int, total: int, items: list[Post]) -> str:
    top, rest = chunk[0], chunk[1:]
    photo = (f'        <a class="channel-news-avatar" href="{esc(top.path)}"><img src="{esc(top.photo)}" alt=""></a>\n'
             if top.photo else "")
    entries = "\n".join(f"""      <div class="channel-news-item">
        <p class="channel-news-title"><a href="{esc(p.path)}" title="{esc(p.title)}">{esc(p.title)}</a></p>
        <span class="channel-news-date">{_dmy(p.when)}</span>
        <p class="channel-news-summary">{esc(_summary(p))}</p>
      </div>""" for p in rest)
    main = _breadcrumb(category) + f"""    <div class="channel-news">
      <div class="channel-news-top">
{photo}        <p class="tandan-p-article-news-title"><a href="{esc(top.path)}">{esc(top.title)}</a></p>
        <span class="channel-news-date">{_dmy(top.when)}</span>
        <p class="channel-news-summary">{esc(_summary(top))}</p>
      </div>
{entries}
    </div>
""" + _pager(number, total)
    path = category[0] + ("" if number == 1 else f"?PageIndex={number}")
    title = category[1] + ("" if number == 1 else f" - Trang {number}")
    return _page(_head(title, path, "", ""), path, main, items)


def _rich_field(post: Post) -> str:
    paragraphs = [f"<p>{esc(text)}</p>" for text in post.paragraphs]
    if post.photo:
        paragraphs.insert(1, f'<p style="text-align: center;"><img src="{esc(post.photo)}" alt=""></p>')
    if post.author:
        paragraphs.append(f'<p style="text-align: right;"><strong>{esc(post.author)}</strong></p>')
    return "\n".join(paragraphs)


def _article_page(post: Post, others: list[Post], items: list[Post]) -> str:
    sapo = f'\n    <p class="tandan-p-article-news-summary">{esc(post.sapo)}</p>' if post.sapo else ""
    attachment = ""
    if post.attachment:
        name = post.attachment.rsplit("/", 1)[-1][16:]
        attachment = f"""
    <div class="tandan-div-article-attach"><ul><li><a href="{esc(post.attachment)}" target="_blank">{esc(name)}</a>\
</li></ul></div>"""
    tags = [CATEGORY[1], *(["Dân vận"] if post.dan_van else [])]
    tag_links = " ".join(f'<a href="/portal/Pages/Tim-kiem.aspx?k={quote(t)}">{esc(t)}</a>' for t in tags)
    related = "\n".join(
        f'      <li><a href="{esc(p.path)}">{esc(p.title)}</a> <span class="ngay">({_dmy(p.when)})</span></li>'
        for p in others
    )
    # The main <p> is left open over the rich field and the furniture, as the portal's source has it
    # (see spiders/tandan.py); parsers close it at the first <div>.
    main = _breadcrumb(CATEGORY) + f"""    <div class="tandan-div-article">
    <p class="tandan-p-article-news-title">{esc(post.title)}</p>
    <div class="tandan-div-article-info"><span class="tandan-span-date-publish">Đăng ngày {post.when:%d/%m/%Y %H:%M}\
</span> | <span class="tandan-span-view-count">Lượt xem: {_views(post.views)}</span></div>{sapo}
    <p class="tandan-p-article-main">
    <div id="ctl00_PlaceHolderMain_ctl03__ControlWrapper_RichHtmlField" class="ms-rtestate-field" \
style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl03_label">
{_rich_field(post)}
    </div>
    <div id="ctl00_PlaceHolderMain_ctl08_label" style="display:none">Tệp đính kèm</div>{attachment}
    <div class="td-tags"><span>Tags:</span> {tag_links}</div>
    <div class="social-share">
      <a href="https://www.facebook.com/sharer/sharer.php?u={esc(post.url)}" target="_blank">Chia sẻ</a>
      <a href="javascript:window.print();">In bài viết</a>
      <a href="mailto:?subject={quote(post.title)}&amp;body={quote(post.url)}">Gửi email</a>
    </div>
    <div class="tandan-div-article-other"><p class="tandan-p-article-other">Các tin khác</p>
    <ul>
{related}
    </ul></div>
    </p>
    </div>
"""
    return _page(_head(post.title, post.path, post.sapo, ", ".join(tags)), post.path, main, items)
