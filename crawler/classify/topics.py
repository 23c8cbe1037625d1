"""The topic taxonomy: one editable data file (taxonomy.toml), loaded, validated and compiled.

Phrases are matched on folded text (accents, tone placement and đ ignored, lower case) at
word boundaries; punctuation counts as a word break, so "chính trị - xã hội" and "chính
trị-xã hội" are the same phrase. Every phrase of a taxonomy, for relevance and for every
topic, is compiled once into a single regex, so an article is scanned once per field.
"""

from __future__ import annotations

import os
import re
import tomllib
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from crawler.core.errors import DanvanError
from crawler.core.items import Article

DEFAULT_PATH = Path(__file__).with_name("taxonomy.toml")
ENV_VAR = "DANVAN_TAXONOMY"
FIELDS = ("title", "sapo", "body")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# After NFD, Vietnamese is ASCII letters plus combining marks (U+0300-U+036F); anything else
# non-ASCII (quotes, dashes, bullets) separates words, except invisible characters.
_OTHER = re.compile("[^\x00-\x7f\u0300-\u036f]")
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
# ASCII letters to lower case, digits kept, every other byte a space
_BYTES = bytes(c + 32 if 65 <= c <= 90 else c if 48 <= c <= 57 or 97 <= c <= 122 else 32 for c in range(256))


class TaxonomyError(DanvanError):
    """A taxonomy file that cannot be used; the message is one line naming file, topic and problem."""


@dataclass(frozen=True)
class Rules:
    """Weighted phrases (keys folded, see `match_key`), title exclusions and a minimum score."""

    phrases: dict[str, float]
    display: dict[str, str]  # folded key -> the phrase as the file writes it (for reasons)
    exclude: tuple[str, ...] = ()  # folded keys; any of them in the title vetoes
    min_score: float = 0.0


@dataclass(frozen=True)
class Topic:
    slug: str
    label: str
    description: str
    rules: Rules


@dataclass(frozen=True)
class TopicScore:
    slug: str
    score: float


@dataclass(frozen=True)
class Scoring:
    """How matches become points: a weight per field, and diminishing returns for repeats."""

    weights: dict[str, float]
    decay: float  # the 2nd match of a phrase in a field counts `decay` times the 1st, and so on
    max_repeats: int  # matches beyond this many in one field count nothing
    repeat_points: tuple[float, ...] = field(init=False, repr=False)  # points() for 0..max_repeats

    def __post_init__(self) -> None:
        table = tuple(sum(self.decay**i for i in range(n)) for n in range(self.max_repeats + 1))
        object.__setattr__(self, "repeat_points", table)


@dataclass(frozen=True, eq=False)
class Taxonomy:
    path: Path
    threshold: float
    scoring: Scoring
    relevance: Rules
    topics: tuple[Topic, ...]
    _matcher: _Matcher = field(repr=False, compare=False, default=None)  # type: ignore[assignment]

    def counts(self, article: Article) -> dict[str, Counter[str]]:
        """Matches per field: {"title": Counter({folded phrase: n}), "sapo": ..., "body": ...}."""
        return self._matcher.counts(article)

    def topic(self, slug: str) -> Topic:
        for topic in self.topics:
            if topic.slug == slug:
                return topic
        raise KeyError(slug)


def match_key(text: str) -> str:
    """The form phrases and text are compared in: crawler.core.text.fold's (no accents, đ -> d,
    lower case) with every run of non-letters and non-digits one space.

    Written for speed (this is most of the cost of classifying): NFD, then dropping the
    combining marks by encoding to ASCII, instead of fold's per-character loop."""
    text = text.replace("đ", "d").replace("Đ", "d").replace("\u00d0", "d").replace("\u00f0", "d")
    text = _OTHER.sub(_separator, unicodedata.normalize("NFD", text))
    return " ".join(text.encode("ascii", "ignore").translate(_BYTES).decode("ascii").split())


