"""The commune import writes a received record's fields with a faster JSON encoder than the column's own:
the stored text must read back as the same object, and anything that encoder refuses must still be written
as the column itself would write it."""

from __future__ import annotations

import json

from sqlalchemy.dialects import sqlite

from desktop_app.services import commune_import
from desktop_app.storage.models import ReceivedBundle, ReceivedResident

DIALECT = sqlite.dialect()


def _own(column):
    return column.type.dialect_impl(DIALECT).bind_processor(DIALECT)


def test_fields_are_stored_as_json_that_reads_back_the_same():
    column = ReceivedResident.__table__.c.fields
    process = commune_import._processor(column.type, DIALECT)
    fields = {"full_name": "Nguyễn Thị Ánh", "note": "dòng 1\ndòng 2 \"trích\" \\", "birth_year": 1958,
              "tags": ["a", None, True, 1.5], "nested": {"z": {}, "a": []}}
    stored = process(fields)
    assert json.loads(stored) == fields
    assert json.loads(stored) == json.loads(_own(column)(fields))  # what the column itself would have stored
    assert "Nguyễn" in stored  # UTF-8 as itself, as the SQLite JSON column keeps it either way


def test_what_the_fast_encoder_refuses_is_written_by_the_columns_own():
    column = ReceivedResident.__table__.c.fields
    process, own = commune_import._processor(column.type, DIALECT), _own(column)
    beyond_64_bits = {"n": 2 ** 70}
    lone_surrogate = {"s": "\ud800"}
    assert process(beyond_64_bits) == own(beyond_64_bits)
    assert json.loads(process(beyond_64_bits)) == beyond_64_bits
    assert process(lone_surrogate) == own(lone_surrogate)
    assert process(None) == own(None)  # not a dict: the column's own handling of None
    assert process([1, 2]) == own([1, 2])


def test_other_columns_keep_their_own_processors():
    table = ReceivedResident.__table__
    for name in ("pseudonymised", "version", "id"):
        made = commune_import._processor(table.c[name].type, DIALECT)
        own = _own(table.c[name])
        assert (made is None) == (own is None)
        if own is not None:
            assert made(True) == own(True)
    report = ReceivedBundle.__table__.c.report  # none_as_null: the fast path keeps None as NULL too
    assert commune_import._processor(report.type, DIALECT)(None) is None
