"""The fast search page (/-/tim-kiem) shows the stock table page's numbers, through a real Datasette over HTTP.

A synthetic archive of 3,000 articles (bench/search_text.py: real corpus text, 44 units,
ten years, topics) is written through the real schema; every count the fast page shows
is compared with what stock Datasette computes for the same search and filters.
"""

from __future__ import annotations

import json
import sqlite3
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest

from bench.search_text import build
from crawler.archive import Archive
from crawler.archive.schema import APPLICATION_ID, MIGRATIONS
from crawler.archive.store import FACET_COLUMNS, _statements
from crawler.publish.search import escape_fts
from crawler.publish.serve import datasette_running

_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))
QUERIES = ("", "dan van", "Đảng", '"công tác dân vận"', "website", "khong co tu nay xyzzy")


def get(url: str) -> Any:
    with _OPENER.open(url, timeout=60) as response:
        return json.load(response)


@pytest.fixture(scope="module")
def archive_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fast") / "archive.db"
    build(path, 3000, seed=7, log=lambda _: None)
    return path


@pytest.fixture(scope="module")
def site(archive_path: Path) -> Iterator[str]:
    with datasette_running(archive_path) as base_url:
        yield base_url


def fast(base: str, **params: str | list[str]) -> dict[str, Any]:
    return get(f"{base}-/tim-kiem.json?{urlencode(params, doseq=True)}")


def stock(base: str, q: str, **filters: str) -> dict[str, Any]:
    """The articles table page's count and every configured facet, all values, as stock Datasette computes them."""
    params = {"_facet_size": "max", "_size": "50", "_shape": "objects", **filters}
    if q:
        params["_search"] = q
    data = get(f"{base}archive/articles.json?{urlencode(params)}")
    assert not data.get("facets_timed_out")
    facets = {name: {r["value"]: r["count"] for r in result["results"]}
              for name, result in data["facet_results"].items()}
    return {"total": data["filtered_table_rows_count"], "facets": facets, "rows": data["rows"]}


def stock_topics(base: str, q: str) -> dict[str, int]:
    """Topic counts by SQL through Datasette (escape_fts is the plugin's folding one)."""
    match = "select rowid from articles_fts where articles_fts match escape_fts(:q)"
    where = f"where t.article_id in ({match})" if q else ""
    sql = f"select t.topic, count(*) as n from article_topics t {where} group by t.topic"
    data = get(f"{base}archive.json?{urlencode({'sql': sql, 'q': q, '_shape': 'array'})}")
    return {r["topic"]: r["n"] for r in data}


def as_dict(items: list[dict[str, Any]]) -> dict[Any, int]:
    return {i["value"]: i["count"] for i in items}


@pytest.mark.parametrize("q", QUERIES)
def test_fast_page_counts_equal_the_stock_page(site: str, q: str) -> None:
    mine, theirs = fast(site, q=q), stock(site, q)
    assert mine["total"] == theirs["total"]
    assert set(theirs["facets"]) == {*FACET_COLUMNS, "topics"}  # every configured facet was computed
    for name in FACET_COLUMNS:
        assert as_dict(mine["facets"][name]) == theirs["facets"][name], name
    assert as_dict(mine["facets"]["topic"]) == stock_topics(site, q) == theirs["facets"]["topics"]
    if q == "":
        assert mine["counts_from"] == "facet_counts"
    if q == "dan van":
        assert mine["total"] > 1000  # a common term: the comparison is not over a handful of rows


def test_fast_page_filters_equal_stock_filters(site: str) -> None:
    unit = fast(site, q="dan van")["facets"]["unit"][1]["value"]
    mine = fast(site, q="dan van", unit=unit, year="2024")
    theirs = stock(site, "dan van", unit=unit, year="2024")
    assert 0 < mine["total"] == theirs["total"]
    # A facet with a chosen value lists its other values too, counted as the stock page counts
    # them without that facet's filter (so a second value can be added); the others as filtered.
    without = {"unit": stock(site, "dan van", year="2024"), "year": stock(site, "dan van", unit=unit)}
    for name in FACET_COLUMNS:
        assert as_dict(mine["facets"][name]) == without.get(name, theirs)["facets"][name], name
    assert [i["value"] for i in mine["facets"]["unit"] if i["selected"]] == [unit]
    assert [a["published_at"] for a in mine["articles"]] == [r["published_at"] for r in theirs["rows"]]


