"""Closed portals from a web archive: the local CDX server over HTTP, into an archive that has the live crawl.

The archive first gets a real crawl of the offline mirror (the closed portals' first listing
page, as a live crawl of their last days would), then the local web archive
(crawler.mirror.cdx) of the same portals. The archive's captures hold every page the mirror
holds, several times, plus listings, files, a redirect and pages of the ward portal.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterable
from itertools import pairwise
from pathlib import Path
from urllib.parse import parse_qs, parse_qsl, unquote, urlencode, urlsplit
from urllib.request import urlopen

import pytest

from crawler.core import registry
from crawler.mirror import SITES
from crawler.mirror.cdx import UPDATE_NOTE, build_index, make_server, special_urls
from crawler.mirror.server import in_thread
from crawler.wayback.cdx import (
    cdx_query_url,
    parse_cdx,
    parse_snapshot_url,
    portal_url,
    snapshot_url,
    surt,
    timestamp_iso,
)
from spiders.wayback import platform_of
from tests.helpers import ROOT, mirror_response
from tests.test_crawl import expected_articles

PORTALS = ("caugiay", "ngoquyen")
REG = registry.load()


def danvan(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "crawler.cli", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=600, env={**os.environ, "PYTHONPATH": str(ROOT), **env})


def query(db: Path, sql: str, *params: object) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def read_log(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


def article_url(portal: registry.Portal, original: str) -> str:
    """The portal's URL of an archived original, as the spider stores it."""
    platform = platform_of(portal.platform)
    url = portal_url(original, portal.base_url)
    return platform.canonical(url) if platform.canonical else url


def snapshot_originals(log: list[dict]) -> list[tuple[str, str, int]]:
    """(timestamp, original, status) of every snapshot the crawl asked for."""
    found = []
    for entry in log:
        path = entry["path"].split("/", 2)[2]  # drop /web.archive.org
        parsed = parse_snapshot_url("https://web.archive.org/" + path)
        if parsed:
            found.append((*parsed, entry["status"]))
    return found


def listing_queries(log: list[dict]) -> list[dict[str, list[str]]]:
    return [parse_qs(urlsplit(e["path"]).query) for e in log if "/cdx/search/cdx" in e["path"]]


def local_archive(hosts: Iterable[str]) -> contextlib.AbstractContextManager[str]:
    """The local web archive of `hosts` on 127.0.0.1, in a thread; yields its base URL."""
    return in_thread(make_server(hosts))


