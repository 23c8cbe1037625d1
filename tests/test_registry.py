"""The portal registry: the shipped file is valid, and every kind of bad entry is named."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.core import registry
from crawler.core.registry import RegistryError

SHIPPED = registry.DEFAULT_PATH.read_text(encoding="utf-8")


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "portals.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_registry_loads_with_every_platform() -> None:
    reg = registry.load()
    assert {p.platform for p in reg.portals} == set(registry.PLATFORMS)


def test_every_platform_has_a_spider() -> None:
    from scrapy.spiderloader import SpiderLoader

    from crawler.crawl.runner import project_settings

    # One spider per platform, and one for the portals read from a web archive.
    assert set(SpiderLoader.from_settings(project_settings()).list()) == {*registry.PLATFORMS, "wayback"}


def test_unit_as_of_publication_date() -> None:
    portal = registry.load().get("caugiay-phuong")
    assert portal.unit_on("2025-06-30").name == "Quận Cầu Giấy"
    assert portal.unit_on("2025-07-01").name == "Phường Cầu Giấy"


def test_unknown_portal_id_names_it() -> None:
    with pytest.raises(RegistryError, match="unknown portal id 'nope'"):
        registry.load().get("nope")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('platform = "haiphong"', 'platform = "wordpress"'), "unknown platform 'wordpress'"),
        (('base_url = "https://ngoquyen.haiphong.gov.vn"', 'base_url = "ngoquyen"'), "bad URL 'ngoquyen'"),
        (('name = "Cổng thông tin điện tử quận Ngô Quyền"\n', ""), "missing field 'name'"),
        (('id = "lechan"', 'id = "ngoquyen"'), "portal id 'ngoquyen' appears twice"),
        (('code = "304"', 'code = ""'), "missing field 'code'"),
        (("article_pattern = '/tin-tuc/[a-z0-9-]+-\\d+\\.html$'", "article_pattern = '(['"), "not a valid regex"),
    ],
)
def test_bad_entry_is_named(tmp_path: Path, change: tuple[str, str], message: str) -> None:
    old, new = change
    assert old in SHIPPED
    with pytest.raises(RegistryError, match=message):
        registry.load(write(tmp_path, SHIPPED.replace(old, new, 1)))


def test_broken_toml_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(RegistryError) as info:
        registry.load(write(tmp_path, SHIPPED + "\n[[portal]\n"))
    assert "not valid TOML" in str(info.value)
    assert "\n" not in str(info.value)


def test_closed_district_portals_have_a_wayback_source_and_their_pre_2025_units() -> None:
    reg = registry.load()
    for pid in ("caugiay", "hoangmai", "dongda", "haibatrung", "ngoquyen", "lechan", "hongbang", "haian"):
        portal = reg.get(pid)
        assert portal.status == "closed"
        source = portal.wayback
        assert source is not None and source.cdx == "https://web.archive.org/cdx/search/cdx"
        assert source.snapshots == "https://web.archive.org/web/"
        assert source.prefixes == (f"{portal.hosts[0]}/",)
        assert source.date_to == "20250630"
        assert portal.unit_on("2018-01-01").level == "quận"
        assert portal.units[-1].valid_to == "2025-06-30"
    assert reg.get("hanoi").wayback is None


_SOURCE = """  [[portal.source]]
  kind = "wayback"
  prefixes = ["lechan.haiphong.gov.vn/"]
  from = "2010"
  to = "20250630"
"""


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('kind = "wayback"', 'kind = "memento"', "kind must be one of wayback"),
        ('prefixes = ["lechan.haiphong.gov.vn/"]', 'prefixes = ["hanoi.gov.vn/"]', "outside allowed_domains"),
        ('prefixes = ["lechan.haiphong.gov.vn/"]', "prefixes = []", "prefixes must be a list"),
        ('to = "20250630"', 'to = "30/06/2025"', "to must be a CDX timestamp"),
        ('from = "2010"', 'from = "2026"', "from 2026 is after to 20250630"),
        ('to = "20250630"', 'to = "20250630"\n  limit = 5', "unknown field 'limit'"),
    ],
)
def test_bad_wayback_source_is_named(tmp_path: Path, old: str, new: str, message: str) -> None:
    assert _SOURCE in SHIPPED
    broken = SHIPPED.replace(_SOURCE, _SOURCE.replace(old, new, 1), 1)
    with pytest.raises(RegistryError, match=message) as info:
        registry.load(write(tmp_path, broken))
    assert "'lechan'" in str(info.value) and "source #1" in str(info.value)
