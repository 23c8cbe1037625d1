"""Published safely: immutable by default, SQL time limit and row cap, SQL switch, staff login."""

from __future__ import annotations

import base64
import contextlib
import http.cookiejar
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from crawler.archive.schema import LATEST
from crawler.archive.store import Archive
from crawler.core import registry
from crawler.core.items import Article
from crawler.core.text import fold
from crawler.publish.serve import (
    PublishError,
    ServeOptions,
    datasette_running,
    free_port,
    load_config,
    password_from_env,
)
from tests.browser import fetch
from tests.helpers import ROOT
from tests.test_bad_input import old_archive, snapshot
from tests.test_search import build_archive

# 200 rows from nothing, and a query that runs for minutes unless it is stopped.
ROWS_200 = "with recursive n(x) as (select 1 union all select x + 1 from n where x < 200) select x from n"
SLOW = ("with recursive n(x) as (select 1 union all select x + 1 from n where x < 100000000) "
        "select count(*) from n")


def get_json(url: str, headers: dict[str, str] | None = None) -> tuple[int, object]:
    status, body = fetch(url, headers)
    return status, json.loads(body) if body.lstrip().startswith(("{", "[")) else body


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("publish") / "archive.db"
    build_archive(path)
    return path


def add_article(path: Path, url: str, title: str) -> Archive:
    """Write one more article and leave the archive open (its WAL not yet checkpointed)."""
    archive = Archive.open(path)
    portal = registry.load().get("ngoquyen")
    archive.upsert_article(Article(url=url, title=title, published_at="2026-11-01T08:00:00+07:00",
                                   body="Hội nghị dân vận khéo.", extractor="haiphong"), portal)
    return archive


def count(base: str) -> int:
    return get_json(f"{base}archive/articles.json?_size=0")[1]["filtered_table_rows_count"]  # type: ignore[index]


def sql_count(base: str) -> int:
    """The articles SQLite finds (by SQL: Datasette caches an immutable table's count)."""
    sql = quote("select count(*) as n from articles")
    return get_json(f"{base}archive.json?sql={sql}&_shape=array")[1][0]["n"]  # type: ignore[index]


def test_the_archive_is_served_immutable_by_default(tmp_path: Path) -> None:
    path = tmp_path / "archive.db"
    build_archive(path)
    with datasette_running(path) as base:
        [db] = [d for d in get_json(f"{base}-/databases.json")[1] if d["name"] == "archive"]  # type: ignore[union-attr]
        assert db["is_mutable"] is False
        assert sql_count(base) == count_samples()
        # Opened immutable, SQLite reads the file alone: a write still in the WAL is not seen
        # (a read-only but mutable open, as --follow-crawls makes, sees it).
        writer = add_article(path, "https://ngoquyen.haiphong.gov.vn/tin/moi-0.html", "Bài viết sau khi mở")
        try:
            assert Path(f"{path}-wal").stat().st_size > 0
            assert writer.conn.execute("select count(*) from articles").fetchone()[0] == count_samples() + 1
            assert sql_count(base) == count_samples()
        finally:
            writer.close()


def count_samples() -> int:
    from tests.test_search import SAMPLES

    return len(SAMPLES)


def test_unsaved_writes_are_checkpointed_before_serving_immutable(tmp_path: Path) -> None:
    path = tmp_path / "archive.db"
    build_archive(path)
    writer = add_article(path, "https://ngoquyen.haiphong.gov.vn/tin/moi-1.html", "Bài mới sau cùng")
    try:
        assert Path(f"{path}-wal").stat().st_size > 0
        with datasette_running(path) as base:
            assert count(base) == count_samples() + 1
    finally:
        writer.close()


