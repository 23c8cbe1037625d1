"""Mirror pages of two Hà Nội district portals of the Liferay 6.2 generation (about 2014-2023).

The markup copies the real Liferay copy served for sotttt.hanoi.gov.vn (its page
structure and furniture, not its text): `html.aui`, `lfr-css-file` links with `b=6201`,
the point-portal header with `#point_portal_egov_date` (here holding the site-wide "today"
line), the `dd_chuyenmuc` category label, asset publisher 101, the right column's
portlets and the footer.

URL schemes (see the notes on the real portals):
- listing `/cong-tac-dang`, further pages through the asset publisher's query
  `/cong-tac-dang?p_p_id=101&...&_101_delta=N&...&_101_cur=N`;
- articles `/cong-tac-dang/-/view_content/{assetEntryId}-{urlTitle}` (no extension).

Cầu Giấy carries seed 003 (the "CÔNG TÁC ĐẢNG" label, the date line
"Ngày đăng 17/08/2018 | 23:40  | View count: 2192", the "Một số hình ảnh:" gallery and the
signature "BAN DÂN VẬN QUẬN ỦY") and prints times on a 24-hour clock, with entity-encoded
editor HTML; Hoàng Mai prints 12-hour times ("12:00 AM" where no time was entered).
Cầu Giấy also republishes seed 001 (first seen on the unidentified portal of
build_generic, 27/12/2019 01:44 PM) the next morning, as portals do with the city portal's
news: the same paragraphs and captions, verbatim, in this portal's markup, credited
"Theo CTTĐT" — the mirror's syndicated copy. Every other article is a real text of the
corpus, dated from its real date line.

caugiay.hanoi.gov.vn also serves today's ward portal (another platform). This module owns
the host directory (it is in HOSTS, so the build clears it first) and, after writing the
district portal's paths, asks `build_hanoi_current` to write the ward portal's paths, so
the host is complete whichever builder runs last.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from datetime import datetime, timedelta
from html.entities import codepoint2name
from pathlib import Path

from crawler.mirror import SITES, build_generic, build_hanoi_current
from crawler.mirror.build_hanoi_current import Block, corpus_blocks, digest, share_corpus
from crawler.mirror.corpus import CorpusArticle, seed_text
from crawler.mirror.pages import esc, slugify, write_page

HOSTS = ("caugiay.hanoi.gov.vn", "hoangmai.hanoi.gov.vn")

# The header's "today" line, frozen like the tests' clock: never a publication date.
TODAY = "Thứ Hai, 23/11/2026"
# Asset publisher 101's page links, as Liferay 6.2 writes them.
PAGE_QUERY = (
    "p_p_id=101&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-1&p_p_col_pos=1"
    "&p_p_col_count=2&_101_delta={delta}&_101_keywords=&_101_advancedSearch=false&_101_andOperator=true"
    "&p_r_p_564233524_resetCur=false&_101_cur={page}"
)
CMS_ACCOUNTS = ("admin admin", "Pho Ban bien tap", "Ad Min", "To Thu Ky")
# An editor's account named in full (as on the real copy): the only name on an unsigned story.
NAMED_ACCOUNT = "Phạm Văn Linh"
SEED_ID = 2618352
_EPOCH = datetime(1970, 1, 1)
# CKEditor (Liferay's editor) writes Latin-1 letters and typographic quotes as entities.
_ENTITIES = {cp: f"&{name};" for cp, name in codepoint2name.items()
             if 0xC0 <= cp <= 0xFF or name in ("nbsp", "ldquo", "rdquo", "lsquo", "rsquo", "hellip", "ndash", "mdash")}


@dataclass(frozen=True)
class Site:
    host: str
    name: str  # "Cổng thông tin điện tử quận Cầu Giấy"
    owner: str
    category: str  # URL slug of the category page
    label: str  # the category as the portal names it (in <title>)
    label_html: str  # the label above the title as written in the page
    delta: int  # articles per listing page
    clock: str  # "24h" or "12h"
    entities: bool  # CKEditor entity-encoding and line wrapping in article bodies
    group_id: int
    plid: int
    visits: int

    @property
    def listing_url(self) -> str:
        return f"https://{self.host}/{self.category}"

    def page_url(self, page: int) -> str:
        return self.listing_url + "?" + PAGE_QUERY.format(delta=self.delta, page=page)


@dataclass(frozen=True)
class Story:
    id: int
    title: str
    when: datetime
    time_entered: bool  # False: imported without a time (shown as midnight)
    sapo: str
    blocks: tuple[Block, ...]
    signature: str = ""
    account: str = "admin admin"
    views: int = 0
    sapo_repeats: int = 1  # the CMS sometimes prints the sapo several times
    lead_photo: bool = True
    gallery_heading: str = ""  # "Một số hình ảnh:" before the trailing photos


CAU_GIAY = Site("caugiay.hanoi.gov.vn", "Cổng thông tin điện tử quận Cầu Giấy", "Ủy ban nhân dân quận Cầu Giấy",
                "cong-tac-dang", "Công tác Đảng", "Công tác Đảng", 10, "24h", True, 1218937, 1219502, 3865214)
HOANG_MAI = Site("hoangmai.hanoi.gov.vn", "Cổng thông tin điện tử quận Hoàng Mai",
                 "Ủy ban nhân dân quận Hoàng Mai", "cong-tac-dang", "Công tác Đảng", "CÔNG TÁC ĐẢNG", 5, "12h",
                 False, 1351277, 1352810, 2741093)


def url_of(site: Site, story: Story) -> str:
    return f"https://{site.host}/{site.category}/-/view_content/{story.id}-{slugify(story.title, 150)}"


def seed_story() -> Story:
    """Seed 003 split into its parts: label, title, date line, paragraphs, gallery, signature."""
    lines = [line.rstrip() for line in seed_text("003").split("\n") if line.strip()]
    label, title, date_line = lines[0], lines[1], lines[2]
    assert label == CAU_GIAY.label.upper(), "seed 003's category label changed"
    gallery = lines.index("Một số hình ảnh:")
    paragraphs, captions, signature = lines[3:gallery], lines[gallery + 1:-1], lines[-1]
    stamp = re.match(r"Ngày đăng (\d{2})/(\d{2})/(\d{4}) \| (\d{2}):(\d{2})\s+\|\s*View count: (\d+)$", date_line)
    assert stamp is not None and len(captions) == 2 and signature == "BAN DÂN VẬN QUẬN ỦY"
    day, month, year, hour, minute, views = (int(g) for g in stamp.groups())
    blocks = tuple(Block("p", p) for p in paragraphs) + tuple(Block("img", c) for c in captions)
    return Story(
        id=SEED_ID, title=title, when=datetime(year, month, day, hour, minute), time_entered=True, sapo="",
        blocks=blocks, signature=signature, account="admin admin", views=views, lead_photo=False,
        gallery_heading=lines[gallery],
    )


# When Cầu Giấy republished seed 001: the morning after the original.
SYNDICATED_WHEN = datetime(2019, 12, 28, 8, 15)


def syndicated_story() -> Story:
    """Seed 001 as Cầu Giấy republished it: its paragraphs (sub-headings included) and
    captions in the original's order, credited "Theo CTTĐT" on the right like a signature."""
    post = build_generic.seed_post()
    blocks = tuple(Block("img" if kind == "image" else "p", text.strip())
                   for kind, text in post.blocks if kind != "blank")
    return Story(
        id=SEED_ID + (SYNDICATED_WHEN - seed_story().when).days * 37 + digest("001", 30),
        title=post.title, when=SYNDICATED_WHEN, time_entered=True, sapo="", blocks=blocks,
        signature=post.credit, account="admin admin", views=1375,
    )


