"""VNPT vnPortal through the real engine: the mirror answers the pager's POST, the spider sends it.

- crawler.mirror.server answers a POST from a stored answer named by the fields it must hold;
- spiders/base.py sends a listing page a platform names by `listing_form` as that POST, and
  hands the answer to the platform as the URL the page stands for;
- `danvan crawl --offline` archives every article of the two mirrored portals: Ninh Bình (pages
  2+ POSTed) and Cần Thơ (`?page=N`).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

import pytest
from scrapy import FormRequest, Request
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from crawler.crawl.outcomes import EXIT_OK
from crawler.mirror import SITES
from crawler.mirror import build_vnportal as mirror
from crawler.mirror.server import posted_fields, resolve_post, serving_in_thread
from spiders.base import PortalSpider
from spiders.haiphong import HaiphongSpider
from spiders.vnportal import VnportalSpider, listing_form
from tests.helpers import ROOT, mirror_response, read_rows

NINHBINH, CANTHO = mirror.sites()
PLAN = mirror.plan()

# --- the mirror server's POST answers ---------------------------------------------------


@pytest.fixture()
def stored(tmp_path: Path) -> Path:
    folder = tmp_path / "vi-du.invalid" / "Module" / "Pager.aspx"
    folder.mkdir(parents=True)
    (folder / "Load@cat=7&page=2").write_text("cat 7, page 2", encoding="utf-8")
    (folder / "Load@cat=7").write_text("cat 7, any page", encoding="utf-8")
    (folder / "Load@cat=8&title=D%C3%A2n%20v%E1%BA%ADn").write_text("cat 8", encoding="utf-8")
    (tmp_path / "vi-du.invalid" / "trang").write_text("a page", encoding="utf-8")
    return tmp_path


def post(base: str, path: str, data: bytes, content_type: str) -> tuple[int, str]:
    request = urllib.request.Request(base + path, data=data, method="POST", headers={"Content-Type": content_type})
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, ""


FORM = "application/x-www-form-urlencoded"


def test_post_gets_the_answer_naming_most_of_its_fields(stored: Path) -> None:
    with serving_in_thread(stored) as base:
        assert post(base, "/vi-du.invalid/Module/Pager.aspx/Load", b"cat=7&page=2&size=15&q=", FORM) == (
            200, "cat 7, page 2")
        assert post(base, "/vi-du.invalid/Module/Pager.aspx/Load", b"page=3&cat=7", FORM) == (200, "cat 7, any page")


def test_post_of_json_is_matched_by_its_members_as_text(stored: Path) -> None:
    body = json.dumps({"cat": 7, "page": 2, "show": False}).encode()
    with serving_in_thread(stored) as base:
        assert post(base, "/vi-du.invalid/Module/Pager.aspx/Load", body, "application/json; charset=utf-8") == (
            200, "cat 7, page 2")


def test_stored_names_are_url_quoted_like_queries(stored: Path) -> None:
    body = urlencode({"cat": "8", "title": "Dân vận"}).encode()
    with serving_in_thread(stored) as base:
        assert post(base, "/vi-du.invalid/Module/Pager.aspx/Load", body, FORM) == (200, "cat 8")


def test_post_without_a_matching_answer_is_404(stored: Path) -> None:
    with serving_in_thread(stored) as base:
        assert post(base, "/vi-du.invalid/Module/Pager.aspx/Load", b"cat=9&page=2", FORM)[0] == 404
        assert post(base, "/vi-du.invalid/../../etc/passwd", b"cat=7", FORM)[0] == 404
        with pytest.raises(urllib.error.HTTPError) as get:  # stored answers are for POSTs with their fields
            urllib.request.urlopen(base + "/vi-du.invalid/Module/Pager.aspx/Load")
        assert get.value.code == 404


def test_post_to_a_plain_page_is_answered_as_a_get(stored: Path) -> None:
    with serving_in_thread(stored) as base:
        assert post(base, "/vi-du.invalid/trang", b"__VIEWSTATE=x", FORM) == (200, "a page")


def test_posted_fields() -> None:
    assert posted_fields(b"a=1&b=&c=D%C3%A2n", FORM) == {"a": "1", "b": "", "c": "Dân"}
    assert posted_fields(b'{"a": 1, "b": true, "c": null, "d": "x"}', "application/json") == {
        "a": "1", "b": "true", "c": "", "d": "x"}
    assert posted_fields(b"not json", "application/json") == {}


def test_the_mirrors_posted_pages_answer_the_spiders_form() -> None:
    for number in (2, 3, 4):
        url = mirror.listing_url(NINHBINH, NINHBINH.categories[0], number)
        endpoint, fields = listing_form(url)  # type: ignore[misc]
        path = resolve_post(SITES, "/" + endpoint.split("://", 1)[1], fields)
        assert path is not None and path.read_bytes() == mirror_response(url).body


# --- the base spider's hook -------------------------------------------------------------

REGISTRY = """extends = false

