"""The commune's window opening on its first page, the commune overview, on a commune of 12 hamlets / ≥ 40,000
residents received, against the window's start-up target (bench_startup: ≤ 2.5× a bare PySide6 script showing a
window with a 50-row table, measured in the same run).

The commune is built once (cached in the temp folder, rebuilt when the migrations change) the way it happens: 12
hamlets each fill their register with the demo generators (900 households ≈ 3,450 residents, and a year of
mediation cases), export their first bundle to the commune, which imports them.

``start_to_overview_seconds`` (the target): ``python -m desktop_app --data-dir … --exit-when-ready``, a fresh
process from its start until the overview — the commune's first page — has run its queries on the 41,000
residents and shown and painted the grid and the figures (the page's ``ready``), then exits; no cache between
processes. ``overview_open_seconds``: the overview's own part of that (``_open_overview.py``: from the page's
construction, its module imported, to ready), from a child that also checks the first page is the overview and
shows every hamlet. Each run of the bare script and the window alternate, so that a busy machine weighs on both.
"""

from __future__ import annotations

import datetime as dt
import statistics
import subprocess
import sys
from pathlib import Path

from _common import CACHE, ENV, ROOT, emit

sys.path.insert(0, str(ROOT))

RUNS = 5
HAMLETS = 12
HOUSEHOLDS = 900  # × 3.83 people a household ≈ 3,450 residents a hamlet, ≈ 41,000 in the commune


def _schema_fingerprint() -> str:
    """The migrations the cached commune was built with: a re-chained or added migration (same SCHEMA_HEAD,
    different tables) makes the cache stale, and an overview on a stale schema fails on a missing table."""
    import hashlib

    digest = hashlib.sha256()
    for path in sorted((ROOT / "desktop_app" / "storage" / "migrations" / "versions").glob("*.py")):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()


def received_commune() -> Path:
    """The commune's data directory with 12 hamlets' first bundles imported (built once, then reused while the
    migrations are the same)."""
    d = CACHE / "commune-received"
    marker, schema = d / ".ready", d / ".schema"
    if marker.exists() and schema.exists() and schema.read_text() == _schema_fingerprint():
        return d / "commune"
    import shutil

    from bench_commune_import import _unit

    from desktop_app.domain.units import UnitKind
    from desktop_app.services import commune_import, demo, enrolment, exchange, identity
    from desktop_app.services.demo_data import generate_households, hamlet_names

    shutil.rmtree(d, ignore_errors=True)
    today = dt.date.today()
    commune = _unit(d / "commune", UnitKind.COMMUNE, None)
    cert = identity.export_cert(commune, d / "commune.pem")
    for i, name in enumerate(hamlet_names(HAMLETS, 7)):
        hamlet = _unit(d / f"hamlet-{i}", UnitKind.HAMLET, name)
        with hamlet.uow() as uow:
            demo._write_households(uow, hamlet.unit.code, generate_households(
                count=HOUSEHOLDS, seed=7000 + i, today=today, hamlet_name=name))
            demo._fill_mediation(uow, hamlet.unit.code, seed=7000 + i, today=today)
            uow.commit()
        exchange.set_recipient(hamlet, cert)
        enrolment.enrol(commune, identity.export_cert(hamlet, d / f"hamlet-{i}.pem"))
        bundle = exchange.export_bundle(hamlet, out_dir=d / "usb")["bundle"]
        hamlet.close()
        (result,) = commune_import.import_files(commune, [bundle], receipts_dir=d / "receipts")
        if result["status"] != "imported":
            raise SystemExit(f"{name}: {result}")
        shutil.rmtree(d / f"hamlet-{i}")
    from desktop_app.services import commune_overview

    with commune.uow() as uow:
        residents = sum(f["residents"] for f in commune_overview.by_unit(uow).values())
    commune.close()
    if residents < 40_000:
        raise SystemExit(f"only {residents} residents received")
    marker.write_text(str(residents))
    schema.write_text(_schema_fingerprint())
    return d / "commune"


def _child(data: Path) -> tuple[float, float]:
    """(seconds from the child's start to the overview shown, seconds of the overview itself)."""
    cmd = [sys.executable, str(Path(__file__).with_name("_open_overview.py")), str(data), str(HAMLETS)]
    proc = subprocess.run(cmd, env=ENV, cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"{cmd} failed ({proc.returncode}): {proc.stderr[-2000:]}")
    total, own = proc.stdout.split()[-2:]
    return float(total), float(own)


def main() -> None:
    from bench_startup import BARE, compile_bytecode, timed

    data = received_commune()
    residents = int((data.parent / ".ready").read_text())
    compile_bytecode()
    bare_cmd = [sys.executable, "-c", BARE]
    app_cmd = [sys.executable, "-m", "desktop_app", "--data-dir", str(data), "--exit-when-ready"]
    timed(bare_cmd)  # warm the file cache for both
    timed(app_cmd)
    _child(data)
    bare, app, own = [], [], []
    for _ in range(RUNS):
        bare.append(timed(bare_cmd)[0])
        app.append(timed(app_cmd)[0])
        own.append(_child(data)[1])
    base = statistics.median(bare)
    common = {"runs": RUNS, "hamlets": HAMLETS, "residents": residents}
    emit("start_to_overview_seconds", value=statistics.median(app), unit="s", baseline=base,
         target="<= 2.5x baseline (the window's start-up target)", **common,
         note="python -m desktop_app --exit-when-ready: process start until the overview, the commune's first"
              " page, has queried and painted its data")
    emit("overview_open_seconds", value=statistics.median(own), unit="s", baseline=base,
         target="(its share of the above)", **common,
         note="the overview page itself: module imported, page built, queries, grid and figures painted")


if __name__ == "__main__":
    main()
