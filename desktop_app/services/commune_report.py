"""Commune mode: the commune's periodic report (document kind ``commune_report``), from what its hamlets sent.

``parse_period`` reads a month (2026-07), a quarter (2026-Q3) or a year (2026) that has begun;
``report_figures(uow, period)`` computes every figure from the received records (``services.commune_overview``)
and the same dictionary goes into the PDF (``documents.kinds.commune``) and the command line's JSON;
``report_document(app, period=…)`` builds the document, with the commune officer printed as its signer.
The commune's UBND is the issuing body; the signed copy is kept in the register of issued documents like every
other (``archive.issue(app, "commune_report", record_id=period)``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select

from desktop_app.domain.clock import vn_today
from desktop_app.domain.errors import SothonError, ValidationError
from desktop_app.domain.mediation import STAT_KEYS
from desktop_app.domain.mediation import Period as ReportPeriod
from desktop_app.domain.people import ResidenceType, Sex
from desktop_app.domain.units import Role, UnitKind
from desktop_app.services import commune_overview as ov
from desktop_app.storage.models import ReceivedBundle

COMMUNE_REPORT = "commune_report"


def parse_period(text: str, *, today: dt.date | None = None) -> ReportPeriod:
    """A month (2026-07), a quarter (2026-Q3) or a year (2026) that has begun (``commune_report_period_invalid``,
    ``commune_report_period_not_begun``)."""
    today = today or vn_today()  # the commune's calendar is Vietnam's
    try:
        p = ReportPeriod.parse(text)
    except ValidationError:
        raise ValidationError("commune_report_period_invalid", field="period", value=text) from None
    if p.start > today:
        raise ValidationError("commune_report_period_not_begun", field="period", start=p.start.strftime("%d/%m/%Y"))
    return p


def _months(period: ReportPeriod) -> list[int]:
    return list(range(period.start.month, period.end.month + 1))


def _bundles_in(uow: Any, period: ReportPeriod) -> dict[str, int]:
    """{hamlet code: the government bundles imported from it whose period overlaps ``period``}."""
    b = ReceivedBundle
    return dict(uow.session.execute(select(b.sender_code, func.count()).where(
        b.status == "imported", b.kind == "government", b.period_from <= period.end.isoformat(),
        b.period_to >= period.start.isoformat()).group_by(b.sender_code)).all())


def _state(months: dict[int, str]) -> str:
    """A hamlet's reporting over the period's months: ``missing`` (a month due and not received), ``late``,
    ``not_due`` (a month ended, not due yet, none missing), ``future`` (the period not over) or ``on_time``."""
    return ov.quarter_status(list(months.values()))


def _add(total: dict[str, Any], item: dict[str, Any]) -> None:
    for key, value in item.items():
        if isinstance(value, dict):
            _add(total.setdefault(key, {}), value)
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            total[key] = total.get(key, 0) + value


def _assessment(item: dict[str, Any] | None) -> dict[str, Any] | None:
    return {"year": item["year"], "passed": item["passed"]} if item else None


def report_figures(uow: Any, period: ReportPeriod, *, today: dt.date | None = None) -> dict[str, Any]:
    """Every figure of the commune report for ``period``, from the records received:

    {"period": {"code", "from", "to"}, "complete" (the period is over), "as_of" (today), "due_day" (the day of
    the next month a month's bundle is due by, ``commune_overview.due_day``),
    "hamlets": [{"code", "name", "revoked", "households", "residents", "residents_by_sex",
    "residents_by_residence_type", "former_residents", "movements": {"birth", "death", "move_in", "move_out"},
    "mediation": {…as ``sothon mediation stats``…}, "meetings" (held in the period),
    "security": {"events", "resolved"} (security-order events that occurred in the period), "assessment":
    {"year", "passed"} or null (the yearly safety assessment as the hamlet's newest bundle of the period's end
    reports it), "documents", "bundles", "last_contact", "months":
    {"7": "on_time", …}, "missing_months", "late_months", "state"}], "totals": {the same counts added up,
    with the mediation success rate of the commune and "assessment": {"passed", "failed", "none"}}, "missing": [codes], "late": [codes]}.

    Households and residents are the current counts (at the time of the report); movements, mediation cases
    (by ``received_on``), meetings (by their day), security-order events (by ``occurred_at``), documents (by ``issued_on``) and bundles are those of the period."""
    today = today or vn_today()  # the commune's calendar is Vietnam's
    start, end = period.start, period.end
    rows = ov.completeness(uow, start.year, today=today)
    population = ov.by_unit(uow)
    moves = ov.movements_by_unit(uow, start, end)
    mediation = ov.mediation_by_unit(uow, start, end)
    documents = ov.documents_by_unit(uow, start, end)
    meetings = ov.meetings_by_unit(uow, start, end)
    security = ov.security_by_unit(uow, start, end)
    assessments = ov.assessments_by_unit(uow, until=end)
    bundles = _bundles_in(uow, period)
    hamlets = []
    empty_mediation = {k: 0 for k in STAT_KEYS} | {"success_rate": None, "success_rate_denominator": 0}
    for row in rows:
        pop = population.get(row.code) or ov._empty()
        months = {m: row.months[m - 1] for m in _months(period)}
        hamlets.append({
            "code": row.code, "name": row.name, "revoked": row.revoked,
            "households": pop["households"], "residents": pop["residents"],
            "residents_by_sex": dict(pop["residents_by_sex"]),
            "residents_by_residence_type": dict(pop["residents_by_residence_type"]),
            "former_residents": pop["former_residents"],
            "movements": moves.get(row.code) or dict.fromkeys(ov.MOVEMENT_KINDS, 0),
            "mediation": mediation.get(row.code) or dict(empty_mediation),
            "meetings": meetings.get(row.code, 0),
            "security": security.get(row.code) or {"events": 0, "resolved": 0},
            "assessment": _assessment(assessments.get(row.code)),
            "documents": documents.get(row.code, 0), "bundles": bundles.get(row.code, 0),
            "last_contact": row.last_contact.isoformat() if row.last_contact else None,
            "months": {str(m): s for m, s in months.items()},
            "missing_months": [m for m, s in months.items() if s == ov.MISSING],
            "late_months": [m for m, s in months.items() if s == ov.LATE],
            "state": _state(months),
        })
    totals: dict[str, Any] = {"hamlets": len(hamlets), "households": 0, "residents": 0,
                              "residents_by_sex": {s.value: 0 for s in Sex},
                              "residents_by_residence_type": {t.value: 0 for t in ResidenceType},
                              "former_residents": 0, "movements": dict.fromkeys(ov.MOVEMENT_KINDS, 0),
                              "mediation": {k: 0 for k in STAT_KEYS}, "meetings": 0,
                              "security": {"events": 0, "resolved": 0}, "documents": 0, "bundles": 0}
    for h in hamlets:
        _add(totals, {k: v for k, v in h.items() if k in totals})
    totals["assessment"] = {
        "passed": sum(1 for h in hamlets if h["assessment"] and h["assessment"]["passed"]),
        "failed": sum(1 for h in hamlets if h["assessment"] and not h["assessment"]["passed"]),
        "none": sum(1 for h in hamlets if not h["assessment"])}
    med = totals["mediation"]
    med.pop("success_rate", None)
    denominator = med.get("successful", 0) + med.get("unsuccessful", 0)
    med["success_rate_denominator"] = denominator
    med["success_rate"] = round(med["successful"] / denominator, 4) if denominator else None  # as a hamlet rounds it
    return {
        "period": {"code": period.code, "from": start.isoformat(), "to": end.isoformat()},
        "complete": today > end, "as_of": today.isoformat(), "due_day": ov.due_day(uow),
        "hamlets": hamlets, "totals": totals,
        "missing": [h["code"] for h in hamlets if h["missing_months"]],
        "late": [h["code"] for h in hamlets if h["late_months"]],
    }


def require_commune(app: Any) -> None:
    if app.unit is None:
        raise ValidationError("not_initialised")
    if app.unit.kind is not UnitKind.COMMUNE:
        raise SothonError("commune_only", unit=app.unit.name or app.unit.code)


def report_document(app: Any, *, period: str, signer: str | None, number: int | None, date: dt.date | None):
    """The report's ``Document`` for ``period`` (refused in a hamlet's copy and before the period begins),
    with ``signer`` printed as its signer (default: the first commune officer's profile)."""
    from desktop_app.documents.kinds.commune import commune_report
    from desktop_app.services import views

    require_commune(app)
    today = vn_today()
    p = parse_period(period, today=max(today, date or today))
    with app.uow() as uow:
        figures = report_figures(uow, p, today=date or today)
        if signer is None:
            signer = views.first_name_in_role(uow.dbapi(), Role.COMMUNE_OFFICER)
    return commune_report(app.unit, figures, signer=signer, number=number, date=date or today)
