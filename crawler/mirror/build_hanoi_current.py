"""Mirror pages of Hà Nội's current portal platform (about 2024 onward): hanoi.gov.vn and the
Cầu Giấy ward portal.

URL schemes (see the notes on the real portals):
- listings `/{category}`, then `/{category}/trang-N.htm` for page N >= 2;
- articles `/{category}/{slug}-{id}.htm`, where the id is the site prefix ("4" for
  hanoi.gov.vn, "2805" for the ward portal), the creation time `yyMMddHHmmss` and three
  more digits.

Article pages use the newsroom CMS markup of this platform: `h1.detail-title`,
`time[data-role=publishdate]`, `h2.detail-sapo`, `div.detail-content.afcbc-body` with
photos as figure/figcaption and an in-body related-news box, `div.detail-author`, tags,
share buttons and related lists. A few hanoi.gov.vn pages (the long-form template) print no
date at all: only the id tells when they were written.

The ward portal lives on caugiay.hanoi.gov.vn, a host shared with the district's Liferay
archive (`build_hanoi_liferay`, which owns the host directory and calls
`build_caugiay_ward` after writing its own paths); this module writes only the ward
portal's paths there. Texts are real articles of the corpus, with deterministic dates in
2024-2026.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from crawler.mirror import SITES
from crawler.mirror.corpus import CorpusArticle, is_about_dan_van, real_articles
from crawler.mirror.pages import esc, slugify, write_page

HOSTS = ("hanoi.gov.vn",)
WARD_HOST = "caugiay.hanoi.gov.vn"  # shared with build_hanoi_liferay, which lists it in HOSTS
WARD_PATHS = ("tin-tuc-su-kien", "kinh-te-tai-chinh")  # the ward portal's top folders there

# The header's "today" line, frozen like the tests' clock: never a publication date.
TODAY = "Thứ Hai, 23/11/2026"
MEDIA = "https://ubnd-hanoi.mediacdn.vn"
# Photo captions in the corpus texts: "... (Ảnh: Thu Hiền)" or a bare "(Ảnh Lê Hải)".
_CAPTION = re.compile(r"\(\s*[ảẢ]nh\b[^()]{0,60}\)\s*\.?$")
_PHOTO_CREDIT_ONLY = re.compile(r"^\(\s*[ảẢ]nh\b[^()]{0,60}\)\.?$")


# --- the corpus, shared by the two Hà Nội builders ---------------------------------------


@dataclass(frozen=True)
class Block:
    """One block of an article body: a paragraph, or a photo with its caption."""

    kind: str  # "p" or "img"
    text: str


def corpus_blocks(article: CorpusArticle) -> tuple[Block, ...]:
    """The article's paragraphs; lines that are photo captions become photos with them."""
    blocks: list[Block] = []
    for para in article.paragraphs:
        if len(para) <= 300 and _CAPTION.search(para):
            previous = blocks[-1] if blocks else None
            # A caption the editor broke over two lines: the credit alone, or a line that
            # goes on in lower case, continues the short line before it.
            continued = _PHOTO_CREDIT_ONLY.match(para) or para[:1].islower()
            if previous and continued and (previous.kind == "img" or (
                    len(previous.text) <= 200 and not previous.text.endswith((".", ":", ";", "!", "?")))):
                blocks[-1] = Block("img", f"{previous.text} {para}")
            else:
                blocks.append(Block("img", para))
        else:
            blocks.append(Block("p", para))
    return tuple(blocks)


