"""Search p95 ≤ 20 ms per query over a commune (≥ 40,000 residents).

Queries are drawn from the data itself: full names typed without diacritics, Telex-typed names, given
name + family name, two-letter prefixes, single family names and ID-number prefixes. Baseline: raw
sqlite3 reading the same result rows by primary key (the floor for returning those rows).
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import sys
import time
from pathlib import Path

from _common import ROOT, commune_dir, emit

sys.path.insert(0, str(ROOT))

from desktop_app.bootstrap import open_app  # noqa: E402
from desktop_app.domain.vietnamese import fold  # noqa: E402
from desktop_app.services.search import search_residents  # noqa: E402

TELEX = {"ă": "aw", "â": "aa", "đ": "dd", "ê": "ee", "ô": "oo", "ơ": "ow", "ư": "uw"}
TONES = {"\u0301": "s", "\u0300": "f", "\u0309": "r", "\u0303": "x", "\u0323": "j"}


def telex(word: str) -> str:
    import unicodedata

    out, tone = [], ""
    for ch in unicodedata.normalize("NFD", word.lower()):
        if ch in TONES:
            tone = TONES[ch]
        else:
            out.append(ch)
    base = unicodedata.normalize("NFC", "".join(out))
    return "".join(TELEX.get(c, c) for c in base) + tone


def queries(names: list[tuple[str, str | None]], n: int, rng: random.Random) -> list[str]:
    qs = []
    for i in range(n):
        name, pid = rng.choice(names)
        words = name.split()
        kind = i % 6
        if kind == 0:
            qs.append(fold(name))
        elif kind == 1:
            qs.append(" ".join(telex(w) for w in words))
        elif kind == 2:
            qs.append(fold(words[-1] + " " + words[0]))
        elif kind == 3:
            qs.append(fold(words[-1])[:2])
        elif kind == 4:
            qs.append(fold(words[0]))
        else:
            qs.append((pid or "040")[:6])
    return qs


def main() -> None:
    d = commune_dir()
    app = open_app(d)
    app.unlock(None, "bench-passphrase")
    raw = sqlite3.connect(Path(d) / "sothon.db")
    names = raw.execute("SELECT full_name, personal_id FROM residents").fetchall()
    rng = random.Random(11)
    qs = queries(names, 300, rng)
    times, base = [], []
    with app.uow() as uow:
        for q in qs[:20]:  # warm the caches
            search_residents(uow, q, limit=50)
        for q in qs:
            t = time.perf_counter()
            found = search_residents(uow, q, limit=50)
            times.append(time.perf_counter() - t)
            ids = [r.id for r in found]
            t = time.perf_counter()
            raw.execute(f"SELECT * FROM residents WHERE id IN ({','.join('?' * len(ids))})", ids).fetchall()
            base.append(time.perf_counter() - t)
    p95 = statistics.quantiles(times, n=20)[-1] * 1000
    p95_base = statistics.quantiles(base, n=20)[-1] * 1000
    emit("search_p95_ms", value=p95, unit="ms", baseline=p95_base, target="<= 20 ms", queries=len(qs),
         median_ms=round(statistics.median(times) * 1000, 2), max_ms=round(max(times) * 1000, 2),
         residents=len(names))


if __name__ == "__main__":
    main()
