"""The offline mirror: committed pages equal a fresh build; the real copy is untouched."""

from __future__ import annotations

import filecmp
import hashlib
import urllib.request
from pathlib import Path

import pytest

from crawler.mirror import SITES, build
from crawler.mirror.server import resolve, serving_in_thread
from tests.helpers import ROOT

SHARED_REAL = ROOT.parent / "shared" / "real-pages" / "sotttt-hanoi-liferay"


def files_under(root: Path) -> dict[str, Path]:
    return {str(p.relative_to(root)): p for p in root.rglob("*") if p.is_file()}


def test_committed_pages_equal_a_fresh_build(tmp_path: Path) -> None:
    hosts = build.build(tmp_path)
    assert hosts
    for host in hosts:
        fresh, committed = files_under(tmp_path / host), files_under(SITES / host)
        assert fresh.keys() == committed.keys(), host
        mismatch = [name for name in fresh if not filecmp.cmp(fresh[name], committed[name], shallow=False)]
        assert not mismatch, f"{host}: rebuild with `make mirror`: {mismatch[:5]}"


@pytest.mark.skipif(not SHARED_REAL.is_dir(), reason="the shared real pages are not beside this checkout")
def test_real_liferay_copy_is_byte_for_byte() -> None:
    ours, theirs = files_under(SITES / "sotttt.hanoi.gov.vn"), files_under(SHARED_REAL)
    assert ours.keys() == theirs.keys()
    digest = lambda p: hashlib.sha256(p.read_bytes()).hexdigest()  # noqa: E731
    assert all(digest(ours[n]) == digest(theirs[n]) for n in ours)


def test_resolve_rules() -> None:
    host = "/sotttt.hanoi.gov.vn"
    assert resolve(SITES, f"{host}/hoat-ong-ang-oan-the").name == "hoat-ong-ang-oan-the.html"
    assert resolve(SITES, f"{host}/hoat-ong-ang-oan-the3046.html?p_p_id=101&_101_cur=2").name == (
        "hoat-ong-ang-oan-the3046.html"
    )
    assert resolve(SITES, f"{host}/../../etc/passwd") is None
    assert resolve(SITES, f"{host}/khong-co") is None


def test_server_answers_over_http_with_etag() -> None:
    with serving_in_thread() as base:
        with urllib.request.urlopen(f"{base}/sotttt.hanoi.gov.vn/hoat-ong-ang-oan-the") as response:
            assert response.status == 200
            assert response.headers["Content-Type"] == "text/html; charset=utf-8"
            etag = response.headers["ETag"]
            body = response.read()
        assert body == (SITES / "sotttt.hanoi.gov.vn" / "hoat-ong-ang-oan-the.html").read_bytes()
        request = urllib.request.Request(f"{base}/sotttt.hanoi.gov.vn/hoat-ong-ang-oan-the",
                                         headers={"If-None-Match": etag})
        with pytest.raises(urllib.error.HTTPError) as info:
            urllib.request.urlopen(request)
        assert info.value.code == 304
        with pytest.raises(urllib.error.HTTPError) as missing:
            urllib.request.urlopen(f"{base}/sotttt.hanoi.gov.vn/khong-co")
        assert missing.value.code == 404


def test_routed_requests_carry_the_download_latency(monkeypatch: pytest.MonkeyPatch) -> None:
    """The handler fetches a copy of each request from the mirror; AutoThrottle reads the
    latency from the original, so it must be carried back (else offline delays never adapt)."""
    from scrapy import Request
    from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
    from scrapy.http import HtmlResponse

    from crawler.mirror.routing import MirrorDownloadHandler
    from tests.helpers import run_now

    fetched: list[str] = []

    async def fetch(self: HTTP11DownloadHandler, request: Request) -> HtmlResponse:
        fetched.append(request.url)
        request.meta["download_latency"] = 0.25  # what the real handler records on the request it sent
        return HtmlResponse(url=request.url, body=b"<html></html>", request=request)

    monkeypatch.setattr(HTTP11DownloadHandler, "download_request", fetch)
    # Only the routing is under test: the HTTP/1.1 machinery (and its reactor) is not built.
    handler = MirrorDownloadHandler.__new__(MirrorDownloadHandler)
    handler.base, handler.archive_base, handler.archive_hosts = "http://127.0.0.1:9", None, set()
    request = Request("https://ngoquyen.haiphong.gov.vn/Tin-tuc-su-kien")
    answers: list[HtmlResponse] = []

    async def go() -> None:
        answers.append(await handler.download_request(request))

    run_now(go())
    assert fetched == ["http://127.0.0.1:9/ngoquyen.haiphong.gov.vn/Tin-tuc-su-kien"]
    assert answers[0].url == request.url and answers[0].request is request
    assert request.meta["download_latency"] == 0.25