@pytest.fixture(scope="module")
def archived(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The live mirror's crawl, then the web archive's, into one archive."""
    tmp = tmp_path_factory.mktemp("wayback")
    db = tmp / "archive.db"
    portals = [a for p in PORTALS for a in ("--portal", p)]
    live = danvan("crawl", "--offline", "--max-pages", "1", "--db", str(db), *portals)
    assert live.returncode == 0, live.stderr[-3000:]
    before = {row[0]: row for row in query(
        db, "SELECT url, id, first_seen, content_hash, captured_at FROM articles")}
    skipped_before = {u for (u,) in query(db, "SELECT url FROM skipped")}
    log = tmp / "cdx.log"
    result = danvan("crawl", "--offline", "--wayback", "--db", str(db), *portals,
                    DANVAN_WAYBACK_PAGE_SIZE="5", DANVAN_CDX_LOG=str(log))
    assert result.returncode == 0, result.stderr[-3000:]
    return {"db": db, "before": before, "skipped_before": skipped_before, "log": read_log(log)}


def test_archived_only_articles_come_with_their_original_dates_and_units(archived: dict) -> None:
    db = archived["db"]
    for pid in PORTALS:
        portal = REG.get(pid)
        expected = expected_articles(portal)  # every article the portal's listings ever showed
        live = {u for u in archived["before"] if u in expected} | (archived["skipped_before"] & expected)
        stored = {u for (u,) in query(db, "SELECT url FROM articles WHERE portal = ?", pid)}
        skipped = {u for (u,) in query(db, "SELECT url FROM skipped WHERE portal = ?", pid)}
        assert stored | skipped == expected, pid
        recovered = (stored | skipped) - live
        assert recovered, f"{pid}: the live crawl already had everything; nothing to recover"
        rows = query(db, """SELECT url, published_at, published_raw, captured_at, snapshot_url, unit, unit_code
                            FROM articles WHERE portal = ? AND captured_at IS NOT NULL""", pid)
        assert {r[0] for r in rows} == stored - live
        assert rows, pid
        platform = platform_of(portal.platform)
        for url, published, raw, captured, snapshot, unit, code in rows:
            page = platform.parse_article(mirror_response(url).selector, url)
            assert (published, raw) == (page.published_at, page.published_raw), url  # the page's date line
            assert published[:10] != captured[:10] and captured[:4] >= "2023", url  # never the capture time
            assert timestamp_iso(parse_snapshot_url(snapshot)[0]) == captured
            assert article_url(portal, parse_snapshot_url(snapshot)[1]) == url
            assert (unit, code) == (portal.unit_on(published).name, portal.unit_on(published).code)
            assert unit.startswith("Quận ") and code == portal.units[-1].code  # the pre-2025 district


def test_articles_already_present_are_neither_duplicated_nor_touched(archived: dict) -> None:
    db = archived["db"]
    after = {row[0]: row for row in query(db, "SELECT url, id, first_seen, content_hash, captured_at FROM articles")}
    for url, row in archived["before"].items():
        assert after[url] == row  # same row, same text, not marked as a capture
    urls = list(after) + [u for (u,) in query(db, "SELECT url FROM skipped")]
    assert len(urls) == len(set(urls))
    assert not [u for u in urls if "web.archive.org" in u or ":80/" in u or u.startswith("http://")]
    # The live crawl's articles were not fetched again from the archive.
    fetched = {article_url(REG.get(pid), o) for _, o, _ in snapshot_originals(archived["log"]) for pid in PORTALS
               if REG.get(pid).owns(portal_url(o, REG.get(pid).base_url))}
    assert not fetched & (set(archived["before"]) | archived["skipped_before"])


def test_captures_of_anything_but_articles_are_ignored(archived: dict) -> None:
    db = archived["db"]
    snapshots = snapshot_originals(archived["log"])
    assert snapshots
    for _, original, _ in snapshots:
        portal = next(REG.get(pid) for pid in PORTALS if urlsplit(original).hostname == REG.get(pid).hosts[0])
        assert platform_of(portal.platform).is_article_url(article_url(portal, original)), original
        assert not original.endswith((".pdf", "robots.txt"))
    sources = {REG.get(p).wayback.prefixes[0]: REG.get(p).wayback for p in PORTALS}
    queries = listing_queries(archived["log"])
    for query_params in queries:
        assert set(query_params["filter"]) == {"statuscode:200", "mimetype:text/html"}
        assert query_params["output"] == ["json"]
        assert query_params["to"] == ["20250630"]  # the ward portal's pages on the same host stay out
        if query_params["matchType"] == ["prefix"]:  # a portal's listing: one row per URL, in the range
            source = sources[query_params["url"][0]]
            assert query_params["from"] == [source.date_from] and query_params["to"] == [source.date_to]
            assert query_params["collapse"] == ["urlkey"]
        else:  # one article's captures: one row per distinct text
            assert query_params["matchType"] == ["exact"] and query_params["collapse"] == ["digest"]
    assert {q["url"][0] for q in queries if q["matchType"] == ["prefix"]} == set(sources)
    index = build_index(SITES, [REG.get(p).hosts[0] for p in PORTALS])
    ward_pages = {e.original for e in index.entries if e.timestamp >= "20250701"}
    assert ward_pages and not ward_pages & {o for _, o, _ in snapshots}
    ignored = query(db, "SELECT portal, captures_ignored FROM crawl_runs WHERE captures_listed > 0")
    assert {p for p, n in ignored if n > 0} == set(PORTALS)  # listings of listing pages were seen, and ignored


def test_every_snapshot_is_asked_for_raw(archived: dict) -> None:
    replays = [e for e in archived["log"] if "form" in e]
    assert len(replays) == len(snapshot_originals(archived["log"])) > 0
    assert {e["form"] for e in replays} == {"id_"}  # never the toolbar replay, redirects followed included
    assert any(e["status"] == 302 for e in replays)


def test_the_local_archive_tells_raw_replays_from_toolbar_ones(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What the previous test relies on: the request log names the form, and only `id_` is the page as archived."""
    log = tmp_path / "cdx.log"
    monkeypatch.setenv("DANVAN_CDX_LOG", str(log))
    host = REG.get("caugiay").hosts[0]
    with local_archive([host]) as base:
        entry = next(e for e in build_index(SITES, [host]).entries
                     if e.statuscode == "200" and e.mimetype == "text/html" and b"<body" in e.body)
        raw = urlopen(f"{base}/web.archive.org/web/{entry.timestamp}id_/{entry.original}").read()
        toolbar = urlopen(f"{base}/web.archive.org/web/{entry.timestamp}/{entry.original}").read()
    assert raw == entry.body
    assert toolbar != raw and b"WAYBACK TOOLBAR" in toolbar and b"WAYBACK TOOLBAR" not in raw
    assert [e["form"] for e in read_log(log)] == ["id_", ""]


def test_redirect_and_non_html_captures_are_ignored_and_counted() -> None:
    """A CDX answer without the status and type filters (a server that ignores them) fed to the spider."""
    from scrapy.http import TextResponse
    from scrapy.utils.test import get_crawler

    from spiders.wayback import WaybackSpider

    portal = REG.get("caugiay")
    source = portal.wayback
    with local_archive(portal.hosts) as base:
        listing = cdx_query_url(f"{base}/web.archive.org/cdx/search/cdx", source.prefixes[0], collapse="",
                                date_from=source.date_from, date_to=source.date_to)
        parts = urlsplit(listing)
        unfiltered = f"{base}{parts.path}?{urlencode([p for p in parse_qsl(parts.query) if p[0] != 'filter'])}"
        body = urlopen(unfiltered).read()
    rows = parse_cdx(body).captures
    others = [c for c in rows if not c.is_html_ok]
    assert {c.statuscode for c in others} >= {"301", "302"}
    assert {c.mimetype for c in others} >= {"application/pdf", "text/plain"}
    expected = expected_articles(portal)
    # The 301 capture is of an article's URL: only the status test keeps it out, not the URL test.
    assert [c for c in others if c.statuscode == "301" and article_url(portal, c.original) in expected]

    crawler = get_crawler(WaybackSpider)
    spider = WaybackSpider.from_crawler(crawler, portal=portal.id)
    assert spider.db is None  # nothing is written: the spider's answer to the listing only
    out = list(spider.parse_listing(TextResponse(unfiltered, body=body), portal.id, source.prefixes[0]))
    requested = {r.cb_kwargs["url"]: r.cb_kwargs["listed"].timestamp for r in out}
    assert set(requested) == expected  # every article once, nothing else
    html_ok = {(article_url(portal, c.original), c.timestamp) for c in rows if c.is_html_ok}
    assert set(requested.items()) <= html_ok  # each article read from a 200 HTML capture
    stats = crawler.stats.get_stats()
    assert stats[f"danvan/{portal.id}/captures_listed"] == len(rows)
    ignored = [c for c in rows if not (c.is_html_ok and article_url(portal, c.original) in expected)]
    assert stats[f"danvan/{portal.id}/captures_ignored"] == len(ignored) > len(others)


def test_several_captures_make_one_article_the_earliest_complete_one(archived: dict) -> None:
    db = archived["db"]
    portal = REG.get("caugiay")
    host = portal.hosts[0]
    index = build_index(SITES, [host])
    special = special_urls(SITES, host)
    captures = {kind: sorted(e.timestamp for e in index.entries if e.urlkey == surt(original))
                for kind, original in special.items()}

    # A later capture with a different text is a version; the article keeps the earliest text.
    url = article_url(portal, special["changed_later"])
    (article_id, captured, body), = query(
        db, "SELECT a.id, a.captured_at, t.body FROM articles a JOIN article_texts t ON t.article_id = a.id"
            " WHERE a.url = ?", url)
    assert captured == timestamp_iso(captures["changed_later"][0])
    assert UPDATE_NOTE not in body
    versions = query(db, "SELECT captured_at, body, snapshot_url FROM article_versions WHERE article_id = ?",
                     article_id)
    assert len(versions) == 1
    assert versions[0][0] == timestamp_iso(captures["changed_later"][-1]) > captured
    assert versions[0][1].startswith(UPDATE_NOTE)
    # The identical second capture was collapsed, not fetched.
    fetched = [ts for ts, o, _ in snapshot_originals(archived["log"]) if surt(o) == surt(special["changed_later"])]
    assert sorted(fetched) == [captures["changed_later"][0], captures["changed_later"][-1]]

    # An earlier capture that is an error page does not win: the next, complete one does.
    url = article_url(portal, special["error_first"])
    (captured,), = query(db, "SELECT captured_at FROM articles WHERE url = ?", url)
    assert captured == timestamp_iso(captures["error_first"][1]) > timestamp_iso(captures["error_first"][0])
    assert not query(db, "SELECT 1 FROM article_versions v JOIN articles a ON a.id = v.article_id WHERE a.url = ?",
                     url)

    # A capture whose replay redirects (302) is read where it leads.
    asked = [(ts, status) for ts, o, status in snapshot_originals(archived["log"])
             if surt(o) == surt(special["redirect"])]
    assert asked[0] == (captures["redirect"][0], 302)
    assert asked[1] == (captures["redirect"][1], 200)


def test_crawl_runs_count_archived_captures_apart(archived: dict) -> None:
    rows = query(archived["db"], """SELECT portal, mode, listing_pages, article_pages, articles_new, captures_listed,
                                           captures_fetched, captures_new, captures_versioned, status
                                    FROM crawl_runs ORDER BY id""")
    site, archive = rows[:len(PORTALS)], rows[len(PORTALS):]
    assert len(archive) == len(PORTALS)
    for _, _, listing, article, _, listed, fetched, new, versioned, _ in site:
        assert listing > 0 and article > 0 and (listed, fetched, new, versioned) == (0, 0, 0, 0)
    for portal, _, listing, article, new_articles, listed, fetched, new, _, status in archive:
        assert status == "ok", portal
        assert (listing, article) == (0, 0)  # no page of the portal's own site was read
        assert listed > fetched > 0 and new == new_articles > 0, portal
    assert sum(r[8] for r in archive) >= 1


def test_reparse_keeps_archived_articles_under_their_own_urls(archived: dict, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(archived["db"].parent, copy, ignore=shutil.ignore_patterns("*.lock", "crawls"))
    db = copy / archived["db"].name
    sql = "SELECT url, portal, captured_at, snapshot_url, published_at, unit FROM articles ORDER BY url"
    before = query(db, sql)
    assert [r for r in before if r[2]]
    result = danvan("reparse", "--db", str(db))
    assert result.returncode == 0, result.stderr[-3000:]
    assert query(db, sql) == before  # no article under a snapshot URL, no capture time lost


def test_a_second_crawl_of_the_archive_fetches_nothing_it_has(archived: dict, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(archived["db"].parent, copy, ignore=shutil.ignore_patterns("*.lock", "crawls"))
    db = copy / archived["db"].name
    counts = ("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM skipped),"
              " (SELECT count(*) FROM article_versions)")
    before = query(db, counts)
    last_run = query(db, "SELECT max(id) FROM crawl_runs")[0][0]
    log = tmp_path / "cdx.log"
    result = danvan("crawl", "--offline", "--wayback", "--db", str(db), *[a for p in PORTALS for a in ("--portal", p)],
                    DANVAN_WAYBACK_PAGE_SIZE="5", DANVAN_CDX_LOG=str(log))
    assert result.returncode == 0, result.stderr[-3000:]
    assert query(db, counts) == before
    # Closed windows listed to their end are not listed again: not one request to the archive.
    assert read_log(log) == []
    runs = query(db, "SELECT id, status, captures_listed, captures_fetched, captures_new FROM crawl_runs WHERE id > ?",
                 last_run)
    assert len(runs) == len(PORTALS)
    assert all(status == "ok" and (listed, fetched, new) == (0, 0, 0) for _, status, listed, fetched, new in runs)
    assert not query(db, "SELECT * FROM errors WHERE run_id > ?", last_run)  # monitors content too
    # A full sweep lists them again (and still fetches nothing it has): the cost saved above.
    swept = danvan("crawl", "--offline", "--wayback", "--db", str(db), *[a for p in PORTALS for a in ("--portal", p)],
                   DANVAN_WAYBACK_PAGE_SIZE="5", DANVAN_CDX_LOG=str(log), DANVAN_FULL_SWEEP="1")
    assert swept.returncode == 0, swept.stderr[-3000:]
    assert len(listing_queries(read_log(log))) > len(PORTALS)


def test_an_open_window_is_listed_again_only_since_its_last_listing(tmp_path: Path) -> None:
    from crawler.wayback.progress import ListingState, newer_than, window_read

    done = ListingState(None, True, 12, "2026-11-23T08:00:00+00:00")
    assert newer_than(done, 7) == "20261116080000"
    assert window_read(done, "20250630", 7)  # closed long before: nothing to ask
    assert not window_read(done, "", 7)  # open: ask for what came since
    assert not window_read(done, "20261120", 7)  # closed within the index's lag: ask once more
    assert not window_read(ListingState("k", False, 3, "2026-11-23T08:00:00+00:00"), "20250630", 7)  # unfinished


def test_interrupted_listing_resumes_at_its_key(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    log = tmp_path / "cdx.log"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DANVAN_WAYBACK_PAGE_SIZE": "4", "DANVAN_CDX_LOG": str(log)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "crawler.cli", "crawl", "--offline", "--wayback", "--portal", "caugiay",
         "--db", str(db)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, start_new_session=True,
        env={**env, "DANVAN_DOWNLOAD_DELAY": "0.5"},
    )

    def saved_key() -> str | None:
        if not db.exists():
            return None
        try:
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30) as conn:
                row = conn.execute("SELECT resume_key FROM wayback_progress WHERE done = 0").fetchone()
        except sqlite3.OperationalError:
            return None
        return row[0] if row else None

    while not saved_key():
        assert proc.poll() is None, "the crawl ended before its listing's first page was saved"
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    key = saved_key()
    assert key
    first_run = len(read_log(log))
    stored_before = query(db, "SELECT count(*) FROM articles")[0][0] + query(db, "SELECT count(*) FROM skipped")[0][0]
    expected = expected_articles(REG.get("caugiay"))
    assert stored_before < len(expected)

    again = subprocess.run(
        [sys.executable, "-m", "crawler.cli", "crawl", "--offline", "--wayback", "--portal", "caugiay",
         "--db", str(db)], capture_output=True, text=True, cwd=ROOT, timeout=600, env=env)
    assert again.returncode == 0, again.stderr[-3000:]
    listings = [q for q in listing_queries(read_log(log)[first_run:]) if q.get("matchType") == ["prefix"]]
    assert listings[0]["resumeKey"] == [key]  # went on where the killed crawl stopped
    assert all("resumeKey" in q for q in listings)  # and never listed the first page again
    stored = {u for (u,) in query(db, "SELECT url FROM articles UNION ALL SELECT url FROM skipped")}
    assert stored == expected
    assert query(db, "SELECT done, resume_key FROM wayback_progress") == [(1, None)]


def test_a_crawl_killed_while_fetching_loses_no_article(tmp_path: Path) -> None:
    """Killed when a capture is marked fetched but its article is not stored yet (the store's batch,
    or an error page whose next capture was still to come), with the listing unfinished."""
    db = tmp_path / "archive.db"
    log = tmp_path / "cdx.log"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DANVAN_WAYBACK_PAGE_SIZE": "4", "DANVAN_CDX_LOG": str(log)}
    command = [sys.executable, "-m", "crawler.cli", "crawl", "--offline", "--wayback", "--portal", "caugiay",
               "--db", str(db)]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT,
                            start_new_session=True, env={**env, "DANVAN_DOWNLOAD_DELAY": "0.3"})
    unstored = """SELECT DISTINCT c.url FROM wayback_captures c WHERE c.fetched_at IS NOT NULL
                  AND c.url NOT IN (SELECT url FROM articles) AND c.url NOT IN (SELECT url FROM skipped)
                  AND EXISTS (SELECT 1 FROM wayback_progress WHERE done = 0)"""

    def fetched_not_stored() -> set[str]:
        if not db.exists():
            return set()
        try:
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30) as conn:
                return {u for (u,) in conn.execute(unstored)}
        except sqlite3.OperationalError:  # the schema is not there yet
            return set()

    try:
        while not fetched_not_stored():
            assert proc.poll() is None, "the crawl ended without being caught between fetch and store"
            time.sleep(0.01)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    lost = fetched_not_stored()  # what was committed when the crawl died
    assert lost
    assert query(db, "SELECT count(*) FROM wayback_progress WHERE done = 0")[0][0] == 1
    first_run = len(read_log(log))

    again = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=600, env=env)
    assert again.returncode == 0, again.stderr[-3000:]
    stored = {u for (u,) in query(db, "SELECT url FROM articles UNION ALL SELECT url FROM skipped")}
    assert stored == expected_articles(REG.get("caugiay"))
    portal = REG.get("caugiay")
    refetched = {article_url(portal, o) for _, o, _ in snapshot_originals(read_log(log)[first_run:])}
    assert lost <= refetched  # read again by the resumed crawl, not left for a later full listing
    listings = [q for q in listing_queries(read_log(log)[first_run:]) if q.get("matchType") == ["prefix"]]
    assert all("resumeKey" in q for q in listings)  # the listing itself went on, not over


