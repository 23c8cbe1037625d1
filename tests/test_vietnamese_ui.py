"""Everything staff see is Vietnamese, through a real Datasette on a free port and headless Chromium.

A synthetic archive of real corpus text (bench/search_text.py) with two crawl runs whose UTC
times fall on the next day in Vietnam. Checked: `<html lang="vi">` on every kind of page, the
login page and its wrong-password message, the menu, the 403/404 pages, bad table arguments
(a Vietnamese 400, never a 500), UTC times shown in +07:00, and the articles table read title
first. Expected values come from the archive file (plain SQL), converted here with zoneinfo.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from urllib.parse import urlencode, urlsplit
from zoneinfo import ZoneInfo

import pytest

from bench.search_text import build
from crawler.archive import Archive
from crawler.publish.serve import ServeOptions, datasette_running
from tests.browser import chromium_page, fetch, screenshot
from tests.helpers import read_rows as sql

PASSWORD = "mat-khau-dan-van-7"
VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")
# UTC times of the crawl runs: 20:30 and 23:59:59 UTC are the next day in Vietnam.
RUN_TIMES = ("2026-03-01T20:30:00+00:00", "2026-03-01T23:59:59+00:00")


@contextlib.contextmanager
def frozen_at(moment: str) -> Iterator[None]:
    """The application's clock set to `moment` (crawler.core.clock reads DANVAN_FROZEN_TIME)."""
    before = os.environ.get("DANVAN_FROZEN_TIME")
    os.environ["DANVAN_FROZEN_TIME"] = moment
    try:
        yield
    finally:
        if before is None:
            del os.environ["DANVAN_FROZEN_TIME"]
        else:
            os.environ["DANVAN_FROZEN_TIME"] = before


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("vietnamese-ui") / "archive.db"
    build(path, 300, seed=5, log=lambda _: None)
    store = Archive.open(path)
    try:
        portal = store.conn.execute("SELECT id FROM portals ORDER BY id LIMIT 1").fetchone()[0]
        with frozen_at(RUN_TIMES[0]):
            run = store.start_run(portal, "offline")
        with frozen_at(RUN_TIMES[1]):
            store.finish_run(run, "ok", {"articles_new": 3}, "finished")
    finally:
        store.close()
    return path


@pytest.fixture(scope="module")
def site(archive: Path) -> Iterator[str]:
    with datasette_running(archive) as base:
        yield base


@pytest.fixture(scope="module")
def locked_site(archive: Path) -> Iterator[str]:
    from datasette_auth_passwords.utils import hash_password

    with datasette_running(archive, options=ServeOptions(password_hash=hash_password(PASSWORD))) as base:
        yield base


def in_vietnam(stored: str) -> str:
    """A stored time as the pages must show it, converted here independently of the plugin."""
    return datetime.fromisoformat(stored).astimezone(VIETNAM).strftime("%Y-%m-%d %H:%M:%S") + " +07:00"


def any_article(db: Path) -> int:
    return sql(db, "SELECT id FROM articles ORDER BY id LIMIT 1")[0][0]


# Every kind of page says it is Vietnamese.


def page_paths(db: Path) -> dict[str, str]:
    article = any_article(db)
    portal = sql(db, "SELECT portal FROM articles WHERE id = ?", article)[0][0]
    return {
        "home": "", "database": "archive", "table": "archive/articles", "view": "archive/articles_unique",
        "article": f"archive/articles/{article}", "row": f"archive/portals/{portal}",
        "query": "archive?" + urlencode({"sql": "select count(*) from articles"}),
        "canned query": "archive/so_bai_theo_don_vi", "search page": "-/tim-kiem?q=dan+van",
        "dashboard": "-/dashboards/tong-quan", "login": "-/login",
        "not found": "archive/khong-co-bang-nay", "bad request": "archive/articles?_sort=khong_co_cot",
    }


def test_every_kind_of_page_carries_lang_vi(site: str, archive: Path) -> None:
    paths = page_paths(archive)
    with chromium_page() as page:
        for kind, path in paths.items():
            response = page.goto(site + path, wait_until="domcontentloaded")
            assert response is not None
            assert page.evaluate("document.documentElement.lang") == "vi", kind
            assert response.status == {"not found": 404, "bad request": 400}.get(kind, 200), kind
    for kind, path in paths.items():
        _status, html = fetch(site + path)
        assert '<html lang="vi">' in html, kind


