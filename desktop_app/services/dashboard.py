"""The dashboard's figures: the hamlet at a glance, read with plain SQL (no ORM import), so the hamlet head's
first page shows them at start-up as fast as the register would.

``glance`` takes a DB-API connection (``App.reader()`` or ``UnitOfWork.dbapi()``) and returns plain data:
population, security-order events per month by category, this year's mediation outcomes, meetings held per
month by body, the outbox's states, and the reminders that need no rule engine (temporary residences ending,
meeting tasks not done, the periodic report due). What needs the services' rules — the assessment's status and
the mediation cases started late — is ``services.security.dashboard_checks``, which the window computes in the
background once this is shown; ``services.security.dashboard`` returns both together.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from desktop_app.domain.clock import VN_TZ, vn_today
from desktop_app.domain.mediation import CaseStatus, Period, figures
from desktop_app.paths import RESOURCES
from desktop_app.services import views
from desktop_app.storage import dashboard_reads as reads

REMINDER_DAYS = 30  # temporary residences ending within this many days
REPORT_KIND = "security_report"  # documents.kinds.SECURITY_REPORT (not imported: it pulls in reportlab)
BODIES = ("hamlet", "party_cell", "security", "mediation_team", "other")
OUTBOX_STATES = ("pending", "sending", "delivered", "sent", "acknowledged", "rejected")  # as services.exchange


@lru_cache(maxsize=1)
def _categories() -> dict[str, str]:
    """The event categories of the rule set in force today: code → label (the rule set's order)."""
    from desktop_app.domain.security import rules_from_data

    data = json.loads((RESOURCES / "rules" / "security.json").read_text(encoding="utf-8"))
    r = rules_from_data(data, on=vn_today())
    return {c.code: c.label for c in r.categories.values()}


def month_back(day: dt.date, months: int) -> dt.date:
    """The first day of the month ``months`` before ``day``'s month."""
    m = day.year * 12 + day.month - 1 - months
    return dt.date(m // 12, m % 12 + 1, 1)


def last_months(today: dt.date, n: int = 12) -> list[str]:
    """The ``n`` months up to ``today``'s, oldest first, as ``YYYY-MM``."""
    return [month_back(today, n - 1 - i).strftime("%Y-%m") for i in range(n)]


def _vn_month(stored: str) -> str:
    """The Vietnamese month (``YYYY-MM``) of a timestamp stored as naive UTC text."""
    at = dt.datetime.fromisoformat(str(stored)).replace(tzinfo=dt.UTC)
    return at.astimezone(VN_TZ).strftime("%Y-%m")


# --- the periodic report due -----------------------------------------------------------------------


def previous_period(today: dt.date, cadence: str) -> Period:
    """The last complete month (``monthly``) or quarter (``quarterly``) before ``today``."""
    if cadence == "quarterly":
        q = (today.month - 1) // 3  # the current quarter's index 0…3
        y, q = (today.year - 1, 4) if q == 0 else (today.year, q)
        return Period.parse(f"{y}-Q{q}")
    first = month_back(today, 1)
    return Period.parse(first.strftime("%Y-%m"))


def _report_period(record_id: str | None, issued_on: str) -> str:
    """The period a kept report is for: its record (``2026-Q3``), else the month of its date (as the documents
    page makes it: the period of the report is the month of its ``on`` day, which is its date)."""
    return (record_id or str(issued_on)[:7]).upper()


@dataclass(frozen=True)
class ReportState:
    period: Period
    cadence: str  # monthly | quarterly (as the hamlet's last kept report, monthly by default)
    state: str  # missing | signed (kept, in no bundle yet) | sent (in a bundle not acknowledged) | acknowledged
    document_id: str | None
    number: str | None

    @property
    def due(self) -> bool:
        return self.state in ("missing", "signed")


def report_state(conn: Any, unit_code: str, *, today: dt.date) -> ReportState:
    """Whether the report to the commune for the last complete period was made and sent: the signed and kept
    report (register of issued documents) and the government bundles that carried it (outbox). A bundle the
    commune rejected did not deliver it."""
    kept = reads.kept_reports(conn, unit_code, REPORT_KIND)
    cadence = "quarterly" if kept and "Q" in _report_period(kept[0][1], kept[0][2]) else "monthly"
    period = previous_period(today, cadence)
    mine = [k for k in kept if _report_period(k[1], k[2]) == period.code]
    if not mine:
        return ReportState(period, cadence, "missing", None, None)
    best = "signed"
    order = ("signed", "sent", "acknowledged")
    ids = {k[0] for k in mine}
    for state, carried in reads.carried_documents(conn):
        items = json.loads(carried) if isinstance(carried, str) else (carried or [])
        doc_ids = {str(i[0]) if isinstance(i, (list, tuple)) else str(i) for i in items}
        if state == "rejected" or not ids & doc_ids:
            continue
        found = "acknowledged" if state == "acknowledged" else "sent"
        if order.index(found) > order.index(best):
            best = found
    return ReportState(period, cadence, best, mine[0][0], mine[0][3])


# --- the whole first read ---------------------------------------------------------------------------


def glance(conn: Any, *, unit_code: str, today: dt.date, party: bool = False) -> dict:
    """The dashboard's figures read with plain SQL (``party``: the viewer may see the party cell's meetings).

    Returns ``population`` {households, residents, by_residence_type, by_sex}; ``events_per_month``
    {YYYY-MM: {category: n}} over the last 12 months (Vietnamese months); ``categories`` {code: label};
    ``mediation`` (this year's figures over the cases received in it, as ``mediation stats``);
    ``meetings_per_month`` {YYYY-MM: {body: n}}; ``outbox`` {state: n}; ``expiring`` [(resident id, full name,
    household number, residence ends on)]; ``tasks`` [{id, text, deadline, owner, meeting_id, meeting_number,
    overdue}]; ``report`` (``ReportState``)."""
    stats = views.stats(conn, unit_code=unit_code)
    months = last_months(today)
    first = dt.date.fromisoformat(months[0] + "-01")
    since = dt.datetime.combine(first, dt.time.min, VN_TZ).astimezone(dt.UTC).replace(tzinfo=None)
    categories = _categories()
    per_month = {m: dict.fromkeys(categories, 0) for m in months}
    for stored, category in reads.event_times(conn, unit_code, since_utc=since.isoformat(sep=" ")):
        key = _vn_month(stored)
        if key in per_month:
            per_month[key][category] = per_month[key].get(category, 0) + 1
    statuses = reads.case_statuses(conn, unit_code, start=f"{today.year}-01-01", end=f"{today.year}-12-31")
    mediation = figures(CaseStatus(s) for s in statuses).as_dict()
    end = dt.date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    meetings = {m: dict.fromkeys(BODIES, 0) for m in months}
    for held_on, body in reads.held_meetings(conn, unit_code, start=first.isoformat(), end=end.isoformat(),
                                             party=party):
        key = str(held_on)[:7]
        if key in meetings:
            meetings[key][body] = meetings[key].get(body, 0) + 1
    states = dict.fromkeys(OUTBOX_STATES, 0)
    for state, n in reads.outbox_states(conn):
        states[state] = n
    expiring = [(r.id, r.full_name, r.household_no, r.residence_to)
                for r in views.expiring_temporary_residents(conn, today=today, within_days=REMINDER_DAYS)
                if r.unit_code == unit_code]
    tasks = []
    for task_id, text, deadline, owner, meeting_id, number in reads.open_tasks(conn, unit_code, party=party):
        day = dt.date.fromisoformat(str(deadline)) if deadline else None
        tasks.append({"id": task_id, "text": text, "deadline": day, "owner": owner, "meeting_id": meeting_id,
                      "meeting_number": number, "overdue": day is not None and day < today})
    return {"today": today,
            "population": {"households": stats.households, "residents": stats.residents,
                           "by_residence_type": dict(stats.by_residence_type), "by_sex": dict(stats.by_sex)},
            "events_per_month": per_month, "categories": categories, "mediation": mediation,
            "meetings_per_month": meetings, "outbox": states, "expiring": expiring, "tasks": tasks,
            "report": report_state(conn, unit_code, today=today)}

