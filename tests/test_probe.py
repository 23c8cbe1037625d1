"""`danvan probe` names the platform of every mirror host's article page, and "unknown" elsewhere."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from crawler.core import registry
from crawler.extract.probe import article_pattern
from crawler.mirror import SITES
from crawler.mirror.server import serving_in_subprocess
from tests.helpers import ROOT

REGISTRY = registry.load()


def article_page(portal: registry.Portal) -> tuple[Path, str]:
    """One article page of a mirror portal: (file, live URL), by its platform's URL rules or pattern."""
    from crawler.mirror.drift import article_files

    if portal.platform == "generic":
        for host in portal.hosts:
            for path in sorted((SITES / host).rglob("*.html")):
                url = f"https://{host}/{path.relative_to(SITES / host).as_posix()}"
                if re.search(portal.article_pattern, url):
                    return path, url
        raise AssertionError(portal.id)
    return next(iter(article_files(portal).items()))


MIRRORED = [p for p in REGISTRY.portals if set(p.hosts) <= {d.name for d in SITES.iterdir() if d.is_dir()}]


def danvan(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "crawler.cli", "probe", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})


@pytest.mark.parametrize("portal", MIRRORED, ids=lambda p: p.id)
def test_probe_names_the_platform_of_each_mirror_portal(portal: registry.Portal) -> None:
    path, url = article_page(portal)
    result = danvan(str(path), "--url", url)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].startswith(f"platform: {portal.platform}")


def test_probe_answers_unknown_on_a_page_of_no_known_family(tmp_path: Path) -> None:
    seed = (Path(ROOT).parent / "shared" / "seeds").glob("*.txt")
    text = next(iter(sorted(seed)), None)
    body = text.read_text(encoding="utf-8")[:2000] if text else "Ngày 15/4/2016, Thành ủy Hà Nội ban hành Kế hoạch."
    page = tmp_path / "trang.html"
    page.write_text(f"<html><head><title>Tin</title></head><body><p>{body}</p></body></html>", encoding="utf-8")
    result = danvan(str(page), "--url", "https://xa-moi.example.vn/tin-tuc/ke-hoach-so-11-15234.html")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("unknown: no platform or known family recognised")


def test_the_entry_it_prints_is_a_registry_entry_ready_to_complete(tmp_path: Path) -> None:
    path, url = article_page(REGISTRY.get("kinhtedothi"))
    text = danvan(str(path), "--url", url).stdout
    entry = tomllib.loads(text.split("# registry entry, to complete:\n", 1)[1])["portal"][0]
    assert (entry["platform"], entry["base_url"], entry["example_urls"]) == ("kinhtedothi", "https://kinhtedothi.vn",
                                                                             [url])


def test_a_generic_entrys_pattern_takes_the_page_and_its_siblings() -> None:
    url = "https://tinh.example.gov.vn/tin-tuc/hoi-nghi-dan-van-kheo-nam-2024-15234.html"
    pattern = article_pattern(url)
    assert re.search(pattern, url)
    assert re.search(pattern, "https://tinh.example.gov.vn/tin-tuc/tap-huan-cong-tac-dan-van-99.html")
    assert not re.search(pattern, "https://tinh.example.gov.vn/tin-tuc")


def test_probe_reads_a_url_over_http() -> None:
    _path, url = article_page(REGISTRY.get("ngoquyen"))
    with serving_in_subprocess(SITES) as mirror:
        local = f"{mirror}/{url.removeprefix('https://')}"
        result = danvan(local, "--url", url)  # the live URL the mirror's page stands for
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("platform: haiphong")


def test_a_missing_file_is_one_line() -> None:
    result = danvan("no-such-page.html", "--url", "https://kinhtedothi.vn/x.html")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "no-such-page.html" in result.stderr
