"""`danvan status` over a real archive: a real offline crawl, plus the runs an operator must notice."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT, read_rows

DANVAN = [sys.executable, "-m", "crawler.cli"]
PROBLEMS = ["the platform's selectors contradict the page's own title or date on 2 of 9 article pages",
            "3 pages failed (see the errors table)"]


def danvan(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*DANVAN, *args], capture_output=True, text=True, cwd=ROOT, timeout=600,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


def add_run(conn: sqlite3.Connection, portal: str, status: str, finished_at: str | None, *, errors: int = 0,
            problems: list[str] | None = None) -> int:
    cursor = conn.execute(
        "INSERT INTO crawl_runs (portal, mode, started_at, finished_at, status, errors, problems)"
        " VALUES (?, 'live', '2026-01-01T00:00:00+00:00', ?, ?, ?, ?)",
        (portal, finished_at, status, errors, json.dumps(problems, ensure_ascii=False) if problems else None))
    return int(cursor.lastrowid or 0)


def add_errors(conn: sqlite3.Connection, run_id: int, portal: str, stage: str, count: int) -> None:
    conn.executemany(
        "INSERT INTO errors (run_id, portal, url, stage, reason, at) VALUES (?, ?, ?, ?, 'x', '2026-01-01')",
        [(run_id, portal, f"https://kinhtedothi.vn/{stage}-{run_id}-{n}.html", stage) for n in range(count)])


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """ngoquyen crawled for real; kinhtedothi degraded with drift; haiphong running; caugiay in a web archive."""
    db = tmp_path_factory.mktemp("status") / "archive.db"
    result = danvan("crawl", "--offline", "--quiet", "--portal", "ngoquyen", "--db", str(db))
    assert result.returncode == 0, result.stderr[-3000:]
    with sqlite3.connect(db) as conn:
        earlier = add_run(conn, "kinhtedothi", "broken", "2026-01-01T06:00:00+00:00", errors=9,
                          problems=["an earlier problem"])
        add_errors(conn, earlier, "kinhtedothi", "drift", 4)  # an earlier run's drift is not the last run's
        last = add_run(conn, "kinhtedothi", "degraded", "2026-01-02T06:30:00+00:00", errors=3, problems=PROBLEMS)
        add_errors(conn, last, "kinhtedothi", "drift", 2)
        add_errors(conn, last, "kinhtedothi", "http", 1)
        for n, published_at in enumerate(("2024-05-01T08:00:00+07:00", "2024-06-02")):  # a bare date is newer
            conn.execute("INSERT INTO articles (url, portal, title, published_at, content_hash, first_seen,"
                         " last_seen) VALUES (?, 'kinhtedothi', 'T', ?, 'h', '2026-01-01', '2026-01-01')",
                         (f"https://kinhtedothi.vn/a{n}.html", published_at))
        add_run(conn, "haiphong", "ok", "2026-01-01T00:05:00+00:00")
        add_run(conn, "haiphong", "running", None)
        conn.executemany(
            "INSERT INTO wayback_progress (portal, prefix, pages, captures, done, updated_at)"
            " VALUES ('caugiay', ?, ?, ?, ?, '2026-01-01')",
            [("caugiay.hanoi.gov.vn/a", 2, 700, 1), ("caugiay.hanoi.gov.vn/b", 1, 504, 0),
             ("caugiay.hanoi.gov.vn/c", 0, 0, 0)])
        conn.executemany(
            "INSERT INTO wayback_captures (portal, url, original, timestamp, listed_at, fetched_at)"
            " VALUES ('caugiay', ?, ?, '20200101000000', '2026-01-01', ?)",
            [(f"https://caugiay.hanoi.gov.vn/{n}", f"http://caugiay.hanoi.gov.vn/{n}",
              "2026-01-01" if n < 980 else None) for n in range(1000)])
    return db


@pytest.fixture(scope="module")
def shown(archive: Path) -> subprocess.CompletedProcess[str]:
    return danvan("status", "--db", str(archive))


@pytest.fixture(scope="module")
def as_json(archive: Path) -> dict[str, dict]:
    result = danvan("status", "--db", str(archive), "--json")
    assert result.returncode == 0, result.stderr
    return {row["portal"]: row for row in json.loads(result.stdout)}


def table_rows(output: str) -> dict[str, dict[str, str]]:
    """The table's rows by portal, each cell cut at the columns the dashes line marks."""
    lines = output.splitlines()
    dashes = lines[1]
    spans, start = [], 0
    for run in dashes.split("  "):
        spans.append((start, start + len(run)))
        start += len(run) + 2
    header = [lines[0][a:b].strip() for a, b in spans]
    rows = {}
    for line in lines[2:]:
        if re.match(r"\S+: ", line):
            break  # the lines under the table: `<portal>: <status>...`
        cells = dict(zip(header, (line[a:b].strip() for a, b in spans), strict=True))
        rows[cells["portal"]] = cells
    return rows


