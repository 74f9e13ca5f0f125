"""Commune mode: the hamlets this commune accepts bundles from, each known by its signing certificate.

- ``enrol(app, cert_path)`` registers a hamlet from its certificate file (``sothon identity export-cert`` on
  the hamlet's copy: its signing certificate first). The fingerprint it returns is read aloud or compared by
  eye (and as a QR code in the window) with the one the hamlet's window shows: the file itself travels by
  any means and proves nothing until the two agree.
- ``replace_key`` enrols a hamlet's new key; its old key stops counting from the day given.
- ``revoke`` ends a hamlet's current key from a day: bundles it signed (their ``created_at``) on or after that
  day are refused, earlier ones stay valid.
- ``inspect`` reads a certificate file as ``enrol`` would, writing nothing (the window's preview).
- ``list_enrolled`` and ``trusted_keys`` (what the import checks a bundle's signer against).

Refusals: ``commune_only``, ``file_not_found``, ``file_unreadable``, ``certificate_unreadable``,
``enrol_cert_invalid`` (not a P-256 signing certificate naming a unit), ``enrol_wrong_commune`` (a unit outside
this commune, or the commune itself), ``enrol_already_enrolled`` (another current key: replace it instead),
``enrol_key_in_use`` (the key is enrolled for another hamlet), ``enrol_unknown`` (no such hamlet),
``enrol_no_current_key`` (nothing to revoke).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from sqlalchemy import bindparam, select

from desktop_app.bundles import crypto
from desktop_app.domain.clock import vn_today
from desktop_app.domain.errors import AuthError, SothonError
from desktop_app.domain.ids import new_id
from desktop_app.domain.units import UnitKind
from desktop_app.services import credentials as cr
from desktop_app.storage.models import EnrolledKey, Unit, utcnow


@dataclass(frozen=True)
class TrustedKey:
    """One enrolled key, as the import checks a signer against it."""

    unit_code: str
    fingerprint: str
    certificate: x509.Certificate
    revoked_from: dt.date | None

    def valid_on(self, day: dt.date) -> bool:
        return self.revoked_from is None or day < self.revoked_from


def _commune(app: Any) -> Any:
    if app.unit is None:
        raise AuthError("not_initialised")
    if app.unit.kind != UnitKind.COMMUNE:
        raise SothonError("commune_only", unit=app.unit.name or app.unit.code)
    return app.unit


def _signing_certificate(path: Path) -> x509.Certificate:
    if not path.is_file():
        raise SothonError("file_not_found", path=str(path))
    try:
        data = path.read_bytes()[: 256 * 1024]
    except OSError as exc:
        raise SothonError("file_unreadable", path=str(path), detail=str(exc)) from exc
    try:
        certs = x509.load_pem_x509_certificates(data)
        cert = certs[0]
        public = cert.public_key()
        _ = cert.subject, cert.extensions
    except Exception as exc:  # noqa: BLE001 — an untrusted file: any parse failure means "not a certificate"
        raise SothonError("certificate_unreadable", detail=str(exc)[:200] or "no PEM certificate") from exc
    if not crypto.is_p256(public) or not _can_sign(cert):
        raise SothonError("enrol_cert_invalid", path=str(path), detail="not an ECDSA P-256 signing certificate")
    return cert


def _can_sign(cert: x509.Certificate) -> bool:
    try:
        return bool(cert.extensions.get_extension_for_class(x509.KeyUsage).value.digital_signature)
    except x509.ExtensionNotFound:
        return True
    except Exception:  # noqa: BLE001 — a malformed extension list is not a signing certificate
        return False


def _key_json(row: EnrolledKey) -> dict[str, Any]:
    return {"fingerprint": row.fingerprint, "enrolled_at": row.enrolled_at.isoformat() if row.enrolled_at else None,
            "revoked_from": row.revoked_from.isoformat() if row.revoked_from else None}


def _current(uow: Any, code: str) -> list[EnrolledKey]:
    return list(uow.session.scalars(select(EnrolledKey).where(EnrolledKey.unit_code == code,
                                                              EnrolledKey.revoked_from.is_(None))))


def _add_key(app: Any, uow: Any, cert: x509.Certificate, *, code: str, name: str) -> EnrolledKey:
    unit = app.unit
    row = EnrolledKey(id=new_id(), unit_code=code, unit_name=name, fingerprint=cr.fingerprint(cert),
                      certificate_pem=cr.cert_pem(cert), enrolled_at=utcnow(), revoked_from=None, revoked_at=None)
    uow.session.add(row)
    uow.audit("enrolled_keys", row.id, "enrol", {"unit_code": [None, code], "fingerprint": [None, row.fingerprint]})
    known = uow.session.get(Unit, code)
    if known is None:
        uow.session.add(Unit(code=code, name=name, kind=UnitKind.HAMLET.value, province_code=unit.province_code,
                             province_name=unit.province_name, commune_code=unit.commune_code,
                             commune_name=unit.commune_name, is_own=False, created_at=utcnow()))
    elif known.name != name and not known.is_own:
        known.name = name
    return row


def _identify(app: Any, cert: x509.Certificate, path: Path) -> tuple[str, str]:
    unit = app.unit
    parts = cr.subject_parts(cert)
    code = parts.unit_code
    if not code:
        raise SothonError("enrol_cert_invalid", path=str(path), detail="the certificate names no unit (OU)")
    if not code.startswith(unit.commune_code + "-"):
        raise SothonError("enrol_wrong_commune", code=code, commune=unit.commune_code)
    return code, parts.organization or code


def inspect(app: Any, cert_path: Path | str) -> dict[str, Any]:
    """What enrolling ``cert_path`` would register, writing nothing: {"code", "name", "fingerprint"} — shown
    (text and QR) for comparing with the hamlet's window before the officer confirms."""
    _commune(app)
    path = Path(cert_path)
    cert = _signing_certificate(path)
    code, name = _identify(app, cert, path)
    return {"code": code, "name": name, "fingerprint": cr.fingerprint(cert)}


