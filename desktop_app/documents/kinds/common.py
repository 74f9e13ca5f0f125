"""What every document kind shares: the shapes of its inputs, headers for a unit, ordering of people.

Kinds take plain data. ``services.views`` objects (``UnitInfo``, ``ResidentView``, ``HouseholdView``)
fit the protocols below, but this package never imports them (documents sit below services).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Protocol

from desktop_app.documents import texts
from desktop_app.documents.model import PartyHeader, StateHeader
from desktop_app.domain.people import BirthDate, Relation, ResidenceType, Sex
from desktop_app.domain.vietnamese import name_sort_key


class UnitLike(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def commune_name(self) -> str: ...
    @property
    def province_name(self) -> str: ...


class PersonLike(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def household_id(self) -> str: ...
    @property
    def household_no(self) -> str: ...
    @property
    def full_name(self) -> str: ...
    @property
    def birth_date(self) -> BirthDate | None: ...
    @property
    def sex(self) -> Sex: ...
    @property
    def personal_id(self) -> str | None: ...
    @property
    def relation(self) -> Relation: ...
    @property
    def residence_type(self) -> ResidenceType: ...
    @property
    def note(self) -> str | None: ...


class HouseholdLike(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def number(self) -> str: ...
    @property
    def address(self) -> str | None: ...
    @property
    def head_id(self) -> str | None: ...
    @property
    def head_name(self) -> str | None: ...
    @property
    def member_count(self) -> int: ...
    @property
    def note(self) -> str | None: ...


def household_number_key(number: str) -> tuple:
    """Natural order for household numbers: 2 before 10, "3a" after "3"."""
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.findall(r"\d+|\D+", number))


def _is_commune(unit: UnitLike) -> bool:
    kind = getattr(unit, "kind", None)
    return getattr(kind, "value", kind) == "commune"


def state_header(unit: UnitLike, *, kind: str, seq: int | None = None, numbered: bool = True,
                 on: dt.date | None) -> StateHeader:
    """Decree 30 header for a hamlet: "UBND XÃ …" over the hamlet's name, then the number ("Số: 05/DS-TĐ";
    "Số: …/DS-TĐ" while ``seq`` is not allocated yet)."""
    fmt = texts.layout_format(texts.STATE)
    commune_upper = texts.upper(unit.commune_name)
    if _is_commune(unit):
        parent, issuing = texts.upper(unit.province_name), "UBND " + commune_upper
    else:
        parent = fmt["parent_body"].format(commune_upper=commune_upper)
        issuing = fmt["issuing_body"].format(unit_upper=texts.upper(unit.name))
    number = None
    if numbered:
        number = texts.document_number(seq, texts.kind_text(kind)["code"], _issuer(unit, kind))
    return StateHeader(parent_body=parent, issuing_body=issuing, number=number,
                       date_line=texts.date_line(texts.place_name(unit.commune_name), on))


def party_header(unit: UnitLike, *, kind: str, seq: int | None = None, on: dt.date | None) -> PartyHeader:
    """Guide 36 header for the hamlet's party cell: "ĐẢNG BỘ XÃ …" over "CHI BỘ …", "*", the number."""
    fmt = texts.layout_format(texts.PARTY)
    return PartyHeader(
        parent_committee=fmt["parent_committee"].format(commune_upper=texts.upper(unit.commune_name)),
        cell=fmt["issuing_body"].format(unit_upper=texts.upper(unit.name)),
        number=texts.document_number(seq, texts.kind_text(kind)["code"], fmt["issuer"], layout=texts.PARTY),
        date_line=texts.date_line(texts.place_name(unit.commune_name), on, layout=texts.PARTY),
    )


def number_series(kind: str) -> str:
    """The series a kind's numbers are taken from: its layout and document code ("state:BB", "party:BB",
    "state:DS"). Kinds sharing a code share a series, so no two documents print the same number."""
    text = texts.kind_text(kind)
    return f"{text['format']}:{text['code']}"


def number_label(unit: UnitLike, kind: str, seq: int) -> str:
    """The number a kind's header prints for ``seq``, without "Số" ("05/BB-TĐ", "07-BB/CB")."""
    text = texts.kind_text(kind)
    if text["format"] == texts.PARTY:
        return texts.number_label(seq, text["code"], texts.layout_format(texts.PARTY)["issuer"], layout=texts.PARTY)
    return texts.number_label(seq, text["code"], _issuer(unit, kind))


def _issuer(unit: UnitLike, kind: str | None = None) -> str:
    """The issuer in a document number: the kind's own (``issuer`` in kinds.json: "UBND" for the commune's
    report), else the unit's initials."""
    own = texts.kind_text(kind).get("issuer") if kind else None
    return own or texts.abbreviation(unit.name)


def head_title(unit: UnitLike) -> str:
    """The signer's title: "TRƯỞNG THÔN", "TRƯỞNG ẤP", "TRƯỞNG BẢN" …, or "TỔ TRƯỞNG" for a residential group."""
    words = texts.nfc(unit.name).split()
    if not words:
        return "TRƯỞNG THÔN"
    if texts.upper(" ".join(words[:3])) == "TỔ DÂN PHỐ" or texts.upper(words[0]) == "TỔ":
        return "TỔ TRƯỞNG"
    if texts.upper(" ".join(words[:2])) == "KHU PHỐ":
        return "TRƯỞNG KHU PHỐ"
    return "TRƯỞNG " + texts.upper(words[0])


def default_recipients(unit: UnitLike) -> tuple[str, ...]:
    """"- UBND xã Yên Xuân (để báo cáo);" and "- Lưu: Thôn Đông." (Decree 30 ends the list with "Lưu")."""
    commune = texts.nfc(unit.commune_name).strip()
    lines = [f"- UBND {commune[:1].lower()}{commune[1:]} (để báo cáo);"] if commune else []
    return (*lines, f"- Lưu: {texts.nfc(unit.name).strip()}.")


def birth_text(birth: BirthDate | None) -> str:
    return birth.display() if birth else ""


def member_order(head_id: str | None):  # noqa: ANN201 — a sort key function
    """Within a household: the head, the spouse, then everyone by age (oldest first), then by name."""

    def key(p: PersonLike) -> tuple:
        rank = 0 if (p.id == head_id or (head_id is None and p.relation is Relation.HEAD)) else (
            1 if p.relation is Relation.SPOUSE else 2)
        born = p.birth_date.as_date() if p.birth_date else dt.date.max
        return (rank, born, name_sort_key(p.full_name))

    return key


def by_household(people: Iterable[PersonLike], heads: dict[str, str | None]) -> list[PersonLike]:
    """People ordered by household number (naturally), the head first within each household."""
    groups: dict[str, list[PersonLike]] = {}
    numbers: dict[str, str] = {}
    for p in people:
        groups.setdefault(p.household_id, []).append(p)
        numbers[p.household_id] = p.household_no
    ordered: list[PersonLike] = []
    for hid in sorted(groups, key=lambda h: (household_number_key(numbers[h]), h)):
        ordered += sorted(groups[hid], key=member_order(heads.get(hid)))
    return ordered


def by_name(people: Iterable[PersonLike]) -> list[PersonLike]:
    """Vietnamese name order: given name, then middle, then family name (shared/DOMAIN.md)."""
    return sorted(people, key=lambda p: (name_sort_key(p.full_name), household_number_key(p.household_no)))
