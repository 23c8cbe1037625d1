"""`danvan demo` (what `make demo` runs): crawl the offline mirror into the archive, then serve it."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import time
import urllib.request
from pathlib import Path

from crawler.publish.serve import free_port
from tests.helpers import ROOT
from tests.test_crawl import DANVAN

_LOCAL = urllib.request.build_opener(urllib.request.ProxyHandler({}))
BOUND_SECONDS = 300  # the crawl of the whole mirror takes under a minute on an idle machine


def test_demo_crawls_the_mirror_then_serves_what_it_stored(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    port = free_port()
    proc = subprocess.Popen([*DANVAN, "demo", "--db", str(db), "--port", str(port)], cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, start_new_session=True)
    try:
        answer = None
        deadline = time.monotonic() + BOUND_SECONDS
        while answer is None and time.monotonic() < deadline and proc.poll() is None:
            try:
                with _LOCAL.open(f"http://127.0.0.1:{port}/archive/articles.json?_size=1", timeout=10) as response:
                    answer = json.load(response)
            except OSError:
                time.sleep(1)
        assert answer is not None, f"danvan demo did not serve within {BOUND_SECONDS} s (exit {proc.poll()})"
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            portals = conn.execute("SELECT count(DISTINCT portal) FROM crawl_runs WHERE status = 'ok'").fetchone()[0]
        assert stored > 0 and answer["filtered_table_rows_count"] == stored
        assert portals >= 5  # every mirrored platform crawled
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        output = proc.communicate(timeout=30)[0]
    assert "Traceback" not in output, output
