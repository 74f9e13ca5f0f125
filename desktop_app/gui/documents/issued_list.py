"""The signed documents the unit keeps (``services.archive``), on the documents page: each one's date,
title, signer and whether it reached its recipient; open it in the preview, save a copy, move it to the
trash, restore it.

The list is read in the background (``run_in_background``); saving a copy, deleting and restoring are a
single row each and run at once.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop_app import i18n
from desktop_app.bootstrap import App
from desktop_app.domain.clock import VN_TZ
from desktop_app.domain.errors import SothonError
from desktop_app.gui.common import ask_pdf_path, busy, show_error
from desktop_app.gui.operations import run_in_background
from desktop_app.gui.style import hint_label
from desktop_app.i18n import N_, format_date, tr
from desktop_app.services.documents import KINDS, KindInfo

if TYPE_CHECKING:  # the archive (and its signing code) loads on first use
    from desktop_app.services.archive import IssuedView

SP = QStyle.StandardPixmap
ID_ROLE = Qt.ItemDataRole.UserRole

# The kinds' names for the English window; the Vietnamese window shows each document's own title.
KIND_NAMES = {
    "hamlet_meeting_minutes": N_("Hamlet meeting minutes"),
    "party_cell_minutes": N_("Party cell meeting minutes"),
    "household_list": N_("Household list"),
    "resident_list": N_("Resident list"),
    "voter_list": N_("Voter list"),
    "longevity_list": N_("Longevity celebration list"),
    "military_age_list": N_("Military service age list"),
    "household_card": N_("Household information sheet"),
    "mediation_agreement": N_("Record of a successful mediation"),
    "mediation_failure": N_("Minutes of an unsuccessful mediation"),
    "mediation_log": N_("Mediation log book"),
    "mediation_statistics": N_("Mediation statistics report"),
    "meeting_invitation": N_("Meeting invitation"),
    "party_cell_invitation": N_("Party cell meeting invitation"),
    "party_cell_resolution": N_("Party cell resolution"),
}


def kind_label(info: KindInfo) -> str:
    """The kind's name in the window's language (the Vietnamese title in sentence case)."""
    if i18n.language() == "vi" or info.code not in KIND_NAMES:
        return info.title[:1] + info.title[1:].lower()
    return tr(KIND_NAMES[info.code])


def document_title(view: IssuedView) -> str:
    """"Phiếu thông tin hộ gia đình, hộ 12": the kind's name, and the record it was made for."""
    info = KINDS.get(view.kind)
    title = kind_label(info) if info is not None else view.title
    if view.record_label and info is not None and info.record == "mediation_case":
        title = tr("{title}, case {number}", title=title, number=view.record_label)
    elif view.record_label and info is not None and info.record == "meeting":
        title = tr("{title}, meeting {number}", title=title, number=view.record_label)
    elif view.record_label:
        title = tr("{title}, household {number}", title=title, number=view.record_label)
    return title


def sent_state_text(view: IssuedView) -> str:
    """Where the document is on its way to its recipient, in words (party documents: the party committee)."""
    state, sequence = view.sent_state, view.sent_sequence
    if view.party:
        texts = {
            "not_sent": tr("Not sent to the party committee yet"),
            "pending": tr("In party bundle {sequence}, not sent yet", sequence=sequence),
            "sent": tr("Sent to the party committee in bundle {sequence}", sequence=sequence),
            "acknowledged": tr("Received by the party committee"),
            "rejected": tr("Bundle {sequence} was rejected by the party committee; the next one carries it again",
                           sequence=sequence),
        }
    else:
        texts = {
            "not_sent": tr("Not sent yet: goes in a bundle that includes documents naming residents") if view.personal
            else tr("Not sent yet"),
            "pending": tr("In bundle {sequence}, not sent yet", sequence=sequence),
            "sent": tr("Sent to the commune in bundle {sequence}", sequence=sequence),
            "acknowledged": tr("Received by the commune"),
            "rejected": tr("Bundle {sequence} was rejected by the commune; the next one carries it again",
                           sequence=sequence),
        }
    return texts.get(state, state)


def signed_at_text(view: IssuedView) -> str:
    """HH:mm dd/MM/yyyy in Vietnam's time."""
    local = dt.datetime.fromisoformat(view.signed_at).astimezone(VN_TZ)
    return f"{local:%H:%M} {format_date(local)}"


STATE_ICONS = {
    "not_sent": SP.SP_FileIcon,
    "pending": SP.SP_ArrowUp,
    "sent": SP.SP_ArrowUp,
    "acknowledged": SP.SP_DialogApplyButton,
    "rejected": SP.SP_MessageBoxWarning,
}


