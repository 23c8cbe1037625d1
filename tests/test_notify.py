"""Failure notifications over real crawls of the offline mirror, to a real SMTP server and a real webhook receiver.

The crawls are of portals whose only listing answers 404 (the "Articles found" and "Error
ratio" monitors fail), or of a healthy portal stopped early (the crawl-wide finish reason fails).
"""

from __future__ import annotations

import datetime
import email
import email.policy
import ipaddress
import json
import os
import re
import socket
import ssl
import subprocess
import threading
from collections.abc import Iterator
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, Envelope, Session

from crawler.core.registry import DEFAULT_PATH
from crawler.crawl.notify import Notice
from crawler.mirror.server import serving_in_subprocess
from tests.helpers import ROOT
from tests.test_monitoring import SCRAPY, query

GONE = "Báo Kinh tế & Đô thị (chuyên mục đã xoá)"
RETIRED = "Kinh tế & Đô thị (chuyên mục cũ)"
PORTALS = {"ktd-trang-mat": GONE, "ktd-het-han": RETIRED}
SUBJECT = "danvan: 2 portals need attention (ktd-het-han, ktd-trang-mat)"
FINDINGS = [
    f"ktd-het-han ({RETIRED}): Articles found: no article found",
    f"ktd-het-han ({RETIRED}): Error ratio: 1 errors in 1 requests (100% > 20%)",
    f"ktd-trang-mat ({GONE}): Articles found: no article found",
    f"ktd-trang-mat ({GONE}): Error ratio: 1 errors in 1 requests (100% > 20%)",
]
NOTIFY_LOG = re.compile(r"\[crawler\.crawl\.notify\] (DEBUG|INFO|WARNING|ERROR|CRITICAL): (.*)")


# --- the receivers -------------------------------------------------------------------------------

def free_port() -> int:
    """A port nothing listens on (for a receiver to take, or to stay closed)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Inbox:
    """aiosmtpd handler: keeps each message (and the login it came with), or refuses recipients."""

    def __init__(self, refuse: bool = False):
        self.envelopes: list[Envelope] = []
        self.logins: list[tuple[bytes, bytes]] = []
        self.refuse = refuse

    async def handle_RCPT(self, server: Any, session: Session, envelope: Envelope, address: str,  # noqa: N802
                          rcpt_options: list[str]) -> str:
        if self.refuse:
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Session, envelope: Envelope) -> str:  # noqa: N802
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"

    def __call__(self, server: Any, session: Session, envelope: Envelope, mechanism: str, auth_data: Any) -> AuthResult:
        """The authenticator: any login, kept."""
        self.logins.append((auth_data.login, auth_data.password))
        return AuthResult(success=True)

    def messages(self) -> list[EmailMessage]:
        return [email.message_from_bytes(e.original_content or e.content, policy=email.policy.default)
                for e in self.envelopes]


@pytest.fixture
def smtp_server() -> Iterator[tuple[Inbox, int]]:
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        yield inbox, controller.port
    finally:
        controller.stop()


class Webhook(ThreadingHTTPServer):
    """An incoming webhook: keeps each POST as (path, content type, body), answers `status`."""

    def __init__(self, status: int = 204):
        super().__init__(("127.0.0.1", 0), WebhookHandler)
        self.status = status
        self.posts: list[tuple[str, str, bytes]] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/hooks/danvan-secret-token"

    def bodies(self) -> list[dict[str, Any]]:
        return [json.loads(body) for _, _, body in self.posts]


class WebhookHandler(BaseHTTPRequestHandler):
    server: Webhook

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.server.posts.append((self.path, self.headers.get("Content-Type", ""), body))
        self.send_response(self.server.status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def webhook() -> Iterator[Webhook]:
    server = Webhook()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


# --- the crawls --------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def mirror() -> Iterator[str]:
    with serving_in_subprocess() as url:
        yield url


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The registry with two more KTĐT portals whose only listing is gone (404 in the mirror)."""
    path = tmp_path_factory.mktemp("registry") / "portals.toml"
    extra = "".join(f"""
[[portal]]
id = "{portal_id}"
name = "{name}"
platform = "kinhtedothi"
base_url = "https://kinhtedothi.vn"
start_urls = ["https://kinhtedothi.vn/{portal_id}-khong-con"]
allowed_domains = ["kinhtedothi.vn"]
  [[portal.unit]]
  name = "Thành phố Hà Nội"
  code = "01"
  level = "thành phố"
  province = "Thành phố Hà Nội"
  province_code = "01"
""" for portal_id, name in PORTALS.items())
    path.write_text(DEFAULT_PATH.read_text(encoding="utf-8") + extra, encoding="utf-8")
    return path