def when_of(article: CorpusArticle) -> tuple[datetime, bool]:
    """The real date line's date and time, and whether a time was entered (not 12:00 AM)."""
    m = re.match(r"(\d{2})/(\d{2})/(\d{4}) \| (\d{1,2}):(\d{2}) ([AP]M)", article.date_line)
    if not m:
        raise ValueError(f"unexpected date line {article.date_line!r}")
    day, month, year, hour, minute = (int(g) for g in m.groups()[:5])
    hour = hour % 12 + (12 if m.group(6) == "PM" else 0)
    return datetime(year, month, day, hour, minute), (hour, minute) != (0, 0)


def corpus_stories(articles: list[CorpusArticle], base_id: int, anchor: datetime) -> list[Story]:
    """Stories from corpus articles; ids grow with the date like Liferay's entry ids."""
    stories = []
    triple_done = False
    for article in articles:
        when, entered = when_of(article)
        key = int(article.key)
        # One story shows the sapo printed three times, as the real portal sometimes does.
        triple = bool(article.sapo) and not triple_done and key % 3 == 0
        triple_done = triple_done or triple
        stories.append(Story(
            id=base_id + (when - anchor).days * 37 + digest(article.key, 30),
            title=article.title, when=when, time_entered=entered, sapo=article.sapo,
            blocks=corpus_blocks(article), signature=article.author,
            account=(NAMED_ACCOUNT if not article.author and when.year >= 2021
                     else CMS_ACCOUNTS[key % len(CMS_ACCOUNTS)]),
            views=120 + digest(article.key, 2900),
            sapo_repeats=3 if triple else 1, lead_photo=key % 4 != 1,
        ))
    ids = [s.id for s in stories]
    assert len(set(ids)) == len(ids) and min(ids) > 0, "bad ids"
    return stories


