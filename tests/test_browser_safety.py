"""Portal HTML never runs: an article whose fields carry script payloads, opened in headless Chromium.

The article goes into a real archive through the archive API (with the real classifiers), its
page capture into a real WARC file; Datasette serves it and the browser opens every page that
shows it. Each payload would set `window.__pwned`, change the title or open a dialog.
"""

from __future__ import annotations

import contextlib
import io
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crawler.archive.store import Archive
from crawler.classify.annotate import annotate
from crawler.classify.topics import load_taxonomy
from crawler.classify.units import unit_rows
from crawler.core import registry
from crawler.core.items import Article, Image
from crawler.publish.serve import datasette_running
from tests.browser import OPENER, chromium_page, fetch, screenshot

SCRIPT = "<script>window.__pwned = 'script'; document.title = 'PWNED'</script>"
IMG = "<img src=x onerror=\"window.__pwned = 'onerror'; alert('onerror')\">"
SVG = "<svg onload=\"window.__pwned = 'onload'; alert('onload')\"></svg>"
BREAKOUT = "\"><script>window.__pwned = 'attribute'</script>"
URL = "https://ngoquyen.haiphong.gov.vn/Tin-tuc-su-kien/dan-van-kheo-xss-1.html"
ARTICLE = Article(
    url=URL,
    kicker=f"Dân vận khéo {SVG}",
    title=f"Dân vận khéo ở phường Máy Chai {SCRIPT}",
    sapo=f"Đảng ủy phường tổng kết công tác dân vận {IMG}",
    author=f"Nguyễn Văn A {BREAKOUT}",
    source_credit=f"CTTĐT {SCRIPT}",
    category=f"Tin tức {IMG}",
    published_at="2023-03-15T08:30:00+07:00",
    published_raw=f"15/03/2023 08:30 {BREAKOUT}",
    time_known=True,
    body="\n\n".join([
        f"Phong trào thi đua “Dân vận khéo” của Mặt trận Tổ quốc và các đoàn thể {SCRIPT}",
        f"Đảng ủy phường chỉ đạo công tác dân vận chính quyền {IMG}",
        f"<iframe src=\"javascript:window.parent.__pwned='iframe'\"></iframe> {SVG}",
    ]),
    images=[Image(url="javascript:window.__pwned='image-link'", caption=f"Hội nghị {IMG}"),
            Image(url="https://ngoquyen.haiphong.gov.vn/anh/1.jpg", caption=f"Toàn cảnh {SCRIPT}")],
    extractor="haiphong",
)
CAPTURED_PAGE = (f"<html><head><title>Trang gốc</title>{SCRIPT}</head><body><h1>Bài gốc</h1>{IMG}{SVG}"
                 "<p id='captured'>Nội dung trang lưu</p></body></html>")


def write_capture(folder: Path) -> tuple[str, int]:
    """The article page as one WARC response record, as the crawl stores it."""
    path = folder / "captures" / "xss.warc.gz"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        record = writer.create_warc_record(URL, "response", payload=io.BytesIO(CAPTURED_PAGE.encode()),
                                           http_headers=headers)
        offset = stream.tell()
        writer.write_record(record)
    return "captures/xss.warc.gz", offset


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int]]:
    folder = tmp_path_factory.mktemp("injected")
    db = folder / "archive.db"
    reg = registry.load()
    portal = reg.get("ngoquyen")
    taxonomy = load_taxonomy()
    archive = Archive.open(db)
    try:
        archive.sync_portals(reg)
        archive.sync_topics(taxonomy.topics)
        archive.ensure_units(unit_rows)
        archive.upsert_article(ARTICLE, portal, annotate(ARTICLE, portal, taxonomy))
        archive.set_capture(URL, *write_capture(folder))
        article_id = archive.conn.execute("SELECT id FROM articles WHERE url = ?", (URL,)).fetchone()[0]
    finally:
        archive.close()
    with datasette_running(db) as base:
        yield base, article_id


