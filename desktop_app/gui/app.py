"""Starting the window: the Qt application, the data directory, first-run set-up, sign-in, the main window.

Start-up is kept lean: only the first page's modules load before it shows; the wizard, the list of
provinces and the spreadsheet code load when they are needed.
"""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import config, i18n
from desktop_app.bootstrap import App, PendingUnlock, open_app
from desktop_app.domain.errors import SothonError
from desktop_app.gui.common import message_for
from desktop_app.gui.operations import run_in_background
from desktop_app.gui.style import apply_text_scale
from desktop_app.i18n import tr

log = logging.getLogger(__name__)

APP_NAME = "Sổ Thôn"
EXIT_OK, EXIT_REFUSED = 0, 1
# --exit-when-ready must never hang a script: give up if the first page has not shown data by then.
READY_TIMEOUT_MS = 120_000
DAILY_BACKUP_FALLBACK_MS = 5_000


def _qapplication() -> QApplication:
    existing = QApplication.instance()
    if existing is not None:  # tests (pytest-qt) create it first
        return existing  # type: ignore[return-value]
    # Qt 6 scales for high-DPI screens by itself; PassThrough keeps 125 % and 150 % (common on Windows
    # laptops) exact instead of rounding them to 100 % or 200 %. Must be set before the application exists.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    qapp = QApplication(sys.argv[:1])
    qapp.setStyle("Fusion")
    return qapp


