"""Publishing with Datasette: a real server over the small search archive, queried through its JSON API."""

from __future__ import annotations

import json
import socket
import sqlite3
import urllib.request
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import pytest

from crawler.core import registry
from crawler.publish.serve import PublishError, datasette_running, serve
from tests.test_search import SAMPLES, SPELLINGS, build_archive, ids_about

# Local requests must not go through a proxy from the environment.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def get(url: str) -> Any:
    with _OPENER.open(url, timeout=30) as response:
        return json.load(response)


def get_text(url: str) -> str:
    with _OPENER.open(url, timeout=30) as response:
        return response.read().decode("utf-8")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, int]]]:
    path = tmp_path_factory.mktemp("datasette") / "archive.db"
    ids = build_archive(path)
    with datasette_running(path) as base_url:
        yield base_url, ids


def articles(base_url: str, **params: str) -> dict[str, Any]:
    return get(f"{base_url}archive/articles.json?{urlencode({**params, '_shape': 'objects'})}")


def expected_counts(field: str) -> Counter:
    """Facet counts from the samples themselves (the unit as on the publication date)."""
    reg = registry.load()
    values: list[object] = []
    for sample in SAMPLES:
        date = sample.article.published_at[:10]
        if field == "unit":
            values.append(reg.get(sample.portal).unit_on(date).name)
        elif field == "portal":
            values.append(sample.portal)
        elif field == "category":
            values.append(sample.article.category)
        elif field == "year":
            values.append(int(date[:4]))
        else:
            values.append(date[:7])
    return Counter(values)


def facet_counts(data: dict[str, Any], field: str) -> Counter:
    return Counter({r["value"]: r["count"] for r in data["facet_results"][field]["results"]})


@pytest.mark.parametrize("query", SPELLINGS)
def test_the_search_box_folds_the_query(site, query: str) -> None:
    base_url, ids = site
    data = articles(base_url, _search=query)
    assert {row["id"] for row in data["rows"]} == ids_about("dang uy words", ids)
    assert data["filtered_table_rows_count"] == len(ids_about("dang uy words", ids))


def test_the_search_box_keeps_phrases(site) -> None:
    base_url, ids = site
    data = articles(base_url, _search='"Đảng ủy"')
    assert {row["id"] for row in data["rows"]} == ids_about("dang uy phrase", ids)


def test_the_search_box_finds_dan_van_without_accents(site) -> None:
    base_url, ids = site
    assert {row["id"] for row in articles(base_url, _search="dan van")["rows"]} == ids_about("dan van words", ids)


@pytest.mark.parametrize("query", ['"', "AND(", "dang -uy", "NEAR(dang", "", "*"])
def test_fts_syntax_in_the_search_box_is_not_an_error(site, query: str) -> None:
    base_url, _ = site
    assert isinstance(articles(base_url, _search=query)["rows"], list)


def test_articles_are_listed_newest_first(site) -> None:
    base_url, _ = site
    dates = [row["published_at"] for row in articles(base_url)["rows"]]
    assert dates == sorted((s.article.published_at for s in SAMPLES), reverse=True)


@pytest.mark.parametrize("field", ["unit", "portal", "category", "year", "year_month"])
def test_facets_count_the_articles(site, field: str) -> None:
    base_url, _ = site
    data = articles(base_url, _facet=field)
    assert facet_counts(data, field) == expected_counts(field)


def test_the_metadata_facets_are_on_by_default(site) -> None:
    base_url, _ = site
    data = articles(base_url)
    assert set(data["facet_results"]) == {"unit", "province", "topics", "portal", "category", "year", "year_month"}
    assert facet_counts(data, "unit") == expected_counts("unit")


def test_facets_follow_the_search(site) -> None:
    base_url, _ = site
    data = articles(base_url, _search="dang uy", _facet="portal")
    wanted = Counter(s.portal for s in SAMPLES if "dang uy words" in s.about)
    assert facet_counts(data, "portal") == wanted


def test_the_portal_facet_is_labelled_with_portal_names(site) -> None:
    base_url, _ = site
    results = articles(base_url, _facet="portal")["facet_results"]["portal"]["results"]
    labels = {r["value"]: r["label"] for r in results}
    assert labels["kinhtedothi"] == "Báo Kinh tế & Đô thị"
    assert labels["ngoquyen"] == "Cổng thông tin điện tử quận Ngô Quyền"


def test_suggested_facets_are_off(site) -> None:
    base_url, _ = site
    assert articles(base_url)["suggested_facets"] == []
    assert get(f"{base_url}-/settings.json")["suggest_facets"] is False


def test_the_metadata_is_served(site) -> None:
    base_url, _ = site
    metadata = get(f"{base_url}-/metadata.json")
    assert metadata["title"] == "Lưu trữ tin công tác dân vận"
    table = metadata["databases"]["archive"]["tables"]["articles"]
    assert table["fts_table"] == "articles_fts"
    assert "Lưu trữ tin công tác dân vận" in get_text(base_url)


