"""People and households: enumerations, partial birth dates, personal-ID rules, resident validation.

Pure Python: no database, no Qt. Rules follow shared/DOMAIN.md ("Households and residents").
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from enum import Enum

from desktop_app.domain.clock import vn_today
from desktop_app.domain.errors import ValidationError


class Sex(str, Enum):
    MALE = "male"
    FEMALE = "female"


class ResidenceType(str, Enum):
    """Law on Residence 68/2020."""

    PERMANENT = "permanent"  # thường trú
    TEMPORARY = "temporary"  # tạm trú
    TEMPORARILY_ABSENT = "temporarily_absent"  # tạm vắng
    SHORT_STAY = "short_stay"  # lưu trú


class Relation(str, Enum):
    """Relation to the household head."""

    HEAD = "head"
    SPOUSE = "spouse"
    CHILD = "child"
    PARENT = "parent"
    GRANDPARENT = "grandparent"
    GRANDCHILD = "grandchild"
    SIBLING = "sibling"
    CHILD_IN_LAW = "child_in_law"
    OTHER = "other"


class ResidentStatus(str, Enum):
    PRESENT = "present"
    MOVED_AWAY = "moved_away"
    DEAD = "dead"


class AgeGroup(str, Enum):
    CHILD = "child"  # 0–15
    WORKING = "working"  # 16–59
    ELDER = "elder"  # 60+


AGE_GROUP_BOUNDS = {AgeGroup.CHILD: (0, 15), AgeGroup.WORKING: (16, 59), AgeGroup.ELDER: (60, 200)}


@dataclass(frozen=True, order=True)
class BirthDate:
    """A birth date that may be known only by its year (old lists often hold just "1950")."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str | dt.date | dt.datetime | int | float | None) -> BirthDate | None:
        """Accept dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, yyyy-mm-dd, a year alone, or a date object.

        Raises ``ValidationError('birth_date_invalid')`` for anything else; returns None for empty input.
        """
        if text is None:
            return None
        if isinstance(text, dt.datetime):
            text = text.date()
        if isinstance(text, dt.date):
            return cls(text.year, text.month, text.day)
        if isinstance(text, float):
            if not text.is_integer():
                raise ValidationError("birth_date_invalid", value=str(text))
            text = int(text)
        if isinstance(text, int):
            text = str(text)
        value = str(text).strip()
        if not value:
            return None
        m = re.fullmatch(r"(\d{4})", value)
        if m:
            return cls._checked(int(m.group(1)), None, None, value)
        m = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})", value)
        if m:
            return cls._checked(int(m.group(3)), int(m.group(2)), int(m.group(1)), value)
        m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]00:00(?::00)?)?", value)
        if m:
            return cls._checked(int(m.group(1)), int(m.group(2)), int(m.group(3)), value)
        raise ValidationError("birth_date_invalid", value=value)

    @classmethod
    def _checked(cls, year: int, month: int | None, day: int | None, raw: str) -> BirthDate:
        if not 1880 <= year <= 2200:
            raise ValidationError("birth_date_invalid", value=raw)
        if month is not None and day is not None:
            try:
                dt.date(year, month, day)
            except ValueError:
                raise ValidationError("birth_date_invalid", value=raw) from None
        return cls(year, month, day)

    @classmethod
    def from_iso(cls, iso: str | None) -> BirthDate | None:
        if not iso:
            return None
        if len(iso) == 4:
            return cls(int(iso))
        d = dt.date.fromisoformat(iso)
        return cls(d.year, d.month, d.day)

    @property
    def is_full(self) -> bool:
        return self.month is not None and self.day is not None

    def iso(self) -> str:
        """ISO 8601: ``2026-07-31``, or ``1950`` when only the year is known."""
        if self.is_full:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}"

    def display(self) -> str:
        """Vietnamese style dd/MM/yyyy, or the year alone."""
        if self.is_full:
            return f"{self.day:02d}/{self.month:02d}/{self.year:04d}"
        return f"{self.year:04d}"

    def as_date(self) -> dt.date:
        """The date itself; a year alone counts as 1 January (for age arithmetic only)."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def age_on(self, on: dt.date) -> int:
        born = self.as_date()
        return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


# --- personal identification number (số định danh cá nhân) -------------------------------------

PERSONAL_ID_LENGTH = 12


def normalize_personal_id(raw: str | int | float | None) -> str | None:
    """Strip spaces and dots people type into ID numbers; spreadsheets may hand us a number."""
    if raw is None:
        return None
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    text = re.sub(r"[\s.\-]", "", str(raw))
    return text or None


def check_personal_id(pid: str, *, sex: Sex | None, birth_year: int | None) -> None:
    """Validate a 12-digit personal ID against the person's recorded sex and birth year.

    Structure: 3 digits province of birth registration, 1 digit century+sex (0/1 = 1900s male/female,
    2/3 = 2000s, 4/5 = 2100s, 6/7 = 2200s, 8/9 = 2300s), 2 digits birth year, 6 digits serial.
    There is no check digit.
    """
    if not pid.isdigit() or not pid.isascii():
        raise ValidationError("personal_id_not_digits", field="personal_id", value=pid)
    if len(pid) != PERSONAL_ID_LENGTH:
        raise ValidationError("personal_id_length", field="personal_id", value=pid, length=len(pid))
    code = int(pid[3])
    century = 1900 + 100 * (code // 2)
    id_sex = Sex.MALE if code % 2 == 0 else Sex.FEMALE
    id_year = century + int(pid[4:6])
    if sex is not None and sex != id_sex:
        raise ValidationError(
            "personal_id_sex_mismatch", field="personal_id", value=pid, id_sex=id_sex.value, sex=sex.value
        )
    if birth_year is not None and birth_year != id_year:
        raise ValidationError(
            "personal_id_year_mismatch", field="personal_id", value=pid, id_year=id_year, year=birth_year
        )


def personal_id_prefix(*, sex: Sex, birth_year: int) -> str:
    """Digits 4–6 that an ID must have for this sex and year (used to make valid demo IDs)."""
    code = (birth_year - 1900) // 100 * 2 + (0 if sex is Sex.MALE else 1)
    return f"{code}{birth_year % 100:02d}"


# --- phone numbers --------------------------------------------------------------------------------


def normalize_phone(raw: str | int | float | None) -> str | None:
    if raw is None:
        return None
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    text = re.sub(r"[\s.\-()]", "", str(raw))
    if not text:
        return None
    if text.startswith("+84"):
        text = "0" + text[3:]
    elif text.startswith("84") and len(text) == 11:
        text = "0" + text[2:]
    elif len(text) == 9 and text[0] in "35789":  # Excel dropped the leading zero
        text = "0" + text
    if not re.fullmatch(r"0\d{9,10}", text):
        raise ValidationError("phone_invalid", field="phone", value=str(raw))
    return text


# --- names ----------------------------------------------------------------------------------------


def clean_name(raw: str | None) -> str:
    """NFC, single spaces, each word capitalised the Vietnamese way ("nguyễn văn ấn" → "Nguyễn Văn Ấn")."""
    if raw is None:
        return ""
    text = unicodedata.normalize("NFC", str(raw))
    words = text.split()
    return " ".join(w[:1].upper() + w[1:].lower() for w in words)


@dataclass(frozen=True)
class NameParts:
    family: str
    middle: str
    given: str


def split_name(full_name: str) -> NameParts:
    """Vietnamese order: family name first, given name last, middle names between."""
    words = full_name.split()
    if not words:
        return NameParts("", "", "")
    if len(words) == 1:
        return NameParts("", "", words[0])
    return NameParts(words[0], " ".join(words[1:-1]), words[-1])


# --- residents ------------------------------------------------------------------------------------


@dataclass
class ResidentInput:
    """What a person types (or a spreadsheet row holds) for one resident, before validation."""

    full_name: str
    birth_date: BirthDate | None = None
    sex: Sex | None = None
    personal_id: str | None = None
    relation: Relation = Relation.OTHER
    residence_type: ResidenceType = ResidenceType.PERMANENT
    residence_from: dt.date | None = None
    residence_to: dt.date | None = None
    phone: str | None = None
    note: str | None = None
    extra: dict = field(default_factory=dict)


def validate_resident(data: ResidentInput, *, today: dt.date | None = None) -> ResidentInput:
    """Check one resident's fields; returns the cleaned input or raises ``ValidationError``."""
    today = today or vn_today()
    name = clean_name(data.full_name)
    if not name:
        raise ValidationError("name_required", field="full_name")
    if len(name) > 120:
        raise ValidationError("name_too_long", field="full_name", length=len(name))
    if any(ch.isdigit() for ch in name):
        raise ValidationError("name_has_digits", field="full_name", value=name)
    if data.sex is None:
        raise ValidationError("sex_required", field="sex", name=name)
    if data.birth_date is not None and data.birth_date.as_date() > today:
        raise ValidationError("birth_date_future", field="birth_date", value=data.birth_date.display())
    pid = normalize_personal_id(data.personal_id)
    if pid is not None:
        check_personal_id(pid, sex=data.sex, birth_year=data.birth_date.year if data.birth_date else None)
    if data.residence_from and data.residence_to and data.residence_to < data.residence_from:
        raise ValidationError(
            "residence_dates_order",
            field="residence_to",
            start=data.residence_from.strftime("%d/%m/%Y"),
            end=data.residence_to.strftime("%d/%m/%Y"),
        )
    if data.residence_type is ResidenceType.TEMPORARY and data.residence_from and data.residence_to:
        # Law on Residence Art. 27: a temporary residence registration lasts at most 2 years (renewable).
        if data.residence_to > _add_years(data.residence_from, 2):
            raise ValidationError("temporary_residence_too_long", field="residence_to")
    phone = normalize_phone(data.phone)
    note = (data.note or "").strip() or None
    return ResidentInput(
        full_name=name,
        birth_date=data.birth_date,
        sex=data.sex,
        personal_id=pid,
        relation=data.relation,
        residence_type=data.residence_type,
        residence_from=data.residence_from,
        residence_to=data.residence_to,
        phone=phone,
        note=note,
        extra=dict(data.extra),
    )


def _add_years(d: dt.date, years: int) -> dt.date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def temporary_residence_expiring(
    residence_type: ResidenceType, residence_to: dt.date | None, *, today: dt.date, within_days: int = 30
) -> bool:
    return (
        residence_type is ResidenceType.TEMPORARY
        and residence_to is not None
        and today <= residence_to <= today + dt.timedelta(days=within_days)
    )


def clean_household_number(raw: str | int | float | None) -> str:
    if raw is None:
        raise ValidationError("household_number_required", field="household_no")
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    text = unicodedata.normalize("NFC", str(raw)).strip()
    if not text:
        raise ValidationError("household_number_required", field="household_no")
    if len(text) > 20:
        raise ValidationError("household_number_too_long", field="household_no", value=text)
    return text
