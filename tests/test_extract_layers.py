"""The page's declarations, layered extraction and the generic listing layer, on small pages of real seed text.

Pure functions of a page: `declared` (crawler.extract.metadata), `layered` with its drift
report (crawler.extract.layers), `headline_links` and `next_page` (crawler.extract.listing).
Every title, date line and paragraph below is copied from the seed articles
(crawler/mirror/seeds, a copy of /work/shared/seeds); the first tests check that they are.
"""

from __future__ import annotations

import json
from html import escape

import pytest
from parsel import Selector

from crawler.core.dates import PublishedDate, parse_date_line
from crawler.core.items import Article
from crawler.core.text import normalize, normalize_inline
from crawler.extract.layers import GENERIC, Layered, layered, same_time, same_title
from crawler.extract.listing import headline_links, next_page
from crawler.extract.metadata import Declared, declared
from crawler.mirror.corpus import seed_text

# --- seed text ------------------------------------------------------------------------

# Seed 000: Quận Ngô Quyền portal (Hải Phòng).
NQ_TITLE = "Công tác dân vận của Quận Ngô Quyền góp phần tổ chức thành công đại hội đảng các cấp"
NQ_DATE_LINE = "Cập nhật: 12/10/2020 10:24"
NQ_ISO = "2020-10-12T10:24:00+07:00"
NQ_SITE = "Cổng thông tin điện tử quận Ngô Quyền"  # its og:site_name (crawler/core/portals.toml)
NQ_BANNER_START = "CHỦ ĐỀ NĂM 2023 CỦA THÀNH PHỐ"
NQ_SIGNATURE = "Đồng chí Đào Trọng Đức, TUV, Bí thư Quận ủy, Chủ tịch UBND quận!"
NQ_HOST = "https://ngoquyen.haiphong.gov.vn"
NQ_PATH = ("/Tin-tuc-su-kien/"
           "Cong-tac-dan-van-cua-Quan-Ngo-Quyen-gop-phan-to-chuc-thanh-cong-dai-hoi-dang-cac-cap-57288.html")
NQ_URL = NQ_HOST + NQ_PATH
NQ_LISTING = f"{NQ_HOST}/Tin-tuc-su-kien"
# Seed 001: a Hà Nội portal republishing the city portal (Liferay's 12-hour clock).
HN_TITLE = "Triển khai nhiệm vụ công tác dân vận năm 2020"
HN_DATE_LINE = "27/12/2019 - 01:44 PM"
HN_ISO = "2019-12-27T13:44:00+07:00"
HN_RELATED = "Biết sợ nhưng đừng hoang mang"
HN_SIDEBAR = "Kết quả bình chọn Hàng Việt Nam được người tiêu dùng yêu thích 2019"
HN_HEADINGS = ("Thực hiện hiệu quả “Năm dân vận chính quyền”",
               "Nắm chắc tình hình Nhân dân trước, trong và sau Đại hội")
# Seed 003: Quận Cầu Giấy portal (Hà Nội).
CG_CATEGORY = "CÔNG TÁC ĐẢNG"
CG_TITLE = "Hiệu quả từ phong trào thi đua “Dân vận khéo”"
CG_DATE_LINE = "Ngày đăng 17/08/2018 | 23:40 | View count: 2192"
CG_ISO = "2018-08-17T23:40:00+07:00"
CG_SIGNATURE = "BAN DÂN VẬN QUẬN ỦY"
CG_SITE = "Cổng thông tin điện tử quận Cầu Giấy"
CG_URL = "https://caugiay.hanoi.gov.vn/cong-tac-dang/-/view_content/2618352-hieu-qua-tu-phong-trao-thi-dua-dan-van-kheo"
# Seed 004: Kinh tế & Đô thị newspaper.
KT_KICKER = "Kỷ niệm 94 năm Ngày thành lập Đảng bộ Thành phố Hà Nội (17/3/1930 - 17/3/2024):"
KT_TITLE = "Phát huy sức mạnh đại đoàn kết của Nhân dân trong xây dựng Thủ đô"
KT_AUTHOR = "Nguyên Bảo"
KT_SHARE = "Chia sẻ Zalo"
KT_SITE = "Kinh tế & Đô thị"  # its og:site_name (the mirror's kinhtedothi pages)
KT_URL = "https://kinhtedothi.vn/phat-huy-suc-manh-dai-doan-ket-cua-nhan-dan-trong-xay-dung-thu-do.html"
KT_HEADING = "Phát huy vai trò Nhân dân trong xây dựng Đảng, chính quyền"

SEED_TEXTS = {
    "000": (NQ_TITLE, NQ_DATE_LINE, NQ_BANNER_START, NQ_SIGNATURE),
    "001": (HN_TITLE, HN_DATE_LINE, HN_RELATED, HN_SIDEBAR, *HN_HEADINGS),
    "003": (CG_CATEGORY, CG_TITLE, CG_SIGNATURE),
    "004": (KT_KICKER, KT_TITLE, KT_AUTHOR, KT_SHARE, KT_HEADING),
}


def seed_lines(seed: str) -> list[str]:
    """The seed's non-empty lines, spaces collapsed (the seeds indent some paragraphs)."""
    return [normalize_inline(line) for line in normalize(seed_text(seed)).split("\n")]


def seed_paragraph(seed: str, start: str) -> str:
    """The seed's line that starts with `start`, verbatim."""
    return next(line for line in seed_lines(seed) if line.startswith(start))


NQ_PARAGRAPHS = [seed_paragraph("000", start) for start in (
    "Quán triệt và nhận thức sâu sắc", "Trên cơ sở hướng dẫn của Trung ương", "Có được kết quả đó",
    "Một là, tổ chức tuyên truyền", "Trong công tác tuyên truyền, đổi mới nội dung")] + [NQ_SIGNATURE]
NQ_BODY = "\n\n".join(NQ_PARAGRAPHS)
CG_PARAGRAPHS = [seed_paragraph("003", start) for start in (
    "Nhận thức sâu sắc tư tưởng Hồ Chí Minh", "Phong trào thi đua", "Trong lĩnh vực phát triển kinh tế")]
