"""Ready for the live web: the real Liferay pages with their classes renamed, quiet cron runs,
closed portals never fetched live, provenance in `danvan extract`, the cadence field."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from crawler.core import registry
from crawler.crawl.outcomes import EXIT_DEGRADED, EXIT_OK
from crawler.mirror import SITES, drift
from tests.helpers import ROOT, read_rows

REAL_HOST = "sotttt.hanoi.gov.vn"  # the real Liferay copy, byte for byte (tests/test_mirror.py checks it)
# The classes the Liferay platform reads the title, date, sapo and body by.
LIFERAY_CLASSES = ("asset-full-content-title", "header-title", "assetPublishDate", "sapo", "asset-content",
                   "journal-content-article")


def danvan(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "crawler.cli", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=600, env={**os.environ, "PYTHONPATH": str(ROOT), **env})


def renamed(html: str) -> str:
    """Every class attribute with the Liferay classes above renamed (nothing else changes)."""
    names = "|".join(re.escape(c) for c in LIFERAY_CLASSES)
    return re.sub(r'(class\s*=\s*["\'])([^"\']*)', lambda m: m.group(1) + re.sub(
        rf"(?<![\w-])({names})(?![\w-])", r"v7-\1", m.group(2)), html)


@pytest.fixture(scope="module")
def real_crawls(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The real category crawled as it is, and again with its classes renamed."""
    work = tmp_path_factory.mktemp("real-renamed")
    sites = work / "sites"
    shutil.copytree(SITES / REAL_HOST, sites / REAL_HOST)
    changed = 0
    for page in (sites / REAL_HOST).rglob("*.html"):
        raw = page.read_bytes().decode("utf-8")
        if "view_content" in page.as_posix():
            page.write_bytes(renamed(raw).encode("utf-8"))
            changed += 1
    assert changed > 200
    as_is, redesigned = work / "as-is.db", work / "renamed.db"
    assert danvan("crawl", "--offline", "--quiet", "--portal", "sotttt", "--db", str(as_is),
                  DANVAN_STORE_ALL="1").returncode == EXIT_OK
    result = danvan("crawl", "--offline", "--quiet", "--portal", "sotttt", "--db", str(redesigned),
                    DANVAN_MIRROR_ROOT=str(sites), DANVAN_STORE_ALL="1")
    assert result.returncode == EXIT_DEGRADED, result.stdout + result.stderr
    return as_is, redesigned


def test_renamed_liferay_classes_still_give_nine_in_ten_titles_and_dates(real_crawls: tuple[Path, Path]) -> None:
    as_is, redesigned = real_crawls
    query = "SELECT url, title, published_at FROM articles"
    truth = {url: (title, date) for url, title, date in read_rows(as_is, query)}
    got = {url: (title, date) for url, title, date in read_rows(redesigned, query)}
    assert len(truth) > 200  # every article of the category (DANVAN_STORE_ALL), not only the relevant ones
    print(f"\nrenamed Liferay classes: titles {titles_right(truth, got)}, dates {dates_right(truth, got)} "
          f"of {len(truth)}")
    titles, dates = titles_right(truth, got), dates_right(truth, got)
    assert titles >= 0.9 * len(truth), (titles, len(truth))
    assert dates >= 0.9 * len(truth), (dates, len(truth))


def titles_right(truth: dict[str, tuple[str, str]], got: dict[str, tuple[str, str]]) -> int:
    return sum(got.get(url, ("", ""))[0] == title for url, (title, _) in truth.items())


def dates_right(truth: dict[str, tuple[str, str]], got: dict[str, tuple[str, str]]) -> int:
    return sum(got.get(url, ("", ""))[1] == date for url, (_, date) in truth.items())


def test_every_article_of_the_renamed_pages_says_where_each_field_came_from(real_crawls) -> None:
    _, redesigned = real_crawls
    rows = read_rows(redesigned, "SELECT field_sources FROM articles")
    assert rows
    for (sources,) in rows:
        found = json.loads(sources)
        assert {"title", "published_at", "body"} <= set(found)
        assert set(found.values()) <= {"platform", "metadata", "generic"}
        assert found["title"] != "platform"  # its class was renamed: a lower layer gave it