def test_follow_crawls_sees_new_articles_read_only(tmp_path: Path) -> None:
    path = tmp_path / "archive.db"
    build_archive(path)
    with datasette_running(path, follow_crawls=True) as base:
        [db] = [d for d in get_json(f"{base}-/databases.json")[1] if d["name"] == "archive"]  # type: ignore[union-attr]
        assert db["is_mutable"] is True
        assert count(base) == count_samples()
        add_article(path, "https://ngoquyen.haiphong.gov.vn/tin/moi-2.html", "Bài mới trong lúc phục vụ").close()
        assert count(base) == count_samples() + 1
    assert sqlite3.connect(path).execute("select count(*) from articles").fetchone()[0] == count_samples() + 1


def test_sql_has_a_time_limit(archive: Path) -> None:
    with datasette_running(archive, options=ServeOptions(sql_time_limit_ms=200)) as base:
        status, body = get_json(f"{base}archive.json?sql={quote(SLOW)}")
        assert status == 400
        assert "SQL query took too long" in json.dumps(body)
        assert get_json(f"{base}-/settings.json")[1]["sql_time_limit_ms"] == 200  # type: ignore[index]


def test_results_are_capped(archive: Path) -> None:
    with datasette_running(archive, options=ServeOptions(max_returned_rows=30)) as base:
        status, data = get_json(f"{base}archive.json?sql={quote(ROWS_200)}&_shape=objects")
        assert status == 200
        assert len(data["rows"]) == 30 and data["truncated"] is True  # type: ignore[index]
    with datasette_running(archive) as base:
        status, data = get_json(f"{base}archive.json?sql={quote(ROWS_200)}&_shape=objects")
        assert len(data["rows"]) == 200 and data["truncated"] is False  # type: ignore[index]


def test_the_database_file_cannot_be_downloaded(archive: Path) -> None:
    with datasette_running(archive) as base:
        status, _ = fetch(f"{base}archive.db")
        assert status == 403


def test_arbitrary_sql_can_be_switched_off(archive: Path) -> None:
    with datasette_running(archive, options=ServeOptions(allow_sql=False)) as base:
        status, _ = fetch(f"{base}archive.json?sql={quote('select 1')}")
        assert status == 403
        # Tables, facets, search and canned queries still work.
        status, data = get_json(f"{base}archive/so_bai_theo_don_vi.json?_shape=array")
        assert status == 200 and sum(r["articles"] for r in data) == count_samples()  # type: ignore[union-attr]
        status, data = get_json(f"{base}archive/articles.json?_search=dang+uy&_shape=objects")
        assert status == 200 and data["rows"]  # type: ignore[index]
        status, html = fetch(f"{base}archive/articles")
        assert status == 200 and "Xem và sửa SQL" not in html
        assert fetch(f"{base}archive/articles.feed?_search=dang+uy")[0] == 200
        # The dashboard's charts are SQL: it goes with it.
        assert fetch(f"{base}-/dashboards/tong-quan")[0] == 403
    with datasette_running(archive) as base:
        assert fetch(f"{base}archive.json?sql={quote('select 1')}")[0] == 200
        assert "Xem và sửa SQL" in fetch(f"{base}archive/articles")[1]
        assert fetch(f"{base}-/dashboards/tong-quan")[0] == 200


def basic(user: str, password: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


def test_a_password_puts_the_whole_instance_behind_a_login(archive: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DANVAN_TEST_PASSWORD", "dan-van-2026!")
    options = ServeOptions(password_hash=password_from_env("DANVAN_TEST_PASSWORD"))
    assert options.password_hash and options.password_hash.startswith("pbkdf2_sha256$")
    assert "dan-van-2026" not in options.password_hash
    with datasette_running(archive, options=options) as base:
        for path in ("", "archive", "archive/articles", "archive/articles.json", "archive/articles/1",
                     "archive/tim_kiem.json?q=dang", "archive/articles.feed", "-/dashboards/tong-quan",
                     "-/capture/archive/1"):
            assert fetch(base + path)[0] == 403, path
            assert fetch(base + path, basic("staff", "wrong-password"))[0] == 403, path
        status, data = get_json(f"{base}archive/articles.json?_size=0", basic("staff", "dan-van-2026!"))
        assert status == 200 and data["filtered_table_rows_count"] == count_samples()  # type: ignore[index]
        # The login form (with its CSRF token) gives a cookie that opens every page.
        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}), urllib.request.HTTPCookieProcessor(jar))
        form = opener.open(f"{base}-/login", timeout=30).read().decode()
        token = re.search(r'name="csrftoken" value="([^"]+)"', form)
        assert token
        data = urllib.parse.urlencode({"username": "staff", "password": "dan-van-2026!",
                                       "csrftoken": token.group(1)}).encode()
        opener.open(f"{base}-/login", data=data, timeout=30).read()
        with opener.open(f"{base}archive/articles", timeout=30) as response:
            assert response.status == 200
            assert "Bài viết" in response.read().decode()


