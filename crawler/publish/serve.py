"""Publishing the archive with Datasette (run as a subprocess of this Python).

The instance gets datasette_metadata.json (Vietnamese titles, facets, search, canned
queries, the dashboard), the templates in crawler/publish/templates, the settings below, and the
plugin in crawler/publish/plugin.py (accent-free search, article pages, Atom feeds),
which Datasette loads through the `datasette` entry point of this package.

Published safely by default: the file is opened immutable (nothing can write it, and a
crawl's later writes are not seen: `follow_crawls` opens it read-only but mutable
instead), SQL has a time limit and results a row cap, the database file cannot be
downloaded, arbitrary SQL can be switched off, and a password (datasette-auth-passwords)
can put the whole instance behind a login. An archive of an older schema is migrated
(keeping every row) before it is served, or refused in one line if it cannot be written.
"""

from __future__ import annotations

import contextlib
import importlib.metadata
import importlib.util
import json
import os
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import tomllib
import urllib.error
import urllib.request
import webbrowser
from collections.abc import Iterator
from dataclasses import dataclass, fields, replace
from pathlib import Path

from crawler.archive.inspect import read_inspect_file
from crawler.archive.schema import LATEST
from crawler.archive.store import Archive
from crawler.core.errors import DanvanError

ROOT = Path(__file__).resolve().parents[2]
METADATA = ROOT / "datasette_metadata.json"
TEMPLATES = Path(__file__).with_name("templates")
STATIC = Path(__file__).with_name("static")
# The package's Datasette plugins (pyproject.toml entry points), as files for a --plugins-dir.
PLUGIN_MODULES = {"danvan_plugin.py": "crawler.publish.plugin", "danvan_fast_plugin.py": "crawler.publish.search_page",
                  "danvan_saved_plugin.py": "crawler.publish.saved"}
# The database name the metadata is written for; another file name is re-keyed at start-up.
METADATA_DATABASE = "archive"
SETTINGS: dict[str, str] = {
    "suggest_facets": "off",  # suggestions cost a query per column on every table page
    "facet_time_limit_ms": "1000",
    "default_page_size": "50",
    "truncate_cells_html": "300",  # long sapos stay readable in the table view
    "allow_download": "off",  # the whole file (captures paths, skipped pages) is not for download
}
# Datasette reads the password hash from this variable of its environment (never argv).
PASSWORD_HASH_ENV = "DANVAN_PASSWORD_HASH"
_HASH_PREFIX = "pbkdf2_sha256$"
# Datasette's start-up is waited for while it makes progress (CPU time, disk reads, log lines):
# a cold start of a large archive may take minutes; a stalled one is given up after this long.
STALL_TIMEOUT = float(os.environ.get("DANVAN_SERVE_STALL_SECONDS") or 60)
START_LIMIT = 3600.0  # and any start-up after an hour
# Polling a local server must not go through an http_proxy from the environment.
_LOCAL = urllib.request.build_opener(urllib.request.ProxyHandler({}))


class PublishError(DanvanError):
    """Datasette cannot be started for this archive; the message is one line."""


@dataclass(frozen=True)
class ServeOptions:
    """How the archive is published; the defaults are the safe ones."""

    follow_crawls: bool = False  # read-only but mutable: see a running crawl's writes
    allow_sql: bool = True  # arbitrary SQL (canned queries always run)
    sql_time_limit_ms: int = 3000
    max_returned_rows: int = 1000
    password_hash: str | None = None  # pbkdf2_sha256$... from datasette-auth-passwords
    user: str = "staff"

    def settings(self) -> dict[str, str]:
        """Datasette --setting values for these options."""
        return {
            **SETTINGS,
            "sql_time_limit_ms": str(self.sql_time_limit_ms),
            "max_returned_rows": str(self.max_returned_rows),
            "default_allow_sql": "on" if self.allow_sql else "off",
        }