[[portal]]
id = "ninhbinh"
name = "Cổng thông tin điện tử tỉnh Ninh Bình"
platform = "vnportal"
base_url = "https://ninhbinh.gov.vn"
start_urls = ["https://ninhbinh.gov.vn/thong-tin-chi-dao-dieu-hanh", "https://ninhbinh.gov.vn/van-hoa-xa-hoi"]
allowed_domains = ["ninhbinh.gov.vn"]
notes = "[V] the ninhbinh entry of crawler/core/portals.d/provinces.toml, as the vnportal platform."
  [[portal.unit]]
  name = "Tỉnh Ninh Bình"
  code = "37"
  level = "tỉnh"
  province = "Tỉnh Ninh Bình"
  province_code = "37"
  valid_to = "2025-06-30"
  [[portal.unit]]
  name = "Tỉnh Ninh Bình"
  code = "37"
  level = "tỉnh"
  province = "Tỉnh Ninh Bình"
  province_code = "37"
  valid_from = "2025-07-01"

[[portal]]
id = "cantho"
name = "Cổng thông tin điện tử thành phố Cần Thơ"
platform = "vnportal"
base_url = "https://www.cantho.gov.vn"
start_urls = ["https://www.cantho.gov.vn/tin-tuc-va-su-kien", "https://www.cantho.gov.vn/hoat-dong-lanh-dao-thanh-pho"]
allowed_domains = ["cantho.gov.vn"]
notes = "[V] the cantho entry of crawler/core/portals.d/provinces.toml, as the vnportal platform."
  [[portal.unit]]
  name = "Thành phố Cần Thơ"
  code = "92"
  level = "thành phố"
  province = "Thành phố Cần Thơ"
  province_code = "92"
  valid_to = "2025-06-30"
  [[portal.unit]]
  name = "Thành phố Cần Thơ"
  code = "92"
  level = "thành phố"
  province = "Thành phố Cần Thơ"
  province_code = "92"
  valid_from = "2025-07-01"
