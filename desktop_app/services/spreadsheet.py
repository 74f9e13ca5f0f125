"""Importing and exporting the household register as a spreadsheet (.xlsx / .csv).

``preview_import`` reads, maps and validates the whole file and works out what would change — new,
changed and unchanged people, new households — without writing. ``apply_import`` writes that plan
in the caller's transaction: all rows or none. A row matches an existing resident by personal ID or,
for people without one, by household number, name and date of birth; our own export therefore
re-imports as "unchanged".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from desktop_app.domain.errors import RowErrors, SothonError, ValidationError
from desktop_app.domain.ids import new_id
from desktop_app.domain.people import Relation, ResidentStatus
from desktop_app.interchange import register_file
from desktop_app.interchange.register_file import RegisterRow
from desktop_app.interchange.tabular import Table
from desktop_app.services import register
from desktop_app.storage.models import Household, Resident
from desktop_app.storage.uow import UnitOfWork

# Which stored columns each spreadsheet field fills (a field absent from the file changes nothing).
_FIELD_COLUMNS = {
    "full_name": ("full_name", "sort_key", "search_key"),
    "birth_date": ("birth_date", "birth_year"),
    "sex": ("sex",),
    "personal_id": ("personal_id",),
    "relation": ("relation",),
    "residence_type": ("residence_type",),
    "residence_from": ("residence_from",),
    "residence_to": ("residence_to",),
    "phone": ("phone",),
    "note": ("note",),
}


@dataclass
class PlannedRow:
    row: RegisterRow
    action: str  # new | changed | unchanged
    resident_id: str | None = None
    changes: dict[str, tuple[object, object]] = field(default_factory=dict)
    moves_household: bool = False


@dataclass
class ImportPreview:
    path: Path
    table: Table
    mapping: dict[int, str | None]
    rows: list[PlannedRow]
    errors: list[tuple[int, SothonError]]
    new_households: list[str]

    def counts(self) -> dict[str, int]:
        tally = {"new": 0, "changed": 0, "unchanged": 0}
        for p in self.rows:
            tally[p.action] += 1
        return {**tally, "households_new": len(self.new_households), "invalid": len(self.errors),
                "rows": len(self.table.rows)}

    def raise_if_invalid(self) -> None:
        if self.errors:
            raise RowErrors("import_rows_invalid", errors=self.errors)


def read_for_import(path: Path) -> tuple[Table, dict[int, str | None]]:
    """The file's table and the proposed column mapping (for the window's mapping preview)."""
    table = register_file.read_register(Path(path))
    return table, register_file.guess_mapping(table.headers)


def preview_import(
    uow: UnitOfWork, path: Path, *, mapping: dict[int, str | None] | None = None, table: Table | None = None,
    today: dt.date | None = None,
) -> ImportPreview:
    assert uow.session is not None
    unit = uow.unit_code
    if not unit:
        raise ValidationError("not_initialised")
    if table is None:
        table = register_file.read_register(Path(path))
    mapping = dict(mapping) if mapping is not None else register_file.guess_mapping(table.headers)
    register_file.check_mapping(mapping)
    rows, errors = register_file.parse_rows(table, mapping, today=today)
    mapped = {f for f in mapping.values() if f}

    s = uow.session
    households = {h.number: h for h in s.scalars(
        select(Household).where(Household.unit_code == unit, Household.deleted_at.is_(None)))}
    by_pid = register.find_by_personal_ids(uow, unit, [r.resident.personal_id for r in rows
                                                       if r.resident.personal_id])
    hh_of = {h.id: h.number for h in households.values()}
    no_pid: dict[tuple[str, str, str | None], Resident] = {}
    for res in s.scalars(select(Resident).where(Resident.unit_code == unit, Resident.deleted_at.is_(None),
                                                Resident.personal_id.is_(None))):
        no_pid[(hh_of.get(res.household_id, ""), res.full_name, res.birth_date)] = res

    plan: list[PlannedRow] = []
    new_households: list[str] = []
    claimed: set[str] = set()
    for row in rows:
        r = row.resident
        existing = by_pid.get(r.personal_id) if r.personal_id else no_pid.get(
            (row.household_no, r.full_name, r.birth_date.iso() if r.birth_date else None))
        if row.household_no not in households and row.household_no not in new_households:
            new_households.append(row.household_no)
        if existing is None or existing.id in claimed:
            plan.append(PlannedRow(row, "new"))
            continue
        claimed.add(existing.id)
        wanted = register.resident_columns(r)
        changes = {}
        for f in mapped:
            for col in _FIELD_COLUMNS.get(f, ()):
                old, new = getattr(existing, col), wanted[col]
                if col == "relation" and Relation.HEAD.value in (old, new):
                    continue  # the head is decided per household below
                if old != new and col not in ("sort_key", "search_key", "birth_year"):
                    changes[col] = (old, new)
        moves = hh_of.get(existing.household_id) != row.household_no
        if existing.status != ResidentStatus.PRESENT.value:
            changes["status"] = (existing.status, ResidentStatus.PRESENT.value)
        action = "changed" if changes or moves else "unchanged"
        plan.append(PlannedRow(row, action, existing.id, changes, moves))
    # A head marked in the file that differs from the stored head is a change of that row.
    for p in plan:
        if p.action == "unchanged" and p.row.resident.relation is Relation.HEAD:
            h = households.get(p.row.household_no)
            if h is not None and h.head_id != p.resident_id:
                p.action = "changed"
                p.changes["head"] = (h.head_id, p.resident_id)
    return ImportPreview(Path(path), table, mapping, plan, errors, new_households)


def apply_import(uow: UnitOfWork, preview: ImportPreview) -> dict[str, int]:
    """Write the previewed plan in the caller's transaction (the caller commits). Refuses the whole
    file if any row is invalid."""
    preview.raise_if_invalid()
    assert uow.session is not None
    s = uow.session
    unit = uow.unit_code
    assert unit
    mapped = {f for f in preview.mapping.values() if f}
    households = {h.number: h for h in s.scalars(
        select(Household).where(Household.unit_code == unit, Household.deleted_at.is_(None)))}
    first_address: dict[str, str | None] = {}
    for p in preview.rows:
        first_address.setdefault(p.row.household_no, p.row.address)
    for number in preview.new_households:
        households[number] = uow.add(Household(id=new_id(), unit_code=unit, number=number,
                                               address=first_address.get(number)))
    s.flush()
    heads: dict[str, str] = {}
    try:
        for p in preview.rows:
            h = households[p.row.household_no]
            r = p.row.resident
            if p.action == "new":
                res = uow.add(Resident(id=new_id(), unit_code=unit, household_id=h.id,
                                       status=ResidentStatus.PRESENT.value, **register.resident_columns(r)))
                rid = res.id
            else:
                rid = p.resident_id
                res = s.get(Resident, rid)
                if p.action == "changed":
                    wanted = register.resident_columns(r)
                    values = {col: wanted[col] for f in mapped for col in _FIELD_COLUMNS.get(f, ())
                              if col != "relation" or Relation.HEAD.value not in (res.relation, wanted[col])}
                    if p.moves_household:
                        values["household_id"] = h.id
                    if "status" in p.changes:
                        values.update(status=ResidentStatus.PRESENT.value, status_date=None)
                    uow.update(res, values, action="import")
            if r.relation is Relation.HEAD:
                heads[h.number] = rid
            if p.row.address and not h.address:
                uow.update(h, {"address": p.row.address})
        s.flush()
        for number, rid in heads.items():
            h = households[number]
            if h.head_id != rid:
                register.set_household_head(uow, h.id, rid)
        for number in preview.new_households:
            h = households[number]
            if not h.head_id:
                members = register.household_members(uow, h.id)
                if members:
                    register.set_household_head(uow, h.id, members[0].id)
        s.flush()
    except SothonError:
        s.rollback()
        raise
    return preview.counts()


def export_register(uow: UnitOfWork, path: Path, *, unit_code: str | None = None) -> int:
    """Write the current register (household by household, head first) to .xlsx; returns the count."""
    rows = []
    for h in register.list_households(uow, unit_code=unit_code):
        for m in register.household_members(uow, h.id):
            rows.append(register_file.export_row(
                household_no=h.number, full_name=m.full_name, birth_date=m.birth_date, sex=m.sex,
                personal_id=m.personal_id, relation=m.relation, residence_type=m.residence_type,
                residence_from=m.residence_from, residence_to=m.residence_to, address=h.address, phone=m.phone,
                note=m.note,
            ))
    try:
        register_file.write_register(Path(path), rows)
    except OSError as exc:
        raise SothonError("file_unwritable", path=str(path), detail=exc.strerror or str(exc)) from exc
    return len(rows)


def write_template(path: Path) -> Path:
    try:
        register_file.write_template(Path(path))
    except OSError as exc:
        raise SothonError("file_unwritable", path=str(path), detail=exc.strerror or str(exc)) from exc
    return Path(path)


