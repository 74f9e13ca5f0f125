"""SELECTs compiled once per dialect and driver and run as plain DB-API (``select_query``): for lookups made many
times in a row, where SQLAlchemy's per-execution work costs more than the database's."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Query:
    """A SELECT built with SQLAlchemy Core and compiled once for the connection's dialect (no SQLite-only SQL),
    then run as plain DB-API with each selected column's result processing — SQLAlchemy's per-execution work
    (cache key, parameters, result metadata) cost more than the database's for the small lookups the commune
    import makes a few times for each bundle (``services.commune_import``, ``enrolment.trusted_keys``)."""

    sql: str
    names: tuple[str, ...]  # the bind parameters, in the order a positional dialect takes them
    positional: bool
    results: tuple[Any, ...]  # per selected column: its type's result processor, or None
    fixed: tuple[tuple[str, Any], ...]  # the values the statement carries itself (a LIMIT's)

    def run(self, uow: Any, **params: Any) -> list[tuple[Any, ...]]:
        params.update(self.fixed)
        args = tuple(params[n] for n in self.names) if self.positional else {n: params[n] for n in self.names}
        rows = uow.session.connection().exec_driver_sql(self.sql, args).fetchall()
        if not any(self.results):
            return [tuple(r) for r in rows]
        procs = self.results
        return [tuple(v if p is None else p(v) for v, p in zip(r, procs, strict=True)) for r in rows]


_QUERIES: dict[tuple[str, str, str, Any], Query] = {}  # by dialect, driver and paramstyle


def select_query(uow: Any, key: Any, build: Callable[[], Any]) -> Query:
    """The compiled form of ``build()`` (a SELECT) for ``uow``'s connection, made the first time ``key`` is asked
    for on that dialect and driver."""
    dialect = uow.session.connection().dialect
    cache_key = (dialect.name, dialect.driver, dialect.paramstyle, key)
    if (known := _QUERIES.get(cache_key)) is not None:
        return known
    statement = build()
    compiled = statement.compile(dialect=dialect, compile_kwargs={"render_postcompile": True})
    names = tuple(compiled.positiontup) if compiled.positional else tuple(compiled.binds)
    results = tuple(c.type.dialect_impl(dialect).result_processor(dialect, None)
                    for c in statement.selected_columns)
    fixed = tuple((k, v) for k, v in compiled.params.items() if v is not None)
    made = Query(compiled.string, names, bool(compiled.positional), results, fixed)
    _QUERIES[cache_key] = made
    return made
