"""The archive's inspect file for Datasette: its tables' row counts, so an immutable archive starts at once.

Datasette, serving an immutable file, hashes the whole file and counts every table of it
when it starts: minutes for a million articles on a cold disk. Given an inspect file
(`--inspect-file`) it does neither. `danvan crawl` (and retag, reparse) write one beside
the archive (`<archive>.inspect.json`) when they finish; any writer opening the archive
removes it first (crawler.archive.store.Archive.open), so a stale one is never served.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from pathlib import Path
from typing import Any


def inspect_path(db: str | os.PathLike[str]) -> Path:
    db = Path(db)
    return db.with_name(db.name + ".inspect.json")


def remove_inspect_file(db: str | os.PathLike[str]) -> None:
    """The archive is about to change: its counts are no longer known."""
    inspect_path(db).unlink(missing_ok=True)


def write_inspect_file(db: str | os.PathLike[str]) -> Path:
    """Count every table (as Datasette would) and write the inspect file; returns its path."""
    db = Path(db)
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        counts = {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in tables}
        marks = conn.execute("SELECT max(id) FROM crawl_runs").fetchone() if "crawl_runs" in counts else (None,)
    finally:
        conn.close()
    # Datasette shows the hash only with hash_urls (off); what identifies this state will do.
    fingerprint = hashlib.sha256(json.dumps([counts, marks]).encode()).hexdigest()
    data = {db.stem: {"hash": fingerprint, "size": db.stat().st_size, "file": str(db.resolve()),
                      "tables": {name: {"count": count} for name, count in counts.items()}}}
    path = inspect_path(db)
    partial = path.with_name(path.name + ".partial")
    partial.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(partial, path)  # a reader sees the old file or the new one, never half of one
    return path


def read_inspect_file(db: str | os.PathLike[str], name: str) -> dict[str, Any] | None:
    """The inspect data for serving `db` as database `name` (its size as it is now); None if there is none."""
    db = Path(db)
    try:
        data = json.loads(inspect_path(db).read_text(encoding="utf-8"))
        entry = data[db.stem]
        entry["tables"] = {str(k): {"count": int(v["count"])} for k, v in entry["tables"].items()}
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return {name: {**entry, "size": db.stat().st_size, "file": str(db.resolve())}}
