"""The one clock of the application; DANVAN_FROZEN_TIME (ISO 8601) freezes it for tests."""

from __future__ import annotations

import os
from datetime import UTC, datetime


def now() -> datetime:
    frozen = os.environ.get("DANVAN_FROZEN_TIME")
    return datetime.fromisoformat(frozen) if frozen else datetime.now(UTC)


def now_iso() -> str:
    return now().replace(microsecond=0).isoformat()
