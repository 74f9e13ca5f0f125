"""The bundle's schema for the security-order log: a pseudonymised event carries no name or address of the people
involved, a named one may; the fast per-record check agrees with the full schema on each."""

import copy

import pytest

from desktop_app.bundles import schema

EVENT = {
    "id": "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b", "type": "security_event", "version": 3,
    "updated_at": "2026-11-20T15:00:00+00:00", "unit_code": "17380-thon-dong", "pseudonymised": True,
    "fields": {"occurred_at": "2026-11-20T14:30:00+00:00", "ended_at": None, "place": "Ngõ xóm 3", "type": "dispute",
               "category": "order", "severity": "ordinary", "status": "resolved",
               "reported_at": "2026-11-20T15:00:00+00:00", "reported_to": "Công an xã Yên Xuân",
               "responding_force": None, "response": None, "result": None, "mediation_case_id": None,
               "people_count": 1,
               "people": [{"id": "0b8f3c1e-2d4a-8e6f-9a1b-2c3d4e5f6a7b", "role": "victim", "resident_id": None,
                           "birth_year": 1988}]},
}
ACTIVITY = {
    "id": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "type": "security_activity", "version": 1,
    "updated_at": "2026-09-05T08:00:00+07:00", "unit_code": "17380-thon-dong",
    "fields": {"kind": "propaganda_session", "held_on": "2026-09-05", "title": "Luật 30/2023/QH15", "quantity": 40,
               "model_type": None, "status": None, "transformed": None, "transformed_on": None},
}


def _named(record: dict) -> dict:
    named = copy.deepcopy(record)
    named.pop("pseudonymised")
    named["fields"]["people"][0] |= {"full_name": "Lò Văn Khách", "address": "Bản Mường"}
    return named


def _leaky(record: dict) -> dict:
    leaky = copy.deepcopy(record)
    leaky["fields"]["people"][0]["full_name"] = "Lò Văn Khách"
    return leaky


def _with_description(record: dict) -> dict:
    out = copy.deepcopy(record)
    out["fields"]["description"] = "Mô tả có tên người"
    return out


def _note(record: dict) -> dict:
    out = copy.deepcopy(record)
    out["fields"]["note"] = "Ghi chú riêng"
    return out


@pytest.mark.parametrize("record, valid", [
    (EVENT, True), (_named(EVENT), True), (_leaky(EVENT), False), (_with_description(EVENT), False),
    (_with_description(_named(EVENT)), False), (ACTIVITY, True), (_note(ACTIVITY), False),
])
def test_the_schema_lets_through_only_what_may_leave_the_hamlet(record, valid):
    payload = {"upserts": [record], "tombstones": []}
    fast, full = schema.records_error(payload), schema.first_error(schema.RECORDS_SCHEMA, payload)
    assert (fast is None) == (full is None) == valid, (fast, full)
