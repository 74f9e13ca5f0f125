"""Plain views of records for both faces, and the reads the window needs first (no ORM import).

``ResidentView``/``HouseholdView``/``UnitInfo``/``ProfileInfo`` are what services return. The list
reads here take a DB-API connection (``App.reader()`` or ``UnitOfWork.dbapi()``), so the window's first
page is shown before SQLAlchemy is even imported.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from desktop_app.domain.clock import vn_today
from desktop_app.domain.people import (
    AGE_GROUP_BOUNDS,
    AgeGroup,
    BirthDate,
    Relation,
    ResidenceType,
    ResidentInput,
    ResidentStatus,
    Sex,
)
from desktop_app.domain.units import Role, UnitKind
from desktop_app.storage import readmodel


@dataclass(frozen=True)
class UnitInfo:
    code: str
    name: str
    kind: UnitKind
    province_code: str
    province_name: str
    commune_code: str
    commune_name: str


@dataclass(frozen=True)
class ProfileInfo:
    id: str
    name: str
    display_name: str
    role: Role
    phone: str | None


@dataclass(frozen=True)
class ResidentView:
    id: str
    unit_code: str
    household_id: str
    household_no: str
    full_name: str
    birth_date: BirthDate | None
    sex: Sex
    personal_id: str | None
    relation: Relation
    residence_type: ResidenceType
    residence_from: dt.date | None
    residence_to: dt.date | None
    status: ResidentStatus
    status_date: dt.date | None
    phone: str | None
    note: str | None
    version: int
    deleted: bool

    def as_input(self) -> ResidentInput:
        return ResidentInput(
            full_name=self.full_name, birth_date=self.birth_date, sex=self.sex, personal_id=self.personal_id,
            relation=self.relation, residence_type=self.residence_type, residence_from=self.residence_from,
            residence_to=self.residence_to, phone=self.phone, note=self.note,
        )


@dataclass(frozen=True)
class HouseholdView:
    id: str
    unit_code: str
    number: str
    address: str | None
    head_id: str | None
    head_name: str | None
    member_count: int
    note: str | None
    version: int
    deleted: bool


@dataclass(frozen=True)
class ResidentFilter:
    """What a register list shows. Defaults: current residents (not deleted, dead or moved away)."""

    residence_type: ResidenceType | None = None
    sex: Sex | None = None
    age_group: AgeGroup | None = None
    household_id: str | None = None
    unit_code: str | None = None
    include_former: bool = False
    on: dt.date | None = None  # the day ages are computed for


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def resident_from_row(row: tuple) -> ResidentView:
    (rid, unit, hid, number, name, birth, sex, pid, relation, rtype, rfrom, rto, status, sdate, phone, note,
     version, deleted_at) = row
    return ResidentView(
        id=rid, unit_code=unit, household_id=hid, household_no=number, full_name=name,
        birth_date=BirthDate.from_iso(birth), sex=Sex(sex), personal_id=pid, relation=Relation(relation),
        residence_type=ResidenceType(rtype), residence_from=_date(rfrom), residence_to=_date(rto),
        status=ResidentStatus(status), status_date=_date(sdate), phone=phone, note=note, version=version,
        deleted=deleted_at is not None,
    )


def resident_where(f: ResidentFilter) -> tuple[list[str], list[Any]]:
    where, params = ["r.deleted_at IS NULL"], []
    if not f.include_former:
        where.append("r.status = ?")
        params.append(ResidentStatus.PRESENT.value)
    if f.residence_type:
        where.append("r.residence_type = ?")
        params.append(f.residence_type.value)
    if f.sex:
        where.append("r.sex = ?")
        params.append(f.sex.value)
    if f.household_id:
        where.append("r.household_id = ?")
        params.append(f.household_id)
    if f.unit_code:
        where.append("r.unit_code = ?")
        params.append(f.unit_code)
    if f.age_group:
        # Age by birth year is exact enough for a filter and keeps the query on an index.
        year = (f.on or vn_today()).year
        low, high = AGE_GROUP_BOUNDS[f.age_group]
        where.append("r.birth_year BETWEEN ? AND ?")
        params += [year - high, year - low]
    return where, params


def without_status_index(where: list[str]) -> list[str]:
    """The same conditions, with a unary + that keeps SQLite from choosing the (status, deleted_at) index.

    That index serves counts; for a page in name order or a search on a name index it would make
    SQLite read and sort every current resident (40,000 at commune scale) instead of stopping early.
    """
    return [w.replace("r.status =", "+r.status =").replace("r.deleted_at IS", "+r.deleted_at IS") for w in where]


def list_residents(conn: Any, f: ResidentFilter = ResidentFilter(), *, offset: int = 0,
                   limit: int | None = None) -> list[ResidentView]:
    """Residents in Vietnamese name order (given name, middle, family), a page at a time."""
    where, params = resident_where(f)
    # A page walks the sort_key index and stops after ``limit`` rows.
    where = without_status_index(where)
    return [resident_from_row(r) for r in readmodel.resident_rows(conn, where, params, offset=offset, limit=limit)]


def count_residents(conn: Any, f: ResidentFilter = ResidentFilter()) -> int:
    where, params = resident_where(f)
    return readmodel.count_residents(conn, where, params)


def expiring_temporary_residents(conn: Any, *, today: dt.date, within_days: int = 30) -> list[ResidentView]:
    """Current temporary residents whose registration ends within ``within_days`` (soonest first)."""
    where = ["r.deleted_at IS NULL", "r.status = ?", "r.residence_type = ?", "r.residence_to BETWEEN ? AND ?"]
    params = [ResidentStatus.PRESENT.value, ResidenceType.TEMPORARY.value, today.isoformat(),
              (today + dt.timedelta(days=within_days)).isoformat()]
    rows = readmodel.resident_rows(conn, where, params, order="r.residence_to, r.sort_key")
    return [resident_from_row(r) for r in rows]


@dataclass(frozen=True)
class Stats:
    households: int
    residents: int
    by_residence_type: dict[str, int]
    by_sex: dict[str, int]
    former_residents: int
    deleted: int


def stats(conn: Any, *, unit_code: str | None = None) -> Stats:
    """Counts of current records (not deleted, dead or moved away), for one unit or all of them."""
    by_type = {t.value: 0 for t in ResidenceType}
    by_sex = {x.value: 0 for x in Sex}
    total = 0
    for rtype, sex, n in readmodel.resident_groups(conn, unit_code):
        by_type[rtype] = by_type.get(rtype, 0) + n
        by_sex[sex] = by_sex.get(sex, 0) + n
        total += n
    households, former, deleted = readmodel.register_counts(conn, unit_code)
    return Stats(households, total, by_type, by_sex, former, deleted)


def residents_by_id(conn: Any, ids: list[str]) -> list[ResidentView]:
    """The residents with these ids, in the order given (missing ones left out)."""
    rows = readmodel.resident_rows_by_id(conn, ids)
    return [resident_from_row(rows[i]) for i in ids if i in rows]


def own_unit(conn: Any) -> UnitInfo | None:
    row = readmodel.own_unit(conn)
    if row is None:
        return None
    code, name, kind, pcode, pname, ccode, cname = row
    return UnitInfo(code, name, UnitKind(kind), pcode, pname, ccode, cname)


def known_units(conn: Any) -> list[UnitInfo]:
    """The own unit and, in commune mode, the hamlets it knows."""
    return [UnitInfo(c, n, UnitKind(k), pc, pn, cc, cn) for c, n, k, pc, pn, cc, cn in readmodel.units(conn)]


def profiles(conn: Any) -> list[ProfileInfo]:
    return [ProfileInfo(i, n, d, Role(r), p) for i, n, d, r, p in readmodel.profiles(conn)]


def first_name_in_role(conn: Any, role: Role) -> str | None:
    """The display name of the first profile with ``role`` (the signer a report prints by default), or None."""
    return next((p.display_name for p in profiles(conn) if p.role is role), None)
