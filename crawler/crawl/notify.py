"""Failure notifications: operators are told, by e-mail and/or a chat webhook, which portals failed a monitor.

`NotifyByEmail` and `NotifyByWebhook` are spidermon actions that `PortalMonitorSuite` runs when
some of its monitors failed. Each sends one message per crawler naming every portal that failed
and what failed, one line per finding (`failed_findings`):

    danvan: 2 portals need attention (ngoquyen, lechan)
    ngoquyen (Quận Ngô Quyền): Articles found: no article found
    lechan (Quận Lê Chân): Error ratio: 3 errors in 4 requests (75% > 20%)

Both are off unless configured (DANVAN_NOTIFY_EMAIL_TO, DANVAN_NOTIFY_WEBHOOK_URL in
crawler/settings.py): then they make no connection and log nothing above DEBUG. A message that
cannot be delivered (server down, refused, slow, HTTP error) is one warning in the log; the crawl
goes on and ends as it would have. Delivery is synchronous, as spidermon's own webhook action
does it, but no connection or answer is waited for longer than 10 s (spidermon's waits 60 s).
"""

from __future__ import annotations

import logging
import smtplib
import ssl
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Any
from urllib.parse import urlsplit

import requests
from scrapy.crawler import Crawler
from spidermon.contrib.actions.discord import DiscordMessageManager, SendDiscordMessage
from spidermon.core.actions import Action
from spidermon.exceptions import SkipAction

from crawler.crawl.outcomes import MONITOR_STAT

logger = logging.getLogger(__name__)

TIMEOUT = 10.0  # seconds, for each connection, read and SMTP command
DISCORD_LIMIT = 2000  # characters: Discord refuses a longer message (Slack and Mattermost take more)


def failed_findings(crawler: Crawler, spider: Any, result: Any) -> list[tuple[str, str, str]]:
    """(portal, monitor name, reason) for each portal each failed monitor failed for.

    A per-portal monitor left its reasons in the stats (`MONITOR_STAT`); a crawl-wide one (the
    finish reason) left none, and its failure applies to every portal of the spider.
    """
    portals = sorted(getattr(spider, "portals", {}) or [])
    stats = crawler.stats.get_stats()
    findings: list[tuple[str, str, str]] = []
    for failed in result.monitors_failed_results:
        name = failed.monitor.monitor_name
        found = {p: stats.get(MONITOR_STAT.format(portal=p, name=name)) for p in portals}
        if not any(found.values()):  # a crawl-wide monitor (finish reason): every portal of the crawl
            why = (failed.error or "failed").strip().splitlines()[-1]
            found = {p: why for p in portals}
        findings += [(p, name, why) for p, why in found.items() if why]
    return findings


@dataclass(frozen=True)
class Notice:
    """What the operators are told: a headline (the e-mail's subject) and one line per finding."""

    subject: str
    lines: tuple[str, ...]

    @classmethod
    def of(cls, findings: Iterable[tuple[str, str, str]], portals: Mapping[str, Any]) -> Notice | None:
        """The notice of these findings (None without any); `portals` maps ids to Portal (for names)."""
        findings = list(findings)
        ids = list(dict.fromkeys(p for p, _, _ in findings))  # in order of their first finding
        if not ids:
            return None
        many = len(ids) != 1
        subject = (f"danvan: {len(ids)} portal{'s' if many else ''} need{'' if many else 's'} attention "
                   f"({', '.join(ids)})")

        def label(portal_id: str) -> str:
            name = getattr(portals.get(portal_id), "name", "")
            return f"{portal_id} ({name})" if name else portal_id

        # A portal's findings together, portals in the subject's order.
        findings.sort(key=lambda finding: ids.index(finding[0]))
        return cls(subject, tuple(f"{label(p)}: {monitor}: {reason}" for p, monitor, reason in findings))

    @property
    def text(self) -> str:
        return "\n".join((self.subject, *self.lines))

    def shortened(self, limit: int) -> str:
        """The text in at most `limit` characters: whole lines, then how many were left out.

        So that a crawl where every portal failed still gets through a chat tool's size limit.
        """
        if len(self.text) <= limit:
            return self.text
        kept = [self.subject]
        for i, line in enumerate(self.lines):
            left_after = len(self.lines) - i - 1
            tail = [f"… and {left_after} more"] if left_after else []
            if len("\n".join([*kept, line, *tail])) > limit:
                kept.append(f"… and {len(self.lines) - i} more")
                break
            kept.append(line)
        return "\n".join(kept)[:limit]


