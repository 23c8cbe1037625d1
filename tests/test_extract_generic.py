"""The generic extractor, the generic spider and extractor dispatch, on the offline mirror."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from scrapy import Request
from scrapy.utils.test import get_crawler

from crawler.core import registry
from crawler.core.items import Article
from crawler.core.text import normalize_inline
from crawler.extract.dispatch import extract_page, portal_for
from crawler.extract.generic import extract_generic
from crawler.mirror.corpus import seed_text
from spiders.generic import GenericSpider, parse_listing
from tests.helpers import ROOT, mirror_response

HOST = "https://cong-chua-xac-dinh.invalid"
LISTING = f"{HOST}/tin-tuc/dan-van"
SEED_URL = f"{HOST}/tin-tuc/trien-khai-nhiem-vu-cong-tac-dan-van-nam-2020-15157.html"
# Seed 001's image captions, as the seed prints them under the images.
CAPTIONS = [
    "Phó Bí thư Thường trực Thành ủy Ngô Thị Thanh Hằng trao Cờ đơn vị xuất sắc phong trào thi đua cho các đơn vị",
    "Chủ tịch Ủy ban MTTQ TP Nguyễn Lan Hương và Trưởng ban Nội chính Thành ủy Nguyễn Quang Huy trao Bằng khen"
    " cho các tập thể, cá nhân",
    "Trưởng ban Dân vận Thành ủy Nguyễn Thị Tuyến trao Bằng khen cho các tập thể, cá nhân",
    "Phó Bí thư Thường trực Thành ủy Ngô Thị Thanh Hằng phát biểu chỉ đạo hội nghị",
]
SOTTTT = "https://sotttt.hanoi.gov.vn/hoat-ong-ang-oan-the/-/view_content"
SOTTTT_URL = f"{SOTTTT}/1042401-day-manh-hoc-tap-va-lam-theo-tam-guong-dao-duc-ho-chi-minh"
SOTTTT_PHOTO_URL = (
    f"{SOTTTT}/1581411-dang-uy-khoi-cac-co-quan-thanh-pho-lam-viec-voi-dang-uy-so-thong-tin-va-truyen-thong"
)
NGO_QUYEN_URL = (
    "https://ngoquyen.haiphong.gov.vn/Tin-tuc-su-kien/"
    "Cong-tac-dan-van-cua-Quan-Ngo-Quyen-gop-phan-to-chuc-thanh-cong-dai-hoi-dang-cac-cap-57288.html"
)
CITY_URL = (
    "https://haiphong.gov.vn/tin-tuc-su-kien/"
    "chi-thi-ve-lanh-dao-thuc-hien-nhiem-vu-quoc-phong-quan-su-dia-phuong-nam-2014-536877"
)
KTDT_URL = "https://kinhtedothi.vn/phat-huy-suc-manh-dai-doan-ket-cua-nhan-dan-trong-xay-dung-thu-do.html"
CAU_GIAY_URL = "https://caugiay.hanoi.gov.vn/cong-tac-dang/-/view_content/2618352-hieu-qua-tu-phong-trao-thi-dua-dan-van-kheo"
TODAY = "Thứ Hai, 23/11/2026"


def generic(url: str) -> Article:
    return extract_generic(mirror_response(url).text, url)


def seed_paragraphs() -> list[str]:
    """The seed's article text: after the date line, up to the credit, without captions."""
    lines = [normalize_inline(line) for line in seed_text("001").split("\n")]
    start = lines.index("27/12/2019 - 01:44 PM") + 1
    end = lines.index("Theo CTTĐT")
    return [line for line in lines[start:end] if line and line not in CAPTIONS]


@pytest.fixture(scope="module")
def seed() -> Article:
    return generic(SEED_URL)


# --- seed 001 on the unidentified portal ---------------------------------------------


def test_seed_title(seed: Article) -> None:
    assert seed.title == "Triển khai nhiệm vụ công tác dân vận năm 2020"


def test_seed_published_at_has_the_time_of_day(seed: Article) -> None:
    assert seed.published_at == "2019-12-27T13:44:00+07:00"