KT_SAPO = seed_paragraph("004", "Kinhtedothi - Phát huy truyền thống")
KT_PARAGRAPHS = [seed_paragraph("004", start) for start in ("Qua đó, góp phần quan trọng", "Qua gần 40 năm")]
HN_FIRST = seed_paragraph("001", "Sáng 27/12, Ban Dân vận Thành ủy")


@pytest.mark.parametrize(("seed", "text"), [(s, t) for s, texts in SEED_TEXTS.items() for t in texts])
def test_fixture_text_is_in_its_seed(seed: str, text: str) -> None:
    assert text in seed_lines(seed) or any(line.startswith(text) for line in seed_lines(seed))


def test_cau_giay_date_line_is_the_seed_line_spaces_collapsed() -> None:
    assert CG_DATE_LINE in seed_lines("003")


def test_nq_paragraphs_are_distinct_seed_lines() -> None:
    assert len(set(NQ_PARAGRAPHS)) == 6


# --- pages ----------------------------------------------------------------------------


def meta(prop: str, content: str, attr: str = "property") -> str:
    return f'<meta {attr}="{prop}" content="{escape(content)}">'


def ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def page(head: str = "", body: str = "", title: str = "") -> str:
    html_title = f"<title>{escape(title)}</title>" if title else ""
    return f'<html><head><meta charset="utf-8">{html_title}{head}</head><body>{body}</body></html>'


def paragraphs(texts: list[str]) -> str:
    return "".join(f"<p>{escape(t)}</p>" for t in texts)


def sel(html: str) -> Selector:
    return Selector(text=html)


def decl(head: str = "", body: str = "", title: str = "", url: str = CG_URL) -> Declared:
    return declared(sel(page(head, body, title)), url)


# --- declared: one test per declaration source -----------------------------------------

JSON_LD_ARTICLE = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": CG_TITLE,
                   "datePublished": CG_ISO, "dateModified": "2018-08-18T08:05:00+07:00",
                   "description": CG_PARAGRAPHS[0], "author": {"@type": "Person", "name": CG_SIGNATURE},
                   "articleBody": "\n".join(CG_PARAGRAPHS)}

# (id, head, body, field of Declared, expected value, expected source)
SOURCES = [
    ("og:title", meta("og:title", CG_TITLE), "", "title", CG_TITLE, 'meta[property="og:title"]'),
    ("twitter:title", meta("twitter:title", CG_TITLE, "name"), "", "title", CG_TITLE, 'meta[name="twitter:title"]'),
    ("itemprop headline content", meta("headline", CG_TITLE, "itemprop"), "", "title", CG_TITLE,
     '[itemprop="headline"]'),
    ("itemprop headline text", "", f'<h1 itemprop="headline">{escape(CG_TITLE)}</h1>', "title", CG_TITLE,
     '[itemprop="headline"]'),
    ("JSON-LD headline", ld(JSON_LD_ARTICLE), "", "title", CG_TITLE, "JSON-LD headline"),
    ("article:published_time", meta("article:published_time", CG_ISO), "", "published", CG_ISO,
     'meta[property="article:published_time"]'),
    ("meta itemprop datePublished", meta("datePublished", CG_ISO, "itemprop"), "", "published", CG_ISO,
     'meta[itemprop="datePublished"]'),
    ("time itemprop datePublished", "", f'<time itemprop="datePublished" datetime="{CG_ISO}">{CG_DATE_LINE}</time>',
     "published", CG_ISO, '[itemprop="datePublished"]'),
    ("JSON-LD datePublished", ld(JSON_LD_ARTICLE), "", "published", CG_ISO, "JSON-LD datePublished"),
    ("time datetime in article", "", f'<article><time datetime="{CG_ISO}">{CG_DATE_LINE}</time></article>',
     "published", CG_ISO, "<time datetime>"),
    ("article:modified_time", meta("article:modified_time", "2018-08-18T08:05:00+07:00"), "", "modified",
     "2018-08-18T08:05:00+07:00", 'meta[property="article:modified_time"]'),
    ("JSON-LD dateModified", ld(JSON_LD_ARTICLE), "", "modified", "2018-08-18T08:05:00+07:00",
     "JSON-LD dateModified"),
    ("og:description", meta("og:description", KT_SAPO), "", "description", KT_SAPO,
     'meta[property="og:description"]'),
    ("meta description", meta("description", KT_SAPO, "name"), "", "description", KT_SAPO,
     'meta[name="description"]'),
    ("JSON-LD description", ld(JSON_LD_ARTICLE), "", "description", CG_PARAGRAPHS[0], "JSON-LD description"),
    ("meta author", meta("author", KT_AUTHOR, "name"), "", "author", KT_AUTHOR, 'meta[name="author"]'),
    ("article:author", meta("article:author", KT_AUTHOR), "", "author", KT_AUTHOR,
     'meta[property="article:author"]'),
    ("itemprop author name", "",
     f'<span itemprop="author" itemscope><span itemprop="name">{KT_AUTHOR}</span></span>', "author", KT_AUTHOR,
     '[itemprop="author"] [itemprop="name"]'),
    ("JSON-LD author", ld(JSON_LD_ARTICLE), "", "author", CG_SIGNATURE, "JSON-LD author"),
    ("JSON-LD articleBody", ld(JSON_LD_ARTICLE), "", "body", "\n\n".join(CG_PARAGRAPHS), "JSON-LD articleBody"),
    ("itemprop articleBody", "", f'<div itemprop="articleBody">{paragraphs(CG_PARAGRAPHS)}</div>', "body",
     "\n\n".join(CG_PARAGRAPHS), 'itemprop="articleBody"'),
]


def value_of(found: Declared, name: str) -> str:
    value = getattr(found, name)
    return value.value if isinstance(value, PublishedDate) else value


