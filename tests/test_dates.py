"""Vietnamese date lines: every format the portals print, parsed day-first at +07:00."""

from __future__ import annotations

import pytest

from crawler.core.dates import parse_date_line


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Cập nhật: 12/10/2020 10:24", "2020-10-12T10:24:00+07:00"),
        ("27/12/2019 - 01:44 PM", "2019-12-27T13:44:00+07:00"),
        ("Ngày đăng 17/08/2018 | 23:40 | View count: 2192", "2018-08-17T23:40:00+07:00"),
        ("Ngày đăng 17/08/2018 | 23:40  | View count: 2192", "2018-08-17T23:40:00+07:00"),
        ("Ngày đăng 14/06/2018 | 11:22 AM  |  View count: 1108", "2018-06-14T11:22:00+07:00"),
        ("Publish date 13/05/2016 | 4:59 PM | View count: 1499", "2016-05-13T16:59:00+07:00"),
        ("Thứ Bảy, 16/03/2024 06:30", "2024-03-16T06:30:00+07:00"),
        ("16/03/2024 06:30 (GMT+7)", "2024-03-16T06:30:00+07:00"),
        ("Thứ Hai, 08:54 26/12/2016", "2016-12-26T08:54:00+07:00"),
        ("Chủ nhật, 01/03/2020 - 21:05", "2020-03-01T21:05:00+07:00"),
        ("09/10/2025 16:24 GMT+7", "2025-10-09T16:24:00+07:00"),
        ("31/01/2020 - 12:30 PM", "2020-01-31T12:30:00+07:00"),
        ("2024-12-23T10:56:40+07:00", "2024-12-23T10:56:40+07:00"),
        ("2019-12-27T06:44:00Z", "2019-12-27T13:44:00+07:00"),
    ],
)
def test_date_and_time(line: str, expected: str) -> None:
    parsed = parse_date_line(line)
    assert parsed is not None
    assert parsed.value == expected


@pytest.mark.parametrize(
    "line",
    ["Cập nhật: 12/10/2020 10:24", "27/12/2019 - 01:44 PM", "Thứ Bảy, 16/03/2024 06:30"],
)
def test_time_is_known_when_printed(line: str) -> None:
    parsed = parse_date_line(line)
    assert parsed is not None and parsed.time_known is True


def test_day_comes_first() -> None:
    parsed = parse_date_line("12/03/2020")
    assert parsed is not None
    assert parsed.value == "2020-03-12"  # 12 March, not 3 December


def test_day_first_with_a_time() -> None:
    parsed = parse_date_line("05/11/2020 08:15")
    assert parsed is not None
    assert parsed.value == "2020-11-05T08:15:00+07:00"


def test_date_without_time_is_a_bare_date() -> None:
    parsed = parse_date_line("Thứ Hai, 23/11/2026")
    assert parsed is not None
    assert (parsed.value, parsed.time_known) == ("2026-11-23", False)


def test_date_in_words() -> None:
    parsed = parse_date_line("Hà Nội, ngày 5 tháng 3 năm 2020")
    assert parsed is not None
    assert (parsed.value, parsed.time_known) == ("2020-03-05", False)


@pytest.mark.parametrize("label", ["Cập nhật:", "Ngày đăng", "Ngày đăng:", "Đăng lúc", "Thứ Sáu,", "Publish date"])
def test_labels_do_not_reach_the_parser(label: str) -> None:
    parsed = parse_date_line(f"{label} 27/12/2019 01:44 PM")
    assert parsed is not None
    assert parsed.value == "2019-12-27T13:44:00+07:00"


def test_midnight_placeholder_is_a_date_only() -> None:
    parsed = parse_date_line("Ngày đăng 14/06/2018 | 12:00 AM | View count: 9", midnight_unknown=True)
    assert parsed is not None
    assert (parsed.value, parsed.time_known) == ("2018-06-14", False)


def test_midnight_kept_without_the_placeholder_rule() -> None:
    parsed = parse_date_line("14/06/2018 | 12:00 AM")
    assert parsed is not None
    assert (parsed.value, parsed.time_known) == ("2018-06-14T00:00:00+07:00", True)


def test_five_past_midnight_is_a_real_time() -> None:
    parsed = parse_date_line("27/12/2019 - 12:05 AM", midnight_unknown=True)
    assert parsed is not None
    assert (parsed.value, parsed.time_known) == ("2019-12-27T00:05:00+07:00", True)


@pytest.mark.parametrize("line", ["", None, "Không có ngày", "Lượt xem: 2192", "Tin tức - Sự kiện", "32/13/2020"])
def test_no_date_is_none(line: str | None) -> None:
    assert parse_date_line(line) is None


def test_raw_line_is_kept_normalised() -> None:
    parsed = parse_date_line("  Ngày đăng\u00a017/08/2018 |\u00a023:40  | View count: 2192 ")
    assert parsed is not None
    assert parsed.raw == "Ngày đăng 17/08/2018 | 23:40 | View count: 2192"


def test_date_property() -> None:
    parsed = parse_date_line("27/12/2019 - 01:44 PM")
    assert parsed is not None
    assert parsed.date == "2019-12-27"