def share_corpus() -> dict[str, list[CorpusArticle]]:
    """Distinct real articles split between the Hà Nội portals of the mirror, each a mix of
    dân vận and other texts: keys "caugiay", "hoangmai" (Liferay), "hanoi", "caugiay-phuong"."""
    seen: set[str] = set()
    unique: list[CorpusArticle] = []
    for article in real_articles():
        if article.title not in seen and len(article.paragraphs) >= 2:
            seen.add(article.title)
            unique.append(article)
    dan_van = [a for a in unique if is_about_dan_van(a)]
    others = [a for a in unique if not is_about_dan_van(a)]
    shares: dict[str, list[CorpusArticle]] = {k: [] for k in ("caugiay", "hoangmai", "hanoi", "caugiay-phuong")}
    for i, article in enumerate(dan_van):
        key = ("caugiay", "hanoi", "hoangmai", "caugiay-phuong", "")[i % 5]
        if key:
            shares[key].append(article)
    cycle = ("caugiay", "hanoi", "hoangmai", "hanoi", "caugiay-phuong", "caugiay", "hanoi",
             "caugiay-phuong", "hoangmai", "hanoi", "caugiay", "hanoi", "caugiay-phuong", "caugiay")
    for i, article in enumerate(others[1::3]):
        shares[cycle[i % len(cycle)]].append(article)
    return shares


def digest(text: str, modulo: int) -> int:
    """A stable number from a text (for ids, view counts, photo names): no randomness."""
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest()[:12], 16) % modulo


# --- sites and posts --------------------------------------------------------------------


@dataclass(frozen=True)
class Category:
    slug: str
    label: str


@dataclass(frozen=True)
class Site:
    host: str
    name: str
    banner: str  # the big header line
    owner: str
    prefix: str  # article-id prefix
    media_id: str  # the site's folder on the media CDN
    visits: int


@dataclass(frozen=True)
class Post:
    site: Site
    category: Category
    title: str
    sapo: str
    blocks: tuple[Block, ...]
    author: str
    published: datetime
    created: datetime  # the time in the id: when the editor created the draft
    serial: int  # the id's last three digits
    dated: bool = True  # the long-form template prints no date

    @property
    def id(self) -> str:
        return f"{self.site.prefix}{self.created:%y%m%d%H%M%S}{self.serial:03d}"

    @property
    def path(self) -> str:
        return f"/{self.category.slug}/{slugify(self.title, 200)}-{self.id}.htm"

    @property
    def url(self) -> str:
        return f"https://{self.site.host}{self.path}"


HANOI = Site("hanoi.gov.vn", "Cổng thông tin điện tử Thành phố Hà Nội", "CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HÀ NỘI",
             "Ủy ban nhân dân Thành phố Hà Nội", "4", "90649499933302784", 186403551)
WARD = Site(WARD_HOST, "Cổng thông tin điện tử phường Cầu Giấy", "UBND PHƯỜNG CẦU GIẤY",
            "Ủy ban nhân dân phường Cầu Giấy", "2805", "231594448585469952", 2310457)
NOI_BAT = Category("tin-tuc-su-kien-noi-bat", "Tin tức sự kiện nổi bật")
CHI_DAO = Category("chi-dao-dieu-hanh", "Chỉ đạo điều hành")
WARD_NEWS = Category("tin-tuc-su-kien", "Tin tức sự kiện")
WARD_ECONOMY = Category("kinh-te-tai-chinh", "Kinh tế - Tài chính")
LISTINGS = {HANOI: (NOI_BAT, CHI_DAO), WARD: (WARD_NEWS,)}
PER_PAGE = {NOI_BAT: 10, CHI_DAO: 5, WARD_NEWS: 6}


def _posts(site: Site, articles: list[CorpusArticle], categories: list[Category], start: datetime,
           end: datetime, undated_every: int = 0) -> list[Post]:
    """Posts spread evenly over [start, end), in corpus order; times of day from the text's id."""
    posts = []
    step = (end - start) / len(articles)
    for i, article in enumerate(articles):
        key = int(article.key)
        day = start + step * i + timedelta(days=key % 3)
        published = day.replace(hour=6 + key % 15, minute=(key * 13) % 60, second=0, microsecond=0)
        created = published - timedelta(minutes=3 + key % 40, seconds=(key * 7) % 60)
        blocks = corpus_blocks(article)
        sapo = article.sapo
        if not sapo and blocks[0].kind == "p":  # this CMS always shows a sapo: the lead paragraph
            sapo, blocks = blocks[0].text, blocks[1:]
        posts.append(Post(
            site=site, category=categories[i % len(categories)], title=article.title,
            sapo=sapo, blocks=blocks, author=article.author,
            published=published, created=created, serial=digest(article.key + site.host, 1000),
            dated=not (undated_every and i % undated_every == undated_every - 1),
        ))
    ids = [p.id for p in posts]
    assert len(set(ids)) == len(ids), f"{site.host}: duplicate ids"
    return posts