def assert_no_script_ran(page, dialogs: list[str]) -> None:
    assert dialogs == []
    assert page.evaluate("window.__pwned") is None
    assert page.title() != "PWNED"  # the payload would set exactly this title


def assert_no_payload_became_html(page) -> None:
    assert page.evaluate("[...document.scripts].filter(s => s.textContent.includes('__pwned')).length") == 0
    assert page.evaluate("document.querySelectorAll('[onerror], [onload], iframe').length") == 0
    links = "[...document.querySelectorAll('a')].filter(a => a.href.startsWith('javascript:')).length"
    assert page.evaluate(links) == 0


def open_page(base: str, path: str, name: str, raw: bool = False) -> tuple[str, list[str]]:
    """Open a page, let it settle, screenshot it; its visible text and any dialogs."""
    with chromium_page() as page:
        dialogs: list[str] = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        response = page.goto(base + path, wait_until="networkidle")
        assert response is not None and response.status == 200
        page.wait_for_timeout(300)  # let onerror/onload handlers fire if any were created
        screenshot(page, name, full_page=True)
        assert_no_script_ran(page, dialogs)
        if not raw:
            assert_no_payload_became_html(page)
        return page.inner_text("body"), dialogs


def test_the_article_page_shows_payloads_as_text(site) -> None:
    base, article_id = site
    text, _ = open_page(base, f"archive/articles/{article_id}", "safety-article")
    assert SCRIPT in text  # the title, as text
    assert IMG in text  # the sapo and a caption
    assert "Nguyễn Văn A " + BREAKOUT in text
    assert "Phong trào thi đua “Dân vận khéo”" in text


@pytest.mark.parametrize("path", [
    "archive/articles",
    "archive/articles?_search=" + quote("dan van kheo"),
    "archive/articles_unique?_search=" + quote("may chai"),
    "archive/article_texts",
    "archive/article_topic_rows",
    "",
])
def test_table_pages_show_payloads_as_text(site, path: str) -> None:
    base, _ = site
    text, _ = open_page(base, path, "safety-" + (path.split("?")[0].replace("/", "-") or "home"))
    if path:
        assert "<script>" in text or "<img src=x" in text


def test_the_stored_capture_is_sandboxed(site) -> None:
    base, article_id = site
    _status, html = fetch(f"{base}archive/articles/{article_id}")
    assert f'/-/capture/archive/{article_id}' in html
    # The capture is the portal's page as it was, script tags included: they must not run.
    text, _ = open_page(base, f"-/capture/archive/{article_id}", "safety-capture", raw=True)
    assert "Nội dung trang lưu" in text
    with _opener_headers(f"{base}-/capture/archive/{article_id}") as headers:
        assert headers["Content-Security-Policy"].startswith("sandbox")


@contextlib.contextmanager
def _opener_headers(url: str) -> Iterator[dict[str, str]]:
    with OPENER.open(url, timeout=30) as response:
        yield dict(response.headers)


def test_the_feed_carries_payloads_as_text(site) -> None:
    base, _article_id = site
    status, body = fetch(f"{base}archive/articles.feed?_search=" + quote("dan van"))
    assert status == 200
    ns = {"a": "http://www.w3.org/2005/Atom"}
    [entry] = ET.fromstring(body).findall("a:entry", ns)
    title = entry.find("a:title", ns)
    assert title is not None and title.get("type") == "text" and title.text == ARTICLE.title
    assert entry.find("a:summary", ns).text == ARTICLE.sapo  # type: ignore[union-attr]
    # The body goes as HTML a feed reader will render: paragraphs only, every tag of the portal text escaped.
    content = entry.find("a:content", ns)
    assert content is not None and content.get("type") == "html"
    html = content.text or ""
    assert html.count("<p>") == len(ARTICLE.body.split("\n\n"))
    assert re.findall(r"<(\w+)", html) == ["p"] * html.count("<p>")
    assert "&lt;script&gt;window.__pwned" in html and "&lt;img src=x onerror=" in html
