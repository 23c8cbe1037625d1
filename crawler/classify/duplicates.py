"""Syndicated copies: near-duplicate article texts across (and within) portals.

Portals republish each other ("Theo CTTĐT") with their own furniture, so a copy is
recognised by its text alone: MinHash over 5-word shingles of the folded text (sapo and
body; never the title, which two articles on one event often share), candidates from
MinHash LSH, and a confirmation on the whole signature. Each copy is linked to the
earliest article of its cluster (`duplicate_of`), so an article republished by three
portals counts once.

What is not a copy: the same URL crawled again (that is one article, updated in place),
two articles on the same event (different wording: few 5-word shingles in common), and
short templated notices, which are nearly identical while being different articles.
"""

from __future__ import annotations

import hashlib
import struct
import unicodedata
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from crawler.core.errors import DanvanError
from crawler.core.items import Article

# 5 words: long enough that two reports of one event share few shingles, short enough
# that a changed word or a dropped caption costs only a few.
SHINGLE_WORDS = 5
NUM_PERM = 128  # estimate error about 0.035 at Jaccard 0.8
SEED = 20191227  # fixed: stored signatures must stay comparable across runs
# A copy: estimated Jaccard of the shingle sets at least this ...
JACCARD = 0.8
# ... or the shorter text almost wholly inside the longer one (a copy trimmed of its last
# paragraphs, or given a lead-in), the shorter holding at least MIN_RATIO of the longer's
# shingles, so that one article quoted inside a longer one is not taken for a copy of it.
CONTAINMENT = 0.9
MIN_RATIO = 0.6
# Short texts (notices, one-paragraph items) are often templates: never linked below
# MIN_SHINGLES, and only when nearly identical below SHORT_SHINGLES.
MIN_SHINGLES = 50
SHORT_SHINGLES = 150
SHORT_JACCARD = 0.9
# LSH only proposes candidates; set below the confirmation rules so that trimmed copies
# (Jaccard about 0.55) are proposed too, and weighted against missing a pair.
LSH_THRESHOLD = 0.45
LSH_WEIGHTS = (0.3, 0.7)  # (false positive, false negative)

_MAGIC = b"DVMH"
_VERSION = 1
_HEADER = struct.Struct("<4sBHII")  # magic, version, num_perm, seed, shingle count
# Folding (crawler.core.text.fold) with C-level string operations: đ and its look-alikes ...
_D_LETTERS = (("đ", "d"), ("Đ", "D"), ("ð", "d"), ("Ð", "D"))
# ... then the marks Vietnamese letters decompose into (NFD): tones, breve, circumflex, horn ...
_VIETNAMESE_MARKS = ("\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0306", "\u0302", "\u031b")
# ... and every byte but a-z, 0-9 and "_" separates words.
_SEPARATORS = bytes(c if chr(c) in "abcdefghijklmnopqrstuvwxyz0123456789_" else 32 for c in range(256))
_MASK32 = np.uint64(0xFFFFFFFF)
# Multipliers that combine the words of a shingle into one 64-bit value (odd constants).
_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93,
                 0xFF51AFD7ED558CCD], dtype=np.uint64)


class SignatureError(DanvanError):
    """Bytes that are not a signature of this module (or of other parameters)."""


@dataclass(frozen=True, eq=False)  # compare `to_bytes()`: numpy arrays have no truth value
class Signature:
    """A text's MinHash values and the exact number of distinct shingles it had."""

    hashvalues: np.ndarray  # uint32, NUM_PERM values
    shingles: int

    def to_bytes(self) -> bytes:
        header = _HEADER.pack(_MAGIC, _VERSION, len(self.hashvalues), SEED, self.shingles)
        return header + self.hashvalues.astype("<u4").tobytes()

    def minhash(self) -> LeanMinHash:
        return LeanMinHash(seed=SEED, hashvalues=self.hashvalues, scheme="affine32")

    def jaccard(self, other: Signature) -> float:
        """Estimated Jaccard similarity of the two shingle sets (0 when either is empty)."""
        if not self.shingles or not other.shingles:
            return 0.0
        return float(np.count_nonzero(self.hashvalues == other.hashvalues)) / len(self.hashvalues)

    def containment(self, other: Signature) -> float:
        """Estimated share of the smaller shingle set found in the larger one."""
        jaccard = self.jaccard(other)
        small, large = sorted((self.shingles, other.shingles))
        if not small:
            return 0.0
        common = jaccard * (small + large) / (1 + jaccard)
        return min(1.0, common / small)


