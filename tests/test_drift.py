"""Drift drills: every platform's mirror portal with its template changed (crawler/mirror/drift.py).

For each variant: `danvan check` names the portal and the broken field; a crawl still stores
the right titles and dates through the lower extraction layers; the run ends `degraded`
with the degraded exit status; the operator is told (a webhook receiver on loopback). A
variant a platform is built to read through (drift.SURVIVES) stays `ok` everywhere instead.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from crawler.core import registry
from crawler.crawl.outcomes import EXIT_DEGRADED, EXIT_OK
from crawler.mirror import drift
from tests.helpers import ROOT, read_rows

CASES = [(platform, variant) for platform in drift.DRILL_PORTALS for variant in drift.VARIANTS]
# What a variant is expected to break, as `danvan check` names it (a class rename may hit any field).
BROKEN = {"classes-renamed": {"title", "published_at", "body"}, "date-in-time": {"published_at"},
          "body-renamed": {"body"}, "listing-links": {"listing"}}


def danvan(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "crawler.cli", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT), **env})


class Receiver(BaseHTTPRequestHandler):
    """A chat tool's incoming webhook: keeps every JSON body posted to it."""

    bodies: list[dict[str, str]]

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        type(self).bodies.append(json.loads(body))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def webhook() -> Iterator[tuple[str, list[dict[str, str]]]]:
    handler = type("Hook", (Receiver,), {"bodies": []})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hooks/danvan", handler.bodies
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[tuple[str, str]]]:
    """Each drill portal crawled from the unchanged mirror: its articles' (title, published_at)."""
    db = tmp_path_factory.mktemp("baseline") / "archive.db"
    args = [a for pid in drift.DRILL_PORTALS.values() for a in ("--portal", pid)]
    result = danvan("crawl", "--offline", "--quiet", "--db", str(db), *args)
    assert result.returncode == EXIT_OK, result.stdout + result.stderr
    found: dict[str, set[tuple[str, str]]] = {}
    for portal, title, published_at in read_rows(db, "SELECT portal, title, published_at FROM articles"):
        found.setdefault(portal, set()).add((title, published_at))
    return found


@pytest.fixture(scope="module", params=CASES, ids=[f"{p}-{v}" for p, v in CASES])
def drill(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
          webhook: tuple[str, list[dict[str, str]]]) -> dict[str, object]:
    platform, variant = request.param
    portal = registry.load().get(drift.DRILL_PORTALS[platform])
    work = tmp_path_factory.mktemp(f"{platform}-{variant}")
    root = drift.build(variant, portal, work / "sites")
    env = {"DANVAN_MIRROR_ROOT": str(root)}
    check = danvan("check", "--offline", "--json", "--portal", portal.id, **env)
    url, bodies = webhook
    sent = len(bodies)
    crawl = danvan("crawl", "--offline", "--quiet", "--portal", portal.id, "--db", str(work / "archive.db"),
                   **env, DANVAN_NOTIFY_WEBHOOK_URL=url)
    return {"portal": portal.id, "variant": variant, "check": check, "crawl": crawl, "db": work / "archive.db",
            "notices": bodies[sent:]}


def survives(drill: dict[str, object]) -> bool:
    """A variant the platform is built to read through (drift.SURVIVES): everything must stay ok."""
    platform = registry.load().get(drill["portal"]).platform  # type: ignore[arg-type]
    return (platform, drill["variant"]) in drift.SURVIVES


def test_check_names_the_portal_and_the_broken_field(drill: dict[str, object]) -> None:
    check = drill["check"]
    if survives(drill):
        assert check.returncode == EXIT_OK, check.stdout  # type: ignore[attr-defined]
        assert json.loads(check.stdout)[0]["findings"] == []  # type: ignore[attr-defined]
        return
    assert check.returncode == EXIT_DEGRADED, check.stdout + check.stderr  # type: ignore[attr-defined]
    [result] = json.loads(check.stdout)  # type: ignore[attr-defined]
    assert (result["portal"], result["status"]) == (drill["portal"], "degraded")
    named = {f["field"] for f in result["findings"]}
    assert named & BROKEN[drill["variant"]], named  # type: ignore[index]
    assert all(f["url"].startswith("https://") for f in result["findings"])


def test_the_crawl_ends_degraded_with_the_degraded_exit_status(drill: dict[str, object]) -> None:
    crawl = drill["crawl"]
    if survives(drill):
        assert crawl.returncode == EXIT_OK and crawl.stdout == "", crawl.stdout  # type: ignore[attr-defined]
        assert read_rows(drill["db"], "SELECT status FROM crawl_runs") == [("ok",)]  # type: ignore[arg-type]
        return
    assert crawl.returncode == EXIT_DEGRADED, crawl.stdout + crawl.stderr  # type: ignore[attr-defined]
    [(status, problems)] = read_rows(drill["db"], "SELECT status, problems FROM crawl_runs")  # type: ignore[arg-type]
    assert status == "degraded"
    assert "selectors" in problems
    # --quiet: the one line of the one portal that is not ok, and nothing else.
    assert crawl.stdout.splitlines() == [f"{drill['portal']}: degraded: {'; '.join(json.loads(problems))}"]  # type: ignore[attr-defined]
    assert crawl.stderr == ""  # type: ignore[attr-defined]


def test_titles_and_dates_still_come_out_right(drill: dict[str, object],
                                               baseline: dict[str, set[tuple[str, str]]]) -> None:
    expected = baseline[drill["portal"]]  # type: ignore[index]
    rows = read_rows(drill["db"], "SELECT title, published_at, field_sources FROM articles")  # type: ignore[arg-type]
    assert len(rows) >= 0.9 * len(expected)
    wrong = [(title, published_at) for title, published_at, _ in rows if (title, published_at) not in expected]
    assert len(wrong) <= 0.1 * len(rows), wrong[:5]
    for *_, sources in rows:
        assert set(json.loads(sources)) >= {"title", "published_at", "body"}


def test_the_operator_is_told(drill: dict[str, object]) -> None:
    notices = drill["notices"]
    if survives(drill):
        assert notices == []  # nothing to tell
        return
    assert notices, "no notification reached the webhook"
    text = notices[-1]["content"]  # type: ignore[index]
    assert drill["portal"] in text and "Portal health" in text and "selectors" in text
