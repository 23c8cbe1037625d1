"""Bad input to the page commands gets a clear no: one line on stderr, exit status 2, nothing printed.

| command  | input                         | message contains                      |
|----------|-------------------------------|---------------------------------------|
| extract  | empty file                    | the file is empty                     |
| extract  | whitespace only               | the file is empty                     |
| extract  | PDF                           | a PDF document, not an HTML page      |
| extract  | PNG image                     | a PNG image, not an HTML page         |
| extract  | random binary                 | a binary file, not an HTML page       |
| extract  | plain text                    | no HTML markup                        |
| extract  | 21 MB page                    | larger than a page may be             |
| extract  | missing file                  | does not exist                        |
| classify | empty, PDF, binary, text, huge| as extract                            |
| probe    | empty, PDF, binary, text      | as extract                            |
| search   | "" and "  " and "( ) : ^"     | no word to search for                 |
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT

URL = "https://caugiay.hanoi.gov.vn/cong-tac-ang/-/view_content/1-x"
INPUTS: dict[str, tuple[bytes, str]] = {
    "empty": (b"", "the file is empty"),
    "blank": (b" \n\t\n", "the file is empty"),
    "pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
            "a PDF document, not an HTML page"),
    "png": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "a PNG image, not an HTML page"),
    "binary": (bytes(range(256)) * 8, "a binary file, not an HTML page"),
    "text": ("Ngày 15/4/2016, Thành ủy Hà Nội ban hành Kế hoạch số 11.\n".encode() * 20, "no HTML markup"),
}


def danvan(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "crawler.cli", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})


def assert_one_line_no(result: subprocess.CompletedProcess[str], message: str) -> None:
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("danvan: error: ") and message in lines[0], result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("command", ["extract", "classify", "probe"])
@pytest.mark.parametrize("kind", sorted(INPUTS))
def test_a_file_that_is_not_a_page_is_refused(tmp_path: Path, command: str, kind: str) -> None:
    content, message = INPUTS[kind]
    page = tmp_path / f"{kind}.html"
    page.write_bytes(content)
    assert_one_line_no(danvan(command, str(page), "--url", URL), message)


@pytest.mark.parametrize("command", ["extract", "classify"])
def test_a_huge_file_is_refused_before_it_is_read(tmp_path: Path, command: str) -> None:
    page = tmp_path / "huge.html"
    with page.open("wb") as out:
        out.write(b"<html><body><p>")
        out.truncate(21 * 1024 * 1024)  # sparse: 21 MB without writing them
    assert_one_line_no(danvan(command, str(page), "--url", URL), "larger than a page may be")


def test_a_missing_file_is_one_line(tmp_path: Path) -> None:
    result = danvan("extract", str(tmp_path / "none.html"), "--url", URL)
    assert result.returncode == 2 and "does not exist" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("query", ["", "  ", "( ) : ^"])
def test_a_query_without_words_is_refused(tmp_path: Path, query: str) -> None:
    db = tmp_path / "archive.db"
    from crawler.archive import Archive

    Archive.open(db).close()
    assert_one_line_no(danvan("search", query, "--db", str(db)), "no word to search for")


def test_a_real_page_still_extracts(tmp_path: Path) -> None:
    from crawler.mirror import SITES

    page = next((SITES / "caugiay.hanoi.gov.vn").rglob("view_content/*"))
    result = danvan("extract", str(page), "--url", URL)
    assert result.returncode == 0 and '"title"' in result.stdout, result.stderr