def test_a_busy_archive_is_given_the_time_it_asks_for(tmp_path: Path) -> None:
    log = tmp_path / "cdx.log"
    result = danvan("crawl", "--offline", "--wayback", "--portal", "lechan", "--db", str(tmp_path / "a.db"),
                    DANVAN_CDX_BUSY="1", DANVAN_CDX_RETRY_AFTER="2", DANVAN_CDX_LOG=str(log),
                    DANVAN_CONTACT="ops@example.org")
    assert result.returncode == 0, result.stderr[-3000:]
    entries = read_log(log)
    busy = next(i for i, e in enumerate(entries) if e["status"] == 429)
    retry = entries[busy + 1]
    assert "/cdx/search/cdx" in retry["path"] and retry["status"] == 200
    assert retry["time"] - entries[busy]["time"] >= 1.9  # Retry-After: 2
    assert {e["agent"] for e in entries} == {entries[0]["agent"]}
    assert entries[0]["agent"].startswith("danvan/") and "ops@example.org" in entries[0]["agent"]
    stored = {u for (u,) in query(tmp_path / "a.db", "SELECT url FROM articles UNION ALL SELECT url FROM skipped")}
    assert stored == expected_articles(REG.get("lechan"))


def test_closed_portals_are_read_from_archives_live_and_from_the_mirror_offline() -> None:
    from crawler.crawl.runner import plan

    ids = ["caugiay", "ngoquyen", "sotttt", "hanoi"]
    assert plan(REG, ids, offline=False).wayback == {"caugiay", "ngoquyen"}  # sotttt: closed, no source
    assert plan(REG, ids, offline=True).wayback == set()  # the mirror holds their pages as they were
    chosen = plan(REG, ids, offline=True, wayback=True)
    assert chosen.wayback == {"caugiay", "ngoquyen"}
    assert set(chosen.skipped) == {"sotttt", "hanoi"}


