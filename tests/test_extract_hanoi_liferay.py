"""Hà Nội Liferay 6.2 portals: the real sotttt.hanoi.gov.vn copy and the mirror's district portals."""

from __future__ import annotations

import pytest

from crawler.core.items import Image
from crawler.core.text import normalize_inline
from crawler.mirror.corpus import seed_text
from spiders.hanoi_liferay import HanoiLiferaySpider, canonical, is_article_url, parse_article, parse_listing
from tests.helpers import mirror_response

SOTTTT = "https://sotttt.hanoi.gov.vn/hoat-ong-ang-oan-the"
VIEW = f"{SOTTTT}/-/view_content"
MIDNIGHT_URL = f"{VIEW}/696099-tuyen-truyen-thuc-hien-khong-buon-ban-tieu-thu-bat-hop-phap-dong-vat-thuc-vat-hoang-da"
TRIPLE_URL = f"{VIEW}/1443477-day-manh-phong-trao-thi-dua-dan-van-kheo-tren-dia-ban-thanh-pho"
PM_URL = f"{VIEW}/1129482-cong-bo-quyet-dinh-chi-dinh-bo-sung-uy-vien-ban-chap-hanh-dang-uy-so-tt-tt"
SEED_URL = "https://caugiay.hanoi.gov.vn/cong-tac-dang/-/view_content/2618352-hieu-qua-tu-phong-trao-thi-dua-dan-van-kheo"
CAU_GIAY = "https://caugiay.hanoi.gov.vn/cong-tac-dang"
PAGE_QUERY = (
    "p_p_id=101&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-1&p_p_col_pos=1"
    "&p_p_col_count=2&_101_delta={delta}&_101_keywords=&_101_advancedSearch=false&_101_andOperator=true"
    "&p_r_p_564233524_resetCur=false&_101_cur={page}"
)
HOANG_MAI_MIDNIGHT = (
    "https://hoangmai.hanoi.gov.vn/cong-tac-dang/-/view_content/"
    "1850403-tuyen-truyen-ky-niem-40-nam-ngay-giai-phong-mien-nam-thong-nhat-dat-nuoc"
)


def _article(url: str):
    return parse_article(mirror_response(url).selector, url)


def _seed_lines() -> list[str]:
    return [normalize_inline(line) for line in seed_text("003").split("\n") if line.strip()]


@pytest.fixture(scope="module")
def seed():
    return _article(SEED_URL)


@pytest.fixture(scope="module")
def midnight():
    return _article(MIDNIGHT_URL + ".html")  # as HTTrack named it


@pytest.fixture(scope="module")
def triple():
    return _article(TRIPLE_URL)


@pytest.fixture(scope="module")
def pm():
    return _article(PM_URL)


# --- seed 003 (Cầu Giấy, mirror) ------------------------------------------------------


def test_seed_title(seed):
    assert seed.title == "Hiệu quả từ phong trào thi đua “Dân vận khéo”"


def test_seed_published_at(seed):
    assert seed.published_at == "2018-08-17T23:40:00+07:00"


def test_seed_published_raw(seed):
    assert seed.published_raw == "Ngày đăng 17/08/2018 | 23:40 | View count: 2192"


def test_seed_time_known(seed):
    assert seed.time_known is True


def test_seed_category(seed):
    assert seed.category == "Công tác Đảng"


def test_seed_view_count(seed):
    assert seed.view_count == 2192


def test_seed_author(seed):
    assert seed.author == "BAN DÂN VẬN QUẬN ỦY"


def test_seed_sapo(seed):
    assert seed.sapo == ""


def test_seed_kicker_and_credit(seed):
    assert (seed.kicker, seed.source_credit) == ("", "")


def test_seed_url(seed):
    assert seed.url == SEED_URL


def test_seed_extractor(seed):
    assert seed.extractor == "hanoi_liferay"


def test_seed_captions_once(seed):
    assert [i.caption for i in seed.images] == [
        "Đoàn viên thanh niên quận tham gia bóc, xóa quảng cáo trái phép, vệ sinh môi trường, chỉnh trang đường phố",
        '"Góc xanh" của Hội Liên hiệp phụ nữ phường Quan Hoa',
    ]


def test_seed_images_are_the_portal_documents(seed):
    assert all(i.url.startswith("https://caugiay.hanoi.gov.vn/documents/") for i in seed.images)


def test_seed_body_is_the_seed_paragraphs_verbatim(seed):
    lines = _seed_lines()
    start = lines.index("Ngày đăng 17/08/2018 | 23:40 | View count: 2192") + 1
    end = lines.index("Một số hình ảnh:")
    expected = [*lines[start:end], "BAN DÂN VẬN QUẬN ỦY"]
    assert expected[0].startswith("Nhận thức sâu sắc tư tưởng Hồ Chí Minh")
    assert expected[-2].startswith("Năm là, trên cơ sở đánh giá kết quả")
    assert seed.body == "\n\n".join(expected)


