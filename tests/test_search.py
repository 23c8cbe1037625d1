"""Accent-free search (crawler.publish.search) over a small archive.

The archive fixture is shared with tests/test_datasette.py: `build_archive` writes it,
and each sample says by hand what it contains (its `about` tags), so expected results
come from the texts, not from the search code.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from crawler.archive.store import Archive
from crawler.core import registry
from crawler.core.errors import DanvanError
from crawler.core.items import Article
from crawler.core.text import fold
from crawler.publish.search import escape_fts, fold_with_offsets, parse_query, search, snippet


@dataclass(frozen=True)
class Sample:
    portal: str
    article: Article
    # By hand: "dang uy words" = the words Đảng and uỷ/ủy both occur somewhere;
    # "dang uy phrase" = "Đảng uỷ/ủy" occurs as a phrase; "dan van words" = dân and vận
    # both occur; "mat tran" = "Mặt trận Tổ quốc" occurs.
    about: frozenset[str]


def _article(url: str, title: str, published_at: str, category: str, sapo: str, *paragraphs: str,
             extractor: str = "haiphong") -> Article:
    return Article(
        url=url, title=title, sapo=sapo, category=category, published_at=published_at,
        published_raw=published_at, time_known="T" in published_at, body="\n\n".join(paragraphs),
        extractor=extractor,
    )


SAMPLES: tuple[Sample, ...] = (
    Sample("ngoquyen", _article(
        "https://ngoquyen.haiphong.gov.vn/Tin-tuc-su-kien/Dang-uy-phuong-May-Chai-tong-ket-Dan-van-kheo-101.html",
        "Đảng ủy phường Máy Chai tổng kết phong trào thi đua “Dân vận khéo” năm 2022",
        "2023-03-15T08:30:00+07:00", "Tin tức - Sự kiện",
        "Sáng 15/3, Đảng ủy phường Máy Chai tổ chức hội nghị tổng kết phong trào thi đua “Dân vận khéo” năm 2022.",
        "Năm 2022, phường đã xây dựng và nhân rộng 12 mô hình “Dân vận khéo” trên các lĩnh vực.",
        "Phát biểu tại hội nghị, đồng chí Bí thư Đảng ủy phường đề nghị tiếp tục phát huy vai trò của Mặt trận"
        " Tổ quốc và các đoàn thể.",
    ), frozenset({"dang uy words", "dang uy phrase", "dan van words", "mat tran"})),
    Sample("caugiay-phuong", _article(
        "https://caugiay.hanoi.gov.vn/tin-tuc-su-kien/dang-uy-phuong-cau-giay-trien-khai-cong-tac-dan-van-202509101400000.htm",
        "Đảng uỷ phường Cầu Giấy triển khai công tác dân vận năm 2025",
        "2025-09-10T14:00:00+07:00", "Tin tức - Sự kiện",
        "Chiều 10/9, Đảng uỷ phường Cầu Giấy tổ chức hội nghị triển khai công tác dân vận năm 2025.",
        "Hội nghị quán triệt các văn bản của cấp trên về công tác dân vận trong tình hình mới.",
        "Các chi bộ trực thuộc Đảng uỷ được giao xây dựng kế hoạch cụ thể, gắn với việc giải quyết những kiến"
        " nghị chính đáng"
        " của Nhân dân.",
        extractor="hanoi_current",
    ), frozenset({"dang uy words", "dang uy phrase", "dan van words"})),
    Sample("caugiay-phuong", _article(
        "https://caugiay.hanoi.gov.vn/tin-tuc-su-kien/mat-tran-to-quoc-quan-cau-giay-ung-ho-quy-vi-nguoi-ngheo-202411200000000.htm",
        "Mặt trận Tổ quốc quận Cầu Giấy phát động ủng hộ Quỹ “Vì người nghèo”",
        "2024-11-20", "Tin tức - Sự kiện",
        "Ban Thường trực Mặt trận Tổ quốc quận phát động cán bộ, công chức ủng hộ Quỹ “Vì người nghèo” năm 2024.",
        "Số tiền ủng hộ sẽ được dùng để hỗ trợ các hộ nghèo, hộ cận nghèo trên địa bàn.",
        extractor="hanoi_current",
    ), frozenset({"mat tran"})),
    Sample("kinhtedothi", _article(
        "https://kinhtedothi.vn/ha-noi-day-manh-phong-trao-thi-dua-dan-van-kheo.html",
        "Hà Nội: Đẩy mạnh phong trào thi đua “Dân vận khéo” trong hệ thống chính trị",
        "2024-05-02T09:15:00+07:00", "Chính trị",
        "Thành phố tiếp tục nhân rộng các mô hình, điển hình “Dân vận khéo” ở cơ sở.",
        "Theo Ban Dân vận Thành uỷ, năm qua toàn thành phố có hơn 3.000 mô hình được công nhận.",
        "Tại nhiều xã, phường, Đảng ủy đã chỉ đạo đưa phong trào vào nghị quyết hằng năm, gắn với việc thực"
        " hiện quy chế dân chủ ở cơ sở.",
        extractor="kinhtedothi",
    ), frozenset({"dang uy words", "dang uy phrase", "dan van words"})),
    Sample("haiphong", _article(
        "https://haiphong.gov.vn/tin-tuc-su-kien/dang-uy-khoi-cac-co-quan-thanh-pho-quan-triet-nghi-quyet-612345",
        "ĐẢNG ỦY KHỐI CÁC CƠ QUAN THÀNH PHỐ QUÁN TRIỆT NGHỊ QUYẾT",
        "2023-07-01T07:45:00+07:00", "Tin tức - Sự kiện",
        "Hội nghị được tổ chức theo hình thức trực tuyến đến các tổ chức cơ sở đảng trực thuộc.",
        "Các đại biểu đã nghe báo cáo viên truyền đạt nội dung cơ bản của nghị quyết.",
    ), frozenset({"dang uy words", "dang uy phrase"})),
    Sample("kinhtedothi", _article(
        "https://kinhtedothi.vn/ha-noi-ra-quan-bao-dam-trat-tu-an-toan-giao-thong-dip-he.html",
        "Hà Nội ra quân bảo đảm trật tự an toàn giao thông dịp hè",
        "2024-06-12T16:20:00+07:00", "Giao thông",
        "Lực lượng cảnh sát giao thông tăng cường tuần tra, kiểm soát trên các tuyến phố chính.",
        "Người tham gia giao thông được khuyến cáo chấp hành nghiêm quy định về nồng độ cồn.",
        extractor="kinhtedothi",
    ), frozenset()),
    Sample("ngoquyen", _article(
        "https://ngoquyen.haiphong.gov.vn/Tin-tuc-su-kien/Mat-tran-quan-Ngo-Quyen-gap-mat-chuc-sac-ton-giao-95.html",
        "Ủy ban Mặt trận Tổ quốc Việt Nam quận Ngô Quyền gặp mặt chức sắc tôn giáo",
        "2022-12-05T09:00:00+07:00", "Tin tức - Sự kiện",
        "Ủy ban Mặt trận Tổ quốc Việt Nam quận gặp mặt các vị chức sắc, chức việc các tôn giáo nhân dịp cuối năm.",
        "Các vị chức sắc bày tỏ niềm tin vào sự lãnh đạo của Đảng và sự quản lý của chính quyền địa phương.",
    ), frozenset({"dang uy words", "mat tran"})),
)


def build_archive(path: Path) -> dict[str, int]:
    """Write the samples into a new archive at `path`; returns url -> article id."""
    reg = registry.load()
    archive = Archive.open(path)
    try:
        archive.sync_portals(reg)
        for sample in SAMPLES:
            assert archive.upsert_article(sample.article, reg.get(sample.portal)) == "new"
        return {url: id_ for id_, url in archive.conn.execute("SELECT id, url FROM articles")}
    finally:
        archive.close()


def ids_about(tag: str, ids: dict[str, int]) -> set[int]:
    return {ids[s.article.url] for s in SAMPLES if tag in s.about}


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    path = tmp_path_factory.mktemp("search") / "archive.db"
    return path, build_archive(path)


SPELLINGS = ("dang uy", "Đảng ủy", "Đảng uỷ", "DANG UY")


@pytest.mark.parametrize("query", SPELLINGS)
def test_every_spelling_of_dang_uy_finds_the_same_articles(archive, query: str) -> None:
    path, ids = archive
    assert {row["id"] for row in search(str(path), query)} == ids_about("dang uy words", ids)


@pytest.mark.parametrize("query", ['"dang uy"', '"Đảng ủy"', '"ĐẢNG UỶ"'])
def test_a_quoted_phrase_needs_the_words_together(archive, query: str) -> None:
    path, ids = archive
    assert {row["id"] for row in search(str(path), query)} == ids_about("dang uy phrase", ids)


def test_dan_van_without_accents_finds_dan_van(archive) -> None:
    path, ids = archive
    assert {row["id"] for row in search(str(path), "dan van")} == ids_about("dan van words", ids)


def test_a_prefix_query_matches_word_starts(archive) -> None:
    path, ids = archive
    assert {row["id"] for row in search(str(path), "Mặt trận Tổ quố*")} == ids_about("mat tran", ids)
    assert search(str(path), "Mặt trận Tổ quố") == []


def test_results_carry_the_article_fields(archive) -> None:
    path, ids = archive
    sample = SAMPLES[4]
    (row,) = search(str(path), "quan triet nghi quyet khoi")
    assert row["id"] == ids[sample.article.url]
    assert row["url"] == sample.article.url
    assert row["title"] == "ĐẢNG ỦY KHỐI CÁC CƠ QUAN THÀNH PHỐ QUÁN TRIỆT NGHỊ QUYẾT"
    assert row["sapo"] == sample.article.sapo
    assert row["unit"] == "Thành phố Hải Phòng"
    assert row["portal"] == "haiphong"
    assert row["published_at"] == "2023-07-01T07:45:00+07:00"


def test_the_unit_is_the_one_on_the_publication_date(archive) -> None:
    path, _ = archive
    units = {row["url"]: row["unit"] for row in search(str(path), "cau giay")}
    assert units == {SAMPLES[1].article.url: "Phường Cầu Giấy", SAMPLES[2].article.url: "Quận Cầu Giấy"}


def test_title_matches_rank_before_body_matches(archive) -> None:
    path, ids = archive
    # "Mặt trận Tổ quốc" is in the titles of samples 2 and 6, only in the body of sample 0.
    rows = search(str(path), "mat tran to quoc")
    assert {r["id"] for r in rows[:2]} == {ids[SAMPLES[2].article.url], ids[SAMPLES[6].article.url]}
    assert rows[2]["id"] == ids[SAMPLES[0].article.url]
    assert rows[1]["score"] < rows[2]["score"]


def test_ties_are_broken_newest_first(tmp_path: Path) -> None:
    reg = registry.load()
    archive = Archive.open(tmp_path / "archive.db")
    archive.sync_portals(reg)
    for day in ("2023-01-05", "2024-02-10", "2022-08-30"):
        article = _article(f"https://kinhtedothi.vn/dan-van-{day}.html", "Công tác dân vận", f"{day}T08:00:00+07:00",
                           "Chính trị", "", "Hội nghị công tác dân vận.")
        archive.upsert_article(article, reg.get("kinhtedothi"))
    archive.close()
    rows = search(str(tmp_path / "archive.db"), "dan van")
    assert [r["published_at"][:10] for r in rows] == ["2024-02-10", "2023-01-05", "2022-08-30"]


def test_the_limit_is_applied(archive) -> None:
    path, _ = archive
    assert len(search(str(path), "dang uy", limit=2)) == 2


def test_snippets_come_from_the_original_text(archive) -> None:
    path, ids = archive
    rows = {r["id"]: r for r in search(str(path), "DANG UY")}
    # Sample 3 has "Đảng ủy" only in its second paragraph (its first has "Thành uỷ":
    # the whole query is preferred to a lone term).
    kinhtedothi = rows[ids[SAMPLES[3].article.url]]["snippet"]
    assert kinhtedothi.startswith("…")
    assert "Tại nhiều xã, phường, Đảng ủy đã chỉ đạo" in kinhtedothi
    assert "\n" not in kinhtedothi
    # The spelling in the snippet is the article's own (uỷ), whatever the query's.
    rows = {r["id"]: r for r in search(str(path), "Đảng ủy")}
    assert "Các chi bộ trực thuộc Đảng uỷ được giao" in rows[ids[SAMPLES[1].article.url]]["snippet"]
    # Sample 4 has "Đảng ủy" only in its title: the snippet is its (short) body.
    assert rows[ids[SAMPLES[4].article.url]]["snippet"] == SAMPLES[4].article.body


def test_snippet_cuts_the_original_at_the_folded_match() -> None:
    text = "Đoạn mở đầu nói về việc khác.\n\n" + "Nội dung dài " * 20 + "\n\nBan Dân vận Quận uỷ chủ trì hội nghị."
    extract = snippet(text, "quan uy", before=20, after=30)
    assert extract == "…dài Ban Dân vận Quận uỷ chủ trì hội nghị."


def test_snippet_without_a_match_is_the_opening() -> None:
    text = "Một hai ba bốn năm sáu bảy tám chín mười."
    assert snippet(text, "không có", before=5, after=10) == "Một hai ba bốn…"


def test_folding_keeps_offsets_aligned() -> None:
    text = "Đảng uỷ\n\nMặt trận Tổ quốc  ĐOÀN"
    folded, offsets = fold_with_offsets(text)
    assert folded == "dang uy\n\nmat tran to quoc  doan"
    assert offsets == list(range(len(text)))
    # fold() itself collapses whitespace, which is why snippets use the offsets.
    assert fold(text) == "dang uy mat tran to quoc doan"


@pytest.mark.parametrize(("query", "expected"), [
    ("Đảng uỷ", '"dang" "uy"'),
    ('"Đảng ủy" dân*', '"dang uy" "dan"*'),
    ('"Mặt trận', '"mat tran"'),
    ("AND( -x NEAR:y", '"and" "x" "near y"'),
    ("", '""'),
    ('" - ( ) *', '""'),
])
def test_escape_fts(query: str, expected: str) -> None:
    assert escape_fts(query) == expected


@pytest.mark.parametrize("query", [
    '"', '"dang', 'dang" uy', "dang -uy", "AND(", "dang AND( uy", "NOT", "OR dang", "*", "dân*", "a:b",
    "^dang", "(", ")", "'", "NEAR(dang uy)", "dang + uy", "{title}: dang", "", "   ", "dang_uy", "đ",
])
def test_fts_syntax_in_a_query_never_raises(archive, query: str) -> None:
    path, _ = archive
    assert isinstance(search(str(path), query), list)


def test_parse_query_drops_wordless_terms() -> None:
    assert [t.words for t in parse_query('- "" dang ( uy')] == [("dang",), ("uy",)]


def test_a_missing_archive_is_a_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(DanvanError, match="no archive here"):
        search(str(tmp_path / "missing.db"), "dang uy")
