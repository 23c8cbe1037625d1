"""The `danvan` command: wires the registry, crawler, archive and Datasette together."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from typing import Any

import click

from crawler.core import registry as registry_module
from crawler.core.errors import DanvanError, disk_full, is_disk_error, raise_if_stopped

DEFAULT_DB = "archive.db"
_EXPECTED = (DanvanError, FileNotFoundError, IsADirectoryError, PermissionError)


def one_line_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Expected failures end the command with one line on stderr and exit status 2."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except Exception as exc:
            if is_disk_error(exc):  # a full disk (or file-size limit): name the file being written
                exc = disk_full(getattr(exc, "filename", None) or kwargs.get("db") or "the archive", exc)
            if not isinstance(exc, _EXPECTED):
                raise
            message = str(exc) if not isinstance(exc, OSError) else f"{exc.filename}: {exc.strerror}"
            click.echo(f"danvan: error: {message}", err=True)
            sys.exit(2)

    return wrapper


db_option = click.option("--db", default=DEFAULT_DB, show_default=True,
                         help="The archive (SQLite) file.")
registry_option = click.option("--registry", "registry_path", type=click.Path(dir_okay=False),
                               help="Portal registry file (default: the shipped crawler/core/portals.toml).")


@click.group()
@click.version_option(package_name="danvan")
def main() -> None:
    """danvan: an archive of dân vận articles from Vietnamese portals.

    Example: danvan crawl --offline && danvan serve
    """


@main.command()
@db_option
@registry_option
@click.option("--offline", is_flag=True, help="Crawl the bundled offline mirror over local HTTP, not the live portals.")
@click.option("--portal", "portals", multiple=True, metavar="ID", help="Crawl only this portal (repeatable).")
@click.option("--max-pages", type=click.IntRange(1), help="At most this many listing pages per start URL.")
@click.option("--full-sweep", is_flag=True, default=None,
              help="Page every listing and re-fetch every article, ignoring what the archive has.")
@click.option("--wait", is_flag=True, default=None, help="If another crawl is writing the archive, wait for it.")
@click.option("--backfill", is_flag=True, default=False,
              help="Walk every listing to its end, as a first crawl does (skipping the articles archived).")
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), default=None, metavar="YYYY-MM-DD",
              help="With a backfill: read no article published before this date, and stop paging there.")
@click.option("--wayback", is_flag=True, default=False,
              help="Read the portals' captures in a web archive (their `wayback` source); closed portals "
                   "use it live anyway. With --offline, a local archive of the mirror's pages.")
@click.option("--verbose", "-v", is_flag=True, help="Show Scrapy's log (INFO).")
@click.option("--quiet", "-q", is_flag=True,
              help="For cron: only one line per portal that is not ok, no log; the exit status says the rest.")
@click.option("--redis", "redis_url", envvar="DANVAN_REDIS_URL", metavar="URL",
              help="Crawl as one worker of a shared Redis frontier; articles go to `danvan archiver`, "
                   "--db only places the captures. Env: DANVAN_REDIS_URL.")
@one_line_errors
def crawl(db: str, registry_path: str | None, offline: bool, portals: tuple[str, ...],
          max_pages: int | None, verbose: bool, quiet: bool, full_sweep: bool | None = None,
          wait: bool | None = None, redis_url: str | None = None, wayback: bool = False, backfill: bool = False,
          since: Any = None) -> None:
    """Crawl the portals into the archive.

    Example: danvan crawl --offline --portal ngoquyen --db archive.db
    (or, from a web archive: danvan crawl --wayback --portal caugiay)

    Exit status: 0 every portal ok; 1 a portal failed; 2 bad input; 3 a portal is degraded
    (partial, broken, selector drift, stale, interrupted).
    """
    from crawler.crawl.outcomes import exit_status
    from crawler.crawl.runner import crawl as run_crawl

    interactive = sys.stderr.isatty() and not quiet
    if quiet:
        import warnings

        warnings.simplefilter("ignore")  # nothing but the not-ok lines under cron
    log_level = "CRITICAL" if quiet else "INFO" if verbose else "ERROR"
    depth = {"DANVAN_BACKFILL": True} if backfill else {}
    if since is not None:
        depth.update(DANVAN_BACKFILL=True, DANVAN_SINCE=since.date().isoformat())
    if redis_url:
        from crawler.distributed.worker import crawl_worker

        crawl_plan, shares = crawl_worker(
            redis_url, db=db, portal_ids=list(portals) or None, offline=offline, registry_path=registry_path,
            progress=interactive, log_level=log_level, max_listing_pages=max_pages,
            full_sweep=full_sweep, wayback=wayback,
        )
        if not quiet:
            for line in skipped_lines(crawl_plan.skipped):
                click.echo(line, err=True)
            for share in shares:
                click.echo(f"{share.portal}: {share.finish_reason}, {share.listing_pages} listing and "
                           f"{share.article_pages} article pages, {share.items_queued} articles queued, "
                           f"{share.errors} errors, {share.requeued} requests of stopped workers taken over")
        return
    crawl_plan, runs = run_crawl(
        db, portal_ids=list(portals) or None, offline=offline, registry_path=registry_path,
        progress=interactive, log_level=log_level, max_listing_pages=max_pages,
        full_sweep=full_sweep, wait=wait, wayback=wayback, settings=depth,
    )
    raise_if_stopped()  # a crawl stopped for a full disk ends with that one line
    not_ok = [r for r in runs if r.status != "ok"]
    if quiet:
        for run in not_ok:
            click.echo(problem_line(run))
    else:
        for line in skipped_lines(crawl_plan.skipped):
            click.echo(line, err=True)
        if runs:
            click.echo(report_table(runs))
        for run in not_ok:
            click.echo(problem_line(run), err=True)
    sys.exit(exit_status([r.status for r in runs]))


def skipped_lines(skipped: dict[str, str]) -> list[str]:
    """One line per reason a portal is not crawled, naming the portals (a registry of a hundred stays short)."""
    by_reason: dict[str, list[str]] = {}
    for pid, why in skipped.items():
        by_reason.setdefault(why, []).append(pid)
    return [f"skipped {', '.join(ids)}: {why}" if len(ids) < 6 else
            f"skipped {len(ids)} portals ({', '.join(ids[:5])}, ...): {why}" for why, ids in by_reason.items()]


def problem_line(run: Any) -> str:
    """One line for a portal that is not ok: id, status and why."""
    from crawler.crawl.outcomes import problem_line as line

    return line(run.portal, run.status, run.problems)


def report_table(runs: list[Any]) -> str:
    """A fixed-width table of a crawl's per-portal results."""
    header = ("portal", "status", "listings", "articles", "new", "updated", "unchanged", "skipped", "rejected",
              "errors")
    rows = [header] + [
        (r.portal, r.status, r.listing_pages, r.article_pages, r.articles_new, r.articles_updated,
         r.articles_unchanged, r.articles_skipped, r.articles_rejected, r.errors) for r in runs
    ]
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(header))]
    def cell(i: int, value: object) -> str:
        return str(value).ljust(widths[i]) if i < 2 else str(value).rjust(widths[i])

    lines = ["  ".join(cell(i, v) for i, v in enumerate(row)) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


@main.command()
@db_option
@registry_option
@click.option("--redis", "redis_url", envvar="DANVAN_REDIS_URL", required=True, metavar="URL",
              help="The Redis the workers queue articles in. Env: DANVAN_REDIS_URL.")
@click.option("--exit-when-done", is_flag=True,
              help="Exit once every crawl it saw has finished and nothing waits (default: run until stopped).")
@one_line_errors
def archiver(db: str, registry_path: str | None, redis_url: str, exit_when_done: bool) -> None:
    """Store what `danvan crawl --redis` workers queue into the archive; the only writer of a distributed crawl.

    Example: danvan archiver --redis redis://127.0.0.1:6379/0 --db archive.db

    Runs until SIGTERM or Ctrl-C; a message is acknowledged only after it is committed.
    """
    from crawler.distributed.archiver import run_archiver

    report = run_archiver(db, redis_url, registry_path=registry_path, exit_when_done=exit_when_done)
    click.echo("\n".join(report.lines()), err=True)


@main.command()
@click.option("--port", default=8800, show_default=True, type=click.IntRange(0, 65535), help="Port on 127.0.0.1.")
def mirror(port: int) -> None:
    """Serve the offline portal mirror on 127.0.0.1 until interrupted.

    Example: danvan mirror --port 8800, then open http://127.0.0.1:8800/kinhtedothi.vn/sitemap.xml
    """
    from crawler.mirror.server import main as serve_mirror

    serve_mirror(["--port", str(port)])


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--url", required=True, help="The page's URL (chooses the platform extractor).")
@registry_option
@one_line_errors
def extract(file: str, url: str, registry_path: str | None) -> None:
    """Print the article extracted from a saved HTML page, as JSON.

    Example: danvan extract page.html --url https://kinhtedothi.vn/some-article.html
    """
    from crawler.extract.dispatch import extract_page
    from crawler.extract.pages import read_page

    html = read_page(file)
    article = extract_page(html, url, registry_module.load(registry_path))
    click.echo(json.dumps(article.to_dict(), ensure_ascii=False, indent=2))


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--url", required=True, help="The page's URL (chooses the platform extractor and the portal).")
@registry_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@one_line_errors
def classify(file: str, url: str, registry_path: str | None, as_json: bool) -> None:
    """Show how a saved page would be classified: relevance with reasons, topics, units.

    Example: danvan classify page.html --url https://caugiay.hanoi.gov.vn/cong-tac-dang/-/view_content/1-x --json
    """
    from crawler.classify.explain import explain_page
    from crawler.extract.pages import read_page

    html = read_page(file)
    report = explain_page(html, url, registry_module.load(registry_path))
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
        return
    verdict = "archived" if report["archived"] else "skipped (below the threshold)"
    click.echo(f"{report['title']}\nrelevance {report['relevance']['score']:.1f} "
               f"(threshold {report['relevance']['threshold']:.1f}): {verdict}")
    for reason in report["relevance"]["reasons"]:
        click.echo(f"  {reason}")
    click.echo("topics: " + (", ".join(f"{t['slug']} ({t['score']:.1f})" for t in report["topics"]) or "none"))
    unit = report["unit"]
    click.echo(f"unit: {unit['name'] or '?'} ({unit['level'] or '?'}), {unit['province'] or '?'}"
               f" → after 2025: {report['province_2025'] or '?'}")
    click.echo("mentioned units: " + (", ".join(m["name"] for m in report["mentioned_units"]) or "none"))


@main.command()
@db_option
@registry_option
@click.option("--taxonomy", "taxonomy_path", type=click.Path(dir_okay=False), help="Topic and relevance rules.")
@click.option("--prune", is_flag=True, help="Move articles now below the relevance threshold to `skipped`.")
@one_line_errors
def retag(db: str, registry_path: str | None, taxonomy_path: str | None, prune: bool) -> None:
    """Re-apply relevance, topics, units and duplicate links to the whole archive (no network).

    Example: danvan retag --db archive.db
    """
    from crawler.classify.retag import retag as run_retag

    report = run_retag(db, registry_path=registry_path, taxonomy_path=taxonomy_path, prune=prune)
    click.echo("\n".join(report.lines()))


@main.command()
@db_option
@registry_option
@click.option("--taxonomy", "taxonomy_path", type=click.Path(dir_okay=False), help="Topic and relevance rules.")
@one_line_errors
def reparse(db: str, registry_path: str | None, taxonomy_path: str | None) -> None:
    """Rebuild every article from its raw capture with the current extractors (no network).

    Example: danvan reparse --db archive.db
    """
    from crawler.crawl.reparse import reparse as run_reparse

    report = run_reparse(db, registry_path=registry_path, taxonomy_path=taxonomy_path)
    click.echo("\n".join(report.lines()))


@main.command()
@click.argument("query")
@db_option
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 1000))
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a list.")
@one_line_errors
def search(query: str, db: str, limit: int, as_json: bool) -> None:
    """Full-text search of the archive; accents and đ are optional.

    Example: danvan search "dan van kheo" --db archive.db
    """
    from crawler.publish.search import parse_query
    from crawler.publish.search import search as run_search

    if not parse_query(query):
        raise DanvanError("the query has no word to search for: give one or more words, e.g. danvan search \"dan van\"")
    rows = run_search(db, query, limit=limit)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for row in rows:
        click.echo(f"{(row.get('published_at') or '')[:10]}  {row.get('unit') or ''}  {row['title']}\n    {row['url']}")
    if not rows:
        click.echo("no articles found", err=True)


