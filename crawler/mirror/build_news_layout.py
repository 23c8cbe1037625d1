"""Mirror pages of hungyen.gov.vn, a portal of the "news-detail-layout-type-N" CMS.

URL scheme:
- category listings `/chuyen-muc-<slug>-c<catId>-<page>.html`, page 1 included: "Tin chung
  toàn tỉnh" (`-c217-`, three pages) and "Tin tổng hợp" (`-c21073-`, one page, which
  cross-lists some articles of the first);
- articles `/<slug>-c<articleId>.html`, ids growing with the publication date.

Evidence of the markup, [V] seen in it, [G] guessed:
- thuydung203/Crawl_data `crawl_hungyen.py`: [V] both start URLs and their category names;
  [V] list items `div.item-new` > `a.article-title.common-title`, `div.article-brief`,
  `span.article-date`; [V] `.article-content` around the article with a `relate-news` box and
  "Tác giả: …" after the text; [V] the lead in bold (`p > strong`); [V] `.post-date` ending in
  "| lượt xem: N"; [V] `<meta name="keywords">`.
- thuydung203/Crawl_data `crawl_gialai.py` (same CMS): [V] pager `.wrapper-pagination a.next-pages`.
- The CMS's detail template (gh-id:4598137269): [V] `article.news-detail-layout-type-2`, its
  `header` (`span.post-date`, the `div.block_share` font/print/e-mail tools), `div.block-core-a3`
  (`h1.title-detail`, `div.social-connect` with the Zalo and Facebook buttons, `div.brief`),
  `div.content-detail[itemprop=articleBody]`, the `div.rating` star widget, the microdata
  `datePublished`, the breadcrumb `div.pathway-category ol.breadcrumb`; [V] `div.author` with
  "Tác giả: …" at the foot (gh-id:51841492944).
- [V] weekday, date, then time, "|"-separated, as "Thứ 4, 30/09/2026 | 21:22" (moit.gov.vn, same
  CMS, gh-id:70432776768); [G] that Hưng Yên prints that line followed by its "| Lượt xem: N".
- [G] the pager's other classes, the list date "dd/mm/yyyy", upload paths, the "Tệp đính kèm"
  attachment box, the header and footer furniture, the article ids.

Every article is a real text of the corpus, verbatim, dated from its real date line; the
header's "today" line is frozen like the tests' clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from crawler.mirror import SITES
from crawler.mirror.build_haiphong import pick_corpus, selection, when_of
from crawler.mirror.corpus import CorpusArticle, is_about_dan_van
from crawler.mirror.pages import esc, slugify, write_page

HOST = "hungyen.gov.vn"
HOSTS = (HOST,)
BASE = f"https://{HOST}"
SITE_NAME = "Cổng thông tin điện tử tỉnh Hưng Yên"
TODAY = "Thứ Hai, 23/11/2026"  # the header's "today" line, frozen like the tests' clock
PER_PAGE = 10
WEEKDAYS = ("Thứ 2", "Thứ 3", "Thứ 4", "Thứ 5", "Thứ 6", "Thứ 7", "Chủ nhật")
FIRST_DAY = datetime(2013, 1, 1)  # ids count from here, as a CMS sequence would
FIRST_ID = 41000


@dataclass(frozen=True)
class Category:
    id: int
    slug: str
    label: str

    def url(self, page: int) -> str:
        return f"{BASE}/chuyen-muc-{self.slug}-c{self.id}-{page}.html"


NEWS = Category(217, "tin-chung-toan-tinh", "Tin chung toàn tỉnh")
DIGEST = Category(21073, "tin-tong-hop", "Tin tổng hợp")
# The menu's other categories (names and ids as the real start URLs give them); not mirrored,
# so the menu names them without links to their listing pages.
OTHER_CATEGORIES = ("Tin các sở ngành, xã phường", "Tin trong nước", "Tin quốc tế", "Lắng nghe truyền thông",
                    "Lịch sử - Văn hóa - Du lịch", "Văn bản chính sách mới")


@dataclass(frozen=True)
class Post:
    """One article page: a real corpus text and the markup choices around it."""

    id: int
    key: str  # the corpus article's key
    title: str
    when: datetime
    sapo: str
    paragraphs: tuple[str, ...]
    author: str
    views: int
    dan_van: bool
    image: str = ""  # an uncaptioned photo inside the body
    attachment: str = ""  # a file in the "Tệp đính kèm" box

    @property
    def url(self) -> str:
        return f"{BASE}/{slugify(self.title, 100)}-c{self.id}.html"

    @property
    def path(self) -> str:
        return self.url.split("/", 3)[3]


def date_line(when: datetime, views: int) -> str:
    """'Thứ 2, 12/01/2026 | 16:35 | Lượt xem: 1.234': the article's `.post-date` line."""
    return f"{WEEKDAYS[when.weekday()]}, {when:%d/%m/%Y} | {when:%H:%M} | Lượt xem: {_thousands(views)}"


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")  # vi-VN grouping, as the portals print counts