def build(root: Path = SITES) -> None:
    """Write both district portals, then the ward portal's paths on the shared Cầu Giấy host."""
    shares = share_corpus()
    seed = seed_story()
    plan = {
        CAU_GIAY: [seed, *corpus_stories(shares["caugiay"], SEED_ID, seed.when), syndicated_story()],
        HOANG_MAI: corpus_stories(shares["hoangmai"], 1873620, datetime(2017, 1, 1)),
    }
    for site, stories in plan.items():
        assert len({s.id for s in stories}) == len(stories), "two stories with one id"
        _clear(site, root)
        _write_site(site, sorted(stories, key=lambda s: (s.when, s.id), reverse=True), root)
    build_hanoi_current.build_caugiay_ward(root)


def _clear(site: Site, root: Path) -> None:
    """Remove this portal's own paths (the category folder and its query pages) only."""
    folder = root / site.host
    shutil.rmtree(folder / site.category, ignore_errors=True)
    for page in folder.glob(f"{site.category}@*"):
        page.unlink()


def _write_site(site: Site, stories: list[Story], root: Path) -> None:
    pages = [stories[i:i + site.delta] for i in range(0, len(stories), site.delta)]
    for number, chunk in enumerate(pages, 1):
        html = _listing_page(site, chunk, number, len(pages), len(stories), stories)
        if number == 1:
            write_page(site.host, f"{site.category}/", html, root=root)
        else:
            query = PAGE_QUERY.format(delta=site.delta, page=number)
            write_page(site.host, site.category, html, query=query, root=root)
    for index, story in enumerate(stories):
        older = stories[index + 1:index + 7] or stories[max(0, index - 6):index]
        path = url_of(site, story).split("/", 3)[3]
        write_page(site.host, path, _article_page(site, story, older, stories), root=root)


# --- text as the portal's editor wrote it --------------------------------------------


def _editor_text(site: Site, text: str) -> str:
    """Escaped text; on Cầu Giấy, entity-encoded and wrapped like CKEditor's output."""
    escaped = esc(text).replace("&#x27;", "'")
    if not site.entities:
        return escaped
    encoded = escaped.translate(_ENTITIES)
    lines, line = [], ""
    for word in encoded.split(" "):
        if line and len(line) + 1 + len(word) > 72:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "\n  ".join(lines)


