"""Administrative units of both eras, the units a text names, and the province after 2025.

Expected codes are the official GSO codes (Danh mục đơn vị hành chính Việt Nam, Decision
124/2004/QĐ-TTg and its 2025 successor list), looked up by hand once and written as literals;
the district and 2025 ward codes are also those of crawler/core/portals.toml. Expected mentions come
from reading each seed text, not from running the matcher.
"""

from __future__ import annotations

import pytest

from crawler.classify.units import (
    MentionedUnit,
    era_of,
    mentioned_units,
    province_after_2025,
    unit_key,
    unit_rows,
)
from crawler.core.registry import LEVELS
from crawler.mirror.corpus import seed_text

HANOI, HAIPHONG, HAIDUONG = "01", "31", "30"


def names(found: list[MentionedUnit]) -> list[tuple[str, str]]:
    return [(m.name, m.level) for m in found]


@pytest.fixture(scope="module")
def rows_by_key() -> dict[str, object]:
    return {row.key: row for row in unit_rows()}


# --- the units table ----------------------------------------------------------------------


def test_unit_keys_are_unique() -> None:
    rows = unit_rows()
    assert len({row.key for row in rows}) == len(rows)


def test_units_cover_both_eras() -> None:
    rows = unit_rows()
    old_provinces = [r for r in rows if r.key.startswith("old:") and not r.parent_key]
    new_provinces = [r for r in rows if r.key.startswith("2025:") and not r.parent_key]
    assert (len(old_provinces), len(new_provinces)) == (63, 34)


def test_old_district_row(rows_by_key: dict) -> None:
    row = rows_by_key["old:005"]
    assert (row.code, row.name, row.level, row.parent_key, row.province_code) == (
        "005", "Quận Cầu Giấy", "quận", "old:01", HANOI)
    assert (row.valid_from, row.valid_to) == ("", "2025-06-30")


def test_2025_ward_row(rows_by_key: dict) -> None:
    row = rows_by_key["2025:00166"]
    assert (row.code, row.name, row.level, row.parent_key, row.province_code) == (
        "00166", "Phường Cầu Giấy", "phường", "2025:01", HANOI)
    assert (row.valid_from, row.valid_to) == ("2025-07-01", "")


def test_reused_code_is_two_units(rows_by_key: dict) -> None:
    # 00166 was Phường Dịch Vọng (quận Cầu Giấy) and is Phường Cầu Giấy since 1 July 2025.
    assert rows_by_key["old:00166"].name == "Phường Dịch Vọng"
    assert rows_by_key["old:00166"].parent_code == "005"
    assert rows_by_key["2025:00166"].name == "Phường Cầu Giấy"


def test_haiphong_district_row(rows_by_key: dict) -> None:
    row = rows_by_key["old:304"]
    assert (row.name, row.level, row.parent_key) == ("Quận Ngô Quyền", "quận", "old:31")


def test_province_rows_of_both_eras(rows_by_key: dict) -> None:
    assert rows_by_key["old:01"].name == rows_by_key["2025:01"].name == "Thành phố Hà Nội"
    assert rows_by_key["old:30"].name == "Tỉnh Hải Dương"
    assert rows_by_key["old:30"].level == "tỉnh"
    assert "2025:30" not in rows_by_key


def test_every_parent_exists_in_the_same_era(rows_by_key: dict) -> None:
    for row in rows_by_key.values():
        if row.parent_key:
            parent = rows_by_key[row.parent_key]
            assert parent.key.split(":")[0] == row.key.split(":")[0]
            assert parent.province_code == row.province_code


def test_levels_are_vietnamese_level_words() -> None:
    # The registry's levels, plus "đặc khu" (the island special zones of 2025).
    assert {row.level for row in unit_rows()} == {*LEVELS, "đặc khu"}


def test_validity_follows_the_era() -> None:
    for row in unit_rows():
        expected = ("", "2025-06-30") if row.key.startswith("old:") else ("2025-07-01", "")
        assert (row.valid_from, row.valid_to) == expected, row


def test_names_are_capitalised() -> None:
    # The library writes a few names in lower case ("Xã Đại áng"); stored names are official.
    rows = {row.key: row.name for row in unit_rows()}
    assert rows["old:00679"] == "Xã Đại Áng"


@pytest.mark.parametrize(("code", "date", "key"), [
    ("005", "2018-08-17", "old:005"),
    ("00166", "2025-08-01", "2025:00166"),
    ("00166", "2018-08-17", "old:00166"),
    ("005", "2025-08-01", ""),
    ("01", None, "2025:01"),
])
def test_unit_key(code: str, date: str | None, key: str) -> None:
    assert unit_key(code, date) == key