def enrol(app: Any, cert_path: Path | str) -> dict[str, Any]:
    """Enrol the hamlet whose certificate file is at ``cert_path``: {"code", "name", "fingerprint"}.
    Enrolling the same key again changes nothing."""
    _commune(app)
    path = Path(cert_path)
    cert = _signing_certificate(path)
    code, name = _identify(app, cert, path)
    fp = cr.fingerprint(cert)
    with app.uow() as uow:
        same = uow.session.scalars(select(EnrolledKey).where(EnrolledKey.fingerprint == fp)).first()
        if same is not None:
            if same.unit_code != code:
                raise SothonError("enrol_key_in_use", code=same.unit_code, fingerprint=cr.group_fingerprint(fp))
            if same.revoked_from is not None:
                raise SothonError("enrol_key_revoked", code=code, day=same.revoked_from.isoformat(),
                                  fingerprint=cr.group_fingerprint(fp))
            return {"code": code, "name": same.unit_name, "fingerprint": fp}
        current = _current(uow, code)
        if current:
            raise SothonError("enrol_already_enrolled", code=code,
                              fingerprint=cr.group_fingerprint(current[0].fingerprint))
        row = _add_key(app, uow, cert, code=code, name=name)
        uow.commit()
        return {"code": code, "name": row.unit_name, "fingerprint": fp}


def _revoke_rows(uow: Any, rows: list[EnrolledKey], day: dt.date) -> None:
    for row in rows:
        row.revoked_from = day
        row.revoked_at = utcnow()
        uow.audit("enrolled_keys", row.id, "revoke", {"revoked_from": [None, day.isoformat()]})


