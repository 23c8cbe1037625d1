"""What staff do, in headless Chromium over the crawled offline mirror: the home page, an
accent-free search typed in the search box, a topic facet clicked, an article opened, the
dashboard, and the Atom feed of a search. Screenshots go to test-output/screenshots/.

Expected values come from the archive file itself (plain SQL), never from the pages.
"""

from __future__ import annotations

import json
import re
import sqlite3
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path
from urllib.parse import parse_qs, urljoin, urlsplit
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import expect

from crawler.core.text import fold
from tests.browser import chromium_page, fetch, screenshot
from tests.helpers import read_rows

ATOM = {"a": "http://www.w3.org/2005/Atom"}
QUERY = "dan van kheo"  # typed without accents
TOPIC = "dan-van-kheo"


@pytest.fixture(scope="module")
def site(crawled_site: tuple[str, Path]) -> tuple[str, Path]:
    return crawled_site


sql = read_rows


def matching_ids(db: Path, query: str) -> set[int]:
    """Articles whose folded title, kicker, sapo or body hold every word of the query (no FTS involved)."""
    words = fold(query).split()
    rows = sql(db, "SELECT a.id, a.kicker, a.title, a.sapo, t.body FROM articles a "
                   "LEFT JOIN article_texts t ON t.article_id = a.id")
    found = set()
    for row in rows:
        tokens = set(re.findall(r"\w+", fold(" ".join(part or "" for part in row[1:]))))
        if all(word in tokens for word in words):
            found.add(row[0])
    return found


def topic_ids(db: Path, slug: str) -> set[int]:
    return {r[0] for r in sql(db, "SELECT article_id FROM article_topics WHERE topic = ?", slug)}


def shown_count(page) -> int:
    """The row count in the table page's heading (“12 bài”)."""
    heading = page.locator("h3", has_text=re.compile(r"\d+ (bài|dòng)")).first.inner_text()
    return int(re.search(r"([\d.]+) (bài|dòng)", heading).group(1).replace(".", ""))  # type: ignore[union-attr]


def test_the_home_page_says_what_the_archive_holds(site) -> None:
    base, db = site
    [(articles, unique, first, last)] = sql(
        db, "SELECT count(*), sum(duplicate_of IS NULL), min(published_date), max(published_date) FROM articles")
    portals = sql(db, "SELECT count(DISTINCT portal) FROM articles")[0][0]
    [(last_crawl,)] = sql(db, "SELECT max(finished_at) FROM crawl_runs")
    with chromium_page() as page:
        page.goto(base, wait_until="networkidle")
        screenshot(page, "home", full_page=True)
        summary = page.locator(".archive-summary")
        assert summary.locator(".figure-articles").inner_text() == f"{articles:,}".replace(",", ".")
        assert f"{unique:,}".replace(",", ".") + " bài không tính bản đăng lại" in summary.inner_text()
        assert summary.locator(".figure-first").inner_text() == first
        assert summary.locator(".figure-last").inner_text() == last
        assert summary.locator(".figure-portals").inner_text() == str(portals)
        assert summary.locator(".figure-last-crawl").inner_text() == (
            f"{datetime.fromisoformat(last_crawl).astimezone(ZoneInfo('Asia/Ho_Chi_Minh')):%Y-%m-%d %H:%M:%S} +07:00")
        assert summary.locator("table.summary-portals tbody tr").count() == portals