def hanoi_posts() -> list[Post]:
    """hanoi.gov.vn: 3 pages of "Tin tức sự kiện nổi bật" and 2 of "Chỉ đạo điều hành"."""
    articles = share_corpus()["hanoi"]
    main, directives = articles[:-8], articles[-8:]
    return (_posts(HANOI, main, [NOI_BAT], datetime(2024, 1, 9), datetime(2026, 11, 15), undated_every=9)
            + _posts(HANOI, directives, [CHI_DAO], datetime(2024, 2, 20), datetime(2026, 10, 30)))


def ward_posts() -> list[Post]:
    """The ward portal: district-era posts (before 2025-07-01) and ward-era ones."""
    return _posts(WARD, share_corpus()["caugiay-phuong"], [WARD_NEWS, WARD_NEWS, WARD_ECONOMY],
                  datetime(2024, 9, 16), datetime(2026, 11, 10))


# --- writing ----------------------------------------------------------------------------


def build(root: Path = SITES) -> None:
    """Write hanoi.gov.vn and the ward portal's pages on caugiay.hanoi.gov.vn."""
    _write_site(HANOI, hanoi_posts(), root)
    build_caugiay_ward(root)


def build_caugiay_ward(root: Path = SITES) -> None:
    """Write the Cầu Giấy ward portal's paths (only them) on the shared host."""
    for top in WARD_PATHS:
        shutil.rmtree(root / WARD_HOST / top, ignore_errors=True)
    _write_site(WARD, ward_posts(), root)


def _write_site(site: Site, posts: list[Post], root: Path) -> None:
    posts = sorted(posts, key=lambda p: p.published, reverse=True)
    for category in LISTINGS[site]:
        # The ward portal's news page lists every section; hanoi.gov.vn lists one category per page.
        listed = [p for p in posts if p.category == category or site is WARD]
        per_page = PER_PAGE[category]
        pages = [listed[i:i + per_page] for i in range(0, len(listed), per_page)]
        for number, chunk in enumerate(pages, 1):
            html = _listing_page(site, category, chunk, number, len(pages), posts)
            if number == 1:
                write_page(site.host, f"{category.slug}/", html, root=root)
            else:
                write_page(site.host, f"{category.slug}/trang-{number}.htm", html, root=root)
    for post in posts:
        same = [p for p in posts if p.category == post.category and p is not post]
        write_page(site.host, post.path, _article_page(post, same, posts[:6]), root=root)


def _photo_url(post: Post, caption: str) -> str:
    day = post.created
    name = slugify(caption, 40) or "anh"
    return f"{MEDIA}/{post.site.media_id}/{day.year}/{day.month}/{day.day}/{name}-{digest(caption, 10**17):017d}.jpg"


def _head(site: Site, title: str, description: str, url: str, image: str = "") -> str:
    og_image = f'\n<meta property="og:image" content="{esc(image)}">' if image else ""
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="description" content="{esc(description)}">
<meta property="og:site_name" content="{esc(site.name)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="{esc(url)}">{og_image}
<link rel="canonical" href="{esc(url)}">
<link rel="shortcut icon" href="https://static.mediacdn.vn/ubnd-hanoi/web_images/favicon.ico">
<link rel="stylesheet" href="https://static.mediacdn.vn/ubnd-hanoi/web_css/20251105/main.min.css">
<script>var pageSettings = {{ domain: "{site.host}", sharefbApiDomain: "https://sharefb.cnnd.vn",
  videoplayer: "https://vcplayer.mediacdn.vn", allowAds: false }};</script>