def replace_key(app: Any, cert_path: Path | str, *, from_day: dt.date | None = None) -> dict[str, Any]:
    """Enrol a hamlet's new key (the hamlet replaced its key, or a lost copy was set up again): its current
    key stops counting from ``from_day`` (today by default). {"code", "name", "fingerprint", "replaced"}."""
    _commune(app)
    path = Path(cert_path)
    cert = _signing_certificate(path)
    code, name = _identify(app, cert, path)
    fp = cr.fingerprint(cert)
    day = from_day or vn_today()
    with app.uow() as uow:
        same = uow.session.scalars(select(EnrolledKey).where(EnrolledKey.fingerprint == fp)).first()
        if same is not None:
            raise SothonError("enrol_key_in_use", code=same.unit_code, fingerprint=cr.group_fingerprint(fp))
        current = _current(uow, code)
        if not current and not uow.session.scalars(select(EnrolledKey).where(EnrolledKey.unit_code == code)).first():
            raise SothonError("enrol_unknown", code=code)
        _revoke_rows(uow, current, day)
        row = _add_key(app, uow, cert, code=code, name=name)
        uow.commit()
        return {"code": code, "name": row.unit_name, "fingerprint": fp,
                "replaced": [r.fingerprint for r in current], "revoked_from": day.isoformat()}


def revoke(app: Any, code: str, *, from_day: dt.date) -> dict[str, Any]:
    """Stop trusting the hamlet's current key for bundles signed on or after ``from_day``.
    {"code", "name", "fingerprint", "revoked_from"}."""
    _commune(app)
    with app.uow() as uow:
        if uow.session.scalars(select(EnrolledKey).where(EnrolledKey.unit_code == code)).first() is None:
            raise SothonError("enrol_unknown", code=code)
        current = _current(uow, code)
        if not current:
            raise SothonError("enrol_no_current_key", code=code)
        _revoke_rows(uow, current, from_day)
        uow.commit()
        return {"code": code, "name": current[0].unit_name, "fingerprint": current[0].fingerprint,
                "revoked_from": from_day.isoformat()}


def list_enrolled(app: Any) -> list[dict[str, Any]]:
    """Every enrolled hamlet, by code: {"code", "name", "fingerprint" (the current key's, or null when
    revoked), "revoked_from", "keys": [every key, oldest first]}."""
    _commune(app)
    with app.uow() as uow:
        rows = list(uow.session.scalars(select(EnrolledKey).order_by(EnrolledKey.unit_code, EnrolledKey.enrolled_at)))
    out: dict[str, dict[str, Any]] = {}
    for row in rows:
        item = out.setdefault(row.unit_code, {"code": row.unit_code, "name": row.unit_name, "fingerprint": None,
                                              "revoked_from": None, "keys": []})
        item["keys"].append(_key_json(row))
        item["name"] = row.unit_name
        if row.revoked_from is None:
            item["fingerprint"], item["revoked_from"] = row.fingerprint, None
        elif item["fingerprint"] is None:
            item["revoked_from"] = row.revoked_from.isoformat()
    return list(out.values())


def _keys_query() -> Any:
    return select(EnrolledKey.fingerprint, EnrolledKey.certificate_pem, EnrolledKey.revoked_from) \
        .where(EnrolledKey.unit_code == bindparam("code"))


def trusted_keys(uow: Any, code: str, parsed: dict[str, x509.Certificate] | None = None) -> list[TrustedKey]:
    """Every key enrolled for ``code``, revoked ones included (they still vouch for earlier bundles), read
    afresh each time (a key revoked while an import batch runs counts from its next file). ``parsed``: the
    certificates already parsed, by PEM — a batch's, so that each is parsed once."""
    from desktop_app.storage.compiled import select_query

    out = []
    for fingerprint, pem, revoked_from in select_query(uow, "enrolment.trusted_keys", _keys_query).run(uow, code=code):
        cert = parsed.get(pem) if parsed is not None else None
        if cert is None:
            cert = cr.load_cert(pem)
            if parsed is not None:
                parsed[pem] = cert
        out.append(TrustedKey(code, fingerprint, cert, revoked_from))
    return out


def enrolled_codes(uow: Any) -> list[str]:
    return sorted(set(uow.session.scalars(select(EnrolledKey.unit_code))))