"""


@pytest.fixture(scope="module")
def registry_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("registry") / "vnportal.toml"
    path.write_text(REGISTRY, encoding="utf-8")
    return path


@pytest.fixture()
def spider(registry_file: Path) -> VnportalSpider:
    crawler = get_crawler(VnportalSpider)
    return VnportalSpider.from_crawler(crawler, portal="ninhbinh", registry_path=str(registry_file))


def test_a_page_named_by_listing_form_is_posted(spider: VnportalSpider) -> None:
    url = mirror.listing_url(NINHBINH, NINHBINH.categories[0], 2)
    request = spider.listing_request(url, "ninhbinh", 2)
    endpoint, fields = listing_form(url)  # type: ignore[misc]
    assert isinstance(request, FormRequest) and request.method == "POST" and request.url == endpoint
    assert dict(parse_qsl(request.body.decode(), keep_blank_values=True)) == fields
    assert request.meta["danvan_listing_url"] == url and request.meta["danvan_kind"] == "listing"
    assert "danvan_conditional" not in request.meta  # the endpoint's validators are no one page's


def test_other_listing_pages_are_plain_gets(spider: VnportalSpider) -> None:
    request = spider.listing_request("https://ninhbinh.gov.vn/thong-tin-chi-dao-dieu-hanh", "ninhbinh", 1)
    assert type(request) is Request and request.method == "GET" and "danvan_listing_url" not in request.meta


def test_platforms_without_the_hook_are_unchanged() -> None:
    assert PortalSpider.listing_form is None and HaiphongSpider.listing_form is None
    crawler = get_crawler(HaiphongSpider)
    haiphong = HaiphongSpider.from_crawler(crawler, portal="ngoquyen")
    request = haiphong.listing_request("https://ngoquyen.haiphong.gov.vn/Tin-tuc-su-kien?Page=2", "ngoquyen", 2)
    assert type(request) is Request and request.method == "GET"
    assert request.url == "https://ngoquyen.haiphong.gov.vn/Tin-tuc-su-kien?Page=2"


def test_the_answer_is_read_as_the_page_it_stands_for(spider: VnportalSpider) -> None:
    category = NINHBINH.categories[0]
    url = mirror.listing_url(NINHBINH, category, 2)
    request = spider.listing_request(url, "ninhbinh", 2)
    response = HtmlResponse(request.url, body=mirror_response(url).body, encoding="utf-8", request=request)
    out = list(spider.parse_listing_page(response, "ninhbinh", 2))
    chunk = [p for p in PLAN[NINHBINH] if p.category == category][6:12]
    assert [r.url for r in out if r.meta["danvan_kind"] == "article"] == [mirror.url_of(NINHBINH, p) for p in chunk]
    [following] = [r for r in out if r.meta["danvan_kind"] == "listing"]
    assert following.method == "POST"
    assert following.meta["danvan_listing_url"] == mirror.listing_url(NINHBINH, category, 3)


# --- a real crawl over local HTTP ----------------------------------------------------------


def crawl(registry_file: Path, db: Path, log: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crawler.cli", "crawl", "--offline", "--quiet", "--registry", str(registry_file),
         "--portal", "ninhbinh", "--portal", "cantho", "--db", str(db)],
        capture_output=True, text=True, cwd=ROOT, timeout=600,
        env={**os.environ, "PYTHONPATH": str(ROOT), "DANVAN_MIRROR_ROOT": str(SITES), "DANVAN_STORE_ALL": "1",
             "DANVAN_MIRROR_ACCESS_LOG": str(log)})


@pytest.fixture(scope="module")
def crawled(registry_file: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("crawl")
    db, log = folder / "archive.db", folder / "access.log"
    result = crawl(registry_file, db, log)
    assert result.returncode == EXIT_OK, result.stdout + result.stderr[-3000:]
    return db, log


def expected(site: mirror.Site) -> set[tuple[str, str, str]]:
    return {(mirror.url_of(site, p), p.title, f"{p.when:%Y-%m-%dT%H:%M}:00+07:00") for p in PLAN[site]}


def built_listing_pages(site: mirror.Site) -> int:
    return sum(-(-len([p for p in PLAN[site] if p.category == c]) // c.per_page) for c in site.categories)


@pytest.mark.parametrize(("portal", "site"), [("ninhbinh", NINHBINH), ("cantho", CANTHO)])
def test_every_article_is_archived_with_its_title_and_date(crawled, portal: str, site: mirror.Site) -> None:
    db, _ = crawled
    rows = read_rows(db, "SELECT url, title, published_at FROM articles WHERE portal = ?", portal)
    assert set(rows) == expected(site) and len(rows) == len(PLAN[site])


@pytest.mark.parametrize(("portal", "site"), [("ninhbinh", NINHBINH), ("cantho", CANTHO)])
def test_the_run_is_ok_and_read_every_listing_page(crawled, portal: str, site: mirror.Site) -> None:
    db, _ = crawled
    [run] = read_rows(db, "SELECT status, listing_pages, articles_new, errors FROM crawl_runs WHERE portal = ?",
                      portal)
    assert run == ("ok", built_listing_pages(site), len(PLAN[site]), 0)
    assert built_listing_pages(site) == (5 if site is NINHBINH else 4)


def test_pages_2_to_4_were_posted(crawled) -> None:
    """The mirror has no file the endpoint's GET could get: each answer went to a POST of its form."""
    _, log = crawled
    answers = [line.split()[1:] for line in log.read_text(encoding="utf-8").splitlines() if mirror.PAGER_PATH in line]
    assert answers == [["200", f"/{NINHBINH.host}{mirror.PAGER_PATH}"]] * 3


def test_articles_carry_the_fields_of_the_platform_layer(crawled) -> None:
    db, _ = crawled
    post = next(p for p in PLAN[NINHBINH] if p.author and p.sapo)
    [row] = read_rows(db, "SELECT sapo, author, category, view_count, unit, province FROM articles WHERE url = ?",
                      mirror.url_of(NINHBINH, post))
    assert row == (post.sapo, post.author, post.category.label, int(mirror.views_of(post).replace(".", "")),
                   "Tỉnh Ninh Bình", "Tỉnh Ninh Bình")


def test_a_second_crawl_finds_nothing_new(crawled, registry_file: Path, tmp_path: Path) -> None:
    db, _ = crawled
    result = crawl(registry_file, db, tmp_path / "again.log")
    assert result.returncode == EXIT_OK, result.stdout + result.stderr[-3000:]
    runs = read_rows(db, "SELECT portal, status, articles_new FROM crawl_runs ORDER BY id DESC LIMIT 2")
    assert sorted(runs) == [("cantho", "ok", 0), ("ninhbinh", "ok", 0)]
    assert mirror.PAGER_PATH not in (tmp_path / "again.log").read_text(encoding="utf-8")
