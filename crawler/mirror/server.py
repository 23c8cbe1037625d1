"""A static HTTP server for the mirror: one directory per host, real HTTP on loopback.

A request for /<host>/<path>?<query> is answered from the first file that exists of
`<path>@<query>` (generated pages that differ by query), `<path>` (query ignored, as
HTTrack copies expect), `<path>/index.html`, `<path>.html` (HTTrack adds .html).

A POST (a form, or a JSON object) is answered from a stored answer `<path>@<k=v&...>` whose
pairs are all among the posted fields (the one naming most of them), else as a GET would be:
portals whose pager posts a form (spiders/vnportal.py) are served from plain files too.
"""

from __future__ import annotations

import argparse
import contextlib
import email.utils
import hashlib
import json
import socketserver
import subprocess
import sys
import threading
from collections.abc import Iterator
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from crawler.mirror import SITES

_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".rss": "application/rss+xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".css": "text/css",
    ".js": "application/javascript",
    ".jpg": "image/jpeg",
    ".png": "image/png",
}


def resolve(root: Path, raw_path: str) -> Path | None:
    """The file that answers `raw_path` (path and query of the request), or None."""
    parts = urlsplit(raw_path)
    path = unquote(parts.path).lstrip("/")
    candidate = (root / path).resolve()
    if root.resolve() not in (candidate, *candidate.parents):
        return None  # no escaping the mirror with ../
    options = []
    if parts.query:
        options.append(candidate.with_name(candidate.name + "@" + unquote(parts.query)))
    options += [candidate, candidate / "index.html", candidate.with_name(candidate.name + ".html")]
    return next((p for p in options if _is_file(p)), None)


def resolve_post(root: Path, raw_path: str, fields: dict[str, str]) -> Path | None:
    """The file that answers a POST of `fields` to `raw_path`: the stored answer `<path>@<k=v&...>`
    (pairs in any order, values URL-quoted as in a query) whose pairs are all among `fields`, the
    one naming most pairs; else the file a GET of `raw_path` gets; None when there is neither."""
    candidate = (root / unquote(urlsplit(raw_path).path).lstrip("/")).resolve()
    if root.resolve() not in candidate.parents:
        return None
    best, named = None, 0
    prefix = candidate.name + "@"
    if candidate.parent.is_dir():
        for stored in sorted(candidate.parent.iterdir()):
            if not stored.name.startswith(prefix) or not _is_file(stored):
                continue
            pairs = parse_qsl(stored.name[len(prefix):], keep_blank_values=True)
            if len(pairs) > named and all(fields.get(key) == value for key, value in pairs):
                best, named = stored, len(pairs)
    return best or resolve(root, raw_path)


def posted_fields(body: bytes, content_type: str) -> dict[str, str]:
    """A POST body's fields: a JSON object's members (as text: true/false, numbers as written), or a form's."""
    text = body.decode("utf-8", errors="replace")
    if "json" in content_type.lower():
        try:
            data = json.loads(text or "{}")
        except ValueError:
            return {}
        return {str(k): _as_text(v) for k, v in data.items()} if isinstance(data, dict) else {}
    return dict(parse_qsl(text, keep_blank_values=True))


def _as_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _is_file(path: Path) -> bool:
    """Like Path.is_file, but a name the file system cannot hold (too long) is no file."""
    try:
        return path.is_file()
    except OSError:
        return False


def content_type(path: Path, head: bytes) -> str:
    if path.suffix.lower() in _TYPES and "@" not in path.suffix:
        return _TYPES[path.suffix.lower()]
    if path.name == "robots.txt":
        return _TYPES[".txt"]
    return _TYPES[".xml"] if head.lstrip().startswith(b"<?xml") else _TYPES[".html"]


_ACCESS_LOG_LOCK = threading.Lock()
_MAX_POST = 1 << 20  # a pager's form is a few hundred bytes


