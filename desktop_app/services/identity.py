"""Identity: each signing profile's key and certificate, and the unit's keys.

- Every profile that signs gets an ECDSA P-256 key and a self-signed certificate (``credentials``),
  made on first use (``ensure_identity``: signing a document, showing or exporting the identity).
- The unit's keys are those of its *key holder*: the profile holding the unit's current encryption key
  or, before there is one, the first hamlet head (a hamlet) or commune officer (a commune). The holder's
  signing key is the unit's key (it signs documents and, later, bundles); the holder also gets the unit's
  encryption key (ECDH P-256), certified by a second certificate issued by the signing key.
- Private keys are sealed with the profile's passphrase (scrypt → AES-256-GCM, ``credentials.Sealer``).
  Changing the passphrase reseals them in the same transaction (``reseal_keys``, called by
  ``profiles.change_passphrase``). ``replace_key`` retires a profile's current keys — kept, to verify
  old documents and open what was sent to the old key — and makes new ones.
- Audit entries never hold key material: ``UnitOfWork`` redacts ``private_key_encrypted`` and
  ``certificate_pem``; the fingerprint stays, to say which certificate a change was about.

The functions taking ``app`` serve the command line and the window; they use the passphrase the session
was unlocked with (``App.session_passphrase``) and keep the opened signing key for the session.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.atomic import write_atomic
from desktop_app.domain.errors import AuthError, NotFound, SothonError
from desktop_app.domain.ids import new_id
from desktop_app.domain.units import Role, UnitKind
from desktop_app.services import credentials as cr
from desktop_app.services.signin import authenticate
from desktop_app.services.views import ProfileInfo, UnitInfo, own_unit, profiles
from desktop_app.storage import keystore


@dataclass(frozen=True)
class CredentialView:
    id: str
    profile_id: str
    purpose: str  # signing | encryption
    fingerprint_sha256: str  # hex, 64 characters
    subject: str  # RFC 4514
    not_after: dt.datetime
    created_at: dt.datetime
    retired_at: dt.datetime | None
    certificate_pem: str

    @property
    def fingerprint(self) -> str:
        """Grouped for reading ("3F2A 9C01 …")."""
        return cr.group_fingerprint(self.fingerprint_sha256)

    @property
    def current(self) -> bool:
        return self.retired_at is None


@dataclass(frozen=True)
class IdentityView:
    """What ``sothon identity show`` prints: the unit's (or a profile's) current signing certificate."""

    fingerprint: str  # grouped
    subject: str
    not_after: dt.datetime
    profile_id: str
    encryption_fingerprint: str | None  # grouped; only for the unit's key holder

    def as_json(self) -> dict[str, str]:
        return {"fingerprint": self.fingerprint, "subject": self.subject,
                "not_after": self.not_after.isoformat()}


@dataclass(frozen=True)
class SigningIdentity:
    """An opened signing key with its certificate, for ``documents.signing.sign_pdf``."""

    credential_id: str
    key: Any  # cryptography EllipticCurvePrivateKey
    certificate: Any  # cryptography x509.Certificate


# --- reading ------------------------------------------------------------------------------------------


def _conn(conn_or_uow: Any) -> Any:
    return conn_or_uow.dbapi() if hasattr(conn_or_uow, "dbapi") else conn_or_uow


def _time(value: Any) -> dt.datetime | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    return dt.datetime.fromisoformat(str(value)).replace(tzinfo=dt.UTC)


def _view(row: tuple) -> CredentialView:
    cid, _unit, pid, purpose, pem, fp, subject, not_after, created, retired = row
    return CredentialView(cid, pid, purpose, fp, subject, _time(not_after), _time(created), _time(retired),
                          pem)


def list_credentials(conn_or_uow: Any, *, profile_id: str | None = None, purpose: str | None = None,
                     current_only: bool = False) -> list[CredentialView]:
    """Credentials, newest first; retired ones too unless ``current_only``."""
    rows = keystore.credential_rows(_conn(conn_or_uow), profile_id=profile_id, purpose=purpose,
                                    current_only=current_only)
    return [_view(r) for r in rows]


def _current(conn: Any, profile_id: str, purpose: str) -> CredentialView | None:
    rows = keystore.credential_rows(conn, profile_id=profile_id, purpose=purpose, current_only=True)
    return _view(rows[0]) if rows else None


def unit_key_holder(conn_or_uow: Any) -> str | None:
    """The id of the profile whose keys are the unit's (see the module docstring), or None."""
    conn = _conn(conn_or_uow)
    holder = keystore.current_holder_of(conn, cr.ENCRYPTION)
    if holder:
        return holder
    unit = own_unit(conn)
    if unit is None:
        return None
    role = Role.HAMLET_HEAD if unit.kind is UnitKind.HAMLET else Role.COMMUNE_OFFICER
    return keystore.first_profile_with_role(conn, role.value)


