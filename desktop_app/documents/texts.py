"""Fixed wording and formats of official documents, read from resources/ (never buried in code).

``resources/documents/kinds.json`` holds the headers' wording, margins and sizes of the two layouts
(state: Decree 30/2020/NĐ-CP; party: Guide 36-HD/VPTW), each kind's title and legal basis, and the
Vietnamese labels of tables. ``resources/rules/lists.json`` holds who belongs on the civic lists.
Documents are always Vietnamese, whatever the window's language, so nothing here goes through ``tr``.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from functools import cache
from typing import Any

from desktop_app.domain.civic_lists import LongevityRule, MilitaryRule, VoterRule
from desktop_app.domain.people import Relation, ResidenceType, Sex
from desktop_app.paths import RESOURCES

STATE = "state"
PARTY = "party"


@cache
def catalogue() -> dict[str, Any]:
    return json.loads((RESOURCES / "documents" / "kinds.json").read_text(encoding="utf-8"))


@cache
def list_rules() -> dict[str, Any]:
    return json.loads((RESOURCES / "rules" / "lists.json").read_text(encoding="utf-8"))


def layout_format(name: str) -> dict[str, Any]:
    """The wording, margins and sizes of the ``state`` or ``party`` layout."""
    return catalogue()["formats"][name]


def kind_text(kind: str) -> dict[str, Any]:
    return catalogue()["kinds"][kind]


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def upper(text: str) -> str:
    """Capitals the Vietnamese way ("Xã Yên Xuân" → "XÃ YÊN XUÂN"; đ → Đ)."""
    return nfc(text).upper()


def figure(value: int | float | None) -> str:
    """A count or a share as Vietnamese documents print it: 1.802, 66,7; "—" when not available."""
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:,.1f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"{value:,}".replace(",", ".")


def period_words(code: str) -> str:
    """A report period as running text writes it: "tháng 07 năm 2026", "quý III năm 2026", "năm 2026"
    (codes 2026-07, 2026-Q3, 2026)."""
    if "-Q" in code:
        year, q = code.split("-Q")
        return f"quý {('I', 'II', 'III', 'IV')[int(q) - 1]} năm {year}"
    if "-" in code:
        year, month = code.split("-")
        return f"tháng {month} năm {year}"
    return f"năm {code}"


def in_text(name: str) -> str:
    """A unit's or a title's name as running text writes it: the kind of unit in lower case, the proper
    name as it is ("Thôn Đông" → "thôn Đông", "Xã Yên Xuân" → "xã Yên Xuân", "Trưởng thôn" →
    "trưởng thôn"); headings keep "Thôn Đông"."""
    name = nfc(name).strip()
    return name[:1].lower() + name[1:]


def place_name(commune_name: str) -> str:
    """The place in a date line: the commune's name without "Xã"/"Phường"/… ("Xã Yên Xuân" → "Yên Xuân")."""
    name = nfc(commune_name).strip()
    for prefix in catalogue()["labels"]["commune_prefixes"]:
        if name.lower().startswith(prefix.lower() + " "):
            return name[len(prefix) + 1:].strip()
    return name


def abbreviation(name: str) -> str:
    """The issuer's initials in a document number ("Thôn Đông" → "TĐ", "Tổ dân phố 5" → "TDP5")."""
    parts = []
    for word in nfc(name).split():
        parts.append(word if word.isdigit() else word[0].upper())
    return "".join(parts)


def _two_digits_if(value: int, pad: bool) -> str:
    return f"{value:02d}" if pad else str(value)


def day_month(on: dt.date, *, layout: str = STATE) -> tuple[str, str]:
    """Day and month as a date line writes them.

    Decree 30/2020 (Appendix I) and Guide 36-HD/VPTW: a day under 10 and the months 1 and 2 take a
    leading zero (so no one can turn 1 into 11 or 2 into 12); other months do not ("tháng 3").
    """
    fmt = layout_format(layout)
    return (_two_digits_if(on.day, on.day < fmt["zero_pad_day_below"]),
            _two_digits_if(on.month, on.month in fmt["zero_pad_months"]))


def date_words(on: dt.date, *, layout: str = STATE) -> str:
    """"ngày 05 tháng 01 năm 2026" (the date line's rule, for dates in running text)."""
    day, month = day_month(on, layout=layout)
    return f"ngày {day} tháng {month} năm {on.year}"


