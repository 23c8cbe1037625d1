"""The article item: what an extractor returns and what the pipelines store."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any


@dataclass
class Image:
    url: str
    caption: str = ""


@dataclass
class Article:
    """One article as extracted from one page. Text fields are normalised (NFC)."""

    url: str
    title: str = ""
    kicker: str = ""
    sapo: str = ""
    author: str = ""
    source_credit: str = ""
    category: str = ""
    published_at: str = ""
    published_raw: str = ""
    time_known: bool = False
    body: str = ""  # paragraphs separated by a blank line
    images: list[Image] = field(default_factory=list)
    view_count: int | None = None
    extractor: str = ""  # the platform, or "generic"
    # Which extraction layer gave each field: "platform", "metadata" (what the page declares) or
    # "generic" (crawler.extract.layers). Provenance, not content: not compared or hashed.
    field_sources: dict[str, str] = field(default_factory=dict, compare=False)
    portal: str = ""  # registry id, set by the spider
    fetched_at: str = ""
    # Where the page's raw capture is (crawler.crawl.capture): not content, so not compared or hashed.
    capture_file: str | None = field(default=None, compare=False)
    capture_offset: int | None = field(default=None, compare=False)
    # For a page read from a web archive: when the archive captured it (ISO 8601, UTC; never
    # the publication date) and the snapshot it was read from.
    captured_at: str | None = field(default=None, compare=False)
    snapshot_url: str | None = field(default=None, compare=False)
    # What the classifiers said (crawler.classify.annotate.Annotation), set by a pipeline.
    annotation: Any = field(default=None, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(replace(self, annotation=None))
        del data["annotation"]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        values = {k: v for k, v in data.items() if k in cls.__dataclass_fields__ and k != "annotation"}
        values["images"] = [Image(**i) if isinstance(i, dict) else i for i in values.get("images", [])]
        return cls(**values)

    def missing_fields(self) -> list[str]:
        """The essential fields this extraction failed to find."""
        return [name for name in ("title", "published_at", "body") if not getattr(self, name)]

    def unusable_fields(self) -> list[str]:
        """Why this extraction cannot be archived: "title" and/or "body" missing. A body that is only
        the title again (an empty article read from its <title>, site name and all) counts as none."""
        missing = [name for name in ("title", "body") if not getattr(self, name)]
        if not missing and _title_only(self.body, self.title):
            missing = ["body"]
        return missing


def _title_only(body: str, title: str) -> bool:
    from crawler.core.text import fold

    body_folded, title_folded = fold(body), fold(title)
    return bool(title_folded) and title_folded in body_folded and len(body_folded) <= len(title_folded) + 80