def test_the_menu_is_vietnamese_and_offers_no_login_without_accounts(site: str) -> None:
    with chromium_page() as page:
        page.goto(site, wait_until="networkidle")
        page.locator("details.nav-menu summary").click()
        labels = page.locator(".nav-menu-inner a").all_inner_texts()
        screenshot(page, "vi-menu")
    assert {"Tìm kiếm bài viết", "Tất cả bài viết", "Tình trạng cổng", "Biểu đồ"} <= set(labels)
    assert "Đăng nhập" not in labels and "Log in" not in labels  # no account: nothing to sign in to
    assert not [label for label in labels if re.search(r"\b(Log|Dashboards|Debug)\b", label)]


# Login, log out and the 403 page, with a password set.


def test_login_page_wrong_password_and_log_out_are_vietnamese(locked_site: str, archive: Path) -> None:
    base = locked_site
    with chromium_page() as page:
        response = page.goto(base + "archive/articles", wait_until="domcontentloaded")
        assert response is not None and response.status == 403
        assert page.locator("h1").inner_text() == "Cần đăng nhập"
        assert "Bạn cần đăng nhập để xem trang này" in page.locator(".error-message").inner_text()
        screenshot(page, "vi-403")
        # The 403 page leads to the login page; the menu offers it too.
        page.locator("a.login-link").click()
        page.wait_for_load_state("domcontentloaded")
        assert urlsplit(page.url).path.endswith("/-/login")
        assert page.title() == "Đăng nhập" and page.locator("h1").inner_text() == "Đăng nhập"
        assert page.locator("label[for=id_username]").inner_text() == "Tên đăng nhập"
        assert page.locator("label[for=id_password]").inner_text() == "Mật khẩu"
        assert page.locator("form.password-login input[type=submit]").get_attribute("value") == "Đăng nhập"
        page.locator("details.nav-menu summary").click()
        assert "Đăng nhập" in page.locator(".nav-menu-inner a").all_inner_texts()
        screenshot(page, "vi-login")

        page.fill("#id_username", "staff")
        page.fill("#id_password", "sai-mat-khau")
        page.locator("form.password-login input[type=submit]").click()
        page.wait_for_load_state("domcontentloaded")
        assert page.locator(".message-error").inner_text() == "Sai tên đăng nhập hoặc mật khẩu."
        assert "Invalid" not in page.inner_text("body")
        screenshot(page, "vi-login-wrong-password")

        page.fill("#id_username", "staff")
        page.fill("#id_password", PASSWORD)
        page.locator("form.password-login input[type=submit]").click()
        page.wait_for_load_state("domcontentloaded")
        articles = sql(archive, "SELECT count(*) FROM articles")[0][0]
        assert page.locator(".figure-articles").inner_text() == f"{articles:,}".replace(",", ".")
        page.locator("details.nav-menu summary").click()
        menu = page.locator(".nav-menu-inner")
        assert "Tìm kiếm bài viết" in menu.locator("a").all_inner_texts()
        assert "Đăng nhập" not in menu.locator("a").all_inner_texts()
        menu.get_by_role("button", name="Đăng xuất").click()
        page.wait_for_load_state("domcontentloaded")
        assert "Bạn đã đăng xuất." in page.inner_text("body")
        assert page.locator("html").get_attribute("lang") == "vi"


def test_403_as_json_is_vietnamese_too(locked_site: str) -> None:
    status, body = fetch(locked_site + "archive/articles.json")
    assert status == 403
    assert json.loads(body) == {"ok": False, "status": 403, "title": "Cần đăng nhập",
                                "error": "Bạn cần đăng nhập để xem trang này."}


# 404 and bad table arguments.


@pytest.mark.parametrize(("path", "message"), [
    ("khong-co-csdl", "Không có cơ sở dữ liệu này."),
    ("archive/khong-co-bang", "Không có bảng hay khung nhìn này."),
    ("archive/articles/999999", "Không có bài viết này."),
    ("archive/articles/abc", "Không có bài viết này."),
    ("archive/portals/khong-co-cong", "Không có bản ghi này."),
    ("-/khong-co-trang-nay", "Không có trang nào ở địa chỉ này."),
    ("-/capture/archive/999999", "Không có bài viết này."),
])
def test_404_pages_are_vietnamese(site: str, path: str, message: str) -> None:
    status, html = fetch(site + path)
    assert status == 404
    assert "<title>Không tìm thấy trang</title>" in html and f'<p class="error-message">{message}</p>' in html
    assert '<html lang="vi">' in html and "not found" not in html.lower()


