"""Verifying a ~10 MB bundle ≤ 1 s (issue 4).

A hamlet-year stand-in: 1,800 residents, 420 households, their events, the report figures and 30 PDFs
(incompressible bytes, as signed PDFs mostly are) — about 10 MB. Measured in one warm process: the median
of several runs of ``verify_bundle_file`` (what ``sothon verify --json`` does after start-up: safe unzip,
signature, schema of the manifest and payloads, SHA-256 of every file). Baseline: hashlib's SHA-256 of the
same file's bytes read from disk, the floor for checking every byte once. Also reported: writing the bundle,
and opening the encrypted one with the recipient's key (decryption and payload schemas included).
"""

from __future__ import annotations

import hashlib
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, emit

sys.path.insert(0, str(ROOT))

from desktop_app.bundles.reader import open_bundle, verify_bundle_file  # noqa: E402
from desktop_app.bundles.writer import write_bundle  # noqa: E402
from tests.unit import bundle_support as bf  # noqa: E402

RUNS = 7


def hamlet_year() -> tuple[list[dict], list[tuple[str, bytes]]]:
    records = []
    households = [bf.uid(10_000 + i) for i in range(420)]
    for i, hh in enumerate(households):
        records.append({"id": hh, "type": "household", "version": 1, "updated_at": "2026-03-01T08:00:00+07:00",
                        "unit_code": "17380-thon-dong", "fields": {"number": str(i + 1), "address": f"Xóm {i % 9}",
                                                                   "head_id": None, "note": None}})
    for i in range(1800):
        records.append({"id": bf.uid(20_000 + i), "type": "resident", "version": 1 + i % 3,
                        "updated_at": "2026-03-01T08:00:00+07:00", "unit_code": "17380-thon-dong",
                        "fields": {"household_id": households[i % 420], "full_name": f"Nguyễn Văn Thử {i}",
                                   "birth_date": f"{1940 + i % 80}-01-15", "birth_year": 1940 + i % 80,
                                   "sex": "male" if i % 2 else "female", "personal_id": f"040{i:09d}",
                                   "relation": "other", "residence_type": "permanent", "status": "present",
                                   "phone": None, "note": "ghi chú " * 5}})
        if i % 6 == 0:
            records.append({"id": bf.uid(40_000 + i), "type": "resident_event", "version": 1,
                            "updated_at": "2026-03-01T08:00:00+07:00", "unit_code": "17380-thon-dong",
                            "fields": {"resident_id": bf.uid(20_000 + i), "kind": "moved_in",
                                       "on_date": "2026-02-01", "details": {}}})
    documents = [(f"bien-ban-{i:02d}.pdf", b"%PDF-1.7\n" + os.urandom(320_000)) for i in range(30)]
    return bf.with_document_records(records, documents), documents


def median_time(fn) -> float:  # noqa: ANN001
    times = []
    for _ in range(RUNS):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    records, documents = hamlet_year()
    h, c = bf.hamlet(), bf.commune()
    with tempfile.TemporaryDirectory() as tmp:
        common = dict(sender=bf.SENDER, recipient=bf.RECIPIENT, previous_sha256=None, period=bf.PERIOD,
                      records=records, report=bf.sample_report(), documents=documents, signing_key=h.signing_key,
                      signer_cert=h.signing_cert, created_at=bf.CREATED, overwrite=True)
        t = time.perf_counter()
        plain = write_bundle(out_dir=Path(tmp), sequence=1, **common)
        write_s = time.perf_counter() - t
        sealed = write_bundle(out_dir=Path(tmp), sequence=2, recipient_encryption_cert=c.enc_cert,
                              recipient_signing_cert=c.signing_cert, **{**common, "previous_sha256": plain.sha256})
        size = plain.path.stat().st_size
        assert verify_bundle_file(plain.path)["valid"]
        verify_s = median_time(lambda: verify_bundle_file(plain.path))
        baseline = median_time(lambda: hashlib.sha256(plain.path.read_bytes()).hexdigest())
        verify_sealed_s = median_time(lambda: verify_bundle_file(sealed.path))
        open_sealed_s = median_time(lambda: open_bundle(sealed.path, decryption_key=c.enc_key))
    emit("bundle_verify_10mb", value=verify_s, unit="s", baseline=baseline, target="<= 1 s",
         bundle_bytes=size, records=len(records), documents=len(documents), write_s=round(write_s, 4),
         verify_encrypted_s=round(verify_sealed_s, 4), open_decrypt_s=round(open_sealed_s, 4))


if __name__ == "__main__":
    main()