def chosen() -> list[CorpusArticle]:
    """12 dân vận texts and 18 others, none used by the Hải Phòng portals, and none of the
    ones kinhtedothi.vn uses (it takes the even dân vận ones and every 8th other from the 6th)."""
    used = {a.key for picked in selection().values() for a in picked}
    dan_van, others = pick_corpus()
    free_dv = [a for a in dan_van if a.key not in used]
    free_other = [a for a in others if a.key not in used]
    return free_dv[1::2][:12] + free_other[2::8][:18]


def body_of(article: CorpusArticle) -> tuple[str, ...]:
    """The text's paragraphs after its lead: a few corpus texts open their body with the lead
    again (their source printed it twice), which a page of this CMS shows once, in bold."""
    paragraphs = article.paragraphs
    return paragraphs[1:] if article.sapo and paragraphs and paragraphs[0] == article.sapo else paragraphs


def posts() -> list[Post]:
    """Every article of the portal, newest first."""
    articles = sorted(chosen(), key=lambda a: (when_of(a), int(a.key)))
    result: list[Post] = []
    per_day: dict[int, int] = {}
    for n, article in enumerate(articles):
        when = when_of(article)
        day = (when - FIRST_DAY).days
        rank = per_day[day] = per_day.get(day, -1) + 1  # same-day articles keep their order
        slug = slugify(article.title, 40)
        result.append(Post(
            id=FIRST_ID + day * 23 + rank, key=article.key, title=article.title, when=when,
            sapo=article.sapo, paragraphs=body_of(article), author=article.author,
            views=120 + (int(article.key) * 7919) % 4800, dan_van=is_about_dan_van(article),
            image=f"/upload/{when:%Y}/{when:%m}/{slug}.jpg" if n % 3 == 0 else "",
            attachment=f"/upload/{when:%Y}/{when:%m}/{slug}.pdf" if n % 5 == 2 else "",
        ))
    ids = [p.id for p in result]
    assert len(set(ids)) == len(ids), "duplicate article ids"
    return result[::-1]


def listing_pages(items: list[Post] | None = None) -> list[tuple[Category, list[Post]]]:
    """Every listing page, in order, as (category, the posts it lists): the category's pages
    (page n is the n-th item of its category), then the one-page "Tin tổng hợp" (every fourth post)."""
    items = posts() if items is None else items
    pages = [(NEWS, items[i:i + PER_PAGE]) for i in range(0, len(items), PER_PAGE)]
    return [*pages, (DIGEST, items[::4])]


def listings() -> dict[str, list[Post]]:
    """Each listing page's URL and the posts it lists, in order."""
    numbered: dict[str, list[Post]] = {}
    count: dict[int, int] = {}
    for category, chunk in listing_pages():
        count[category.id] = count.get(category.id, 0) + 1
        numbered[category.url(count[category.id])] = chunk
    return numbered


def build(root: Path = SITES) -> None:
    """Write every page of hungyen.gov.vn under `root`."""
    items = posts()
    pages = listing_pages(items)
    for category in (NEWS, DIGEST):
        mine = [chunk for c, chunk in pages if c is category]
        for number, chunk in enumerate(mine, 1):
            html = _listing_page(category, chunk, number, len(mine), items)
            write_page(HOST, category.url(number).split("/", 3)[3], html, root=root)
    for index, post in enumerate(items):
        related = items[index + 1:index + 4] or items[max(0, index - 3):index]
        write_page(HOST, post.path, _article_page(post, related, items), root=root)