def test_the_renamed_run_is_degraded_and_names_the_selectors(real_crawls) -> None:
    _, redesigned = real_crawls
    [(status, broken, problems)] = read_rows(redesigned, "SELECT status, broken, problems FROM crawl_runs")
    assert (status, broken) == ("degraded", 1)
    assert "the platform's selectors found no title" in problems


def test_quiet_prints_exactly_the_portals_that_are_not_ok(tmp_path: Path) -> None:
    sites = drift.build("body-renamed", registry.load().get("ngoquyen"), tmp_path / "sites")
    shutil.copytree(SITES / "lechan.haiphong.gov.vn", sites / "lechan.haiphong.gov.vn")
    result = danvan("crawl", "--offline", "--quiet", "--portal", "ngoquyen", "--portal", "lechan",
                    "--db", str(tmp_path / "archive.db"), DANVAN_MIRROR_ROOT=str(sites))
    assert result.returncode == EXIT_DEGRADED
    assert [line.split(":")[0] for line in result.stdout.splitlines()] == ["ngoquyen"]
    assert result.stdout.startswith("ngoquyen: degraded: the platform's selectors found no body on ")
    assert result.stderr == ""
    assert dict(read_rows(tmp_path / "archive.db", "SELECT portal, status FROM crawl_runs")) == {
        "ngoquyen": "degraded", "lechan": "ok"}


class Counting(BaseHTTPRequestHandler):
    hits: list[str]

    def do_GET(self) -> None:
        type(self).hits.append(self.path)
        self.send_response(404)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def test_a_closed_portal_without_a_web_archive_is_never_fetched_live(tmp_path: Path) -> None:
    handler = type("Hits", (Counting,), {"hits": []})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    reg = tmp_path / "portals.toml"
    reg.write_text(f'''
[[portal]]
id = "quan-cu"
name = "Cổng thông tin quận (đã giải thể)"
platform = "haiphong"
status = "closed"
base_url = "{base}"
start_urls = ["{base}/Tin-tuc-su-kien"]
  [[portal.unit]]
  name = "Quận Ngô Quyền"
  code = "304"
  level = "quận"
  province = "Thành phố Hải Phòng"
  province_code = "31"
  valid_to = "2025-06-30"
''', encoding="utf-8")
    try:
        result = danvan("crawl", "--registry", str(reg), "--portal", "quan-cu", "--db", str(tmp_path / "a.db"))
    finally:
        server.shutdown()
        server.server_close()
    assert result.returncode == EXIT_OK, result.stderr
    assert "skipped quan-cu: closed, and no web-archive source in the registry" in result.stderr.splitlines()
    assert handler.hits == []


def test_danvan_extract_says_which_layer_gave_each_field() -> None:
    page = next(p for p in (SITES / "ngoquyen.haiphong.gov.vn" / "Tin-tuc-su-kien").glob("*-*.html"))
    url = f"https://ngoquyen.haiphong.gov.vn/Tin-tuc-su-kien/{page.name}"
    result = danvan("extract", str(page), "--url", url)
    assert result.returncode == 0, result.stderr
    sources = json.loads(result.stdout)["field_sources"]
    assert sources["title"] == "platform"
    assert sources["published_at"] == "platform"
    assert sources["body"] == "platform"


@pytest.mark.parametrize("value", ["-3", "\"thirty\"", "2.5", "true"])
def test_cadence_days_must_be_a_whole_number_of_days(tmp_path: Path, value: str) -> None:
    text = (ROOT / "crawler" / "core" / "portals.toml").read_text(encoding="utf-8")
    path = tmp_path / "portals.toml"
    path.write_text(text.replace('id = "ngoquyen"', f'id = "ngoquyen"\ncadence_days = {value}', 1), encoding="utf-8")
    with pytest.raises(registry.RegistryError, match="cadence_days must be a whole number of days"):
        registry.load(path)


def test_cadence_days_is_read() -> None:
    assert registry.load().get("ngoquyen").cadence_days == 0  # the crawl's default applies
