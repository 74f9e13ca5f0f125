"""Commune mode: the commune at a glance, from the records its hamlets sent (``services.commune_import``).

``by_unit(uow)``: each enrolled hamlet's counts under the same keys as a hamlet's own ``sothon stats``. The
queries are portable SQLAlchemy (no SQLite-only SQL), so the same code serves a province server.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from desktop_app.domain.people import ResidenceType, ResidentStatus, Sex
from desktop_app.services import enrolment
from desktop_app.storage.models import ReceivedHousehold, ReceivedResident


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
