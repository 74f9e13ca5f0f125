"""Transport under bad input. On the service: uploads from a hamlet that is not enrolled, forged signatures,
oversized, slow-drip and malformed bodies, floods from one sender — each refused with its status code while the
service keeps serving others. On the hamlet: garbage, huge, 5xx and late answers, a certificate that is not the
pinned one, a receipt for another bundle — retried or reported, nothing lost, nothing imported twice."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import select
import socket
import ssl
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from desktop_app.domain.units import UnitKind
from desktop_app.services import enrolment, exchange, identity
from desktop_app.services.setup import initialise
from desktop_app.services.transport import protocol as p
from desktop_app.services.transport import sender
from desktop_app.services.transport.sender import Backoff
from desktop_app.services.transport.server import InboxService, Limits
from tests.conftest import PASSPHRASE, dump_tables
from tests.integration.transport_support import add_household, export, imported_count, start_service

QUICK = Backoff(base=0.0, cap=0.0)


@pytest.fixture
def pair(hamlet, commune, commune_pem, tmp_path):
    exchange.set_recipient(hamlet, commune_pem)
    enrolment.enrol(commune, identity.export_cert(hamlet, tmp_path / "thon-dong.pem"))
    return hamlet, commune


def _make_other_hamlet(data_dir: Path):
    from desktop_app.bootstrap import open_app

    app = open_app(data_dir)
    with app.uow() as uow:
        result = initialise(uow, role=UnitKind.HAMLET, province_code="40", commune_code="17380",
                            unit_name="Thôn Tây", unit_code=None, head_name="Phạm Văn Tây",
                            head_phone="0912345679", passphrase=PASSPHRASE)
        uow.commit()
    app.settings.default_profile = result.profile.name
    app.save_settings()
    app.refresh_unit()
    app.unlock(result.profile.name, PASSPHRASE)
    return app


def _raw(port: int, head: bytes, body: bytes = b"", *, drip: float | None = None, timeout: float = 10) -> int:
    """Send a hand-made request; the status code of the answer (0 when the connection just ended)."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(head)
        try:
            if drip is None:
                s.sendall(body)
            else:
                for byte in body:
                    if select.select([s], [], [], 0)[0]:
                        break  # the answer came: stop dripping
                    s.sendall(bytes([byte]))
                    time.sleep(drip)
        except OSError:
            pass
        data = b""
        try:
            while chunk := s.recv(65536):
                data += chunk
        except OSError:
            pass
    if not data.startswith(b"HTTP/1."):
        return 0
    return int(data.split(b" ", 2)[1])


def _upload_head(sender_code: str, body: bytes, key, *, length: int | None = None,
                 ctype: str = p.BUNDLE_TYPE, signature: str | None = None, sha: str | None = None) -> bytes:
    sha = sha or hashlib.sha256(body).hexdigest()
    length = len(body) if length is None else length
    sig = signature if signature is not None else p.sign_upload(key, sender_code, sha, length)
    return (f"POST {p.BUNDLES_PATH} HTTP/1.1\r\nHost: x\r\nContent-Type: {ctype}\r\nContent-Length: {length}\r\n"
            f"{p.H_SENDER}: {sender_code}\r\n{p.H_SHA256}: {sha}\r\n{p.H_SIGNATURE}: {sig}\r\n\r\n").encode()


