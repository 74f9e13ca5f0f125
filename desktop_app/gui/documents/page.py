"""Documents: choose a kind and its options, create it, look at it, sign it, save it, print it; verify a signed PDF.
The signed documents the unit keeps (``gui.issued_list``) open in the same preview.

Rendering, signing and verifying run off the GUI thread (``run_in_background``); the page keeps the
PDF's bytes and shows them in QtPdf's view through an in-memory buffer. Signing keeps the signed copy in
the database (``services.archive``): it goes to its recipient with the next bundle; nothing else is written
to disk until the person saves.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QDate,
    QIODevice,
    QRectF,
    QSize,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPageLayout, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.bootstrap import App
from desktop_app.domain import clock
from desktop_app.domain.clock import VN_TZ, vn_today
from desktop_app.domain.errors import SothonError
from desktop_app.domain.vietnamese import fold
from desktop_app.gui.common import ask_pdf_path, busy, fingerprint_lines, pydate, qdate, show_error
from desktop_app.gui.documents.issued_list import IssuedList, kind_label
from desktop_app.gui.folded_filter import FOLDED_ROLE, FoldedFilter
from desktop_app.gui.operations import run_in_background
from desktop_app.gui.style import OK_COLOUR, Heading, hint_label, message_label, show_message
from desktop_app.i18n import N_, format_date, tr
from desktop_app.messages import render as render_message
from desktop_app.services.documents import KINDS, KindInfo

if TYPE_CHECKING:  # the archive (and its signing code) loads on first use
    from desktop_app.services.archive import IssuedView

SP = QStyle.StandardPixmap
HOUSEHOLD_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole
DATE_ROLE = Qt.ItemDataRole.UserRole + 1  # a meeting's day, in the meeting picker
ZOOM_STEP, MIN_ZOOM, MAX_ZOOM = 1.25, 0.25, 4.0
PRINT_DPI_CAP = 300  # pages are painted as images: 300 dpi is sharp on paper and keeps an A4 page ≈ 35 MB

# Minutes are made from a stored meeting of their body; with none recorded, they show a sample meeting made
# from the register.
SAMPLE_KINDS = {"hamlet_meeting_minutes", "party_cell_minutes"}
# Periodic reports: the period (the month, quarter or year of the date on the document) is their record.
PERIOD_KINDS = {"security_report", "commune_report"}
PERIODS = (("month", N_("The month of the date")), ("quarter", N_("The quarter of the date")),
           ("year", N_("The year of the date")))


def period_code(span: str, day: dt.date) -> str:
    """The report period ``span`` ("month", "quarter", "year") that ``day`` falls in: "2026-07", "2026-Q3", "2026"."""
    if span == "year":
        return str(day.year)
    if span == "quarter":
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    return f"{day.year}-{day.month:02d}"
MINUTES_BODY = {"hamlet_meeting_minutes": "hamlet", "party_cell_minutes": "party_cell"}


def _slug(text: str) -> str:
    return "-".join("".join(ch if ch.isalnum() else " " for ch in fold(text)).split())


def signed_text(info: KindInfo) -> str:
    """What became of a document just signed: kept, and which bundle will carry it."""
    if info.party:
        return tr("The document was signed and kept in the list of signed documents. It goes to the party"
                  " committee with the next party bundle.")
    if info.personal:
        return tr("The document was signed and kept in the list of signed documents. It names residents: it goes to the"
                  " commune when you include the signed documents that name residents in a bundle.")
    return tr("The document was signed and kept in the list of signed documents. It goes to the commune with"
              " the next bundle.")


def _local_time(value: dt.datetime) -> str:
    local = value.astimezone(VN_TZ)
    return f"{local:%H:%M} {format_date(local)}"


@dataclass(frozen=True)
class Rendered:
    """What is in the preview: the PDF and what it was made from."""

    pdf: bytes
    kind: str
    on: dt.date
    year: int | None
    household: str | None  # the household's number, for the file name
    signed_by: str | None = None
    signed_at: dt.datetime | None = None
    record_id: str | None = None  # the household's id, for a household sheet
    issued_id: str | None = None  # the kept signed copy (``services.archive``), once signed
    date: dt.date | None = None  # the document's own date when it differs from ``on`` (a voter list)
    election: Any = None  # a voter list's ``documents.Election``


# --- printing ---------------------------------------------------------------------------------------


def print_document(document: QPdfDocument, printer: QPrinter) -> int | None:
    """Paint the document's pages (or the printer's page range) onto ``printer``; the number printed,
    None when the printer cannot be started.

    Each page is rendered as an image at the printer's resolution (at most ``PRINT_DPI_CAP``) and drawn
    over the whole sheet: the PDF carries its own margins, so the sheet looks like the file.
    """
    count = document.pageCount()
    first, last = printer.fromPage(), printer.toPage()
    pages = range(max(first, 1) - 1, min(last, count)) if first and last else range(count)
    if not pages:
        return 0
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        return None
    try:
        dpi = min(printer.resolution(), PRINT_DPI_CAP)
        for n, page in enumerate(pages):
            if n:
                printer.newPage()
            points = document.pagePointSize(page)
            image = document.render(page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72)))
            sheet = QRectF(printer.pageRect(QPrinter.Unit.DevicePixel))
            scale = min(sheet.width() / points.width(), sheet.height() / points.height())
            w, h = points.width() * scale, points.height() * scale
            target = QRectF(sheet.x() + (sheet.width() - w) / 2, sheet.y() + (sheet.height() - h) / 2, w, h)
            painter.drawImage(target, image)
    finally:
        painter.end()
    return len(pages)


# --- the household picker ---------------------------------------------------------------------------


class HouseholdPicker(QWidget):
    """A search box over a list of households ("number — head's name"); the choice survives filtering."""

    chosen = Signal(str)  # the household's id, "" when none

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._households: list = []
        self._chosen = ""
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        self.proxy = FoldedFilter(self)
        self.proxy.setSourceModel(self.model)
        self.combo = QComboBox()
        self.combo.setModel(self.proxy)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.combo)
        self.search.textChanged.connect(self._filter)
        self.combo.currentIndexChanged.connect(self._combo_changed)

    def set_households(self, households: list) -> None:
        self._households = list(households)
        self._fill()

    def _fill(self) -> None:
        keep = self._chosen
        self.combo.blockSignals(True)
        self.model.clear()
        for h in self._households:
            text = tr("{number} — {head}", number=h.number, head=h.head_name or tr("(no head recorded)"))
            item = QStandardItem(text)
            item.setData(h.id, HOUSEHOLD_ROLE)
            item.setData(fold(f"{text} {h.address or ''}"), FOLDED_ROLE)
            if h.address:
                item.setToolTip(h.address)
            self.model.appendRow(item)
        self.combo.blockSignals(False)
        self._chosen = ""
        if not self.choose(keep):
            self._combo_changed(self.combo.currentIndex())

    def household_id(self) -> str:
        return self._chosen

    def number(self) -> str | None:
        return next((h.number for h in self._households if h.id == self._chosen), None)

    def choose(self, household_id: str) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(HOUSEHOLD_ROLE) == household_id:
                self.combo.setCurrentIndex(row)
                self._set(household_id)
                return True
        return False

    def _filter(self, text: str) -> None:
        self.proxy.set_query(text)
        if not self.choose(self._chosen):  # the chosen one is hidden: the first one shown is chosen
            self._combo_changed(self.combo.currentIndex())

    def _combo_changed(self, row: int) -> None:
        self._set(self.proxy.index(row, 0).data(HOUSEHOLD_ROLE) or "" if row >= 0 else "")

    def _set(self, household_id: str) -> None:
        if household_id != self._chosen:
            self._chosen = household_id
            self.chosen.emit(household_id)

    def retranslate_ui(self) -> None:
        self.search.setPlaceholderText(tr("Search by number or name"))
        self._fill()


# --- the verification's result ----------------------------------------------------------------------


def _when(text: str | None) -> str:
    if not text:
        return ""
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        return text
    return f"{value:%H:%M} {format_date(value)}"


class VerifyResultDialog(QDialog):
    """What ``verify_pdf_file`` found, in the user's language."""

    def __init__(self, result: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result = result
        self.setWindowTitle(tr("Verify a signed PDF"))
        valid = bool(result.get("valid"))
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(SP.SP_DialogApplyButton if valid else SP.SP_MessageBoxWarning)
                       .pixmap(40, 40))
        self.headline = Heading(factor=1.2)
        self.headline.setWordWrap(False)  # one short sentence; wrapping would ask for a tall box
        self.headline.setText(tr("The signature is valid.") if valid else tr("The signature is not valid."))
        self.headline.setStyleSheet(f"color: {OK_COLOUR};" if valid else "color: #b00020;")
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addSpacing(8)
        top.addWidget(self.headline, 1, Qt.AlignmentFlag.AlignVCenter)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.rows: dict[str, QLabel] = {}

        def row(key: str, label: str, value: str) -> None:
            widget = QLabel(value)
            widget.setWordWrap(True)
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.rows[key] = widget
            form.addRow(label, widget)

        row("file", tr("File:"), Path(result.get("path") or "").name)
        reason = result.get("reason")
        if reason:
            row("reason", tr("Why:"), render_message(SothonError(
                reason, path=result.get("path") or "", detail=tr("damaged, or not a PDF"))))
        signatures = result.get("signatures") or []
        first = signatures[0] if signatures else {}
        if result.get("signer"):
            who = result["signer"]
            extra = ", ".join(v for v in (first.get("title"), first.get("unit")) if v)
            row("signer", tr("Signed by:"), f"{who} ({extra})" if extra else who)
        if result.get("signed_at"):
            row("signed_at", tr("Signed at:"), _when(result["signed_at"]))
        trusted = result.get("trusted")
        if trusted is not None and result.get("signer"):
            row("trusted", tr("Signer's key:"), tr("One of this unit's keys") if trusted
                else tr("Not one of this unit's keys"))
        if result.get("signer_fingerprint"):
            row("fingerprint", tr("Key fingerprint:"), fingerprint_lines(result["signer_fingerprint"]))
        qr = result.get("qr_matches")
        qr_text = {True: tr("Matches the signed document"), False: tr("Does not match the signed document"),
                   None: tr("None (not a Sổ Thôn document)")}[qr]
        row("qr", tr("Footer QR code:"), qr_text)
        if len(signatures) > 1:
            row("count", tr("Signatures:"), str(len(signatures)))

        buttons = QDialogButtonBox()
        buttons.addButton(tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.resize(560, layout.heightForWidth(560) if layout.hasHeightForWidth() else self.sizeHint().height())


# --- the page ---------------------------------------------------------------------------------------


class DocumentsPage(QWidget):
    status_message = Signal(str)
    data_changed = Signal()  # a document was signed (kept), moved to the trash or restored

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.rendered: Rendered | None = None
        self.verify_dialog: VerifyResultDialog | None = None
        self._working = False
        self._last_dir = ""
        self._build()
        self._connect_signals()
        self.retranslate_ui()
        self.kinds.setCurrentRow(0)
        self.refresh()

    # --- view --------------------------------------------------------------------------------------

    def _build(self) -> None:
        style = self.style()
        self.heading = Heading()
        self.kinds_label = QLabel()
        self.kinds = QListWidget()
        self.kinds.setWordWrap(True)
        self.kinds.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.kinds.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.kinds.setStyleSheet("QListWidget::item { padding: 5px 4px; }")
        unit_kind = self.app.unit.kind if self.app.unit is not None else None
        for code in KINDS:
            if unit_kind is not None and not KINDS[code].made_in(unit_kind):
                continue  # the commune's report is made in a commune's copy only
            item = QListWidgetItem()
            item.setData(KIND_ROLE, code)
            self.kinds.addItem(item)
        self.kinds_label.setBuddy(self.kinds)

        self.options_box = QGroupBox()
        self.options = QFormLayout(self.options_box)
        self.options.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.date_label, self.year_label, self.household_label = QLabel(), QLabel(), QLabel()
        self.date_edit = QDateEdit(qdate(vn_today()))  # Vietnam's day, as documents are dated and signed
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setCalendarPopup(True)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(1900, 2200)
        self.year_spin.setValue(vn_today().year)
        self.households = HouseholdPicker()
        # The voter list only: its own date apart from the election day, the election's name and area.
        self.issued_label, self.election_name_label, self.area_label = QLabel(), QLabel(), QLabel()
        self.issued_edit = QDateEdit(qdate(vn_today()))  # Vietnam's day, as documents are dated and signed
        self.issued_edit.setDisplayFormat("dd/MM/yyyy")
        self.issued_edit.setCalendarPopup(True)
        self.election_name_edit, self.area_edit = QLineEdit(), QLineEdit()
        # Minutes only: the profile that co-signs as the meeting's secretary (a second signature).
        self.cosigner_label, self.cosigner_combo = QLabel(), QComboBox()
        # Mediation papers only: the case, among those with the paper's outcome.
        self.case_label, self.case_combo = QLabel(), QComboBox()
        # A stored meeting's papers only (invitation, resolution): the meeting, among those the profile may see.
        self.meeting_label, self.meeting_combo = QLabel(), QComboBox()
        # Periodic reports only: which period of the date the report covers.
        self.period_label, self.period_combo = QLabel(), QComboBox()
        for span, _text in PERIODS:
            self.period_combo.addItem("", span)
        for label, field in ((self.date_label, self.date_edit), (self.issued_label, self.issued_edit),
                             (self.election_name_label, self.election_name_edit), (self.area_label, self.area_edit),
                             (self.year_label, self.year_spin), (self.household_label, self.households),
                             (self.case_label, self.case_combo), (self.meeting_label, self.meeting_combo),
                             (self.period_label, self.period_combo), (self.cosigner_label, self.cosigner_combo)):
            label.setBuddy(field if field is not self.households else self.households.search)
            self.options.addRow(label, field)
        self.kind_hint = hint_label()
        self.options.addRow(self.kind_hint)
        self.create_button = QPushButton()
        self.create_button.setIcon(style.standardIcon(SP.SP_FileIcon))
        self.create_button.setDefault(True)
        self.verify_button = QPushButton()
        self.verify_button.setIcon(style.standardIcon(SP.SP_DialogApplyButton))

        # the left column: a new document, or the signed ones kept
        self.new_tab = QWidget()
        new_column = QVBoxLayout(self.new_tab)
        new_column.setContentsMargins(4, 6, 4, 4)
        new_column.addWidget(self.kinds_label)
        new_column.addWidget(self.kinds, 1)
        new_column.addWidget(self.options_box)
        new_column.addWidget(self.create_button)
        self.issued = IssuedList(self.app)
        self.issued_tab = QWidget()
        issued_column = QVBoxLayout(self.issued_tab)
        issued_column.setContentsMargins(4, 6, 4, 4)
        issued_column.addWidget(self.issued)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setExpanding(True)
        self.tabs.addTab(self.new_tab, "")
        self.tabs.addTab(self.issued_tab, "")

        left = QWidget()
        left.setFixedWidth(left.fontMetrics().averageCharWidth() * 44)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 10, 0, 8)
        column.addWidget(self.heading)
        column.addWidget(self.tabs, 1)
        column.addSpacing(6)
        column.addWidget(self.verify_button)
        self.left = left

        # the preview
        self.caption = Heading(factor=1.05)
        self.caption.setWordWrap(True)
        self.sign_button = QPushButton()
        self.sign_button.setIcon(style.standardIcon(SP.SP_DialogYesButton))
        self.save_button = QPushButton()
        self.save_button.setIcon(style.standardIcon(SP.SP_DialogSaveButton))
        self.print_button = QPushButton()
        self.print_button.setIcon(style.standardIcon(SP.SP_FileDialogContentsView))
        self.zoom_out_button, self.zoom_in_button, self.fit_button = QToolButton(), QToolButton(), QToolButton()
        self.zoom_out_button.setText("−")
        self.zoom_in_button.setText("+")
        for button in (self.zoom_out_button, self.zoom_in_button):
            font = QFont(button.font())
            font.setBold(True)
            button.setFont(font)
            button.setMinimumWidth(button.sizeHint().height())
        tools = QHBoxLayout()
        for button in (self.sign_button, self.save_button, self.print_button):
            tools.addWidget(button)
        tools.addStretch(1)
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            tools.addWidget(button)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.message = message_label()

        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.pdf_view = QPdfView()
        self.pdf_view.setDocument(self.document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setPageSpacing(12)
        self.empty_hint = hint_label()
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.empty_hint.setStyleSheet(self.empty_hint.styleSheet() + " background: palette(base);"
                                      " border: 1px solid palette(mid); padding: 24px 60px;")
        self.preview = QStackedWidget()
        self.preview.addWidget(self.empty_hint)
        self.preview.addWidget(self.pdf_view)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 10, 0, 8)
        right_layout.addWidget(self.caption)
        right_layout.addLayout(tools)
        right_layout.addWidget(self.state_label)
        right_layout.addWidget(self.message)
        right_layout.addWidget(self.preview, 1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(left)
        layout.addWidget(right, 1)

    def _connect_signals(self) -> None:
        self.kinds.currentRowChanged.connect(lambda _row: self._kind_changed())
        self.households.chosen.connect(lambda _id: self._update_buttons())
        self.case_combo.currentIndexChanged.connect(lambda _i: self._update_buttons())
        self.meeting_combo.currentIndexChanged.connect(lambda _i: self._meeting_chosen())
        self.create_button.clicked.connect(self.create)
        self.verify_button.clicked.connect(self.choose_and_verify)
        self.sign_button.clicked.connect(self.sign)
        self.save_button.clicked.connect(self.save_as)
        self.print_button.clicked.connect(self.print_preview)
        self.zoom_in_button.clicked.connect(lambda: self.zoom(ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self.zoom(1 / ZOOM_STEP))
        self.fit_button.clicked.connect(self.fit_width)
        self.issued.open_requested.connect(self.open_issued)
        self.issued.status_message.connect(self.status_message)
        self.issued.changed.connect(self.data_changed)
        self.issued.loaded.connect(self._show_issued_count)

    def retranslate_ui(self) -> None:
        self.heading.setText(tr("Documents"))
        self.kinds_label.setText(tr("&Kind of document:"))
        for row in range(self.kinds.count()):
            item = self.kinds.item(row)
            item.setText(kind_label(KINDS[item.data(KIND_ROLE)]))
        self.options_box.setTitle(tr("Options"))
        self.year_label.setText(tr("&Year:"))
        self.issued_label.setText(tr("Date of the &list:"))
        self.election_name_label.setText(tr("Election &name:"))
        self.election_name_edit.setPlaceholderText(tr("e.g. Bầu cử đại biểu Quốc hội và đại biểu HĐND các cấp"))
        self.area_label.setText(tr("Voting &area:"))
        self.area_edit.setPlaceholderText(tr("e.g. Khu vực bỏ phiếu số 3"))
        self.household_label.setText(tr("&Household:"))
        self.cosigner_label.setText(tr("Secretary who &co-signs:"))
        self.case_label.setText(tr("Mediation &case:"))
        self.meeting_label.setText(tr("&Meeting:"))
        self.period_label.setText(tr("Re&port period:"))
        for row, (_span, text) in enumerate(PERIODS):
            self.period_combo.setItemText(row, tr(text))
        self.cosigner_combo.setToolTip(tr(
            "The minutes carry two signatures: yours as the chair and the secretary's. The secretary's name is"
            " printed from their profile; they add their signature later from the list of signed documents."))
        if self.cosigner_combo.count():
            self.cosigner_combo.setItemText(0, tr("Nobody: the chair signs alone"))
        self.households.retranslate_ui()
        self.create_button.setText(tr("&Create document"))
        self.verify_button.setText(tr("&Verify a signed PDF…"))
        self.verify_button.setToolTip(tr("Check the signature of a PDF file, for example one you received"))
        self.sign_button.setText(tr("&Sign"))
        self.sign_button.setToolTip(tr("Sign the document with your key: a stamp with your name, role and the time"))
        self.save_button.setText(tr("Save &as…"))
        self.print_button.setText(tr("&Print…"))
        self.zoom_out_button.setToolTip(tr("Zoom out"))
        self.zoom_in_button.setToolTip(tr("Zoom in"))
        self.fit_button.setText(tr("Fit width"))
        self.empty_hint.setText(tr("Choose a kind of document on the left, then press “Create document”."
                                   " It shows here before you sign, save or print it."))
        self.tabs.setTabText(0, tr("&New document"))
        self.tabs.setTabToolTip(0, tr("Create a document from the register"))
        self.tabs.setTabToolTip(1, tr("The documents you signed: kept here and sent with the next bundle"))
        self.issued.retranslate_ui()
        self._show_issued_count()
        self._kind_changed()
        self._show_state()

    # --- state -------------------------------------------------------------------------------------

    def current_kind(self) -> KindInfo:
        item = self.kinds.currentItem() or self.kinds.item(0)
        return KINDS[item.data(KIND_ROLE)]

    def select_kind(self, code: str) -> None:
        for row in range(self.kinds.count()):
            if self.kinds.item(row).data(KIND_ROLE) == code:
                self.kinds.setCurrentRow(row)
                return
        raise KeyError(code)

    def set_report_period(self, span: str, day: dt.date) -> None:
        """Set the page on a periodic report of the ``span`` ("month", "quarter", "year") ending on ``day``."""
        self.period_combo.setCurrentIndex(max(self.period_combo.findData(span), 0))
        self.date_edit.setDate(QDate(day.year, day.month, day.day))

    def _kind_changed(self) -> None:
        info = self.current_kind()
        self.options.setRowVisible(self.date_edit, info.takes_date)
        self.options.setRowVisible(self.year_spin, info.takes_year)
        for field in (self.issued_edit, self.election_name_edit, self.area_edit):
            self.options.setRowVisible(field, info.code == "voter_list")
        self.options.setRowVisible(self.households, info.record == "household")
        self.options.setRowVisible(self.cosigner_combo, info.cosigned)
        self.options.setRowVisible(self.case_combo, info.record == "mediation_case")
        self.options.setRowVisible(self.period_combo, info.code in PERIOD_KINDS)
        if info.record == "mediation_case":
            self._fill_cases(info.code)
        takes_meeting = info.record == "meeting" or info.code in SAMPLE_KINDS
        self.options.setRowVisible(self.meeting_combo, takes_meeting)
        if takes_meeting:
            self._fill_meetings(info)
        if info.cosigned:
            self._fill_cosigners()
        self.date_label.setText(tr("&Election day:") if info.code == "voter_list"
                                # a report is dated the day it is made; this day only picks its period
                                else tr("A &day in the report period:") if info.code in PERIOD_KINDS
                                else tr("&Date on the document:"))
        hints = []
        if info.code in SAMPLE_KINDS and not self.meeting_combo.count():
            hints.append(tr("No meeting of this body is recorded yet: this shows a sample meeting made from the"
                            " register. Record the meeting in the Meetings area to make its minutes."))
        if info.code == "voter_list":
            hints.append(tr("Residents who are 18 or older on the election day."))
        if info.code == "longevity_list":
            hints.append(tr("Residents turning 70, 75, 80, 85, 90, 95, or 100 and over in the year."))
        if info.code == "military_age_list":
            hints.append(tr("Young men of military-service age in the year."))
        if info.record == "mediation_case":
            hints.append(tr("Signed by a mediator of the case (the profile linked to them on the team page)."))
            if not self.case_combo.count():
                hints.append(tr("No case has this outcome yet."))
        if info.record == "meeting" and not self.meeting_combo.count():
            hints.append(tr("No meeting of this kind is recorded yet (party cell meetings show only to the party"
                            " cell secretary)."))
        if info.record == "household" and not self.households.model.rowCount():
            hints.append(tr("There are no households yet."))
        self.kind_hint.setText(" ".join(hints))
        self.kind_hint.setVisible(bool(hints))
        self._update_buttons()

    def _update_buttons(self) -> None:
        info = self.current_kind()
        ready = ((info.record != "household" or bool(self.households.household_id()))
                 and (info.record != "mediation_case" or self.case_combo.currentData() is not None)
                 and (info.record != "meeting" or self.meeting_combo.currentData() is not None))
        self.create_button.setEnabled(not self._working and ready)
        have = self.rendered is not None and not self._working
        self.sign_button.setEnabled(have and self.rendered.signed_at is None)
        for widget in (self.save_button, self.print_button, self.zoom_in_button, self.zoom_out_button,
                       self.fit_button):
            widget.setEnabled(have)

    def _show_state(self) -> None:
        r = self.rendered
        if r is None:
            self.caption.setText(tr("Preview"))
            self.state_label.setText("")
            self.state_label.setVisible(False)
            return
        title = kind_label(KINDS[r.kind])
        if r.household:
            title = tr("{title}, household {number}", title=title, number=r.household)
        pages = self.document.pageCount()
        self.caption.setText(tr("{title} — {date} — {pages} pages", title=title, date=format_date(r.on),
                                pages=pages) if pages != 1 else
                             tr("{title} — {date} — 1 page", title=title, date=format_date(r.on)))
        if r.signed_at is not None:
            self.state_label.setText(tr("Signed by {name} at {time}.", name=r.signed_by or "",
                                        time=_local_time(r.signed_at)))
            self.state_label.setStyleSheet(f"color: {OK_COLOUR}; font-weight: bold;")
        else:
            self.state_label.setText(tr("Not signed yet."))
            self.state_label.setStyleSheet("")
        self.state_label.setVisible(True)

    def _set_working(self, working: bool, text: str | None = None) -> None:
        self._working = working
        if working and text:
            show_message(self.message, text, ok=True)
        elif not working:
            show_message(self.message, None)
        self._update_buttons()

    def _show_issued_count(self) -> None:
        count = self.issued.count()
        self.tabs.setTabText(1, tr("Si&gned ({count})", count=count) if count else tr("Si&gned"))

    def _alive(self) -> bool:
        return shiboken6.isValid(self)

    def _failed(self, exc: BaseException) -> None:
        if not self._alive():
            return
        self._set_working(False)
        show_error(self.window(), exc)

    # --- households --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the households for the household sheet and the signed documents (in the background)."""
        app = self.app
        self.issued.refresh()

        def work() -> list:
            from desktop_app.services import register

            with app.uow() as uow:
                return register.list_households(uow, unit_code=app.unit.code if app.unit else None)

        def done(households: list) -> None:
            if self._alive():
                self.households.set_households(households)
                self._kind_changed()

        run_in_background(self, work, on_success=done, on_error=self._failed)

    def select_case(self, case_id: str) -> bool:
        at = self.case_combo.findData(case_id)
        if at >= 0:
            self.case_combo.setCurrentIndex(at)
        return at >= 0

    def _fill_cases(self, kind: str) -> None:
        """The cases a mediation paper can be made for: those with its outcome, newest first."""
        from desktop_app.domain.mediation import CaseStatus
        from desktop_app.services import mediation

        keep = self.case_combo.currentData()
        wanted = CaseStatus.SUCCESSFUL if kind == "mediation_agreement" else CaseStatus.UNSUCCESSFUL
        with self.app.uow() as uow:
            rows = mediation.list_cases(uow, status=wanted)
            types = mediation.rules()
        self.case_combo.clear()
        for row in rows:
            self.case_combo.addItem(tr("Case {number}: {type}", number=row.number,
                                       type=types.subtype_label(row.case_type)), row.id)
        at = self.case_combo.findData(keep)
        self.case_combo.setCurrentIndex(max(at, 0))

    def _fill_meetings(self, info: KindInfo) -> None:
        """The meetings a meeting's paper can be made for, newest first: the party cell's for a party kind
        (a party profile only), the others for the invitation to a government meeting; for minutes, the meetings
        of their body (none: the minutes show the sample meeting)."""
        from desktop_app.services import meetings

        keep = self.meeting_combo.currentData()
        with self.app.uow() as uow:
            rows = [r for r in meetings.list_meetings(uow, viewer=self.app.profile) if r.party == info.party
                    and (info.code not in MINUTES_BODY or r.body.value == MINUTES_BODY[info.code])]
        self.meeting_combo.clear()
        for row in rows:
            self.meeting_combo.addItem(tr("{number}: {title} ({date})", number=row.number, title=row.title,
                                          date=format_date(row.date)), row.id)
            self.meeting_combo.setItemData(self.meeting_combo.count() - 1, row.date, DATE_ROLE)
        at = self.meeting_combo.findData(keep)
        self.meeting_combo.setCurrentIndex(max(at, 0))
        self._meeting_chosen()

    def _meeting_chosen(self) -> None:
        """The paper's date follows the meeting: its own day for the resolution; for the invitation today, or
        the meeting's day when it is already past (an invitation is never dated after the meeting)."""
        day = self.meeting_combo.currentData(DATE_ROLE)
        if day is not None and self.current_kind().record == "meeting":  # the minutes keep the date chosen
            if self.current_kind().code in ("meeting_invitation", "party_cell_invitation"):
                day = min(day, vn_today())
            self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self._update_buttons()

    def _fill_cosigners(self) -> None:
        """The profiles that may co-sign as the secretary: every one but the acting profile."""
        keep = self.cosigner_combo.currentData()
        acting = self.app.profile.id if self.app.profile else None
        self.cosigner_combo.clear()
        self.cosigner_combo.addItem(tr("Nobody: the chair signs alone"), None)
        for p in self.app.profiles():
            if p.id != acting:
                self.cosigner_combo.addItem(tr("{name} ({profile})", name=p.display_name, profile=p.name), p.name)
        at = self.cosigner_combo.findData(keep)
        self.cosigner_combo.setCurrentIndex(max(at, 0))

    # --- create, sign, save, print -----------------------------------------------------------------

    def create(self) -> None:
        """Render the chosen kind with its options in the background; the preview shows it."""
        if self._working:
            return
        info = self.current_kind()
        on = pydate(self.date_edit.date()) or vn_today()
        year = self.year_spin.value() if info.takes_year else None
        record_id = (self.households.household_id() if info.record == "household"
                     else self.case_combo.currentData() if info.record == "mediation_case"
                     else self.meeting_combo.currentData() if info.record == "meeting" or info.code in SAMPLE_KINDS
                     else period_code(self.period_combo.currentData(), on) if info.code in PERIOD_KINDS
                     else None)
        number = self.households.number() if record_id and info.record == "household" else None
        date, election = None, None
        if info.code == "voter_list":  # the date edit is the election day; the list has its own date
            from desktop_app.services.documents import Election

            date = pydate(self.issued_edit.date()) or vn_today()
            election = Election(day=on, name=self.election_name_edit.text().strip() or None,
                                area=self.area_edit.text().strip() or None)
        if info.record == "meeting" or (info.code in SAMPLE_KINDS and record_id):
            date = on  # a stored meeting's paper carries the date chosen, as it is signed
        app = self.app

        def work() -> bytes:
            from desktop_app.services import archive, documents

            # The draft prints who will sign it: the acting profile when it signs this kind (a deputy
            # under "KT."), so that what is signed is what was looked at.
            signer, deputy = archive.preview_signer(app, info.code, on=date or on)
            return documents.render(app, info.code, record_id=record_id, on=on, year=year, date=date,
                                    election=election, signer=signer, deputy_title=deputy)

        def done(pdf: bytes) -> None:
            if self._alive():
                self._set_working(False)
                self.show_pdf(Rendered(pdf, info.code, on, year, number, record_id=record_id, date=date,
                                       election=election))

        self._set_working(True, tr("Creating the document…"))
        run_in_background(self, work, on_success=done, on_error=self._failed, label=tr("Creating the document…"))

    def show_pdf(self, rendered: Rendered) -> None:
        """Show ``rendered`` in the preview (the first page, the zoom kept)."""
        data = QByteArray(rendered.pdf)
        buffer = QBuffer()
        buffer.setData(data)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.close()
        self.document.load(buffer)
        self._buffer = buffer  # QPdfDocument reads from it while it is open
        if self.document.status() != QPdfDocument.Status.Ready:
            self.rendered = None
            self.preview.setCurrentWidget(self.empty_hint)
            self._show_state()
            self._update_buttons()
            show_error(self.window(), SothonError("pdf_unreadable", path="", detail=str(self.document.error())))
            return
        self.rendered = rendered
        self.preview.setCurrentWidget(self.pdf_view)
        self.pdf_view.pageNavigator().jump(0, self.pdf_view.pageNavigator().currentLocation())
        self._show_state()
        self._update_buttons()

    def sign(self) -> None:
        """Sign the previewed document with the acting profile's key and keep the signed copy (background),
        then show the signed one; the list of signed documents shows it too. A profile that does not sign
        this kind is refused with a message naming who must sign."""
        r = self.rendered
        if r is None or r.signed_at is not None or self._working:
            return
        app = self.app
        now = clock.now().replace(microsecond=0)
        cosigner = self.cosigner_combo.currentData() if KINDS[r.kind].cosigned else None

        def work() -> tuple[bytes, IssuedView]:
            from desktop_app.services import archive

            # Rendered again with the acting profile as the printed signer: who signs is who is printed.
            return archive.issue(app, r.kind, issued_on=r.date or r.on, on=r.on, year=r.year,
                                 record_id=r.record_id, election=r.election, signed_at=now, cosigner=cosigner)

        def done(result: tuple[bytes, IssuedView]) -> None:
            if self._alive():
                pdf, view = result
                self._set_working(False)
                self.show_pdf(replace(r, pdf=pdf, signed_by=view.signer, signed_at=now, issued_id=view.id))
                text = signed_text(KINDS[r.kind])
                show_message(self.message, text, ok=True)
                self.status_message.emit(text)
                self.issued.refresh(select=view.id)
                self.data_changed.emit()

        self._set_working(True, tr("Signing…"))
        run_in_background(self, work, on_success=done, on_error=self._failed, label=tr("Signing…"))

    def open_issued(self, doc_id: str) -> None:
        """Show a kept signed document in the preview (read in the background)."""
        if self._working:
            return
        app = self.app

        def work() -> tuple[IssuedView, bytes]:
            from desktop_app.services import archive

            return archive.get(app, doc_id)

        def done(result: tuple[IssuedView, bytes]) -> None:
            if self._alive():
                view, pdf = result
                self._set_working(False)
                self.show_pdf(Rendered(pdf, view.kind, dt.date.fromisoformat(view.issued_on), view.year,
                                       view.record_label, signed_by=view.signer,
                                       signed_at=dt.datetime.fromisoformat(view.signed_at), issued_id=view.id))

        self._set_working(True)
        run_in_background(self, work, on_success=done, on_error=self._failed)

    def default_file_name(self) -> str:
        r = self.rendered
        if r is None:
            return "document.pdf"
        parts = [_slug(KINDS[r.kind].title)]
        if r.household:
            parts.append(_slug(r.household))
        parts.append(f"{r.year}" if r.year else r.on.isoformat())
        return "-".join(parts) + ".pdf"

    def save_as(self) -> Path | None:
        """Ask where, then write the previewed PDF atomically (the whole file or nothing)."""
        r = self.rendered
        if r is None:
            return None
        target = ask_pdf_path(self, tr("Save the document"), self.default_file_name(), self._last_dir)
        if target is None:
            return None
        from desktop_app.services import documents

        try:
            with busy():
                documents.write(target, r.pdf)
        except SothonError as exc:
            show_error(self.window(), exc)
            return None
        self._last_dir = str(target.parent)
        show_message(self.message, tr("Saved to {path}.", path=str(target)), ok=True)
        self.status_message.emit(tr("Saved to {path}.", path=str(target)))
        return target

    def print_preview(self) -> None:
        """The print dialog, then every chosen page painted at the printer's resolution."""
        if self.rendered is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        size = self.document.pagePointSize(0)
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if size.width() > size.height()
                                   else QPageLayout.Orientation.Portrait)
        printer.setDocName(self.default_file_name())
        dialog = QPrintDialog(printer, self.window())
        dialog.setWindowTitle(tr("Print the document"))
        dialog.setMinMax(1, self.document.pageCount())
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        with busy():
            printed = print_document(self.document, printer)
        if printed is None:
            QMessageBox.warning(self.window(), tr("Sổ Thôn"), tr("The printer could not be started. Check that it"
                                                                 " is switched on and connected, then try again."))
            return
        self.status_message.emit(tr("Sent {pages} pages to the printer.", pages=printed))

    # --- zoom --------------------------------------------------------------------------------------

    def _effective_zoom(self) -> float:
        view = self.pdf_view
        if view.zoomMode() == QPdfView.ZoomMode.Custom or self.document.pageCount() == 0:
            return view.zoomFactor()
        margins = view.documentMargins()
        width_px = self.document.pagePointSize(0).width() * view.logicalDpiX() / 72
        return max(MIN_ZOOM, (view.viewport().width() - margins.left() - margins.right()) / width_px)

    def zoom(self, step: float) -> None:
        factor = min(MAX_ZOOM, max(MIN_ZOOM, self._effective_zoom() * step))
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.pdf_view.setZoomFactor(factor)

    def fit_width(self) -> None:
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    # --- verify ------------------------------------------------------------------------------------

    def choose_and_verify(self) -> None:
        folder = self._last_dir or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getOpenFileName(self.window(), tr("Choose a signed PDF"), folder,
                                                    tr("PDF documents (*.pdf)"))
        if path:
            self.verify_file(Path(path))

    def verify_file(self, path: Path) -> None:
        """Verify ``path`` against this copy's certificates (old ones too) in the background; a dialog
        shows the result."""
        app = self.app

        def work() -> dict:
            from desktop_app.services.signatures import trusted_for, verify_pdf_file

            return verify_pdf_file(path, trusted_for(app))

        def done(result: dict) -> None:
            if self._alive():
                self.verify_dialog = VerifyResultDialog(result, self.window())
                self.verify_dialog.open()

        run_in_background(self, work, on_success=done, on_error=self._failed, label=tr("Verifying…"))
