"""The base of every expected error: the CLI prints its message as one line and exits 2."""

from __future__ import annotations

import errno
import sqlite3


class DanvanError(Exception):
    """An error a user can fix (bad input, unusable file); its message is one line."""


class DiskFullError(DanvanError):
    """The archive (or a file beside it) could not be written: no space, or a file-size limit."""


# SQLite's words for a failed write to the file system, and the errno values of a full disk.
_SQLITE_DISK = ("database or disk is full", "disk i/o error")
_OS_DISK = {errno.ENOSPC, errno.EFBIG, errno.EDQUOT}

# A crawl runs inside Scrapy's reactor, which logs exceptions instead of raising them: a
# component that stops a crawl for a reason the command must report files it here.
_stopped: list[DanvanError] = []


def is_disk_error(exc: BaseException) -> bool:
    """Whether an exception is a write that failed because the disk (or a size limit) is full."""
    if isinstance(exc, sqlite3.OperationalError):
        return any(words in str(exc).lower() for words in _SQLITE_DISK)
    return isinstance(exc, OSError) and exc.errno in _OS_DISK


def disk_full(path: object, exc: BaseException) -> DiskFullError:
    """The one-line error for a failed write to `path`."""
    what = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return DiskFullError(f"disk full writing {path} ({what}); nothing after the last complete write was stored")


def stop_with(error: DanvanError) -> None:
    """Record why a crawl was stopped; the command raises it once the crawl has ended."""
    _stopped.append(error)


def raise_if_stopped() -> None:
    """Raise the first recorded reason a crawl was stopped, if any (and forget them all)."""
    if _stopped:
        first = _stopped[0]
        _stopped.clear()
        raise first
