"""Receipts: the recipient's signed answer to one bundle — accepted, or rejected with a reason.

A receipt is one small JSON file (``<bundle file name without .sothon>.sothon-receipt``), not a bundle: it has
no sequence of its own and is not counted in any chain (docs/bundle-format.md, section 13)::

    {"format": "sothon-receipt", "version": 1,
     "payload": base64(canonical JSON of the receipt),
     "signature": base64(DER ECDSA-SHA256 over the payload bytes),
     "signer": PEM certificate of the signer}

The signature covers the payload's exact bytes (as in a bundle's manifest), so a reader in any language decodes
base64, checks the signature, then parses. The payload says which bundle it answers by sender, recipient, kind,
sequence and the SHA-256 of the whole bundle file.
"""

from __future__ import annotations

import base64
import datetime as dt
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509

from desktop_app.atomic import write_atomic
from desktop_app.bundles import crypto, schema
from desktop_app.bundles import format as fmt
from desktop_app.domain import clock
from desktop_app.domain.errors import SothonError

FORMAT = "sothon-receipt"
VERSION = 1
EXTENSION = ".sothon-receipt"
ACCEPTED, REJECTED = "accepted", "rejected"
MAX_FILE_SIZE = 64 * 1024
RECEIPT_SCHEMA = "receipt.schema.json"


@dataclass(frozen=True)
class Receipt:
    payload: dict[str, Any]
    signer_cert: x509.Certificate

    @property
    def bundle(self) -> dict[str, Any]:
        return self.payload["bundle"]

    @property
    def status(self) -> str:
        return self.payload["status"]

    @property
    def reason(self) -> str | None:
        return self.payload["reason"]


def receipt_file_name(bundle: dict[str, Any]) -> str:
    name = fmt.bundle_file_name(bundle["sender"], bundle["recipient"], bundle["sequence"], bundle["kind"])
    return name[: -len(fmt.EXTENSION)] + EXTENSION


def receipt_bytes(*, issuer: dict[str, str], bundle: dict[str, Any], status: str, reason: str | None,
                  signing_key: Any, signer_cert: x509.Certificate, created_at: dt.datetime | None = None,
                  result: dict[str, Any] | None = None) -> bytes:
    """The signed receipt for ``bundle`` ({sender, recipient, kind, sequence, sha256}) as the bytes of its file
    (see ``write_receipt``); ``bundle_invalid_input`` when the values break the schema."""
    now = created_at or clock.now().astimezone(clock.VN_TZ)
    payload = {
        "format": FORMAT, "version": VERSION, "issuer": dict(issuer),
        "signer_fingerprint": crypto.fingerprint(signer_cert), "bundle": dict(bundle), "status": status,
        "reason": reason, "created_at": now.replace(microsecond=0).isoformat(), **(result or {}),
    }
    if (problem := schema.first_error(RECEIPT_SCHEMA, payload)) is not None:
        raise SothonError("bundle_invalid_input", detail=problem)
    data = fmt.canonical_json(payload)
    envelope = {"format": FORMAT, "version": VERSION, "payload": base64.b64encode(data).decode("ascii"),
                "signature": base64.b64encode(crypto.sign(signing_key, data)).decode("ascii"),
                "signer": crypto.cert_pem(signer_cert).decode("ascii")}
    return fmt.canonical_json(envelope) + b"\n"


def write_receipt(*, out_dir: Path | str, issuer: dict[str, str], bundle: dict[str, Any], status: str,
                  reason: str | None, signing_key: Any, signer_cert: x509.Certificate,
                  created_at: dt.datetime | None = None, result: dict[str, Any] | None = None) -> Path:
    """Write the signed receipt for ``bundle`` ({sender, recipient, kind, sequence, sha256}) in ``out_dir``
    (atomically; an existing receipt for the same bundle is replaced). ``result``: what an import did —
    ``counts`` and ``missing_sequences`` of an accepted bundle, ``error`` and ``issues`` of a rejected one
    (section 13). ``bundle_invalid_input`` when the values break the schema, ``file_unwritable``."""
    data = receipt_bytes(issuer=issuer, bundle=bundle, status=status, reason=reason, signing_key=signing_key,
                         signer_cert=signer_cert, created_at=created_at, result=result)
    path = Path(out_dir) / receipt_file_name(bundle)
    try:
        write_atomic(path, data)
    except OSError as exc:
        raise SothonError("file_unwritable", path=str(path), detail=exc.strerror or str(exc)) from exc
    return path


def _bad(detail: str) -> SothonError:
    return SothonError("receipt_invalid", detail=detail)


def read_receipt(path: Path | str, *, trust: list[x509.Certificate] | None = None) -> Receipt:
    """Read and verify a receipt. ``trust``: the certificates it may be signed by (the registered recipients);
    None trusts the embedded one. Refusals: ``file_not_found``, ``file_unreadable``, ``receipt_invalid`` (too
    large, not JSON, not the format, a bad certificate or schema), ``receipt_signature_invalid``,
    ``receipt_signer_untrusted``."""
    path = Path(path)
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # a FIFO or device would block or never end
            raise _bad("not a regular file")
        with path.open("rb") as fh:
            data = fh.read(MAX_FILE_SIZE + 1)
    except FileNotFoundError as exc:
        raise SothonError("file_not_found", path=str(path)) from exc
    except OSError as exc:
        raise SothonError("file_unreadable", path=str(path), detail=exc.strerror or str(exc)) from exc
    if len(data) > MAX_FILE_SIZE:
        raise _bad(f"larger than {MAX_FILE_SIZE} bytes")
    try:
        envelope = fmt.strict_loads(data.rstrip(b"\n"))
    except (ValueError, RecursionError) as exc:
        raise _bad(f"not JSON ({str(exc)[:100]})") from exc
    if (problem := schema.first_error("receipt-envelope.schema.json", envelope)) is not None:
        raise _bad(problem)
    try:
        payload_bytes = base64.b64decode(envelope["payload"], validate=True)
        signature = base64.b64decode(envelope["signature"], validate=True)
        cert = x509.load_pem_x509_certificate(envelope["signer"].encode("ascii"))
        public = cert.public_key()
        signer_fp = crypto.fingerprint(cert)
    except Exception as exc:  # noqa: BLE001 — any malformed certificate (unknown curve, bad point …) is refused
        raise _bad(f"payload, signature or certificate: {type(exc).__name__}: {str(exc)[:100]}") from exc
    if not crypto.is_p256(public):
        raise _bad("the signer's key is not ECDSA P-256")
    try:
        valid = crypto.verify(cert, signature, payload_bytes)
    except Exception as exc:  # noqa: BLE001 — e.g. a signature that is not DER
        raise SothonError("receipt_signature_invalid") from exc
    if not valid:
        raise SothonError("receipt_signature_invalid")
    try:
        payload = fmt.strict_loads(payload_bytes)
    except (ValueError, RecursionError) as exc:
        raise _bad(f"payload not JSON ({str(exc)[:100]})") from exc
    if (problem := schema.first_error(RECEIPT_SCHEMA, payload)) is not None:
        raise _bad(problem)
    try:
        dt.datetime.fromisoformat(payload["created_at"])
    except ValueError as exc:
        raise _bad(f"created_at: {payload['created_at']}") from exc
    if payload["signer_fingerprint"] != signer_fp:
        raise _bad("signer_fingerprint is not the signer's certificate")
    if trust is not None and signer_fp not in {crypto.fingerprint(c) for c in trust}:
        raise SothonError("receipt_signer_untrusted", fingerprint=signer_fp)
    return Receipt(payload, cert)
