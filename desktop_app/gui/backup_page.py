"""Backups: where the data lives, the backup copies, "Back up now" and a checked restore."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.bootstrap import App
from desktop_app.domain.clock import VN_TZ
from desktop_app.domain.errors import SothonError
from desktop_app.gui.common import busy, show_error
from desktop_app.gui.operations import run_in_background
from desktop_app.gui.style import Heading, hint_label, message_label, show_message
from desktop_app.i18n import format_number, tr

PATH_ROLE = Qt.ItemDataRole.UserRole


def format_size(size: int) -> str:
    if size >= 1_000_000:
        return tr("{size} MB", size=format_number(size / 1_000_000, 1))
    return tr("{size} KB", size=format_number(max(1, round(size / 1000))))


def format_time(when: dt.datetime) -> str:
    """dd/MM/yyyy HH:mm of an aware time, in Vietnam's time (as the backups' names)."""
    return when.astimezone(VN_TZ).strftime("%d/%m/%Y %H:%M")


def backup_kind(path: Path) -> str:
    if path.name.startswith("auto-"):
        return tr("Automatic (daily)")
    if path.name.startswith("before-restore-"):
        return tr("Kept before a restore")
    if path.name.startswith("pre-migration-"):
        return tr("Kept before an update")
    return tr("Made by hand")


def start_backup(parent: QWidget, app: App, on_done: Callable[[Path], None], *,
                 on_error: Callable[[BaseException], None] | None = None) -> None:
    """Write a backup now, off the GUI thread; ``on_done(path)`` runs on success, errors are shown."""
    from desktop_app.services.backups import backup_now

    def failed(exc: BaseException) -> None:
        if on_error is not None:
            on_error(exc)
        show_error(parent, exc)

    run_in_background(parent, lambda: backup_now(app), on_success=on_done, on_error=failed,
                      label=tr("Backing up…"))


class BackupPage(QWidget):
    """``restored`` is emitted after a successful restore: the window must reopen the database."""

    status_message = Signal(str)
    restored = Signal()

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self._build()
        self._connect_signals()
        self.retranslate_ui()
        self.refresh()

    # --- view --------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = Heading()
        self.where_label = QLabel()
        self.where_label.setWordWrap(True)
        self.where_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_data_button = QPushButton()
        self.explain = hint_label()
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setColumnCount(4)
        header = self.table.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty_label = hint_label()
        self.message = message_label()
        self.backup_button = QPushButton()
        self.restore_button = QPushButton()
        self.restore_file_button = QPushButton()
        self.open_backups_button = QPushButton()

        where = QHBoxLayout()
        where.addWidget(self.where_label, 1)
        where.addWidget(self.open_data_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.restore_file_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_backups_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addLayout(where)
        layout.addWidget(self.explain)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)

    def _connect_signals(self) -> None:
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button.clicked.connect(self.restore_from_file)
        self.open_data_button.clicked.connect(lambda: self._open_folder(self.app.data_dir))
        self.open_backups_button.clicked.connect(lambda: self._open_folder(self.app.backups_dir))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item, _col: self.restore_selected())

    def retranslate_ui(self) -> None:
        self.heading.setText(tr("Backups"))
        self.where_label.setText(tr("Your data is kept in: {path}", path=str(self.app.data_dir)))
        self.open_data_button.setText(tr("Open the data &folder"))
        self.explain.setText(tr(
            "Sổ Thôn makes a backup copy every day by itself and keeps the copies of the last week, month"
            " and year. Also copy the backups folder to a USB stick from time to time: a broken computer"
            " takes its backups with it."))
        self.table.setHeaderLabels([tr("Date"), tr("Kind"), tr("Size"), tr("File")])
        self.empty_label.setText(tr("There are no backups yet. Press \"Back up now\" to make the first one."))
        self.backup_button.setText(tr("&Back up now"))
        self.restore_button.setText(tr("&Restore the selected backup…"))
        self.restore_file_button.setText(tr("Restore from &another file…"))
        self.open_backups_button.setText(tr("Open the backups folder"))
        show_message(self.message, None)
        self.refresh()

    # --- behaviour ---------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 — Qt's name
        self.refresh()  # the daily backup or the File menu may have added one meanwhile
        super().showEvent(event)

    def backup_files(self) -> list[Path]:
        folder = self.app.backups_dir
        if not folder.is_dir():
            return []
        files = [p for p in folder.glob("*.db") if p.is_file()]
        return sorted(files, key=lambda p: p.stat().st_mtime, reverse=True)

    def refresh(self) -> None:
        selected = self.selected_file()
        self.table.clear()
        for path in self.backup_files():
            stat = path.stat()
            item = QTreeWidgetItem([format_time(dt.datetime.fromtimestamp(stat.st_mtime, VN_TZ)), backup_kind(path),
                                    format_size(stat.st_size), path.name])
            item.setData(0, PATH_ROLE, str(path))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.addTopLevelItem(item)
            if selected == path:
                item.setSelected(True)
        self.empty_label.setVisible(self.table.topLevelItemCount() == 0)
        self._update_buttons()

    def selected_file(self) -> Path | None:
        items = self.table.selectedItems()
        return Path(items[0].data(0, PATH_ROLE)) if items else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected_file() is not None)

    def back_up_now(self) -> None:
        self.backup_button.setEnabled(False)

        def done(path: Path) -> None:
            self.backup_button.setEnabled(True)
            self.refresh()
            text = tr("Backup written to {path}.", path=str(path))
            show_message(self.message, text, ok=True)
            self.status_message.emit(text)

        start_backup(self, self.app, done, on_error=lambda _exc: self.backup_button.setEnabled(True))

    def restore_selected(self) -> None:
        path = self.selected_file()
        if path is not None:
            self.restore(path)

    def restore_from_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, tr("Choose a backup to restore"), str(self.app.backups_dir),
            tr("Sổ Thôn backups (*.db);;All files (*)"))
        if name:
            self.restore(Path(name))

    def confirm_restore(self, path: Path) -> bool:
        when = format_time(dt.datetime.fromtimestamp(path.stat().st_mtime, VN_TZ)) if path.exists() else ""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Restore a backup"))
        box.setText(tr("Replace the current data with the backup {name} ({when})?", name=path.name,
                       when=when))
        box.setInformativeText(tr(
            "Everything entered after that backup was made will be replaced. The current data is first kept"
            " as a copy in the backups folder, so you can go back to it. Sổ Thôn then reopens the data and"
            " asks for your passphrase."))
        restore = box.addButton(tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is restore

    def confirm_other_unit(self, path: Path, found) -> bool:  # noqa: ANN001 — BackupUnit | None
        """The second, explicit question when the backup holds another unit's data."""
        from desktop_app.services.backups import unit_label

        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(tr("Restore a backup of another unit"))
        box.setText(tr("The backup {name} holds the data of {backup_unit}, but this copy is {this_unit}.",
                       name=path.name, backup_unit=unit_label(found), this_unit=unit_label(self.app.unit)))
        box.setInformativeText(tr(
            "Restoring it replaces this unit's data, its key and its profiles with those of the other unit;"
            " your own profile will no longer exist. The current data is kept as a copy in the backups"
            " folder. Do this only to take over that unit's data on this computer."))
        replace = box.addButton(tr("Replace with {backup_unit}", backup_unit=unit_label(found)),
                                QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is replace

    def restore(self, path: Path, *, confirm: bool = True, replace_unit: bool = False) -> bool:
        """Restore ``path`` (after confirmation); on success emits ``restored``.

        A backup of another unit needs a second confirmation naming both units (or ``replace_unit``);
        without it nothing changes."""
        from desktop_app.services.backups import check_restorable, other_unit, restore_from

        try:
            found = check_restorable(path)
        except (SothonError, OSError) as exc:
            show_error(self, exc)
            return False
        if confirm and not self.confirm_restore(path):
            return False
        if other_unit(self.app, found) and not replace_unit and confirm:
            if not self.confirm_other_unit(path, found):
                return False
            replace_unit = True
        # NOTE: on the GUI thread on purpose: nothing else may write while the database is replaced.
        try:
            with busy():
                safety = restore_from(self.app, path, replace_unit=replace_unit)
        except (SothonError, OSError) as exc:
            show_error(self, exc)
            return False
        if confirm:
            QMessageBox.information(self, tr("Restore a backup"), tr(
                "The backup was restored. The data as it was before is kept in {safety}. Sổ Thôn will now"
                " reopen the data.", safety=str(safety)))
        self.restored.emit()
        return True

    def _open_folder(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
