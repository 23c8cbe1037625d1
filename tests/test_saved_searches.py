"""Named saved searches with Atom feeds and CSVs, and the Atom feed of a canned query, through a real Datasette.

A synthetic archive of real corpus text (bench/search_text.py, 3,000 articles) with one
2019 article archived last (a back-fill) and one article whose every field carries script
payloads. What the feeds and CSVs hold is compared with a selection written here in
Python over rows read by plain SQL from the same file (no FTS, no code under test).
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import html.parser
import http.cookiejar
import io
import json
import re
import sqlite3
import unicodedata
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bench.search_text import build
from crawler.core.text import fold
from crawler.publish.saved import CSV_PAGE, FEED_ENTRIES, saved_database_path
from crawler.publish.serve import ServeOptions, datasette_running, password_from_env
from tests.browser import chromium_page, fetch, screenshot

ATOM = "http://www.w3.org/2005/Atom"
NS = {"a": ATOM}
BACKFILLED_SEEN = "2026-11-22T10:00:00+00:00"  # after every other article's first_seen
PAYLOAD_SEEN = "2026-11-22T11:00:00+00:00"
RFC3339 = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})")
SCRIPT = "<script>alert('x')</script>"


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("saved") / "archive.db"
    build(path, 3000, seed=3, log=lambda _: None)
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:
        # A 2019 article the archive saw only now (a back-fill of a closed portal).
        [(old,)] = conn.execute("SELECT id FROM articles WHERE year = 2019 ORDER BY id LIMIT 1").fetchall()
        conn.execute("UPDATE articles SET first_seen = ? WHERE id = ?", (BACKFILLED_SEEN, old))
        # An article whose text fields carry markup, newest of all.
        [(bad,)] = conn.execute("SELECT id FROM articles WHERE year = 2023 ORDER BY id LIMIT 1").fetchall()
        conn.execute("UPDATE articles SET title = ?, sapo = ?, first_seen = ? WHERE id = ?",
                     (f"{SCRIPT} Dân vận khéo", '<img src=x onerror="alert(1)"> sapo', PAYLOAD_SEEN, bad))
        conn.execute("UPDATE article_texts SET body = ? WHERE article_id = ?",
                     (f'{SCRIPT}\n\n<b onmouseover="alert(2)">đoạn hai</b> <a href="javascript:alert(3)">x</a>', bad))
    return path


@pytest.fixture(scope="module")
def site(archive: Path) -> Iterator[str]:
    with datasette_running(archive) as base:
        yield base


def articles(db: Path) -> list[dict[str, Any]]:
    """Every article with what the filters read, newest first by first_seen (then id)."""
    with contextlib.closing(sqlite3.connect(db)) as conn:
        conn.row_factory = sqlite3.Row
        topics: dict[int, set[str]] = defaultdict(set)
        for article_id, topic in conn.execute("SELECT article_id, topic FROM article_topics"):
            topics[article_id].add(topic)
        rows = [{**dict(r), "topic": topics[r["id"]]} for r in conn.execute(
            "SELECT a.*, t.body FROM articles a LEFT JOIN article_texts t ON t.article_id = a.id")]
    return sorted(rows, key=lambda r: (r["first_seen"], r["id"]), reverse=True)


def selected(rows: list[dict[str, Any]], params: str) -> list[dict[str, Any]]:
    """The search page's meaning, in plain Python: words all present, facet values ORed, facets ANDed."""
    asked: dict[str, list[str]] = defaultdict(list)
    for key, value in urllib.parse.parse_qsl(params):
        asked[key].append(value)
    words = re.findall(r"\w+", fold(" ".join(asked.pop("q", []))))
    tu, den = (asked.pop(k, [None])[0] for k in ("tu", "den"))
    found = []
    for row in rows:
        text = set(re.findall(r"\w+", fold(" ".join(row[f] or "" for f in ("kicker", "title", "sapo", "body")))))
        if not all(w in text for w in words):
            continue
        if (tu and row["published_date"] < tu) or (den and row["published_date"] > den):
            continue
        if all((set(values) & row["topic"]) if name == "topic" else str(row[name]) in values
               for name, values in asked.items()):
            found.append(row)
    return found


