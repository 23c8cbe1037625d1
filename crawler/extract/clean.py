"""Furniture removal and text helpers shared by the platform extractors.

The page is parsed once (parsel, on lxml). Field selectors run as compiled XPath on that
tree, and the article fragment is cleaned on a private copy of its subtree (`Fragment`),
so the page's own tree is never changed. The copy is read by the rules the fragment's
HTML was read by when it was re-parsed with BeautifulSoup for cleaning (the fields must
not change): whitespace-only strings count as one space or newline, text inside
script/style/template/rt/rp is no text, a removed element's tail stays a string of its
own, and an image's src is the URL-escaped form the HTML serialiser writes.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable
from functools import cache
from typing import Any
from urllib.parse import urljoin

from lxml import etree
from lxml.html import HtmlElement, document_fromstring, fragment_fromstring
from parsel import Selector, SelectorList
from parsel.csstranslator import css2xpath

from crawler.core.dates import PublishedDate
from crawler.core.items import Article, Image
from crawler.core.text import fold, normalize, normalize_inline

# Never article text, whatever the platform.
ALWAYS_DROP = ("script", "style", "noscript", "iframe", "form", "button", "svg", "input", "select", "template")
_BLOCKS = frozenset({
    "p", "div", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
    "blockquote", "pre", "table", "tr", "figure", "figcaption", "header", "footer", "aside", "center",
})
_CREDIT = re.compile(r"^\(?\s*(?:theo|nguồn)\s*[:\-]?\s*(.+?)\s*\)?\.?$", re.I)
_COUNT = re.compile(r"(?:view count|lượt xem|lượt đọc|số lượt xem)\s*:?\s*([\d.,]+)", re.I)
_COUNT_AFTER = re.compile(r"([\d.,]+)\s*lượt xem", re.I)

# Strings inside these elements are not text (script code, ruby annotations).
_NO_TEXT = frozenset({"script", "style", "template", "rt", "rp"})
# Whitespace-only strings inside these are kept as written; elsewhere they count as one
# newline (when they hold one) or one space.
_KEEP_SPACE = frozenset({"pre", "textarea"})
_ASCII_SPACE = " \n\t\f\r"
_SPACE_RUN = re.compile(r"[ \t\r\n\f]+")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_STRING = etree.XPath("string()", smart_strings=False)
_PRECEDING_IMG = etree.XPath("preceding::img[1]")
_HAS_CR = etree.XPath(
    "boolean(descendant-or-self::text()[contains(., '\r')] | descendant-or-self::*/@*[contains(., '\r')])"
)
_HTML = etree.HTMLParser()


# --- selectors on the page ------------------------------------------------------------


@cache
def compiled_css(query: str) -> etree.XPath:
    """A CSS selector as compiled XPath: the translation parsel's `.css()` runs, compiled once
    (lxml compiles an XPath string again on every call)."""
    return etree.XPath(css2xpath(query), smart_strings=False)


def select(sel: Selector | HtmlElement, query: str) -> list[Any]:
    """What `sel.css(query)` finds: lxml elements, or strings for ::text and ::attr()."""
    root = sel.root if isinstance(sel, Selector) else sel
    plans = _page_plans(query)
    if plans is not None and root.getparent() is None:
        index = _page_index(root)
        found = [f for plan in plans if (f := index.select(plan))]
        if len(found) <= 1:
            return found[0] if found else []
        # Several parts of a union matched: XPath puts them in document order.
    return compiled_css(query)(root)


def first(sel: Selector | HtmlElement, query: str, default: str = "") -> str:
    """`sel.css(query).get(default)` for a query that ends in ::text or ::attr()."""
    found = select(sel, query)
    return found[0] if found else default


# Selectors of a class (optionally under ancestors of a tag, class or attribute, and
# optionally followed by a tag: ".breadcrumb a") are answered from the page's class
# attributes, read once per page: an XPath class query evaluates its predicate on every
# element of the page, which costs more than the rest of an extraction.
_XML_SPACE = re.compile(r"[ \t\r\n]+")  # what XPath's normalize-space() splits on
_CLASS_VALUES = etree.XPath("//@class", smart_strings=False)
_CLASSED = etree.XPath("//*[@class]")
_PAGE_PART = re.compile(r"([a-z][a-z0-9]*)?((?:\.[\w-]+)*)((?:\[[\w-]+=(?:\"[^\"]*\"|'[^']*'|[\w-]+)\])*)")
_PAGE_ATTR = re.compile(r"\[([\w-]+)=(?:\"([^\"]*)\"|'([^']*)'|([\w-]+))\]")
_PagePart = tuple[str | None, tuple[str, ...], tuple[tuple[str, str], ...]]
_PagePlan = tuple[tuple[_PagePart, ...], str | None]


@cache
def _page_plans(query: str) -> tuple[_PagePlan, ...] | None:
    """A plan for each part of a union ("a, b"); None when a part has none."""
    plans = tuple(_page_plan(part) for part in query.split(","))
    return None if any(p is None for p in plans) else plans  # type: ignore[return-value]


def _page_plan(query: str) -> _PagePlan | None:
    """(compounds, trailing tag) for a query the class index answers, else None."""
    parts: list[_PagePart] = []
    for word in query.split():
        match = _PAGE_PART.fullmatch(word)
        if not match or not word:
            return None
        classes = tuple(c for c in match.group(2).split(".") if c)
        attrs = tuple((m.group(1).lower(), next(v for v in m.group(2, 3, 4) if v is not None))
                      for m in _PAGE_ATTR.finditer(match.group(3)))
        parts.append((match.group(1), classes, attrs))
    trailing = None
    if len(parts) > 1 and not parts[-1][1] and not parts[-1][2] and parts[-1][0]:
        trailing = parts.pop()[0]  # ".breadcrumb a": the a elements under the matches
    if not parts or not parts[-1][1] or parts[-1][0]:
        return None  # XPath tests a tag's class only on that tag's elements: cheap enough
    return tuple(parts), trailing


def _part_matches(el: HtmlElement, part: _PagePart) -> bool:
    tag, classes, attrs = part
    if tag is not None and el.tag != tag:
        return False
    if classes:
        have = _XML_SPACE.split(el.get("class") or "")
        if not all(c in have for c in classes):
            return False
    return all(el.get(name) == value for name, value in attrs)


class _PageIndex:
    """The page's class attributes in document order; the elements are fetched only when a
    query matches a class."""

    def __init__(self, root: HtmlElement) -> None:
        self.root = root
        self.values: list[str] = _CLASS_VALUES(root)
        self._elements: list[HtmlElement] | None = None

    def with_class(self, token: str) -> list[HtmlElement]:
        hits = [i for i, value in enumerate(self.values) if token in value and token in _XML_SPACE.split(value)]
        if not hits:
            return []
        if self._elements is None:  # one more walk, for all the queries of the page
            self._elements = _CLASSED(self.root)
        return [self._elements[i] for i in hits]

    def select(self, plan: _PagePlan) -> list[HtmlElement]:
        parts, trailing = plan
        last = parts[-1]
        found = []
        for el in self.with_class(last[1][0]):
            if not _part_matches(el, last):
                continue
            wanted = len(parts) - 2
            if wanted >= 0:
                for ancestor in el.iterancestors():
                    if _part_matches(ancestor, parts[wanted]):
                        wanted -= 1
                        if wanted < 0:
                            break
            if wanted < 0:
                found.append(el)
        if trailing is None:
            return found
        # Descendants of each match; a match inside an earlier one adds nothing new.
        result: list[HtmlElement] = []
        outer: list[HtmlElement] = []
        for el in found:
            if any(o in el.iterancestors() for o in outer):
                continue
            outer.append(el)
            result.extend(el.iterdescendants(trailing))
        return result


_last_index: list[_PageIndex] = []


def _page_index(root: HtmlElement) -> _PageIndex:
    """The class index of the page being read, kept for the page's next query (the extractors
    never change the page's tree: fragments are cleaned on copies)."""
    if not _last_index or _last_index[0].root is not root:
        _last_index[:] = [_PageIndex(root)]
    return _last_index[0]