def crawl(tmp: Path, mirror: str, registry: Path, *settings: str, spider: str = "kinhtedothi",
          portals: str = "ktd-trang-mat,ktd-het-han", env: dict[str, str] | None = None,
          ) -> subprocess.CompletedProcess[str]:
    """`scrapy crawl` of the mirror, with `-s` settings and environment; DANVAN_NOTIFY_* only from these."""
    clean = {k: v for k, v in os.environ.items()
             if not k.startswith("DANVAN_NOTIFY_") and k != "DANVAN_MONITOR_MAX_DAYS_SINCE_NEW"}
    args = [arg for setting in settings for arg in ("-s", setting)]
    return subprocess.run(
        [*SCRAPY, "crawl", spider, "-a", f"portal={portals}", "-s", f"DANVAN_DB={tmp / 'archive.db'}", *args],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
        env={**clean, "DANVAN_MIRROR_URL": mirror, "DANVAN_REGISTRY": str(registry), **(env or {})},
    )


def ended_normally(result: subprocess.CompletedProcess[str], db: Path) -> None:
    """The crawl ran to its end: exit 0, closed 'finished', failed monitors recorded as usual."""
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Spider closed (finished)" in result.stderr, result.stderr[-3000:]
    assert "[Spidermon] RecordFailedMonitors... OK" in result.stderr
    assert query(db, "SELECT count(*) FROM errors WHERE stage = 'monitor'") == [(4,)]
    actions = result.stderr.split("FAILED ACTIONS", 1)[1]  # (the failed monitors' own tracebacks come before)
    assert "Traceback" not in actions and " ERROR: " not in actions, actions


def notify_log(result: subprocess.CompletedProcess[str]) -> list[tuple[str, str]]:
    """(level, message) of what the notifications logged."""
    return NOTIFY_LOG.findall(result.stderr)


# --- delivered ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def notified(tmp_path_factory: pytest.TempPathFactory, mirror: str, registry: Path,
             ) -> Iterator[tuple[subprocess.CompletedProcess[str], Inbox, Webhook]]:
    """One crawl of the two gone portals, both notifications configured by environment."""
    inbox, webhook = Inbox(), Webhook()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    thread = threading.Thread(target=webhook.serve_forever, daemon=True)
    thread.start()
    try:
        result = crawl(tmp_path_factory.mktemp("notified"), mirror, registry, env={
            "DANVAN_NOTIFY_EMAIL_TO": "ops@example.org, truc-ban@example.vn",
            "DANVAN_NOTIFY_SMTP_HOST": "127.0.0.1",
            "DANVAN_NOTIFY_SMTP_PORT": str(controller.port),
            "DANVAN_NOTIFY_WEBHOOK_URL": webhook.url,
        })
        yield result, inbox, webhook
    finally:
        controller.stop()
        webhook.shutdown()
        webhook.server_close()


def test_the_email_names_each_failed_portal_and_what_failed(notified) -> None:
    result, inbox, _ = notified
    assert result.returncode == 0, result.stderr[-3000:]
    [envelope] = inbox.envelopes
    assert envelope.mail_from == "danvan@localhost"
    assert envelope.rcpt_tos == ["ops@example.org", "truc-ban@example.vn"]
    [message] = inbox.messages()
    assert message["Subject"] == SUBJECT
    assert message["To"] == "ops@example.org, truc-ban@example.vn"
    assert message.get_content_type() == "text/plain" and message.get_content_charset() == "utf-8"
    # (SMTP carries lines ended by CRLF.)
    assert message.get_content().replace("\r\n", "\n") == "\n".join([SUBJECT, *FINDINGS]) + "\n"
    assert "[Spidermon] NotifyByEmail... OK" in result.stderr
    print(message.get_content())


