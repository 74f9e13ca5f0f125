"""A hamlet's records exactly as the commune received them, read-only (the overview's drill-down): one tab per
record type — households, residents, mediation cases, meetings, security-order events, movement activities,
documents —, each filled the first time it is shown, with a search that ignores diacritics. A record that came
pseudonymised shows no name and says so; a received document can be saved as it came (a copy of the signed
PDF), to be opened with any PDF reader (its signature checks there, or with Sổ Thôn's "Check a signature")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.bootstrap import App
from desktop_app.domain.clock import VN_TZ, vn_today
from desktop_app.domain.errors import SothonError
from desktop_app.domain.vietnamese import fold
from desktop_app.gui.common import ask_pdf_path, busy, show_error, with_pdf_suffix
from desktop_app.gui.folded_filter import FOLDED_ROLE, FoldedFilter
from desktop_app.gui.style import hint_label
from desktop_app.i18n import N_, format_date, format_number, tr
from desktop_app.services import commune_records

Column = tuple[str, Callable[[dict[str, Any]], str]]
ID_ROLE = Qt.ItemDataRole.UserRole

TYPE_NAMES = {
    "household": N_("Households"), "resident": N_("Residents"), "mediation_case": N_("Mediation cases"),
    "meeting": N_("Meetings"), "security_event": N_("Security-order events"),
    "security_activity": N_("Movement activities"), "document": N_("Documents"),
}


def _day(value: str | None) -> str:
    if not value:
        return "—"
    try:
        return format_date(dt.date.fromisoformat(value[:10]))
    except ValueError:
        return value


def _moment(value: str | None) -> str:
    """"14/07/2026 20:00" in Vietnam's time from the hamlet's date-time with its offset."""
    if not value:
        return "—"
    try:
        at = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        return at.astimezone(VN_TZ).strftime("%d/%m/%Y %H:%M") if at.tzinfo else at.strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return value


def _hidden(value: Any) -> str:
    return str(value) if value not in (None, "") else tr("(pseudonymised)")


def _or_dash(value: Any) -> str:
    return "—" if value in (None, "") else str(value)


def _labels() -> dict[str, Callable[[str | None], str]]:
    """Code → words for each coded column, from the same rules and labels the hamlet's window uses."""
    from desktop_app.gui.mediation.labels import STATUS as CASE_STATUS
    from desktop_app.gui.mediation.labels import label
    from desktop_app.gui.register.labels import relation_label, residence_label, sex_label, status_label
    from desktop_app.services import mediation, meetings, security

    today = vn_today()
    sec, med, meet = security.rules(today), mediation.rules(today), meetings.rules(today)

    def coded(table: dict[str, Any]) -> Callable[[str | None], str]:
        return lambda code: table[code].label if code in table else _or_dash(code)

    def meeting_kind(code: str | None) -> str:
        try:
            return meet.kind(code).label if code else "—"
        except SothonError:
            return _or_dash(code)

    def safe(fn: Callable[[str], str]) -> Callable[[str | None], str]:
        def wrapped(code: str | None) -> str:
            try:
                return fn(code) or "—" if code else "—"
            except ValueError:
                return code or "—"
        return wrapped

    return {
        "sex": safe(sex_label), "relation": safe(relation_label), "residence": safe(residence_label),
        "resident_status": safe(status_label), "case_type": lambda c: med.subtype_label(c) if c else "—",
        "case_status": lambda c: label(CASE_STATUS, c) or "—", "meeting_kind": meeting_kind,
        "event_type": coded(sec.types), "severity": coded(sec.severities), "event_status": coded(sec.statuses),
        "activity": lambda c: sec.activity_kinds[c].label if c in sec.activity_kinds else _or_dash(c),
    }


