"""Commune mode: the commune at a glance, from the records its hamlets sent (``services.commune_import``).

``by_unit(uow)``: each enrolled hamlet's counts under the same keys as a hamlet's own ``sothon stats``.
``completeness(uow, year)``: the grid hamlet × month (received on time, late, missing, not yet due), each hamlet's
last sequence and last contact. ``received_residents(uow, code)``: a hamlet's residents as received (read-only,
pseudonymised where they came so). The queries are portable SQLAlchemy (no SQLite-only SQL), so the same code
serves a province server.

On time (``resources/rules/commune.json``): a month is reported by an imported government bundle whose period
reaches the month's last day; on time when that bundle was imported by the ``report_due_day_of_next_month``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sqlalchemy import func, select

from desktop_app.domain.people import ResidenceType, ResidentStatus, Sex
from desktop_app.paths import RESOURCES
from desktop_app.services import enrolment
from desktop_app.storage.models import (
    EnrolledKey,
    ReceivedBundle,
    ReceivedDocument,
    ReceivedHousehold,
    ReceivedMediationCase,
    ReceivedMeeting,
    ReceivedResident,
    ReceivedResidentEvent,
    ReceivedSecurityEvent,
)

RULES_FILE = RESOURCES / "rules" / "commune.json"
ON_TIME, LATE, MISSING, NOT_DUE, FUTURE = "on_time", "late", "missing", "not_due", "future"


def _empty() -> dict[str, Any]:
    return {"households": 0, "residents": 0, "residents_by_residence_type": {t.value: 0 for t in ResidenceType},
            "residents_by_sex": {s.value: 0 for s in Sex}, "former_residents": 0, "deleted_residents": 0}


def by_unit(uow: Any) -> dict[str, dict[str, Any]]:
    """{hamlet unit code: {"households", "residents", "residents_by_residence_type", "residents_by_sex",
    "former_residents", "deleted_residents"}} for every enrolled hamlet (zeros until its first bundle) and
    every hamlet records were received from. Current means not deleted and, for residents, present."""
    session = uow.session
    out: dict[str, dict[str, Any]] = {code: _empty() for code in enrolment.enrolled_codes(uow)}
    r = ReceivedResident
    present = ResidentStatus.PRESENT.value
    for unit, rtype, sex, n in session.execute(
            select(r.unit_code, r.residence_type, r.sex, func.count())
            .where(r.deleted_at.is_(None), r.status == present)
            .group_by(r.unit_code, r.residence_type, r.sex)):
        item = out.setdefault(unit, _empty())
        item["residents"] += n
        if rtype is not None:
            item["residents_by_residence_type"][rtype] = item["residents_by_residence_type"].get(rtype, 0) + n
        if sex is not None:
            item["residents_by_sex"][sex] = item["residents_by_sex"].get(sex, 0) + n
    for unit, n in session.execute(select(r.unit_code, func.count())
                                   .where(r.deleted_at.is_(None), r.status != present).group_by(r.unit_code)):
        out.setdefault(unit, _empty())["former_residents"] = n
    for unit, n in session.execute(select(r.unit_code, func.count())
                                   .where(r.deleted_at.is_not(None)).group_by(r.unit_code)):
        out.setdefault(unit, _empty())["deleted_residents"] = n
    h = ReceivedHousehold
    for unit, n in session.execute(select(h.unit_code, func.count()).where(h.deleted_at.is_(None))
                                   .group_by(h.unit_code)):
        out.setdefault(unit, _empty())["households"] = n
    return dict(sorted(out.items()))


# --- completeness -----------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _rules() -> dict[str, Any]:
    return json.loads(RULES_FILE.read_text(encoding="utf-8"))


def due_day() -> int:
    """The day of the next month by which a month's bundle is due (``resources/rules/commune.json``)."""
    day = int(_rules()["report_due_day_of_next_month"])
    if not 1 <= day <= 28:
        raise ValueError(f"report_due_day_of_next_month must be 1..28, not {day}")
    return day


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def due_date(year: int, month: int) -> dt.date:
    """The day the bundle reporting ``month`` must have reached the commune by."""
    nxt = month_end(year, month) + dt.timedelta(days=1)
    return nxt.replace(day=due_day())


@dataclass
class HamletRow:
    code: str
    name: str
    months: list[str]  # 12 statuses: on_time | late | missing | not_due | future
    last_sequence: int | None = None
    last_contact: dt.datetime | None = None  # the last bundle read from it, imported or rejected (UTC)
    missing_sequences: list[int] = field(default_factory=list)
    revoked: bool = False

    @property
    def missing_months(self) -> list[int]:
        return [m for m, s in enumerate(self.months, start=1) if s == MISSING]


def _received_day(value: dt.datetime) -> dt.date:
    return (value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)).astimezone().date()