# Sample values for the named parts of the project's routes. A route with a part not named
# here fails the test below: add a sample, so the new route is checked too.
ROUTE_SAMPLES = {"database": ["archive"], "id": ["1"], "format": ["", ".json", ".csv", ".atom"],
                 "feed": [".atom", ".csv"]}


def project_routes() -> list[str]:
    """Every route regex the project's Datasette plugins register, asked of the plugins themselves."""
    import importlib.metadata

    from datasette.plugins import pm

    ours = {ep.value for ep in importlib.metadata.entry_points(group="datasette") if ep.value.startswith("crawler")}
    assert ours, "the project's Datasette plugins are not installed"
    routes: list[str] = []
    for impl in pm.hook.register_routes.get_hookimpls():
        if getattr(impl.plugin, "__name__", "") in ours:
            routes += [regex for regex, _view in impl.function(*[None for _ in impl.argnames])]
    return routes


def sample_paths(regex: str) -> list[str]:
    """Concrete paths for a route regex: every combination of the samples of its named parts."""
    paths = [regex.removeprefix("^").removesuffix("$")]
    for name in re.findall(r"\(\?P<(\w+)>", regex):
        assert name in ROUTE_SAMPLES, f"no sample value for the route part {name!r} of {regex}"
        group = re.compile(r"\(\?P<" + name + r">(?:[^()]|\([^()]*\))*\)\??")
        paths = [group.sub(lambda _m, v=value: v, path, count=1) for path in paths for value in ROUTE_SAMPLES[name]]
    for path in paths:
        assert re.match(regex, path), (regex, path)
    return paths