def show_identity(conn_or_uow: Any, *, profile_id: str | None = None) -> IdentityView:
    """The unit's current signing certificate (or ``profile_id``'s); ``identity_missing`` when none yet."""
    conn = _conn(conn_or_uow)
    pid = profile_id or unit_key_holder(conn)
    signing = _current(conn, pid, cr.SIGNING) if pid else None
    if signing is None:
        raise NotFound("identity_missing", profile=_profile_name(conn, pid))
    enc = _current(conn, pid, cr.ENCRYPTION)
    return IdentityView(signing.fingerprint, signing.subject, signing.not_after, pid,
                        enc.fingerprint if enc else None)


def export_certificates(conn_or_uow: Any) -> bytes:
    """PEM: the unit's current signing certificate, then its encryption certificate."""
    conn = _conn(conn_or_uow)
    pid = unit_key_holder(conn)
    signing = _current(conn, pid, cr.SIGNING) if pid else None
    enc = _current(conn, pid, cr.ENCRYPTION) if pid else None
    if signing is None or enc is None:
        raise NotFound("identity_missing", profile=_profile_name(conn, pid))
    return (signing.certificate_pem + enc.certificate_pem).encode("ascii")


def known_certificates(conn_or_uow: Any, *, purpose: str = cr.SIGNING) -> list[Any]:
    """Every certificate this copy has held for ``purpose``, current and retired (x509 objects):
    the trust list for verifying this unit's documents, old ones included."""
    return [cr.load_cert(v.certificate_pem) for v in list_credentials(conn_or_uow, purpose=purpose)]


def _profile_name(conn: Any, profile_id: str | None) -> str:
    if profile_id:
        for p in profiles(conn):
            if p.id == profile_id:
                return p.name
    return ""


# --- writing ------------------------------------------------------------------------------------------


def _check_passphrase(uow: Any, profile: ProfileInfo, passphrase: str | None) -> None:
    authenticate(uow.dbapi(), name=profile.name, passphrase=passphrase)


def _unit(conn: Any) -> UnitInfo:
    unit = own_unit(conn)
    if unit is None:
        raise AuthError("not_initialised")
    return unit


def _add(uow: Any, *, cid: str, profile: ProfileInfo, purpose: str, cert: Any, sealed: str) -> CredentialView:
    from desktop_app.storage.models import Credential

    row = Credential(
        id=cid, unit_code=uow.unit_code or "", profile_id=profile.id, purpose=purpose,
        certificate_pem=cr.cert_pem(cert), private_key_encrypted=sealed,
        fingerprint_sha256=cr.fingerprint(cert),
        subject=cr.subject_text(cert), not_after=cert.not_valid_after_utc, retired_at=None,
    )
    uow.add(row)
    return CredentialView(row.id, row.profile_id, purpose, row.fingerprint_sha256, row.subject, row.not_after,
                          row.created_at, None, row.certificate_pem)