def test_seed_time_known(seed: Article) -> None:
    assert seed.time_known is True


def test_seed_published_raw(seed: Article) -> None:
    assert seed.published_raw == "27/12/2019 - 01:44 PM"


def test_seed_source_credit(seed: Article) -> None:
    assert seed.source_credit == "CTTĐT"


def test_seed_body_is_the_seed_text(seed: Article) -> None:
    expected = seed_paragraphs()
    assert len(expected) == 16
    assert expected[0].startswith("Sáng 27/12, Ban Dân vận Thành ủy tổ chức hội nghị")
    assert seed.body == "\n\n".join(expected)


def test_seed_body_keeps_the_sub_headings(seed: Article) -> None:
    assert "\n\nThực hiện hiệu quả “Năm dân vận chính quyền”\n\n" in seed.body
    assert "\n\nNắm chắc tình hình Nhân dân trước, trong và sau Đại hội\n\n" in seed.body


def test_seed_body_ends_before_the_credit(seed: Article) -> None:
    assert seed.body.endswith("12 tập thể, 10 cá nhân được nhận Bằng khen của Ban Thường vụ Thành ủy...")


@pytest.mark.parametrize(
    "furniture",
    ["Các tin tức khác", "lượt xem", "Biết sợ nhưng đừng hoang mang", "danh mục tin tức", "Kết quả bình chọn",
     "Theo CTTĐT", TODAY, "27/12/2019 - 01:44 PM", "In bài viết", "Chia sẻ", "Tổng lượt truy cập", "Tin mới"],
)
def test_seed_body_is_free_of_furniture(seed: Article, furniture: str) -> None:
    assert furniture not in seed.body


@pytest.mark.parametrize("caption", CAPTIONS)
def test_seed_caption_once_in_images(seed: Article, caption: str) -> None:
    assert [image.caption for image in seed.images].count(caption) == 1


@pytest.mark.parametrize("caption", CAPTIONS)
def test_seed_caption_not_in_body(seed: Article, caption: str) -> None:
    assert caption not in seed.body


def test_seed_images_in_page_order(seed: Article) -> None:
    assert [image.caption for image in seed.images] == CAPTIONS


def test_seed_image_urls_are_absolute(seed: Article) -> None:
    assert all(image.url.startswith(f"{HOST}/uploads/news/2019_12/") for image in seed.images)


def test_seed_view_count_is_not_the_related_items(seed: Article) -> None:
    assert seed.view_count is None  # "6.889 lượt xem" belongs to "Biết sợ nhưng đừng hoang mang"


def test_seed_sapo(seed: Article) -> None:
    assert seed.sapo == ""


def test_seed_author(seed: Article) -> None:
    assert seed.author == ""


def test_seed_category(seed: Article) -> None:
    assert seed.category == "Dân vận"


def test_seed_url(seed: Article) -> None:
    assert seed.url == SEED_URL


def test_seed_extractor(seed: Article) -> None:
    assert seed.extractor == "generic"


def test_signed_article_author() -> None:
    url = f"{HOST}/tin-tuc/huong-dan-cong-tac-tuyen-truyen-bien-dao-nam-2016-14935.html"
    article = generic(url)
    assert article.author == "Thu Lan"
    assert not article.body.endswith("Thu Lan")


def test_article_with_sapo() -> None:
    url = f"{HOST}/tin-tuc/huong-dan-cong-tac-tuyen-truyen-bien-dao-nam-2016-14935.html"
    article = generic(url)
    assert article.sapo == (
        "Ngày 30/3/2016, Ban Tuyên giáo Đảng ủy Khối các cơ quan Thành phố ban hành Hướng dẫn số 02-HD/BTGĐUK"
        " về công tác tuyên truyền biển, đảo năm 2016."
    )
    assert article.body.startswith("Với mục đích nhằm nâng cao nhận thức của cán bộ, đảng viên về vai trò")


# --- other platforms' pages ----------------------------------------------------------


@pytest.fixture(scope="module")
def sotttt() -> Article:
    return generic(SOTTTT_URL)


def test_sotttt_title_not_the_portlet_or_site(sotttt: Article) -> None:
    assert sotttt.title == "Đẩy mạnh học tập và làm theo tấm gương đạo đức Hồ Chí Minh"