def test_search_without_accents_then_a_topic_facet_then_an_article(site) -> None:
    base, db = site
    found = matching_ids(db, QUERY)
    with_topic = found & topic_ids(db, TOPIC)
    assert found and with_topic and with_topic != found  # the facet narrows the search
    with chromium_page() as page:
        page.goto(f"{base}archive/articles", wait_until="networkidle")
        # Vietnamese labels on the table page: column headers and facet names.
        assert page.locator("th[data-column=title]").inner_text().strip() == "Tiêu đề"
        assert page.locator("#facet-unit .facet-info-name strong").inner_text().startswith("Đơn vị")
        assert page.locator("#facet-topics .facet-info-name strong").inner_text().startswith("Chủ đề")
        page.fill("#_search", QUERY)
        page.click("form.filters input[type=submit]")
        page.wait_for_load_state("networkidle")
        assert shown_count(page) == len(found)
        assert page.locator("table.rows-and-columns tbody tr").count() == len(found)
        titles = page.locator("td.col-title").all_inner_texts()
        assert any("Dân vận khéo" in title for title in titles)  # accented text found by the plain query
        screenshot(page, "search", full_page=False)

        # The topic facet shows labels, not slugs; click “Dân vận khéo”.
        [label] = sql(db, "SELECT label FROM topics WHERE slug = ?", TOPIC)[0]
        link = page.locator(f"#facet-topics a[data-facet-value='{TOPIC}']")
        assert link.inner_text() == label
        link.click()
        page.wait_for_load_state("networkidle")
        args = parse_qs(urlsplit(page.url).query)
        assert args["_search"] == [QUERY] and args["topics__arraycontains"] == [TOPIC]
        assert shown_count(page) == len(with_topic)
        ids = {int(i) for i in page.locator("td.col-id").all_inner_texts()}
        assert ids == with_topic
        screenshot(page, "search-topic", full_page=False)

        # Open the newest article of the selection (the table is sorted newest first).
        first_id = int(page.locator("td.col-id").first.inner_text())
        page.locator("td.col-id a").first.click()
        page.wait_for_load_state("networkidle")
        check_article_page(page, base, db, first_id)
        screenshot(page, "article", full_page=False)