def article_text(sapo: str, body: str) -> str:
    """The text a signature is made of: the sapo and the body (not title, captions, credit).

    The sapo is included because one portal prints it apart and another as the body's first
    paragraph."""
    return f"{sapo}\n\n{body}" if sapo else body


def article_signature(article: Article) -> bytes:
    """`signature` of an extracted article's sapo and body."""
    return signature(article_text(article.sapo, article.body))


def words(text: str) -> list[bytes]:
    """The words of `fold(text)` (runs of letters, digits and "_"), as ASCII bytes.

    Same result as `re.findall(r"\\w+", fold(text))` on Vietnamese text, done with C-level
    string operations only: folding a whole text character by character is what made
    signatures slow."""
    for letter, plain in _D_LETTERS:
        text = text.replace(letter, plain)
    text = unicodedata.normalize("NFD", text)
    for mark in _VIETNAMESE_MARKS:
        text = text.replace(mark, "")
    # Anything else outside ASCII (quotes, dashes, other scripts' marks) separates words.
    return text.lower().encode("ascii", "replace").translate(_SEPARATORS).split()


def signature_of(text: str) -> Signature:
    """The MinHash signature of a text: its distinct 5-word shingles of folded words."""
    tokens = words(text)
    if not tokens:
        return Signature(np.full(NUM_PERM, 0xFFFFFFFF, dtype=np.uint32), 0)
    hashes = _shingle_hashes(np.array(list(map(zlib.crc32, tokens)), dtype=np.uint64))
    return Signature(_min_hashes(hashes), len(hashes))


def signature(article_text: str) -> bytes:
    """The signature of a text as bytes, for storage in SQLite (`from_bytes` reads it)."""
    return signature_of(article_text).to_bytes()


def from_bytes(data: bytes) -> Signature:
    """A signature stored by `signature`; SignatureError if it is not one of these parameters."""
    data = bytes(data)
    if len(data) < _HEADER.size:
        raise SignatureError("not a text signature: too short")
    magic, version, num_perm, seed, count = _HEADER.unpack_from(data)
    if magic != _MAGIC or version != _VERSION:
        raise SignatureError("not a text signature of this version")
    if num_perm != NUM_PERM or seed != SEED or len(data) != _HEADER.size + 4 * num_perm:
        raise SignatureError(f"signature made with other parameters ({num_perm} permutations, seed {seed})")
    values = np.frombuffer(data, dtype="<u4", offset=_HEADER.size).astype(np.uint32)
    return Signature(values, count)


def is_copy(a: Signature, b: Signature) -> bool:
    """Whether two signatures are of one text (the rules above, symmetric)."""
    small = min(a.shingles, b.shingles)
    if small < MIN_SHINGLES:
        return False
    jaccard = a.jaccard(b)
    if small < SHORT_SHINGLES:
        return jaccard >= SHORT_JACCARD
    if jaccard >= JACCARD:
        return True
    return small / max(a.shingles, b.shingles) >= MIN_RATIO and a.containment(b) >= CONTAINMENT


@dataclass(frozen=True)
class _Entry:
    order: tuple[int, str, int, str, int]
    url: str
    sig: Signature
    portal: str


