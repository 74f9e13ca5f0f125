"""Child process for bench_startup: open the real main window on a data directory, scroll the register
to its last row (every page fetched, as a person scrolling to the end would), print the rows loaded."""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's desktop_app, not an installed one

from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.bootstrap import open_app  # noqa: E402
from desktop_app.gui.main_window import MainWindow  # noqa: E402

qapp = QApplication(sys.argv[:1])
app = open_app(Path(sys.argv[1]))
app.unlock(None, os.environ["SOTHON_PASSPHRASE"])
window = MainWindow(app)
window.resize(1366, 768)
window.show()
page = window.show_area("register")  # a commune's window opens on the overview: the officer opens the register
page._reload(select_id=None)  # its first page, as on opening it
while page.model.canFetchMore():
    page.model.fetchMore()
    qapp.processEvents()
page.table.scrollToBottom()
qapp.processEvents()
print(page.model.loaded())
