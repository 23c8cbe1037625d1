"""Scrapyd: a real scrapyd on loopback, the project deployed with scrapyd-deploy, a crawl of the mirror."""

from __future__ import annotations

import configparser
import contextlib
import json
import os
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from crawler.core import registry
from crawler.mirror.server import serving_in_subprocess
from crawler.publish.serve import free_port
from tests.helpers import ROOT

SCRAPYD_DEPLOY = Path(sys.executable).with_name("scrapyd-deploy")


def _get(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.load(response)


def _post(url: str, fields: list[tuple[str, str]]) -> dict:
    data = urllib.parse.urlencode(fields).encode()
    with urllib.request.urlopen(url, data=data, timeout=30) as response:
        return json.load(response)


def _wait_for(check, what: str, attempts: int, pause: float = 0.5):
    """Poll `check` until it returns something truthy; bounded, so a broken server fails the test."""
    for _ in range(attempts):
        result = check()
        if result:
            return result
        time.sleep(pause)
    pytest.fail(f"gave up waiting for {what}")


@contextlib.contextmanager
def running_scrapyd(workdir: Path, max_proc: int = 1) -> Iterator[str]:
    """A scrapyd with its own config and directories in `workdir`, on a free loopback port."""
    port = free_port()
    (workdir / "scrapyd.conf").write_text(
        "[scrapyd]\n"
        "bind_address = 127.0.0.1\n"
        f"http_port = {port}\n"
        f"eggs_dir = {workdir / 'eggs'}\n"
        f"logs_dir = {workdir / 'logs'}\n"
        "items_dir =\n"
        f"dbs_dir = {workdir / 'dbs'}\n"
        f"max_proc = {max_proc}\n"
        "poll_interval = 0.5\n",
        encoding="utf-8",
    )
    log = (workdir / "scrapyd.out").open("wb")
    # The working directory holds scrapyd.conf, and no scrapy.cfg: jobs run from the egg.
    proc = subprocess.Popen([sys.executable, "-m", "scrapyd"], cwd=workdir, env=_clean_env(),
                            stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"

    def answers() -> bool:
        if proc.poll() is not None:
            pytest.fail("scrapyd exited: " + (workdir / "scrapyd.out").read_text(errors="replace")[-2000:])
        try:
            return _get(url + "daemonstatus.json")["status"] == "ok"
        except (OSError, ValueError):
            return False

    try:
        _wait_for(answers, "scrapyd to answer daemonstatus.json", attempts=120)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        log.close()


def test_scrapy_cfg_has_a_deploy_target() -> None:
    cfg = configparser.ConfigParser()
    cfg.read(ROOT / "scrapy.cfg")
    assert cfg["deploy:local"]["url"] == "http://127.0.0.1:6800/"
    assert cfg["deploy:local"]["project"] == "danvan"


def test_scrapyd_deploys_and_crawls_the_mirror(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    workdir = tmp_path / "scrapyd"
    workdir.mkdir()
    with running_scrapyd(workdir) as scrapyd, serving_in_subprocess() as mirror:
        # A deploy target for this scrapyd's port, in a user config file Scrapy reads
        # besides the project's scrapy.cfg (which names the usual 127.0.0.1:6800).
        config_home = tmp_path / "config"
        config_home.mkdir()
        (config_home / "scrapy.cfg").write_text(f"[deploy:test]\nurl = {scrapyd}\nproject = danvan\n")
        deployed = subprocess.run(
            [str(SCRAPYD_DEPLOY), "test", "--version", "1"],
            capture_output=True, text=True, cwd=ROOT, timeout=300,
            env={**_clean_env(), "XDG_CONFIG_HOME": str(config_home)},
        )
        assert deployed.returncode == 0, deployed.stderr[-2000:] + deployed.stdout[-2000:]
        assert json.loads(deployed.stdout)["status"] == "ok"
        assert _get(scrapyd + "listspiders.json?project=danvan")["spiders"] == sorted([*registry.PLATFORMS, "wayback"])

        settings = {
            "DANVAN_MIRROR_URL": mirror,
            "DANVAN_DB": str(db),
            "DANVAN_MAX_LISTING_PAGES": "1",
            "LOG_LEVEL": "INFO",
        }
        scheduled = _post(scrapyd + "schedule.json", [
            ("project", "danvan"), ("spider", "hanoi_liferay"), ("portal", "sotttt"),
            *(("setting", f"{name}={value}") for name, value in settings.items()),
        ])
        assert scheduled["status"] == "ok", scheduled
        job = scheduled["jobid"]

        def finished() -> dict | None:
            jobs = _get(scrapyd + "listjobs.json?project=danvan")
            return next((j for j in jobs["finished"] if j["id"] == job), None)

        _wait_for(finished, "the scheduled crawl to finish", attempts=600)
        job_log = next((workdir / "logs").rglob(f"{job}.log")).read_text(errors="replace")

    assert "'finish_reason': 'finished'" in job_log, job_log[-3000:]
    with sqlite3.connect(db) as conn:
        seen = conn.execute("SELECT (SELECT count(*) FROM articles WHERE portal = 'sotttt')"
                            " + (SELECT count(*) FROM skipped WHERE portal = 'sotttt')").fetchone()[0]
    assert seen == 10, job_log[-3000:]  # one listing page: every article archived or skipped as not dân vận


def test_the_deployed_egg_carries_code_and_data_but_not_the_mirror(tmp_path: Path) -> None:
    egg = tmp_path / "danvan.egg"
    built = subprocess.run(
        [str(SCRAPYD_DEPLOY), "--build-egg", str(egg)],
        capture_output=True, text=True, cwd=ROOT, timeout=300, env=_clean_env(),
    )
    assert built.returncode == 0, built.stderr[-2000:]
    with zipfile.ZipFile(egg) as archive:
        names = set(archive.namelist())
        entry_points = archive.read("EGG-INFO/entry_points.txt").decode()
    assert {"crawler/core/portals.toml", "crawler/classify/taxonomy.toml", "crawler/settings.py",
            "crawler/mirror/routing.py", "crawler/mirror/server.py", "spiders/hanoi_liferay.py"} <= names
    assert not any(name.startswith("crawler/mirror/sites/") for name in names)
    assert "[scrapy]\nsettings = crawler.settings" in entry_points


def _clean_env() -> dict[str, str]:
    """This environment without danvan's variables, so scrapyd and the deploy see only what the test sets."""
    return {k: v for k, v in os.environ.items() if not k.startswith("DANVAN_")}


def test_two_scrapyd_jobs_on_one_archive_take_turns(tmp_path: Path) -> None:
    """max_proc 2: two jobs writing one archive at once; the second waits for the first's lock, nothing is lost."""
    db = tmp_path / "archive.db"
    workdir = tmp_path / "scrapyd"
    workdir.mkdir()
    with running_scrapyd(workdir, max_proc=2) as scrapyd, serving_in_subprocess() as mirror:
        config_home = tmp_path / "config"
        config_home.mkdir()
        (config_home / "scrapy.cfg").write_text(f"[deploy:test]\nurl = {scrapyd}\nproject = danvan\n")
        deployed = subprocess.run([str(SCRAPYD_DEPLOY), "test", "--version", "1"], capture_output=True, text=True,
                                  cwd=ROOT, timeout=300, env={**_clean_env(), "XDG_CONFIG_HOME": str(config_home)})
        assert deployed.returncode == 0, deployed.stderr[-2000:]
        settings = {"DANVAN_MIRROR_URL": mirror, "DANVAN_DB": str(db), "DANVAN_MAX_LISTING_PAGES": "1",
                    "LOG_LEVEL": "INFO"}
        jobs = [_post(scrapyd + "schedule.json", [
            ("project", "danvan"), ("spider", spider), ("portal", portal),
            *(("setting", f"{name}={value}") for name, value in settings.items()),
        ])["jobid"] for spider, portal in (("hanoi_liferay", "sotttt"), ("haiphong", "ngoquyen"))]

        def both_running_or_done() -> bool:
            listed = _get(scrapyd + "listjobs.json?project=danvan")
            return {j["id"] for j in listed["running"] + listed["finished"]} >= set(jobs)

        _wait_for(both_running_or_done, "both jobs to start (max_proc 2)", attempts=240)

        def finished() -> bool:
            return {j["id"] for j in _get(scrapyd + "listjobs.json?project=danvan")["finished"]} >= set(jobs)

        _wait_for(finished, "both crawls to finish", attempts=1200)
        logs = [next((workdir / "logs").rglob(f"{job}.log")).read_text(errors="replace") for job in jobs]

    for log in logs:
        assert "'finish_reason': 'finished'" in log, log[-3000:]
    # One of them found the other writing, said so once, and waited.
    assert sum(log.count("waiting for it to finish") for log in logs) == 1, [log[-2000:] for log in logs]
    with sqlite3.connect(db) as conn:
        per_portal = dict(conn.execute(
            "SELECT portal, count(*) FROM (SELECT portal FROM articles UNION ALL SELECT portal FROM skipped)"
            " GROUP BY portal").fetchall())
        runs = conn.execute("SELECT portal, status FROM crawl_runs ORDER BY id").fetchall()
    assert per_portal["sotttt"] == 10 and per_portal["ngoquyen"] > 0, per_portal
    assert sorted(p for p, _ in runs) == ["ngoquyen", "sotttt"] and all(s is not None for _, s in runs)
