"""Small helpers every page uses: showing a refusal in the user's language, dates, busy cursors."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QStandardPaths, Qt, QTime, QTimeZone
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QFileDialog,
    QHeaderView,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QWidget,
)

from desktop_app.domain import clock
from desktop_app.domain.clock import VN_TZ
from desktop_app.domain.errors import RowErrors, SothonError
from desktop_app.i18n import tr
from desktop_app.messages import render, render_rows

log = logging.getLogger(__name__)

FINGERPRINT_GROUPS_PER_LINE = 8


def message_for(exc: BaseException) -> str:
    """A refusal's message in the current language; unexpected errors get a generic one (and are logged)."""
    if isinstance(exc, SothonError):
        return render(exc)
    log.error("unexpected error", exc_info=exc)
    return tr("Something went wrong: {detail}. Nothing was changed. Details are in the log file.",
              detail=type(exc).__name__)


def show_error(parent: QWidget | None, exc: BaseException, *, title: str | None = None) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or tr("Sổ Thôn"))
    box.setText(message_for(exc))
    if isinstance(exc, RowErrors):
        box.setDetailedText("\n".join(render_rows(exc)))
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str, yes: str) -> bool:
    """Ask before a change the user should weigh (a deletion): True when they press ``yes``, not Cancel."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is yes_button


def qdate(value: dt.date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate()


def pydate(value: QDate) -> dt.date | None:
    return dt.date(value.year(), value.month(), value.day()) if value.isValid() else None


# Vietnam's offset as Qt's zone: a QDateTime in it is never read in the computer's own zone, where a time in
# the hour a daylight-saving zone skips would not exist and Qt would move it.
VN_QTZ = QTimeZone(int(VN_TZ.utcoffset(None).total_seconds()))


def qdatetime(value: dt.datetime | None = None) -> QDateTime:
    """An instant (aware; naive is UTC, as stored) as Vietnam's wall time, to the second, for a
    ``datetime_edit`` — the time the lists and the documents show (domain.clock); None: now."""
    at = value if value is not None else clock.now()
    at = (at if at.tzinfo else at.replace(tzinfo=dt.UTC)).astimezone(VN_TZ)
    return QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute, at.second), VN_QTZ)


def pydatetime(value: QDateTime) -> dt.datetime:
    """A ``datetime_edit``'s value, its wall time read as Vietnam's: the instant, aware (seconds kept)."""
    d, t = value.date(), value.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second(), tzinfo=VN_TZ)


def datetime_edit(value: dt.datetime | None = None) -> QDateTimeEdit:
    """A date-and-time field in Vietnam's time (dd/MM/yyyy HH:mm, a calendar to pick the day), whatever the
    computer's zone; ``value`` None: now."""
    w = QDateTimeEdit()
    w.setTimeZone(VN_QTZ)
    w.setDateTime(qdatetime(value))
    w.setDisplayFormat("dd/MM/yyyy HH:mm")
    w.setCalendarPopup(True)
    return w


# --- a form's fields as a draft's values (gui.register.forms.DraftKeeper keeps them) -------------------------


def field_value(w: QWidget) -> Any:
    """What a field holds, as JSON a draft keeps: text as typed, a combo's code, a day or a time in ISO, a list's
    checked ids (``Qt.ItemDataRole.UserRole``); a composite field (a table of people, of obligations) gives its
    own ``draft_value()``."""
    if hasattr(w, "draft_value"):
        return w.draft_value()
    if isinstance(w, QDateEdit):
        return pydate(w.date()).isoformat()
    if isinstance(w, QDateTimeEdit):
        return pydatetime(w.dateTime()).isoformat()
    if isinstance(w, QCheckBox):
        return w.isChecked()
    if isinstance(w, QComboBox):
        return w.currentData()
    if isinstance(w, QSpinBox):
        return w.value()
    if isinstance(w, QPlainTextEdit):
        return w.toPlainText()
    if isinstance(w, QListWidget):
        return [w.item(i).data(Qt.ItemDataRole.UserRole) for i in range(w.count())
                if w.item(i).checkState() == Qt.CheckState.Checked]
    return w.text()


def set_field_value(w: QWidget, v: Any) -> None:
    """Put a draft's value back in its field; a value that does not fit (a day that is not a day, a code no
    longer offered) leaves the field as it is."""
    if hasattr(w, "set_draft_value"):
        w.set_draft_value(v)
    elif isinstance(w, QDateEdit | QDateTimeEdit):
        with contextlib.suppress(TypeError, ValueError):
            if isinstance(w, QDateEdit):
                w.setDate(qdate(dt.date.fromisoformat(str(v))))
            else:
                w.setDateTime(qdatetime(dt.datetime.fromisoformat(str(v))))
    elif isinstance(w, QCheckBox):
        w.setChecked(bool(v))
    elif isinstance(w, QComboBox):
        if (at := w.findData(v)) >= 0:
            w.setCurrentIndex(at)
    elif isinstance(w, QSpinBox):
        if isinstance(v, int) and not isinstance(v, bool):
            w.setValue(v)
    elif isinstance(w, QPlainTextEdit):
        w.setPlainText(str(v or ""))
    elif isinstance(w, QListWidget):
        chosen = set(v) if isinstance(v, list) else set()
        for i in range(w.count()):
            item = w.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in chosen
                               else Qt.CheckState.Unchecked)
    else:
        w.setText(str(v or ""))


def on_field_change(w: QWidget, slot: Any) -> None:
    """Call ``slot`` whenever the field changes (a composite field emits ``changed``)."""
    for name in ("changed", "textChanged", "toggled", "dateTimeChanged", "currentIndexChanged",
                 "valueChanged", "itemChanged"):
        if hasattr(w, name):
            getattr(w, name).connect(slot)
            return
    raise TypeError(f"no change signal on {type(w).__name__}")


@contextlib.contextmanager
def busy() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def with_pdf_suffix(path: Path | str) -> Path:
    """``path`` ending in .pdf (the name typed in a save dialog often has none)."""
    path = Path(path)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def ask_pdf_path(parent: QWidget, title: str, file_name: str, last_dir: str | None) -> Path | None:
    """Where to save a PDF: the save dialog in ``last_dir`` (else the user's Documents folder) offering
    ``file_name``; None when cancelled."""
    folder = last_dir or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / file_name),
                                                tr("PDF documents (*.pdf)"))
    return with_pdf_suffix(path) if path else None


def resident_choice(residents) -> QComboBox:  # noqa: ANN001 — register.ResidentView items
    """An editable list of the register's residents ("name (year), household N"), the resident's id as each
    item's data and an empty first item: typing any part of a name narrows it (a mediation case's parties, a
    security-order event's people)."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItem("", None)
    for r in residents:
        year = r.birth_date.year if r.birth_date else ""
        combo.addItem(tr("{name} ({year}), household {number}", name=r.full_name, year=year,
                         number=r.household_no), r.id)
    completer = combo.completer()
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return combo


def rows_table(columns: int, *, stretch: int) -> QTableWidget:
    """A read-only table of whole rows, one selected at a time, columns fitted to their contents but
    ``stretch``, which takes the rest (the outbox, a bundle's documents)."""
    table = QTableWidget(0, columns)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    for col in range(columns):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def fingerprint_lines(grouped: str) -> str:
    """"0FA7 D97A …" (16 groups) on two lines of eight, for reading aloud or comparing."""
    groups = grouped.split()
    per_line = FINGERPRINT_GROUPS_PER_LINE
    return "\n".join(" ".join(groups[i:i + per_line]) for i in range(0, len(groups), per_line))
