"""Datasette keeps answering while a crawl writes the same archive (WAL), served with --follow-crawls."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.request
from pathlib import Path

from crawler.publish.serve import datasette_running
from tests.helpers import ROOT
from tests.test_crawl import query, run_danvan


def test_datasette_serves_during_a_crawl(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    assert run_danvan("crawl", "--offline", "--db", str(db), "--portal", "ngoquyen").returncode == 0
    before = query(db, "SELECT count(*) FROM articles")[0][0]
    # Immutable serving (the default) would not see the crawl's commits: operators follow crawls.
    with datasette_running(db, follow_crawls=True) as base:
        crawl = subprocess.Popen(
            [sys.executable, "-m", "crawler.cli", "crawl", "--offline", "--db", str(db), "--portal", "sotttt",
             "--quiet"],
            cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE, text=True,
        )
        answers = []
        while crawl.poll() is None:
            with urllib.request.urlopen(f"{base.rstrip('/')}/archive/articles.json?_size=0", timeout=10) as response:
                answers.append(json.load(response)["filtered_table_rows_count"])
        assert crawl.returncode == 0, crawl.stderr.read()[-2000:] if crawl.stderr else ""
        with urllib.request.urlopen(f"{base.rstrip('/')}/archive/articles.json?_size=0", timeout=10) as response:
            after = json.load(response)["filtered_table_rows_count"]
    assert len(answers) >= 3 and answers[0] >= before
    assert answers == sorted(answers)  # counts only grow while the crawl commits
    assert after == query(db, "SELECT count(*) FROM articles")[0][0] > before


def test_datasette_shows_runs_and_portal_health(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    assert run_danvan("crawl", "--offline", "--db", str(db), "--portal", "ngoquyen").returncode == 0
    with datasette_running(db) as base:
        url = f"{base.rstrip('/')}/archive/portal_health.json?_shape=objects&portal=ngoquyen"
        with urllib.request.urlopen(url, timeout=10) as response:
            [health] = json.load(response)["rows"]
        url = f"{base.rstrip('/')}/archive/crawl_runs.json?_shape=objects&portal=ngoquyen"
        with urllib.request.urlopen(url, timeout=10) as response:
            [run] = json.load(response)["rows"]
    assert health["last_status"] == run["status"] == "ok"
    assert health["last_success"] == run["finished_at"]
    assert health["last_problem"] is None
    assert health["articles"] == query(db, "SELECT count(*) FROM articles WHERE portal = 'ngoquyen'")[0][0] > 0
    assert json.loads(run["responses_by_status"]).get("200", 0) > 0
