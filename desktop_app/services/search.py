"""Search as you type over residents' names and personal ID numbers.

Ranking (best first): the exact name with its diacritics (as typed, or as its Telex spells it); the exact
name ignoring diacritics and đ/d; every query word a whole word of the name; every query word a prefix of
a word of the name. ID numbers match by prefix. Within a rank, Vietnamese name order. Each query word may
be typed plainly ("nguyen"), with its diacritics, or in Telex ("nguyeenx"): all its readings are tried.

Each rank is one indexed query (an equality on an indexed column, or the FTS5 index) that stops at
``limit`` rows, so a query costs a few milliseconds even over a commune's 40,000 people. Plain SQL on a
DB-API connection (``App.reader()`` or ``UnitOfWork.dbapi()``): search needs no ORM.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from desktop_app.domain.people import clean_name
from desktop_app.domain.vietnamese import fold, query_variants, telex_to_vietnamese
from desktop_app.services.views import (
    ResidentFilter,
    ResidentView,
    resident_where,
    residents_by_id,
    without_status_index,
)

MAX_COMBINATIONS = 32
MAX_QUERY_CHARS = 120
MAX_QUERY_WORDS = 8
MAX_RESULTS = 500
_TOKEN = re.compile(r"[a-z0-9]+")


def _word_readings(query: str) -> list[tuple[str, ...]]:
    """For each typed word, its distinct folded readings (plain and Telex), split into index tokens."""
    readings = []
    for word in query.split():
        variants: list[str] = []
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
    source: Any, query: str, *, limit: int = 50, include_former: bool = False, unit_code: str | None = None,
    where: ResidentFilter | None = None,
) -> list[ResidentView]:
    """Residents matching ``query``, best first, among those ``where`` selects (default: current
    residents, or everyone not deleted with ``include_former``). ``source`` is a unit of work or a
    DB-API connection."""
    conn = source.dbapi() if hasattr(source, "dbapi") else source
    # Nobody's name is longer than 120 characters or 8 words; a pasted paragraph must not stall the window.
    q = " ".join(query[:MAX_QUERY_CHARS].split()[:MAX_QUERY_WORDS])
    limit = min(limit, MAX_RESULTS)
    if not q or limit <= 0:
        return []
    scope, scope_params = resident_where(
        where or ResidentFilter(include_former=include_former, unit_code=unit_code))
    scope = without_status_index(scope)  # each rank is driven by its name or ID index
    found: list[str] = []

    def take(condition: str, params: list[Any]) -> None:
        remaining = limit - len(found)
        if remaining <= 0:
            return
        where = [condition, *scope]
        args = [*params, *scope_params]
        if found:
            where.append(f"r.id NOT IN ({','.join('?' * len(found))})")
            args += found
        sql = f"SELECT r.id FROM residents r WHERE {' AND '.join(where)} ORDER BY r.sort_key, r.id LIMIT ?"
        found.extend(row[0] for row in conn.execute(sql, [*args, remaining]))

    def any_of(column: str, values: set[str]) -> tuple[str, list[Any]]:
        return f"{column} IN ({','.join('?' * len(values))})", sorted(values)

    compact = re.sub(r"[\s.]", "", q)
    if compact.isdigit():
        # ID numbers: a prefix of the 12 digits, on the personal_id index.
        take("r.personal_id BETWEEN ? AND ?", [compact, compact + "~"])
    else:
        readings = _word_readings(q)
        spelled = [dict.fromkeys((w, telex_to_vietnamese(w))) for w in q.split()]
        exact = {clean_name(" ".join(c)) for c in itertools.islice(itertools.product(*spelled), MAX_COMBINATIONS)}
        take(*any_of("r.full_name", exact))
        combos = itertools.islice(itertools.product(*readings), MAX_COMBINATIONS) if readings else ()
        take(*any_of("r.search_key", {" ".join(c) for c in combos} | {fold(q)}))
        if readings:
            fts = "r.rowid IN (SELECT rowid FROM resident_fts WHERE resident_fts MATCH ?)"
            take(fts, [_fts_query(readings, prefix=False)])
            take(fts, [_fts_query(readings, prefix=True)])
    return residents_by_id(conn, found)
