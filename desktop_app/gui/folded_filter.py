"""A list filter that ignores diacritics and đ/d: every folded word typed must appear in the row's folded
text (``FOLDED_ROLE``). Used by the wizard's province/commune lists and the household picker."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QWidget

from desktop_app.domain.vietnamese import fold

FOLDED_ROLE = Qt.ItemDataRole.UserRole + 1


class FoldedFilter(QSortFilterProxyModel):
    """Rows whose folded text holds every folded word typed ("yen xuan" finds "Xã Yên Xuân")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_query(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.9; invalidateFilter() is deprecated there
            self.beginFilterChange()
            self._words = fold(text).split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = fold(text).split()
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802 — Qt's name
        folded = self.sourceModel().index(row, 0, parent).data(FOLDED_ROLE) or ""
        return all(word in folded for word in self._words)
