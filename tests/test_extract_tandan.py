"""The tandan SharePoint portals (Điện Biên): listings and article fields, from the offline mirror's pages."""

from __future__ import annotations

import re

import pytest
from parsel import Selector

from crawler.core import registry
from crawler.core.dates import parse_date_line
from crawler.core.items import Article, Image
from crawler.core.text import normalize_inline
from crawler.extract.probe import probe
from crawler.mirror import SITES
from crawler.mirror.build_tandan import CATEGORY, PROVINCE_NEWS, PROVINCE_NEWS_SIZE, TODAY, Post, listing_url, posts
from crawler.mirror.corpus import CorpusArticle, real_articles
from spiders import tandan
from spiders.tandan import TandanSpider, is_article_url, parse_article, parse_listing
from tests.helpers import mirror_response

BASE = "https://www.dienbien.gov.vn"
POSTS = posts()
REAL = {a.key: a for a in real_articles()}


def _article(url: str) -> Article:
    return parse_article(mirror_response(url).selector, url)


@pytest.fixture(scope="module")
def extracted() -> list[tuple[Post, CorpusArticle, Article]]:
    """Every article page of the mirror host: its build data, its real text, what the platform reads."""
    return [(post, REAL[post.key], _article(post.url)) for post in POSTS]


# --- listings --------------------------------------------------------------------------


def _listing(url: str):
    return parse_listing(mirror_response(url).selector, url)


def test_the_category_has_three_pages_of_ten():
    assert [len(_listing(listing_url(n)).articles) for n in (1, 2, 3)] == [10, 10, 10]


@pytest.mark.parametrize("number", [1, 2, 3])
def test_listing_articles_in_order(number: int):
    assert _listing(listing_url(number)).articles == [p.url for p in POSTS[(number - 1) * 10:number * 10]]


def test_listing_page_1_next_page():
    assert _listing(listing_url(1)).next_pages == [f"{BASE}/portal/Pages/Tin-tuc-su-kien.aspx?PageIndex=2"]


def test_listing_page_2_next_page():
    assert _listing(listing_url(2)).next_pages == [f"{BASE}/portal/Pages/Tin-tuc-su-kien.aspx?PageIndex=3"]


def test_listing_last_page_has_no_next():
    assert _listing(listing_url(3)).next_pages == []


def test_listing_ignores_the_sidebar_news_module():
    """Page 3 lists the oldest articles; its "Tin mới nhất" module links the newest."""
    page = mirror_response(listing_url(3)).selector
    sidebar = [f"{BASE}{h}" for h in page.css(".TD-box-news a::attr(href)").getall() if "/portal/Pages/20" in h]
    assert POSTS[0].url in sidebar
    assert not set(sidebar) & set(_listing(listing_url(3)).articles)


def test_listing_reads_the_featured_item_first():
    """The first item is marked up as `.tandan-p-article-news-title a`, the others `.channel-news-title a`."""
    page = mirror_response(listing_url(1)).selector
    assert page.css(".channel-news-top .tandan-p-article-news-title a::attr(href)").get() == POSTS[0].path
    assert _listing(listing_url(1)).articles[0] == POSTS[0].url


def test_postback_pager_gives_the_page_index_url():
    """A pager of javascript:__doPostBack links: the next page is asked for with ?PageIndex=."""
    html = mirror_response(listing_url(2)).text
    html, count = re.subn(r'href="/portal/Pages/Tin-tuc-su-kien\.aspx\?PageIndex=(\d+)"',
                          r"""href="javascript:__doPostBack('ctl00$PlaceHolderMain$DataPager','\1')" """, html)
    assert count == 6  # first, previous, 1, 3, next, last
    assert parse_listing(Selector(text=html), listing_url(2)).next_pages == [listing_url(3)]


def test_second_category_lists_the_dan_van_posts():
    listing = _listing(BASE + PROVINCE_NEWS[0])
    expected = [p.url for p in POSTS if p.dan_van][:PROVINCE_NEWS_SIZE]
    assert (listing.articles, listing.next_pages) == (expected, [])


# --- article fields ------------------------------------------------------------------


def test_mirror_has_a_mix_of_dan_van_and_other_texts():
    assert len(POSTS) == 30 and 10 <= sum(p.dan_van for p in POSTS) <= 15


def test_title(extracted):
    assert [a.title for _, _, a in extracted] == [real.title for _, real, _ in extracted]


def test_published_at_is_the_real_date_to_the_minute(extracted):
    """The real date line ("08/06/2016 | 10:38 AM") gives the page's date; Liferay's "12:00 AM"
    (no time) got office hours in the mirror (build_haiphong.when_of)."""
    for post, real, article in extracted:
        stamp = post.when.strftime("%Y-%m-%dT%H:%M:00+07:00")
        assert article.published_at == stamp, post.url
        real_date = parse_date_line(real.date_line, midnight_unknown=True)
        assert real_date is not None and article.published_at.startswith(real_date.value[:16]), post.url


