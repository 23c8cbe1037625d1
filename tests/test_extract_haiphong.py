"""Hải Phòng portals: article fields and listings, from the offline mirror's pages."""

from __future__ import annotations

import re

import pytest
from parsel import Selector

from crawler.core import registry
from crawler.core.text import normalize, normalize_inline
from crawler.mirror import mirrored_hosts
from crawler.mirror.corpus import real_articles, seed_text
from spiders import haiphong
from spiders.haiphong import HaiphongSpider, is_article_url, parse_article, parse_listing
from tests.helpers import mirror_response

NGO = "https://ngoquyen.haiphong.gov.vn"
SEED_URL = (
    f"{NGO}/Tin-tuc-su-kien/Cong-tac-dan-van-cua-Quan-Ngo-Quyen-gop-phan-to-chuc-thanh-cong-dai-hoi-dang-cac-cap-57288.html"
)
SIGNATURE = "Đồng chí Đào Trọng Đức, TUV, Bí thư Quận ủy, Chủ tịch UBND quận!"
CITY_URL = "https://haiphong.gov.vn/tin-tuc-su-kien/chi-thi-cua-ban-bi-thu-ve-viec-to-chuc-tet-nam-2017-580838"
LECHAN_URL = (
    "https://lechan.haiphong.gov.vn/Tin-tuc-su-kien/"
    "Trien-khai-cuoc-van-dong-Nguoi-Viet-Nam-uu-tien-dung-hang-Viet-Nam-28408.html"
)


def _article(url: str):
    return parse_article(mirror_response(url).selector, url)


def _seed_paragraphs() -> list[str]:
    """The seed's article paragraphs: after the date line, up to the footer counter."""
    lines = normalize(seed_text("000")).split("\n")
    start = lines.index("Cập nhật: 12/10/2020 10:24") + 1
    end = next(i for i, line in enumerate(lines) if line.startswith("Lượt truy cập"))
    return lines[start:end]


@pytest.fixture(scope="module")
def seed():
    return _article(SEED_URL)


# --- seed 000 (Ngô Quyền) -----------------------------------------------------------


def test_seed_title(seed):
    assert seed.title == "Công tác dân vận của Quận Ngô Quyền góp phần tổ chức thành công đại hội đảng các cấp"


def test_seed_published_at(seed):
    assert seed.published_at == "2020-10-12T10:24:00+07:00"


def test_seed_published_raw(seed):
    assert seed.published_raw == "Cập nhật: 12/10/2020 10:24"


def test_seed_time_known(seed):
    assert seed.time_known is True


def test_seed_body_is_the_seed_paragraphs_verbatim(seed):
    expected = _seed_paragraphs()
    assert expected[0].startswith("Quán triệt và nhận thức sâu sắc")
    assert seed.body == "\n\n".join(expected)


def test_seed_body_keeps_the_indented_paragraph(seed):
    assert "\n\nTrên cơ sở hướng dẫn của Trung ương và Thành ủy, Quận ủy đã hướng dẫn" in seed.body


def test_seed_body_ends_with_the_signature(seed):
    assert seed.body.endswith("\n\n" + SIGNATURE)


@pytest.mark.parametrize("furniture", ["CHỦ ĐỀ NĂM 2023", "Lượt truy cập", "Trực tuyến", "Cập nhật:",
                                       "Thứ Hai, 23/11/2026", "Các tin khác", "In bài viết"])
def test_seed_body_is_free_of_furniture(seed, furniture):
    assert furniture not in seed.body


def test_seed_sapo(seed):
    assert seed.sapo == ""


def test_seed_kicker(seed):
    assert seed.kicker == ""


def test_seed_author(seed):
    assert seed.author == ""


def test_seed_source_credit(seed):
    assert seed.source_credit == ""


def test_seed_category(seed):
    assert seed.category == "Tin tức - Sự kiện"


def test_seed_images(seed):
    assert seed.images == []


def test_seed_view_count_is_not_the_site_counter(seed):
    assert seed.view_count is None


def test_seed_url(seed):
    assert seed.url == SEED_URL


def test_seed_extractor(seed):
    assert seed.extractor == "haiphong"