def test_the_404_page_in_a_browser(site: str) -> None:
    with chromium_page() as page:
        response = page.goto(site + "archive/articles/999999", wait_until="networkidle")
        assert response is not None and response.status == 404
        assert page.locator("h1").inner_text() == "Không tìm thấy trang"
        assert page.locator(".error-message").inner_text() == "Không có bài viết này."
        # The page keeps the site around it: the menu and the stylesheet.
        assert page.locator("details.nav-menu").count() == 1
        assert page.evaluate("[...document.styleSheets].some(s => (s.href || '').endsWith('/danvan.css'))")
        screenshot(page, "vi-404")


THROUGH_NO_KEY = json.dumps({"table": "portals", "column": "khong_co", "value": "x"})
BAD_ARGUMENTS = [
    ("articles", {"_sort": "khong_co_cot"}, "Không sắp xếp được theo “khong_co_cot”"),
    ("articles", {"_sort_desc": "khong_co_cot"}, "Không sắp xếp được theo “khong_co_cot”"),
    ("articles", {"_sort": "title", "_sort_desc": "title"}, "Chỉ sắp xếp theo một chiều"),
    ("articles", {"_sort": "khong_co_cot", "_search": "dan van"}, "Không sắp xếp được theo “khong_co_cot”"),
    ("articles_unique", {"_sort": "khong_co_cot"}, "Không sắp xếp được theo “khong_co_cot”"),
    ("portal_health", {"_sort_desc": "khong_co_cot"}, "Không sắp xếp được theo “khong_co_cot”"),
    ("articles", {"_size": "abc"}, "Số dòng mỗi trang (_size) phải là một số nguyên dương"),
    ("articles", {"_size": "-1"}, "Số dòng mỗi trang (_size) phải là một số nguyên dương"),
    ("articles", {"_size": "100000"}, "Mỗi trang hiện nhiều nhất 1000 dòng"),
    ("articles", {"_sort_desc": "published_at", "_next": "2020,abc,def"}, "Tham số trang sau (_next) không hợp lệ"),
    ("articles", {"_timelimit": "abc"}, "Giới hạn thời gian (_timelimit) phải là một số nguyên"),
    ("articles", {"_through": "{}"}, "Tham số _through không hợp lệ"),
    ("articles", {"_through": "khong-phai-json"}, "Tham số _through không hợp lệ"),
    ("articles", {"_through": THROUGH_NO_KEY}, "Tham số _through không hợp lệ"),
    ("articles", {"_col": "khong_co_cot"}, "Bảng này không có cột: khong_co_cot"),
    ("articles", {"_nocol": "id"}, "Không ẩn được cột: id"),
    ("articles", {"_facet": "khong_co_cot"}, "Không có cột “khong_co_cot”"),
    ("articles", {"_facet_array": "unit"}, "không chứa danh sách JSON"),
    ("articles", {"_search": "x", "_fts_table": "khong_co_bang"}, "Không có bảng “khong_co_bang”"),
]


# Each as a page, as JSON and as CSV (CSV computes no facets, so facet arguments do not apply there).
BAD_REQUESTS = [(suffix, *case) for suffix in ("", ".json", ".csv") for case in BAD_ARGUMENTS
                if not (suffix == ".csv" and any(name.startswith("_facet") for name in case[1]))]


@pytest.mark.parametrize(("suffix", "table", "args", "message"), BAD_REQUESTS)
def test_bad_table_arguments_are_a_vietnamese_400(site: str, suffix: str, table: str, args: dict[str, str],
                                                  message: str) -> None:
    status, body = fetch(f"{site}archive/{table}{suffix}?{urlencode(args)}")
    assert status == 400, body[:300]
    if suffix == ".json":
        data = json.loads(body)
        assert data["ok"] is False and data["status"] == 400 and message in data["error"]
        assert data["title"] == "Yêu cầu không hợp lệ" and data["detail"]  # Datasette's own words, for scripts
    else:
        assert message in body.replace("&#34;", '"').replace("&#39;", "'")
        assert '<html lang="vi">' in body and "Traceback" not in body and "Error 400" not in body


def test_a_bad_argument_on_the_query_page_is_a_400(site: str) -> None:
    status, html = fetch(site + "archive?" + urlencode({"sql": "select 1", "_timelimit": "abc"}))
    assert status == 400 and "Giới hạn thời gian (_timelimit)" in html