def test_status_exits_0(shown) -> None:
    assert shown.returncode == 0, shown.stderr


def test_one_row_per_portal_of_the_archive_sorted_by_id(archive, shown) -> None:
    ids = [pid for (pid,) in read_rows(archive, "SELECT id FROM portals")]
    assert list(table_rows(shown.stdout)) == sorted(ids)


def test_the_real_crawl_is_the_last_run_of_its_portal(archive, as_json) -> None:
    [(run_id, finished_at)] = read_rows(archive, "SELECT id, finished_at FROM crawl_runs WHERE portal = 'ngoquyen'")
    assert (as_json["ngoquyen"]["last_run_id"], as_json["ngoquyen"]["last_run_finished_at"]) == (run_id, finished_at)


def test_the_table_shows_the_last_run_to_the_minute(archive, shown) -> None:
    [(run_id, finished_at)] = read_rows(archive, "SELECT id, finished_at FROM crawl_runs WHERE portal = 'ngoquyen'")
    assert table_rows(shown.stdout)["ngoquyen"]["last run"] == f"#{run_id} {finished_at[:16].replace('T', ' ')}Z"


def test_the_newest_article_and_count_of_a_crawled_portal(archive, shown) -> None:
    [(newest, count)] = read_rows(archive, "SELECT max(published_at), count(*) FROM articles WHERE portal = 'ngoquyen'")
    row = table_rows(shown.stdout)["ngoquyen"]
    assert count > 0
    assert (row["newest"], row["articles"]) == (newest[:10], f"{count:,}")


def test_a_bare_date_newer_than_a_timed_one_is_the_newest(as_json) -> None:
    assert (as_json["kinhtedothi"]["newest_article"], as_json["kinhtedothi"]["articles"]) == ("2024-06-02", 2)


def test_json_agrees_with_portal_health(archive, as_json) -> None:
    health = read_rows(archive, "SELECT portal, name, portal_status, last_status, newest_article, articles,"
                                " last_problems, last_drift_pages FROM portal_health")
    assert len(health) == len(as_json)
    for portal, name, portal_status, last_status, newest, articles, last_problems, _drift_pages in health:
        row = as_json[portal]
        assert (row["name"], row["portal_status"], row["last_status"], row["newest_article"], row["articles"],
                row["problems"]) == (name, portal_status, last_status, newest, articles,
                                     json.loads(last_problems or "[]")), portal


def test_json_has_the_documented_keys(as_json) -> None:
    assert list(as_json["ngoquyen"]) == [
        "portal", "name", "portal_status", "last_run_id", "last_run_finished_at", "last_status", "newest_article",
        "articles", "last_run_errors", "drift_warnings", "problems", "wayback"]


def test_a_never_crawled_portal_says_never(shown) -> None:
    row = table_rows(shown.stdout)["hanoi"]
    assert (row["last run"], row["status"], row["articles"], row["errors"]) == ("never", "-", "0", "-")


