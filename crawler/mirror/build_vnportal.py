"""Mirror pages of two VNPT vnPortal ("UIArticleInMenu") portals: ninhbinh.gov.vn and www.cantho.gov.vn.

Evidence ([V] seen, [I] inferred, [G] guessed; sources as in spiders/vnportal.py):
- [V] Categories: Ninh Bình `/thong-tin-chi-dao-dieu-hanh`, `/van-hoa-xa-hoi`; Cần Thơ
  `/tin-tuc-va-su-kien`, `/hoat-dong-lanh-dao-thanh-pho` (thuydung203/Crawl_data crawl_ninhbinh.py,
  crawl_cantho.py; the registry's start URLs). The menu labels are [G].
- [V] Articles at `/<category>/<slug>-<id>`; [I] the slug is cut at 96 characters, mid-word, as in
  the real `…-giai-doan-202-382026`; ids near the real 382026 on Ninh Bình, [G] on Cần Thơ.
- [V] Ninh Bình's list: `div.UIArticleInMenu_Default ul.ArticleList li.row` with `h2.Title a`,
  `div.Ngaydang` (a date) and `img.image`; its pager `li.page-item.page-number[data-page]` runs a
  script holding `article_category_id`, `categoryIds`, `site_id`, `page_size`, `maxPage =
  parseInt(N)`, which POSTs pages 2+ to `/DesktopModule/UIArticleInMenu/ArticleInMenuPagination.aspx/
  LoadArticle` and gets the list's HTML (gh-id:52394926869, gh-id:51840695651, gh-id:70457977629,
  crawl_ninhbinh.py). [G] That answer is the `li.row` items alone; it is stored as
  `LoadArticle@article_category_id=…&categoryIds=…&site_id=…&page=N&page_size=…` (crawler.mirror.server
  answers a POST whose form holds those pairs). The ids' values are [G].
- [V] Cần Thơ's categories page with `?page=N`; list links `.PostTitle a` inside `.ArticleInMenu` /
  `.ArticleList` (crawl_cantho.py, crawl_sonla.py); the pager's markup is [G].
- [V] The article block `div.ArticleDetailControl` > `.ArticleHeader`, `.PostDate`, `.ArticleSummary`,
  `.ArticleContent`, with `div.tool`, `div.UISocialShare`, the lead image `img.ImgDetailImage`
  (id `ctrl_162921_22_imgImagePath`), Ninh Bình's `div.tac_gia_news` ("Tác giả: …") inside the text
  and attachments `a.link-download`; `div.relate-news` below (same sources). [I] The date line
  "Thứ năm, 30/10/2025 | 10:31" is another VNPT layout's of the same scraper (gh-id:51781818359),
  used for Ninh Bình; Cần Thơ's "dd/mm/yyyy HH:MM" is [G]. [I] Files sit at
  `files-vnportal.<province>.gov.vn/gov-<code>/<siteId>/FileQuanTriTinTuc/<name>-<.NET ticks>`
  (files-vnportal.camau.gov.vn/gov-cmu/2649/…, shared/notes/portals.md §1b).
- [V] Meta: Ninh Bình's pages carry `keywords` and `description` (crawl_ninhbinh.py reads keywords);
  Cần Thơ's `description` and `og:description` (crawl_cantho.py reads both first).
- Furniture (frozen "today" line, menus, view and visit counters, share buttons) as on such portals [G].

Every article is a real corpus text, verbatim, dated from its real date line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import urlencode

from crawler.mirror import SITES
from crawler.mirror.build_haiphong import pick_corpus, selection, when_of
from crawler.mirror.corpus import CorpusArticle
from crawler.mirror.pages import esc, slugify, write_page

NINHBINH, CANTHO = "ninhbinh.gov.vn", "www.cantho.gov.vn"
HOSTS = (NINHBINH, CANTHO)
TODAY = "Thứ Hai, 23/11/2026"  # the header's "today" line, frozen like the tests' clock
PAGER_PATH = "/DesktopModule/UIArticleInMenu/ArticleInMenuPagination.aspx/LoadArticle"
SLUG_LENGTH = 96
WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")


@dataclass(frozen=True)
class Category:
    path: str  # "/thong-tin-chi-dao-dieu-hanh"
    label: str
    category_id: int  # the pager script's article_category_id
    per_page: int


@dataclass(frozen=True)
class Site:
    host: str
    name: str  # "Cổng thông tin điện tử tỉnh Ninh Bình"
    owner: str
    site_id: int
    files: str  # the file host's folder, "https://files-vnportal.ninhbinh.gov.vn/gov-nbh/1"
    visits: int
    posted_pager: bool  # pages 2+ by the script's POST (Ninh Bình), else `?page=N` links (Cần Thơ)
    categories: tuple[Category, ...]

    @property
    def base(self) -> str:
        return f"https://{self.host}"


@dataclass(frozen=True)
class Post:
    """One article page: a real corpus text in a category of a site."""

    id: int
    title: str
    when: datetime
    sapo: str
    paragraphs: tuple[str, ...]  # the text as printed below the sapo
    author: str
    category: Category
    dan_van: bool
    image: bool = False  # an image inside the text, after its first paragraph
    attachment: bool = False  # a "Tệp đính kèm" box at the end of the text
    key: str = field(default="", compare=False)  # the corpus article's id


def sites() -> tuple[Site, Site]:
    ninhbinh = Site(
        NINHBINH, "Cổng thông tin điện tử tỉnh Ninh Bình", "Ủy ban nhân dân tỉnh Ninh Bình", 1,
        "https://files-vnportal.ninhbinh.gov.vn/gov-nbh/1", 31287645, True,
        (Category("/thong-tin-chi-dao-dieu-hanh", "Thông tin chỉ đạo điều hành", 10470, 6),
         Category("/van-hoa-xa-hoi", "Văn hóa - Xã hội", 10466, 6)),
    )
    cantho = Site(
        CANTHO, "Cổng thông tin điện tử thành phố Cần Thơ", "Ủy ban nhân dân thành phố Cần Thơ", 3,
        "https://files-vnportal.cantho.gov.vn/gov-cto/3", 18904352, False,
        (Category("/tin-tuc-va-su-kien", "Tin tức và sự kiện", 2311, 5),
         Category("/hoat-dong-lanh-dao-thanh-pho", "Hoạt động lãnh đạo thành phố", 2314, 5)),
    )
    return ninhbinh, cantho


def chosen() -> tuple[list[CorpusArticle], list[CorpusArticle]]:
    """14 dân vận and 30 other corpus texts, none of the Hải Phòng portals' nor (by their
    positions) of kinhtedothi.vn's."""
    used = {a.key for picked in selection().values() for a in picked}
    dan_van, others = pick_corpus()
    return [a for a in dan_van if a.key not in used][1::2], [a for a in others if a.key not in used][2::6]