def _make_keys(uow: Any, profile: ProfileInfo, sealer: cr.Sealer, *, signing: bool, encryption: bool,
               signing_key: Any = None, signing_cert: Any = None) -> list[CredentialView]:
    unit = _unit(uow.dbapi())
    made = []
    if signing:
        signing_key = cr.new_key()
        signing_cert = cr.signing_certificate(signing_key, profile, unit)
        cid = new_id()
        made.append(_add(uow, cid=cid, profile=profile, purpose=cr.SIGNING, cert=signing_cert,
                         sealed=sealer.seal(signing_key, credential_id=cid, purpose=cr.SIGNING)))
    if encryption:
        enc_key = cr.new_key()
        enc_cert = cr.encryption_certificate(enc_key, unit, issuer_key=signing_key, issuer_cert=signing_cert)
        cid = new_id()
        made.append(_add(uow, cid=cid, profile=profile, purpose=cr.ENCRYPTION, cert=enc_cert,
                         sealed=sealer.seal(enc_key, credential_id=cid, purpose=cr.ENCRYPTION)))
    return made


def _is_holder(conn: Any, profile: ProfileInfo) -> bool:
    return unit_key_holder(conn) == profile.id


def ensure_identity(uow: Any, profile: ProfileInfo, passphrase: str | None) -> list[CredentialView]:
    """The profile's current credentials, made first if missing (``passphrase_wrong`` when the passphrase
    does not open the profile). The unit's key holder also gets the unit's encryption key. The caller
    commits."""
    conn = uow.dbapi()
    signing = _current(conn, profile.id, cr.SIGNING)
    holder = _is_holder(conn, profile)
    enc = _current(conn, profile.id, cr.ENCRYPTION) if holder else None
    if signing is not None and (enc is not None or not holder):
        return [v for v in (signing, enc) if v is not None]
    _check_passphrase(uow, profile, passphrase)
    sealer = cr.Sealer(passphrase or "")
    if signing is None:
        made = _make_keys(uow, profile, sealer, signing=True, encryption=holder)
        return made
    # The signing key exists but the unit's encryption key does not: certify a new one with it.
    opened = _open(conn, signing, sealer, profile)
    made = _make_keys(uow, profile, sealer, signing=False, encryption=True, signing_key=opened,
                      signing_cert=cr.load_cert(signing.certificate_pem))
    return [signing, *made]


def _open(conn: Any, view: CredentialView, sealer: cr.Sealer, profile: ProfileInfo) -> Any:
    blob = keystore.sealed_key(conn, view.id)
    if blob is None:
        raise NotFound("identity_missing", profile=profile.name)
    try:
        return sealer.open(blob, credential_id=view.id, purpose=view.purpose)
    except cr.SealError as exc:
        raise AuthError("passphrase_wrong", profile=profile.name) from exc


def open_signing_key(conn_or_uow: Any, profile: ProfileInfo, passphrase: str) -> SigningIdentity:
    """The profile's current signing key, opened (``identity_missing``, ``passphrase_wrong``)."""
    conn = _conn(conn_or_uow)
    view = _current(conn, profile.id, cr.SIGNING)
    if view is None:
        raise NotFound("identity_missing", profile=profile.name)
    key = _open(conn, view, cr.Sealer(passphrase), profile)
    return SigningIdentity(view.id, key, cr.load_cert(view.certificate_pem))


def open_encryption_key(conn_or_uow: Any, profile: ProfileInfo, passphrase: str, *,
                        fingerprint_sha256: str | None = None) -> Any:
    """The unit's encryption private key (current, or the retired one with this certificate fingerprint)."""
    conn = _conn(conn_or_uow)
    views = [v for v in list_credentials(conn, profile_id=profile.id, purpose=cr.ENCRYPTION)
             if (v.current if fingerprint_sha256 is None else v.fingerprint_sha256 == fingerprint_sha256)]
    if not views:
        raise NotFound("identity_missing", profile=profile.name)
    return _open(conn, views[0], cr.Sealer(passphrase), profile)


def replace_key(uow: Any, profile: ProfileInfo, passphrase: str | None) -> list[CredentialView]:
    """Retire the profile's current keys (kept, to verify old documents) and make new ones; the unit's key
    holder gets a new encryption key too, certified by the new signing key. The caller commits."""
    from sqlalchemy import select

    from desktop_app.storage.models import Credential, utcnow

    _check_passphrase(uow, profile, passphrase)
    conn = uow.dbapi()
    holder = _is_holder(conn, profile)
    now = utcnow()
    for row in uow.session.scalars(
        select(Credential).where(Credential.profile_id == profile.id, Credential.retired_at.is_(None),
                                 Credential.deleted_at.is_(None))
    ):
        uow.update(row, {"retired_at": now}, action="retire")
    uow.session.flush()  # the partial unique index allows the new current keys only after this
    return _make_keys(uow, profile, cr.Sealer(passphrase or ""), signing=True, encryption=holder)


