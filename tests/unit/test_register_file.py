"""Household-register spreadsheets: reading .xlsx/.csv in every encoding hamlet lists come in, mapping
their columns, converting rows into residents, and writing our own export and template."""

from __future__ import annotations

import datetime as dt
import os
import random
import unicodedata
from pathlib import Path

import openpyxl
import pytest

from desktop_app.domain.errors import SothonError, ValidationError
from desktop_app.domain.legacy_text import TCVN3_TO_UNICODE
from desktop_app.domain.people import BirthDate, Relation, ResidenceType, Sex
from desktop_app.interchange import tabular
from desktop_app.interchange.register_file import (
    FIELDS,
    GUIDE_SHEET_TITLE,
    REGISTER_SHEET_TITLE,
    VI_HEADERS,
    check_mapping,
    export_row,
    fold,
    guess_mapping,
    is_register_header,
    parse_relation,
    parse_rows,
    read_register,
    register_rows_for_export,
    write_register,
    write_template,
)
from desktop_app.interchange.tabular import Table, read_table, write_xlsx

TODAY = dt.date(2026, 7, 31)
MALE_1980 = "001080012345"
FEMALE_1985 = "001185012345"
MALE_2010 = "001210012345"

VI = ["Hộ số", "Họ và tên", "Ngày sinh", "Giới tính", "Số định danh cá nhân", "Quan hệ với chủ hộ",
      "Loại cư trú", "Địa chỉ", "Số điện thoại"]
EN = ["household_no", "full_name", "birth_date", "sex", "personal_id", "relation", "residence_type",
      "address", "phone"]


def make_xlsx(path: Path, rows: list[list[object]], *, number_formats: dict[str, str] | None = None) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    for ref, fmt in (number_formats or {}).items():
        sheet[ref].number_format = fmt
    workbook.save(path)
    return path


def read_and_parse(path: Path):
    table = read_register(path)
    mapping = guess_mapping(table.headers)
    check_mapping(mapping)
    return table, parse_rows(table, mapping, today=TODAY)


def table_of(rows: list[list[object]], headers: list[str] = VI) -> Table:
    return Table(headers=list(headers), rows=[(n, list(r)) for n, r in enumerate(rows, start=2)])


def parse(rows: list[list[object]], headers: list[str] = VI):
    table = table_of(rows, headers)
    return parse_rows(table, guess_mapping(table.headers), today=TODAY)


def only_error(rows: list[list[object]], headers: list[str] = VI) -> SothonError:
    valid, errors = parse(rows, headers)
    assert not valid and len(errors) == 1, errors
    return errors[0][1]


# --- mapping --------------------------------------------------------------------------------------


def test_guess_mapping_recognises_our_vietnamese_headers():
    mapping = guess_mapping([VI_HEADERS[f] for f in FIELDS])
    assert mapping == dict(enumerate(FIELDS))


def test_guess_mapping_recognises_the_english_field_names():
    assert list(guess_mapping(EN).values()) == EN


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("STT hộ", "household_no"), ("Số hộ", "household_no"), ("HỘ SỐ", "household_no"),
        ("Họ tên", "full_name"), ("Họ và tên", "full_name"), ("Ho va ten", "full_name"),
        ("HỌ VÀ TÊN", "full_name"),
        ("Năm sinh", "birth_date"), ("Ngày tháng năm sinh", "birth_date"),
        ("Ngày sinh (dd/mm/yyyy)", "birth_date"),
        ("Giới", "sex"), ("Giới tính", "sex"), ("Gioi tinh", "sex"),
        ("Số CCCD", "personal_id"), ("CCCD", "personal_id"), ("Số định danh", "personal_id"),
        ("CMND/CCCD", "personal_id"), ("Số CMND / CCCD", "personal_id"),
        ("Quan hệ", "relation"), ("Quan hệ với chủ hộ", "relation"), ("Quan he voi chu ho", "relation"),
        ("Loại cư trú", "residence_type"), ("Cư trú từ ngày", "residence_from"),
        ("Cư trú đến ngày", "residence_to"),
        ("Địa chỉ", "address"), ("Dia chi", "address"),
        ("SĐT", "phone"), ("Điện thoại", "phone"), ("Số điện thoại", "phone"),
        ("Ghi chú", "note"),
        (unicodedata.normalize("NFD", "Họ và tên"), "full_name"),
    ],
)
def test_guess_mapping_recognises_common_header_variants(header, field):
    assert guess_mapping(["STT", header]) == {0: None, 1: field}


