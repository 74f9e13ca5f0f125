"""Signing and verifying PDF files: the use cases over ``documents.signing`` (which is pure).

``sign_pdf_file`` signs with the acting profile's key, opened with the passphrase the session was
unlocked with (no second prompt; see ``identity.session_signing_identity``). The stamp's font is the
documents' regular face (``fonts.ensure_fonts().regular``), reduced once for stamps into the font cache.
``verify_pdf_file`` needs no database: it checks the file against itself and, when given, a list of
trusted certificates (a PEM file such as ``sothon identity export-cert`` writes).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from desktop_app.atomic import write_atomic
from desktop_app.domain import clock
from desktop_app.domain.clock import VN_TZ
from desktop_app.domain.errors import SothonError
from desktop_app.services import identity


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise SothonError("file_not_found", path=str(path)) from exc
    except OSError as exc:
        raise SothonError("file_unreadable", path=str(path), detail=exc.strerror or str(exc)) from exc


def _write_atomic(path: Path, data: bytes) -> None:
    """The whole file or the old one, never half a PDF (temporary file in the same folder, then replace)."""
    try:
        write_atomic(path, data)
    except OSError as exc:
        raise SothonError("file_unwritable", path=str(path), detail=exc.strerror or str(exc)) from exc


def default_signed_path(path_in: Path) -> Path:
    """``bien-ban.pdf`` → ``bien-ban-signed.pdf`` beside it."""
    return path_in.with_name(f"{path_in.stem}-signed{path_in.suffix or '.pdf'}")


def stamp_font() -> tuple[Path, Path | None]:
    """The stamp's font file and the folder for its reduced copy."""
    from desktop_app.documents import fonts

    fs = fonts.ensure_fonts()
    try:
        cache = fonts.cache_dir().parent / "stamp"
    except Exception:  # noqa: BLE001 — without a cache the stamp only takes longer
        cache = None
    return fs.regular, cache


def sign_pdf_bytes(app: Any, pdf: bytes, *, signed_at: dt.datetime | None = None,
                   box: tuple[float, float, float, float] | None = None, space: Any = None) -> bytes:
    """``pdf`` signed by the acting profile (for ``documents render --sign``: no file in between).

    ``space`` (a ``layout.SignatureSpace``) puts the stamp in the signer's space for the signature, on its
    page; without it the stamp goes in the last page's bottom margin (or in ``box`` there)."""
    from desktop_app.documents.signing import sign_pdf, stamp_box_in

    who = identity.session_signing_identity(app)
    font, cache = stamp_font()
    page = -1
    when = (signed_at or clock.now()).astimezone(VN_TZ).replace(microsecond=0)
    if space is not None:
        page = space.page
        box = stamp_box_in((space.x1, space.y1, space.x2, space.y2), who.certificate, when,
                           signer_name=app.profile.display_name)
    return sign_pdf(pdf, key=who.key, certificate=who.certificate, font=font, font_cache=cache,
                    signed_at=when, page=page, box=box, signer_name=app.profile.display_name)


def sign_pdf_file(app: Any, path_in: Path | str, path_out: Path | str | None = None, *,
                  space: Any = None) -> dict[str, Any]:
    """Sign ``path_in`` as the acting profile and write ``path_out`` (default ``<name>-signed.pdf``; the
    same path signs in place); ``space`` as in ``sign_pdf_bytes``. Returns {"path", "signer", "signed_at",
    "fingerprint"}."""
    from cryptography.x509.oid import NameOID

    from desktop_app.services.credentials import fingerprint, group_fingerprint

    path_in = Path(path_in)
    out = Path(path_out) if path_out is not None else default_signed_path(path_in)
    data = _read(path_in)
    now = clock.now().replace(microsecond=0)
    signed = sign_pdf_bytes(app, data, signed_at=now, space=space)
    _write_atomic(out, signed)
    who = identity.session_signing_identity(app)
    names = who.certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return {
        "path": str(out),
        "signer": str(names[0].value) if names else None,
        "signed_at": now.astimezone(VN_TZ).isoformat(),
        "fingerprint": group_fingerprint(fingerprint(who.certificate)),
    }


def load_trust(trust: Path | str | bytes | Iterable[Any] | None) -> list[Any] | None:
    """Trusted certificates from a PEM file's path, PEM bytes, or a list of certificates/PEM texts."""
    from cryptography import x509

    if trust is None:
        return None
    if isinstance(trust, (str, Path)):
        trust = _read(Path(trust))
    if isinstance(trust, bytes):
        try:
            return list(x509.load_pem_x509_certificates(trust))
        except ValueError as exc:
            raise SothonError("certificate_unreadable", detail=str(exc)) from exc
    certs = []
    for item in trust:
        if isinstance(item, x509.Certificate):
            certs.append(item)
        else:
            try:
                data = item.encode() if isinstance(item, str) else item
                certs.extend(x509.load_pem_x509_certificates(data))
            except ValueError as exc:
                raise SothonError("certificate_unreadable", detail=str(exc)) from exc
    return certs


def _when(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value else None


def _grouped(hex_digest: str | None) -> str | None:
    from desktop_app.services.credentials import group_fingerprint

    return group_fingerprint(hex_digest) if hex_digest else None


def verify_pdf_file(path: Path | str, trust: Path | str | bytes | Iterable[Any] | None = None, *,
                    expected_qr: str | None = None) -> dict[str, Any]:
    """``sothon documents verify FILE.pdf --json``: {"valid", "signer", "signed_at", "qr_matches"}, and
    "reason" (null, or why it is not valid: pdf_unreadable, signature_missing, signature_invalid,
    signature_altered, signer_untrusted), "trusted" (null without ``trust``), "signer_fingerprint",
    "covers_whole_document", "qr_payload" and one entry per signature in "signatures"."""
    from desktop_app.documents.signing import verify_pdf

    path = Path(path)
    result = verify_pdf(_read(path), load_trust(trust), expected_qr=expected_qr)

    return {
        "path": str(path),
        "valid": result.valid,
        "signer": result.signer,
        "signed_at": _when(result.signed_at),
        "qr_matches": result.qr_matches,
        "reason": result.error,
        "trusted": result.trusted,
        "signer_fingerprint": _grouped(result.signer_fingerprint),
        "covers_whole_document": result.covers_whole_document,
        "qr_payload": result.qr_payload,
        "signatures": [
            {
                "field": s.field, "signer": s.signer, "title": s.signer_title, "unit": s.signer_unit,
                "unit_code": s.signer_unit_code, "signed_at": _when(s.signed_at), "valid": s.valid,
                "reason": s.error, "intact": s.intact, "covers_whole_document": s.covers_whole_document,
                "modification": s.modification, "trusted": s.trusted,
                "fingerprint": _grouped(s.signer_fingerprint),
            }
            for s in result.signatures
        ],
    }


def trusted_for(app: Any) -> list[Any]:
    """This copy's own signing certificates, current and retired: the trust list for its documents."""
    with app.reader() as conn:
        return identity.known_certificates(conn)
