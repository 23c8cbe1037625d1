"""The "/vi/chuyen-muc + /vi/bai-viet" platform (hatinh.gov.vn): article fields and listings, from mirror pages."""

from __future__ import annotations

import re

import pytest
from parsel import Selector

from crawler.core import registry
from crawler.core.items import Image
from crawler.mirror import build_bai_viet as site
from crawler.mirror.corpus import CorpusArticle, real_articles
from spiders import bai_viet
from spiders.bai_viet import BaiVietSpider, is_article_url, parse_article, parse_listing, split_tail
from tests.helpers import mirror_response

BASE = "https://hatinh.gov.vn"
NEWS = f"{BASE}/vi/chuyen-muc/tin-trong-tinh"
OFFICES = f"{BASE}/vi/chuyen-muc/hoat-dong-so-ban-nganh-dia-phuong"
# The newest article (no author on the real text).
NEWEST_URL = f"{BASE}/vi/bai-viet/so-thong-tin-va-truyen-thong-tp-ha-noi-trien-khai-nhiem-vu-nam-2022"
# A dân vận article with sapo, author and an illustration, no attachment.
MAIN_URL = f"{BASE}/vi/bai-viet/tang-cuong-vai-tro-neu-guong-cua-can-bo-dang-vien"
# A plan with an attached file and no author.
PLAN_URL = f"{BASE}/vi/bai-viet/ke-hoach-hoc-tap-va-lam-theo-tam-guong-dao-duc-ho-chi-minh-nam-2015"
# No sapo on the real text: its first paragraph opens the body.
NO_SAPO_URL = f"{BASE}/vi/bai-viet/le-ket-nap-dang-vien-va-trao-the-dang-vien"
FURNITURE = ("Lượt xem", "Tác giả", "Tệp đính kèm", "Chia sẻ", "Facebook", "Thứ Hai, 23/11/2026", "Lượt truy cập",
             "Tin cùng chuyên mục", "Tin mới nhất", "Nghe đọc bài viết", "In bài viết", "Ảnh minh họa", "Đăng tải")


def _article(url: str):
    return parse_article(mirror_response(url).selector, url)


def _listing(url: str):
    return parse_listing(mirror_response(url).selector, url)


@pytest.fixture(scope="module")
def posts() -> dict[str, site.Post]:
    return {p.url: p for p in site.posts()}


@pytest.fixture(scope="module")
def corpus() -> dict[str, CorpusArticle]:
    return {a.key: a for a in real_articles()}


@pytest.fixture(scope="module")
def main(posts, corpus):
    post = posts[MAIN_URL]
    return _article(MAIN_URL), post, corpus[post.key]


# --- one article: every field --------------------------------------------------------


def test_url(main):
    article, _, _ = main
    assert article.url == MAIN_URL


def test_title(main):
    article, _, real = main
    assert article.title == real.title == "Tăng cường vai trò nêu gương của cán bộ, đảng viên"


def test_published_at_to_the_minute(main):
    article, _, real = main
    assert real.date_line == "26/12/2016 | 8:53 AM"
    assert article.published_at == "2016-12-26T08:53:00+07:00"


def test_published_raw(main):
    article, _, _ = main
    assert article.published_raw == "Đăng tải: 26/12/2016 08:53"


def test_time_known(main):
    article, _, _ = main
    assert article.time_known is True


def test_sapo(main):
    article, _, real = main
    assert article.sapo == real.sapo
    assert article.sapo.startswith("Ngày 19/12/2016, Bộ Chính trị ban hành Quy định số 55-QĐ/TW")


def test_body_is_the_real_paragraphs_verbatim(main):
    article, _, real = main
    assert real.paragraphs[0] != real.sapo
    assert article.body == "\n\n".join(real.paragraphs)
    assert article.body.endswith("cấp ủy, tổ chức đảng các cấp lãnh đạo thực hiện nghiêm Quy định này./.")


def test_body_keeps_no_sapo(main):
    article, _, _ = main
    assert article.sapo not in article.body