@pytest.mark.parametrize(("date", "era"), [
    ("2025-06-30", "old"), ("2025-06-30T23:59:00+07:00", "old"), ("2025-07-01", "2025"), (None, "2025"),
])
def test_era_changes_on_1_july_2025(date: str | None, era: str) -> None:
    assert era_of(date) == era


# --- the province after the 2025 mergers ---------------------------------------------------


@pytest.mark.parametrize(("code", "after"), [
    (HAIDUONG, (HAIPHONG, "Thành phố Hải Phòng")),  # Resolution 202/2025/QH15
    (HANOI, (HANOI, "Thành phố Hà Nội")),
    (HAIPHONG, (HAIPHONG, "Thành phố Hải Phòng")),
    ("02", ("08", "Tỉnh Tuyên Quang")),  # Hà Giang joined Tuyên Quang
    ("", ("", "")),
    ("99", ("", "")),
])
def test_province_after_2025(code: str, after: tuple[str, str]) -> None:
    assert province_after_2025(code) == after


# --- mentioned units: the seeds --------------------------------------------------------------


def test_seed_003_mentions_its_district_and_three_wards() -> None:
    found = mentioned_units(seed_text("003"), HANOI, "2018-08-17")
    assert names(found) == [
        ("Quận Cầu Giấy", "quận"),
        ("Phường Trung Hòa", "phường"),
        ("Phường Quan Hoa", "phường"),
        ("Phường Dịch Vọng", "phường"),
    ]
    # GSO codes: Cầu Giấy 005; Trung Hòa 00175, Quan Hoa 00169, Dịch Vọng 00166.
    assert [m.code for m in found] == ["005", "00175", "00169", "00166"]
    assert [m.key for m in found] == ["old:005", "old:00175", "old:00169", "old:00166"]


def test_seed_004_mentions_quan_hoang_mai() -> None:
    found = mentioned_units(seed_text("004"), HANOI, "2024-03-17")
    assert found == [MentionedUnit(code="008", name="Quận Hoàng Mai", level="quận", key="old:008")]


def test_seed_000_counts_are_not_units() -> None:
    # "Khối Dân vận 12 phường", "quận, phường": only Quận Ngô Quyền (and its Quận ủy) is named.
    found = mentioned_units(seed_text("000"), HAIPHONG, "2020-10-12")
    assert found == [MentionedUnit(code="304", name="Quận Ngô Quyền", level="quận", key="old:304")]


def test_seed_001_names_no_unit() -> None:
    # "30/30 quận, huyện, thị ủy", "584/584 xã, phường, thị trấn", "UBND TP": no name.
    assert mentioned_units(seed_text("001"), HANOI, "2019-12-27") == []


# --- mentioned units: matching ----------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Đảng bộ phường Trung Hòa", "Đảng bộ phường Trung Hoà", "Dang bo phuong Trung Hoa",
    "ĐẢNG BỘ PHƯỜNG TRUNG HOÀ", "Đảng bộ Phường Trung  Hòa",
])
def test_accents_tone_placement_and_case(text: str) -> None:
    assert [m.code for m in mentioned_units(text, HANOI, "2018-08-17")] == ["00175"]


def test_accented_text_means_its_accents() -> None:
    # "Trung Hóa" is not "Trung Hòa": only a text written without accents matches loosely.
    assert mentioned_units("phường Trung Hóa", HANOI, "2018-08-17") == []


@pytest.mark.parametrize("text", ["Quận Ngô Quyền", "quận Ngô Quyền", "QUẬN NGÔ QUYỀN", "Quận ủy Ngô Quyền",
                                  "Quận uỷ Ngô Quyền", "Q. Ngô Quyền"])
def test_level_word_in_any_case(text: str) -> None:
    assert [m.code for m in mentioned_units(text, HAIPHONG, "2020-10-12")] == ["304"]


@pytest.mark.parametrize("text", [
    "các quận, huyện, thị xã", "xã, phường, thị trấn", "kinh tế - xã hội", "Khối Dân vận 12 phường.",
    "ở xa Hội trường", "các phường trên địa bàn", "Đảng bộ TP Hà Nội", "Thành phố Hà Nội",
])
def test_generic_words_name_no_unit(text: str) -> None:
    assert mentioned_units(text, HANOI, "2020-01-01") == []


def test_longest_name_wins() -> None:
    found = mentioned_units("phường Dịch Vọng Hậu và phường Dịch Vọng", HANOI, "2020-01-01")
    assert names(found) == [("Phường Dịch Vọng Hậu", "phường"), ("Phường Dịch Vọng", "phường")]


