"""Every matching article with its body and annotations, as JSON lines, CSV or Parquet (`danvan export`).

Rows come from one SQL statement read through a cursor in batches, so memory stays flat
however many articles match: JSON lines and CSV are written row by row, Parquet one row
group at a time. The statement is one read snapshot, so a crawl committing meanwhile
does not tear the export. A file is written beside its name and moved into place at the
end: an interrupted export never leaves a file that looks complete.

Filters mean what they mean on the search page: several values of one filter are ORed,
different filters ANDed, the date range is on the publication date. The full-text filter
is an FTS5 MATCH expression already folded and quoted by the caller
(crawler.publish.search.escape_fts): the archive layer does not parse queries.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import sqlite3
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from crawler.archive.store import Archive
from crawler.core.dates import iso_date
from crawler.core.errors import DanvanError
from crawler.core.text import fold

FORMATS = ("jsonl", "csv", "parquet")
# Output fields, in order (CSV header, Parquet schema).
FIELDS = ("id", "url", "portal", "unit", "unit_code", "province", "province_2025", "category", "title", "kicker",
          "sapo", "author", "source_credit", "published_at", "published_date", "first_seen", "last_seen",
          "relevance", "duplicate_of", "topics", "mentioned_units", "body")
_ARTICLE_COLUMNS = FIELDS[:FIELDS.index("duplicate_of") + 1]
FETCH_ROWS = 1_000  # rows per cursor fetch
ROW_GROUP_ROWS = 10_000  # rows per Parquet row group: bounds the memory a Parquet export holds
PYARROW_PIN = "pyarrow==26.0.1"


class ExportError(DanvanError):
    """An export that cannot run (bad format, date or filter, unusable archive); one-line message."""


@dataclass(frozen=True)
class ExportFilters:
    """Which articles to export; empty filters take every article."""

    match: str | None = None  # FTS5 MATCH expression over `articles_fts` (escape_fts of the user's words)
    portals: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()  # slugs or labels (accents optional)
    units: tuple[str, ...] = ()  # publishing unit as named on the publication date
    since: str | None = None  # YYYY-MM-DD, inclusive, on published_date
    until: str | None = None


def check_format(fmt: str | None, output: str | None = None) -> str:
    """The format asked for, or the one the output's extension names, or jsonl."""
    if fmt is None:
        suffix = Path(output).suffix.lower().lstrip(".") if output else ""
        return {"jsonl": "jsonl", "ndjson": "jsonl", "csv": "csv", "parquet": "parquet"}.get(suffix, "jsonl")
    if fmt.lower() not in FORMATS:
        raise ExportError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")
    return fmt.lower()


def check_date(value: str | None, option: str) -> str | None:
    """A YYYY-MM-DD date that exists, as given; ExportError naming the option otherwise."""
    if value is None:
        return None
    text = iso_date(value.strip())
    if text is None:
        raise ExportError(f"{option} {value!r}: not a date (YYYY-MM-DD)")
    return text


def _resolve_topics(conn: sqlite3.Connection, given: tuple[str, ...]) -> list[str]:
    """Topic slugs for slugs or labels as staff type them; ExportError for one the taxonomy lacks."""
    if not given:
        return []
    known = conn.execute("SELECT slug, label FROM topics ORDER BY slug").fetchall()
    by_key = {fold(slug): slug for slug, _ in known} | {fold(label): slug for slug, label in known}
    slugs = []
    for value in given:
        slug = by_key.get(fold(value)) or by_key.get(fold(value).replace(" ", "-"))
        if slug is None:
            raise ExportError(f"--topic {value!r}: no such topic (known: {', '.join(s for s, _ in known)})")
        slugs.append(slug)
    return slugs


def _check_portals(conn: sqlite3.Connection, given: tuple[str, ...]) -> None:
    if not given:
        return
    known = {row[0] for row in conn.execute("SELECT id FROM portals")}
    unknown = [p for p in given if p not in known]
    if unknown:
        raise ExportError(f"--portal {unknown[0]!r}: no such portal in the archive")