class DuplicateIndex:
    """Indexed articles, to find the original an article is a copy of.

    Articles are expected in publication order (a crawl adds what it finds; `link_all`
    sorts). An article is linked to the earliest root among the clusters of the earlier
    articles it is a copy of: a copy of a copy points to the first article."""

    def __init__(self) -> None:
        self._lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM, weights=LSH_WEIGHTS)
        self._entries: dict[int, _Entry] = {}
        self._original: dict[int, int] = {}  # copy id -> root id

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, article_id: int) -> bool:
        return article_id in self._entries

    def add(self, article_id: int, sig: bytes | Signature, published_at: str, portal: str, url: str,
            duplicate_of: int | None = None) -> None:
        """Index one article; `duplicate_of` is its known original (from `find_original` or
        the archive), so later copies of it point to that root."""
        parsed = sig if isinstance(sig, Signature) else from_bytes(sig)
        if article_id in self._lsh:
            self._lsh.remove(article_id)
        self._entries[article_id] = _Entry(_order(published_at, url, article_id), _url_key(url), parsed, portal)
        if parsed.shingles >= MIN_SHINGLES:  # shorter texts are never linked: keep them out
            self._lsh.insert(article_id, parsed.minhash(), check_duplication=False)
        if duplicate_of is not None and duplicate_of != article_id:
            self._original[article_id] = self.root(duplicate_of)
        else:
            self._original.pop(article_id, None)

    def root(self, article_id: int) -> int:
        """The first article of the cluster `article_id` belongs to (itself if none)."""
        seen = {article_id}
        while article_id in self._original:
            article_id = self._original[article_id]
            if article_id in seen:
                break  # a cycle from inconsistent input: stop rather than loop
            seen.add(article_id)
        return article_id

    def copies(self, sig: bytes | Signature, url: str, exclude: int | None = None) -> list[int]:
        """Indexed articles that `sig` is a copy of (any date), excluding the same URL."""
        parsed = sig if isinstance(sig, Signature) else from_bytes(sig)
        if parsed.shingles < MIN_SHINGLES:
            return []
        key = _url_key(url)
        found = []
        for candidate in self._lsh.query(parsed.minhash()):
            entry = self._entries[candidate]
            if candidate != exclude and entry.url != key and is_copy(parsed, entry.sig):
                found.append(candidate)
        return found

    def find_original(self, sig: bytes | Signature, published_at: str, url: str,
                      article_id: int | None = None) -> int | None:
        """The earliest indexed article (by published_at, then URL) this one is a copy of,
        published before it (the root of its cluster); None when it is an original.

        Between equal dates the first URL comes first (an article not yet stored after any)."""
        own = _order(published_at, url, article_id)
        roots = set()
        for candidate in self.copies(sig, url, exclude=article_id):
            if self._entries[candidate].order < own:
                roots.add(self.root(candidate))
        if article_id is not None:
            roots.discard(article_id)
        if not roots:
            return None
        # A root known only as a stored duplicate_of (not indexed itself) sorts first.
        return min(roots, key=lambda r: self._entries[r].order if r in self._entries else (-1, "", 0, "", r))

    def later_copies(self, sig: bytes | Signature, published_at: str, url: str,
                     article_id: int | None = None) -> list[int]:
        """Indexed copies published after this article: when an original is crawled after
        its copies, these (and their own copies) should point to it."""
        own = _order(published_at, url, article_id)
        return sorted((c for c in self.copies(sig, url, exclude=article_id) if self._entries[c].order > own),
                      key=lambda c: self._entries[c].order)


def link_all(rows: Iterable[tuple[int, str, str, bytes | Signature]]) -> dict[int, int]:
    """Links of a whole set of (id, published_at, url, signature): copy id -> original id.

    Articles are taken in publication order (then URL, so the order they were stored in does
    not decide between copies of the same time); each copy points to the earliest article
    of its cluster. Originals are not in the result."""
    ordered = sorted(rows, key=lambda row: _order(row[1], row[2], row[0]))
    index = DuplicateIndex()
    links: dict[int, int] = {}
    for article_id, published_at, url, sig in ordered:
        parsed = sig if isinstance(sig, Signature) else from_bytes(sig)
        original = index.find_original(parsed, published_at, url, article_id)
        if original is not None:
            links[article_id] = original
        index.add(article_id, parsed, published_at, "", url, duplicate_of=original)
    return links


