"""The portal registry: the shipped file is valid, and every kind of bad entry is named."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler import registry
from crawler.registry import RegistryError

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

    from crawler.runner import project_settings

    assert set(SpiderLoader.from_settings(project_settings()).list()) == set(registry.PLATFORMS)


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
