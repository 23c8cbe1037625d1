"""Publishing the archive with Datasette (run as a subprocess of this Python).

The instance gets datasette_metadata.json (Vietnamese titles, facets, search), the
templates in crawler/templates, the settings below, and the plugin in
crawler/datasette_plugin.py (accent-free search), which Datasette loads through the
`datasette` entry point of this package.
"""

from __future__ import annotations

import contextlib
import importlib.metadata
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import webbrowser
from collections.abc import Iterator
from pathlib import Path

from crawler.archive.store import Archive
from crawler.errors import DanvanError

ROOT = Path(__file__).resolve().parent.parent
METADATA = ROOT / "datasette_metadata.json"
TEMPLATES = Path(__file__).with_name("templates")
# The database name the metadata is written for; another file name is re-keyed at start-up.
METADATA_DATABASE = "archive"
SETTINGS: dict[str, str] = {
    "suggest_facets": "off",  # suggestions cost a query per column on every table page
    "sql_time_limit_ms": "3000",
    "facet_time_limit_ms": "1000",
    "default_page_size": "50",
    "max_returned_rows": "1000",
    "truncate_cells_html": "300",  # long sapos stay readable in the table view
}
START_TIMEOUT = 30.0
# Polling a local server must not go through an http_proxy from the environment.
_LOCAL = urllib.request.build_opener(urllib.request.ProxyHandler({}))


class PublishError(DanvanError):
    """Datasette cannot be started for this archive; the message is one line."""


def database_name(db_path: str | os.PathLike[str]) -> str:
    """The name Datasette gives a database file: its stem (archive.db -> archive)."""
    return Path(db_path).stem


def serve(
    db_path: str | os.PathLike[str],
    port: int = 8001,
    host: str = "127.0.0.1",
    open_browser: bool = False,
    immutable: bool = False,
) -> None:
    """Serve the archive until Ctrl-C (or Datasette exits); PublishError if it cannot start."""
    db = _check_database(db_path)
    port = port or _free_port(host)
    _check_port(host, port)
    with tempfile.TemporaryDirectory(prefix="danvan-datasette-") as tmp:
        command, env = _command(db, host, port, Path(tmp), immutable)
        process = subprocess.Popen(command, env=env)
        try:
            base_url = _wait_until_up(process, host, port, log=None)
            print(f"Serving {db} at {base_url} (Ctrl-C to stop)", file=sys.stderr)
            if open_browser:
                webbrowser.open(base_url)
            code = process.wait()
        except KeyboardInterrupt:
            code = 0
        finally:
            _stop(process)
    if code:
        raise PublishError(f"datasette stopped with exit status {code}")


@contextlib.contextmanager
def datasette_running(
    db_path: str | os.PathLike[str], port: int | None = None, immutable: bool = False, host: str = "127.0.0.1"
) -> Iterator[str]:
    """Run Datasette on `port` (a free one by default) while the block runs; yields its base URL."""
    db = _check_database(db_path)
    if port:
        _check_port(host, port)
    with tempfile.TemporaryDirectory(prefix="danvan-datasette-") as tmp:
        log_path = Path(tmp) / "datasette.log"
        # A free port can be taken between choosing it and Datasette binding it: retry.
        for attempt in range(1 if port else 3):
            chosen = port or _free_port(host)
            command, env = _command(db, host, chosen, Path(tmp), immutable)
            with log_path.open("wb") as log:
                process = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
            try:
                base_url = _wait_until_up(process, host, chosen, log=log_path)
            except PublishError:
                _stop(process)
                if port or attempt == 2 or not _port_taken(host, chosen):
                    raise
                continue
            try:
                yield base_url
            finally:
                _stop(process)
            return


def _check_database(db_path: str | os.PathLike[str]) -> Path:
    path = Path(db_path)
    if not path.is_file():
        raise PublishError(f"{path}: no archive here (run `danvan crawl` first)")
    try:
        archive = Archive.open(path, create=False, readonly=True)
    except DanvanError as exc:
        raise PublishError(str(exc)) from None
    try:
        if archive.schema_version == 0:
            raise PublishError(f"{path}: the archive is empty (run `danvan crawl` first)")
    finally:
        archive.close()
    return path.resolve()


def _command(db: Path, host: str, port: int, tmp: Path, immutable: bool) -> tuple[list[str], dict[str, str]]:
    """The `datasette serve` command line and its environment."""
    env = dict(os.environ)
    command = [
        sys.executable, "-m", "datasette", "serve",
        *(["-i", str(db)] if immutable else [str(db)]),
        "--host", host, "--port", str(port),
        "--metadata", str(_write_metadata(database_name(db), tmp)),
        "--template-dir", str(TEMPLATES),
    ]
    for name, value in SETTINGS.items():
        command += ["--setting", name, value]
    if not _plugin_registered():
        # Not installed as a package (no entry point): load the plugin from a folder.
        plugins = tmp / "plugins"
        plugins.mkdir(exist_ok=True)
        (plugins / "danvan_plugin.py").write_text(
            "from crawler.datasette_plugin import extra_template_vars, prepare_connection  # noqa: F401\n",
            encoding="utf-8",
        )
        command += ["--plugins-dir", str(plugins)]
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    return command, env


def _write_metadata(name: str, tmp: Path) -> Path:
    """The metadata, keyed by this database's name, as a file Datasette can read."""
    try:
        metadata = json.loads(METADATA.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise PublishError(f"{METADATA}: cannot read the Datasette metadata: {exc}") from None
    databases = metadata.get("databases", {})
    if name != METADATA_DATABASE and METADATA_DATABASE in databases:
        databases[name] = databases.pop(METADATA_DATABASE)
    path = tmp / "metadata.json"
    path.write_text(json.dumps(metadata, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def _plugin_registered() -> bool:
    return any(ep.value == "crawler.datasette_plugin" for ep in importlib.metadata.entry_points(group="datasette"))


def _free_port(host: str) -> int:
    with socket.socket(_family(host), socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def _port_taken(host: str, port: int) -> bool:
    with socket.socket(_family(host), socket.SOCK_STREAM) as sock:
        # As the server will: a port left in TIME_WAIT is free, a listening one is not.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return True
    return False


def _check_port(host: str, port: int) -> None:
    try:
        taken = _port_taken(host, port)
    except socket.gaierror:
        raise PublishError(f"cannot listen on {host}: unknown address") from None
    if taken:
        raise PublishError(f"port {port} on {host} is already in use (choose another with --port)")


def _family(host: str) -> socket.AddressFamily:
    return socket.AF_INET6 if ":" in host else socket.AF_INET


def _url_host(host: str) -> str:
    if host in ("0.0.0.0", ""):
        return "127.0.0.1"
    if host == "::":
        return "[::1]"
    return f"[{host}]" if ":" in host else host


def _wait_until_up(process: subprocess.Popen[bytes], host: str, port: int, log: Path | None) -> str:
    """Poll /-/versions.json until it answers; PublishError if Datasette exits or hangs."""
    base_url = f"http://{_url_host(host)}:{port}/"
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise PublishError(f"datasette exited at start-up: {_last_line(log) or f'status {process.returncode}'}")
        try:
            with _LOCAL.open(base_url + "-/versions.json", timeout=2) as response:
                if response.status == 200:
                    return base_url
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.1)
    raise PublishError(f"datasette did not answer on {base_url} within {START_TIMEOUT:.0f} s")


def _last_line(log: Path | None) -> str:
    if log is None or not log.exists():
        return ""
    lines = [line.strip() for line in log.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip()]
    return lines[-1] if lines else ""


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
