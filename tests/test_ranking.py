"""Relevance ranking (crawler/archive/ranking.py) against bm25 itself, on real archive files.

Small archives written through the store (`Archive.upsert_article`, the crawl's own path)
check what staff see: title matches first, ties newest first, filters, paging, and new,
edited and deleted articles ranked at once and after a refresh. A synthetic archive of real
corpus text (bench/search_text.py) checks that the order is bm25's: every expectation is
bm25 computed by SQLite on the same file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from bench.search_text import build
from crawler.archive import Archive, ranking
from crawler.archive.ranking import (
    RANK_SQL,
    TOKEN,
    RankingError,
    agreement,
    fts_matches,
    matching,
    parse_match,
    rank,
    refresh_ranking,
    windowed,
)
from crawler.core import registry
from crawler.core.items import Article
from crawler.publish.search import escape_fts

# Kinds of query staff type: very common, common and rare words, phrases, several words.
QUERIES = ("các", "Đảng", "dân vận", "ky luat", "Mặt trận", "ton giao", "website", "khiêm", "nghin",
           '"công tác dân vận"', '"mat tran to quoc"', '"dân vận khéo"', "cong tac dan van", "cac website",
           '"dan van" ky luat', "doan thanh nien")
# Stated agreement with bm25 (the order is bm25's formula; only near-ties computed differently could differ).
MIN_OVERLAP, MIN_SAME_TOP = 0.95, 0.9


def bm25(conn: sqlite3.Connection, q: str, allowed: set[int] | None = None, limit: int = 10_000,
         match: str | None = None) -> list[int]:
    """The search box's order computed by SQLite: bm25 over every match, ties newest first."""
    rows = conn.execute(
        f"""SELECT f.rowid FROM articles_fts f JOIN articles a ON a.id = f.rowid WHERE articles_fts MATCH ?
            ORDER BY {RANK_SQL}, a.published_at DESC, a.id DESC""", (match or escape_fts(q),))
    return [r[0] for r in rows if allowed is None or r[0] in allowed][:limit]


def varints(data: bytes) -> list[int]:
    """FTS5's docsize record: one SQLite varint per field."""
    values, value = [], 0
    for byte in data:
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            values.append(value)
            value = 0
    return values


def reader(path: Path) -> sqlite3.Connection:
    """A read-only connection, as Datasette opens the archive."""
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A synthetic archive of 400 articles of real corpus text, ranking built."""
    path = tmp_path_factory.mktemp("ranking") / "archive.db"
    build(path, 400, seed=11, log=lambda _: None)
    archive = Archive.open(path)
    try:
        assert refresh_ranking(archive.conn).mode == "full"
    finally:
        archive.close()
    yield path


def test_the_order_agrees_with_bm25_on_every_kind_of_query(corpus: Path) -> None:
    conn = reader(corpus)
    overlaps, same_top = [], []
    for q in QUERIES:
        theirs, ours = bm25(conn, q, limit=20), rank(conn, escape_fts(q), None, 20)
        assert theirs, q  # every query matches something in this archive
        overlaps.append(agreement(ours, theirs))
        same_top.append(ours[:1] == theirs[:1])
        assert overlaps[-1] >= MIN_OVERLAP, (q, ours, theirs)
        assert set(ours) <= set(bm25(conn, q)), q  # only matches
    assert sum(same_top) / len(same_top) >= MIN_SAME_TOP


def test_deep_reads_cut_pair_lists_and_chunked_builds_keep_bm25_order(
        corpus_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Blocks of 4 postings, pairs cut to their best 8, 50 articles per chunk, pruning as it goes:
    at 400 articles the paths a million takes (deep lists, bounds of unstored postings)."""
    for name, value in (("FIRST_BLOCK", 4), ("GROWTH", 2), ("BIGRAM_PREFIX", 8), ("BIGRAM_MIN", 2),
                        ("CHUNK", 50), ("PRUNE_AT", 2_000)):
        monkeypatch.setattr(ranking, name, value)
    archive = Archive.open(corpus_copy)
    try:
        assert refresh_ranking(archive.conn, full=True).mode == "full"
        conn = archive.conn
        assert conn.execute("SELECT count(*) FROM rank_postings WHERE instr(term, ' ') > 0 AND length(weights) = 0"
                            ).fetchone()[0] > 0  # some pairs' lists were cut, with a bound for the rest
        assert conn.execute("SELECT max(block) FROM rank_postings").fetchone()[0] >= 5
    finally:
        archive.close()
    conn = reader(corpus_copy)
    for q in QUERIES:
        for limit in (1, 20, 60):
            theirs, ours = bm25(conn, q, limit=limit), rank(conn, escape_fts(q), None, limit)
            assert agreement(ours, theirs) >= MIN_OVERLAP and len(ours) == len(theirs), (q, limit)