class IssuedList(QWidget):
    """The kept documents, newest first; ``open_requested`` asks the page to show one in its preview."""

    open_requested = Signal(str)  # the kept document's id
    status_message = Signal(str)
    changed = Signal()  # a document was moved to the trash or restored
    loaded = Signal()  # the list shows the documents as they are now

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.views: list[IssuedView] = []
        self.last_dir = ""
        self._loading = False
        self._build()
        self._connect_signals()
        self.retranslate_ui()

    # --- view --------------------------------------------------------------------------------------

    def _build(self) -> None:
        style = self.style()
        self.empty_hint = hint_label()
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # NOTE: once ::item has a border, Qt's style sheet paints the selection only when told to.
        self.list.setStyleSheet("QListWidget::item { padding: 4px 2px; border-bottom: 1px solid palette(midlight); }"
                                " QListWidget::item:selected { background: palette(highlight);"
                                " color: palette(highlighted-text); }")
        self.open_button = QPushButton()
        self.open_button.setIcon(style.standardIcon(SP.SP_FileDialogContentsView))
        self.save_button = QPushButton()
        self.save_button.setIcon(style.standardIcon(SP.SP_DialogSaveButton))
        self.trash_button = QPushButton()
        self.trash_button.setIcon(style.standardIcon(SP.SP_TrashIcon))
        self.restore_button = QPushButton()
        self.restore_button.setIcon(style.standardIcon(SP.SP_BrowserReload))
        self.cosign_button = QPushButton()
        self.cosign_button.setIcon(style.standardIcon(SP.SP_DialogApplyButton))
        self.show_deleted = QCheckBox()

        first = QHBoxLayout()
        first.addWidget(self.open_button)
        first.addWidget(self.save_button)
        second = QHBoxLayout()
        second.addWidget(self.trash_button)
        second.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(first)
        layout.addLayout(second)
        layout.addWidget(self.cosign_button)
        layout.addWidget(self.show_deleted)

    def _connect_signals(self) -> None:
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(lambda item: self.open_requested.emit(item.data(ID_ROLE)))
        self.open_button.clicked.connect(self.open_selected)
        self.save_button.clicked.connect(self.save_copy)
        self.trash_button.clicked.connect(self.move_to_trash)
        self.restore_button.clicked.connect(self.restore)
        self.cosign_button.clicked.connect(self.cosign)
        self.show_deleted.toggled.connect(lambda _on: self.refresh())

    def retranslate_ui(self) -> None:
        self.empty_hint.setText(tr("No signed document yet. Every document you sign is kept here and goes to its"
                                   " recipient with the next bundle."))
        self.open_button.setText(tr("&Open"))
        self.open_button.setToolTip(tr("Show the signed document in the preview (or double-click it)"))
        self.save_button.setText(tr("Save a copy…"))
        self.trash_button.setText(tr("Move to trash"))
        self.restore_button.setText(tr("Restore"))
        self.cosign_button.setText(tr("&Co-sign as the secretary"))
        self.cosign_button.setToolTip(tr("Add your signature beside the chair's, on the minutes that name you as"
                                         " the secretary"))
        self.show_deleted.setText(tr("Show deleted documents"))
        self._fill()

    def _fill(self) -> None:
        keep = self.selected_id()
        palette = self.list.palette()
        self.list.blockSignals(True)
        self.list.clear()
        style = self.style()
        for view in self.views:
            when = format_date(dt.date.fromisoformat(view.issued_on))
            head = (tr("{date} · No. {number} · {title}", date=when, number=view.number, title=document_title(view))
                    if view.number else tr("{date} · {title}", date=when, title=document_title(view)))
            state = tr("In the trash") if view.deleted else sent_state_text(view)
            signer = tr("Signed by {name}", name=view.signer or "")
            if view.cosigner and view.cosigned_at:
                signer = tr("Signed by {name} and {cosigner}", name=view.signer or "", cosigner=view.cosigner)
            elif view.cosigner:
                signer += " · " + tr("awaits the signature of {cosigner}", cosigner=view.cosigner)
            if view.signed_as:
                signer += f" ({view.signed_as})"
            item = QListWidgetItem(f"{head}\n{signer}\n{state}")
            item.setData(ID_ROLE, view.id)
            item.setIcon(style.standardIcon(SP.SP_TrashIcon if view.deleted else STATE_ICONS.get(
                view.sent_state, SP.SP_FileIcon)))
            item.setToolTip(tr("Signed by {name} at {time}.", name=view.signer or "", time=signed_at_text(view))
                            + "\n" + view.file_name)
            if view.deleted:
                item.setForeground(QBrush(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)))
            self.list.addItem(item)
        self.list.blockSignals(False)
        if not self.select(keep or "") and self.views:
            self.list.setCurrentRow(0)
        self.empty_hint.setVisible(not self.views)
        self.restore_button.setVisible(self.show_deleted.isChecked())
        self._update_buttons()

    def _update_buttons(self) -> None:
        view = self.selected()
        self.open_button.setEnabled(view is not None)
        self.save_button.setEnabled(view is not None)
        self.trash_button.setEnabled(view is not None and not view.deleted)
        self.restore_button.setEnabled(view is not None and view.deleted)
        awaits = view is not None and not view.deleted and bool(view.cosigner) and not view.cosigned_at
        self.cosign_button.setVisible(awaits)
        self.cosign_button.setEnabled(awaits)

    # --- data --------------------------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        """Reload the kept documents in the background; ``select`` chooses one once they are shown."""
        app, deleted = self.app, self.show_deleted.isChecked()
        self._loading = True

        def work() -> list[IssuedView]:
            from desktop_app.services import archive

            return archive.list_documents(app, include_deleted=deleted)

        def done(views: list[IssuedView]) -> None:
            if not shiboken6.isValid(self):
                return
            self._loading = False
            self.views = views
            self._fill()
            if select:
                self.select(select)
            self.loaded.emit()

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(self):
                self._loading = False
                show_error(self.window(), exc)

        run_in_background(self, work, on_success=done, on_error=failed)

    def count(self) -> int:
        return sum(not v.deleted for v in self.views)

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None and item.isSelected() else None

    def selected(self) -> IssuedView | None:
        chosen = self.selected_id()
        return next((v for v in self.views if v.id == chosen), None)

    def select(self, doc_id: str) -> bool:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == doc_id:
                self.list.setCurrentRow(row)
                return True
        return False

    # --- actions -----------------------------------------------------------------------------------

    def open_selected(self) -> None:
        view = self.selected()
        if view is not None:
            self.open_requested.emit(view.id)

    def save_copy(self) -> Path | None:
        """Ask where, then write the kept PDF there (the document's own file name is offered)."""
        view = self.selected()
        if view is None:
            return None
        target = ask_pdf_path(self, tr("Save a copy of the signed document"), view.file_name, self.last_dir)
        if target is None:
            return None
        from desktop_app.services import archive

        try:
            with busy():
                target = archive.save_copy(self.app, view.id, target)
        except SothonError as exc:
            show_error(self.window(), exc)
            return None
        self.last_dir = str(target.parent)
        self.status_message.emit(tr("Saved to {path}.", path=str(target)))
        return target

    def confirm_delete(self, view: IssuedView) -> bool:
        box = QMessageBox(self.window())
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("Move to trash"))
        box.setText(tr("Move “{title}” of {date} to the trash?", title=document_title(view),
                       date=format_date(dt.date.fromisoformat(view.issued_on))))
        box.setInformativeText(tr(
            "It will not be sent any more. If a bundle already carried it, the next bundle tells the recipient"
            " it was withdrawn. You can restore it: tick “Show deleted documents”."))
        move = box.addButton(tr("Move to trash"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is move

    def move_to_trash(self) -> None:
        view = self.selected()
        if view is None or view.deleted or not self.confirm_delete(view):
            return
        self._change(view, delete=True)

    def restore(self) -> None:
        view = self.selected()
        if view is not None and view.deleted:
            self._change(view, delete=False)

    def cosign(self) -> bool:
        """Add the acting profile's signature to the selected minutes, as the secretary they name; another
        profile is refused with a message naming who must co-sign."""
        view = self.selected()
        if view is None or not view.cosigner or view.cosigned_at:
            return False
        from desktop_app.services import archive

        try:
            with busy():
                archive.cosign(self.app, view.id)
        except SothonError as exc:
            show_error(self.window(), exc)
            return False
        self.status_message.emit(tr("“{title}” now carries your signature too.", title=document_title(view)))
        self.refresh(select=view.id)
        self.changed.emit()
        self.open_requested.emit(view.id)
        return True

    def _change(self, view: IssuedView, *, delete: bool) -> None:
        from desktop_app.services import archive

        try:
            with busy():
                (archive.delete if delete else archive.restore)(self.app, view.id)
        except SothonError as exc:
            show_error(self.window(), exc)
            return
        title = document_title(view)
        self.status_message.emit(tr("“{title}” was moved to the trash.", title=title) if delete
                                 else tr("“{title}” was restored.", title=title))
        self.refresh(select=view.id)
        self.changed.emit()
