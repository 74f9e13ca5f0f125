"""Child process for bench_overview: the commune's window opened on a commune's data directory the way the
window opens (its first page, the commune overview), exiting once that page has shown and painted its data.
Prints two lines: the seconds from this process's start to the overview shown, and the seconds of the overview
itself (from the page's construction: its module imported, the page built, its queries run, the grid and the
figures filled and painted). Exits 4 when the first page is not the overview or does not show every hamlet."""

import os
import sys
import time
from dataclasses import replace
from pathlib import Path

T0 = time.perf_counter()

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's desktop_app, not an installed one

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.bootstrap import open_app  # noqa: E402
from desktop_app.gui import main_window  # noqa: E402

started: list[float] = []
factory = main_window._overview_page


def timed_factory(window):  # noqa: ANN001, ANN201 — the area's factory, timed from before its module's import
    started.append(time.perf_counter())
    return factory(window)


main_window.AREAS = [replace(a, factory=timed_factory) if a.key == "overview" else a for a in main_window.AREAS]
qapp = QApplication(sys.argv[:1])
app = open_app(Path(sys.argv[1]))
app.unlock(None, os.environ["SOTHON_PASSPHRASE"])
window = main_window.MainWindow(app)
window.resize(1366, 768)
window.show()
hamlets = int(sys.argv[2]) if len(sys.argv) > 2 else 1


def finished() -> None:
    now = time.perf_counter()
    page = window.stack.currentWidget()
    if window.current_area() != "overview" or not started or page.grid.rowCount() != hamlets \
            or page.figures_table.rowCount() != hamlets:
        print(f"first page {window.current_area()!r}, not the overview with {hamlets} hamlets", file=sys.stderr)
        sys.exit(4)
    print(f"{now - T0:.4f}\n{now - started[0]:.4f}")
    qapp.quit()


window.ready.connect(lambda: QTimer.singleShot(0, finished))
QTimer.singleShot(30_000, lambda: sys.exit(3))  # never hang a benchmark
qapp.exec()