def test_the_tokenizer_splits_text_as_fts5_does(corpus: Path) -> None:
    """Lengths and words counted in Python are FTS5's own (its docsize records and vocabulary)."""
    conn = reader(corpus)
    conn.execute("CREATE VIRTUAL TABLE temp.words USING fts5vocab(main, articles_fts, row)")
    vocabulary = {r[0] for r in conn.execute("SELECT term FROM temp.words")}
    ours: set[str] = set()
    for article_id, *fields in conn.execute("SELECT id, c0, c1, c2 FROM articles_fts_content"):
        tokens = [TOKEN.findall(text or "") for text in fields]
        ours.update(t for column in tokens for t in column)
        size = conn.execute("SELECT sz FROM articles_fts_docsize WHERE id = ?", (article_id,)).fetchone()[0]
        assert [len(t) for t in tokens] == varints(size), article_id
    assert ours == vocabulary


@pytest.fixture
def corpus_copy(corpus: Path, tmp_path: Path) -> Path:
    """The synthetic archive copied, for tests that write to it."""
    copy = tmp_path / "archive.db"
    source = sqlite3.connect(corpus)
    target = sqlite3.connect(copy)
    source.backup(target)
    source.close()
    target.close()
    return copy


@pytest.mark.parametrize("share", [0.5, 0.05, 0.005])
def test_allowed_ids_filter_the_ranking(corpus: Path, share: float) -> None:
    """Only allowed articles, in bm25's order among them (wide filters read the lists, narrow ones score texts)."""
    conn = reader(corpus)
    ids = np.array([r[0] for r in conn.execute("SELECT id FROM articles ORDER BY id")])
    allowed = ids[np.random.default_rng(3).random(len(ids)) < share]
    for q in ("các", "dân vận", '"công tác dân vận"', "cac website"):
        theirs = bm25(conn, q, set(allowed.tolist()), limit=20)
        ours = rank(conn, escape_fts(q), allowed, 20)
        assert set(ours) <= set(allowed.tolist())
        assert agreement(ours, theirs) >= MIN_OVERLAP and len(ours) == len(theirs), (q, share)
    assert rank(conn, escape_fts("các"), np.array([], dtype=np.int64), 20) == []


def test_after_pages_through_the_ranking_without_repeats_or_gaps(corpus: Path) -> None:
    conn = reader(corpus)
    for q in ("dân vận", '"mat tran to quoc"'):
        whole = rank(conn, escape_fts(q), None, 200)
        pages: list[int] = []
        for after in range(0, 200, 8):
            page = rank(conn, escape_fts(q), None, 8, after)
            pages += page
            if len(page) < 8:
                break
        assert pages == whole
        assert len(set(pages)) == len(pages)
        assert agreement(whole, bm25(conn, q, limit=200)) >= MIN_OVERLAP


def fts_ids(conn: sqlite3.Connection, match: str) -> list[int]:
    """What FTS5 itself lists for a MATCH expression."""
    return [r[0] for r in conn.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid",
                                       (match,))]


