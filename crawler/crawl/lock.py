"""One writer per archive: an advisory lock on `<db>.lock` held for the whole crawl.

fcntl.flock locks belong to the open file, so the kernel releases them when the process
ends, however it ends (SIGKILL included): a killed crawl never leaves a stale lock.

Every entry point that writes takes it: `danvan crawl` (before any crawler exists), the
archive pipeline (so `scrapy crawl` and Scrapyd jobs too) and the distributed archiver.
Within one process the lock is re-entrant: the pipelines of a `danvan crawl` run inside
the lock their command took, and two flocks on one file in one process would conflict.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import threading
from collections.abc import Iterator
from pathlib import Path

from crawler.core.errors import DanvanError


class ArchiveBusyError(DanvanError):
    """Another process holds the archive's lock."""


def lock_path(db: str | os.PathLike[str]) -> Path:
    db = Path(db)
    return db.with_name(db.name + ".lock")


# This process's held locks: lock file -> (its descriptor, how many holders).
_HELD: dict[str, tuple[int, int]] = {}
_GUARD = threading.Lock()


class ArchiveLock:
    """The writer lock of one archive, taken without blocking (`acquire`) and released once."""

    def __init__(self, db: str | os.PathLike[str]):
        self.db = db
        self.key = str(lock_path(db).resolve())
        self.held = False
        self.outermost = False  # this holder took the lock for the process (not a re-entry)

    def acquire(self, *, wait: bool = False) -> bool:
        """Take the lock; False when another process has it (unless `wait`, which blocks)."""
        if self.held:
            return True
        with _GUARD:
            if self.key in _HELD:
                fd, count = _HELD[self.key]
                _HELD[self.key] = (fd, count + 1)
                self.held = True
                return True
            fd = os.open(self.key, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
            except BlockingIOError:
                os.close(fd)
                return False
            # The holder's pid, for the busy message; written only once the lock is ours.
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
            _HELD[self.key] = (fd, 1)
            self.held = self.outermost = True
            return True

    def release(self) -> None:
        if not self.held:
            return
        self.held = self.outermost = False
        with _GUARD:
            fd, count = _HELD[self.key]
            if count > 1:
                _HELD[self.key] = (fd, count - 1)
            else:
                del _HELD[self.key]
                os.close(fd)  # releases the lock

    def busy_message(self) -> str:
        """"another crawl is writing <db> (pid N)", N read from the lock file."""
        try:
            holder = Path(self.key).read_text(encoding="ascii", errors="replace").strip() or "?"
        except OSError:
            holder = "?"
        return f"another crawl is writing {self.db} (pid {holder})"


@contextlib.contextmanager
def archive_lock(db: str | os.PathLike[str], *, wait: bool = False) -> Iterator[None]:
    """Hold the archive's writer lock; ArchiveBusyError at once (or block, with wait=True) if taken."""
    lock = ArchiveLock(db)
    if not lock.acquire(wait=wait):
        raise ArchiveBusyError(lock.busy_message())
    try:
        yield
    finally:
        lock.release()