def selection_sql(filters: ExportFilters, topic_slugs: list[str]) -> tuple[str, list[Any]]:
    """The statement of the export and its parameters, ordered by article id.

    With a full-text filter the index drives the scan (its rowids come in order), so no
    step holds the set of matches.
    """
    marks = lambda values: ", ".join("?" * len(values))  # noqa: E731
    where: list[str] = []
    params: list[Any] = []
    if filters.match is not None:
        source = "articles_fts JOIN articles a ON a.id = articles_fts.rowid"
        where.append("articles_fts MATCH ?")
        params.append(filters.match)
        order = "articles_fts.rowid"
    else:
        source, order = "articles a", "a.id"
    for column, values in (("portal", filters.portals), ("unit", filters.units)):
        if values:
            where.append(f"a.{column} IN ({marks(values)})")
            params += list(values)
    if topic_slugs:
        where.append(f"EXISTS (SELECT 1 FROM article_topics x WHERE x.article_id = a.id "
                     f"AND x.topic IN ({marks(topic_slugs)}))")
        params += topic_slugs
    if filters.since:
        where.append("a.published_date >= ?")
        params.append(filters.since)
    if filters.until:
        where.append("a.published_date <= ?")
        params.append(filters.until)
    columns = ", ".join(f"a.{c}" for c in _ARTICLE_COLUMNS)
    sql = f"""
        SELECT {columns},
            (SELECT json_group_array(topic) FROM
                (SELECT topic FROM article_topics WHERE article_id = a.id ORDER BY topic)) AS topics,
            (SELECT json_group_array(json_object('name', name, 'level', level, 'unit_key', unit_key)) FROM
                (SELECT name, level, unit_key FROM article_units WHERE article_id = a.id ORDER BY name))
                AS mentioned_units,
            (SELECT body FROM article_texts WHERE article_id = a.id) AS body
        FROM {source}
        {"WHERE " + " AND ".join(where) if where else ""}
        ORDER BY {order}"""
    return sql, params


def iter_articles(conn: sqlite3.Connection, filters: ExportFilters, fetch: int = FETCH_ROWS,
                  parse_lists: bool = True) -> Iterator[dict[str, Any]]:
    """Each matching article as a dict of FIELDS, by id; topics and mentioned units as lists (or as
    their JSON text when not `parse_lists`)."""
    _check_portals(conn, filters.portals)
    sql, params = selection_sql(filters, _resolve_topics(conn, filters.topics))
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    try:
        while batch := cursor.fetchmany(fetch):
            for values in batch:
                row = dict(zip(names, values, strict=True))
                if parse_lists:
                    row["topics"] = json.loads(row["topics"])
                    row["mentioned_units"] = json.loads(row["mentioned_units"])
                yield row
    finally:
        cursor.close()


class _Progress:
    """Rows and rate on one redrawn line of a terminal, at most five times a second."""

    def __init__(self, stream: IO[str] | None) -> None:
        self.stream = stream
        self.started = time.monotonic()
        self.last = 0.0

    def rate(self, rows: int) -> float:
        return rows / max(time.monotonic() - self.started, 1e-9)

    def update(self, rows: int) -> None:
        if self.stream is None or time.monotonic() - self.last < 0.2:
            return
        self.last = time.monotonic()
        self.stream.write(f"\r{rows:,} articles, {self.rate(rows):,.0f}/s")
        self.stream.flush()

    def done(self, rows: int, where: str) -> None:
        if self.stream is not None:
            elapsed = time.monotonic() - self.started
            self.stream.write(f"\rexported {rows:,} articles to {where} in {elapsed:.1f} s "
                              f"({self.rate(rows):,.0f}/s)\n")
            self.stream.flush()


_CSV_SPECIAL = re.compile(r'[",\r\n]')


def _csv_field(value: Any) -> str:
    text = "" if value is None else str(value)
    return f'"{text.replace(chr(34), chr(34) * 2)}"' if _CSV_SPECIAL.search(text) else text


def csv_line(values: Iterable[Any]) -> str:
    """One CSV record as the csv module writes it (minimal quoting, CRLF), a few times faster on long bodies."""
    return ",".join(map(_csv_field, values)) + "\r\n"


def _write_text(rows: Iterator[dict[str, Any]], fmt: str, out: IO[str], progress: _Progress) -> int:
    count = 0
    if fmt == "csv":
        # Topics and mentioned units stay the JSON text SQLite built.
        out.write(csv_line(FIELDS))
        for row in rows:
            out.write(csv_line(row[f] for f in FIELDS))
            count += 1
            if count % FETCH_ROWS == 0:
                progress.update(count)
    else:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
            if count % FETCH_ROWS == 0:
                progress.update(count)
    return count


def _pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise ExportError(f"--format parquet needs pyarrow, which is not installed (pip install {PYARROW_PIN})"
                          ) from None
    return pyarrow