_HEAD_CANONICAL = etree.XPath("self::html/*[1][self::head]//link[@rel = 'canonical']/@href", smart_strings=False)


def canonical_href(sel: Selector | HtmlElement) -> str:
    """`sel.css('link[rel="canonical"]::attr(href)').get("")`, read from the <head> when the
    page starts with one (nothing precedes the head's links then), so the body is not walked."""
    root = sel.root if isinstance(sel, Selector) else sel
    if root.getparent() is None:
        found = _HEAD_CANONICAL(root)
        if found:
            return found[0]
    return first(root, 'link[rel="canonical"]::attr(href)')


def string_of(node: Any) -> str:
    """XPath string() of an element, as `sel.xpath("string()").get()` (a string is itself)."""
    return node if isinstance(node, str) else _STRING(node)


def text_of(node: Selector | SelectorList | HtmlElement | None) -> str:
    """The node's text on one line, normalised; '' for nothing."""
    if node is None:
        return ""
    if isinstance(node, SelectorList):
        return normalize_inline(" ".join(string_of(n.root) for n in node))
    return normalize_inline(string_of(node.root if isinstance(node, Selector) else node))


def first_text(sel: Selector | HtmlElement, *css: str) -> str:
    """Text of the first selector in `css` that matches something non-empty."""
    for query in css:
        found = select(sel, query)
        if found:
            value = normalize_inline(string_of(found[0]))
            if value:
                return value
    return ""