def test_the_webhook_gets_json_naming_the_same(notified) -> None:
    result, _, webhook = notified
    [(path, content_type, _)] = webhook.posts
    assert path == "/hooks/danvan-secret-token"
    assert content_type == "application/json"
    [body] = webhook.bodies()
    text = "\n".join([SUBJECT, *FINDINGS])
    assert body == {"content": text, "text": text}
    assert "[Spidermon] NotifyByWebhook... OK" in result.stderr
    assert notify_log(result) == []  # delivered: nothing to say
    print(json.dumps(body, ensure_ascii=False))


def test_a_crawl_wide_failure_is_reported_for_every_portal(tmp_path: Path, mirror: str, registry: Path,
                                                           webhook: Webhook) -> None:
    # A healthy portal, stopped after its first pages: the finish reason fails, for the whole crawl.
    result = crawl(tmp_path, mirror, registry, "CLOSESPIDER_PAGECOUNT=2", f"DANVAN_NOTIFY_WEBHOOK_URL={webhook.url}",
                   spider="haiphong", portals="haiphong")
    assert result.returncode == 0, result.stderr[-3000:]
    [body] = webhook.bodies()
    lines = body["text"].splitlines()
    assert lines[0] == "danvan: 1 portal needs attention (haiphong)"
    finish = [line for line in lines[1:] if "Finish Reason Monitor" in line]
    assert len(finish) == 1
    assert re.fullmatch(r"haiphong \(.+\): Finish Reason Monitor: .*closespider_pagecount.*", finish[0]), finish
    # The same finding as the errors row RecordFailedMonitors wrote.
    [(reason,)] = query(tmp_path / "archive.db", "SELECT reason FROM errors WHERE reason LIKE 'Finish Reason%'")
    assert finish[0].endswith(": " + reason)


def test_starttls_and_login_are_used_when_configured(tmp_path: Path, mirror: str, registry: Path) -> None:
    cert = self_signed_certificate(tmp_path)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, tmp_path / "key.pem")
    inbox = Inbox()
    # The server takes mail only after STARTTLS, and a login only over TLS.
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port(), tls_context=context,
                            require_starttls=True, authenticator=inbox, auth_require_tls=True)
    controller.start()
    try:
        result = crawl(tmp_path, mirror, registry, "DANVAN_NOTIFY_EMAIL_TO=ops@example.org",
                       "DANVAN_NOTIFY_EMAIL_FROM=crawler@danvan.example", "DANVAN_NOTIFY_SMTP_HOST=127.0.0.1",
                       f"DANVAN_NOTIFY_SMTP_PORT={controller.port}", "DANVAN_NOTIFY_SMTP_TLS=1",
                       "DANVAN_NOTIFY_SMTP_USER=danvan", "DANVAN_NOTIFY_SMTP_PASSWORD=s3cret-pass",
                       env={"SSL_CERT_FILE": str(cert)})  # the crawl trusts the test's certificate
    finally:
        controller.stop()
    ended_normally(result, tmp_path / "archive.db")
    assert notify_log(result) == []
    assert inbox.logins == [(b"danvan", b"s3cret-pass")]
    [envelope] = inbox.envelopes
    assert envelope.mail_from == "crawler@danvan.example"
    [message] = inbox.messages()
    assert message["Subject"] == SUBJECT