@main.command()
@db_option
@click.option("--search", "query", metavar="Q", help="Only articles matching these words (accents and đ optional).")
@click.option("--portal", "portals", multiple=True, metavar="ID", help="Only this portal (repeatable: any of them).")
@click.option("--topic", "topics", multiple=True, metavar="T", help="Only this topic, slug or label (repeatable).")
@click.option("--unit", "units", multiple=True, metavar="U", help="Only this publishing unit (repeatable).")
@click.option("--since", metavar="YYYY-MM-DD", help="Only articles published on or after this date.")
@click.option("--until", metavar="YYYY-MM-DD", help="Only articles published on or before this date.")
@click.option("--format", "fmt", metavar="jsonl|csv|parquet",
              help="Output format (default: from the --output extension, else jsonl).")
@click.option("--output", "-o", metavar="FILE", help="Write to FILE instead of stdout.")
@one_line_errors
def export(db: str, query: str | None, portals: tuple[str, ...], topics: tuple[str, ...], units: tuple[str, ...],
           since: str | None, until: str | None, fmt: str | None, output: str | None) -> None:
    """Export every matching article with its body, topics, mentioned units and duplicate link.

    Example: danvan export --search "dan van kheo" --since 2024-01-01 --format csv --output bai.csv

    Streams (memory stays flat); a progress line on a terminal; Parquet needs pyarrow.
    """
    from crawler.archive.export import ExportFilters
    from crawler.archive.export import export as run_export
    from crawler.publish.search import escape_fts

    match = escape_fts(query) if query is not None else None
    if match == '""':
        raise DanvanError(f"--search {query!r}: no word to search for")
    run_export(db, fmt, output, ExportFilters(match, portals, topics, units, since, until),
               progress=sys.stderr if sys.stderr.isatty() else None)