def test_seed_body_keeps_the_missing_space_of_the_source(seed):
    assert "chủ trương của Đảngvề công tác dân vận" in seed.body


@pytest.mark.parametrize("furniture", [
    "CÔNG TÁC ĐẢNG", "Một số hình ảnh", "Ngày đăng", "View count", "Thứ Hai, 23/11/2026", "Các tin khác",
    "In bài viết", "Gửi mail", "admin admin", "Góc xanh\" của Hội", "Lượt truy cập", "LIÊN KẾT WEBSITE",
])
def test_seed_body_has_no_furniture(seed, furniture):
    assert furniture not in seed.body


# --- the real sotttt copy ---------------------------------------------------------------


def test_midnight_published_at_is_a_bare_date(midnight):
    assert midnight.published_at == "2014-01-21"


def test_midnight_time_unknown(midnight):
    assert midnight.time_known is False


def test_midnight_published_raw(midnight):
    assert midnight.published_raw == "21/01/2014 | 12:00 AM"


def test_midnight_title(midnight):
    assert midnight.title == "Tuyên truyền thực hiện không buôn bán, tiêu thụ bất hợp pháp động vật, thực vật hoang dã"


def test_midnight_url_is_canonical_without_html(midnight):
    assert midnight.url == MIDNIGHT_URL


def test_midnight_sapo(midnight):
    assert midnight.sapo == (
        "Ngày 15/01/2014, Ban Tuyên giáo Đảng ủy khối các cơ quan Thành phố có công văn yêu cầu các Chi, Đảng bộ"
        " cơ sở trực thuộc, các đoàn thể Khối tuyên truyền thực hiện không buôn bán, tiêu thụ bất hợp pháp động"
        " vật, thực vật hoang dã."
    )


def test_midnight_cms_account_is_no_author(midnight):
    assert midnight.author == ""


def test_midnight_category(midnight):
    assert midnight.category == "Hoạt động Đảng, Đoàn thể"


def test_midnight_no_view_count(midnight):
    assert midnight.view_count is None


def test_midnight_images(midnight):
    assert midnight.images == []


def test_midnight_body_keeps_the_text_outside_paragraphs(midnight):
    assert midnight.body == "\n\n".join([
        "Theo đó, Cấp ủy các Chi, Đảng bộ cơ sở, Ban Thường vụ các Đoàn thể khối tập trung chỉ đạo triển khai và"
        " định kỳ kiểm tra, đánh giá tình hình thực hiện Nghị quyết Hội nghị lần thứ bảy Ban Chấp hành Trung ương"
        ' Đảng (khóa XI) về "Chủ động ứng phó với biến đổi khí hậu, tăng cường quản lý tài nguyên và bảo vệ môi'
        ' trường" trong đó có nội dung tuyên truyền bảo vệ và không buôn bán, tiêu thụ bất hợp pháp động vật,'
        " thực vật hoang dã tại đơn vị. Đặc biệt, tăng cường công tác tuyên truyền nội dung này trong dịp Tết"
        " Nguyên đán Giáp Ngọ 2014 và xây dựng kế hoạch, triển khai tuyên truyền rộng rãi, lâu dài, thường"
        " xuyên tới cán bộ, đảng viên, công chức, viên chức, người lao động, cán bộ, hội viên, đoàn viên với các"
        " nội dung cụ thể, thiết thực.",
        # This paragraph stands outside any <p> in the page.
        "Cấp ủy Đảng bộ cơ quan Đài Phát thanh và Truyền hình Hà Nội, Báo Hà Nội mới, Báo Kinh tế và Đô thị đẩy"
        " mạnh tuyên truyền trên báo, đài về vị trí, vai trò của động vật, thực vật hoang dã; chủ trương, chính"
        " sách, quan điểm của Đảng và Nhà nước; các quy định pháp luật, thực thi pháp luật; đạo đức môi trường,"
        " truyền thống văn hóa, lối sống thân thiện với thiên nhiên của người Việt Nam; trách nhiệm và hành động"
        " của các cơ quan Đảng, Chính quyền, Đoàn thể cũng như của cán bộ, đảng viên, công chức, viên chức, đoàn"
        " viên, hội viên và mỗi người dân về bảo vệ và không buôn bán, tiêu thụ bất hợp pháp động vật, thực vật"
        " hoang dã./.",
    ])


