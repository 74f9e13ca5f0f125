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

from desktop_app.domain.clock import vn_today
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
    address_changes: dict[str, tuple[str | None, str]] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        tally = {"new": 0, "changed": 0, "unchanged": 0}
        for p in self.rows:
            tally[p.action] += 1
        return {**tally, "households_new": len(self.new_households),
                "households_changed": len(self.address_changes), "invalid": len(self.errors),
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
    """Read, map and check the whole file and work out what importing it would change; writes nothing.

    A row is the same person as a stored resident when their personal IDs match; otherwise (no ID in the
    file, or an ID the register does not know yet) when the household number, the name and — if the file
    has that column — the date of birth match a resident without a different ID. A row that matches
    someone recorded as dead or moved away is an error: an old list must not undo a recorded death.
    """
    assert uow.session is not None
    unit = uow.require_unit()
    from desktop_app.services import views

    own = views.own_unit(uow.dbapi())
    if own is not None and own.kind.value == "commune":
        # A commune's register is its hamlets' registers, which arrive from the hamlets.
        raise ValidationError("import_commune_mode")
    if table is None:
        table = register_file.read_register(Path(path))
    mapping = dict(mapping) if mapping is not None else register_file.guess_mapping(table.headers)
    register_file.check_mapping(mapping)
    rows, errors = register_file.parse_rows(table, mapping, today=today)
    mapped = {f for f in mapping.values() if f}

    s = uow.session
    households = {h.number: h for h in s.scalars(
        select(Household).where(Household.unit_code == unit, Household.deleted_at.is_(None)))}
    number_of = {h.id: h.number for h in households.values()}
    stored = list(s.scalars(select(Resident).where(Resident.unit_code == unit, Resident.deleted_at.is_(None))))
    by_pid = {res.personal_id: res for res in stored if res.personal_id}
    by_name: dict[tuple, list[Resident]] = {}
    with_birth = "birth_date" in mapped
    for res in stored:
        key = (number_of.get(res.household_id, ""), res.full_name) + ((res.birth_date,) if with_birth else ())
        by_name.setdefault(key, []).append(res)

    plan: list[PlannedRow] = []
    new_households: list[str] = []
    claimed: set[str] = set()
    file_heads: dict[str, PlannedRow] = {}
    for row in rows:
        r = row.resident
        existing = by_pid.get(r.personal_id) if r.personal_id else None
        if existing is None:
            key = (row.household_no, r.full_name) + ((r.birth_date.iso() if r.birth_date else None,)
                                                     if with_birth else ())
            # A blank ID says nothing; a different ID is a different person.
            existing = next((c for c in by_name.get(key, ()) if c.id not in claimed
                             and (r.personal_id is None or c.personal_id in (None, r.personal_id))), None)
        if existing is not None and existing.id in claimed:
            existing = None
        if existing is not None and existing.status != ResidentStatus.PRESENT.value:
            errors.append((row.row, ValidationError(
                "import_resident_left", name=existing.full_name, status=existing.status,
                date=existing.status_date.strftime("%d/%m/%Y") if existing.status_date else "")))
            continue
        if row.household_no not in households and row.household_no not in new_households:
            new_households.append(row.household_no)
        if existing is None:
            planned = PlannedRow(row, "new")
        else:
            claimed.add(existing.id)
            wanted = register.resident_columns(r)
            changes = {}
            for f in mapped:
                for col in _FIELD_COLUMNS.get(f, ()):
                    old, new = getattr(existing, col), wanted[col]
                    if col == "relation" and Relation.HEAD.value in (old, new):
                        continue  # who heads a household is compared per household below
                    if col == "personal_id" and new is None:
                        continue  # an empty cell never erases a recorded ID
                    if old != new and col not in ("sort_key", "search_key", "birth_year"):
                        changes[col] = (old, new)
            moves = number_of.get(existing.household_id) != row.household_no
            planned = PlannedRow(row, "changed" if changes or moves else "unchanged", existing.id, changes, moves)
        if r.relation is Relation.HEAD:
            file_heads[row.household_no] = planned
        plan.append(planned)
    errors.sort(key=lambda e: e[0])
    # Heads: a head marked in the file who is not the stored head changes that row, and so does the
    # stored head's own row when the file makes someone else head.
    for number, planned in file_heads.items():
        h = households.get(number)
        if h is not None and h.head_id != planned.resident_id:
            if planned.action == "unchanged":
                planned.action = "changed"
            planned.changes["head"] = (h.head_id, planned.resident_id)
    for p in plan:
        h = households.get(p.row.household_no)
        if (p.action == "unchanged" and h is not None and h.head_id == p.resident_id
                and p.row.resident.relation is not Relation.HEAD and p.row.household_no in file_heads):
            p.action = "changed"
            p.changes["relation"] = (Relation.HEAD.value, p.row.resident.relation.value)
    address_changes = {}
    for p in plan:
        h = households.get(p.row.household_no)
        if h is not None and p.row.address and p.row.household_no not in address_changes:
            address_changes[p.row.household_no] = (h.address, p.row.address)
    address_changes = {k: v for k, v in address_changes.items() if v[0] != v[1]}
    return ImportPreview(Path(path), table, mapping, plan, errors, new_households, address_changes)


def apply_import(uow: UnitOfWork, preview: ImportPreview, *, today: dt.date | None = None) -> dict[str, int]:
    """Write the previewed plan in the caller's transaction (the caller commits). Refuses the whole
    file if any row is invalid."""
    preview.raise_if_invalid()
    assert uow.session is not None
    s = uow.session
    unit = uow.unit_code
    assert unit
    today = today or vn_today()
    mapped = {f for f in preview.mapping.values() if f}
    households = {h.number: h for h in s.scalars(
        select(Household).where(Household.unit_code == unit, Household.deleted_at.is_(None)))}
    first_address: dict[str, str | None] = {}
    for p in preview.rows:
        if p.row.address:
            first_address.setdefault(p.row.household_no, p.row.address)
    for number in preview.new_households:
        households[number] = uow.add(Household(id=new_id(), unit_code=unit, number=number,
                                               address=first_address.get(number)))
    for number, (_old, new) in preview.address_changes.items():
        uow.update(households[number], {"address": new}, action="import")
    s.flush()
    heads: dict[str, str] = {}
    rows_by_resident: dict[str, tuple[PlannedRow, Resident]] = {}
    try:
        for p in preview.rows:
            h = households[p.row.household_no]
            r = p.row.resident
            if p.action == "new":
                res = uow.add(Resident(id=new_id(), unit_code=unit, household_id=h.id,
                                       status=ResidentStatus.PRESENT.value, **register.resident_columns(r)))
            else:
                res = s.get(Resident, p.resident_id)
                if p.action == "changed":
                    wanted = register.resident_columns(r)
                    values = {col: wanted[col] for f in mapped for col in _FIELD_COLUMNS.get(f, ())
                              if col != "relation" and not (col == "personal_id" and wanted[col] is None)}
                    if p.moves_household:
                        register.hand_over_headship(uow, s.get(Household, res.household_id), res, on=today)
                        values["household_id"] = h.id
                    uow.update(res, values, action="import")
            rows_by_resident[res.id] = (p, res)
            if r.relation is Relation.HEAD:
                heads[h.number] = res.id
        s.flush()
        for number, rid in heads.items():
            h = households[number]
            if h.head_id != rid:
                register.set_household_head(uow, h.id, rid, on=today)
        for h in households.values():
            if not h.head_id:
                members = register.household_members(uow, h.id)
                if members:
                    register.set_household_head(uow, h.id, members[0].id, on=today)
        s.flush()
        # Everyone else takes the relation the file gives them (the old head becomes "Chồng", not "other").
        head_ids = {h.head_id for h in households.values()}
        for rid, (p, res) in rows_by_resident.items():
            if "relation" in mapped and rid not in head_ids and p.row.resident.relation is not Relation.HEAD:
                uow.update(res, {"relation": p.row.resident.relation.value}, action="import")
        s.flush()
    except SothonError:
        s.rollback()
        raise
    return preview.counts()


def export_register(uow: UnitOfWork, path: Path, *, unit_code: str | None = None) -> int:
    """Write the current register (household by household, head first) to .xlsx; returns the count.

    A commune's database holds its hamlets' registers: they are written a sheet per hamlet."""
    from desktop_app.services import views

    units = [unit_code] if unit_code else sorted({h.unit_code for h in register.list_households(uow)})
    names = {u.code: u.name for u in views.known_units(uow.dbapi())}
    sheets, count = [], 0
    for code in units:
        rows = []
        members: dict[str, list] = {}
        for m in views.list_residents(uow.dbapi(), views.ResidentFilter(unit_code=code)):  # name order
            members.setdefault(m.household_id, []).append(m)
        for h in register.list_households(uow, unit_code=code):
            for m in sorted(members.get(h.id, []), key=lambda m, head=h.head_id: m.id != head):
                rows.append(register_file.export_row(
                    household_no=h.number, full_name=m.full_name, birth_date=m.birth_date, sex=m.sex,
                    personal_id=m.personal_id, relation=m.relation, residence_type=m.residence_type,
                    residence_from=m.residence_from, residence_to=m.residence_to, address=h.address,
                    phone=m.phone, note=m.note,
                ))
        sheets.append((names.get(code, code), rows))
        count += len(rows)
    if len(sheets) == 1:
        register_file.write_register(Path(path), sheets[0][1])
    else:
        register_file.write_register_by_unit(Path(path), sheets or [(register_file.REGISTER_SHEET_TITLE, [])])
    return count


def write_template(path: Path) -> Path:
    try:
        register_file.write_template(Path(path))
    except OSError as exc:
        raise SothonError("file_unwritable", path=str(path), detail=exc.strerror or str(exc)) from exc
    return Path(path)