def test_matching_lists_exactly_what_fts5_lists(corpus: Path) -> None:
    """Words from the stored postings, phrases from FTS5 narrowed by them: FTS5's own list, every query."""
    conn = reader(corpus)
    for q in (*QUERIES, "khong co tu nay xyzzy", "dan van khong co tu nay xyzzy", '"dan van" "ky luat" cac'):
        match = escape_fts(q)
        found = matching(conn, match)
        if q.startswith('"') and q.endswith('"'):
            assert found is None, q  # a phrase alone: FTS5's list is the answer
            continue
        assert found is not None, q
        assert found.tolist() == fts_ids(conn, match), q
    assert matching(conn, escape_fts("dang*")) is None  # prefixes: FTS5 lists them
    assert matching(conn, escape_fts("")).tolist() == []


def test_matches_listed_by_the_caller_give_the_same_ranking(corpus: Path) -> None:
    conn = reader(corpus)
    for q in ('"công tác dân vận"', '"dan van" ky luat', '"mat tran to quoc" cac'):
        match = escape_fts(q)
        listed = np.array(fts_ids(conn, match), dtype=np.int64)
        for limit, after in ((20, 0), (8, 16)):
            assert rank(conn, match, None, limit, after, listed) == rank(conn, match, None, limit, after), q


def test_a_split_fts_pass_lists_the_same_ids(corpus: Path) -> None:
    conn = reader(corpus)
    helpers = [sqlite3.connect(f"file:{corpus}?mode=ro", uri=True, check_same_thread=False) for _ in range(2)]
    for match in (escape_fts('"công tác dân vận"'), escape_fts("các"), escape_fts("dang*"), '"xyzzy"'):
        whole = fts_matches(conn, match)
        assert whole.tolist() == fts_ids(conn, match)
        assert fts_matches(conn, match, helpers[:1]).tolist() == whole.tolist()
        assert fts_matches(conn, match, helpers).tolist() == whole.tolist()


def test_matching_follows_new_edited_and_deleted_articles_before_and_after_the_refresh(
        stored: tuple[Path, Archive, dict[int, int]], monkeypatch: pytest.MonkeyPatch) -> None:
    path, archive, ids = stored
    monkeypatch.setattr(ranking, "REBUILD_SHARE", 0.5)  # three changes of ten articles: a segment, not a rebuild
    portal = registry.load().get("ngoquyen")
    assert refresh_ranking(archive.conn).mode == "full"
    queries = [escape_fts(q) for q in ("cu tri", "dan van kheo", '"tiep xuc cu tri" phuong', "cu tri phuong", "xyzzy")]

    def check() -> None:
        conn = reader(path)
        for match in queries:
            found = matching(conn, match)
            assert (found.tolist() if found is not None else fts_matches(conn, match).tolist()) == fts_ids(
                conn, match), match
        conn.close()

    check()
    assert archive.upsert_article(_article(11, "Cử tri phường xyzzy", FILLER, "2025-10-11T08:00:00+07:00"),
                                  portal) == "new"
    assert archive.upsert_article(_article(1, "Phường Máy Chai họp dân", FILLER, "2024-03-01T08:00:00+07:00"),
                                  portal) == "updated"
    archive.delete_article(_article(2, "", "", "").url)
    check()  # pending: read by the serving side itself
    assert ids[1] not in matching(reader(path), escape_fts("cu tri")).tolist()
    assert refresh_ranking(archive.conn).mode == "segment"
    check()  # the same from stored postings: the first segment's postings of 1 and 2 are not live
    # Changes on top of two segments: an article of the second edited back, one of the first deleted.
    assert archive.upsert_article(_article(1, "Tiếp xúc cử tri phường Máy Chai", FILLER,
                                           "2024-03-01T08:00:00+07:00"), portal) == "updated"
    archive.delete_article(_article(4, "", "", "").url)
    check()
    assert ids[1] in matching(reader(path), escape_fts("cu tri")).tolist()
    assert refresh_ranking(archive.conn).mode in ("segment", "full")  # past REBUILD_SHARE: rebuilt
    check()