def test_triple_sapo_printed_once(triple):
    assert triple.sapo == (
        "Ngày 5/12/2016, Thành ủy Hà Nội ban hành Chỉ thị số 12-CT/TU về đẩy mạnh và nâng cao hiệu quả phong trào"
        " thi đua “Dân vận khéo” trên địa bàn thành phố Hà Nội, giai đoạn 2016 - 2020."
    )


def test_triple_published_at(triple):
    assert triple.published_at == "2016-12-26T08:54:00+07:00"


def test_triple_signature_is_the_author(triple):
    assert triple.author == "Thu Lan"


def test_triple_entities_decoded_and_lines_joined(triple):
    assert triple.body.startswith(
        "Để tiếp tục thực hiện có hiệu quả các chủ trương, Nghị quyết của Đảng và của Thành ủy, nhằm tăng cường"
        " sự lãnh đạo của các cấp ủy đảng về công tác dân vận trong tình hình mới,"
    )


def test_triple_body_ends_with_the_signature(triple):
    assert triple.body.endswith("báo cáo Ban Thường vụ Thành ủy./.\n\nThu Lan")


def test_pm_published_at(pm):
    assert pm.published_at == "2016-08-05T16:18:00+07:00"


def test_pm_published_raw(pm):
    assert pm.published_raw == "05/08/2016 | 4:18 PM"


def test_pm_title(pm):
    assert pm.title == "Công bố Quyết định chỉ định bổ sung ủy viên Ban chấp hành Đảng ủy Sở TT&TT"


def test_pm_author(pm):
    assert pm.author == "Thu Lan"


def test_pm_images_with_caption_once(pm):
    assert pm.images == [
        Image("https://sotttt.hanoi.gov.vn/image/journal/articlef4b7.jpg?img_id=1129481&t=1661574441746", ""),
        Image(
            "https://sotttt.hanoi.gov.vn/documents/554897/555005/%e1%ba%a2nh%2bB%c3%ad%2bth%c6%b0%2bt%e1%ba%b7ng"
            "%2bhoa%2b%c4%91.c%2bT%c3%a0i.jpg/0486a37e-1ab3-46ea-a4f5-61ec27ebb4ef5fe6.jpg?t=1470388755791",
            "Đ/c Phan Lan Tú, Bí thư Đảng ủy, Giám đốc Sở trao Quyết định và tặng hoa cho đ/c Trương Tú Tài"
            " (Ảnh:Quý Hạnh)",
        ),
    ]


def test_pm_body_without_caption(pm):
    assert pm.body == "\n\n".join([
        "Tại Hội nghị, đồng chí Trần Thi Y Lan, Đảng ủy viên, Bí thư Chi bộ, Chánh Văn phòng Sở đã công bố Quyết"
        " định số 981-QĐ/ĐUK ngày 27/6/2016 của Đảng ủy Khối các cơ quan Thành phố về việc chỉ định bổ sung ủy"
        " viên Ban chấp hành Đảng ủy nhiệm kỳ 2015-2020.",
        "Theo đó, đồng chí Trương Tú Tài, Bí thư Chi bộ, Giám đốc Trung tâm Dữ liệu Nhà nước Hà Nội được chỉ"
        " định bổ sung vào Ban Chấp hành Đảng bộ Sở Thông tin và Truyền thông nhiệm kỳ 2015-2020.",
        "Phát biểu tại Hội nghị, đồng chí Phan Lan Tú, Bí thư Đảng ủy, Giám đốc Sở chúc mừng đồng chí Trương Tú"
        " Tài vừa nhận nhiệm vụ mới và mong muốn rằng đồng chí Trương Tú Tài sẽ phát huy hết năng lực, trí tuệ"
        " của mình, cùng các đồng chí trong Đảng ủy đoàn kết, thống nhất lãnh đạo, chỉ đạo xây dựng Đảng bộ, cơ"
        " quan ngày càng vững mạnh.",
        "Phát biểu nhận nhiệm vụ mới, đồng chí Trương Tú Tài bày tỏ sự cảm ơn chân thành đến Đảng bủy đã tin"
        " tưởng giao nhiệm vụ. Đây là một vinh dự lớn nhưng cũng là một nhiệm vụ nặng nề đối với đồng chí. Đồng"
        " chí hứa sẽ thực hiện nghiêm Điều lệ của Đảng, chấp hành tốt các quy định của Nhà nước, cố gắng hoàn"
        " thành tốt chức trách nhiệm vụ được giao/.",
        "Thu Lan",
    ])


def test_signature_wins_over_a_named_account():
    url = (f"{VIEW}/4380217-bo-nhiem-dong-chi-nguyen-tien-sy-giu-chuc-vu-pho-giam-doc-"
           "so-thong-tin-va-truyen-thong-tp-ha-noi")
    assert _article(url).author == "Phạm Linh"  # the account line says "Phạm Văn Linh"


