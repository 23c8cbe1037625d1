"""One writer per archive: an advisory lock on `<db>.lock` held for the whole crawl.

fcntl.flock locks belong to the open file, so the kernel releases them when the process
ends, however it ends (SIGKILL included): a killed crawl never leaves a stale lock.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path

from crawler.core.errors import DanvanError


class ArchiveBusyError(DanvanError):
    """Another process holds the archive's lock."""


def lock_path(db: str | os.PathLike[str]) -> Path:
    db = Path(db)
    return db.with_name(db.name + ".lock")


@contextlib.contextmanager
def archive_lock(db: str | os.PathLike[str], *, wait: bool = False) -> Iterator[None]:
    """Hold the archive's writer lock; ArchiveBusyError at once (or block, with wait=True) if taken."""
    path = lock_path(db)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
            raise ArchiveBusyError(f"another crawl is writing {db} (pid {holder})") from None
        # The holder's pid, for the message above; written only once the lock is ours.
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        yield
    finally:
        os.close(fd)  # releases the lock
