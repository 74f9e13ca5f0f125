"""Child process for bench_overview: open the real main window on a commune's data directory, go to the commune
overview as a person would (the window's first page first, then the overview), and exit once the overview shows
its data. Prints two lines: the seconds from this process's start to the overview shown, and the seconds the
overview itself took (page built, queries run, grid and figures filled).

``settled`` (default): the overview is opened once the window has settled (its first page shown and the commune
pages' modules imported in the background, as happens while a person finds the overview in the list);
``ready``: the instant the first page shows its data, before anything else."""

import os
import sys
import time
from pathlib import Path

T0 = time.perf_counter()

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's desktop_app, not an installed one

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.bootstrap import open_app  # noqa: E402
from desktop_app.gui.main_window import MainWindow  # noqa: E402

qapp = QApplication(sys.argv[:1])
app = open_app(Path(sys.argv[1]))
app.unlock(None, os.environ["SOTHON_PASSPHRASE"])
window = MainWindow(app)
window.resize(1366, 768)
window.show()
mode = sys.argv[2] if len(sys.argv) > 2 else "settled"
started: list[float] = []


def finished() -> None:
    now = time.perf_counter()
    print(f"{now - T0:.4f}\n{now - started[0]:.4f}")
    qapp.quit()


def open_overview() -> None:
    if mode == "settled" and not window.warmed:
        QTimer.singleShot(10, open_overview)
        return
    started.append(time.perf_counter())
    page = window.show_area("overview")
    page.shown.connect(finished)


window.ready.connect(lambda: QTimer.singleShot(0, open_overview))
QTimer.singleShot(30_000, lambda: sys.exit(3))  # never hang a benchmark
qapp.exec()