def test_seed_page_shows_the_seed_furniture():
    page = mirror_response(SEED_URL).selector
    banner = normalize(seed_text("000")).split("\n")[0]
    assert normalize_inline(page.css(".chu-de-nam").xpath("string()").get()) == banner
    counter = [normalize_inline(p.xpath("string()").get()) for p in page.css(".counter p")]
    assert counter == normalize(seed_text("000")).split("\n")[-2:] == ["Lượt truy cập: 565513", "Trực tuyến: ..."]


def test_header_today_is_never_the_publication_date():
    """Without its date line, the article has no date: the header's 'today' is not used."""
    page = mirror_response(SEED_URL).text
    assert "Thứ Hai, 23/11/2026" in page  # the header's "today" line is there
    dateless, removed = re.subn(r'<span class="news-detail-date">[^<]*</span>', "", page)
    assert removed == 1
    article = parse_article(Selector(text=dateless), SEED_URL)
    assert (article.published_at, article.published_raw, article.time_known) == ("", "", False)


# --- a district article with sapo and author (Lê Chân) -----------------------------


@pytest.fixture(scope="module")
def lechan():
    return _article(LECHAN_URL), {a.key: a for a in real_articles()}["1356631"]


def test_district_article_title(lechan):
    article, _ = lechan
    assert article.title == "Triển khai cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”"


def test_district_article_date(lechan):
    article, _ = lechan  # the real line reads "21/11/2016 | 9:27 AM"
    assert (article.published_at, article.published_raw) == ("2016-11-21T09:27:00+07:00", "Cập nhật: 21/11/2016 09:27")


def test_district_article_sapo(lechan):
    article, real = lechan
    assert article.sapo == real.sapo
    assert article.sapo.startswith("Ngày 10/11/2016, Đảng ủy Khối các cơ quan Thành phố ban hành công văn số")


def test_district_article_body(lechan):
    article, real = lechan
    assert article.body == "\n\n".join(normalize_inline(p) for p in real.paragraphs)
    assert article.sapo not in article.body


def test_district_article_author(lechan):
    article, _ = lechan
    assert article.author == "Thu Lan"


def test_district_article_category_and_url(lechan):
    article, _ = lechan
    assert (article.category, article.url) == ("Tin tức - Sự kiện", LECHAN_URL)


# --- the city portal, lower-case id generation ---------------------------------------


@pytest.fixture(scope="module")
def city():
    return _article(CITY_URL)


def test_city_article_title(city):
    assert city.title == "Chỉ thị của Ban Bí thư về việc tổ chức Tết năm 2017"


def test_city_article_date(city):
    assert (city.published_at, city.published_raw, city.time_known) == (
        "2017-01-11T16:52:00+07:00", "11/01/2017 16:52", True)


def test_city_article_view_count(city):
    assert city.view_count == 3472  # "Lượt xem: 3.472"


def test_city_article_author_category_url(city):
    assert (city.author, city.category, city.url) == ("Thu Lan", "Tin tức sự kiện", CITY_URL)


def test_city_article_body(city):
    assert city.body.startswith("Năm 2016 là năm đầu thực hiện Nghị quyết Đại hội lần thứ XII của Đảng")
    assert city.body.endswith("nghiêm túc tổ chức triển khai thực hiện Chỉ thị này./.")
    for furniture in ("Lượt xem", "Tin liên quan", "Facebook", "CHỦ ĐỀ NĂM 2023", "Lượt truy cập"):
        assert furniture not in city.body


# --- listings --------------------------------------------------------------------------

NGO_PAGE_1 = [
    SEED_URL,
    f"{NGO}/Tin-tuc-su-kien/Dang-bo-So-Thong-tin-va-Truyen-thong-chi-dao-to-chuc-Dai-hoi-Chi-bo-Cong-nghe-thong-tin-56659.html",
    f"{NGO}/Tin-tuc-su-kien/Ke-hoach-kiem-tra-giam-sat-2018-54295.html",
    f"{NGO}/Tin-tuc-su-kien/Doan-Thanh-nien-So-Thong-tin-va-Truyen-thong-huong-ung-chien-dich-tinh-nguyen-Trao-hoi-am-Gop-yeu-thuong-54294.html",
    f"{NGO}/Tin-tuc-su-kien/Doan-Thanh-nien-to-chuc-sinh-hoat-chinh-tri-tham-quan-Toa-nha-Quoc-hoi-53563.html",
    f"{NGO}/Tin-tuc-su-kien/Tang-cuong-cong-tac-kiem-tra-giam-sat-doi-voi-to-chuc-dang-va-dang-vien-53424.html",
]