def test_every_route_the_project_adds_is_behind_the_password(archive: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    routes = project_routes()
    assert any("tim-kiem" in r for r in routes) and any("capture" in r for r in routes)
    paths = [p for r in routes for p in sample_paths(r)]
    monkeypatch.setenv("DANVAN_TEST_PASSWORD", "dan-van-2026!")
    options = ServeOptions(password_hash=password_from_env("DANVAN_TEST_PASSWORD"))
    titles = [t for (t,) in sqlite3.connect(archive).execute("SELECT title FROM articles")]
    with datasette_running(archive, options=options) as base:
        for path in paths:
            for headers in (None, basic("staff", "wrong-password")):
                status, body = fetch(base + path.lstrip("/"), headers)
                assert status == 403, (path, status)
                assert not any(title in body for title in titles), path
            # The same path with the password is a real page of ours (the capture may be absent: 404).
            status, body = fetch(base + path.lstrip("/"), basic("staff", "dan-van-2026!"))
            assert status in (200, 404) and "Forbidden" not in body, (path, status)
        status, data = get_json(f"{base}-/tim-kiem.json?q=dang", basic("staff", "dan-van-2026!"))
        assert status == 200 and data["total"] > 0  # type: ignore[index]
        # The menu offers the search page only to those who may open it.
        assert "/-/tim-kiem" not in fetch(base)[1]
        assert "/-/tim-kiem" in fetch(base, basic("staff", "dan-van-2026!"))[1]


def test_the_password_never_reaches_datasettes_command_line_or_metadata(archive: Path, monkeypatch) -> None:
    import crawler.publish.serve

    commands: list[list[str]] = []
    real_popen = subprocess.Popen

    def spy(command, *args, **kwargs):
        commands.append(list(command))
        return real_popen(command, *args, **kwargs)

    monkeypatch.setattr(crawler.publish.serve.subprocess, "Popen", spy)
    monkeypatch.setenv("DANVAN_TEST_PASSWORD", "bi-mat-9")
    options = ServeOptions(password_hash=password_from_env("DANVAN_TEST_PASSWORD"))
    assert options.password_hash
    with datasette_running(archive, options=options):
        [command] = commands
        metadata = Path(command[command.index("--metadata") + 1]).read_text(encoding="utf-8")
    for text in (" ".join(command), metadata):
        assert "bi-mat-9" not in text and options.password_hash not in text
    assert json.loads(metadata)["allow"] == {"id": "staff"}


def test_a_config_file_sets_the_options(tmp_path: Path) -> None:
    from datasette_auth_passwords.utils import hash_password

    config = tmp_path / "serve.toml"
    hashed = hash_password("x")
    config.write_text(f'[serve]\nallow_sql = false\nsql_time_limit_ms = 500\nmax_returned_rows = 20\n'
                      f'follow_crawls = true\npassword_hash = "{hashed}"\nuser = "canbo"\n', encoding="utf-8")
    assert load_config(config) == ServeOptions(follow_crawls=True, allow_sql=False, sql_time_limit_ms=500,
                                               max_returned_rows=20, password_hash=hashed, user="canbo")


@pytest.mark.parametrize(("text", "message"), [
    ("[serve]\nallow_sql = 'no'\n", "allow_sql must be bool"),
    ("[serve]\nmax_returned_rows = 0\n", "max_returned_rows must be a positive integer"),
    ("[serve]\nsql_limit = 5\n", "unknown setting 'sql_limit'"),
    ("[serve]\npassword_hash = 'secret'\n", "password_hash is not a pbkdf2_sha256 hash"),
    ("[serve\n", "not a valid TOML file"),
    ("[other]\nx = 1\n", "one [serve] table"),
])
def test_a_bad_config_is_a_publish_error(tmp_path: Path, text: str, message: str) -> None:
    config = tmp_path / "serve.toml"
    config.write_text(text, encoding="utf-8")
    with pytest.raises(PublishError, match=re.escape(message)):
        load_config(config)


def run_danvan(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "crawler.cli", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})})


def test_serve_reports_bad_input_in_one_line(archive: Path, tmp_path: Path) -> None:
    config = tmp_path / "serve.toml"
    config.write_text("[serve]\nallow_sql = 1\n", encoding="utf-8")
    cases = [
        (["--config", str(config)], "allow_sql must be bool"),
        (["--config", str(tmp_path / "missing.toml")], "cannot read the serve config"),
        (["--password-env", "DANVAN_UNSET_VARIABLE"], "DANVAN_UNSET_VARIABLE holding the password is unset"),
    ]
    for args, message in cases:
        result = run_danvan("serve", "--db", str(archive), "--port", "0", *args)
        assert result.returncode == 2, result.stderr
        assert result.stderr.count("\n") == 1 and result.stderr.startswith("danvan: error: ")
        assert message in result.stderr
    for value in ("lots", "-5"):
        result = run_danvan("serve", "--db", str(archive), "--port", "0", env={"DANVAN_SEARCH_CACHE_MB": value})
        assert result.returncode == 2, result.stderr
        assert result.stderr.count("\n") == 1 and result.stderr.startswith("danvan: error: ")
        assert f"DANVAN_SEARCH_CACHE_MB='{value}'" in result.stderr and "from 0 (no cache)" in result.stderr


