"""One form per page URL: tracking parameters and session ids removed, so one article is one URL.

Portals and the sites that share their articles add `utm_*`, `fbclid`, `gclid` and the
like to links, and old Java and PHP portals put the visitor's session id in the URL
(`;jsessionid=...`, `?PHPSESSID=...`, `?sid=...`). None of these chooses the page, so
they are dropped; every other parameter (a Liferay portlet's, a page number) is kept in
its order, and a URL without any of them is returned unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit, urlunsplit

# Parameter names (lower case) that only track the visitor or the campaign.
_TRACKING = frozenset({
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid",
    "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "zarsrc", "zalo_source", "ref_src",
})
# Session ids, as parameters.
_SESSION = frozenset({"jsessionid", "phpsessid", "sid", "sessionid", "session_id", "aspsessionid", "cfid", "cftoken"})
# `;jsessionid=...` (and other session path parameters) at the end of a path segment.
_PATH_SESSION = re.compile(r";(?:jsessionid|phpsessid|sid|sessionid)=[^/;?#]*", re.I)


def on_domains(url_or_host: str, domains: Iterable[str]) -> bool:
    """Whether a URL's host (or a host) is one of `domains` or a subdomain of one."""
    host = (urlsplit(url_or_host).hostname if "://" in url_or_host else url_or_host) or ""
    host = host.lower()
    return any(host == d or host.endswith("." + d) for d in domains)


def is_tracking_param(name: str) -> bool:
    """Whether a query parameter only tracks (utm_*, fbclid, ...) or carries a session id."""
    name = name.lower()
    return name.startswith("utm_") or name in _TRACKING or name in _SESSION or name.startswith("aspsessionid")


def canonical_url(url: str) -> str:
    """`url` without tracking parameters, session ids and fragment; otherwise as given."""
    parts = urlsplit(url)
    path = _PATH_SESSION.sub("", parts.path)
    query = parts.query
    if query:
        kept = [pair for pair in query.split("&") if pair and not is_tracking_param(pair.split("=", 1)[0])]
        query = "&".join(kept)
    if path == parts.path and query == parts.query and not parts.fragment:
        return url
    return urlunsplit((parts.scheme, parts.netloc, path, query, ""))