# What normalize/fold drop: the combining marks fold() removes, and invisible characters.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_VANISHING = re.compile("[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f" + _INVISIBLE + "]")
_INVISIBLE_RUN = re.compile(f"[{_INVISIBLE}]+")


def surely_folds_longer(text: str, size: int) -> bool:
    """True when fold(text), even with its whitespace runs collapsed, is longer than `size`
    characters, known without folding (folding a long paragraph costs more than the rest of
    its cleaning): every character but whitespace, the marks fold() drops and invisible ones
    gives fold() at least one non-space character. False when unsure (entities, which
    unescaping shortens)."""
    if "&" in text:
        return False
    return len("".join(text.split())) - len(_VANISHING.findall(text)) > size


def is_blank(text: str | None) -> bool:
    """normalize_inline(text) == '', known without normalising the whole text."""
    if not text:
        return True
    if "&" in text:
        return not normalize_inline(text)
    return not _INVISIBLE_RUN.sub("", text).strip()


def once(text: str) -> str:
    """A text that the CMS printed several times in a row, kept once."""
    lines = [line for line in normalize(text).split("\n") if line.strip()]
    if len(lines) > 1 and len(set(lines)) == 1:
        return lines[0]
    flat = normalize_inline(text)
    for k in (3, 2):
        size = (len(flat) - (k - 1)) // k
        if size > 10 and all(
            flat[i * (size + 1): i * (size + 1) + size] == flat[:size] for i in range(k)
        ) and len(flat) == k * size + (k - 1):
            return flat[:size]
    return flat if len(lines) <= 1 else " ".join(dict.fromkeys(lines))


def source_credit(line: str) -> str:
    """'Theo CTTĐT' -> 'CTTĐT'; '' when the line is not a credit."""
    match = _CREDIT.match(normalize_inline(line))
    if match and len(match.group(1)) <= 60:
        return match.group(1).rstrip(".")
    return ""


def view_count(text: str) -> int | None:
    """The view count in 'View count: 2192' or '6.889 lượt xem'."""
    line = normalize_inline(text)
    # The labelled form first: in "16:05 Lượt xem: 1.113" the "05" is not the count.
    match = _COUNT.search(line) or _COUNT_AFTER.search(line)
    if not match:
        return None
    digits = re.sub(r"[.,\s]", "", match.group(1))
    return int(digits) if digits.isdigit() else None


