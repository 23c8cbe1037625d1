"""Báo Kinh tế & Đô thị: article fields, listing, sitemap, from the offline mirror's pages."""

from __future__ import annotations

import re

import pytest
from parsel import Selector
from scrapy.utils.sitemap import Sitemap

from crawler.core.text import normalize
from crawler.mirror import SITES
from crawler.mirror.corpus import seed_text
from spiders import kinhtedothi
from spiders.kinhtedothi import (
    KinhtedothiSpider,
    is_article_url,
    parse_article,
    parse_listing,
    strip_sapo_prefix,
)
from tests.helpers import mirror_response

BASE = "https://kinhtedothi.vn"
SEED_URL = f"{BASE}/phat-huy-suc-manh-dai-doan-ket-cua-nhan-dan-trong-xay-dung-thu-do.html"
CAPTIONS = [
    "Ban Dân vận 7 quận, huyện có Dự án đường Vành đai 4 - Vùng Thủ đô đi qua ký giao ước thi đua.",
    "Hội thi “Dân vận khéo” quận Hoàng Mai được tổ chức sôi nổi, góp phần động viên phong trào thi đua trên địa bàn.",
]
KICKER_URL = f"{BASE}/nam-2017-dang-uy-khoi-chi-dao-thuc-hien-8-nhiem-vu-trong-tam.html"


def _article(url: str):
    return parse_article(mirror_response(url).selector, url)


def _seed_lines() -> list[str]:
    return normalize(seed_text("004")).split("\n")


def _seed_body() -> list[str]:
    """The seed's paragraphs after the sapo, each doubled caption line left out."""
    lines = _seed_lines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Kinhtedothi - ")) + 1
    return [line for line in lines[start:] if lines.count(line) == 1]


@pytest.fixture(scope="module")
def seed():
    return _article(SEED_URL)


# --- seed 004 --------------------------------------------------------------------------


def test_seed_kicker(seed):
    assert seed.kicker == "Kỷ niệm 94 năm Ngày thành lập Đảng bộ Thành phố Hà Nội (17/3/1930 - 17/3/2024)"


def test_seed_title(seed):
    assert seed.title == "Phát huy sức mạnh đại đoàn kết của Nhân dân trong xây dựng Thủ đô"


def test_seed_author(seed):
    assert seed.author == "Nguyên Bảo"


def test_seed_sapo_without_the_paper_prefix(seed):
    assert seed.sapo == (
        "Phát huy truyền thống vẻ vang của Đảng bộ TP Hà Nội trong 94 năm qua (17/3/1930 - 17/3/2024), "
        "đội ngũ cán bộ làm công tác dân vận của TP luôn là lực lượng tham mưu chủ yếu cho Đảng bộ TP về "
        "công tác dân vận."
    )


def test_seed_sapo_is_the_seed_line(seed):
    assert "Kinhtedothi - " + seed.sapo in _seed_lines()


def test_seed_published_at(seed):
    # The seed shows no date; its mirror page is dated 15/03/2024 06:30 (an assumption).
    assert seed.published_at == "2024-03-15T06:30:00+07:00"


def test_seed_published_raw(seed):
    assert seed.published_raw == "Thứ Sáu, 06:30 15/03/2024"


def test_seed_time_known(seed):
    assert seed.time_known is True


def test_seed_body_is_the_seed_paragraphs_verbatim(seed):
    expected = _seed_body()
    assert expected[0].startswith("Qua đó, góp phần quan trọng")
    assert expected[-1].startswith("Đổi mới nội dung, phương thức hoạt động")
    assert seed.body == "\n\n".join(expected)


def test_seed_images_each_caption_once(seed):
    assert [image.caption for image in seed.images] == CAPTIONS


def test_seed_image_urls(seed):
    assert [image.url for image in seed.images] == [
        "https://resource.kinhtedothi.vn/2024/03/15/ban-dan-van-7-quan-huyen-co-du-an-duong-vanh-dai.jpg",
        "https://resource.kinhtedothi.vn/2024/03/15/hoi-thi-dan-van-kheo-quan-hoang-mai-duoc-to-chuc.jpg",
    ]


def test_seed_captions_are_twice_on_the_page_and_never_in_the_body(seed):
    page = mirror_response(SEED_URL).text
    for caption in CAPTIONS:
        assert _seed_lines().count(caption) == 2
        assert page.count(f">{caption}<") == 2  # figcaption and the italic line
        assert caption not in seed.body


def test_seed_no_share_widget_in_any_field(seed):
    assert "Chia sẻ Zalo" in mirror_response(SEED_URL).text
    for name, value in seed.to_dict().items():
        assert "Chia sẻ Zalo" not in str(value), name
        assert "Facebook" not in str(value), name


def test_seed_body_is_free_of_furniture(seed):
    for furniture in ("Kinhtedothi - ", "Nguyên Bảo", "Từ khóa", "Tin cùng chuyên mục", "Đọc nhiều",
                      "Thứ Hai, 23/11/2026", "Bản quyền"):
        assert furniture not in seed.body


