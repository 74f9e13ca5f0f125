"""Writing a bundle: payloads → (encryption) → manifest → signature → one zip, written atomically.

The zip's entries come in a fixed order (manifest.json, manifest.sig, signer.pem, data/records.json,
data/report.json, documents/… by name) with fixed metadata (time stamps from ``created_at``, Unix
regular-file mode 0644, no extra fields), and the signature is deterministic (RFC 6979) where the
library allows it: the same inputs — and, when encrypting, the same ephemeral key — give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec

from desktop_app.atomic import write_atomic
from desktop_app.bundles import crypto, schema
from desktop_app.bundles import format as fmt
from desktop_app.domain import clock
from desktop_app.domain.errors import SothonError


@dataclass(frozen=True)
class WrittenBundle:
    path: Path
    sha256: str  # of the whole .sothon file: the next bundle's previous_sha256
    manifest: dict[str, Any]


def _iso(value: dt.date | str) -> str:
    return value if isinstance(value, str) else value.isoformat()


def _period(period: Mapping[str, Any] | Sequence[Any]) -> dict[str, str]:
    if isinstance(period, Mapping):
        start, end = period["from"], period["to"]
    else:
        start, end = period
    return {"from": _iso(start), "to": _iso(end)}


def _created_at(value: dt.datetime | None) -> str:
    now = value or clock.now().astimezone(clock.VN_TZ)
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("created_at needs a time zone")
    return now.replace(microsecond=0).isoformat()


def _sorted_records(records: Iterable[Mapping[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    upserts, tombstones = [], []
    for rec in records:
        (tombstones if "deleted_at" in rec else upserts).append(dict(rec))
    key = lambda r: (str(r.get("type")), str(r.get("id")))  # noqa: E731
    return {"upserts": sorted(upserts, key=key), "tombstones": sorted(tombstones, key=key)}


def _counts(payload: Mapping[str, list[Mapping[str, Any]]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for rec in (*payload["upserts"], *payload["tombstones"]):
        counts[rec["type"]] = counts.get(rec["type"], 0) + 1
    return counts


def _zip_time(created_at: str) -> tuple[int, int, int, int, int, int]:
    t = dt.datetime.fromisoformat(created_at)
    if t.year < 1980:
        return (1980, 1, 1, 0, 0, 0)
    return (t.year, t.month, t.day, t.hour, t.minute, t.second - t.second % 2)


def _entry(name: str, when: tuple[int, ...], compress: bool) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=when)  # type: ignore[arg-type]
    info.create_system = 3  # Unix, on every platform, for identical bytes
    info.external_attr = 0o100644 << 16  # a regular file, rw-r--r--
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    return info


def write_bundle(
    *,
    out_dir: Path | str,
    sender: Mapping[str, Any],
    recipient: Mapping[str, Any],
    sequence: int,
    previous_sha256: str | None,
    period: Mapping[str, Any] | Sequence[Any],
    records: Iterable[Mapping[str, Any]],
    report: Mapping[str, Any] | None,
    documents: Sequence[tuple[str, bytes]] = (),
    signing_key: ec.EllipticCurvePrivateKey,
    signer_cert: x509.Certificate,
    recipient_encryption_cert: x509.Certificate | None = None,
    recipient_signing_cert: x509.Certificate | None = None,
    created_at: dt.datetime | None = None,
    kind: str | None = None,
    overwrite: bool = False,
    _ephemeral_key: ec.EllipticCurvePrivateKey | None = None,  # tests: a fixed key for a test vector
) -> WrittenBundle:
    """Write ``<sender>-to-<recipient>-<sequence:06d>.sothon`` in ``out_dir``.

    ``records`` are upserts ``{id, type, version, updated_at, unit_code, fields[, pseudonymised]}`` and
    tombstones ``{id, type, version, deleted_at[, pseudonymised]}``, already pseudonymised as the sender
    chose (``bundles.pseudonym``); ``documents`` are (file name without folder, e.g. ``minutes-2026-01.pdf``,
    PDF bytes). ``kind`` defaults to ``party`` for a party-committee recipient, else ``government``.
    With ``recipient_encryption_cert`` the data and documents are encrypted to it (and checked against
    ``recipient_signing_cert`` when given). Refusals: ``bundle_invalid_input``,
    ``bundle_party_in_government``, ``bundle_recipient_cert_invalid``, ``bundle_exists``,
    ``file_unwritable``."""
    kind = kind or (fmt.KIND_PARTY if recipient.get("kind") == fmt.PARTY_RECIPIENT_KIND else fmt.KIND_GOVERNMENT)
    created = _created_at(created_at)
    payload = _sorted_records(records)
    counts = _counts(payload)

    if (problem := schema.records_error(payload)) is not None:
        raise SothonError("bundle_invalid_input", detail=problem)
    if report is not None and (problem := schema.first_error(schema.REPORT_SCHEMA, dict(report))) is not None:
        raise SothonError("bundle_invalid_input", detail=problem)
    if kind == fmt.KIND_GOVERNMENT:
        party = [t for t in counts if t.startswith(fmt.PARTY_TYPE_PREFIX)]
        party += [f for f in (report or {}).get("figures", {}) if f.startswith(fmt.PARTY_FIGURE_PREFIX)]
        if party:
            raise SothonError("bundle_party_in_government", detail=", ".join(sorted(party)))
    if signer_cert.public_key().public_numbers() != signing_key.public_key().public_numbers():
        raise SothonError("bundle_invalid_input", detail="the signing key does not match signer_cert")

    sealing = None
    if recipient_encryption_cert is not None:
        if not crypto.is_key_agreement_cert(recipient_encryption_cert) or (
            recipient_signing_cert is not None
            and not crypto.check_encryption_cert(recipient_signing_cert, recipient_encryption_cert)
        ):
            raise SothonError("bundle_recipient_cert_invalid", fingerprint=crypto.fingerprint(recipient_encryption_cert))
        sealing = crypto.Sealing.to(recipient_encryption_cert, _ephemeral_key)

    plain: list[tuple[str, bytes, bool]] = [(fmt.RECORDS, fmt.payload_json(payload), True)]
    if report is not None:
        plain.append((fmt.REPORT, fmt.payload_json(dict(report)), True))
    seen: dict[str, tuple[str | None, int]] = {}
    for name, data in sorted(documents, key=lambda d: d[0]):
        full = f"documents/{name}"
        if not fmt.is_document_name(full) or full in seen:
            raise SothonError("bundle_invalid_input", detail=f"document name {name!r}")
        seen[full] = (hashlib.sha256(data).hexdigest(), len(data))
        plain.append((full, bytes(data), False))
    if (broken := fmt.document_reference_error(payload, seen, kind=kind)) is not None:
        raise SothonError("bundle_invalid_input", detail=f"{broken[0]}: {broken[1]}")

    stored: list[tuple[str, bytes, bool]] = []
    for name, data, compress in plain:
        if sealing is not None:
            name = name + fmt.ENC_SUFFIX
            stored.append((name, sealing.encrypt(name, data), False))
        else:
            stored.append((name, data, compress))

    manifest = {
        "format": fmt.FORMAT,
        "version": fmt.VERSION,
        "kind": kind,
        "sender": dict(sender),
        "recipient": dict(recipient),
        "signer_fingerprint": crypto.fingerprint(signer_cert),
        "sequence": sequence,
        "previous_sha256": previous_sha256,
        "period": _period(period),
        "created_at": created,
        "counts": counts,
        "files": [{"name": n, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()} for n, d, _ in stored],
        "encryption": sealing.manifest_entry() if sealing is not None else None,
    }
    if (problem := schema.first_error(schema.MANIFEST_SCHEMA, manifest)) is not None:
        raise SothonError("bundle_invalid_input", detail=problem)
    if manifest["period"]["from"] > manifest["period"]["to"]:
        raise SothonError("bundle_invalid_input", detail="period: from is after to")
    manifest_bytes = fmt.canonical_json(manifest)
    signature = crypto.sign(signing_key, manifest_bytes)

    when = _zip_time(created)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(_entry(fmt.MANIFEST, when, True), manifest_bytes)
        zf.writestr(_entry(fmt.SIGNATURE, when, False), signature)
        zf.writestr(_entry(fmt.SIGNER, when, True), crypto.cert_pem(signer_cert))
        for name, data, compress in stored:
            zf.writestr(_entry(name, when, compress), data)
    data = buf.getvalue()

    path = Path(out_dir) / fmt.bundle_file_name(sender["code"], recipient["code"], sequence, kind)
    if path.exists() and not overwrite:
        raise SothonError("bundle_exists", path=str(path))
    try:
        write_atomic(path, data)
    except OSError as exc:
        raise SothonError("file_unwritable", path=str(path), detail=str(exc)) from exc
    return WrittenBundle(path, hashlib.sha256(data).hexdigest(), manifest)