def _stamp(site: Site, story: Story) -> str:
    when = story.when if story.time_entered else story.when.replace(hour=0, minute=0)
    if site.clock == "24h":
        return f"{when:%d/%m/%Y} | {when:%H:%M}"
    hour = when.hour % 12 or 12
    return f"{when:%d/%m/%Y} | {hour:02d}:{when:%M} {'PM' if when.hour >= 12 else 'AM'}"


def _date_line(site: Site, story: Story) -> str:
    return f"Ngày đăng {_stamp(site, story)} &nbsp;|&nbsp;View count: {story.views}"


def _millis(when: datetime) -> int:
    return int((when - _EPOCH).total_seconds()) * 1000 + digest(str(when), 1000)


def _photo_src(site: Site, story: Story, caption: str) -> str:
    name = slugify(caption, 40) or "anh"
    uid = f"{digest(caption, 16**8):08x}-{digest(caption + 'a', 16**4):04x}-4{digest(caption + 'b', 16**3):03x}"
    return f"/documents/{site.group_id}/{site.group_id + 68}/{name}.jpg/{uid}?t={_millis(story.when)}"


def _lead_src(story: Story) -> str:
    return f"/image/journal/article?img_id={story.id - 1}&t={_millis(story.when + timedelta(minutes=5))}"


def _summary(story: Story) -> str:
    text = story.sapo or next((b.text for b in story.blocks if b.kind == "p"), "")
    return text if len(text) <= 250 else text[:250].rsplit(" ", 1)[0] + "..."


# --- markup ---------------------------------------------------------------------------


def _head(site: Site, title: str, description: str, canonical: str) -> str:
    theme = slugify(site.host.split(".")[0]) + "-theme"
    theme_id = theme.replace("-", "") + "_WAR_" + theme.replace("-", "")
    css = f"browserId=other&amp;themeId={theme_id}&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6201"
    portlets = ",".join(f'"{p}"' for p in (
        "ddlk_WAR_pointportalddlkportlet_INSTANCE_Hm2xQpLrT0aB", "101", "101_INSTANCE_tNw8Rk3ZcV1d",
        "56_INSTANCE_Jd6uYb0sWq4e", "2_WAR_portallienketportlet_INSTANCE_pZ5eVc8LmA2s"))
    theme_display = ",".join((
        f'getLayoutURL:function(){{return"{site.listing_url}"}}', 'getCompanyId:function(){return"10157"}',
        'getDefaultLanguageId:function(){return"vi_VN"}', 'getLanguageId:function(){return"vi_VN"}',
        f'getPlid:function(){{return"{site.plid}"}}', f'getPortalURL:function(){{return"https://{site.host}"}}',
        f'getScopeGroupId:function(){{return"{site.group_id}"}}', "isSignedIn:function(){return false}",
    ))
    sheets = " ".join(
        f'<link{cls} href="{href}?{css}&amp;t={t}" rel="stylesheet" type="text/css" />'
        for cls, href, t in (
            (' class="lfr-css-file"', f"/{theme}/css/aui.css", 1621993502000),
            ("", "/html/css/main.css", 1621993441000),
            ("", "/point-portal-ddlk-portlet/css/main.css", 1653961005000),
            ("", "/html/portlet/asset_publisher/css/main.css", 1640935147000),
            ("", "/portal-lienket-portlet/css/main.css", 1653960669000),
        )
    )
    return (
        '<!DOCTYPE html> <html class="aui ltr" dir="ltr" lang="vi-VN"> <head> '
        f"<title>{esc(title)}</title> "
        '<meta content="text/html; charset=UTF-8" http-equiv="content-type" /> '
        f'<meta content="{esc(description)}" lang="vi-VN" name="description" /> '
        f'<link href="/{theme}/images/favicon.ico" rel="Shortcut Icon" /> '
        f'<link href="{esc(canonical)}" rel="canonical" /> {sheets}\n'
        '<script type="text/javascript">var Liferay={Browser:{acceptsGzip:function(){return true}},'
        f"ThemeDisplay:{{{theme_display}}}}};var themeDisplay=Liferay.ThemeDisplay;"
        'Liferay.authToken="k7Qa2Tz9";</script>\n'
        '<script src="/html/js/barebone.jsp?browserId=other&amp;minifierType=js&amp;languageId=vi_VN'
        '&amp;b=6201&amp;t=1621993454000" type="text/javascript"></script> '
        f'<script type="text/javascript">Liferay.Portlet.list=[{portlets}];</script> '
        '<script type="text/javascript" src="/html/extensions/jquery.min.js"></script>\n'
        f'<link class="lfr-css-file" href="/{theme}/css/main.css?{css}&amp;t=1621993502000" rel="stylesheet" '
        'type="text/css" /> <style type="text/css">.dd_chuyenmuc .tintuc p{text-transform:uppercase;'
        "font-weight:bold;color:#b5121b}.egov_date{width:200px;float:right;color:white}"
        ".asset-full-content-title{font-size:20px;font-weight:bold}</style> </head>"
    )


