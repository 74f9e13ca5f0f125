"""Signing on the head's behalf (ký thay): the head of the unit lets another profile sign its state
documents for a while; that profile then signs with its own name and key under "KT. TRƯỞNG THÔN" and its
own title ("PHÓ TRƯỞNG THÔN"). Party documents (the party secretary's) and mediation papers (the
mediators') are never delegated this way.

``grant`` and ``revoke`` are the head's (``delegation_not_allowed`` for anyone else); ``active_for``
is what ``archive.require_signer`` asks when a profile that is not the head signs.

Errors: ``delegation_not_allowed``, ``delegation_to_self``, ``delegation_to_head``, ``delegation_exists``,
``delegation_unknown``, ``delegation_revoked``, ``delegation_title_required``,
``delegation_title_too_long``, ``delegation_period_invalid``, ``delegation_revoke_before_start``,
``profile_unknown``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from desktop_app.domain.delegation import Delegation, check_period, clean_title
from desktop_app.domain.errors import AuthError, NotFound, ValidationError
from desktop_app.domain.ids import new_id
from desktop_app.domain.units import Role, UnitKind
from desktop_app.services import views
from desktop_app.storage.models import SigningDelegation


def head_role(app: Any) -> Role:
    """The role that signs the unit's state documents: the hamlet head, or a commune officer at the commune."""
    return Role.COMMUNE_OFFICER if app.unit.kind is UnitKind.COMMUNE else Role.HAMLET_HEAD


def _require_head(app: Any) -> None:
    if app.profile is None or app.unit is None:
        raise ValidationError("not_initialised")
    if app.profile.role is not head_role(app):
        raise AuthError("delegation_not_allowed", profile=app.profile.display_name, role=head_role(app).value)


def _view(row: SigningDelegation, profiles: dict[str, Any]) -> Delegation:
    p = profiles.get(row.profile_id)
    return Delegation(id=row.id, profile_id=row.profile_id, profile_name=p.name if p else "",
                      display_name=p.display_name if p else "", title=row.title, valid_from=row.valid_from,
                      valid_until=row.valid_until, revoked_on=row.revoked_on)


def _profiles(app: Any) -> dict[str, Any]:
    with app.reader() as conn:
        return {p.id: p for p in views.profiles(conn)}


def list_delegations(app: Any) -> list[Delegation]:
    """Every grant of the unit, newest first (revoked and ended ones included: they explain old papers)."""
    profiles = _profiles(app)
    with app.uow() as uow:
        rows = uow.session.scalars(select(SigningDelegation).where(
            SigningDelegation.unit_code == app.unit.code, SigningDelegation.deleted_at.is_(None))
            .order_by(SigningDelegation.valid_from.desc(), SigningDelegation.created_at.desc()))
        return [_view(r, profiles) for r in rows]


def active_for(app: Any, profile_id: str, day: dt.date) -> Delegation | None:
    """The grant under which ``profile_id`` may sign a state document dated ``day``, or None."""
    return next((d for d in list_delegations(app) if d.profile_id == profile_id and d.active_on(day)), None)


def grant(app: Any, profile: str, *, title: str, valid_from: dt.date | None = None,
          valid_until: dt.date | None = None) -> Delegation:
    """Let ``profile`` (its login name) sign the unit's state documents on the head's behalf from
    ``valid_from`` (default today) to ``valid_until`` (None: until revoked), printed with ``title``."""
    _require_head(app)
    printed = clean_title(title)
    start = valid_from or dt.date.today()
    check_period(start, valid_until)
    profiles = _profiles(app)
    found = next((p for p in profiles.values() if p.name == profile), None)
    if found is None:
        raise AuthError("profile_unknown", profile=profile)
    if found.id == app.profile.id:
        raise ValidationError("delegation_to_self", field="profile", profile=found.display_name)
    if found.role is head_role(app):
        raise ValidationError("delegation_to_head", field="profile", profile=found.display_name)
    for d in list_delegations(app):
        if d.profile_id == found.id and d.revoked_on is None and _overlaps(d, start, valid_until):
            raise ValidationError("delegation_exists", field="valid_from", profile=found.display_name,
                                  start=d.valid_from.strftime("%d/%m/%Y"))
    row = SigningDelegation(id=new_id(), unit_code=app.unit.code, profile_id=found.id, title=printed,
                            valid_from=start, valid_until=valid_until, granted_by=app.profile.id)
    with app.uow() as uow:
        uow.add(row)
        uow.commit()
    return _view(row, profiles)


def _overlaps(d: Delegation, start: dt.date, end: dt.date | None) -> bool:
    far = dt.date.max
    return d.valid_from <= (end or far) and start <= (d.valid_until or far)


def revoke(app: Any, delegation_id: str, *, on: dt.date | None = None) -> Delegation:
    """End a grant from ``on`` (default today): documents dated from that day on are refused to it; what it
    signed before stays valid."""
    _require_head(app)
    day = on or dt.date.today()
    with app.uow() as uow:
        row = uow.session.get(SigningDelegation, delegation_id)
        if row is None or row.unit_code != app.unit.code or row.deleted_at is not None:
            raise NotFound("delegation_unknown", id=delegation_id)
        if row.revoked_on is not None:
            raise ValidationError("delegation_revoked", field="id", date=row.revoked_on.strftime("%d/%m/%Y"))
        if day < row.valid_from:
            raise ValidationError("delegation_revoke_before_start", field="on",
                                  start=row.valid_from.strftime("%d/%m/%Y"))
        uow.update(row, {"revoked_on": day}, action="revoke")
        uow.commit()
        return _view(row, _profiles(app))
