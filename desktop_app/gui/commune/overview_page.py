"""The commune's overview: the completeness grid (hamlet × month or hamlet × quarter: on time, late, missing, not
yet due), each hamlet's last sequence and last contact, the commune's totals and each hamlet's figures (households,
residents, the year's mediation cases, meetings held and security-order events) with a bar chart drawn with QPainter, a read-only drill-down into a
hamlet's records as received (``records_dialog``), and the commune's report as a PDF (``ReportDialog``)."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.bootstrap import App
from desktop_app.domain.clock import VN_TZ, vn_today
from desktop_app.gui.common import rows_table, show_error
from desktop_app.gui.operations import run_in_background
from desktop_app.gui.style import Heading, hint_label
from desktop_app.i18n import N_, format_date, format_number, tr
from desktop_app.i18n import language as i18n_language
from desktop_app.services import commune_overview as ov

if TYPE_CHECKING:
    from desktop_app.gui.commune.records_dialog import ReceivedRecordsDialog

CODE_ROLE = Qt.ItemDataRole.UserRole
MONTH_COLS = 12
QUARTER_COLS = 4
COL_NAME = 0
COL_FIRST_MONTH = 1
COL_LAST_SEQ = COL_FIRST_MONTH + MONTH_COLS  # in the month view; the quarter view has 4 period columns
COL_LAST_CONTACT = COL_LAST_SEQ + 1
MONTHS, QUARTERS = "months", "quarters"
(FIG_NAME, FIG_HOUSEHOLDS, FIG_RESIDENTS, FIG_FORMER, FIG_CASES, FIG_SUCCESSFUL, FIG_OPEN, FIG_MEETINGS, FIG_EVENTS,
 FIG_RESOLVED, FIG_MISSING) = range(11)
CELL = {status: (ov.MARKS[status], background, meaning) for status, background, meaning in (  # (mark, colour, text)
    (ov.ON_TIME, "#d7f0d9", N_("received on time")),
    (ov.LATE, "#fff0c2", N_("received late")),
    (ov.MISSING, "#f9d3d3", N_("missing")),
    (ov.NOT_DUE, "#e8eef7", N_("not due yet")),
    (ov.FUTURE, "#ffffff", N_("month not over")),
)}
BAR_COLOURS = ("#2f6ea5", "#7fb3e0")


def two_lines(text: str) -> str:
    """``text`` broken at the space nearest its middle ("Đã chuyển đi/qua đời" → "Đã chuyển\\nđi/qua đời")."""
    spaces = [i for i, c in enumerate(text) if c == " "]
    if not spaces:
        return text
    cut = min(spaces, key=lambda i: abs(len(text) / 2 - i))
    return text[:cut] + "\n" + text[cut + 1:]


def _verdict_text(verdict: dict[str, Any] | None) -> str:
    """A hamlet's yearly safety assessment as its newest bundle reports it, in words."""
    if not verdict:
        return tr("No safety assessment result reported yet.")
    if verdict["passed"]:
        return tr("Safety assessment {year}: passed.", year=verdict["year"])
    return tr("Safety assessment {year}: not passed.", year=verdict["year"])


