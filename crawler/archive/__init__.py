"""The SQLite archive: schema and migrations (`schema`), writing (`store`)."""

from crawler.archive.store import Archive, ArchiveError

__all__ = ["Archive", "ArchiveError"]
