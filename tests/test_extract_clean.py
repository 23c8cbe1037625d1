"""The shared fragment cleaner: paragraphs and images read from a copy of the page's lxml tree.

The expected values are what the cleaner gave when it re-parsed the fragment's HTML with
BeautifulSoup; the lxml reading must give the same."""

from __future__ import annotations

import random

import pytest
from parsel import Selector

from crawler.core.items import Image
from crawler.core.text import fold, normalize_inline
from crawler.extract.clean import (
    body_and_images,
    canonical_href,
    escaped_src,
    first_text,
    is_blank,
    select,
    surely_folds_longer,
)
from tests.helpers import mirror_response

BASE = "https://h.vn/a/"


def _body(fragment: str, **kw) -> tuple[list[str], list[Image]]:
    sel = Selector(text=f"<html><body>{fragment}<p>outside</p></body></html>")
    content = select(sel, "div.c")[0]
    before = sel.get()
    result = body_and_images(content, BASE, drop=(".share",), caption_css=(".image-caption",), **kw)
    assert sel.get() == before  # the page's own tree is left alone
    return result


def test_pre_keeps_its_line_breaks_and_blank_lines_split_it():
    assert _body('<div class="c"><pre>line one\nline two\n\nsecond   block</pre><p>after\n  the pre</p></div>') == (
        ["line one line two", "second block", "after the pre"], [])


def test_a_single_br_joins_lines_two_split_paragraphs():
    assert _body('<div class="c">first<br>second<br><br>third<p>para <b>bold</b>\ntext</p></div>') == (
        ["first second", "third", "para bold text"], [])


def test_text_after_removed_furniture_and_after_blocks_is_kept():
    fragment = ('<div class="c"><p>Before <span class="share">Chia sẻ</span>after the share, <script>x()</script>'
                "and on.</p>tail text<div>block</div>more tail</div>")
    assert _body(fragment) == (["Before after the share, and on.", "tail text", "block", "more tail"], [])


def test_nested_blocks_each_make_a_paragraph():
    assert _body('<div class="c"><div><div><p>deep one</p>loose<div>deep two</div></div>end</div></div>') == (
        ["deep one", "loose", "deep two", "end"], [])


def test_captions_printed_twice_are_one_caption_and_leave_the_body():
    fragment = ('<div class="c"><p><img src="/a b/ảnh.jpg"></p><p class="image-caption">Đồng chí phát biểu.</p>'
                "<p><em>Đồng chí phát biểu.</em></p><p>Body text.</p>"
                '<figure><img data-src="/lazy.jpg" src="/x.gif"><figcaption>Ảnh: <b>Thu</b> Lan</figcaption></figure>'
                '<img src="/c.jpg" alt="An alternative text long enough"></div>')
    assert _body(fragment) == (["Body text."], [
        Image("https://h.vn/lazy.jpg", "Ảnh: Thu Lan"),
        # The src as the HTML serialiser writes it: the URL the extractors always gave.
        Image("https://h.vn/a%20b/%E1%BA%A3nh.jpg", "Đồng chí phát biểu."),
        Image("https://h.vn/c.jpg", "An alternative text long enough"),
    ])


def test_carriage_returns_count_as_newlines():
    assert _body('<div class="c"><pre>a&#13;&#13;b</pre><p>x&#13;y</p></div>') == (["a", "b", "x y"], [])


def test_ruby_annotations_are_not_text_unless_asked_for():
    fragment = ('<div class="c"><p class="image-caption"><ruby>漢<rt>kan</rt></ruby> ji</p>'
                "<p>t<rt>hidden</rt>ext</p></div>")
    assert _body(fragment) == (["text"], [Image("", "漢 ji")])


def test_html_text_is_read_as_written():
    assert body_and_images('<div><p>one</p><img src="/a b.jpg"></div>', BASE) == (
        ["one"], [Image("https://h.vn/a b.jpg", "")])


def test_escaped_src_is_what_the_serialiser_writes():
    assert escaped_src("/plain/a-b_c.jpg?x=1&y=2") == "/plain/a-b_c.jpg?x=1&y=2"
    assert escaped_src(" /ảnh 1.jpg") == "/%E1%BA%A3nh%201.jpg"


@pytest.mark.parametrize("url", [
    "https://kinhtedothi.vn/ban-hanh-ke-hoach-cong-tac-kiem-tra-giam-sat-cua-ub-kiem-tra-dang-uy-so-tt-tt.html",
    "https://sotttt.hanoi.gov.vn/hoat-ong-ang-oan-the/-/view_content/"
    "1443477-day-manh-phong-trao-thi-dua-dan-van-kheo-tren-dia-ban-thanh-pho",
])
def test_selectors_find_what_parsel_finds(url):
    sel = mirror_response(url).selector
    for query in (".article-published-on", ".article-breadcrumb a, .breadcrumb a", "h1.article-title",
                  ".breadcrumb a", "article h1", "[itemprop=articleBody]", "div .article-content",
                  "div.asset-full-content p.sapo", ".asset-full-content h3.header-title", ".sapo-wrapper p.sapo",
                  ".journal-content-article p", "div.dd_chuyenmuc p", ".assetPublishDate"):
        assert select(sel, query) == [s.root for s in sel.css(query)], query
    assert canonical_href(sel) == sel.css('link[rel="canonical"]::attr(href)').get("")
    title = sel.css("h1, div.asset-full-content-title")[0].xpath("string()").get()
    assert first_text(sel, ".no-such-class", "h1, div.asset-full-content-title") == normalize_inline(title)


def test_fold_length_bound_and_blank_test_agree_with_fold_and_normalize():
    alphabet = [*"aăâbcdđeêiouơưyAĐ .,:", "\u0301", "\u0323", "\u200b", "\u00ad", "\xa0", "\t", "\n", "&amp;",
                "&nbsp;", "ﬁ", "한", "が", "\u3099", "İ", "ẞ", "\u2126", "\u00d0", "\u2007", "\ufeff"]
    rng = random.Random(7)
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
        folded = " ".join(fold(text).split())
        for size in range(12):
            if surely_folds_longer(text, size):
                assert len(folded) > size, (text, size)
        assert is_blank(text) == (normalize_inline(text) == ""), text