def parquet_schema() -> Any:
    """The Parquet schema of an export: FIELDS with their SQL types, lists as lists."""
    pa = _pyarrow()
    types: dict[str, Any] = {name: pa.string() for name in FIELDS}
    types.update(id=pa.int64(), duplicate_of=pa.int64(), relevance=pa.float64(), topics=pa.list_(pa.string()),
                 mentioned_units=pa.list_(pa.struct([("name", pa.string()), ("level", pa.string()),
                                                     ("unit_key", pa.string())])))
    return pa.schema([(name, types[name]) for name in FIELDS])


def _write_parquet(rows: Iterator[dict[str, Any]], out: IO[bytes], progress: _Progress,
                   row_group: int = ROW_GROUP_ROWS) -> int:
    pa = _pyarrow()
    schema = parquet_schema()
    count = 0
    with pa.parquet.ParquetWriter(out, schema, compression="zstd") as writer:
        columns: dict[str, list[Any]] = {name: [] for name in FIELDS}

        def flush() -> None:
            writer.write_table(pa.Table.from_pydict(columns, schema=schema), row_group_size=row_group)
            for values in columns.values():
                values.clear()

        for row in rows:
            for name in FIELDS:
                columns[name].append(row[name])
            count += 1
            if count % row_group == 0:
                flush()
            if count % FETCH_ROWS == 0:
                progress.update(count)
        if columns["id"] or count == 0:
            flush()
    return count


def open_archive(db_path: str | os.PathLike[str]) -> Archive:
    """The archive, read-only; ExportError if it is missing, not an archive, or too old to export."""
    archive = Archive.open(db_path, create=False, readonly=True)
    version = archive.schema_version
    if version < 2:
        archive.close()
        raise ExportError(f"{db_path}: archive schema {version} has no topics or units yet: run "
                          f"`danvan retag --db {db_path}` first")
    return archive


def export(db_path: str | os.PathLike[str], fmt: str | None = None, output: str | os.PathLike[str] | None = None,
           filters: ExportFilters | None = None, *, progress: IO[str] | None = None,
           stdout: IO[bytes] | None = None, row_group: int = ROW_GROUP_ROWS) -> int:
    """Write every article matching `filters` to `output` (or `stdout`, binary); returns the rows written.

    `progress`: a stream for a live line of rows and rate (the CLI passes stderr on a terminal).
    `row_group`: rows per Parquet row group.
    """
    filters = filters or ExportFilters()
    fmt = check_format(fmt, str(output) if output else None)
    filters = ExportFilters(filters.match, tuple(filters.portals), tuple(filters.topics), tuple(filters.units),
                            check_date(filters.since, "--since"), check_date(filters.until, "--until"))
    if filters.since and filters.until and filters.since > filters.until:
        raise ExportError(f"--since {filters.since} is after --until {filters.until}")
    if fmt == "parquet":
        _pyarrow()
    target = Path(output) if output else None
    if target is not None and target.is_dir():
        raise ExportError(f"{target}: is a folder, not a file")
    if target is not None and not target.parent.is_dir():
        raise ExportError(f"{target}: folder {target.parent} does not exist")
    sink = stdout if stdout is not None else sys.stdout.buffer
    if target is None and fmt == "parquet" and sink.isatty():
        raise ExportError("Parquet is binary: give --output FILE (or redirect stdout)")
    archive = open_archive(db_path)
    meter = _Progress(progress)
    partial = target.with_name(f".{target.name}.partial") if target else None
    rows = iter_articles(archive.conn, filters, parse_lists=fmt != "csv")
    try:
        with contextlib.ExitStack() as stack:
            binary = stack.enter_context(partial.open("wb")) if partial else sink
            if fmt == "parquet":
                count = _write_parquet(rows, binary, meter, row_group)
            else:
                text = io.TextIOWrapper(binary, encoding="utf-8", newline="", write_through=False)
                try:
                    count = _write_text(rows, fmt, text, meter)
                    text.flush()
                finally:
                    text.detach()  # the caller's stream stays open
        if partial and target:
            os.replace(partial, target)
    except sqlite3.Error as exc:
        raise ExportError(f"{db_path}: cannot read the archive: {exc}") from None
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, as other command-line tools do.
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    finally:
        rows.close()  # its cursor first, then the connection
        archive.close()
        if partial is not None and partial.exists():
            partial.unlink()
    meter.done(count, str(target) if target else "stdout")
    return count
