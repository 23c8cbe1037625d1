"""Settings profiles that follow other settings, for crawls started outside `danvan crawl`."""

from __future__ import annotations

from scrapy.crawler import Crawler
from scrapy.settings import SETTINGS_PRIORITIES, Settings


class MirrorProfile:
    """Apply the offline profile when DANVAN_MIRROR_URL is a setting (`scrapy -s`, Scrapyd's `setting=`)."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> MirrorProfile:
        return cls()

    def update_settings(self, settings: Settings) -> None:
        if not settings.get("DANVAN_MIRROR_URL"):
            return
        for name, value in settings.getdict("PROFILES").get("offline", {}).items():
            # Above the project's live defaults, below what the job sets itself.
            if (settings.getpriority(name) or 0) < SETTINGS_PRIORITIES["cmdline"]:
                settings.set(name, value, priority="spider")