# --- selectors inside a fragment ---------------------------------------------------------

# A compound selector: tag, .class and [attr] / [attr=value] parts (descendant combinators only).
_COMPOUND = re.compile(r"([a-zA-Z][\w-]*|\*)?((?:\.[\w-]+|\[[\w-]+(?:=(?:\"[^\"]*\"|'[^']*'|[\w-]+))?\])*)")
_PART = re.compile(r"\.([\w-]+)|\[([\w-]+)(?:=(?:\"([^\"]*)\"|'([^']*)'|([\w-]+)))?\]")
_Compound = tuple[str | None, tuple[str, ...], tuple[tuple[str, str | None], ...]]


@cache
def _parse_css(query: str) -> tuple[_Compound, ...]:
    """'.a p.b[type=X]' -> compounds, outermost first. Only what the extractors' furniture
    lists use; anything else is refused rather than matched differently."""
    compounds: list[_Compound] = []
    for word in query.split():
        match = _COMPOUND.fullmatch(word)
        if not match or not word:
            raise ValueError(f"unsupported selector: {query!r}")
        classes: list[str] = []
        attrs: list[tuple[str, str | None]] = []
        for part in _PART.finditer(match.group(2)):
            if part.group(1):
                classes.append(part.group(1))
            else:
                value = next((v for v in part.group(3, 4, 5) if v is not None), None)
                attrs.append((part.group(2).lower(), value))
        tag = match.group(1)
        compounds.append((tag.lower() if tag and tag != "*" else None, tuple(classes), tuple(attrs)))
    if not compounds:
        raise ValueError(f"unsupported selector: {query!r}")
    return tuple(compounds)


def _compound_matches(el: HtmlElement, compound: _Compound) -> bool:
    tag, classes, attrs = compound
    if tag is not None and el.tag != tag:
        return False
    if classes:
        have = (el.get("class") or "").split()
        if not all(c in have for c in classes):
            return False
    for name, value in attrs:
        found = el.get(name)
        if found is None:
            return False
        # As CSS in HTML documents: the value of `type` is compared case-insensitively.
        if value is not None and (found.lower() != value.lower() if name == "type" else found != value):
            return False
    return True


def _css_matches(el: HtmlElement, compounds: tuple[_Compound, ...]) -> bool:
    if not _compound_matches(el, compounds[-1]):
        return False
    wanted = len(compounds) - 2
    if wanted < 0:
        return True
    for ancestor in el.iterancestors():
        if _compound_matches(ancestor, compounds[wanted]):
            wanted -= 1
            if wanted < 0:
                return True
    return False


# --- the article fragment ----------------------------------------------------------------


def _blank_as_bs4(text: str) -> str:
    """A whitespace-only string as one newline or one space; other strings unchanged."""
    if text.strip(_ASCII_SPACE):
        return text
    return "\n" if "\n" in text else " "


def escaped_src(value: str) -> str:
    """An src attribute as the HTML serialiser writes it (spaces, non-ASCII percent-escaped)."""
    if value.isascii() and value.isprintable() and " " not in value:
        return value  # every printable ASCII character but the space is written as it is
    img = _HTML.makeelement("img")
    img.set("src", value)
    html = etree.tostring(img, method="html", encoding="unicode")
    return fragment_fromstring(html).get("src", "")


