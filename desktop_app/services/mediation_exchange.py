"""Mediation in the government bundle (docs/bundle-format.md, sections 7.2 and 8).

What goes to the commune:

- the report figures (``report_figures``): the year-to-date statistics — over the cases received from
  1 January of the year the bundle's period ends to its last day, each by its current state — as
  ``sothon mediation stats --period YYYY`` counts them on that day (the bundle's own period runs from the
  last acknowledged export and says nothing about when cases were received; the months and quarters the
  commune can count from the log);
- the case log (``collect_records``): one ``mediation_case`` record per case of the unit, always
  pseudonymised with the register's pseudonym scheme (``bundles.pseudonym``): the case's id and each party's
  id are pseudonyms, a party who is a resident refers to the resident's pseudonym, and no name, address,
  claim, summary, session summary or agreement text ever goes. A confidential case carries no parties at
  all, only how many there were;
- the signed papers that name parties go as documents only with ``--named-documents`` (they are
  ``personal``), and never those of a confidential case: ``withheld_documents`` lists the agreement and
  failure papers of confidential cases and the log books of years that hold a confidential case, which the
  export holds back whatever was chosen.

A case's record changes whenever the case or anything hanging from it changes: its version is the sum of
the versions of the case and of every row of it (sessions, parties, … deleted ones too), so it only grows.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from desktop_app.bundles import pseudonym
from desktop_app.domain.clock import VN_TZ
from desktop_app.domain.mediation import STAT_KEYS, CaseStatus, Period, statistics
from desktop_app.storage.models import (
    IssuedDocument,
    MediationAgreement,
    MediationAssignment,
    MediationCase,
    MediationFollowUp,
    MediationObligation,
    MediationParty,
    MediationSession,
)

RECORD_TYPE = "mediation_case"
PARTY_TYPE = "mediation_party"  # the pseudonym type of a party (an outsider has no resident pseudonym)
FIGURE_PREFIX = "mediation."
_CASE_PAPERS = ("mediation_agreement", "mediation_failure")
_LOG_BOOK = "mediation_log"


def _iso_time(value: dt.datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.isoformat()


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


# --- the report figures ------------------------------------------------------------------------------


def report_figures(uow: Any, unit_code: str, period: dict[str, str]) -> dict[str, Any]:
    """The figures of data/report.json for the cases received from 1 January of the year ``period`` ({"from",
    "to"}, ISO dates) ends in, to its end: ``mediation.<key>`` for received, successful, unsuccessful, terminated, referred, in_progress, and
    ``mediation.success_rate`` (0–1, null when nothing was closed either way) with
    ``mediation.success_rate_denominator``; ``mediation.<key>_by_type``: {type group: count}."""
    from desktop_app.services.mediation import rules

    end = dt.date.fromisoformat(period["to"])
    start = dt.date(end.year, 1, 1)
    rows = uow.session.execute(select(MediationCase.received_on, MediationCase.status, MediationCase.type_group)
                               .where(MediationCase.unit_code == unit_code, MediationCase.deleted_at.is_(None),
                                      MediationCase.received_on >= start, MediationCase.received_on <= end))
    groups = [g.code for g in rules(end).groups]
    s = statistics(Period(f"{start.isoformat()}/{end.isoformat()}", start, end),
                   [(d, CaseStatus(st), g) for d, st, g in rows], groups)
    total = s.total.as_dict()
    out: dict[str, Any] = {f"{FIGURE_PREFIX}{k}": total[k] for k in STAT_KEYS}
    out[f"{FIGURE_PREFIX}success_rate"] = total["success_rate"]
    out[f"{FIGURE_PREFIX}success_rate_denominator"] = total["success_rate_denominator"]
    for k in STAT_KEYS:
        out[f"{FIGURE_PREFIX}{k}_by_type"] = {g: getattr(f, k) for g, f in s.by_type.items()}
    return out


# --- the case log ------------------------------------------------------------------------------------


def _children(uow: Any, case_ids: list[str]) -> dict[str, list[Any]]:
    """Every row hanging from each case (deleted ones too: their versions count)."""
    s = uow.session
    out: dict[str, list[Any]] = defaultdict(list)
    if not case_ids:
        return out
    for model in (MediationParty, MediationAssignment, MediationSession, MediationAgreement, MediationFollowUp):
        for row in s.scalars(select(model).where(model.case_id.in_(case_ids))):
            out[row.case_id].append(row)
    agreements = {row.id: row.case_id for rows in out.values() for row in rows
                  if isinstance(row, MediationAgreement)}
    if agreements:
        for row in s.scalars(select(MediationObligation).where(MediationObligation.agreement_id.in_(list(agreements)))):
            out[agreements[row.agreement_id]].append(row)
    return out


def _fields(c: MediationCase, rows: list[Any], key: bytes) -> dict[str, Any]:
    live = [r for r in rows if r.deleted_at is None]
    parties = sorted((r for r in live if isinstance(r, MediationParty)), key=lambda p: p.position)
    assignments = [r for r in live if isinstance(r, MediationAssignment)]
    sessions = sorted((r for r in live if isinstance(r, MediationSession)), key=lambda x: x.held_on)
    agreement = next((r for r in live if isinstance(r, MediationAgreement)), None)
    obligations = [r for r in live if isinstance(r, MediationObligation)
                   and agreement is not None and r.agreement_id == agreement.id]
    checks = sorted((r for r in live if isinstance(r, MediationFollowUp)), key=lambda f: f.checked_on)
    fields: dict[str, Any] = {
        "number": c.number, "year": c.year, "received_on": c.received_on.isoformat(),
        "start_ground": c.start_ground, "case_type": c.case_type, "type_group": c.type_group,
        "confidential": bool(c.confidential), "urgent": bool(c.urgent),
        "start_agreed_otherwise": bool(c.start_agreed_otherwise),
        "status": c.status, "status_on": c.status_on.isoformat(),
        "party_count": sum(p.kind == "party" for p in parties),
        "interested_count": sum(p.kind != "party" for p in parties),
        "mediator_count": len({a.member_id for a in assignments}),
        "first_assigned_on": _day(min((a.assigned_on for a in assignments), default=None)),
        "session_dates": [x.held_on.isoformat() for x in sessions],
        "escalated_on": _day(c.escalated_on.astimezone(VN_TZ).date()) if c.escalated_on else None,
        "scope_ground": c.scope_ground, "referred_to": c.referred_to, "referred_on": _day(c.referred_on),
        "closed_on": _day(c.closed_on),
        "agreed_on": _day(agreement.agreed_on) if agreement else None,
        "obligation_deadlines": sorted(o.deadline.isoformat() for o in obligations if o.deadline),
        "performance": c.performance,
        "follow_ups": [{"checked_on": f.checked_on.isoformat(), "performed": bool(f.performed)} for f in checks],
    }
    if not c.confidential:
        # Who took part, as pseudonyms: a resident by the register's resident pseudonym (the same one the
        # pseudonymised register carries), an outsider by a pseudonym of the party alone.
        fields["parties"] = [{
            "id": pseudonym.pseudonym_id(key, PARTY_TYPE, p.id), "kind": p.kind,
            "resident_id": pseudonym.pseudonym_id(key, "resident", p.resident_id) if p.resident_id else None,
            "birth_year": p.birth_year} for p in parties]
    return fields


def collect_records(uow: Any, unit_code: str, since: dt.datetime | None,
                    pseudonym_key: Callable[[], bytes]) -> list[dict[str, Any]]:
    """The ``mediation_case`` upserts and tombstones (records.schema.json) of every case of the unit that
    changed after ``since`` (all when None), pseudonymised with ``pseudonym_key()`` (``pseudonym.pseudonym_key``
    for the bundle's recipient and kind; asked for only when there is a case)."""
    cases = list(uow.session.scalars(select(MediationCase).where(MediationCase.unit_code == unit_code)))
    if not cases:
        return []
    key = pseudonym_key()
    children = _children(uow, [c.id for c in cases])
    since = _aware(since)
    out: list[dict[str, Any]] = []
    for c in sorted(cases, key=lambda c: (c.year, c.seq, c.id)):
        rows = children.get(c.id, [])
        version = c.version + sum(r.version for r in rows)
        stamps = [t for r in (c, *rows) for t in (_aware(r.updated_at), _aware(r.deleted_at)) if t is not None]
        if since is not None and not any(t > since for t in stamps):
            continue
        rid = pseudonym.pseudonym_id(key, RECORD_TYPE, c.id)
        if c.deleted_at is not None:
            out.append({"id": rid, "type": RECORD_TYPE, "version": version, "pseudonymised": True,
                        "deleted_at": _iso_time(c.deleted_at)})
            continue
        out.append({"id": rid, "type": RECORD_TYPE, "version": version, "pseudonymised": True,
                    "updated_at": _iso_time(max(stamps)), "unit_code": c.unit_code, "fields": _fields(c, rows, key)})
    return out


# --- the papers that never go --------------------------------------------------------------------------


def withheld_documents(uow: Any, unit_code: str) -> set[str]:
    """Ids of the unit's signed documents that name a confidential case's parties: that case's agreement or
    failure paper, and the log book of a year with a confidential case (its leader sees every name)."""
    confidential = list(uow.session.execute(select(MediationCase.id, MediationCase.year).where(
        MediationCase.unit_code == unit_code, MediationCase.confidential.is_(True),
        MediationCase.deleted_at.is_(None))))
    if not confidential:
        return set()
    ids = {cid for cid, _ in confidential}
    years = {year for _, year in confidential}
    out: set[str] = set()
    for doc_id, kind, record_id, year in uow.session.execute(
            select(IssuedDocument.id, IssuedDocument.kind, IssuedDocument.record_id, IssuedDocument.year).where(
                IssuedDocument.unit_code == unit_code,
                IssuedDocument.kind.in_([*_CASE_PAPERS, _LOG_BOOK]))):
        if (kind in _CASE_PAPERS and record_id in ids) or (kind == _LOG_BOOK and year in years):
            out.add(doc_id)
    return out
