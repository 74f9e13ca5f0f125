"""Commune mode: the commune at a glance, from the records its hamlets sent (``services.commune_import``).

``by_unit(source)``: each enrolled hamlet's counts under the same keys as a hamlet's own ``sothon stats``.
``completeness(source, year)``: the grid hamlet × month (received on time, late, missing, not yet due), each
hamlet's last sequence and last contact. A hamlet's records as received, for reading: ``services.commune_records``.

Every query is one portable SQL statement (standard SQL only — no SQLite functions —, ``:name`` parameters) that
runs on either kind of ``source``: a unit of work, where it goes through SQLAlchemy (``text()`` binds the
parameters the way each database wants them), so the same code serves a province server on PostgreSQL; or a
DB-API connection of the desktop's own SQLite file (``App.reader()``), which the commune's first page, the
overview, reads through so that it shows its figures without importing SQLAlchemy and the ORM (≈ 0.5 s;
benchmarks/bench_overview.py). Values are normalised the same way on both: timestamps timezone-aware UTC, JSON
columns decoded.

On time: a month is reported by an imported government bundle whose period reaches the month's last day; on
time when that bundle was imported by the due day of the next month — the commune's own rule (``due_day``:
``set_due_day``, kept in ``commune_rules``; each commune follows its own regulation), else the default of
``resources/rules/commune.json`` (the 5th).
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from desktop_app.domain.clock import VN_TZ, now, vn_day, vn_today
from desktop_app.domain.people import ResidenceType, ResidentStatus, Sex
from desktop_app.paths import RESOURCES

RULES_FILE = RESOURCES / "rules" / "commune.json"
ON_TIME, LATE, MISSING, NOT_DUE, FUTURE = "on_time", "late", "missing", "not_due", "future"
# How a month's status is marked, in the window's grid and on the command line: not by colour alone.
MARKS = {ON_TIME: "✓", LATE: "!", MISSING: "✗", NOT_DUE: "…", FUTURE: ""}


def rows(source: Any, sql: str, params: dict[str, Any] | None = None) -> list[tuple]:
    """The rows of one portable statement (``:name`` parameters) on ``source``: a unit of work (through
    SQLAlchemy's ``text()``, so on any database it serves) or a DB-API connection to the SQLite file."""
    session = getattr(source, "session", None)
    if session is not None:
        from sqlalchemy import text

        return [tuple(r) for r in session.execute(text(sql), params or {})]
    return source.execute(sql, params or {}).fetchall()


def _utc(value: Any) -> dt.datetime | None:
    """A stored timestamp (naive UTC: text from SQLite, a datetime elsewhere) as an aware UTC datetime, as the
    ORM's ``UTCDateTime`` hands it back."""
    if value is None:
        return None
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def _json(value: Any, default: Any) -> Any:
    """A JSON column's value: text from SQLite (decoded here), already decoded on PostgreSQL."""
    if value is None:
        return default
    return json.loads(value) if isinstance(value, (str, bytes)) else value


def enrolled_codes(source: Any) -> list[str]:
    """The unit codes of every hamlet ever enrolled (revoked ones too), sorted."""
    return sorted({code for (code,) in rows(source, "SELECT DISTINCT unit_code FROM enrolled_keys")})


def _empty() -> dict[str, Any]:
    return {"households": 0, "residents": 0, "residents_by_residence_type": {t.value: 0 for t in ResidenceType},
            "residents_by_sex": {s.value: 0 for s in Sex}, "former_residents": 0, "deleted_residents": 0}


# One pass over the covering index ix_received_residents_counts, grouped in the index's own order (no sorting):
# the present, former and deleted residents of every hamlet by residence type and sex at once. Deleted rows
# group by their deletion time; they are summed below.
RESIDENT_COUNTS = (
    "SELECT unit_code, deleted_at, status, residence_type, sex, count(*) FROM received_residents"
    " GROUP BY unit_code, deleted_at, status, residence_type, sex")
HOUSEHOLD_COUNTS = (
    "SELECT unit_code, count(*) FROM received_households WHERE deleted_at IS NULL GROUP BY unit_code")


def by_unit(source: Any) -> dict[str, dict[str, Any]]:
    """{hamlet unit code: {"households", "residents", "residents_by_residence_type", "residents_by_sex",
    "former_residents", "deleted_residents"}} for every enrolled hamlet (zeros until its first bundle) and
    every hamlet records were received from. Current means not deleted and, for residents, present."""
    out: dict[str, dict[str, Any]] = {code: _empty() for code in enrolled_codes(source)}
    present = ResidentStatus.PRESENT.value
    for unit, deleted_at, status, rtype, sex, n in rows(source, RESIDENT_COUNTS):
        item = out.get(unit) or out.setdefault(unit, _empty())
        if deleted_at is not None:
            item["deleted_residents"] += n
        elif status == present:
            item["residents"] += n
            if rtype is not None:
                item["residents_by_residence_type"][rtype] = item["residents_by_residence_type"].get(rtype, 0) + n
            if sex is not None:
                item["residents_by_sex"][sex] = item["residents_by_sex"].get(sex, 0) + n
        elif status is not None:  # moved away, died (a resident without a status is neither)
            item["former_residents"] += n
    for unit, n in rows(source, HOUSEHOLD_COUNTS):
        out.setdefault(unit, _empty())["households"] = n
    return dict(sorted(out.items()))


# --- completeness -----------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _rules() -> dict[str, Any]:
    return json.loads(RULES_FILE.read_text(encoding="utf-8"))


DUE_DAY = "report_due_day"  # the commune_rules key
DUE_DAY_RANGE = (1, 28)  # a day every month has


def default_due_day() -> int:
    """The due day when the commune has set none (``resources/rules/commune.json``)."""
    day = int(_rules()["report_due_day_of_next_month"])
    if not DUE_DAY_RANGE[0] <= day <= DUE_DAY_RANGE[1]:
        raise ValueError(f"report_due_day_of_next_month must be 1..28, not {day}")
    return day


def due_day(source: Any = None) -> int:
    """The day of the next month by which a month's bundle is due: the commune's own rule as ``source`` holds it
    (``set_due_day``), else the default."""
    if source is not None:
        for (value,) in rows(source, "SELECT value FROM commune_rules WHERE key = :key", {"key": DUE_DAY}):
            if isinstance(value, int) and DUE_DAY_RANGE[0] <= value <= DUE_DAY_RANGE[1]:
                return value
    return default_due_day()


def set_due_day(uow: Any, value: Any) -> int:
    """Set the commune's due day (1–28; ``None`` or "" goes back to the default); returns the day now in force.
    ``commune_due_day_invalid`` for anything else, and nothing changes. Audited; the caller commits."""
    from sqlalchemy import delete, select

    from desktop_app.domain.errors import ValidationError
    from desktop_app.storage.models import CommuneRule

    text = "" if value is None else str(value).strip()
    day: int | None = None
    if text:
        if not (text.isascii() and text.isdigit()) or not DUE_DAY_RANGE[0] <= int(text) <= DUE_DAY_RANGE[1]:
            raise ValidationError("commune_due_day_invalid", value=text[:20], default=default_due_day())
        day = int(text)
    rule = uow.orm.scalars(select(CommuneRule).where(CommuneRule.key == DUE_DAY)).first()
    before = rule.value if rule is not None else None
    if day == before:
        return due_day(uow)
    if day is None:
        uow.orm.execute(delete(CommuneRule).where(CommuneRule.key == DUE_DAY))
    elif rule is None:
        uow.orm.add(CommuneRule(key=DUE_DAY, value=day))
    else:
        rule.value = day
        rule.updated_at = now()
    uow.audit("commune_rules", DUE_DAY, "update", {"value": [before, day]})
    uow.orm.flush()
    return due_day(uow)


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def due_date(year: int, month: int, day: int | None = None) -> dt.date:
    """The day the bundle reporting ``month`` must have reached the commune by (``day``: the due day, else
    the default)."""
    nxt = month_end(year, month) + dt.timedelta(days=1)
    return nxt.replace(day=day or default_due_day())


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

    @property
    def late_months(self) -> list[int]:
        return [m for m, s in enumerate(self.months, start=1) if s == LATE]


def _received_day(value: dt.datetime) -> dt.date:
    """The day a bundle reached the commune in Vietnam's time — the calendar the due day is set in —, not this
    computer's time zone (an import at 23:30 UTC on the 4th is on the 5th)."""
    return vn_day(value)


def completeness(source: Any, year: int, *, today: dt.date | None = None) -> list[HamletRow]:
    """Every enrolled hamlet (by code), with the months of ``year``: ``on_time`` / ``late`` (reported by a
    bundle imported by the due day — ``due_day(source)`` —, or after), ``missing`` (due and not reported),
    ``not_due`` (ended, due day not passed), ``future`` (not ended)."""
    today = today or vn_today()  # the due day is Vietnam's, whatever this computer's time zone
    day = due_day(source)
    names: dict[str, str] = {}
    current: set[str] = set()
    for code, name, revoked in rows(source, "SELECT unit_code, unit_name, revoked_from FROM enrolled_keys"
                                            " ORDER BY enrolled_at"):
        names[code] = name or code
        if revoked is None:
            current.add(code)
    bundles: dict[str, list[tuple[dt.date, dt.date, dt.date]]] = {code: [] for code in names}
    hamlets = {code: HamletRow(code, names[code], [], revoked=code not in current) for code in names}
    for code, status, seq, p_from, p_to, received, missing in rows(
            source, "SELECT sender_code, status, sequence, period_from, period_to, received_at, missing_sequences"
                    " FROM received_bundles WHERE kind = 'government' ORDER BY received_at"):
        row = hamlets.get(code)
        if row is None:
            continue
        received = _utc(received)
        row.last_contact = received
        if status != "imported":
            continue
        if seq is not None and (row.last_sequence is None or seq > row.last_sequence):
            row.last_sequence = seq
            row.missing_sequences = list(_json(missing, []))
        if p_from and p_to:
            bundles[code].append((dt.date.fromisoformat(p_from), dt.date.fromisoformat(p_to), _received_day(received)))
    for code, row in hamlets.items():
        for month in range(1, 13):
            end = month_end(year, month)
            arrived = [got for start, stop, got in bundles[code] if start <= end <= stop]
            due = due_date(year, month, day)
            if arrived:
                row.months.append(ON_TIME if min(arrived) <= due else LATE)
            elif end >= today:
                row.months.append(FUTURE)
            elif today <= due:
                row.months.append(NOT_DUE)
            else:
                row.months.append(MISSING)
    return [hamlets[c] for c in sorted(hamlets)]


# --- quarters, movements, mediation, documents (the overview's other figures and the commune report's) --------

QUARTER_MONTHS = ((1, 2, 3), (4, 5, 6), (7, 8, 9), (10, 11, 12))
MOVEMENT_KINDS = ("birth", "death", "move_in", "move_out")
# domain.meetings.MeetingStatus.HELD, not imported: the overview is the commune's first page, and that module's
# enums and dataclasses cost ~10 ms at start-up (a unit test checks the two agree).
MEETING_HELD = "held"


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


def _within(column: str, start: dt.date | None, end: dt.date | None) -> tuple[str, dict[str, str]]:
    """`` AND column >= :start AND column <= :end`` (either bound left out when not given) and its parameters:
    ISO date strings compare as dates, portable on every database."""
    sql, params = "", {}
    if start is not None:
        sql, params["start"] = sql + f" AND {column} >= :start", start.isoformat()
    if end is not None:
        sql, params["end"] = sql + f" AND {column} <= :end", end.isoformat()
    return sql, params


def movements_by_unit(source: Any, start: dt.date, end: dt.date) -> dict[str, dict[str, int]]:
    """{hamlet code: {"birth", "death", "move_in", "move_out"}}: the resident events received whose day is in
    ``start``–``end``, for every hamlet some were received from."""
    within, params = _within("on_date", start, end)
    kinds = ", ".join(f"'{k}'" for k in MOVEMENT_KINDS)  # constants of this module, not input
    out: dict[str, dict[str, int]] = {}
    for unit, kind, n in rows(source, "SELECT unit_code, kind, count(*) FROM received_resident_events"
                                      f" WHERE deleted_at IS NULL AND kind IN ({kinds}){within}"
                                      " GROUP BY unit_code, kind", params):
        out.setdefault(unit, dict.fromkeys(MOVEMENT_KINDS, 0))[kind] = n
    return out


# domain.mediation's figures, spelt out here: the overview is the commune's first page, and that module's enums
# and dataclasses cost ~20 ms at start-up (unit tests check that both give the same figures for every status).
OPEN_CASE_STATUSES = frozenset({"received", "assigned", "in_progress"})  # domain.mediation.OPEN_STATUSES
CASE_OUTCOMES = ("successful", "unsuccessful", "terminated", "referred")  # the other CaseStatus values
CASE_KEYS = ("received", *CASE_OUTCOMES, "in_progress")  # domain.mediation.STAT_KEYS


def case_figures(by_status: dict[str, int]) -> dict[str, Any]:
    """``domain.mediation.figures(…).as_dict()`` over cases counted by status: every case is received, an open
    one (or one with a status this version does not know) is ``in_progress``, the others count by outcome;
    ``success_rate`` is successful ÷ (successful + unsuccessful), None when neither."""
    out = dict.fromkeys(CASE_KEYS, 0)
    for status, n in by_status.items():
        out["received"] += n
        out[status if status in CASE_OUTCOMES else "in_progress"] += n
    denominator = out["successful"] + out["unsuccessful"]
    out["success_rate"] = round(out["successful"] / denominator, 4) if denominator else None
    out["success_rate_denominator"] = denominator
    return out


def mediation_by_unit(source: Any, start: dt.date | None = None,
                      end: dt.date | None = None) -> dict[str, dict[str, Any]]:
    """{hamlet code: the mediation statistics (``domain.mediation.figures``: received, successful, unsuccessful,
    terminated, referred, in_progress, success_rate, success_rate_denominator)} over the cases received from it
    whose ``received_on`` is in ``start``–``end`` (every case when not given), each by its current status."""
    within, params = _within("received_on", start, end)
    statuses: dict[str, dict[str, int]] = {}
    for unit, status, n in rows(source, "SELECT unit_code, status, count(*) FROM received_mediation_cases"
                                        f" WHERE deleted_at IS NULL AND status IS NOT NULL{within}"
                                        " GROUP BY unit_code, status", params):
        statuses.setdefault(unit, {})[status] = n
    return {unit: case_figures(s) for unit, s in sorted(statuses.items())}


def documents_by_unit(source: Any, start: dt.date, end: dt.date) -> dict[str, int]:
    """{hamlet code: the documents received from it dated (``issued_on``) in ``start``–``end``}."""
    within, params = _within("issued_on", start, end)
    return dict(rows(source, "SELECT unit_code, count(*) FROM received_documents"
                             f" WHERE deleted_at IS NULL{within} GROUP BY unit_code", params))


def meetings_by_unit(source: Any, start: dt.date, end: dt.date) -> dict[str, int]:
    """{hamlet code: the government meetings received from it held (status ``held``) on a day in
    ``start``–``end``}."""
    within, params = _within("date", start, end)
    return dict(rows(source, "SELECT unit_code, count(*) FROM received_meetings"
                             f" WHERE deleted_at IS NULL AND status = :held{within} GROUP BY unit_code",
                     {**params, "held": MEETING_HELD}))


def _utc_bound(day: dt.date) -> str:
    """The start of ``day`` in Vietnam's time (the day an event happened, as the hamlet's report counts it —
    not this computer's time zone) as the UTC ISO text the hamlets send ``occurred_at`` in."""
    return dt.datetime.combine(day, dt.time(), tzinfo=VN_TZ).astimezone(dt.UTC).isoformat()


def security_by_unit(source: Any, start: dt.date, end: dt.date) -> dict[str, dict[str, int]]:
    """{hamlet code: {"events", "resolved"}}: the security-order events received from it that occurred (local
    day) in ``start``–``end``, and how many of them are resolved."""
    out: dict[str, dict[str, int]] = {}
    for unit, status, n in rows(source, "SELECT unit_code, status, count(*) FROM received_security_events"
                                        " WHERE deleted_at IS NULL AND occurred_at >= :start AND occurred_at < :end"
                                        " GROUP BY unit_code, status",
                                {"start": _utc_bound(start), "end": _utc_bound(end + dt.timedelta(days=1))}):
        item = out.setdefault(unit, {"events": 0, "resolved": 0})
        item["events"] += n
        if status == "resolved":
            item["resolved"] += n
    return out


# The newest imported government bundle of each hamlet that carries a report (of a period ended by :until).
NEWEST_REPORTS = (
    "SELECT b.sender_code, b.sequence, b.report FROM received_bundles b JOIN ("
    " SELECT sender_code, max(sequence) AS sequence FROM received_bundles"
    " WHERE status = 'imported' AND kind = 'government' AND report IS NOT NULL AND period_to <= :until"
    " GROUP BY sender_code) n ON b.sender_code = n.sender_code AND b.sequence = n.sequence"
    " WHERE b.status = 'imported' AND b.kind = 'government'")


def assessments_by_unit(source: Any, until: dt.date | None = None) -> dict[str, dict[str, Any]]:
    """{hamlet code: {"year", "passed", "criteria_passed", "sequence"}}: the yearly "An toàn về an ninh, trật tự"
    assessment as each hamlet's newest imported bundle reports it (``security.assessment_*`` of its
    data/report.json: the newest assessment the head decided, of the year the bundle's period ends in or the one
    before); with ``until``, the newest bundle whose period ended by that day (the state at a report period's
    end). A hamlet whose bundle reports none — or came before the commune kept reports — is absent."""
    out: dict[str, dict[str, Any]] = {}
    bound = (until or dt.date.max).isoformat()
    for code, sequence, report in rows(source, NEWEST_REPORTS, {"until": bound}):
        figures = _json(report, {}).get("figures") or {}
        year, passed = figures.get("security.assessment_year"), figures.get("security.assessment_passed")
        if isinstance(year, int) and passed in (0, 1):
            criteria = figures.get("security.assessment_criteria_passed")
            out[code] = {"year": year, "passed": bool(passed), "sequence": sequence,
                         "criteria_passed": dict(criteria) if isinstance(criteria, dict) else {}}
    return out


@dataclass
class Overview:
    """Everything the overview page shows for ``year``: the grid's rows and each hamlet's figures."""

    year: int
    rows: list[HamletRow]
    population: dict[str, dict[str, Any]]
    mediation: dict[str, dict[str, Any]]
    meetings: dict[str, int]
    security: dict[str, dict[str, int]]
    assessments: dict[str, dict[str, Any]] = field(default_factory=dict)
    due_day: int = 0  # the day of the next month a month's bundle was due by, as the grid counted it


def overview(source: Any, year: int, *, today: dt.date | None = None) -> Overview:
    """The overview of ``year`` read in one go on one connection (or unit of work)."""
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    return Overview(year, completeness(source, year, today=today), by_unit(source),
                    mediation_by_unit(source, start, end), meetings_by_unit(source, start, end),
                    security_by_unit(source, start, end), assessments_by_unit(source), due_day(source))