def test_sotttt_time_of_day(sotttt: Article) -> None:
    assert sotttt.published_at == "2016-06-08T10:36:00+07:00"


def test_sotttt_published_raw(sotttt: Article) -> None:
    assert sotttt.published_raw == "08/06/2016 | 10:36 AM"


def test_sotttt_sapo(sotttt: Article) -> None:
    assert sotttt.sapo.startswith("Trong 5 năm qua (2011-2015) các cấp, các ngành")
    assert sotttt.sapo.endswith("chỉ đạo triển khai một số nhiệm vụ trọng tâm.")


def test_sotttt_body(sotttt: Article) -> None:
    paragraphs = sotttt.body.split("\n\n")
    assert paragraphs[0].startswith("Bám sát 6 nội dung cơ bản trong Chỉ thị 05-CT/TW ngày 15/5/2016")
    assert paragraphs[-1].endswith('"sát chức năng, nhiệm vụ, ngắn gọn, dễ nhớ, dễ thực hiện"./.')
    assert len(paragraphs) == 9


def test_sotttt_author_is_the_signature_not_the_account(sotttt: Article) -> None:
    assert sotttt.author == "Thu Lan"


@pytest.mark.parametrize("furniture", ["Pho Ban bien tap", "Print", "Send email", "Other News", "Thu Lan"])
def test_sotttt_body_is_free_of_furniture(sotttt: Article, furniture: str) -> None:
    assert furniture not in sotttt.body


def test_sotttt_category(sotttt: Article) -> None:
    assert sotttt.category == "Hoạt động Đảng, Đoàn thể"


def test_sotttt_photo_caption_with_its_credit_line() -> None:
    article = generic(SOTTTT_PHOTO_URL)
    assert [i.caption for i in article.images] == [
        "Đ/c Phùng Khải Lợi, Phó Bí thư ĐUKCCQTP phát biểu chỉ đạo tại buổi làm việc Ảnh: Thu Lan"
    ]
    assert "phát biểu chỉ đạo tại buổi làm việc" not in article.body
    assert "Ảnh: Thu Lan" not in article.body


def test_sotttt_photo_page_time_of_day() -> None:
    assert generic(SOTTTT_PHOTO_URL).published_at == "2017-03-22T14:47:00+07:00"


def test_haiphong_seed_skips_the_today_line_and_banner() -> None:
    article = generic(NGO_QUYEN_URL)
    assert article.title == "Công tác dân vận của Quận Ngô Quyền góp phần tổ chức thành công đại hội đảng các cấp"
    assert article.published_at == "2020-10-12T10:24:00+07:00"
    assert article.published_raw == "Cập nhật: 12/10/2020 10:24"
    for furniture in ("CHỦ ĐỀ NĂM 2023", "Lượt truy cập", TODAY, "In bài viết", "Các tin khác"):
        assert furniture not in article.body
    assert article.body.endswith("Đồng chí Đào Trọng Đức, TUV, Bí thư Quận ủy, Chủ tịch UBND quận!")


def test_haiphong_city_view_count_next_to_the_time() -> None:
    article = generic(CITY_URL)
    assert article.published_at == "2014-01-08T16:05:00+07:00"
    assert article.view_count == 1113  # "Lượt xem: 1.113", not the "05" of "16:05"


def test_kinhtedothi_seed() -> None:
    article = generic(KTDT_URL)
    assert article.title == "Phát huy sức mạnh đại đoàn kết của Nhân dân trong xây dựng Thủ đô"
    assert article.published_at == "2024-03-15T06:30:00+07:00"
    assert article.author == "Nguyên Bảo"
    assert article.sapo.startswith("Phát huy truyền thống vẻ vang của Đảng bộ TP Hà Nội")  # "Kinhtedothi - " off
    assert "Chia sẻ Zalo" not in article.body and "Tin liên quan" not in article.body
    captions = [image.caption for image in article.images]
    assert len(captions) == len(set(captions)) > 0  # each printed twice, kept once
    assert not any(caption in article.body for caption in captions)


