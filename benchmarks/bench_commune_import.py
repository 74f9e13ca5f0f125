"""Import of a commune-year at the commune: 12 hamlets × 12 monthly bundles, the first of each carrying the
whole register (demo data), the others a month's changes. Target: ≤ 60 s in total, and the per-record cost
within 3× of the baseline.

Baseline, measured in the same run: raw sqlite3 ``executemany`` inserting the same records (id, unit, version,
fields as JSON) into a bare table, one transaction per bundle — the floor for storing the rows, without
verifying, decrypting, chain checks, version comparison or receipts.

Two readings of "per-record cost", both printed:

- ``per_record_ratio``: the whole import's time divided by its records, against the baseline's the same way —
  every per-bundle cost (verifying the signature, the chain, signing and writing the receipt) spread over the
  records, so a year of small monthly bundles weighs on it;
- ``marginal_ratio``: the cost of one more record. Each bundle's time is fitted as ``fixed + n × per_record``
  (least squares over the 144 bundles, the import's and the baseline's alike); the ratio is of the two slopes,
  and ``fixed_ms``/``baseline_fixed_ms`` say what a bundle costs whatever it carries.

``--hamlets N --months M`` run a smaller year (for a quick look). ``--repeat N`` (default 3) imports the same
year into N fresh copies of the commune and runs the baseline N times: the figures are the medians, so that one
slow fsync on a shared machine does not decide the ratio.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from _common import PASSPHRASE, ROOT, emit

sys.path.insert(0, str(ROOT))

from desktop_app.bootstrap import open_app  # noqa: E402
from desktop_app.bundles.reader import open_bundle  # noqa: E402
from desktop_app.domain.units import UnitKind  # noqa: E402
from desktop_app.services import commune_import, demo, enrolment, exchange, identity, register  # noqa: E402
from desktop_app.services.setup import initialise  # noqa: E402


def _unit(data_dir: Path, role: UnitKind, name: str | None):  # noqa: ANN202 — App
    app = open_app(data_dir)
    with app.uow() as uow:
        result = initialise(uow, role=role, province_code="40", commune_code="17380", unit_name=name, unit_code=None,
                            head_name="Nguyễn Văn Bench", head_phone=None, passphrase=PASSPHRASE)
        uow.commit()
    app.settings.default_profile = result.profile.name
    app.save_settings()
    app.refresh_unit()
    app.unlock(result.profile.name, PASSPHRASE)
    return app


def _month_of_changes(hamlet, month: int) -> None:
    """A month in a hamlet: a dozen residents' records corrected."""
    with hamlet.uow() as uow:
        residents = register.list_residents(uow)[month * 12:(month + 1) * 12]
        for r in residents:
            data = r.as_input()
            register.update_resident(uow, r.id, type(data)(**{**data.__dict__, "note": f"tháng {month}"}))
        uow.commit()


def build_year(root: Path, hamlets: int, months: int) -> tuple[object, list[Path]]:
    commune = _unit(root / "commune", UnitKind.COMMUNE, None)
    cert = identity.export_cert(commune, root / "commune.pem")
    bundles: list[Path] = []
    for i in range(1, hamlets + 1):
        hamlet = _unit(root / f"hamlet-{i}", UnitKind.HAMLET, f"Thôn {i}")
        with hamlet.uow() as uow:
            demo.fill_demo(uow, scale="hamlet", seed=i, force=False, today=dt.date.today())
            uow.commit()
        exchange.set_recipient(hamlet, cert)
        enrolment.enrol(commune, identity.export_cert(hamlet, root / f"hamlet-{i}.pem"))
        for month in range(months):
            if month:
                _month_of_changes(hamlet, month)
            out = exchange.export_bundle(hamlet, out_dir=root / "usb")
            exchange.mark(hamlet, out["outbox_id"], "sent")
            exchange.mark(hamlet, out["outbox_id"], "acknowledged")  # the next bundle carries a month's changes
            bundles.append(Path(out["bundle"]))
        hamlet.close()
    return commune, bundles


