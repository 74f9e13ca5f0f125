"""The dashboard: the hamlet at a glance — population, events per month by category (a stacked bar chart drawn
with QPainter: PySide6-Essentials has no QtCharts), mediation outcomes, the assessment's status, overdue items
and the outbox's state."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from desktop_app.bootstrap import App
from desktop_app.gui.common import show_error
from desktop_app.gui.style import Heading
from desktop_app.i18n import N_, format_date, format_number, tr

COLOURS = ["#b03a2e", "#d35400", "#7d3c98", "#2e86c1", "#229954", "#7f8c8d"]
OUTBOX = {"pending": N_("pending"), "sending": N_("sending"), "delivered": N_("delivered"),
          "acknowledged": N_("acknowledged"), "rejected": N_("rejected")}


class BarChart(QWidget):
    """Stacked bars: ``series`` is [(label, {stack: value})], ``stacks`` [(key, legend label)]."""

    def __init__(self) -> None:
        super().__init__()
        self.series: list[tuple[str, dict]] = []
        self.stacks: list[tuple[str, str]] = []
        self.setMinimumHeight(220)

    def set_data(self, series, stacks) -> None:
        self.series, self.stacks = list(series), list(stacks)
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 — Qt's name
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = p.fontMetrics()
        legend_h = fm.height() + 6
        w, h = self.width(), self.height() - legend_h
        left, bottom, top = 30, fm.height() + 6, 8
        top_value = max([sum(v.values()) for _l, v in self.series] + [1])
        plot_h = h - bottom - top
        p.setPen(QColor("#999"))
        p.drawLine(left, top + plot_h, w - 4, top + plot_h)
        p.drawText(2, top + fm.ascent(), format_number(top_value))
        p.drawText(2, top + plot_h, "0")
        n = max(len(self.series), 1)
        slot = (w - left - 8) / n
        for i, (label, values) in enumerate(self.series):
            x = left + 4 + i * slot
            y = top + plot_h
            for j, (key, _name) in enumerate(self.stacks):
                v = values.get(key, 0)
                if not v:
                    continue
                bar = plot_h * v / top_value
                p.fillRect(QRectF(x, y - bar, slot * 0.7, bar), QColor(COLOURS[j % len(COLOURS)]))
                y -= bar
            p.setPen(QColor("#333"))
            p.drawText(QRectF(x - slot * 0.15, top + plot_h + 2, slot, fm.height()),
                       Qt.AlignmentFlag.AlignHCenter, label)
        x = left
        for j, (_key, name) in enumerate(self.stacks):
            p.fillRect(QRectF(x, h + 4, 10, 10), QColor(COLOURS[j % len(COLOURS)]))
            p.setPen(QColor("#333"))
            p.drawText(int(x + 14), h + 4 + fm.ascent() - 2, name)
            x += 24 + fm.horizontalAdvance(name)
        p.end()


class DashboardPage(QWidget):
    ready = Signal()
    data_changed = Signal()
    status_message = Signal(str)

    def __init__(self, app: App) -> None:
        super().__init__()
        self.app = app
        self.today = dt.date.today()
        self.data: dict | None = None
        self.title = Heading()
        self.population = QLabel()
        self.events_box = QGroupBox()
        self.events_chart = BarChart()
        QVBoxLayout(self.events_box).addWidget(self.events_chart)
        self.mediation_box = QGroupBox()
        self.mediation_chart = BarChart()
        QVBoxLayout(self.mediation_box).addWidget(self.mediation_chart)
        self.assessment = QLabel()
        self.overdue = QLabel()
        self.outbox = QLabel()
        for label in (self.population, self.assessment, self.overdue, self.outbox):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.boxes = {}
        grid = QGridLayout()
        for (row, col, key, widget) in ((0, 0, "population", self.population), (0, 1, "assessment", self.assessment),
                                        (2, 0, "overdue", self.overdue), (2, 1, "outbox", self.outbox)):
            box = QGroupBox()
            QVBoxLayout(box).addWidget(widget)
            self.boxes[key] = box
            grid.addWidget(box, row, col)
        grid.addWidget(self.events_box, 1, 0)
        grid.addWidget(self.mediation_box, 1, 1)
        grid.setRowStretch(1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(grid, 1)
        self.retranslate_ui()
        QTimer.singleShot(0, self.refresh)

    def retranslate_ui(self) -> None:
        self.title.setText(tr("The hamlet at a glance"))
        self.events_box.setTitle(tr("Security-order events per month, by category"))
        self.mediation_box.setTitle(tr("Mediation this year"))
        for key, text in (("population", N_("Population")), ("assessment", N_("Safe-hamlet assessment")),
                          ("overdue", N_("Overdue and reminders")), ("outbox", N_("Outbox"))):
            self.boxes[key].setTitle(tr(text))
        if self.data:
            self._fill()

    def refresh(self) -> None:
        from desktop_app.services import security

        try:
            with self.app.uow() as uow:
                self.data = security.dashboard(uow, today=self.today)
        except Exception as exc:  # noqa: BLE001 — shown, the page stays usable
            show_error(self, exc)
            return
        self._fill()
        self.ready.emit()

    def _fill(self) -> None:
        from desktop_app.domain.security import Status
        from desktop_app.services.security import status_label

        d = self.data
        pop = d["population"]
        self.population.setText(tr("{households} households, {residents} residents ({temporary} temporary"
                                   " residents).", households=format_number(pop["households"]),
                                   residents=format_number(pop["residents"]),
                                   temporary=format_number(pop["by_residence_type"].get("temporary", 0))))
        self.events_chart.set_data([(k[5:7], v) for k, v in d["events_per_month"].items()],
                                   list(d["categories"].items()))
        m = d["mediation"]
        self.mediation_chart.set_data(
            [(tr("received"), {"a": m["received"]}), (tr("successful"), {"b": m["successful"]}),
             (tr("unsuccessful"), {"c": m["unsuccessful"]}), (tr("in progress"), {"d": m["in_progress"]})],
            [("a", tr("received")), ("b", tr("successful")), ("c", tr("unsuccessful")), ("d", tr("in progress"))])
        a = d["assessment"]
        if a is None:
            self.assessment.setText(tr("The assessment period has not begun."))
        else:
            lines = [tr("Year {year}: {status}", year=a["year"], status=status_label(Status(a["result"])))]
            if a["open"]:
                lines.append(tr("Criteria waiting for your answer: {numbers}", numbers=", ".join(a["open"])))
            if a["failed"]:
                lines.append(tr("Criteria not met: {numbers}", numbers=", ".join(a["failed"])))
            self.assessment.setText("\n".join(lines))
        o = d["overdue"]
        lines = [tr("{count} temporary residences end within 30 days.",
                    count=format_number(len(o["temporary_residences_ending"])))]
        lines += [f"  {name} — {format_date(day)}" for name, day in o["temporary_residences_ending"][:5]]
        lines.append(tr("{count} mediation cases not started in time: {numbers}",
                        count=format_number(len(o["mediation_late_starts"])),
                        numbers=", ".join(o["mediation_late_starts"][:8]) or "—"))
        self.overdue.setText("\n".join(lines))
        states = d["outbox"]
        self.outbox.setText("\n".join(f"{tr(OUTBOX.get(k, k))}: {format_number(v)}" for k, v in states.items())
                            or tr("No bundle exported yet."))