@pytest.mark.parametrize("furniture", FURNITURE)
def test_body_is_free_of_furniture(main, furniture):
    article, _, _ = main
    assert furniture not in article.body


def test_author_is_read_from_the_tail(main):
    article, _, real = main
    assert article.author == real.author == "Thu Lan"


def test_view_count_is_the_articles_not_the_sites(main):
    article, post, _ = main
    assert article.view_count == post.views
    assert article.view_count != 28514226  # the footer's "Lượt truy cập"


def test_images(main):
    article, post, _ = main
    assert post.image
    assert article.images == [Image(BASE + post.image, "Ảnh minh họa")]


def test_category(main):
    article, _, _ = main
    assert article.category == "Tin trong tỉnh"


def test_no_kicker_nor_source_credit(main):
    article, _, _ = main
    assert (article.kicker, article.source_credit) == ("", "")


def test_extractor(main):
    article, _, _ = main
    assert article.extractor == "bai_viet"


# --- a plan with an attachment; an article with no sapo ------------------------------


def test_attachment_tail_stays_out_of_the_body(posts, corpus):
    post = posts[PLAN_URL]
    article = _article(PLAN_URL)
    assert post.attachment and not post.author
    assert article.body == "\n\n".join(site.body_paragraphs(corpus[post.key]))
    assert article.body.endswith("uốn nắn, phê bình những cá nhân chưa tích cực.")
    assert ".pdf" not in article.body and "Tệp đính kèm" not in article.body
    assert (article.author, article.view_count, article.images) == ("", post.views, [])


def test_plan_date_without_a_real_time_gets_its_pages_time(posts):
    article = _article(PLAN_URL)
    post = posts[PLAN_URL]
    assert article.published_at == post.when.isoformat() + "+07:00"
    assert article.published_at.startswith("2015-04-16T")


def test_article_without_sapo(posts, corpus):
    real = corpus[posts[NO_SAPO_URL].key]
    article = _article(NO_SAPO_URL)
    assert real.sapo == ""
    assert article.sapo == ""
    assert article.body == "\n\n".join(real.paragraphs)


def test_a_lead_repeated_as_first_paragraph_is_printed_once(posts, corpus):
    repeated = [p for p in posts.values() if corpus[p.key].sapo and corpus[p.key].paragraphs[0] == corpus[p.key].sapo]
    assert repeated
    for post in repeated:
        article = _article(post.url)
        assert article.sapo == corpus[post.key].sapo
        assert article.body == "\n\n".join(corpus[post.key].paragraphs[1:]), post.url


def test_every_article_of_the_mirror(posts, corpus):
    for url, post in posts.items():
        article = _article(url)
        real = corpus[post.key]
        assert article.title == real.title, url
        assert article.published_at == post.when.isoformat() + "+07:00" and article.time_known, url
        assert article.body == "\n\n".join(site.body_paragraphs(real)), url
        assert article.sapo == real.sapo and article.author == real.author, url
        assert article.category == post.category.label and article.view_count == post.views, url
        assert len(article.images) == (1 if post.image else 0), url


def test_header_today_is_never_the_publication_date():
    """Without its date line the article has no date: neither the header's "today" nor the sidebar's dates."""
    page = mirror_response(NEWEST_URL).text
    assert "Thứ Hai, 23/11/2026" in page
    dateless, removed = re.subn(r'<span class="time"><i class="fa fa-clock-o"></i> Đăng tải: [^<]*</span>', "", page)
    assert removed == 1
    article = parse_article(Selector(text=dateless), NEWEST_URL)
    assert (article.published_at, article.published_raw, article.time_known) == ("", "", False)


def test_sidebar_dates_are_not_the_date_line():
    """The sidebar's "Tin mới nhất" dates share the `.time` class; the "Đăng tải:" line is the one read."""
    page = mirror_response(PLAN_URL).text
    assert page.index('class="time">21/01/2022') > page.index("Đăng tải:")
    moved = page.replace('<div class="col-lg-8 main-col">', '<div class="col-lg-8 main-col">' + _sidebar_of(page), 1)
    assert moved.index('class="time">21/01/2022') < moved.index("Đăng tải:")
    assert parse_article(Selector(text=moved), PLAN_URL).published_at.startswith("2015-04-16T")


