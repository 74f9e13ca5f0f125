"""The household register as a spreadsheet: its columns, reading rows into residents, writing them back.

Reading is two steps so the window can show a mapping preview in between: ``read_register(path)``,
then ``guess_mapping(table.headers)`` proposes which column holds which field, the person may correct it,
``check_mapping`` refuses an unusable mapping, and ``parse_rows`` turns every row into a validated
``RegisterRow`` or an error with its row number. Nothing here touches the database.

Writing: ``export_row`` gives the display values of one resident in ``FIELDS`` order, so that our own
export, read back through ``read_table`` + ``guess_mapping`` + ``parse_rows``, yields the same values.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from desktop_app.domain.clock import vn_today
from desktop_app.domain.errors import SothonError, ValidationError
from desktop_app.domain.people import (
    BirthDate,
    Relation,
    ResidenceType,
    ResidentInput,
    Sex,
    clean_household_number,
    normalize_personal_id,
    validate_resident,
)
from desktop_app.interchange.tabular import Sheet, Table, read_table, write_workbook, write_xlsx

FIELDS: tuple[str, ...] = (
    "household_no",
    "full_name",
    "birth_date",
    "sex",
    "personal_id",
    "relation",
    "residence_type",
    "residence_from",
    "residence_to",
    "address",
    "phone",
    "note",
)

VI_HEADERS: dict[str, str] = {
    "household_no": "Hộ số",
    "full_name": "Họ và tên",
    "birth_date": "Ngày sinh",
    "sex": "Giới tính",
    "personal_id": "Số định danh cá nhân",
    "relation": "Quan hệ với chủ hộ",
    "residence_type": "Loại cư trú",
    "residence_from": "Cư trú từ ngày",
    "residence_to": "Cư trú đến ngày",
    "address": "Địa chỉ",
    "phone": "Số điện thoại",
    "note": "Ghi chú",
}

REQUIRED: tuple[str, ...] = ("household_no", "full_name", "sex")

REGISTER_SHEET_TITLE = "Danh sách nhân khẩu"
GUIDE_SHEET_TITLE = "Hướng dẫn"


# --- folding --------------------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower case, no diacritics, đ→d, punctuation as single spaces: "Số CCCD/CMND" → "so cccd cmnd"."""
    decomposed = unicodedata.normalize("NFD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    bare = bare.replace("đ", "d").replace("Đ", "D").lower()
    return " ".join(re.sub(r"[\W_]+", " ", bare).split())


# --- column mapping -------------------------------------------------------------------------------

# Headers seen on real hamlet lists and in other programs' exports, by field. Folded before use.
_HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "household_no": (
        "Hộ số", "Số hộ", "STT hộ", "Số thứ tự hộ", "Mã hộ", "Hộ", "Số hộ khẩu", "Số sổ hộ khẩu",
        "household_no", "household no", "household number", "household",
    ),
    "full_name": (
        "Họ và tên", "Họ tên", "Họ và tên nhân khẩu", "Họ tên nhân khẩu", "Tên nhân khẩu",
        "full_name", "full name", "name",
    ),
    "birth_date": (
        "Ngày sinh", "Năm sinh", "Ngày tháng năm sinh", "Ngày, tháng, năm sinh", "Sinh ngày", "Ngày/năm sinh",
        "birth_date", "birth date", "date of birth", "birthdate", "dob",
    ),
    "sex": ("Giới tính", "Giới", "Nam/Nữ", "Phái", "sex", "gender"),
    "personal_id": (
        "Số định danh cá nhân", "Số định danh", "Định danh", "Mã định danh", "Số ĐDCN", "ĐDCN",
        "Số CCCD", "CCCD", "Số CMND", "CMND", "CMND/CCCD", "CCCD/CMND", "Số CMND/CCCD", "Số CCCD/CMND",
        "Căn cước", "Số căn cước", "Căn cước công dân", "Số căn cước công dân",
        "personal_id", "personal id", "id number", "national id",
    ),
    "relation": (
        "Quan hệ với chủ hộ", "Quan hệ", "Quan hệ chủ hộ", "QH với chủ hộ", "Quan hệ với CH",
        "relation", "relationship", "relation to head",
    ),
    "residence_type": (
        "Loại cư trú", "Hình thức cư trú", "Tình trạng cư trú", "Cư trú", "Diện cư trú",
        "residence_type", "residence type", "residence",
    ),
    "residence_from": (
        "Cư trú từ ngày", "Từ ngày", "Ngày đăng ký cư trú", "Ngày đến", "residence_from", "residence from",
    ),
    "residence_to": ("Cư trú đến ngày", "Đến ngày", "residence_to", "residence to"),
    "address": (
        "Địa chỉ", "Nơi ở", "Nơi ở hiện nay", "Nơi ở hiện tại", "Chỗ ở hiện nay", "Địa chỉ thường trú",
        "Địa chỉ hộ", "address",
    ),
    "phone": (
        "Số điện thoại", "Điện thoại", "SĐT", "Số ĐT", "ĐT", "Di động", "Số di động",
        "phone", "phone number", "mobile", "telephone",
    ),
    "note": ("Ghi chú", "Chú thích", "note", "notes", "remarks", "comment"),
}

