"""Politeness: live crawls obey robots.txt, throttle, cap per-domain concurrency and say who they are."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path

from crawler.crawl.runner import project_settings
from crawler.mirror import SITES
from crawler.mirror.server import MirrorHandler, in_thread
from tests.helpers import ROOT

HOST = "ngoquyen.haiphong.gov.vn"
ARTICLES = "/Tin-tuc-su-kien/"  # the portal's article pages; its listing is /Tin-tuc-su-kien
CONTACT = "ops@example.org"


def test_live_profile_is_polite() -> None:
    settings = project_settings("live")
    assert settings.getbool("ROBOTSTXT_OBEY")
    assert settings.getbool("AUTOTHROTTLE_ENABLED")
    assert settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") == 1
    assert settings.getfloat("DOWNLOAD_DELAY") >= 1
    assert "MirrorDownloadHandler" not in str(settings.getdict("DOWNLOAD_HANDLERS"))


def test_offline_profile_lifts_the_delays_but_still_reads_robots_txt() -> None:
    settings = project_settings("offline")
    assert settings.getfloat("DOWNLOAD_DELAY") == 0
    assert not settings.getbool("AUTOTHROTTLE_ENABLED")
    assert settings.getbool("ROBOTSTXT_OBEY")


def test_user_agent_names_the_project_and_the_configured_contact() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DANVAN_")}
    result = subprocess.run(
        [sys.executable, "-m", "scrapy", "settings", "--get", "USER_AGENT"],
        capture_output=True, text=True, cwd=ROOT, timeout=120, env={**env, "DANVAN_CONTACT": CONTACT},
    )
    assert result.returncode == 0, result.stderr
    agent = result.stdout.strip()
    assert agent.startswith("danvan/")
    assert CONTACT in agent


class _Seen:
    """What the mirror server was asked: request paths and User-Agents."""

    def __init__(self) -> None:
        self.paths: list[str] = []
        self.agents: set[str] = set()
        self.lock = threading.Lock()


@contextlib.contextmanager
def recording_mirror(root: Path) -> Iterator[tuple[str, _Seen]]:
    """The mirror server over `root`, on loopback, recording every request it answers."""
    seen = _Seen()

    class Handler(MirrorHandler):
        def _answer(self, send_body: bool) -> None:
            with seen.lock:
                seen.paths.append(self.path)
                seen.agents.add(self.headers.get("User-Agent", ""))
            super()._answer(send_body)

    Handler.root = root
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    with in_thread(server) as url:
        yield url, seen


def _crawl_copy(tmp_path: Path, robots: str | None) -> tuple[Path, _Seen, str]:
    """Crawl a copy of one portal's mirror, with `robots` as its robots.txt; return archive, requests, log."""
    root = tmp_path / "sites"
    shutil.copytree(SITES / HOST, root / HOST)
    if robots is not None:
        (root / HOST / "robots.txt").write_text(robots, encoding="utf-8")
    db = tmp_path / "archive.db"
    env = {k: v for k, v in os.environ.items() if not k.startswith("DANVAN_")}
    with recording_mirror(root) as (url, seen):
        result = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "haiphong", "-a", "portal=ngoquyen",
             "-s", f"DANVAN_DB={db}", "-s", "LOG_LEVEL=INFO"],
            capture_output=True, text=True, cwd=ROOT, timeout=300,
            env={**env, "DANVAN_MIRROR_URL": url, "DANVAN_CONTACT": CONTACT},
        )
    assert result.returncode == 0, result.stderr[-3000:]
    return db, seen, result.stderr


def _pages_seen(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT (SELECT count(*) FROM articles WHERE portal = 'ngoquyen')"
                            " + (SELECT count(*) FROM skipped WHERE portal = 'ngoquyen')").fetchone()[0]


def test_robots_txt_is_obeyed_over_http(tmp_path: Path) -> None:
    db, seen, log = _crawl_copy(tmp_path, f"User-agent: *\nDisallow: {ARTICLES}\n")
    requested = [path.removeprefix(f"/{HOST}") for path in seen.paths]
    assert "/robots.txt" in requested  # asked first, through the same HTTP path as the pages
    assert any(path.startswith("/Tin-tuc-su-kien") for path in requested)  # the listing was crawled
    assert not [path for path in requested if path.startswith(ARTICLES)]  # no disallowed page fetched
    assert _pages_seen(db) == 0
    assert "'robotstxt/forbidden'" in log  # Scrapy counts what robots.txt kept it from
    assert len(seen.agents) == 1  # robots.txt and pages alike
    agent = seen.agents.pop()
    assert agent.startswith("danvan/")
    assert CONTACT in agent


def test_the_same_portal_without_the_rule_is_crawled(tmp_path: Path) -> None:
    """The control for the robots.txt test: the copy and the crawl work when nothing is disallowed."""
    db, seen, _ = _crawl_copy(tmp_path, "User-agent: *\nDisallow: /search\n")
    assert any(path.startswith(f"/{HOST}{ARTICLES}") for path in seen.paths)
    assert _pages_seen(db) > 0
