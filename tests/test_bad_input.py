"""Bad input to the tool: one clear line, a non-zero exit, and the archive left as it was."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from crawler.archive import Archive
from crawler.archive.schema import APPLICATION_ID, LATEST, MIGRATIONS
from crawler.archive.store import _statements
from tests.helpers import ROOT
from tests.test_crawl import run_danvan

COMMANDS = {
    "crawl": ["crawl", "--offline", "--portal", "ngoquyen", "--db"],
    "search": ["search", "dan van", "--db"],
    "retag": ["retag", "--db"],
    "serve": ["serve", "--port", "0", "--db"],
}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one_line_error(result: object) -> str:
    stderr = result.stderr.strip()  # type: ignore[attr-defined]
    assert result.returncode == 2, stderr  # type: ignore[attr-defined]
    assert stderr.startswith("danvan: error: ") and "\n" not in stderr and "Traceback" not in stderr
    return stderr


@pytest.fixture
def junk(tmp_path: Path) -> Path:
    path = tmp_path / "archive.db"
    path.write_bytes(bytes(range(256)) * 40)
    return path


@pytest.fixture
def foreign(tmp_path: Path) -> Path:
    path = tmp_path / "archive.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        conn.execute("INSERT INTO invoices (total) VALUES (12.5)")
    return path


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_corrupted_file_is_named_and_left_alone(junk: Path, command: str) -> None:
    before = digest(junk)
    assert "not a database" in one_line_error(run_danvan(*COMMANDS[command], str(junk)))
    assert digest(junk) == before


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_foreign_database_is_named_and_left_alone(foreign: Path, command: str) -> None:
    before = digest(foreign)
    assert "not a danvan archive" in one_line_error(run_danvan(*COMMANDS[command], str(foreign)))
    assert digest(foreign) == before


def test_archive_from_a_newer_danvan_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "archive.db"
    Archive.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.close()  # the last connection to close folds the WAL into the file
    before = digest(path)
    assert "newer than this danvan" in one_line_error(run_danvan("retag", "--db", str(path)))
    assert digest(path) == before


def write_schema_1_archive(path: Path) -> None:
    """An archive as schema version 1 wrote it: two portals, an article with its text and index entry."""
    conn = sqlite3.connect(path)
    for statement in _statements(MIGRATIONS[0].sql):
        conn.execute(statement)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO portals VALUES ('ngoquyen', 'Ngô Quyền', 'haiphong', 'closed', 'https://x', '[]',"
                 " 'Quận Ngô Quyền', '304', 'quận', 'Thành phố Hải Phòng', '')")
    conn.execute("INSERT INTO portals VALUES ('lechan', 'Lê Chân', 'haiphong', 'active', 'https://y', '[\"https://y/tin\"]',"
                 " 'Quận Lê Chân', '305', 'quận', 'Thành phố Hải Phòng', 'ghi chú')")
    conn.execute("INSERT INTO articles (url, portal, title, content_hash, first_seen, last_seen, published_at)"
                 " VALUES ('https://x/1', 'ngoquyen', 'Dân vận khéo', 'h', 't', 't', '2020-10-12T10:24:00+07:00')")
    conn.execute("INSERT INTO article_texts VALUES (1, 'Phong trào “Dân vận khéo” ở phường Cầu Đất.', '[]')")
    conn.execute("INSERT INTO articles_fts (rowid, title, sapo, body) VALUES (1, 'dan van kheo', '', 'phong trao')")
    conn.commit()
    conn.close()


def snapshot(conn: sqlite3.Connection, columns: list[str]) -> dict[str, list[tuple]]:
    """The rows schema 1 knows: portals, articles (its columns), texts, index entries and a search."""
    return {
        "portals": conn.execute("SELECT * FROM portals ORDER BY id").fetchall(),
        "articles": conn.execute(f"SELECT {', '.join(columns)} FROM articles ORDER BY id").fetchall(),
        "article_texts": conn.execute("SELECT * FROM article_texts ORDER BY article_id").fetchall(),
        "articles_fts": conn.execute("SELECT rowid, title, sapo, body FROM articles_fts ORDER BY rowid").fetchall(),
        "match": conn.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'kheo'").fetchall(),
    }


def old_archive(path: Path) -> tuple[list[str], dict[str, list[tuple]]]:
    """Write a schema-1 archive at `path`; its `articles` columns and the snapshot of its rows."""
    write_schema_1_archive(path)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(articles)")]
        return columns, snapshot(conn, columns)


def test_an_old_archive_is_migrated_keeping_every_row(tmp_path: Path) -> None:
    """An archive written by schema version 1 opens, migrates to the latest and keeps its rows."""
    path = tmp_path / "archive.db"
    columns, before = old_archive(path)
    assert all(before.values())  # every part holds rows to lose
    archive = Archive.open(path)
    try:
        assert archive.schema_version == LATEST
        assert snapshot(archive.conn, columns) == before
        assert archive.conn.execute("SELECT count(*) FROM skipped").fetchone() == (0,)
    finally:
        archive.close()
    result = run_danvan("retag", "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert f"articles retagged: {len(before['articles'])}" in result.stdout


# Root writes any file whatever its mode: as root, danvan runs without the capabilities that allow it.
AS_READER = (["setpriv", "--inh-caps=-dac_override,-dac_read_search",
              "--bounding-set=-dac_override,-dac_read_search", "--"] if os.geteuid() == 0 else [])


@pytest.fixture(params=["file", "folder"])
def unwritable_old_archive(tmp_path: Path, request: pytest.FixtureRequest,
                           ) -> Iterator[tuple[Path, Callable[..., subprocess.CompletedProcess[str]]]]:
    """A schema-1 archive whose file or folder is read-only, and a way to run danvan as its reader."""
    if AS_READER and not shutil.which(AS_READER[0]):
        pytest.skip("running as root without setpriv: every file is writable")
    folder = tmp_path / "readonly"
    folder.mkdir()
    path = folder / "archive.db"
    write_schema_1_archive(path)
    path.chmod(0o444 if request.param == "file" else 0o644)
    folder.chmod(0o555 if request.param == "folder" else 0o755)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*AS_READER, sys.executable, "-m", "crawler.cli", *args], capture_output=True,
                              text=True, cwd=ROOT, timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})

    try:
        yield path, run
    finally:
        folder.chmod(0o755)  # pytest removes its folders


def test_serving_an_old_archive_that_cannot_be_migrated_is_one_line(unwritable_old_archive) -> None:
    path, run = unwritable_old_archive
    before = digest(path)
    message = one_line_error(run("serve", "--port", "0", "--db", str(path)))
    assert str(path) in message and "schema 1 is older" in message and "danvan retag" in message
    assert ("the file" if path.parent.stat().st_mode & 0o200 else "its folder") in message
    assert digest(path) == before
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no journal left either


def test_search_reads_an_old_archive_as_it_is(unwritable_old_archive) -> None:
    path, run = unwritable_old_archive
    before = digest(path)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        [(title,)] = conn.execute("SELECT title FROM articles").fetchall()
    result = run("search", "dân vận khéo", "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert title in result.stdout
    assert digest(path) == before


def test_topic_file_with_a_broken_rule_is_one_line(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    Archive.open(db).close()
    broken = tmp_path / "taxonomy.toml"
    from crawler.classify.topics import DEFAULT_PATH

    rules = DEFAULT_PATH.read_text(encoding="utf-8")
    broken.write_text(rules.replace('"dân vận khéo" = 3', '"dân vận khéo" = "ba"', 1), encoding="utf-8")
    before = digest(db)
    message = one_line_error(run_danvan("retag", "--db", str(db), "--taxonomy", str(broken)))
    assert "dan-van-kheo" in message
    assert digest(db) == before


REGISTRY_ENTRY = """[[portal]]
id = "ngoquyen"
name = "Cổng thông tin điện tử quận Ngô Quyền"
platform = "haiphong"
base_url = "https://ngoquyen.haiphong.gov.vn"
start_urls = ["https://ngoquyen.haiphong.gov.vn/tin-tuc"]
  [[portal.unit]]
  name = "Quận Ngô Quyền"
  code = "304"
  level = "quận"
  province = "Thành phố Hải Phòng"
  province_code = "31"