class Fragment:
    """A private copy of an article fragment, to cut furniture out of and read paragraphs from.

    The copy sits in <html><body> like a parsed fragment; removed elements leave an empty
    comment that carries their tail, so the text around them stays two strings.
    """

    def __init__(self, source: HtmlElement | Selector | str) -> None:
        if isinstance(source, str):
            self.root = _parse_fragment(source)
            self._escape = False  # a string is read as written
        else:
            element = source.root if isinstance(source, Selector) else source
            clone = copy.deepcopy(element)
            clone.tail = None
            if _HAS_CR(clone):
                _as_read_back(clone)
            self.root = _HTML.makeelement("html")
            etree.SubElement(self.root, "body").append(clone)
            self._escape = True  # the fragment used to be its serialisation
        self._marks: list[Any] = []
        self.refresh()

    def refresh(self) -> None:
        """Note whether any element needs the slow string rules (after removing some)."""
        self._plain = next(self.root.iter(*_NO_TEXT, *_KEEP_SPACE), None) is None

    # reading

    def strings(self, el: HtmlElement) -> list[str]:
        """The text strings under `el`, in order: comments are not text, and neither is what
        script/style/template/rt/rp hold, unless `el` is one of those (then only its kind)."""
        if self._plain:
            return [t if t.strip(_ASCII_SPACE) else ("\n" if "\n" in t else " ") for t in el.itertext()]
        container = None
        keep = False
        for ancestor in el.iterancestors():
            if container is None and ancestor.tag in _NO_TEXT:
                container = ancestor.tag
            keep = keep or ancestor.tag in _KEEP_SPACE
        out: list[str] = []
        _collect_strings(el, out, container, keep, el.tag if el.tag in _NO_TEXT else None)
        return out

    def text(self, el: HtmlElement, sep: str = "") -> str:
        return sep.join(self.strings(el))

    def src(self, img: HtmlElement) -> str | None:
        value = img.get("src")
        return escaped_src(value) if value and self._escape else value

    def attached(self, el: HtmlElement) -> bool:
        """Still in the fragment (not removed, nor inside something removed)."""
        top = el
        for top in el.iterancestors():  # noqa: B007 - the last ancestor is the top
            pass
        return top is self.root

    def select(self, query: str) -> list[HtmlElement]:
        """Elements matching a simple CSS selector (tag, classes, attributes, descendants)."""
        return self._matching((), (query,))

    def _matching(self, tags: Iterable[str], queries: Iterable[str]) -> list[HtmlElement]:
        """Elements of `tags` or matching one of `queries`, in document order."""
        tags = frozenset(tags)
        # A selector whose element must have a class is tried only on elements with that class.
        by_class: dict[str, list[tuple[_Compound, ...]]] = {}
        others: list[tuple[_Compound, ...]] = []
        for query in queries:
            compounds = _parse_css(query)
            classes = compounds[-1][1]
            if classes:
                by_class.setdefault(classes[0], []).append(compounds)
            else:
                others.append(compounds)
        found = []
        for el in self.root.iter():
            tag = el.tag
            if not isinstance(tag, str):
                continue
            if tag in tags:
                found.append(el)
                continue
            candidates = others
            if by_class:
                names = el.get("class")
                if names:
                    candidates = others + [c for name in names.split() for c in by_class.get(name, ())]
            if candidates and any(_css_matches(el, c) for c in candidates):
                found.append(el)
        return found

    # changing

    def decompose(self, el: HtmlElement) -> None:
        """Remove an element and its content; its tail stays, as a string of its own."""
        parent = el.getparent()
        if parent is None:
            return
        mark = etree.Comment("")
        mark.tail = el.tail
        parent.replace(el, mark)
        self._marks.append(mark)

    def drop(self, tags: Iterable[str], queries: Iterable[str]) -> None:
        """Remove every element of `tags` and every match of the CSS `queries`."""
        for el in self._matching(tags, queries):
            if self.attached(el):
                self.decompose(el)
        self.refresh()

    def reparsed(self) -> None:
        """Join the strings that removals left apart, as writing the HTML out and reading it
        back would."""
        for mark in self._marks:
            parent = mark.getparent()
            if parent is None:
                continue
            if mark.tail:
                previous = mark.getprevious()
                if previous is not None:
                    previous.tail = (previous.tail or "") + mark.tail
                else:
                    parent.text = (parent.text or "") + mark.tail
            parent.remove(mark)
        self._marks = []


