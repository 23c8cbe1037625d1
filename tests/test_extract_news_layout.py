"""The news-detail-layout CMS (hungyen.gov.vn): article fields, listings and URLs, from the offline mirror."""

from __future__ import annotations

import re

import pytest
from parsel import Selector

from crawler.core import registry
from crawler.core.dates import parse_date_line
from crawler.core.items import Article, Image
from crawler.mirror import build_news_layout as site
from crawler.mirror.corpus import CorpusArticle, real_articles
from spiders import news_layout
from spiders.news_layout import NewsLayoutSpider, author_of, date_line, is_article_url, parse_article, parse_listing
from tests.helpers import mirror_response

BASE = "https://hungyen.gov.vn"
POSTS = site.posts()
BY_KEY = {p.key: p for p in POSTS}
REAL = {a.key: a for a in real_articles()}
# Three real texts on the mirror: lead, byline, photo and attachment; a dân vận one with lead,
# byline and attachment; a dân vận one without a lead.
FULL, DAN_VAN, NO_LEAD = "972748", "1252812", "2321393"
FURNITURE = ("Thứ Hai, 23/11/2026", "Lượt xem", "Lượt truy cập", "Tác giả", "Tin liên quan", "Tin mới nhất",
             "Tổng số điểm", "Click để đánh giá", "Đọc bài", "In bài", "Gửi email", "Tệp đính kèm", ".pdf",
             "CỔNG THÔNG TIN ĐIỆN TỬ", "Tin chung toàn tỉnh")


def _article(url: str) -> Article:
    return parse_article(mirror_response(url).selector, url)


def _real_body(real: CorpusArticle) -> str:
    return "\n\n".join(site.body_of(real))


@pytest.fixture(scope="module")
def full() -> tuple[site.Post, CorpusArticle, Article]:
    post = BY_KEY[FULL]
    return post, REAL[FULL], _article(post.url)


@pytest.fixture(scope="module")
def dan_van() -> tuple[site.Post, CorpusArticle, Article]:
    post = BY_KEY[DAN_VAN]
    return post, REAL[DAN_VAN], _article(post.url)


# --- an article with lead, byline, photo and attachment ------------------------------------


def test_the_chosen_articles_show_what_they_are_chosen_for(full, dan_van) -> None:
    assert (bool(full[0].sapo), bool(full[0].author), bool(full[0].image), bool(full[0].attachment)) == (
        True, True, True, True)
    assert (dan_van[0].dan_van, bool(dan_van[0].sapo), bool(dan_van[0].attachment)) == (True, True, True)
    assert (BY_KEY[NO_LEAD].dan_van, BY_KEY[NO_LEAD].sapo) == (True, "")


def test_title(full) -> None:
    _, real, article = full
    assert article.title == real.title == "Hướng dẫn công tác tuyên truyền biển đảo năm 2016"


def test_published_at_is_the_real_date_line_to_the_minute(full) -> None:
    _, real, article = full
    assert real.date_line == "19/04/2016 | 10:37 AM"
    assert article.published_at == parse_date_line(real.date_line).value == "2016-04-19T10:37:00+07:00"


def test_published_raw_is_the_date_line_without_its_counter(full) -> None:
    _, _, article = full
    assert article.published_raw == "Thứ 3, 19/04/2016 | 10:37"


def test_time_known(full) -> None:
    assert full[2].time_known is True


def test_sapo(full) -> None:
    _, real, article = full
    assert article.sapo == real.sapo != ""


def test_body_is_the_real_paragraphs_verbatim(full) -> None:
    _, real, article = full
    assert article.body == "\n\n".join(real.paragraphs)
    assert article.sapo not in article.body


@pytest.mark.parametrize("furniture", FURNITURE)
def test_body_is_free_of_furniture(full, furniture: str) -> None:
    assert furniture not in full[2].body


def test_images(full) -> None:
    post, _, article = full
    assert article.images == [Image(BASE + post.image, "")]


def test_category(full) -> None:
    assert full[2].category == "Tin chung toàn tỉnh"


def test_author(full) -> None:
    _, real, article = full
    assert article.author == real.author == "Thu Lan"


def test_view_count_is_the_articles_not_the_sites(full) -> None:
    post, _, article = full
    assert article.view_count == post.views