def plan() -> dict[Site, list[Post]]:
    """Every site's posts, newest first; ids grow with the date like a CMS's sequence."""
    dan_van, others = chosen()
    ninhbinh, cantho = sites()
    split = {
        ninhbinh: [(ninhbinh.categories[0], dan_van[0:8] + others[0:14]),
                   (ninhbinh.categories[1], dan_van[8:10] + others[14:18])],
        cantho: [(cantho.categories[0], dan_van[10:13] + others[18:27]),
                 (cantho.categories[1], dan_van[13:14] + others[27:30])],
    }
    bases = {ninhbinh: (381871, 5), cantho: (112840, 7)}
    result: dict[Site, list[Post]] = {}
    for site, groups in split.items():
        posts = [_post(article, category, article in dan_van) for category, articles in groups for article in articles]
        posts.sort(key=lambda p: (p.when, p.key))
        base, step = bases[site]
        numbered = [
            Post(base + step * rank + int(p.key) % step, p.title, p.when, p.sapo, p.paragraphs, p.author,
                 p.category, p.dan_van, image=rank % 3 == 1, attachment=rank % 4 == 2, key=p.key)
            for rank, p in enumerate(posts)
        ]
        assert len({p.id for p in numbered}) == len(numbered) and 382026 not in {p.id for p in numbered}
        result[site] = sorted(numbered, key=lambda p: (p.when, p.id), reverse=True)
    return result