"""


@pytest.mark.parametrize(("broken", "named"), [
    (REGISTRY_ENTRY.replace('platform = "haiphong"\n', ""), "missing field 'platform'"),
    (REGISTRY_ENTRY.replace('"https://ngoquyen.haiphong.gov.vn/tin-tuc"', '"ngoquyen.haiphong.gov.vn/tin-tuc"'),
     "bad URL"),
    (REGISTRY_ENTRY.replace('  code = "304"\n', ""), "missing field 'code'"),
])
def test_broken_registry_entry_is_one_line_and_the_archive_is_left_alone(tmp_path: Path, broken: str,
                                                                         named: str) -> None:
    db = tmp_path / "archive.db"
    Archive.open(db).close()
    registry = tmp_path / "portals.toml"
    registry.write_text(broken, encoding="utf-8")
    before = digest(db)
    message = one_line_error(run_danvan("crawl", "--offline", "--registry", str(registry), "--db", str(db)))
    assert named in message and "ngoquyen" in message
    assert digest(db) == before


def test_unknown_portal_id_is_one_line_and_the_archive_is_left_alone(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    Archive.open(db).close()
    before = digest(db)
    message = one_line_error(run_danvan("crawl", "--offline", "--portal", "khong-co", "--db", str(db)))
    assert "unknown portal id 'khong-co'" in message
    assert digest(db) == before