def test_url(full) -> None:
    post, _, article = full
    assert article.url == post.url == f"{BASE}/huong-dan-cong-tac-tuyen-truyen-bien-dao-nam-2016-c{post.id}.html"


def test_extractor_kicker_and_credit(full) -> None:
    assert (full[2].extractor, full[2].kicker, full[2].source_credit) == ("news_layout", "", "")


# --- a dân vận article; one without a lead ------------------------------------------------------


def test_dan_van_article_fields(dan_van) -> None:
    post, real, article = dan_van
    assert (article.title, article.sapo, article.author) == (real.title, real.sapo, real.author)
    assert article.published_at == parse_date_line(real.date_line).value == "2016-09-12T09:13:00+07:00"
    assert article.body == _real_body(real)
    assert article.images == []
    assert "Tệp đính kèm" not in article.body and post.attachment.rsplit("/", 1)[1] not in article.body


def test_article_without_a_lead() -> None:
    post, real = BY_KEY[NO_LEAD], REAL[NO_LEAD]
    article = _article(post.url)
    assert (article.sapo, article.author) == ("", real.author)
    assert article.body == "\n\n".join(real.paragraphs)


def test_a_lead_the_text_repeats_is_shown_and_read_once() -> None:
    post = next(p for p in POSTS if REAL[p.key].paragraphs[0] == REAL[p.key].sapo)
    article = _article(post.url)
    assert article.sapo == REAL[post.key].sapo
    assert article.body == "\n\n".join(REAL[post.key].paragraphs[1:])


@pytest.mark.parametrize("post", POSTS, ids=lambda p: p.key)
def test_every_article_has_its_real_title_date_and_body(post: site.Post) -> None:
    real = REAL[post.key]
    article = _article(post.url)
    assert (article.title, article.sapo, article.author) == (real.title, real.sapo, real.author)
    assert article.body == _real_body(real)
    # The real day; a real time too, unless the source printed Liferay's "12:00 AM" (no time).
    assert article.published_at == f"{post.when:%Y-%m-%dT%H:%M:00}+07:00"
    assert article.published_at[:10] == parse_date_line(real.date_line).value[:10]
    if "12:00 AM" not in real.date_line:
        assert article.published_at == parse_date_line(real.date_line).value
    assert article.category == "Tin chung toàn tỉnh" and article.view_count == post.views


def test_header_today_is_never_the_publication_date() -> None:
    """Without its date line the article has no date: the header's 'today' is not read."""
    url = BY_KEY[FULL].url
    page = mirror_response(url).text
    assert "Thứ Hai, 23/11/2026" in page
    dateless, removed = re.subn(r'<span class="post-date left">.*?</span>', "", page, flags=re.S)
    assert removed == 1
    article = parse_article(Selector(text=dateless), url)
    assert (article.published_at, article.published_raw, article.time_known, article.view_count) == (
        "", "", False, None)


# --- date lines and bylines of the CMS ------------------------------------------------------


@pytest.mark.parametrize(("line", "raw", "value"), [
    ("Thứ 3, 19/04/2016 | 10:37 | Lượt xem: 1.234", "Thứ 3, 19/04/2016 | 10:37", "2016-04-19T10:37:00+07:00"),
    ("Thứ 4, 30/09/2026 | 21:22", "Thứ 4, 30/09/2026 | 21:22", "2026-09-30T21:22:00+07:00"),  # moit.gov.vn
    ("17:23:45 | 07/08/2018", "17:23:45 | 07/08/2018", "2018-08-07T17:23:45+07:00"),  # the CMS template
])
def test_date_lines(line: str, raw: str, value: str) -> None:
    assert date_line(line) == raw
    assert parse_date_line(raw).value == value


@pytest.mark.parametrize(("text", "name"), [
    ("Tác giả: Thu Lan", "Thu Lan"), ("Lượt xem: 12 Tác giả: Hải Yến", "Hải Yến"), ("Lượt xem: 12", ""),
])
def test_bylines(text: str, name: str) -> None:
    assert author_of(text) == name


# --- listings ---------------------------------------------------------------------------------

PAGES = list(site.listings())


def _listing(url: str):
    return parse_listing(mirror_response(url).selector, url)


def test_the_category_has_three_pages_and_the_digest_one() -> None:
    expected = [f"{BASE}/chuyen-muc-tin-chung-toan-tinh-c217-{n}.html" for n in (1, 2, 3)]
    assert [*expected, f"{BASE}/chuyen-muc-tin-tong-hop-c21073-1.html"] == PAGES


