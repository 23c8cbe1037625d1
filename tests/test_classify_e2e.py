"""Issue-level checks of classification through real parts: a crawl of the mirror over HTTP,
the archive it writes, a real Datasette on a free port, and the retag/classify commands."""

from __future__ import annotations

import json
import shutil
import sqlite3
import tomllib
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from crawler.classify.topics import DEFAULT_PATH as TAXONOMY
from crawler.publish.serve import datasette_running
from tests.helpers import ROOT
from tests.test_crawl import crawled, query, run_danvan  # noqa: F401 (module-scoped crawl fixture)

LABELS = tomllib.loads((ROOT / "tests" / "files" / "labels.toml").read_text(encoding="utf-8"))["article"]
SEED_001_ORIGINAL = "https://cong-chua-xac-dinh.invalid/tin-tuc/trien-khai-nhiem-vu-cong-tac-dan-van-nam-2020-15157.html"
SEED_001_COPY = "https://caugiay.hanoi.gov.vn/cong-tac-dang/-/view_content/2636766-trien-khai-nhiem-vu-cong-tac-dan-van-nam-2020"
SEED_003_TITLE = "Hiệu quả từ phong trào thi đua “Dân vận khéo”"


def article_id(db: Path, url: str) -> int:
    return query(db, "SELECT id FROM articles WHERE url = ?", url)[0][0]


def test_crawl_keeps_dan_van_and_skips_the_rest(crawled: Path) -> None:  # noqa: F811
    archived = {u for (u,) in query(crawled, "SELECT url FROM articles")}
    skipped = {u for (u,) in query(crawled, "SELECT url FROM skipped")}
    truth = {url: entry["dan_van"] for entry in LABELS for url in entry["urls"] if url in archived | skipped}
    kept_right = sum(1 for url, yes in truth.items() if yes and url in archived)
    precision = kept_right / max(1, sum(1 for url in truth if url in archived))
    recall = kept_right / max(1, sum(truth.values()))
    print(f"\ncrawl relevance over {len(truth)} labelled pages: precision {precision:.3f}, recall {recall:.3f}")
    assert len(truth) >= 400
    assert precision >= 0.9 and recall >= 0.9, (precision, recall)


def test_skipped_pages_are_counted_and_explained(crawled: Path) -> None:  # noqa: F811
    counted = query(crawled, "SELECT sum(articles_skipped) FROM crawl_runs")[0][0]
    rows = query(crawled, "SELECT score, reason FROM skipped")
    assert counted == len(rows) > 0
    threshold = tomllib.loads(TAXONOMY.read_text(encoding="utf-8"))["relevance"]["threshold"]
    assert all((score < threshold or reason.startswith("excluded:")) and reason for score, reason in rows)


def test_seed_topics(crawled: Path) -> None:  # noqa: F811
    def topics(title: str, portal: str) -> set[str]:
        return {t for (t,) in query(crawled, "SELECT topic FROM article_topics JOIN articles ON id = article_id"
                                             " WHERE title = ? AND portal = ?", title, portal)}

    assert "dan-van-kheo" in topics(SEED_003_TITLE, "caugiay")
    assert {"xay-dung-dang", "dan-van-kheo"} <= topics(
        "Công tác dân vận của Quận Ngô Quyền góp phần tổ chức thành công đại hội đảng các cấp", "ngoquyen")
    assert {"tong-ket-thi-dua", "dan-van-chinh-quyen"} <= topics(
        "Triển khai nhiệm vụ công tác dân vận năm 2020", "cttdt-dang-lai")


def test_mentioned_units_and_province_after_2025(crawled: Path) -> None:  # noqa: F811
    (aid,) = query(crawled, "SELECT id FROM articles WHERE title = ? AND portal = 'caugiay'", SEED_003_TITLE)[0]
    mentioned = {name for (name,) in query(crawled, "SELECT name FROM article_units WHERE article_id = ?", aid)}
    assert {"Phường Trung Hòa", "Phường Quan Hoa", "Phường Dịch Vọng"} <= mentioned
    provinces = dict(query(crawled, "SELECT portal, province_2025 FROM articles WHERE portal IN ('ngoquyen', 'caugiay')"
                                    " GROUP BY portal"))
    assert provinces == {"ngoquyen": "Thành phố Hải Phòng", "caugiay": "Thành phố Hà Nội"}


def test_syndicated_copy_is_linked_to_the_earliest(crawled: Path) -> None:  # noqa: F811
    original, copy = article_id(crawled, SEED_001_ORIGINAL), article_id(crawled, SEED_001_COPY)
    assert query(crawled, "SELECT duplicate_of FROM articles WHERE id = ?", copy) == [(original,)]
    assert query(crawled, "SELECT duplicate_of FROM articles WHERE id = ?", original) == [(None,)]
    unique = {i for (i,) in query(crawled, "SELECT id FROM articles_unique")}
    assert original in unique and copy not in unique


