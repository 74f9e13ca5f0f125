"""Shared set-up for the benchmark scripts: commune-scale data directories built through the CLI."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "bench-passphrase"
ENV = {**os.environ, "SOTHON_PASSPHRASE": PASSPHRASE, "QT_QPA_PLATFORM": "offscreen"}
CACHE = Path(tempfile.gettempdir()) / "sothon-bench"


def sothon(*args: str, data_dir: Path) -> tuple[float, dict | list | None]:
    """Run the command line in a fresh process; returns (seconds, parsed JSON or None)."""
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir), *args],
                          env=ENV, capture_output=True, text=True, cwd=ROOT)
    elapsed = time.perf_counter() - t
    if proc.returncode != 0:
        raise SystemExit(f"sothon {' '.join(args)} failed ({proc.returncode}): {proc.stdout}{proc.stderr}")
    return elapsed, (json.loads(proc.stdout) if "--json" in args else None)


def init(data_dir: Path, role: str) -> None:
    if data_dir.exists():
        shutil.rmtree(data_dir)
    extra = ["--unit-name", "Thôn Đông"] if role == "hamlet" else []
    sothon("init", "--role", role, "--province-code", "40", "--commune-code", "17380", *extra,
           "--head-name", "Nguyễn Văn Bench", "--json", data_dir=data_dir)


def commune_dir() -> Path:
    """A commune data directory with demo data for 12 hamlets (built once, then reused)."""
    d = CACHE / "commune"
    marker = d / ".ready"
    if not marker.exists():
        init(d, "commune")
        sothon("demo", "--scale", "commune", "--seed", "7", "--json", data_dir=d)
        marker.write_text("ok")
    return d


def hamlet_dir() -> Path:
    """A hamlet data directory with the hamlet-scale demo data (built once, then reused): the copy whose first
    page is the dashboard."""
    d = CACHE / "hamlet"
    marker = d / ".ready"
    if not marker.exists():
        init(d, "hamlet")
        sothon("demo", "--scale", "hamlet", "--seed", "7", "--json", data_dir=d)
        marker.write_text("ok")
    return d


def emit(name: str, *, value: float, unit: str, baseline: float, target: str, **extra: object) -> None:
    print(json.dumps({"benchmark": name, "value": round(value, 4), "unit": unit, "baseline": round(baseline, 4),
                      "ratio": round(value / baseline, 2) if baseline else None, "target": target, **extra},
                     ensure_ascii=False))