def load_config(path: str | os.PathLike[str]) -> ServeOptions:
    """ServeOptions from the `[serve]` table of a TOML file; PublishError on anything unexpected."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise PublishError(f"{path}: cannot read the serve config: {exc.strerror}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise PublishError(f"{path}: not a valid TOML file: {exc}") from None
    table = data.get("serve", {})
    if not isinstance(table, dict) or set(data) - {"serve"}:
        raise PublishError(f"{path}: the serve config holds one [serve] table")
    types = {f.name: f.type for f in fields(ServeOptions)}
    values: dict[str, object] = {}
    for key, value in table.items():
        if key not in types:
            raise PublishError(f"{path}: unknown setting {key!r} (known: {', '.join(types)})")
        wanted = {"bool": bool, "int": int}.get(str(types[key]), str)
        if not isinstance(value, wanted) or (wanted is int and (isinstance(value, bool) or value < 1)):
            raise PublishError(f"{path}: {key} must be {'a positive integer' if wanted is int else wanted.__name__}")
        values[key] = value
    options = ServeOptions(**values)  # type: ignore[arg-type]
    if options.password_hash is not None:
        _check_hash(options.password_hash, str(path))
    return options


def password_from_env(variable: str) -> str:
    """The password hash for the variable's value (a password, or already a pbkdf2_sha256$ hash)."""
    from datasette_auth_passwords.utils import hash_password

    value = os.environ.get(variable, "").strip()
    if not value:
        raise PublishError(f"the environment variable {variable} holding the password is unset or empty")
    if value.startswith(_HASH_PREFIX):
        _check_hash(value, variable)
        return value
    return hash_password(value)


def _check_hash(value: str, where: str) -> None:
    parts = value.split("$")
    if len(parts) != 4 or not value.startswith(_HASH_PREFIX) or not parts[1].isdigit():
        raise PublishError(f"{where}: password_hash is not a pbkdf2_sha256 hash (make one with "
                           "`datasette hash-password`)")


def database_name(db_path: str | os.PathLike[str]) -> str:
    """The name Datasette gives a database file: its stem (archive.db -> archive)."""
    return Path(db_path).stem


def serve(
    db_path: str | os.PathLike[str],
    port: int = 8001,
    host: str = "127.0.0.1",
    open_browser: bool = False,
    options: ServeOptions | None = None,
) -> None:
    """Serve the archive until Ctrl-C (or Datasette exits); PublishError if it cannot start."""
    options = options or ServeOptions()
    db = _check_database(db_path, options)
    port = port or free_port(host)
    _check_port(host, port)
    with tempfile.TemporaryDirectory(prefix="danvan-datasette-") as tmp, _stopped_by_signals():
        command, env = _command(db, host, port, Path(tmp), options)
        process = subprocess.Popen(command, env=env)
        try:
            base_url = _wait_until_up(process, host, port, log=None)
            mode = "read-only, following crawls" if options.follow_crawls else "immutable"
            print(f"Serving {db} ({mode}) at {base_url} (Ctrl-C to stop)", file=sys.stderr)
            if open_browser:
                webbrowser.open(base_url)
            code = process.wait()
        except KeyboardInterrupt:
            code = 0
        finally:
            _stop(process)
    if code:
        raise PublishError(f"datasette stopped with exit status {code}")


class _Stop(KeyboardInterrupt):
    """SIGTERM or SIGHUP: stop as on Ctrl-C (the server, then the temporary folder)."""


@contextlib.contextmanager
def _stopped_by_signals() -> Iterator[None]:
    """SIGTERM (systemd, supervisord, docker stop, kill) and SIGHUP stop `danvan serve` as Ctrl-C does,
    so Datasette is stopped and the temporary folder removed; SIGINT is caught even when the
    shell started us ignoring it (a background job, nohup)."""
    import signal

    def stop(signum: int, _frame: object) -> None:
        raise _Stop(signal.Signals(signum).name)

    wanted = (signal.SIGTERM, signal.SIGHUP, signal.SIGINT)
    previous = {sig: signal.signal(sig, stop) for sig in wanted}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


@contextlib.contextmanager
def datasette_running(
    db_path: str | os.PathLike[str],
    port: int | None = None,
    host: str = "127.0.0.1",
    options: ServeOptions | None = None,
    follow_crawls: bool | None = None,
) -> Iterator[str]:
    """Run Datasette on `port` (a free one by default) while the block runs; yields its base URL.

    Immutable unless `follow_crawls` (a shortcut for the option of that name) is true.
    """
    options = options or ServeOptions()
    if follow_crawls is not None:
        options = replace(options, follow_crawls=follow_crawls)
    db = _check_database(db_path, options)
    if port:
        _check_port(host, port)
    with tempfile.TemporaryDirectory(prefix="danvan-datasette-") as tmp:
        log_path = Path(tmp) / "datasette.log"
        # A free port can be taken between choosing it and Datasette binding it: retry.
        for attempt in range(1 if port else 3):
            chosen = port or free_port(host)
            command, env = _command(db, host, chosen, Path(tmp), options)
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