</head>
"""


def _header(site: Site, active: str) -> str:
    menu = [("/", "Trang chủ"), ("/gioi-thieu", "Giới thiệu"), ("/" + LISTINGS[site][0].slug, "Tin tức - Sự kiện"),
            ("/chi-dao-dieu-hanh" if site is HANOI else "/thong-bao", "Chỉ đạo điều hành" if site is HANOI
             else "Thông báo"), ("/van-ban", "Văn bản"), ("https://dichvucong.hanoi.gov.vn", "Dịch vụ công"),
            ("/lien-he", "Liên hệ")]
    items = "\n".join(
        f'      <li class="menu-item{" active" if href == active else ""}"><a href="{href}" title="{esc(label)}">'
        f"{esc(label)}</a></li>" for href, label in menu
    )
    motto = "Thủ đô ngàn năm văn hiến" if site is HANOI else "Thành phố Hà Nội"
    return f"""<body>
<div class="header">
  <div class="header-top"><div class="container">
    <span class="header-date">{TODAY}</span>
    <div class="header-top-right"><a href="/so-do-cong">Sơ đồ cổng</a> | <a href="/en">English</a> |
      <a href="/hoi-dap">Hỏi đáp</a></div>
  </div></div>
  <div class="header-main"><div class="container">
    <a class="header-logo" href="/" title="{esc(site.name)}"><img
      src="https://static.mediacdn.vn/ubnd-hanoi/web_images/logo-quoc-huy.png" alt="{esc(site.name)}"></a>
    <div class="header-name"><p class="header-name-top">{esc(site.banner)}</p>
      <p class="header-name-bot">{motto}</p></div>
    <form class="header-search" action="/tim-kiem.htm" method="get"><input type="text" name="keywords"
      placeholder="Tìm kiếm..."><button type="submit">Tìm kiếm</button></form>
  </div></div>
  <nav class="menu"><div class="container"><ul class="menu-list">
{items}
  </ul></div></nav>
</div>
<div class="main"><div class="container">
"""


def _sidebar(newest: list[Post]) -> str:
    links = "\n".join(
        f'      <li class="box-news-item"><a href="{esc(p.path)}" title="{esc(p.title)}">{esc(p.title)}</a></li>'
        for p in newest
    )
    return f"""  <div class="col-right">
    <div class="box-news-latest"><h3 class="box-heading">Tin mới nhất</h3>
    <ul class="box-news-list">
{links}
    </ul></div>
    <div class="box-banner"><a href="https://dichvucong.hanoi.gov.vn"><img
      src="https://static.mediacdn.vn/ubnd-hanoi/web_images/banner-dvc.jpg"
      alt="Cổng dịch vụ công Thành phố Hà Nội"></a>
    <a href="https://iHanoi.hanoi.gov.vn"><img src="https://static.mediacdn.vn/ubnd-hanoi/web_images/banner-ihanoi.jpg"
      alt="Ứng dụng iHanoi"></a></div>
  </div>
"""


def _footer(site: Site) -> str:
    visits = f"{site.visits:,}".replace(",", ".")
    return f"""</div></div>
<div class="footer"><div class="container">
  <p class="footer-name">{esc(site.name.upper())}</p>
  <p>Cơ quan chủ quản: {esc(site.owner)}</p>
  <p>Ghi rõ nguồn "{esc(site.name)}" khi phát hành lại thông tin từ Cổng thông tin điện tử này.</p>
  <div class="footer-counter">Tổng lượt truy cập: <span>{visits}</span></div>
