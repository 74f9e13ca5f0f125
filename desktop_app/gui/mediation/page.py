"""The Mediation area: cases (list with status filter and overdue highlights, a new case at intake, the
chosen case with its timeline, a button for each step it allows and its papers in one click), the statistics
for a month, a quarter or a year (table and chart), and the team (its recognition, its mediators, the
warnings when it breaks the rules)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.bootstrap import App
from desktop_app.domain.clock import vn_today
from desktop_app.gui.common import rows_table, show_error
from desktop_app.gui.mediation.labels import EVENTS, OVERDUE, STATUS, STEPS, TEAM_WARNINGS, label
from desktop_app.gui.mediation.stats_view import StatisticsView
from desktop_app.gui.style import Heading, hint_label
from desktop_app.i18n import N_, format_date, tr

ID_ROLE = Qt.ItemDataRole.UserRole
OVERDUE_BRUSH = QBrush(QColor("#fde2d8"))
# The papers a case's page makes in one click, by the case's status.
PAPERS = {"successful": ("mediation_agreement",), "unsuccessful": ("mediation_failure",)}
PAPER_LABELS = {"mediation_agreement": N_("Written agreement (PDF)…"),
                "mediation_failure": N_("Minutes of unsuccessful mediation (PDF)…")}
FILTERS = [("open", N_("Open cases")), ("overdue", N_("Overdue")), ("", N_("All cases"))] + [
    (code, text) for code, text in STATUS.items()]


class CasesView(QWidget):
    """Layout only: the filter, the list, the case panel."""

    def __init__(self) -> None:
        super().__init__()
        self.filter = QComboBox()
        self.year = QComboBox()
        self.count = hint_label()
        self.new_case = QPushButton()
        top = QHBoxLayout()
        top.addWidget(self.filter)
        top.addWidget(self.year)
        top.addWidget(self.count, 1)
        top.addWidget(self.new_case)
        self.table = rows_table(5, stretch=4)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(2, 230)
        self.heading = Heading(factor=1.15)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.timeline = QTreeWidget()
        self.timeline.setColumnCount(3)
        self.timeline.setRootIsDecorated(False)
        self.timeline.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.timeline.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.steps = QHBoxLayout()
        self.papers = QHBoxLayout()
        panel = QWidget()
        right = QVBoxLayout(panel)
        right.addWidget(self.heading)
        right.addWidget(self.details)
        right.addWidget(self.timeline, 1)
        right.addLayout(self.steps)
        right.addLayout(self.papers)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(top)
        lv.addWidget(self.table)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(panel)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split)


class TeamView(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.heading = Heading(factor=1.15)
        self.decision = hint_label()
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #a33;")
        self.table = rows_table(7, stretch=4)
        self.edit_team = QPushButton()
        self.add_member = QPushButton()
        self.edit_member = QPushButton()
        self.member_leaves = QPushButton()
        buttons = QHBoxLayout()
        for b in (self.edit_team, self.add_member, self.edit_member, self.member_leaves):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.decision)
        layout.addWidget(self.warnings)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)


class MediationPage(QWidget):
    ready = Signal()
    data_changed = Signal()
    status_message = Signal(str)

    def __init__(self, app: App) -> None:
        super().__init__()
        self.app = app
        self.today = vn_today()
        self.rows: list = []
        self.case = None
        self.title = Heading()
        self.tabs = QTabWidget()
        self.cases = CasesView()
        self.stats = StatisticsView()
        self.team = TeamView()
        self.teams: list = []
        self.tabs.addTab(self.cases, "")
        self.tabs.addTab(self.stats, "")
        self.tabs.addTab(self.team, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs)
        self.retranslate_ui()
        self._connect_signals()
        QTimer.singleShot(0, self.refresh)

    def _connect_signals(self) -> None:
        self.cases.filter.currentIndexChanged.connect(self._fill_cases)
        self.cases.year.currentIndexChanged.connect(self._fill_cases)
        self.cases.table.itemSelectionChanged.connect(self._show_selected)
        self.cases.new_case.clicked.connect(self.new_case)
        self.stats.period_changed.connect(self._fill_stats)
        self.team.edit_team.clicked.connect(self.edit_team)
        self.team.add_member.clicked.connect(self.add_member)
        self.team.edit_member.clicked.connect(lambda: self.edit_member(self._selected_member()))
        self.team.member_leaves.clicked.connect(self.member_leaves)
        self.team.table.itemDoubleClicked.connect(lambda *_: self.edit_member(self._selected_member()))

    def retranslate_ui(self) -> None:
        self.title.setText(tr("Grassroots mediation"))
        self.tabs.setTabText(0, tr("Cases"))
        self.tabs.setTabText(1, tr("Statistics"))
        self.tabs.setTabText(2, tr("Team"))
        self.cases.new_case.setText(tr("New case…"))
        self.team.edit_team.setText(tr("Team details…"))
        self.team.add_member.setText(tr("Add a mediator…"))
        self.team.edit_member.setText(tr("Edit the mediator…"))
        self.team.member_leaves.setText(tr("Leaves the team…"))
        self.stats.retranslate_ui()
        f = self.cases.filter
        current = f.currentIndex()
        f.blockSignals(True)
        f.clear()
        for code, text in FILTERS:
            f.addItem(tr(text), code)
        f.setCurrentIndex(max(0, current))
        f.blockSignals(False)
        self.cases.table.setHorizontalHeaderLabels([tr("Number"), tr("Received"), tr("Type"), tr("Status"),
                                                    tr("Needs attention")])
        self.cases.timeline.setHeaderLabels([tr("Date"), tr("What happened"), tr("Details")])
        self.team.table.setHorizontalHeaderLabels([tr("Mediator"), tr("Role"), tr("Sex"), tr("Born"),
                                                   tr("Address"), tr("Recognised by"), tr("Term")])
        if self.rows:
            self._fill_cases()
            self._fill_team()

    # --- data ---------------------------------------------------------------------------------------

    def refresh(self) -> None:
        from desktop_app.services import mediation

        try:
            with self.app.uow() as uow:
                self.rows = mediation.list_cases(uow, today=self.today)
                self.teams = mediation.list_teams(uow)
            self.rules = mediation.rules(self.today)
        except Exception as exc:  # noqa: BLE001 — shown, the page stays usable
            show_error(self, exc)
            return
        years = sorted({r.year for r in self.rows}, reverse=True)
        y = self.cases.year
        y.blockSignals(True)
        y.clear()
        y.addItem(tr("Every year"), None)
        for year in years:
            y.addItem(str(year), year)
        y.blockSignals(False)
        self._fill_cases()
        self._fill_team()
        self._fill_stats()
        self.ready.emit()

    def select_case(self, case_id: str) -> bool:
        """Show the case ``case_id`` in the list (every case of every year) and its panel; False if unknown."""
        if not any(r.id == case_id for r in self.rows):
            self.refresh()
        self.cases.filter.setCurrentIndex(max(0, self.cases.filter.findData("")))  # all cases
        self.cases.year.setCurrentIndex(0)  # every year
        self._fill_cases()
        t = self.cases.table
        for i in range(t.rowCount()):
            if t.item(i, 0).data(ID_ROLE) == case_id:
                t.selectRow(i)
                self._show_selected()
                return True
        return False

    def _visible_rows(self) -> list:
        code = self.cases.filter.currentData()
        year = self.cases.year.currentData()
        rows = [r for r in self.rows if year is None or r.year == year]
        if code == "open":
            return [r for r in rows if r.status.value in ("received", "assigned", "in_progress")
                    or (r.status.value == "successful" and r.performance and r.performance.value == "not_yet")]
        if code == "overdue":
            return [r for r in rows if r.overdue]
        return [r for r in rows if not code or r.status.value == code]

    def _fill_cases(self) -> None:
        t = self.cases.table
        rows = self._visible_rows()
        keep = self.case.row.id if self.case else None
        t.blockSignals(True)
        t.setRowCount(len(rows))
        select = 0
        for i, r in enumerate(rows):
            status = label(STATUS, r.status.value)
            if r.performance and r.performance.value == "performed":
                status += " · " + tr("carried out")
            cells = [r.number, format_date(r.received_on), self.rules.subtype_label(r.case_type), status,
                     ", ".join(label(OVERDUE, o) for o in r.overdue) or (tr("confidential")
                                                                           if r.confidential else "")]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, r.id)
                if r.overdue:
                    item.setBackground(OVERDUE_BRUSH)
                t.setItem(i, col, item)
            if r.id == keep:
                select = i
        t.blockSignals(False)
        self.cases.count.setText(tr("{count} cases", count=len(rows)))
        if rows:
            t.selectRow(select)
            self._show_selected()
        else:
            self._show_case(None)

    def _show_selected(self) -> None:
        from desktop_app.services import mediation

        items = self.cases.table.selectedItems()
        if not items:
            return
        with self.app.uow() as uow:
            case = mediation.get_case(uow, items[0].data(ID_ROLE), viewer=self.app.profile, today=self.today)
        self._show_case(case)

    def _show_case(self, case) -> None:  # CaseView | None
        self.case = case
        c = self.cases
        while c.steps.count():
            w = c.steps.takeAt(0).widget()
            if w is not None:
                w.setParent(None)  # at once: deleteLater waits for the event loop
                w.deleteLater()
        while c.papers.count():
            w = c.papers.takeAt(0).widget()
            if w is not None:
                w.setParent(None)
                w.deleteLater()
        c.timeline.clear()
        if case is None:
            c.heading.setText(tr("No case to show"))
            c.details.setText("")
            return
        r = case.row
        c.heading.setText(tr("Case {number} — {status}", number=r.number, status=label(STATUS, r.status.value)))
        lines = [tr("Received {date}; type: {type}", date=format_date(r.received_on),
                    type=self.rules.subtype_label(r.case_type))]
        if case.restricted:
            lines.append(tr("Confidential: only its mediators and the team leader see the parties and the content."))
        else:
            lines.append(case.summary or "")
            lines += [f"{p.position}. {p.full_name}" + (f" ({p.birth_year})" if p.birth_year else "")
                      + (f" — {p.address}" if p.address else "") for p in case.parties]
            if case.mediators:
                lines.append(tr("Mediators: {names}", names=", ".join(m["full_name"] for m in case.mediators)))
        lines += [label(OVERDUE, o) for o in r.overdue]
        c.details.setText("\n".join(lines))
        for e in case.timeline:
            QTreeWidgetItem(c.timeline, [format_date(e["on"]), label(EVENTS, e["kind"]), e["detail"] or ""])
        for step in case.allowed_steps:
            button = QPushButton(label(STEPS, step))
            button.clicked.connect(lambda _=False, s=step: self._take_step(s))
            c.steps.addWidget(button)
        c.steps.addStretch(1)
        for kind in PAPERS.get(r.status.value, ()) if not case.restricted else ():
            button = QPushButton(tr(PAPER_LABELS[kind]))
            button.setObjectName(f"paper-{kind}")
            button.clicked.connect(lambda _=False, k=kind: self.open_paper(k))
            c.papers.addWidget(button)
        c.papers.addStretch(1)

    def _take_step(self, step: str) -> None:
        from desktop_app.gui.mediation.step_dialog import StepDialog

        dialog = StepDialog(self.app, self.case, step, self)
        if dialog.exec():
            self._saved(dialog.result_view)

    # --- new case, papers ---------------------------------------------------------------------------

    def new_case(self) -> None:
        from desktop_app.gui.mediation.intake_dialog import IntakeDialog

        dialog = IntakeDialog(self.app, self)
        if dialog.exec():
            self._saved(dialog.result_view)

    def _saved(self, view) -> None:  # CaseView
        self.status_message.emit(tr("Case {number} saved.", number=view.row.number))
        self.case = view
        self.refresh()
        self.data_changed.emit()

    def open_paper(self, kind: str) -> None:
        """The case's paper in the Documents area, made and previewed, ready to sign (one click)."""
        window = self.window()
        if self.case is None or not hasattr(window, "show_area"):
            return
        page = window.show_area("documents")
        if page is None:
            return
        page.select_kind(kind)
        page.select_case(self.case.row.id)
        page.create()

    # --- statistics ---------------------------------------------------------------------------------

    def _fill_stats(self, *_args) -> None:
        from desktop_app.domain.mediation import Period
        from desktop_app.services import mediation

        period = Period.parse(self.stats.code())
        try:
            with self.app.uow() as uow:
                figures = mediation.case_statistics(uow, period)
        except Exception as exc:  # noqa: BLE001 — shown, the page stays usable
            show_error(self, exc)
            return
        self.stats.show_statistics(figures, mediation.rules(period.end))

    # --- the team -----------------------------------------------------------------------------------

    def _selected_member(self):  # -> MemberView | None
        team = self.teams[0] if self.teams else None
        row = self.team.table.currentRow()
        if team is None or not 0 <= row < len(team.members):
            return None
        return team.members[row]

    def edit_team(self) -> None:
        from desktop_app.gui.mediation.team_dialog import TeamDialog

        if TeamDialog(self.app, self.teams[0] if self.teams else None, self).exec():
            self.refresh()
            self.data_changed.emit()

    def add_member(self) -> None:
        from desktop_app.gui.mediation.team_dialog import MemberDialog

        if self.teams and MemberDialog(self.app, self.teams[0].id, None, self).exec():
            self.refresh()
            self.data_changed.emit()

    def edit_member(self, member) -> None:  # MemberView | None
        from desktop_app.gui.mediation.team_dialog import MemberDialog

        if not self.teams or member is None:
            return
        if MemberDialog(self.app, self.teams[0].id, member, self).exec():
            self.refresh()
            self.data_changed.emit()

    def member_leaves(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        from desktop_app.services import mediation

        member = self._selected_member()
        if member is None or not member.active:
            return
        text, ok = QInputDialog.getText(self, tr("Leaves the team"),
                                        tr("{name} leaves the team on (dd/mm/yyyy):", name=member.full_name),
                                        text=format_date(vn_today()))
        if not ok:
            return
        try:
            day = dt.datetime.strptime(text.strip(), "%d/%m/%Y").date()
            with self.app.uow() as uow:
                mediation.member_leaves(uow, member_id=member.id, on=day)
                uow.commit()
        except ValueError:
            from desktop_app.domain.errors import ValidationError

            show_error(self, ValidationError("date_invalid", value=text))
            return
        except Exception as exc:  # noqa: BLE001 — shown, nothing saved
            show_error(self, exc)
            return
        self.refresh()
        self.data_changed.emit()

    def _fill_team(self) -> None:
        t = self.team
        team = self.teams[0] if self.teams else None
        t.add_member.setEnabled(team is not None)
        t.edit_member.setEnabled(team is not None)
        t.member_leaves.setEnabled(team is not None)
        t.edit_team.setText(tr("Team details…") if team else tr("New team…"))
        if team is None:
            t.heading.setText(tr("No mediation team yet"))
            t.decision.setText("")
            t.warnings.setText("")
            t.table.setRowCount(0)
            return
        t.heading.setText(team.name)
        term = ""
        if team.term_from or team.term_to:
            term = " · " + tr("term {start} – {end}", start=format_date(team.term_from) or "…",
                              end=format_date(team.term_to) or "…")
        t.decision.setText(tr("Recognised by decision {number} of {date}", number=team.decision_number or "—",
                              date=format_date(team.decision_date)) + term)
        t.warnings.setText("\n".join(label(TEAM_WARNINGS, w) for w in team.warnings))
        t.table.setRowCount(len(team.members))
        for i, m in enumerate(team.members):
            role = tr("Leader") if m.role.value == "leader" else tr("Mediator")
            sex = tr("female") if m.sex == "female" else tr("male")
            recognised = " ".join(x for x in (m.recognised_number or "", format_date(m.recognised_on)) if x)
            term = (tr("left {date}", date=format_date(m.left_on)) if m.left_on
                    else tr("since {date}", date=format_date(m.joined_on)) if m.joined_on else "")
            for col, text in enumerate([m.full_name, role, sex, str(m.birth_year or ""), m.address or "",
                                        recognised, term]):
                item = QTableWidgetItem(text)
                if not m.active:
                    item.setForeground(QBrush(QColor("#888")))
                t.table.setItem(i, col, item)
