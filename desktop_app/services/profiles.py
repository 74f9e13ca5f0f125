"""Profiles: the people who use one copy, each with a role and a passphrase.

Creating and changing profiles write through the unit of work; checking a passphrase is ``signin``'s.
"""

from __future__ import annotations

import re

from desktop_app.domain.errors import AuthError, ValidationError
from desktop_app.domain.ids import new_id
from desktop_app.domain.passphrase import check_new_passphrase, hash_passphrase
from desktop_app.domain.units import Role
from desktop_app.services.signin import authenticate
from desktop_app.services.views import ProfileInfo
from desktop_app.storage import readmodel


def profile_name_for(display_name: str) -> str:
    """A short login name from a person's name: folded words joined by dots ("nguyen.van.an")."""
    from desktop_app.domain.vietnamese import fold

    return ".".join(re.findall(r"[a-z0-9]+", fold(display_name)))[:60] or "admin"


MANAGING_ROLES = (Role.HAMLET_HEAD, Role.COMMUNE_OFFICER)
_NAME_RE = re.compile(r"[a-z0-9][a-z0-9._-]{1,59}")


def add_profile(
    uow, *, acting: ProfileInfo, name: str | None, display_name: str, role: Role, phone: str | None,  # noqa: ANN001
    passphrase: str,
) -> ProfileInfo:
    """Another person who uses this copy (a mediator, the party secretary, a second officer).

    Only the hamlet head or a commune officer may add people (``profile_not_allowed``)."""
    from desktop_app.domain.people import clean_name, normalize_phone

    if acting.role not in MANAGING_ROLES:
        raise AuthError("profile_not_allowed", profile=acting.name)
    display = clean_name(display_name)
    if not display:
        raise ValidationError("name_required", field="display_name")
    login = (name or profile_name_for(display)).strip().lower()
    if not _NAME_RE.fullmatch(login):
        raise ValidationError("profile_name_invalid", field="name", value=login)
    return create_profile(uow, name=login, display_name=display, role=role, phone=normalize_phone(phone),
                          passphrase=passphrase)


def create_profile(
    uow, *, name: str, display_name: str, role: Role, phone: str | None, passphrase: str  # noqa: ANN001
) -> ProfileInfo:
    from desktop_app.storage.models import Profile

    check_new_passphrase(passphrase)
    if readmodel.profile_with_hash(uow.dbapi(), name):
        raise ValidationError("profile_exists", profile=name)
    profile = Profile(
        id=new_id(), name=name, display_name=display_name, role=role.value, phone=phone,
        passphrase_hash=hash_passphrase(passphrase), unit_code=uow.unit_code or "",
    )
    uow.add(profile)
    return ProfileInfo(profile.id, name, display_name, role, phone)


def change_passphrase(uow, *, name: str, old: str, new: str) -> None:  # noqa: ANN001
    """A new passphrase; the profile's private keys (``services.identity``) are resealed with it in the
    same transaction, so the old passphrase opens neither the profile nor its keys afterwards."""
    from sqlalchemy import select

    from desktop_app.services.identity import reseal_keys  # brings in cryptography: only when needed
    from desktop_app.storage.models import Profile

    authenticate(uow.dbapi(), name=name, passphrase=old)
    check_new_passphrase(new)
    profile = uow.session.scalar(select(Profile).where(Profile.name == name))
    uow.update(profile, {"passphrase_hash": hash_passphrase(new)})
    reseal_keys(uow, profile_id=profile.id, profile_name=name, old=old, new=new)
