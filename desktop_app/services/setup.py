"""First run: the unit this copy serves and its first profile (the head)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.passphrase import check_new_passphrase
from desktop_app.domain.people import clean_name, normalize_phone
from desktop_app.domain.units import Role, UnitKind, check_unit_code, slugify
from desktop_app.domain.vietnamese import fold
from desktop_app.services import geography, views
from desktop_app.services.profiles import create_profile, profile_name_for
from desktop_app.services.views import ProfileInfo, UnitInfo
from desktop_app.storage.models import Unit
from desktop_app.storage.uow import UnitOfWork


def unit_info(u: Unit) -> UnitInfo:
    return UnitInfo(u.code, u.name, UnitKind(u.kind), u.province_code, u.province_name, u.commune_code,
                    u.commune_name)


def suggest_unit_code(commune_code: str, unit_name: str) -> str:
    return f"{commune_code}-{slugify(fold(unit_name))}"


def own_unit(uow: UnitOfWork) -> UnitInfo | None:
    return views.own_unit(uow.dbapi())


@dataclass(frozen=True)
class InitResult:
    unit: UnitInfo
    profile: ProfileInfo


def initialise(
    uow: UnitOfWork,
    *,
    role: UnitKind,
    province_code: str | int,
    commune_code: str | int,
    unit_name: str | None,
    unit_code: str | None,
    head_name: str,
    head_phone: str | None,
    passphrase: str,
) -> InitResult:
    """Record the unit this copy serves and create the head's profile. All or nothing."""
    assert uow.session is not None
    existing = own_unit(uow)
    if existing:
        raise ValidationError("already_initialised", unit=existing.name)
    prov = geography.province(province_code)
    comm = geography.commune(prov.code, commune_code)
    head = clean_name(head_name)
    if not head:
        raise ValidationError("head_name_required", field="head_name")
    phone = normalize_phone(head_phone)
    check_new_passphrase(passphrase)
    if role is UnitKind.HAMLET:
        name = " ".join((unit_name or "").split())
        if not name:
            raise ValidationError("unit_name_required", field="unit_name")
        code = check_unit_code(unit_code or suggest_unit_code(comm.code, name), commune_code=comm.code)
        profile_role = Role.HAMLET_HEAD
    else:
        name = comm.name
        code = comm.code  # a commune's unit code is its official code
        profile_role = Role.COMMUNE_OFFICER
    unit = Unit(
        code=code, name=name, kind=role.value, province_code=prov.code, province_name=prov.name,
        commune_code=comm.code, commune_name=comm.name, is_own=True,
    )
    uow.unit_code = code
    uow.session.add(unit)
    uow.audit("units", code, "create", {"name": [None, name], "kind": [None, role.value]})
    profile = create_profile(
        uow, name=profile_name_for(head), display_name=head, role=profile_role, phone=phone,
        passphrase=passphrase,
    )
    return InitResult(unit_info(unit), profile)