@main.command()
@db_option
@click.option("--port", default=8001, show_default=True, type=click.IntRange(0, 65535))
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False),
              help="A TOML file with a [serve] table (allow_sql, sql_time_limit_ms, max_returned_rows, "
                   "follow_crawls, password_hash, user).")
@click.option("--follow-crawls", is_flag=True, default=None,
              help="Open the archive read-only but not immutable, to see a running crawl's new articles.")
@click.option("--no-sql", is_flag=True, default=None, help="Switch arbitrary SQL off (canned queries still run).")
@click.option("--password-env", metavar="VAR",
              help="Put the whole instance behind a login; VAR names the environment variable holding the "
                   "password (or its pbkdf2_sha256 hash).")
@one_line_errors
def serve(db: str, port: int, host: str, config_path: str | None = None, follow_crawls: bool | None = None,
          no_sql: bool | None = None, password_env: str | None = None) -> None:
    """Publish the archive with Datasette (immutable, with SQL limits, by default).

    Example: danvan serve --db archive.db --port 8001 --no-sql --password-env DANVAN_PASSWORD
    """
    from dataclasses import replace

    from crawler.publish.serve import ServeOptions, load_config, password_from_env
    from crawler.publish.serve import serve as run_serve

    options = load_config(config_path) if config_path else ServeOptions()
    if follow_crawls:
        options = replace(options, follow_crawls=True)
    if no_sql:
        options = replace(options, allow_sql=False)
    if password_env:
        options = replace(options, password_hash=password_from_env(password_env))
    run_serve(db, port=port, host=host, options=options)