def test_account_with_vietnamese_marks_is_an_author_when_nothing_is_signed():
    url = ("https://hoangmai.hanoi.gov.vn/cong-tac-dang/-/view_content/"
           "1941945-so-thong-tin-va-truyen-thong-tp-ha-noi-trien-khai-nhiem-vu-nam-2022")
    assert _article(url).author == "Phạm Văn Linh"


def test_real_listing_first_page():
    listing = parse_listing(mirror_response(SOTTTT).selector, SOTTTT)
    assert (len(listing.articles), listing.articles[0], listing.articles[-1], listing.next_pages) == (
        10,
        f"{VIEW}/4417996-so-thong-tin-va-truyen-thong-gap-mat-can-bo-la-con-em-gia-dinh-thuong-binh-chinh-sach",
        f"{VIEW}/3914724-chi-bo-cong-giao-tiep-dien-tu-ha-noi-ket-nap-dang-vien-m-1",
        [f"https://sotttt.hanoi.gov.vn/hoat-ong-ang-oan-the3046.html?{PAGE_QUERY.format(delta=10, page=2)}"],
    )


def test_real_listing_article_urls_have_no_html():
    listing = parse_listing(mirror_response(SOTTTT).selector, SOTTTT)
    assert not [u for u in listing.articles if u.endswith(".html")]


def test_real_listing_last_page_has_no_next():
    url = f"https://sotttt.hanoi.gov.vn/hoat-ong-ang-oan-the9a79.html?{PAGE_QUERY.format(delta=10, page=27)}"
    assert parse_listing(mirror_response(url).selector, url).next_pages == []


# --- the mirror's district portals -------------------------------------------------------


def test_cau_giay_listing_pages():
    first = parse_listing(mirror_response(CAU_GIAY).selector, CAU_GIAY)
    page2 = f"{CAU_GIAY}?{PAGE_QUERY.format(delta=10, page=2)}"
    second = parse_listing(mirror_response(page2).selector, page2)
    page3 = f"{CAU_GIAY}?{PAGE_QUERY.format(delta=10, page=3)}"
    third = parse_listing(mirror_response(page3).selector, page3)
    assert (len(first.articles), first.next_pages, len(second.articles), second.next_pages,
            len(third.articles), third.next_pages) == (10, [page2], 10, [page3], 9, [])


def test_cau_giay_listing_holds_the_seed():
    assert SEED_URL in parse_listing(mirror_response(CAU_GIAY).selector, CAU_GIAY).articles


def test_hoang_mai_midnight_is_a_bare_date():
    article = _article(HOANG_MAI_MIDNIGHT)
    assert (article.published_at, article.time_known, article.published_raw) == (
        "2015-04-14", False, "Ngày đăng 14/04/2015 | 12:00 AM | View count: 2629",
    )


def test_hoang_mai_upper_case_label_takes_the_title_case():
    assert _article(HOANG_MAI_MIDNIGHT).category == "Công tác Đảng"


# --- URLs --------------------------------------------------------------------------------


@pytest.mark.parametrize(("url", "expected"), [
    (f"{VIEW}/696099-tuyen-truyen.html", f"{VIEW}/696099-tuyen-truyen"),
    (f"{VIEW}/696099-tuyen-truyen", f"{VIEW}/696099-tuyen-truyen"),
    ("https://sotttt.hanoi.gov.vn/hoat-ong-ang-oan-the.html", "https://sotttt.hanoi.gov.vn/hoat-ong-ang-oan-the.html"),
])
def test_canonical(url, expected):
    assert canonical(url) == expected


@pytest.mark.parametrize(("url", "expected"), [
    (SEED_URL, True),
    (MIDNIGHT_URL + ".html", True),
    ("https://soyte.hanoi.gov.vn/tin-tuc-su-kien/-/asset_publisher/4IVkx5Jltnbg/content/lanh-dao-so", True),
    (CAU_GIAY, False),
    (f"{CAU_GIAY}?{PAGE_QUERY.format(delta=10, page=2)}", False),
])
def test_is_article_url(url, expected):
    assert is_article_url(url) is expected


def test_spider_names_the_platform():
    assert (HanoiLiferaySpider.name, HanoiLiferaySpider.platform) == ("hanoi_liferay", "hanoi_liferay")


def test_httrack_placeholder_link_is_no_article():
    assert is_article_url(f"{VIEW}/2589028-quan-triet-chuyen-de-2018-ve-xay-dung-phong-cach-tac-phong.1731.de") is False