def test_several_values_of_a_facet_are_or_and_facets_and(site: str) -> None:
    units = [u["value"] for u in fast(site, q="dan van")["facets"]["unit"][:3]]
    years = ["2019", "2024"]
    categories = [c["value"] for c in fast(site)["facets"]["category"][:2]]
    mine = fast(site, q="dan van", unit=units, year=years, category=categories)
    theirs = stock(site, "dan van", unit__in=json.dumps(units), year__in=",".join(years),
                   category__in=json.dumps(categories))
    assert 0 < mine["total"] == theirs["total"]
    assert mine["filters"] == {"unit": units, "category": categories, "year": years}
    without = {
        "unit": stock(site, "dan van", year__in=",".join(years), category__in=json.dumps(categories)),
        "year": stock(site, "dan van", unit__in=json.dumps(units), category__in=json.dumps(categories)),
        "category": stock(site, "dan van", unit__in=json.dumps(units), year__in=",".join(years)),
    }
    for name in FACET_COLUMNS:
        assert as_dict(mine["facets"][name]) == without.get(name, theirs)["facets"][name], name
    assert [a["published_at"] for a in mine["articles"]] == [r["published_at"] for r in theirs["rows"]]


def test_several_topics_are_or(site: str, archive_path: Path) -> None:
    topics = [t["value"] for t in fast(site, q="dan van")["facets"]["topic"][-3:]]
    mine = fast(site, q="dan van", topic=topics)
    conn = sqlite3.connect(f"file:{archive_path}?mode=ro", uri=True)
    try:
        marks = ",".join("?" * len(topics))
        expected = conn.execute(
            f"""SELECT count(DISTINCT t.article_id) FROM article_topics t WHERE t.topic IN ({marks})
                AND t.article_id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)""",
            (*topics, escape_fts("dan van"))).fetchone()[0]
    finally:
        conn.close()
    assert 0 < mine["total"] == expected
    assert mine["total"] > max(t["count"] for t in mine["facets"]["topic"] if t["value"] in topics)
    # The topic facet itself is counted without the topic filter: every topic of the search.
    assert as_dict(mine["facets"]["topic"]) == stock_topics(site, "dan van")


def test_topic_filter_counts_the_articles_of_that_topic(site: str) -> None:
    topic = fast(site, q="dan van")["facets"]["topic"][0]
    assert fast(site, q="dan van", topic=topic["value"])["total"] == topic["count"]


def test_newest_first_lists_the_stock_page_rows(site: str) -> None:
    for q in ("dan van", "website"):
        mine, theirs = fast(site, q=q), stock(site, q)
        assert [a["published_at"] for a in mine["articles"]] == [r["published_at"] for r in theirs["rows"]]
        assert len(mine["articles"]) == min(50, theirs["total"])


def test_ranked_puts_title_matches_first(site: str) -> None:
    found = fast(site, q='"công tác dân vận"', sort="rank")["articles"]
    assert found and "công tác dân vận" in found[0]["title"].lower()


def test_html_page_shows_count_and_facets(site: str) -> None:
    with _OPENER.open(f"{site}-/tim-kiem?{urlencode({'q': 'dan van'})}", timeout=60) as response:
        html = response.read().decode("utf-8")
    total = fast(site, q="dan van")["total"]
    assert f"{total:,}".replace(",", ".") + " bài" in html
    assert "Chủ đề" in html and "Đơn vị" in html