class Staff:
    """A browser-like client: cookies kept, the CSRF token read from the form page."""

    def __init__(self, base: str, headers: dict[str, str] | None = None) -> None:
        self.base = base
        self.headers = headers or {}
        self.opener = urllib.request.build_opener(urllib.request.ProxyHandler({}),
                                                  urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def get(self, path: str) -> tuple[int, str, dict[str, str]]:
        return self._open(urllib.request.Request(self.base + path.lstrip("/"), headers=self.headers))

    def post(self, path: str, **fields: str) -> tuple[int, str, dict[str, str]]:
        data = urllib.parse.urlencode(fields).encode()
        return self._open(urllib.request.Request(self.base + path.lstrip("/"), data=data, headers=self.headers))

    def token(self) -> str:
        status, body, _ = self.get("-/tim-kiem/luu")
        assert status == 200, body[:300]
        return re.search(r'name="csrftoken" value="([^"]+)"', body).group(1)  # type: ignore[union-attr]

    def save(self, name: str, params: str) -> tuple[int, str]:
        status, body, _ = self.post("-/tim-kiem/luu", name=name, params=params, csrftoken=self.token())
        return status, body

    def _open(self, request: urllib.request.Request) -> tuple[int, str, dict[str, str]]:
        try:
            with self.opener.open(request, timeout=60) as response:
                return response.status, response.read().decode("utf-8"), dict(response.headers)
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read().decode("utf-8", errors="replace"), dict(exc.headers)


def saved_rows(archive: Path) -> list[tuple[int, str, str]]:
    with contextlib.closing(sqlite3.connect(saved_database_path(archive))) as conn:
        return conn.execute("SELECT id, name, params FROM saved_searches ORDER BY id").fetchall()


def saved_id(archive: Path, name: str) -> int:
    return next(i for i, n, _ in saved_rows(archive) if n == name)


def alert(body: str) -> str:
    found = re.search(r'role="alert">([^<]*)<', body)
    return found.group(1) if found else ""


def check_atom(text: str) -> ET.Element:
    """An Atom 1.0 feed: its namespace, the required elements once each, RFC 3339 dates, unique entry ids."""
    feed = ET.fromstring(text.encode("utf-8"))
    assert feed.tag == f"{{{ATOM}}}feed"
    for name in ("id", "title", "updated"):
        assert len(feed.findall(f"a:{name}", NS)) == 1, name
    assert RFC3339.fullmatch(feed.findtext("a:updated", namespaces=NS) or "")
    entries = feed.findall("a:entry", NS)
    feed_author = feed.find("a:author/a:name", NS) is not None
    for entry in entries:
        for name in ("id", "title", "updated"):
            assert len(entry.findall(f"a:{name}", NS)) == 1, name
        assert RFC3339.fullmatch(entry.findtext("a:updated", namespaces=NS) or "")
        published = entry.findtext("a:published", namespaces=NS)
        assert published is None or RFC3339.fullmatch(published)
        assert feed_author or entry.find("a:author/a:name", NS) is not None
        assert entry.find("a:content", NS) is not None or entry.find("a:link[@rel='alternate']", NS) is not None
    ids = [e.findtext("a:id", namespaces=NS) for e in entries]
    assert len(set(ids)) == len(ids)
    return feed


class Tags(html.parser.HTMLParser):
    """The elements and attributes of an HTML fragment."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.attributes: set[str] = set()
        self.text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes |= {name for name, _ in attrs}

    def handle_data(self, data: str) -> None:
        self.text += data


def parsed(fragment: str) -> Tags:
    tags = Tags()
    tags.feed(fragment)
    return tags


def entry_article_ids(feed: ET.Element) -> list[int]:
    return [int(e.findtext("a:id", namespaces=NS).rsplit("/", 1)[1]) for e in feed.findall("a:entry", NS)]


def test_save_a_search_see_it_listed_and_delete_it(site: str, archive: Path) -> None:
    before = hashlib.sha256(archive.read_bytes()).hexdigest()
    staff = Staff(site)
    params = "q=dan+van&unit=Qu%E1%BA%ADn+Ba+%C4%90%C3%ACnh&topic=dan-van-kheo&tu=2020-01-01"
    status, body = staff.save("  Dân vận khéo ở Ba Đình  ", params)
    assert status == 200 and "Đã lưu tìm kiếm «Dân vận khéo ở Ba Đình»" in body  # the list, after the redirect
    [(number, name, stored)] = [r for r in saved_rows(archive) if r[1].startswith("Dân vận khéo ở")]
    assert name == "Dân vận khéo ở Ba Đình" and stored == params
    status, body, _ = staff.get("-/tim-kiem/da-luu")
    assert status == 200
    row = re.search(rf'<tr data-saved-id="{number}">(.*?)</tr>', body, re.S).group(1)  # type: ignore[union-attr]
    assert f'href="/-/tim-kiem?{params.replace("&", "&amp;")}"' in row
    assert f'href="/-/tim-kiem/da-luu/{number}.atom"' in row and f'href="/-/tim-kiem/da-luu/{number}.csv"' in row
    assert "tìm “dan van” · Đơn vị: Quận Ba Đình · Chủ đề: Dân vận khéo · ngày đăng từ 2020-01-01" in row
    # Deleting asks first (GET), then deletes (POST).
    status, body, _ = staff.get(f"-/tim-kiem/da-luu/{number}/xoa")
    assert status == 200 and "Dân vận khéo ở Ba Đình" in body
    status, body, _ = staff.post(f"-/tim-kiem/da-luu/{number}/xoa", csrftoken=staff.token())
    assert status == 200 and "Đã xoá tìm kiếm «Dân vận khéo ở Ba Đình»" in body
    assert number not in [r[0] for r in saved_rows(archive)]
    for path in (f"{number}.atom", f"{number}.csv", f"{number}/xoa"):
        status, body, _ = staff.get(f"-/tim-kiem/da-luu/{path}")
        assert status == 404 and f"Không có tìm kiếm đã lưu số {number}" in body
    # The archive is served immutable: saving wrote the file beside it, never the archive.
    assert hashlib.sha256(archive.read_bytes()).hexdigest() == before
    assert saved_database_path(archive).name == "archive.saved.db"


@pytest.mark.parametrize(("name", "params", "error"), [
    ("", "q=dan", "Hãy đặt tên cho tìm kiếm (1–200 ký tự)."),
    ("   ", "q=dan", "Hãy đặt tên cho tìm kiếm (1–200 ký tự)."),
    ("a" * 201, "q=dan", "Tên dài 201 ký tự; tối đa 200 ký tự."),
    ("hai\ndòng", "q=dan", "Tên không được chứa ký tự điều khiển (xuống dòng, tab…)."),
    ("Ngày sai", "q=dan&tu=2024-02-30",
     "Ngày «2024-02-30» (từ ngày) không hợp lệ: cần dạng YYYY-MM-DD, ví dụ 2024-01-31."),
    ("Ngày sai 2", "den=hom-qua", "Ngày «hom-qua» (đến ngày) không hợp lệ: cần dạng YYYY-MM-DD, ví dụ 2024-01-31."),
    ("Khoảng ngược", "tu=2024-05-01&den=2024-01-01",
     "Khoảng ngày không hợp lệ: từ ngày 2024-05-01 sau đến ngày 2024-01-01."),
])
def test_bad_names_and_params_get_a_vietnamese_message(site: str, archive: Path, name: str, params: str,
                                                       error: str) -> None:
    before = saved_rows(archive)
    status, body = Staff(site).save(name, params)
    assert status == 400 and alert(body) == error
    assert 'name="name"' in body  # the form again, to correct it
    assert saved_rows(archive) == before


def test_names_are_unique_whatever_the_case_or_spelling(site: str, archive: Path) -> None:
    staff = Staff(site)
    assert staff.save("Tiếp dân Hải Phòng", "q=tiep+dan")[0] == 200
    assert staff.save("Ä" * 200, "q=dan")[0] == 200  # 200 characters is allowed
    count = len(saved_rows(archive))
    # Upper case, and the same letters typed decomposed (NFD), are the same name.
    for again in ("Tiếp dân Hải Phòng", "TIẾP DÂN HẢI PHÒNG", " Tiếp dân  Hải Phòng "):
        status, body = staff.save(again, "q=khac")
        assert status == 400 and "Đã có một tìm kiếm đã lưu tên" in alert(body), again
    status, body = staff.save(unicodedata.normalize("NFD", "Tiếp dân Hải Phòng"), "q=khac")
    assert status == 400 and "Hãy chọn tên khác" in alert(body)
    assert len(saved_rows(archive)) == count


def test_a_post_without_the_csrf_token_saves_nothing(site: str, archive: Path) -> None:
    before = saved_rows(archive)
    staff = Staff(site)
    staff.token()  # the cookie is set, but the form lacks the token
    status, _, _ = staff.post("-/tim-kiem/luu", name="Không mã", params="q=dan")
    assert status == 403
    # No cookie at all (a form posted from another site): refused as well.
    status, body, _ = Staff(site).post("-/tim-kiem/luu", name="Không mã", params="q=dan", csrftoken="x")
    assert status == 403 and "thiếu mã chống giả mạo" in body
    assert saved_rows(archive) == before


SEARCHES = {
    "Chữ và hai đơn vị": "q=dan+van&unit=Qu%E1%BA%ADn+Ba+%C4%90%C3%ACnh&unit=Qu%E1%BA%ADn+T%C3%A2y+H%E1%BB%93",
    "Hai chủ đề một năm": "topic=dan-van-kheo&topic=xay-dung-dang&year=2019",
    "Khoảng ngày và tỉnh": "province=Th%C3%A0nh+ph%E1%BB%91+H%E1%BA%A3i+Ph%C3%B2ng&tu=2019-03-01&den=2019-09-30",
    "Cụm từ và chuyên mục": urllib.parse.urlencode({"q": '"công tác dân vận"', "category": "Công tác dân vận"}),
    "Mọi bài": "",
}


def phrase_filter(rows: list[dict[str, Any]], phrase: str) -> list[dict[str, Any]]:
    """Rows whose folded title, sapo or body hold the phrase's words in a row."""
    pattern = re.compile(r"(?<!\w)" + r"\W+".join(fold(phrase).split()) + r"(?!\w)")
    return [r for r in rows if any(pattern.search(fold(r[f] or "")) for f in ("kicker", "title", "sapo", "body"))]


def test_feeds_and_csvs_select_as_the_search_page_newest_first_seen_first(site: str, archive: Path) -> None:
    staff = Staff(site)
    rows = articles(archive)
    backfilled = next(r for r in rows if r["first_seen"] == BACKFILLED_SEEN)
    for name, params in SEARCHES.items():
        assert staff.save(name, params)[0] == 200, name
        number = saved_id(archive, name)
        want = selected(rows, params)
        if "%22" in params:  # a quoted phrase: its words in a row (the selection above checked each word)
            want = phrase_filter(want, "công tác dân vận")
        assert want, name
        status, text, headers = staff.get(f"-/tim-kiem/da-luu/{number}.atom")
        assert status == 200 and headers["content-type"].startswith("application/atom+xml")
        feed = check_atom(text)
        assert entry_article_ids(feed) == [r["id"] for r in want[:FEED_ENTRIES]], name
        assert feed.findtext("a:title", namespaces=NS).endswith(name)
        assert feed.findtext("a:updated", namespaces=NS) == want[0]["first_seen"]
        for entry, row in zip(feed.findall("a:entry", NS), want, strict=False):
            assert entry.findtext("a:updated", namespaces=NS) == row["first_seen"]
            assert entry.findtext("a:published", namespaces=NS) == row["published_at"]
            assert entry.find("a:link[@rel='related']", NS).get("href") == row["url"]
        status, text, headers = staff.get(f"-/tim-kiem/da-luu/{number}.csv")
        assert status == 200 and headers["content-type"].startswith("text/csv")
        table = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))
        assert [int(r["Mã"]) for r in table] == [r["id"] for r in want], name
        assert [r["Tiêu đề"] for r in table] == [r["title"] for r in want]
    # The back-filled 2019 article heads the feeds it belongs to, whatever its publication date.
    in_2019 = Staff(site)
    params = urllib.parse.urlencode({"unit": backfilled["unit"], "year": "2019"})
    assert in_2019.save("Năm 2019 của đơn vị", params)[0] == 200
    feed = check_atom(in_2019.get(f"-/tim-kiem/da-luu/{saved_id(archive, 'Năm 2019 của đơn vị')}.atom")[1])
    assert entry_article_ids(feed)[0] == backfilled["id"]
    assert feed.find("a:entry/a:published", NS).text.startswith("2019-")
    # Every article: more than one page of the CSV.
    assert len(rows) > 2 * CSV_PAGE


