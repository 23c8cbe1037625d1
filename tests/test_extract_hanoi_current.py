"""Hà Nội's current portal platform (hanoi.gov.vn, ward portals): fields, listings, id times."""

from __future__ import annotations

import pytest

from crawler.core import registry
from crawler.mirror.corpus import real_articles
from spiders.hanoi_current import (
    HanoiCurrentSpider,
    is_article_url,
    parse_article,
    parse_listing,
    time_from_article_id,
)
from tests.helpers import mirror_response

NOI_BAT = "https://hanoi.gov.vn/tin-tuc-su-kien-noi-bat"
ARTICLE_URL = (
    f"{NOI_BAT}/cong-doan-so-thong-tin-va-truyen-thong-ha-noi-phat-dong-ung-ho-quy-vi-truong-sa-than-yeu-nam-2018"
    "-4241107120818873.htm"
)
UNDATED_URL = f"{NOI_BAT}/chi-bo-trung-tam-dao-tao-cntt-va-tt-ha-noi-ket-nap-dang-vien-moi-4260117133234762.htm"
WARD = "https://caugiay.hanoi.gov.vn/tin-tuc-su-kien"
WARD_BEFORE = (
    "https://caugiay.hanoi.gov.vn/kinh-te-tai-chinh/hoi-nghi-hoc-tap-chuyen-de-hoc-tap-va-lam-theo-tam-guong-"
    "duc-ho-chi-minh-nam-2014-2805250628055630787.htm"
)
WARD_AFTER = f"{WARD}/tang-cuong-kiem-tra-thi-hanh-dieu-le-dang-khoa-xi-2805250803120833330.htm"


def _article(url: str):
    return parse_article(mirror_response(url).selector, url)


def _corpus(title: str):
    return next(a for a in real_articles() if a.title == title)


@pytest.fixture(scope="module")
def article():
    return _article(ARTICLE_URL)


@pytest.fixture(scope="module")
def undated():
    return _article(UNDATED_URL)


# --- one article, every field -----------------------------------------------------------

TRUONG_SA = "Công đoàn Sở Thông tin và Truyền thông Hà Nội phát động ủng hộ Quỹ “Vì Trường Sa thân yêu” năm 2018"
TRUONG_SA_CAPTION = 'Công đoàn Sở TT&TT Hà Nội tích cực đóng góp Quỹ "Vì Trường Sa thân yêu" năm 2018. (Ảnh: HNP)'


def test_title(article):
    assert article.title == TRUONG_SA


def test_sapo(article):
    assert article.sapo == (
        "Hưởng ứng Lời kêu gọi của Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội, ngày 05/02/2018, tại lễ"
        " chào cờ đầu tuần, Công đoàn Sở Thông tin và Truyền thông đã phát động ủng hộ Quỹ “Vì Trường Sa thân"
        " yêu”."
    )


def test_published_at_from_the_publishdate_element(article):
    assert article.published_at == "2024-11-07T12:18:00+07:00"  # the id says 12:08:18, when it was created


def test_published_raw(article):
    assert article.published_raw == "07/11/2024 12:18 GMT+7"


def test_time_known(article):
    assert article.time_known is True


def test_category(article):
    assert article.category == "Tin tức sự kiện nổi bật"


def test_author(article):
    assert article.author == "Thu Hiền"


def test_kicker_and_credit(article):
    assert (article.kicker, article.source_credit) == ("", "")


def test_url(article):
    assert article.url == ARTICLE_URL


def test_view_count_not_shown(article):
    assert article.view_count is None


def test_extractor(article):
    assert article.extractor == "hanoi_current"


def test_caption_once(article):
    assert [i.caption for i in article.images] == [TRUONG_SA_CAPTION]


def test_image_on_the_media_cdn(article):
    assert article.images[0].url.startswith("https://ubnd-hanoi.mediacdn.vn/90649499933302784/2024/11/7/")


def test_body_is_the_text_without_sapo_caption_or_related_box(article):
    paragraphs = list(_corpus(TRUONG_SA).paragraphs)
    assert paragraphs[1] == TRUONG_SA_CAPTION
    assert article.body == "\n\n".join(paragraphs[2:])


@pytest.mark.parametrize("furniture", ["Thứ Hai, 23/11/2026", "Chia sẻ", "Zalo", "Từ khóa", "Tin cùng chuyên mục",
                                       "Tin mới nhất", "Tổng lượt truy cập", "Ảnh: HNP", "GMT+7"])
def test_body_has_no_furniture(article, furniture):
    assert furniture not in article.body


def test_related_box_inside_the_content_is_dropped(article):
    box = mirror_response(ARTICLE_URL).css('[data-role="content"] [type="RelatedNewsBox"] a::text').getall()
    assert (len(box), [title for title in box if title in article.body]) == (2, [])


# --- a page with no printed date: the id tells the time ---------------------------------


