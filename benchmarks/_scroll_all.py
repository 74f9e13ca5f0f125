"""Child process for bench_startup: open the real main window on a data directory, scroll the register
to its last row (every page fetched, as a person scrolling to the end would), print the rows loaded."""

import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop_app.bootstrap import open_app
from desktop_app.gui.main_window import MainWindow

qapp = QApplication(sys.argv[:1])
app = open_app(Path(sys.argv[1]))
app.unlock(None, os.environ["SOTHON_PASSPHRASE"])
window = MainWindow(app)
window.resize(1366, 768)
window.show()
page = window.pages["register"]
page._reload(select_id=None)  # the first page, as on start-up
while page.model.canFetchMore():
    page.model.fetchMore()
    qapp.processEvents()
page.table.scrollToBottom()
qapp.processEvents()
print(page.model.loaded())