def _separator(match: re.Match[str]) -> str:
    return "" if match.group() in _INVISIBLE else " "


def field_texts(article: Article) -> dict[str, str]:
    """The article's text per scored field; the kicker reads as part of the title."""
    title = f"{article.kicker} {article.title}" if article.kicker else article.title
    return {"title": title, "sapo": article.sapo, "body": article.body}


def points(count: int, scoring: Scoring) -> float:
    """What `count` matches of one phrase in one field are worth, for a phrase weight of 1."""
    return scoring.repeat_points[min(count, scoring.max_repeats)]


Part = tuple[str, str, int, float]  # field, folded phrase, matches, points


def rule_parts(counts: dict[str, Counter[str]], rules: Rules, scoring: Scoring) -> list[Part]:
    """What each phrase of one rule set found in each field is worth; the score is their sum."""
    parts = []
    phrases = rules.phrases
    for name in FIELDS:
        found = counts[name]
        # walk the shorter of the two: most fields match few of a rule set's phrases
        pairs = ((k, found[k]) for k in phrases if k in found) if len(phrases) < len(found) else (
            (k, n) for k, n in found.items() if k in phrases)
        for key, n in pairs:
            parts.append((name, key, n, scoring.weights[name] * phrases[key] * points(n, scoring)))
    return parts


def excluded_by(counts: dict[str, Counter[str]], rules: Rules) -> str | None:
    """The first exclusion phrase found in the title, if any."""
    return next((key for key in rules.exclude if counts["title"].get(key)), None)


def assign_topics(article: Article, taxonomy: Taxonomy | None = None) -> list[TopicScore]:
    """Every topic whose score reaches its minimum and whose exclusions are absent; best first."""
    taxonomy = taxonomy or load_taxonomy()
    counts = taxonomy.counts(article)
    found = []
    for topic in taxonomy.topics:
        if excluded_by(counts, topic.rules):
            continue
        score = sum(part[3] for part in rule_parts(counts, topic.rules, taxonomy.scoring))
        if score > 0 and score >= topic.rules.min_score:
            found.append(TopicScore(topic.slug, round(score, 3)))
    found.sort(key=lambda t: (-t.score, t.slug))
    return found


# --- loading ---------------------------------------------------------------------------

_cache: dict[tuple[str, int, int], Taxonomy] = {}


def load_taxonomy(path: str | os.PathLike[str] | None = None) -> Taxonomy:
    """The taxonomy at `path`; by default $DANVAN_TAXONOMY or the shipped taxonomy.toml.

    Loaded once per file version (path, size, mtime), so callers may call it per article."""
    chosen = Path(path or os.environ.get(ENV_VAR) or DEFAULT_PATH)
    if chosen == DEFAULT_PATH and not DEFAULT_PATH.is_file():
        # Run from a zipped egg (Scrapyd): the shipped file is package data, not a file on disk.
        key = ("package:" + DEFAULT_PATH.name, 0, 0)
        if key not in _cache:
            _cache[key] = parse_taxonomy(resources.files(__package__).joinpath(DEFAULT_PATH.name).read_bytes(), chosen)
        return _cache[key]
    try:
        stat = chosen.stat()
    except OSError as exc:
        raise TaxonomyError(f"{chosen}: cannot read the taxonomy ({exc.strerror or exc})") from None
    key = (str(chosen.resolve()), stat.st_size, stat.st_mtime_ns)
    if key not in _cache:
        _cache[key] = parse_taxonomy(chosen.read_bytes(), chosen)
    return _cache[key]