def test_the_service_refuses_bad_uploads_with_a_status_and_imports_nothing(pair, tmp_path):
    hamlet, commune = pair
    add_household(hamlet, "1", "Nguyễn Văn An")
    bundle = Path(export(hamlet, tmp_path)["bundle"]).read_bytes()
    key = identity.session_signing_identity(hamlet).key
    code = hamlet.unit.code
    stranger = ec.generate_private_key(ec.SECP256R1())
    svc = start_service(commune, max_upload=len(bundle) + 10, read_timeout=0.5, request_deadline=2.0)
    before = dump_tables(commune.db_path)
    try:
        port = svc.port
        assert _raw(port, _upload_head("17380-thon-la", bundle, key), bundle) == 403  # not enrolled
        assert _raw(port, _upload_head(code, bundle, stranger), bundle) == 403  # not the hamlet's key
        assert _raw(port, _upload_head(code, bundle, key, signature="bm90IGEgc2ln"), bundle) == 403
        assert _raw(port, _upload_head(code, bundle, key, length=len(bundle) + 11), b"") == 413
        multipart = _upload_head(code, bundle, key, ctype="multipart/form-data; boundary=x")
        assert _raw(port, multipart, b"--x\r\ngarbage") == 415
        no_length = _upload_head(code, bundle, key).replace(f"Content-Length: {len(bundle)}\r\n".encode(), b"")
        assert _raw(port, no_length, bundle) == 411
        assert _raw(port, _upload_head(code, bundle, key, sha="0" * 64), bundle) == 400  # body ≠ announced hash
        assert _raw(port, _upload_head("not a code", bundle, key), bundle) == 400
        assert _raw(port, b"GARBAGE\r\n\r\n") == 400
        assert _raw(port, b"GET /nowhere HTTP/1.1\r\nHost: x\r\n\r\n") == 404
        assert _raw(port, _upload_head(code, bundle, key), bundle[:200], drip=0.05) == 408  # slow drip
        cut = _upload_head(code, bundle, key)
        with socket.create_connection(("127.0.0.1", port)) as s:  # half a body, then gone
            s.sendall(cut + bundle[: len(bundle) // 2])
        garbage = b"PK\x03\x04" + b"\x00" * 300
        assert _raw(port, _upload_head(code, garbage, key), garbage) == 422  # not a bundle: no receipt
        time.sleep(0.3)
        assert _raw(port, b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n") == 200
    finally:
        svc.stop()
    after = dump_tables(commune.db_path)
    assert after == before
    assert imported_count(commune) == 0
    assert list((commune.data_dir / "inbox" / "partial").iterdir()) == []


def test_a_flood_from_one_hamlet_is_refused_while_another_is_served(pair, tmp_path):
    hamlet, commune = pair
    other = _make_other_hamlet(tmp_path / "thon-tay")
    try:
        exchange.set_recipient(other, identity.export_cert(commune, tmp_path / "c.pem"))
        enrolment.enrol(commune, identity.export_cert(other, tmp_path / "thon-tay.pem"))
        add_household(hamlet, "1", "Nguyễn Văn An")
        add_household(other, "1", "Phạm Văn Tây")
        flood = Path(export(hamlet, tmp_path)["bundle"])
        svc = start_service(commune, rate_per_minute=6, burst=3)
        try:
            body = flood.read_bytes()
            key = identity.session_signing_identity(hamlet).key
            statuses = [_raw(svc.port, _upload_head(hamlet.unit.code, body, key), body) for _ in range(8)]
            assert statuses[:3] == [200, 200, 200] and set(statuses[3:]) == {429}
            sender.set_setting(other, "inbox_url", svc.url)
            export(other, tmp_path / "tay")
            served = sender.send_pending(other)
            assert [r["state"] for r in served["bundles"]] == ["acknowledged"]
        finally:
            svc.stop()
        assert imported_count(commune) == 2  # the flood's bundle once, the other hamlet's once
    finally:
        other.close()


def test_too_many_uploads_at_once_are_told_to_come_back(pair, tmp_path):
    hamlet, commune = pair
    add_household(hamlet, "1", "Nguyễn Văn An")
    body = Path(export(hamlet, tmp_path)["bundle"]).read_bytes()
    key = identity.session_signing_identity(hamlet).key
    svc = start_service(commune, max_concurrent_uploads=1, read_timeout=5, request_deadline=5)
    try:
        slow = socket.create_connection(("127.0.0.1", svc.port))
        slow.sendall(_upload_head(hamlet.unit.code, body, key) + body[:10])  # holds the only slot
        time.sleep(0.3)
        assert _raw(svc.port, _upload_head(hamlet.unit.code, body, key), body) == 503
        slow.sendall(body[10:])
        answer = slow.recv(100)
        slow.close()
        assert answer.startswith(b"HTTP/1.1 200")
    finally:
        svc.stop()
    assert imported_count(commune) == 1


# --- the hamlet facing bad servers ------------------------------------------------------------------------


class _FakeInbox:
    """A server that says it is the commune (its /health is right) and answers uploads with ``answer``."""

    def __init__(self, fingerprint: str, unit: str, answer) -> None:
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *a):
                pass

            def _send(self, status: int, body: bytes, length: int | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Length", str(len(body) if length is None else length))
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self):  # noqa: N802
                if self.path == p.HEALTH_PATH:
                    self._send(200, json.dumps({"status": "ok", "unit": unit,
                                                "signing_fingerprint": fingerprint}).encode())
                else:
                    outer.answer(self)

            def do_POST(self):  # noqa: N802
                self.rfile.read(int(self.headers["Content-Length"]))
                outer.answer(self)

        self.answer = answer
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def _garbage(h):
    h._send(200, b"\x00garbage{not json")


def _huge(h):
    h._send(200, b"x" * (p.MAX_RECEIPT + 10))


def _huge_undeclared(h):
    h.send_response(200)
    h.send_header("Connection", "close")
    h.end_headers()
    h.wfile.write(b"y" * (p.MAX_RECEIPT * 3))


def _server_error(h):
    h._send(503, b'{"error": "busy", "message": "later"}')


def _slow(h):
    time.sleep(2.5)
    h._send(200, b"late")


def _short(h):
    h._send(200, b"abc", length=500)  # promises more than it sends


@pytest.mark.parametrize(("answer", "state", "error"), [
    (_garbage, "delivered", "receipt_invalid"),
    (_huge, "pending", "inbox_answer_invalid"),
    (_huge_undeclared, "pending", "inbox_answer_invalid"),
    (_server_error, "pending", "inbox_server_error"),
    (_slow, "pending", "inbox_unreachable"),
    (_short, "pending", "inbox_unreachable"),
])
def test_bad_answers_are_retried_or_reported_and_nothing_is_lost(pair, tmp_path, answer, state, error):
    hamlet, commune = pair
    recipient = exchange.get_recipient(hamlet)
    fake = _FakeInbox(recipient["signing_fingerprint"], recipient["code"], answer)
    add_household(hamlet, "1", "Nguyễn Văn An")
    bundle = export(hamlet, tmp_path)
    try:
        client = sender.InboxClient(fake.url, timeout=1.0)
        result = sender.send_pending(hamlet, client=client, backoff=QUICK)
    finally:
        fake.close()
    (row,) = result["bundles"]
    assert (row["state"], row["delivery"]["error"]) == (state, error)
    assert row["delivery"]["message"]
    # The real service comes back: the bundle gets there once, acknowledged.
    svc = start_service(commune)
    try:
        sender.set_setting(hamlet, "inbox_url", svc.url)
        # delivered to a fake that kept nothing: the real service has no receipt for it, so it goes again
        done = sender.send_pending(hamlet, force=True)
    finally:
        svc.stop()
    assert [r["state"] for r in done["bundles"]] == ["acknowledged"]
    assert imported_count(commune, bundle["sha256"]) == 1


def test_a_receipt_for_another_bundle_leaves_the_bundle_delivered(pair, tmp_path):
    hamlet, commune = pair
    add_household(hamlet, "1", "Nguyễn Văn An")
    first = export(hamlet, tmp_path)
    from desktop_app.services import commune_import

    stale = Path(commune_import.import_file(commune, first["bundle"])["receipt"]).read_bytes()
    exchange.import_receipt(hamlet, commune.data_dir / "receipts" / Path(
        commune_import.import_file(commune, first["bundle"])["receipt"]).name)
    add_household(hamlet, "2", "Trần Văn Bình")
    second = export(hamlet, tmp_path)
    recipient = exchange.get_recipient(hamlet)
    fake = _FakeInbox(recipient["signing_fingerprint"], recipient["code"], lambda h: h._send(200, stale))
    try:
        result = sender.send_pending(hamlet, client=sender.InboxClient(fake.url), backoff=QUICK)
    finally:
        fake.close()
    (row,) = result["bundles"]
    assert row["sha256"] == second["sha256"]
    assert (row["state"], row["delivery"]["error"]) == ("delivered", "inbox_receipt_mismatch")
    first_row = next(r for r in sender.outbox(hamlet) if r["sequence"] == 1)
    assert first_row["state"] == "acknowledged"


def test_a_server_that_is_not_the_commune_gets_nothing(pair, tmp_path):
    hamlet, _commune = pair
    uploads = []
    fake = _FakeInbox("ab" * 32, "17380", lambda h: uploads.append(1))
    add_household(hamlet, "1", "Nguyễn Văn An")
    export(hamlet, tmp_path)
    try:
        result = sender.send_pending(hamlet, client=sender.InboxClient(fake.url), backoff=QUICK)
    finally:
        fake.close()
    assert result["error"] == "inbox_wrong_commune" and uploads == []
    assert [r["shown_state"] for r in result["bundles"]] == [sender.WAITING]


def _self_signed(tmp_path: Path, name: str) -> tuple[Path, Path, str]:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = tmp_path / f"{name}.crt", tmp_path / f"{name}.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path, hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()


def test_over_https_the_servers_certificate_is_pinned(pair, tmp_path):
    hamlet, commune = pair
    cert, key, pin = _self_signed(tmp_path, "inbox")
    _other_cert, _other_key, other_pin = _self_signed(tmp_path, "impostor")
    svc = InboxService(commune, host="127.0.0.1", port=0, tls_cert=cert, tls_key=key, limits=Limits())
    svc.start()
    add_household(hamlet, "1", "Nguyễn Văn An")
    bundle = export(hamlet, tmp_path)
    try:
        sender.set_setting(hamlet, "inbox_url", svc.url)
        from desktop_app.domain.errors import SothonError

        with pytest.raises(SothonError) as err:
            sender.send_pending(hamlet)
        assert err.value.code == "inbox_tls_pin_missing"
        sender.set_setting(hamlet, "inbox_tls_pin", other_pin)
        wrong = sender.send_pending(hamlet, backoff=QUICK)
        assert wrong["error"] == "inbox_tls_pin_mismatch" and imported_count(commune) == 0
        sender.set_setting(hamlet, "inbox_tls_pin", ":".join(pin[i:i + 2] for i in range(0, 64, 2)).upper())
        right = sender.send_pending(hamlet, force=True)
        assert [r["state"] for r in right["bundles"]] == ["acknowledged"]
        # a plain-HTTP client talking to the TLS port gets nowhere, and the service keeps serving
        with pytest.raises(sender.TransportFailure):
            sender.InboxClient(svc.url.replace("https", "http"), timeout=2).health()
        ctx = ssl.create_default_context()
        ctx.check_hostname, ctx.verify_mode = False, ssl.CERT_NONE
        with socket.create_connection(("127.0.0.1", svc.port)) as raw, ctx.wrap_socket(raw) as tls:
            tls.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n")
            assert tls.recv(100).startswith(b"HTTP/1.1 200")
    finally:
        svc.stop()
    assert imported_count(commune, bundle["sha256"]) == 1
