"""Former districts across the 2025 reform: their successor wards, in the registry, SQL and Datasette."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import pytest

from crawler.classify.units import successor_pairs, unit_rows
from crawler.publish.serve import datasette_running
from tests.browser import fetch
from tests.helpers import ROOT, read_rows

CAU_GIAY = "old:005"  # Quận Cầu Giấy until 30 June 2025


def danvan(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "crawler.cli", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=600, env={**os.environ, "PYTHONPATH": str(ROOT)})


def test_a_district_is_succeeded_by_the_wards_that_took_it_in() -> None:
    names = {r.key: r.name for r in unit_rows()}
    successors = {names[new] for old, new in successor_pairs() if old == CAU_GIAY}
    assert {"Phường Cầu Giấy", "Phường Nghĩa Đô", "Phường Yên Hòa"} <= successors
    # Only wards of 1 July 2025, and only district-level units before it.
    assert all(new.startswith("2025:") and old.startswith("old:") for old, new in successor_pairs())


def test_the_registry_shows_each_former_districts_successors() -> None:
    portals = {p["id"]: p for p in json.loads(danvan("portals", "--json", "--province", "01").stdout)}
    assert "Phường Cầu Giấy" in portals["caugiay"]["successors"]
    assert portals["hanoi"]["successors"] == []  # a province has no successor wards


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("successors") / "archive.db"
    result = danvan("crawl", "--offline", "--quiet", "--portal", "caugiay", "--portal", "caugiay-phuong",
                    "--db", str(db))
    assert result.returncode == 0, result.stdout + result.stderr
    return db


def test_a_former_districts_articles_include_its_successors_after_the_reform(archive: Path) -> None:
    rows = read_rows(archive, "SELECT via, published_at, unit FROM former_unit_articles WHERE former_unit_key = ?",
                     CAU_GIAY)
    own = [r for r in rows if r[0] == "đơn vị cũ"]
    later = [r for r in rows if r[0] == "đơn vị kế thừa"]
    assert len(own) == read_rows(archive, "SELECT count(*) FROM articles WHERE unit_code = '005'")[0][0] > 0
    assert later and all(published >= "2025-07-01" for _, published, _ in later)
    assert {unit for *_, unit in later} <= {"Phường Cầu Giấy", "Phường Nghĩa Đô", "Phường Yên Hòa", "Phường Phú Diễn"}


def test_staff_facet_a_former_district_in_datasette(archive: Path) -> None:
    with datasette_running(archive) as base:
        status, body = fetch(f"{base}archive/former_unit_articles.json?former_unit={quote('Quận Cầu Giấy')}"
                             "&_facet=via&_size=0")
    assert status == 200
    counts = {f["value"]: f["count"] for f in json.loads(body)["facet_results"]["via"]["results"]}
    assert counts["đơn vị cũ"] > 0 and counts["đơn vị kế thừa"] > 0