def parse_taxonomy(raw: bytes | str, path: Path = DEFAULT_PATH) -> Taxonomy:
    """Validate and compile a taxonomy document; `path` names it in error messages."""
    text = raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else raw
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        where = _topic_around(text, str(exc))
        raise TaxonomyError(f"{path}: {where}not valid TOML: {_one_line(str(exc))}") from None
    _known(data, {"relevance", "topic"}, path, "the file")
    rel = data.get("relevance")
    if not isinstance(rel, dict):
        raise TaxonomyError(f"{path}: the [relevance] section is missing")
    _known(rel, {"threshold", "weights", "decay", "max_repeats", "phrases", "exclude"}, path, "[relevance]")
    where = "[relevance]"
    if "threshold" not in rel:
        raise TaxonomyError(f"{path}: {where}: missing threshold")
    threshold = _number(rel["threshold"], path, where, "threshold")
    weights = rel.get("weights", {"title": 3, "sapo": 2, "body": 1})
    if not isinstance(weights, dict):
        raise TaxonomyError(f"{path}: {where}: weights must be a table of title, sapo and body")
    _known(weights, set(FIELDS), path, f"{where} weights")
    scoring = Scoring(
        weights={name: _number(weights.get(name, 0), path, where, f"weight of {name}") for name in FIELDS},
        decay=_number(rel.get("decay", 0.5), path, where, "decay"),
        max_repeats=int(_number(rel.get("max_repeats", 5), path, where, "max_repeats")),
    )
    if not 0 <= scoring.decay <= 1:
        raise TaxonomyError(f"{path}: {where}: decay must be between 0 and 1, not {scoring.decay}")
    if scoring.max_repeats < 1:
        raise TaxonomyError(f"{path}: {where}: max_repeats must be at least 1")
    relevance = _rules(rel, path, where, with_min=False)
    if not relevance.phrases:
        raise TaxonomyError(f"{path}: {where}: no phrases")

    topics: list[Topic] = []
    raw_topics = data.get("topic", [])
    if not isinstance(raw_topics, list):
        raise TaxonomyError(f"{path}: topics must be [[topic]] entries")
    for number, entry in enumerate(raw_topics, 1):
        if not isinstance(entry, dict):
            raise TaxonomyError(f"{path}: topic #{number} is not a table")
        slug = entry.get("slug")
        where = f"topic #{number}" if not isinstance(slug, str) or not slug else f"topic {slug!r}"
        _known(entry, {"slug", "label", "description", "phrases", "exclude", "min_score"}, path, where)
        if not isinstance(slug, str) or not slug.strip():
            raise TaxonomyError(f"{path}: {where}: missing slug")
        if not _SLUG.match(slug):
            raise TaxonomyError(f"{path}: {where}: slug must be lower-case letters, digits and dashes")
        if any(t.slug == slug for t in topics):
            raise TaxonomyError(f"{path}: {where}: duplicate slug")
        label = entry.get("label")
        if not isinstance(label, str) or not label.strip():
            raise TaxonomyError(f"{path}: {where}: missing label")
        description = entry.get("description", "")
        if not isinstance(description, str):
            raise TaxonomyError(f"{path}: {where}: description must be text")
        rules = _rules(entry, path, where, with_min=True)
        if not rules.phrases:
            raise TaxonomyError(f"{path}: {where}: no phrases")
        topics.append(Topic(slug, label.strip(), " ".join(description.split()), rules))

    taxonomy = Taxonomy(path=path, threshold=threshold, scoring=scoring, relevance=relevance, topics=tuple(topics))
    object.__setattr__(taxonomy, "_matcher", _Matcher(taxonomy))
    return taxonomy


