"""Bad input to the tool: one clear line, a non-zero exit, and the archive left as it was."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from crawler.archive import Archive
from crawler.archive.schema import LATEST, MIGRATIONS
from crawler.archive.store import _statements
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


def test_an_old_archive_is_migrated_keeping_every_row(tmp_path: Path) -> None:
    """An archive written by schema version 1 opens, migrates to the latest and keeps its rows."""
    path = tmp_path / "archive.db"
    conn = sqlite3.connect(path)
    for statement in _statements(MIGRATIONS[0].sql):
        conn.execute(statement)
    conn.execute("PRAGMA application_id = 1684106870")
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO portals VALUES ('ngoquyen', 'Ngô Quyền', 'haiphong', 'closed', 'https://x', '[]',"
                 " 'Quận Ngô Quyền', '304', 'quận', 'Thành phố Hải Phòng', '')")
    conn.execute("INSERT INTO articles (url, portal, title, content_hash, first_seen, last_seen, published_at)"
                 " VALUES ('https://x/1', 'ngoquyen', 'Dân vận khéo', 'h', 't', 't', '2020-10-12T10:24:00+07:00')")
    conn.execute("INSERT INTO article_texts VALUES (1, 'Phong trào “Dân vận khéo” ở phường Cầu Đất.', '[]')")
    conn.execute("INSERT INTO articles_fts (rowid, title, sapo, body) VALUES (1, 'dan van kheo', '', 'phong trao')")
    conn.commit()
    conn.close()
    archive = Archive.open(path)
    try:
        assert archive.schema_version == LATEST
        assert archive.conn.execute("SELECT url, title FROM articles").fetchall() == [("https://x/1", "Dân vận khéo")]
        assert archive.conn.execute("SELECT count(*) FROM article_texts").fetchone() == (1,)
        assert archive.conn.execute("SELECT count(*) FROM skipped").fetchone() == (0,)
    finally:
        archive.close()
    result = run_danvan("retag", "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert "articles retagged: 1" in result.stdout


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