def reseal_keys(uow: Any, *, profile_id: str, profile_name: str, old: str, new: str) -> int:
    """Seal every key of the profile (retired ones too) with ``new`` instead of ``old``; the number resealed.
    Part of ``profiles.change_passphrase``: same transaction."""
    from sqlalchemy import select

    from desktop_app.storage.models import Credential

    opener, sealer = cr.Sealer(old), cr.Sealer(new)
    count = 0
    for row in uow.session.scalars(
        select(Credential).where(Credential.profile_id == profile_id).order_by(Credential.created_at)
    ):
        try:
            key = opener.open(row.private_key_encrypted, credential_id=row.id, purpose=row.purpose)
        except cr.SealError as exc:
            raise AuthError("passphrase_wrong", profile=profile_name) from exc
        resealed = sealer.seal(key, credential_id=row.id, purpose=row.purpose)
        uow.update(row, {"private_key_encrypted": resealed}, action="reseal")
        count += 1
    return count


# --- for the command line and the window (an unlocked App) ----------------------------------------------


def _acting(app: Any) -> ProfileInfo:
    if app.profile is None:
        raise AuthError("passphrase_required", profile=app.default_profile_name() or "")
    return app.profile


def key_holder_refusal(conn: Any, profile: ProfileInfo) -> SothonError:
    """``export_not_key_holder``: ``profile`` cannot sign for the unit; it names the profile that can."""
    return SothonError("export_not_key_holder", holder=_profile_name(conn, unit_key_holder(conn)) or "?",
                       profile=profile.name)


def require_key_holder(app: Any) -> ProfileInfo:
    """The acting profile, when it holds the unit's key — the one that signs government bundles and receipts."""
    profile = _acting(app)
    with app.reader() as conn:
        if unit_key_holder(conn) != profile.id:
            raise key_holder_refusal(conn, profile)
    return profile


def session_signing_identity(app: Any) -> SigningIdentity:
    """The acting profile's signing key for this session: made on first use, opened once, then kept in
    memory (``App.session_keys``) until the session is locked or another profile unlocks."""
    profile = _acting(app)
    cached = app.session_keys.get((profile.id, cr.SIGNING))
    if cached is not None:
        return cached
    passphrase = app.session_passphrase()
    with app.uow() as uow:
        before = {v.id for v in list_credentials(uow, profile_id=profile.id, current_only=True)}
        current = ensure_identity(uow, profile, passphrase)
        if {v.id for v in current} - before:
            uow.commit()
        identity = open_signing_key(uow, profile, passphrase)
    app.session_keys[(profile.id, cr.SIGNING)] = identity
    return identity


def _ensure_unit_identity(app: Any) -> None:
    """Make the unit's keys now if the acting profile is the key holder and they are missing."""
    profile = _acting(app)
    with app.reader() as conn:
        holder = unit_key_holder(conn)
        have = holder is not None and _current(conn, holder, cr.ENCRYPTION) is not None
    if have or holder != profile.id:
        return
    with app.uow() as uow:
        ensure_identity(uow, profile, app.session_passphrase())
        uow.commit()


def identity_show(app: Any) -> dict[str, str]:
    """``sothon identity show --json``: {"fingerprint", "subject", "not_after"} of the unit's certificate.
    Makes the unit's keys first when the acting profile holds them and they do not exist yet."""
    _ensure_unit_identity(app)
    with app.reader() as conn:
        return show_identity(conn).as_json()


def export_cert(app: Any, path: Path | str) -> Path:
    """``sothon identity export-cert FILE``: the unit's signing then encryption certificate, as PEM."""
    _ensure_unit_identity(app)
    with app.reader() as conn:
        data = export_certificates(conn)
    path = Path(path)
    try:
        write_atomic(path, data)
    except OSError as exc:
        raise SothonError("file_unwritable", path=str(path), detail=str(exc)) from exc
    return path
