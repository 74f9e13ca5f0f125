"""Search as you type over residents' names and personal ID numbers.

Ranking (best first): the exact name with its diacritics; the exact name ignoring diacritics and đ/d;
every query word a whole word of the name; every query word a prefix of a word of the name. ID
numbers match by prefix. Within a rank, Vietnamese name order. Each query word may be typed plainly
("nguyen"), with its diacritics, or in Telex ("nguyeenx"): all its readings are tried.

Each rank is one indexed query (an equality on an indexed column, or the FTS5 index) that stops at
``limit`` rows, so a query costs little even over a commune's 40,000 people.
"""

from __future__ import annotations

import itertools
import re

from sqlalchemy import select, text

from desktop_app.domain.people import ResidentStatus, clean_name
from desktop_app.domain.vietnamese import fold, query_variants, telex_to_vietnamese
from desktop_app.services.register import ResidentView, resident_view
from desktop_app.storage.models import Household, Resident
from desktop_app.storage.uow import UnitOfWork

MAX_COMBINATIONS = 32
_TOKEN = re.compile(r"[a-z0-9]+")


def _word_readings(query: str) -> list[tuple[str, ...]]:
    """For each typed word, its distinct folded readings (plain and Telex), split into index tokens."""
    readings = []
    for word in query.split():
        variants = []
        for v in query_variants(word):
            for token in _TOKEN.findall(v):
                if token not in variants:
                    variants.append(token)
        if variants:
            readings.append(tuple(variants))
    return readings


def _fts_query(readings: list[tuple[str, ...]], *, prefix: bool) -> str:
    star = "*" if prefix else ""
    groups = []
    for variants in readings:
        alts = " OR ".join(f'"{v}"{star}' for v in variants)
        groups.append(f"({alts})" if len(variants) > 1 else alts)
    # Column filter: names only; ID numbers are searched separately by prefix on their own index.
    return "search_key : (" + " AND ".join(groups) + ")"


def search_residents(
    uow: UnitOfWork, query: str, *, limit: int = 50, include_former: bool = False, unit_code: str | None = None
) -> list[ResidentView]:
    assert uow.session is not None
    s = uow.session
    q = " ".join(query.split())
    if not q or limit <= 0:
        return []

    def base(stmt):
        stmt = stmt.where(Resident.deleted_at.is_(None))
        if not include_former:
            stmt = stmt.where(Resident.status == ResidentStatus.PRESENT.value)
        if unit_code:
            stmt = stmt.where(Resident.unit_code == unit_code)
        return stmt

    found: list[str] = []
    seen: set[str] = set()

    def take(stmt) -> None:
        remaining = limit - len(found)
        if remaining <= 0:
            return
        if seen:
            stmt = stmt.where(Resident.id.not_in(seen))
        for rid in s.scalars(base(stmt).order_by(Resident.sort_key, Resident.id).limit(remaining)):
            found.append(rid)
            seen.add(rid)

    compact = re.sub(r"[\s.]", "", q)
    if compact.isdigit():
        # ID numbers: a prefix of the 12 digits, on the personal_id index.
        take(select(Resident.id).where(Resident.personal_id.between(compact, compact + "~")))
    else:
        readings = _word_readings(q)
        # Exact with diacritics, as typed or as Telex spells it ("nguyeenx vawn aans" → "Nguyễn Văn Ấn").
        spelled = [dict.fromkeys((w, telex_to_vietnamese(w))) for w in q.split()]
        exact = {clean_name(" ".join(c)) for c in itertools.islice(itertools.product(*spelled), MAX_COMBINATIONS)}
        take(select(Resident.id).where(Resident.full_name.in_(exact)))
        combos = list(itertools.islice(itertools.product(*readings), MAX_COMBINATIONS)) if readings else []
        folded = {" ".join(c) for c in combos} | {fold(q)}
        take(select(Resident.id).where(Resident.search_key.in_(folded)))
        if readings:
            for prefix in (False, True):
                match = text("residents.rowid IN (SELECT rowid FROM resident_fts WHERE resident_fts MATCH :m)")
                take(select(Resident.id).where(match.bindparams(m=_fts_query(readings, prefix=prefix))))
    if not found:
        return []
    rows = {
        r.id: resident_view(r, no)
        for r, no in s.execute(select(Resident, Household.number).join(Household).where(Resident.id.in_(found)))
    }
    return [rows[i] for i in found if i in rows]