def _post(article: CorpusArticle, category: Category, dan_van: bool) -> Post:
    paragraphs = article.paragraphs
    if article.sapo and paragraphs and paragraphs[0] == article.sapo:
        paragraphs = paragraphs[1:]  # the lead is printed once, above the text
    return Post(0, article.title, when_of(article), article.sapo, paragraphs, article.author, category,
                dan_van, key=article.key)


def url_of(site: Site, post: Post) -> str:
    return f"{site.base}{post.category.path}/{slugify(post.title, SLUG_LENGTH)}-{post.id}"


def pager_query(site: Site, category: Category, page: int) -> str:
    """The fields of a POSTed page that its stored answer is named by (in the script's order)."""
    ids = str(category.category_id)
    return urlencode([("article_category_id", ids), ("categoryIds", ids), ("site_id", str(site.site_id)),
                      ("page", str(page)), ("page_size", str(category.per_page))])


def listing_url(site: Site, category: Category, page: int) -> str:
    """Page `page` of a category: the category itself, `?page=N`, or the URL a POSTed page stands for."""
    if page == 1:
        return site.base + category.path
    if site.posted_pager:
        return f"{site.base}{PAGER_PATH}?{pager_query(site, category, page)}"
    return f"{site.base}{category.path}?page={page}"


def build(root: Path = SITES) -> None:
    """Write every page of the two portals under `root`."""
    for site, posts in plan().items():
        for category in site.categories:
            in_category = [p for p in posts if p.category == category]
            pages = [in_category[i:i + category.per_page] for i in range(0, len(in_category), category.per_page)]
            for number, chunk in enumerate(pages, 1):
                if number == 1:  # the category's own URL; its articles sit under it
                    html = _listing_page(site, category, chunk, len(pages), posts)
                    write_page(site.host, category.path + "/", html, root=root)
                elif site.posted_pager:
                    write_page(site.host, PAGER_PATH, _pager_answer(site, chunk),
                               query=pager_query(site, category, number), root=root)
                else:
                    html = _listing_page(site, category, chunk, len(pages), posts, number)
                    write_page(site.host, category.path, html, query=f"page={number}", root=root)
        for post in posts:
            write_page(site.host, url_of(site, post).split("/", 3)[3], _article_page(site, post, posts), root=root)


# --- markup -------------------------------------------------------------------------


def date_line(site: Site, when: datetime) -> str:
    """The article's date line: "Thứ năm, 30/10/2025 | 10:31" (Ninh Bình), "30/10/2025 10:31" (Cần Thơ)."""
    if site.posted_pager:
        return f"{WEEKDAYS[when.weekday()]}, {when:%d/%m/%Y} | {when:%H:%M}"
    return f"{when:%d/%m/%Y %H:%M}"


def _ticks(when: datetime) -> int:
    """.NET DateTime ticks, which the portals' file names end with."""
    return int((when - datetime(1, 1, 1)).total_seconds()) * 10_000_000


def image_url(site: Site, post: Post, kind: str = "") -> str:
    """The lead image (kind ""), or the one inside the text (kind "noi-dung")."""
    name = slugify(post.title, 40) + (f"-{kind}" if kind else "")
    return f"{site.files}/tintuc/{post.when.year}/{post.when.month}/{name}-{_ticks(post.when)}.jpg"


def attachment_url(site: Site, post: Post) -> str:
    return f"{site.files}/FileQuanTriTinTuc/{slugify(post.title, 40)}-{_ticks(post.when) + 1}.pdf"


def _summary(post: Post) -> str:
    text = post.sapo or post.paragraphs[0]
    return text if len(text) <= 220 else text[:220].rsplit(" ", 1)[0] + "..."


def views_of(post: Post) -> str:
    return f"{120 + (post.id * 7919) % 5300:,}".replace(",", ".")  # vi-VN thousands separator