def _article(number: int, title: str, body: str, published_at: str, sapo: str = "") -> Article:
    return Article(url=f"https://ngoquyen.haiphong.gov.vn/tin-tuc/bai-{number}.html", title=title, sapo=sapo,
                   body=body, published_at=published_at, published_raw=published_at, time_known=True,
                   category="Tin tức - Sự kiện", extractor="haiphong")


FILLER = ("Hội nghị diễn ra tại hội trường phường với sự tham dự của đại biểu các ban ngành đoàn thể. "
          "Các đại biểu thảo luận kế hoạch năm tới và thống nhất các giải pháp thực hiện.")


@pytest.fixture
def stored(tmp_path: Path) -> Iterator[tuple[Path, Archive, dict[int, int]]]:
    """An archive written through the store: articles numbered as below, and their ids."""
    reg = registry.load()
    portal = reg.get("ngoquyen")
    archive = Archive.open(tmp_path / "archive.db")
    archive.sync_portals(reg)
    articles = [
        # "tiếp xúc cử tri" in the title of 1 and 2, in the sapo of 3, in the body only of 4 to 6.
        _article(1, "Tiếp xúc cử tri phường Máy Chai", FILLER, "2024-03-01T08:00:00+07:00"),
        _article(2, "Đại biểu Hội đồng nhân dân tiếp xúc cử tri", FILLER, "2023-05-02T08:00:00+07:00"),
        _article(3, "Hội nghị giữa năm", FILLER, "2024-06-03T08:00:00+07:00", sapo="Buổi tiếp xúc cử tri đã diễn ra."),
        _article(4, "Phường tổng kết năm", FILLER + " Sau đó là buổi tiếp xúc cử tri.", "2024-09-04T08:00:00+07:00"),
        _article(5, "Sơ kết quý", FILLER + " Tiếp xúc cử tri được tổ chức.", "2025-01-05T08:00:00+07:00"),
        _article(6, "Hội nghị cán bộ", "Tiếp xúc cử tri. " + FILLER, "2022-02-06T08:00:00+07:00"),
        # Identical texts: equal scores, so newest first (then the higher id).
        _article(7, "Phong trào dân vận khéo", FILLER, "2021-07-07T08:00:00+07:00"),
        _article(8, "Phong trào dân vận khéo", FILLER, "2025-08-08T08:00:00+07:00"),
        _article(9, "Phong trào dân vận khéo", FILLER, "2023-09-09T08:00:00+07:00"),
        _article(10, "Phong trào dân vận khéo", FILLER, "2023-09-09T08:00:00+07:00"),
    ]
    for article in articles:
        assert archive.upsert_article(article, portal) == "new"
    ids = {int(url.rsplit("-", 1)[1].split(".")[0]): article_id
           for article_id, url in archive.conn.execute("SELECT id, url FROM articles")}
    try:
        yield tmp_path / "archive.db", archive, ids
    finally:
        archive.close()


def test_title_matches_rank_above_body_only_matches(stored: tuple[Path, Archive, dict[int, int]]) -> None:
    path, archive, ids = stored
    for refreshed in (False, True):  # pending articles ranked from memory, then from stored postings
        if refreshed:
            assert refresh_ranking(archive.conn).mode == "full"
        conn = reader(path)
        ours = rank(conn, escape_fts("tiep xuc cu tri"), None, 10)
        assert ours == bm25(conn, "tiep xuc cu tri")
        title, sapo, body = {ids[1], ids[2]}, ids[3], {ids[4], ids[5], ids[6]}
        assert set(ours[:2]) == title and ours[2] == sapo and set(ours[3:]) == body
        assert rank(conn, escape_fts('"tiếp xúc cử tri"'), None, 10) == bm25(conn, '"tiếp xúc cử tri"')


def test_ties_rank_newest_first(stored: tuple[Path, Archive, dict[int, int]]) -> None:
    path, archive, ids = stored
    refresh_ranking(archive.conn)
    conn = reader(path)
    ours = rank(conn, escape_fts("dân vận khéo"), None, 10)
    assert ours == [ids[8], max(ids[9], ids[10]), min(ids[9], ids[10]), ids[7]]
    assert ours == bm25(conn, "dân vận khéo")