@cache
def band_shape() -> tuple[int, int]:
    """(bands, rows per band) of the LSH index: datasketch's choice for the threshold and weights."""
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM, weights=LSH_WEIGHTS)
    return lsh.b, lsh.r


def band_keys(sig: bytes | Signature) -> list[tuple[int, int]]:
    """(band, key) of a signature, as stored in `article_bands`; none for a text too short to link.

    Two articles that share a key are candidates, as in the in-memory LSH index.
    """
    parsed = sig if isinstance(sig, Signature) else from_bytes(sig)
    if parsed.shingles < MIN_SHINGLES:
        return []
    bands, rows = band_shape()
    values = parsed.hashvalues.astype("<u4")
    keys = []
    for band in range(bands):
        digest = hashlib.blake2b(values[band * rows:(band + 1) * rows].tobytes(), digest_size=8).digest()
        keys.append((band, int.from_bytes(digest, "little", signed=True)))
    return keys


# --- internals ------------------------------------------------------------------------


@cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """datasketch's permutations for NUM_PERM and SEED, as columns (made once: slow)."""
    a, b = MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32").permutations
    return a.astype(np.uint32), b.astype(np.uint32)


def _min_hashes(hashes: np.ndarray) -> np.ndarray:
    """What datasketch's MinHash(scheme="affine32").update_batch computes for these 32-bit
    input hashes (MurmurHash3's finalizer, then a*h+b mod 2^32, the minimum per permutation),
    without its per-value Python calls; a test checks the two agree."""
    h = hashes.astype(np.uint32).reshape(-1, 1)
    h ^= h >> np.uint32(16)
    h *= np.uint32(0x85EBCA6B)
    h ^= h >> np.uint32(13)
    h *= np.uint32(0xC2B2AE35)
    h ^= h >> np.uint32(16)
    a, b = _permutations()
    return (h * a + b).min(axis=0)


def _shingle_hashes(words: np.ndarray) -> np.ndarray:
    """Distinct 32-bit hashes of the 5-word shingles, from the words' CRC32 values
    (a text of fewer words is one shingle)."""
    # Spread each CRC over 64 bits first: CRC is linear, the combination below is not.
    words = (words + np.uint64(0x632BE59BD9B4E019)) * np.uint64(0x9E3779B97F4A7C15)
    words ^= words >> np.uint64(29)
    span = min(SHINGLE_WORDS, len(words))
    count = len(words) - span + 1
    combined = np.zeros(count, dtype=np.uint64)
    for offset in range(span):  # an order-sensitive combination of the span's words
        combined ^= words[offset:offset + count] * _MIX[offset]
        combined = (combined << np.uint64(13)) | (combined >> np.uint64(51))
    combined ^= combined >> np.uint64(32)
    combined *= np.uint64(0xD6E8FEB86659FD93)
    combined ^= combined >> np.uint64(32)
    return np.unique(combined & _MASK32)


def _order(published_at: str, url: str, article_id: int | None) -> tuple[int, str, int, str, int]:
    """Sort key: dated articles by date (ISO strings of one offset sort as times), then URL
    (then id); undated last; an article without id after every stored one of the same date."""
    dated = 0 if published_at else 1
    unstored = 1 if article_id is None else 0
    return (dated, published_at or "", unstored, url, article_id if article_id is not None else 1 << 62)


def _url_key(url: str) -> str:
    """The URL with what does not change the page dropped (scheme, www., case of the host,
    trailing slash, fragment): two spellings of one page are one article, not a copy."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.")
    path = parts.path.rstrip("/") or "/"
    return f"{host}{path}" + (f"?{parts.query}" if parts.query else "")