def columns(record_type: str) -> list[Column]:
    """The columns a commune officer reads for ``record_type``: (English heading, row → text)."""
    lab = _labels()
    if record_type == "household":
        return [(N_("Number"), lambda r: _hidden(r["number"])), (N_("Household head"), lambda r: _hidden(r["head"])),
                (N_("Present"), lambda r: format_number(r["members"])), (N_("Address"), lambda r: _hidden(r["address"]))]
    if record_type == "resident":
        return [(N_("Household"), lambda r: _or_dash(r["household_no"])),
                (N_("Full name"), lambda r: _hidden(r["full_name"])),
                (N_("Year of birth"), lambda r: _or_dash(r["birth_year"])), (N_("Sex"), lambda r: lab["sex"](r["sex"])),
                (N_("Relation to the head"), lambda r: lab["relation"](r["relation"])),
                (N_("Residence"), lambda r: lab["residence"](r["residence_type"])),
                (N_("Status"), lambda r: lab["resident_status"](r["status"]))]
    if record_type == "mediation_case":
        return [(N_("Number"), lambda r: _or_dash(r["number"])), (N_("Received on"), lambda r: _day(r["received_on"])),
                (N_("Type"), lambda r: lab["case_type"](r["case_type"])),
                (N_("Status"), lambda r: lab["case_status"](r["status"])),
                (N_("Since"), lambda r: _day(r["status_on"])),
                (N_("Parties"), lambda r: _or_dash(r["party_count"])),
                (N_("Confidential"), lambda r: tr("yes") if r["confidential"] else "")]

    def attendance(r: dict[str, Any]) -> str:
        if r["expected"] in (None, 0):
            return _or_dash(r["present"])
        rate = format_number(100 * (r["attendance_rate"] or 0), 1)
        text = tr("{present}/{expected} ({rate} %)", present=format_number(r["present"] or 0),
                  expected=format_number(r["expected"]), rate=rate)
        return text + (" ⚠" if r["attendance_warning"] else "")

    if record_type == "meeting":
        return [(N_("Number"), lambda r: _or_dash(r["number"])), (N_("Date"), lambda r: _day(r["date"])),
                (N_("Meeting"), lambda r: r["title"] or lab["meeting_kind"](r["kind"])),
                (N_("Status"), lambda r: tr("held") if r["status"] == "held" else tr("in progress")),
                (N_("Attendance"), attendance), (N_("Votes"), lambda r: format_number(r["votes"])),
                (N_("Tasks"), lambda r: format_number(r["tasks"]))]
    if record_type == "security_event":
        return [(N_("Time"), lambda r: _moment(r["occurred_at"])), (N_("Type"), lambda r: lab["event_type"](r["type"])),
                (N_("Severity"), lambda r: lab["severity"](r["severity"])),
                (N_("Status"), lambda r: lab["event_status"](r["status"])),
                (N_("Place"), lambda r: _or_dash(r["place"])), (N_("People"), lambda r: _or_dash(r["people_count"]))]
    if record_type == "security_activity":
        return [(N_("Date"), lambda r: _day(r["held_on"])), (N_("Activity"), lambda r: lab["activity"](r["kind"])),
                (N_("Title or topic"), lambda r: _or_dash(r["title"])),
                (N_("Number"), lambda r: _or_dash(r["quantity"]))]
    return [(N_("Issued on"), lambda r: _day(r["issued_on"])), (N_("Number"), lambda r: _or_dash(r["number"])),
            (N_("Title"), lambda r: _or_dash(r["title"])),
            (N_("Signed by"), lambda r: r["signer"] + (f" ({r['signed_as']})" if r["signed_as"] else "")
             if r["signer"] else "—"),
            (N_("Signed at"), lambda r: _moment(r["signed_at"]))]