def _flag(value: object) -> bool:
    """A yes/no setting, as the environment spells it (1, true, yes, on)."""
    return str(value or "").strip().lower() in ("1", "true", "yes", "on")


class NotificationOff(Action):
    """Stands for a notification nobody configured: it runs without a trace and connects nowhere.

    Spidermon builds a suite's actions when its extension starts and does not expect
    NotConfigured there: raised, it would switch off the Spidermon extension and every monitor.
    """

    def __init__(self, name: str, why: str):
        super().__init__()
        self.off_name, self.why = name, why

    def run(self, result: Any, data: Any) -> None:
        # Not reported to the result, so spidermon prints no "... OK" line for it either.
        logger.debug("%s is off: %s", self.off_name, self.why)

    def run_action(self) -> None:
        pass


class FailureNotification(Action):
    """What both notifications share: the notice of the failed monitors, off unless configured,
    and a delivery failure as one warning (the action is then SKIPPED in spidermon's report)."""

    channel = "notification"
    notice: Notice | None = None

    @classmethod
    def off_because(cls, kwargs: dict[str, Any]) -> str | None:
        """Why this notification is off with these from_crawler_kwargs (None: it is on)."""
        raise NotImplementedError

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Action:
        kwargs = cls.from_crawler_kwargs(crawler)
        why = cls.off_because(kwargs)
        return NotificationOff(cls.__name__, why) if why else cls(**kwargs)

    def run_action(self) -> None:
        self.notice = Notice.of(failed_findings(self.data.crawler, self.data.spider, self.result),
                                getattr(self.data.spider, "portals", {}) or {})
        if self.notice is None:  # failed monitors, but no portal to name (a spider without portals)
            raise SkipAction("no portal to report")
        try:
            self.deliver()
        except Exception as exc:
            why = self.failure(exc)
            logger.warning("failure notification %s not delivered: %s", self.channel, why)
            raise SkipAction(f"not delivered: {why}") from None

    def deliver(self) -> None:
        raise NotImplementedError

    def failure(self, exc: Exception) -> str:
        """The failure in one line, for the warning (a server's answer may have several)."""
        return " ".join(f"{type(exc).__name__}: {exc}".split()).rstrip(":")