def test_the_fts_tables_are_hidden(site) -> None:
    base_url, _ = site
    tables = {t["name"]: t["hidden"] for t in get(f"{base_url}archive.json")["tables"]}
    assert tables["articles"] is False
    assert tables["article_texts"] is False
    assert all(hidden for name, hidden in tables.items() if name.startswith("articles_fts"))


def test_the_plugin_is_loaded_from_the_entry_point(site) -> None:
    base_url, _ = site
    # Every module of the danvan package's `datasette` entry points is listed under its name.
    hooks = {hook for p in get(f"{base_url}-/plugins.json") if p["name"] == "danvan" for hook in p["hooks"]}
    assert hooks >= {"prepare_connection", "extra_template_vars", "register_output_renderer", "register_routes"}


def test_sql_functions_fold_and_escape(site) -> None:
    base_url, _ = site
    sql = "select fold('Đảng Uỷ Mặt trận') as folded, escape_fts('Đảng ủy \"Tổ quốc') as escaped"
    (row,) = get(f"{base_url}archive.json?sql={quote(sql)}&_shape=array")
    assert row == {"folded": "dang uy mat tran", "escaped": '"dang" "uy" "to quoc"'}


def test_the_canned_search_gives_original_snippets(site) -> None:
    base_url, ids = site
    rows = get(f"{base_url}archive/tim_kiem.json?q={quote('Đảng ủy')}&_shape=array")
    assert {r["id"] for r in rows} == ids_about("dang uy words", ids)
    by_id = {r["id"]: r["snippet"] for r in rows}
    assert "Các chi bộ trực thuộc Đảng uỷ được giao" in by_id[ids[SAMPLES[1].article.url]]


def test_an_article_page_shows_its_body(site) -> None:
    base_url, ids = site
    sample = SAMPLES[3]
    html = get_text(f"{base_url}archive/articles/{ids[sample.article.url]}")
    assert "Nội dung bài" in html
    assert '<h1 class="article-title">' + sample.article.title in html
    assert "<p>Tại nhiều xã, phường, Đảng ủy đã chỉ đạo" in html


def test_another_file_name_and_immutable_mode(tmp_path: Path) -> None:
    path = tmp_path / "luu-tru.db"
    ids = build_archive(path)
    with datasette_running(path) as base_url:
        data = get(f"{base_url}luu-tru/articles.json?_search=dang+uy&_shape=objects")
        assert {row["id"] for row in data["rows"]} == ids_about("dang uy words", ids)
        assert set(data["facet_results"]) == {"unit", "province", "topics", "portal", "category", "year",
                                              "year_month"}
        assert get(f"{base_url}-/metadata.json")["databases"]["luu-tru"]["tables"]["articles"]["fts_pk"] == "id"
        # The dashboard's charts and filters follow the database's name.
        dashboard = get(f"{base_url}-/metadata.json")["plugins"]["datasette-dashboards"]["tong-quan"]
        assert {part["db"] for part in [*dashboard["charts"].values(), *dashboard["filters"].values()]
                if "db" in part} == {"luu-tru"}
        assert "Tổng quan kho lưu trữ" in get_text(f"{base_url}-/dashboards/tong-quan")
    # Stopped when the block ends.
    with pytest.raises(OSError):
        get(f"{base_url}-/versions.json")


def test_a_missing_archive_is_a_publish_error(tmp_path: Path) -> None:
    with pytest.raises(PublishError, match="no archive here"), datasette_running(tmp_path / "missing.db"):
        pass
    with pytest.raises(PublishError, match="no archive here"):
        serve(tmp_path / "missing.db")


def test_a_foreign_database_is_a_publish_error(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(PublishError, match="not a danvan archive"):
        serve(path)


def test_a_port_in_use_is_a_publish_error(tmp_path: Path) -> None:
    path = tmp_path / "archive.db"
    build_archive(path)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        with (
            pytest.raises(PublishError, match=f"port {port} on 127.0.0.1 is already in use"),
            datasette_running(path, port=port),
        ):
            pass
        with pytest.raises(PublishError, match="already in use"):
            serve(path, port=port)


def test_without_the_entry_point_the_plugin_loads_from_a_folder(tmp_path: Path, monkeypatch) -> None:
    import crawler.publish.serve

    path = tmp_path / "archive.db"
    ids = build_archive(path)
    monkeypatch.setattr(crawler.publish.serve, "_plugin_registered", lambda: False)
    with datasette_running(path) as base_url:
        assert "danvan_plugin.py" in {p["name"] for p in get(f"{base_url}-/plugins.json")}
        data = articles(base_url, _search="Đảng uỷ")
        assert {row["id"] for row in data["rows"]} == ids_about("dang uy words", ids)