def _check_database(db_path: str | os.PathLike[str], options: ServeOptions) -> Path:
    from crawler.publish.search_page import CACHE_ENV, cache_budget  # the page's own reading, checked up front

    path = Path(db_path)
    try:
        cache_budget(os.environ.get(CACHE_ENV))
    except ValueError as exc:
        raise PublishError(str(exc)) from None
    if not path.is_file():
        raise PublishError(f"{path}: no archive here (run `danvan crawl` first)")
    try:
        archive = Archive.open(path, create=False, readonly=True)
    except DanvanError as exc:
        raise PublishError(str(exc)) from None
    try:
        version = archive.schema_version
    finally:
        archive.close()
    if version == 0:
        raise PublishError(f"{path}: the archive is empty (run `danvan crawl` first)")
    if version < LATEST:
        _migrate(path, version)
    if not options.follow_crawls:
        _checkpoint(path)
    return path.resolve()


def _migrate(path: Path, version: int) -> None:
    """Bring an archive of an older schema up to date before serving it.

    Datasette's pages and the metadata's queries are written for the latest schema; the
    migrations keep every row, but need the file (and its folder, for the journal) writable.
    """
    parent = path.parent if str(path.parent) else Path(".")
    unwritable = next((what for what, item in (("the file", path), (f"its folder {parent}", parent))
                       if not os.access(item, os.W_OK)), None)
    if unwritable:
        raise PublishError(f"{path}: archive schema {version} is older than this danvan ({LATEST}) and {unwritable} "
                           "is not writable, so it cannot be migrated: make it writable, then run "
                           f"`danvan retag --db {path}` or serve it again")
    try:
        Archive.open(path, create=False).close()
    except DanvanError as exc:
        raise PublishError(str(exc)) from None


