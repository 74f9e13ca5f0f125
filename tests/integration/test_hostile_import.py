"""`sothon households import` of a hostile spreadsheet: refused with its code, the register unchanged."""

from __future__ import annotations

import pytest

from desktop_app.interchange import sheet_limits, tabular
from tests import hostile_sheets as hostile
from tests.conftest import PASSPHRASE, dump_tables, make_hamlet
from tests.integration.test_cli import run

CORPUS = {
    "shared_strings_bomb": (lambda p: hostile.shared_strings_bomb(p, size=sheet_limits.MAX_SHARED_STRINGS_BYTES + 2**20),
                            "spreadsheet_part_too_large"),
    "packed_cell": (lambda p: hostile.oversized_cell(p, size=20 * 2**20), "spreadsheet_compression_suspicious"),
    "long_cell": (lambda p: hostile.oversized_cell(p, size=sheet_limits.MAX_TEXT_BYTES + 10, varied=True),
                  "spreadsheet_cell_too_long"),
    "too_many_rows": (lambda p: hostile.many_rows(p, count=tabular.MAX_ROWS + 100), "spreadsheet_too_large"),
    "far_column": (hostile.wide_row, "spreadsheet_too_wide"),
    "styles_bomb": (lambda p: hostile.styles_bomb(p, size=sheet_limits.MAX_OTHER_PART_BYTES + 2**20),
                    "spreadsheet_part_too_large"),
    "repeated_rows": (lambda p: hostile.duplicated_rows(p, count=1_000), "spreadsheet_repeated_rows"),
}


@pytest.fixture
def initialised(tmp_path, monkeypatch):
    """Thôn Đông's data directory, for the command line."""
    monkeypatch.setenv("SOTHON_PASSPHRASE", PASSPHRASE)
    make_hamlet(tmp_path / "data").close()
    return tmp_path / "data"


@pytest.mark.parametrize("kind", sorted(CORPUS))
def test_a_hostile_spreadsheet_is_refused_and_the_register_is_unchanged(kind, initialised, capsys, tmp_path):
    build, code_expected = CORPUS[kind]
    d = str(initialised)
    run(capsys, "--data-dir", d, "demo", "--json")
    before = dump_tables(initialised / "sothon.db")
    path = build(tmp_path / f"{kind}.xlsx")

    for args in (("households", "import", str(path), "--json"),
                 ("households", "import", str(path), "--dry-run", "--json")):
        code, doc = run(capsys, "--data-dir", d, *args)
        assert code == 1 and doc["error"] == code_expected, doc
        assert doc["message"] and "{" not in doc["message"]

    assert dump_tables(initialised / "sothon.db") == before


def test_a_hostile_csv_is_refused_and_the_register_is_unchanged(initialised, capsys, tmp_path):
    d = str(initialised)
    before = dump_tables(initialised / "sothon.db")
    path = hostile.csv_rows(tmp_path / "rows.csv", count=tabular.MAX_ROWS + 100)
    code, doc = run(capsys, "--data-dir", d, "households", "import", str(path), "--json")
    assert code == 1 and doc["error"] == "spreadsheet_too_large"
    assert "50.000" in doc["message"]
    assert dump_tables(initialised / "sothon.db") == before
