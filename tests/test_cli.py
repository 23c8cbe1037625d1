"""The danvan command's extract, search and portals subcommands, run as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

from crawler.mirror import SITES
from tests.test_crawl import run_danvan

SEED_000 = ("https://ngoquyen.haiphong.gov.vn/Tin-tuc-su-kien/"
            "Cong-tac-dan-van-cua-Quan-Ngo-Quyen-gop-phan-to-chuc-thanh-cong-dai-hoi-dang-cac-cap-57288.html")


def test_extract_uses_the_platform_extractor_for_a_registered_url() -> None:
    page = SITES / "ngoquyen.haiphong.gov.vn" / SEED_000.split(".vn/", 1)[1]
    result = run_danvan("extract", str(page), "--url", SEED_000)
    assert result.returncode == 0, result.stderr
    article = json.loads(result.stdout)
    assert article["extractor"] == "haiphong"
    assert article["title"] == "Công tác dân vận của Quận Ngô Quyền góp phần tổ chức thành công đại hội đảng các cấp"
    assert article["published_at"] == "2020-10-12T10:24:00+07:00"
    assert article["portal"] == "ngoquyen"


def test_extract_falls_back_to_generic_for_an_unknown_url() -> None:
    page = SITES / "ngoquyen.haiphong.gov.vn" / SEED_000.split(".vn/", 1)[1]
    result = run_danvan("extract", str(page), "--url", "https://example.org/bai-viet.html")
    assert result.returncode == 0, result.stderr
    article = json.loads(result.stdout)
    assert article["extractor"] == "generic"
    assert article["published_at"] == "2020-10-12T10:24:00+07:00"


def test_extract_missing_file_is_one_line() -> None:
    result = run_danvan("extract", "/khong/co.html", "--url", SEED_000)
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_search_finds_accent_free_query(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    assert run_danvan("crawl", "--offline", "--db", str(db), "--portal", "ngoquyen").returncode == 0
    result = run_danvan("search", '"cong tac dan van cua quan ngo quyen"', "--db", str(db), "--json")
    assert result.returncode == 0, result.stderr
    assert [row["url"] for row in json.loads(result.stdout)] == [SEED_000]


def test_search_on_missing_archive_is_one_line(tmp_path: Path) -> None:
    result = run_danvan("search", "dan van", "--db", str(tmp_path / "khong-co.db"))
    assert result.returncode == 2
    assert result.stderr.startswith("danvan: error: ") and result.stderr.strip().count("\n") == 0


def test_portals_lists_the_registry_as_json() -> None:
    result = run_danvan("portals", "--json")
    assert result.returncode == 0
    assert "ngoquyen" in {p["id"] for p in json.loads(result.stdout)}