def test_undated_published_at_from_the_id(undated):
    assert undated.published_at == "2026-01-17T13:32:34+07:00"


def test_undated_time_known(undated):
    assert undated.time_known is True


def test_undated_published_raw(undated):
    assert undated.published_raw == ""


def test_undated_caption(undated):
    assert [i.caption for i in undated.images] == [
        "Đồng chí Vũ Lộc An- Bí thư Chi bộ trao Quyết định kết nạp đảng viên cho đồng chí Nguyễn Hữu Tuyên"
        " (Ảnh: Hoàng Thúy Hà)"
    ]


# --- id decoding ------------------------------------------------------------------------


@pytest.mark.parametrize(("url", "expected"), [
    ("https://hanoi.gov.vn/tin-so-nganh/trien-khai-mo-hinh-vanh-dai-an-toan-duong-sat-4250407154648115.htm",
     "2025-04-07T15:46:48+07:00"),
    ("https://caugiay.hanoi.gov.vn/kinh-te-tai-chinh/gap-mat-doanh-nghiep-2805251012110827967.htm",
     "2025-10-12T11:08:27+07:00"),
    ("https://soyte.hanoi.gov.vn/dan-so-va-phat-trien/bai-viet-2849260201220700908.htm", "2026-02-01T22:07:00+07:00"),
    ("https://cmshn.hanoi.gov.vn/tin-tuc-su-kien-noi-bat/bai-viet-4260219135434839.htm", "2026-02-19T13:54:34+07:00"),
    ("https://hanoi.gov.vn/tin-tuc/bai-viet-4251399154648115.htm", None),  # month 13: not a time
    ("https://hanoi.gov.vn/tin-tuc/bai-viet-425040715464811.htm", None),  # too short for prefix + time + 3
    ("https://hanoi.gov.vn/tin-tuc-su-kien-noi-bat/trang-2.htm", None),
    ("https://hanoi.gov.vn/tin-tuc-su-kien-noi-bat", None),
])
def test_time_from_article_id(url, expected):
    assert time_from_article_id(url) == expected


# --- listings ---------------------------------------------------------------------------


def test_listing_pages_of_hanoi():
    pages, counts, url = [], [], NOI_BAT
    while url:
        listing = parse_listing(mirror_response(url).selector, url)
        pages.append(url)
        counts.append(len(listing.articles))
        url = listing.next_pages[0] if listing.next_pages else ""
    assert (pages, counts) == ([NOI_BAT, f"{NOI_BAT}/trang-2.htm", f"{NOI_BAT}/trang-3.htm"], [10, 10, 4])


def test_listing_links_only_the_category_list():
    listing = parse_listing(mirror_response(NOI_BAT).selector, NOI_BAT)
    assert all(u.startswith(NOI_BAT + "/") and u.endswith(".htm") for u in listing.articles)


def test_second_directive_page_is_the_last():
    url = "https://hanoi.gov.vn/chi-dao-dieu-hanh/trang-2.htm"
    assert parse_listing(mirror_response(url).selector, url).next_pages == []


def test_ward_listing_holds_both_eras():
    found, url = [], WARD
    while url:
        listing = parse_listing(mirror_response(url).selector, url)
        found += listing.articles
        url = listing.next_pages[0] if listing.next_pages else ""
    assert (len(found), WARD_BEFORE in found, WARD_AFTER in found) == (22, True, True)


# --- the ward portal: the unit depends on the date --------------------------------------


def test_ward_article_before_the_reform_is_the_district():
    article = _article(WARD_BEFORE)
    unit = registry.load().get("caugiay-phuong").unit_on(article.published_at)
    assert (article.published_at, article.category, unit.name) == (
        "2025-06-28T06:30:00+07:00", "Kinh tế - Tài chính", "Quận Cầu Giấy",
    )


def test_ward_article_after_the_reform_is_the_ward():
    article = _article(WARD_AFTER)
    unit = registry.load().get("caugiay-phuong").unit_on(article.published_at)
    assert (article.published_at, article.category, unit.name) == (
        "2025-08-03T12:33:00+07:00", "Tin tức sự kiện", "Phường Cầu Giấy",
    )


@pytest.mark.parametrize(("url", "expected"), [
    (ARTICLE_URL, True),
    (WARD_BEFORE, True),
    (f"{NOI_BAT}/trang-2.htm", False),
    (NOI_BAT, False),
    ("https://caugiay.hanoi.gov.vn/cong-tac-dang/-/view_content/2618352-hieu-qua-tu-phong-trao-thi-dua", False),
    ("https://kinhtedothi.vn/bai-viet-4250407154648115.htm", False),
])
def test_is_article_url(url, expected):
    assert is_article_url(url) is expected


def test_spider_names_the_platform():
    assert (HanoiCurrentSpider.name, HanoiCurrentSpider.platform) == ("hanoi_current", "hanoi_current")