class NotifyByEmail(FailureNotification):
    """A plain-text UTF-8 e-mail over SMTP (DANVAN_NOTIFY_EMAIL_*, DANVAN_NOTIFY_SMTP_*).

    Not a subclass of spidermon's SendSmtpEmail: its module imports premailer (an HTML inliner of
    spidermon's optional "monitoring" extra, not a dependency of danvan), so importing it breaks
    every crawl; it hands scrapy's MailSender the serialized MIME message as the body of another
    (recipients would read headers and boundaries); and it refuses to start without an SMTP user
    and password, which a local relay does not need. Its arguments are kept (the SPIDERMON_*
    setting each stands for is noted), so it can become the base class once those are fixed.
    """

    def __init__(self, *, to: list[str], sender: str, smtp_host: str, smtp_port: int,
                 smtp_user: str | None = None, smtp_password: str | None = None, smtp_enforce_tls: bool = False):
        super().__init__()
        self.to, self.sender = to, sender
        self.smtp_host, self.smtp_port = smtp_host, smtp_port
        self.smtp_user, self.smtp_password, self.smtp_enforce_tls = smtp_user, smtp_password, smtp_enforce_tls
        self.channel = f"by e-mail to {', '.join(to)} via {smtp_host}:{smtp_port}"

    @classmethod
    def from_crawler_kwargs(cls, crawler: Crawler) -> dict[str, Any]:
        settings = crawler.settings
        return {
            "to": [a.strip() for a in settings.getlist("DANVAN_NOTIFY_EMAIL_TO") if a.strip()],  # SPIDERMON_EMAIL_TO
            "sender": settings.get("DANVAN_NOTIFY_EMAIL_FROM") or "danvan@localhost",  # SPIDERMON_EMAIL_SENDER
            "smtp_host": settings.get("DANVAN_NOTIFY_SMTP_HOST") or "localhost",  # SPIDERMON_SMTP_HOST
            "smtp_port": int(settings.get("DANVAN_NOTIFY_SMTP_PORT") or 25),  # SPIDERMON_SMTP_PORT
            "smtp_user": settings.get("DANVAN_NOTIFY_SMTP_USER") or None,  # SPIDERMON_SMTP_USER
            "smtp_password": settings.get("DANVAN_NOTIFY_SMTP_PASSWORD") or None,  # SPIDERMON_SMTP_PASSWORD
            "smtp_enforce_tls": _flag(settings.get("DANVAN_NOTIFY_SMTP_TLS")),  # SPIDERMON_SMTP_ENFORCE_TLS
        }

    @classmethod
    def off_because(cls, kwargs: dict[str, Any]) -> str | None:
        return None if kwargs["to"] else "DANVAN_NOTIFY_EMAIL_TO is empty"

    def get_message(self) -> EmailMessage:
        assert self.notice is not None
        message = EmailMessage()
        message["Subject"] = self.notice.subject
        message["From"] = self.sender
        message["To"] = ", ".join(self.to)
        message["Date"] = formatdate(localtime=True)
        message["Message-ID"] = make_msgid(domain=self.sender.partition("@")[2] or None)
        # Quoted-printable: Vietnamese names arrive intact even through a relay without 8BITMIME.
        message.set_content(self.notice.text + "\n", charset="utf-8", cte="quoted-printable")
        return message

    def deliver(self) -> None:
        with smtplib.SMTP(self.smtp_host, self.smtp_port, timeout=TIMEOUT) as smtp:
            if self.smtp_enforce_tls:
                smtp.starttls(context=ssl.create_default_context())
            if self.smtp_user:
                smtp.login(self.smtp_user, self.smtp_password or "")
            smtp.send_message(self.get_message(), from_addr=self.sender, to_addrs=self.to)


class WebhookPoster(DiscordMessageManager):
    """Posts the text as both `content` (Discord) and `text` (Slack, Mattermost, Rocket.Chat and
    others), with a 10 s timeout (spidermon's manager waits 60 s and sends `content` only)."""

    def send_message(self, text: str) -> None:
        response = requests.post(self.webhook_url, json={"content": text, "text": text}, timeout=TIMEOUT)
        response.raise_for_status()


class NotifyByWebhook(FailureNotification, SendDiscordMessage):
    """A post to a chat tool's incoming webhook (DANVAN_NOTIFY_WEBHOOK_URL)."""

    def __init__(self, webhook_url: str):
        super().__init__(webhook_url=webhook_url)
        self.manager = WebhookPoster(webhook_url)
        # The URL's path is often its secret (Discord, Slack): only the host is ever logged.
        self.channel = f"to the webhook at {urlsplit(webhook_url).hostname or '?'}"

    @classmethod
    def from_crawler_kwargs(cls, crawler: Crawler) -> dict[str, Any]:
        # SPIDERMON_DISCORD_WEBHOOK_URL
        return {"webhook_url": (crawler.settings.get("DANVAN_NOTIFY_WEBHOOK_URL") or "").strip()}

    @classmethod
    def off_because(cls, kwargs: dict[str, Any]) -> str | None:
        return None if kwargs["webhook_url"] else "DANVAN_NOTIFY_WEBHOOK_URL is empty"

    def get_message(self) -> str:
        assert self.notice is not None
        return self.notice.shortened(DISCORD_LIMIT)

    def deliver(self) -> None:
        # SendDiscordMessage's own run_action (super() would be FailureNotification's): the manager posts get_message().
        SendDiscordMessage.run_action(self)

    def failure(self, exc: Exception) -> str:
        # requests' own messages quote the whole URL, secret included.
        if isinstance(exc, requests.HTTPError) and exc.response is not None:
            return f"HTTP {exc.response.status_code} {exc.response.reason}".strip()
        if isinstance(exc, requests.Timeout):
            return f"no answer within {TIMEOUT:g} s"
        if isinstance(exc, requests.ConnectionError):
            return "cannot connect"
        return type(exc).__name__