def _crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _as_read_back(root: HtmlElement) -> None:
    """Carriage returns (from &#13;) as HTML written out and read back has them: newlines.
    (An src is escaped instead, see escaped_src.)"""
    for el in root.iter():
        if isinstance(el.tag, str):
            if el.text and "\r" in el.text:
                el.text = _crlf(el.text)
            for name, value in el.attrib.items():
                if "\r" in value and name != "src":
                    el.set(name, _crlf(value))
        if el.tail and "\r" in el.tail:
            el.tail = _crlf(el.tail)


def _parse_fragment(html: str) -> HtmlElement:
    try:
        return document_fromstring(html)
    except etree.ParserError:  # nothing but whitespace
        root = _HTML.makeelement("html")
        etree.SubElement(root, "body")
        return root


def _collect_strings(el: HtmlElement, out: list[str], container: str | None, keep: bool, wanted: str | None) -> None:
    """Strings under `el` whose innermost script/style/template/rt/rp is `wanted` (None: none)."""
    if el.tag in _NO_TEXT:
        container = el.tag
    keep = keep or el.tag in _KEEP_SPACE
    take = container == wanted
    if el.text and take:
        out.append(el.text if keep else _blank_as_bs4(el.text))
    for child in el:
        if isinstance(child.tag, str):
            _collect_strings(child, out, container, keep, wanted)
        if child.tail and take:
            out.append(child.tail if keep else _blank_as_bs4(child.tail))


def body_and_images(
    fragment: Fragment | HtmlElement | Selector | str,
    base_url: str,
    *,
    drop: Iterable[str] = (),
    caption_css: Iterable[str] = (),
    stop_at: Iterable[str] = (),
    skip: Iterable[str] = (),
) -> tuple[list[str], list[Image]]:
    """Paragraphs and captioned images of an article fragment (an element of the page, which
    is copied first, or HTML; a Fragment is cleaned in place).

    drop: CSS selectors of furniture inside the fragment; caption_css: elements that are
    image captions (taken out of the body, each kept once); stop_at: paragraphs (matched
    accent-free, by prefix) where the article ends and related lists begin; skip: exact
    paragraphs to leave out (share buttons and the like), matched accent-free.
    """
    frag = fragment if isinstance(fragment, Fragment) else Fragment(fragment)
    frag.drop(ALWAYS_DROP, drop)
    images = _take_images(frag, base_url, tuple(caption_css))
    # Line breaks in the HTML source are spaces: only <br> and blocks break paragraphs.
    pieces: list[str] = []
    _paragraph_text(frag.root, pieces, False, False)
    stops = [fold(s) for s in stop_at]
    skips = {fold(s) for s in skip} | {fold(i.caption) for i in images if i.caption}
    longest = max(map(len, skips), default=-1)
    paragraphs: list[str] = []
    for chunk in _PARAGRAPH_BREAK.split("".join(pieces)):
        para = normalize_inline(chunk)
        if not para:
            continue
        if stops or not surely_folds_longer(para, longest):  # else it is no skip nor caption
            key = fold(para)
            if any(key.startswith(s) for s in stops):
                break
            if key in skips:
                continue
        if paragraphs and paragraphs[-1] == para:
            continue
        paragraphs.append(para)
    return paragraphs, images


def _paragraph_text(el: HtmlElement, out: list[str], in_pre: bool, hidden: bool) -> None:
    """The element's text with a newline for each <br> and a blank line around each block."""
    tag = el.tag
    if tag == "br":
        out.append("\n")
        return
    block = tag in _BLOCKS
    if block:
        out.append("\n\n")
    in_pre = in_pre or tag == "pre"
    hidden = hidden or tag in _NO_TEXT
    text = el.text
    if text and not hidden:
        out.append(text if in_pre or "\n" not in text else _SPACE_RUN.sub(" ", text))
    for child in el:
        if isinstance(child.tag, str):
            _paragraph_text(child, out, in_pre, hidden)
        tail = child.tail
        if tail and not hidden:
            out.append(tail if in_pre or "\n" not in tail else _SPACE_RUN.sub(" ", tail))
    if block:
        out.append("\n\n")