def test_feed_text_is_sanitised(site: str, archive: Path) -> None:
    staff = Staff(site)
    assert staff.save("Mọi bài mới", "sort=newest")[0] == 200
    feed = check_atom(staff.get(f"-/tim-kiem/da-luu/{saved_id(archive, 'Mọi bài mới')}.atom")[1])
    first = feed.find("a:entry", NS)
    assert first.find("a:title", NS).get("type") == "text" and SCRIPT in first.findtext("a:title", namespaces=NS)
    assert first.find("a:summary", NS).get("type") == "text"
    content = first.find("a:content", NS)
    assert content.get("type") == "html"
    tags = parsed(content.text)
    assert tags.tags == {"p"} and not tags.attributes
    assert SCRIPT in tags.text and "đoạn hai" in tags.text  # shown as text


def test_a_canned_query_is_an_atom_feed(site: str, archive: Path) -> None:
    since = "2025-10-01"
    status, text = fetch(f"{site}archive/bai_moi_thu_thap.atom?tu_ngay={since}")
    assert status == 200
    feed = check_atom(text)
    want = [r for r in articles(archive) if r["first_seen"] >= since][:200]
    entries = feed.findall("a:entry", NS)
    # datasette-atom lists the rows oldest first; the set and each entry's dates are what counts.
    assert sorted((e.findtext("a:id", namespaces=NS), e.findtext("a:updated", namespaces=NS)) for e in entries) == \
        sorted((r["url"], r["first_seen"]) for r in want)
    assert feed.findtext("a:title", namespaces=NS) == "Bài mới thu thập"
    for entry in entries:
        tags = parsed(entry.findtext("a:content", namespaces=NS) or "")
        assert tags.tags <= {"p"} and not tags.attributes
    bad = next(e for e in entries if SCRIPT in (e.findtext("a:title", namespaces=NS) or ""))
    assert SCRIPT in parsed(bad.findtext("a:content", namespaces=NS)).text
    # Its readable columns are still there for the page, JSON and CSV.
    status, body = fetch(f"{site}archive/bai_moi_thu_thap.json?tu_ngay={since}&_shape=objects")
    first = json.loads(body)["rows"][0]
    assert {"id", "thu_thap_luc", "don_vi", "title", "published_at", "url"} <= set(first)
    # Nothing collected since: an empty feed, still valid, not an error.
    status, text = fetch(f"{site}archive/bai_moi_thu_thap.atom?tu_ngay=2099-01-01")
    assert status == 200 and check_atom(text).findall("a:entry", NS) == []


