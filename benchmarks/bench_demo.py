"""`sothon demo --scale commune` (≥ 40,000 residents) ≤ 30 s.

Baseline: raw sqlite3 inserting the same number of rows (households + residents + audit entries) with
executemany in one transaction, on a file with the same pragmas.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
import uuid
from pathlib import Path

from _common import CACHE, emit, init, sothon


def baseline(households: int, residents: int) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        conn = sqlite3.connect(Path(tmp) / "raw.db")
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("CREATE TABLE h (id TEXT PRIMARY KEY, number TEXT, address TEXT)")
        conn.execute("CREATE TABLE r (id TEXT PRIMARY KEY, household_id TEXT, full_name TEXT, sort_key TEXT, "
                     "search_key TEXT, birth_date TEXT, sex TEXT, personal_id TEXT)")
        conn.execute("CREATE TABLE a (id INTEGER PRIMARY KEY, record_id TEXT, changes TEXT)")
        t = time.perf_counter()
        hs = [(str(uuid.uuid4()), str(i), "Xóm 1") for i in range(households)]
        rs = [(str(uuid.uuid4()), hs[i % households][0], "Nguyễn Văn An", "key", "nguyen van an", "1980-01-01",
               "male", f"{i:012d}") for i in range(residents)]
        with conn:
            conn.executemany("INSERT INTO h VALUES (?,?,?)", hs)
            conn.executemany("INSERT INTO r VALUES (?,?,?,?,?,?,?,?)", rs)
            conn.executemany("INSERT INTO a (record_id, changes) VALUES (?, '{}')", [(x[0],) for x in hs + rs])
        elapsed = time.perf_counter() - t
        conn.close()
    return elapsed


def main() -> None:
    d = CACHE / "demo-run"
    init(d, "commune")
    seconds, doc = sothon("demo", "--scale", "commune", "--seed", "7", "--json", data_dir=d)
    emit("demo_commune_seconds", value=seconds, unit="s", baseline=baseline(doc["households"], doc["residents"]),
         target="<= 30 s", households=doc["households"], residents=doc["residents"])


if __name__ == "__main__":
    main()