def test_seed_category(seed):
    assert seed.category == "Chính trị"


def test_seed_source_credit_and_view_count(seed):
    assert (seed.source_credit, seed.view_count) == ("", None)


def test_seed_url_and_extractor(seed):
    assert (seed.url, seed.extractor) == (SEED_URL, "kinhtedothi")


def test_header_today_is_never_the_publication_date():
    page = mirror_response(SEED_URL).text
    assert '<div class="header__date">Thứ Hai, 23/11/2026</div>' in page
    dateless, removed = re.subn(r'<div class="article-published-on">[^<]*</div>', "", page)
    assert removed == 1
    article = parse_article(Selector(text=dateless), SEED_URL)
    assert (article.published_at, article.published_raw, article.time_known) == ("", "", False)


# --- a corpus article: kicker from "Prefix: title", in-body related box ---------------


@pytest.fixture(scope="module")
def kicked():
    return _article(KICKER_URL)


def test_article_kicker_without_colon(kicked):
    assert kicked.kicker == "Năm 2017"


def test_article_title(kicked):
    assert kicked.title == "Đảng ủy Khối chỉ đạo thực hiện 8 nhiệm vụ trọng tâm"


def test_article_sapo(kicked):
    assert kicked.sapo.startswith("Trong năm 2016, Đảng ủy Khối các cơ quan Thành phố và các Tổ chức cơ sở đảng")
    assert kicked.sapo.endswith("Đảng ủy Khối chỉ đạo các Tổ chức cơ sở đảng thực hiện tốt 8 nhiệm vụ trọng tâm.")


def test_article_date_and_author(kicked):
    # The real date line reads "17/02/2017 | 9:57 AM".
    assert (kicked.published_at, kicked.published_raw, kicked.author) == (
        "2017-02-17T09:57:00+07:00", "Thứ Sáu, 09:57 17/02/2017", "Thu Lan")


def test_article_body_without_related_box(kicked):
    assert kicked.body.startswith("Tổ chức Hội nghị học tập, quán triệt các Nghị quyết, Kết luận Hội nghị Trung ương 4")
    assert "Tin liên quan" not in kicked.body
    assert "Đẩy mạnh phong trào thi đua “Dân vận khéo” trên địa bàn thành phố" not in kicked.body
    assert kicked.images == []


# --- sapo prefix ------------------------------------------------------------------------


@pytest.mark.parametrize("raw, expected", [
    ("Kinhtedothi - Phát huy truyền thống", "Phát huy truyền thống"),
    ("Kinhtedothi-Phát huy truyền thống", "Phát huy truyền thống"),
    ("(Kinhtedothi) - Phát huy truyền thống", "Phát huy truyền thống"),
    ("KINHTEDOTHI – Phát huy truyền thống", "Phát huy truyền thống"),
    ("Phát huy truyền thống, Kinhtedothi - ghi nhận", "Phát huy truyền thống, Kinhtedothi - ghi nhận"),
])
def test_strip_sapo_prefix(raw, expected):
    assert strip_sapo_prefix(raw) == expected


def test_old_layout_fallback():
    """The 2019-2020 layout: title_detail_news, time_detail_news "dd-mm-yyyy HH:MM", #cotent_detail."""
    lines = _seed_lines()
    html = f"""<html><body><div class="time">Thứ Hai, 23/11/2026</div>
    <h1 class="title_detail_news">{lines[1]}</h1><div class="time_detail_news">08-11-2020 15:11</div>
    <div class="sapo_detail fr">{lines[4]}</div>
    <div id="cotent_detail"><p>{_seed_body()[0]}</p><div class="tag_detail"><a>dân vận</a></div></div>
    <span class="name_author fl">{lines[2]}</span></body></html>"""
    url = f"{BASE}/chinh-tri/tin-tuc/phat-huy-suc-manh-dai-doan-ket-401234.html"
    article = parse_article(Selector(text=html), url)
    assert (article.title, article.author) == (lines[1], "Nguyên Bảo")
    assert article.published_at == "2020-11-08T15:11:00+07:00"
    assert article.sapo == lines[4].removeprefix("Kinhtedothi - ")
    assert article.body == _seed_body()[0]
    assert is_article_url(url)


# --- listing ----------------------------------------------------------------------------