def test_each_unit_once_in_order_of_first_mention() -> None:
    found = mentioned_units("phường Quan Hoa, quận Cầu Giấy; phường Quan Hoa", HANOI, "2020-01-01")
    assert [m.code for m in found] == ["00169", "005"]


def test_a_plural_lists_several_names() -> None:
    found = mentioned_units("Hội LHPN các phường: Dịch Vọng, Quan Hoa và Trung Hoà", HANOI, "2020-01-01")
    assert [m.code for m in found] == ["00166", "00169", "00175"]


def test_a_singular_does_not_run_on_into_a_list() -> None:
    # Without "các" or a number the name after the comma is something else (a district, a street).
    found = mentioned_units("phường Quan Hoa, Dịch Vọng", HANOI, "2020-01-01")
    assert [m.code for m in found] == ["00169"]


def test_ambiguous_name_has_no_code() -> None:
    # Hà Nội had two Phường Minh Khai (quận Hai Bà Trưng and quận Bắc Từ Liêm).
    found = mentioned_units("Hội Cựu chiến binh phường Minh Khai", HANOI, "2020-01-01")
    assert found == [MentionedUnit(code=None, name="Phường Minh Khai", level="phường", key=None)]


def test_district_after_a_ward_places_it(rows_by_key: dict) -> None:
    found = mentioned_units("phường Minh Khai, quận Hai Bà Trưng", HANOI, "2020-01-01")
    assert names(found) == [("Phường Minh Khai", "phường"), ("Quận Hai Bà Trưng", "quận")]
    assert found[0].code is not None
    assert rows_by_key[found[0].key].parent_code == "007"  # GSO: Hai Bà Trưng 007


def test_publishing_unit_places_an_ambiguous_ward(rows_by_key: dict) -> None:
    found = mentioned_units("phường Minh Khai", HANOI, "2020-01-01", unit_code="021")  # Bắc Từ Liêm
    assert rows_by_key[found[0].key].parent_code == "021"


def test_ward_of_another_province_placed_by_its_district(rows_by_key: dict) -> None:
    # Hà Nội has a xã Hoàng Văn Thụ too (Chương Mỹ); this one is in Văn Lãng, Lạng Sơn (20).
    found = mentioned_units("tặng quà tại xã Hoàng Văn Thụ, huyện Văn Lãng", HANOI, "2020-01-01")
    commune, district = found
    assert (commune.name, district.name) == ("Xã Hoàng Văn Thụ", "Huyện Văn Lãng")
    assert rows_by_key[commune.key].parent_code == district.code
    assert rows_by_key[commune.key].province_code == "20"


def test_provincial_city_abbreviated() -> None:
    found = mentioned_units("UBND TP Hải Dương", HAIDUONG, "2020-01-01")
    assert found == [MentionedUnit(code="288", name="Thành phố Hải Dương", level="thành phố", key="old:288")]


# --- mentioned units: as of the publication date ---------------------------------------------


def test_2025_text_resolves_to_2025_wards() -> None:
    found = mentioned_units("Ủy ban MTTQ phường Cầu Giấy", HANOI, "2025-08-01")
    assert found == [MentionedUnit(code="00166", name="Phường Cầu Giấy", level="phường", key="2025:00166")]


def test_before_2025_there_was_no_phuong_cau_giay() -> None:
    assert mentioned_units("Ủy ban MTTQ phường Cầu Giấy", HANOI, "2018-08-17") == []


def test_ward_merged_in_2025_is_not_a_2025_ward() -> None:
    assert mentioned_units("Hội LHPN phường Dịch Vọng", HANOI, "2025-08-01") == []


def test_2025_text_still_names_old_districts() -> None:
    found = mentioned_units("quận Hoàng Mai (cũ), nay là phường Hoàng Mai", HANOI, "2025-08-01")
    assert [(m.key, m.name) for m in found] == [("old:008", "Quận Hoàng Mai"), ("2025:00331", "Phường Hoàng Mai")]


def test_2025_text_of_a_merged_province_uses_the_new_province(rows_by_key: dict) -> None:
    # A Hải Dương portal's article after the merger: its wards are Hải Phòng's.
    found = mentioned_units("Đảng ủy phường Lê Thanh Nghị", HAIDUONG, "2025-09-01")
    assert names(found) == [("Phường Lê Thanh Nghị", "phường")]
    assert rows_by_key[found[0].key].province_code == HAIPHONG


def test_unknown_date_means_the_current_units() -> None:
    assert [m.key for m in mentioned_units("phường Cầu Giấy", HANOI, None)] == ["2025:00166"]


def test_no_province_no_mentions() -> None:
    assert mentioned_units("phường Trung Hòa", "", "2018-08-17") == []