@contextlib.contextmanager
def danvan_serving(db: Path, *args: str, env: dict[str, str] | None = None) -> Iterator[tuple[str, list[str]]]:
    """`danvan serve` itself on a free port while the block runs: its base URL, and its stderr once stopped."""
    port = free_port()
    stderr: list[str] = []
    with tempfile.TemporaryFile("w+", encoding="utf-8") as log:  # a file: a full pipe would block Datasette
        process = subprocess.Popen(
            [sys.executable, "-m", "crawler.cli", "serve", "--db", str(db), "--port", str(port), *args],
            cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
            stdout=subprocess.DEVNULL, stderr=log, text=True)
        base = f"http://127.0.0.1:{port}/"
        try:
            deadline = time.monotonic() + 60
            while not _answers(base):
                if process.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    pytest.fail(f"danvan serve did not start: {log.read()}")
                time.sleep(0.2)
            yield base, stderr
        finally:
            # SIGTERM, as systemd and `kill` stop it: SIGINT is ignored under nohup or in a background job.
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=30)
            log.seek(0)
            stderr.append(log.read())


def test_danvan_serve_applies_its_options(archive: Path) -> None:
    """The command itself: --no-sql and --password-env reach the running Datasette."""
    with danvan_serving(archive, "--no-sql", "--password-env", "DANVAN_TEST_PASSWORD",
                        env={"DANVAN_TEST_PASSWORD": "dan-van-2026!"}) as (base, stderr):
        staff = basic("staff", "dan-van-2026!")
        assert fetch(base)[0] == 403
        assert fetch(f"{base}archive/articles.json", staff)[0] == 200
        assert fetch(f"{base}archive.json?sql={quote('select 1')}", staff)[0] == 403
        [db] = [d for d in get_json(f"{base}-/databases.json", staff)[1] if d["name"] == "archive"]  # type: ignore
        assert db["is_mutable"] is False
    assert f"Serving {archive.resolve()} (immutable) at {base}" in stderr[0]


def test_default_danvan_serve_has_a_time_limit_and_a_row_cap(archive: Path) -> None:
    """Every setting danvan gives Datasette by default is the one it runs with."""
    expected = {name: {"on": True, "off": False}.get(value, int(value) if value.isdigit() else value)
                for name, value in ServeOptions().settings().items()}
    assert {"sql_time_limit_ms", "max_returned_rows"} <= expected.keys()
    with danvan_serving(archive) as (base, _):
        status, settings = get_json(f"{base}-/settings.json")
    assert status == 200
    assert {name: settings[name] for name in expected} == expected  # type: ignore[index]


def test_danvan_serve_migrates_an_old_archive_then_serves_it(tmp_path: Path) -> None:
    """An archive of schema 1 is migrated (keeping its rows) before it is served immutable."""
    path = tmp_path / "archive.db"
    columns, before = old_archive(path)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        [(article_id, title)] = conn.execute("SELECT id, title FROM articles").fetchall()
        found = [url for (url,) in conn.execute(
            "SELECT a.url FROM articles_fts JOIN articles AS a ON a.id = articles_fts.rowid"
            " WHERE articles_fts MATCH ?", (fold(title),))]
    assert found
    with danvan_serving(path) as (base, _):
        [db] = [d for d in get_json(f"{base}-/databases.json")[1] if d["name"] == "archive"]  # type: ignore[union-attr]
        assert db["is_mutable"] is False
        assert fetch(base)[0] == 200
        status, html = fetch(f"{base}archive/articles")
        assert status == 200 and title in html
        status, data = get_json(f"{base}archive/articles.json?_search={quote(title)}&_shape=objects")
        assert status == 200 and [row["url"] for row in data["rows"]] == found  # type: ignore[index]
        status, html = fetch(f"{base}archive/articles/{article_id}")
        assert status == 200 and title in html
    with contextlib.closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
        assert snapshot(conn, columns) == before


def _answers(url: str) -> bool:
    try:
        fetch(url)
    except OSError:
        return False
    return True