def test_published_at_of_one_article():
    article = _article(next(p.url for p in POSTS if p.key == "1042423"))
    assert REAL["1042423"].date_line == "08/06/2016 | 10:38 AM"
    assert article.published_at == "2016-06-08T10:38:00+07:00"


def test_published_raw_is_the_date_line(extracted):
    assert all(a.published_raw == f"Đăng ngày {p.when:%d/%m/%Y %H:%M}" for p, _, a in extracted)


def test_time_known(extracted):
    assert all(a.time_known for _, _, a in extracted)


def test_sapo(extracted):
    assert [a.sapo for _, _, a in extracted] == [real.sapo for _, real, _ in extracted]
    assert sum(bool(a.sapo) for _, _, a in extracted) >= 10


def test_body_is_the_real_paragraphs_verbatim(extracted):
    for _, real, article in extracted:
        assert article.body == "\n\n".join(normalize_inline(p) for p in real.paragraphs), real.key


def test_author(extracted):
    assert [a.author for _, _, a in extracted] == [real.author for _, real, _ in extracted]
    assert {"Thu Lan", "Huy Kiên"} <= {a.author for _, _, a in extracted}


def test_author_is_not_left_in_the_body(extracted):
    for _, real, article in extracted:
        if real.author:
            assert article.body.split("\n\n")[-1] != real.author, real.key


def test_images(extracted):
    for post, _, article in extracted:
        assert article.images == ([Image(post.photo, "")] if post.photo else []), post.url
    assert sum(bool(a.images) for _, _, a in extracted) == 10


def test_image_addresses_are_the_portal_photo_library(extracted):
    pattern = re.compile(rf"^{BASE}/portal/Photos/\d{{4}}-\d{{2}}-\d{{2}}/[0-9a-f]{{16}}\w+\.jpg$")
    assert all(pattern.match(i.url) for _, _, a in extracted for i in a.images)


def test_category(extracted):
    assert {a.category for _, _, a in extracted} == {CATEGORY[1]}


def test_view_count(extracted):
    assert [a.view_count for _, _, a in extracted] == [p.views for p, _, _ in extracted]


def test_url(extracted):
    assert [a.url for _, _, a in extracted] == [p.url for p, _, _ in extracted]


def test_extractor(extracted):
    assert {a.extractor for _, _, a in extracted} == {"tandan"}


def test_kicker_and_source_credit_are_empty(extracted):
    assert {(a.kicker, a.source_credit) for _, _, a in extracted} == {("", "")}


@pytest.mark.parametrize("furniture", [
    "Tệp đính kèm", "Chia sẻ", "In bài viết", "Gửi email", "Các tin khác", "Tags:", "Lượt xem", "Lượt truy cập",
    "Đăng ngày", TODAY, "Phản ánh, kiến nghị", "Tin mới nhất", "Cơ quan chủ quản", ".pdf",
])
def test_body_is_free_of_furniture(extracted, furniture: str):
    assert not [p.url for p, _, a in extracted if furniture in a.body]


def test_some_pages_carry_an_attachment(extracted):
    with_files = [p for p, _, _ in extracted if p.attachment]
    assert with_files
    for post in with_files:
        page = mirror_response(post.url).text
        assert post.attachment in page and "Tệp đính kèm" in page


def test_header_today_is_never_the_publication_date():
    """Without its date line the page has no date: neither the header's "today" line nor a
    sidebar date "(dd/mm/yyyy)" is read instead."""
    page = mirror_response(POSTS[3].url).text
    assert TODAY in page and "<span class=\"ngay\">" in page
    dateless, removed = re.subn(r'<span class="tandan-span-date-publish">[^<]*</span>', "", page)
    assert removed == 1
    article = parse_article(Selector(text=dateless), POSTS[3].url)
    assert (article.published_at, article.published_raw, article.time_known) == ("", "", False)


def test_the_sidebar_rich_text_box_is_not_the_body():
    """A content web part (`.ms-rtestate-field`) stands before the article in the page."""
    page = mirror_response(POSTS[0].url).selector
    first_field = normalize_inline(page.css(".ms-rtestate-field").xpath("string()").get())
    assert first_field.startswith("Phản ánh, kiến nghị")
    assert "Phản ánh" not in _article(POSTS[0].url).body


def test_main_block_nesting_the_text_and_furniture_reads_the_same(extracted):
    """When `.tandan-p-article-main` holds the rich field and the furniture after it (the page's
    source as read without HTML's rule that closes a <p> before a <div>), the furniture is cut
    out and the fields are the same."""
    for post, _, article in extracted[:6]:
        html = mirror_response(post.url).text
        opening = '<p class="tandan-p-article-main">'
        start = html.index(opening)
        end = html.index("    </ul></div>\n    </p>\n", start) + len("    </ul></div>\n")
        nested = (html[:start] + '<div class="tandan-p-article-main">' + html[start + len(opening):end]
                  + "    </div>" + html[end + len("    </p>"):])
        sel = Selector(text=nested)
        assert "Tệp đính kèm" in "".join(sel.css(".tandan-p-article-main").xpath("string()").getall())
        again = parse_article(sel, post.url)
        assert (again.body, again.author, again.images) == (article.body, article.author, article.images), post.url


