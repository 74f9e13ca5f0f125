"""Signing on the head's behalf (ký thay): the head of the unit lets another profile sign its state
documents for a while; that profile then signs with its own name and key under "KT. TRƯỞNG THÔN" and its
own title ("PHÓ TRƯỞNG THÔN"). Party documents (the party secretary's) and mediation papers (the
mediators') are never delegated this way.

``grant`` and ``revoke`` are the head's (``delegation_not_allowed`` for anyone else); ``active_for``
is what ``archive.require_signer`` asks when a profile that is not the head signs.

Errors: ``delegation_not_allowed``, ``delegation_to_self``, ``delegation_to_head``, ``delegation_exists``,
``delegation_unknown``, ``delegation_revoked``, ``delegation_title_required``,
``delegation_title_too_long``, ``delegation_not_deputy``, ``delegation_period_invalid``,
``delegation_start_past``, ``delegation_revoke_past``, ``delegation_hamlet_only``,
``profile_unknown``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from desktop_app.domain.clock import vn_today
from desktop_app.domain.delegation import Delegation, check_period, clean_title
from desktop_app.domain.errors import AuthError, NotFound, ValidationError
from desktop_app.domain.ids import new_id
from desktop_app.domain.units import Role, UnitKind
from desktop_app.services import views
from desktop_app.storage.models import SigningDelegation


def head_role(app: Any) -> Role:
    """The role that signs the unit's state documents: the hamlet head, or a commune officer at the commune."""
    return Role.COMMUNE_OFFICER if app.unit.kind is UnitKind.COMMUNE else Role.HAMLET_HEAD


def delegation_allowed_here(app: Any) -> bool:
    """Only a hamlet's (or residential group's) head lets a deputy sign "KT." in this copy; a commune's
    papers are signed by its officers in their own names."""
    return app.unit is not None and app.unit.kind is UnitKind.HAMLET


def _require_head(app: Any) -> None:
    if app.profile is None or app.unit is None:
        raise ValidationError("not_initialised")
    if not delegation_allowed_here(app):
        raise ValidationError("delegation_hamlet_only")
    if app.profile.role is not head_role(app):
        raise AuthError("delegation_not_allowed", profile=app.profile.display_name, role=head_role(app).value)


def grant_view(row: SigningDelegation, profiles: dict[str, Any] | None = None) -> Delegation:
    """The grant ``row`` as the domain sees it (the profile's names from ``profiles`` when given)."""
    p = (profiles or {}).get(row.profile_id)
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
        return [grant_view(r, profiles) for r in rows]


def active_for(app: Any, profile_id: str, day: dt.date) -> Delegation | None:
    """The grant under which ``profile_id`` may sign a state document dated ``day``, or None."""
    return next((d for d in list_delegations(app) if d.profile_id == profile_id and d.active_on(day)), None)


def grant(app: Any, profile: str, *, title: str, valid_from: dt.date | None = None,
          valid_until: dt.date | None = None) -> Delegation:
    """Let ``profile`` (its login name), the deputy, sign the unit's state documents on the head's behalf
    from ``valid_from`` (default today; not earlier: no signing after the fact) to ``valid_until`` (None:
    until revoked), printed with ``title`` ("Phó trưởng thôn": "KT." is the deputy's, Decree 30/2020
    Art. 13)."""
    _require_head(app)
    printed = clean_title(title)
    now = vn_today()
    start = valid_from or now
    if start < now:
        raise ValidationError("delegation_start_past", field="valid_from", start=start.strftime("%d/%m/%Y"),
                              today=now.strftime("%d/%m/%Y"))
    check_period(start, valid_until)
    profiles = _profiles(app)
    found = next((p for p in profiles.values() if p.name == profile), None)
    if found is None:
        raise AuthError("profile_unknown", profile=profile)
    if found.id == app.profile.id:
        raise ValidationError("delegation_to_self", field="profile", profile=found.display_name)
    if found.role is head_role(app):
        raise ValidationError("delegation_to_head", field="profile", profile=found.display_name)
    row = SigningDelegation(id=new_id(), unit_code=app.unit.code, profile_id=found.id, title=printed,
                            valid_from=start, valid_until=valid_until, granted_by=app.profile.id)
    with app.uow() as uow:  # the check and the write in one transaction
        held = uow.session.scalars(select(SigningDelegation).where(
            SigningDelegation.unit_code == app.unit.code, SigningDelegation.profile_id == found.id,
            SigningDelegation.deleted_at.is_(None)))
        for d in held:
            if _overlaps(d, start, valid_until):
                raise ValidationError("delegation_exists", field="valid_from", profile=found.display_name,
                                      start=d.valid_from.strftime("%d/%m/%Y"))
        uow.add(row)
        uow.commit()
    return grant_view(row, profiles)


def _last_day(d: Any) -> dt.date:
    """The last day a grant holds: its end, or the day before its revocation, whichever comes first."""
    last = d.valid_until or dt.date.max
    if d.revoked_on is not None:
        last = min(last, d.revoked_on - dt.timedelta(days=1))
    return last


def _overlaps(d: Any, start: dt.date, end: dt.date | None) -> bool:
    return d.valid_from <= (end or dt.date.max) and start <= _last_day(d) and d.valid_from <= _last_day(d)


def revoke(app: Any, delegation_id: str, *, on: dt.date | None = None) -> Delegation:
    """End a grant from ``on`` (default today; not earlier: what it signed stays valid): documents the
    deputy signs from that day on are refused to it. A grant that has not begun is cancelled."""
    _require_head(app)
    now = vn_today()
    day = on or now
    if day < now:
        raise ValidationError("delegation_revoke_past", field="on", date=day.strftime("%d/%m/%Y"),
                              today=now.strftime("%d/%m/%Y"))
    with app.uow() as uow:
        row = uow.session.get(SigningDelegation, delegation_id)
        if row is None or row.unit_code != app.unit.code or row.deleted_at is not None:
            raise NotFound("delegation_unknown", id=delegation_id)
        if row.revoked_on is not None:
            raise ValidationError("delegation_revoked", field="id", date=row.revoked_on.strftime("%d/%m/%Y"))
        uow.update(row, {"revoked_on": max(day, row.valid_from)}, action="revoke")
        uow.commit()
        return grant_view(row, _profiles(app))