@pytest.mark.parametrize(("head", "body", "name", "expected"), [c[1:5] for c in SOURCES], ids=[c[0] for c in SOURCES])
def test_declared_value(head: str, body: str, name: str, expected: str) -> None:
    assert value_of(decl(head, body), name) == expected


@pytest.mark.parametrize(("head", "body", "name", "source"), [(*c[1:4], c[5]) for c in SOURCES],
                         ids=[c[0] for c in SOURCES])
def test_declared_source(head: str, body: str, name: str, source: str) -> None:
    # A ::text query is named by its selector; the space before ::text is not part of the name.
    assert decl(head, body).sources[name].strip() == source


def test_declared_published_time_known() -> None:
    assert decl(meta("article:published_time", CG_ISO)).published.time_known is True


def test_declared_published_raw_is_the_attribute() -> None:
    assert decl(meta("article:published_time", CG_ISO)).published.raw == CG_ISO


def test_declared_date_without_time_is_a_bare_date() -> None:
    assert decl(meta("article:published_time", "2018-08-17")).published == PublishedDate("2018-08-17", False,
                                                                                         "2018-08-17")


def test_declared_date_in_utc_is_stored_in_vietnam_time() -> None:
    assert decl(meta("article:published_time", "2018-08-17T16:40:00Z")).published.value == CG_ISO


def test_declared_canonical_relative_made_absolute() -> None:
    found = declared(sel(page('<link rel="canonical" href="' + NQ_PATH + '">')), NQ_URL + "?utm_source=zalo")
    assert found.canonical == NQ_URL


def test_declared_canonical_from_og_url() -> None:
    assert decl(meta("og:url", KT_URL), url=KT_URL + "?zarsrc=30").canonical == KT_URL


def test_declared_canonical_before_og_url() -> None:
    head = f'<link rel="canonical" href="{NQ_PATH}">' + meta("og:url", NQ_LISTING)
    assert declared(sel(page(head)), NQ_URL).canonical == NQ_URL


def test_declared_html_title() -> None:
    assert decl(title=f"{CG_TITLE} - {CG_SITE}").html_title == f"{CG_TITLE} - {CG_SITE}"


def test_declared_nothing_on_a_bare_page() -> None:
    assert decl(body=paragraphs(CG_PARAGRAPHS)) == Declared(html_title="")


def test_declared_meta_before_json_ld() -> None:
    head = meta("og:title", KT_TITLE) + ld({"@type": "NewsArticle", "headline": CG_TITLE})
    assert decl(head).title == KT_TITLE


def test_declared_og_title_before_twitter_title() -> None:
    head = meta("twitter:title", KT_TITLE, "name") + meta("og:title", CG_TITLE)
    assert decl(head).title == CG_TITLE


def test_declared_og_description_before_meta_description() -> None:
    head = meta("description", CG_PARAGRAPHS[0], "name") + meta("og:description", KT_SAPO)
    assert decl(head).description == KT_SAPO


def test_declared_json_ld_body_before_itemprop_body() -> None:
    body = f'<div itemprop="articleBody">{paragraphs(KT_PARAGRAPHS)}</div>'
    assert decl(ld({"@type": "NewsArticle", "articleBody": CG_PARAGRAPHS[0]}), body).body == CG_PARAGRAPHS[0]


# --- declared: the site's name --------------------------------------------------------


def test_site_name_stripped_after_a_dash() -> None:
    head = meta("og:site_name", CG_SITE) + meta("og:title", f"{CG_TITLE} - {CG_SITE}")
    assert decl(head).title == CG_TITLE


def test_site_name_stripped_after_a_bar_with_an_entity() -> None:
    head = '<meta property="og:site_name" content="Kinh tế &amp; Đô thị">' + (
        f'<meta property="og:title" content="{escape(KT_TITLE)} | Kinh tế &amp; Đô thị">')
    assert decl(head).title == KT_TITLE


def test_site_name_kept_when_the_page_does_not_name_its_site() -> None:
    assert decl(meta("og:title", f"{CG_TITLE} - {CG_SITE}")).title == f"{CG_TITLE} - {CG_SITE}"


def test_site_name_kept_inside_the_title() -> None:
    head = meta("og:site_name", "Quận Ngô Quyền") + meta("og:title", NQ_TITLE)
    assert decl(head).title == NQ_TITLE


def test_site_name_stripped_from_json_ld_headline() -> None:
    head = meta("og:site_name", KT_SITE) + ld({"@type": "NewsArticle", "headline": f"{KT_TITLE} - {KT_SITE}"})
    assert decl(head).title == KT_TITLE


# --- declared: JSON-LD shapes ---------------------------------------------------------


def test_json_ld_inside_graph() -> None:
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": CG_SITE, "url": "https://caugiay.hanoi.gov.vn/"},
        {"@type": "NewsArticle", "headline": CG_TITLE, "datePublished": CG_ISO}]}
    assert decl(ld(graph)).title == CG_TITLE


def test_json_ld_inside_graph_date() -> None:
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": CG_SITE}, {"@type": "NewsArticle", "headline": CG_TITLE, "datePublished": CG_ISO}]}
    assert decl(ld(graph)).published.value == CG_ISO


def test_json_ld_in_a_list() -> None:
    data = [{"@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": CG_CATEGORY}]},
            {"@type": "NewsArticle", "headline": CG_TITLE}]
    assert decl(ld(data)).title == CG_TITLE


def test_json_ld_type_as_a_list() -> None:
    assert decl(ld({"@type": ["NewsArticle"], "headline": CG_TITLE})).title == CG_TITLE


def test_json_ld_news_article_preferred_over_web_page() -> None:
    data = [{"@type": "WebPage", "headline": CG_CATEGORY, "datePublished": "2018-08-01T08:00:00+07:00"},
            {"@type": "NewsArticle", "headline": CG_TITLE, "datePublished": CG_ISO}]
    assert decl(ld(data)).title == CG_TITLE


