"""The JSON Schemas of format v1 (resources/schemas/), loaded once, checked with ``jsonschema``.

``records_error`` checks data/records.json record by record with a validator chosen by the record's type
(the ``allOf``/``if`` branch the full schema would take, ``$ref``s inlined): the same verdict as the full
schema at about three times the speed; on a failure the full schema says what is wrong.
tests/unit/test_bundles.py checks the two agree. The per-record validators are compiled to Python code by
``fastjsonschema`` (the inlined branches use only draft-07 keywords: no ``$ref``, no ``format``), some thirty
times faster than interpreting them, which is most of a commune's import time; a record it refuses is
judged again by ``jsonschema``, so the verdict and the message stay ``jsonschema``'s.
"""

from __future__ import annotations

import copy
import json
from functools import cache
from typing import Any

import fastjsonschema
from jsonschema import Draft202012Validator

from desktop_app.paths import RESOURCES

SCHEMAS = RESOURCES / "schemas"
MANIFEST_SCHEMA = "manifest.schema.json"
RECORDS_SCHEMA = "records.schema.json"
REPORT_SCHEMA = "report.schema.json"

# The record types with their own fields schema, and the $defs entry of each (see records.schema.json).
_FIELDS = {"household": "household", "household/pseudonymised": "household_pseudonymised",
           "resident": "resident_named", "resident/pseudonymised": "resident_pseudonymised",
           "resident_event": "resident_event", "document": "document", "party_document": "document",
           "mediation_case": "mediation_case", "meeting": "meeting_named",
           "meeting/pseudonymised": "meeting_pseudonymised", "party_meeting": "party_meeting",
           "security_event": "security_event_named",
           "security_event/pseudonymised": "security_event_pseudonymised", "security_activity": "security_activity"}


@cache
def _schema(name: str) -> dict[str, Any]:
    schema = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return schema


@cache
def validator(name: str) -> Draft202012Validator:
    return Draft202012Validator(_schema(name))


def _where(err: Any) -> str:
    return "/".join(str(p) for p in err.absolute_path) or "(root)"


@cache
def _whole_check(name: str) -> Any:
    """The whole schema ``name`` compiled by ``fastjsonschema``, its ``$ref``s inlined (in 2020-12 a ``$ref``
    applies beside its siblings, which ``_inline`` keeps as an ``allOf``), the draft's keywords left out:
    what remains is draft-07, which ``fastjsonschema`` implements. Formats are not asserted (as here)."""
    schema = _schema(name)
    body = _inline({k: v for k, v in schema.items() if k not in ("$schema", "$id", "$defs")}, schema.get("$defs", {}))
    return fastjsonschema.compile(body, use_default=False, use_formats=False)


def first_error(name: str, instance: Any) -> str | None:
    """None when ``instance`` is valid, else a short description of the first error. A valid instance is
    known from the compiled check (each bundle is read twice at the commune: this is most of its manifest's
    cost); an invalid one is judged by ``jsonschema``, whose verdict and message count."""
    try:
        _whole_check(name)(instance)
    except fastjsonschema.JsonSchemaException:
        pass
    else:
        return None
    err = next(validator(name).iter_errors(instance), None)
    if err is None:
        return None
    message = err.message if len(err.message) <= 200 else err.message[:200] + "…"
    return f"{name.split('.')[0]}: {_where(err)}: {message}"


def _inline(node: Any, defs: dict[str, Any]) -> Any:
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/$defs/"):
            target = _inline(defs[node["$ref"][len("#/$defs/"):]], defs)
            rest = {k: _inline(v, defs) for k, v in node.items() if k != "$ref"}
            return {"allOf": [target], **rest} if rest else target
        return {k: _inline(v, defs) for k, v in node.items()}
    if isinstance(node, list):
        return [_inline(v, defs) for v in node]
    return node


@cache
def _record_schema(branch: str) -> dict[str, Any]:
    defs = _schema(RECORDS_SCHEMA)["$defs"]
    if branch == "tombstone":
        return _inline(defs["tombstone"], defs)
    upsert = {k: copy.deepcopy(v) for k, v in defs["upsert"].items() if k != "allOf"}
    if branch in _FIELDS:
        upsert["properties"]["fields"] = {"$ref": f"#/$defs/{_FIELDS[branch]}"}
    return _inline(upsert, defs)


@cache
def _record_validator(branch: str) -> Draft202012Validator:
    return Draft202012Validator(_record_schema(branch))


@cache
def _record_check(branch: str) -> Any:
    """The branch's schema compiled (``fastjsonschema``): a function raising ``JsonSchemaException``."""
    # use_default=False: never fill in defaults (it would change the records); formats are not asserted,
    # as jsonschema does not assert them by default.
    return fastjsonschema.compile(_record_schema(branch), use_default=False, use_formats=False)


def _fast_valid(branch: str, record: dict[str, Any]) -> bool:
    try:
        _record_check(branch)(record)
    except fastjsonschema.JsonSchemaException:
        return False
    return True


def _branch(record: dict[str, Any]) -> str:
    rtype = record.get("type")
    if rtype in ("resident", "household", "meeting", "security_event") and record.get("pseudonymised") is True:
        return f"{rtype}/pseudonymised"
    return rtype if rtype in _FIELDS else "other"


def records_error(payload: Any) -> str | None:
    """``first_error(RECORDS_SCHEMA, payload)``, faster on valid payloads."""
    fast = (isinstance(payload, dict) and set(payload) == {"upserts", "tombstones"}
            and isinstance(payload["upserts"], list) and isinstance(payload["tombstones"], list)
            and all(isinstance(r, dict) for r in payload["upserts"])
            and all(isinstance(r, dict) for r in payload["tombstones"]))
    if fast:
        if (all(_fast_valid(_branch(r), r) for r in payload["upserts"])
                and all(_fast_valid("tombstone", r) for r in payload["tombstones"])):
            return None
    return first_error(RECORDS_SCHEMA, payload)
