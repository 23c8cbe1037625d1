"""The registry covers the country: every entry valid, matching the official units, and tested.

Entries whose hosts are in the offline mirror are crawled by the end-to-end tests; every
other entry has its URL rules checked here against the real article URLs its notes cite
(`example_urls`), or, where none was found, against its own start URLs.
"""

from __future__ import annotations

import importlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.core import registry
from crawler.crawl import coverage
from tests.helpers import ROOT

REGISTRY = registry.load()
ENTRIES = [p for p in REGISTRY.portals if coverage.describe(p)["test"] != "mirror"]


def danvan(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "crawler.cli", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})


@pytest.fixture(scope="module")
def summary() -> dict[str, object]:
    result = danvan("portals", "--coverage", "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_at_least_79_valid_entries(summary) -> None:
    assert summary["entries"] >= 79


def test_every_province_of_2025_has_a_current_source(summary) -> None:
    assert summary["provinces_2025"] == {"official": 34, "with_current_source": 34, "missing": []}


@pytest.mark.parametrize(("province", "official"), [("Hà Nội", 30), ("Hải Phòng", 15), ("Hải Dương", 12)])
def test_every_former_district_has_an_entry(summary, province: str, official: int) -> None:
    assert summary["former_districts"][province] == {"official": official, "covered": official, "missing": []}


def test_every_unit_matches_the_official_list(summary) -> None:
    assert summary["unit_mismatches"] == []


def test_every_entry_has_a_platform_and_a_test() -> None:
    described = json.loads(danvan("portals", "--json").stdout)
    assert len(described) == len(REGISTRY.portals)
    for entry in described:
        assert entry["platform"] in registry.PLATFORMS, entry["id"]
        assert entry["test"] in coverage.SOURCE_CHECKS, entry["id"]


def test_a_mismatching_unit_is_reported(tmp_path: Path) -> None:
    local = tmp_path / "local.toml"
    text = (ROOT / "crawler" / "core" / "portals.toml").read_text(encoding="utf-8")
    start = text.index('[[portal]]\nid = "ngoquyen"')
    entry = text[start:text.index("[[portal]]", start + 10)].replace('code = "304"', 'code = "305"', 1)
    local.write_text(entry, encoding="utf-8")
    result = danvan("portals", "--coverage", "--json", "--registry", str(local))
    [mismatch] = json.loads(result.stdout)["unit_mismatches"]
    assert (mismatch["portal"], mismatch["code"]) == ("ngoquyen", "305")


def accepts(portal: registry.Portal, url: str) -> bool:
    """Whether the portal's rules take `url` for an article: its platform's, or its own pattern."""
    if not portal.owns(url) and not any(re.search(s.article_pattern, url) for s in portal.sources
                                        if s.article_pattern):
        return False
    if portal.platform == "generic":
        patterns = [portal.article_pattern, *(s.article_pattern for s in portal.sources if s.article_pattern)]
        return any(p and re.search(p, url) for p in patterns)
    module = importlib.import_module(f"spiders.{portal.platform}")
    return bool(module.is_article_url(url)) or any(
        re.search(s.article_pattern, url) for s in portal.sources if s.article_pattern)


@pytest.mark.parametrize("portal", [p for p in ENTRIES if p.example_urls], ids=lambda p: p.id)
def test_real_article_urls_are_taken_for_articles(portal: registry.Portal) -> None:
    for url in portal.example_urls:
        assert accepts(portal, url), url


@pytest.mark.parametrize("portal", ENTRIES, ids=lambda p: p.id)
def test_start_urls_are_the_portals_own_and_not_articles(portal: registry.Portal) -> None:
    for url in portal.start_urls:
        assert portal.owns(url) or any(url.startswith(f"https://{d}") or url.startswith(f"http://{d}")
                                       for d in portal.allowed_domains), url
        assert not (portal.platform != "generic" and importlib.import_module(
            f"spiders.{portal.platform}").is_article_url(url)), url


def test_every_entry_cites_its_evidence() -> None:
    for portal in REGISTRY.portals:
        assert "[V]" in portal.notes or "[G]" in portal.notes or portal.status == "unidentified", portal.id


LOCAL_ENTRY = '''
[[portal]]
id = "phuong-moi"
name = "Cổng thông tin điện tử phường Ngô Quyền"
platform = "haiphong"
base_url = "https://ngoquyen.haiphong.gov.vn"
start_urls = ["https://ngoquyen.haiphong.gov.vn/Tin-tuc-su-kien"]
notes = "[G] a local entry"
  [[portal.unit]]
  name = "Thành phố Hải Phòng"
  code = "31"
  level = "thành phố"
  province = "Thành phố Hải Phòng"
  province_code = "31"
'''


def test_a_local_registry_adds_a_portal_without_hiding_the_shipped_ones(tmp_path: Path) -> None:
    local = tmp_path / "local.toml"
    local.write_text(LOCAL_ENTRY, encoding="utf-8")
    shipped = {p["id"] for p in json.loads(danvan("portals", "--json").stdout)}
    with_local = {p["id"] for p in json.loads(danvan("portals", "--json", "--registry", str(local)).stdout)}
    assert with_local == shipped | {"phuong-moi"}
    from_env = subprocess.run([sys.executable, "-m", "crawler.cli", "portals", "--json"], capture_output=True,
                              text=True, cwd=ROOT, timeout=120,
                              env={**os.environ, "PYTHONPATH": str(ROOT), "DANVAN_REGISTRY": str(local)})
    assert {p["id"] for p in json.loads(from_env.stdout)} == with_local


def test_a_local_entry_replaces_the_shipped_one_of_its_id(tmp_path: Path) -> None:
    local = tmp_path / "local.toml"
    local.write_text(LOCAL_ENTRY.replace('id = "phuong-moi"', 'id = "ngoquyen"'), encoding="utf-8")
    reg = registry.load(local)
    assert reg.get("ngoquyen").units[-1].name == "Thành phố Hải Phòng"
    assert len(reg.portals) == len(REGISTRY.portals)


def test_a_registry_that_does_not_extend_stands_alone(tmp_path: Path) -> None:
    local = tmp_path / "local.toml"
    local.write_text("extends = false\n" + LOCAL_ENTRY, encoding="utf-8")
    assert [p.id for p in registry.load(local).portals] == ["phuong-moi"]


@pytest.mark.parametrize(("args", "expected"), [
    (("--province", "Hai Duong", "--status", "active"), set()),
    (("--province", "30", "--level", "huyện"), {"camgiang", "binhgiang"}),
    (("--platform", "kinhtedothi"), {"kinhtedothi"}),
])
def test_portals_filters(args: tuple[str, ...], expected: set[str]) -> None:
    found = {p["id"] for p in json.loads(danvan("portals", "--json", *args).stdout)}
    assert expected <= found if expected else found == set()
    for entry in json.loads(danvan("portals", "--json", *args).stdout):
        if "--platform" in args:
            assert entry["platform"] == args[args.index("--platform") + 1]