def _header(site: Site) -> str:
    menu = [
        ("trang-chu", "Trang chủ", []),
        ("gioi-thieu", "Giới thiệu", [("tong-quan", "Tổng quan"), ("co-cau-to-chuc", "Cơ cấu tổ chức")]),
        ("tin-tuc-su-kien", "Tin tức sự kiện", [(site.category, site.label), ("chinh-quyen", "Chính quyền"),
                                                 ("mat-tran-doan-the", "Mặt trận - Đoàn thể")]),
        ("van-ban", "Văn bản", []), ("thu-tuc-hanh-chinh", "Thủ tục hành chính", []), ("hoi-dap", "Hỏi đáp", []),
        ("lien-he", "Liên hệ", []),
    ]
    items = []
    for slug, label, children in menu:
        active = " active" if any(c == site.category for c, _ in children) else ""
        sub = ""
        if children:
            sub = ' <ul class="child-menu"> ' + " ".join(
                f'<li class=""> <a href="https://{site.host}/{c}" >{esc(text)}</a> </li>' for c, text in children
            ) + " </ul>"
        items.append(f'<li class="{active}" > <a href="https://{site.host}/{slug}" >{esc(label)}</a>{sub} </li>')
    navigation = "\n".join(items)
    ddlk = "ddlk_WAR_pointportalddlkportlet_INSTANCE_Hm2xQpLrT0aB"
    return f"""<body class=" yui3-skin-sam controls-visible signed-out public-page site">
<a href="#main-content" id="skip-to-content">Truy cập nội dung luôn</a> <div class="body"> <div id="header">
<div class="boder_top1"> <div id="contentheader"> <a class="banner" href="https://{site.host}/trang-chu"><img
alt="{esc(site.name)}" src="/documents/{site.group_id}/0/banner.png" /></a> <div class="egov_date">
<div id="point_portal_egov_date">{TODAY}</div> <div id="point_portal_egov_clock"></div> </div> </div> </div> </div>
<div> <nav id="navigation" role="navigation"> <div id="menu"> <div class="center clearfix"> <ul class="navi">
{navigation}
</ul> <div class="nav-search"> <input type="text" name="search" value="  ---Nhập từ tìm kiếm---  "
class="txtTimKiem" id="txtTimKiem"/> <input type="button" onclick="return Search_onclick();" class="search_button"
id="btn_search">
			</div>
		</div>
	</div>
</nav>
    </div>
	<div id="main">
<div class="so_4thn" id="main-content" role="main">
	<div class="portlet-layout row-fluid">
		<div class="portlet-column portlet-column-first span9" id="column-1">
			<div class="portlet-dropzone portlet-column-content portlet-column-content-first"
			id="layout-column_column-1">
	<div class="portlet-boundary portlet-boundary_ddlk_WAR_pointportalddlkportlet_  portlet-static
	portlet-static-end portlet-borderless ddlk-portlet " id="p_p_id_{ddlk}_" >
		<span id="p_{ddlk}"></span>
				<div class="portlet-borderless-container" style="">
	<div class="portlet-body">
<div class="dd_chuyenmuc">
	<span class="trangchu"><a href="https://{site.host}/trang-chu">Trang chủ</a></span>
	<span class="tintuc"><p>{esc(site.label_html)}</p></span>
</div>
	</div>
				</div>
	</div>
	<div class="portlet-boundary portlet-boundary_101_  portlet-static portlet-static-end portlet-borderless
	portlet-asset-publisher " id="p_p_id_101_" >
		<span id="p_101"></span>
				<div class="portlet-borderless-container" style="">
	<div class="portlet-body">
"""


