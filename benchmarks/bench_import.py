"""Import of a 2,000-row household spreadsheet ≤ 3 s (`sothon households import`, whole process).

Baseline: the floor for the same work — openpyxl reading the same file plus raw sqlite3 inserting its
rows, in one process (without our process start-up, validation, audit or index maintenance).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

import openpyxl

from _common import CACHE, ROOT, emit, init, sothon

sys.path.insert(0, str(ROOT))

from desktop_app.interchange.register_file import export_row, write_register  # noqa: E402
from desktop_app.services.demo_data import generate_households  # noqa: E402


def make_sheet(path: Path, rows_wanted: int = 2000) -> int:
    households = generate_households(count=rows_wanted // 3, seed=5, today=dt.date.today())
    rows = []
    for h in households:
        for p in h.members:
            rows.append(export_row(household_no=h.number, full_name=p.full_name, birth_date=p.birth_date,
                                   sex=p.sex, personal_id=p.personal_id, relation=p.relation,
                                   residence_type=p.residence_type, residence_from=p.residence_from,
                                   residence_to=p.residence_to, address=h.address, phone=p.phone, note=p.note))
            if len(rows) == rows_wanted:
                write_register(path, rows)
                return len(rows)
    write_register(path, rows)
    return len(rows)


def baseline(path: Path) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        values = [tuple(str(c) if c is not None else None for c in row[:12])
                  for row in wb.worksheets[0].iter_rows(min_row=2, values_only=True)]
        wb.close()
        conn = sqlite3.connect(Path(tmp) / "raw.db")
        conn.execute("CREATE TABLE r (" + ", ".join(f"c{i} TEXT" for i in range(12)) + ")")
        with conn:
            conn.executemany(f"INSERT INTO r VALUES ({','.join('?' * 12)})", values)
        conn.close()
        return time.perf_counter() - t


def main() -> None:
    sheet = CACHE / "import-2000.xlsx"
    CACHE.mkdir(parents=True, exist_ok=True)
    n = make_sheet(sheet)
    d = CACHE / "import-run"
    init(d, "hamlet")
    seconds, doc = sothon("households", "import", str(sheet), "--json", data_dir=d)
    emit("import_2000_rows_seconds", value=seconds, unit="s", baseline=baseline(sheet), target="<= 3 s", rows=n,
         new=doc["new"], households_new=doc["households_new"])


if __name__ == "__main__":
    main()