def test_a_never_crawled_portal_has_no_run_facts_in_json(as_json) -> None:
    assert (as_json["hanoi"]["last_run_id"], as_json["hanoi"]["last_status"], as_json["hanoi"]["drift_warnings"]) \
        == (None, None, None)


def test_a_running_run_is_the_last_run_and_has_not_finished(archive, shown) -> None:
    [(run_id,)] = read_rows(archive, "SELECT max(id) FROM crawl_runs WHERE portal = 'haiphong'")
    row = table_rows(shown.stdout)["haiphong"]
    assert (row["last run"], row["status"]) == (f"#{run_id} running", "running")


def test_the_last_runs_errors_count(as_json) -> None:
    assert as_json["kinhtedothi"]["last_run_errors"] == 3


def test_drift_warnings_count_only_the_last_runs_drift_rows(as_json) -> None:
    assert as_json["kinhtedothi"]["drift_warnings"] == 2


def test_the_table_shows_errors_and_drift(shown) -> None:
    row = table_rows(shown.stdout)["kinhtedothi"]
    assert (row["status"], row["errors"], row["drift"]) == ("degraded", "3", "2")


def test_the_last_runs_problems(as_json) -> None:
    assert as_json["kinhtedothi"]["problems"] == PROBLEMS


def test_a_portal_that_is_not_ok_gets_a_line_saying_why(shown) -> None:
    assert f"kinhtedothi: degraded: {'; '.join(PROBLEMS)}" in shown.stdout.splitlines()


def test_only_portals_whose_last_run_is_not_ok_get_a_line(shown) -> None:
    under = shown.stdout.splitlines()[2 + len(table_rows(shown.stdout)):]
    assert sorted(line.split(":")[0] for line in under) == ["haiphong", "kinhtedothi"]


def test_web_archive_progress_in_the_table(shown) -> None:
    cell = table_rows(shown.stdout)["caugiay"]["web archive"]
    assert cell == "3 prefixes, 1 done, 1,204 captures listed, 980 fetched"


def test_web_archive_progress_in_json(as_json) -> None:
    assert as_json["caugiay"]["wayback"] == {"prefixes": 3, "done": 1, "captures_listed": 1204, "fetched": 980}


def test_a_portal_without_web_archive_rows_has_none(as_json) -> None:
    assert as_json["ngoquyen"]["wayback"] is None


def test_newest_and_count_per_portal_read_the_portal_index(archive) -> None:
    from crawler.crawl.status import ARTICLES_BY_PORTAL

    plan = " ".join(row[3] for row in read_rows(archive, f"EXPLAIN QUERY PLAN {ARTICLES_BY_PORTAL}"))
    assert "USING INDEX articles_portal" in plan or "USING COVERING INDEX articles_portal" in plan


def test_a_missing_archive_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = danvan("status", "--db", str(tmp_path / "none.db"))
    assert (result.returncode, result.stdout, result.stderr.splitlines()) == (
        2, "", [f"danvan: error: {tmp_path / 'none.db'}: no archive here"])


def test_a_file_that_is_not_an_archive_is_one_line_and_exit_2(tmp_path: Path) -> None:
    (tmp_path / "notes.db").write_text("not SQLite\n" * 100, encoding="utf-8")
    result = danvan("status", "--db", str(tmp_path / "notes.db"), "--json")
    assert (result.returncode, result.stdout, len(result.stderr.splitlines())) == (2, "", 1)
    assert result.stderr.startswith("danvan: error: ")


def test_an_empty_sqlite_file_is_not_an_archive(tmp_path: Path) -> None:
    sqlite3.connect(tmp_path / "empty.db").close()
    result = danvan("status", "--db", str(tmp_path / "empty.db"))
    assert (result.returncode, result.stderr) == (2, f"danvan: error: {tmp_path / 'empty.db'}: "
                                                     "not a danvan archive (no portals table)\n")
