"""Profiles: the people who use one copy, each with a role and a passphrase."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

from sqlalchemy import select

from desktop_app.domain.errors import AuthError, ValidationError
from desktop_app.domain.ids import new_id
from desktop_app.domain.units import Role
from desktop_app.storage.models import Profile
from desktop_app.storage.uow import UnitOfWork

MIN_PASSPHRASE = 6
# NOTE: scrypt (stdlib, memory-hard) with the parameters OWASP lists as a minimum for interactive use.
_N, _R, _P = 2**14, 8, 1


def hash_passphrase(passphrase: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return "scrypt$%d$%d$%d$%s$%s" % (
        _N, _R, _P, base64.b64encode(salt).decode(), base64.b64encode(digest).decode(),
    )


def verify_passphrase(passphrase: str, stored: str) -> bool:
    try:
        _, n, r, p, salt, digest = stored.split("$")
        computed = hashlib.scrypt(
            passphrase.encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), dklen=32
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(computed, base64.b64decode(digest))


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError("passphrase_too_short", field="passphrase", minimum=MIN_PASSPHRASE)


@dataclass(frozen=True)
class ProfileInfo:
    id: str
    name: str
    display_name: str
    role: Role
    phone: str | None


def _info(p: Profile) -> ProfileInfo:
    return ProfileInfo(p.id, p.name, p.display_name, Role(p.role), p.phone)


def profile_name_for(display_name: str) -> str:
    """A short login name from a person's name: folded words joined by dots ("nguyen.van.an")."""
    from desktop_app.domain.vietnamese import fold

    return ".".join(re.findall(r"[a-z0-9]+", fold(display_name)))[:60] or "admin"


def create_profile(
    uow: UnitOfWork, *, name: str, display_name: str, role: Role, phone: str | None, passphrase: str
) -> ProfileInfo:
    check_new_passphrase(passphrase)
    assert uow.session is not None
    if uow.session.scalar(select(Profile).where(Profile.name == name)):
        raise ValidationError("profile_exists", profile=name)
    profile = Profile(
        id=new_id(),
        name=name,
        display_name=display_name,
        role=role.value,
        phone=phone,
        passphrase_hash=hash_passphrase(passphrase),
        unit_code=uow.unit_code or "",
    )
    uow.add(profile)
    return _info(profile)


def list_profiles(uow: UnitOfWork) -> list[ProfileInfo]:
    assert uow.session is not None
    rows = uow.session.scalars(select(Profile).where(Profile.deleted_at.is_(None)).order_by(Profile.created_at))
    return [_info(p) for p in rows]


def authenticate(uow: UnitOfWork, *, name: str, passphrase: str | None) -> ProfileInfo:
    """Check a profile's passphrase; ``profile_unknown``, ``passphrase_required`` or ``passphrase_wrong``."""
    assert uow.session is not None
    profile = uow.session.scalar(select(Profile).where(Profile.name == name, Profile.deleted_at.is_(None)))
    if profile is None:
        raise AuthError("profile_unknown", profile=name)
    if passphrase is None:
        raise AuthError("passphrase_required", profile=name)
    if not verify_passphrase(passphrase, profile.passphrase_hash):
        raise AuthError("passphrase_wrong", profile=name)
    return _info(profile)


def change_passphrase(uow: UnitOfWork, *, name: str, old: str, new: str) -> None:
    authenticate(uow, name=name, passphrase=old)
    check_new_passphrase(new)
    assert uow.session is not None
    profile = uow.session.scalar(select(Profile).where(Profile.name == name))
    uow.update(profile, {"passphrase_hash": hash_passphrase(new)})
