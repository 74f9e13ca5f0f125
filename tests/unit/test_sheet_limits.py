"""Hostile spreadsheets are refused before a parser expands them (tests/hostile_sheets.py builds them).

Each file sits just past one limit; a refusal must come from the bounds check, before openpyxl is
asked to open the file (the tests make openpyxl fail if it is). Time and memory of the refusals at the
sizes found in the wild are measured by benchmarks/bench_hostile_sheets.py.
"""

from __future__ import annotations

import pytest

from desktop_app.domain.errors import SothonError
from desktop_app.interchange import sheet_limits, tabular
from desktop_app.messages import render
from tests import hostile_sheets as hostile


@pytest.fixture
def no_openpyxl(monkeypatch):
    import openpyxl

    def refuse(*_a, **_kw):
        raise AssertionError("openpyxl was asked to open a file the bounds check should have refused")

    monkeypatch.setattr(openpyxl, "load_workbook", refuse)


def _refused(path) -> SothonError:
    with pytest.raises(SothonError) as caught:
        tabular.read_table(path)
    return caught.value


def test_a_shared_strings_table_that_expands_past_its_limit_is_refused_from_the_zip_directory(
        tmp_path, no_openpyxl):
    path = hostile.shared_strings_bomb(tmp_path / "ss.xlsx", size=sheet_limits.MAX_SHARED_STRINGS_BYTES + 2**20)
    error = _refused(path)
    assert error.code == "spreadsheet_part_too_large"
    assert error.params["part"] == "xl/sharedStrings.xml" and error.params["limit"] == 32
    assert "32 MB" in render(error)


def test_a_part_packed_far_tighter_than_real_spreadsheets_is_refused(tmp_path, no_openpyxl):
    path = hostile.oversized_cell(tmp_path / "packed.xlsx", size=20 * 2**20)
    error = _refused(path)
    assert error.code == "spreadsheet_compression_suspicious"
    assert error.params["ratio"] > sheet_limits.MAX_RATIO


def test_one_cell_longer_than_excel_allows_is_refused_while_streaming(tmp_path, no_openpyxl):
    path = hostile.oversized_cell(tmp_path / "cell.xlsx", size=sheet_limits.MAX_TEXT_BYTES + 1000,
                                  varied=True)
    error = _refused(path)
    assert error.code == "spreadsheet_cell_too_long" and error.params == {"limit": 32_767}
    assert "32.767" in render(error)


def test_a_cell_just_under_the_limit_is_read(tmp_path):
    path = hostile.oversized_cell(tmp_path / "cell.xlsx", size=30_000, varied=True)
    table = tabular.read_table(path)
    assert 20_000 < len(table.rows[0][1][1]) <= 32_767  # 30,000 bytes of UTF-8


def test_more_rows_than_allowed_are_refused_before_parsing(tmp_path, no_openpyxl):
    path = hostile.many_rows(tmp_path / "rows.xlsx", count=tabular.MAX_ROWS + tabular.HEADER_SEARCH_ROWS + 1)
    error = _refused(path)
    assert error.code == "spreadsheet_too_large" and error.params == {"limit": tabular.MAX_ROWS}
    assert "50.000" in render(error)


def test_a_declared_dimension_past_the_limit_is_refused_at_once(tmp_path, no_openpyxl):
    path = hostile.many_rows(tmp_path / "rows.xlsx", count=10, dimension="A1:B1048576")
    assert _refused(path).code == "spreadsheet_too_large"
    path = hostile.many_rows(tmp_path / "cols.xlsx", count=10, dimension="A1:XFD11")
    assert _refused(path).code == "spreadsheet_too_wide"


def test_a_lying_small_dimension_does_not_hide_the_rows(tmp_path, no_openpyxl):
    path = hostile.many_rows(tmp_path / "rows.xlsx", count=tabular.MAX_ROWS + 100, dimension="A1:B2")
    assert _refused(path).code == "spreadsheet_too_large"