def test_json_ld_news_article_date_preferred_over_web_page() -> None:
    data = [{"@type": "WebPage", "headline": CG_CATEGORY, "datePublished": "2018-08-01T08:00:00+07:00"},
            {"@type": "NewsArticle", "headline": CG_TITLE, "datePublished": CG_ISO}]
    assert decl(ld(data)).published.value == CG_ISO


def test_json_ld_web_page_name_when_nothing_else() -> None:
    assert decl(ld({"@type": "WebPage", "name": CG_TITLE})).title == CG_TITLE


def test_json_ld_of_other_types_ignored() -> None:
    assert decl(ld({"@type": "Organization", "name": CG_SITE})).title == ""


def test_json_ld_broken_script_ignored() -> None:
    broken = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "' + KT_TITLE + '",</script>'
    assert decl(broken + ld({"@type": "NewsArticle", "headline": CG_TITLE})).title == CG_TITLE


def test_json_ld_broken_script_alone_declares_nothing() -> None:
    broken = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "' + KT_TITLE + '",</script>'
    assert decl(broken).sources == {}


def test_json_ld_author_list() -> None:
    data = {"@type": "NewsArticle", "author": [{"@type": "Person", "name": KT_AUTHOR}, "Thu Lan"]}
    assert decl(ld(data)).author == f"{KT_AUTHOR}, Thu Lan"


# --- declared: <time> -----------------------------------------------------------------

CLOCK = '<header><time datetime="2026-11-23">Thứ Hai, 23/11/2026</time></header>'


def test_time_inside_article_not_the_header_clock() -> None:
    body = CLOCK + f'<article><h1>{escape(CG_TITLE)}</h1><time datetime="{CG_ISO}">{CG_DATE_LINE}</time></article>'
    assert decl(body=body).published.value == CG_ISO


def test_time_the_pages_only_one() -> None:
    body = f'<div class="news-detail"><h1>{escape(CG_TITLE)}</h1><time datetime="{CG_ISO}">{CG_DATE_LINE}</time></div>'
    assert decl(body=body).published.value == CG_ISO


def test_time_two_outside_article_none() -> None:
    body = CLOCK + f'<div class="news-detail"><time datetime="{CG_ISO}">{CG_DATE_LINE}</time></div>'
    assert decl(body=body).published is None


def test_time_two_outside_article_no_source() -> None:
    body = CLOCK + f'<div class="news-detail"><time datetime="{CG_ISO}">{CG_DATE_LINE}</time></div>'
    assert "published" not in decl(body=body).sources


def test_time_pubdate_outside_article() -> None:
    body = CLOCK + f'<div class="news-detail"><time pubdate datetime="{CG_ISO}">{CG_DATE_LINE}</time></div>'
    assert decl(body=body).published.value == CG_ISO


def test_time_meta_before_time_element() -> None:
    body = '<article><time datetime="2018-08-18T08:05:00+07:00">18/08/2018</time></article>'
    assert decl(meta("article:published_time", CG_ISO), body).published.value == CG_ISO


def test_time_pubdate_without_datetime_is_not_the_header_clock() -> None:
    # <time pubdate> with the date as its text (HTML5 drafts): no datetime attribute to read.
    body = CLOCK + f"<article><time pubdate>{CG_DATE_LINE}</time></article>"
    assert decl(body=body).published is None


def test_time_pubdate_without_datetime_alone_declares_no_date() -> None:
    body = f"<article><h1>{escape(CG_TITLE)}</h1><time pubdate>{CG_DATE_LINE}</time></article>"
    assert decl(body=body).published is None


# --- layered: the Ngô Quyền page ------------------------------------------------------


def nq_page(head_extra: str = "", og_title: str = f"{NQ_TITLE} - {NQ_SITE}", published: str = NQ_ISO,
            article_time: str = "", box: str = "div") -> str:
    head = meta("og:site_name", NQ_SITE) + (meta("og:title", og_title) if og_title else "") + (
        meta("article:published_time", published) if published else "") + f'<link rel="canonical" href="{NQ_PATH}">'
    date = f'<time datetime="{article_time}">{NQ_DATE_LINE}</time>' if article_time else NQ_DATE_LINE
    body = (f'<div class="banner">{escape(seed_lines("000")[0])}</div>'
            f'<{box} class="news-detail"><h1 class="title">{escape(NQ_TITLE)}</h1>'
            f'<div class="date">{date}</div>'
            f'<div class="content">{paragraphs(NQ_PARAGRAPHS)}</div></{box}>'
            '<div class="footer">Lượt truy cập: 565513</div>')
    return page(head + head_extra, body, title=f"{NQ_TITLE} - {NQ_SITE}")


def nq_platform(**changes: object) -> Article:
    """What the Hải Phòng platform's selectors read from the page."""
    values = {"url": NQ_URL, "title": NQ_TITLE, "published_at": NQ_ISO, "published_raw": NQ_DATE_LINE,
              "time_known": True, "body": NQ_BODY, "extractor": "haiphong"}
    return Article(**{**values, **changes})


def nq_layered(first: Article, html: str | None = None, **kwargs: object) -> Layered:
    return layered(first, nq_page() if html is None else html, NQ_URL, **kwargs)


@pytest.fixture(scope="module")
def complete() -> Layered:
    return nq_layered(nq_platform())


def test_complete_every_source_platform(complete: Layered) -> None:
    assert complete.article.field_sources == {"title": "platform", "published_at": "platform", "body": "platform",
                                              "url": "platform"}


def test_complete_no_drift(complete: Layered) -> None:
    assert complete.drift == []


def test_complete_nothing_missed(complete: Layered) -> None:
    assert complete.platform_missed == []


def test_complete_title_kept(complete: Layered) -> None:
    assert complete.article.title == NQ_TITLE


def test_complete_date_kept(complete: Layered) -> None:
    assert complete.article.published_raw == NQ_DATE_LINE


def test_complete_body_kept(complete: Layered) -> None:
    assert complete.article.body == NQ_BODY


