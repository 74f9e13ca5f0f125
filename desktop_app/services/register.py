"""The household register: households, residents, their history, the trash and reminders.

Every function takes a unit of work, validates with the domain rules, writes through the unit of work
(versioned and audited) and returns plain views. The caller commits.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import func, select

from desktop_app.domain.clock import vn_today
from desktop_app.domain.errors import NotFound, ValidationError
from desktop_app.domain.ids import new_id
from desktop_app.domain.people import (
    BirthDate,
    Relation,
    ResidenceType,
    ResidentInput,
    ResidentStatus,
    Sex,
    clean_household_number,
    validate_resident,
)
from desktop_app.domain.vietnamese import fold, name_sort_key
from desktop_app.services import views
from desktop_app.services.views import HouseholdView, ResidentFilter, ResidentView, Stats
from desktop_app.storage.models import Household, Resident, ResidentEvent
from desktop_app.storage.uow import UnitOfWork


class EventKind:
    BIRTH = "birth"
    MOVE_IN = "move_in"
    MOVE_OUT = "move_out"
    DEATH = "death"
    HOUSEHOLD_CHANGE = "household_change"
    HEAD_CHANGE = "head_change"
    REGISTERED = "registered"  # entered into the register (import, first entry)


@dataclass(frozen=True)
class EventView:
    id: str
    resident_id: str
    kind: str
    on_date: dt.date
    details: dict


def resident_view(r: Resident, household_no: str) -> ResidentView:
    return ResidentView(
        id=r.id, unit_code=r.unit_code, household_id=r.household_id, household_no=household_no,
        full_name=r.full_name, birth_date=BirthDate.from_iso(r.birth_date), sex=Sex(r.sex),
        personal_id=r.personal_id, relation=Relation(r.relation), residence_type=ResidenceType(r.residence_type),
        residence_from=r.residence_from, residence_to=r.residence_to, status=ResidentStatus(r.status),
        status_date=r.status_date, phone=r.phone, note=r.note, version=r.version,
        deleted=r.deleted_at is not None,
    )


def resident_columns(data: ResidentInput) -> dict:
    """The stored columns for validated input (derived keys included)."""
    return {
        "full_name": data.full_name,
        "sort_key": name_sort_key(data.full_name),
        "search_key": fold(data.full_name),
        "birth_date": data.birth_date.iso() if data.birth_date else None,
        "birth_year": data.birth_date.year if data.birth_date else None,
        "sex": data.sex.value if data.sex else None,
        "personal_id": data.personal_id,
        "relation": data.relation.value,
        "residence_type": data.residence_type.value,
        "residence_from": data.residence_from,
        "residence_to": data.residence_to,
        "phone": data.phone,
        "note": data.note,
    }


# --- reads ----------------------------------------------------------------------------------------


def get_household(uow: UnitOfWork, household_id: str, *, include_deleted: bool = False) -> Household:
    h = uow.orm.get(Household, household_id)
    if h is None or (h.deleted_at is not None and not include_deleted):
        raise NotFound("not_found", kind="household", id=household_id)
    return h


def get_resident_row(uow: UnitOfWork, resident_id: str, *, include_deleted: bool = False) -> Resident:
    r = uow.orm.get(Resident, resident_id)
    if r is None or (r.deleted_at is not None and not include_deleted):
        raise NotFound("not_found", kind="resident", id=resident_id)
    return r


def get_resident(uow: UnitOfWork, resident_id: str) -> ResidentView:
    r = get_resident_row(uow, resident_id, include_deleted=True)
    h = uow.orm.get(Household, r.household_id)
    return resident_view(r, h.number if h else "")


def count_residents(uow: UnitOfWork, f: ResidentFilter = ResidentFilter()) -> int:
    return views.count_residents(uow.dbapi(), f)


def list_residents(
    uow: UnitOfWork, f: ResidentFilter = ResidentFilter(), *, offset: int = 0, limit: int | None = None
) -> list[ResidentView]:
    """Residents in Vietnamese name order (given name, middle, family), a page at a time."""
    return views.list_residents(uow.dbapi(), f, offset=offset, limit=limit)


def list_households(uow: UnitOfWork, *, unit_code: str | None = None, deleted: bool = False) -> list[HouseholdView]:
    s = uow.orm
    members = (
        select(Resident.household_id, func.count(Resident.id).label("n"))
        .where(Resident.deleted_at.is_(None), Resident.status == ResidentStatus.PRESENT.value)
        .group_by(Resident.household_id)
        .subquery()
    )
    head = Resident.__table__.alias("head")
    stmt = (
        select(Household, func.coalesce(members.c.n, 0), head.c.full_name)
        .outerjoin(members, members.c.household_id == Household.id)
        .outerjoin(head, head.c.id == Household.head_id)
        .where(Household.deleted_at.is_not(None) if deleted else Household.deleted_at.is_(None))
    )
    if unit_code:
        stmt = stmt.where(Household.unit_code == unit_code)
    rows = [
        HouseholdView(h.id, h.unit_code, h.number, h.address, h.head_id, head_name, n, h.note, h.version,
                      h.deleted_at is not None)
        for h, n, head_name in s.execute(stmt)
    ]
    return sorted(rows, key=lambda v: household_number_key(v.number))


def household_number_key(number: str) -> tuple:
    """Natural order for household numbers: 2 before 10, "3a" after "3"."""
    import re

    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.findall(r"\d+|\D+", number))


def household_view(uow: UnitOfWork, household_id: str) -> HouseholdView:
    h = get_household(uow, household_id, include_deleted=True)
    s = uow.orm
    n = s.scalar(
        select(func.count(Resident.id)).where(
            Resident.household_id == h.id, Resident.deleted_at.is_(None),
            Resident.status == ResidentStatus.PRESENT.value,
        )
    )
    head_name = s.scalar(select(Resident.full_name).where(Resident.id == h.head_id)) if h.head_id else None
    return HouseholdView(h.id, h.unit_code, h.number, h.address, h.head_id, head_name, n or 0, h.note, h.version,
                         h.deleted_at is not None)


def household_members(uow: UnitOfWork, household_id: str, *, include_former: bool = False) -> list[ResidentView]:
    members = list_residents(uow, ResidentFilter(household_id=household_id, include_former=include_former))
    h = get_household(uow, household_id, include_deleted=True)
    # The head first, then the others in name order.
    return sorted(members, key=lambda m: m.id != h.head_id)


def resident_events(uow: UnitOfWork, resident_id: str) -> list[EventView]:
    rows = uow.orm.scalars(
        select(ResidentEvent).where(ResidentEvent.resident_id == resident_id)
        .order_by(ResidentEvent.on_date, ResidentEvent.created_at)
    )
    return [EventView(e.id, e.resident_id, e.kind, e.on_date, dict(e.details)) for e in rows]


def expiring_temporary_residents(uow: UnitOfWork, *, today: dt.date, within_days: int = 30) -> list[ResidentView]:
    """Temporary residents whose registration ends within ``within_days`` (a reminder to renew)."""
    return views.expiring_temporary_residents(uow.dbapi(), today=today, within_days=within_days)


def stats(uow: UnitOfWork, *, unit_code: str | None = None) -> Stats:
    """Counts of current records: not deleted, not dead or moved away."""
    return views.stats(uow.dbapi(), unit_code=unit_code)


# --- writes ---------------------------------------------------------------------------------------


def _check_unique_personal_id(uow: UnitOfWork, pid: str | None, *, unit_code: str, exclude: str | None) -> None:
    if not pid:
        return
    stmt = select(Resident.full_name).where(
        Resident.unit_code == unit_code, Resident.personal_id == pid, Resident.deleted_at.is_(None)
    )
    if exclude:
        stmt = stmt.where(Resident.id != exclude)
    other = uow.orm.scalar(stmt)
    if other:
        raise ValidationError("personal_id_duplicate", field="personal_id", value=pid, other=other)


def _check_unique_number(uow: UnitOfWork, number: str, *, unit_code: str, exclude: str | None) -> None:
    stmt = select(Household.id).where(
        Household.unit_code == unit_code, Household.number == number, Household.deleted_at.is_(None)
    )
    if exclude:
        stmt = stmt.where(Household.id != exclude)
    if uow.orm.scalar(stmt):
        raise ValidationError("household_number_duplicate", field="number", value=number)


def _event(uow: UnitOfWork, r: Resident, kind: str, on: dt.date, **details: object) -> None:
    uow.add(ResidentEvent(id=new_id(), unit_code=r.unit_code, resident_id=r.id, household_id=r.household_id,
                          kind=kind, on_date=on, details=details))


def add_household(
    uow: UnitOfWork, *, number: str, address: str | None, head: ResidentInput, note: str | None = None,
    event: str = EventKind.REGISTERED, on: dt.date | None = None,
) -> HouseholdView:
    """A new household with its head as first member."""
    unit = uow.require_unit()
    number = clean_household_number(number)
    head = validate_resident(replace(head, relation=Relation.HEAD))
    _check_unique_number(uow, number, unit_code=unit, exclude=None)
    _check_unique_personal_id(uow, head.personal_id, unit_code=unit, exclude=None)
    h = uow.add(Household(id=new_id(), unit_code=unit, number=number, address=(address or "").strip() or None,
                          note=(note or "").strip() or None))
    uow.orm.flush()
    r = uow.add(Resident(id=new_id(), unit_code=unit, household_id=h.id, status=ResidentStatus.PRESENT.value,
                         **resident_columns(head)))
    uow.orm.flush()
    uow.update(h, {"head_id": r.id})
    _event(uow, r, event, on or vn_today())
    return household_view(uow, h.id)


def update_household(
    uow: UnitOfWork, household_id: str, *, number: str, address: str | None, note: str | None
) -> HouseholdView:
    h = get_household(uow, household_id)
    number = clean_household_number(number)
    _check_unique_number(uow, number, unit_code=h.unit_code, exclude=h.id)
    uow.update(h, {"number": number, "address": (address or "").strip() or None, "note": (note or "").strip() or None})
    return household_view(uow, h.id)


def delete_household(uow: UnitOfWork, household_id: str) -> None:
    """Move an empty household to the trash; one with current members is refused."""
    h = get_household(uow, household_id)
    count = household_view(uow, h.id).member_count
    if count:
        raise ValidationError("household_has_members", number=h.number, count=count)
    uow.soft_delete(h)


def restore_household(uow: UnitOfWork, household_id: str) -> HouseholdView:
    h = get_household(uow, household_id, include_deleted=True)
    _check_unique_number(uow, h.number, unit_code=h.unit_code, exclude=h.id)
    uow.restore(h)
    return household_view(uow, h.id)


def add_resident(
    uow: UnitOfWork, *, household_id: str, data: ResidentInput, event: str = EventKind.REGISTERED,
    on: dt.date | None = None,
) -> ResidentView:
    """Add a person to a household: a birth, a move in, or an entry into the register."""
    h = get_household(uow, household_id)
    data = validate_resident(data)
    if data.relation is Relation.HEAD and h.head_id:
        data = replace(data, relation=Relation.OTHER)
    _check_unique_personal_id(uow, data.personal_id, unit_code=h.unit_code, exclude=None)
    r = uow.add(Resident(id=new_id(), unit_code=h.unit_code, household_id=h.id,
                         status=ResidentStatus.PRESENT.value, **resident_columns(data)))
    uow.orm.flush()
    if not h.head_id:
        uow.update(h, {"head_id": r.id})
        uow.update(r, {"relation": Relation.HEAD.value})
    when = on or (data.birth_date.as_date() if event == EventKind.BIRTH and data.birth_date else vn_today())
    _event(uow, r, event, when)
    return get_resident(uow, r.id)


def update_resident(uow: UnitOfWork, resident_id: str, data: ResidentInput) -> ResidentView:
    r = get_resident_row(uow, resident_id)
    data = validate_resident(data)
    _check_unique_personal_id(uow, data.personal_id, unit_code=r.unit_code, exclude=r.id)
    h = get_household(uow, r.household_id, include_deleted=True)
    values = resident_columns(data)
    if h.head_id == r.id:
        values["relation"] = Relation.HEAD.value  # the head stays the head until another is chosen
    elif data.relation is Relation.HEAD:
        values["relation"] = r.relation
    uow.update(r, values)
    return get_resident(uow, r.id)


def _require_present(r: Resident) -> None:
    if r.status != ResidentStatus.PRESENT.value:
        raise ValidationError("resident_not_present", name=r.full_name)


def set_household_head(uow: UnitOfWork, household_id: str, resident_id: str, *, on: dt.date | None = None) -> None:
    h = get_household(uow, household_id)
    r = get_resident_row(uow, resident_id)
    if r.household_id != h.id or r.status != ResidentStatus.PRESENT.value:
        raise ValidationError("head_must_be_member")
    if h.head_id == r.id:
        return
    if h.head_id:
        old = uow.orm.get(Resident, h.head_id)
        if old is not None and old.relation == Relation.HEAD.value:
            uow.update(old, {"relation": Relation.OTHER.value})
    uow.update(h, {"head_id": r.id})
    uow.update(r, {"relation": Relation.HEAD.value})
    _event(uow, r, EventKind.HEAD_CHANGE, on or vn_today())


def hand_over_headship(uow: UnitOfWork, h: Household, leaving: Resident, *, on: dt.date | None = None) -> None:
    """When ``leaving`` heads ``h`` and leaves it, the eldest remaining member becomes head (the user can
    change it); a household left empty has no head."""
    if h.head_id != leaving.id:
        return
    remaining = [m for m in household_members(uow, h.id) if m.id != leaving.id]
    if not remaining:
        uow.update(h, {"head_id": None})
        return
    eldest = min(remaining, key=lambda m: m.birth_date.as_date() if m.birth_date else dt.date.max)
    set_household_head(uow, h.id, eldest.id, on=on)


def move_resident(
    uow: UnitOfWork, resident_id: str, *, to_household_id: str, on: dt.date | None = None,
    relation: Relation = Relation.OTHER,
) -> ResidentView:
    """Move a person to another household of the unit; history keeps both."""
    r = get_resident_row(uow, resident_id)
    _require_present(r)
    target = get_household(uow, to_household_id)
    if target.id == r.household_id:
        return get_resident(uow, r.id)
    source = get_household(uow, r.household_id, include_deleted=True)
    hand_over_headship(uow, source, r, on=on)
    uow.update(r, {"household_id": target.id,
                   "relation": (relation if relation is not Relation.HEAD else Relation.OTHER).value})
    uow.orm.flush()
    if not target.head_id:
        uow.update(target, {"head_id": r.id})
        uow.update(r, {"relation": Relation.HEAD.value})
    _event(uow, r, EventKind.HOUSEHOLD_CHANGE, on or vn_today(), from_household=source.number,
           to_household=target.number)
    return get_resident(uow, r.id)


def record_death(uow: UnitOfWork, resident_id: str, *, on: dt.date) -> ResidentView:
    return _leave(uow, resident_id, on=on, status=ResidentStatus.DEAD, kind=EventKind.DEATH)


def record_move_out(uow: UnitOfWork, resident_id: str, *, on: dt.date, destination: str | None = None) -> ResidentView:
    return _leave(uow, resident_id, on=on, status=ResidentStatus.MOVED_AWAY, kind=EventKind.MOVE_OUT,
                  destination=(destination or "").strip() or None)


def _leave(uow: UnitOfWork, resident_id: str, *, on: dt.date, status: ResidentStatus, kind: str,
           **details: object) -> ResidentView:
    r = get_resident_row(uow, resident_id)
    _require_present(r)
    if on > vn_today() or (r.birth_date and on < BirthDate.from_iso(r.birth_date).as_date()):
        raise ValidationError("event_date_invalid", value=on.strftime("%d/%m/%Y"))
    h = get_household(uow, r.household_id, include_deleted=True)
    hand_over_headship(uow, h, r, on=on)
    uow.update(r, {"status": status.value, "status_date": on})
    _event(uow, r, kind, on, **{k: v for k, v in details.items() if v is not None})
    return get_resident(uow, r.id)


def delete_resident(uow: UnitOfWork, resident_id: str) -> None:
    """Move a person entered by mistake to the trash (a death or a move out is recorded, not deleted)."""
    r = get_resident_row(uow, resident_id)
    h = get_household(uow, r.household_id, include_deleted=True)
    if r.status == ResidentStatus.PRESENT.value:
        hand_over_headship(uow, h, r)
    uow.soft_delete(r)


def restore_resident(uow: UnitOfWork, resident_id: str) -> ResidentView:
    r = get_resident_row(uow, resident_id, include_deleted=True)
    _check_unique_personal_id(uow, r.personal_id, unit_code=r.unit_code, exclude=r.id)
    h = get_household(uow, r.household_id, include_deleted=True)
    if h.deleted_at is not None:
        _check_unique_number(uow, h.number, unit_code=h.unit_code, exclude=h.id)
        uow.restore(h)
    uow.restore(r)
    uow.orm.flush()
    if not h.head_id and r.status == ResidentStatus.PRESENT.value:
        uow.update(h, {"head_id": r.id})
        uow.update(r, {"relation": Relation.HEAD.value})
    return get_resident(uow, r.id)


def trash(uow: UnitOfWork) -> tuple[list[ResidentView], list[HouseholdView]]:
    s = uow.orm
    rows = s.execute(
        select(Resident, Household.number).join(Household).where(Resident.deleted_at.is_not(None))
        .order_by(Resident.deleted_at.desc())
    )
    return [resident_view(r, no) for r, no in rows], list_households(uow, deleted=True)