_HEADER_INDEX: dict[str, str] = {
    fold(alias): field_name for field_name, aliases in _HEADER_ALIASES.items() for alias in aliases
}

# When no alias matches the whole header, the first of these word sequences found inside it decides
# ("Ngày sinh (dd/mm/yyyy)", "Số CCCD của chủ hộ"). Order matters: the residence dates before the type.
_HEADER_KEYWORDS: tuple[tuple[str, str], ...] = (
    ("dinh danh", "personal_id"),
    ("cccd", "personal_id"),
    ("cmnd", "personal_id"),
    ("can cuoc", "personal_id"),
    ("ngay sinh", "birth_date"),
    ("nam sinh", "birth_date"),
    ("gioi tinh", "sex"),
    ("quan he", "relation"),
    ("cu tru tu", "residence_from"),
    ("cu tru den", "residence_to"),
    ("cu tru", "residence_type"),
    ("dia chi", "address"),
    ("dien thoai", "phone"),
    ("sdt", "phone"),
    ("ghi chu", "note"),
    ("ho va ten", "full_name"),
    ("ho ten", "full_name"),
    ("so ho", "household_no"),
    ("ho so", "household_no"),
    ("stt ho", "household_no"),
)


def field_for_header(header: str) -> str | None:
    """The field a header names, or None when it is not one of ours (e.g. "STT", "Dân tộc")."""
    folded = fold(header)
    if not folded:
        return None
    found = _HEADER_INDEX.get(folded)
    if found is not None:
        return found
    padded = f" {folded} "
    for words, field_name in _HEADER_KEYWORDS:
        if f" {words} " in padded:
            return field_name
    return None


def guess_mapping(headers: list[str]) -> dict[int, str | None]:
    """Column index → field name (or None: column ignored), for every column.

    Case-, diacritic- and punctuation-insensitive. A field is mapped at most once: the leftmost column
    that names it wins, later ones are ignored.
    """
    mapping: dict[int, str | None] = {}
    taken: set[str] = set()
    for index, header in enumerate(headers):
        field_name = field_for_header(header)
        if field_name in taken:
            field_name = None
        if field_name is not None:
            taken.add(field_name)
        mapping[index] = field_name
    return mapping


def is_register_header(headers: list[str]) -> bool:
    """True when at least two cells name register fields: tells the header from a form's heading."""
    return sum(field_name is not None for field_name in guess_mapping(headers).values()) >= 2


def read_register(path: Path) -> Table:
    """``read_table`` with the header found by its register column names (see ``is_register_header``)."""
    return read_table(path, is_header=is_register_header)


def check_mapping(mapping: Mapping[int, str | None]) -> None:
    """Refuse a mapping that maps a field twice or lacks a required one.

    Raises ``ValidationError('spreadsheet_duplicate_column', column=<Vietnamese header>)`` or
    ``ValidationError('spreadsheet_missing_columns', columns="Hộ số, Giới tính")``. A field name that
    is not in ``FIELDS`` is a programming error (``ValueError``).
    """
    seen: set[str] = set()
    for index in sorted(mapping):
        field_name = mapping[index]
        if field_name is None:
            continue
        if field_name not in VI_HEADERS:
            raise ValueError(f"unknown register field {field_name!r}")
        if field_name in seen:
            raise ValidationError("spreadsheet_duplicate_column", column=VI_HEADERS[field_name])
        seen.add(field_name)
    missing = [VI_HEADERS[f] for f in REQUIRED if f not in seen]
    if missing:
        raise ValidationError("spreadsheet_missing_columns", columns=", ".join(missing))