def fit(points: list[tuple[int, float]]) -> tuple[float, float]:
    """Least squares ``seconds = fixed + records × per_record`` over (records, seconds) per bundle."""
    n = len(points)
    mean_x = sum(x for x, _ in points) / n
    mean_y = sum(y for _, y in points) / n
    sxx = sum((x - mean_x) ** 2 for x, _ in points)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in points) / sxx
    return mean_y - slope * mean_x, slope


def baseline(commune, bundles: list[Path], db: Path) -> tuple[float, int, list[tuple[int, float]]]:
    """Raw sqlite3 executemany of the same records, one transaction per bundle (records decrypted beforehand,
    outside the timing); also (records, seconds) per bundle."""
    with commune.reader() as conn:
        key = identity.open_encryption_key(conn, commune.profile, PASSPHRASE)
    payloads = [open_bundle(b, decryption_key=key).records for b in bundles]
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE r (id TEXT PRIMARY KEY, unit_code TEXT, type TEXT, version INTEGER, fields TEXT)")
    total = 0
    points = []
    t = time.perf_counter()
    for records in payloads:
        start = time.perf_counter()
        rows = [(r["id"], r.get("unit_code"), r["type"], r["version"], json.dumps(r.get("fields", {})))
                for r in (*records["upserts"], *records["tombstones"])]
        with conn:
            conn.executemany("INSERT OR REPLACE INTO r VALUES (?, ?, ?, ?, ?)", rows)
        total += len(rows)
        points.append((len(rows), time.perf_counter() - start))
    elapsed = time.perf_counter() - t
    conn.close()
    return elapsed, total, points


def _fresh_copy(root: Path, n: int):  # noqa: ANN202 — App
    """The commune as it was before any import, copied (``commune-empty``) and signed in."""
    target = root / f"commune-run-{n}"
    shutil.copytree(root / "commune-empty", target)
    app = open_app(target)
    app.unlock(None, PASSPHRASE)
    return app


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--hamlets", type=int, default=12)
    p.add_argument("--months", type=int, default=12)
    p.add_argument("--repeat", type=int, default=3)
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        commune, bundles = build_year(root, args.hamlets, args.months)
        commune.close()
        shutil.copytree(root / "commune", root / "commune-empty")
        runs, bases, fits, base_fits = [], [], [], []
        for n in range(args.repeat):
            commune = _fresh_copy(root, n)
            stamps = []
            t = time.perf_counter()
            results = commune_import.import_files(commune, bundles, receipts_dir=root / f"receipts-{n}",
                                                  progress=lambda *_: stamps.append(time.perf_counter()))
            runs.append(time.perf_counter() - t)
            rejected = [r for r in results if r["status"] != "imported"]
            if rejected:
                raise SystemExit(f"{len(rejected)} bundles not imported: {rejected[0]}")
            sizes = [sum(sum(c.values()) for c in r["counts"].values()) for r in results]
            fits.append(fit(list(zip(sizes, (b - a for a, b in zip([t, *stamps], stamps)), strict=True))))
            base, records, points = baseline(commune, bundles, root / f"baseline-{n}.db")
            bases.append(base)
            base_fits.append(fit(points))
            commune.close()
    elapsed, base = statistics.median(runs), statistics.median(bases)
    per_record, per_base = elapsed / records, base / records
    fixed, slope = (statistics.median(f[i] for f in fits) for i in (0, 1))
    base_fixed, base_slope = (statistics.median(f[i] for f in base_fits) for i in (0, 1))
    emit("commune_import_year", value=elapsed, unit="s", baseline=base, target="≤ 60 s; per record ≤ 3× baseline",
         bundles=len(bundles), records=records, per_record_ms=round(per_record * 1000, 4),
         baseline_per_record_ms=round(per_base * 1000, 4), per_record_ratio=round(per_record / per_base, 2),
         marginal_ms=round(slope * 1000, 4), baseline_marginal_ms=round(base_slope * 1000, 4),
         marginal_ratio=round(slope / base_slope, 2), fixed_ms=round(fixed * 1000, 3),
         baseline_fixed_ms=round(base_fixed * 1000, 3),
         runs=[round(r, 3) for r in runs], baselines=[round(b, 3) for b in bases])


if __name__ == "__main__":
    main()
