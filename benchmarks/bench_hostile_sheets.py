"""Hostile spreadsheets refused within 2 s and 300 MB each (the sizes at which they were found).

Each file of the corpus (tests/hostile_sheets.py) is read by ``tabular.read_table`` in a fresh process,
as ``sothon households import`` would read it; the process reports the error code, the seconds the read
took and its peak memory (VmHWM, which includes Python and openpyxl themselves). Baseline, in the
same run and the same way: reading a real 2,000-row register exported by Sổ Thôn.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

from _common import CACHE, ROOT, emit

sys.path.insert(0, str(ROOT))

from bench_import import make_sheet  # noqa: E402

from tests import hostile_sheets as hostile  # noqa: E402

GB, MB = 1 << 30, 1 << 20
CORPUS = {
    "shared_strings_2gb": lambda p: hostile.shared_strings_bomb(p.with_suffix(".xlsx"), size=2 * GB),
    "one_cell_500mb_packed": lambda p: hostile.oversized_cell(p.with_suffix(".xlsx"), size=500 * MB),
    "one_cell_40mb_text": lambda p: hostile.oversized_cell(p.with_suffix(".xlsx"), size=40 * MB, varied=True),
    "rows_1_000_000": lambda p: hostile.many_rows(p.with_suffix(".xlsx"), count=1_000_000),
    "rows_1_000_000_lying_dimension": lambda p: hostile.many_rows(p.with_suffix(".xlsx"), count=1_000_000,
                                                                  dimension="A1:B2"),
    "cell_in_column_xfd": lambda p: hostile.wide_row(p.with_suffix(".xlsx")),
    "styles_1gb": lambda p: hostile.styles_bomb(p.with_suffix(".xlsx"), size=GB),
    "shared_strings_1_200_000": lambda p: hostile.many_strings(p.with_suffix(".xlsx"), count=1_200_000),
    "duplicated_rows_50_000": lambda p: hostile.duplicated_rows(p.with_suffix(".xlsx"), count=50_000),
    "zip_parts_300_000": lambda p: hostile.many_parts(p.with_suffix(".xlsx"), count=300_000),
    "csv_rows_1_000_000": lambda p: hostile.csv_rows(p.with_suffix(".csv"), count=1_000_000),
    "csv_one_cell_5mb": lambda p: hostile.csv_long_cell(p.with_suffix(".csv"), size=5 * MB),
}

PROBE = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
from desktop_app.domain.errors import SothonError
from desktop_app.interchange import register_file
t = time.perf_counter()
try:
    table = register_file.read_register(sys.argv[1])
    code, rows = None, len(table.rows)
except SothonError as e:
    code, rows = e.code, None
seconds = time.perf_counter() - t
try:  # this process's own high-water mark (ru_maxrss would include what the parent had before exec)
    status = open("/proc/self/status").read()
    peak = int(status.split("VmHWM:")[1].split()[0]) / 1024
except (OSError, IndexError):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"seconds": seconds, "code": code, "rows": rows, "peak_mb": peak}}))
"""


def probe(path) -> dict:  # noqa: ANN001 — a Path
    out = subprocess.run([sys.executable, "-c", PROBE.format(root=str(ROOT)), str(path)], capture_output=True,
                         text=True, timeout=600, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    folder = CACHE / "hostile"
    folder.mkdir(parents=True, exist_ok=True)
    legit = folder / "register-2000.xlsx"
    if not legit.exists():
        make_sheet(legit)
    base = probe(legit)
    assert base["code"] is None and base["rows"] == 2000, base
    for name, build in CORPUS.items():
        stem = folder / name
        path = next(iter(folder.glob(name + ".*")), None) or build(stem)
        result = probe(path)
        emit(f"hostile_{name}_seconds", value=result["seconds"], unit="s", baseline=base["seconds"],
             target="<= 2 s, <= 300 MB peak", code=result["code"], peak_mb=round(result["peak_mb"]),
             baseline_peak_mb=round(base["peak_mb"]), file_mb=round(path.stat().st_size / MB, 1),
             refused=result["code"] is not None)


if __name__ == "__main__":
    print(f"# {dt.datetime.now():%Y-%m-%d %H:%M}", file=sys.stderr)
    main()