def check_article_page(page, base: str, db: Path, article_id: int) -> None:
    """The page reads like the article: kicker, title, sapo, meta line, topics, paragraphs, links."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    row = conn.execute("SELECT a.*, t.body, t.images FROM articles a JOIN article_texts t ON t.article_id = a.id "
                       "WHERE a.id = ?", (article_id,)).fetchone()
    labels = [r[0] for r in conn.execute(
        "SELECT label FROM article_topics JOIN topics ON slug = topic WHERE article_id = ?", (article_id,))]
    conn.close()
    article = page.locator("article.danvan-article")
    assert article.locator("h1.article-title").inner_text() == row["title"]
    if row["kicker"]:
        assert article.locator(".kicker").inner_text().lower() == row["kicker"].lower()
    if row["sapo"]:
        assert article.locator(".sapo").inner_text() == row["sapo"]
    meta = article.locator(".meta").inner_text()
    assert row["unit"] in meta and row["published_at"][:10] in meta
    for name in ("author", "source_credit"):
        if row[name]:
            assert row[name] in meta
    assert sorted(article.locator(".topics a.topic").all_inner_texts()) == sorted(labels)
    paragraphs = [p for p in row["body"].split("\n\n") if p.strip()]
    assert article.locator(".article-body p").all_inner_texts() == paragraphs
    assert article.locator("a.original").get_attribute("href") == row["url"]
    # Images: one figure each, in the article's order, the caption as stored (or said to be missing).
    images = json.loads(row["images"] or "[]")
    figures = article.locator(".article-images figure")
    assert figures.count() == len(images)
    assert [f.strip() for f in figures.locator("figcaption").all_text_contents()] == [
        (image.get("caption") or "(không có chú thích)").strip() for image in images]
    for index, image in enumerate(images):
        link = figures.nth(index).locator("a")
        if (image.get("url") or "").startswith(("http://", "https://")):
            assert link.get_attribute("href") == image["url"]
        else:
            assert link.count() == 0
    if row["capture_file"]:
        href = article.locator("a.capture").get_attribute("href")
        assert href == f"{urlsplit(base).path}-/capture/archive/{article_id}"
        status, html = fetch(urljoin(base, href))
        assert status == 200 and fold(row["title"]) in fold(re.sub(r"<[^>]+>|\s+", " ", html))
    else:
        assert article.locator("a.capture").count() == 0


def test_an_article_with_captioned_images_shows_its_captions(site) -> None:
    base, db = site
    # The article with the most captioned images, and a capture to link to.
    [(article_id, captions)] = sql(
        db, "SELECT a.id, group_concat(json_extract(i.value, '$.caption'), char(10)) FROM articles a "
            "JOIN article_texts t ON t.article_id = a.id, json_each(t.images) i "
            "WHERE trim(json_extract(i.value, '$.caption')) <> '' AND a.capture_file IS NOT NULL "
            "GROUP BY a.id ORDER BY count(*) DESC, a.id LIMIT 1")
    with chromium_page() as page:
        page.goto(f"{base}archive/articles/{article_id}", wait_until="networkidle")
        shown = page.locator(".article-images figcaption").all_text_contents()
        assert set(captions.split("\n")) <= {c.strip() for c in shown}
        check_article_page(page, base, db, article_id)
        page.locator("a.capture").click()
        page.wait_for_load_state()
        assert urlsplit(page.url).path == f"{urlsplit(base).path}-/capture/archive/{article_id}"


def test_a_topic_link_on_the_article_page_opens_the_faceted_list(site) -> None:
    base, db = site
    [(article_id,)] = sql(db, "SELECT article_id FROM article_topics WHERE topic = ? ORDER BY article_id LIMIT 1",
                          TOPIC)
    with chromium_page() as page:
        page.goto(f"{base}archive/articles/{article_id}", wait_until="networkidle")
        [label] = sql(db, "SELECT label FROM topics WHERE slug = ?", TOPIC)[0]
        page.locator("a.topic", has_text=label).click()
        page.wait_for_load_state("networkidle")
        assert parse_qs(urlsplit(page.url).query)["topics__arraycontains"] == [TOPIC]
        assert shown_count(page) == len(topic_ids(db, TOPIC))


def test_the_capture_link_opens_the_stored_page(site) -> None:
    base, db = site
    [(article_id, title)] = sql(db, "SELECT id, title FROM articles WHERE capture_file IS NOT NULL LIMIT 1")
    status, html = fetch(f"{base}-/capture/archive/{article_id}")
    assert status == 200
    assert fold(title) in fold(re.sub(r"<[^>]+>|\s+", " ", html))


def unique_articles(db: Path, unit: str = "", topic: str = "", start: str = "", end: str = "") -> list[tuple]:
    """(id, unit, month) of the articles without reposts, selected as the dashboard's filters say."""
    found = sql(db, "SELECT a.id, a.unit, a.year_month FROM articles a WHERE a.duplicate_of IS NULL "
                    "AND (? = '' OR a.unit = ?) AND (? = '' OR a.published_date >= ?) "
                    "AND (? = '' OR a.published_date <= ?)", unit, unit, start, start, end, end)
    if topic:
        with_topic = {i for (i,) in sql(db, "SELECT t.article_id FROM article_topics t JOIN topics ON slug = t.topic "
                                            "WHERE topics.label = ?", topic)}
        found = [row for row in found if row[0] in with_topic]
    return found


def apply_dashboard_filters(page, **values: str) -> None:
    """Set every filter of the dashboard form (empty to clear it) and submit, as staff do."""
    for name in ("don_vi", "chu_de"):
        page.select_option(f"select#{name}", values.get(name, ""))
    for name in ("tu_ngay", "den_ngay"):
        page.fill(f"input#{name}", values.get(name, ""))
    page.locator(".dashboard-filters input[type=submit]").click()
    page.wait_for_load_state("networkidle")
    assert {k: v[0] for k, v in parse_qs(urlsplit(page.url).query).items()} == {k: v for k, v in values.items() if v}


def check_dashboard(page, selected: list[tuple]) -> None:
    """The metric, the month bars and the unit bars say what the selected articles are."""
    page.locator("#card-tong-so-bai").get_by_text(f"{len(selected)} bài", exact=True).wait_for(timeout=20000)
    # Vega draws one bar per month and per unit (the 25 biggest units).
    expect(page.locator("#card-theo-thang [aria-roledescription=bar]")).to_have_count(
        len({month for _, _, month in selected}), timeout=20000)
    expect(page.locator("#card-theo-don-vi [aria-roledescription=bar]")).to_have_count(
        min(25, len({unit for _, unit, _ in selected})), timeout=20000)


