"""The staff search page (/-/tim-kiem) through a real Datasette on a free port, and in headless Chromium.

A synthetic archive of 3,000 articles of real corpus text (bench/search_text.py), plus two
undated articles, is served as `danvan serve` serves it. Every expectation is computed with
SQL on the same file: keyset pages, several values per facet, date ranges, the three orders,
names for ids, facet order, chips, exports, the Atom feed, bounds on input and the SQL time
limit.
"""

from __future__ import annotations

import concurrent.futures
import csv
import datetime as dt
import io
import json
import re
import sqlite3
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, parse_qsl, urlencode, urljoin, urlsplit

import pytest

from bench.search_text import build
from crawler.archive import Archive
from crawler.archive.ranking import refresh_ranking
from crawler.publish.search import escape_fts
from crawler.publish.search_page import _RUNNING, EXPORT_COLUMNS, FACETS, MAX_QUERY, PAGE_SIZE, _Helpers
from crawler.publish.serve import ServeOptions, datasette_running, password_from_env

_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))
ATOM = {"a": "http://www.w3.org/2005/Atom"}
RANK = "bm25(articles_fts, 10.0, 4.0, 1.0)"
# 132 prefix terms (395 characters, under the cap): seconds of full-text work on this archive.
HEAVY = " ".join(f"{c}*" for c in "abcdeghiklmnopqrstuvxy" * 6)