def self_signed_certificate(tmp: Path) -> Path:
    """A certificate for 127.0.0.1 (cert.pem, key.pem in `tmp`), its own authority."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1)).not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    (tmp / "key.pem").write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                    serialization.NoEncryption()))
    path = tmp / "cert.pem"
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return path


# --- off, or not delivered ---------------------------------------------------------------------

def test_with_nothing_configured_a_failing_crawl_sends_nothing(tmp_path: Path, mirror: str, registry: Path) -> None:
    # An SMTP host and port, but no recipient: e-mail stays off, and must not even connect.
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    result = crawl(tmp_path, mirror, registry, "DANVAN_NOTIFY_SMTP_HOST=127.0.0.1",
                   f"DANVAN_NOTIFY_SMTP_PORT={listener.getsockname()[1]}", "LOG_LEVEL=DEBUG")
    try:
        with pytest.raises(TimeoutError):
            listener.accept()[0].close()
    finally:
        listener.close()
    ended_normally(result, tmp_path / "archive.db")
    # Said only at DEBUG, and not in spidermon's report either.
    assert sorted(notify_log(result)) == [
        ("DEBUG", "NotifyByEmail is off: DANVAN_NOTIFY_EMAIL_TO is empty"),
        ("DEBUG", "NotifyByWebhook is off: DANVAN_NOTIFY_WEBHOOK_URL is empty"),
    ]
    assert "[Spidermon] NotifyBy" not in result.stderr


def test_a_closed_smtp_port_and_a_failing_webhook_are_one_warning_each(tmp_path: Path, mirror: str,
                                                                       registry: Path) -> None:
    failing = Webhook(status=500)
    thread = threading.Thread(target=failing.serve_forever, daemon=True)
    thread.start()
    try:
        result = crawl(tmp_path, mirror, registry, "DANVAN_NOTIFY_EMAIL_TO=ops@example.org",
                       "DANVAN_NOTIFY_SMTP_HOST=127.0.0.1", f"DANVAN_NOTIFY_SMTP_PORT={free_port()}",
                       f"DANVAN_NOTIFY_WEBHOOK_URL={failing.url}")
    finally:
        failing.shutdown()
        failing.server_close()
    ended_normally(result, tmp_path / "archive.db")
    assert len(failing.posts) == 1  # it was asked, and said 500
    [email_warning, webhook_warning] = notify_log(result)
    assert email_warning[0] == webhook_warning[0] == "WARNING"
    assert email_warning[1].startswith("failure notification by e-mail to ops@example.org via 127.0.0.1:")
    assert "ConnectionRefusedError" in email_warning[1]
    assert webhook_warning[1] == ("failure notification to the webhook at 127.0.0.1 not delivered: "
                                  "HTTP 500 Internal Server Error")
    assert "danvan-secret-token" not in result.stderr  # a webhook URL's path is its secret
    assert "[Spidermon] NotifyByWebhook... SKIPPED (not delivered: HTTP 500" in result.stderr


def test_a_refusing_smtp_server_and_an_unreachable_webhook_are_one_warning_each(tmp_path: Path, mirror: str,
                                                                                registry: Path) -> None:
    inbox = Inbox(refuse=True)
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        result = crawl(tmp_path, mirror, registry, "DANVAN_NOTIFY_EMAIL_TO=nobody@example.org",
                       "DANVAN_NOTIFY_SMTP_HOST=127.0.0.1", f"DANVAN_NOTIFY_SMTP_PORT={controller.port}",
                       f"DANVAN_NOTIFY_WEBHOOK_URL=http://127.0.0.1:{free_port()}/hooks/danvan-secret-token")
    finally:
        controller.stop()
    ended_normally(result, tmp_path / "archive.db")
    assert inbox.envelopes == []
    [(level, email_warning), (level2, webhook_warning)] = notify_log(result)
    assert level == level2 == "WARNING"
    assert "SMTPRecipientsRefused" in email_warning and "mailbox unavailable" in email_warning
    assert webhook_warning == "failure notification to the webhook at 127.0.0.1 not delivered: cannot connect"
    assert "danvan-secret-token" not in result.stderr


# --- the message -------------------------------------------------------------------------------

def test_a_long_notice_is_cut_to_whole_lines_for_chat_tools() -> None:
    findings = [(f"portal-{i:02d}", "Articles found", "no article found") for i in range(60)]
    notice = Notice.of(findings, {})
    assert notice is not None and len(notice.text) > 2000
    short = notice.shortened(2000)
    assert len(short) <= 2000
    lines = short.splitlines()
    assert lines[0] == notice.subject
    kept = lines[1:-1]
    assert kept == list(notice.lines[:len(kept)])
    assert lines[-1] == f"… and {60 - len(kept)} more"
    assert Notice.of([], {}) is None
    assert notice.shortened(100_000) == notice.text