def test_the_archive_is_crawled_politely_by_default() -> None:
    from crawler.crawl.runner import project_settings
    from spiders.wayback import WaybackSpider

    settings = project_settings("live")
    WaybackSpider.update_settings(settings)  # what Scrapy does when it creates the spider's crawler
    assert settings.getfloat("DOWNLOAD_DELAY") >= 1
    assert settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") == 1
    assert settings.getbool("AUTOTHROTTLE_ENABLED")
    assert settings.get("USER_AGENT").startswith("danvan/")
    assert 429 in settings.getlist("RETRY_HTTP_CODES") and 503 in settings.getlist("RETRY_HTTP_CODES")
    assert "spiders.wayback.ArchiveBackoffMiddleware" in settings.getdict("DOWNLOADER_MIDDLEWARES")
    # A Retry-After the archive's backoff may wait is retried, not only one up to the portals' cap.
    assert project_settings("live").getfloat("DANVAN_RETRY_AFTER_MAX") < settings.getfloat("DANVAN_WAYBACK_MAX_BACKOFF")
    assert settings.getfloat("DANVAN_RETRY_AFTER_MAX") == settings.getfloat("DANVAN_WAYBACK_MAX_BACKOFF")


def test_live_settings_send_the_archive_one_request_a_second(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`scrapy crawl wayback` with the live profile, only the archive's host routed to the local one."""
    from crawler.mirror.cdx import serving_in_subprocess

    log = tmp_path / "cdx.log"
    db = tmp_path / "a.db"
    env = {k: v for k, v in os.environ.items() if not k.startswith("DANVAN_") or k == "DANVAN_FROZEN_TIME"}
    handlers = json.dumps({"https": "crawler.mirror.routing.MirrorDownloadHandler"})
    monkeypatch.setenv("DANVAN_CDX_LOG", str(log))  # the local archive's request log
    with serving_in_subprocess(["lechan.haiphong.gov.vn"]) as url:
        result = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "wayback", "-a", "portal=lechan", "-s", f"DANVAN_DB={db}",
             "-s", f"DANVAN_WAYBACK_MIRROR_URL={url}", "-s", f"DOWNLOAD_HANDLERS={handlers}",
             "-s", "LOG_LEVEL=WARNING"],
            capture_output=True, text=True, cwd=ROOT, timeout=600,
            env={**env, "PYTHONPATH": str(ROOT)},
        )
    assert result.returncode == 0, result.stderr[-3000:]
    entries = read_log(log)
    assert entries, result.stderr[-3000:]
    assert entries[0]["path"].endswith("/robots.txt")
    pages = entries[1:]
    assert len(pages) > 10
    gaps = [b["time"] - a["time"] for a, b in pairwise(pages)]
    assert min(gaps) >= 0.95, min(gaps)  # never two requests to the archive within a second
    stored = {u for (u,) in query(db, "SELECT url FROM articles UNION ALL SELECT url FROM skipped")}
    assert stored == expected_articles(REG.get("lechan"))


