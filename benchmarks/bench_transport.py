"""The commune's inbox service on loopback: verified bundle uploads per second, and the health check's p95 while
it imports. Targets: ≥ 20 uploads/s; health p95 ≤ 50 ms.

A hamlet's bundles are exported first (not timed); then ``--clients`` threads upload them (``--bundles``, at
most ``--seconds``) through the real service: signed upload, commune import pipeline, signed receipt — each
counted only when its receipt verifies and says ``imported``. A poller asks ``/health`` every 20 ms meanwhile.

Baselines, measured in the same run: the same bundles imported directly (``commune_import.import_files``, as
``sothon import`` does, no HTTP) into a twin of the commune — the pipeline's own floor; the same bodies POSTed to a bare standard-library HTTP
server that reads them and answers 200 (the floor for moving the bytes); ``/health`` p95 while the service is idle.
The CPU time per upload and per direct import is reported too: on a shared machine it varies less than the rates.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from _common import PASSPHRASE, ROOT, emit

sys.path.insert(0, str(ROOT))

from desktop_app.bootstrap import open_app  # noqa: E402
from desktop_app.bundles.receipt import read_receipt  # noqa: E402
from desktop_app.domain.people import BirthDate, ResidentInput, Sex  # noqa: E402
from desktop_app.domain.units import UnitKind  # noqa: E402
from desktop_app.services import commune_import, enrolment, exchange, identity, register  # noqa: E402
from desktop_app.services.setup import initialise  # noqa: E402
from desktop_app.services.transport import protocol as p  # noqa: E402
from desktop_app.services.transport.sender import InboxClient  # noqa: E402
from desktop_app.services.transport.server import InboxService, Limits  # noqa: E402


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


def _p95(values: list[float]) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * 0.95))] if values else float("nan")


class _Poller(threading.Thread):
    def __init__(self, url: str) -> None:
        super().__init__(daemon=True)
        self.client = InboxClient(url, timeout=5)
        self.times: list[float] = []
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            t = time.perf_counter()
            self.client.health()
            self.times.append((time.perf_counter() - t) * 1000)
            self.stop.wait(0.02)


def _bare_server() -> tuple[ThreadingHTTPServer, str]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *a: object) -> None:
            pass

        def do_POST(self) -> None:  # noqa: N802
            self.rfile.read(int(self.headers["Content-Length"]))
            self.send_response(200)
            self.send_header("Content-Length", "2")
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(b"ok")

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--bundles", type=int, default=60)
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--seconds", type=float, default=60.0)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        commune = _unit(root / "commune", UnitKind.COMMUNE, None)
        hamlet = _unit(root / "hamlet", UnitKind.HAMLET, "Thôn Đông")
        exchange.set_recipient(hamlet, identity.export_cert(commune, root / "commune.pem"))
        enrolment.enrol(commune, identity.export_cert(hamlet, root / "hamlet.pem"))
        # A twin of the commune (same keys, nothing imported yet): the same bundles imported there directly,
        # without HTTP, are the pipeline's own floor.
        shutil.copytree(root / "commune", root / "twin")
        bundles = []
        for n in range(args.bundles):  # each bundle: one new household, and the ones before it again
            with hamlet.uow() as uow:
                register.add_household(uow, number=str(n + 1), address="Xóm 1", head=ResidentInput(
                    full_name="Nguyễn Văn " + "ABCDEGHIKLMNOPQRSTUVXY"[n % 22] + "ABCDEGHIKLMNOPQRSTUVXY"[n // 22 % 22].lower(), birth_date=BirthDate(1970, 1, 1), sex=Sex.MALE))
                uow.commit()
            bundles.append(Path(exchange.export_bundle(hamlet, out_dir=root / "out")["bundle"]))
        key = identity.session_signing_identity(hamlet).key
        code = hamlet.unit.code
        jobs = []
        for path in bundles:
            data = path.read_bytes()
            sha = hashlib.sha256(data).hexdigest()
            jobs.append((path, sha, len(data), p.sign_upload(key, code, sha, len(data))))
        trust = [identity.session_signing_identity(commune).certificate]

        service = InboxService(commune, port=0, limits=Limits(rate_per_minute=1e6, burst=10_000))
        service.start()
        try:
            idle = _Poller(service.url)
            idle.start()
            time.sleep(1.0)
            idle.stop.set()
            idle.join()

            client = InboxClient(service.url, timeout=30)
            deadline = time.monotonic() + args.seconds
            verified = 0
            lock = threading.Lock()

            def upload(job: tuple) -> None:
                nonlocal verified
                if time.monotonic() > deadline:
                    return
                path, sha, size, sig = job
                answer = client.upload(path, sender=code, sha256=sha, size=size, signature=sig)
                if answer.status != 200 or answer.headers.get(p.H_RESULT.lower()) != "imported":
                    raise SystemExit(f"upload failed: {answer.status} {answer.body[:200]!r}")
                receipt_path = root / f"r-{sha}.json"
                receipt_path.write_bytes(answer.body)
                receipt = read_receipt(receipt_path, trust=trust)
                if receipt.status == "accepted" and receipt.bundle["sha256"] == sha:
                    with lock:
                        verified += 1

            busy = _Poller(service.url)
            busy.start()
            t, cpu = time.perf_counter(), time.process_time()
            with ThreadPoolExecutor(args.clients) as pool:
                list(pool.map(upload, jobs))
            elapsed = time.perf_counter() - t
            cpu_elapsed = time.process_time() - cpu  # service and clients: one process
            busy.stop.set()
            busy.join()
        finally:
            service.stop()

        bare, bare_url = _bare_server()
        try:
            bare_client = InboxClient(bare_url, timeout=30)
            t = time.perf_counter()
            with ThreadPoolExecutor(args.clients) as pool:
                list(pool.map(lambda j: bare_client.upload(j[0], sender=code, sha256=j[1], size=j[2], signature=j[3]),
                              jobs))
            bare_elapsed = time.perf_counter() - t
        finally:
            bare.shutdown()
            bare.server_close()
        twin = open_app(root / "twin")
        twin.unlock(twin.default_profile_name(), PASSPHRASE)
        t, cpu = time.perf_counter(), time.process_time()
        assert {r["status"] for r in commune_import.import_files(twin, bundles)} == {"imported"}  # sothon import
        direct_elapsed = time.perf_counter() - t
        direct_cpu = time.process_time() - cpu
        twin.close()
        hamlet.close()
        commune.close()

    rate = verified / elapsed
    bare_rate = len(jobs) / bare_elapsed
    emit("transport_uploads_per_second", value=round(rate, 1), unit="uploads/s", baseline=round(bare_rate, 1),
         target="≥ 20 uploads/s; health p95 ≤ 50 ms while importing", bundles=len(jobs), verified=verified,
         clients=args.clients, seconds=round(elapsed, 2), health_p95_ms=round(_p95(busy.times), 2),
         health_p95_idle_ms=round(_p95(idle.times), 2), health_checks=len(busy.times),
         health_max_ms=round(max(busy.times or [0]), 2),
         direct_import_per_second=round(len(bundles) / direct_elapsed, 1),
         service_vs_direct_import=round(rate / (len(bundles) / direct_elapsed), 2),
         # CPU time (this process: service, clients and poller) per verified upload, and per direct import: less
         # sensitive than the rates to other work on a shared machine.
         cpu_ms_per_upload=round(cpu_elapsed * 1000 / max(1, verified), 1),
         cpu_ms_per_direct_import=round(direct_cpu * 1000 / len(bundles), 1))


if __name__ == "__main__":
    main()