def _sidebar_of(page: str) -> str:
    start = page.index('<div class="box box-newest">')
    return page[start:page.index("</div>", start) + 6]


def test_tail_split():
    body, tail = split_tail(["Một.", "Hai.", "Tệp đính kèm: a.pdf", "Lượt xem: 12", "Tác giả: Thu Lan"])
    assert (body, tail) == (["Một.", "Hai."], ["Tệp đính kèm: a.pdf", "Lượt xem: 12", "Tác giả: Thu Lan"])
    assert split_tail(["Tác giả bài thơ là ai?"]) == (["Tác giả bài thơ là ai?"], [])


# --- listings ----------------------------------------------------------------------------


def test_listing_page_1_articles_in_order(posts):
    pages = site.pages_of(site.NEWS, list(posts.values()))
    assert _listing(NEWS).articles == [p.url for p in pages[0]]
    assert len(pages) == 3 and len(pages[0]) == 8


def test_listing_page_1_next_page():
    assert _listing(NEWS).next_pages == [f"{NEWS}?page=2"]


def test_listing_page_1_as_the_scraper_asks_it():
    assert _listing(f"{NEWS}?page=1").next_pages == [f"{NEWS}?page=2"]


def test_listing_page_2(posts):
    pages = site.pages_of(site.NEWS, list(posts.values()))
    listing = _listing(f"{NEWS}?page=2")
    assert listing.articles == [p.url for p in pages[1]]
    assert listing.next_pages == [f"{NEWS}?page=3"]


def test_listing_last_page_has_no_next(posts):
    pages = site.pages_of(site.NEWS, list(posts.values()))
    listing = _listing(f"{NEWS}?page=3")
    assert listing.articles == [p.url for p in pages[2]]
    assert listing.next_pages == []


def test_listing_ignores_sidebar_links():
    listing = _listing(f"{NEWS}?page=3")
    assert NEWEST_URL not in listing.articles  # the sidebar's "Tin mới nhất" links it
    assert f'href="{NEWEST_URL.removeprefix(BASE)}"' in mirror_response(f"{NEWS}?page=3").text


def test_offices_category(posts):
    listing = _listing(OFFICES)
    expected = [p.url for p in posts.values() if p.category == site.OFFICES]
    assert listing.articles == expected and len(expected) == 6
    assert listing.next_pages == []
    assert {_article(u).category for u in expected} == {"Hoạt động Sở - Ban - Ngành - Địa phương"}


def test_listing_without_a_known_list_reads_the_pages_own_article_links():
    html = """<div class="x"><a href="/vi/bai-viet/mot-bai-viet">Một</a>
      <a href="https://baohatinh.vn/vi/bai-viet/bai-khac">Báo</a> <a href="/vi/chuyen-muc/tin-trong-tinh">Mục</a>
      <a href="/vi/bai-viet/mot-bai-viet">Một</a></div>
      <div class="pages"><a href="/vi/chuyen-muc/cong-dan?page=3">3</a>
      <a href="/vi/chuyen-muc/cong-dan?page=1">1</a></div>"""
    listing = parse_listing(Selector(text=html), f"{BASE}/vi/chuyen-muc/cong-dan?page=2")
    assert listing.articles == [f"{BASE}/vi/bai-viet/mot-bai-viet"]
    assert listing.next_pages == [f"{BASE}/vi/chuyen-muc/cong-dan?page=3"]


def test_a_labelled_next_link_is_followed():
    html = '<ul class="pagination"><li><a href="/vi/chuyen-muc/cong-dan?trang=2">Trang sau</a></li></ul>'
    listing = parse_listing(Selector(text=html), f"{BASE}/vi/chuyen-muc/cong-dan")
    assert listing.next_pages == [f"{BASE}/vi/chuyen-muc/cong-dan?trang=2"]


