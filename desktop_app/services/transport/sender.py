"""The hamlet's side of transport: the inbox settings, delivering pending bundles, and the outbox with each
bundle's delivery state.

- Settings (``get_setting`` / ``set_setting``, ``sothon settings``): ``inbox_url`` (``http://`` or
  ``https://`` host and port of the commune's inbox service) and, for HTTPS, ``inbox_tls_pin`` — the SHA-256
  of the server's TLS certificate, compared on every connection (no certificate authority is trusted). The
  commune's own signing certificate, registered with ``recipient set``, is pinned as well: the service's
  ``/health`` must name it before any bundle goes, and every receipt must be signed by it.
- ``send_pending(app, force=...)``: one round — every government bundle to the registered commune that is
  pending (or delivered without a valid receipt yet), oldest first, whose next try is due (all with
  ``force``). A try moves the bundle pending → sending → delivered → acknowledged | rejected; a failed try
  moves it back to pending ("waiting for network") with the next try after an exponential back-off with
  jitter. The attempt state is in the database (``outbox_deliveries``), so a restart resumes it; a bundle
  left ``sending`` by a crash is pending again at the next round — a retry is safe, since the service is
  idempotent by the bundle's SHA-256.
- ``outbox(app)``: ``exchange.list_outbox`` with each bundle's delivery attempts and its shown state.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import http.client
import json
import random
import ssl
import tempfile
import threading
import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop_app.bundles import format as fmt
from desktop_app.domain.errors import AuthError, SothonError
from desktop_app.domain.units import UnitKind
from desktop_app.services import exchange, identity
from desktop_app.services.transport import protocol as p
from desktop_app.services.transport import resend
from desktop_app.storage.models import OutboxDelivery, OutboxEntry, utcnow

WAITING = "waiting_for_network"  # a pending bundle whose last try failed (shown, never stored)
RESEND_DUE = "resend_due"  # by e-mail: delivered, no receipt after mail_resend_days — to be mailed again (shown)
NEEDS_SETTINGS = "needs_settings"  # waiting_count: waiting, but for a setting to correct, not for the network
# The failed tries that waiting does not mend: a setting to correct (a password, a server's name, the
# certificate's pin, the commune's address), not the network.
SETTINGS_ERRORS = frozenset({
    "mail_login_failed", "mail_certificate_untrusted", "mail_certificate_name_mismatch",
    "mail_starttls_unsupported", "mail_plain_not_local", "mail_settings_missing", "mail_password_missing",
    "mail_password_other_profile", "mail_password_unreadable", "inbox_tls_pin_mismatch", "inbox_tls_pin_missing",
    "inbox_wrong_commune", "inbox_url_missing", "setting_invalid"})
INBOX_URL, INBOX_TLS_PIN = "inbox_url", "inbox_tls_pin"
# The settings the window has, and the inbox's (``channels`` adds the mail channel's).
SETTING_KEYS = ("language", "text_scale", INBOX_URL, INBOX_TLS_PIN)
_round_lock = threading.Lock()  # one round at a time in a process (the window's worker, ``send --now``)


@dataclass(frozen=True)
class Backoff:
    """The wait before try n+1 after n failed tries: base·2ⁿ⁻¹ capped, of which a random half (equal jitter),
    so hamlets that lost the network together do not all come back in the same second."""

    base: float = 30.0
    cap: float = 3600.0

    def delay(self, attempts: int, rng: random.Random | None = None) -> float:
        full = min(self.cap, self.base * (2 ** max(0, attempts - 1)))
        return full / 2 + (rng or random).uniform(0, full / 2)


# --- settings -----------------------------------------------------------------------------------------------


def _check_url(value: str) -> str:
    parsed = urllib.parse.urlsplit(value)
    if parsed.scheme not in ("http", "https") or not parsed.hostname or parsed.query or parsed.fragment \
            or parsed.username or parsed.password or parsed.path not in ("", "/"):
        raise SothonError("setting_invalid", key=INBOX_URL, value=value,
                          hint="http://HOST:PORT or https://HOST:PORT")
    try:
        _ = parsed.port
    except ValueError:
        raise SothonError("setting_invalid", key=INBOX_URL, value=value,
                          hint="http://HOST:PORT or https://HOST:PORT") from None
    return f"{parsed.scheme}://{parsed.netloc}"


def get_setting(app: Any, key: str) -> Any:
    if key not in SETTING_KEYS:
        raise SothonError("setting_unknown", key=key, known=", ".join(SETTING_KEYS))
    if key in ("language", "text_scale"):
        return getattr(app.settings, key)
    return app.settings.extra.get(key)


def set_setting(app: Any, key: str, value: str) -> Any:
    """Validate and save one setting; an empty value clears the inbox settings. Returns the value kept."""
    if key not in SETTING_KEYS:
        raise SothonError("setting_unknown", key=key, known=", ".join(SETTING_KEYS))
    value = value.strip()
    if key == "language":
        if value not in ("vi", "en"):
            raise SothonError("setting_invalid", key=key, value=value, hint="vi, en")
        app.settings.language = value
    elif key == "text_scale":
        try:
            scale = round(float(value.replace(",", ".")), 1)
        except ValueError:
            scale = -1.0
        if not 0.8 <= scale <= 2.0:
            raise SothonError("setting_invalid", key=key, value=value, hint="0.8 … 2.0")
        app.settings.text_scale = scale
    elif key == INBOX_URL:
        if value:
            app.settings.extra[key] = _check_url(value)
        else:
            app.settings.extra.pop(key, None)
    elif key == INBOX_TLS_PIN:
        pin = value.replace(":", "").replace(" ", "").lower()
        if pin and not p.SHA256_RE.match(pin):
            raise SothonError("setting_invalid", key=key, value=value,
                              hint="the SHA-256 of the server's certificate, 64 hexadecimal digits")
        if pin:
            app.settings.extra[key] = pin
        else:
            app.settings.extra.pop(key, None)
    app.save_settings()
    return get_setting(app, key)


# --- the client ----------------------------------------------------------------------------------------------


class TransportFailure(SothonError):
    """A try that did not get through; the bundle waits for the next one."""


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes

    def error_code(self) -> str:
        try:
            doc = json.loads(self.body.decode("utf-8"))
            return str(doc.get("error"))[:60] if isinstance(doc, dict) and doc.get("error") else f"http_{self.status}"
        except (ValueError, UnicodeDecodeError):
            return f"http_{self.status}"


class InboxClient:
    """HTTP(S) to one inbox service, with the server's certificate pinned over HTTPS; every answer is read up
    to a limit and every wait bounded by ``timeout``."""

    def __init__(self, url: str, *, tls_pin: str | None = None, timeout: float = 15.0) -> None:
        parts = urllib.parse.urlsplit(url)
        self.https = parts.scheme == "https"
        self.host = parts.hostname or ""
        self.port = parts.port or (443 if self.https else 80)
        self.tls_pin = tls_pin
        self.timeout = timeout
        if self.https and not tls_pin:
            raise SothonError("inbox_tls_pin_missing", url=url)

    def _connect(self) -> http.client.HTTPConnection:
        try:
            if self.https:
                context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
                context.minimum_version = ssl.TLSVersion.TLSv1_2
                context.check_hostname = False
                context.verify_mode = ssl.CERT_NONE  # the pin below is the check: a self-signed commune server
                conn: http.client.HTTPConnection = http.client.HTTPSConnection(
                    self.host, self.port, timeout=self.timeout, context=context)
                conn.connect()
                der = conn.sock.getpeercert(binary_form=True)  # type: ignore[union-attr]
                if der is None or hashlib.sha256(der).hexdigest() != self.tls_pin:
                    conn.close()
                    raise TransportFailure("inbox_tls_pin_mismatch",
                                           found=hashlib.sha256(der).hexdigest() if der else "")
            else:
                conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
                conn.connect()
        except TransportFailure:
            raise
        except (OSError, ssl.SSLError, http.client.HTTPException) as exc:
            raise TransportFailure("inbox_unreachable", detail=type(exc).__name__) from exc
        return conn

    def request(self, method: str, path: str, *, body: Any = None, headers: dict[str, str] | None = None,
                limit: int = p.MAX_JSON_ANSWER) -> Answer:
        conn = self._connect()
        try:
            conn.request(method, path, body=body, headers=headers or {})
            response = conn.getresponse()
            declared = response.getheader("Content-Length")
            if declared is not None and (not declared.isdigit() or int(declared) > limit):
                raise TransportFailure("inbox_answer_invalid", detail=f"answer of {declared} bytes")
            data = response.read(limit + 1)
            if len(data) > limit:
                raise TransportFailure("inbox_answer_invalid", detail=f"answer over {limit} bytes")
            if declared is not None and len(data) != int(declared):
                raise TransportFailure("inbox_unreachable", detail="answer cut off")
            return Answer(response.status, {k.lower(): v for k, v in response.getheaders()}, data)
        except TransportFailure:
            raise
        except (OSError, ssl.SSLError, http.client.HTTPException, ValueError) as exc:
            # refused, reset, timed out, cut mid-request or mid-answer, or an answer that is not HTTP
            raise TransportFailure("inbox_unreachable", detail=type(exc).__name__) from exc
        finally:
            conn.close()

    def health(self) -> dict[str, Any]:
        answer = self.request("GET", p.HEALTH_PATH)
        if answer.status != 200:
            raise _status_failure(answer)
        try:
            doc = json.loads(answer.body.decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            doc = None
        if not isinstance(doc, dict) or doc.get("status") != "ok" or not isinstance(doc.get("signing_fingerprint"), str):
            raise TransportFailure("inbox_answer_invalid", detail="not the inbox service's health document")
        return doc

    def upload(self, path: Path, *, sender: str, sha256: str, size: int, signature: str) -> Answer:
        headers = {"Content-Type": p.BUNDLE_TYPE, "Content-Length": str(size), p.H_SENDER: sender,
                   p.H_SHA256: sha256, p.H_SIGNATURE: signature}
        with open(path, "rb") as fh:
            return self.request("POST", p.BUNDLES_PATH, body=fh, headers=headers, limit=p.MAX_RECEIPT)

    def receipt(self, sha256: str) -> Answer:
        return self.request("GET", p.RECEIPTS_PATH + sha256, limit=p.MAX_RECEIPT)


def _status_failure(answer: Answer) -> TransportFailure:
    if answer.status >= 500:
        return TransportFailure("inbox_server_error", status=answer.status, code=answer.error_code())
    return TransportFailure("inbox_refused", status=answer.status, code=answer.error_code())


# --- the outbox with its delivery state ----------------------------------------------------------------------


def _iso(value: dt.datetime | None) -> str | None:
    if value is None:
        return None
    return (value if value.tzinfo else value.replace(tzinfo=dt.UTC)).isoformat()


def _delivery_json(row: OutboxDelivery | None) -> dict[str, Any]:
    if row is None:
        return {"attempts": 0, "last_attempt_at": None, "next_attempt_at": None, "delivered_at": None,
                "error": None, "message": None, "resends": 0, "resent_at": None}
    return {"attempts": row.attempts, "last_attempt_at": _iso(row.last_attempt_at),
            "next_attempt_at": _iso(row.next_attempt_at), "delivered_at": _iso(row.delivered_at),
            "error": row.last_error, "message": row.last_message, "resends": row.resends or 0,
            "resent_at": _iso(row.resent_at)}


def shown_state(state: str, delivery: dict[str, Any]) -> str:
    """The state as the window shows it: a pending bundle whose last try failed is waiting for the network."""
    return WAITING if state == exchange.PENDING and delivery["attempts"] and delivery["error"] else state


def outbox(app: Any) -> list[dict[str, Any]]:
    """``exchange.list_outbox`` with ``delivery`` (attempts, times, the last error, the times mailed again) and
    ``shown_state``; by e-mail, ``resend_days`` (``mail_resend_days``) and a delivered bundle that has waited
    that long for its receipt is shown ``resend_due``."""
    rows = exchange.list_outbox(app)
    by_mail = resend.by_mail(app)
    days, now = resend.resend_days(app), utcnow()
    with app.uow() as uow:
        deliveries = {d.outbox_id: d for d in uow.session.scalars(select(OutboxDelivery))}
        out = []
        for row in rows:
            delivery = _delivery_json(deliveries.get(row["id"]))
            shown = shown_state(row["state"], delivery)
            if by_mail and row["kind"] == fmt.KIND_GOVERNMENT and resend.resend_due(row["state"], delivery, days, now):
                shown = RESEND_DUE
            out.append({**row, "delivery": delivery, "shown_state": shown,
                        "resend_days": days if by_mail else None})
    return out


# --- one round -------------------------------------------------------------------------------------------------


def _hamlet(app: Any) -> Any:
    if app.unit is None:
        raise AuthError("not_initialised")
    if app.unit.kind != UnitKind.HAMLET:
        raise SothonError("transport_hamlet_only")
    if app.profile is None:
        raise AuthError("passphrase_required", profile=app.default_profile_name() or "")
    return app.unit


def client_for(app: Any, *, timeout: float = 15.0) -> InboxClient:
    url = app.settings.extra.get(INBOX_URL)
    if not url:
        raise SothonError("inbox_url_missing")
    return InboxClient(url, tls_pin=app.settings.extra.get(INBOX_TLS_PIN), timeout=timeout)


def _set_state(uow: Any, entry: OutboxEntry, state: str, reason: str | None = None) -> None:
    if entry.state == state:
        return
    if state not in exchange.TRANSITIONS.get(entry.state, frozenset()):
        raise SothonError("outbox_transition_invalid", sequence=entry.sequence, state=entry.state, new=state)
    values: dict[str, Any] = {"state": state, "state_changed_at": utcnow()}
    if reason is not None:
        values["reason"] = reason
    uow.update(entry, values, action=state)


def _delivery(uow: Any, outbox_id: str) -> OutboxDelivery:
    row = uow.session.get(OutboxDelivery, outbox_id)
    if row is None:
        row = OutboxDelivery(outbox_id=outbox_id, attempts=0)
        uow.session.add(row)
    return row


def _render(error: SothonError) -> str:
    from desktop_app.messages import render

    return render(error)[:1000]


class _Round:
    def __init__(self, app: Any, backoff: Backoff, rng: random.Random | None) -> None:
        self.app = app
        self.backoff = backoff
        self.rng = rng

    def failed(self, outbox_id: str, error: SothonError, *, back_to_pending: bool) -> None:
        now = utcnow()
        with self.app.uow() as uow:
            entry = uow.session.get(OutboxEntry, outbox_id)
            row = _delivery(uow, outbox_id)
            row.attempts = (row.attempts or 0) + 1
            row.last_attempt_at = now
            row.next_attempt_at = now + dt.timedelta(seconds=self.backoff.delay(row.attempts, self.rng))
            row.last_error = error.code[:60]
            row.last_message = _render(error)
            if back_to_pending and entry is not None and entry.state == exchange.SENDING:
                _set_state(uow, entry, exchange.PENDING)
            uow.commit()

    def claim(self, outbox_id: str) -> bool:
        with self.app.uow() as uow:
            entry = uow.session.get(OutboxEntry, outbox_id)
            if entry is None or entry.state != exchange.PENDING:
                return False
            _set_state(uow, entry, exchange.SENDING)
            uow.commit()
            return True

    def delivered(self, outbox_id: str) -> None:
        with self.app.uow() as uow:
            entry = uow.session.get(OutboxEntry, outbox_id)
            if entry is not None and entry.state == exchange.SENDING:
                _set_state(uow, entry, exchange.DELIVERED)
            row = _delivery(uow, outbox_id)
            row.delivered_at = row.delivered_at or utcnow()
            uow.commit()

    def acknowledged(self, outbox_id: str) -> None:
        with self.app.uow() as uow:
            row = _delivery(uow, outbox_id)
            row.attempts = (row.attempts or 0) + 1
            row.last_attempt_at = utcnow()
            row.next_attempt_at = None
            row.last_error = row.last_message = None
            uow.commit()


def _apply_receipt(app: Any, entry_sha: str, data: bytes) -> dict[str, Any]:
    """Check that the answer is the signed receipt of *this* bundle, then move the outbox with it."""
    from desktop_app.bundles.receipt import read_receipt

    with tempfile.TemporaryDirectory(dir=app.data_dir) as tmp:
        path = Path(tmp) / "answer.sothon-receipt"
        path.write_bytes(data)
        receipt = read_receipt(path)  # format and signature; the signer is checked by import_receipt
        if receipt.bundle.get("sha256") != entry_sha:
            raise SothonError("inbox_receipt_mismatch", sha256=str(receipt.bundle.get("sha256"))[:16])
        return exchange.import_receipt(app, path)


def _report(app: Any, ids: list[str]) -> list[dict[str, Any]]:
    wanted = set(ids)
    rows = [r for r in outbox(app) if r["id"] in wanted]
    return sorted(rows, key=lambda r: r["sequence"])


def send_pending(app: Any, *, force: bool = False, client: InboxClient | None = None,
                 backoff: Backoff | None = None, rng: random.Random | None = None) -> dict[str, Any]:
    """One round of delivery (see the module's docstring). Returns {"inbox_url", "reachable", "error",
    "message", "bundles": [outbox rows with delivery, for every bundle that was waiting]}. Unreachable is a
    result, not a refusal; refusals: ``inbox_url_missing``, ``inbox_tls_pin_missing``, ``recipient_missing``,
    ``transport_hamlet_only``, and the key holder's (the upload is signed with the hamlet's key)."""
    unit = _hamlet(app)
    client = client or client_for(app)
    backoff = backoff or Backoff()
    with _round_lock:
        with app.uow() as uow:
            recipient = exchange._recipient(uow, exchange.RECIPIENT_COMMUNE)
            if recipient is None:
                raise SothonError("recipient_missing")
            recipient_code, recipient_fp = recipient.code, recipient.signing_fingerprint
            entries = list(uow.session.scalars(select(OutboxEntry).where(
                OutboxEntry.kind == fmt.KIND_GOVERNMENT, OutboxEntry.recipient_code == recipient_code,
                OutboxEntry.state.in_((exchange.PENDING, exchange.SENDING, exchange.DELIVERED)))
                .order_by(OutboxEntry.sequence)))
            for entry in entries:  # left sending by a round that never ended (a crash, a power cut)
                if entry.state == exchange.SENDING:
                    _set_state(uow, entry, exchange.PENDING)
            uow.commit()
            deliveries = {d.outbox_id: d for d in uow.session.scalars(select(OutboxDelivery))}
            now = utcnow()
            work = [(e.id, e.state, e.sha256, e.saved_path, e.sequence) for e in entries
                    if force or deliveries.get(e.id) is None or deliveries[e.id].next_attempt_at is None
                    or deliveries[e.id].next_attempt_at <= now]
        ids = [e.id for e in entries]
        result: dict[str, Any] = {"channel": "http", "inbox_url": app.settings.extra.get(INBOX_URL),
                                  "reachable": None, "error": None, "message": None, "bundles": []}
        if not work:
            result["bundles"] = _report(app, ids)
            return result
        key = None
        rnd = _Round(app, backoff, rng)
        try:
            health = client.health()
            if health.get("signing_fingerprint") != recipient_fp or health.get("unit") != recipient_code:
                raise TransportFailure("inbox_wrong_commune", unit=str(health.get("unit"))[:64])
            result["reachable"] = True
        except TransportFailure as exc:
            result.update(reachable=False, error=exc.code, message=_render(exc))
            for outbox_id, *_rest in work:
                rnd.failed(outbox_id, exc, back_to_pending=False)
            result["bundles"] = _report(app, ids)
            return result
        for n, (outbox_id, state, sha, saved_path, _seq) in enumerate(work):
            try:
                answer = client.receipt(sha) if state == exchange.DELIVERED else None
                if answer is None or answer.status == 404:
                    # Not delivered yet — or "delivered" to a service that has no receipt for it (it lost the
                    # file, or was not what it said): the upload again, which the service makes idempotent.
                    path = Path(saved_path or "")
                    if not saved_path or not path.is_file():
                        raise SothonError("bundle_file_missing", path=str(saved_path or ""))
                    size = path.stat().st_size
                    if _file_sha256(path) != sha:
                        raise SothonError("bundle_file_missing", path=str(path))
                    if key is None:
                        key = identity.session_signing_identity(app).key
                    if state != exchange.DELIVERED and not rnd.claim(outbox_id):
                        continue
                    signature = p.sign_upload(key, unit.code, sha, size)
                    answer = client.upload(path, sender=unit.code, sha256=sha, size=size, signature=signature)
                if answer.status != 200:
                    raise _status_failure(answer)
                if state != exchange.DELIVERED:
                    rnd.delivered(outbox_id)
                _apply_receipt(app, sha, answer.body)
                rnd.acknowledged(outbox_id)
            except TransportFailure as exc:
                rnd.failed(outbox_id, exc, back_to_pending=True)
                if exc.code == "inbox_unreachable":
                    result.update(reachable=False, error=exc.code, message=_render(exc))
                    for later, *_rest in work[n + 1:]:
                        rnd.failed(later, exc, back_to_pending=False)
                    break
            except SothonError as exc:
                if exc.code in ("passphrase_required", "export_not_key_holder"):
                    rnd.failed(outbox_id, exc, back_to_pending=True)
                    raise
                # a receipt that is not this bundle's, not signed by the commune, a file gone: reported, kept
                rnd.failed(outbox_id, exc, back_to_pending=True)
        result["bundles"] = _report(app, ids)
        return result


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def waiting_count(app: Any) -> dict[str, int]:
    """How many government bundles are in each transport state (the window's status bar); a bundle waiting
    after a failure of the settings counts as ``needs_settings``."""
    counts: dict[str, int] = {}
    for row in outbox(app):
        if row["kind"] == fmt.KIND_GOVERNMENT:
            shown = row["shown_state"]
            if shown == WAITING and row["delivery"]["error"] in SETTINGS_ERRORS:
                shown = NEEDS_SETTINGS  # the status bar says so: waiting would never mend it
            counts[shown] = counts.get(shown, 0) + 1
    return counts