def _head(site: Site, title: str, url: str, description: str, keywords: str = "") -> str:
    meta = [f'<meta name="description" content="{esc(description)}">']
    if site.posted_pager:
        meta.append(f'<meta name="keywords" content="{esc(keywords or title)}">')
    else:
        meta += [f'<meta property="og:title" content="{esc(title)}">',
                 f'<meta property="og:description" content="{esc(description)}">',
                 f'<meta property="og:url" content="{esc(url)}">',
                 '<meta property="og:type" content="website">']
    lines = "\n".join(meta)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
{lines}
<link rel="shortcut icon" href="/favicon.ico">
<link rel="stylesheet" href="/Resources/bootstrap/css/bootstrap.min.css">
<link rel="stylesheet" href="/Portals/{site.site_id}/Skins/default/css/style.css">
<script src="/Resources/js/jquery.min.js"></script>
</head>
"""


def _header(site: Site, path: str, active: str) -> str:
    first, second = site.categories
    menu = [("/", "Trang chủ"), ("/gioi-thieu-chung", "Giới thiệu"), (first.path, first.label),
            (second.path, second.label), ("/van-ban-chi-dao", "Văn bản chỉ đạo"),
            (f"https://dichvucong.{site.host.removeprefix('www.')}", "Dịch vụ công"), ("/lien-he", "Liên hệ")]
    items = "\n".join(
        f'      <li class="nav-item{" active" if href == active else ""}"><a class="nav-link" href="{href}">'
        f"{esc(label)}</a></li>" for href, label in menu
    )
    viewstate = "/wEPDwUKLTg3NjQ1MzIxMA9kFgJmD2QWAgIBD2QWAgIDD2QWAmYPZBYC" + str(len(path) * 7919 + site.site_id)
    return f"""<body>
<form method="post" action="{esc(path)}" id="form1">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate}"></div>
<div class="wrapper">
<div class="top-bar"><div class="container">
  <span class="today"><i class="fa fa-calendar"></i> {TODAY}</span>
  <ul class="top-links">
    <li><a href="/so-do-cong">Sơ đồ cổng</a></li><li><a href="/hoi-dap">Hỏi đáp</a></li>
    <li><a href="/dang-nhap">Đăng nhập</a></li>
  </ul>
  <div class="search"><input type="text" name="txtKeyword" placeholder="Tìm kiếm...">
    <a class="btn-search" href="/tim-kiem">Tìm kiếm</a></div>
</div></div>
<div class="header"><div class="container">
  <a class="logo" href="/"><img src="/Portals/{site.site_id}/logo.png" alt="{esc(site.name)}"></a>
  <div class="site-name">{esc(site.name.upper())}</div>
</div></div>
<nav class="menu-top"><div class="container">
  <ul class="nav">
{items}
  </ul>
</div></nav>
"""


def _sidebar(site: Site, newest: list[Post]) -> str:
    items = "\n".join(
        f'      <div class="item"><a href="{esc(url_of(site, p))}">{esc(p.title)}</a>'
        f' <span class="date">{p.when:%d/%m/%Y}</span></div>' for p in newest
    )
    return f"""  <div class="col-lg-3 col-right">
    <div class="UIListNews_Default"><div class="title-module">Tin mới</div>
{items}
    </div>
    <div class="banner"><a href="/lich-cong-tac"><img src="/Portals/{site.site_id}/banner/lich-cong-tac.png"
      alt="Lịch công tác"></a>
      <a href="/hoi-dap"><img src="/Portals/{site.site_id}/banner/hoi-dap.png" alt="Hỏi đáp trực tuyến"></a></div>
  </div>
"""


def _footer(site: Site) -> str:
    visits = f"{site.visits:,}".replace(",", ".")
    return f"""<div class="footer"><div class="container">
  <p class="footer-name">{esc(site.name.upper())}</p>
  <p>Cơ quan chủ quản: {esc(site.owner)}</p>
  <p>Ghi rõ nguồn "{esc(site.name)}" khi phát hành lại thông tin từ Cổng thông tin điện tử này.</p>
  <div class="counter">Lượt truy cập: <span>{visits}</span> | Đang truy cập: <span id="online">...</span></div>