def _next_tag(el: HtmlElement) -> HtmlElement | None:
    """The next sibling that is an element (not a comment)."""
    for sibling in el.itersiblings():
        if isinstance(sibling.tag, str):
            return sibling
    return None


def _take_images(frag: Fragment, base_url: str, caption_css: tuple[str, ...]) -> list[Image]:
    """Collect images with their captions and remove the captions from the tree."""
    images: list[Image] = []
    seen: dict[str, Image] = {}

    def add(img: HtmlElement | None, caption: str) -> None:
        src = (img.get("data-src") or frag.src(img)) if img is not None else None
        url = urljoin(base_url, str(src)) if src else ""
        caption = normalize_inline(caption)
        key = url or caption
        if not key:
            return
        if key in seen:
            if caption and not seen[key].caption:
                seen[key].caption = caption
            return
        seen[key] = Image(url, caption)
        images.append(seen[key])

    root = frag.root
    for figure in list(root.iter("figure")):
        if not frag.attached(figure):
            continue  # inside a figure taken already
        cap = next(figure.iter("figcaption"), None)
        add(next(figure.iter("img"), None), frag.text(cap, " ") if cap is not None else "")
        frag.decompose(figure)
    for query in caption_css:
        for cap in frag.select(query):
            if not frag.attached(cap):
                continue
            found = _PRECEDING_IMG(cap)
            text = frag.text(cap, " ")
            # A caption printed twice in a row is one caption.
            line = normalize_inline(text)
            nxt = _next_tag(cap)
            while nxt is not None and normalize_inline(frag.text(nxt, " ")) == line:
                following = _next_tag(nxt)
                frag.decompose(nxt)
                nxt = following
            add(found[0] if found else None, text)
            frag.decompose(cap)
    for img in list(root.iter("img")):
        alt = img.get("alt")
        add(img, alt if alt and len(alt) > 20 else "")
        frag.decompose(img)
    return images


def date_fields(published: PublishedDate | None, raw: str) -> dict[str, Any]:
    """Article keyword arguments for a date line: parsed value, the raw line, time known."""
    if published is None:
        return {"published_at": "", "published_raw": "", "time_known": False}
    return {"published_at": published.value, "published_raw": raw, "time_known": published.time_known}


def join_body(paragraphs: Iterable[str]) -> str:
    return "\n\n".join(paragraphs)


def category_of(crumbs: Iterable[str]) -> str:
    """The article's section: the last breadcrumb that is not the home page ("Trang chủ")."""
    named = [c for c in crumbs if c and fold(c).lower() != "trang chu"]
    return named[-1] if named else ""


def assembled(url: str, *, title: str, sapo: str, author: str, crumbs: Iterable[str],
              published: PublishedDate | None, raw_date: str, paragraphs: Iterable[str], images: list[Image],
              counter: str, extractor: str, **more: Any) -> Article:
    """An Article from the parts a platform's selectors read: section from the breadcrumbs, date
    fields from the date line, the body's paragraphs joined, the view counter's number."""
    return Article(url=url, title=title, sapo=sapo, author=author, category=category_of(crumbs),
                   **date_fields(published, raw_date), body=join_body(paragraphs), images=images,
                   view_count=view_count(counter) if counter else None, extractor=extractor, **more)


# Script elements end at the first "</script" whatever they hold (the HTML parsing rule).
_SCRIPT = re.compile(r"<script\b([^>]*)>.*?</script\s*>", re.I | re.S)
# Data blocks (JSON-LD and the like) are not run, and extractors read dates from them.
_DATA_BLOCK = re.compile(r"""\btype\s*=\s*["']?[^"'\s>]*json""", re.I)


def without_scripts(html: str) -> str:
    """The page without its <script> elements: their code is never article text, even when a
    portal (or an injected payload) puts one inside a title or paragraph. JSON data blocks stay."""
    if "<script" not in html.lower():
        return html
    return _SCRIPT.sub(lambda m: m.group(0) if _DATA_BLOCK.search(m.group(1)) else "", html)
