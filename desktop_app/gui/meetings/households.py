"""The hamlet meeting's roll call by household: find a household by its head's name, its address or its number
(diacritics and đ/d ignored; the list in Vietnamese name order), choose who represents it (its head unless
another adult of the household came), and mark it present, absent with a reason or absent without one. Each
mark is one committed change (``meetings.mark_household``)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.vietnamese import fold
from desktop_app.gui.folded_filter import FOLDED_ROLE, FoldedFilter
from desktop_app.gui.meetings.sheet import ATTENDANCE
from desktop_app.i18n import tr

LINE_ROLE = Qt.ItemDataRole.UserRole
PRESENT_BRUSH = QBrush(QColor("#d9f2dc"))
EXCUSED_BRUSH = QBrush(QColor("#fff3cd"))


class HouseholdRoll(QWidget):
    """Layout and filling; ``marked(line_id, status, reason, representative_id)`` asks the page to save."""

    marked = Signal(str, str, str, str)

    def __init__(self) -> None:
        super().__init__()
        self.lines: dict[str, object] = {}  # line id → HouseholdLine
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        self.proxy = FoldedFilter(self)
        self.proxy.setSourceModel(self.model)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setWordWrap(True)  # "head — household, address — attendance" wraps instead of scrolling
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.found = QLabel()
        self.household = QLabel()
        self.household.setWordWrap(True)
        self.representative = QComboBox()
        self.reason = QLineEdit()
        self.present = QPushButton()
        self.excused = QPushButton()
        self.absent = QPushButton()
        form = QFormLayout()
        self.representative_label, self.reason_label = QLabel(), QLabel()
        form.addRow(self.representative_label, self.representative)
        form.addRow(self.reason_label, self.reason)
        buttons = QHBoxLayout()
        for b in (self.present, self.excused, self.absent):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.found)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.household)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.search.textChanged.connect(self._filter)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._show_current())
        self.present.clicked.connect(lambda: self._mark("present"))
        self.excused.clicked.connect(lambda: self._mark("absent_with_reason"))
        self.absent.clicked.connect(lambda: self._mark("absent_without_reason"))
        self.reason.returnPressed.connect(lambda: self._mark("absent_with_reason"))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.search.setPlaceholderText(tr("Search a household by the head's name, the address or the number"))
        self.representative_label.setText(tr("Represented by"))
        self.reason_label.setText(tr("Reason for absence"))
        self.reason.setPlaceholderText(tr("e.g. ill, working away — needed for absent with a reason"))
        self.present.setText(tr("Present"))
        self.excused.setText(tr("Absent with a reason"))
        self.absent.setText(tr("Absent without a reason"))
        self._count()

    def set_lines(self, lines: list) -> None:  # HouseholdLine, in Vietnamese name order
        current = self.current_line_id()
        same = list(self.lines) == [x.line_id for x in lines]
        old, self.lines = self.lines, {x.line_id: x for x in lines}
        if same:  # after a mark: only the lines that changed are redrawn (a hamlet has hundreds)
            for row, x in enumerate(lines):
                if old[x.line_id] != x:
                    self._set_item(self.model.item(row), x)
        else:
            self.model.clear()
            for x in lines:
                item = QStandardItem()
                item.setData(x.line_id, LINE_ROLE)
                item.setEditable(False)
                self._set_item(item, x)
                self.model.appendRow(item)
        self._count()
        if current and not self.select(current):
            self._show_current()
        elif not current:
            self._show_current()

    def _set_item(self, item: QStandardItem, x) -> None:  # x: HouseholdLine
        item.setText(self._text(x))
        item.setData(fold(f"{x.head_name or ''} {x.representative} {x.address or ''} {x.number}"), FOLDED_ROLE)
        brush = {"present": PRESENT_BRUSH, "absent_with_reason": EXCUSED_BRUSH}.get(x.status.value)
        item.setData(brush, Qt.ItemDataRole.BackgroundRole)

    def _text(self, x) -> str:  # HouseholdLine
        who = x.head_name or x.representative
        rep = "" if x.representative == who else " " + tr("(represented by {name})", name=x.representative)
        status = tr(ATTENDANCE[x.status.value]) + (f": {x.reason}" if x.reason else "")
        return tr("{head} — household {number}, {address} — {status}", head=who, number=x.number,
                  address=x.address or "—", status=status) + rep

    def _count(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        present = sum(1 for x in self.lines.values() if x.status.value == "present")
        self.found.setText(tr("{shown} of {total} households shown; {present} present.", shown=shown, total=total,
                              present=present))

    def _filter(self, text: str) -> None:
        self.proxy.set_query(text)
        self._count()
        if self.proxy.rowCount() and not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.proxy.index(0, 0))
        self._show_current()

    def select(self, line_id: str) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(LINE_ROLE) == line_id:
                self.list.setCurrentIndex(index)
                self._show_current()
                return True
        return False

    def current_line_id(self) -> str | None:
        index = self.list.currentIndex()
        return index.data(LINE_ROLE) if index.isValid() else None

    def _show_current(self) -> None:
        x = self.lines.get(self.current_line_id() or "")
        self.representative.clear()
        for b in (self.present, self.excused, self.absent, self.representative, self.reason):
            b.setEnabled(x is not None)
        if x is None:
            self.household.setText(tr("Choose a household in the list."))
            self.reason.clear()
            return
        self.household.setText(tr("Household {number}, {address}: head {head}.", number=x.number,
                                  address=x.address or "—", head=x.head_name or "—"))
        for rid, name in x.members:
            self.representative.addItem(name, rid)
        at = self.representative.findData(x.representative_id)
        self.representative.setCurrentIndex(max(at, 0))
        self.reason.setText(x.reason or "")

    def _mark(self, status: str) -> None:
        line_id = self.current_line_id()
        if not line_id:
            return
        rep = self.representative.currentData() or ""
        self.marked.emit(line_id, status, self.reason.text() if status == "absent_with_reason" else "", rep)