def test_the_seed_articles_are_not_merged_with_each_other(crawled: Path) -> None:  # noqa: F811
    seeds = query(crawled, "SELECT duplicate_of FROM articles WHERE portal IN ('ngoquyen', 'kinhtedothi')"
                           " AND title IN (?, ?)",
                  "Công tác dân vận của Quận Ngô Quyền góp phần tổ chức thành công đại hội đảng các cấp",
                  "Phát huy sức mạnh đại đoàn kết của Nhân dân trong xây dựng Thủ đô")
    assert seeds == [(None,), (None,)]


def get_json(base: str, path: str, **params: str) -> dict:
    url = f"{base.rstrip('/')}{path}?{urllib.parse.urlencode({**params, '_shape': 'objects'})}"
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.load(response)


def test_facets_by_topic_unit_province_and_mentioned_unit_in_datasette(crawled: Path) -> None:  # noqa: F811
    with datasette_running(crawled) as base:
        name = crawled.stem
        topics = get_json(base, f"/{name}/article_topic_rows.json", _facet="topic_label", _size="0")
        counts = {f["value"]: f["count"] for f in topics["facet_results"]["topic_label"]["results"]}
        expected = dict(query(crawled, "SELECT label, count(*) FROM article_topics JOIN topics ON slug = topic"
                                       " GROUP BY label"))
        assert counts == {k: v for k, v in expected.items() if k in counts} and "Dân vận khéo" in " ".join(counts)
        articles = get_json(base, f"/{name}/articles.json", _facet="province", _size="0")
        by_province = {f["value"]: f["count"] for f in articles["facet_results"]["province"]["results"]}
        assert by_province == dict(query(crawled, "SELECT province, count(*) FROM articles GROUP BY province"))
        by_unit = {f["value"]: f["count"] for f in articles["facet_results"]["unit"]["results"]}
        cau_giay = query(crawled, "SELECT count(*) FROM articles WHERE unit = 'Quận Cầu Giấy'")[0][0]
        assert by_unit["Quận Cầu Giấy"] == cau_giay
        mentions = get_json(base, f"/{name}/article_unit_rows.json", _facet="mentioned_unit",
                            mentioned_unit="Phường Quan Hoa")
        assert mentions["rows"] and all(r["mentioned_unit"] == "Phường Quan Hoa" for r in mentions["rows"])
        filtered = get_json(base, f"/{name}/article_topic_rows.json", topic="dan-van-kheo", _facet="unit")
        assert {r["topic"] for r in filtered["rows"]} == {"dan-van-kheo"}


@pytest.fixture
def archive_copy(crawled: Path, tmp_path: Path) -> Path:  # noqa: F811
    target = tmp_path / "archive.db"
    with sqlite3.connect(crawled) as source, sqlite3.connect(target) as dest:
        source.backup(dest)
    return target


def test_retag_of_an_unchanged_archive_changes_nothing(archive_copy: Path) -> None:
    before = query(archive_copy, "SELECT article_id, topic, score FROM article_topics ORDER BY 1, 2")
    result = run_danvan("retag", "--db", str(archive_copy))
    assert result.returncode == 0, result.stderr
    assert "topics changed: 0" in result.stdout and "duplicate links changed: 0" in result.stdout
    assert query(archive_copy, "SELECT article_id, topic, score FROM article_topics ORDER BY 1, 2") == before


def test_retag_applies_an_edited_taxonomy(archive_copy: Path, tmp_path: Path) -> None:
    edited = tmp_path / "taxonomy.toml"
    shutil.copy(TAXONOMY, edited)
    text = edited.read_text(encoding="utf-8")
    at = text.index("min_score = ", text.index('slug = "dan-van-kheo"'))
    edited.write_text(text[:at] + "min_score = 1000" + text[text.index("\n", at):], encoding="utf-8")
    had = query(archive_copy, "SELECT count(*) FROM article_topics WHERE topic = 'dan-van-kheo'")[0][0]
    result = run_danvan("retag", "--db", str(archive_copy), "--taxonomy", str(edited))
    assert result.returncode == 0, result.stderr
    assert f"topics changed: {had}" in result.stdout
    assert query(archive_copy, "SELECT count(*) FROM article_topics WHERE topic = 'dan-van-kheo'") == [(0,)]


def test_classify_command_shows_the_crawl_verdict() -> None:
    from crawler.mirror import SITES

    url = "https://caugiay.hanoi.gov.vn/cong-tac-dang/-/view_content/"
    page = next((SITES / "caugiay.hanoi.gov.vn" / "cong-tac-dang" / "-" / "view_content").glob("*hieu-qua-tu-phong*"))
    result = run_danvan("classify", str(page), "--url", url + page.name, "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["archived"] is True
    assert "dan-van-kheo" in {t["slug"] for t in report["topics"]}
    assert report["unit"]["name"] == "Quận Cầu Giấy"
    assert any("dân vận" in reason for reason in report["relevance"]["reasons"])