def test_layered_uses_the_given_selector() -> None:
    html = nq_page()
    assert layered(nq_platform(title=""), "", NQ_URL, sel=Selector(text=html)).article.title == NQ_TITLE


# Missing title: og:title, site name stripped.


@pytest.fixture(scope="module")
def no_title() -> Layered:
    return nq_layered(nq_platform(title=""))


def test_missing_title_from_og_title(no_title: Layered) -> None:
    assert no_title.article.title == NQ_TITLE


def test_missing_title_source_metadata(no_title: Layered) -> None:
    assert no_title.article.field_sources["title"] == "metadata"


def test_missing_title_reported(no_title: Layered) -> None:
    assert no_title.platform_missed == ["title"]


def test_missing_title_no_drift(no_title: Layered) -> None:
    assert no_title.drift == []


# Missing date: the article's <time datetime>.


@pytest.fixture(scope="module")
def no_date() -> Layered:
    html = nq_page(published="", article_time=NQ_ISO, box="article")
    return nq_layered(nq_platform(published_at="", published_raw="", time_known=False), html)


def test_missing_date_from_time_element(no_date: Layered) -> None:
    assert no_date.article.published_at == NQ_ISO


def test_missing_date_source_metadata(no_date: Layered) -> None:
    assert no_date.article.field_sources["published_at"] == "metadata"


def test_missing_date_time_known(no_date: Layered) -> None:
    assert no_date.article.time_known is True


def test_missing_date_raw_is_the_attribute(no_date: Layered) -> None:
    assert no_date.article.published_raw == NQ_ISO


def test_missing_date_reported(no_date: Layered) -> None:
    assert no_date.platform_missed == ["published_at"]


# Missing body, none declared: the generic extractor.


@pytest.fixture(scope="module")
def no_body() -> Layered:
    return nq_layered(nq_platform(body=""))


def test_missing_body_from_generic(no_body: Layered) -> None:
    assert no_body.article.body == NQ_BODY


def test_missing_body_source_generic(no_body: Layered) -> None:
    assert no_body.article.field_sources["body"] == "generic"


def test_missing_body_reported(no_body: Layered) -> None:
    assert no_body.platform_missed == ["body"]


def test_missing_body_declared_used_before_generic() -> None:
    html = nq_page(ld({"@type": "NewsArticle", "articleBody": "\n".join(NQ_PARAGRAPHS[:2])}))
    assert nq_layered(nq_platform(body=""), html).article.field_sources["body"] == "metadata"


def test_missing_everything_reported() -> None:
    first = nq_platform(title="", published_at="", published_raw="", time_known=False, body="")
    assert nq_layered(first).platform_missed == ["title", "published_at", "body"]


# Date disagreement: drift, and the declared date is kept.

TODAY = "Thứ Hai, 23/11/2026"  # the header's date line a drifted selector reads instead


@pytest.fixture(scope="module")
def wrong_date() -> Layered:
    today = parse_date_line(TODAY)
    return nq_layered(nq_platform(published_at=today.value, published_raw=today.raw, time_known=today.time_known))


def test_date_disagreement_is_drift(wrong_date: Layered) -> None:
    assert [d.split(":")[0] for d in wrong_date.drift] == ["published_at"]


def test_date_disagreement_names_both_dates(wrong_date: Layered) -> None:
    assert "2026-11-23" in wrong_date.drift[0] and NQ_ISO in wrong_date.drift[0]


def test_date_disagreement_keeps_the_declared_date(wrong_date: Layered) -> None:
    assert wrong_date.article.published_at == NQ_ISO


def test_date_disagreement_keeps_the_declared_raw(wrong_date: Layered) -> None:
    assert wrong_date.article.published_raw == NQ_ISO


def test_date_disagreement_keeps_the_declared_time_known(wrong_date: Layered) -> None:
    assert wrong_date.article.time_known is True


def test_date_disagreement_source_metadata(wrong_date: Layered) -> None:
    assert wrong_date.article.field_sources["published_at"] == "metadata"


def test_date_disagreement_is_not_a_missed_field(wrong_date: Layered) -> None:
    assert wrong_date.platform_missed == []


def test_header_clock_does_not_override_the_platform_date() -> None:
    # The article marks its date with a text-only <time pubdate>; the header's clock has a datetime.
    body = CLOCK + f"<article><h1>{escape(CG_TITLE)}</h1><time pubdate>{CG_DATE_LINE}</time></article>"
    first = Article(url=CG_URL, title=CG_TITLE, published_at=CG_ISO, published_raw=CG_DATE_LINE, time_known=True,
                    body="\n\n".join(CG_PARAGRAPHS))
    assert layered(first, page(body=body), CG_URL).article.published_at == CG_ISO


# Known non-drift.


def hn_page(published: str = HN_ISO, og_title: str = HN_TITLE, title: str = "") -> str:
    head = meta("og:title", og_title) + meta("article:published_time", published)
    body = (f'<div class="journal-content-article"><h1>{escape(HN_TITLE)}</h1><p>{HN_DATE_LINE}</p>'
            f'<p>{escape(HN_FIRST)}</p></div>')
    return page(head, body, title=title or HN_TITLE)


HN_URL = "https://hanoi.gov.vn/tin-tuc/-/view_content/trien-khai-nhiem-vu-cong-tac-dan-van-nam-2020"


def hn_platform(date_line: str = HN_DATE_LINE, title: str = HN_TITLE) -> Article:
    date = parse_date_line(date_line, midnight_unknown=True)
    return Article(url=HN_URL, title=title, published_at=date.value, published_raw=date.raw,
                   time_known=date.time_known, body=HN_FIRST, extractor="hanoi_liferay")


def test_placeholder_midnight_is_a_day_only() -> None:
    assert hn_platform("27/12/2019 - 12:00 AM").time_known is False


def test_placeholder_midnight_same_day_no_drift() -> None:
    assert layered(hn_platform("27/12/2019 - 12:00 AM"), hn_page(), HN_URL).drift == []