</div></div>
</div>
</form>
</body>
</html>
"""


def _list_item(site: Site, post: Post) -> str:
    url = esc(url_of(site, post))
    if site.posted_pager:
        return f"""      <li class="row">
        <div class="col-lg-2"><a href="{url}"><img class="image" src="{esc(image_url(site, post))}"
          alt="{esc(post.title)}"></a></div>
        <div class="col-lg-10">
          <h2 class="Title"><a href="{url}">{esc(post.title)}</a></h2>
          <div class="Ngaydang">{post.when:%d/%m/%Y}</div>
          <p>{esc(_summary(post))}</p>
        </div>
      </li>"""
    return f"""      <div class="item">
        <a class="thumb" href="{url}"><img src="{esc(image_url(site, post))}" alt="{esc(post.title)}"></a>
        <div class="PostTitle"><a href="{url}">{esc(post.title)}</a></div>
        <div class="PostDate">{date_line(site, post.when)}</div>
        <div class="ArticleSummary">{esc(_summary(post))}</div>
      </div>"""


def _pager_answer(site: Site, chunk: list[Post]) -> str:
    """What the POSTed pager answers: the page's list items."""
    return "\n".join(_list_item(site, post) for post in chunk) + "\n"


def _listing_page(site: Site, category: Category, chunk: list[Post], total: int, posts: list[Post],
                  number: int = 1) -> str:
    items = "\n".join(_list_item(site, post) for post in chunk)
    path = category.path if number == 1 else f"{category.path}?page={number}"
    others = [p for p in posts if p.category != category][:5]
    if site.posted_pager:
        pages = "\n".join(
            f'      <li class="page-item page-number{" active" if n == 1 else ""}" data-page="{n}">'
            f'<a class="page-link" href="javascript:void(0);">{n}</a></li>' for n in range(1, total + 1)
        )
        if total > 1:
            pages += (f'\n      <li class="page-item" data-page="{total}">'
                      f'<a class="page-link" href="javascript:void(0);">»</a></li>')
        size = category.per_page
        block = f"""    <div class="UIArticleInMenu_Default">
      <div class="TitleCategory"><h1>{esc(category.label)}</h1></div>
      <ul class="ArticleList">
{items}
      </ul>
      <ul class="pagination">
{pages}
      </ul>
    </div>
    <script type="text/javascript">
      var maxPage = parseInt({total});
      function LoadArticleInMenu(page) {{
        $.ajax({{
          type: "POST",
          url: "{PAGER_PATH}",
          data: {{ article_category_id: {category.category_id}, categoryIds: "{category.category_id}",
            site_id: {site.site_id}, page: page, page_size: {size}, keyword: "", date_begin: "", date_end: "",
            show_no: "False", show_post_date: "True", num_of_text: 0, show_view_count: "False",
            filter_order_in_list: "False", is_default: "False", new: "False", number_of_day: 3, no: -{size},
            articlelang: "vi-VN", is_authenticated: "False" }},
          success: function (html) {{ $(".UIArticleInMenu_Default .ArticleList").html(html); }}
        }});
      }}
      $(".UIArticleInMenu_Default .page-number").click(function () {{
        $(this).addClass("active").siblings().removeClass("active");
        LoadArticleInMenu($(this).data("page"));
      }});
    </script>"""
    else:
        def href(n: int) -> str:
            return f"{category.path}?page={n}"

        links = [f'<li class="page-item{" active" if n == number else ""}"><a class="page-link" href="{href(n)}">'
                 f"{n}</a></li>" for n in range(1, total + 1)]
        if number < total:
            links.append(f'<li class="page-item next"><a class="page-link" href="{href(number + 1)}">›</a></li>')
        pager = f'\n      <ul class="pagination">{"".join(links)}</ul>' if total > 1 else ""
        block = f"""    <div class="ArticleInMenu">
      <h1 class="TitleCategory">{esc(category.label)}</h1>
      <div class="ArticleList">
{items}
      </div>{pager}
    </div>"""
    title = category.label + ("" if number == 1 else f" - Trang {number}")
    return (
        _head(site, f"{title} - {site.name}", site.base + path, f"{category.label} - {site.name}")
        + _header(site, path, category.path)
        + f"""<div class="container main"><div class="row">
  <div class="col-lg-9 col-left">
    <div class="BreadCrumb"><a href="/">Trang chủ</a> <span>/</span> <a href="{category.path}">{esc(category.label)}</a>
    </div>
{block}
  </div>
{_sidebar(site, others)}</div></div>
"""
        + _footer(site)
    )


