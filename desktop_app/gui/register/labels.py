"""Translated labels for the register's enumerations, fields and audit values.

The tables hold English source texts marked with ``N_``; the functions render them with ``tr`` at the
moment they are shown, so a language switch only needs a repaint.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from desktop_app.domain.clock import VN_TZ
from desktop_app.domain.people import AgeGroup, BirthDate, Relation, ResidenceType, ResidentStatus, Sex
from desktop_app.i18n import N_, format_date, tr

SEX = {Sex.MALE: N_("Male"), Sex.FEMALE: N_("Female")}

RESIDENCE = {
    ResidenceType.PERMANENT: N_("Permanent"),
    ResidenceType.TEMPORARY: N_("Temporary"),
    ResidenceType.TEMPORARILY_ABSENT: N_("Temporarily absent"),
    ResidenceType.SHORT_STAY: N_("Short stay"),
}

RELATION = {
    Relation.HEAD: N_("Head"),
    Relation.SPOUSE: N_("Wife/husband"),
    Relation.CHILD: N_("Child"),
    Relation.PARENT: N_("Father/mother"),
    Relation.GRANDPARENT: N_("Grandparent"),
    Relation.GRANDCHILD: N_("Grandchild"),
    Relation.SIBLING: N_("Brother/sister"),
    Relation.CHILD_IN_LAW: N_("Son/daughter-in-law"),
    Relation.OTHER: N_("Other"),
}

# The word a list shows depends on the person's sex where the language has two words.
_RELATION_BY_SEX = {
    (Relation.SPOUSE, Sex.MALE): N_("Husband"),
    (Relation.SPOUSE, Sex.FEMALE): N_("Wife"),
    (Relation.PARENT, Sex.MALE): N_("Father"),
    (Relation.PARENT, Sex.FEMALE): N_("Mother"),
    (Relation.GRANDPARENT, Sex.MALE): N_("Grandfather"),
    (Relation.GRANDPARENT, Sex.FEMALE): N_("Grandmother"),
    (Relation.CHILD_IN_LAW, Sex.MALE): N_("Son-in-law"),
    (Relation.CHILD_IN_LAW, Sex.FEMALE): N_("Daughter-in-law"),
}

AGE_GROUP = {
    AgeGroup.CHILD: N_("0–15 years"),
    AgeGroup.WORKING: N_("16–59 years"),
    AgeGroup.ELDER: N_("60 and over"),
}

STATUS = {
    ResidentStatus.PRESENT: N_("Lives here"),
    ResidentStatus.MOVED_AWAY: N_("Moved away"),
    ResidentStatus.DEAD: N_("Died"),
}

# By ``services.register.EventKind`` value (spelled out here: that module needs the ORM, and labels are
# needed before the window has imported it).
EVENT = {
    "birth": N_("Born"),
    "move_in": N_("Moved in"),
    "move_out": N_("Moved out"),
    "death": N_("Died"),
    "household_change": N_("Changed household"),
    "head_change": N_("Became household head"),
    "registered": N_("Entered in the register"),
}

# Field names as people know them: error messages name the field, the change history names columns.
FIELD = {
    "full_name": N_("Full name"),
    "birth_date": N_("Date of birth"),
    "sex": N_("Sex"),
    "personal_id": N_("Personal ID number"),
    "relation": N_("Relation to the head"),
    "residence_type": N_("Residence type"),
    "residence_from": N_("Resident from"),
    "residence_to": N_("Resident until"),
    "phone": N_("Phone"),
    "note": N_("Note"),
    "status": N_("Status"),
    "status_date": N_("Status date"),
    "household_id": N_("Household"),
    "household_no": N_("Household number"),
    "number": N_("Household number"),
    "address": N_("Address"),
    "head_id": N_("Household head"),
    "deleted_at": N_("Deleted"),
    "unit_code": N_("Hamlet"),
    "source": N_("Source"),
    "event": N_("Reason"),
}

AUDIT_ACTION = {
    "create": N_("Created"),
    "update": N_("Changed"),
    "delete": N_("Moved to the trash"),
    "restore": N_("Restored from the trash"),
    "import": N_("Changed by an import"),
}

_VALUE_WORDS = {"demo": N_("demo data")}


def sex_label(value: Sex | str | None) -> str:
    return tr(SEX[Sex(value)]) if value else ""


def residence_label(value: ResidenceType | str | None) -> str:
    return tr(RESIDENCE[ResidenceType(value)]) if value else ""


def relation_label(value: Relation | str | None, sex: Sex | str | None = None) -> str:
    if not value:
        return ""
    relation = Relation(value)
    specific = _RELATION_BY_SEX.get((relation, Sex(sex))) if sex else None
    return tr(specific or RELATION[relation])


def status_label(value: ResidentStatus | str | None) -> str:
    return tr(STATUS[ResidentStatus(value)]) if value else ""


def event_label(kind: str) -> str:
    source = EVENT.get(kind)
    return tr(source) if source else kind


def field_label(name: str) -> str:
    source = FIELD.get(name)
    return tr(source) if source else name


def action_label(action: str) -> str:
    source = AUDIT_ACTION.get(action)
    return tr(source) if source else action


def birth_label(value: BirthDate | None) -> str:
    return value.display() if value else ""


def audit_value(field: str, value: object, *, resolve: Callable[[str, str], str | None] | None = None) -> str:
    """An audit entry's stored value as a person reads it: labels, dd/MM/yyyy dates, names for ids."""
    if value is None or value == "":
        return "—"
    text = str(value)
    try:
        if field == "sex":
            return sex_label(text)
        if field == "residence_type":
            return residence_label(text)
        if field == "relation":
            return relation_label(text)
        if field == "status":
            return status_label(text)
    except ValueError:
        return text
    if field == "birth_date":
        parsed = BirthDate.from_iso(text) if _looks_iso(text) else None
        return parsed.display() if parsed else text
    if field == "deleted_at":
        return local_time(text)
    if field in ("residence_from", "residence_to", "status_date") and _looks_iso(text):
        return format_date(dt.date.fromisoformat(text[:10]))
    if field in ("household_id", "head_id") and resolve is not None:
        return resolve(field, text) or text
    if text in _VALUE_WORDS:
        return tr(_VALUE_WORDS[text])
    return text


def local_time(value: dt.datetime | str | None) -> str:
    """A stored UTC timestamp in Vietnam's time (domain.clock), dd/MM/yyyy HH:mm."""
    if value is None:
        return ""
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError:
            return value
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(VN_TZ).strftime("%d/%m/%Y %H:%M")


def _looks_iso(text: str) -> bool:
    return len(text) >= 4 and text[:4].isdigit()