def test_placeholder_midnight_same_day_platform_date_kept() -> None:
    assert layered(hn_platform("27/12/2019 - 12:00 AM"), hn_page(), HN_URL).article.field_sources[
        "published_at"] == "platform"


def test_placeholder_midnight_other_day_is_drift() -> None:
    drift = layered(hn_platform("26/12/2019 - 12:00 AM"), hn_page(), HN_URL).drift
    assert [d.split(":")[0] for d in drift] == ["published_at"]


def test_same_instant_in_utc_no_drift() -> None:
    assert layered(hn_platform(), hn_page(published="2019-12-27T06:44:00Z"), HN_URL).drift == []


def test_same_instant_in_utc_platform_date_kept() -> None:
    assert layered(hn_platform(), hn_page(published="2019-12-27T06:44:00Z"), HN_URL).article.published_at == HN_ISO


def test_other_minute_is_drift() -> None:
    drift = layered(hn_platform(), hn_page(published="2019-12-27T01:44:00+07:00"), HN_URL).drift
    assert [d.split(":")[0] for d in drift] == ["published_at"]


def test_declared_day_only_same_day_no_drift() -> None:
    assert layered(hn_platform(), hn_page(published="2019-12-27"), HN_URL).drift == []


def test_title_with_site_suffix_no_drift() -> None:
    suffixed = f"{KT_TITLE} | {KT_SITE}"  # no og:site_name: the suffix is not stripped
    first = Article(url=KT_URL, title=KT_TITLE, published_at="2024-03-16T06:30:00+07:00", time_known=True,
                    body=KT_PARAGRAPHS[0])
    html = page(meta("og:title", suffixed), title=suffixed)
    assert layered(first, html, KT_URL).drift == []


def test_title_with_kicker_no_drift() -> None:
    first = Article(url=KT_URL, title=KT_TITLE, body=KT_PARAGRAPHS[0])
    html = page(meta("og:title", f"{KT_KICKER} {KT_TITLE}"), title=KT_TITLE)
    assert layered(first, html, KT_URL).drift == []


def test_different_title_is_drift() -> None:
    # A redesign: the heading selector now matches the category label above the title.
    first = Article(url=CG_URL, title=CG_CATEGORY, body="\n\n".join(CG_PARAGRAPHS))
    html = page(meta("og:title", CG_TITLE), title=f"{CG_TITLE} - {CG_SITE}")
    assert [d.split(":")[0] for d in layered(first, html, CG_URL).drift] == ["title"]


def test_different_title_drift_names_both() -> None:
    first = Article(url=CG_URL, title=CG_CATEGORY, body="\n\n".join(CG_PARAGRAPHS))
    html = page(meta("og:title", CG_TITLE), title=f"{CG_TITLE} - {CG_SITE}")
    drift = layered(first, html, CG_URL).drift[0]
    assert CG_CATEGORY in drift and CG_TITLE in drift


def test_different_title_platform_heading_kept() -> None:
    first = Article(url=CG_URL, title=CG_CATEGORY, body="\n\n".join(CG_PARAGRAPHS))
    html = page(meta("og:title", CG_TITLE), title=f"{CG_TITLE} - {CG_SITE}")
    assert layered(first, html, CG_URL).article.title == CG_CATEGORY


def cg_page(og_title: str) -> str:
    body = (f'<div class="category">{CG_CATEGORY}</div><div class="news-detail"><h1>{escape(CG_TITLE)}</h1>'
            f'<div class="date">{CG_DATE_LINE}</div>{paragraphs(CG_PARAGRAPHS)}<p>{CG_SIGNATURE}</p></div>')
    return page(meta("og:site_name", CG_SITE) + meta("og:title", og_title), body, title=f"{CG_TITLE} - {CG_SITE}")


def test_site_name_og_title_is_not_drift() -> None:
    first = Article(url=CG_URL, title=CG_TITLE, body="\n\n".join(CG_PARAGRAPHS))
    assert layered(first, cg_page(CG_SITE), CG_URL).drift == []


def test_site_name_og_title_not_taken_as_the_title() -> None:
    first = Article(url=CG_URL, body="\n\n".join(CG_PARAGRAPHS))
    assert layered(first, cg_page(CG_SITE), CG_URL).article.title == CG_TITLE


def test_site_name_og_title_title_from_generic() -> None:
    first = Article(url=CG_URL, body="\n\n".join(CG_PARAGRAPHS))
    assert layered(first, cg_page(CG_SITE), CG_URL).article.field_sources["title"] == "generic"


def test_article_og_title_on_the_same_page_is_taken() -> None:
    first = Article(url=CG_URL, body="\n\n".join(CG_PARAGRAPHS))
    assert layered(first, cg_page(CG_TITLE), CG_URL).article.field_sources["title"] == "metadata"


# First layer GENERIC: declarations fill only what is missing, nothing is drift.


@pytest.fixture(scope="module")
def from_generic() -> Layered:
    # The generic extractor read the header's date line and no URL; the page declares both.
    first = Article(url="", title=NQ_TITLE, published_at="2026-11-23", published_raw=TODAY, body=NQ_BODY,
                    extractor="generic")
    return nq_layered(first, first_layer=GENERIC)


def test_generic_first_sources(from_generic: Layered) -> None:
    assert from_generic.article.field_sources == {"title": "generic", "published_at": "generic", "body": "generic",
                                                  "url": "metadata"}


def test_generic_first_no_drift(from_generic: Layered) -> None:
    assert from_generic.drift == []


def test_generic_first_date_kept(from_generic: Layered) -> None:
    assert from_generic.article.published_at == "2026-11-23"


def test_generic_first_url_from_canonical(from_generic: Layered) -> None:
    assert from_generic.article.url == NQ_URL


def test_generic_first_nothing_reported_missed(from_generic: Layered) -> None:
    assert from_generic.platform_missed == []


def test_generic_first_missing_date_from_metadata() -> None:
    first = Article(url=NQ_URL, title=NQ_TITLE, body=NQ_BODY, extractor="generic")
    assert nq_layered(first, first_layer=GENERIC).article.field_sources["published_at"] == "metadata"


