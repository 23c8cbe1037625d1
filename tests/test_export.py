"""`danvan export`: every matching article with its body and annotations, as JSON lines, CSV and Parquet.

A synthetic archive of real corpus text (bench/search_text.py, 3,000 articles) with a few
syndicated copies and an article without a stored body; what the command writes is
compared with rows read from the same file by SQL written here.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import pty
import re
import sqlite3
import subprocess
import sys
import urllib.request
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bench.search_text import build
from crawler.archive.export import FIELDS, ExportFilters, export, selection_sql
from crawler.core.text import fold
from crawler.publish.search import escape_fts
from crawler.publish.serve import datasette_running
from tests.helpers import ROOT

NO_BODY = 7  # an article whose text row is missing


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "archive.db"
    build(path, 3000, seed=5, log=lambda _: None)
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE articles SET duplicate_of = id - 1 WHERE id % 50 = 0")
        conn.execute("DELETE FROM article_texts WHERE article_id = ?", (NO_BODY,))
        conn.execute("UPDATE articles_fts SET body = '' WHERE rowid = ?", (NO_BODY,))
    return path


def expected(db: Path) -> list[dict[str, Any]]:
    """Every article as the export should give it, read by SQL of its own."""
    with contextlib.closing(sqlite3.connect(db)) as conn:
        conn.row_factory = sqlite3.Row
        topics: dict[int, list[str]] = defaultdict(list)
        for row in conn.execute("SELECT article_id, topic FROM article_topics ORDER BY article_id, topic"):
            topics[row[0]].append(row[1])
        units: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for row in conn.execute("SELECT article_id, name, level, unit_key FROM article_units "
                                "ORDER BY article_id, name"):
            units[row[0]].append({"name": row[1], "level": row[2], "unit_key": row[3]})
        rows = []
        for row in conn.execute("SELECT a.*, t.body FROM articles a LEFT JOIN article_texts t ON t.article_id = a.id "
                                "ORDER BY a.id"):
            item = {name: row[name] for name in FIELDS if name not in ("topics", "mentioned_units")}
            rows.append({**item, "topics": topics[row["id"]], "mentioned_units": units[row["id"]]})
    return rows


def danvan(*args: str, env: dict[str, str] | None = None, stderr: Any = subprocess.PIPE,
           ) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "crawler.cli", *args], capture_output=stderr is subprocess.PIPE,
                          stdout=None if stderr is subprocess.PIPE else subprocess.PIPE,
                          stderr=None if stderr is subprocess.PIPE else stderr, cwd=ROOT, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})})


def jsonl(data: bytes) -> list[dict[str, Any]]:
    return [json.loads(line) for line in data.decode("utf-8").splitlines()]


def one_line_error(result: subprocess.CompletedProcess[bytes]) -> str:
    stderr = result.stderr.decode("utf-8").strip()
    assert result.returncode == 2, stderr
    assert stderr.startswith("danvan: error: ") and "\n" not in stderr and "Traceback" not in stderr
    return stderr


def test_jsonl_gives_every_article_with_its_body_and_annotations(archive: Path) -> None:
    result = danvan("export", "--db", str(archive), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""  # not a terminal: quiet
    got, want = jsonl(result.stdout), expected(archive)
    assert len(got) == len(want) == 3000
    assert got == want
    assert any(r["duplicate_of"] for r in got) and any(r["mentioned_units"] for r in got)
    assert next(r for r in got if r["id"] == NO_BODY)["body"] is None
    assert all(r["body"] for r in got if r["id"] != NO_BODY)


def test_csv_reads_back(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "bai.csv"
    result = danvan("export", "--db", str(archive), "--output", str(out))  # the format from the extension
    assert result.returncode == 0, result.stderr
    with out.open(encoding="utf-8", newline="") as stream:
        got = list(csv.DictReader(stream))
    want = expected(archive)
    assert list(got[0]) == list(FIELDS)
    assert [int(r["id"]) for r in got] == [r["id"] for r in want]
    for mine, theirs in zip(got, want, strict=True):
        assert mine["body"] == (theirs["body"] or "")
        assert json.loads(mine["topics"]) == theirs["topics"]
        assert json.loads(mine["mentioned_units"]) == theirs["mentioned_units"]
        assert mine["duplicate_of"] == ("" if theirs["duplicate_of"] is None else str(theirs["duplicate_of"]))
    assert [p.name for p in tmp_path.iterdir()] == ["bai.csv"]  # no partial file left


def test_parquet_reads_back_in_row_groups(archive: Path, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    out = tmp_path / "bai.parquet"
    result = danvan("export", "--db", str(archive), "--format", "parquet", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert pq.read_table(out).to_pylist() == expected(archive)
    # Through the API, with small row groups: the rows are written a group at a time.
    small = tmp_path / "small.parquet"
    assert export(archive, "parquet", small, row_group=1000) == 3000
    meta = pq.ParquetFile(small).metadata
    assert meta.num_row_groups == 3 and [meta.row_group(i).num_rows for i in range(3)] == [1000] * 3
    assert pq.read_table(small).to_pylist() == expected(archive)


def words(row: dict[str, Any]) -> set[str]:
    return set(re.findall(r"\w+", fold(" ".join(row[f] or "" for f in ("kicker", "title", "sapo", "body")))))


def test_filters_select_what_the_search_page_would(archive: Path) -> None:
    every = expected(archive)
    with contextlib.closing(sqlite3.connect(archive)) as conn:
        labels = dict(conn.execute("SELECT slug, label FROM topics"))
    portals = sorted({r["portal"] for r in every})[:2]
    [unit] = [u for u, _ in sorted(((u, sum(r["unit"] == u for r in every)) for u in {r["unit"] for r in every}),
                                   key=lambda p: -p[1])][:1]
    cases: list[tuple[list[str], Any]] = [
        (["--search", "dân vận"], lambda r: {"dan", "van"} <= words(r)),
        (["--portal", portals[0], "--portal", portals[1]], lambda r: r["portal"] in portals),
        (["--topic", labels["dan-van-kheo"], "--topic", "xay-dung-dang"],
         lambda r: bool({"dan-van-kheo", "xay-dung-dang"} & set(r["topics"]))),
        (["--unit", unit, "--since", "2020-01-01", "--until", "2021-06-30"],
         lambda r: r["unit"] == unit and "2020-01-01" <= r["published_date"] <= "2021-06-30"),
        (["--search", "dan van", "--topic", "dan van kheo", "--since", "2024-01-01"],
         lambda r: {"dan", "van"} <= words(r) and "dan-van-kheo" in r["topics"]
         and r["published_date"] >= "2024-01-01"),
    ]
    for args, keep in cases:
        result = danvan("export", "--db", str(archive), *args)
        assert result.returncode == 0, (args, result.stderr)
        want = [r for r in every if keep(r)]
        assert 0 < len(want) < len(every), args
        assert jsonl(result.stdout) == want, args


@pytest.mark.parametrize(("args", "words_in_message"), [
    (["--format", "xml"], ["unknown format", "jsonl, csv, parquet"]),
    (["--since", "2024-13-01"], ["--since", "YYYY-MM-DD"]),
    (["--until", "yesterday"], ["--until", "YYYY-MM-DD"]),
    (["--since", "2024-05-01", "--until", "2024-01-01"], ["after"]),
    (["--topic", "khong-co"], ["no such topic", "dan-van-kheo"]),
    (["--portal", "khong-co"], ["no such portal"]),
    (["--search", "!!"], ["no word"]),
])
def test_bad_input_is_one_line_and_exit_2(archive: Path, args: list[str], words_in_message: list[str]) -> None:
    message = one_line_error(danvan("export", "--db", str(archive), *args))
    assert all(w in message for w in words_in_message), message


def test_a_missing_archive_or_folder_is_one_line(tmp_path: Path, archive: Path) -> None:
    assert "no archive here" in one_line_error(danvan("export", "--db", str(tmp_path / "none.db")))
    message = one_line_error(danvan("export", "--db", str(archive), "-o", str(tmp_path / "no" / "x.csv")))
    assert "does not exist" in message


def test_parquet_without_pyarrow_is_one_line(archive: Path, tmp_path: Path) -> None:
    # A pyarrow that cannot be imported, first on the path: as on an install without it.
    fake = tmp_path / "site" / "pyarrow"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("raise ImportError('No module named pyarrow')\n")
    result = danvan("export", "--db", str(archive), "--format", "parquet", "-o", str(tmp_path / "x.parquet"),
                    env={"PYTHONPATH": f"{tmp_path / 'site'}{os.pathsep}{ROOT}"})
    message = one_line_error(result)
    assert "pyarrow" in message and "pip install pyarrow==" in message
    assert not (tmp_path / "x.parquet").exists()


def test_progress_on_a_terminal_only(archive: Path, tmp_path: Path) -> None:
    main, side = pty.openpty()
    try:
        result = danvan("export", "--db", str(archive), "-o", str(tmp_path / "x.jsonl"), stderr=side)
        os.close(side)
        side = -1
        shown = b""
        with contextlib.suppress(OSError):
            while chunk := os.read(main, 4096):
                shown += chunk
    finally:
        os.close(main)
        if side >= 0:
            os.close(side)
    assert result.returncode == 0
    assert re.search(rb"exported 3,000 articles to .*x\.jsonl in [\d.]+ s \([\d,]+/s\)", shown), shown


def test_csv_records_are_the_csv_modules() -> None:
    from crawler.archive.export import csv_line

    records = [(1, "a,b", 'x"y', None, "dòng 1\ndòng 2", "r\r", 2.5, "", " cách ", "đ"), ("", None), ("only",)]
    written = io.StringIO()
    csv.writer(written).writerows(records)
    assert "".join(csv_line(r) for r in records) == written.getvalue()


def test_the_statement_streams(archive: Path) -> None:
    """No step of the plan holds every row (a sort or a materialised set): memory stays flat in rows."""
    filters = ExportFilters(match=escape_fts("dan van"), portals=("a", "b"), units=("x",), since="2020-01-01",
                            until="2024-01-01")
    for chosen in (ExportFilters(), filters):
        sql, params = selection_sql(chosen, ["dan-van-kheo"] if chosen.match else [])
        with contextlib.closing(sqlite3.connect(archive)) as conn:
            plan = " | ".join(row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params))
        assert "TEMP B-TREE" not in plan and "MATERIALIZE" not in plan, plan


@pytest.fixture(scope="module")
def site(archive: Path) -> Iterator[str]:
    with datasette_running(archive) as base:
        yield base


def test_the_full_text_view_joins_each_article_to_its_text(site: str, archive: Path) -> None:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(f"{site}archive/article_full_texts.csv?_stream=on&_size=max", timeout=60) as response:
        served = list(csv.DictReader(io.StringIO(response.read().decode("utf-8"))))
    want = expected(archive)
    assert [int(r["id"]) for r in served] == [r["id"] for r in want]
    assert all(r["body"] == (w["body"] or "") and r["title"] == w["title"] for r, w in zip(served, want, strict=True))