class MirrorHandler(BaseHTTPRequestHandler):
    server_version = "danvan-mirror/1"
    root: Path = SITES

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        """Quiet, unless DANVAN_MIRROR_ACCESS_LOG names a file: then one line per answer
        (time, status, path), appended, so tests can count what crawls fetched."""
        import os
        import time

        log = os.environ.get("DANVAN_MIRROR_ACCESS_LOG")
        if log:
            line = f"{time.time():.3f} {getattr(code, 'value', code)} {self.path}\n"
            with _ACCESS_LOG_LOCK, open(log, "a", encoding="utf-8") as out:
                out.write(line)

    def do_GET(self) -> None:
        self._answer(send_body=True)

    def do_HEAD(self) -> None:
        self._answer(send_body=False)

    def do_POST(self) -> None:
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if not 0 <= length <= _MAX_POST:
            self.send_error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE)
            return
        fields = posted_fields(self.rfile.read(length), self.headers.get("Content-Type") or "")
        self._answer(send_body=True, path=resolve_post(self.root, self.path, fields))

    def _answer(self, send_body: bool, path: Path | None = None) -> None:
        path = path or resolve(self.root, self.path)
        if path is None:
            self.send_error(HTTPStatus.NOT_FOUND)
            return
        body = path.read_bytes()
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        modified = email.utils.formatdate(path.stat().st_mtime, usegmt=True)
        if self.headers.get("If-None-Match") == etag:
            self.send_response(HTTPStatus.NOT_MODIFIED)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", content_type(path, body[:64]))
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", modified)
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # quiet by default
        pass


class MirrorServer(ThreadingHTTPServer):
    # socketserver's accept queue holds 5 connections: a crawl opening dozens at once (or the
    # fault portal keeping some waiting on purpose) would have the rest dropped and retried by
    # the client's TCP a second later, leaving the crawler idle.
    request_queue_size = 1024


def make_server(
    port: int = 0, root: Path = SITES, host: str = "127.0.0.1", faults: bool = False
) -> ThreadingHTTPServer:
    """The mirror's server; with `faults`, the fault portal's instead (crawler.mirror.faults)."""
    if faults:
        from crawler.mirror.faults import FaultHandler, catalogue

        catalogue()  # built before the first request, so no page is slow to answer by accident
        handler: type[BaseHTTPRequestHandler] = FaultHandler
    else:
        handler = type("Handler", (MirrorHandler,), {"root": root})
    server = MirrorServer((host, port), handler)
    server.daemon_threads = True
    return server


@contextlib.contextmanager
def in_thread(server: socketserver.BaseServer) -> Iterator[str]:
    """Run a local HTTP server (on 127.0.0.1) from a thread of this process; yields its base URL."""
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def serving_in_thread(root: Path = SITES) -> contextlib.AbstractContextManager[str]:
    """Serve the mirror from a thread of this process; yields the base URL."""
    return in_thread(make_server(0, root))


@contextlib.contextmanager
def serving_in_subprocess(root: Path = SITES, faults: bool = False) -> Iterator[str]:
    """Serve the mirror (or the fault portal) from a child process, keeping the crawler's core free;
    yields the base URL."""
    with serving_module("crawler.mirror.server", "the offline mirror", "--root", str(root),
                        *(["--faults"] if faults else [])) as url:
        yield url


@contextlib.contextmanager
def serving_module(module: str, what: str, *args: str) -> Iterator[str]:
    """Run `python -m <module> --port 0 <args>` as a child process until the block ends; yields the
    base URL it prints on its first line."""
    proc = subprocess.Popen([sys.executable, "-m", module, "--port", "0", *args], stdout=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        if not line.startswith("http://"):
            raise RuntimeError(f"{what} did not start")
        yield line.strip()
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Serve the danvan offline portal mirror.")
    parser.add_argument("--port", type=int, default=8800)
    parser.add_argument("--root", type=Path, default=SITES)
    parser.add_argument("--faults", action="store_true",
                        help="Serve the fault portal (crawler.mirror.faults) instead of the mirror.")
    args = parser.parse_args(argv)
    server = make_server(args.port, args.root, faults=args.faults)
    print(f"http://127.0.0.1:{server.server_address[1]}", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()


if __name__ == "__main__":
    main()