def _refuse(exc: BaseException, *, interactive: bool) -> int:
    """Explain why the window cannot open (a message box, or stderr when nobody is there to read it)."""
    text = message_for(exc)
    if interactive:
        box = QMessageBox(QMessageBox.Icon.Critical, tr("Sổ Thôn"), text)
        box.addButton(tr("Close"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()
    else:
        print(text, file=sys.stderr)
    return EXIT_REFUSED


class Shell(QObject):
    """Takes one data directory from set-up and sign-in to the main window, and reopens it after a restore.

    ``exit_when_ready`` never waits for a person: anything that would need one (set-up, a passphrase)
    is reported on stderr and ends with exit status 1.
    """

    def __init__(self, qapp: QApplication, app: App, *, profile: str | None, exit_when_ready: bool,
                 pending_unlock: PendingUnlock | None = None) -> None:
        super().__init__()
        self.pending_unlock = pending_unlock
        self.qapp = qapp
        self.app = app
        self.profile = profile
        self.exit_when_ready = exit_when_ready
        self.window = None
        self._reopening = False
        self._backup_started = False
        # Owned timers, stopped in close(): a test's QApplication outlives this shell.
        self._ready_timer = self._timer(READY_TIMEOUT_MS, self._not_ready)
        self._backup_timer = self._timer(DAILY_BACKUP_FALLBACK_MS, self._daily_backup)

    def _timer(self, ms: int, slot) -> QTimer:  # noqa: ANN001
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    def start(self) -> int | None:
        """Set up and sign in; None when the main window is open and the event loop should run."""
        if not self.app.initialised:
            if self.exit_when_ready:
                return _refuse(SothonError("not_initialised"), interactive=False)
            from desktop_app.gui.wizard import FirstRunWizard

            wizard = FirstRunWizard(self.app)
            accepted = wizard.exec()
            wizard.deleteLater()
            if not accepted:
                return EXIT_OK
        if self.app.profile is None and not self._sign_in():
            return EXIT_REFUSED if self.exit_when_ready else EXIT_OK
        self._open_window()
        return None

    def _sign_in(self) -> bool:
        name = self.profile or self.app.default_profile_name()
        error = None
        passphrase = os.environ.get("SOTHON_PASSPHRASE")
        pending, self.pending_unlock = self.pending_unlock, None
        if passphrase is not None:
            try:
                if pending is not None:
                    pending.result()  # started before Qt was imported (cli.gui_main)
                else:
                    self.app.unlock(name, passphrase)
                return True
            except SothonError as exc:
                error = message_for(exc)
        if self.exit_when_ready:
            missing = SothonError("passphrase_required", profile=name or "")
            print(error or message_for(missing), file=sys.stderr)
            return False
        from desktop_app.gui.login import LoginDialog

        dialog = LoginDialog(self.app, profile=name, error=error)
        accepted = dialog.exec()
        dialog.deleteLater()
        return bool(accepted)

    def _open_window(self) -> None:
        from desktop_app.gui.main_window import MainWindow

        window = MainWindow(self.app)
        window.closed.connect(self._window_closed)
        window.reopen_requested.connect(self.reopen)
        if self.exit_when_ready:
            # Queued: ``ready`` may come before the event loop runs, when exit() would do nothing.
            window.ready.connect(lambda: QTimer.singleShot(0, self._ready))
            self._ready_timer.start()
        else:
            # Today's automatic backup, once the first page shows (never slows it down). A start-up
            # measurement or smoke test (--exit-when-ready) leaves no backups behind.
            window.ready.connect(self._daily_backup)
            self._backup_timer.start()
        self.window = window
        window.show()

    def _daily_backup(self) -> None:
        self._backup_timer.stop()
        if not self._backup_started:
            self._backup_started = True
            run_in_background(None, self.app.daily_backup)

    def _ready(self) -> None:
        self._ready_timer.stop()
        self.qapp.exit(EXIT_OK)

    def _not_ready(self) -> None:
        print(tr("The window did not become ready in time."), file=sys.stderr)
        self.qapp.exit(EXIT_REFUSED)

    def _window_closed(self) -> None:
        if not self._reopening:
            self.qapp.quit()

    def reopen(self) -> None:
        """After a restore: close the window, open the restored database, sign in again, show a new window."""
        self._reopening = True
        old, self.window = self.window, None
        profile = self.app.profile
        if old is not None:
            old.close()
            old.deleteLater()
        self.app.close()
        try:
            self.app = open_app(self.app.data_dir)
        except SothonError as exc:
            self.qapp.exit(_refuse(exc, interactive=True))
            return
        finally:
            self._reopening = False
        self.profile = profile.name if profile else self.profile
        if not self.app.initialised or not self._sign_in_again():
            self.qapp.quit()
            return
        self._open_window()

    def _sign_in_again(self) -> bool:
        from desktop_app.gui.login import LoginDialog

        # The restored database may hold other profiles and passphrases: always ask.
        dialog = LoginDialog(self.app, profile=self.profile)
        accepted = dialog.exec()
        dialog.deleteLater()
        return bool(accepted)

    def close(self) -> None:
        self._ready_timer.stop()
        self._backup_timer.stop()
        if self.window is not None:
            try:
                self.window.closed.disconnect(self._window_closed)
            except (RuntimeError, TypeError):
                pass  # the window is already gone
            self.window.close()
            self.window.deleteLater()
            self.window = None
        QThreadPool.globalInstance().waitForDone(30_000)  # the daily backup, the status counts
        self.app.close()


def run(*, data_dir: str | None, lang: str | None, profile: str | None, exit_when_ready: bool,
        opened: App | None = None, pending_unlock: PendingUnlock | None = None) -> int:
    """Open the window on a data directory; returns the exit status (0, or 1 for a stated refusal).

    ``opened`` and ``pending_unlock`` come from ``cli.gui_main``, which opens the data directory and starts
    checking SOTHON_PASSPHRASE before Qt is imported."""
    qapp = _qapplication()
    qapp.setApplicationName(APP_NAME)
    path = config.resolve_data_dir(data_dir)
    settings = config.Settings.load(path)
    i18n.set_language(lang or settings.language)
    apply_text_scale(settings.text_scale)

    if opened is not None and opened.data_dir == path:
        app = opened
    else:
        pending_unlock = None
        try:
            app = open_app(path)
        except SothonError as exc:
            return _refuse(exc, interactive=not exit_when_ready)

    # The shell quits when the main window closes, not when a dialog (wizard, sign-in) closes before it.
    quit_on_last = qapp.quitOnLastWindowClosed()
    qapp.setQuitOnLastWindowClosed(False)
    shell = Shell(qapp, app, profile=profile, exit_when_ready=exit_when_ready, pending_unlock=pending_unlock)
    try:
        code = shell.start()
        if code is None:
            code = qapp.exec()
    finally:
        shell.close()
        qapp.setQuitOnLastWindowClosed(quit_on_last)
    return code