def test_the_table_still_sorts_by_a_real_column(site: str, archive: Path) -> None:
    """The 400 is only for bad input: a good sort answers with the rows SQLite sorts the same way."""
    status, body = fetch(f"{site}archive/articles.json?_sort=title&_size=20&_shape=array&_col=title")
    assert status == 200
    expected = [t for (t,) in sql(archive, "SELECT title FROM articles ORDER BY title, id LIMIT 20")]
    assert [row["title"] for row in json.loads(body)] == expected


# Times in +07:00.


def test_crawl_times_are_shown_in_vietnam_time(site: str, archive: Path) -> None:
    [(started, finished)] = sql(archive, "SELECT started_at, finished_at FROM crawl_runs")
    assert (started, finished) == RUN_TIMES  # stored in UTC, unchanged
    with chromium_page() as page:
        page.goto(site + "archive/crawl_runs", wait_until="networkidle")
        assert page.locator("td.col-started_at").inner_text() == in_vietnam(started)
        assert page.locator("td.col-finished_at").inner_text() == in_vietnam(finished)
        assert page.locator("td.col-finished_at time").get_attribute("datetime") == (
            datetime.fromisoformat(finished).astimezone(VIETNAM).isoformat())
        screenshot(page, "vi-crawl-runs")
        page.goto(site, wait_until="networkidle")
        assert page.locator(".figure-last-crawl").inner_text() == in_vietnam(finished)
        page.goto(site + "archive/portal_health?_sort=portal", wait_until="networkidle")
        shown = [text for text in page.locator("td.col-last_success").all_inner_texts() if text.strip()]
        assert shown == [in_vietnam(finished)]
    assert in_vietnam(finished).startswith("2026-03-02 06:59:59")  # the next day in Vietnam


def test_article_times_are_shown_in_vietnam_time(site: str, archive: Path) -> None:
    [(article, first_seen, last_seen, published)] = sql(
        archive, "SELECT id, first_seen, last_seen, published_at FROM articles ORDER BY id DESC LIMIT 1")
    assert first_seen.endswith("+00:00") and published.endswith("+07:00")
    with chromium_page() as page:
        page.goto(f"{site}archive/articles/{article}", wait_until="networkidle")
        assert page.locator(".archived time.first-seen").inner_text() == in_vietnam(first_seen)
        assert page.locator(".archived time.last-seen").inner_text() == in_vietnam(last_seen)
        assert page.locator(".meta .date").inner_text() == in_vietnam(published)
        # The article's full row (under “Tất cả các trường”) shows the same.
        page.locator("details.article-fields summary").click()
        assert page.locator("details.article-fields td.col-first_seen").inner_text() == in_vietnam(first_seen)
        screenshot(page, "vi-article-times", full_page=True)
        page.goto(f"{site}archive/articles?_cot=tat-ca&id={article}", wait_until="networkidle")
        assert page.locator("td.col-first_seen").inner_text() == in_vietnam(first_seen)
        assert page.locator("td.col-published_at").inner_text() == in_vietnam(published)


def test_a_query_shows_utc_columns_in_vietnam_time(site: str, archive: Path) -> None:
    query = "select id, first_seen from articles order by id limit 5"
    status, html = fetch(site + "archive?" + urlencode({"sql": query}))
    assert status == 200
    for _id, first_seen in sql(archive, query):
        assert in_vietnam(first_seen) in html


# The articles table reads well.


def test_the_articles_table_shows_title_first_and_readable_columns(site: str, archive: Path) -> None:
    labels = dict(sql(archive, "SELECT slug, label FROM topics"))
    with chromium_page() as page:
        page.goto(site + "archive/articles", wait_until="networkidle")
        headers = page.locator("table.rows-and-columns thead th")
        assert [headers.nth(i).get_attribute("data-column") for i in range(headers.count())] == [
            "title", "unit", "portal", "category", "published_at", "topics", "id"]
        assert headers.first.inner_text().strip() == "Tiêu đề"
        screenshot(page, "vi-articles-table")
        rows = page.locator("table.rows-and-columns tbody tr")
        shown = min(rows.count(), 10)
        assert shown == 10
        for index in range(shown):
            row = rows.nth(index)
            article = int(row.locator("td.col-id").inner_text())
            [(title, unit, portal_name, category, topics)] = sql(
                archive, "SELECT a.title, a.unit, p.name, a.category, a.topics FROM articles a "
                         "JOIN portals p ON p.id = a.portal WHERE a.id = ?", article)
            link = row.locator("td.col-title a")
            assert link.inner_text() == title
            assert urlsplit(link.get_attribute("href") or "").path == f"/archive/articles/{article}"
            assert row.locator("td.col-unit").inner_text() == unit
            assert row.locator("td.col-portal").inner_text().strip() == portal_name
            assert row.locator("td.col-category").inner_text() == category
            assert row.locator("td.col-topics a").all_inner_texts() == [labels[s] for s in json.loads(topics)]
        # The first title opens the readable article page.
        first = int(rows.first.locator("td.col-id").inner_text())
        rows.first.locator("td.col-title a").click()
        page.wait_for_load_state("domcontentloaded")
        assert page.locator("h1.article-title").inner_text() == sql(
            archive, "SELECT title FROM articles WHERE id = ?", first)[0][0]