def test_new_articles_show_at_once_and_counts_stay_exact(tmp_path: Path) -> None:
    path = tmp_path / "archive.db"
    build(path, 400, seed=3, log=lambda _: None)
    with datasette_running(path, follow_crawls=True) as base:  # as `danvan serve --follow-crawls`
        before = fast(base, q="dan van")
        assert fast(base)["counts_from"] == "facet_counts"
        archive = Archive.open(path)
        try:
            with archive.transaction():
                archive.conn.execute(
                    """INSERT INTO articles (url, portal, unit, province, title, category, published_at, year,
                           year_month, content_hash, first_seen, last_seen)
                       SELECT url || '?copy', portal, 'Quận Mới', province, 'Dân vận mới', 'Mới',
                           '2026-01-02T08:00:00+07:00', 2026, '2026-01', 'x', first_seen, last_seen
                       FROM articles WHERE id = 1""")
                new_id = archive.conn.execute("SELECT max(id) FROM articles").fetchone()[0]
                archive.conn.execute("INSERT INTO articles_fts (rowid, title, sapo, body) VALUES (?, ?, '', '')",
                                     (new_id, "dan van moi"))
                archive.conn.execute("UPDATE articles SET category = 'Đổi' WHERE id = 2")
        finally:
            archive.close()
        after = fast(base, q="dan van")
        assert after["total"] == before["total"] + 1
        assert as_dict(after["facets"]["unit"])["Quận Mới"] == 1
        assert after["articles"][0]["id"] == new_id  # newest first
        landing = fast(base)
        assert landing["counts_from"] == "index"  # facet_counts is stale until the next refresh
        for q in ("", "dan van"):
            mine, theirs = fast(base, q=q), stock(base, q)
            assert mine["total"] == theirs["total"]
            for name in FACET_COLUMNS:
                assert as_dict(mine["facets"][name]) == theirs["facets"][name], (q, name)
        archive = Archive.open(path)
        try:
            assert archive.refresh_facet_counts() == landing["total"]
        finally:
            archive.close()
        refreshed = fast(base)
        assert refreshed["counts_from"] == "facet_counts"
        assert refreshed["facets"] == landing["facets"]


def test_migration_gives_an_old_archive_its_facet_cells(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    for migration in MIGRATIONS:
        if migration.version < 6:
            for statement in _statements(migration.sql):
                conn.execute(statement)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 5")
    conn.execute("INSERT INTO portals (id, name, platform, status, base_url, start_urls) "
                 "VALUES ('p', 'P', 'generic', 'active', 'https://p.invalid', '[]')")
    for n, (unit, ym) in enumerate([("Quận A", "2020-01"), ("Quận A", "2020-01"), ("Quận B", None)]):
        conn.execute("INSERT INTO articles (url, portal, unit, title, year_month, content_hash, first_seen, last_seen)"
                     " VALUES (?, 'p', ?, 't', ?, 'h', 'x', 'x')", (f"https://p.invalid/{n}", unit, ym))
    conn.close()
    archive = Archive.open(path)
    try:
        cells = archive.conn.execute(
            "SELECT c.unit, c.year_month, count(*) FROM article_cells a JOIN facet_cells c USING (cell)"
            " GROUP BY c.cell ORDER BY c.unit").fetchall()
        assert cells == [("Quận A", "2020-01", 2), ("Quận B", None, 1)]
        assert archive.refresh_facet_counts() == 3
        counts = dict(archive.conn.execute("SELECT value, articles FROM facet_counts WHERE facet = 'unit'"))
        assert counts == {"Quận A": 2, "Quận B": 1}
        archive.delete_article("https://p.invalid/0")
        assert archive.conn.execute("SELECT count(*) FROM article_cells").fetchone()[0] == 2
    finally:
        archive.close()


def test_retag_refreshes_the_precomputed_counts(tmp_path: Path) -> None:
    from crawler.classify.retag import retag

    path = tmp_path / "archive.db"
    build(path, 200, seed=5, log=lambda _: None)
    archive = Archive.open(path)
    try:
        archive.conn.execute("DELETE FROM articles WHERE id = 1")
        stale = archive.conn.execute("SELECT articles FROM facet_counts_state").fetchone()[0]
    finally:
        archive.close()
    assert stale == 200
    retag(str(path))
    archive = Archive.open(path)
    try:
        state = archive.conn.execute("SELECT articles FROM facet_counts_state").fetchone()[0]
        topics = dict(archive.conn.execute("SELECT value, articles FROM facet_counts WHERE facet = 'topic'"))
        live = dict(archive.conn.execute("SELECT topic, count(*) FROM article_topics GROUP BY topic"))
    finally:
        archive.close()
    assert state == 199
    assert topics == live  # retag rewrote the topics; the counts follow


def test_home_page_links_to_the_search_page(site: str) -> None:
    with _OPENER.open(site, timeout=60) as response:
        html = response.read().decode("utf-8")
    assert 'href="/-/tim-kiem"' in html
