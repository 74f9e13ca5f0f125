"""The dashboard, the first page of a hamlet's copy: the hamlet at a glance.

Four charts (Qt Charts): security-order events per month by category, this year's mediation outcomes, meetings
held per month, the population by residence type; beside them the assessment's status, the reminders (the
periodic report due, temporary residences ending, mediation cases started late, meeting tasks past their
deadline), the meeting tasks not done and the outbox. Every reminder, task and box opens the page it concerns
(``navigate_requested(area, target)``; the main window does the opening).

The figures come in two steps so the window opens fast: ``services.dashboard.glance`` reads with plain SQL and is
shown at once (then ``ready``); the assessment and the mediation cases started late need the services' rules,
which import the ORM, and follow from a background thread (then ``checked``).
"""

from __future__ import annotations

import html

import shiboken6
from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.bootstrap import App
from desktop_app.domain.clock import vn_today
from desktop_app.domain.units import Role
from desktop_app.gui.common import show_error
from desktop_app.gui.operations import run_in_background
from desktop_app.gui.style import ERROR_COLOUR, LINK_BUTTON_STYLE, Heading, hint_label
from desktop_app.i18n import N_, format_date, format_number, tr

COLOURS = ["#b03a2e", "#d35400", "#7d3c98", "#2e86c1", "#229954", "#7f8c8d"]
TARGET_ROLE = Qt.ItemDataRole.UserRole  # (area, target) of a reminder or task
SHOWN_RESIDENTS = 4  # temporary residences ending: the first few by name, then one line for the rest
SHOWN_TASKS = 30
CHECKS_AFTER_MS = 250
# Who may see the party cell's meetings (as services.meetings.PARTY_ROLES, not imported: it pulls in the ORM).
PARTY_ROLES = frozenset({Role.PARTY_SECRETARY})

OUTBOX = {"pending": N_("Pending"), "sending": N_("Sending"), "delivered": N_("Delivered, awaiting the receipt"),
          "sent": N_("Sent"), "acknowledged": N_("Received by the commune"),
          "rejected": N_("Rejected by the commune")}  # as services.exchange.STATE_NAMES (not imported: ORM)
BODIES = {"hamlet": N_("Hamlet meeting"), "party_cell": N_("Party cell"), "security": N_("Security team"),
          "mediation_team": N_("Mediation team"), "other": N_("Other")}
RESIDENCE = {"permanent": N_("Permanent"), "temporary": N_("Temporary"),
             "temporarily_absent": N_("Temporarily absent"), "short_stay": N_("Short stay")}
OUTCOMES = {"successful": N_("Succeeded"), "unsuccessful": N_("Failed"), "terminated": N_("Ended"),
            "referred": N_("Referred on"), "in_progress": N_("Still open")}  # short: a chart's axis
REPORT_STATES = {"missing": N_("not made yet"), "signed": N_("signed, not sent yet"),
                 "sent": N_("sent, not yet acknowledged"), "acknowledged": N_("received by the commune")}


def month_label(key: str) -> str:
    """``2026-07`` → ``07`` (twelve of them fit under a chart; its title gives the months' range)."""
    return key[5:7]


def months_range(months: list[str]) -> str:
    """``["2025-12", …, "2026-11"]`` → ``12/2025 – 11/2026``."""
    return f"{months[0][5:7]}/{months[0][:4]} – {months[-1][5:7]}/{months[-1][:4]}"


