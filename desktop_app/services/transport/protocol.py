"""The inbox protocol, version 1 (docs/transport.md), shared by the service and the sender.

An upload is ``POST /v1/bundles`` with the bundle file as the whole body (``application/vnd.sothon-bundle``)
and three headers the service checks *before* it reads the body:

- ``X-Sothon-Sender``: the sending hamlet's unit code;
- ``X-Sothon-Sha256``: the SHA-256 of the body (lower-case hex) — the bundle's identity, which makes a retry
  idempotent;
- ``X-Sothon-Signature``: base64 of the DER ECDSA-SHA256 signature, by the hamlet's enrolled signing key, of
  ``upload_statement(sender, sha256, length)``.

So a sender that is not enrolled, or a stranger using an enrolled hamlet's code, is refused before one byte of
the body is read, and the per-sender rate limit counts only what the sender really sent.
"""

from __future__ import annotations

import base64
import re

from desktop_app.bundles import crypto

API = "/v1"
BUNDLES_PATH = f"{API}/bundles"
RECEIPTS_PATH = f"{API}/receipts/"  # + the bundle's SHA-256
HEALTH_PATH = "/health"
BUNDLE_TYPE = "application/vnd.sothon-bundle"
RECEIPT_TYPE = "application/vnd.sothon-receipt+json"
H_SENDER, H_SHA256, H_SIGNATURE = "X-Sothon-Sender", "X-Sothon-Sha256", "X-Sothon-Signature"
H_RESULT = "X-Sothon-Result"  # imported | already_imported | rejected, beside a receipt
MAX_RECEIPT = 64 * 1024  # bundles.receipt.MAX_FILE_SIZE: a sender reads no more of an answer
MAX_JSON_ANSWER = 16 * 1024  # /health and error documents
SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
UNIT_CODE_RE = re.compile(r"^[0-9]{5}-[a-z0-9-]{1,40}$")


def upload_statement(sender: str, sha256: str, length: int) -> bytes:
    return f"sothon-upload/1\n{sender}\n{sha256}\n{length}\n".encode("ascii")


def sign_upload(key, sender: str, sha256: str, length: int) -> str:  # noqa: ANN001 — an EC private key
    return base64.b64encode(crypto.sign(key, upload_statement(sender, sha256, length))).decode("ascii")


def check_upload(certificates, sender: str, sha256: str, length: int, signature: str) -> bool:  # noqa: ANN001
    try:
        raw = base64.b64decode(signature, validate=True)
    except ValueError:
        return False
    if not raw or len(raw) > 256:
        return False
    statement = upload_statement(sender, sha256, length)
    return any(crypto.verify(cert, raw, statement) for cert in certificates)


# --- by e-mail (services.transport.mail) ----------------------------------------------------------------
# A bundle's mail carries the same three facts as an upload's headers, and the address the receipt goes back
# to, all signed by the hamlet's enrolled key: a mail from anyone else, or sent on to another address, is
# refused before its attachment is opened.

H_MAIL_BUNDLE = "X-Sothon-Bundle"  # "1" on a bundle's mail
H_REPLY_TO = "X-Sothon-Reply-To"  # where the receipt goes (signed)
H_RECEIPT_FOR = "X-Sothon-Receipt-For"  # on the commune's answer: the bundle's SHA-256


def mail_statement(sender: str, sha256: str, length: int, reply_to: str) -> bytes:
    return f"sothon-mail/1\n{sender}\n{sha256}\n{length}\n{reply_to}\n".encode("utf-8")


def sign_mail(key, sender: str, sha256: str, length: int, reply_to: str) -> str:  # noqa: ANN001
    return base64.b64encode(crypto.sign(key, mail_statement(sender, sha256, length, reply_to))).decode("ascii")


def check_mail(certificates, sender: str, sha256: str, length: int, reply_to: str,  # noqa: ANN001
               signature: str) -> bool:
    try:
        raw = base64.b64decode(signature, validate=True)
    except ValueError:
        return False
    if not raw or len(raw) > 256:
        return False
    statement = mail_statement(sender, sha256, length, reply_to)
    return any(crypto.verify(cert, raw, statement) for cert in certificates)
