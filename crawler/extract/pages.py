"""A saved page given on the command line (`danvan extract`, `classify`, `probe`): HTML, or a clear no.

Only an HTML page can be extracted; an empty file, a PDF or image, any binary, plain text
and a file too large for a page each get one line saying which, never a run over garbage.
"""

from __future__ import annotations

import re
from pathlib import Path

from crawler.core.errors import DanvanError

MAX_PAGE_BYTES = 20 * 1024 * 1024  # the largest portal pages are a few MB
# File signatures of what staff most often save instead of a page.
_SIGNATURES = ((b"%PDF", "a PDF document"), (b"PK\x03\x04", "a ZIP or Office document"),
               (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
               (b"\xd0\xcf\x11\xe0", "an old Office document"), (b"\x1f\x8b", "a gzip file"),
               (b"WARC/", "a WARC file (use danvan reparse)"))
_MARKUP = re.compile(rb"<\s*(?:!doctype|html|head|body|div|p|article|main|section|table|span|a|h[1-6])\b", re.I)


class NotAPageError(DanvanError):
    """The file given is not an HTML page."""


def read_page(path: str | Path, max_bytes: int = MAX_PAGE_BYTES) -> str:
    """The HTML text of a saved page; NotAPageError (one line) for anything else."""
    path = Path(path)
    size = path.stat().st_size
    if size > max_bytes:
        raise NotAPageError(f"{path}: {size / 1024 / 1024:.0f} MB is larger than a page may be "
                            f"({max_bytes // 1024 // 1024} MB)")
    data = path.read_bytes()
    if not data.strip():
        raise NotAPageError(f"{path}: the file is empty")
    head = data[:8192].lstrip(b"\xef\xbb\xbf \t\r\n")
    for signature, what in _SIGNATURES:
        if head.startswith(signature):
            raise NotAPageError(f"{path}: {what}, not an HTML page")
    if b"\x00" in data[:8192]:
        raise NotAPageError(f"{path}: a binary file, not an HTML page")
    if not _MARKUP.search(data[:65536]):
        raise NotAPageError(f"{path}: no HTML markup: save the page as HTML (Ctrl-S in the browser)")
    return data.decode("utf-8", errors="replace")