def basic(user: str, password: str) -> dict[str, str]:
    import base64

    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


def test_every_saved_search_page_is_behind_the_password(archive: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "archive.db"
    copy.write_bytes(archive.read_bytes())
    monkeypatch.setenv("DANVAN_TEST_PASSWORD", "dan-van-2026!")
    options = ServeOptions(password_hash=password_from_env("DANVAN_TEST_PASSWORD"))
    paths = ["-/tim-kiem/luu?q=dan", "-/tim-kiem/da-luu", "-/tim-kiem/da-luu/1.atom", "-/tim-kiem/da-luu/1.csv",
             "-/tim-kiem/da-luu/1/xoa"]
    with datasette_running(copy, options=options) as base:
        staff = Staff(base, basic("staff", "dan-van-2026!"))
        assert staff.save("Trong tường lửa", "q=dan+van")[0] == 200
        for path in paths:
            assert Staff(base).get(path)[0] == 403, path
            assert Staff(base, basic("staff", "sai")).get(path)[0] == 403, path
            assert Staff(base, basic("staff", "dan-van-2026!")).get(path)[0] == 200, path
        assert Staff(base).post("-/tim-kiem/luu", name="x", params="q=dan")[0] == 403
    assert [r[1] for r in saved_rows(copy)] == ["Trong tường lửa"]


def test_staff_save_a_search_in_the_browser_and_open_its_feed(site: str, archive: Path) -> None:
    params = "q=dan+van+kheo&province=Th%C3%A0nh+ph%E1%BB%91+H%C3%A0+N%E1%BB%99i"
    want = selected(articles(archive), params)
    with chromium_page() as page:
        page.goto(f"{site}-/tim-kiem/luu?{params}")
        assert "tìm “dan van kheo” · Tỉnh, thành phố: Thành phố Hà Nội" in page.locator(".saved-described").inner_text()
        page.fill("#saved-name", "Dân vận khéo ở Hà Nội")
        page.click("input[type=submit][value='Lưu tìm kiếm']")
        page.wait_for_url(re.compile(r".*/-/tim-kiem/da-luu$"))
        assert "Đã lưu tìm kiếm «Dân vận khéo ở Hà Nội»" in page.content()
        row = page.locator("tr", has_text="Dân vận khéo ở Hà Nội")
        assert row.locator("a.saved-search-link").get_attribute("href") == f"/-/tim-kiem?{params}"
        screenshot(page, "saved-searches")
        atom = row.locator("a.saved-atom")
        href = atom.get_attribute("href")
        response = page.request.get(site.rstrip("/") + href)
        assert response.status == 200
        feed = check_atom(response.text())
        assert entry_article_ids(feed) == [r["id"] for r in want[:FEED_ENTRIES]]
        # Saving the same name again is refused on the form, in Vietnamese.
        page.goto(f"{site}-/tim-kiem/luu?q=khac")
        page.fill("#saved-name", "dân vận khéo ở hà nội")
        page.click("input[type=submit][value='Lưu tìm kiếm']")
        assert "Đã có một tìm kiếm đã lưu tên «dân vận khéo ở hà nội». Hãy chọn tên khác." in \
            page.locator("[role=alert]").inner_text()