def test_guess_mapping_ignores_unknown_headers_and_maps_each_field_once():
    mapping = guess_mapping(["STT", "Họ và tên", "Dân tộc", "Họ tên", "", "Giới tính"])
    assert mapping == {0: None, 1: "full_name", 2: None, 3: None, 4: None, 5: "sex"}


def test_fold_strips_diacritics_case_and_punctuation():
    assert fold("  Số  CMND/CCCD ") == "so cmnd cccd"
    assert fold("ĐỊA CHỈ") == "dia chi"


def test_check_mapping_names_the_missing_required_columns_in_vietnamese():
    with pytest.raises(ValidationError) as caught:
        check_mapping({0: "full_name", 1: None})
    assert caught.value.code == "spreadsheet_missing_columns"
    assert caught.value.params["columns"] == "Hộ số, Giới tính"


def test_check_mapping_refuses_a_field_mapped_to_two_columns():
    with pytest.raises(ValidationError) as caught:
        check_mapping({0: "household_no", 1: "full_name", 2: "sex", 3: "full_name"})
    assert caught.value.code == "spreadsheet_duplicate_column"
    assert caught.value.params["column"] == "Họ và tên"


def test_check_mapping_accepts_the_guessed_mapping_of_a_complete_header():
    check_mapping(guess_mapping(VI))


# --- reading files in many encodings -------------------------------------------------------------

PEOPLE = [
    ["1", "Nguyễn Văn Đức", "05/01/1980", "Nam", MALE_1980, "Chủ hộ", "Thường trú", "Xóm 2, thôn Đông",
     "0912345678"],
    ["1", "Trần Thị Bình", "1985-03-20", "Nữ", FEMALE_1985, "Vợ", "Thường trú", "Xóm 2, thôn Đông", ""],
    ["2", "Lê Thị Ánh", "1950", "nữ", "", "Chủ hộ", "Tạm trú", "Xóm 3, thôn Đông", ""],
]


def csv_text(rows: list[list[str]], delimiter: str) -> str:
    def quote(value: str) -> str:
        return f'"{value}"' if delimiter in value or "," in value else value

    return "\r\n".join(delimiter.join(quote(v) for v in row) for row in rows) + "\r\n"


def assert_people(path: Path) -> None:
    table, (valid, errors) = read_and_parse(path)
    assert errors == []
    names = [r.resident.full_name for r in valid]
    assert names == ["Nguyễn Văn Đức", "Trần Thị Bình", "Lê Thị Ánh"]
    assert all(unicodedata.is_normalized("NFC", n) for n in names)
    assert valid[0].address == "Xóm 2, thôn Đông"
    assert valid[0].resident.birth_date == BirthDate(1980, 1, 5)
    assert valid[1].resident.birth_date == BirthDate(1985, 3, 20)
    assert valid[2].resident.birth_date == BirthDate(1950)
    assert [r.resident.sex for r in valid] == [Sex.MALE, Sex.FEMALE, Sex.FEMALE]
    assert [r.resident.relation for r in valid] == [Relation.HEAD, Relation.SPOUSE, Relation.HEAD]
    assert valid[2].resident.residence_type is ResidenceType.TEMPORARY


def test_reads_a_utf8_csv_with_bom_and_semicolons_even_when_addresses_hold_commas(tmp_path):
    path = tmp_path / "ds.csv"
    path.write_bytes(b"\xef\xbb\xbf" + csv_text([VI, *PEOPLE], ";").encode("utf-8"))
    assert_people(path)


@pytest.mark.parametrize("line_end", ["\r", "\r\n", "\n"], ids=["CR (old Mac)", "CRLF", "LF"])
def test_reads_a_csv_whatever_its_line_ends(tmp_path, line_end):
    path = tmp_path / "ds.csv"
    text = csv_text([VI, *PEOPLE], ";").replace("\r\n", "\n").replace("\n", line_end)
    assert "\n" not in text or line_end != "\r"
    path.write_bytes(text.encode("utf-8"))
    assert_people(path)