@main.command()
@db_option
@click.option("--live", is_flag=True, help="Crawl the live portals instead of the offline mirror.")
@click.option("--port", default=8001, show_default=True, type=click.IntRange(0, 65535))
@click.pass_context
def demo(ctx: click.Context, db: str, live: bool, port: int) -> None:
    """Crawl (the offline mirror unless --live) into the archive, then serve it.

    Example: danvan demo --db archive.db
    """
    try:
        ctx.invoke(crawl, db=db, registry_path=None, offline=not live, portals=(), max_pages=None,
                   verbose=False, quiet=False)
    except SystemExit as exc:
        if exc.code == 2:
            raise
    ctx.invoke(serve, db=db, port=port, host="127.0.0.1")


@main.command()
@click.argument("target")
@click.option("--url", help="The page's live URL (required for a FILE; for a URL, when it stands for another).")
@registry_option
@one_line_errors
def probe(target: str, url: str | None, registry_path: str | None) -> None:
    """Name the platform of a page (a FILE or a URL) and print a registry entry ready to paste.

    Example: danvan probe https://ninhbinh.gov.vn/tin-noi-bat/some-article-336351

    A page no platform or known CMS family reads is reported "unknown", with a generic entry.
    """
    from crawler.extract.probe import probe as run_probe
    from crawler.extract.probe import report

    if target.lower().startswith(("http://", "https://")):
        html = fetch_page(target)
        url = url or target
    else:
        if not url:
            raise click.UsageError("--url is needed with a FILE: the page's live URL")
        from crawler.extract.pages import read_page

        html = read_page(target)
    click.echo(report(run_probe(html, url, registry_module.load(registry_path))))


