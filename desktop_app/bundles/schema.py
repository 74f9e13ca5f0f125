"""The JSON Schemas of format v1 (resources/schemas/), loaded once, checked with ``jsonschema``.

Every check first asks ``jsonschema_rs`` (the same Draft 2020-12 schema, compiled in Rust; formats not asserted,
as here) whether the document is valid: at the commune each bundle's every record is checked, and this is some
five times faster than the per-record validators compiled to Python that it replaced. A document it refuses is
judged again by ``jsonschema`` for its message; a document only ``jsonschema`` would accept — a pattern's ``$``
before a final line break, which Python's ``re`` allows and ECMA-262 does not — stays refused.
tests/unit/test_bundles.py checks that the two agree on valid documents and on thousands of broken ones.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import jsonschema_rs
from jsonschema import Draft202012Validator

from desktop_app.paths import RESOURCES

SCHEMAS = RESOURCES / "schemas"
MANIFEST_SCHEMA = "manifest.schema.json"
RECORDS_SCHEMA = "records.schema.json"
REPORT_SCHEMA = "report.schema.json"


@cache
def _schema(name: str) -> dict[str, Any]:
    # Not meta-checked here (0.14 s at the first bundle a process reads or writes): the schemas are the
    # program's own, and tests/unit/test_bundles.py checks every one against Draft 2020-12.
    return json.loads((SCHEMAS / name).read_text(encoding="utf-8"))


@cache
def validator(name: str) -> Draft202012Validator:
    return Draft202012Validator(_schema(name))


def _where(err: Any) -> str:
    return "/".join(str(p) for p in err.absolute_path) or "(root)"


@cache
def _compiled(name: str) -> Any:
    """The whole schema ``name`` compiled by ``jsonschema_rs`` (its ``$ref``s are local ``$defs``: nothing is
    fetched); formats are annotations, as for ``jsonschema``."""
    return jsonschema_rs.validator_for(_schema(name), validate_formats=False)


def _known_valid(name: str, instance: Any) -> bool:
    try:
        return bool(_compiled(name).is_valid(instance))
    except (ValueError, TypeError, OverflowError):  # a value it cannot take in: jsonschema judges it
        return False


def first_error(name: str, instance: Any) -> str | None:
    """None when ``instance`` is valid, else a short description of the first error. A valid instance is
    known from the compiled check; an invalid one is described by ``jsonschema``."""
    if _known_valid(name, instance):
        return None
    err = next(validator(name).iter_errors(instance), None)
    if err is None:
        # jsonschema (Python's ``re.search``) lets ``$`` match before a final line break; JSON Schema's patterns
        # are ECMA-262's, which do not: what jsonschema_rs refuses stays refused.
        return f"{name.split('.')[0]}: a value does not match its pattern exactly (a line break at its end?)"
    message = err.message if len(err.message) <= 200 else err.message[:200] + "…"
    return f"{name.split('.')[0]}: {_where(err)}: {message}"


def records_error(payload: Any) -> str | None:
    """``first_error(RECORDS_SCHEMA, payload)``: data/records.json, every record checked."""
    return first_error(RECORDS_SCHEMA, payload)
