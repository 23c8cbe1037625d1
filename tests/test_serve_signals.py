"""`danvan serve` stops cleanly on SIGTERM (and SIGHUP, and SIGINT even when started ignoring it);
a large archive starts with its inspect file; the start-up wait follows the server's progress."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crawler.archive.inspect import inspect_path, read_inspect_file, write_inspect_file
from crawler.publish.serve import PublishError, _wait_until_up, free_port
from tests.helpers import ROOT, read_rows


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from bench.search_text import build

    # Large enough that Datasette counting it at start would show (the benchmark serves 1,000,000).
    db = tmp_path_factory.mktemp("serve") / "archive.db"
    build(db, 20_000, seed=5, log=lambda _m: None)
    write_inspect_file(db)
    return db


def children_of(pid: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def port_free(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) != 0


def temp_dirs_of(pids: set[int]) -> set[Path]:
    """The danvan-datasette-* folders named on these processes' command lines (its metadata lives there)."""
    found = set()
    for pid in pids:
        for arg in Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0"):
            path = Path(arg.decode(errors="replace"))
            if path.is_absolute() and path.parent.name.startswith("danvan-datasette-"):
                found.add(path.parent)
    return found


def start_serving(db: Path, port: int, ignore_sigint: bool = False) -> subprocess.Popen[str]:
    def ignore() -> None:  # as a shell starts a background job, or nohup
        signal.signal(signal.SIGINT, signal.SIG_IGN)

    process = subprocess.Popen(
        [sys.executable, "-m", "crawler.cli", "serve", "--db", str(db), "--port", str(port)], cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        preexec_fn=ignore if ignore_sigint else None)
    deadline = time.monotonic() + 120
    while port_free(port):
        assert process.poll() is None, process.stderr.read() if process.stderr else ""
        assert time.monotonic() < deadline, "danvan serve did not start"
        time.sleep(0.2)
    return process


@pytest.mark.parametrize(("signum", "ignore_sigint"),
                         [(signal.SIGTERM, False), (signal.SIGHUP, False), (signal.SIGINT, True)],
                         ids=["SIGTERM", "SIGHUP", "SIGINT-nohup"])
def test_sigterm_stops_serve_and_everything_it_started(archive: Path, signum: int, ignore_sigint: bool) -> None:
    port = free_port()
    process = start_serving(archive, port, ignore_sigint)
    children = children_of(process.pid)
    folders = temp_dirs_of(children)
    assert children and folders and all(f.is_dir() for f in folders)  # Datasette runs, with its temporary folder
    process.send_signal(signum)
    assert process.wait(timeout=30) == 0
    assert port_free(port)
    assert not any(Path(f"/proc/{pid}").exists() for pid in children)
    assert not any(f.exists() for f in folders)


def test_serve_gives_datasette_the_inspect_file_and_its_counts_are_the_archives(archive: Path) -> None:
    port = free_port()
    process = start_serving(archive, port)
    try:
        with __import__("urllib.request").request.urlopen(f"http://127.0.0.1:{port}/-/databases.json") as answer:
            databases = json.load(answer)
        with __import__("urllib.request").request.urlopen(f"http://127.0.0.1:{port}/archive.json") as answer:
            tables = {t["name"]: t["count"] for t in json.load(answer)["tables"]}
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
    assert [d["name"] for d in databases if d["name"] == "archive"]
    assert tables["articles"] == read_rows(archive, "SELECT count(*) FROM articles")[0][0]
    assert tables["articles"] == json.loads(inspect_path(archive).read_text())["archive"]["tables"]["articles"]["count"]


def test_a_writer_removes_the_inspect_file_and_a_crawl_writes_it_again(archive: Path, tmp_path: Path) -> None:
    from crawler.archive import Archive
    from crawler.core.registry import load as load_registry

    assert read_inspect_file(archive, "archive") is not None
    copy = tmp_path / "copy.db"
    copy.write_bytes(archive.read_bytes())
    write_inspect_file(copy)
    opened = Archive.open(copy)
    opened.close()
    assert inspect_path(copy).exists()  # opening changes nothing
    opened = Archive.open(copy)
    opened.sync_portals(load_registry())  # a write: the counts may change
    opened.close()
    assert not inspect_path(copy).exists() and read_inspect_file(copy, "copy") is None
    result = subprocess.run([sys.executable, "-m", "crawler.cli", "crawl", "--offline", "--quiet", "--portal", "sotttt",
                             "--max-pages", "1", "--db", str(copy)], cwd=ROOT, capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=600)
    assert result.returncode in (0, 3), result.stderr[-2000:]
    counts = read_inspect_file(copy, "copy")
    assert counts is not None
    assert counts["copy"]["tables"]["articles"]["count"] == read_rows(copy, "SELECT count(*) FROM articles")[0][0]


SLOW_START = """
import socket, sys, time
busy_until = time.monotonic() + float(sys.argv[2])
while time.monotonic() < busy_until:  # busy, as Datasette counting a large archive
    sum(range(10000))
server = socket.socket(); server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", int(sys.argv[1]))); server.listen()
while True:
    conn, _ = server.accept()
    conn.recv(1024); conn.sendall(b"HTTP/1.0 200 OK\\r\\nContent-Length: 2\\r\\n\\r\\n{}"); conn.close()
"""
STALLED_START = "import time; time.sleep(60)"


def test_the_start_wait_follows_progress_past_the_stall_limit() -> None:
    port = free_port()
    process = subprocess.Popen([sys.executable, "-c", SLOW_START, str(port), "4"])
    try:
        assert _wait_until_up(process, "127.0.0.1", port, log=None, stall=1.5).endswith(f":{port}/")
    finally:
        process.kill()
        process.wait()


def test_a_start_that_makes_no_progress_is_given_up() -> None:
    process = subprocess.Popen([sys.executable, "-c", STALLED_START])
    started = time.monotonic()
    try:
        with pytest.raises(PublishError, match="made no progress for 2 s"):
            _wait_until_up(process, "127.0.0.1", free_port(), log=None, stall=2)
    finally:
        process.kill()
        process.wait()
    assert time.monotonic() - started < 20