def test_a_phrase_never_runs_from_one_article_into_the_next(tmp_path: Path) -> None:
    """Texts are scored in batches, joined: "… công tác" ending one title and "Dân vận …" opening
    the next must not make a match (FTS5 would not)."""
    reg = registry.load()
    archive = Archive.open(tmp_path / "archive.db")
    try:
        archive.sync_portals(reg)
        for number, title, body in ((1, "Tổng kết công tác", "Vận động nhân dân tham gia. " + FILLER),
                                    (2, "Dân vận khéo ở phường", FILLER),
                                    (3, "Công tác dân vận năm 2024", FILLER)):
            archive.upsert_article(_article(number, title, body, f"2024-0{number}-01T08:00:00+07:00"),
                                   reg.get("ngoquyen"))
        refresh_ranking(archive.conn)
    finally:
        archive.close()
    conn = reader(tmp_path / "archive.db")
    ids = np.array([r[0] for r in conn.execute("SELECT id FROM articles ORDER BY id")])
    q = '"công tác dân vận"'
    theirs = bm25(conn, q)
    assert theirs == [ids[2]]
    assert rank(conn, escape_fts(q), ids, 10) == theirs  # the three scored from their texts, in one batch
    assert rank(conn, escape_fts(q), None, 10) == theirs


def test_stored_data_stays_current_as_the_store_adds_edits_and_deletes(
        stored: tuple[Path, Archive, dict[int, int]], monkeypatch: pytest.MonkeyPatch) -> None:
    path, archive, ids = stored
    # Three changes are a third of this small archive: past the share that rebuilds everything.
    monkeypatch.setattr(ranking, "REBUILD_SHARE", 0.5)
    portal = registry.load().get("ngoquyen")
    assert refresh_ranking(archive.conn).mode == "full"
    assert archive.conn.execute("SELECT count(*) FROM rank_pending").fetchone()[0] == 0
    q = escape_fts("cu tri")

    def check() -> list[int]:
        conn = reader(path)
        ours = rank(conn, q, None, 20)
        assert ours == bm25(conn, "cu tri")
        conn.close()
        return ours

    # A new article, ranked before any refresh (the serving side reads pending articles itself).
    assert archive.upsert_article(_article(11, "Cử tri kiến nghị, cử tri đồng tình", FILLER,
                                           "2025-10-11T08:00:00+07:00"), portal) == "new"
    new_id = archive.conn.execute("SELECT max(id) FROM articles").fetchone()[0]
    assert check()[0] == new_id
    # An edit: the title no longer mentions "cử tri".
    edited = _article(1, "Phường Máy Chai họp dân", FILLER, "2024-03-01T08:00:00+07:00")
    assert archive.upsert_article(edited, portal) == "updated"
    assert ids[1] not in check()
    # A deletion.
    archive.delete_article(_article(2, "", "", "").url)
    assert ids[2] not in check()
    assert archive.conn.execute("SELECT count(*) FROM rank_pending").fetchone()[0] == 3
    # The refresh writes them as a segment; the ranking stays the same, now from stored postings.
    before = check()
    assert refresh_ranking(archive.conn).mode == "segment"
    assert archive.conn.execute("SELECT count(*) FROM rank_pending").fetchone()[0] == 0
    assert check() == before
    assert refresh_ranking(archive.conn).mode == "current"
    assert refresh_ranking(archive.conn, full=True).mode == "full"
    assert check() == before


