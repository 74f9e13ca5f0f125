"""Demo data: a realistic hamlet (≈ 450 households / 1,800 residents) or a commune as if 12 hamlets had
sent their data (≥ 10,000 households / 40,000 residents). Written in one transaction with bulk inserts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, insert, select

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.ids import new_id
from desktop_app.domain.units import UnitKind, slugify
from desktop_app.domain.vietnamese import fold
from desktop_app.services.demo_data import DemoHousehold, generate_households, hamlet_names
from desktop_app.services.register import household_number_key, resident_columns
from desktop_app.services.setup import own_unit
from desktop_app.storage.models import AuditEntry, Household, Resident, Unit, utcnow
from desktop_app.storage.uow import UnitOfWork

HAMLET_HOUSEHOLDS = 470  # × 3.83 people a household ≈ 1,800 residents
COMMUNE_HAMLETS = 12
COMMUNE_HOUSEHOLDS_PER_HAMLET = 900  # × 12 = 10,800 households, ≈ 41,400 residents (3.83 a household)


@dataclass(frozen=True)
class DemoResult:
    households: int
    residents: int
    units: list[str]


def fill_demo(uow: UnitOfWork, *, scale: str, seed: int, force: bool, today: dt.date) -> DemoResult:
    assert uow.session is not None
    s = uow.session
    unit = own_unit(uow)
    if unit is None:
        raise ValidationError("not_initialised")
    existing = (s.scalar(select(func.count(Household.id)).where(Household.deleted_at.is_(None))) or 0) + (
        s.scalar(select(func.count(Resident.id)).where(Resident.deleted_at.is_(None))) or 0
    )
    if existing and not force:
        raise ValidationError("demo_not_empty", count=existing)
    if scale == "commune":
        if unit.kind is not UnitKind.COMMUNE:
            raise ValidationError("demo_scale_role")
        return _fill_commune(uow, seed=seed, today=today, commune_code=unit.commune_code, unit=unit)
    hh = generate_households(count=HAMLET_HOUSEHOLDS, seed=seed, today=today, hamlet_name=unit.name)
    n_res = _write_households(uow, unit.code, hh)
    return DemoResult(len(hh), n_res, [unit.code])


def _fill_commune(uow: UnitOfWork, *, seed: int, today: dt.date, commune_code: str, unit) -> DemoResult:  # noqa: ANN001
    s = uow.session
    assert s is not None
    names = hamlet_names(COMMUNE_HAMLETS, seed)
    total_h = total_r = 0
    codes = []
    for i, name in enumerate(names):
        code = f"{commune_code}-{slugify(fold(name))}"
        if s.get(Unit, code) is None:
            s.add(Unit(code=code, name=name, kind=UnitKind.HAMLET.value, province_code=unit.province_code,
                       province_name=unit.province_name, commune_code=commune_code,
                       commune_name=unit.commune_name, is_own=False))
            uow.audit("units", code, "create", {"name": [None, name], "source": [None, "demo"]})
        hh = generate_households(count=COMMUNE_HOUSEHOLDS_PER_HAMLET, seed=seed * 1000 + i, today=today,
                                hamlet_name=name)
        total_r += _write_households(uow, code, hh)
        total_h += len(hh)
        codes.append(code)
    return DemoResult(total_h, total_r, codes)


def _write_households(uow: UnitOfWork, unit_code: str, households: list[DemoHousehold]) -> int:
    """Bulk-insert generated households; numbers continue after the unit's highest, and an ID number
    already used in the unit is left empty rather than duplicated."""
    s = uow.session
    assert s is not None
    now = utcnow()
    numbers = list(s.scalars(select(Household.number).where(Household.unit_code == unit_code,
                                                            Household.deleted_at.is_(None))))
    start = max((household_number_key(n)[0][1] for n in numbers if n.isdigit()), default=0)
    used_ids = set(s.scalars(select(Resident.personal_id).where(
        Resident.unit_code == unit_code, Resident.personal_id.is_not(None), Resident.deleted_at.is_(None))))
    h_rows, r_rows, audit_rows = [], [], []
    meta = {"unit_code": unit_code, "created_at": now, "updated_at": now, "version": 1, "deleted_at": None}
    for i, demo in enumerate(households, start=1):
        hid = new_id()
        member_ids = [new_id() for _ in demo.members]
        h_rows.append({"id": hid, "number": str(start + i), "address": demo.address, "head_id": member_ids[0],
                       "note": None, **meta})
        for rid, person in zip(member_ids, demo.members):
            cols = resident_columns(person)
            if cols["personal_id"] in used_ids:
                cols["personal_id"] = None
            elif cols["personal_id"]:
                used_ids.add(cols["personal_id"])
            r_rows.append({"id": rid, "household_id": hid, "status": "present", "status_date": None, **cols,
                           **meta})
    for table, rows in (("households", h_rows), ("residents", r_rows)):
        audit_rows.extend({"at": now, "profile": uow.actor, "unit_code": unit_code, "record_type": table,
                           "record_id": row["id"], "action": "create", "changes": {"source": [None, "demo"]}}
                          for row in rows)
    s.execute(insert(Household), h_rows)
    s.execute(insert(Resident), r_rows)
    s.execute(insert(AuditEntry), audit_rows)
    return len(r_rows)