def test_a_503_without_retry_after_backs_off_exponentially_and_slows_what_follows(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The archive answers its first two CDX queries 503 with no Retry-After: the listing is
    retried after 0.5 s, then 1 s (DANVAN_WAYBACK_BACKOFF_BASE=0.5), and the next request waits too."""
    from crawler.mirror.cdx import serving_in_subprocess

    log = tmp_path / "cdx.log"
    db = tmp_path / "a.db"
    env = {k: v for k, v in os.environ.items() if not k.startswith("DANVAN_") or k == "DANVAN_FROZEN_TIME"}
    handlers = json.dumps({"https": "crawler.mirror.routing.MirrorDownloadHandler"})
    for name, value in {"DANVAN_CDX_LOG": str(log), "DANVAN_CDX_BUSY": "2", "DANVAN_CDX_BUSY_STATUS": "503",
                        "DANVAN_CDX_RETRY_AFTER": ""}.items():
        monkeypatch.setenv(name, value)
    with serving_in_subprocess(["lechan.haiphong.gov.vn"]) as url:
        result = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "wayback", "-a", "portal=lechan", "-s", f"DANVAN_DB={db}",
             "-s", f"DANVAN_WAYBACK_MIRROR_URL={url}", "-s", f"DOWNLOAD_HANDLERS={handlers}",
             "-s", "DOWNLOAD_DELAY=0.05", "-s", "AUTOTHROTTLE_START_DELAY=0.05",
             "-s", "DANVAN_WAYBACK_BACKOFF_BASE=0.5", "-s", "LOG_LEVEL=INFO"],
            capture_output=True, text=True, cwd=ROOT, timeout=600,
            env={**env, "PYTHONPATH": str(ROOT)},
        )
    assert result.returncode == 0, result.stderr[-3000:]
    pages = [e for e in read_log(log) if not e["path"].endswith("/robots.txt")]
    assert [e["status"] for e in pages[:3]] == [503, 503, 200]
    assert pages[0]["path"] == pages[1]["path"] == pages[2]["path"]  # the same listing query, retried
    gaps = [b["time"] - a["time"] for a, b in pairwise(pages)]
    assert 0.45 <= gaps[0] < 0.95  # the first backoff: DANVAN_WAYBACK_BACKOFF_BASE
    assert gaps[1] >= 0.95  # the second in a row: twice as long
    # The request after the retry waits too, not DOWNLOAD_DELAY's 0.05 s (AutoThrottle eases
    # the delay down by halves from there, when the download handler reports latencies).
    assert gaps[2] >= 0.45
    found = re.search(r"'danvan/wayback_backoffs': (\d+)", result.stderr)
    assert found and int(found.group(1)) == 2, result.stderr[-3000:]
    found = re.search(r"'danvan/wayback_backoff_max': ([\d.]+)", result.stderr)
    assert found and float(found.group(1)) == 1.0
    stored = {u for (u,) in query(db, "SELECT url FROM articles UNION ALL SELECT url FROM skipped")}
    assert stored == expected_articles(REG.get("lechan"))


def test_cdx_answers_parse_with_and_without_a_resume_key() -> None:
    header = ["urlkey", "timestamp", "original", "mimetype", "statuscode", "digest", "length"]
    row = ["vn,gov,hanoi,caugiay)/a", "20190101000000", "http://caugiay.hanoi.gov.vn:80/a", "text/html", "200",
           "ABC", "123"]
    page = parse_cdx(json.dumps([header, row, [], ["vn%2Cgov+20190101000000"]]))
    assert page.resume_key == "vn%2Cgov+20190101000000"
    assert [c.original for c in page.captures] == ["http://caugiay.hanoi.gov.vn:80/a"]
    assert page.captures[0].captured_at == "2019-01-01T00:00:00+00:00"
    assert parse_cdx(json.dumps([header, row])).resume_key is None
    assert parse_cdx("[]").captures == [] and parse_cdx("").captures == []
    url = cdx_query_url("https://web.archive.org/cdx/search/cdx", "caugiay.hanoi.gov.vn/", date_from="2010",
                        date_to="20250630", limit=1000, resume_key="k+1")
    params = parse_qs(urlsplit(url).query)
    assert params["matchType"] == ["prefix"] and params["collapse"] == ["urlkey"]
    assert params["showResumeKey"] == ["true"] and params["resumeKey"] == ["k+1"] and params["limit"] == ["1000"]
    snap = snapshot_url("https://web.archive.org/web/", "20190101000000", "http://caugiay.hanoi.gov.vn/a?b=1")
    assert snap == "https://web.archive.org/web/20190101000000id_/http://caugiay.hanoi.gov.vn/a?b=1"
    assert parse_snapshot_url(snap) == ("20190101000000", "http://caugiay.hanoi.gov.vn/a?b=1")
    assert portal_url("http://caugiay.hanoi.gov.vn:80/a", "https://caugiay.hanoi.gov.vn") == \
        "https://caugiay.hanoi.gov.vn/a"
    assert unquote("vn%2Cgov") == "vn,gov"


def test_a_portal_without_a_wayback_source_is_skipped_with_the_reason(tmp_path: Path) -> None:
    result = danvan("crawl", "--offline", "--wayback", "--portal", "hanoi", "--db", str(tmp_path / "a.db"))
    assert result.returncode == 0, result.stderr
    assert "skipped hanoi: no wayback source in the registry" in result.stderr


def test_the_local_archive_answers_as_the_recorded_real_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Repeated rows of one capture, memento headers on a raw replay, a view-mode redirect to a
    nearby timestamp, and a blocked site's 403 (shared notes §6); the client reads each right."""
    from urllib.error import HTTPError

    from crawler.wayback.cdx import blocked_reason

    host = REG.get("caugiay").hosts[0]
    blocked = REG.get("ngoquyen").hosts[0]
    monkeypatch.setenv("DANVAN_CDX_BLOCKED", blocked)
    with local_archive([host, blocked]) as base:
        raw = urlopen(f"{base}/web.archive.org/cdx/search/cdx?url={host}/&matchType=prefix&output=json").read()
        rows = json.loads(raw)[1:]
        repeated = [a for a, b in pairwise(rows) if a == b]
        assert repeated, "no capture repeated on consecutive rows"
        page = parse_cdx(raw)
        assert len(page.captures) == len(rows) - len(repeated)  # the client keeps each capture once
        entry = next(e for e in build_index(SITES, [host]).entries if e.statuscode == "200" and b"<body" in e.body)
        with urlopen(f"{base}/web.archive.org/web/{entry.timestamp}id_/{entry.original}") as memento:
            assert memento.headers["Memento-Datetime"]
            assert 'rel="original"' in memento.headers["Link"] and 'rel="timegate"' in memento.headers["Link"]
            assert memento.headers["X-Archive-Src"]
        # View mode at a time with no capture: a 302 to the nearest capture, in the same form.
        import http.client

        connection = http.client.HTTPConnection(urlsplit(base).netloc, timeout=10)
        connection.request("GET", f"/web.archive.org/web/20000101000000/{entry.original}")
        moved = connection.getresponse()
        assert moved.status == 302
        location = moved.headers["Location"]
        assert re.search(r"/web/\d{14}/", location) and "20000101000000" not in location
        connection.close()
        with pytest.raises(HTTPError) as refused:
            urlopen(f"{base}/web.archive.org/cdx/search/cdx?url={blocked}/&matchType=prefix&output=json")
        assert refused.value.code == 403
        headers = {k: v for k, v in refused.value.headers.items()}
        assert blocked_reason(403, headers) and "Blocked Site Error" in headers["X-Archive-Wayback-Runtime-Error"]
        excluded = urlopen(f"{base}/web.archive.org/web/20200101000000id_/https://{blocked}/").read()
        assert b"excluded from the Wayback Machine" in excluded


def test_a_blocked_site_is_one_clear_error_row_and_nothing_else(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    result = danvan("crawl", "--offline", "--wayback", "--db", str(db), "--portal", "ngoquyen",
                    DANVAN_CDX_BLOCKED=REG.get("ngoquyen").hosts[0])
    assert result.returncode in (1, 3), result.stderr[-3000:]
    reasons = [r for (r,) in query(db, "SELECT reason FROM errors WHERE portal = 'ngoquyen'")]
    assert reasons and all("Blocked Site Error" in r for r in reasons if r.startswith("HTTP 403"))
    assert any("the web archive blocks this site" in r for r in reasons)
    assert query(db, "SELECT count(*) FROM articles WHERE portal = 'ngoquyen'") == [(0,)]
