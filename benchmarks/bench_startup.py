"""Start-up to the first page shown, and the window's peak memory, at commune scale (≥ 40,000 residents).

Targets: start-up ≤ 2.5× a bare PySide6 script that shows a window with a 50-row table; peak memory of the
window ≤ 250 MB. Each is the median of several runs in fresh processes, with the baseline measured in the
same run. Peak memory is each child process's own maximum resident set size.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from _common import ENV, ROOT, commune_dir, emit, hamlet_dir

RUNS = 5

BARE = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem
    app = QApplication(sys.argv)
    w = QMainWindow()
    t = QTableWidget(50, 6)
    for r in range(50):
        for c in range(6):
            t.setItem(r, c, QTableWidgetItem(f"Nguyễn Văn An {r} {c}"))
    w.setCentralWidget(t)
    w.resize(1280, 720)
    w.show()
    QTimer.singleShot(0, app.quit)
    sys.exit(app.exec())
""")


def timed(cmd: list[str]) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of one fresh process; os.wait4 gives that child's own rusage."""
    with tempfile.TemporaryFile() as err:
        t = time.perf_counter()
        proc = subprocess.Popen(cmd, env=ENV, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - t
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            raise SystemExit(f"{cmd} failed: {err.read().decode()[-2000:]}")
    return elapsed, usage.ru_maxrss / 1024  # kB on Linux


def compile_bytecode() -> None:
    """An installed copy starts from compiled bytecode (pip compiles on install; the first run writes the
    cache). Where PYTHONDONTWRITEBYTECODE is set, as in some sandboxes, every changed module would otherwise be
    compiled again at each start, which the bare script — PySide6 only — never pays."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "desktop_app")], check=True,
                   env={k: v for k, v in ENV.items() if k != "PYTHONDONTWRITEBYTECODE"})


def main() -> None:
    d = commune_dir()
    compile_bytecode()
    app_cmd = [sys.executable, "-m", "desktop_app", "--data-dir", str(d), "--exit-when-ready"]
    bare_cmd = [sys.executable, "-c", BARE]
    timed(bare_cmd)  # warm the file cache for both
    timed(app_cmd)
    bare, app, bare_mem, app_mem = [], [], [], []
    for _ in range(RUNS):
        s, m = timed(bare_cmd)
        bare.append(s)
        bare_mem.append(m)
    for _ in range(RUNS):
        s, m = timed(app_cmd)
        app.append(s)
        app_mem.append(m)
    emit("startup_seconds", value=statistics.median(app), unit="s", baseline=statistics.median(bare),
         target="<= 2.5x baseline", runs=RUNS)
    emit("window_peak_rss_mb", value=max(app_mem), unit="MB", baseline=max(bare_mem), target="<= 250 MB",
         note="start-up to the first page")
    # A hamlet's copy opens on the dashboard (the hamlet at a glance), not on the register.
    h = hamlet_dir()
    hamlet_cmd = [sys.executable, "-m", "desktop_app", "--data-dir", str(h), "--exit-when-ready"]
    timed(hamlet_cmd)
    hamlet = [timed(hamlet_cmd)[0] for _ in range(RUNS)]
    emit("startup_seconds_hamlet", value=statistics.median(hamlet), unit="s", baseline=statistics.median(bare),
         target="<= 2.5x baseline", runs=RUNS, note="a hamlet's copy with its demo data, to its first page")
    _, scrolled_mem = timed([sys.executable, str(Path(__file__).with_name("_scroll_all.py")), str(d)])
    emit("window_peak_rss_scrolled_mb", value=scrolled_mem, unit="MB", baseline=max(bare_mem), target="<= 250 MB",
         note="the register scrolled to its last row: every resident loaded into the list")


if __name__ == "__main__":
    main()
