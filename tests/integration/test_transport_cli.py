"""Transport on the command line: ``sothon serve`` as a process stopped by SIGTERM without losing the upload
in progress, ``sothon send --json`` (exit 0 when unreachable), ``sothon outbox --json``, ``sothon settings``."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from desktop_app.services import enrolment, exchange, identity
from tests.conftest import PASSPHRASE
from tests.integration.test_exchange import _cli
from tests.integration.test_transport_hostile import _upload_head
from tests.integration.transport_support import add_household, export, free_port, imported_count

ROOT = Path(__file__).resolve().parents[2]


def test_settings_send_and_outbox_on_the_command_line(hamlet, commune_pem, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SOTHON_PASSPHRASE", PASSPHRASE)
    exchange.set_recipient(hamlet, commune_pem)
    add_household(hamlet, "1", "Nguyễn Văn An")
    export(hamlet, tmp_path)
    data = str(hamlet.data_dir)
    hamlet.close()
    code, doc = _cli(capsys, "--data-dir", data, "send", "--json")
    assert code == 1 and doc["error"] == "inbox_url_missing" and "inbox_url" in doc["message"]
    code, doc = _cli(capsys, "--data-dir", data, "settings", "set", "inbox_url", "gopher://x", "--json")
    assert code == 1 and doc["error"] == "setting_invalid"
    port = free_port()
    code, doc = _cli(capsys, "--data-dir", data, "settings", "set", "inbox_url", f"http://127.0.0.1:{port}", "--json")
    assert (code, doc) == (0, {"key": "inbox_url", "value": f"http://127.0.0.1:{port}"})
    code, doc = _cli(capsys, "--data-dir", data, "settings", "get", "inbox_url", "--json")
    assert doc["value"] == f"http://127.0.0.1:{port}"
    code, doc = _cli(capsys, "--data-dir", data, "send", "--now", "--json")
    assert code == 0 and doc["reachable"] is False and doc["error"] == "inbox_unreachable"
    assert [b["shown_state"] for b in doc["bundles"]] == ["waiting_for_network"]
    code, rows = _cli(capsys, "--data-dir", data, "outbox", "--json")
    assert code == 0 and rows[0]["delivery"]["attempts"] == 1 and rows[0]["shown_state"] == "waiting_for_network"


def _wait_listening(proc: subprocess.Popen) -> int:
    line = proc.stderr.readline()
    deadline = time.monotonic() + 60
    while "listening" not in line and time.monotonic() < deadline:
        line = proc.stderr.readline()
        if not line and proc.poll() is not None:
            raise AssertionError(f"serve ended: {proc.stdout.read()}")
    return json.loads(line)["port"]


def test_serve_stops_on_sigterm_after_finishing_the_upload_in_progress(hamlet, commune, commune_pem, tmp_path):
    exchange.set_recipient(hamlet, commune_pem)
    enrolment.enrol(commune, identity.export_cert(hamlet, tmp_path / "h.pem"))
    add_household(hamlet, "1", "Nguyễn Văn An")
    body = Path(export(hamlet, tmp_path)["bundle"]).read_bytes()
    key = identity.session_signing_identity(hamlet).key
    data = str(commune.data_dir)
    env = {**os.environ, "SOTHON_PASSPHRASE": PASSPHRASE, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "desktop_app", "--data-dir", data, "serve", "--port", "0",
                             "--json"], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        port = _wait_listening(proc)
        with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
            s.sendall(_upload_head(hamlet.unit.code, body, key) + body[: len(body) // 2])
            time.sleep(0.5)
            proc.send_signal(signal.SIGTERM)  # half the body is in
            time.sleep(0.5)
            s.sendall(body[len(body) // 2:])
            answer = s.recv(200)
        assert answer.startswith(b"HTTP/1.1 200")
        out, _err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0
    doc = json.loads(out)
    assert doc["stopped"] is True and doc["counts"].get("imported") == 1
    assert imported_count(commune) == 1
    log = (commune.data_dir / "logs" / "sothon.log").read_text(encoding="utf-8")
    assert "POST /v1/bundles sender=17380-thon-dong status=200" in log
    assert "Nguyễn" not in log and "127.0.0.1 -" not in log