class BarChart(QWidget):
    """Horizontal bars, two series per hamlet (households, residents), labelled — QtCharts is not in
    PySide6-Essentials."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, int, int]] = []
        self.legend = ("", "")
        self.setMinimumHeight(160)
        self.setMinimumWidth(200)

    def set_rows(self, rows: list[tuple[str, int, int]], legend: tuple[str, str]) -> None:
        self.rows, self.legend = rows, legend
        self.setMinimumHeight(40 + 34 * max(1, len(rows)))
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 — Qt's name
        return QSize(420, 40 + 34 * max(1, len(self.rows)))

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 — Qt's name
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        fm = p.fontMetrics()
        label_w = min(self.width() // 3, max([fm.horizontalAdvance(r[0]) for r in self.rows] + [60]) + 12)
        top, bar_h = 28, 12
        x = 0
        for colour, text in zip(BAR_COLOURS, self.legend, strict=True):
            p.fillRect(QRectF(label_w + x, 8, 12, 12), QColor(colour))
            p.setPen(QColor("black"))
            p.drawText(int(label_w + x + 16), 19, text)
            x += fm.horizontalAdvance(text) + 40
        peak = max([max(r[1], r[2]) for r in self.rows] + [1])
        number_w = fm.horizontalAdvance(format_number(peak)) + 10
        span = max(10, self.width() - label_w - number_w - 8)
        for i, (name, a, b) in enumerate(self.rows):
            y = top + i * 34
            p.setPen(QColor("black"))
            p.drawText(QRectF(4, y, label_w - 8, 2 * bar_h + 2),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       fm.elidedText(name, Qt.TextElideMode.ElideRight, label_w - 8))
            for j, value in enumerate((a, b)):
                w = span * value / peak
                yy = y + j * (bar_h + 2)
                p.fillRect(QRectF(label_w, yy, w, bar_h), QColor(BAR_COLOURS[j]))
                p.setPen(QColor("black"))
                p.drawText(int(label_w + w + 4), int(yy + bar_h - 1), format_number(value))
        if not self.rows:
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, tr("No hamlet is enrolled yet."))
        p.end()


class ReportDialog(QDialog):
    """Choose the commune report's period (the year, a quarter or a month of it that has begun) and whether to
    sign it; ``period()`` is the code (2026, 2026-Q3, 2026-07)."""

    def __init__(self, year: int, today: dt.date, *, may_sign: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Commune report"))
        self.choice = QComboBox()
        periods = [(str(year), tr("Year {year}", year=year), dt.date(year, 1, 1))]
        periods += [(f"{year}-Q{q}", tr("Quarter {q} of {year}", q=("I", "II", "III", "IV")[q - 1], year=year),
                     dt.date(year, 3 * q - 2, 1)) for q in range(1, 5)]
        periods += [(f"{year}-{m:02d}", tr("Month {month}/{year}", month=f"{m:02d}", year=year), dt.date(year, m, 1))
                    for m in range(1, 13)]
        for code, text, start in periods:
            if start <= today:
                self.choice.addItem(text, code)
        self.sign = QCheckBox(tr("Sign it with my key and keep it in the register of issued documents"))
        self.sign.setChecked(may_sign)
        self.sign.setEnabled(may_sign)
        form = QFormLayout()
        form.addRow(tr("Report period:"), self.choice)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(tr("Save PDF…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setEnabled(self.choice.count() > 0)
        buttons.addButton(tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(tr(
            "The report adds up what the hamlets sent: households and residents, their movements, mediation cases"
            " and documents, and names the hamlets whose months are missing or late. The commune's People's"
            " Committee is its issuing body.")))
        layout.addLayout(form)
        layout.addWidget(self.sign)
        layout.addWidget(buttons)

    def period(self) -> str | None:
        return self.choice.currentData()


class PaintWatch(QObject):
    """Calls ``done`` once each of ``widgets`` has been painted: on the turn of the event loop after the paint
    pass that painted the last of them."""

    def __init__(self, widgets: list[QWidget], done: Callable[[], object]) -> None:
        super().__init__()
        self.pending = list(widgets)
        self.done = done
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 — Qt's name
        if event.type() == QEvent.Type.Paint and watched in self.pending:
            self.pending.remove(watched)
            watched.removeEventFilter(self)
            if not self.pending:
                QTimer.singleShot(0, self.done)
        return False


class FirstRead(QObject):
    """The overview's first figures (``ov.overview`` of ``year``), read on a worker thread through the plain
    reader from the moment this is made: SQLite runs the queries (≈ 15 ms on 41,000 residents) without holding
    the GIL while the GUI thread builds the window. A commune's window makes one before anything else, so the
    figures are there when its first page, the overview, is; a page made without one makes its own.
    ``arrived`` once ``data`` (or ``error``) is set."""

    arrived = Signal()

    def __init__(self, app: App, year: int, *, today: dt.date | None = None) -> None:
        super().__init__()
        self.year, self.today = year, today
        self.data: ov.Overview | None = None
        self.error: BaseException | None = None
        self.done = False

        def work() -> ov.Overview:
            with app.reader() as conn:
                return ov.overview(conn, year, today=today)

        run_in_background(None, work, on_success=lambda data: self._finish(data, None),
                          on_error=lambda exc: self._finish(None, exc))

    def _finish(self, data: ov.Overview | None, error: BaseException | None) -> None:
        if shiboken6.isValid(self):
            self.data, self.error, self.done = data, error, True
            self.arrived.emit()


class OverviewPage(QWidget):
    status_message = Signal(str)
    report_written = Signal(str)  # the PDF's path, once written (and kept, when signed)
    data_changed = Signal()  # a signed report was kept in the register of issued documents
    shown = Signal()  # the grid and figures show the data just read
    ready = Signal()  # the first data is shown and painted: the commune's first page is up (start-up measurement)

    def __init__(self, app: App, parent: QWidget | None = None, *, today: dt.date | None = None,
                 first_read: FirstRead | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.today = today
        self._ready_sent = False
        self._generation = 0  # how many times refresh() has read: after one, the first read is stale
        year = (today or vn_today()).year
        if first_read is None or first_read.year != year or first_read.today != today:
            first_read = FirstRead(app, year, today=today)
        self.first_read = first_read
        self.rows: list[ov.HamletRow] = []
        self.figures: dict[str, dict[str, Any]] = {}
        self.heading = Heading()
        self.explain = hint_label()
        self.year_label = QLabel()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue((today or vn_today()).year)
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.view_label = QLabel()
        self.view = QComboBox()
        self.view.addItem("", MONTHS)
        self.view.addItem("", QUARTERS)
        self.view.currentIndexChanged.connect(lambda _i: self._show() if self.rows else None)
        # The commune's own due day (its regulation): saved when changed, and the grid counted again.
        self.due_label = QLabel()
        self.due_day = QSpinBox()
        self.due_day.setRange(*ov.DUE_DAY_RANGE)
        self.due_day.setValue(ov.default_due_day())
        self.due_day.setKeyboardTracking(False)  # saved once the day is typed, not at every keystroke
        # Saved once the arrows or the wheel have stopped (not one audited change a click), at once when the
        # field is left or the page hidden.
        self._due_timer = QTimer(self)
        self._due_timer.setSingleShot(True)
        self._due_timer.setInterval(600)
        self._due_timer.timeout.connect(self.save_due_day)
        self.due_day.valueChanged.connect(lambda _v: self._due_timer.start())
        self.due_day.editingFinished.connect(lambda: self.save_due_day() if self._due_timer.isActive() else None)
        self.due_after = QLabel()
        self.report_button = QPushButton()
        self.report_button.clicked.connect(lambda _c=False: self.ask_report())
        self.mediation: dict[str, dict[str, Any]] = {}
        self.meetings: dict[str, int] = {}
        self.security: dict[str, dict[str, int]] = {}
        self.assessments: dict[str, dict[str, Any]] = {}
        self.grid = rows_table(COL_LAST_CONTACT + 1, stretch=COL_NAME)
        self.grid.cellDoubleClicked.connect(lambda row, _c: self.drill_down(row))
        self.legend = hint_label()
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        # The hamlet's name fits its contents; the missing months (a long list in a bad year) take the rest.
        self.figures_table = rows_table(FIG_MISSING + 1, stretch=FIG_MISSING)
        self.chart = BarChart()
        self.drill_label = QLabel()
        self.drill_choice = QComboBox()
        self.drill_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # whole hamlet names
        self.drill_choice.activated.connect(lambda i: self.drill_down(i))
        top = QHBoxLayout()
        top.addWidget(self.year_label)
        top.addWidget(self.year)
        top.addWidget(self.view_label)
        top.addWidget(self.view)
        top.addSpacing(12)
        top.addWidget(self.due_label)
        top.addWidget(self.due_day)
        top.addWidget(self.due_after)
        top.addStretch(1)
        top.addWidget(self.report_button)
        top.addWidget(self.drill_label)
        top.addWidget(self.drill_choice)
        lower = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.totals)
        left_layout.addWidget(self.figures_table, 1)
        lower.addWidget(left)
        lower.addWidget(self.chart)
        lower.setSizes([900, 300])  # the figures table has eleven columns; the chart reads well narrower
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explain)
        layout.addLayout(top)
        layout.addWidget(self.grid, 3)
        layout.addWidget(self.legend)
        layout.addWidget(lower, 2)
        self.retranslate_ui()
        if first_read.done:
            QTimer.singleShot(0, self._first_figures)
        else:
            first_read.arrived.connect(self._first_figures)

    def _first_figures(self) -> None:
        """Show the first read's figures, unless refresh() has read newer ones meanwhile."""
        read = self.first_read
        if not shiboken6.isValid(self) or self._generation != 0:
            return
        if read.error is not None:
            show_error(self, read.error)
        elif read.data is not None:
            self._apply(read.data)

    def _explain(self) -> None:
        self.explain.setText(tr(
            "Who has sent what: a month counts as received when a bundle covering its last day has been imported,"
            " on time when imported by day {day} of the next month. Double-click a hamlet to read the records it"
            " sent (households, residents, mediation, meetings, events, documents).", day=self.due_day.value()))

    def retranslate_ui(self) -> None:
        self.heading.setText(tr("Commune overview"))
        self._explain()
        self.due_label.setText(tr("Due by day"))
        self.due_after.setText(tr("of the next month"))
        self.due_day.setToolTip(tr(
            "The day of the next month by which a hamlet's monthly bundle must have been imported to count as on"
            " time — as the commune's own regulation sets it (default: day {default}).",
            default=ov.default_due_day()))
        self.year_label.setText(tr("Year:"))
        self.view_label.setText(tr("Show:"))
        self.view.setItemText(0, tr("by month"))
        self.view.setItemText(1, tr("by quarter"))
        self.report_button.setText(tr("Commune report…"))
        self.report_button.setToolTip(tr("The commune's report for a month, a quarter or the year, as a PDF"))
        self.drill_label.setText(tr("Records received from:"))
        self._grid_headers()
        # Each mark on its cell's colour, as the grid shows it.
        self.legend.setText("&nbsp;&nbsp;&nbsp;".join(
            f'<span style="background-color:{bg}; color:#000000;">&nbsp;{mark or "□"}&nbsp;</span>'
            f"&nbsp;{html.escape(tr(text))}" for mark, bg, text in CELL.values()))
        # Eleven columns beside the chart: each figure's heading on two lines, so that the table fits 1366×768.
        self.figures_table.setHorizontalHeaderLabels([tr("Hamlet")] + [two_lines(tr(text)) for text in (
            N_("Households"), N_("Residents"), N_("Former residents"), N_("Mediation cases"), N_("Successful"),
            N_("Still open"), N_("Meetings held"), N_("Security events"), N_("Resolved"), N_("Missing months"))])
        if self.rows:
            self._show()

    def quarter_view(self) -> bool:
        return self.view.currentData() == QUARTERS

    def _grid_headers(self, *, if_changed: bool = False) -> None:
        """The grid's columns for the view (by month or by quarter); with ``if_changed``, only when the view
        or the language is not the one they show (setting them again costs a relayout of every column)."""
        shown = (self.quarter_view(), i18n_language())
        if if_changed and getattr(self, "_headers_for", None) == shown:
            return
        self._headers_for = shown
        if self.quarter_view():
            periods = [tr("Q{n}", n=("I", "II", "III", "IV")[q]) for q in range(QUARTER_COLS)]
        else:
            periods = [tr("M{n}", n=m) for m in range(1, 13)]
        self.grid.setColumnCount(1 + len(periods) + 2)
        self.grid.setHorizontalHeaderLabels([tr("Hamlet")] + periods + [tr("Last no."), tr("Last contact")])

    def refresh(self) -> None:
        """Read the figures again and show them. Through the plain-SQL reader (``App.reader()``): the same
        portable statements as through a unit of work, without importing the ORM, so that the commune's first
        page shows its figures at start-up (≈ 15 ms of queries on 12 hamlets / 41,000 residents)."""
        self._generation += 1
        try:
            with self.app.reader() as conn:
                data = ov.overview(conn, self.year.value(), today=self.today)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self._apply(data)

    def hideEvent(self, event) -> None:  # noqa: ANN001, N802 — Qt's
        if self._due_timer.isActive():
            self.save_due_day()
        super().hideEvent(event)

    def save_due_day(self) -> None:
        """Save the day shown as the commune's due day (``ov.set_due_day``) and count the grid again with it."""
        self._due_timer.stop()
        try:
            with self.app.uow() as uow:
                kept = ov.set_due_day(uow, self.due_day.value())
                uow.commit()
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            kept = None
        self.refresh()
        if kept is not None:
            self.status_message.emit(tr("A month's bundle is now due by day {day} of the next month.", day=kept))

    def _apply(self, data: ov.Overview) -> None:
        if data.due_day and data.due_day != self.due_day.value():
            self.due_day.blockSignals(True)  # the day read, not a change to save
            self.due_day.setValue(data.due_day)
            self.due_day.blockSignals(False)
            self._explain()
        self.rows, self.figures = data.rows, data.population
        self.mediation, self.meetings, self.security = data.mediation, data.meetings, data.security
        self.assessments = data.assessments
        self._show()
        if not self._ready_sent:
            self._ready_sent = True
            # ``ready`` once the grid, the figures and the chart have been painted with these figures (in the
            # window's next paint pass, after the layout has fitted the columns to them), not only filled.
            watched = [self.grid.viewport(), self.figures_table.viewport(), self.chart]
            self._paint_watch = PaintWatch(watched, self.ready.emit)
            for widget in watched:  # painted again even when these figures change nothing on screen (no
                widget.update()     # hamlet yet) and the window was painted before they arrived

    def _show(self) -> None:
        self._grid_headers(if_changed=True)
        quarters = self.quarter_view()
        last_seq_col = COL_FIRST_MONTH + (QUARTER_COLS if quarters else MONTH_COLS)
        self.grid.setRowCount(0)
        self.figures_table.setRowCount(0)
        self.grid.setRowCount(len(self.rows))  # the rows at once, not one insertRow (and a relayout) each
        self.figures_table.setRowCount(len(self.rows))
        self.drill_choice.clear()
        for row, hamlet in enumerate(self.rows):
            name = QTableWidgetItem(hamlet.name + (" " + tr("(key revoked)") if hamlet.revoked else ""))
            name.setData(CODE_ROLE, hamlet.code)
            name.setToolTip(hamlet.code)
            self.grid.setItem(row, COL_NAME, name)
            for m, status in enumerate(ov.quarters(hamlet) if quarters else hamlet.months):
                mark, bg, text = CELL[status]
                item = QTableWidgetItem(mark)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setBackground(QBrush(QColor(bg)))
                item.setData(CODE_ROLE, status)
                if quarters:
                    item.setToolTip(tr("{hamlet}, quarter {quarter}: {state}", hamlet=hamlet.name,
                                       quarter=("I", "II", "III", "IV")[m], state=tr(text)))
                else:
                    item.setToolTip(tr("{hamlet}, month {month}: {state}", hamlet=hamlet.name, month=m + 1,
                                       state=tr(text)))
                self.grid.setItem(row, COL_FIRST_MONTH + m, item)
            seq = str(hamlet.last_sequence) if hamlet.last_sequence is not None else "—"
            if hamlet.missing_sequences:
                seq += " " + tr("(missing {numbers})", numbers=", ".join(map(str, hamlet.missing_sequences)))
            self.grid.setItem(row, last_seq_col, QTableWidgetItem(seq))
            self.grid.setItem(row, last_seq_col + 1, QTableWidgetItem(
                format_date(hamlet.last_contact.astimezone(VN_TZ).date()) if hamlet.last_contact else "—"))
            self.drill_choice.addItem(hamlet.name, hamlet.code)
        chart_rows = []
        households = residents = 0
        cases = {"received": 0, "successful": 0, "unsuccessful": 0, "in_progress": 0}
        meetings = events = resolved = 0
        for row, hamlet in enumerate(self.rows):
            f = self.figures.get(hamlet.code, {})
            med = self.mediation.get(hamlet.code, {})
            h, r = f.get("households", 0), f.get("residents", 0)
            households, residents = households + h, residents + r
            for key in cases:
                cases[key] += med.get(key, 0)
            held = self.meetings.get(hamlet.code, 0)
            sec = self.security.get(hamlet.code, {})
            meetings += held
            events += sec.get("events", 0)
            resolved += sec.get("resolved", 0)
            chart_rows.append((hamlet.name, h, r))
            missing = ", ".join(tr("M{n}", n=m) for m in hamlet.missing_months) or "—"
            verdict = self.assessments.get(hamlet.code)
            for col, text in enumerate([hamlet.name, format_number(h), format_number(r),
                                        format_number(f.get("former_residents", 0)),
                                        format_number(med.get("received", 0)), format_number(med.get("successful", 0)),
                                        format_number(med.get("in_progress", 0)), format_number(held),
                                        format_number(sec.get("events", 0)), format_number(sec.get("resolved", 0)),
                                        missing]):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # a long list of missing months is elided in the cell
                if col == 0:
                    item.setToolTip(_verdict_text(verdict))
                self.figures_table.setItem(row, col, item)
        missing_hamlets = sum(1 for h in self.rows if h.missing_months)
        decided = [self.assessments[h.code] for h in self.rows if h.code in self.assessments]
        verdicts = {"passed": sum(1 for v in decided if v["passed"]), "failed": sum(1 for v in decided if not v["passed"]),
                    "none": len(self.rows) - len(decided)}
        ended = cases["successful"] + cases["unsuccessful"]
        rate = format_number(100 * cases["successful"] / ended, 1) + "%" if ended else "—"
        self.totals.setText(tr(
            "<b>Commune:</b> {hamlets} hamlets enrolled, {households} households, {residents} residents;"
            " {missing} hamlets have missing months.", hamlets=format_number(len(self.rows)),
            households=format_number(households), residents=format_number(residents),
            missing=format_number(missing_hamlets)) + "<br>" + tr(
            "<b>Mediation in {year}:</b> {received} cases received, {successful} successful, {open} still open;"
            " success rate {rate}.", year=self.year.value(), received=format_number(cases["received"]),
            successful=format_number(cases["successful"]), open=format_number(cases["in_progress"]), rate=rate)
            + "<br>" + tr(
            "<b>Meetings and security in {year}:</b> {meetings} meetings held; {events} security-order events,"
            " {resolved} resolved.", year=self.year.value(), meetings=format_number(meetings),
            events=format_number(events), resolved=format_number(resolved))
            + "<br>" + tr(
            "<b>Safety assessment (“An toàn về an ninh, trật tự”):</b> {passed} hamlets passed, {failed} not"
            " passed, {none} without a result yet.", passed=format_number(verdicts["passed"]),
            failed=format_number(verdicts["failed"]), none=format_number(verdicts["none"])))
        self.chart.set_rows(chart_rows, (tr("Households"), tr("Residents")))
        self.shown.emit()

    def drill_down(self, row: int) -> ReceivedRecordsDialog | None:
        """A hamlet's records as received, read-only, one tab per record type (residents first)."""
        if not 0 <= row < len(self.rows):
            return None
        from desktop_app.gui.commune.records_dialog import ReceivedRecordsDialog

        hamlet = self.rows[row]
        dialog = ReceivedRecordsDialog(self.app, hamlet.code, hamlet.name, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        self.drill_dialog = dialog
        return dialog

    # --- the commune report ---------------------------------------------------------------------------------

    def ask_report(self) -> ReportDialog:
        """The report dialog (window-modal); on OK, where to save the PDF, then the report is made in the
        background (``write_report``)."""
        from desktop_app.services import archive

        today = self.today or vn_today()
        dialog = ReportDialog(self.year.value(), today, may_sign=archive.may_sign(self.app, "commune_report"),
                              parent=self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._report_chosen(dialog))
        dialog.show()
        self.report_dialog = dialog
        return dialog

    def _report_chosen(self, dialog: ReportDialog) -> None:
        period = dialog.period()
        if period is None:
            return
        path, _filter = QFileDialog.getSaveFileName(self, tr("Save the commune report"),
                                                    f"bao-cao-tong-hop-{period}.pdf", tr("PDF files (*.pdf)"))
        if path:
            self.write_report(period, path, sign=dialog.sign.isChecked())

    def write_report(self, period: str, path: str, *, sign: bool) -> None:
        """Render (and with ``sign``, sign and keep) the commune report for ``period`` into ``path``, off the
        GUI thread; ``report_written(path)`` when done, the error shown otherwise."""
        from pathlib import Path

        from desktop_app.services import archive, documents

        app = self.app

        def work() -> str:
            if sign:
                archive.issue(app, "commune_report", record_id=period, write_to=Path(path))
            else:
                documents.write(Path(path), documents.render(app, "commune_report", record_id=period))
            return path

        def done(written: str) -> None:
            message = (tr("Signed the commune report and kept it: {path}", path=written) if sign
                       else tr("Wrote the commune report: {path}", path=written))
            self.status_message.emit(message)
            if sign:
                self.data_changed.emit()
            self.report_written.emit(written)

        run_in_background(self, work, on_success=done, on_error=lambda exc: show_error(self, exc),
                          label=tr("Making the commune report…"))