def _column_2(site: Site, stories: list[Story]) -> str:
    newest = "".join(
        f'<li><a href="{esc(url_of(site, s))}">{esc(s.title)}</a></li>' for s in stories[:5]
    )
    banners = "\n".join(
        f'<tr> <td><a href="{href}"><img alt="" src="/documents/{site.group_id}/0/{img}" '
        'style="width: 230.0px;height: 50.0px;" /></a></td></tr>'
        for href, img in (
            ("https://dichvucong.hanoi.gov.vn/", "dvc.png"),
            (f"https://{site.host}/lich-cong-tac", "lich-cong-tac.png"),
            (f"https://{site.host}/van-ban-phap-quy", "vbpq.png"),
            (f"https://{site.host}/hoi-dap", "hoi-dap.png"),
        )
    )
    options = "\n".join(
        f'<option value="{href}" > {esc(text)} </option>'
        for href, text in (("#", "Chọn liên kết"), ("https://hanoi.gov.vn/", "Cổng thông tin điện tử Thành phố Hà Nội"),
                           ("http://www.mattran.org.vn/", "Mặt trận tổ quốc việt nam"),
                           ("http://chinhphu.vn/", "Cổng thông tin điện tử Chính phủ"))
    )
    return f"""	</div>
				</div>
	</div>
			</div>
		</div>
		<div class="portlet-column portlet-column-last span3" id="column-2">
<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-asset-publisher "
id="p_p_id_101_INSTANCE_tNw8Rk3ZcV1d_" > <section class="portlet"> <header class="portlet-topper">
<h1 class="portlet-title"> <span class="portlet-title-text">TIN MỚI</span> </h1> </header>
<div class="portlet-content"> <div class="portlet-body"> <ul class="list-news-new">{newest}</ul> </div> </div>
</section> </div>
<div class="portlet-boundary portlet-boundary_56_ portlet-static portlet-static-end portlet-borderless
portlet-journal-content " id="p_p_id_56_INSTANCE_Jd6uYb0sWq4e_" > <div class="portlet-borderless-container" style="">
<div class="portlet-body"> <div class="journal-content-article">
<table border="0" cellpadding="0" cellspacing="0" style="width: 250.0px;"> <tbody>
{banners}
</tbody></table> </div> <div class="entry-links"> </div> </div> </div> </div>
<div class="portlet-boundary portlet-boundary_2_WAR_portallienketportlet_ portlet-static portlet-static-end
weblink-client-portlet " id="p_p_id_2_WAR_portallienketportlet_INSTANCE_pZ5eVc8LmA2s_" > <section class="portlet">
<header class="portlet-topper"> <h1 class="portlet-title"> <span class="portlet-title-text">LIÊN KẾT WEBSITE</span>
</h1> </header> <div class="portlet-content"> <div class="portlet-body">
<select class="aui-field-select" onChange="openSelectedWeblink(this.value);" >
{options}
</select> </div> </div> </section> </div> </div> </div> </div> </div>
<form action="#" id="hrefFm" method="post" name="hrefFm"> <span></span> </form> </div>
<div class="footer-wrapper"> <div id="footer" class="clearfix"> <p class="vetrang"><a href="#">| Về đầu trang |</a><a
href="https://{site.host}/dang-nhap"> Đăng nhập |</a></p> <div class="footleft"> <h3>{esc(site.name.upper())}</h3>
<p>Cơ quan chủ quản: {esc(site.owner)}</p>
<p>® Ghi rõ nguồn: “{esc(site.name)}” khi phát hành lại thông tin từ nguồn này.</p>
<p class="counter">Lượt truy cập: {site.visits} | Đang trực tuyến: <span id="online-count"></span></p>
</div> </div> </div> </div>"""


