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
import string
import unicodedata
from collections import Counter
from pathlib import Path
from urllib.parse import urlencode

import pytest

from crawler.core.text import fold
from crawler.publish.serve import METADATA
from tests.browser import fetch
from tests.helpers import read_rows

_METADATA = json.loads(METADATA.read_text(encoding="utf-8"))
CANNED = _METADATA["databases"]["archive"]["queries"]
LABELS = _METADATA["plugins"]["danvan"]["column_labels"]
INTERNAL = ("facet_cells", "article_cells", "facet_counts", "facet_counts_state", "article_bands", "duplicates_pending")
# The letters of the Vietnamese alphabet that plain ASCII lacks: đ, and each vowel with its tone marks.
VIETNAMESE_LETTERS = {"đ"} | {
    unicodedata.normalize("NFC", vowel + tone) for vowel in "aăâeêioôơuưy"
    for tone in ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")} - set(string.ascii_lowercase)
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


def vietnamese(text: str) -> bool:
    """Whether the text holds a letter only Vietnamese writes (ă, â, đ, ê, ô, ơ, ư, or a tone mark)."""
    return any(c in VIETNAMESE_LETTERS for c in text.lower())


def parameters(query_sql: str) -> list[str]:
    """The named parameters of a canned query's SQL, in order (`::` casts are not parameters)."""
    return list(dict.fromkeys(re.findall(r"(?<![:\w]):([A-Za-z_]\w*)", query_sql)))


def test_the_vietnamese_check_tells_vietnamese_from_other_accented_text() -> None:
    assert vietnamese("Số bài theo đơn vị") and vietnamese("Đ") and vietnamese("Xu hướng")
    assert len(VIETNAMESE_LETTERS) == 67  # 12 vowels × 6 tones, less the 6 plain ones, and đ
    assert not vietnamese("Articles per unit") and not vietnamese("Größe, niño, façade, ø → œ")


def test_at_least_eight_canned_queries_with_vietnamese_titles() -> None:
    assert len(CANNED) >= 8
    for name, query in CANNED.items():
        assert vietnamese(query["title"]), name
        assert vietnamese(query.get("description", "")), name
    with_params = {name: parameters(q["sql"]) for name, q in CANNED.items() if parameters(q["sql"])}
    assert len(with_params) >= 8, sorted(with_params)
    # Every parameter is labelled in Vietnamese on the query page.
    missing = [f"{name}:{p}" for name, params in with_params.items() for p in params
               if not (LABELS.get(p) and vietnamese(LABELS[p]))]
    assert not missing


def test_canned_query_pages_show_their_parameters_labelled(site) -> None:
    base, _ = site
    for name, query in CANNED.items():
        status, html = fetch(f"{base}archive/{name}")
        assert status == 200, name
        shown = re.findall(r'<label for="qp\d+">([^<]*)</label>', html)
        assert shown == [LABELS[p] for p in parameters(query["sql"])], name


def served_labels(base: str) -> tuple[dict[str, str], dict[str, dict]]:
    """Column labels and table metadata as the running Datasette serves them."""
    status, body = fetch(f"{base}-/metadata.json")
    assert status == 200
    served = json.loads(body)
    return served["plugins"]["danvan"]["column_labels"], served["databases"]["archive"]["tables"]


def test_every_table_and_column_shown_to_staff_has_a_vietnamese_label(site) -> None:
    base, db = site
    labels, tables = served_labels(base)
    status, body = fetch(f"{base}archive.json")
    hidden = {t["name"] for t in json.loads(body)["tables"] if t["hidden"]}
    fts = [name for (name,) in sql(db, "SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "AND sql LIKE 'CREATE VIRTUAL TABLE % USING fts%'")]
    shown = [(name, kind) for name, kind in sql(db, "SELECT name, type FROM sqlite_master WHERE type IN "
                                                    "('table', 'view') AND name NOT LIKE 'sqlite%' ORDER BY name")
             if name not in hidden and not any(name == f or name.startswith(f"{f}_") for f in fts)]
    assert {"articles", "articles_unique", "crawl_runs", "wayback_captures"} <= {name for name, _ in shown}
    missing = []
    for name, kind in shown:
        title = (tables.get(name) or {}).get("title")
        if not (title and vietnamese(title)):
            missing.append(f"{kind} {name}: no Vietnamese title")
        columns = [row[1] for row in sql(db, f"PRAGMA table_info([{name}])")]
        status, body = fetch(f"{base}archive/{name}.json?_size=1")
        assert status == 200, name
        columns += json.loads(body)["columns"]  # and what Datasette adds (rowid)
        missing += [f"{name}.{column}" for column in dict.fromkeys(columns) if not labels.get(column)]
    assert not missing


@pytest.mark.parametrize("name", sorted(CANNED))
def test_every_canned_query_column_has_a_label(site, name: str) -> None:
    base, db = site
    status, body = fetch(f"{base}archive/{name}.json?{urlencode(canned_params(name, db))}")
    assert status == 200, body[:500]
    columns = json.loads(body)["columns"]
    labels, _ = served_labels(base)
    assert columns and [c for c in columns if not labels.get(c)] == []


def test_the_internal_tables_are_hidden_from_staff_but_open_to_sql(site) -> None:
    base, db = site
    status, body = fetch(f"{base}archive.json")
    hidden = {t["name"]: t["hidden"] for t in json.loads(body)["tables"]}
    status, html = fetch(f"{base}archive")
    for table in INTERNAL:
        assert hidden[table] is True, table
        assert f"<code>{table}</code>" not in html
        [(count,)] = sql(db, f"SELECT count(*) FROM [{table}]")
        status, body = fetch(f"{base}archive.json?{urlencode({'sql': f'select count(*) as n from [{table}]'})}"
                             "&_shape=array")
        assert status == 200 and json.loads(body) == [{"n": count}]
    assert "<code>wayback_captures</code>" in html


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


def test_portals_by_freshness_in_one_province(site) -> None:
    base, db = site
    [(province,)] = sql(db, "SELECT province FROM articles GROUP BY province ORDER BY count(DISTINCT portal) LIMIT 1")
    wanted = {portal for (portal,) in sql(db, "SELECT DISTINCT portal FROM articles WHERE province = ?", province)}
    assert wanted < {portal for (portal,) in sql(db, "SELECT DISTINCT portal FROM articles")}
    # As staff type it: the province's name without accents, nor the "Thành phố" in front.
    typed = fold(province).removeprefix("thanh pho ")
    for given in (province, typed):
        assert {r["cong"] for r in rows(base, "cong_theo_do_moi", tinh=given)} == wanted, given


def test_articles_per_unit_and_year_in_a_date_range(site) -> None:
    base, db = site
    start, end = "2015-01-01", "2018-12-31"
    got = {(r["unit"], r["year"]): r["articles"] for r in rows(base, "so_bai_theo_don_vi", tu_ngay=start,
                                                                  den_ngay=end)}
    expected = Counter((unit, year) for unit, year, day in sql(db, "SELECT unit, year, published_date FROM articles")
                       if start <= day <= end)
    assert got and got == dict(expected)
    everything = rows(base, "so_bai_theo_don_vi", tu_ngay="", den_ngay="")
    assert sum(r["articles"] for r in everything) == sql(db, "SELECT count(*) FROM articles")[0][0]
    assert sum(got.values()) < sum(r["articles"] for r in everything)


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
              "chu_de": "dan-van-kheo", "id": str(copy), "tinh": ""}
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