def test_the_portal_slug_rule_gives_the_real_urls():
    """Real titles and their real URLs (registry example_urls; pages citing hatinh.gov.vn)."""
    assert site.portal_slug("Tước giấy phép lái xe trên môi trường điện tử là như thế nào?") == (
        "tuoc-giay-phep-lai-xe-tren-moi-truong-dien-tu-la-nhu-the-nao")
    assert site.portal_slug("Hợp nhất Bộ Tài chính, Kế hoạch & Đầu tư dự kiến giảm 22 đầu mối") == (
        "hop-nhat-bo-tai-chinh-ke-hoach-dau-tu-du-kien-giam-22-dau-moi")
    assert site.portal_slug("Số liệu kinh tế - xã hội") == "so-lieu-kinh-te---xa-hoi"


# --- URLs and the spider ---------------------------------------------------------------


def _family_examples() -> list[str]:
    shipped = registry.load()
    return [u for pid in ("hatinh", "dienbien") for u in shipped.get(pid).example_urls if "/bai-viet/" in u]


def test_the_family_has_real_example_urls():
    examples = _family_examples()
    assert "https://hatinh.gov.vn/vi/bai-viet/tuoc-giay-phep-lai-xe-tren-moi-truong-dien-tu-la-nhu-the-nao" in examples


@pytest.mark.parametrize("url", [
    *_family_examples(),
    # Điện Biên's 2026 article shape (gh-id:56213522721), noted in its registry entry: the same platform's.
    "https://dienbien.gov.vn/en/bai-viet/A-Pa-Chai-Long-Phu-border-gatebf8rlf",
    "https://hatinh.gov.vn/vi/bai-viet/bo-y-te-canh-bao-van-nan-nguoi-noi-tieng-quang-cao-sai-su-that",
    "https://hatinh.gov.vn/vi/bai-viet/nhung-giao-dich-se-bi-dung-neu-khong-xac-thuc-tai-khoan-truoc-112025",
    "https://hatinh.gov.vn/vi/bai-viet/ha-tinh-day-manh-so-hoa-du-lich-lan-toa-hinh-anh-diem-den-tren-nen-tang-3d360",
    NEWEST_URL,
    # The shape a comment of crawl_hatinh.py names (no language prefix).
    "https://hatinh.gov.vn/bai-viet/tuoc-giay-phep-lai-xe-tren-moi-truong-dien-tu-la-nhu-the-nao",
])
def test_article_urls(url):
    assert is_article_url(url)


@pytest.mark.parametrize("url", [
    NEWS,
    f"{NEWS}?page=2",
    OFFICES,
    "https://hatinh.gov.vn/vi/chuyen-muc/so-lieu-kinh-te---xa-hoi",
    "https://hatinh.gov.vn/vi/bai-viet",
    "https://hatinh.gov.vn/vi/bai-viet/",
    "https://hatinh.gov.vn/vi",
    f"{NEWEST_URL}?print=1",
    "https://xuctiendautu.hatinh.gov.vn/articles/800",
    "http://www.dienbien.gov.vn/portal/Pages/2020-5-29/VPUB--Nam-2019-uoc-tinh-thiet-hai-do-thien-tai-gaykd6fqr.aspx",
    "https://www.dienbien.gov.vn/portal/Pages/Tin-tuc-su-kien.aspx",
])
def test_not_article_urls(url):
    assert not is_article_url(url)


def test_registry_start_urls_of_the_family_are_listings():
    for url in registry.load().get("hatinh").start_urls:
        assert not is_article_url(url), url
        assert _listing(url).articles, url


def test_spider_contract():
    assert BaiVietSpider.name == BaiVietSpider.platform == "bai_viet"
    assert BaiVietSpider.parse_listing is bai_viet.parse_listing
    assert BaiVietSpider.parse_article is bai_viet.parse_article
    assert BaiVietSpider.is_article_url is bai_viet.is_article_url
    spider = BaiVietSpider()
    assert set(spider.portals) == {p.id for p in registry.load().for_platform("bai_viet")}