def test_cau_giay_seed_view_count_from_the_date_line() -> None:
    article = generic(CAU_GIAY_URL)
    assert article.published_at == "2018-08-17T23:40:00+07:00"
    assert article.view_count == 2192


# --- the "today" trap and other date traps -------------------------------------------


def _page(before_title: str = "", after_title: str = "", head: str = "") -> str:
    lines = [line for line in seed_text("001").split("\n") if line.strip()]
    return f"""<html><head><title>{lines[0]} - Cổng thông tin</title>{head}</head><body>
<div class="wrap"><div class="top-line">{TODAY}</div>
<div class="main">{before_title}<h1>{lines[0]}</h1>{after_title}
<div class="content"><p>{lines[2]}</p><p>{lines[4]}</p></div>
<div class="box"><b>Các tin tức khác</b><ul><li><a href="/tin/a-2.html">{lines[-5]}</a>
<span class="date">{lines[-4]}</span></li></ul></div>
</div></div></body></html>"""


def test_today_line_before_the_title_is_not_the_date() -> None:
    article = extract_generic(_page(after_title="<div>27/12/2019 - 01:44 PM</div>"), "https://vi-du.invalid/a-1.html")
    assert article.published_at == "2019-12-27T13:44:00+07:00"


def test_today_line_alone_gives_no_date() -> None:
    article = extract_generic(_page(), "https://vi-du.invalid/a-1.html")
    assert article.published_at == ""  # neither the header's today nor the related item's date


def test_bare_weekday_line_above_the_title_is_not_the_date() -> None:
    article = extract_generic(_page(before_title=f"<div>{TODAY}</div>"), "https://vi-du.invalid/a-1.html")
    assert article.published_at == ""


def test_timed_line_above_the_title_is_the_date() -> None:
    html = _page(before_title="<div>Thứ Sáu, 27/12/2019 13:44</div>")
    article = extract_generic(html, "https://vi-du.invalid/a-1.html")
    assert article.published_at == "2019-12-27T13:44:00+07:00"


def test_metadata_date_when_no_line() -> None:
    head = '<meta property="article:published_time" content="2019-12-27T13:44:00+07:00">'
    article = extract_generic(_page(head=head), "https://vi-du.invalid/a-1.html")
    assert (article.published_at, article.time_known) == ("2019-12-27T13:44:00+07:00", True)


def test_date_only_line_gets_its_time_from_the_time_element() -> None:
    html = _page(after_title='<time datetime="2019-12-27T13:44:00+07:00">27/12/2019</time>')
    article = extract_generic(html, "https://vi-du.invalid/a-1.html")
    assert article.published_at == "2019-12-27T13:44:00+07:00"


# --- the generic spider --------------------------------------------------------------


@pytest.fixture(scope="module")
def spider() -> GenericSpider:
    crawler = get_crawler(GenericSpider, {"DANVAN_MAX_LISTING_PAGES": 50})
    return GenericSpider.from_crawler(crawler, portal="cttdt-dang-lai")


def _requests(spider: GenericSpider, url: str) -> tuple[list[str], list[str]]:
    out = list(spider.parse_listing_page(mirror_response(url), "cttdt-dang-lai", 1))
    assert all(isinstance(r, Request) for r in out)
    articles = [r.url for r in out if r.meta["danvan_kind"] == "article"]
    listings = [r.url for r in out if r.meta["danvan_kind"] == "listing"]
    return list(dict.fromkeys(articles)), sorted(set(listings))


def test_spider_names() -> None:
    assert (GenericSpider.name, GenericSpider.platform) == ("generic", "generic")


def test_spider_follows_the_listing_pattern(spider: GenericSpider) -> None:
    _, listings = _requests(spider, LISTING)
    assert listings == [f"{LISTING}?page=2", f"{LISTING}?page=3"]


def test_spider_first_page_articles(spider: GenericSpider) -> None:
    articles, _ = _requests(spider, LISTING)
    assert len(articles) == 12
    assert SEED_URL in articles  # among the newest: the corpus runs to mid-2020
    assert all(a.startswith(f"{HOST}/tin-tuc/") and a.endswith(".html") for a in articles)