def fetch_page(url: str) -> str:
    """One page over HTTP(S), as the crawler would ask for it (its User-Agent), in one line of error."""
    import urllib.error
    import urllib.request

    from crawler.crawl.runner import project_settings

    # The bytes Scrapy sends (UTF-8); http.client writes header strings as Latin-1.
    agent = str(project_settings().get("USER_AGENT")).encode("utf-8").decode("latin-1")
    request = urllib.request.Request(url, headers={"User-Agent": agent})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            charset = response.headers.get_content_charset() or "utf-8"
            return response.read().decode(charset, errors="replace")
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise DanvanError(f"{url}: cannot fetch the page: {exc}") from None


@main.command()
@registry_option
@click.option("--portal", "portals", multiple=True, metavar="ID", help="Check only this portal (repeatable).")
@click.option("--offline", is_flag=True, help="Check the offline mirror instead of the live portals.")
@click.option("--sample", default=3, show_default=True, type=click.IntRange(1, 50),
              help="Articles read per portal (newest first).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@one_line_errors
def check(registry_path: str | None, portals: tuple[str, ...], offline: bool, sample: int, as_json: bool) -> None:
    """Self-test every portal: start URLs answer, listings give links and a next page, articles read whole.

    Example: danvan check --portal ngoquyen --offline

    Run it first after installing, then daily from cron. Exit status: 0 every portal ok;
    1 a portal failed; 2 bad input; 3 a portal is degraded (read through the lower layers).
    """
    from crawler.crawl import check as checks

    results = checks.check(list(portals) or None, offline=offline, registry_path=registry_path, sample=sample,
                           progress=sys.stderr.isatty() and not as_json)
    if as_json:
        click.echo(json.dumps(checks.as_json(results), ensure_ascii=False, indent=2))
    else:
        click.echo(checks.table(results))
    sys.exit(checks.exit_status(results))


@main.command()
@registry_option
@click.option("--province", help="Only portals of this province (code or name, accents optional).")
@click.option("--level", help="Only portals whose latest unit is of this level (quận, huyện, tỉnh, thành phố...).")
@click.option("--status", type=click.Choice(["active", "closed", "unidentified"]), help="Only portals of this status.")
@click.option("--platform", help="Only portals of this platform.")
@click.option("--coverage", is_flag=True, help="Summarise which official units the registry covers.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@one_line_errors
def portals(registry_path: str | None, province: str | None, level: str | None, status: str | None,
            platform: str | None, coverage: bool, as_json: bool) -> None:
    """List the registry's portals (and check the registry file); filter by province, level, status, platform.

    Example: danvan portals --province "Hải Phòng" --status closed --json
    """
    from crawler.crawl import coverage as coverage_module

    reg = registry_module.load(registry_path)
    chosen = coverage_module.select(reg, province=province, level=level, status=status, platform=platform)
    if coverage:
        summary = coverage_module.summary(reg)
        click.echo(json.dumps(summary, ensure_ascii=False, indent=2) if as_json else coverage_module.lines(summary))
        return
    if as_json:
        click.echo(json.dumps([coverage_module.describe(p) for p in chosen], ensure_ascii=False, indent=2))
        return
    for p in chosen:
        click.echo(f"{p.id:22} {p.platform:14} {p.status:12} {p.units[-1].name:26} {p.base_url}")


@main.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@one_line_errors
def status(db: str, as_json: bool) -> None:
    """Show every portal at a glance: last run, status, newest article, errors, drift, web archive.

    Example: danvan status --db archive.db

    Reads the archive only (safe while a crawl runs); a line under the table for each portal
    whose last run is not ok says why.
    """
    from crawler.crawl.status import read_status, table

    statuses = read_status(db)
    if as_json:
        click.echo(json.dumps([s.to_dict() for s in statuses], ensure_ascii=False, indent=2))
        return
    click.echo(table(statuses))


if __name__ == "__main__":
    main()
