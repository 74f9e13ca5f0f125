"""Transport by e-mail (docs/transport.md, "By e-mail"): another delivery channel of the outbox, for the many
communes that work by e-mail.

- At the hamlet, ``send_pending_mail`` (``sothon send`` when ``delivery_channel`` is ``email``) sends each due
  bundle as an attachment through the user's SMTP account to the commune's address: pending → sending →
  delivered once the SMTP server has accepted the message; acknowledged (or rejected) when the commune's signed
  receipt comes back — read from the hamlet's own mailbox over IMAP at the start of each round when
  ``imap_host`` is set and a bundle awaits its receipt (``_fetch_receipts``), or imported by hand with ``sothon receipt``.
- At the commune, ``fetch_bundles`` (``sothon fetch-mail``) reads the mailbox over IMAP: each new message with
  a bundle attachment goes through the commune import pipeline (``services.commune_import``), and the signed
  receipt goes back by e-mail to the address the hamlet signed. Every message is handled once, by its IMAP
  identity (table ``mail_messages``); a bundle that arrives twice is ``already_imported`` (by its SHA-256) and
  is answered with the same receipt.
- Refused before anything is imported, reported and quarantined (``DATA_DIR/quarantine``, the message with
  the reason beside it): a mail that is not a bundle, a bundle mail whose headers are missing or whose
  attachment is not the file they name, a sender that is not an enrolled hamlet or a signature that is not
  its key's. A bundle that passes these and is still refused by the pipeline is quarantined by it, as with
  ``sothon import``.

Passwords are sealed like the private keys (``credentials.Sealer``: scrypt + AES-GCM) with the passphrase of
the profile that set them, and opened only for the round that needs them. Plain connections (``none``) are
allowed only to a server on this computer.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import imaplib
import ipaddress
import random
import re
import smtplib
import ssl
import tempfile
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import make_msgid, parseaddr
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop_app.bundles import format as fmt
from desktop_app.domain.errors import AuthError, SothonError
from desktop_app.domain.ids import new_id
from desktop_app.domain.units import UnitKind
from desktop_app.i18n import N_, tr
from desktop_app.services import credentials as cr
from desktop_app.services import exchange, identity
from desktop_app.services.transport import protocol as p
from desktop_app.services.transport import sender as s
from desktop_app.services.transport.resend import (  # noqa: F401 — mail.resend_days, mail.RESEND_DAYS
    CHANNEL,
    EMAIL,
    RESEND_DAYS,
    RESEND_DAYS_DEFAULT,
    RESEND_DAYS_MAX,
    resend_days,
    resend_due,
)
from desktop_app.storage.db import WalKeeper
from desktop_app.storage.models import MailMessage, OutboxDelivery, OutboxEntry, ReceivedBundle, utcnow

HTTP = "http"
MAIL_ADDRESS = "mail_address"  # this unit's own address: the mails' sender, where answers come back
MAIL_COMMUNE = "mail_commune_address"  # hamlet: where the bundles go
SMTP_KEYS = ("smtp_host", "smtp_port", "smtp_security", "smtp_user", "smtp_password")
IMAP_KEYS = ("imap_host", "imap_port", "imap_security", "imap_user", "imap_password", "imap_folder")
CA_FILE = "mail_ca_file"  # a certificate file trusted besides the system's authorities (a mail server of one's own)
SETTING_KEYS = (CHANNEL, MAIL_ADDRESS, MAIL_COMMUNE, *SMTP_KEYS, *IMAP_KEYS, CA_FILE, RESEND_DAYS)
PASSWORDS = ("smtp_password", "imap_password")
SECURITY = {"smtp": ("starttls", "ssl", "none"), "imap": ("ssl", "starttls", "none")}
DEFAULT_PORT = {("smtp", "starttls"): 587, ("smtp", "ssl"): 465, ("smtp", "none"): 25,
                ("imap", "ssl"): 993, ("imap", "starttls"): 143, ("imap", "none"): 143}
SEALED = "sealed"  # what ``settings get`` shows of a password that is set

CA_HINT = "a certificate file (.pem or .crt) of the mail server or its authority"
MAX_BUNDLE = fmt.Limits().max_file_size
MAX_BUNDLE_MAIL = MAX_BUNDLE * 4 // 3 + 1024 * 1024  # base64 and the headers
MAX_RECEIPT_MAIL = 1024 * 1024
MAX_PER_FETCH = 200  # messages read in one fetch; the rest at the next
BUNDLE_SUFFIX, RECEIPT_SUFFIX = fmt.EXTENSION, ".sothon-receipt"

_ADDRESS_RE = re.compile(r"^[^@\s<>\"(),;:\\]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$")
_HOST_RE = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$|^\[?[0-9A-Fa-f:.]+\]?$")
_FOLDER_RE = re.compile(r"^[A-Za-z0-9._/ -]{1,200}$")
_USER_RE = re.compile(r"^[^\s\x00-\x1f\x7f]{1,320}$")


class MailFailure(s.TransportFailure):
    """A try by e-mail that did not get through; the bundle (or the receipt's answer) waits for the next."""


# --- settings ------------------------------------------------------------------------------------------------


def _invalid(key: str, value: str, hint: str) -> SothonError:
    return SothonError("setting_invalid", key=key, value=value, hint=hint)


def get_setting(app: Any, key: str) -> Any:
    value = app.settings.extra.get(key)
    if key in PASSWORDS:
        return SEALED if value else None
    if key == CHANNEL:
        return value or HTTP
    if key == RESEND_DAYS:
        return resend_days(app)
    return value


def set_setting(app: Any, key: str, value: str) -> Any:
    """Validate and keep one mail setting (an empty value clears it); the password is sealed with the open
    profile's passphrase (``passphrase_required`` when none is open)."""
    value = value.strip()
    extra = app.settings.extra
    if not value:
        extra.pop(key, None)
        return get_setting(app, key) if key == RESEND_DAYS else None
    if key == CHANNEL:
        if value not in (HTTP, EMAIL):
            raise _invalid(key, value, f"{HTTP}, {EMAIL}")
        extra[key] = value
    elif key in (MAIL_ADDRESS, MAIL_COMMUNE):
        if len(value) > 254 or not _ADDRESS_RE.match(value):
            raise _invalid(key, value, "an e-mail address, e.g. vanphong@xa.gov.vn")
        extra[key] = value
    elif key in ("smtp_host", "imap_host"):
        if not _HOST_RE.match(value):
            raise _invalid(key, value, "the mail server's name or address, e.g. smtp.gmail.com")
        extra[key] = value.strip("[]")
    elif key in ("smtp_port", "imap_port"):
        if not value.isdigit() or not 1 <= int(value) <= 65535:
            raise _invalid(key, value, "a port number from 1 to 65535")
        extra[key] = int(value)
    elif key in ("smtp_security", "imap_security"):
        allowed = SECURITY[key.split("_")[0]]
        if value not in allowed:
            raise _invalid(key, value, ", ".join(allowed))
        extra[key] = value
    elif key in ("smtp_user", "imap_user"):
        if not _USER_RE.match(value):
            raise _invalid(key, value, "the account's user name, without spaces")
        extra[key] = value
    elif key == RESEND_DAYS:
        if not value.isdigit() or int(value) > RESEND_DAYS_MAX:
            raise _invalid(key, value, "a number of days from 0 (never) to 60, e.g. 3")
        extra[key] = int(value)
    elif key == CA_FILE:
        extra[key] = _check_ca_file(value)
    elif key == "imap_folder":
        if not _FOLDER_RE.match(value):
            raise _invalid(key, value, "a folder name of letters, digits, spaces and . _ / -, e.g. INBOX")
        extra[key] = value
    elif key in PASSWORDS:
        if app.profile is None:
            raise AuthError("passphrase_required", profile=app.default_profile_name() or "")
        if len(value) > 1000 or any(ord(c) < 32 for c in value):
            raise _invalid(key, "…", "the account's password, on one line")
        sealer = cr.Sealer(app.session_passphrase())
        extra[key] = {"profile": app.profile.name,
                      "sealed": sealer.seal_data(value.encode("utf-8"), credential_id=_secret_id(app.profile.name),
                                                 purpose=key)}
    return get_setting(app, key)


def _check_ca_file(value: str) -> str:
    """The certificate file's absolute path, once ``ssl`` has read a certificate from it."""
    path = Path(value).expanduser()
    try:
        if not path.is_file() or path.stat().st_size > 1024 * 1024:
            raise OSError
        ssl.create_default_context(cafile=str(path))
    except (OSError, ssl.SSLError, ValueError):
        raise _invalid(CA_FILE, value, CA_HINT) from None
    return str(path.resolve())


def _secret_id(profile: str) -> str:
    return f"settings:{profile}"


def _password(app: Any, key: str) -> str:
    entry = app.settings.extra.get(key)
    if not entry:
        raise SothonError("mail_password_missing", key=key)
    if app.profile is None:
        raise AuthError("passphrase_required", profile=app.default_profile_name() or "")
    if not isinstance(entry, dict) or entry.get("profile") != app.profile.name:
        raise SothonError("mail_password_other_profile", key=key,
                          profile=str(entry.get("profile") if isinstance(entry, dict) else "?"))
    try:
        raw = cr.Sealer(app.session_passphrase()).open_data(str(entry.get("sealed")),
                                                            credential_id=_secret_id(app.profile.name), purpose=key)
    except cr.SealError:
        raise SothonError("mail_password_unreadable", key=key) from None
    return raw.decode("utf-8")


def reseal_passwords(app: Any, profile: str, *, old: str, new: str) -> None:
    """After a passphrase change: the passwords the profile sealed, sealed again with the new passphrase."""
    changed = False
    for key in PASSWORDS:
        entry = app.settings.extra.get(key)
        if not isinstance(entry, dict) or entry.get("profile") != profile:
            continue
        try:
            raw = cr.Sealer(old).open_data(str(entry.get("sealed")), credential_id=_secret_id(profile), purpose=key)
        except cr.SealError:
            continue
        entry["sealed"] = cr.Sealer(new).seal_data(raw, credential_id=_secret_id(profile), purpose=key)
        changed = True
    if changed:
        app.save_settings()


@dataclass(frozen=True)
class Account:
    """One mail server: ``protocol`` smtp or imap; ``password`` opened (None without a user)."""

    protocol: str
    host: str
    port: int
    security: str
    user: str | None
    password: str | None
    folder: str = "INBOX"
    cafile: str | None = None  # ``mail_ca_file``: trusted besides the system's authorities

    @property
    def mailbox(self) -> str:
        """What identifies the mailbox read (``mail_messages.mailbox``)."""
        return f"{self.user or ''}@{self.host}:{self.port}/{self.folder}"[:400]


def configured(app: Any, protocol: str) -> bool:
    return bool(app.settings.extra.get(f"{protocol}_host"))


def account(app: Any, protocol: str) -> Account:
    extra = app.settings.extra
    host = extra.get(f"{protocol}_host")
    if not host:
        raise SothonError("mail_settings_missing", keys=f"{protocol}_host")
    security = extra.get(f"{protocol}_security") or SECURITY[protocol][0]
    port = int(extra.get(f"{protocol}_port") or DEFAULT_PORT[(protocol, security)])
    user = extra.get(f"{protocol}_user")
    if protocol == "imap" and not user:
        raise SothonError("mail_settings_missing", keys="imap_user, imap_password")
    password = _password(app, f"{protocol}_password") if user else None
    if security == "none" and not _is_local(host):
        raise SothonError("mail_plain_not_local", key=f"{protocol}_security", host=host)
    return Account(protocol, host, port, security, user, password, extra.get("imap_folder") or "INBOX",
                   extra.get(CA_FILE))


def _is_local(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def tls_context(cafile: str | None = None) -> ssl.SSLContext:
    """The certificate check of the mail servers: the system's certificate authorities, as any mail client,
    and ``cafile`` (``mail_ca_file``) besides; the server's name is checked against its certificate."""
    context = ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    if cafile:
        try:
            context.load_verify_locations(cafile=cafile)
        except (OSError, ssl.SSLError) as exc:  # the file gone or changed since it was set
            raise MailFailure("setting_invalid", key=CA_FILE, value=cafile, hint=CA_HINT) from exc
    return context


def _addresses(app: Any, *, commune_address: bool) -> tuple[str, str | None]:
    extra = app.settings.extra
    own = extra.get(MAIL_ADDRESS)
    other = extra.get(MAIL_COMMUNE) if commune_address else None
    missing = [k for k, v in ((MAIL_ADDRESS, own), (MAIL_COMMUNE, other if commune_address else "-")) if not v]
    if missing:
        raise SothonError("mail_settings_missing", keys=", ".join(missing))
    return own, other


# --- SMTP ----------------------------------------------------------------------------------------------------


def _why_unreachable(exc: BaseException) -> str:
    """Why a connection failed, in words a hamlet head can act on; the exception's name otherwise."""
    import socket

    if isinstance(exc, socket.gaierror):
        return tr("the server's name is not found: no Internet, or a mistake in the name")
    if isinstance(exc, ConnectionRefusedError):
        return tr("the server refused the connection: check the port")
    if isinstance(exc, (TimeoutError, socket.timeout)):
        return tr("no answer in time: the network is slow or down")
    if isinstance(exc, (ConnectionResetError, ConnectionAbortedError, BrokenPipeError, EOFError)) \
            or type(exc).__name__ in ("SMTPServerDisconnected", "abort"):
        return tr("the connection was cut")
    if isinstance(exc, OSError) and exc.errno in (101, 113, 10051, 10065):  # ENETUNREACH, EHOSTUNREACH (+ Windows)
        return tr("no network")
    return type(exc).__name__


def _unreachable(exc: BaseException, server: str) -> MailFailure:
    return MailFailure("mail_unreachable", server=server, detail=_why_unreachable(exc))


# OpenSSL's verify codes (X509_V_ERR_*) that a person can act on, in words; others show OpenSSL's own text.
_HOSTNAME_MISMATCH = (62, 64)  # HOSTNAME_MISMATCH, IP_ADDRESS_MISMATCH
_VERIFY_REASONS = {
    9: N_("the certificate is not valid yet"), 10: N_("the certificate has expired"),
    18: N_("a self-signed certificate"), 19: N_("a self-signed certificate in the chain"),
    20: N_("issued by an authority this computer does not know"),
    21: N_("issued by an authority this computer does not know"),
    23: N_("the certificate was revoked"),
}


def _untrusted(exc: ssl.SSLCertVerificationError, server: str, host: str, key: str) -> MailFailure:
    """A certificate the check refused: for another name (``mail_certificate_name_mismatch``, naming the
    setting to correct), or not trusted (``mail_certificate_untrusted``, with why in words)."""
    code = getattr(exc, "verify_code", None)
    if code in _HOSTNAME_MISMATCH:
        return MailFailure("mail_certificate_name_mismatch", server=server, host=host, key=key)
    reason = _VERIFY_REASONS.get(code)
    detail = tr(reason) if reason else str(getattr(exc, "verify_message", "") or type(exc).__name__)
    return MailFailure("mail_certificate_untrusted", server=server, detail=detail[:200])


def connect_smtp(acct: Account, *, timeout: float = 30.0) -> smtplib.SMTP:
    server = f"{acct.host}:{acct.port}"
    try:
        if acct.security == "ssl":
            conn: smtplib.SMTP = smtplib.SMTP_SSL(acct.host, acct.port, timeout=timeout,
                                                  context=tls_context(acct.cafile))
        else:
            conn = smtplib.SMTP(acct.host, acct.port, timeout=timeout)
            if acct.security == "starttls":
                conn.starttls(context=tls_context(acct.cafile))
        if acct.user:
            conn.login(acct.user, acct.password or "")
        return conn
    except smtplib.SMTPAuthenticationError:
        raise MailFailure("mail_login_failed", server=server, key="smtp_user, smtp_password") from None
    except smtplib.SMTPNotSupportedError:
        raise MailFailure("mail_starttls_unsupported", server=server, key="smtp_security") from None
    except ssl.SSLCertVerificationError as exc:
        raise _untrusted(exc, server, acct.host, "smtp_host") from exc
    except (OSError, smtplib.SMTPException, ssl.SSLError) as exc:
        raise _unreachable(exc, server) from exc


def _send(conn: smtplib.SMTP, message: EmailMessage, server: str) -> None:
    try:
        conn.send_message(message)
    except (smtplib.SMTPRecipientsRefused, smtplib.SMTPSenderRefused, smtplib.SMTPDataError) as exc:
        code = getattr(exc, "smtp_code", None)
        if isinstance(exc, smtplib.SMTPRecipientsRefused):
            code = next(iter(exc.recipients.values()), (None, b""))[0]
        raise MailFailure("mail_refused", server=server, code=str(code), detail=str(exc)[:200]) from exc
    except (OSError, smtplib.SMTPException) as exc:
        raise _unreachable(exc, server) from exc


def _quit(conn: smtplib.SMTP | None) -> None:
    if conn is None:
        return
    try:
        conn.quit()
    except (OSError, smtplib.SMTPException):
        conn.close()


# --- IMAP ----------------------------------------------------------------------------------------------------


class Mailbox:
    """One IMAP folder, read by UID (``BODY.PEEK``: reading does not mark a message read; ``seen`` does)."""

    def __init__(self, acct: Account, *, timeout: float = 30.0) -> None:
        self.acct = acct
        self.timeout = timeout
        self.server = f"{acct.host}:{acct.port}"
        self.conn: imaplib.IMAP4 | None = None
        self.uidvalidity = ""

    def __enter__(self) -> Mailbox:
        acct = self.acct
        try:
            if acct.security == "ssl":
                self.conn = imaplib.IMAP4_SSL(acct.host, acct.port, ssl_context=tls_context(acct.cafile),
                                              timeout=self.timeout)
            else:
                self.conn = imaplib.IMAP4(acct.host, acct.port, timeout=self.timeout)
                if acct.security == "starttls":
                    if "STARTTLS" not in self.conn.capabilities:
                        raise MailFailure("mail_starttls_unsupported", server=self.server, key="imap_security")
                    self.conn.starttls(ssl_context=tls_context(acct.cafile))
        except MailFailure:
            self._drop()
            raise
        except ssl.SSLCertVerificationError as exc:
            self._drop()
            raise _untrusted(exc, self.server, acct.host, "imap_host") from exc
        except (OSError, imaplib.IMAP4.error, ssl.SSLError) as exc:
            self._drop()
            raise _unreachable(exc, self.server) from exc
        try:
            self.conn.login(acct.user or "", acct.password or "")
        except imaplib.IMAP4.abort as exc:
            self._close()
            raise _unreachable(exc, self.server) from exc
        except imaplib.IMAP4.error:
            self._close()
            raise MailFailure("mail_login_failed", server=self.server, key="imap_user, imap_password") from None
        except OSError as exc:
            self._close()
            raise _unreachable(exc, self.server) from exc
        try:
            typ, _data = self.conn.select(f'"{acct.folder}"')
            if typ != "OK":
                raise SothonError("mail_folder_unknown", folder=acct.folder)
            _typ, values = self.conn.response("UIDVALIDITY")
            self.uidvalidity = (values[0] or b"0").decode("ascii", "replace")[:20] if values else "0"
        except (OSError, imaplib.IMAP4.error) as exc:
            self._close()
            raise _unreachable(exc, self.server) from exc
        except SothonError:
            self._close()
            raise
        return self

    def __exit__(self, *_exc: object) -> None:
        self._close()

    def _drop(self) -> None:
        """The connection closed without a word: its TLS never started, nothing is said in clear."""
        if self.conn is None:
            return
        try:
            self.conn.shutdown()
        except OSError:
            pass
        self.conn = None

    def _close(self) -> None:
        if self.conn is None:
            return
        try:
            self.conn.logout()
        except (OSError, imaplib.IMAP4.error):
            pass
        self.conn = None

    def _uid(self, *args: str) -> list[Any]:
        assert self.conn is not None
        try:
            typ, data = self.conn.uid(*args)
        except (OSError, imaplib.IMAP4.error) as exc:
            raise _unreachable(exc, self.server) from exc
        if typ != "OK":
            raise MailFailure("mail_unreachable", server=self.server, detail=f"{args[0]} {typ}")
        return data

    def uids(self) -> list[int]:
        data = self._uid("SEARCH", "ALL")
        return sorted(int(u) for u in b" ".join(d for d in data if d).split() if u.isdigit())

    def size(self, uid: int) -> int:
        for item in self._uid("FETCH", str(uid), "(RFC822.SIZE)"):
            raw = item[0] if isinstance(item, tuple) else item
            if isinstance(raw, bytes) and (m := re.search(rb"RFC822\.SIZE (\d+)", raw)):
                return int(m.group(1))
        return -1

    def fetch(self, uid: int) -> bytes | None:
        for item in self._uid("FETCH", str(uid), "(BODY.PEEK[])"):
            if isinstance(item, tuple) and len(item) == 2:
                return item[1]
        return None

    def seen(self, uid: int) -> None:
        try:
            self._uid("STORE", str(uid), "+FLAGS.SILENT", "(\\Seen)")
        except MailFailure:
            pass  # a courtesy to whoever reads the mailbox too; what counts is mail_messages


def _known(app: Any, mailbox: Mailbox) -> set[int]:
    with app.uow() as uow:
        return set(uow.session.scalars(select(MailMessage.uid).where(
            MailMessage.mailbox == mailbox.acct.mailbox, MailMessage.uidvalidity == mailbox.uidvalidity)))


def _record(app: Any, mailbox: Mailbox, uid: int, *, message_id: str | None, kind: str, status: str,
            error: str | None = None, sender_code: str | None = None, sha256: str | None = None,
            reply_to: str | None = None, reply_state: str = "none") -> None:
    with app.uow() as uow:
        uow.session.add(MailMessage(
            id=new_id(), mailbox=mailbox.acct.mailbox, uidvalidity=mailbox.uidvalidity, uid=uid,
            message_id=(message_id or "")[:300] or None, kind=kind, status=status, error=error,
            sender_code=sender_code, sha256=sha256, reply_to=reply_to, reply_state=reply_state,
            fetched_at=utcnow(), replied_at=utcnow() if reply_state == "sent" else None))
        uow.commit()


def _parse(raw: bytes) -> EmailMessage | None:
    try:
        message = email.message_from_bytes(raw, policy=email.policy.default)
    except Exception:  # noqa: BLE001 — the parser is lenient; anything it still cannot read is not a bundle
        return None
    return message if isinstance(message, EmailMessage) else None


def _header(message: EmailMessage, name: str) -> str:
    try:
        return str(message.get(name, "") or "").strip()
    except Exception:  # noqa: BLE001 — a malformed header reads as absent
        return ""


def _attachments(message: EmailMessage, suffix: str, content_type: str) -> list[tuple[str, bytes | None]]:
    out = []
    for part in message.walk():
        if part.is_multipart():
            continue
        try:
            name = part.get_filename() or ""
            ctype = part.get_content_type()
        except Exception:  # noqa: BLE001
            continue
        if name.lower().endswith(suffix) or ctype == content_type:
            try:
                data = part.get_payload(decode=True)
            except Exception:  # noqa: BLE001
                data = None
            out.append((name, data if isinstance(data, bytes) else None))
    return out


# --- the hamlet: sending --------------------------------------------------------------------------------------


def bundle_message(*, from_addr: str, to_addr: str, unit: Any, path: Path, sha256: str, size: int,
                   sequence: int, signature: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = from_addr
    message["To"] = to_addr
    message["Subject"] = tr("Sổ Thôn bundle from {unit}, no. {sequence}", unit=unit.name or unit.code,
                            sequence=sequence)
    message["Message-ID"] = make_msgid(idstring=sha256[:16], domain="sothon.invalid")
    message[p.H_MAIL_BUNDLE] = "1"
    message[p.H_SENDER] = unit.code
    message[p.H_SHA256] = sha256
    message[p.H_SIGNATURE] = signature
    message[p.H_REPLY_TO] = from_addr
    message.set_content(tr(
        "This message carries a Sổ Thôn bundle (the attached file). The commune imports it with Sổ Thôn"
        " (sothon fetch-mail) and the signed receipt comes back by e-mail. Do not open or change the file."))
    message.add_attachment(path.read_bytes(), maintype="application", subtype="vnd.sothon-bundle",
                           filename=path.name)
    return message


def _mail_delivered(app: Any, outbox_id: str, *, again: bool = False) -> None:
    """The SMTP server took the message: the try succeeded, the receipt is what is awaited now (``again``: a
    delivered bundle mailed again for want of a receipt — its wait starts over)."""
    now = utcnow()
    with app.uow() as uow:
        entry = uow.session.get(OutboxEntry, outbox_id)
        if entry is not None and entry.state == exchange.SENDING:
            s._set_state(uow, entry, exchange.DELIVERED)
        row = s._delivery(uow, outbox_id)
        if again:
            row.resends = (row.resends or 0) + 1
            row.resent_at = now
        row.attempts = (row.attempts or 0) + 1
        row.last_attempt_at = now
        row.delivered_at = row.delivered_at or now
        row.next_attempt_at = None
        row.last_error = row.last_message = None
        uow.commit()


def send_pending_mail(app: Any, *, force: bool = False, backoff: s.Backoff | None = None,
                      rng: random.Random | None = None) -> dict[str, Any]:
    """One round by e-mail (see the module's docstring): first the receipts in the hamlet's mailbox (when
    ``imap_host`` is set), then every due pending bundle through SMTP. The result is ``send_pending``'s with
    ``"channel": "email"``, ``mail_to`` and ``receipts`` (what ``fetch_receipts`` read)."""
    unit = s._hamlet(app)
    own, commune_address = _addresses(app, commune_address=True)
    smtp = account(app, "smtp")
    backoff = backoff or s.Backoff()
    result: dict[str, Any] = {"channel": EMAIL, "inbox_url": None, "mail_to": commune_address, "reachable": None,
                              "error": None, "message": None, "bundles": [], "receipts": None,
                              "receipts_error": None}
    with s._round_lock:
        if configured(app, "imap") and _awaiting_receipts(app):
            try:
                result["receipts"] = _fetch_receipts(app)
            except SothonError as exc:  # the mailbox is down: the bundles may still go
                result["receipts_error"] = {"error": exc.code, "message": s._render(exc)}
        with app.uow() as uow:
            recipient = exchange._recipient(uow, exchange.RECIPIENT_COMMUNE)
            if recipient is None:
                raise SothonError("recipient_missing")
            entries = list(uow.session.scalars(select(OutboxEntry).where(
                OutboxEntry.kind == fmt.KIND_GOVERNMENT, OutboxEntry.recipient_code == recipient.code,
                OutboxEntry.state.in_((exchange.PENDING, exchange.SENDING, exchange.DELIVERED)))
                .order_by(OutboxEntry.sequence)))
            for entry in entries:  # left sending by a round that never ended
                if entry.state == exchange.SENDING:
                    s._set_state(uow, entry, exchange.PENDING)
            uow.commit()
            deliveries = {d.outbox_id: d for d in uow.session.scalars(select(OutboxDelivery))}
            now = utcnow()
            days = resend_days(app)

            def due(e: OutboxEntry) -> bool:
                row = deliveries.get(e.id)
                return force or row is None or row.next_attempt_at is None or row.next_attempt_at <= now

            # A delivered bundle waits for its receipt; after ``mail_resend_days`` without one (the message or
            # the receipt lost on the way) it is mailed again — the commune answers a repeat with the same
            # receipt and imports nothing twice.
            work = [(e.id, e.sha256, e.saved_path, e.sequence, e.state == exchange.DELIVERED) for e in entries
                    if (e.state == exchange.PENDING or resend_due(e.state, deliveries.get(e.id), days, now))
                    and due(e)]
        ids = [e.id for e in entries]
        rnd = s._Round(app, backoff, rng)
        if work:
            server = f"{smtp.host}:{smtp.port}"
            conn = None
            try:
                conn = connect_smtp(smtp)
                result["reachable"] = True
            except MailFailure as exc:
                result.update(reachable=False, error=exc.code, message=s._render(exc))
                for outbox_id, *_rest in work:
                    rnd.failed(outbox_id, exc, back_to_pending=False)
            key = None
            try:
                for n, (outbox_id, sha, saved_path, sequence, again) in enumerate(work if conn is not None else []):
                    try:
                        path = Path(saved_path or "")
                        if not saved_path or not path.is_file() or s._file_sha256(path) != sha:
                            raise SothonError("bundle_file_missing", path=str(saved_path or ""))
                        size = path.stat().st_size
                        if key is None:
                            key = identity.session_signing_identity(app).key
                        if not again and not rnd.claim(outbox_id):
                            continue
                        signature = p.sign_mail(key, unit.code, sha, size, own)
                        _send(conn, bundle_message(from_addr=own, to_addr=commune_address, unit=unit, path=path,
                                                   sha256=sha, size=size, sequence=sequence, signature=signature),
                              server)
                        _mail_delivered(app, outbox_id, again=again)
                    except MailFailure as exc:
                        rnd.failed(outbox_id, exc, back_to_pending=True)
                        if exc.code == "mail_unreachable":
                            result.update(reachable=False, error=exc.code, message=s._render(exc))
                            for later, *_rest in work[n + 1:]:
                                rnd.failed(later, exc, back_to_pending=False)
                            break
                    except SothonError as exc:
                        rnd.failed(outbox_id, exc, back_to_pending=True)
                        if exc.code in ("passphrase_required", "export_not_key_holder"):
                            raise
            finally:
                _quit(conn)
        result["bundles"] = s._report(app, ids)
        return result


def _awaiting_receipts(app: Any) -> bool:
    """Whether a bundle awaits its receipt (delivered, or sent by hand): the mailbox is read only then, not
    every minute for nothing."""
    with app.uow() as uow:
        return uow.session.scalars(select(OutboxEntry.id).where(
            OutboxEntry.state.in_((exchange.DELIVERED, exchange.SENT))).limit(1)).first() is not None


def _fetch_receipts(app: Any) -> list[dict[str, Any]]:
    """The hamlet's mailbox: each new message with a receipt attachment moves its bundle to acknowledged or
    rejected (the receipt must be signed by the registered commune and name the bundle's SHA-256); other
    messages are left alone (recorded as ignored, never read again)."""
    out: list[dict[str, Any]] = []
    with Mailbox(account(app, "imap")) as box:
        known = _known(app, box)
        for uid in [u for u in box.uids() if u not in known][:MAX_PER_FETCH]:
            size = box.size(uid)
            raw = box.fetch(uid) if 0 <= size <= MAX_RECEIPT_MAIL else None
            message = _parse(raw) if raw is not None else None
            found = _attachments(message, RECEIPT_SUFFIX, p.RECEIPT_TYPE) if message is not None else []
            message_id = _header(message, "Message-ID") if message is not None else None
            if not found:
                _record(app, box, uid, message_id=message_id, kind="other", status="ignored")
                continue
            item: dict[str, Any] = {"uid": uid, "status": "applied", "error": None, "message": None,
                                    "sequence": None, "state": None}
            try:
                name, data = found[0]
                if data is None or len(data) > p.MAX_RECEIPT:
                    raise SothonError("receipt_invalid", detail="the attachment cannot be read")
                with tempfile.TemporaryDirectory(dir=app.data_dir) as tmp:
                    path = Path(tmp) / "answer.sothon-receipt"
                    path.write_bytes(data)
                    row = exchange.import_receipt(app, path)
                item.update(sequence=row["sequence"], state=row["state"])
                _clear_error(app, row["id"])
            except SothonError as exc:
                item.update(status="receipt_invalid", error=exc.code, message=s._render(exc))
            _record(app, box, uid, message_id=message_id, kind="receipt", status=item["status"], error=item["error"])
            box.seen(uid)
            out.append(item)
    return out


def _clear_error(app: Any, outbox_id: str) -> None:
    with app.uow() as uow:
        row = uow.session.get(OutboxDelivery, outbox_id)
        if row is not None:
            row.next_attempt_at = None
            row.last_error = row.last_message = None
            uow.commit()


# --- the commune: fetching bundles -----------------------------------------------------------------------------


def receipt_message(*, from_addr: str, to_addr: str, receipt: bytes, file_name: str, sha256: str,
                    status: str, in_reply_to: str | None, sequence: int | None, unit: Any) -> EmailMessage:
    message = EmailMessage()
    message["From"] = from_addr
    message["To"] = to_addr
    message["Subject"] = tr("Sổ Thôn receipt from {unit} for bundle no. {sequence}", unit=unit.name or unit.code,
                            sequence=sequence if sequence is not None else "?")
    message["Message-ID"] = make_msgid(idstring="r" + sha256[:16], domain="sothon.invalid")
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
        message["References"] = in_reply_to
    message[p.H_RECEIPT_FOR] = sha256
    message[p.H_RESULT] = status
    message.set_content(tr(
        "The signed receipt of your Sổ Thôn bundle is attached. Sổ Thôn reads it by itself when the hamlet's"
        " mailbox is set up (imap_host); otherwise import it with: sothon receipt import FILE."))
    message.add_attachment(receipt, maintype="application", subtype="vnd.sothon-receipt+json",
                           filename=file_name)
    return message


class _Replies:
    """The SMTP connection of the answers, opened on the first one; a failure leaves the others pending."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.conn: smtplib.SMTP | None = None
        self.failure: MailFailure | None = None
        self.acct: Account | None = None

    def send(self, message: EmailMessage) -> bool:
        if self.failure is not None:
            return False
        try:
            if self.conn is None:
                self.acct = account(self.app, "smtp")
                self.conn = connect_smtp(self.acct)
            _send(self.conn, message, f"{self.acct.host}:{self.acct.port}")
            return True
        except MailFailure as exc:
            self.failure = exc
            return False
        except SothonError as exc:
            self.failure = MailFailure(exc.code, **exc.params)
            return False

    def close(self) -> None:
        _quit(self.conn)


def _quarantine_mail(app: Any, raw: bytes, uid: int, err: SothonError) -> str | None:
    from desktop_app.services import commune_import

    with tempfile.TemporaryDirectory(dir=app.data_dir) as tmp:
        path = Path(tmp) / f"mail-{uid}.eml"
        path.write_bytes(raw)
        return commune_import._quarantine(app, path, err, hashlib.sha256(raw).hexdigest())


def _bundle_mail(app: Any, raw: bytes, uid: int, keys: Any) -> dict[str, Any]:
    """Check one message and import its bundle; the outcome (never raises for a bad message)."""
    from desktop_app.messages import render
    from desktop_app.services import commune_import, enrolment
    from desktop_app.services.transport.server import INBOX_FOLDER

    message = _parse(raw)
    item: dict[str, Any] = {"uid": uid, "kind": "bundle", "status": None, "error": None, "message": None,
                            "message_id": None, "sender": None, "sequence": None, "sha256": None, "counts": {},
                            "reply_to": None, "reply": "none", "quarantined": None, "receipt_bytes": None,
                            "receipt_name": None}

    def refuse(code: str, **params: Any) -> dict[str, Any]:
        err = SothonError(code, **params)
        item.update(status="quarantined", error=code, message=render(err),
                    quarantined=_quarantine_mail(app, raw, uid, err))
        return item

    if message is None:
        item["kind"] = "other"
        return refuse("mail_not_bundle")
    item["message_id"] = _header(message, "Message-ID")
    found = _attachments(message, BUNDLE_SUFFIX, p.BUNDLE_TYPE)
    if not found:
        if not _header(message, p.H_MAIL_BUNDLE):
            item["kind"] = "other"
        return refuse("mail_not_bundle")
    if len(found) > 1:
        return refuse("mail_bundle_many", count=len(found))
    name, data = found[0]
    sender_code = _header(message, p.H_SENDER)
    sha = _header(message, p.H_SHA256).lower()
    signature = _header(message, p.H_SIGNATURE)
    reply_to = _header(message, p.H_REPLY_TO)
    if not (p.UNIT_CODE_RE.match(sender_code) and p.SHA256_RE.match(sha) and signature and reply_to
            and _ADDRESS_RE.match(parseaddr(reply_to)[1] or "-")):
        return refuse("mail_headers_missing", headers=f"{p.H_SENDER}, {p.H_SHA256}, {p.H_SIGNATURE}, {p.H_REPLY_TO}")
    item.update(sender=sender_code, sha256=sha)
    if data is None or not data:
        return refuse("mail_attachment_unreadable", name=name[:100])
    if len(data) > MAX_BUNDLE:
        return refuse("mail_attachment_too_large", size_mb=len(data) // (1024 * 1024))
    if hashlib.sha256(data).hexdigest() != sha:
        return refuse("mail_attachment_altered", name=name[:100])
    with app.uow() as uow:
        certificates = [k.certificate for k in enrolment.trusted_keys(uow, sender_code)]
    if not certificates or not p.check_mail(certificates, sender_code, sha, len(data), reply_to, signature):
        return refuse("mail_sender_untrusted", sender=sender_code)
    item["reply_to"] = reply_to
    folder = Path(app.data_dir) / INBOX_FOLDER / "mail"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{sha}{BUNDLE_SUFFIX}"
        path.write_bytes(data)
    except OSError as exc:
        raise SothonError("file_unwritable", path=str(folder), detail=exc.strerror or str(exc)) from exc
    try:
        result = commune_import.import_file(app, path, receipts_dir=Path(app.data_dir) / INBOX_FOLDER / "receipts",
                                            keys=keys)
        if result["status"] == commune_import.IMPORTED:
            received = Path(app.data_dir) / INBOX_FOLDER / "received"
            received.mkdir(parents=True, exist_ok=True)
            path.replace(received / path.name)
    finally:
        path.unlink(missing_ok=True)
    item.update(status=result["status"], error=result["error"], message=result["message"],
                sequence=result["sequence"], counts=result["counts"], quarantined=result["quarantined"])
    if result.get("sender") and result["sender"] != sender_code:
        item["sender"] = result["sender"]
    if result.get("receipt"):
        item["receipt_bytes"] = Path(result["receipt"]).read_bytes()
        item["receipt_name"] = Path(result["receipt"]).name
    return item


def _commune(app: Any) -> Any:
    from desktop_app.services import commune_import

    return commune_import._commune(app)


def missing_for_fetch(app: Any) -> list[str]:
    """The settings a commune's fetch still needs (empty when its mailbox is set up): its address, the
    mailbox read (IMAP) and the account the receipts leave by (SMTP)."""
    extra = app.settings.extra
    need = (MAIL_ADDRESS, "imap_host", "imap_user", "imap_password", "smtp_host")
    return [k for k in need if not extra.get(k)]


def recent_messages(app: Any, *, limit: int = 100) -> list[dict[str, Any]]:
    """The commune's latest messages read (newest first): {"id", "uid", "fetched_at", "kind", "status", "error",
    "sender", "sequence", "reply"} — the window's list of what came by e-mail."""
    with app.uow() as uow:
        mails = list(uow.session.scalars(select(MailMessage).where(MailMessage.kind != "receipt")
                                         .order_by(MailMessage.fetched_at.desc(), MailMessage.uid.desc())
                                         .limit(limit)))
        shas = {m.sha256 for m in mails if m.sha256}
        sequences = {sha: seq for sha, seq in uow.session.execute(
            select(ReceivedBundle.sha256, ReceivedBundle.sequence).where(ReceivedBundle.sha256.in_(shas)))} \
            if shas else {}
        return [{"id": m.id, "uid": m.uid, "fetched_at": s._iso(m.fetched_at), "kind": m.kind, "status": m.status,
                 "error": m.error, "sender": m.sender_code, "sequence": sequences.get(m.sha256),
                 "reply": m.reply_state} for m in mails]


def fetch_bundles(app: Any, *, progress: Any = None) -> dict[str, Any]:
    """The commune's mailbox (see the module's docstring). Returns {"mailbox", "messages": [{"uid", "kind",
    "status", "error", "message", "sender", "sequence", "sha256", "counts", "reply", "quarantined"}],
    "replies": [answers sent again from earlier fetches], "more": messages left for the next fetch}.
    ``progress(done, total)``, when given, is called before the first message and after each one (from the
    thread that fetches: the window passes it on by a queued signal)."""
    from desktop_app.services import commune_import

    unit = _commune(app)
    own, _ = _addresses(app, commune_address=False)
    account(app, "smtp")  # the answers go by SMTP: refused here when it is not set, before any message is read
    keys = commune_import._Keys(app)
    replies = _Replies(app)
    out: dict[str, Any] = {"mailbox": None, "messages": [], "replies": [], "more": 0, "reply_error": None}
    try:
        with Mailbox(account(app, "imap")) as box, WalKeeper(Path(app.db_path)):
            out["mailbox"] = box.acct.mailbox
            known = _known(app, box)
            new = [u for u in box.uids() if u not in known]
            out["more"] = max(0, len(new) - MAX_PER_FETCH)
            total = min(len(new), MAX_PER_FETCH)
            if progress is not None:
                progress(0, total)
            for uid in new[:MAX_PER_FETCH]:
                size = box.size(uid)
                if size > MAX_BUNDLE_MAIL or size < 0:
                    err = SothonError("mail_too_large" if size > 0 else "mail_not_bundle",
                                      size_mb=max(size, 0) // (1024 * 1024))
                    item = {"uid": uid, "kind": "other", "status": "quarantined", "error": err.code,
                            "message": s._render(err), "message_id": None, "sender": None, "sequence": None,
                            "sha256": None, "counts": {}, "reply": "none", "reply_to": None,
                            "quarantined": _quarantine_mail(app, f"UID {uid}, {size} bytes\n".encode(), uid, err),
                            "receipt_bytes": None, "receipt_name": None}
                else:
                    raw = box.fetch(uid) or b""
                    item = _bundle_mail(app, raw, uid, keys)
                if item["receipt_bytes"] is not None and item["reply_to"]:
                    sent = replies.send(receipt_message(
                        from_addr=own, to_addr=item["reply_to"], receipt=item["receipt_bytes"],
                        file_name=item["receipt_name"], sha256=item["sha256"], status=item["status"],
                        in_reply_to=item["message_id"], sequence=item["sequence"], unit=unit))
                    item["reply"] = "sent" if sent else "pending"
                _record(app, box, uid, message_id=item["message_id"], kind=item["kind"], status=item["status"],
                        error=item["error"], sender_code=item["sender"], sha256=item["sha256"],
                        reply_to=item["reply_to"], reply_state=item["reply"])
                box.seen(uid)
                out["messages"].append({k: v for k, v in item.items()
                                        if k not in ("receipt_bytes", "receipt_name", "message_id")})
                if progress is not None:
                    progress(len(out["messages"]), total)
        out["replies"] = _retry_replies(app, unit, own, replies)
    finally:
        replies.close()
    if replies.failure is not None:
        out["reply_error"] = {"error": replies.failure.code, "message": s._render(replies.failure)}
    return out


def _retry_replies(app: Any, unit: Any, own: str, replies: _Replies) -> list[dict[str, Any]]:
    """The answers left pending by an earlier fetch (the SMTP server was down then)."""
    from desktop_app.bundles.receipt import receipt_file_name

    with app.uow() as uow:
        pending = [(m.id, m.sha256, m.reply_to, m.message_id, m.status) for m in uow.session.scalars(
            select(MailMessage).where(MailMessage.reply_state == "pending").order_by(MailMessage.fetched_at))]
    done = []
    for mail_id, sha, reply_to, message_id, status in pending:
        if replies.failure is not None:
            break
        with app.uow() as uow:
            rows = list(uow.session.scalars(select(ReceivedBundle).where(
                ReceivedBundle.sha256 == sha, ReceivedBundle.receipt.is_not(None))))
        row = next((r for r in rows if r.status == "imported"), rows[0] if rows else None)
        if row is None or not reply_to:
            continue
        name = receipt_file_name({"sender": row.sender_code, "recipient": row.recipient_code,
                                  "sequence": row.sequence, "kind": row.kind})
        if replies.send(receipt_message(from_addr=own, to_addr=reply_to, receipt=bytes(row.receipt), file_name=name,
                                        sha256=sha, status=status, in_reply_to=message_id, sequence=row.sequence,
                                        unit=unit)):
            with app.uow() as uow:
                mail = uow.session.get(MailMessage, mail_id)
                mail.reply_state, mail.replied_at = "sent", utcnow()
                uow.commit()
            done.append({"sha256": sha, "sequence": row.sequence, "sender": row.sender_code, "reply": "sent"})
    return done


def fetch_mail(app: Any, *, progress: Any = None) -> dict[str, Any]:
    """``sothon fetch-mail``: at the commune the bundles (``fetch_bundles``, with its ``progress``); at a hamlet
    the receipts."""
    if app.unit is None:
        raise AuthError("not_initialised")
    if app.unit.kind == UnitKind.HAMLET:
        s._hamlet(app)
        with s._round_lock:
            return {"mailbox": None, "receipts": _fetch_receipts(app)}
    return fetch_bundles(app, progress=progress)

