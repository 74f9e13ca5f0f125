"""Lists a hamlet keeps or sends the commune: households, residents, voters, longevity celebrations,
young men of military-service age, and one household's card. Each is signed by the hamlet head.

Order (what a commune expects to read): households by number in natural order (2 before 10); people
household by household, the head first, then the spouse, then by age — the order of the old household
books, so a family is read together — except the longevity list (by age group, then name) and the
military list (by category, then date of birth, then name). Names sort the Vietnamese way (given name
first) wherever names decide. Who is on a civic list follows ``resources/rules/lists.json``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from desktop_app.documents import texts
from desktop_app.documents.kinds.common import (
    HouseholdLike,
    PersonLike,
    UnitLike,
    birth_text,
    by_household,
    default_recipients,
    head_title,
    household_number_key,
    member_order,
    state_header,
)
from desktop_app.documents.model import SIGNER, Column, Document, Para, Signatures, Signer, Table
from desktop_app.domain.civic_lists import (
    MilitaryCategory,
    age_in_year,
    is_voter,
    longevity_age,
    military_category,
    rule_on,
)
from desktop_app.domain.people import BirthDate, ResidenceType
from desktop_app.domain.vietnamese import name_sort_key

HOUSEHOLD_LIST = "household_list"
RESIDENT_LIST = "resident_list"
VOTER_LIST = "voter_list"
LONGEVITY_LIST = "longevity_list"
MILITARY_AGE_LIST = "military_age_list"
HOUSEHOLD_CARD = "household_card"


def _signed(unit: UnitLike, head_name: str | None, *, recipients: bool = True) -> Signatures:
    return Signatures(signers=(Signer(head_title(unit), head_name, anchor=SIGNER),),
                      recipients=default_recipients(unit) if recipients else ())


def _where(unit: UnitLike) -> str:
    """"Thôn Đông, xã Yên Xuân" (the province is in the header's commune already)."""
    commune = texts.nfc(unit.commune_name)
    return f"{texts.nfc(unit.name)}, {commune[:1].lower()}{commune[1:]}"


def _heads(households: Iterable[HouseholdLike]) -> dict[str, str | None]:
    return {h.id: h.head_id for h in households}


def _addresses(households: Iterable[HouseholdLike]) -> dict[str, str]:
    return {h.id: h.address or "" for h in households}


def _list_document(kind: str, unit: UnitLike, *, on: dt.date | None, subject: str | None, blocks: list,
                   head_name: str | None, number: int | None, landscape: bool = True) -> Document:
    return Document(kind=kind, header=state_header(unit, kind=kind, seq=number, on=on),
                    title=texts.kind_text(kind)["title"],
                    subject=subject, blocks=(*blocks, _signed(unit, head_name)), landscape=landscape,
                    author=head_name)


_nf = texts.figure


# --- households and residents ------------------------------------------------------------------------


def household_list(unit: UnitLike, households: Sequence[HouseholdLike], *, on: dt.date | None,
                   head_name: str | None, as_of: dt.date | None = None, number: int | None = None) -> Document:
    """STT, Hộ số, Chủ hộ, Địa chỉ, Số nhân khẩu, Ghi chú — by household number, naturally."""
    rows = sorted(households, key=lambda h: household_number_key(h.number))
    table = Table(
        # Millimetres of the 252 mm landscape frame: a four-digit serial fits in STT.
        columns=(Column("STT", 13, "center"), Column("Hộ số", 16, "center"), Column("Chủ hộ", 62),
                 Column("Địa chỉ", 83), Column("Số nhân khẩu", 22, "center"), Column("Ghi chú", 56)),
        rows=tuple((str(i), h.number, h.head_name or "", h.address or "", str(h.member_count), h.note or "")
                   for i, h in enumerate(rows, start=1)),
    )
    people = sum(h.member_count for h in rows)
    as_of = as_of or on
    subject = f"{_where(unit)}" + (f" - tính đến {texts.date_words(as_of)}" if as_of else "")
    return _list_document(HOUSEHOLD_LIST, unit, on=on, subject=subject, head_name=head_name, number=number, blocks=[
        table, Para(f"Tổng cộng: {_nf(len(rows))} hộ gia đình, {_nf(people)} nhân khẩu đang sinh sống.",
                    indent=False, bold=True)])


def _person_columns(*extra: Column) -> tuple[Column, ...]:
    """STT, name, date of birth and sex in millimetres of the 252 mm landscape frame (``extra`` takes the
    remaining 141 mm): a four-digit serial, a long name and dd/mm/yyyy each fit on one line."""
    return (Column("STT", 13, "center"), Column("Họ và tên", 54), Column("Ngày sinh", 26, "center"),
            Column("Giới tính", 17, "center"), *extra)


def resident_list(unit: UnitLike, residents: Sequence[PersonLike], households: Sequence[HouseholdLike], *,
                  on: dt.date | None, head_name: str | None, as_of: dt.date | None = None, number: int | None = None) -> Document:
    """STT, Họ và tên, Ngày sinh, Giới tính, Số định danh, Quan hệ với chủ hộ, Hộ số, Loại cư trú —
    household by household, the head first."""
    people = by_household(residents, _heads(households))
    table = Table(
        columns=_person_columns(Column("Số định danh cá nhân", 33, "center"), Column("Quan hệ với chủ hộ", 36),
                                Column("Hộ số", 16, "center"), Column("Loại cư trú", 56)),
        rows=tuple((str(i), p.full_name, birth_text(p.birth_date), texts.sex_label(p.sex), p.personal_id or "",
                    texts.relation_label(p.relation, p.sex), p.household_no,
                    texts.residence_label(p.residence_type))
                   for i, p in enumerate(people, start=1)),
    )
    counts = {t: sum(1 for p in people if p.residence_type is t) for t in ResidenceType}
    summary = ", ".join(f"{texts.residence_label(t).lower()} {_nf(n)}" for t, n in counts.items() if n)
    as_of = as_of or on
    subject = _where(unit) + (f" - tính đến {texts.date_words(as_of)}" if as_of else "")
    return _list_document(RESIDENT_LIST, unit, on=on, subject=subject, head_name=head_name, number=number, blocks=[
        table, Para(f"Tổng cộng: {_nf(len(people))} nhân khẩu" + (f" ({summary})." if summary else "."),
                    indent=False, bold=True)])


# --- civic lists -------------------------------------------------------------------------------------


def voter_list(unit: UnitLike, residents: Sequence[PersonLike], households: Sequence[HouseholdLike], *,
               election_day: dt.date, on: dt.date | None, head_name: str | None, number: int | None = None,
               election_name: str | None = None, area: str | None = None) -> Document:
    """"DANH SÁCH CỬ TRI": residents 18 or older on election day (turning 18 that day counts), living
    here on that day (not dead or moved away — the caller passes current residents —, not arrived after
    it, and not on a temporary stay that ends before it), household by household. ``on`` is the list's own date; ``election_name`` ("Bầu cử đại biểu
    Quốc hội …") and ``area`` ("Khu vực bỏ phiếu số 3") head the list when given."""
    rule = rule_on(texts.voter_rules(), election_day)
    voters = [p for p in residents
              if is_voter(rule, birth=p.birth_date, residence_type=p.residence_type, on=election_day,
                          resident_since=getattr(p, "residence_from", None),
                          resident_until=getattr(p, "residence_to", None))]
    voters = by_household(voters, _heads(households))
    addresses = _addresses(households)

    def residence(p: PersonLike, kind: ResidenceType) -> str:
        # The official template's two columns: permanent residence, temporary residence. A temporary
        # resident's permanent address is elsewhere and not in the register: left to fill in by hand.
        temporary = p.residence_type is ResidenceType.TEMPORARY
        return addresses.get(p.household_id, "") if temporary == (kind is ResidenceType.TEMPORARY) else ""

    # A list posted for the public (Election Law, Art. 32): no personal ID numbers and no internal notes.
    # Ethnicity is not kept in the register (sensitive data, Decree 356/2025): that column is filled by hand.
    table = Table(
        columns=_person_columns(Column("Dân tộc", 18, "center"), Column("Hộ số", 14, "center"),
                                Column("Nơi thường trú", 40), Column("Nơi tạm trú", 40), Column("Ghi chú", 29)),
        rows=tuple((str(i), p.full_name, birth_text(p.birth_date), texts.sex_label(p.sex), "", p.household_no,
                    residence(p, ResidenceType.PERMANENT), residence(p, ResidenceType.TEMPORARY), "")
                   for i, p in enumerate(voters, start=1)),
    )
    men = sum(1 for p in voters if p.sex.value == "male")
    heading = [Para(f"Khu vực bỏ phiếu: {texts.nfc(area).strip()}", indent=False, align="center", bold=True)
               ] if area and area.strip() else []
    heading.append(Para(f"{_where(unit)} - ngày bầu cử: {election_day.strftime('%d/%m/%Y')}", indent=False,
                        align="center"))
    subject = texts.nfc(election_name).strip() if election_name and election_name.strip() else None
    return _list_document(VOTER_LIST, unit, on=on, head_name=head_name, number=number, subject=subject, blocks=[
        *heading,
        Para(f"Căn cứ {rule.legal_basis}.", italic=True),
        Para(f"Cử tri là công dân đủ {rule.min_age} tuổi trở lên tính đến ngày bầu cử "
             f"({texts.date_words(election_day)}), đang cư trú tại thôn.", indent=True),
        table,
        Para(f"Tổng số cử tri: {_nf(len(voters))} (nam {_nf(men)}, nữ {_nf(len(voters) - men)}).",
             indent=False, bold=True)])


def longevity_list(unit: UnitLike, residents: Sequence[PersonLike], households: Sequence[HouseholdLike], *,
                   year: int, on: dt.date | None, head_name: str | None, number: int | None = None) -> Document:
    """Residents celebrated in ``year`` (Law on the Elderly, Art. 21: at 70, 75, 80, 85, 90, 95 and every
    year from 100), grouped by the age they reach, by name within a group."""
    rule = rule_on(texts.longevity_rules(), dt.date(year, 12, 31))
    groups: dict[int, list[tuple[PersonLike, int]]] = {}
    for p in residents:
        age = longevity_age(rule, birth=p.birth_date, year=year)
        if age is not None:
            key = age if age < rule.every_year_from else rule.every_year_from
            groups.setdefault(key, []).append((p, age))
    addresses = _addresses(households)
    rows: list[tuple[str, ...]] = []
    group_rows: list[int] = []
    n = 0
    for key in sorted(groups):
        members = sorted(groups[key], key=lambda pa: (name_sort_key(pa[0].full_name), pa[0].household_no))
        label = (f"Thọ {key} tuổi (sinh năm {year - key})" if key < rule.every_year_from
                 else f"Thọ từ {key} tuổi trở lên (sinh năm {year - key} trở về trước)")
        honour = rule.honours.get(key)  # 90 and 100+: who congratulates them, on the part's caption
        group_rows.append(len(rows))
        rows.append((f"{label} - {len(members)} người" + (f" - {honour}" if honour else ""),) + ("",) * 8)
        for p, age in members:
            n += 1
            rows.append((str(n), p.full_name, birth_text(p.birth_date), texts.sex_label(p.sex), str(age),
                         p.household_no, addresses.get(p.household_id, ""), "", ""))
    table = Table(
        # "Quà tặng" and "Ký nhận": filled in when the gifts are handed over, signed by who received them.
        columns=_person_columns(Column("Tuổi", 13, "center"), Column("Hộ số", 14, "center"),
                                Column("Địa chỉ", 48), Column("Quà tặng", 33), Column("Ký nhận", 33)),
        rows=tuple(rows), group_rows=tuple(group_rows), row_height_mm=10,
    )
    return _list_document(LONGEVITY_LIST, unit, on=on, head_name=head_name, number=number,
                          subject=f"{_where(unit)} - năm {year}", blocks=[
        Para(f"Căn cứ {rule.legal_basis}.", italic=True),
        table,
        Para(f"Tổng cộng: {_nf(n)} người cao tuổi được mừng thọ năm {year}.", indent=False, bold=True)])


def military_age_list(unit: UnitLike, residents: Sequence[PersonLike], households: Sequence[HouseholdLike], *,
                      year: int, on: dt.date | None, head_name: str | None, number: int | None = None) -> Document:
    """Men of military-service age in ``year`` (Law on Military Service 2015): first registration (17),
    call-up age (18–25), and up to 27 for those deferred to study; by date of birth within each part."""
    rule = rule_on(texts.military_rules(), dt.date(year, 1, 1))
    order = (MilitaryCategory.REGISTRATION, MilitaryCategory.CALL_UP, MilitaryCategory.DEFERRED_STUDY)
    groups: dict[str, list[PersonLike]] = {c: [] for c in order}
    for p in residents:
        cat = military_category(rule, birth=p.birth_date, sex=p.sex, year=year)
        if cat is not None:
            groups[cat].append(p)
    addresses = _addresses(households)
    rows: list[tuple[str, ...]] = []
    group_rows: list[int] = []
    n = 0
    for cat in order:
        members = sorted(groups[cat], key=lambda p: ((p.birth_date or BirthDate(1)).as_date(),
                                                     name_sort_key(p.full_name)))
        group_rows.append(len(rows))
        rows.append((f"{rule.categories.get(cat, cat)} - {len(members)} người",) + ("",) * 9)
        for p in members:
            n += 1
            assert p.birth_date is not None
            rows.append((str(n), p.full_name, birth_text(p.birth_date), str(age_in_year(p.birth_date, year)),
                         p.household_no, addresses.get(p.household_id, ""), "", "", "",
                         texts.residence_label(p.residence_type)
                         if p.residence_type is not ResidenceType.PERMANENT else ""))
    table = Table(
        # Education, occupation and status (studying, working, deferred …) are not in the register: the
        # commune's form has them, so they are filled in by hand. No ID numbers on a list that is posted.
        columns=(Column("STT", 13, "center"), Column("Họ và tên", 50), Column("Ngày sinh", 26, "center"),
                 Column(f"Tuổi (năm {year})", 19, "center"), Column("Hộ số", 14, "center"),
                 Column("Địa chỉ", 40), Column("Trình độ học vấn", 22), Column("Nghề nghiệp", 24),
                 Column("Tình trạng", 22), Column("Ghi chú", 22)),
        rows=tuple(rows), group_rows=tuple(group_rows),
    )
    return _list_document(MILITARY_AGE_LIST, unit, on=on, head_name=head_name, number=number,
                          subject=f"{_where(unit)} - năm {year}", blocks=[
        Para(f"Căn cứ {rule.legal_basis}.", italic=True),
        Para("Tuổi tính theo năm sinh (tuổi tròn trong năm); danh sách để tổng hợp, việc đăng ký, gọi nhập ngũ "
             "và tạm hoãn do Ban Chỉ huy quân sự xã xem xét.", indent=True),
        table,
        Para(f"Tổng cộng: {_nf(n)} công dân nam.", indent=False, bold=True)])


# --- one household -----------------------------------------------------------------------------------


def _residence(p: PersonLike) -> str:
    """"Tạm trú từ 28/11/2025 đến 22/01/2027", "Thường trú" — the type and, when recorded, its dates."""
    start, end = getattr(p, "residence_from", None), getattr(p, "residence_to", None)
    text = texts.residence_label(p.residence_type)
    if start:
        text += f" từ {start.strftime('%d/%m/%Y')}"
    if end:
        text += f" đến {end.strftime('%d/%m/%Y')}"
    return text


def household_card(unit: UnitLike, household: HouseholdLike, members: Sequence[PersonLike], *,
                   on: dt.date | None, head_name: str | None, number: int | None = None) -> Document:
    """One household: number, head, address, its members (head first) and the head's signature,
    countersigned by the hamlet head."""
    people = sorted(members, key=member_order(household.head_id))
    table = Table(
        # Widths in millimetres of the 165 mm portrait frame (12 digits of an ID and dd/mm/yyyy fit on one line).
        columns=(Column("STT", 11, "center"), Column("Họ và tên", 33), Column("Ngày sinh", 25, "center"),
                 Column("Giới tính", 13, "center"), Column("Số định danh cá nhân", 31, "center"),
                 Column("Quan hệ với chủ hộ", 21), Column("Loại cư trú, thời gian", 31)),
        rows=tuple((str(i), p.full_name, birth_text(p.birth_date), texts.sex_label(p.sex), p.personal_id or "",
                    texts.relation_label(p.relation, p.sex), _residence(p))
                   for i, p in enumerate(people, start=1)),
    )
    blocks: list = [
        Para(household.number, lead="Hộ số: ", indent=False),
        Para(household.head_name or "", lead="Chủ hộ: ", indent=False),
        Para(household.address or "", lead="Địa chỉ: ", indent=False),
        Para(str(len(people)), lead="Số nhân khẩu đang sinh sống: ", indent=False),
    ]
    if household.note:
        blocks.append(Para(household.note, lead="Ghi chú: ", indent=False))
    blocks.append(table)
    blocks.append(Para("Chủ hộ xác nhận các thông tin trên là đúng; khi có thay đổi sẽ báo ngay cho trưởng thôn.",
                       italic=True))
    text = texts.kind_text(HOUSEHOLD_CARD)
    blocks.append(Signatures(signers=(Signer(head_title(unit), head_name, anchor=SIGNER),
                                      Signer(text["signer"], household.head_name))))
    return Document(kind=HOUSEHOLD_CARD, header=state_header(unit, kind=HOUSEHOLD_CARD, seq=number, on=on),
                    title=text["title"], subject=f"Hộ số {household.number} - {_where(unit)}", blocks=tuple(blocks),
                    landscape=False, author=head_name)