# --- value vocabularies ---------------------------------------------------------------------------

SEX_LABELS: dict[Sex, str] = {Sex.MALE: "Nam", Sex.FEMALE: "Nữ"}

RESIDENCE_LABELS: dict[ResidenceType, str] = {
    ResidenceType.PERMANENT: "Thường trú",
    ResidenceType.TEMPORARY: "Tạm trú",
    ResidenceType.TEMPORARILY_ABSENT: "Tạm vắng",
    ResidenceType.SHORT_STAY: "Lưu trú",
}

_SEX_WORDS: dict[str, Sex] = {
    "nam": Sex.MALE, "m": Sex.MALE, "male": Sex.MALE, "trai": Sex.MALE,
    "nu": Sex.FEMALE, "f": Sex.FEMALE, "female": Sex.FEMALE, "gai": Sex.FEMALE,
}

_RESIDENCE_WORDS: dict[str, ResidenceType] = {
    **{fold(label): rtype for rtype, label in RESIDENCE_LABELS.items()},
    **{fold(rtype.value): rtype for rtype in ResidenceType},
}

# Relation words by their folded first word(s). Longer keys are tried first ("con dau" before "con").
_RELATION_WORDS: dict[str, Relation] = {
    "chu ho": Relation.HEAD, "ch": Relation.HEAD,
    "vo": Relation.SPOUSE, "chong": Relation.SPOUSE, "vo chong": Relation.SPOUSE,
    "con": Relation.CHILD,
    "con dau": Relation.CHILD_IN_LAW, "con re": Relation.CHILD_IN_LAW, "con dau re": Relation.CHILD_IN_LAW,
    "cha": Relation.PARENT, "bo": Relation.PARENT, "me": Relation.PARENT, "cha me": Relation.PARENT,
    "bo me": Relation.PARENT, "tia": Relation.PARENT, "ma": Relation.PARENT,
    "ong": Relation.GRANDPARENT, "ba": Relation.GRANDPARENT, "ong ba": Relation.GRANDPARENT,
    "chau": Relation.GRANDCHILD,
    "anh": Relation.SIBLING, "chi": Relation.SIBLING, "em": Relation.SIBLING,
    "anh chi em": Relation.SIBLING, "anh em": Relation.SIBLING, "chi em": Relation.SIBLING,
    "khac": Relation.OTHER,
    **{fold(r.value): r for r in Relation},
}

# Words that may follow a relation word without changing it: "Con trai cả", "Bố đẻ", "Cháu nội",
# "Con thứ 2". Any other trailing word makes it another relation ("Bố vợ" is a parent-in-law → OTHER).
_RELATION_QUALIFIERS = frozenset(
    "trai gai de ruot nuoi ca thu ut noi ngoai lon nho".split()
)


def parse_sex(value: object) -> Sex | None:
    """Nam/Nữ (any case, with or without diacritics), M/F, male/female; None when empty."""
    text = _text(value)
    if text is None:
        return None
    found = _SEX_WORDS.get(fold(text))
    if found is None:
        raise ValidationError("sex_unknown", field="sex", value=text)
    return found


def parse_residence_type(value: object) -> ResidenceType:
    """Thường trú / Tạm trú / Tạm vắng / Lưu trú or the English codes; empty means permanent."""
    text = _text(value)
    if text is None:
        return ResidenceType.PERMANENT
    found = _RESIDENCE_WORDS.get(fold(text))
    if found is None:
        raise ValidationError("residence_type_unknown", field="residence_type", value=text)
    return found


@lru_cache(maxsize=1024)
def _relation_from_text(text: str) -> Relation:
    words = text.lower().split()
    # "Ba" without a tone mark is the Southern word for father; "Bà" is grandmother. Folding would
    # merge them, so decide on the unfolded word.
    if words and words[0] == "ba":
        rest = [fold(w) for w in words[1:]]
        if rest and rest[0] in ("noi", "ngoai"):  # "Ba noi" is "Bà nội" typed without tone marks
            return Relation.GRANDPARENT
        plain = all(w in _RELATION_QUALIFIERS or w.isdigit() for w in rest)
        return Relation.PARENT if plain else Relation.OTHER
    folded = fold(text)
    exact = _RELATION_WORDS.get(folded)
    if exact is not None:
        return exact
    tokens = folded.split()
    for size in (2, 1):
        head = " ".join(tokens[:size])
        if len(tokens) > size and head in _RELATION_WORDS:
            rest = tokens[size:]
            if all(w in _RELATION_QUALIFIERS or w.isdigit() for w in rest):
                return _RELATION_WORDS[head]
    return Relation.OTHER