def _scripts(site: Site, portlet_url: str) -> str:
    refresh = (f"\\x2fc\\x2fportal\\x2frender_portlet\\x3fp_l_id\\x3d{site.plid}\\x26p_p_id\\x3d101"
               f"\\x26currentURL\\x3d{esc(portlet_url)}")
    return f"""
<script type="text/javascript">function openSelectedWeblink(a){{if(a=="#"){{return}}else{{window.open(a,"_blank")}}}}
Liferay.Portlet.onLoad({{canEditTitle:false,columnPos:1,isStatic:"end",namespacedId:"p_p_id_101_",portletId:"101",
refreshURL:"{refresh}"}});</script>
<script type="text/javascript">$("ul.pager.lfr-pagination-buttons li:nth-child(3) a").text("Tiếp");</script>
</body> </html>
"""


def _article_page(site: Site, story: Story, older: list[Story], stories: list[Story]) -> str:
    url = url_of(site, story)
    lead = ""
    if story.lead_photo and any(b.kind == "img" for b in story.blocks):
        lead = (f'\n\t\t<img src="{esc(_lead_src(story))}" alt="" class="pull-left" '
                'style="margin-right: 5px; width: 250px; padding: 0 10px 10px 0;">')
    sapo = "\n".join(esc(story.sapo) for _ in range(story.sapo_repeats)) if story.sapo else ""
    if story.gallery_heading:  # text first, then the heading and the photos
        body = [_block(site, story, b) for b in story.blocks if b.kind == "p"]
        body.append(f"<p><strong>{esc(story.gallery_heading)}</strong></p>")
        body.extend(_block(site, story, b) for b in story.blocks if b.kind == "img")
    else:  # photos stay where the text had them
        body = [_block(site, story, b) for b in story.blocks]
    if story.signature:
        body.append(f'<p style="text-align: right;">\n  <strong>{esc(story.signature)}</strong></p>')
    related = " ".join(
        f'<li><a href="{esc(url_of(site, s))}">{esc(s.title)}</a></li>' for s in older
    )
    spacer = "/html/themes/classic/images/spacer.png"
    portlet = f"""	<div>
<div class="asset-full-content-title">{esc(story.title)}</div>
<div class="assetPublishDate block_timer">
			{_date_line(site, story)}
</div>
<div class="asset-full-content  show-asset-title">
		<!--
 -->
	<div class="asset-content" id="_101_{story.id}">
<div class="sapo-wrapper clearfix">{lead}
	<p class="sapo">
		<strong>{sapo}</strong>
	</p>
</div>
<div class="journal-content-article">
	{chr(10).join(body)}
	<p align="right" class="view-content-author">
		<strong><em>{esc(story.account)}</em></strong>
	</p>
</div>
	</div>
</div>
	<div class="asset-control-detail">
		<span class="print-action"
		>
					<a href="javascript:_101_printPage_0();" class=" taglib-icon" id="_101_rjus_column1_1" >
							<img id="rjus_column1_1" src="{spacer}"  alt="" />
<span class="taglib-text ">In bài viết</span> </a> </span>
<span class="mailto-action" > <a href="mailto:" class=" taglib-icon" id="_101_ctvk_column1_1" >
<img id="ctvk_column1_1" src="/html/themes/classic/images/common/mail.png" alt="" />
<span class="taglib-text ">Gửi mail</span> </a> </span> </div>
<div class="related_asset"> <div class="related_asset_title">Các tin khác</div>
<ul class="related_asset_list"> {related} </ul> </div> </div>
"""
    description = story.sapo or _summary(story)
    return (
        _head(site, f"{story.title} - {site.label} - {site.name}", description, url)
        + _header(site) + portlet + _column_2(site, stories) + _scripts(site, url.split("/", 3)[3])
    )