def test_the_dashboard_charts_follow_its_filters(site) -> None:
    base, db = site
    everything = unique_articles(db)
    [(unit,)] = sql(db, "SELECT unit FROM articles WHERE duplicate_of IS NULL GROUP BY unit ORDER BY count(*) DESC "
                        "LIMIT 1")
    # The topic of most articles that still leaves some out, and the middle half of the publication dates.
    [(topic,)] = sql(db, "SELECT label FROM topics JOIN article_topics t ON t.topic = slug JOIN articles a "
                         "ON a.id = t.article_id AND a.duplicate_of IS NULL GROUP BY slug "
                         "HAVING count(*) < (SELECT count(*) FROM articles WHERE duplicate_of IS NULL) "
                         "ORDER BY count(*) DESC, label LIMIT 1")
    dates = [d for (d,) in sql(db, "SELECT published_date FROM articles WHERE duplicate_of IS NULL "
                                   "ORDER BY published_date")]
    start, end = dates[len(dates) // 4], dates[3 * len(dates) // 4]
    cases = [
        ({"don_vi": unit}, unique_articles(db, unit=unit)),
        ({"chu_de": topic}, unique_articles(db, topic=topic)),
        ({"tu_ngay": start, "den_ngay": end}, unique_articles(db, start=start, end=end)),
        ({"chu_de": topic, "tu_ngay": start, "den_ngay": end}, unique_articles(db, topic=topic, start=start, end=end)),
    ]
    for _, selected in cases:
        assert 0 < len(selected) < len(everything)
    with chromium_page(height=1100) as page:
        page.goto(f"{base}-/dashboards/tong-quan", wait_until="networkidle")
        assert "Tổng quan kho lưu trữ" in page.inner_text("h1")
        page.wait_for_selector("#card-theo-thang svg, #card-theo-thang canvas", timeout=20000)
        check_dashboard(page, everything)
        for chart in ("theo-thang", "theo-don-vi", "theo-chu-de"):
            assert page.locator(f"#card-{chart} svg, #card-{chart} canvas").count() >= 1, chart
        screenshot(page, "dashboard", full_page=True)
        for filters, selected in cases:
            apply_dashboard_filters(page, **filters)
            check_dashboard(page, selected)
        # Clearing every filter gives the whole archive back.
        apply_dashboard_filters(page)
        check_dashboard(page, everything)


ENGLISH = ("records", "extra where", "clause", "remove", "JSON shape", "default", "newline-delimited", "CSV options",
           "download file", "expand labels", "stream all rows", "Export CSV", "contains", "starts with", "ends with",
           "is null", "is blank", "not in", "Table actions", "Sort ascending", "Sort descending", "Facet by this",
           "Hide this column", "Show all columns", "Show not-blank rows", "Type:", "Next page", "Powered by",
           "Queries took", "Data source", "Data license")
# What staff read on the page: its text (the data cells and the table's SQL aside), option labels, button
# words, the column menu table.js adds, and accessible names.
PAGE_WORDS = """() => {
    const body = document.body.cloneNode(true);
    body.querySelectorAll("script, style, pre, tbody").forEach((e) => e.remove());
    return [body.textContent,
            ...[...document.querySelectorAll("input[type=submit], button")].map((e) => e.value || e.textContent),
            ...[...document.querySelectorAll("[aria-label]")].map((e) => e.getAttribute("aria-label"))].join("\\n");
}"""


@pytest.mark.parametrize("path", ["articles?_where=year+>+2000&title__contains=D%C3%A2n&_facet=year",
                                  "articles?_search=khongcobaionaonhu", "wayback_captures", "crawl_runs"])
def test_table_pages_show_no_english_words(site, path: str) -> None:
    base, db = site
    with chromium_page() as page:
        page.goto(f"{base}archive/{path}", wait_until="networkidle")
        if page.locator("th .dropdown-menu-icon").count():  # open the column menu so its words are filled in
            page.locator("th .dropdown-menu-icon").first.click()
            expect(page.locator(".dropdown-menu .dropdown-column-type")).to_contain_text("Kiểu dữ liệu")
        words = page.evaluate(PAGE_WORDS)
    found = [w for w in ENGLISH if re.search(rf"\b{re.escape(w)}", words, re.IGNORECASE)]
    assert not found, found
    if "_search" in path:
        assert "Không có bài nào" in words
    elif not sql(db, f"SELECT count(*) FROM [{urlsplit(path).path}]")[0][0]:
        assert "0 bản ghi" in words


def test_every_search_has_an_atom_feed(site) -> None:
    base, db = site
    wanted = matching_ids(db, QUERY) & topic_ids(db, TOPIC)
    with chromium_page() as page:
        page.goto(f"{base}archive/articles?_search=dan+van+kheo&topics__arraycontains={TOPIC}",
                  wait_until="networkidle")
        href = page.locator("p.feed-link a").get_attribute("href")
        assert href == page.locator("link[rel=alternate][type='application/atom+xml']").get_attribute("href")
    args = parse_qs(urlsplit(href).query)
    assert args["_search"] == [QUERY] and args["topics__arraycontains"] == [TOPIC]
    status, body = fetch(href if href.startswith("http") else base.rstrip("/") + href)
    assert status == 200
    feed = ET.fromstring(body)
    assert feed.tag == "{http://www.w3.org/2005/Atom}feed"
    assert "dan van kheo" in feed.findtext("a:title", namespaces=ATOM)
    entries = feed.findall("a:entry", ATOM)
    ids = {int(e.find("a:link[@rel='alternate']", ATOM).get("href").rsplit("/", 1)[1]) for e in entries}
    assert ids == wanted
    titles = dict(sql(db, "SELECT id, title FROM articles"))
    for entry in entries:
        link = entry.find("a:link[@rel='alternate']", ATOM).get("href")
        article_id = int(link.rsplit("/", 1)[1])
        assert entry.findtext("a:title", namespaces=ATOM) == titles[article_id]
        assert entry.findtext("a:id", namespaces=ATOM) == link
        updated = entry.findtext("a:updated", namespaces=ATOM)
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", updated)
    status, html = fetch(link)
    assert status == 200 and 'class="danvan-article"' in html
    # A search with no result yet is still a valid (empty) feed to subscribe to.
    status, body = fetch(f"{base}archive/articles.feed?_search=khongcobaionaonhu")
    assert status == 200 and ET.fromstring(body).findall("a:entry", ATOM) == []


def test_the_article_page_says_which_layer_gave_each_field(site) -> None:
    base, db = site
    [(article_id, sources)] = sql(db, "SELECT id, field_sources FROM articles WHERE field_sources IS NOT NULL "
                                      "AND extractor != 'generic' ORDER BY id LIMIT 1")
    expected = json.loads(sources)
    with chromium_page() as page:
        page.goto(f"{base}archive/articles/{article_id}", wait_until="networkidle")
        shown = [t.strip() for t in page.locator(".field-sources .field-source").all_text_contents()]
        assert len(shown) == len(expected)
        assert shown[0] == "tiêu đề: bộ chọn của nền tảng"
        assert page.locator(".field-sources").is_visible()


def test_crawl_times_are_shown_in_vietnam_time_and_the_list_reads_title_first(site) -> None:
    """Over the crawled mirror: the last crawl (stored in UTC) in +07:00, and the article list title first."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    base, db = site
    [(last_crawl,)] = sql(db, "SELECT max(finished_at) FROM crawl_runs")
    shown = datetime.fromisoformat(last_crawl).astimezone(ZoneInfo("Asia/Ho_Chi_Minh"))
    # The list is newest first: its first title is one of the newest articles'.
    newest = {t for (t,) in sql(db, "SELECT title FROM articles WHERE published_at = "
                                    "(SELECT max(published_at) FROM articles)")}
    with chromium_page() as page:
        page.goto(base, wait_until="networkidle")
        assert page.locator(".figure-last-crawl").inner_text() == f"{shown:%Y-%m-%d %H:%M:%S} +07:00"
        page.goto(f"{base}archive/articles", wait_until="networkidle")
        assert page.locator("table.rows-and-columns thead th").first.get_attribute("data-column") == "title"
        first = page.locator("table.rows-and-columns tbody tr").first.locator("td").first
        assert first.get_attribute("class") == "col-title" and first.inner_text() in newest
        screenshot(page, "articles-title-first")
