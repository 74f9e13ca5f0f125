"""Opening the commune overview on a commune of 12 hamlets / ≥ 40,000 residents received, against the window's
start-up target (bench_startup: ≤ 2.5× a bare PySide6 script showing a window with a 50-row table).

The commune is built once (cached in the temp folder) the way it happens: 12 hamlets each fill their register with
the demo generators (900 households ≈ 3,450 residents, and a year of mediation cases), export their first bundle
to the commune, which imports them. Each measured process opens the real main window on that data directory, goes to
the overview as a person would, and exits when the overview shows its data; the figure is the overview's own
part (page built, queries, grid and figures filled), the baseline the bare script's start-up, in the same run.
Also printed: the same opened the instant the first page shows (before the background import of the ORM), and
the whole time from the process's start to the overview shown.
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


def _child(data: Path, mode: str) -> tuple[float, float]:
    """(seconds from the child's start to the overview shown, seconds of the overview itself)."""
    cmd = [sys.executable, str(Path(__file__).with_name("_open_overview.py")), str(data), mode]
    proc = subprocess.run(cmd, env=ENV, cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"{cmd} failed: {proc.stderr[-2000:]}")
    total, own = proc.stdout.split()[-2:]
    return float(total), float(own)


def main() -> None:
    from bench_startup import BARE, compile_bytecode, timed

    data = received_commune()
    residents = int((data.parent / ".ready").read_text())
    compile_bytecode()
    bare_cmd = [sys.executable, "-c", BARE]
    timed(bare_cmd)  # warm the file cache for both
    _child(data, "settled")
    bare = [timed(bare_cmd)[0] for _ in range(RUNS)]
    settled = [_child(data, "settled") for _ in range(RUNS)]
    cold = [_child(data, "ready") for _ in range(RUNS)]
    base = statistics.median(bare)
    common = {"runs": RUNS, "hamlets": HAMLETS, "residents": residents}
    emit("overview_open_seconds", value=statistics.median(o for _t, o in settled), unit="s", baseline=base,
         target="<= 2.5x baseline (the window's start-up target)", **common,
         note="the overview opened in a started window: page built, queried, grid and figures shown")
    emit("overview_open_cold_seconds", value=statistics.median(o for _t, o in cold), unit="s", baseline=base,
         target="(for comparison)", **common,
         note="the same, opened the instant the first page showed, before the ORM was imported in the background")
    emit("start_to_overview_seconds", value=statistics.median(t for t, _o in cold), unit="s", baseline=base,
         target="(for comparison)", **common,
         note="a fresh process until the overview shows its data, opened as soon as the window was ready")


if __name__ == "__main__":
    main()