def parse_relation(value: object) -> Relation:
    """Vietnamese relation words ("Chủ hộ", "Vợ", "Con gái", "Cháu nội"…) or the English codes.

    Empty and unrecognised words mean ``Relation.OTHER``: a list may name relations we do not classify
    ("Cô", "Bố vợ"), and that must not block an import.
    """
    text = _text(value)
    if text is None:
        return Relation.OTHER
    return _relation_from_text(text)


def relation_label(relation: Relation, sex: Sex | None = None) -> str:
    """The Vietnamese word for a relation; the sex picks Vợ/Chồng, Bố/Mẹ, Ông/Bà, Con dâu/Con rể."""
    male = sex is Sex.MALE
    female = sex is Sex.FEMALE
    match relation:
        case Relation.HEAD:
            return "Chủ hộ"
        case Relation.SPOUSE:
            return "Chồng" if male else "Vợ" if female else "Vợ/Chồng"
        case Relation.CHILD:
            return "Con"
        case Relation.PARENT:
            return "Bố" if male else "Mẹ" if female else "Bố/Mẹ"
        case Relation.GRANDPARENT:
            return "Ông" if male else "Bà" if female else "Ông/Bà"
        case Relation.GRANDCHILD:
            return "Cháu"
        case Relation.SIBLING:
            return "Anh/Chị/Em"
        case Relation.CHILD_IN_LAW:
            return "Con rể" if male else "Con dâu" if female else "Con dâu/rể"
    return "Khác"


_EXCEL_EPOCH = dt.date(1899, 12, 30)
_DATE_DMY = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")
_DATE_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]00:00(?::00)?)?")


def parse_date(value: object, *, field_name: str) -> dt.date | None:
    """A full date: an Excel date cell, dd/mm/yyyy (also d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy) or yyyy-mm-dd.

    Raises ``ValidationError('date_invalid', value=…)``; None when empty.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        serial = _excel_serial(value)
        if serial is not None:
            return serial
        raise ValidationError("date_invalid", field=field_name, value=_shown(value))
    text = str(value).strip()
    if not text:
        return None
    m = _DATE_DMY.fullmatch(text)
    parts = (int(m.group(3)), int(m.group(2)), int(m.group(1))) if m else None
    if parts is None:
        m = _DATE_ISO.fullmatch(text)
        parts = (int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
    if parts is not None and 1880 <= parts[0] <= 2200:
        try:
            return dt.date(*parts)
        except ValueError:
            pass
    raise ValidationError("date_invalid", field=field_name, value=text)


def _excel_serial(value: int | float) -> dt.date | None:
    """A date cell whose number format was lost (pasted as "General") arrives as its serial number."""
    if isinstance(value, float) and not value.is_integer():
        return None
    days = int(value)
    if not 2_000 <= days <= 110_000:  # 1905 … 2201: outside, it is not a plausible date
        return None
    return _EXCEL_EPOCH + dt.timedelta(days=days)


def parse_birth_date(value: object) -> BirthDate | None:
    """``BirthDate.parse``, plus Excel serial numbers for date cells that lost their format."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 2200:
        serial = _excel_serial(value)
        if serial is not None:
            return BirthDate(serial.year, serial.month, serial.day)
    return BirthDate.parse(value)  # type: ignore[arg-type]


def parse_personal_id(value: object) -> str | None:
    """The ID as digits; a number cell gets back the leading zeros Excel dropped.

    Province codes 001–096 start with zeros, so an ID typed into a number cell loses one or two of them
    ("001080012345" → 1080012345). Only numeric cells are padded: text keeps what was typed, and the
    domain check then reports a wrong length.
    """
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        pid = normalize_personal_id(value)
        if pid is not None and pid.isdigit() and 10 <= len(pid) < 12:
            pid = pid.zfill(12)
        return pid
    return normalize_personal_id(str(value))


def _text(value: object) -> str | None:
    if value is None:
        return None
    text = _shown(value).strip()
    return text or None