class RecordsModel(QAbstractTableModel):
    """Rows of one record type, read-only; ``FOLDED_ROLE`` on column 0 is the folded text of the whole row."""

    def __init__(self, cols: list[Column], rows: list[dict[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cols = cols
        self.rows = rows
        self.cells = [[fn(r) for _h, fn in cols] for r in rows]
        self.folded = [fold(" ".join(cells)) for cells in self.cells]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.cols)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells[index.row()][index.column()]
        if role == FOLDED_ROLE:
            return self.folded[index.row()]
        if role == ID_ROLE:
            return self.rows[index.row()]["id"]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 — Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(self.cols[section][0])
        return None


class RecordsTab(QWidget):
    """One record type's list, filled on first show."""

    def __init__(self, app: App, code: str, record_type: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.code, self.record_type = app, code, record_type
        self.loaded = False
        self.model: RecordsModel | None = None
        self.proxy = FoldedFilter(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search (with or without diacritics)…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.note = hint_label()
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setResizeContentsPrecision(200)  # fit the columns to the first rows, not to thousands
        header.setStretchLastSection(True)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        self.save_button: QPushButton | None = None
        if record_type == "document":
            self.save_button = QPushButton(tr("Save a copy…"))
            self.save_button.setEnabled(False)
            self.save_button.clicked.connect(self.save_copy)
            top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        self.last_dir: str | None = None

    def load(self) -> None:
        if self.loaded:
            return
        try:
            with busy(), self.app.uow() as uow:
                doc = commune_records.received(uow, self.code, self.record_type)
        except SothonError as exc:
            show_error(self.window(), exc)
            return
        self.loaded = True
        self.model = RecordsModel(columns(self.record_type), doc["rows"], self)
        self.proxy.setSourceModel(self.model)
        self.view.resizeColumnsToContents()
        if self.save_button is not None:
            self.view.selectionModel().selectionChanged.connect(
                lambda *_: self.save_button.setEnabled(self.selected_id() is not None))
        self._note()

    def _note(self) -> None:
        rows = self.model.rows if self.model else []
        pseud = sum(1 for r in rows if r["pseudonymised"])
        shown = self.proxy.rowCount()
        text = tr("{n} records received.", n=format_number(len(rows))) if shown == len(rows) else tr(
            "{shown} of {n} records received.", shown=format_number(shown), n=format_number(len(rows)))
        if pseud:
            text += " " + tr("{p} of them came pseudonymised: no names, as the hamlet sent them.",
                             p=format_number(pseud))
        if not rows:
            text = tr("Nothing of this kind was received from this hamlet.")
        self.note.setText(text)

    def _filter(self, text: str) -> None:
        self.proxy.set_query(text)
        self._note()

    def selected_id(self) -> str | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return rows[0].data(ID_ROLE) if rows else None

    def save_copy(self, target: str | None = None) -> Path | None:
        """Ask where (unless ``target`` is given), then write the received PDF there as it came."""
        doc_id = self.selected_id()
        if doc_id is None or self.model is None:
            return None
        row = next(r for r in self.model.rows if r["id"] == doc_id)
        path = ask_pdf_path(self, tr("Save a copy of the received document"),
                            commune_records.document_file_name(row), self.last_dir) \
            if target is None else with_pdf_suffix(target)
        if path is None:
            return None
        try:
            with busy():
                path = commune_records.save_document(self.app, doc_id, path)
        except SothonError as exc:
            show_error(self.window(), exc)
            return None
        self.last_dir = str(path.parent)
        self.note.setText(tr("Saved to {path}.", path=str(path)))
        return path


class ReceivedRecordsDialog(QDialog):
    """Every record type received from one hamlet, one tab each (``tab(type)``), residents first."""

    def __init__(self, app: App, code: str, name: str, parent: QWidget | None = None, *,
                 first: str = "resident") -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Records received from {hamlet}", hamlet=name))
        self.resize(1100, 600)
        self.tabs = QTabWidget()
        self.by_type: dict[str, RecordsTab] = {}
        for record_type in commune_records.RECORD_TYPES:
            tab = RecordsTab(app, code, record_type, self)
            self.by_type[record_type] = tab
            self.tabs.addTab(tab, tr(TYPE_NAMES[record_type]))
        self.tabs.currentChanged.connect(lambda i: self.tabs.widget(i).load())
        buttons = QDialogButtonBox()
        buttons.addButton(tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(tr(
            "Read-only: the records as {hamlet} sent them in its bundles. Changes are made at the hamlet and"
            " arrive with its next bundle.", hamlet=name)))
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.tabs.setCurrentWidget(self.by_type[first])
        self.by_type[first].load()

    def tab(self, record_type: str) -> RecordsTab:
        tab = self.by_type[record_type]
        self.tabs.setCurrentWidget(tab)
        tab.load()
        return tab