def test_a_quoted_cell_keeps_its_line_break_in_a_cr_only_csv(tmp_path):
    path = tmp_path / "ds.csv"
    path.write_bytes('Họ và tên;Ghi chú\r"Nguyễn Văn An";"dòng một\rdòng hai"\r'.encode())
    table = tabular.read_table(path)
    assert table.rows == [(2, ["Nguyễn Văn An", "dòng một\rdòng hai"])]


def test_reads_a_utf16_csv_saved_by_excel_as_unicode_text(tmp_path):
    path = tmp_path / "ds.csv"
    path.write_bytes(csv_text([VI, *PEOPLE], "\t").encode("utf-16"))
    assert_people(path)


def test_reads_a_utf16_csv_without_bom(tmp_path):
    path = tmp_path / "ds.csv"
    path.write_bytes(csv_text([VI, *PEOPLE], ",").encode("utf-16-le"))
    assert_people(path)


def to_cp1258(text: str) -> bytes:
    """Windows-1258 keeps tone marks as separate combining characters after the (possibly hatted) vowel."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out: list[str] = []
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch) and ch not in tones and out:
            # re-attach circumflex, breve, horn to the base letter, which cp1258 has precomposed
            base = out.pop()
            tail = ""
            while base and unicodedata.combining(base[-1]):
                base, tail = base[:-1], base[-1] + tail
            out.append(unicodedata.normalize("NFC", base + ch) + tail)
        elif unicodedata.combining(ch) and out:
            out[-1] += ch
        else:
            out.append(ch)
    return "".join(out).encode("cp1258")


def test_reads_a_cp1258_csv(tmp_path):
    path = tmp_path / "ds.csv"
    path.write_bytes(to_cp1258(csv_text([VI, *PEOPLE], ",")))
    assert_people(path)


def to_tcvn3(text: str) -> str:
    """Text as typed with a .VnTime font and read as Windows-1252 (toned capitals fall back to lower case)."""
    inverse = {letter: code for code, letter in TCVN3_TO_UNICODE.items()}
    return "".join(inverse.get(ch, inverse.get(ch.lower(), ch)) for ch in unicodedata.normalize("NFC", text))


def test_reads_a_csv_typed_in_tcvn3(tmp_path):
    path = tmp_path / "ds.csv"
    path.write_bytes(to_tcvn3(csv_text([VI, *PEOPLE], ";")).encode("cp1252"))
    assert_people(path)


def test_normalises_decomposed_unicode_to_nfc(tmp_path):
    path = tmp_path / "ds.csv"
    path.write_bytes(unicodedata.normalize("NFD", csv_text([VI, *PEOPLE], ",")).encode("utf-8"))
    assert_people(path)


def test_finds_the_header_below_a_title_row_and_numbers_rows_as_excel_does(tmp_path):
    path = make_xlsx(
        tmp_path / "ds.xlsx",
        [["DANH SÁCH NHÂN KHẨU THÔN ĐÔNG"], [], VI, [], *PEOPLE],
    )
    table, (valid, errors) = read_and_parse(path)
    assert table.headers == VI
    assert [n for n, _ in table.rows] == [5, 6, 7]
    assert errors == [] and [r.row for r in valid] == [5, 6, 7]
    assert_people(path)


def test_skips_the_two_cell_heading_of_official_forms_when_looking_for_the_register_header(tmp_path):
    path = make_xlsx(
        tmp_path / "mau.xlsx",
        [["UBND XÃ TÂN HỘI", None, None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
         ["THÔN ĐÔNG", None, None, "Độc lập - Tự do - Hạnh phúc"], [], VI, *PEOPLE],
    )
    assert read_table(path).headers[0] == "UBND XÃ TÂN HỘI"  # the generic rule: first row of two cells
    assert read_register(path).headers == VI
    assert is_register_header(VI) and not is_register_header(["UBND XÃ TÂN HỘI", "CỘNG HÒA"])
    assert_people(path)


def test_reads_excel_date_cells_year_only_numbers_and_numeric_ids(tmp_path):
    path = make_xlsx(
        tmp_path / "ds.xlsx",
        [
            ["Số hộ", "Họ tên", "Năm sinh", "Giới", "CCCD", "Quan hệ", "SĐT"],
            [1, "Nguyễn Văn Đức", dt.datetime(1980, 1, 5), "Nam", 1080012345, "Chủ hộ", 912345678],
            [1, "Trần Thị Bình", 1985, "Nữ", None, "Vợ", None],
            [1, "Nguyễn Văn Nam", 29221.0, "Nam", None, "Con trai", None],  # a date cell that lost its format
        ],
        number_formats={"C2": "dd/mm/yyyy"},
    )
    table, (valid, errors) = read_and_parse(path)
    assert errors == []
    assert isinstance(table.rows[0][1][2], dt.datetime)
    first, second, third = (r.resident for r in valid)
    assert valid[0].household_no == "1"
    assert first.birth_date == BirthDate(1980, 1, 5)
    assert first.personal_id == MALE_1980  # Excel dropped the province code's leading zeros
    assert first.phone == "0912345678"
    assert second.birth_date == BirthDate(1985)
    assert third.birth_date == BirthDate(1980, 1, 1)
    assert third.relation is Relation.CHILD


def test_reads_english_headers(tmp_path):
    path = make_xlsx(
        tmp_path / "en.xlsx",
        [
            EN,
            ["7", "Pham Van Long", "1980-01-05", "male", MALE_1980, "head", "permanent", "Hamlet 2", "0912345678"],
            ["7", "Pham Thi Mai", "20/03/1985", "F", FEMALE_1985, "spouse", "short_stay", "", ""],
        ],
    )
    _, (valid, errors) = read_and_parse(path)
    assert errors == []
    assert [r.resident.relation for r in valid] == [Relation.HEAD, Relation.SPOUSE]
    assert [r.resident.residence_type for r in valid] == [ResidenceType.PERMANENT, ResidenceType.SHORT_STAY]


def test_repairs_tcvn3_text_typed_in_xlsx_cells(tmp_path):
    # "Nguyễn Văn Đức" typed with a .VnTime font: TCVN3 bytes shown as Windows-1252 characters.
    tcvn3 = "NguyÔn V¨n §øc"
    path = make_xlsx(tmp_path / "old.xlsx", [VI[:4], ["1", tcvn3, "1980", "Nam"]])
    _, (valid, errors) = read_and_parse(path)
    assert errors == []
    assert valid[0].resident.full_name == "Nguyễn Văn Đức"


def test_repairs_vni_text_typed_in_xlsx_cells(tmp_path):
    # "Nguyễn Văn Đức" typed with a VNI-Times font.
    path = make_xlsx(tmp_path / "old.xlsx", [VI[:4], ["1", "Nguyeãn Vaên Ñöùc", "1980", "Nam"]])
    _, (valid, errors) = read_and_parse(path)
    assert errors == []
    assert valid[0].resident.full_name == "Nguyễn Văn Đức"


def test_skips_empty_rows_and_the_column_numbering_row_of_official_forms(tmp_path):
    path = make_xlsx(
        tmp_path / "ds.xlsx",
        [VI[:4], ["(1)", "(2)", "(3)", "(4)"], ["1", "Nguyễn Văn Đức", "1980", "Nam"],
         [None, None, None, None],
         ["  ", None, "", None], ["2", "Lê Thị Ánh", "1950", "Nữ"]],
    )
    table = read_table(path)
    assert [n for n, _ in table.rows] == [3, 6]


def test_strips_strings_and_pads_short_rows(tmp_path):
    path = tmp_path / "ds.csv"
    path.write_text("Hộ số,Họ và tên,Giới tính,Ghi chú\n 1 ,  Nguyễn Văn Đức ,Nam\n", encoding="utf-8")
    table = read_table(path)
    assert table.rows == [(2, ["1", "Nguyễn Văn Đức", "Nam", None])]


# --- file errors ----------------------------------------------------------------------------------


def error_code(path: Path) -> str:
    with pytest.raises(SothonError) as caught:
        read_table(path)
    return caught.value.code


def test_a_missing_file_is_file_not_found(tmp_path):
    assert error_code(tmp_path / "nope.xlsx") == "file_not_found"


def test_an_old_xls_or_other_file_type_is_unsupported(tmp_path):
    path = tmp_path / "ds.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0")
    assert error_code(path) == "file_type_unsupported"


def test_a_corrupt_xlsx_is_unreadable_with_a_detail(tmp_path):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(random.Random(7).randbytes(4096))
    with pytest.raises(SothonError) as caught:
        read_table(path)
    assert caught.value.code == "file_unreadable"
    assert caught.value.params["path"] == str(path) and caught.value.params["detail"]


def test_an_empty_file_is_an_empty_spreadsheet(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    assert error_code(path) == "spreadsheet_empty"


def test_an_empty_xlsx_file_of_zero_bytes_is_unreadable(tmp_path):
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    assert error_code(path) == "file_unreadable"


def test_a_sheet_with_only_a_header_is_an_empty_spreadsheet(tmp_path):
    assert error_code(make_xlsx(tmp_path / "h.xlsx", [VI])) == "spreadsheet_empty"


def test_a_sheet_without_a_header_row_in_its_first_20_rows_is_refused(tmp_path):
    rows: list[list[object]] = [[f"dòng {i}"] for i in range(25)] + [VI, PEOPLE[0]]
    assert error_code(make_xlsx(tmp_path / "t.xlsx", rows)) == "spreadsheet_no_header"


def test_a_title_only_csv_has_no_header(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("DANH SÁCH\nmột dòng\n", encoding="utf-8")
    assert error_code(path) == "spreadsheet_no_header"


def test_more_rows_than_the_limit_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(tabular, "MAX_ROWS", 3)
    path = tmp_path / "big.csv"
    path.write_text("a,b\n" + "1,2\n" * 4, encoding="utf-8")
    with pytest.raises(SothonError) as caught:
        read_table(path)
    assert caught.value.code == "spreadsheet_too_large" and caught.value.params == {"limit": 3}


# --- row conversion and errors --------------------------------------------------------------------

GOOD = ["1", "Nguyễn Văn Đức", "05/01/1980", "Nam", MALE_1980, "Chủ hộ", "Thường trú", "Xóm 2", "0912345678"]


def with_(**changes: object) -> list[object]:
    row = list(GOOD)
    for name, value in changes.items():
        row[EN.index(name)] = value
    return row


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"household_no": ""}, "household_number_required"),
        ({"household_no": "x" * 21}, "household_number_too_long"),
        ({"full_name": ""}, "name_required"),
        ({"full_name": "Nguyễn Văn 2"}, "name_has_digits"),
        ({"sex": ""}, "sex_required"),
        ({"sex": "không rõ"}, "sex_unknown"),
        ({"birth_date": "31/02/1980"}, "birth_date_invalid"),
        ({"birth_date": "2030"}, "birth_date_future"),
        ({"personal_id": "00108001234"}, "personal_id_length"),
        ({"personal_id": "00108001234A"}, "personal_id_not_digits"),
        ({"personal_id": FEMALE_1985, "birth_date": "1985"}, "personal_id_sex_mismatch"),
        ({"personal_id": MALE_2010}, "personal_id_year_mismatch"),
        ({"residence_type": "Ở nhờ"}, "residence_type_unknown"),
        ({"phone": "12345"}, "phone_invalid"),
    ],
)
def test_each_invalid_value_gives_its_error_code(changes, code):
    assert only_error([with_(**changes)]).code == code


def test_an_unknown_sex_names_the_value_as_typed():
    error = only_error([with_(sex="Khác")])
    assert error.params["value"] == "Khác"


def test_invalid_residence_dates_are_date_invalid_and_their_order_is_checked():
    headers = [*VI, "Cư trú từ ngày", "Cư trú đến ngày"]
    error = only_error([[*GOOD, "32/01/2020", ""]], headers)
    assert (error.code, error.params["value"]) == ("date_invalid", "32/01/2020")
    error = only_error([[*GOOD, "01/02/2020", "01/01/2020"]], headers)
    assert error.code == "residence_dates_order"
    error = only_error([[*with_(residence_type="Tạm trú"), "01/01/2020", "01/01/2023"]], headers)
    assert error.code == "temporary_residence_too_long"


def test_residence_dates_accept_dd_mm_yyyy_iso_and_excel_dates():
    headers = [*VI, "Cư trú từ ngày", "Cư trú đến ngày"]
    valid, errors = parse(
        [[*with_(residence_type="Tạm trú"), "01/02/2025", "2026-01-31"],
         [*with_(household_no="2", personal_id=""), dt.datetime(2025, 2, 1), dt.date(2026, 1, 31)]],
        headers,
    )
    assert errors == []
    for row in valid:
        got = (row.resident.residence_from, row.resident.residence_to)
        assert got == (dt.date(2025, 2, 1), dt.date(2026, 1, 31))


def test_all_invalid_rows_are_reported_with_their_row_numbers_and_valid_rows_kept():
    valid, errors = parse([GOOD, with_(household_no="2", personal_id="", sex="?"),
                           with_(household_no="3", personal_id="", full_name="")])
    assert [r.row for r in valid] == [2]
    assert [(row, e.code) for row, e in errors] == [(3, "sex_unknown"), (4, "name_required")]


def test_the_same_personal_id_twice_in_a_file_is_an_error_on_the_later_row():
    valid, errors = parse([GOOD, with_(household_no="2", personal_id="001 080 012 345")])
    assert [r.row for r in valid] == [2]
    ((row, error),) = errors
    assert row == 3
    assert (error.code, error.params["value"], error.params["other_row"]) == (
        "import_duplicate_id_in_file", MALE_1980, 2)


def test_two_heads_of_one_household_is_an_error_on_the_second():
    valid, errors = parse([GOOD, with_(full_name="Nguyễn Văn Hải", personal_id=""),
                           with_(household_no="2", personal_id="")])
    assert [r.row for r in valid] == [2, 4]
    ((row, error),) = errors
    assert (row, error.code, error.params["number"]) == (3, "import_two_heads", "1")


@pytest.mark.parametrize(
    ("word", "relation"),
    [
        ("Chủ hộ", Relation.HEAD), ("chu ho", Relation.HEAD), ("head", Relation.HEAD),
        ("Vợ", Relation.SPOUSE), ("Chồng", Relation.SPOUSE),
        ("Con", Relation.CHILD), ("Con trai", Relation.CHILD), ("Con gái", Relation.CHILD),
        ("Con trai cả", Relation.CHILD),
        ("Cha", Relation.PARENT), ("Bố", Relation.PARENT), ("Mẹ", Relation.PARENT),
        ("Bố đẻ", Relation.PARENT), ("Ba", Relation.PARENT),
        ("Ông", Relation.GRANDPARENT), ("Bà", Relation.GRANDPARENT), ("Bà nội", Relation.GRANDPARENT),
        ("Cháu", Relation.GRANDCHILD), ("Cháu nội", Relation.GRANDCHILD), ("Cháu ngoại", Relation.GRANDCHILD),
        ("Anh", Relation.SIBLING), ("Chị", Relation.SIBLING), ("Em", Relation.SIBLING),
        ("Con dâu", Relation.CHILD_IN_LAW), ("Con rể", Relation.CHILD_IN_LAW),
        ("child_in_law", Relation.CHILD_IN_LAW),
        ("Bố vợ", Relation.OTHER), ("Cô", Relation.OTHER), ("", Relation.OTHER), (None, Relation.OTHER),
    ],
)
def test_relation_words_map_to_relations(word, relation):
    assert parse_relation(word) is relation


def test_empty_relation_and_residence_type_default_to_other_and_permanent():
    valid, errors = parse([with_(relation="", residence_type="")])
    assert errors == []
    assert valid[0].resident.relation is Relation.OTHER
    assert valid[0].resident.residence_type is ResidenceType.PERMANENT


@pytest.mark.parametrize("word", ["Nam", "nam", "NAM", "M", "male"])
def test_male_is_recognised_in_many_spellings(word):
    valid, _ = parse([with_(sex=word)])
    assert valid[0].resident.sex is Sex.MALE


@pytest.mark.parametrize("word", ["Nữ", "nữ", "nu", "F", "female", unicodedata.normalize("NFD", "Nữ")])
def test_female_is_recognised_in_many_spellings(word):
    valid, _ = parse([with_(sex=word, personal_id="")])
    assert valid[0].resident.sex is Sex.FEMALE


def test_unmapped_columns_are_ignored():
    table = table_of([[*GOOD[:4], "rác"]], headers=[*VI[:4], "Dân tộc"])
    mapping = guess_mapping(table.headers)
    valid, errors = parse_rows(table, mapping, today=TODAY)
    assert errors == [] and valid[0].resident.personal_id is None


def test_two_thousand_rows_of_five_hundred_households_all_parse():
    """A hamlet-size sheet parses whole (its speed is measured by benchmarks/bench_import.py, not here: a
    timed test fails on a busy machine)."""
    rows = [with_(household_no=str(i // 4 + 1), personal_id="", relation="Chủ hộ" if i % 4 == 0 else "Con")
            for i in range(2000)]
    table = table_of(rows)
    mapping = guess_mapping(table.headers)
    valid, errors = parse_rows(table, mapping, today=TODAY)
    assert len(valid) == 2000 and errors == []
    assert len({v.household_no for v in valid}) == 500


# --- export, round trip, template -----------------------------------------------------------------

RESIDENTS = [
    dict(household_no="1", full_name="Nguyễn Văn Đức", birth_date=BirthDate(1980, 1, 5), sex=Sex.MALE,
         personal_id=MALE_1980, relation=Relation.HEAD, residence_type=ResidenceType.PERMANENT,
         residence_from=None, residence_to=None, address="Xóm 2, thôn Đông", phone="0912345678", note=None),
    dict(household_no="1", full_name="Trần Thị Bình", birth_date=BirthDate(1985), sex=Sex.FEMALE,
         personal_id=FEMALE_1985, relation=Relation.SPOUSE, residence_type=ResidenceType.PERMANENT,
         residence_from=None, residence_to=None, address="Xóm 2, thôn Đông", phone=None, note="=SUM(A1)"),
    dict(household_no="01A", full_name="Lê Văn Cường", birth_date=None, sex=Sex.MALE, personal_id=None,
         relation=Relation.CHILD_IN_LAW, residence_type=ResidenceType.TEMPORARY,
         residence_from=dt.date(2025, 2, 1), residence_to=dt.date(2026, 1, 31), address=None, phone=None,
         note="Làm việc ở KCN"),
]
RESIDENTS += [
    dict(RESIDENTS[2], full_name=f"Phạm Thị {name}", sex=sex, relation=relation, household_no=f"H{i}",
         residence_type=rtype, residence_from=None, residence_to=None, note=None)
    for i, (name, sex, relation, rtype) in enumerate([
        ("An", Sex.FEMALE, Relation.HEAD, ResidenceType.TEMPORARILY_ABSENT),
        ("Ba", Sex.FEMALE, Relation.SPOUSE, ResidenceType.SHORT_STAY),
        ("Ca", Sex.MALE, Relation.PARENT, ResidenceType.PERMANENT),
        ("Da", Sex.FEMALE, Relation.PARENT, ResidenceType.PERMANENT),
        ("Ea", Sex.MALE, Relation.GRANDPARENT, ResidenceType.PERMANENT),
        ("Ga", Sex.FEMALE, Relation.GRANDPARENT, ResidenceType.PERMANENT),
        ("Ha", Sex.MALE, Relation.GRANDCHILD, ResidenceType.PERMANENT),
        ("Ia", Sex.MALE, Relation.SIBLING, ResidenceType.PERMANENT),
        ("Ka", Sex.FEMALE, Relation.CHILD_IN_LAW, ResidenceType.PERMANENT),
        ("La", Sex.MALE, Relation.CHILD, ResidenceType.PERMANENT),
        ("Ma", Sex.MALE, Relation.OTHER, ResidenceType.PERMANENT),
    ])
]


def test_export_row_gives_display_values_in_field_order():
    row = export_row(**RESIDENTS[1])
    assert row == ["1", "Trần Thị Bình", "1985", "Nữ", FEMALE_1985, "Vợ", "Thường trú", None, None,
                   "Xóm 2, thôn Đông", None, "=SUM(A1)"]
    assert export_row(**RESIDENTS[0])[2] == dt.date(1980, 1, 5)


def test_our_own_export_reads_back_unchanged(tmp_path):
    path = tmp_path / "so-thon.xlsx"
    write_register(path, register_rows_for_export(RESIDENTS), title="Danh sách nhân khẩu thôn Đông")
    table, (valid, errors) = read_and_parse(path)
    assert errors == []
    assert table.headers == [VI_HEADERS[f] for f in FIELDS]
    assert len(valid) == len(RESIDENTS)
    for row, expected in zip(valid, RESIDENTS):
        got = row.resident
        assert row.household_no == expected["household_no"]
        assert row.address == expected["address"]
        assert (got.full_name, got.birth_date, got.sex, got.personal_id, got.relation, got.residence_type,
                got.residence_from, got.residence_to, got.phone, got.note) == (
            expected["full_name"], expected["birth_date"], expected["sex"], expected["personal_id"],
            expected["relation"], expected["residence_type"], expected["residence_from"],
            expected["residence_to"], expected["phone"], expected["note"])


def test_export_writes_real_dates_text_ids_and_a_frozen_bold_header(tmp_path):
    path = tmp_path / "so-thon.xlsx"
    write_register(path, [export_row(**r) for r in RESIDENTS[:3]], title="Thôn Đông")
    sheet = openpyxl.load_workbook(path).active
    assert sheet.title == REGISTER_SHEET_TITLE
    assert sheet["A1"].value == "Thôn Đông"
    assert sheet["A2"].value == "Hộ số" and sheet["A2"].font.bold
    assert sheet.freeze_panes == "A3"
    assert sheet["C3"].is_date and sheet["C3"].number_format.upper() == "DD/MM/YYYY"
    assert sheet["E3"].data_type == "s" and sheet["E3"].value == MALE_1980
    assert sheet["L4"].data_type == "s"  # "=SUM(A1)" stays a note, not a formula
    assert sheet.column_dimensions["B"].width > sheet.column_dimensions["A"].width


def test_writing_replaces_the_file_atomically_and_leaves_no_temp_file(tmp_path):
    path = tmp_path / "out.xlsx"
    path.write_bytes(b"old")
    write_xlsx(path, ["a", "b"], [[1, dt.date(2026, 1, 2)]], sheet_title="Dữ liệu: 1/2")
    assert os.listdir(tmp_path) == ["out.xlsx"]
    assert openpyxl.load_workbook(path).active.title == "Dữ liệu  1 2"


def test_writing_into_a_missing_folder_is_file_unwritable(tmp_path):
    with pytest.raises(SothonError) as caught:
        write_xlsx(tmp_path / "no" / "out.xlsx", ["a", "b"], [], sheet_title="x")
    assert caught.value.code == "file_unwritable"


def test_the_template_has_only_the_headers_and_a_guide_sheet(tmp_path):
    path = tmp_path / "mau.xlsx"
    write_template(path)
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == [REGISTER_SHEET_TITLE, GUIDE_SHEET_TITLE]
    sheet = workbook[REGISTER_SHEET_TITLE]
    assert [c.value for c in sheet[1]] == [VI_HEADERS[f] for f in FIELDS]
    assert sheet.max_row == 1
    assert sheet.column_dimensions["E"].number_format == "@"
    guide = workbook[GUIDE_SHEET_TITLE]
    described = [guide.cell(row=r, column=1).value for r in range(3, 3 + len(FIELDS))]
    assert described == [VI_HEADERS[f] for f in FIELDS]
    assert guess_mapping([c.value for c in sheet[1]]) == dict(enumerate(FIELDS))
    with pytest.raises(SothonError) as caught:
        read_table(path)
    assert caught.value.code == "spreadsheet_empty"
