"""The pure pieces of official documents: date lines, numbers, wording, the footer QR payload."""

import datetime as dt
import hashlib
import json

import pytest

from desktop_app.documents import texts
from desktop_app.documents.kinds.common import head_title, household_number_key, state_header
from desktop_app.documents.model import (
    Column,
    Document,
    Para,
    StateHeader,
    Table,
    canonical_json,
    content_hash,
    parse_qr_payload,
    qr_payload,
)


class Unit:
    name = "Thôn Đông"
    commune_name = "Xã Yên Xuân"
    province_name = "Nghệ An"


@pytest.mark.parametrize(("on", "expected"), [
    (dt.date(2026, 1, 5), "Yên Xuân, ngày 05 tháng 01 năm 2026"),
    (dt.date(2026, 2, 28), "Yên Xuân, ngày 28 tháng 02 năm 2026"),
    (dt.date(2026, 3, 9), "Yên Xuân, ngày 09 tháng 3 năm 2026"),
    (dt.date(2026, 12, 31), "Yên Xuân, ngày 31 tháng 12 năm 2026"),
])
def test_the_date_line_pads_days_under_ten_and_the_months_january_and_february(on, expected):
    # Decree 30/2020, Appendix I: a zero before days under 10 and months 1 and 2 (not March onwards).
    assert texts.date_line("Yên Xuân", on) == expected
    assert texts.date_line("Yên Xuân", on, layout=texts.PARTY) == expected


def test_a_date_line_without_a_date_leaves_blanks_to_fill_in():
    assert texts.date_line("Yên Xuân", None, year=2026) == "Yên Xuân, ngày …… tháng …… năm 2026"


def test_state_and_party_numbers_follow_their_own_formats():
    assert texts.document_number(5, "BB", "TĐ") == "Số: 05/BB-TĐ"
    assert texts.document_number(12, "BB", "TĐ") == "Số: 12/BB-TĐ"
    assert texts.document_number(7, "BB", "CB", layout=texts.PARTY) == "Số 07-BB/CB"
    # A draft's number is not allocated yet (it is given when the document is signed and kept).
    assert texts.document_number(None, "BB", "TĐ") == "Số: …/BB-TĐ"
    assert texts.document_number(None, "BB", "CB", layout=texts.PARTY) == "Số …-BB/CB"
    assert texts.number_label(5, "BB", "TĐ") == "05/BB-TĐ"
    assert texts.number_label(7, "BB", "CB", layout=texts.PARTY) == "07-BB/CB"


def test_the_issuer_abbreviation_and_the_place_come_from_the_names():
    assert texts.abbreviation("Thôn Đông") == "TĐ"
    assert texts.abbreviation("Tổ dân phố 5") == "TDP5"
    assert texts.place_name("Xã Yên Xuân") == "Yên Xuân"
    assert texts.place_name("Phường Hàng Bạc") == "Hàng Bạc"
    assert texts.place_name("Đặc khu Phú Quốc") == "Phú Quốc"
    assert texts.upper("Xã Yên Xuân") == "XÃ YÊN XUÂN"


def test_a_hamlet_state_header_names_the_commune_over_the_hamlet():
    h = state_header(Unit(), kind="hamlet_meeting_minutes", seq=5, numbered=True, on=dt.date(2026, 1, 5))
    assert h == StateHeader("UBND XÃ YÊN XUÂN", "THÔN ĐÔNG", "Số: 05/BB-TĐ", "Yên Xuân, ngày 05 tháng 01 năm 2026")


def test_the_signer_is_titled_after_the_kind_of_unit():
    class Group(Unit):
        name = "Tổ dân phố số 3"

    class Hamlet(Unit):
        name = "Ấp Tân Lợi"

    assert head_title(Unit()) == "TRƯỞNG THÔN"
    assert head_title(Group()) == "TỔ TRƯỞNG"
    assert head_title(Hamlet()) == "TRƯỞNG ẤP"


def test_percentages_use_the_decimal_comma_and_always_show_the_denominator():
    assert texts.percent(1, 3) == "33,3%"
    assert texts.percent(0, 0) == "—"
    assert texts.count_of(182, 312, "hộ") == "182/312 hộ (58,3%)"


def test_household_numbers_sort_naturally():
    assert sorted(["10", "2", "3a", "3", "1"], key=household_number_key) == ["1", "2", "3", "3a", "10"]


def _doc(text: str = "Nội dung") -> Document:
    return Document(kind="test", header=StateHeader("UBND XÃ YÊN XUÂN", "THÔN ĐÔNG", None, None), title="KIỂM TRA",
                    blocks=(Para(text), Table((Column("STT", 1),), (("1",),))))


def test_the_qr_payload_carries_the_document_id_and_the_hash_of_its_canonical_json():
    doc = _doc()
    digest = content_hash(doc)
    assert digest == hashlib.sha256(canonical_json(doc)).hexdigest()
    doc_id = "3f2a9c1e-0000-4000-8000-123456789abc"
    payload = qr_payload(doc_id, digest)
    assert payload == f"SOTHON:1:{doc_id.upper()}:{digest.upper()}"
    assert len(payload) == 110
    assert parse_qr_payload(payload) == (doc_id, digest)
    assert parse_qr_payload("https://example.com") is None


def test_the_hash_changes_with_the_content_and_not_with_unicode_normalisation():
    assert content_hash(_doc("Nội dung")) != content_hash(_doc("Nội dung khác"))
    decomposed = "No\u0323\u0302i dung"  # the same words typed with combining marks
    assert content_hash(_doc(decomposed)) == content_hash(_doc("Nội dung"))


def test_canonical_json_is_sorted_compact_utf8_and_tags_block_types():
    data = json.loads(canonical_json(_doc()))
    assert data["type"] == "Document"
    assert [b["type"] for b in data["blocks"]] == ["Para", "Table"]
    raw = canonical_json({"b": 1, "a": "Đông"})
    assert raw == '{"a":"Đông","b":1}'.encode()