PAGE_1 = [SEED_URL] + [f"{BASE}/{slug}.html" for slug in (
    "cong-doan-so-thong-tin-va-truyen-thong-gap-mat-nhan-ky-niem-88-nam-ngay-phu-nu-viet-nam",
    "doan-thanh-nien-so-thong-tin-va-truyen-thong-ha-noi-tham-quan-hoang-thanh-thang-long",
    "quan-triet-trien-khai-thuc-hien-nghi-quyet-15-nq-tu-ngay-04-7-2017-cua-ban-thuong-vu-thanh-uy-ha-noi",
    "day-manh-ung-dung-cntt-gop-phan-nang-cao-chat-luong-hieu-qua-cong-tac-xay-dung-dang",
    "to-chuc-cac-hoat-dong-ky-niem-70-nam-ngay-thuong-binh-liet-sy",
    "de-cuong-thong-bao-nhanh-ket-qua-hoi-nghi-trung-uong-5-khoa-xii",
    "to-chuc-hoat-dong-ky-niem-127-nam-ngay-sinh-chu-tich-ho-chi-minh",
    "tang-cuong-su-lanh-dao-cua-dang-doi-voi-cuoc-van-dong-toan-dan-doan-ket-xay-dung-nong-thon-moi-do-thi-van-minh",
    "cac-chi-bo-nghiem-tuc-thuc-hien-noi-dung-quy-trinh-sinh-hoat-theo-quy-dinh",
    "nam-2017-dang-uy-khoi-chi-dao-thuc-hien-8-nhiem-vu-trong-tam",
    "day-manh-phong-trao-thi-dua-dan-van-kheo-tren-dia-ban-thanh-pho",
)]


def _listing(url: str):
    return parse_listing(mirror_response(url).selector, url)


def test_listing_page_1_articles():
    assert _listing(f"{BASE}/chinh-tri").articles == PAGE_1


def test_listing_page_1_next_page():
    assert _listing(f"{BASE}/chinh-tri").next_pages == [f"{BASE}/chinh-tri?page=2"]


def test_listing_page_2_next_page():
    assert _listing(f"{BASE}/chinh-tri?page=2").next_pages == [f"{BASE}/chinh-tri?page=3"]


def test_listing_last_page_has_no_next():
    last = _listing(f"{BASE}/chinh-tri?page=3")
    assert last.next_pages == []
    assert len(last.articles) == 8


def _sitemap_urls() -> tuple[list[str], list[str]]:
    """(article URLs, other URLs) of every sitemap the index names."""
    index = Sitemap((SITES / "kinhtedothi.vn" / "sitemap.xml").read_bytes())
    assert index.type == "sitemapindex"
    articles, others = [], []
    for entry in index:
        path = entry["loc"].removeprefix(f"{BASE}/")
        urlset = Sitemap((SITES / "kinhtedothi.vn" / path).read_bytes())
        assert urlset.type == "urlset"
        for url in (e["loc"] for e in urlset):
            (articles if is_article_url(url) else others).append(url)
    return articles, others


def test_sitemap_lists_every_article_of_the_listing():
    articles, _ = _sitemap_urls()
    listed: list[str] = []
    url: str | None = f"{BASE}/chinh-tri"
    while url:
        listing = _listing(url)
        listed += listing.articles
        url = listing.next_pages[0] if listing.next_pages else None
    assert sorted(articles) == sorted(set(listed))
    assert len(articles) >= 30 and SEED_URL in articles


def test_sitemap_non_articles_are_rejected():
    _, others = _sitemap_urls()
    assert sorted(others) == [f"{BASE}/chinh-tri", f"{BASE}/do-thi", f"{BASE}/tag/dan-van.html", f"{BASE}/thoi-su"]


def test_every_sitemap_article_is_complete():
    articles, _ = _sitemap_urls()
    for url in articles:
        article = _article(url)
        assert article.title and article.published_at and article.body and article.sapo, url
        assert not article.sapo.startswith("Kinhtedothi"), url
        assert "Chia sẻ Zalo" not in article.body and "Tin liên quan" not in article.body, url
        assert not article.published_at.startswith("2026-11-23"), url


@pytest.mark.parametrize("url, expected", [
    (SEED_URL, True),
    (f"{BASE}/thuc-day-khu-vuc-tu-nhan-huong-toi-tang-truong-ben-vung.html", True),
    (f"{BASE}/chinh-tri/tin-tuc/ha-noi-phat-dong-thi-dua-401234.html", True),
    (f"{BASE}/tag/dan-van.html", False),
    (f"{BASE}/video/ha-noi-phat-dong-thi-dua-dan-van-kheo.html", False),
    (f"{BASE}/chinh-tri", False),
    (f"{BASE}/chinh-tri?page=2", False),
    (f"{BASE}/sitemaps/sitemap-2024-03.xml", False),
    ("https://phapluatxahoi.kinhtedothi.vn/ha-noi-phat-dong-thi-dua-dan-van.html", False),
])
def test_is_article_url(url, expected):
    assert is_article_url(url) is expected


def test_spider_contract():
    assert KinhtedothiSpider.name == KinhtedothiSpider.platform == "kinhtedothi"
    assert KinhtedothiSpider.parse_listing is kinhtedothi.parse_listing
    assert KinhtedothiSpider.parse_article is kinhtedothi.parse_article
    assert KinhtedothiSpider.is_article_url is kinhtedothi.is_article_url
    assert set(KinhtedothiSpider().portals) == {"kinhtedothi"}
