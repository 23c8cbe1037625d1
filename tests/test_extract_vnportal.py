"""VNPT vnPortal portals (Ninh Bình, Cần Thơ): article fields and listings, from the offline mirror's pages.

Expected values come from the builder's source data (crawler.mirror.build_vnportal: real corpus
texts and their dates), not from copies of the pages.
"""

from __future__ import annotations

import json
import re
from functools import cache
from urllib.parse import parse_qsl, urlsplit

import pytest
from parsel import Selector

from crawler.core import registry
from crawler.core.items import Article, Image
from crawler.core.text import normalize_inline
from crawler.mirror import build_vnportal as mirror
from spiders import vnportal
from spiders.vnportal import VnportalSpider, is_article_url, listing_form, parse_article, parse_listing
from tests.helpers import mirror_response

NINHBINH, CANTHO = mirror.sites()
PLAN = mirror.plan()
# The registry entries of this CMS family (crawler/core/portals.d/provinces.toml).
FAMILY = ("ninhbinh", "cantho", "caobang", "sonla", "laocai", "camau")
FURNITURE = ("Lượt xem", "Lượt truy cập", "Tệp đính kèm", "Tải về", "Tác giả", "Zalo", "Facebook", "In bài viết",
             "Gửi email", "Tin cùng chuyên mục", "Tin mới", mirror.TODAY)


def posts_of(site: mirror.Site, category: mirror.Category | None = None) -> list[mirror.Post]:
    return [p for p in PLAN[site] if category is None or p.category == category]


def every_post() -> list[tuple[mirror.Site, mirror.Post]]:
    return [(site, post) for site in (NINHBINH, CANTHO) for post in PLAN[site]]


def _id(case: tuple[mirror.Site, mirror.Post]) -> str:
    return f"{case[0].host.removeprefix('www.').split('.')[0]}-{case[1].id}"


@cache
def extracted(url: str) -> Article:
    return parse_article(mirror_response(url).selector, url)


def listing(url: str) -> vnportal.Listing:
    return parse_listing(mirror_response(url).selector, url)


# --- Ninh Bình listings: page 1 by GET, pages 2+ answered to the script's POST ------------

TTCD, VHXH = NINHBINH.categories
TTCD_POSTS = posts_of(NINHBINH, TTCD)


def page_url(site: mirror.Site, category: mirror.Category, number: int) -> str:
    return mirror.listing_url(site, category, number)


def test_ninhbinh_category_has_four_pages_three_of_them_posted() -> None:
    assert len(TTCD_POSTS) == 22 and TTCD.per_page == 6  # pages of 6, 6, 6 and 4 articles


def test_ninhbinh_page_1_articles_in_order() -> None:
    found = listing(page_url(NINHBINH, TTCD, 1)).articles
    assert found == [mirror.url_of(NINHBINH, p) for p in TTCD_POSTS[:6]]


def test_ninhbinh_page_1_ignores_the_sidebar_and_related_links() -> None:
    found = listing(page_url(NINHBINH, TTCD, 1)).articles
    sidebar = mirror_response(page_url(NINHBINH, TTCD, 1)).css(".UIListNews_Default a::attr(href)").getall()
    assert sidebar and not set(sidebar) & set(found)  # the sidebar lists the other category's articles


def test_ninhbinh_page_1_next_page_is_the_posted_page_2() -> None:
    assert listing(page_url(NINHBINH, TTCD, 1)).next_pages == [
        "https://ninhbinh.gov.vn/DesktopModule/UIArticleInMenu/ArticleInMenuPagination.aspx/LoadArticle"
        f"?article_category_id={TTCD.category_id}&categoryIds={TTCD.category_id}&site_id=1&page=2&page_size=6"
    ]


def test_ninhbinh_page_2_url_is_the_builders() -> None:
    assert listing(page_url(NINHBINH, TTCD, 1)).next_pages == [page_url(NINHBINH, TTCD, 2)]


def test_ninhbinh_page_1_script_holds_the_pager_ids() -> None:
    script = " ".join(mirror_response(page_url(NINHBINH, TTCD, 1)).xpath("//script/text()").getall())
    assert f"article_category_id: {TTCD.category_id}" in script and "maxPage = parseInt(4)" in script
    assert mirror.PAGER_PATH in script


