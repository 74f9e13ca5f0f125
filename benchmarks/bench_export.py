"""Export of a hamlet-year (≈ 1,800 residents, every record type that exists) ≤ 5 s, and still ≤ 5 s with
~30 signed PDFs riding along (issue 4). The 30 PDFs are real documents of the register of issued documents:
the specimens of every kind, signed and kept (``archive.issue``) before the clock starts, as a year's
minutes and lists would be; the named export carries them all.

Measured in-process on ``services.exchange.export_bundle`` (collect, pseudonymise, sign, encrypt, write, outbox).
Baseline: writing a zip of the same payload bytes with zipfile + hashlib, no crypto, no database.
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
import sys
import time
import zipfile
from pathlib import Path

from _common import CACHE, ROOT, emit

sys.path.insert(0, str(ROOT))

from desktop_app.bootstrap import open_app  # noqa: E402
from desktop_app.domain.units import UnitKind  # noqa: E402
from desktop_app.services import archive, documents, exchange, identity  # noqa: E402
from desktop_app.services.demo import fill_demo  # noqa: E402
from desktop_app.services.setup import initialise  # noqa: E402

PASS = "bench-passphrase"


def _unit(path: Path, role: UnitKind, name: str | None):
    shutil.rmtree(path, ignore_errors=True)
    app = open_app(path)
    with app.uow() as uow:
        initialise(uow, role=role, province_code="40", commune_code="17380", unit_name=name, unit_code=None,
                   head_name="Nguyễn Văn Bench", head_phone=None, passphrase=PASS)
        uow.commit()
    app.refresh_unit()
    app.unlock(None, PASS)
    return app


def main() -> None:
    base = CACHE / "export-run"
    shutil.rmtree(base / "out", ignore_errors=True)
    commune = _unit(base / "commune", UnitKind.COMMUNE, None)
    pem = identity.export_cert(commune, base / "commune.pem")
    hamlet = _unit(base / "hamlet", UnitKind.HAMLET, "Thôn Đông")
    with hamlet.uow() as uow:
        fill_demo(uow, scale="hamlet", seed=3, force=False, today=dt.date.today())
        uow.commit()
    exchange.set_recipient(hamlet, pem)
    identity.identity_show(hamlet)  # the unit's keys exist before the clock starts

    t = time.perf_counter()
    plain = exchange.export_bundle(hamlet, out_dir=base / "out", all=True)
    seconds = time.perf_counter() - t

    kinds = [k for k, info in documents.KINDS.items() if not info.party and info.record is None]
    for i in range(30):
        kind = kinds[i % len(kinds)]
        on = dt.date(2026, 1 + i % 12, 1 + i % 28)
        year = on.year if documents.KINDS[kind].takes_year else None
        archive.issue(hamlet, kind, issued_on=on, on=on, year=year)
    t = time.perf_counter()
    with_pdfs = exchange.export_bundle(hamlet, out_dir=base / "out", all=True, named=True)
    seconds_pdfs = time.perf_counter() - t
    assert len(with_pdfs["documents"]) == 30, with_pdfs["documents"]

    payload = Path(with_pdfs["bundle"]).read_bytes()
    t = time.perf_counter()
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(payload)) as src, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            __import__("hashlib").sha256(data).hexdigest()
            dst.writestr(info.filename, data)
    baseline = time.perf_counter() - t
    emit("export_hamlet_year_s", value=seconds, unit="s", baseline=baseline, target="<= 5 s",
         counts=plain["counts"])
    emit("export_hamlet_year_with_30_signed_pdfs_s", value=seconds_pdfs, unit="s", baseline=baseline,
         target="<= 5 s", bundle_bytes=len(payload))


if __name__ == "__main__":
    main()
