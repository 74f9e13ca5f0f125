"""Receiving bundles, recipient side (a commune, or a party committee's copy): open one, look at it, take its
signed documents out, and answer it with a signed receipt.

The commune's import of the records (one transaction, chain checks against what it holds) belongs to a later
issue; until then a receipt says the bundle arrived whole, verified and readable: ``accepted``, or ``rejected``
with the reason the officer gives. The hamlet reads the receipt (``exchange.import_receipt``) and its outbox
moves on by itself.

- ``open_received(path, app=...)`` → ``OpenedBundle``: verified and, when encrypted to this unit, decrypted.
- ``summary(opened)`` → what the window and the command line show of it.
- ``extract_documents`` writes its signed PDFs into a folder.
- ``write_receipt`` answers it.

Refusals: every ``bundle_*`` code of the reader; ``bundle_wrong_recipient`` (encrypted to a key this unit does
not hold); ``bundle_not_for_this_unit`` (addressed to another unit); ``export_not_key_holder`` (only the
profile holding the unit's key signs receipts); ``passphrase_required``; ``file_unwritable``.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

from desktop_app.bundles.reader import OpenedBundle, decrypt, open_bundle
from desktop_app.domain.errors import AuthError, NotFound, SothonError
from desktop_app.services import credentials as cr
from desktop_app.services import identity

MAX_REASON = 1000  # characters (resources/schemas/receipt.schema.json)


def _decryption_key(app: Any | None, opened: OpenedBundle) -> Any:
    wanted = opened.manifest["encryption"]["recipient_fingerprint"]
    if app is None or app.profile is None:
        raise AuthError("passphrase_required", profile=app.default_profile_name() if app else "")
    with app.reader() as conn:
        mine = {cr.fingerprint(c) for c in identity.known_certificates(conn, purpose=cr.ENCRYPTION)}
        if wanted not in mine:
            raise SothonError("bundle_wrong_recipient", fingerprint=cr.group_fingerprint(wanted))
        try:
            return identity.open_encryption_key(conn, app.profile, app.session_passphrase(),
                                                fingerprint_sha256=wanted)
        except NotFound as exc:  # the key exists, but the acting profile does not hold it
            raise identity.key_holder_refusal(conn, app.profile) from exc


def open_received(path: Path | str, *, app: Any | None = None, trust: Any = None) -> OpenedBundle:
    """Verify ``path`` and, when it is encrypted, decrypt it with this unit's key (``app`` unlocked as the
    profile holding it). With ``app``, the bundle must be addressed to this unit. ``trust``: certificates the
    signer must be among (``bundle_signer_untrusted``), as for ``sothon verify --trust``."""
    # One reading of the file: verified with an encrypted bundle's payloads kept sealed, then decrypted.
    opened = open_bundle(path, trust=trust, keep_sealed=True)
    if app is not None and app.unit is not None and opened.recipient["code"] != app.unit.code:
        raise SothonError("bundle_not_for_this_unit", recipient=opened.recipient["code"], unit=app.unit.code)
    if opened.sealed is None:
        return opened
    return decrypt(opened, _decryption_key(app, opened))


def summary(opened: OpenedBundle) -> dict[str, Any]:
    """The bundle as a person checks it before answering: who sent it, which one of the chain, what it holds."""
    documents = []
    for rec in (opened.records or {}).get("upserts", ()):
        if rec["type"] in ("document", "party_document"):
            f = rec["fields"]
            documents.append({"id": rec["id"], "kind": f["kind"], "title": f["title"], "issued_on": f["issued_on"],
                              "file": f["file"], "signer": f.get("signer"), "personal": f["personal"],
                              "number": f.get("number"), "signed_as": f.get("signed_as")})
    documents.sort(key=lambda d: (d["issued_on"], d["title"]))
    return {"path": str(opened.path), "sha256": opened.sha256, "kind": opened.kind, "sender": opened.sender,
            "recipient": opened.recipient, "sequence": opened.sequence,
            "previous_sha256": opened.manifest["previous_sha256"], "period": opened.manifest["period"],
            "created_at": opened.manifest["created_at"], "counts": opened.counts, "encrypted": opened.encrypted,
            "signer_fingerprint": opened.signer_fingerprint, "documents": documents,
            "report": (opened.report or {}).get("figures")}


def extract_documents(opened: OpenedBundle, out_dir: Path | str) -> list[str]:
    """Write the opened bundle's signed PDFs into ``out_dir``, each under its own name (which the reader has
    checked: lower-case ASCII, no folder part). All or nothing: a file of that name with other content is never
    replaced (``file_exists``: choose an empty folder) — each file is created exclusively, so one that appears
    meanwhile is not overwritten either — and when one cannot be written, the files (and the folder) this call
    made are removed (``file_unwritable``). A file already there with the same bytes is left as it is."""
    out = Path(out_dir)
    todo: list[tuple[Path, bytes]] = []
    try:
        for name, pdf in sorted(opened.documents.items()):
            target = out / name.split("/", 1)[1]
            if target.is_symlink() or (target.exists() and (not target.is_file() or target.read_bytes() != pdf)):
                raise SothonError("file_exists", path=str(target))
            todo.append((target, pdf))
        made_folder = not out.exists()
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SothonError("file_unwritable", path=str(out), detail=exc.strerror or str(exc)) from exc
    written: list[Path] = []
    target = out
    try:
        for target, pdf in todo:
            if target.exists():
                continue
            with open(target, "xb") as fh:  # never replaces a file
                written.append(target)
                fh.write(pdf)
                fh.flush()
                os.fsync(fh.fileno())
    except OSError as exc:
        for done in written:
            done.unlink(missing_ok=True)
        if made_folder:
            with contextlib.suppress(OSError):
                out.rmdir()
        if isinstance(exc, FileExistsError):
            raise SothonError("file_exists", path=str(target)) from exc
        raise SothonError("file_unwritable", path=str(target), detail=exc.strerror or str(exc)) from exc
    return [str(t) for t, _ in todo]


def write_receipt(app: Any, opened: OpenedBundle, out_dir: Path | str, *, accept: bool,
                  reason: str | None = None) -> dict[str, Any]:
    """Sign this unit's receipt for ``opened`` (accepted, or rejected with ``reason``) and write it in
    ``out_dir``. Returns {"receipt": path, "status", "bundle": {...}}. ``receipt_reason_required`` when a
    rejection gives no reason."""
    from desktop_app.bundles.receipt import ACCEPTED, REJECTED
    from desktop_app.bundles.receipt import write_receipt as write

    if app.unit is None:
        raise AuthError("not_initialised")
    if app.profile is None:
        raise AuthError("passphrase_required", profile=app.default_profile_name() or "")
    if opened.recipient["code"] != app.unit.code:
        raise SothonError("bundle_not_for_this_unit", recipient=opened.recipient["code"], unit=app.unit.code)
    reason = (reason or "").strip() or None
    if not accept and reason is None:
        raise SothonError("receipt_reason_required")
    if reason is not None and len(reason) > MAX_REASON:
        raise SothonError("receipt_reason_too_long", length=len(reason), limit=MAX_REASON)
    identity.require_key_holder(app)
    signer = identity.session_signing_identity(app)
    bundle = {"sender": opened.sender["code"], "recipient": opened.recipient["code"], "kind": opened.kind,
              "sequence": opened.sequence, "sha256": opened.sha256}
    status = ACCEPTED if accept else REJECTED
    path = write(out_dir=out_dir, issuer={"code": app.unit.code, "name": app.unit.name or app.unit.commune_name}, bundle=bundle,
                 status=status, reason=reason, signing_key=signer.key, signer_cert=signer.certificate)
    return {"receipt": str(path), "status": status, "bundle": bundle}