def test_a_crawl_sized_batch_is_written_as_a_segment_with_its_words(corpus_copy: Path) -> None:
    """Articles edited since the build: a segment supersedes their old postings, deep lists too."""
    archive = Archive.open(corpus_copy)
    try:
        conn = archive.conn
        edited = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY id DESC LIMIT 60")]
        with archive.transaction():
            for article_id in edited:  # as the store writes an edit: new text under the same rowid
                conn.execute("DELETE FROM articles_fts WHERE rowid = ?", (article_id,))
                conn.execute("INSERT INTO articles_fts (rowid, title, sapo, body) VALUES (?, ?, ?, ?)",
                             (article_id, "website website website", "website", "cac website"))
                conn.execute("UPDATE articles SET content_hash = 'edited' || id WHERE id = ?", (article_id,))
        ranked_pending = rank(reader(corpus_copy), escape_fts("website"), None, 100)
        assert refresh_ranking(conn).mode == "segment"
        for q in ("website", "các", "cac website", "dân vận"):
            ours = rank(reader(corpus_copy), escape_fts(q), None, 100)
            assert agreement(ours, bm25(conn, q, limit=100)) >= MIN_OVERLAP, q
        assert set(rank(reader(corpus_copy), escape_fts("website"), None, 60)) == set(edited)
        assert ranked_pending == rank(reader(corpus_copy), escape_fts("website"), None, 100)
        # The common word's list spans blocks in two segments, its edited articles live in the newer one.
        assert conn.execute("SELECT count(DISTINCT segment), max(block) FROM rank_postings WHERE term = 'cac'"
                            ).fetchone() == (2, 1)
    finally:
        archive.close()


def test_queries_it_does_not_rank_itself_and_bad_input(corpus: Path) -> None:
    conn = reader(corpus)
    # Prefix searches rank with bm25 over the most recent matches, as the page did before.
    prefix = escape_fts("dang*")
    assert parse_match(prefix) is not None and parse_match(prefix)[0].prefix
    assert rank(conn, prefix, None, 20) == bm25(conn, "dang*", limit=20)
    assert windowed(conn, prefix) and not windowed(conn, escape_fts("dân vận"))
    assert windowed(conn, escape_fts(" ".join(f"w{i}" for i in range(ranking.MAX_WORDS + 1))))
    assert rank(conn, escape_fts(""), None, 20) == []
    assert rank(conn, escape_fts("xyzzy khongcotu"), None, 20) == []
    assert rank(conn, escape_fts("các"), None, 0) == []
    assert parse_match("cac OR dang") is None  # not what the search box writes: bm25 over recent matches
    assert rank(conn, "cac OR khiem", None, 5) == bm25(conn, "", limit=5, match="cac OR khiem")
    with pytest.raises(RankingError, match="at least 0"):
        rank(conn, escape_fts("các"), None, -1)
    with pytest.raises(RankingError, match="at least 0"):
        rank(conn, escape_fts("các"), None, 10, after=-5)


def test_too_many_pending_articles_fall_back_until_the_refresh(corpus_copy: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ranking, "TAIL_MAX", 10)
    archive = Archive.open(corpus_copy)
    try:
        with archive.transaction():
            archive.conn.execute("INSERT OR REPLACE INTO rank_pending (article_id) SELECT id FROM articles "
                                 "ORDER BY id DESC LIMIT 11")
        conn = reader(corpus_copy)
        assert windowed(conn, escape_fts("dân vận"))
        assert rank(conn, escape_fts("dân vận"), None, 20) == bm25(conn, "dân vận", limit=20)
        assert refresh_ranking(archive.conn).mode == "segment"
        assert not windowed(conn, escape_fts("dân vận"))
        assert agreement(rank(conn, escape_fts("dân vận"), None, 20), bm25(conn, "dân vận", limit=20)) >= MIN_OVERLAP
    finally:
        archive.close()


def test_an_archive_never_refreshed_falls_back_to_bm25(tmp_path: Path) -> None:
    path = tmp_path / "archive.db"
    build(path, 120, seed=5, log=lambda _: None)
    conn = reader(path)
    assert conn.execute("SELECT count(*) FROM rank_state").fetchone()[0] == 0
    assert windowed(conn, escape_fts("dân vận"))
    assert rank(conn, escape_fts("dân vận"), None, 20) == bm25(conn, "dân vận", limit=20)