def _shown(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return str(value)


# --- rows -----------------------------------------------------------------------------------------


@dataclass
class RegisterRow:
    """One valid row of a register file: its row number, household number, address and resident."""

    row: int
    household_no: str
    address: str | None
    resident: ResidentInput


def parse_rows(
    table: Table,
    mapping: Mapping[int, str | None],
    *,
    today: dt.date | None = None,
) -> tuple[list[RegisterRow], list[tuple[int, SothonError]]]:
    """Convert and validate every data row of ``table`` under ``mapping``.

    Returns the valid rows and, for each invalid row, ``(row number, first error)``; an invalid row is
    not in the first list. Besides the per-row rules (``validate_resident``), a personal ID seen on an
    earlier row makes the later row invalid (``import_duplicate_id_in_file``: value, other_row), and so
    does a second head of the same household number (``import_two_heads``: number, other_row).
    Call ``check_mapping`` first; unmapped fields are simply empty here.
    """
    today = today or vn_today()
    columns = {field_name: index for index, field_name in mapping.items() if field_name is not None}
    width = len(table.headers)

    def getter(field_name: str):  # noqa: ANN202
        index = columns.get(field_name)
        if index is None or index >= width:
            return lambda values: None
        return lambda values: values[index] if index < len(values) else None

    get = {name: getter(name) for name in FIELDS}
    valid: list[RegisterRow] = []
    errors: list[tuple[int, SothonError]] = []
    id_rows: dict[str, int] = {}
    head_rows: dict[str, int] = {}
    for number, values in table.rows:
        try:
            household_no = clean_household_number(get["household_no"](values))  # type: ignore[arg-type]
            resident = validate_resident(
                ResidentInput(
                    full_name=_text(get["full_name"](values)) or "",
                    birth_date=parse_birth_date(get["birth_date"](values)),
                    sex=parse_sex(get["sex"](values)),
                    personal_id=parse_personal_id(get["personal_id"](values)),
                    relation=parse_relation(get["relation"](values)),
                    residence_type=parse_residence_type(get["residence_type"](values)),
                    residence_from=parse_date(get["residence_from"](values), field_name="residence_from"),
                    residence_to=parse_date(get["residence_to"](values), field_name="residence_to"),
                    phone=_text(get["phone"](values)),
                    note=_text(get["note"](values)),
                ),
                today=today,
            )
            pid = resident.personal_id
            if pid is not None and pid in id_rows:
                raise ValidationError(
                    "import_duplicate_id_in_file", field="personal_id", value=pid, other_row=id_rows[pid]
                )
            if resident.relation is Relation.HEAD and household_no in head_rows:
                raise ValidationError(
                    "import_two_heads",
                    field="relation",
                    number=household_no,
                    other_row=head_rows[household_no],
                )
        except SothonError as error:
            errors.append((number, error))
            continue
        if pid is not None:
            id_rows[pid] = number
        if resident.relation is Relation.HEAD:
            head_rows[household_no] = number
        valid.append(
            RegisterRow(
                row=number,
                household_no=household_no,
                address=_text(get["address"](values)),
                resident=resident,
            )
        )
    return valid, errors


# --- writing --------------------------------------------------------------------------------------


def export_row(
    *,
    household_no: str,
    full_name: str,
    birth_date: BirthDate | None,
    sex: Sex | None,
    personal_id: str | None,
    relation: Relation,
    residence_type: ResidenceType,
    residence_from: dt.date | None,
    residence_to: dt.date | None,
    address: str | None,
    phone: str | None,
    note: str | None,
) -> list[object]:
    """One resident as display values in ``FIELDS`` order.

    Full dates are ``datetime.date`` (written as Excel dates), a year-only birth date is the text
    "1950", sex "Nam"/"Nữ", relation and residence type their Vietnamese words; IDs and phone numbers
    stay text so Excel keeps their leading zeros. Reading the written file back reproduces the values.
    """
    if birth_date is None:
        birth: object = None
    elif birth_date.is_full:
        birth = birth_date.as_date()
    else:
        birth = f"{birth_date.year:04d}"
    return [
        household_no,
        full_name,
        birth,
        SEX_LABELS[sex] if sex is not None else None,
        personal_id,
        relation_label(Relation(relation), sex),
        RESIDENCE_LABELS[ResidenceType(residence_type)],
        residence_from,
        residence_to,
        address or None,
        phone or None,
        note or None,
    ]


def register_rows_for_export(records: Iterable[Mapping[str, object]]) -> Iterator[list[object]]:
    """``export_row`` over records given as mappings with the ``FIELDS`` keys (missing keys are empty)."""
    for record in records:
        values = {name: record.get(name) for name in FIELDS}
        values["relation"] = values["relation"] or Relation.OTHER
        values["residence_type"] = values["residence_type"] or ResidenceType.PERMANENT
        yield export_row(**values)  # type: ignore[arg-type]


def write_register(path: Path, rows: Iterable[list[object]], *, title: str | None = None) -> None:
    """Write export rows (from ``export_row``) under the Vietnamese headers; atomic (see ``write_xlsx``)."""
    write_xlsx(
        path,
        [VI_HEADERS[f] for f in FIELDS],
        rows,
        sheet_title=REGISTER_SHEET_TITLE,
        title=title,
    )


def write_register_by_unit(path: Path, units: Sequence[tuple[str, Iterable[list[object]]]]) -> None:
    """Several registers in one workbook, a sheet per unit (a commune's export of its hamlets)."""
    headers = [VI_HEADERS[f] for f in FIELDS]
    write_workbook(path, [Sheet(title=name, headers=headers, rows=rows) for name, rows in units])


_GUIDE: dict[str, tuple[str, str]] = {
    # field: (required?, what the column accepts)
    "household_no": (
        "Bắt buộc",
        "Số hoặc mã của hộ (tối đa 20 ký tự). Các nhân khẩu cùng hộ ghi cùng một số.",
    ),
    "full_name": ("Bắt buộc", "Họ, tên đệm và tên, viết có dấu, ví dụ: Nguyễn Văn An."),
    "birth_date": (
        "Không bắt buộc",
        "Ngày/tháng/năm (dd/mm/yyyy, ví dụ 05/01/1980) hoặc chỉ ghi năm (1950).",
    ),
    "sex": ("Bắt buộc", "Nam hoặc Nữ."),
    "personal_id": (
        "Không bắt buộc",
        "12 chữ số trên thẻ căn cước (CCCD). Nhập dạng văn bản để giữ số 0 ở đầu."
        " Chữ số thứ 4 và 5–6 phải khớp với giới tính và năm sinh.",
    ),
    "relation": (
        "Không bắt buộc",
        "Chủ hộ, Vợ, Chồng, Con, Bố, Mẹ, Ông, Bà, Cháu, Anh, Chị, Em, Con dâu, Con rể, Khác."
        " Mỗi hộ chỉ có một Chủ hộ.",
    ),
    "residence_type": (
        "Không bắt buộc",
        "Thường trú, Tạm trú, Tạm vắng hoặc Lưu trú. Để trống là Thường trú.",
    ),
    "residence_from": ("Không bắt buộc", "Ngày bắt đầu cư trú (dd/mm/yyyy)."),
    "residence_to": ("Không bắt buộc", "Ngày hết hạn cư trú (dd/mm/yyyy); tạm trú tối đa 2 năm."),
    "address": ("Không bắt buộc", "Địa chỉ của hộ, ví dụ: Xóm 2, thôn Đông."),
    "phone": ("Không bắt buộc", "Số điện thoại 10 chữ số, bắt đầu bằng 0."),
    "note": ("Không bắt buộc", "Ghi chú tự do."),
}


def write_template(path: Path) -> None:
    """A blank register to fill in: the Vietnamese headers only, and a "Hướng dẫn" sheet on each column.

    ID and phone columns are formatted as text (keeps leading zeros), date columns as dd/mm/yyyy, and
    the sex and residence-type columns offer their words in a drop-down list.
    """
    index = {f: i for i, f in enumerate(FIELDS)}
    register = Sheet(
        title=REGISTER_SHEET_TITLE,
        headers=[VI_HEADERS[f] for f in FIELDS],
        column_formats={
            index["household_no"]: "@",
            index["personal_id"]: "@",
            index["phone"]: "@",
            index["birth_date"]: "DD/MM/YYYY",
            index["residence_from"]: "DD/MM/YYYY",
            index["residence_to"]: "DD/MM/YYYY",
        },
        choices={
            index["sex"]: list(SEX_LABELS.values()),
            index["residence_type"]: list(RESIDENCE_LABELS.values()),
        },
    )
    guide = Sheet(
        title=GUIDE_SHEET_TITLE,
        headers=["Cột", "Bắt buộc", "Cách ghi"],
        rows=[[VI_HEADERS[f], *_GUIDE[f]] for f in FIELDS],
        heading="Hướng dẫn điền danh sách nhân khẩu",
        wrap=True,
    )
    write_workbook(path, [register, guide])
