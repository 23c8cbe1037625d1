"""For analysts, over the crawled offline mirror: the views, the canned queries (Vietnamese titles,
parameters), and Datasette's CSV and JSON exports of every table, view and canned query.

Expected values are computed from the archive file with plain SQL written here, not by the
queries under test.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from pathlib import Path
from urllib.parse import urlencode

import pytest

from crawler.publish import METADATA
from crawler.text import fold
from tests.browser import fetch
from tests.helpers import read_rows

CANNED = json.loads(METADATA.read_text(encoding="utf-8"))["databases"]["archive"]["queries"]
VIEWS = ("articles_unique", "article_topic_rows", "article_unit_rows", "portal_health")


@pytest.fixture(scope="module")
def site(crawled_site: tuple[str, Path]) -> tuple[str, Path]:
    return crawled_site


sql = read_rows


def rows(base: str, path: str, **params: str) -> list[dict]:
    status, body = fetch(f"{base}archive/{path}.json?{urlencode({**params, '_shape': 'array', '_size': 'max'})}")
    assert status == 200, body[:500]
    return json.loads(body)


def csv_rows(base: str, path: str, **params: str) -> list[dict]:
    status, body = fetch(f"{base}archive/{path}.csv?{urlencode({**params, '_size': 'max'})}")
    assert status == 200, body[:500]
    return list(csv.DictReader(io.StringIO(body)))


def test_at_least_eight_canned_queries_with_vietnamese_titles() -> None:
    assert len(CANNED) >= 8
    for name, query in CANNED.items():
        title = query["title"]
        assert title and any(ord(c) > 127 for c in title), name  # Vietnamese, with its diacritics
    with_params = [name for name, q in CANNED.items() if ":" in q["sql"]]
    assert len(with_params) >= 6


def test_the_views_have_one_row_per_article_topic_and_mention(site) -> None:
    base, db = site
    unique = rows(base, "articles_unique")
    assert {r["id"] for r in unique} == {r[0] for r in sql(db, "SELECT id FROM articles WHERE duplicate_of IS NULL")}
    topic_rows = rows(base, "article_topic_rows")
    assert Counter((r["article_id"], r["topic"]) for r in topic_rows) == Counter(
        sql(db, "SELECT article_id, topic FROM article_topics"))
    labels = dict(sql(db, "SELECT slug, label FROM topics"))
    assert all(r["topic_label"] == labels[r["topic"]] for r in topic_rows)
    unit_rows = rows(base, "article_unit_rows")
    assert Counter((r["article_id"], r["mentioned_unit"]) for r in unit_rows) == Counter(
        sql(db, "SELECT article_id, name FROM article_units"))
    assert unit_rows  # the mirror's articles name wards and districts


def test_articles_per_unit_per_month(site) -> None:
    base, db = site
    got = {(r["don_vi"], r["thang"]): r["so_bai"] for r in rows(base, "so_bai_theo_don_vi_thang", don_vi="")}
    expected = Counter((unit, month) for unit, month, dup in sql(db, "SELECT unit, year_month, duplicate_of "
                                                                 "FROM articles") if dup is None)
    assert got == dict(expected)
    [(unit,)] = sql(db, "SELECT unit FROM articles GROUP BY unit ORDER BY count(*) DESC LIMIT 1")
    one = rows(base, "so_bai_theo_don_vi_thang", don_vi=unit)
    assert {r["don_vi"] for r in one} == {unit} and sum(r["so_bai"] for r in one) == sum(
        n for (u, _), n in expected.items() if u == unit)


def topic_articles(db: Path, slug: str) -> list[tuple]:
    return sql(db, "SELECT a.id, a.unit, a.year_month FROM article_topics t JOIN articles a ON a.id = t.article_id "
                   "WHERE t.topic = ? AND a.duplicate_of IS NULL", slug)


@pytest.mark.parametrize("given", ["dan-van-kheo", "Dân vận khéo", "dan van kheo"])
def test_topic_trend_over_time(site, given: str) -> None:
    base, db = site
    got = {r["thang"]: r["so_bai"] for r in rows(base, "xu_huong_chu_de", chu_de=given)}
    assert got == dict(Counter(month for _, _, month in topic_articles(db, "dan-van-kheo")))
    assert list(got) == sorted(got)


def test_top_units_for_a_topic(site) -> None:
    base, db = site
    got = rows(base, "don_vi_dan_dau_chu_de", chu_de="mat-tran-doan-the")
    expected = Counter(unit for _, unit, _ in topic_articles(db, "mat-tran-doan-the"))
    assert {r["don_vi"]: r["so_bai"] for r in got} == dict(expected)
    assert [r["so_bai"] for r in got] == sorted((r["so_bai"] for r in got), reverse=True)


def test_search_within_a_unit_and_a_date_range(site) -> None:
    base, db = site
    [(unit,)] = sql(db, "SELECT unit FROM articles GROUP BY unit ORDER BY count(*) DESC LIMIT 1")
    start, end = "2016-01-01", "2019-12-31"
    got = rows(base, "tim_trong_don_vi", q="cong tac dan van", don_vi=unit, tu_ngay=start, den_ngay=end)
    candidates = sql(db, "SELECT a.id, a.kicker, a.title, a.sapo, t.body FROM articles a "
                         "JOIN article_texts t ON t.article_id = a.id WHERE a.unit = ? AND a.published_date "
                         "BETWEEN ? AND ?", unit, start, end)
    expected = {r[0] for r in candidates
                if {"cong", "tac", "dan", "van"} <= set(re.findall(r"\w+", fold(" ".join(p or "" for p in r[1:]))))}
    assert got and {r["id"] for r in got} == expected
    assert all(r["unit"] == unit and start <= r["published_at"][:10] <= end for r in got)
    assert all(r["trich_doan"] for r in got)
    everywhere = rows(base, "tim_trong_don_vi", q="cong tac dan van", don_vi="", tu_ngay="", den_ngay="")
    assert {r["id"] for r in got} < {r["id"] for r in everywhere}


def test_portals_by_freshness(site) -> None:
    base, db = site
    got = rows(base, "cong_theo_do_moi")
    newest = dict(sql(db, "SELECT portal, max(published_at) FROM articles GROUP BY portal"))
    assert {r["cong"]: r["bai_moi_nhat"] for r in got} == newest
    assert [r["bai_moi_nhat"] for r in got] == sorted(newest.values())


def test_duplicates_of_an_article(site) -> None:
    base, db = site
    [(copy, original)] = sql(db, "SELECT id, duplicate_of FROM articles WHERE duplicate_of IS NOT NULL LIMIT 1")
    cluster = {original} | {r[0] for r in sql(db, "SELECT id FROM articles WHERE duplicate_of = ?", original)}
    for asked in (copy, original):
        got = rows(base, "ban_dang_lai", id=str(asked))
        assert {r["id"] for r in got} == cluster
        assert [r["id"] for r in got if r["vai_tro"] == "bài gốc"] == [original]


def test_most_mentioned_units(site) -> None:
    base, db = site
    got = {r["don_vi_duoc_nhac"]: r["so_bai"] for r in rows(base, "don_vi_duoc_nhac", don_vi_dang="")}
    assert got == dict(Counter(name for (name,) in sql(db, "SELECT name FROM article_units")))


def test_newly_collected_articles(site) -> None:
    base, db = site
    got = rows(base, "bai_moi_thu_thap", tu_ngay="2000-01-01")
    assert len(got) == min(200, sql(db, "SELECT count(*) FROM articles")[0][0])


def canned_params(name: str, db: Path) -> dict[str, str]:
    """Parameters that give each canned query some rows on the crawled archive."""
    [(copy,)] = sql(db, "SELECT id FROM articles WHERE duplicate_of IS NOT NULL LIMIT 1")
    values = {"q": "dan van", "don_vi": "", "don_vi_dang": "", "tu_ngay": "", "den_ngay": "",
              "chu_de": "dan-van-kheo", "id": str(copy)}
    if name == "bai_moi_thu_thap":
        values["tu_ngay"] = "2000-01-01"
    return {k: v for k, v in values.items() if f":{k}" in CANNED[name]["sql"]}


@pytest.mark.parametrize("name", sorted(CANNED))
def test_every_canned_query_exports_json_and_csv(site, name: str) -> None:
    base, db = site
    params = canned_params(name, db)
    as_json = rows(base, name, **params)
    assert as_json, name
    as_csv = csv_rows(base, name, **params)
    assert len(as_csv) == len(as_json)
    assert list(as_csv[0]) == list(as_json[0])
    assert [str(v) if v is not None else "" for v in as_json[0].values()] == list(as_csv[0].values())


@pytest.mark.parametrize("table", ["articles", *VIEWS, "topics", "article_topics", "article_units", "portals",
                                   "crawl_runs"])
def test_every_table_and_view_exports_json_and_csv(site, table: str) -> None:
    base, db = site
    total = sql(db, f"SELECT count(*) FROM [{table}]")[0][0]
    assert total
    status, body = fetch(f"{base}archive/{table}.json?_size=0")
    assert json.loads(body)["filtered_table_rows_count"] == total
    status, body = fetch(f"{base}archive/{table}.csv?_stream=on&_size=max")
    assert status == 200
    assert len(list(csv.DictReader(io.StringIO(body)))) == total


def test_database_and_query_pages_speak_vietnamese(site) -> None:
    base, _ = site
    status, html = fetch(f"{base}archive")
    assert status == 200 and "Truy vấn mẫu" in html
    assert all(query["title"] in html for query in CANNED.values())
    assert '>Bài viết</a> <code>articles</code>' in html
    status, html = fetch(f"{base}archive/xu_huong_chu_de?chu_de=dan-van-kheo")
    assert status == 200
    assert f"<title>{CANNED['xu_huong_chu_de']['title']}</title>" in html
    assert 'scope="col">Tháng</th>' in html and 'scope="col">Số bài</th>' in html
    assert '<label for="qp1">Chủ đề</label>' in html