@pytest.mark.parametrize("number", [2, 3, 4])
def test_ninhbinh_posted_page_articles(number: int) -> None:
    chunk = TTCD_POSTS[(number - 1) * 6:number * 6]
    assert listing(page_url(NINHBINH, TTCD, number)).articles == [mirror.url_of(NINHBINH, p) for p in chunk]


@pytest.mark.parametrize("number", [2, 3])
def test_ninhbinh_posted_page_next_page(number: int) -> None:
    assert listing(page_url(NINHBINH, TTCD, number)).next_pages == [page_url(NINHBINH, TTCD, number + 1)]


def test_ninhbinh_last_posted_page_is_short_and_has_no_next() -> None:
    last = listing(page_url(NINHBINH, TTCD, 4))
    assert (len(last.articles), last.next_pages) == (4, [])


def test_ninhbinh_posted_answer_is_the_list_items_alone() -> None:
    answer = mirror_response(page_url(NINHBINH, TTCD, 2))
    assert not answer.css("html head, .pagination, .UIListNews_Default") and len(answer.css("li.row")) == 6


def test_listing_form_is_the_scripts_post() -> None:
    endpoint, fields = listing_form(page_url(NINHBINH, TTCD, 3))  # type: ignore[misc]
    assert endpoint == "https://ninhbinh.gov.vn" + mirror.PAGER_PATH
    ids = str(TTCD.category_id)
    assert {k: fields[k] for k in ("article_category_id", "categoryIds", "site_id", "page", "page_size", "no")} == {
        "article_category_id": ids, "categoryIds": ids, "site_id": "1", "page": "3", "page_size": "6", "no": "-6"}
    assert fields["articlelang"] == "vi-VN" and fields["keyword"] == ""


def test_listing_form_is_none_for_pages_read_by_get() -> None:
    assert listing_form(page_url(NINHBINH, TTCD, 1)) is None
    assert listing_form(page_url(CANTHO, CANTHO.categories[0], 2)) is None


def test_ninhbinh_single_page_category_has_no_next_page() -> None:
    found = listing(page_url(NINHBINH, VHXH, 1))
    assert found.articles == [mirror.url_of(NINHBINH, p) for p in posts_of(NINHBINH, VHXH)]
    assert found.next_pages == []


def test_an_asp_net_wrapped_answer_reads_the_same() -> None:
    url = page_url(NINHBINH, TTCD, 2)
    wrapped = json.dumps({"d": mirror_response(url).text})
    assert parse_listing(Selector(text=wrapped), url) == listing(url)


def test_an_empty_posted_answer_ends_the_listing() -> None:
    empty = parse_listing(Selector(text=json.dumps({"d": ""})), page_url(NINHBINH, TTCD, 5))
    assert (empty.articles, empty.next_pages) == ([], [])


# --- Cần Thơ listings: ?page=N ---------------------------------------------------------

TTSK, HDLD = CANTHO.categories
TTSK_POSTS = posts_of(CANTHO, TTSK)


@pytest.mark.parametrize("number", [1, 2, 3])
def test_cantho_page_articles(number: int) -> None:
    chunk = TTSK_POSTS[(number - 1) * 5:number * 5]
    assert listing(page_url(CANTHO, TTSK, number)).articles == [mirror.url_of(CANTHO, p) for p in chunk]


def test_cantho_page_1_next_page() -> None:
    assert listing(page_url(CANTHO, TTSK, 1)).next_pages == ["https://www.cantho.gov.vn/tin-tuc-va-su-kien?page=2"]


def test_cantho_page_2_next_page() -> None:
    assert listing(page_url(CANTHO, TTSK, 2)).next_pages == ["https://www.cantho.gov.vn/tin-tuc-va-su-kien?page=3"]


def test_cantho_last_page_has_no_next() -> None:
    assert listing(page_url(CANTHO, TTSK, 3)).next_pages == []


def test_cantho_single_page_category() -> None:
    found = listing(page_url(CANTHO, HDLD, 1))
    assert found.articles == [mirror.url_of(CANTHO, p) for p in posts_of(CANTHO, HDLD)]
    assert found.next_pages == []


