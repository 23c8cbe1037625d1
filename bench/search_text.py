"""A synthetic archive of N articles written straight into SQLite, for the search-at-scale benchmark.

Text: spans of ten words cut from the real corpus (the seeds and the real Liferay copy),
so syllable frequencies and common phrases ("công tác dân vận", "Mặt trận Tổ quốc") are
the seeds'. Each article: a twelve-word title, a 35-word sapo, a 300-word body in five
paragraphs, one of 44 real district units (one portal each, Hà Nội and Hải Phòng) with
skewed volumes, a category, 1–3 topics of the taxonomy, 0–2 mentioned units, published
over ten years (2016–2025). Rows go in through the real schema (Archive.open runs the
migrations, so the facet-cell triggers fire) with executemany in big transactions;
rowids follow publication order, as a one-off import in date order would give.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Callable
from operator import itemgetter
from pathlib import Path
from typing import Any

import numpy as np

from bench.synthetic import paragraphs
from crawler.archive import Archive
from crawler.archive.schema import MIGRATIONS
from crawler.classify.topics import load_taxonomy
from crawler.core.text import fold

UNITS = (
    ("Quận Ba Đình", "Thành phố Hà Nội"), ("Quận Hoàn Kiếm", "Thành phố Hà Nội"),
    ("Quận Tây Hồ", "Thành phố Hà Nội"), ("Quận Long Biên", "Thành phố Hà Nội"),
    ("Quận Cầu Giấy", "Thành phố Hà Nội"), ("Quận Đống Đa", "Thành phố Hà Nội"),
    ("Quận Hai Bà Trưng", "Thành phố Hà Nội"), ("Quận Hoàng Mai", "Thành phố Hà Nội"),
    ("Quận Thanh Xuân", "Thành phố Hà Nội"), ("Quận Nam Từ Liêm", "Thành phố Hà Nội"),
    ("Quận Bắc Từ Liêm", "Thành phố Hà Nội"), ("Quận Hà Đông", "Thành phố Hà Nội"),
    ("Thị xã Sơn Tây", "Thành phố Hà Nội"), ("Huyện Ba Vì", "Thành phố Hà Nội"),
    ("Huyện Chương Mỹ", "Thành phố Hà Nội"), ("Huyện Đan Phượng", "Thành phố Hà Nội"),
    ("Huyện Đông Anh", "Thành phố Hà Nội"), ("Huyện Gia Lâm", "Thành phố Hà Nội"),
    ("Huyện Hoài Đức", "Thành phố Hà Nội"), ("Huyện Mê Linh", "Thành phố Hà Nội"),
    ("Huyện Mỹ Đức", "Thành phố Hà Nội"), ("Huyện Phú Xuyên", "Thành phố Hà Nội"),
    ("Huyện Phúc Thọ", "Thành phố Hà Nội"), ("Huyện Quốc Oai", "Thành phố Hà Nội"),
    ("Huyện Sóc Sơn", "Thành phố Hà Nội"), ("Huyện Thạch Thất", "Thành phố Hà Nội"),
    ("Huyện Thanh Oai", "Thành phố Hà Nội"), ("Huyện Thanh Trì", "Thành phố Hà Nội"),
    ("Huyện Thường Tín", "Thành phố Hà Nội"), ("Huyện Ứng Hòa", "Thành phố Hà Nội"),
    ("Quận Hồng Bàng", "Thành phố Hải Phòng"), ("Quận Ngô Quyền", "Thành phố Hải Phòng"),
    ("Quận Lê Chân", "Thành phố Hải Phòng"), ("Quận Hải An", "Thành phố Hải Phòng"),
    ("Quận Kiến An", "Thành phố Hải Phòng"), ("Quận Đồ Sơn", "Thành phố Hải Phòng"),
    ("Quận Dương Kinh", "Thành phố Hải Phòng"), ("Huyện Thủy Nguyên", "Thành phố Hải Phòng"),
    ("Huyện An Dương", "Thành phố Hải Phòng"), ("Huyện An Lão", "Thành phố Hải Phòng"),
    ("Huyện Kiến Thụy", "Thành phố Hải Phòng"), ("Huyện Tiên Lãng", "Thành phố Hải Phòng"),
    ("Huyện Vĩnh Bảo", "Thành phố Hải Phòng"), ("Huyện Cát Hải", "Thành phố Hải Phòng"),
)
CATEGORIES = ("Tin tức - Sự kiện", "Công tác dân vận", "Mặt trận Tổ quốc và các đoàn thể", "Xây dựng Đảng",
              "Chính quyền", "Văn hóa - Xã hội")
SPAN = 10  # words per span cut from the corpus
BODY_WORDS, TITLE_WORDS, SAPO_WORDS, PARAGRAPHS = 300, 12, 35, 5
CHUNK = 20_000
START, YEARS = np.datetime64("2016-01-01T00:00"), 10


def portal_id(unit: str) -> str:
    """An id like the registry's: the unit's folded name without its level or spaces."""
    return "bench-" + fold(unit.split(" ", 1)[1]).replace(" ", "")


def build(path: Path, count: int, seed: int, log: Callable[[str], None] = print) -> dict[str, float]:
    """Write `count` articles into a new archive at `path`; returns seconds per stage."""
    started = time.perf_counter()
    rng = np.random.default_rng(seed)
    words = [w for p in paragraphs() for w in p.split()]
    vocab = sorted(set(words))
    folded = [fold(w) for w in vocab]
    index = {w: i for i, w in enumerate(vocab)}
    stream = np.array([index[w] for w in words], dtype=np.int32)
    taxonomy = load_taxonomy()
    slugs = [t.slug for t in taxonomy.topics]
    archive = Archive.open(path)
    conn = archive.conn
    conn.execute("PRAGMA cache_size = -1000000")
    conn.execute("PRAGMA synchronous = OFF")
    archive.sync_topics(taxonomy.topics)
    with archive.transaction():
        for unit, province in UNITS:
            conn.execute(
                """INSERT INTO portals (id, name, platform, status, base_url, start_urls, unit, unit_code, unit_level,
                       province) VALUES (?, ?, 'generic', 'closed', ?, '[]', ?, '', ?, ?)""",
                (portal_id(unit), f"Cổng thông tin điện tử {unit.lower()}", f"https://{portal_id(unit)}.invalid",
                 unit, unit.split(" ")[0].lower(), province),
            )
    # Volumes: a few busy units, many quiet ones; more articles in later years.
    unit_weights = 1.0 / np.arange(1, len(UNITS) + 1) ** 0.8
    unit_weights /= unit_weights.sum()
    topic_weights = 1.0 / np.arange(1, len(slugs) + 1) ** 0.7
    topic_weights /= topic_weights.sum()
    category_weights = np.array([0.35, 0.25, 0.15, 0.1, 0.1, 0.05])
    minutes = YEARS * 365 * 24 * 60
    when = np.sort((np.sqrt(rng.random(count)) * minutes).astype(np.int64))
    body_of = itemgetter
    timings = {"articles": 0.0, "fts": 0.0}
    checked = False
    for offset in range(0, count, CHUNK):
        n = min(CHUNK, count - offset)
        total = BODY_WORDS + TITLE_WORDS + SAPO_WORDS
        spans = -(-total // SPAN)
        starts = rng.integers(0, len(stream) - SPAN, size=(n, spans))
        ids = stream[(starts[:, :, None] + np.arange(SPAN)).reshape(n, -1)[:, :total]]
        units = rng.choice(len(UNITS), size=n, p=unit_weights)
        categories = rng.choice(len(CATEGORIES), size=n, p=category_weights)
        topic_counts = rng.integers(1, 4, size=n)
        topic_picks = rng.choice(len(slugs), size=(n, 3), p=topic_weights).tolist()
        mention_counts = rng.integers(0, 3, size=n)
        mention_picks = rng.choice(len(UNITS), size=(n, 2)).tolist()
        stamps = (START + when[offset:offset + n].astype("timedelta64[m]")).astype(str)
        article_rows, text_rows, fts_rows, topic_rows, unit_rows = [], [], [], [], []
        for i in range(n):
            article_id = offset + i + 1
            row = ids[i].tolist()
            title_ids, sapo_ids = row[:TITLE_WORDS], row[TITLE_WORDS:TITLE_WORDS + SAPO_WORDS]
            body_ids = row[TITLE_WORDS + SAPO_WORDS:]
            title = " ".join(body_of(*title_ids)(vocab))
            title = title[:1].upper() + title[1:]
            sapo = " ".join(body_of(*sapo_ids)(vocab))
            step = BODY_WORDS // PARAGRAPHS
            body = "\n\n".join(" ".join(body_of(*body_ids[k:k + step])(vocab)) for k in range(0, BODY_WORDS, step))
            f_title = " ".join(body_of(*title_ids)(folded))
            f_sapo = " ".join(body_of(*sapo_ids)(folded))
            f_body = " ".join(body_of(*body_ids)(folded))
            if not checked and i < 50:  # the index holds what the store's fold would give
                assert (fold(title), fold(sapo), fold(body)) == (f_title, f_sapo, f_body), article_id
            unit, province = UNITS[units[i]]
            stamp = stamps[i]
            date = stamp[:10]
            topics = list(dict.fromkeys(topic_picks[i][:topic_counts[i]]))
            mentions = list(dict.fromkeys(mention_picks[i][:mention_counts[i]]))
            article_rows.append((
                article_id, f"https://{portal_id(unit)}.invalid/tin/{article_id}.html", portal_id(unit), unit,
                unit.split(" ")[0].lower(), province, title, sapo, CATEGORIES[categories[i]], f"{stamp}:00+07:00",
                date, int(date[:4]), date[:7], f"{article_id:032x}", f"{date}T12:00:00+00:00",
                round(10 + 50 * (article_id % 97) / 97, 3), json.dumps([slugs[t] for t in topics]),
                json.dumps([UNITS[m][0] for m in mentions], ensure_ascii=False),
            ))
            text_rows.append((article_id, body))
            fts_rows.append((article_id, f_title, f_sapo, f_body))
            topic_rows.extend((article_id, slugs[t], 1.0) for t in topics)
            unit_rows.extend((article_id, UNITS[m][0], UNITS[m][0].split(" ")[0].lower()) for m in mentions)
        checked = True
        t0 = time.perf_counter()
        with archive.transaction():
            conn.executemany(
                """INSERT INTO articles (id, url, portal, unit, unit_level, province, title, sapo, category,
                       published_at, published_date, time_known, year, year_month, extractor, content_hash,
                       first_seen, last_seen, relevance, topics, mentioned_units)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, 'bench', ?, ?, ?, ?, ?, ?)""",
                [(*r[:14], r[14], r[14], *r[15:]) for r in article_rows],
            )
            conn.executemany("INSERT INTO article_texts (article_id, body) VALUES (?, ?)", text_rows)
            conn.executemany("INSERT INTO article_topics (article_id, topic, score) VALUES (?, ?, ?)", topic_rows)
            conn.executemany("INSERT INTO article_units (article_id, name, level) VALUES (?, ?, ?)", unit_rows)
        t1 = time.perf_counter()
        with archive.transaction():
            conn.executemany("INSERT INTO articles_fts (rowid, title, sapo, body) VALUES (?, ?, ?, ?)", fts_rows)
        t2 = time.perf_counter()
        timings["articles"] += t1 - t0
        timings["fts"] += t2 - t1
        if (offset // CHUNK) % 10 == 0:
            log(f"  {offset + n:,} / {count:,} articles, {time.perf_counter() - started:.0f} s")
    timings["generate"] = time.perf_counter() - started - timings["articles"] - timings["fts"]
    t0 = time.perf_counter()
    conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('optimize')")
    timings["fts_optimize"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    archive.refresh_facet_counts()
    conn.execute("ANALYZE")
    timings["counts_and_analyze"] = time.perf_counter() - t0
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    archive.close()
    timings["total"] = time.perf_counter() - started
    return timings


CACHE = Path(__file__).resolve().parent / ".cache"


def _migration_hashes() -> dict[str, str]:
    return {str(m.version): hashlib.sha256(m.sql.encode()).hexdigest()[:12] for m in MIGRATIONS}


def cached(count: int, seed: int, log: Callable[[str], None] = print) -> tuple[Path, dict[str, float]]:
    """The archive of `count` articles for `seed`, built once under bench/.cache/ (and its build times).

    A migration added since the file was built is applied to it (they add tables and
    columns); a changed one means a new build.
    """
    path = CACHE / f"search-{count}-{seed}.db"
    sidecar = path.with_suffix(".json")
    if path.exists() and sidecar.exists():
        recorded = json.loads(sidecar.read_text())
        current = _migration_hashes()
        applied = recorded.get("migrations", {})
        if all(current.get(v) == h for v, h in applied.items()):
            missing = [m for m in MIGRATIONS if str(m.version) not in applied]
            if missing:
                _catch_up(path, missing, log)
                recorded["migrations"] = current
                sidecar.write_text(json.dumps(recorded))
            return path, recorded["timings"]
        log(f"{path.name}: a migration changed since it was built; building again")
    CACHE.mkdir(exist_ok=True)
    partial = path.with_suffix(".building")
    for stale in CACHE.glob(partial.name + "*"):
        stale.unlink()
    log(f"building {count:,} synthetic articles into {path} (once; later runs reuse it)")
    timings = build(partial, count, seed, log)
    os.replace(partial, path)
    sidecar.write_text(json.dumps({"timings": timings, "migrations": _migration_hashes()}))
    return path, timings


def _catch_up(path: Path, missing: list[Any], log: Callable[[str], None]) -> None:
    """Apply migrations newer than the cached file's build, as Archive.open would have."""
    from crawler.archive.store import _statements

    log(f"{path.name}: applying migrations {', '.join(str(m.version) for m in missing)}")
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        for migration in missing:
            for statement in _statements(migration.sql):
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {max(m.version for m in MIGRATIONS)}")
        conn.execute("COMMIT")
    finally:
        conn.close()