def test_the_articles_table_is_newest_first_like_sql(site: str, archive: Path) -> None:
    status, html = fetch(site + "archive/articles")
    assert status == 200
    shown = [int(i) for i in re.findall(r'<td class="col-id type-pk"><a href="[^"]+">(\d+)</a>', html)]
    newest = sql(archive, "SELECT id, published_at FROM articles ORDER BY published_at DESC LIMIT 50")
    assert len(shown) == 50
    # Ties in published_at may come in either order: compare the times, then the sets.
    by_id = dict(sql(archive, "SELECT id, published_at FROM articles"))
    assert [by_id[i] for i in shown] == [when for _, when in newest]


def test_long_columns_are_hidden_until_asked_for(site: str, archive: Path) -> None:
    columns = [name for (_cid, name, *_rest) in sql(archive, "PRAGMA table_info(articles)")]
    long_columns = {"field_sources", "relevance_reasons", "mentioned_units", "sapo", "content_hash"}
    assert long_columns < set(columns)
    _status, html = fetch(site + "archive/articles")
    header = set(re.findall(r'<th [^>]*data-column="([^"]+)"', html))
    assert header == {"title", "unit", "portal", "category", "published_at", "topics", "id"}
    assert "Hiện mọi cột" in html
    # Every column on request, and the filter form keeps asking for them.
    _status, html = fetch(site + "archive/articles?_cot=tat-ca")
    assert set(re.findall(r'<th [^>]*data-column="([^"]+)"', html)) == set(columns)
    assert '<input type="hidden" name="_cot" value="tat-ca">' in html and "Chỉ hiện các cột chính" in html
    # Datasette's own column choice still works, and JSON keeps every column.
    _status, html = fetch(site + "archive/articles?_col=sapo")
    assert set(re.findall(r'<th [^>]*data-column="([^"]+)"', html)) == {"id", "sapo"}
    _status, body = fetch(site + "archive/articles.json?_size=1&_shape=array")
    assert list(json.loads(body)[0]) == columns


def test_search_and_facets_keep_the_readable_columns(site: str, archive: Path) -> None:
    [(unit,)] = sql(archive, "SELECT unit FROM articles GROUP BY unit ORDER BY count(*) DESC LIMIT 1")
    count = sql(archive, "SELECT count(*) FROM articles WHERE unit = ?", unit)[0][0]
    status, html = fetch(site + "archive/articles?" + urlencode({"unit": unit, "_size": "max"}))
    assert status == 200
    assert len(re.findall(r'<td class="col-title">', html)) == count
    assert html.count(f'<td class="col-unit">{unit}</td>') == count


def test_a_payload_in_a_title_stays_text_in_the_title_link(tmp_path: Path) -> None:
    path = tmp_path / "archive.db"
    build(path, 5, seed=2, log=lambda _: None)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE articles SET title = ? WHERE id = 1", ("<script>alert(1)</script> Dân vận",))
    conn.close()
    with datasette_running(path) as base:
        _status, html = fetch(base + "archive/articles?" + urlencode({"id": "1"}))
    assert "<script>alert(1)</script>" not in html
    link = '<a class="article-link" href="/archive/articles/1">&lt;script&gt;alert(1)&lt;/script&gt; Dân vận</a>'
    assert link in html


def test_a_feed_of_a_table_without_articles_is_refused_in_vietnamese(site: str) -> None:
    status, body = fetch(site + "archive/topics.feed")
    assert status == 400 and body == "Nguồn tin Atom chỉ có cho bảng bài viết (articles, articles_unique)."
