"""Small helpers every page uses: showing a refusal in the user's language, dates, busy cursors."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QStandardPaths, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QCompleter,
    QFileDialog,
    QHeaderView,
    QMessageBox,
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


def qdatetime(value: dt.datetime | None = None) -> QDateTime:
    """An instant (aware; naive is UTC, as stored) as Vietnam's wall time for a QDateTimeEdit — the time the
    lists and the documents show (domain.clock); None: now."""
    at = value if value is not None else clock.now()
    at = (at if at.tzinfo else at.replace(tzinfo=dt.UTC)).astimezone(VN_TZ)
    return QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute))


def pydatetime(value: QDateTime) -> dt.datetime:
    """A QDateTimeEdit's wall time, read as Vietnam's: the instant, aware."""
    d, t = value.date(), value.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=VN_TZ)


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