</div></div>
<script src="https://static.mediacdn.vn/ubnd-hanoi/web_js/20251105/main.min.js" async></script>
</body>
</html>
"""


def _published_text(when: datetime) -> str:
    return f"{when:%d/%m/%Y %H:%M} GMT+7"


def _body(post: Post, related: list[Post]) -> str:
    parts = []
    for index, block in enumerate(post.blocks):
        if block.kind == "img":
            src = _photo_url(post, block.text)
            parts.append(
                f'<figure class="VCSortableInPreviewMode" type="Photo" style="">'
                f'<div><a href="{esc(src)}" data-fancybox-group="img-lightbox" title="{esc(block.text)}" '
                f'target="_blank" class="detail-img-lightbox"><img src="{esc(src)}" id="img_{digest(src, 10**9)}" '
                f'w="960" h="640" alt="{esc(block.text)}" title="{esc(block.text)}" rel="lightbox" '
                f'photoid="{digest(src, 10**9)}" type="photo" style="max-width:100%;" width="960" height="640" '
                f'class="lightbox-content"></a></div>'
                f'<figcaption class="PhotoCMS_Caption"><p data-placeholder="Nhập chú thích ảnh" class="">'
                f"{esc(block.text)}</p></figcaption></figure>"
            )
        else:
            parts.append(f"<p>{esc(block.text)}</p>")
        if index == 1 and related:  # the newsroom drops a related-news box after the 2nd block
            links = "".join(
                f'<li><a href="{esc(p.path)}" title="{esc(p.title)}">{esc(p.title)}</a></li>' for p in related[:2]
            )
            parts.append(
                '<div class="VCSortableInPreviewMode link-content-footer IMSCurrentEditorEditObject" '
                f'type="RelatedNewsBox"><ul class="list-news-related">{links}</ul></div>'
            )
    return "\n".join(parts)


def _article_page(post: Post, same: list[Post], newest: list[Post]) -> str:
    """An article page; `same`: the category's other posts, newest first."""
    site = post.site
    photos = [b for b in post.blocks if b.kind == "img"]
    image = _photo_url(post, photos[0].text) if photos else ""
    date = ""
    if post.dated:
        date = (f'<time class="detail-time" data-role="publishdate" datetime="{post.published:%Y-%m-%dT%H:%M:%S}'
                f'+07:00">{_published_text(post.published)}</time>')
    sapo = f'\n    <h2 class="detail-sapo" data-role="sapo">{esc(post.sapo)}</h2>' if post.sapo else ""
    author = f'\n    <div class="detail-author" data-role="author">{esc(post.author)}</div>' if post.author else ""
    related = "\n".join(
        f'      <div class="box-related-item"><a href="{esc(p.path)}" title="{esc(p.title)}">{esc(p.title)}</a>'
        f'<span class="box-related-time">{p.published:%d/%m/%Y}</span></div>' for p in same[:4]
    )
    keywords = (" ".join(post.title.split()[:3]), post.category.label)
    tags = "".join(f'<li><a href="/tag/{slugify(k)}.htm" title="{esc(k)}">{esc(k)}</a></li>' for k in keywords)
    template = "detail-container" + ("" if post.dated else " detail-longform")
    label = esc(post.category.label)
    share = (f'<a class="btn-fb" href="https://www.facebook.com/sharer/sharer.php?u={esc(post.url)}" rel="nofollow" '
             f'target="_blank">Chia sẻ</a> <a class="btn-zalo" href="https://sp.zalo.me/share_inline?url='
             f'{esc(post.url)}" rel="nofollow">Zalo</a>')
    return (
        _head(site, post.title, post.sapo or post.title, post.url, image)
        + _header(site, "/" + post.category.slug)
        + f"""  <div class="col-left">
  <div class="{template}" data-id="{post.id}">
    <ul class="detail-breadcrumb"><li><a href="/" title="Trang chủ">Trang chủ</a></li><li class="detail-cate"><a
      href="/{post.category.slug}" title="{label}" data-role="cate-name">{label}</a></li></ul>
    <h1 class="detail-title" data-role="title">{esc(post.title)}</h1>
    <div class="detail-author-bar">{date}
      <div class="detail-social">{share} <a class="btn-copy" href="javascript:;" data-href="{esc(post.url)}">Sao
        chép liên kết</a> <a class="btn-print" href="javascript:window.print();">In bài</a></div>
    </div>{sapo}
    <div class="detail-cmain">
    <div class="detail-content afcbc-body" data-role="content">
{_body(post, [p for p in same if p.published < post.published])}
    </div>{author}
    </div>
    <div class="detail-tab"><span class="detail-tab-title">Từ khóa:</span><ul>{tags}</ul></div>
    <div class="detail-bottom-share">{share}</div>
  </div>
  <div class="box-related"><h3 class="box-heading">Tin cùng chuyên mục</h3>
{related}
  </div>
  </div>
"""
        + _sidebar([p for p in newest if p is not post][:5])
        + _footer(site)
    )