class Chart(QWidget):
    """A bar chart (Qt Charts): ``stacked`` bars over categories (months), or ``horizontal`` bars with their
    values. The legend is a wrapped line of text under it (the chart's own legend cuts long labels)."""

    def __init__(self, *, horizontal: bool = False) -> None:
        super().__init__()
        self.horizontal = horizontal
        self.sets: list[QBarSet] = []
        self.categories: list[str] = []
        chart = QChart()
        chart.setMargins(QMargins(2, 2, 2, 2))
        chart.setBackgroundRoundness(0)
        chart.legend().setVisible(False)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.view = QChartView(chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumSize(260, 170)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.legend)

    def chart(self) -> QChart:
        return self.view.chart()

    def set_data(self, title: str, categories: list[str], sets: list[tuple[str, list[int]]]) -> None:
        """``sets``: [(legend label, one value per category)]."""
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(title)
        font = QFont(self.font())
        font.setPointSizeF(max(8.0, font.pointSizeF() - 1))
        font.setBold(True)
        chart.setTitleFont(font)
        series = QHorizontalBarSeries() if self.horizontal else QStackedBarSeries()
        self.sets, self.categories = [], list(categories)
        for i, (label, values) in enumerate(sets):
            bar = QBarSet(label)
            bar.append([float(v) for v in values])
            bar.setColor(QColor(COLOURS[i % len(COLOURS)]))
            bar.setBorderColor(QColor(COLOURS[i % len(COLOURS)]))
            series.append(bar)
            self.sets.append(bar)
        if self.horizontal:
            series.setLabelsVisible(True)
            series.setLabelsFormat("@value")
            series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append(self.categories)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 2))
        names.setLabelsFont(small)
        top = max([sum(col) for col in zip(*[v for _l, v in sets], strict=True)] or [0]) if sets else 0
        values = QValueAxis()
        values.setLabelFormat("%d")
        values.setRange(0, max(4, top + (top + 9) // 10 + (1 if self.horizontal else 0)))
        values.setTickCount(5)
        values.applyNiceNumbers()
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft if self.horizontal else Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom if self.horizontal else Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(names)
        series.attachAxis(values)
        self.legend.setVisible(len(sets) > 1)
        self.legend.setText("&nbsp;&nbsp; ".join(
            f'<span style="color:{COLOURS[i % len(COLOURS)]}">&#9632;</span>&nbsp;{html.escape(label)}'
            for i, (label, _v) in enumerate(sets)))

    def values(self) -> dict[str, list[int]]:
        """What the chart shows: legend label → the value per category (for tests and reading)."""
        return {s.label(): [int(s.at(i)) for i in range(s.count())] for s in self.sets}


def _list() -> QListWidget:
    w = QListWidget()
    w.setWordWrap(True)
    w.setUniformItemSizes(False)
    w.setCursor(Qt.CursorShape.PointingHandCursor)
    w.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    return w


def _link() -> QPushButton:
    b = QPushButton()
    b.setStyleSheet(LINK_BUTTON_STYLE)
    b.setCursor(Qt.CursorShape.PointingHandCursor)
    return b


class DashboardPage(QWidget):
    ready = Signal()  # the first figures are shown
    checked = Signal()  # the assessment and the mediation late starts are shown too
    data_changed = Signal()
    status_message = Signal(str)
    navigate_requested = Signal(str, str)  # area key, target (a record id, a period code, or "")

    def __init__(self, app: App) -> None:
        super().__init__()
        self.app = app
        self.today = vn_today()
        self.data: dict | None = None
        self.checks: dict | None = None
        self._build()
        self._connect_signals()
        self.retranslate_ui()
        QTimer.singleShot(0, self.refresh)

    # --- view --------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = Heading()
        self.summary = hint_label()
        self.events_chart = Chart()
        self.mediation_chart = Chart(horizontal=True)
        self.meetings_chart = Chart()
        self.population_chart = Chart(horizontal=True)
        charts = QGridLayout()
        charts.setSpacing(6)
        charts.addWidget(self.events_chart, 0, 0)
        charts.addWidget(self.population_chart, 0, 1)
        charts.addWidget(self.meetings_chart, 1, 0)
        charts.addWidget(self.mediation_chart, 1, 1)

        self.assessment_box = QGroupBox()
        self.assessment = QLabel()
        self.assessment.setWordWrap(True)
        self.assessment.setTextFormat(Qt.TextFormat.PlainText)
        self.open_assessment = _link()
        box = QVBoxLayout(self.assessment_box)
        box.addWidget(self.assessment)
        box.addWidget(self.open_assessment, 0, Qt.AlignmentFlag.AlignLeft)

        self.reminders_box = QGroupBox()
        self.reminders = _list()
        QVBoxLayout(self.reminders_box).addWidget(self.reminders)
        self.tasks_box = QGroupBox()
        self.tasks = _list()
        QVBoxLayout(self.tasks_box).addWidget(self.tasks)

        self.outbox_box = QGroupBox()
        self.outbox = QLabel()
        self.outbox.setWordWrap(True)
        self.outbox.setTextFormat(Qt.TextFormat.PlainText)
        self.open_outbox = _link()
        row = QHBoxLayout(self.outbox_box)
        row.addWidget(self.outbox, 1)
        row.addWidget(self.open_outbox)

        side = QVBoxLayout()
        side.setSpacing(6)
        side.addWidget(self.assessment_box)
        side.addWidget(self.reminders_box, 3)
        side.addWidget(self.tasks_box, 2)
        side.addWidget(self.outbox_box)
        body = QHBoxLayout()
        body.addLayout(charts, 5)
        body.addLayout(side, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.summary, 1)
        layout.addLayout(head)
        layout.addLayout(body, 1)

    def _connect_signals(self) -> None:
        for w in (self.reminders, self.tasks):
            w.itemClicked.connect(self._open_item)
            w.itemActivated.connect(self._open_item)
        self.open_assessment.clicked.connect(lambda: self.navigate_requested.emit("security", "assessment"))
        self.open_outbox.clicked.connect(lambda: self.navigate_requested.emit("exchange", ""))

    def retranslate_ui(self) -> None:
        self.title.setText(tr("The hamlet at a glance"))
        self.assessment_box.setTitle(tr("Safe-hamlet assessment"))
        self.open_assessment.setText(tr("Open the assessment"))
        self.reminders_box.setTitle(tr("Overdue and reminders"))
        self.tasks_box.setTitle(tr("Open tasks from meetings"))
        self.outbox_box.setTitle(tr("Outbox"))
        self.open_outbox.setText(tr("Open the exchange"))
        if self.data is not None:
            self._fill()
            self._fill_checks()

    # --- data ---------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """The figures read with plain SQL now; the assessment and late starts in the background."""
        from desktop_app.services.dashboard import glance

        self.today = vn_today()
        profile = self.app.profile
        party = profile is not None and profile.role in PARTY_ROLES
        try:
            with self.app.reader() as conn:
                self.data = glance(conn, unit_code=self.app.unit.code, today=self.today, party=party)
        except Exception as exc:  # noqa: BLE001 — shown, the page stays usable
            show_error(self, exc)
            return
        self._fill()
        self._fill_checks()
        self.ready.emit()
        # A moment later, so the first figures never share the CPU with the ORM's import (and a start-up
        # measurement, which exits on ready, never starts it).
        QTimer.singleShot(CHECKS_AFTER_MS, self._check)

    def _check(self) -> None:
        app, today = self.app, self.today

        def work() -> dict:
            from desktop_app.services import security

            with app.uow() as uow:
                return security.dashboard_checks(uow, today=today)

        def done(checks: dict) -> None:
            if shiboken6.isValid(self):
                self.checks = checks
                self._fill_checks()
                self.checked.emit()

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(self):
                self.assessment.setText(tr("The assessment could not be computed."))
                show_error(self, exc)

        run_in_background(self, work, on_success=done, on_error=failed)

    # --- filling -------------------------------------------------------------------------------------

    def _fill(self) -> None:
        d = self.data
        pop = d["population"]
        self.summary.setText(tr("{date} · {households} households, {residents} residents",
                                date=format_date(d["today"]), households=format_number(pop["households"]),
                                residents=format_number(pop["residents"])))
        months = list(d["events_per_month"])
        labels = [month_label(m) for m in months]
        total = sum(sum(v.values()) for v in d["events_per_month"].values())
        self.events_chart.set_data(
            tr("Security-order events per month, {months}: {count}", months=months_range(months),
               count=format_number(total)), labels,
            [(label, [d["events_per_month"][m].get(code, 0) for m in months])
             for code, label in d["categories"].items()])
        held = d["meetings_per_month"]
        bodies = [b for b in BODIES if any(held[m].get(b, 0) for m in months)] or ["hamlet"]
        self.meetings_chart.set_data(
            tr("Meetings held per month, {months}: {count}", months=months_range(months),
               count=format_number(sum(sum(v.values()) for v in held.values()))),
            labels, [(tr(BODIES[b]), [held[m].get(b, 0) for m in months]) for b in bodies])
        m = d["mediation"]
        self.mediation_chart.set_data(
            tr("Mediation in {year}: {count} cases received", year=d["today"].year,
               count=format_number(m["received"])),
            [tr(OUTCOMES[k]) for k in OUTCOMES], [(tr("cases"), [m[k] for k in OUTCOMES])])
        types = pop["by_residence_type"]
        self.population_chart.set_data(
            tr("Residents by residence type ({count})", count=format_number(pop["residents"])),
            [tr(RESIDENCE[k]) for k in RESIDENCE], [(tr("residents"), [types.get(k, 0) for k in RESIDENCE])])
        states = d["outbox"]
        shown = [f"{tr(OUTBOX[k])}: {format_number(v)}" for k, v in states.items() if v]
        self.outbox.setText(" · ".join(shown) if shown else tr("No bundle exported yet."))
        self._fill_tasks()

    def _fill_tasks(self) -> None:
        tasks = self.data["tasks"]
        self.tasks.clear()
        for t in tasks[:SHOWN_TASKS]:
            when = format_date(t["deadline"]) if t["deadline"] else tr("no deadline")
            text = tr("{text} — {owner}, by {deadline} (meeting {number})", text=t["text"], owner=t["owner"],
                      deadline=when, number=t["meeting_number"])
            if t["overdue"]:
                text = tr("Overdue: {task}", task=text)
            item = self._item(self.tasks, text, "meetings", t["meeting_id"])
            if t["overdue"]:
                item.setForeground(QBrush(QColor(ERROR_COLOUR)))
        if len(tasks) > SHOWN_TASKS:
            self._item(self.tasks, tr("… and {count} more", count=format_number(len(tasks) - SHOWN_TASKS)),
                       "meetings", "")
        if not tasks:
            self.tasks.addItem(tr("No open task."))
        self.tasks_box.setTitle(tr("Open tasks from meetings ({count})", count=format_number(len(tasks))))

    def _item(self, w: QListWidget, text: str, area: str, target: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(TARGET_ROLE, (area, target))
        item.setToolTip(text)
        w.addItem(item)
        return item

    def _fill_checks(self) -> None:
        """The assessment box and the reminders (the late starts only once the checks are in)."""
        from desktop_app.domain.security import Status

        c = self.checks
        if c is None:
            self.assessment.setText(tr("Computing…"))
        elif c["assessment"] is None:
            self.assessment.setText(tr("The assessment period has not begun."))
        else:
            a = c["assessment"]
            labels = {Status.PASS.value: N_("pass"), Status.FAIL.value: N_("fail"),
                      Status.NEEDS_ANSWER.value: N_("needs your answer")}
            lines = [tr("Year {year}: {status}", year=a["year"], status=tr(labels[a["result"]]))]
            if a["open"]:
                lines.append(tr("Criteria waiting for your answer: {numbers}", numbers=", ".join(a["open"])))
            if a["failed"]:
                lines.append(tr("Criteria not met: {numbers}", numbers=", ".join(a["failed"])))
            self.assessment.setText("\n".join(lines))
        self._fill_reminders()

    def _fill_reminders(self) -> None:
        d, w = self.data, self.reminders
        w.clear()
        r = d["report"]
        if r.due:
            text = tr("Report to the commune for {period}: {state}", period=period_words(r.period.code),
                      state=tr(REPORT_STATES[r.state]))
            self._item(w, text, "documents" if r.state == "missing" else "exchange", r.period.code) \
                .setForeground(QBrush(QColor(ERROR_COLOUR)))
        late = (self.checks or {}).get("mediation_late_starts", [])
        for case_id, number in late:
            self._item(w, tr("Mediation case {number} not started in time", number=number), "mediation", case_id) \
                .setForeground(QBrush(QColor(ERROR_COLOUR)))
        overdue = [t for t in d["tasks"] if t["overdue"]]
        if overdue:
            self._item(w, tr("{count} meeting tasks past their deadline", count=format_number(len(overdue))),
                       "meetings", overdue[0]["meeting_id"])
        expiring = d["expiring"]
        for resident_id, name, household, day in expiring[:SHOWN_RESIDENTS]:
            self._item(w, tr("Temporary residence of {name} (household {household}) ends on {date}", name=name,
                             household=household, date=format_date(day)), "register", resident_id)
        if len(expiring) > SHOWN_RESIDENTS:
            self._item(w, tr("… {count} temporary residences end within 30 days in all",
                             count=format_number(len(expiring))), "register", "")
        if self.checks is None:
            self._item(w, tr("Checking the mediation cases…"), "mediation", "")
        if not w.count():
            w.addItem(tr("Nothing overdue."))
        count = (int(r.due) + len(late) + int(bool(overdue)) + len(expiring))
        self.reminders_box.setTitle(tr("Overdue and reminders ({count})", count=format_number(count)))

    def _open_item(self, item: QListWidgetItem) -> None:
        target = item.data(TARGET_ROLE)
        if target:
            self.navigate_requested.emit(target[0], target[1])

    def reminder_texts(self) -> list[str]:
        return [self.reminders.item(i).text() for i in range(self.reminders.count())]


def period_words(code: str) -> str:
    """``2026-11`` → "tháng 11/2026"; ``2026-Q3`` → "quý III/2026"; ``2026`` → "năm 2026" (translated)."""
    if "-Q" in code:
        year, q = code.split("-Q")
        return tr("quarter {q}/{year}", q=("I", "II", "III", "IV")[int(q) - 1], year=year)
    if "-" in code:
        year, month = code.split("-")
        return tr("month {month}/{year}", month=month, year=year)
    return tr("year {year}", year=code)

