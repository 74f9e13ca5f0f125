"""The register as a lazy table model: pages of residents fetched as the list scrolls.

Three modes:
- the list (default): residents in Vietnamese name order, ``PAGE_SIZE`` at a time through
  ``views.list_residents(offset, limit)``; ``canFetchMore``/``fetchMore`` let the view ask for the
  next page when it scrolls near the end, so a commune's 40,000 people cost one page of memory until
  someone scrolls;
- search: ``search_residents(query, limit=SEARCH_LIMIT)``, in its ranked order (never re-sorted);
- expiring: the temporary residents whose registration ends within 30 days (the reminder banner).

The filter (residence type, sex, age group, former residents) applies in every mode. Each read opens
its own short connection on the GUI thread: a page of 200 takes about 10 ms on a hamlet PC. The list and
search read through the plain-SQL read model (``App.reader()``), so the first page shows before the ORM
is imported; only the expiring list goes through a unit of work.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop_app.domain.clock import vn_today
from desktop_app.domain.people import AGE_GROUP_BOUNDS, ResidentStatus, temporary_residence_expiring
from desktop_app.gui.register import labels
from desktop_app.i18n import N_, format_date, tr
from desktop_app.services import views
from desktop_app.services.views import ResidentFilter, ResidentView

PAGE_SIZE = 200
SEARCH_LIMIT = 200
EXPIRY_DAYS = 30

ResidentIdRole = Qt.ItemDataRole.UserRole
ResidentRole = Qt.ItemDataRole.UserRole + 1  # the whole ResidentView
ExpiringRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex

COLUMNS = (
    ("full_name", N_("Full name")),
    ("birth_date", N_("Date of birth")),
    ("sex", N_("Sex")),
    ("personal_id", N_("Personal ID")),
    ("household_no", N_("Household no.")),
    ("relation", N_("Relation")),
    ("residence_type", N_("Residence")),
    ("residence_to", N_("Until")),  # follows "Residence": the day a temporary registration ends
)
COLUMN = {key: i for i, (key, _) in enumerate(COLUMNS)}

_EXPIRING_BACKGROUND = QColor("#fff1c2")  # a soft amber: visible, but not an alarm
_FORMER_FOREGROUND = QColor("#7a7a7a")


class ResidentTableModel(QAbstractTableModel):
    def __init__(self, app, parent=None) -> None:  # noqa: ANN001 — bootstrap.App
        super().__init__(parent)
        self._app = app
        self._rows: list[ResidentView] = []
        self._total = 0
        self._filter = ResidentFilter()
        self._query = ""
        self._expiring_only = False
        self._today = vn_today()

    # --- what is shown ------------------------------------------------------------------------------

    @property
    def filter(self) -> ResidentFilter:
        return self._filter

    @property
    def query(self) -> str:
        return self._query

    @property
    def expiring_only(self) -> bool:
        return self._expiring_only

    def set_filter(self, f: ResidentFilter) -> None:
        self._filter = f
        self.reload()

    def set_query(self, query: str) -> None:
        self._query = " ".join(query.split())
        self.reload()

    def set_expiring_only(self, on: bool) -> None:
        self._expiring_only = on
        self.reload()

    def set_view(self, *, query: str, expiring_only: bool) -> None:
        """Switch mode in one reload: a search, the expiring reminder's list, or the whole list."""
        self._query = " ".join(query.split())
        self._expiring_only = expiring_only and not self._query
        self.reload()

    def is_searching(self) -> bool:
        return bool(self._query)

    def total(self) -> int:
        """How many people the current mode and filter match (all of them, loaded or not)."""
        return self._total

    def loaded(self) -> int:
        return len(self._rows)

    # --- loading ------------------------------------------------------------------------------------

    def reload(self, *, at_least: int = PAGE_SIZE) -> None:
        """Read the first rows again (at least ``at_least`` of them in list mode, to keep the view where
        it was after a write)."""
        self._today = vn_today()
        self.beginResetModel()
        try:
            if self._expiring_only and not self._query:
                with self._app.reader() as conn:
                    found = views.expiring_temporary_residents(conn, today=self._today, within_days=EXPIRY_DAYS)
                self._rows = [r for r in found if self._matches(r)]
                self._total = len(self._rows)
            else:
                with self._app.reader() as conn:
                    if self._query:
                        # Loaded on the first search: the first page never needs the Telex and folding tables.
                        from desktop_app.services.search import search_residents

                        self._rows = search_residents(conn, self._query, limit=SEARCH_LIMIT, where=self._filter)
                        self._total = len(self._rows)
                    else:
                        self._total = views.count_residents(conn, self._filter)
                        limit = max(PAGE_SIZE, at_least)
                        self._rows = views.list_residents(conn, self._filter, offset=0, limit=limit)
        finally:
            self.endResetModel()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: N802, B008
        if parent.isValid() or self._query or self._expiring_only:
            return False
        return len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: N802, B008
        if not self.canFetchMore(parent):
            return
        with self._app.reader() as conn:
            page = views.list_residents(conn, self._filter, offset=len(self._rows), limit=PAGE_SIZE)
        if not page:
            self._total = len(self._rows)  # someone else removed people since the count
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def row_of(self, resident_id: str, *, fetch_up_to: int = 0) -> int:
        """The row showing ``resident_id``; fetches further pages (up to ``fetch_up_to`` rows in all) to
        find it. -1 when it is not (or not yet) in the list."""
        while True:
            for i, r in enumerate(self._rows):
                if r.id == resident_id:
                    return i
            if len(self._rows) >= fetch_up_to or not self.canFetchMore():
                return -1
            before = len(self._rows)
            self.fetchMore()
            if len(self._rows) == before:
                return -1

    def resident(self, row: int) -> ResidentView | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _matches(self, r: ResidentView) -> bool:
        """The filter, for the modes whose service does not take it (search, expiring)."""
        f = self._filter
        if f.residence_type and r.residence_type is not f.residence_type:
            return False
        if f.sex and r.sex is not f.sex:
            return False
        if f.age_group:
            if r.birth_date is None:
                return False
            low, high = AGE_GROUP_BOUNDS[f.age_group]
            age = (f.on or self._today).year - r.birth_date.year  # by birth year, as the list service does
            if not low <= age <= high:
                return False
        return f.include_former or r.status is ResidentStatus.PRESENT

    def is_expiring(self, r: ResidentView) -> bool:
        return r.status is ResidentStatus.PRESENT and temporary_residence_expiring(
            r.residence_type, r.residence_to, today=self._today, within_days=EXPIRY_DAYS
        )

    # --- Qt's side ----------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section][1]) if 0 <= section < len(COLUMNS) else None
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        r = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, key)
        if role == ResidentIdRole:
            return r.id
        if role == ResidentRole:
            return r
        if role == ExpiringRole:
            return self.is_expiring(r)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(_EXPIRING_BACKGROUND) if self.is_expiring(r) else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(_FORMER_FOREGROUND) if r.status is not ResidentStatus.PRESENT else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, key)
        return None

    def _display(self, r: ResidentView, key: str) -> str:
        if key == "full_name":
            return r.full_name
        if key == "birth_date":
            return labels.birth_label(r.birth_date)
        if key == "sex":
            return labels.sex_label(r.sex)
        if key == "personal_id":
            return r.personal_id or ""
        if key == "household_no":
            return r.household_no
        if key == "relation":
            return labels.relation_label(r.relation, r.sex)
        if key == "residence_type":
            return labels.residence_label(r.residence_type)
        if key == "residence_to":
            return format_date(r.residence_to) if r.residence_to else ""
        return ""

    def _tooltip(self, r: ResidentView, key: str) -> str | None:
        if self.is_expiring(r):
            days = (r.residence_to - self._today).days if r.residence_to else 0
            return tr("Temporary residence ends on {date} (in {days} days): remind them to renew it.",
                      date=format_date(r.residence_to), days=days)
        if r.status is not ResidentStatus.PRESENT:
            when = format_date(r.status_date) if r.status_date else ""
            return tr("{status} {date}", status=labels.status_label(r.status), date=when).strip()
        return self._display(r, key) or None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1))