def _checkpoint(path: Path) -> None:
    """Move the WAL into the file: an immutable database is read without its WAL."""
    wal = path.with_name(path.name + "-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        return
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise PublishError(f"{path}: the archive has unsaved changes in {wal.name} and is not writable: "
                           "serve it with --follow-crawls")
    try:
        conn = sqlite3.connect(path, timeout=5)
        try:
            busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise PublishError(f"{path}: cannot checkpoint the archive: {exc}") from None
    if busy:
        raise PublishError(f"{path}: a crawl is writing the archive: serve it with --follow-crawls "
                           "(or wait for the crawl to end)")


def _command(db: Path, host: str, port: int, tmp: Path, options: ServeOptions) -> tuple[list[str], dict[str, str]]:
    """The `datasette serve` command line and its environment."""
    env = {k: v for k, v in os.environ.items() if k != PASSWORD_HASH_ENV}
    if options.password_hash:
        env[PASSWORD_HASH_ENV] = options.password_hash
    from crawler.publish.saved import SAVED_DB_ENV, saved_database_path

    # Saved searches: a writable file beside the archive, attached (created if missing) by their plugin.
    env[SAVED_DB_ENV] = str(saved_database_path(db))
    command = [
        sys.executable, "-m", "datasette", "serve",
        # Not immutable: Datasette still opens the file read-only (mode=ro) and sees new commits.
        *([str(db)] if options.follow_crawls else ["-i", str(db)]),
        "--host", host, "--port", str(port),
        "--metadata", str(_write_metadata(database_name(db), tmp, options)),
        *_inspect_args(db, tmp, options),
        "--template-dir", str(TEMPLATES),
        "--static", f"danvan:{STATIC}",
    ]
    for name, value in options.settings().items():
        command += ["--setting", name, value]
    if not _plugin_registered():
        # Not installed as a package (no entry points): load the plugins from a folder.
        plugins = tmp / "plugins"
        plugins.mkdir(exist_ok=True)
        for file_name, module in PLUGIN_MODULES.items():
            if importlib.util.find_spec(module) is not None:
                (plugins / file_name).write_text(f"from {module} import *  # noqa: F403\n", encoding="utf-8")
        command += ["--plugins-dir", str(plugins)]
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    return command, env


def _inspect_args(db: Path, tmp: Path, options: ServeOptions) -> list[str]:
    """`--inspect-file` with the counts the last crawl wrote: an immutable archive then starts
    without Datasette hashing the file and counting every table (minutes at a million)."""
    if options.follow_crawls:
        return []  # a mutable database is neither hashed nor counted at start
    data = read_inspect_file(db, database_name(db))
    if data is None:
        return []
    path = tmp / "inspect.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return ["--inspect-file", str(path)]


def _write_metadata(name: str, tmp: Path, options: ServeOptions) -> Path:
    """The metadata, keyed by this database's name, as a file Datasette can read."""
    try:
        metadata = json.loads(METADATA.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise PublishError(f"{METADATA}: cannot read the Datasette metadata: {exc}") from None
    databases = metadata.get("databases", {})
    if name != METADATA_DATABASE and METADATA_DATABASE in databases:
        databases[name] = databases.pop(METADATA_DATABASE)
    plugins = metadata.setdefault("plugins", {})
    for dashboard in plugins.get("datasette-dashboards", {}).values():
        for part in (*dashboard.get("charts", {}).values(), *dashboard.get("filters", {}).values()):
            if part.get("db") == METADATA_DATABASE:
                part["db"] = name
    if options.password_hash:
        # The whole instance behind the login; the hash comes from Datasette's environment.
        metadata["allow"] = {"id": options.user}
        plugins["datasette-auth-passwords"] = {f"{options.user}_password_hash": {"$env": PASSWORD_HASH_ENV}}
    path = tmp / "metadata.json"
    path.write_text(json.dumps(metadata, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def _plugin_registered() -> bool:
    return any(ep.value == "crawler.publish.plugin" for ep in importlib.metadata.entry_points(group="datasette"))


def free_port(host: str = "127.0.0.1") -> int:
    """A port nothing listens on at `host` now (the system's choice)."""
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


def _wait_until_up(process: subprocess.Popen[bytes], host: str, port: int, log: Path | None,
                   stall: float | None = None) -> str:
    """Poll /-/versions.json until it answers, as long as Datasette makes progress.

    PublishError if Datasette exits, makes no progress (no CPU time, no disk read, no log
    line) for `stall` seconds, or is not up after START_LIMIT. A start that takes a while
    says so on a terminal.
    """
    stall = STALL_TIMEOUT if stall is None else stall
    base_url = f"http://{_url_host(host)}:{port}/"
    started = last_progress = time.monotonic()
    last_mark = _progress_mark(process.pid, log)
    told = 0.0
    while True:
        if process.poll() is not None:
            raise PublishError(f"datasette exited at start-up: {_last_line(log) or f'status {process.returncode}'}")
        try:
            with _LOCAL.open(base_url + "-/versions.json", timeout=2) as response:
                if response.status == 200:
                    return base_url
        except urllib.error.HTTPError:
            return base_url  # it answers (behind a login: 403)
        except (urllib.error.URLError, OSError):
            pass
        now = time.monotonic()
        mark = _progress_mark(process.pid, log)
        if mark != last_mark:
            last_mark, last_progress = mark, now
        if now - last_progress > stall:
            raise PublishError(f"datasette did not answer on {base_url} and made no progress for {stall:.0f} s")
        if now - started > START_LIMIT:
            raise PublishError(f"datasette did not answer on {base_url} within {START_LIMIT:.0f} s")
        if now - started > 5 and now - told >= 5 and sys.stderr.isatty():
            told = now
            print(f"waiting for datasette to start ({now - started:.0f} s; reading the archive)", file=sys.stderr)
        time.sleep(0.1)


def _progress_mark(pid: int, log: Path | None) -> tuple[int, ...]:
    """What grows while a process works: its CPU ticks and bytes read (Linux /proc), and its log."""
    mark: list[int] = []
    with contextlib.suppress(OSError, ValueError, IndexError):
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        mark.append(int(fields[11]) + int(fields[12]))  # utime + stime
    with contextlib.suppress(OSError, ValueError):
        io = dict(line.split(": ") for line in Path(f"/proc/{pid}/io").read_text().splitlines())
        mark.append(int(io["rchar"]))
    if log is not None:
        with contextlib.suppress(OSError):
            mark.append(log.stat().st_size)
    if not mark:  # no way to see progress here: the clock is the only mark (a fixed limit)
        mark.append(int(time.monotonic() // STALL_TIMEOUT))
    return tuple(mark)


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