@pytest.mark.parametrize("site", [NINHBINH, CANTHO], ids=lambda s: s.host)
def test_walking_every_category_finds_every_article_once(site: mirror.Site) -> None:
    found: list[str] = []
    pages = 0
    for category in site.categories:
        pending = [page_url(site, category, 1)]
        while pending:
            page = listing(pending.pop())
            pages += 1
            found += page.articles
            pending += page.next_pages
    assert found == [mirror.url_of(site, p) for c in site.categories for p in posts_of(site, c)]
    assert pages == (5 if site is NINHBINH else 4)


# --- article fields ----------------------------------------------------------------------


@pytest.mark.parametrize("case", every_post(), ids=_id)
def test_url(case) -> None:
    site, post = case
    url = mirror.url_of(site, post)
    assert extracted(url).url == url


@pytest.mark.parametrize("case", every_post(), ids=_id)
def test_title(case) -> None:
    site, post = case
    assert extracted(mirror.url_of(site, post)).title == normalize_inline(post.title)


@pytest.mark.parametrize("case", every_post(), ids=_id)
def test_published_at_to_the_minute(case) -> None:
    site, post = case
    assert extracted(mirror.url_of(site, post)).published_at == f"{post.when:%Y-%m-%dT%H:%M}:00+07:00"


@pytest.mark.parametrize("case", every_post(), ids=_id)
def test_published_raw_is_the_date_line(case) -> None:
    site, post = case
    assert extracted(mirror.url_of(site, post)).published_raw == mirror.date_line(site, post.when)


@pytest.mark.parametrize("case", every_post(), ids=_id)
def test_time_known(case) -> None:
    site, post = case
    assert extracted(mirror.url_of(site, post)).time_known is True


@pytest.mark.parametrize("case", every_post(), ids=_id)
def test_sapo(case) -> None:
    site, post = case
    assert extracted(mirror.url_of(site, post)).sapo == normalize_inline(post.sapo)


@pytest.mark.parametrize("case", every_post(), ids=_id)
def test_body_is_the_real_text_verbatim(case) -> None:
    site, post = case
    assert extracted(mirror.url_of(site, post)).body == "\n\n".join(normalize_inline(p) for p in post.paragraphs)


@pytest.mark.parametrize("case", every_post(), ids=_id)
def test_body_is_free_of_furniture(case) -> None:
    site, post = case
    body = extracted(mirror.url_of(site, post)).body
    assert [f for f in FURNITURE if f in body] == []


@pytest.mark.parametrize("case", every_post(), ids=_id)
def test_images_are_the_texts_own(case) -> None:
    site, post = case
    expected = [Image(mirror.image_url(site, post, "noi-dung"), "")] if post.image else []
    assert extracted(mirror.url_of(site, post)).images == expected  # never the lead image again


@pytest.mark.parametrize("case", every_post(), ids=_id)
def test_category(case) -> None:
    site, post = case
    assert extracted(mirror.url_of(site, post)).category == post.category.label


@pytest.mark.parametrize("case", every_post(), ids=_id)
def test_author(case) -> None:
    site, post = case
    assert extracted(mirror.url_of(site, post)).author == post.author


@pytest.mark.parametrize("case", every_post(), ids=_id)
def test_view_count_is_the_articles_not_the_sites(case) -> None:
    site, post = case
    assert extracted(mirror.url_of(site, post)).view_count == int(mirror.views_of(post).replace(".", ""))


@pytest.mark.parametrize("case", every_post(), ids=_id)
def test_extractor(case) -> None:
    site, post = case
    article = extracted(mirror.url_of(site, post))
    assert (article.extractor, article.kicker, article.source_credit) == ("vnportal", "", "")


def test_the_mix_has_attachments_images_authors_and_posts_without_sapo() -> None:
    posts = [post for _, post in every_post()]
    assert sum(p.attachment for p in posts) >= 5 and sum(p.image for p in posts) >= 5
    assert any(p.author for p in posts) and any(not p.author for p in posts) and any(not p.sapo for p in posts)
    assert sum(p.dan_van for p in posts) == 14 and len(posts) == 44


def test_attachment_box_is_on_the_page_but_not_in_the_fields() -> None:
    site, post = next((s, p) for s, p in every_post() if p.attachment)
    page = mirror_response(mirror.url_of(site, post))
    assert page.css(".ArticleContent a.link-download::attr(href)").get() == mirror.attachment_url(site, post)
    article = extracted(mirror.url_of(site, post))
    assert "Tệp đính kèm" not in article.body and all(".pdf" not in i.url for i in article.images)


