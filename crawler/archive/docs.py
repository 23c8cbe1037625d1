"""docs/schema.md from the schema module: `python -m crawler.archive.docs [--check] [PATH]`.

The tables, views and columns come from applying the migrations to an empty database; the
descriptions from TABLE_DOCS and COLUMN_DOCS in crawler/archive/schema.py. A column without a
description is an error, so the document cannot fall behind the schema.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

from crawler.archive.schema import COLUMN_DOCS, MIGRATIONS, TABLE_DOCS, VIEW_SOURCES
from crawler.core.errors import DanvanError

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "docs" / "schema.md"


class SchemaDocsError(DanvanError):
    """The schema has a table or column without a description."""


def _schema() -> list[tuple[str, str, list[tuple[str, str]]]]:
    """(name, 'table' or 'view', [(column, declared type)]) in creation order, FTS shadow tables left out."""
    conn = sqlite3.connect(":memory:")
    try:
        for migration in MIGRATIONS:
            conn.executescript(migration.sql)
        objects = conn.execute(
            "SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' "
            "ORDER BY rowid").fetchall()
        shadows = {f"{name}_{suffix}" for name, _ in objects
                   for suffix in ("data", "idx", "content", "docsize", "config")}
        return [(name, kind, [(c[1], c[2] or "") for c in conn.execute(f"PRAGMA table_info([{name}])")])
                for name, kind in objects if name not in shadows]
    finally:
        conn.close()


def _describe(table: str, column: str) -> str | None:
    found = COLUMN_DOCS.get(table, {}).get(column)
    if found is None and table in VIEW_SOURCES:
        found = COLUMN_DOCS.get(VIEW_SOURCES[table], {}).get(column)
    return found


def render() -> str:
    """The Markdown text of docs/schema.md; SchemaDocsError names anything undescribed."""
    schema = _schema()
    missing = [name for name, _, _ in schema if name not in TABLE_DOCS]
    missing += [f"{name}.{column}" for name, _, columns in schema for column, _ in columns
                if _describe(name, column) is None]
    if missing:
        raise SchemaDocsError("no description in crawler/archive/schema.py for: " + ", ".join(missing))
    lines = [
        "# Archive schema",
        "",
        "Generated from `crawler/archive/schema.py` by `python -m crawler.archive.docs`; do not edit by hand.",
        f"Schema version {max(m.version for m in MIGRATIONS)} (`PRAGMA user_version`).",
        "",
        "| table or view | what it holds |",
        "|---|---|",
        *(f"| [`{name}`](#{name}){' (view)' if kind == 'view' else ''} | {TABLE_DOCS[name]} |"
          for name, kind, _ in schema),
    ]
    for name, kind, columns in schema:
        lines += ["", f"## {name}", "", f"{'View. ' if kind == 'view' else ''}{TABLE_DOCS[name]}", "",
                  "| column | type | description |", "|---|---|---|"]
        lines += [f"| `{column}` | {ctype or '–'} | {_describe(name, column)} |" for column, ctype in columns]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write docs/schema.md (or, with --check, say whether it is current)."""
    parser = argparse.ArgumentParser(prog="python -m crawler.archive.docs", description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is not current")
    args = parser.parse_args(argv)
    try:
        text = render()
    except SchemaDocsError as exc:
        print(f"danvan: error: {exc}", file=sys.stderr)
        return 2
    if args.check:
        current = args.path.exists() and args.path.read_text(encoding="utf-8") == text
        print(f"{args.path}: {'current' if current else 'out of date (run python -m crawler.archive.docs)'}")
        return 0 if current else 1
    args.path.parent.mkdir(parents=True, exist_ok=True)
    args.path.write_text(text, encoding="utf-8")
    print(f"wrote {args.path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