# --- markup -------------------------------------------------------------------------


def _head(title: str, description: str, keywords: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="description" content="{esc(description)}">
<meta name="keywords" content="{esc(keywords)}">
<link rel="shortcut icon" href="/favicon.ico">
<link rel="stylesheet" href="/App/Corporate/css/bootstrap.min.css">
<link rel="stylesheet" href="/App/Corporate/css/style.css">
<script src="/App/Corporate/js/jquery.min.js"></script>
</head>
"""


def _header(active: Category | None) -> str:
    def item(category: Category) -> str:
        cls = ' class="active"' if category is active else ""
        return f'        <li{cls}><a href="{category.url(1)}">{esc(category.label)}</a></li>'

    others = "\n".join(f'        <li><a href="javascript:void(0);">{esc(label)}</a></li>' for label in OTHER_CATEGORIES)
    return f"""<body>
<div id="whole-page">
<div id="page-header">
  <div class="top-header"><div class="container">
    <span class="today"><i class="fa fa-calendar"></i> {TODAY}</span>
    <ul class="top-links">
      <li><a href="/">Trang chủ</a></li><li><a href="/so-do-cong.html">Sơ đồ cổng</a></li>
      <li><a href="/lien-he.html">Liên hệ</a></li><li><a href="https://en.hungyen.gov.vn">English</a></li>
    </ul>
    <form class="search-form" action="/tim-kiem.html" method="get">
      <input type="text" name="keyword" placeholder="Nhập từ khóa tìm kiếm"><button type="submit">Tìm kiếm</button>
    </form>
  </div></div>
  <div class="banner"><div class="container">
    <a class="logo" href="/"><img src="/App/Corporate/images/logo-hungyen.png" alt="{esc(SITE_NAME)}"></a>
    <div class="site-name"><span class="line-1">CỔNG THÔNG TIN ĐIỆN TỬ</span>
      <span class="line-2">TỈNH HƯNG YÊN</span></div>
  </div></div>
  <nav class="main-menu"><div class="container"><ul class="menu">
    <li><a href="/">Trang chủ</a></li>
    <li><a href="/gioi-thieu.html">Giới thiệu</a></li>
    <li class="has-sub"><a href="javascript:void(0);">Tin tức - Sự kiện</a>
      <ul class="sub-menu">
{item(NEWS)}
{item(DIGEST)}
{others}
      </ul></li>
    <li><a href="/van-ban.html">Văn bản</a></li>
    <li><a href="https://dichvucong.hungyen.gov.vn">Dịch vụ công</a></li>
    <li><a href="/hoi-dap.html">Hỏi đáp</a></li>
  </ul></div></nav>
</div>
<div id="page-content"><div class="container"><div class="row">
"""


def _sidebar(newest: list[Post]) -> str:
    links = "\n".join(
        f'      <li><a href="{esc(p.url)}" title="{esc(p.title)}">{esc(p.title)}</a></li>' for p in newest
    )
    return f"""  <div class="col-right col-xs-12 col-md-3 col-sm-4">
    <div class="panel panel-default frame-hot-news">
      <div class="panel-heading"><div class="panel-title">Tin mới nhất</div></div>
      <div class="panel-body"><ul class="list-hot-news">
{links}
      </ul></div>
    </div>
    <div class="panel panel-default frame-banner">
      <a href="https://dichvucong.hungyen.gov.vn"><img src="/App/Corporate/images/dich-vu-cong.png"
        alt="Dịch vụ công trực tuyến"></a>
      <a href="/lich-cong-tac.html"><img src="/App/Corporate/images/lich-cong-tac.png" alt="Lịch công tác"></a>
    </div>
  </div>
"""


def _footer() -> str:
    return """</div></div></div>
<div id="page-footer"><div class="container">
  <p class="footer-name">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HƯNG YÊN</p>
  <p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Hưng Yên</p>
  <p>Ghi rõ nguồn "Cổng thông tin điện tử tỉnh Hưng Yên" khi phát hành lại thông tin từ website này.</p>
  <div class="counter"><span>Lượt truy cập: 38.417.205</span> <span>Đang trực tuyến: <b id="online">...</b></span></div>
</div></div>
</div>
<script>$(function () { $("#online").load("/ajax/online"); });</script>
</body>
</html>
"""


def _breadcrumb(category: Category) -> str:
    return f"""    <div class="pathway-category">
      <ol class="breadcrumb clearfix" itemprop="breadcrumb" itemtype="http://schema.org/BreadcrumbList">
        <li class="first-item" itemscope itemtype="http://schema.org/ListItem" itemprop="itemListElement">
          <a href="/" title="Trang chủ" itemprop="item">Trang chủ</a></li>
        <li itemscope itemtype="http://schema.org/ListItem" itemprop="itemListElement">
          <a href="{category.url(1)}" title="{esc(category.label)}" itemprop="item">{esc(category.label)}</a></li>
      </ol>
    </div>
"""


def _summary(post: Post) -> str:
    text = post.sapo or post.paragraphs[0]
    return text if len(text) <= 240 else text[:240].rsplit(" ", 1)[0] + "..."


def _body(post: Post) -> str:
    out = [f'<p style="text-align: justify;">{esc(text)}</p>' for text in post.paragraphs]
    if post.image:
        # The photo after the opening paragraph, without a caption line.
        out.insert(1, f'<p style="text-align: center;"><img src="{post.image}" alt="" width="600"></p>')
    if post.attachment:
        name = post.attachment.rsplit("/", 1)[1]
        out.append(
            '<div class="attach-file"><p class="title-attach"><strong>Tệp đính kèm:</strong></p>\n'
            f'<ul><li><a class="link-download" href="{post.attachment}" target="_blank">{esc(name)}</a></li></ul></div>'
        )
    return "\n".join(out)


def _article_page(post: Post, related: list[Post], items: list[Post]) -> str:
    sapo = (f'\n        <div class="brief font-size-text mb-10" style="text-align: justify;">'
            f"<p><strong>{esc(post.sapo)}</strong></p></div>") if post.sapo else ""
    author = (f'\n        <div class="clearfix mt-10"><div class="author pull-right">Tác giả: '
              f"<strong>{esc(post.author)}</strong></div></div>") if post.author else ""
    relate = "\n".join(
        f'          <li><a href="{esc(p.url)}">{esc(p.title)}</a> <span class="time-relatedArticles">'
        f"({p.when:%d/%m/%Y})</span></li>" for p in related
    )
    keywords = ", ".join(("Hưng Yên", NEWS.label, "dân vận" if post.dan_van else "tin tức"))
    newest = [p for p in items[:6] if p is not post][:5]
    return (
        _head(f"{post.title} - {SITE_NAME}", _summary(post), keywords)
        + _header(NEWS)
        + f"""  <div class="col-left col-xs-12 col-md-9 col-sm-8">
  <div id="module11" class="ModuleWrapper">
{_breadcrumb(NEWS)}  </div>
  <div id="module17" class="ModuleWrapper">
    <article id="article17" class="news-detail-layout-type-2 mb-20" itemscope itemtype="http://schema.org/NewsArticle">
      <meta itemprop="datePublished" content="{post.when:%Y-%m-%dT%H:%M:00}+07:00">
      <header class="clearfix"><span class="post-date left"><i class="fa fa-clock-o" aria-hidden="true"></i>
        {date_line(post.when, post.views)}</span>
        <div class="block_share pull-right"><a href="javascript:void(0);" class="custom-font"
          onclick="fontCustom('small');">A<sup>-</sup></a> <a href="javascript:void(0);" class="custom-font"
          onclick="fontCustom('medium');">A</a> <a href="javascript:void(0);" class="custom-font"
          onclick="fontCustom('large');">A<sup>+</sup></a> <span class="drash"> | </span>
          <a href="javascript:void(0);" onclick="printArticle('{post.id}');" title="In" rel="nofollow">In bài</a>
          <a class="btn_email" rel="nofollow" href="#email-popup" title="Email"
            onclick="sendMail('{post.id}');">Gửi email</a>
        </div>
      </header>
      <div class="article-content">
        <div class="block-core-a3">
        <h1 class="title-detail" itemprop="headline">{esc(post.title)}</h1>
        <div class="social-connect clearfix mb-15"><div class="network-share pull-right">
          <div class="zalo-share-button" data-href="{esc(post.url)}" data-oaid="579745863508352884" data-layout="1"
            data-color="blue" data-customize="false"></div>
          <div class="facebook"><div class="fb-like" data-href="{esc(post.url)}" data-layout="button_count"
            data-share="true"></div></div>
          <a href="javascript:void(0);" class="btn btn-xs btn-primary"
            onclick="readArticle('{post.id}',$(this));">Đọc bài</a>
          <a href="javascript:void(0);" class="btn btn-xs btn-info"><span class="text-mobile">Lưu</span></a>
        </div></div>{sapo}
        </div>
        <div id="audio17"><audio></audio></div>
        <div class="block-core-a5" style="text-align: justify;">
        <div class="content-detail font-size-text mb-20" itemprop="articleBody">
{_body(post)}
        </div>
        <hr>{author}
        </div>
        <div class="relate-news"><div class="title-relatedArticles"><span>Tin liên quan</span></div>
        <ul class="relatedArticles-list">
{relate}
        </ul></div>
        <div class="rating mt-10"><div id="star-rating">
          <div id="stringrating17">Tổng số điểm của bài viết là: <span class="totalStar">0</span> trong
            <span class="totalRating">0</span> đánh giá</div>
          <div><input class="hover-star" type="radio" value="1" title="bài viết rất kém">
            <input class="hover-star" type="radio" value="5" title="bài viết rất tốt">
            <span id="rating-label17">Click để đánh giá bài viết</span></div>
        </div></div>
      </div>
    </article>
  </div>
  </div>
{_sidebar(newest)}"""
        + _footer()
    )


def _list_item(post: Post) -> str:
    thumb = post.image or "/App/Corporate/images/no-image.jpg"
    return f"""      <div class="item-new clearfix">
        <a class="article-image" href="{esc(post.url)}"><img src="{thumb}" alt="{esc(post.title)}"></a>
        <a class="article-title common-title" href="{esc(post.url)}" title="{esc(post.title)}">{esc(post.title)}</a>
        <span class="article-date">{post.when:%d/%m/%Y}</span>
        <div class="article-brief">{esc(_summary(post))}</div>
      </div>"""


def _pager(category: Category, number: int, total: int) -> str:
    """The pager: first/previous, the numbers, next/last; nothing past the last page."""
    if total <= 1:
        return ""
    items = []
    if number > 1:
        items.append(f'<li><a class="first-pages" href="{category.url(1)}" title="Trang đầu">«</a></li>')
        items.append(f'<li><a class="prev-pages" href="{category.url(number - 1)}" title="Trang trước">‹</a></li>')
    for n in range(1, total + 1):
        items.append(f'<li class="active"><a href="javascript:void(0);">{n}</a></li>' if n == number
                     else f'<li><a href="{category.url(n)}">{n}</a></li>')
    if number < total:
        items.append(f'<li><a class="next-pages" href="{category.url(number + 1)}" title="Trang sau">›</a></li>')
        items.append(f'<li><a class="last-pages" href="{category.url(total)}" title="Trang cuối">»</a></li>')
    return '    <div class="wrapper-pagination"><ul class="pagination">' + "".join(items) + "</ul></div>\n"


def _listing_page(category: Category, chunk: list[Post], number: int, total: int, items: list[Post]) -> str:
    title = category.label + ("" if number == 1 else f" - Trang {number}")
    return (
        _head(f"{title} - {SITE_NAME}", f"Tin tức {category.label} tỉnh Hưng Yên", f"Hưng Yên, {category.label}")
        + _header(category)
        + f"""  <div class="col-left col-xs-12 col-md-9 col-sm-8">
  <div id="module11" class="ModuleWrapper">
{_breadcrumb(category)}  </div>
  <div id="module22" class="ModuleWrapper">
    <h2 class="title-category">{esc(category.label)}</h2>
    <section id="section22" class="section-list Article-Detail-listType2">
{chr(10).join(_list_item(p) for p in chunk)}
    </section>
{_pager(category, number, total)}  </div>
  </div>
{_sidebar(items[:5])}"""
        + _footer()
    )