def fetch(url: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    """Status, headers (names in lower case) and body of a GET; an HTTP error status is returned, not raised."""
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with _OPENER.open(request, timeout=60) as response:
            return response.status, {k.lower(): v for k, v in response.headers.items()}, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, {k.lower(): v for k, v in exc.headers.items()}, exc.read()


def page(base: str, params: list[tuple[str, str]] | dict[str, Any] | None = None) -> dict[str, Any]:
    status, _headers, body = fetch(f"{base}-/tim-kiem.json?{urlencode(params or {}, doseq=True)}")
    assert status == 200, body[:500]
    return json.loads(body)


def html(base: str, params: list[tuple[str, str]] | dict[str, Any] | None = None) -> str:
    status, _headers, body = fetch(f"{base}-/tim-kiem?{urlencode(params or {}, doseq=True)}")
    assert status == 200, body[:500]
    return body.decode("utf-8")


@pytest.fixture(scope="module")
def archive_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("tim-kiem") / "archive.db"
    build(path, 3000, seed=11, log=lambda _: None)
    archive = Archive.open(path)
    try:
        with archive.transaction():
            # Two articles without a publication date: last when newest first, first when oldest first.
            for n in (1, 2):
                archive.conn.execute(
                    """INSERT INTO articles (url, portal, unit, province, title, category, content_hash, first_seen,
                           last_seen, topics)
                       SELECT url || ?, portal, unit, province, 'Dân vận không ngày ' || ?, category, 'x',
                           first_seen, last_seen, topics FROM articles WHERE id = ?""", (f"?undated={n}", n, n))
                new_id = archive.conn.execute("SELECT max(id) FROM articles").fetchone()[0]
                archive.conn.execute("INSERT INTO article_topics (article_id, topic, score) "
                                     "SELECT ?, topic, score FROM article_topics WHERE article_id = ?", (new_id, n))
                archive.conn.execute("INSERT INTO articles_fts (rowid, title, sapo, body) VALUES (?, ?, '', '')",
                                     (new_id, f"dan van khong ngay {n}"))
        archive.refresh_facet_counts()
        refresh_ranking(archive.conn)  # as after every crawl: words' matches come from the stored postings
    finally:
        archive.close()
    return path


@pytest.fixture(scope="module")
def site(archive_path: Path) -> Iterator[str]:
    with datasette_running(archive_path) as base_url:
        yield base_url


def sql(db: Path, query: str, params: tuple[Any, ...] | list[Any] = ()) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute(query, params).fetchall()
    finally:
        conn.close()


def where(q: str = "", since: str | None = None, until: str | None = None,
          **filters: list[str]) -> tuple[str, list[Any]]:
    """The selection as SQL over `articles a`, written independently of the page's code."""
    clauses, params = ["1"], []
    if q:
        clauses.append("a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
        params.append(escape_fts(q))
    for name, values in filters.items():
        marks = ",".join("?" * len(values))
        if name == "topic":
            clauses.append(f"a.id IN (SELECT article_id FROM article_topics WHERE topic IN ({marks}))")
        else:
            clauses.append(f"CAST(a.{name} AS TEXT) IN ({marks})")
        params += values
    if since:
        clauses.append("a.published_date >= ?")
        params.append(since)
    if until:
        clauses.append("a.published_date <= ?")
        params.append(until)
    return " AND ".join(clauses), params


def expected_ids(db: Path, order: str = "newest", **selection: Any) -> list[int]:
    clause, params = where(**selection)
    if order == "rank":
        return [r[0] for r in sql(db, f"""SELECT a.id FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
            WHERE articles_fts MATCH ? AND {clause} ORDER BY {RANK}, a.published_at DESC, a.id DESC""",
                                  [escape_fts(selection["q"]), *params])]
    direction = "DESC" if order == "newest" else "ASC"
    return [r[0] for r in sql(db, f"SELECT a.id FROM articles a WHERE {clause} "
                                  f"ORDER BY a.published_at {direction}, a.id {direction}", params)]


def as_params(q: str = "", since: str | None = None, until: str | None = None, **filters: list[str]) -> list[
        tuple[str, str]]:
    pairs = [("q", q)] if q else []
    pairs += [(name, v) for name, values in filters.items() for v in values]
    pairs += [(k, v) for k, v in (("tu", since), ("den", until)) if v]
    return pairs


def walk(base: str, params: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """Every page of a selection, following each page's next link."""
    pages = [page(base, params)]
    while pages[-1]["next"]:
        assert len(pages) < 200
        status, _h, body = fetch(urljoin(base, pages[-1]["next_url"]))
        assert status == 200
        pages.append(json.loads(body))
    return pages


def top(base: str, facet: str, n: int, **params: Any) -> list[str]:
    return [str(i["value"]) for i in page(base, params)["facets"][facet][:n]]


# Keyset paging.


def test_the_same_words_reuse_their_matches_until_the_archive_changes(tmp_path: Path) -> None:
    """Words are matched from stored postings (phrases by FTS5); the next page, another filter or
    order of the same words reuses that list; any change to the archive makes a new one."""
    path = tmp_path / "archive.db"
    build(path, 400, seed=5, log=lambda _: None)
    archive = Archive.open(path)
    try:
        refresh_ranking(archive.conn)
    finally:
        archive.close()
    with datasette_running(path, follow_crawls=True) as base:  # as `danvan serve --follow-crawls`
        first = page(base, {"q": "dan van"})
        assert first["matches_from"] == "postings"
        assert [a["id"] for a in first["articles"]] == expected_ids(path, q="dan van")[:PAGE_SIZE]
        unit = str(first["facets"]["unit"][0]["value"])
        again = page(base, {"q": "Dân Vận", "unit": unit, "sort": "oldest"})  # the same words, folded
        assert again["matches_from"] == "cache"
        assert [a["id"] for a in again["articles"]] == expected_ids(path, "oldest", q="dan van", unit=[unit])[
            :PAGE_SIZE]
        assert page(base, {"q": '"dan van"'})["matches_from"] == "fts"
        assert page(base, {"q": '"dan van" doan'})["matches_from"] == "postings"
        archive = Archive.open(path)
        try:
            with archive.transaction():
                archive.conn.execute("UPDATE articles SET title = 'Dân vận đổi tên' WHERE id = ?",
                                     (first["articles"][-1]["id"],))
                archive.conn.execute("DELETE FROM articles WHERE id = ?", (first["articles"][0]["id"],))
        finally:
            archive.close()
        after = page(base, {"q": "dan van"})
        assert after["matches_from"] == "postings"
        assert after["total"] == len(expected_ids(path, q="dan van")) == first["total"] - 1


def test_spare_connections_are_lent_only_while_cores_are_idle(tmp_path: Path) -> None:
    """A phrase's FTS5 pass is cut in parts on idle cores only: a search that starts while
    others keep the cores busy runs in one pass, and connections come back for the next."""
    path = tmp_path / "archive.db"
    sqlite3.connect(path).close()
    conn = sqlite3.connect(path)
    pool = _Helpers(3, cores=4)
    _RUNNING.context = (1000, "?mode=ro")
    try:
        with pool.lent(conn) as alone:
            assert len(alone) == 3  # the other three cores
            with pool.lent(conn) as meanwhile:
                assert meanwhile == []
        with pool.lent(conn) as later:
            assert sorted(map(id, later)) == sorted(map(id, alone))  # the same connections, not new ones
        narrow = _Helpers(1, cores=4)
        with narrow.lent(conn) as one, narrow.lent(conn) as two, narrow.lent(conn) as three:
            assert (len(one), len(two), len(three)) == (1, 1, 0)
        assert pool.running == narrow.running == 0
    finally:
        _RUNNING.context = None
        conn.close()


@pytest.mark.parametrize("order", ["newest", "oldest"])
def test_keyset_pages_walk_the_whole_selection_in_order(site: str, archive_path: Path, order: str) -> None:
    units = top(site, "unit", 2)
    selection = {"q": "dan van", "unit": units}
    pages = walk(site, [*as_params(**selection), ("sort", order)])
    ids = [a["id"] for p in pages for a in p["articles"]]
    assert ids == expected_ids(archive_path, order, **selection)
    assert len(pages) > 2 and all(len(p["articles"]) == PAGE_SIZE for p in pages[:-1])
    assert [(p["first"], p["last"]) for p in pages] == [
        (n * PAGE_SIZE + 1, n * PAGE_SIZE + len(p["articles"])) for n, p in enumerate(pages)]
    # The cursor is the last row's sort key: its publication time and id.
    last = pages[0]["articles"][-1]
    assert parse_qs(urlsplit(pages[0]["next_url"]).query)["sau"] == [f"{last['published_at']}~{last['id']}"]


def test_undated_articles_come_last_newest_first_and_first_oldest_first(site: str, archive_path: Path) -> None:
    undated = [r[0] for r in sql(archive_path, "SELECT id FROM articles WHERE published_at IS NULL ORDER BY id")]
    assert len(undated) == 2
    newest = [a["id"] for p in walk(site, [("q", "dan van")]) for a in p["articles"]]
    oldest = [a["id"] for p in walk(site, [("q", "dan van"), ("sort", "oldest")]) for a in p["articles"]]
    assert newest[-2:] == undated[::-1] and oldest[:2] == undated
    assert newest == oldest[::-1] == expected_ids(archive_path, "newest", q="dan van")
    # A page that ends on an undated article: its cursor has no date.
    after_first = page(site, {"q": "dan van", "sort": "oldest", "sau": f"~{undated[0]}"})
    assert [a["id"] for a in after_first["articles"]] == oldest[1:1 + PAGE_SIZE]
    assert [a["id"] for a in page(site, {"q": "dan van", "sau": f"~{undated[1]}"})["articles"]] == [undated[0]]


def test_the_first_page_without_a_query_reads_the_precomputed_counts(site: str, archive_path: Path) -> None:
    for order in ("newest", "oldest"):
        first = page(site, {"sort": order})
        assert first["counts_from"] == "facet_counts"
        assert [a["id"] for a in first["articles"]] == expected_ids(archive_path, order)[:PAGE_SIZE]
        second = json.loads(fetch(urljoin(site, first["next_url"]))[2])
        assert [a["id"] for a in second["articles"]] == expected_ids(archive_path, order)[PAGE_SIZE:2 * PAGE_SIZE]


def test_a_cursor_whose_row_is_gone_continues_after_its_key(site: str, archive_path: Path) -> None:
    ordered = expected_ids(archive_path, "newest")
    [(published_at,)] = sql(archive_path, "SELECT published_at FROM articles WHERE id = ?", (ordered[700],))
    gone = 10 ** 9  # no such article: the page continues after its key (published_at, id)
    data = page(site, {"sau": f"{published_at}~{gone}"})
    expected = [r[0] for r in sql(archive_path, "SELECT id FROM articles WHERE (published_at, id) < (?, ?) "
                                                "ORDER BY published_at DESC, id DESC LIMIT ?",
                                  (published_at, gone, PAGE_SIZE))]
    assert [a["id"] for a in data["articles"]] == expected


def test_relevance_pages_follow_the_ranked_order(site: str, archive_path: Path) -> None:
    topic = top(site, "topic", 1, q="dan van")
    selection = {"q": "dan van", "topic": topic}
    pages = walk(site, [*as_params(**selection), ("sort", "rank")])
    ids = [a["id"] for p in pages for a in p["articles"]]
    assert len(pages) > 2 and ids == expected_ids(archive_path, "rank", **selection)
    assert parse_qs(urlsplit(pages[0]["next_url"]).query)["sau"] == [str(PAGE_SIZE)]
    # Without a filter the ranking is asked of SQLite with its own limit and offset.
    unfiltered = [a["id"] for p in walk(site, [("q", "website"), ("sort", "rank")]) for a in p["articles"]]
    assert unfiltered == expected_ids(archive_path, "rank", q="website")


# Several values per facet, dates, sorting.


def test_several_values_per_facet_or_within_and_across(site: str, archive_path: Path) -> None:
    selection = {"q": "dan van", "portal": top(site, "portal", 3), "topic": top(site, "topic", 2, q="dan van"),
                 "year_month": top(site, "year_month", 40)[::7], "province": top(site, "province", 1)}
    data = page(site, as_params(**selection))
    clause, params = where(**selection)
    assert 0 < data["total"] == sql(archive_path, f"SELECT count(*) FROM articles a WHERE {clause}", params)[0][0]
    assert [a["id"] for a in data["articles"]] == expected_ids(archive_path, **selection)[:PAGE_SIZE]
    for name, values in selection.items():
        if name != "q":
            assert sorted(str(i["value"]) for i in data["facets"][name] if i["selected"]) == sorted(values)


def test_a_date_range_keeps_the_articles_published_in_it(site: str, archive_path: Path) -> None:
    [(day,)] = sql(archive_path, "SELECT published_date FROM articles WHERE id = ?",
                   (expected_ids(archive_path, q="dan van")[100],))
    for since, until in (("2019-03-01", "2021-06-30"), ("2024-02-29", None), (None, "2016-12-31"), (day, day)):
        selection = {"q": "dan van", "since": since, "until": until}
        data = page(site, as_params(**selection))
        ids = expected_ids(archive_path, **selection)
        assert data["total"] == len(ids) > 0 and [a["id"] for a in data["articles"]] == ids[:PAGE_SIZE]
        assert (data["tu"], data["den"]) == (since, until)
        months = {str(i["value"]) for i in data["facets"]["year_month"] if i["count"]}
        assert all((since or "0")[:7] <= m <= (until or "9")[:7] for m in months)
    # With facets too, and the oldest first.
    units = top(site, "unit", 3)
    selection = {"unit": units, "since": "2018-01-01", "until": "2020-12-31"}
    walked = walk(site, [*as_params(**selection), ("sort", "oldest")])
    assert [a["id"] for p in walked for a in p["articles"]] == expected_ids(archive_path, "oldest", **selection)


@pytest.mark.parametrize(("params", "words"), [
    ({"tu": "2024-13-01"}, "không phải một ngày"),
    ({"den": "31/05/2024"}, "YYYY-MM-DD"),
    ({"tu": "2024-02-30"}, "không phải một ngày"),
    ({"tu": "2024-06-01", "den": "2024-05-01"}, "Khoảng ngày ngược"),
    ({"sort": "relevance"}, "Cách sắp xếp “relevance” không có"),
    ({"sort": "x" * 5000}, "Cách sắp xếp"),
    ({"sau": "abc"}, "trang sau"),
    ({"q": "dan", "sort": "rank", "sau": "2024-01-01~5"}, "trang sau"),
    ({"q": "d" * (MAX_QUERY + 1)}, "Từ khoá quá dài: 501 ký tự"),
    ({"unit": [f"Quận {n}" for n in range(51)]}, "Chọn quá nhiều giá trị cho “Đơn vị”"),
])
def test_bad_input_is_a_clear_vietnamese_400(site: str, params: dict[str, Any], words: str) -> None:
    query = urlencode(params, doseq=True)
    status, headers, body = fetch(f"{site}-/tim-kiem?{query}")
    assert status == 400 and headers["content-type"].startswith("text/html")
    text = body.decode("utf-8")
    assert words in text and "Traceback" not in text
    assert 'name="q"' in text  # the form is there to correct the search
    status, _h, body = fetch(f"{site}-/tim-kiem.json?{query}")
    assert status == 400 and words in json.loads(body)["error"]
    for fmt in (".csv", ".atom"):
        status, _h, body = fetch(f"{site}-/tim-kiem{fmt}?{query}")
        assert status == 400 and words in body.decode("utf-8")


def test_relevance_without_words_is_newest_first(site: str, archive_path: Path) -> None:
    data = page(site, {"sort": "rank"})
    assert data["sort"] == "rank" and data["order"] == "newest"
    assert [a["id"] for a in data["articles"]] == expected_ids(archive_path)[:PAGE_SIZE]


# What staff read: names, facet order, chips, links, the save form.


def test_names_not_ids_and_links_keep_the_ids(site: str, archive_path: Path) -> None:
    portals = dict(sql(archive_path, "SELECT id, name FROM portals"))
    topics = dict(sql(archive_path, "SELECT slug, label FROM topics"))
    data = page(site, {"q": "dan van"})
    assert data["facets"]["portal"] and all(i["label"] == portals[i["value"]] for i in data["facets"]["portal"])
    assert data["facets"]["topic"] and all(i["label"] == topics[i["value"]] for i in data["facets"]["topic"])
    assert all(i["label"] == i["value"] for i in data["facets"]["unit"])
    for article in data["articles"]:
        assert article["portal_name"] == portals[article["portal"]]
        slugs = [r[0] for r in sql(archive_path, "SELECT value FROM articles, json_each(articles.topics) "
                                                 "WHERE articles.id = ?", (article["id"],))]
        assert [t["label"] for t in article["topics"]] == [topics[s] for s in slugs]
    text = html(site, {"q": "dan van"})
    portal = data["facets"]["portal"][0]
    link = re.search(r'<a href="([^"]+)" data-facet-value="' + re.escape(portal["value"]) + r'">([^<]+)</a>', text)
    assert link and link.group(2) == portal["label"]
    assert parse_qs(urlsplit(link.group(1).replace("&amp;", "&")).query)["portal"] == [portal["value"]]
    topic = data["facets"]["topic"][0]
    assert f'data-facet-value="{topic["value"]}">{topic["label"]}</a>' in text


def test_dates_facets_newest_first_the_others_by_count(site: str) -> None:
    for params in ({}, {"q": "dan van"}, {"q": "dan van", "unit": top(site, "unit", 1)}):
        facets = page(site, params)["facets"]
        for name in ("year", "year_month"):
            values = [str(i["value"]) for i in facets[name]]
            assert len(values) > 5 and values == sorted(values, reverse=True), name
        for name in ("unit", "province", "portal", "category", "topic"):
            counts = [i["count"] for i in facets[name]]
            assert counts == sorted(counts, reverse=True), name


def chips(text: str) -> list[tuple[str, str]]:
    """(chip text, removal link) of each chip of a page."""
    found = re.findall(r'<span class="tim-kiem-chip">(.*?)<a class="chip-remove" href="([^"]+)"', text, re.S)
    return [(" ".join(re.sub(r"<[^>]+>", "", label).split()), href.replace("&amp;", "&")) for label, href in found]


def test_chips_show_the_filters_and_each_removes_its_own(site: str, archive_path: Path) -> None:
    units = top(site, "unit", 2)
    topic = top(site, "topic", 1)
    label = sql(archive_path, "SELECT label FROM topics WHERE slug = ?", topic)[0][0]
    params = [*as_params(q="dan van", unit=units, topic=topic, since="2018-01-01", until="2024-12-31"),
              ("sort", "oldest")]
    text = html(site, params)
    found = chips(text)
    assert [c[0] for c in found] == ["Từ khoá: “dan van”", f"Đơn vị: {units[0]}", f"Đơn vị: {units[1]}",
                                     f"Chủ đề: {label}", "Từ ngày: 01/01/2018", "Đến ngày: 31/12/2024"]
    for (_, href), removed in zip(found, params, strict=False):
        left = parse_qsl(urlsplit(href).query)
        assert removed not in left and sorted(left) == sorted(p for p in params if p != removed)
        assert fetch(urljoin(site, href))[0] == 200
    assert '<a class="tim-kiem-clear" href="/-/tim-kiem">Xoá tất cả</a>' in text
    assert chips(html(site)) == []


def test_each_result_links_to_its_readable_article_page(site: str, archive_path: Path) -> None:
    text = html(site, {"q": "dan van"})
    links = re.findall(r'<td class="col-title"><a href="([^"]+)">([^<]+)</a>', text)
    ids = expected_ids(archive_path, q="dan van")[:PAGE_SIZE]
    assert [href for href, _ in links] == [f"/archive/articles/{i}" for i in ids]
    status, _h, body = fetch(urljoin(site, links[0][0]))
    [(title,)] = sql(archive_path, "SELECT title FROM articles WHERE id = ?", (ids[0],))
    assert status == 200 and 'class="article-title"' in body.decode() and title in body.decode()


def test_the_save_form_posts_the_search_with_a_csrf_token(site: str) -> None:
    params = [("q", "dan van"), ("unit", top(site, "unit", 1)[0]), ("tu", "2020-01-01")]
    first = page(site, params)
    text = html(site, [*params, ("sau", first["next"])])
    form = re.search(r'<form class="tim-kiem-save" action="/-/tim-kiem/luu" method="post">(.*?)</form>', text, re.S)
    assert form
    fields = dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', form.group(1)))
    assert len(fields["csrftoken"]) > 10
    assert parse_qsl(fields["params"].replace("&amp;", "&")) == params  # the search, from its first page
    assert 'name="name"' in form.group(1) and 'value="Lưu tìm kiếm này"' in form.group(1)


# Exports and the feed.


def test_csv_and_json_export_every_article_of_the_selection(site: str, archive_path: Path) -> None:
    selection = {"q": "dan van", "topic": top(site, "topic", 2), "since": "2017-01-01"}
    ids = expected_ids(archive_path, **selection)
    assert len(ids) > 5 * PAGE_SIZE  # the whole selection, not a page
    portals = dict(sql(archive_path, "SELECT id, name FROM portals"))
    topics = dict(sql(archive_path, "SELECT slug, label FROM topics"))
    rows = {r[0]: r for r in sql(archive_path, "SELECT id, title, unit, portal, category, published_at, url, topics "
                                               "FROM articles")}
    status, headers, body = fetch(f"{site}-/tim-kiem.csv?{urlencode(as_params(**selection))}")
    assert status == 200 and headers["content-type"] == "text/csv; charset=utf-8"
    assert headers["content-disposition"].startswith("attachment")
    table = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert tuple(table[0]) == EXPORT_COLUMNS
    assert [int(r[0]) for r in table[1:]] == ids
    for line in table[1:]:
        row = rows[int(line[0])]
        assert line[1:] == [row[1], row[2], portals[row[3]], row[4], row[5], row[6],
                            "; ".join(topics[s] for s in json.loads(row[7]))]
        assert line[5].endswith("+07:00")
    status, headers, body = fetch(f"{site}-/tim-kiem.json?{urlencode([*as_params(**selection), ('_stream', 'on')])}")
    assert status == 200 and headers["content-type"].startswith("application/json")
    exported = json.loads(body)
    assert [a["id"] for a in exported] == ids
    assert set(exported[0]) == set(EXPORT_COLUMNS) and exported[0]["portal"] == portals[rows[ids[0]][3]]
    # Oldest first when the page is.
    status, _h, body = fetch(f"{site}-/tim-kiem.csv?{urlencode([*as_params(**selection), ('sort', 'oldest')])}")
    assert [int(r[0]) for r in list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))[1:]] == ids[::-1]


def test_the_atom_feed_is_the_newest_fifty_of_the_selection(site: str, archive_path: Path) -> None:
    selection = {"q": "dan van", "unit": top(site, "unit", 2)}
    params = [*as_params(**selection), ("sort", "oldest")]  # the feed is newest first whatever the page's order
    status, headers, body = fetch(f"{site}-/tim-kiem.atom?{urlencode(params)}")
    assert status == 200 and headers["content-type"] == "application/atom+xml; charset=utf-8"
    feed = ET.fromstring(body)
    assert feed.tag == "{http://www.w3.org/2005/Atom}feed"
    for name in ("id", "title", "updated", "author/a:name"):
        assert (feed.findtext(f"a:{name}", namespaces=ATOM) or "").strip(), name
    own = urlsplit(feed.find("a:link[@rel='self']", ATOM).get("href"))
    assert own.path == "/-/tim-kiem.atom" and sorted(parse_qsl(own.query)) == sorted(params)
    entries = feed.findall("a:entry", ATOM)
    ids = expected_ids(archive_path, **selection)[:50]
    assert len(entries) == 50 and [int(e.findtext("a:id", namespaces=ATOM).rsplit("/", 1)[1]) for e in entries] == ids
    published = dict(sql(archive_path, f"SELECT id, published_at FROM articles WHERE id IN ({','.join('?' * 50)})",
                         ids))
    updated = []
    for entry, article_id in zip(entries, ids, strict=True):
        link = entry.find("a:link[@rel='alternate']", ATOM).get("href")
        assert link == entry.findtext("a:id", namespaces=ATOM) == f"{site}archive/articles/{article_id}"
        when = dt.datetime.fromisoformat(entry.findtext("a:updated", namespaces=ATOM))
        assert when.tzinfo is not None and when == dt.datetime.fromisoformat(published[article_id])
        assert entry.findtext("a:title", namespaces=ATOM)
        updated.append(when)
    assert dt.datetime.fromisoformat(feed.findtext("a:updated", namespaces=ATOM)) == max(updated)
    status, _h, body = fetch(entries[0].find("a:link[@rel='alternate']", ATOM).get("href"))
    assert status == 200 and entries[0].findtext("a:title", namespaces=ATOM) in body.decode()


# Bounds: the time limit, long input, concurrent heavy requests.


def test_a_search_past_the_sql_time_limit_answers_a_message(archive_path: Path) -> None:
    with datasette_running(archive_path, options=ServeOptions(sql_time_limit_ms=300)) as base:
        for fmt in ("", ".json", ".csv", ".atom"):
            started = time.perf_counter()
            status, _headers, body = fetch(f"{base}-/tim-kiem{fmt}?{urlencode({'q': HEAVY})}")
            elapsed = time.perf_counter() - started
            text = body.decode("utf-8")
            assert status == 503, (fmt, status, text[:300])
            assert "quá 0,3 giây" in text and "Hãy thu hẹp" in text and "Traceback" not in text
            assert elapsed < 1.5, elapsed  # the search alone takes seconds
        assert fetch(f"{base}-/tim-kiem.json?q=dan+van")[0] == 200  # the server goes on answering


def test_long_queries_and_heavy_searches_never_hold_the_server(archive_path: Path) -> None:
    with datasette_running(archive_path, options=ServeOptions(sql_time_limit_ms=500)) as base:
        fetch(f"{base}-/tim-kiem.json?q=dan")  # the index is loaded, as on a server in use
        status, _h, body = fetch(f"{base}-/tim-kiem?{urlencode({'q': 'd' * 50_000})}")
        assert status == 400 and "Từ khoá quá dài: 50.000 ký tự" in body.decode()
        # 50,000 characters of words: thousands of terms, were it run.
        urls = [f"{base}-/tim-kiem{fmt}?{urlencode({'q': 'dan van ' * 6_250})}" for fmt in ("", ".json", ".csv")] * 2
        urls += [f"{base}-/tim-kiem{fmt}?{urlencode({'q': HEAVY})}" for fmt in ("", ".json", ".csv", ".atom")]
        with concurrent.futures.ThreadPoolExecutor(len(urls)) as pool:
            started = time.perf_counter()
            heavy = [pool.submit(fetch, url) for url in urls]
            time.sleep(0.2)  # the heavy searches hold the SQL threads now
            home_started = time.perf_counter()
            status, _h, body = fetch(base)
            home = time.perf_counter() - home_started
            answers = [future.result() for future in heavy]
            elapsed = time.perf_counter() - started
    assert status == 200 and "tim-kiem" in body.decode()
    assert home < 2.0, home
    statuses = [answer[0] for answer in answers]
    assert statuses[:6] == [400] * 6 and statuses[6:] == [503] * 4, statuses
    assert all("quá" in answer[2].decode() for answer in answers)
    assert elapsed < 10, elapsed


def test_every_format_is_behind_the_password(archive_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import base64

    monkeypatch.setenv("DANVAN_TEST_PASSWORD", "tim-kiem-2026")
    options = ServeOptions(password_hash=password_from_env("DANVAN_TEST_PASSWORD"))
    good = {"Authorization": "Basic " + base64.b64encode(b"staff:tim-kiem-2026").decode()}
    title = sql(archive_path, "SELECT title FROM articles ORDER BY published_at DESC LIMIT 1")[0][0]
    with datasette_running(archive_path, options=options) as base:
        for suffix in ("", ".json", ".json?_stream=on", ".csv", ".atom", "?sort=bad", ".json?q=" + "d" * 600):
            status, _h, body = fetch(f"{base}-/tim-kiem{suffix}")
            assert status == 403 and title not in body.decode(), suffix
            assert fetch(f"{base}-/tim-kiem{suffix}", good)[0] in (200, 400), suffix


def test_every_facet_is_listed_in_the_json(site: str) -> None:
    assert set(page(site)["facets"]) == set(FACETS)


# In the browser, as staff use it.


def shown_total(browser_page: Any) -> int:
    text = browser_page.locator(".tim-kiem-count strong").inner_text()
    return int(re.search(r"([\d.]+) bài", text).group(1).replace(".", ""))  # type: ignore[union-attr]


def test_staff_search_in_the_browser(site: str, archive_path: Path, tmp_path: Path) -> None:
    from tests.browser import chromium_page, screenshot

    with chromium_page() as tab:
        tab.goto(f"{site}-/tim-kiem", wait_until="networkidle")
        tab.fill("input[name=q]", "dan van")  # without accents
        tab.click(".tim-kiem-form input[type=submit]")
        tab.wait_for_load_state("networkidle")
        assert shown_total(tab) == len(expected_ids(archive_path, q="dan van"))
        assert "Dân vận" in tab.locator(".tim-kiem-results").inner_text() or "dân vận" in tab.content()

        # Two units: the second is picked from the same facet, which still lists it.
        picked: list[str] = []
        for _ in range(2):
            link = tab.locator("#facet-unit li:not(.selected) a").first
            picked.append(link.get_attribute("data-facet-value") or "")
            link.click()
            tab.wait_for_load_state("networkidle")
        assert shown_total(tab) == len(expected_ids(archive_path, q="dan van", unit=picked))
        assert tab.locator("#facet-unit li.selected").count() == 2

        topic_link = tab.locator("#facet-topic li:not(.selected) a").first
        topic = [topic_link.get_attribute("data-facet-value") or ""]
        topic_link.click()
        tab.wait_for_load_state("networkidle")
        assert shown_total(tab) == len(expected_ids(archive_path, q="dan van", unit=picked, topic=topic))

        tab.fill("input[name=tu]", "2019-01-01")
        tab.fill("input[name=den]", "2025-06-30")
        tab.click(".tim-kiem-form input[type=submit]")
        tab.wait_for_load_state("networkidle")
        dates = {"since": "2019-01-01", "until": "2025-06-30"}
        assert shown_total(tab) == len(expected_ids(archive_path, q="dan van", unit=picked, topic=topic, **dates))
        chip_texts = [" ".join(t.split()) for t in tab.locator(".tim-kiem-chip").all_inner_texts()]
        assert len(chip_texts) == 6 and chip_texts[0].startswith("Từ khoá") and "Từ ngày: 01/01/2019" in chip_texts[4]
        screenshot(tab, "tim-kiem-chips", full_page=False)

        # Remove the topic's chip.
        tab.locator(".tim-kiem-chip", has_text="Chủ đề").locator("a.chip-remove").click()
        tab.wait_for_load_state("networkidle")
        ids = expected_ids(archive_path, q="dan van", unit=picked, **dates)
        assert shown_total(tab) == len(ids) > PAGE_SIZE
        assert tab.locator(".tim-kiem-chip").count() == 5

        tab.locator(".tim-kiem-paging a.next").click()
        tab.wait_for_load_state("networkidle")
        shown = [int(i) for i in tab.locator(".tim-kiem-results tbody tr").evaluate_all(
            "rows => rows.map(r => r.dataset.id)")]
        assert shown == ids[PAGE_SIZE:2 * PAGE_SIZE]
        screenshot(tab, "tim-kiem", full_page=False)

        with tab.expect_download() as download:
            tab.locator("a.export-csv").click()
        saved = tmp_path / "tim-kiem.csv"
        download.value.save_as(saved)
        exported = list(csv.reader(io.StringIO(saved.read_text(encoding="utf-8-sig"))))
        assert [int(r[0]) for r in exported[1:]] == ids

        title = tab.locator(".tim-kiem-results td.col-title a").first
        expected_title = sql(archive_path, "SELECT title FROM articles WHERE id = ?", (shown[0],))[0][0]
        assert title.inner_text() == expected_title
        title.click()
        tab.wait_for_load_state("networkidle")
        assert urlsplit(tab.url).path == f"/archive/articles/{shown[0]}"
        assert tab.locator("h1.article-title").inner_text() == expected_title