def completeness(uow: Any, year: int, *, today: dt.date | None = None) -> list[HamletRow]:
    """Every enrolled hamlet (by code), with the months of ``year``: ``on_time`` / ``late`` (reported by a
    bundle imported by the due day, or after), ``missing`` (due and not reported), ``not_due`` (ended, due day
    not passed), ``future`` (not ended)."""
    today = today or dt.date.today()
    session = uow.session
    names: dict[str, str] = {}
    current: set[str] = set()
    for code, name, revoked in session.execute(select(EnrolledKey.unit_code, EnrolledKey.unit_name,
                                                      EnrolledKey.revoked_from).order_by(EnrolledKey.enrolled_at)):
        names[code] = name or code
        if revoked is None:
            current.add(code)
    bundles: dict[str, list[tuple[dt.date, dt.date, dt.date]]] = {code: [] for code in names}
    rows = {code: HamletRow(code, names[code], [], revoked=code not in current) for code in names}
    b = ReceivedBundle
    for code, status, seq, p_from, p_to, received, missing in session.execute(
            select(b.sender_code, b.status, b.sequence, b.period_from, b.period_to, b.received_at,
                   b.missing_sequences).where(b.kind == "government").order_by(b.received_at)):
        row = rows.get(code)
        if row is None:
            continue
        row.last_contact = received
        if status != "imported":
            continue
        if seq is not None and (row.last_sequence is None or seq > row.last_sequence):
            row.last_sequence = seq
            row.missing_sequences = list(missing or [])
        if p_from and p_to:
            bundles[code].append((dt.date.fromisoformat(p_from), dt.date.fromisoformat(p_to), _received_day(received)))
    for code, row in rows.items():
        for month in range(1, 13):
            end = month_end(year, month)
            arrived = [got for start, stop, got in bundles[code] if start <= end <= stop]
            due = due_date(year, month)
            if arrived:
                row.months.append(ON_TIME if min(arrived) <= due else LATE)
            elif end >= today:
                row.months.append(FUTURE)
            elif today <= due:
                row.months.append(NOT_DUE)
            else:
                row.months.append(MISSING)
    return [rows[c] for c in sorted(rows)]


def received_residents(uow: Any, code: str, *, limit: int = 5000) -> list[dict[str, Any]]:
    """A hamlet's residents as received (not deleted), for reading only: {"id", "pseudonymised", "full_name"
    (None when pseudonymised), "birth_year", "sex", "residence_type", "status", "household_no"}."""
    session = uow.session
    r, h = ReceivedResident, ReceivedHousehold
    numbers = dict(session.execute(select(h.id, h.fields).where(h.unit_code == code)).all())
    out = []
    for rid, pseud, fields, year, sex, rtype, status, hid in session.execute(
            select(r.id, r.pseudonymised, r.fields, r.birth_year, r.sex, r.residence_type, r.status, r.household_id)
            .where(r.unit_code == code, r.deleted_at.is_(None)).order_by(r.household_id, r.id).limit(limit)):
        fields = fields or {}
        number = (numbers.get(hid) or {}).get("number")
        out.append({"id": rid, "pseudonymised": bool(pseud), "full_name": None if pseud else fields.get("full_name"),
                    "birth_year": year, "sex": sex, "residence_type": rtype, "status": status,
                    "household_no": number})
    return out


# --- quarters, movements, mediation, documents (the overview's other figures and the commune report's) --------

QUARTER_MONTHS = ((1, 2, 3), (4, 5, 6), (7, 8, 9), (10, 11, 12))
MOVEMENT_KINDS = ("birth", "death", "move_in", "move_out")


def quarter_status(months: list[str]) -> str:
    """A quarter's status from its three months': ``missing`` when any month is missing, else ``future`` while
    the quarter is not over, ``not_due`` while a month's due day has not passed, ``late`` when any month came
    late, ``on_time`` when all three did."""
    for status in (MISSING, FUTURE, NOT_DUE, LATE):
        if status in months:
            return status
    return ON_TIME


def quarters(row: HamletRow) -> list[str]:
    """The four quarters of ``row``'s year (``quarter_status`` of each one's months)."""
    return [quarter_status([row.months[m - 1] for m in q]) for q in QUARTER_MONTHS]


def _within(column: Any, start: dt.date | None, end: dt.date | None) -> list[Any]:
    """ISO date strings compare as dates: portable on every database."""
    out = []
    if start is not None:
        out.append(column >= start.isoformat())
    if end is not None:
        out.append(column <= end.isoformat())
    return out


def movements_by_unit(uow: Any, start: dt.date, end: dt.date) -> dict[str, dict[str, int]]:
    """{hamlet code: {"birth", "death", "move_in", "move_out"}}: the resident events received whose day is in
    ``start``–``end``, for every hamlet some were received from."""
    e = ReceivedResidentEvent
    out: dict[str, dict[str, int]] = {}
    for unit, kind, n in uow.session.execute(
            select(e.unit_code, e.kind, func.count()).where(e.deleted_at.is_(None), e.kind.in_(MOVEMENT_KINDS),
                                                            *_within(e.on_date, start, end))
            .group_by(e.unit_code, e.kind)):
        out.setdefault(unit, dict.fromkeys(MOVEMENT_KINDS, 0))[kind] = n
    return out


