"""The change history of one record, from the audit log: when, who, what changed (old → new)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import NotFound
from desktop_app.gui.register import labels
from desktop_app.i18n import tr
from desktop_app.services import register

# Stored columns a person has no use for in a history (derived or technical).
_HIDDEN_FIELDS = {"birth_year", "sort_key", "search_key", "unit_code", "created_at", "updated_at", "version"}


@dataclass(frozen=True)
class HistoryRow:
    when: str
    who: str
    action: str
    changes: list[str]


def history_rows(app, record_id: str) -> list[HistoryRow]:  # noqa: ANN001
    """The audit entries of ``record_id``, newest first, with readable values."""
    names: dict[tuple[str, str], str | None] = {}
    rows: list[HistoryRow] = []
    with app.uow() as uow:

        def resolve(field: str, value: str) -> str | None:
            key = (field, value)
            if key not in names:
                try:
                    if field == "household_id":
                        number = register.get_household(uow, value, include_deleted=True).number
                        names[key] = tr("household {number}", number=number)
                    else:
                        names[key] = register.get_resident(uow, value).full_name
                except NotFound:
                    names[key] = None
            return names[key]

        for entry in uow.history(record_id):
            changes = []
            for field, pair in (entry.changes or {}).items():
                if field in _HIDDEN_FIELDS:
                    continue
                old, new = (pair + [None, None])[:2] if isinstance(pair, list) else (None, pair)
                label = labels.field_label(field)
                if entry.action == "create":
                    changes.append(tr("{field}: {new}", field=label,
                                      new=labels.audit_value(field, new, resolve=resolve)))
                else:
                    changes.append(tr("{field}: {old} → {new}", field=label,
                                      old=labels.audit_value(field, old, resolve=resolve),
                                      new=labels.audit_value(field, new, resolve=resolve)))
            rows.append(HistoryRow(labels.local_time(entry.at), entry.profile,
                                   labels.action_label(entry.action), changes))
    rows.reverse()
    return rows


class HistoryDialog(QDialog):
    def __init__(self, app, record_id: str, *, title: str, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.app = app
        self.record_id = record_id
        self._title = title
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Row heights follow the wrapped text, so they are measured again whenever the columns change.
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(860, 480)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(tr("Change history"))
        self.intro.setText(tr("Every change to {record}, newest first. This history cannot be edited.",
                              record=self._title))
        self.table.setHorizontalHeaderLabels([tr("When"), tr("Who"), tr("What"), tr("Changes")])
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Close"))
        self.reload()

    def showEvent(self, event) -> None:  # noqa: N802, ANN001
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def reload(self) -> None:
        rows = history_rows(self.app, self.record_id)
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for j, text in enumerate((row.when, row.who, row.action, "\n".join(row.changes))):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.table.setItem(i, j, item)
        self.table.resizeRowsToContents()
