"""The commune's inbox service (``sothon serve``): hamlets upload their bundles over HTTP(S), each goes through
the commune import pipeline (``services.commune_import``) and the answer is the signed receipt.

Built on the standard library's ``http.server`` (docs/transport.md says why): one thread per connection, one
request per connection, and every limit enforced here before the work it protects:

- at most ``max_connections`` connections at once (beyond: 503 at once, the thread is never started);
- each connection has ``request_deadline`` seconds in all, and each read ``read_timeout`` (slow-drip: 408);
- an upload is refused on its headers alone — wrong type (415), no length (411), too large (413), a sender
  that is not enrolled or a signature that is not the sender's (403), too many from one sender (429), too many
  uploads at once (503) — before a byte of the body is read;
- the body is hashed while it is written to ``DATA_DIR/inbox/partial`` and must match the announced SHA-256;
- imports run one at a time (the pipeline's transaction); the same bundle again (by SHA-256) is answered with the
  same receipt and changes nothing.

The request log (logger ``sothon.inbox``) holds the method, path, the sender's unit code, status, sizes and
times: no names, no bundle content, no client address.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import shutil
import socket
import ssl
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop_app.bundles.reader import OpenedBundle, decrypt, open_bundle
from desktop_app.domain.errors import SothonError
from desktop_app.services import commune_import, identity
from desktop_app.services import credentials as cr
from desktop_app.services.transport import protocol as p
from desktop_app.storage.db import WalKeeper
from desktop_app.storage.models import ReceivedBundle

log = logging.getLogger("sothon.inbox")

INBOX_FOLDER = "inbox"


@dataclass(frozen=True)
class Limits:
    max_upload: int = 64 * 1024 * 1024  # bytes of one bundle
    max_connections: int = 64
    max_concurrent_uploads: int = 4  # bodies being received at once
    rate_per_minute: float = 60.0  # uploads one sender may start, on average …
    burst: int = 20  # … and at once
    read_timeout: float = 10.0  # seconds one read may wait
    request_deadline: float = 120.0  # seconds one connection may take to send its request


class _Refused(Exception):
    def __init__(self, status: int, code: str, message: str, retry_after: int | None = None) -> None:
        super().__init__(code)
        self.status, self.code, self.message, self.retry_after = status, code, message, retry_after


class _Buckets:
    """A token bucket per sender: ``burst`` uploads at once, refilled at ``rate_per_minute``."""

    def __init__(self, rate_per_minute: float, burst: int) -> None:
        self.rate = rate_per_minute / 60.0
        self.burst = float(burst)
        self.lock = threading.Lock()
        self.state: dict[str, tuple[float, float]] = {}

    def take(self, key: str) -> float:
        """0 when allowed, else the seconds until the next upload is."""
        now = time.monotonic()
        with self.lock:
            tokens, last = self.state.get(key, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            if tokens >= 1.0:
                self.state[key] = (tokens - 1.0, now)
                return 0.0
            self.state[key] = (tokens, now)
            return (1.0 - tokens) / self.rate if self.rate > 0 else 3600.0


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = False  # server_close() waits for the requests in progress (SIGTERM loses no upload)
    block_on_close = True
    allow_reuse_address = True
    request_queue_size = 64

    def __init__(self, address: tuple[str, int], service: InboxService) -> None:
        self.service = service
        self.slots = threading.BoundedSemaphore(service.limits.max_connections)
        super().__init__(address, _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self.slots.acquire(blocking=False):
            self.service.count("refused_busy")
            try:
                request.settimeout(1.0)
                if not isinstance(request, ssl.SSLSocket):
                    request.sendall(b"HTTP/1.1 503 Service Unavailable\r\nRetry-After: 5\r\nContent-Length: 0\r\n"
                                    b"Connection: close\r\n\r\n")
            except OSError:
                pass
            self.shutdown_request(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self.slots.release()
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.slots.release()

    def handle_error(self, request: Any, client_address: Any) -> None:
        log.warning("request failed", exc_info=True)


class _Handler(BaseHTTPRequestHandler):
    server_version = "SoThonInbox/1"
    sys_version = ""
    protocol_version = "HTTP/1.1"
    server: _HTTPServer

    # --- plumbing ---------------------------------------------------------------------------------------

    def setup(self) -> None:
        limits = self.server.service.limits
        self.timeout = limits.read_timeout
        self.started = time.monotonic()
        self.sender = "-"
        self.status = 0
        self.received = 0
        self.sent_bytes = 0
        # A backstop for a request line or headers dripped byte by byte: the connection ends at the deadline.
        # (After the deadline and one more read, so that the body's own check answers 408 first.)
        self.watchdog = threading.Timer(limits.request_deadline + limits.read_timeout + 1.0, self._cut)
        self.watchdog.daemon = True
        self.watchdog.start()
        super().setup()

    def _cut(self) -> None:
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def finish(self) -> None:
        self.watchdog.cancel()
        try:
            super().finish()
        except OSError:
            pass
        if self.status >= 400:
            self._linger()
        if self.status:
            log.info("%s %s sender=%s status=%d in=%d out=%d ms=%.1f", self.command or "-",
                     _loggable(self.path if hasattr(self, "path") else "-"), self.sender, self.status,
                     self.received, self.sent_bytes, (time.monotonic() - self.started) * 1000)

    def _linger(self) -> None:
        """After a refusal, read (and drop) a little of what the client is still sending before closing, so
        that its socket shows our answer instead of a reset; bounded in bytes and time."""
        try:
            self.connection.shutdown(socket.SHUT_WR)
            self.connection.settimeout(0.5)
            end = time.monotonic() + 1.0
            dropped = 0
            while time.monotonic() < end and dropped < 1024 * 1024:
                chunk = self.connection.recv(65536)
                if not chunk:
                    break
                dropped += len(chunk)
        except OSError:
            pass

    def log_request(self, code: Any = "-", size: Any = "-") -> None:  # our own line in finish()
        pass

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 — the base class's name
        log.debug("http: " + format, *args)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # The base class answers malformed request lines and headers with an HTML page: answer in JSON.
        self._answer(code, {"error": "http_" + str(code), "message": message or ""})

    def _answer(self, status: int, doc: dict[str, Any] | None = None, *, body: bytes | None = None,
                content_type: str = "application/json", headers: dict[str, str] | None = None) -> None:
        data = body if body is not None else json.dumps(doc, ensure_ascii=False).encode("utf-8")
        self.status = status
        self.close_connection = True
        if getattr(self, "request_version", "HTTP/0.9") == "HTTP/0.9":
            self.request_version = "HTTP/1.0"  # a request line that did not parse: still answer with a status
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Connection", "close")
            self.send_header("Cache-Control", "no-store")
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)
                self.sent_bytes = len(data)
            self.wfile.flush()
        except OSError:
            pass  # the client went away: nothing to tell it

    def _refuse(self, refused: _Refused) -> None:
        self.server.service.count(f"refused_{refused.status}")
        headers = {"Retry-After": str(refused.retry_after)} if refused.retry_after else None
        self._answer(refused.status, {"error": refused.code, "message": refused.message}, headers=headers)

    # --- routes -----------------------------------------------------------------------------------------

    def do_GET(self) -> None:  # noqa: N802 — http.server's naming
        service = self.server.service
        path = self.path.split("?", 1)[0]
        try:
            if path == p.HEALTH_PATH:
                self._answer(200, service.health())
            elif path.startswith(p.RECEIPTS_PATH):
                sha = path[len(p.RECEIPTS_PATH):]
                if not p.SHA256_RE.match(sha):
                    raise _Refused(400, "sha256_invalid", "the path must end with a SHA-256 in lower-case hex")
                receipt, result = service.stored_receipt(sha)
                if receipt is None:
                    raise _Refused(404, "receipt_unknown", "no receipt for this bundle here")
                self._answer(200, body=receipt, content_type=p.RECEIPT_TYPE, headers={p.H_RESULT: result})
            elif path == "/openapi.json":
                self._answer(200, openapi())
            else:
                raise _Refused(404, "not_found", "no such path")
        except _Refused as refused:
            self._refuse(refused)

    def do_HEAD(self) -> None:  # noqa: N802
        self.do_GET()

    def do_POST(self) -> None:  # noqa: N802
        path = self.path.split("?", 1)[0]
        try:
            if path != p.BUNDLES_PATH:
                raise _Refused(404, "not_found", "no such path")
            self._upload()
        except _Refused as refused:
            self._refuse(refused)

    def _upload(self) -> None:
        service = self.server.service
        limits = service.limits
        ctype = (self.headers.get("Content-Type") or "").split(";", 1)[0].strip().lower()
        if ctype not in (p.BUNDLE_TYPE, "application/octet-stream"):
            raise _Refused(415, "content_type_unsupported",
                           f"send the bundle file itself as the body, Content-Type {p.BUNDLE_TYPE}")
        if self.headers.get("Transfer-Encoding"):
            raise _Refused(411, "length_required", "send Content-Length; chunked bodies are not accepted")
        raw_length = self.headers.get("Content-Length")
        if raw_length is None:
            raise _Refused(411, "length_required", "Content-Length is required")
        if not raw_length.isdigit() or len(raw_length) > 15:
            raise _Refused(400, "length_invalid", "Content-Length must be a number of bytes")
        length = int(raw_length)
        if length > limits.max_upload:
            raise _Refused(413, "upload_too_large", f"a bundle may have at most {limits.max_upload} bytes")
        if length == 0:
            raise _Refused(400, "upload_empty", "the body is empty")
        sender = (self.headers.get(p.H_SENDER) or "").strip()
        sha = (self.headers.get(p.H_SHA256) or "").strip().lower()
        signature = (self.headers.get(p.H_SIGNATURE) or "").strip()
        if not p.UNIT_CODE_RE.match(sender):
            raise _Refused(400, "sender_invalid", f"{p.H_SENDER} must be the hamlet's unit code")
        if not p.SHA256_RE.match(sha):
            raise _Refused(400, "sha256_invalid", f"{p.H_SHA256} must be the body's SHA-256 in lower-case hex")
        self.sender = sender
        certificates = service.sender_certificates(sender)
        if not certificates:
            raise _Refused(403, "sender_not_enrolled", "this hamlet is not enrolled at this commune")
        if not p.check_upload(certificates, sender, sha, length, signature):
            raise _Refused(403, "signature_invalid", f"{p.H_SIGNATURE} is not the sender's signature of this upload")
        wait = service.buckets.take(sender)
        if wait > 0:
            raise _Refused(429, "too_many_uploads", "too many uploads from this hamlet; try again later",
                           retry_after=max(1, int(wait + 0.999)))
        if not service.upload_slots.acquire(blocking=False):
            raise _Refused(503, "busy", "too many uploads at once; try again shortly", retry_after=5)
        try:
            partial = self._receive(length, sha)
        finally:
            service.upload_slots.release()
        self.watchdog.cancel()  # the request is in: the import (one transaction) runs to its end
        try:
            # A slot while the opened bundle is held (verified, then waiting for and in its import): at most
            # max_concurrent_uploads decrypted bundles in memory at once.
            with service.import_slots:
                result = service.import_upload(partial, verified=service.verify_upload(partial, certificates))
        finally:
            partial.unlink(missing_ok=True)
        if result.get("receipt_bytes") is None:
            self.server.service.count("rejected_without_receipt")
            self._answer(422, {"error": result["error"] or "rejected", "message": result["message"] or "",
                               "status": result["status"]})
            return
        self._answer(200, body=result["receipt_bytes"], content_type=p.RECEIPT_TYPE,
                     headers={p.H_RESULT: result["status"]})

    def _receive(self, length: int, sha: str) -> Path:
        service = self.server.service
        limits = service.limits
        deadline = self.started + limits.request_deadline
        digest = hashlib.sha256()
        partial = service.partial_dir / f"{sha}-{threading.get_ident()}.part"
        left = length
        try:
            with open(partial, "wb") as out:
                while left > 0:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        raise _Refused(408, "upload_too_slow", "the upload took too long")
                    self.connection.settimeout(min(limits.read_timeout, remaining))
                    try:
                        chunk = self.rfile.read1(min(left, 256 * 1024))
                    except (TimeoutError, socket.timeout):
                        raise _Refused(408, "upload_too_slow", "the upload stalled") from None
                    if not chunk:
                        raise _Refused(400, "upload_incomplete", "the connection ended before the whole body")
                    digest.update(chunk)
                    out.write(chunk)
                    left -= len(chunk)
                    self.received += len(chunk)
                # No fsync: what must survive a power cut is the import's commit; a body lost before it is
                # simply sent again by its hamlet (the answer goes only after the commit).
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        if digest.hexdigest() != sha:
            partial.unlink(missing_ok=True)
            raise _Refused(400, "sha256_mismatch", f"the body is not the file {p.H_SHA256} names")
        return partial


def _loggable(path: str) -> str:
    """The path without its query; receipt paths keep only a prefix of the hash."""
    path = path.split("?", 1)[0][:120]
    if path.startswith(p.RECEIPTS_PATH):
        return p.RECEIPTS_PATH + path[len(p.RECEIPTS_PATH):][:12] + "…"
    return path


class InboxService:
    """The service over one commune data directory, signed in as the key holder (it decrypts the bundles and
    signs the receipts). ``start()`` listens (port 0: any free port) and returns (host, port); ``stop()``
    stops accepting, lets the requests in progress finish, and returns."""

    def __init__(self, app: Any, *, host: str = "127.0.0.1", port: int = 8750, limits: Limits | None = None,
                 tls_cert: str | os.PathLike | None = None, tls_key: str | os.PathLike | None = None) -> None:
        commune_import._commune(app)  # a commune, signed in as the key holder: else refused here, not per request
        self.app = app
        self.limits = limits or Limits()
        self.buckets = _Buckets(self.limits.rate_per_minute, self.limits.burst)
        self.upload_slots = threading.BoundedSemaphore(self.limits.max_concurrent_uploads)
        self.import_lock = threading.Lock()
        self.import_slots = threading.BoundedSemaphore(self.limits.max_concurrent_uploads)
        self.keys = commune_import._Keys(app)
        self._parsed: dict[str, Any] = {}  # certificate PEM → certificate (sender_certificates)
        self.counters: dict[str, int] = {}
        self.counter_lock = threading.Lock()
        signer = identity.session_signing_identity(app)
        self.fingerprint = cr.fingerprint(signer.certificate)
        self.inbox_dir = Path(app.data_dir) / INBOX_FOLDER
        self.partial_dir = self.inbox_dir / "partial"
        self.received_dir = self.inbox_dir / "received"
        try:
            self.partial_dir.mkdir(parents=True, exist_ok=True)
            self.received_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise SothonError("file_unwritable", path=str(self.inbox_dir), detail=exc.strerror or str(exc)) from exc
        for stale in self.partial_dir.glob("*.part"):  # bodies cut off by a crash: their senders try again
            stale.unlink(missing_ok=True)
        self.tls = None
        if tls_cert or tls_key:
            if not (tls_cert and tls_key):
                raise SothonError("serve_tls_incomplete")
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.minimum_version = ssl.TLSVersion.TLSv1_2
            try:
                context.load_cert_chain(str(tls_cert), str(tls_key))
            except (OSError, ssl.SSLError) as exc:
                raise SothonError("serve_tls_unreadable", detail=str(exc)[:200]) from exc
            self.tls = context
        self.host, self.port = host, port
        self.httpd: _HTTPServer | None = None
        self.keeper: WalKeeper | None = None
        self.thread: threading.Thread | None = None
        self.started_at = time.time()

    # --- life ---------------------------------------------------------------------------------------------

    def start(self) -> tuple[str, int]:
        try:
            self.httpd = _HTTPServer((self.host, self.port), self)
        except OSError as exc:
            raise SothonError("serve_port_unavailable", host=self.host, port=self.port,
                              detail=exc.strerror or str(exc)) from exc
        self.keeper = WalKeeper(Path(self.app.db_path)).__enter__()  # storage.db.WalKeeper: fewer syncs an import
        if self.tls is not None:
            # The handshake happens in the request's own thread (on its first read), never in the accept loop.
            self.httpd.socket = self.tls.wrap_socket(self.httpd.socket, server_side=True,
                                                     do_handshake_on_connect=False)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.2},
                                       name="sothon-inbox", daemon=True)
        self.thread.start()
        log.info("inbox service listening on %s:%d (%s)", self.host, self.port, "https" if self.tls else "http")
        return self.host, self.port

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://{self.host}:{self.port}"

    def stop(self) -> None:
        if self.httpd is None:
            return
        self.httpd.shutdown()  # no new connection; returns once the accept loop has ended
        self.httpd.server_close()  # joins the request threads: an upload in progress is imported or refused
        if self.thread is not None:
            self.thread.join(timeout=5)
        self.httpd = None
        if self.keeper is not None:
            self.keeper.close()
            self.keeper = None
        log.info("inbox service stopped")

    # --- what the handlers ask ------------------------------------------------------------------------------

    def count(self, key: str) -> None:
        with self.counter_lock:
            self.counters[key] = self.counters.get(key, 0) + 1

    def health(self) -> dict[str, Any]:
        return {"status": "ok", "service": "sothon-inbox", "api": 1, "unit": self.app.unit.code,
                "signing_fingerprint": self.fingerprint, "importing": self.import_lock.locked(),
                "uptime_s": round(time.time() - self.started_at, 1)}

    def sender_certificates(self, sender: str) -> list[Any]:
        """Every key enrolled for the sender (the import checks revocation against the bundle's own date).
        Read from the database on each request — an enrolment or a removal made meanwhile counts at once —
        with one light connection and one column; each certificate is parsed once for the service's life."""
        with self.app.reader() as conn:
            pems = [row[0] for row in conn.execute(
                "SELECT certificate_pem FROM enrolled_keys WHERE unit_code = ?", (sender,))]
        out = []
        for pem in pems:
            cert = self._parsed.get(pem)
            if cert is None:
                cert = self._parsed[pem] = cr.load_cert(pem)
            out.append(cert)
        return out

    def stored_receipt(self, sha: str) -> tuple[bytes | None, str]:
        with self.app.uow() as uow:
            rows = list(uow.session.scalars(select(ReceivedBundle).where(
                ReceivedBundle.sha256 == sha, ReceivedBundle.receipt.is_not(None))
                .order_by(ReceivedBundle.received_at.desc())))
        chosen = next((r for r in rows if r.status == commune_import.IMPORTED), rows[0] if rows else None)
        if chosen is None:
            return None, ""
        return bytes(chosen.receipt), chosen.status

    def verify_upload(self, partial: Path, certificates: list[Any]) -> OpenedBundle | None:
        """Open and verify a received body against the sender's enrolled keys, and decrypt it — the costliest
        part of an import, done here in the request's thread, outside the import lock, so that it overlaps
        the import of another upload. None when it does not open: the import then opens it again under the
        lock, and refuses and quarantines it as ``sothon import`` does."""
        try:
            # One reading of the body: verified with its payloads kept sealed, decrypted once the key is known.
            first = open_bundle(partial, trust=certificates, keep_sealed=True)
            return decrypt(first, self.keys.for_bundle(first)) if first.sealed is not None else first
        except SothonError:
            return None

    def import_upload(self, partial: Path, *, verified: OpenedBundle | None = None) -> dict[str, Any]:
        """The commune import of one received body (one at a time), with the receipt's bytes. ``verified``:
        the body as ``verify_upload`` opened it."""
        with self.import_lock:
            sha = partial.name.split("-", 1)[0]
            path = self.inbox_dir / "partial" / f"{sha}.sothon"
            os.replace(partial, path)
            if verified is not None:
                verified = dataclasses.replace(verified, path=path)  # the name the import keeps
            try:
                result = commune_import.import_file(self.app, path, receipts_dir=self.inbox_dir / "receipts",
                                                    keys=self.keys, verified=verified)
                if result["status"] == commune_import.IMPORTED:
                    shutil.move(str(path), self.received_dir / f"{sha}.sothon")
            finally:
                path.unlink(missing_ok=True)
        self.count(result["status"])
        receipt = result.get("receipt")
        result["receipt_bytes"] = Path(receipt).read_bytes() if receipt else None
        return result


def openapi() -> dict[str, Any]:
    """The HTTP API as an OpenAPI 3.1 description (also in docs/transport.md)."""
    error = {"$ref": "#/components/schemas/Error"}
    receipt = {"description": "the signed receipt (bundles/receipt.py, docs/bundle-format.md §13)",
               "content": {p.RECEIPT_TYPE: {"schema": {"type": "object"}}},
               "headers": {p.H_RESULT: {"schema": {"enum": ["imported", "already_imported", "rejected"]}}}}

    def refusal(text: str) -> dict[str, Any]:
        return {"description": text, "content": {"application/json": {"schema": error}}}

    return {
        "openapi": "3.1.0",
        "info": {"title": "Sổ Thôn inbox service", "version": "1"},
        "paths": {
            p.HEALTH_PATH: {"get": {"summary": "liveness and the commune's signing certificate fingerprint",
                                    "responses": {"200": {"description": "up", "content": {"application/json": {
                                        "schema": {"$ref": "#/components/schemas/Health"}}}}}}},
            p.BUNDLES_PATH: {"post": {
                "summary": "upload one bundle; answered with its signed receipt (idempotent by SHA-256)",
                "parameters": [{"name": h, "in": "header", "required": True, "schema": {"type": "string"}}
                               for h in (p.H_SENDER, p.H_SHA256, p.H_SIGNATURE)],
                "requestBody": {"required": True, "content": {p.BUNDLE_TYPE: {"schema": {
                    "type": "string", "format": "binary"}}}},
                "responses": {"200": receipt, "400": refusal("malformed headers or body, hash mismatch"),
                              "403": refusal("sender not enrolled, or signature not the sender's"),
                              "408": refusal("upload too slow"), "411": refusal("Content-Length missing"),
                              "413": refusal("upload too large"), "415": refusal("not a bundle body"),
                              "422": refusal("rejected without a receipt (not verifiable as this commune's)"),
                              "429": refusal("too many uploads from this sender (Retry-After)"),
                              "503": refusal("too many uploads at once (Retry-After)")}}},
            p.RECEIPTS_PATH + "{sha256}": {"get": {
                "summary": "the receipt of a bundle received before",
                "parameters": [{"name": "sha256", "in": "path", "required": True,
                                "schema": {"type": "string", "pattern": "^[0-9a-f]{64}$"}}],
                "responses": {"200": receipt, "404": refusal("no receipt for this bundle")}}},
        },
        "components": {"schemas": {
            "Error": {"type": "object", "required": ["error", "message"],
                      "properties": {"error": {"type": "string"}, "message": {"type": "string"}}},
            "Health": {"type": "object", "required": ["status", "unit", "signing_fingerprint"],
                       "properties": {"status": {"const": "ok"}, "service": {"const": "sothon-inbox"},
                                      "api": {"const": 1}, "unit": {"type": "string"},
                                      "signing_fingerprint": {"type": "string"}, "importing": {"type": "boolean"},
                                      "uptime_s": {"type": "number"}}},
        }},
    }