def mediation_by_unit(uow: Any, start: dt.date | None = None, end: dt.date | None = None) -> dict[str, dict[str, Any]]:
    """{hamlet code: the mediation statistics (``domain.mediation.figures``: received, successful, unsuccessful,
    terminated, referred, in_progress, success_rate, success_rate_denominator)} over the cases received from it
    whose ``received_on`` is in ``start``–``end`` (every case when not given), each by its current status."""
    from desktop_app.domain.mediation import CaseStatus, figures

    m = ReceivedMediationCase
    statuses: dict[str, list[CaseStatus]] = {}
    for unit, status, n in uow.session.execute(
            select(m.unit_code, m.status, func.count()).where(m.deleted_at.is_(None), m.status.is_not(None),
                                                              *_within(m.received_on, start, end))
            .group_by(m.unit_code, m.status)):
        try:
            statuses.setdefault(unit, []).extend([CaseStatus(status)] * n)
        except ValueError:  # a status this version does not know: counted as received, still open
            statuses.setdefault(unit, []).extend([CaseStatus.RECEIVED] * n)
    return {unit: figures(s).as_dict() for unit, s in sorted(statuses.items())}


def documents_by_unit(uow: Any, start: dt.date, end: dt.date) -> dict[str, int]:
    """{hamlet code: the documents received from it dated (``issued_on``) in ``start``–``end``}."""
    d = ReceivedDocument
    return dict(uow.session.execute(select(d.unit_code, func.count()).where(
        d.deleted_at.is_(None), *_within(d.issued_on, start, end)).group_by(d.unit_code)).all())


def meetings_by_unit(uow: Any, start: dt.date, end: dt.date) -> dict[str, int]:
    """{hamlet code: the government meetings received from it held (status ``held``) on a day in
    ``start``–``end``}."""
    from desktop_app.domain.meetings import MeetingStatus

    m = ReceivedMeeting
    return dict(uow.session.execute(select(m.unit_code, func.count()).where(
        m.deleted_at.is_(None), m.status == MeetingStatus.HELD.value, *_within(m.date, start, end))
        .group_by(m.unit_code)).all())


def _utc_bound(day: dt.date) -> str:
    """The start of ``day`` in Vietnam's time (the day an event happened, as the hamlet's report counts it —
    not this computer's time zone) as the UTC ISO text the hamlets send ``occurred_at`` in."""
    from desktop_app.i18n import VN_TZ

    return dt.datetime.combine(day, dt.time(), tzinfo=VN_TZ).astimezone(dt.UTC).isoformat()


def security_by_unit(uow: Any, start: dt.date, end: dt.date) -> dict[str, dict[str, int]]:
    """{hamlet code: {"events", "resolved"}}: the security-order events received from it that occurred (local
    day) in ``start``–``end``, and how many of them are resolved."""
    e = ReceivedSecurityEvent
    out: dict[str, dict[str, int]] = {}
    for unit, status, n in uow.session.execute(
            select(e.unit_code, e.status, func.count()).where(
                e.deleted_at.is_(None), e.occurred_at >= _utc_bound(start),
                e.occurred_at < _utc_bound(end + dt.timedelta(days=1))).group_by(e.unit_code, e.status)):
        item = out.setdefault(unit, {"events": 0, "resolved": 0})
        item["events"] += n
        if status == "resolved":
            item["resolved"] += n
    return out


def assessments_by_unit(uow: Any, until: dt.date | None = None) -> dict[str, dict[str, Any]]:
    """{hamlet code: {"year", "passed", "criteria_passed", "sequence"}}: the yearly "An toàn về an ninh, trật tự"
    assessment as each hamlet's newest imported bundle reports it (``security.assessment_*`` of its
    data/report.json: the newest assessment the head decided, of the year the bundle's period ends in or the one
    before); with ``until``, the newest bundle whose period ended by that day (the state at a report period's
    end). A hamlet whose bundle reports none — or came before the commune kept reports — is absent."""
    b = ReceivedBundle
    newest = (select(b.sender_code, func.max(b.sequence).label("sequence"))
              .where(b.status == "imported", b.kind == "government", b.report.is_not(None),
                     *([b.period_to <= until.isoformat()] if until is not None else []))
              .group_by(b.sender_code).subquery())
    out: dict[str, dict[str, Any]] = {}
    for code, sequence, report in uow.session.execute(
            select(b.sender_code, b.sequence, b.report).join(
                newest, (b.sender_code == newest.c.sender_code) & (b.sequence == newest.c.sequence))
            .where(b.status == "imported", b.kind == "government")):
        figures = (report or {}).get("figures") or {}
        year, passed = figures.get("security.assessment_year"), figures.get("security.assessment_passed")
        if isinstance(year, int) and passed in (0, 1):
            criteria = figures.get("security.assessment_criteria_passed")
            out[code] = {"year": year, "passed": bool(passed), "sequence": sequence,
                         "criteria_passed": dict(criteria) if isinstance(criteria, dict) else {}}
    return out