def _listing(url: str):
    return parse_listing(mirror_response(url).selector, url)


def test_listing_page_1_articles():
    assert _listing(f"{NGO}/Tin-tuc-su-kien").articles == NGO_PAGE_1


def test_listing_page_1_next_page():
    assert _listing(f"{NGO}/Tin-tuc-su-kien").next_pages == [f"{NGO}/Tin-tuc-su-kien?Page=2"]


def test_listing_page_2_next_page():
    assert _listing(f"{NGO}/Tin-tuc-su-kien?Page=2").next_pages == [f"{NGO}/Tin-tuc-su-kien?Page=3"]


def test_listing_last_page_has_no_next():
    last = _listing(f"{NGO}/Tin-tuc-su-kien?Page=3")
    assert last.next_pages == []
    assert len(last.articles) == 4


def test_listing_ignores_sidebar_links():
    listing = _listing(f"{NGO}/Tin-tuc-su-kien?Page=3")
    assert SEED_URL not in listing.articles  # the sidebar's "Tin mới nhất" lists it


def test_city_listing_lowercase_generation():
    listing = _listing("https://haiphong.gov.vn/tin-tuc-su-kien")
    assert CITY_URL in listing.articles and len(listing.articles) == 5
    assert listing.next_pages == ["https://haiphong.gov.vn/tin-tuc-su-kien?page=2"]
    assert _listing("https://haiphong.gov.vn/tin-tuc-su-kien?page=2").next_pages == []


def test_every_portal_listing_leads_to_complete_articles():
    """All three mirrored portals, from their registry start URLs through the pagination (the
    closed districts read only from web archives have no mirror pages)."""
    found: list[str] = []
    mirrored = [p for p in registry.load().for_platform("haiphong") if set(p.hosts) <= mirrored_hosts()]
    assert {p.id for p in mirrored} == {"ngoquyen", "lechan", "haiphong"}
    for portal in mirrored:
        pending = list(portal.start_urls)
        pages = 0
        while pending:
            listing = _listing(pending.pop())
            pages += 1
            found += listing.articles
            pending += listing.next_pages
        assert pages >= (3 if portal.id == "ngoquyen" else 2), portal.id
    assert len(found) == len(set(found)) >= 30
    for url in found:
        article = _article(url)
        assert article.title and article.published_at and article.body, url
        assert "CHỦ ĐỀ NĂM 2023" not in article.body and "Lượt truy cập" not in article.body, url
        assert not article.published_at.startswith("2026-11-23"), url


# --- URLs and the spider ------------------------------------------------------------


@pytest.mark.parametrize("url", [
    SEED_URL,
    "https://haiphong.gov.vn/Diem-bao/Diem-bao-hang-ngay-ve-Hai-Phong-ngay-0232021-57288.html",
    "https://haiphong.gov.vn/tin-tuc-su-kien/thuc-day-quan-he-hop-tac-voi-cac-dia-phuong-683224",
    "https://sotp.haiphong.gov.vn/van-ban-chi-dao-dieu-hanh-68017/cong-bo-danh-muc-thu-tuc-769866",
    "http://www.haiphong.gov.vn/Portal/Detail.aspx?Organization=SXD&MenuID=19237&ContentID=154916",
])
def test_article_urls(url):
    assert is_article_url(url)


@pytest.mark.parametrize("url", [
    f"{NGO}/Tin-tuc-su-kien",
    f"{NGO}/Tin-tuc-su-kien?Page=2",
    "https://sotp.haiphong.gov.vn/van-ban-chi-dao-dieu-hanh-68017",
    "https://haiphong.gov.vn/",
    "https://kinhtedothi.vn/tin-tuc/mot-bai-bao-57288.html",
])
def test_not_article_urls(url):
    assert not is_article_url(url)


def test_spider_contract():
    assert HaiphongSpider.name == HaiphongSpider.platform == "haiphong"
    assert HaiphongSpider.parse_listing is haiphong.parse_listing
    assert HaiphongSpider.parse_article is haiphong.parse_article
    spider = HaiphongSpider()
    assert set(spider.portals) == {p.id for p in registry.load().for_platform("haiphong")}
    assert {"ngoquyen", "lechan", "haiphong", "hongbang", "haian"} <= set(spider.portals)