def _listing_page(site: Site, category: Category, chunk: list[Post], number: int, total: int,
                  posts: list[Post]) -> str:
    url = f"https://{site.host}/{category.slug}" + (f"/trang-{number}.htm" if number > 1 else "")
    items = []
    for post in chunk:
        photos = [b for b in post.blocks if b.kind == "img"]
        thumb = _photo_url(post, photos[0].text).replace(MEDIA + "/", MEDIA + "/thumb_w/300/") if photos else (
            f"{MEDIA}/thumb_w/300/{site.media_id}/default-thumb.jpg")
        summary = post.sapo or post.blocks[0].text
        if len(summary) > 220:
            summary = summary[:220].rsplit(" ", 1)[0] + "..."
        items.append(f"""    <div class="box-category-item" data-id="{post.id}">
      <a class="box-category-link-with-avatar img-resize" href="{esc(post.path)}" title="{esc(post.title)}"
        data-type="0" data-newsid="{post.id}"><img class="box-category-avatar" src="{esc(thumb)}"
        alt="{esc(post.title)}" loading="lazy"></a>
      <div class="box-category-content">
        <h3 class="box-title-text"><a class="box-category-link-title" data-type="0" data-newsid="{post.id}"
          href="{esc(post.path)}" title="{esc(post.title)}">{esc(post.title)}</a></h3>
        <span class="box-category-time" title="{post.published:%Y-%m-%dT%H:%M:%S}">{post.published:%d/%m/%Y}</span>
        <p class="box-category-sapo">{esc(summary)}</p>
      </div>
    </div>""")

    def page_href(n: int) -> str:
        return f"/{category.slug}" + (f"/trang-{n}.htm" if n > 1 else "")

    pager = []
    if number > 1:
        pager.append(f'<li><a class="prev" href="{page_href(number - 1)}" title="Trang trước">‹</a></li>')
    for n in range(1, total + 1):
        pager.append(f'<li class="active"><span>{n}</span></li>' if n == number
                     else f'<li><a href="{page_href(n)}" title="Trang {n}">{n}</a></li>')
    if number < total:
        pager.append(f'<li><a class="next" href="{page_href(number + 1)}" title="Trang sau">›</a></li>')
    listing = "\n".join(items)
    pagination = "".join(pager)
    cache_key = f"siteid{site.media_id[-3:]}:newsinzone:zone{digest(category.slug, 10**6)}"
    return (
        _head(site, f"{category.label} - {site.name}", category.label, url)
        + _header(site, "/" + category.slug)
        + f"""  <div class="col-left">
  <ul class="detail-breadcrumb"><li><a href="/">Trang chủ</a></li><li><a
    href="/{category.slug}">{esc(category.label)}</a></li></ul>
  <div class="box-category" data-layout="1" data-cd-key="{cache_key}">
  <h1 class="box-category-heading">{esc(category.label)}</h1>
  <div class="box-category-middle">
{listing}
  </div>
  <div class="box-pagination"><ul class="pagination">{pagination}</ul></div>
  </div>
  </div>
"""
        + _sidebar(posts[:5])
        + _footer(site)
    )