# --- same_title, same_time ------------------------------------------------------------


def test_same_title_accents_and_case() -> None:
    assert same_title(CG_TITLE, "HIEU QUA TU PHONG TRAO THI DUA DAN VAN KHEO") is True


def test_same_title_one_word_changed() -> None:
    assert same_title(NQ_TITLE, NQ_TITLE.replace("Quận", "quận").replace("các cấp", "cấp")) is True


def test_same_title_different_articles() -> None:
    assert same_title(CG_TITLE, HN_TITLE) is False


def test_same_time_same_instant_other_zone() -> None:
    assert same_time("2019-12-27T06:44:00+00:00", True, PublishedDate(HN_ISO, True, HN_ISO)) is True


def test_same_time_an_hour_apart() -> None:
    assert same_time("2019-12-27T12:44:00+07:00", True, PublishedDate(HN_ISO, True, HN_ISO)) is False


def test_same_time_day_only_compares_the_day_in_vietnam() -> None:
    # 17:30 UTC on the 17th is 00:30 on the 18th in Hà Nội: the day is compared in Vietnam's time.
    assert same_time("2018-08-18", False, PublishedDate("2018-08-17T17:30:00+00:00", True, "")) is True


# --- headline_links -------------------------------------------------------------------

ARTICLES = [
    (NQ_PATH, NQ_TITLE),
    ("/Tin-tuc-su-kien/Trien-khai-nhiem-vu-cong-tac-dan-van-nam-2020-57101.html", HN_TITLE),
    ("/Tin-tuc-su-kien/Hieu-qua-tu-phong-trao-thi-dua-Dan-van-kheo-56990.html", CG_TITLE),
    ("/Tin-tuc-su-kien/Phat-huy-suc-manh-dai-doan-ket-cua-Nhan-dan-trong-xay-dung-Thu-do-56870.html", KT_TITLE),
]
# Links that must not be taken, by why.
HEADER_LINK = "/Tin-tuc-su-kien/Chu-de-nam-2023-56000.html"
NAV_LINK = "/Tin-tuc-su-kien/Thuc-hien-hieu-qua-Nam-dan-van-chinh-quyen-55990.html"
MENU_LINK = "/Tin-tuc-su-kien/Nam-chac-tinh-hinh-Nhan-dan-55980.html"
SIDEBAR_LINK = "/Tin-tuc-su-kien/Ket-qua-binh-chon-Hang-Viet-Nam-55970.html"
FOOTER_LINK = "/Tin-tuc-su-kien/Phat-huy-vai-tro-Nhan-dan-55960.html"
ASIDE_LINK = "/Tin-tuc-su-kien/Biet-so-nhung-dung-hoang-mang-55950.html"
SHORT_LINK = "/Tin-tuc-su-kien/Cong-tac-dang-55940.html"
OTHER_HOST_LINK = "https://haiphong.gov.vn/tin-tuc-su-kien/trien-khai-nhiem-vu-cong-tac-dan-van-nam-2020-536877"
STRAY_SHAPE_LINK = "/Chuyen-de/Ket-qua-binh-chon-hang-viet-nam"


def listing_page() -> str:
    items = "".join(f'<li><a href="{href}">{escape(text)}</a></li>' for href, text in ARTICLES)
    return page(body=(
        f'<header><a href="{HEADER_LINK}">{escape(seed_lines("000")[0])}</a></header>'
        f'<nav><a href="{NAV_LINK}">{escape(HN_HEADINGS[0])}</a></nav>'
        f'<div class="main-menu"><a href="{MENU_LINK}">{escape(HN_HEADINGS[1])}</a></div>'
        f'<div class="content"><h2>Tin tức sự kiện</h2><ul class="list-news">{items}'
        f'<li><a href="{SHORT_LINK}">{CG_CATEGORY}</a></li>'
        f'<li><a href="{OTHER_HOST_LINK}">{escape(HN_TITLE)} (haiphong.gov.vn)</a></li>'
        f'<li><a href="{NQ_PATH}#comments">{escape(NQ_TITLE)}</a></li></ul>'
        f'<div class="box-chuyen-de"><a href="{STRAY_SHAPE_LINK}">{escape(HN_SIDEBAR)}</a></div></div>'
        f'<div id="sidebar"><a href="{SIDEBAR_LINK}">{escape(HN_SIDEBAR)}</a></div>'
        f'<aside><a href="{ASIDE_LINK}">{escape(HN_RELATED)} ({escape(HN_TITLE)})</a></aside>'
        f'<footer><a href="{FOOTER_LINK}">{escape(KT_HEADING)}</a></footer>'
        '<div class="pager"><a href="javascript:void(0)">Các tin tức khác của quận Ngô Quyền hôm nay</a>'
        '<a href="mailto:ngoquyen@haiphong.gov.vn">Gửi thư cho Ban biên tập Cổng thông tin quận</a></div>'))


@pytest.fixture(scope="module")
def links() -> list[str]:
    return headline_links(sel(listing_page()), NQ_LISTING)


def test_headline_links_are_the_articles_in_order(links: list[str]) -> None:
    assert links == [NQ_HOST + href for href, _ in ARTICLES]


@pytest.mark.parametrize("href", [HEADER_LINK, NAV_LINK, MENU_LINK, SIDEBAR_LINK, FOOTER_LINK, ASIDE_LINK],
                         ids=["header", "nav", "menu-class", "sidebar-id", "footer", "aside"])
def test_headline_links_furniture_excluded(links: list[str], href: str) -> None:
    assert NQ_HOST + href not in links


def test_headline_links_short_text_excluded(links: list[str]) -> None:
    assert NQ_HOST + SHORT_LINK not in links


def test_headline_links_other_host_excluded(links: list[str]) -> None:
    assert OTHER_HOST_LINK not in links


def test_headline_links_stray_shape_excluded(links: list[str]) -> None:
    assert NQ_HOST + STRAY_SHAPE_LINK not in links