def _block(site: Site, story: Story, block: Block) -> str:
    if block.kind == "p":
        return f'<p style="text-align: justify;">{_editor_text(site, block.text)}</p>'
    src = esc(_photo_src(site, story, block.text))
    if site.entities:  # photo paragraph, then a centred italic caption line
        return (f'<p style="text-align: center;">\n  <img alt="" src="{src}" style="width: 600px; height: 400px;" />'
                f'</p>\n<p style="text-align: center;">\n  <em>{_editor_text(site, block.text)}</em></p>')
    return (f'<p align="center"><img src="{src}" style="width: 640px; height: 427px;" /><br />'
            f'<span style="color:#0000FF;"><em>{esc(block.text)}</em></span></p>')


def _listing_page(site: Site, chunk: list[Story], number: int, total: int, count: int,
                  stories: list[Story]) -> str:
    items = []
    for story in chunk:
        url = esc(url_of(site, story))
        image = ""
        if story.lead_photo and any(b.kind == "img" for b in story.blocks):
            image = f'<div class="asset-image"> <a href="{url}"><img src="{esc(_lead_src(story))}" alt=""/></a> </div> '
        items.append(
            '<div class="asset-bounddary"> <div class="asset-abstract "> '
            '<!-- <div class="asset_actions_custom_style"> </div> --> '
            f'<div class="asset-content normal-news"> {image}<div class="asset-content-custom" > '
            f'<h3 class="asset-title"> <a href="{url}">{esc(story.title)}</a> </h3> '
            f'<div class="assetPublishDate block_timer"> {_date_line(site, story)} </div> '
            f'<div class="asset-summary"> {esc(_summary(story))} </div> </div> </div> '
            '<div class="asset-metadata"> </div> </div> </div>'
        )
    menu = "\n".join(
        f'<li class="custom-paging" role="presentation"> <a href="{esc(site.page_url(n))}" class=" taglib-icon" '
        f'role="menuitem" > <span class="taglib-text-icon">{n}</span> </a> </li>'
        for n in range(1, total + 1)
    )

    def button(label: str, page: int | None, css: str = "") -> str:
        if page is None:
            return f'<li class="disabled{css}"> <a href="javascript:;" target="_self"> {label} </a> </li>'
        return f'<li class="{css}"> <a href="{esc(site.page_url(page))}" target="_self"> {label} </a> </li>'

    first_shown = (number - 1) * site.delta + 1
    pager = "\n".join((
        button("&larr; Đầu tiên", 1 if number > 1 else None, " first"),
        button("Trước", number - 1 if number > 1 else None),
        button("next", number + 1 if number < total else None),
        button("Cuối cùng &rarr;", total if number < total else None, " last"),
    ))
    listing = "\n".join(items)
    portlet = f"""		<div class="lfr-meta-actions add-asset-selector">
		</div>
<div class="subscribe-action">
</div>
{listing}
<div class="taglib-page-iterator" id="_101_ocerSearchContainerPageIterator"> <div class="clearfix lfr-pagination">
<div class="lfr-pagination-config"> <div class="lfr-pagination-page-selector">
<div class="btn-group lfr-icon-menu current-page-menu custom-paging"><a class="dropdown-toggle direction-down
max-display-items-15 btn" href="javascript:;" title=" {number} "><span class="lfr-icon-menu-text"> {number} </span><i
class="caret"></i> </a><ul class="dropdown-menu lfr-menu-list direction-down">
{menu}
</ul></div> </div> <div class="lfr-pagination-delta-selector"> <div style="margin-right: 5px"> Trang </div> </div>
</div> <small class="search-results"> Hiển thị {first_shown} - {first_shown + len(chunk) - 1} of {count} kết quả.
</small> <ul class="pager lfr-pagination-buttons">
{pager}
</ul> </div> </div>
"""
    url = site.listing_url if number == 1 else site.page_url(number)
    return (
        _head(site, f"{site.label} - {site.name}", site.label, url)
        + _header(site) + portlet + _column_2(site, stories) + _scripts(site, "/" + site.category)
    )