def test_spider_reaches_every_article(spider: GenericSpider) -> None:
    found: set[str] = set()
    for url in (LISTING, f"{LISTING}?page=2", f"{LISTING}?page=3"):
        articles, _ = _requests(spider, url)
        found.update(articles)
    assert len(found) >= 30
    assert SEED_URL in found
    assert not any("biet-so-nhung-dung-hoang-mang" in url for url in found)


def test_spider_article_page(spider: GenericSpider) -> None:
    items = list(spider.parse_article_page(mirror_response(SEED_URL), "cttdt-dang-lai"))
    assert len(items) == 1
    article = items[0]
    assert (article.portal, article.extractor, article.published_at) == (
        "cttdt-dang-lai", "generic", "2019-12-27T13:44:00+07:00")
    assert article.fetched_at == "2026-11-23T08:00:00+00:00"


def test_module_parse_listing_gives_site_links() -> None:
    listing = parse_listing(mirror_response(LISTING).selector, LISTING)
    assert f"{LISTING}?page=2" in listing.next_pages
    assert all(url.startswith(f"{HOST}/") for url in listing.articles)


# --- dispatch ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def reg() -> registry.Registry:
    return registry.load()


@pytest.mark.parametrize(
    ("url", "extractor", "portal"),
    [
        (SEED_URL, "generic", "cttdt-dang-lai"),
        (SOTTTT_URL, "hanoi_liferay", "sotttt"),
        (CAU_GIAY_URL, "hanoi_liferay", "caugiay"),
        (NGO_QUYEN_URL, "haiphong", "ngoquyen"),
        (CITY_URL, "haiphong", "haiphong"),
        (KTDT_URL, "kinhtedothi", "kinhtedothi"),
    ],
)
def test_dispatch_to_the_platform(reg: registry.Registry, url: str, extractor: str, portal: str) -> None:
    article = extract_page(mirror_response(url).text, url, reg)
    assert (article.extractor, article.portal) == (extractor, portal)


def test_dispatch_same_host_two_platforms(reg: registry.Registry) -> None:
    url = next(
        f"https://caugiay.hanoi.gov.vn/tin-tuc-su-kien/{p.name}"
        for p in sorted((ROOT / "crawler/mirror/sites/caugiay.hanoi.gov.vn/tin-tuc-su-kien").glob("*.htm"))
    )
    article = extract_page(mirror_response(url).text, url, reg)
    assert (article.extractor, article.portal) == ("hanoi_current", "caugiay-phuong")


def test_dispatch_unknown_host_is_generic(reg: registry.Registry) -> None:
    html = mirror_response(SEED_URL).text
    article = extract_page(html, "https://mot-cong-khac.invalid/tin/bai-1.html", reg)
    assert (article.extractor, article.portal) == ("generic", "")
    assert article.published_at == "2019-12-27T13:44:00+07:00"


def test_dispatch_fills_what_the_platform_missed(reg: registry.Registry) -> None:
    # A Hải Phòng URL whose page is not in Hải Phòng markup: the platform extractor finds
    # nothing; the generic one fills title, date and body.
    html = mirror_response(SEED_URL).text
    url = "https://haiphong.gov.vn/tin-tuc-su-kien/trien-khai-nhiem-vu-cong-tac-dan-van-nam-2020-15157"
    assert portal_for(url, reg)[0].id == "haiphong"
    article = extract_page(html, url, reg)
    assert article.extractor == "haiphong"
    assert article.title == "Triển khai nhiệm vụ công tác dân vận năm 2020"
    assert article.published_at == "2019-12-27T13:44:00+07:00"
    assert article.body == "\n\n".join(seed_paragraphs())


def test_extract_command(tmp_path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(mirror_response(SEED_URL).body)
    result = subprocess.run(
        [sys.executable, "-m", "crawler.cli", "extract", str(page), "--url", SEED_URL],
        capture_output=True, text=True, cwd=ROOT, timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    data = json.loads(result.stdout)
    assert (data["extractor"], data["portal"], data["source_credit"]) == ("generic", "cttdt-dang-lai", "CTTĐT")