def test_header_today_is_never_the_publication_date() -> None:
    """Without its date line the article has no date: the header's 'today' line is not read."""
    site, post = every_post()[0]
    page = mirror_response(mirror.url_of(site, post)).text
    assert mirror.TODAY in page
    dateless, removed = re.subn(r'<div class="PostDate">[^<]*</div>', "", page)
    assert removed == 1
    article = parse_article(Selector(text=dateless), mirror.url_of(site, post))
    assert (article.published_at, article.published_raw, article.time_known) == ("", "", False)


def test_ninhbinh_slug_is_cut_as_the_real_one() -> None:
    """The real ...-giai-doan-202-382026: the slug stops at 96 characters, mid-word."""
    real = registry.load().get("ninhbinh").example_urls[1]
    slug = real.rsplit("/", 1)[1].rsplit("-", 1)[0]
    title = "Phê duyệt Chương trình mục tiêu quốc gia về chăm sóc sức khỏe, dân số và phát triển giai đoạn 2026-2035"
    assert len(slug) == mirror.SLUG_LENGTH and mirror.slugify(title, mirror.SLUG_LENGTH) == slug


# --- URLs and the spider ---------------------------------------------------------------


def family_example_urls() -> list[str]:
    reg = registry.load()
    return [u for pid in FAMILY for u in reg.get(pid).example_urls]


@pytest.mark.parametrize("url", [
    *family_example_urls(),
    # Shapes of the CMS on other sites (shared/notes/portals.md §1b, the camau entry's notes).
    "https://cufo.camau.gov.vn/chuyen-de-doi-ngoai/gap-mat-kieu-bao-nhan-dip-tet-282160",
    "https://haiduong.haiphong.gov.vn/tin-tuc-su-kien/hoi-nghi-ban-chap-hanh-dang-bo-phuong-889529",
    "https://sotp.haiphong.gov.vn/van-ban-chi-dao-dieu-hanh-68017/cong-bo-danh-muc-thu-tuc-769866",
    *(mirror.url_of(site, post) for site, post in every_post()[::7]),
])
def test_article_urls(url: str) -> None:
    assert is_article_url(url)


def family_start_urls() -> list[str]:
    reg = registry.load()
    return [u for pid in FAMILY for u in reg.get(pid).start_urls]


@pytest.mark.parametrize("url", [
    *family_start_urls(),
    "https://ninhbinh.gov.vn/thong-tin-chi-dao-dieu-hanh/",
    "https://www.cantho.gov.vn/tin-tuc-va-su-kien?page=2",
    "https://sotp.haiphong.gov.vn/van-ban-chi-dao-dieu-hanh-68017",  # a category with its id
    "https://caobang.gov.vn/chinh-tri/page/2",
    "https://ninhbinh.gov.vn/tin-tuc/nam-2024",  # a year is no id
    "https://laocai.gov.vn/Default.aspx?dvid=1231&pageid=95227&sid=1365",
    "https://camau.gov.vn/gov-cmu/2649/FileQuanTriTinTuc/van-ban-638700000000000000.pdf",
    "https://ninhbinh.gov.vn/",
    "https://ninhbinh.gov.vn/tin-noi-bat/cac-hoat-dong-tai-le-hoi-hoa-lu-nam-2024-336351?page=2",
    "https://ngoquyen.haiphong.gov.vn/Tin-tuc-su-kien/Ke-hoach-kiem-tra-giam-sat-2018-54295.html",
])
def test_not_article_urls(url: str) -> None:
    assert not is_article_url(url)


def test_pager_urls_are_not_articles() -> None:
    url = page_url(NINHBINH, TTCD, 2)
    assert not is_article_url(url) and vnportal.is_pager_url(url)
    assert dict(parse_qsl(urlsplit(url).query))["page"] == "2"


def test_spider_contract() -> None:
    assert VnportalSpider.name == VnportalSpider.platform == "vnportal"
    assert VnportalSpider.parse_listing is vnportal.parse_listing
    assert VnportalSpider.parse_article is vnportal.parse_article
    assert VnportalSpider.is_article_url is vnportal.is_article_url
    assert VnportalSpider.listing_form is vnportal.listing_form
    assert "vnportal" in registry.PLATFORMS
