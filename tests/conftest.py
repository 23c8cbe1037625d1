import os

import pytest

# A frozen clock for every test (crawler.core.clock reads it, subprocesses inherit it).
FROZEN_TIME = "2026-11-23T08:00:00+00:00"
os.environ.setdefault("DANVAN_FROZEN_TIME", FROZEN_TIME)


@pytest.fixture
def frozen_time() -> str:
    return os.environ["DANVAN_FROZEN_TIME"]


@pytest.fixture(scope="session")
def crawled_archive(tmp_path_factory: pytest.TempPathFactory):
    """The whole offline mirror crawled once per session, for the publishing and browser tests."""
    from tests.browser import crawl_offline

    return crawl_offline(tmp_path_factory.mktemp("published") / "archive.db")


@pytest.fixture(scope="session")
def crawled_site(crawled_archive):
    """Datasette serving the crawled archive, as `danvan serve` does: (base URL, archive path)."""
    from crawler.publish.serve import datasette_running

    with datasette_running(crawled_archive) as base:
        yield base, crawled_archive
