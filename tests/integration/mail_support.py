"""What the e-mail transport tests share: a post office on loopback — an SMTP server (aiosmtpd) that delivers
each message into the mailbox of its recipient, and a small IMAP4rev1 server, written here, that lets each
account read its mailbox (LOGIN, SELECT, UID SEARCH / FETCH / STORE, LOGOUT: what ``imaplib`` sends) — in
clear, over TLS from the first byte (IMAPS, ``tls=``) or after STARTTLS (``starttls=``), with a certificate
``self_signed`` makes for the test."""

from __future__ import annotations

import re
import socket
import socketserver
import threading
from dataclasses import dataclass, field

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Stored:
    uid: int
    data: bytes
    flags: set[str] = field(default_factory=set)


class PostOffice:
    """Mailboxes by address; ``accounts``: IMAP/SMTP user → (password, address of its mailbox)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.boxes: dict[str, list[Stored]] = {}
        self.next_uid: dict[str, int] = {}
        self.accounts: dict[str, tuple[str, str]] = {}
        self.uidvalidity = 1
        self.smtp_down = False  # refuse every message (451) while True
        self.sent: list[tuple[str, list[str], bytes]] = []

    def account(self, user: str, password: str, address: str) -> None:
        self.accounts[user] = (password, address)
        self.boxes.setdefault(address.lower(), [])

    def deliver(self, address: str, data: bytes) -> None:
        address = address.lower()
        with self.lock:
            uid = self.next_uid.get(address, 0) + 1
            self.next_uid[address] = uid
            self.boxes.setdefault(address, []).append(Stored(uid, data))

    def box(self, address: str) -> list[Stored]:
        with self.lock:
            return list(self.boxes.get(address.lower(), []))


class _Handler:
    def __init__(self, office: PostOffice) -> None:
        self.office = office

    async def handle_DATA(self, server, session, envelope):  # noqa: ANN001, N802
        if self.office.smtp_down:
            return "451 4.3.0 try again later"
        data = envelope.original_content or envelope.content
        self.office.sent.append((envelope.mail_from, list(envelope.rcpt_tos), data))
        for rcpt in envelope.rcpt_tos:
            self.office.deliver(rcpt, data)
        return "250 OK"


class SmtpServer:
    def __init__(self, office: PostOffice) -> None:
        self.office = office
        self.port = free_port()

        def authenticate(server, session, envelope, mechanism, auth_data):  # noqa: ANN001
            if isinstance(auth_data, LoginPassword):
                user, password = auth_data.login.decode(), auth_data.password.decode()
                if self.office.accounts.get(user, (None,))[0] == password:
                    return AuthResult(success=True)
            return AuthResult(success=False, handled=False)

        self.controller = Controller(_Handler(office), hostname="127.0.0.1", port=self.port,
                                     authenticator=authenticate, auth_require_tls=False)

    def start(self) -> SmtpServer:
        self.controller.start()
        return self

    def stop(self) -> None:
        self.controller.stop()


_TOKEN = re.compile(rb'"((?:[^"\\]|\\.)*)"|\(([^)]*)\)|(\S+)')


def _tokens(line: bytes) -> list[bytes]:
    out = []
    for m in _TOKEN.finditer(line):
        if m.group(1) is not None:
            out.append(re.sub(rb"\\(.)", rb"\1", m.group(1)))
        elif m.group(2) is not None:
            out.append(b"(" + m.group(2) + b")")
        else:
            out.append(m.group(3))
    return out


class _ImapSession(socketserver.StreamRequestHandler):
    office: PostOffice

    def send(self, line: bytes) -> None:
        self.wfile.write(line + b"\r\n")

    timeout = 10

    def setup(self) -> None:
        tls = self.server.tls  # type: ignore[attr-defined]
        if tls is not None:  # IMAPS: the handshake before the greeting
            self.request.settimeout(self.timeout)
            try:
                self.request = tls.wrap_socket(self.request, server_side=True)
            except (OSError, ValueError):  # the client refused the certificate
                self.handshake_failed = True
                return
        super().setup()

    def finish(self) -> None:
        if not getattr(self, "handshake_failed", False):
            super().finish()

    def _starttls(self, tag: bytes) -> bool:
        """The STARTTLS handshake on the open connection; False when the client gave up (a refused
        certificate)."""
        context = self.server.starttls  # type: ignore[attr-defined]
        self.send(tag + b" OK begin TLS now")
        self.wfile.flush()
        try:
            self.request = self.connection = context.wrap_socket(self.connection, server_side=True)
        except (OSError, ValueError):
            return False
        self.rfile = self.connection.makefile("rb", self.rbufsize)
        self.wfile = socketserver._SocketWriter(self.connection)  # type: ignore[attr-defined]
        return True

    def handle(self) -> None:  # noqa: C901 — one small protocol in one place
        if getattr(self, "handshake_failed", False):
            return
        office = self.server.office  # type: ignore[attr-defined]
        user_box: str | None = None
        selected = False
        offers = b" STARTTLS" if self.server.starttls is not None else b""  # type: ignore[attr-defined]
        encrypted = self.server.tls is not None  # type: ignore[attr-defined]
        self.send(b"* OK [CAPABILITY IMAP4rev1" + offers + b"] test IMAP server ready")
        while True:
            try:
                line = self.rfile.readline()
            except OSError:
                return
            if not line:
                return
            parts = _tokens(line.rstrip(b"\r\n"))
            if len(parts) < 2:
                self.send(b"* BAD no tag")
                continue
            tag, command, args = parts[0], parts[1].upper(), parts[2:]
            if command == b"CAPABILITY":
                self.send(b"* CAPABILITY IMAP4rev1" + (b"" if encrypted else offers))
                self.send(tag + b" OK CAPABILITY done")
            elif command == b"STARTTLS":
                if encrypted or not offers:
                    self.send(tag + b" BAD STARTTLS not offered")
                    continue
                if not self._starttls(tag):
                    return
                encrypted = True
            elif command == b"NOOP":
                self.send(tag + b" OK NOOP done")
            elif command == b"LOGOUT":
                self.send(b"* BYE bye")
                self.send(tag + b" OK LOGOUT done")
                return
            elif command == b"LOGIN":
                if offers and not encrypted:  # a server that takes passwords over TLS only
                    self.send(tag + b" NO [PRIVACYREQUIRED] STARTTLS first")
                    continue
                if encrypted:
                    self.server.logins_over_tls += 1  # type: ignore[attr-defined]
                user, password = (a.decode() for a in args[:2])
                known = office.accounts.get(user)
                if known is None or known[0] != password:
                    self.send(tag + b" NO [AUTHENTICATIONFAILED] invalid credentials")
                    continue
                user_box = known[1].lower()
                self.send(tag + b" OK LOGIN done")
            elif command in (b"SELECT", b"EXAMINE"):
                if user_box is None:
                    self.send(tag + b" NO login first")
                    continue
                if args[0].upper() != b"INBOX":
                    self.send(tag + b" NO no such folder")
                    continue
                selected = True
                self.send(b"* %d EXISTS" % len(office.box(user_box)))
                self.send(b"* OK [UIDVALIDITY %d] UIDs valid" % office.uidvalidity)
                self.send(b"* FLAGS (\\Seen \\Deleted)")
                self.send(tag + b" OK [READ-WRITE] SELECT done")
            elif command == b"UID" and selected and args:
                self._uid(tag, args[0].upper(), args[1:], office.box(user_box or ""))
            else:
                self.send(tag + b" BAD unknown command")

    def _uid(self, tag: bytes, sub: bytes, args: list[bytes], box: list[Stored]) -> None:
        if sub == b"SEARCH":
            self.send(b"* SEARCH" + b"".join(b" %d" % m.uid for m in box))
            self.send(tag + b" OK SEARCH done")
            return
        wanted = {int(u) for u in args[0].split(b",") if u.isdigit()} if args else set()
        for seq, m in enumerate(box, start=1):
            if m.uid not in wanted:
                continue
            if sub == b"FETCH":
                what = b" ".join(args[1:]).upper()
                if b"RFC822.SIZE" in what:
                    self.send(b"* %d FETCH (UID %d RFC822.SIZE %d)" % (seq, m.uid, len(m.data)))
                elif b"BODY" in what:
                    self.wfile.write(b"* %d FETCH (UID %d BODY[] {%d}\r\n" % (seq, m.uid, len(m.data)) + m.data
                                     + b")\r\n")
                    if b"PEEK" not in what:
                        m.flags.add("\\Seen")
            elif sub == b"STORE":
                if b"\\SEEN" in b" ".join(args[1:]).upper():
                    m.flags.add("\\Seen")
        self.send(tag + b" OK UID done")


def server_context(cert: str, key: str):  # noqa: ANN201
    import ssl

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    return context


class ImapServer:
    """``tls``: (certificate, key) for IMAPS; ``starttls``: (certificate, key) offered by STARTTLS."""

    def __init__(self, office: PostOffice, *, tls: tuple[str, str] | None = None,
                 starttls: tuple[str, str] | None = None) -> None:
        self.server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _ImapSession)
        self.server.daemon_threads = True
        self.server.office = office  # type: ignore[attr-defined]
        self.server.tls = server_context(*tls) if tls else None  # type: ignore[attr-defined]
        self.server.starttls = server_context(*starttls) if starttls else None  # type: ignore[attr-defined]
        self.server.logins_over_tls = 0  # type: ignore[attr-defined]
        self.port = self.server.server_address[1]

    @property
    def logins_over_tls(self) -> int:
        return self.server.logins_over_tls  # type: ignore[attr-defined]

    def start(self) -> ImapServer:
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True).start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def self_signed(tmp_path, name: str = "127.0.0.1") -> tuple[str, str]:  # noqa: ANN001
    """A certificate for ``name`` (127.0.0.1, or a host name: a certificate that does not match the address
    connected to) and its key (PEM files), for the servers' TLS."""
    import datetime as dt
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    try:
        alt: x509.GeneralName = x509.IPAddress(ipaddress.ip_address(name))
    except ValueError:
        alt = x509.DNSName(name)
    subject = name
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([alt]), critical=False)
            .sign(key, hashes.SHA256()))
    stem = "mail" if subject == "127.0.0.1" else f"mail-{subject}"
    cert_path, key_path = tmp_path / f"{stem}.crt", tmp_path / f"{stem}.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return str(cert_path), str(key_path)


class StartTlsSmtpServer(SmtpServer):
    """The SMTP server that requires STARTTLS before anything else, with ``self_signed``'s certificate."""

    def __init__(self, office: PostOffice, cert: str, key: str) -> None:
        import ssl

        self.office = office
        self.port = free_port()
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cert, key)
        self.controller = Controller(_Handler(office), hostname="127.0.0.1", port=self.port, tls_context=context,
                                     require_starttls=True)