def test_pages_of_other_platforms_are_not_read():
    """`danvan probe` runs every platform's extractor: this one must find nothing on foreign pages."""
    pages = [path for host in ("ngoquyen.haiphong.gov.vn", "kinhtedothi.vn", "caugiay.hanoi.gov.vn")
             for path in sorted((SITES / host).rglob("*.html"))[:15]]
    assert len(pages) >= 30
    for path in pages:
        article = parse_article(Selector(text=path.read_text(encoding="utf-8")), "https://example.vn/a.html")
        assert (article.title, article.published_at, article.body) == ("", "", ""), path


def test_probe_names_the_platform():
    post = POSTS[0]
    found = probe(mirror_response(post.url).text, post.url)
    assert (found.platform, found.family) == ("tandan", "tandan")


# --- URLs and the spider ------------------------------------------------------------

FAMILY = ("dienbien", "thanhhoa")


def test_registry_example_urls_of_the_family():
    """The SharePoint article URLs the registry cites; the dienbien entry's /en/bai-viet/ address is of
    the portal's later platform, not a SharePoint page."""
    urls = [u for p in registry.load().portals if p.id in FAMILY for u in p.example_urls]
    sharepoint = [u for u in urls if "/portal/" in u.lower()]
    assert sharepoint
    assert all(is_article_url(u) for u in sharepoint)
    assert not any(is_article_url(u) for u in urls if u not in sharepoint)


@pytest.mark.parametrize("url", [
    "http://www.dienbien.gov.vn/portal/Pages/2020-5-29/VPUB--Nam-2019-uoc-tinh-thiet-hai-do-thien-tai-gaykd6fqr.aspx",
    "https://mpi.gov.vn/portal/Pages/2024-8-28/Bo-truong-Nguyen-Chi-Dung-doanh-nghiep-nho-va-vua-lyv5l6.aspx",
    "https://namdinh.gov.vn/portal/Pages/2021-10-5/Ung-dung-Blockchain-trong-Chinh-phu-dien-tuja6ggf.aspx",
    "https://ninhthuan.gov.vn/portal/Pages/2024-4-25/Quy-hoach-phat-trien-do-thi-theo-huong-xanh-hien-dvv348x.aspx",
    "https://ninhphuoc.ninhthuan.gov.vn/portal/Pages/2023-3-9/My-Nghiep--vung-van-hoa-Cham-long-lay-nhung-soi-ch8p98kq.aspx",
    "https://btctdbp.svhttdl.dienbien.gov.vn/portal/pages/2021-5-7/"
    "Chien-dich-Dien-Bien-Phu--Moc-vang-trong-lich-su-cz7od4fe8gt9z.aspx",
    "https://btctdbp.svhttdl.dienbien.gov.vn/portal/pages/2015/"
    "Tham-vong-cua-Navarre-trong-ban-ke-hoach-mang-ten-niqdbvc3sab5.aspx",
    "https://hdnd.namdinh.gov.vn/portal/pages/2023-2-6/le-hoi-khai-an-den-tran-xuan-quy-mao-2023dfzst9.aspx",
    POSTS[0].url,
])
def test_article_urls(url: str):
    assert is_article_url(url)


@pytest.mark.parametrize("url", [
    f"{BASE}/portal/Pages/Tin-tuc-su-kien.aspx",
    f"{BASE}/portal/Pages/Tin-tuc-su-kien.aspx?PageIndex=2",
    f"{BASE}/portal/Pages/Thong-tin-trong-tinh.aspx",
    "https://dienbien.gov.vn/portal/Pages/co_che_chinh_sach.aspx",
    f"{BASE}/portal/Pages/default.aspx",
    f"{BASE}/portal/Pages/home-new/cong-dan.aspx",
    f"{BASE}/portal",
    "https://en-us.thanhhoa.gov.vn/portal/Pages/default.aspx",
    "https://dienbien.gov.vn/en/bai-viet/A-Pa-Chai-Long-Phu-border-gatebf8rlf",
    "https://sotttt.namdinh.gov.vn/portal/Photos/2022-05/1d67bd21bda724ddimages1341234_1.jpg",
    "https://namdinh.gov.vn/portal/VanBan/2023-01/46d10d777eea9a0dND-05---2-144-full.pdf",
])
def test_not_article_urls(url: str):
    assert not is_article_url(url)


def test_spider_contract():
    assert TandanSpider.name == TandanSpider.platform == "tandan"
    assert TandanSpider.parse_listing is tandan.parse_listing
    assert TandanSpider.parse_article is tandan.parse_article
    assert TandanSpider.is_article_url is tandan.is_article_url
    spider = TandanSpider()
    assert set(spider.portals) == {p.id for p in registry.load().for_platform("tandan")}