def _rules(entry: dict[str, Any], path: Path, where: str, *, with_min: bool) -> Rules:
    phrases = entry.get("phrases", {})
    if not isinstance(phrases, dict):
        raise TaxonomyError(f'{path}: {where}: phrases must be a table of "phrase" = weight')
    folded: dict[str, float] = {}
    display: dict[str, str] = {}
    for phrase, weight in phrases.items():
        key = match_key(phrase)
        if not key:
            raise TaxonomyError(f"{path}: {where}: empty phrase {phrase!r}")
        number = _number(weight, path, where, f"weight of phrase {phrase!r}")
        if key in folded:
            raise TaxonomyError(f"{path}: {where}: phrase {phrase!r} repeats {display[key]!r} (accents are ignored)")
        folded[key], display[key] = number, phrase
    exclude = entry.get("exclude", [])
    if not isinstance(exclude, list) or not all(isinstance(p, str) for p in exclude):
        raise TaxonomyError(f"{path}: {where}: exclude must be a list of phrases")
    excluded = []
    for phrase in exclude:
        key = match_key(phrase)
        if not key:
            raise TaxonomyError(f"{path}: {where}: empty phrase {phrase!r} in exclude")
        excluded.append(key)
        display.setdefault(key, phrase)
    min_score = _number(entry.get("min_score", 0), path, where, "min_score") if with_min else 0.0
    return Rules(phrases=folded, display=display, exclude=tuple(excluded), min_score=min_score)


def _number(value: Any, path: Path, where: str, what: str) -> float:
    # bool is an int in Python; `true` as a weight is a mistake, not 1.
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TaxonomyError(f"{path}: {where}: {what} must be a number, not {value!r}")
    return float(value)


def _known(table: dict[str, Any], allowed: set[str], path: Path, where: str) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        expected = ", ".join(sorted(allowed))
        raise TaxonomyError(f"{path}: {where}: unknown key {unknown[0]!r} (expected one of {expected})")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _topic_around(text: str, error: str) -> str:
    """'topic 'slug': ' for a syntax error inside a [[topic]] entry (tomllib names the line)."""
    found = re.search(r"at line (\d+)", error)
    if not found:
        return ""
    lines = text.splitlines()
    line = int(found.group(1))
    start = next((i for i in range(min(line, len(lines)) - 1, -1, -1) if lines[i].strip() == "[[topic]]"), None)
    if start is None:
        return ""
    for entry_line in lines[start + 1:]:
        if entry_line.strip() == "[[topic]]":
            break
        slug = re.match(r"\s*slug\s*=\s*\"([^\"]*)\"", entry_line)
        if slug:
            return f"topic {slug.group(1)!r}: "
    return ""


# --- matching --------------------------------------------------------------------------


class _Matcher:
    """All phrases of a taxonomy in one regex over match-key text.

    The regex is a zero-width lookahead tried at every word start, so phrases that overlap
    are all found; at one start the longest phrase wins and every shorter phrase that is a
    word prefix of it is credited too ("dân vận khéo" also counts "dân vận")."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        keys = set(taxonomy.relevance.phrases) | set(taxonomy.relevance.exclude)
        for topic in taxonomy.topics:
            keys |= set(topic.rules.phrases) | set(topic.rules.exclude)
        self.prefixes = {key: [other for other in keys if key == other or key.startswith(other + " ")]
                         for key in keys}
        self.regex = re.compile(r" (?=(" + _trie_pattern(sorted(keys)) + r") )")
        self._last: tuple[tuple[str, ...], dict[str, Counter[str]]] | None = None

    def counts(self, article: Article) -> dict[str, Counter[str]]:
        texts = field_texts(article)
        memo = tuple(texts.values())
        # relevance and topics of one article share one scan
        if self._last is not None and self._last[0] == memo:
            return self._last[1]
        result = {name: self.scan(text) for name, text in texts.items()}
        self._last = (memo, result)
        return result

    def scan(self, text: str) -> Counter[str]:
        found: Counter[str] = Counter()
        if not text:
            return found
        for longest, n in Counter(self.regex.findall(f" {match_key(text)} ")).items():
            for key in self.prefixes[longest]:
                found[key] += n
        return found


def _trie_pattern(words: list[str]) -> str:
    """A regex matching any of `words`, longest first, factored as a trie (fast to try)."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _node_pattern(trie)


def _node_pattern(node: dict[str, Any]) -> str:
    ends = "" in node
    branches = [re.escape(char) + _node_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        # a phrase may end here; the greedy optional tries the longer phrase first
        return "(?:" + body + ")?" if len(branches) > 1 or len(body) > 1 else body + "?"
    return body