def _text(site: Site, post: Post) -> str:
    """The `.ArticleContent` block: lead image, the text, an image, attachments, the author."""
    parts = [f'      <img id="ctrl_162921_22_imgImagePath" class="ImgDetailImage" src="{esc(image_url(site, post))}"'
             f' alt="{esc(post.title)}">']
    for index, paragraph in enumerate(post.paragraphs):
        parts.append(f'      <p style="text-align: justify;">{esc(paragraph)}</p>')
        if index == 0 and post.image:
            parts.append(f'      <p style="text-align: center;"><img src="{esc(image_url(site, post, "noi-dung"))}"'
                         ' alt="" width="600"></p>')
    if post.attachment:
        parts.append(f"""      <div class="FileAttachment"><p><strong>Tệp đính kèm:</strong></p>
        <ul><li><a class="link-download" href="{esc(attachment_url(site, post))}" target="_blank">Tải về</a></li></ul>
      </div>""")
    if post.author and site.posted_pager:
        parts.append(f'      <div class="tac_gia_news">Tác giả: <strong>{esc(post.author)}</strong></div>')
    elif post.author:
        parts.append(f'      <p style="text-align: right;"><strong>Tác giả: {esc(post.author)}</strong></p>')
    return "\n".join(parts)


def _article_page(site: Site, post: Post, posts: list[Post]) -> str:
    url = url_of(site, post)
    path = url.split("/", 3)[3]
    same = [p for p in posts if p.category == post.category and p is not post]
    related = "\n".join(
        f'        <li><a href="{esc(url_of(site, p))}">{esc(p.title)}</a> <span>({p.when:%d/%m/%Y})</span></li>'
        for p in same[:5]
    )
    sapo = f'\n      <div class="ArticleSummary">{esc(post.sapo)}</div>' if post.sapo else ""
    share = esc(url)
    detail = f"""    <div class="ArticleDetailControl">
      <div class="ArticleHeader">{esc(post.title)}</div>
      <div class="PostDate">{date_line(site, post.when)}</div>
      <div class="tool"><span class="ViewCount">Lượt xem: {views_of(post)}</span>
        <a href="javascript:window.print();">In bài viết</a> <a href="mailto:?subject={esc(post.title)}">Gửi email</a>
        <a class="font-up" href="javascript:void(0);">A+</a> <a class="font-down" href="javascript:void(0);">A-</a>
      </div>{sapo}
      <div class="ArticleContent">
{_text(site, post)}
      </div>
      <div class="UISocialShare">
        <a class="zalo-share-button" href="https://sp.zalo.me/share_inline?url={share}">Zalo</a>
        <a class="fb-share" href="https://www.facebook.com/sharer/sharer.php?u={share}">Facebook</a>
      </div>
    </div>
    <div class="relate-news"><div class="title">Tin cùng chuyên mục</div>
      <ul>
{related}
      </ul>
    </div>"""
    newest = [p for p in posts if p is not post][:5]
    return (
        _head(site, post.title, url, _summary(post), keywords=f"{post.category.label}, {post.title}")
        + _header(site, "/" + path, post.category.path)
        + f"""<div class="container main"><div class="row">
  <div class="col-lg-9 col-left">
    <div class="BreadCrumb"><a href="/">Trang chủ</a> <span>/</span>
      <a href="{post.category.path}">{esc(post.category.label)}</a></div>
{detail}
  </div>
{_sidebar(site, newest)}</div></div>
"""
        + _footer(site)
    )