def test_listing_page_1_articles_in_order() -> None:
    assert _listing(PAGES[0]).articles == [p.url for p in POSTS[:10]]


def test_listing_page_1_next_page() -> None:
    assert _listing(PAGES[0]).next_pages == [PAGES[1]]


def test_listing_page_2() -> None:
    listing = _listing(PAGES[1])
    assert (listing.articles, listing.next_pages) == ([p.url for p in POSTS[10:20]], [PAGES[2]])


def test_listing_last_page_has_no_next() -> None:
    listing = _listing(PAGES[2])
    assert (listing.articles, listing.next_pages) == ([p.url for p in POSTS[20:]], [])


def test_listing_ignores_the_sidebar() -> None:
    page = mirror_response(PAGES[2]).text
    assert POSTS[0].url in page  # the sidebar's "Tin mới nhất" links the newest
    assert POSTS[0].url not in _listing(PAGES[2]).articles


def test_digest_listing() -> None:
    listing = _listing(PAGES[3])
    assert (listing.articles, listing.next_pages) == ([p.url for p in POSTS[::4]], [])


def test_listings_lead_to_every_article() -> None:
    found: list[str] = []
    pending = [PAGES[0], PAGES[3]]
    while pending:
        listing = _listing(pending.pop(0))
        found += [u for u in listing.articles if u not in found]
        pending += listing.next_pages
    assert sorted(found) == sorted(p.url for p in POSTS)


# --- URLs and the spider -----------------------------------------------------------------------

FAMILY = [p for p in registry.load().portals if p.id in ("hungyen", "gialai")]
REAL_URLS = [u for p in FAMILY for u in p.example_urls] + [
    "https://en.hungyen.gov.vn/nguyen-cong-hoan-1903-1977-c257.html",  # gh-id:61232111305
]


def test_the_family_entries_are_in_the_registry() -> None:
    assert {p.id for p in FAMILY} == {"hungyen", "gialai"}
    assert any(u.startswith("https://hungyen.gov.vn/tong-ket-cong-tac-chi-dao") for u in REAL_URLS)


@pytest.mark.parametrize("url", REAL_URLS)
def test_real_article_urls(url: str) -> None:
    assert is_article_url(url)


def test_mirror_article_urls() -> None:
    assert all(is_article_url(p.url) for p in POSTS)


@pytest.mark.parametrize("url", [
    # Gia Lai's article URLs were not seen: the CMS demo's form and the registry's guess.
    "https://gialai.gov.vn/tin-tuc/tin-tuc-chinh-tri/hoi-nghi-tong-ket-cong-tac-dan-van-nam-2025.html",
    "https://gialai.gov.vn/tin-tuc/hoi-nghi-tong-ket-cong-tac-dan-van-a12345",
])
def test_guessed_gia_lai_article_urls(url: str) -> None:
    assert is_article_url(url)


@pytest.mark.parametrize("url", [
    *(u for p in FAMILY for u in p.start_urls),
    *PAGES,
    "https://gialai.gov.vn/tin-tuc/tin-tuc-chinh-tri?page=2",
    "https://gialai.gov.vn/tin-tuc/tin-tuc-chinh-tri/trang-2",
    "https://hungyen.gov.vn/",
    "https://hungyen.gov.vn/lien-he.html",
    "https://hungyen.gov.vn/gioi-thieu.html",
    "https://kinhtedothi.vn/tong-ket-cong-tac-chi-dao-dieu-hanh-c284386.html",
    "https://haiphong.gov.vn/tin-tuc-su-kien/thuc-day-quan-he-hop-tac-voi-cac-dia-phuong-683224",
])
def test_not_article_urls(url: str) -> None:
    assert not is_article_url(url)


def test_spider_contract() -> None:
    assert NewsLayoutSpider.name == NewsLayoutSpider.platform == "news_layout" == news_layout.PLATFORM
    assert NewsLayoutSpider.parse_listing is news_layout.parse_listing
    assert NewsLayoutSpider.parse_article is news_layout.parse_article
    assert NewsLayoutSpider.is_article_url is news_layout.is_article_url
    spider = NewsLayoutSpider()
    assert set(spider.portals) == {p.id for p in registry.load().for_platform("news_layout")}