def test_a_cell_in_a_far_column_is_refused(tmp_path, no_openpyxl):
    error = _refused(hostile.wide_row(tmp_path / "wide.xlsx"))
    assert error.code == "spreadsheet_too_wide" and error.params == {"limit": 702, "column": "ZZ"}


def test_too_many_shared_strings_are_refused(tmp_path, no_openpyxl):
    path = hostile.many_strings(tmp_path / "strings.xlsx", count=sheet_limits.MAX_SHARED_STRINGS + 1)
    assert _refused(path).code == "spreadsheet_too_many_strings"


def test_a_styles_part_past_its_limit_is_refused(tmp_path, no_openpyxl):
    path = hostile.styles_bomb(tmp_path / "styles.xlsx", size=sheet_limits.MAX_OTHER_PART_BYTES + 2**20)
    error = _refused(path)
    assert error.code == "spreadsheet_part_too_large" and error.params["part"] == "xl/styles.xml"


def test_one_row_copied_more_than_a_hundred_times_is_refused_early(tmp_path):
    path = hostile.duplicated_rows(tmp_path / "dup.xlsx", count=5_000)
    error = _refused(path)
    assert error.code == "spreadsheet_repeated_rows"
    assert error.params == {"row": 2, "count": tabular.MAX_REPEATS + 1, "limit": tabular.MAX_REPEATS}


def test_a_few_repeated_rows_are_left_to_the_row_checks(tmp_path):
    path = hostile.duplicated_rows(tmp_path / "dup.xlsx", count=tabular.MAX_REPEATS)
    assert len(tabular.read_table(path).rows) == tabular.MAX_REPEATS


def test_a_file_larger_than_allowed_on_disk_is_refused_unopened(tmp_path, monkeypatch, no_openpyxl):
    monkeypatch.setattr(sheet_limits, "MAX_FILE_BYTES", 2**20)
    path = hostile.csv_rows(tmp_path / "big.csv", count=60_000)
    error = _refused(path)
    assert error.code == "spreadsheet_file_too_large" and error.params["limit"] == 1


def test_a_csv_with_more_lines_than_allowed_is_refused_before_decoding(tmp_path, monkeypatch):
    path = hostile.csv_rows(tmp_path / "rows.csv", count=tabular.MAX_ROWS + tabular.HEADER_SEARCH_ROWS + 1)

    def refuse(_data):
        raise AssertionError("decoded")

    monkeypatch.setattr(tabular, "decode_bytes", refuse)
    assert _refused(path).code == "spreadsheet_too_large"


@pytest.mark.parametrize("size", [40_000, 200_000])  # under and over the csv module's own field limit
def test_a_csv_cell_longer_than_excel_allows_is_refused(tmp_path, size):
    error = _refused(hostile.csv_long_cell(tmp_path / "cell.csv", size=size))
    assert error.code == "spreadsheet_cell_too_long"


def test_a_damaged_zip_part_is_still_reported_unreadable_by_the_reader(tmp_path):
    path = hostile.many_rows(tmp_path / "ok.xlsx", count=50)
    data = bytearray(path.read_bytes())
    at = data.find(b"sheet1.xml") + 200  # inside the sheet's compressed data
    data[at : at + 40] = b"\x00" * 40
    path.write_bytes(bytes(data))
    assert _refused(path).code in ("file_unreadable", "spreadsheet_empty", "spreadsheet_no_header")


def test_a_namespace_prefixed_sheet_is_counted_too(tmp_path, no_openpyxl):
    path = hostile.many_rows(tmp_path / "rows.xlsx", count=tabular.MAX_ROWS + 100, prefix="x")
    assert _refused(path).code == "spreadsheet_too_large"


def test_a_zip_with_tens_of_thousands_of_parts_is_refused_before_its_directory_is_read(tmp_path, monkeypatch):
    import zipfile

    path = hostile.many_parts(tmp_path / "parts.xlsx", count=sheet_limits.MAX_PARTS + 1)

    def refuse(*_a, **_kw):
        raise AssertionError("zipfile read the directory")

    monkeypatch.setattr(zipfile, "ZipFile", refuse)
    assert _refused(path).code == "spreadsheet_part_too_large"