def date_line(place: str, on: dt.date | None, *, layout: str = STATE, year: int | None = None) -> str:
    """"Yên Xuân, ngày 05 tháng 01 năm 2026"; without a date, blanks to fill in by hand."""
    fmt = layout_format(layout)
    if on is None:
        return fmt["date_line_blank"].format(place=place, year=year or "……")
    day, month = day_month(on, layout=layout)
    return fmt["date_line"].format(place=place, day=day, month=month, year=on.year)


def time_words(t: dt.time) -> str:
    """"19 giờ 30 phút"."""
    return f"{t.hour} giờ {t.minute:02d} phút"


def document_number(seq: int | None, code: str, issuer: str, *, layout: str = STATE) -> str:
    """"Số: 05/BB-TĐ" (state) or "Số 07-BB/CB" (party); numbers under 10 take a leading zero.

    Without a sequence number (a draft: numbers are given when a document is signed and kept) the
    number shows as unallocated: "Số: …/BB-TĐ".
    """
    fmt = layout_format(layout)
    if seq is None:
        return fmt["number_blank"].format(code=code, issuer=issuer)
    return fmt["number"].format(seq=f"{seq:02d}", code=code, issuer=issuer)


def number_label(seq: int, code: str, issuer: str, *, layout: str = STATE) -> str:
    """The number without its "Số" ("05/BB-TĐ", "07-BB/CB"), as the register of issued documents lists it."""
    return document_number(seq, code, issuer, layout=layout).removeprefix("Số").lstrip(": ")


def percent(part: int, whole: int) -> str:
    """"58,3%" (Vietnamese decimal comma); "—" when there is nothing to divide by."""
    if whole <= 0:
        return "—"
    return f"{100 * part / whole:.1f}".replace(".", ",") + "%"


def count_of(part: int, whole: int, unit: str) -> str:
    """"182/312 hộ (58,3%)" — the denominator is always shown."""
    return f"{part}/{whole} {unit} ({percent(part, whole)})"


# --- labels ------------------------------------------------------------------------------------------


def sex_label(sex: Sex | None) -> str:
    return catalogue()["labels"]["sex"][sex.value] if sex else ""


def relation_label(relation: Relation, sex: Sex | None) -> str:
    label = catalogue()["labels"]["relation"].get(relation.value, relation.value)
    if isinstance(label, dict):
        return label.get(sex.value if sex else "", " / ".join(label.values()))
    return label


def residence_label(rtype: ResidenceType) -> str:
    return catalogue()["labels"]["residence_type"][rtype.value]


# --- list rules --------------------------------------------------------------------------------------


def _period(entry: dict[str, Any]) -> tuple[dt.date, dt.date | None]:
    to = entry.get("valid_to")
    return dt.date.fromisoformat(entry["valid_from"]), dt.date.fromisoformat(to) if to else None


@cache
def voter_rules() -> tuple[VoterRule, ...]:
    return tuple(
        VoterRule(*_period(e), legal_basis=e["legal_basis"], min_age=e["min_age"],
                  residence_types=frozenset(ResidenceType(t) for t in e["residence_types"]), notes=e["notes"])
        for e in list_rules()["voters"])


@cache
def longevity_rules() -> tuple[LongevityRule, ...]:
    return tuple(
        LongevityRule(*_period(e), legal_basis=e["legal_basis"], ages=tuple(e["ages"]),
                      every_year_from=e["every_year_from"],
                      honours={int(k): v for k, v in e.get("honours", {}).items()})
        for e in list_rules()["longevity"])


@cache
def military_rules() -> tuple[MilitaryRule, ...]:
    return tuple(
        MilitaryRule(*_period(e), legal_basis=e["legal_basis"], sex=Sex(e["sex"]),
                     registration_age=e["registration_age"], call_up_min_age=e["call_up_min_age"],
                     call_up_max_age=e["call_up_max_age"], deferred_study_max_age=e["deferred_study_max_age"],
                     categories=e["categories"])
        for e in list_rules()["military_service"])


@cache
def meeting_rules() -> dict[str, Any]:
    """Attendance and vote thresholds of meetings (resources/rules/meetings.json), every period."""
    return json.loads((RESOURCES / "rules" / "meetings.json").read_text(encoding="utf-8"))


def meeting_rule(name: str, on: dt.date) -> dict[str, Any]:
    """The ``hamlet_meeting`` or ``party_cell`` rule in force on ``on``."""
    entries = meeting_rules()[name]
    in_force = [e for e in entries if dt.date.fromisoformat(e["valid_from"]) <= on
                and (not e.get("valid_to") or on <= dt.date.fromisoformat(e["valid_to"]))]
    return max(in_force or entries, key=lambda e: e["valid_from"])