def test_headline_links_fragment_dropped_once(links: list[str]) -> None:
    assert links.count(NQ_URL) == 1


def test_headline_links_six_words_is_a_headline() -> None:
    html = page(body=f'<div class="list"><a href="/Tin-tuc-su-kien/Biet-so-55950.html">{HN_RELATED}</a></div>')
    assert headline_links(sel(html), NQ_LISTING) == [f"{NQ_HOST}/Tin-tuc-su-kien/Biet-so-55950.html"]


def test_headline_links_five_words_is_not() -> None:
    html = page(body='<div class="list"><a href="/Tin-tuc-su-kien/Cac-tin-55950.html">Các tin tức khác hôm</a></div>')
    assert headline_links(sel(html), NQ_LISTING) == []


def test_headline_links_the_page_itself_excluded() -> None:
    html = page(body=f'<div class="list"><a href="{NQ_PATH}">{escape(NQ_TITLE)}</a></div>')
    assert headline_links(sel(html), NQ_URL) == []


def test_headline_links_dominant_shape_without_the_stray() -> None:
    # Three article links of one shape, two campaign links of another: the articles win.
    items = "".join(f'<li><a href="{href}">{escape(text)}</a></li>' for href, text in ARTICLES[:3])
    strays = (f'<a href="/Chuyen-de/hang-viet-nam">{escape(HN_SIDEBAR)}</a>'
              f'<a href="/Chuyen-de/phat-huy-vai-tro">{escape(KT_HEADING)}</a>')
    links = headline_links(sel(page(body=f"<ul>{items}</ul><div>{strays}</div>")), NQ_LISTING)
    assert links == [NQ_HOST + href for href, _ in ARTICLES[:3]]


def test_headline_links_when_the_body_names_a_sidebar_layout() -> None:
    # Themes mark the whole page's layout on <body> ("has-sidebar", "header-fixed").
    items = "".join(f'<li><a href="{href}">{escape(text)}</a></li>' for href, text in ARTICLES)
    html = f'<html><body class="has-sidebar"><main><ul>{items}</ul></main></body></html>'
    assert headline_links(sel(html), NQ_LISTING) == [NQ_HOST + href for href, _ in ARTICLES]


def test_headline_links_javascript_in_capitals_excluded() -> None:
    html = page(body=f'<div class="list"><a href="JavaScript:void(0)">{escape(NQ_TITLE)}</a></div>')
    assert headline_links(sel(html), NQ_LISTING) == []


# --- next_page ------------------------------------------------------------------------

PAGE_2 = f"{NQ_LISTING}?Page=2"
PAGE_3 = f"{NQ_LISTING}?Page=3"


def pager(*links: str, url: str = PAGE_2) -> list[str]:
    return next_page(sel(page(body=f'<div class="list-news"></div><div class="paging">{"".join(links)}</div>')), url)


def test_next_page_rel_next() -> None:
    assert pager('<a href="?Page=1">1</a>', '<a rel="next" href="?Page=3">3</a>') == [PAGE_3]


@pytest.mark.parametrize("label", ["Trang sau", "Tiếp", "Tiếp theo", "»", "›", "Sau", "Next"])
def test_next_page_label(label: str) -> None:
    assert pager('<a href="?Page=1">Trang trước</a>', f'<a href="?Page=3">{label}</a>') == [PAGE_3]


def test_next_page_label_in_the_title_attribute() -> None:
    assert pager('<a href="?Page=3" title="Trang sau"></a>') == [PAGE_3]


def test_next_page_previous_label_is_not_next() -> None:
    assert pager('<a href="?Page=1">Trang trước</a>') == []


def test_next_page_number_after_the_active_one() -> None:
    links = ('<ul class="pagination"><li><a href="?Page=1">1</a></li><li class="active"><span>2</span></li>'
             '<li><a href="?Page=3">3</a></li><li><a href="?Page=4">4</a></li></ul>')
    assert pager(links) == [PAGE_3]


def test_next_page_number_after_the_current_link() -> None:
    links = '<a href="?Page=1">1</a><a class="current" href="?Page=2">2</a><a href="?Page=3">3</a>'
    assert pager(links) == [PAGE_3]


def test_next_page_active_menu_item_is_not_the_pager() -> None:
    html = page(body=('<ul class="menu"><li class="active"><a href="/Tin-tuc-su-kien">Tin tức sự kiện</a></li></ul>'
                      '<div class="paging"><a href="?Page=1">1</a><a href="?Page=3">3</a></div>'))
    assert next_page(sel(html), PAGE_2) == []


def test_next_page_none_on_the_last_page() -> None:
    links = ('<ul class="pagination"><li><a href="?Page=1">1</a></li><li><a href="?Page=2">2</a></li>'
             '<li class="active"><span>3</span></li></ul>')
    assert pager(links, url=PAGE_3) == []


def test_next_page_never_the_page_itself() -> None:
    assert pager('<a href="?Page=2">1</a>', '<a rel="next" href="?Page=2">»</a>') == []


def test_next_page_itself_skipped_for_the_next_candidate() -> None:
    assert pager('<a href="?Page=2">›</a>', '<a href="?Page=3">Trang sau</a>') == [PAGE_3]


def test_next_page_never_javascript() -> None:
    assert pager("<a href=\"javascript:__doPostBack('ctl00$pager','Page$3')\">Trang sau</a>") == []


def test_next_page_never_javascript_in_capitals() -> None:
    assert pager('<a href="JavaScript:void(0)">Trang sau</a>') == []


def test_next_page_never_a_fragment() -> None:
    assert pager('<a href="#">Trang sau</a>') == []


def test_next_page_absolute() -> None:
    assert pager('<a href="/Tin-tuc-su-kien?Page=3">Tiếp</a>') == [PAGE_3]


def test_next_page_fragment_of_a_next_page_dropped() -> None:
    assert pager('<a href="?Page=3#list">Trang sau</a>') == [PAGE_3]
